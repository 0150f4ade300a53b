"""What a batch run reads: command-line arguments expanded into a list of inputs, in order.

An argument is a file, a directory (walked recursively, picking up notice files: .txt .docx .html
.htm .pdf …, hidden entries skipped, sorted by path), a glob (`docs/**/*.pdf`), or a table of texts:
a `datasets` directory (Dataset.save_to_disk), a .jsonl/.ndjson file or a .parquet file with a text
column (`text` unless told otherwise). A table row's source is `<table>#<id>` (the id column when
there is one, else the row number; a repeated id gets `#<row number>` too, so no two rows share a
record). An argument that names nothing, a table that cannot be read, a directory that cannot be
listed, or a link out of the tree being searched still becomes an input: one that fails with a clear
message, so the run reports it in order. A table without the named column is a UsageError.

Walks and `**` never follow links to directories (a link loop would never end), and a file reached
through a walk or a glob is read only when it resolves inside the directory searched: a `*.txt`
link to /etc/passwd is reported, not read. Sources are names JSON can hold: the undecodable bytes of
a file name appear as \\xNN (`extractor.load.text.escape_surrogates`).
"""

from __future__ import annotations

import fnmatch
import glob
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractor.errors import UsageError
from extractor.load import NOTICE_SUFFIXES
from extractor.load.text import escape_surrogates

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
        (path / "dataset_info.json").is_file()
        and (path / "state.json").is_file()
        or (path / "dataset_dict.json").is_file()
    )


def is_table(path: Path) -> bool:
    return is_dataset_dir(path) or (path.is_file() and path.suffix.lower() in TABLE_SUFFIXES)


def collect(arguments: list[str], text_column: str = "text", id_column: str | None = None) -> list[Item]:
    """Every input the arguments name, in argument order (directory and glob matches sorted)."""
    items: list[Item] = []

    def add(source: str, **fields: Any) -> None:
        items.append(Item(len(items), escape_surrogates(source), **fields))

    def add_found(found: Iterator[tuple[str, str | None]]) -> None:
        for file, error in found:
            add(file, error=error) if error else add(file, path=file)

    for argument in arguments:
        path = Path(argument)
        if is_table(path):
            for source, text, error in _table_rows(path, argument, text_column, id_column):
                add(source, text=text, error=error)
        elif path.is_dir():
            found = list(_walk(path))
            if not found:
                add(argument, error=f"no notice files (.txt .docx .html .pdf) under directory {argument}")
            add_found(iter(found))
        elif path.exists() or not (_GLOB_CHARS & set(argument)):
            add(argument, path=argument)  # a missing file fails in order: "no such file"
        else:
            matches = _glob(argument)
            if not matches:
                add(argument, error=f"no file matches {argument}")
            root = _static_root(argument)
            for match in matches:
                match_path = Path(match)
                if not _inside(match, root):
                    add(match, error=_outside(match, root))
                elif is_table(match_path):
                    for source, text, error in _table_rows(match_path, match, text_column, id_column):
                        add(source, text=text, error=error)
                elif match_path.is_dir():
                    add_found(_walk(match_path))
                else:
                    add(match, path=match)
    return items


def _walk(directory: Path) -> Iterator[tuple[str, str | None]]:
    """(path, None) for each notice file under `directory`, or (path, why it is not read) for a
    directory that cannot be listed or a file that links out of `directory`; sorted by path."""
    found: list[tuple[str, str | None]] = []

    def unreadable(exc: OSError) -> None:
        name = exc.filename or str(directory)
        found.append((name, f"cannot read directory {escape_surrogates(str(name))}: {exc.strerror or exc}"))

    root = os.path.realpath(directory)
    for top, dirs, files in os.walk(directory, onerror=unreadable):  # links to directories are not followed
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and not name.startswith("~$") and Path(name).suffix.lower() in NOTICE_SUFFIXES:
                file = os.path.join(top, name)
                found.append((file, None if _inside(file, root) else _outside(file, root)))
    yield from sorted(found)


