"""The one place that decides what an LLM extraction keeps.

Per part:
- the LLM could not deliver it (endpoint failure, unreadable answer), or its answer is degenerate
  (no issue kept, or under half of both the rules' issues there and the notice's declared count
  for it): the rules' reading fills the part;
- otherwise each LLM item whose problem is grounded is kept, with every field that is not readable
  from the notice replaced by the rules' value for the same block (or left empty);
- every block the rules read as an issue and no kept LLM item covers keeps the rules' reading,
  unless the LLM gave an explicit verdict on it (a group heading, not a finding).
The report: the LLM's grounded fields (first part stating one wins); a field that fails its check,
or a report no part delivered, is the rules'. `meta` records the LLM items kept, the rules
fallbacks (parts and items), the disagreements and every dropped item or field with its reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from extractor.llm.analysis import Analysis, fold
from extractor.llm.parts import Part
from extractor.llm.strategies import Item, Reading, Strategy
from extractor.models import Issue, Report

_DEFAULTS: dict[str, Any] = {
    name: info.get_default(call_default_factory=True)
    for name, info in Issue.model_fields.items()
    if name not in ("id", "problem")
}


@dataclass
class PartOutcome:
    """What the LLM delivered for one part."""

    part: Part
    answer: BaseModel | None = None
    failure: str | None = None
    """Why the LLM could not deliver this part (None when it did, or when nothing was asked)."""
    cached: bool = False
    clean: bool = False
    """The answer passed every check as it came (only such answers are cached)."""


@dataclass
class Reconciled:
    report: Report
    issues: list[Issue]
    warnings: list[str] = field(default_factory=list)
    record: dict[str, Any] = field(default_factory=dict)
    degenerate: set[int] = field(default_factory=set)
    """Indexes of parts whose answer was degenerate (never cached)."""


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def degenerate(kept: int, rules: int, declared: float | None) -> str | None:
    """Why an answer keeping `kept` issues where the rules find `rules` is no answer, if it is not."""
    if rules == 0:
        return None
    if kept == 0:
        return f"degenerate answer: no issue kept where the rules find {rules}"
    if kept * 2 < rules and (declared is None or kept * 2 < declared):
        stated = f" and the notice declares about {declared:g}" if declared is not None else ""
        return f"degenerate answer: {kept} issues kept where the rules find {rules}{stated}"
    return None


class _Reconciler:
    def __init__(self, analysis: Analysis, strategy: Strategy, count: int) -> None:
        self.analysis, self.strategy, self.count = analysis, strategy, count
        self.found: list[tuple[Issue, tuple[int, int]]] = []
        self.warnings: list[str] = []
        self.fallback_parts: list[dict[str, Any]] = []
        self.fallback_items: list[dict[str, Any]] = []
        self.disagreements: list[dict[str, Any]] = []
        self.dropped: list[dict[str, Any]] = []
        self.llm_items = 0
        self.degenerate: set[int] = set()

    def rules_part(self, part: Part, reason: str) -> None:
        here = self.analysis.rules_in(part.start, part.end)
        self.fallback_parts.append(
            {"part": part.index + 1, "range": [part.start, part.end], "reason": reason, "items": len(here)}
        )
        self.warnings.append(f"part {part.index + 1} of {self.count} used the rule-based result: {reason}")
        for k in here:
            self.found.append((self.analysis.rule_issue(k), self.analysis.rule_problem(k)))

    def _covers(self, item: Item, k: int) -> bool:
        assert item.problem is not None
        start, end = item.problem
        a, b = self.analysis.rule_problem(k)
        span = self.analysis.rules.issues[k].span
        return (min(b, end) > max(a, start)) or bool(span and span[0] <= start < span[1])

    def _keep(self, item: Item, part: Part) -> Issue:
        assert item.issue is not None
        issue = item.issue.model_copy(deep=True)
        rules = self.analysis.rules.issues[item.rule] if item.rule is not None else None
        for name, why in item.bad_fields.items():
            names = ("status", "status_text") if name == "status_text" else (name,)
            for each in names:
                value = getattr(rules, each) if rules is not None else _DEFAULTS[each]
                setattr(issue, each, value.copy() if isinstance(value, list) else value)
            kept = "the rules' value" if rules is not None else "no value"
            self.dropped.append(
                {"part": part.index + 1, "field": name, "problem": _short(issue.problem), "reason": why}
            )
            self.warnings.append(f"part {part.index + 1}: dropped an LLM field ({why}); kept {kept}")
        return issue

    def llm_part(self, part: Part, reading: Reading, declared: int | None) -> None:
        analysis = self.analysis
        here = analysis.rules_in(part.start, part.end)
        total = len(analysis.rules.issues)
        share = declared * len(here) / total if declared and total else None
        for item in reading.items:
            if item.dropped:
                self.dropped.append({"part": part.index + 1, "item": True, "reason": item.dropped})
                self.warnings.append(f"part {part.index + 1}: dropped an LLM item: {item.dropped}")
        for error in reading.errors:
            self.dropped.append({"part": part.index + 1, "item": True, "reason": error})
        kept = reading.kept
        why = degenerate(len(kept), len(here), share)
        if why:
            self.degenerate.add(part.index)
            for item in kept:
                assert item.issue is not None
                self.dropped.append(
                    {"part": part.index + 1, "item": True, "reason": f"{why}: {_short(item.issue.problem)}"}
                )
            self.rules_part(part, why)
            return
        covered: set[int] = set()
        for item in kept:
            issue = self._keep(item, part)
            mine = {k for k in here if self._covers(item, k)} | ({item.rule} if item.rule is not None else set())
            if not mine:
                self.disagreements.append({"problem": _short(issue.problem), "llm": "issue", "rules": "none"})
            covered |= mine
            self.found.append((issue, item.problem))  # type: ignore[arg-type]
            self.llm_items += 1
        for k in here:
            if k in covered:
                continue
            problem = _short(analysis.rules.issues[k].problem)
            verdict = reading.verdicts.get(k)
            if verdict is not None:
                self.disagreements.append({"problem": problem, "llm": verdict, "rules": "issue"})
                continue
            reason = (
                "the LLM's item for this block was dropped"
                if any(i.dropped for i in reading.items)
                else "the LLM gave no verdict on this block"
            )
            self.disagreements.append({"problem": problem, "llm": "none", "rules": "issue"})
            self.fallback_items.append({"part": part.index + 1, "problem": problem, "reason": reason})
            self.warnings.append(f"part {part.index + 1}: kept the rules' reading of {problem!r}: {reason}")
            self.found.append((analysis.rule_issue(k), analysis.rule_problem(k)))


def _report(
    rules: Report, delivered: list[tuple[Report, dict[str, str]]], warnings: list[str], dropped: list[dict[str, Any]]
) -> Report:
    """Field by field: the first part's grounded value; a failing field or no report is the rules'."""
    if not delivered:
        return rules.model_copy(deep=True)
    merged: dict[str, Any] = {}
    failed: set[str] = set()
    for _report, bad in delivered:
        for name, why in bad.items():
            dropped.append({"part": None, "field": f"report.{name}", "reason": why})
            warnings.append(f"dropped an LLM report field ({why}); kept the rules' value")
            failed.add(name)
    for name in Report.model_fields:
        if name == "contacts":
            continue
        values = [getattr(r, name) for r, bad in delivered if name not in bad and getattr(r, name) is not None]
        merged[name] = values[0] if values else (getattr(rules, name) if name in failed else None)
    if merged.get("inspection_kind"):
        merged["inspection_kind"] = fold(merged["inspection_kind"])  # (a vocabulary value: a reprint's 審計 is 审计)
    contacts = delivered[0][0].contacts.model_copy(deep=True)
    for key in ("phones", "emails", "address", "postcode"):
        if f"contacts.{key}" in delivered[0][1]:
            setattr(contacts, key, getattr(rules.contacts, key))
    for report, bad in delivered[1:]:
        for key in ("phones", "emails"):
            if f"contacts.{key}" not in bad:
                values = getattr(contacts, key)
                values.extend(v for v in getattr(report.contacts, key) if v not in values)
        for key in ("address", "postcode"):
            if getattr(contacts, key) is None and f"contacts.{key}" not in bad:
                setattr(contacts, key, getattr(report.contacts, key))
    return Report(contacts=contacts, **merged)


def reconcile(analysis: Analysis, strategy: Strategy, outcomes: list[PartOutcome]) -> Reconciled:
    """The output of one extraction from what each part delivered (see the module docstring)."""
    for outcome in outcomes:
        if outcome.answer is not None:
            strategy.note(outcome.answer, outcome.part)
    work = _Reconciler(analysis, strategy, len(outcomes))
    declared = analysis.rules.report.declared_issue_count
    delivered: list[tuple[Report, dict[str, str]]] = []
    for outcome in outcomes:
        if outcome.answer is None:
            if outcome.failure:
                work.rules_part(outcome.part, outcome.failure)
            else:  # nothing to ask in this part: whatever the rules found there stands
                work.found += [
                    (analysis.rule_issue(k), analysis.rule_problem(k))
                    for k in analysis.rules_in(outcome.part.start, outcome.part.end)
                ]
            continue
        reading = strategy.read(outcome.answer, outcome.part)
        work.llm_part(outcome.part, reading, declared)
        if reading.report is not None and outcome.part.index not in work.degenerate:
            delivered.append((reading.report, reading.report_bad))
    work.found.sort(key=lambda pair: pair[1][0])
    strategy.finish(work.found)
    issues = [issue for issue, _ in work.found]
    for number, issue in enumerate(issues, 1):
        issue.id = str(number)
    report = _report(analysis.rules.report, delivered, work.warnings, work.dropped)
    record = {
        "llm_items": work.llm_items,
        "rules_items": len(issues) - work.llm_items,
        "fallbacks": len(work.fallback_parts),
        "fallback_parts": work.fallback_parts,
        "fallback_items": work.fallback_items,
        "disagreements": work.disagreements,
        "dropped": work.dropped,
    }
    return Reconciled(report, issues, work.warnings, record, work.degenerate)
