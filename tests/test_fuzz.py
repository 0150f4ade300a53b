"""Issue 9, the fuzz suite: random and mutated notices, bytes and records against the invariants every
input must keep. Bounded (example counts, short inputs, no deadline per example) so it stays fast.

- extraction raises nothing but ExtractorError (InputError included);
- every issue is grounded in the text its span indexes: 0 <= start <= end <= len(text) and the problem
  lies inside text[start:end] (models.Issue: the span covers the block, problem first);
- issue ids are unique and every status is one of models.STATUSES;
- \\n, \\r\\n and \\r give the same issues;
- loaders refuse broken bytes with InputError only; no spreadsheet cell is ever a formula.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_load_docx import notice_docx
from test_load_pdf import make_pdf

import extractor
from extractor.errors import ExtractorError
from extractor.load import load_bytes, normalise
from extractor.models import STATUSES, Extraction, Issue
from extractor.output import write
from extractor.output.flat import FORMULA_TRIGGERS

FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PIECES = st.sampled_from(
    [
        "一、",
        "二、",
        "（一）",
        "(二)",
        "1.",
        "2、",
        "（3）",
        "①",
        "第一方面",
        "整改情况：",
        "原因分析：",
        "整改措施：",
        "已完成",
        "正在整改中",
        "长期坚持",
        "该项已办结",
        "。",
        "；",
        "\n",
        "\n\n",
        "\t",
        "问题",
        "不到位",
        "书记张某某",
        "约谈",
        "《制度》",
        "2023年3月5日至",
        "巡察组",
        "0731-",
        "-",
        ".",
        "=cmd|' /C calc'!A0",
        "@",
        "\u3000",
        "\ufeff",
        "\ufffe",
        "\uffff",
        "\ud800",
        "\udcff",
        "\x00",
        "\x1b[31m",
        "\u202e",
        "A" * 40,
    ]
)
NOTICES = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=60).map("".join)


def extract_or_refuse(text: str) -> Extraction | None:
    try:
        return extractor.extract(text)
    except ExtractorError:
        return None


@FUZZ
@given(NOTICES)
def test_extraction_raises_nothing_but_extractor_errors(text: str) -> None:
    extract_or_refuse(text)


@FUZZ
@given(NOTICES)
def test_every_problem_lies_inside_its_span_of_the_text(text: str) -> None:
    assert_problems_inside_spans(text)


def assert_problems_inside_spans(text: str) -> None:
    """Extract `text` (or see it refused): every issue's span lies in the loaded text and holds its problem."""
    result = extract_or_refuse(text)
    indexed = normalise(text)
    for issue in result.issues if result else []:
        start, end = issue.span
        assert 0 <= start <= end <= len(indexed)
        assert issue.problem in indexed[start:end]


# Every labelled text, to cut where a stored copy of a page may stop: anywhere, mid-heading, mid-row, mid-name.
LABELLED = sorted(Path(__file__).resolve().parent.parent.glob("gold*/docs/*.txt"))


@FUZZ
@given(st.sampled_from(LABELLED), st.floats(min_value=0.0, max_value=1.0))
def test_a_real_page_cut_anywhere_raises_nothing_and_keeps_its_spans(page: Path, where: float) -> None:
    # (Two crashes found so: a table set a cell a line cut after a row's number, a heading cut under an item its
    # status closes.)
    text = page.read_text(encoding="utf-8")
    assert_problems_inside_spans(text[: int(len(text) * where)] + "\n")


@FUZZ
@given(NOTICES)
def test_issue_ids_are_unique_and_statuses_allowed(text: str) -> None:
    result = extract_or_refuse(text)
    issues = result.issues if result else []
    assert len({issue.id for issue in issues}) == len(issues)
    assert {issue.status for issue in issues} <= set(STATUSES)


@FUZZ
@given(NOTICES)
def test_line_endings_do_not_change_the_issues(text: str) -> None:
    lf = extract_or_refuse(text.replace("\r\n", "\n").replace("\r", "\n"))
    for ending in ("\r\n", "\r"):
        other = extract_or_refuse(normalise(text).replace("\n", ending))
        assert (other.issues if other else None) == (lf.issues if lf else None)