def _glob(pattern: str) -> list[str]:
    """Sorted matches of a glob. `**` is matched on a walk that does not follow links to directories
    (glob.glob follows them, and a link loop never ends); other patterns go to glob.glob."""
    if "**" not in pattern:
        return sorted(glob.glob(pattern))
    root = _static_root(pattern)
    parts = Path(pattern).parts[len(Path(root).parts) if root != "." else 0 :]
    matches: list[str] = []
    for top, dirs, files in os.walk(root):
        relative = Path(top).relative_to(root).parts if top != root else ()
        for name in [*dirs, *files]:
            candidate = (*relative, name)
            if _match(candidate, parts):
                matches.append(os.path.join(*candidate) if root == "." else os.path.join(root, *candidate))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
    return sorted(matches)


def _match(parts: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    """Whether path parts match glob parts (`**`: any number of directories; hidden names need a dot)."""
    if not pattern:
        return not parts
    if pattern[0] == "**":
        return any(_match(parts[i:], pattern[1:]) for i in range(len(parts) + 1))
    if not parts or (parts[0].startswith(".") and not pattern[0].startswith(".")):
        return False
    return fnmatch.fnmatchcase(parts[0], pattern[0]) and _match(parts[1:], pattern[1:])


def _static_root(pattern: str) -> str:
    """The directory a glob searches: its leading parts without wildcards ("." if none)."""
    static: list[str] = []
    for part in Path(pattern).parts:
        if _GLOB_CHARS & set(part):
            break
        static.append(part)
    return str(Path(*static)) if static else "."


def _inside(path: str, root: str) -> bool:
    """Whether `path` resolves (links followed) to a place inside `root`."""
    real_root = os.path.realpath(root)
    return os.path.realpath(path).startswith(real_root.rstrip(os.sep) + os.sep)


def _outside(path: str, root: str) -> str:
    target = escape_surrogates(os.path.realpath(path))
    return f"not read: {escape_surrogates(path)} links to {target}, outside {escape_surrogates(root)}"


def _table_rows(
    path: Path, name: str, text_column: str, id_column: str | None
) -> Iterator[tuple[str, str | None, str | None]]:
    """(source, text, error) for each row of a table of texts; one error row if the table is unusable."""
    try:
        columns, rows = _read_table(path)
    except Exception as exc:  # noqa: BLE001 - a broken table is one failed input, never a crashed run
        yield name, None, f"cannot read table {name}: {type(exc).__name__}: {exc}"
        return
    if text_column not in columns:
        raise UsageError(
            f"{name} has no column {text_column!r} (columns: {', '.join(map(str, columns)) or 'none'}); "
            "use --text-column"
        )
    id_name = id_column or ("id" if "id" in columns else None)
    if id_column and id_column not in columns:
        raise UsageError(
            f"{name} has no column {id_column!r} for --id-column (columns: {', '.join(map(str, columns))})"
        )
    seen: set[str] = set()
    for number, row in enumerate(rows):
        if row is None:
            yield f"{name}#{number}", None, f"line {number + 1} of {name} is not a JSON object"
            continue
        key = row.get(id_name) if id_name else None
        source = f"{name}#{key if key is not None else number}"
        if source in seen:  # a repeated id: this row gets its own record too
            source = f"{source}#{number}"
        seen.add(source)
        text = row.get(text_column)
        if text is None or (isinstance(text, str) and not text.strip()):
            yield source, None, "empty input: the row has no text"
        elif not isinstance(text, str):
            yield source, None, f"column {text_column!r} holds {type(text).__name__}, not text"
        else:
            yield source, text, None


def _read_table(path: Path) -> tuple[list[str], Iterator[dict[str, Any] | None]]:
    if path.is_dir():
        import datasets

        datasets.disable_progress_bars()
        loaded = datasets.load_from_disk(str(path))
        if isinstance(loaded, datasets.DatasetDict):
            splits = list(loaded.values())
            names = list(dict.fromkeys(c for split in splits for c in split.column_names))
            return names, (row for split in splits for row in split)
        return list(loaded.column_names), iter(loaded)
    if path.suffix.lower() == ".parquet":
        import pyarrow.parquet as pq

        table = pq.read_table(path)
        return list(table.column_names), iter(table.to_pylist())
    rows: list[dict[str, Any] | None] = []
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
