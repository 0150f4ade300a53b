"""Chinese dates: 2023年3月16日, 二〇二三年三月十六日, 2023-12-08, ranges with the year carried."""

from __future__ import annotations

import datetime as dt
import re

from extractor.segment.numerals import CN_DIGITS, to_int

_NUM = rf"(?:\d{{1,4}}|[{CN_DIGITS}]{{1,4}})"
DATE = re.compile(
    rf"(?:(?P<y>\d{{4}}|[{CN_DIGITS}]{{4}})[ \t]*年[ \t]*)?(?P<m>{_NUM})[ \t]*月(?:[ \t]*(?P<d>{_NUM})[ \t]*[日号])?"
    rf"|(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?!\d)"
    rf"|(?P<year_only>\d{{4}}|[{CN_DIGITS}]{{4}})[ \t]*年(?![ \t]*{_NUM}[ \t]*月)(?!度)"
)
_DAY_END = re.compile(rf"[ \t]*(?:至|到|—+|–|-|~|～|－)[ \t]*({_NUM})[ \t]*[日号]")
RANGE_SEP = re.compile(r"^[ \t]*(?:至|到|—+|–|-|~|～|－)[ \t]*")


def to_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_dates(text: str, default_year: int | None = None) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of every full date in `text`; a missing year comes from the previous date
    (next year when the month goes backwards) or `default_year`."""
    found: list[tuple[int, int, dt.date]] = []
    year = default_year
    last_month = 0
    for m in DATE.finditer(text):
        if m.group("year_only"):
            # "2023年，根据…于3月13日至5月12日…": a bare year sets the context for what follows.
            year, last_month = to_int(m.group("year_only")), 0
            continue
        if m.group("iy"):
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            if not m.group("d"):
                continue
            y = to_int(m.group("y")) if m.group("y") else None
            mo, d = to_int(m.group("m")), to_int(m.group("d"))
            if y is None and year is not None and mo is not None:
                y = year + 1 if mo < last_month else year
        date = to_date(y, mo, d)
        if date is None or not 1949 <= date.year <= 2100:
            continue
        year, last_month = date.year, date.month
        found.append((m.start(), m.end(), date))
        # "5月13日至24日": a range whose end gives only the day keeps the month.
        tail = _DAY_END.match(text, m.end())
        if tail:
            end = to_date(date.year, date.month, to_int(tail.group(1)))
            if end is not None and end > date:
                found.append((tail.start(1), tail.end(), end))
    return found
