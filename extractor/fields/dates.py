"""Chinese dates: 2023年3月16日, 二〇二三年三月十六日, 2023-12-08, ranges with the year carried."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from extractor.lazy_re import compile_shared
from extractor.vocab.dates import (
    DATE,
    DAY_END,
    DOTTED_END,
    LOST_MONTH_AND_YEAR,
    LOST_WORDS_END,
    RANGE_SEP,
    WORDLESS_DATE,
)
from extractor.vocab.numerals import to_int


def _has_lost_digits(text: str) -> bool:
    """Whether three digits stand before a 日, spaces or tabs between allowed (what `\\d{3}[ \\t]*日` finds),
    found from each 日: several times faster than a scan of every character for digits."""
    day = text.find("日")
    while day >= 0:
        end = day
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end >= 3 and text[end - 3 : end].isdecimal():  # isdecimal() is exactly \d's category, Nd
            return True
        day = text.find("日", day + 1)
    return False


def to_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


LONGEST_PERIOD = dt.timedelta(days=200)  # the longest an inspection, an audit's fieldwork or a display runs


def _spans_a_period(begun: dt.date | None, ended: dt.date | None) -> bool:
    """Whether a range from `begun` to `ended` runs forward and no longer than `LONGEST_PERIOD`."""
    return begun is not None and ended is not None and begun < ended <= begun + LONGEST_PERIOD


def within_a_period(dates: set[dt.date], begun: dt.date | None) -> set[dt.date]:
    """Of two or more readings of a date that lost its 月, those within a period's length after `begun` (the
    inspection's start, or its end for the feedback after it): "2025121日" after 2024-12-12 is 1-21, not 12-1."""
    if len(dates) < 2 or begun is None:
        return dates
    return {date for date in dates if _spans_a_period(begun, date)}


def month_day_readings(digits: str) -> list[tuple[int, int]]:
    """Every (month, day) that digits whose 月 was lost can stand for: "717" is only 7-17, "111" is 1-11 or 11-1;
    a day written with its 0 ("1208", 12-8) where no other reading is left; a month written with its 0 ("0717", a page
    that lost the words of "2024年07月17日") is only that."""
    if len(digits) == 4 and digits[0] == "0":
        padded = int(digits[:2]), int(digits[2:])
        return [padded] if 0 < padded[0] <= 12 and 0 < padded[1] <= 31 else []
    for zero_day in (False, True):
        readings = []
        for cut in (1, 2):
            month, day = digits[:cut], digits[cut:]
            if not (len(day) in (1, 2) and month[0] != "0" and int(month) <= 12 and 0 < int(day) <= 31):
                continue
            if day[0] != "0" or (zero_day and len(day) == 2):
                readings.append((int(month), int(day)))
        if readings:
            return readings
    return []


def range_readings(digits: str) -> list[tuple[int, tuple[int, int], tuple[int, int]]]:
    """Every (where the end's digits start, (month, day), (month, day)) a range that lost its words can stand for, its
    end after its start in one year: "331618" is only 3-31 (its three digits) to 6-18."""
    readings = []
    for cut in range(2, min(len(digits) - 1, 4) + 1):
        for start in month_day_readings(digits[:cut]):
            for end in month_day_readings(digits[cut:]):
                if to_date(2000, *start) and to_date(2000, *end) and start < end:
                    readings.append((cut, start, end))
    return readings


def readings_within(
    year: int, readings: list[tuple[int, int]], after: dt.date | None, until: dt.date | None = None
) -> set[dt.date]:
    """The dates in `year` that `month_day_readings` of digits whose 月 was lost may be, after `after` and not after
    `until`: a range's end in its start's year after the start ("126" after 2024-09-27 is only 12-6; a period that
    crosses into the next year writes that year), a feedback after the inspection and by the notice's date ("2025114日"
    between 2024-12-06 and 2025-06-24 is only 1-14)."""
    return {
        date
        for reading in readings
        if (date := to_date(year, *reading)) and (after is None or date > after) and (until is None or date <= until)
    }


def lost_date_within(text: str, start: int, end: int, after: dt.date | None, until: dt.date | None) -> dt.date | None:
    """The one date that a date in `text[start:end]` whose 月 was lost ("2025114日") can be within (`after`, `until`],
    where it reads more than one way; None where no such date stands there or more than one reading is left."""
    for m in DATE.finditer(text, start, end):
        if m.group("ly") and len(readings := month_day_readings(m.group("lmd"))) > 1:
            within = within_a_period(readings_within(int(m.group("ly")), readings, after, until), after)
            return within.pop() if len(within) == 1 else None
    return None


_NO_DAY = 31  # the highest day: digits before 日 above it lost their 月


