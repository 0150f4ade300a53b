"""A rectification ledger (整改台账) workbook, for the people who track the rectification in Excel.

Sheet 整改台账: one row per issue (序号, 来源文件, 方面/类别, 问题, 原因分析, 整改措施, 整改状态, 问责情况,
涉及文件), header frozen and filterable, text wrapped, status cells coloured by status.
Sheet 通报: one row per notice with every report field, declared against found counts (overall and per
status; a mismatch is shaded) and the warnings. Sheet 错误, only when some input failed: its path,
error type and message. Labels come from output/labels.py, fields from the models.
"""

from __future__ import annotations

import io
import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import IO, TYPE_CHECKING, Any, cast

from extractor.models import STATUSES, Extraction, Issue, Report, StatusCounts
from extractor.output.flat import FORMULA_TRIGGERS, cell_text

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

from extractor.output.labels import (
    ISSUE_LABELS,
    REPORT_LABELS,
    STATUS_COLOURS,
    status_label,
)

LEDGER_FIELDS: tuple[str, ...] = ("category", "problem", "cause", "measures", "status", "accountability", "documents")
"""The Issue fields of the ledger, in column order, after 序号 and 来源文件."""
_WIDTHS = {
    "序号": 6,
    "来源文件": 26,
    "category": 22,
    "problem": 48,
    "cause": 30,
    "measures": 60,
    "status": 11,
    "accountability": 26,
    "documents": 28,
}
_MISMATCH = "F8CBAD"
_HEADER = "D9E1F2"
# What XML 1.0 cannot hold (controls, surrogates, U+FFFE/U+FFFF): lxml refuses the whole workbook for one.
_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_MAX_CELL = 32767
# A measure that carries the notice's own enumeration (一是, （1）, 1., ①, 第一, 一、) gets no number of ours.
_OWN_NUMBER = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}[，,、是]|"
    r"[(（][0-9一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．](?!\d)|[一二三四五六七八九十]{1,3}、|[①-⑳])"
)


def ledger_headers() -> list[str]:
    return ["序号", "来源文件", *(ISSUE_LABELS.get(f, f) for f in LEDGER_FIELDS)]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        value = _ILLEGAL.sub("", value)
        return value if len(value) <= _MAX_CELL else value[: _MAX_CELL - 1] + "…"
    return value


def _append(sheet: Worksheet, values: list[Any]) -> tuple[Any, ...]:
    """Append one row; text that looks like a formula (=HYPERLINK(…) in a notice) stays text."""
    sheet.append(values)
    row = sheet[sheet.max_row]
    for cell in row:
        if isinstance(cell.value, str) and cell.value.startswith(FORMULA_TRIGGERS):
            cell.data_type = "s"  # openpyxl made it a formula ("f") for its leading "="
            cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    return cast("tuple[Any, ...]", row)  # the cells of the row just appended


def _issue_cell(extraction: Extraction, issue: Issue, field: str) -> Any:
    if field == "category":
        parts = [p for p in (issue.category, issue.subcategory) if p]
        return " / ".join(parts)
    if field == "status":
        return status_label(issue.status)
    if field == "measures":
        return numbered_measures(issue.measures)
    return cell_text(getattr(issue, field))


def numbered_measures(measures: Sequence[str]) -> str:
    """Measures one per line, numbered 1. 2. … when there are several, except a measure that already
    starts with its own enumeration (一是…), which would otherwise read `1. 一是…`."""
    if len(measures) < 2:
        return cell_text(list(measures))
    lines, number = [], 0
    for measure in measures:
        if _OWN_NUMBER.match(measure):
            lines.append(measure)
        else:
            number += 1
            lines.append(f"{number}. {measure}")
    return "\n".join(lines)


