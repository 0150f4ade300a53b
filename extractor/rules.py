"""The rule-based backend: the whole pipeline from decoded text to an Extraction.

It is the default backend, the fallback of the LLM path and the segmenter its prompts build on,
so it imports nothing heavier than pydantic.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from extractor.check import review
from extractor.check.genre import genre_notes, reads_as_rectification
from extractor.fields.accountability import find_accountability
from extractor.fields.dates import lost_digit_dates, wordless_dates
from extractor.fields.rectification import find_documents, split_rectification
from extractor.fields.report import extract_report, read_head
from extractor.fields.status import (
    REST,
    declared_of_group,
    find_status,
    group_status,
    groups_by_status,
    notice_wide_status,
    statuses_by_number,
    statuses_said_by_number,
    whole_status,
    without_status,
)
from extractor.lazy_re import compile_shared
from extractor.load.reading_aids import extract_past_notes
from extractor.models import Extraction, Issue, Report, Status
from extractor.segment import IssueBlock, Node, find_issue_blocks
from extractor.segment.cut_off import cut_off_at_end
from extractor.segment.issues import key_stage
from extractor.segment.lines import Para
from extractor.segment.outline import Outline
from extractor.vocab.headings import AREA_BEFORE_LIST, HEAD_BEFORE_LIST, LEAD_IN
from extractor.vocab.headings import PROBLEM_WRAPPER as _WRAPPER
from extractor.vocab.numerals import to_int
from extractor.vocab.people import POINTS_BACK
from extractor.vocab.sections import AUDITOR_HANDLING
from extractor.vocab.status import (
    ABOVE,
    ABOVE_LEAD,
    ABOVE_WORDS,
    AMONG_WORDS,
    ANSWERS_TOGETHER,
    EXCEPT_AS_SAID,
    NAMED_FIRST,
    SECTION_DONE,
    THE_ONE_NAMED,
)
from extractor.vocab.status import ALL_ABOVE_COUNTED as _ALL_ABOVE
from extractor.vocab.status import DONE_TALLY as _DONE_TALLY

_ABOVE = compile_shared(ABOVE)
_HEADING_TAIL = " \t。；;，,、：:."


def heading_text(outline: Outline, node: Node) -> str:
    """A heading's text without its label, 关于“…”方面 or 【…】 wrapper or trailing punctuation."""
    text = outline.text[node.title_start : node.title_end]
    folded = outline.folded[node.title_start : node.title_end]
    wrapped = _WRAPPER.match(folded.strip())
    if wrapped:
        inner = wrapped.lastindex or 1
        text = outline.text[node.title_start + wrapped.start(inner) : node.title_start + wrapped.end(inner)]
    elif (
        (area := AREA_BEFORE_LIST.match(folded)) and folded[area.end() - 1] in "。：:" and folded[area.end() :].strip()
    ):
        text = text[: area.end()]  # "（一）…方面。巡察指出：一是…；二是…": the area, not the problems it lists
    elif listed := HEAD_BEFORE_LIST.match(folded):
        text = text[: listed.end()]  # "3.国有资产监管存在漏洞。一是…；二是…": the heading, not the problems it lists
    else:
        lead = LEAD_IN.match(folded)  # "（一）反馈问题：聚焦…方面"
        text = text[lead.end() :] if lead and folded[lead.end() :].strip() else text
    return without_status(text.replace("\n", "").strip(_HEADING_TAIL)).strip(_HEADING_TAIL)


class HeadingTexts:
    """`heading_text` of the headings of one outline, and whether each groups by status, each read once: the issues
    under a heading all name it as their category (it depends on the heading's offsets in the outline alone)."""

    def __init__(self, outline: Outline) -> None:
        self._outline = outline
        self._texts: dict[tuple[int, int], str] = {}
        self._by_status: dict[tuple[int, int], bool] = {}

    def __call__(self, node: Node) -> str:
        key = (node.title_start, node.title_end)
        text = self._texts.get(key)
        if text is None:
            text = self._texts[key] = heading_text(self._outline, node)
        return text

    def by_status(self, node: Node) -> bool:
        """Whether the heading groups findings by status (一、已完成整改的问题): it gives no category."""
        key = (node.title_start, node.title_end)
        found = self._by_status.get(key)
        if found is None:
            found = self._by_status[key] = groups_by_status(self._outline.folded[node.title_start : node.title_end])
        return found


