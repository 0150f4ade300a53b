"""How a notice is put to the LLM: numbered candidate blocks and parts under a token budget.

Both are cut from the rules' analysis (`analysis.Analysis`): blocks start at the rules' headings and
issue blocks; parts end at top-level headings (deeper ones when one section is too big).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from extractor.llm.analysis import Analysis, IssueBlock, Node

_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_SPACES = " \t\r\u3000\xa0\u2002\u2003\u200b\ufeff"
Unit = tuple[int, int, list[Node], Node | None]


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
    parent: Node
    rule_block: IssueBlock | None
    """The rules' issue block that starts where this segment starts, if any."""

    @property
    def depth(self) -> int:
        return len((self.node or self.parent).ancestors())

    def chain(self) -> list[Node]:
        """Headings from the top down to this segment's own heading (or enclosing heading)."""
        return (self.node or self.parent).ancestors()


@dataclass(slots=True)
class Part:
    """A contiguous slice of the notice sent in one request."""

    index: int
    start: int
    end: int
    context: list[Node] = field(default_factory=list)
    """Headings above the slice that it does not contain (shown to the LLM, not numbered)."""


def segments(analysis: Analysis) -> list[Segment]:
    """Numbered candidate blocks covering the findings region, in document order."""
    text, end_of_findings = analysis.text, analysis.findings_end
    starts: dict[int, Node | None] = {node.start: node for node in analysis.nodes}
    by_start: dict[int, IssueBlock] = {}
    for block in analysis.blocks:
        by_start.setdefault(block.span_start, block)
        if not block.labelled:
            starts.setdefault(block.span_start, None)
    body = analysis.outline.root.body
    if body:
        starts.setdefault(body[0].start, None)
    positions = sorted(p for p in starts if p < end_of_findings)
    found: list[Segment] = []
    for k, pos in enumerate(positions):
        end = positions[k + 1] if k + 1 < len(positions) else end_of_findings
        while end > pos and text[end - 1].isspace():
            end -= 1
        node = starts[pos]
        parent = cast(Node, node.parent) if node is not None else _enclosing(analysis, pos)  # a heading's parent
        found.append(Segment(len(found) + 1, pos, end, node, parent, by_start.get(pos)))
    return found


def _enclosing(analysis: Analysis, pos: int) -> Node:
    """The deepest heading whose body holds `pos` (the root when none does)."""
    best = analysis.outline.root
    for node in analysis.nodes:
        if node.start <= pos < max(node.end, node.title_end + 1):
            best = node
    return best


def _units(analysis: Analysis) -> list[Unit]:
    """Contiguous slices at top-level headings: (start, end, ancestors, heading)."""
    size = len(analysis.text)
    tops = analysis.outline.root.children
    if not tops:
        return [(0, size, [], None)]
    units: list[Unit] = [(0, tops[0].start, [], None)]
    for k, node in enumerate(tops):
        units.append((node.start, tops[k + 1].start if k + 1 < len(tops) else size, [], node))
    return [u for u in units if u[1] > u[0]]


def _split(unit: Unit) -> list[Unit]:
    """A unit cut before each child heading; the first piece keeps the unit's own heading lines."""
    start, end, context, node = unit
    if node is None or not node.children:
        return [unit]
    kids = node.children
    pieces: list[Unit] = []
    for k, child in enumerate(kids):
        child_end = kids[k + 1].start if k + 1 < len(kids) else end
        pieces.append(
            (start if k == 0 else child.start, child_end, context if k == 0 else child.ancestors()[:-1], child)
        )
    return [p for p in pieces if p[1] > p[0]]


def plan(analysis: Analysis, budget: int, cost: Callable[[int, int], int]) -> list[Part]:
    """Parts under `budget` tokens; the first holds the introduction, the last the trailer."""
    units: list[Unit] = []
    pending = _units(analysis)
    while pending:
        unit = pending.pop(0)
        if cost(unit[0], unit[1]) > budget:
            pieces = _split(unit)
            if len(pieces) > 1:
                pending[:0] = pieces
                continue
        units.append(unit)
    parts: list[Part] = []
    current: list[Unit] = []
    for unit in units:
        # A part closes when the next unit would overflow it, unless it is still tiny.
        if current and cost(current[0][0], unit[1]) > budget and cost(current[0][0], current[-1][1]) * 4 > budget:
            parts.append(Part(len(parts), current[0][0], current[-1][1], list(current[0][2])))
            current = []
        current.append(unit)
    if current:
        parts.append(Part(len(parts), current[0][0], current[-1][1], list(current[0][2])))
    return parts