def lost_month_within(text: str, start: int, end: int, after: dt.date | None, until: dt.date | None) -> dt.date | None:
    """The one date that digits before 日 in `text[start:end]` with neither year nor 月, and too many for a day ("于86日
    反馈"), can be after `after` (in its year or the next) and by `until`; None where there is none or more than one."""
    if after is None:
        return None
    for m in LOST_MONTH_AND_YEAR.finditer(text, start, end):
        if int(m.group(1)) > _NO_DAY:
            readings = month_day_readings(m.group(1))
            within = readings_within(after.year, readings, after, until) | readings_within(
                after.year + 1, readings, after, until
            )
            within = within_a_period(within, after)
            return within.pop() if len(within) == 1 else None
    return None


def day_or_lost_month(begun: dt.date, digits: str) -> bool:
    """Whether the two digits that end a range whose start lost its 月 ("202414日至22日") may be a day of the start's
    month (1-22) as much as a month and day that lost the 月 too (2-2): both after the start, within a period."""
    if len(digits) != 2 or not digits.isdecimal():
        return False
    same_month = to_date(begun.year, begun.month, int(digits))
    lost_month = to_date(begun.year, int(digits[0]), int(digits[1])) if "0" not in digits else None
    return _spans_a_period(begun, same_month) and _spans_a_period(begun, lost_month)


def two_way_end(text: str, at: int, begun: dt.date) -> re.Match[str] | None:
    """The end of a range opened by `begun`, its start ending at `at`, where it is two digits past telling
    (`day_or_lost_month`), else None."""
    tail = DAY_END.match(text, at)
    return tail if tail is not None and day_or_lost_month(begun, tail.group(1)) else None


def lost_digit_dates(text: str, read: frozenset[dt.date] = frozenset()) -> list[str]:
    """Dates whose lost 年/月 leave more than one reading ("2023111日"): read as none, reported once each; but not one of
    which a reading was `read` where the context left it only one (a feedback date by the notice's date)."""
    if not _has_lost_digits(text):
        return []  # both lost-digit forms need three digits before 日; most notices have none
    found: list[str] = []
    read_ends: set[int] = set()  # where a range's end stands that its start reads
    for m in DATE.finditer(text):
        if m.start() in read_ends:
            continue
        if m.group("rmd") and len(range_readings(m.group("rmd"))) != 1:
            found.append(m.group())
            continue
        lost = m.group("lmd") or m.group("lmd2")
        readings = month_day_readings(lost) if lost else []
        if len(readings) > 1:
            year = int(m.group("ly")) if m.group("ly") else None
            if not any(to_date(year, *reading) in read for reading in readings):
                found.append(m.group())
        elif (
            m.group("ly")
            and readings
            and (start := to_date(int(m.group("ly")), *readings[0]))
            and (day := two_way_end(text, m.end(), start))
        ):
            found.append(day.group().strip())  # "202414日至22日": the end is 1-22 or 2-2
        elif (
            lost and (end := LOST_WORDS_END.match(text, m.end())) and len(ends := month_day_readings(end.group(1))) > 1
        ):
            start = to_date(int(m.group("ly")), *readings[0]) if m.group("ly") and readings else None
            if start is not None and len(readings_within(start.year, ends, start)) == 1:
                read_ends.add(end.start(1))
            else:
                found.append(end.group().strip())  # a range's end that lost its words too: "2021126日至1112"
    return list(dict.fromkeys(found))


def wordless_date(m: re.Match[str]) -> dt.date | None:
    """The date a run of digits that lost its 年, 月 and 日 stands for, where only one reading exists ("2022223" is
    2022-02-23; "2021119" could be 1-19 or 11-9)."""
    readings = month_day_readings(m.group("wmd"))
    return to_date(int(m.group("wy")), *readings[0]) if len(readings) == 1 else None


def wordless_dates(text: str) -> list[str]:
    """Dates that lost all their words (年, 月 and 日) and have more than one reading ("于2021119市"): reported."""
    return [m.group() for m in WORDLESS_DATE.finditer(text) if wordless_date(m) is None]


