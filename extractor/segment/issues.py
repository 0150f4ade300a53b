"""Decide which outline nodes and paragraphs are issues, and cut each issue's block.

An issue is a leaf problem with its own rectification text. Headings with issue children are
groups; headings that neither read as a deficiency nor carry rectification text (履行主体责任…,
下一步…) are report sections. Inside a body, a plain paragraph directly followed by a keyed
rectification paragraph (整改情况：…) is an unnumbered problem of its own.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from extractor.fields.status import (
    bare_word,
    classify,
    find_status,
    group_status,
    groups_by_status,
    has_phrase,
    whole_status,
    without_status,
)
from extractor.lazy_re import compile_shared
from extractor.segment.form import form_cells, form_fields, section_span
from extractor.segment.glued_table import glued_rows
from extractor.segment.lines import Para
from extractor.segment.outline import Node, Outline, loose_heading, parse_outline
from extractor.segment.table import find_ledger_rows, stacked_rows
from extractor.vocab.columns import names_a_column
from extractor.vocab.headings import ANSWER_IN_TURN as _ANSWER_IN_TURN
from extractor.vocab.headings import ANSWERS_PROBLEM as _ANSWERS_PROBLEM
from extractor.vocab.headings import ANSWERS_PROBLEM_COMMA as _ANSWERS_PROBLEM_COMMA
from extractor.vocab.headings import ANSWERS_QUOTED as _ANSWERS_QUOTED
from extractor.vocab.headings import AREA_BEFORE_LIST as _AREA_BEFORE_LIST
from extractor.vocab.headings import (
    ASIDE_KEYS,
    BULLETS,
    FINDER,
    FOUND_THEN_NAMED,
    HANDLED_AFTER_FINDING,
    KEY_STAGES,
    LEAD_IN,
    PROBLEM_DETAIL,
    QUOTED_REMEDY,
    RECT_KEY,
)
from extractor.vocab.headings import COMPLAINT_HANDLING_FIELD as _COMPLAINT_HANDLING_FIELD
from extractor.vocab.headings import ENUMERATED as _ENUMERATED
from extractor.vocab.headings import FINDINGS_KEY as _FINDINGS_KEY
from extractor.vocab.headings import ID_FIELD as _ID_FIELD
from extractor.vocab.headings import INLINE_CUT as _INLINE_CUT
from extractor.vocab.headings import NUMBERED_PROBLEM_KEY as _NUMBERED_PROBLEM_KEY
from extractor.vocab.headings import PROBLEM_KEY as _PROBLEM_KEY
from extractor.vocab.headings import PROBLEM_THEN_STATUS as _PROBLEM_THEN_STATUS
from extractor.vocab.headings import QUOTED_FINDING as _QUOTED_FINDING
from extractor.vocab.headings import QUOTED_THEN_BODY as _QUOTED_THEN_BODY
from extractor.vocab.headings import STATUS_LINE as _STATUS_LINE
from extractor.vocab.headings import TOPIC_ITEM as _TOPIC_ITEM
from extractor.vocab.numerals import CN_ORDER, to_int
from extractor.vocab.report import BODY_START, PARTY_BODY_END, UNIT_NAME, UNIT_SUFFIX, opens_title
from extractor.vocab.sections import ANSWERS_ABOVE as _ANSWERS_ABOVE
from extractor.vocab.sections import AREA_SECTION as _AREA_SECTION
from extractor.vocab.sections import AUDIT_ADVICE as _AUDIT_ADVICE
from extractor.vocab.sections import AUDITOR_HANDLING as _AUDITOR_HANDLING
from extractor.vocab.sections import AUDITOR_HANDLING_AFTER as _AUDITOR_HANDLING_AFTER
from extractor.vocab.sections import CLASS_OF_PROBLEMS as _CLASS_OF_PROBLEMS
from extractor.vocab.sections import COMPLAINT_TOLD as _COMPLAINT_TOLD
from extractor.vocab.sections import (
    COMPLAINT_TOLD_FINDING,
    DONE_ON_DATE,
    FINDING_HANDLED,
    WORK_ON_PROBLEMS,
    answers_by_working,
    first_clause,
    quotes_a_finding,
    section_kind,
    states_deficiency,
)
from extractor.vocab.sections import FORMULA_LISTS as _FORMULA_LISTS
from extractor.vocab.sections import FORMULA_QUOTES_ONE as _FORMULA_QUOTES_ONE
from extractor.vocab.sections import FOUND_AND_HANDLED as _FOUND_AND_HANDLED
from extractor.vocab.sections import GOES_ON_WORDS as _GOES_ON
from extractor.vocab.sections import HANDLING_OF_FOUND as _HANDLING_OF_FOUND
from extractor.vocab.sections import HANDLING_TAIL as _HANDLING_TAIL
from extractor.vocab.sections import INSPECTION_AREA as _INSPECTION_AREA
from extractor.vocab.sections import MEASURE_START as _MEASURE_START
from extractor.vocab.sections import MEASURES_SECTION as _MEASURES_SECTION
from extractor.vocab.sections import NOTICE_FORMULA as _NOTICE_FORMULA
from extractor.vocab.sections import OPENING_QUOTES_ONE as _OPENING_QUOTES_ONE
from extractor.vocab.sections import OWN_RECTIFICATION as _OWN_RECT
from extractor.vocab.sections import PLANS_AHEAD as _PLANS_AHEAD
from extractor.vocab.sections import PROBLEM_SECTION as _PROBLEM_SECTION
from extractor.vocab.sections import PROBLEMS_IN_GENERAL as _PROBLEMS_IN_GENERAL
from extractor.vocab.sections import QUOTES_AN_AREA as _QUOTES_AN_AREA
from extractor.vocab.sections import QUOTES_PROBLEM as _QUOTES_PROBLEM
from extractor.vocab.sections import REPORT_SECTION as _SECTION
from extractor.vocab.sections import RESULTS_SECTION as _RESULTS_SECTION
from extractor.vocab.sections import SHORTCOMINGS_SECTION as _SHORTCOMINGS_SECTION
from extractor.vocab.sections import SHORTFALL_END as _SHORTFALL_END
from extractor.vocab.sections import STRONG_DEFICIENT as _STRONG_DEFICIENT
from extractor.vocab.sections import TASK_REFERENCE as _TASK_REFERENCE
from extractor.vocab.sections import TITLE_QUOTES_ONE as _TITLE_QUOTES_ONE
from extractor.vocab.sections import WHEN_DONE as _WHEN_DONE
from extractor.vocab.sections import WRAPPER_TITLE as _WRAPPER_TITLE
from extractor.vocab.status import ABOVE_WORDS, AMONG_WORDS, NAMED_FIRST

# A status in brackets closing the problem line: "固定资产账实不符（已完成）".
# A line's last clause, after a comma or a space (the status of "1.理论学习不深入，已整改。").
_STATUS_CLAUSE = compile_shared(r"(?:[，,\s]|[—－]{1,2})([^，,。；;\s—－][^。；;\s—－]{1,11})[。；;]?[ \t]*$")
_STATUS_CLAUSE_REACH = 16  # the separator, a clause of at most 12 characters, its stop and spaces
_CLOSING_SENTENCE = compile_shared(r"[。；;]([^。；;]{2,20})[。；;]?[ \t]*$")  # (a line's last sentence, short)
# A sentence naming the problem's owner or deadline by key, after the problem's own ("。责任单位：…").
_ASIDE_AFTER_SENTENCE = compile_shared(rf"[。；;][ \t]*(?={ASIDE_KEYS})(?:{ASIDE_KEYS})[ \t]*[:：]")
# Brackets closing a problem's line that name its owner or deadline by key.
_KEYED_BRACKET_TAIL = compile_shared(
    rf"[(（【\[](?=[ \t]*(?:{ASIDE_KEYS})[ \t]*[:：])[^()（）【】\[\]]{{2,80}}[)）】\]][ \t。；;]*$"
)
_BRACKET_TAIL = compile_shared(r"[(（【\[][^()（）【】\[\]]{1,14}[)）】\]][ \t。；;]*$")
_SENTENCE_END = compile_shared(r"[。；;!！?？]")
_STATUS_SENTENCE_LONGEST = 16  # a sentence that says only how an item stands ("该问题已整改完成")
_TRAIL_PUNCT = " \t\r\n。；;，,、：:.!！?？"
_WORK_ON_PROBLEMS = compile_shared(WORK_ON_PROBLEMS)


@dataclass(slots=True)
class IssueBlock:
    """One issue's place in the text: its outline path, problem and whole block."""

    nodes: list[Node]
    """Headings from the top down; the last is the issue's own heading unless it is unnumbered."""
    labelled: bool
    problem_start: int
    problem_end: int
    span_start: int
    span_end: int
    rect: list[tuple[int, int]]
    """Pieces of the block after the problem: the rectification text, in order."""
    cells: dict[str, tuple[int, int]] | None = None
    """For a ledger row: the offsets of its named columns (status, measures, cause, category)."""
    rows_below: list[dict[str, tuple[int, int]]] = field(default_factory=list)
    """For a ledger row whose problem cell was merged down over the rows below it: their named columns."""
    row_label: str | None = None
    wrappers: list[Node] = field(default_factory=list)
    """Headings above `nodes` that wrap every finding (二、巡察反馈问题整改落实情况): in the path, not groups."""

    @property
    def path(self) -> list[str]:
        labels = [n.label for n in [*self.wrappers, *self.nodes] if n.label]
        return labels + [self.row_label] if self.row_label else labels

    @property
    def groups(self) -> list[Node]:
        """The headings that group the issue (its category, subcategory): all but its own heading."""
        return self.nodes[:-1] if self.labelled else self.nodes


def _text(outline: Outline, para: Para) -> str:
    return outline.folded[para.start : para.end]


def is_rect_para(outline: Outline, para: Para) -> bool:
    """A paragraph that opens with a rectification key (整改情况：, 原因分析：, 整改措施 …)."""
    return RECT_KEY.match(_text(outline, para)) is not None


def key_stage(text: str) -> int | None:
    """The stage (vocab.headings.KEY_STAGES) of the rectification key `text` opens with: None for a
    paragraph with no key, 0 for a key of no known stage."""
    m = RECT_KEY.match(text)
    if m is None:
        return None
    key = m.group().strip("【】:：。 \t").removeprefix("问题")
    return KEY_STAGES.get(key) or KEY_STAGES.get(key.removeprefix("整改"), 0)


def _continues_keyed(stages: list[int | None], i: int) -> bool:
    """Whether plain paragraph i, followed by a keyed one, goes on with the keyed paragraph before it
    (the keys' stages rise: 整改措施 … 整改情况) rather than stating the next item's problem."""
    j = i - 1
    while j >= 0 and stages[j] is None:
        j -= 1
    before, after = (stages[j] if j >= 0 else None), stages[i + 1]
    return bool(before and after and after > before)


_ENUMERATION_ITEM = compile_shared(r"([一二三四五六七八九十]{1,2})是")


def _goes_on(text: str, before: str) -> bool:
    """Whether a plain paragraph after a keyed one goes on with it: it carries on its enumeration ("整改情况：
    一是…三是…" then "四是…") or opens with a word that continues ("在此基础上，…"), stating no problem of its own;
    or the keyed one stops at a clause's end ("…“无预算不支出”；"), is a key alone ("整改情况：", "【整改情况】"), or stops inside a
    sentence ("…已追回"), its sentence carried on below (a printed page's line break) where that states no problem."""
    if text.startswith(_GOES_ON) or before.rstrip().endswith(_OPEN_ENDS) or RECT_KEY.fullmatch(before.strip()):
        return True
    last = before.rstrip()[-1:]
    if (last.isalnum() or last in "“《") and not states_deficiency(first_clause(text)):
        return True
    return _carries_enumeration(text, before)


def _carries_enumeration(text: str, before: str) -> bool:
    """Whether a paragraph goes on with the enumeration of the one above ("一是…" then "二是…")."""
    item = _ENUMERATION_ITEM.match(text)
    number = to_int(item.group(1)) if item else None
    return number is not None and 1 < number <= len(CN_ORDER) and f"{CN_ORDER[number - 2]}是" in before


def _states_where_it_stands(line: str) -> bool:
    """Whether a line says only how an item stands, by key ("整改进展：已完成。"), not a key over what follows."""
    return _STATUS_LINE.match(line.strip()) is not None and classify(line) is not None


def _states_shortfall_first(text: str) -> bool:
    """Whether a paragraph's first sentence states a shortfall ("部分工程未按设计施工。…")."""
    return states_deficiency(text[: m.start()] if (m := _SENTENCE_END.search(text)) else text)


def _carried_on(texts: list[str], keyed: list[bool], i: int) -> bool:
    """Whether plain paragraph i goes on with the keyed one above it, directly or through plain ones that go on
    in turn (a page that sets each sentence apart: "整改情况：一是…。" / "二是…。" / "三是…。" / "完成情况：已完成")."""
    while i and _goes_on(texts[i], texts[i - 1]):
        if keyed[i - 1]:
            return True
        i -= 1
    return False


_CLAUSE_ENDS = ("；", ";", "，", ",", "、")
_OPEN_ENDS = (*_CLAUSE_ENDS, "：", ":")  # (…or a key alone, its value below: "整改情况：" / "一是…")
_WORD_LEFT_OVER = compile_shared(r"[\u4e00-\u9fff]{1,2}[，,、；;]")


