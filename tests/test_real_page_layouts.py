"""Layouts seen on real pages, one behaviour each (the real pages themselves are in gold_real*/)."""

from __future__ import annotations

from extractor.rules import extract_text

OPENING = (
    "根据县委统一部署，2024年9月6日至12月12日，县委第三巡察组对县卫健局党组进行了巡察。"
    "2025年1月21日，县委巡察组向县卫健局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
)


def test_stacked_labels_head_a_group_and_its_item() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改进展情况\n（一）聚焦上轮巡察整改方面\n1.(1)整改责任未扛牢,推进不力。\n整改情况：一是调整分工。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.problem == "整改责任未扛牢,推进不力"
    assert issue.path == ["二", "（一）", "1", "（1）"]


def test_findings_under_a_status_heading_take_its_status() -> None:
    text = (
        OPENING + "一、已整改完成的问题\n1.关于“公务接待不规范”问题的整改。\n（1）修订接待制度。\n（2）开展专项检查。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status, issue.status_text) == ("公务接待不规范", "completed", "已整改完成")


def test_paragraphs_run_together_with_spaces_are_split_at_their_labels() -> None:
    body = (
        "一、整改工作组织领导情况 局党组切实履行巡察整改主体责任，及时成立巡察整改领导小组，全面开展整改工作，"
        "坚持即知即改、真改实改、彻底整改，研究制定整改方案，明确责任分工和完成时限，定期调度推进。 "
        "二、整改进展情况 (一)已完成的整改事项 1.关于“信息化水平低”问题的整改。 (1)建成流调系统。 (2)配置视频设备。"
    )
    [issue] = extract_text(OPENING + body + "\n").issues
    assert issue.problem == "信息化水平低"


def test_a_page_interpreting_a_notice_is_not_one() -> None:
    text = (
        "关于2023年度审计查出问题整改情况结果公告的解读\n" + OPENING + "问：整改工作情况\n答：一是整改责任压得更紧。\n"
        "1.重点专项资金审计查出问题\n整改情况：已完成整改。\n"
    )
    assert extract_text(text).issues == []


def test_a_site_header_above_the_breadcrumb_is_not_the_issuer() -> None:
    text = (
        '微信公众号\n"清廉某市"\n微信扫码关注\n当前位置: 首页 > 巡视巡察 > 本级巡察情况\n'
        "【巡察整改】中共某市卫生健康委员会关于巡察整改进展情况的通报\n发布时间:2025-08-18 17:39\n" + OPENING
    )
    report = extract_text(text).report
    assert report.issuer == "中共某市卫生健康委员会"
    assert str(report.publish_date) == "2025-08-18"
