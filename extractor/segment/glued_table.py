"""A 督察's table of complaints flattened with nothing between its cells: one issue per row.

A newspaper's or a mirror's copy of a 督察's list of the complaints it passed on may lose every cell boundary: the
header runs its names together ("序号受理编号受理方式转办问题基本情况行政区域污染类型…", or breaks them into scraps a
paragraph each: "序" / "号" / "受理" / "编号" / …), and each row runs its cells together too ("1D3WH20240422001来电
临港区…,占用种植地。临港区固废经巡查…不属实…已办结", the next row's number glued to the last cell). The header's names
give the order of the cells; a row opens with its number and case number, and its complaint ends at the sentence
after which the area (临港区) and the kind of pollution (固废) stand, the cells that follow it. Where those cannot be
found, no row is read: a wrong bound would be a confident wrong problem.
"""

from __future__ import annotations

import re

from extractor.lazy_re import LazyPattern, compile_shared
from extractor.segment.lines import Para
from extractor.segment.outline import Outline
from extractor.segment.table import Row
from extractor.vocab.columns import (
    ANY_COLUMN,
    CASE_NUMBER,
    CHANNEL_COLUMN,
    CHANNELS,
    CLOSED_VALUES,
    POLLUTION_KINDS,
    REGION,
    TRUTH,
    UNTRUE,
    names_a_column,
)

_NAME_AT_MOST = 16  # the longest column name tried at each place of a glued header
_HEADER_AT_MOST = 200  # the longest paragraph a glued header is (thirteen names run together take about 70)
_SCRAP_AT_MOST = 24  # the longest paragraph a header broken into scraps sets a scrap in
_SCRAPS_AT_MOST = 30  # the most paragraphs such a header takes
_FIRST_ROW_WITHIN = 3  # the paragraphs after the header the first row opens within
_CHANNEL = compile_shared(CHANNEL_COLUMN)
_HEADER_WORDS = ("序", "编号", "区域", "类型")  # (what every such header's names hold)
# What a header's names hold besides: spaces, bars, and a bracket saying how to fill the cell ("行政区域(**市**区/县)").
_ASIDE = compile_shared(r"[(（][^)）]{0,20}[)）]|[\s|｜]+")
_BOUND = LazyPattern(rf"。[ \t\n]*(?:{REGION})[ \t\n]*(?:{POLLUTION_KINDS})")
_TRUTH_AFTER = LazyPattern(rf"。[ \t\n]*({TRUTH})")
_CLOSED = LazyPattern(CLOSED_VALUES)
_NOTHING = compile_shared(r"[\s无/／—\-]*")
# A row's opening: its number, then the case number glued to it (not a case number's own digits: "D3WH…").
_ROW = LazyPattern(rf"(?<![\dA-Za-z])(\d{{1,4}})[ \t]*(?:{CASE_NUMBER})[ \t]*")
_CHANNEL_VALUE = LazyPattern(CHANNELS)


def _field(name: str) -> str:
    """What a header's column holds, by its name: a ledger's field, or a complaint's cell the rows are bounded by."""
    if _CHANNEL.fullmatch(name):
        return "channel"
    if "区域" in name:
        return "region"
    if name.endswith("类型"):
        return "kind"
    if "属实" in name:
        return "truth"
    if name.endswith("编号") and name != "编号":
        return "case"
    found = ANY_COLUMN.match(name)
    return found.lastgroup or "other" if found else "other"


def _names(glued: str) -> tuple[list[str], str]:
    """The column names a header ran together, in order, and what is left from where none starts (the start of one a
    scrap ends inside: "受理" before "编号")."""
    names: list[str] = []
    at = 0
    while at < len(glued):
        name = next(
            (
                glued[at : at + size]
                for size in range(min(_NAME_AT_MOST, len(glued) - at), 0, -1)
                if names_a_column(glued[at : at + size]) or _CHANNEL.fullmatch(glued[at : at + size])
            ),
            None,
        )
        if name is None:
            break
        names.append(name)
        at += len(name)
    return names, glued[at:]


