"""Whether a text reads as a rectification notice at all: news, plans, the inspection's own feedback, a 纪委's typical
cases, work reports and model texts list problems too, and give no issue."""

from __future__ import annotations

from extractor.fields.report import Head
from extractor.models import Issue
from extractor.segment import IssueBlock
from extractor.segment.fold import fold
from extractor.segment.outline import Outline
from extractor.vocab.headings import HANDLED_AFTER_FINDING
from extractor.vocab.report import COMPLAINT_COUNT as _COMPLAINT_COUNT
from extractor.vocab.report import COMPLAINTS_CLOSED as _COMPLAINTS_CLOSED
from extractor.vocab.report import INSPECTED_BY as _INSPECTED_BY
from extractor.vocab.report import INSPECTION_WORDS as _INSPECTION
from extractor.vocab.sections import ABOUT_A_NOTICE as _ABOUT_A_NOTICE
from extractor.vocab.sections import ANSWERS_ABOVE as _ANSWERS_ABOVE
from extractor.vocab.sections import AUDIT_RESULT_TITLE as _AUDIT_RESULT_TITLE
from extractor.vocab.sections import COMPLAINT_LIST as _COMPLAINT_LIST
from extractor.vocab.sections import COMPLAINT_TOLD as _COMPLAINT_TOLD
from extractor.vocab.sections import (
    COMPLAINT_TOLD_FINDING,
    COMPLAINT_TOLD_QUOTED,
    PLACEHOLDERS_IN_A_MODEL,
    section_kind,
)
from extractor.vocab.sections import DIRECTIVE_TITLE as _DIRECTIVE_TITLE
from extractor.vocab.sections import EVENT_NEWS as _EVENT_NEWS
from extractor.vocab.sections import EVENT_TITLE as _EVENT_TITLE
from extractor.vocab.sections import FEEDBACK_GIVEN as _FEEDBACK_GIVEN
from extractor.vocab.sections import MEETING_REPORTED as _MEETING_REPORTED
from extractor.vocab.sections import MODEL_TITLE as _MODEL_TITLE
from extractor.vocab.sections import NEWS_DATELINE as _NEWS_DATELINE
from extractor.vocab.sections import NOTICE_FORMULA as _NOTICE_FORMULA
from extractor.vocab.sections import OTHER_FORMULA as _OTHER_FORMULA
from extractor.vocab.sections import OTHER_GENRE_TITLE as _OTHER_GENRE_TITLE
from extractor.vocab.sections import PLACEHOLDER as _PLACEHOLDER
from extractor.vocab.sections import PLAN_SAYS_ITSELF as _PLAN_SAYS_ITSELF
from extractor.vocab.sections import PLAN_TITLE as _PLAN_TITLE
from extractor.vocab.sections import RECTIFICATION_TITLE as _RECTIFICATION_TITLE
from extractor.vocab.sections import RECTIFICATION_WORDS as _RECTIFICATION_WORDS
from extractor.vocab.sections import RECTIFIED_AS_ORDERED as _RECTIFIED_AS_ORDERED
from extractor.vocab.sections import ROUND_UP_TITLE as _ROUND_UP_TITLE
from extractor.vocab.sections import SPEECH_TITLE as _SPEECH_TITLE
from extractor.vocab.status import ABOVE_WORDS

_OPENING_LOOKS = 3000  # how far into a text its formulas and placeholders are looked for
_TOLD_AFTER = 12  # how far past the complaint its naming may end (”的问题)


