"""Where a text stops: a stored page's opening or a truncated download ends inside an item, which is left out.

The real openings' labels leave out an item the copy's end cuts: its measures and status are not all there. An item
ends whole at a sentence's end, a line that says where it stands or who owns it, a ledger's short last cell, or a
signature's date.
"""

from __future__ import annotations

import re

from extractor.fields.status import STATUS_EDGE, find_status, has_phrase, whole_status
from extractor.lazy_re import compile_shared
from extractor.segment.issues import IssueBlock, names_a_unit_alone
from extractor.segment.outline import Outline
from extractor.vocab.columns import names_a_column
from extractor.vocab.dates import SIGNATORY_AT_MOST
from extractor.vocab.headings import OTHER_KEY, PROBLEM_KEY, RECT_KEY
from extractor.vocab.numerals import CN_DIGITS, CN_ORDER
from extractor.vocab.report import ANNEX_START
from extractor.vocab.sections import ANSWER_OPENS, DEED_DONE, SHORTFALL_TOLD

_ENDS_SENTENCE = tuple("。！？!?）)”」』】")  # (not ；: a text that ends with one stops mid-list)
# A closing bracket ends the text only where it closes a sentence ("…。）") or a status ("（已完成）"): one that closes an
# aside ("督促所在县（市、区）") stops mid-sentence.
_ASIDE_AT_END = compile_shared(r"[（(]([^（()）。]{1,12})[)）]$")


_CLOSING_QUOTES = "”」』"
_SENTENCE_STOPS = tuple("。！？!?…")  # (what a closing quote ends a sentence after)


def _ends_whole(tail: str) -> bool:
    """Whether the text's last characters end a sentence (`_ENDS_SENTENCE`), not an aside inside one, nor a quote
    inside one (a closing quote ends a sentence only after its stop: "…表示“坚决整改。”", not "…严格按照“三重一大”")."""
    if not tail.endswith(_ENDS_SENTENCE):
        return False
    if tail[-1] in _CLOSING_QUOTES:
        return tail.rstrip(_CLOSING_QUOTES).endswith(_SENTENCE_STOPS)
    aside = _ASIDE_AT_END.search(tail[-16:]) if tail.endswith(("）", ")")) else None
    return aside is None or find_status(aside.group(1))[0] != "not_stated"


_CUT_PROBLEM = "the text ends in the middle of an item: its last, incomplete problem was left out"
_CUT_ANNEX = "the text ends in the middle of the annex after the last item: the annex was not read"
_CUT_ITEM = "the text ends in the middle of an item: its last, cut-off item was left out"
_NO_RECTIFICATION = "the text ends after a problem, before its rectification: that problem was left out"
_FIELD_ONLY = (
    "the text ends in an item that shows a field's name for its problem, cut before its other fields: it was left out"
)

_BARS_AT_END = " \t|｜"  # (a page layout's bars after the text's last words, no ledger's)
_CLAUSE_GOES_ON = tuple("，,、；;：:")  # (what a value cut after a clause ends with)
_SHORT_CELL = 12  # the longest last cell of a ledger row read as a field (a status, a date), not text cut off
_NOTE_AFTER = compile_shared(r"[ \t]*[(（][^()（）]{1,30}[)）]$")
_SHARE_AT_END = compile_shared(r"\d[ \t]*[%％]$")


# (…in Chinese numerals, "二〇二四年三月十五日", or one that lost its words: "202591" under the signature.)
_SIGNED_DATE = compile_shared(
    rf"(?:月[ \t]*(?:\d{{1,2}}|[{CN_DIGITS}]{{1,3}})[ \t]*日|\d{{4}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}|(?<![\dA-Za-z.])(?:19|20)\d{{4,6}}|年[ \t]*\d{{3,4}})[ \t]*$"
)
_SIGNED_DATE_REACH = 12  # the characters a signature's date ends within
# A phone number closing the text, after the word that names it: "问效电话0791-86356026", "监督电话：12345".
_PHONE_AT_END = compile_shared(r"电话[ \t]*[:：]?[ \t]*[\d\-－()（）]{5,20}[ \t]*$")
_PHONE_REACH = 32  # the characters a closing phone line ends within
# A signature's body the end cuts mid-name, alone on the last line: a few characters of a name, no stop, no key, no
# outline label (a line "（一）考核" opens the item's next part, which the end cuts).
_SIGNATURE_CUT = compile_shared(rf"[ \t]*(?![（(][{CN_DIGITS}\d]{{1,3}}[)）])[\u4e00-\u9fff（）()]{{2,16}}[ \t]*")


