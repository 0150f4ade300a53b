"""Step 5 of the pipeline: render extractions for people and programs.

`FORMATS` renders one extraction as text (json, jsonl, md, csv, html). `WRITERS` writes any number of
records (extractions, and failures of a batch run) in every format, including the binary ones (xlsx,
parquet) and a `datasets` directory (dataset). Writers import their heavy libraries (openpyxl,
pyarrow, datasets) only when called.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

from extractor.models import Extraction
from extractor.output.markdown import to_markdown


def _csv(extraction: Extraction) -> str:
    from extractor.output.tables import to_csv

    return to_csv([extraction])


def _html(extraction: Extraction) -> str:
    from extractor.output.html import render_html

    return render_html(extraction)


FORMATS: dict[str, Callable[[Extraction], str]] = {
    "json": lambda e: e.to_json(indent=2),
    "jsonl": lambda e: e.to_json(indent=None),
    "md": to_markdown,
    "csv": _csv,
    "html": _html,
}


def render(extraction: Extraction, fmt: str) -> str:
    """The extraction in format `fmt` (one of FORMATS)."""
    return FORMATS[fmt](extraction)


Texts = Mapping[str, str] | Callable[[Extraction], "str | None"] | None


@dataclass(frozen=True)
class Writer:
    """How one output format writes a whole run: records in input order, to a path or a stream."""

    name: str
    suffixes: tuple[str, ...]
    binary: bool
    write: Callable[[list[Any], Any, Texts], None]
    directory: bool = False  # writes a directory, not a file (needs -o)
    description: str = ""


def _record_json(record: Any, indent: int | None) -> str:
    return cast(str, record.to_json(indent=indent))  # an Extraction or a Failure


def _write_text(dest: Any, text: str) -> None:
    if isinstance(dest, (str, os.PathLike)):
        Path(dest).write_text(text, encoding="utf-8", newline="")
    else:
        dest.write(text)


def _json_many(records: list[Any], dest: Any, texts: Texts) -> None:
    if len(records) == 1:  # one input: its record, like the one-file run
        _write_text(dest, records[0].to_json(indent=2) + "\n")
        return
    body = ",\n".join("  " + _record_json(r, 2).replace("\n", "\n  ") for r in records)
    _write_text(dest, "[\n" + body + "\n]\n" if records else "[]\n")


def _jsonl_many(records: list[Any], dest: Any, texts: Texts) -> None:
    _write_text(dest, "".join(_record_json(r, None) + "\n" for r in records))


def _md_many(records: list[Any], dest: Any, texts: Texts) -> None:
    from extractor.output.markdown import to_markdown_many

    _write_text(dest, to_markdown_many(records))


def _csv_many(records: list[Any], dest: Any, texts: Texts) -> None:
    from extractor.output.tables import to_csv

    _write_text(dest, to_csv(records))


def _html_many(records: list[Any], dest: Any, texts: Texts) -> None:
    from extractor.output.html import to_html

    _write_text(dest, to_html(records, texts))


def _xlsx_many(records: list[Any], dest: Any, texts: Texts) -> None:
    from extractor.output.xlsx import write_xlsx

    write_xlsx(records, dest)


def _parquet_many(records: list[Any], dest: Any, texts: Texts) -> None:
    from extractor.output.tables import write_parquet

    write_parquet(records, dest)


def _dataset_many(records: list[Any], dest: Any, texts: Texts) -> None:
    from extractor.output.tables import write_dataset

    write_dataset(records, dest)


WRITERS: dict[str, Writer] = {
    w.name: w
    for w in (
        Writer(
            "json", (".json",), False, _json_many, description="the contract JSON; a list of records for several inputs"
        ),
        Writer("jsonl", (".jsonl", ".ndjson"), False, _jsonl_many, description="one record per line"),
        Writer("md", (".md", ".markdown"), False, _md_many, description="readable tables"),
        Writer("csv", (".csv",), False, _csv_many, description="one row per issue, UTF-8 with BOM for Excel"),
        Writer("html", (".html", ".htm"), False, _html_many, description="self-contained review page"),
        Writer("xlsx", (".xlsx",), True, _xlsx_many, description="rectification ledger (整改台账)"),
        Writer("parquet", (".parquet",), True, _parquet_many, description="one row per issue, native types"),
        Writer(
            "dataset",
            (),
            True,
            _dataset_many,
            directory=True,
            description="a datasets dataset directory (save_to_disk), same rows as parquet",
        ),
    )
}


def format_for_path(path: str | os.PathLike[str]) -> str | None:
    """The format an output file name asks for by its suffix (out.xlsx → xlsx), if any."""
    suffix = Path(path).suffix.lower()
    for writer in WRITERS.values():
        if suffix in writer.suffixes:
            return writer.name
    return None


def write(records: Iterable[Any], fmt: str, dest: str | os.PathLike[str] | IO[Any], texts: Texts = None) -> None:
    """Write `records` (Extractions and failures, in input order) in format `fmt` to a path or stream
    (a text stream for text formats, a binary one for xlsx/parquet)."""
    WRITERS[fmt].write(list(records), dest, texts)
