"""Specification of the one-to-one issue alignment (eval/align.py)."""

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eval.align import align, linear_sum_assignment, similarity


def test_similarity_ignores_punctuation_and_width():
    assert similarity("整改到位，（已完成）", "整改到位已完成") == 1.0


def test_similarity_is_sequence_matcher_ratio():
    # 9 vs 6 characters sharing a 6-character prefix: 2*6 / 15
    assert similarity("党组会议记录不规范", "党组会议记录") == pytest.approx(0.8)


def test_alignment_picks_the_globally_best_assignment_where_greedy_fails():
    table = {("g1", "p1"): 0.9, ("g1", "p2"): 0.8, ("g2", "p1"): 0.85, ("g2", "p2"): 0.1}
    # Greedy takes g1-p1 (0.9) first and is left with g2-p2 (0.1, below threshold): one match.
    # The optimum pairs g1-p2 and g2-p1: total 1.65, two matches.
    result = align(["g1", "g2"], ["p1", "p2"], threshold=0.5, sim=lambda g, p: table[(g, p)])
    assert result.pairs == [(0, 1, 0.8), (1, 0, 0.85)]
    assert result.missed == [] and result.hallucinated == []


def test_partial_match_above_threshold_is_matched():
    result = align(["党组会议记录不规范"], ["党组会议记录"])  # 0.8
    assert [(g, p) for g, p, _ in result.pairs] == [(0, 0)]


def test_partial_match_exactly_at_threshold_is_matched():
    result = align(["党组会议记录不规范"], ["不规范"])  # 2*3 / 12 = 0.5
    assert result.pairs == [(0, 0, 0.5)]


def test_partial_match_below_threshold_is_missed_and_hallucinated():
    result = align(["党组会议记录不规范"], ["规范"])  # 2*2 / 11 ≈ 0.36
    assert result.pairs == []
    assert result.missed == [0]
    assert result.hallucinated == [0]


def test_duplicate_prediction_matches_once():
    result = align(["财务报销审核不严"], ["财务报销审核不严", "财务报销审核不严"])
    assert len(result.pairs) == 1
    assert len(result.hallucinated) == 1


def test_empty_sides_align_to_nothing():
    assert align([], ["a"]).hallucinated == [0]
    assert align(["a"], []).missed == [0]


def test_assignment_of_rectangular_matrix_uses_every_row_of_the_smaller_side():
    cost = [[4, 1, 3], [2, 0, 5]]  # best: 1 + 2 (or 3 + 0) = 3; 4 + 0 = 4 and the rest are worse
    pairs = linear_sum_assignment(cost)
    assert len(pairs) == 2
    assert sum(cost[r][c] for r, c in pairs) == 3


def _brute_force(cost):
    n, m = len(cost), len(cost[0])
    if n <= m:
        return min(sum(cost[i][c] for i, c in enumerate(cols)) for cols in itertools.permutations(range(m), n))
    return min(sum(cost[r][j] for j, r in enumerate(rows)) for rows in itertools.permutations(range(n), m))


@settings(max_examples=150, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda n: st.integers(1, 5).flatmap(
            lambda m: st.lists(st.lists(st.integers(-20, 20), min_size=m, max_size=m), min_size=n, max_size=n)
        )
    )
)
def test_assignment_cost_equals_brute_force_optimum(cost):
    pairs = linear_sum_assignment(cost)
    assert len({r for r, _ in pairs}) == len({c for _, c in pairs}) == min(len(cost), len(cost[0]))
    assert sum(cost[r][c] for r, c in pairs) == _brute_force(cost)
