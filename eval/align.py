"""One-to-one alignment of predicted issues to gold issues within one document.

The assignment maximises the total problem-text similarity (Hungarian algorithm). Pairs whose
similarity is below the threshold carry weight 0 in the assignment and are never reported as
matches, so the algorithm never trades a real match for a sub-threshold one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from eval.normalize import norm_text

DEFAULT_THRESHOLD = 0.5


def text_ratio(a: str, b: str) -> float:
    """SequenceMatcher ratio of two already-normalised strings ("" vs "" is 1.0)."""
    if not a and not b:
        return 1.0
    if not a or not b:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def similarity(a: str | None, b: str | None) -> float:
    """Similarity in [0, 1] of two texts after `norm_text`."""
    return text_ratio(norm_text(a), norm_text(b))


def linear_sum_assignment(cost: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Minimum-cost assignment of a rectangular cost matrix (rows x cols).

    Returns (row, col) pairs, min(rows, cols) of them, sorted by row. Classic O(n^2 m)
    Hungarian algorithm with potentials (Kuhn-Munkres / Jonker-Volgenant style).
    """
    n = len(cost)
    if n == 0 or len(cost[0]) == 0:
        return []
    m = len(cost[0])
    if n > m:
        transposed = [[cost[i][j] for i in range(n)] for j in range(m)]
        return sorted((r, c) for c, r in linear_sum_assignment(transposed))

    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)  # p[j]: row assigned to column j (1-based, 0 = none)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            row = cost[i0 - 1]
            delta = inf
            j1 = 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = row[j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if j0 == 0:
                break
    return sorted((p[j] - 1, j - 1) for j in range(1, m + 1) if p[j] != 0)


@dataclass
class Alignment:
    """Result for one document: matched (gold index, pred index, similarity), and the leftovers."""

    pairs: list[tuple[int, int, float]] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)  # gold indices without a match
    hallucinated: list[int] = field(default_factory=list)  # pred indices without a match


def similarity_matrix(
    gold: Sequence[str], pred: Sequence[str], threshold: float = DEFAULT_THRESHOLD
) -> list[list[float]]:
    """Pairwise `similarity`; entries certainly below `threshold` may be returned as 0.0.

    SequenceMatcher.quick_ratio is an upper bound of ratio, so pairs it rules out skip the
    expensive computation. Only values >= threshold are exact.
    """
    g_norm = [norm_text(t) for t in gold]
    p_norm = [norm_text(t) for t in pred]
    matrix = [[0.0] * len(p_norm) for _ in g_norm]
    for j, b in enumerate(p_norm):
        matcher = SequenceMatcher(None, "", b, autojunk=False)
        for i, a in enumerate(g_norm):
            if not a or not b:
                matrix[i][j] = text_ratio(a, b)
                continue
            matcher.set_seq1(a)
            if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
                continue
            matrix[i][j] = matcher.ratio()
    return matrix


def align(
    gold: Sequence[str],
    pred: Sequence[str],
    threshold: float = DEFAULT_THRESHOLD,
    sim: Callable[[str, str], float] | None = None,
) -> Alignment:
    """Align predicted problem texts to gold problem texts one-to-one.

    `sim` overrides the similarity function (raw texts in, [0, 1] out); by default `similarity`.
    """
    if sim is None:
        matrix = similarity_matrix(gold, pred, threshold)
    else:
        matrix = [[sim(g, p) for p in pred] for g in gold]
    cost = [[-(s if s >= threshold else 0.0) for s in row] for row in matrix]
    pairs = [(i, j, matrix[i][j]) for i, j in linear_sum_assignment(cost) if matrix[i][j] >= threshold]
    matched_gold = {i for i, _, _ in pairs}
    matched_pred = {j for _, j, _ in pairs}
    return Alignment(
        pairs=pairs,
        missed=[i for i in range(len(gold)) if i not in matched_gold],
        hallucinated=[j for j in range(len(pred)) if j not in matched_pred],
    )
