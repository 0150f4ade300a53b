"""Specification of the metrics (eval/metrics.py), with hand-computed expectations.

Convention pinned here: precision, recall and F1 with a zero denominator are 0.0, so an empty
prediction scores P = R = F1 = 0; they are None only when there is nothing to score at all.
"""

import datetime as dt

import pytest

from eval.metrics import doc_stats, prf, status_macro_f1, strings_match, summarize
from eval.runner import evaluate_doc
from extractor.models import Accountability, Contacts, Extraction, Issue, Report

PROBLEMS = ["党组会议记录不规范", "财务报销审核把关不严", "干部教育培训覆盖面不足"]


def issue(n, problem, **fields):
    return Issue(id=str(n), problem=problem, **fields)


def extraction(*issues, report=None):
    return Extraction(issues=list(issues), report=report or Report())


def score(*pairs):
    """Summary over documents given as (gold, pred) Extraction pairs."""
    return summarize([doc_stats(evaluate_doc(f"doc{i}", g, p)) for i, (g, p) in enumerate(pairs)])


GOLD = extraction(
    issue(1, PROBLEMS[0], path=["一", "1"], category="执行不力问题", status="completed"),
    issue(2, PROBLEMS[1], path=["一", "2"], category="执行不力问题", status="in_progress"),
    issue(3, PROBLEMS[2], path=["二", "1"], category="作风建设", status="not_stated"),
    report=Report(title="关于巡察整改情况的通报", feedback_date=dt.date(2023, 3, 16)),
)


def test_prf_zero_denominators_are_zero_and_nothing_to_score_is_none():
    assert prf(0, 0, 3) == (0.0, 0.0, 0.0)
    assert prf(0, 0, 0) == (None, None, None)


def test_perfect_prediction_scores_one_everywhere():
    m = score((GOLD, GOLD))
    assert (m["issues"]["precision"], m["issues"]["recall"], m["issues"]["f1"]) == (1.0, 1.0, 1.0)
    assert m["problem_similarity"] == 1.0
    assert m["status"]["accuracy"] == 1.0 and m["status"]["macro_f1"] == 1.0
    assert m["category_accuracy"] == 1.0 and m["path_accuracy"] == 1.0
    assert m["report_fields"]["micro"] == 1.0 and m["report_fields"]["macro"] == 1.0


def test_empty_prediction_has_zero_recall_and_precision_defined_as_zero():
    m = score((GOLD, Extraction()))
    assert m["issues"]["recall"] == 0.0
    assert m["issues"]["precision"] == 0.0
    assert m["issues"]["f1"] == 0.0
    assert m["issues"]["missed"] == 3
    assert m["status"]["accuracy"] is None  # no matched pairs to judge


def test_duplicate_predicted_issue_is_one_match_and_one_hallucination():
    gold = extraction(issue(1, PROBLEMS[0]))
    pred = extraction(issue(1, PROBLEMS[0]), issue(2, PROBLEMS[0]))
    m = score((gold, pred))
    assert (m["issues"]["matched"], m["issues"]["hallucinated"], m["issues"]["missed"]) == (1, 1, 0)
    assert m["issues"]["precision"] == 0.5
    assert m["issues"]["recall"] == 1.0
    assert m["issues"]["f1"] == pytest.approx(2 / 3)


def test_issue_scores_are_micro_averaged_over_documents():
    # doc0: 3 gold, 3 matched; doc1: 3 gold, 0 predicted -> tp 3, fp 0, fn 3
    m = score((GOLD, GOLD), (GOLD, Extraction()))
    assert m["issues"]["precision"] == 1.0
    assert m["issues"]["recall"] == 0.5
    assert m["issues"]["f1"] == pytest.approx(2 / 3)


def test_status_macro_f1_on_a_hand_computed_confusion():
    pairs = [
        ("completed", "completed"),
        ("completed", "in_progress"),
        ("long_term", "long_term"),
        ("in_progress", "in_progress"),
        ("not_stated", "completed"),
    ]
    # completed: tp1 fp1 fn1 -> 1/2; long_term: 1; in_progress: tp1 fp1 -> P 1/2 R 1 -> 2/3;
    # not_stated: fn1 -> 0.  Mean of four labels = (1/2 + 1 + 2/3 + 0) / 4 = 13/24
    assert status_macro_f1(pairs) == pytest.approx(13 / 24)


def test_status_macro_f1_ignores_labels_absent_from_gold_and_prediction():
    # completed: tp1 fn1 -> 2/3; long_term: fp1 -> 0; in_progress/not_stated absent -> 1/3
    assert status_macro_f1([("completed", "completed"), ("completed", "long_term")]) == pytest.approx(1 / 3)


def test_status_scores_use_matched_pairs_only():
    pred = extraction(
        issue(1, PROBLEMS[0], status="completed"),  # right
        issue(2, PROBLEMS[1], status="completed"),  # wrong (gold in_progress)
        issue(9, "与任何问题都不相干的一句话内容", status="completed"),  # hallucinated: not judged
    )
    m = score((GOLD, pred))
    assert m["status"]["accuracy"] == 0.5
    # completed: tp1 fp1 -> 2/3; in_progress: fn1 -> 0 -> macro 1/3
    assert m["status"]["macro_f1"] == pytest.approx(1 / 3)


