"""Metrics for one system over the gold set, computed from per-document sufficient statistics.

Conventions
-----------
* Precision/recall/F1 (`prf`): a zero denominator gives 0.0 (an empty prediction has P = 0,
  not 1); when there is nothing at all to score (tp = fp = fn = 0) all three are None.
* Issue P/R/F1 are micro-averaged: tp/fp/fn pooled over all documents.
* Status accuracy, status macro-F1, category accuracy, path accuracy, problem and cause
  similarity are computed over matched issue pairs only. Status macro-F1 averages the per-label
  F1 over the labels that occur in gold or prediction among those pairs.
* Accountability P/R/F1 compare sets of normalised (person, action) pairs per matched issue;
  pairs on hallucinated issues are false positives, pairs on missed gold issues false negatives.
* Report fields: a scalar field is one unit per document (correct or not; both null is
  correct). contacts.phones and contacts.emails are compared as sets: each distinct item of
  gold ∪ prediction is one unit, correct when on both sides; two empty sets are one correct
  unit. Micro = correct units / units pooled over all documents and fields; macro = mean over
  documents of the per-document accuracy; field_mean = mean of the per-field accuracies.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from statistics import fmean
from typing import Any

from eval.align import similarity
from eval.normalize import norm_category, norm_email, norm_phone, norm_text
from eval.runner import DocEval
from eval.systems import USAGE_KEYS, usage_from_meta
from extractor.models import STATUSES, Issue, Report

REPORT_FIELDS = (
    "title",
    "issuer",
    "inspected_unit",
    "inspection_team",
    "inspection_kind",
    "inspection_start",
    "inspection_end",
    "feedback_date",
    "publish_date",
    "declared_issue_count",
    "declared_status_counts",
    "lead_official",
    "contacts.phones",
    "contacts.emails",
    "contacts.postcode",
    "contacts.address",
)
_STRING_FIELDS = frozenset(
    {"title", "issuer", "inspected_unit", "inspection_team", "inspection_kind", "lead_official", "contacts.address"}
)
_SET_FIELDS = {"contacts.phones": norm_phone, "contacts.emails": norm_email}
CONTAINMENT_RATIO = 0.6


def prf(tp: int, fp: int, fn: int) -> tuple[float | None, float | None, float | None]:
    if tp + fp + fn == 0:
        return None, None, None
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _mean(values: Sequence[float]) -> float | None:
    return fmean(values) if values else None


def status_macro_f1(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Mean per-label F1 over the labels present in gold or prediction of (gold, pred) pairs."""
    if not pairs:
        return None
    scores = []
    for label in STATUSES:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        if tp + fp + fn:
            scores.append(prf(tp, fp, fn)[2])
    return fmean(scores)


# --- report fields --------------------------------------------------------------------------


def strings_match(gold: str | None, pred: str | None) -> bool:
    """Normalised equal, or one contains the other and the shorter is >= 60% of the longer."""
    g, p = norm_text(gold), norm_text(pred)
    if not g and not p:
        return True
    if not g or not p:
        return False
    if g == p:
        return True
    short, long = sorted((g, p), key=len)
    return short in long and len(short) >= CONTAINMENT_RATIO * len(long)


def _field(report: Report, name: str) -> Any:
    obj: Any = report
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def field_units(name: str, gold: Report, pred: Report) -> tuple[int, int]:
    """(correct units, units) for one report field of one document."""
    g, p = _field(gold, name), _field(pred, name)
    if name in _SET_FIELDS:
        norm = _SET_FIELDS[name]
        gs = {norm(x) for x in g} - {""}
        ps = {norm(x) for x in p} - {""}
        if not gs and not ps:
            return 1, 1
        return len(gs & ps), len(gs | ps)
    if name in _STRING_FIELDS:
        return int(strings_match(g, p)), 1
    if name == "contacts.postcode":
        return int(norm_phone(g) == norm_phone(p)), 1
    return int(g == p), 1


# --- per-document statistics ----------------------------------------------------------------


def _acct(issue: Issue) -> set[tuple[str, str]]:
    return {(norm_text(a.person), norm_text(a.action)) for a in issue.accountability}


@dataclass
class DocStats:
    """Sufficient statistics of one document; metrics pool these."""

    stem: str
    n_gold: int
    n_pred: int
    tp: int
    fp: int
    fn: int
    similarities: list[float] = field(default_factory=list)
    status_pairs: list[tuple[str, str]] = field(default_factory=list)
    category_correct: int = 0
    path_correct: int = 0
    acct_tp: int = 0
    acct_fp: int = 0
    acct_fn: int = 0
    cause_similarities: list[float] = field(default_factory=list)
    report_units: dict[str, tuple[int, int]] = field(default_factory=dict)
    seconds: float = 0.0
    error: str | None = None
    usage: dict[str, int] = field(default_factory=dict)

    @property
    def report_accuracy(self) -> float:
        correct = sum(c for c, _ in self.report_units.values())
        total = sum(t for _, t in self.report_units.values())
        return correct / total if total else 0.0