def _deficient(text: str) -> bool:
    if states_deficiency(text):
        return True
    # 问题 names a problem unless the heading names a report section or the work on problems (认领问题).
    # (Every form of that work names 问题: a heading without the word is spared the substitution.)
    return "问题" in text and "问题" in _WORK_ON_PROBLEMS.sub("", text) and not _SECTION.search(text)


def _section(text: str) -> bool:
    """A report section (总体情况, 下一步工作安排 …): it and everything under it hold no findings."""
    if _PLANS_AHEAD.search(text, 0, 40):  # (a heading names its plans among its first words)
        head = first_clause(text)
        if _PLANS_AHEAD.search(head) and not quotes_a_finding(head):
            return True  # "存在的不足和下一步打算": the next steps, with the shortcomings admitted in general
    # (The section names last: most headings state a deficiency early on, and are spared their scan. A heading its
    # measures run on from, enumerated, names its section in its first sentence: "（20）…。一是…向党组汇报了党建工作开展
    # 情况。" names none.)
    stop = text.find("。")
    head = text[:stop] if stop > 0 and _ENUMERATION_LABEL.match(text, stop + 1) else text
    return (
        not head.rstrip(_TRAIL_PUNCT).endswith(("问题", "方面"))
        and not _STRONG_DEFICIENT.search(text)
        and _SECTION.search(head) is not None
    )


def _inline_cut(line: str) -> re.Match[str] | None:
    """Where a problem stated in a line ends and its rectification starts (整改情况：…, 【整改措施】…); every
    form names 整改 or opens with 【, so a line with neither is spared the search."""
    return _INLINE_CUT.search(line) if "整改" in line or "【" in line else None


def _trim(outline: Outline, start: int, end: int) -> tuple[int, int]:
    text = outline.folded  # (no-break and ideographic spaces, full-width stops: as the plain ones)
    while start < end and (text[start] in _TRAIL_PUNCT or text[start] in BULLETS):
        start += 1
    while end > start and text[end - 1] in _TRAIL_PUNCT:
        end -= 1
    return start, end


def _problem_in(outline: Outline, start: int, end: int, has_body: bool) -> tuple[int, int, list[tuple[int, int]]]:
    """(problem start, problem end, the pieces of rectification text) within one heading or paragraph line: a
    status in brackets opening it ("1.【已完成】理论学习不深入") is one, what follows the problem another."""
    head = _status_head(outline.folded, start, end) if outline.folded[start : start + 1] in _OPENING_BRACKETS else 0
    p_start, p_end, rect_start = _problem_after(outline, head or start, end, has_body)
    return p_start, p_end, ([(start, head)] if head else []) + ([(rect_start, end)] if rect_start < end else [])


# A status in brackets before the problem: "【已完成】", "（正在整改）", "【基本完成，长期坚持】".
_BRACKET_HEAD = compile_shared(r"[(（【\[]([^()（）【】\[\]]{1,12})[)）】\]]")


_OPENING_BRACKETS = "(（【["


def _status_head(folded: str, start: int, end: int) -> int:
    """The end of a status in brackets opening folded[start:end] (which opens with a bracket), else 0."""
    m = _BRACKET_HEAD.match(folded, start, end)
    if m is None or not folded[m.end() : end].strip() or not (classify(m.group(1)) or bare_word(m.group())):
        return 0
    return m.end()


_CLOSING_BRACKETS = (")", "）", "】", "]")


def _status_tail(line: str) -> int | None:
    """Where the brackets closing `line` open when they hold a status ("…不深入（已完成）。"), else None."""
    if not line.rstrip(" \t。；;").endswith(_CLOSING_BRACKETS):
        return None
    tail = _BRACKET_TAIL.search(line)
    if tail and (classify(line[tail.start() + 1 : tail.end()]) or bare_word(line[tail.start() : tail.end()])):
        return tail.start()
    return None


_LEAD_INS_AT_MOST = 2
_BARS = ("|", "｜")
_BAR = compile_shared(r"[ \t]*[|｜]")
_ROW_OPENING = " \t|｜"  # a row's opening bar and the empty cells after it


def _closing_quote(line: str, at: int) -> int:
    """Where the quote opening at `at` closes, past the quotes inside it ("“…落实“第一议题”制度不到位…”"); -1 if never."""
    depth = 0
    for k in range(at, len(line)):
        if line[k] == "“":
            depth += 1
        elif line[k] == "”":
            depth -= 1
            if depth == 0:
                return k
    return -1


def _problem_after(outline: Outline, start: int, end: int, has_body: bool) -> tuple[int, int, int]:
    """(problem start, problem end, rectification start) within one heading or paragraph line."""
    line = outline.folded[start:end]
    if line.lstrip(" \t")[:1] in _BARS:
        # A table's row with no header over it ("| | <complaint> | | | <findings> | | 处理情况:…"): its first cell with
        # words in it is the problem, the cells after it the rectification.
        opening = len(line) - len(line.lstrip(_ROW_OPENING))
        if bar := _BAR.search(line, opening):
            p_start, p_end, _ = _problem_after(outline, start + opening, start + bar.start(), True)
            return p_start, p_end, start + bar.start()
    if (past := _past_lead_in(outline, start, end)) > start:
        start, line = past, outline.folded[past:end]
    answers = _answering(line)
    if answers and line[answers.end() :].strip():
        p_start, p_end = _unquote(outline, start + answers.start("about"), start + answers.end("about"))
        return p_start, p_end, start + answers.end()
    numbered = _NUMBERED_PROBLEM_KEY.match(line) if "“" in line else None
    if numbered and (close := _closing_quote(line, numbered.end())) > 0:
        # "…反馈问题(40-3)：“<problem>”。已整改完成…": the quote is the problem, what follows it how it stands.
        p_start, p_end = _trim(outline, start + numbered.end() + 1, start + close)
        return p_start, p_end, start + close + 1
    quoted = _QUOTED_THEN_BODY.match(line) if "“" in line else None
    if quoted:
        p_start, p_end = _unquote(outline, *_trim(outline, start, start + quoted.end()))
        return p_start, p_end, start + quoted.end()
    # (Only a line that ends in a bracket, stops aside, can hold one: most lines are spared the search.)
    closes_bracket = line.rstrip(" \t。；;").endswith(_CLOSING_BRACKETS)
    tail = _status_tail(line) if closes_bracket else None
    if tail is not None:
        end = start + tail
        line = line[:tail]
    elif closes_bracket and (keyed := _KEYED_BRACKET_TAIL.search(line)):
        # "1.…浓度偏低。（责任单位：县住建局；整改时限：2025年底）": who owns it and by when, not the problem.
        end = start + keyed.start()
        line = line[: keyed.start()]
    elif not has_body or "—" in line[-_STATUS_CLAUSE_REACH:] or "－" in line[-_STATUS_CLAUSE_REACH:]:
        # "1.理论学习不深入，已整改。", "1.理论学习不深入 已完成": a last clause that is only a status (among the
        # line's last characters: most lines are spared a search of the whole line); after a dash, whatever
        # follows the line ("1.理论学习不深入——已完成" over its measures).
        at = max(0, len(line) - _STATUS_CLAUSE_REACH)
        said = _STATUS_CLAUSE.search(line, at)
        while said and not whole_status(said.group(1).lstrip(BULLETS)):  # ("… ★已完成")
            # (…the last clause alone, where the two before it are no status: "…混乱，档案缺失严重，正在整改中。"; a
            # status may hold a comma: "…不到位，已完成，长期坚持".)
            said = _STATUS_CLAUSE.search(line, said.start() + 1)
        dashed = said is not None and said.group()[:1] in "—－"
        if said and (dashed or not has_body):
            end = start + said.start()  # (before its comma or dash)
            line = line[: said.start()]
    cut = _inline_cut(line)
    stop = rect = None  # where the problem stops within the line, and where its rectification starts
    if cut and cut.start() > 0:
        stop, rect = cut.start(), cut.end()
        # A status said between the problem and the key: "6.…未按规定报到。已完成。整改措施：…".
        before = line[:stop].rstrip("。；; \t")
        stated = max(before.rfind("。"), before.rfind("；"), before.rfind(";"))
        if stated > 0 and whole_status(before[stated + 1 :].strip()):
            stop, rect = stated, stated + 1
    elif (handled := HANDLED_AFTER_FINDING.search(line)) is not None:
        # "1.工程款支付不及时。截至10月中旬,…支付至合同价格的90%,审计指出问题后已立行立改支付到位。": the problem and its
        # detail, then the handling once the audit pointed it out.
        stop, rect = handled.start(), handled.end()
    elif (
        not has_body
        and (said := _CLOSING_SENTENCE.search(line))
        and whole_status(said.group(1).strip())
        and (sentence := _SENTENCE_END.search(line)) is not None
        and sentence.start() < said.start()
        and states_deficiency(line[: sentence.start()])
        and _details_only(line[sentence.end() : said.start()])
    ):
        # "2.部分工程未按设计施工。高标农田建设工程项目中…与设计不一致。目前已整改到位。": the problem and its detail, then
        # where it stands.
        stop, rect = said.start(), said.start() + 1
    elif (
        (sentence := _SENTENCE_END.search(line))
        and line[sentence.end() :].strip()
        and not (
            not has_body
            and states_deficiency(line[: sentence.start()])  # (a problem, not a field's name: "(一)问题描述。…")
            and _details_only(line[sentence.end() :])
        )
    ):
        # (A line whose later sentences only detail the shortfall, "2.部分工程未按设计施工。高标农田建设工程项目中个别
        # 塘坝…与设计不一致。", states its problem whole: it tells no rectification.)
        # Problem and measures share the line: the problem is its first sentence. (With paragraphs below, the
        # line may state the problem in several sentences, unless the second says only how it stands:
        # "2.新闻舆论引导能力不强。正在推进。组织…".)
        second = _SENTENCE_END.search(line, sentence.end()) if has_body else None
        next_sentence = line[sentence.end() : second.start() if second else len(line)].strip() if has_body else ""
        if (
            not has_body
            or (len(next_sentence) <= _STATUS_SENTENCE_LONGEST and whole_status(next_sentence))
            # (…or opens the measures, its status keyed below: "（1）思想认识上还不“深”。一是将…纳入…".)
            or _opens_measures(line, sentence.end())
        ):
            stop, rect = sentence.start(), sentence.end()
            # (Sentences detailing the problem go with it: "3.暂付款余额较大问题。审计发现截至2022年底…。县财政局已…".)
            while (
                not has_body
                and PROBLEM_DETAIL.match(line, rect)
                and (more := _SENTENCE_END.search(line, rect))
                and line[more.end() :].strip()
            ):
                stop, rect = more.start(), more.end()
    if stop is not None and rect is not None:
        # Who owns it between the problem and its rectification ("…返黑返臭现象。责任单位：市住建局。整改情况：…"):
        # no part of the problem.
        keyed = _KEYED_BRACKET_TAIL.search(line, 0, stop) if line[:stop].rstrip(" \t。；;").endswith(")") else None
        aside = _ASIDE_AFTER_SENTENCE.search(line, 0, stop) if "：" in line[:stop] or ":" in line[:stop] else None
        if keyed:
            # (…or in brackets closing it: "1.…不规范（责任单位：办公室；完成时限：2024年底）。整改情况：…")
            stop = keyed.start()
        elif aside:
            stop = aside.start()
        # The problem may close with its status in brackets: "1.…不严（已完成）。整改措施：…", "…不严（已完成）。加强…".
        bracketed = _status_tail(line[:stop])
        if bracketed is not None:
            stop = rect = bracketed
        p_start, p_end = _unquote(outline, *_trim(outline, start, start + stop))
        return p_start, p_end, start + rect
    p_start, p_end = _unquote(outline, *_trim(outline, start, end))
    return p_start, p_end, end


_ABOUT = compile_shared(
    # (A complaint quoted after who made it: 关于群众反映“…”问题.)
    r"(?:关于|针对|对于|对(?=" + FINDER + r"))(?:" + FINDER + r")?"
    r"(?:(?:《[^《》\n]{1,30}》[^“”。；;]{0,6}?|(?:群众|市民|村民|居民|信访人|举报人|投诉人)(?:反映|举报|投诉)的?)?“(.+?)”(?:的?问题)?|((?:[^“”。；;]|“[^“”。；;]{1,40}”){2,80}?)(?:的问题|(?<=问题)))(?=$|[。；;，,])"
)


def _opens_measures(line: str, at: int) -> bool:
    """Whether the sentence at `at` opens the measures, enumerated, its first clause stating no shortfall ("一是将…纳入…";
    not the problem's parts, "基层党组织建设薄弱。一是…记录不全"). (A sentence after the problem that opens as a measure
    would, unenumerated, may still state it: "…不够到位。对基层单位…监督检查偏软".)"""
    listed = _ENUMERATION_LABEL.match(line, at)
    clause = _FIRST_COMMA_CLAUSE.match(line, listed.end()) if listed else None
    return clause is not None and not states_deficiency(clause.group())


