"""Rectification ledgers (整改台账) laid out as tables: one issue per row.

Word and web notices often list findings in a table whose header names the columns (序号 | 问题 |
整改措施 | 责任单位 | 完成时限 | 整改情况). Loaders write a table row as one line with tab-separated
cells; a header row with a problem column starts a ledger, and each following row with as many
cells is one issue whose fields come from the columns their headers name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.segment.outline import Outline, Para

COLUMNS: dict[str, re.Pattern[str]] = {
    "problem": re.compile(
        r"^(?:存在的?|反馈的?|具体|主要|巡[察视](?:反馈)?的?|审计(?:发现|查出)的?|督察(?:反馈)?的?)?问题"
        r"(?:描述|表现|内容|清单|事项|名称)?$"
    ),
    "measures": re.compile(r"^整改(?:措施|举措|方案|任务)$|^(?:主要)?措施$"),
    "status": re.compile(r"^(?:整改|完成|落实)(?:情况|进展|结果|状态|进度|完成情况)$|^(?:进展|完成)情况$|^是否完成$"),
    "cause": re.compile(r"^(?:问题)?原因(?:分析)?$"),
    "category": re.compile(r"^(?:问题)?(?:类别|类型|方面|领域)$"),
    "number": re.compile(r"^(?:序号|编号|序|No\.?)$", re.I),
}


@dataclass(slots=True)
class Row:
    """One ledger row: its line and the offsets of the cells its header named."""

    para: Para
    number: str | None
    cells: dict[str, tuple[int, int]]


def _cells(outline: Outline, para: Para) -> list[tuple[int, int]]:
    """(start, end) of each tab-separated cell, trimmed of spaces."""
    cells = []
    pos = para.start
    for part in outline.text[para.start : para.end].split("\t"):
        start, end = pos, pos + len(part)
        while start < end and outline.text[start] in " \u3000\xa0":
            start += 1
        while end > start and outline.text[end - 1] in " \u3000\xa0":
            end -= 1
        cells.append((start, end))
        pos += len(part) + 1
    return cells


def _header(outline: Outline, para: Para) -> dict[int, str] | None:
    """Column index → field for a header row that has a problem column, else None."""
    cells = _cells(outline, para)
    if len(cells) < 3:
        return None
    names: dict[int, str] = {}
    for idx, (start, end) in enumerate(cells):
        label = re.sub(r"\s+", "", outline.folded[start:end])
        for field, pattern in COLUMNS.items():
            if field not in names.values() and pattern.match(label):
                names[idx] = field
                break
    return names if "problem" in names.values() else None


def find_ledger_rows(outline: Outline) -> list[Row]:
    """Every row of every ledger table in the text, in order."""
    rows: list[Row] = []
    header: dict[int, str] | None = None
    width = 0
    for para in outline.paras:
        if "\t" not in outline.text[para.start : para.end]:
            header = None
            continue
        found = _header(outline, para)
        if found is not None:
            header, width = found, len(_cells(outline, para))
            continue
        if header is None:
            continue
        cells = _cells(outline, para)
        if abs(len(cells) - width) > 1:
            header = None
            continue
        named = {field: cells[idx] for idx, field in header.items() if idx < len(cells) and cells[idx][0] < cells[idx][1]}
        if "problem" not in named:
            continue
        number = None
        if "number" in named:
            number = outline.text[slice(*named.pop("number"))].strip()
        rows.append(Row(para, number, named))
    return rows
