"""Paragraphs of a notice: its non-empty lines, with the artefacts of PDF text set right.

Text copied out of a PDF carries page numbers ("- 3 -"), a running header on every page, and hard
line breaks every ~38 characters in the middle of sentences. Page furniture is dropped and wrapped
lines are joined into one paragraph (whose span then covers the line breaks), so the outline and
field rules see the paragraphs a reader sees.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from extractor.lazy_re import LazyPattern

_SPACES = " \t\u3000\xa0\ufeff\u200b"
_PAGE_NUMBER = re.compile(r"^[-—–－·\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*\d{1,4})?[-—–－·\s]*$")
_PARAGRAPH_END = tuple("。！？；：:!?;」』”）)】")
# A line that opens a new paragraph even right after a full-width line.
_OPENS = LazyPattern(
    r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.、．](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[方部]|"
    r"整改(?:情况|措施|进展|结果|状态)|原因分析|【)"
)


@dataclass(slots=True)
class Para:
    """One paragraph of the text, by its offsets with surrounding spaces trimmed."""

    start: int
    end: int


def _lines(text: str) -> list[Para]:
    lines: list[Para] = []
    pos = 0
    length = len(text)
    while pos < length:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = length
        start, end = pos, nl
        while start < end and text[start] in _SPACES:
            start += 1
        while end > start and text[end - 1] in _SPACES:
            end -= 1
        if end > start:
            lines.append(Para(start, end))
        pos = nl + 1
    return lines


def _width(text: str) -> int:
    """Display width: CJK and full-width characters (three bytes in UTF-8) count double, as a
    typesetter measures them; computed from the encoded length, which is fast."""
    return len(text) + (len(text.encode("utf-8")) - len(text)) // 2


def _drop_page_furniture(text: str, lines: list[Para]) -> list[Para]:
    """Page numbers, and short lines repeated next to them (running headers)."""
    numbers = [i for i, p in enumerate(lines) if _PAGE_NUMBER.match(text[p.start : p.end])]
    if not numbers:
        return lines
    near = {j for i in numbers for j in (i - 2, i - 1, i + 1, i + 2)}
    counts = Counter(text[p.start : p.end] for p in lines)
    drop = set(numbers) | {
        j for j in near if 0 <= j < len(lines) and counts[text[lines[j].start : lines[j].end]] >= 2
        and len(text[lines[j].start : lines[j].end]) <= 40
    }
    return [p for i, p in enumerate(lines) if i not in drop]


def _wrap_width(text: str, lines: list[Para]) -> int | None:
    """The width at which the text was hard-wrapped, when most long lines stop at about the same width."""
    widths = [_width(text[p.start : p.end]) for p in lines]
    long = [w for w in widths if w >= 40]
    if len(long) < 6:
        return None
    per_width = Counter(long)
    best, best_count = 0, 0
    for w in per_width:
        count = sum(per_width.get(x, 0) for x in range(w - 4, w + 1))
        if count > best_count or (count == best_count and w > best):
            best, best_count = w, count
    return best if best_count >= max(6, 0.35 * len(lines)) else None


def split_paras(text: str) -> list[Para]:
    """The paragraphs of `text`: non-empty lines, PDF page furniture dropped, hard wraps joined."""
    lines = _drop_page_furniture(text, _lines(text))
    width = _wrap_width(text, lines)
    if width is None:
        return lines
    paras: list[Para] = []
    open_para = False
    for line in lines:
        body = text[line.start : line.end]
        if open_para and paras and not _OPENS.match(body):
            paras[-1] = Para(paras[-1].start, line.end)
        else:
            paras.append(Para(line.start, line.end))
        open_para = _width(body) >= width - 4 and not body.endswith(_PARAGRAPH_END)
    return paras