def parse_dates(text: str, default_year: int | None = None) -> list[tuple[int, int, dt.date]]:
    """(start, end, date) of every full date in `text`; a missing year comes from the previous date
    (next year when the month goes backwards) or `default_year`. Dates that lost their 年 and 月
    are read where only one reading exists; one without a year only once the text has shown it lost
    digits in a dated one."""
    found: list[tuple[int, int, dt.date]] = []
    asides = _asides(text)
    year = default_year
    last_month = 0
    lost_seen = False
    taken = 0  # where the last range's day-only end stops: a match before it is part of that range
    aside_context: tuple[int, int, int] | None = None  # (where an aside ends, the year and month of its last date)
    y: int | None
    mo: int | None
    d: int | None

    def day_end(date: dt.date, after: int, dotted: bool = False, lost: bool = False) -> int:
        """ "5月13日至24日", "20231012日至26日": a range whose end gives only the day keeps the month;
        "2023.4.10—6.12": one of dotted dates whose end gives no year keeps the year, and one that gives the day alone
        the month ("2022.9.7至26"). After a start that lost its 月 (`lost`), an end that may have lost it too is not read
        ("202414日至22日": 1-22 or 2-2)."""
        tail = DOTTED_END.match(text, after) if dotted else None
        dotted = tail is not None
        tail = tail or DAY_END.match(text, after)
        if tail and lost and day_or_lost_month(date, tail.group(1)):
            return tail.end()  # (unread, and not read again as a date of its own)
        if tail and dotted:
            end = to_date(date.year, int(tail.group(1)), int(tail.group(2)))
        elif tail and len(tail.group(1)) > 2 and tail.group(1).isdecimal():
            # "2023年5月8日至630日": an end that lost its 月, where only one reading exists.
            readings = month_day_readings(tail.group(1))
            end = to_date(date.year, *readings[0]) if len(readings) == 1 else None
        else:
            end = to_date(date.year, date.month, to_int(tail.group(1))) if tail else None
        if tail is None or end is None or end <= date:
            return 0
        found.append((tail.start(1), tail.end(), end))
        return tail.end()

    for m in DATE.finditer(text):
        if m.start() < taken:
            continue
        if m.group("rmd"):
            ranges = range_readings(m.group("rmd"))
            if len(ranges) == 1:
                # Its two dates abut, the start's digits then the end's: a range with nothing between.
                digits, (m1, d1), (m2, d2) = ranges[0]
                cut = m.start("rmd") + digits
                first, last = to_date(int(m.group("ry")), m1, d1), to_date(int(m.group("ry")), m2, d2)
                if first and last:
                    found += [(m.start(), cut, first), (cut, m.end(), last)]
                    year, last_month, lost_seen = last.year, last.month, True
            continue
        if m.group("lmd") or m.group("lmd2") or m.group("lmd3"):
            if m.group("lmd2") and not (lost_seen or text[m.start() - 1 : m.start()] == "年" or _no_day(m, text)):
                continue  # (after a year, "2023年58日", the 月 alone is lost; so in "。75日，…", as no day is 75)
            readings = month_day_readings(m.group("lmd") or m.group("lmd2") or m.group("lmd3"))
            given = m.group("ly") or m.group("ly3")
            y = int(given) if given else year
            if len(readings) > 1 and y is not None and found and _ends_a_range(text, found[-1][1], m.start()):
                # A range's end read the one way that ends it within a period's length ("20181126日——2019126日" is
                # 2019-01-26, not 2019-12-06).
                readings = _ending_within(found[-1][2], y if given else None, readings)
            elif len(readings) > 1 and given and (ends := _range_ends_after(text, m.end(), int(given))):
                # …and its start the one way that begins it within that length ("2022125日至12月13日": 12-5).
                readings = _starting_within(int(given), readings, ends)
            if len(readings) != 1 or y is None:
                continue
            lost_seen = True
            mo, d = readings[0]
            if not given and mo < last_month:
                y += 1
            date = to_date(y, mo, d)
            if date is not None:
                year, last_month = date.year, date.month
                found.append((m.start(), m.end(), date))
                taken = day_end(date, m.end(), lost=True)
            continue
        if m.group("year_only"):
            # "2023年，根据…于3月13日至5月12日…": a bare year sets the context for what follows.
            year, last_month = to_int(m.group("year_only")), 0
            continue
        if m.group("iy"):
            y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            if not m.group("d"):
                # "2023年3月上旬至4月下旬…6月2日反馈": a month without its day is no date, but gives the year.
                if m.group("y"):
                    year, last_month = to_int(m.group("y")), to_int(m.group("m")) or 0
                continue
            y = to_int(m.group("y")) if m.group("y") else None
            mo, d = to_int(m.group("m")), to_int(m.group("d"))
            # (Inside an aside, the year of the dates before it there: "（2023年11月10日至12月9日）" ends in 2023; and after
            # it, where the text has given no year outside one: "…开展巡察（2023年3月6日至5月6日），6月2日反馈意见".)
            context = (
                aside_context
                if aside_context is not None and (m.start() < aside_context[0] or year is None)
                else (0, year, last_month)
            )
            if y is None and context[1] is not None and mo is not None:
                y = context[1] + 1 if mo < context[2] else context[1]
        date = to_date(y, mo, d)
        if date is None or not 1949 <= date.year <= 2100:
            continue
        if not _in_aside(asides, m.start()):
            # (A date in an aside, "（十三届县委第二轮巡察，2021年9月13日至10月29日）", gives no year to the dates after it.)
            year, last_month = date.year, date.month
            if found and found[-1][2].year == date.year and _ends_a_range(text, found[-1][1], m.start()):
                # A date after a range's end goes on in its year from the range's start: "2025年9月1日至12月30日。
                # 其中：10月9日至11月15日…" is still 2025.
                last_month = found[-1][2].month
        else:
            aside_context = (_aside_end(asides, m.start()), date.year, date.month)
        found.append((m.start(), m.end(), date))
        taken = day_end(date, m.end(), dotted=m.group("iy") is not None and m.group()[4] in "./")
    # Dates that lost all their words, read where one reading exists ("于2022223市正式反馈"), in their place.
    wordless = [(m.start(), m.end(), date) for m in WORDLESS_DATE.finditer(text) if (date := wordless_date(m))]
    return sorted(found + wordless) if wordless else found


