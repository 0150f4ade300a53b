"""Flat outputs (CSV, Parquet, a `datasets` dataset): one row per issue, columns derived from the models."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import extractor
from extractor.models import Issue, Report
from extractor.output import FORMATS, WRITERS, format_for_path, write
from extractor.output.flat import COLUMNS, flat_rows
from extractor.output.labels import missing_labels

GOLD = Path(__file__).resolve().parent.parent / "gold" / "docs"


@pytest.fixture(scope="module")
def gold() -> list[extractor.Extraction]:
    return [extractor.extract(path) for path in sorted(GOLD.glob("*.txt"))]


def test_every_issue_field_is_a_column() -> None:
    names = {c.name for c in COLUMNS}
    for field in Issue.model_fields:
        assert field in names or {f"{field}_start", f"{field}_end"} <= names


def test_every_report_field_is_a_column_prefixed_report() -> None:
    names = [c.name for c in COLUMNS]
    for field in Report.model_fields:
        assert any(name == f"report_{field}" or name.startswith(f"report_{field}_") for name in names)


def test_every_field_and_status_has_a_chinese_label() -> None:
    assert missing_labels() == []


def test_one_row_per_issue_with_its_notice_beside_it(gold) -> None:
    rows = list(flat_rows(gold))
    assert len(rows) == sum(len(e.issues) for e in gold)
    assert rows[0]["source"] == gold[0].source
    assert rows[0]["report_inspection_team"] == gold[0].report.inspection_team
    assert rows[0]["problem"] == gold[0].issues[0].problem
    assert (rows[0]["span_start"], rows[0]["span_end"]) == gold[0].issues[0].span


def test_a_notice_without_issues_still_has_one_row() -> None:
    empty = extractor.extract("今天天气很好。\n我们去公园散步。")
    (row,) = flat_rows([empty])
    assert row["problem"] is None and row["issue_count"] == 0 and row["warnings"] == empty.warnings


def test_csv_starts_with_a_utf8_bom_for_excel(gold) -> None:
    assert FORMATS["csv"](gold[0]).startswith("\ufeffsource,id,path,")


def test_csv_reads_back_one_row_per_issue_in_readable_chinese(gold) -> None:
    buffer = io.StringIO()
    write(gold, "csv", buffer)
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue().removeprefix("\ufeff"))))
    assert len(rows) == sum(len(e.issues) for e in gold)
    assert rows[0]["problem"] == gold[0].issues[0].problem
    assert rows[0]["path"] == " > ".join(gold[0].issues[0].path)
    assert rows[0]["measures"] == "\n".join(gold[0].issues[0].measures)


def test_csv_accountability_reads_as_name_role_action() -> None:
    text = "一、学习不深入\n整改情况：对支部书记张某某进行了约谈。该项已办结。"
    (row,) = list(csv.DictReader(io.StringIO(FORMATS["csv"](extractor.extract(text)).removeprefix("\ufeff"))))
    assert row["accountability"] == "张某某（支部书记）：约谈"


def test_parquet_reads_back_in_pandas_with_native_types(gold, tmp_path: Path) -> None:
    import pandas as pd

    write(gold, "parquet", tmp_path / "issues.parquet")
    frame = pd.read_parquet(tmp_path / "issues.parquet")
    assert len(frame) == sum(len(e.issues) for e in gold)
    assert list(frame.columns) == [c.name for c in COLUMNS]
    assert list(frame.iloc[0]["path"]) == gold[0].issues[0].path
    assert frame.iloc[0]["report_inspection_start"] == gold[0].report.inspection_start


def test_parquet_schema_comes_from_the_models_even_with_no_issues(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    write([extractor.extract("今天天气很好。\n散步。")], "parquet", tmp_path / "empty.parquet")
    schema = pq.read_schema(tmp_path / "empty.parquet")
    person = pa.struct([("person", pa.string()), ("role", pa.string()), ("action", pa.string())])
    assert schema.field("accountability").type.value_type == person
    assert schema.field("report_feedback_date").type == pa.date32()


def test_dataset_directory_loads_with_datasets(gold, tmp_path: Path) -> None:
    import datasets

    write(gold, "dataset", tmp_path / "issues")
    loaded = datasets.load_from_disk(str(tmp_path / "issues"))
    assert loaded.num_rows == sum(len(e.issues) for e in gold)
    assert loaded[0]["status"] == gold[0].issues[0].status


@pytest.mark.parametrize(
    "name, fmt",
    [
        ("out.jsonl", "jsonl"),
        ("out.json", "json"),
        ("L.XLSX", "xlsx"),
        ("t.parquet", "parquet"),
        ("page.htm", "html"),
        ("x.csv", "csv"),
        ("x.bin", None),
    ],
)
def test_the_output_suffix_names_the_format(name: str, fmt: str | None) -> None:
    assert format_for_path(name) == fmt


def test_every_text_format_renders_one_extraction_and_every_format_writes_many() -> None:
    assert set(FORMATS) == {"json", "jsonl", "md", "csv", "html"}
    assert set(FORMATS) | {"xlsx", "parquet", "dataset"} == set(WRITERS)