def _cell(outline: Outline, block: IssueBlock, field: str) -> str | None:
    span = (block.cells or {}).get(field)
    return outline.text[span[0] : span[1]].strip() if span else None


def build_issue(outline: Outline, block: IssueBlock, number: int, headings: HeadingTexts | None = None) -> Issue:
    """Fill one issue's fields from its block (a ledger row's named columns take precedence); `headings`
    reads the outline's heading texts, shared between the issues of one outline."""
    headings = headings or HeadingTexts(outline)
    # (A heading that groups the findings by status gives their status, not their category.)
    groups = [g for g in block.groups if not headings.by_status(g)]
    # Paragraph pieces, each with the line breaks of hard-wrapped text taken out.
    rect_text = "\n".join(outline.text[s:e].replace("\n", "") for s, e in block.rect)
    folded_rect = "\n".join(outline.folded[s:e].replace("\n", "") for s, e in block.rect)
    # A ledger row states its status in its own column; otherwise the rectification text does.
    status_span = block.cells.get("status") if block.cells else None
    if status_span:
        status_span = _without_dated_note(outline, status_span)
    # (A status cell is read paragraph by paragraph: page furniture set apart inside it says nothing.)
    status_pieces = outline.pieces(*status_span) if status_span else block.rect
    status_source = (
        "\n".join(outline.folded[s:e].replace("\n", "") for s, e in status_pieces) if status_span else folded_rect
    )
    problem = outline.folded[block.problem_start : block.problem_end]
    status, folded_status = find_status(status_source, problem)
    if status == "not_stated" and status_span:
        # A status field's sentences each may say where the item stands ("…46处,已全部完成治理工作。组织督导组…"):
        # the first that does.
        status, folded_status = next(
            (said for sentence in _SENTENCE_ENDS.split(status_source) if (said := find_status(sentence, problem))[1]),
            (status, folded_status),
        )
    status_text = _original(outline, folded_status, status_pieces)
    if status == "not_stated" and (done_on := _cell(outline, block, "done_on")):
        status, status_text = "completed", done_on  # (a form's day the work was done: segment.issues._form_cells)
    if block.rows_below:
        stated = [status_span] if status_span else []
        status, status_text = _least_advanced(
            outline, stated + [r["status"] for r in block.rows_below if "status" in r]
        )
    if status == "not_stated" and (block.nodes or block.wrappers):
        # The whole chain of headings, wrappers included: a status group may wrap every finding (or, over a ledger's
        # rows, be the row's only heading: "一、已完成整改的问题" / "1⇥…").
        chain = block.nodes[-1].ancestors() if block.nodes else block.wrappers
        status, status_text = _group_status(outline, chain[:-1] if block.labelled else chain)
    cause, measures = split_rectification(rect_text, status_text)
    if block.cells:
        cause = _cell(outline, block, "cause") or cause
        measures_cell = _cell(outline, block, "measures")
        measures = split_rectification(measures_cell, None)[1] if measures_cell else measures
        for row in block.rows_below:  # (one row per measure under a problem merged down over them)
            if "measures" in row:
                measures += split_rectification(outline.text[slice(*row["measures"])].strip(), None)[1]
    # The headings over the issue group it first; a ledger's category column groups its rows under the last of them.
    grouped = [headings(group) for group in groups]
    column = _cell(outline, block, "category") if block.cells else None
    if column and column not in grouped:
        grouped.append(column)
    return Issue(
        id=str(number),
        path=block.path,
        category=grouped[0] if grouped else None,
        subcategory=grouped[1] if len(grouped) > 1 else None,
        problem=outline.text[block.problem_start : block.problem_end],
        cause=cause,
        measures=measures,
        status=status,
        status_text=status_text,
        accountability=find_accountability(folded_rect, rect_text),
        documents=find_documents(rect_text),
        span=(block.span_start, block.span_end),
    )