def _names_a_problem(paragraph: str) -> bool:
    """A paragraph that is only the naming of a problem: 针对“…不够主动”的问题。"""
    return _QUOTES_PROBLEM.fullmatch(paragraph.rstrip("。:： \t")) is not None


def _unquote(outline: Outline, start: int, end: int) -> tuple[int, int]:
    """关于“<problem>”(的问题) or 关于<problem>的问题。审计指出，… → <problem>: the inspection's own
    words, without the wrapper or the detail after it."""
    m = _ABOUT.match(outline.folded, start, end) if outline.folded.startswith(("关于", "针对", "对"), start) else None
    if not m and (remedied := _QUOTED_REMEDIED.fullmatch(outline.folded, start, end)):
        return _trim(outline, remedied.start(1), remedied.end(1))  # "对“部分…下达不及时”的整改" (一是…): the quote
    if not m and (alone := _QUOTED_ALONE.fullmatch(outline.folded, start, end)):
        return _trim(outline, alone.start(1), alone.end(1))  # "1.“党组整体合力发挥不够”问题整改情况": the quote
    if not m:
        # An opening that publishes the one complaint it quotes ("…督察问题“D36…”:“<complaint>”整改工作，…现将…公示如下"):
        # the quote.
        formula = outline.folded.find("现将", start, end) >= 0 and outline.folded.find("“", start, end) >= 0
        quoted = list(_OPENING_QUOTES_ONE.finditer(outline.folded, start, end)) if formula else []
        return _trim(outline, quoted[0].start(1), quoted[0].end(1)) if len(quoted) == 1 else (start, end)
    group = next(k for k in range(1, m.re.groups + 1) if m.group(k))
    end = m.end(group)
    wrapped = outline.folded.startswith("关于", start) or FOUND_THEN_NAMED.match(outline.folded, start) is not None
    if wrapped and outline.folded.endswith("问题", m.start(group) + 4, end):
        # "关于滞留财政补贴资金78.65万元问题。", "对审计发现的…不规范7.57亿元问题,…": the wrapper's 问题 (after a bare 针对 it
        # may be the words': 针对征地留用地突出问题).
        end -= 2
    return _trim(outline, m.start(group), end)  # "关于“…放松。”": the quote's own stop goes too


_QUOTED_REMEDIED = compile_shared(QUOTED_REMEDY)
# A problem quoted as the whole of its line's words, no 关于 before it (a term's short quote, "“四风”问题", is no
# problem quoted whole).
_QUOTED_ALONE = compile_shared(r"“([^“”]{5,})”(?:的|存在的)?问题")


def _groups(outline: Outline, body: list[Para]) -> tuple[list[Para], list[list[Para]]]:
    """Split a body into its leading run and the (problem paragraph, rectification…) runs after it."""
    if not body:
        return body, []
    if len(body) == 1:
        # One paragraph has no key after it and no neighbour: only its own words make it a problem's (its
        # key, the problem it answers, or a problem stated and then its rectification keyed).
        text = outline.folded[body[0].start : body[0].end]
        problems = (
            _PROBLEM_KEY.match(text)
            or _NUMBERED_PROBLEM_KEY.match(text)
            or _answers_problem(text)
            or _states_then_keys(text)
        )
        return ([], [body[:]]) if problems else (body, [])
    texts = [outline.folded[para.start : para.end] for para in body]  # each paragraph sliced once
    stages = [key_stage(text) for text in texts]
    # (A paragraph that opens by answering the one above, "针对上述问题，…", is that problem's rectification as a
    # keyed one is.)
    keyed = [stage is not None or _ANSWERS_ABOVE.match(text) is not None for stage, text in zip(stages, texts)]
    # Paragraphs each holding a problem and its keyed rectification ("理论学习不深入。整改情况：已完成。"),
    # an unnumbered list of items where two or more follow one another (in a body whose keys open no
    # paragraph: most bodies have keyed paragraphs, and are spared the search).
    listed: set[int] = set()
    if not any(keyed):
        inline = [_states_then_keys(text) for text in texts]
        listed = {
            i for i in range(len(body)) if inline[i] and (i and inline[i - 1] or i + 1 < len(body) and inline[i + 1])
        }
    starts = [
        i
        for i in range(len(body))
        if (_PROBLEM_KEY.match(texts[i]) and not _bare_key_over_nothing(texts, i))
        or _NUMBERED_PROBLEM_KEY.match(texts[i])
        or _answers_problem(texts[i])
        or (i + 1 < len(body) and not keyed[i] and _answering(texts[i]))  # (its rectification set below: "针对…问题。")
        or i in listed
        or (
            i + 1 < len(body)
            and not keyed[i]
            and keyed[i + 1]
            and not _continues_keyed(stages, i)
            and not _goes_on_keyed_problem(texts, keyed, i)
            and not _carried_on(texts, keyed, i)
            # ("一是…" / "二是…" / "整改进展：已完成。": the measures of one item, whatever key closes them.)
            and not (i and _carries_enumeration(texts[i], texts[i - 1]))
            # (Nor work done over where it stands, "…通过电话催缴…已全额追回。" / "整改进展：已完成。": a line that says only
            # how an item stands follows a problem that states its shortfall first.)
            and not (_states_where_it_stands(texts[i + 1]) and not _states_shortfall_first(texts[i]))
            and not _COMPLAINT_HANDLING_FIELD.match(texts[i + 1])
            and not _WORD_LEFT_OVER.match(texts[i])  # ("…仍有差" / "距，将按照方案持续推进。": a word's end)
            and not names_a_column(texts[i])  # (a table's header set one cell a line: "受理编号" / "污染类型" / …)
        )
    ]
    if not starts:
        return body, []
    lead = body[: starts[0]]
    ends = [*starts[1:], len(body)]
    for k in range(len(starts) - 1):
        # A unit's name over the answers it groups ("仲恺高新区" / "针对…问题。…"): no part of the answer above it.
        while ends[k] - 1 > starts[k] and names_a_unit_alone(texts[ends[k] - 1]) and _answering(texts[starts[k + 1]]):
            ends[k] -= 1
    runs = [body[s:e] for s, e in zip(starts, ends)]
    return lead, runs


_UNIT_LINE_AT_MOST = 20  # the longest line read as a unit's name over the answers it groups


def names_a_unit_alone(line: str) -> bool:
    """A short line with no sentence's marks: a unit's name over the answers it groups ("市委宣传部", "仲恺高新区")."""
    line = line.strip()
    return 0 < len(line) <= _UNIT_LINE_AT_MOST and not any(mark in line for mark in "。，,；;：:")


def _goes_on_keyed_problem(texts: list[str], keyed: list[bool], i: int) -> bool:
    """Whether plain paragraph i goes on with the problem a key opened above it, no rectification's key between
    ("问题描述" over it: its text; "反馈问题：人才振兴问题突出。" / "镇党委对…研究谋划不足。" / "整改情况：…")."""
    j = i - 1
    while j >= 0 and not keyed[j]:
        if _PROBLEM_KEY.match(texts[j]):
            return True
        j -= 1
    return False


def _bare_key_over_nothing(texts: list[str], i: int) -> bool:
    """A problem key alone on its line ("问题描述") with no problem below it: the last line, or over another key."""
    if _PROBLEM_KEY.fullmatch(texts[i].strip()) is None:
        return False
    return i + 1 >= len(texts) or _PROBLEM_KEY.match(texts[i + 1]) is not None


def _states_then_keys(text: str) -> bool:
    """A paragraph that states a problem, ends its sentence and then keys its rectification (理论学习不深入。
    整改情况：已完成。)."""
    if ("整改" not in text and "【" not in text) or _SENTENCE_THEN_KEY.search(text) is None:  # (most have none)
        return False
    cut = _inline_cut(text)
    return (
        cut is not None
        and cut.start() > 1
        and text[cut.start() - 1] in "。；;!！"
        and _STRONG_DEFICIENT.search(text, 0, cut.start()) is not None
    )


_SENTENCE_THEN_KEY = compile_shared(r"[。；;!！](?:整改|【)")


def _details_only(text: str) -> bool:
    """Whether each sentence of `text` states a shortfall and none tells what was done (no measure, nothing 已 or 正在
    done): the detail of the problem before it."""
    sentences = [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]
    return bool(sentences) and all(
        states_deficiency(part)
        and (not _MEASURE_START.match(part) or _SHORTFALL_END.search(part) is not None)  # (组织建设滞后)
        and "已" not in part
        and "正在" not in part
        for part in sentences
    )


def _answering(text: str) -> re.Match[str] | None:
    """Where a paragraph names the problem it answers ("针对…问题。", "针对“<the inspection's words>”的问题，", "关于…未及时
    缴库问题，")."""
    named = _ANSWERS_PROBLEM.match(text)
    if named:
        return named
    for unquoted in (_ANSWERS_PROBLEM_COMMA, _PROBLEM_THEN_STATUS):  # (the words must name a shortfall)
        if (m := unquoted.match(text)) and states_deficiency(_named_problem(m.group("about"))):
            return m
    if "“" not in text:
        return None
    quoted = _ANSWERS_QUOTED.match(text)
    return quoted if quoted and quotes_a_finding(quoted.group("about")) else None


_FOUND_BY = compile_shared(rf"^(?:针对|关于|对)(?:{FINDER})?")


def _named_problem(about: str) -> str:
    """The problem a paragraph names, without its 针对/关于 and the inspection that found it, nor its closing 问题."""
    return _FOUND_BY.sub("", about).removesuffix("问题").removesuffix("的")


def _answers_problem(text: str) -> bool:
    """ "针对…问题。<its rectification>": a paragraph naming the problem it answers, with text after it."""
    m = _answering(text)
    return m is not None and bool(text[m.end() :].strip())


def _enumerated(outline: Outline, start: int, end: int, headline: bool = False) -> list[tuple[int, int, int]]:
    """(item start, problem start, problem end) of each problem in a paragraph listing them as 一是…。二是…。 (lead-in
    allowed; with `headline`, after a sentence that heads them: "乡村振兴政策落实不到位。一是…；二是…")."""
    if outline.folded.find("是", start, end) < 0:
        return []  # (most paragraphs list nothing: spared the rest)
    # (A heading's area, then its list.)
    area = (
        _AREA_BEFORE_LIST.match(outline.folded, start, end)
        if outline.folded.find("方面", start, start + 44) >= 0
        else None
    )
    body = area.end() if area else start
    body = _past_lead_in(outline, body, end)
    if area and body == area.end():
        return []  # an area, then no lead-in: its sentence may be a measure's ("…方面，一是…")
    if headline and (stop := _SENTENCE_END.search(outline.folded, body, end)):
        body = stop.end()
    parts = list(_ENUMERATED.finditer(outline.folded, body, end))
    if len(parts) < 2 or parts[0].start() != body:
        return []
    return [(m.start(), *_trim(outline, m.start(1), m.end(1))) for m in parts]


def _answers_in_turn(outline: Outline, rect: list[tuple[int, int]], n: int) -> list[list[tuple[int, int]]] | None:
    """The rectification shared by n problems listed together, cut where it answers each in turn ("针对第一个问题，…
    针对第二个问题，…"); None where it does not answer them first to last."""
    marks = [m for s, e in rect for m in _ANSWER_IN_TURN.finditer(outline.folded, s, e)]
    if [to_int(m.group(1) or m.group(2)) for m in marks] != list(range(1, n + 1)):
        return None
    cuts = [m.start() for m in marks] + [rect[-1][1]]
    return [
        [(max(s, cuts[k]), min(e, cuts[k + 1])) for s, e in rect if e > cuts[k] and s < cuts[k + 1]] for k in range(n)
    ]


def _listed(
    outline: Outline,
    listed: list[tuple[int, int, int]],
    nodes: list[Node],
    start: int,
    end: int,
    rest: list[tuple[int, int]],
) -> list[IssueBlock]:
    """ "巡察指出，一是…问题。二是…问题。" then one shared 整改情况: one issue per listed problem. Where the text
    answers them in turn, each has its part of the rectification, and its label (一是) in its path."""
    parts = _answers_in_turn(outline, rest, len(listed)) if rest else None
    if parts and len(rest) > 1 and _STATUS_LINE.fullmatch(outline.folded[rest[-1][0] : rest[-1][1]].strip()):
        # A status line closing the answers ("完成情况：已完成。") says where each of them stands.
        parts = [part if k == len(parts) - 1 else [*part, rest[-1]] for k, part in enumerate(parts)]
    blocks = []
    for k, (item_start, p_start, p_end) in enumerate(listed):
        span_end = end if k == len(listed) - 1 else listed[k + 1][0]
        span_start = start if k == 0 else item_start
        block = IssueBlock(nodes, False, p_start, p_end, span_start, span_end, parts[k] if parts else rest)
        if parts:
            block.row_label = outline.folded[item_start : outline.folded.index("是", item_start) + 1]
        blocks.append(block)
    return blocks


