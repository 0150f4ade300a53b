"""Status: what a notice says about one issue's rectification, normalised (phrases in vocab/status).

Only statements in a status position count: after a key (整改情况：已完成), with the issue as
subject (该项已办结, 此问题已解决), in brackets (（已完成）) or as a paragraph of their own. A
sentence describing finished work ("中小养殖户整改完成") is not a status.
"""

from __future__ import annotations

import bisect
import re
from typing import cast

from extractor.lazy_re import LazyPattern, compile_shared, finditer_past_start, opener_test
from extractor.models import Status
from extractor.vocab.headings import (
    BULLETS,
    COLON_ONLY_PROGRESS_KEYS,
    MEASURE_KEY_WORDS,
    MEASURE_OR_PROGRESS_KEYS,
    OTHER_KEY,
    STAGED_KEYS,
    alternatives,
)
from extractor.vocab.numerals import to_int
from extractor.vocab.report import PLANNED as _PLANNED
from extractor.vocab.status import (
    ABOVE,
    ALL_DONE,
    ALL_DONE_WORDS,
    AS_OF,
    BARE,
    COMPLETED,
    GROUP_DONE,
    IN_PROGRESS,
    LONG_TERM,
    MISTYPED_ALREADY,
    PART_DONE,
    PLAN_WORDS,
    RESPONSIBLE,
    STATUS_GROUP,
    SUBJECT,
    VERDICTS,
    WHOLLY_RECTIFIED,
    mistyped,
)
from extractor.vocab.status import AHEAD_WORDS as _AHEAD
from extractor.vocab.status import BARE_STATUS_KEY as _BARE_KEY
from extractor.vocab.status import DEADLINE_WORDS as _DEADLINE
from extractor.vocab.status import GOES_ON_LASTING as _GOES_ON_LASTING
from extractor.vocab.status import LASTING_AFTER as _LASTING_AFTER
from extractor.vocab.status import LASTING_ENDS as _LASTING_ENDS
from extractor.vocab.status import MANNER_LEAD_INS as _MANNER_LEAD_INS
from extractor.vocab.status import MEASURE_OPENINGS as _MEASURE_OPENINGS
from extractor.vocab.status import PRESSED_ON as _PRESSED_ON
from extractor.vocab.status import TIME_LEAD as _TIME_LEAD
from extractor.vocab.status import UNDER_WAY_WORDS as _UNDER_WAY

