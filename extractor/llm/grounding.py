"""Is a value the LLM returned readable from the notice? One check per kind of field.

Strings (names, units, teams, roles, actions, causes, measures, titles, contacts) must occur in the
text after width, space and punctuation folding; dates must be written in the text (2020年11月3日,
2020-11-03, 二〇二〇年十一月三日, a range end such as 9月1日至30日, or 11月3日 in a text that names
the year); counts must appear as a number (24, 二十四). A field that fails is reported by name so
the reconciliation can drop it and keep the rules' value.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from pydantic import BaseModel

from extractor.llm.analysis import CN_DIGITS, fold, to_int

if TYPE_CHECKING:
    from extractor.models import Report

_SKIP = re.compile(r"[\s\u3000\xa0，,。．.、；;：:！!？?“”\"‘’'（）()《》<>【】\[\]—\-－·~～]")
_NUM = rf"(?:\d{{1,4}}|[{CN_DIGITS}]{{1,5}})"
_FULL = re.compile(rf"({_NUM})\s*年\s*({_NUM})\s*月\s*({_NUM})\s*[日号]")
_NUMERIC = re.compile(r"(?<!\d)(\d{4})\s*[-./／]\s*(\d{1,2})\s*[-./／]\s*(\d{1,2})(?!\d)")
_RANGE_END = re.compile(rf"\s*(?:至|到|—|－|-|~|～)+\s*(?:({_NUM})\s*年)?\s*(?:({_NUM})\s*月)?\s*({_NUM})\s*[日号]")
_MONTH_DAY = re.compile(rf"({_NUM})\s*月\s*({_NUM})\s*[日号]")
_YEAR = re.compile(rf"({_NUM})\s*年")
_NUMBER = re.compile(rf"\d+|[{CN_DIGITS}]+")

# Report fields checked as strings; dates and counts have their own checks.
REPORT_STRINGS = ("title", "issuer", "inspected_unit", "inspection_team", "inspection_kind", "lead_official")
REPORT_DATES = ("inspection_start", "inspection_end", "feedback_date", "publish_date")


def squeeze(text: str) -> str:
    """Folded text without spaces and punctuation: what two spellings of one quote share."""
    return _SKIP.sub("", fold(text))


def _int(token: str | None) -> int | None:
    return to_int(token) if token else None


def _date(y: int | None, m: int | None, d: int | None) -> dt.date | None:
    try:
        return dt.date(y, m, d) if y and m and d else None
    except ValueError:
        return None


class Grounds:
    """One region of the notice, prepared once for every check against it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.folded = fold(text)
        self.squeezed = squeeze(text)

    def has(self, value: str | None) -> bool:
        """`value` occurs in the text (folded); a value with nothing but punctuation does not."""
        if value is None:
            return True
        wanted = squeeze(value)
        return bool(wanted) and wanted in self.squeezed

    @property
    def numbers(self) -> set[int]:
        return _numbers(self.folded)

    @property
    def dates(self) -> set[dt.date]:
        return _dates(self.folded)


@lru_cache(maxsize=16)
def _numbers(folded: str) -> set[int]:
    return {n for n in (to_int(t) for t in _NUMBER.findall(folded)) if n is not None}


@lru_cache(maxsize=16)
def _dates(folded: str) -> set[dt.date]:
    found: set[dt.date | None] = set()
    for match in _FULL.finditer(folded):
        y, m, d = (_int(g) for g in match.groups())
        found.add(_date(y, m, d))
        tail = _RANGE_END.match(folded, match.end())
        if tail:
            y2, m2, d2 = (_int(g) for g in tail.groups())
            found.add(_date(y2 or y, m2 or m, d2))
    for match in _NUMERIC.finditer(folded):
        found.add(_date(*(int(g) for g in match.groups())))
    years = {y for y in (_int(g) for g in _YEAR.findall(folded)) if y and 1949 < y < 2200}
    for match in _MONTH_DAY.finditer(folded):
        m, d = _int(match.group(1)), _int(match.group(2))
        found.update(_date(y, m, d) for y in years)
    found.discard(None)
    return cast("set[dt.date]", found)


def _preview(value: Any, limit: int = 40) -> str:
    text = " ".join(str(value).split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def issue_problems(item: BaseModel, where: Grounds) -> dict[str, str]:
    """Fields of an LLM issue (or block label) that are not readable from `where`: name -> why."""
    bad: dict[str, str] = {}
    fields = type(item).model_fields
    for name in ("cause", "category", "subcategory", "status_text"):
        if name in fields and not where.has(getattr(item, name)):
            bad[name] = f"{name} {_preview(getattr(item, name))} is not in the notice"
    for name in ("measures", "documents", "path"):
        if name in fields:
            missing = [v for v in getattr(item, name) if not where.has(v)]
            if missing:
                bad[name] = f"{name} {_preview(missing[0])} is not in the notice"
    if "accountability" in fields:
        for record in cast(Any, item).accountability:
            for part in ("person", "role", "action"):
                if not where.has(getattr(record, part)):
                    bad["accountability"] = (
                        f"accountability {part} {_preview(getattr(record, part))} is not in the notice"
                    )
                    break
            if "accountability" in bad:
                break
    return bad


def report_problems(report: Report, where: Grounds) -> dict[str, str]:
    """Report fields not readable from `where`: name -> why."""
    bad: dict[str, str] = {}
    for name in REPORT_STRINGS:
        if not where.has(getattr(report, name)):
            bad[name] = f"report.{name} {_preview(getattr(report, name))} is not in the notice"
    for name in REPORT_DATES:
        value = getattr(report, name)
        if value is not None and value not in where.dates:
            bad[name] = f"report.{name} {value.isoformat()} is not a date written in the notice"
    count = report.declared_issue_count
    if count is not None and count not in where.numbers:
        bad["declared_issue_count"] = f"report.declared_issue_count {count} is not a number in the notice"
    counts = report.declared_status_counts
    if counts is not None:
        wrong = [n for n in (counts.completed, counts.long_term, counts.in_progress) if n and n not in where.numbers]
        if wrong:
            bad["declared_status_counts"] = f"report.declared_status_counts {wrong[0]} is not a number in the notice"
    contacts = report.contacts
    for name in ("phones", "emails"):
        missing = [v for v in getattr(contacts, name) if not where.has(v)]
        if missing:
            bad[f"contacts.{name}"] = f"report.contacts.{name} {_preview(missing[0])} is not in the notice"
    for name in ("address", "postcode"):
        if not where.has(getattr(contacts, name)):
            bad[f"contacts.{name}"] = f"report.contacts.{name} {_preview(getattr(contacts, name))} is not in the notice"
    return bad
