"""One notice as the LLM path sees it: its outline, the rule result, numbered blocks and parts.

The rule segmenter runs first. Its outline gives the headings a long notice is split at, and the
numbered candidate blocks the `outline_blocks` prompts label; its issues are the cross-check and
the fallback for any part the LLM cannot deliver.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from extractor.models import Extraction
from extractor.segment import IssueBlock, Node, find_issue_blocks
from extractor.segment.outline import Outline

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_SPACES = " \t\r\u3000\xa0\u2002\u2003\u200b\ufeff"


def estimate_tokens(text: str) -> int:
    """A tokenizer-free estimate: one token per CJK character, about four ASCII characters per token."""
    cjk = len(_CJK.findall(text))
    return cjk + (len(text) - cjk + 3) // 4


def compact(text: str) -> str:
    """Text for a prompt: lines trimmed, blank lines dropped. Grounding folds whitespace, so quotes
    taken from the compacted text are still found in the original."""
    lines = (line.strip(_SPACES) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


@dataclass(slots=True)
class Segment:
    """One numbered candidate block: a heading with its own body, or an unnumbered paragraph run."""

    n: int
    start: int
    end: int
    node: Node | None
    """The heading this segment opens with; None for a paragraph run."""
    parent: Node
    """The heading the segment sits under (the outline root for the introduction)."""
    rule_block: IssueBlock | None
    """The rule issue block that starts where this segment starts, if any."""

    @property
    def depth(self) -> int:
        owner = self.node or self.parent
        return len(owner.ancestors())

    def chain(self) -> list[Node]:
        """Headings from the top down to this segment's own heading (or enclosing heading)."""
        owner = self.node or self.parent
        return owner.ancestors()


@dataclass(slots=True)
class Part:
    """A contiguous slice of the notice sent in one request."""

    index: int
    start: int
    end: int
    context: list[Node] = field(default_factory=list)
    """Headings above the slice that the slice does not contain (shown to the LLM, not numbered)."""


class Document:
    """The notice, its outline and the rule result, computed once and shared by every part."""

    def __init__(self, text: str, source: str | None = None) -> None:
        from extractor.rules import extract_text

        self.text = text
        self.source = source
        self.outline: Outline
        self.outline, self.blocks = find_issue_blocks(text)
        self.rules: Extraction = extract_text(text, source)
        assert len(self.rules.issues) == len(self.blocks)

    # --- outline ---------------------------------------------------------------------------

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
        ends = [root.end] + [p.end for p in root.body]
        return max(ends)

    def heading_line(self, node: Node) -> str:
        return self.text[node.start : node.title_end].strip()

    @cached_property
    def rule_group_nodes(self) -> set[int]:
        """ids of the headings the rules put in some issue's path as a group."""
        groups: set[int] = set()
        for block in self.blocks:
            for node in block.nodes[:-1] if block.labelled else block.nodes:
                groups.add(id(node))
        return groups

    # --- candidate blocks for outline prompts ------------------------------------------------

    @cached_property
    def segments(self) -> list[Segment]:
        """Numbered candidate blocks covering the findings region, in document order."""
        starts: dict[int, Node | None] = {}
        for node in self.nodes:
            starts[node.start] = node
        by_start = {}
        for block in self.blocks:
            by_start.setdefault(block.span_start, block)
            if not block.labelled:
                starts.setdefault(block.span_start, None)
        first = self.outline.root.body[0].start if self.outline.root.body else None
        if first is not None:
            starts.setdefault(first, None)
        positions = sorted(p for p in starts if p < self.findings_end)
        segments: list[Segment] = []
        for k, pos in enumerate(positions):
            end = positions[k + 1] if k + 1 < len(positions) else self.findings_end
            while end > pos and self.text[end - 1].isspace():
                end -= 1
            node = starts[pos]
            parent = node.parent if node is not None else self._enclosing(pos)
            segments.append(Segment(len(segments) + 1, pos, end, node, parent, by_start.get(pos)))
        return segments

    def _enclosing(self, pos: int) -> Node:
        """The deepest heading whose body holds `pos` (the root when none does)."""
        best = self.outline.root
        for node in self.nodes:
            if node.start <= pos < max(node.end, node.title_end + 1):
                best = node
        return best

    def segment_text(self, segment: Segment) -> str:
        return compact(self.text[segment.start : segment.end])

    # --- parts -------------------------------------------------------------------------------

    def _units(self) -> list[tuple[int, int, list[Node], Node | None]]:
        """Contiguous slices at top-level headings: (start, end, ancestors, heading)."""
        root = self.outline.root
        tops = root.children
        units: list[tuple[int, int, list[Node], Node | None]] = []
        if not tops:
            return [(0, len(self.text), [], None)]
        units.append((0, tops[0].start, [], None))
        for k, node in enumerate(tops):
            end = tops[k + 1].start if k + 1 < len(tops) else len(self.text)
            units.append((node.start, end, [], node))
        return [u for u in units if u[1] > u[0]]

    def _split_unit(self, unit: tuple[int, int, list[Node], Node | None]) -> list[tuple[int, int, list[Node], Node | None]]:
        """A unit cut before each child heading; the first piece keeps the unit's own heading lines."""
        start, end, context, node = unit
        if node is None or not node.children:
            return [unit]
        kids = node.children
        pieces = []
        for k, child in enumerate(kids):
            child_end = kids[k + 1].start if k + 1 < len(kids) else end
            pieces.append((start if k == 0 else child.start, child_end, context if k == 0 else child.ancestors()[:-1], child))
        return [p for p in pieces if p[1] > p[0]]

    def plan(self, budget: int, cost: Callable[[int, int], int]) -> list[Part]:
        """Parts under `budget` tokens, cut at top-level headings (deeper ones when a single
        top-level section is too big); the first part holds the introduction, the last the trailer."""
        units: list[tuple[int, int, list[Node], Node | None]] = []
        pending = self._units()
        while pending:
            unit = pending.pop(0)
            if cost(unit[0], unit[1]) > budget:
                pieces = self._split_unit(unit)
                if len(pieces) > 1:
                    pending[:0] = pieces
                    continue
            units.append(unit)
        parts: list[Part] = []
        current: list[tuple[int, int, list[Node], Node | None]] = []
        for unit in units:
            # A part closes when the next unit would overflow it, unless it is still tiny (an
            # introduction alone is not worth a request of its own).
            if current and cost(current[0][0], unit[1]) > budget and cost(current[0][0], current[-1][1]) * 4 > budget:
                parts.append(Part(len(parts), current[0][0], current[-1][1], list(current[0][2])))
                current = []
            current.append(unit)
        if current:
            parts.append(Part(len(parts), current[0][0], current[-1][1], list(current[0][2])))
        return parts

    def segments_in(self, part: Part) -> list[Segment]:
        return [s for s in self.segments if part.start <= s.start < part.end]

    def rule_issues_in(self, start: int, end: int) -> Iterator[int]:
        """Indexes of the rule issues whose block starts in [start, end)."""
        for k, block in enumerate(self.blocks):
            if start <= block.span_start < end:
                yield k