_STATUS_GROUP = compile_shared(STATUS_GROUP)
_ALL_DONE = LazyPattern(ALL_DONE, skip=True)
_OTHER_STATUS = LazyPattern(f"{LONG_TERM}|{IN_PROGRESS}")
_DONE_WORDS = compile_shared(ALL_DONE_WORDS)
_PART_DONE = compile_shared(PART_DONE)
# Compiled on first use, behind a lookahead for their first characters (lazy_re.skip_ahead); the second
# set also reads a mistyped 已 (己完成), for the few texts that hold 己 or 巳.
_Vocab = tuple[tuple[Status, LazyPattern], ...]
_VOCAB: _Vocab = (
    ("long_term", LazyPattern(LONG_TERM, skip=True)),
    ("in_progress", LazyPattern(IN_PROGRESS, skip=True)),
    ("completed", LazyPattern(COMPLETED, skip=True)),
)
_MISTYPED_VOCAB: _Vocab = (
    ("long_term", LazyPattern(mistyped(LONG_TERM), skip=True)),
    ("in_progress", LazyPattern(IN_PROGRESS, skip=True)),
    ("completed", LazyPattern(mistyped(COMPLETED), skip=True)),
)
# A key's value, the clause that says where the item stands: its subject (该问题, 目前…) perhaps first; it ends at a
# wide gap, before the next field on its line ("完成情况：已完成　　整改时限：立行立改").
_KEYED_VALUE = rf"((?:{SUBJECT}|目前|截至目前)?[，,]?(?:整改)?(?:工作)?(?:(?![ \t\u3000]{{2}})[^。；;，,\n]){{0,24}})"
# A key's colon (or closing bracket): its value follows, on its line or, where the key stands alone, on the next.
_KEY_END = r"[ \t]*[:：】][ \t]*(?:\n[ \t\u3000]*)?"
_KEYED = compile_shared(
    # (…or a key of the item's results alone: "【成效】已整改完成。", "进展：正在推进"; or of its measures, whose first
    # clause may say it: "整改举措：已整改到位。已追回…".)
    r"(?:(?:整改|完成|落实|办理|目前|当前|最新)(?:情况|进展|结果|状态|进度|成效)?|成效|进展|进展情况|是否办结|办结情况|"
    + alternatives(MEASURE_KEY_WORDS)
    + r")"
    + _KEY_END
    + _KEYED_VALUE
)
# …the keys that name the state alone, not the work done (整改情况：… often lists measures first): where one keys the
# item, its clause says where the item stands ("整改情况：违规费用已全部清退…" / "整改状态：已完成").
_STATE_KEYED = compile_shared(
    r"(?:整改(?:状态|进展|结果|进度)|完成情况|办结情况|是否办结|进展情况)" + _KEY_END + _KEYED_VALUE
)
# …and of those, the keys of the status alone, which say it wherever a results key before them names a step done
# ("整改结果：专项审计已完成，…正在逐项整改" / "整改状态：正在整改"), a closing's state among them ("【销号情况】未销号").
_STATUS_KEYED = compile_shared(r"(?:整改状态|完成情况|办结情况|是否办结|销号(?:情况|状态))" + _KEY_END + _KEYED_VALUE)
_KEYS = (_STATUS_KEYED, _STATE_KEYED, _KEYED)
# A clause may open with the label of the measure it closes ("2.目前该问题基本完成"), and "目前该问题…"
# says what it is even where a page lost the punctuation before it ("…等目前该问题已完成").
_ITEM_LABEL = r"(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]是[，,]?)?"
_SUBJECT_SENTENCE = compile_shared(
    rf"(?:(?:^|[。；;\n，,])[ \t]*{_ITEM_LABEL}|(?=(?:目前|截至目前)[，,]?{SUBJECT}))"
    # (…its first clause, where the sentence goes on: "该问题已基本完成整改，区财政局将持续加强…监控", "该反馈问题已整改完成,达到既定
    # 整改目标,…"; a status the next clause goes on with is read on from it: "该问题阶段性完成，需长期坚持".)
    rf"((?:目前|截至目前|现)?[，,]?{SUBJECT}(?:整改)?(?:工作)?(?:已经)?"
    rf"(?:[^。；;，,\n]{{2,16}}(?=[，,])|[^。；;\n]{{0,24}}(?=[。；;\n]|$)))"
)
# (After a short lead-in: "（立行立改，已完成）".)
_BRACKETED = compile_shared(
    r"[(（【\[][ \t]*(?:[^()（）【】\[\]\n，,:：]{2,6}[，,])?((?:整改)?(?:状态|情况)?[:：]?[^()（）【】\[\]\n]{0,14})[)）】\]]"
)
# A key of the measures or of how the item stands alone on its line, no colon, over its value ("整改情况" / "已完成…").
_BARE_KEY_LINE = compile_shared(rf"^([ \t]*(?:{MEASURE_OR_PROGRESS_KEYS}))[ \t]*\n(?=[ \t\u3000]*\S)", re.M)
# A key's name, which a clause in brackets or on a line of its own may be ("【整改完成情况】" over the measures): no status.
_KEY_NAME = compile_shared(rf"(?:问题)?(?:{STAGED_KEYS}|{'|'.join(COLON_ONLY_PROGRESS_KEYS)})")
# A clause short enough to say only how an item stands: 14 characters, 19 with a year in it ("已于2024年7月15日整改完毕").
_SHORT_CLAUSE = r"(?:[^。；;，,\n]{2,14}|(?=[^。；;，,\n]{0,10}\d{4}年)[^。；;，,\n]{2,19})"
# The clause right after the problem sentence: "建筑工地围挡不规范。已整改到位。对42个工地…".
# (Not the first of measures listed 一是…二是…: "一是已完成制度修订" is work done, not the status.)
_FIRST = compile_shared(rf"^[ \t。；;，,:：]*(?![一二三四五六七八九十]是)({_SHORT_CLAUSE})(?:[。；;，,\n]|$)")
# A closing sentence with a time word and no subject: "目前已整改完成。", "目前正在整改中。", "截至6月底已完成整改。".
_NOW = compile_shared(
    rf"(?:^|[。；;\n，,])[ \t]*{_ITEM_LABEL}({AS_OF}[，,]?(?:已经?|正在|仍在|尚未)?(?:基本|全部)?"
    r"(?:整改|完成|办结|解决|销号|研究|制定|推进|落实)[^。；;，,\n]{0,12})(?:[。；;\n，,]|$)"
)
_ALONE = compile_shared(rf"^[ \t]*({_SHORT_CLAUSE})[。；;]?[ \t]*$", re.M)
# A short sentence closing the rectification text: "…加强学习。已完成。"
_LAST = compile_shared(rf"(?:^|[。；;])[ \t]*({_SHORT_CLAUSE})[。；;]?[ \t]*\Z")
# …or of two clauses, a status and what goes on: "…开展专题学习。已完成，需长期坚持。", "正在整改，预计年底完成。"
# (`_LAST_CLAUSE_REACH` twice over from the end.)
_LAST_PAIR_SHORT = 10  # the longest second clause that may make the pair's status with the first
_LAST_PAIR = compile_shared(r"(?:^|[。；;])[ \t]*([^。；;，,\n]{2,10}[，,][^。；;，,\n]{2,16})[。；;]?[ \t]*\Z")
# …or a clause closing it that says nothing but the status: "…纳入公物仓统一管理，已整改。" (not
# "…，确保整改到位。", a goal, nor "…，已完成3项", a tally).
_LAST_CLAUSE = compile_shared(r"[，,][ \t]*([^。；;，,\n]{2,10})[。；;]?[ \t]*\Z")
_REST_OF_SENTENCE = compile_shared(r"[，,]([^。；;\n]{2,30})(?=[。；;\n]|\Z)")
_CLAUSE_BEFORE = compile_shared(r"([^，,。；;\n]{2,12})[，,][ \t]*$")  # the clause before the last one
_PLAN_OPENS = compile_shared(rf"(?:{PLAN_WORDS})")
_PLAN_AFTER = compile_shared(rf"[，,](?={PLAN_WORDS})")
_UNDER_WAY_KEYED = compile_shared(f"[:：](?:{'|'.join(_UNDER_WAY)})")
_OPENING_EDGE = " \t，,()（）【】[]。；;:："


