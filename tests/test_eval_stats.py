"""Specification of the document-level bootstrap (eval/stats.py)."""

import pytest

from eval.stats import f1_ci, micro_f1, paired_delta, quantile, resample_indices

COUNTS = [(3, 1, 0), (1, 2, 2), (0, 0, 4), (5, 0, 1)]  # per document (tp, fp, fn)


def test_resamples_are_seeded_and_draw_whole_documents():
    a = resample_indices(4, 50, seed=7)
    assert a == resample_indices(4, 50, seed=7)
    assert len(a) == 50 and all(len(s) == 4 and set(s) <= {0, 1, 2, 3} for s in a)


def test_micro_f1_pools_counts_of_the_resampled_documents():
    # documents 0 and 0 again: tp 6, fp 2, fn 0 -> P 3/4, R 1 -> F1 6/7
    assert micro_f1(COUNTS, [0, 0]) == pytest.approx(6 / 7)


def test_quantile_interpolates_linearly():
    assert quantile([0.0, 1.0, 2.0, 3.0], 0.5) == 1.5


def test_ci_of_a_single_document_collapses_to_its_f1():
    # one document: every resample is that document; tp 2 fp 1 fn 1 -> F1 2/3
    lo, hi = f1_ci([(2, 1, 1)], resample_indices(1, 100, seed=1))
    assert lo == pytest.approx(2 / 3) and hi == pytest.approx(2 / 3)


def test_ci_contains_the_point_estimate():
    lo, hi = f1_ci(COUNTS, resample_indices(len(COUNTS), 1000, seed=3))
    assert lo <= micro_f1(COUNTS) <= hi


def test_paired_bootstrap_of_a_system_against_itself_is_exactly_zero():
    delta, ci = paired_delta(COUNTS, COUNTS, resample_indices(len(COUNTS), 1000, seed=3))
    assert delta == 0.0
    assert ci == (0.0, 0.0)


def test_paired_delta_is_system_minus_baseline():
    better = [(tp + fp, 0, fn) for tp, fp, fn in COUNTS]  # every false positive turned into a hit
    delta, (lo, hi) = paired_delta(COUNTS, better, resample_indices(len(COUNTS), 500, seed=3))
    assert delta == pytest.approx(micro_f1(better) - micro_f1(COUNTS))
    # turning false positives into hits never lowers pooled F1, so no resample goes negative
    assert delta > 0 and lo >= 0 and hi > 0
