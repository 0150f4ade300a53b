"""Run one system over the gold documents: time each call, catch failures, align issues."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from eval.align import DEFAULT_THRESHOLD, Alignment, align
from eval.load import GoldDoc
from extractor.models import Extraction


@dataclass
class DocEval:
    """One document as seen by one system."""

    stem: str
    gold: Extraction
    pred: Extraction
    alignment: Alignment
    seconds: float = 0.0
    error: str | None = None  # the system raised; `pred` is then an empty Extraction


def evaluate_doc(
    stem: str,
    gold: Extraction,
    pred: Extraction,
    *,
    seconds: float = 0.0,
    error: str | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> DocEval:
    alignment = align([i.problem for i in gold.issues], [i.problem for i in pred.issues], threshold)
    return DocEval(stem, gold, pred, alignment, seconds, error)


def run_system(
    run: Callable[[str], Extraction],
    docs: Sequence[GoldDoc],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Callable[[str], None] | None = None,
) -> list[DocEval]:
    """Apply `run` to every document; an exception becomes an empty prediction with `error` set."""
    results = []
    for doc in docs:
        start = time.perf_counter()
        error = None
        try:
            pred = run(doc.text)
        except Exception as exc:  # noqa: BLE001 - a failing document must not stop the run
            pred = Extraction()
            error = f"{type(exc).__name__}: {exc}".splitlines()[0][:300]
        seconds = time.perf_counter() - start
        results.append(evaluate_doc(doc.stem, doc.gold, pred, seconds=seconds, error=error, threshold=threshold))
        if progress:
            progress(
                f"{doc.stem}: {len(pred.issues)} issues in {seconds:.2f}s" + (f" [error: {error}]" if error else "")
            )
    return results