def _opens_under_way(text: str) -> bool:
    """Whether the text, or a key's value in it, opens with work under way ("整改情况：正在开展…"): the only
    places that say a status without a status phrase."""
    return text.lstrip(_OPENING_EDGE).startswith(_UNDER_WAY) or _UNDER_WAY_KEYED.search(text) is not None


_LAST_CLAUSE_REACH = 16  # the comma, a clause of at most 10 characters, its stop and spaces (from the end)


def _earliest(clause: str, vocab: _Vocab = _VOCAB) -> tuple[Status, re.Match[str]] | None:
    """The status phrase that starts first in `clause` (the longest when two start together), so
    long-term and in-progress phrases win over the completed words inside them (阶段性完成, 未完成)."""
    best: tuple[Status, re.Match[str]] | None = None
    for status, pattern in vocab:
        m = pattern.search(clause)
        if m and (best is None or (m.start(), -m.end()) < (best[1].start(), -best[1].end())):
            best = (status, m)
    if best is not None and best[0] == "completed" and _PART_DONE.match(clause, best[1].end()):
        return None  # (a share of the work done: 已完成70%)
    return best


def classify(clause: str) -> Status | None:
    """The status a short clause states, or None."""
    found = _earliest(clause)
    return found[0] if found else None


def whole_status(clause: str) -> Status | None:
    """The status a clause states when it says nothing else: "已整改", "该问题已完成", not "已整改3处"."""
    found = _earliest(clause)
    if found is None or found[1].end() != len(clause):
        return None
    lead = _LEADERS.match(clause)
    # (The phrase may open inside the lead: "整改中" is both the lead's 整改 and the phrase.)
    return found[0] if lead is not None and found[1].start() <= lead.end() else None


def first_phrase_span(clause: str) -> tuple[Status, int] | None:
    """(status, end offset) of the earliest status phrase in `clause`, or None."""
    found = _earliest(clause)
    return (found[0], found[1].end()) if found else None


# A status in brackets closing a heading: "（一）政治建设方面（已完成）".
_BRACKETED_END = compile_shared(r"[(（【\[]([^()（）【】\[\]]{2,14})[)）】\]]$")


_CLOSING_BRACKETS = (")", "）", "】", "]")


def _closing_status(title: str) -> tuple[re.Match[str], tuple[Status, re.Match[str]]] | None:
    """The brackets closing `title` and the status phrase that opens them, if they hold one."""
    if not title.endswith(_CLOSING_BRACKETS):
        return None  # most headings end with no bracket: spared the search
    bracketed = _BRACKETED_END.search(title)
    found = _earliest(bracketed.group(1)) if bracketed else None
    return (bracketed, found) if bracketed and found and found[1].start() == 0 else None


def without_status(title: str) -> str:
    """A heading without the status in brackets at its end: "政治建设方面（已完成）" → "政治建设方面"."""
    closing = _closing_status(title)
    return title[: closing[0].start()] if closing else title


def groups_by_status(title: str) -> bool:
    """Whether a heading groups findings by where they stand ("一、已整改完成的问题"): it is no category of theirs."""
    return _STATUS_GROUP.match(title.strip(" \t。；;：:")) is not None


def group_status(title: str) -> tuple[Status, int, int] | None:
    """(status, start, end of its phrase) when a heading groups findings by status ("一、已整改完成的问题")
    or states the status of all it holds in brackets at its end ("（一）政治建设方面（已完成）")."""
    closing = _closing_status(title)
    if closing:
        bracketed, (status, phrase) = closing
        return status, bracketed.start(1) + phrase.start(), bracketed.start(1) + phrase.end()
    if not _STATUS_GROUP.match(title):
        return None
    found = _earliest(title)
    return (found[0], found[1].start(), found[1].end()) if found else None


