"""How each answer shape is asked for, checked against the notice and assembled into issues.

`whole_document`: the LLM reads the notice (or one part of it) and returns the report and every
issue with its problem quoted; code finds each quote in the text and takes the original characters
and offsets.

`outline_blocks`: the rule segmenter numbers candidate blocks; the LLM says which are issues and
which are group headings, with each problem's boundary as a short quote and the issue's status,
cause and accountability; code derives path, category, problem text, span, measures and documents
from the outline. Every record is grounded by construction.

A part the LLM could not deliver is filled from the rule result for the same range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from extractor.check.grounding import locate
from extractor.fields.rectification import find_documents, split_rectification
from extractor.llm.document import Document, Part, Segment, compact, estimate_tokens
from extractor.llm.schemas import Grounding, OutlineBlocks, WholeDocument
from extractor.models import Issue, Report
from extractor.rules import heading_text
from extractor.segment.issues import LEAD_IN
from extractor.segment.outline import Node

_TAIL_PUNCT = " \t\n\u3000\xa0。；;，,、：:.!！?？"
_TAIL_WORDS = ("问题的整改情况", "的整改情况", "整改情况", "问题的整改")
_QUOTE_PREVIEW = 40
_RECT_LEAD = re.compile(
    r"^[ \t。；;，,:：.]*(?:问题)?(?:的)?整改(?:落实)?(?:情况|进展情况|工作)?(?:如下)?[ \t]*[。:：.;；,，]?"
)


@dataclass
class PartResult:
    """One part's outcome: a checked answer, or the reason it falls back to the rules."""

    part: Part
    answer: BaseModel | None = None
    warnings: list[str] = field(default_factory=list)
    dropped: int = 0
    reason: str | None = None
    cached: bool = False


@dataclass
class Assembled:
    """Issues in document order, each with the [start, end) of its problem, and the report."""

    report: Report
    issues: list[Issue]
    problems: list[tuple[int, int]]