def reads_as_rectification(outline: Outline, head: Head, issues: list[Issue], blocks: list[IssueBlock]) -> bool:
    """Numbered points alone do not make a notice: a news item or a work plan has them too. A
    rectification notice keys its text (整改情况：…), states statuses or talks of 整改 throughout; a
    page that interprets one (…的解读), or whose title names another genre, is not one."""
    title = fold(head.title or "")
    # (Its first line, or its title where a page's own line stands above it: a mirror's banner, a column's name.)
    first = outline.folded[outline.paras[0].start : outline.paras[0].end] if outline.paras else ""
    if _ABOUT_A_NOTICE.search(first) or (title and _ABOUT_A_NOTICE.search(title)):
        return False
    stated = any(issue.status != "not_stated" for issue in issues)
    if (
        (
            _OTHER_GENRE_TITLE.search(title)
            and not _RECTIFICATION_TITLE.search(title)
            and not _tells_rectification(outline)
            # (…but an audit's results announced with how they were rectified, "目前建设单位已按照…要求进行了落实",
            # "审计指出问题后已立行立改支付到位".)
            and not (
                (
                    stated
                    or any(_answered_once_found(outline, b) for b in blocks)
                    or _rectified_as_ordered(outline, blocks)
                )
                and _AUDIT_RESULT_TITLE.search(title)
            )
        )
        # (…not an essay site's heading that names no inspection, "情况报告公文范文(公文写作模板与范例)", over a real
        # report it reposts.)
        or (_MODEL_TITLE.search(title) and _INSPECTION.search(title))
        or _ROUND_UP_TITLE.search(title)
        or _SPEECH_TITLE.search(title)
    ):
        # the inspection's own feedback or news of it, a 纪委's typical cases, a work report, a model text, a speech
        return False
    opening = outline.folded[:_OPENING_LOOKS]
    if "X" in opening or "×" in opening or "xx" in opening:
        placeholders = _PLACEHOLDER.finditer(opening)
        if sum(1 for _ in zip(placeholders, range(PLACEHOLDERS_IN_A_MODEL))) == PLACEHOLDERS_IN_A_MODEL:
            return False  # a model text: "20XX年X月X日，县委第X巡察组对XX单位党组…"
    # The paragraphs only: a page's furniture (下一篇：中共…关于巡察整改进展情况的通报) says nothing of this text.
    folded = "\n".join(outline.folded[p.start : p.end] for p in outline.paras)
    if not stated and (
        _PLAN_TITLE.search(title) or _DIRECTIVE_TITLE.search(title) or _PLAN_SAYS_ITSELF.search(folded, 0, 3000)
    ):
        # A plan (…整改工作方案) or a directive (…公开工作的意见) whose items say nothing done: measures planned or
        # rules laid down, not a notice.
        return False
    # "现将…整改情况予以公布", or a section on the rectification (四、审计发现问题的整改情况).
    presents_itself = _NOTICE_FORMULA.search(folded, 0, 3000) is not None or _tells_rectification(outline)
    if not stated and presents_itself and not _INSPECTION.search(folded):
        # A report that presents itself ("现将整改情况报告如下") but names no inspection, audit or 督察 reports a
        # unit's own clean-up, not the rectification of an inspection's findings. (A piece of a notice, its
        # findings alone, names none either, but presents nothing: it is read as it stands.)
        return False
    if _tells_one_complaint(outline, blocks):
        return True  # news of one complaint a 督察 passed on, and its handling: the rectification of that complaint
    # (Its first sentence below the title: a headline is read by the title's patterns.)
    if not stated and (
        _EVENT_TITLE.search(title)
        or (not presents_itself and _first_tells_of_an_event(_below_title(outline, folded, head)))
    ):
        # News of a meeting, a hearing or a visit about the rectification, not the notice of it (its title may name
        # one: "…党委召开巡视整改情况通报会").
        return False
    if not stated and _OTHER_FORMULA.search(folded, 0, 3000):
        # A page whose formula publishes an audit's results or an inspection's findings lists problems, not
        # their rectification, unless it closes saying they were rectified.
        return presents_itself or _rectified_as_ordered(outline, blocks)
    listed = issues[:-1]
    if (
        not presents_itself
        and len(issues) >= 2
        and not any(issue.measures or issue.status != "not_stated" for issue in listed)
        and not _rectified_above(issues[-1])
        and not _rectified_as_ordered(outline, blocks)
    ):
        # Problems listed with no rectification to any of them, in a text that presents none: news of the
        # inspection's feedback ("巡察组指出…存在一些问题：1.…2.…"), however often it speaks of 整改. (The last
        # item takes in whatever follows the list, "…线索已按规定移交": its words are no measure or status of its own;
        # but where they say problems above it were rectified, "目前，上述问题已全部整改", the text tells rectification.)
        return False
    if folded.count("整改") >= 3 or stated or presents_itself or _tallies_complaints_handled(folded):
        return True
    if any(_handled_in_a_column(outline, b) for b in blocks):
        return True  # a ledger's rows with their handling ("处理和整改情况" of the complaints a 督察 passed on)
    if sum(1 for b in blocks if _answered_once_found(outline, b)) >= 2 or _rectified_as_ordered(outline, blocks):
        # findings each answered in turn ("审计指出上述问题后，…已…"), or all of them after the last ("多计的工程款已如数核减；
        # 审计建议已采纳"): an audit's results with their rectification
        return True
    # (…or each named, then answered: "(十)关于滞留财政补贴资金78.65万元问题。县财政局已于…全额上缴国库。")
    if sum(1 for b in blocks if b.rect and _named_then_answered(outline, b)) >= 2:
        return True
    if any(_RECTIFICATION_WORDS.search(outline.folded[i.span[0] : i.span[1]]) for i in issues if i.span):
        return True
    # The items sit under the findings section's own heading (二、巡察反馈问题整改落实情况).
    return any(
        section_kind(outline.folded[n.title_start : n.title_end].strip()) == "findings"
        for b in blocks
        for n in (*b.wrappers, *b.nodes[:1])
    )


def _answered_once_found(outline: Outline, block: IssueBlock) -> bool:
    """Whether an item's rectification tells what was done once the inspection pointed the problem out, a paragraph of
    its own ("审计指出上述问题后，…已…") or a clause ("…,审计指出问题后已立行立改支付到位")."""
    if not block.rect:
        return False
    start = block.rect[0][0]
    if _ANSWERS_ABOVE.match(outline.folded, start):
        return True
    # (…or, where the page sets the problem's detail apart from it, its paragraph's last clause.)
    end = block.rect[0][1]
    return HANDLED_AFTER_FINDING.search(outline.folded, max(0, start - _CLAUSE_MARK_REACH), end) is not None