# (The subject may be the items above: "（以上2个问题已完成整改）", said after a group's last item.)
# (…or all of what the clause before names: "经调度后,全部整改完成".)
_LEADERS = compile_shared(
    rf"(?:{AS_OF}[，,]?)?(?:{SUBJECT}|{ABOVE[1:]}(?:均|全部)?|{RESPONSIBLE})?(?:均|全部)?(?:相关|有关|各项)?(?:整改)?(?:工作)?"
    r"(?:按计划|有序)?"  # (…"目前,相关整改工作正在有序加快推进")
)
# A tally of work done, not a status: "已完成3项", "完成率60%", "已完成3次专题学习", "已完成整改任务的80%", "已完成2座
# 渣场…改造" (a number and its unit).
_TALLY = compile_shared(r"[ \t]*的?(?:整改)?(?:措施)?(?:\d+(?:\.\d+)?[\u4e00-\u9fff%％]|率)")
_LINE_KEY = compile_shared(r"^【?[\u4e00-\u9fff]{2,6}(?:[:：]|】[:：]?)[ \t]*")  # (整改时限：…, 【整改时限】…)
# The bare 已完成 (or 已落实) with an object after it: work done ("已完成一期改造", "已落实管护主体"), not a status.
# (Not where what follows is the rectification itself or all of it, or says it is whole: 已完成整改, 已完成全部整改,
# 已完成清退, 已落实到位.)
_WORK_DONE = compile_shared(
    r"已经?(?:完成|落实)(?=[\u4e00-\u9fff])(?!整改|整治|工作|任务|并|且|了|的|全部|所有|各项|全面|既定|相关|目标|销号|验收|"
    r"清退|纠正|退还|追缴|收回|拆除|处理|处置|办理|落实|到位|完毕)"
)
_CONTINUATION = compile_shared(r"[，,]([^。；;，,\n]{2,10})")
# …and a short clause after it whole, which a status may run on into ("阶段性完成，需长期坚持"), not the first words of
# a longer one ("未完成，人才公寓正在办理招标手续").
_WHOLE_CONTINUATION = compile_shared(r"[，,]([^。；;，,\n]{2,10})(?=[。；;，,\n）)】]|$)")


# Any status phrase at all: every clause find_status reads is a piece of its text, so a text without
# one states no status, and one search spares the six clause patterns.
_ANY_PHRASE = LazyPattern(f"{LONG_TERM}|{IN_PROGRESS}|{COMPLETED}", skip=True)
_ANY_MISTYPED = LazyPattern(f"{mistyped(LONG_TERM)}|{IN_PROGRESS}|{mistyped(COMPLETED)}", skip=True)


def _any_of(*words: str) -> re.Pattern[str]:
    return compile_shared("|".join(map(re.escape, words)))


_COMMA = _any_of("，", ",")
# The clause patterns in the order they are read, each with the words it cannot match without (its key's
# colon, its subject 该项…, its time word 目前 or 现), and, for one that opens with the text's start or a
# break ("(?:^|[。；;])…"), its form for past the start (`lazy_re.finditer_past_start`: the engine scans for
# where it can open instead of trying every position). (A tuple, not a dict keyed by pattern: a pattern's
# hash is computed from its whole compiled code, each time.)
# …and last, a clause of its own anywhere that says the item was put right by a date: "…压缩至0.5个工作日以内，
# 已于2024年6月底前整改到位，并建立…机制" (a step done says what it did: "已完成培训" is no such clause).
_RECTIFIED_CLAUSE = compile_shared(
    rf"[，,。；;]((?:该问题|此问题|该项)?已于[^，,。；;\n]{{2,12}}?(?:全部)?{WHOLLY_RECTIFIED})(?=[，,。；;]|$)"
)
# The words a subject sentence cannot match without: a demonstrative before the item (该项, 此问题, 该审计问题).
_DEMONSTRATED = compile_shared(r"[该此本](?:项|条问题|(?:审计|巡[察视]|督察|反馈)?问题)")
_CLAUSES: tuple[tuple[re.Pattern[str], re.Pattern[str] | None, LazyPattern | None], ...] = (
    (_STATUS_KEYED, _any_of("状态", "完成情况", "办结", "销号"), None),
    (_STATE_KEYED, _any_of(":", "：", "】"), None),
    (_KEYED, _any_of(":", "：", "】"), None),
    (_FIRST, None, None),
    (
        _SUBJECT_SENTENCE,
        _DEMONSTRATED,
        LazyPattern(_SUBJECT_SENTENCE.pattern, past_start=True),
    ),
    (_NOW, _any_of("目前", "现"), LazyPattern(_NOW.pattern, past_start=True)),
    (_BRACKETED, None, None),
    (_ALONE, None, None),
    (_LAST, None, LazyPattern(_LAST.pattern, past_start=True)),
    (_LAST_PAIR, _COMMA, None),
    (_LAST_CLAUSE, _COMMA, None),
    (_RECTIFIED_CLAUSE, _any_of("整改"), None),
)


def has_phrase(text: str) -> bool:
    """Whether `text` holds any status phrase at all (one search, for callers that prefilter)."""
    return _ANY_PHRASE.search(text) is not None


# A bare word as the whole of a status field, after its key ("整改情况：完成", "是否完成：是"): found from the
# colon (which the engine scans for), then the key before it is checked.
_BARE_AFTER_COLON = compile_shared(
    r"[:：][ \t]*(" + "|".join(BARE) + r"|\d{1,3}(?:\.\d+)?[ \t]*[%％])[ \t]*[。；;]?[ \t]*(?:\n|$)"
)
_BARE_IN_BRACKETS = compile_shared(r"[(（【\[][ \t]*(完成)[ \t]*[)）】\]]")


_CELL_EDGE = " \t\n。；;.．()（）【】[]"


def bare_word(text: str) -> Status | None:
    """The status of a cell, or brackets, holding a bare word: "完成", "（完成）"; or a share done, "100%"."""
    if len(text) > 8:
        return None
    word = text.strip(_CELL_EDGE)
    status = BARE.get(word) or (_share_done(word) if word.endswith(("%", "％")) else None)
    return cast(Status, status) if status else None


