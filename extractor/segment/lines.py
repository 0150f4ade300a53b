"""Paragraphs of a notice: its non-empty lines, with the artefacts of PDF text set right.

Text copied out of a PDF carries page numbers ("- 3 -"), a running header on every page, and hard
line breaks every ~38 characters in the middle of sentences. Page furniture is dropped and wrapped
lines are joined into one paragraph (whose span then covers the line breaks), so the outline and
field rules see the paragraphs a reader sees.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import repeat

from extractor.lazy_re import compile_shared
from extractor.segment.fold import fold
from extractor.vocab import furniture
from extractor.vocab.columns import ANY_COLUMN, LEDGER_COLUMNS, names_a_column
from extractor.vocab.dates import is_date_line, is_signature
from extractor.vocab.furniture import DATED_KEY_WORDS as _DATED_KEY_WORDS
from extractor.vocab.furniture import FOOT_WORDS as _FOOT_WORDS
from extractor.vocab.furniture import IMPRINT_KEYS as _IMPRINT_KEYS
from extractor.vocab.headings import (
    ANSWER_AFTER_STOP,
    ANSWER_OPENS,
    BARE_KEY_APART,
    BARE_KEYS_AT_LEAST,
    BARE_STAMP,
    COMPLAINT_FIELD,
    COMPLAINT_FIELDS_AT_LEAST,
    DATE_BEFORE_ANNEX,
    DATE_RUN_ON,
    DATED_KEY,
    FIRST_LABELS,
    HEAD_INTO_BODY,
    HEAD_INTO_CLAUSE,
    HEAD_INTO_ITEM,
    HEAD_INTO_SENTENCE,
    ISSUER_APART,
    ITEM_AFTER_STOP,
    LABEL_ALONE,
    MARKERS,
    META_INTO_TEXT,
    NAMED_RUN_ON_ITEMS,
    OTHER_TITLE_THEN_SPACE,
    PARA_OPENS,
    PRESENTED_ITEMS,
    PROBLEM_KEY,
    PROBLEM_KEY_APART,
    PROBLEM_THEN_RECT_KEY,
    RECT_KEY,
    RECT_KEY_AHEAD,
    RUN_ON_ITEMS,
    RUN_TOGETHER,
    RUN_TOGETHER_HEADS,
    RUN_TOGETHER_TIGHT,
    SECOND_RUN_ON,
    SIGNATURE_RUN_ON,
    TITLE_AFTER_CRUMBS,
    TITLE_ENDS,
    TITLE_INTO_HEADING,
    TITLE_INTO_META,
    TITLE_INTO_OPENING,
    TITLE_THEN_SPACE,
    WORK_TITLE,
)
from extractor.vocab.numerals import CN_ORDER, to_int
from extractor.vocab.report import (
    OPENING_TAG,
    OPENS_AFTER_SPACE,
    PARTY_BODY_END,
    PRESENTS_NOTICE_APART,
    RUN_IN_BODY,
    RUN_IN_TITLE,
    SPEAKER_APART,
)
from extractor.vocab.sections import ANSWERS_ABOVE_APART, CLOSING

_SPACES = " \t\u3000\xa0\ufeff\u200b"
_PARAGRAPH_END = tuple("。！？；：:!?;")
_SENTENCE_END = tuple("。！？；!?;")
_WRAPPED_TAIL = frozenset(
    "。！？；，、”’）)】》"
)  # what a line holds that is only a sentence's last marks  # a closing quote or bracket at the margin is as often mid-sentence


@dataclass(slots=True)
class Para:
    """One paragraph of the text, by its offsets with surrounding spaces trimmed."""

    start: int
    end: int


@dataclass(slots=True)
class Page:
    """A text's paragraphs, and the page furniture set apart from them (kept for the metadata it carries)."""

    paras: list[Para]
    furniture: list[Para]
    meta: dict[str, str]
    links: list[Para] = field(default_factory=list)
    """Lines of a dated list of other pages (`_dated_lists`): neither the notice's nor its page's own lines."""


def _lines(text: str) -> list[Para]:
    lines: list[Para] = []
    pos = 0
    for raw in text.split("\n"):  # str methods do the scanning and trimming in C
        body = raw.lstrip(_SPACES)
        if body:
            first = pos + len(raw) - len(body)
            last = first + len(body.rstrip(_SPACES))
            pieces = (
                _around_footers(text, first, last) if furniture.may_hold_a_footer_run_in(body) else ((first, last),)
            )
            for start, end, signed in (cut for piece in pieces for cut in _apart_at_signatures(text, *piece)):
                if signed:
                    lines.append(Para(start, end))
                elif (
                    end - start < _RUN_TOGETHER_AT_LEAST
                    and not (text[end - 1] == "日" and "。" in text[start:end])
                    and not _numbered_on(text, start, end)
                    and not (text.find(" ", start, end) >= 0 and _head_run_in(text, start, end))
                    and not _items_in_a_short_line(text, start, end)
                ):
                    # Too short to hold paragraphs run together (or a signature run on, or a heading run into its
                    # first sub-heading: "（一）…方面 1.关于…").
                    lines.append(Para(start, end))
                else:
                    lines.extend(_run_together(text, start, end))
        pos += len(raw) + 1
    return lines


def _around_footers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A line, or its pieces before, at and after each running footer a PDF's text ran into it
    (`furniture.footers_run_in`): the footer a line of its own, as on the page, for the page numbers to drop."""
    pieces = []
    for footer_start, footer_end in furniture.footers_run_in(text, start, end):
        if footer_start > start:
            pieces.append((start, footer_start))
        pieces.append((footer_start, footer_end))
        start = footer_end
        while start < end and text[start] in " \t":
            start += 1
    pieces.append((start, end))
    return pieces


# A dateline's key and the year after it: what `TITLE_INTO_META` needs within a line's first characters.
_DATED_KEY = compile_shared(DATED_KEY)
_BARE_STAMP = compile_shared(BARE_STAMP)


def _dated_key_within(head: str) -> bool:
    """Whether a dateline's key and year (`DATED_KEY`) lie within `head`. Most lines hold none of the
    words a key needs, and a str search for each costs less than the regex's scan."""
    for word in _DATED_KEY_WORDS:
        if word in head:
            return _DATED_KEY.search(head) is not None
    # (…or a bare date-and-time stamp: "…整改落实情况 2024-09-20 15:24 举报".)
    return ":" in head and _BARE_STAMP.search(head) is not None


_TITLE_ALONE = compile_shared(r"[^ \t:：|｜>]{6,80}")  # a title with nothing of the page's (keys, menus, crumbs) in it
_ISSUE_NUMBER = compile_shared(r"\d{4}[ \t]*年[ \t]*第[ \t]*\d+[ \t]*[号期]|第[ \t]*\d+[ \t]*期")  # a gazette's issue
_CLOCK = compile_shared(r"\d:\d\d")  # (a WeChat dateline's time: what its pattern needs)
_SIGNATURE_AT_MOST = 64  # the most characters a signature and its date run on at a line's end take
# The shortest line `_run_together` looks into.
_RUN_TOGETHER_AT_LEAST = 100
_WHOLE_PAGE_LINE = 800  # the shortest line read as a whole page run into one
_STOP_THEN_SPACE = compile_shared(r"(?<=[。！？!?])[ \t\u3000]+(?=\S)")


_TIGHT_TOP_LABEL = compile_shared(r"(?<=[。！？!?])[一二三四五六七八九十]{1,2}、")
_META_REACH = 260  # how far into a run-together line a title's dateline is looked for
_META_AFTER_TITLE = 140  # how far after the title the page's metadata run into it may reach


_CRUMBS_REACH = 120  # how far into a line run together a breadcrumb over the title may reach
_LEAD_REACH = 3000  # …and a news item's lead that presents the notice
_TITLE_AT_MOST = 120  # …and the longest title after it
_OWN_TITLE_AT_LEAST = 6  # the fewest characters of words before it that are a title of their own, not a column's name


def _crumbs_before_title(text: str, start: int, end: int) -> int:
    """Where a whole title begins after the page's breadcrumb that a line ran together opens with (or the site's words,
    where they hold no title of their own), or `start`."""
    head = text[start : min(end, start + _CRUMBS_REACH)]
    crumbs = furniture.may_be_breadcrumb(head) and furniture.BREADCRUMB.search(head) is not None
    if "关于" not in head and not crumbs:
        return start
    title = TITLE_AFTER_CRUMBS.search(text, start, min(end, start + _CRUMBS_REACH + _TITLE_AT_MOST))
    # (The title's group: one with 关于, or one that names the work, read only after a breadcrumb.)
    group = title.lastindex or 1 if title else 1
    if (
        title is None
        or (group == 2 and not crumbs)
        or title.start(group) - start > _CRUMBS_REACH
        or ISSUER_APART.fullmatch(text, start, title.start(group))
    ):
        return start  # (…nor where the words before are the title's first issuer: "中共汉中市委 汉中市人民政府关于…")
    issuer = text[title.start(group) : title.end(group)].split("关于", 1)[0].strip()
    if not crumbs and (
        any(
            len(piece) >= _OWN_TITLE_AT_LEAST and piece.endswith(TITLE_ENDS)
            for piece in text[start : title.start(group)].split()
        )
        or len(issuer) < 2
        or PARTY_BODY_END.fullmatch(issuer)
    ):
        # (Without a breadcrumb, words before a title are a site's furniture only where they hold no title of their own
        # ("义务教育均衡发展整改报告 商州区大荆中学 关于…整改报告", not a column's name: "政府公告 中共廊坊市委关于…"),
        # and the title names its issuer, not a body's kind a space split from its name ("…有限公司 委员会关于…"), nor
        # none: its issuer may be the words before.)
        return start
    return title.start(group)


def _title_apart(text: str, start: int, title_end: int, end: int) -> list[Para] | None:
    """The title, the page's words after it (its furniture or metadata) and the notice's opening formula (or other
    opening words after a space, `OPENS_AFTER_SPACE`) and all after it, each apart, where the opening follows within
    `_META_AFTER_TITLE`; else None."""
    reach = min(end, title_end + _META_AFTER_TITLE)
    found = [
        m.start()
        for m in (RUN_IN_BODY.search(text, title_end, reach), OPENS_AFTER_SPACE.search(text, title_end, reach))
        if m
    ]
    if not found:
        return None
    opening = min(found)
    page_start, page_end = _unspaced(text, title_end, opening)
    page = [Para(page_start, page_end)] if page_end > page_start else []
    return [Para(start, title_end), *page, *_run_together(text, opening, end)]


