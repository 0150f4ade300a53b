"""Word .docx notices: the body's paragraphs and tables, in document order, as plain text.

One paragraph per line. A table row is one line with its cells separated by tabs (a cell holding
several paragraphs keeps them on separate lines); merged cells are read once. Content controls
(w:sdt) are unwrapped, tracked deletions dropped, and automatic list numbering (Word's 一、/1./（1）
list styles) is written out as text, because the outline parser needs the labels a reader sees.
Headers, footers, comments and text boxes are not part of the notice and are skipped.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from typing import Any, TypeAlias, TypeVar, cast

from extractor.errors import InputError
from extractor.load.limits import check, limit_bytes

_Element: TypeAlias = Any  # an lxml element (lxml ships no type information)
_T = TypeVar("_T")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIP = {_W + "del", _W + "moveFrom", _W + "txbxContent", _MC_FALLBACK, _W + "pPr", _W + "rPr", _W + "fldSimple"}


def docx_text(data: bytes, limit: int | None = None) -> str:
    """The text of a .docx file's body; InputError if it is not a readable Word document or its parts
    would expand past `limit` bytes (default: extractor/load/limits.py)."""
    try:
        import docx
    except ImportError as exc:  # pragma: no cover - python-docx is a declared dependency
        raise InputError(f"reading .docx needs python-docx: {exc}") from None
    try:
        _check_expanded_size(data, limit_bytes() if limit is None else limit)
    except zipfile.BadZipFile as exc:
        raise InputError(f"not a readable .docx file ({exc})") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a readable .docx file ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - python-docx raises its own PackageNotFoundError and lxml errors
        raise InputError(f"not a readable .docx file ({type(exc).__name__}: {exc})") from None
    numbering = _Numbering(document)
    lines = list(_blocks(document.element.body, numbering))
    text = "\n".join(lines).strip("\n")
    if not text.strip():
        raise InputError("empty input: the .docx has no text")
    return text


def _check_expanded_size(data: bytes, limit: int) -> None:
    """Refuse a zip bomb before python-docx inflates every part: zipfile stops each part at the size
    the zip's directory declares, so the declared total bounds what reading it can take."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        check("the .docx uncompressed", sum(info.file_size for info in archive.infolist()), limit)


def _blocks(container: _Element, numbering: _Numbering) -> Iterator[str]:
    for child in container.iterchildren():
        tag = child.tag
        if tag == _W + "p":
            for box in _text_boxes(child):  # (a title set in a text box: its lines above the paragraph it sits in)
                yield from _blocks(box, numbering)
            yield numbering.label(child) + _paragraph_text(child)
        elif tag == _W + "tbl":
            yield from _table_lines(child, numbering)
        elif tag in (_W + "sdt", _W + "sdtContent", _W + "customXml", _W + "ins", _W + "moveTo"):
            yield from _blocks(child if tag != _W + "sdt" else _sdt_content(child), numbering)


def _text_boxes(p: _Element) -> Iterator[_Element]:
    """The contents of the text boxes anchored in paragraph `p`, each once: not the copy an older Word reads
    (mc:Fallback), nor a box inside another (read with that one)."""
    if p.find(".//" + _W + "txbxContent") is None:
        return  # (most paragraphs hold none: one search in C)
    for box in p.iter(_W + "txbxContent"):
        outer = next((a for a in box.iterancestors() if a is p or a.tag in (_MC_FALLBACK, _W + "txbxContent")), p)
        if outer is p:
            yield box


def _sdt_content(sdt: _Element) -> _Element:
    content = sdt.find(_W + "sdtContent")
    return content if content is not None else []


def _paragraph_text(p: _Element) -> str:
    parts: list[str] = []

    def walk(element: _Element) -> None:
        for child in element.iterchildren():
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == _W + "t":
                parts.append(child.text or "")
            elif tag == _W + "tab":
                parts.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                if child.get(_W + "type") in (None, "textWrapping"):
                    parts.append("\n")
            elif tag == _W + "noBreakHyphen":
                parts.append("-")
            else:
                walk(child)

    walk(p)
    return "".join(parts)