_SHARE = compile_shared(r"(\d{1,3}(?:\.\d+)?)[ \t]*[%％]")


def _share_done(word: str) -> Status | None:
    """The status a share of the work done says, as a progress cell gives it: all of it ("100%") is done, less is
    under way."""
    share = _SHARE.fullmatch(word)
    if share is None or float(share.group(1)) > 100:
        return None
    return "completed" if float(share.group(1)) == 100 else "in_progress"


def _bare_status(text: str) -> tuple[Status, str | None]:
    """The status of a ledger cell that holds a bare word (完成, 是, 否), of a key followed by one, or of
    brackets holding 完成 ("理论学习不深入（完成）")."""
    bare = bare_word(text)
    if bare:
        return bare, text.strip(_CELL_EDGE)
    bracketed = _BARE_IN_BRACKETS.search(text) if "完成" in text else None
    if bracketed:
        return cast(Status, BARE[bracketed.group(1)]), bracketed.group(1)
    if "：" not in text and ":" not in text:
        return "not_stated", None
    for m in _BARE_AFTER_COLON.finditer(text):
        if _BARE_KEY.search(text, max(0, m.start() - 8), m.start()):
            return cast(Status, BARE.get(m.group(1)) or _share_done(m.group(1))), m.group(1)
    return "not_stated", None


# …dashes, ticks and bullets before a status: "——已完成", "√已完成", "★已完成" (not □, an unticked option); a page's
# ASCII full stop after it ("已完成.").
STATUS_EDGE = " \t，,.．()（）【】[]—-－√☑✓✔■" + BULLETS.replace("□", "")
_BRACKET_PAIRS = (("(", ")"), ("（", "）"), ("【", "】"), ("[", "]"))


def _clause_edges(clause: str) -> str:
    """`clause` without the spaces, commas and brackets around it, but with a closing bracket its own
    words opened ("已完成（长期坚持）" keeps its last bracket)."""
    inner = clause.strip(STATUS_EDGE)
    for opening, closing in _BRACKET_PAIRS:
        if opening in inner and inner.count(opening) > inner.count(closing):
            end = clause.find(inner) + len(inner)
            if clause[end : end + 1] == closing:
                return inner + closing
    return inner


# An option left unticked on a form ("□已完成 √正在整改"): blanked, so the ticked one is read.
_UNTICKED = compile_shared(r"[□☐][^□☐√☑✓✔■\n]{1,10}")


def without_unticked(text: str) -> str:
    """`text` with the options a form left unticked blanked out (offsets kept)."""
    if "□" in text or "☐" in text:
        return _UNTICKED.sub(lambda m: " " * len(m.group()), text)
    return text


def _without_trailing_asides(text: str) -> str:
    """`text` without the lines closing it that say who owns the item or by when (责任人：…, 整改时限：…): the
    status closing the lines before them closes the rectification."""
    end = len(text.rstrip("\n"))
    while (cut := text.rfind("\n", 0, end)) >= 0:
        if not (_may_open_aside(text[cut + 1 : cut + 2]) and OTHER_KEY.match(text[cut + 1 : end])):
            break
        if _KEY_IN_LINE.search(text, cut + 1, end):
            break  # the line goes on to the status after its deadline: "整改时限：立行立改　　完成情况：已完成"
        closing = _BRACKETED_END.search(text[cut + 1 : end].rstrip(" \t。；;"))
        if closing and whole_status(closing.group(1)) in ("completed", "in_progress"):
            break  # …or closes with it in brackets: "完成时限：2024年8月（已完成）" (not a term: "立行立改（长期坚持）")
        end = cut
    return text[:end] if end < len(text) else text


_may_open_aside = opener_test(OTHER_KEY)
# A status's key after another field on its line, set apart by a gap or a stop.
_KEY_IN_LINE = compile_shared(
    r"(?:[ \t\u3000]|[；;，,。])[ \t\u3000]*(?:完成情况|整改进展|整改情况|整改结果|进展情况|办结情况|是否办结|整改状态)[ \t]*[:：]"
)


def _without_closing_plans(text: str) -> str:
    """`text` without the sentences closing it that say what comes next ("…已整改到位。下一步，将持续推进…"): they
    say nothing of where the item stands."""
    end = len(text)
    last = {word: text.rfind(word) for word in _AHEAD}  # (each word looked for again only once passed: linear)
    while (at := max(last.values())) > 0 and text.find("\n", at, end) < 0:
        stop = at
        while stop > 0 and text[stop - 1] in " \t":
            stop -= 1
        if stop == 0 or text[stop - 1] not in "。；;":
            break
        closes = text.find("。", at, end)
        if closes >= 0 and text[closes + 1 : end].strip(" \t。"):
            break  # a plan said before the sentence that closes the text ("今后…纳入。该问题已整改到位。")
        end = stop
        last = {word: (text.rfind(word, 0, end) if found >= end else found) for word, found in last.items()}
    return text[:end]