_SENTENCE_ENDS = compile_shared(r"(?<=[。！？!?])")  # (where a status field's text is split into its sentences)
# A note in brackets after a status cell's status, dated: "已完成（2024年8月）", "正在整改<br>（计划2025年6月完成）".
_DATED_NOTE = compile_shared(r"[ \t]*[(（][^()（）]{0,16}?\d{4}年[^()（）]{0,16}[)）][ \t]*$")


def _without_dated_note(outline: Outline, cell: tuple[int, int]) -> tuple[int, int]:
    """A status cell without the dated note after its status (when it was done, or is planned to be): the status is
    what the cell says before it."""
    start, end = cell
    note = _DATED_NOTE.search(outline.folded, start, end)
    if note is None or note.start() == start or whole_status(outline.folded[start : note.start()].strip()) is None:
        return cell
    return start, note.start()


# Where an item stands when its measures stand apart: no further on than its least advanced one.
_ADVANCE: dict[Status, int] = {"in_progress": 0, "long_term": 1, "completed": 2}


def _least_advanced(outline: Outline, cells: list[tuple[int, int]]) -> tuple[Status, str | None]:
    """The status of a problem whose measures each state their own in a row of their own (its cell merged down over
    them): that of the least advanced, with its phrase ("已完成", "正在推进" → in progress)."""
    said = []
    for start, end in cells:
        status, phrase = find_status(outline.folded[start:end].replace("\n", ""))
        if status != "not_stated":
            said.append((status, _original(outline, phrase, [(start, end)])))
    return min(said, key=lambda found: _ADVANCE[found[0]]) if said else ("not_stated", None)


def _group_status(outline: Outline, groups: list[Node]) -> tuple[Status, str | None]:
    """The status a heading above the issue gives all its findings ("一、已整改完成的问题"), or the group's opening
    words before its items ("…移交的5个立行立改问题，…已于巡察期间全部整改到位：")."""
    for node in reversed(groups):
        title = outline.folded[node.title_start : node.title_end].strip(_HEADING_TAIL)
        found = group_status(title)
        if found:
            status, start, end = found
            at = (
                node.title_start
                + len(outline.folded[node.title_start : node.title_end])
                - len(outline.folded[node.title_start : node.title_end].lstrip(_HEADING_TAIL))
            )
            return status, outline.text[at + start : at + end]
        if node.body and node.children:
            intro_start, intro_end = node.body[0].start, node.body[-1].end
            declared = declared_of_group(outline.folded[intro_start:intro_end])
            if declared:
                return "completed", outline.text[intro_start + declared[0] : intro_start + declared[1]]
    return "not_stated", None


def _original(outline: Outline, folded_phrase: str | None, pieces: list[tuple[int, int]]) -> str | None:
    """The status phrase as written: it was found in the folded view, so take the same offsets."""
    if folded_phrase is None:
        return None
    for start, end in pieces:
        at = outline.folded.find(folded_phrase, start, end)
        if at >= 0:
            return outline.text[at : at + len(folded_phrase)]
    return folded_phrase


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def _share_accountability(outline: Outline, blocks: list[IssueBlock], issues: list[Issue]) -> None:
    """Problems listed together (一是…二是…) share one rectification text; each person held
    accountable in it belongs to the problem their sentence talks about, not to all of them."""
    groups: dict[int, list[int]] = {}
    for k, block in enumerate(blocks):
        groups.setdefault(id(block.rect), []).append(k)
    for members in groups.values():
        if len(members) < 2:
            continue
        shared = "\n".join(outline.text[s:e] for s, e in blocks[members[0]].rect)
        clauses = re.split(r"[。；;\n]", shared)
        for record in issues[members[0]].accountability:
            clause = next((c for c in clauses if record.person in c), "")
            best = max(members, key=lambda k: len(_bigrams(clause) & _bigrams(issues[k].problem)))
            for k in members:
                if k != best:
                    issues[k].accountability = [a for a in issues[k].accountability if a != record]


def _paras_after_items(outline: Outline, blocks: list[IssueBlock]) -> list[Para]:
    """The paragraphs after the last item: a closing tally, a section on who was held accountable."""
    if not blocks:
        return []
    return outline.paras[outline.para_index(blocks[-1].span_end) :]