def write_xlsx(records: Iterable[Any], dest: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write the ledger workbook for these extractions (failures go to sheet 错误)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    records = list(records)
    extractions = [r for r in records if isinstance(r, Extraction)]
    failures = [r for r in records if not isinstance(r, Extraction)]
    workbook = Workbook()
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor=_HEADER)
    fills = {s: PatternFill("solid", fgColor=STATUS_COLOURS[s]) for s in STATUSES}

    def header(sheet: Worksheet, titles: Sequence[str], widths: Sequence[float]) -> None:
        sheet.append(list(titles))
        for column, width in enumerate(widths, 1):
            cell = sheet.cell(row=1, column=column)
            cell.font, cell.fill, cell.alignment = bold, header_fill, Alignment(wrap_text=True, vertical="center")
            sheet.column_dimensions[get_column_letter(column)].width = width
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(titles))}1"

    ledger = cast("Worksheet", workbook.active)  # a new workbook has one sheet
    ledger.title = "整改台账"
    header(
        ledger, ledger_headers(), [_WIDTHS["序号"], _WIDTHS["来源文件"], *(_WIDTHS.get(f, 20) for f in LEDGER_FIELDS)]
    )
    status_column = 3 + LEDGER_FIELDS.index("status")
    number = 0
    for extraction in extractions:
        for issue in extraction.issues:
            number += 1
            cells = _append(
                ledger,
                [
                    number,
                    _clean(extraction.source or ""),
                    *(_clean(_issue_cell(extraction, issue, f)) for f in LEDGER_FIELDS),
                ],
            )
            for cell in cells:
                cell.alignment = wrap
            cells[status_column - 1].fill = fills[issue.status]

    notices = workbook.create_sheet("通报")
    titles, widths, getters = _notice_columns()
    header(notices, titles, widths)
    for extraction in extractions:
        row = _append(notices, [_clean(get(extraction)) for get in getters])[0].row
        for cell in notices[row]:
            cell.alignment = wrap
            if cell.is_date:
                cell.number_format = "yyyy-mm-dd"
        for declared_col, found_col in _count_pairs(titles):
            declared = notices.cell(row=row, column=declared_col).value
            found = notices.cell(row=row, column=found_col).value
            if declared is not None and declared != found:
                notices.cell(row=row, column=declared_col).fill = PatternFill("solid", fgColor=_MISMATCH)
                notices.cell(row=row, column=found_col).fill = PatternFill("solid", fgColor=_MISMATCH)

    if failures:
        errors = workbook.create_sheet("错误")
        header(errors, ["来源文件", "错误类型", "说明"], [40, 16, 80])
        for failure in failures:
            _append(errors, [_clean(failure.source), _clean(failure.error_type), _clean(failure.message)])
    # Saved to memory first: a full disk then fails one write of ours, not openpyxl's open ZipFile
    # (whose __del__ would print a second error), and a stream is never left half-written by us.
    buffer = io.BytesIO()
    workbook.save(buffer)
    if isinstance(dest, (str, os.PathLike)):
        with open(dest, "wb") as handle:
            handle.write(buffer.getbuffer())
    else:
        dest.write(buffer.getbuffer())


def _declared_label(status: str) -> str:
    return f"声明{status_label(status)}"


def _found_label(status: str) -> str:
    return f"识别{status_label(status)}"


def _notice_columns() -> tuple[list[str], list[float], list[Callable[..., Any]]]:
    """Titles, widths and getters of sheet 通报, from the Report fields plus the found counts."""
    titles: list[str] = ["来源文件"]
    widths: list[float] = [_WIDTHS["来源文件"]]
    getters: list[Callable[..., Any]] = [lambda e: e.source or ""]
    for field in Report.model_fields:
        if field == "declared_status_counts":
            for status in StatusCounts.model_fields:
                titles.append(_declared_label(status))
                widths.append(9)
                getters.append(
                    lambda e, s=status: (
                        None if e.report.declared_status_counts is None else getattr(e.report.declared_status_counts, s)
                    )
                )
            continue
        titles.append(REPORT_LABELS.get(field, field))
        annotation = str(Report.model_fields[field].annotation)
        widths.append(9 if "int" in annotation else 12 if "date" in annotation else 24)
        if field == "declared_issue_count":
            getters.append(lambda e: e.report.declared_issue_count)
        elif field == "contacts":
            getters.append(
                lambda e: cell_text(
                    [
                        *e.report.contacts.phones,
                        *e.report.contacts.emails,
                        *(p for p in (e.report.contacts.address, e.report.contacts.postcode) if p),
                    ]
                )
            )
        elif "date" in annotation:
            getters.append(lambda e, f=field: getattr(e.report, f))  # a real date cell
        else:
            getters.append(lambda e, f=field: cell_text(getattr(e.report, f)))
    titles.append("识别问题数")
    widths.append(9)
    getters.append(lambda e: len(e.issues))
    for status in STATUSES:
        titles.append(_found_label(status))
        widths.append(9)
        getters.append(lambda e, s=status: Counter(i.status for i in e.issues)[s])
    titles.append("警告")
    widths.append(50)
    getters.append(lambda e: cell_text(e.warnings))
    return titles, widths, getters


def _count_pairs(titles: list[str]) -> list[tuple[int, int]]:
    """(declared column, found column) pairs, 1-based, for shading mismatches."""
    pairs = [(titles.index(REPORT_LABELS["declared_issue_count"]) + 1, titles.index("识别问题数") + 1)]
    for status in StatusCounts.model_fields:
        if _declared_label(status) in titles and _found_label(status) in titles:
            pairs.append((titles.index(_declared_label(status)) + 1, titles.index(_found_label(status)) + 1))
    return pairs
