"""What a batch run reads: command-line arguments expanded into a list of inputs, in order.

An argument is a file, a directory (walked recursively, picking up notice files: .txt .docx .html
.htm .pdf …, hidden entries skipped, sorted by path), a glob (`docs/**/*.pdf`), or a table of texts:
a `datasets` directory (Dataset.save_to_disk), a .jsonl/.ndjson file or a .parquet file with a text
column (`text` unless told otherwise). A table row's source is `<table>#<id>` (the id column when
there is one, else the row number). An argument that names nothing, or a table that cannot be read,
still becomes an input: one that fails with a clear message, so the run reports it in order.
"""

from __future__ import annotations

import glob
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from extractor.load import NOTICE_SUFFIXES

TABLE_SUFFIXES = frozenset({".jsonl", ".ndjson", ".parquet"})
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Item:
    """One input of a run: a file to read, or a text given directly (a table row)."""

    index: int
    source: str
    path: str | None = None
    text: str | None = None
    error: str | None = None  # why this input cannot be read at all (it fails with this message)


def is_dataset_dir(path: Path) -> bool:
    """A directory written by `datasets` save_to_disk (a Dataset or a DatasetDict)."""
    return path.is_dir() and (
        (path / "dataset_info.json").is_file() and (path / "state.json").is_file()
        or (path / "dataset_dict.json").is_file()
    )


def is_table(path: Path) -> bool:
    return is_dataset_dir(path) or (path.is_file() and path.suffix.lower() in TABLE_SUFFIXES)


def collect(arguments: list[str], text_column: str = "text", id_column: str | None = None) -> list[Item]:
    """Every input the arguments name, in argument order (directory and glob matches sorted)."""
    items: list[Item] = []

    def add(source: str, **fields) -> None:
        items.append(Item(len(items), source, **fields))

    for argument in arguments:
        path = Path(argument)
        if is_table(path):
            for source, text, error in _table_rows(path, argument, text_column, id_column):
                add(source, text=text, error=error)
        elif path.is_dir():
            found = list(_walk(path))
            if not found:
                add(argument, error=f"no notice files (.txt .docx .html .pdf) under directory {argument}")
            for file in found:
                add(file, path=file)
        elif path.exists() or not (_GLOB_CHARS & set(argument)):
            add(argument, path=argument)  # a missing file fails in order: "no such file"
        else:
            matches = sorted(glob.glob(argument, recursive=True))
            if not matches:
                add(argument, error=f"no file matches {argument}")
            for match in matches:
                match_path = Path(match)
                if is_table(match_path):
                    for source, text, error in _table_rows(match_path, match, text_column, id_column):
                        add(source, text=text, error=error)
                elif match_path.is_dir():
                    for file in _walk(match_path):
                        add(file, path=file)
                else:
                    add(match, path=match)
    return items


def _walk(directory: Path) -> Iterator[str]:
    found = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and not name.startswith("~$") and Path(name).suffix.lower() in NOTICE_SUFFIXES:
                found.append(os.path.join(root, name))
    yield from sorted(found)


def _table_rows(path: Path, name: str, text_column: str, id_column: str | None) -> Iterator[tuple[str, str | None, str | None]]:
    """(source, text, error) for each row of a table of texts; one error row if the table is unusable."""
    try:
        columns, rows = _read_table(path)
    except Exception as exc:  # noqa: BLE001 - a broken table is one failed input, never a crashed run
        yield name, None, f"cannot read table {name}: {type(exc).__name__}: {exc}"
        return
    if text_column not in columns:
        yield name, None, f"{name} has no column {text_column!r} (columns: {', '.join(columns) or 'none'}); use --text-column"
        return
    id_name = id_column or ("id" if "id" in columns else None)
    if id_column and id_column not in columns:
        yield name, None, f"{name} has no column {id_column!r} for --id-column (columns: {', '.join(columns)})"
        return
    for number, row in enumerate(rows):
        if row is None:
            yield f"{name}#{number}", None, f"line {number + 1} of {name} is not a JSON object"
            continue
        key = row.get(id_name) if id_name else None
        source = f"{name}#{key if key is not None else number}"
        text = row.get(text_column)
        if text is None or (isinstance(text, str) and not text.strip()):
            yield source, None, "empty input: the row has no text"
        elif not isinstance(text, str):
            yield source, None, f"column {text_column!r} holds {type(text).__name__}, not text"
        else:
            yield source, text, None


def _read_table(path: Path) -> tuple[list[str], Iterator[dict | None]]:
    if path.is_dir():
        import datasets

        datasets.disable_progress_bars()
        loaded = datasets.load_from_disk(str(path))
        if isinstance(loaded, datasets.DatasetDict):
            splits = list(loaded.values())
            columns = list(dict.fromkeys(c for split in splits for c in split.column_names))
            return columns, (row for split in splits for row in split)
        return list(loaded.column_names), iter(loaded)
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        return list(table.column_names), iter(table.to_pylist())
    rows: list[dict | None] = []
    columns: dict[str, None] = {}
    with open(path, encoding="utf-8-sig") as handle:
        for line in handle:
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                row = None
            if isinstance(row, dict):
                columns.update(dict.fromkeys(row))
                rows.append(row)
            else:
                rows.append(None)
    return list(columns), iter(rows)
