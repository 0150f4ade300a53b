"""`outline_blocks`: the rules' candidate blocks are numbered; the LLM labels each one.

A label says issue, group or other; an issue gives its problem's end (and, when needed, start) as
short quotes plus status, cause and accountability. Code derives path, category, problem text,
span, measures and documents from the outline, so those are grounded by construction; the quotes
and the LLM's own fields are checked like any other answer.
"""

from __future__ import annotations

import re
from functools import cached_property
from typing import Any

from pydantic import BaseModel

from extractor.llm.analysis import LEAD_IN, Analysis, Node, find_documents, split_rectification
from extractor.llm.grounding import Grounds, issue_problems
from extractor.llm.parts import Part, Segment, compact, estimate_tokens, plan, segments
from extractor.llm.schemas import OutlineBlocks
from extractor.llm.strategies.base import _TAIL_PUNCT, Item, Reading, Strategy, find_in, status_phrase, trim_problem
from extractor.models import Issue

_RECT_LEAD = re.compile(
    r"^[ \t。；;，,:：.]*(?:问题)?(?:的)?整改(?:落实)?(?:情况|进展情况|工作)?(?:如下)?[ \t]*[。:：.;；,，]?"
)


class OutlineBlocksStrategy(Strategy):
    response_model = OutlineBlocks

    def __init__(self, analysis: Analysis, part_tokens: int) -> None:
        super().__init__(analysis, part_tokens)
        self.labels: dict[int, str] = {}
        """Every delivered answer's block labels (`note`), for paths and block ends across parts."""
        self.answered: set[int] = set()

    @cached_property
    def segments(self) -> list[Segment]:
        return segments(self.analysis)

    def segments_in(self, part: Part) -> list[Segment]:
        return [s for s in self.segments if part.start <= s.start < part.end]

    def segment_text(self, segment: Segment) -> str:
        return compact(self.analysis.text[segment.start : segment.end])

    def _cost(self, start: int, end: int) -> int:
        return sum(estimate_tokens(self.segment_text(s)) + 8 for s in self.segments if start <= s.start < end)

    def parts(self) -> list[Part]:
        return plan(self.analysis, self.part_tokens, self._cost)

    def empty(self, part: Part) -> bool:
        return not self.segments_in(part)

    def expected_tokens(self, part: Part) -> int:
        """Every block's n and kind (~16 tokens), and for a block the rules read as an issue its
        quotes, status, cause and accountability (~90 more)."""
        return 24 + sum(16 + (90 if s.rule_block is not None else 0) for s in self.segments_in(part))

    def variables(self, part: Part, count: int) -> dict[str, Any]:
        blocks = [
            {
                "n": s.n,
                "heading": s.node is not None,
                "level": s.depth,
                "label": s.node.label if s.node else "",
                "text": self.segment_text(s),
            }
            for s in self.segments_in(part)
        ]
        return super().variables(part, count) | {"blocks": blocks}

    def note(self, answer: BaseModel, part: Part) -> None:
        assert isinstance(answer, OutlineBlocks)
        self.labels.update({item.n: item.kind for item in answer.blocks})
        self.answered.update(s.n for s in self.segments_in(part))

    # -- where a problem is ---

    def natural_start(self, segment: Segment) -> int:
        """Where the problem begins when the LLM gives no `start`: after the label and any lead-in."""
        if segment.rule_block is not None:
            return segment.rule_block.problem_start
        analysis = self.analysis
        start = segment.node.title_start if segment.node is not None else segment.start
        lead = LEAD_IN.match(analysis.outline.folded[start : segment.end])
        if lead:
            start += lead.end()
        while start < segment.end and analysis.text[start] in _TAIL_PUNCT:
            start += 1
        return start

    def problem_bounds(self, segment: Segment, item: Any) -> tuple[int, int] | str:
        """The problem's [start, end) inside its block, or why it cannot be found."""
        text = self.analysis.text
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

    # -- reading an answer ---

    def read(self, answer: BaseModel, part: Part) -> Reading:
        assert isinstance(answer, OutlineBlocks)
        analysis = self.analysis
        by_n = {s.n: s for s in self.segments_in(part)}
        labels = self.labels | {item.n: item.kind for item in answer.blocks}
        answered = self.answered | set(by_n)
        reading = Reading(part)
        kinds: dict[int, str] = {}
        issues: dict[int, list[tuple[tuple[int, int], Any]]] = {}
        seen: set[tuple[int, int]] = set()
        for item in answer.blocks:
            segment = by_n.get(item.n)
            if segment is None:
                reading.errors.append(f"block [{item.n}] is not one of the numbered blocks of this text")
                continue
            if kinds.setdefault(item.n, item.kind) != item.kind:
                reading.errors.append(f"block [{item.n}] is labelled both {kinds[item.n]} and {item.kind}")
                continue
            if item.kind != "issue":
                if item.kind == "group" and segment.node is None:
                    reading.errors.append(f"block [{item.n}] is a paragraph, not a heading, so it cannot be a group")
                    continue
                if segment.rule_block is not None:
                    rule = analysis.rule_at(segment.rule_block.problem_start, segment.rule_block.problem_end)
                    if rule is not None:
                        reading.verdicts[rule] = item.kind
                continue
            bounds = self.problem_bounds(segment, item)
            if isinstance(bounds, str) or bounds in seen:
                why = bounds if isinstance(bounds, str) else f"block [{item.n}] lists the same problem twice"
                reading.items.append(Item(None, None, dropped=why))
                continue
            seen.add(bounds)
            issues.setdefault(item.n, []).append((bounds, item))
        grounds = self.grounds(part)
        for n, found in issues.items():
            found.sort(key=lambda pair: pair[0][0])
            reading.items.extend(self._issues(by_n[n], found, part, labels, answered, grounds))
        reading.items.sort(key=lambda item: item.problem[0] if item.problem else -1)
        return reading

    def _issues(
        self,
        segment: Segment,
        found: list[tuple[tuple[int, int], Any]],
        part: Part,
        labels: dict[int, str],
        answered: set[int],
        grounds: Grounds,
    ) -> list[Item]:
        analysis, text = self.analysis, self.analysis.text
        by_node = {id(s.node): s for s in self.segments if s.node is not None}

        def is_group(node: Node) -> bool:
            owner = by_node.get(id(node))
            if owner is not None and owner.n in answered:
                return labels.get(owner.n) == "group"
            return id(node) in analysis.rule_group_nodes

        block_end = self._block_end(segment, labels, answered)
        items = []
        for j, ((start, end), item) in enumerate(found):
            own = segment.node is not None and start < segment.node.title_end
            above = [node for node in segment.chain() if node is not segment.node]
            groups = [node for node in above if is_group(node)]
            wrappers = analysis.rule_wrapper_nodes
            path = [node.label for node in above if node.label and (is_group(node) or id(node) in wrappers)]
            if own and segment.node is not None and segment.node.label:
                path.append(segment.node.label)
            first = j == 0 and (own or segment.node is None)
            span_start = segment.start if first else text.rfind("\n", 0, start) + 1
            span_end = found[j + 1][0][0] if j + 1 < len(found) else block_end
            while span_end > end and text[span_end - 1].isspace():
                span_end -= 1
            status_text, bad_status = status_phrase(text, item.status_text, segment.start, part.end)
            rect = self._rect_text(segment, (start, end), span_end)
            bad = {name: f"block [{item.n}]: {why}" for name, why in issue_problems(item, grounds).items()}
            bad.pop("status_text", None)
            if bad_status:
                bad["status_text"] = f"block [{item.n}]: {bad_status}"
            issue = Issue(
                id="0",
                path=path,
                category=analysis.heading_text(groups[0]) if groups else None,
                subcategory=analysis.heading_text(groups[1]) if len(groups) > 1 else None,
                problem=text[start:end],
                cause=item.cause,
                measures=split_rectification(rect, status_text)[1],
                status=item.status,
                status_text=status_text,
                accountability=item.accountability,
                documents=find_documents(rect),
                span=(span_start, max(span_end, end)),
            )
            items.append(Item(issue, (start, end), analysis.rule_at(start, end), bad_fields=bad))
        return items

    def _rect_text(self, segment: Segment, problem: tuple[int, int], span_end: int) -> str:
        """The rectification text after a problem: the rule block's pieces when the rules cut the
        same problem, else the rest of the block without a leading 的整改情况 key."""
        block, text = segment.rule_block, self.analysis.text
        if block is not None and (block.problem_start, block.problem_end) == problem and block.span_end == span_end:
            return "\n".join(text[s:e] for s, e in block.rect)
        return _RECT_LEAD.sub("", text[problem[1] : span_end], count=1)

    def _block_end(self, segment: Segment, labels: dict[int, str], answered: set[int]) -> int:
        """An issue's block runs over the unlabelled (or `other`) blocks nested under its heading,
        and stops at the next issue, group or sibling heading."""
        end = segment.end
        if segment.node is None:
            return end
        index = self.segments.index(segment)
        for later in self.segments[index + 1 :]:
            owner = later.node or later.parent
            nested = any(node is segment.node for node in owner.ancestors())
            if not nested or labels.get(later.n, "other") != "other" or later.n not in answered:
                break
            end = later.end
        return end