def _preview(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_PREVIEW else text[: _QUOTE_PREVIEW - 1] + "…"


def trim_problem(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop edge punctuation and a trailing 的整改情况/整改情况/问题的整改 from text[start:end]."""
    changed = True
    while changed and end > start:
        changed = False
        while end > start and text[end - 1] in _TAIL_PUNCT:
            end -= 1
            changed = True
        for word in _TAIL_WORDS:
            if end - start > len(word) and text[start:end].endswith(word):
                end -= len(word)
                changed = True
                break
    while start < end and text[start] in _TAIL_PUNCT:
        start += 1
    return start, end


def find_in(quote: str, text: str, lo: int, hi: int, start: int | None = None) -> tuple[int, int] | None:
    """`locate` restricted to text[lo:hi], searching from `start`; original offsets."""
    if not quote or not quote.strip():
        return None
    begin = lo if start is None else max(lo, start)
    found = locate(quote, text[lo:hi], begin - lo)
    return (found[0] + lo, found[1] + lo) if found else None


def rule_issue(doc: Document, k: int) -> tuple[Issue, tuple[int, int]]:
    block = doc.blocks[k]
    return doc.rules.issues[k].model_copy(deep=True), (block.problem_start, block.problem_end)


def fallback_issues(doc: Document, part: Part) -> list[tuple[Issue, tuple[int, int]]]:
    return [rule_issue(doc, k) for k in doc.rule_issues_in(part.start, part.end)]


def _status_text(doc: Document, phrase: str | None, lo: int, hi: int) -> str | None:
    if not phrase:
        return None
    found = find_in(phrase, doc.text, lo, hi)
    return doc.text[found[0] : found[1]] if found else None


class Strategy:
    """Parts, template variables, the grounding check and assembly for one response model."""

    response_model: type[BaseModel]

    def __init__(self, doc: Document, part_tokens: int) -> None:
        self.doc = doc
        self.part_tokens = part_tokens

    def parts(self) -> list[Part]:
        raise NotImplementedError

    def empty(self, part: Part) -> bool:
        """True when the part holds nothing to ask about (no request is sent for it)."""
        raise NotImplementedError

    def variables(self, part: Part, count: int) -> dict[str, Any]:
        return {
            "part": {"number": part.index + 1, "count": count},
            "context": [self.doc.heading_line(node) for node in part.context],
            "source": self.doc.source,
        }

    def check(self, answer: BaseModel, grounding: Grounding, part: Part) -> None:
        raise NotImplementedError

    def assemble(self, results: list[PartResult]) -> Assembled:
        raise NotImplementedError


class _PartChecker:
    """Binds a strategy's check to one part (what `Grounding.checker` calls)."""

    def __init__(self, strategy: Strategy, part: Part) -> None:
        self.strategy, self.part = strategy, part

    def check(self, answer: BaseModel, grounding: Grounding) -> None:
        self.strategy.check(answer, grounding, self.part)


def checker(strategy: Strategy, part: Part) -> _PartChecker:
    return _PartChecker(strategy, part)


# --- whole_document ---------------------------------------------------------------------------


_LABEL_CORE = re.compile(
    r"^[\s(（]*(第[一二三四五六七八九十\d]{1,3}(?:方面|部分|板块|大类|类))"
    r"|^[\s(（]*([一二三四五六七八九十\d]{1,3})[\s)）]*[、.．]?\s*$"
)


def normalise_label(label: str) -> str:
    """一、→一; (一)→（一）; 1.→1; (1)→（1）; 第一方面问题→第一方面 (the contract's path form)."""
    raw = label.strip()
    m = _LABEL_CORE.match(raw)
    if not m:
        return raw
    if m.group(1):
        return m.group(1)
    core = m.group(2)
    return f"（{core}）" if raw.lstrip().startswith(("(", "（")) else core


class WholeDocumentStrategy(Strategy):
    response_model = WholeDocument

    def parts(self) -> list[Part]:
        text = self.doc.text
        return self.doc.plan(self.part_tokens, lambda s, e: estimate_tokens(text[s:e]))

    def empty(self, part: Part) -> bool:
        return not self.doc.text[part.start : part.end].strip()

    def variables(self, part: Part, count: int) -> dict[str, Any]:
        return super().variables(part, count) | {"text": compact(self.doc.text[part.start : part.end])}

    def _ground(self, part: Part, problems: list[str]) -> list[tuple[int, int] | None]:
        """Each problem's [start, end) in the part, searched in order, then anywhere in the part."""
        text = self.doc.text
        cursor = part.start
        spans: list[tuple[int, int] | None] = []
        for problem in problems:
            found = find_in(problem, text, part.start, part.end, cursor) or find_in(problem, text, part.start, part.end)
            if found:
                found = trim_problem(text, *found)
                if found[1] <= found[0]:
                    found = None
            spans.append(found)
            if found:
                cursor = found[0] + 1
        return spans

    def check(self, answer: BaseModel, grounding: Grounding, part: Part) -> None:
        assert isinstance(answer, WholeDocument)
        errors: list[str] = []
        kept = []
        seen: set[tuple[int, int]] = set()
        spans = self._ground(part, [issue.problem for issue in answer.issues])
        for k, (issue, span) in enumerate(zip(answer.issues, spans)):
            if span is None:
                errors.append(f"issues[{k}].problem is not in the notice: {_preview(issue.problem)!r}")
                continue
            if span in seen:
                errors.append(f"issues[{k}] repeats an earlier issue: {_preview(issue.problem)!r}")
                continue
            seen.add(span)
            if issue.status_text and not find_in(issue.status_text, self.doc.text, span[0], part.end):
                errors.append(f"issues[{k}].status_text is not in the notice after its problem: {issue.status_text!r}")
                if grounding.lenient:
                    issue.status_text = None
            kept.append(issue)
        grounding.fail(errors)
        grounding.dropped += len(answer.issues) - len(kept)
        answer.issues = kept

    def assemble(self, results: list[PartResult]) -> Assembled:
        doc, text = self.doc, self.doc.text
        found: list[tuple[Issue, tuple[int, int]]] = []
        reports: list[Report] = []
        for result in results:
            if result.answer is None:
                found += fallback_issues(doc, result.part)
                continue
            answer = result.answer
            assert isinstance(answer, WholeDocument)
            if answer.report is not None:
                reports.append(answer.report)
            spans = self._ground(result.part, [issue.problem for issue in answer.issues])
            for issue, span in zip(answer.issues, spans):
                if span is None:  # the check already dropped these; never happens after it ran
                    continue
                data = issue.model_dump()
                data["problem"] = text[span[0] : span[1]]
                data["status_text"] = _status_text(doc, issue.status_text, span[0], result.part.end)
                data["path"] = [normalise_label(label) for label in issue.path if label.strip()]
                found.append((Issue(id="0", **data), span))
        found.sort(key=lambda pair: pair[1][0])
        self._spans(found)
        report = merge_reports(reports) if reports else doc.rules.report
        return Assembled(report, [issue for issue, _ in found], [span for _, span in found])

    def _spans(self, found: list[tuple[Issue, tuple[int, int]]]) -> None:
        """Each LLM issue's block: the rule block holding its problem when it holds no other issue,
        else from the problem's line to the next issue."""
        doc, text = self.doc, self.doc.text
        holders: dict[int, list[int]] = {}
        for i, (_, (start, _end)) in enumerate(found):
            for k, block in enumerate(doc.blocks):
                if block.span_start <= start < block.span_end:
                    holders.setdefault(k, []).append(i)
                    break
        own = {members[0]: k for k, members in holders.items() if len(members) == 1}
        for i, (issue, (start, _end)) in enumerate(found):
            if issue.span is not None:
                continue
            if i in own:
                block = doc.blocks[own[i]]
                issue.span = (block.span_start, block.span_end)
                continue
            line_start = text.rfind("\n", 0, start) + 1
            if i + 1 < len(found):
                following = found[i + 1][1][0]
                end = text.rfind("\n", 0, following) + 1
                end = end if end > start else following
            else:
                end = doc.findings_end
            while end > start and text[end - 1].isspace():
                end -= 1
            issue.span = (line_start, max(end, _end))


def merge_reports(reports: list[Report]) -> Report:
    """Field by field, the first part that states a value wins; contact lists are united."""
    merged: dict[str, Any] = {}
    for name in Report.model_fields:
        if name == "contacts":
            continue
        merged[name] = next((getattr(r, name) for r in reports if getattr(r, name) is not None), None)
    contacts = reports[0].contacts.model_copy(deep=True)
    for report in reports[1:]:
        for name in ("phones", "emails"):
            values = getattr(contacts, name)
            values.extend(v for v in getattr(report.contacts, name) if v not in values)
        for name in ("address", "postcode"):
            if getattr(contacts, name) is None:
                setattr(contacts, name, getattr(report.contacts, name))
    return Report(contacts=contacts, **merged)


# --- outline_blocks ---------------------------------------------------------------------------


class OutlineBlocksStrategy(Strategy):
    response_model = OutlineBlocks

    def _cost(self, start: int, end: int) -> int:
        segments = [s for s in self.doc.segments if start <= s.start < end]
        return sum(estimate_tokens(self.doc.segment_text(s)) + 8 for s in segments)

    def parts(self) -> list[Part]:
        return self.doc.plan(self.part_tokens, self._cost)

    def empty(self, part: Part) -> bool:
        return not self.doc.segments_in(part)

    def variables(self, part: Part, count: int) -> dict[str, Any]:
        blocks = []
        for segment in self.doc.segments_in(part):
            blocks.append(
                {
                    "n": segment.n,
                    "heading": segment.node is not None,
                    "level": segment.depth,
                    "label": segment.node.label if segment.node else "",
                    "text": self.doc.segment_text(segment),
                }
            )
        return super().variables(part, count) | {"blocks": blocks}

    # -- grounding ---

    def natural_start(self, segment: Segment) -> int:
        """Where the problem begins when the LLM gives no `start`: after the number label and any
        lead-in (巡察发现，…)."""
        if segment.rule_block is not None:
            return segment.rule_block.problem_start
        doc = self.doc
        start = segment.node.title_start if segment.node is not None else segment.start
        lead = LEAD_IN.match(doc.outline.folded[start : segment.end])
        if lead:
            start += lead.end()
        while start < segment.end and doc.text[start] in _TAIL_PUNCT:
            start += 1
        return start

    def problem_bounds(self, segment: Segment, item: Any) -> tuple[int, int] | str:
        """The problem's [start, end) inside its block, or why it cannot be found."""
        text = self.doc.text
        if item.start:
            found = find_in(item.start, text, segment.start, segment.end)
            if found is None:
                return f"block [{segment.n}]: start {item.start!r} is not in block [{segment.n}]"
            start = found[0]
        else:
            start = self.natural_start(segment)
        if not item.end:
            return f"block [{segment.n}]: an issue needs `end`, the last characters of its problem"
        found = find_in(item.end, text, segment.start, segment.end, start)
        if found is None:
            return f"block [{segment.n}]: end {item.end!r} is not in block [{segment.n}] after the problem's start"
        bounds = trim_problem(text, start, found[1])
        if bounds[1] <= bounds[0]:
            return f"block [{segment.n}]: the problem between start and end {item.end!r} is empty"
        return bounds

    def check(self, answer: BaseModel, grounding: Grounding, part: Part) -> None:
        assert isinstance(answer, OutlineBlocks)
        segments = {s.n: s for s in self.doc.segments_in(part)}
        errors: list[str] = []
        kept = []
        kinds: dict[int, str] = {}
        seen: set[tuple[int, int]] = set()
        for item in answer.blocks:
            segment = segments.get(item.n)
            if segment is None:
                errors.append(f"block [{item.n}] is not one of the numbered blocks of this text")
                continue
            if kinds.setdefault(item.n, item.kind) != item.kind:
                errors.append(f"block [{item.n}] is labelled both issue and group")
                continue
            if item.kind == "group":
                if segment.node is None:
                    errors.append(f"block [{item.n}] is a paragraph, not a heading, so it cannot be a group")
                    continue
                kept.append(item)
                continue
            bounds = self.problem_bounds(segment, item)
            if isinstance(bounds, str):
                errors.append(bounds)
                continue
            if bounds in seen:
                errors.append(f"block [{item.n}] lists the same problem twice")
                continue
            seen.add(bounds)
            if item.status_text and not find_in(item.status_text, self.doc.text, segment.start, part.end):
                errors.append(f"block [{item.n}]: status_text {item.status_text!r} is not in the notice")
                if grounding.lenient:
                    item.status_text = None
            kept.append(item)
        grounding.fail(errors)
        grounding.dropped += sum(1 for item in answer.blocks if item.kind == "issue") - sum(
            1 for item in kept if item.kind == "issue"
        )
        answer.blocks = kept

    # -- assembly ---

    def assemble(self, results: list[PartResult]) -> Assembled:
        doc, text = self.doc, self.doc.text
        labels: dict[int, str] = {}
        items: dict[int, list[Any]] = {}
        answered: set[int] = set()
        found: list[tuple[Issue, tuple[int, int]]] = []
        for result in results:
            if result.answer is None:
                found += fallback_issues(doc, result.part)
                continue
            answered.update(s.n for s in doc.segments_in(result.part))
            assert isinstance(result.answer, OutlineBlocks)
            for item in result.answer.blocks:
                labels[item.n] = item.kind
                if item.kind == "issue":
                    items.setdefault(item.n, []).append(item)
        by_node = {id(s.node): s for s in doc.segments if s.node is not None}

        def is_group(node: Node) -> bool:
            segment = by_node.get(id(node))
            if segment is not None and segment.n in answered:
                return labels.get(segment.n) == "group"
            return id(node) in doc.rule_group_nodes

        part_end = {s.n: r.part.end for r in results for s in doc.segments_in(r.part)}
        segments = doc.segments
        for index, segment in enumerate(segments):
            if segment.n not in items:
                continue
            bounded = []
            for item in items[segment.n]:
                bounds = self.problem_bounds(segment, item)
                if not isinstance(bounds, str):
                    bounded.append((bounds, item))
            bounded.sort(key=lambda pair: pair[0][0])
            block_end = self._block_end(index, labels, answered)
            for j, ((start, end), item) in enumerate(bounded):
                own = segment.node is not None and start < segment.node.title_end
                chain = segment.chain()
                groups = [node for node in chain if node is not segment.node and is_group(node)]
                path = [node.label for node in groups if node.label]
                if own and segment.node.label:
                    path.append(segment.node.label)
                first = j == 0 and (own or segment.node is None)
                span_start = segment.start if first else text.rfind("\n", 0, start) + 1
                span_end = bounded[j + 1][0][0] if j + 1 < len(bounded) else block_end
                while span_end > end and text[span_end - 1].isspace():
                    span_end -= 1
                rect = self._rect_text(segment, (start, end), span_end)
                status_text = _status_text(doc, item.status_text, segment.start, part_end[segment.n])
                _, measures = split_rectification(rect, status_text)
                issue = Issue(
                    id="0",
                    path=path,
                    category=heading_text(doc.outline, groups[0]) if groups else None,
                    subcategory=heading_text(doc.outline, groups[1]) if len(groups) > 1 else None,
                    problem=text[start:end],
                    cause=item.cause,
                    measures=measures,
                    status=item.status,
                    status_text=status_text,
                    accountability=item.accountability,
                    documents=find_documents(rect),
                    span=(span_start, max(span_end, end)),
                )
                found.append((issue, (start, end)))
        found.sort(key=lambda pair: pair[1][0])
        return Assembled(doc.rules.report.model_copy(deep=True), [i for i, _ in found], [s for _, s in found])

    def _rect_text(self, segment: Segment, problem: tuple[int, int], span_end: int) -> str:
        """The rectification text after a problem: the rule block's pieces when the rules cut the
        same problem, else the rest of the block without a leading 的整改情况 key."""
        block = segment.rule_block
        if block is not None and (block.problem_start, block.problem_end) == problem and block.span_end == span_end:
            return "\n".join(self.doc.text[s:e] for s, e in block.rect)
        rect = self.doc.text[problem[1] : span_end]
        return _RECT_LEAD.sub("", rect, count=1)

    def _block_end(self, index: int, labels: dict[int, str], answered: set[int]) -> int:
        """An issue's block runs over the unlabelled blocks nested under its heading (measure
        sub-items), and stops at the next issue, group or sibling heading."""
        segments = self.doc.segments
        segment = segments[index]
        end = segment.end
        if segment.node is None:
            return end
        for later in segments[index + 1 :]:
            owner = later.node or later.parent
            nested = any(node is segment.node for node in owner.ancestors())  # ancestors() includes owner
            if not nested or later.n in labels or later.n not in answered:
                break
            end = later.end
        return end


STRATEGIES: dict[str, type[Strategy]] = {
    "WholeDocument": WholeDocumentStrategy,
    "OutlineBlocks": OutlineBlocksStrategy,
}
