"""PDF notices with a text layer, read with pypdf.

Pages are joined with newlines. Lines that are only a page number (1, - 2 -, 第3页, 3/10) at the top or
bottom of a page are dropped, and lines the typesetter wrapped are joined again: a line that runs to
the page's full width, does not end a sentence and is not followed by an outline label continues on
the next line. Scanned PDFs (images, no text) and PDFs that need a password are refused with a clear
error; a PDF with only an owner password (printing/copying restrictions) opens normally.
"""

from __future__ import annotations

import io
import logging
import re
import statistics

from extractor.errors import InputError
from extractor.load.limits import check, limit_bytes

_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d+)\s*$")
_SENTENCE_END = tuple("。！？；：!?;:」』”）)】")
_LABEL = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[）)]|\d+[、.．](?!\d)|[（(]\d+[）)]|"
    r"[①-⑳]|第[一二三四五六七八九十百]+[方部]|附件|联系|电话|邮箱|地址)"
)


def pdf_text(data: bytes, limit: int | None = None) -> str:
    """The text layer of a PDF; InputError for scanned, password-protected or broken files, and for
    text past `limit` bytes (default: extractor/load/limits.py) or a stream pypdf will not inflate."""
    limit = limit_bytes() if limit is None else limit
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError as exc:  # pragma: no cover - pypdf is a declared dependency
        raise InputError(f"reading PDF needs pypdf: {exc}") from None
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except Exception as exc:  # noqa: BLE001 - unsupported algorithm, missing cryptography, ...
                raise InputError(f"encrypted PDF: cannot open it ({exc})") from None
            if not opened:
                raise InputError("encrypted PDF: it needs a password to open; save an unprotected copy")
        pages: list[str] = []
        size = 0
        for page in reader.pages:
            pages.append(page.extract_text() or "")
            size += len(pages[-1].encode("utf-8", "surrogatepass"))
            check("the PDF's text", size, limit)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise InputError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    except Exception as exc:  # noqa: BLE001 - pypdf raises a variety of errors on damaged files
        if type(exc).__name__ == "LimitReachedError":  # pypdf's own bound on one inflated stream (pypdf >= 5)
            raise InputError(f"too large: a stream of this PDF inflates past pypdf's bound ({exc})") from None
        raise InputError(f"not a readable PDF ({type(exc).__name__}: {exc})") from None
    if not pages:
        raise InputError("empty input: the PDF has no pages")
    if not any(page.strip() for page in pages):
        raise InputError(
            f"no text layer: the PDF's {len(pages)} page(s) hold no text (a scan?); run OCR on it first"
        )
    lines: list[str] = []
    for page in pages:
        lines.extend(_page_lines(page))
    return "\n".join(unwrap(lines))


def _page_lines(page: str) -> list[str]:
    lines = [line.rstrip() for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and _PAGE_NUMBER.match(lines[-1]):
        lines.pop()
    if lines and _PAGE_NUMBER.match(lines[0]):
        lines.pop(0)
    return lines


def unwrap(lines: list[str]) -> list[str]:
    """Join lines the typesetter broke at the right margin back into paragraphs."""
    widths = [len(line.strip()) for line in lines if len(line.strip()) >= 8]
    if len(widths) < 3:
        return lines
    full = statistics.quantiles(widths, n=10)[-1] if len(widths) >= 10 else max(widths)
    out: list[str] = []
    previous = ""
    for line in lines:
        if out and _continues(previous, line, full):
            joiner = "" if _cjk(out[-1][-1:]) or _cjk(line.strip()[:1]) else " "
            out[-1] = out[-1].rstrip() + joiner + line.strip()
        else:
            out.append(line)
        previous = line
    return out


def _continues(previous: str, line: str, full: float) -> bool:
    """Whether `line` carries on the physical line `previous` (wrapped at the margin)."""
    last = previous.strip()
    stripped = line.strip()
    if not last or not stripped or line[:1] in (" ", "\u3000", "\t"):
        return False
    if len(last) < 0.85 * full or last.endswith(_SENTENCE_END):
        return False
    return not _LABEL.match(stripped)


def _cjk(char: str) -> bool:
    return bool(char) and ("\u3000" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef")
