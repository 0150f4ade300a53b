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
from extractor.segment.fold import fold
from extractor.segment.lines import whole_heading, wrap_joiner
from extractor.vocab import furniture
from extractor.vocab.headings import PARA_OPENS

# A line at the margin ends its paragraph only where it ends a sentence or a lead-in: a closing quote or
# bracket there ("…“三农”", "…村（社区）") is as often inside a sentence running on.
_SENTENCE_END = tuple("。！？；：!?;:")


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
        raise InputError(f"no text layer: the PDF's {len(pages)} page(s) hold no text (a scan?); run OCR on it first")
    split = [_page_lines(page) for page in pages]
    running = _running_lines(split)
    lines: list[str] = []
    for page_lines in split:
        lines.extend(_without_furniture(page_lines, running))
    return "\n".join(unwrap(lines))


def _page_lines(page: str) -> list[str]:
    lines = [line.rstrip() for line in page.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


_TRAILING_COUNTER = re.compile(r"[ \t]*\d{1,4}[ \t]*/[ \t]*\d{1,4}[ \t]*$")


def _edge_key(line: str) -> str:
    """A page-edge line as it repeats from page to page: folded, its page counter taken off."""
    return _TRAILING_COUNTER.sub("", fold(line.strip()))


def _is_edge_furniture(line: str, running: set[str]) -> bool:
    key = _edge_key(line)
    return key in running or furniture.is_furniture(key) or bool(furniture.DATELINE.match(key))


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Header and footer lines a print-out repeats at the top or bottom of most pages (the page title,
    the site), counters stripped: they are furniture wherever they stand on a page's edge."""
    if len(pages) < 3:
        return set()
    edges: dict[str, int] = {}
    for page in pages:
        for key in {_edge_key(line) for line in (*page[:2], *page[-2:])}:
            edges[key] = edges.get(key, 0) + 1
    return {key for key, count in edges.items() if key and count >= max(3, len(pages) // 2)}


def _without_furniture(lines: list[str], running: set[str]) -> list[str]:
    """A page without its header and footer: page numbers, print headers (date and time, title),
    footers (file:// or http:// address and counter) and lines repeated on every page's edge."""
    while lines and _is_edge_furniture(lines[0], running):
        lines = lines[1:]
    while lines and _is_edge_furniture(lines[-1], running):
        lines = lines[:-1]
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
            out[-1] = out[-1].rstrip()
            out[-1] += wrap_joiner(out[-1], line.strip()) + line.strip()
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
    if len(last) < 0.85 * full or last.endswith(_SENTENCE_END) or whole_heading(fold(last)):
        return False
    # (A number the margin broke, "…X2SD202109080" / "018)问题…", opens no paragraph though it reads as a label.)
    return (last[-1].isdigit() and stripped[0].isdigit()) or not PARA_OPENS.match(fold(stripped))
