"""Bootstrap confidence intervals for issue F1, resampling documents (not issues).

All systems are scored on the same seeded resamples of document indices, so the difference
to the baseline is a paired bootstrap: both F1 values in one resample see the same documents.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from eval.metrics import prf

Counts = Sequence[tuple[int, int, int]]  # per document (tp, fp, fn)

DEFAULT_RESAMPLES = 1000
DEFAULT_SEED = 20240501


def resample_indices(n_docs: int, n_resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED) -> list[list[int]]:
    """`n_resamples` lists of `n_docs` document indices drawn with replacement."""
    rng = random.Random(seed)
    if n_docs == 0:
        return []
    return [[rng.randrange(n_docs) for _ in range(n_docs)] for _ in range(n_resamples)]


def micro_f1(counts: Counts, indices: Sequence[int] | None = None) -> float | None:
    rows = counts if indices is None else [counts[i] for i in indices]
    return prf(sum(r[0] for r in rows), sum(r[1] for r in rows), sum(r[2] for r in rows))[2]


def quantile(sorted_values: Sequence[float], q: float) -> float:
    """Linear-interpolation quantile of an ascending sequence (numpy's default method)."""
    pos = q * (len(sorted_values) - 1)
    lo = math.floor(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def percentile_ci(values: Sequence[float | None], level: float = 0.95) -> tuple[float, float] | None:
    kept = sorted(v for v in values if v is not None)
    if not kept:
        return None
    alpha = 1 - level
    return quantile(kept, alpha / 2), quantile(kept, 1 - alpha / 2)


def f1_ci(counts: Counts, samples: Sequence[Sequence[int]], level: float = 0.95) -> tuple[float, float] | None:
    """Percentile CI of micro issue F1 over the document resamples."""
    return percentile_ci([micro_f1(counts, idx) for idx in samples], level)


def paired_delta(
    baseline: Counts, system: Counts, samples: Sequence[Sequence[int]], level: float = 0.95
) -> tuple[float | None, tuple[float, float] | None]:
    """F1(system) - F1(baseline) on the full set, and its paired-bootstrap percentile CI."""

    def diff(indices: Sequence[int] | None) -> float | None:
        a, b = micro_f1(baseline, indices), micro_f1(system, indices)
        return None if a is None or b is None else b - a

    return diff(None), percentile_ci([diff(idx) for idx in samples], level)
