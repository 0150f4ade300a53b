"""`whole_document`: the LLM reads the text of a part and returns the report and every issue.

Each issue's problem is a quote; code finds it in the part and takes the original characters and
offsets. Every other field is checked by `grounding`: a field that cannot be read from the notice
is reported by name, an issue whose problem is not in the part (or repeats one) is dropped.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from extractor.llm.grounding import Grounds, issue_problems, report_problems
from extractor.llm.parts import Part, compact, estimate_tokens, plan
from extractor.llm.schemas import WholeDocument
from extractor.llm.strategies.base import Item, Reading, Strategy, find_in, preview, status_phrase, trim_problem
from extractor.models import Issue
from extractor.vocab.headings import normalise_label


class WholeDocumentStrategy(Strategy):
    response_model = WholeDocument

    def parts(self) -> list[Part]:
        text = self.analysis.text
        return plan(self.analysis, self.part_tokens, lambda s, e: estimate_tokens(text[s:e]))

    def empty(self, part: Part) -> bool:
        return not self.analysis.text[part.start : part.end].strip()

    def expected_tokens(self, part: Part) -> int:
        """The report (~200 tokens in the first part, ~60 after) and, per block the rules find in the
        part, its text (problem, measures and documents are quoted from it) plus ~60 for the rest."""
        text = self.analysis.text
        blocks = [b for b in self.analysis.blocks if part.start <= b.span_start < part.end]
        found = sum(60 + estimate_tokens(text[b.span_start : b.span_end]) for b in blocks)
        return (200 if part.index == 0 else 60) + (found or estimate_tokens(text[part.start : part.end]) // 2)

    def variables(self, part: Part, count: int) -> dict[str, Any]:
        return super().variables(part, count) | {"text": compact(self.analysis.text[part.start : part.end])}

    def _spans(self, part: Part, problems: list[str]) -> list[tuple[int, int] | None]:
        """Each problem's [start, end) in the part, searched in order, then anywhere in the part."""
        text = self.analysis.text
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

    def read(self, answer: BaseModel, part: Part) -> Reading:
        assert isinstance(answer, WholeDocument)
        analysis, text = self.analysis, self.analysis.text
        grounds = self.grounds(part)
        reading = Reading(part)
        seen: set[tuple[int, int]] = set()
        for k, (extracted, span) in enumerate(
            zip(answer.issues, self._spans(part, [i.problem for i in answer.issues]))
        ):
            if span is None:
                reading.items.append(
                    Item(None, None, dropped=f"issues[{k}].problem is not in the notice: {preview(extracted.problem)}")
                )
                continue
            if span in seen:
                reading.items.append(
                    Item(None, span, dropped=f"issues[{k}] repeats an earlier issue: {preview(extracted.problem)}")
                )
                continue
            seen.add(span)
            data = extracted.model_dump()
            data["problem"] = text[span[0] : span[1]]
            data["status_text"], bad_status = status_phrase(text, extracted.status_text, span[0], part.end)
            data["path"] = [normalise_label(label) for label in extracted.path if label.strip()]
            bad = {name: f"issues[{k}].{why}" for name, why in issue_problems(extracted, grounds).items()}
            bad.pop("status_text", None)
            if bad_status:
                bad["status_text"] = f"issues[{k}].{bad_status}"
            reading.items.append(Item(Issue(id="0", **data), span, analysis.rule_at(*span), bad_fields=bad))
        if answer.report is not None:
            reading.report = answer.report.model_copy(deep=True)
            reading.report_bad = report_problems(answer.report, Grounds(text))
        return reading

    def finish(self, found: list[tuple[Issue, tuple[int, int]]]) -> None:
        """An issue's block: the rules block holding its problem when it holds no other issue, else
        from the problem's line to the next issue."""
        analysis, text = self.analysis, self.analysis.text
        holders: dict[int, list[int]] = {}
        for i, (_, (start, _end)) in enumerate(found):
            for k, block in enumerate(analysis.blocks):
                if block.span_start <= start < block.span_end:
                    holders.setdefault(k, []).append(i)
                    break
        own = {members[0]: k for k, members in holders.items() if len(members) == 1}
        for i, (issue, (start, end)) in enumerate(found):
            if issue.span is not None:
                continue
            if i in own:
                block = analysis.blocks[own[i]]
                issue.span = (block.span_start, block.span_end)
                continue
            line_start = text.rfind("\n", 0, start) + 1
            if i + 1 < len(found):
                following = found[i + 1][1][0]
                stop = text.rfind("\n", 0, following) + 1
                stop = stop if stop > start else following
            else:
                stop = analysis.findings_end
            while stop > start and text[stop - 1].isspace():
                stop -= 1
            issue.span = (line_start, max(stop, end))