def _header_at(outline: Outline, k: int) -> tuple[tuple[list[str], int] | None, int]:
    """The fields of a glued header opening at paragraph `k` and the index of the paragraph after it, or None; and
    where the names run on to. A header is one paragraph, or scraps of names a paragraph each (as many as run on),
    whose names give a row its number, case, complaint, area and pollution kind in that order."""
    paras = outline.paras
    fields: list[str] = []
    tail = ""  # (the last name, which the next scrap may lengthen: "序" / "号"; or the start of one: "受理" / "编号")
    found = None
    j = k
    for j in range(k, min(k + _SCRAPS_AT_MOST, len(paras))):
        para = paras[j]
        if para.end - para.start > (_SCRAP_AT_MOST if j > k else _HEADER_AT_MOST):
            break
        names, left = _names(tail + _ASIDE.sub("", outline.folded[para.start : para.end]))
        if len(left) > _NAME_AT_MOST:
            break  # (no column's name starts there: no header)
        if left:
            fields, tail = fields + [_field(name) for name in names], left
            continue
        fields, tail = fields + [_field(name) for name in names[:-1]], names[-1]
        named = [*fields, _field(tail)]
        if named[:2] == ["number", "case"] and "problem" in named:
            at = named.index("problem")
            if named[at + 1 : at + 3] == ["region", "kind"]:
                found = named, j + 1
    return found, max(j, k + 1)


def glued_rows(outline: Outline) -> list[Row]:
    """The rows of every complaint table whose header and rows run their cells together."""
    if not all(word in outline.folded for word in _HEADER_WORDS):
        return []  # (no such header in the text: most texts, spared the search)
    rows: list[Row] = []
    paras = outline.paras
    k = 0
    while k < len(paras):
        if not outline.folded.startswith("序", paras[k].start):
            k += 1
            continue
        found, k = _header_at(outline, k)  # (names that run on and make no header are no header's from within either)
        if found is not None:
            fields, k = found
            table = _rows(outline, fields, k)
            rows += table
            if table:
                k = max(k, outline.para_index(table[-1].para.end))  # (past the last row, which may run on below)
    return rows


def _rows(outline: Outline, fields: list[str], after: int) -> list[Row]:
    """The rows after a glued header: each opens with the next number and a case number, the first at a paragraph's
    start, the others wherever the row before ends (glued to its last cell)."""
    folded = outline.folded
    first = next(
        (m for para in outline.paras[after : after + _FIRST_ROW_WITHIN] if (m := _ROW.match(folded, para.start))), None
    )
    if first is None:
        return []
    openings = [first]
    for found in _ROW.finditer(folded, first.end()):
        if int(found.group(1)) == int(openings[-1].group(1)) + 1:
            openings.append(found)
    ends = [m.start() for m in openings[1:]] + [len(folded)]
    return [row for opening, end in zip(openings, ends, strict=True) if (row := _row(outline, fields, opening, end))]


def _row(outline: Outline, fields: list[str], opening: re.Match[str], end: int) -> Row | None:
    """One row, its complaint bounded by the area and pollution kind after it; None where no such bound is found."""
    folded = outline.folded
    problem_start = opening.end()
    if "channel" in fields and (channel := _CHANNEL_VALUE.match(folded, problem_start)):
        problem_start = channel.end()
    bound = _BOUND.search(folded, problem_start, end)
    if bound is None:
        if end == len(folded) and "。" not in folded[problem_start:end]:
            # The copy stops inside the complaint: a row all the same, for the check of the text's end to leave out
            # and say so.
            return Row(Para(opening.start(), end), opening.group(1), {"problem": (problem_start, end)})
        return None
    rest = bound.end()
    if "truth" in fields and (truth := _TRUTH_AFTER.search(folded, rest, end)):
        rest = truth.end()
        if truth.group(1) in UNTRUE and _NOTHING.fullmatch(folded, rest, end):
            return None  # (a complaint found untrue that nothing was done about: no problem of the unit's)
    cells = {"problem": (problem_start, bound.start())}
    closed = list(_CLOSED.finditer(folded, rest, end)) if "status" in fields else []
    measures_end = closed[-1].start() if closed else end
    if measures_end > rest:
        cells["measures"] = (rest, measures_end)
    if closed:
        cells["status"] = closed[-1].span()
    return Row(Para(opening.start(), end), opening.group(1), cells)