def _head_run_in(text: str, start: int, end: int) -> re.Match[str] | None:
    """A heading run into what opens its body, a space between (`HEAD_INTO_BODY`, `HEAD_INTO_SENTENCE`,
    `HEAD_INTO_CLAUSE`)."""
    return (
        HEAD_INTO_BODY.match(text, start, end)
        or HEAD_INTO_SENTENCE.match(text, start, end)
        or HEAD_INTO_CLAUSE.match(text, start, end)
    )


def _run_together(text: str, start: int, end: int) -> list[Para]:
    """One line, or the paragraphs a page ran together into it with spaces ("…予以公布。 一、整改工作
    组织领导情况 中心党委…。 二、…"): a sentence's end, spaces, then an outline label opens a paragraph."""
    heads, start = _heads_apart(text, start, end)
    return [*heads, *_line_run_together(text, start, end)] if heads else _line_run_together(text, start, end)


def _heads_apart(text: str, start: int, end: int) -> tuple[list[Para], int]:
    """The headings a paragraph opens with run into their first sub-heading, key or sentence, a space between
    ("（一）…方面 1.关于…", "1.… 整改情况：已完成", "（一）政治站位不高的问题 局党委…"), and where the rest begins: each set
    apart in turn (a loop, not a call for each: a hostile line may hold thousands)."""
    heads: list[Para] = []
    while text.find(" ", start, start + 72) >= 0 and (run_in := _head_run_in(text, start, end)):
        heads.append(Para(start, run_in.start("gap")))
        start = run_in.end("gap")
    return heads, start


def _line_run_together(text: str, start: int, end: int) -> list[Para]:
    """`_run_together` for a line that opens with no heading run into its body."""
    if numbered := _numbered_on(text, start, end):
        return numbered
    if end - start < _RUN_TOGETHER_AT_LEAST and not _items_in_a_short_line(text, start, end):
        # A short line holds no paragraphs run together (but for items after stops, `_items_in_a_short_line`), but may
        # end in the signature run on after its last sentence
        # ("…联系电话：0736-5106632。　　中共…党组　　2024年12月13日").
        signed = SIGNATURE_RUN_ON.search(text, start, end) if text[end - 1] == "日" else None
        return (
            [Para(start, _unspaced(text, start, signed.start())[1]), Para(signed.start(), end)]
            if signed
            else [Para(start, end)]
        )
    # (The text is the folded view: a label's brackets are half-width, every space is " " or a tab.)
    head = text[start : start + 72]  # where a title and what it runs into are looked for
    # A title run into the first heading, whose label (一、 or (一)) comes within 64 characters.
    labelled = "一" in head and ("一、" in head[:66] or "一)" in head[:67])
    title = TITLE_INTO_HEADING.match(text, start, end) if labelled else None
    if title:
        return [Para(start, title.end()), *_run_together(text, title.end(), end)]
    # A WeChat article's dateline run into its title.
    dateline = furniture.DATELINE_INTO_TITLE.match(text, start, end) if _CLOCK.search(head) else None
    if dateline:
        return [Para(start, dateline.end()), *_run_together(text, dateline.end(), end)]
    opening = text[start : start + 100]
    titled = "通报" in opening or "报告" in opening or "公示" in opening or "公告" in opening
    opens = titled and ("根据" in opening or "按照" in opening or "依据" in opening)
    title = TITLE_INTO_OPENING.match(text, start, end) if opens else None
    if title:
        return [Para(start, title.end()), *_run_together(text, title.end(), end)]
    # A title, then the page's furniture or metadata, then the opening formula ("…的通报 字号: 大 中 小 根据区委…"),
    # the page's breadcrumb perhaps before it ("首页 > 通知公告 【通报】中共…的通报 【信息来源:…").
    crumbs = _crumbs_before_title(text, start, end)
    if crumbs > start:
        return [Para(start, _unspaced(text, start, crumbs)[1]), *_run_together(text, crumbs, end)]
    presented = PRESENTS_NOTICE_APART.search(text, start, min(end, start + _LEAD_REACH))
    if presented:
        # (A news item's lead that presents the notice, its title after it: "…以下为内容摘要: 中共济南市委 关于…的通报 根据…".)
        return [Para(start, presented.start("gap")), *_run_together(text, presented.end(), end)]
    title = TITLE_THEN_SPACE.match(text, start, end) if "关于" in head else None
    if title and (apart := _title_apart(text, start, title.end(), end)):
        return apart
    other = OTHER_TITLE_THEN_SPACE.match(text, start, end) if text.startswith("关于", start) else None
    if other:
        return [Para(start, other.start("gap")), *_run_together(text, other.end(), end)]
    # A title run into the page's dateline, itself run into the notice's first words (a site's navigation and
    # breadcrumb may come first: the dateline is looked for further in).
    title = TITLE_INTO_META.match(text, start, end) if _dated_key_within(text[start : start + _META_REACH]) else None
    meta_end = META_INTO_TEXT.search(text, title.end(), min(end, title.end() + _META_AFTER_TITLE)) if title else None
    if title and meta_end:
        return [Para(start, title.end()), Para(title.end(), meta_end.end()), *_run_together(text, meta_end.end(), end)]
    # (…where the metadata's end is not told, the notice's opening words are: "…的通报 作者:学院 日期:2024年05月20日
    # 2024年10月28日至11月10日，校党委…".)
    if (
        title
        and _TITLE_ALONE.fullmatch(text, start, title.end())
        and (apart := _title_apart(text, start, title.end(), end))
    ):
        return apart
    if text.count("\t", start, end) >= 2 or text.count("|", start, end) >= _ROW_BARS:
        last_bar = text.rfind("|", start, end)
        after = end - last_bar
        if (
            after > max(_TEXT_AFTER_ROWS, last_bar - start)
            and text.count("。", last_bar, end) >= 2
            and "\t" not in text[last_bar:end]
        ):
            # (…but a page's metadata table at the head of a page that lost its line breaks, its text run on after it:
            # "索引号: | … | 发文日期: | 2025-04-08 | … （2025年4月1日公告） 根据…。 一、…")
            return [Para(start, last_bar + 1), *_run_together(text, last_bar + 1, end)]
        return [Para(start, end)]  # a table's row: its cells hold lists ("1.修订…； 2.建立…"), not paragraphs
    signed = SIGNATURE_RUN_ON.search(text, max(start, end - _SIGNATURE_AT_MOST), end) if text[end - 1] == "日" else None
    if signed:
        return [*_run_together(text, start, _unspaced(text, start, signed.start())[1]), Para(signed.start(), end)]
    dated = DATE_RUN_ON.search(text, max(start, end - _SIGNATURE_AT_MOST), end) if text[end - 1] == "日" else None
    if dated:
        return [*_run_together(text, start, dated.start()), Para(dated.start(1), end)]
    spaced = text.find(" ", start, end) >= 0 or text.find("\t", start, end) >= 0
    fields = _complaint_fields(text, start, end) if spaced else []
    if fields:
        return [Para(a, b) for a, b in zip([start, *fields], [*fields, end]) if b > a]
    foot = furniture.RUN_ON_FOOT.search(text, start, end) if spaced and _may_hold_a_foot(text, start, end) else None
    if foot and foot.start() > start:
        return [*_run_together(text, start, foot.start()), *_foot_lines(text, foot.end(), end)]
    cuts = [(m.start("gap"), m.end()) for m in RUN_TOGETHER.finditer(text, start, end)] if spaced else []
    keyed = (
        [(m.start(), m.end()) for m in PROBLEM_KEY_APART.finditer(text, start, end)]
        + [(m.start(), m.end()) for m in ANSWERS_ABOVE_APART.finditer(text, start, end)]
        + _bare_keys_apart(text, start, end)
        + [m.span("gap") for m in PROBLEM_THEN_RECT_KEY.finditer(text, start, end)]
        + [(m.start(), m.end()) for m in _CLOSING_APART.finditer(text, start, end)]
        + [
            cut
            for m in SPEAKER_APART.finditer(text, start, end)
            for cut in ((m.start(), m.start("speaker")), m.span("gap"))
        ]
        if spaced
        else []
    )
    if len(cuts) < 2 and spaced and (text.find("一、", start, end) >= 0 or text.find("(一)", start, end) >= 0):
        # (…or, where a sentence's end sets apart fewer than two, headings a space apart that open an outline: "…通报如下：
        # 一、…方面 （一）关于…的整改 1.针对…", the first label of each level in turn.)
        outline = sorted({*cuts, *((m.start(), m.end()) for m in RUN_TOGETHER_HEADS.finditer(text, start, end))})
        cuts = outline if _opens_an_outline(text, outline) else cuts
    if len(cuts) < 2 and text.find("。二、", start, end) >= 0:
        # A page run together with no space between: where sentences end at the outline's 一、 and 二、 (no
        # paragraph enumerates so), it is cut at each label.
        tight = [m.start() for m in RUN_TOGETHER_TIGHT.finditer(text, start, end)]
        labels = [text[at : at + 2] for at in tight]
        if "一、" in labels and "二、" in labels[labels.index("一、") :]:
            cuts = [(at, at) for at in tight]
    if len(cuts) < 2 and ("如下" in text[start:end] or "问题" in text[start:end]):
        cuts = _presented_items(text, start, end) or cuts
    # (…items numbered on after a stop, each keyed: "…不规范。1.…。整改情况：…。2.…", spaces or none between.)
    keyed += _keyed_items_after_stops(text, start, end)
    # (…or items numbered on in turn, each naming its problem: "…。(九)关于…问题。…。(十)关于…问题。…".)
    keyed += _named_in_turn(text, start, end)
    # (…or unnumbered answers in turn, each naming its problem: "针对…的问题，…。针对…的问题，…。")
    keyed += _answers_in_turn(text, start, end)
    if spaced and end - start >= _WHOLE_PAGE_LINE:
        # (…and in a whole page run into one line, every sentence's end a space follows: the paragraph ends there, as a
        # text's own sentences run on with none.)
        keyed += [(m.start(), m.end()) for m in _STOP_THEN_SPACE.finditer(text, start, end)]
    if len(cuts) < 2 and not keyed:  # one such place may be a list of measures inside a paragraph
        return [Para(start, end)]
    cuts += keyed
    if spaced:
        cuts += [(m.start(), m.end()) for m in RUN_TOGETHER_HEADS.finditer(text, start, end)]
        # (…and the outline's 一、 二、 run on after a sentence with no space, where others have one.)
        if text.find("。二、", start, end) >= 0:
            cuts += [(m.start(), m.start()) for m in _TIGHT_TOP_LABEL.finditer(text, start, end)]
    if text.find("(", start, end) >= 0:
        cuts += [(m.start(g), m.start(g)) for m in HEAD_INTO_ITEM.finditer(text, start, end) for g in ("head", "item")]
    bounds: list[tuple[int, int]] = []
    for cut_start, cut_end in sorted(set(cuts)):
        if LABEL_ALONE.fullmatch(text, start, cut_start):
            continue  # (a label a space before its words: "一、　整改任务：…" is one line)
        if cut_start > start:  # (two patterns may cut at one place)
            bounds.append((start, cut_start))
        start = max(start, cut_end)
    bounds.append((start, end))
    paras: list[Para] = []
    for piece_start, piece_end in bounds:
        # (…each paragraph cut out opening with its own headings run into its body: "…有差距 （一）政治站位不高的问题 局党委…")
        piece_heads, body_start = _heads_apart(text, piece_start, piece_end) if spaced else ([], piece_start)
        paras += [*piece_heads, Para(body_start, piece_end)]
    return paras