def restates(subject: str, problem: str) -> bool:
    """Whether a status clause's subject names the problem itself ("截至目前东坡区曾庙村、璧山村秸秆焚烧现象已经完成整改" after
    the problem "东坡区曾庙村、璧山村仍有秸秆焚烧现象"), not a part of the work ("该废弃矿坑已清理完毕"): most of its pairs of
    characters are the problem's."""
    pairs = [subject[k : k + 2] for k in range(len(subject) - 1)]
    return len(subject) >= _RESTATED_AT_LEAST and sum(pair in problem for pair in pairs) >= _RESTATED_SHARE * len(pairs)


_RESTATED_AT_LEAST = 4  # the shortest subject read as the problem said again
_RESTATED_SHARE = 0.6  # …and the share of its pairs of characters the problem has


def find_status(text: str, about: str | None = None) -> tuple[Status, str | None]:
    """(status, the phrase as written) for one issue's rectification text; `about`, the issue's problem, lets a
    status clause name it as its subject."""
    # (A table's bar a copy left after the text says nothing: "…已全部整改完毕。 |".)
    text = without_unticked(text).rstrip(" \t|｜")
    if "\n" in text:
        text = _BARE_KEY_LINE.sub(r"\1：", text)  # ("整改情况" / "已完成整改。…" read as "整改情况：已完成整改。…")
    if "：" in text or ":" in text:
        text = _without_trailing_asides(text)
    text = _without_closing_plans(text)
    typo = MISTYPED_ALREADY[0] in text or MISTYPED_ALREADY[1] in text
    vocab = _MISTYPED_VOCAB if typo else _VOCAB
    if not (_ANY_MISTYPED if typo else _ANY_PHRASE).search(text) and not _opens_under_way(text):
        return _bare_status(text)
    for pattern, needs, past_start in _CLAUSES:
        if needs is not None and needs.search(text) is None:
            continue
        if pattern is _LAST_CLAUSE or pattern is _LAST_PAIR:
            reach = _LAST_CLAUSE_REACH if pattern is _LAST_CLAUSE else 2 * _LAST_CLAUSE_REACH
            clauses = pattern.finditer(text, max(0, len(text.rstrip()) - reach))
        elif past_start is None:
            clauses = pattern.finditer(text)
        else:
            clauses = finditer_past_start(pattern, past_start, text)
        for m in clauses:
            clause = _clause_edges(m.group(1))
            end = m.end(1)
            if _KEY_NAME.fullmatch(clause):
                continue
            if pattern is _LAST_CLAUSE and whole_status(clause) is None and not clause.startswith(_UNDER_WAY):
                continue  # (but "…，正在推进合同规范" says it is under way)
            if (pattern is _FIRST or pattern in _KEYS) and clause.startswith(_MEASURE_OPENINGS):
                continue  # a measure's clause ("对3件未完成民生实事逐项分析原因"), whatever words it holds
            if pattern is _LAST_PAIR and len(_COMMA.split(m.group(1))[1]) > _LAST_PAIR_SHORT:
                # A long second clause goes on from a status said first ("已完成整改，并建立长效机制长期坚持"), not
                # from a lead-in ("目前，上述5个问题均已整改到位", said of some problems its text names).
                first = _COMMA.split(m.group(1))[0]
                if not whole_status(_clause_edges(first)):
                    continue
                clause, end = _clause_edges(first), m.start(1) + len(first)
            elif pattern is _LAST_PAIR and whole_status(clause) is None:
                # A status, then what goes on ("正在整改，预计年底完成"): the status is the first clause; not a
                # goal ("确保按期完成，巩固提升").
                first = _COMMA.split(m.group(1))[0]
                if not (whole_status(_clause_edges(first)) or clause.startswith(_UNDER_WAY)):
                    continue
                clause, end = _clause_edges(first), m.start(1) + len(first)
            if pattern is _LAST_CLAUSE and (before := _CLAUSE_BEFORE.search(text, max(0, m.start(1) - 16), m.start(1))):
                # "…，阶段性完成，长期坚持": the status the last two clauses say together, as written.
                joined = _clause_edges(text[before.start(1) : m.end(1)])
                if whole_status(joined) is not None:
                    clause = joined
            key = _LINE_KEY.match(clause)
            if key:
                if _DEADLINE.search(key.group()):
                    continue  # "完成时限：长期坚持" is a deadline, not a status
                clause = clause[key.end() :]
            found = _earliest(clause, vocab)
            if found is None and (pattern in _KEYS or pattern is _FIRST) and clause.startswith(_UNDER_WAY):
                return "in_progress", clause  # "整改情况：正在开展资产清查": the work under way is its state
            if found is None and (
                (pattern in _KEYS and len(clause) <= 8) or (pattern is _FIRST and clause in _MANNER_LEAD_INS)
            ):
                # A short lead-in before the status: "整改情况：立行立改，已完成", "…：已制定方案，正在推进"; after the
                # problem, how promptly it was taken in hand: "…不到位。立行立改，已完成。".
                after = (_WHOLE_CONTINUATION if pattern is _FIRST else _CONTINUATION).match(text, end)
                found = _earliest(after.group(1), vocab) if after else None
                if after and found:
                    clause, end = after.group(1), after.end()
            # The phrase must open the clause (after its subject: 该项, 目前，此问题 …), not end a
            # description of work, and must not be a tally of measures ("已完成3项", "完成率60%").
            lead = _LEADERS.match(clause)
            assert lead is not None  # every part optional: always matches
            if (
                found is None
                or (
                    found[1].start() - lead.end() > 4
                    and not (
                        about
                        # (the problem's rectification, "已经完成整改", not a part of the work done, "已清理完毕")
                        and "整改" in clause[found[1].start() : found[1].end() + 2]
                        and restates(clause[lead.end() : found[1].start()].strip(" \t，,"), about)
                    )
                )
                or _TALLY.match(clause, found[1].end())
            ):
                # (But the sentence closing the text may say the work goes on, whatever its subject: "松材线虫病防控
                # 需要长期坚持", "林业人才队伍建设需长期坚持".)
                lasting = _GOES_ON_LASTING.search(clause) if pattern is _LAST else None
                if lasting:
                    # (…the whole phrase where the sentence closes with one that takes it in: "…，阶段性完成，长期坚持".)
                    whole = found is not None and found[0] == "long_term" and found[1].end() >= lasting.end()
                    return "long_term", found[1].group() if whole and found else lasting.group()
                continue
            if clause.startswith(_AHEAD):
                continue  # "下一步将持续推进": a plan, not where the item stands
            if found[1].group() in _PRESSED_ON and len(clause[found[1].end() :].strip(" \t中")) >= 2:
                continue  # "整改情况：持续推进“压减”工作": work pressed on with, a measure (its status said later)
            if found[0] == "completed" and _WORK_DONE.match(clause, found[1].start()):
                # "已完成一期改造，二期正在推进": a part done is work, and the status is what the rest says.
                after = _CONTINUATION.match(text, end)
                later = _earliest(after.group(1), vocab) if after else None
                if after is None or later is None or later[0] == "completed":
                    continue
                return later[0], _TIME_LEAD.sub("", after.group(1))
            status = found[0]
            # "阶段性完成，需长期坚持": a status clause may run on through a comma.
            more = _WHOLE_CONTINUATION.match(text, end)
            # (Not an acceptance's verdict after it, "已完成整改，同意销号": the verdict is the checkers', not the status.)
            goes_on = more.group(1).strip(" \t。；;") if more else ""
            if (
                more
                and classify(goes_on)
                and goes_on not in VERDICTS
                and not re.search(r"\d", goes_on)
                and not _PLAN_OPENS.match(goes_on)
            ):
                clause = _clause_edges(clause + text[end : more.end()])  # (not the bracket that closes around it)
                status = classify(clause) or status
            elif status == "completed" and (rest := _REST_OF_SENTENCE.match(text, end)):
                if rest.group(1).rstrip(" \t").endswith(_LASTING_ENDS):
                    # "已完成整改，并建立长效机制长期坚持": done, and kept up for good.
                    clause, status = _clause_edges(clause + rest.group()), "long_term"
            return status, _TIME_LEAD.sub("", _PLAN_AFTER.split(clause, maxsplit=1)[0])
    return _bare_status(text)