@FUZZ
@given(NOTICES)
def test_every_result_serialises(text: str) -> None:
    result = extract_or_refuse(text)
    if result:
        result.model_dump_json().encode("utf-8")


# --- loaders: random and mutated bytes -------------------------------------------------------------------

SEED_FILES = {
    "x.docx": notice_docx("一、问题\n整改情况：已完成。\n二、问题二\n整改情况：正在整改中。"),
    "x.pdf": make_pdf([["1. problem", "done"]]),
    "x.html": "<html><meta charset='utf-8'><body><p>一、问题</p><p>整改情况：已完成。</p></body></html>".encode(),
    "x.txt": "一、问题\r\n整改情况：已完成。\r\n".encode("gb18030"),
}


@st.composite
def mutated(draw) -> tuple[str, bytes]:
    """A seed file with a few bytes overwritten, inserted or cut."""
    name = draw(st.sampled_from(sorted(SEED_FILES)))
    data = bytearray(SEED_FILES[name])
    for _ in range(draw(st.integers(1, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "insert", "cut"]))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[at : at + draw(st.integers(1, 64))]
    return name, bytes(data)


@FUZZ
@given(mutated())
def test_mutated_files_load_or_fail_with_an_input_error(case: tuple[str, bytes]) -> None:
    name, data = case
    try:
        text = load_bytes(data, name)
    except ExtractorError:
        return
    assert "\r" not in text
    extract_or_refuse(text)


@FUZZ
@given(st.binary(max_size=2048), st.sampled_from(sorted(SEED_FILES)))
def test_random_bytes_load_or_fail_with_an_input_error(data: bytes, name: str) -> None:
    try:
        load_bytes(data, name)
    except ExtractorError:
        pass


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 50))
def test_a_zip_that_lies_about_its_sizes_fails_with_an_input_error(seed: int) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b"<w:p/>" * (seed * 1000) + b"</w:document>")
    data = bytearray(out.getvalue())
    at = data.rfind(b"PK\x01\x02") + 24  # the central directory's uncompressed size of the last part
    data[at : at + 4] = (7).to_bytes(4, "little")
    try:
        load_bytes(bytes(data), "x.docx")
    except ExtractorError:
        pass


# --- outputs ---------------------------------------------------------------------------------------------

CELLS = st.text(min_size=1, max_size=30).filter(str.strip)


@settings(max_examples=40, deadline=None)
@given(st.lists(CELLS, min_size=1, max_size=4), CELLS)
def test_no_spreadsheet_cell_is_ever_a_formula(problems: list[str], source: str) -> None:
    issues = [Issue(id=str(n), problem=p, category=p, measures=[p], span=(0, 1)) for n, p in enumerate(problems)]
    records = [Extraction(source=source, issues=issues, warnings=problems)]
    text = io.StringIO()
    write(records, "csv", text)
    rows = list(csv.reader(io.StringIO(text.getvalue().removeprefix("\ufeff"))))
    assert not [cell for row in rows[1:] for cell in row if cell.startswith(FORMULA_TRIGGERS)]
    book = io.BytesIO()
    write(records, "xlsx", book)
    workbook = openpyxl.load_workbook(io.BytesIO(book.getvalue()))
    assert not [c for sheet in workbook for row in sheet.iter_rows() for c in row if c.data_type == "f"]


# Lines a page or a print-out sets between a notice's own: page numbers, a print-out's header and footer, widgets.
FURNITURE_LINES = (
    "- 2 -",
    "第 3 页 共 9 页",
    "file:///C:/x/notice.html 2/8",
    "2024/5/3 10:21 某某的通报",
    "扫一扫在手机打开当前页",
)


@FUZZ
@given(
    st.sampled_from(LABELLED), st.lists(st.tuples(st.floats(0.0, 1.0), st.sampled_from(FURNITURE_LINES)), max_size=6)
)
def test_a_real_page_with_furniture_lines_between_its_own_raises_nothing_and_keeps_its_spans(
    page: Path, inserted: list[tuple[float, str]]
) -> None:
    lines = page.read_text(encoding="utf-8").split("\n")
    for where, line in sorted(inserted, reverse=True):
        lines.insert(int(len(lines) * where), line)
    assert_problems_inside_spans("\n".join(lines))