_CLAUSE_STOP = compile_shared(r"[。；;]")
_TOPIC_SHARED = 0.5  # the share of a topic's character pairs an issue's problem must hold to be the one it names


def _accountability_said_after(outline: Outline, blocks: list[IssueBlock], issues: list[Issue]) -> None:
    """A paragraph after the items that tells who was held accountable for which of them (三、追责问责情况：针对巡察反馈的
    第4个问题，…给予…党内警告处分；针对违规发放津补贴问题，…) adds its records to the item it points back to, by number
    or by the words of its problem. Said inside an item's block by number (a closing paragraph the last item ran on into:
    "…共问责6人。针对第17个问题，对…彭某某进行了诫勉谈话"), its records move from that item to the one it names."""
    after = [(para, None) for para in _paras_after_items(outline, blocks)]
    inside = [
        (outline.paras[k], issue)
        for block, issue in zip(blocks, issues)
        for k in range(outline.para_index(block.problem_end), outline.para_index(block.span_end))
    ]
    for para, holder in [*inside, *after]:
        folded = outline.folded[para.start : para.end]
        if "针对" not in folded and "关于" not in folded:
            continue
        matches = list(POINTS_BACK.finditer(folded))
        stops = [m.start() for m in _CLAUSE_STOP.finditer(folded)]
        for k, m in enumerate(matches):
            number = m.group("number") or m.group("later")  # (第4个问题, 问题4, 问题第4项)
            if holder is not None and number is None:
                continue  # (an item's own text often says "针对…问题，…" of its own problem)
            # (Each one's words run to the next stop, or to where the next one begins.)
            stop = stops[bisect.bisect_left(stops, m.end())] if stops and stops[-1] >= m.end() else len(folded)
            end = min(stop, matches[k + 1].start() if k + 1 < len(matches) else len(folded))
            records = find_accountability(
                folded[m.start() : end], outline.text[para.start + m.start() : para.start + end]
            )
            target = _pointed_to(issues, number, m.group("topic"))
            if not records or target is None or target is holder:
                continue
            if holder is not None and (not target.path or target.path[-1] != str(to_int(number))):
                continue  # (inside a block, "针对第一个问题" may count the problems a group lists, not the notice's items)
            target.accountability += [r for r in records if r not in target.accountability]
            if holder is not None:
                holder.accountability = [r for r in holder.accountability if r not in records]


def _pointed_to(issues: list[Issue], number: str | None, topic: str | None) -> Issue | None:
    """The issue a sentence points back to: the Nth, or the one whose problem shares most of the topic's words."""
    if number is not None:
        n = to_int(number)
        return issues[n - 1] if n is not None and 1 <= n <= len(issues) else None
    pairs = _bigrams(topic or "")
    shares = sorted(((len(pairs & _bigrams(issue.problem)), k) for k, issue in enumerate(issues)), reverse=True)
    if not pairs or not shares or shares[0][0] < _TOPIC_SHARED * len(pairs):
        return None
    return issues[shares[0][1]] if len(shares) == 1 or shares[1][0] < shares[0][0] else None


def _closure_status(outline: Outline, blocks: list[IssueBlock], issues: list[Issue]) -> None:
    """A closure notice (销号公示), or a notice whose tasks are all done, declares so before its list: an
    issue that states no status of its own takes that one."""
    if not blocks or all(issue.status != "not_stated" for issue in issues):
        return
    found = notice_wide_status(outline.folded[: blocks[0].span_start]) or _said_after_the_items(outline, blocks)
    if found is None:
        return
    status, start, end = found
    for issue in issues:
        if issue.status == "not_stated":
            issue.status, issue.status_text = status, outline.text[start:end]


_SECTION_DONE = compile_shared(SECTION_DONE)


def _closes_done(outline: Outline, start: int, end: int) -> tuple[Status, int, int] | None:
    """("completed", its phrase's span) where the last sentence of `folded[start:end]` says the unit rectified what it
    answers (`vocab.status.SECTION_DONE`: "…该单位已按照审计整改的要求及时进行了整改。")."""
    while end > start and outline.folded[end - 1].isspace():
        end -= 1
    closing = outline.folded.rfind("。", start, end - 1) + 1  # (its last sentence)
    said = _SECTION_DONE.search(outline.folded, max(start, closing), end)
    return ("completed", said.start("done"), said.end("done")) if said else None