def _table_lines(tbl: _Element, numbering: _Numbering) -> Iterator[str]:
    for tr in tbl.iterchildren(_W + "tr"):
        cells: list[str] = []
        for tc in _row_cells(tr):
            tc_pr = tc.find(_W + "tcPr")
            merge = tc_pr.find(_W + "vMerge") if tc_pr is not None else None
            if merge is not None and merge.get(_W + "val") in (None, "continue"):
                cells.append("")  # the continuation of a vertically merged cell: read once, above
                continue
            # A cell's paragraphs stay on the row's line, so a ledger row is one line of tab-separated cells.
            cells.append(" ".join(line.strip() for line in _blocks(tc, numbering) if line.strip()))
            # …and one merged across columns leaves an empty cell in each column after its first, so that every
            # row's cells line up with its header's (a status column over 已完成 | 未完成 in the row below).
            cells.extend([""] * (_grid_span(tc_pr) - 1))
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            yield "\t".join(cells)


_SPAN_AT_MOST = 30  # the columns one merged cell is read to cover (a real table has far fewer)


def _grid_span(tc_pr: _Element | None) -> int:
    """How many of the table's grid columns a cell covers: 1 unless merged across (malformed counts read as 1)."""
    span = tc_pr.find(_W + "gridSpan") if tc_pr is not None else None
    value = span.get(_W + "val") if span is not None else None
    return min(int(value), _SPAN_AT_MOST) if value is not None and value.isdigit() and int(value) > 0 else 1


def _row_cells(tr: _Element) -> Iterator[_Element]:
    for child in tr.iterchildren():
        if child.tag == _W + "tc":
            yield child
        elif child.tag in (_W + "sdt", _W + "customXml"):
            inner = child.find(_W + "sdtContent") if child.tag == _W + "sdt" else child
            if inner is not None:
                yield from (c for c in inner.iterchildren(_W + "tc"))


# --- automatic numbering -------------------------------------------------------------------------

