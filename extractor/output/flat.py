"""Flat rows for tables (CSV, Parquet, `datasets`): one row per issue with the notice's columns beside it.

The columns are derived from the models, never listed by hand: `source`, then every `Issue` field
(`span` split into `span_start`/`span_end`), then every `Report` field as `report_<name>` (nested
models flattened, e.g. `report_contacts_phones`, `report_declared_status_counts_completed`), then
`issue_count` (issues found) and `warnings`. A notice with no issues still gets one row, with the issue
columns empty, so every document appears. Values stay native here (lists, dates, dicts); each writer
decides how to print them.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from extractor.models import Extraction, Issue, Report


@dataclass(frozen=True)
class Column:
    """One flat column: its name, where it comes from and the Python type of its values."""

    name: str
    field: str  # dotted path in the model tree, e.g. "report.contacts.phones"
    annotation: Any
    get: Callable[[Extraction, Issue | None], Any]


def _strip_optional(annotation: Any) -> Any:
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _is_model(annotation: Any) -> bool:
    annotation = _strip_optional(annotation)
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _attribute(
    getter: Callable[[Extraction, Issue | None], Any], name: str
) -> Callable[[Extraction, Issue | None], Any]:
    def get(extraction: Extraction, issue: Issue | None) -> Any:
        owner = getter(extraction, issue)
        return None if owner is None else getattr(owner, name)

    return get


def _element(
    getter: Callable[[Extraction, Issue | None], Any], position: int
) -> Callable[[Extraction, Issue | None], Any]:
    def get(extraction: Extraction, issue: Issue | None) -> Any:
        value = getter(extraction, issue)
        return None if value is None else value[position]

    return get


def _model_columns(model: type[BaseModel], prefix: str, dotted: str, getter: Callable[..., Any]) -> list[Column]:
    """Columns for every field of `model` (whose instance `getter` returns), nested models flattened."""
    columns: list[Column] = []
    for name, info in model.model_fields.items():
        annotation = _strip_optional(info.annotation)
        get = _attribute(getter, name)
        if _is_model(annotation):
            columns += _model_columns(annotation, f"{prefix}{name}_", f"{dotted}{name}.", get)
        elif typing.get_origin(annotation) is tuple:  # span: (start, end)
            for position, (end, element) in enumerate(zip(("start", "end"), typing.get_args(annotation))):
                columns.append(
                    Column(
                        f"{prefix}{name}_{end}", f"{dotted}{name}[{position}]", element | None, _element(get, position)
                    )
                )
        else:
            columns.append(Column(f"{prefix}{name}", f"{dotted}{name}", info.annotation, get))
    return columns


def _columns() -> list[Column]:
    source = Column("source", "source", str | None, lambda e, i: e.source)
    issue_columns = _model_columns(Issue, "", "issues[].", lambda e, i: i)
    report_columns = _model_columns(Report, "report_", "report.", lambda e, i: e.report)
    found = Column("issue_count", "len(issues)", int, lambda e, i: len(e.issues))
    warnings = Column("warnings", "warnings", list[str], lambda e, i: list(e.warnings))
    return [source, *issue_columns, *report_columns, found, warnings]


COLUMNS: list[Column] = _columns()
ISSUE_COLUMN_NAMES = frozenset(c.name for c in COLUMNS if c.field.startswith("issues[]."))


def flat_rows(extractions: Iterable[Extraction]) -> Iterator[dict[str, Any]]:
    """One dict per issue (or per issue-less notice), keyed by COLUMNS' names, values native."""
    for extraction in extractions:
        issues: Sequence[Issue | None] = extraction.issues or [None]
        for issue in issues:
            yield {column.name: _plain(column.get(extraction, issue)) for column in COLUMNS}


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def cell_text(value: Any, separator: str = "\n") -> str:
    """A value as spreadsheet text: lists one item per line, accountability as 姓名（职务）：处理."""
    if value is None:
        return ""
    if isinstance(value, BaseModel):
        value = value.model_dump()
    if isinstance(value, dict):
        if set(value) >= {"person", "action"}:
            role = f"（{value['role']}）" if value.get("role") else ""
            return f"{value['person']}{role}：{value['action']}"
        return "；".join(f"{k}={cell_text(v)}" for k, v in value.items() if v not in (None, [], {}))
    if isinstance(value, (list, tuple)):
        return separator.join(cell_text(v) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
"""First characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP CSV injection)."""


def inert_cell(text: str) -> str:
    """Cell text a spreadsheet shows as written: a leading formula trigger is quoted with an apostrophe,
    so a notice line such as =HYPERLINK(…) or =cmd|' /C calc'!A0 can never run as a formula."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text