_THE_ONE = compile_shared(THE_ONE_NAMED)
_SENTENCES = compile_shared(r"[^。；;\n]+")


def _said_of_the_one(outline: Outline, blocks: list[IssueBlock], issues: list[Issue]) -> None:
    """A notice of one problem that says where it stands after its text, in a sentence that names it ("经过上述整改，该反馈
    问题已整改完成，…", past the numbered measures a closure lists): the one issue takes that status."""
    if len(issues) != 1 or issues[0].status != "not_stated":
        return
    for sentence in _SENTENCES.finditer(outline.folded, blocks[0].span_end):
        named = _THE_ONE.search(sentence.group())
        # (From where it names it: the words before say how it came to be so, "经过上述整改，".)
        if named and (said := find_status(sentence.group()[named.start() :].lstrip("，, \t")))[1]:
            issues[0].status = said[0]
            issues[0].status_text = _original(outline, said[1], [sentence.span()])
            return


def _said_in_the_handling(outline: Outline, blocks: list[IssueBlock], issues: list[Issue]) -> None:
    """An audit's finding whose rectification is the auditor's handling of it ("…审计局依法出具了审计报告，要求…") takes
    the status that paragraph's last sentence says ("目前建设单位已按照审计报告的要求进行了落实")."""
    for block, issue in zip(blocks, issues, strict=True):
        if issue.status != "not_stated" or not block.rect:
            continue
        start, end = block.rect[-1]
        if AUDITOR_HANDLING.match(outline.folded, start, end) and (said := _closes_done(outline, start, end)):
            issue.status, issue.status_text = said[0], outline.text[said[1] : said[2]]


def _said_after_the_items(outline: Outline, blocks: list[IssueBlock]) -> tuple[Status, int, int] | None:
    """What a section after the items on their rectification (四、审计整改情况) declares of them all ("截至公告日，审计发现
    问题已全部整改到位"), where it holds no item of its own; or the rest of the opening that lists them ("…分别是…；…。
    经多方配合，…反馈问题均已整改完毕")."""
    last = blocks[-1]
    if not last.nodes and not last.wrappers:
        # (…to the first heading: a page may set each sentence apart, "…分别是…；…。" / "经多方配合，…均已整改完毕。")
        children = outline.root.children
        line_end = outline.folded.find("\n", last.problem_end)
        end = children[0].start if children and children[0].start > last.problem_end else line_end
        rest = outline.folded[last.problem_end : end if end >= 0 else len(outline.folded)]
        if found := notice_wide_status(rest):
            status, start, end = found
            return status, last.problem_end + start, last.problem_end + end
    for node in outline.findings_sections():
        if node.start >= blocks[-1].span_end and not node.children:
            body = outline.folded[node.title_end : node.end]
            if found := notice_wide_status(body):
                status, start, end = found
                return status, node.title_end + start, node.title_end + end
            # (…or an audit's section on the audited unit's rectification closing on it: "…该单位已按照…要求进行了整改。")
            if said := _closes_done(outline, node.title_end, node.end):
                return said
    return None