def _ending_within(begun: dt.date, year: int | None, readings: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (month, day) readings of a range's end (in `year`, else the start's year or the next) that fall after its
    start `begun`; of two or more, those that end a period from it (`within_a_period`)."""
    years = (year,) if year is not None else (begun.year, begun.year + 1)
    after = [r for r in readings if any((end := to_date(y, *r)) and end > begun for y in years)]
    return after if len(after) < 2 else [r for r in after if any(_spans_a_period(begun, to_date(y, *r)) for y in years)]


def _starting_within(year: int, readings: list[tuple[int, int]], ends: list[dt.date]) -> list[tuple[int, int]]:
    """The (month, day) readings of a range's start in `year` that fall before one of its `ends`; of two or more, those
    that begin a period ending there."""
    dates = [(r, begun) for r in readings if (begun := to_date(year, *r))]
    before = [(r, begun) for r, begun in dates if any(begun < end for end in ends)]
    if len(before) < 2:
        return [r for r, _ in before]
    return [r for r, begun in before if any(_spans_a_period(begun, end) for end in ends)]


def _range_ends_after(text: str, at: int, year: int) -> list[dt.date]:
    """The dates that may end a range whose start, in `year`, ends at `at` ("…至2022年12月13日", "…至12月13日" in `year`
    or the next, "…至2024119日" either way it reads); [] where no range goes on there."""
    between = RANGE_SEP.match(text[at : at + 8])
    m = DATE.match(text, at + between.end()) if between else None
    if m is None:
        return []
    if m.group("ly"):
        ends = [to_date(int(m.group("ly")), *reading) for reading in month_day_readings(m.group("lmd"))]
    elif m.group("iy"):
        ends = [to_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))]
    elif m.group("m") and m.group("d"):
        month, day = to_int(m.group("m")), to_int(m.group("d"))
        years = [to_int(m.group("y"))] if m.group("y") else [year, year + 1]
        ends = [to_date(y, month, day) for y in years]
    else:
        ends = []
    return [end for end in ends if end is not None]


def _ends_a_range(text: str, after_start: int, at: int) -> bool:
    """Whether the date at `at` ends a range whose start ends at `after_start` ("…9月1日至12月30日")."""
    between = RANGE_SEP.match(text[after_start:at])
    return between is not None and between.end() == at - after_start


def _no_day(m: re.Match[str], text: str) -> bool:
    """Whether two digits before 日 can be no day ("。75日市委…巡察组…反馈", 7月5日), and no span of days follows
    ("，45日内完成整改")."""
    digits = m.group("lmd2")
    return len(digits) == 2 and int(digits) > 31 and not text.startswith(_SPAN_AFTER, m.end())


_SPAN_AFTER = ("内", "以内", "之内", "后", "以后", "之后", "前", "以前")
_ASIDE = compile_shared(r"[（(][^（）()\n]{0,120}[)）]")


def _asides(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the bracketed asides in `text` (none where it holds no bracket)."""
    spans = [(m.start(), m.end()) for m in _ASIDE.finditer(text)] if "（" in text or "(" in text else []
    return [a for a, _ in spans], [b for _, b in spans]


def _in_aside(asides: tuple[list[int], list[int]], at: int) -> bool:
    return _aside_end(asides, at) > at


def _aside_end(asides: tuple[list[int], list[int]], at: int) -> int:
    """Where the aside holding `at` ends; 0 where none holds it."""
    starts, ends = asides
    k = bisect.bisect_right(starts, at) - 1
    return ends[k] if k >= 0 and at < ends[k] else 0
