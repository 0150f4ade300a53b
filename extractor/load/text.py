"""Decode plain-text notices whatever encoding they were saved in.

Government sites publish in UTF-8, GB18030/GBK and occasionally UTF-16; Windows tools add BOMs
and CRLF. The decoded text (BOM dropped, newlines folded to \\n) is what spans index into.
"""

from __future__ import annotations

import codecs
import html
import re

from extractor.errors import InputError
from extractor.load.csv_table import as_tab_rows, ledger_within, looks_like_csv
from extractor.load.layout_table import layout_table_rows
from extractor.load.markdown import looks_like_markdown, plain_text
from extractor.segment.lines import unspace_spread, unwrap
from extractor.vocab.glyphs import (
    CELL_BARS,
    CELL_BARS_AT_LEAST,
    CHARACTER_REFERENCE,
    ENCLOSED_LABEL,
    GARBLED_GAP,
    GARBLED_GAPS_AT_LEAST,
    INVISIBLE,
    LABEL_OVER_TAGS,
    LINE_TAGS,
    MARKUP_TAG,
    MISREAD_COMMA,
    MISREAD_LABEL,
    PLAIN_SPACES,
    STAND_IN,
    WIDER_GAP,
    WIDEST_GAP,
    enclosed_label,
    stand_in_table,
)
from extractor.vocab.headings import KEY_OVER_VALUE, LABEL_BROKEN_OFF, LINE_LABEL, SENTENCE_OR_LEAD_IN_END
from extractor.vocab.numerals import to_int

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_TEXT_CONTROLS = {"\n", "\r", "\t", "\f", "\v"}
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise(text: str, markup: bool = True) -> str:
    """The text spans index: characters that show nothing (`glyphs.INVISIBLE`) taken out, newlines (and page
    breaks) as \\n, no-break and other typeset spaces as plain ones (`glyphs.PLAIN_SPACES`), a gap of spaces wider
    than any page sets cut to that width (`glyphs.WIDEST_GAP`), lone surrogates (which no encoder accepts, e.g. from
    a utf-7 page or a JSON escape) as U+FFFD, so every later step and every output can encode it, and text copied out
    of a PDF set right: letter-spaced lines closed up (`segment.lines.unspace`) and the
    paragraphs of hard-wrapped text joined again (`segment.lines.unwrap`), the radicals a PDF's font
    put for ordinary characters (⼯作) read as those, a label set as one character (㈠) as the label it shows, the
    character references of scraped text (&ldquo;) read as the characters they name, outline labels an OCR engine
    misread (—、, l.) read as the labels and those set on a line of their own read with their words ("六、" / "结论"),
    as is a status's or a deadline's key alone on its line over a short value ("整改状态：" / "已完成"),
    Markdown's markup (## 一、…, **…**) taken out, tags left in copied text (<strong>…</strong><br>) read as the
    breaks and words a page shows (with `markup`: not a page's own source, which the HTML reader parses), and a ledger
    saved as CSV, or laid out with spaces by a PDF-to-text tool (`load.layout_table`), read as tab-separated rows, and
    a table flattened one cell a line read without the bars that closed its cells."""
    if INVISIBLE.search(text):
        text = INVISIBLE.sub("", text)
    if STAND_IN.search(text):
        text = text.translate(stand_in_table())
    if ENCLOSED_LABEL.search(text):
        text = ENCLOSED_LABEL.sub(enclosed_label, text)
    if markup and "<" in text and len(MARKUP_TAG.findall(text, 0, 20_000)) >= 2:
        text = MARKUP_TAG.sub(_tag_as_read, LABEL_OVER_TAGS.sub(r"\1", text))  # (<strong>二、…</strong><br>)
    if "&" in text and len(CHARACTER_REFERENCE.findall(text, 0, 20_000)) >= 2:
        text = html.unescape(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(PLAIN_SPACES)
    if WIDER_GAP.search(text):
        text = WIDER_GAP.sub(lambda gap: gap.group()[:WIDEST_GAP], text)
    if "?" in text and len(GARBLED_GAP.findall(text, 0, 20_000)) >= GARBLED_GAPS_AT_LEAST:
        text = GARBLED_GAP.sub(
            lambda gap: " " * len(gap.group()), text
        )  # (a page's no-break spaces garbled: "? ? ?序号")
    if "\f" in text or "\v" in text:
        text = text.replace("\f", "\n").replace("\v", "\n")  # a page break (pdftotext's \f) breaks the line
    text = _labels_as_read(text)
    if looks_like_markdown(text):
        text = plain_text(text)
    elif looks_like_csv(text):
        text = as_tab_rows(text)
    elif "," in text:
        text = ledger_within(text)  # (a ledger set out with commas inside a notice's words)
    if " |" in text or " ｜" in text:
        text = _without_cell_bars(text)
    text = layout_table_rows(text)  # (a ledger laid out with spaces, its cells wrapped over lines)
    # (Once more after letter-spaced lines are closed up: "l . 学 习 …" reads "l.学习…".)
    closed, spread = unspace_spread(_SURROGATE.sub("\ufffd", text))
    text = _labels_with_their_words(_labels_as_read(unwrap(closed, spread)))
    if "\n" in text and ("：" in text or ":" in text):
        text = KEY_OVER_VALUE.sub(r"\1", text)  # ("整改状态：" / "已完成" read as "整改状态：已完成")
    return text


def _without_cell_bars(text: str) -> str:
    """`text` with the bars closing the cells of a table flattened one cell a line taken out ("序号 |" / "48 |"),
    where enough lines are so closed to make one (`glyphs.CELL_BARS_AT_LEAST`)."""
    lines = text.split("\n")
    closed = [k for k, line in enumerate(lines) if _closes_a_cell(line)]
    if len(closed) < CELL_BARS_AT_LEAST or any(_a_row_of_cells(line) for line in lines):
        # (Where rows stand a line each, "1 | BCD… | 白城市…。 |", a line closed with a bar ends a cell that ran over
        # lines, its row going on below: the bar is the row's.)
        return text
    for k in closed:
        lines[k] = lines[k].rstrip(" \t")[:-1].rstrip(" \t")
    return "\n".join(lines)


def _a_row_of_cells(line: str) -> bool:
    """Whether a line holds a table's row, three cells or more with text set apart by bars."""
    if not any(c in line for c in CELL_BARS):
        return False
    return sum(1 for cell in re.split(f"[{CELL_BARS}]", line) if cell.strip()) >= _CELLS_IN_A_ROW


_CELLS_IN_A_ROW = 3  # the fewest cells with text that make a line a table's row, not a cell or a merged caption


def _closes_a_cell(line: str) -> bool:
    """Whether a line is one cell closed with a bar after a space: no other bar in it (a row of cells has them, and
    a Markdown table's row opens with one)."""
    bare = line.rstrip(" \t")
    return len(bare) >= 2 and bare[-1] in CELL_BARS and bare[-2] in " \t" and not any(c in bare[:-1] for c in CELL_BARS)


def _labels_as_read(text: str) -> str:
    """`text` with the outline labels an OCR engine misread read as the labels (`glyphs.MISREAD_LABEL`,
    `glyphs.MISREAD_COMMA`)."""
    if "l" in text or "-" in text or "—" in text or "－" in text:
        text = MISREAD_LABEL.sub(_label_as_read, text)
    if "一" in text and MISREAD_COMMA.search(text):
        # "二一…" is "二、…" where a line opens with the label before it ("一、" before 二, "1、" or "1." before 2).
        labelled = set(_LINE_LABEL.findall(text))

        def as_read(m: re.Match[str]) -> str:
            number = m.group(2)
            before = str(int(number) - 1) if number.isdecimal() else _CN_BEFORE[number]
            return m.group(1) + number + "、" if before in labelled else m.group()

        text = MISREAD_COMMA.sub(as_read, text)
    return text


def _labels_with_their_words(text: str) -> str:
    """`text` with each outline label set on a line of its own above its words (`headings.LABEL_BROKEN_OFF`) read on
    one line with them, so that "六、" / "结论" heads its section as "六、结论" does: in the text's body, after its
    first sentence or lead-in ("…公示如下:"), or where a line opens with the label before or after it ("一、" / "二、…",
    a form's fields). (A lone "1." over a spam mirror's title is none of its outline.)"""
    if "\n" not in text or not LABEL_BROKEN_OFF.search(text):
        return text
    first = SENTENCE_OR_LEAD_IN_END.search(text)
    body = first.start() if first else len(text)
    numbered = {_label_key(m) for m in LINE_LABEL.finditer(text)}

    def joined(m: re.Match[str]) -> str:
        form, number = _label_key(m)
        return m.group(1) if m.start() > body or {(form, number - 1), (form, number + 1)} & numbered else m.group()

    return LABEL_BROKEN_OFF.sub(joined, text)


def _label_key(m: re.Match[str]) -> tuple[str, int]:
    """(form, number) of a label matched with `headings.LINE_LABEL`'s groups."""
    form = next(name for name in ("cn", "pcn", "pnum", "num") if m.group(name))
    return form, to_int(m.group(form)) or 0


_LINE_LABEL = re.compile(r"^[ \t\u3000\xa0]*([一二三四五六七八九]|\d{1,2})[ \t]*[、.．]", re.M)
_CN_BEFORE = dict(zip("二三四五六七八九", "一二三四五六七八", strict=True))


def _tag_as_read(m: re.Match[str]) -> str:
    """A tag left in copied text as what a page shows for it: a line break for one that ends a line or a block
    (<br>, </p>, </div>), nothing for one that styles words (<strong>, <span …>); a break already there stays one."""
    breaks = m.group(1).lower() in LINE_TAGS and (m.group().startswith("</") or m.group(1).lower() == "br")
    follows = m.string[m.end() : m.end() + 1]
    if breaks and m.string[m.string.rfind("\n", 0, m.start()) + 1 : m.start()].lstrip(" \t").startswith("|"):
        return (
            " "  # a break inside a Markdown table's cell ("| 5 | … | 1.开展…；<br>2.对…； | 已完成 |"): the row goes on
        )
    return "\n" if breaks and follows != "\n" else ""


def _label_as_read(m: re.Match[str]) -> str:
    """The label an OCR engine misread, as the page shows it: 一 for a dash, 1 for an l."""
    misread = m.group()[len(m.group(1)) :]
    return m.group(1) + (m.group(2) or "") + ("1" if misread == "l" else "一")


def escape_surrogates(name: str) -> str:
    """A name (file path, table id) that JSON and terminals accept: the undecodable bytes of a file
    name (surrogate escapes) as \\xNN, other lone surrogates as \\uNNNN; distinct names stay distinct."""

    def escape(match: re.Match[str]) -> str:
        code = ord(match.group())
        return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"

    return _SURROGATE.sub(escape, name)


def decode(data: bytes, markup: bool = True) -> str:
    """Return the text of `data`, or raise InputError saying why it is not text."""
    if not data.strip():
        raise InputError("empty input: the file has no text")
    text = normalise(_decode_bytes(data), markup)
    if not text.strip():
        raise InputError("empty input: the file has no text")
    controls = sum(1 for ch in text[:4096] if ch < " " and ch not in _TEXT_CONTROLS)
    if controls > max(2, len(text[:4096]) // 100):
        raise InputError("binary input: this does not look like a text file")
    return text


def _decode_bytes(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable input: {encoding} BOM but invalid bytes ({exc.reason})") from None
    utf16 = _guess_utf16(data)
    if utf16:
        try:
            return data.decode(utf16)
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        raise InputError("binary input: this does not look like a text file")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError("undecodable input: not UTF-8, UTF-16 or GB18030/GBK text")


def _plausible(text: str) -> float:
    """Share of characters a Chinese notice is made of: CJK, CJK punctuation, printable ASCII, spaces."""
    sample = text[:2048]
    if not sample:
        return 0.0
    good = sum(
        1
        for ch in sample
        if ch in "\n\t\r"
        or " " <= ch <= "~"
        or "\u4e00" <= ch <= "\u9fff"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
        or "\u2000" <= ch <= "\u206f"
    )
    return good / len(sample)


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL bytes where ASCII sits, and text that reads as Chinese once decoded."""
    if b"\x00" not in data[:4096] or len(data) % 2:
        return None
    best, best_score = None, 0.95
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            score = _plausible(data[:4096].decode(encoding))
        except UnicodeDecodeError:
            continue
        if score > best_score:
            best, best_score = encoding, score
    return best