def _status_by_number(outline: Outline, blocks: list[IssueBlock], issues: list[Issue]) -> None:
    """An opening that tallies the items by status and numbers them ("已完成整改13个（第1、5、6…个问题）") gives each
    numbered item that states no status of its own the status its number is tallied under."""
    if not blocks or all(issue.status != "not_stated" for issue in issues):
        return
    numbered = statuses_by_number(outline.folded[: blocks[0].span_start])
    for issue in issues:
        label = issue.path[-1] if issue.path else ""
        if issue.status == "not_stated" and label.isdecimal() and int(label) in numbered:
            status, start, end = numbered[int(label)]
            issue.status, issue.status_text = status, outline.text[start:end]
    # …and so does a closing tally that names them ("10个问题中，第1、3、5个问题已整改完成，第2个问题需长期坚持"), where
    # each number names one item (no group restarts the count).
    labels = [issue.path[-1] if issue.path else "" for issue in issues]
    if len(set(labels)) < len(labels) or all(issue.status != "not_stated" for issue in issues):
        return
    for para in _paras_after_items(outline, blocks):
        if "第" not in outline.folded[para.start : para.end]:
            continue
        said = statuses_said_by_number(outline.folded[para.start : para.end])
        for issue, label in zip(issues, labels, strict=True):
            if issue.status == "not_stated" and label in said:
                status, start, end = said[label]
                issue.status, issue.status_text = status, outline.text[para.start + start : para.start + end]
        if REST in said:  # (…and the rest, after those it names)
            status, start, end = said[REST]
            for issue in issues:
                if issue.status == "not_stated":
                    issue.status, issue.status_text = status, outline.text[para.start + start : para.start + end]


def _status_of_those_above(outline: Outline, blocks: list[IssueBlock], issues: list[Issue]) -> None:
    """A status said after the last item of a group of those above it ("以上问题已全部整改到位") is the
    status of each item of the group that states none of its own (any item, the last among them, may state its own)."""
    sizes = _run_sizes(blocks)
    for k, issue in enumerate(issues):
        said = issue.status_text or ""
        if said.startswith(ABOVE_WORDS) and _ABOVE.match(said) and _said_apart(outline, blocks[k], said):
            status, status_text = issue.status, issue.status_text
        elif blocks[k].rect and (line := _line_on_those_above(outline, blocks[k], sizes[k])):
            if by_number := statuses_said_by_number(line):
                _give_by_number(outline, blocks, issues, k, line, by_number)
                continue
            # (…whatever exception it allows for the items that say their own: "以上问题除另有说明外，均已整改完成".)
            excepting = EXCEPT_AS_SAID.search(line)
            status, folded = find_status(line[excepting.end() :] if excepting else line)
            if status == "not_stated":
                continue
            status_text = _original(outline, folded, blocks[k].rect)
            if issue.status == "not_stated":
                # The last item, which states none of its own: the line is its status, not one of its measures.
                issue.status, issue.status_text = status, status_text
                issue.measures = [m for m in issue.measures if m != status_text]
        else:
            continue
        group = [id(node) for node in blocks[k].groups]
        for j in range(k - 1, -1, -1):
            if [id(node) for node in blocks[j].groups] != group:
                break
            if issues[j].status == "not_stated":  # (an item between that states its own keeps it)
                issues[j].status, issues[j].status_text = status, status_text


def _said_apart(outline: Outline, block: IssueBlock, said: str) -> bool:
    """Whether a status said of the problems above ("上述问题已全部整改") stands apart as a paragraph of its own (after
    the day it speaks at: 目前，以上问题…), or ends one that answers them together (针对以上问题，一是…, 整改情况：…); one that ends
    a paragraph telling one finding's detail ("…安排用于规划外项目建设。目前，上述问题已全部整改。") speaks of that
    paragraph's."""
    for start, end in reversed(block.rect):
        at = outline.text.rfind(said, start, end)
        if at >= 0:
            before = (
                outline.folded[max(start, outline.folded.rfind("\n", start, at) + 1) : at]
                .strip(" \t\u3000")
                .lstrip("，,")
            )
            return (
                not before
                or ABOVE_LEAD.fullmatch(before) is not None
                or before.startswith(ANSWERS_TOGETHER)
                or key_stage(before) is not None
            )
    return True


