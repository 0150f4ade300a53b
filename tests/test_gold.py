"""Specification of the hand-labelled gold set in gold/.

Each gold file is an `Extraction` for one notice in gold/docs/; see gold/README.md for the
labelling guide. These tests pin the properties every gold file must keep, so a hand edit that
breaks the contract fails here rather than silently skewing the evaluation.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from gold_sets import GOLD_FILES

from extractor.models import Extraction

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "gold"

_CN = "(?:十?[一二三四五六七八九]|十)"  # 一 … 十九
PATH_LABEL = re.compile(rf"^(?:{_CN}|（{_CN}）|\d+|（\d+）|第{_CN}(?:方面|部分)|[①-⑳]|问题(?:\d+|{_CN}))$")
TRAILING_PUNCTUATION = ("。", "；", ";", "，", ",", "：", ":")
TRAILING_SUFFIXES = ("的整改情况", "整改情况", "问题的整改")


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _extraction(path: Path) -> Extraction:
    return Extraction.model_validate(_load(path))


def _counts_tasks(path: Path, count: int) -> bool:
    """Whether the notice's declared count is of the tasks its problems were broken into (62项整改任务)."""
    return re.search(rf"{count}\s*[项个条]\s*(?:具体)?整改任务|整改任务\s*{count}", _document(path)) is not None


def _document(path: Path) -> str:
    """The source notice as UTF-8 text with newlines normalised to \\n."""
    source = _load(path)["source"]
    text = (path.parent / source).read_text(encoding="utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n")


gold = pytest.mark.parametrize("gold_file", GOLD_FILES, ids=[p.stem for p in GOLD_FILES])


def test_gold_set_is_not_empty():
    assert GOLD_FILES, f"no gold files found in {GOLD_DIR}"


@gold
def test_gold_file_validates_against_extraction_model(gold_file):
    _extraction(gold_file)


@gold
def test_source_names_an_existing_document(gold_file):
    source = _load(gold_file)["source"]
    assert source == f"docs/{gold_file.stem}.txt"
    assert (gold_file.parent / source).is_file()


@gold
def test_gold_file_is_marked_as_hand_labelled(gold_file):
    assert _extraction(gold_file).meta.get("labelled_by") == "hand"


@gold
def test_every_problem_is_a_verbatim_substring_of_the_document(gold_file):
    document = _document(gold_file)
    missing = [i.id for i in _extraction(gold_file).issues if i.problem not in document]
    assert not missing, f"problem text not found verbatim for issues {missing}"


@gold
def test_problem_has_no_trailing_punctuation_or_rectification_suffix(gold_file):
    offenders = [
        i.id
        for i in _extraction(gold_file).issues
        if i.problem.endswith(TRAILING_PUNCTUATION) or i.problem.endswith(TRAILING_SUFFIXES)
    ]
    assert not offenders, f"problem ends with punctuation or 整改情况 for issues {offenders}"


@gold
def test_status_text_when_set_is_a_substring_of_the_document(gold_file):
    document = _document(gold_file)
    missing = [i.id for i in _extraction(gold_file).issues if i.status_text and i.status_text not in document]
    assert not missing, f"status_text not found in document for issues {missing}"


@gold
def test_status_text_is_set_exactly_when_a_status_is_stated(gold_file):
    mismatched = [i.id for i in _extraction(gold_file).issues if (i.status == "not_stated") != (i.status_text is None)]
    assert not mismatched, f"status/status_text disagree for issues {mismatched}"


@gold
def test_cause_when_set_is_a_verbatim_substring_of_the_document(gold_file):
    document = _document(gold_file)
    missing = [i.id for i in _extraction(gold_file).issues if i.cause and i.cause not in document]
    assert not missing, f"cause text not found verbatim for issues {missing}"


@gold
def test_issue_ids_are_unique(gold_file):
    ids = [i.id for i in _extraction(gold_file).issues]
    duplicates = sorted(k for k, n in Counter(ids).items() if n > 1)
    assert not duplicates, f"duplicate issue ids {duplicates}"


@gold
def test_issue_ids_number_the_issues_in_document_order(gold_file):
    ids = [i.id for i in _extraction(gold_file).issues]
    assert ids == [str(n) for n in range(1, len(ids) + 1)]


@gold
def test_issue_count_equals_declared_issue_count(gold_file):
    extraction = _extraction(gold_file)
    declared = extraction.report.declared_issue_count
    if declared is None:
        pytest.skip("the notice declares no issue count")
    if not extraction.issues:
        pytest.skip("the notice gives totals only and itemises no issue (gold_holdout3/k5)")
    if _counts_tasks(gold_file, declared):
        pytest.skip("the finest count is of the tasks the problems were broken into (gold/README)")
    assert len(extraction.issues) == declared


@gold
def test_status_tally_equals_declared_status_counts(gold_file):
    extraction = _extraction(gold_file)
    declared = extraction.report.declared_status_counts
    if declared is None:
        pytest.skip("the notice declares no status totals")
    if not extraction.issues:
        pytest.skip("the notice gives totals only and itemises no issue (gold_holdout3/k5)")
    count = extraction.report.declared_issue_count
    if count is not None and _counts_tasks(gold_file, count):
        pytest.skip("the totals are of the tasks the problems were broken into, not of the issues")
    tally = Counter(i.status for i in extraction.issues)
    assert {
        "completed": tally["completed"],
        "long_term": tally["long_term"],
        "in_progress": tally["in_progress"],
    } == declared.model_dump()


@gold
def test_paths_use_only_normalised_heading_labels(gold_file):
    bad = {i.id: label for i in _extraction(gold_file).issues for label in i.path if not PATH_LABEL.match(label)}
    assert not bad, f"non-normalised path labels: {bad}"


@gold
def test_every_issue_has_a_path(gold_file):
    empty = [i.id for i in _extraction(gold_file).issues if not i.path]
    assert not empty, f"issues without a path: {empty}"


@gold
def test_accountability_names_appear_in_the_document(gold_file):
    document = _document(gold_file)
    missing = [
        (i.id, a.person) for i in _extraction(gold_file).issues for a in i.accountability if a.person not in document
    ]
    assert not missing, f"accountability persons not in document: {missing}"