_GROUP_DONE = LazyPattern(GROUP_DONE, skip=True)


def declared_of_group(intro: str) -> tuple[int, int] | None:
    """(start, end) of the words in a group's opening sentences that declare every item of the group rectified
    ("…的5个立行立改问题，…已于巡察期间全部整改到位："), where the sentence says nothing else of where they stand."""
    if "全部" not in intro and "均" not in intro:
        return None  # (every declaration says all of them: most openings are spared the search)
    m = _GROUP_DONE.search(intro)
    if m is None:
        return None
    sentence_end = min((i for i in (intro.find(stop, m.end()) for stop in "。；;：:\n") if i >= 0), default=len(intro))
    sentence_start = max(intro.rfind(stop, 0, m.start()) for stop in "。；;\n") + 1
    rest = intro[sentence_start : m.start()] + intro[m.end() : sentence_end]
    if _OTHER_STATUS.search(rest) or _TALLY.match(intro, m.end()) or _PLANNED.search(intro, sentence_start, m.end()):
        return None  # (another status beside it, a tally, or a goal: "力争年底前全部整改到位")
    words = _DONE_AT_END.search(m.group())
    return (m.start() + words.start(), m.end()) if words else (m.start(), m.end())


_DONE_AT_END = compile_shared(rf"已?(?:于[^，,。；;]{{1,12}})?(?:均|全部)(?:已经?)?(?:{WHOLLY_RECTIFIED}|办结|整改)$")


def notice_wide_status(opening: str) -> tuple[Status, int, int] | None:
    """(status, start, end of its phrase) when the opening declares every problem rectified
    ("反馈的7个问题已完成整改"), and the sentence states no other status beside the declaration."""
    m = _ALL_DONE.search(opening)
    if m is None:
        return None
    total, done = m.group("total"), m.group("done")
    if done is not None and (total is None or to_int(done) != to_int(total)):
        return None  # "已完成2件" of how many?
    sentence_start = max(opening.rfind(stop, 0, m.start()) for stop in "。；;\n") + 1
    stops = [i for i in (opening.find(stop, m.end()) for stop in "。；;\n") if i >= 0]
    rest = opening[sentence_start : m.start()] + opening[m.end() : min(stops, default=len(opening))]
    if _OTHER_STATUS.search(rest):
        return None
    status: Status = "long_term" if m.group("lasting") else "completed"
    if m.group("words"):
        end = m.end("lasting") if m.group("lasting") else (m.start("done") if done else m.end("words"))
        return status, m.start("words"), end
    words = _DONE_WORDS.search(opening, m.start(), m.end())
    return (status, words.start(), words.end()) if words else (status, m.start(), m.end())


