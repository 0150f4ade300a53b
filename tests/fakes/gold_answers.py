"""Answers a perfect LLM would give, built from the hand labels in gold/, for the fake endpoint.

`gold_responder(text, gold)` answers both prompt shapes for one notice and any part of it: it reads
which part (whole_document) or which numbered blocks (outline_blocks) the request holds, and
answers with the gold issues found there. `gold_router()` answers for every gold notice at once,
finding which notice a request's text comes from (for several notices extracted concurrently).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from extractor.check.grounding import _squeeze, locate
from extractor.llm.analysis import analyse
from extractor.llm.parts import Segment, compact, segments
from extractor.models import Extraction
from extractor.rules import heading_text
from fakes.openai_server import Reply

GOLD = Path(__file__).resolve().parents[2] / "gold"
_BLOCK = re.compile(r"^\[(\d+)\] ", re.M)
_PART_TEXT = re.compile(r"<<<\n(.*)\n>>>", re.S)
_PART_NUMBER = re.compile(r"第 (\d+) 部分")
ISSUE_FIELDS = ("path", "category", "subcategory", "problem", "cause", "status", "status_text", "accountability")


class Document:
    """The numbered blocks of a notice as the outline_blocks prompt shows them (for building answers)."""

    def __init__(self, text: str) -> None:
        self.analysis = analyse(text)
        self.text = text
        self.outline = self.analysis.outline
        self.segments = segments(self.analysis)


def gold_stems() -> list[str]:
    return sorted(p.stem for p in (GOLD / "docs").glob("*.txt"))


def load_gold(stem: str) -> tuple[str, Extraction]:
    text = (GOLD / "docs" / f"{stem}.txt").read_text(encoding="utf-8")
    return text, Extraction.model_validate_json((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def issue_view(extraction: Extraction) -> list[dict[str, Any]]:
    """The labelled issue fields, for comparing an extraction with gold."""
    return [issue.model_dump(mode="json", include=set(ISSUE_FIELDS)) for issue in extraction.issues]


def _problem_spans(text: str, gold: Extraction) -> list[tuple[int, int]]:
    spans, cursor = [], 0
    for issue in gold.issues:
        found = locate(issue.problem, text, cursor) or locate(issue.problem, text)
        assert found, f"gold problem not in text: {issue.problem[:30]}"
        spans.append(found)
        cursor = found[0] + 1
    return spans


def whole_document_answer(
    text: str, gold: Extraction, part_text: str | None = None, *, verbose: bool = False
) -> dict[str, Any]:
    """The gold report and the gold issues whose problem lies in `part_text` (all when None).

    Gold leaves measures and documents unlabelled; `verbose` fills them from the rule result, as a
    real model asked for every field would, so output token counts are realistic."""
    extra = _rule_fields(text) if verbose else {}
    squeezed_part = _squeeze(part_text)[0] if part_text is not None else ""
    issues = []
    for issue in gold.issues:
        if part_text is not None and not _quoted_in(issue.problem, part_text, squeezed_part):
            continue
        data = issue.model_dump(mode="json", exclude={"id", "span"})
        data.update(extra.get(issue.problem, {}))
        issues.append(data)
    return {"report": gold.report.model_dump(mode="json"), "issues": issues}


def _quoted_in(quote: str, text: str, squeezed_text: str) -> bool:
    """`locate(quote, text) is not None`, with `text` folded once per request instead of once per quote."""
    quote = quote.strip()
    if not quote:
        return False
    if quote in text:
        return True
    squeezed_quote = _squeeze(quote)[0]
    return bool(squeezed_quote) and squeezed_quote in squeezed_text


@lru_cache(maxsize=32)
def _rule_fields(text: str) -> dict[str, dict[str, Any]]:
    """problem -> the rule result's measures and documents (computed once per notice)."""
    from extractor.rules import extract_text

    return {
        issue.problem: {"measures": issue.measures, "documents": issue.documents} for issue in extract_text(text).issues
    }


def _segment_at(doc: Document, pos: int) -> Segment:
    return [s for s in doc.segments if s.start <= pos][-1]


def _end_quote(text: str, start: int, end: int) -> str:
    """The shortest tail (6+ characters) of text[start:end] that first occurs exactly at its place."""
    for size in range(6, end - start + 1):
        tail = text[end - size : end]
        if text.find(tail, start) == end - size:
            return tail
    return text[start:end]


