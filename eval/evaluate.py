"""Orchestration: run systems over the gold set, compute metrics and bootstrap statistics."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from eval.align import DEFAULT_THRESHOLD
from eval.load import GoldDoc
from eval.metrics import DocStats, doc_stats, summarize
from eval.runner import DocEval, run_system
from eval.stats import DEFAULT_RESAMPLES, DEFAULT_SEED, f1_ci, paired_delta, resample_indices
from eval.systems import System


@dataclass
class SystemResult:
    name: str
    kind: str
    info: dict[str, Any] = field(default_factory=dict)
    skipped: str | None = None
    docs: list[DocEval] = field(default_factory=list)
    stats: list[DocStats] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)

    @property
    def counts(self) -> list[tuple[int, int, int]]:
        return [(s.tp, s.fp, s.fn) for s in self.stats]


def score(name: str, kind: str, docs: list[DocEval], info: dict[str, Any] | None = None) -> SystemResult:
    stats = [doc_stats(d) for d in docs]
    return SystemResult(name, kind, dict(info or {}), None, docs, stats, summarize(stats))


def add_statistics(
    results: Sequence[SystemResult],
    n_docs: int,
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
) -> None:
    """Attach issue-F1 CIs and the paired delta to the first non-skipped system (the baseline)."""
    samples = resample_indices(n_docs, resamples, seed)
    scored = [r for r in results if r.skipped is None]
    baseline = results[0] if results and results[0].skipped is None else None
    for r in scored:
        ci = f1_ci(r.counts, samples)
        r.summary["issues"]["f1_ci"] = list(ci) if ci else None
        if baseline is not None and r is not baseline:
            delta, delta_ci = paired_delta(baseline.counts, r.counts, samples)
            r.summary["issues"]["delta_f1"] = delta
            r.summary["issues"]["delta_f1_ci"] = list(delta_ci) if delta_ci else None
            r.summary["issues"]["delta_vs"] = baseline.name


def evaluate(
    systems: Sequence[System],
    docs: Sequence[GoldDoc],
    *,
    repeat: int = 1,
    threshold: float = DEFAULT_THRESHOLD,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
    progress: Callable[[str], None] | None = None,
) -> list[SystemResult]:
    """One result per system and repeat (named "name#k" when repeat > 1), in order.

    The first system is the baseline for the paired delta; if it is skipped there is no delta.
    """
    results: list[SystemResult] = []
    for system in systems:
        for k in range(1, repeat + 1):
            name = f"{system.name}#{k}" if repeat > 1 else system.name
            if system.skipped is not None or system.run is None:
                results.append(SystemResult(name, system.kind, dict(system.info), system.skipped or "not runnable"))
                continue
            if progress:
                progress(f"running {name} on {len(docs)} documents")
            run = functools.partial(system.run, repeat=k - 1) if system.kind == "llm" else system.run
            if system.kind != "llm" and docs and k == 1:
                # One untimed call first, so docs/s measures extraction, not imports and regex compilation.
                try:
                    run(docs[0].text)
                except Exception:  # noqa: BLE001 - the timed run records the error
                    pass
            evals = run_system(
                run,
                docs,
                threshold=threshold,
                progress=(lambda msg, n=name: progress(f"  [{n}] {msg}")) if progress else None,
            )
            results.append(score(name, system.kind, evals, system.info))
    add_statistics(results, len(docs), resamples=resamples, seed=seed)
    return results