def _give_by_number(
    outline: Outline,
    blocks: list[IssueBlock],
    issues: list[Issue],
    k: int,
    line: str,
    by_number: dict[str, tuple[Status, int, int]],
) -> None:
    """Give the items of block `k`'s group (it and those above it in the same group) the statuses a sentence after
    them says by their numbers, each with its own clause as written ("第1、2个问题已整改完成"), and the rest the status it
    gives them ("其余均已完成"); a sentence that counts all the items above ("以上12个问题中，…") speaks of every group's,
    where their numbers run on."""
    group = [id(node) for node in blocks[k].groups]
    counted = _ALL_ABOVE.match(line)
    labels = [issue.path[-1] if issue.path else "" for issue in issues[: k + 1]]
    every = counted is not None and to_int(counted.group(1)) == k + 1 and len(set(labels)) == len(labels)
    scope = [j for j in range(k, -1, -1) if every or [id(node) for node in blocks[j].groups] == group]
    if not every:
        scope = scope[: next((n for n, j in enumerate(scope) if j != k - n), len(scope))]  # (the group's run above)
    for j in scope:
        if issues[j].status == "not_stated" and labels[j] in by_number:
            status, start, end = by_number[labels[j]]
            issues[j].status, issues[j].status_text = status, _original(outline, line[start:end], blocks[k].rect)
    if REST in by_number:
        status, start, end = by_number[REST]
        for j in scope:
            if issues[j].status == "not_stated":
                issues[j].status, issues[j].status_text = status, _original(outline, line[start:end], blocks[k].rect)


def _run_sizes(blocks: list[IssueBlock]) -> list[int]:
    """For each block, how many items of its group run up to it (it among them), counted in one pass."""
    sizes: list[int] = []
    before: list[int] | None = None
    for block in blocks:
        group = [id(node) for node in block.groups]
        sizes.append(sizes[-1] + 1 if sizes and group == before else 1)
        before = group
    return sizes


def _line_on_those_above(outline: Outline, block: IssueBlock, size: int = 0) -> str | None:
    """The last line of a block's rectification text when it speaks of the items above ("以上问题已基本完成整改，
    将持续推进"), or tallies the `size` of them as done ("已完成整改合计4项，整改完成")."""
    start, end = block.rect[-1]
    folded = outline.folded
    start = _past_time_lead(folded, start, end)
    if folded.startswith(AMONG_WORDS, start) or NAMED_FIRST.match(folded, start):
        # (…or of some of them, by their labels: "其中第5、8项已完成整改…", "第9项至第11项已全部完成整改")
        line = folded[start:end].strip()
        return line if statuses_said_by_number(line) else None
    if not folded.startswith(ABOVE_WORDS, start):
        # (The sentence is a paragraph of its own, or the last of a paragraph answering them together: "针对以上两个
        # 问题，一是…；二是…。以上两个问题均已整改完成。" Most blocks' last paragraph says neither.)
        closed = end  # (where its last sentence's stop stands)
        while closed > start and folded[closed - 1] in " \t\u3000\n。":
            closed -= 1
        last = folded.rfind("。", start, closed) + 1
        sentence = max(last, start)
        if size >= 2 and (tally := _DONE_TALLY.search(folded, sentence, closed)):
            return folded[sentence:end].strip() if to_int(tally.group(1) or tally.group(2)) == size else None
        if not last:
            return None
        # (…past the day it speaks at where it is a paragraph of its own: "…播撒花种、草种。" / "目前，上述问题已全部完成整改。";
        # closing a finding's paragraph, "…规划外项目建设。目前，上述问题已全部整改。", it speaks of that finding.)
        start = _past_time_lead(folded, last, end) if "\n" in folded[last : last + _GAP_AT_MOST] else last
        if not folded.startswith(ABOVE_WORDS, start):
            return None
    line = folded[start:end].strip()
    return line if _ABOVE.match(line) else None


_GAP_AT_MOST = 4  # the spaces and breaks between a paragraph's stop and the next paragraph's first words, looked into


def _past_time_lead(folded: str, start: int, end: int) -> int:
    """Where a sentence on the items above opens, past spaces and the day it speaks at: "目前，上述问题已全部整改到位"."""
    while start < end and folded[start] in " \t\u3000\n":
        start += 1
    if (lead := ABOVE_LEAD.match(folded, start, end)) and folded.startswith(ABOVE_WORDS, lead.end()):
        return lead.end()
    return start


def _dates_read(report: Report) -> frozenset[dt.date]:
    """The report's dates: a date that lost digits and reads several ways is not left out where one was read."""
    dates = (report.inspection_start, report.inspection_end, report.feedback_date, report.publish_date)
    return frozenset(date for date in dates if date)


_REPEATED = (
    "the text repeats items word for word under the same headings (a page holding its text twice): {} repeats left out"
)