_NUMBERED_CLAUSE = 40  # the longest tally clause before the numbers it tallies
_NUMBERED = compile_shared(r"[（(]第([\d、，,]+)(?:个|项|条)?(?:问题|事项|任务)?[)）]")


def statuses_by_number(opening: str) -> dict[int, tuple[Status, int, int]]:
    """Item number → (status, start, end of the clause) where the opening tallies the items by status and numbers
    them: "已完成整改13个（第1、5、6…个问题），阶段性完成并长期坚持5个（第2、4…个问题），正在推进2个（第3、19个问题）"."""
    found: dict[int, tuple[Status, int, int]] = {}
    if "第" not in opening:
        return found
    for m in _NUMBERED.finditer(opening):
        reach = max(0, m.start() - _NUMBERED_CLAUSE)
        start = max(reach - 1, *(opening.rfind(stop, reach, m.start()) for stop in "，,。；;\n：:")) + 1
        status = classify(opening[start : m.start()])
        if status is None:
            continue
        for number in re.split(r"[、，,]", m.group(1)):
            if number.isdecimal():
                found.setdefault(int(number), (status, start, m.end()))
    return found


# "第1、2个问题" opening a clause that says where they stand.
# Items named by their numbers ("第1、2个问题") or by their labels ("（二）（三）两个问题", "第（二）、（三）项问题").
_NUMBERS_THEN_STATUS = compile_shared(
    # (A range first: "第9项至第11项".)
    r"第(\d+)(?:个|项|条)?(?:至|到|-|—|~)第?(\d+)(?:个|项|条)(?:问题|事项|任务)?|"
    r"第(\d+(?:[、，,]\d+)*)(?:(?:个|项|条)(?:问题|事项|任务)?|问题|事项|任务)|"
    r"第?((?:\([一二三四五六七八九十\d]{1,3}\)[、，,和及]?){1,12})(?:[两二三四五六七八九十\d]+)?(?:个|项|条)?(?:问题|事项|任务)"
)
_RANGE_AT_MOST = 50  # the most items a range of them names
_CLAUSE_AT_MOST = 40  # the most characters read for the status said of the items a sentence names
REST = "*"  # the key `statuses_said_by_number` gives the status of the items its sentence leaves unnamed under
_THE_REST = compile_shared(
    r"其(?:余|他)的?(?:[\d一二三四五六七八九十两]+(?:个|项|条))?(?:问题|事项|任务)?(?=[均都全已正需尚基阶按持长])"
)
_LABELLED = compile_shared(r"\(([一二三四五六七八九十\d]{1,3})\)")


def statuses_said_by_number(sentence: str) -> dict[str, tuple[Status, int, int]]:
    """Item label as a path has it ("1", "（二）") → (status, start, end of its clause) where a sentence after a
    group gives the items above their statuses by number or label: "以上4个问题中，第1、2个问题已整改完成，第3个问题
    正在整改，第4个问题需长期坚持", "其中，（二）（三）两个问题需长期坚持". `sentence` is the folded view."""
    found: dict[str, tuple[Status, int, int]] = {}
    if "第" not in sentence and "(" not in sentence:
        return found
    # (Each clause ends at the next stop: found once for the sentence, not searched for again after each match.)
    stops = [at for at, ch in enumerate(sentence) if ch in "，,。；;"]
    for m in _NUMBERS_THEN_STATUS.finditer(sentence):
        after = bisect.bisect_left(stops, m.end())
        end = stops[after] if after < len(stops) else len(sentence)
        if lasting := _LASTING_AFTER.match(sentence, end):
            end = lasting.end()  # (…and what it goes on to: "第2个问题已阶段性完成，将长期坚持")
        status = classify(sentence[m.end() : min(end, m.end() + _CLAUSE_AT_MOST)])
        if status is None:
            continue
        if m.group(1):
            first, last = int(m.group(1)), int(m.group(2))
            labels = [str(n) for n in range(first, last + 1)] if 0 < last - first < _RANGE_AT_MOST else []
        elif m.group(3):
            labels = re.split(r"[、，,]", m.group(3))
        else:
            labels = [f"（{n}）" for n in _LABELLED.findall(m.group(4))]
        for label in labels:
            found.setdefault(label, (status, m.start(), end))
    rest = _THE_REST.search(sentence) if found and "其" in sentence else None
    if rest:
        # "…，其余均已整改到位": the items the sentence does not name, under `REST`.
        after = bisect.bisect_left(stops, rest.end())
        end = stops[after] if after < len(stops) else len(sentence)
        status = classify(sentence[rest.end() : min(end, rest.end() + _CLAUSE_AT_MOST)])
        if status is not None:
            found[REST] = (status, rest.start(), end)
    return found
