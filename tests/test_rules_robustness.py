"""Arbitrary text never breaks the rule-based extractor, and its output always holds to the contract."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extractor
from extractor.rules import extract_text

# Characters that drive the rules: outline labels, brackets, status and key words, CJK, punctuation.
_PIECES = st.sampled_from(
    [
        "一、",
        "（一）",
        "(二)",
        "1.",
        "2、",
        "（3）",
        "①",
        "第一方面问题:",
        "关于“",
        "”方面",
        "整改情况：",
        "原因分析:",
        "已完成",
        "该项已办结",
        "正在整改中",
        "阶段性完成并长期坚持",
        "。",
        "，",
        "\n",
        "\n\n",
        "对",
        "书记张某某",
        "进行了约谈",
        "《",
        "》",
        "2023年",
        "3月",
        "5日",
        "至",
        "反馈",
        "巡察组",
        "问题",
        "不到位",
        "21.2018年",
        "1.5万亩",
        "（已完成）",
        "欢迎",
        "联系电话：0731-1234567",
        "\r\n",
        "\u3000",
        "\ufeff",
    ]
)
_NOTICE_LIKE = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=80).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_NOTICE_LIKE)
def test_notice_like_text_never_raises_and_stays_grounded(text: str) -> None:
    result = extract_text(text)
    for issue in result.issues:
        start, end = issue.span
        assert 0 <= start <= end <= len(text)
        assert issue.problem in text
        assert issue.problem.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_unicode_text_never_raises(text: str) -> None:
    result = extract_text(text)
    assert isinstance(result, extractor.Extraction)


def test_text_that_is_not_a_notice_gives_zero_issues_and_a_warning() -> None:
    result = extract_text("今天天气很好，我们去公园散步。\n晚上回家吃饭。")
    assert result.issues == []
    assert "no rectification items found: this does not read as a rectification notice" in result.warnings


def test_a_notice_s_opening_cut_before_its_findings_is_told_from_a_text_of_another_kind() -> None:
    text = (
        "中共某县民政局党组关于巡察整改进展情况的通报\n根据县委统一部署，2024年3月至5月，县委第一巡察组对县民政局党组开展了"
        "巡察。现将巡察整改进展情况予以公布。\n一、提高政治站位，压实整改责任\n局党组把巡察整改作为重大政治任务来抓。\n"
    )
    [warning] = extract_text(text).warnings
    assert warning.startswith("no rectification items found: the text reads as a rectification notice")


def test_circled_item_numbers_beside_an_opening_s_tally_by_number_are_read() -> None:
    # ① is a digit to str.isdigit but no number int() reads: it once raised here.
    text = (
        "根据县委统一部署，县委第二巡察组对县教育局党组开展了巡察。目前，已完成整改2个（第1、2个问题）。现将整改情况公布如下。\n"
        "一、反馈问题整改情况\n①理论学习不深入，学习流于形式。整改情况：制定学习计划。\n②财务报销审核不严。整改情况：修订财务制度。\n"
    )
    assert [issue.path for issue in extract_text(text).issues] == [["一", "①"], ["一", "②"]]