def _ends_in_a_field(tail: str, last: IssueBlock) -> bool:
    """Whether the text ends in a ledger row's short last cell, in a line that says where the item stands
    ("完成情况:已完成", "——已完成", "□已完成 √正在整改") or in one that says who owns it or by when (整改时限：立行立改): a
    field that ends there, not text cut off."""
    if last.cells is None:
        line_at = tail.rfind("\n") + 1
        line = tail[line_at:].strip()
        # (Not a bare "整改时限：", its value cut off; nor one cut after a clause: "整改目标：…70%以上，".)
        if (key := OTHER_KEY.match(line)) and line[key.end() :].strip(" \t:：") and not line.endswith(_CLAUSE_GOES_ON):
            return True
        said = find_status(line)[1]
        # (…a note in brackets after it perhaps: "进展情况：推进中（预计2023年12月完成）"; not the item's own heading that
        # says no more than a status, a section a copy stops at: "三、未完成整改".)
        if (
            said is not None
            and _NOTE_AFTER.sub("", line)
            .rstrip(STATUS_EDGE + "。；;")
            .endswith(_NOTE_AFTER.sub("", said).rstrip(STATUS_EDGE))
            and not (line_at <= last.problem_start and said.endswith(tail[last.problem_start : last.problem_end]))
        ):
            return True
        if RECT_KEY.match(line) and _SHARE_AT_END.search(line):
            return True  # (a key's share done, "整改进度：完成60%": a figure a cut would not end on with its %)
        # (A status set apart at the end of the problem's line: "2.制度执行不严格 ●正在整改".)
        return " " in line and whole_status(line.rsplit(" ", 1)[-1].strip(STATUS_EDGE + "。；;")) is not None
    cut = max(tail.rfind("\t"), tail.rfind("|"), tail.rfind("｜"), tail.rfind("  "), tail.rfind("\n"))
    if len(tail) - cut - 1 <= _SHORT_CELL:
        return True
    status = last.cells.get("status")
    if status is not None and len(tail) - status[1] <= _SHORT_CELL and whole_status(tail[slice(*status)]) is not None:
        return True  # (its status cell says one, a short cell at most after it: a row whose cells ran together, whole)
    # (…or a status with a note in brackets after it: "正在整改（计划2025年6月完成）".)
    noted = _NOTE_AFTER.search(tail, cut + 1)
    return noted is not None and whole_status(tail[cut + 1 : noted.start()].strip()) is not None


def _row_short_of_fields(text: str, blocks: list[IssueBlock], end: int) -> bool:
    """Whether the text ends in a ledger row that lacks the fields the row before it has (a copy cut inside the row:
    "8⇥…⇥修订…办法⇥村镇建设办⇥" with no 责任人, 时限 or 整改情况)."""
    if len(blocks) < 2 or blocks[-1].cells is None or blocks[-2].cells is None or blocks[-1].span_end < end - 1:
        return False
    # (Rows of one table: nothing between them but a row's closing bar. The last table may name other columns than the
    # one before it.)
    between = text[blocks[-2].span_end : blocks[-1].span_start]
    if between.strip(" \t\n|｜"):
        return False
    if _bars(text, blocks[-1]) < _bars(text, blocks[-2]):
        return True  # a copy cut after one of its cells, or inside one ("2 | 南岳区 | … | 已获…许可。 |", "… | 完")
    if text.endswith(("|", "｜")):
        return False  # a row its closing bar ends is whole, whatever cells it leaves empty ("| |")
    return not blocks[-2].cells.keys() <= blocks[-1].cells.keys()


def _bars(text: str, block: IssueBlock) -> int:
    """The bars that set a ledger row's cells apart."""
    return text.count("|", block.span_start, block.span_end) + text.count("｜", block.span_start, block.span_end)


def _annex_after(outline: Outline, last: IssueBlock) -> int | None:
    """Where an annex starts after the item's own text (a line 附件：…), which ends whole above it; else None."""
    for para in outline.paras:
        if last.problem_end < para.start < last.span_end and ANNEX_START.match(outline.folded[para.start : para.end]):
            above = outline.folded[last.span_start : para.start].rstrip()
            return para.start if _ends_whole(above) else None
    return None