def _without_repeats(issues: list[Issue]) -> tuple[list[Issue], int]:
    """`issues` without those that repeat an earlier one word for word (path, problem, measures and status: a page that
    holds its text twice, as a scraped page's print copy under its own), numbered anew; and how many went. (Where one
    alone repeats, it stays: two complaints about two places may read alike.)"""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for issue in issues:
        key = (tuple(issue.path), issue.problem, tuple(issue.measures), issue.status, issue.status_text)
        if key not in seen:
            seen.add(key)
            kept.append(issue)
    if len(issues) - len(kept) < _REPEATS_AT_LEAST:
        return issues, 0
    return _numbered_anew(kept), len(issues) - len(kept)


def _numbered_anew(issues: list[Issue]) -> list[Issue]:
    """`issues`, their ids 1, 2, 3 … again once some were taken out."""
    for number, issue in enumerate(issues, 1):
        issue.id = str(number)
    return issues


_REPEATS_AT_LEAST = 2  # the fewest repeated items that show a text set twice


def _without_summaries(issues: list[Issue]) -> list[Issue]:
    """`issues` without a row that only lists other rows' problems ("巡察组指出的问题主要有：1.理论学习不深入；2.…；3.…"
    over a section answering each in turn): their summary, no problem of its own (nothing done, no status), numbered
    anew where one went."""
    summaries = {
        id(issue)
        for issue in issues
        if issue.status == "not_stated" and not issue.measures and _lists_others(issue, issues)
    }
    if not summaries:
        return issues
    return _numbered_anew([issue for issue in issues if id(issue) not in summaries])


_SUMMED_AT_LEAST = 2  # the fewest other rows' problems a row must list to be their summary
_LIST_MARKS = ("；", ";", "、", "，", ",")  # (a list of problems sets them apart so)


def _lists_others(issue: Issue, issues: list[Issue]) -> bool:
    """Whether a row's problem holds at least two other rows' problems (looked into only where it sets parts apart)."""
    if not any(mark in issue.problem for mark in _LIST_MARKS):
        return False
    found = 0
    for other in issues:
        if other is not issue and other.problem and other.problem in issue.problem:
            found += 1
            if found >= _SUMMED_AT_LEAST:
                return True
    return False


def extract_text(text: str, source: str | None = None) -> Extraction:
    """Run the rule-based pipeline over decoded text (a reprint's pinyin read past: `load.reading_aids`)."""
    return extract_past_notes(text, lambda plain: _extract(plain, source))


def _extract(text: str, source: str | None) -> Extraction:
    outline, blocks = find_issue_blocks(text)
    blocks, notes = cut_off_at_end(outline, blocks)
    headings = HeadingTexts(outline)
    issues = [build_issue(outline, block, i, headings) for i, block in enumerate(blocks, 1)]
    _share_accountability(outline, blocks, issues)
    _accountability_said_after(outline, blocks, issues)
    _closure_status(outline, blocks, issues)
    _said_in_the_handling(outline, blocks, issues)
    _said_of_the_one(outline, blocks, issues)
    _status_by_number(outline, blocks, issues)
    _status_of_those_above(outline, blocks, issues)
    head = read_head(outline)
    is_notice = reads_as_rectification(outline, head, issues, blocks)
    if not is_notice:
        issues, blocks = [], []
    issues = _without_summaries(issues)
    issues, repeated = _without_repeats(issues)
    if repeated:
        notes.append(_REPEATED.format(repeated))
    report = extract_report(
        outline,
        blocks[0].span_start if blocks else None,
        blocks[-1].span_end if blocks else None,
        is_notice,
        blocks[-1].problem_end if blocks else None,
        head,
    )
    return Extraction(
        source=source,
        report=report,
        issues=issues,
        warnings=review(report, issues, is_notice)
        + genre_notes(head, issues)
        + notes
        + [
            f"a date lost digits and reads more than one way, left out: {raw}"
            for raw in lost_digit_dates(text[:3000], _dates_read(report))
        ]
        + [f"a date lost its 年, 月 and 日, left out: {raw}" for raw in wordless_dates(text[:3000])],
        meta={"backend": "rules"},
    )
