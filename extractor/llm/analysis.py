"""The LLM path's one contact with the rule-based backend.

Everything the LLM path needs from the rules passes through here: the outline and candidate blocks
(`find_issue_blocks`), the rules' own result (`rules.extract_text`), and the few text helpers the
strategies share with the rules (quote location, folding, numerals, documents and measures).
When the rules' internals change, only this module follows them; the LLM path never segments the
text itself and never asserts that the two views agree: a rules issue is paired with its block by
the span both carry, and a block without one is simply not a rules issue.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from extractor.check.grounding import locate
from extractor.fields.rectification import find_documents, split_rectification
from extractor.models import Extraction, Issue
from extractor.rules import extract_text as rules_extract_text
from extractor.rules import heading_text
from extractor.segment import IssueBlock, Node, find_issue_blocks
from extractor.segment.fold import fold
from extractor.segment.outline import Outline
from extractor.vocab.headings import LEAD_IN
from extractor.vocab.numerals import CN_DIGITS, to_int

__all__ = [
    "CN_DIGITS",
    "LEAD_IN",
    "Analysis",
    "IssueBlock",
    "Node",
    "Outline",
    "analyse",
    "find_documents",
    "fold",
    "heading_text",
    "locate",
    "split_rectification",
    "to_int",
]


@dataclass
class Analysis:
    """One notice as the rules read it: outline, candidate blocks and the rules' extraction."""

    text: str
    source: str | None
    outline: Outline
    blocks: list[IssueBlock]
    rules: Extraction
    rule_of_block: dict[int, int] = field(default_factory=dict)
    """Index of a block in `blocks` -> index of the rules issue read from it (by matching span)."""

    @cached_property
    def nodes(self) -> list[Node]:
        """Every heading in document order."""
        found: list[Node] = []

        def walk(node: Node) -> None:
            for child in node.children:
                found.append(child)
                walk(child)

        walk(self.outline.root)
        return found

    @cached_property
    def findings_end(self) -> int:
        """End of the last paragraph before the closing trailer (contacts, signature)."""
        root = self.outline.root
        return max([root.end] + [p.end for p in root.body])

    @cached_property
    def rule_group_nodes(self) -> set[int]:
        """ids of the headings the rules put in some issue's path as a group."""
        return {id(node) for block in self.blocks for node in block.groups}

    @cached_property
    def rule_wrapper_nodes(self) -> set[int]:
        """ids of the findings-section headings the rules keep in paths but take no category from."""
        return {id(node) for block in self.blocks for node in block.wrappers}

    def heading_line(self, node: Node) -> str:
        return self.text[node.start : node.title_end].strip()

    def heading_text(self, node: Node) -> str:
        return heading_text(self.outline, node)

    def rule_issue(self, k: int) -> Issue:
        """A deep copy of the rules' reading of issue k (callers may edit it)."""
        return self.rules.issues[k].model_copy(deep=True)

    def rule_problem(self, k: int) -> tuple[int, int]:
        """[start, end) of rules issue k's problem in the text."""
        issue = self.rules.issues[k]
        block = self._block_of_rule.get(k)
        if block is not None:
            return block.problem_start, block.problem_end
        found = locate(issue.problem, self.text, issue.span[0] if issue.span else 0)
        return found or (issue.span or (0, 0))

    @cached_property
    def _block_of_rule(self) -> dict[int, IssueBlock]:
        return {k: self.blocks[b] for b, k in self.rule_of_block.items()}

    def rules_in(self, start: int, end: int) -> list[int]:
        """Indexes of the rules issues whose block starts in [start, end)."""
        return [k for k, issue in enumerate(self.rules.issues) if issue.span and start <= issue.span[0] < end]

    def rule_at(self, start: int, end: int) -> int | None:
        """The rules issue a problem at text[start:end] belongs to: the one whose problem overlaps
        it most, else the one whose block holds its start."""
        best, best_common = None, 0
        for k in range(len(self.rules.issues)):
            a, b = self.rule_problem(k)
            common = min(b, end) - max(a, start)
            if common > best_common:
                best, best_common = k, common
        if best is not None:
            return best
        for k, issue in enumerate(self.rules.issues):
            if issue.span and issue.span[0] <= start < issue.span[1]:
                return k
        return None


def analyse(text: str, source: str | None = None) -> Analysis:
    """The rules' single reading of `text`, paired block to issue by span."""
    outline, blocks = find_issue_blocks(text)
    rules = rules_extract_text(text, source)
    by_span = {tuple(issue.span): k for k, issue in enumerate(rules.issues) if issue.span}
    pairs = {
        b: by_span[(block.span_start, block.span_end)]
        for b, block in enumerate(blocks)
        if (block.span_start, block.span_end) in by_span
    }
    return Analysis(text, source, outline, blocks, rules, pairs)
