"""Date forms: 2023年3月16日, 二〇二三年三月十六日, 2023-12-08, a range's day-only end (5月13日至24日),
and pages that lost the 年 and 月 of their dates ("2024717日至830日"), or all a range's words ("2021331618日")."""

from __future__ import annotations

from extractor.lazy_re import compile_shared
from extractor.vocab.numerals import CN_DIGITS

_NUM = rf"(?:\d{{1,4}}|[{CN_DIGITS}]{{1,4}})"
# Every form opens with a digit (Arabic or Chinese): the lookahead lets the engine skip every other
# position at once instead of trying each alternative there (6x faster over a notice, same matches).
DATE = compile_shared(
    # (A year mistyped with 月 for 年, "2024月10月15日", is read too: no month has four digits.)
    # (…and one that lost its 年 between the year and the month, "20239月4日": only where no space comes between.)
    rf"(?=[\d{CN_DIGITS}])(?:(?:(?P<y>\d{{4}}|[{CN_DIGITS}]{{4}})[ \t]*(?:年|月(?=[ \t]*{_NUM}[ \t]*月)|(?<=(?:19|20)\d\d)(?=(?:1[0-2]|0?[1-9])月))[ \t]*)?(?P<m>{_NUM})[ \t]*月(?:[ \t]*(?P<d>{_NUM})[ \t]*[日号])?"
    # (…its time run on after it where a page lost the space between: "2022-02-2209:00".)
    rf"|(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?:(?!\d)|(?=\d{{2}}:\d{{2}}(?!\d)))"
    # A date at a line's end, or a clause's, that lost its 月 and 日 after the year: "2019年1222" (a signature's),
    # "2023年1222，区委第三巡察组…反馈".
    rf"|(?<![\d.])(?P<ly3>(?:19|20)\d{{2}})年(?P<lmd3>\d{{3,4}})(?=[ \t]*(?:\n|$|[)），,]))"
    rf"|(?P<year_only>\d{{4}}|[{CN_DIGITS}]{{4}})[ \t]*年(?![ \t]*{_NUM}[ \t]*月)(?!度)"
    # A page that lost the digits' 年 and 月 when it was extracted: "2024717日至830日", "20231227日".
    # A range's end may have lost its 月 too, down to two digits: "202238日至57日".
    # Or only its 月, after the year: "2023年58日至630日".
    # A later date of such a page down to two digits, where no day has as many ("。72日，巡察组…反馈", 7月2日).
    # A range that lost all its words but the last 日 ("2021331618日", 2021年3月31日至6月18日): five digits or more
    # after the year, as many as no one date has.
    rf"|(?<![\d.])(?P<ry>(?:19|20)\d{{2}})(?P<rmd>\d{{5,8}})[ \t]*日"
    rf"|(?<![\d.])(?P<ly>(?:19|20)\d{{2}})(?P<lmd>\d{{2,4}})[ \t]*日|(?<![\d.月])(?P<lmd2>(?<=年)\d{{2,4}}|(?<!年)\d{{3,4}}|(?<=[至到])\d{{2}}"
    rf"|(?<=[。；;，,\n])(?:3[2-9]|[4-9][1-9]))[ \t]*日)"
)
# The word or dash between a range's two dates.
_RANGE_WORD = r"[ \t]*(?:起?至|到|—+|–|-|~|～|－)[ \t]*"
# (…or its digits alone before a comma, where the page lost its 日: "2022年9月7日至26，吉林省…督察组进驻".)
DAY_END = compile_shared(rf"{_RANGE_WORD}({_NUM})(?:[ \t]*[日号]|(?<=\d)(?=[，,；;]))")
# The end of a range of dotted dates that leaves out its year: "2023.4.10—6.12".
DOTTED_END = compile_shared(rf"{_RANGE_WORD}(\d{{1,2}})[./](\d{{1,2}})(?![\d./])")
RANGE_SEP = compile_shared(rf"^{_RANGE_WORD}")
# A line that ends on a range's word, its end on the next line (a table cell's "2026年3月12日至").
# (Its dashes are tried from the first of a run only: a run of 100,000 would otherwise be tried from each of them.)
ENDED_BY_RANGE_WORD = compile_shared(r"(?:起?至|到|(?<!—)—+|–|-|~|～|－)[ \t]*$")
# What stands between the parts of a period given in parts ("3月17日至3月22日、5月5日至7月12日").
PERIOD_PARTS = compile_shared(r"[ \t]*[、，,和及][ \t]*")
# A range's end that lost its 日 ("2022年8月19日至2022年11月15市委第三巡察组…"): the day, then words that
# cannot follow a number (no 个, 人, 项 … after it).
LOST_DAY_END = compile_shared(
    rf"{_RANGE_WORD}(?:(\d{{4}})[ \t]*年)?[ \t]*(\d{{1,2}})[ \t]*月[ \t]*(\d{{1,2}})"
    r"(?=[\u4e00-\u9fff，,])(?![日号个名人项条次家户所亩元万天周余多年月])"
)
# …or, after a start that lost its 月 ("2025324日至56对…"), an end that lost both its 月 and 日: its digits alone;
# or its 月 alone, three or four digits before 日 (no day has them): "2024927日至126日".
LOST_WORDS_END = compile_shared(
    rf"{_RANGE_WORD}(\d{{2,4}})(?:(?=[\u4e00-\u9fff，,])(?![日号个名人项条次家户所亩元万天周余多年月])|(?<=\d{{3}})日)"
)
# A date with no year whose 月 was lost, where a date goes after 于 ("于86日反馈了巡察意见"): its digits before 日 (read
# only where too many for a day, `fields.dates.lost_month_within`).
LOST_MONTH_AND_YEAR = compile_shared(r"于[ \t]*(\d{2,4})[ \t]*日")
# A date that lost all its words (年, 月 and 日), set where a date goes ("并于2022223市正式反馈", a sentence's
# opening "。2025324，区委巡察组…反馈"): seven or eight digits opening with a year, then words or a comma, not a
# unit of a count or sum.
WORDLESS_DATE = compile_shared(
    # (The word before is tested after the year's first characters: the engine scans for those.)
    r"(?=[12])(?P<wy>(?:19|20)(?<=[于在至到，,。；;\n]..)\d\d)(?P<wmd>\d{3,4})(?=[\u4e00-\u9fff，,])"
    r"(?![日号元万亿个人名条项次家户亩件])"
)