_ROW_BARS = 4  # the fewest bars that set a line out as a table's row of cells
_TEXT_AFTER_ROWS = 200  # the fewest characters after a line's last bar (and more than before it) that are text run on


def _opens_an_outline(text: str, cuts: list[tuple[int, int]]) -> bool:
    """Whether the first two labels a line is cut before are each the first of its level, the second a level below
    the first (一、 then （一） or 1.; （一） then 1.): an outline's opening, which no list inside a paragraph makes."""
    if len(cuts) < 2:
        return False
    upper, lower = (
        next((k for k, first in enumerate(FIRST_LABELS) if first.match(text, at)), None) for _, at in cuts[:2]
    )
    return upper is not None and lower is not None and upper < lower


def _complaint_fields(text: str, start: int, end: int) -> list[int]:
    """Where a line holding a complaint's fields a space apart is cut: at each field, where it holds at least
    `COMPLAINT_FIELDS_AT_LEAST`, what the complaint says among them (none, a sentence that names a field in passing)."""
    if text.find("情况", start, end) < 0:
        return []  # (every complaint's fields name 情况: most lines are spared the search)
    found = [m.start() for m in COMPLAINT_FIELD.finditer(text, start, end)]
    if len(found) < COMPLAINT_FIELDS_AT_LEAST:
        return []
    return found if any(PROBLEM_KEY.match(text, at) for at in found) else []


def _unspaced(text: str, start: int, end: int) -> tuple[int, int]:
    """text[start:end]'s bounds without the spaces at either end (a range of spaces alone: empty, at its start)."""
    while end > start and text[end - 1] in _SPACES:
        end -= 1
    while start < end and text[start] in _SPACES:
        start += 1
    return start, end