_CLAUSE_MARK_REACH = 4  # how far before an item's rectification the mark that ends its problem's clause is looked for


def _named_then_answered(outline: Outline, block: IssueBlock) -> bool:
    """Whether an item's problem is named as one, "关于…问题", a sentence of its own with its rectification after it: the
    form of a report on the rectification of an audit's findings, point by point."""
    folded, end = outline.folded, block.problem_end
    return folded.startswith("关于", block.problem_start - 2, block.problem_start) and (
        folded.startswith(("问题。", "的问题。"), end)
        or (folded.startswith("问题", end - 2) and folded[end : end + 1] == "。")
    )


def _rectified_as_ordered(outline: Outline, blocks: list[IssueBlock]) -> bool:
    """Whether the text after the last item's problem says the audited unit rectified what was found (…已按照审计处理
    意见对相关事项进行了整改): the close of an audit's results announced with their rectification."""
    return bool(blocks) and _RECTIFIED_AS_ORDERED.search(outline.folded, blocks[-1].problem_end) is not None


def _rectified_above(issue: Issue) -> bool:
    """Whether an item's status is said of the problems above it ("上述问题已全部整改"), not of its own."""
    return issue.status != "not_stated" and (issue.status_text or "").startswith(ABOVE_WORDS)


def _tells_one_complaint(outline: Outline, blocks: list[IssueBlock]) -> bool:
    """Whether the one item is the complaint a 督察 passed on that the opening quotes (`sections.COMPLAINT_TOLD`: "…督察组
    交办的0016群众投诉反映“…”的问题"), with its handling after it."""
    if len(blocks) != 1 or blocks[0].labelled or not blocks[0].rect:
        return False
    told = _COMPLAINT_TOLD.search(outline.folded, 0, blocks[0].problem_end + _TOLD_AFTER)
    return (
        told is not None
        and told.lastindex is not None
        and (told.lastindex in COMPLAINT_TOLD_QUOTED or told.lastindex in COMPLAINT_TOLD_FINDING)
        and told.start(told.lastindex) <= blocks[0].problem_start < told.end()
    )


def _handled_in_a_column(outline: Outline, block: IssueBlock) -> bool:
    """Whether a ledger's row says what was done about it in a column of its own (measures or status), or a complaint's
    what its check found (调查核实情况: the complaint's handling, where a report on it tells no more)."""
    cells = block.cells or {}
    spans = [span for span in (cells.get("measures"), cells.get("status"), cells.get("findings")) if span]
    return any(outline.folded[a:b].strip(" \t|｜") for a, b in spans)


def _below_title(outline: Outline, folded: str, head: Head) -> str:
    """The paragraphs from the body's start on, out of `folded` (the text's paragraphs joined a line apart)."""
    return folded[sum(p.end - p.start + 1 for p in outline.paras if p.start < head.body_start) :]


def _tallies_complaints_handled(folded: str) -> bool:
    """Whether the opening counts the complaints a 督察 passed on and how many were closed ("交办的第二十六批群众信访举报件
    97件…已办结75件"): a disclosure of their handling (边督边改), a notice though it lists none."""
    opening = folded[:_OPENING_LOOKS]
    return "办结" in opening and bool(_COMPLAINT_COUNT.search(opening)) and bool(_COMPLAINTS_CLOSED.search(opening))


def _tells_rectification(outline: Outline) -> bool:
    """Whether a section of the text tells of the findings' rectification (四、审计发现问题的整改情况): an audit's
    results announced with it are a notice of it."""
    return bool(outline.findings_sections())


def _first_tells_of_an_event(folded: str) -> bool:
    """Whether the first sentence tells of an event (a meeting held, a report heard, a visit), or of the team's feedback
    with the meeting's doings after it (主持会议, 表态发言)."""
    first = folded[: min(i for i in (folded.find("。"), folded.find("\n", 1), _FIRST_SENTENCE) if i > 0)]
    if _EVENT_NEWS.search(first) is not None or _NEWS_DATELINE.search(first) is not None:
        return True
    return (
        _FEEDBACK_GIVEN.search(first) is not None
        and _INSPECTED_BY.search(first) is None  # (not a notice's formula: "…对…进行了巡察，并于…向…反馈了巡察情况")
        and _MEETING_REPORTED.search(folded, 0, _MEETING_REACH) is not None
    )


_FIRST_SENTENCE = 200  # the farthest a first sentence is looked through for the event it tells of
_MEETING_REACH = 400  # how far into the text the meeting's doings are looked for


def genre_notes(head: Head, issues: list[Issue]) -> list[str]:
    """What a reader should know of the genre before reading the rows: a list of complaints passed on gives one row
    a complaint, not one a finding fed back."""
    if issues and _COMPLAINT_LIST.search(fold(head.title or "")):
        return ["a list of the complaints an inspection passed on (信访件): each row is a complaint and its handling"]
    return []