def _unnumbered(
    outline: Outline, runs: list[list[Para]], nodes: list[Node], one_paragraph: bool = False
) -> list[IssueBlock]:
    """One issue per run of paragraphs (the problem's, then its rectification's); `one_paragraph` where each
    paragraph is one issue, its problem the first sentence and what was done the rest."""
    blocks = []
    for found in runs:
        run = _without_advice(outline, found)
        first = run[0]
        rest = [(p.start, p.end) for p in run[1:]]
        listed = _enumerated(outline, first.start, first.end)
        if listed:
            blocks += _listed(outline, listed, nodes, first.start, run[-1].end, rest)
            continue
        quoted = _quoted_below(outline, run) if _ID_FIELD.fullmatch(_text(outline, first).strip()) else None
        if quoted is not None:
            # "问题编号：第二十七项" over the fields, the problem quoted in the rectification: the quote is the problem.
            blocks.append(IssueBlock(nodes, False, *quoted, first.start, run[-1].end, rest))
            continue
        told = _told_by_key(outline, run)
        if told > 1:
            # (The problem a key opens goes on over the paragraphs before the first key of its rectification.)
            rest = rest[told - 1 :]
        p_start, p_end, rect = _problem_in(outline, first.start, run[told - 1].end, has_body=not one_paragraph)
        blocks.append(IssueBlock(nodes, False, p_start, p_end, first.start, run[-1].end, rect + rest))
        if enumerated := _ENUMERATION_OPENS.match(outline.folded, first.start, p_start):
            blocks[-1].row_label = enumerated.group()  # ("一是对“…”的整改:…", a paragraph: its place in the group)
    return blocks


def _without_advice(outline: Outline, run: list[Para], start: int = 1) -> list[Para]:
    """Paragraphs of an item (from `start`: a run's first states its problem) less an audit's advice after its finding
    ("审计建议：（一）规范…"), where no key of a rectification follows it."""
    for k in range(start, len(run)):
        if _AUDIT_ADVICE.match(_text(outline, run[k])) and not any(is_rect_para(outline, p) for p in run[k + 1 :]):
            return run[:k]
    return run


_ENUMERATION_OPENS = compile_shared(r"[一二三四五六七八九十]{1,2}是(?=[^，,。；;]*$)")
_ENUMERATION_LABEL = compile_shared(r"[ \t]*([一二三四五六七八九十]{1,2}是)(?![非否])")
# The headline of an area's findings, closing the first sentence: "…内部审计部门建立方面的问题".
_AREA_HEADLINE = compile_shared(r"方面(?:存在)?的?问题[ \t]*$")


def _paragraph_end(outline: Outline, start: int) -> int:
    """The end of the paragraph `start` lies in, its closing stop left out."""
    para = outline.paras[outline.para_index(start + 1) - 1]  # (the last paragraph starting at `start` or before it)
    return _trim(outline, start, para.end)[1]


def _told_by_key(outline: Outline, run: list[Para]) -> int:
    """How many of a run's paragraphs state its problem: the first, and where a key opens it ("转办问题基本情况：…。" /
    "希望借助督察组的力量，彻底解决。" / "调查核实情况：…"), those after it up to the first key of the rectification."""
    if len(run) < 3 or not _PROBLEM_KEY.match(_text(outline, run[0])):
        return 1
    keyed = next((k for k, para in enumerate(run[1:], 1) if _keys_rect(_text(outline, para))), None)
    return keyed or 1


def _keys_rect(text: str) -> bool:
    """Whether a paragraph opens with a rectification's key or answers the problem above ("针对上述问题，…")."""
    return RECT_KEY.match(text) is not None or _ANSWERS_ABOVE.match(text) is not None


def _quoted_below(outline: Outline, run: list[Para]) -> tuple[int, int] | None:
    """The problem a run's rectification quotes (…指出，“<problem>”问题), where its first line only numbers it."""
    for para in run[1:]:
        said = _QUOTED_FINDING.search(outline.folded, para.start, para.end)
        if said is not None:
            close = _closing_quote(outline.folded[: para.end], said.end())
            return _trim(outline, said.end() + 1, close) if close > said.end() + 1 else None
    return None


_PROBLEM_SENTENCE_AT_MOST = 80  # the longest first sentence read as a problem an area's paragraph opens with


def _states_then_answers(text: str) -> bool:
    """A paragraph that states a problem in its first sentence and then, with no key, what was done about it
    ("产业转型升级步伐不快，传统产业占比偏高。针对这一问题，市委…", "…仍然存在。对此，…")."""
    end = text.find("。")
    if not 4 <= end <= _PROBLEM_SENTENCE_AT_MOST:
        return False
    first, rest = text[:end], text[end + 1 :].lstrip()
    # (What was done may open with when: "…滞后。2025年9月，召开…".)
    when = _WHEN_DONE.match(rest) if rest[:1].isdigit() else None
    return (
        bool(rest)
        and (_MEASURE_START.match(first) is None or _SHORTFALL_END.search(first) is not None)  # (组织建设滞后)
        and states_deficiency(first)
        and (when is not None or _MEASURE_START.match(rest) is not None or has_phrase(rest))
    )


def _area_paragraphs(outline: Outline, node: Node) -> list[list[Para]]:
    """The findings of a heading that names an area ("（一）关于“…”方面"), where its paragraphs each state one and
    say what was done: a run from each such paragraph, the others going on with the one above (two runs at least, or
    one paragraph alone: "（一）在…存在差距方面" over "…不到位。2025年9月，系统学习…")."""
    runs: list[list[Para]] = []
    for k, para in enumerate(node.body):
        if _states_then_answers(_text(outline, para)):
            runs.append([para])
        elif k == 0:
            return []
        else:
            runs[-1].append(para)
    # (…or one followed by the line that says where it stands: "…不到位。2025年9月，…" / "整改进展：已完成。")
    return runs if len(runs) >= 2 or len(node.body) == 1 or _closed_by_statuses(outline, node.body) else []


def _closed_by_statuses(outline: Outline, body: list[Para]) -> bool:
    """Whether a body's paragraphs after its first say where the one above stands ("整改进展：已完成。", "目前已整改到位。"),
    the only keys it holds such lines."""
    texts = [_text(outline, p) for p in body]
    keyed = [text for p, text in zip(body, texts, strict=True) if is_rect_para(outline, p)]
    says = any(_states_where_it_stands(text) or whole_status(text.strip(_TRAIL_PUNCT)) for text in texts[1:])
    return says and all(_states_where_it_stands(text) for text in keyed)


def _paragraphs_under(node: Node) -> list[tuple[int, int]]:
    """The spans of the heading lines and paragraphs below `node`, in order."""
    spans: list[tuple[int, int]] = []
    for child in node.children:
        spans.append((child.start, child.title_end))
        spans += [(p.start, p.end) for p in child.body]
        spans += _paragraphs_under(child)
    return spans


def _on_items_above(outline: Outline, para: Para) -> bool:
    """Whether a paragraph says where items above it stand ("以上问题已全部整改到位", "其中第5、8项已完成整改")."""
    folded = outline.folded
    opens = folded.startswith(ABOVE_WORDS + AMONG_WORDS, para.start) or NAMED_FIRST.match(folded, para.start)
    return bool(opens) and has_phrase(folded[para.start : para.end])


def _names_an_area(title: str) -> bool:
    """A heading that names the area of the findings under it ("（一）党的建设方面"), not one of them."""
    return title.rstrip(_TRAIL_PUNCT).endswith(("方面", "领域")) or _TOPIC_ITEM.match(title) is not None


def _names_a_unit(outline: Outline, node: Node) -> bool:
    """A heading that names the unit whose findings follow ("一、木垒县东城镇党委"), not a finding: a party body's
    name, or a unit's the text named before it ("…对木垒县东城镇、奇台县七户乡…开展了巡察"; not "…监管存在盲区")."""
    name = outline.folded[node.title_start : node.title_end].strip().rstrip(_TRAIL_PUNCT)
    if UNIT_NAME.search(name) is None or _deficient(name):
        return False
    return PARTY_BODY_END.search(name) is not None or outline.folded.find(name, 0, node.title_start) >= 0


def _node_issue(outline: Outline, node: Node, body: list[Para]) -> IssueBlock:
    body = _without_advice(outline, body, 0)
    # (A group's closing line on the items above, "其中第5、8项已完成整改…", is no body of the last item's problem.)
    has_body = bool(node.children) or any(not _on_items_above(outline, p) for p in body)
    if body and _names_the_problem_below(outline, node, body[0]):
        # "一、中央环境保护督察组反馈问题情况" over the problem's paragraph, then 整改措施：… : the paragraph states it.
        first, *body = body
        reference = _TASK_REFERENCE.match(outline.folded, first.start, first.end)
        p_start, p_end = _trim(outline, reference.end() if reference else first.start, first.end)
        rect: list[tuple[int, int]] = []
    else:
        p_start, p_end, rect = _problem_in(outline, node.title_start, node.title_end, has_body)
        title = outline.folded[node.title_start : node.title_end].strip()
        if p_end <= p_start and title and not rect and body and not _keys_rect(_text(outline, body[0])):
            # A heading that is only the problem's key ("1.问题：") over the paragraph that states it: that paragraph
            # is read as the heading's line would be.
            first, *body = body
            p_start, p_end, rect = _problem_in(outline, first.start, first.end, bool(body or node.children))
        # (…not where the heading quotes its problem, "（一）关于“多计…收入687741元”问题。", or says its body is the
        # rectification, "（三）年度预算执行率低的整改情况".)
        said = _QUOTES_PROBLEM.match(outline.folded[node.title_start : node.title_end]) is not None or (
            p_end < node.title_end and _inline_cut(outline.folded[p_end : node.title_end]) is not None
        )
        detail = 0 if rect or node.children or said else _details(outline, body)
        if detail:
            # (The heading's problem goes on over the paragraphs that state it before its rectification's key.)
            p_end = _trim(outline, p_start, body[detail - 1].end)[1]
            body = body[detail:]
    rect += [(p.start, p.end) for p in body]
    end = max([node.title_end] + [p.end for p in body])
    if node.children:
        # The paragraphs under its children (measures numbered 1. 2., then 整改情况：…), each a piece of its own.
        rect += _paragraphs_under(node)
        end = max(end, node.end)
    return IssueBlock(node.ancestors(), True, p_start, p_end, node.start, end, rect)


def _details(outline: Outline, body: list[Para]) -> int:
    """How many of a heading's paragraphs state its problem further before the first that keys its rectification
    ("1.职能履行不到位。" / "“4111”工作专班力量薄弱，…不够有力。" / "整改完成情况：…"): each says what falls short, none
    answers a problem or opens with a measure; 0 where any does, or no key follows. (A paragraph that reports the
    finding, "巡察发现，…", is the finding's evidence, not its statement: the problem stays the heading's.)"""
    texts = [_text(outline, para) for para in body]
    keyed = next((k for k, text in enumerate(texts) if _keys_rect(text)), 0)
    if not all(
        _STRONG_DEFICIENT.search(text) and not (LEAD_IN.match(text) or _answering(text) or _MEASURE_START.match(text))
        for text in texts[:keyed]
    ):
        return 0
    return keyed


def _has_inline_rect(outline: Outline, node: Node) -> bool:
    """Whether a heading's line runs on to its rectification: by its key (`_has_inline_key`) or an enumeration of
    measures after its sentence ("（一）学习不深入。一是…")."""
    return _has_inline_key(outline, node) or bool(
        re.search(r"。\s*[一二三四五六七八九十]是", outline.folded[node.title_start : node.title_end])
    )


def _has_inline_key(outline: Outline, node: Node) -> bool:
    """Whether a heading's line keys its rectification in its first sentence or opening a later one ("（一）学习不深入。
    整改情况：…"), not in the middle of one ("…及时召开会议梳理整改进展情况，压实整改责任")."""
    line = outline.folded[node.title_start : node.title_end]
    cut = _inline_cut(line)
    if cut and cut.start() > 0:
        opened = max(line.rfind("。", 0, cut.start()), line.rfind("；", 0, cut.start())) + 1
        return opened == 0 or cut.start() - opened <= _KEY_INTO_SENTENCE
    return False


_KEY_INTO_SENTENCE = 8  # the most characters a sentence holds before the key that opens a heading's rectification


# A heading that names one problem, unquoted, in a sentence of its own: "(九)关于专项资金494.33万元长期挂账结转问题。".
_NAMES_ONE_PROBLEM = compile_shared(r"(?:关于|针对)(?!“)[^“”。；;：:]{2,80}?问题。?")


def _names_one_over_its_parts(outline: Outline, node: Node, title: str) -> bool:
    """Whether a heading names one problem over items that tell its parts, each with what was done ("(九)关于专项资金…长期
    挂账结转问题。" / "1.县财政局农业股扶贫资金专户长期挂帐资金11万元,…正开展…清理" / "2.…"): an audit's finding, its
    parts its rectification. Not a group of findings, named by its area ("关于党的建设方面的问题") or over items that
    state or name their own problems or key their rectification (整改情况：…)."""
    if "方面" in title or not _NAMES_ONE_PROBLEM.fullmatch(title.strip()):
        return False
    return not any(
        outline.folded.startswith(("关于", "针对"), c.title_start)
        or states_deficiency(first_clause(outline.folded[c.title_start : c.title_end]))
        or _keyed_subtree(outline, c, enumerated=False)
        for c in node.children
    )