def cut_off_at_end(outline: Outline, blocks: list[IssueBlock]) -> tuple[list[IssueBlock], list[str]]:
    """A text that stops inside its last item, mid-sentence (a stored page's opening, a truncated download): the
    item is dropped, and that is said.
    The end is that of the last paragraph: a page's footer or number after it is no part of the notice.
    A ledger row whose last cell is a short field ("已完成", "2024年底") ends there, whatever it ends with."""
    # (Read in the folded view: a reprint's 已辦結, an ideographic space, a full-width stop read as the plain ones.)
    tail = outline.folded[: outline.paras[-1].end if outline.paras else 0].rstrip()
    if blocks and blocks[-1].cells is None:
        tail = tail.rstrip(_BARS_AT_END)  # (a bar a page's layout left after the text: "…2018年7月7日 |")
    if (
        blocks
        and blocks[-1].cells is None
        and names_a_column(outline.folded[blocks[-1].problem_start : blocks[-1].problem_end])
    ):
        # The last item's problem is a field's name ("反馈问题", "（一）问题描述。"), its value below: the end cuts the form
        # the item was laid out as before the fields that would have shown it as one.
        return blocks[:-1], [_FIELD_ONLY]
    if _row_short_of_fields(tail, blocks, len(tail)):
        return blocks[:-1], [_CUT_ITEM]
    if blocks and not blocks[-1].rect and not _ends_whole(tail):
        after = outline.folded[blocks[-1].span_end : len(tail)].strip()
        if after and "\n" not in after and PROBLEM_KEY.match(after):
            # The end cuts the problem the item restates by key under its heading ("4．…薄弱环节" / "问题描述：…人员长").
            return blocks[:-1], [_CUT_PROBLEM]
    if blocks and tail and not blocks[-1].rect and blocks[-1].cells is None and blocks[-1].span_end >= len(tail) - 1:
        said = outline.folded[blocks[-1].span_start : blocks[-1].span_end]
        if "整改" not in said and not has_phrase(said):
            # A problem the text ends with, with no word of its rectification: the copy stops there.
            return blocks[:-1], [_NO_RECTIFICATION if _ends_whole(tail) else _CUT_PROBLEM]
    if _ends_whole(tail) and (
        _stops_before_its_key(outline, blocks, len(tail)) or _tells_only_its_problem(outline, blocks, len(tail))
    ):
        return blocks[:-1], [_NO_RECTIFICATION]
    if _stops_short_of_its_fields(outline, blocks, tail):
        return blocks[:-1], [_CUT_ITEM]
    if not blocks or not tail or _ends_whole(tail) or _ends_in_a_field(tail, blocks[-1]):
        return blocks, []
    dated = _SIGNED_DATE.search(outline.folded, max(0, len(tail) - _SIGNED_DATE_REACH), len(tail))
    if dated and _dates_a_signature(tail, dated.start()):
        return blocks, []  # a signature's date closes it, or a dated line: the text is whole
    if _PHONE_AT_END.search(outline.folded, max(0, len(tail) - _PHONE_REACH), len(tail)):
        return blocks, []  # so does a phone to call about it ("…整改完毕。 市整改办问效电话0791-86356026")
    last = blocks[-1]
    line_at = tail.rfind("\n") + 1
    # (The paragraph above the last line, past any furniture between them: "备注:已办结。" / "视频" / "北塔区城市管".)
    above = tail[: max((p.end for p in outline.paras if p.end <= line_at), default=0)].rstrip()
    if (
        line_at
        and _SIGNATURE_CUT.fullmatch(tail, line_at)
        and above
        and last.span_end >= len(tail) - 1
        and line_at > last.problem_end  # (not the item's own heading the end cuts: "（二）上一轮巡察反馈问题整改不彻")
        and _ends_in_a_field(above, last)
    ):
        # The end cuts the signature under an item that closed on a field or its status ("备注:已办结。" / "北塔区城市管"):
        # the item ends above it. (Not under a sentence that may go on to the status the end cuts: "…已建立制度。" /
        # "目前已".)
        last.rect = [(s, min(e, line_at)) for s, e in last.rect if s < line_at]
        last.span_end = min(last.span_end, line_at)
        return blocks, []
    # A problem quoted from the inspection whose quote the text never closes ("1.对于“思想认识不足，…") is cut.
    unclosed = outline.folded.count("“", last.span_start) > outline.folded.count("”", last.span_start)
    if (last.problem_end >= len(tail) - 1 and not last.rect) or (unclosed and last.span_end >= len(tail) - 1):
        return blocks[:-1], [_CUT_PROBLEM]
    if last.span_end >= len(tail) - 1 and (annex := _annex_after(outline, last)) is not None:
        # The end cuts the annex after the item (附件：验收销号公示表, a table that restates it), not the item: it ends
        # whole above the annex's line.
        last.rect = [(s, min(e, annex)) for s, e in last.rect if s < annex]
        last.span_end = annex
        return blocks, [_CUT_ANNEX]
    if last.span_end >= len(tail) - 1:
        following = _next_item_at(outline, last) or _next_answer_at(outline, last)
        if following is not None:
            # What the end cuts is the next item, run into this one's text ("…已整改到位。2.农业产业化…", a
            # paragraph "二是财务管理不规范，…"): this one ends before it.
            last.rect = [(s, min(e, following)) for s, e in last.rect if s < following]
            last.span_end = following
            return blocks, [_CUT_ITEM]
        # (As the labels of stored openings leave out an item the copy's end cuts: its measures and status are
        # not all there.)
        return blocks[:-1], [_CUT_ITEM]
    return blocks, []