_CN_DIGITS = "零一二三四五六七八九"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _chinese(n: int) -> str:
    if n < 10:
        return _CN_DIGITS[n]
    if n < 20:
        return "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _CN_DIGITS[n // 10] + "十" + (_CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One list counter in Word's number format `fmt` (w:numFmt)."""
    if fmt in (
        "chineseCounting",
        "chineseCountingThousand",
        "chineseLegalSimplified",
        "taiwaneseCounting",
        "taiwaneseCountingThousand",
        "ideographDigital",
        "japaneseCounting",
    ):
        return _chinese(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 1 <= n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "ideographTraditional" and 1 <= n <= len(_TIANGAN):
        return _TIANGAN[n - 1]
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "decimalFullWidth":
        return "".join(chr(ord(c) + 0xFEE0) for c in str(n))
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


class _Numbering:
    """Counters for Word's automatic list numbering, rendered as the label text a reader sees."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (fmt, text, start)
        # numId -> ilvl -> the level (1-based) whose use restarts it: 0 never, missing any level above (Word's lvlRestart)
        self.restarts: dict[str, dict[int, int]] = {}
        self.abstract_of: dict[str, str] = {}
        self.style_num: dict[str, tuple[str, int]] = {}
        # A list's counters are its abstract list's, which every list instance (numId) of it continues…
        self.counters: dict[str, list[int]] = {}
        # …except at the levels an instance restarts (startOverride: Word's "Restart at 1"), on its first use of each.
        self.restarted: dict[str, set[int]] = {}
        try:
            part = document.part.numbering_part
        except (NotImplementedError, KeyError, AttributeError):
            return
        root = part.element
        abstracts: dict[str, dict[int, tuple[str, str, int]]] = {}
        abstract_restarts: dict[str, dict[int, int]] = {}
        for abstract in root.iterchildren(_W + "abstractNum"):
            levels, restarts = {}, {}
            for lvl in abstract.iterchildren(_W + "lvl"):
                ilvl = _number(lvl.get(_W + "ilvl"), 0)
                levels[ilvl] = _level(lvl)
                restart = _val(lvl, "lvlRestart", None)
                if restart is not None:
                    restarts[ilvl] = _number(restart, ilvl)
            abstract_id = abstract.get(_W + "abstractNumId")
            abstracts[abstract_id], abstract_restarts[abstract_id] = levels, restarts
        for num in root.iterchildren(_W + "num"):
            num_id = num.get(_W + "numId")
            abstract_id = _val(num, "abstractNumId", "")
            levels = dict(abstracts.get(abstract_id, {}))
            for override in num.iterchildren(_W + "lvlOverride"):
                ilvl = _number(override.get(_W + "ilvl"), 0)
                lvl = override.find(_W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _level(lvl)
                start = override.find(_W + "startOverride")
                if start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, _number(start.get(_W + "val"), 1))
                    self.restarted.setdefault(num_id, set()).add(ilvl)
            self.levels[num_id] = levels
            self.restarts[num_id] = abstract_restarts.get(abstract_id, {})
            self.abstract_of[num_id] = abstract_id
        try:
            styles = document.styles.element
        except (AttributeError, KeyError, NotImplementedError):
            return
        for style in styles.iterchildren(_W + "style"):
            ppr = style.find(_W + "pPr")
            num_pr = ppr.find(_W + "numPr") if ppr is not None else None
            if num_pr is not None:
                num_id = _val(num_pr, "numId", None)
                if num_id is not None:
                    self.style_num[style.get(_W + "styleId")] = (num_id, int(_val(num_pr, "ilvl", "0")))

    def label(self, p: _Element) -> str:
        if not self.levels:
            return ""
        ppr = p.find(_W + "pPr")
        if ppr is None:
            return ""
        num_id, ilvl = None, 0
        style = ppr.find(_W + "pStyle")
        if style is not None and style.get(_W + "val") in self.style_num:
            num_id, ilvl = self.style_num[style.get(_W + "val")]
        num_pr = ppr.find(_W + "numPr")
        if num_pr is not None:
            num_id = _val(num_pr, "numId", num_id)
            ilvl = int(_val(num_pr, "ilvl", str(ilvl)))
        if num_id is None or num_id == "0" or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        key = self.abstract_of.get(num_id, num_id)
        counters = self.counters.setdefault(key, [0] * 9)
        starts = [levels.get(i, ("decimal", "", 1))[2] for i in range(9)]
        if ilvl in self.restarted.get(num_id, ()):
            self.restarted[num_id].discard(ilvl)  # (once: the instance's later items count on)
            counters[ilvl] = 0
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else starts[ilvl]
        restarts = self.restarts.get(num_id, {})
        for deeper in range(ilvl + 1, 9):
            # (A deeper level restarts when this one is used, unless it restarts only after a higher one, or never.)
            if restarts.get(deeper, deeper) > ilvl:
                counters[deeper] = 0
        fmt, text, _ = levels[ilvl]
        if fmt == "bullet" or not text:
            return ""

        def level_number(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            value = counters[level] or starts[level]
            return format_number(value, levels.get(level, (fmt, "", 1))[0])

        return re.sub(r"%([1-9])", level_number, text)


def _level(lvl: _Element) -> tuple[str, str, int]:
    """A list level's (number format, label text, first number)."""
    return _val(lvl, "numFmt", "decimal"), _val(lvl, "lvlText", ""), _number(_val(lvl, "start", "1"), 1)


def _number(value: str | None, default: int) -> int:
    """An attribute's whole number (a damaged file's "x" or nothing: `default`)."""
    return int(value) if value is not None and value.strip().isdigit() else default


def _val(element: _Element, name: str, default: _T) -> str | _T:
    child = element.find(_W + name)
    if child is None:
        return default
    return cast("str | _T", child.get(_W + "val", default))  # lxml: the attribute's text, or the default