def outline_answer(doc: Document, gold: Extraction, numbers: set[int] | None = None) -> dict[str, Any]:
    """Block labels for the gold issues, the group headings above them and `other` for the rest."""
    text = doc.text
    labels: dict[int, list[dict[str, Any]]] = {}
    groups: set[int] = set()
    by_node = {id(s.node): s for s in doc.segments if s.node is not None}
    for issue, (start, end) in zip(gold.issues, _problem_spans(text, gold)):
        segment = _segment_at(doc, start)
        own = segment.node is not None and start < segment.node.title_end
        group_labels = list(issue.path[:-1] if own else issue.path)
        names = {issue.category, issue.subcategory} - {None}
        for node in segment.chain():
            if node is segment.node:
                continue
            if (node.label and node.label in group_labels) or (
                not node.label and heading_text(doc.outline, node) in names
            ):
                groups.add(by_node[id(node)].n)
        item: dict[str, Any] = {"n": segment.n, "kind": "issue", "end": _end_quote(text, start, end)}
        after_label = segment.node.title_start if segment.node is not None else segment.start
        if start != after_label:
            item["start"] = text[start : start + 8]
        item |= issue.model_dump(mode="json", include={"status", "status_text", "cause", "accountability"})
        labels.setdefault(segment.n, []).append(item)
    blocks = [{"n": n, "kind": "group"} for n in groups] + [item for items in labels.values() for item in items]
    blocks += [{"n": s.n, "kind": "other"} for s in doc.segments if s.n not in groups and s.n not in labels]
    blocks = [b for b in blocks if numbers is None or b["n"] in numbers]
    blocks.sort(key=lambda b: (b["n"], b["kind"] != "group"))
    return {"blocks": blocks}


def user_text(body: dict[str, Any]) -> str:
    return "\n".join(str(m.get("content") or "") for m in body.get("messages", []) if m.get("role") == "user")


def requested_blocks(body: dict[str, Any]) -> set[int]:
    return {int(n) for n in _BLOCK.findall(user_text(body))}


def requested_text(body: dict[str, Any]) -> str | None:
    found = _PART_TEXT.search(user_text(body))
    return found.group(1) if found else None


def gold_responder(text: str, gold: Extraction, *, verbose: bool = False):
    """A responder answering whichever prompt shape and part the request holds, from gold."""
    doc = Document(text)

    def respond(body: dict[str, Any]) -> Reply:
        part_text = requested_text(body)
        if part_text is not None:
            answer = whole_document_answer(text, gold, part_text, verbose=verbose)
            number = _PART_NUMBER.search(user_text(body))
            if number and number.group(1) != "1":
                answer["report"] = None  # the notice's facts are stated in its opening part
            return Reply(data=answer)
        return Reply(data=outline_answer(doc, gold, requested_blocks(body)))

    return respond


def dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


_BLOCK_HEAD = re.compile(r"^\[\d+\] （(?:\d+级标题|段落)）$")


def _content_lines(text: str) -> list[str]:
    return [line for line in compact(text).split("\n") if not _BLOCK_HEAD.match(line)]


class gold_router:  # noqa: N801 - used like the function gold_responder
    """A responder for several gold notices at once: each request is answered by the notice that
    holds most of the lines of its text (the numbered blocks, or the part between <<< and >>>)."""

    def __init__(self, stems: list[str] | None = None, *, verbose: bool = False) -> None:
        self.notices = []
        for stem in stems or gold_stems():
            text, gold = load_gold(stem)
            self.notices.append((stem, set(_content_lines(text)), gold_responder(text, gold, verbose=verbose)))
            if verbose:
                _rule_fields(text)  # computed now, not while answering

    def which(self, body: dict[str, Any]) -> str | None:
        """The stem of the gold notice the request's text comes from (None: none of them)."""
        lines = _content_lines(requested_text(body) or user_text(body))
        score, stem = max(
            ((sum(line in known for line in lines), stem) for stem, known, _ in self.notices), key=lambda pair: pair[0]
        )
        return stem if score else None

    def __call__(self, body: dict[str, Any]) -> Reply:
        stem = self.which(body)
        if stem is None:
            return Reply(status=500, error="fake server: the request matches no gold notice")
        return next(answer for name, _, answer in self.notices if name == stem)(body)
