"""The xlsx rectification ledger (整改台账), read back with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

import extractor
from extractor.batch import ErrorInfo, Failure
from extractor.models import Issue
from extractor.output import write
from extractor.output.labels import STATUS_COLOURS, status_label
from extractor.output.xlsx import LEDGER_FIELDS

GOLD = Path(__file__).resolve().parent.parent / "gold" / "docs"
LEDGER_HEADERS = ["序号", "来源文件", "方面/类别", "问题", "原因分析", "整改措施", "整改状态", "问责情况", "涉及文件"]


@pytest.fixture(scope="module")
def gold() -> list[extractor.Extraction]:
    return [extractor.extract(path) for path in sorted(GOLD.glob("*.txt"))]


@pytest.fixture(scope="module")
def workbook(gold, tmp_path_factory) -> openpyxl.Workbook:
    path = tmp_path_factory.mktemp("xlsx") / "ledger.xlsx"
    failure = Failure(source="scans/notice.pdf", error=ErrorInfo(type="InputError", message="no text layer"))
    write([*gold, failure], "xlsx", path)
    return openpyxl.load_workbook(path)


def test_ledger_columns_are_the_ledger_headers(workbook) -> None:
    assert [cell.value for cell in workbook["整改台账"][1]] == LEDGER_HEADERS


def test_ledger_fields_are_issue_fields() -> None:
    assert set(LEDGER_FIELDS) <= set(Issue.model_fields)


def test_ledger_has_one_row_per_issue_numbered_from_one(gold, workbook) -> None:
    sheet = workbook["整改台账"]
    assert sheet.max_row - 1 == sum(len(e.issues) for e in gold)
    assert [sheet.cell(row=r, column=1).value for r in range(2, sheet.max_row + 1)] == list(range(1, sheet.max_row))


def test_ledger_rows_hold_the_issue_and_its_source_file(gold, workbook) -> None:
    row = [cell.value for cell in workbook["整改台账"][2]]
    issue = gold[0].issues[0]
    assert row[1] == gold[0].source
    assert row[3] == issue.problem
    assert row[6] == status_label(issue.status)


def test_ledger_header_is_frozen_and_filterable(workbook) -> None:
    sheet = workbook["整改台账"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:I1"


def test_ledger_text_is_wrapped_and_columns_sized(workbook) -> None:
    sheet = workbook["整改台账"]
    assert all(cell.alignment.wrap_text for cell in sheet[2])
    assert sheet.column_dimensions["D"].width >= 40  # 问题
    assert sheet.column_dimensions["A"].width <= 8  # 序号


def test_status_cells_are_coloured_by_status(gold, workbook) -> None:
    sheet = workbook["整改台账"]
    issues = [issue for extraction in gold for issue in extraction.issues]
    assert {issue.status for issue in issues} >= {"completed", "not_stated"}
    for row, issue in enumerate(issues, 2):
        assert sheet.cell(row=row, column=7).fill.fgColor.rgb.endswith(STATUS_COLOURS[issue.status])


def test_notice_sheet_has_one_row_per_notice_with_declared_and_found_counts(gold, workbook) -> None:
    sheet = workbook["通报"]
    headers = [cell.value for cell in sheet[1]]
    assert sheet.max_row - 1 == len(gold)
    for row, extraction in enumerate(gold, 2):
        values = dict(zip(headers, (cell.value for cell in sheet[row])))
        assert values["来源文件"] == extraction.source
        assert values["声明问题数"] == extraction.report.declared_issue_count
        assert values["识别问题数"] == len(extraction.issues)
        assert values["识别已完成"] == sum(i.status == "completed" for i in extraction.issues)


def test_notice_sheet_dates_are_date_cells(gold, workbook) -> None:
    sheet = workbook["通报"]
    column = [cell.value for cell in sheet[1]].index("反馈日期") + 1
    assert sheet.cell(row=2, column=column).value.date() == gold[0].report.feedback_date


def test_notice_sheet_carries_the_warnings(workbook, tmp_path: Path) -> None:
    odd = extractor.extract("今天天气很好。\n我们去公园散步。")
    write([odd], "xlsx", tmp_path / "odd.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "odd.xlsx")["通报"]
    headers = [cell.value for cell in sheet[1]]
    assert sheet.cell(row=2, column=headers.index("警告") + 1).value == "\n".join(odd.warnings)


def test_failed_inputs_are_listed_on_an_error_sheet(workbook) -> None:
    rows = [[cell.value for cell in row] for row in workbook["错误"].iter_rows()]
    assert rows == [["来源文件", "错误类型", "说明"], ["scans/notice.pdf", "InputError", "no text layer"]]


def test_no_error_sheet_when_nothing_failed(gold, tmp_path: Path) -> None:
    write(gold[:1], "xlsx", tmp_path / "ok.xlsx")
    assert openpyxl.load_workbook(tmp_path / "ok.xlsx").sheetnames == ["整改台账", "通报"]


def test_measures_with_their_own_enumeration_are_not_numbered_again() -> None:
    from extractor.output.xlsx import numbered_measures

    cell = numbered_measures(["一是强化理论学习", "二是编制规划", "（3）建立台账"])
    assert cell.splitlines() == ["一是强化理论学习", "二是编制规划", "（3）建立台账"]


def test_measures_without_an_enumeration_are_numbered_in_the_ledger() -> None:
    from extractor.output.xlsx import numbered_measures

    assert numbered_measures(["完善制度", "一是加强学习", "建立台账"]).splitlines() == [
        "1. 完善制度",
        "一是加强学习",
        "2. 建立台账",
    ]


def test_no_ledger_measure_cell_is_double_numbered(workbook) -> None:
    import re

    sheet = workbook["整改台账"]
    column = LEDGER_HEADERS.index("整改措施") + 1
    cells = [sheet.cell(row=r, column=column).value or "" for r in range(2, sheet.max_row + 1)]
    assert not [
        line
        for cell in cells
        for line in cell.splitlines()
        if re.match(r"\d+\. (?:[一二三四五六七八九十]+是|[(（]\d)", line)
    ]


def test_a_run_in_heading_stays_with_the_measure_after_it(gold) -> None:
    measures = gold[0].issues[0].measures
    assert "在粮食生产方面" not in measures
    assert any(m.startswith("在粮食生产方面。出台了") for m in measures)