def _apart_at_signatures(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """The line cut where a signature and its date run on mid-line, before what follows it on the page (its annex, a
    widget, the date again: `DATE_BEFORE_ANNEX`): the pieces, each saying whether it is such a signature."""
    cuts: list[tuple[int, int, bool]] = []
    at = start
    for dated in DATE_BEFORE_ANNEX.finditer(text, start, end):
        signed = SIGNATURE_RUN_ON.search(text, max(at, dated.end() - _SIGNATURE_AT_MOST), dated.end())
        if signed:
            if (before := _unspaced(text, at, signed.start())[1]) > at:
                cuts.append((at, before, False))
            cuts.append((signed.start(), dated.end(), True))
            at = _unspaced(text, dated.end(), end)[0]
    return [*cuts, (at, end, False)] if cuts else [(start, end, False)]


def _bare_keys_apart(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a form's keys, each once on a line of its own, stand between spaces on a line a page ran on
    (`BARE_KEY_APART`): before each key and after it, so that each key is a line over its value again."""
    found = list(BARE_KEY_APART.finditer(text, start, end))
    if len(found) < BARE_KEYS_AT_LEAST:
        return []
    return [cut for m in found for cut in ((m.start(), m.start("key")), (m.end("key"), m.end()))]


def _keyed_items_after_stops(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a page run together is cut at items numbered right after a full stop ("…不规范。1.部分非税收入…。整改
    情况：…。2.年初预算…"): at each number that carries on the line's count (1, 2, 3 … across its groups, from the first
    keyed one) and is followed by a rectification key before the next such number. (Measures listed inside an item
    restart at 1, and no key follows each of them.)"""
    found = list(ITEM_AFTER_STOP.finditer(text, start, end))
    cuts: list[tuple[int, int]] = []
    expected = None  # (the count goes on from the line's first keyed item: "（二）…方面。3.…。整改进展：…")
    for k, m in enumerate(found):
        if expected is not None and int(m.group(1)) != expected:
            continue
        before = found[k + 1].start() if k + 1 < len(found) else end
        if RECT_KEY_AHEAD.search(text, m.end(), before):
            cuts.append((m.start() + 1, m.start(1)))
            expected = int(m.group(1)) + 1
    return cuts


def _numbered_on(text: str, start: int, end: int) -> list[Para]:
    """A line that opens with item 1 and whose items a copy ran on after full stops or semicolons, numbered on in the
    same form of label ("1.公务接待不规范，已整改到位。2.公车管理不到位，…。3.…", "（一）…；（二）…"), cut before each as the
    page's own lines had them; [] for any other line. (Items run on after a heading's words, "6.…的整改情况。（1）进一步完善
    管护机制。…（2）…", are its measures as often as its findings: the line is left whole.)"""
    if SECOND_RUN_ON.search(text, start, end) is None:
        return []  # (most lines hold no second item after a stop: spared the rest)
    for pattern in RUN_ON_ITEMS:
        first = pattern.match(text, start, end)
        if first is None or to_int(first.group(1)) != 1:
            continue
        cuts = [start]
        for m in pattern.finditer(text, first.end(), end):
            if to_int(m.group(1)) == len(cuts) + 1:
                cuts.append(_label_start(m))
        return [Para(a, b) for a, b in zip(cuts, [*cuts[1:], end])] if len(cuts) > 1 else []
    return []


def _label_start(m: re.Match[str]) -> int:
    """Where the label a run-on item's match found starts, past the spaces the match took in before it."""
    return m.start() + len(m.group()) - len(m.group().lstrip(" \t"))


_PRESENTED_AT_LEAST = 3  # the fewest items a line presents numbered on for it to be cut at them
_NAMED_IN_TURN_AT_LEAST = 3  # the fewest items numbered on in turn, each naming its problem, a line is cut at


def _named_in_turn(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a line is cut at items run on after full stops or semicolons that are numbered on in turn, from whatever
    number the line's first holds (a page cut before its first item), each naming the problem it answers ("…。(九)关于
    专项资金…长期挂账结转问题。1.…2.…。(十)关于滞留…问题。县财政局已…"): before each of the longest such run, where
    it is long enough to be no chance (measures inside an item are rarely named so)."""
    if text.count("关于", start, end) + text.count("针对", start, end) < _NAMED_IN_TURN_AT_LEAST:
        return []
    for pattern in NAMED_RUN_ON_ITEMS:
        best: tuple[int, int] = (0, 0)  # (where the longest run starts among the items found, its length)
        found = list(pattern.finditer(text, start, end))
        numbers = [to_int(m.group(1)) or 0 for m in found]
        first = 0
        for k in range(1, len(found) + 1):
            if k == len(found) or numbers[k] != numbers[k - 1] + 1:
                best = max(best, (first, k - first), key=lambda run: run[1])
                first = k
        if best[1] >= _NAMED_IN_TURN_AT_LEAST:
            return [(m.start(), _label_start(m)) for m in found[best[0] : best[0] + best[1]]]  # (from the stop)
    return []


def _items_in_a_short_line(text: str, start: int, end: int) -> bool:
    """Whether a line too short to hold paragraphs run together holds items after its full stops all the same: keyed and
    numbered on ("（一）…方面。1.…。整改进展：…。2.…") or answers in turn ("针对…的问题，…。针对…的问题，…")."""
    return text.find("。", start, end) >= 0 and bool(
        _keyed_items_after_stops(text, start, end) or _answers_in_turn(text, start, end)
    )


def _answers_in_turn(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a paragraph made of answers in turn, each sentence opening by naming the problem it answers ("针对理论学习不深入
    的问题，…已完成整改。针对公务接待不规范的问题，…"), is cut: before each of them, the paragraph opening with the first."""
    if ANSWER_OPENS.match(text, start, end) is None:
        return []
    return [(m.start(), m.end()) for m in ANSWER_AFTER_STOP.finditer(text, start, end)]


def _presented_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a line that presents its items ("…具体如下：1.…。2.…。3.…") is cut: before each item numbered on
    in turn, and before the closing words after the last ("…。公示时间：…", "…。监督电话：…")."""
    presented = PRESENTED_ITEMS.search(text, start, end)
    if presented is None:
        return []
    cuts = [(presented.end(), presented.end())]
    expected = 2
    for m in ITEM_AFTER_STOP.finditer(text, presented.end(), end):
        if int(m.group(1)) == expected:
            cuts.append((m.start() + 1, m.start(1)))
            expected += 1
    if len(cuts) < _PRESENTED_AT_LEAST:
        return []
    closing = _CLOSING_AFTER_STOP.search(text, cuts[-1][1], end)
    return cuts + [(closing.start() + 1, closing.start() + 1)] if closing else cuts


_CLOSING_AFTER_STOP = compile_shared(rf"。(?={CLOSING.pattern})")
# (…and, on a line a page ran on a space apart, the closing words after a sentence's end: "…已整改到位。 以上整改情况向社会
# 公示，如有异议…", "…。 联系电话：…".)
_CLOSING_APART = compile_shared(rf"(?<=[。！？!?])[ \t\u3000\xa0]+(?={CLOSING.pattern})")


def _may_hold_a_foot(text: str, start: int, end: int) -> bool:
    """Whether the line holds a word `furniture.RUN_ON_FOOT` needs (a few str scans spare most lines its search)."""
    return any(text.find(word, start, end) >= 0 for word in _FOOT_WORDS)


def _foot_lines(text: str, start: int, end: int) -> list[Para]:
    """A page's foot run into one line: a line for each of its links and notices (`furniture.RUN_ON_FOOT`)."""
    cuts = [(m.start(), m.end()) for m in furniture.RUN_ON_FOOT.finditer(text, start, end)]
    bounds = [start, *(at for cut in cuts for at in cut), end]
    return [Para(a, b) for a, b in zip(bounds[::2], bounds[1::2])]


def display_width(text: str) -> int:
    """Display width: CJK and full-width characters (three bytes in UTF-8) count double, as a
    typesetter measures them; computed from the encoded length, which is fast."""
    return len(text) + (len(text.encode("utf-8")) - len(text)) // 2


def _drop_page_furniture(text: str, lines: list[Para]) -> list[Para]:
    """Page numbers, and the short lines repeated next to them (running headers and footers): a line
    counts as one only where it stands next to about every page number (or at the top of the first
    page), so a status line that a page break happens to follow ("整改情况：已完成。", repeated under
    many items) stays."""
    numbers = [i for i, p in enumerate(lines) if furniture.is_counter(text[p.start : p.end])]
    if not numbers:
        return lines
    numbers = _without_row_numbers(text, lines, numbers)
    near = sorted(({j for i in numbers for j in (i - 2, i - 1, i + 1, i + 2)} | {0, 1}) - set(numbers))
    candidates = {
        j: body
        for j in near
        if 0 <= j < len(lines) and len(" ".join((body := text[lines[j].start : lines[j].end]).split())) <= 40
    }
    seen = Counter(candidates.values())
    needed = max(2, len(numbers) // 2)
    repeated = {body for body, n in seen.items() if n >= needed}
    # A line at a page break that repeats one of the document's head lines (its issuer, its title's first line)
    # is a running header, though a short document breaks a page only once.
    head, below_head = _letterhead(text, lines)
    # (A title above the document's first sentence is its own, under a lone number a page's widgets left: "1 / 2".)
    first_sentence = next((k for k, p in enumerate(lines) if "。" in text[p.start : p.end]), len(lines))
    headers = {
        j
        for j, body in candidates.items()
        if j >= below_head
        and (body.strip() in head or (_title_shaped(body) and j > first_sentence))
        and not _dated_below(text, lines, j)  # (not a signature)
    }
    if not _shows_page_breaks([text[lines[i].start : lines[i].end] for i in numbers]):
        # One bare counter may be a web page's view count or carousel's "1/2", whose neighbours (a title the page sets
        # again below its dateline or a news lead) are the page's own; a head line repeated by it within the text, past
        # its first sentence, is still a running header (a PDF's text cut after its first page's number).
        headers = {j for j in headers if j > first_sentence and candidates[j].strip() in head}
        repeated = set()
    if not repeated:
        dropped = set(numbers) | headers
        return [p for i, p in enumerate(lines) if i not in dropped]
    # A line the text repeats as often away from the page numbers is its own ("完成情况：已完成" under many items);
    # a signature, a date under it, above the first page's number repeats the letterhead: no running header either.
    everywhere = Counter(body for p in lines if (body := text[p.start : p.end]) in repeated)
    signed = {body for j, body in candidates.items() if body in repeated and _dated_below(text, lines, j)}
    # (…nor a line set twice in a row: a page repeats its title so, a page break never falls between the two.)
    apart = {body for body in repeated if _spread([j for j, line in candidates.items() if line == body]) > 1}
    furniture_lines = {
        body for body in repeated if everywhere[body] < 2 * seen[body] and body not in signed and body in apart
    }
    # (The header a PDF repeats may be the issuer heading its title on the first page: "汉阴县人民政府" / "关于…"; not a
    # gazette's name and number, "…常务委员会公报  2023年第6号".)
    titled = {
        j
        for j in (0, 1)
        if j + 1 < len(lines)
        and text[lines[j + 1].start : lines[j + 1].end].startswith("关于")
        and not any(c.isdigit() for c in text[lines[j].start : lines[j].end])
    }
    drop = set(numbers) | headers | {j for j, body in candidates.items() if body in furniture_lines and j not in titled}
    return [p for i, p in enumerate(lines) if i not in drop]


def _shows_page_breaks(counters: list[str]) -> bool:
    """Whether a text's counter lines show it broke pages: two or more (a PDF numbers its last page too, below its
    text), or one that says it numbers a page ("- 2 -", "第2页"); not one bare "18" or "1/2" (`furniture.BARE_COUNTER`),
    a web page's view count or carousel."""
    return len(counters) >= 2 or any(not furniture.BARE_COUNTER.fullmatch(counter) for counter in counters)


def _spread(indices: list[int]) -> int:
    """How many lines lie between the first and the last of `indices`."""
    return max(indices) - min(indices) if indices else 0


def _title_shaped(line: str) -> bool:
    """Whether a short line by a page number reads as the notice's title, which a running header shortens
    ("湘源物业服务有限公司党支部巡察整改情况通报"): it ends as a title does, with no stop and no outline label."""
    body = line.strip()
    return body.endswith(TITLE_ENDS) and "。" not in body and PARA_OPENS.match(body) is None


_HEAD_LINES = 6  # the most lines a document's head (letterhead, issuer, title) takes


def _letterhead(text: str, lines: list[Para]) -> tuple[set[str], int]:
    """The short lines a document opens with before its first sentence or key (letterhead, issuer, title), a site's
    furniture above them aside, and the index of the line below them."""
    head: set[str] = set()
    taken = below = 0
    for k, p in enumerate(lines[: 3 * _HEAD_LINES]):
        body = text[p.start : p.end].strip()
        if _is_furniture_line(body) or (furniture.may_be_breadcrumb(body) and furniture.BREADCRUMB.search(body)):
            continue  # (a site's menu, breadcrumb or widgets above the document's head)
        if len(body) > 40 or any(stop in body for stop in "。：:；;") or taken == _HEAD_LINES:
            break
        head.add(body)
        taken, below = taken + 1, k + 1
    return head, below


def _dated_below(text: str, lines: list[Para], j: int) -> bool:
    """Whether the line after line `j` is a date alone."""
    return j + 1 < len(lines) and is_date_line(text[lines[j + 1].start : lines[j + 1].end])


_ROW_SPACING = 16  # the most lines a table row whose cells stand one per line takes, with a page break's repeated
# header between two (pages take far more)


def _without_row_numbers(text: str, lines: list[Para], numbers: list[int]) -> list[int]:
    """`numbers` without the row numbers of a table whose cells a page set one per line (序号 / 问题 / … / 1 /
    <cells> / 2 / …): bare numbers counting on (1, 2 …) a few lines apart number rows, not pages, which hold
    more lines than that."""
    values = {i: text[lines[i].start : lines[i].end].strip() for i in numbers}
    rows: set[int] = set()
    # (Bare numbers only: a page's "— 1 —" between two rows breaks no count.)
    bare = [i for i in numbers if values[i].isdecimal()]
    for a, b in zip(bare, bare[1:]):
        if b - a <= _ROW_SPACING and int(values[b]) == int(values[a]) + 1:
            rows |= {a, b}
    # (A table's first row, or its only one: its number a few lines below the 序号 column's name; a 督察's ledger of
    # a later batch numbers on from the last, "48".)
    # (Lines of nothing but a bar, which a page may set between the cells, "序号" / "|" / "受理编号" / "|" …, count for none.)
    for a in numbers:
        if values[a].isdecimal():
            bodies = (text[lines[j].start : lines[j].end].strip() for j in range(a - 1, -1, -1))
            above = (body for body in bodies if not _BARS.issuperset(body))
            if any(_NUMBER_COLUMN.match(body) for body, _ in zip(above, range(_ROW_SPACING))):
                rows.add(a)
    return [i for i in numbers if i not in rows]


_NUMBER_COLUMN = compile_shared(LEDGER_COLUMNS["number"])  # (a row number's column, on its own line)


_WRAP_LINES_AT_LEAST = 6  # the fewest long lines that show where a text was hard-wrapped


def _wrap_width(text: str, lines: list[Para], long: list[int]) -> int | None:
    """The width at which the text was hard-wrapped: the width that 35% of the lines 40 or more wide (and
    six) come within 4 of, if any. (Of the long lines, `long` their widths: a short notice's fields and contact
    lines say nothing about how its paragraphs were broken.)"""
    needed = max(_WRAP_LINES_AT_LEAST, 0.35 * len(long))
    if len(long) >= needed and _may_cluster(long, needed):
        best, count = _tightest(long)
        if count >= needed:
            return best
    return _count_width(text, lines)


def _long_widths(text: str, lines: list[Para]) -> list[int]:
    # (A line of fewer than 16 characters is less than 40 wide: 2.5 at most per character.)
    return [
        w
        for w in (display_width(text[p.start : p.end]) for p in lines if p.end - p.start >= 16 and not _is_row(text, p))
        if w >= 40
    ]


def _tightest(widths: list[int]) -> tuple[int, int]:
    """The width most of `widths` come within 4 of (the widest of equals), and how many do."""
    per_width = Counter(widths)
    best, best_count = 0, 0
    for w in per_width:
        count = sum(map(per_width.get, range(w - 4, w + 1), repeat(0)))  # lines of width w-4 … w
        if count > best_count or (count == best_count and w > best):
            best, best_count = w, count
    return best, best_count


# Full-width ASCII forms (，：；（）！？１) set half a Chinese character wide.
_NARROWED = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_WIDTH_FORM = compile_shared(r"[\uff01-\uff5e]")


def _measured(text: str, lines: list[Para]) -> tuple[str, int | None]:
    """The text as its line widths are measured, and its wrap width: as printed, or with its full-width punctuation
    half as wide where as many of its lines, or more, then come close to one width (a PDF that squeezes punctuation,
    a copy that widened the narrow punctuation of a text wrapped with it), so that a line the margin broke reads as at
    the margin whatever width its commas have. (Length for length the text's own: offsets into one are offsets into
    the other.)"""
    long = _long_widths(text, lines)
    # (Fewer long lines show no wrap either way; a text without full-width forms has no other measure.)
    wide = len(long) >= _WRAP_LINES_AT_LEAST and _FULL_WIDTH_FORM.search(text) is not None
    narrow = text.translate(_NARROWED) if wide else text
    if narrow != text:
        narrow_long = _long_widths(narrow, lines)
        if narrow_long != long and _tightest(narrow_long)[1] >= _tightest(long)[1]:
            return narrow, _wrap_width(narrow, lines, narrow_long)
    return text, _wrap_width(text, lines, long)


def _count_width(text: str, lines: list[Para]) -> int | None:
    """The width of a text hard-wrapped by its count of characters (digits and Latin as many as Chinese, so
    its lines show ragged): that of a line of Chinese as long as half the long lines, and six, at least."""
    counts = Counter(
        line.end - text.rfind("\n", 0, line.start) - 1
        for line in lines
        if line.end - line.start >= 16 and not _is_row(text, line)
    )
    if not counts:
        return None
    best = max(counts, key=lambda n: (counts[n] + counts.get(n - 1, 0), n))
    share = counts[best] + counts.get(best - 1, 0)
    return 2 * best if share >= max(_WRAP_LINES_AT_LEAST, 0.5 * sum(counts.values())) else None


_LINK_WIDTH = 60  # the longest line read as the title of a linked page
_FOOTER_WIDTH = 80  # the longest line read as the site footer's own, below its first
_MENU_ITEM_WIDTH = 8  # the longest item of a menu set one item a line, bars between ("成都" / "|" / "绵阳" / "|" …)
_MENU_BARS = 3  # …and the fewest bars that show one
_MENU_RUN = 5  # …or, with nothing between, the fewest items that show one above the text


def _menu_above_the_text(folded: str, lines: list[Para]) -> set[int]:
    """The items of a site's menu set one a line with nothing between ("医院概况" / "院务公开" / "科室导航" / …) above the
    page's first sentence: runs of at least `_MENU_RUN` short lines of words, none naming a column or a field (a
    table's header or a form set one cell a line, 序号 / 受理编号 / …, 整改任务概述 / 整改责任单位 / …, is no menu)."""
    items: set[int] = set()
    run: list[int] = []
    for k, line in enumerate(lines):
        body = folded[line.start : line.end].strip()
        if (
            len(body) <= _MENU_ITEM_WIDTH
            and body.isalnum()
            and not furniture.FIELD_WORDS.search(body)
            and not names_a_column(body)
        ):
            run.append(k)
            continue
        if len(run) >= _MENU_RUN:
            items.update(run)
        run = []
        if "。" in body:
            return items  # (the text has begun)
    return items


_BARS = frozenset("|｜丨")


def _menu_one_item_a_line(folded: str, lines: list[Para]) -> set[int]:
    """The items of a site's menu set one a line with a bar on a line between them (a page's list of cities or
    columns above its title): short lines of words next to a bar's line, in a run of at least `_MENU_BARS` bars."""
    bodies = [folded[line.start : line.end].strip() for line in lines]
    bars = [k for k, body in enumerate(bodies) if body and _BARS.issuperset(body)]
    if len(bars) < _MENU_BARS:
        return set()
    items: set[int] = set()
    run: set[int] = set()

    def a_menu(run: set[int]) -> bool:
        # (Not a table's header set one cell a line between bars, 序号 / | / 受理编号 / | / 交办问题基本情况: its items name
        # columns.)
        return len(run) > _MENU_BARS and sum(names_a_column(bodies[k]) for k in run) * 2 < len(run)

    for k, body in enumerate(bodies):
        if k in bars:
            continue
        if len(body) <= _MENU_ITEM_WIDTH and body.isalnum() and (k - 1 in bars or k + 1 in bars):
            run.add(k)
            continue
        if a_menu(run):
            items |= run
        run = set()
    return items | (run if a_menu(run) else set())


_RUN_IN_META = 40  # the shortest metadata line read for an opening formula run on to it


def _bare_key(folded: str, lines: list[Para], k: int) -> str | None:
    """The metadata key line `k` holds alone, without its colon, where the line after it is its value and the line
    after that, or the one before the line above, holds another key: a page's metadata set out a field a line."""
    key = re.sub(r"[ \t]", "", folded[lines[k].start : lines[k].end])
    if key not in furniture.VALUE_BELOW_KEYS or k + 1 >= len(lines):
        return None
    if not furniture.value_below(key, folded[lines[k + 1].start : lines[k + 1].end].strip()):
        return None
    near = [folded[lines[j].start : lines[j].end] for j in (k - 2, k + 2) if 0 <= j < len(lines)]
    keyed = any(
        re.sub(r"[ \t:：]", "", line) in furniture.VALUE_BELOW_KEYS or furniture.is_meta_line(line) for line in near
    )
    return key if keyed else None


_LISTED_AT_LEAST = 2  # the fewest dated titles in a run that make a list of other pages…
_LISTED_BARE_AT_LEAST = 3  # …where neither a bullet nor a year marks them (a ledger's rows may end on "12-31")
_LIST_COLUMN = compile_shared(r"[ \t]*[\u4e00-\u9fff]{2,8}[ \t]*")  # a site's column, as it heads its list


def _dated_lists(folded: str, lines: list[Para]) -> set[int]:
    """The lines of runs of other pages' titles, each with its day set the same way (`furniture.LISTED_LINK`), at least
    `_LISTED_AT_LEAST` together (`_LISTED_BARE_AT_LEAST` with neither bullets nor years): a column's list beside the
    notice, above its title or below its end, with or without a heading over it. (A page that dates its own title
    under such a list sets its day its own way: "… 2023-03-15" / "中共…的通报 (2024-07-26)".)"""
    listed: set[int] = set()
    run: list[int] = []
    shape = None
    marked = False  # the run's first line bulleted or its day with its year
    bodied = False  # a sentence's line above
    for k, line in enumerate([*lines, None]):
        body = folded[line.start : line.end].strip() if line else ""
        link = furniture.LISTED_LINK.match(body) if line and not furniture.is_meta_line(body) else None
        day = re.sub(r"\d+", "9", link.group("day")) if link else None
        if day is None or day != shape:  # (the run before this line has ended)
            if len(run) >= (_LISTED_AT_LEAST if marked else _LISTED_BARE_AT_LEAST):
                listed.update(run)
                # (…and the column's name over it, in the page's head: "巡视巡察" / "· …反馈巡察情况 05-06" / ….)
                named = run[0] - 1
                if not bodied and named >= 0 and _LIST_COLUMN.fullmatch(folded, lines[named].start, lines[named].end):
                    listed.add(named)
            run = []
        shape = day
        bodied = bodied or "。" in body
        if link:
            if not run:
                marked = bool(link.group(1)) or re.search(r"\d{4}", link.group("day")) is not None
            run.append(k)
    return listed


def _bracketed_title(line: str) -> bool:
    """Whether a line is a title set in brackets, whole ("【中共…关于…的通报】"), and nothing else."""
    return (
        line.startswith("【")
        and line.endswith("】")
        and "【" not in line[1:-1]
        and "】" not in line[1:-1]
        and furniture.is_linked_title(line[1:-1].strip())
    )


def _set_furniture_apart(folded: str, lines: list[Para], listed: set[int]) -> Page:
    """Lines of page furniture leave the paragraphs; furniture run into a line's start is cut off.
    A metadata key whose value sits on the next line ("文件名称：" / "…的通报") takes that line along.
    `lines` are lines left once page numbers are dropped (`_drop_page_furniture`): none is a counter. Those that start
    at `listed` are a dated list of other pages' titles (`_dated_lists`): the page's links."""
    paras: list[Para] = []
    dropped: list[Para] = []
    meta: dict[str, str] = {}
    pending_key: str | None = None
    links = False  # below a heading of links to other pages ("相关链接"): their titles are furniture
    bodied = footer = False  # a sentence's line kept; below the site's footer after it (版权所有, 主办单位：…)
    menu = _menu_one_item_a_line(folded, lines) if "|" in folded or "｜" in folded or "丨" in folded else set()
    menu |= _menu_above_the_text(folded, lines)
    listed_lines: list[Para] = []
    for k, line in enumerate(lines):
        body = folded[line.start : line.end]
        if line.start in listed:
            # (A heading of links over a dated list heads that list only: "最新发布" / "…的通报 2023-05-06" / ….)
            links = False
            listed_lines.append(line)
            continue
        if k in menu or (not paras and "," in body and furniture.KEYWORD_RUN.match(body)):
            dropped.append(line)
            continue
        if (
            links
            and (len(body) <= _LINK_WIDTH or furniture.DATED_LINK.match(body))
            and not _heads_a_page(folded, lines, k)
            or footer
            and len(body) <= _FOOTER_WIDTH
        ) and "。" not in body:
            # (The site's footer goes on in lines of its own words: "地址：…路1号 联系电话：…", "联系我们 | 网站地图".)
            dropped.append(line)
            continue
        links = False
        if pending_key is not None and furniture.value_below(pending_key, body.strip()):
            meta.setdefault(pending_key, body.strip())
            pending_key = None
            dropped.append(line)
            continue
        pending_key = None
        if (key := _bare_key(folded, lines, k)) is not None:
            # A key alone on its line in a block of them, its value on the next ("发布机构" / "郧西县审计局" / "文号").
            pending_key = key
            dropped.append(line)
            continue
        if furniture.is_meta_line(body):
            title = furniture.TITLE_BEFORE_META.match(body)
            if title:
                paras.append(Para(line.start, line.start + title.end()))
                body, line = body[title.end() :], Para(line.start + title.end(), line.end)
            begins = _run_on_body(body)
            if begins > 0:
                paras.append(Para(line.start + begins, line.end))
                body, line = body[:begins], Para(line.start, line.start + begins)
            pairs = furniture.meta_pairs(body[: furniture.widgets_after(body)])  # ("来源: 【字体:大 中 小】": no value)
            for key, value in pairs:
                if value:
                    meta.setdefault(key, value)
            if len(pairs) == 1 and not pairs[0][1]:
                pending_key = pairs[0][0]
            dropped.append(line)
            continue
        if paras and _WRAPPED_TAIL.issuperset(body) and not folded[paras[-1].end : line.start].strip(_SPACES + "\n"):
            # The end of a sentence the margin pushed onto a line of its own ("…党员201名" / "。"): it closes
            # the line right above it, which it would otherwise leave open to run into the next paragraph.
            paras[-1] = Para(paras[-1].start, line.end)
            continue
        cut = furniture.furniture_prefix(body)
        if not cut and not bodied and body.startswith("【") and (tag := OPENING_TAG.match(body)):
            # (…a column's tag before the opening words, not an item's key: "【巡察整改】根据…" / "【整改措施】按照…".)
            cut = 0 if PROBLEM_KEY.match(body) or RECT_KEY.match(body) else tag.end()
        if cut and furniture.is_meta_line(body[cut:]):
            # Widgets before the page's metadata ("【打印本页】【关闭窗口】 发布日期：2023年09月12日"): the metadata's.
            for key, value in furniture.meta_pairs(body[cut:]):
                if value:
                    meta.setdefault(key, value)
            dropped.append(line)
            continue
        # (A heading of links to other pages, 相关新闻 or 推荐阅读, whether or not its words read as widgets.)
        heads_links = furniture.LINKS_HEADING.match(body) is not None
        if heads_links or furniture.is_other_furniture(body, cut):
            links = heads_links
            footer = footer or (bodied and furniture.SITE_FOOTER.search(body) is not None)
            dropped.append(line)
            continue
        run_on: list[Para] = []
        if (dated := _metadata_after_title(body)) is not None:
            # A breadcrumb, the title and the page's metadata run into one line ("…> 部门动态 > 巡察整改中共…的通报
            # 发布时间：2022-09-06 10:18 来源：…"): the metadata is set apart, the rest stays (and the notice's text
            # run on after it: "…浏览量: 中共…的通报 根据…").
            begins = _run_on_body(body[dated:])
            meta_end = dated + begins if begins else len(body)
            for key, value in furniture.meta_pairs(body[dated:meta_end]):
                if value:
                    meta.setdefault(key, value)
            dropped.append(Para(line.start + dated, line.start + meta_end))
            run_on = [Para(line.start + meta_end, line.end)] if begins else []
            line = Para(line.start, line.start + dated)
        start = line.start + cut
        kept = folded[line.start : line.end]  # (the title's part, where its metadata ran on after it)
        end = line.start + furniture.widgets_after(kept)
        if not bodied and _bracketed_title(folded[start:end]):
            start, end = start + 1, end - 1  # a title the page sets in brackets: "【中共…的通报】"
        paras += [Para(start, end), *run_on]
        bodied = bodied or "。" in body
    return Page(paras, dropped, meta, listed_lines)


_PAGE_BODY_AT_LEAST = 60  # the shortest paragraph read as a page's text begun, under its title


def _heads_a_page(folded: str, lines: list[Para], k: int) -> bool:
    """Whether line k, in a list of links, is the title of the page the list stands above: the page's metadata or its
    text follows it ("最新文章" / "…的通报" / "…的公示" / "<the notice's title>" / "发布时间：…" / "根据…。")."""
    if k + 1 >= len(lines):
        return False
    below = folded[lines[k + 1].start : lines[k + 1].end]
    if _opens_a_page(below):
        return True
    # (…or the title's first line, the second under it: "…关于第十四届" / "县委机动巡察整改进展情况的通报" / "根据…。")
    return (
        k + 2 < len(lines)
        and not furniture.is_linked_title(folded[lines[k].start : lines[k].end].strip())
        and len(below) <= _LINK_WIDTH
        and "。" not in below
        and _opens_a_page(folded[lines[k + 2].start : lines[k + 2].end])
    )


def _opens_a_page(line: str) -> bool:
    """Whether a line is a page's metadata or its text begun (what stands under a page's title)."""
    return furniture.is_meta_line(line) or (len(line) >= _PAGE_BODY_AT_LEAST and "。" in line)


def _run_on_body(meta: str) -> int:
    """Where the notice's text begins in a line of metadata it ran on to: at its opening formula ("浏览次数: 发布时间:
    2025-11-12 12:02 字体大小: 大 中 小 根据市委巡察工作的统一部署，…"), or at the title the page sets again before it
    ("…浏览量: 中共…关于…的通报 根据…"); 0 where it does not."""
    opening = RUN_IN_BODY.search(meta) if len(meta) > _RUN_IN_META else None
    if opening is None:
        return 0
    titled = RUN_IN_TITLE.search(meta, 0, opening.start())
    return titled.start() if titled else opening.start()


def _metadata_after_title(body: str) -> int | None:
    """Where a page's metadata begins after a title on the same line ("…的通报发布时间：2022-09-06…"), else None."""
    if not ("时间" in body or "日期" in body) or len(body) > _RUN_ON_META_LINE:
        return None
    dated = _DATED_KEY.search(body)
    if dated is None or dated.start() == 0 or not body.startswith(("发布", "日期"), dated.start()):
        return None
    before = body[: dated.start()].rstrip()
    return dated.start() if before.endswith(TITLE_ENDS) and "。" not in before else None


_RUN_ON_META_LINE = 300  # the longest line a page's furniture, title and metadata make together


SITE_HEAD_LINES = 20  # the opening lines a site's header and its breadcrumb are looked for in
_SITE_HEAD_WIDTH = 40


_OWN_TITLE_WIDTH = 12  # the shortest line without 关于 read as a title over the page's breadcrumb, not a column's name


def site_head(lines: list[str]) -> int:
    """How many opening lines (folded, blank ones left out) are the site's own header: the short lines (banners,
    slogans, QR-code captions, "选择语言", "Loading……") above a breadcrumb near the page's top, which marks where the
    content area begins."""
    head = 0
    for k, body in enumerate(lines[:SITE_HEAD_LINES]):
        if furniture.may_be_breadcrumb(body) and furniture.BREADCRUMB.search(body):
            # The last such breadcrumb with only short lines above it (a page may carry two: the site's
            # navigation, then the column's).
            head = k
        elif ("关于" in body and _title_shaped(body)) or (
            len(body.strip()) >= _OWN_TITLE_WIDTH and WORK_TITLE.match(body.strip())
        ):
            # The notice's title (…or one without 关于 that names the work: "第二轮中央生态环境保护督察反馈问题(省序号28)
            # 整改完成情况公示"): a breadcrumb under it is the page's, and the title stays.
            break
        elif len(body) > _SITE_HEAD_WIDTH and not furniture.NAV_MENU.match(body):
            break  # (a site's menu of its sections may run longer)
    return head


def _content_lines(folded: str) -> Page:
    """The lines of a text that are not page furniture, one paragraph each (hard wraps not yet joined)."""
    lines = _drop_page_furniture(folded, _lines(folded))
    listed = {lines[k].start for k in _dated_lists(folded, lines)}
    head = site_head([folded[line.start : line.end] for line in lines[:SITE_HEAD_LINES]])
    start, end = _contents_table(folded, lines, head)
    page = _set_furniture_apart(folded, lines[head:start] + lines[end:], listed)
    page.furniture[:0] = [line for line in lines[:head] + lines[start:end] if line.start not in listed]
    page.links[:0] = [line for line in lines[:head] if line.start in listed]
    return page


_CONTENTS_ENTRIES = 3  # the fewest headings a table of contents lists
_CONTENTS_WIDTH = 60  # the widest entry
_CONTENTS_REACH = 24  # the most lines (a banner, a caption, furniture) above a table of contents
_CONTENTS_MOST = 60  # the most entries read (a run of headings that long is no page's table of contents)


def _heading_words(line: str) -> str | None:
    """The first words of a heading line after its label ("一、提高政治站位" → "提高政治站"), else None."""
    for _, pattern in MARKERS:
        m = pattern.match(line)
        if m:
            return line[m.end() : m.end() + 5].strip(" \t,，、.:：") or None
    return None


def _is_furniture_line(body: str) -> bool:
    """Metadata or furniture, for a line left once page numbers are dropped (so no counter)."""
    return furniture.is_meta_line(body) or furniture.is_other_furniture(body, furniture.furniture_prefix(body))


def _contents_table(folded: str, lines: list[Para], head: int) -> tuple[int, int]:
    """The lines (start, end) from `head` on that are a table of contents (a document-sharing site shows the
    outline before the text; a print-out's header, an image's caption or a site's banner may come first): three or
    more short heading lines in a row, the first of which heads a paragraph again later ("一、提高政治站位" before
    "一、提高政治站位,统一思想认识"; a stored opening may stop before the others come again), with no sentence above
    them. (head, head) when there is none."""
    last_heading: dict[str, int] | None = None  # each heading's first words, and the last line they head
    for start in range(head, min(len(lines), head + _CONTENTS_REACH)):
        above = folded[lines[start].start : lines[start].end]
        entries = _contents_entries(folded, lines[start:])
        if len(entries) >= _CONTENTS_ENTRIES:
            if last_heading is None:
                words = ((k, _heading_words(folded[line.start : line.end])) for k, line in enumerate(lines))
                last_heading = {said: k for k, said in words if said is not None}
            if last_heading[entries[0]] >= start + len(entries):
                return start, start + len(entries)
        if "。" in above:
            break  # (a sentence: the text has begun)
    return head, head


def _contents_entries(folded: str, lines: list[Para]) -> list[str]:
    """The first words of each heading line in a row from the first of `lines`, while they are short."""
    entries: list[str] = []
    for line in lines[:_CONTENTS_MOST]:
        words = _heading_words(folded[line.start : line.end]) if line.end - line.start <= _CONTENTS_WIDTH else None
        if words is None:
            break
        entries.append(words)
    return entries


def split_page(text: str, folded: str) -> Page:
    """The paragraphs of `text` (with `folded`, its folded view): non-empty lines, page furniture set
    apart, hard wraps joined. Words are read in the folded view (關於…清單, １／８ read as they should);
    widths are measured in the text as printed (its full-width punctuation narrowed where that sets its lines
    closer to one width: `_measured`)."""
    page = _content_lines(folded)
    measured, width = _measured(text, page.paras)
    joins = _continuations(measured, folded, page.paras, width)
    if joins:
        paras: list[Para] = []
        for k, line in enumerate(page.paras):
            if k in joins:
                paras[-1] = Para(paras[-1].start, line.end)
            else:
                paras.append(line)
        page.paras = paras
    _meta_run_together(folded, page)
    return page


# What only a page's metadata keys, not a table's header.
_DOCUMENT_KEY_WORDS = ("索引", "发布", "成文", "发文", "文号")
_RUN_TOGETHER_META_PARAS = (
    2  # the paragraphs at a text's head its run-together metadata is looked for in (a title may be one)
)
_RUN_TOGETHER_META_REACH = 500  # …and how far into each


def _meta_run_together(folded: str, page: Page) -> None:
    """Add to the page's metadata the pairs a page that lost its line breaks ran into one line with its title and
    text, in its first two paragraphs, where that line also holds the opening formula or two keys or more ("…实施方案
    发布机构: …人民政府 发布时间: 2018-09-05 字体: [ ] 为认真贯彻…"); a key's first value wins (the page's own
    metadata's, then the line's: not a table's column below it). A breadcrumb that ran into the metadata ("当前位置: 首页 >
    … 时间发布:2022-11-11 15:30 阅读次数: 信息来源:市生态环境局 字体:[ ]"), furniture above the text, is read so too."""
    first = page.paras[0].start if page.paras else len(folded)
    above = [line for line in page.furniture if line.start < first][:_RUN_TOGETHER_META_PARAS]
    for para in above + page.paras[:_RUN_TOGETHER_META_PARAS]:
        head = folded[para.start : para.end][:_RUN_TOGETHER_META_REACH]
        # (Keys with their colons, or a document's own keys in a table's cells: not a table's header, "名称 | … | 时间".)
        keyed = (
            sum(
                head[m.end(1) :].lstrip(" \t").startswith((":", "："))
                or any(word in m[1] for word in _DOCUMENT_KEY_WORDS)
                for m in furniture.META_PAIR.finditer(head)
            )
            >= 2
        )
        if keyed or RUN_IN_BODY.search(head):
            for key, value in furniture.meta_pairs(head):
                page.meta.setdefault(key, value)


_COLUMN_GAP = compile_shared(r"(?<=\S)[ \u3000\xa0]{3,}(?=\S)")


def _is_row(text: str, line: Para) -> bool:
    """Whether a line is a table's row: cells set apart by tabs, or by wide gaps as a PDF's layout sets them."""
    body = text[line.start : line.end]
    return "\t" in body or (("   " in body or "\xa0\xa0" in body) and len(_COLUMN_GAP.findall(body)) >= 2)


_OPENERS = frozenset("【[（(“《〔")  # (in the folded view: brackets half-width)
_CLAUSE_MARKS = ("，", ",", "、")
_MID_TOKEN = frozenset("@-_")  # a line ending inside an address or a number ("ljswjwcwk@" / "126.com。")
_NEXT_ENUMERATED = compile_shared(r"([二三四五六七八九十])是")


def _continuations(
    text: str, folded: str, lines: list[Para], width: int | None, spread_at: dict[int, int] | None = None
) -> set[int]:
    """Which lines carry on the line before them, in a text hard-wrapped at `width` (`_wrap_width`): after a
    line that runs to the wrap width without ending a sentence, a line that opens no paragraph (no label, no key)."""
    if width is None:
        return set()
    joins: set[int] = set()
    open_para = False
    # A blank line ends a paragraph, unless the text sets one between most of its lines (a double-spaced page).
    blank = [k for k in range(1, len(lines)) if "\n\n" in folded[lines[k - 1].end : lines[k].start].replace(" ", "")]
    apart = set(blank) if len(blank) * 2 < len(lines) else set()
    at_margin = False  # (the line before reaches the margin)
    para_start = 0
    indented = _indented_paragraphs(text, folded, lines, width)
    flush_mid = False  # (a flush line after one the margin broke mid-sentence, in a text that indents paragraphs)
    for k, line in enumerate(lines):
        if k in apart:
            open_para = at_margin = False
        if indented is not None:
            # A text that indents each paragraph's first line and no other: the indent alone says where a
            # paragraph opens, after a sentence that ended at the margin too ("…共计3.7万元；" / "部分村集体…"),
            # and a flush line carries on a sentence the margin broke whatever its first words ("…问题的" / "整改情况。").
            flush_mid = open_para and k not in indented
            open_para = at_margin and k not in indented
        # (A number the margin broke, "…（2021－20" / "30）》…", opens no paragraph though it reads as a label;
        # …nor does a line after one that ends opening a bracket or a quote ("…直排淇河。【" / "整改措施】…").
        last = folded[lines[k - 1].end - 1] if k else ""
        split = (last.isdigit() and folded[line.start].isdigit()) or last in _OPENERS or last in _MID_TOKEN
        # An enumeration goes on after a sentence that ends at the margin ("…风险问题。" / "二是…"), and one that
        # begins under a heading opens a paragraph ("…的问题" / "一是…").
        enumerated = _NEXT_ENUMERATED.match(folded, line.start)
        goes_on = (
            at_margin
            and enumerated is not None
            and f"{CN_ORDER[CN_ORDER.index(enumerated.group(1)) - 1]}是" in folded[para_start : line.start]
        )
        heads_a_list = folded.startswith("一是", line.start) and (last.isalnum() or last in "”）)")
        body = text[line.start : line.end]
        row = _is_row(text, line)  # a table's row: never joined, and it ends with its cells
        if not row and (
            goes_on
            or (
                open_para
                and not heads_a_list
                and (split or flush_mid or not PARA_OPENS.match(folded[line.start : line.end]))
                and not _meta_between(folded, lines, k)
                and not _signs(folded, lines, k)
            )
        ):
            joins.add(k)
        else:
            para_start = line.start
        if row:
            open_para = at_margin = False
            continue
        # (Measured from the margin: a paragraph's first line is indented, and no shorter for it. A line the PDF
        # letter-spaced was spread over the measure: it reached the margin as printed, or stops mid-sentence.)
        line_start = text.rfind("\n", 0, line.start) + 1
        spread_width = spread_at.get(line_start) if spread_at else None
        at_margin = _runs_to(text[line_start : line.end], width) or (
            spread_width is not None and (spread_width >= width - 4 or body.rstrip().endswith(_CLAUSE_MARKS))
        )
        # (A colon at the margin ends no paragraph: a key's value goes on below it, "整改结果：" / "已完成。"; a lead-in's
        # list opens with a label, which opens a paragraph of its own.)
        # (…nor does a whole heading that happens to reach it: "（二）关于“…”的整改情况" over its body's first line.)
        open_para = at_margin and not body.endswith(_SENTENCE_END) and not whole_heading(folded[line.start : line.end])
    return joins


_HEADING_ENDS = ("情况", "方面", "问题", "情况)", "方面)", "问题)")


def whole_heading(line: str) -> bool:
    """Whether a line (folded) is a heading complete in itself, wherever the margin fell: an outline label, and the
    words a section's heading ends with ("（二）关于“…”的整改情况"); no paragraph runs on from it."""
    return line.rstrip().endswith(_HEADING_ENDS) and PARA_OPENS.match(line) is not None


_INDENT_RULE_AT_LEAST = 3  # the fewest paragraph openings, and lines run on, that show a text's indent rule
_INDENT_RULE_SHARE = 0.8


def _indented_paragraphs(text: str, folded: str, lines: list[Para], width: int) -> set[int] | None:
    """The lines set in from the margin, in a text hard-wrapped at `width` whose paragraphs open indented and
    run on flush: lines after a sentence ended short of the margin (paragraph openings) mostly indented, and
    lines after one stopped mid-sentence at the margin mostly flush. None for a text that shows no such rule."""
    indented: set[int] = set()
    for k, line in enumerate(lines):
        lead = text[text.rfind("\n", 0, line.start) + 1 : line.start]
        if lead and not lead.strip(_SPACES):
            indented.add(k)
    if not indented:
        return None
    openings = runs_on = openings_indented = runs_on_flush = 0
    for k in range(1, len(lines)):
        before = text[text.rfind("\n", 0, lines[k - 1].start) + 1 : lines[k - 1].end]
        at_margin = _runs_to(before, width)
        if before.endswith(_PARAGRAPH_END) and not at_margin:
            openings += 1
            openings_indented += k in indented
        elif (
            at_margin
            and not before.endswith(_PARAGRAPH_END)
            and not PARA_OPENS.match(folded[lines[k].start : lines[k].end])
        ):
            runs_on += 1
            runs_on_flush += k not in indented
    if min(openings, runs_on) < _INDENT_RULE_AT_LEAST:
        return None
    rule = openings_indented >= _INDENT_RULE_SHARE * openings and runs_on_flush >= _INDENT_RULE_SHARE * runs_on
    return indented if rule else None


def _signs(folded: str, lines: list[Para], k: int) -> bool:
    """Whether line `k` is the signing body above the closing date: the sentence before it ends there, even
    at the margin ("…监督电话：0739-7460112")."""
    return k + 1 < len(lines) and is_signature(
        folded[lines[k].start : lines[k].end], folded[lines[k + 1].start : lines[k + 1].end]
    )


def _meta_between(folded: str, lines: list[Para], k: int) -> bool:
    """Whether a page's metadata line stands between line `k` and the one before it (a title, then "发布日期：…
    来源：…", then the opening): no sentence runs on over it, as one does over a page's header and footer (a
    print-out's "2024/8/20 16:42 <title>" names no key)."""
    gap = folded[lines[k - 1].end : lines[k].start]
    return gap.strip() != "" and any(
        furniture.is_meta_line(piece) and furniture.meta_pairs(piece) for piece in gap.split("\n") if piece.strip()
    )


def _runs_to(line: str, width: int) -> bool:
    """Whether `line` runs to the wrap width: as wide, or, when it holds narrow characters (digits, Latin), as
    many characters as a line of Chinese at that width (a text wrapped by its count of characters)."""
    if display_width(line) >= width - 4:
        return True
    return len(line) >= width // 2 - 2 and not line.isascii() and len(line.encode("utf-8")) < 3 * len(line)


def _may_cluster(widths: list[int], needed: float) -> bool:
    """Whether `needed` of `widths` may lie within 5 consecutive widths: a quick count, as any such run lies
    within two neighbouring 5-wide bands."""
    bands = Counter(w // 5 for w in widths)
    return any(n + bands.get(b + 1, 0) >= needed for b, n in bands.items())


def _may_be_wrapped(text: str) -> bool:
    """A quick look at the raw lines, furniture and all, that lets through every text `_wrap_width` may
    find hard-wrapped: a fifth of the long lines (not 35%: long furniture lines count here) may lie within
    5 consecutive widths of 40 or more."""
    # A line of fewer than 16 characters is less than 40 wide (2.5 at most per character).
    long = [w for w in (display_width(line.strip(_SPACES)) for line in text.split("\n") if len(line) >= 16) if w >= 40]
    needed = max(_WRAP_LINES_AT_LEAST, 0.2 * len(long))
    return len(long) >= needed and _may_cluster(long, needed)


_TOKEN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@._%+-")
_TOKEN_REACH = 40  # the characters looked through on each side for an address's @ or dot


def wrap_joiner(before: str, after: str) -> str:
    """What a hard wrap between the text `before` it and the text `after` it took out: a space between two
    Latin words, which wrap at a space; nothing inside a number ("1" + "8户", "0739-78" + "12265") or an
    address ("lcdxx" + "szg@lcu.edu.cn"), which a page breaks at any character, nor next to Chinese text or
    punctuation ("4+2" + "”程序")."""
    last, first = before[-1:], after[:1]
    if not (last.isascii() and last.isalnum() and first.isascii() and first.isalnum()):
        return ""
    if last.isdigit() and first.isdigit():
        return ""
    head = before[-_TOKEN_REACH:]
    tail = after[:_TOKEN_REACH]
    token = head[len(head) - next((k for k, c in enumerate(reversed(head)) if c not in _TOKEN_CHARS), len(head)) :]
    token += tail[: next((k for k, c in enumerate(tail) if c not in _TOKEN_CHARS), len(tail))]
    return "" if "@" in token or "." in token else " "


# A space between two CJK characters (or full-width forms), as a PDF's text layer sets justified text.
# (Written to open with the space itself, which the engine scans for in C.)
_SPACED = compile_shared(r"[ \xa0](?<=[\u3001-\u9fff\uff01-\uffef][ \xa0])(?=[\u3001-\u9fff\uff01-\uffef])")
_CJK = compile_shared(r"[\u3001-\u9fff\uff01-\uffef]")


_ALL_SPACED = compile_shared(r"^[ \t]*(?:[^\s][ \xa0]){5,}[^\s][ \t]*$")
_LETTER_GAP = compile_shared(r"(?<=\S)[ \xa0](?=\S)")
_WORD_GAP = compile_shared(r"[ \xa0]{2,}")


def unspace(text: str) -> str:
    """`text` with the lines that a PDF's text layer letter-spaced ("巡 察 整 改 情 况", "2 0 2 4 年") closed
    up again: in a line where most CJK characters stand one space apart, every single space between two
    characters goes and a wider gap stays as one space. Other lines, with a few spaces, stay as they are."""
    return unspace_spread(text)[0]


def unspace_spread(text: str) -> tuple[str, dict[int, int]]:
    """`unspace`, and the display width each line closed up had (line number → width): a line a PDF spread over
    the whole measure (a justified line before a manual break) still reached the margin (`unwrap`)."""
    spread: dict[int, int] = {}
    if (" " not in text and "\xa0" not in text) or _SPACED.search(text) is None:  # one pass over a text with none
        return text, spread
    lines = text.split("\n")
    for k, line in enumerate(lines):
        if " " in line or "\xa0" in line:
            spaced = len(_SPACED.findall(line))
            # (…or every character a space apart, digits too: a signature's "2 0 2 4 年 1 1 月 2 0 日".)
            if (spaced >= 3 and spaced * 2 >= len(_CJK.findall(line))) or _ALL_SPACED.match(line):
                spread[k] = display_width(line)
                lines[k] = _WORD_GAP.sub(" ", _LETTER_GAP.sub("", line))
    return "\n".join(lines), spread


# A line that may be a page number (- 2 -, 第3页, 2/5): texts without one are spared the look for page breaks.
_MAY_HAVE_PAGE_NUMBERS = compile_shared(r"\n[ \t]*(?:[-—–－·][ \t]*\d|第[ \t]*\d{1,4}[ \t]*页|\d{1,4}[ \t]*/[ \t]*\d)")


_CELL_AT_MOST = 12  # the longest line before a page break read as a table's cell, not a sentence's first part
_PAGE_BREAK_LINES = 3  # the most lines a page break sets between two lines of text: footer, number, header


_HEADING_AT_MOST = 40  # the longest heading on a line of its own
_LONG_HEADING_ENDS = ("方面", "整改情况")  # (…unless it ends as a group's or an answer's heading does)


def _table_row(line: str) -> bool:
    """Whether a line is a table's row: cells a tab or bars set apart ("1 | 衡阳县 | …")."""
    return "\t" in line or line.count("|") + line.count("｜") >= _ROW_BARS


def _over_page_breaks(text: str, folded: str, lines: list[Para], width: int | None) -> set[int]:
    """Which lines carry on a sentence over a page break (a page's number, and the footer and header about it,
    between them): the line before ends no sentence and the line after opens no paragraph ("…培训包保干部" /
    "- 2 -" / "第3页" / "412人次。")."""
    joins: set[int] = set()
    if width is None and not _shows_page_breaks([line for line in folded.split("\n") if furniture.is_counter(line)]):
        return joins  # (text that is not hard-wrapped, its one counter a web page's: a carousel's "1/2")
    for k in range(2, len(lines)):  # (not after the first line: a page's title, above a site's furniture)
        gap = folded[lines[k - 1].end : lines[k].start]
        pieces = [piece for piece in gap.split("\n") if piece.strip()]
        if not pieces or len(pieces) > _PAGE_BREAK_LINES or not any(map(furniture.is_counter, pieces)):
            continue
        before = text[lines[k - 1].start : lines[k - 1].end].rstrip()
        if _table_row(before) or _table_row(text[lines[k].start : lines[k].end]):
            continue  # a table's row ends with its cells, and the next page's row or header is one of its own
        if before.endswith(_PARAGRAPH_END) or is_date_line(before):
            continue  # (a signature's date ends the notice: 抄送：… under it is the imprint's)
        if (
            before.endswith(TITLE_ENDS)
            and before.count("《") <= before.count("》")
            and before.count("“") <= before.count("”")
        ):
            # A title ends its line ("…整改情况的报告" / "- 2 -" / "——2021年12月28日在…"); not a document's name it
            # opens ("…印发《关于…的通报" / "- 2 -" / "》，…").
            continue
        if len(before.strip()) <= _CELL_AT_MOST:
            continue  # a table's cell set on a line of its own ("达到序时进度"), no sentence running on
        heading = folded[lines[k - 1].start : lines[k - 1].end]
        # (A line that reaches the margin `width` is no heading, however short.)
        at_margin = width is not None and _runs_to(
            text[text.rfind("\n", 0, lines[k - 1].start) + 1 : lines[k - 1].end], width
        )
        if (
            (len(heading) <= _HEADING_AT_MOST or heading.rstrip().endswith(_LONG_HEADING_ENDS))
            and ":" not in heading
            and PARA_OPENS.match(heading)
            and not at_margin
        ):
            # A heading at a page's foot ("二、审计查出问题的整改情况"; however long, a group's or an answer's: "（二）在…
            # 不充分方面", "二、关于“…”问题的整改情况"), which ends no sentence either (not a key's text running on:
            # "整改情况：开展专题培训2期，培训包保干部").
            continue
        after = folded[lines[k].start : lines[k].end]
        below = folded[lines[k + 1].start : lines[k + 1].end] if k + 1 < len(lines) else ""
        if is_signature(after, below) or is_signature(before, after):
            # The signing body over its date, on the next page ("…大楼415室" / "- 2 -" / "松江河林业局" / date), or the
            # page break between them ("中共兰西县委 兰西县人民政府" / "- 2 -" / date).
            continue
        if not PARA_OPENS.match(after) and not after.startswith(_IMPRINT_KEYS):
            joins.add(k)
    return joins


_COLUMN_NAME_AT_MOST = 12


def _has_stacked_header(text: str) -> bool:
    """Whether three lines in a row are a table's column names (序号 / 反馈问题 / 整改措施 …), one a line."""
    run = 0
    for line in text.split("\n"):
        name = "".join(line.split())
        if 0 < len(name) <= _COLUMN_NAME_AT_MOST and ANY_COLUMN.match(name):
            run += 1
            if run >= 3:
                return True
        else:
            run = 0
    return False


def unwrap(text: str, spread: dict[int, int] | None = None) -> str:
    """`text` with the line breaks of its hard-wrapped paragraphs taken out, as a reader sees them (text
    copied out of a PDF breaks every line at the margin, mid-word): so that every later step, and every
    output, reads "整改情况" where the page broke it into "整\n改情况". A paragraph that runs on over a
    page break is joined over the page's footer and the next one's header, which go (page furniture,
    repeated on every page). A text that is not hard-wrapped is returned as it is, after a quick look
    at its line widths. `spread` gives the width lines had before `unspace_spread` closed them up."""
    # (A table whose cells a page set one per line is no hard-wrapped text: its cells are lines of their own.)
    wrapped = _may_be_wrapped(text) and not _has_stacked_header(text)
    if not wrapped and not _MAY_HAVE_PAGE_NUMBERS.search(text):
        return text
    folded = fold(text)
    lines = _content_lines(folded).paras
    measured, width = _measured(text, lines) if wrapped else (text, None)
    spread_at: dict[int, int] = {}  # a closed-up line's start → its width as printed
    if spread and width is not None:
        at = 0
        for n, line in enumerate(text.split("\n")):
            if n in spread:
                spread_at[at] = spread[n]
            at += len(line) + 1
    joins = _continuations(measured, folded, lines, width, spread_at) | _over_page_breaks(
        measured, folded, lines, width
    )
    cuts = [
        (
            lines[k - 1].end,
            lines[k].start,
            wrap_joiner(
                text[max(0, lines[k - 1].end - _TOKEN_REACH) : lines[k - 1].end],
                text[lines[k].start : lines[k].start + _TOKEN_REACH],
            ),
        )
        for k in joins
    ]
    if joins:
        # Every page break's number and running header goes, not only those a sentence runs on over: once some
        # are gone, too few would be left for the rest to read as repeated. (The first page's header stays, where
        # it may be the title the pages repeat; not where it numbers an issue, "…公报  2023年第6号".)
        every_line = _lines(folded)
        kept = [line.start for line in _drop_page_furniture(folded, every_line)]
        first, keep = (kept[0] if kept else len(text)), set(kept)
        cuts += [
            (line.start, line.end + (text[line.end : line.end + 1] == "\n"), "")
            for line in every_line
            if line.start not in keep and (line.start > first or _ISSUE_NUMBER.search(folded, line.start, line.end))
        ]
    pieces: list[str] = []
    pos = 0
    for start, end, joiner in sorted(cuts):
        if start >= pos:  # (a page break's lines inside a join's gap go with it)
            pieces += [text[pos:start], joiner]
            pos = end
    return "".join(pieces) + text[pos:] if pieces else text
