"""What every strategy gives the reconciliation: a `Reading` of one part's answer.

A strategy asks in its own shape (`variables`) and reads the answer back into full `Issue` records,
each with the problem's place in the text, the rules issue it pairs with, and what is wrong with it:
a whole item that cannot stand (`dropped`) or single fields that are not readable from the notice
(`bad_fields`). The same reading gives instructor its re-ask message (`Reading.problems`) and the
reconciliation its decisions, so what is checked and what is kept cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from extractor.llm.analysis import Analysis, locate
from extractor.llm.grounding import Grounds
from extractor.llm.parts import Part
from extractor.models import Issue, Report

_TAIL_PUNCT = " \t\n\u3000\xa0。；;，,、：:.!！?？"
_TAIL_WORDS = ("问题的整改情况", "的整改情况", "整改情况", "问题的整改")
_PREVIEW = 40


@dataclass
class Item:
    """One issue of an answer, read against the notice."""

    issue: Issue | None
    problem: tuple[int, int] | None
    rule: int | None = None
    """The rules issue this item pairs with (its fields are the fallback of bad ones)."""
    dropped: str | None = None
    bad_fields: dict[str, str] = field(default_factory=dict)


@dataclass
class Reading:
    """One part's answer as the reconciliation sees it."""

    part: Part
    items: list[Item] = field(default_factory=list)
    verdicts: dict[int, str] = field(default_factory=dict)
    """rules issue index -> the LLM's explicit verdict that its block is no issue ("group", "other")."""
    report: Report | None = None
    report_bad: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    """Problems with the answer as a whole (labels that do not fit the blocks)."""

    @property
    def problems(self) -> list[str]:
        """Everything wrong with the answer, as instructor sends it back to the model."""
        found = list(self.errors)
        for item in self.items:
            if item.dropped:
                found.append(item.dropped)
            found.extend(item.bad_fields.values())
        return found + list(self.report_bad.values())

    @property
    def kept(self) -> list[Item]:
        return [item for item in self.items if item.dropped is None and item.issue is not None]


def preview(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= _PREVIEW else text[: _PREVIEW - 1] + "…")


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


def find_in(quote: str | None, text: str, lo: int, hi: int, start: int | None = None) -> tuple[int, int] | None:
    """`locate` restricted to text[lo:hi], searching from `start`; original offsets."""
    if not quote or not quote.strip():
        return None
    begin = lo if start is None else max(lo, start)
    found = locate(quote, text[lo:hi], begin - lo)
    return (found[0] + lo, found[1] + lo) if found else None


def status_phrase(text: str, phrase: str | None, lo: int, hi: int) -> tuple[str | None, str | None]:
    """(the phrase as written in text[lo:hi], why it is not there)."""
    if not phrase:
        return None, None
    found = find_in(phrase, text, lo, hi)
    if found is None:
        return None, f"status_text {preview(phrase)} is not in the notice after its problem"
    return text[found[0] : found[1]], None


class Strategy:
    """Parts, template variables and the reading of answers for one response model."""

    response_model: type[BaseModel]

    def __init__(self, analysis: Analysis, part_tokens: int) -> None:
        self.analysis = analysis
        self.part_tokens = part_tokens

    def parts(self) -> list[Part]:
        raise NotImplementedError

    def empty(self, part: Part) -> bool:
        """True when the part holds nothing to ask about (no request is sent for it)."""
        raise NotImplementedError

    def variables(self, part: Part, count: int) -> dict[str, Any]:
        return {
            "part": {"number": part.index + 1, "count": count},
            "context": [self.analysis.heading_line(node) for node in part.context],
            "source": self.analysis.source,
        }

    def expected_tokens(self, part: Part) -> int:
        """The output tokens a full answer for `part` should take (`budget` adds the headroom)."""
        raise NotImplementedError

    def grounds(self, part: Part) -> Grounds:
        """What an issue's fields are checked against: the part and the headings shown above it."""
        context = "\n".join(self.analysis.heading_line(node) for node in part.context)
        return Grounds(context + "\n" + self.analysis.text[part.start : part.end])

    def note(self, answer: BaseModel, part: Part) -> None:
        """Remember what a delivered answer says about the whole document (block labels), before
        any part is read for the output."""

    def read(self, answer: BaseModel, part: Part) -> Reading:
        raise NotImplementedError

    def finish(self, found: list[tuple[Issue, tuple[int, int]]]) -> None:
        """Give each issue without a span one, once the whole document's issues are known."""