def _names_own_problem(outline: Outline, node: Node) -> bool:
    """ "（一）关于“…不够深入”问题的整改": the heading states a problem before its 整改, unlike a
    section such as "巡视反馈问题整改落实情况" or "预算执行审计查出问题的整改情况"."""
    line = outline.folded[node.title_start : node.title_end]
    cut = _inline_cut(line)
    if not cut or cut.start() == 0:
        return False
    if _QUOTES_PROBLEM.match(line):
        # "一、关于“…还需持续发力”问题的整改情况": the quote is the problem (not where it names an area, "4.关于“财政资金管理
        # 使用方面”的问题。" over "一是对“…”的整改:…": a group of them).
        return _QUOTES_AN_AREA.match(line) is None
    if _WRAPPER_TITLE.search(line.strip(_TRAIL_PUNCT)):
        return False
    before = line[: cut.start()]
    return quotes_a_finding(before) or _STRONG_DEFICIENT.search(before) is not None


def _own_body(outline: Outline, node: Node) -> list[Para]:
    """A sub-item's paragraphs, less a status line that closes the last of its siblings where none before it keys a
    rectification ("3.…印发《…办法》。" / "整改进展：已完成。"): said of them all, it is their heading's."""
    parent = node.parent
    if (
        parent is None
        or parent.kind == "root"
        or len(parent.children) < 2
        or parent.children[-1] is not node
        or not node.body
        or not _states_where_it_stands(_text(outline, node.body[-1]))
        or any(is_rect_para(outline, p) for c in parent.children[:-1] for p in c.body)
    ):
        return node.body
    return node.body[:-1]


def _is_finding(outline: Outline, node: Node) -> bool:
    # (A keyed body first: the cheapest test, and the one most findings pass.)
    if node.body and any(is_rect_para(outline, p) for p in _own_body(outline, node)):
        return True
    # A heading run into its body ("（二）压实责任，强化担当。严格落实…问题…") is judged by its own words.
    title = first_clause(outline.folded[node.title_start : node.title_end])
    # (A measure done that names what fell short, "压实了属地监管责任,对…落实不到位的单位,进行通报批评", states none; a
    # finding may open as a measure would, "购置办公家具0.4万元未及时登记资产", but does not say it was done.)
    deficient = _deficient(title) and not ("了" in title[1:4] and _is_action(title))
    return deficient or _has_inline_rect(outline, node) or _names_a_topic(outline, node, title)


_ANSWERS_A_QUOTE = ("针对“", "关于“")  # (an item that answers the finding it quotes: no measure of its own)


def _names_a_topic(outline: Outline, node: Node, title: str) -> bool:
    """Whether an item names the area of a finding (关于…方面) and says how it was rectified, after it or below."""
    if not title.startswith(("关于", "针对")) or _TOPIC_ITEM.match(title) is None:
        return False
    rest = outline.folded[node.title_start : node.title_end][len(title) :].strip(" \t。；;")
    return bool(rest or node.body)


def _holds_findings(outline: Outline, node: Node) -> bool:
    """Whether anything under `node` reads as a finding: a heading stating a deficiency or quoting the
    inspection, or a keyed rectification paragraph (整改情况：…). Sections on how the work was
    organised, overviews and next steps hold none."""
    if _body_keyed(outline, node):
        return True
    for child in node.children:
        head = first_clause(outline.folded[child.title_start : child.title_end])
        # (Not "针对责任传导层层递减的问题，压紧压实整改责任": the work done on a problem the heading names.)
        # (Nor "1.召开整改工作推进会4次，…": a count of the work done.)
        finding_head = (
            not answers_by_working(head)
            and not _is_action(head)
            and (quotes_a_finding(head) or states_deficiency(head))
        )
        if finding_head or _holds_findings(outline, child):
            return True
    return False


def _walk(outline: Outline, node: Node, finding: bool = False) -> list[IssueBlock]:
    """The issue blocks under `node`; `finding` tells a leaf whether it reads as a finding, by its own
    words or its siblings' (see `_walk_children`, which judges the leaves together)."""
    if node.kind == "root":
        if (answered := _listed_then_answered(outline, node)) is not None:
            return answered
        _, runs = _groups(outline, node.body)
        if any(section_kind(outline.folded[c.title_start : c.title_end]) == "findings" for c in node.children):
            # (The paragraphs before the findings section's own heading are the preamble's or the organisation's: "针对整改
            # 进度滞后的问题，实行挂图作战。…" / "二、巡察反馈问题整改落实情况".)
            runs = []
        return _unnumbered(outline, runs, []) + _walk_children(outline, node)
    title = outline.folded[node.title_start : node.title_end]
    kind = section_kind(title)
    if _section(title) or (kind not in (None, "findings") and not _holds_findings(outline, node)):
        return []
    if (
        node.parent is not None
        and node.parent.kind == "root"
        and _MEASURES_SECTION.fullmatch(title.strip(_TRAIL_PUNCT))
    ):
        return []  # "三、整改措施" over "（一）…（二）针对不一致问题，规范…": a form's measures, its problem field cut away
    if node.children and (fields := form_fields(outline, node, at_least=2)) is not None:
        # "（一）问题描述。…" / "（二）整改情况。…" / "（三）整改结果。已完成整改。": one item laid out as a form.
        return _form_items(outline, fields, node.ancestors())
    if not node.children and node.body and _FOUND_AND_HANDLED.fullmatch(title.strip(_TRAIL_PUNCT)):
        # "二、审计发现的主要问题" over paragraphs, one a problem ("多计工程投资2347084.01元，予以核减。"): each is a finding,
        # its first sentence the problem (an audit's results announced with their rectification).
        found: list[list[Para]] = []
        for para in node.body:
            text = _text(outline, para)
            if found and (
                _AUDITOR_HANDLING.match(text)
                or is_rect_para(outline, para)
                or whole_status(text.strip(_TRAIL_PUNCT))
                or _restates(outline, found[-1][0], para)
            ):
                # (The auditor's handling of the problem above, "…审计局依法出具了审计报告，要求…", its rectification by key,
                # "整改进展：已完成。", or where it stands, "目前已整改到位。", or its detail, which says it again:
                # "多计工程价款3255981.03元。" / "…施工结算价为…，经审计，发现多计工程价款3255981.03元。")
                found[-1].append(para)
            elif not text.rstrip().endswith((":", "：")):
                found.append([para])
        blocks = _unnumbered(outline, found, node.ancestors(), one_paragraph=True)
        for block in blocks:
            if label := _ENUMERATION_LABEL.match(outline.folded, block.problem_start, block.problem_end):
                # "一是教体系统内部审计部门建立方面的问题。…": its place in the list, no part of the problem.
                block.row_label, block.problem_start = label.group(1), label.end()
            if _AREA_HEADLINE.search(outline.folded, block.problem_start, block.problem_end) and block.rect:
                # An area's headline, "…方面的问题。", over the shortfalls it found there: the problem is all of them.
                # (Its rectification is what follows the paragraph, "整改进展：已完成。", if anything, or the sentence that
                # closes it saying where it stands: "…未建立审计公开制度。目前已整改到位。")
                end = _paragraph_end(outline, block.problem_start)
                block.rect = [piece for piece in block.rect if piece[0] > end]
                stop = max(outline.folded.rfind(mark, block.problem_start, end) for mark in "。；;")
                if stop > block.problem_start and whole_status(outline.folded[stop + 1 : end].strip(_TRAIL_PUNCT)):
                    block.rect.insert(0, (stop + 1, end))
                    end = stop
                block.problem_end = end
            if after := _AUDITOR_HANDLING_AFTER.search(outline.folded, block.problem_start, block.problem_end):
                block.problem_end = after.start()  # (the auditor's handling in a sentence of its own after it)
            if tail := _HANDLING_TAIL.search(outline.folded, block.problem_start, block.problem_end):
                block.problem_end = tail.start()  # (the auditor's handling, no part of the problem)
        return blocks
    lead, runs = _groups(outline, node.body)
    if kind == "findings" or groups_by_status(title):
        # 二、巡察反馈问题整改落实情况 (or 一、已完成整改的问题): the section holds the findings; its heading is none of them.
        return _unnumbered(outline, runs, node.ancestors()) + _walk_children(outline, node)
    if all(child.kind == "shi" for child in node.children) and (lines := _listed_a_line_each(outline, node)):
        # "巡察指出：" / "一是…" / "二是…" / "三是…" over one 整改情况 that answers each in turn.
        listed, rest = lines
        return _listed(outline, listed, node.ancestors(), node.start, node.end, rest)
    if node.children:
        child_blocks = _walk_children(outline, node)
        own = _names_own_problem(outline, node) and not any(
            _QUOTES_PROBLEM.match(outline.folded[c.title_start : c.title_end]) for c in node.children
        )
        # (A heading that names the problems found, "二、审计发现的主要问题", is never one of them, whatever its items.)
        names_found = _FOUND_AND_HANDLED.fullmatch(title.strip(_TRAIL_PUNCT)) is not None
        if (
            (own and not any(_keyed_subtree(outline, c) for c in node.children))
            or (_children_are_measures(outline, node) and _deficient(title) and not names_found)
            or _names_one_over_its_parts(outline, node, title)
        ):
            # "（一）关于“…”问题的整改" or "（一）<problem>。" with 1. 2. 3. measures below it: the heading is the issue.
            return [_node_issue(outline, node, node.body)]
        if child_blocks:
            return _unnumbered(outline, runs, node.ancestors()) + child_blocks
        if any(is_rect_para(outline, p) for p in node.body) or _has_inline_rect(outline, node):
            # A heading whose sub-items are measures, not findings: the heading is the issue.
            return [_node_issue(outline, node, node.body)]
        return []
    if (
        (not runs or _closed_by_statuses(outline, node.body))
        and node.body
        and _names_an_area(title)
        and (area := _area_paragraphs(outline, node))
    ):
        return _unnumbered(outline, area, node.ancestors(), one_paragraph=True)
    if len(runs) == 1 and not lead and _PROBLEM_KEY.match(_text(outline, runs[0][0])) and not _names_an_area(title):
        if _names_a_unit(outline, node):
            # "一、木垒县东城镇党委" over "反馈问题：…" / "整改情况：…": the unit's one finding, its heading no problem.
            return _unnumbered(outline, runs, node.ancestors())
        # "1.理论学习不深入" then "问题表现：…", "整改措施：…", "整改结果：…": the item is the heading's, the problem
        # stated again by key in its first part (no measure).
        if _ID_FIELD.fullmatch(title.strip()) or not title.strip():
            # "1. 受理编号：D3SN…" over "交办问题基本情况：…", or a label alone ("问题1：") over "问题描述：…".
            return [_keyed_problem(outline, node)]
        bare = _PROBLEM_KEY.fullmatch(_text(outline, runs[0][0]).strip()) is not None  # (its text on the next line)
        return [_node_issue(outline, node, node.body[2 if bare else 1 :])]
    if not finding:
        return _unnumbered(outline, runs, node.ancestors())
    if not runs and (listed := _enumerated(outline, node.title_start, node.title_end)):
        # "（一）…方面。巡察指出：一是…；二是…" over its rectification: the heading lists the problems.
        return _listed(outline, listed, node.ancestors(), node.start, node.end, [(p.start, p.end) for p in node.body])
    lists = outline.folded.find("二是", node.title_start, node.title_end) >= 0  # (most headings list nothing)
    if (
        lists
        and (listed := _enumerated(outline, node.title_start, node.title_end, headline=True))
        and _answers_in_turn(outline, body := [(p.start, p.end) for p in node.body], len(listed))
    ):
        # "问题1：乡村振兴政策落实不到位。一是…；二是…" over "针对第一个问题，…针对第二个问题，…": one issue each.
        return _listed(outline, listed, node.ancestors(), node.start, node.end, body)
    if not node.children and _CLASS_OF_PROBLEMS.fullmatch(title.strip(_TRAIL_PUNCT)) and _tallies_many(outline, node):
        return []  # "（二）共性问题" over "涉及我县的9个共性问题均已纳入…，其中已完成整改7个…详见附件": a summary of many
    if lead or not runs:
        if _PROBLEMS_IN_GENERAL.fullmatch(title.strip(_TRAIL_PUNCT)):
            return _unnumbered(outline, runs, node.ancestors())  # (its body, which no item's label opens: left out)
        if (
            _names_an_area(title)
            and node.body
            and node.end >= len(outline.folded.rstrip()) - 1
            and all(_details_only(_text(outline, para)) for para in node.body)
        ):
            # A group's area over the first problem's words, where the copy's end cuts the rest ("（二）在…不充分方面" /
            # "组织建设滞后。"): the problem under the group, not the area; its answer cut off, the end leaves it out.
            return _unnumbered(outline, [node.body], node.ancestors())
        # The heading states the problem; its body (up to any unnumbered sibling) rectifies it.
        own_issue = _node_issue(outline, node, lead if runs else node.body)
        parent_nodes = own_issue.nodes[:-1]  # (its nodes are the heading's ancestors)
        return [own_issue] + _unnumbered(outline, runs, parent_nodes)
    if (
        len(runs) == 1
        and _deficient(title)
        and not _names_a_problem(first := _text(outline, runs[0][0]))
        and not (_names_an_area(title) and _answers_problem(first))
        and not _answered_list(outline, runs[0])
        and _QUOTES_AN_AREA.match(title) is None
    ):
        # One detail paragraph then the rectification: still the heading's own problem; but a paragraph that
        # names a problem of its own (针对“…不够主动”的问题) is a problem under the heading's group, and so is one under
        # a heading that quotes an area ("4.关于“财政资金管理使用方面”的问题。" over "一是对“…”的整改:…", a copy cut
        # after the first of them).
        return [_node_issue(outline, node, node.body)]
    return _unnumbered(outline, runs, node.ancestors())


