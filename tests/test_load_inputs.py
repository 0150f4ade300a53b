"""Batch inputs: files, directories (recursive), globs and tables of texts, expanded in a stable order."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from extractor.errors import UsageError
from extractor.load.inputs import collect

GOLD = Path(__file__).resolve().parent.parent / "gold" / "docs"
GOLD_FILES = sorted(GOLD.glob("*.txt"))


def tree(root: Path) -> Path:
    """notices/a.txt, notices/sub/b.docx, notices/sub/c.pdf, plus files a walk must skip."""
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    for name in ("a.txt", "sub/b.docx", "sub/c.pdf", "notes.json", ".hidden/d.txt", "sub/~$lock.docx", "img.png"):
        (root / name).write_bytes(b"x")
    return root


def test_a_directory_is_walked_recursively_for_notice_files_in_sorted_order(tmp_path: Path) -> None:
    root = tree(tmp_path / "notices")
    assert [Path(i.path).relative_to(root).as_posix() for i in collect([str(root)])] == [
        "a.txt",
        "sub/b.docx",
        "sub/c.pdf",
    ]


def test_inputs_keep_argument_order_and_are_numbered(tmp_path: Path) -> None:
    items = collect([str(GOLD_FILES[2]), str(GOLD_FILES[0])])
    assert [(i.index, i.source) for i in items] == [(0, str(GOLD_FILES[2])), (1, str(GOLD_FILES[0]))]


def test_a_glob_expands_to_its_matches_sorted() -> None:
    items = collect([str(GOLD / "00[13]_*.txt")])
    assert [i.path for i in items] == [str(GOLD_FILES[1]), str(GOLD_FILES[3])]


def test_a_recursive_glob_reaches_subdirectories(tmp_path: Path) -> None:
    root = tree(tmp_path / "notices")
    assert [Path(i.path).name for i in collect([str(root / "**" / "*.pdf")])] == ["c.pdf"]


def test_a_glob_matching_nothing_is_one_failing_input(tmp_path: Path) -> None:
    (item,) = collect([str(tmp_path / "*.pdf")])
    assert item.error and "no file matches" in item.error


def test_a_missing_file_is_an_input_that_fails_when_read(tmp_path: Path) -> None:
    (item,) = collect([str(tmp_path / "missing.txt")])
    assert item.path == str(tmp_path / "missing.txt") and item.error is None


def test_an_empty_directory_is_one_failing_input(tmp_path: Path) -> None:
    (item,) = collect([str(tmp_path)])
    assert item.error and "no notice files" in item.error


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_jsonl_rows_become_inputs_keyed_by_their_id_column(tmp_path: Path) -> None:
    table = write_jsonl(tmp_path / "t.jsonl", [{"id": "a7", "text": "通报一"}, {"id": "b9", "text": "通报二"}])
    assert [(i.source, i.text) for i in collect([str(table)])] == [(f"{table}#a7", "通报一"), (f"{table}#b9", "通报二")]


def test_rows_without_an_id_column_are_keyed_by_row_number(tmp_path: Path) -> None:
    table = write_jsonl(tmp_path / "t.jsonl", [{"body": "通报一"}, {"body": "通报二"}])
    assert [i.source for i in collect([str(table)], text_column="body")] == [f"{table}#0", f"{table}#1"]


def test_a_table_without_the_text_column_is_a_usage_error(tmp_path: Path) -> None:
    table = write_jsonl(tmp_path / "t.jsonl", [{"content": "通报一"}])
    with pytest.raises(UsageError, match="no column 'text'.*--text-column"):
        collect([str(table)])


def test_a_row_with_no_text_fails_on_its_own(tmp_path: Path) -> None:
    table = write_jsonl(tmp_path / "t.jsonl", [{"text": "通报一"}, {"text": ""}, {"text": None}])
    assert [bool(i.error) for i in collect([str(table)])] == [False, True, True]


def test_a_datasets_directory_is_read_as_a_table(tmp_path: Path) -> None:
    import datasets

    datasets.disable_progress_bars()
    texts = [p.read_text(encoding="utf-8") for p in GOLD_FILES[:2]]
    datasets.Dataset.from_dict({"doc_id": ["x1", "x2"], "body": texts}).save_to_disk(str(tmp_path / "ds"))
    items = collect([str(tmp_path / "ds")], text_column="body", id_column="doc_id")
    assert [(i.source, i.text) for i in items] == [
        (f"{tmp_path / 'ds'}#x1", texts[0]),
        (f"{tmp_path / 'ds'}#x2", texts[1]),
    ]


def test_a_parquet_file_is_read_as_a_table(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"text": ["通报一", "通报二"]}), tmp_path / "t.parquet")
    assert [i.text for i in collect([str(tmp_path / "t.parquet")])] == ["通报一", "通报二"]


def test_a_directory_holding_a_copy_of_the_gold_notices_lists_them_all(tmp_path: Path) -> None:
    for path in GOLD_FILES:
        shutil.copy(path, tmp_path / path.name)
    assert [Path(i.path).name for i in collect([str(tmp_path)])] == [p.name for p in GOLD_FILES]