WEEKDAY_AFTER = compile_shared(r"[ \t]*星期[一二三四五六日天]?$")


# The site account a page's post line names before its date, the software's default one: "Admin 2018-01-28".
POSTED_BY = compile_shared(r"^(?:[Aa]dmin(?:istrator)?|ADMIN|管理员)[ \t]+")


def is_date_line(line: str) -> bool:
    """Whether `line` is nothing but a date, brackets round it allowed (a signature's, "（2024年12月25日）", a page's
    "[ 2024-01-02 ]"), or the date an announcement gives itself ("（二〇二二年六月十五日公告）", an audit office's
    审计结果公告)."""
    core = WEEKDAY_AFTER.sub("", line.strip(" \t()（）[]【】"))  # (a newspaper's dateline: "2021年5月11日 星期二")
    core = POSTED_BY.sub("", core)  # (a site's post line: "Admin 2018-01-28")
    return DATE.fullmatch(core.removesuffix("公告")) is not None


SIGNATORY_AT_MOST = 40  # the longest line a signing body takes
_SENTENCE_MARKS = frozenset("。，,；;：:")


def is_signature(body: str, below: str) -> bool:
    """Whether line `body` over line `below` is a notice's signature: a short line with no sentence in it (the
    signing body), the closing date under it."""
    return names_a_signatory(body) and is_date_line(below)


def names_a_signatory(line: str) -> bool:
    """Whether a line may be a signature's body: short, with no sentence in it, ending as a body's name does."""
    line = line.strip()
    return (
        len(line) <= SIGNATORY_AT_MOST
        and not _SENTENCE_MARKS.intersection(line)
        and _NAMED.search(line) is not None  # (a body's name, not the page's date twice: "2023-02-24" / "2023-02-24")
        and _BODY_NAME_END.search(line) is not None  # (…a body's, not a field's key over its date: "拟何时销号")
        and DATE.match(line) is None  # (nor a period's start over its end: "2026年3月12日至" / "2026年3月21日")
    )


_NAMED = compile_shared(r"[\u4e00-\u9fff]{2}")
# The last character of a body's name (…局, …委, …政府, …公司, …中学, …林场; a reprint's …工作組), closing the line or
# one of two names that sign together ("中共兰西县委 兰西县人民政府").
# The last characters of a body's name (…局, …委, …办事处, …中心, …公司, …街道, …学校): a signing body ends so.
BODY_NAME_LAST = (
    "局委组組办辦府院会會司团團室处處所心部厅廳署站队隊社校道乡鄉镇鎮村区區馆館行县縣市省学學厂廠场場园園狱獄盟旗州"
)
_BODY_NAME_END = compile_shared(rf"[{BODY_NAME_LAST}](?:[ \t\u3000、]|$)")