# A count of several problems ("9个共性问题均已纳入…"): a summary of many under a class heading, no item of its own.
_SEVERAL_PROBLEMS = compile_shared(r"(?<![\d第])(?:[2-9]|\d{2,3})[ \t]*(?:个|项|条)[\u4e00-\u9fff]{0,6}问题")


def _listed_then_answered(outline: Outline, node: Node) -> list[IssueBlock] | None:
    """What a check found, listed in a keyed paragraph ("检查发现:一是…;二是…;三是…"), over the numbered items of its
    rectification that answer them in turn ("整改进展情况" / "1、及时修复防渗膜。…" / "2、…"): one issue each, its item
    its rectification; None where the text is not so laid out. (Findings the items do not reach, a copy's end cutting
    them off, are left out.)"""
    answers = node.children
    if len(answers) < 2 or any(answer.kind != answers[0].kind or answer.children for answer in answers):
        return None  # (numbered leaves only: sections with items of their own are a notice's outline)
    for para in node.body:
        if para.start > answers[0].start:
            break
        key = _FINDINGS_KEY.match(outline.folded, para.start, para.end)
        listed = _enumerated(outline, key.end(), para.end) if key else []
        if not listed:
            continue
        titles = [first_clause(outline.folded[a.title_start : a.title_end]) for a in answers]
        if any(_deficient(title) and not _is_action(title) for title in titles):
            return None  # (items that state problems of their own are the findings, whatever the opening sums up)
        # (As many answers as findings, or fewer where the copy's end cuts the answers off.)
        cut = answers[-1].end >= len(outline.folded.rstrip())
        if len(listed) < len(answers) or (len(listed) > len(answers) and not cut):
            return None
        blocks = []
        for (item_start, p_start, p_end), answer in zip(listed, answers, strict=False):
            block = IssueBlock([], False, p_start, p_end, item_start, answer.end, [(answer.start, answer.end)])
            block.row_label = outline.folded[item_start : outline.folded.index("是", item_start) + 1]
            blocks.append(block)
        return blocks
    return None


def _restates(outline: Outline, first: Para, para: Para) -> bool:
    """Whether `para` says again the one-sentence problem `first` states (its words within it): `first`'s detail."""
    said = _NOT_WORDS.sub("", outline.folded[first.start : first.end])
    return len(said) >= _SAME_OPENING and said in _NOT_WORDS.sub("", outline.folded[para.start : para.end])


def _tallies_many(outline: Outline, node: Node) -> bool:
    """Whether the text under a heading counts several problems ("9个共性问题均已纳入…")."""
    return any(_SEVERAL_PROBLEMS.search(outline.folded, p.start, p.end) for p in node.body)


def _answered_list(outline: Outline, run: list[Para]) -> bool:
    """Whether a run's first paragraph lists problems (巡察指出：一是…。二是…。) that the rest answers in turn."""
    listed = _enumerated(outline, run[0].start, run[0].end)
    return bool(listed) and _answers_in_turn(outline, [(p.start, p.end) for p in run[1:]], len(listed)) is not None


def _listed_a_line_each(
    outline: Outline, node: Node
) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]] | None:
    """(the problems, the rest) where a bare lead-in ("巡察指出：") under a heading stands over problems listed a line
    each (一是…, 二是…; the last may read as an item of its own, the answer under it keyed) and the rest answers them
    in turn; else None."""
    if not node.body or not LEAD_IN.fullmatch(_text(outline, node.body[0]).strip()):
        return None
    at = outline.para_index(node.body[0].start)
    body = [p for p in outline.paras[at : at + 2 * len(CN_ORDER)] if p.start < node.end]
    if len(body) < 4:
        return None
    listed: list[tuple[int, int, int]] = []
    for para in body[1 : len(CN_ORDER) + 1]:
        if not outline.folded.startswith(f"{CN_ORDER[len(listed)]}是", para.start):
            break
        words = para.start + 2 + (outline.folded[para.start + 2 : para.start + 3] in "，,")
        stop = _CLAUSE_END.search(outline.folded, words, para.end)
        listed.append((para.start, *_trim(outline, words, stop.start() if stop else para.end)))
    rest = [(p.start, p.end) for p in body[1 + len(listed) :]]
    if len(listed) < 2 or _answers_in_turn(outline, rest, len(listed)) is None:
        return None
    return listed, rest


_CLAUSE_END = compile_shared(r"[。；;]")


def _names_the_problem_below(outline: Outline, node: Node, first: Para) -> bool:
    """Whether a heading names the section of the problem (反馈问题情况) and its first paragraph, keyed by nothing,
    states it."""
    title = outline.folded[node.title_start : node.title_end].strip(_TRAIL_PUNCT)
    return _PROBLEM_SECTION.fullmatch(title) is not None and key_stage(_text(outline, first)) is None


def _keyed_problem(outline: Outline, node: Node) -> IssueBlock:
    """The item of a heading that only numbers it: the problem is what its first paragraph's key holds, the rest
    of its paragraphs its rectification."""
    first, *rest = node.body
    key = _PROBLEM_KEY.match(outline.folded, first.start, first.end)
    assert key is not None  # (the caller found it)
    p_start, p_end = _trim(outline, key.end(), first.end)
    rect = [(p.start, p.end) for p in rest]
    return IssueBlock(node.ancestors(), True, p_start, p_end, node.start, max([first.end] + [e for _, e in rect]), rect)


def _children_are_measures(outline: Outline, node: Node) -> bool:
    """Sub-items that are the heading's measures, not problems of their own: those a bare key opens, or
    one-sentence actions (制定…, 开展…, 对…进行约谈; a single one too, "（1）进一步强化…") with no rectification text
    of their own, followed at most by the heading's status line (整改状态：已完成), with the results the measures
    brought before it."""
    children = node.children
    if children and node.body and RECT_KEY.fullmatch(_text(outline, node.body[-1]).strip()):
        return True  # a key on its own line over them ("整改情况：" then 1. 2. 3.): they are its items
    if (
        not children
        or children[-1].children
        or any(c.children or not _goes_on_plainly(outline, c) for c in children[:-1])
    ):
        return False
    if children[-1].body:
        # (The status line closes the last measure's paragraphs: "学习覆盖率达到100%。" may come before it.)
        *results, closing_para = children[-1].body
        closing = _text(outline, closing_para)
        if not (_STATUS_LINE.match(closing) or find_status(closing)[0] != "not_stated"):
            return False
        if any(is_rect_para(outline, p) for p in results):
            return False
        if is_rect_para(outline, closing_para) and not _STATUS_LINE.match(closing) and closing.count("。") >= 2:
            # (…nor a rectification of the item's own, keyed and told past its status: "整改情况：该项持续整改中。…一是…".)
            return False
    if any(_names_own_problem(outline, c) or _keys_own_rect(outline, c) for c in children):
        return False  # (a sub-item with its own rectification, "（6）…问题。一是…", is a finding)
    actions = sum(1 for c in children if _is_action(outline.folded[c.title_start : c.title_end]))
    return actions * 2 >= len(children)


def _goes_on_plainly(outline: Outline, node: Node) -> bool:
    """Whether a sub-item has no paragraphs of its own, or only those that carry on its words ("（1）进一步修订了…。" /
    "2024年以来，共召开…"): none keys a rectification or states a shortfall."""
    return not any(is_rect_para(outline, p) or states_deficiency(_text(outline, p)) for p in node.body)


_FIRST_COMMA_CLAUSE = compile_shared(r"[^，,。；;]*")


def _keys_own_rect(outline: Outline, node: Node) -> bool:
    """Whether a sub-item's line goes on to its own rectification by a key or an enumeration after its first
    sentence ("（6）违规收取检测费用问题。一是…"), not a measure that names 整改情况 in passing."""
    return _OWN_RECT.search(outline.folded, node.title_start, node.title_end) is not None


def _is_action(title: str) -> bool:
    """Whether a sub-item's words are a measure taken (制定…, 对…进行约谈), not a problem that opens as one would
    ("对基层所队监督管理不严，…": its first clause ends by saying what falls short; "针对“财经管理不严格”问题。…": it
    quotes the problem it answers)."""
    first = _FIRST_COMMA_CLAUSE.match(title)
    return _MEASURE_START.match(title) is not None and not (
        first and (_SHORTFALL_END.search(first.group()) or quotes_a_finding(first.group()))
    )


def _keyed_subtree(outline: Outline, node: Node, enumerated: bool = True) -> bool:
    """Whether the heading or one below it keys its own rectification, on its line or in its body (an enumeration of
    measures on its line, "。一是…", counting as one unless not `enumerated`)."""
    return (
        any(is_rect_para(outline, p) for p in _own_body(outline, node))
        or (_has_inline_rect if enumerated else _has_inline_key)(outline, node)
        or any(_keyed_subtree(outline, c, enumerated) for c in node.children)
    )


def _walk_children(outline: Outline, node: Node) -> list[IssueBlock]:
    """Walk the children; a leaf among mostly-finding leaf siblings is a finding too, even when its
    wording shows no deficiency ("渣土运输车辆抛洒滴漏"), unless it names a report section."""
    leaves = [c for c in node.children if not c.children]
    finding = {id(c): _is_finding(outline, c) for c in leaves}
    heads = {id(c): first_clause(outline.folded[c.title_start : c.title_end]) for c in leaves}
    if sum(section_kind(head) == "organisation" for head in heads.values()) * 2 >= len(leaves) > 1:
        # Among items on how the work was organised ("（一）加强组织领导" …), one that names a problem only to say the
        # work that answered it ("（二）针对整改进度滞后的问题，实行挂图作战") is one of them, not a finding.
        finding = {key: found and not answers_by_working(heads[key]) for key, found in finding.items()}
    findings = sum(finding.values())
    force_leaves = findings >= 1 and findings * 2 >= len(leaves)
    # A top-level heading that comes before the findings section (named as one, or the first holding findings),
    # with no items and no keyed rectification of its own, is the preamble's or the organisation of the work
    # ("一、从难从严抓整改" + its paragraph, then "二、巡察反馈问题整改落实情况").
    # (Most notices have no such heading: the findings section is looked for only where one may be.)
    titles = [outline.folded[c.title_start : c.title_end] for c in node.children]
    plain = (
        {
            k
            for k, c in enumerate(node.children)
            if not c.children
            and not _states_rectification(outline, c)
            # (…nor the section that lists the problems found, 二、审计发现的主要问题: the findings.)
            and not _FOUND_AND_HANDLED.fullmatch(titles[k].strip(_TRAIL_PUNCT))
        }
        if node.kind == "root"
        else set()
    )
    findings_at = (
        next(
            (
                k
                for k, (c, t) in enumerate(zip(node.children, titles))
                if section_kind(t) == "findings" or (c.children and _holds_findings(outline, c))
            ),
            0,
        )
        if plain
        else 0
    )
    found_at = next((k for k, t in enumerate(titles) if _FOUND_AND_HANDLED.fullmatch(t.strip(_TRAIL_PUNCT))), None)
    blocks: list[IssueBlock] = []
    for k, child in enumerate(node.children):
        if k < findings_at and k in plain:
            continue
        if (
            found_at is not None
            and k > found_at
            and not child.children
            and _HANDLING_OF_FOUND.fullmatch(titles[k].strip(_TRAIL_PUNCT))
        ):
            # "三、审计处理及整改情况" over a paragraph, after "二、审计发现的主要问题": what was done about them all, no item.
            # (One whose items answer the problems in turn, "（一）关于…“…”的问题…", is read as it stands.)
            continue
        title = titles[k]
        if blocks and "存在" in title and _SHORTCOMINGS_SECTION.match(first_clause(title)):
            continue  # after the findings, a section on the work's shortcomings (三、存在的问题和不足) states none
        # (Not a leaf that tells a measure taken, "2.建设了秸秆禁烧监控系统。": its siblings' findings make it none. One
        # that quotes what it answers does not, its quote perhaps cut: "4.针对“一些干部对取得的阶段性成效".)
        clause = first_clause(title)
        forced = force_leaves and (clause.startswith(_ANSWERS_A_QUOTE) or not _is_action(clause))
        blocks += _walk(outline, child, not child.children and (forced or finding[id(child)]))
    return blocks


def _body_keyed(outline: Outline, node: Node) -> bool:
    """Whether a paragraph under the heading keys a rectification (整改情况：…, 针对上述问题，…) or states a problem by
    key."""
    return any(
        is_rect_para(outline, p) or _PROBLEM_KEY.match(text := _text(outline, p)) or _ANSWERS_ABOVE.match(text)
        for p in node.body
    )


def _states_rectification(outline: Outline, node: Node) -> bool:
    """Whether a heading's line or paragraphs key a rectification, state a problem by key, or say how it
    stands (已完成)."""
    if _has_inline_rect(outline, node) or _body_keyed(outline, node):
        return True
    return find_status("\n".join(_text(outline, p) for p in node.body))[0] != "not_stated"


