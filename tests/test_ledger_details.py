"""Ledger details a reviewer trips on: run-in headings in measures, the batch md names source files."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor
from extractor.batch import ErrorInfo, Failure
from extractor.fields.rectification import split_rectification
from extractor.output import write
from extractor.output.markdown import to_markdown

GOLD = Path(__file__).resolve().parent.parent / "gold" / "docs"


def test_a_run_in_heading_sentence_leads_the_measure_that_follows_it() -> None:
    _, measures = split_rectification("在粮食生产方面。出台了工作方案。在生猪保供方面。制定了保供方案。", None)
    assert measures == ["在粮食生产方面。出台了工作方案", "在生猪保供方面。制定了保供方案"]


def test_a_run_in_heading_before_an_enumeration_leads_its_first_item() -> None:
    _, measures = split_rectification("在农田建设方面的整改情况。（1）完善管护机制。（2）加强宣传教育。", None)
    assert measures == ["在农田建设方面的整改情况。完善管护机制", "加强宣传教育"]


def test_a_single_notice_in_markdown_names_its_source_file() -> None:
    text = "一、学习不深入\n整改情况：已完成。"
    page = to_markdown(extractor.extract(text).model_copy(update={"source": "notices/a.txt"}))
    assert "- **来源文件**：notices/a.txt" in page


def test_the_batch_markdown_starts_with_an_index_of_source_files(tmp_path: Path) -> None:
    paths = sorted(GOLD.glob("*.txt"))[:2]
    records = [extractor.extract(p) for p in paths]
    records.append(Failure(source="bad|name.pdf", error=ErrorInfo(type="InputError", message="no text layer")))
    out = tmp_path / "batch.md"
    write(records, "md", out)
    index = out.read_text(encoding="utf-8").split("\n\n", 1)[0].splitlines()
    assert index[0] == "| # | 来源文件 | 标题 | 问题数 |"
    assert [row.split(" | ")[1] for row in index[2:]] == [records[0].source, records[1].source, "bad\\|name.pdf"]


def test_a_category_cell_merged_over_the_rows_below_it_gives_them_its_category() -> None:
    text = (
        "关于巡察整改情况的通报\n"
        "序号\t问题类别\t问题表现\t整改措施\t完成情况\n"
        "1\t党建方面\t理论学习不深入\t制定学习计划\t已完成\n"
        "2\t\t财务报销审核不严\t修订财务制度\t持续推进\n"
        "3\t纪律方面\t公车管理不规范\t建立台账\t已完成\n"
    )
    assert [i.category for i in extractor.extract(text).issues] == ["党建方面", "党建方面", "纪律方面"]


@pytest.mark.parametrize(
    "header",
    ["序号\t反馈意见\t整改措施\t整改情况", "序号\t整改任务\t整改措施\t完成情况", "序号\t整改事项\t具体措施\t进展情况"],
    ids=["feedback", "task", "matter"],
)
def test_a_ledger_whose_problem_column_names_the_feedback_or_the_task_gives_its_rows(header: str) -> None:
    text = (
        "关于巡察整改情况的通报\n"
        f"{header}\n1\t理论学习不深入\t制定学习计划\t已完成\n2\t财务报销审核不严\t修订财务制度\t持续推进\n"
    )
    issues = extractor.extract(text).issues
    assert [(i.problem, i.status, i.measures) for i in issues] == [
        ("理论学习不深入", "completed", ["制定学习计划"]),
        ("财务报销审核不严", "in_progress", ["修订财务制度"]),
    ]


@pytest.mark.parametrize("column", ["目前状态", "当前进展", "目前整改进度"])
def test_a_ledger_s_column_of_where_each_row_stands_now_gives_its_status(column: str) -> None:
    text = (
        "关于巡察整改情况的通报\n"
        f"| 序号 | 反馈问题 | 整改措施 | 完成时限 | {column} |\n"
        "| 1 | 理论学习不深入 | 制定学习计划 | 2024年6月 | 已完成 |\n| 2 | 财务报销审核不严 | 修订财务制度 | 长期 | 整改中 |\n"
    )
    assert [(i.problem, i.status) for i in extractor.extract(text).issues] == [
        ("理论学习不深入", "completed"),
        ("财务报销审核不严", "in_progress"),
    ]


MERGED_PROBLEM = (
    "关于巡察整改情况的通报\n序号\t反馈问题\t整改措施\t责任单位\t完成情况\n"
    "1\t学习不深入\t制定学习计划\t办公室\t已完成\n\t\t开展专题研讨\t党建科\t正在推进\n"
    "2\t制度不健全\t修订制度\t办公室\t已完成\n"
)


def test_a_problem_merged_down_over_one_row_per_measure_is_one_issue_with_every_measure() -> None:
    issues = extractor.extract(MERGED_PROBLEM).issues
    assert [(i.problem, i.measures) for i in issues] == [
        ("学习不深入", ["制定学习计划", "开展专题研讨"]),
        ("制度不健全", ["修订制度"]),
    ]


def test_a_problem_whose_measures_stand_apart_stands_where_its_least_advanced_one_does() -> None:
    first = extractor.extract(MERGED_PROBLEM).issues[0]
    assert (first.status, first.status_text) == ("in_progress", "正在推进")


def test_a_ledger_s_category_column_subdivides_the_group_row_above_its_rows() -> None:
    text = (
        "关于巡察整改情况的通报\n序号\t问题类别\t问题表现\t整改措施\t完成情况\n一、贯彻落实上级决策部署方面\n"
        "1\t服务发展大局\t项目推进缓慢\t建立调度机制\t已完成\n2\t\t招商引资不力\t制定招商方案\t正在推进\n"
    )
    issues = extractor.extract(text).issues
    assert [(i.category, i.subcategory) for i in issues] == [("贯彻落实上级决策部署方面", "服务发展大局")] * 2


ACCOUNTABLE_AFTER = (
    "根据县委统一部署，2024年3月至5月，县委第一巡察组对镇党委开展了巡察。现将整改情况予以公布。\n二、整改情况\n"
    "1.村级财务管理不规范，大额资金支出未经集体研究。\n整改情况：逐笔核查大额支出。已完成。\n"
    "2.违规发放津补贴。\n整改情况：清退违规发放资金。已完成。\n三、追责问责情况\n"
)


def test_a_later_paragraph_pointing_back_to_an_item_by_number_adds_its_accountability() -> None:
    text = ACCOUNTABLE_AFTER + "针对巡察反馈的第1个问题，镇纪委给予石门村报账员谈某某党内警告处分。\n"
    issues = extractor.extract(text).issues
    assert [(a.person, a.action) for a in issues[0].accountability] == [("谈某某", "党内警告处分")]
    assert issues[1].accountability == []


def test_a_closing_paragraph_the_last_item_runs_on_into_gives_its_accountability_to_the_item_it_names() -> None:
    text = ACCOUNTABLE_AFTER.replace("三、追责问责情况\n", "") + (
        "在整改过程中，镇党委共问责2人，其中诫勉谈话1人。针对第1个问题，对负有监管责任的石门村报账员谈某某进行了诫勉谈话。\n"
    )
    issues = extractor.extract(text).issues
    assert [(a.person, a.action) for a in issues[0].accountability] == [("谈某某", "诫勉谈话")]
    assert issues[1].accountability == []


def test_a_later_paragraph_pointing_back_to_an_item_by_its_words_adds_its_accountability() -> None:
    text = ACCOUNTABLE_AFTER + "针对违规发放津补贴问题，给予局办公室原主任靳某某党内警告处分。\n"
    issues = extractor.extract(text).issues
    assert [(a.person, a.role) for a in issues[1].accountability] == [("靳某某", "局办公室原主任")]
    assert issues[0].accountability == []


def test_a_ledger_set_one_cell_a_line_keeps_a_measures_cell_whose_lines_are_numbered_in_its_row() -> None:
    text = (
        "根据市委统一部署，市委第一巡察组对市交通运输局党组开展了常规巡察。现将巡察整改进展情况予以公布。\n"
        "二、巡察反馈问题整改情况\n序号\n问题\n整改措施\n责任单位\n完成时限\n整改情况\n"
        "（一）贯彻落实党中央决策部署方面\n1\n党组学习贯彻重要论述不够深入\n1.修订学习制度。\n2.建立跟踪问效台账。\n"
        "局办公室\n2024年12月底\n已完成\n"
        "2\n交通基础设施项目建设推进缓慢\n1.实行重点项目周调度机制。\n2.对进度滞后的3个项目逐一约谈。\n建设管理科\n"
        "2025年12月底\n正在整改\n"
        "3\n农村公路管养机制不健全\n全面推行路长制。\n农村公路管理站\n长期\n长期坚持\n"
    )
    issues = extractor.extract(text).issues
    assert [(i.problem, len(i.measures), i.status) for i in issues] == [
        ("党组学习贯彻重要论述不够深入", 2, "completed"),
        ("交通基础设施项目建设推进缓慢", 2, "in_progress"),
        ("农村公路管养机制不健全", 1, "long_term"),
    ]


def test_a_ledger_set_out_with_commas_inside_a_notice_gives_its_rows() -> None:
    text = (
        "关于县审计局审计发现问题整改情况的公告\n2024年3月至5月，县审计局对县教育局2023年度预算执行情况进行了审计。现将整改情况公告如下：\n"
        "序号,问题类型,审计发现问题,整改措施,整改状态,备注\n"
        '1,预算管理,"年初预算编制不细化，代编预算1,286.50万元未细化",将代编预算全部细化到具体项目,已完成整改,\n'
        "2,财务管理,2笔大额资金支出未经集体研究,补充履行集体研究程序,已完成整改,对计划财务股原负责人张某某进行约谈\n"
        "3,资产管理,固定资产账实不符,开展资产清查,正在整改,\n"
        "特此公告。\n"
    )
    issues = extractor.extract(text).issues
    assert [(i.category, i.status) for i in issues] == [
        ("预算管理", "completed"),
        ("财务管理", "completed"),
        ("资产管理", "in_progress"),
    ]
    assert issues[0].problem == "年初预算编制不细化，代编预算1,286.50万元未细化"
    assert [(a.person, a.action) for a in issues[1].accountability] == [("张某某", "约谈")]
