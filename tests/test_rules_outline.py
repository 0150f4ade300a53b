"""Outline recognition: every common 公文 heading form, normalised labels, and the traps around them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from extractor.rules import extract_text
from extractor.segment.outline import parse_outline

ROOT = Path(__file__).resolve().parent.parent


def labels(text: str) -> list[tuple[str, str]]:
    """(kind, label) of every heading, in document order."""
    out: list[tuple[str, str]] = []

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        for child in node.children:
            out.append((child.kind, child.label))
            walk(child)

    walk(parse_outline(text).root)
    return out


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("十四、清廉建设推动不力问题", "十四"),
        ("（一）学习不深入", "（一）"),
        ("(二)学习不深入", "（二）"),
        ("1.学习不深入", "1"),
        ("1、学习不深入", "1"),
        ("1．学习不深入", "1"),
        ("（3）学习不深入", "（3）"),
        ("(12)学习不深入", "（12）"),
        ("第一方面问题:学习不深入", "第一方面"),
        ("第二部分 水污染防治方面", "第二部分"),
        ("③学习不深入", "③"),
        ("二）学习不深入", "（二）"),
        ("【三】学习不深入", "（三）"),
        ("〔四〕学习不深入", "（四）"),
        ("〔5〕学习不深入", "（5）"),
        ("反馈问题2：学习不深入", "问题2"),
        ("问题（三）：学习不深入", "问题三"),
    ],
)
def test_heading_forms_are_recognised_with_normalised_labels(line: str, label: str) -> None:
    assert labels(line + "\n整改情况：已完成。")[0][1] == label


def test_a_decimal_at_line_start_is_not_a_heading() -> None:
    assert labels("1.5万亩示范田已完成建设。") == []


def test_a_number_running_into_a_year_is_a_heading_when_it_continues_the_sequence() -> None:
    text = "20.资金拨付审核不严格。\n整改情况：已完成。\n21.2018年培训资金未收回。\n整改情况：已完成。"
    assert [label for _, label in labels(text)] == ["20", "21"]


def test_two_headings_on_one_line_are_split() -> None:
    text = (
        "（二）第二类问题\n7.上一个问题\n（1）子问题。一是整改。\n"
        "（三）聚焦班子建设方面存在的问题8.重业务轻党建问题突出\n（2）履行党建主体责任不够有力。一是学习。"
    )
    assert labels(text)[-3:] == [("pcn", "（三）"), ("num", "8"), ("pnum", "（2）")]


def test_yishi_enumerations_are_not_headings() -> None:
    assert labels("一是加强领导。二是压实责任。") == []


def test_an_unlabelled_guanyu_line_is_a_heading_of_its_own() -> None:
    assert labels("关于“党的领导弱化”方面的问题\n(1)制度不到位。\n整改情况：已完成。")[0] == ("unnumbered", "")


def test_problem_heading_with_de_zhenggai_qingkuang_keeps_only_the_problem() -> None:
    issue = extract_text("一、作风问题\n1.作风管理不严的整改情况。开展专项整治。")
    assert issue.issues[0].problem == "作风管理不严"
    assert issue.issues[0].measures == ["开展专项整治"]


def test_closing_paragraphs_are_not_part_of_the_last_issue() -> None:
    text = "1.作风不严。\n整改情况：已完成。\n欢迎广大干部群众监督。联系电话：0731-1234567\n某某局\n2023年6月3日"
    result = extract_text(text)
    assert result.issues[0].span == (0, text.index("欢迎") - 1)


def test_wenti_n_headings_sit_under_their_category() -> None:
    result = extract_text(
        "一、主体责任方面\n问题1：落实主体责任不到位。\n整改情况：已完成。\n问题2：监督检查不严。\n整改情况：正在整改中。"
    )
    assert [(i.path, i.problem, i.status) for i in result.issues] == [
        (["一", "问题1"], "落实主体责任不到位", "completed"),
        (["一", "问题2"], "监督检查不严", "in_progress"),
    ]
    assert result.issues[0].category == "主体责任方面"


def test_an_enumeration_restarting_an_open_level_is_body_text_not_headings() -> None:
    text = (
        "一、学习方面\n1.学习不深入。\n整改情况：已完成。采取以下措施：\n一、加强学习\n二、建立制度\n"
        "2.制度不健全。\n整改情况：正在整改中。\n二、作风方面\n3.作风不实。\n整改情况：已完成。"
    )
    result = extract_text(text)
    assert [(i.path, i.problem) for i in result.issues] == [
        (["一", "1"], "学习不深入"),
        (["一", "2"], "制度不健全"),
        (["二", "3"], "作风不实"),
    ]
    assert result.issues[0].measures[-2:] == ["加强学习", "建立制度"]


def test_numbering_may_skip_ahead() -> None:
    text = "（三）保洁管理不严。\n整改情况：已完成。\n（五）资金缺口较大。\n整改情况：已完成。"
    assert [i.path for i in extract_text(text).issues] == [["（三）"], ["（五）"]]


def test_a_text_holding_two_notices_yields_the_issues_of_both() -> None:
    notice = Path("gold/docs/002_f8e588f7094716c5.txt").read_text(encoding="utf-8")
    assert len(extract_text(notice + "\n" + notice).issues) == 2 * 28


def test_第n个问题_headings_number_the_findings() -> None:
    text = (
        "二、巡察反馈问题整改情况\n第一个问题：理论学习不深入。\n整改情况：已完成。\n"
        "第二个问题：制度执行不严格。\n整改情况：正在整改。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.problem) for i in issues] == [
        (["二", "第一个问题"], "理论学习不深入"),
        (["二", "第二个问题"], "制度执行不严格"),
    ]


def test_bracketed_问题n_keys_number_the_findings() -> None:
    text = "二、巡察反馈问题整改情况\n【问题1】理论学习不深入。\n【整改情况】已完成。\n【问题2】制度执行不严格。\n【整改情况】正在整改。\n"
    issues = extract_text(text).issues
    assert [(i.path, i.problem, i.status) for i in issues] == [
        (["二", "问题1"], "理论学习不深入", "completed"),
        (["二", "问题2"], "制度执行不严格", "in_progress"),
    ]


@pytest.mark.parametrize(("opening", "closing"), [("【", "】"), ("〔", "〕"), ("", "）")])
def test_a_real_notice_whose_bracketed_labels_are_printed_otherwise_gives_its_issues(
    opening: str, closing: str
) -> None:
    text = (ROOT / "gold" / "docs" / "001_c5853bb1bbc4a49d.txt").read_text(encoding="utf-8")
    reprinted = re.sub(r"(?m)^(\s*)[（(]([一二三四五六七八九十]{1,3})[)）]", rf"\1{opening}\2{closing}", text)
    assert reprinted != text
    expected = [(i.problem, i.status) for i in extract_text(text).issues]
    assert expected
    assert [(i.problem, i.status) for i in extract_text(reprinted).issues] == expected


PREAMBLE = (
    "关于巡察整改情况的通报\n根据县委统一部署，县委第三巡察组对县农业农村局党组进行了巡察。现将整改情况予以公布。\n"
)


def test_enumerated_problems_that_carry_their_own_keys_are_items() -> None:
    text = (
        PREAMBLE
        + "一、存在的问题及整改情况\n一是理论学习不深入。整改情况：已完成。\n二是财务报销审核不严。整改情况：正在推进。\n"
    )
    issues = extract_text(text).issues
    # (一、存在的问题及整改情况 is the findings section: it stays in the path, as gold/README has it.)
    assert [(i.path, i.problem, i.status) for i in issues] == [
        (["一", "一是"], "理论学习不深入", "completed"),
        (["一", "二是"], "财务报销审核不严", "in_progress"),
    ]


def test_an_enumerated_problem_whose_keys_follow_it_is_an_item() -> None:
    text = PREAMBLE + "一、学习贯彻方面\n一是理论学习不深入。\n整改措施：制定学习计划。\n整改情况：已完成。\n"
    assert [(i.path, i.problem) for i in extract_text(text).issues] == [(["一", "一是"], "理论学习不深入")]


def test_enumerated_measures_before_the_status_key_are_no_items() -> None:
    text = PREAMBLE + "（一）理论学习不深入\n整改措施：\n一是制定学习计划。\n二是开展专题学习。\n整改情况：已完成。\n"
    issues = extract_text(text).issues
    assert [(i.problem, i.measures) for i in issues] == [("理论学习不深入", ["一是制定学习计划", "二是开展专题学习"])]


@pytest.mark.parametrize(
    ("first", "second", "labels"), [("第一，", "第二，", ["第一", "第二"]), ("其一，", "其二，", ["其一", "其二"])]
)
def test_other_enumerations_of_keyed_problems_are_items(first: str, second: str, labels: list[str]) -> None:
    text = (
        PREAMBLE
        + f"一、存在的问题及整改情况\n{first}理论学习不深入。整改情况：已完成。\n{second}财务报销审核不严。整改情况：正在推进。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path[-1], i.problem) for i in issues] == list(zip(labels, ["理论学习不深入", "财务报销审核不严"]))


def test_a_bullet_before_a_problem_is_no_part_of_it() -> None:
    text = (
        PREAMBLE
        + "二、巡察反馈问题整改情况\n◆理论学习不深入。\n整改情况：已完成。\n●财务报销审核不严。\n整改情况：正在推进。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["理论学习不深入", "财务报销审核不严"]