def _strip_wrapper(outline: Outline, blocks: list[IssueBlock]) -> None:
    """A heading that wraps every finding under it groups none of them: it gives no category, and stays in
    their paths only when it is the findings section's own heading. (Judged for each top-level section:
    findings may sit under two, 二、审计查出问题整改情况 and 三、尚未整改到位的问题及原因.)"""
    first = blocks[0].nodes[0] if blocks and blocks[0].nodes else None
    if all(b.nodes and b.nodes[0] is first for b in blocks):  # (most notices: one section holds every finding)
        _strip_group_wrapper(outline, blocks)
        return
    tops: dict[int, list[IssueBlock]] = {}
    for b in blocks:
        tops.setdefault(id(b.nodes[0]) if b.nodes else 0, []).append(b)
    for group in tops.values():
        # Beside other sections, only a heading that names itself the findings' section (or their list: 一、审计发现的
        # 主要问题 before 二、整改情况) wraps them, or one that groups them by status (一、已完成整改的问题 beside
        # 二、达到序时进度的问题).
        top = group[0].nodes[0] if group[0].nodes else None
        title = outline.folded[top.title_start : top.title_end].strip(_TRAIL_PUNCT) if top else ""
        by_status = without_status(title) == title and group_status(title) is not None
        names_findings = _FOUND_AND_HANDLED.fullmatch(title) or (
            _WRAPPER_TITLE.search(title) and section_kind(title) == "findings"
        )
        if top and (by_status or names_findings):
            _strip_group_wrapper(outline, group)


# A heading that is a unit's or a place's name groups that unit's findings ("（一）大王庄村", "（二）县财政所",
# "一、白沙村（4个问题）"), even the only unit a text's opening reaches.
_NAMES_A_UNIT = compile_shared(rf"^[\u4e00-\u9fff（）()]{{1,24}}?{UNIT_SUFFIX}(?:[（(][^()（）]{{0,12}}[)）])?$")


def _strip_group_wrapper(outline: Outline, blocks: list[IssueBlock]) -> None:
    """`_strip_wrapper` for the blocks under one heading."""
    # (A ledger row's heading may be its only node: the row is the issue, and its number its own label; so may an
    # unnumbered paragraph's, right under the findings section's heading.)
    while blocks and all(len(b.nodes) > 1 or ((b.cells is not None or not b.labelled) and b.nodes) for b in blocks):
        top = blocks[0].nodes[0]
        if any(b.nodes[0] is not top for b in blocks):
            return
        # A finding group reads as a deficiency; a report section does not, or names the rectification;
        # a heading that groups them by status (一、已整改完成的问题) is no finding group either. A heading
        # that names the rectification of a quoted finding (一、关于“…不够有力”问题的整改情况) or of an area
        # (一、省级财政管理审计查出问题的整改情况, 一、党的建设方面问题整改情况) groups that finding's or area's items.
        heading = outline.folded[top.title_start : top.title_end].strip(_TRAIL_PUNCT)
        # (A status in brackets closing a group heading is said of its items: the heading still groups them.)
        title = without_status(heading).strip(_TRAIL_PUNCT)
        by_status = title == heading and group_status(title) is not None
        found = _FOUND_AND_HANDLED.fullmatch(title) is not None
        if (
            not by_status
            and not found
            and not _WRAPPER_TITLE.search(title)
            and (_STRONG_DEFICIENT.search(title) or title.endswith(("方面", "领域", "问题")))
        ) or (
            _AREA_SECTION.match(title)
            or quotes_a_finding(title)
            or _NAMES_A_UNIT.match(title)
            or (_INSPECTION_AREA.match(title) and section_kind(title) is None)
        ):
            return
        # The findings section's own heading (二、巡察反馈问题整改落实情况, 三、整改落实主要成效) and a status group are
        # where the findings sit in the outline; a report section's slogan (二、坚决立行立改，确保整改实效) is dropped.
        keep = by_status or found or section_kind(title) == "findings" or _RESULTS_SECTION.fullmatch(title) is not None
        if not keep and any(len(b.nodes) == 1 for b in blocks):
            return  # a table under a heading of its own: the heading names what the rows are about
        for b in blocks:
            if keep:
                b.wrappers.append(b.nodes[0])
            b.nodes = b.nodes[1:]


class _Spans:
    """Spans of the text (tables, rows), and a quick test of whether one holds an offset: a text may hold
    thousands of rows, and a scan of them all for each offset would take their square."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start < merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [start for start, _ in merged]
        self._ends = [end for _, end in merged]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def holds(self, offset: int, strictly: bool = False) -> bool:
        """Whether a span holds `offset` (inside it, not at its start, when `strictly`)."""
        k = bisect.bisect_right(self._starts, offset - 1 if strictly else offset) - 1
        return k >= 0 and offset < self._ends[k]


def _enclosing(node: Node, offset: int) -> list[Node]:
    """The headings above `offset`: the last child starting before it, recursively."""
    before = [c for c in node.children if c.start <= offset]
    if not before:
        return []
    return [before[-1]] + _enclosing(before[-1], offset)


def _ledger_blocks(outline: Outline) -> tuple[list[IssueBlock], list[tuple[int, int]]]:
    """The ledger rows' issue blocks, and the spans the tables take (a header set one cell per line too)."""
    blocks = []
    taken = []
    rows = find_ledger_rows(outline)
    # (A table that ran its cells together is read apart, where no row of a table read already stands.)
    rows += [
        row
        for row in glued_rows(outline)
        if all(row.para.end <= r.para.start or r.para.end <= row.para.start for r in rows)
    ]
    rows.sort(key=lambda row: row.para.start)
    after_close = _after_close(outline)
    # (A line a row's cell ran over may read as a heading, "2.规范学习记录…": it heads nothing.)
    inside_rows = _Spans(
        [(row.para.start, row.para.end) for row in rows if "\n" in outline.text[row.para.start : row.para.end]]
    )
    for row in rows:
        taken.append((row.para.start if row.header_start is None else row.header_start, row.para.end))
        start, end = row.cells["problem"]
        p_start, p_end = _trim(outline, _past_lead_in(outline, start, end), end)  # (past "受理编号…的信访问题为:")
        rect = [
            span
            for cells in (row.cells, *row.below)
            for field, span in cells.items()
            if field not in ("problem", "category")
        ] + row.more
        label = row.number if row.number and len(row.number) <= 6 else None
        # (A row of a ledger annexed after the notice's close is under no heading of the notice; a group row
        # the outline has no place for groups the rows below it.)
        enclosing = [] if row.para.start in after_close else _enclosing(outline.root, row.para.start)
        if row.group:
            enclosing = [*enclosing, row.group]
        if inside_rows:
            enclosing = [n for n in enclosing if not inside_rows.holds(n.start, strictly=True)]
        if "category" in row.cells and (numbered := loose_heading(outline, Para(*row.cells["category"]))):
            # A category cell with its label ("（一）…方面") groups the row (where the outline has not read it already,
            # the row's line opening with it).
            if all(node.start != numbered.start for node in enclosing):
                enclosing = [*enclosing, numbered]
        blocks.append(
            IssueBlock(
                enclosing,
                False,
                p_start,
                p_end,
                row.para.start,
                row.para.end,
                sorted(rect),
                cells=row.cells,
                rows_below=row.below,
                row_label=label,
            )
        )
    return blocks, taken


def _form_cells(
    outline: Outline, spans: dict[str, tuple[int, int] | None], done_on_named: int | None = None
) -> tuple[dict[str, tuple[int, int]], list[tuple[int, int]]]:
    """A form's cells (measures; status, from the acceptance verdict where the form has one:
    四、验收意见已完成整改，同意销号; the day the work was done, where the form has a deadline apart from it) and the
    rectification text its problems share (the measures, and who was held accountable). `done_on_named` is where the
    done-on field's name starts, for a cell quoted with it ("整改完成时间。2021年9月")."""
    status = spans.get("verdict") or spans.get("status")
    # (…and what the check of a complaint found, which tells its handling where the form says no more.)
    named = (("measures", spans.get("measures")), ("status", status), ("findings", spans.get("findings")))
    cells = {name: span for name, span in named if span}
    done_on = spans.get("done_on")
    if done_on and spans.get("deadline") and (date_end := _date_line_end(outline, *done_on)):
        cells["done_on"] = (done_on[0] if done_on_named is None else done_on_named, date_end)
    # (Who was held accountable is read from the rectification text: the measures', then its own section's.)
    return cells, [span for name in ("measures", "accountability") if (span := spans.get(name))]


def _date_line_end(outline: Outline, start: int, end: int) -> int | None:
    """Where a field's value ends when its line is a day the work was done and nothing more ("2021年9月", not
    "2021年9月底前"), else None."""
    line_end = outline.folded.find("\n", start, end)
    line_end = end if line_end < 0 else line_end
    date = DONE_ON_DATE.match(outline.folded, start, line_end)
    return line_end if date and not outline.folded[date.end() : line_end].strip(" \t。.；;") else None


def _form_blocks(outline: Outline) -> list[IssueBlock] | None:
    """A form notice's problems (`segment.form`), each with the measures and status sections as cells."""
    fields = form_fields(outline)
    return _form_items(outline, fields, []) if fields is not None else _cell_form_blocks(outline)


def _form_items(outline: Outline, fields: dict[str, tuple[Node, int]], above: list[Node]) -> list[IssueBlock]:
    """The problems of a form's fields (the sections `above` them hold it), each with the measures and status fields
    as cells."""
    spans = {name: section_span(outline, *found) for name, found in fields.items()}
    cells, rect = _form_cells(outline, spans, fields["done_on"][0].title_start if "done_on" in fields else None)
    section, value_start = fields["problem"]
    if section.children:
        items = [([c], c.start, *_trim(outline, c.title_start, c.end), c.end) for c in section.children]
    else:
        # The problem written under the field, or run into its heading: one, whatever paragraphs it takes (a page may
        # set each sentence apart: "整改任务：" / "存在重考核断面、轻非考核断面现象。" / "绥化市共有8个国控断面，…").
        start = value_start if value_start < section.title_end else section.body[0].start if section.body else None
        end = section.body[-1].end if section.body else section.title_end
        items = (
            [([], start, *_trim(outline, _past_lead_in(outline, start, end), end), end)] if start is not None else []
        )
    # (A form under a heading is that heading's item: its problem field's label is the item's own, the headings above
    # it group it as they do any item; a whole notice's form is no group, its problem field where the items sit.)
    return [
        IssueBlock([*above, section, *nodes], True, p_start, p_end, start, end, rect, cells=cells)
        if above
        else IssueBlock(nodes, bool(nodes), p_start, p_end, start, end, rect, cells=cells, wrappers=[section])
        for nodes, start, p_start, p_end, end in items
        if p_end > p_start
    ]


def _past_lead_in(outline: Outline, start: int, end: int) -> int:
    """Where a problem's own words begin, past a lead-in ("督察发现，", "巡察组反馈问题："), or two in turn (a key, then
    what fed it back or who complained: "反馈问题:2024年…执法检查反馈…", "受理编号:X2YN….投诉人反映:…")."""
    for _ in range(_LEAD_INS_AT_MOST):
        lead = LEAD_IN.match(outline.folded[start:end])  # (sliced: the pattern opens with ^)
        if not lead or not lead.end():
            break
        start += lead.end()
        while start < end and outline.folded[start] in " \t\n":
            start += 1  # (the next lead-in may open the next line: "受理编号:X….\n投诉人反映:…")
    return start


def _cell_form_blocks(outline: Outline) -> list[IssueBlock] | None:
    """A form laid out as a table of field names and values (`segment.form.form_cells`): one problem."""
    found = form_cells(outline)
    if found is None:
        return None
    # (Not field names heading a table whose cells stand one per line: 序号 / 交办问题基本情况 / 行政区域 ….)
    problem = found["problem"][0]
    if any(
        row.header_start is not None and row.header_start <= problem < row.para.end for row in stacked_rows(outline)
    ):
        return None
    cells, rect = _form_cells(outline, dict(found))
    if _in_a_header(outline, found["problem"], rect):
        return None
    p_start, p_end = _trim(outline, *found["problem"])
    return [IssueBlock([], False, p_start, p_end, p_start, p_end, rect, cells=cells)] if p_end > p_start else None


def _after_close(outline: Outline) -> set[int]:
    """Where the paragraphs after the notice's close (its contacts, signature, annexes) begin."""
    return {para.start for para in outline.trailer}


_SAME_OPENING = 10  # the characters two statements of a problem open with alike where one abbreviates the other
_NOT_WORDS = compile_shared(r"[\W_]+")


def _words(outline: Outline, block: IssueBlock) -> str:
    """A block's problem, its words only (what two statements of one problem share)."""
    return _NOT_WORDS.sub("", outline.folded[block.problem_start : block.problem_end])


def _says_again(problem: str, said: list[str]) -> bool:
    """Whether `problem` (its words only) states again one of the problems `said`: within one, or abridged to
    the same opening."""
    return any(
        problem in other or other in problem or problem[:_SAME_OPENING] == other[:_SAME_OPENING] for other in said
    )


