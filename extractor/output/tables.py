"""Tabular outputs from the flat rows of output/flat.py: CSV for Excel, Parquet and `datasets` for programs.

All three share one schema, derived from the models (see `flat.COLUMNS`): one row per issue with the
notice's columns beside it. CSV cells hold lists one item per line; Parquet and the `datasets` dataset
keep native types (list<string>, list<struct<person, role, action>>, date32, int64), so the table
goes straight into pandas or Arrow:

    pandas.read_parquet("issues.parquet")            # or datasets.load_from_disk("issues/")
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import typing
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from extractor.models import Extraction

if TYPE_CHECKING:
    import pyarrow

from extractor.output.flat import COLUMNS, _strip_optional, cell_text, flat_rows, inert_cell

_SEPARATORS = {"path": " > "}


def to_csv(records: Iterable[Any]) -> str:
    """CSV text (with a UTF-8 BOM so Excel reads the Chinese) of the extractions among `records`; no cell
    starts a formula (see `inert_cell`)."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([column.name for column in COLUMNS])
    for row in flat_rows(r for r in records if isinstance(r, Extraction)):
        writer.writerow(
            [inert_cell(cell_text(row[column.name], _SEPARATORS.get(column.name, "\n"))) for column in COLUMNS]
        )
    return buffer.getvalue()


def arrow_type(annotation: Any) -> pyarrow.DataType:
    """The Arrow type for a model annotation (str → string, list[Accountability] → list<struct>, ...)."""
    import pyarrow as pa

    annotation = _strip_optional(annotation)
    origin = typing.get_origin(annotation)
    if origin is typing.Literal or annotation is str:
        return pa.string()
    if annotation is bool:
        return pa.bool_()
    if annotation is int:
        return pa.int64()
    if annotation is float:
        return pa.float64()
    if annotation is dt.date:
        return pa.date32()
    if origin in (list, tuple):
        (element, *_) = typing.get_args(annotation) or (str,)
        return pa.list_(arrow_type(element))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(
            [pa.field(name, arrow_type(info.annotation)) for name, info in annotation.model_fields.items()]
        )
    return pa.string()  # free-form values (dicts) are stored as JSON text


def arrow_schema() -> pyarrow.Schema:
    import pyarrow as pa

    return pa.schema([pa.field(column.name, arrow_type(column.annotation)) for column in COLUMNS])


def to_arrow(records: Iterable[Any]) -> pyarrow.Table:
    """A pyarrow Table, one row per issue (or per issue-less notice), schema from `arrow_schema()`."""
    import pyarrow as pa

    schema = arrow_schema()
    rows = list(flat_rows(r for r in records if isinstance(r, Extraction)))
    columns = {field.name: [row[field.name] for row in rows] for field in schema}
    return pa.Table.from_pydict(columns, schema=schema)


def write_parquet(records: Iterable[Any], dest: str | os.PathLike[str] | typing.IO[bytes]) -> None:
    import pyarrow.parquet as pq

    pq.write_table(to_arrow(records), dest)


def write_dataset(records: Iterable[Any], dest: str | os.PathLike[str]) -> None:
    """A `datasets` dataset directory (Dataset.save_to_disk) with the same rows as the Parquet file."""
    import datasets

    datasets.disable_progress_bars()
    datasets.Dataset(to_arrow(records)).save_to_disk(os.fspath(dest))