def doc_stats(d: DocEval) -> DocStats:
    gold_issues, pred_issues = d.gold.issues, d.pred.issues
    a = d.alignment
    s = DocStats(
        stem=d.stem,
        n_gold=len(gold_issues),
        n_pred=len(pred_issues),
        tp=len(a.pairs),
        fp=len(a.hallucinated),
        fn=len(a.missed),
        seconds=d.seconds,
        error=d.error,
        usage=usage_from_meta(d.pred.meta),
    )
    for gi, pi, sim in a.pairs:
        g, p = gold_issues[gi], pred_issues[pi]
        s.similarities.append(sim)
        s.status_pairs.append((g.status, p.status))
        s.category_correct += norm_category(g.category) == norm_category(p.category)
        s.path_correct += list(g.path) == list(p.path)
        gset, pset = _acct(g), _acct(p)
        s.acct_tp += len(gset & pset)
        s.acct_fp += len(pset - gset)
        s.acct_fn += len(gset - pset)
        if g.cause and g.cause.strip():
            s.cause_similarities.append(similarity(g.cause, p.cause or ""))
    for gi in a.missed:
        s.acct_fn += len(_acct(gold_issues[gi]))
    for pi in a.hallucinated:
        s.acct_fp += len(_acct(pred_issues[pi]))
    unlabelled = set(d.gold.meta.get("unlabelled", ()))  # (fields the gold file does not label are not scored)
    s.report_units = {
        name: field_units(name, d.gold.report, d.pred.report) for name in REPORT_FIELDS if name not in unlabelled
    }
    return s


# --- aggregation ----------------------------------------------------------------------------


def report_field_scores(stats: Sequence[DocStats]) -> dict[str, Any]:
    per_field = {}
    for name in REPORT_FIELDS:
        correct = sum(s.report_units.get(name, (0, 0))[0] for s in stats)
        total = sum(s.report_units.get(name, (0, 0))[1] for s in stats)
        per_field[name] = correct / total if total else None
    correct = sum(c for s in stats for c, _ in s.report_units.values())
    total = sum(t for s in stats for _, t in s.report_units.values())
    field_values = [v for v in per_field.values() if v is not None]
    return {
        "micro": correct / total if total else None,
        "macro": _mean([s.report_accuracy for s in stats]),
        "field_mean": _mean(field_values),
        "per_field": per_field,
    }


def _confusion(pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, int]]:
    counts = Counter(pairs)
    return {
        g: {p: counts[(g, p)] for p in STATUSES if counts[(g, p)]}
        for g in STATUSES
        if any(counts[(g, p)] for p in STATUSES)
    }


def summarize(stats: Sequence[DocStats]) -> dict[str, Any]:
    """All metrics of one system (JSON-serialisable)."""
    tp, fp, fn = (sum(getattr(s, k) for s in stats) for k in ("tp", "fp", "fn"))
    p, r, f = prf(tp, fp, fn)
    sims = [x for s in stats for x in s.similarities]
    status_pairs = [x for s in stats for x in s.status_pairs]
    atp, afp, afn = (sum(getattr(s, k) for s in stats) for k in ("acct_tp", "acct_fp", "acct_fn"))
    ap, ar, af = prf(atp, afp, afn)
    causes = [x for s in stats for x in s.cause_similarities]
    seconds = sum(s.seconds for s in stats)
    usage: dict[str, int] = {}
    for key in USAGE_KEYS:
        values = [s.usage[key] for s in stats if key in s.usage]
        if values:
            usage[key] = sum(values)
    return {
        "issues": {
            "gold": sum(s.n_gold for s in stats),
            "predicted": sum(s.n_pred for s in stats),
            "matched": tp,
            "missed": fn,
            "hallucinated": fp,
            "precision": p,
            "recall": r,
            "f1": f,
        },
        "problem_similarity": _mean(sims),
        "status": {
            "accuracy": (sum(g == q for g, q in status_pairs) / len(status_pairs)) if status_pairs else None,
            "macro_f1": status_macro_f1(status_pairs),
            "confusion": _confusion(status_pairs),
        },
        "category_accuracy": (sum(s.category_correct for s in stats) / tp) if tp else None,
        "path_accuracy": (sum(s.path_correct for s in stats) / tp) if tp else None,
        "accountability": {"tp": atp, "fp": afp, "fn": afn, "precision": ap, "recall": ar, "f1": af},
        "cause_similarity": _mean(causes),
        "cause_pairs": len(causes),
        "report_fields": report_field_scores(stats),
        "speed": {
            "docs": len(stats),
            "seconds": seconds,
            "docs_per_s": len(stats) / seconds if seconds > 0 else None,
        },
        "usage": usage,
        "errors": [{"doc": s.stem, "error": s.error} for s in stats if s.error],
    }


def per_doc_rows(stats: Sequence[DocStats]) -> list[dict[str, Any]]:
    rows = []
    for s in stats:
        p, r, f = prf(s.tp, s.fp, s.fn)
        rows.append(
            {
                "doc": s.stem,
                "gold": s.n_gold,
                "predicted": s.n_pred,
                "matched": s.tp,
                "missed": s.fn,
                "hallucinated": s.fp,
                "precision": p,
                "recall": r,
                "f1": f,
                "problem_similarity": _mean(s.similarities),
                "status_accuracy": (sum(g == q for g, q in s.status_pairs) / len(s.status_pairs))
                if s.status_pairs
                else None,
                "report_accuracy": s.report_accuracy,
                "seconds": s.seconds,
                "error": s.error,
            }
        )
    return rows