def _not_repeated(outline: Outline, rows: list[IssueBlock], blocks: list[IssueBlock]) -> list[IssueBlock]:
    """The rows of a ledger annexed after the notice's close, but those that list again a problem its text
    reports (the text's reading is kept: one problem, one row of the output)."""
    after_close = _after_close(outline)
    last_said = max(b.span_end for b in blocks)
    said = [_words(outline, b) for b in blocks]
    annexed = [row for row in rows if row.span_start in after_close]
    after_items = [row for row in rows if row.span_start >= last_said]
    if len(annexed) != len(blocks) and len(after_items) == len(blocks) >= 2:
        # (…or a table of as many rows after the text's last item, before its close: "附表：…整改状态汇总表" above the
        # signature.)
        annexed = after_items
    if len(annexed) == len(blocks) >= 2:
        # As many rows as the text has problems, the problems again (some abridged: "衔接资金用于非规定用途96.5万元"):
        # the annex is the text's list, laid out as a ledger; a row's status is its problem's where the text says none.
        repeats = {id(row) for row in annexed}
        for block, row in zip(blocks, annexed):
            status = (row.cells or {}).get("status")
            own = "\n".join(outline.folded[a:b] for a, b in block.rect)
            if status and block.cells is None and find_status(own)[0] == "not_stated":
                block.cells = {"status": status}
    else:
        repeats = {id(row) for row in annexed if _says_again(_words(outline, row), said)}
    return [row for row in rows if id(row) not in repeats]


def _listed_before(outline: Outline, blocks: list[IssueBlock]) -> list[IssueBlock]:
    """The blocks, but where a section lists the problems found (一、审计发现的主要问题 (一)…(三), no rectification in
    it) and a later section states them again with their rectification (二、整改情况 (一)关于“…”的问题…): one problem,
    one issue, the listed one, in the list's order, with the rectification that answers it (a copy cut short keeps
    the problems whose answers it lost)."""
    by_top: dict[int, list[IssueBlock]] = {}
    for b in blocks:
        if b.nodes:
            by_top.setdefault(id(b.nodes[0]), []).append(b)
    answers: set[int] = set()
    for group in by_top.values():
        if len(group) < 2 or any(outline.folded[a:b].strip() for g in group for a, b in g.rect):
            continue
        later = [(b, _words(outline, b)) for b in blocks if b.span_start >= group[-1].span_end and b.rect]
        alike: dict[str, list[IssueBlock]] = {}  # (most answers quote their problem word for word: found at once)
        for block, said in later:
            alike.setdefault(said, []).append(block)
        pairs: list[tuple[IssueBlock, IssueBlock]] = []
        taken = set(answers)
        for listed in group:
            words = _words(outline, listed)
            answer = next((a for a in alike.get(words, ()) if id(a) not in taken), None) or next(
                (a for a, said in later if id(a) not in taken and _says_again(words, [said])), None
            )
            if answer is not None:
                taken.add(id(answer))
                pairs.append((listed, answer))
        if len(pairs) >= 2:
            answers = taken
            for listed, answer in pairs:
                listed.rect = answer.rect
    return [b for b in blocks if id(b) not in answers] if answers else blocks


def _quoted_in_the_formula(outline: Outline) -> list[IssueBlock]:
    """The one finding the opening's formula quotes ("现将关于“…”涉及我局相关事项，整改情况公示如下"), where no item is
    found and a section tells its rectification with no item of its own: the issue, that section its rectification."""
    answering = next((n for n in outline.findings_sections() if not n.children and n.body), None)
    if answering is None:
        return []
    head = [p for p in outline.root.body if p.end <= answering.start]
    quotes = [m for p in head for m in _FORMULA_QUOTES_ONE.finditer(outline.folded, p.start, p.end)]
    if len(quotes) != 1 or not quotes_a_finding(quotes[0].group()):
        return []
    quoted = quotes[0]
    rect = [(p.start, p.end) for p in answering.body]
    return [IssueBlock([], False, *_trim(outline, quoted.start(1), quoted.end(1)), quoted.start(), answering.end, rect)]


def _quoted_in_the_title(outline: Outline) -> list[IssueBlock]:
    """The one problem a closure's title quotes ("关于…涉及“…重金属污染问题”整改情况的公示"), where the text has no heading
    and no item: the issue, the paragraphs below the title its rectification."""
    if outline.root.children:
        return []
    title = _title_quoting_one(outline)
    if title is None:
        return []
    start, end = title
    quoted = list(_TITLE_QUOTES_ONE.finditer(outline.folded, start, end))
    if len(quoted) != 1 or outline.folded.count("“", start, end) != 1:
        return []
    rect = []
    for para in (p for p in outline.root.body if p.start >= end):
        # (Up to the formula that publishes it, "现将整改情况进行公示", or an annex: the signature and the page go after.)
        if _NOTICE_FORMULA.match(outline.folded, para.start, para.end) or outline.folded.startswith("附件", para.start):
            break
        rect.append((para.start, para.end))
    if not rect:
        return []
    m = quoted[0]
    return [IssueBlock([], False, *_trim(outline, m.start(1), m.end(1)), m.start(), rect[-1][1], rect)]


_TITLE_REACH = 8  # how many of the page's lines may stand above a title


def _title_quoting_one(outline: Outline) -> tuple[int, int] | None:
    """Where the title that quotes one problem stands: the first line, or one below the page's lines above it (a
    breadcrumb, a column's name: "信息公开", the page's metadata), none of them the text's; a title may be set in two
    lines."""
    paras = outline.paras
    for k, para in enumerate(paras[:_TITLE_REACH]):
        line = outline.folded[para.start : para.end]
        if "。" in line or BODY_START.match(line):
            return None  # (the text has begun: "根据要求,我局对“…问题”整改情况进行了核查")
        end = para.end
        if k + 1 < len(paras) and opens_title(line, outline.folded[paras[k + 1].start : paras[k + 1].end]):
            end = paras[k + 1].end  # (a title set in two lines)
        if _TITLE_QUOTES_ONE.search(outline.folded, para.start, end):
            return para.start, end
    return None


_SEMICOLON = compile_shared(r"[；;]")


_TOLD_REACH = 400  # how far into the text the paragraph that names news's one complaint begins


def _complaint_told(outline: Outline) -> list[IssueBlock]:
    """The one complaint a 督察 passed on, or the one finding of an audit, that news of its handling names in its
    opening (`vocab.sections.COMPLAINT_TOLD`), where the text has no heading and no item: the issue, the text after it
    its rectification, and where it stands as the news says it (已经办结, 已整改到位). (News of an audit that says no
    such thing of its finding stays news.)"""
    if outline.root.children:
        return []
    opening = outline.root.body[0].start + _TOLD_REACH if outline.root.body else 0
    told = [
        m
        for p in outline.root.body
        if p.start < opening
        for m in _COMPLAINT_TOLD.finditer(outline.folded, p.start, p.end)
    ]
    if len(told) != 1:
        return []
    m = told[0]
    group = next(k for k in range(1, m.re.groups + 1) if m.group(k))
    end = max(p.end for p in outline.root.body)
    # (Where it stands: the rest of the sentence that names it, "…问题,在从严从速督办下,已经整改到位。", else the last sentence
    # that says so, "目前该信访件已经办结,…"; what the news tells between, work done on parts of it, is no status.)
    stops = [m.end()] + [stop.end() for stop in _NEWS_STOP.finditer(outline.folded, m.end(), end)]
    sentences = [(a, b) for a, b in zip(stops, stops[1:] + [end]) if b > a]
    stated = [(a, span) for a, b in sentences if (span := _where_it_stands(outline, a, b)) is not None]
    problem = _trim(outline, m.start(group), m.end(group))
    if not stated:
        # (News of a complaint's handling that says nowhere where it stands still names it, its handling all that
        # follows; so does news of an audit's finding that tells how it was rectified, else it is news of the audit.)
        if group in COMPLAINT_TOLD_FINDING and not FINDING_HANDLED.search(outline.folded, m.end(), end):
            return []
        # (…its handling up to the news's last stop: a line after it is the page's, "版权所有 …".)
        end = outline.folded.rfind("。", m.end(), end) + 1 or end
        return [IssueBlock([], False, *problem, m.start(), end, [(m.end(), end)])]
    said = stated[0][1] if stated[0][0] == m.end() else stated[-1][1]
    # (Its handling ends with the last sentence that says where it stands: what follows is comment, or the page's.)
    told_end = stated[-1][1][1]
    return [IssueBlock([], False, *problem, m.start(), told_end, [(m.end(), told_end)], cells={"status": said})]


def _where_it_stands(outline: Outline, start: int, end: int) -> tuple[int, int] | None:
    """The span of a sentence of news that says where a complaint stands, or of its last clause that does (",在从严从速
    督办下,已经整改到位。"); None where neither does."""
    if find_status(outline.folded[start:end])[0] != "not_stated":
        return start, end
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(outline.folded, start, end)]
    last = breaks[-1] if breaks else start
    return (last, end) if find_status(outline.folded[last:end])[0] != "not_stated" else None


_CLAUSE_BREAK = compile_shared(r"[，,；;]")
_NEWS_STOP = compile_shared(r"[。！!\n]")  # (where a sentence of news ends)


def _listed_in_the_opening(outline: Outline) -> list[IssueBlock]:
    """The few problems the opening counts and lists ("反馈问题…整改2个，分别是…；…。"), where no item is found: one issue
    each, answered by the numbered lines after it in turn where as many follow, else by all of them."""
    for para in outline.root.body:
        if outline.root.children and para.start > outline.root.children[0].start:
            break
        listed = _FORMULA_LISTS.search(outline.folded, para.start, para.end)
        if listed is None:
            continue
        stop = outline.folded.find("。", listed.end(), para.end)
        end = stop if stop >= 0 else para.end
        pieces, at = [], listed.end()
        for semicolon in _SEMICOLON.finditer(outline.folded, listed.end(), end):
            pieces.append((at, semicolon.start()))
            at = semicolon.end()
        pieces.append((at, end))
        if len(pieces) != to_int(listed.group(1)) or len(pieces) < 2:
            return []
        answers = [(n.start, n.end) for n in outline.root.children]
        return [
            IssueBlock([], False, *_trim(outline, a, b), a, b, [answers[k]] if len(answers) == len(pieces) else answers)
            for k, (a, b) in enumerate(pieces)
        ]
    return []


_BROKEN_WORD = 4  # the longest piece of a header cell's words a page broke over lines ("是否" / "办结")


def _broken_words(text: str) -> list[str]:
    """The lines of `text` where each is a few words of a header cell a page broke over lines, else []."""
    lines = [line.replace(" ", "") for line in text.split("\n") if line.strip()]
    return lines if len(lines) > 1 and all(len(line) <= _BROKEN_WORD for line in lines) else []


def _in_a_header(outline: Outline, problem: tuple[int, int], rect: list[tuple[int, int]]) -> bool:
    """Whether a block is a table's header set one cell a paragraph, not an item: its rectification opens with a
    column's name (调查核实情况, 是否办结, perhaps broken over lines) after another one ("群众身边" / "调查核实情况" /
    "处理和整改情况"), or after words broken over lines ("行政" / "区域" / "污染 类型")."""
    if not rect:
        return False
    first = outline.folded[slice(*rect[0])]
    opening = "\n".join([line for line in first.split("\n") if line.strip()][:2])  # (its first two lines)
    if not (names_a_column(first) or names_a_column("".join(_broken_words(opening)))):
        return False
    if len(rect) > 1 and names_a_column(outline.folded[slice(*rect[1])]):
        return True
    return bool(_broken_words(outline.folded[slice(*problem)]))


def find_issue_blocks(text: str, outline: Outline | None = None) -> tuple[Outline, list[IssueBlock]]:
    """The outline of `text` and its issue blocks in document order."""
    outline = outline or parse_outline(text)
    form = _form_blocks(outline)
    if form is not None:
        return outline, _worded(outline, form)
    rows, taken = _ledger_blocks(outline)
    spans = _Spans(taken)
    row_starts = sorted(row.span_start for row in rows)
    blocks = [
        b
        for b in _walk(outline, outline.root)
        if outline.text[b.problem_start : b.problem_end].strip()
        and not spans.holds(b.problem_start)
        # (A heading over a ledger's rows, "（一）贯彻落实上级决策部署有差距" between them, groups those rows.)
        and bisect.bisect_left(row_starts, b.problem_end) == bisect.bisect_left(row_starts, b.span_end)
        and not _in_a_header(outline, (b.problem_start, b.problem_end), b.rect)
    ]
    blocks += _not_repeated(outline, rows, blocks) if blocks and rows else rows
    blocks = (
        _listed_before(outline, blocks)
        or _quoted_in_the_formula(outline)
        or _listed_in_the_opening(outline)
        or _quoted_in_the_title(outline)
        or _complaint_told(outline)
    )
    _strip_wrapper(outline, blocks)
    blocks.sort(key=lambda b: b.span_start)
    return outline, _worded(outline, blocks)


def _worded(outline: Outline, blocks: list[IssueBlock]) -> list[IssueBlock]:
    """The blocks whose problem holds words: a ledger's cell of nothing but stops ("，，，") states no problem."""
    return [b for b in blocks if outline.text[b.problem_start : b.problem_end].strip()]