def test_category_accuracy_ignores_the_about_wrapper():
    gold = extraction(issue(1, PROBLEMS[0], category="执行上级决策部署主动性不强"))
    pred = extraction(issue(1, PROBLEMS[0], category="关于“执行上级决策部署主动性不强”方面的问题"))
    assert score((gold, pred))["category_accuracy"] == 1.0


def test_path_accuracy_requires_exact_list_equality():
    gold = extraction(issue(1, PROBLEMS[0], path=["一", "1"]), issue(2, PROBLEMS[1], path=["一", "2"]))
    pred = extraction(issue(1, PROBLEMS[0], path=["一", "1"]), issue(2, PROBLEMS[1], path=["2"]))
    assert score((gold, pred))["path_accuracy"] == 0.5


def test_accountability_counts_pairs_on_unmatched_issues():
    gold = extraction(
        issue(
            1,
            PROBLEMS[0],
            accountability=[
                Accountability(person="张三", action="约谈"),
                Accountability(person="李四", action="诫勉谈话"),
            ],
        ),
        issue(2, PROBLEMS[1], accountability=[Accountability(person="王五", action="通报批评")]),  # missed
    )
    pred = extraction(
        issue(
            1,
            PROBLEMS[0],
            accountability=[
                Accountability(person="张三", action="约谈。"),
                Accountability(person="赵六", action="约谈"),
            ],
        ),
        issue(2, "完全无关的另外一段话", accountability=[Accountability(person="钱七", action="警示谈话")]),
    )
    # tp: 张三/约谈; fp: 赵六/约谈, 钱七/警示谈话 (hallucinated issue); fn: 李四/诫勉谈话, 王五 (missed)
    acct = score((gold, pred))["accountability"]
    assert (acct["tp"], acct["fp"], acct["fn"]) == (1, 2, 2)
    assert acct["precision"] == pytest.approx(1 / 3)
    assert acct["recall"] == pytest.approx(1 / 3)
    assert acct["f1"] == pytest.approx(1 / 3)


def test_cause_similarity_only_where_gold_has_a_cause():
    gold = extraction(issue(1, PROBLEMS[0], cause="思想认识不到位"), issue(2, PROBLEMS[1]))
    pred = extraction(issue(1, PROBLEMS[0]), issue(2, PROBLEMS[1], cause="制度不健全"))
    m = score((gold, pred))
    assert m["cause_pairs"] == 1
    assert m["cause_similarity"] == 0.0  # predicted no cause where gold has one


def test_string_field_matches_by_containment_of_at_least_sixty_percent():
    assert strings_match("区农业农村局党组", "雨湖区农业农村局党组")  # 8 of 10 characters
    assert not strings_match("农业农村局", "雨湖区农业农村局党组")  # 5 of 10
    assert strings_match(None, None)
    assert not strings_match("巡察", None)


def test_date_field_must_be_exact():
    gold = extraction(report=Report(feedback_date=dt.date(2023, 3, 16)))
    pred = extraction(report=Report(feedback_date=dt.date(2023, 3, 17)))
    assert score((gold, pred))["report_fields"]["per_field"]["feedback_date"] == 0.0


def test_report_field_micro_and_macro_differ_when_documents_have_different_unit_counts():
    # 16 fields. doc0: 4 gold phones, none predicted -> phones 0/4, other 15 fields correct
    #   (both null; emails: both empty = 1 correct unit) -> 15/19.
    # doc1: title missed -> 15/16 (phones and emails both empty: 1 unit each, correct).
    # micro = 30/35 = 6/7; macro = (15/19 + 15/16) / 2
    phones = ["0731-58205971", "0731-58205972", "0731-58205973", "0731-58205974"]
    doc0 = (extraction(report=Report(contacts=Contacts(phones=phones))), extraction())
    doc1 = (extraction(report=Report(title="关于巡察整改情况的通报")), extraction())
    fields = score(doc0, doc1)["report_fields"]
    assert fields["micro"] == pytest.approx(6 / 7)
    assert fields["macro"] == pytest.approx((15 / 19 + 15 / 16) / 2)
    assert fields["per_field"]["contacts.phones"] == pytest.approx(1 / 5)
    assert fields["per_field"]["title"] == 0.5


def test_phone_sets_compare_after_normalisation():
    gold = extraction(report=Report(contacts=Contacts(phones=["0731-58205972"])))
    pred = extraction(report=Report(contacts=Contacts(phones=["（0731）58205972"])))
    assert score((gold, pred))["report_fields"]["per_field"]["contacts.phones"] == 1.0


def test_llm_usage_counters_are_summed_from_meta():
    pred = Extraction(meta={"calls": 2, "input_tokens": 100, "output_tokens": 30, "retries": 1})
    m = score((GOLD, pred), (GOLD, pred))
    assert m["usage"] == {"calls": 4, "input_tokens": 200, "output_tokens": 60, "retries": 2}


def test_report_fields_a_gold_file_marks_unlabelled_are_not_scored():
    # (A labelled page opening gives no kind, no tally by status and no postal address: a prediction of them is
    # neither right nor wrong.)
    gold = Extraction(report=Report(title="关于巡察整改情况的通报"), meta={"unlabelled": ["inspection_kind"]})
    pred = extraction(report=Report(title="关于巡察整改情况的通报", inspection_kind="巡察"))
    fields = score((gold, pred))["report_fields"]
    assert fields["per_field"]["inspection_kind"] is None
    assert fields["micro"] == 1.0