def _keyed(outline: Outline, block: IssueBlock) -> bool:
    """Whether a paragraph of the block after its problem opens with a rectification key (整改情况：…)."""
    paras = outline.paras[outline.para_index(block.problem_end) : outline.para_index(block.span_end)]
    return any(RECT_KEY.match(outline.folded[p.start : p.end]) for p in paras)


def _stops_before_its_key(outline: Outline, blocks: list[IssueBlock], end: int) -> bool:
    """Whether the text ends with an item that has no rectification key where the item before it has one ("整改情况：…"
    under each problem): the copy stops after the problem's paragraph, before its rectification, and the item's words
    after its first sentence, read as what was done, are the rest of the problem."""
    if len(blocks) < 2 or blocks[-1].cells is not None or blocks[-1].span_end < end - 1:
        return False
    last, before = blocks[-1], blocks[-2]
    if before.cells is not None or not _keyed(outline, before) or _keyed(outline, last):
        return False
    return find_status(outline.folded[last.span_start : last.span_end])[0] == "not_stated"


def _field_keys(outline: Outline, block: IssueBlock) -> list[str]:
    """The keys that open the paragraphs of a block after its problem, in order ("整改目标", "整改时限", "整改进展")."""
    keys = []
    for para in outline.paras[outline.para_index(block.problem_end) : outline.para_index(block.span_end)]:
        line = outline.folded[para.start : para.end].strip()
        if key := RECT_KEY.match(line) or OTHER_KEY.match(line):
            keys.append(key.group().strip(" \t:：。【】[]"))
    return keys


_SIGNATURE_LINE_REACH = 64  # the characters before a signature's day looked into: its year and month, a space, the name
_YEAR_AT_END = compile_shared(rf"[\d{CN_DIGITS}年 \t]*$")  # (the date's year and month, before its day)


def _dates_a_signature(tail: str, date_at: int) -> bool:
    """Whether the date at `date_at` closing the text is a signature's, or a dated line's: on its line it follows
    nothing, a body's name or a key, a space apart or not ("某某局 2024年1月1日", "…联系电话:… 某某局 2019年11月6日"
    where a copy lost its line breaks, "…进驻十二师期间:2026年3月3日-3月22日"), not a clause it ends ("…郭某某,于10月17日",
    the copy cut)."""
    line = tail[max(tail.rfind("\n", 0, date_at) + 1, date_at - _SIGNATURE_LINE_REACH) : date_at]
    words = _YEAR_AT_END.sub("", line).split()
    name = words[-1] if words else ""
    return len(name) <= SIGNATORY_AT_MOST and not any(mark in name for mark in "。，,；;、")


def _stops_short_of_its_fields(outline: Outline, blocks: list[IssueBlock], tail: str) -> bool:
    """Whether the text ends in an item laid out as fields with a field's name alone ("整改进展" / "【整改措施】", its
    value cut off), or showing the first of the fields the item before it shows, not the rest, and nowhere where it
    stands ("整改目标：…" / "整改时限：2025年" where the item before goes on to "整改进展：已完成"), or stopping in the first
    characters of its next field's name ("整改进"): the copy stops inside it."""
    if not blocks or blocks[-1].cells is not None or blocks[-1].span_end < len(tail) - 1:
        return False
    last = blocks[-1]
    shown = _field_keys(outline, last)
    line = tail[tail.rfind("\n") + 1 :].strip(" \t【[")
    if shown and line.strip(" \t:：】]") == shown[-1]:
        return True
    if len(blocks) < 2 or blocks[-2].cells is not None:
        return False
    expected = _field_keys(outline, blocks[-2])
    if shown and shown[-1] != line and any(key.startswith(line) for key in expected[len(shown) :]):
        shown = [*shown, line]  # (the next field's name, cut: it opens no paragraph of its own)
    n = len(shown)
    if not 0 < n <= len(expected) or expected[: n - 1] != shown[:-1] or not expected[n - 1].startswith(shown[-1]):
        return False
    cut_short = n < len(expected) or shown[-1] != expected[n - 1]
    return cut_short and find_status(outline.folded[last.problem_end : len(tail)])[0] == "not_stated"


def _tells_only_its_problem(outline: Outline, blocks: list[IssueBlock], end: int) -> bool:
    """Whether the text ends with an item whose words after its problem's first sentence tell no deed, no 整改 and no
    status (`sections.DEED_DONE`), but a shortfall (`sections.SHORTFALL_TOLD`): more of the problem ("…不够有力。基层医疗
    卫生服务能力提升缓慢，全区9家…标准。"), the copy stopping before its rectification."""
    if not blocks or blocks[-1].cells is not None or not blocks[-1].rect or blocks[-1].span_end < end - 1:
        return False
    after = outline.folded[blocks[-1].rect[0][0] : end]
    told = "整改" in after or has_phrase(after) or DEED_DONE.search(after) is not None
    return not told and SHORTFALL_TOLD.search(after) is not None


# The next answer's opening after a sentence's end, where a copy that lost its line breaks runs it on, under the short
# name of its unit if one is set over it ("…万元。 市委宣传部 针对…").
_NEXT_ANSWER_RUN_ON = compile_shared(rf"(?<=[。；;])[ \t]*(?:[^\s。，,；;：:]{{2,20}}[ \t]+)?{ANSWER_OPENS}")
_ANSWER_OPENING = compile_shared(ANSWER_OPENS)


def _next_answer_at(outline: Outline, block: IssueBlock) -> int | None:
    """Where the next answer begins inside the rectification of an answer paragraph ("针对…问题。<its rectification>")
    that the end cuts: its last paragraph, under the short line that names its unit if one does ("…1212.1万元。" /
    "市委宣传部" / "针对互联网行业党建工作薄弱问"), or its last sentence run on in one; after text that ends whole. None
    where there is none."""
    if block.labelled or not block.rect or not _ANSWER_OPENING.match(outline.folded, block.span_start):
        return None
    folded, rect = outline.folded, block.rect
    if len(rect) >= 2 and _ANSWER_OPENING.match(folded, rect[-1][0]):
        first = len(rect) - 1
        while first > 1 and names_a_unit_alone(folded[slice(*rect[first - 1])]):
            first -= 1  # (the unit's name over it)
        return rect[first][0] if _ends_whole(folded[rect[0][0] : rect[first - 1][1]].rstrip()) else None
    openings = list(_NEXT_ANSWER_RUN_ON.finditer(folded, rect[-1][0], block.span_end))
    if not openings or "。" in folded[openings[-1].end() : block.span_end]:
        return None
    return openings[-1].start()


def _next_item_at(outline: Outline, block: IssueBlock) -> int | None:
    """Where the item after `block` begins inside its rectification text (the same label, numbered on: "1." then
    "2.", "一是" then "二是"), at a paragraph's or sentence's start; None where it does not."""
    if not block.labelled or not block.rect or not block.nodes:
        return None
    node = block.nodes[-1]
    raw = outline.folded[node.start : node.title_start].strip()
    digits = re.search(r"\d+", raw)
    if digits:
        following = raw[: digits.start()] + str(node.number + 1) + raw[digits.end() :]
    elif raw[:1] in CN_ORDER and node.number < len(CN_ORDER):
        following = CN_ORDER[node.number] + raw[1:]
    else:
        return None
    start = block.rect[0][0]
    at = re.search(rf"(?:^|(?<=[。；;\n]))[ \t]*{re.escape(following)}", outline.folded[start : block.span_end], re.M)
    return start + at.start() if at else None
