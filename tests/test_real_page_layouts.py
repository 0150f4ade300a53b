"""Layouts seen on real pages, one behaviour each (the real pages themselves are in gold_real*/)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import extractor
from extractor.load import load_bytes
from extractor.rules import extract_text
from extractor.segment.fold import fold
from extractor.segment.lines import split_page
from extractor.vocab import furniture

ROOT = Path(__file__).resolve().parent.parent

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


@pytest.mark.parametrize(
    ("labels", "stop"),
    [(("1.", "2.", "3."), "。"), (("（1）", "（2）", "（3）"), "。"), (("（一）", "（二）", "（三）"), "；")],
)
def test_items_numbered_on_after_stops_in_one_paragraph_are_each_an_issue(labels: tuple[str, ...], stop: str) -> None:
    # (A copy that lost the breaks between a group's items but kept the group's own line.)
    one, two, three = labels
    text = (
        OPENING
        + f"二、整改落实情况\n{one}公务接待不规范，存在超标准接待问题，已整改到位{stop}{two}公车管理不到位，已整改到位{stop}"
        + f"{three}档案管理混乱，正在整改中。\n"
    )
    assert [(i.path, i.problem, i.status) for i in extract_text(text).issues] == [
        (["二", one.rstrip(".")], "公务接待不规范，存在超标准接待问题", "completed"),
        (["二", two.rstrip(".")], "公车管理不到位", "completed"),
        (["二", three.rstrip(".")], "档案管理混乱", "in_progress"),
    ]


def test_measures_numbered_on_after_an_item_s_heading_in_one_paragraph_stay_its_measures() -> None:
    # (gold/000: "6.…的整改情况。在高标准农田建设方面的整改情况。（1）进一步完善管护机制。…（2）…（3）…")
    text = (
        OPENING
        + "二、整改落实情况\n1.重点项目重建设轻管护的整改情况。（1）进一步完善管护机制。（2）进一步加强宣传教育。"
        + "（3）进一步提高设施设备售后服务质量。目前已整改完成。\n"
    )
    assert [(i.path, i.problem) for i in extract_text(text).issues] == [(["二", "1"], "重点项目重建设轻管护")]


def test_problems_numbered_on_after_the_key_of_the_problems_found_are_each_an_issue() -> None:
    # (gold_real36/am06: "审计反映问题:1.工程款支付不及时。…。2.…。3.…" in one paragraph.)
    text = (
        OPENING
        + "二、整改落实情况\n审计反映问题：1.工程款支付不及时，截至10月中旬，水库建设项目未按招标文件约定支付至合同价格的90%，"
        + "已整改到位。2.部分工程未按设计施工，下田涵增设闸口与设计不一致，已整改到位。3.部分工程项目后期管护不到位，"
        + "正在整改中。\n"
    )
    assert [(i.path, i.status) for i in extract_text(text).issues] == [
        (["二", "1"], "completed"),
        (["二", "2"], "completed"),
        (["二", "3"], "in_progress"),
    ]


def test_brackets_naming_an_item_s_owner_and_deadline_after_its_problem_are_no_part_of_it() -> None:
    text = OPENING + "二、整改落实情况\n1.公务接待不规范（责任单位：办公室；完成时限：2024年底）。整改情况：已完成。\n"
    assert [(i.problem, i.status) for i in extract_text(text).issues] == [("公务接待不规范", "completed")]


def test_a_status_closing_a_one_line_item_after_two_clauses_of_its_problem_is_its_status() -> None:
    text = (
        OPENING + "二、整改落实情况\n1.档案管理混乱，档案缺失严重，正在整改中。\n2.会议记录不全，已完成，长期坚持。\n"
    )
    assert [(i.problem, i.status, i.status_text) for i in extract_text(text).issues] == [
        ("档案管理混乱，档案缺失严重", "in_progress", "正在整改中"),
        ("会议记录不全", "long_term", "已完成，长期坚持"),
    ]


def test_a_page_s_metadata_set_out_a_field_a_line_without_colons_names_the_publisher() -> None:
    # (gold_real36/am03: "索引号" / "0MB112703/2021-34419" / "主题分类" / "其他" / "发文日期" / … / "发布机构" / "郧西县审计局".)
    text = (
        "关于2019年度本级预算执行审计查出问题整改情况的报告\n索引号\n0MB112703/2021-34419\n主题分类\n其他\n"
        "发文日期\n2021年07月14日 12:50:00\n发布机构\n郧西县审计局\n文号\n\n"
        "我受县人民政府委托，报告2019年度县本级预算执行审计查出问题的整改情况，请予审议。\n"
        "一、审计查出问题整改情况\n（一）关于部分单位预算执行率偏低的问题。县财政局加大预算执行力度，已整改到位。\n"
    )
    report = extract_text(text).report
    assert (report.issuer, report.publish_date) == ("郧西县审计局", dt.date(2021, 7, 14))


def test_a_page_interpreting_a_notice_run_into_one_line_is_not_one() -> None:
    text = (
        "关于2023年度县本级审计查出问题整改情况结果公告的解读 解读人:县审计局局长王静 解读时间:2024年11月20日 "
        "问:审计发现问题的整改情况如何? 县审计局局长王静答: 1、审计报告指出14个问题,已完成整改12个。 "
        "2、部门预算执行审计查出问题的整改情况,审计了6家单位,指出16个立行立改问题,均已全部完成整改。 "
        "3、重点专项资金审计查出问题的整改情况,指出7个问题,已完成整改5个。\n"
    )
    assert extract_text(text).issues == []


def test_a_problem_s_key_after_a_space_opens_the_item_in_a_line_the_page_ran_together() -> None:
    text = (
        "关于省级环保督察反馈交办问题整改情况公示  来源:石峰区政府  根据省环境保护督察工作领导小组的要求,现对已完成整改的"
        "问题情况进行公示  反馈问题:铜塘湾街高铁铁道桥下有非法卸沙点。 整改情况:已完成整改。\n"
    )
    assert [issue.problem for issue in extract_text(text).issues] == ["铜塘湾街高铁铁道桥下有非法卸沙点"]


def test_a_site_header_above_the_breadcrumb_is_not_the_issuer() -> None:
    text = (
        '微信公众号\n"清廉某市"\n微信扫码关注\n当前位置: 首页 > 巡视巡察 > 本级巡察情况\n'
        "【巡察整改】中共某市卫生健康委员会关于巡察整改进展情况的通报\n发布时间:2025-08-18 17:39\n" + OPENING
    )
    report = extract_text(text).report
    assert report.issuer == "中共某市卫生健康委员会"
    assert str(report.publish_date) == "2025-08-18"


CLOSURE = "省委生态环境保护督察整改任务第43项已整改完成，并通过核查验收。现将该项任务整改情况公示如下：\n"


def test_a_form_notice_gives_its_problem_with_the_measures_and_status_of_the_other_sections() -> None:
    text = (
        CLOSURE + "一、整改任务\n河塘沟渠黑臭水体较普遍。城关镇发现大面积黑臭水体。\n二、整改措施\n"
        "（1）调查核实黑臭水体问题，限期整改到位。\n（2）将黑臭水体排查纳入日常监管。\n三、整改完成情况\n"
        "（1）3处水体黑臭问题均已整改完毕。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.path, issue.category) == (["一"], None)
    assert issue.problem == "河塘沟渠黑臭水体较普遍。城关镇发现大面积黑臭水体"
    assert issue.measures == ["调查核实黑臭水体问题，限期整改到位", "将黑臭水体排查纳入日常监管"]
    assert issue.status == "completed"


def test_each_numbered_problem_of_a_form_is_an_issue() -> None:
    text = (
        CLOSURE + "一、整改问题\n（一）江东路砂石物料露天未覆盖。\n（二）楚江大道裸土未及时覆盖。\n"
        "二、整改实施主体\n园区管委会\n三、重点措施\n（一）砂石裸土全部覆盖。\n四、完成时限\n2025年9月底前\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.problem, i.status) for i in issues] == [
        (["一", "（一）"], "江东路砂石物料露天未覆盖", "completed"),
        (["一", "（二）"], "楚江大道裸土未及时覆盖", "completed"),
    ]


def test_a_form_reads_its_status_from_the_acceptance_verdict() -> None:
    text = (
        "验收组对第07号整改任务完成情况进行了现场验收。\n一、整改任务秸秆禁烧工作宣传力度不够，秸秆焚烧现象时有发生。\n"
        "二、整改目标全县杜绝秸秆焚烧现象。\n三、完成情况：全县健全禁烧网络，加强网格化监管。\n四、验收意见已完成整改，同意销号。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.problem == "秸秆禁烧工作宣传力度不够，秸秆焚烧现象时有发生"
    assert (issue.status, issue.status_text) == ("completed", "已完成整改")


def test_a_form_table_that_lost_its_rows_still_gives_its_problem() -> None:
    text = (
        "第二轮自治区生态环境保护督察第6项整改任务已整改完成，并通过验收，拟按程序实施销号。\n|\n整改任务 |\n"
        "第6项整改任务：中水回用管网工程一直未落地。 |\n|\n责任单位 |\n市重大项目推进中心 |\n|\n整改措施 |\n"
        "1.制定施工方案。 2.按周调度施工进展。 |\n|\n完成情况 |\n工程已建成投用。 |\n"
    )
    report_and_issues = extract_text(text)
    [issue] = report_and_issues.issues
    assert issue.problem == "中水回用管网工程一直未落地"
    assert issue.status == "completed"
    assert report_and_issues.report.declared_status_counts is None  # 第6项 is an ordinal, not a tally


def test_an_ordinary_notice_with_a_measures_section_is_no_form() -> None:
    text = (
        OPENING + "一、整改工作开展情况\n局党组高度重视，成立领导小组。\n二、巡察反馈问题整改落实情况\n"
        "1.理论学习不够深入。\n整改情况：制定学习计划。已完成。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.path == ["二", "1"]


def test_a_browser_print_out_s_header_dates_the_printing_not_the_notice() -> None:
    printed = (
        "2024/5/3 10:21  县卫健局关于巡察整改进展情况的通报\n"
        + OPENING
        + "二、巡察反馈问题整改进展情况\n1.整改责任未扛牢。\n整改情况：已完成。\n"
        + "file:///C:/Users/me/Desktop/notice.html  1/1\n"
    )
    assert extract_text(printed).report.publish_date is None
    # A page's own dateline with a clock time still dates the notice.
    page = (
        "2025-02-10 09:30  来源：县卫健局\n"
        + OPENING
        + "二、巡察反馈问题整改进展情况\n1.整改责任未扛牢。\n整改情况：已完成。\n"
    )
    assert str(extract_text(page).report.publish_date) == "2025-02-10"


def test_a_browser_print_out_s_header_with_the_page_s_title_dates_the_printing_where_its_footer_was_taken_out() -> None:
    printed = (
        "2024/9/27 10:15  县卫健局关于巡察整改进展情况的通报\n"
        + OPENING
        + "二、巡察反馈问题整改进展情况\n1.整改责任未扛牢。\n整改情况：已完成。\n"
    )
    assert extract_text(printed).report.publish_date is None


TASK_ACCEPTED = (
    "沧州市某局第三轮河北省生态环境保护督察反馈意见整改任务(序号1)整改验收公示\n"
    "第三轮河北省生态环境保护督察反馈意见整改任务(序号1)已完成整改并通过验收,现向社会予以公示,"
    "公示期2025年10月30日至11月12日。\n一、整改任务\n一些部门认识不足、措施不硬。\n二、整改实施主体\n牵头单位:市委办公室。\n"
    "三、整改情况\n深入学习贯彻习近平生态文明思想。\n"
)


def test_a_closure_notice_s_整改情况_field_is_a_field_not_a_finding() -> None:
    result = extract_text(TASK_ACCEPTED)
    assert [(i.path, i.problem, i.status) for i in result.issues] == [
        (["一"], "一些部门认识不足、措施不硬", "completed")
    ]


def test_a_display_period_after_the_word_feedback_is_no_feedback_date() -> None:
    assert extract_text(TASK_ACCEPTED).report.feedback_date is None


def test_a_title_without_关于_names_the_body_that_opens_it() -> None:
    assert extract_text(TASK_ACCEPTED).report.issuer == "沧州市某局"


def test_a_page_run_into_one_line_keeps_its_title_dateline_and_formula_apart() -> None:
    text = (
        "党务公开中共某市妇联党组关于巡察整改进展情况的通报发布时间2023年7月28日 来源:某市妇联 阅读7695次"
        + OPENING.replace("\n", "")
        + " 一、加强对巡察整改的组织领导情况 (一)提高政治站位。市妇联党组书记、主席任组长,负总责。"
        + " (二)压实责任。召开专题会议15次。\n"
    )
    report = extract_text(text).report
    assert report.title == "中共某市妇联党组关于巡察整改进展情况的通报"
    assert (str(report.publish_date), str(report.inspection_start), str(report.feedback_date)) == (
        "2023-07-28",
        "2024-09-06",
        "2025-01-21",
    )
    assert report.lead_official is None  # 主席任组长: a post, not a name


def test_a_model_text_with_placeholders_for_its_issuer_is_not_a_notice() -> None:
    text = (
        "XX市XX镇关于专项审计问题整改情况的报告\n二、整改情况\n问题描述:污水处理设施未启用。\n整改情况:未整改到位。\n"
    )
    assert extract_text(text).issues == []


def test_an_archives_or_a_federation_inspected_publishes_its_own_notice() -> None:
    text = OPENING.replace("县卫健局党组", "区档案馆").replace("县卫健局", "区档案馆")
    assert extract_text(text).report.issuer == "区档案馆"


def test_a_quoted_problem_heading_with_its_body_run_in_after_a_space_keeps_the_quote() -> None:
    text = (
        OPENING
        + "二、整改进展情况\n1.关于“融资结构不优,直接融资下功夫不够”的问题 一是推动企业上市。二是加强直接融资。\n"
        + "2.关于“信贷投放不足”的问题 一是开展银企对接。二是扩大信贷规模,已完成。\n"
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.measures[0]) for i in issues] == [
        ("融资结构不优,直接融资下功夫不够", "一是推动企业上市"),
        ("信贷投放不足", "一是开展银企对接"),
    ]


def test_a_bare_date_and_time_at_the_top_dates_less_than_a_dateline_naming_its_source() -> None:
    text = (
        "2024/5/3 10:21  某某区人民政府门户网站\n县卫健局关于巡察整改进展情况的通报\n2025-02-10 来源：县卫健局\n"
        + OPENING
        + "二、巡察反馈问题整改进展情况\n1.整改责任未扛牢。\n整改情况：已完成。\n"
    )
    assert str(extract_text(text).report.publish_date) == "2025-02-10"


def test_a_feedback_date_that_lost_its_month_marker_past_reading_is_left_out_not_taken_from_later() -> None:
    text = (
        "根据市委统一部署,2022622日至922日,市委第五巡察组对市交通运输局党组开展了巡察。126日,市委巡察组向"
        "市交通运输局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n一、整改工作情况\n"
        "2022年12月20日,局党组召开专题会议,研究巡察反馈意见整改工作。\n"
    )
    report = extract_text(text).report
    assert (str(report.inspection_start), report.feedback_date) == ("2022-06-22", None)  # 126日: 1-26 or 12-6


def test_a_page_with_two_breadcrumbs_keeps_the_banner_between_them_out_of_the_title() -> None:
    text = (
        "无障碍 长者助手 登录\n当前位置：首页 > 信息公开 > 通知公告\n“码上监督”小微权力监督一点通\n您的位置：首页 > 巡察整改\n"
        "中共某县卫健局党组关于巡察整改进展情况的通报\n"
        + OPENING
        + "二、巡察反馈问题整改进展情况\n1.整改责任未扛牢。\n整改情况：已完成。\n"
    )
    assert extract_text(text).report.title == "中共某县卫健局党组关于巡察整改进展情况的通报"


def test_a_signature_and_its_date_on_one_line_give_the_issuer_and_the_publication_date() -> None:
    text = (
        "关于巡察整改进展情况的通报\n"
        + OPENING
        + "二、巡察反馈问题整改进展情况\n1.整改责任未扛牢。\n整改情况：已完成。\n中共某县卫生健康局党组  2025年3月20日\n"
    )
    report = extract_text(text).report
    assert (report.issuer, str(report.publish_date)) == ("中共某县卫生健康局党组", "2025-03-20")


@pytest.mark.parametrize(
    "header",
    [
        "",
        "2024/5/3 10:21  某某单位门户网站\n",
        "首页>原创\n标题图\n",
        "欢迎访问某某协会\n联系方式:0991-4165463 | 0991-4165461     微信公众号   个人中心\n资讯中心\nInformation Center\n"
        "联系我们\n地址:\n乌鲁木齐市南湖西路215号\n某某协会\n",
        '孤男寡女免费观看电视剧,适合一个人看的书,男生晚上睡不着想找点什么\n<b id="mzcvq"></b>\n1. 1\n2\n',
    ],
    ids=["bare", "print-header", "breadcrumb-and-image-caption", "site-banner", "spam-mirror-head"],
)
def test_a_table_of_contents_before_the_text_is_page_furniture(header: str) -> None:
    text = header + (
        "一、提高政治站位\n二、加强组织领导\n三、坚持问题导向\n(一)聚焦基层党组织建设方面(5个问题)\n四、正视工作差距\n"
        "中共庆阳市文联党组关于五届市委第一轮巡察整改进展情况的通报\n"
        "根据市委统一部署,2022年8月19日至2022年11月15市委第三巡察组对市文联党组开展了常规巡察,2023年1月16日,"
        "市委第三巡察组向市文联党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
        "一、提高政治站位,统一思想认识\n市委巡察工作动员部署会后,市文联党组高度重视,及时召开会议。\n"
    )
    result = extract_text(text)
    assert result.issues == []
    report = result.report
    assert (report.issuer, report.inspection_team) == ("中共庆阳市文联党组", "市委第三巡察组")
    assert (report.inspection_start, report.inspection_end) == (dt.date(2022, 8, 19), dt.date(2022, 11, 15))


def test_an_audit_results_announcement_lists_findings_not_their_rectification() -> None:
    text = (
        "方城县审计局组成审计组,对方城县券桥镇卫生院2022年度财务收支情况进行了送达审计。现将审计结果公告如下:\n"
        "二、审计发现的主要问题及处理意见\n(一)扩大范围列支费用4800元\n(二)支出手续不完善列支费用22500元\n"
        "三、审计(调查)处理及整改情况\n对审计发现的问题,卫生院正在进行整改,整改结果将由其自行公告。\n"
    )
    assert extract_text(text).issues == []


def test_a_rectification_report_that_names_no_inspection_audit_or_督察_is_no_notice() -> None:
    text = (
        "公务接待问题整改情况报告\n现将整改情况报告如下:\n二、整改前存在问题\n(一)接待标准执行不严格\n"
        "1.超标准接待现象普遍存在。\n2.接待频次过高。\n三、整改措施\n(一)完善制度建设\n"
    )
    assert extract_text(text).issues == []


def test_a_reprint_with_pinyin_after_its_characters_gives_its_names_as_written() -> None:
    text = (
        "根據(jù)市委巡察工作的統(tǒng)一安排部署,2019年5月6日至6月5日,市委第二巡察組對(duì)荊門廣播電視臺(tái)黨委"
        "進(jìn)行了巡察。9月24日,市委第二巡察組向荊門廣播電視臺(tái)黨委反饋了巡察意見。現(xiàn)將整改情況報(bào)告如下:\n"
        "一、整改工作基本情況\n臺(tái)黨委書記鄒灝同志為整改第一責(zé)任人。\n"
    )
    report = extract_text(text).report
    assert report.inspected_unit == "荊門廣播電視臺(tái)黨委"
    assert report.inspection_team == "市委第二巡察組"
    assert (report.inspection_start, report.feedback_date) == (dt.date(2019, 5, 6), dt.date(2019, 9, 24))


NOTICE = (
    "中共青川县水利局党组关于巡察整改进展情况的通报\n"
    "县委第三巡察组对县水利局党组进行了巡察。现将巡察整改进展情况予以公布。\n"
    "一、巡察反馈问题整改情况\n1.学习不深入。整改情况：已完成。\n2.制度执行不严格。整改情况：正在整改。\n"
)


def test_links_to_the_pages_before_and_after_are_page_furniture() -> None:
    result = extract_text(
        NOTICE + "上一篇：中共青川县教育局党组关于巡察整改进展情况的通报\n下一篇：青川县审计局关于审计整改情况的报告\n"
    )
    assert (result.issues[-1].measures, result.warnings) == ([], [])


def test_the_titles_under_a_related_links_heading_are_page_furniture_and_date_nothing() -> None:
    links = "扫一扫在手机打开当前页\n相关链接\n中共青川县交通局党组关于巡察整改情况的通报 2024-03-01\n"
    result = extract_text(NOTICE + links)
    assert (result.issues[-1].measures, result.warnings, result.report.publish_date) == ([], [], None)


_TITLELESS = (
    "根据县委统一部署，2024年9月6日至11月20日，县委第三巡察组对县交通运输局党组开展了巡察。"
    "2025年1月7日，巡察组向县交通运输局党组反馈了巡察意见。现将巡察整改进展情况报告如下。\n"
    "一、巡察反馈问题整改情况\n1.学习不深入。整改情况：已完成。\n"
)


def test_a_dated_list_of_other_notices_above_a_page_without_a_title_names_nothing_of_it() -> None:
    listed = (
        "最新发布\n中共某某县委关于十四届县委第三轮巡察整改进展情况的通报 2023-05-06\n"
        "县审计局关于2022年度预算执行审计查出问题整改情况的报告 2023-03-15\n"
    )
    report = extract_text(listed + _TITLELESS).report
    assert (report.title, report.issuer, report.publish_date) == (None, "县交通运输局党组", None)


_NO_TEAM_NAMED = (
    "青川县关于中央生态环境保护督察反馈问题整改进展情况的通报\n"
    "中央生态环境保护督察反馈意见交办我县问题12个，现将整改进展情况公布如下。\n"
    "1.县城污水处理厂超标排放问题。整改情况：已完成提标改造。\n2.河道采砂管理不规范问题。整改情况：正在整改。\n"
)


def test_a_column_s_bulleted_list_of_headlines_above_lends_the_notice_no_team_unit_or_kind() -> None:
    listed = "巡视巡察\n· 县委第一巡察组向县水利局党组反馈巡察情况 05-06\n· 十四届县委第五轮巡察完成反馈 03-15\n"
    report = extract_text(listed + _NO_TEAM_NAMED).report
    assert (report.inspection_team, report.inspected_unit, report.inspection_kind) == (None, None, "督察")


def test_three_titles_each_with_a_day_but_no_year_above_are_a_list_of_links() -> None:
    listed = (
        "图片新闻\n县委第一巡察组向县水利局党组反馈巡察情况 05-06\n"
        "中共某某县卫生健康局党组关于巡察整改进展情况的通报 04-01\n十四届县委第五轮巡察完成反馈 03-15\n"
    )
    report = extract_text(listed + _NO_TEAM_NAMED).report
    assert (report.inspection_team, report.inspected_unit, report.inspection_kind) == (None, None, "督察")


def test_the_rules_a_measure_lists_each_with_its_day_stay_paragraphs() -> None:
    text = "《青川县水利局公务接待管理办法》 2024-03-05\n《青川县水利局财务报销制度》 2024-04-10\n"
    assert split_page(text, fold(text)).links == []


def test_two_lines_ending_on_a_day_without_bullet_or_year_stay_paragraphs() -> None:
    text = "完善公务接待管理制度 06-30\n开展津补贴发放专项清理 09-30\n"
    assert split_page(text, fold(text)).links == []


def test_a_page_s_own_title_dated_its_own_way_under_a_dated_list_stays_its_title() -> None:
    listed = "中共某某县委关于巡察整改进展情况的通报 2023-05-06\n某某镇党委关于巡察整改情况的通报 2023-04-01\n"
    title = "中共青川县水利局党组关于巡察整改进展情况的通报 (2024-07-26)\n"
    report = extract_text(listed + title + NOTICE.split("\n", 1)[1]).report
    assert report.issuer == "中共青川县水利局党组"


def test_rows_of_a_ledger_each_ending_on_its_deadline_are_no_list_of_links() -> None:
    rows = "1 完善公务接待管理制度 2024-06-30\n2 开展津补贴发放专项清理 2024-09-30\n"
    assert all(not furniture.LISTED_LINK.match(row) for row in rows.splitlines())


def test_a_discipline_body_s_site_named_as_the_source_is_not_the_issuer_of_a_notice_that_names_none() -> None:
    text = "来源：青川县纪委监委 发布时间：2025-03-05\n" + _NO_TEAM_NAMED.split("\n", 1)[1]
    assert extract_text(text).report.issuer is None


def test_the_page_s_source_at_its_head_names_the_issuer_past_a_discipline_body_named_at_its_foot() -> None:
    text = (
        "信息来源:青川县生态环境局 | 发布时间:2025-12-12\n"
        + _NO_TEAM_NAMED.split("\n", 1)[1]
        + "来源：青川县纪委监委\n"
    )
    assert extract_text(text).report.issuer == "青川县生态环境局"


def test_widgets_run_on_after_the_title_are_no_part_of_it() -> None:
    title, rest = NOTICE.split("\n", 1)
    report = extract_text(f"{title} 【字体：大 中 小】【打印】【关闭】\n{rest}").report
    assert (report.title, report.issuer) == (title, "中共青川县水利局党组")


def test_a_title_set_in_brackets_is_the_title_without_them() -> None:
    title, rest = NOTICE.split("\n", 1)
    report = extract_text(f"【{title}】\n{rest}").report
    assert (report.title, report.issuer) == (title, "中共青川县水利局党组")


def test_the_page_s_source_key_with_widgets_after_it_takes_its_value_from_the_line_below() -> None:
    text = "来源: 【字体:大 中 小】【打印】\n青川县生态环境局\n" + _NO_TEAM_NAMED.split("\n", 1)[1]
    assert extract_text(text).report.issuer == "青川县生态环境局"


@pytest.mark.parametrize(
    "credits", ["本版责编：张三　美编：李四　校对：王五", "（记者 张三 通讯员 李四）", "文/图：张三"]
)
def test_a_newspaper_s_credits_below_the_notice_are_page_furniture(credits: str) -> None:
    result = extract_text(NOTICE + credits + "\n")
    assert (result.issues[-1].measures, result.warnings) == ([], [])


_WECHAT_FOOT = "- END -\n来源：青川发布\n编辑：张三\n审核：李四\n点击“阅读原文”查看更多\n"


def test_a_wechat_article_s_foot_below_the_notice_is_page_furniture() -> None:
    result = extract_text(NOTICE + _WECHAT_FOOT)
    assert (result.issues[-1].measures, result.warnings) == ([], [])


def test_a_wechat_account_named_as_the_source_is_no_issuer() -> None:
    assert extract_text(_NO_TEAM_NAMED.split("\n", 1)[1] + _WECHAT_FOOT).report.issuer is None


@pytest.mark.parametrize(
    "files", ["附件：\n1.巡察整改台账.xlsx\n2.整改措施清单.docx\n", "附件下载：巡察整改台账.pdf\n"]
)
def test_the_files_a_page_offers_below_the_notice_are_page_furniture(files: str) -> None:
    result = extract_text(NOTICE + files)
    assert (result.issues[-1].measures, result.warnings) == ([], [])


def test_an_item_s_key_in_brackets_before_its_opening_words_is_no_column_tag() -> None:
    text = "【整改措施】按照县委要求完善制度。\n"
    assert split_page(text, fold(text)).paras[0].start == 0


def test_a_site_s_search_box_above_the_title_is_no_part_of_it() -> None:
    title = "十四届县委第三轮巡察整改进展情况的通报"
    report = extract_text(f"请输入关键字 搜索\n高级搜索\n{title}\n{OPENING}").report
    assert (report.title, report.issuer) == (title, "县卫健局党组")


def test_a_site_s_hotline_above_the_notice_is_no_contact_of_it() -> None:
    page = (ROOT / "gold_real11" / "docs" / "w32.txt").read_text(encoding="utf-8")
    assert extract_text("服务热线：12345\n" + page).report.contacts.phones == []


def test_a_prompt_to_read_the_page_on_a_phone_and_print_widgets_below_the_notice_are_page_furniture() -> None:
    result = extract_text(NOTICE + "扫一扫在手机上查看当前页面\n【打印正文】 【关闭窗口】\n")
    assert (result.issues[-1].measures, result.warnings) == ([], [])


def test_a_page_interpreting_a_notice_under_a_line_of_its_site_is_not_one() -> None:
    page = (ROOT / "gold_real2" / "docs" / "c14.txt").read_text(encoding="utf-8")  # 关于…结果公告的解读
    result = extract_text("开云体育(中国)官方网站-登录入口\n" + page)
    assert (result.issues, result.report.declared_issue_count) == ([], None)


def test_a_betting_site_s_line_a_mirror_sets_inside_the_title_is_no_part_of_it() -> None:
    page = (ROOT / "gold_real24" / "docs" / "i85.txt").read_text(encoding="utf-8")  # …中共達州市委 / 關于…的通報
    issuer_line, rest = page.split("\n", 1)
    report = extract_text(f"{issuer_line}\n365bet中文版_365bet官网_bet365体育在线投注\n{rest}").report
    assert (report.title, report.issuer) == ("中共達州市委關于省委巡視整改進展情況的通報", "中共達州市委")


@pytest.mark.parametrize("mark", ["（下转第2版）\n（上接第1版）", "广告"])
def test_a_newspaper_s_jump_marks_and_advertisement_label_inside_an_item_are_no_part_of_it(mark: str) -> None:
    title, opening, heading, first, second = NOTICE.rstrip("\n").split("\n")
    clean = extract_text(NOTICE)
    marked = extract_text("\n".join([title, opening, heading, first, mark, second]) + "\n")
    assert [(i.problem, i.status, i.measures) for i in marked.issues] == [
        (i.problem, i.status, i.measures) for i in clean.issues
    ]


def test_a_page_number_under_a_title_joins_no_line_to_it() -> None:
    page = (ROOT / "gold_real" / "docs" / "h12.txt").read_text(encoding="utf-8")  # …的报告 / --20211228日在…
    numbered = page.replace("\n\n--2021", "\n\n- 2 -\n--2021", 1)
    assert numbered != page
    assert extractor.extract(numbered).report.publish_date == dt.date(2021, 12, 28)  # (as loaded: hard wraps joined)


def test_a_source_in_brackets_below_the_notice_names_no_issuer_with_its_bracket() -> None:
    text = _NO_TEAM_NAMED.split("\n", 1)[1] + "（来源：青川县人民政府网）\n"
    assert extract_text(text).report.issuer is None


@pytest.mark.parametrize("line", ["（本文来源：青川县委巡察办）", "（来源：青川县纪委监委）"])
def test_the_inspection_office_or_discipline_body_given_as_a_notice_s_source_below_it_is_furniture_and_no_issuer(
    line: str,
) -> None:
    titled = extract_text(NOTICE + line + "\n")
    assert (titled.issues[-1].measures, titled.warnings) == ([], [])
    assert extract_text(_NO_TEAM_NAMED.split("\n", 1)[1] + line + "\n").report.issuer is None


def test_the_page_s_last_update_below_the_notice_is_page_furniture() -> None:
    result = extract_text(NOTICE + "最后更新：2024-03-05 10:21\n")
    assert (result.issues[-1].measures, result.warnings) == ([], [])


def test_a_link_to_the_original_below_the_notice_is_furniture_and_its_address_dates_nothing() -> None:
    result = extract_text(NOTICE + "原文链接：http://www.example.gov.cn/art/2024/3/5/art_123.html\n")
    assert (result.issues[-1].measures, result.warnings, result.report.publish_date) == ([], [], None)


def test_the_signature_closes_the_last_item() -> None:
    result = extract_text(NOTICE + "中共青川县水利局党组\n（此件公开发布）\n2024年3月15日\n")
    assert (result.issues[-1].measures, result.warnings) == ([], [])
    assert result.report.issuer == "中共青川县水利局党组"


def test_a_wechat_article_s_dateline_dates_the_notice() -> None:
    text = (
        "中共青川县水利局党组关于巡察整改进展情况的通报\n原创 清风青川 青川县纪委监委 2024-03-18 08:30 发表于四川\n"
        + NOTICE
    )
    assert extract_text(text).report.publish_date == dt.date(2024, 3, 18)


PLAN = (
    "中共青川县水利局党组关于落实县委第三巡察组反馈意见的整改方案\n为切实抓好巡察反馈问题整改，制定本方案。\n"
    "一、整改任务\n1.理论学习不深入。整改措施：制定学习计划。完成时限：2024年6月底。\n"
)


def test_a_rectification_plan_with_nothing_done_gives_no_items() -> None:
    assert extract_text(PLAN).issues == []


def test_a_rectification_plan_that_says_where_its_items_stand_is_read_with_a_warning_that_it_is_one() -> None:
    result = extract_text(PLAN.replace("2024年6月底。", "2024年6月底。已完成。"))
    assert [i.status for i in result.issues] == ["completed"]
    assert (
        "this reads as a rectification plan (整改方案): its items state measures planned, not done" in result.warnings
    )


def test_a_status_closing_the_last_measure_after_a_comma_is_the_status() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改情况\n1.国有资产管理不规范问题。组织开展资产清查，将闲置房产纳入统一管理，已整改。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("completed", "已整改")


def test_a_goal_closing_the_last_measure_is_no_status() -> None:
    text = OPENING + "二、巡察反馈问题整改情况\n1.国有资产管理不规范问题。组织开展资产清查，确保整改到位。\n"
    [issue] = extract_text(text).issues
    assert issue.status == "not_stated"


def test_a_table_under_the_findings_section_s_heading_takes_no_category_from_it() -> None:
    table = "序号\t反馈问题\t整改措施\t整改进展\n1\t理论学习不深入\t制定学习计划\t已完成\n2\t制度执行不严格\t修订制度\t整改中\n"
    issues = extract_text(OPENING + "一、整改落实情况\n" + table).issues
    assert [(i.path, i.category, i.status) for i in issues] == [
        (["一", "1"], None, "completed"),
        (["一", "2"], None, "in_progress"),
    ]


def test_a_table_under_a_heading_of_its_own_keeps_it_as_the_category() -> None:
    table = "序号\t反馈问题\t整改措施\t整改进展\n1\t理论学习不深入\t制定学习计划\t已完成\n"
    [issue] = extract_text(OPENING + "一、党的政治建设方面\n" + table).issues
    assert (issue.path, issue.category) == (["一", "1"], "党的政治建设方面")


def test_sections_that_group_findings_by_status_side_by_side_give_their_status_and_no_category() -> None:
    text = (
        OPENING
        + "一、已完成整改的问题\n1.污水处理厂提标改造滞后。\n整改进展：完成提标改造并通过验收。\n"
        + "二、达到序时进度的问题\n2.城区黑臭水体反弹。\n整改进展：完成8条黑臭水体治理。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.category, i.status) for i in issues] == [
        (["一", "1"], None, "completed"),
        (["二", "2"], None, "in_progress"),
    ]


def test_a_traditional_character_reprint_names_the_people_held_accountable_as_it_writes_them() -> None:
    text = (
        "中共某某鎮委員會關於巡察整改情況的通報\n二、巡察反饋問題整改情況\n"
        "1.村級財務管理混亂。整改措施：給予村會計張某某黨内嚴重警告處分，對村黨支部書記李某某進行誡勉談話。\n"
    )
    [issue] = extract_text(text).issues
    assert [(a.person, a.role, a.action) for a in issue.accountability] == [
        ("張某某", "村會計", "黨内嚴重警告處分"),
        ("李某某", "村黨支部書記", "誡勉談話"),
    ]


DECIMAL_OUTLINE = (
    OPENING
    + "二、巡视反馈问题整改落实情况\n1.贯彻落实党中央决策部署方面\n"
    + "1.1 服务国家战略意识不强。整改情况：已完成。\n1.2 国有资本布局优化不够。整改情况：正在推进。\n"
    + "2.全面从严治党方面\n2.1 “一把手”监督不到位。整改情况：已完成。\n"
)


def test_decimal_labels_number_the_items_of_the_item_they_name() -> None:
    issues = extract_text(DECIMAL_OUTLINE).issues
    assert [(i.path, i.category, i.problem, i.status) for i in issues] == [
        (["二", "1", "1.1"], "贯彻落实党中央决策部署方面", "服务国家战略意识不强", "completed"),
        (["二", "1", "1.2"], "贯彻落实党中央决策部署方面", "国有资本布局优化不够", "in_progress"),
        (["二", "2", "2.1"], "全面从严治党方面", "“一把手”监督不到位", "completed"),
    ]


def test_a_decimal_number_with_its_unit_is_no_label() -> None:
    text = OPENING + "二、巡察反馈问题整改情况\n1.耕地保护不力。\n1.5万亩耕地撂荒，已完成复垦。\n"
    [issue] = extract_text(text).issues
    assert (issue.path, issue.problem) == (["二", "1"], "耕地保护不力")


def test_a_group_s_one_paragraph_stating_a_problem_then_keying_its_rectification_is_an_item() -> None:
    text = (
        OPENING
        + "二、巡视反馈问题整改落实情况\n1.贯彻落实党中央决策部署方面\n"
        + "服务国家战略意识不强。整改情况：已完成。\n国有资本布局优化不够。整改情况：正在推进。\n"
        + "2.全面从严治党方面\n“一把手”监督不到位。整改情况：已完成。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.problem, i.status) for i in issues][-1] == (["二", "2"], "“一把手”监督不到位", "completed")
    assert len(issues) == 3


def test_a_findings_section_s_one_paragraph_stating_a_problem_then_keying_its_rectification_is_an_item() -> None:
    text = OPENING + "二、巡察反馈问题整改情况\n理论学习不深入。整改情况：已完成。\n三、下一步工作\n持续巩固。\n"
    [issue] = extract_text(text).issues
    assert (issue.path, issue.problem, issue.status) == (["二"], "理论学习不深入", "completed")


WECHAT_NOTICE = (
    "巡察整改进展情况公示｜县委宣传部\n清风某某 2024年03月12日 18:00 江西\n"
    "中共某某县委宣传部关于巡察整改进展情况的通报\n"
    "根据县委统一部署，县委第一巡察组对县委宣传部开展了常规巡察。\n二、整改落实情况\n"
    "1.网络意识形态阵地管理不严。整改情况：已完成。\n2.新闻舆论引导能力不强。整改情况：正在推进。\n"
    "编辑：王小明\n审核：李大伟\n阅读 1568\n在看 12\n"
)


def test_a_wechat_dateline_with_the_account_s_name_and_the_place_dates_the_notice() -> None:
    assert extract_text(WECHAT_NOTICE).report.publish_date == dt.date(2024, 3, 12)


def test_a_wechat_article_s_headline_above_the_notice_s_whole_title_is_no_part_of_it() -> None:
    report = extract_text(WECHAT_NOTICE).report
    assert (report.title, report.issuer) == ("中共某某县委宣传部关于巡察整改进展情况的通报", "中共某某县委宣传部")


def test_a_wechat_article_s_counts_at_its_foot_are_page_furniture() -> None:
    result = extract_text(WECHAT_NOTICE)
    assert (result.issues[-1].measures, result.warnings) == ([], [])


def test_a_traditional_character_title_ends_at_its_document_word() -> None:
    text = "國務院關於2022年度中央預算執行審計查出問題整改情況的報告\n維基文庫,自由的圖書館\n根據審計署安排，現將整改情況報告如下。\n"
    assert extract_text(text).report.title == "國務院關於2022年度中央預算執行審計查出問題整改情況的報告"


def test_a_status_sentence_after_the_problem_ends_it_even_with_paragraphs_below() -> None:
    text = (
        OPENING
        + "二、整改落实情况\n1.新闻舆论引导能力不强，阵地建设滞后。正在推进。组织业务培训2期。\n另外建设融媒体中心。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status, issue.measures) == (
        "新闻舆论引导能力不强，阵地建设滞后",
        "in_progress",
        ["组织业务培训2期", "另外建设融媒体中心"],
    )


def test_an_item_s_numbered_parts_problem_measures_and_result_are_one_issue() -> None:
    text = OPENING + (
        "二、巡察反馈问题整改情况\n1.理论学习不深入\n（1）问题表现：中心组学习内容单一。\n"
        "（2）整改措施：制定年度学习计划。\n（3）整改结果：已完成。\n"
        "2.食品安全监管存在盲区\n（1）问题表现：对校园周边小餐饮检查不足。\n"
        "（2）整改措施：开展专项整治。\n（3）整改结果：长期坚持。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.category, i.problem, i.measures, i.status) for i in issues] == [
        (["二", "1"], None, "理论学习不深入", ["制定年度学习计划"], "completed"),
        (["二", "2"], None, "食品安全监管存在盲区", ["开展专项整治"], "long_term"),
    ]


def test_items_that_state_their_problem_by_key_stay_items_of_their_own() -> None:
    text = OPENING + (
        "二、巡察反馈问题整改情况\n1.问题描述：理论学习不深入。整改情况：已完成。\n"
        "2.问题描述：制度执行不严格。整改情况：正在整改。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.problem, i.status) for i in issues] == [
        (["二", "1"], "理论学习不深入", "completed"),
        (["二", "2"], "制度执行不严格", "in_progress"),
    ]


def test_a_short_notice_without_a_long_paragraph_is_dated_by_its_signature() -> None:
    text = (
        "某某村党支部关于巡察整改情况的通报\n镇党委第二巡察组于2023年9月对我村党支部进行了巡察，反馈问题2个。\n"
        "一、村务公开不及时的问题。整改情况：已完成整改。\n二、人居环境整治不彻底的问题。整改情况：长期坚持。\n"
        "某某村党支部\n2024年1月5日\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2024, 1, 5)


def test_a_closing_clause_that_says_the_work_is_under_way_is_in_progress() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改情况\n1.集体资产管理不规范的问题。整改情况：完成集体资产清查，正在推进合同规范。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.status == "in_progress"


def test_items_under_the_findings_section_s_heading_make_a_notice_whatever_words_they_use() -> None:
    text = (
        "二、巡察反馈问题整改落实情况\n"
        "针对治污措施存在薄弱环节问题。一是加快推进污水管网建设。二是开展老城区排水工程招标。\n"
        "针对征地留用地突出问题。完成留用地遗留问题清查工作，形成分类台账。\n"
    )
    result = extract_text(text)
    assert [i.problem for i in result.issues] == ["治污措施存在薄弱环节问题", "征地留用地突出问题"]


def test_a_status_in_brackets_said_of_the_items_above_is_theirs() -> None:
    text = OPENING + (
        "二、整改情况\n（一）党的建设方面\n1.理论学习不深入。整改措施：制定学习计划。\n"
        "2.制度执行不严格。整改措施：修订制度。\n（以上2个问题已完成整改）\n"
    )
    issues = extract_text(text).issues
    assert [(i.status, i.status_text, i.measures) for i in issues] == [
        ("completed", "以上2个问题已完成整改", ["制定学习计划"]),
        ("completed", "以上2个问题已完成整改", ["修订制度"]),
    ]


def test_a_table_set_one_cell_per_line_without_numbers_gives_a_row_per_status_it_states() -> None:
    cells = (
        "反馈问题\n整改措施\n完成时限\n完成情况\n"
        "理论学习不深入\n制定学习计划\n2024年3月\n已完成\n"
        "制度执行不严格\n修订制度\n长期坚持\n长期坚持\n"
        "公车管理不规范\n建立台账\n2024年6月\n正在推进\n"
    )
    issues = extract_text(OPENING + "一、整改落实情况\n" + cells + "二、下一步打算\n巩固成果。\n").issues
    assert [(i.path, i.problem, i.measures, i.status) for i in issues] == [
        (["一"], "理论学习不深入", ["制定学习计划"], "completed"),
        (["一"], "制度执行不严格", ["修订制度"], "long_term"),
        (["一"], "公车管理不规范", ["建立台账"], "in_progress"),
    ]


def test_lines_after_an_unnumbered_table_that_state_no_status_are_no_row() -> None:
    cells = "反馈问题\n整改措施\n完成情况\n理论学习不深入\n制定学习计划\n已完成\n另外，我局还开展了专项整治\n建立长效机制\n取得良好效果\n"
    issues = extract_text(OPENING + "一、整改落实情况\n" + cells).issues
    assert [i.problem for i in issues] == ["理论学习不深入"]


def test_a_section_on_the_work_s_shortcomings_after_the_findings_lists_no_finding() -> None:
    text = OPENING + (
        "二、整改落实情况\n1.理论学习不深入。整改情况：已完成。\n2.制度执行不严格。整改情况：正在整改。\n"
        "三、存在的问题和不足\n1.个别问题整改成效还不够明显。\n2.长效机制还不够健全。\n四、下一步工作打算\n持续巩固。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["理论学习不深入", "制度执行不严格"]


def test_a_section_of_the_problems_found_that_comes_first_lists_findings() -> None:
    text = OPENING + "一、存在的问题\n1.理论学习不深入。整改情况：已完成。\n2.制度执行不严格。整改情况：正在整改。\n"
    assert [i.problem for i in extract_text(text).issues] == ["理论学习不深入", "制度执行不严格"]


def test_a_status_marked_with_a_bullet_closing_the_problem_s_line_is_its_status() -> None:
    text = OPENING + "二、整改情况\n1.理论学习不深入 ★已完成\n2.制度执行不严格 ●正在整改\n"
    issues = extract_text(text).issues
    assert [(i.problem, i.status, i.status_text) for i in issues] == [
        ("理论学习不深入", "completed", "已完成"),
        ("制度执行不严格", "in_progress", "正在整改"),
    ]


def test_a_status_in_brackets_closing_the_problem_before_its_key_is_its_status() -> None:
    text = OPENING + "二、整改情况\n1.财务报销审核不严（已完成）。整改措施：修订财务制度。\n"
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status, issue.status_text, issue.measures) == (
        "财务报销审核不严",
        "completed",
        "已完成",
        ["修订财务制度"],
    )


def test_a_status_in_brackets_after_the_problem_s_sentence_is_its_status() -> None:
    text = OPENING + "二、整改情况\n1.财务报销审核不严。（持续推进）整改措施：修订财务制度。\n"
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status, issue.measures) == ("财务报销审核不严", "in_progress", ["修订财务制度"])


def test_a_status_in_brackets_after_a_short_lead_in_is_the_status() -> None:
    text = OPENING + "二、整改情况\n1.财务报销审核不严。（立行立改，已完成）整改措施：修订财务制度。\n"
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text, issue.measures) == ("completed", "已完成", ["修订财务制度"])


@pytest.mark.parametrize(
    ("said", "status"),
    [("该问题已全面整改。", "completed"), ("现已彻底整改到位。", "completed"), ("已整改，长期坚持。", "long_term")],
)
def test_status_forms_closing_the_measures(said: str, status: str) -> None:
    text = OPENING + f"二、整改情况\n1.财务报销审核不严。整改措施：修订财务制度。{said}\n"
    [issue] = extract_text(text).issues
    assert issue.status == status


def test_a_key_within_the_measures_line_is_no_measure_of_its_own() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.财务报销审核不严。整改措施：修订财务制度。整改时限：2024年6月底。整改情况：已整改完成，长效机制已建立。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.measures) == ("completed", ["修订财务制度", "长效机制已建立"])


def test_headings_between_the_rows_of_a_table_set_one_cell_per_line_group_the_rows_after_them() -> None:
    cells = (
        "序号\n反馈问题\n整改措施\n整改进展\n"
        "（一）党的领导方面\n1\n理论学习不深入\n制定学习计划\n已完成\n2\n制度执行不严格\n修订制度\n整改中\n"
        "（二）作风建设方面\n3\n公务用车管理不规范\n建立台账\n已完成\n"
    )
    issues = extract_text(OPENING + "二、巡察反馈问题整改情况\n" + cells).issues
    assert [(i.path, i.category, i.problem, i.status) for i in issues] == [
        (["二", "（一）", "1"], "党的领导方面", "理论学习不深入", "completed"),
        (["二", "（一）", "2"], "党的领导方面", "制度执行不严格", "in_progress"),
        (["二", "（二）", "3"], "作风建设方面", "公务用车管理不规范", "completed"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "成立了以党委书记、董事长郑国栋为组长，党委副书记、总经理为副组长，其他班子成员为成员的巡察整改工作领导小组。",
        "成立巡察整改工作领导小组。郑国栋同志作为第一责任人，对整改工作负总责。",
        "郑国栋同志对整改工作负总责。",
        "成立了由县委副书记、县长郑国栋任组长，分管副县长任副组长，县乡村振兴局、县财政局、县农业农村局、县审计局及各乡镇主要负责人"
        "为成员的审计整改工作领导小组。",
        "成立以区委书记郑国栋、区长黄某某为双组长的督察整改工作领导小组。",
        "成立由局长郑国栋和局党组副书记、副局长林某任双组长的巡察整改工作领导小组。",
    ],
)
def test_the_lead_official_named_as_the_group_s_head_or_with_comrade_alone(sentence: str) -> None:
    assert extract_text(OPENING + sentence).report.lead_official == "郑国栋"


def test_the_one_bearing_overall_responsibility_is_the_lead_before_the_head_of_the_group() -> None:
    text = (
        OPENING + "成立以分管日常工作的副部长何某任组长的巡察整改工作领导小组。部长肖某坚决扛牢巡察整改第一责任人责任。"
    )
    assert extract_text(text).report.lead_official == "肖某"


def test_a_reprint_s_corner_quotes_are_quotes() -> None:
    text = OPENING + "二、整改情況\n1.關於「理論學習不夠深入」的問題。整改情況：已完成。\n"
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("理論學習不夠深入", "completed")


def test_a_problem_in_straight_quotes_is_read_as_quoted_and_given_as_written() -> None:
    text = OPENING + '二、整改情况\n1.关于"理论学习不够深入"的问题。整改情况：已完成。\n'
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("理论学习不够深入", "completed")


def test_a_reprint_s_title_gives_its_issuer() -> None:
    text = (
        "中共雲南省委關於二十屆中央第三輪巡視整改進展情況的通報\n根據中央統一部署，中央第三巡視組對雲南省進行了巡視。\n"
    )
    assert extract_text(text).report.issuer == "中共雲南省委"


@pytest.mark.parametrize(
    "masthead",
    ["临江日报 2024年3月8日 星期五 第03版：要闻\n上一版  下一版", "临江日报\n2024年3月8日 星期五\n第03版：要闻"],
)
def test_a_newspaper_masthead_is_furniture_that_dates_the_notice(masthead: str) -> None:
    text = masthead + "\n中共临江县人民检察院党组关于县委巡察整改情况的通报\n" + OPENING
    report = extract_text(text).report
    assert (report.issuer, report.publish_date) == ("中共临江县人民检察院党组", dt.date(2024, 3, 8))


def test_a_status_heading_with_its_count_gives_its_items_their_status() -> None:
    text = (
        OPENING
        + "一、已完成整改的问题（共2个）\n1.理论学习不深入。\n整改情况：制定学习计划。\n2.制度执行不严格。\n整改情况：修订制度。\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed", "completed"]


def test_a_status_before_lines_of_who_owns_the_item_and_by_when_is_its_status() -> None:
    text = (
        OPENING
        + "二、整改情况\n问题1：理论学习不深入。\n整改措施：制定学习计划。\n整改情况：开展专题学习3次。已完成。\n"
        + "责任人：王某某\n整改时限：立行立改\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("completed", "已完成")


def test_problems_counted_by_the_units_inspected_are_the_declared_count() -> None:
    text = OPENING + "巡察组共反馈4个村（社区）问题23个，已完成整改20个，正在整改3个。\n"
    assert extract_text(text).report.declared_issue_count == 23


@pytest.mark.parametrize(
    ("intro", "status"),
    [
        ("对巡察期间移交的2个立行立改问题，局党组即知即改，已于巡察期间全部整改到位：", "completed"),
        ("反馈的2个立行立改问题均已整改完成，具体如下：", "completed"),
        ("移交的2个问题，力争年底前全部整改到位。", "not_stated"),
    ],
)
def test_a_group_s_opening_words_that_declare_its_items_rectified_give_them_their_status(
    intro: str, status: str
) -> None:
    text = (
        OPENING
        + f"一、立行立改问题整改情况\n{intro}\n1.公务接待不规范。已补办审批手续。\n2.药品库房管理混乱。已销毁过期药品。\n"
    )
    assert [i.status for i in extract_text(text).issues] == [status, status]


def test_a_two_character_surname_is_part_of_the_name() -> None:
    text = OPENING + "二、整改情况\n1.公务接待不规范。整改情况：对办公室主任欧阳明进行诫勉谈话。已完成。\n"
    [issue] = extract_text(text).issues
    assert [(a.person, a.role, a.action) for a in issue.accountability] == [("欧阳明", "办公室主任", "诫勉谈话")]


def test_an_audit_s_findings_section_named_for_its_results_stays_in_the_path() -> None:
    text = OPENING + "二、审计查出问题整改结果\n（一）预算执行方面\n1.预算编制不精准。整改情况：已整改到位。\n"
    [issue] = extract_text(text).issues
    assert (issue.path, issue.category) == (["二", "（一）", "1"], "预算执行方面")


def test_an_audit_report_handed_down_dates_the_feedback() -> None:
    text = "市审计局对我局原局长王某某任期经济责任履行情况进行了审计。2023年10月17日，市审计局向我局下达了审计报告。\n"
    assert extract_text(text).report.feedback_date == dt.date(2023, 10, 17)


def test_a_status_cell_holding_rectification_in_stages_is_under_way() -> None:
    table = "序号\t审计发现问题\t整改措施\t整改情况\n1\t新院区建设项目未按期完工\t优化施工组织\t分阶段整改\n"
    [issue] = extract_text(OPENING + "二、审计发现问题整改情况\n" + table).issues
    assert issue.status == "in_progress"


def test_the_audit_office_at_work_on_the_rectification_is_no_inspection_team() -> None:
    text = (
        "现将2023年度审计查出问题整改情况报告如下。\n市审计局对审计工作报告反映的问题逐项建立整改台账，"
        "于2024年8月组织开展审计整改专项检查。\n"
    )
    assert extract_text(text).report.inspection_team is None


def test_a_report_read_to_the_congress_is_issued_by_the_office_whose_head_delivered_it() -> None:
    text = (
        "云溪区2023年度审计查出问题整改情况公布\n12月18日，区人大常委会会议听取和审议了区审计局局长黄某某受区人民政府委托所作的"
        "《关于2023年度审计查出问题整改情况的报告》。\n一、审计整改总体情况\n区委、区政府高度重视审计整改工作。\n"
    )
    assert extract_text(text).report.issuer == "云溪区审计局"  # (with the place the title names)


def test_the_notice_s_own_title_below_a_page_title_without_its_issuer_gives_the_issuer() -> None:
    text = (
        "关于丹霞区2023年度审计查出问题整改情况的报告\n作者：预算工委　来源：丹霞区人大　时间：2024-11-05\n"
        "丹霞区人民政府关于2023年度审计查出问题整改情况的报告\n区人民政府副区长　马某\n主任、各位副主任、各位委员：\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == ("丹霞区人民政府关于2023年度审计查出问题整改情况的报告", "丹霞区人民政府")


def test_an_electronic_paper_s_zoom_controls_are_furniture() -> None:
    text = "潇湘日报数字报\n2023年11月30日 星期四　第A03版：要闻\n放大 缩小 默认\n湖南省人民政府关于2022年度审计查出问题整改情况的报告\n"
    assert extract_text(text).report.issuer == "湖南省人民政府"


def test_a_heading_with_the_finding_as_fed_back_and_its_keyed_fields_is_one_issue() -> None:
    text = (
        "省第二生态环境保护督察组于2023年4月对桐溪县开展了督察。\n二、督察反馈问题整改情况\n"
        "（一）城区污水处理厂进水浓度偏低问题\n督察反馈：城区污水处理厂进水化学需氧量平均浓度仅为142毫克/升。\n"
        "整改目标：进水浓度提升至200毫克/升以上。\n整改措施及完成情况：实施雨污分流改造12.6公里。\n"
        "整改完成情况：已完成整改，符合销号条件。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status, issue.measures) == (
        "城区污水处理厂进水浓度偏低问题",
        "completed",
        ["实施雨污分流改造12.6公里"],
    )


def test_a_problem_keyed_as_the_problem_to_rectify_drops_its_key() -> None:
    text = (
        OPENING
        + "二、整改情况\n【问题1】\n整改问题：县城垃圾填埋场渗滤液处理能力不足。\n整改措施：新建处理设施。\n完成情况：已完成。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("县城垃圾填埋场渗滤液处理能力不足", "completed")


def test_work_done_counted_in_its_units_is_no_status() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.渣场防渗设施不完善。\n整改进展：已完成2座渣场渗滤液收集系统改造。\n完成情况：达到序时进度。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("in_progress", "达到序时进度")


def test_a_table_whose_problem_column_is_the_problem_to_rectify_is_read() -> None:
    cells = "序号\n整改问题\n整改时限\n责任单位\n完成情况\n1\n园区污水管网建设滞后\n2024年底\n区住建局\n已完成\n"
    [issue] = extract_text(OPENING + "二、整改情况\n" + cells).issues
    assert (issue.problem, issue.status) == ("园区污水管网建设滞后", "completed")


@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        ("省安委会第五安全生产督导组对我县开展了安全生产专项督导。", "省安委会第五安全生产督导组"),
        ("省安委会第三安全生产巡查组对我市开展了安全生产巡查。", "省安委会第三安全生产巡查组"),
        ("省耕地保护专项督察第三组对我县开展了耕地保护专项督察。", "省耕地保护专项督察第三组"),
        # (A number in digits, what it inspects between it and the kind.)
        ("国家统计局第2统计督察组于2021年9月6日至17日对我县开展了统计督察。", "国家统计局第2统计督察组"),
        ("市委第三乡村振兴专项巡察组对我县开展了专项巡察。", "市委第三乡村振兴专项巡察组"),
        ("国家自然资源督察武汉局对我市开展了耕地保护督察。", "国家自然资源督察武汉局"),
    ],
)
def test_the_teams_of_other_inspections_are_read(sentence: str, team: str) -> None:
    assert extract_text("崇阳县关于督导反馈问题整改情况的报告\n2024年10月，" + sentence).report.inspection_team == team


def test_the_unit_a_supervision_went_to_is_read() -> None:
    text = (
        "崇阳县关于督导反馈问题整改情况的报告\n2024年10月，省安委会第五安全生产督导组对我县开展了安全生产专项督导。\n"
    )
    assert extract_text(text).report.inspected_unit == "崇阳县"


def test_a_committee_and_its_government_named_without_their_place_take_the_title_s_place() -> None:
    text = (
        "宁川市贯彻落实第三轮中央生态环境保护督察报告整改进展情况\n"
        "2023年4月，中央第三生态环境保护督察组对宁川市开展了督察。\n一、整改工作开展情况\n市委、市政府高度重视督察整改工作。\n"
        "二、督察反馈问题整改情况\n1.城区污水管网建设滞后。整改情况：已完成。\n"
    )
    assert extract_text(text).report.issuer == "宁川市委、市政府"


def test_a_site_s_welcome_run_into_the_title_is_furniture() -> None:
    text = (
        "江屿区人民政府 欢迎您！今天是：2024年12月27日　无障碍　关怀版　繁体版\n中共江屿区委关于巡察整改情况的通报\n"
        + OPENING
    )
    assert extract_text(text).report.title == "中共江屿区委关于巡察整改情况的通报"


def test_a_signature_that_repeats_the_letterhead_above_the_first_page_number_is_no_running_header() -> None:
    text = (
        "青原市督察整改工作领导小组办公室\n关于督察反馈意见整改落实情况的公示\n"
        "2022年4月，省第二生态环境保护督察组对我市开展了督察。\n"
        "青原市督察整改工作领导小组办公室\n2024年7月5日\n第 1 页 共 3 页\n"
    )
    assert extract_text(text).report.issuer == "青原市督察整改工作领导小组办公室"


def test_a_status_line_that_page_numbers_happen_to_follow_stays_the_items_status() -> None:
    items = [f"问题{k}：第{k}项制度执行不严格。\n整改情况：修订制度。\n完成情况：已完成\n" for k in range(1, 7)]
    pages = items[0] + "第 1 页 共 3 页\n" + "".join(items[1:4]) + "— 2 —\n" + "".join(items[4:]) + "第 3 页 共 3 页\n"
    issues = extract_text(OPENING + "二、整改情况\n" + pages).issues
    assert [i.status for i in issues] == ["completed"] * 6


def test_a_committee_and_its_government_a_space_apart_in_the_title_are_two_issuers() -> None:
    text = "中共临州市委　临州市人民政府关于督察反馈意见整改情况的报告\n2021年4月，中央第四生态环境保护督察组对江西省开展了督察。\n"
    assert extract_text(text).report.issuer == "中共临州市委、临州市人民政府"


def test_an_audit_s_tally_of_problems_rectified_in_stages_counts_as_under_way() -> None:
    text = (
        "市审计局对市卫健委2023年度预算执行情况进行了审计，指出问题53个。\n"
        "截至2024年10月底，已整改到位45个，分阶段整改5个，持续整改3个。\n"
        "二、审计查出问题整改情况\n1.预算编制不精准。整改情况：已整改到位。\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.in_progress) == (45, 8)


def test_all_of_the_problems_the_clause_before_counts_are_tallied() -> None:
    text = (
        "市审计局对市卫健委进行了审计，指出问题62个。截至2023年9月底，立行立改问题41个，已全部整改到位。\n"
        "二、审计查出问题整改情况\n1.预算编制不精准。整改情况：已整改到位。\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and counts.completed == 41


@pytest.mark.parametrize(
    "sentence",
    [
        "成立由党委书记郑国栋任组长、院长陈某某任副组长的巡察整改工作领导小组，党委书记履行第一责任人职责。",
        "成立了以党委书记郑国栋为组长、校长罗某某为副组长的领导小组，郑国栋同志对巡察整改工作负总责。",
        "成立了由局党组书记、局长郑国栋同志担任组长的巡察整改工作领导小组，局党组书记认真履行第一责任人责任。",
    ],
)
def test_the_head_of_the_group_is_the_lead_and_never_the_deputy_named_after_him(sentence: str) -> None:
    assert extract_text(OPENING + sentence).report.lead_official == "郑国栋"


def test_a_measure_shaped_enumerated_problem_that_falls_short_is_an_item() -> None:
    text = (
        OPENING
        + "二、整改情况\n（一）政治建设方面\n一是理论学习不深入。整改情况：制定学习计划。已完成。\n"
        + "二是落实意识形态工作责任制不够到位。整改情况：修订实施细则。已完成。\n"
    )
    assert [i.path[-1] for i in extract_text(text).issues] == ["一是", "二是"]


def test_a_later_date_of_a_page_that_lost_its_digits_is_read_where_no_day_has_as_many() -> None:
    text = "2024417日至531日，省委教育工委第三巡察组对学院党委进行了巡察。72日，巡察组向学院党委反馈了巡察意见。\n"
    assert extract_text(text).report.feedback_date == dt.date(2024, 7, 2)


@pytest.mark.parametrize(
    ("sentence", "completed", "in_progress"),
    [
        ("巡察反馈的3个方面9个问题已全部整改到位。", 9, 0),
        ("严格落实中央八项规定精神，截至目前已完成整改9个，正在整改2个。", 9, 2),
    ],
)
def test_a_tally_counts_problems_not_the_areas_or_rules_beside_them(
    sentence: str, completed: int, in_progress: int
) -> None:
    text = OPENING + sentence + "\n二、巡察反馈问题整改情况\n1.预算编制不精准。整改情况：已整改到位。\n"
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.in_progress) == (completed, in_progress)


def test_a_sentence_running_over_a_page_break_is_joined_over_the_page_number() -> None:
    text = (
        OPENING
        + "二、整改情况\n（一）食品安全“两个责任”落实不到位，包保干部督导不实。\n"
        + "整改情况：开展专题培训2期，培训包保干部\n- 2 -\n第3页\n412人次。二是对督导记录进行全面核查。\n"
        + "完成情况：已完成。\n"
    )
    [issue] = extractor.extract(text).issues  # (joined when the text is loaded, as a PDF's hard wraps are)
    assert (issue.status, issue.measures[0]) == ("completed", "开展专题培训2期，培训包保干部412人次")


def test_a_firm_s_officers_are_roles_and_a_dismissal_is_an_action() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.财务管理不规范。整改情况：对原财务总监方某某给予政务记过处分，对收费员易某某给予辞退处理，"
        + "对收费站站长龙某某进行诫勉谈话。已完成。\n"
    )
    [issue] = extract_text(text).issues
    assert [(a.person, a.role, a.action) for a in issue.accountability] == [
        ("方某某", "原财务总监", "政务记过处分"),
        ("易某某", "收费员", "辞退处理"),
        ("龙某某", "收费站站长", "诫勉谈话"),
    ]


def test_an_inspection_by_the_level_above_keeps_its_qualifier() -> None:
    text = (
        "县城投集团党委关于市委提级巡察整改进展情况的通报\n2024年3月，市委第五巡察组对县城投集团党委开展了提级巡察。\n"
    )
    assert extract_text(text).report.inspection_kind == "提级巡察"


def test_the_issuing_body_on_its_own_line_under_a_title_without_one_is_the_issuer() -> None:
    text = (
        "关于集团党委第一巡察组机动巡察反馈问题整改情况的通报\n作者：高速运营公司　　发布日期：2024-06-25\n"
        "中共成渝交投高速公路运营管理有限公司总支部委员会\n根据集团党委统一部署，2024年3月，集团党委第一巡察组对公司党总支开展了机动巡察。\n"
    )
    report = extract_text(text).report
    assert report.issuer == "中共成渝交投高速公路运营管理有限公司总支部委员会"
    assert (
        report.title
        == "中共成渝交投高速公路运营管理有限公司总支部委员会关于集团党委第一巡察组机动巡察反馈问题整改情况的通报"
    )


@pytest.mark.parametrize("verb", ["对照", "紧扣", "针对", "围绕"])
def test_the_verb_before_a_team_is_no_part_of_its_name(verb: str) -> None:
    text = f"中共某某县财政局党组关于巡察整改情况的通报\n{verb}县委第三巡察组反馈的问题，局党组逐项整改。\n"
    assert extract_text(text).report.inspection_team == "县委第三巡察组"


FINDINGS_LISTED = (
    "根据区委统一部署，2024年3月25日至5月20日，区委第四巡察组对区文旅局党组开展了常规巡察。\n"
    "一、巡察发现的主要问题\n1.学习贯彻党的创新理论不够深入。\n2.意识形态工作责任制落实不到位。\n"
    "二、意见建议\n请你局党组认真研究，于2个月内报送整改进展情况报告。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "中共云阳区委巡察工作领导小组关于巡察中共云阳区文化旅游体育局党组的反馈意见",
        "区委第四巡察组向区文旅局党组反馈巡察情况",
        "安平市纪委监委通报5起巡察整改不力典型问题",
        "区文旅局2023年工作总结和2024年工作计划",
        "巡察反馈问题整改情况报告范文（精选3篇）",
    ],
)
def test_pages_of_other_genres_that_list_problems_yield_no_issue(title: str) -> None:
    assert extract_text(title + "\n" + FINDINGS_LISTED).issues == []


PROBLEMS_AND_MEASURES = (
    "根据县委统一部署，2024年3月至5月，县委第一巡察组对县教育局党组开展了巡察。\n一、存在的问题\n"
    "1.理论学习不深入。整改措施：制定学习计划，每月集中学习一次。\n2.制度执行不严格。整改措施：修订财务报销制度。\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "县教育局党组书记巡察整改专题民主生活会对照检查材料",
        "县教育局党组班子巡察整改专题民主生活会检视剖析材料",
        "关于县教育局党组巡察反馈问题的整改通知",
        "县委巡察办整改通知书",
    ],
)
def test_a_self_criticism_or_an_order_to_rectify_with_measures_is_no_notice(title: str) -> None:
    assert extract_text(title + "\n" + PROBLEMS_AND_MEASURES).issues == []


def test_a_model_text_with_placeholders_yields_no_issue() -> None:
    text = (
        "关于XX委员会巡察反馈问题整改情况的报告\n根据县委统一部署，20XX年X月X日至X月X日，县委第X巡察组对XX单位党组开展了巡察。\n"
        "二、反馈问题整改落实情况\n1.理论学习不深入。整改情况：已整改完成。\n"
    )
    assert extract_text(text).issues == []


def test_a_notice_on_the_rectification_of_typical_problems_is_still_a_notice() -> None:
    text = "关于巡察发现典型问题整改情况的通报\n" + OPENING + "二、整改情况\n1.理论学习不深入。整改情况：已完成。\n"
    assert [i.problem for i in extract_text(text).issues] == ["理论学习不深入"]


TWO_ITEMS = OPENING + "二、整改情况\n1.理论学习不深入。整改情况：制定学习计划。已完成。\n2.制度执行不严格。\n"


def test_an_item_the_end_of_a_stored_copy_cuts_mid_sentence_is_left_out_with_a_warning() -> None:
    result = extract_text(TWO_ITEMS + "整改情况：一是修订《财务管理")
    assert [i.problem for i in result.issues] == ["理论学习不深入"]
    assert "the text ends in the middle of an item: its last, cut-off item was left out" in result.warnings


def test_a_problem_the_copy_cuts_before_any_rectification_is_left_out_as_incomplete() -> None:
    result = extract_text(TWO_ITEMS + "整改情况：已完成。\n3.关")
    assert [i.problem for i in result.issues] == ["理论学习不深入", "制度执行不严格"]
    assert "the text ends in the middle of an item: its last, incomplete problem was left out" in result.warnings


def test_an_item_whose_text_ends_with_a_semicolon_stops_mid_list() -> None:
    result = extract_text(TWO_ITEMS + "整改措施：对全县86家规模养殖场逐场排查；")
    assert [i.problem for i in result.issues] == ["理论学习不深入"]


def test_a_problem_the_text_ends_with_before_any_rectification_is_left_out() -> None:
    result = extract_text(TWO_ITEMS)
    assert [i.problem for i in result.issues] == ["理论学习不深入"]


@pytest.mark.parametrize(
    "end",
    [
        "整改情况：修订制度。",
        "整改情况：修订制度\n完成情况：已完成",
        "整改情况：修订制度\n整改时限：立行立改",
        "整改情况：修订制度 ★正在整改",
    ],
)
def test_an_item_ending_at_a_sentence_a_status_or_a_field_is_whole(end: str) -> None:
    assert [i.problem for i in extract_text(TWO_ITEMS + end).issues] == ["理论学习不深入", "制度执行不严格"]


def test_a_text_closed_by_a_signature_s_date_is_whole() -> None:
    text = TWO_ITEMS + "整改情况：修订制度\n中共某某县卫健局党组\n2024年6月1日"
    assert len(extract_text(text).issues) == 2


@pytest.mark.parametrize(
    ("items", "cut"),
    [
        (
            "1.理论学习不深入。整改情况：制定学习计划。目前该问题已整改到位。",
            "2.农业产业化龙头企业培育力度不够，部分财政扶持资金",
        ),
        ("一是理论学习不深入。整改情况：制定学习计划。已完成整改。", "\n二是财务管理不规范，社有资产出租未公开招租，"),
    ],
)
def test_the_next_item_cut_by_the_end_leaves_the_one_before_it_whole(items: str, cut: str) -> None:
    result = extract_text(OPENING + "二、整改情况\n（一）政治建设方面\n" + items + cut)
    assert [(i.problem, i.status) for i in result.issues] == [("理论学习不深入", "completed")]


def test_a_committee_and_its_government_a_space_apart_split_after_the_whole_committee() -> None:
    text = "中共永丰镇委员会 永丰镇人民政府关于巡察反馈意见整改进展情况的通报\n2024年3月，区委第三巡察组对永丰镇党委进行了巡察。\n"
    assert extract_text(text).report.issuer == "中共永丰镇委员会、永丰镇人民政府"


def test_the_unit_s_own_party_body_named_from_within_stays_as_written() -> None:
    text = "中共攸县人民法院党组关于巡察整改情况的通报\n2024年3月，县委第五巡察组对我院党组开展了常规巡察。\n"
    assert extract_text(text).report.inspected_unit == "我院党组"


def test_a_party_body_named_by_its_kind_after_the_unit_entered_takes_the_unit_s_name() -> None:
    text = "自2023年10月16日起，县委第三巡察组进驻县水利局，对局党组开展了为期两个月的常规巡察。\n"
    assert extract_text(text).report.inspected_unit == "县水利局党组"


def test_an_opening_set_out_as_fields_gives_the_team_and_the_unit() -> None:
    text = "巡察组别：区委第一巡察组\n巡察对象：区住房和城乡建设局党组\n巡察时间：2023.10.9—2023.12.8\n"
    report = extract_text(text).report
    assert (report.inspection_team, report.inspected_unit) == ("区委第一巡察组", "区住房和城乡建设局党组")


def test_a_team_named_with_its_committee_s_term_and_round_is_read_as_written() -> None:
    text = "2024年3月，十四届区委第五轮巡察第二巡察组对区人社局党组开展了常规巡察。\n"
    assert extract_text(text).report.inspection_team == "十四届区委第五轮巡察第二巡察组"


def test_a_date_a_tally_stands_at_is_no_feedback_date() -> None:
    text = (
        "2024年3月，区委第二巡察组召开巡察反馈会。截至2024年7月31日，15个反馈问题已完成整改12个。\n"
        "二、整改情况\n1.理论学习不深入。整改情况：已完成。\n"
    )
    assert extract_text(text).report.feedback_date is None


def test_an_inspection_entered_on_one_date_and_held_to_another_has_both() -> None:
    text = "市委第四巡察组于2023年9月18日进驻东山街道，至11月17日对东山街道党工委开展了常规巡察。\n"
    report = extract_text(text).report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2023, 9, 18), dt.date(2023, 11, 17))


def test_substantially_done_and_going_on_is_long_term() -> None:
    text = OPENING + "二、整改情况\n1.帮扶措施落实不到位。整改情况：建立跟踪台账。基本完成整改，持续推进。\n"
    assert extract_text(text).issues[0].status == "long_term"


def test_a_heading_on_managing_risk_and_plugging_loopholes_under_a_slogan_is_no_finding() -> None:
    text = (
        OPENING
        + "一、坚持问题导向，逐条对账销号\n（一）对照问题清单，逐项制定措施\n公司党委逐条制定整改措施。\n"
        + "（二）强化风险防控，堵塞管理漏洞\n修订投资管理办法，建立重大投资项目风险评估机制。\n"
    )
    assert extract_text(text).issues == []


def test_a_firm_named_after_its_city_keeps_its_whole_name() -> None:
    text = "2024年3月，市委第二巡察组对醴陵市国有资产投资经营集团有限公司党委进行了巡察。\n"
    assert extract_text(text).report.inspected_unit == "醴陵市国有资产投资经营集团有限公司党委"


def test_a_report_under_a_congress_s_site_header_is_issued_by_the_office_that_read_it() -> None:
    text = (
        "桃江县人民代表大会常务委员会\n关于2022年度审计查出问题整改情况的报告\n"
        "——2023年12月26日在县人大常委会第十七次会议上\n县审计局局长　刘某某\n主任、各位副主任、各位委员：\n"
    )
    assert extract_text(text).report.issuer == "桃江县审计局"  # (with the place the header names)


def test_a_publisher_s_name_beside_the_date_leaves_the_line_page_metadata() -> None:
    text = (
        "中共某某学院委员会关于巡察整改情况的通报\n发布者：学院党委    发布时间：2024-12-02    点击次数：385\n"
        + OPENING
    )
    assert extract_text(text).report.publish_date == dt.date(2024, 12, 2)


def test_a_deadline_in_brackets_is_no_status() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.党委主体责任落实不到位。\n【整改措施】修订制度。\n【整改时限】长期坚持\n【整改成效】督导检查16次。\n"
    )
    assert extract_text(text).issues[0].status == "not_stated"


def test_a_summary_of_the_whole_rectification_after_the_last_item_is_no_part_of_it() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.出租车经营权管理不规范。整改情况：正在推进出租车经营权改革。正在整改。\n"
        + "通过巡察整改，局党组政治站位进一步提升，干部作风进一步转变，各项工作取得新成效。\n"
    )
    assert extract_text(text).issues[0].status == "in_progress"


def test_a_status_group_of_the_rectification_period_gives_its_items_their_status() -> None:
    text = OPENING + "二、集中整改期间已完成整改的问题\n1.理论学习不深入。\n整改情况：制定学习计划。\n"
    assert extract_text(text).issues[0].status == "completed"


def test_a_findings_section_named_for_its_tasks_stays_in_the_path() -> None:
    text = OPENING + "二、整改任务完成情况\n（一）责任落实方面\n1.一岗双责落实不到位。整改情况：已完成。\n"
    assert extract_text(text).issues[0].path == ["二", "（一）", "1"]


def test_a_table_row_whose_cells_hold_line_breaks_is_one_row() -> None:
    table = (
        "序号\t问题类别\t巡察反馈问题\t整改措施\t责任人\t完成时限\t整改情况\n"
        "1\t党的领导方面\t理论学习不够深入\t1.制定年度学习计划；\n2.规范学习记录\t罗某某\t2023年8月底\t已完成\n"
        "2\t\t宣传栏内容更新不及时，\n内容陈旧\t1.明确专人负责；\n2.每月更新内容\t罗某某\t长期坚持\t阶段性完成，长期坚持\n"
    )
    issues = extract_text(OPENING + "二、巡察反馈问题整改情况\n" + table).issues
    assert [(i.path, i.status) for i in issues] == [(["二", "1"], "completed"), (["二", "2"], "long_term")]


def test_a_table_set_apart_by_spaces_keeps_its_columns_where_a_merged_cell_is_empty() -> None:
    table = (
        "序号   问题类型      审计发现问题                      整改情况                  整改结果\n"
        "1    预算管理      部分支出未纳入预算管理            已将支出纳入预算          已整改\n"
        "2                  预算执行率偏低                    建立月通报制度            部分整改\n"
    )
    issues = extract_text(OPENING + "二、审计发现问题整改情况\n" + table).issues
    assert [(i.problem, i.category, i.status) for i in issues] == [
        ("部分支出未纳入预算管理", "预算管理", "completed"),
        ("预算执行率偏低", "预算管理", "in_progress"),
    ]


def test_items_keyed_on_their_line_under_a_quoted_group_heading_are_the_items() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改情况\n（一）关于“落实国有企业党的领导作用不充分”问题的整改情况\n"
        + "1.党委前置研究事项清单未及时修订。整改情况：修订清单。已完成整改。\n"
        + "2.党委会议事规则执行不严格。整改情况：修订议事规则。已完成整改。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.category) for i in issues] == [
        (["二", "（一）", "1"], "落实国有企业党的领导作用不充分"),
        (["二", "（一）", "2"], "落实国有企业党的领导作用不充分"),
    ]


@pytest.mark.parametrize(
    ("sentence", "count"), [("审计工作报告共反映问题38个。", 38), ("自治区交办我市整改任务28项。", 28)]
)
def test_problems_reported_and_tasks_handed_down_are_counts(sentence: str, count: int) -> None:
    text = OPENING + sentence + "\n二、整改情况\n1.预算编制不精准。整改情况：已整改到位。\n"
    assert extract_text(text).report.declared_issue_count == count


def test_the_head_of_a_rectification_working_group_is_the_lead() -> None:
    text = OPENING + "成立由村党总支书记、村委会主任杨某某任组长，支委、村委委员为成员的整改工作小组。\n"
    assert extract_text(text).report.lead_official == "杨某某"


def test_a_newspaper_s_name_and_date_on_one_line_date_the_notice() -> None:
    text = "湖南日报 2024年04月18日 星期四\n第A06版：要闻\n中共某某县财政局党组关于巡察整改情况的通报\n" + OPENING
    assert extract_text(text).report.publish_date == dt.date(2024, 4, 18)


def test_headings_between_the_rows_of_a_table_group_the_rows_after_them() -> None:
    table = (
        "序号\t问题\t整改措施\t完成情况\n一、政治监督方面\n1\t对基层党建工作指导不够\t开展专项督导2轮\t已完成\n"
        "二、作风建设方面\n2\t行风建设成效不明显\t开通就医诉求专线\t整改中\n"
    )
    issues = extract_text(OPENING + table).issues
    assert [(i.path, i.category, i.status) for i in issues] == [
        (["一", "1"], "政治监督方面", "completed"),
        (["二", "2"], "作风建设方面", "in_progress"),
    ]


def test_a_table_row_s_cells_holding_lists_are_not_split_as_paragraphs() -> None:
    row = "1\t学院党委落实意识形态工作责任制不够到位，对讲座论坛阵地管理不严。\t1.修订实施细则； 2.建立讲座论坛审批制度； 3.开展课堂教学督导听课312人次。\t已完成"
    issues = extract_text(OPENING + "二、具体问题整改情况\n序号\t问题\t整改措施\t完成情况\n" + row + "\n").issues
    assert [(i.path, i.status) for i in issues] == [(["二", "1"], "completed")]


@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("整改完成率100%。", "completed"),
        ("经县委巡察办验收，予以销号。", "completed"),
        ("整改情况：已立行立改到位。", "completed"),
        ("目前进展：持续整改中。", "in_progress"),
    ],
)
def test_more_status_forms(said: str, status: str) -> None:
    text = OPENING + f"二、整改情况\n1.财务报销审核不严。\n整改措施：修订财务制度。\n{said}\n"
    assert extract_text(text).issues[0].status == status


def test_a_deadline_key_before_the_measures_is_no_status() -> None:
    text = (
        OPENING + "二、整改情况\n1.四风问题仍有发生。\n整改时限：长期坚持\n责任领导：王某某\n整改措施：开展专项整治。\n"
    )
    assert extract_text(text).issues[0].status == "not_stated"


def test_sub_items_that_open_as_measures_but_fall_short_and_rectify_are_findings() -> None:
    text = (
        OPENING
        + "二、整改情况\n3.党风廉政建设责任落实不到位\n（5）对基层所队监督管理不严，廉政风险防控不到位。一是开展专项检查。\n"
        + "（6）违规收取检测费用问题。一是清退费用。此问题已解决。\n"
    )
    assert [i.path[-1] for i in extract_text(text).issues] == ["（5）", "（6）"]


def test_a_sentence_on_the_items_above_reaches_them_when_the_last_states_its_own() -> None:
    text = (
        OPENING
        + "二、整改情况\n（一）作风方面\n1.理论学习不深入。\n整改措施：制定学习计划。\n2.公务用车管理不规范。\n"
        + "整改情况：已整改到位。\n以上问题已基本完成整改，将持续推进。\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["long_term", "completed"]


def test_a_signature_s_date_that_lost_its_words_closes_the_text() -> None:
    text = TWO_ITEMS + "整改情况：修订制度\n中共某某县卫健局党组\n202591"
    assert len(extract_text(text).issues) == 2


def test_a_site_s_name_run_into_the_title_line_is_no_part_of_the_issuer() -> None:
    text = (
        "淮川经济技术开发区管理委员会中共淮川经济技术开发区工作委员会关于市委机动巡察集中整改进展情况的通报\n" + OPENING
    )
    report = extract_text(text).report
    assert report.issuer == "中共淮川经济技术开发区工作委员会"
    assert report.title is not None and report.title.startswith("中共淮川")


def test_a_metadata_key_in_brackets_of_its_own_dates_the_notice() -> None:
    text = (
        "中共某某县委统战部关于巡察整改情况的通报\n【发布单位】县委统战部　【发布日期】2024-04-26　【浏览次数】411\n"
        + OPENING
    )
    assert extract_text(text).report.publish_date == dt.date(2024, 4, 26)


@pytest.mark.parametrize("manner", ["严格", "全面", "扎实"])
def test_the_one_who_bears_it_in_any_manner_is_the_lead(manner: str) -> None:
    text = OPENING + f"村党总支书记刘某某{manner}履行整改第一责任人责任。\n"
    assert extract_text(text).report.lead_official == "刘某某"


def test_a_second_look_at_a_rectification_keeps_its_qualifier() -> None:
    text = "2024年5月，县委第二巡察组对县委政法委开展了巡察整改“回头看”。\n"
    assert extract_text(text).report.inspection_kind == "巡察整改“回头看”"


@pytest.mark.parametrize(
    ("sentence", "person", "role"),
    [
        ("对县财政局党组书记、局长吕某某进行约谈", "吕某某", "县财政局党组书记、局长"),
        ("对该村党支部书记谭某某进行诫勉谈话", "谭某某", "党支部书记"),
        ("对负责党员发展工作的组织干事潘某某进行批评教育", "潘某某", "组织干事"),
        ("对分管财务的副院长钟离某某进行约谈", "钟离某某", "分管财务的副院长"),
    ],
)
def test_roles_and_names_as_notices_write_them(sentence: str, person: str, role: str) -> None:
    text = OPENING + f"二、整改情况\n1.财务审核不严。整改情况：{sentence}。已完成。\n"
    [record] = extract_text(text).issues[0].accountability
    assert (record.person, record.role) == (person, role)


def test_work_done_before_the_status_of_the_problem_is_no_status() -> None:
    text = OPENING + "二、整改情况\n1.管护不到位。县水利局已落实管护主体和经费，问题正在整改中。\n"
    assert extract_text(text).issues[0].status == "in_progress"


def test_people_listed_together_then_one_measure_each_take_theirs_in_order() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.执法不规范。整改情况：对执法监察大队大队长李某、副大队长赵某某分别进行提醒谈话和批评教育。已完成。\n"
    )
    assert [(a.person, a.action) for a in extract_text(text).issues[0].accountability] == [
        ("李某", "提醒谈话"),
        ("赵某某", "批评教育"),
    ]


def test_problems_like_those_fed_back_that_the_unit_found_itself_are_no_declared_count() -> None:
    text = (
        "2024年7月5日，巡察组向局党组反馈了巡察意见，指出3个方面10个问题。局党组对照反馈意见开展自查自纠，"
        "梳理出同类问题11个一并纳入整改台账。现将整改情况予以公布。"
    )
    assert extract_text(text).report.declared_issue_count == 10


def test_findings_under_a_batch_heading_of_completed_problems_take_its_status() -> None:
    text = OPENING + "二、第二批已完成整改的问题及整改情况\n1.老旧小区改造推进不力。整改情况：成立工作专班。\n"
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("老旧小区改造推进不力", "completed")


def test_a_title_joining_an_audit_to_the_inspection_gives_no_unit() -> None:
    text = (
        "中共龙泉镇委员会关于县委巡察和经济责任审计反馈问题整改情况的通报\n"
        "根据县委统一部署，县委第一巡察组对龙泉镇党委开展了常规巡察。现将整改情况予以公布。\n"
    )
    assert extract_text(text).report.inspected_unit == "龙泉镇党委"


def test_an_area_heading_set_in_brackets_groups_the_items_under_it() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改落实情况\n【落实党的路线方针政策方面】\n"
        + "1.公共卫生服务体系存在短板。整改情况：建立监测预警机制。目前已取得阶段性成效，将长期坚持。\n"
        + "【落实全面从严治党战略部署方面】\n2.采购监管存在漏洞。整改情况：规范采购流程。该问题已整改完成。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.status, i.category) for i in issues] == [
        (["二", "1"], "long_term", "落实党的路线方针政策方面"),
        (["二", "2"], "completed", "落实全面从严治党战略部署方面"),
    ]


def test_an_unnumbered_problem_that_says_it_persists_is_an_item() -> None:
    text = (
        OPENING
        + "二、整改情况\n（一）党风廉政建设方面\n执行中央八项规定精神不严格。整改情况：清理公务用车。该问题已整改完成。\n"
        + "“四风”问题仍有反弹，文山会海问题依然存在。整改情况：严格控制发文数量。该问题已整改完成。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == [
        "执行中央八项规定精神不严格",
        "“四风”问题仍有反弹，文山会海问题依然存在",
    ]


ANSWERED_IN_TURN = (
    "整改情况：针对第一个问题，制定撂荒地整治方案。该问题已整改完成。针对第二个问题，修订管护办法，该问题正在整改中。\n"
)


def test_problems_listed_together_and_answered_in_turn_each_take_their_own_answer() -> None:
    text = (
        OPENING
        + "二、整改情况\n（一）政治建设方面\n巡察指出：一是粮食安全责任落实不够到位；二是设施损毁未及时修复。\n"
        + ANSWERED_IN_TURN
    )
    issues = extract_text(text).issues
    assert [(i.path, i.problem, i.status) for i in issues] == [
        (["二", "（一）", "一是"], "粮食安全责任落实不够到位", "completed"),
        (["二", "（一）", "二是"], "设施损毁未及时修复", "in_progress"),
    ]


def test_a_heading_that_names_its_area_and_then_lists_its_problems_gives_one_item_each() -> None:
    text = (
        OPENING
        + "二、整改情况\n（一）政治建设方面。巡察指出：一是粮食安全责任落实不够到位；二是设施损毁未及时修复。\n"
        + ANSWERED_IN_TURN
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.category, i.measures) for i in issues] == [
        ("粮食安全责任落实不够到位", "政治建设方面", ["针对第一个问题，制定撂荒地整治方案"]),
        ("设施损毁未及时修复", "政治建设方面", ["针对第二个问题，修订管护办法"]),
    ]


def test_numbered_measures_under_a_bare_rectification_key_are_the_items_measures() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改落实情况\n（一）农村供水保障工程建设进度滞后。\n整改情况：\n"
        + "1.成立工作专班，实行一周一调度。\n2.争取专项债券资金1.2亿元，解决项目建设资金缺口问题。\n"
        + "3.加强与各乡镇的沟通协调。\n目前，该问题已整改完成。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.path, issue.problem, issue.status) == (["二", "（一）"], "农村供水保障工程建设进度滞后", "completed")


def test_a_problem_whose_parts_are_labelled_description_measures_and_results_is_its_headline() -> None:
    part = "问题{n}：{headline}\n（一）问题描述\n{detail}\n（二）整改措施\n出台实施方案。\n（三）整改成效\n{result}\n"
    text = (
        OPENING
        + "二、巡察反馈问题整改情况\n"
        + part.format(
            n="一", headline="落实“双减”政策不够有力", detail="课后服务内容单一。", result="该问题已整改完成。"
        )
        + part.format(n="二", headline="校园安全隐患排查不彻底", detail="消防设施老化。", result="该问题正在整改中。")
    )
    issues = extract_text(text).issues
    assert [(i.path, i.problem, i.status, i.measures) for i in issues] == [
        (["二", "问题一"], "落实“双减”政策不够有力", "completed", ["出台实施方案"]),
        (["二", "问题二"], "校园安全隐患排查不彻底", "in_progress", ["出台实施方案"]),
    ]


ANNEXED_LEDGER = (
    "中共某县卫生健康局党组\n2024年10月18日\n附件：巡察反馈问题整改台账\n序号\t反馈问题\t整改措施\t整改情况\n"
    "一、落实党的路线方针政策方面\n1\t理论学习不深入\t制定学习计划\t已完成\n"
    "二、落实全面从严治党战略部署方面\n2\t制度执行不严格\t修订制度\t正在整改\n"
)


def test_a_ledger_annexed_after_the_signature_gives_the_items_under_its_own_group_rows() -> None:
    text = OPENING + "一、整改工作组织情况\n局党组高度重视。\n二、下一步工作打算\n持续推进整改。\n" + ANNEXED_LEDGER
    issues = extract_text(text).issues
    assert [(i.path, i.problem, i.status, i.category) for i in issues] == [
        (["一", "1"], "理论学习不深入", "completed", "落实党的路线方针政策方面"),
        (["二", "2"], "制度执行不严格", "in_progress", "落实全面从严治党战略部署方面"),
    ]


def test_a_ledger_annexed_after_the_signature_that_repeats_the_texts_items_adds_none() -> None:
    body = "二、整改情况\n1.理论学习不深入。整改情况：制定学习计划。已完成。\n2.制度执行不严格。整改情况：修订制度。已完成。\n"
    issues = extract_text(OPENING + body + ANNEXED_LEDGER).issues
    assert [(i.path, i.problem) for i in issues] == [(["二", "1"], "理论学习不深入"), (["二", "2"], "制度执行不严格")]


WHOLE_PAGE_ON_ONE_LINE = (
    "中共金川区退役军人事务局党组关于区委第四轮巡察整改进展情况的通报 "
    "根据区委统一部署，2024年1月15日至3月1日，区委第四巡察组对区退役军人事务局党组开展了巡察。"
    "现将巡察整改进展情况予以公布。一、整改工作组织情况 局党组召开专题会议研究部署整改工作。"
    "二、巡察反馈问题整改落实情况（一）贯彻落实党中央决策部署方面 1.退役军人服务站规范化建设不到位。"
    "整改情况：配齐专兼职工作人员。整改进度：已完成。2.优抚对象信息数据更新不及时。"
    "整改情况：建立数据比对机制。整改进度：正在整改。"
)


def test_a_whole_page_run_into_one_line_without_spaces_is_cut_at_its_labels() -> None:
    result = extract_text(WHOLE_PAGE_ON_ONE_LINE)
    assert [(i.path, i.problem, i.status) for i in result.issues] == [
        (["二", "（一）", "1"], "退役军人服务站规范化建设不到位", "completed"),
        (["二", "（一）", "2"], "优抚对象信息数据更新不及时", "in_progress"),
    ]
    assert result.report.title == "中共金川区退役军人事务局党组关于区委第四轮巡察整改进展情况的通报"


def test_a_wechat_dateline_run_into_the_title_dates_the_page_and_is_no_part_of_the_title() -> None:
    result = extract_text("清风云岭 原创 云岭县纪委监委 2024年05月20日 17:30 云南 " + WHOLE_PAGE_ON_ONE_LINE)
    assert result.report.publish_date == dt.date(2024, 5, 20)
    assert result.report.title == "中共金川区退役军人事务局党组关于区委第四轮巡察整改进展情况的通报"


def test_one_long_paragraph_that_enumerates_measures_after_its_sentences_is_not_cut() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.理论学习不深入。整改情况："
        + "制定学习计划。1.修订制度。2.开展培训。" * 40
        + "已完成。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.problem == "理论学习不深入"


def test_a_heading_that_names_the_one_unit_an_opening_reaches_stays_in_its_path() -> None:
    text = OPENING + "二、反馈问题整改进展情况\n（一）大王庄村\n1.村务公开不及时。整改情况：建立公开台账。已完成。\n"
    assert [i.path for i in extract_text(text).issues] == [["二", "（一）", "1"]]


def test_a_list_of_units_inspected_keeps_the_count_that_closes_it() -> None:
    text = "县委第五巡察组对柳河镇大王庄村、小李村、河湾村3个村党组织开展了提级巡察。现将整改情况予以公布。"
    assert extract_text(text).report.inspected_unit == "柳河镇大王庄村、小李村、河湾村3个村党组织"


def test_a_title_naming_a_kind_of_unit_leaves_the_unit_to_the_text() -> None:
    text = (
        "中共新华街道工作委员会关于区委巡察社区党组织反馈问题整改情况的公告\n"
        "区委第三巡察组对新华街道东门社区、西湖社区党委开展了巡察。现将整改情况予以公布。\n"
    )
    assert extract_text(text).report.inspected_unit == "新华街道东门社区、西湖社区党委"


def test_a_title_its_page_metadata_runs_on_from_in_one_line_is_the_title() -> None:
    text = (
        "宁远县机关事务服务中心党支部关于县委巡察整改进展情况的通报 来源：县机关事务服务中心 时间：2024-08-30\n"
        "根据县委统一部署，县委第二巡察组对县机关事务服务中心党支部开展了常规巡察。现将整改情况予以公布。\n"
    )
    report = extract_text(text).report
    assert (report.issuer, report.publish_date) == ("宁远县机关事务服务中心党支部", dt.date(2024, 8, 30))


def test_a_title_its_page_metadata_runs_on_from_with_no_space_is_the_title() -> None:
    text = (
        "中共岳西县卫生健康委员会党组关于县委巡察整改进展情况的通报发布时间：2024-03-12 09:15:36 来源：县卫健委\n"
        "根据县委统一部署，县委第二巡察组对县卫健委党组开展了常规巡察。现将整改情况予以公布。\n"
    )
    assert extract_text(text).report.title == "中共岳西县卫生健康委员会党组关于县委巡察整改进展情况的通报"


def test_of_bodies_signing_together_the_party_body_is_the_issuer() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.村务公开不及时。整改情况：已完成。\n中共东坪村总支部委员会\n东坪村村民委员会\n2025年1月6日\n"
    )
    assert extract_text(text).report.issuer == "中共东坪村总支部委员会"


@pytest.mark.parametrize(
    "other",
    ["各村共自查发现问题47个，已整改41个。", "我院于2024年5月10日公布了第一批已完成整改的7个问题的整改情况。"],
)
def test_a_tally_of_other_problems_is_no_declared_status_count(other: str) -> None:
    text = "巡察组反馈问题8个。" + other + "截至目前，已完成整改6个，正在整改2个。现将整改情况予以公布。"
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.in_progress) == (6, 2)


def test_a_results_key_whose_status_runs_on_into_the_results_gives_that_status() -> None:
    text = (
        OPENING
        + "二、反馈问题整改落实情况\n（一）政治建设方面\n【问题】理论学习不深入。\n【措施】修订学习制度。\n"
        + "【成效】已整改完成。2024年以来开展专题研讨4次。\n【责任人】李国栋\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [("completed", "已整改完成")]


def test_a_stage_completed_and_kept_up_closing_the_measures_is_long_term() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.高标准农田管护不到位。\n整改情况：建成高标准农田12.6万亩。已阶段性完成，需长期坚持。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [("long_term", "已阶段性完成，需长期坚持")]


def test_a_findings_heading_closed_by_a_tag_in_brackets_stays_in_the_path() -> None:
    text = OPENING + "二、反馈问题整改落实情况（问题清单）\n（一）政治建设方面\n1.理论学习不深入。整改情况：已完成。\n"
    assert [i.path for i in extract_text(text).issues] == [["二", "（一）", "1"]]


def test_a_section_on_the_bodys_own_work_on_the_rectification_is_no_finding() -> None:
    text = (
        "根据省委统一部署，省委第三巡视组对集团党委开展了巡视。\n一、集团党委落实巡察整改情况\n"
        "集团党委成立了以集团党委书记、董事长孙伟为组长的整改工作领导小组，对照巡视反馈的3个方面27个具体问题制定整改方案。\n"
        "二、整改情况\n1.理论学习不深入。整改情况：已完成。\n"
    )
    result = extract_text(text)
    assert [i.problem for i in result.issues] == ["理论学习不深入"]
    assert (result.report.declared_issue_count, result.report.lead_official) == (27, "孙伟")


def test_a_ledger_with_a_column_for_each_status_reads_each_rows_tick() -> None:
    text = (
        OPENING
        + "二、反馈问题整改落实情况\n序号\t反馈问题\t已完成\t阶段性完成、长期坚持\t正在整改\n"
        + "（一）\t政治建设方面\t\t\t\n1\t理论学习不深入\t√\t\t\n2\t制度执行不严格\t\t√\t\n3\t台账管理不规范\t\t\t√\n"
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.status, i.status_text) for i in issues] == [
        ("理论学习不深入", "completed", "已完成"),
        ("制度执行不严格", "long_term", "阶段性完成、长期坚持"),
        ("台账管理不规范", "in_progress", "正在整改"),
    ]


def test_the_signature_date_above_a_page_number_and_the_imprint_dates_the_notice() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.理论学习不深入。整改情况：已完成。\n中共临川市档案馆党组\n2024年5月10日\n\n— 1 —\n"
        + "抄送：市委巡察工作领导小组办公室。\n中共临川市档案馆党组办公室　　　　2024年5月10日印发\n"
    )
    assert extractor.extract(text).report.publish_date == dt.date(2024, 5, 10)


def test_the_head_of_a_group_named_only_leading_group_in_the_opening_is_the_lead() -> None:
    text = OPENING + "一、整改工作组织情况\n集团党委成立以党委书记、董事长孙伟为组长的领导小组，研究部署整改工作。\n"
    assert extract_text(text).report.lead_official == "孙伟"


def test_a_section_on_the_last_inspections_unfinished_rectification_is_no_finding() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.理论学习不深入。整改情况：已完成。\n四、上轮巡视整改未完成事项推进情况\n"
        + "十二届省委第一轮巡视反馈的问题中，截至本轮巡视时尚有3项需持续推进，现已完成2项。\n"
    )
    assert [i.path for i in extract_text(text).issues] == [["二", "1"]]


def test_a_problem_heading_over_numbered_measures_is_the_item_whatever_verbs_they_open_with() -> None:
    text = (
        OPENING
        + "三、巡视反馈问题整改情况\n（一）关于聚焦主责主业不够，服务全省重大战略部署有差距的问题\n"
        + "1.强化战略引领。修订发展规划。\n2.清理非主业投资。确定清理退出企业27户。\n"
        + "3.加快重点项目建设。实行集团领导包联。\n整改进展：阶段性完成，将长期坚持。\n"
        + "（二）关于上轮巡视整改不到位，部分问题反弹回潮的问题\n1.开展“回头看”。对上轮反馈问题逐项复核。\n"
        + "2.推动问题销号。6个问题中，已完成整改4个。\n整改进展：正在推进。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.status) for i in issues] == [(["三", "（一）"], "long_term"), (["三", "（二）"], "in_progress")]


@pytest.mark.parametrize(
    "before",
    [
        "对群众反映强烈的内涝治理等问题，已解决问题52个。",
        "所属企业资产权属不清问题已完成确权登记资产31项。",
        "同时将上轮巡视中尚未完成的3项整改任务一并纳入台账。",
    ],
)
def test_the_status_tally_is_the_one_that_adds_up_to_the_problems_declared(before: str) -> None:
    text = (
        "根据省委统一部署，省委第三巡视组对市交通局党组开展了巡视，反馈问题13个。"
        + before
        + "截至6月中旬，13个问题中已完成整改9个，其余4个正在持续整改。现将巡视整改进展情况予以公布。\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.long_term, counts.in_progress) == (9, 0, 4)


def test_an_item_that_repeats_the_number_before_it_is_the_next_item() -> None:
    text = (
        OPENING
        + "二、整改情况\n5、专项资金监管不到位。\n整改情况：开展专项检查。已完成。\n"
        + "5.违规发放津补贴。\n整改情况：清退加班补助2.3万元。已完成。\n"
    )
    assert [(i.path, i.problem) for i in extract_text(text).issues] == [
        (["二", "5"], "专项资金监管不到位"),
        (["二", "5"], "违规发放津补贴"),
    ]


CASES_OPENING = "中央第三生态环境保护督察组进驻山南省开展督察，现将交办信访件办理情况公示如下。\n"


def test_a_table_of_complaints_passed_on_gives_each_complaint_with_its_outcome() -> None:
    text = (
        CASES_OPENING
        + "序号\t受理编号\t交办问题基本情况\t行政区域\t调查核实情况\t是否属实\t处理和整改情况\t是否办结\n"
        + "1\tD3SN0031\t烧烤店夜间经营油烟扰民。\t清平县\t经核查属实。\t属实\t责令安装油烟净化设施。\t已办结\n"
        + "2\tD3SN0044\t村后山有人非法开采砂石。\t清平县\t经核查部分属实。\t部分属实\t依法立案查处。\t阶段性办结\n"
        + "3\tD3SN0051\t污水处理厂出水超标。\t清平县\t经核查属实。\t属实\t扩容工程正在建设中。\t未办结\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.problem, i.status) for i in issues] == [
        (["1"], "烧烤店夜间经营油烟扰民", "completed"),
        (["2"], "村后山有人非法开采砂石", "long_term"),
        (["3"], "污水处理厂出水超标", "in_progress"),
    ]


def test_a_tally_of_complaints_by_how_they_were_handled_is_the_declared_status_totals() -> None:
    text = CASES_OPENING.replace(
        "公示如下。", "公示如下。截至11月13日，第七批8件信访件已办结5件，阶段性办结2件，未办结1件。"
    ) + (
        "序号\t交办问题基本情况\t处理和整改情况\t是否办结\n1\t烧烤店夜间经营油烟扰民。\t责令安装油烟净化设施。\t已办结\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.long_term, counts.in_progress) == (5, 2, 1)


def test_complaints_set_out_field_by_field_under_their_numbers_give_their_problems_and_outcomes() -> None:
    case = "{n}. 受理编号：D3SN20240530{n}\n交办问题基本情况：{problem}\n行政区域：桐梓坪区\n调查核实情况：经现场核查，属实。\n"
    case += "是否属实：属实\n处理和整改情况：{done}\n是否办结：{status}\n问责情况：无\n"
    text = (
        CASES_OPENING
        + case.format(n=1, problem="垃圾中转站臭气熏天。", done="增加清运频次。", status="阶段性办结")
        + case.format(n=2, problem="汽修店露天喷漆。", done="依法立案查处。", status="已办结")
    )
    issues = extract_text(text).issues
    assert [(i.path, i.problem, i.status, i.measures) for i in issues] == [
        (["1"], "垃圾中转站臭气熏天", "long_term", ["增加清运频次"]),
        (["2"], "汽修店露天喷漆", "completed", ["依法立案查处"]),
    ]


def test_a_section_of_complaints_as_handled_is_where_the_complaints_sit_in_the_outline() -> None:
    text = (
        "一、办理工作组织情况\n（一）提高政治站位，坚持立行立改。市委成立工作专班，实行包案办理。\n"
        "二、第十五批交办信访件办理情况\n1.受理编号：D4YJ202506120017\n交办问题基本情况：砂石料场露天堆放，扬尘污染严重\n"
        "处理和整改情况：责令停止经营。\n是否办结：已办结\n"
    )
    assert [(i.path, i.category, i.status) for i in extract_text(text).issues] == [(["二", "1"], None, "completed")]


def test_one_complaint_set_out_as_sections_is_one_item() -> None:
    text = (
        CASES_OPENING
        + "一、交办问题基本情况\n群众反映：桃花江干流上的小水电站导致河道常年断流。\n二、调查核实情况\n经核查，反映问题属实。\n"
        + "三、处理和整改情况\n责令电站恢复生态流量泄放。\n四、问责情况\n对市水利局科长黄某某进行约谈。\n五、办理结果\n阶段性办结。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status, issue.measures) == (
        "桃花江干流上的小水电站导致河道常年断流",
        "long_term",
        ["责令电站恢复生态流量泄放"],
    )
    assert [(a.person, a.action) for a in issue.accountability] == [("黄某某", "约谈")]


def test_a_task_closure_notice_with_its_posting_period_is_one_item() -> None:
    text = (
        "关于督察反馈问题第21项整改任务拟销号的公示\n一、反馈问题\n督察发现，县城区污水处理厂长期超负荷运行。\n"
        + "二、整改时限\n2023年9月底前。\n三、责任单位\n牵头单位：县住房和城乡建设局\n四、整改措施及完成情况\n"
        + "（一）实施污水处理厂扩容提标。\n（二）推进雨污分流改造。\n五、验收意见\n已完成整改，同意销号。\n"
        + "六、公示时间及方式\n公示时间为2023年11月6日至11月10日。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status, issue.status_text) == (
        "县城区污水处理厂长期超负荷运行",
        "completed",
        "已完成整改",
    )


def test_a_list_declared_done_before_it_gives_its_items_that_status() -> None:
    text = (
        "根据督察整改工作安排，以下3项整改任务已完成整改，达到销号条件，拟予以销号。\n"
        + "1.饮用水水源保护区内仍有违规建筑。整改情况：拆除违规建筑。\n"
        + "2.工业园区污水集中处理设施建设滞后。整改情况：建成污水处理厂。\n"
        + "3.长湖周边围网养殖清理不彻底。整改情况：清理围网。\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed"] * 3


def test_a_ledger_saved_as_csv_is_read_as_a_ledger() -> None:
    text = (
        "城头山镇党委落实县委第二巡察组反馈意见整改台账,,,,,\n"
        "填报单位：中共澧县城头山镇委员会（盖章）,,,,填报时间：2024年3月5日,\n"
        "序号,问题类别,巡察反馈问题,整改措施,责任领导,整改进展\n"
        '1,贯彻落实党中央决策部署方面,"村集体经济发展不平衡，收入偏低。","1.制定三年行动方案；\n2.培育特色产业项目9个。",李红军,已完成\n'
        '2,全面从严治党方面,"落实""四下基层""制度不到位。",开通书记信箱。,张建新,"长期坚持，已取得阶段性成效。"\n'
    )
    result = extractor.extract(text)
    assert [(i.path, i.problem, i.status, i.category) for i in result.issues] == [
        (["1"], "村集体经济发展不平衡，收入偏低", "completed", "贯彻落实党中央决策部署方面"),
        (["2"], '落实"四下基层"制度不到位', "long_term", "全面从严治党方面"),
    ]
    assert result.issues[0].measures == ["制定三年行动方案", "培育特色产业项目9个"]
    assert (result.report.title, result.report.issuer) == (
        "城头山镇党委落实县委第二巡察组反馈意见整改台账",
        "中共澧县城头山镇委员会",
    )


def test_prose_with_half_width_commas_is_not_read_as_csv() -> None:
    text = OPENING + "二、整改情况\n1.理论学习不深入,学习流于形式,效果不佳。整改情况:制定学习计划,已完成。\n"
    assert [i.problem for i in extractor.extract(text).issues] == ["理论学习不深入,学习流于形式,效果不佳"]


def test_status_group_headings_that_lost_their_labels_group_the_items_below_them() -> None:
    text = (
        OPENING
        + "巡察反馈问题整改落实情况\n已完成整改的问题\n理论学习不深入。\n整改情况：制定学习计划。\n"
        + "制度执行不严格。\n整改情况：修订制度。\n正在整改的问题\n台账管理不规范。\n整改情况：建立台账。\n"
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.status, i.category) for i in issues] == [
        ("理论学习不深入", "completed", None),
        ("制度执行不严格", "completed", None),
        ("台账管理不规范", "in_progress", None),
    ]


def test_a_status_group_holding_one_unnumbered_item_is_no_item_itself() -> None:
    text = OPENING + "一、已完成整改的问题\n理论学习不深入。\n整改情况：制定学习计划。\n"
    assert [(i.path, i.problem, i.status) for i in extract_text(text).issues] == [
        (["一"], "理论学习不深入", "completed")
    ]


def test_a_paragraph_carrying_on_the_measures_enumeration_before_the_status_line_is_no_item() -> None:
    text = (
        OPENING
        + "二、整改情况\n问题2：村级集体经济发展不平衡。\n整改情况：一是实施集成改革；二是培育特色产业；三是盘活闲置资产。\n"
        + "四是加强村级集体资产监管。五是强化考核激励。\n整改进展：正在整改中。\n"
        + "问题3：高标准农田建设质量不高。\n整改情况：开展专项检查。\n在此基础上，县财政局开展专项审计。\n整改进展：已完成。\n"
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.status) for i in issues] == [
        ("村级集体经济发展不平衡", "in_progress"),
        ("高标准农田建设质量不高", "completed"),
    ]


@pytest.mark.parametrize("problem", ["营商环境有待优化", "县城学位供需矛盾突出", "部分审批事项办理时间长"])
def test_an_enumerated_problem_that_says_what_falls_short_in_other_words_is_an_item(problem: str) -> None:
    text = (
        OPENING
        + "二、整改情况\n（一）政治建设方面\n一是理论学习不深入。整改情况：制定学习计划。已完成。\n"
        + f"二是{problem}。整改情况：修订实施细则。已完成。\n"
    )
    assert [i.path[-1] for i in extract_text(text).issues] == ["一是", "二是"]


def test_a_measure_that_names_what_was_unfinished_is_no_status() -> None:
    text = (
        OPENING
        + "二、整改情况\n（1）12件民生实事中有3件未按期完成。\n整改情况：对3件未完成民生实事逐项分析原因。"
        + "城东农贸市场已投入使用。该问题已整改完成。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [("completed", "该问题已整改完成")]


def test_a_summary_of_an_area_of_work_on_problems_found_is_no_item() -> None:
    text = (
        OPENING
        + "二、整改情况\n（一）理论学习不深入。整改情况：制定学习计划。已完成。\n"
        + "（二）巡察、审计等监督发现问题整改方面。巡察反馈问题4个，已完成整改3个，已完成并长期坚持1个。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["理论学习不深入"]


def test_letters_an_ocr_engine_read_for_digits_are_read_as_the_digits_in_dates_and_counts() -> None:
    text = (
        "根据县委统一部署，2O23年4月l0曰至5月3l日，县委第三巡察组对县农业农村局党组开展了巡察，"
        "并于2023年7月l8日反馈了巡察意见，指出3个方面l4个问题。现将整改情况予以公布。\n"
    )
    report = extract_text(text).report
    assert (report.inspection_start, report.inspection_end, report.feedback_date) == (
        dt.date(2023, 4, 10),
        dt.date(2023, 5, 31),
        dt.date(2023, 7, 18),
    )
    assert report.declared_issue_count == 14


def test_a_day_whose_digit_and_day_word_an_ocr_engine_both_misread_is_read() -> None:
    text = "根据县委统一部署，县委第二巡察组对石岭镇党委进行了巡察，并于2O23年6月2O曰向镇党委反馈了巡察意见。\n"
    assert extract_text(text).report.feedback_date == dt.date(2023, 6, 20)


def test_a_count_of_one_that_an_ocr_engine_read_as_a_letter_is_tallied() -> None:
    text = OPENING + "巡察反馈的7个问题，已整改到位5个，正在整改l个，长期坚持l个。\n"
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.in_progress, counts.long_term) == (5, 1, 1)


def test_an_address_with_letters_by_digits_keeps_its_letters() -> None:
    text = OPENING + "二、整改情况\n1.理论学习不深入。整改情况：已完成。\n电子邮箱：hello1o@163.com\n"
    assert extract_text(text).report.contacts.emails == ["hello1o@163.com"]


def test_a_list_of_complaints_passed_on_says_its_rows_are_complaints() -> None:
    text = (
        "中央第三生态环境保护督察组交办信访件办理情况公示（第八批）\n"
        + "序号\t交办问题基本情况\t处理和整改情况\t是否办结\n1\t烧烤店夜间经营油烟扰民。\t责令安装油烟净化设施。\t已办结\n"
    )
    warnings = extract_text(text).warnings
    assert (
        "a list of the complaints an inspection passed on (信访件): each row is a complaint and its handling"
        in warnings
    )


def test_groups_whose_sections_heading_was_lost_start_afresh_after_the_organisation_paragraphs() -> None:
    text = (
        OPENING
        + "（一）提高政治站位，压实整改责任。局党组召开专题会议研究部署整改工作。\n"
        + "（二）强化督促检查，确保整改实效。领导小组每月听取整改进展汇报，对整改推进不力的严肃问责。\n"
        + "（一）贯彻落实党中央决策部署方面\n1.落实防汛工作责任不够到位。整改情况：修订应急预案。已完成。\n"
        + "（二）全面从严治党方面\n2.执行中央八项规定精神不严格。整改情况：清退费用。已完成。\n"
    )
    assert [(i.path, i.category) for i in extract_text(text).issues] == [
        (["（一）", "1"], "贯彻落实党中央决策部署方面"),
        (["（二）", "2"], "全面从严治党方面"),
    ]


def test_outline_labels_an_ocr_engine_misread_are_read_as_the_labels() -> None:
    text = (
        OPENING
        + "—、巡察反馈问题整改落实情况\n（-）经济发展方面\nl.推动县域经济发展用力不够。整改情况：制定方案。已完成。\n"
        + "2.防范化解重大风险不够有力。整改情况：化解债务。已完成。\n"
    )
    assert [i.path for i in extractor.extract(text).issues] == [["一", "（一）", "1"], ["一", "（一）", "2"]]


def test_all_the_problems_fed_back_taken_on_together_are_the_declared_count() -> None:
    text = "召开党组会议专题研究部署整改工作，全面认领巡察反馈的2个方面8个问题。现将巡察整改情况予以公布。"
    assert extract_text(OPENING + text).report.declared_issue_count == 8


def test_a_closing_sentence_that_the_work_must_go_on_is_long_term_whatever_its_subject() -> None:
    text = (
        OPENING + "二、整改情况\n1.松材线虫病防控不到位。\n整改情况：建立联防联控机制。松材线虫病防控需要长期坚持。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [("long_term", "需要长期坚持")]


@pytest.mark.parametrize(
    "title",
    [
        "中共韩山镇委员会关于落实县委第二巡察组巡察反馈意见的整改工作方案",
        "濮阳市审计局2024年第4号审计结果公告",
        "中共平陆县委巡察工作领导小组办公室关于十四届县委第七轮巡察进驻情况的公告",
    ],
)
def test_a_plan_an_audits_results_or_an_inspections_arrival_is_no_notice(title: str) -> None:
    text = title + "\n一、存在的问题\n1.落实乡村振兴战略不够有力。\n整改措施：制定方案。\n责任领导：孙明杰\n"
    assert extract_text(text).issues == []


def test_a_news_lead_on_the_problems_fed_back_does_not_hide_the_feedback_date() -> None:
    text = (
        "10月14日，区交通局召开推进会，通报巡察反馈问题整改进展。根据区委统一部署，区委第一巡察组对区交通局党组"
        "开展了巡察，并于2024年6月28日反馈了巡察意见。现将整改情况予以公布。"
    )
    assert extract_text(text).report.feedback_date == dt.date(2024, 6, 28)


def test_complaints_whose_fields_run_on_in_one_paragraph_give_what_each_complaint_says() -> None:
    case = (
        "{n}.受理编号D3SN2024052400{n}，反映问题：{problem}。所属区域：江源市。污染类型：大气。调查核实情况：经查属实。"
    )
    case += "处理和整改情况：责令整改。是否办结：已办结。\n"
    text = (
        CASES_OPENING + case.format(n=1, problem="冶炼公司烟囱经常冒黄烟") + case.format(n=2, problem="宵夜摊油烟扰民")
    )
    assert [(i.path, i.problem, i.status) for i in extract_text(text).issues] == [
        (["1"], "冶炼公司烟囱经常冒黄烟", "completed"),
        (["2"], "宵夜摊油烟扰民", "completed"),
    ]


def test_a_news_headline_gives_no_issuer() -> None:
    text = "我县召开县委第五轮巡察整改工作推进会\n10月14日，县委召开推进会，通报巡察反馈问题整改进展。\n"
    assert extract_text(text).report.issuer is None


def test_a_party_group_signing_with_its_bureau_on_one_line_is_the_issuer() -> None:
    text = "中共某县市场监督管理局党组　某县市场监督管理局\n关于县委巡察反馈意见整改进展情况的通报\n" + OPENING
    assert extract_text(text).report.issuer == "中共某县市场监督管理局党组"


def test_problems_fed_back_tallied_by_status_add_up_to_the_declared_count() -> None:
    text = "截至目前，巡察反馈问题已完成整改19个，正在整改4个，需长期坚持的2个。\n"
    assert extract_text(OPENING + text).report.declared_issue_count == 25


def test_a_groups_first_item_whose_problem_opens_with_a_count_is_item_one_not_a_decimal() -> None:
    text = (
        OPENING
        + "二、整改情况\n（一）财政管理方面\n1.2个乡镇资金拨付滞后。\n整改情况：已整改到位。\n"
        + "（二）部门预算执行方面\n1.4个部门超范围发放津补贴37.8万元。\n整改情况：已清退收回。\n"
        + "2.3个单位政府采购程序不规范。\n整改情况：已整改到位。\n"
    )
    assert [(i.path, i.problem) for i in extract_text(text).issues] == [
        (["二", "（一）", "1"], "2个乡镇资金拨付滞后"),
        (["二", "（二）", "1"], "4个部门超范围发放津补贴37.8万元"),
        (["二", "（二）", "2"], "3个单位政府采购程序不规范"),
    ]


def test_a_status_before_a_closing_sentence_on_what_comes_next_is_the_items_status() -> None:
    text = (
        OPENING
        + "二、整改情况\n（1）集体资产出租管理不规范。一是全面清查。二是重签合同9份。已整改到位。下一步，将持续推进。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [("completed", "已整改到位")]


def test_done_and_kept_up_for_good_in_one_closing_sentence_is_long_term() -> None:
    text = (
        OPENING + "二、整改情况\n（1）以拨代支问题。一是专项审计。二是代理记账。已完成整改，并建立长效机制长期坚持。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("long_term", "已完成整改，并建立长效机制长期坚持")


def test_the_pages_source_names_the_issuer_where_the_notice_names_committees_without_their_place() -> None:
    text = (
        "关于第三轮中央生态环境保护督察反馈问题整改进展情况的公示\n"
        "发布时间：2024-12-06 09:41:27  来源：某某市生态环境保护督察整改工作领导小组办公室  浏览次数：2106\n"
        "2023年11月21日至12月21日，中央第五生态环境保护督察组对某某省开展了督察，并于2024年5月28日反馈了督察意见。\n"
        "市委、市政府坚持把督察反馈问题整改作为重大政治任务，成立了整改工作领导小组。\n"
    )
    assert extract_text(text).report.issuer == "某某市生态环境保护督察整改工作领导小组办公室"


def test_a_table_of_complaints_whose_cells_stand_one_per_line_gives_each_complaint() -> None:
    header = "序号\n受理编号\n交办问题基本情况\n行政区域\n污染类型\n调查核实情况\n是否属实\n处理和整改情况\n是否办结\n问责情况\n"
    row = "{n}\nX2HD2023081200{n}\n{problem}\n云泽区\n大气\n经现场核查，情况属实。\n属实\n责令停产整治。\n已办结\n无\n"
    text = (
        CASES_OPENING
        + header
        + row.format(n=1, problem="小区楼下大排档经营到凌晨，油烟扰民。")
        + row.format(n=2, problem="无名塑料颗粒加工厂夜间偷偷生产。")
    )
    assert [(i.path, i.problem, i.status) for i in extract_text(text).issues] == [
        (["1"], "小区楼下大排档经营到凌晨，油烟扰民", "completed"),
        (["2"], "无名塑料颗粒加工厂夜间偷偷生产", "completed"),
    ]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("督察组向我县转办第八批群众信访举报件6件，截至5月26日，已办结4件。", 6),
        ("共向我区交办信访件11批次86件。现将第十一批交办的7件信访件办理情况公示如下：", 7),
        ("全市已对中央督察组交办的第十七批涉及赤峰市11件信访举报件进行调查处理，其中，已办结8件。", 11),
        ("督察组转办第九批信访举报件共计168件（其中来电53件，来信115件）。", 168),
        ("督察组向我省交办第十五批群众信访举报件，其中涉及我市9件。截至6月18日，第十五批9件信访件已办结6件。", 9),
        ("经现场验收，以下5项整改任务已完成整改，达到销号条件，拟予以销号。", 5),
        ("中央第三生态环境保护督察组转办的第31批109件环境信访举报问题中，经查属实93件，已办结55件。", 109),
    ],
)
def test_the_complaints_or_tasks_a_list_sets_out_are_its_declared_count(sentence: str, count: int) -> None:
    text = sentence + "\n1.某公司夜间偷排废水。\n处理和整改情况：责令停产整治。是否办结：已办结。\n"
    assert extract_text(text).report.declared_issue_count == count


# A 边督边改 disclosure as a city publishes it (gold_real14/x09): the complaints counted and tallied, listed elsewhere.
COMPLAINTS_HANDLED = (
    "截至2025年7月1日,中央第一生态环境保护督察组向我省交办的第二十六批群众信访举报件97件,各责任单位均按要求上报调查处理情况。"
    "其中,已办结75件,阶段性办结19件,正在办理3件,按照有关规定予以公开。\n"
    "附件:中央生态环境保护督察群众信访举报转办和边督边改公开情况一览表\n"
)


def test_a_tally_of_the_complaints_a_督察_passed_on_as_handled_reads_as_a_notice() -> None:
    report = extract_text(COMPLAINTS_HANDLED).report
    assert report.declared_issue_count == 97
    assert report.declared_status_counts is not None and report.declared_status_counts.completed == 75


def test_complaints_passed_on_with_none_handled_yet_are_no_notice() -> None:
    text = COMPLAINTS_HANDLED.replace("其中,已办结75件,阶段性办结19件,正在办理3件,", "")
    assert extract_text(text).report.declared_issue_count is None


COMPLAINTS_HEADER = (
    "序号 | 受理编号 | 交办问题基本情况 | 行政区域 | 调查核实情况 | 处理和整改情况 | 是否办结 | 责任人被处理情况 |\n"
)
COMPLAINT_WITH_LISTS = (
    "63 | D3HN202406020040 | 新桂城小区二期的广场舞噪音扰民。 | 衡阳市 | 经调查核实,反映问题基本属实。 1、广场舞噪音扰民问题属实。 "
    "2、噪音问题更严重问题不属实。 | 处理情况: 1、组织定时定点专人巡查。 2、中高考期间禁止小区内开展文体娱乐活动。 "
    "3、加大宣传劝导。 整改情况: 目前已按要求整改到位。 | "
    "已办结 | 无 |\n"
)


def test_a_table_s_header_set_one_cell_a_paragraph_gives_no_row_of_its_cells() -> None:
    text = (
        "阳江市阳东区关于中央督察组交办信访举报问题办理情况公示(第17批179号)\n\n序号\n\n举报内容\n\n办结\n\n状态\n\n"
        "区域分布\n\n群众身边\n\n调查核实情况\n\n处理和整改情况\n\n179\n\n"
        "来信反映:东城镇始兴路40号楼下粉店直接排放油烟。\n\n阶段性办结\n\n城市\n\n生活服务业\n\n"
        "现场调查时,该店已安装油烟净化器。\n\n责令该店2天内将蒸炉排气接入油烟净化设施。\n"
    )
    assert "群众身边" not in [i.problem for i in extract_text(text).issues]


def test_header_words_broken_over_lines_are_no_problem() -> None:
    text = (
        "群众信访举报转办和边督边改公开情况一览表\n\n受理 编号\n\n交办问题基本情况\n\n行政\n\n区域\n\n污染 类型\n\n"
        "调查核实情况\n\n是否 属实\n\n处理和整改情况\n\n是否\n\n办结\n\n \n\n3\n\n"
        "向阳河东岸正在新建一个大型鸡场,粪臭味将影响居民点的正常生活。\n\n新曹农场\n\n大气污染\n\n"
        "经调查了解,信访举报事项不属实。\n\n不属实\n\n要求养鸡场定期出粪并做好出粪记录。\n\n已办结\n"
    )
    assert not any("区域" in i.problem for i in extract_text(text).issues)


def test_a_complaint_table_whose_rows_say_their_handling_reads_as_a_notice_though_the_copy_cuts_its_last_row() -> None:
    text = (
        "东方市群众信访举报转办和边督边改公开情况一览表\n(第七批2017年8月27日)\n"
        "序号 | 受理编号 | 交办问题基本情况 | 行政区域 | 污染类型 | 调查核实情况 | 是否属实 | 处理和整改情况 | 问责情况 |\n"
        "1 | D07062 | 八所镇一石英砂场堆砂过高,刮风时扬尘污染严重。 | 东方 | 扬尘 | 经检查属实。 | 属实 | "
        "1.责令完善环保手续。 2.对露天成品进行遮盖。 | 无 |\n"
        "2 | D07067 | 江边乡一矿业公司占用公益林林地堆放碎石, | 东方 | 扬尘、"
    )
    assert [i.problem for i in extract_text(text).issues] == ["八所镇一石英砂场堆砂过高,刮风时扬尘污染严重"]


def test_a_complaint_row_whose_cells_hold_numbered_lists_stays_one_row() -> None:
    [issue] = extract_text(COMPLAINTS_HEADER + COMPLAINT_WITH_LISTS).issues
    assert (issue.path, issue.problem, issue.status) == (["63"], "新桂城小区二期的广场舞噪音扰民", "completed")


def test_a_caption_over_a_table_in_cells_merged_across_it_is_no_part_of_the_header() -> None:
    caption = "中央生态环境保护督察群众信访举报转办和边督边改情况公开一览表 (第二十五批 2024年6月3日) | ||||||||||\n"
    [issue] = extract_text(
        caption + COMPLAINTS_HEADER + COMPLAINT_WITH_LISTS.replace(" 1、", "").replace(" 2、", "")
    ).issues
    assert (issue.path, issue.problem, issue.status) == (["63"], "新桂城小区二期的广场舞噪音扰民", "completed")


def test_a_complaint_s_fields_run_into_one_line_after_its_caption_give_the_complaint() -> None:
    text = (
        "河南省委省政府环境保护第三督察组交办案件办理结果公示(第十五批)驿城区 受理编号:〔2018〕201 "
        "反映情况:水屯镇某门业油漆味大,噪声大,影响居民生活。 调查核实情况:群众反映问题属实。 "
        "处理及整改情况:该公司已将固废暂存间全封闭,已整改到位。 问责情况:无。\n驻马店市人民政府 2018年11月9日\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("水屯镇某门业油漆味大,噪声大,影响居民生活", "completed")


def test_what_the_text_says_of_a_team_is_no_part_of_its_name() -> None:
    text = "我市已收到中央第五生态环境保护督察组交办的信访件12件，已办结10件。\n"
    assert extract_text(text).report.inspection_team == "中央第五生态环境保护督察组"


def test_a_signature_the_end_cuts_under_a_whole_complaint_leaves_the_complaint() -> None:
    text = (
        "受理编号:D1SY202009170007\n转办问题基本情况:办公大楼的空调外机噪音大,严重影响居民的正常作息。\n"
        "处理和整改情况:已加装隔音墙,经检测噪音在标准范围之内。\n问责情况:无\n备注:已办结。\n北塔区城市管"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("办公大楼的空调外机噪音大,严重影响居民的正常作息", "completed")


def test_a_few_words_the_end_cuts_under_an_item_with_no_status_yet_cut_the_item() -> None:
    text = OPENING + "1.理论学习不深入。\n整改情况：已建立学习制度。\n目前已"
    assert extract_text(text).issues == []


def test_a_composite_inspection_team_keeps_the_body_that_sent_it() -> None:
    text = "9月11日至13日,国务院安委会安全生产大检查第十二综合督查组对我市安全生产大检查工作进行督导检查时发现了一些问题。\n"
    assert extract_text(text).report.inspection_team == "国务院安委会安全生产大检查第十二综合督查组"


def test_a_body_handling_complaints_that_titles_their_disclosure_issues_it_not_the_news_centre_posting_it() -> None:
    text = (
        "邵阳市北塔区城市管理和综合执法局受理群众信访举报转办和边督边改公开情况公示(第二批)\n"
        "时间:2020-10-23   来源:北塔区融媒体中心\n受理编号:D1SY202009170007\n"
        "转办问题基本情况:办公大楼的空调外机噪音大,严重影响居民的正常作息。\n处理和整改情况:已加装隔音墙。已整改到位。\n"
    )
    assert extract_text(text).report.issuer == "邵阳市北塔区城市管理和综合执法局"


def test_complaints_passed_on_for_handling_are_no_unit_inspected() -> None:
    text = (
        "按照中央第二生态环境保护督察组工作要求，全区已对中央督察组交办的第十一批27件信访举报件进行调查处理，"
        "其中，已办结7件。\n1.某公司夜间偷排废水。\n处理和整改情况：责令停产整治。是否办结：已办结。\n"
    )
    assert extract_text(text).report.inspected_unit is None


def test_a_body_of_the_place_a_title_opens_with_that_the_page_names_as_source_is_the_issuer() -> None:
    text = (
        "桃源县关于中央第三轮生态环境保护督察反馈问题整改任务完成情况的公示（第一批）\n"
        "发布时间：2025-03-20　来源：桃源县生态环境保护委员会办公室　访问量：209\n"
        "根据整改方案，我县共承担整改任务23项，以下3项整改任务已完成年度整改目标，现予以公示。\n"
    )
    assert extract_text(text).report.issuer == "桃源县生态环境保护委员会办公室"


@pytest.mark.parametrize(
    ("source", "issuer"),
    [
        ("来源：桃源县生态环境保护委员会办公室【字号：大 中 小】", "桃源县生态环境保护委员会办公室"),
        ("【信息来源：【信息时间：2025-03-20 11:19 阅读次数： 】", None),
    ],
)
def test_a_bracket_ends_the_page_s_source_and_none_opens_it(source: str, issuer: str | None) -> None:
    text = (
        "桃源县关于中央第三轮生态环境保护督察反馈问题整改任务完成情况的公示（第一批） "
        f"{source} 根据整改方案，我县共承担整改任务23项，以下3项整改任务已完成年度整改目标，现予以公示。\n"
    )
    assert extract_text(text).report.issuer == issuer


def test_the_body_that_says_it_publishes_a_notice_without_title_or_signature_is_the_issuer() -> None:
    text = (
        "督察交办信访件办理情况公开（第三批）\n为主动接受社会监督，云泽区生态环境保护督察整改工作领导小组办公室"
        "现将第三批交办信访件办理情况公开如下。\n1.某公司夜间偷排废水。\n处理和整改情况：责令停产整治。是否办结：已办结。\n"
    )
    assert extract_text(text).report.issuer == "云泽区生态环境保护督察整改工作领导小组办公室"


def test_a_groups_closing_line_on_the_problems_above_is_also_the_status_of_its_last_item() -> None:
    item = "{n}.关于“{problem}”问题\n一是成立专班。二是建立台账。\n"
    text = (
        OPENING
        + "二、整改落实情况\n（一）关于风险防范方面的问题\n"
        + item.format(n=1, problem="主责主业聚焦不够")
        + item.format(n=2, problem="防范化解重大风险不够有力")
        + "以上问题已基本完成整改，将长期坚持。\n"
    )
    issues = extract_text(text).issues
    assert [(i.status, i.status_text) for i in issues] == [("long_term", "以上问题已基本完成整改，将长期坚持")] * 2
    assert issues[1].measures == ["一是成立专班", "二是建立台账"]


def test_a_status_said_of_the_problems_above_at_the_end_of_one_findings_detail_is_not_the_status_of_the_list() -> None:
    # (gold_real36/am07: seven problems listed a line each, then the detail of two; the second detail's paragraph ends
    # "目前，上述问题已全部整改": its own problems, not the seven.)
    text = (
        OPENING
        + "二、整改落实情况\n1.超规划投资1.55亿元。整改情况：核减投资。\n2.重复申请资金2.40亿元。整改情况：收回资金。\n"
        + "3.违规安排使用资金2.30亿元。整改情况：收回资金。\n"
        + "云泽县财政局等4个单位违规将8292.42万元补助资金用于规划外项目建设。目前，上述问题已全部整改。\n"
    )
    assert [i.status for i in extract_text(text).issues][:2] == ["not_stated", "not_stated"]


def test_a_status_said_of_the_problems_above_closing_their_shared_rectification_paragraph_is_the_status_of_each() -> (
    None
):
    text = (
        OPENING
        + "二、整改落实情况\n（一）关于“三重一大”制度执行不到位问题\n1.党组会议研究“三重一大”事项记录不全。\n"
        + "2.部分重大事项未经集体研究决定。\n整改情况：局党组修订完善了议事规则，对照清单逐项规范。目前，上述问题已全部整改。\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed", "completed"]


def test_problems_listed_then_said_rectified_in_the_text_after_them_are_a_rectification_s_items() -> None:
    # (gold_real36/am07: news of an audit's findings, listed a line each, whose detail after them ends "目前，上述问题已全部
    # 整改": it tells their rectification, unlike news of an inspection's feedback.)
    text = (
        "审计发现三大问题\n1.违规安排使用资金2.30亿元\n2.部分工程存在质量问题和施工缺陷\n3.部分项目存在违规用地问题\n"
        "云泽县财政局等4个单位违规将8292.42万元补助资金用于规划外项目建设。目前，上述问题已全部整改。\n"
    )
    assert [(i.problem, i.status) for i in extract_text(text).issues][:2] == [
        ("违规安排使用资金2.30亿元", "not_stated"),
        ("部分工程存在质量问题和施工缺陷", "not_stated"),
    ]


@pytest.mark.parametrize("when", ["目前，", "截至2024年6月底，", "2024年6月，"])
def test_a_status_said_of_the_problems_above_after_the_day_it_speaks_at_is_the_status_of_each(when: str) -> None:
    text = (
        "中共云泽县财政局党组关于巡察整改情况的通报\n根据县委统一部署，2024年3月1日至4月30日，县委第一巡察组对县财政局党组"
        "进行了巡察。现将整改情况通报如下。\n"
        + "二、整改落实情况\n1.公务接待不规范。整改情况：制定办法。\n2.公车管理不到位。整改情况：建立台账。\n"
        + f"{when}上述问题已全部整改到位。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [
        ("completed", "上述问题已全部整改到位")
    ] * 2


def test_a_status_said_of_the_problems_above_as_a_paragraph_of_its_own_is_the_status_of_each() -> None:
    text = (
        OPENING
        + "二、整改落实情况\n1.超规划投资1.55亿元。整改情况：核减投资。\n2.重复申请资金2.40亿元。整改情况：收回资金。\n"
        + "3.违规安排使用资金2.30亿元。整改情况：收回资金。\n目前，上述问题已全部整改。\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed"] * 3


def test_a_newspaper_masthead_with_bars_between_its_fields_dates_the_page() -> None:
    text = "云陵日报 | 2022年11月03日 星期四 | 第A03版：要闻\n中共云陵市委关于巡视整改进展情况的通报\n" + OPENING
    assert extract_text(text).report.publish_date == dt.date(2022, 11, 3)


@pytest.mark.parametrize(
    "line",
    [
        "整改时限：立行立改　　完成情况：已完成",
        "责任领导：何志勇　完成情况：已完成",
        "整改时限：立行立改；完成情况：已完成。",
    ],
)
def test_a_status_key_after_another_field_on_its_line_gives_the_status(line: str) -> None:
    text = OPENING + "二、整改情况\n1.村务公开不及时。\n整改措施：一是建立公开台账。\n" + line + "\n"
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [("completed", "已完成")]


AUDIT_OPENING = "我受县人民政府委托，报告2022年度县本级预算执行审计查出问题的整改情况，请予审议。\n"


def test_an_audit_reports_section_on_its_rectification_work_gives_no_items() -> None:
    text = (
        AUDIT_OPENING
        + "一、审计整改工作情况\n（一）加强贯通协同监督。县审计局与县纪委监委建立信息共享机制，对整改不力、敷衍整改的单位及时移送线索。\n"
        + "二、审计查出问题整改情况\n审计工作报告共反映5个方面问题84个，已整改完成71个，部分整改13个。\n"
        + "（一）预算管理方面\n1.部分非税收入未及时缴库。\n整改情况：已整改。\n"
    )
    extraction = extract_text(text)
    assert [i.problem for i in extraction.issues] == ["部分非税收入未及时缴库"]
    assert extraction.report.declared_issue_count == 84


def test_an_audit_report_handed_over_dates_the_feedback() -> None:
    text = "2024年6月5日，市审计局向我校送达了《审计报告》。现将审计整改情况公告如下。\n"
    assert extract_text(text).report.feedback_date == dt.date(2024, 6, 5)


def test_a_bar_set_before_a_heading_keeps_it_in_the_path() -> None:
    text = (
        AUDIT_OPENING
        + "▌二、审计查出问题的整改情况\n（一）预算管理方面\n1.部分非税收入未及时缴库。\n整改情况：已整改。\n"
    )
    assert [i.path for i in extract_text(text).issues] == [["二", "（一）", "1"]]


def test_officials_and_units_made_answerable_name_no_lead() -> None:
    text = AUDIT_OPENING + "区政府逐项明确责任领导和责任单位，被审计单位主要负责人切实履行整改第一责任人职责。\n"
    assert extract_text(text).report.lead_official is None


def test_the_results_of_rectification_checked_are_not_the_unit_inspected() -> None:
    text = AUDIT_OPENING + "县审计局对整改结果进行检查认定，确保问题整改到位。\n"
    assert extract_text(text).report.inspected_unit is None


def test_a_newspaper_pages_navigation_is_not_the_issuer() -> None:
    text = (
        "梅川日报数字报\n版面导航　|　标题导航\n\n关于2023年度市级预算执行审计查出问题整改情况的报告\n"
        "——2024年12月24日在梅川市第九届人民代表大会常务委员会第二十三次会议上\n梅川市审计局局长　陈立新\n"
        + AUDIT_OPENING
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == ("关于2023年度市级预算执行审计查出问题整改情况的报告", "梅川市审计局")


def test_complaints_an_inspection_hands_the_unit_are_not_its_problems() -> None:
    text = (
        OPENING
        + "巡察期间，巡察组还向县卫健局党组移交了信访件21件，局党组已全部办结。\n二、整改情况\n1.公务接待不规范。\n整改情况：已完成。\n"
    )
    assert extract_text(text).report.declared_issue_count is None


def test_an_audit_reports_findings_set_out_as_one_shi_paragraphs_closing_with_their_status_are_items() -> None:
    text = (
        AUDIT_OPENING
        + "二、审计查出问题的整改情况\n（一）财政管理审计方面\n"
        + "审计指出的问题主要有：一是部分政府性基金收入未及时缴入国库，涉及金额2860.50万元。区财政局已将上述资金全部缴入国库。"
        + "该问题已整改到位。\n"
        + "二是部分学生营养改善计划资金结余较大，涉及资金486.70万元。区教育局已将结余资金统筹使用。正在整改中。\n"
    )
    assert [(i.path, i.problem, i.status) for i in extract_text(text).issues] == [
        (["二", "（一）", "一是"], "部分政府性基金收入未及时缴入国库，涉及金额2860.50万元", "completed"),
        (["二", "（一）", "二是"], "部分学生营养改善计划资金结余较大，涉及资金486.70万元", "in_progress"),
    ]


def test_an_audit_area_s_rectification_heading_without_the_words_problems_found_groups_its_items() -> None:
    # (gold_real36/am02: "一、财政管理审计整改情况" / "（一）市本级财政管理审计的整改情况。" over "1.关于“…”的问题,…".)
    text = (
        AUDIT_OPENING
        + "一、财政管理审计整改情况\n（一）市本级财政管理审计的整改情况。\n"
        + "1.关于“部分项目支出率低”的问题,市财政局细化项目预算编制。\n"
        + "2.关于“部分财政资金未按规定缴入国库”的问题,利息收入已全部缴入国库。\n"
    )
    assert [(i.path, i.category, i.subcategory) for i in extract_text(text).issues] == [
        (["一", "（一）", n], "财政管理审计整改情况", "市本级财政管理审计的整改情况") for n in ("1", "2")
    ]


@pytest.mark.parametrize("lead", ["关于", "针对审计发现的", "对审计发现的"])
def test_paragraphs_naming_their_problem_before_a_comma_under_an_area_are_each_an_issue(lead: str) -> None:
    text = (
        AUDIT_OPENING
        + "一、预算管理方面\n"
        + f"{lead}部分非税收入未及时缴库问题，县财政局已督促相关单位缴库，已整改到位。\n"
        + f"{lead}专项资金结转结余未及时收回的问题，县财政局已收回资金，正在整改中。\n"
    )
    # (关于…问题 and 对审计发现的…问题 are wrappers, 问题 and all; after a bare 针对 the word may be the finding's own:
    # 针对…突出问题.)
    assert [(i.problem, i.status) for i in extract_text(text).issues] == [
        ("部分非税收入未及时缴库", "completed"),
        ("专项资金结转结余未及时收回", "in_progress"),
    ]


def test_paragraphs_whose_problem_is_the_subject_of_their_status_are_each_an_issue() -> None:
    # (…its 问题 the wrapper a heading's 关于…问题 is.)
    text = (
        OPENING
        + "二、整改落实情况\n公务接待不规范问题已整改到位。局党组制定了公务接待管理办法。\n"
        + "公车管理不到位问题正在整改中。局机关建立了公车使用台账。\n"
    )
    assert [(i.problem, i.status, i.status_text) for i in extract_text(text).issues] == [
        ("公务接待不规范", "completed", "已整改到位"),
        ("公车管理不到位", "in_progress", "正在整改中"),
    ]


def test_a_paragraph_saying_the_problems_fed_back_are_rectified_names_no_problem() -> None:
    text = OPENING + "二、整改落实情况\n巡察反馈的问题已全部整改到位。局党组召开专题会议研究部署。\n"
    assert extract_text(text).issues == []


def test_a_paragraph_answering_the_problems_fed_back_in_general_names_no_problem() -> None:
    text = AUDIT_OPENING + "一、预算管理方面\n针对审计反馈的问题，县财政局高度重视，召开专题会议研究部署。\n"
    assert extract_text(text).issues == []


def test_a_comma_an_ocr_engine_read_as_one_after_a_labels_number_is_read_as_the_comma() -> None:
    text = (
        OPENING
        + "一、整改工作开展情况\n局党组成立了巡察整改工作领导小组。\n二一巡察反馈问题整改落实情况\n（一）经济发展方面\n"
        + "1.推动县域经济发展用力不够。整改情况：制定方案。已完成。\n2一防范化解重大风险不够有力。整改情况：化解债务。已完成。\n"
    )
    assert [i.path for i in extractor.extract(text).issues] == [["二", "（一）", "1"], ["二", "（一）", "2"]]


def test_letter_spaced_ocr_lines_with_a_misread_label_are_read_as_the_label() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改落实情况\n（一）经济发展方面\n"
        + "l . 推 动 县 域 经 济 发 展 用 力 不 够 。 整 改 情 况 ： 制 定 方 案 。 已 完 成 。\n"
        + "2.防范化解重大风险不够有力。整改情况：化解债务。已完成。\n"
    )
    assert [(i.path, i.problem) for i in extractor.extract(text).issues] == [
        (["二", "（一）", "1"], "推动县域经济发展用力不够"),
        (["二", "（一）", "2"], "防范化解重大风险不够有力"),
    ]


def test_an_items_label_an_ocr_engine_read_with_a_letter_for_a_digit_is_read_as_the_label() -> None:
    items = "".join(f"{n}.问题{n}不够到位。整改情况：已完成。\n" for n in range(1, 10))
    text = OPENING + "二、整改情况\n" + items + "1O.上轮巡察反馈问题整改不到位。整改情况：已完成。\n"
    assert extractor.extract(text).issues[-1].path == ["二", "10"]


def test_a_heading_at_the_foot_of_a_pdf_page_is_not_joined_to_the_next_pages_first_line() -> None:
    text = (
        "关于2022年度县本级预算执行审计查出问题整改情况的报告\n"
        + AUDIT_OPENING
        + "二、审计查出问题的整改情况\n— 1 —\n\f"
        "2022年度审计工作报告反映的问题5个，已全部整改。\n（一）预算管理方面\n1.部分非税收入未及时缴库。\n整改情况：已整改。\n"
    )
    assert [i.path for i in extractor.extract(text).issues] == [["二", "（一）", "1"]]


def test_a_page_break_breaks_the_line_it_falls_in() -> None:
    text = (
        AUDIT_OPENING
        + "二、审计查出问题的整改情况\n（一）预算管理方面\n— 1 —\n\fl.部分非税收入未及时缴库。\n整改情况：已整改。\n"
    )
    assert [i.path for i in extractor.extract(text).issues] == [["二", "（一）", "1"]]


def test_a_centred_title_block_leaves_the_opening_dates_to_be_read() -> None:
    text = (
        "                     新化县人民政府\n         关于第二轮省级生态环境保护督察反馈问题\n"
        "                   整改完成情况的公示\n\n    2022年6月28日至7月28日，湖南省第四生态环境保护督察组对我县开展了"
        "第二轮省级生态环境保护督察。2022年10月11日，督察组向我县反馈了督察意见。\n"
    )
    report = extractor.extract(text).report
    assert (report.issuer, report.inspection_start, report.inspection_end) == (
        "新化县人民政府",
        dt.date(2022, 6, 28),
        dt.date(2022, 7, 28),
    )


def test_a_running_header_that_heads_the_title_on_the_first_page_is_the_issuer() -> None:
    pages = [
        "汉阴县人民政府\n关于第二轮省级生态环境保护督察反馈问题整改落实情况的公示\n"
        "2023年4月10日至5月10日，省第三生态环境保护督察组对我县开展了督察。\n一、已完成整改的问题\n"
        "1.月河部分支流水质不稳定。\n整改情况：已完成。\n1/3\n",
        "汉阴县人民政府\n2.县城污水处理厂提标改造推进迟缓。\n整改情况：完成提标改造，已完成整改。\n2/3\n",
        "汉阴县人民政府\n3.部分矿山生态修复滞后。\n整改情况：完成复绿12公顷，已完成整改。\n3/3\n",
    ]
    extraction = extractor.extract("".join(pages))
    assert (extraction.report.issuer, len(extraction.issues)) == ("汉阴县人民政府", 3)


def test_a_report_under_a_congress_gazettes_masthead_is_issued_by_its_speaker() -> None:
    text = (
        "咸宁市人民代表大会常务委员会公报\n关于2022年度市级预算执行和其他财政收支\n审计查出问题整改情况的报告\n"
        "——2023年12月26日在咸宁市第六届人民代表大会常务委员会第十五次会议上\n泗县审计局局长  韩 冰\n" + AUDIT_OPENING
    )
    assert extractor.extract(text).report.issuer == "泗县审计局"


def test_a_line_opening_with_a_word_a_page_widget_uses_keeps_it() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.村级“三资”监管存在漏洞。\n整改情况：三是对\n相关村党组织书记进行了提醒谈话。已完成。\n"
    )
    assert extractor.extract(text).issues[0].measures == ["三是对", "相关村党组织书记进行了提醒谈话"]


def test_a_pages_metadata_under_its_title_stays_when_a_print_out_is_hard_wrapped() -> None:
    text = (
        "2024/8/20 16:42\u3000\u3000\u3000\u3000\u3000关于区委第一巡察组巡察反馈意见整改进展情况的通报\n"
        "中共岳阳市云溪区卫生健康局党组关于区委第一巡察组巡察反馈意见整改进展情况的通报\n"
        "发布日期：2024-08-16\u3000来源：云溪区卫生健康局\u3000浏览次数：1027\u3000【字体：大 中 小】【打印】【关闭】\n"
        "根据区委统一部署，2023年11月6日至2024年1月12日，区委第一巡察组对区卫生健康局\n"
        "党组开展了常规巡察。2024年3月1日，区委第一巡察组向区卫生健康局党组反馈了巡察意见，\n"
        "指出了4个方面9个问题。按照巡察工作有关要求，现将巡察整改进展情况报告如下。\n"
        "一、组织整改落实情况\n"
        "抓好巡察整改是重要政治责任。巡察反馈意见后，区卫生健康局党组第一时间召开党组\n"
        "会议，传达学习巡察反馈意见，研究部署整改工作，成立了巡察整改工作领导小组。党组书\n"
        "记、局长李文斌坚决扛牢巡察整改第一责任人责任，对整改工作亲自部署、重要问题亲自过\n"
        "问、重要环节亲自协调；班子成员按照“一岗双责”要求，抓好分管领域整改。针对反馈问\n"
        "题，逐项制定整改措施，建立整改台账，实行销号管理，完成一项、销号一项。\n"
    )
    report = extractor.extract(text).report
    assert (report.title, report.publish_date, report.feedback_date) == (
        "中共岳阳市云溪区卫生健康局党组关于区委第一巡察组巡察反馈意见整改进展情况的通报",
        dt.date(2024, 8, 16),
        dt.date(2024, 3, 1),
    )


def test_a_word_files_table_whose_cells_stand_on_lines_apart_gives_its_rows() -> None:
    header = "序号\n\n反馈问题\n\n主要整改措施\n\n责任领导\n\n完成情况\n\n"
    rows = "1\n\n理论学习不深入\n\n制定学习计划。\n\n周敏\n\n已完成\n\n2\n\n物业管理矛盾突出\n\n成立专班。\n\n吴涛\n\n持续整改中\n"
    text = OPENING + "二、巡察反馈问题整改落实情况\n具体整改情况见下表：\n" + header + rows
    assert [(i.problem, i.measures, i.status) for i in extract_text(text).issues] == [
        ("理论学习不深入", ["制定学习计划"], "completed"),
        ("物业管理矛盾突出", ["成立专班"], "in_progress"),
    ]


def test_work_pressed_on_with_opening_the_rectification_is_a_measure_not_the_status() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.子企业法人层级过多。\n整改情况：持续推进“压减”工作，压减法人户数37户。该项已完成整改。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [("completed", "该项已完成整改")]


def test_a_count_broken_down_in_brackets_is_tallied_once() -> None:
    text = (
        AUDIT_OPENING
        + "审计工作报告反映的问题126个，已整改到位108个，正在整改18个（其中部分整改11个、分阶段整改7个）。\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.in_progress) == (108, 18)


def test_a_sentence_tallying_the_rest_completes_the_tally_before_it() -> None:
    text = (
        AUDIT_OPENING
        + "审计工作报告反映的问题共4个方面95个，截至2024年10月底，已整改87个，整改率91.58%；推动整改问题金额6.28亿元。"
        "其余8个问题正在分阶段推进整改，主要是涉及历史遗留的问题。\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.in_progress) == (87, 8)


def test_the_line_dating_a_report_under_its_title_is_not_joined_to_a_wrapped_title() -> None:
    text = (
        "岑江市人民代表大会常务委员会公报\n第1页/共9页\n\n关于2022年度市级预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "——2023年8月29日在岑江市第十五届人民代表大会常务委员会第十一次会\n议上\n岑江市审计局局长　杜文斌\n"
        "主任、各位副主任、秘书长、各位委员：\n受市人民政府委托，现将2022年度市级预算执行和其他财政收支审计查出问题\n"
        "的整改情况报告如下，请予审议。\n"
    )
    report = extractor.extract(text).report
    assert (report.title, report.publish_date) == (
        "关于2022年度市级预算执行和其他财政收支审计查出问题整改情况的报告",
        dt.date(2023, 8, 29),
    )


def test_a_sentence_detailing_a_problem_before_its_measures_goes_with_the_problem() -> None:
    text = (
        AUDIT_OPENING + "二、审计查出问题的整改情况\n（一）财政管理方面\n"
        "3.暂付款余额较大问题。审计发现截至2022年底县级暂付款余额4.86亿元。县财政局已制定分类处置方案，清理消化暂付款1.52亿元。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.problem == "暂付款余额较大问题。审计发现截至2022年底县级暂付款余额4.86亿元"


@pytest.mark.parametrize("heading", ["一、整改工作组织情况", "一、强化政治担当，扛牢整改主体责任"])
def test_parts_of_the_organisation_that_name_the_problem_they_answer_are_no_findings(heading: str) -> None:
    text = (
        OPENING
        + heading
        + "\n1.针对责任传导层层递减的问题，压紧压实整改责任。成立以院党委书记赵明远为组长的巡察整改工作领导小组，"
        + "赵明远同志对整改工作负总责。\n2.针对以往整改“一阵风”的问题，举一反三抓长效。建立长效机制12项。\n"
        + "二、巡察反馈问题整改落实情况\n1.药品采购管理不规范。\n整改情况：已完成。\n"
    )
    extraction = extract_text(text)
    assert [i.problem for i in extraction.issues] == ["药品采购管理不规范"]
    assert extraction.report.lead_official == "赵明远"


@pytest.mark.parametrize("problem", ["审计发现问题整改“屡审屡犯”", "对审计发现问题整改不够重视"])
def test_a_one_shi_problem_of_one_clause_is_an_item(problem: str) -> None:
    text = OPENING + "二、整改情况\n（四）审计整改方面\n二是" + problem + "。\n整改情况：逐一核查。已完成。\n"
    assert [(i.path, i.problem) for i in extract_text(text).issues] == [(["二", "（四）", "二是"], problem)]


def test_a_page_and_its_metadata_run_into_a_breadcrumb_still_date_the_page() -> None:
    text = (
        "网站首页 政务公开 政务服务 互动交流 走进即墨 当前位置：首页 > 政务公开 > 部门动态 > 巡察整改中共青岛市即墨区民政局党组"
        "关于区委第五轮巡察整改进展情况的通报发布时间：2022-09-06 10:18 来源：即墨区民政局 浏览次数：326 【字号：大 中 小】【打印】"
        "【关闭】\n根据区委统一部署，2022年3月21日至5月20日，区委第三巡察组对区民政局党组进行了常规巡察，并于2022年6月8日反馈了"
        "巡察意见。按照党务公开原则和巡察工作有关要求，现将巡察整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2022, 9, 6)


def test_a_signature_run_on_after_a_space_with_no_stop_before_it_signs_and_dates_the_notice() -> None:
    text = (
        "关于中央环保督察反馈问题整改情况的公示 根据中央环保督察要求，现将整改情况公示如下。 "
        "一、反馈问题 林区毁林种参问题突出。 整改情况：已完成整改。 "
        "联系电话：0439-6707779 地址：松江河林业局综合办公大楼415室 松江河林业局 2019年12月5日\n"
    )
    report = extract_text(text).report
    assert (report.issuer, report.publish_date, report.contacts.address) == (
        "松江河林业局",
        dt.date(2019, 12, 5),
        "松江河林业局综合办公大楼415室",
    )


def test_a_heading_run_into_its_first_clause_a_space_apart_is_set_apart_whatever_its_last_word() -> None:
    text = OPENING + "一、巡察反馈问题整改情况\n（一）理论学习不深入 局党组制定学习计划，已完成整改。\n"
    assert [issue.problem for issue in extract_text(text).issues] == ["理论学习不深入"]


def test_a_notice_that_lost_its_line_breaks_keeps_its_opening_and_its_signature_apart() -> None:
    text = (
        "中共祁东县市场监督管理局党组关于县委巡察反馈意见整改情况的通报根据县委统一部署，2023年9月4日至11月3日，县委第一巡察组"
        "对县市场监督管理局党组开展了巡察，并于2023年12月15日向县市场监督管理局党组反馈了巡察意见。现将巡察整改情况予以公布。"
        "一、巡察反馈问题整改落实情况1.食品安全“两个责任”落实不够到位。整改情况：制定包保督导方案。已完成整改。"
        "欢迎广大干部群众监督，电子邮箱：qdscjgj@163.com。中共祁东县市场监督管理局党组2024年6月12日"
    )
    report = extract_text(text).report
    assert (report.feedback_date, report.publish_date) == (dt.date(2023, 12, 15), dt.date(2024, 6, 12))


def test_area_headings_of_a_notice_that_lost_every_label_close_the_item_before_them() -> None:
    text = (
        "中共桃江县水利局党组关于县委巡察整改进展情况的通报\n根据县委统一部署，县委第二巡察组对县水利局党组开展了常规巡察。\n"
        "落实全面从严治党方面\n财务管理不严格，项目资金存在超范围列支问题。\n"
        "整改情况：对超范围列支的项目资金全部调账纠正。已完成整改。\n落实新时代党的组织路线方面\n"
        "干部队伍建设统筹不够，专业技术人才断层明显。\n整改情况：引进水利专业技术人才6名。已完成整改。\n"
        "下一步工作打算\n局党组将持续深化巡察整改。\n"
    )
    assert [(i.category, i.status) for i in extract_text(text).issues] == [
        ("落实全面从严治党方面", "completed"),
        ("落实新时代党的组织路线方面", "completed"),
    ]


def test_a_title_set_over_two_lines_that_each_end_like_one_is_one_title() -> None:
    text = (
        "永安市贯彻落实第三轮省生态环境保护督察报告\n整改方案整改情况的公示\n"
        "2023年5月8日至6月8日，省第二生态环境保护督察组对我市开展了督察，并于2023年9月12日反馈了督察意见。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.inspected_unit) == (
        "永安市贯彻落实第三轮省生态环境保护督察报告整改方案整改情况的公示",
        "永安市",
    )


@pytest.mark.parametrize("said", ["完成情况：已完成，常态化推进", "整改进展：已完成整改，转入常态化管理。"])
def test_done_and_now_routine_is_long_term(said: str) -> None:
    text = OPENING + "二、整改情况\n1.村务公开不及时。\n整改措施：建立公开台账。\n" + said + "\n"
    assert [i.status for i in extract_text(text).issues] == ["long_term"]


def test_a_text_that_ends_at_a_key_with_no_value_cut_its_last_item() -> None:
    text = (
        OPENING + "二、整改情况\n1.村务公开不及时。\n整改措施：建立公开台账。\n完成情况：已完成\n"
        "2.非法采砂问题屡禁不止，河道生态破坏严重。\n责任单位：市水利局、市公安局\n整改时限："
    )
    extraction = extract_text(text)
    assert [i.problem for i in extraction.issues] == ["村务公开不及时"]
    assert any("ends in the middle of an item" in w for w in extraction.warnings)


def test_a_text_that_ends_at_a_key_s_share_done_keeps_its_last_item() -> None:
    """ "整改进度：完成60%" is a whole field, its figure closed by its %: no copy's cut (a cut would leave "完成6")."""
    text = (
        OPENING + "二、整改情况\n1.村务公开不及时。\n整改措施：建立公开台账。\n整改进度：已完成100%\n"
        "2.非法采砂问题屡禁不止。\n整改措施：开展联合执法。\n整改进度：完成60%\n"
    )
    extraction = extract_text(text)
    assert [(i.problem, i.status) for i in extraction.issues] == [
        ("村务公开不及时", "completed"),
        ("非法采砂问题屡禁不止", "not_stated"),
    ]
    assert not any("ends in the middle of an item" in w for w in extraction.warnings)


def test_a_text_that_ends_at_a_status_with_a_note_in_brackets_keeps_its_last_item() -> None:
    text = (
        OPENING + "二、整改情况\n1.村务公开不及时。\n整改措施：建立公开台账。\n进展情况：已完成（2023年6月）\n"
        "2.非法采砂问题屡禁不止。\n整改措施：开展联合执法。\n进展情况：推进中（预计2023年12月完成）\n"
    )
    extraction = extract_text(text)
    assert [i.status for i in extraction.issues] == ["completed", "in_progress"]
    assert not any("ends in the middle of an item" in w for w in extraction.warnings)


@pytest.mark.parametrize("key", ["是否销号", "是否办结", "是否整改到位"])
def test_a_question_its_yes_or_no_answers_says_where_each_item_stands(key: str) -> None:
    text = (
        OPENING + f"二、整改情况\n1.村务公开不及时。\n整改措施：建立公开台账。\n{key}：是\n"
        f"2.非法采砂问题屡禁不止。\n整改措施：开展联合执法。\n{key}：否\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed", "in_progress"]


def test_a_wechat_article_s_keycap_numbers_label_its_items() -> None:
    """ "1️⃣" is 1, U+FE0F and the keycap's ring U+20E3: read as the label "1."; the problem keeps none of it."""
    text = (
        OPENING + "二、整改情况\n1\ufe0f\u20e3 村务公开不及时\n整改状态：✔\ufe0f已完成\n"
        "2\ufe0f\u20e3 非法采砂问题屡禁不止\n整改状态：正在推进\n"
    )
    issues = extract_text(text).issues
    assert [(i.path[-1], i.problem, i.status) for i in issues] == [
        ("1", "村务公开不及时", "completed"),
        ("2", "非法采砂问题屡禁不止", "in_progress"),
    ]


def test_a_table_with_tick_columns_whose_cells_stand_one_per_line_reads_each_rows_tick() -> None:
    header = "二、巡察反馈问题整改落实情况表\n序号\n反馈问题\n整改措施\n责任领导\n已完成\n长期坚持\n正在推进\n"
    rows = (
        "1\n镇党委理论学习中心组学习不规范，学习内容与实际工作结合不紧\n制定年度学习计划，规范学习记录，开展专题研讨3次\n"
        "赵国强\n√\n\n\n"
        "2\n乡村振兴产业项目谋划不足，部分扶贫资产闲置\n对闲置扶贫资产逐项建立台账，通过出租、调剂等方式盘活资产7处\n"
        "刘志强\n\n√\n\n"
        "3\n村级集体经济发展不平衡，4个村集体经济收入低于5万元\n制定薄弱村集体经济发展帮扶方案，实行“一村一策”\n"
        "刘志强\n\n\n√\n"
    )
    issues = extractor.extract(OPENING + header + rows).issues
    assert [(i.path, i.status) for i in issues] == [
        (["二", "1"], "completed"),
        (["二", "2"], "long_term"),
        (["二", "3"], "in_progress"),
    ]
    assert issues[0].measures == ["制定年度学习计划，规范学习记录，开展专题研讨3次"]


def test_items_the_opening_tallies_by_number_take_the_status_they_are_tallied_under() -> None:
    text = (
        OPENING
        + "截至2024年10月31日，反馈的3个问题中，已完成整改1个（第1个问题），阶段性完成并长期坚持1个（第3个问题），"
        "正在推进1个（第2个问题）。\n二、整改情况\n1.交通项目前期工作滞后。\n整改措施：梳理重大交通项目32个。\n"
        "2.农村公路路况较差。\n整改措施：实施路面改造。\n3.安全生产监管存在短板。\n整改措施：开展专项整治。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [
        ("completed", "已完成整改1个（第1个问题）"),
        ("in_progress", "正在推进1个（第2个问题）"),
        ("long_term", "阶段性完成并长期坚持1个（第3个问题）"),
    ]


def test_tags_left_in_copied_text_are_read_as_the_breaks_and_words_a_page_shows() -> None:
    text = (
        OPENING + "<strong>二、巡察反馈问题整改落实情况</strong><br>\n<strong>（一）教育管理方面</strong><br>\n"
        "&nbsp;&nbsp;（1）课后服务收费不规范。<br>\n整改情况：已全面清退。已完成。<br>\n"
    )
    [issue] = extractor.extract(text).issues
    assert (issue.path, issue.category, issue.problem) == (
        ["二", "（一）", "（1）"],
        "教育管理方面",
        "课后服务收费不规范",
    )


def test_a_problem_that_speaks_of_the_rectification_of_problems_mid_sentence_is_whole() -> None:
    text = (
        OPENING
        + "二、整改情况\n3.安全检查流于形式，检查记录中发现问题的整改均无复查记录。整改措施：建立复查制度。已完成。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.problem == "安全检查流于形式，检查记录中发现问题的整改均无复查记录"


def test_a_groups_closing_line_reaches_every_item_above_that_states_no_status() -> None:
    text = (
        OPENING + "二、整改情况\n（二）作风建设方面\n3.公务接待不规范。整改措施：修订接待制度。\n"
        "4.会议费列支不规范。整改措施：清退费用。\n【整改结果】正在整改\n5.公车使用不规范。整改措施：完善审批。\n"
        "以上问题已全部整改到位。\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed", "in_progress", "completed"]


@pytest.mark.parametrize(
    ("closing", "status"),
    [
        ("，相关单位已整改完成。", "completed"),
        ("。该问题已基本完成整改，区财政局将持续加强存量资金动态监控。", "long_term"),
    ],
)
def test_a_status_said_of_the_units_answering_or_before_what_goes_on_is_the_items(closing: str, status: str) -> None:
    text = (
        OPENING
        + "二、整改情况\n1.公务用车管理不规范问题。整改情况：区机关事务管理局开展专项检查，推动完善用车制度"
        + closing
        + "\n"
    )
    assert [i.status for i in extract_text(text).issues] == [status]


def test_complaints_passed_on_beside_the_problems_fed_back_are_not_the_count() -> None:
    text = (
        "针对督察反馈指出的26个问题，明确整改任务31项。督察期间，督察组共交办群众信访件182件，已办结179件。\n"
        "一、整改情况\n1.某河段水质不稳定。\n整改情况：已完成。\n"
    )
    assert extract_text(text).report.declared_issue_count == 31


def test_a_head_named_with_two_titles_the_second_ending_in_a_surname_character_is_read_whole() -> None:
    text = OPENING + "成立巡察整改工作领导小组，党组书记、主任钟华任组长。\n"
    assert extract_text(text).report.lead_official == "钟华"


def test_the_pages_source_spelling_out_the_body_the_notice_abbreviates_names_its_party_group() -> None:
    text = (
        "关于县委第五巡察组巡察反馈意见整改进展情况的通报\n"
        "发布时间：2024-06-14 09:30:12  来源：泰和县市场监督管理局  浏览次数：781\n"
        "根据县委统一部署，县委第五巡察组对县市场监管局党组进行了巡察。3月12日，县委第五巡察组向县市场监管局党组反馈了巡察意见。"
        "县市场监管局党组高度重视巡察整改工作。\n"
    )
    assert extract_text(text).report.issuer == "泰和县市场监督管理局党组"


LEDGER_HEAD = "二、巡察反馈问题及整改措施清单\n问题类别\t存在问题\t整改措施\t责任人\t整改情况\n"


def test_a_ledger_rows_empty_first_cell_under_a_merged_category_keeps_its_columns() -> None:
    rows = (
        "（一）党的建设方面\t理论学习不深入\t制定学习计划\t张某\t已完成\n"
        "\t组织生活不规范\t规范三会一课\t李某\t正在整改\n"
    )
    issues = extract_text(OPENING + LEDGER_HEAD + rows).issues
    assert [(i.path, i.problem, i.status) for i in issues] == [
        (["二", "（一）"], "理论学习不深入", "completed"),
        (["二", "（一）"], "组织生活不规范", "in_progress"),
    ]


def test_a_ledgers_last_row_short_of_the_fields_the_row_before_has_was_cut() -> None:
    rows = "（一）党的建设方面\t理论学习不深入\t制定学习计划\t张某\t已完成\n\t组织生活不规范\t规范三会一课\t"
    extraction = extract_text(OPENING + LEDGER_HEAD + rows)
    assert [i.problem for i in extraction.issues] == ["理论学习不深入"]
    assert any("ends in the middle of an item" in w for w in extraction.warnings)


def test_a_task_total_the_region_is_concerned_with_is_the_declared_count() -> None:
    text = "根据整改方案，岳川市涉及整改任务38项。截至目前，38项整改任务已完成24项。\n"
    assert (
        extract_text(
            text + LEDGER_HEAD + "（一）生态方面\t黑臭水体反弹\t开展整治\t张某\t已完成\n"
        ).report.declared_issue_count
        == 38
    )


# A 督察's complaints table set one cell a line, each cell closed by the bar of the table it was (gold_real19/i22): its
# header words broken by spaces, its 备注 left empty, the team's stay given under it.
BARRED_COMPLAINTS = (
    "截止2026年3月10日,兵团第三生态环境保护督察组交办涉及十二师市生态环境信访件3件,现将第三批交办问题结果通报如下:\n|\n"
    "序号 |\n交办问题基本情况 |\n问题类型 |\n涉及团场及 部门 |\n调查核实 情况 |\n是否 属实 |\n办结目标 |\n处理和整改 情况 |\n"
    "问责 情况 |\n备注 |\n|\n1 |\n受理编号十二师03号的环境信访问题为: 运输氧化铝粉大车未遮盖篷布,造成路面及空气污染。 |\n扬尘 |\n"
    "五一农场、师交通运输局 |\n现场核查,情况不属实。\n|\n不属实 |\n已办结 |\n师交通运输局开展路面巡查,未发现抛洒行为。 |\n无 |\n|\n"
    "兵团第三生态环境保护督察组进驻十二师期间:2026年3月3日-3月22日\n"
)


def test_a_table_set_one_cell_a_line_whose_cells_keep_their_bars_gives_its_rows() -> None:
    [issue] = extract_text(BARRED_COMPLAINTS).issues
    assert (issue.path, issue.category, issue.problem, issue.status, issue.status_text) == (
        ["1"],
        "扬尘",
        "运输氧化铝粉大车未遮盖篷布,造成路面及空气污染",
        "completed",
        "已办结",
    )


def test_the_team_s_stay_given_under_a_notice_s_items_gives_the_inspection_and_its_unit() -> None:
    report = extract_text(BARRED_COMPLAINTS).report
    assert (report.inspected_unit, report.inspection_start, report.inspection_end) == (
        "十二师",
        dt.date(2026, 3, 3),
        dt.date(2026, 3, 22),
    )


def test_a_one_cell_a_line_tables_group_rows_and_unfilled_last_cells_keep_its_rows() -> None:
    text = (
        OPENING + "二、巡察反馈问题整改落实情况\n序号\n反馈问题\n整改措施\n完成情况\n备注\n"
        "一、党的建设方面\n1\n理论学习不深入\n制定学习计划\n已完成\n"
        "2\n组织生活不规范\n规范三会一课\n已完成\n涉及2个支部\n"
        "二、作风建设方面\n3\n公务接待不规范\n修订接待制度\n正在整改\n"
    )
    assert [(i.path, i.problem, i.status) for i in extract_text(text).issues] == [
        (["二", "一", "1"], "理论学习不深入", "completed"),
        (["二", "一", "2"], "组织生活不规范", "completed"),
        (["二", "二", "3"], "公务接待不规范", "in_progress"),
    ]


def test_a_group_row_merged_across_a_ledger_groups_the_rows_below_it() -> None:
    rows = (
        "一、党的建设方面\t一、党的建设方面\t一、党的建设方面\t一、党的建设方面\t一、党的建设方面\n"
        "1\t理论学习不深入\t制定学习计划\t张某\t已完成\n"
    )
    head = "二、巡察反馈问题整改落实情况\n序号\t反馈问题\t整改措施\t责任人\t整改情况\n"
    assert [(i.path, i.problem) for i in extract_text(OPENING + head + rows).issues] == [
        (["二", "一", "1"], "理论学习不深入")
    ]


def test_problems_listed_after_a_keyed_items_headline_and_answered_in_turn_are_items_of_their_own() -> None:
    text = (
        OPENING
        + "二、整改情况\n（一）乡村振兴方面\n问题1：乡村振兴政策落实不到位。一是产业发展规划不科学；二是衔接资金项目管理不规范。\n"
        "整改情况：针对第一个问题，修编产业发展规划。针对第二个问题，建立“三公示”制度。\n完成情况：已完成。\n"
    )
    assert [(i.path, i.problem, i.status) for i in extract_text(text).issues] == [
        (["二", "（一）", "问题1", "一是"], "产业发展规划不科学", "completed"),
        (["二", "（一）", "问题1", "二是"], "衔接资金项目管理不规范", "completed"),
    ]


def test_an_audit_rectification_announcements_title_names_its_issuer_and_its_own_unit() -> None:
    text = (
        "桐源县农业农村局审计整改结果公告\n根据《审计法》，县审计局对我局2023年度预算执行情况进行了审计，并出具了审计报告。"
        "现将整改情况公告如下。\n"
    )
    report = extract_text(text).report
    assert (report.issuer, report.inspected_unit) == ("桐源县农业农村局", "桐源县农业农村局")


def test_a_title_s_issuer_may_give_its_other_name_in_brackets() -> None:
    """(gold_real18/i01: a maternal and child health centre that is also a community health centre.)"""
    text = (
        "揭东区妇幼保健计划生育服务中心(揭东区曲溪社区卫生服务中心)审计整改情况报告\n来源:本网 发布时间:2022-06-27 16:37\n"
        "区审计局派出审计组对我中心2018年至2020年财务收支情况进行审计。现将审计整改结果报告如下:\n"
    )
    report = extract_text(text).report
    assert report.issuer == "揭东区妇幼保健计划生育服务中心(揭东区曲溪社区卫生服务中心)"


def test_problems_a_paragraph_lists_under_存在以下问题_and_answered_in_turn_are_items() -> None:
    text = (
        AUDIT_OPENING + "一、审计发现的主要问题及整改情况\n（一）项目管理方面\n"
        "存在以下问题：一是老旧小区改造项目推进缓慢；二是奖补资金38.6万元未及时拨付。\n"
        "整改情况：针对第一个问题，成立工作专班。针对第二个问题，资金已全部拨付。\n以上问题均已整改完成。\n"
    )
    assert [(i.path, i.problem) for i in extract_text(text).issues] == [
        (["一", "（一）", "一是"], "老旧小区改造项目推进缓慢"),
        (["一", "（一）", "二是"], "奖补资金38.6万元未及时拨付"),
    ]


def test_a_table_column_of_measures_and_their_results_holds_the_measures() -> None:
    text = (
        AUDIT_OPENING + "三、审计发现问题整改情况\n序号\n审计发现的问题\n整改措施及结果\n整改状态\n"
        "1\n项目资金拨付滞后。\n已督促加快工程进度。\n已整改\n2\n补贴审核不严。\n已追回补贴资金。\n已整改\n"
    )
    assert [(i.problem, i.measures, i.status) for i in extract_text(text).issues] == [
        ("项目资金拨付滞后", ["已督促加快工程进度"], "completed"),
        ("补贴审核不严", ["已追回补贴资金"], "completed"),
    ]


def test_an_issuer_named_without_its_place_takes_the_place_the_sites_header_names_it_with() -> None:
    text = (
        "遂安市住房和城乡建设局\n网站首页 | 机构概况 | 政务公开 | 政策法规 | 办事服务 | 互动交流\n"
        "您当前的位置：首页 > 政务公开 > 通知公告\n市住房和城乡建设局党组关于市委巡察整改进展情况的通报\n"
        "时间：2022-12-16　　来源：局办公室　　点击数：2105\n"
        "根据市委统一部署，2022年3月21日至5月20日，市委第五巡察组对市住房和城乡建设局党组开展了常规巡察。\n"
    )
    assert extract_text(text).report.issuer == "遂安市住房和城乡建设局党组"


def test_an_issuer_named_without_its_place_takes_the_one_place_of_its_level_the_text_names() -> None:
    text = (  # as the real openings' h12: the city is named only in the report the notice answers
        "市审计局关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "2021年9月15日，市人大常委会听取和审议了审计局受市政府委托所作的《关于瑞金市2020年度市本级预算执行和其他"
        "财政收支的审计工作报告》，对反映的问题提出了整改要求。\n"
    )
    assert extract_text(text).report.issuer == "瑞金市审计局"


def test_a_district_issuer_takes_its_city_too_where_the_text_writes_the_two_together() -> None:
    text = (
        "区交通运输局党组关于巡察整改进展情况的通报\n"
        "根据区委统一部署，2024年9月6日至11月20日，区委第三巡察组对区交通运输局党组开展了巡察。\n"
        "一是健全制度。2025年3月健全了《益阳市赫山区交通运输局财务制度》。\n"
    )
    assert extract_text(text).report.issuer == "益阳市赫山区交通运输局党组"


def test_an_issuer_stays_without_a_place_when_the_text_names_two_of_its_level() -> None:
    text = (
        "市审计局关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "按照《赣州市审计整改工作办法》，对照《关于瑞金市2020年度市本级预算执行的审计工作报告》逐项整改。\n"
    )
    assert extract_text(text).report.issuer == "市审计局"


def test_a_unit_the_notice_calls_我单位_is_the_body_the_team_fed_back_to() -> None:
    text = (  # the real openings' h07
        "中共延津县农业农村局党组关于落实县委巡察反馈意见整改情况的报告\n"
        "根据县委统一部署,2024年8月18日至9月14日,县委第二巡察组对我单位进行了巡察。10月24日,巡察组向中共延津县农业农村局"
        "党组反馈了巡察意见。根据有关规定和要求,现将巡察整改情况报告如下:\n"
    )
    assert extract_text(text).report.inspected_unit == "中共延津县农业农村局党组"


def test_a_two_character_county_name_is_no_place_of_an_issuer() -> None:
    """和县 is a county, and "市委和县委" no mention of it."""
    text = (
        "县卫健局党组关于巡察整改进展情况的通报\n"
        "根据县委统一部署，2024年4月1日至5月30日，县委第二巡察组对县卫健局党组开展了巡察，落实市委和县委的部署。\n"
    )
    assert extract_text(text).report.issuer == "县卫健局党组"


def test_the_one_bearing_first_responsibility_leads_where_others_head_the_group() -> None:
    text = (
        OPENING
        + "成立由所党委书记、副所长马骏和所长赵启明任组长的巡视整改工作领导小组，所党委书记马骏履行整改第一责任人责任。\n"
    )
    assert extract_text(text).report.lead_official == "马骏"


def test_a_status_group_of_problems_with_results_so_far_to_be_kept_up_is_long_term() -> None:
    text = (
        OPENING + "二、整改情况\n（一）已完成整改的问题（1个）\n1.公务接待不规范。\n整改情况：修订接待制度。\n"
        "（二）取得阶段性成效、需长期坚持的问题（1个）\n2.人才队伍建设滞后。\n整改情况：引进人才6名。\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed", "long_term"]


def test_a_bare_date_before_barred_metadata_dates_the_page() -> None:
    text = "中共某研究所委员会关于巡视整改进展情况的通报\n2023-03-20 | 编辑：综合办公室 | 【打印】【关闭】\n" + OPENING
    assert extract_text(text).report.publish_date == dt.date(2023, 3, 20)


def test_a_text_ending_inside_the_problem_an_item_restates_by_key_cut_that_item() -> None:
    text = (
        OPENING + "二、整改情况\n1．耕地保护责任落实不到位\n问题描述：排查不彻底。\n整改情况：开展专项排查。已完成。\n"
        "2．廉政风险防控存在薄弱环节\n问题描述：对重点岗位廉政风险排查不深入，部分岗位人员长"
    )
    extraction = extract_text(text)
    assert [i.problem for i in extraction.issues] == ["耕地保护责任落实不到位"]
    assert any("ends in the middle of an item" in w for w in extraction.warnings)


def test_an_audit_office_whose_place_name_holds_和_keeps_its_place() -> None:
    text = (
        "根据《中华人民共和国审计法》和县审计局年度审计计划安排，2024年5月6日至6月14日，兴和县审计局派出审计组对县水利局"
        "2023年度预算执行情况进行了审计。现将审计结果及整改情况公告如下：\n一、审计发现的主要问题及整改情况\n"
        "1.部分收入未及时入账。整改情况：已整改到位。\n"
    )
    assert extract_text(text).report.issuer == "兴和县审计局"


@pytest.mark.parametrize("office", ["兴和县审计局", "区审计局", "审计署"])
def test_an_audit_office_is_no_inspection_team(office: str) -> None:
    # (As every real label of an audit notice has it: gold_real7/r01's 苍溪县审计局, gold_real18/i01's 区审计局.)
    text = (
        f"根据《中华人民共和国审计法》的规定，2024年5月6日至6月14日，{office}派出审计组对我镇2023年度预算执行情况进行了审计，"
        "并于2024年7月19日出具了《审计报告》。现将整改情况公告如下：\n1.部分收入未及时入账。整改情况：已整改到位。\n"
    )
    assert extract_text(text).report.inspection_team is None


def test_a_team_named_for_the_economy_it_inspects_keeps_its_经济() -> None:
    text = (
        "2021年10月15日至11月25日，县委经济发展领域作风建设专项巡察二组对县住建局党组开展了专项巡察。"
        "现将整改情况予以公布。\n"
    )
    assert extract_text(text).report.inspection_team == "县委经济发展领域作风建设专项巡察二组"


@pytest.mark.parametrize(
    "crumb",
    [
        "首页 > 中共某县民政局党组关于巡察整改进展情况的通报",
        "当前位置：首页 > 通知公告 > 正文中共某县民政局党组关于巡察整改进展情况的通报",
        "首页>>信息公开>>通知公告中共某县民政局党组关于巡察整改进展情况的通报",
    ],
)
def test_a_breadcrumb_s_last_step_gives_the_title_the_page_shows_nowhere_else(crumb: str) -> None:
    report = extract_text(crumb + "\n来源:县纪委监委\n发布时间:2024-08-01\n" + OPENING).report
    assert report.title == "中共某县民政局党组关于巡察整改进展情况的通报"
    assert report.issuer == "中共某县民政局党组"


def test_a_breadcrumb_ending_in_its_column_gives_no_title() -> None:
    report = extract_text("当前位置：首页 > 巡视巡察 > 巡察整改\n发布时间:2024-08-01\n" + OPENING).report
    assert report.title is None


@pytest.mark.parametrize("column", ["政府公告", "通知通告", "最新公告"])
def test_a_portal_s_column_name_above_an_untitled_notice_is_no_title(column: str) -> None:
    assert extract_text(f"{column}\n{OPENING}").report.title is None


def test_a_column_heading_repeating_the_breadcrumb_s_last_step_is_not_the_title() -> None:
    page = (
        "当前位置: 首页 > 政务信息 > 审计结果公告\n审计结果公告\n"
        "关于自治区本级预算执行和其他财政收支2023年度审计查出问题整改情况的报告\n发布时间: 2024-03-27 15:17\n"
        "我受自治区人民政府委托，报告自治区本级预算执行和其他财政收支2023年度审计查出问题的整改情况，请予审议。\n"
    )
    assert extract_text(page).report.title == "关于自治区本级预算执行和其他财政收支2023年度审计查出问题整改情况的报告"


def test_a_next_article_link_naming_a_rectification_notice_does_not_make_feedback_news_one() -> None:
    news = (ROOT / "gold_real" / "docs" / "a18.txt").read_text(encoding="utf-8")  # news of a feedback meeting
    tail = "\n上一篇：关于印发2024年度工作要点的通知\n下一篇：中共某县委办公室关于巡察整改进展情况的通报\n【打印本页】【关闭窗口】\n"
    assert extractor.extract(news + tail).issues == []


def test_a_traditional_character_report_to_a_congress_is_issued_by_its_speaker_s_office() -> None:
    text = (
        "關於2023年度市級預算執行和其他財政收支審計查出問題整改情況的報告\n"
        "——2024年12月20日在某市第十六屆人民代表大會常務委員會第二十次會議上\n某市審計局局長　王某某\n"
        "主任、各位副主任、秘書長、各位委員：\n我受市人民政府委託，向市人大常委會報告審計查出問題的整改情況，請審議。\n"
    )
    assert extract_text(text).report.issuer == "某市審計局"


def test_a_traditional_character_reprint_takes_its_issuer_s_full_name_from_the_page_s_source() -> None:
    text = (
        "2021-02-23 12:42:06來源:某州市住房和城鄉建設局\n"
        "根據市委統一部署,2020年5月17日至8月7日,市委第八巡察組對市住房城鄉建設局黨組進行巡察。"
        "現將巡察整改進展情況予以公布。\n"
    )
    assert extract_text(text).report.issuer == "某州市住房和城鄉建設局黨組"


def test_a_traditional_character_reprint_s_original_title_label_is_no_part_of_the_title() -> None:
    text = "原標題:某某自治區貫徹落實中央環境保護督察反饋意見整改工作進展情況\n" + OPENING
    assert extract_text(text).report.title == "某某自治區貫徹落實中央環境保護督察反饋意見整改工作進展情況"


def test_zero_width_spaces_copied_from_a_wechat_article_change_no_field() -> None:
    text = (ROOT / "gold_holdout" / "docs" / "h4_township_xuncha.txt").read_text(encoding="utf-8")
    copied = text.replace("，", "，\u200b").replace("\n", "\u200b\n")
    assert extractor.extract(copied).model_dump(exclude={"meta"}) == extractor.extract(text).model_dump(
        exclude={"meta"}
    )


def test_a_ledger_s_full_width_row_numbers_give_the_path_s_numbers() -> None:
    text = (
        OPENING + "序号\t反馈问题\t整改措施\t完成情况\n"
        "１\t理论学习不深入\t制定年度学习计划\t已完成\n２\t财务报销审核不严\t修订财务制度\t持续推进\n"
    )
    assert [issue.path for issue in extract_text(text).issues] == [["1"], ["2"]]


def test_a_page_run_into_one_line_is_cut_at_the_first_heading_after_the_presenting_colon() -> None:
    body = (
        "根据县委统一部署，县委第二巡察组对县应急管理局党组开展了巡察。现将整改情况公示如下：一、安全生产责任落实方面"
        "（一）安委会成员单位履职考核流于形式。整改措施：修订考核办法。整改情况：已完成。（二）部分企业负责人未取得合格证。"
        "整改措施：组织考核。整改情况：已完成。二、隐患排查治理方面（一）重大危险源包保责任落实不到位。整改措施：开展专项检查。"
        "整改情况：持续推进。\n"
    )
    issues = extract_text(body).issues
    assert [(issue.path, issue.status) for issue in issues] == [
        (["一", "（一）"], "completed"),
        (["一", "（二）"], "completed"),
        (["二", "（一）"], "in_progress"),
    ]


def test_a_phone_the_reader_is_asked_to_call_is_a_contact() -> None:
    text = (
        OPENING
        + "一、整改情况\n1.学习不深入。整改情况：已完成。\n公示期间如有意见建议，请致电区应急管理局：0731-8549203。\n"
    )
    assert extract_text(text).report.contacts.phones == ["0731-8549203"]


def test_a_page_run_into_one_line_with_spaces_reads_its_formula_and_keeps_its_last_item_from_the_foot() -> None:
    text = (
        "某市统计局 首页 > 信息公开 > 通知公告 中共某市统计局党组关于巡察反馈意见整改进展情况的通报 "
        "发布时间：2024年12月2日 浏览：53 根据市委统一部署，2024年5月20日至7月19日，市委第二巡察组对市统计局党组开展了巡察。"
        "现将整改进展情况通报如下。 一、贯彻落实上级决策部署方面 1.统计数据质量管控不严。整改情况：建立“三审”制度。"
        "整改结果：已完成。 2.干部队伍建设统筹不够。整改情况：公开招录统计专业人员3名。整改结果：已完成。 "
        "上一篇：某市2024年经济运行情况 下一篇：某市统计局关于数据发布的公告 版权所有：某市统计局 ICP备案号：赣ICP备09001122号\n"
    )
    extraction = extract_text(text)
    assert (extraction.report.inspection_start, extraction.report.inspected_unit) == (
        dt.date(2024, 5, 20),
        "市统计局党组",
    )
    assert [issue.problem for issue in extraction.issues] == ["统计数据质量管控不严", "干部队伍建设统筹不够"]


def test_phones_and_mails_below_the_signature_are_the_page_s_not_the_notice_s() -> None:
    text = (
        OPENING
        + "一、整改情况\n1.学习不深入。整改情况：已完成。\n欢迎监督。联系电话：0745-8230617；电子邮箱：lqszdw@163.com。\n"
        "中共某市第三中学委员会\n2024年8月30日\n【纠错】【打印】【关闭】\nEND\n编辑：王露\n"
        "某市融媒体中心　地址：某市人民中路128号　邮编：418000\n新闻热线：0745-8123456　投稿邮箱：tougao@163.com\n"
    )
    contacts = extract_text(text).report.contacts
    assert (contacts.phones, contacts.emails, contacts.address, contacts.postcode) == (
        ["0745-8230617"],
        ["lqszdw@163.com"],
        None,
        None,
    )


def test_a_contact_line_at_the_margin_of_a_printed_page_ends_above_the_signature() -> None:
    # Printed and hard-wrapped at 30 characters: the contact line reaches the margin, and the signing body
    # under it opens no paragraph by its shape; the date under that says it is the signature.
    item = "{}.收费管理不规范，存在个别项目重复收费现象。整改措施：开展\n自查自纠工作，退还重复收费，在门诊大厅公示收费项目。已完成。"
    text = "\n".join(
        [
            "中共某县白沙镇中心卫生院支部委员会",
            "关于巡察整改进展情况的通报",
            "根据县委统一部署，县委第三巡察组对县卫健局党组进行了巡察。现\n将巡察整改进展情况予以公布。",
            "一、整改情况",
            *(item.format(n) for n in range(1, 7)),
            "欢迎广大干部群众对整改情况进行监督，监督电话：0739-7460112",
            "中共某县白沙镇中心卫生院支部委员会",
            "2024年7月10日",
            "- 3 -",  # (the signing body repeats the head's first line: a signature still, no running header)
        ]
    )
    report = extractor.extract(text).report
    assert (report.contacts.phones, report.publish_date) == (["0739-7460112"], dt.date(2024, 7, 10))


def test_a_rectification_sentence_broken_after_its_semicolon_is_no_problem_of_its_own() -> None:
    text = (
        OPENING + "一、财政收支管理方面\n（一）预算执行不严格，部分支出无预算、超预算列支。\n"
        "整改情况：修订《财政预算管理办法》，严格执行“无预算不支出”；\n2024年预算调整事项全部报镇人大审议。\n"
        "整改结果：已整改。\n（二）往来款项长期挂账未清理。\n整改情况：成立清理工作组。\n整改结果：已整改。\n"
    )
    assert [issue.problem for issue in extract_text(text).issues] == [
        "预算执行不严格，部分支出无预算、超预算列支",
        "往来款项长期挂账未清理",
    ]


def test_the_specific_problems_a_unit_drew_up_are_its_declared_count() -> None:
    text = OPENING.replace("现将", "学校党委针对巡察反馈的3个方面问题，梳理形成具体问题8个，制定整改措施30条。现将")
    assert extract_text(text).report.declared_issue_count == 8


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("对管护工作不力的镇农业综合服务中心主任蒋某进行约谈。", [("蒋某", "约谈")]),
        ("对高一（5）班班主任钟某进行提醒谈话。", [("钟某", "提醒谈话")]),
        ("对经办人王某某进行批评教育。", [("王某某", "批评教育")]),
    ],
)
def test_only_named_people_are_held_accountable(sentence: str, people: list[tuple[str, str]]) -> None:
    text = OPENING + "一、整改情况\n1.资金管理不规范。整改情况：" + sentence + "目前已完成整改。\n"
    [issue] = extract_text(text).issues
    assert [(a.person, a.action) for a in issue.accountability] == people


def test_a_page_break_s_running_header_repeating_the_issuer_joins_nothing_to_the_problem() -> None:
    text = (
        "岚州市生态环境局\n关于省级生态环境保护督察反馈问题整改进展情况的公示\n"
        "2024年4月8日至5月8日，省第四生态环境保护督察组对岚州市开展督察。现将整改进展情况公示如下：\n"
        "一、大气污染防治方面\n问题1：加油站油气回收装置不正常运行\n整改时限：2024年10月底前\n整改进展：已完成整改并销号。\n"
        "问题2：重污染天气应急减排措施落实不到位\n\n- 1 -\n\n岚州市生态环境局\n整改时限：2024年9月底前\n"
        "整改进展：未达序时进度。已修订应急减排清单。\n"
    )
    issues = extractor.extract(text).issues
    assert [(issue.problem, issue.status) for issue in issues] == [
        ("加油站油气回收装置不正常运行", "completed"),
        ("重污染天气应急减排措施落实不到位", "in_progress"),
    ]


def test_the_head_of_a_rectification_task_force_is_the_lead_official() -> None:
    text = OPENING.replace("现将", "局党组成立由党组书记、局长贺振川任组长的督察整改工作专班。现将")
    assert extract_text(text).report.lead_official == "贺振川"


def test_a_status_group_heading_ending_in_its_progress_report_gives_its_items_the_status() -> None:
    text = (
        OPENING + "二、达到序时进度问题整改进展情况\n（一）城区污水管网建设滞后。\n整改措施：新建污水管网67公里。\n"
        "（二）工业园区污水处理设施不完善。\n整改进展：达到序时进度。剩余2个园区正在安装设备。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [("in_progress", "达到序时进度")] * 2


def test_a_need_to_keep_at_it_is_said_whole() -> None:
    text = OPENING + "三、需长期坚持的问题（1个）\n1.河道保洁长效机制不健全。\n整改措施：建立河长巡河制度。\n"
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("long_term", "需长期坚持")


@pytest.mark.parametrize("office", ["省粮食和物资储备局", "市住房和城乡建设局", "县文化和旅游局"])
def test_a_department_named_with_and_is_the_team_s_office_whole(office: str) -> None:
    text = f"2024年3月18日至4月12日，{office}第二督察组对我市开展专项督察。现将整改情况公告如下：\n"
    assert extract_text(text).report.inspection_team == office + "第二督察组"


COMPLAINTS = (
    "江屿区关于中央第三生态环境保护督察组交办第十五批信访件办理情况的公示\n"
    "2024年6月5日，督察组交办我区第十五批信访件2件。截至2024年6月11日，2件信访件已办结1件，阶段性办结1件。"
    "现将办理情况公示如下：\n"
    "序号\t受理编号\t交办问题基本情况\t处理和整改情况\t是否办结\t责任人被处理情况\n"
    "1\tD3DY0071\t沙洲村河道两侧堆放大量建筑垃圾。\t组织清运建筑垃圾320立方米。\t已办结\t"
    "对负有监管责任的沙洲街道城管科科长林某某进行约谈\n"
    "2\tD3DY0084\t一搅拌站粉尘污染严重。\t责令完成料场封闭改造。\t阶段性办结\t无\n"
)


def test_complaints_tallied_by_the_piece_are_declared_status_totals() -> None:
    counts = extract_text(COMPLAINTS).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.long_term) == (1, 1)


def test_a_ledger_s_column_of_who_was_held_accountable_names_them() -> None:
    first = extract_text(COMPLAINTS).issues[0]
    assert [(a.person, a.role, a.action) for a in first.accountability] == [("林某某", "沙洲街道城管科科长", "约谈")]


def test_a_closure_notice_s_task_done_and_accepted_by_a_named_office_is_completed() -> None:
    text = (
        "关于督察反馈问题第21项整改任务验收销号情况的公示\n第21项整改任务由县水利局牵头整改。经整改，该项任务已完成整改，"
        "并通过县督察整改工作领导小组办公室组织的现场验收。\n一、整改任务\n部分河道采砂管理不规范，河道岸线遭到破坏。\n"
        "二、整改目标\n全面排查整治河道非法采砂问题。\n三、整改措施\n1.开展河道采砂专项整治行动。\n"
        "四、整改完成情况\n共查处非法采砂案件6起。\n五、验收意见\n验收组认为该项任务已按整改方案要求完成。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("completed", "已完成整改")


def test_a_sentence_after_a_group_gives_its_items_statuses_by_their_numbers() -> None:
    items = "".join(f"{n}.第{n}项制度执行不严格。\n整改情况：修订制度。\n" for n in range(1, 5))
    text = (
        OPENING
        + "二、整改情况\n（一）党的建设方面\n"
        + items
        + "以上4个问题中，第1、2个问题已整改完成，第3个问题正在整改，第4个问题需长期坚持。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [
        ("completed", "第1、2个问题已整改完成"),
        ("completed", "第1、2个问题已整改完成"),
        ("in_progress", "第3个问题正在整改"),
        ("long_term", "第4个问题需长期坚持"),
    ]


def test_a_title_ending_in_its_display_word_does_not_make_the_period_below_it_a_display_period() -> None:
    text = (
        "索引号：431229-03-2025-000017　　　主题分类：生态环境\n发布机构：青岚县人民政府办公室　　　生成日期：2025-01-08\n"
        "名　　称：青岚县人民政府关于省第二生态环境保护督察组专项督察反馈问题整改落实情况的公示\n"
        "青岚县人民政府关于省第二生态环境保护督察组专项督察反馈问题整改落实情况的公示\n"
        "2024年6月3日至6月28日，省第二生态环境保护督察组对青岚县开展了专项督察，8月15日向青岚县反馈了督察意见。\n"
    )
    report = extract_text(text).report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2024, 6, 3), dt.date(2024, 6, 28))


def test_organisation_headings_naming_a_situation_then_the_work_done_on_it_are_no_findings() -> None:
    text = (
        OPENING
        + "一、整改工作推进情况\n（一）针对督察指出的“重发展、轻保护”问题，压紧压实整改责任。县委常委会先后6次专题研究。\n"
        "（二）针对部分问题整改进度滞后的情况，实行挂图作战。制定整改方案，逐项明确整改目标。\n"
        "二、坚决立行立改，确保整改实效\n（一）水污染防治方面\n1.县城污水处理厂进水浓度偏低。\n整改进展：已完成。\n"
        "2.乡镇污水处理设施运行不正常。\n整改进展：已完成。\n"
    )
    issues = extract_text(text).issues
    assert [(issue.path, issue.category) for issue in issues] == [
        (["（一）", "1"], "水污染防治方面"),
        (["（一）", "2"], "水污染防治方面"),
    ]


def test_an_earlier_round_s_problems_checked_again_are_not_this_notice_s_count() -> None:
    text = OPENING.replace(
        "现将", "巡察组指出3个方面8个问题。对照上轮巡察反馈的14个问题逐项开展自查，重新梳理出整改不彻底的问题3个。现将"
    )
    assert extract_text(text).report.declared_issue_count == 8


def test_a_slogan_of_one_by_one_work_is_no_status_tally() -> None:
    text = (
        "县委第二巡察组对县供销社党组开展了巡察，反馈问题7个。县供销社党组成立巡察整改工作领导小组，对照反馈问题，"
        "逐条制定整改措施25条，建立整改台账，实行对账销号，整改完成一项、核查一项、销号一项，确保问题见底、整改到位。\n"
    )
    assert extract_text(text).report.declared_status_counts is None


def test_a_display_period_paragraph_closes_the_last_item() -> None:
    text = (
        OPENING + "一、整改情况\n1.集体资产资源台账不清。\n整改情况：重新登记集体资产资源，建立台账。已完成。\n"
        "公示期：2024年10月15日至10月21日。公示期间如有意见建议，请通过以下方式反映：联系电话：0746-5821033。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.measures) == ("completed", ["重新登记集体资产资源，建立台账"])


def test_an_image_s_file_name_and_a_listen_button_are_page_furniture() -> None:
    text = (
        "微信截图_20240920153326.jpg\n县卫健局巡察整改进展情况公示\n2022-04-18 07:10:00  来源:县纪委\n听新闻\n"
        + OPENING
    )
    assert extract_text(text).report.title == "县卫健局巡察整改进展情况公示"


@pytest.mark.parametrize(
    "widget", ["标题图", "[图片]", "轻触这里\n关闭目录", "点击此处展开目录", "跳至內容", "跳到主要内容"]
)
def test_an_image_s_placeholder_or_a_contents_widget_s_prompt_over_the_title_is_page_furniture(widget: str) -> None:
    text = f"{widget}\n县卫健局巡察整改进展情况公示\n2022-04-18 07:10:00  来源:县纪委\n" + OPENING
    assert extract_text(text).report.title == "县卫健局巡察整改进展情况公示"


def test_a_printed_line_opening_with_a_widget_s_word_keeps_it() -> None:
    text = OPENING + "一、整改情况\n1.对教师课堂教学、校园网站和班级\n微信群等阵地管理不严。整改情况：已完成。\n"
    [issue] = extract_text(text).issues
    assert "微信群" in issue.problem


def test_a_leader_named_bare_as_the_first_responsible_is_the_lead_official() -> None:
    text = OPENING.replace("现将", "局党组逐项制定整改措施，郑立新作为巡察整改第一责任人，带头研究部署。现将")
    assert extract_text(text).report.lead_official == "郑立新"


def test_news_of_a_feedback_listing_problems_with_no_rectification_is_no_notice() -> None:
    text = (
        "11月27日，区委第二巡察组向区卫生健康局党组反馈巡察情况。\n"
        "根据区委统一部署，2024年9月2日至10月25日，区委第二巡察组对区卫生健康局党组开展了常规巡察。"
        "巡察组指出，区卫生健康局党组存在一些问题：\n一、贯彻落实党中央决策部署方面\n"
        "1.落实公立医院党委领导下的院长负责制不到位。\n2.基层医疗卫生服务能力提升不明显。\n"
        "二、落实全面从严治党责任方面\n3.医疗领域不正之风和腐败问题集中整治推进不力。\n"
        "巡察组要求，要提高政治站位，切实履行整改主体责任，坚持问题导向，逐项制定整改措施，健全长效机制，巩固整改成果。\n"
    )
    assert extract_text(text).issues == []


def test_a_news_agency_s_item_on_rectifications_is_no_notice_and_names_no_issuer() -> None:
    text = (
        "新华网:12家央企基本完成审计整改\n"
        "新华社北京5月20日电 (记者 王明)审计署20日公布了对12家中央企业2022年度财务收支审计结果。上述企业表示已基本完成整改。\n"
        "中航集团表示,截至目前,审计报告中涉及的问题已基本完成整改,并对15名相关责任人给予了追责处理。\n"
        "三峡集团认为,本次审计是对三峡集团进行的一次全面体检,目前各项整改工作已基本完成。\n"
    )
    found = extract_text(text)
    assert found.report.issuer is None
    assert any("does not read as a rectification notice" in w for w in found.warnings)


def test_a_one_line_page_s_title_after_the_site_s_navigation_and_breadcrumb_is_read() -> None:
    text = (
        "澄州市总工会 首页 工会动态 通知公告 职工服务 权益保障 劳模风采 党建工作 信息公开 当前位置：首页 > 党建工作 > 巡察整改 "
        "中共澄州市总工会党组关于市委巡察整改进展情况的通报 发布日期：2024-03-29 来源：市总工会办公室 浏览次数：408 "
        "根据市委统一部署，2023年9月4日至11月3日，市委第四巡察组对市总工会党组开展了常规巡察。现将巡察整改进展情况予以公布。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.inspection_team) == (
        "中共澄州市总工会党组关于市委巡察整改进展情况的通报",
        "市委第四巡察组",
    )


def test_a_status_s_ascii_full_stop_is_no_part_of_it() -> None:
    text = OPENING + "一、整改情况\n1.学习不深入.\n完成情况:已完成.\n2.制度不健全.\n完成情况:正在整改.\n"
    assert [i.status_text for i in extract_text(text).issues] == ["已完成", "正在整改"]


def test_villages_counted_before_their_own_checks_are_no_problem_count() -> None:
    text = OPENING.replace(
        "现将", "巡察反馈3个方面11个问题。镇党委组织全镇12个村对照巡察反馈问题开展自查自纠，共查摆同类问题19个。现将"
    )
    assert extract_text(text).report.declared_issue_count == 11


def test_a_one_line_page_s_bulleted_problems_are_each_an_issue_under_their_group() -> None:
    text = (
        OPENING.rstrip("\n")
        + " 二、反馈问题整改情况 （一）党的建设方面 ◆理论学习不深入。整改情况：制定学习计划。整改结果：已完成。 "
        "◆党员发展不规范。整改情况：开展专项检查。整改结果：正在整改。 （二）全面从严治党方面 ◆村级财务管理不规范。"
        "整改情况：建立村账镇管制度。整改结果：已完成。\n"
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.category, i.status) for i in issues] == [
        ("理论学习不深入", "党的建设方面", "completed"),
        ("党员发展不规范", "党的建设方面", "in_progress"),
        ("村级财务管理不规范", "全面从严治党方面", "completed"),
    ]


def test_measures_numbered_under_a_quoted_finding_that_apply_for_and_buy_are_its_measures() -> None:
    text = (
        OPENING + "二、巡察反馈问题整改情况\n关于“基层司法所人员力量薄弱”问题的整改情况\n"
        "1.向区委编办申请增加司法所政法专项编制3名。\n2.通过政府购买服务方式为司法所配备辅助人员8名。\n整改进展：持续整改中。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("基层司法所人员力量薄弱", "in_progress")


def test_ticks_under_a_second_header_row_of_statuses_take_the_status_they_are_under() -> None:
    text = (
        OPENING + "序号\t巡察反馈问题\t整改措施\t责任科室\t整改时限\t完成情况\n\t\t\t\t\t已完成\t未完成\n"
        "1\t学习贯彻党的二十大精神不够深入\t制定学习计划\t党政办\t2024年3月\t√\t\n"
        "2\t老旧小区改造推进缓慢\t成立工作专班\t城建办\t2024年12月\t\t√\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [
        ("completed", "已完成"),
        ("in_progress", "未完成"),
    ]


def test_a_ledger_row_whose_trailing_empty_cells_were_trimmed_keeps_its_tick() -> None:
    # A saved page or a copy trims each line, so a row ticked in its first status column loses the empty ones after.
    text = (
        OPENING + "序号\t反馈问题\t整改措施\t整改情况\n\t\t\t已完成\t正在整改\t长期坚持\n"
        "1\t耕地保护责任落实不到位\t开展专项整治\t✓\n"
        "2\t国土空间规划编制进度滞后\t倒排工期\t\t✓\n"
        "3\t理论学习中心组学习不深入\t制定学习计划\t\t\t√\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed", "in_progress", "long_term"]


def test_a_short_row_with_no_problem_s_length_in_its_problem_column_is_no_item() -> None:
    text = OPENING + "序号\t反馈问题\t整改措施\t已完成\t未完成\n1\t耕地保护责任落实不到位\t开展专项整治\t√\t\n合计\t1\n"
    assert [i.problem for i in extract_text(text).issues] == ["耕地保护责任落实不到位"]


def test_a_second_header_row_of_statuses_may_name_a_remarks_column_beside_them() -> None:
    text = (
        OPENING + "序号\t问题描述\t整改措施\t整改情况\n\t\t\t已完成\t未完成\t备注\n"
        "1\t学校食堂食材采购台账不全\t建立采购台账制度\t√\n"
        "2\t校舍维修项目进度滞后\t倒排工期加快推进\t\t√\t持续推进\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed", "in_progress"]


ONE_LINE_PAGE = (
    "学院巡察整改落实情况的通报 学院巡察整改落实情况的通报 作者:学院 日期:2024年05月20日 "
    "2024年10月28日至11月10日，校党委巡察办专项巡察组对我院党委开展了专项巡察。2025年1月10日，专项巡察组对我院进行巡察反馈。"
    "现对我院巡察整改落实情况予以通报。 一、提高政治站位，强化组织领导 学院党委高度重视问题整改。\n"
)


def test_a_page_run_onto_one_line_keeps_the_dates_of_a_body_that_opens_with_one_after_the_page_s_date() -> None:
    report = extract_text(ONE_LINE_PAGE).report
    assert (report.inspection_start, report.inspection_end, report.feedback_date, report.publish_date) == (
        dt.date(2024, 10, 28),
        dt.date(2024, 11, 10),
        dt.date(2025, 1, 10),
        dt.date(2024, 5, 20),
    )


def test_a_title_a_page_run_onto_one_line_says_twice_is_read_once() -> None:
    assert extract_text(ONE_LINE_PAGE).report.title == "学院巡察整改落实情况的通报"


def test_a_page_s_date_and_time_stamp_run_into_its_head_dates_the_notice() -> None:
    text = (
        "当前位置:新闻网 >> 通知公告 >> 新闻详情 中共某镇委员会关于巡察整改进展情况的通报 2023-03-17 09:13编辑:陆元华 "
        "根据县委统一部署，2022年9月5日至10月28日，县委第二巡察组对镇党委开展了巡察。2022年10月19日，县委第二巡察组向镇党委"
        "反馈巡察情况。按照巡察工作有关要求，现将巡察整改进展情况予以公布。 一、提高政治站位，坚决扛起整改主体责任 镇党委把"
        "巡察整改作为重大政治任务来抓。\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2023, 3, 17)


UNTITLED_FORMULA = (
    "根据市委统一部署，2023年8月28日至10月27日，市委第3巡察组对商丘市交通投资集团有限公司党委开展了常规巡察。"
    "现将巡察整改进展情况予以公布。\n一、整改工作组织开展情况\n"
)


def test_a_site_s_name_above_its_menu_set_apart_by_spaces_is_no_part_of_the_title() -> None:
    text = (
        "商丘交投集团\n首页  集团概况  新闻中心  党建园地  产业板块  招标采购  人力资源  联系我们\n"
        "您现在的位置：首页 > 党建园地 > 纪检监察\n关于市委巡察反馈意见整改进展情况的通报\n" + UNTITLED_FORMULA
    )
    assert extract_text(text).report.title == "关于市委巡察反馈意见整改进展情况的通报"


@pytest.mark.parametrize(
    "line", ["党建专栏", "汝南农商银行 RUNAN RURAL COMMERCIAL BANK", "关于市委巡察反馈意见整改进展情况的通报.docx"]
)
def test_a_column_s_name_a_banner_with_its_english_name_or_a_file_s_name_is_no_part_of_the_title(line: str) -> None:
    text = line + "\n关于市委巡察反馈意见整改进展情况的通报\n" + UNTITLED_FORMULA
    assert extract_text(text).report.title == "关于市委巡察反馈意见整改进展情况的通报"


def test_a_reprint_s_own_headline_gives_way_to_the_title_it_labels_as_the_original() -> None:
    text = (
        "光山县教体局巡察整改进展情况通报_整改_问题_教育\n2022-08-11 16:05:33 来源：中共光山县教育体育局党组\n"
        "原标题：关于县委巡察反馈意见整改进展情况的通报\n" + UNTITLED_FORMULA
    )
    assert extract_text(text).report.title == "关于县委巡察反馈意见整改进展情况的通报"


def test_a_document_sharing_site_s_facts_about_the_file_are_page_furniture() -> None:
    text = (
        "- 约5.37千字\n- 约 9页\n- 2024-03-05 发布于河南\n- 举报\n关于市委巡察反馈意见整改进展情况的通报\n"
        + UNTITLED_FORMULA
    )
    report = extract_text(text).report
    assert (report.title, report.publish_date) == ("关于市委巡察反馈意见整改进展情况的通报", None)


def test_our_county_in_the_formula_is_the_county_whose_government_the_page_names_as_its_source() -> None:
    text = (
        "第二轮省级生态环境保护督察反馈问题整改进展情况公示\n信息来源：平舆县人民政府  发布时间：2022年09月30日\n"
        "2021年4月11日至5月11日，省第三生态环境保护督察组对我县开展了第二轮省级生态环境保护督察。现将整改进展情况公示如下。\n"
    )
    assert extract_text(text).report.inspected_unit == "平舆县"


def test_a_school_that_calls_itself_by_its_kind_is_named_by_the_page_s_source() -> None:
    text = (
        "关于巡视整改进展情况的通报\n来源：中共江淮理工学院委员会  发布时间：2024-01-10\n"
        "根据省委统一部署，2023年4月至6月，省委第六巡视组对学校党委开展了常规巡视。现将巡视整改进展情况予以公布。\n"
        "一、整改工作开展情况\n学校党委高度重视巡视整改工作。\n"
    )
    assert extract_text(text).report.issuer == "中共江淮理工学院委员会"


def test_a_breadcrumb_under_the_title_leaves_the_title_in_place() -> None:
    text = (
        "中共柳城区河西街道工作委员会关于区委巡察反馈意见整改进展情况的通报\n\n首页 > 信息公开 > 巡察整改\n"
        "发布日期：2025-01-08　　信息来源：河西街道办事处\n\n" + UNTITLED_FORMULA
    )
    assert extract_text(text).report.title == "中共柳城区河西街道工作委员会关于区委巡察反馈意见整改进展情况的通报"


def test_a_heading_that_lists_its_problems_after_it_is_their_subcategory_up_to_its_first_stop() -> None:
    text = (
        OPENING + "二、巡察反馈问题整改情况\n（一）国有资产管理方面\n"
        "1.国有资产监管存在漏洞。一是部分子公司对外投资未履行集团审批程序；二是个别子公司违规对外出借资金。\n"
        "整改情况：针对第一个问题，修订投资管理办法（已完成）。针对第二个问题，收回出借资金（已完成）。\n"
    )
    assert {i.subcategory for i in extract_text(text).issues} == {"国有资产监管存在漏洞"}


def test_a_short_line_that_runs_title_source_and_formula_together_keeps_the_formula_s_dates() -> None:
    text = (
        "中共某区委员会关于巡视集中整改进展情况的通报 (2024-07-26) 来源: 某区 根据市委统一部署，市委第八巡视组于2023年3月28日"
        "至6月16日对某区开展巡视，并于2023年8月31日反馈了巡视意见。现将巡视整改进展情况予以公布。\n一、整改工作情况\n"
    )
    report = extract_text(text).report
    assert (report.title, report.inspection_start, report.feedback_date) == (
        "中共某区委员会关于巡视集中整改进展情况的通报",
        dt.date(2023, 3, 28),
        dt.date(2023, 8, 31),
    )


@pytest.mark.parametrize("page", ["字号: 大 中 小", "2023-12-08 15:12  稿件作者:   浏览量:- 【浏览字体: 】    分享到:"])
def test_a_title_the_page_ran_its_furniture_and_the_formula_on_to_is_read_with_the_formula_s_dates(page: str) -> None:
    text = (
        "中共某区司法局党组关于巡察整改进展情况的通报 "
        + page
        + " 根据区委统一安排，2024年3月27日至6月7日，区委第二巡察组"
        "对区司法局党组开展了巡察。7月6日，区委巡察组向区司法局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.inspection_start) == (
        "中共某区司法局党组关于巡察整改进展情况的通报",
        dt.date(2024, 3, 27),
    )


def test_a_copy_cut_after_an_aside_s_closing_bracket_leaves_out_the_item_it_cuts() -> None:
    text = (
        OPENING + "二、整改情况\n1.理论学习不深入。整改情况：制定学习计划。已完成。\n"
        "2.防火基础设施建设短板明显。整改情况：督促所在县（市、区）"
    )
    result = extract_text(text)
    assert [i.problem for i in result.issues] == ["理论学习不深入"]
    assert any("ends in the middle of an item" in w for w in result.warnings)


def test_a_browser_title_with_no_issuer_is_read_without_the_column_and_site_after_it() -> None:
    text = "关于市委巡察整改进展情况的通报_党建动态_南湖城建集团\n" + UNTITLED_FORMULA
    assert extract_text(text).report.title == "关于市委巡察整改进展情况的通报"


CLOSING_TALLY_BY_NUMBER = (
    OPENING + "二、巡察反馈问题整改落实情况\n1.理论学习不深入。\n整改情况：制定学习计划。\n"
    "2.干部队伍结构不合理。\n整改情况：引进专业人才。\n3.停车设施建设滞后。\n整改情况：新建停车场2处。\n"
    "三、整改完成情况\n截至2024年12月15日，巡察反馈的3个问题中，第1、3个问题已整改完成，第2个问题需长期坚持。\n"
)


def test_a_closing_tally_that_names_the_items_by_number_gives_each_its_status() -> None:
    issues = extract_text(CLOSING_TALLY_BY_NUMBER).issues
    assert [i.status for i in issues] == ["completed", "long_term", "completed"]


def test_items_named_by_number_in_a_tally_are_not_counted_as_its_totals() -> None:
    tally = "第1、3、5、6、7、8、10个问题已整改完成，第2、9个问题需长期坚持，第4个问题正在整改"
    text = CLOSING_TALLY_BY_NUMBER.replace("第1、3个问题已整改完成，第2个问题需长期坚持", tally)
    assert extract_text(text).report.declared_status_counts is None


def test_a_township_report_to_its_congress_is_issued_by_the_government_its_deputy_head_speaks_for() -> None:
    text = (
        "关于2023年度青龙镇预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "——2024年12月18日在青龙镇第十八届人民代表大会第五次会议上\n青龙镇人民政府副镇长  邹文华\n各位代表：\n"
        "我受镇人民政府委托，向大会报告审计查出问题的整改情况，请予审议。\n"
        "2024年5月13日至7月5日，泸源县审计局对我镇2023年度预算执行情况进行了审计。\n"
    )
    report = extract_text(text).report
    assert (report.issuer, report.inspected_unit) == ("青龙镇人民政府", "青龙镇")


def test_a_group_s_closing_status_that_excepts_the_items_saying_their_own_reaches_the_rest() -> None:
    text = (
        OPENING + "二、整改情况\n1.村级财务管理不规范。\n整改情况：逐笔核查大额支出。\n"
        "2.小微权力监督不到位。\n整改情况：编制小微权力清单。\n完成情况：正在整改。\n以上问题除另有说明外，均已整改完成。\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed", "in_progress"]


def test_a_ledger_under_a_findings_heading_named_as_a_ledger_takes_its_category_from_its_column() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改进度台账\n| 序号 | 问题类别 | 反馈问题 | 整改措施 | 整改进度 |\n|---|---|---|---|---|\n"
        "| 1 | 党的领导 | 理论学习不深入 | 制定学习计划 | 已完成 |\n| 2 | 党的建设 | 组织生活不规范 | 规范三会一课 | 已完成 |\n"
    )
    assert [(i.category, i.subcategory) for i in extract_text(text).issues] == [("党的领导", None), ("党的建设", None)]


def test_a_newspaper_s_headline_gives_way_to_the_notice_s_own_title_after_the_lead_that_presents_it() -> None:
    text = (
        "江川日报数字报\n2024年05月16日 星期四\n第03版：要闻\n上一版   下一版   返回目录\n"
        "版面导航：第01版：要闻 | 第02版：综合 | 第03版：要闻 | 第04版：专题\n\n"
        "县市场监管局晒出巡察整改“成绩单”\n24个问题已整改完成21个\n"
        "本报讯（通讯员 李静 记者 杨帆）按照党务公开原则和巡察工作有关要求，县市场监督管理局党组日前公布了县委巡察整改"
        "进展情况，自觉接受干部群众监督。全文如下：\n"
        "中共江川县市场监督管理局党组关于县委巡察整改进展情况的通报\n"
        "根据县委统一部署，2023年10月9日至12月8日，县委第二巡察组对县市场监督管理局党组开展了巡察。\n"
    )
    assert extract_text(text).report.title == "中共江川县市场监督管理局党组关于县委巡察整改进展情况的通报"


def test_a_tally_that_names_the_rest_long_term_tasks_counts_them_long_term() -> None:
    text = OPENING.replace("现将", "12个问题中10个已整改到位，另2个属长期任务，正在持续推进。现将")
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.long_term) == (10, 2)


def test_a_tally_of_the_problems_the_tasks_came_from_counts_the_problems() -> None:
    text = OPENING.replace(
        "现将", "局党组将巡察反馈的3个方面9个问题细化为32项整改任务。截至2024年10月31日，9个问题已全部整改销号。现将"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and counts.completed == 9


def test_a_title_set_over_two_lines_and_run_into_a_breadcrumb_and_its_source_keeps_its_issuer() -> None:
    text = (
        "当前位置 : 首页 > 工作动态 > 巡视巡察 > 正文 中共某市交通运输局党组 关于十四届市委第一轮巡察整改进展情况的通报 "
        "来源:某市纪委监委网站发布时间:2023-06-21 根据市委统一部署，2022年6月22日至9月22日，市委第五巡察组对市交通运输局"
        "党组开展了巡察。现将巡察整改进展情况予以公布。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.publish_date) == (
        "中共某市交通运输局党组关于十四届市委第一轮巡察整改进展情况的通报",
        dt.date(2023, 6, 21),
    )


def test_a_team_named_with_its_round_s_number_in_digits_keeps_its_committee() -> None:
    text = "根据县委巡察工作统一部署，2023年9月11日至10月20日，县委第2轮巡察第1组对县国投公司党委开展了常规巡察。\n"
    assert extract_text(text).report.inspection_team == "县委第2轮巡察第1组"


PRINTED_FINDINGS = (
    "二、巡察反馈问题整改情况\n（一）党的建设方面\n1.理论学习不深入。整改情况：制定学习计划，已完成。\n{footer}"
    "2.医疗设备采购管理不规范。整改情况：修订采购制度，已完成。\n3.药品管理不严。整改情况：正在整改。\n"
)


def test_a_running_footer_of_a_name_and_a_page_number_between_dashes_is_dropped() -> None:
    text = OPENING + PRINTED_FINDINGS.format(footer="桑梓县人民医院党委 - 1 -\n")
    issues = extract_text(text).issues
    assert [(i.problem, i.status) for i in issues][0] == ("理论学习不深入", "completed")
    assert "桑梓" not in " ".join(issues[0].measures)


def test_a_running_footer_a_pdf_ran_into_the_next_item_s_line_leaves_the_item_whole() -> None:
    text = OPENING + PRINTED_FINDINGS.format(footer="桑梓县人民医院党委 - 1 - ").replace(
        "已完成。\n桑梓", "已完成。桑梓"
    )
    assert [i.path[-1] for i in extract_text(text).issues] == ["1", "2", "3"]


PIPE_LEDGER_WITH_REMARKS = (
    "| 序号 | 反馈问题 | 整改措施 | 责任股室 | 备注 |\n|---|---|---|---|---|\n"
    "| 1 | 河长制落实不到位 | 开展巡河督查 | 河长办 | 已销号 |\n"
    "| 2 | 理论学习不深入 | 制定学习计划 | 办公室 | 长期坚持 |\n"
    "| 3 | 工程监管不严 | 建立项目台账 | 建管股 | 涉及3个项目 |\n"
)


def test_a_remark_that_is_nothing_but_a_status_is_the_status_of_a_ledger_with_no_status_column() -> None:
    issues = extract_text(OPENING + PIPE_LEDGER_WITH_REMARKS).issues
    assert [(i.status, i.status_text) for i in issues] == [
        ("completed", "已销号"),
        ("long_term", "长期坚持"),
        ("not_stated", None),
    ]


def test_a_last_ledger_row_its_closing_pipe_ends_is_whole_though_its_note_states_no_status() -> None:
    result = extract_text(OPENING + PIPE_LEDGER_WITH_REMARKS.rstrip("\n"))
    assert (len(result.issues), result.warnings) == (3, [])


STACKED_LEDGER = (
    "雾山县关于督察反馈问题整改落实情况的公示\n"
    "2023年11月13日至12月13日，省第三生态环境保护督察组对雾山县开展了督察。现将整改落实情况公示如下：\n"
    "序号\n问题\n整改措施\n责任单位\n完成时限\n完成情况\n"
    "1\n县城污水处理厂进水浓度偏低\n实施老城区雨污分流改造工程\n县住房和城乡建设局\n2024年10月底\n已完成\n"
    "2\n雾溪河沿岸畜禽养殖污染治理不到位\n督促18家规模养殖场完善粪污处理设施；对履职不力的县农业农村局畜牧股\n"
    "股长葛某某进行约谈\n县农业农村局\n2024年9月底\n已完成\n"
    "3\n工业园区环境基础设施建设滞后\n加快园区污水处理厂建设\n县工业园区管委会\n2025年6月底\n达到序时进度\n"
    "— 1 —\n雾山县关于督察反馈问题整改落实情况的公示\n序号\n问题\n整改措施\n责任单位\n完成时限\n完成情况\n"
    "4\n矿山生态修复滞后\n编制废弃矿山生态修复实施方案\n县自然资源局\n2025年12月底\n达到序时进度\n"
)


def test_a_ledger_set_one_cell_a_line_reads_a_cell_run_over_two_lines_and_goes_on_past_a_page_break() -> None:
    issues = extract_text(STACKED_LEDGER).issues
    assert [(i.problem, i.status) for i in issues] == [
        ("县城污水处理厂进水浓度偏低", "completed"),
        ("雾溪河沿岸畜禽养殖污染治理不到位", "completed"),
        ("工业园区环境基础设施建设滞后", "in_progress"),
        ("矿山生态修复滞后", "in_progress"),
    ]
    assert [(a.person, a.action) for a in issues[1].accountability] == [("葛某某", "约谈")]


def test_the_page_s_lines_after_its_dateline_are_no_part_of_the_title() -> None:
    text = (
        "当前位置: 节能环保网 » 环境监察 » 正文\n\n甘肃省生态环境厅发布第三轮中央生态环境保护督察整改情况\n\n"
        "日期:2026-01-12    来源:甘肃省生态环境厅\n\n国际节能环保网\n\n" + OPENING
    )
    assert extract_text(text).report.title == "甘肃省生态环境厅发布第三轮中央生态环境保护督察整改情况"


def test_an_owner_named_by_key_between_a_problem_and_its_rectification_is_no_part_of_the_problem() -> None:
    text = (
        OPENING
        + "一、整改情况\n1.中心城区黑臭水体治理成效不稳定，多次出现返黑返臭现象。责任单位：市住建局，城东区政府。"
        "整改情况：完成截污管网建设6.8公里。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.problem == "中心城区黑臭水体治理成效不稳定，多次出现返黑返臭现象"


def test_our_committee_in_an_audit_formula_is_the_issuing_committee_whole() -> None:
    text = (
        "临江市卫生健康委员会关于审计发现问题整改情况的公告\n"
        "2024年5月至7月，市审计局对我委2023年度预算执行情况进行了专项审计调查。现将整改情况公告如下：\n"
    )
    assert extract_text(text).report.inspected_unit == "临江市卫生健康委员会"


@pytest.mark.parametrize(
    ("closing", "field", "value"),
    [
        ("联系电话：0577-6852 3107。", "phones", ["0577-6852 3107"]),
        ("联系电话：（0746）8123567；电子邮箱：sl@163.com。", "phones", ["（0746）8123567"]),
        ("邮政信箱：\n南屏县邮政局1008号信箱；邮政编码：517400。", "address", "南屏县邮政局1008号信箱"),
    ],
)
def test_contacts_as_printed_pages_set_them(closing: str, field: str, value: object) -> None:
    text = OPENING + "一、整改情况\n1.学习不深入。整改情况：已完成。\n欢迎监督。" + closing + "\n"
    assert getattr(extract_text(text).report.contacts, field) == value


def test_a_group_s_status_in_brackets_is_said_whole() -> None:
    text = OPENING + "一、已整改问题（已全部整改完成）\n1.学习不深入。\n整改措施：制定学习计划。\n"
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("completed", "已全部整改完成")


def test_a_section_named_for_the_auditor_beside_the_inspection_s_is_a_findings_section() -> None:
    text = (
        OPENING + "一、县委巡察反馈问题整改情况\n（一）党的建设方面\n1.学习不深入。整改情况：已完成。\n"
        "二、县审计局审计发现问题整改情况\n（一）预算执行方面\n2.预算编制不精准。整改情况：已完成。\n"
    )
    assert [(i.path, i.category) for i in extract_text(text).issues] == [
        (["一", "（一）", "1"], "党的建设方面"),
        (["二", "（一）", "2"], "预算执行方面"),
    ]


def test_a_signature_above_an_annexed_ledger_dates_the_notice() -> None:
    text = (
        "中共某县自然资源局党组关于巡察整改情况的通报\n来源：县纪委监委  发布时间：2024-11-08  浏览次数：12\n"
        + OPENING
        + "一、整改情况\n1.学习不深入。\n完成情况：已完成。\n"
        "中共某县自然资源局党组\n2024年11月6日\n附件：某县自然资源局巡察反馈问题整改台账\n"
        "序号\t问题\t整改措施\t责任单位\t完成时限\t完成情况\n"
        + "".join(
            f"{n}\t耕地保护责任落实不到位，卫片执法检查发现的第{n}宗违法用地未及时查处\t开展专项整治，依法立案查处并拆除复耕\t"
            "执法监察大队\t2024年9月底\t已完成\n"
            for n in range(1, 13)
        )
        + "附件下载：\n"
    )
    report = extract_text(text).report
    assert (report.publish_date, report.issuer) == (dt.date(2024, 11, 6), "中共某县自然资源局党组")


@pytest.mark.parametrize(
    "foot",
    [
        "新浪网违法和不良信息举报电话：4000520066 举报邮箱：jubao@vip.sina.com\nCopyright © 1996-2024 SINA Corporation",
        "梧源日报社主办　新闻热线：0745-2233110　版权所有 未经授权禁止复制",
        "声明：本文转载自临沣县人民政府网，版权归原作者所有，如有侵权请联系本站删除。联系邮箱：admin@xcxzixun.com",
    ],
)
def test_a_portal_s_hotline_and_mailbox_are_not_the_notice_s_contacts(foot: str) -> None:
    text = (
        OPENING + "一、整改情况\n1.学习不深入。整改情况：已完成。\n欢迎监督，联系电话：0745-3512206。\n" + foot + "\n"
    )
    contacts = extract_text(text).report.contacts
    assert (contacts.phones, contacts.emails) == (["0745-3512206"], [])


def test_a_ledger_annexed_with_the_text_s_problems_again_abridged_adds_no_issue() -> None:
    text = (
        OPENING
        + "一、整改情况\n1.3个乡镇将衔接资金用于村部维修等非规定用途，涉及金额96.5万元。整改情况：已收回资金。\n"
        "2.部分项目未按规定履行招投标程序，涉及金额312万元。整改情况：已完成整改。\n"
        "中共某县乡村振兴局党组\n2025年1月15日\n附件：整改台账\n序号\t问题\t整改措施\t完成情况\n"
        "1\t衔接资金用于非规定用途96.5万元\t收回资金\t已完成\n2\t未按规定履行招投标程序312万元\t补办手续\t已完成\n"
    )
    assert len(extract_text(text).issues) == 2


def test_a_ledger_s_rows_at_the_margin_are_never_joined_as_wrapped_lines() -> None:
    rows = "".join(
        f"{n}\t耕地保护责任落实不到位，卫片执法检查发现的第{n}宗违法用地未及时查处\t开展专项整治，依法立案查处并拆除复耕\t已完成\n"
        for n in range(1, 13)
    )
    text = OPENING + "序号\t问题\t整改措施\t完成情况\n" + rows
    assert len(extractor.extract(text).issues) == 12


def test_a_one_line_page_mixing_spaced_and_tight_labels_keeps_its_findings_section_in_the_path() -> None:
    text = (
        OPENING.rstrip("\n")
        + "一、整改工作总体情况 局党组坚决扛起巡察整改主体责任。二、巡察反馈问题整改情况 （一）党风廉政建设方面 "
        "1.行政处罚案件办理不规范。整改情况：修订裁量基准。整改状态：已完成。 2.个别干部违规参加宴请。整改情况：开展专项整治。"
        "整改状态：已完成。 三、下一步工作打算 局党组将持续巩固巡察整改成果。\n"
    )
    assert [i.path for i in extract_text(text).issues] == [["二", "（一）", "1"], ["二", "（一）", "2"]]


def test_a_wechat_article_s_foot_after_the_contacts_cuts_no_item_off() -> None:
    text = (
        OPENING
        + "一、整改情况\n1.学习不深入。整改情况：制定学习计划。\n2.财务报销审核不严。整改情况：对负有管理责任的股长肖某某进行提醒谈话。\n"
        "如对上述整改情况有意见建议，请与局办公室联系，联系电话：0745-3218890。\n来源：县人民政府网\n编辑：张蕾\n往期推荐\n"
        "县审计局召开审计整改推进会\n阅读原文\n预览时标签不可点\n微信扫一扫\n关注该公众号\n继续滑动看下一个\n轻触阅读原文\n知道了\n"
    )
    extraction = extract_text(text)
    assert (len(extraction.issues), extraction.warnings) == (2, [])


def test_status_group_headings_that_count_their_items_declare_the_totals() -> None:
    text = (
        OPENING + "二、已完成整改的问题（三个）\n1.学习不深入。\n2.制度不健全。\n3.台账不规范。\n"
        "三、正在整改的问题（二个）\n4.项目推进缓慢。\n5.资金拨付滞后。\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.in_progress) == (3, 2)


def test_a_tally_after_the_list_of_the_problems_above_declares_their_number() -> None:
    text = (
        OPENING + "一、整改情况\n1.学习不深入。整改情况：制定计划。\n2.制度不健全。整改情况：修订制度。\n"
        "截至目前，上述2个问题已完成1个，其余1个正在推进。\n"
    )
    assert extract_text(text).report.declared_issue_count == 2


def test_an_annexed_ledger_listing_the_text_s_problems_gives_them_the_statuses_the_text_leaves_unsaid() -> None:
    text = (
        OPENING
        + "一、整改情况\n1.集体经济收入低于10万元。整改措施：发展特色产业。\n2.财务报销审核不严。整改措施：修订财务制度。\n"
        "中共某镇委员会\n2024年12月26日\n附件：整改台账\n序号\t问题\t整改措施\t完成情况\n"
        "1\t集体经济收入低于10万元\t发展特色产业\t正在整改\n2\t财务报销审核不严\t修订财务制度\t已完成\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [
        ("in_progress", "正在整改"),
        ("completed", "已完成"),
    ]


def test_an_unnumbered_status_group_dated_in_brackets_gives_its_items_the_status() -> None:
    text = (
        OPENING
        + "第一批已完成整改的问题（截至2024年10月31日）\n问题1：供水管网改造进度滞后。\n整改情况：完成管网改造86.4公里。\n"
        "需持续推进的问题\n问题2：供水产销差率偏高。\n整改情况：制定三年行动方案，距行业先进水平仍有差\n距，将持续推进。\n"
        "整改进度：正在整改中。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [
        ("completed", "已完成整改"),
        ("in_progress", "正在整改中"),
    ]


def test_a_status_that_dates_its_completion_with_the_year_is_read_after_the_problem() -> None:
    text = (
        OPENING
        + "二、具体问题整改情况\n"
        + "1.落实意识形态工作责任制不到位，阵地管理有漏洞。已于2024年7月15日整改完毕。党工委专题研究意识形态工作。\n"
        + "2.社区党组织作用发挥不充分。整改中。已重新划分网格42个。\n"
    )
    first = extract_text(text).issues[0]
    assert (first.problem, first.status, first.status_text) == (
        "落实意识形态工作责任制不到位，阵地管理有漏洞",
        "completed",
        "已于2024年7月15日整改完毕",
    )


def test_headings_of_two_levels_between_a_tab_ledgers_rows_group_them() -> None:
    text = (
        OPENING
        + "序号\t问题表现\t整改措施\t责任股室\t完成情况\n"
        + "一、党的政治建设方面\n（一）贯彻落实上级决策部署有差距\n"
        + "1\t保障性住房建设任务推进缓慢\t召开专题调度会6次\t住房保障股\t已完成\n"
        + "2\t老旧小区改造质量不高\t建立群众参与机制\t城建股\t长期坚持\n"
        + "二、全面从严治党方面\n（二）廉洁风险防控不到位\n"
        + "3\t违规向建筑企业收取费用\t已全部清退\t财务股\t已完成\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.category, i.subcategory, i.status) for i in issues] == [
        (["一", "（一）", "1"], "党的政治建设方面", "贯彻落实上级决策部署有差距", "completed"),
        (["一", "（一）", "2"], "党的政治建设方面", "贯彻落实上级决策部署有差距", "long_term"),
        (["二", "（二）", "3"], "全面从严治党方面", "廉洁风险防控不到位", "completed"),
    ]


def test_a_ledgers_rows_under_a_heading_that_groups_by_status_take_its_status() -> None:
    text = (
        OPENING
        + "一、已完成整改的问题（2个）\n序号\t审计发现问题\t整改措施\n"
        + "1\t部分定点医疗机构重复收费\t已追回违规使用的医保基金\n2\t暂付款长期挂账\t逐笔清理挂账资金\n"
        + "二、正在整改的问题（1个）\n序号\t审计发现问题\t已采取的措施\n"
        + "1\t智能监控系统覆盖率仅为63%\t升级县级智能监控系统\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.status, i.status_text) for i in issues] == [
        (["一", "1"], "completed", "已完成整改"),
        (["一", "2"], "completed", "已完成整改"),
        (["二", "1"], "in_progress", "正在整改"),
    ]


def test_a_text_ending_in_the_whole_last_row_of_a_second_table_keeps_that_row() -> None:
    text = (
        OPENING
        + "一、已完成整改的问题\n序号\t审计发现问题\t整改措施\n1\t部分定点医疗机构重复收费\t已追回违规使用的医保基金\n"
        + "二、尚未完成整改的问题\n序号\t审计发现问题\t下一步计划\n1\t智能监控系统覆盖率仅为63%\t2025年6月底\n"
    )
    result = extract_text(text)
    assert [issue.path for issue in result.issues] == [["一", "1"], ["二", "1"]]
    assert not any("ends in the middle" in warning for warning in result.warnings)


def test_paragraphs_under_an_area_heading_that_each_state_a_problem_and_its_answer_are_issues() -> None:
    text = (
        OPENING
        + "二、巡视反馈问题整改落实情况\n（一）关于“推动高质量发展有差距”方面\n"
        + "产业转型升级步伐不快，传统产业占比偏高。针对这一问题，市委出台实施意见，新培育规上企业42家。该问题已整改到位。\n"
        + "营商环境优化不够，涉企服务“中梗阻”问题仍然存在。对此，开展营商环境专项整治，目前该问题正在整改。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.category, i.problem, i.status) for i in issues] == [
        (["二", "（一）"], "推动高质量发展有差距", "产业转型升级步伐不快，传统产业占比偏高", "completed"),
        (["二", "（一）"], "推动高质量发展有差距", "营商环境优化不够，涉企服务“中梗阻”问题仍然存在", "in_progress"),
    ]


def test_a_rectification_key_inside_a_sentence_does_not_cut_the_problem() -> None:
    text = (
        OPENING
        + "二、巡视反馈问题整改落实情况\n（一）关于“整改落实”方面\n"
        + "上轮巡视整改还有不到位的地方。对上轮巡视反馈问题整改情况开展“回头看”，该问题已整改到位。\n"
        + "审计整改不彻底。对审计发现问题逐项复核，该问题已整改到位。\n"
    )
    problems = [issue.problem for issue in extract_text(text).issues]
    assert problems == ["上轮巡视整改还有不到位的地方", "审计整改不彻底"]


def test_a_page_run_into_one_line_splits_at_each_numbered_problem_key() -> None:
    text = (
        OPENING.strip()
        + "一、整改工作开展情况公司党委成立整改工作领导小组。"
        + "二、反馈问题整改落实情况（一）安全生产责任方面 问题1：煤矿安全生产主体责任落实不到位。整改情况：修订安全生产责任制。"
        + "目前，该问题已整改完成。问题2：电煤保供长协合同履约率偏低。整改情况：签订补充协议。目前正在推进。"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.problem, i.status) for i in issues] == [
        (["二", "（一）", "问题1"], "煤矿安全生产主体责任落实不到位", "completed"),
        (["二", "（一）", "问题2"], "电煤保供长协合同履约率偏低", "in_progress"),
    ]


def test_measures_tallied_beside_the_problems_add_nothing_to_the_status_totals() -> None:
    text = (
        "根据省委统一部署，省委第三巡视组对集团党委开展了常规巡视。截至目前，8个具体问题中已整改到位6个、已基本完成2个，"
        "41条整改措施已落实38条，其余3条正按计划推进。\n二、整改落实情况\n1.理论学习不深入。整改情况：已整改到位。\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.long_term, counts.in_progress) == (6, 2, 0)


def test_items_a_one_line_page_presents_after_its_colon_are_cut_apart() -> None:
    text = (
        "中共沅北区南门社区委员会关于区委巡察整改情况的公示\n"
        "根据区委统一部署，区委第五巡察组对南门社区党委进行了巡察。巡察反馈问题3个，已整改2个，长期坚持1个。具体如下："
        "1.社区党委议事决策不规范，部分事项未经联席会议研究。已整改。2.社区居务公开内容不全、更新不及时。已整改，每月更新。"
        "3.党员“双报到”工作流于形式。长期坚持。公示时间：2024年9月2日至9月8日。监督电话：0736-2251146。\n"
    )
    result = extract_text(text)
    assert [(i.path, i.problem, i.status) for i in result.issues] == [
        (["1"], "社区党委议事决策不规范，部分事项未经联席会议研究", "completed"),
        (["2"], "社区居务公开内容不全、更新不及时", "completed"),
        (["3"], "党员“双报到”工作流于形式", "long_term"),
    ]
    assert result.report.contacts.phones == ["0736-2251146"]


def test_a_keyed_line_broken_inside_its_sentence_goes_on_below_under_a_numbered_problem() -> None:
    text = (
        OPENING
        + "二、反馈问题整改情况\n问题1：违规使用医保基金问题查处不力，追回资金不及时。\n"
        + "整改情况：对违规使用医保基金的7家定点医药机构下达处理决定，已追回\n资金28.6万元，其余资金正在追缴。\n"
        + "整改进展：正在整改中。\n问题2：异地就医备案审核不严。\n整改情况：完善备案审核流程。\n整改进展：已完成。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.status) for i in issues] == [(["二", "问题1"], "in_progress"), (["二", "问题2"], "completed")]


def test_two_tallies_in_a_row_that_add_up_to_the_problems_declared_are_the_status_totals() -> None:
    text = (
        "截至2024年9月30日，审计工作报告反映的4个方面52个问题，已整改47个，整改率90.4%；正在整改5个，已制定整改计划。\n"
        "一、财政管理审计查出问题的整改情况\n（一）关于预算编制不精准的问题。已整改到位。\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.in_progress) == (47, 5)


def test_a_sections_opening_that_says_all_its_problems_were_rectified_gives_their_status() -> None:
    text = (
        OPENING
        + "四、国有资产管理审计查出问题的整改情况\n审计工作报告反映的此方面问题2个，已全部整改。\n"
        + "（一）关于行政事业单位资产闲置的问题。市机关事务管理局已对闲置房产22处进行统筹调剂。\n"
        + "（二）关于国有企业资产权属不清的问题。市国资委已督促完成15宗土地的确权登记。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [("completed", "已全部整改")] * 2


def test_a_firms_own_audit_department_is_the_team_and_the_units_audited_end_before_the_year() -> None:
    text = (
        "2024年4月至6月，滨海理工学院审计处对继续教育学院等3个单位2023年度财务收支情况进行了内部审计，"
        "于2024年7月5日出具了审计报告。现将整改情况通报如下。\n一、审计发现问题整改情况\n"
        "1.部分收入未及时入账。整改情况：已整改到位。\n"
    )
    report = extract_text(text).report
    assert (report.inspection_team, report.inspected_unit) == ("滨海理工学院审计处", "继续教育学院等3个单位")


def test_a_sites_menu_and_name_above_the_title_are_no_part_of_it() -> None:
    text = (
        "凤岭县人大网\n首页 | 人大概况 | 常委会公报 | 代表工作 | 监督工作 | 无障碍 | 长者模式\n"
        "关于2023年度县级预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "一、审计整改工作总体情况\n县审计局对县本级预算执行情况进行了审计。\n"
        "二、审计查出问题的整改情况\n1.预算编制不精准。整改情况：已整改到位。\n"
    )
    report = extract_text(text).report
    assert report.title == "关于2023年度县级预算执行和其他财政收支审计查出问题整改情况的报告"
    assert report.issuer != "凤岭县人大网"


def test_news_of_a_feedback_meeting_that_asks_for_a_rectification_report_gives_no_issue() -> None:
    text = (
        "区委第二巡察组向区卫生健康局党组反馈巡察情况 11月27日，区委第二巡察组向区卫生健康局党组反馈巡察情况。"
        "根据区委统一部署，2024年9月2日至10月25日，区委第二巡察组对区卫生健康局党组开展了常规巡察。巡察组指出，存在一些问题："
        "一、贯彻落实决策部署方面。1.落实院长负责制不到位，议事范围界定不清。2.基层医疗卫生服务能力提升不明显。"
        "二、落实全面从严治党责任方面。3.财务管理不规范，超范围列支接待费用。同时，巡察组还收到一些问题线索，已按有关规定移交。"
        "组长就抓好巡察整改提出要求：一要提高站位；二要压实责任。巡察整改完成后，要按规定时限报送整改情况报告，"
        "并通过适当方式公开整改情况。局党组书记作表态发言。\n"
    )
    assert extract_text(text).issues == []


def test_the_one_named_first_responsible_with_tongzhi_leads_though_a_co_head_is_named_just_before() -> None:
    text = (
        OPENING
        + "成立由党委书记杨帆、校长钱志诚任双组长的巡视整改工作领导小组，杨帆同志切实履行整改第一责任人责任，主持召开会议8次。\n"
    )
    assert extract_text(text).report.lead_official == "杨帆"


def test_a_title_set_after_the_breadcrumb_and_before_the_pages_source_and_date_on_one_line_is_read() -> None:
    text = (
        "青衡市生态环境局 首页 机构概况 政务公开 督察整改 当前位置：首页 > 督察整改 > 省级督察 "
        "青衡市贯彻落实第三轮省生态环境保护督察反馈意见整改情况的公示 信息来源：青衡市督察整改办公室 "
        "发布时间：2024-09-02 16:40 浏览量：1203 【字体：大 中 小】 根据省委、省政府统一部署，2023年11月6日至12月6日，"
        "省第三生态环境保护督察组对青衡市开展了督察，并于2024年3月12日向青衡市反馈了督察意见。现将整改落实情况予以公示。\n"
    )
    report = extract_text(text).report
    assert report.title == "青衡市贯彻落实第三轮省生态环境保护督察反馈意见整改情况的公示"
    assert report.publish_date is not None and report.publish_date.isoformat() == "2024-09-02"


def test_an_item_numbered_on_in_another_form_is_the_next_item_not_a_point_under_the_one_before() -> None:
    text = (
        OPENING
        + "二、村务管理方面\n1、村务公开不及时。已整改，每季度公开一次。\n"
        + "2.集体资产登记不全，3处资产未登记入账。已整改，已全部登记入账。\n"
        + "（3）村级工程项目资料不齐全。已整改，补齐验收资料。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.subcategory) for i in issues] == [
        (["二", "1"], None),
        (["二", "2"], None),
        (["二", "（3）"], None),
    ]


def test_points_numbered_on_across_the_items_stay_points() -> None:
    text = (
        OPENING
        + "二、整改情况\n1.理论学习不深入\n（1）学习计划不具体。已整改。\n（2）研讨交流不充分。已整改。\n"
        + "2.制度执行不严格\n（3）会议记录不完整。已整改。\n"
    )
    assert [i.path for i in extract_text(text).issues] == [
        ["二", "1", "（1）"],
        ["二", "1", "（2）"],
        ["二", "2", "（3）"],
    ]


def test_a_line_after_a_groups_last_item_that_names_the_items_above_by_number_gives_their_status() -> None:
    text = (
        OPENING
        + "三、落实组织建设方面\n1.村“两委”班子运行不协调。\n2.党员教育管理不严。\n3.乡机关干部作风不实。长期坚持。\n"
        + "以上第1、2项问题已全部整改到位。\n监督电话：0736-7562011\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed", "completed", "long_term"]


def test_a_supervision_phone_line_is_the_notices_closing_not_an_items_text() -> None:
    text = OPENING + "二、整改情况\n1.村务公开不及时。已整改。\n监督电话：0736-7562011\n"
    result = extract_text(text)
    assert result.report.contacts.phones == ["0736-7562011"]
    assert "0736" not in "".join(result.issues[0].measures)


def test_a_short_closing_line_with_the_signature_run_on_after_gaps_is_no_ledger_row() -> None:
    text = (
        OPENING
        + "序号\t问题描述\t整改措施\t责任股室\t整改时限\n"
        + "1\t网络视听节目监管存在空档\t建立网络主播备案台账\t广电股\t2024年11月\n"
        + "\u3000\u3000欢迎广大干部群众进行监督。联系电话：0736-5106632。\u3000\u3000中共青岚县文化旅游广电体育局党组\u3000\u30002024年12月13日\n"
    )
    result = extract_text(text)
    assert [i.problem for i in result.issues] == ["网络视听节目监管存在空档"]
    assert result.report.publish_date is not None and result.report.publish_date.isoformat() == "2024-12-13"


def test_a_pipe_row_left_open_at_its_lines_end_goes_on_to_the_next_line() -> None:
    text = (
        OPENING
        + "| 序号 | 问题描述 | 整改措施 | 完成情况 |\n"
        + "| 1 | 违规发放津补贴 | 已全额清退 | 已整改 |\n"
        + "| 2 | 医保基金使用不规范 | 退回违规费用26.5万元，\n建立诊疗行为事前提醒系统 | 正在整改 |\n"
        + "| 3 | 党支部书记“双带头人”比例偏低 | 调整优化党支部设置 | 已完成 |\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed", "in_progress", "completed"]


def test_a_label_before_a_count_of_whole_things_splits_a_page_run_into_one_line() -> None:
    text = (
        "根据审计法规定，现将县交通运输局预算执行审计查出问题的整改结果公告如下： 一、基本情况 县审计局对县交通运输局进行了审计。"
        " 二、审计发现问题的整改情况 4.未按合同扣留质量保证金。整改结果：已扣留质量保证金。已整改到位。"
        " 5.2个养护项目未经招标直接发包。整改结果：修订工程项目管理办法；对工程股股长阎某进行约谈。已整改到位。"
        " 6.固定资产未及时入账。整改结果：已将318.14万元固定资产全部登记入账。已整改到位。\n"
    )
    issues = extract_text(text).issues
    assert [i.problem for i in issues] == [
        "未按合同扣留质量保证金",
        "2个养护项目未经招标直接发包",
        "固定资产未及时入账",
    ]
    assert [(a.person, a.action) for a in issues[1].accountability] == [("阎某", "约谈")]


def test_work_done_by_a_date_is_no_status_where_the_status_follows() -> None:
    text = OPENING + "二、整改情况\n1.闲置资产未移交。整改结果：已于2024年8月完成移交。已整改到位。\n"
    assert extract_text(text).issues[0].status_text == "已整改到位"


def test_a_title_set_after_the_breadcrumbs_last_step_with_a_space_is_read_without_that_step() -> None:
    text = (
        "临泽县人民政府 首页 政务公开 您当前的位置：首页 > 政务公开 > 审计公开 > 审计整改结果 "
        "临泽县审计局关于县交通运输局2023年度预算执行审计整改结果的公告 发布时间：2024-10-22 16:40 信息来源：临泽县审计局 "
        "浏览次数：512 【打印】【关闭】 根据审计法规定，现将整改结果公告如下： 一、基本情况 县审计局对县交通运输局进行了审计。\n"
    )
    assert extract_text(text).report.title == "临泽县审计局关于县交通运输局2023年度预算执行审计整改结果的公告"


def test_a_sector_a_round_inspects_is_not_the_unit_inspected() -> None:
    text = (
        "根据县委统一部署，县委第二巡察组在对全县卫生健康系统开展专项巡察期间，于2024年4月8日至5月17日"
        "对金鸡镇中心卫生院党支部进行了专项巡察。现将整改情况公示如下。\n一、整改情况\n1.药品采购不规范。已整改。\n"
    )
    assert extract_text(text).report.inspected_unit == "金鸡镇中心卫生院党支部"


def test_a_one_line_page_whose_items_end_in_a_bracketed_status_tag_is_cut_at_each_item() -> None:
    text = (
        "中共某县自然资源局党组关于县委巡察反馈问题整改进展情况的通报 "
        + OPENING.replace("\n", "")
        + " 一、耕地保护方面 （一）违法占地问题整治不彻底。整改措施：依法拆除违法建筑4处。【整改进度：已完成】"
        + " （二）补充耕地项目质量不达标。整改措施：开展质量复核。【整改进度：持续推进】"
        + " （三）田长制巡查流于形式。整改措施：修订考核办法。（整改进度：长期坚持） 二、土地管理方面"
        + " （一）土地出让金征收不及时。整改措施：已全额追缴。【整改进度：已完成】\n"
    )
    assert [(i.path, i.status) for i in extract_text(text).issues] == [
        (["一", "（一）"], "completed"),
        (["一", "（二）"], "in_progress"),
        (["一", "（三）"], "long_term"),
        (["二", "（一）"], "completed"),
    ]


def test_a_one_line_page_s_dateline_ending_in_its_source_keeps_the_notice_s_opening_apart() -> None:
    text = (
        "中共某县自然资源局党组关于巡察整改进展情况的通报 发布时间：2024-09-26 来源：县自然资源局 "
        + OPENING.replace("\n", " ")
        + "一、耕地保护方面 （一）违法占地问题整治不彻底。整改措施：依法拆除违法建筑4处。【整改进度：已完成】"
        + " （二）补充耕地项目质量不达标。整改措施：开展质量复核。【整改进度：持续推进】\n"
    )
    report = extract_text(text).report
    assert (report.inspection_team, report.inspected_unit, str(report.feedback_date)) == (
        "县委第三巡察组",
        "县卫健局党组",
        "2025-01-21",
    )


def test_a_dateline_s_source_before_another_key_does_not_end_the_dateline() -> None:
    text = (
        "中共某县自然资源局党组关于巡察整改进展情况的通报 发布时间：2024-09-26 来源：县自然资源局 浏览次数：35 "
        + OPENING.replace("\n", " ")
        + "一、耕地保护方面 （一）违法占地问题整治不彻底。整改措施：依法拆除违法建筑4处。【整改进度：已完成】"
        + " （二）补充耕地项目质量不达标。整改措施：开展质量复核。【整改进度：持续推进】\n"
    )
    assert extract_text(text).report.inspection_team == "县委第三巡察组"


def test_the_lines_above_a_breadcrumb_are_the_page_s_head_not_the_title() -> None:
    text = (
        "国产精品,中文字幕无码,高清视频在线\n欢迎来到国际医疗器械博览会!（某某展览有限公司）\n"
        "首页 > 媒体中心 > 行业新闻 > 湖北省卫健委通报巡视整改进展\n行业新闻\n湖北省卫健委通报巡视整改进展\n"
        "发布时间:2023-06-24\n" + OPENING
    )
    assert extract_text(text).report.title == "湖北省卫健委通报巡视整改进展"


def test_another_article_s_end_carried_over_above_a_newspaper_notice_is_no_part_of_its_head() -> None:
    text = (
        "樟浦日报 2024年8月2日 星期五 第3版 公示公告\n本版责任编辑：黄小敏\n"
        "（上接第1版）会议强调，当前正值主汛期，各乡镇、各部门要切实扛起防汛抗旱主体责任，严格落实24小时值班和领导带班"
        "制度，加强对水库、山塘的巡查值守，确保安全度汛。会议还研究了其他事项。\n"
        "中共樟浦县交通运输局党组关于县委巡察整改进展情况的通报\n" + OPENING
    )
    assert extract_text(text).report.title == "中共樟浦县交通运输局党组关于县委巡察整改进展情况的通报"


def test_a_title_s_batch_number_on_a_line_of_its_own_is_part_of_the_title() -> None:
    text = "中共澄江区住建局党组关于区委巡察反馈问题整改完成情况的通报\n（第二批）\n" + OPENING
    assert extract_text(text).report.title == "中共澄江区住建局党组关于区委巡察反馈问题整改完成情况的通报（第二批）"


def test_a_product_page_s_tab_over_a_reprinted_notice_is_furniture_in_either_script() -> None:
    for tab in ("详细介绍", "詳細介紹"):
        text = f"首頁 > 新聞動態 > 行業資訊\n{tab}\n關于巡察整改進展情況的通報\n" + OPENING
        assert extract_text(text).report.title == "關于巡察整改進展情況的通報"


def test_parts_of_the_problems_then_their_sum_after_a_bare_gong_are_the_declared_count() -> None:
    text = (
        OPENING
        + "巡察反馈镇本级问题19个、村级问题47个，共66个，已完成整改58个，阶段性完成并长期坚持8个。\n1.学习不深入。\n整改情况：已完成。\n"
    )
    report = extract_text(text).report
    assert report.declared_issue_count == 66
    assert report.declared_status_counts is not None and report.declared_status_counts.completed == 58


def test_a_metadata_table_s_rows_set_out_between_bars_give_the_page_s_facts() -> None:
    text = (
        "| 索引号 | 001008003/2024-00412 | 分类 | 党务公开;巡察整改 |\n"
        "| 发布机构 | 中共梓陵市鹤鸣街道工作委员会 | 发文日期 | 2024-10-15 |\n"
        "中共梓陵市鹤鸣街道工作委员会关于市委提级巡察整改进展情况的通报\n" + OPENING
    )
    report = extract_text(text).report
    assert (report.title, str(report.publish_date)) == (
        "中共梓陵市鹤鸣街道工作委员会关于市委提级巡察整改进展情况的通报",
        "2024-10-15",
    )


def test_a_wechat_headline_shortening_the_issuer_gives_way_to_the_notice_s_own_title_below() -> None:
    text = (
        "巡察公开丨柳塘镇党委关于区委巡察整改进展情况的通报\n原创 白鹭纪检 清风白鹭 2024-06-28 17:30 发表于湖南\n"
        "点击蓝字 关注我们\n中共岚州市白鹭区柳塘镇委员会关于区委巡察整改进展情况的通报\n" + OPENING
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == (
        "中共岚州市白鹭区柳塘镇委员会关于区委巡察整改进展情况的通报",
        "中共岚州市白鹭区柳塘镇委员会",
    )


def test_a_site_s_hotline_in_the_head_of_a_short_opening_is_no_contact_of_the_notice() -> None:
    text = (
        "岚州市中心医院\n服务热线：0739-8216120　　24小时急救电话：120\n当前位置：首页 > 院务公开 > 通知公告\n"
        "中共岚州市中心医院委员会关于市委巡察整改进展情况的通报\n"
        + OPENING
        + "一、整改工作组织情况\n医院党委高度重视，"
    )
    assert extract_text(text).report.contacts.phones == []


def test_a_list_of_related_news_above_the_body_is_page_furniture() -> None:
    text = (
        "中共荆川市交通投资集团有限公司委员会关于市委机动巡察整改进展情况的通报\n相关新闻\n"
        "· 十届市委第六轮巡察完成进驻 5个巡察组对13家单位开展巡察\n· 荆川交投集团：以巡察整改促提质增效\n"
        "根据市委统一部署，2024年5月13日至6月28日，市委第二机动巡察组对荆川市交通投资集团有限公司党委开展了机动巡察。\n"
    )
    assert extract_text(text).report.inspection_team == "市委第二机动巡察组"


def test_a_place_s_party_committee_and_its_government_signing_a_line_each_issue_it_together() -> None:
    text = (
        OPENING + "二、整改情况\n1.督察整改推进不力。整改情况：已完成。\n中共凉山州委\n凉山州人民政府\n2024年9月20日\n"
    )
    assert extract_text(text).report.issuer == "中共凉山州委、凉山州人民政府"


def test_two_party_groups_a_title_names_a_space_apart_issue_it_together() -> None:
    """(gold_real21/i46: a health bureau's and a red cross's party groups, inspected together.)"""
    text = (
        "中共攀枝花市西区卫生健康局党组 中共攀枝花市西区红十字会党组关于区委第三巡察组巡察反馈意见集中整改进展情况通报\n"
        "发布时间:2025-12-12 来源:西区卫生健康局\n区委第三巡察组对区卫生健康局党组、区红十字会党组进行了巡察。"
        "现将集中整改进展情况通报如下:\n"
    )
    assert extract_text(text).report.issuer == "中共攀枝花市西区卫生健康局党组、中共攀枝花市西区红十字会党组"


def test_a_place_s_committee_and_government_a_page_s_source_names_issue_the_place_s_report() -> None:
    """(gold_real21/i43: the title opens with the place, and the 来源 names its committee and government a space apart.)"""
    text = (
        "德宏州贯彻落实省级生态环境保护督察“回头看”反馈意见问题整改情况\n"
        "来源:中共德宏州委 德宏州人民政府          2021-06-11 10:00:00 【字体:\n"
        "2019年10月15日至10月24日,省委省政府第四生态环境保护督察组对德宏州开展了督察“回头看”。州委、州政府高度重视。\n"
    )
    assert extract_text(text).report.issuer == "中共德宏州委、德宏州人民政府"


def test_a_place_s_title_is_issued_by_the_place_s_body_that_acts_in_its_opening() -> None:
    """(gold_real23/i73: "东丽区关于…的通报", a 来源 that is the committee's office, and 东丽区委高度重视.)"""
    text = (
        "东丽区关于十一届市委第九轮巡视整改进展情况的通报\n来源 :中共天津市东丽区委办公室 发布时间 :2022-08-16\n"
        "根据十一届市委第九轮巡视工作部署要求,现将巡视整改进展情况予以公布。\n一、总体履责情况\n"
        "2021年3月至4月,市委巡视六组对东丽区开展了巡视工作。东丽区委高度重视,认为市委巡视指出的问题深刻。\n"
    )
    assert extract_text(text).report.issuer == "东丽区委"


def test_an_office_named_alone_under_the_title_and_dateline_issues_the_notice() -> None:
    text = (
        "桐川市生态环境局\n首页 > 通知公告 > 督察整改\n桐川市贯彻落实第二轮省生态环境保护督察反馈意见整改进展情况\n"
        "信息发布：2024-05-10　阅读次数：1287　[打印] [关闭]\n桐川市生态环境保护督察整改工作领导小组办公室\n"
        "2022年11月14日至12月14日，省第二生态环境保护督察组对我市开展了督察。市委、市政府坚持把督察整改作为重大政治任务。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer, str(report.publish_date)) == (
        "桐川市贯彻落实第二轮省生态环境保护督察反馈意见整改进展情况",
        "桐川市生态环境保护督察整改工作领导小组办公室",
        "2024-05-10",
    )


def test_a_name_row_of_a_disclosure_page_s_metadata_is_no_line_of_the_title() -> None:
    text = (
        "发布机构：省农业农村厅\n名　　称：中共滇南省农业农村厅党组关于省委巡视“回头看”整改进展情况的通报\n"
        "中共滇南省农业农村厅党组关于省委巡视\n“回头看”整改进展情况的通报\n" + OPENING
    )
    assert extract_text(text).report.title == "中共滇南省农业农村厅党组关于省委巡视“回头看”整改进展情况的通报"


@pytest.mark.parametrize(
    ("portal", "title"),
    [
        ("深圳市罗湖区人民政府", "罗湖区2023年度本级预算执行和其他财政收支审计查出问题整改情况的报告"),
        ("临沧市人民政府", "临夏州贯彻落实省级生态环境保护督察反馈问题整改进展情况"),  # (a page it reposts)
        ("洛阳市总工会", "洛阳市2023年度市级预算执行审计查出问题整改情况的报告"),
    ],
)
def test_a_portal_s_name_over_a_title_that_names_its_own_place_is_no_part_of_it(portal: str, title: str) -> None:
    text = (
        f"{portal}\n\n{title}\n\n"
        "来源:罗湖区审计局 发布时间:2025-06-18\n\n区人大常委会:\n受区政府委托，现向区人大常委会报告审计查出问题整改情况，请予审议。\n"
    )
    assert extract_text(text).report.title == title


def test_an_empty_metadata_row_above_a_title_set_on_three_lines_leaves_the_title_whole() -> None:
    text = (
        "索引号: 11152922011766677D/2025-00909 发布机构: 某县卫生健康委员会\n公开方式: 主动公开\n公文时效:\n"
        "中共某县卫生健康委员会党组\n关于十二届县委第一轮巡察集中整改\n进展情况的通报\n" + OPENING
    )
    report = extract_text(text).report
    assert report.title == "中共某县卫生健康委员会党组关于十二届县委第一轮巡察集中整改进展情况的通报"


def test_a_welcome_line_naming_no_website_is_page_furniture() -> None:
    text = "欢迎来到国际医疗器械博览会!\n关于巡察整改进展情况的通报\n" + OPENING
    assert extract_text(text).report.title == "关于巡察整改进展情况的通报"


def test_a_ledger_ending_the_text_with_a_status_and_its_note_in_brackets_is_whole() -> None:
    text = OPENING + "序号\t问题\t整改措施\t整改情况\n1\t农村改厕重建轻管\t开展回头看\t正在整改（计划2025年6月完成）\n"
    assert [i.status for i in extract_text(text).issues] == ["in_progress"]


def test_a_dated_note_after_a_status_cell_s_status_is_no_part_of_it() -> None:
    text = (
        OPENING
        + "| 序号 | 问题 | 整改措施 | 整改情况 |\n| --- | --- | --- | --- |\n"
        + "| 1 | 理论学习不深入 | 制定学习计划 | 已完成<br>（2024年8月） |\n"
        + "| 2 | 建后管护责任落实不到位 | 出台管护办法 | 长期坚持<br>（2024年10月阶段性完成） |\n"
        + "| 3 | 农村改厕重建轻管 | 开展回头看 | 正在整改（计划2025年6月完成） |\n"
    )
    assert [(i.status, i.status_text) for i in extractor.extract(text).issues] == [
        ("completed", "已完成"),
        ("long_term", "长期坚持"),
        ("in_progress", "正在整改"),
    ]


def test_the_problems_the_members_found_examining_themselves_are_not_the_declared_count() -> None:
    text = (
        "根据县委统一部署，县委第二巡察组对县市场监督管理局党组开展了专项巡察，指出了3个方面9个问题。\n"
        "局党组召开巡察整改专题民主生活会，班子成员逐一对照反馈问题查摆剖析，查摆出个人存在的问题21条。\n"
        "二、巡察反馈问题整改落实情况\n1.食品安全监管责任落实不到位。\n整改情况：制定监管清单。已完成。\n"
    )
    assert extract_text(text).report.declared_issue_count == 9


def test_the_head_of_the_leading_group_named_after_the_findings_is_the_lead_official() -> None:
    text = (
        OPENING
        + "一、巡察反馈问题整改落实情况\n问题1：理论学习不深入。\n整改情况：制定学习计划。已完成。\n"
        + "二、整改工作组织情况\n1.强化组织领导。成立由党组书记、局长卢文涛任组长的巡察整改工作领导小组，统筹推进整改。\n"
    )
    assert extract_text(text).report.lead_official == "卢文涛"


def test_a_title_s_words_between_the_inspection_and_its_feedback_that_name_no_unit_leave_it_to_the_text() -> None:
    text = "在2025年中学党委巡察情况反馈会议上的讲话\n至8月20日，对城关中学党委进行为期两个月的常规巡察。\n"
    assert extract_text(text).report.inspected_unit == "城关中学党委"


def test_our_unit_in_a_party_branch_s_notice_is_the_unit_without_its_branch() -> None:
    text = (
        "中共汀湾区红十字会支部委员会关于区委巡察整改情况的通报\n"
        "2024年4月8日至5月20日，区委第二巡察组对我单位开展了巡察，并于2024年6月21日反馈了巡察意见。\n"
    )
    assert extract_text(text).report.inspected_unit == "汀湾区红十字会"


def test_a_party_body_and_the_body_under_it_over_the_title_both_issue_it() -> None:
    text = (
        "青峰经济开发区\n首页 > 信息公开 > 通知公告\n中共青峰经济开发区工作委员会\n青峰经济开发区管理委员会\n"
        "关于市委巡察整改情况的通报\n" + OPENING
    )
    report = extract_text(text).report
    assert report.title == "中共青峰经济开发区工作委员会青峰经济开发区管理委员会关于市委巡察整改情况的通报"
    assert report.issuer == "中共青峰经济开发区工作委员会青峰经济开发区管理委员会"


def test_a_second_look_s_notice_takes_its_own_round_not_the_one_it_looks_back_on() -> None:
    text = (
        "中共石门区司法局党组关于区委巡察“回头看”整改进展情况的通报\n"
        "2022年9月13日至11月11日，区委第五巡察组对区司法局党组开展了常规巡察，局党组按要求完成了集中整改。"
        "根据区委统一部署，2024年4月15日至5月31日，区委第二巡察组对区司法局党组开展了巡察“回头看”。\n"
    )
    report = extract_text(text).report
    assert (report.inspection_team, report.inspection_kind, str(report.inspection_start)) == (
        "区委第二巡察组",
        "巡察“回头看”",
        "2024-04-15",
    )


def test_a_lead_official_of_a_rarer_surname_is_named() -> None:
    text = (
        OPENING
        + "局党组书记、局长籍雁鸣同志作为第一责任人，对整改工作负总责。\n1.理论学习不深入。\n整改情况：已完成。\n"
    )
    assert extract_text(text).report.lead_official == "籍雁鸣"


FINDING_AFTER_ORGANISATION = (
    "二、巡察反馈问题整改情况\n1.食品安全监管责任落实不到位。\n整改情况：制定监管清单。已完成。\n"
)


def test_a_breakdown_that_tallies_the_statuses_of_a_stage_done_for_all_is_the_status_totals() -> None:
    text = (
        "根据区委统一部署，区委第二巡察组对街道党工委开展了巡察，反馈问题14个。截至目前，14个问题已全部完成阶段性整改任务，"
        "其中已完成整改11个，需长期坚持的3个。\n" + FINDING_AFTER_ORGANISATION
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.long_term, counts.in_progress) == (11, 3, 0)


def test_the_problems_a_unit_s_own_check_found_are_not_the_declared_count() -> None:
    text = (
        "根据县委统一部署，县委第二巡察组对县财政局党组开展了巡察，共反馈3个方面问题，具体问题10个。\n"
        "局党组举一反三开展自查，对照检查出存在的问题12条，制定整改措施36条；班子成员自查出存在的问题15条。\n"
        + FINDING_AFTER_ORGANISATION
    )
    assert extract_text(text).report.declared_issue_count == 10


def test_numbered_work_on_named_shortcomings_in_the_organisation_section_is_no_issue() -> None:
    text = (
        OPENING
        + "一、整改工作组织开展情况\n（三）注重标本兼治\n"
        + "1.针对预算绩效管理不够严格的问题，聘请第三方机构对10个重点项目开展绩效评价；\n"
        + "2.聚焦国库集中支付监管薄弱环节，开展支付数据专项核查；\n"
        + "3.围绕政府债务管理短板，建立债务风险月度监测机制，按月分析债务还本付息情况。\n"
        + FINDING_AFTER_ORGANISATION
    )
    assert [i.path for i in extract_text(text).issues] == [["二", "1"]]


def test_an_organisation_section_s_list_of_problems_put_right_at_once_by_named_work_is_no_issue() -> None:
    text = (
        OPENING
        + "一、整改工作组织开展情况\n（二）坚持立行立改\n对巡察期间指出的问题，局党组坚持即知即改。\n"
        + "1.针对卫片执法图斑核查不及时的问题，组织执法大队对2023年第三季度下发的126个疑似违法图斑逐一开展实地核查，"
        + "核查结果已全部录入监管系统。\n"
        + "2.针对局机关公务用车使用登记不规范的问题，修订《局机关公务用车管理办法》，补齐派车登记台账。\n"
        + FINDING_AFTER_ORGANISATION
    )
    assert [i.path for i in extract_text(text).issues] == [["二", "1"]]


def test_work_on_a_named_problem_that_says_who_did_it_is_no_finding() -> None:
    text = (
        OPENING
        + "一、整改工作组织情况\n（一）聚焦突出问题抓整改\n"
        + "1.针对软弱涣散村党组织整顿不彻底的问题，由镇党委班子成员“一对一”包联2个软弱涣散村，调整村党组织书记1名。\n"
        + FINDING_AFTER_ORGANISATION
    )
    assert [i.path for i in extract_text(text).issues] == [["二", "1"]]


FINDINGS_FIVE = "".join(f"{n}.第{n}项制度执行不严格。\n整改情况：修订制度。已完成。\n" for n in range(1, 6))


def test_a_section_of_who_was_held_accountable_gives_no_item_and_its_lines_go_to_the_items_they_name() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改落实情况\n"
        + FINDINGS_FIVE
        + "四、问责情况\n1.针对问题5，对县第二中学校长马某某进行约谈；\n2.针对反馈问题第3项，对股长韩某进行批评教育；\n"
        + "3.对整改工作中敷衍应付的教育股副股长唐某某进行批评教育。\n五、下一步工作打算\n持续巩固整改成果。\n"
    )
    issues = extract_text(text).issues
    assert len(issues) == 5
    assert [[(a.person, a.action) for a in i.accountability] for i in issues] == [
        [],
        [],
        [("韩某", "批评教育")],
        [],
        [("马某某", "约谈")],
    ]


def test_a_section_listing_the_rules_issued_gives_no_item() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改落实情况\n"
        + FINDINGS_FIVE
        + "四、建章立制情况\n坚持当下改与长久立相结合，新建和修订制度4项：\n1.《局党组议事规则》；\n"
        + "2.《不动产登记窗口服务规范》；\n3.《津补贴发放管理办法》。\n"
    )
    assert len(extract_text(text).issues) == 5


def test_a_section_of_problems_the_unit_found_itself_gives_no_item_however_it_sets_them_out() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改落实情况\n"
        + FINDINGS_FIVE
        + "四、举一反三自查整改情况\n1.部分科室医疗废物交接记录不全。\n整改情况：统一交接台账。\n完成情况：已完成\n"
        + "2.个别病区消毒隔离不规范。\n整改情况：开展专项培训。\n完成情况：已完成\n"
    )
    assert len(extract_text(text).issues) == 5


def test_a_slogan_of_taking_on_hard_points_heads_no_finding() -> None:
    text = (
        OPENING
        + "一、整改工作组织领导情况\n（一）坚持问题导向，把准整改方向\n集团党委成立整改工作领导小组。\n"
        + "（二）突出重点难点，集中攻坚克难\n集团党委先后召开党委会议8次，11个问题已全部完成整改。\n"
        + FINDING_AFTER_ORGANISATION
    )
    assert [i.path for i in extract_text(text).issues] == [["二", "1"]]


def test_an_organisation_section_s_numbered_counts_of_meetings_held_are_no_issues() -> None:
    text = (
        OPENING
        + "一、整改工作组织情况\n（一）召开会议研究部署情况\n"
        + "1.召开党组会议7次，专题研究整改方案、整改台账和重点问题整改措施，逐项审定整改完成情况。\n"
        + "2.召开整改工作推进会4次，听取各股室整改进展汇报，协调解决整改中的困难。\n"
        + "3.召开巡察整改专题民主生活会1次，班子成员紧扣反馈问题逐一对照检查。\n"
        + "二、具体问题整改进展情况\n（一）推进县域医共体建设不够有力。\n整改情况：组建医共体2个。\n整改结果：已完成\n"
    )
    assert [(i.path, i.problem) for i in extract_text(text).issues] == [
        (["二", "（一）"], "推进县域医共体建设不够有力")
    ]


def test_a_status_after_a_dash_closing_the_problem_s_line_is_its_status() -> None:
    text = (
        OPENING
        + "1.理论学习不深入，学用结合不紧——已完成\n制定理论学习中心组年度学习计划。\n"
        + "2.基层司法所党建工作薄弱——基本完成，长期坚持\n推进司法所党建标准化建设。\n"
        + "3.党组会议记录不完整—已完成\n修订党组工作规则。\n"
    )
    assert [(i.problem, i.status) for i in extract_text(text).issues] == [
        ("理论学习不深入，学用结合不紧", "completed"),
        ("基层司法所党建工作薄弱", "long_term"),
        ("党组会议记录不完整", "completed"),
    ]


def test_a_status_said_between_the_problem_and_its_key_is_its_status() -> None:
    text = (
        OPENING
        + "6.社区矫正对象日常监管存在漏洞。已完成。整改措施：推行电子定位监管。\n7.法律援助案件质量监管不严。\n整改措施：开展案卷评查。已完成。\n"
    )
    assert [(i.problem, i.status) for i in extract_text(text).issues] == [
        ("社区矫正对象日常监管存在漏洞", "completed"),
        ("法律援助案件质量监管不严", "completed"),
    ]


def test_a_summary_table_of_statuses_after_the_items_gives_each_its_status_and_no_item_of_its_own() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改情况\n问题1：镇党委理论学习中心组学习计划性不强。\n整改情况：修订学习制度。\n"
        + "问题2：产业发展规划落实不到位，茶叶产业园建设进度滞后。\n整改情况：调整建设方案。\n"
        + "三、下一步工作打算\n镇党委将持续巩固整改成果。联系电话：0745-5926031。\n"
        + "附表：巡察反馈问题整改状态汇总表\n问题序号\t问题简述\t整改状态\n"
        + "问题1\t理论学习与乡村振兴结合不紧\t已完成\n问题2\t茶叶产业园建设进度滞后\t正在整改\n"
        + "中共栖凤镇委员会\n2024年12月20日\n"
    )
    assert [(i.problem, i.status) for i in extract_text(text).issues] == [
        ("镇党委理论学习中心组学习计划性不强", "completed"),
        ("产业发展规划落实不到位，茶叶产业园建设进度滞后", "in_progress"),
    ]


def test_a_bare_yes_in_a_done_column_with_a_status_in_its_note_takes_the_note_s_status() -> None:
    text = (
        OPENING
        + "序号\t问题\t整改措施\t是否完成\t备注\n"
        + "1\t占道经营问题反弹\t开展专项整治\t是\t\n"
        + "2\t执法队伍专业化水平不高\t开展轮训\t是\t长期坚持\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [
        ("completed", "是"),
        ("long_term", "长期坚持"),
    ]


def test_a_task_key_after_the_item_s_number_is_no_part_of_the_problem() -> None:
    text = (
        OPENING
        + "1.整改任务：县城生活污水处理厂长期超负荷运行。\n责任单位：县水务局\n完成时限：2024年12月底前\n"
        + "完成情况：达到序时进度。扩容工程主体已完工。\n"
    )
    assert [(i.problem, i.status) for i in extract_text(text).issues] == [
        ("县城生活污水处理厂长期超负荷运行", "in_progress")
    ]


def test_a_status_of_two_clauses_in_brackets_before_the_problem_is_its_status() -> None:
    text = (
        OPENING
        + "1.【基本完成，长期坚持】森林防火基础设施建设滞后。建成防火通道12公里。\n2.【已完成】护林员管理不规范。修订管理办法。\n"
    )
    assert [(i.problem, i.status) for i in extract_text(text).issues] == [
        ("森林防火基础设施建设滞后", "long_term"),
        ("护林员管理不规范", "completed"),
    ]


def test_a_group_s_closing_line_naming_items_by_number_without_a_noun_gives_their_statuses() -> None:
    text = (
        OPENING
        + "一、关于贯彻落实上级决策部署方面\n1.养老服务体系建设推进不力。新建互助幸福院23所。\n"
        + "2.低保动态管理不到位。开展低保对象全面复核。\n3.困境儿童关爱保护不细。开展拉网式排查。\n"
        + "4.殡葬领域专项整治不彻底。制定公墓监管办法。\n以上问题中，第1、3项已完成整改，第2项正在推进，其余长期坚持。\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed", "in_progress", "completed", "long_term"]


def test_a_status_said_by_number_keeps_the_lasting_clause_it_goes_on_to() -> None:
    text = (
        OPENING
        + "一、基层党建方面\n1.党支部组织生活不规范。规范组织生活。\n2.党员教育管理不严。开展集中轮训。\n"
        + "以上问题中，第1个问题已整改完成，第2个问题已阶段性完成，将长期坚持。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [
        ("completed", "第1个问题已整改完成"),
        ("long_term", "第2个问题已阶段性完成，将长期坚持"),
    ]


def test_a_closing_s_state_keyed_at_an_item_s_end_is_its_status() -> None:
    text = (
        OPENING
        + "1.水旱灾害防御体系存在短板。整改措施：编制治理方案，2024年已完成治理河长86公里。【销号情况】未销号，达到序时进度\n"
        + "2.河湖长制落实不到位。整改措施：开展专项行动。【销号情况】阶段性销号，长期坚持\n"
        + "3.招标代理机构管理不规范。整改措施：修订考核办法。【销号情况】已销号\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [
        ("in_progress", "未销号，达到序时进度"),
        ("long_term", "阶段性销号，长期坚持"),
        ("completed", "已销号"),
    ]


def test_a_closing_line_naming_a_range_of_items_gives_each_its_status() -> None:
    text = (
        OPENING
        + "三、关于领导班子建设方面\n9.议事规则执行不严。修订党组工作规则。\n10.基层干部业务能力不足。举办培训班2期。\n"
        + "11.党建与业务融合不够。开展党建品牌创建。\n第9项至第11项已全部完成整改。\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed"] * 3


def test_a_group_s_closing_line_is_no_detail_of_its_last_item_s_problem() -> None:
    text = (
        OPENING
        + "二、关于全面从严治党方面\n5.社会组织年检流于形式。修订年检工作规程。\n"
        + "6.违规发放津补贴问题整改不到位。追回违规发放资金3.4万元，对财务科科长鲁某某给予诫勉。\n"
        + "其中第5项已完成整改，第6项正在推进。\n"
    )
    issue = extract_text(text).issues[1]
    assert (issue.problem, [(a.person, a.action) for a in issue.accountability]) == (
        "违规发放津补贴问题整改不到位",
        [("鲁某某", "诫勉")],
    )


def test_a_lead_in_line_saying_where_the_items_below_it_stand_gives_them_that_status() -> None:
    text = (
        OPENING
        + "以下问题已完成整改：\n1.占道经营问题反弹。\n整改措施：开展专项整治。\n2.理论学习不深入。\n整改措施：制定学习计划。\n"
        + "以下问题正在持续整改：\n3.环卫设施建设滞后。\n整改措施：新建公厕6座。\n"
        + "以下2个问题需长期坚持：\n4.执法队伍专业化水平不高。\n整改措施：开展轮训。\n"
    )
    assert [(i.problem, i.status) for i in extract_text(text).issues] == [
        ("占道经营问题反弹", "completed"),
        ("理论学习不深入", "completed"),
        ("环卫设施建设滞后", "in_progress"),
        ("执法队伍专业化水平不高", "long_term"),
    ]


def test_a_lead_in_line_with_a_second_clause_gives_the_items_below_it_its_status() -> None:
    text = (
        OPENING
        + "以下问题已基本完成整改，需长期坚持：\n1.信访积案化解率偏低。\n整改情况：建立周排查机制。\n"
        + "2.老旧小区改造推进缓慢。\n整改情况：制定三年计划。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [
        ("long_term", "已基本完成整改，需长期坚持"),
        ("long_term", "已基本完成整改，需长期坚持"),
    ]


def test_a_one_line_page_s_items_numbered_right_after_a_full_stop_are_cut_where_each_keys_its_rectification() -> None:
    text = (
        "某镇人民政府关于审计发现问题整改情况的公告 "
        + OPENING.replace("\n", "")
        + " 一、审计发现问题整改情况 （一）预算管理不规范。1.非税收入未及时缴入国库。整改情况：已整改到位。已全部缴入国库。"
        + "2.年初预算编制不完整。整改情况：正在整改中。1.制定编制规程；2.开展培训。"
        + " （二）专项资金管理不规范。3.项目资金拨付滞后。整改情况：已整改到位。已拨付资金132.4万元。\n"
    )
    assert [(i.path, i.problem, i.status) for i in extract_text(text).issues] == [
        (["一", "（一）", "1"], "非税收入未及时缴入国库", "completed"),
        (["一", "（一）", "2"], "年初预算编制不完整", "in_progress"),
        (["一", "（二）", "3"], "项目资金拨付滞后", "completed"),
    ]


def test_a_sentence_after_a_group_naming_some_items_by_their_labels_gives_them_its_status() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改情况\n第三方面：领导班子建设有短板\n（一）考核流于形式。\n制定考核办法，已完成。\n"
        + "（二）人才引进不力。\n引进人才5名。\n（三）干部储备不足。\n建立储备库。\n其中，第三方面（二）（三）两个问题需长期坚持。\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["completed", "long_term", "long_term"]


def test_a_news_lead_presenting_a_report_gives_that_report_s_title() -> None:
    text = (
        "受县政府委托，11月20日，县审计局局长周明在县人大常委会第九次会议上作了"
        "《关于2023年度县本级预算执行和其他财政收支审计查出问题整改情况的报告》。报告的主要内容如下：\n"
        "县政府高度重视审计整改工作。审计工作报告共反映问题86个，截至10月底已整改79个。\n"
    )
    assert extract_text(text).report.title == "关于2023年度县本级预算执行和其他财政收支审计查出问题整改情况的报告"


def test_a_keyed_line_under_a_title_is_no_part_of_it() -> None:
    text = (
        "关于2023年度县本级审计查出问题整改情况的解读\n"
        "解读人：县审计局局长王静\n"
        "解读时间：2024年11月20日\n"
        "2024年11月19日，县人民政府向县人大常委会报告了审计查出问题整改情况。\n"
    )
    assert extract_text(text).report.title == "关于2023年度县本级审计查出问题整改情况的解读"


def test_a_one_line_page_s_breadcrumb_before_its_title_is_no_part_of_it() -> None:
    text = (
        "您当前的位置: 首页 > 通知公告 【通报】中共临江市教育局党组关于巡察整改情况的通报 【信息来源:【信息时间:"
        "2023-07-18 17:38  阅读次数: 】【字号 】【我要打印】【关闭 2022年11月21日至12月30日,市委第三巡察组对市教育局党组"
        "开展了常规巡察。2023年2月28日,市委第三巡察组向市教育局党组反馈了巡察意见。现将巡察整改情况予以公布。"
    )
    report = extract_text(text).report
    assert report.title == "中共临江市教育局党组关于巡察整改情况的通报"
    assert (report.inspection_start, report.feedback_date) == (dt.date(2022, 11, 21), dt.date(2023, 2, 28))


def test_a_one_line_metadata_table_gives_the_title_set_after_it_without_中共() -> None:
    text = (
        "- 索 引 号:3704063704060004/2023-00364 - 发布机构:中共徐庄镇委员会 - 成文时间:2023年11月23日 - 效力状态:有效 "
        "徐庄镇党委关于九届区委第三轮巡察整改进展情况的通报 根据区委统一部署,2022年11月29日至2023年2月20日,"
        "区委第五巡察组对徐庄镇5个村级党组织进行了巡察,3月14日,区委巡察组向徐庄镇党委主要负责人反馈了巡察意见。"
        "按照巡察工作有关要求,现将巡察集中整改进展情况予以公布。 一、整改工作基本情况 徐庄镇党委接到反馈意见后,"
        "高度重视,召开巡察整改专题部署会议。"
    )
    assert extract_text(text).report.title == "徐庄镇党委关于九届区委第三轮巡察整改进展情况的通报"


def test_a_title_run_into_a_dateline_keyed_发表时间_is_set_apart() -> None:
    text = (
        "省委生态环境保护督察整改任务(序号43)验收公示 发表时间:2023-01-09 浏览次数:312 市生态环境局牵头负责的"
        "省委生态环境保护督察整改任务第43项已整改完成,并通过核查验收。现将该项任务整改情况公示如下: 一、整改任务 "
        "河塘沟渠黑臭水体较普遍。"
    )
    report = extract_text(text).report
    assert (report.title, report.publish_date) == ("省委生态环境保护督察整改任务(序号43)验收公示", dt.date(2023, 1, 9))


def test_a_title_whose_run_on_dateline_has_no_clear_end_is_set_apart_at_the_notice_s_opening() -> None:
    text = (
        "学院“三重一大”决策制度落实情况的通报作者:学院 日期:2024年05月20日2024年10月28日至11月10日,校党委巡察办"
        "专项巡察组对我院党委开展专项巡察。2025年1月10日,专项巡察组对我院进行巡察反馈。学院党委认真抓好整改落实。"
    )
    report = extract_text(text).report
    assert report.title == "学院“三重一大”决策制度落实情况的通报"
    assert (report.inspection_start, report.feedback_date) == (dt.date(2024, 10, 28), dt.date(2025, 1, 10))


def test_a_site_s_welcome_and_menu_above_a_page_headline_give_way_to_the_notice_s_own_title_below() -> None:
    text = (
        "欢迎访问某市第一人民医院官方网站!    预约挂号 | 院务公开 | 招聘信息 | 联系我们\n"
        "医院概况  新闻中心  科室导航  专家介绍  就医指南  党建园地\n"
        "当前位置:首页 >> 党建园地 >> 廉政建设\n\n"
        "市委巡察整改进展情况的通报\n\n"
        "来源:院党委办公室    发布日期:2024年9月12日    点击:2046\n\n"
        "中共某市第一人民医院委员会\n"
        "关于市委医药领域腐败问题专项巡察整改进展情况的通报\n\n"
        "根据市委统一部署,2024年3月11日至5月17日,市委第四巡察组对市第一人民医院党委开展了专项巡察。\n"
    )
    report = extract_text(text).report
    assert report.title == "中共某市第一人民医院委员会关于市委医药领域腐败问题专项巡察整改进展情况的通报"
    assert report.issuer == "中共某市第一人民医院委员会"


def test_a_one_line_page_s_group_headings_run_into_their_first_items_are_cut_apart() -> None:
    text = (
        OPENING.strip()
        + " 二、反馈问题整改进展情况(一)生态环境保护责任落实不到位方面1.部分部门生态环境保护责任没有压实。整改进展:出台"
        "职责规定,明确38个部门职责。整改状态:已完成。 2.城区污水管网建设滞后。整改进展:改造管网46.8公里。整改状态:"
        "正在整改中。(二)产业结构调整方面3.部分工业园区环境基础设施建设滞后。整改进展:新建污水处理设施1座。整改状态:已完成。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path[-1], i.category, i.status) for i in issues] == [
        ("1", "生态环境保护责任落实不到位方面", "completed"),
        ("2", "生态环境保护责任落实不到位方面", "in_progress"),
        ("3", "产业结构调整方面", "completed"),
    ]


JOINT_NOTICE = (
    "经省委、省政府批准,2023年10月16日至10月30日,省生态环境保护督察组对我市开展了第三轮省级生态环境保护例行督察。"
    "2023年12月25日,督察组向我市反馈了督察情况。我市制定了整改任务清单,包括43项整改任务。现向社会进行公开,接受公众监督。"
)


def test_bodies_signing_together_on_one_line_are_one_issuer() -> None:
    text = JOINT_NOTICE + "\n中共临江市委 临江市人民政府\n2024年3月25日\n"
    assert extract_text(text).report.issuer == "中共临江市委、临江市人民政府"


def test_a_joint_signature_run_on_after_a_one_line_page_s_last_sentence_signs_it() -> None:
    report = extract_text(JOINT_NOTICE + " 中共临江市委 临江市人民政府 2024年3月25日\n").report
    assert (report.issuer, report.publish_date) == ("中共临江市委、临江市人民政府", dt.date(2024, 3, 25))


def test_a_column_s_list_of_other_notices_above_a_notice_gives_none_of_them_as_its_title() -> None:
    text = (
        "清源廉政网\n巡察整改公开\n· 中共清源市自然资源和规划局党组关于市委第三轮巡察整改进展情况的通报\n"
        "· 中共清源市医疗保障局党组关于市委第三轮巡察整改进展情况的通报\n更多>>\n当前位置：首页 > 巡视巡察 > 巡察整改公开\n"
        "中共清源市文化广电旅游局党组关于市委第三轮巡察整改进展情况的通报\n来源：市委巡察办　　发布时间：2024-07-15 09:30\n"
        "根据市委统一部署，2023年9月4日至11月10日，市委第二巡察组对市文化广电旅游局党组开展了常规巡察。\n"
    )
    assert extract_text(text).report.title == "中共清源市文化广电旅游局党组关于市委第三轮巡察整改进展情况的通报"


def test_a_title_over_three_lines_keeps_its_middle_line_though_it_ends_as_a_column_s_name_does() -> None:
    text = (
        "首页 > 政务公开 > 部门动态\n发布日期：2024-10-22　　来源：县水利局\n中共鹿鸣县水利局党组\n关于县委第六轮巡察整改\n"
        "进展情况的通报\n根据县委统一部署，2024年3月18日至5月17日，县委第三巡察组对县水利局党组进行了巡察。\n"
    )
    assert extract_text(text).report.title == "中共鹿鸣县水利局党组关于县委第六轮巡察整改进展情况的通报"


def test_a_wechat_copy_s_emoji_and_bullets_before_labels_and_statuses_are_decoration() -> None:
    text = (
        OPENING
        + "▶ 二、巡察反馈问题整改情况\n📌（一）党的领导方面\n✅ 1.院长负责制落实不到位。\n整改情况：修订议事规则。\n"
        + "整改状态：✅已完成\n✅ 2.特色专科建设滞后。\n整改情况：新建专科2个。\n整改状态：🔄阶段性完成并长期坚持\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.category, i.problem, i.status_text) for i in issues] == [
        (["二", "（一）", "1"], "党的领导方面", "院长负责制落实不到位", "已完成"),
        (["二", "（一）", "2"], "党的领导方面", "特色专科建设滞后", "阶段性完成并长期坚持"),
    ]


def test_a_document_site_s_page_title_ending_in_its_name_gives_the_notice_s_title() -> None:
    text = (
        "白沙县教育局党组关于县委巡察整改情况的通报 - 文档分享网\n"
        "上传人：wx_37****2　上传时间：2023-05-17　页数：6　格式：DOCX　大小：28.6KB\n"
        "文档简介：白沙县教育局党组关于县委巡察整改情况的通报，包括提高政治站位等内容，共6页，欢迎下载。\n"
        "根据县委统一部署，2022年10月10日至12月9日，县委第二巡察组对县教育局党组进行了巡察。\n"
    )
    assert extract_text(text).report.title == "白沙县教育局党组关于县委巡察整改情况的通报"


def test_a_series_heading_and_its_number_above_a_report_are_no_title() -> None:
    text = (
        "松川县审计局\n审计结果公告\n2024年第3号\n关于2022年度县级预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "发布时间：2024-01-22　来源：县审计局\n——2024年1月9日在松川县第十八届人民代表大会常务委员会第十六次会议上\n"
        "松川县人民政府副县长　章海鸥\n主任、各位副主任、各位委员：\n"
        "审计工作报告反映的5个方面62个问题，已整改到位54个，阶段性整改并持续推进8个。\n"
        "二、审计查出问题的整改情况\n1.关于部分非税收入未及时缴库的问题。县财政局已督促缴库1,286万元。已整改到位。\n"
    )
    result = extract_text(text)
    assert result.report.title == "关于2022年度县级预算执行和其他财政收支审计查出问题整改情况的报告"
    assert (result.report.declared_issue_count, len(result.issues)) == (62, 1)


def test_a_metadata_table_set_out_as_bar_separated_rows_dates_the_notice_and_gives_no_title() -> None:
    text = (
        "索引号 | 11331200MB1946723K/2023-00417\n发布机构 | 澄州市住房和城乡建设局\n成文日期 | 2023-12-18\n"
        "发布日期 | 2023-12-21\n公开责任部门 | 市住建局办公室 | 公开形式: | 主动公开 |\n"
        "根据市委统一部署，2023年4月10日至6月9日，市委第二巡察组对市住建局党组开展了常规巡察。现将整改进展情况予以公布。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.publish_date) == (None, dt.date(2023, 12, 21))


def test_a_problem_label_alone_on_its_line_over_keyed_fields_is_the_item_its_description_states() -> None:
    text = (
        OPENING
        + "二、反馈问题整改落实情况\n（一）上轮巡察反馈问题整改不到位方面\n"
        + "问题1：\n问题描述：3个产业帮扶项目建成后闲置。\n整改措施：引进经营主体盘活项目。\n"
        + "整改结果：3个闲置项目已全部盘活。\n整改状态：已完成\n"
        + "问题2：\n问题描述：部分整改措施停留在制定制度层面。\n整改措施：开展制度执行情况评估。\n"
        + "整改结果：专项审计已完成，发现的问题正在逐项整改。\n整改状态：正在整改\n"
    )
    issues = extract_text(text).issues
    assert [(i.path[-1], i.problem, i.status, i.status_text) for i in issues] == [
        ("问题1", "3个产业帮扶项目建成后闲置", "completed", "已完成"),
        ("问题2", "部分整改措施停留在制定制度层面", "in_progress", "正在整改"),
    ]


def test_a_heading_naming_a_class_of_problems_over_a_tally_of_them_is_no_item() -> None:
    text = (
        "2023年4月18日至5月18日，省第二生态环境保护督察组对永宁市开展了例行督察。现将我县整改进展情况公开如下。\n"
        "二、整改进展情况\n（一）个性问题\n1.县城污水处理厂进水浓度偏低。整改情况：完成管网改造12公里。已完成。\n"
        "（二）共性问题\n涉及我县的9个共性问题均已纳入全市整改方案同步推进，其中已完成整改7个，达到序时进度2个，具体情况详见附件。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["县城污水处理厂进水浓度偏低"]


def test_a_closing_line_on_all_the_items_gives_those_it_numbers_and_the_rest_their_statuses() -> None:
    text = (
        OPENING
        + "二、整改情况\n（一）党的建设方面\n1.学习不深入。\n整改情况：制定学习计划。\n2.组织生活不规范。\n整改情况：补齐记录。\n"
        + "（二）作风建设方面\n3.公车管理不严。\n整改情况：完善制度。\n4.接待超标准。\n整改情况：清退费用。\n"
        + "以上4个问题中，第1、3个问题正在整改，其余均已整改到位。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [
        ("in_progress", "第1、3个问题正在整改"),
        ("completed", "其余均已整改到位"),
        ("in_progress", "第1、3个问题正在整改"),
        ("completed", "其余均已整改到位"),
    ]


def test_two_items_answered_together_take_the_status_their_shared_paragraph_ends_with() -> None:
    text = (
        OPENING
        + "二、整改情况\n6.执法办案监督制约不够\n7.罚没款收缴管理不规范\n"
        + "整改情况：针对以上两个问题，一是修订审核办法；二是规范罚没票据管理。以上两个问题均已整改完成。\n"
    )
    assert [(i.path[-1], i.status) for i in extract_text(text).issues] == [("6", "completed"), ("7", "completed")]


LISTED_ANSWERS = "整改情况：针对第一个问题，制定背街小巷提质方案。该问题已整改到位。针对第二个问题，开展违建专项治理。该问题正在整改中。\n"


@pytest.mark.parametrize(
    "listing",
    [
        "巡察指出：一是城市精细化管理水平不高。二是违法建设治理不力。\n",
        "巡察指出：\n一是城市精细化管理水平不高。\n二是违法建设治理不力。\n",
    ],
)
def test_problems_a_group_lists_under_a_lead_in_and_answers_in_turn_are_an_item_each(listing: str) -> None:
    text = OPENING + "二、巡察反馈问题整改落实情况\n（一）落实决策部署有偏差\n" + listing + LISTED_ANSWERS
    issues = extract_text(text).issues
    assert [(i.path[-1], i.problem, i.status) for i in issues] == [
        ("一是", "城市精细化管理水平不高", "completed"),
        ("二是", "违法建设治理不力", "in_progress"),
    ]


def test_unnumbered_findings_each_answered_by_针对上述问题_are_an_item_each() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改落实情况\n（一）服务主责主业不够聚焦\n"
        + "巡察发现，县供销社推进综合改革缓慢，基层社覆盖率不足60%。\n针对上述问题，制定改革方案。目前，该问题已整改完成。\n"
        + "巡察发现，县供销社农产品流通网络建设滞后。\n针对上述问题，新建冷链仓储中心1个。目前，该问题正在整改中。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.category, i.status) for i in issues] == [
        (["二", "（一）"], "服务主责主业不够聚焦", "completed"),
        (["二", "（一）"], "服务主责主业不够聚焦", "in_progress"),
    ]
    assert issues[0].problem.startswith("县供销社推进综合改革缓慢")


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (
            "国务院关于2023年度中央预算执行和其他财政收支审计查出问题整改情况的报告（摘要）\n"
            "发布时间：2024-12-27 10:05　　信息来源：审计署网站\n【大 中 小】　【打印】　【关闭】\n"
            "——2024年12月22日在第十四届全国人民代表大会常务委员会第十三次会议上\n审计署审计长　胡启明\n",
            "国务院关于2023年度中央预算执行和其他财政收支审计查出问题整改情况的报告（摘要）",
        ),
        (
            "峡江省贯彻落实第三轮中央生态环境保护督察报告整改方案进展情况\n"
            "（峡江省生态环境保护督察整改工作领导小组办公室　2025年8月）\n发布日期：2025-08-29　来源：督察整改办\n",
            "峡江省贯彻落实第三轮中央生态环境保护督察报告整改方案进展情况",
        ),
    ],
)
def test_a_note_or_a_byline_in_brackets_ends_a_title_block(head: str, title: str) -> None:
    text = head + "全国人民代表大会常务委员会：\n根据审计法规定，现将审计查出问题整改情况报告如下。\n"
    assert extract_text(text).report.title == title


# A 督察's complaint, as a page flattened its table: one cell a line, each closed with a bar, the row numbered on
# from the batches before it (huarong.gov.cn, 2017).
COMPLAINT_ROW = (
    "群众信访举报转办及地方查处情况(编号:2017043052)\n序号 |\n受理编号 |\n行政区域 |\n交办问题基本情况 |\n污染类型 |\n"
    "调查核实情况 |\n是否属实 |\n处理和整改情况 |\n问责情况 |\n备注 |\n48 |\n2017043052 |\n华容县 |\n"
    "华容县章华镇治湖村九、十、十一组居民养猪,从镇上收集潲水,污水对环境影响很大。 |\n畜禽养殖污染 |\n"
    "该区域有散养小型生猪养殖户33户,养殖者为失地老年村民。 |\n属实 |\n"
    "按照县政府畜禽养殖“三区划定方案”,该区域为禁养区,将该区域纳入华容河畜禽养殖环境整治退养范围。"
    "截止5月13日已完成50%的粪污清理工作,退养工作正在进行中。 |\n"
    "已对畜牧局局长王文清、章华镇党委书记包金跃约谈(约谈2人) |\n已办结 |\n扫一扫在手机打开当前页\n"
)


def test_a_table_flattened_one_cell_a_line_with_bars_closing_its_cells_gives_its_rows() -> None:
    [issue] = extractor.extract(COMPLAINT_ROW).issues
    assert issue.path == ["48"]
    assert issue.problem == "华容县章华镇治湖村九、十、十一组居民养猪,从镇上收集潲水,污水对环境影响很大"
    assert [(a.person, a.action) for a in issue.accountability] == [("王文清", "约谈"), ("包金跃", "约谈")]


def test_a_note_that_is_nothing_but_a_status_gives_a_row_set_one_cell_a_line_its_status() -> None:
    [issue] = extractor.extract(COMPLAINT_ROW).issues
    assert (issue.status, issue.status_text) == ("completed", "已办结")


def test_a_table_s_header_set_one_cell_a_line_ends_the_title_above_it() -> None:
    assert extractor.extract(COMPLAINT_ROW).report.title == "群众信访举报转办及地方查处情况(编号:2017043052)"


def test_a_list_of_complaints_passed_on_is_told_from_its_title_s_信访举报() -> None:
    warnings = extractor.extract(COMPLAINT_ROW).warnings
    assert any("complaints an inspection passed on" in w for w in warnings)


def test_rows_set_one_cell_a_line_may_number_on_from_an_earlier_batch() -> None:
    text = (
        OPENING
        + "序号\n反馈问题\n整改措施\n整改情况\n12\n学习贯彻党的二十大精神不深入。\n制定学习计划。\n已完成\n"
        + "13\n干部队伍年龄结构老化。\n招录年轻干部3名。\n正在整改\n"
    )
    issues = extractor.extract(text).issues
    assert [(i.path, i.status) for i in issues] == [(["12"], "completed"), (["13"], "in_progress")]


def test_a_field_of_work_inspected_is_no_unit_the_unit_fed_back_to_is() -> None:
    text = (
        "2024年4月8日至5月20日，市委第四巡察组对全市农业农村领域乡村振兴资金管理使用开展了专项巡察，"
        "7月2日，市委第四巡察组向市农业农村局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.inspected_unit == "市农业农村局党组"


def test_an_audit_of_an_official_s_term_names_the_unit_where_he_served() -> None:
    text = (
        "2023年9月，遂宁市审计局派出审计组，对徐建军同志任遂宁市农业农村局党组书记、局长期间自然资源资产管理和"
        "生态环境保护责任履行情况进行了专项审计。现将审计整改情况公示如下。\n"
    )
    assert extract_text(text).report.inspected_unit == "遂宁市农业农村局"


def test_a_keyed_line_that_names_what_a_round_looks_at_is_no_unit_inspected() -> None:
    text = (
        "市委对全市5个单位党组织开展常规巡察。各被巡察党组织整改情况如下。\n"
        "被巡察党组织：聚焦基层贯彻落实党的路线方针政策和党中央决策部署情况\n"
    )
    assert extract_text(text).report.inspected_unit is None


def test_a_range_whose_end_lost_its_月_and_日_is_read_where_its_digits_read_one_way() -> None:
    text = (
        "根据区委统一部署，区委第巡察组于2025324日至56对区卫生健康局党组进行了巡察。于716日反馈了巡察意见。"
        "现将巡察整改进展情况予以公布。\n"
    )
    report = extract_text(text).report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2025, 3, 24), dt.date(2025, 5, 6))


def test_a_range_whose_end_lost_its_月_and_日_is_read_in_the_start_s_year_after_the_start() -> None:
    """112 is 1-12 or 11-2: an end without its year is in the start's year (a period into the next year writes it)."""
    text = (
        "根据区委统一部署，区委第巡察组于2025324日至112对区卫生健康局党组进行了巡察。现将巡察整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.inspection_end == dt.date(2025, 11, 2)


def test_a_range_whose_end_lost_its_月_and_日_is_read_the_one_way_that_ends_it_within_a_period_s_length() -> None:
    """119 is 1-19 or 11-9, both after 1-10: no inspection runs ten months."""
    text = (
        "根据区委统一部署，区委第巡察组于2024110日至119对区卫生健康局党组进行了巡察。现将巡察整改进展情况予以公布。\n"
    )
    report = extract_text(text).report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2024, 1, 10), dt.date(2024, 1, 19))


def test_a_range_whose_end_lost_its_words_reads_the_one_way_that_ends_it_within_a_period_s_length() -> None:
    """(gold_real11/w27 as a page that lost its dates' 年 and 月: 2019126日 after 2018-11-26 is 1-26, not 12-6; and
    no later sentence's period, the 回头看 of another team, stands in for it.)"""
    text = (
        "按照市委巡察工作的统一部署,20181126日——2019126日,兴宁市委机动巡察一组对叶塘镇党委进行了政治巡察。"
        "同时,201938日至4月19日,市委第二巡察组对叶塘镇6个省定贫困村开展了巡察“回头看”工作。现将整改情况予以公布。\n"
    )
    report = extract_text(text).report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2018, 11, 26), dt.date(2019, 1, 26))


def test_a_range_whose_start_lost_its_words_reads_the_one_way_that_begins_it_within_a_period_s_length() -> None:
    """(gold_real8/t02 so: 2022125日 before 12月13日 is 12-5, not 1-25.)"""
    text = "根据校党委统一部署,2022125日至12月13日,校党委对本科生院开展了第三轮巡视“回头看”。现将整改情况予以公布。\n"
    report = extract_text(text).report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2022, 12, 5), dt.date(2022, 12, 13))


def test_a_range_whose_ends_both_lost_their_words_reads_the_one_pair_a_period_s_length_apart() -> None:
    """(gold_real11/w46 so: 2023118日至2024119日 is 2023-11-08 to 2024-01-19.)"""
    text = "根据县委巡察工作统一部署,2023118日至2024119日,县委第三巡察组对上砂中学党支部开展了巡察。现将整改情况予以公布。\n"
    report = extract_text(text).report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2023, 11, 8), dt.date(2024, 1, 19))


def test_a_feedback_date_that_lost_its_words_is_read_the_one_way_that_falls_within_a_period_s_length_after() -> None:
    """(gold_real2/c02 so, with no page date: 2025121日 after 2024-12-12 is 1-21, not 12-1.)"""
    text = (
        "根据县委统一部署,202496日至12月12日,县委第三巡察组对县卫健局党组进行了巡察。2025121日,县委巡察组向县卫健局党组"
        "反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.feedback_date == dt.date(2025, 1, 21)


def test_the_head_of_the_leading_group_is_read_with_a_list_mark_before_the_name_and_member_units_after_it() -> None:
    text = (
        OPENING + "成立了以党组书记、局长、毋慧芳同志为组长，其他班子成员为副组长，局机关各科室负责人为成员，"
        "局直各单位为成员单位的“整改工作领导小组”。\n"
    )
    assert extract_text(text).report.lead_official == "毋慧芳"


def test_a_role_after_a_list_mark_is_no_leading_group_head_s_name() -> None:
    text = OPENING + "成立以党委书记、董事长任组长的整改工作领导小组。\n"
    assert extract_text(text).report.lead_official is None


def test_a_body_that_takes_the_findings_seriously_issues_a_notice_with_no_title() -> None:
    text = (
        "2018年6月1日至7月20日,市委第三巡察组对合肥市建投集团开展了巡察工作,并于2018年10月8日反馈了巡察意见。"
        "合肥市建投集团党委对巡察意见高度重视,迅速部署,有针对性地制定了175条整改措施。现将整改落实情况公开如下:\n"
    )
    assert extract_text(text).report.issuer == "合肥市建投集团党委"


def test_the_kind_is_the_fullest_form_any_source_names_it_in() -> None:
    text = (
        "中共某市市场监督管理局党组关于优化营商环境专项巡察“回头看”整改进展情况\n"
        "根据市委统一部署，2020年12月16日至2021年2月3日，市委优化营商环境专项巡察组对市市场监督管理局进行了专项巡察。"
        "现将巡察整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.inspection_kind == "专项巡察“回头看”"


def test_the_tasks_a_tally_counts_in_are_the_declared_count_and_the_tally_is_theirs() -> None:
    text = (
        OPENING + "截至目前，巡视反馈意见中指出的33个问题已经全部对照整改。在104项具体整改任务中，75项已经完成，"
        "20项已经立行立改并将长期坚持，占全部整改任务的91%。\n"
    )
    report = extract_text(text).report
    assert report.declared_issue_count == 104
    assert report.declared_status_counts is not None
    assert (report.declared_status_counts.completed, report.declared_status_counts.long_term) == (75, 20)


def test_problems_broken_into_整改项目_count_as_tasks() -> None:
    text = OPENING + "巡视组反馈了4个方面13个专项问题，我县将反馈的问题细化成47个整改项目，逐项明确责任。\n"
    assert extract_text(text).report.declared_issue_count == 47


def test_news_whose_first_sentence_tells_of_a_feedback_meeting_is_no_notice() -> None:
    news = (ROOT / "gold_real6" / "docs" / "n02.txt").read_text(encoding="utf-8")  # news of a 巡察情况反馈会议
    assert "this does not read as a rectification notice" in extractor.extract(news).warnings[0]


def test_a_title_that_tells_of_a_meeting_on_the_rectification_is_news_not_a_notice() -> None:
    text = (
        "光电工程与仪器科学学院党委召开巡视整改情况通报会\n2025-11-13 作者:王天卓\n"
        "按照学校党委统一部署,11月13日,学院党委召开全院干部师生会议,通报落实第四轮校内常规巡视反馈意见的整改情况。"
        "学院党委书记要求，一是提高站位，二是压实责任，三是建立长效机制。\n"
    )
    extraction = extractor.extract(text)
    assert extraction.issues == []
    assert "this does not read as a rectification notice" in extraction.warnings[0]


def test_news_of_a_visit_to_check_on_the_rectification_is_no_notice() -> None:
    text = (
        "5月8日,市委巡察办副主任王志贤率市委巡察工作组来我县督查省委第七巡视组扶贫专项巡视反馈问题整改落实情况。"
        "县委书记出席汇报会，汇报了整改情况，巡视组所反馈的问题整改工作已有进展。\n"
    )
    assert "this does not read as a rectification notice" in extractor.extract(text).warnings[0]


def test_a_team_sent_by_the_level_above_is_named_without_the_round_before_it() -> None:
    """(gold_real11/w103, labelled 市委提级交叉巡察组: the round's term and number go before a team that names its own
    committee, as in gold_real19/i24.)"""
    text = (
        "根据市委统一部署,2022年6月24日至8月22日,十届市委第二轮巡察市委提级交叉巡查组对乔庄镇委开展了巡察。"
        "现将巡察整改进展情况予以公布。\n"
    )
    report = extract_text(text).report
    assert (report.inspection_team, report.inspected_unit) == ("市委提级交叉巡查组", "乔庄镇委")


WEIBIN = (
    "根据市委统一部署,2024年5月25日至2024年6月14日,市委第三巡察组对我局进行了巡察,7月22日,市委巡察组向卫滨区民政局党组"
    "反馈了巡察意见。现将巡察整改情况予以公布。\n一、集中整改进展情况\n1.关于“养老服务机构安全监管有待进一步加强”的问题\n"
    "具体问题1:市民政系统交叉检查中发现卫滨区民族养老院存在厨房线路凌乱等问题。\n整改结果:已完成。已聘请专业人员整理厨房线路。\n"
    "具体问题2:巡察组调研走访发现,卫滨区好家护理院存在食品留样制度执行不规范的问题。\n整改结果:已完成。指导落实食品留样制度。\n"
)


def test_具体问题N_labels_an_item_as_问题N() -> None:
    issues = extract_text(WEIBIN).issues
    assert [i.path for i in issues] == [["一", "1", "问题1"], ["一", "1", "问题2"]]


def test_a_lead_in_saying_how_the_team_found_the_problem_is_dropped() -> None:
    assert extract_text(WEIBIN).issues[1].problem == "卫滨区好家护理院存在食品留样制度执行不规范的问题"


def test_我局_is_the_unit_the_team_fed_back_to() -> None:
    assert extract_text(WEIBIN).report.inspected_unit == "卫滨区民政局党组"


def test_已采取的整改措施_on_a_line_of_its_own_keys_the_measures_not_a_problem() -> None:
    text = (
        OPENING + "二、巡察反馈问题整改情况\n（一）关于“统筹推进机制不健全”问题的整改情况\n已采取的整改措施:\n"
        "印发职责分工，将经信局纳入联席会议成员单位。\n整改结果:已完成整改\n"
        "（二）关于“目标任务未完成”问题的整改情况\n已采取的整改措施:多次召开推进会。\n整改结果:正在整改\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.status) for i in issues] == [(["二", "（一）"], "completed"), (["二", "（二）"], "in_progress")]


def test_measures_counted_after_their_name_are_no_tally_of_problems() -> None:
    text = (
        OPENING + "对照巡察反馈问题，梳理出3大类、22小项整改任务，制定72项整改措施。"
        "截至目前，已完成问题整改19项，完成整改措施62项，持续推进3项。\n"
    )
    report = extract_text(text).report
    assert report.declared_issue_count == 22
    assert report.declared_status_counts is not None
    assert (report.declared_status_counts.completed, report.declared_status_counts.in_progress) == (19, 3)


DAMAGED_FORMULA = (
    "根据委统一部署,2025年3月11日至6月6区委第五巡察组殡葬领域开展了专项巡察,于86日反馈了巡察意见按照党务公开原则和"
    "巡察工作有关要求,现将巡察整改进展情况予以公布。\n"
)


def test_a_period_whose_end_lost_its_日_is_read_in_a_formula_that_lost_its_对_and_its_stop() -> None:
    report = extract_text(DAMAGED_FORMULA).report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2025, 3, 11), dt.date(2025, 6, 6))


def test_a_period_s_start_is_never_the_feedback_date() -> None:
    """86日 lost its 月 and year: 8-6 in the year of the inspection, within a period's length of its end; never 3-11."""
    assert extract_text(DAMAGED_FORMULA).report.feedback_date == dt.date(2025, 8, 6)


def test_the_leading_group_s_head_is_read_past_what_the_group_does() -> None:
    text = (
        OPENING
        + "市民政局党组专门成立落实市委第五巡察组反馈意见整改工作领导小组，全面负责整改工作的组织领导和协调落实，"
        "由党组书记、局长姜迪清任组长，党组副书记王绍寅为副组长，有关处室单位主要负责人为成员。\n"
    )
    assert extract_text(text).report.lead_official == "姜迪清"


@pytest.mark.parametrize(
    ("inspected", "unit"),
    [
        ("对长葛市殡葬领域突出问题开展巡察", "长葛市"),
        (
            "对市民政局等9个单位、玉城街道等11个乡镇(街道)进行了殡葬领域专项巡察",
            "市民政局等9个单位、玉城街道等11个乡镇(街道)",
        ),
    ],
)
def test_an_inspected_unit_ends_before_a_field_of_work_and_keeps_a_bracket_naming_its_kind(
    inspected: str, unit: str
) -> None:
    text = f"根据市委统一部署，2025年3月6日至4月16日，市委第二巡察组{inspected}。现将巡察整改情况予以公布。\n"
    assert extract_text(text).report.inspected_unit == unit


def test_metadata_fields_left_empty_above_the_body_make_no_title() -> None:
    text = "公告摘要\n项目编号-\n预算金额-\n招标联系人-\n标书截止时间-\n投标截止时间-\n公告正文\n" + OPENING
    assert extract_text(text).report.title is None


def test_an_index_number_and_a_publishing_body_alone_above_the_body_make_no_title() -> None:
    text = (
        "索引号: | 00258225-1/2025-74923 | 公开方式: | 主动公开 |\n00258225-1/2025-74923\n区审计局\n2025-04-08\n主动公开\n"
        "发布时间:2025-04-08 09:25\n" + OPENING
    )
    assert extract_text(text).report.title is None


def test_a_tally_of_what_a_sweep_of_the_unit_s_own_turned_up_is_no_tally_of_the_findings() -> None:
    text = (
        OPENING + "二是对全市410个住宅物业管理区域，持续开展问题排查和整治提升，排查问题2772个，立行立改2766个，"
        "正在推进6个，实现动态管理。\n"
    )
    assert extract_text(text).report.declared_status_counts is None


def test_a_dateline_under_the_title_with_only_a_count_after_its_date_dates_the_page() -> None:
    text = "新闻中心\n内江市市中区人民医院 关于精神专科病区审计整改结果的公告\n2023-11-01 1531\n分享到:\n" + OPENING
    assert extract_text(text).report.publish_date == dt.date(2023, 11, 1)


@pytest.mark.parametrize(
    "cited",
    [
        "根据内江市市中区审计局《内江市市中区人民医院精神专科病区新建综合楼建设项目竣工决算审计报告》",
        "根据《泸州市审计局专项审计调查报告》",
    ],
)
def test_the_audit_office_whose_report_a_notice_answers_makes_it_an_audit_s_and_no_team(cited: str) -> None:
    # (gold_real11/w44 and w69: the office audited the unit; as every real label of an audit notice has it, no team.)
    text = f"{cited}，我单位对照审计发现问题，全面认真落实整改，现将整改公告如下：\n"
    report = extract_text(text).report
    assert (report.inspection_kind, report.inspection_team) == ("审计", None)


def test_a_table_s_column_names_one_a_line_are_no_problem_over_the_keys_that_follow() -> None:
    text = (
        "中央第四生态环境保护督察组第18批交办信访举报问题办理情况表\n\n序号\n\n举报地市\n\n举报县区\n\n受理编号\n\n"
        "污染类型\n\n是否属实\n\n调查核实情况\n\n处理和整改情况\n\n问责情况\n\n53\n\n河源市\n\n和平县\n\nX2GD202109130057\n\n"
        "水,大气,土壤\n\n部分属实\n\n经核查，该养猪场存在污染物直排现象，群众反映情况部分属实。\n"
    )
    assert all(issue.problem != "受理编号" for issue in extractor.extract(text).issues)


def test_a_speaker_s_byline_heading_a_reprint_that_dropped_its_title_is_no_title() -> None:
    text = (
        "省审计厅厅长 胡章胜\n主任、各位副主任、各位委员:\n"
        "我受省人民政府委托，向省人大常委会报告审计查出问题整改情况，请予审议。\n"
    )
    assert extract_text(text).report.title is None


def test_a_site_s_clock_is_no_publication_date() -> None:
    text = (
        "今天是:2019年10月31日 星期三 农历十月初七\n公告公示\n\n您所在的位置:政务公开 > 公告公示\n\n"
        "静海区关于巡视整改进展情况的通报\n文章来源: 中共天津市静海区委员会 更新时间:2022/08/04 08:26:45\n\n" + OPENING
    )
    assert extract_text(text).report.publish_date == dt.date(2022, 8, 4)


def test_problems_broken_into_重点问题_are_the_declared_count_beside_their_measures() -> None:
    text = OPENING + "对照反馈意见，分解出19个重点问题，制定328条整改措施。\n"
    assert extract_text(text).report.declared_issue_count == 19


def test_the_day_the_unit_began_its_own_meetings_is_no_inspection_start() -> None:
    text = (
        "2021年1月30日，市委巡视九组召开巡视反馈会后，市机关事务管理局党组坚决扛起巡视整改的重大政治责任。\n"
        "从2月2日开始，分别组织召开局党组扩大会议和巡视整改工作任务分解会，对高质量做好巡视整改工作进行动员部署。\n"
    )
    assert extract_text(text).report.inspection_start is None


def test_an_inspected_body_keeps_the_other_name_it_goes_by_in_brackets() -> None:
    text = (
        "根据省委统一部署,2023年11月9日至12月29日,省委第三巡视组对省教育厅党组(省委教育工委)开展了巡视。"
        "现将巡视整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.inspected_unit == "省教育厅党组(省委教育工委)"


def test_a_place_heading_the_title_issues_through_the_party_committee_the_page_names() -> None:
    text = (
        "静海区关于十一届市委第九轮巡视整改进展情况的通报\n文章来源: 中共天津市静海区委员会 更新时间:2022/08/04 08:26:45\n"
        "根据十一届市委第九轮巡视工作部署要求，按照党务公开原则，现将巡视整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.issuer == "中共天津市静海区委员会"


def test_a_finding_over_a_single_numbered_measure_is_an_issue() -> None:
    text = (
        "中共东营市科学技术协会党组关于市委第二巡察组反馈意见集中整改进展情况的通报\n\n" + OPENING + "\n"
        "一、关于贯彻落实党中央决策部署和省委、市委工作要求有差距方面\n\n"
        "1.政治站位不高,“第一议题”制度落实不到位问题\n\n"
        "(1)进一步修订了《市科协党组会议制度》《市科协主席办公会议制度》。\n\n"
        "2.标准要求不严,履职尽责有弱项问题\n\n"
        "(1)进一步强化政治引领,在科协门户网站和微信公众号及时发布习近平总书记重要讲话,今年以来已发布64条。\n\n"
        "二、关于落实全面从严治党战略部署有差距方面\n\n"
        "1.监督执纪不严问题\n\n"
        "(1)制定《机关内部监督办法》。\n"
    )
    issues = extract_text(text).issues
    assert [(issue.path, issue.problem) for issue in issues] == [
        (["一", "1"], "政治站位不高,“第一议题”制度落实不到位问题"),
        (["一", "2"], "标准要求不严,履职尽责有弱项问题"),
        (["二", "1"], "监督执纪不严问题"),
    ]


def test_a_group_company_named_集团_is_the_inspected_unit() -> None:
    text = (
        "依据福建省委巡视工作统一部署,2022年4月20日至5月30日,省委巡视五组对福建广电网络集团开展了巡视,"
        "并于8月26日反馈了巡视意见,现将巡视整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.inspected_unit == "福建广电网络集团"


def test_a_headline_s_verb_before_关于_is_no_part_of_the_issuer() -> None:
    text = "中共福建广电网络集团委员会发布关于巡视整改进展情况的通报\n\n" + OPENING
    assert extract_text(text).report.issuer == "中共福建广电网络集团委员会"


def test_the_number_of_an_announcement_before_关于_is_no_part_of_the_issuer() -> None:
    text = (
        "临州市审计局审计结果公告2023年第2号(总第41号)——关于临州市2022年度预算执行审计查出问题整改情况的报告\n"
        + AUDIT_ANNOUNCEMENT
    )
    assert extract_text(text).report.issuer == "临州市审计局"


# An audit result's page (gold_real12/y12): its metadata set as a table, the announcement's own date under it.
AUDIT_RESULT_PAGE = (
    "索引号: | 00258225-1/2025-70001 | 公开方式: | 主动公开 |\n发布机构: | 区审计局 | 发文日期: | 2025-05-12 |\n"
    "发布时间:2025-05-12 09:25\n( 2025年5月6日公告)\n"
    "根据《中华人民共和国审计法》等规定,2024年8月1日至2024年9月30日,湖州市吴兴区审计局对湖州市吴兴区织里镇人民政府"
    "2021年至2023年有关经济事项进行了审计。现将审计结果公告如下:\n"
    "一、审计发现的主要问题\n(一)安全文明施工费未按规定预付。\n(二)合同条款与招标文件不一致。\n"
)


def test_an_audit_s_results_with_their_rectification_give_each_finding_its_first_sentence() -> None:
    text = (
        "(二○一九年十二月三十一日公告)\n根据《中华人民共和国审计法》的规定,自2019年3月1日至2019年6月30日,"
        "临州市审计局对城东污水泵站设备安装工程结算情况进行了审计,现将审计结果公告如下:\n"
        "一、基本情况\n该工程由临州建筑工程有限公司施工。\n二、工程结算审计结果及整改情况\n"
        "该项目多计工程造价10983.1元。上报结算价27149.79元,审计后核定为16165.69元。\n"
        "对本次审计发现的问题,临州市审计局已依法出具了审计报告,要求建设单位核减多计价款。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.path, issue.category, issue.problem) == (["二"], None, "该项目多计工程造价10983.1元")


# A county audit's result (gold_real16/o12): findings listed, then a section on how they were handled and rectified.
AUDIT_FINDINGS_THEN_HANDLING = (
    "长审公告字〔2023〕5号\n长武县审计局组成审计组,自2023年9月13日至2023年11月24日,对县环卫队2022年度财政财务收支情况"
    "进行报送审计。现将审计结果公告如下:\n一、基本情况\n县环卫队隶属县住房和城乡建设局。\n"
    "二、审计发现的主要问题及处理意见\n(一)支出原始凭证不完整21,358.50元。\n(二)签订合同不规范84,646.20元。\n"
    "三、存在问题的处理及整改情况\n对于存在的问题,我局已依法进行了处理,并已出具了审计报告,"
    "同时该单位已按照审计整改的要求及时进行了整改。\n"
)


def test_the_heading_of_an_audit_s_found_problems_is_none_of_them_though_its_items_read_as_measures() -> None:
    text = (
        "根据《中华人民共和国审计法》第二十二条的规定,临州市审计局派出审计组对城南幼儿园建设项目进行了竣工决算审计。"
        "现将审计结果公告如下:\n一、基本情况\n城南幼儿园建设项目位于新区。\n二、审计发现的主要问题\n"
        "(一)施工单位申报决算多计工程造价1368.14万元。\n(二)购置办公家具0.4万元未及时登记资产。\n"
        "三、审计整改情况\n截至目前,上述问题已全部整改到位。\n"
    )
    assert [(i.path, i.problem, i.status) for i in extract_text(text).issues] == [
        (["二", "（一）"], "施工单位申报决算多计工程造价1368.14万元", "completed"),
        (["二", "（二）"], "购置办公家具0.4万元未及时登记资产", "completed"),
    ]


def test_an_audit_s_findings_take_the_status_its_section_on_their_handling_closes_on() -> None:
    issues = extract_text(AUDIT_FINDINGS_THEN_HANDLING).issues
    assert [(i.path, i.problem, i.status) for i in issues] == [
        (["二", "（一）"], "支出原始凭证不完整21,358.50元", "completed"),
        (["二", "（二）"], "签订合同不规范84,646.20元", "completed"),
    ]


def test_a_section_on_the_audited_unit_s_rectification_is_no_finding_of_its_own() -> None:
    text = AUDIT_FINDINGS_THEN_HANDLING.replace("三、存在问题的处理及整改情况", "三、被审计(调查)单位的整改情况")
    assert [i.problem for i in extract_text(text).issues] == [
        "支出原始凭证不完整21,358.50元",
        "签订合同不规范84,646.20元",
    ]


def test_a_paragraph_that_says_a_found_problem_again_is_its_detail() -> None:
    text = (
        "根据《中华人民共和国审计法》的规定,县审计局对县第三高级中学工程项目竣工结算情况进行了审计。现将审计结果公告如下:\n"
        "三、审计发现的主要问题及处理意见\n多计工程价款3255981.03元。\n"
        "该工程项目施工结算价为9851834.14元,经审计,发现多计工程价款3255981.03元。\n"
        "县审计局依法出具了审计报告,要求建设单位据实结算。\n四、审计整改情况\n截至目前,建设单位多计工程价款问题已依法整改。\n"
    )
    assert [(i.problem, i.status) for i in extract_text(text).issues] == [("多计工程价款3255981.03元", "completed")]


def test_an_audit_result_announcement_whose_handling_of_its_finding_says_it_was_carried_out_is_a_notice() -> None:
    text = (
        "临州县第三中学工程项目结算情况审计结果公告\n(二〇一九年十月二十五日公告)\n"
        "根据《中华人民共和国审计法》的规定,临州县审计局对县第三中学工程项目竣工结算情况进行了审计。现将审计结果公告如下:\n"
        "一、审计发现的主要问题及处理意见\n多计工程价款325598.03元。\n"
        "临州县审计局依法出具了审计报告,要求建设单位据实结算,目前建设单位已按照审计报告的要求进行了落实。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("多计工程价款325598.03元", "completed")


def test_the_audit_office_announcing_its_audit_s_results_issues_the_announcement_not_the_unit_audited() -> None:
    text = (
        "根据《中华人民共和国审计法》规定,临州市审计局派出审计组,自2023年4月14日至10月7日,对临州市第二高级中学"
        "2022年度财务收支情况进行了审计,现将审计结果公告如下:\n一、审计发现的主要问题\n(一)固定资产未及时入账。\n"
        "(二)食堂收支未纳入单位统一核算。\n二、审计整改情况\n截至目前,临州市第二高级中学上述问题已全部整改到位。\n"
    )
    assert extract_text(text).report.issuer == "临州市审计局"


def test_an_audit_office_s_third_person_account_of_what_it_found_is_its_announcement() -> None:
    text = (
        "根据《中华人民共和国审计法》的规定,临江区审计局于2023年2月28日至3月30日采取就地审计的方式,对临江区第九中学"
        "主要负责人任期履行经济责任情况进行了审计。审计发现临江区第九中学存在改变预算资金用途、政府采购不规范等问题。\n"
        "针对本次审计发现的问题,临江区第九中学积极行动,采取多种形式进行整改。截至目前,该单位审计发现问题已整改到位。\n"
    )
    assert extract_text(text).report.issuer == "临江区审计局"


def test_an_audit_office_that_engaged_a_firm_for_its_audit_announces_the_results() -> None:
    text = (
        "根据《中华人民共和国审计法》的规定,临江市审计局委托中建卓越管理有限公司对城东泵站设备安装工程结算情况进行了审计,"
        "现将审计结果公告如下:\n一、工程结算审计结果及整改情况\n该项目多计工程造价10983.1元。\n"
    )
    assert extract_text(text).report.issuer == "临江市审计局"


def test_a_unit_s_own_notice_of_the_rectification_of_an_audit_is_not_the_auditor_s() -> None:
    text = (
        "2020年7月6日至12月15日,临江市审计局对青山镇村级财务收支情况进行了审计,青山镇高度重视,进行了认真整改,"
        "现将整改结果公告如下:\n一、审计发现的主要问题\n(一)未按协议兑付土地承包金;\n(二)现金管理不规范。\n"
    )
    assert extract_text(text).report.issuer != "临江市审计局"


def test_the_publisher_a_page_names_in_a_metadata_table_issues_an_audit_result() -> None:
    assert extract_text(AUDIT_RESULT_PAGE).report.issuer == "湖州市吴兴区审计局"


def test_an_audit_result_s_own_announcement_date_comes_before_the_page_s() -> None:
    assert extract_text(AUDIT_RESULT_PAGE).report.publish_date == dt.date(2025, 5, 6)


def test_a_bare_publisher_takes_the_place_the_title_names_the_same_body_with() -> None:
    text = (
        "发布机构: 省统计局 公开日期: 2022-08-26\n\n江西省统计局落实国家统计督察反馈意见整改情况\n\n"
        "根据党中央、国务院统一安排,国家统计局第3统计督察组于2021年9月6日至17日对我省开展了统计督察。"
        "2022年6月1日,向我局反馈了督察意见。现将有关情况通报如下。\n"
    )
    assert extract_text(text).report.issuer == "江西省统计局"


def test_a_speaker_s_bare_office_takes_the_name_a_metadata_table_gives_it() -> None:
    text = (
        "2024年度自治州本级预算执行审计查出问题整改情况的报告\n| 索 引 号 | kzsjj0000/2025-00012 | 主题分类 | 审计 |\n"
        "| 名 称 | |||\n| 成文日期 | 2025-11-03 11:51 | 发布日期 | 2025-11-21 11:29 |\n"
        "| 发文单位 | 博州审计局 | 发布机构 | 博州审计局 |\n2025年11月3日在自治州十五届人大常委会第二十五次会议\n"
        "自治州审计局局长周健\n主任、各位副主任,秘书长,各位委员:\n"
        "我受自治州人民政府委托,向自治州人大常委会报告2024年度自治州本级预算执行审计查出问题整改情况,请予审议。\n"
    )
    assert extract_text(text).report.issuer == "博州审计局"


def test_an_audited_unit_ends_before_the_level_of_the_accounts_audited() -> None:
    text = AUDIT_ANNOUNCEMENT.replace("县审计局对县农业农村局2022年度预算执行情况", "县审计局对青山镇村级财务收支情况")
    assert extract_text(text).report.inspected_unit == "青山镇"


def test_an_audited_project_ends_before_the_settlement_audited() -> None:
    text = AUDIT_ANNOUNCEMENT.replace(
        "县审计局对县农业农村局2022年度预算执行情况", "县审计局对城东泵站设备安装工程结算情况"
    )
    assert extract_text(text).report.inspected_unit == "城东泵站设备安装工程"


def test_an_inspected_unit_ends_before_the_work_it_was_inspected_on() -> None:
    text = (
        "根据省委统一部署,2023年11月28日至2024年3月20日,省委第四巡视组对汕头市委推进“百千万工程”情况开展了巡视。"
        "现将巡视整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.inspected_unit == "汕头市委"


@pytest.mark.parametrize(
    ("inspected", "unit"),
    [
        ("区卫健局含区妇幼保健服务中心、区疾控中心、区人民医院", "区卫健局"),
        ("安徽省含山县", "安徽省含山县"),  # (含山县 is a place, not the units taken in)
    ],
)
def test_an_inspected_unit_ends_before_the_units_it_took_in_without_a_bracket(inspected: str, unit: str) -> None:
    text = f"2024年9月15日至11月12日,区委第一巡察组对{inspected}进行了巡察。现将巡察整改进展情况予以公布。\n"
    assert extract_text(text).report.inspected_unit == unit


def test_the_unit_a_notice_says_it_publishes_the_rectification_of_is_the_inspected_unit() -> None:
    text = (
        "市委政法委关于巡视集中整改情况的公开\n"
        "根据十一届市委第八轮第一批巡视工作部署要求,现将市委政法委(含市法学会党组)巡视集中整改情况向社会公开。\n"
    )
    assert extract_text(text).report.inspected_unit == "市委政法委(含市法学会党组)"


def test_a_round_named_in_the_published_clause_is_no_inspected_unit() -> None:
    text = "根据十四届市委第五轮巡察工作部署要求,现将十四届市委第五轮巡察整改进展情况予以公布。\n"
    assert extract_text(text).report.inspected_unit is None


def test_an_inspection_run_with_the_level_above_keeps_its_联动_qualifier() -> None:
    text = (
        "根据区委统一部署,2024年4月至6月,区委第四联动巡察组对区法院党组开展了联动巡察,"
        "并于2024年8月反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.inspection_kind == "联动巡察"


def test_items_answering_a_quoted_problem_under_a_group_heading_are_each_an_issue() -> None:
    text = (
        OPENING + "二、巡察反馈意见整改落实情况\n(一)关于巡视巡察整改方面存在的主要问题\n"
        "1、针对“政治理论学习不到位”问题。区红十字会党组高度重视存在问题,高标准常态化组织学习会。\n"
        "2、针对“财经管理不严格”问题。区红十字会党组专门召开党组会议研究修改完善财务管理制度。\n"
    )
    issues = extract_text(text).issues
    assert [(issue.path, issue.problem) for issue in issues] == [
        (["二", "（一）", "1"], "政治理论学习不到位"),
        (["二", "（一）", "2"], "财经管理不严格"),
    ]


def test_a_text_ending_on_a_closing_quote_without_a_stop_is_cut_off() -> None:
    text = (
        OPENING + "二、巡察反馈意见整改落实情况\n"
        "1.政治理论学习不到位问题。整改情况:已完成。\n"
        "2.财经管理不严格问题。专门召开党组会议研究修改完善财务管理制度,涉及大额开支都严格按照“三重一大”\n"
    )
    result = extract_text(text)
    assert [issue.problem for issue in result.issues] == ["政治理论学习不到位问题"]
    assert "the text ends in the middle of an item: its last, cut-off item was left out" in result.warnings


def test_an_area_the_inspection_examined_groups_the_only_findings_an_opening_reaches() -> None:
    text = (
        OPENING + "三、整改落实主要成效\n针对巡察中发现的四方面13类共27项问题整改情况如下:\n"
        "(一)落实党的路线方针政策和党中央决策部署情况\n1.统一思想凝聚力量工作不够紧实\n"
        "(1)校支委会未严格落实“第一议题”制度\n整改情况:召开校支委会,专题研讨“第一议题”。已完成。\n"
    )
    issue = extract_text(text).issues[0]
    assert (issue.path, issue.category, issue.subcategory) == (
        ["三", "（一）", "1", "（1）"],  # (the section named for the rectification's results stays in the path)
        "落实党的路线方针政策和党中央决策部署情况",
        "统一思想凝聚力量工作不够紧实",
    )


def test_problems_refined_into_finer_ones_declare_the_finest_count() -> None:
    text = OPENING + "针对反馈的4个方面7项具体问题涉及的17个细化问题,逐一明确责任领导、责任单位和整改时限。\n"
    assert extract_text(text).report.declared_issue_count == 17


def test_an_organ_of_a_congress_named_机关_is_the_unit_and_the_issuer() -> None:
    text = (
        "根据市委统一部署,2025年3月13日至5月12日,市委第一巡察组对市人大机关进行了巡察。"
        "按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、组织整改落实情况\n市人大机关高度重视巡察工作。\n"
    )
    report = extract_text(text).report
    assert (report.inspected_unit, report.issuer) == ("市人大机关", "市人大机关")


def test_font_size_buttons_in_brackets_are_furniture_not_part_of_the_title() -> None:
    text = (
        "手机版\n\n广西壮族自治区公开第二轮中央生态环境保护督察反馈意见整改落实情况\n\n2023-02-24\n\n2023-02-24\n分享到:\n"
        "[打印] 字号:[大] [中] [小]\n"
        "  2021年4月9日至5月9日,中央第七生态环境保护督察组对广西开展了第二轮生态环境保护督察,并于2021年7月16日正式书面"
        "反馈督察报告。自治区党委、自治区人民政府高度重视,梳理形成39个问题,科学制定整改方案,从快从严从实推进督察反馈意见"
        "整改和责任追究工作,取得了阶段性整改成效。\n"
    )
    report = extract_text(text).report
    assert report.title == "广西壮族自治区公开第二轮中央生态环境保护督察反馈意见整改落实情况"
    assert report.issuer == "自治区党委、自治区人民政府"  # (not the page's date over its date, read as a signature)


def test_a_site_s_user_menu_is_no_part_of_the_title() -> None:
    text = "登录|注册\n用户中心|退出\n锡林郭勒盟公开第二轮中央生态环境保护督察整改落实情况\n" + OPENING
    assert extract_text(text).report.title == "锡林郭勒盟公开第二轮中央生态环境保护督察整改落实情况"


def test_a_league_publishing_its_rectification_issues_through_the_body_the_page_names() -> None:
    text = (
        "锡林郭勒盟公开第二轮中央生态环境保护督察整改落实情况\n来源:锡林郭勒盟行政公署 发布时间:2024-12-18 16:05\n"
        "  2022年3月25日至4月25日,中央第三生态环境保护督察组对内蒙古开展了第二轮生态环境保护督察,并于2022年6月2日"
        "向自治区党委和政府反馈了督察意见。锡林郭勒盟盟委、行署高度重视。\n"
    )
    report = extract_text(text).report
    assert (report.issuer, report.inspected_unit) == ("锡林郭勒盟行政公署", "内蒙古")


def test_a_province_fed_back_to_as_我省_is_named_from_the_title() -> None:
    text = (
        "附件:\n\n贵州省落实中央环境保护督察反馈意见整改情况的报告\n\n"
        "2017年8月1日,中央第七环境保护督察组向我省反馈督察意见后,省委、省政府高度重视。\n"
    )
    assert extract_text(text).report.inspected_unit == "贵州省"


def test_a_count_due_by_now_is_no_count_done() -> None:
    text = (
        "2021年4月9日至5月9日,中央第七生态环境保护督察组对广西开展了第二轮生态环境保护督察。梳理形成39个问题,"
        "科学制定整改方案。截至目前,39个问题应完成整改19个,已完成整改19个,达到序时进度20个。\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None
    assert (counts.completed, counts.in_progress) == (19, 20)


def test_years_before_a_team_are_no_part_of_its_name() -> None:
    text = (
        "按照党中央、国务院统一部署,2016年、2018年、2021年中央生态环境保护督察组先后对我区开展了第一轮中央环境保护督察"
        "和第二轮中央生态环境保护督察。自治区党委、自治区人民政府高度重视。\n"
    )
    assert extract_text(text).report.inspection_team == "中央生态环境保护督察组"


def test_a_committee_and_its_government_sending_a_team_together_both_name_it() -> None:
    text = (
        "根据省委、省政府统一部署,2023年5月10日至6月10日,省委、省政府第三生态环境保护督察组对我市开展了"
        "第二轮省级生态环境保护例行督察。\n"
    )
    assert extract_text(text).report.inspection_team == "省委、省政府第三生态环境保护督察组"


def test_a_comma_before_a_team_still_cuts_what_precedes_it() -> None:
    text = "按照区委部署,区委第二巡察组对区文化和旅游局党组开展了常规巡察。\n"
    assert extract_text(text).report.inspection_team == "区委第二巡察组"


def test_the_unit_s_own_party_body_acting_in_the_work_issues_the_notice() -> None:
    text = (
        "2018年11月中旬至2018年12月底,区委第四巡察组对红石桥乡进行了巡察,2019年4月10日反馈了巡察意见。"
        "现将巡察整改情况予以公布。\n一、党委履行巡察整改工作主体责任情况\n接到整改反馈意见后,我乡党委高度重视,及时召开专题会议。\n"
    )
    assert extract_text(text).report.issuer == "红石桥乡党委"


def test_a_party_body_whose_name_holds_会议_is_still_the_issuer() -> None:
    text = "中共古田会议纪念馆党组关于巡察整改进展情况的通报\n\n时间:2025年09月04日\n\n" + OPENING
    assert extract_text(text).report.issuer == "中共古田会议纪念馆党组"


def test_我区_is_named_by_the_committee_whose_plan_the_notice_cites() -> None:
    text = (
        "根据省委统一部署,省委第四巡视组于2020年9月13日至11月10日对我区进行了巡视,并于2021年2月4日反馈了巡视意见。"
        "现将整改进展情况予以公布。\n一、提高整改质效,坚决扛起巡视整改政治责任\n"
        "(一)提高政治站位。区委高度重视巡视整改工作。收到省委巡视办《关于认真做好十届省委第九轮巡视整改工作的通知》后,"
        "区委召开全区整改工作动员会,印发《中共惠济区委贯彻落实省委第四巡视组反馈意见整改工作方案》等文件。\n"
    )
    report = extract_text(text).report
    assert (report.inspected_unit, report.issuer) == ("惠济区", "中共惠济区委")


def test_the_head_of_a_leading_group_named_with_its_round_before_整改_leads() -> None:
    text = (
        OPENING + "成立由区委书记马军任组长,区委副书记、区长丁文霞和区委副书记李伟光任副组长,其他区委常委为成员的"
        "十届省委第九轮巡视反馈意见整改工作领导小组,负责研究全区整改落实中的重大事项。\n"
    )
    assert extract_text(text).report.lead_official == "马军"


def test_points_of_feedback_counted_as_条_are_the_declared_count() -> None:
    text = OPENING + "县委常委会分别对29条巡视反馈意见牵头组织实施。围绕各问题事项,对应提出153条整改措施。\n"
    assert extract_text(text).report.declared_issue_count == 29


def test_case_leads_handled_are_no_tally_of_the_findings() -> None:
    text = OPENING + "对巡视移交的1件问题线索,已办结1件,办结率为100%。\n"
    assert extract_text(text).report.declared_status_counts is None


def test_a_metadata_row_of_keys_and_values_a_space_apart_dates_the_page() -> None:
    text = (
        "索 引 号 014327354/2025-00018 发布机构 文化广电和旅游局 公开日期 2024-12-10\n"
        "文  号 涟文广旅委[2024]38号 分  类 公共文化\n"
        "中共涟水县文化广电和旅游局委员会关于巡察整改进展情况的报告\n" + OPENING
    )
    report = extract_text(text).report
    assert (report.publish_date, report.title) == (
        dt.date(2024, 12, 10),
        "中共涟水县文化广电和旅游局委员会关于巡察整改进展情况的报告",
    )


def test_a_sum_of_the_problems_declared_done_before_the_list_gives_each_item_its_status() -> None:
    text = (
        OPENING + "二、整改落实情况\n针对巡察反馈意见指出的需要整改的问题,真改实改,截至目前,共计2个问题已整改完成。\n"
        "1.关于“理论学习不够深入”问题的整改\n严格执行“第一议题”制度,开展专题学习。\n"
        "2.关于“财务管理不规范”问题的整改\n修订财务管理制度,规范报销流程。\n"
    )
    assert [(issue.status, issue.status_text) for issue in extract_text(text).issues] == [
        ("completed", "已整改完成"),
        ("completed", "已整改完成"),
    ]


def test_a_title_repeated_past_a_line_of_the_page_s_own_is_read_once() -> None:
    text = (
        "首页 资讯 正文\n\n中共某县文化和旅游局党组关于巡察整改进展情况\n\n体育正文 76 0\n\n"
        "中共某县文化和旅游局党组关于巡察整改进展情况\n\n" + OPENING
    )
    assert extract_text(text).report.title == "中共某县文化和旅游局党组关于巡察整改进展情况"


def test_a_second_section_after_organisation_points_whose_first_heading_was_lost_is_top_level() -> None:
    text = (
        OPENING + "县卫健局党组高度重视巡察反馈意见的整改工作。\n"
        "(一)深化思想认识。局党组在巡察反馈次日即召开专题会议。\n(二)压实整改责任。成立由党组书记任组长的整改工作领导小组。\n"
        "二、巡察反馈问题整改落实情况\n(一)学思践悟“三农”方针政策不够透彻。\n整改情况:已完成。\n"
        "(二)资金使用规定执行不严。\n整改情况:正在整改。\n"
    )
    issues = extract_text(text).issues
    assert [(issue.path, issue.problem, issue.status) for issue in issues] == [
        (["二", "（一）"], "学思践悟“三农”方针政策不够透彻", "completed"),
        (["二", "（二）"], "资金使用规定执行不严", "in_progress"),
    ]


def test_a_team_numbered_after_its_name_keeps_its_number() -> None:
    text = (
        "茶陵县委关于省委巡视组第八组反馈意见整改情况的通报\n"
        "根据省委统一部署,2015年12月10日至2016年1月10日,省委巡视组第八组对茶陵进行了巡视。"
        "现将巡视整改情况予以公布。\n"
    )
    assert extract_text(text).report.inspection_team == "省委巡视组第八组"


def test_the_情况_a_feedback_meeting_s_headline_names_is_no_part_of_the_unit() -> None:
    text = "县委第三巡察组巡察县委教育工委情况反馈会召开\n2025年10月16日,县委第三巡察组向县委教育工委反馈巡察情况。\n"
    assert extract_text(text).report.inspected_unit == "县委教育工委"


def test_我县_is_named_where_a_later_section_says_whom_the_team_fed_back_to() -> None:
    text = (
        "根据省委统一部署,2017年7月5日至8月31日,省委第八巡视组对我县进行了巡视。2017年9月27日,省委巡视组向我县反馈了"
        "巡视意见。现将巡视整改情况予以公布:\n一、提高政治站位,切实加强巡视整改工作组织领导\n"
        "(一)统一思想,提高站位。省委第八巡视组向芜湖县反馈巡视意见的当晚,县委就立即召开常委扩大会议,研究部署巡视整改工作。\n"
    )
    report = extract_text(text).report
    assert (report.inspected_unit, report.issuer) == ("芜湖县", "芜湖县委")


def test_a_standing_committee_member_heading_the_leading_group_leads() -> None:
    text = OPENING + "成立了整改工作领导小组,由市委常委、宣传部部长郭天保为组长,常务副部长黄卫红同志为副组长。\n"
    assert extract_text(text).report.lead_official == "郭天保"


def test_news_of_the_team_s_feedback_meeting_is_no_notice() -> None:
    text = (
        "根据区委统一安排,2021年8月2日,区委第三巡察组向区委办反馈巡察情况。会议传达了区委书记杨博同志听取巡察情况汇报时的"
        "讲话要求。区委第三巡察组组长罗洪淼同志向区委办反馈了巡察情况。李永凡同志主持并作表态发言。\n"
        "罗洪淼反馈时指出:区委办在落实整改责任方面还存在差距。一是理论学习不够深入;二是制度执行不够严格。\n"
        "李永凡表示,将以此次巡察为契机,抓好整改落实,确保整改到位。\n"
    )
    result = extract_text(text)
    assert (result.issues, result.report.issuer) == ([], None)
    assert any("does not read as a rectification notice" in warning for warning in result.warnings)


def test_a_notice_whose_formula_tells_of_the_feedback_is_still_a_notice() -> None:
    text = (
        "2023年3月至5月,县委第一巡察组对县卫健局党组进行了巡察,并于6月8日向县卫健局党组反馈了巡察情况。\n"
        "一、巡察反馈问题整改落实情况\n1.理论学习不深入。\n整改情况:制定学习计划,已完成。\n"
    )
    assert [issue.status for issue in extract_text(text).issues] == ["completed"]


def test_a_party_committee_that_deeply_recognises_the_inspection_issues_the_notice() -> None:
    text = (
        "来源:河北省纪委监委网站 发布时间:2022-07-01 10:07:39\n"
        "根据省委部署,2021年9月2日至9月30日,省委第十五巡视组对衡水市开展了巡视“回头看”,11月11日反馈了巡视意见。"
        "现将巡视整改进展情况予以公布。\n一、把整改落实作为一项政治任务来抓\n"
        "衡水市委深刻认识到,此次巡视“回头看”是对全市工作的一次“政治体检”。\n"
    )
    assert extractor.extract(text).report.issuer == "衡水市委"


# A news page's summary of the findings, then the lead that presents the notice (gold_real23/i78).
NEWS_DIGEST = (
    "2020年9月24日至12月25日,山东省委第三巡视组对济南市进行了巡视。\n"
    "2021年2月,山东省委第三巡视组向济南市委反馈巡视情况。巡视中,巡视组发现和干部群众反映了一些问题,主要是在用好国家"
    "战略机遇、落实省委要求上有差距,城市治理能力和管理水平有差距;全面从严治党责任传导不到位。\n"
    "2021年8月26日,济南通报巡视整改进展情况。以下为内容摘要:\n"
    "中共济南市委\n关于十一届省委第八轮巡视整改进展情况的通报\n"
    "根据省委统一部署,2020年9月24日至12月25日,省委第三巡视组对济南市开展了常规巡视。现将巡视整改进展情况予以公布。\n"
)


def test_the_notice_a_news_lead_presents_keeps_its_title_and_issuer() -> None:
    report = extractor.extract(NEWS_DIGEST).report
    assert (report.title, report.issuer) == ("中共济南市委关于十一届省委第八轮巡视整改进展情况的通报", "中共济南市委")


def test_the_day_a_news_lead_says_the_notice_came_out_dates_it() -> None:
    assert extract_text(NEWS_DIGEST).report.publish_date == dt.date(2021, 8, 26)


def test_a_file_number_key_with_no_value_is_no_issuer() -> None:
    text = (
        "索引号: j602402--2023-0165 主题分类: 综合政务\n发布机构: 东湖区审计局 生成日期: 2023-11-08 15:29\n"
        "文件编号: 有效性: 有效\n关于2022年度区本级预算执行和其他财政收支的审计报告\n"
        "根据审计法的规定,东湖区审计局派出审计组,自2023年5月8日至8月30日,对东湖区财政局(以下简称区财政局)具体组织的"
        "2022年度区本级预算执行、决算草案以及其他财政收支情况进行了审计。\n"
    )
    report = extractor.extract(text).report
    assert (report.title, report.issuer) == ("关于2022年度区本级预算执行和其他财政收支的审计报告", "东湖区审计局")


def test_a_unit_given_a_short_form_ends_before_it() -> None:
    text = (
        "东湖区审计局派出审计组,自2023年5月8日至8月30日,对东湖区财政局(以下简称区财政局)具体组织的2022年度区本级预算执行、"
        "决算草案以及其他财政收支情况进行了审计。现将审计整改情况报告如下。\n"
    )
    assert extractor.extract(text).report.inspected_unit == "东湖区财政局"


def test_a_unit_s_party_body_after_its_short_form_stays_in_its_name() -> None:
    text = (
        "市委第三巡察组于2024年3月7日至5月10日对市人民检察院(以下简称“市检察院”)党组开展了巡察,并于2024年7月18日"
        "向市检察院党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    )
    assert extractor.extract(text).report.inspected_unit == "市人民检察院党组"


def test_a_street_s_working_committee_is_named_whole() -> None:
    text = (
        "根据市委巡察工作统一安排,2024年3月25日至5月10日,市委第七巡察组对中共万江街道工作委员会(以下简称“万江街道党工委”)"
        "及滘联、大汾等十个社区党组织开展了巡察。现将巡察整改进展情况予以公布。\n"
        "一、整改工作开展情况\n街道党工委高度重视巡察整改工作。\n"
    )
    report = extractor.extract(text).report
    assert report.issuer == "中共万江街道工作委员会"
    assert report.inspected_unit == "中共万江街道工作委员会及滘联、大汾等十个社区党组织"


def test_the_opening_formula_run_on_to_a_metadata_line_is_read() -> None:
    text = (
        "中共福安市委白云山风景名胜区工作委员会关于巡察整改进展情况的通报\n"
        "浏览次数: 发布时间: 2025-11-12 12:02 字体大小: 大 中 小 根据市委巡察工作的统一部署,2025年2月18日至3月30日,"
        "宁德市委巡察三组对福安市白云山风景名胜区党工委进行了巡察,并于4月29日反馈了巡察意见。\n"
        "一、党工委及主要负责人组织整改落实情况\n"
    )
    report = extractor.extract(text).report
    assert (report.inspection_team, report.inspection_start, report.feedback_date, report.publish_date) == (
        "宁德市委巡察三组",
        dt.date(2025, 2, 18),
        dt.date(2025, 4, 29),
        dt.date(2025, 11, 12),
    )


def test_a_label_a_site_puts_before_the_title_with_a_colon_is_no_part_of_it() -> None:
    text = (
        "乐鱼体育官网投注:贵港市人民政府关于2024年度市本级预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "来源:乐鱼体育官网投注 发布时间:2026-01-24 14:50:34\n我市各级各部门认真落实审计整改工作。\n"
    )
    report = extractor.extract(text).report
    assert report.issuer == "贵港市人民政府"
    assert report.title == "贵港市人民政府关于2024年度市本级预算执行和其他财政收支审计查出问题整改情况的报告"


def test_a_range_whose_end_lost_its_日_before_a_comma_keeps_its_end() -> None:
    text = (
        "2022年9月7日至26,吉林省第一生态环境保护督察组进驻我市开展第二轮省级生态环境保护督察。"
        "2023年1月11日,督察组正式反馈督察意见。\n"
    )
    report = extractor.extract(text).report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2022, 9, 7), dt.date(2022, 9, 26))


def test_the_tasks_an_inspection_fed_back_are_the_declared_count() -> None:
    text = (
        "关于督察整改落实情况的通报\n2022年9月7日至26日,省督察组进驻我市开展督察。督察反馈的30项整改任务,已完成25项。\n"
    )
    report = extractor.extract(text).report
    assert report.declared_issue_count == 30
    assert report.declared_status_counts is not None and report.declared_status_counts.completed == 25


def test_a_site_s_own_hotline_in_its_footer_is_no_contact() -> None:
    text = OPENING + "一、整改工作开展情况\n市委高度重视整改工作。\n\n四平广播电视台版权所有\n网站举报电话:3153232\n"
    assert extractor.extract(text).report.contacts.phones == []


def test_a_caption_under_a_title_that_ends_with_its_number_in_a_series_is_no_part_of_it() -> None:
    text = (
        "中央生态环境保护督察群众信访举报转办和边督边改公开情况(第六批)\n\n"
        "我区公开第六批信访举报件边督边改情况 扫一扫下载附件查看详情\n\n"
        "截至2024年5月24日,对中央第六生态环境保护督察组向重庆市移交的第六批群众信访举报件,各责任单位均按要求上报调查处理"
        "情况,目前已全部办结。\n"
    )
    assert extractor.extract(text).report.title == "中央生态环境保护督察群众信访举报转办和边督边改公开情况(第六批)"


def test_teams_counted_name_no_team() -> None:
    text = (
        "根据州党委巡察工作统一部署,2023年8月29日至10月26日,十二届昌吉州党委第五轮巡察派出7个巡察组对木垒县东城镇、"
        "奇台县七户乡7个乡镇党组织开展了常规巡察。2023年12月,州党委巡察组分别向被巡察单位党组织反馈了巡察意见。"
        "现将巡察整改进展情况予以公布。\n"
    )
    assert extractor.extract(text).report.inspection_team is None


def test_a_team_is_named_with_the_term_and_round_another_mention_gives() -> None:
    text = (
        "根据县委统一部署,2023年8月至10月,县委第二巡察组对县文物管理处党支部进行了巡察。2023年11月7日,"
        "十五届县委第六轮巡察第二巡察组向县文物管理处党支部反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    )
    assert extractor.extract(text).report.inspection_team == "十五届县委第六轮巡察第二巡察组"


def test_a_team_keeps_the_opening_s_name_where_only_a_later_paragraph_gives_the_term() -> None:
    text = (  # as gold_real's a09
        "根据市委统一部署,2024年4月至6月,市委第三巡察组对市委教育工委进行了巡察。2024年7月,市委第三巡察组向"
        "市委教育工委反馈了巡察意见。现将巡察整改进展情况予以公布。\n一、加强组织领导\n"
        "工委第一时间召开会议,迅速下发了《落实八届市委第三巡察组反馈意见整改工作方案》,成立了整改工作领导小组。\n"
    )
    assert extractor.extract(text).report.inspection_team == "市委第三巡察组"


def test_a_team_that_checked_the_work_done_is_not_the_inspecting_team() -> None:
    text = (  # a street office's closure 公示 of a 中央环保督察 task
        "富裕街道完成中央环保督察反馈问题整改任务情况公示\n我单位所承担的中央环保督察反馈第十七项(69)问题的整改任务,"
        "现已完成整改并按要求通过了长春市南关区督导组和本局的联合验收,达到整改目标。\n"
        "整改任务:伊通河流经长春市后,水质由Ⅲ类下降为劣Ⅴ类。\n"
    )
    assert extractor.extract(text).report.inspection_team is None


def test_since_before_a_team_is_no_part_of_its_name() -> None:
    text = (
        "中共某集团委员会关于巡视整改进展情况的通报\n自省委第三巡视组反馈意见以来,集团党委高度重视,多次召开专题会议研究部署。"
        "现将巡视整改进展情况予以公布。\n"
    )
    assert extractor.extract(text).report.inspection_team == "省委第三巡视组"


def test_a_text_that_says_it_is_a_plan_is_no_notice_whatever_its_title() -> None:
    text = (  # a township's plan, its title not read as one (it opens with a year)
        "政府信息公开\n\n2017年度脱贫攻坚成效考核反馈问题整改实施方案\n\n"
        "为认真贯彻落实省脱贫办《关于反馈2017年脱贫攻坚工作成效考核有关情况的通知》精神,坚持问题导向,巩固脱贫成果,"
        "制定本实施方案。\n\n一、整改内容\n\n1.专项整改问题\n\n(1)将脱贫人口指标集中安排给当年计划退出村。"
        "(牵头单位:扶贫办)\n\n整改措施:继续坚持采取“自下而上”的方式,科学确定脱贫人口指标。\n"
    )
    assert extractor.extract(text).issues == []


def test_a_post_served_on_a_team_names_no_team() -> None:
    text = (
        "辽中区委巡察工作动态\n区委坚持巡察整改与日常监督贯通,由派驻组组长任巡察组组长,推动整改落实。"
        "现将巡察整改情况予以通报。\n"
    )
    assert extractor.extract(text).report.inspection_team is None


def test_a_committee_s_request_before_the_team_is_no_part_of_its_name() -> None:
    text = "根据区委要求和区委第一巡察组反馈的问题,镇党委认真抓好整改。现将巡察整改情况予以通报。\n"
    assert extractor.extract(text).report.inspection_team == "区委第一巡察组"


def test_a_date_that_lost_its_月_where_no_day_has_its_digits_is_read() -> None:
    text = (
        "根据市委统一部署,2018年3月13日至4月27日,市委县区交叉巡察五组对秀屿区行政服务中心进行了巡察。"
        "75日市委县区交叉巡察五组向区行政服务中心反馈了巡察意见。现将巡察整改情况予以通报。\n"
    )
    assert extractor.extract(text).report.feedback_date == dt.date(2018, 7, 5)


def test_days_within_which_to_act_are_no_date() -> None:
    text = (
        "根据市委统一部署,2018年3月13日至4月27日,市委第五巡察组对区行政服务中心进行了巡察。要求限期整改，45日内完成,"
        "并向市委巡察办报告。现将巡察整改情况予以通报。\n"
    )
    assert extractor.extract(text).report.feedback_date is None


def test_a_document_sharing_wrapper_gives_the_title_of_the_file() -> None:
    text = (
        "《阳谷县实验幼儿园关于十四届市委第二轮巡察整改进展情况的通报.docx》由会员分享,可在线阅读,更多相关《阳谷县实验幼儿园"
        "关于十四届市委第二轮巡察整改进展情况的通报.docx(13页珍藏版)》请在课桌文档上搜索。\n"
        "1、阳谷县实验幼儿园关于十四届市委第二轮巡察整改进展情况的通报根据县委统一安排,2023年1月3日至2月15日,"
        "县委第三巡察组对中共阳谷县实验幼儿园支部委员会开展了巡察。\n"
    )
    assert extractor.extract(text).report.title == "阳谷县实验幼儿园关于十四届市委第二轮巡察整改进展情况的通报"


def test_a_news_page_s_lead_and_headline_above_a_report_s_own_title_are_no_title() -> None:
    """(gold_real20/i37: the lead run into the title, the headline, the dateline, the lead again, then the report's own
    title.)"""
    lead = "发布关于第二轮中央生态环境保护督察反馈问题整改落实情况的报告,报告显示,4家钢铁企业均已完成超低排放改造治理。"
    title = "关于第二轮中央生态环境保护督察反馈问题整改落实情况的报告"
    text = (
        f"中共天津市委天津市人民政府{lead}中共天津市委天津市人民政府{title}2\n\n首页> 环境监察> 评论> 正文\n\n"
        "4家钢企全部完成有组织超低排放改造 天津市公布第二轮中央生态环境保护督察反馈问题整改落实情况\n\n"
        f"2022-07-15 15:38 来源: 天津市政府\n\n中共天津市委 天津市人民政府{lead}\n\n中共天津市委 天津市人民政府{title}\n\n"
        "2020年8月30日至9月30日,中央第二生态环境保护督察组对天津市开展了第二轮生态环境保护督察。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == ("中共天津市委天津市人民政府" + title, "中共天津市委、天津市人民政府")


# A weekly check's notice (gold_real19/i17): each problem one sentence after 一是, the places it was found, and a line
# saying it is done.
WEEKLY_CHECK = (
    "为改善我市大气环境质量,市政府决定开展“净城行动”。根据每周进行一次公开通报要求,现将2025年2月8日——14日检查发现问题通报如下:\n"
    "一是道路保洁不到位。\n尧都区负责的恒安小区中间道路部分路段;\n市城市管理局负责的海子边巷部分路段。\n经调度后,全部整改完成。\n"
    "二是施工工地“六个百分百”落实不到位。\n尧都区监管的富力尚悦居工地。\n经移交尧都区处理后,全部整改完成。\n"
    "临汾市生态环境保护委员会办公室\n2025年2月15日\n"
)


def test_problems_a_check_found_each_over_its_places_and_a_line_saying_it_is_done_are_items() -> None:
    assert [(i.path, i.problem, i.status, i.status_text) for i in extract_text(WEEKLY_CHECK).issues] == [
        (["一是"], "道路保洁不到位", "completed", "全部整改完成"),
        (["二是"], "施工工地“六个百分百”落实不到位", "completed", "全部整改完成"),
    ]


def test_measures_listed_after_一是_with_no_line_saying_where_they_stand_are_no_items() -> None:
    text = WEEKLY_CHECK.replace("经调度后,全部整改完成。", "经调度后,立即组织清扫。").replace(
        "经移交尧都区处理后,全部整改完成。", "已移交尧都区处理。"
    )
    assert extract_text(text).issues == []


def test_a_sharing_site_s_page_number_before_the_title_is_no_part_of_it() -> None:
    """(gold_real18/i09: the site numbers the pages it shows, 1、 before the title, 2、 before the next page's text.)"""
    text = (
        "《阳谷县实验幼儿园关于十四届市委第二轮巡察整改进展情况的通报.docx》由会员分享,可在线阅读。\n"
        "1、阳谷县实验幼儿园关于十四届市委第二轮巡察整改进展情况的通报根据县委统一安排,2023年1月3日至2月15日,"
        "县委第三巡察组对中共阳谷县实验幼儿园支部委员会开展了巡察。现将巡察整改进展情况予以公布。一、整改工作基本情况\n"
        "2、传达学习巡察组反馈意见,立即成立了整改工作领导小组。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == (
        "阳谷县实验幼儿园关于十四届市委第二轮巡察整改进展情况的通报",
        "阳谷县实验幼儿园",
    )


def test_a_round_up_of_a_round_s_rectification_is_no_notice() -> None:
    text = (
        "聚焦问题抓整改 巡视“利剑”显成效\n——七届省委第八轮巡视整改进展情况综述\n"
        "日前,七届省委第八轮被巡视党组织陆续向社会公开整改情况,共完成整改问题588个,落实巡视反馈意见106条。\n"
        "2020年9月下旬,七届省委第八轮巡视正式启动。本轮巡视共派出9个巡视组分别对21个省直单位开展了常规巡视。"
        "各被巡视党组织把巡视整改作为重大政治任务,整改工作取得明显成效。\n"
    )
    result = extractor.extract(text)
    assert any("does not read as a rectification notice" in warning for warning in result.warnings)


LOST_FEEDBACK = (
    "发布时间:2025-06-24\n根据市委统一部署,2024年9月27日至12月6日,市委第一巡察组对秦州区教育局党组开展了巡察。"
    "2025114日,市委第一巡察组向区教育局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
)


def test_a_feedback_date_that_lost_its_月_is_read_where_one_reading_falls_by_the_notice_s_date() -> None:
    """2025114日 is 1-14 or 11-4; only 1-14 comes after the inspection and by the page's date, 2025-06-24."""
    result = extractor.extract(LOST_FEEDBACK)
    assert result.report.feedback_date == dt.date(2025, 1, 14)
    assert not [w for w in result.warnings if "2025114日" in str(w)]


def test_a_feedback_date_that_lost_its_月_is_read_the_one_way_within_a_period_s_length_of_the_inspection() -> None:
    """Both 1-14 and 11-4 fall by the page's date, 2025-12-24; only 1-14 within a period's length of the inspection."""
    result = extractor.extract(LOST_FEEDBACK.replace("2025-06-24", "2025-12-24"))
    assert result.report.feedback_date == dt.date(2025, 1, 14)


def test_a_feedback_date_that_lost_its_月_is_left_out_where_nothing_dated_narrows_its_readings() -> None:
    result = extractor.extract(LOST_FEEDBACK.replace("2025-06-24", "2025-12-24").replace("2024年9月27日至12月6日,", ""))
    assert result.report.feedback_date is None
    assert [w for w in result.warnings if "2025114日" in str(w)]


def test_a_feedback_date_that_lost_its_月_and_year_is_read_where_one_reading_falls_after_the_inspection() -> None:
    """(gold_real19/i27: 86日 can only be 8-6, after the inspection's end, 2025-06-06, and by the page's date.)"""
    text = (
        "发布日期:2026-02-24\n根据区委统一部署,2025年3月11日至6月6日,区委第五巡察组对区民政局开展了专项巡察,"
        "于86日反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.feedback_date == dt.date(2025, 8, 6)


def test_a_period_whose_end_lost_its_月_is_read_in_the_start_s_year_after_the_start() -> None:
    """126日 is 1-26 or 12-6; only 12-6 follows 9-27 in 2024, and no warning says it was left out."""
    text = (
        "根据市委统一部署,2024927日至126日,市委第一巡察组对秦州区教育局党组开展了巡察。现将巡察整改进展情况予以公布。\n"
    )
    result = extractor.extract(text)
    assert (result.report.inspection_start, result.report.inspection_end) == (
        dt.date(2024, 9, 27),
        dt.date(2024, 12, 6),
    )
    assert not [w for w in result.warnings if "126日" in str(w)]


def test_an_unquoted_回头看_is_the_kind() -> None:
    text = (
        "根据市委统一部署,2024年9月27日至12月6日,市委第一巡察组对区教育局党组开展为期两个多月的巡察整改回头看。"
        "现将巡察整改进展情况予以公布。\n"
    )
    assert extractor.extract(text).report.inspection_kind == "巡察整改回头看"


def test_the_kind_the_formula_states_comes_before_the_one_in_the_team_s_name() -> None:
    text = (
        "根据市委统一部署,2023年4月10日至5月30日,市委联动巡察三组对县国有资产投资有限公司党委开展了专项巡察。"
        "现将巡察整改进展情况予以公布。\n"
    )
    assert extractor.extract(text).report.inspection_kind == "专项巡察"


def test_teams_counted_with_their_committee_name_no_team() -> None:
    text = (
        "2024年4月至6月,十四届县委第三轮巡察对县卫健局、县司法局等9个单位党组织开展了巡察。近日,3个县委巡察组向县卫健局、"
        "县司法局等9个被巡察单位党组织分别反馈了巡察情况。现将巡察组反馈的主要问题公布如下。\n"
    )
    assert extractor.extract(text).report.inspection_team is None


def test_a_column_s_name_with_its_english_one_over_the_title_is_no_part_of_it() -> None:
    text = (
        "要闻动态Navigation\n市委第二巡察组向市卫健委党组反馈巡察情况\n市委第二巡察组向市卫健委党组反馈巡察情况\n"
        "根据市委统一部署,2025年7月14日,市委第二巡察组向市卫健委党组反馈了巡察情况。\n"
    )
    assert extractor.extract(text).report.title == "市委第二巡察组向市卫健委党组反馈巡察情况"


def test_the_word_team_alone_names_no_team() -> None:
    text = (
        "关于督察整改情况的通报\n日前,省委、省政府公开了我省督察反馈意见整改情况。督察组进驻期间移交的信访举报问题已全部办结。"
        "现将整改情况予以公布。\n"
    )
    assert extractor.extract(text).report.inspection_team is None


def test_a_tally_of_the_rest_under_way_at_a_quicker_pace_is_in_progress() -> None:
    text = "关于巡察整改情况的通报\n" + OPENING + "反馈问题66个,已完成37个,其余29个正加快推进。\n"
    report = extractor.extract(text).report
    assert report.declared_status_counts is not None
    assert (report.declared_status_counts.completed, report.declared_status_counts.in_progress) == (37, 29)


def test_what_was_agreed_to_before_the_team_is_no_part_of_its_name() -> None:
    text = "校党委原则同意巡视组反馈的意见,对本科生院开展了第三轮巡视“回头看”。现将巡视整改情况予以通报。\n"
    assert extractor.extract(text).report.inspection_team is None


def test_a_special_kind_a_later_sentence_on_who_inspected_whom_names_is_the_kind() -> None:
    text = (
        "根据省委统一部署,2018年10月12日至2019年1月12日,省委第十一巡视组对大众报业集团党委进行了巡视。"
        "2019年2月25日,省委巡视组向大众报业集团党委反馈了巡视意见。现将巡视整改进展情况予以公布。\n"
        "一、提高政治站位,扛起整改责任\n省委第十一巡视组对大众报业集团进行专项巡视,是对集团工作的一次全面政治体检。\n"
    )
    assert extractor.extract(text).report.inspection_kind == "专项巡视"


BULLETIN = (
    "鄂州市环境保护督察反馈意见整改工作简报(第六期)\n\n日期:2021-05-18\n 鄂州市环境保护督察反馈意见整改\n\n工作简报\n\n"
    "2021年    第六期\n\n市环境保护督察反馈整改攻坚指挥部办公室     2021年1月13日\n\n我市再督办突出环境问题的整改落实情况\n\n"
    "为切实做到全面暴露自身问题,我市近期对全市突出生态环境问题进行了梳理排查,对62个问题以清单的形式实行挂图作战。\n"
)


def test_a_bulletin_s_title_ends_with_its_issue_number() -> None:
    assert extractor.extract(BULLETIN).report.title == "鄂州市环境保护督察反馈意见整改工作简报(第六期)"


def test_an_office_named_for_the_feedback_s_rectification_dates_no_feedback() -> None:
    assert extractor.extract(BULLETIN).report.feedback_date is None


def test_a_site_menu_whose_首页_is_spaced_out_is_no_part_of_the_title() -> None:
    text = (
        "首页 要闻动态 专项活动 党纪党规 审查调查 巡察工作 调查研究 警钟长鸣\n海东·纪检监察·民心网\n"
        "首  页 要闻动态 专项活动 党纪党规 审查调查 巡察工作 调查研究 警钟长鸣\n\n海东市县巡察工作面临的问题困难及对策建议\n\n"
        "2019-03-20 17:03:08 | 来源: 海东纪委网\n\n近年来,海东市县两级党委认真落实巡察工作部署,共开展巡察6轮。\n"
    )
    assert extractor.extract(text).report.title == "海东市县巡察工作面临的问题困难及对策建议"


def test_our_region_with_only_a_level_word_to_resolve_it_stays_as_written() -> None:
    text = (
        "按照党中央、国务院统一部署,2021年中央生态环境保护督察组对我区开展了第二轮中央生态环境保护督察。"
        "自治区党委、自治区人民政府高度重视,组织制定整改方案,逐条逐项抓好整改落实。\n"
        "第二轮中央生态环境保护督察整改方案共39项整改任务,截至2023年12月,已完成整改27项。\n"
    )
    assert extractor.extract(text).report.inspected_unit == "我区"


def test_a_tally_beside_another_round_s_own_total_is_not_the_declared_count_s() -> None:
    text = (
        "按照党中央、国务院统一部署,中央生态环境保护督察组先后对我区开展了第一轮督察和督察“回头看”。\n"
        "第一轮中央环境保护督察整改方案共37项整改任务,截至2023年12月,已完成整改36项,剩余1项正在持续推进整改。\n"
        "中央环境保护督察“回头看”整改方案共45项整改任务,截至2023年12月,已完成整改43项,剩余2项已转入深入整改。\n"
    )
    report = extractor.extract(text).report
    assert (report.declared_issue_count, report.declared_status_counts.completed) == (45, 43)


def test_a_section_named_for_the_rectification_s_results_that_holds_the_findings_stays_in_their_paths() -> None:
    text = (
        "根据县委统一部署,县委第三巡察组对上砂中学党支部进行了巡察,并反馈了巡察情况。现将巡察集中整改进展情况予以公布。\n"
        "一、组织落实\n上砂中学党支部高度重视,召开专题会议进行研究,研究部署落实。\n"
        "三、整改落实主要成效\n针对巡察中发现的四方面13类共27项问题整改情况如下:\n"
        "(一)落实党的路线方针政策和党中央决策部署情况\n1.统一思想凝聚力量工作不够紧实\n"
        "(1)校支委会未严格落实“第一议题”制度\n整改情况:一是召开校支委会,专题研讨“第一议题”。二是制定学习计划。\n"
        "(2)政治意识不强\n整改情况:一是制定了党组织学习计划。二是召开党支委会议专题研究。\n"
    )
    assert [issue.path for issue in extractor.extract(text).issues] == [
        ["三", "（一）", "1", "（1）"],
        ["三", "（一）", "1", "（2）"],
    ]


def test_a_count_inside_a_tally_after_its_status_word_is_the_tally_s_own() -> None:
    text = (
        "2019年6月至9月,国家自然资源督察沈阳局对辽宁省开展了耕地保护督察,涉及鞍山市问题16项。\n"
        "鞍山市自然资源局高度重视此项工作,将本次耕地保护督察涉及的16项问题逐一梳理,立即采取有力措施进行整改。\n"
        "截至目前,16个需整改问题,鞍山市已全部完成6个问题的整改和2个问题的部分整改工作。\n"
    )
    counts = extractor.extract(text).report.declared_status_counts
    assert counts is not None and counts.completed == 6


def test_a_unit_named_by_the_short_form_the_text_defines_is_given_its_full_name() -> None:
    text = (
        "天津市城市管理委员会党组关于十二届市委第三轮第一批巡视整改进展情况的通报\n"
        "根据十二届市委第三轮第一批巡视工作部署要求,现将天津市城市管理委员会党组(以下简称“委党组”)巡视整改进展情况予以公布。\n"
        "一、总体情况\n2023年12月26日召开了巡视反馈会议,市委巡视二组向委党组反馈了巡视意见、对整改工作作出部署。\n"
    )
    assert extractor.extract(text).report.inspected_unit == "天津市城市管理委员会党组"


def test_a_short_form_whose_name_holds_和_keeps_the_whole_name() -> None:
    text = (
        "根据县委巡察工作部署要求,现将县住房和城乡建设局党组(以下简称“局党组”)巡察整改进展情况予以公布。\n"
        "一、总体情况\n2024年5月10日,县委第二巡察组向局党组反馈了巡察意见。\n"
    )
    assert extractor.extract(text).report.inspected_unit == "县住房和城乡建设局党组"


AREA_PARAGRAPHS = (
    "根据区委统一部署,2025年3月24日至6月13日,第一巡察组进行了巡察。8月7日,巡察组向区文联党组织反馈了巡察意见。"
    "现将巡察整改情况予以公布。\n"
    "(一)在学习贯彻党中央决策部署和省市区委工作要求存在差距方面\n"
    "学习贯彻落实习近平文化思想重要指示精神不到位。2025年9月,系统学习《习近平文化思想学习纲要》,并围绕学习内容进行深入交流研讨。\n"
    "(二)在推动全区文艺文联事业高质量发展,发挥桥梁纽带作用不充分方面\n"
    "组织建设滞后。2025年9月,召开文联全体工作人员工作会议,研究制定《工会工作职责分工》。\n"
    "统筹全区文艺体系建设有欠缺。2025年9月,召开文联党组会议,研究制定《文艺体系建设发展规划》。\n"
)


def test_an_area_s_paragraphs_each_stating_a_problem_and_then_what_was_done_when_are_its_findings() -> None:
    assert [issue.problem for issue in extractor.extract(AREA_PARAGRAPHS).issues] == [
        "学习贯彻落实习近平文化思想重要指示精神不到位",
        "组织建设滞后",
        "统筹全区文艺体系建设有欠缺",
    ]


def test_an_area_s_one_paragraph_stating_a_problem_is_its_finding_under_it() -> None:
    first = extractor.extract(AREA_PARAGRAPHS).issues[0]
    assert (first.path, first.category) == (["（一）"], "在学习贯彻党中央决策部署和省市区委工作要求存在差距方面")


def test_an_announcement_s_own_date_under_a_masthead_is_its_publish_date() -> None:
    text = (
        "牟定县审计局\n审计结果公告\nMOUDINGXIAN SHENJIJU\nSHENJI JIEGUO GONGGAO\n2022年第27号\n(总第709号)\n"
        "牟定县审计局办公室\n牟定县城生活垃圾处理工程(一、二期防渗工程)竣工决算审计结果\n(二〇二二年六月十五日公告)\n"
        "根据《中华人民共和国审计法》,牟定县审计局于2019年2月27日至7月12日,对牟定县城生活垃圾处理工程竣工决算进行了审计。"
        "现将审计结果公告如下:\n一、基本情况及评价\n该项目实际完成总投资297.48万元。\n"
    )
    assert extractor.extract(text).report.publish_date == dt.date(2022, 6, 15)


def test_a_directive_on_publishing_rectification_is_no_notice() -> None:
    text = (
        "关于做好巡察整改情况公开工作的意见\n"
        "为进一步加强巡察整改工作,根据《中国共产党巡视工作条例》第三十二条的规定,现就做好巡察整改情况公开工作提出如下意见。\n"
        "一、充分认识公开巡察整改情况的重要意义\n公开巡察整改情况是指被巡察单位根据县委巡察组反馈意见进行整改的情况。\n"
        "(一)向党内通报\n向党内通报事项的依据,以县委巡察组反馈时向党内通报的事项为准,内容与审定的整改情况报告保持一致。\n"
        "(二)向社会通报\n向社会公开事项的依据,以县委巡察组反馈时向社会公开的事项为准。涉及下列5种情形,可不向社会公开。\n"
        "1.涉及党和国家秘密的事项;\n2.正在初核或已立案但未公布的在办案件;\n3.可能引起大的负面炒作的事项;\n"
        "4.重大敏感事项。\n向社会通报采取在媒体公开发表的形式。\n"
    )
    result = extractor.extract(text)
    assert result.issues == [] and any("does not read as a rectification notice" in w for w in result.warnings)


AUDIT_RESULTS_AND_RECTIFICATION = (
    "丹棱县2020-2023年度政府投资项目专项审计调查结果公告\n来源:丹棱县审计局 发表时间:2025-10-09 11:14\n"
    "按照《中华人民共和国审计法》的规定和相关工作安排,丹棱县审计局对丹棱县2020-2023年度政府投资项目进行了专项审计调查。"
    "现将审计结果及整改情况公告如下:\n一、基本情况\n本次审计调查共抽取了6个项目,重点关注项目建设管理情况、资金使用情况。\n"
    "二、审计发现的主要问题\n(一)工程结算价款不实。\n(二)部分项目合同签订不规范。\n(三)个别项目监理单位履职不严。\n"
    "三、审计处理情况\n对审计发现的问题,责成相关建设单位及时进行整改。\n"
    "四、审计整改情况\n相关建设单位按照审计报告要求进行了认真整改,立行立改类问题已按要求完成整改,分阶段整改类问题正在整改中。\n"
)


def test_an_audit_s_results_published_with_their_rectification_is_a_notice() -> None:
    problems = [issue.problem for issue in extractor.extract(AUDIT_RESULTS_AND_RECTIFICATION).issues]
    assert problems == ["工程结算价款不实", "部分项目合同签订不规范", "个别项目监理单位履职不严"]


def test_the_section_of_the_problems_an_audit_found_is_in_their_paths_and_no_category() -> None:
    first = extractor.extract(AUDIT_RESULTS_AND_RECTIFICATION).issues[0]
    assert (first.path, first.category) == (["二", "（一）"], None)


def test_a_closure_notice_s_problem_is_the_paragraph_under_the_heading_that_names_its_section() -> None:
    text = (
        "时间: 2019-12-05 浏览量:309\n根据中央环保督察要求,现将我局整改完成情况公示如下。\n"
        "一、中央环境保护督察组反馈问题情况\n"
        "《吉林省林业厅关于印发贯彻落实中央环境保护督察反馈意见整改方案的通知》(吉林办[2018]251号)任务清单第4项:"
        "据有部门调查,2015年长白山林区毁林种参总面积达7800公顷。\n"
        "责任单位:各林场\n整改措施:\n1.认真制定整改计划,确保整改任务有序开展。\n2.加强参业用地监督,严格管理。\n"
        "整改完成情况:\n我局毁林种参整改地块42块,现已全部完成整改。\n"
        "二、公示时间\n2019年12月5日至2019年12月13日,共7个工作日。\n松江河林业局\n2019年12月5日\n"
    )
    issue = extractor.extract(text).issues[0]
    assert (issue.path, issue.problem) == (["一"], "据有部门调查,2015年长白山林区毁林种参总面积达7800公顷")


def test_a_body_by_its_two_names_shortened_in_the_text_is_the_issuer_by_both() -> None:
    text = (
        "按照省委统一部署,2021年9月13日至11月26日,省委第二巡视组对省海港集团、宁波舟山港集团党委进行了巡视。"
        "2022年1月11日,省委巡视组向集团党委反馈了巡视意见。按照巡视工作有关要求,现将巡视整改进展情况予以公布。\n"
        "集团党委把巡视整改作为重大政治任务来抓,努力推动各项问题全面整改、彻底整改。\n"
    )
    assert extractor.extract(text).report.issuer == "省海港集团、宁波舟山港集团党委"


def test_units_listed_each_with_its_party_body_name_no_one_issuer() -> None:
    text = (
        "按照县委统一部署,县委第二巡察组对县农业农村局党组、县乡村振兴局党组进行了巡察。"
        "2022年1月11日,县委巡察组向局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
        "局党组把巡察整改作为重大政治任务来抓,努力推动各项问题全面整改。\n"
    )
    assert extractor.extract(text).report.issuer != "县农业农村局党组、县乡村振兴局党组"


def test_units_counted_under_a_place_are_the_unit_inspected() -> None:
    text = (
        "根据《中华人民共和国审计法》的规定,天心区审计局派出审计组,对天心区14个社区卫生服务中心(以下简称中心)"
        "2020年至2022年财务收支情况进行专项审计调查。现将审计调查结果公告如下:\n"
    )
    assert extractor.extract(text).report.inspected_unit == "天心区14个社区卫生服务中心"


LOST_RANGE = (
    "共青团浙江省委员会关于十四届省委第十二轮巡视整改进展情况的通报\n2022-04-08 10:00 浙江省纪委省监委网站\n"
    "根据省委统一部署,2021331618日,省委第巡视组对团省委进行了巡视。2021825日,省委巡视组向团省委反馈了巡视意见。"
    "按照巡视工作有关要求,现将巡视整改进展情况予以公布。\n"
)


def test_a_period_that_lost_all_its_words_but_its_last_日_is_read_where_one_reading_exists() -> None:
    report = extractor.extract(LOST_RANGE).report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2021, 3, 31), dt.date(2021, 6, 18))


def test_a_period_that_lost_all_its_words_and_reads_two_ways_is_left_out_with_a_warning() -> None:
    result = extractor.extract(LOST_RANGE.replace("2021331618日", "2021111218日"))
    assert result.report.inspection_start is None and any("2021111218日" in w for w in result.warnings)


def test_two_dates_that_lost_the_word_between_them_are_a_period() -> None:
    text = (
        "根据宜昌市委统一部署,市区联动巡察组于2020年5月6日6月5日对伍家岗区法院进行了为期一个月的巡察。"
        "9月26日,市区联动巡察组向伍家岗区法院党组反馈巡察意见。现将巡察整改情况予以公布。\n"
    )
    report = extractor.extract(text).report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2020, 5, 6), dt.date(2020, 6, 5))


def test_a_traditional_reprint_s_kind_is_given_in_the_vocabulary_s_simplified_characters() -> None:
    text = (
        "根據市委統一部署,2023年4月至6月,市審計局派出審計組,對市文旅投集團2022年度財務收支情況進行了審計。"
        "現將審計整改情況公告如下。\n"
    )
    assert extractor.extract(text).report.inspection_kind == "审计"


def test_a_kind_read_past_a_reprint_s_pinyin_keeps_none_of_it() -> None:
    text = (
        "根據(jù)縣(xiàn)委統(tǒng)一部署,2021年4月6日至5月14日,縣(xiàn)委第二巡察組對縣(xiàn)民政局黨組開展了專(zhuān)項(xiàng)巡察。"
        "現(xiàn)將巡察整改情況予以公布。\n"
    )
    assert extractor.extract(text).report.inspection_kind == "专项巡察"


CLOSURE_WITH_ANNEX = (
    "关于第三轮中央环境保护督察反馈问题(40-3)整改验收销号的公示\n\n"
    "来源:元阳县林业和草原局 发布日期:2026-03-12 09:23:34 浏览次数:\n\n"
    "第三轮中央环境保护督察反馈问题(40-3):“天然林毁坏问题突出。抽查西双版纳州景洪市普文镇发现,15.9亩天然林被蚕食”。"
    "已整改完成并完成自查自验,现将该问题整改验收情况予以公示,公示期为2026年3月12日至2026年3月21日。"
    "公示期间如有异议,请实名书面向红河州元阳县林业和草原局提出。\n\n附件:验收销号公示表\n\n验收销号公示表\n\n整改实\n\n主体\n\n"
    "中共元阳县委、元阳县人民政府\n\n公示日期\n\n2026年3月12日至\n\n2026年3月21日\n\n整改任务\n\n概述\n\n"
    "天然林毁坏问题突出。森林法规定,实行天然林全面保护制度,严格限制天然林采伐。2023 年 2 月,省市两级林业和草原行政"
)


def test_a_closure_notice_s_problem_quoted_after_its_number_in_the_round_s_list_is_its_item() -> None:
    issue = extractor.extract(CLOSURE_WITH_ANNEX).issues[0]
    assert (issue.problem, issue.status) == (
        "天然林毁坏问题突出。抽查西双版纳州景洪市普文镇发现,15.9亩天然林被蚕食",
        "completed",
    )


def test_a_copy_cut_in_the_annex_after_the_last_item_keeps_the_item_and_says_the_annex_was_cut() -> None:
    result = extractor.extract(CLOSURE_WITH_ANNEX)
    assert len(result.issues) == 1 and any("annex" in w for w in result.warnings)


def test_a_period_s_start_over_its_end_in_a_table_is_no_signature() -> None:
    report = extractor.extract(CLOSURE_WITH_ANNEX).report
    assert (report.issuer, report.publish_date) == ("元阳县林业和草原局", dt.date(2026, 3, 12))


KEYED_LISTS = (
    "按照环境保护督察要求,现对反馈问题整改任务(序号十六)销号完成情况进行公示。\n"
    "整改问题:破坏林地、耕地问题仍然存在。梨树县林业局三家子林场王锤沟养殖场非法占用国有林地1862平方米。\n"
    "整改目标:加强管控,杜绝破坏林地、耕地现象。\n"
    "整改措施:1、加强对梨树县、双辽市涉林案件的督导;\n2、加大巡护力度,拓宽信访渠道;\n3、加强涉林违法案件的整改。\n"
    "整改任务完成情况:1、已对梨树县、双辽市涉林案件进行督导并下发了督办函;\n2、已加强森林巡护和护林员岗位责任制;\n"
    "3、召开会议研究解决整改过程中的重大问题。\n"
)


def test_a_key_s_numbered_list_going_on_below_its_line_belongs_to_the_item() -> None:
    issue = extractor.extract(KEYED_LISTS).issues[0]
    assert "已加强森林巡护和护林员岗位责任制" in " ".join(issue.measures)


def test_a_copy_cut_in_a_key_s_list_below_its_line_cuts_the_item() -> None:
    result = extractor.extract(KEYED_LISTS.replace("重大问题。\n", "重大问题;"))
    assert result.issues == [] and any("cut-off item" in w for w in result.warnings)


def test_a_generic_team_mention_is_the_team_the_text_numbers_once_elsewhere() -> None:
    text = (
        "一、高度重视,把脱贫攻坚和整改工作作为重大政治任务抓紧抓好\n"
        "一是提高思想认识。省委巡视组反馈会后,区委要求全区上下,务必提高对巡视整改和脱贫攻坚工作的政治站位。"
        "区委第一时间召开区委常委会,迅速制定下发《关于落实省委第六巡视组对赣县区脱贫攻坚工作专项巡视反馈意见整改工作的通知》。\n"
    )
    assert extractor.extract(text).report.inspection_team == "省委第六巡视组"


def test_a_sharing_site_s_page_images_named_for_the_file_give_its_title() -> None:
    text = (
        "某局党组关于巡察整改情况的通报_第1页\n某局党组关于巡察整改情况的通报_第2页\n已阅读2页,还剩3页未读 继续免费阅读\n\n"
        "下载本文档\n\n根据县委统一部署,县委第二巡察组对某局党组开展了巡察。现将整改情况通报如下。\n"
        "一、整改工作开展情况\n局党组高度重视。\n"
    )
    assert extractor.extract(text).report.title == "某局党组关于巡察整改情况的通报"


def test_top_sections_named_for_an_area_s_problems_rectified_are_its_category() -> None:
    text = (
        OPENING
        + "一、贯彻落实党的路线方针政策和上级决策部署方面问题整改情况\n1.学习贯彻不深入。\n整改情况：开展专题学习。已完成整改。\n"
        + "二、落实全面从严治党战略部署方面存在问题的整改情况\n1.“三重一大”制度执行不严格。\n整改情况：修订议事规则。持续整改中。\n"
    )
    first, second = extract_text(text).issues
    assert (first.path, first.category) == (["一", "1"], "贯彻落实党的路线方针政策和上级决策部署方面问题整改情况")
    assert (second.path, second.category) == (["二", "1"], "落实全面从严治党战略部署方面存在问题的整改情况")


def test_a_findings_section_naming_how_many_areas_it_answers_is_no_category() -> None:
    text = OPENING + "二、巡察反馈四个方面问题整改情况\n1.学习贯彻不深入。\n整改情况：开展专题学习。已完成整改。\n"
    [issue] = extract_text(text).issues
    assert (issue.path, issue.category) == (["二", "1"], None)


AUDIT_ANNOUNCEMENT = (
    "根据《中华人民共和国审计法》规定，2023年5月10日至6月20日，县审计局对县农业农村局2022年度预算执行情况进行了审计。"
    "现将审计整改结果公告如下：\n"
)


def test_problems_listed_before_a_section_that_answers_them_again_are_one_issue_each() -> None:
    text = (
        AUDIT_ANNOUNCEMENT
        + "一、审计发现的主要问题\n（一）部分项目资金未及时拨付。\n（二）固定资产账实不符。\n"
        + "二、整改情况\n（一）部分项目资金未及时拨付。已于2023年8月拨付到位，该问题已整改。\n"
        + "（二）固定资产账实不符。已开展资产清查，正在整改中。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.category, i.problem, i.status) for i in issues] == [
        (["一", "（一）"], None, "部分项目资金未及时拨付", "completed"),
        (["一", "（二）"], None, "固定资产账实不符", "in_progress"),
    ]


# A town's answer to an audit (gold_real13/z01): the findings listed, then answered one by one by quoting them.
QUOTED_ANSWERS = (
    AUDIT_ANNOUNCEMENT
    + "一、审计发现的主要问题\n（一）未按协议兑付土地承包金；\n（二）扩大开支范围；\n（三）现金管理不规范。\n"
    + "二、审计发现问题整改情况\n"
    + "（一）关于《审计报告》中提出“未按协议兑付土地承包金”的问题情况属实,已兑付全部承包金,该问题已整改完成。\n"
    + "（二）关于《审计报告》中提出“扩大开支范围”的问题情况属实,已收回超范围支出,正在整改中。\n"
)


def test_answers_quoting_the_listed_problems_give_each_listed_problem_its_rectification() -> None:
    issues = extract_text(
        QUOTED_ANSWERS + "（三）关于《审计报告》中提出“现金管理不规范”的问题情况属实,已建立现金日记账。\n"
    ).issues
    assert [(i.path, i.problem, i.status, i.measures) for i in issues] == [
        (["一", "（一）"], "未按协议兑付土地承包金", "completed", ["已兑付全部承包金"]),
        (["一", "（二）"], "扩大开支范围", "in_progress", ["已收回超范围支出"]),
        (["一", "（三）"], "现金管理不规范", "not_stated", ["已建立现金日记账"]),
    ]


def test_a_listed_problem_whose_answer_the_copy_lost_stays_an_issue_in_the_list_s_order() -> None:
    issues = extract_text(QUOTED_ANSWERS + "（三）关于《审计报告》中提出“现金管理不规范”的问题情况属实,").issues
    assert [(i.path, i.category, i.problem) for i in issues] == [
        (["一", "（一）"], None, "未按协议兑付土地承包金"),
        (["一", "（二）"], None, "扩大开支范围"),
        (["一", "（三）"], None, "现金管理不规范"),
    ]


def test_problems_listed_with_no_rectification_anywhere_stay_issues() -> None:
    text = (
        AUDIT_ANNOUNCEMENT
        + "一、审计发现的主要问题\n（一）部分项目资金未及时拨付。\n（二）固定资产账实不符。\n"
        + "二、下一步工作\n继续加强资金管理。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["部分项目资金未及时拨付", "固定资产账实不符"]


def test_paragraphs_each_answering_a_quoted_problem_under_an_area_are_its_issues() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改情况\n（一）落实党的路线方针政策方面\n"
        + "针对“学习贯彻不深入”的问题，局党组制定学习计划，开展专题学习12次。目前已完成整改。\n"
        + "针对“落实林长制工作不到位”的问题，修订林长制考核办法。目前已完成整改。\n"
        + "三、下一步工作打算\n继续巩固整改成果。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.category, i.problem, i.status) for i in issues] == [
        (["二", "（一）"], "落实党的路线方针政策方面", "学习贯彻不深入", "completed"),
        (["二", "（一）"], "落实党的路线方针政策方面", "落实林长制工作不到位", "completed"),
    ]


def test_a_rectification_key_opening_on_the_quoted_problem_it_answers_gives_that_problem() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改情况\n（一）全面从严治党方面\n"
        + "整改情况：针对“‘三重一大’制度执行不严格”的问题，修订议事规则。该问题正在整改中。\n"
        + "三、下一步工作打算\n继续巩固整改成果。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("‘三重一大’制度执行不严格", "in_progress")


def test_a_paragraph_answering_a_quoted_slogan_is_no_issue() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改情况\n（一）全面从严治党方面\n"
        + "针对“四风”问题，局党组开展专项整治。\n针对“一岗双责”问题，局党组修订责任清单。\n"
        + "三、下一步工作打算\n继续巩固整改成果。\n"
    )
    assert not {i.problem for i in extract_text(text).issues} & {"四风", "一岗双责"}


def test_a_foot_widget_bar_carrying_the_page_s_dateline_gives_the_publish_date() -> None:
    text = (
        "中共某某县林业局党组关于巡察整改进展情况的通报\n"
        + OPENING
        + "一、整改工作组织情况\n局党组高度重视，成立整改工作领导小组。\n"
        + "【打印本页】【关闭窗口】 发布日期：2023年09月12日\n"
    )
    assert extractor.extract(text).report.publish_date == dt.date(2023, 9, 12)


CLOSURE_FORM = (
    "某市某区中央环境保护督察反馈意见整改任务整改结果公示\n"
    "一、中央环境保护督察反馈意见整改任务\n{编号364(35-11)}:饮用水水源保护不力。\n"
    "二、整改目标\n解决饮用水水源一级保护区内违法违规问题。\n"
    "三、整改结果\n水源地附近违法建筑物已拆除，该问题已完成整改。\n"
    "中央环境保护督察某区整改工作组\n2018年3月30日\n"
)


def test_a_closure_form_s_problem_field_may_name_the_inspection_first() -> None:
    [issue] = extract_text(CLOSURE_FORM).issues
    assert (issue.path, issue.status) == (["一"], "completed")


def test_a_task_s_number_in_braces_before_its_problem_is_no_part_of_it() -> None:
    [issue] = extract_text(CLOSURE_FORM).issues
    assert issue.problem == "饮用水水源保护不力"


PROGRESS_TABLE_TITLE = "某县饮用水水源地环境问题整治进展情况\n"


def test_a_ledger_s_progress_column_gives_each_row_its_status() -> None:
    text = (
        PROGRESS_TABLE_TITLE
        + "| 序号 | 问题 | 整改措施 | 整改进展情况 |\n"
        + "| 1 | 度假村房屋未拆除 | 拆除房屋 | 正在整改 |\n| 2 | 货车冲洗废水直排 | 封堵取水口 | 已完成整改 |\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["in_progress", "completed"]


def test_a_ledger_s_yes_or_no_done_column_is_its_status_beside_a_progress_column() -> None:
    text = (
        PROGRESS_TABLE_TITLE
        + "| 序号 | 问题具体情况 | 具体整治措施 | 整治进展情况 | 是否完成整治 |\n"
        + "| 1 | 度假村房屋未拆除 | 立即整改 | 已清理环境卫生 | 否 |\n| 2 | 货车冲洗废水直排 | 立即整改 | 已封堵取水口 | 是 |\n"
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.status, i.status_text) for i in issues] == [
        ("度假村房屋未拆除", "in_progress", "否"),
        ("货车冲洗废水直排", "completed", "是"),
    ]


def test_a_pipe_table_s_header_broken_over_lines_still_heads_its_rows() -> None:
    text = (
        "序号 | 所在地 | 水源地名称 |\n问题类型 | 问题具体情况 | 具体整治措施 |\n整治进展情况 | 是否完成整治 |\n"
        + "1 | 大竹县 | 乌木水库 | 旅游餐饮 | 度假村房屋未拆除 | 立即整改 | 已清理环境卫生 | 否 |\n"
        + "2 | 大竹县 | 乌木水库 | 交通穿越 | 货车冲洗废水直排 | 立即整改 | 已封堵取水口 | 是 |\n"
        + "大竹县饮用水水源地环境问题清理整治进展情况统计表（2018年7月20日）\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.problem, i.status) for i in issues] == [
        (["1"], "度假村房屋未拆除", "in_progress"),
        (["2"], "货车冲洗废水直排", "completed"),
    ]


def test_a_title_s_last_line_that_reads_as_a_column_s_name_stays_in_the_title() -> None:
    text = "十二届某州党委第五轮巡察7个乡镇(街道)\n整改进展情况\n" + OPENING + "一、整改工作组织情况\n高度重视。\n"
    assert extractor.extract(text).report.title == "十二届某州党委第五轮巡察7个乡镇(街道)整改进展情况"


def test_a_section_heading_naming_the_team_gives_it_where_the_opening_names_none() -> None:
    text = (
        "根据中央环保督察要求，现对已完成整改的问题情况进行公示，接受社会监督。\n"
        + "一、中央环境保护督察组反馈问题情况\n《关于印发整改方案的通知》任务清单第4项：林区毁林种参问题突出。\n"
        + "责任单位：各林场\n整改措施：\n1.制定整改计划。\n整改完成情况：\n现已全部完成整改。\n"
    )
    assert extractor.extract(text).report.inspection_team == "中央环境保护督察组"


def test_cases_a_measure_says_were_supervised_are_no_unit_inspected() -> None:
    text = (
        "按照环境保护督察要求，现对省级生态环境保护督察反馈问题整改任务销号完成情况进行公示。\n"
        + "整改问题：破坏林地问题仍然存在。\n整改措施：1、加强对县域涉林案件的督导；\n"
        + "整改任务完成情况：1、已对梨树县、双辽市涉林案件进行督导并下发了督办函；\n2、"
    )
    assert extractor.extract(text).report.inspected_unit is None


def test_unnumbered_problems_right_under_the_findings_section_have_no_category() -> None:
    text = (
        OPENING
        + "一、整改工作组织情况\n局党组高度重视。\n二、巡察反馈问题整改情况\n"
        + "问题：学习贯彻不深入。\n整改情况：开展专题学习。已完成整改。\n三、下一步工作打算\n继续巩固。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.path, issue.category) == (["二"], None)


def test_a_report_s_one_problem_quoted_after_its_tally_is_its_issue() -> None:
    text = (
        "根据市审计局2024年7月22日出具的《审计报告》要求，现就问题整改情况报告如下:\n一、审计发现问题的整改情况\n"
        + "本次审计涉及市卫生健康部门的问题共1项:“市中心血站未妥善处理干部职工退回单位的款项,涉及金额41.43万元”。\n"
        + "市中心血站已将款项全额上缴市财政局，该问题已完成整改。\n二、下一步工作计划\n进一步提高财务管理水平。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.path, issue.problem, issue.status) == (
        ["一"],
        "市中心血站未妥善处理干部职工退回单位的款项,涉及金额41.43万元",
        "completed",
    )


def test_a_closure_form_s_rows_with_name_and_value_on_one_line_give_its_problem() -> None:
    text = (
        "第二轮中央生态环境保护督察第47项整改任务已整改完成,并通过验收,拟按程序实施销号。\n内蒙古自治区农牧厅\n2023年11月28日\n"
        + "附件1\n整改任务完成情况表\n"
        + "整改任务 | 部分黑土地保护重点工作任务推进迟缓。 |\n责任单位 | 自治区农牧厅。 |\n"
        + "整改目标 | 2022年7月底前制定黑土地保护利用项目实施方案。 |\n上报完成情况 | 2022年11月29日，我厅分"
    )
    [issue] = extract_text(text).issues
    assert (issue.path, issue.problem, issue.status) == ([], "部分黑土地保护重点工作任务推进迟缓", "completed")


CLOSURE_TASK = (
    "中国龙江森林工业集团有限公司已完成中央生态环境保护督察2022年第4项问题整改,拟申请验收销号。现对该项任务完成情况向社会公示:\n"
    "(一)整改任务\n近年来违规毁林种参点位多达1883个，部分林地始终未恢复。\n(二)整改目标\n实现案件查处、植被恢复“三到位”。\n"
    "(三)整改措施\n1.对759个参地点位进行复查。\n(四)整改主要工作及成效\n全面摸清了毁林种参地块的位置。\n"
    "(五)公示时间\n2022年10月9日-2022年10月21日\n(六)受理部门\n中国龙江森林工业集团有限公司\n(七)受理电话\n0451-82606708\n"
)


def test_a_closure_form_s_task_takes_the_status_its_opening_declares() -> None:
    [issue] = extract_text(CLOSURE_TASK).issues
    assert (issue.path, issue.problem, issue.status) == (
        ["（一）"],
        "近年来违规毁林种参点位多达1883个，部分林地始终未恢复",
        "completed",
    )


@pytest.mark.parametrize(
    "opening",
    [
        # (gold_real19/i18: the task by its number, its table below the signature.)
        "第二轮中央生态环境保护督察第十三项任务已完成整改,具备验收销号条件。现将整改完成情况予以公示:\n",
        # (gold_real19/i20: the problem by its place in the report's list.)
        "师市第一轮兵团生态环境保护督察报告反馈问题(序号22)已完成整改,现将具体情况予以公示:\n",
    ],
)
def test_a_closure_s_opening_saying_its_one_task_is_done_gives_its_status(opening: str) -> None:
    text = opening + "一、整改任务\n生活垃圾随意堆放。\n二、整改时限\n2024年8月31日前\n三、整改措施\n加强清理整治。\n"
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status, issue.status_text) == ("生活垃圾随意堆放", "completed", "已完成整改")


def test_the_body_that_says_it_has_done_the_task_a_closure_posts_is_its_issuer() -> None:
    assert extractor.extract(CLOSURE_TASK).report.issuer == "中国龙江森林工业集团有限公司"


def test_a_heading_naming_the_problems_in_general_is_never_an_issue_itself() -> None:
    text = (
        "按照黑龙江省林业和草原局《关于印发<\n(略)工作实施细则(试行)>的通知》文件要求,现将\n(略)情况信息公开如下:\n"
        + "一、点位的基本问题\n点位一(ZRBHD\n(略)5):该地块内原有杨树于2021年末凭证采伐,2023年种植大果榛子。\n"
        + "点位二(ZRBHD\n(略)6):村民承包的水面附近摆放的无基础看护房。\n二、责任单位:\n(略)\n三、整改措施落实情况\n"
        + "点位一(ZRBHD\n(略)5):已对毁林地块进行退耕还林。\n点位二(ZRBHD\n(略)6):看护房已拆除。\n"
        + "四、整改目标完成情况\n2处问题点位均已整改完成。\n"
    )
    assert "点位的基本问题" not in [i.problem for i in extract_text(text).issues]


COMPLAINT_CLOSURE = (
    "省生态环保督察转办信访件(编号D4JN20241031009)相关内容已整改完成,现将有关整改情况公示如下:\n"
    "一、整改问题:西关新村一巷路段路面被过往车辆压坏,过车时扬尘严重。\n二、整改目标:强化道路保洁,减少扬尘源。\n"
    "三:整改完成情况:\n2025年1月2日,县政府组织对信访反映问题进行了现场验收,未见起尘。\n"
    "市生态环境局汶上县分局\n2025年1月3日\n"
)


def test_a_top_heading_numbered_with_a_colon_for_its_comma_heads_a_section() -> None:
    assert [i.path for i in extract_text(COMPLAINT_CLOSURE).issues] == [["一"]]


def test_a_complaint_closure_s_opening_saying_it_is_done_gives_its_status() -> None:
    [issue] = extract_text(COMPLAINT_CLOSURE).issues
    assert (issue.status, issue.status_text) == ("completed", "已整改完成")


def test_an_audit_results_announcement_with_a_section_on_their_rectification_is_a_notice() -> None:
    text = (
        "牟定县审计局\n审计结果公告\n2022年第27号\n牟定县城生活垃圾处理工程竣工决算审计结果\n"
        + "根据《中华人民共和国审计法》,牟定县审计局于2019年2月27日至7月12日,对牟定县城生活垃圾处理工程竣工决算进行了审计。"
        + "现将审计结果公告如下:\n一、基本情况及评价\n该项目实际完成总投资297.48万元。\n"
        + "二、审计发现的主要问题\n(一)多结算工程价款104.72万元。\n(二)多支付工程款23.52万元。\n"
        + "三、审计处理情况\n责令县住房和城乡建设局进行整改。\n"
        + "四、审计发现问题的整改情况\n县住房和城乡建设局已按照审计结果调整了会计账目。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.category, i.problem) for i in issues] == [
        (["二", "（一）"], None, "多结算工程价款104.72万元"),
        (["二", "（二）"], None, "多支付工程款23.52万元"),
    ]


def test_a_last_sentence_tallying_as_many_items_done_as_there_are_is_said_of_them_all() -> None:
    text = (
        "根据区审计局审计报告，我单位对照审计发现问题，全面认真落实整改，现将整改公告如下:\n"
        + "1.多计建安投资1373048.97元问题。\n整改情况:已核减多计的工程建安投资。\n"
        + "2.多计待摊投资20200元问题。\n整改情况:已核减多计的待摊投资。\n"
        + "对我单位审计的项目问题2项,采纳审计建议2条。截至2023年7月底,已完成整改合计2项,整改完成。\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [("completed", "整改完成")] * 2


def test_a_last_sentence_tallying_fewer_items_done_than_there_are_says_nothing_of_the_rest() -> None:
    text = (
        "根据区审计局审计报告，我单位对照审计发现问题，全面认真落实整改，现将整改公告如下:\n"
        + "1.多计建安投资1373048.97元问题。\n整改情况:已核减多计的工程建安投资。\n"
        + "2.多计待摊投资20200元问题。\n整改情况:正在核减。\n"
        + "3.未进行公开招标问题。\n整改情况:开展学习。截至2023年7月底,已完成整改合计1项。\n"
    )
    assert [i.status for i in extract_text(text).issues][:2] == ["not_stated", "in_progress"]


TASK_CLOSURE_WITH_EFFECT = (
    "省环保督察组在反馈意见中提出的问题,我们认真进行了整改,现按要求进行公示如下:\n"
    "一、整改任务\n大安市饮用水源地2号水井一级保护区内,存在与取水无关的种植活动。\n"
    "二、整改目标\n2018年底前,完成清理。\n三、整改措施\n1.2018年10月底前,完成清单台账。\n"
    "四、整改效果\n大安市已集中力量铲除了种植物。整改任务已全部完成。\n"
    "现将整改情况向社会公示,公示期为7天(2019年8月22日—8月28日),如有异议,请于7日内以书面形式向市住建局反馈。\n"
    "白城市住房和城乡建设局\n2019年8月22日\n"
)


def test_a_closure_form_s_effect_field_says_how_its_task_stands() -> None:
    [issue] = extract_text(TASK_CLOSURE_WITH_EFFECT).issues
    assert (issue.problem, issue.status) == (
        "大安市饮用水源地2号水井一级保护区内,存在与取水无关的种植活动",
        "completed",
    )


def test_a_closure_s_call_for_objections_is_no_part_of_its_last_field() -> None:
    [issue] = extract_text(TASK_CLOSURE_WITH_EFFECT).issues
    assert issue.status_text == "整改任务已全部完成"


KEYED_CLOSURE = (
    "瓜州县落实中央环保督察反馈意见整改办公室关于中央环境保护督察反馈意见第5项问题整改清单销号\n"
    "问题编号5:省级自然保护区‘瘦身’问题突出。\n责任单位:自然保护区管理局\n整改目标:自然保护区不被随意调整。\n"
    "完成情况:调整后保护区类型、功能和主要保护对象没有变化。该问题已完成整改,具备销号条件。\n"
    "以上整改情况向社会公示,如有异议,请以书面或电话形式署联系方式,向整改领导小组办公室反馈。邮寄得以邮戳为准,直接送达的以"
)


def test_a_problem_keyed_by_its_number_opens_a_closure_s_item() -> None:
    [issue] = extract_text(KEYED_CLOSURE).issues
    assert (issue.path, issue.problem, issue.status) == (["问题5"], "省级自然保护区‘瘦身’问题突出", "completed")


def test_a_copy_cut_in_the_call_for_objections_after_keyed_items_keeps_the_item() -> None:
    result = extract_text(KEYED_CLOSURE)
    assert len(result.issues) == 1 and not any("cut-off item" in w for w in result.warnings)


def test_a_closure_posting_what_was_done_declares_its_items_done() -> None:
    text = (
        "根据整改销号标准和有关程序的通知要求,现对已完成整改的问题情况进行公示\n"
        + "反馈问题:石峰区铜塘湾街隧坑里高铁铁道桥下,有非法卸沙。\n责任单位:石峰区建管委\n"
        + "整改目标:彻底关停砂场。\n完成情况:过渡砂场已进行了覆网防尘,进出道路设置了永久性水泥隔离墩。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("completed", "已完成整改")


def test_a_closure_item_numbered_only_takes_the_problem_its_rectification_quotes() -> None:
    text = (
        "清水县省级生态环境保护督察反馈问题\n第二十七项整改任务完成情况公示\n"
        + "根据甘肃省生态环境保护督察问题整改销号要求,现对已完成整改的问题情况进行公示。\n"
        + "一、省级生态环境保护督察反馈问题整改情况\n问题编号:第二十七项\n整改目标:提升畜禽粪污处理和资源化利用能力。\n"
        + "整改情况:省级生态环境保护督察反馈问题第二十七项指出,“天水市非规模化畜禽养殖户不落实“三防”措施”问题,"
        + "我县科学制定整改措施,目前该问题已完成整改。\n整改结论:该问题已完成整改\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("天水市非规模化畜禽养殖户不落实“三防”措施", "completed")


def test_a_field_s_key_over_its_date_is_no_signature() -> None:
    text = (
        "反馈问题\n职能部门监管责任落实不力，水利部门对河道违规采砂疏于监管。\n整改目标\n全面落实生态环境保护责任。\n"
        + "整改完成情况\n开展了河道采砂专项整治，未发现盗采等行为。\n验收销号意见\n同意验收销号\n拟何时销号\n    2025年3月31日\n"
    )
    assert extractor.extract(text).report.issuer is None


def test_a_deadline_under_its_key_at_the_end_is_no_publish_date() -> None:
    text = (
        "反馈问题\n职能部门监管责任落实不力，水利部门对河道违规采砂疏于监管。\n整改目标\n全面落实生态环境保护责任。\n"
        + "整改完成情况\n开展了河道采砂专项整治，未发现盗采等行为。\n验收销号意见\n同意验收销号\n拟何时销号\n    2025年3月31日\n"
    )
    assert extractor.extract(text).report.publish_date is None


def test_a_bare_key_s_numbered_list_below_it_holds_measures_not_items() -> None:
    text = (
        "现对反馈整改问题(序号一)整改完成情况进行公示。\n整改任务:一些地方和部门对生态环境保护工作的重要性认识不够。\n"
        + "整改目标:推动生态环保工作落到实处。\n整改完成情况:\n1.将生态文明建设理论学习纳入学习计划。\n"
        + "2.制定和完善整改方案。\n3.严格按照要求,每季度召开一次党组会,定期研究环境生态问题。按照整改时限和销号标准、程序执行。\n"
        + "特此公示!\n四平市市场监督管理局\n2019年11月6日\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["一些地方和部门对生态环境保护工作的重要性认识不够"]


AUDIT_RESULTS_WITH_RECTIFICATION = (
    "按照《中华人民共和国审计法》的规定，眉山市东坡区审计局对岷江国投公司实施的连接道路B段市政工程竣工决算进行了审计。"
    "现将审计结果及整改情况公告如下:\n一、项目基本情况\n项目总投资4600万元，资金来源为自筹。\n"
    "二、审计发现的主要问题\n多计工程投资2347084.01元，予以核减。\n"
    "三、审计处理情况\n对上述问题，区审计局已出具了审计报告，责成岷江国投公司据实办理工程决算。\n"
    "四、审计整改情况\n岷江国投公司按照审计报告进行了认真整改，截至公告日，审计发现问题已全部整改到位。\n"
)


def test_an_audit_s_problem_stated_in_a_paragraph_of_the_found_problems_section_is_an_issue_without_its_handling() -> (
    None
):
    [issue] = extract_text(AUDIT_RESULTS_WITH_RECTIFICATION).issues
    assert (issue.path, issue.problem) == (["二"], "多计工程投资2347084.01元")


def test_a_rectification_section_saying_all_problems_found_are_done_gives_their_status() -> None:
    [issue] = extract_text(AUDIT_RESULTS_WITH_RECTIFICATION).issues
    assert (issue.status, issue.status_text) == ("completed", "已全部整改到位")


def test_a_closure_form_s_acceptance_verdict_field_gives_its_status() -> None:
    text = (
        "反馈问题\n职能部门监管责任落实不力，水利部门对河道违规采砂疏于监管。\n整改目标\n全面落实生态环境保护责任。\n"
        + "整改完成情况\n开展了河道采砂专项整治，未发现盗采等行为。\n验收销号意见\n同意验收销号\n拟何时销号\n2025年3月31日\n"
        + "意见反馈渠道\n自公示之日起5个工作日内受理反馈意见。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("completed", "同意验收销号")


def test_a_closure_s_opening_saying_its_numbered_task_is_done_before_naming_the_rules_gives_its_status() -> None:
    text = (
        "我市已完成第三轮省级生态环境保护督察第29项问题整改,按照《省中央生态环境保护督察整改任务验收销号办法(试行)》规定,"
        + "向市林草局报送了验收销号申请,现将整改验收销号情况向社会公示:\n一、整改问题:\n林草局等部门对自然保护地监管弱化。\n"
        + "二、整改目标:\n加强自然保护地监管。\n三、整改措施:\n开展专项检查。\n四、整改完成情况:\n开展巡查12次。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.status == "completed"


def test_a_closure_s_status_sentence_run_into_the_call_for_objections_is_read() -> None:
    text = (
        "第二轮中央生态环境保护督察反馈问题(省序号28)整改完成情况公示\n一、反馈问题\n个别化工园区确认工作把关不严。\n"
        + "二、整改目标\n统筹推进化工园区合规化建设。\n三、完成情况\n1.开展现场复核认定。\n2.成立统一的化工园区管理机构。\n"
        + "事项整改已完成。如对该问题整改公示情况有异议，请在公示期间向市生态环境局反映。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("completed", "事项整改已完成")


def test_a_call_for_objections_cut_short_closes_the_closure_s_last_field() -> None:
    text = (
        "一、整改问题\n部分河长只挂帅不作战，河道垃圾等问题突出。\n二、整改目标\n河道环境明显改善。\n"
        + "三、整改措施\n立即对低洼破损的地方进行修补整改。\n四、完成情况\n整改已完成\n以上整改情况向社会公示,欢"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("completed", "整改已完成")


AUDIT_ITEM_AS_A_FORM = (
    "审计局于2024年8月28日至12月6日对市公共工程招标投标管理情况进行了专项审计调查,现将整改结果公告如下。\n"
    "一、工作开展情况\n我局高度重视审计发现问题整改工作。\n二、问题整改情况\n"
    "(一)问题描述。根据审计报告反馈,市农业农村局检查结果未通过网站及时向社会公开。\n"
    "(二)整改情况。一是公开2024年检查抽查结果。二是严格执行相关规定。\n(三)整改结果。已完成整改。\n"
    "三、审计建议采纳情况\n我局已全部研究并予以采纳。\n"
)


def test_an_item_laid_out_as_fields_under_its_section_is_one_issue() -> None:
    [issue] = extract_text(AUDIT_ITEM_AS_A_FORM).issues
    assert (issue.path, issue.status, issue.status_text) == (["二", "（一）"], "completed", "已完成整改")


def test_the_report_a_problem_is_cited_from_is_a_lead_in() -> None:
    [issue] = extract_text(AUDIT_ITEM_AS_A_FORM).issues
    assert issue.problem == "市农业农村局检查结果未通过网站及时向社会公开"


def test_a_section_named_for_the_work_on_an_audit_s_problems_is_no_problem() -> None:
    text = (
        "深圳市审计局挂网公示了绩效审计工作报告,我局对审计反映的问题认真整改落实,现将整改情况公示如下:\n"
        + "一、部署审计整改工作\n我局立即召开审计整改专项工作会议。\n"
        + "二、落实审计问题整改\n涉及我局未办理结算工作的扩建工程已于2021年7月完成结算送审,该审计问题已整改完成。\n"
        + "三、下一步工作\n进一步加强工程过程管理。\n"
    )
    assert "落实审计问题整改" not in [i.problem for i in extract_text(text).issues]


def test_the_one_finding_the_formula_quotes_is_the_issue_its_rectification_section_answers() -> None:
    text = (
        "深圳市审计局挂网公示了绩效审计工作报告,我局高度重视,现将关于“部分项目未严格执行工程管理程序”涉及我局相关事项,"
        + "整改情况公示如下:\n一、部署审计整改工作\n我局立即召开审计整改专项工作会议。\n"
        + "二、落实审计问题整改\n扩建工程已于2021年7月完成结算评审工作,该审计问题已整改完毕。\n"
        + "三、下一步工作\n进一步加强工程过程管理。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.path, issue.problem, issue.status, issue.status_text) == (
        [],
        "部分项目未严格执行工程管理程序",
        "completed",
        "该审计问题已整改完毕",
    )


def test_items_laid_out_as_fields_under_area_headings_take_the_area_as_category() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改情况\n（一）党的建设方面\n1.问题：理论学习不深入。\n2.整改情况：开展专题学习，已完成。\n"
        + "（二）全面从严治党方面\n1.问题：财务管理不规范。\n2.整改情况：修订制度，正在整改。\n三、下一步工作打算\n继续巩固。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.category, i.problem, i.status) for i in issues] == [
        (["二", "（一）", "1"], "党的建设方面", "理论学习不深入", "completed"),
        (["二", "（二）", "1"], "全面从严治党方面", "财务管理不规范", "in_progress"),
    ]


def test_the_few_problems_an_opening_counts_and_lists_are_its_issues_with_the_status_it_declares() -> None:
    text = (
        "2020年陕西省审计厅对汉滨区秦岭生态环境保护进行审计,反馈问题由区水利局牵头整改2个,分别是汉滨区未对镇级水源地设置标识牌;"
        + "建民街道办事处红莲村区域汉江内有14艘吸砂船未运走。经多方配合,反馈问题均已整改完毕。现公示如下:\n"
        + "1.镇级水源地标识牌等设施已安装到位。\n2.14艘吸砂船已全部吊装上岸。\n汉滨区水利局\n2020年12月23日\n"
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.status) for i in issues] == [
        ("汉滨区未对镇级水源地设置标识牌", "completed"),
        ("建民街道办事处红莲村区域汉江内有14艘吸砂船未运走", "completed"),
    ]


def test_the_few_problems_an_opening_counts_and_lists_are_its_declared_count() -> None:
    text = (
        "2020年陕西省审计厅对汉滨区秦岭生态环境保护进行审计,反馈问题由区水利局牵头整改2个,分别是汉滨区未对镇级水源地设置标识牌;"
        + "建民街道办事处红莲村区域汉江内有14艘吸砂船未运走。经多方配合,反馈问题均已整改完毕。现公示如下:\n"
        + "1.镇级水源地标识牌等设施已安装到位。\n2.14艘吸砂船已全部吊装上岸。\n汉滨区水利局\n2020年12月23日\n"
    )
    assert extract_text(text).report.declared_issue_count == 2


def test_headings_naming_what_an_evaluation_checks_of_the_tasks_are_no_form() -> None:
    text = (
        "根据学校党委巡察工作安排,决定开展校内巡察整改“回头看”评估。现将有关事项通知如下。\n一、时间安排\n2025年9月1日至12月30日。\n"
        + "二、主要内容\n(一)整改任务完成情况\n各单位对照巡察反馈问题,逐项梳理整改任务,检查是否按照整改方案的要求完成整改任务。\n"
        + "(二)整改措施落实情况\n检查整改措施是否具体可行,是否真正落实到具体工作中。\n"
    )
    assert "完成情况" not in [i.problem for i in extract_text(text).issues]


# The second page of an audit result's reprint (gold_real13/z06): it starts at item 3 of a group whose heading is on the
# first page, each finding answered by the audited firm after it.
AUDIT_RESULT_PAGE_TWO = (
    "某集团公司财务收支审计结果(2)\n"
    "3、2022年,集团本部多承担下属公司宣传费用120.5万元。\n"
    "审计指出上述问题后,集团已收回相关费用,并完善费用分摊办法。\n"
    "4、所属2家企业未及时办理工程竣工决算,涉及金额3.2亿元。\n"
    "审计指出上述问题后,相关企业办理了竣工决算手续。\n"
    "(二)招投标管理存在的问题。\n"
    "所属3家企业部分物资采购未进行公开招标,涉及金额1.1亿元。\n"
    "审计指出上述问题后,集团修订了采购管理办法。\n"
)


def test_findings_each_answered_after_the_audit_pointed_them_out_read_as_a_notice() -> None:
    issues = extract_text(AUDIT_RESULT_PAGE_TWO).issues
    assert [i.problem for i in issues] == [
        "2022年,集团本部多承担下属公司宣传费用120.5万元",
        "所属2家企业未及时办理工程竣工决算,涉及金额3.2亿元",
        "所属3家企业部分物资采购未进行公开招标,涉及金额1.1亿元",
    ]
    assert issues[1].measures == ["审计指出上述问题后,相关企业办理了竣工决算手续"]


def test_a_measure_numbered_two_whose_first_ran_into_the_line_above_stays_under_its_item() -> None:
    text = (
        OPENING + "1.学习贯彻不深入。整改措施：（一）建立学习制度。\n（二）开展专题学习。已完成整改。\n"
        "2.林长制落实不到位。\n整改情况：修订考核办法。已完成整改。\n"
    )
    assert [(i.path, i.problem) for i in extract_text(text).issues] == [
        (["1"], "学习贯彻不深入"),
        (["2"], "林长制落实不到位"),
    ]


# A closure posted for one problem a warning film showed (gold_real12/y10): the problem named only in the title.
TITLE_NAMES_THE_PROBLEM = (
    "关于对2021年长江经济带警示片涉及“临江化工有限公司违规堆放危险废物问题”整改情况的公示\n"
    "根据省推动长江经济带发展领导小组办公室的要求,市生态环境局会同开发区管委会制定整改方案,"
    "完成危险废物清运处置,目前已全部整改完成。\n现将整改情况进行公示。\n"
    "附件:整改完成情况一览表\n市生态环境保护督察整改工作领导小组办公室\n2022年7月9日\n"
)


def test_a_closure_laid_out_as_fields_with_how_its_measures_were_carried_out_gives_its_one_problem() -> None:
    text = (
        "一、第二轮省生态环境保护督察反馈问题\n临川县生活垃圾填埋场渗滤液外溢问题。\n二、整改目标\n消除环境污染。\n"
        "三、整改措施\n(一)全面清理外溢渗滤液。(二)依法立案查处。\n四、整改期限\n2021年10月底\n五、整改措施落实情况\n"
        "(一)关于第1项整改措施落实情况。已清理完毕。\n(二)关于第2项整改措施落实情况。罚款10万元。\n"
        "六、整改完成时间。2021年9月\n以上整改情况向社会公示。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.path, issue.problem) == (["一"], "临川县生活垃圾填埋场渗滤液外溢问题")


# A closure laid out as fields (gold_real15/j08): its deadline (四、整改期限) and the day the work was done (六、整改完成
# 时间) are fields apart, so a date in the second says the task is done, though no status word does.
DATED_CLOSURE = (
    "一、第二轮省生态环境保护督察反馈问题\n临川县生活垃圾填埋场渗滤液外溢问题。\n二、整改目标\n消除环境污染。\n"
    "三、整改措施\n(一)全面清理外溢渗滤液。(二)依法立案查处。\n四、整改期限\n2021年10月底\n五、整改措施落实情况\n"
    "(一)关于第1项整改措施落实情况。组织机械清理外溢渗滤液。\n(二)关于第2项整改措施落实情况。罚款10万元。\n"
    "六、整改完成时间。2021年9月\n以上整改情况向社会公示。\n"
)


def test_a_closure_form_dating_when_its_work_was_done_apart_from_its_deadline_says_it_is_done() -> None:
    [issue] = extract_text(DATED_CLOSURE).issues
    assert (issue.status, issue.status_text) == ("completed", "整改完成时间。2021年9月")


def test_a_completion_time_that_names_a_deadline_says_nothing_of_the_status() -> None:
    [issue] = extract_text(DATED_CLOSURE.replace("时间。2021年9月", "时间。2021年9月底前")).issues
    assert issue.status == "not_stated"


def test_a_completion_time_in_a_form_with_no_deadline_of_its_own_says_nothing_of_the_status() -> None:
    [issue] = extract_text(DATED_CLOSURE.replace("四、整改期限\n2021年10月底\n", "")).issues
    assert issue.status == "not_stated"


def test_a_closure_form_cut_right_after_its_last_label_is_still_a_form() -> None:
    """(gold_real18/i15: the page stops at "四、", the label of the field that would say how the task stands.)"""
    text = (
        "关于省专项督察反馈意见(序号29)整改销号情况的公示\n现对专项督察反馈意见(序号29)的整改销号情况进行公示。\n"
        "一、反馈问题\n畜禽粪污收集处置不到位,多地存在畜禽养殖粪污直排环境问题。\n二、整改目标\n粪污处理设施配建率达到100%。\n"
        "三、整改措施\n(一)坚持立行立改。落实整改措施。\n(二)开展专项排查整治。全面梳理排查。\n四、"
    )
    assert [(i.path, i.problem) for i in extract_text(text).issues] == [
        (["一"], "畜禽粪污收集处置不到位,多地存在畜禽养殖粪污直排环境问题")
    ]


def test_a_heading_naming_the_problem_section_over_one_paragraph_is_no_problem_itself() -> None:
    text = (
        "关于专项督察反馈意见整改销号情况的公示\n现对整改销号情况进行公示。\n一、反馈问题\n畜禽粪污收集处置不到位。\n"
        "二、整改目标\n配建率达到100%。\n三、整改措施\n(一)坚持立行立改。\n四、工作体会\n要坚持问题导向。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["畜禽粪污收集处置不到位"]


def test_a_heading_label_a_copy_doubled_the_punctuation_of_is_read() -> None:
    """(gold_real19/i16: a reprint that writes ",、" and ",。" for 、 and 。 throughout.)"""
    text = (
        "督察反馈的8座矿山存在生态破坏问题已整改完成,,并通过核查验收。现将该问题整改完成情况公示如下:\n一,、整改问题\n"
        "督察组抽查宣城市11座矿山,8座存在不同程度的生态破坏,。\n二,、整改实施主体\n宣城市委、市政府\n三,、重点措施\n"
        "科学制定生态修复治理整改方案,。\n五、完成时限\n2022年底,。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.path, issue.problem, issue.status) == (
        ["一"],
        "督察组抽查宣城市11座矿山,8座存在不同程度的生态破坏",
        "completed",
    )


# A closure of one task laid out as fields (gold_real16/o06): the task's number in the title, as a count would be.
TASK_CLOSURE = (
    "第三轮省级生态环境保护督察53项问题整改公示\n日期:2025-11-10 09:31\n"
    "我县已完成2024年第三轮省级生态环境保护督察第53项问题整改,拟申请验收销号,现对该项问题整改完成情况向社会公示:\n"
    "一、整改问题:农村生活垃圾收运体系运行不畅。多处村屯仍存在生活垃圾混合堆存现象。\n二、整改目标:做到村收集、镇转运、县处理。\n"
    "三、整改措施:\n1.督促乡镇对堆存的生活垃圾立即清理。\n2.开展现场核查工作。\n"
    "四、整改的主要工作及成效:废弃矿坑已清理完毕。\n五、公示时间:2025年11月10日至2025年11月21日\n"
)


def test_a_task_s_number_in_a_closure_s_title_is_no_count_of_problems() -> None:
    assert extract_text(TASK_CLOSURE).report.declared_issue_count is None


def test_a_closure_whose_field_tells_the_main_work_and_its_results_reads_as_a_form() -> None:
    [issue] = extract_text(TASK_CLOSURE).issues
    assert (issue.path, issue.problem, issue.status) == (
        ["一"],
        "农村生活垃圾收运体系运行不畅。多处村屯仍存在生活垃圾混合堆存现象",
        "completed",
    )


def test_a_closure_form_with_its_problem_outlined_and_its_plans_after_gives_the_problem_past_its_lead_in() -> None:
    text = (
        "为贯彻落实第三轮省级环保督察反馈意见整改要求,临沭县综合行政执法局现将(序号35)问题整改情况予以公示,接受社会监督。\n"
        "一、整改问题概述\n第三轮省级环保督察反馈问题指出,临沭县存在建筑垃圾管理混乱现象。\n二、整改措施及完成情况\n"
        "(一)完成规划编制:我局已按时完成规划编制工作。\n(二)点位清理整治:我局已逐一进行清理整治。\n"
        "三、整改成效\n建筑垃圾管理混乱问题得到了根本性改善。\n四、后续工作计划\n持续加强巡查执法。\n"
    )
    found = extract_text(text)
    assert [(i.path, i.problem) for i in found.issues] == [(["一"], "临沭县存在建筑垃圾管理混乱现象")]
    assert found.report.issuer == "临沭县综合行政执法局"


def test_the_complaint_a_closure_s_opening_quotes_is_its_problem_and_a_closing_phone_ends_it_whole() -> None:
    text = (
        "青山湖区关于省环保组督察问题“D3600120200711034”整改情况的公示\n"
        "青山湖区承担的2020年省环保组督察问题“D3600120200711034”:“某小区1楼被改造成食堂,油烟直排,严重影响居民生活。”"
        "整改工作,目前已完成,现将相关整改情况进行公示如下: 整改目标:禁止油烟扰民。 整改措施:约谈食堂负责人,安装油烟净化器。 "
        "整改完成情况:整改完毕。 市整改办问效电话0791-86356026\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("某小区1楼被改造成食堂,油烟直排,严重影响居民生活", "completed")


def test_the_one_problem_a_closure_s_title_quotes_is_its_issue() -> None:
    [issue] = extract_text(TITLE_NAMES_THE_PROBLEM).issues
    assert (issue.problem, issue.status) == ("临江化工有限公司违规堆放危险废物问题", "completed")


def test_a_title_quoting_a_problem_gives_no_issue_where_the_text_has_items_of_its_own() -> None:
    text = TITLE_NAMES_THE_PROBLEM.replace(
        "根据省推动", "一、反馈问题\n1.危险废物堆放不规范。\n整改情况：已清运。已完成整改。\n根据省推动"
    )
    assert [i.problem for i in extract_text(text).issues] == ["危险废物堆放不规范"]


def test_a_group_numbered_on_from_before_the_page_is_no_part_of_the_item_above_it() -> None:
    issues = extract_text(AUDIT_RESULT_PAGE_TWO).issues
    assert [i.path for i in issues] == [["3"], ["4"], ["（二）"]]


def test_an_address_key_closing_a_heading_that_lists_the_contacts_gives_way_to_the_keyed_address_below() -> None:
    """(gold_real11/w57: "六、受理部门、电话、邮箱及受理地址:" over the department's name, its phone and "受理地址:…".)"""
    text = (
        "兰西县已完成第十六项问题整改,拟申请验收销号,现对该项整改任务完成情况向社会公示:\n"
        "一、整改任务\n编制实施呼兰河兰西段水环境治理方案。\n二、整改完成情况\n已完成。\n"
        "三、受理部门、电话、邮箱及受理地址:\n绥化市兰西生态环境局\n受理电话:0455-8195082\n受理地址:兰西县老武装部院内\n"
    )
    assert extract_text(text).report.contacts.address == "兰西县老武装部院内"


def test_a_signature_is_read_whatever_script_writes_the_signing_body() -> None:
    """(A reprint may write 局 as 侷, which the folded view reads as 局: the signature above the date is still found.)"""
    text = (
        "现将整改情况公示如下:\n一、整改任务\n违规参地还林。\n二、整改完成情况\n已完成。\n松江河林業侷\n2019年12月5日\n"
    )
    assert extract_text(text).report.issuer == "松江河林業侷"


def test_a_site_s_name_alone_above_the_title_leaves_the_title_first() -> None:
    """(gold_real12/y10 under a banner line: the title that quotes the problem still gives it.)"""
    text = (
        "某某县人民政府门户网站\n"
        "关于对2019年国家长江经济带警示片涉及“上海联化金属制品有限公司重金属污染问题”整改情况的公示\n"
        "根据有关要求,市生态环境局会同嘉定区政府等单位制定整改方案,完成企业生产线拆除。目前,该问题已完成整改。\n"
        "现将整改情况进行公示。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.problem == "上海联化金属制品有限公司重金属污染问题"


def test_a_body_named_in_a_link_to_another_page_gives_no_formal_name() -> None:
    """(gold_real/a14, a 我局党组 notice, over "上一篇：中共某某县水利局党组关于…": that body is the other page's.)"""
    text = (ROOT / "gold_real" / "docs" / "a14.txt").read_text(encoding="utf-8").rstrip()
    text += "\n上一篇：中共某某县水利局党组关于巡察整改进展情况的通报\n"
    assert extract_text(text).report.issuer == "局党组"


def test_the_lines_of_a_site_s_footer_after_its_first_are_furniture_too() -> None:
    """(gold_real11/w44 over a footer whose address and phone line names no footer word: the closing tally that says
    every item is done still closes the notice.)"""
    text = (ROOT / "gold_real11" / "docs" / "w44.txt").read_text(encoding="utf-8").rstrip()
    text += "\n主办单位：某某县人民政府办公室\n地址：某某县人民路1号 联系电话：0123-4567890\n"
    found = extract_text(text)
    assert [i.status for i in found.issues] == ["completed"] * 4
    assert "0123-4567890" not in found.report.contacts.phones


def test_the_page_s_metadata_far_down_its_head_still_places_a_bare_issuer() -> None:
    """(gold_real12/y17 under a bar of widgets, a breadcrumb, a share bar and a font-size switch: its 发布机构 row, the
    ninth line of furniture, still says 自治州 is 克州.)"""
    text = (ROOT / "gold_real12" / "docs" / "y17.txt").read_text(encoding="utf-8")
    title, _, rest = text.partition("\n")
    text = f"无障碍 | 长者模式\n您当前的位置：首页 > 信息公开\n{title}\n分享到：微信 微博\n【字号：大 中 小】\n{rest}"
    assert extract_text(text).report.issuer == "克州审计局"


def test_a_group_heading_run_into_its_first_item_s_heading_keeps_both_levels() -> None:
    """(gold_real/h01 with its (一) heading and its 1. heading on one line, a space between.)"""
    text = (
        OPENING + "二、集中整改期内整改进展情况\n"
        "(一)关于上轮巡察反馈问题整改不彻底,个别整改问题反弹回潮方面 1.关于“乱发滥补现象仍未禁绝”方面\n"
        "问题1：无依据发放各类津补贴和春节慰问费。\n整改情况：已全部清退。已完成整改。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.path == ["二", "（一）", "1", "问题1"]


def test_a_heading_run_into_the_enumeration_that_answers_it_keeps_its_problem_to_itself() -> None:
    """(gold_real11/w28 with "（一）关于“…”的整改情况" and its "一是…" on one line, a space between.)"""
    page = (ROOT / "gold_real11" / "docs" / "w28.txt").read_text(encoding="utf-8")
    run_in = re.sub(r"(?m)^([（(]一[)）][^\n。]{2,40})\n(?=一是)", r"\1 ", page)
    assert run_in != page
    assert [i.problem for i in extract_text(run_in).issues] == [i.problem for i in extract_text(page).issues]


def test_a_status_group_heading_run_into_its_opening_sentence_still_heads_the_group() -> None:
    """(gold_real/a05 so: "一、已整改完成的问题 针对巡察反馈意见指出的…".)"""
    text = (
        OPENING + "一、已整改完成的问题 针对巡察反馈意见指出的需要整改的问题,真改实改,共计1个问题已整改完成。\n"
        "1.医院高质量发展成效不显。\n整改情况：制定发展规划。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.path, issue.status) == (["一", "1"], "completed")


def test_a_publisher_the_page_sets_a_character_apart_is_read_closed_up() -> None:
    """(gold_real12/y08: "发布机构: 水 利 局", its key spaced out too.)"""
    text = (ROOT / "gold_real12" / "docs" / "y08.txt").read_text(encoding="utf-8")
    assert extract_text(text).report.issuer == "水利局"


def test_a_status_field_says_where_the_item_stands_in_any_of_its_sentences() -> None:
    """(gold_real11/w58: "四、整改完成情况" / "…涉及我市…矿山46处,已全部完成治理工作。组织督导组深入矿山治理现场…".)"""
    text = (
        "关于中央环保督察反馈问题整改情况的公示\n一、反馈问题\n废弃矿山治理工作进展滞后,一些矿山应改未改。\n"
        "二、整改目标\n矿山地质环境得到显著改善。\n三、整改措施\n推动关停矿山清理整顿。\n四、整改完成情况\n"
        "涉及我市2013年以来关停露天开采矿山46处,已全部完成治理工作。组织督导组深入矿山治理现场,加强督导审核。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("completed", "已全部完成治理工作")


def test_a_headline_that_hears_the_report_below_it_is_news_of_the_meeting() -> None:
    # (gold_real3/e13, a news agency's captions: the report's title is the object of the meeting's hearing.)
    text = (
        "十三届全国人大常委会第三十二次会议听取\n"
        "国务院关于2020年度中央预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "报告显示\n截至2021年10月底\n对于2020年度审计工作报告反映的8949个问题\n95%要求立行立改的问题已整改到位\n"
        "记者：某某\n新华社国内部出品\n"
    )
    found = extract_text(text)
    assert (found.report.issuer, found.report.declared_issue_count, found.issues) == (None, None, [])


def test_a_title_set_in_two_lines_quotes_the_one_problem_the_closure_answers() -> None:
    text = (
        "关于对2019年国家长江经济带警示片涉及“某某公司重金属污染问题”\n整改情况的公示\n"
        "根据领导小组办公室的要求，市生态环境局会同区政府制定整改方案，目前已全部整改完成。\n"
        "现将整改情况进行公示。\n某某市环保督察整改工作领导小组办公室\n2020年7月9日\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("某某公司重金属污染问题", "completed")


def test_on_a_page_that_lost_its_line_breaks_an_audit_s_answer_after_each_problem_opens_its_rectification() -> None:
    # (gold_real13/z06 run into one line: each finding, then "审计指出上述问题后，…" a space after its stop.)
    text = (
        "审计署公布某公司2009年度财务审计结果 根据《中华人民共和国审计法》的规定，审计署对某公司2009年度财务收支进行了"
        "审计。审计发现的主要问题及整改情况如下。 1、2009年，本部与上市公司费用分摊不准确，多承担广告宣传等费用4441.31万元。"
        " 审计指出上述问题后，公司已进行整改，相关费用由上市公司承担。 2、所属4家企业部分发票不合规，涉及金额1400.81万元。"
        " 审计指出上述问题后，相关企业对发票进行了更换。\n"
    )
    found = extract_text(text)
    assert [issue.problem for issue in found.issues] == [
        "2009年，本部与上市公司费用分摊不准确，多承担广告宣传等费用4441.31万元",
        "所属4家企业部分发票不合规，涉及金额1400.81万元",
    ]


def test_on_a_page_that_lost_its_line_breaks_a_form_s_keys_between_spaces_key_its_fields() -> None:
    # (gold_real11/w51 run into one line: each key was a line over its value.)
    text = (
        "关于省级环境保护督察第40项反馈问题整改销号的公示 根据销号指导意见，现将整改情况公示如下。 反馈问题 "
        "郴州市有36家尾矿库存在环境问题，13家企业还未整改到位。 整改目标 对尾矿库开展再排查。 整改时限 2019年2月底 "
        "整改措施 对宝术亭铅锌矿进行闭库销号。 整改完成情况 已完成整改，库区进行了绿化。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("郴州市有36家尾矿库存在环境问题，13家企业还未整改到位", "completed")


def test_on_a_page_that_lost_its_line_breaks_the_closing_words_after_the_last_item_are_no_part_of_it() -> None:
    # (gold_real11/w54 run into one line: its copy stops inside the call for objections.)
    text = (
        "关于中央环境保护督察反馈意见第5项问题整改清单销号 发布时间:2025-11-02 手机查看 "
        "问题编号5:省级自然保护区‘瘦身’问题突出。 责任单位:自然保护区管理局 整改目标:自然保护区不被随意调整。 "
        "完成情况:我县对调整后的自然保护区严格保护，该问题已完成整改。 以上整改情况向社会公示，如有异议，请以书面或电话形式\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.path, issue.problem, issue.status) == (["问题5"], "省级自然保护区‘瘦身’问题突出", "completed")


def test_on_a_page_that_lost_its_line_breaks_the_text_after_its_metadata_table_is_read_as_paragraphs() -> None:
    # (gold_real12/y12 run into one line: the metadata table's bars come first, the notice after them.)
    text = (
        "索引号: | 00258225-1/2025-74923 | 公开方式: | 主动公开 | 发布机构: | 区审计局 | 发文日期: | 2025-04-08 | "
        "组配分类: | 通知公告 | 文件编码: | 发布时间:2025-04-08 09:25 信息来源:区审计局 （2025年4月1日公告） "
        "根据《中华人民共和国审计法》等规定，区审计局对平水镇2023年度财政预算执行情况进行了审计。 "
        "一、基本情况及审计评价意见 审计结果表明，平水镇能紧紧围绕年度奋斗目标，贯彻落实各项重大决策部署，加强财政收支"
        "管理，财政收支总体规范，会计核算基本符合会计制度规定，审计发现的问题已在审计报告中指出，并提出了处理意见和建议。 "
        "二、审计发现的主要问题 （一）安全文明施工费未按规定预付。 （二）广告服务未经分散采购。 "
        "三、审计建议 对本次审计发现的问题，区审计局已依法出具审计报告，提出了处理意见。 "
        "四、审计发现问题的整改情况 针对审计发现的问题，平水镇高度重视，对照检查，上述问题均已整改完毕。\n"
    )
    found = extract_text(text)
    assert [(issue.path, issue.problem) for issue in found.issues] == [
        (["二", "（一）"], "安全文明施工费未按规定预付"),
        (["二", "（二）"], "广告服务未经分散采购"),
    ]


def test_on_a_page_that_lost_its_line_breaks_a_report_s_speaker_between_spaces_gives_its_issuer() -> None:
    # (gold_real/b01 run into one line: the speaker's line between the dateline and the salutation.)
    text = (
        "关于北京市2020年度市级预算执行和其他财政收支审计查出问题整改情况的报告 ——2021年12月23日在北京市第十五届人民代表大会"
        "常务委员会第三十六次会议上 北京市审计局局长 马兰霞 主任、各位副主任、秘书长、各位委员： 我受市人民政府委托，向市人大常委会"
        "报告2020年度市级预算执行和其他财政收支审计查出问题的整改情况，请审议。\n"
    )
    assert extract_text(text).report.issuer == "北京市审计局"


def test_on_a_page_that_lost_its_line_breaks_a_signature_before_the_annex_signs_the_notice() -> None:
    # (gold_real19/i18 run into one line: the signature and its date, then the annex's table.)
    text = (
        "关于第二轮中央生态环境保护督察第十三项任务整改完成情况的公示 根据整改销号工作要求，现将第十三项任务整改完成情况予以"
        "公示。如有异议，请在公示期间向本单位反映。 受理电话:020-88521090 中共广州市委 广州市人民政府 2025年3月13日 "
        "附表 第二轮中央生态环境保护督察第十三项任务整改完成情况表 序号 | 整改任务 | 整改目标 | 整改措施 | 整改完成情况 |\n"
    )
    report = extract_text(text).report
    assert (report.issuer, str(report.publish_date)) == ("中共广州市委、广州市人民政府", "2025-03-13")


def test_an_office_or_a_working_group_signing_with_its_date_on_one_line_issues_the_notice() -> None:
    # (gold_real19/i17 and gold_real6/p09: "…办公室 2025年2月15日", "…领导小组办公室 2018年10月20日" on one line.)
    text = (
        "为改善我市大气环境质量，市政府决定开展“净城”专项行动。现将第一批问题整改情况通报如下：\n"
        "一是道路保洁不到位。经调度后，全部整改完成。\n"
        "临汾市生态环境保护委员会办公室 2025年2月15日\n"
    )
    report = extract_text(text).report
    assert (report.issuer, str(report.publish_date)) == ("临汾市生态环境保护委员会办公室", "2025-02-15")


def test_the_date_set_again_under_a_dated_signature_leaves_the_signing_body_alone() -> None:
    # (gold_real11/j08 run into one line: "…领导小组办公室 2021年12月24日 2021年12月24日".)
    text = (
        OPENING + "二、整改情况\n1.学习不深入。整改情况：已完成。\n"
        "某某县巡察整改工作领导小组办公室 2021年12月24日\n2021年12月24日\n"
    )
    assert extract_text(text).report.issuer == "某某县巡察整改工作领导小组办公室"


def test_on_a_page_that_lost_its_line_breaks_the_title_after_a_lead_that_presents_it_is_read() -> None:
    # (gold_real23/i78 run into one line: the news item's lead, then the issuer a space before the title's 关于.)
    text = (
        "2021年8月26日，济南通报巡视整改进展情况。以下为内容摘要: 中共济南市委 关于十一届省委第八轮巡视整改进展情况的通报 "
        "根据省委统一部署，2020年9月24日至12月25日，省委第三巡视组对济南市开展了常规巡视。2021年2月7日，省委巡视组向"
        "济南市委反馈了巡视意见。按照巡视工作有关要求，现将巡视整改进展情况予以公布。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == ("中共济南市委关于十一届省委第八轮巡视整改进展情况的通报", "中共济南市委")


def test_on_a_page_that_lost_its_line_breaks_a_bare_time_key_in_its_head_dates_it() -> None:
    # (gold_real8/s02 run into one line: "来源:…办公室 时间:2023-12-27" before the text; a period under 时间 dates nothing.)
    text = (
        "政府信息公开 关于昌盛路环境整治工作“回头看”的通报 来源:清河区人民政府办公室 时间:2023-12-27 "
        "5月10日，区委督查室对我区昌盛路环境整治工作开展了“回头看”，发现问题3个。现将有关情况通报如下。\n"
    )
    assert str(extract_text(text).report.publish_date) == "2023-12-27"


def test_on_a_page_that_lost_its_line_breaks_its_closing_date_after_a_space_dates_it() -> None:
    # (gold_real11/w81 run into one line: the date closes the page after the names of those responsible.)
    text = (
        "关于省级环保督察反馈问题整改情况的公示 根据督察整改工作要求，现将整改情况公示如下。 一、整改任务 畜禽养殖污染问题突出。"
        " 二、整改情况 已对全乡养殖户进行排查，问题已整改完成。 责任单位:田庄乡人民政府 县畜牧局 责 任 人:王继贞 赵宏升 "
        "2019年12月20日\n"
    )
    assert str(extract_text(text).report.publish_date) == "2019-12-20"


def test_a_page_run_together_with_no_space_is_cut_at_its_keyed_items_numbered_on_after_a_stop() -> None:
    # (gold_real/a05 with every line break lost and nothing between: "…。1.关于…的整改。整改结果:…。2.关于…".)
    text = (
        "现将巡察整改情况予以公布。一、已整改完成的问题针对巡察反馈意见指出的问题，真改实改，共计18个问题已整改完成。"
        "1.关于“医院高质量发展成效不显”问题的整改。整改结果:已整改完成。整改成效:排名较上年提升38名。"
        "2.关于“医院基础设施建设滞后”问题的整改。整改结果:已整改完成。整改成效:完成了门诊楼亮化工程。\n"
    )
    found = extract_text(text)
    assert [(issue.problem, issue.status) for issue in found.issues] == [
        ("医院高质量发展成效不显", "completed"),
        ("医院基础设施建设滞后", "completed"),
    ]


@pytest.mark.parametrize(
    "path",
    [
        "gold/docs/002_f8e588f7094716c5.txt",
        "gold_holdout/docs/h4_township_xuncha.txt",
        "gold_holdout4/docs/m2_zhen_xuncha.txt",
        "gold_holdout7/docs/q8_gongjiao_shenji.txt",
    ],
)
def test_a_whole_notice_run_into_one_line_gives_its_items(path: str) -> None:
    # (A complete notice whose every line break became a space: each sentence's end a space follows ends a paragraph.)
    text = (ROOT / path).read_text(encoding="utf-8")
    one_line = " ".join(line.strip() for line in text.split("\n")) + "\n"
    read = [(issue.problem, issue.status) for issue in extract_text(text).issues]
    assert [(issue.problem, issue.status) for issue in extract_text(one_line).issues] == read


def test_on_a_page_that_sets_each_sentence_apart_the_enumerated_measures_go_on_to_the_status_below() -> None:
    # (gold_real/h01 with each sentence a paragraph: "三是…" is the third measure, not a problem over 完成情况.)
    text = (
        "（一）关于上轮巡察反馈问题整改不彻底方面\n1.关于“乱发滥补现象仍未禁绝”方面\n问题1：无依据发放各类津补贴和春节慰问费。\n"
        "整改情况：\n一是立行立改，于2024年11月清查追回违规发放的津补贴和春节慰问费，共计54410元。\n"
        "二是2025年3月组织相关人员学习津补贴发放政策，明确发放依据和标准。\n"
        "三是2025年3月健全了《益阳市赫山区交通运输局财务制度》，严格审批流程。\n完成情况：已完成\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status, len(issue.measures)) == ("无依据发放各类津补贴和春节慰问费", "completed", 3)


def test_on_a_page_that_sets_each_sentence_apart_a_measure_s_results_below_it_leave_it_a_measure() -> None:
    # (gold_real5/w18 with each sentence a paragraph: "2024年以来，…" carries on measure (1).)
    text = (
        "中共东营市科学技术协会党组关于市委第二巡察组反馈意见集中整改进展情况的通报\n"
        "根据市委统一部署，2024年3月25日至6月7日，市委第二巡察组对市科协党组开展了巡察。\n"
        "按照巡察工作有关要求，现将巡察整改进展情况予以公布。\n一、关于贯彻落实党中央决策部署有差距方面\n1.政治站位不高，“第一议题”制度落实不到位问题\n"
        "（1）进一步修订了《市科协党组会议制度》，明确将学习习近平总书记重要讲话精神作为“第一议题”，应学尽学。\n"
        "2024年以来，共召开党组会议16次、主席办公会5次，均列第一议题。\n"
        "（2）制定《市科协党组理论学习中心组2024年理论学习安排意见》，组织集中学习11次。\n"
        "2.标准要求不严，履职尽责有弱项问题\n（1）进一步强化政治引领，今年以来已发布64条。\n"
    )
    assert [issue.problem for issue in extract_text(text).issues] == [
        "政治站位不高，“第一议题”制度落实不到位问题",
        "标准要求不严，履职尽责有弱项问题",
    ]


def test_a_paragraph_that_only_names_the_problem_it_answers_opens_an_item() -> None:
    # (gold_real3/e07 with each sentence a paragraph: "针对…问题。" alone, its measures below.)
    text = (
        "近期，市委第十轮巡察整改阶段性任务已经完成，现将大亚湾开发区等2个单位整改情况的部分内容予以通报。\n大亚湾开发区\n"
        "针对治污治水措施存在薄弱环节问题。\n一是加快推进污水管网建设，目前共新建污水管网30.6公里。\n"
        "二是开展澳头、霞涌老城区排水整治工程的EPC招标工作。\n针对征地留用地突出问题。\n完成留用地遗留问题清查工作，形成分类台账。\n"
    )
    assert [issue.problem for issue in extract_text(text).issues] == [
        "治污治水措施存在薄弱环节问题",
        "征地留用地突出问题",
    ]


def test_a_form_s_problem_set_in_several_paragraphs_is_one_problem() -> None:
    # (gold_real11/w57 with each sentence a paragraph: the task's three sentences state one problem.)
    text = (
        "兰西县已完成黑龙江省生态环境保护督察2020年第十六项问题整改，拟申请验收销号。现对该项整改任务完成情况向社会公示：\n"
        "一、整改任务：\n存在重考核断面、轻非考核断面现象。\n绥化市共有8个国控断面，其中3个国控非考核断面水质超标。\n"
        "“十四五”拟新增扎音河国控断面为劣V类。\n二、整改目标：\n完成国家年度考核目标。\n三、整改措施：\n"
        "1.编制实施呼兰河兰西段水环境治理方案。\n2.对水源地取水口进行清淤和岸边护砌加固。\n四、整改主要工作及成效：\n"
        "1.完成水源地一级保护区水域范围内水藻打捞工作。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.problem.replace("\n", "") == (
        "存在重考核断面、轻非考核断面现象。绥化市共有8个国控断面，其中3个国控非考核断面水质超标。“十四五”拟新增扎音河国控断面为劣V类"
    )


def test_a_complaint_s_fields_carried_on_in_paragraphs_of_their_own_stay_one_complaint() -> None:
    # (gold_real15/j02 with each sentence a paragraph: no sentence under a field opens a complaint; the findings under
    # 调查核实情况 are no measures.)
    text = (
        "邵阳市北塔区城市管理和综合执法局受理群众信访举报转办和边督边改公开情况公示(第二批)\n受理编号：D1SY202009170007\n"
        "转办问题基本情况：邵阳市公安局办公大楼的空调外机产生的噪音大，严重的影响居民的正常作息。\n希望借助督察组的力量，彻底解决。\n"
        "行政区域：北塔\n调查核实情况：收到举报信件后，北塔区高度重视，分管副区长立即交办区城管执法局调查处理。\n"
        "经调查核实，邵阳市公安局办公楼没有采取有效降噪措施。\n是否属实：属实\n"
        "处理和整改情况：9月18日对邵阳市公安局下达了限期整改通知书。\n10月18日已安装完成隔音墙。\n问责情况：无\n"
    )
    [issue] = extract_text(text).issues
    assert issue.problem.replace("\n", "") == (
        "邵阳市公安局办公大楼的空调外机产生的噪音大，严重的影响居民的正常作息。希望借助督察组的力量，彻底解决"
    )
    assert issue.measures == ["9月18日对邵阳市公安局下达了限期整改通知书", "10月18日已安装完成隔音墙"]


def test_the_problem_a_key_opens_goes_on_over_the_paragraphs_before_its_rectification_s_key() -> None:
    # (gold_real6/m01 with each sentence a paragraph.)
    text = (
        "现将十二届州党委第五轮巡察整改情况予以公布。\n一、木垒县东城镇党委\n反馈问题：人才振兴问题突出。\n"
        "镇党委对长期存在的人才短缺问题研究谋划不足，未能挖掘培养种植技术人才。\n整改情况：制定村级后备干部选拔培养相关制度。\n"
        "反馈问题：普法宣传不深入。\n整改情况：加大对相关条例的学习宣传贯彻。\n"
    )
    assert [issue.problem.replace("\n", "") for issue in extract_text(text).issues] == [
        "人才振兴问题突出。镇党委对长期存在的人才短缺问题研究谋划不足，未能挖掘培养种植技术人才",
        "普法宣传不深入",
    ]


def test_a_heading_s_problem_goes_on_over_the_paragraph_that_states_it_before_its_rectification_s_key() -> None:
    # (gold_real6/n09 with each sentence a paragraph; a paragraph that reports the finding, "巡察发现，…", stays apart.)
    text = (
        "根据县委统一部署，2021年10月15日至11月25日，县委专项巡察二组对住建局党组进行了巡察，12月23日反馈了巡察意见。"
        "现将巡察整改进展情况予以公布。\n二、巡察反馈问题整改情况\n（一）党组落实政治责任方面\n1.职能履行不到位。\n“4111”工作专班力量薄弱，推进工作缓慢，协调、督办措施不够有力。\n"
        "整改完成情况：2022年1月已抽调五名同志充实到县办公室开展工作。\n2.财务管理不规范。\n巡察发现，2023年有白条入账14笔。\n"
        "整改完成情况：已补齐合法票据。\n"
    )
    assert [issue.problem.replace("\n", "") for issue in extract_text(text).issues] == [
        "职能履行不到位。“4111”工作专班力量薄弱，推进工作缓慢，协调、督办措施不够有力",
        "财务管理不规范",
    ]


def test_the_opening_s_word_that_every_problem_it_lists_is_rectified_may_stand_in_its_next_paragraph() -> None:
    # (gold_real11/w63 with each sentence a paragraph.)
    text = (
        "2020年陕西省审计厅对汉滨区秦岭生态环境保护进行审计，反馈问题由区水利局牵头整改2个，分别是汉滨区未对全区37个镇级水源地"
        "设置标识牌；建民街道办事处红莲村区域汉江内有14艘吸砂船未运走，影响河道行洪。\n经多方配合，采取强力措施，反馈问题均已整改完毕。\n"
        "现公示如下：\n1.全区37个镇级水源地标识牌已安装到位。\n2.14艘吸砂船已全部吊装上岸，并运离河道。\n"
    )
    assert [(issue.problem, issue.status) for issue in extract_text(text).issues] == [
        ("汉滨区未对全区37个镇级水源地设置标识牌", "completed"),
        ("建民街道办事处红莲村区域汉江内有14艘吸砂船未运走，影响河道行洪", "completed"),
    ]


def test_a_display_period_in_chinese_numerals_dates_the_notice_from_its_first_day() -> None:
    # (gold_real11/w50, its display period in Chinese numerals as a printed notice sets it.)
    text = (
        "清水县省级生态环境保护督察反馈问题\n第二十七项整改任务完成情况公示\n"
        "根据甘肃省生态环境保护督察问题整改销号要求，现对已完成整改的问题情况进行公示。\n问题编号：第二十七项\n"
        "整改目标：提升畜禽粪污处理和资源化利用能力。\n整改情况：全县畜禽粪污露天堆放问题全部整改到位，目前该问题已完成整改。\n"
        "以上整改情况向社会公示，如有异议，请以书面或电话形式反馈。\n公示时间：二〇二〇年十二月六日至二〇二〇年十二月十日，共5天。\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2020, 12, 6)


def test_an_audit_announcement_s_own_day_in_chinese_numerals_dates_it() -> None:
    # (gold_real12/y12's head, the day the announcement gives itself in Chinese numerals under the page's date.)
    text = (
        "关于绍兴市柯桥区平水镇人民政府主要领导干部经济责任审计结果的公告\n发布时间:2025-04-08 09:25\n"
        "信息来源:区审计局\n( 二〇二五年四月一日公告)\n"
        "根据《中华人民共和国审计法》等规定，2024年7月15日至2024年9月15日，绍兴市柯桥区审计局对平水镇主要领导干部进行了"
        "经济责任审计。\n一、审计发现的主要问题及整改情况\n1.部分专项资金未及时拨付。已整改。\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2025, 4, 1)


def test_news_of_a_feedback_meeting_dated_in_chinese_numerals_is_news() -> None:
    # (gold_real11/w108, its lead dated in Chinese numerals: the 17 problems the team named are no notice's count.)
    text = (
        "二〇二二年四月二十五日，县委第二巡察组巡察县文广旅体局情况反馈会召开。县委常委、宣传部部长赵碧波等参加了反馈会。\n"
        "县委第二巡察组组长黄海东同志宣读了《关于巡察县文化广电旅游体育局党组的反馈意见》，指出了非遗文化工作推动滞后、"
        "行政审批程序不规范等17个问题，并提出整改意见和建议。\n"
        "县委常委、宣传部部长赵碧波同志就抓好巡察整改工作提出要求：一是要以更高的政治站位抓好巡察整改工作；"
        "二是要以更实的政治担当压实整改主体责任。\n"
    )
    found = extract_text(text)
    assert (found.report.declared_issue_count, found.issues) == (None, [])


def test_formula_words_deep_in_a_page_run_together_are_no_opening_of_its_head() -> None:
    # (gold_real16/o02 run together with no spaces: "…已按照要求落实整改措施。" at its end opens no text after its head.)
    text = (
        "当前位置:首页 > 新闻中心 > 公告公示阳江市阳东区关于中央督察组交办信访举报问题办理情况公示(第17批179号)文章来源: "
        "阳江市阳东区人民政府    发布时间: 2021-09-17 16:54    浏览次数: -填报单位(盖章): 阳江市阳东区人民政府    "
        "填报日期:2021年9月17日序号举报内容办结状态办结时间是否属实区域分布利益关系群众身边调查核实情况处理和整改情况179来信反映:"
        "阳江市阳东区东城镇始兴路40号名城6栋楼下大根大碗粉未经净化,直接排放油烟,气味难闻,严重影响居民生活。阶段性办结2021/9/17"
        "属实城市共性问题生活服务业现场调查时,该美食店正常营业,厨房内设有炒菜炉1个,蒸炉1个。已安装1台油烟净化器(XC-YY静电式"
        "饮食业油烟净化设施),设有排气管道,实行高空排放,炒菜炉废气经油烟净化器净化排放。由于店主和员工环境意识不强和管理失误,"
        "认为蒸炉蒸汽没有油烟气味,蒸炉产生少量蒸汽通过管道往墙外排放。炒菜时随意打开门窗,以为开窗可通风透气,从而导致油烟散发外飘,"
        "影响附近居民。投诉反映的内容属实。责令该店2天内将蒸炉排气接入油烟净化设施排放并定期清理油烟净化设施,使油烟达标排放。"
        "该店负责人迅速落实执法人员现场指出的整改问题,并在9月16日已按照要求落实整改措施。\n"
    )
    assert extract_text(text).report.issuer == "阳江市阳东区人民政府"


# Pages' heads over other pages' titles: each head below is a real page's (gold_real*), set over a real notice's title
# and opening, as a site of another layout would publish it.


def test_a_site_s_widgets_over_a_title_of_关于_are_no_part_of_it() -> None:
    # (gold_real12/y03's head over gold_real12/y08's title.)
    text = (
        "头部背景图\n头部背景图\n今天是2019年10月31日星期三农历十月初七\n简体| 繁體| 无障碍服务| 长者模式\n政务公开\n"
        "关于第三轮省生态环境保护督察整改任务销号的公示\n\n发布日期: 2026.01.27 索 引 号 : 00062121-0-0404-2011-1185\n"
        "发布机构: 水 利 局 文      号:\n\n第三轮省生态环境保护督察指出的“河长巡查流于形式”问题已完成整改,并通过验收,拟按程序实施销号。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == ("关于第三轮省生态环境保护督察整改任务销号的公示", "水利局")


def test_a_site_s_welcome_over_a_title_that_names_its_issuer_is_no_part_of_it() -> None:
    # (gold_real11/w54's welcome line over gold_real21/i59's title.)
    text = (
        "欢迎访问心灵驿站,专业知识网站!\n市委政法委关于巡视集中整改情况的公开\n"
        "根据十一届市委第八轮第一批巡视工作部署要求,现将市委政法委(含市法学会党组)巡视集中整改情况向社会公开。\n"
        "一、履行主体责任情况\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == ("市委政法委关于巡视集中整改情况的公开", "市委政法委")


def test_a_site_s_menu_a_space_apart_over_a_title_is_no_part_of_it() -> None:
    # (gold_real11/w56's menu over gold_real16/o02's title.)
    text = (
        "首   页 走进汉台 新闻中心 政府信息公开 政务服务 互动交流 专题专栏\n\n"
        "阳江市阳东区关于中央督察组交办信访举报问题办理情况公示(第17批179号)\n"
        "文章来源: 阳江市阳东区人民政府    发布时间: 2021-09-17 16:54    浏览次数: -\n\n"
        "填报单位(盖章): 阳江市阳东区人民政府\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == (
        "阳江市阳东区关于中央督察组交办信访举报问题办理情况公示(第17批179号)",
        "阳江市阳东区人民政府",
    )


def test_a_menu_set_one_item_a_line_with_bars_between_is_furniture() -> None:
    # (gold_real5/k07's list of cities over gold_real/h05's lead: past the menu, the lead presents the report.)
    cities = "成都 绵阳 德阳 南充 乐山 宜宾 泸州 自贡 内江 广元 遂宁 广安 达州 眉山 资阳 雅安 巴中 攀枝花".split()
    text = (
        "\n|\n".join(cities) + "\n|\n凉山\n甘孜\n|\n阿坝\n|\n您所在的位置:首页>法院在线>新闻详情\n"
        "受省政府委托,11月24日,省审计厅厅长刘文华在省十三届人大常委会第四十二次会议上作了《关于2021年度省级预算执行和其他财政收支"
        "审计查出问题整改情况的报告》。报告的主要内容如下:\n"
        "省政府高度重视2021年度省级预算执行和其他财政收支审计查出问题的整改工作。在2021年度省级预算执行和其他财政收支审计工作报告中,"
        "共反映1263个问题,截至2022年10月中旬,已整改1153个,整改率91.29%。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == (
        "关于2021年度省级预算执行和其他财政收支审计查出问题整改情况的报告",
        "省审计厅",
    )


def test_a_newspaper_s_page_label_and_an_annex_s_label_over_a_title_are_no_part_of_it() -> None:
    # (gold_real11/w38's head over gold_real/i01's title.)
    text = (
        "浙江日报 数字报纸\n\n\n00006版:要闻\n\n附件1\n\n"
        "揭东区妇幼保健计划生育服务中心(揭东区曲溪社区卫生服务中心)审计整改情况报告\n"
        "来源:本网 发布时间:2022-06-27 16:37 浏览次数:-\n\n"
        "         2021年12月10日至2022年1月28日,区审计局派出审计组对我中心2018年至2020年财务收支情况进行审计,"
        "并出具审计报告(揭东审经报〔2022〕6号)。现将审计整改结果报告如下:\n"
    )
    assert (
        extract_text(text).report.title == "揭东区妇幼保健计划生育服务中心(揭东区曲溪社区卫生服务中心)审计整改情况报告"
    )


def test_a_newspaper_s_dateline_with_its_weekday_cut_leaves_the_title_below_it() -> None:
    # (gold_real12/y13's head, its weekday lost, over gold_real22/i57's title set in two lines.)
    text = (
        "第A07版:\n  \n本版新闻列表\n \n新乡日报社旗下媒体: 新乡网 | 新乡日报 | 平原晚报\n \n2021年5月11日 星期\n\n"
        "中共上海市黄浦区委员会\n关于十二届市委第二轮巡视集中整改进展情况的通报\n"
        "根据市委统一部署,市委第一巡视组于2023年3月29日至6月16日对黄浦区开展巡视,并于2023年8月30日反馈了巡视意见。"
        "按照巡视工作有关要求,现将巡视整改进展情况予以公布。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == (
        "中共上海市黄浦区委员会关于十二届市委第二轮巡视集中整改进展情况的通报",
        "中共上海市黄浦区委员会",
    )


def test_a_title_that_names_a_team_is_no_column_and_a_table_s_header_with_its_row_number_ends_it() -> None:
    # (gold_real12/y13: a 督察组's disclosure, its first row's number in the header line.)
    text = (
        "第A07版:\n  \n本版新闻列表\n \n新乡日报社旗下媒体: 新乡网 | 新乡日报 | 平原晚报\n \n2021年5月11日 星期\n\n"
        "中央第五环保督察组群众举报件信息公开\n\n\n(第29、30批 2021年5月10日)\n\n序号 2 受理编号\n\nX2HA202105050022\n\n"
        "交办问题\n\n基本情况\n\n新乡市卫辉市上乐村镇凡店村卫辉市润达生物有限公司,距离村庄50米,企业每天跑冒滴漏,气味难闻。\n"
    )
    assert extract_text(text).report.title == "中央第五环保督察组群众举报件信息公开"


def test_a_second_look_in_a_document_the_text_cites_keeps_the_opening_s_dates() -> None:
    # (gold_real11/w93 with its title given only in the page's metadata, as gold_real/h06's page gives its title.)
    text = (
        "  • 文件名称:\n\n【巡察整改】中共岳阳市市场监督管理局党组关于优化营商环境专项巡察“回头看”整改进展情况\n"
        "编辑:岳纪宣 发表时间:2021-11-05 10:56 来源:巴陵风纪网\n\n"
        "根据岳阳市委统一部署,2020年12月16日至2021年2月3日,市委深化“最多跑一次”改革、优化营商环境专项巡察组对市市场监督管理局"
        "进行了专项巡察。2021年5月19日,市委深化“最多跑一次”改革、优化营商环境专项巡察组向市市场监督管理局党组反馈了巡察意见。"
        "按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、组织整改落实情况\n"
        "(一)领导重视高位推。召开党组会议专题研讨,制定出台了《关于落实市委深化“最多跑一次”改革、优化营商环境专项巡察“回头看”"
        "反馈市市场监督管理局问题整改方案》。\n"
    )
    report = extract_text(text).report
    assert (report.inspection_start, report.inspection_end, report.feedback_date) == (
        dt.date(2020, 12, 16),
        dt.date(2021, 2, 3),
        dt.date(2021, 5, 19),
    )


def test_the_team_whose_feedback_the_unit_studied_is_named_without_the_study() -> None:
    # (gold_real19/i13, its formula's team lost its number and its title given only in the page's metadata.)
    text = (
        "  • 文件名称:\n\n    中共咸宁市招商和投资促进局党组关于落实市委第三巡察组巡察反馈意见整改情况的通报(社会公开稿)\n\n"
        "    主题分类: 政务督查 发文单位: 咸宁市招商和投资促进局\n\n"
        "    根据市委统一部署,2023614日至915日,市委第巡察组对市招商和投资促进局党组进行了巡察,并于2023年10月30日向中共咸宁市"
        "招商和投资促进局党组反馈了巡察意见,现将巡察整改情况予以公布。\n\n    一、整改工作基本情况\n\n"
        "    1.加强组织领导,成立工作专班。巡察意见反馈会后,局党组第一时间召开巡察整改专题研究会学习领会市委第三巡察组反馈意见,"
        "成立了巡察工作专班。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.inspection_team) == (
        "中共咸宁市招商和投资促进局党组关于落实市委第三巡察组巡察反馈意见整改情况的通报(社会公开稿)",
        "市委第三巡察组",
    )


def test_a_team_named_only_in_a_title_the_page_s_metadata_gives_is_the_team() -> None:
    # (gold_real11/w94, its formula's team garbled, its title given only in the page's metadata.)
    text = (
        "  • 文件名称:\n\n中共咸宁市政务服务和大数据管理局党组关于落实市委第五巡察组巡察反馈意见 整改情况的通报\n\n"
        "日期:2025-09-24 【字号:\n\n根据市委统一部署,20241021日至1212日,市委第察组对中共咸宁市政务服务和大数据管理局党组开展了巡察,"
        "并于2025210向中共咸宁市政务服务和大数据管理局党组反馈巡察意见,现将巡察整改情况予以公布。\n"
    )
    assert extract_text(text).report.inspection_team == "市委第五巡察组"


def test_a_column_s_name_before_a_title_in_the_page_s_metadata_is_no_part_of_it() -> None:
    # (gold_real11/w69's title with its column's name, given under gold_real/h06's metadata key.)
    text = (
        "  • 文件名称:\n\n政策新闻 | 泸州市政府投资建设工程管理第一中心关于《2021-2023年泸州市本级政府投资 重点项目建设管理情况"
        "专项审计调查》整改情况的公告\n发布于:2025-01-19 15:45:21\n517人 分享\n"
        "根据《泸州市审计局专项审计调查报告》(泸审投调报【2024】14号)要求,我中心立即对涉及本单位的问题进行整改。\n"
    )
    report = extract_text(text).report
    assert report.issuer == "泸州市政府投资建设工程管理第一中心"


def test_widgets_to_go_on_reading_on_a_phone_are_no_part_of_a_title() -> None:
    # (gold_real11/w54.)
    text = (
        "欢迎访问心灵驿站,专业知识网站!\n当前位置: 心灵驿站> 酒泉> 瓜州>>瓜州县落实中央环保督察反馈意见整改办公室关于中央环境保护"
        "督察反馈意见第5项问题整改清单销号\n\n瓜州县落实中央环保督察反馈意见整改办公室关于中央环境保护督察反馈意见第5项问题整改清单销号\n\n"
        "发布时间:2025-11-02 05:36   文章来源:瓜州县人民政府网   阅读量:2939\n字号:\n\n用手机扫描二维码在手机上继续观看\n\n手机查看\n\n"
        "  \n\n问题编号5:省级自然保护区‘瘦身’问题突出。\n\n责任单位:自然保护区管理局、县自然资源局\n"
    )
    assert extract_text(text).report.title == (
        "瓜州县落实中央环保督察反馈意见整改办公室关于中央环境保护督察反馈意见第5项问题整改清单销号"
    )


def test_a_spam_mirror_s_keywords_over_a_title_leave_the_problem_it_quotes() -> None:
    # (gold_real16/o08's keyword line over gold_real12/y10's title, which quotes its one problem.)
    text = (
        "亚洲视频第一页,最近中文字幕免费mv在线最新,中文字幕最新在线,国产一区二区三区亚洲综合,亚洲视频免费,一日本道加勒比高清一二三,"
        "韩国高清不卡一区二区\n\n关于对2019年国家长江经济带警示片涉及“上海联化金属制品有限公司重金属污染问题”整改情况的公示\n"
        "时间:2022-02-25 23:11:56   来源:  作者:  点击:\n"
        "根据推动长江经济带发展领导小组办公室下发的《关于移交长江生态环境问题清单的函》的要求,市生态环境局会同嘉定区政府等单位"
        "制定整改方案,完成企业生产线拆除。\n现将整改情况进行公示。\n上海市中央环保督察整改工作领导小组办公室\n"
    )
    assert [issue.problem for issue in extract_text(text).issues] == ["上海联化金属制品有限公司重金属污染问题"]


def test_a_site_search_widget_and_a_column_in_brackets_over_a_title_are_no_part_of_it() -> None:
    # (gold_real12/l01's head over gold_real2/j02's title.)
    text = (
        "您现在的位置:首页 > 博物馆建设 > 党建与工会\n站内检索:\n【党建与工会】\n\n"
        "邵阳市北塔区城市管理和综合执法局受理群众信访举报转办和边督边改公开情况公示(第二批)\n"
        "时间:2020-10-23   来源:北塔区融媒体中心\n\n受理编号:D1SY202009170007\n\n"
        "转办问题基本情况:邵阳市公安局办公大楼的空调外机产生的噪音大,严重的影响居民的正常作息。\n"
    )
    report = extract_text(text).report
    assert report.issuer == "邵阳市北塔区城市管理和综合执法局"


def test_a_breadcrumb_ending_on_a_title_that_opens_with_its_body_gives_the_title() -> None:
    # (gold_real10/v01's head, its breadcrumb run on to the title, over gold_real18/i01's text.)
    text = (
        "设为首页 | 加入收藏 【无障碍】\n\n首页 > 揭东区妇幼保健计划生育服务中心审计整改情况报告\n"
        "来源:本网 发布时间:2022-06-27 16:37 浏览次数:-\n\n"
        "2021年12月10日至2022年1月28日,区审计局派出审计组对我中心2018年至2020年财务收支情况进行审计。现将审计整改结果报告如下:\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == (
        "揭东区妇幼保健计划生育服务中心审计整改情况报告",
        "揭东区妇幼保健计划生育服务中心",
    )


def test_a_breadcrumb_ending_on_a_column_s_name_gives_no_title() -> None:
    text = (
        "首页 > 信息公开 > 审计整改情况报告\n来源:本网 发布时间:2022-06-27 16:37\n\n"
        "2021年12月10日至2022年1月28日,区审计局派出审计组对我中心2018年至2020年财务收支情况进行审计。现将审计整改结果报告如下:\n"
    )
    assert extract_text(text).report.title is None


def test_a_column_a_breadcrumb_names_set_again_over_a_plain_title_is_no_title() -> None:
    # (gold_real12/y18's head, its column "审计结果公告" under the breadcrumb, over gold_real25/ab05, a 督察's check.)
    text = (ROOT / "gold_real25" / "docs" / "ab05.txt").read_text(encoding="utf-8")
    extraction = extract_text("当前位置: 首页 > 政务信息 > 审计结果公告\n \n审计结果公告\n\n" + text)
    assert extraction.report.title == "督察城市生活垃圾填埋场"
    assert len(extraction.issues) == 3


def test_a_dated_key_left_empty_over_a_table_leaves_the_table_its_first_row() -> None:
    # (gold_real27/ad11's head, its 發布時間 left without a date, over gold_real25/ab04, a table keyed a cell a line.)
    text = (ROOT / "gold_real25" / "docs" / "ab04.txt").read_text(encoding="utf-8")
    [issue] = extract_text("首頁 \\ 工作部署 \\ 督察進駐 |\n發布時間:\n" + text).issues
    assert issue.problem == "部分区县生活垃圾及渗滤液处理能力不足"


def test_a_dated_key_s_date_on_the_line_below_is_its_value() -> None:
    text = "发布时间:\n2021-03-02 10:00\n" + (ROOT / "gold_real25" / "docs" / "ab04.txt").read_text(encoding="utf-8")
    assert extract_text(text).report.publish_date == dt.date(2021, 3, 2)


def test_a_site_s_welcome_to_you_over_a_title_is_furniture() -> None:
    # (gold_real/i46's welcome line over gold_real/i01's title.)
    text = (
        "攀枝花市西区人民政府网站欢迎你!\n\n揭东区妇幼保健计划生育服务中心(揭东区曲溪社区卫生服务中心)审计整改情况报告\n"
        "来源:本网 发布时间:2022-06-27 16:37 浏览次数:-\n\n"
        "2021年12月10日至2022年1月28日,区审计局派出审计组对我中心2018年至2020年财务收支情况进行审计。现将审计整改结果报告如下:\n"
    )
    assert (
        extract_text(text).report.title == "揭东区妇幼保健计划生育服务中心(揭东区曲溪社区卫生服务中心)审计整改情况报告"
    )


def test_a_site_s_name_and_its_one_column_a_breadcrumb_apart_over_a_title_is_furniture() -> None:
    # (gold_real8/s12's breadcrumb over gold_real12/y10's title, which quotes its one problem.)
    text = (
        "中国共产党新闻网>>反腐倡廉\n分享\n\n"
        "关于对2019年国家长江经济带警示片涉及“上海联化金属制品有限公司重金属污染问题”整改情况的公示\n"
        "时间:2022-02-25 23:11:56   来源:  作者:  点击:\n"
        "根据推动长江经济带发展领导小组办公室下发的《关于移交长江生态环境问题清单的函》的要求,市生态环境局会同嘉定区政府等单位"
        "制定整改方案,完成企业生产线拆除。\n现将整改情况进行公示。\n上海市中央环保督察整改工作领导小组办公室\n"
    )
    assert [issue.problem for issue in extract_text(text).issues] == ["上海联化金属制品有限公司重金属污染问题"]


def test_a_column_s_name_and_a_breadcrumb_over_a_title_leave_the_problem_it_quotes() -> None:
    # (gold_real24/i80's breadcrumb, a column's name and gold_real17/l07's metadata over gold_real12/y10's title, which
    # quotes its one problem.)
    text = (
        "您当前的位置:首页\n > 政府信息公开 > 法定主动公开内容 > 重点信息公开 > 社会公益事业建设 > 医疗卫生\n信息公开\n"
        "  • 新郑市审计局\n  • 审计结果公告,执行公开\n"
        "关于对2019年国家长江经济带警示片涉及“上海联化金属制品有限公司重金属污染问题”整改情况的公示\n"
        "根据推动长江经济带发展领导小组办公室下发的《关于移交长江生态环境问题清单的函》的要求,市生态环境局会同嘉定区政府等单位"
        "制定整改方案,完成企业生产线拆除,目前已全部整改完成。\n现将整改情况进行公示。\n上海市中央环保督察整改工作领导小组办公室\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status) == ("上海联化金属制品有限公司重金属污染问题", "completed")


def test_a_problem_quoted_in_a_sentence_below_the_title_is_no_title_s_quote() -> None:
    text = (
        "关于环保督察反馈问题整改情况的公示\n"
        "根据要求,我局对“某某公司重金属污染问题”整改情况进行了核查\n目前已全部整改完成。\n拆除了生产线。\n"
    )
    assert extract_text(text).issues == []


# Pages' feet under other pages' texts: each foot below is a real page's (gold_real*), set under a real notice's opening.


def test_a_place_the_site_s_footer_names_does_not_unplace_the_issuer() -> None:
    # (gold_real20/x05's opening, which names its city, over gold_real20/x10's footer, which names another.)
    text = (
        "根据厦门市委巡察工作统一部署,2023年8月28日至9月27日,市委第四巡察组对市卫健委党组开展了巡察,并于2024年3月14日反馈了"
        "巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、党组及主要负责人组织落实整改情况\n"
        "(一)端正态度,统一思想抓整改。委党组深刻认识到,市委巡察是对市卫生健康系统一次全面的“政治体检”。\n"
        "站点地图网站标识码:4207000018 鄂ICP备05017375号   鄂公网安备42070402000209号\n"
        "主办单位:鄂州市生态环境局 联系人:陈静 联系电话:(027)60281828 地址:鄂州市文苑路11号\n"
    )
    assert extract_text(text).report.issuer == "厦门市卫健委党组"


def test_the_dates_of_a_list_of_the_site_s_latest_news_do_not_date_the_notice() -> None:
    # (gold_real/h13's opening over gold_real12/y10's foot: a disclaimer and a list of the latest news.)
    text = (
        "根据中央统一部署,2016年6月30日至8月30日,中央第三巡视组对湖北省进行了巡视“回头看”。10月10日,中央巡视组向湖北省委反馈了"
        "巡视意见。根据《中国共产党党内监督条例》和《中国共产党巡视工作条例》有关规定,现将巡视整改情况予以公布。\n"
        "湖北省委高度重视中央巡视组反馈意见整改工作。\n"
        "[免责声明] 本文来源于网络转载,仅供学习交流使用,不构成商业目的。版权归原作者所有,如涉及作品内容、版权和其它问题,"
        "请在30日内与本网联系,我们将在第一时间处理。\n最新信息\n- 2020-07-23 广州市政府新闻办公室日...\n"
        "- 2020-07-23 在当前疫情防控常态化条...\n- 2021-03-31\n- 2021-03-30\n"
    )
    assert extract_text(text).report.publish_date is None


def test_a_site_s_filing_number_in_its_footer_is_no_phone() -> None:
    # (gold_real19/i22's last lines over gold_real11/w57's footer.)
    text = (
        "兵团第三生态环境保护督察组交办涉及十二师市生态环境信访件3件,现将第三批交办问题结果通报如下:\n"
        "兵团第三生态环境保护督察组进驻十二师期间:2026年3月3日-3月22日\n投诉举报电话:\n"
        "备案号:黑ICP 12002120号-1 黑公网安备23122202000103 网站标识码: 2312220001\n"
        "主办:兰西县人民政府 承办:兰西县人民政府办公室 网站建设:中企动力 哈尔滨 网站地图\n"
    )
    assert extract_text(text).report.contacts.phones == []


# Pages' heads under other pages' titles: a saved page opens with its own title, the site's head after it.


def test_a_title_that_names_the_work_without_关于_over_the_page_s_breadcrumb_stays_the_title() -> None:
    # (gold_real11/w83's title over gold_real/o02's breadcrumb and metadata.)
    text = (
        "第二轮中央生态环境保护督察反馈问题(省序号28)整改完成情况公示\n当前位置:首页 > 新闻中心 > 公告公示\n"
        "信息来源:荆州市生态环境局 | 发布时间:2025-12-12 16:20\n\n一、反馈问题\n\n省发展改革委牵头制定的《湖北省化工园区确认指导意见》"
        "将化工园区确认工作交市州政府,造成个别化工园区确认工作把关不严。\n\n二、整改目标\n\n统筹推进化工园区合规化建设。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.inspection_kind) == (
        "第二轮中央生态环境保护督察反馈问题(省序号28)整改完成情况公示",
        "督察",
    )


def test_a_title_over_the_page_s_breadcrumb_is_the_title_where_no_other_follows() -> None:
    # (gold_real12/y13's title over gold_real4/m02's breadcrumb, a table under it.)
    text = (
        "中央第五环保督察组群众举报件信息公开\n您当前所在位置: 首页>新闻中心>区内科技动态\n\n\n\n(第29、30批 2021年5月10日)\n\n"
        "序号 2 受理编号\n\nX2HA202105050022\n\n交办问题\n\n基本情况\n\n"
        "新乡市卫辉市上乐村镇凡店村卫辉市润达生物有限公司,距离村庄50米,企业每天跑冒滴漏,气味难闻,特别是晚上。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.inspection_team) == ("中央第五环保督察组群众举报件信息公开", "中央第五环保督察组")


def test_a_line_that_credits_the_site_s_host_is_no_issuer() -> None:
    # (gold_real12/y08's title over gold_real2/k06's head, "…主办" and a breadcrumb, its metadata naming the publisher.)
    text = (
        "关于第三轮省生态环境保护督察整改任务销号的公示\n吕梁市中级人民法院主办\n\n当前位置: 首页 > 公告栏 > 法院公告\n\n"
        "发布日期: 2026.01.27 索 引 号 : 00062121-0-0404-2011-1185\n发布机构: 水 利 局 文      号:\n\n"
        "第三轮省生态环境保护督察指出的“河长巡查流于形式”问题已完成整改,并通过验收,拟按程序实施销号。\n"
    )
    assert extract_text(text).report.issuer == "水利局"


def test_a_newspaper_s_page_words_under_a_title_end_it() -> None:
    # (gold_real11/w31's title over gold_real11/w38's masthead, page and annex label.)
    text = (
        "临夏州贯彻落实省级生态环境保护督察反馈问题整改进展情况\n浙江日报 数字报纸\n\n\n00006版:要闻\n\n附件1\n\n\n"
        "来源:临夏州生态环境局 发布时间:2023-05-11\n字号:\n收藏\n\n"
        "2022年4月11日至4月30日,甘肃省第五生态环境保护督察组对我州开展了生态环境保护督察,2022年8月25日向我州反馈了督察情况。"
        "州委、州政府高度重视,对反馈问题照单全收、诚恳接受。现将督察反馈问题整改进展情况公开如下。\n\n一、整改工作开展情况\n"
    )
    assert extract_text(text).report.title == "临夏州贯彻落实省级生态环境保护督察反馈问题整改进展情况"


# Pages' heads over other pages' titles, run into one line as a page that lost its line breaks sets them.


def test_a_breadcrumb_s_columns_run_into_the_text_name_no_kind_of_inspection() -> None:
    # (gold_real22/i53's breadcrumb over gold_real12/y07, a 督察's task, the line breaks lost.)
    text = (
        "当前位置: 首页 > 巡视巡察 > 巡视整改 富裕街道完成中央环保督察反馈问题整改任务情况公示  时间: 2018-06-07 12:40 来源: "
        "【字体: 打印  我单位所承担的中央环保督察反馈第十七项(69)问题的整改任务,现已完成整改并按要求通过了长春市南关区督导组和本局的"
        "联合验收,达到整改目标。 整改任务:伊通河流经长春市后,水质由Ⅲ类下降为劣Ⅴ类,是目前松花江流域污染最重的河流。 "
        "整改目标:2020年全面达到上级考核要求。\n"
    )
    assert extract_text(text).report.inspection_kind == "督察"


def test_widgets_to_set_the_home_page_and_bookmark_it_are_no_issuer() -> None:
    # (gold_real10/v01's widgets over gold_real11/w51's title, the line breaks lost.)
    text = (
        "设为首页 | 加入收藏 【无障碍】  关于省级环境保护督察第40项反馈问题整改销号的公示  发布时间:2020-08-19 11:06 "
        "来源:县应急管理局 作者: 【字体:  关于省级环境保护督察第40项反馈问题整改销号的公示    根据《湖南省省级环境保护督察交办问题"
        "整改销号指导意见》(湘突环改办函〔2019〕2号)要求,现将我县省级环境保护督察第四十项反馈问题整改完成情况进行销号前公示。\n"
    )
    assert extract_text(text).report.issuer == "县应急管理局"


def test_a_title_that_makes_its_rectification_public_after_a_breadcrumb_on_one_line_is_set_apart() -> None:
    # (gold_real4/m07's breadcrumb over gold_real21/i59's title "…情况的公开", the line breaks lost.)
    text = (
        "当前位置:首页 > 巡视巡察  市委政法委关于巡视集中整改情况的公开 根据十一届市委第八轮第一批巡视工作部署要求,现将市委政法委"
        "(含市法学会党组)巡视集中整改情况向社会公开。 一、履行主体责任情况 巡视工作开展后,市委政法委深刻把握政治整改方向。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == ("市委政法委关于巡视集中整改情况的公开", "市委政法委")


def test_a_title_without_关于_after_a_breadcrumb_on_one_line_is_set_apart_from_the_metadata_after_it() -> None:
    # (gold_real/h14's breadcrumb over gold_real11/w31's title, the line breaks lost.)
    text = (
        "当前位置: 首页 >> 本级巡察情况 字体大小: 临夏州贯彻落实省级生态环境保护督察反馈问题整改进展情况  来源:临夏州生态环境局 "
        "发布时间:2023-05-11 字号: 收藏  2022年4月11日至4月30日,甘肃省第五生态环境保护督察组对我州开展了生态环境保护督察,"
        "2022年8月25日向我州反馈了督察情况。州委、州政府高度重视,对反馈问题照单全收、诚恳接受。现将督察反馈问题整改进展情况公开如下。"
        "  一、整改工作开展情况  (一)深入学习领悟强化生态文明建设政治定力。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.inspected_unit) == ("临夏州贯彻落实省级生态环境保护督察反馈问题整改进展情况", "临夏州")


# Real pages run into one line, as a page that lost its line breaks sets them.


# (gold_real11/w44, its line breaks lost.)
W44_ONE_LINE = (
    "新闻中心  内江市市中区人民医院 关于精神专科病区审计整改结果的公告  2023-11-01 1531 分享到:  根据内江市市中区审计局"
    "《内江市市中区人民医院精神专科病区新建综合楼建设项目竣工决算审计报告》,我单位对照审计发现问题,全面认真落实整改,"
    "现将整改公告如下:    1.多计建安投资1373048.97元问题。  整改情况:已核减多计的工程建安投资1373048.97元。\n"
)


def test_a_body_named_a_space_before_关于_after_a_column_s_name_on_one_line_issues_the_notice() -> None:
    report = extract_text(W44_ONE_LINE).report
    assert (report.issuer, report.title) == (
        "内江市市中区人民医院",
        "内江市市中区人民医院关于精神专科病区审计整改结果的公告",
    )


def test_a_page_s_day_and_views_before_its_share_widget_on_one_line_date_the_notice() -> None:
    assert extract_text(W44_ONE_LINE).report.publish_date == dt.date(2023, 11, 1)


W69_ONE_LINE = (
    "政策新闻 | 泸州市政府投资建设工程管理第一中心关于《2021-2023年泸州市本级政府投资 重点项目建设管理情况专项审计调查》"
    "整改情况的公告 发布于:2025-01-19 15:45:21 517人 分享 根据《泸州市审计局专项审计调查报告》(泸审投调报【2024】14号)"
    "要求,我中心立即对涉及本单位“项目建设工期滞后”等问题已整改完成。截至目前,涉及相关问题已全部整改完成。 特此公告。 "
    "泸州市政府投资建设工程管理第一中心 2025年1月13日 转载请注明来源本文地址:https://www.tuituisoft/blog/42497.html\n"
)


def test_a_signature_run_on_before_a_note_on_reprinting_signs_the_notice() -> None:
    # (gold_real11/w69, its line breaks lost.)
    report = extract_text(W69_ONE_LINE).report
    assert (report.issuer, report.publish_date) == ("泸州市政府投资建设工程管理第一中心", dt.date(2025, 1, 13))


def test_the_page_s_own_address_is_no_address_to_write_to() -> None:
    # (gold_real11/w69, its line breaks lost: "本文地址:https://…".)
    assert extract_text(W69_ONE_LINE).report.contacts.address is None


def test_metadata_run_into_one_line_with_the_title_and_text_names_the_issuer_and_the_day() -> None:
    # (gold_real12/y09, its line breaks lost: no opening formula after the metadata.)
    text = (
        "政府信息公开  2017年度脱贫攻坚成效考核反馈问题整改实施方案  发布机构: 广元市昭化区射箭乡人民政府 发布时间: 2018-09-05 "
        "字体: [ ]   为认真贯彻落实省委办公厅、省政府办公厅《关于…的通知》精神,坚持问题导向,强化责任担当,举一反三加大整改力度,"
        "制定本实施方案。  一、整改内容  1.专项整改问题  (1)将脱贫人口指标集中安排给当年计划退出村。  整改措施:继续坚持采取"
        "“自下而上、自上而下”的方式,科学确定脱贫人口指标。\n"
    )
    report = extract_text(text).report
    assert (report.issuer, report.publish_date) == ("广元市昭化区射箭乡人民政府", dt.date(2018, 9, 5))


def test_a_metadata_table_run_into_one_line_dates_the_notice_by_its_publishing_day() -> None:
    # (gold_real12/y17, its line breaks lost: 发布日期, not 成文日期 nor the day the report was delivered.)
    text = (
        "2024年度自治州本级预算执行以及其他财政收支审计查出问题整改情况的报告 | 索 引 号 | kzsjj0000/2025-00012 | 主题分类 | 审计 |"
        " | 名 称 | ||| | 成文日期 | 2025-11-03 11:51 | 发布日期 | 2025-11-21 11:29 | | 文 号 | 〔〕号 | 有 效 性 | 有效 | | "
        "发文单位 | 克州审计局 | 发布机构 | 克州审计局 | 2025年11月3日在自治州十五届人大常委会第二十五次会议 自治州审计局局长周健 "
        "主任、各位副主任,秘书长,各位委员: 我受自治州人民政府委托,向自治州人大常委会报告2024年度自治州本级预算执行及其他财政收支"
        "审计查出问题整改情况,请予审议。\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2025, 11, 21)


def test_a_table_s_header_run_into_one_line_is_no_metadata() -> None:
    # (gold_real11/w16, its line breaks lost: "名称 | … | 时间 |" are columns, the caption's day is as of, not published.)
    text = (
        "序号 | 省份 | 所在地 | 水源地名称 | 水源地类别 (地级/县级) | 保护区类型 (一级、二级) | 问题类型 | 问题具体情况 | 具体整治措施"
        " | 计划完成 整治时间 | 备注 | 整治进展情况 | 是否完成整治 | 整治进度(%) | 12 | 四川省 | 大竹县 | 乌木 水库 | 县级 | 一级 | "
        "旅游餐饮 | 乌木水库水源地一级保护区,百岛湖度假村已停业,但房屋及设施未拆除,环境脏乱。 | 立即整改 | 2018年11月 | "
        "已组织专人对百岛湖度假村内的环境卫生进行全面清理。 | 否 | 30% | 大竹县饮用水水源地环境问题清理整治进展情况统计表"
        "(2018年7月20日) 分享到:\n"
    )
    assert extract_text(text).report.publish_date is None


def test_a_report_s_delivery_run_on_after_its_title_dates_it() -> None:
    # (shared/real-openings h12, its line breaks lost: "--20211228日在…会议", a date that lost its 年 and 月.)
    text = (
        "关怀版 无障碍 无障碍  您当前所在位置: 首页 > 政务五公开 > 结果公开 > 审计公开  关于2020年度市本级预算执行和其他财政收支"
        "审计查出问题整改情况的报告  访问量:  关于2020年度市本级预算执行和其他财政收支审计查出问题整改情况的报告  --20211228日在"
        "市届人大常委会会议  市审计局局长   李火生  主任、各位副主任、各位委员:  受市人民政府委托,向市人大常委会报告2020年度"
        "市本级财政预算执行及其他财政收支审计查出问题的整改情况,请予审议。\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2021, 12, 28)


def test_a_page_s_day_in_figures_before_its_source_dates_the_notice() -> None:
    # (gold_real11/w35, a traditional-character reprint, its line breaks lost.)
    text = (
        "手機版  政府資訊公開  當前位置:首頁 > 政府資訊公開  寧夏回族自治區對外公開中央環境保護督察整改情況  2018-02-08 "
        "文章來源環境保護部  2018-02-08 來源:環境保護部 分享到: [列印] 字號:[大] [中] [小]  2016年7月12日至8月12日,"
        "中央第八環境保護督察組對寧夏回族自治區開展了環境保護督察。2016年11月16日,反饋了督察意見。\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2018, 2, 8)


def test_a_metadata_head_run_into_an_opening_that_cites_documents_is_read() -> None:
    # (gold_real11/w79, its line breaks lost: "按照《…规定》(…)和《…方案》要求,现对…公示如下".)
    text = (
        "周村区水利局 标题: 关于第二轮中央生态环境保护督察信访交办件(受理编号X2SD202109080018)问题整改情况的公示 索引号: "
        "11370306004220051Q/2023-None 文号: 发文日期: 2023-07-25 发布机构: 周村区水利局  关于第二轮中央生态环境保护督察信访交办件"
        "(受理编号X2SD202109080018)问题整改情况的公示  发布日期:2023-07-25 • 字号: • | • 打印  按照《淄博市贯彻落实中央省生态"
        "环境保护督察及“回头看”信访交办件整改销号工作规定》(淄环督〔20193号)和《周村区贯彻落上级生态环境保护督察信访交办件整改"
        "销号工作方案》要求,现对第二轮中央生态环境保护督察信访交办件(受理编号X2SD202109080018)问题涉及我区整改情况公示如下:  "
        "一、反馈问题  淄博市周村区部分河长“只挂帅不作战”,相关问题未整改到位或整改后反弹。\n"
    )
    report = extract_text(text).report
    assert (report.issuer, report.publish_date) == ("周村区水利局", dt.date(2023, 7, 25))


def test_a_headline_that_a_round_s_findings_were_all_fed_back_names_no_unit_in_its_words() -> None:
    # (gold_real6/p11: "…巡察情况全部反馈完毕" names no unit "情况全部"; the text names the five.)
    text = (
        "十四届区委第四轮巡察情况全部反馈完毕\n2023-12-14 17:18:55 作者: 编辑:蒋健 来源:琼台福地微信公众号 点击:\n"
        "根据十四届区委第四轮巡察工作部署,2023年8月5日至9月28日,区委派出3个巡察组,分别对区卫生健康委员会党组、"
        "区妇幼保健院党总支、龙塘镇党委等3个党组织开展常规巡察。\n近日,区委巡察组分别向上述党组织反馈了巡察情况。\n"
    )
    assert extract_text(text).report.inspected_unit == "区卫生健康委员会党组、区妇幼保健院党总支、龙塘镇党委等3个党组织"


def test_a_site_s_welcome_that_opens_a_page_run_into_one_line_leaves_the_notice_after_it() -> None:
    # (gold_real15/j13, its line breaks lost: the welcome is the site's, the opening after it the notice's.)
    text = (
        "欢迎访问龙岩市科学技术协会网站! 2021年8月31日   在线投稿 设为主页 加入收藏 首 页 科协简介 公告通知 重要新闻 科学普及 "
        "学会活动 科技人物 基层动态 政策法规 科普博览 科普惠农 文件下载 j 龙岩市科学技术协会 >> 锟斤拷锟斤拷通知 关闭窗口 "
        "中共龙岩市科学技术协会党组关于巡察整改进展情况的通报 发布人:admin "
        "发布时间:2020/6/22 浏览次数:13903  根据龙岩市委巡察工作的统一部署,2019年6月16日至7月21日,市委巡察二组对市科协党组"
        "开展了巡察,并于2019年12月6日反馈了巡察意见,按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布。 "
        "一、强化组织领导推进整改落实 (一)统一思想,提高政治站位。12月6日下午,巡察反馈当日,随即召开党组成员碰头会议。\n"
    )
    report = extract_text(text).report
    assert (report.inspected_unit, report.inspection_start, report.feedback_date) == (
        "市科协党组",
        dt.date(2019, 6, 16),
        dt.date(2019, 12, 6),
    )


def test_a_key_s_first_value_on_a_line_run_together_is_the_page_s_not_a_table_column_s_below() -> None:
    # (gold_real11/w14, its line breaks lost: "来源:衡阳市林业局" heads it, a table's 问题来源 column comes later.)
    text = (
        "發布時間:2024-12-02??????來源:衡陽市林業局 關于2023年“綠盾”行動下發遙感監測問題線索銷號的公示 | |||||||||| "
        "為全面落實綠盾自然保護地強化監督專項行動,根據《關于國家級自然保護區生態環境問題整改銷號的指導意見》"
        "(國規環生態〔2022〕1號)文件精神,我市積極推進問題整改,已完成4個問題整改工作,現將整改情況公示如下: | |||||||||| "
        "序號 | 縣(市、區) | 問題編號 | 保護地名稱 | 保護地級別 | 問題所在功能區 | 活動/設施類型 | 問題來源 | 問題描述 | 整改成效 | "
        "整改完成情況 | 1 | 衡陽縣 | 202302-43-N1-007-MD-0018 | 南岳衡山國家級自然保護區 | 國家級 | 實驗區 | 其他人類活動 | "
        "生態環境部2023年遙感監測問題線索 | 位于界牌鎮界牌村內,被當地村民堆放廢礦渣。 | 種植桂花和油茶進行復綠 | 已完成 |\n"
    )
    assert extract_text(text).report.issuer == "衡陽市林業局"


def test_question_marks_a_page_garbled_its_spaces_to_end_its_source_s_name() -> None:
    # (gold_real16/o08: "來源:…分局???發布時間:…", a reprint's pinyin residue kept as written.)
    text = (
        "衡陽縣雷霆出擊迅速整治一非法洗砂場(chǎng)\n\n來源:市生態(tài)環(huán)境局衡陽縣分局???發(fā)布時(shí)間:2020-09-28 18:19\n"
        "近日,衡陽縣收到省督察組第4批關(guān)于“井頭鎮(zhèn)泗水中學(xué)附近有違法洗砂”信訪交辦件。縣委縣政府高度重視。\n"
    )
    assert extract_text(text).report.issuer == "市生態(tài)環(huán)境局衡陽縣分局"


def test_a_headline_run_into_its_source_and_day_on_one_line_is_set_apart_as_the_title() -> None:
    # (gold_real18/i11, its line breaks lost: a space after 来源's colon.)
    text = (
        "雁塔区委第一巡察组向区红十字会反馈巡察情况  来源: 雁塔区委巡察办 时间:2023-03-22 10:52:38  根据区委统一部署,"
        "2022523日至819日,区委第一巡察组对区红十字会开展了巡察。202339日,区委第一巡察组召开巡察区红十字会情况反馈会议。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == ("雁塔区委第一巡察组向区红十字会反馈巡察情况", "雁塔区委巡察办")


def test_an_announcement_s_own_day_run_on_after_its_title_dates_it() -> None:
    # (gold_real18/i07, a traditional reprint, its line breaks lost: "…的公告 (2020年10月9日公告) 根據…".)
    text = (
        "重慶市長壽區審計局關于2019年度區級預算執行和其他財政收支審計工作報告的公告 重慶市長壽區審計局 關于2019年度區級預算執行和"
        "其他 財政收支審計工作報告的公告 (2020年10月9日公告) 根據審計法及相關法律法規,區審計局依法對2019年度區級預算執行和其他"
        "財政財務收支情況進行了審計。根據《重慶市預算審查監督條例》的規定現予以公告:\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2020, 10, 9)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        # (gold_real17/l07: between the bullets of the page's fields.)
        (
            "• 005299259/2022-00014 • 新郑市审计局 • 审计结果公告,执行公开 • 2022-01-18 • 2022-01-18 ",
            dt.date(2022, 1, 18),
        ),
        # (gold_real/b11: before its source, bullets between.)
        (
            "----  关于2024年度市级预算执行审计查出问题整改情况的报告  • 2026-01-04 • 来源:市审计局 • 分享到 • -  ",
            dt.date(2026, 1, 4),
        ),
        # (gold_real4/g08: in brackets after the title, its source after it.)
        (
            "中共上海市普陀区委员会关于十二届市委第二轮巡视集中整改进展情况的通报 (2024-07-26)  来源: 上海普陀  ",
            dt.date(2024, 7, 26),
        ),
        # (gold_real11/w92: before how the page is made public.)
        (
            "113307000025920705/2024-00019 中共金华市农业农村局委员会关于市委巡察组反馈意见整改进展情况的通报 金华市农业农村局 "
            "2024-01-18 主动公开  朗读 ",
            dt.date(2024, 1, 18),
        ),
    ],
    ids=["between bullets", "before its source", "in brackets", "before made public"],
)
def test_a_page_s_day_in_figures_among_its_fields_run_into_one_line_dates_the_notice(head: str, day: dt.date) -> None:
    text = (
        head + "根据市委统一部署,2023年7月6日至9月6日,市委第四巡察组对市农业农村局党委进行了巡察。2023年10月19日,"
        "市委巡察组向市农业农村局党委反馈了巡察意见。现将巡察整改进展情况予以通报。 一、加强组织领导 及时成立巡察整改领导小组。\n"
    )
    assert extract_text(text).report.publish_date == day


def test_a_title_run_into_its_editor_and_day_on_one_line_is_set_apart() -> None:
    # (gold_real11/w93, its line breaks lost: "…整改进展情况 编辑:… 发表时间:…", its kind in the title.)
    text = (
        "【巡察整改】中共岳阳市市场监督管理局党组关于优化营商环境专项巡察“回头看”整改进展情况 编辑:岳纪宣 发表时间:2021-11-05 10:56 "
        "来源:巴陵风纪网  根据岳阳市委统一部署,2020年12月16日至2021年2月3日,市委优化营商环境专项巡察组对市市场监督管理局进行了"
        "专项巡察。2021年5月19日,市委优化营商环境专项巡察组向市市场监督管理局党组反馈了巡察意见。按照巡察工作有关要求,现将巡察"
        "整改进展情况予以公布。  一、组织整改落实情况  市委巡察组反馈意见提出了11项问题,我局党组高度重视。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.inspection_kind) == (
        "中共岳阳市市场监督管理局党组关于优化营商环境专项巡察“回头看”整改进展情况",
        "专项巡察“回头看”",
    )


def test_a_headline_run_into_its_bare_date_and_time_stamp_on_one_line_is_set_apart() -> None:
    # (gold_real4/g04, its line breaks lost: "…整改落实情况 2024-09-20 15:24 举报  经省委、省政府批准，…".)
    text = (
        "凉山州公开第三轮省级生态环境保护督察整改落实情况 2024-09-20 15:24 举报  经省委、省政府批准,2023年10月12日至26日,"
        "省生态环境保护督察组(以下简称督察组)对我州开展了第三轮省级生态环境保护例行督察。2024年1月3日,督察组向我州反馈了督察"
        "情况。州委、州政府认真研究制定督察报告整改任务清单,坚决抓好督察反馈问题整改落实,取得了阶段性成效。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.inspection_start, report.feedback_date, report.publish_date) == (
        "凉山州公开第三轮省级生态环境保护督察整改落实情况",
        dt.date(2023, 10, 12),
        dt.date(2024, 1, 3),
        dt.date(2024, 9, 20),
    )


def test_letter_spaced_metadata_run_into_the_text_below_the_title_names_the_issuer() -> None:
    # (gold_real12/y08, its line breaks lost: "发布机构: 水 利 局" in the paragraph after the title.)
    text = (
        "关于第三轮省生态环境保护督察整改任务销号的公示  发布日期: 2026.01.27 索 引 号 : 00062121-0-0404-2011-1185 "
        "发布机构: 水 利 局 文      号: 主 题  词: 农业、林业、水利 主题分类: 农业、林业、水利  第三轮省生态环境保护督察指出的"
        "“河长巡查流于形式”问题已完成整改,并通过验收,拟按程序实施销号。根据《河北省生态环境保护督察整改工作办法》有关要求,"
        "现将问题整改情况予以公示,公示期为2026年1月27日至2026年2月9日。如有异议,请通过电话或电子邮箱形式反馈。  "
        "电话:0310-7211243  整改任务    河长巡查流于形式。  责任单位  成安县水利局  整改目标  强化基层河长责任落实。\n"
    )
    assert extract_text(text).report.issuer == "水利局"


def test_a_newspaper_page_label_a_space_before_the_title_on_one_line_is_no_part_of_it() -> None:
    # (gold_real3/e14, its line breaks lost: "第C02版:要闻  十四届市委第十四轮巡察公告  按照…".)
    text = (
        "第A03版:要闻  某县水利局党组巡察整改进展情况的通报  根据县委统一部署,2024年3月5日至5月10日,县委第二巡察组对县水利局"
        "党组进行了巡察。现将巡察整改进展情况予以公布。  一、巡察反馈问题整改情况  1.理论学习不深入。整改情况:已完成整改。\n"
    )
    assert extract_text(text).report.title == "某县水利局党组巡察整改进展情况的通报"


def test_an_inspection_s_own_announcement_of_where_to_complain_is_no_notice() -> None:
    # (gold_real3/e14, its line breaks lost; gold_real7/q07 is titled 巡视公告: the units inspected, the complaints taken.)
    page = (ROOT / "gold_real3" / "docs" / "e14.txt").read_text(encoding="utf-8")
    text = " ".join(line.strip() for line in page.split("\n")).removeprefix("第C02版:要闻")
    assert extract_text(text).issues == []


def test_a_signature_run_on_after_the_last_sentence_of_a_one_line_page_names_the_issuer() -> None:
    # (gold_real9/j03 and gold_real11/w57, their line breaks lost: "…问责情况:无。 驻马店市人民政府 2018年11月9日 |".)
    text = (
        "关于中央环境保护督察组交办第10批信访件办理情况的公示 反映情况:某镇高速公路桥东路北一门业,油漆味大,噪声大。 "
        "调查核实情况:群众反映问题属实。 处理及整改情况:该公司已于2018年11月8日将固废暂存间全封闭,已整改到位。 问责情况:无。 "
        "驻马店市人民政府 2018年11月9日 |\n"
    )
    report = extract_text(text).report
    assert (report.issuer, report.publish_date) == ("驻马店市人民政府", dt.date(2018, 11, 9))


def test_an_address_run_into_the_call_for_objections_ends_before_it() -> None:
    # (gold_real11/w57, its line breaks lost: "六、受理部门、电话、邮箱及受理地址: 绥化市兰西生态环境局 受理电话:… 受理地址:…".)
    text = (
        OPENING
        + "一、巡察反馈问题整改情况 1.理论学习不深入。整改情况:已完成整改。 二、受理部门、电话、邮箱及受理地址: "
        "绥化市兰西生态环境局 受理电话:0455-8195082 受理地址:兰西县老武装部院内 如对该项整改任务完成情况有异议,请以书面形式反映。\n"
    )
    assert extract_text(text).report.contacts.address == "兰西县老武装部院内"


def test_metadata_run_into_a_breadcrumb_on_one_line_names_the_issuer() -> None:
    # (gold_real6/p08, its line breaks lost: the breadcrumb, the title and the page's metadata on one line of furniture.)
    text = (
        "当前位置: 首页 > 专题专栏 > 生态环境保护督察  辽阳市公开第二轮省级生态环境保护督察整改任务清单  时间发布:2022-11-11 15:30 "
        "阅读次数: 信息来源:市生态环境局 字体:[ ] 【打印文章】  2021年10月26日至11月9日,辽宁省第三生态环境保护督察组对辽阳市开展了"
        "第二轮省级生态环境保护督察,并于2022年2月23日向我市正式反馈了督察意见。现将整改情况公开如下。\n"
    )
    assert extract_text(text).report.issuer == "辽阳市生态环境局"


def test_a_site_s_clock_above_the_title_is_no_part_of_it() -> None:
    # (A Tianjin audit report's page, 2022: the site's name and the reader's day over the title.)
    text = (
        "天津政务网 2019年12月3日星期二\n简体| 繁体 无障碍 长者模式\n"
        "天津市2021年市级预算执行和其他财政收支审计查出问题整改情况的报告\n来源:天津市审计局 发布时间:2022-12-07 14:36\n"
        "主任、各位副主任、秘书长、各位委员:\n我受市人民政府委托,向市人大常委会报告2021年市级预算执行和其他财政收支审计整改情况,请予审议。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.publish_date) == (
        "天津市2021年市级预算执行和其他财政收支审计查出问题整改情况的报告",
        dt.date(2022, 12, 7),
    )


def test_a_form_s_cell_for_the_unit_responsible_ends_the_problem_cell_above_it() -> None:
    # (A Chongqing district's 督察 task, 2022: a form flattened one cell a line, each closed by a bar.)
    text = (
        "整改任务概述 |\n部分区县生活垃圾及渗滤液处理能力不足。 |\n整改责任单位 |\n潼南区 |\n整改目标 |\n"
        "在2020年底前完成生活垃圾填埋场扩容。 |\n整改措施及成效 |\n整改措施:一是对填埋区膜覆盖。整改成效:渗滤液得到及时有效处置。 |\n"
        "整改时间 |\n2020年6月至2021年12月 |\n社会监督联系人及电话 |\n敬峰15310389382 |\n"
    )
    [issue] = extract_text(text).issues
    assert issue.problem == "部分区县生活垃圾及渗滤液处理能力不足"


AB11_FORM = (
    "责任单位(盖章):眉山市东坡生态环境局 2022年3月1日\n反馈问题\n东坡区曾庙村、璧山村仍有秸秆焚烧现象。\n责任单位\n眉山市东坡生态环境局\n"
    "整改目标\n坚决杜绝秸秆焚烧现象发生。\n整改主要工作及成效\n1.制定了秸秆禁烧和综合利用年度工作方案。\n2.建设了秸秆禁烧蓝天卫士监控系统。\n"
    "成效:截至目前东坡区曾庙村、璧山村秸秆焚烧现象已经完成整改。\n"
)  # (a Meishan district bureau's form for one fed-back problem, 2022, set out one cell a line)


def test_a_status_whose_subject_names_the_problem_again_is_the_problem_s() -> None:
    [issue] = extract_text(AB11_FORM).issues
    assert (issue.status, issue.status_text) == ("completed", "东坡区曾庙村、璧山村秸秆焚烧现象已经完成整改")


def test_work_done_on_a_part_the_problem_names_is_no_status_of_it() -> None:
    # (gold_real16/o06's kind: "该废弃矿坑已清理完毕" is work on a place the problem names, not its rectification.)
    text = AB11_FORM.replace("东坡区曾庙村、璧山村秸秆焚烧现象已经完成整改", "东坡区曾庙村、璧山村秸秆已清理完毕")
    [issue] = extract_text(text).issues
    assert issue.status == "not_stated"


def test_a_form_s_stamp_line_names_its_issuer_and_dates_it() -> None:
    report = extract_text(AB11_FORM).report
    assert (report.issuer, report.publish_date) == ("眉山市东坡生态环境局", dt.date(2022, 3, 1))


AB12_CLOSURE = (
    "第二轮省生态环境保护督察整改公示(第二十六项)\n"
    "《**市贯彻落实第二轮第三批省生态环境保护督察报告整改方案》明确的第二十六项整改事项已整改完成。根据《**省生态环境保护督察整改"
    "工作办法》等文件要求,现将该问题整改完成情况公示如下:\n一、整改事项\n第二十六项,督察发现,**区半月沟沿河仍有多个排口直排污水,"
    "中天外环**排口大量黑色污水外溢。\n二、责任单位\n**区委、区政府\n三、验收单位\n****环境局、****建设局、****水利局\n"
    "四、整改目标\n深化半月沟水环境治理。\n五、整改时限\n2025年12月底前\n六、整改措施\n(一)加大排口整治。开展排查溯源。\n"
    "(二)完成雨污分流。\n七、整改完成情况\n我区对照整改目标和时限,逐项落实整改措施。\n"
)  # (a Jiangsu district's closure of one 督察 task, 2025, as a tender site reprints it with its names masked)


def test_a_closure_form_s_matter_to_rectify_is_its_problem_past_the_task_s_ordinal() -> None:
    [issue] = extract_text(AB12_CLOSURE).issues
    assert issue.problem == "**区半月沟沿河仍有多个排口直排污水,中天外环**排口大量黑色污水外溢"


def test_a_closure_whose_opening_says_its_numbered_matter_is_done_states_it_done() -> None:
    [issue] = extract_text(AB12_CLOSURE).issues
    assert (issue.status, issue.status_text) == ("completed", "已整改完成")


def test_a_closure_form_s_feedback_field_is_its_problem() -> None:
    # (A Suizhou city bureau's closure of one central 督察 item, 2021: 一、反馈意见建议 / 二、整改目标 / 三、整改完成情况.)
    text = (
        "根据中央、省、市关于环保督察反馈意见整改工作的相关要求,现将我局第一轮中央生态环境保护督察反馈意见(序号32)整改销号情况公示如下:\n"
        "一、反馈意见建议\n在固废清理和监管上存在部门重视不足、源头管控不紧等问题。\n二、整改目标\n构建固体废物污染防治长效机制。\n"
        "三、整改完成情况\n我局组织专班,每季度对河流开展全线暗访巡查。\n四、下一步持续深化整改措施\n下一步,我局将加强日常巡查力度。\n"
    )
    [issue] = extract_text(text).issues
    assert issue.problem == "在固废清理和监管上存在部门重视不足、源头管控不紧等问题"


def test_an_opening_that_posts_its_numbered_task_s_completion_states_it_done() -> None:
    # (A Heilongjiang county's closure of one provincial 督察 task, 2025: "…已完成…第二十项问题整改,现对该项问题整改完成情况向社会公示".)
    text = (
        "我县已完成第三轮省级生态环境保护督察第二十项问题整改,现对该项问题整改完成情况向社会公示:\n一、整改问题:\n"
        "散煤污染治理工作推进不力,完成率仅为30.65%。\n二、整改目标:推进散煤污染治理。\n三、整改措施:\n1.完成燃煤锅炉淘汰。\n"
        "四、整改主要工作及成效:\n1.我县无10蒸吨以上燃煤锅炉。\n五、公示时间:2025年7月23日至2025年8月5日\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("completed", "已完成第三轮省级生态环境保护督察第二十项问题整改")


AB05_HEAD = (
    "首页\n督察城市生活垃圾填埋场\n2019-12-01 08:03:02\n来源:\n道孚县人民政府\n阅读数:\n72次\n字号:\n收藏\n打印\n分享:\n分享到朋友圈\n"
    "打开微信,点击底部的“发现”,使用“扫一扫”即可将网页分享至朋友圈。\n温馨提示:\n请完成个人中心登录后进行相关操作\n\n"
)  # (a Garze county portal's page, 2019: its widgets and prompts a line each)


def test_a_portal_s_widgets_and_prompts_a_line_each_are_furniture_and_its_source_below_its_key_names_the_issuer() -> (
    None
):
    text = (
        AB05_HEAD
        + "检查内容:垃圾填埋场作业是否规范。\n检查发现:一是未按卫生填埋要求填埋生活垃圾;二是渗滤液收集池破损\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer, report.publish_date) == (
        "督察城市生活垃圾填埋场",
        "道孚县人民政府",
        dt.date(2019, 12, 1),
    )


def test_a_heading_below_the_text_s_first_clauses_is_no_title() -> None:
    text = (
        "检查内容:垃圾填埋场基础设施是否完善;垃圾填埋场作业是否规范;渗滤液处理是否规范。\n"
        "检查发现:一是垃圾填埋场坝体前方防渗膜破损,未及时修复;二是未按卫生填埋要求填埋生活垃圾;三是垃圾填埋场周边存在垃圾飞散现象\n"
        "整改进展情况\n1、及时修复防渗膜。县住建局及时组织清挖更换坝体前的防渗膜。\n"
    )
    assert extract_text(text).report.title is None


def test_a_body_whose_name_a_reprint_masked_is_named_by_no_field() -> None:
    # (gold_real11/w87, a tender site's reprint: "****审计局于…对**市2022年至2023年公共工程…进行了专项审计调查".)
    text = (
        "****\n关于公共工程招标投标管理情况专项审计整改结果的公告\n****审计局于2024年8月28日至2024年12月6日对**市2022年至2023年"
        "公共工程招标投标管理情况进行了专项审计调查。根据《中华人民**国审计法》等有关规定,现将整改结果公告如下。\n"
        "一、工作开展情况\n我局高度重视审计发现问题整改工作。\n"
    )
    report = extract_text(text).report
    assert (report.issuer, report.inspected_unit, report.inspection_team) == (None, None, None)


AB06_TABLE = (
    "群众信访举报转办和边督边改公开情况一览表(第14批)\n来源:\n发布时间:2021-09-24\n浏览次数:2220\n?\n?序号\n?\n|\n? ? ? ? ? ?受理编号\n?\n|\n"
    "? ? ? ?交办问题基本情况\n?\n|\n? 所属企业单位\n?\n|\n? 行政区域\n?\n|\n? 污染类型\n?\n|\n? ? ? 调查核实情况\n?\n|\n? 是否属实\n?\n"
    "|\n? ? ? 整改落实情况\n?\n|\n? ?问责情况\n?\n|\n? 是否已办结\n?\n|\n? 1\n?\n|\n?\nD2ZGHJ202100111\n?\n|\n?\n"
    "投诉人举报湖北鸡笼山黄金矿业有限公司将尾矿尾砂倾倒至未做防渗处理的露天坑。\n?\n|\n? 湖北鸡笼山黄金矿业有限公司\n?\n|\n? 湖北省黄石市\n?\n|\n? 尾渣尾矿\n?\n|\n"
    "?\n经核实,举报问题基本属实。\n?\n|\n? 基本属实\n?\n|\n?\n责令企业停止向露天坑回填尾砂,完成露天坑治理。\n?\n|\n? 无\n?\n|\n? 已办结\n?\n|\n"
)  # (a central firm's 边督边改 table, 2021, as a mirror copies it: a cell a line between bars, its spaces garbled to ?)


def test_a_complaint_table_a_cell_a_line_between_bars_with_its_spaces_garbled_gives_its_row() -> None:
    # (gold_real25/ab06's layout, its one row whole.)
    [issue] = extractor.extract(load_bytes(AB06_TABLE.encode(), "ab06.txt")).issues
    assert (issue.problem, issue.status, issue.measures) == (
        "湖北鸡笼山黄金矿业有限公司将尾矿尾砂倾倒至未做防渗处理的露天坑",
        "completed",
        ["责令企业停止向露天坑回填尾砂,完成露天坑治理"],
    )


def test_a_table_s_header_set_a_cell_a_line_holds_no_title() -> None:
    report = extractor.extract(load_bytes(AB06_TABLE.encode(), "ab06.txt")).report
    assert report.title == "群众信访举报转办和边督边改公开情况一览表(第14批)"


def test_a_column_s_name_broken_over_two_lines_of_a_header_a_cell_a_line_is_one_column() -> None:
    # (gold_real16/o02: "办结" / "状态", "办结" / "时间", "是否" / "属实" in a complaint table set out a cell a paragraph.)
    text = (
        "阳江市阳东区关于中央督察组交办信访举报问题办理情况公示(第17批179号)\n\n序号\n\n举报内容\n\n办结\n\n状态\n\n办结\n\n时间\n\n"
        "是否\n\n属实\n\n调查核实情况\n\n处理和整改情况\n\n179\n\n来信反映:东城镇始兴路40号名城6栋楼下大根大碗粉未经净化,直接排放油烟。\n\n"
        "阶段性办结\n\n2021/9/17\n\n属实\n\n现场调查时,该美食店正常营业。\n\n责令该店2天内将蒸炉排气接入油烟净化设施排放。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status, issue.status_text) == (
        "东城镇始兴路40号名城6栋楼下大根大碗粉未经净化,直接排放油烟",
        "long_term",
        "阶段性办结",
    )


def test_news_of_one_complaint_s_handling_that_quotes_it_gives_it_with_where_it_stands() -> None:
    # (gold_real16/o08: "…收到省督察组第4批关于“…”信访交办件。…目前该信访件已经办结,…".)
    text = (
        "衡阳县雷霆出击迅速整治一非法洗砂场\n近日,衡阳县收到省督察组第4批关于“井头镇泗水中学附近有违法洗砂,洗砂废水直排河流”信访交办件。"
        "县委县政府高度重视,第一时间赴现场调查。\n目前该洗砂场已断水断电,洗砂设备已全部拆除运走。\n"
        "目前该信访件已经办结,办结报告已上报市工作组。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status, issue.status_text) == (
        "井头镇泗水中学附近有违法洗砂,洗砂废水直排河流",
        "completed",
        "该信访件已经办结",
    )


def test_news_of_one_complaint_s_handling_that_names_it_as_a_problem_gives_it() -> None:
    # (gold_real25/ab10: "省督察組交辦的…管理不到位問題,在從嚴從速督辦下,已經整改到位。")
    text = (
        "石门立查立改一起涉危交办件\n9月14日,省督察组交办的石门县国彪汽车大修厂危险废物管理不到位问题,在从严从速督办下,已经整改到位。\n"
        "9月12日,石门县接到交办件,迅即组织调查核实,确认反映问题属实。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.problem, issue.status, issue.status_text) == (
        "石门县国彪汽车大修厂危险废物管理不到位问题",
        "completed",
        "已经整改到位",
    )


def test_news_of_one_complaint_that_says_not_where_it_stands_gives_no_item() -> None:
    text = (
        "石门县迅速处置一起交办件\n9月14日,省督察组交办的石门县国彪汽车大修厂危险废物管理不到位问题,石门县迅即组织调查核实。\n"
        "县领导表示,对省督察组交办问题,必须做到立接立办。\n"
    )
    assert extract_text(text).issues == []


def test_findings_a_keyed_paragraph_lists_are_the_items_the_numbered_rectification_answers_in_turn() -> None:
    # (gold_real25/ab05: "检查发现:一是…;二是…;三是…;四是…" over "整改进展情况" / "1、…" / "2、…" / "3、…", the copy cut before
    # the fourth's answer.)
    text = (ROOT / "gold_real25" / "docs" / "ab05.txt").read_text(encoding="utf-8")
    issues = extract_text(text).issues
    assert [(i.problem, i.path, i.measures[0]) for i in issues] == [
        ("垃圾填埋场坝体前方防渗膜破损,未及时修复", ["一是"], "及时修复防渗膜"),
        ("未按卫生填埋要求填埋生活垃圾", ["二是"], "垃圾按卫生填埋要求进行填埋"),
        ("垃圾填埋场周边存在垃圾飞散现象", ["三是"], "对垃圾进行覆土碾压,确保垃圾不随处飞散"),
    ]


def test_numbered_items_that_state_problems_of_their_own_are_the_findings_whatever_the_opening_lists() -> None:
    text = (
        OPENING + "巡察发现:一是理论学习不深入;二是制度执行不严格\n"
        "1、理论学习不深入的问题。整改情况:已完成。\n2、制度执行不严格的问题。整改情况:已完成。\n"
    )
    assert [i.path for i in extract_text(text).issues] == [["1"], ["2"]]


def test_a_numbered_item_that_tells_a_measure_taken_is_no_finding_whatever_its_siblings() -> None:
    # (gold_real25/ab11's form run into one line: its numbered work done, "2.建设了秸秆禁烧蓝天卫士监控系统。", beside a finding.)
    text = OPENING + (
        "二、巡察反馈问题整改情况\n1.理论学习不深入,学习制度执行不到位。\n2.建设了秸秆禁烧蓝天卫士监控系统。\n"
        "3.压实了属地监管责任,对禁烧工作落实不到位的单位进行通报批评。\n"
    )
    assert [i.path for i in extract_text(text).issues] == [["二", "1"]]


def test_findings_an_opening_sums_up_over_sections_with_items_of_their_own_leave_the_items_to_them() -> None:
    text = OPENING + (
        "巡察组指出:一是理论学习不深入;二是制度执行不严格\n1.思想建设方面\n(1)理论学习不深入。整改情况:已完成。\n"
        "2.制度建设方面\n(1)制度执行不严格。整改情况:已完成。\n"
    )
    assert [i.path for i in extract_text(text).issues] == [["1", "（1）"], ["2", "（1）"]]


def test_a_page_s_source_that_names_only_a_place_is_no_issuer() -> None:
    # (gold_real16/o10: "来源:渑池县", the county whose audit office announces; gold_real5/m05: "来源:宣化镇".)
    text = (
        "当前位置:三门峡市审计局 > 县区公告 > 文章详情\n\n渑池县第三高级中学工程项目结算情况审计结果公告\n\n"
        "发布时间:2019-10-25 08:19 来源:渑池县 作者:\n\n根据《中华人民共和国审计法》第二十二条的规定,渑池县审计局渑池县第三高级中学"
        "工程项目竣工结算情况进行了审计。现将审计结果公告如下:\n一、项目概况\n渑池县第三高级中学工程项目主要内容为回填土工程。\n"
    )
    assert extract_text(text).report.issuer is None


def test_a_tally_of_complaints_passed_on_beside_the_tasks_is_no_status_count() -> None:
    # (gold_real8/s08: the 130 complaints a 督察 passed on are not the 15 tasks its notice reports on.)
    text = (
        "2022年3月25日至4月25日,中央第五生态环境保护督察组对新疆维吾尔自治区开展了第二轮生态环境保护督察,"
        "并于6月1日反馈了督察报告。截至2025年6月底,巴州15项整改任务已完成整改14项;转办巴州130件信访事项已全部办结。\n"
    )
    assert extract_text(text).report.declared_status_counts is None


def test_a_title_s_issuer_ends_before_the_document_its_title_quotes() -> None:
    # (gold_real27/ad07: a 督察 office's report on the complaint a 交办函 passed on, the 函 named in 《》.)
    title = "黑河市中央环境保护督察整改工作领导小组办公室《关于中央第三环境保护督察组举报受理事项(第35-1批)交办函》案件处理情况的通报"
    assert extract_text(title + "\n" + OPENING).report.issuer == "黑河市中央环境保护督察整改工作领导小组办公室"


def test_the_team_whose_complaint_was_received_is_named_without_the_verb_and_not_from_the_plans() -> None:
    # (gold_real27/ad10, news of one complaint: its team named as received, 接…交办, and again in the plans, 将以…为契机.)
    text = (
        "7月28日晚,接陕西省第二轮生态环境保护督查组交办的信访问题后,宜君县信访督办组迅速行动,立即赶赴现场进行核查。\n"
        "经查,距离哭泉镇南塔村50米处,有一家庭小规模养殖户,影响了周边群众的日常生活。目前,整改正在稳步推进中。\n"
        "下一步,宜君县将以省第二轮生态环境保护督查组交办的信访问题为契机,对这一类投诉问题进行“回头看”。\n"
    )
    assert extract_text(text).report.inspection_team == "陕西省第二轮生态环境保护督查组"


def test_news_of_the_one_finding_an_audit_made_gives_it_with_where_it_stands() -> None:
    # (gold_real27/ad15: a county portal's news of an audit's finding and the audit team's return visit.)
    text = (
        "2022年大姚县审计局开展昙华乡领导干部“双责”审计过程中,发现昙华乡2021年实施的蓄水灌溉建设项目已于2021年6月竣工初验,"
        "但审计组现场调查发现,该项目存在蓄水池无法正常蓄水,供水管道设施未完善,无法正常使用发挥效益的问题。"
        "审计组对该问题提出相关整改要求。\n近日,审计组开展审计整改“回访”,目前该项目已完成整改,蓄水池已正常蓄水。\n"
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.status) for i in issues] == [
        ("蓄水池无法正常蓄水,供水管道设施未完善,无法正常使用发挥效益", "completed")
    ]


def test_news_of_an_audit_s_one_finding_and_its_rectification_gives_it_though_no_status_is_said() -> None:
    # (gold_real37/ao06: "…重点关注了…情况,发现<finding>。…高度重视审计查出的问题,…积极开展催收工作。", as ao05, ao07-ao09.)
    text = (
        "近日,云泽市机关事务服务中心采纳审计建议,积极落实审计整改,追回欠缴的门面租金55.55万元。\n"
        "云泽市审计局在2022年度市直部门预算执行审计项目中,重点关注了国有资产管理情况,发现2012年1月至2015年12月,"
        "该中心将门面出租给某企业,有55.55万元租金长期未收回。对此,审计提出强化催收手段的审计建议。\n"
        "该中心高度重视审计查出的问题,通过电话催缴、上门催收等方式,积极开展催收工作。截至目前,该企业欠缴的租金已全额追回。\n"
    )
    assert [(i.problem, i.status) for i in extract_text(text).issues] == [
        ("2012年1月至2015年12月,该中心将门面出租给某企业,有55.55万元租金长期未收回", "not_stated")
    ]


def test_news_of_an_audit_s_findings_run_into_one_list_gives_none() -> None:
    # (gold_real11/w10, gold_real37/ao10: "…审计中发现,部分县存在资金分配使用不及时、资金沉淀未发挥效用等问题。")
    text = (
        "日前,云泽县等4个县积极落实审计发现问题整改工作,盘活相关专项资金2219万元。\n"
        "去年2月至5月,市审计局在水污染防治情况专项审计中发现,部分县存在资金分配使用不及时、大量财政资金沉淀未发挥效用等问题。"
        "市政府高度重视,督促各地落实整改,已拨付到位相关专项资金1358万元。\n"
    )
    assert extract_text(text).issues == []


def test_when_an_audit_office_sent_its_team_is_no_part_of_the_office_s_name() -> None:
    # (gold_real37/ao07: "2023年下半年海門區審計局派出審計組,對余東鎮…進行審計".)
    text = "2023年下半年海门区审计局派出审计组,对余东镇领导干部任期内经济责任进行审计。审计发现,该镇尚有出租收益17.4万元未及时收缴。\n"
    assert extract_text(text).report.issuer in (None, "海门区审计局")


def test_but_before_an_audit_team_is_no_part_of_a_team_s_name() -> None:
    # (gold_real27/ad15: "…已于2021年6月竣工初验,但审计组现场调查发现": the audit office's team, which names none.)
    text = "2022年县审计局开展昙华乡审计过程中,发现项目已于2021年6月竣工初验,但审计组现场调查发现,该项目存在蓄水池无法蓄水的问题。\n"
    assert extract_text(text).report.inspection_team is None


def test_a_breadcrumb_whose_steps_backslashes_part_is_furniture() -> None:
    # (gold_real27/ad11: "首頁 \ 工作部署 \ 督察進駐 \ …", no title.)
    text = "首页 \\ 工作部署 \\ 督察进驻 \\ 边督边改 \\ 新闻报道 \\ 典型案例 |\n" + OPENING
    assert "工作部署" not in (extract_text(text).report.title or "")


def test_a_thing_a_pronoun_names_again_is_no_unit_inspected() -> None:
    # (gold_real27/ad11, news of complaints: "海垦街道环保站对该站点进行多次巡查".)
    text = (
        "海口市龙华区及时处理第三轮中央生态环境保护督察交办案件\n有群众反映,某废品收购站散发异味。该废品回收站已于12月8日将废品"
        "清理完毕。海垦街道环保站对该站点进行多次巡查,确认站点内废品日收日清。\n"
    )
    assert extract_text(text).report.inspected_unit is None


ONE_ROW_POSTED = (
    "| | 反映大堡乡大堡村新屋组因渔船、采砂船油污废水排入湘江,导致湘江水面有油污。 | | | 2018年11月13日,经联合调查核实,"
    "该信访举报件反映的问题属实。 | | 处理情况:常宁市人民政府将大堡乡的污水处理设施纳入2019年建设任务。\n"
    "整改情况:由常宁市住房和城乡建设局负责完善污水处理设施的建设。\n| |\n"
)


def test_a_table_row_posted_without_its_header_gives_its_first_cell_with_words_as_the_problem() -> None:
    # (gold_real27/ad09: a forum post holding one row of a complaint table, its empty cells kept.)
    problems = [i.problem for i in extract_text(ONE_ROW_POSTED).issues]
    assert len(problems) == 1 and "|" not in problems[0] and problems[0].endswith("导致湘江水面有油污")


def test_a_complainant_s_verb_before_the_place_complained_of_is_a_lead_in() -> None:
    assert extract_text(ONE_ROW_POSTED).issues[0].problem.startswith("大堡乡大堡村新屋组")


@pytest.mark.parametrize(
    ("opening", "count"),
    [
        # (gold_real27/ad03, ad04, ad07, ad08.)
        ("山东省第三生态环境保护督察组向我市交办第十五批信访转办件共计24件(重点关注案件0件)。", 24),
        ("省第六生态环境保护督察组12月10日(第二批)交办我市的4件信访问题,截至12月17日,已办结1件。", 4),
        (
            "关于中央第三环境保护督察组举报受理事项交办函案件处理情况的通报\n"
            "2018年7月2日,省协调联络组向我市转办第35-1批次,共1件举报案件,案件正在办理中。",
            1,
        ),
        (
            "2018年6月10日,我市收到中央第一环境保护督察“回头看”信访举报件交办单第9批(共1件)案件后,市委高度重视,立即责成"
            "商水县认真查处。现将案件查办结果汇报如下:",
            1,
        ),
    ],
)
def test_the_complaints_a_batch_passed_on_are_counted_in_more_forms(opening: str, count: int) -> None:
    handled = "一、群众反映情况\n运粮河河水受到污染。\n二、处理整改情况\n目前,已责令黄寨镇政府立即对河底进行清淤。\n"
    assert extract_text(opening + "\n" + handled).report.declared_issue_count == count


def test_a_complaint_s_report_set_out_as_fields_gives_what_the_complainant_said() -> None:
    # (gold_real27/ad08: a city's report on one complaint, 一、群众反映情况 / 二、调查核实情况 / 三、处理整改情况.)
    text = (
        "关于中央第一环境保护督察组第九批转办信访举报件查办情况的报告\n中央第一环境保护督察组:\n现将案件查办结果汇报如下:\n"
        "一、群众反映情况\n周口市商水县黄寨镇,运粮河河水受到污染,河水发白气味难闻。\n二、调查核实情况\n"
        "经现场调查,群众反映的运粮河水体污染问题基本属实。\n三、处理整改情况\n目前,已责令黄寨镇政府立即对河底进行彻底清淤和整治。\n"
    )
    issues = extract_text(text).issues
    assert [(i.path, i.problem) for i in issues] == [(["一"], "周口市商水县黄寨镇,运粮河河水受到污染,河水发白气味难闻")]


FORM_OF_ONE_COMPLAINT = (
    "中央第五环境保护督察组转交群众来电来信举报件办理情况表(信20170816134)\n\nAdmin 2018-01-28\n\n"
    "中央第五环境保护督察组转交群众来电来信举报件\n\n绵阳市农业局                               (第10批  2017年8月21日)\n\n"
    "序号 受理编号 交办问题基本情况 行政区域 污染类型 调查核实情况 是否属实 处理和整改情况 问责情况 是否办结\n\n"
    "1 信20170816134     四川省绵阳市盐亭县某养殖有限责任公司,修建大型养鸡场严重污染当地空气。 绵阳 大气 经调查,污染当地空气情况属实。\n"
)


def test_a_title_closing_with_the_case_number_in_brackets_ends_there() -> None:
    # (gold_real27/ad14: the form's caption and its batch line below the title, then the table's header row.)
    title = extract_text(FORM_OF_ONE_COMPLAINT).report.title
    assert title == "中央第五环境保护督察组转交群众来电来信举报件办理情况表(信20170816134)"


def test_a_table_s_header_row_a_space_apart_ends_the_title_above_it() -> None:
    text = (
        "某某市生态环境保护督察群众信访举报件办理情况\n序号 受理编号 交办问题基本情况 行政区域 污染类型 调查核实情况\n"
    )
    assert "序号" not in (extract_text(text).report.title or "")


def test_a_site_s_post_line_dates_the_page() -> None:
    assert extract_text(FORM_OF_ONE_COMPLAINT).report.publish_date == dt.date(2018, 1, 28)


@pytest.mark.parametrize("year", ["二O一四", "二0一四", "二o一四"])
def test_a_year_in_chinese_numerals_typed_with_a_letter_or_digit_for_its_zero_is_read(year: str) -> None:
    # (gold_real27/ad16, an audit result's date line: "(二O一四年十二月二十六日公告)".)
    text = f"某某工程项目结算情况审计结果公告\n({year}年十二月二十六日公告)\n一、工程基本情况\n工程主要内容包括溢洪道扩宽。\n"
    assert extract_text(text).report.publish_date == dt.date(2014, 12, 26)


def test_an_audit_result_s_finding_under_its_problems_and_their_rectification_is_read() -> None:
    # (gold_real27/ad16: "三、审计发现的主要问题及整改情况", one finding's paragraph, then the auditor's handling.)
    text = (
        "某某工程项目结算情况审计结果公告\n(二〇一四年十二月二十六日公告)\n一、工程基本情况\n工程主要内容包括溢洪道扩宽。\n"
        "三、审计发现的主要问题及整改情况\n市水利局报审的工程项目施工结算价1,464,196.00元,经审计,审定结算价为862,908.07元,"
        "多计工程价款601,287.93元。\n对审计中发现的问题,市审计局依法出具了审计报告,市水利局已按审计报告核算的工程价款据实结算。\n"
    )
    assert [i.path for i in extract_text(text).issues] == [["三"]]


@pytest.mark.parametrize("batch", ["(第一批 2023年9月2日)", "(第 七 批 201 7 年 8 月 27 日)"])
def test_a_batch_line_with_its_day_under_a_complaint_table_s_title_is_part_of_it(batch: str) -> None:
    # (gold_real27/ad06 and gold_real16/o05, as labelled: the title with its batch, spaces dropped.)
    text = f"东方市群众信访举报转办和边督边改公开情况一览表\n{batch}\n序号 | 受理编号 | 交办问题基本情况 | 行政区域 |\n"
    title = extract_text(text).report.title or ""
    assert title.startswith("东方市群众信访举报转办和边督边改公开情况一览表(第") and title.endswith("日)")


def test_a_complaint_table_naming_its_columns_by_what_the_complaint_says_and_its_handling_is_read() -> None:
    # (gold_real27/ad04: 序號 | 地區 | 舉報的主要內容 | 查處情況 | 下一步工作 | 責任單位 | 備注.)
    text = (
        "随州市关于省第六生态环境保护督察组第二批交办件查处情况的公示\n省第六生态环境保护督察组12月10日交办我市的4件信访问题。\n"
        "序号 | 地区 | 举报的主要内容 | 查处情况 | 下一步工作 | 责任单位 | 备注 |\n"
        "1 | 广水市 | 某月子中心每天24小时楼顶上产生的噪音严重扰民。 | 经查,信访人反映情况属实。 | 已安装消声设备。 | 广水市人民政府 | |\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["某月子中心每天24小时楼顶上产生的噪音严重扰民"]


SPACED_TABLE = (
    "中央第三环保督察组转办第十八批信访件共计270件。\n截至9月7日,已办结256件,现予以公开;正在办理14件,待办理完毕后,一并向社会公开。\n"
    "中央环保督察组向山东转办群众信访举报件及边督边改公开情况一览表(第十八批)\n"
    "序号 受理编号 交办问题基本情况 行政区域 污染类型 调查核实情况 是否属实 处理类别 处理和整改情况 责任人被处理情况\n"
    "1 2145 青岛市即墨市龙山街道前北葛村西北侧有两家砖厂,排放大量粉尘、噪声。 青岛市 大气、噪声 经现场调查核实,该砖厂已停产。 是 "
    "停产整治 对该企业实施停产整治,督促其尽快办理环保手续。\n"
)


def test_a_table_flattened_a_space_between_cells_is_read_by_its_header_set_so() -> None:
    # (gold_real27/ad05: a province's table of the complaints a 督察 passed on, copied a space between cells.)
    issues = extract_text(SPACED_TABLE).issues
    assert [(i.path, i.problem) for i in issues] == [
        (["1"], "青岛市即墨市龙山街道前北葛村西北侧有两家砖厂,排放大量粉尘、噪声")
    ]


def test_a_disclosure_that_publishes_the_complaints_closed_states_them_closed() -> None:
    # ("已办结256件,现予以公开;正在办理14件,待办理完毕后,一并向社会公开": the rows published are the closed ones.)
    assert [i.status for i in extract_text(SPACED_TABLE).issues] == ["completed"]


def test_paragraphs_each_opening_with_the_quoted_problem_they_answer_without_a_de_are_items() -> None:
    # ("关于“…”问题,…" as gold_real27/ad13's news answers each complaint; "关于“…”的问题,…" was read already.)
    text = OPENING + (
        "二、整改情况\n关于“财务报销审核不严”问题,我局修订了财务制度,开展专项检查。\n"
        "关于“项目管理不规范”问题,我局开展专项检查,建立台账。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["财务报销审核不严", "项目管理不规范"]


def test_news_of_one_complaint_quoted_after_the_complainant_s_verb_gives_it_where_it_says_where_it_stands() -> None:
    # (As gold_real27/ad12 quotes its complaint, "…督察组交办的0016群众投诉反映“…”的问题"; that page says nowhere where it
    # stands, and stays news.)
    text = (
        "本报讯(记者 刘计划)连日来,永寿县对中央第三生态环境保护督察组交办的0016群众投诉反映“有人将收的破烂堆在店头镇樊家村村中间,"
        "有异味。向县环保局反映过,一直无人处理”的问题,第一时间进行核查整改。\n该县店头镇进行现场核查,对该废品堆积点进行彻底整治。"
        "目前,该问题已整改到位。\n"
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.status) for i in issues] == [
        ("有人将收的破烂堆在店头镇樊家村村中间,有异味。向县环保局反映过,一直无人处理", "completed")
    ]


def test_an_audit_result_s_title_names_the_project_audited_where_the_text_names_none() -> None:
    # (gold_real27/ad16, gold_real16/o10: "…工程项目结算情况审计结果公告", no sentence saying 对…进行了审计.)
    text = (
        "义马市五星水塘除险加固工程项目结算情况审计结果公告\n(二〇一四年十二月二十六日公告)\n一、工程基本情况\n"
        "工程主要内容包括溢洪道扩宽。\n三、审计发现的主要问题及整改情况\n施工结算价经审计多计工程价款601,287.93元。\n"
        "对审计中发现的问题,义马市审计局依法出具了审计报告,义马市水利局已按审计报告核算的工程价款据实结算。\n"
    )
    assert extract_text(text).report.inspected_unit == "义马市五星水塘除险加固工程项目"


def test_a_complaint_s_case_number_before_its_words_is_a_lead_in() -> None:
    # (gold_real29/af03: "16、受理编号671:城关区…垃圾转运站,臭味扰民。")
    text = (
        "中央第五生态环境保护督察组转办兰州市第十四批信访案件(二)\n"
        "16、受理编号671:城关区麦积山路旧大路口修建的垃圾转运站,臭味扰民。\n责任单位:城关区政府\n"
        "经现场核查,反映情况属实。目前该垃圾站臭味已消除。\n该问题已办结。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["城关区麦积山路旧大路口修建的垃圾转运站,臭味扰民"]


def test_the_check_that_fed_a_problem_back_after_its_key_is_a_lead_in_too() -> None:
    # (gold_real29/af08: "反馈问题:2024年省秦岭生态保护交叉执法检查反馈太白县…".)
    text = (
        "现就太白县咀头镇眉凤路旁疑似制砖厂问题整改情况进行公示。\n"
        "反馈问题:2024年省秦岭生态保护交叉执法检查反馈太白县咀头镇眉凤路旁疑似制砖厂无用地等相关手续,乱搭乱建。\n"
        "整改措施:拆除违建,恢复土地原状。\n完成情况:该问题已整改到位。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["太白县咀头镇眉凤路旁疑似制砖厂无用地等相关手续,乱搭乱建"]


def test_news_of_one_complaint_quoted_with_no_word_after_it_gives_it_where_the_news_says_where_it_stands() -> None:
    # (gold_real29/af09: "…督察组向广安市移交第二批信访件,其中一件反映“…”" and "目前,相关整改工作正在有序加快推进。")
    text = (
        "本报讯 11月5日,中央第五生态环境保护督察组向广安市移交第二批信访件,其中一件反映“广安市武胜县加油站漏油,2015年就污染了"
        "村民的水井,鱼塘里的鱼也毒死了……”接到信访件后,武胜县委县政府高度重视,立即组织相关部门对信访件反映的问题进行核实并督办整改。\n"
        "经核实,该加油站地下有3个油罐,目前已升级为双层油罐。目前,相关整改工作正在有序加快推进。\n"
    )
    assert [i.status for i in extract_text(text).issues] == ["in_progress"]


def test_a_text_with_a_few_stray_tags_is_read_as_text_with_its_lines_kept() -> None:
    # (gold_real29/af03: a spam mirror's empty <video>, <source> and <td> tags above the page's own lines.)
    text = (
        '<video id="m"><mark id="m"><object id="m"></object></mark></video>\n1. <source id="m"><td id="m"></td></source>\n'
        '<b id="m"></b>\n中央第五生态环境保护督察组转办兰州市第十四批信访案件(二)\n'
        "16、受理编号671:城关区麦积山路旧大路口修建的垃圾转运站,臭味扰民。\n责任单位:城关区政府\n经现场核查,反映情况属实。\n"
        "目前该垃圾站臭味已消除。\n该问题已办结。\n17、受理编号676:七里河区西站东路某加工铺生产经营时,噪音扰民。\n责任单位:七里河区政府\n"
        "经现场核查,反映情况属实。\n已责令其整改。\n该问题已办结。\n"
    )
    issues = extractor.extract(load_bytes(text.encode("utf-8"), "page.txt")).issues
    assert [i.path for i in issues] == [["16"], ["17"]]


def test_a_page_s_source_naming_its_software_is_no_issuer() -> None:
    # (gold_real29/af13: "日期:2018-06-23    来源:系统    编辑:张润增".)
    text = (
        "关于中央环保督察组移交信访举报案件(第十三批)查处情况的公示\n日期:2018-06-23    来源:系统    编辑:张润增\n"
        "新区管委会按交办件要求,立即组织相关部门迅速调查核实,发现部分河道两侧有垃圾堆存,目前已全部清理干净。该举报件部分属实。\n"
    )
    assert extract_text(text).report.issuer is None


def test_the_unit_a_notice_calls_we_is_its_issuer_s_whole_name() -> None:
    # (gold_real29/af16: "…对我单位2024年度预算执行…进行了审计" signed 上海市宝山区国有资产监督管理委员会.)
    text = (
        "宝山区审计局于2025年3月至4月,对我单位2024年度预算执行和其他财政收支情况进行了审计。现将我单位对审计发现问题的整改情况公告如下:\n"
        "一、针对利息收入上缴不及时的问题\n我单位已完成整改。\n上海市宝山区国有资产监督管理委员会\n2025年12月22日\n"
    )
    assert extract_text(text).report.inspected_unit == "上海市宝山区国有资产监督管理委员会"


def test_a_complaint_s_report_with_its_check_and_plans_as_fields_gives_the_complaint() -> None:
    # (gold_real29/af05: 一、交办问题基本情况 / 二、调查情况 / 三、下步计划, a bureau's report to the 督察 office.)
    text = (
        "关于省级环保督察热线(受理编号:20200522-4)转办件的报告\n省生态环境保护督察办公室:\n"
        "2020年5月27日,接到省环保督察热线转办件后,我局立即组织人员调查核实。现将调查情况汇报如下:\n"
        "一、交办问题基本情况\n黑石岭村路东存在一家洗沙厂,废水直排渗坑,污染地下水源。\n二、调查情况\n"
        "执法人员立即前往现场排查,未发现有洗沙问题。\n三、下步计划\n我局将继续加大巡查力度。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["黑石岭村路东存在一家洗沙厂,废水直排渗坑,污染地下水源"]


def test_another_column_s_name_ends_a_form_field_s_value_above_it() -> None:
    # (gold_real29/af14: 交办问题基本情况 / <complaint> / 行政区域 / 重庆市涪陵区 / 污染类型 / 生态噪声 / 调查核实情况 / …)
    text = (
        "国家能源局发布中央生态环境保护督察群众情况反映转办和边督边改公开情况一览表(第十七批)。\n\n交办问题基本情况\n\n"
        "重庆市涪陵区武陵山乡金子山村举报人反映风力发电场噪音大的问题。\n\n行政区域\n\n重庆市涪陵区\n\n污染类型\n\n生态噪声\n\n"
        "调查核实情况\n\n查明风电场21号和23号风机附近有植被破坏未修复痕迹。\n\n是否属实\n\n部分属实\n\n处理和整改情况\n\n"
        "国家能源局责成该公司立即整改,已完成植被恢复。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == [
        "重庆市涪陵区武陵山乡金子山村举报人反映风力发电场噪音大的问题"
    ]


def test_the_round_that_fed_a_problem_back_is_a_lead_in() -> None:
    # (gold_real30/ag04: "一、环保督察反馈的问题" / "第二轮省生态环境保护督察反馈危险废物管理存在漏洞,…".)
    text = (
        "一、环保督察反馈的问题\n第二轮省生态环境保护督察反馈危险废物管理存在漏洞,医疗废物产生量和处置量不一致。\n"
        "二、整改目标\n统一计量标准。\n三、整改措施\n(一)组织核查原因。\n四、整改期限\n立行整改、长期坚持\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["危险废物管理存在漏洞,医疗废物产生量和处置量不一致"]


def test_a_complaint_closure_s_matter_as_its_field_and_a_resident_s_verb_as_a_lead_in() -> None:
    # (gold_real30/ag03: "一、信访事项" / "市民反映:泰州市…".)
    text = (
        "省生态环境保护督察交办信访件整改公示\n省生态环境保护督察交办编号:19-227号信访事项已整改完成。现将该问题整改完成情况公示如下:\n"
        "一、信访事项\n市民反映:泰州市某物流公司多次违规处置医疗废物,存在转移台账造假等问题。\n二、整改实施主体\n泰州市某物流公司\n"
        "三、整改措施\n1、做到即收、即运、即送。\n四、完成时限\n2023年5月1日前\n五、整改完成情况\n完成。\n"
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.status) for i in issues] == [
        ("泰州市某物流公司多次违规处置医疗废物,存在转移台账造假等问题", "completed")
    ]


def test_a_complaint_s_report_whether_true_and_told_before_and_its_progress_are_fields() -> None:
    # (gold_real30/ag05: 一、反映问题 / 二、属实情况 / 三、重复情况 / 四、办理进展情况 / 五、下步工作计划; "受理编号:X2YN….投诉人反映:…".)
    text = (
        "临沧市人民政府关于中央第八生态环境保护督察组交办信访问题核实情况的报告\n现将核实情况报告如下:\n"
        "一、反映问题\n受理编号:X2YN202104220042。投诉人反映:临沧市某医疗废物处置公司管理混乱,存在传染风险隐患。\n"
        "二、属实情况\n经调查核实,举报人反映问题部分属实。\n三、重复情况\n该件为重复投诉件。\n"
        "四、办理进展情况\n已责令该公司整改。办结情况:未办结。\n五、下步工作计划\n持续跟踪督办。\n"
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.status) for i in issues] == [
        ("临沧市某医疗废物处置公司管理混乱,存在传染风险隐患", "in_progress")
    ]


def test_a_team_whose_matters_a_notice_asks_to_handle_is_named_without_the_verb() -> None:
    # (gold_real30/ag01: "《关于认真办理中央环境保护督察组交办群众举报环境污染问题(第十五批)的通知》".)
    text = (
        "柳州市人民政府关于中央环境保护督察组交办群众举报问题调查情况报告\n转来《关于认真办理中央环境保护督察组交办群众举报环境污染"
        "问题(第十五批)的通知》编号D450000201806210099反映的关于“某KTV开设在居民楼里,噪音扰民。”已收悉。现将处理情况答复如下:\n"
    )
    assert extract_text(text).report.inspection_team == "中央环境保护督察组"


def test_a_second_lead_in_on_the_next_line_is_read_past_too() -> None:
    # (gold_real30/ag05 set a sentence a line: "受理编号:X2YN202104220042。" / "投诉人反映:…".)
    text = (
        "现将核实情况报告如下:\n一、反映问题\n受理编号:X2YN202104220042。\n投诉人反映:某医疗废物处置公司管理混乱,存在传染风险隐患。\n"
        "二、属实情况\n经调查核实,举报人反映问题部分属实。\n三、办理进展情况\n已责令该公司整改。办结情况:未办结。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["某医疗废物处置公司管理混乱,存在传染风险隐患"]


def test_a_point_inside_a_complaint_s_findings_cell_is_no_item_of_its_own() -> None:
    # (gold_real30/ag11: a table set one cell a line; the second row's 调查核实情况 runs on to "（一）反映…问题，不属实" and
    # "（二）…", before its measures cell, and the copy stops there: the cut row is left out, its points with it.)
    cells = [
        "序号",
        "受理编号",
        "交办问题基本情况",
        "行政区域",
        "污染类型",
        "调查核实情况",
        "是否属实",
        "处理和整改情况",
    ]
    cells += ["是否办结", "责任人被处理情况"]
    first = [
        "1",
        "D2HA001",
        "某县东环路南段某纺织厂污水直排至厂南边的沟内。",
        "某县",
        "水",
        "经现场调查,反映问题不属实。",
    ]
    first += ["不属实", "已封堵原有雨水排口。", "是", "无"]
    second = [
        "2",
        "X2HA002",
        "某镇某村某矿业公司在该村采矿,毁坏村里土地百余亩。",
        "某县",
        "生态",
        "经现场检查,反映问题不属实。",
    ]
    second += [
        "(一)反映毁坏村里土地百余亩问题,不属实",
        "经调查,所反映区域的耕地仍由村民耕种。",
        "(二)反映梁家沟采区毁坏林",
    ]
    text = "中央第五生态环境保护督察组交办群众举报件信息公开(第15批)\n\n" + "\n\n".join(cells + first + second)
    assert [i.problem for i in extract_text(text).issues] == ["某县东环路南段某纺织厂污水直排至厂南边的沟内"]


_COMPLAINT_ANSWERED = (
    "中央环境保护督察组“回头看”信访举报件查办情况公示(十一)\n一、转办事项\n中央第一环境保护督察组转办信访举报件清单(第3批)\n"
    "二、查办结果\n关于群众反映“某镇某村第一道街马路上臭水沟形成3年之久,气味难闻”问题。经调查,群众反映问题属实。"
    "积水主要因路两侧地基加高所致。\n三、整改措施\n1.责令某镇政府对该路面进行改造处理。\n2.于6月20日之前完成整修硬化。\n"
    "某市协调保障工作领导小组办公室\n2018年6月8日\n"
)


def test_what_the_check_of_a_complaint_found_is_a_findings_section() -> None:
    # (gold_real30/ag10: a 公示 of one complaint answered under 二、查办结果, in a paragraph 关于群众反映“…”问题。经调查,….)
    assert [i.path for i in extract_text(_COMPLAINT_ANSWERED).issues] == [["二"]]


def test_a_complaint_quoted_after_who_made_it_is_the_quote() -> None:
    # (gold_real30/ag10: 关于群众反映“…”问题.)
    text = _COMPLAINT_ANSWERED.replace("二、查办结果", "二、信访件办理情况")
    assert [i.problem for i in extract_text(text).issues] == ["某镇某村第一道街马路上臭水沟形成3年之久,气味难闻"]


def test_a_second_look_named_after_its_team_is_the_kind() -> None:
    # (gold_real30/ag10's title: 中央环境保护督察组“回头看”信访举报件查办情况公示.)
    assert extract_text(_COMPLAINT_ANSWERED).report.inspection_kind == "督察“回头看”"


_TASK_CLOSED = (
    "突出生态环境问题整改验收销号公示\n某市2023年自排查突出生态环境243号问题已整改完成,并通过核查验收。现将问题整改完成情况公示如下:\n"
    "一、整改问题\n某园区光伏项目工地施工场地,现场施工裸土未覆盖。\n"
)


def test_a_form_cut_inside_its_second_field_gives_its_problem_not_the_field_s_name() -> None:
    # (gold_real19/i21 cut after "二、整改主體責任單位" / "征": two fields shown, the second cut.)
    found = extract_text(_TASK_CLOSED + "二、整改主体责任单位\n征").issues
    assert [(i.problem, i.status) for i in found] == [("某园区光伏项目工地施工场地,现场施工裸土未覆盖", "completed")]


def test_a_form_cut_at_its_second_field_s_label_gives_its_problem_not_the_field_s_name() -> None:
    # (gold_real4/g11 cut at "二、": the problem field alone is shown.)
    found = extract_text(_TASK_CLOSED + "\n二、").issues
    assert [(i.problem, i.status) for i in found] == [("某园区光伏项目工地施工场地,现场施工裸土未覆盖", "completed")]


def test_an_item_the_text_ends_before_the_key_its_neighbour_s_rectification_opens_with_is_left_out() -> None:
    # (The shared corpus's 004, cut after "2.“头雁”工程质量不高。…带领群众致富能力不足。": each item above it goes on to
    # 整改情况：…; this one's second sentence is more of its problem, not its rectification.)
    text = (
        "现将巡察整改情况予以公布。\n一、组织纪律方面\n(一)基层党组织建设存在短板\n"
        "1.基层党组织不健全。村级队伍力量不足,27个社区“两委”人员不符合应配备人数要求。\n"
        "整改情况:一是配齐社区“两委”班子。二是开展摸底排查,及时进行补选。\n"
        "2.“头雁”工程质量不高。社区基层干部队伍配备不强,文化水平偏低,带领群众致富能力不足。\n"
    )
    found = extract_text(text)
    assert [i.problem for i in found.issues] == [
        "基层党组织不健全。村级队伍力量不足,27个社区“两委”人员不符合应配备人数要求"
    ]
    assert any("before its rectification" in w for w in found.warnings)


def test_a_lone_item_that_says_what_was_understood_too_shallowly_is_a_finding_not_a_measure() -> None:
    # (The shared corpus's 002 cut after its first item: "（一）关于“统筹总揽有短板”的问题" over "1.对…决策部署理解不深，…"
    # and its 整改情况, no second item yet to show the level.)
    text = (
        "现将巡察整改情况予以公布。\n一、关于“政治站位不够高”方面\n(一)关于“统筹总揽有短板”的问题\n"
        "1.对脱贫攻坚重大决策部署理解不深,顶层设计缺乏连续性。\n整改情况:该项已办结。一是强化理论学习。\n"
    )
    found = extract_text(text).issues
    assert [(i.path, i.problem) for i in found] == [
        (["一", "（一）", "1"], "对脱贫攻坚重大决策部署理解不深,顶层设计缺乏连续性")
    ]


def test_a_lone_item_with_a_rectification_of_its_own_is_a_finding_not_a_measure() -> None:
    # (The shared corpus's 002 cut inside its (三): "（三）关于“贯通衔接不到位”的问题" over "12.对…缺乏长效机制，…" and its own
    # "整改情况：该项持续整改中。…一是…", an item that opens as a measure would, 对….)
    text = (
        "现将巡察整改情况予以公布。\n一、关于“政治站位不够高”方面\n(三)关于“贯通衔接不到位”的问题\n"
        "12.对巩固提升脱贫攻坚质效缺乏长效机制,基础建设欠账较多。\n"
        "整改情况:该项持续整改中。全市共完成整村推进144个村。一是宣传引导机制。二是组织领导机制。\n"
    )
    found = extract_text(text).issues
    assert [(i.path, i.status) for i in found] == [(["一", "（三）", "12"], "in_progress")]


def test_a_form_of_two_fields_that_opens_with_its_problem_is_a_form() -> None:
    # (gold_real16/o07 cut after its second field's first sentence: "一、整改问题概述" / … / "二、整改措施及完成情况" / "针对…。")
    text = (
        "现将第三轮省级环保督察反馈意见中(序号35)问题整改情况予以公示,接受社会监督。\n一、整改问题概述\n"
        "督察指出,某县存在建筑垃圾管理混乱现象。\n二、整改措施及完成情况\n针对上述问题,县综合行政执法局制定了详细的整改措施。\n"
    )
    assert [(i.path, i.problem) for i in extract_text(text).issues] == [(["一"], "某县存在建筑垃圾管理混乱现象")]


def test_an_item_the_end_cuts_after_its_problem_field_s_value_is_left_out() -> None:
    # (gold_real11/w87 cut after "（一）问题描述。…平台。": the form's other fields, its rectification, are cut.)
    text = (
        "现将整改结果公告如下。\n一、工作开展情况\n我局高度重视审计发现问题整改工作。\n二、问题整改情况\n"
        "(一)问题描述。根据审计报告反馈,市农业农村局检查结果未通过网站及时向社会公开。\n"
    )
    found = extract_text(text)
    assert found.issues == []
    assert any("field's name" in w for w in found.warnings)


def test_a_section_on_when_the_notice_is_posted_gives_no_item() -> None:
    # (gold_real11/w03 cut inside "二、公示时间" / "2019年12月".)
    text = (
        "现对已完成整改的问题情况进行公示,接受社会监督。\n一、中央环境保护督察组反馈问题情况\n"
        "任务清单第4项:长白山林区毁林种参总面积达7800公顷。\n责任单位:各林场\n整改措施:\n1.认真制定整改计划。\n"
        "整改完成情况:\n现已全部完成整改。\n二、公示时间\n2019年12月"
    )
    assert [i.path for i in extract_text(text).issues] == [["一"]]


@pytest.mark.parametrize("line", ["信息类别:", "规范性文件有效性:", "信息索取号: 000014349/2024-02918"])
def test_a_disclosure_page_s_catalogue_keys_are_its_furniture(line: str) -> None:
    # (gold_real27/ad01's head: "- 信息类别:" … "- 规范性文件有效性:" … "- 信息索取号: 000014349/2024-02918".)
    assert furniture.is_meta_line(line)


def test_a_case_number_the_text_ends_in_is_no_signature_s_date() -> None:
    # (gold_real27/ad01 cut in its first row's 受理编号, "| 70 | D3JX2024052", under the page's catalogue keys: the text is
    # cut, not signed "2024052", and the lines above the table no item.)
    page = (ROOT / "gold_real27" / "docs" / "ad01.txt").read_text(encoding="utf-8")
    cut = page.index("| 70 | D3JX2024052") + len("| 70 | D3JX2024052")
    assert extractor.extract(page[:cut]).issues == []


def test_a_form_of_two_fields_whose_problem_follows_its_name_after_a_colon_is_a_form() -> None:
    # (gold_real11/w52 cut after "二、整改情况:…整改已完成。": "一、转办问题基本情况:赣州市…" opens it.)
    text = (
        "现对已完成整改的问题情况进行公示。\n一、转办问题基本情况:某公司对石场公路沿线生态环境破坏严重,造成水土流失。\n"
        "二、整改情况:沉砂池已清理到位,弃土点拦挡措施已完成施工,整改已完成。\n"
    )
    found = extract_text(text).issues
    assert [(i.path, i.problem, i.status) for i in found] == [
        (["一"], "某公司对石场公路沿线生态环境破坏严重,造成水土流失", "completed")
    ]


def test_a_form_set_a_name_a_line_that_opens_with_its_problem_is_read_from_two_names() -> None:
    # (gold_real11/w51 cut inside its second field: "反馈问题" / "郴州市…" / "整改目标" / "对尾矿库…".)
    text = (
        "关于省级环境保护督察第40项反馈问题整改销号的公示\n现将我县反馈问题整改完成情况进行销号前公示。\n\n反馈问题\n\n某市有36家尾矿库存在环境问题,仍有13家企业还未整改到位。\n\n"
        "整改目标\n\n对尾矿库遗留问题开展再排查工作,消除环境隐患。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["某市有36家尾矿库存在环境问题,仍有13家企业还未整改到位"]


def test_a_table_set_a_cell_a_line_cut_after_the_next_row_s_number_gives_the_rows_before_it() -> None:
    # (gold_real30/ag11 cut at its second row's "2": that row has no problem's cell; it raised KeyError.)
    page = (ROOT / "gold_real30" / "docs" / "ag11.txt").read_text(encoding="utf-8")
    cut = page.index("不属实\n\n\n2") + len("不属实\n\n\n2")
    assert [i.problem for i in extract_text(page[:cut]).issues] == [
        "平顶山市宝丰县东环路南段,宝棉纺织厂,污水直排至厂南边的沟内"
    ]


def test_a_heading_the_end_cuts_under_an_item_closed_by_its_status_is_no_signature() -> None:
    # (gold_holdout8/r1 cut in "（二）上一轮巡察反馈问题整改不彻" under "…该项正在整改中。": it raised a span error.)
    text = (
        "现将巡察整改情况予以公布。\n三、巡察反馈问题整改情况\n(一)党建工作有短板\n1.党建与业务融合不够,党员作用发挥不充分。\n"
        "整改情况:组建党员应急突击队3支。该项正在整改中。\n(二)上一轮巡察反馈问题整改不彻"
    )
    found = extract_text(text)
    assert [(i.path, i.status) for i in found.issues] == [(["三", "（一）", "1"], "in_progress")]


def test_a_unit_s_heading_over_one_keyed_problem_is_no_problem() -> None:
    # (gold_real5/m01, one unit a heading, if a unit had one finding: "一、木垒县东城镇党委" / "反馈问题:…" / "整改情况:…".)
    text = (
        "现将第五轮巡察整改情况予以公布。\n一、木垒县东城镇党委\n反馈问题:人才振兴问题突出。镇党委对人才短缺问题研究谋划不足。\n"
        "整改情况:制定村级后备干部选拔培养相关制度,全镇共储备后备力量56名。\n"
    )
    assert [(i.path, i.problem) for i in extract_text(text).issues] == [
        (["一"], "人才振兴问题突出。镇党委对人才短缺问题研究谋划不足")
    ]


def test_a_unit_s_heading_over_a_keyed_problem_the_copy_cuts_before_its_rectification_gives_nothing() -> None:
    # (gold_real5/m01 cut before its first "整改情况:".)
    text = "现将第五轮巡察整改情况予以公布。\n一、木垒县东城镇党委\n反馈问题:人才振兴问题突出。镇党委对人才短缺问题研究谋划不足。\n"
    assert extract_text(text).issues == []


def test_a_heading_naming_a_unit_the_opening_named_over_one_keyed_problem_is_no_problem() -> None:
    text = (
        "第五轮巡察对木垒县东城镇、奇台县七户乡开展了常规巡察。现将整改情况予以公布。\n一、木垒县东城镇\n"
        "反馈问题:普法宣传不深入。\n整改情况:运用好村级“一月一学法”机制,提升群众法治意识。\n"
    )
    assert [(i.path, i.problem) for i in extract_text(text).issues] == [(["一"], "普法宣传不深入")]


@pytest.mark.parametrize("line", ["网站支持IPv6", "網站支持IPv6", "本站已支持IPv6访问"])
def test_a_portal_s_ipv6_badge_is_furniture(line: str) -> None:
    # (gold_real19/i22 opens "网站支持IPv6" over its headline; its traditional reprint took the badge into the title.)
    page = (ROOT / "gold_real19" / "docs" / "i22.txt").read_text(encoding="utf-8")
    body = page[page.index("\n") :]
    assert extractor.extract(line + body).report.title == extractor.extract(body.lstrip()).report.title


@pytest.mark.parametrize(("variant", "standard"), [("衞生", "卫生"), ("敍述", "叙述"), ("衹有", "只有")])
def test_a_hong_kong_or_taiwan_reprint_s_variant_characters_fold_as_their_standard_forms(
    variant: str, standard: str
) -> None:
    # (OpenCC's s2hk prints 衞 for 衛: gold_real/a13's 区卫健局党组 became 區衞健局黨組 and was read apart from 卫.)
    assert fold(variant) == standard


def _page(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def test_a_print_out_s_page_number_inside_a_status_field_leaves_its_verdict_read() -> None:
    # (gold_real11/w83 printed: "- 2 -" between the 完成情况 field's list and its "事项整改已完成。")
    page = _page("gold_real11/docs/w83.txt")
    verdict = page.index("事项整改已完成")
    [issue] = extractor.extract(page[:verdict] + "\n- 2 -\n" + page[verdict:]).issues
    assert (issue.status, issue.status_text) == ("completed", "事项整改已完成")


def test_a_widget_between_a_form_field_s_name_and_its_value_is_no_part_of_the_problem() -> None:
    # (gold_real11/w51, a mirror's "扫一扫在手机打开当前页" under its "反馈问题" cell.)
    page = _page("gold_real11/docs/w51.txt")
    value = page.index("郴州市有36家尾矿库")
    [issue] = extractor.extract(page[:value] + "扫一扫在手机打开当前页\n\n" + page[value:]).issues
    assert issue.problem.startswith("郴州市有36家尾矿库")


def test_a_signature_on_the_page_after_a_print_out_s_page_number_still_signs() -> None:
    # (gold_real11/w03 printed with its signature on a page of its own: "…大楼415室" / "- 2 -" / "松江河林业局" / date.)
    page = _page("gold_real11/docs/w03.txt")
    signed = page.rindex("松江河林业局\n")
    assert extractor.extract(page[:signed] + "- 2 -\n" + page[signed:]).report.issuer == "松江河林业局"


def test_a_print_out_s_page_number_between_the_signature_and_its_date_leaves_both() -> None:
    # (gold_real11/w57 printed: "中共兰西县委 兰西县人民政府" / "- 2 -" / "2022年11月25日".)
    page = _page("gold_real11/docs/w57.txt")
    dated = page.index("2022年11月25日\n备案号")
    report = extractor.extract(page[:dated] + "- 2 -\n" + page[dated:]).report
    assert report.issuer == "中共兰西县委、兰西县人民政府"


@pytest.mark.parametrize(
    "line", ["更多精彩内容，请关注微信公众号", "欢迎关注“某某发布”微信公众号", "【纠错】", "我要纠错"]
)
def test_a_site_s_follow_prompt_and_correction_widget_are_furniture(line: str) -> None:
    assert furniture.is_furniture(fold(line))


@pytest.mark.parametrize("line", ["请关注整改进展情况。", "纠错整改了3项问题。"])
def test_prose_that_opens_with_a_widget_s_word_is_no_furniture(line: str) -> None:
    assert not furniture.is_furniture(fold(line))


# Other pages' titles, as a site lists them under a notice (from the real sets' titles), some with their days.
OTHER_PAGES = (
    "中共梅州市交通运输局党组关于巡察整改情况的通报\n"
    "中共阿拉善右旗卫生健康委员会党组关于落实十二届旗委第九轮巡察第二巡察组巡察反馈意见整改进展情况的通报  2024-04-13\n"
    "中央第四生态环境保护督察组交办我市群众举报件边督边改情况公示(第三十一批1件、第三十二批1件)\n"
    "中共泉州市妇联党组关于巡察整改进展情况的通报  2024-02-11\n"
)


@pytest.mark.parametrize("heading", ["", "为您推荐\n", "相关推荐\n", "更多>>\n"])
def test_a_list_of_other_pages_under_a_signed_notice_adds_no_item(heading: str) -> None:
    # (gold_real11/w48, an audit result signed "成都市审计局" / "2017年11月27日": the titles became items under its 三、.)
    page = _page("gold_real11/docs/w48.txt")
    found = extractor.extract(page.rstrip("\n") + "\n" + heading + OTHER_PAGES)
    assert (found.issues, found.report.publish_date) == ([], dt.date(2017, 11, 27))


def test_a_list_of_other_pages_after_a_notice_s_last_paragraph_adds_no_item() -> None:
    # (gold_real15/j05, an audit result with no signature: the titles became items under its 三、.)
    page = _page("gold_real15/docs/j05.txt")
    alone = extractor.extract(page)
    listed = extractor.extract(page.rstrip("\n") + "\n" + OTHER_PAGES)
    assert [i.problem for i in listed.issues] == [i.problem for i in alone.issues]


def test_the_days_and_teams_of_other_pages_listed_under_a_notice_are_not_its_own() -> None:
    # (gold_real11/w10 names no team and no date of its own: the list lent it one title's team and another's day.)
    report = extractor.extract(_page("gold_real11/docs/w10.txt").rstrip("\n") + "\n" + OTHER_PAGES).report
    assert (report.inspection_team, report.publish_date, report.feedback_date) == (None, None, None)


def test_a_notice_s_last_line_that_reads_as_a_title_stays_the_notice_s() -> None:
    # (One line is no list: "…整改情况报告如下。" / "<body>" / "关于…问题整改情况的公示" may close a page's own text.)
    text = (
        OPENING
        + "二、巡察反馈问题整改情况\n（一）理论学习不深入。\n整改情况：制定年度学习计划，已完成整改。\n关于巡察整改情况的公示\n"
    )
    assert furniture.is_linked_title("关于巡察整改情况的公示")
    assert [i.status for i in extract_text(text).issues] == ["completed"]


OTHER_TITLES_ABOVE = (
    "中共梅州市交通运输局党组关于巡察整改情况的通报\n中共泉州市妇联党组关于巡察整改进展情况的通报  2024-02-11\n"
    "中共宜章县卫生健康局党组关于巡察整改进展情况的通报\n"
)


@pytest.mark.parametrize("heading", ["", "最新文章\n"])
def test_a_list_of_other_pages_over_a_notice_s_title_over_two_lines_gives_none_of_them_as_its_title(
    heading: str,
) -> None:
    # (gold_real/h16, its title set over two lines: "…关于第十四届" / "县委机动巡察整改进展情况的通报", a column's list over it.)
    report = extractor.extract(heading + OTHER_TITLES_ABOVE + _page("gold_real/docs/h16.txt")).report
    assert (report.title, report.issuer) == (
        "沧源佤族自治县医疗保障局党组关于第十四届县委机动巡察整改进展情况的通报",
        "沧源佤族自治县医疗保障局党组",
    )


def test_a_title_under_a_list_of_links_that_the_page_s_metadata_follows_is_the_page_s_own() -> None:
    # (gold_real/a04's head, "当前位置:…" left out, under a column's "最新文章" and its list.)
    page = _page("gold_real/docs/a04.txt")
    head = "最新文章\n" + OTHER_TITLES_ABOVE + page[page.index("\n") + 1 :]
    assert extractor.extract(head).report.title == "博兴县中医医院党委关于十四届县委第六轮巡察集中整改进展情况的通报"


def test_a_title_set_again_with_its_place_under_the_page_s_title_is_no_list() -> None:
    # (gold_real11/w34: the site's "省贯彻落实…情况报告" over the document's own "青海省贯彻落实…反馈意见" / "整改工作情况报告".)
    assert (
        extractor.extract(_page("gold_real11/docs/w34.txt")).report.title
        == "省贯彻落实中央环境保护督察反馈意见整改工作情况报告"
    )


def test_a_label_an_ideographic_space_before_a_form_field_s_name_heads_that_field() -> None:
    # (gold_real17/l05 as a page that sets "一、　整改任务:…": the line was cut after its label, and the form lost.)
    page = re.sub(r"(?m)^([一二三四五六七八九十]{1,3}、)", "\\1\u3000", _page("gold_real17/docs/l05.txt"))
    assert [i.problem[:20] for i in extractor.extract(page).issues] == ["市、县(市)区两级农业农村部门对畜禽粪污"]


@pytest.mark.parametrize(("page", "dropped"), [("gold_real3/docs/e01.txt", 2), ("gold_real11/docs/w21.txt", 2)])
def test_a_copy_that_starts_inside_the_organisation_section_gives_none_of_its_points_as_findings(
    page: str, dropped: int
) -> None:
    # (e01 from "（一）提高政治站位,确保整改方向始终不偏。…": a goal kept from happening read as a deficiency; w21 from
    # "（一）迅速行动,加强领导。…": "…梳理整改进展情况,压实整改责任" inside a sentence read as a rectification's key.)
    lines = _page(page).split("\n")
    whole = {i.problem for i in extractor.extract("\n".join(lines)).issues}
    assert {i.problem for i in extractor.extract("\n".join(lines[dropped:])).issues} <= whole


@pytest.mark.parametrize("heading", ["三、审计处理及建议情况", "二、信访举报受理范围", "三、反映问题联系方式"])
def test_an_audit_s_decision_or_an_announcement_s_terms_as_a_whole_heading_hold_no_finding(heading: str) -> None:
    # (gold_real16/o09 and gold_real3/e14 copied without their titles: the headings became items.)
    text = (
        "二、审计查出主要问题\n（一）多计工程价款106万元。\n（二）合同未按照规定时间进行签订。\n"
        + heading
        + "\n对上述问题，市审计局已出具审计报告，要求被审计单位进行整改。\n四、被审计单位的整改情况\n"
        "被审计单位已调减建安投资106万元，对其他问题已落实整改。\n"
    )
    assert [i.problem for i in extract_text(text).issues] == ["多计工程价款106万元", "合同未按照规定时间进行签订"]


def test_a_form_s_measures_under_their_heading_are_no_findings_where_a_copy_cut_its_problem_field() -> None:
    # (gold_real30/ag04 copied from its second line: "二、整改目标" / "三、整改措施" / "（二）针对不一致问题，规范…".)
    page = _page("gold_real30/docs/ag04.txt")
    assert extractor.extract(page[page.index("\n") + 1 :]).issues == []


@pytest.mark.parametrize("spam", ["• yl34511线路中心", "365bet网页版", "bet365官方入口"])
def test_a_spam_mirror_s_line_naming_a_betting_site_by_its_code_is_no_part_of_the_title(spam: str) -> None:
    # (gold_real32/ai02: "• yl34511线路中心" over "市委巡察组督查回访公司巡察整改落实情况" made the title
    # "yl34511线路中心市委巡察组…".)
    text = (
        f"{spam}\n\n    中共某某公司委员会巡察整改进展情况的通报\n\n    日期:2018-03-21\n\n"
        "根据市委统一部署，市委第四巡察组对公司党委开展了巡察。现将巡察整改进展情况予以公布。\n一、整改工作情况\n"
    )
    assert extract_text(text).report.title == "中共某某公司委员会巡察整改进展情况的通报"


@pytest.mark.parametrize(
    "spam",
    [
        "JBO官网APP首页登录",
        "JBO官网APP首页登录 ",
        "开云体育(中国)官方网站",
        "米乐·M6",
        "乐鱼体育官网投注:",
        "365bet网上娱乐_",
    ],
)
def test_a_betting_site_s_brand_a_spam_mirror_runs_into_the_title_is_no_part_of_it(spam: str) -> None:
    # (gold_real19/i21: "JBO官网APP首页登录 2022年省生态环境保护督察反馈第15号问题整改验收销号公示"; a mirror's brand
    # before the issuer made it the issuer: "JBO官网APP首页登录潮州市湘桥区农业农村局党组".)
    title = "某某县农业农村局党组关于巡察整改进展情况的通报"
    text = (
        f"{spam}{title}\n发布时间：2024-03-01\n"
        "根据县委统一部署，县委第二巡察组对县农业农村局党组开展了巡察。现将巡察整改进展情况予以公布。\n一、整改工作情况\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == (title, "某某县农业农村局党组")


@pytest.mark.parametrize("spam", ["JBO官网APP首页登录 ", "365bet网上娱乐_"])
def test_a_betting_site_s_brand_before_a_title_that_opens_with_its_year_or_关于_is_no_part_of_it(spam: str) -> None:
    for title in (
        "2022年省生态环境保护督察反馈第15号问题整改验收销号公示",
        "关于十二届市委第二轮巡视集中整改进展情况的通报",
    ):
        text = f"{spam}{title}\n发布时间：2024-03-01\n根据市委统一部署，现将整改情况予以公布。\n一、整改工作情况\n"
        assert extract_text(text).report.title == title


def test_a_title_on_an_app_keeps_its_words() -> None:
    text = (
        "市政务服务APP整改情况的通报\n发布时间：2024-03-01\n"
        "根据市委统一部署，市委第二巡察组对市政务服务中心开展了巡察。现将巡察整改进展情况予以公布。\n一、整改工作情况\n"
    )
    assert extract_text(text).report.title == "市政务服务APP整改情况的通报"


def test_a_spam_mirror_s_words_run_into_the_opening_formula_leave_the_title_above_it() -> None:
    # (gold_real11/w109 with a mirror's "JBO官网APP首页登录" run into its formula: the line read as the page's metadata
    # with the body run in, and the title above it was lost.)
    text = (
        "关于巡察某某县东港镇党委的反馈意见\n\n"
        "JBO官网APP首页登录根据县委统一部署，2024年4月1日至6月28日，县委第五巡察组对东港镇以及下辖6个村开展专项巡察。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.inspection_start) == ("关于巡察某某县东港镇党委的反馈意见", dt.date(2024, 4, 1))


def test_an_audit_s_formula_citing_the_law_run_into_the_page_s_metadata_opens_the_body() -> None:
    # (gold_real11/w10 with a line of metadata run into "根据《中华人民共和国审计法》的规定，…": its dates were lost.)
    text = (
        "发布时间：2023-01-05 来源：本网 根据《中华人民共和国审计法》的规定，某县审计局于2022年10月24日起采取就地审计的方式，"
        "对某县卫生健康局原主要负责同志履行经济责任情况进行了审计。\n"
    )
    assert extract_text(text).report.inspection_start == dt.date(2022, 10, 24)


@pytest.mark.parametrize("dateline", ["", "发布时间:\n2025-06-27\n作者:\n来源:\n浏览量:\n"])
def test_a_title_broken_inside_its_issuer_s_name_keeps_the_whole_name(dateline: str) -> None:
    # (gold_real20/i30 sets its title "中共遵义民航产业发展(集团)有限公司" / "委员会关于巡察整改进展情况的通报" under the
    # page's dateline; where the page showed only that, the issuer was "委员会".)
    text = (
        f"NEWS\n{dateline}中共某某民航产业发展(集团)有限公司\n委员会关于巡察整改进展情况的通报\n"
        "根据市委统一部署，市委第六巡察组对某某民航产业发展(集团)有限公司党委开展了巡察。现将巡察整改进展情况予以公布。\n"
        "一、整改工作情况\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == (
        "中共某某民航产业发展(集团)有限公司委员会关于巡察整改进展情况的通报",
        "中共某某民航产业发展(集团)有限公司委员会",
    )


@pytest.mark.parametrize(
    "dateline",
    [
        "发表于 2024-01-02",
        "[ 2024-01-02 ]",
        "【2024-01-02】",
        "发布：2024-01-02",
        "录入时间：2024-01-02",
        "添加时间：2024-1-2",
    ],
)
@pytest.mark.parametrize("above", [True, False])
def test_an_older_site_s_or_a_forum_s_dateline_dates_the_notice(dateline: str, above: bool) -> None:
    title = "中共某某县民政局党组关于巡察整改进展情况的通报"
    head = f"{dateline}\n{title}" if above else f"{title}\n{dateline}"
    text = f"{head}\n根据县委统一部署，县委第一巡察组对县民政局党组开展了巡察。现将巡察整改进展情况予以公布。\n一、整改工作情况\n"
    report = extract_text(text).report
    assert (report.publish_date, report.title) == (dt.date(2024, 1, 2), title)


def test_labels_set_on_lines_of_their_own_head_the_words_below_them() -> None:
    page = (ROOT / "gold_real11/docs/w20.txt").read_text(encoding="utf-8")
    broken = re.sub(r"(?m)^([一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）)(?=\S)", r"\1\n", page)
    assert broken != page
    as_printed, broken_off = extractor.extract(page).issues, extractor.extract(broken).issues
    assert [(i.path, i.problem) for i in broken_off] == [(i.path, i.problem) for i in as_printed]
    assert as_printed and as_printed[0].path[:2] == ["一", "（一）"]


def test_a_form_s_labels_on_lines_of_their_own_head_its_fields() -> None:
    # (gold_real15/j08: a 督察 closure whose fields open the page, "一、第二轮省生态环境保护督察反馈问题" …, no sentence
    # before them.)
    page = (ROOT / "gold_real15/docs/j08.txt").read_text(encoding="utf-8")
    broken = re.sub(r"(?m)^([一二三四五六七八九十]{1,3}、)(?=\S)", r"\1\n", page)
    [issue] = extractor.extract(broken).issues
    assert (issue.path, issue.problem, issue.status) == (["一"], "澄城县生活垃圾填埋场污泥混合液问题", "completed")


def test_news_of_one_complaint_that_says_nowhere_where_it_stands_still_names_it() -> None:
    # (gold_real29/af10: a traditional-character reprint of news of one complaint a 督察 passed on, quoted after
    # 反映, its handling told but not whether it is done.)
    page = (ROOT / "gold_real29/docs/af10.txt").read_text(encoding="utf-8")
    [issue] = extractor.extract(page).issues
    assert issue.problem.startswith("龍山縣龍車鎮龍車村養殖戶某某違規養殖") and issue.status == "not_stated"


def test_a_linked_notice_below_the_text_names_neither_the_unit_nor_the_issuer() -> None:
    # (gold_real3/d05 calls itself 我局党组; a list of related pages below it names another unit fed back to.)
    page = (ROOT / "gold_real3/docs/d05.txt").read_text(encoding="utf-8").rstrip("\n")
    links = "\n相关阅读：\n1.中共某某镇委员会关于巡察整改情况的通报\n2.县委第三巡察组向县民政局党组反馈巡察情况\n"
    report = extractor.extract(page + links).report
    assert (report.issuer, report.inspected_unit) == ("中共广州市规划和自然资源局天河区分局党组", "我局党组")


def test_a_linked_notice_below_the_text_gives_no_formal_name_to_its_issuer() -> None:
    # (gold_real/a14 is issued by 局党组, named no more fully; a list of related articles below it names another's.)
    page = (ROOT / "gold_real/docs/a14.txt").read_text(encoding="utf-8").rstrip("\n")
    links = "\n相关文章\n· 县委第二巡察组进驻县卫健局开展巡察\n· 中共某某县卫健局党组关于巡察整改进展情况的通报\n"
    assert extractor.extract(page + links).report.issuer == "局党组"


def test_annexes_numbered_under_their_heading_are_no_items() -> None:
    # (gold_real11/w66 ends with its third item, "三、关于“后续管养不到位”的整改情况", and its signature.)
    page = (ROOT / "gold_real11/docs/w66.txt").read_text(encoding="utf-8").rstrip("\n")
    issues = extractor.extract(page + "\n附件：\n1.整改问题清单.docx\n2.整改台账\n").issues
    assert [(i.path, i.problem) for i in issues][-1] == (["三"], "后续管养不到位")


def test_annexes_numbered_after_the_last_item_leave_it_whole() -> None:
    # (gold_real11/w54 ends with its 问题5 and the call for objections; annexes after them name files.)
    page = (ROOT / "gold_real11/docs/w54.txt").read_text(encoding="utf-8").rstrip("\n")
    [issue] = extractor.extract(page + "\n附件：\n1.整改问题清单.docx\n2.整改台账.xlsx\n").issues
    assert (issue.path, issue.status) == (["问题5"], "completed")


_FIELDS_NOTICE = ROOT / "gold/docs/001_c5853bb1bbc4a49d.txt"  # (a real notice: 原因分析 / 整改措施 / 整改情况 an item)


def _cut_after(text: str, words: str, keep: str = "") -> str:
    """`text` cut right after the first `words`, then `keep` of what follows."""
    at = text.index(words) + len(words)
    return text[:at] + keep


def test_a_copy_that_stops_after_an_item_s_measures_before_its_status_field_leaves_it_out() -> None:
    text = _FIELDS_NOTICE.read_text(encoding="utf-8")
    cut = _cut_after(text, "加强局内人员相关业务培训。")
    problems = [i.problem for i in extractor.extract(cut).issues]
    assert problems[-1] == "工程项目竣工验收机制未建立"  # (the item before, whole; not 专项工作人员不足…, cut)


def test_a_copy_that_stops_inside_the_next_field_s_name_leaves_the_item_out() -> None:
    # (A 督察 notice whose items run 责任单位 / 整改时限 / 整改进展, cut at "整改进".)
    text = next(ROOT.glob("gold_holdout*/docs/m7_ducha_shengtai.txt")).read_text(encoding="utf-8")
    cut = _cut_after(text, "整改时限：2024年3月底前", "\n\n整改进")
    problems = [i.problem for i in extractor.extract(cut).issues]
    assert problems[-1] == "县城建成区餐饮油烟扰民问题群众反映强烈，油烟净化设施安装使用率低"


def test_a_copy_that_stops_at_a_field_s_name_alone_leaves_the_item_out() -> None:
    # (The first item of a 督察 notice, 责任单位 / 整改时限 / 整改进展, cut after the name of its last field.)
    text = next(ROOT.glob("gold_holdout*/docs/m7_ducha_shengtai.txt")).read_text(encoding="utf-8")
    cut = _cut_after(text, "整改时限：2024年6月底前", "\n\n整改进展")
    assert extractor.extract(cut).issues == []


def test_a_copy_that_stops_after_a_clause_of_a_field_s_value_leaves_the_item_out() -> None:
    # (The first item of a 督察 notice cut in its 整改目标 after a comma.)
    text = next(ROOT.glob("gold_holdout*/docs/h3_env_ducha.txt")).read_text(encoding="utf-8")
    cut = _cut_after(text, "整改目标：城区生活污水集中收集率达到70%以上，")
    assert extractor.extract(cut).issues == []


def test_a_copy_that_stops_at_the_next_heading_s_label_keeps_the_item_above_whole() -> None:
    # (A 巡视 notice whose items list their measures 1./2. and close with 整改状态, cut at "三" of 三、.)
    text = next(ROOT.glob("gold_holdout*/docs/k3_xunshi_cuoshi.txt")).read_text(encoding="utf-8")
    cut = _cut_after(text, "目前已全部整改到位。\n整改状态：已完成", "\n\n三")
    last = extractor.extract(cut).issues[-1]
    assert (last.path, last.status) == (["二", "（四）"], "completed")


def test_a_copy_that_stops_at_the_next_measure_s_label_leaves_the_item_out() -> None:
    text = next(ROOT.glob("gold_holdout*/docs/k3_xunshi_cuoshi.txt")).read_text(encoding="utf-8")
    cut = _cut_after(text, "培训干部320人次。", "\n3.")
    assert extractor.extract(cut).issues == []


def test_a_copy_that_stops_after_a_problem_s_details_before_its_rectification_leaves_it_out() -> None:
    # (A 巡察 notice's first finding, "1.落实健康中国战略…不够有力。" and a sentence of its facts, cut there.)
    text = next(ROOT.glob("gold_holdout*/docs/q3_weijian_xuncha.txt")).read_text(encoding="utf-8")
    cut = _cut_after(text, "基本标准。")
    assert extractor.extract(cut).issues == []


def test_a_copy_that_stops_after_an_audit_finding_s_facts_leaves_it_out() -> None:
    # (An audit's first finding and what the check found, "抽查发现，2022年实施的3个…项目…多计工程款…", cut there.)
    text = next(ROOT.glob("gold_holdout*/docs/r2_shuiwu_shenji.txt")).read_text(encoding="utf-8")
    cut = _cut_after(text, "多计工程款186.52万元。")
    assert extractor.extract(cut).issues == []


def test_a_feedback_day_that_lost_its_month_is_read_by_the_day_the_progress_stands_at() -> None:
    # (gold_real6/n01: "2025117日…反馈了巡察意见" is 1-17 or 11-7; "截至2025年716日，…" rules out 11-7. No page date.)
    page = next(ROOT.glob("gold_real*/docs/n01.txt")).read_text(encoding="utf-8")
    assert extractor.extract(page).report.feedback_date == dt.date(2025, 1, 17)


def test_news_of_a_feedback_meeting_dated_in_figures_is_no_notice() -> None:
    # (gold_real11/w108, news that opens "2022年4月25日,縣委第二巡察組…反饋會召開", its day written 2022-04-25.)
    page = (ROOT / "gold_real11/docs/w108.txt").read_text(encoding="utf-8")
    result = extractor.extract(page.replace("2022年4月25日", "2022-04-25", 1))
    assert result.report.declared_issue_count is None and result.issues == []


def test_a_page_that_holds_its_text_twice_gives_each_item_once_and_says_so() -> None:
    # (The shared corpus's 000, a real notice, set twice on one page as a scraped page's print copy may be.)
    text = (ROOT / "gold/docs/000_25518d0931de2d4e.txt").read_text(encoding="utf-8")
    once, twice = extractor.extract(text), extractor.extract(text + "\n" + text)
    assert [(i.id, i.path, i.problem) for i in twice.issues] == [(i.id, i.path, i.problem) for i in once.issues]
    assert any("repeats items" in w for w in twice.warnings)


def test_two_complaints_that_read_alike_are_both_given() -> None:
    # (gold_real11/w15 reports two places whose complaints read alike, word for word.)
    text = (
        "关于督察反馈问题整改情况的公示\n根据督察整改要求，现将整改情况公示如下：\n"
        "反馈问题：村民承包的水面附近摆放的无基础看护房。\n整改情况：已拆除，已完成。\n"
        "反馈问题：村民承包的水面附近摆放的无基础看护房。\n整改情况：已拆除，已完成。\n"
    )
    assert [i.id for i in extract_text(text).issues] == ["1", "2"]


def test_news_of_one_complaint_s_handling_is_the_notice_of_its_rectification() -> None:
    # (gold_real27/ad12: "本报讯…对中央第三生态环境保护督察组交办的0016群众投诉反映“…”的问题,第一时间进行核查整改。" and what
    # was done, in a newspaper's words.)
    page = (ROOT / "gold_real27/docs/ad12.txt").read_text(encoding="utf-8")
    [issue] = extractor.extract(page).issues
    assert issue.problem == "有人将收的破烂堆在店头镇樊家村村中间,有异味。向县环保局反映过,一直无人处理"


def test_a_report_on_one_complaint_quoted_after_its_case_number_gives_it() -> None:
    # (gold_real27/ad07: "…共1件举报案件,…受理编号为4260号。现将办理情况报告如下:" / "受理编号4260:“<the complaint>”。")
    page = (ROOT / "gold_real27/docs/ad07.txt").read_text(encoding="utf-8")
    [issue] = extractor.extract(page).issues
    assert issue.problem.startswith("鸿雅家园一期的9家饭店、烧烤店")


def test_a_title_under_a_lone_number_a_page_s_widgets_left_is_the_title_not_a_running_header() -> None:
    text = (
        "孤男寡女免费观看电视剧战狼4,为了科长职位把妻子献给县委书记,适合一个人看流水的书,男生晚上睡不着想找点什么\n1. 1\n2\n"
        "中共某开发区工委关于省委第五轮巡视联动巡察整改进展情况的通报\n2025-04-29 18:10\n" + OPENING
    )
    assert extract_text(text).report.title == "中共某开发区工委关于省委第五轮巡视联动巡察整改进展情况的通报"


def test_a_name_put_together_around_its_alias_keeps_the_notice_s_characters_under_a_traditional_page_head() -> None:
    text = (
        "當前位置:首頁 -> 信息公開 -> 通知公告\n"
        "根据区委统一部署，2024年3月6日至4月30日，区委第二巡察组对中共某某新区明珠湾开发建设管理局（简称明珠湾管理局）"
        "党组开展专项巡察。2024年6月5日，区委巡察组向明珠湾管理局党组反馈了巡察意见。现将巡察整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.inspected_unit == "中共某某新区明珠湾开发建设管理局党组"


SPAM_MIRROR_HEAD = (
    "孤男寡女免费观看电视剧,为了科长职位把妻子献给县委书记,适合一个人看流水的书,男生晚上睡不着想找点什么\n\n"
    '    <video id="mzcvq"><mark id="mzcvq"><object id="mzcvq"></object></mark></video>\n\n'
    '    1. <source id="mzcvq"><td id="mzcvq"></td></source>\n\n      <b id="mzcvq"></b>\n      1. 1\n        2\n'
)


@pytest.mark.parametrize(
    "title", ["某州贯彻落实省级生态环境保护督察反馈问题整改进展情况", "中共某县委员会关于巡视整改进展情况的通报"]
)
def test_a_spam_mirror_s_keywords_tags_and_pager_over_the_title_are_page_furniture(title: str) -> None:
    result = extractor.extract(SPAM_MIRROR_HEAD + title + "\n" + OPENING)
    assert (result.report.title, result.report.inspection_team) == (title, "县委第三巡察组")


def _organisation_then_one_finding(item: str) -> str:
    return (
        OPENING
        + "一、党委履行巡察整改主体责任情况\n（一）提高政治站位，把巡察整改作为重大政治任务。党委召开专题会议研究部署。\n"
        + f"（二）{item}。对于管理不规范等问题，党委书记带头认领。\n"
        + "二、巡察反馈问题整改落实情况\n1.公务用车管理不规范。整改情况：修订管理办法。已完成整改。\n"
    )


@pytest.mark.parametrize("resolve", ["存在问题不回避", "问题不解决不放过", "整改不到位不销号", "一抓到底不放松"])
def test_a_resolve_among_the_organisation_s_items_is_no_finding(resolve: str) -> None:
    # (A slogan that ends in 不 and a word of shirking or letting go: its negations before it are its conditions.)
    text = _organisation_then_one_finding(f"{resolve}，直面短板抓整改")
    assert [issue.problem for issue in extract_text(text).issues] == ["公务用车管理不规范"]


@pytest.mark.parametrize(
    "item",
    [
        "对“不作为、慢作为”问题开展专项整治",  # a campaign against a kind of problem
        "确保整改不走样、不变形",  # the goals a measure keeps
        "坚决反对形式主义、官僚主义",  # the wrongs the work guards against…
        "持续整治群众身边不正之风和腐败问题",
        "克服厌战情绪，防止松劲懈怠",  # …or the laxity
        "着力破解制约发展的难题",  # the hard spots it takes on…
        "正视差距，补齐短板",  # …or the shortcomings
        "紧盯问题短板，精准发力整改",
        "反思工作中存在的不足",
        "加大督查力度，对进度缓慢的单位进行通报",  # a measure on those who fell short
        "纪检组全程跟踪督办，对整改不到位的问题责令重新整改",
        "以巡察整改推动解决群众急难愁盼问题",
        "深化“三不腐”一体推进",  # a slogan in quotes…
        "扎实开展“不作为、慢作为、乱作为”专项整治",  # …or the name of a campaign against a kind of problem
        "少数问题整改难度较大，正在持续推进",  # the work's own difficulty
    ],
)
def test_the_work_on_wrongs_and_shortcomings_among_the_organisation_s_items_is_no_finding(item: str) -> None:
    assert [issue.problem for issue in extract_text(_organisation_then_one_finding(item)).issues] == [
        "公务用车管理不规范"
    ]


@pytest.mark.parametrize(
    "problem",
    [
        "对违规问题查处不力",
        "整治群众身边不正之风不力",
        "防止腐败机制不健全",
        "对信访问题开展排查不及时",
        "正视差距不够",
        "确保安全生产的措施不到位、不具体",
        "对整改不到位的问题追责不严",
        "对资产管理不到位的问题",
        "开展“庸懒散”问题专项整治不深入",
    ],
)
def test_a_finding_in_the_words_of_that_work_is_still_a_finding(problem: str) -> None:
    text = OPENING + f"一、巡察反馈问题整改落实情况\n（一）党建方面\n1.{problem}。一是修订管理办法；二是开展检查。\n"
    assert [issue.problem for issue in extract_text(text).issues] == [problem]


def test_an_organisation_item_naming_the_problem_its_work_answered_is_no_finding_among_its_like() -> None:
    text = (
        OPENING
        + "一、主要工作\n（一）加强组织领导。成立整改领导小组，党组书记任组长。\n"
        + "（二）针对整改进度滞后的问题，实行挂图作战。对整改不力的科室负责人进行约谈。\n"
        + "（三）注重建章立制。针对制度不健全、执行不到位等问题，新建制度12项。\n"
        + "二、巡察反馈问题整改落实情况\n1.公务用车管理不规范。整改情况：修订管理办法。已完成整改。\n"
    )
    assert [issue.problem for issue in extract_text(text).issues] == ["公务用车管理不规范"]


@pytest.mark.parametrize("problem", ["“公务用车管理不规范”", "公务用车管理不规范"])
def test_findings_each_named_before_the_measures_that_answered_it_are_issues(problem: str) -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改落实情况\n1.针对“学习贯彻不深入”的问题，制定学习计划，开展集中学习12次。已完成整改。\n"
        + f"2.针对{problem}的问题，修订管理办法。正在整改中。\n"
    )
    found = [(issue.problem, issue.status) for issue in extract_text(text).issues]
    assert found == [("学习贯彻不深入", "completed"), ("公务用车管理不规范", "in_progress")]


def test_an_audit_report_s_items_run_into_one_line_each_naming_its_problem_are_cut_apart() -> None:
    # (gold_real36/am04: a copy cut before its first item, "…。(九)关于专项资金494.33万元长期挂账结转问题。1.…2.…3.…。(十)关于
    # 滞留财政补贴资金78.65万元问题。县财政局补贴股已于…全额上缴国库。(十一)…", in one line; no 整改 word in it.)
    page = (ROOT / "gold_real36/docs/am04.txt").read_text(encoding="utf-8")
    issues = extractor.extract(page).issues
    assert [issue.path for issue in issues] == [["（九）"], ["（十）"], ["（十一）"], ["（十二）"], ["（十三）"]]
    assert issues[1].problem.startswith("滞留财政补贴资金")


def test_items_stating_their_own_problems_under_a_heading_naming_one_stay_apart() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改落实情况\n（一）关于落实全面从严治党主体责任不到位的问题\n"
        + "1.党组研究党风廉政建设不够。一是每季度专题研究；二是制定责任清单。已完成整改。\n"
        + "2.对下属单位监督不力。一是开展专项检查；二是约谈负责人。已完成整改。\n"
    )
    assert [issue.problem for issue in extract_text(text).issues] == ["党组研究党风廉政建设不够", "对下属单位监督不力"]


def test_an_audit_office_s_one_finding_stated_with_its_status_after_the_formula_is_an_issue() -> None:
    # (gold_real36/am05: "…将我局审计整改结果公告如下:" / "我局多发失业金31.56万元问题已整改完毕。下阶段,…")
    page = (ROOT / "gold_real36/docs/am05.txt").read_text(encoding="utf-8")
    [issue] = extractor.extract(page).issues
    assert (issue.problem, issue.status, issue.status_text) == ("我局多发失业金31.56万元", "completed", "已整改完毕")


def test_an_audit_result_s_items_that_tell_their_handling_once_pointed_out_are_issues() -> None:
    # (gold_real36/am06: 审计结果公告, "审计反映问题:1.…。2.…", no 整改 word; the problem is the item up to the handling.)
    text = (
        "审计结果公告2024年第4号:某县重大政策措施落实情况跟踪审计结果公告\n"
        "根据《中华人民共和国审计法》规定，某县审计局派出审计组，对全县增发国债项目进行了专项审计调查。\n"
        "审计反映问题:1.工程款支付不及时。截至10月中旬,项目未按合同约定支付进度款,审计指出问题后已立行立改支付到位。"
        "2.部分工程未按设计施工。个别塘坝放水渠壁厚与设计不一致。"
        "3.部分工程项目后期管护不到位。护坡栽植的植物数量少于合同约定,审计指出问题后已及时补种植物。"
        "4.工程资料归档不及时。竣工资料未按规定移交档案部门,审计指出后已全部归档。\n"
    )
    assert [issue.problem for issue in extract_text(text).issues] == [
        "工程款支付不及时。截至10月中旬,项目未按合同约定支付进度款",
        "部分工程未按设计施工。个别塘坝放水渠壁厚与设计不一致",  # (its detail only: no handling told)
        "部分工程项目后期管护不到位。护坡栽植的植物数量少于合同约定",
        "工程资料归档不及时。竣工资料未按规定移交档案部门",
    ]


def test_keyed_items_run_on_after_a_group_s_heading_in_a_short_line_are_cut_apart() -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改落实情况\n"
        + "（一）党的政治建设方面。1.理论学习不深入问题。整改进展：制定学习计划，已完成整改。"
        + "2.意识形态责任制落实不到位问题。整改进展：召开专题会议，已完成整改。\n"
        + "（二）党风廉政建设方面。3.公务接待不规范问题。整改进展：修订接待办法，正在整改。\n"
    )
    assert [(issue.path, issue.status) for issue in extract_text(text).issues] == [
        (["二", "（一）", "1"], "completed"),
        (["二", "（一）", "2"], "completed"),
        (["二", "（二）", "3"], "in_progress"),
    ]


@pytest.mark.parametrize("key", ["问题表现", "具体表现", "主要表现"])
def test_a_problem_s_detail_under_its_key_is_read_alike_whatever_it_says(key: str) -> None:
    text = (
        OPENING
        + "二、巡察反馈问题整改落实情况\n1.理论学习不深入。\n"
        + f"{key}：中心组学习次数不足，学习内容单一。\n整改措施：制定学习计划。\n整改结果：已完成。\n"
        + f"2.公务接待不规范。\n{key}：存在无公函接待情况。\n整改措施：修订接待办法。\n整改结果：持续整改中。\n"
    )
    assert [(issue.problem, len(issue.measures)) for issue in extract_text(text).issues] == [
        ("理论学习不深入", 1),
        ("公务接待不规范", 1),
    ]


@pytest.mark.parametrize(
    "section",
    [
        "二、整改工作中存在的困难和问题\n一是部分问题整改难度大，需要长期坚持；二是个别干部思想认识不到位。\n",
        "二、巩固整改成果的措施\n（一）对已完成整改的问题，适时开展“回头看”。\n（二）对整改不到位的问题，严肃追责问责。\n",
    ],
)
def test_a_section_after_the_findings_on_the_work_s_own_difficulties_or_its_follow_up_holds_no_finding(
    section: str,
) -> None:
    text = OPENING + "一、巡察反馈问题整改落实情况\n1.理论学习不深入。整改情况：制定学习计划。已完成整改。\n" + section
    assert [issue.problem for issue in extract_text(text).issues] == ["理论学习不深入"]


def test_news_paragraphs_each_answering_an_audit_s_finding_it_names_are_issues() -> None:
    # (gold_real36/am08, a reprint: "此外,對審計發現的…問題,79個所屬單位已通過…整改5.72億元。", "對審計發現的…問題,…已全部
    # 整改完畢。 |" under a dateline; a table's bar left after the last.)
    page = (ROOT / "gold_real36/docs/am08.txt").read_text(encoding="utf-8")
    assert [(issue.problem, issue.status) for issue in extractor.extract(page).issues] == [
        ("80個中央部門所屬單位未按規定徵繳非稅收入和違規收費6.77億元", "not_stated"),
        ("39個中央部門未嚴格執行政府採購規定及採購程序不規範7.57億元", "completed"),
    ]


def test_a_group_quoting_its_area_over_findings_each_quoted_as_the_object_of_its_rectification_gives_each() -> None:
    # (gold_real36/am02: "4.关于“财政资金管理使用方面”的问题。" / "一是对“…下达不及时”的整改:…" / "二是对“…”的整改:…")
    text = (
        OPENING
        + "一、巡察反馈问题整改情况\n1.关于“财政资金管理使用方面”的问题。\n"
        + "一是对“部分转移支付资金下达不及时”的整改：市财政局加快资金下达分配。已完成整改。\n"
        + "二是对“部分大额支出违规使用授权支付”的整改：市财政局进一步规范支付管理。正在整改。\n"
    )
    assert [(issue.path, issue.problem, issue.status) for issue in extract_text(text).issues] == [
        (["一", "1", "一是"], "部分转移支付资金下达不及时", "completed"),
        (["一", "1", "二是"], "部分大额支出违规使用授权支付", "in_progress"),
    ]


def test_a_problem_numbered_in_the_list_it_comes_from_loses_the_number() -> None:
    text = (
        OPENING
        + "一、巡察反馈问题整改落实情况\n问题清单1：理论学习不深入。整改情况：制定学习计划。已完成整改。\n"
        + "问题清单2：公务接待不规范。整改情况：修订接待办法。正在整改。\n"
    )
    assert [issue.problem for issue in extract_text(text).issues] == ["理论学习不深入", "公务接待不规范"]


def test_a_paragraph_of_answers_in_turn_each_naming_its_problem_gives_each() -> None:
    # (Before: one issue, the first problem with the last answer's status.)
    text = (
        OPENING
        + "二、巡察反馈问题整改落实情况\n针对理论学习不深入的问题，局党组制定年度学习计划，严格落实“第一议题”制度，全年开展"
        + "集中学习12次，已完成整改。针对公务接待不规范的问题，修订公务接待管理办法，开展专项检查，已完成整改。"
        + "针对项目推进滞后的问题，建立项目台账，倒排工期，正在整改。\n"
    )
    assert [(issue.problem, issue.status) for issue in extract_text(text).issues] == [
        ("理论学习不深入", "completed"),
        ("公务接待不规范", "completed"),
        ("项目推进滞后", "in_progress"),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "针对理论学习不深入的问题，制定计划，已完成整改。针对公务接待不规范的问题，正在整改。",  # (a short line)
        "针对“理论学习不深入”的问题，局党组制定年度学习计划，严格落实“第一议题”制度，全年开展集中学习12次，已完成整改。"
        "针对“公务接待不规范”的问题，修订公务接待管理办法，开展专项检查，正在整改。",  # (the problems quoted)
    ],
)
def test_answers_in_turn_short_or_quoted_give_each(paragraph: str) -> None:
    text = OPENING + "二、巡察反馈问题整改落实情况\n" + paragraph + "\n"
    assert [(issue.problem, issue.status) for issue in extract_text(text).issues] == [
        ("理论学习不深入", "completed"),
        ("公务接待不规范", "in_progress"),
    ]


def test_a_list_of_the_problems_a_later_section_answers_in_turn_is_no_row_of_its_own() -> None:
    text = (
        OPENING
        + "一、巡察反馈的主要问题\n巡察组指出的问题主要有：1.理论学习不深入；2.公务接待不规范；3.项目推进滞后。\n"
        + "二、整改落实情况\n针对理论学习不深入的问题，制定学习计划，已完成整改。针对公务接待不规范的问题，修订接待办法，"
        + "已完成整改。针对项目推进滞后的问题，建立台账，正在整改。\n"
    )
    assert [(issue.id, issue.problem, issue.status) for issue in extract_text(text).issues] == [
        ("1", "理论学习不深入", "completed"),
        ("2", "公务接待不规范", "completed"),
        ("3", "项目推进滞后", "in_progress"),
    ]


def test_paragraphs_before_the_findings_section_s_own_heading_hold_no_finding() -> None:
    text = (
        OPENING
        + "针对巡察反馈的问题，局党组召开专题会议研究部署。针对整改进度滞后的问题，实行挂图作战。针对制度不健全的问题，"
        + "新建制度12项。\n二、巡察反馈问题整改落实情况\n1.公务用车管理不规范。整改情况：修订管理办法。已完成整改。\n"
    )
    assert [issue.problem for issue in extract_text(text).issues] == ["公务用车管理不规范"]


def test_a_notice_of_paragraphs_alone_signed_off_keeps_its_signature_out_of_its_last_item() -> None:
    # (gold_real11/w61, gold_real12/y07: the signature was read as the last item's measures, and its status after
    # them lost.)
    text = (
        OPENING
        + "针对理论学习不深入的问题，制定学习计划，已完成整改。\n针对公务接待不规范的问题，修订接待办法，正在整改。\n"
        + "中共某县卫健局党组\n2024年3月1日\n"
    )
    found = extract_text(text)
    assert [(i.problem, i.status, i.measures) for i in found.issues] == [
        ("理论学习不深入", "completed", ["制定学习计划"]),
        ("公务接待不规范", "in_progress", ["修订接待办法"]),
    ]
    assert (found.report.issuer, str(found.report.publish_date)) == ("中共某县卫健局党组", "2024-03-01")


@pytest.mark.parametrize("title", ["在全县巡察整改工作推进会上的讲话", "在巡察反馈会上的表态发言"])
def test_a_speech_at_a_meeting_on_the_rectification_is_no_notice(title: str) -> None:
    text = (
        f"{title}\n同志们：\n今天召开巡察整改工作推进会，主要任务是部署整改。从反馈情况看，主要存在以下问题：一是理论学习"
        "不深入；二是公务接待不规范；三是项目推进滞后。\n针对这些问题，大家要提高站位，切实抓好整改。\n"
    )
    assert extract_text(text).issues == []


def test_a_notice_telling_units_to_do_the_rectification_work_is_no_rectification_notice() -> None:
    text = (
        "关于做好巡察反馈问题整改工作的通知\n各科室、各直属单位：\n"
        "县委第三巡察组于2024年1月10日向我局党组反馈了巡察意见。为切实做好整改工作，现将有关事项通知如下：\n"
        "一、整改任务\n1.理论学习不深入的问题。由办公室牵头，3月底前完成。\n2.公务接待不规范的问题。由财务股牵头，立行立改。\n"
        "二、工作要求\n各单位要高度重视，按时完成整改任务。\n"
    )
    assert extract_text(text).issues == []


def test_a_copy_cut_inside_the_next_unit_s_answer_keeps_the_whole_answer_above_it() -> None:
    """(gold_real3/e07: "…1212.1万元。" / "市委宣传部" / "针对互联网行业党建工作薄弱问", the end cutting the next unit's answer.)"""
    issues = extract_text((ROOT / "gold_real3" / "docs" / "e07.txt").read_text(encoding="utf-8")).issues
    assert issues[-1].problem == "少数区直部门服务基层和企业的积极性不高、工作效率低问题"


def test_a_unit_s_name_over_the_next_answer_is_no_measure_of_the_answer_above() -> None:
    text = (
        "近期,十一届市委第十轮巡察整改阶段性任务已经完成,现将大亚湾开发区等13个单位整改情况的部分内容予以通报。\n"
        "大亚湾开发区\n针对征地留用地突出问题。完成留用地遗留问题清查工作,形成分类台账。\n"
        "仲恺高新区\n针对教育资源区域配套不平衡问题。引进高端民办学校4所。\n"
    )
    first = extract_text(text).issues[0]
    assert first.measures == ["完成留用地遗留问题清查工作,形成分类台账"]


def test_a_copy_cut_after_a_group_s_first_quoted_remedy_gives_that_finding_not_the_group_s_area() -> None:
    # (gold_real36/am02 cut where a stored opening could stop: after "一是对“…”的整改:…资金。", before 二是.)
    text = (ROOT / "gold_real36" / "docs" / "am02.txt").read_text(encoding="utf-8")
    cut = text.index("下达资金。") + len("下达资金。")
    last = extract_text(text[:cut]).issues[-1]
    assert (last.problem, last.path) == ("部分市本级财政转移支付资金下达不及时", ["一", "（一）", "4", "一是"])


@pytest.mark.parametrize("tail", ["已獲國家林草局審批許可。 | ", "| 1、進行了行政處罰 2、完善了相關手續 | 完"])
def test_a_bar_row_the_end_cuts_after_or_inside_one_of_its_cells_is_left_out(tail: str) -> None:
    # (gold_real11/w14, a ledger set out with bars, cut inside its second row.)
    text = (ROOT / "gold_real11" / "docs" / "w14.txt").read_text(encoding="utf-8")
    extraction = extract_text(text[: text.index(tail) + len(tail)])
    assert [issue.status for issue in extraction.issues] == ["completed"]
    assert any("cut-off item" in warning for warning in extraction.warnings)


def test_a_copy_cut_after_the_first_problem_s_words_under_a_group_s_area_gives_no_item_for_the_area() -> None:
    # (gold_real37/an01 cut where a stored opening could stop: "（二）在…作用不充分方面" / "组织建设滞后。", its answer cut.)
    text = (ROOT / "gold_real37" / "docs" / "an01.txt").read_text(encoding="utf-8")
    cut = text.index("滯后。") + len("滯后。")
    extraction = extract_text(text[:cut])
    assert [issue.problem for issue in extraction.issues] == ["學習貫徹落實習近平文化思想重要指示精神不到位"]
    assert any("before its rectification" in warning for warning in extraction.warnings)


def test_a_closure_of_one_problem_that_says_where_it_stands_past_its_numbered_measures_gives_that_status() -> None:
    """(gold_real11/w51: "整改完成情况" / "一、覆土后进行绿化。" / … / "经过上述整改,该反馈问题已整改完成,…".)"""
    [issue] = extract_text((ROOT / "gold_real11" / "docs" / "w51.txt").read_text(encoding="utf-8")).issues
    assert (issue.status, issue.status_text) == ("completed", "该反馈问题已整改完成")


def test_a_goal_that_names_the_inspection_s_problems_after_the_one_problem_is_no_status() -> None:
    text = (
        "关于省级环境保护督察第40项反馈问题整改销号的公示\n反馈问题\n城区生活垃圾渗滤液处理能力不足。\n"
        "整改目标\n加快推动渗滤液处理设施改造,确保2022年底环保督察问题整改到位。\n"
    )
    assert [issue.status for issue in extract_text(text).issues] == ["not_stated"]


def test_a_copy_cut_right_after_a_group_s_area_heading_gives_no_item_and_no_error() -> None:
    # (A fuzzed copy of a real opening, cut after its first group's heading.)
    text = (
        "根据县委统一部署,2024年3月18日至5月17日,县委第四巡察组对县退役军人事务局党组开展了常规巡察。"
        "现将巡察整改情况予以公布。\n\n一、关于“贯彻落实党中央决策部署和县委工作要求有差距”方面\n"
    )
    assert extract_text(text).issues == []


def test_a_township_whose_name_has_a_rare_character_is_named_as_the_issuer_that_speaks() -> None:
    # (A real township's notice, 宜兴's 湖㳇镇: 㳇 lies outside the basic block of Han characters.)
    page = (ROOT / "gold_real38" / "docs" / "ap01.txt").read_text(encoding="utf-8")
    assert extractor.extract(page).report.issuer == "湖㳇镇党委"


def test_our_city_in_a_report_its_committee_signs_without_a_place_is_the_place_its_title_opens_with() -> None:
    # (延安市's 督察 report, copied by a document-sharing site: "…对我市…", "市委、市政府把…".)
    page = (ROOT / "gold_real38" / "docs" / "ar08.txt").read_text(encoding="utf-8")
    report = extractor.extract(page).report
    assert (report.issuer, report.inspected_unit) == ("延安市委、市政府", "延安市")


def test_a_copy_cut_at_the_label_of_an_item_s_next_part_leaves_the_item_out() -> None:
    # (延安日报's list of a 督察's problems, cut at item 三's first measure: "  (一)考核", no signature cut mid-name.)
    page = (ROOT / "gold_real38" / "docs" / "ar01.txt").read_text(encoding="utf-8")
    result = extractor.extract(page)
    assert [issue.path for issue in result.issues] == [["一"], ["二"]]
    assert any("cut-off item was left out" in warning for warning in result.warnings)


def test_an_audit_s_results_that_close_saying_the_unit_rectified_them_are_its_findings() -> None:
    # (汤阴县审计局's results: "三、审计发现的主要问题和处理意见 1. …", then "…已按照审计处理意见对相关事项进行了整改。")
    page = (ROOT / "gold_real38" / "docs" / "ar07.txt").read_text(encoding="utf-8")
    issues = extractor.extract(page).issues
    assert [(issue.path, issue.status) for issue in issues] == [(["三", str(n)], "not_stated") for n in range(1, 6)]


def test_an_audit_s_results_that_close_on_the_auditor_s_report_alone_are_no_notice() -> None:
    page = (ROOT / "gold_real38" / "docs" / "ar07.txt").read_text(encoding="utf-8")
    closing = "古贤乡第一初级中学已按照审计处理意见对相关事项进行了整改。"
    assert closing in page
    assert extractor.extract(page.replace(closing, "")).issues == []


def test_a_page_s_date_with_its_time_run_on_dates_the_notice() -> None:
    # (A court's notice copied with its source line run together: "来源:…网站2022-02-2209:00字体大小:[大][中][小]".)
    page = (ROOT / "gold_real38" / "docs" / "aq04.txt").read_text(encoding="utf-8")
    assert extractor.extract(page).report.publish_date == dt.date(2022, 2, 22)


def test_the_sub_problems_the_problems_were_broken_into_are_the_declared_count() -> None:
    # (贵州省's 督察 report: "中央环保督察组反馈的72个问题已完成整改49个,72个问题分解成的385个子问题完成整改330个".)
    page = (ROOT / "gold_real38" / "docs" / "aq09.txt").read_text(encoding="utf-8")
    assert extractor.extract(page).report.declared_issue_count == 385


def test_a_place_whose_title_carries_out_an_inspection_s_feedback_issues_it_where_no_body_is_named() -> None:
    # (延安日报's page: "延安市贯彻落实省委环保督察反馈意见具体问题整改进展情况", its items naming no 市委 or 市政府.)
    page = (ROOT / "gold_real38" / "docs" / "ar01.txt").read_text(encoding="utf-8")
    report = extractor.extract(page).report
    assert (report.issuer, report.inspected_unit) == ("延安市", "延安市")


def test_a_place_opening_an_office_s_name_before_its_about_is_not_taken_for_the_place_inspected() -> None:
    text = "瓜州县落实中央环保督察反馈意见整改办公室关于中央环境保护督察反馈意见第5项问题整改情况的公示\n现将整改情况公示如下。\n"
    report = extractor.extract(text).report
    assert (report.issuer, report.inspected_unit) == ("瓜州县落实中央环保督察反馈意见整改办公室", None)


def test_the_count_of_one_class_of_problems_by_how_they_are_rectified_is_no_declared_total() -> None:
    # (西安市's audit rectification report: "审计工作报告中要求立行立改的187个问题已完成整改182个…分阶段整改已到期的22个问题…")
    page = (ROOT / "gold_real38" / "docs" / "ar06.txt").read_text(encoding="utf-8")
    assert extractor.extract(page).report.declared_issue_count is None


def test_a_closure_notice_s_implementing_body_posts_it_where_its_signature_is_cut() -> None:
    # (A park's closure of one 督察 task: "二、整改实施主体" over its name, the signature cut by the copy's end.)
    page = (ROOT / "gold_real38" / "docs" / "ap08.txt").read_text(encoding="utf-8")
    assert extractor.extract(page).report.issuer == "江苏南通苏锡通科技产业园区管理委员会"


def test_a_closure_notice_s_answerable_unit_is_not_taken_for_its_poster() -> None:
    # (A city's bureau posts what a county's bureau did: 责任单位 names the one that did the work.)
    page = (ROOT / "gold_real38" / "docs" / "ap08.txt").read_text(encoding="utf-8")
    page = page.replace("二、整改实施主体", "二、责任单位")
    assert extractor.extract(page).report.issuer is None


def _real_page(stem: str) -> str:
    """A page of the thirty-ninth real set (gold_real39), as stored."""
    return (ROOT / "gold_real39" / "docs" / f"{stem}.txt").read_text(encoding="utf-8")


def test_an_audit_s_findings_with_a_section_on_their_handling_after_them_are_its_items_not_that_section() -> None:
    # (乐山's tracking audit: "二、审计发现的主要问题 1、…存在瑕疵。2、项目工期已超合同工期。" then "三、审计处理及整改情况
    # …市城投公司和市儿童专科医院进行了整改。")
    issues = extractor.extract(_real_page("at07")).issues
    assert [(issue.path, issue.problem) for issue in issues] == [
        (["二", "1"], "二次装修工程施工合同条款存在瑕疵"),
        (["二", "2"], "项目工期已超合同工期"),
    ]


def test_an_audit_s_finding_stated_after_its_lead_in_stops_before_the_auditor_s_decision() -> None:
    # ("三、存在的问题及处理意见" over "经审计,…等问题,导致多计建安工程费用26.05万元。审计决定对…予以核减。")
    issues = extractor.extract(_real_page("at08")).issues
    assert [issue.problem for issue in issues] == [
        "项目工程价款结算中存在工程量多计,定额套用错误等问题,导致多计建安工程费用26.05万元"
    ]


def test_an_audit_s_one_finding_is_its_item_where_a_later_section_says_the_unit_acted_on_it() -> None:
    # ("四、审计发现问题整改及建议采纳情况" / "…多计的工程款已如数核减;审计建议已采纳")
    issues = extractor.extract(_real_page("au12")).issues
    assert [(issue.path, issue.problem, issue.status) for issue in issues] == [
        (["二"], "工程结算多计工程价款57 794.12元", "not_stated")
    ]


def test_an_audit_s_results_with_only_the_auditor_s_orders_after_its_findings_are_no_notice() -> None:
    # ("审计责令区教育体育局对…的问题,依法予以整改": the auditor's order, no rectification by the unit.)
    assert extractor.extract(_real_page("at06")).issues == []


def test_the_section_listing_an_audit_s_findings_with_its_penalties_is_no_category() -> None:
    issues = extractor.extract(_real_page("at03")).issues
    assert [(issue.path, issue.category) for issue in issues] == [(["三", f"（{n}）"], None) for n in "一二三四"]


def test_an_organisation_section_s_items_on_its_groups_meetings_papers_and_reports_are_no_findings() -> None:
    # (广州市荔湾区委: "(一)成立三级领导架构,强化组织协调力度" / "(二)召开三个层面会议…" / "(三)制定三套工作文件…")
    assert extractor.extract(_real_page("au05")).issues == []


def test_an_essay_site_s_heading_over_a_real_report_does_not_make_it_a_model_text() -> None:
    # ("情况报告公文范文(公文写作模板与范例)" over 开封市's report on a 督察: "…明确了33项整改任务")
    report = extractor.extract(_real_page("au03")).report
    assert (report.issuer, report.declared_issue_count) == ("开封市委、市政府", 33)


def test_a_project_an_audit_covered_is_its_inspected_unit_not_the_body_that_carried_it_out() -> None:
    # ("对乐山城市建设投资有限公司(简称市城投公司)代建的…大楼项目进行了跟踪审计", "对滇源街道办事处实施的…工程…进行了审计")
    units = [extractor.extract(_real_page(stem)).report.inspected_unit for stem in ("at07", "at08")]
    assert units == ["东方体育儿童专科医院业务综合大楼项目", "大哨幼儿园校安排危修建工程"]


def test_a_project_an_audit_s_title_names_is_its_inspected_unit_not_the_place_it_opens_with() -> None:
    # ("渑池县2018年城北防护林绿化抚育项目结算情况审计结果公告", "对渑池县2018年城北防护林…项目结算情况进行了审计")
    assert extractor.extract(_real_page("au02")).report.inspected_unit == "渑池县2018年城北防护林绿化抚育项目"


def _fortieth(stem: str) -> str:
    """A page of the fortieth real set (gold_real40), as stored."""
    return (ROOT / "gold_real40" / "docs" / f"{stem}.txt").read_text(encoding="utf-8")


def test_an_audit_s_findings_enumerated_by_area_are_each_its_whole_paragraph_under_its_label() -> None:
    # ("二、审计发现的主要问题" / "一是教体系统内部审计部门建立方面的问题。未及时修订内部审计管理制度。" / "二是…")
    issues = extractor.extract(_fortieth("aw09")).issues
    assert [(issue.path, issue.problem) for issue in issues][:2] == [
        (["二", "一是"], "教体系统内部审计部门建立方面的问题。未及时修订内部审计管理制度"),
        (
            ["二", "二是"],
            "教体系统内部审计监督实施运行方面的问题。内部审计项目实施程序不规范;未按规定对中介机构开展的受托业务进行指导、"
            "检查和评价;审计档案管理不规范",
        ),
    ]


def test_the_unit_an_audit_looked_into_ends_before_what_of_it_was_looked_at() -> None:
    # ("对梓潼县教育和体育局的教体系统内部审计工作开展情况进行了专项审计调查")
    assert extractor.extract(_fortieth("aw09")).report.inspected_unit == "梓潼县教育和体育局"


def test_our_street_is_the_street_the_issuing_committee_names() -> None:
    # ("…对我街道进行了巡察" in a notice by 松杨湖街道党工委)
    assert extractor.extract(_fortieth("aw05")).report.inspected_unit == "松杨湖街道"


def test_a_team_numbered_after_its_kind_in_a_headline_is_no_part_of_the_unit_it_fed_back_to() -> None:
    # ("市委巡视十七组向中国天津国际经济技术合作集团公司党委反馈巡视“回头看”情况")
    assert extractor.extract(_fortieth("ax02")).report.inspected_unit == "中国天津国际经济技术合作集团公司党委"


def test_an_audit_office_that_opens_its_results_saying_what_it_audited_issues_them() -> None:
    # ("梓潼县审计局自2023年11月14日至…,对…进行了专项审计调查。" over "二、审计发现的主要问题"; "盘龙区审计局派出审计组,
    # …对…进行了审计。" over "三、存在的问题及处理意见")
    issuers = [extractor.extract(_fortieth("aw09")).report.issuer, extractor.extract(_real_page("at08")).report.issuer]
    assert issuers == ["梓潼县审计局", "盘龙区审计局"]


def _sixteenth(stem: str) -> str:
    """A page of the sixteenth real set (gold_real16), as stored."""
    return (ROOT / "gold_real16" / "docs" / f"{stem}.txt").read_text(encoding="utf-8")


def test_a_pipe_table_s_row_whose_cells_run_over_lines_is_one_issue_with_its_handling() -> None:
    # ("1 | BCD2022092601 | 白城市…正常休息。 |" / "經開區 | 噪聲 | 經查,…屬實。" / "經開區城管…問題。 |" / "是 | 經開區…要求。" /
    # "一是…整改完畢。 |" / "|": a cell's line closed with a bar is the row's, not a table flattened a cell a line)
    issues = extractor.extract(_sixteenth("o03")).issues
    assert [issue.problem[:12] for issue in issues] == ["白城市經開區果園社區里大", "洮北區東風鄉大青山村6社"]
    assert issues[0].measures[-1].startswith("二是對設備加裝隔音裝置")


def test_a_pipe_table_s_row_cut_off_by_the_page_s_end_is_left_out_with_a_warning() -> None:
    # (o03's third row stops inside its 調查核實情況 cell: "2022年9月27日,洮南市城管")
    found = extractor.extract(_sixteenth("o03"))
    assert not any(issue.problem.startswith("洮南市") or "經查" in issue.problem for issue in found.issues)
    assert any("cut-off item" in warning for warning in found.warnings)


def test_a_caption_under_a_pipe_table_is_no_part_of_its_last_row() -> None:
    # (gold_real11/w16: "13 | 四川省 | …" / "县级 | 二级 | … | 是 | 100% |" / "大竹县…统计表(2018年7月20日)")
    text = (ROOT / "gold_real11" / "docs" / "w16.txt").read_text(encoding="utf-8")
    found = extractor.extract(text)
    assert found.issues[-1].problem == "乌木水库二级保护区内,有一货车加水点,冲洗货车废水直排"
    assert not any("cut-off item" in warning for warning in found.warnings)


def test_a_disclosure_of_complaints_handled_as_a_supervision_went_on_is_of_a_supervision() -> None:
    # ("白城市群眾信訪舉報轉辦和邊督邊改公開情況一覽表": 边督边改 names no kind, but implies a 督察)
    assert extractor.extract(_sixteenth("o03")).report.inspection_kind == "督察"


def test_a_body_named_as_each_of_several_issues_nothing() -> None:
    # (gold_real41/az01: "省委巡视组向被巡视地区反馈意见后,各县党委坚决担起巡视整改主体责任" - eight counties' committees, no one
    # publisher)
    text = (ROOT / "gold_real41" / "docs" / "az01.txt").read_text(encoding="utf-8")
    assert extractor.extract(text).report.issuer is None


def test_a_row_of_a_table_that_closes_its_rows_with_a_bar_runs_on_until_a_line_ends_with_one() -> None:
    # (gold_real27/ad01 set a sentence a line, as a page with a <p> a sentence: "| 70 | D3JX… | …导致扬尘严重。" / "早上6点
    # 运送材料噪声扰民。" / " | 九江市浔阳区 | 大气 | 1.…。" / … / "已办结 | 无 |", eleven lines in all)
    text = (ROOT / "gold_real27" / "docs" / "ad01.txt").read_text(encoding="utf-8")
    issues = extractor.extract(re.sub(r"。(?=[^\n”）)])", "。\n", text)).issues
    assert [(issue.problem.replace("\n", ""), issue.status_text) for issue in issues] == [
        (
            "九江市浔阳区金鸡坡街道石化五区小区自2023年7月开始改造,施工时未洒水且土方未覆盖,导致扬尘严重。早上6点运送材料噪声扰民",
            "已办结",
        )
    ]


def test_a_row_of_a_table_that_closes_its_rows_with_a_bar_cut_by_the_text_s_end_is_left_out() -> None:
    # (gold_real27/ad04 set a sentence a line, cut inside its second row: "2 | 曾都區 | 湖北…正常生活。" / "周圍居民…粉末。" /
    # " | 2023年12月11日,…居民。" / " 綜上,信訪人反映情況屬實。" / " | 一是要求該公司于2024")
    text = (ROOT / "gold_real27" / "docs" / "ad04.txt").read_text(encoding="utf-8")
    issues = extractor.extract(re.sub(r"。(?=[^\n”）)])", "。\n", text)).issues
    assert [issue.problem[:8] for issue in issues] == ["廣水十里清水橋社"]


def test_a_source_that_names_no_body_is_not_the_issuer() -> None:
    # (gold_real41/az04 and az01 with their line breaks lost: "… 来源:新华08  2011-05-26 11:08  新华社北京…", "… 来源:
    # 澎湃新闻·澎湃号·媒体 字号  根据…": a portal's or a channel's name, no body's)
    issuers = [
        extractor.extract(
            " ".join((ROOT / "gold_real41" / "docs" / f"{stem}.txt").read_text(encoding="utf-8").split("\n"))
        ).report.issuer
        for stem in ("az04", "az01")
    ]
    assert issuers == [None, None]


# Lines real pages set above their titles that name no body: a widget's caption, a loading notice, a site's name in
# letters, a newspaper's issue number, a column's name.
_CAPTIONS_ABOVE_TITLES = (
    *("头部背景图", "收缩通版", "Loading……", "• 微信客服微信客服", "基元网总制作", "选择语言"),
    *("MOUDINGXIAN SHENJIJU", "(总第709号)", "通知公示"),
)


@pytest.mark.parametrize("caption", _CAPTIONS_ABOVE_TITLES)
def test_a_caption_above_a_title_is_no_part_of_it_nor_its_issuer(caption: str) -> None:
    # (gold_real's b05, "关于年度省级预算执行…的报告" / "——…在省十二届人大常委会…会议上" / "省审计厅厅长胡章胜", and
    # gold_real4's f12, "信息来源:" / "通辽市林业和草原局" / "关于第二轮自治区生态环境保护督察整改任务" / "销号的公示", each
    # under the caption)
    for stem, issuer in (("b05", "省审计厅"), ("f12", "通辽市林业和草原局")):
        text = next(ROOT.glob(f"gold_real*/docs/{stem}.txt")).read_text(encoding="utf-8")
        report = extractor.extract(f"{caption}\n{text}").report
        assert (report.issuer, caption not in (report.title or "")) == (issuer, True), stem


def test_a_share_bar_below_the_text_leaves_the_opening_read_as_the_body() -> None:
    # (gold_real38/aq04, "分享" under its dateline, with a page's "517人 分享" below the text: the body still opens at
    # "根据福建省委巡视工作统一部署,2021年3月25日至4月27日,…并于2021年6月17日反馈了巡视意见")
    text = (ROOT / "gold_real38" / "docs" / "aq04.txt").read_text(encoding="utf-8").rstrip("\n") + "\n517人 分享\n"
    report = extractor.extract(text).report
    assert (report.inspection_start, report.inspection_end, report.feedback_date) == (
        dt.date(2021, 3, 25),
        dt.date(2021, 4, 27),
        dt.date(2021, 6, 17),
    )


def test_a_signature_above_an_annexed_table_headed_fu_biao_signs_the_notice_whatever_follows_the_table() -> None:
    # (gold_real19/i18: "中共广州市委" / "广州市人民政府" / "2025年3月13日" / "附表" / "…情况表" / a ledger, a page's print
    # link below it)
    text = (ROOT / "gold_real19" / "docs" / "i18.txt").read_text(encoding="utf-8").rstrip("\n") + "\n• 打印本页\n"
    assert extractor.extract(text).report.issuer == "中共广州市委、广州市人民政府"


def test_a_sub_group_named_after_its_team_is_part_of_the_team() -> None:
    # (gold_real33/aj01: "区委巡察一组二分组对…开展了巡察")
    text = next(ROOT.glob("gold_real*/docs/aj01.txt")).read_text(encoding="utf-8")
    assert extractor.extract(text).report.inspection_team == "区委巡察一组二分组"


@pytest.mark.parametrize(
    "unit",
    ["丰县生态环境局", "上海市宝山区国有资产监督管理委员会", "沛县专项资金管理中心", "临汾市生态环境保护委员会办公室"],
)
def test_a_place_s_body_whose_name_opens_with_a_topic_s_word_is_the_unit_whole(unit: str) -> None:
    # (gold_real28/ae06's "区委基层治理专项巡察组对自强街道党工委进行了专项巡察", the unit swapped for a place's body whose
    # name opens with 生态, 国有资产 or 专项, words that elsewhere open the subject inspected: "对丰县乡村振兴领域…"; an
    # office's name ends in 办公室)
    text = next(ROOT.glob("gold_real*/docs/ae06.txt")).read_text(encoding="utf-8").replace("自强街道党工委", unit)
    assert extractor.extract(text).report.inspected_unit == unit


def test_marks_of_characters_a_page_lost_before_its_title_are_no_part_of_the_issuer() -> None:
    # (gold_real24/i85: "???????? 中共達州市委" / "關于省委巡視整改進展情況的通報", its issuer swapped for one that does not
    # open with 中共, where the title's issuer would otherwise be cut)
    text = (
        (ROOT / "gold_real24" / "docs" / "i85.txt")
        .read_text(encoding="utf-8")
        .replace("中共達州市委", "達州市人民政府")
    )
    assert extractor.extract(text).report.issuer == "達州市人民政府"


@pytest.mark.parametrize(
    ("stem", "issuer", "swapped"),
    [
        ("w103", "中共乔庄镇委员会", "瓯海区委"),
        ("i01", "揭东区妇幼保健计划生育服务中心(揭东区曲溪社区卫生服务中心)", "厦门市卫健委党组"),
        ("i01", "揭东区妇幼保健计划生育服务中心(揭东区曲溪社区卫生服务中心)", "株洲市石峰区环境保护委员会办公室"),
    ],
)
def test_a_title_without_guan_yu_gives_its_issuer_s_whole_name(stem: str, issuer: str, swapped: str) -> None:
    # (gold_real11/w103's "中共乔庄镇委员会十届市委第二轮巡察集中整改进展情况的通报" and gold_real18/i01's "…服务中心)审计整改
    # 情况报告", their issuers swapped for names whose shortest ending as a body's would cut them: "瓯海区委十届市委…",
    # "厦门市卫健委党组审计…", "…环境保护委员会办公室审计…")
    text = next(ROOT.glob(f"gold_real*/docs/{stem}.txt")).read_text(encoding="utf-8").replace(issuer, swapped)
    assert extractor.extract(text).report.issuer == swapped


@pytest.mark.parametrize(
    ("period", "start", "end"),
    [
        ("2023年11月10日至12月9日", dt.date(2023, 11, 10), dt.date(2023, 12, 9)),
        ("2025年3月5日至5月16日", dt.date(2025, 3, 5), dt.date(2025, 5, 16)),
    ],
)
def test_a_period_in_brackets_ends_in_the_year_it_starts_in(period: str, start: dt.date, end: dt.date) -> None:
    # (gold_real34/ak05: "截至2024年5月24日，…" above "进驻期间(2024年5月8日-6月8日)设立专门值班电话", its period swapped for
    # one of another year: the end's year is the bracket's, not the tally's above it)
    text = (
        next(ROOT.glob("gold_real*/docs/ak05.txt")).read_text(encoding="utf-8").replace("2024年5月8日-6月8日", period)
    )
    report = extractor.extract(text).report
    assert (report.inspection_start, report.inspection_end) == (start, end)


def test_the_secretary_under_a_heading_on_the_first_responsibility_is_named_whole() -> None:
    # (gold_real22/i60: "(一)担负第一责任" / "局党委书记简波同志对巡察反馈问题整改工作高度重视", the name swapped for one of three
    # characters, which the 同志 after it ends)
    text = next(ROOT.glob("gold_real*/docs/i60.txt")).read_text(encoding="utf-8").replace("简波", "欧阳明辉")
    assert extractor.extract(text).report.lead_official == "欧阳明辉"


def test_an_item_whose_measures_run_on_after_it_is_no_section_for_the_words_of_its_measures() -> None:
    # (gold/003's "（20）党组织作用发挥不明显。一是按程序报批…。4月19日区河堤事务中心向党组汇报了党建工作开展情况。…", its
    # problem swapped for one that states no shortfall in words, "854户居民重新住进应拆房屋": the 工作开展情况 its measures
    # tell of does not make it a report's section)
    text = (ROOT / "gold" / "docs" / "003_a20466f7e021ca68.txt").read_text(encoding="utf-8")
    issues = extractor.extract(text.replace("党组织作用发挥不明显", "854户居民重新住进应拆房屋")).issues
    assert [issue.problem for issue in issues if issue.path[-1] == "（20）"] == ["854户居民重新住进应拆房屋"]


def test_a_copy_cut_after_a_committee_s_name_and_its_head_s_title_names_no_speaker_below_its_first_sentence() -> None:
    # (gold_real18/i11, news of a feedback meeting, cut as a stored opening is: its last line "刘伟同志传达了区委书记专题会"
    # read as a report's byline, 区委 and its 书记 专题会, where the page's 来源 names the publisher)
    page = next(ROOT.glob("gold_real*/docs/i11.txt")).read_text(encoding="utf-8")
    cut = page[: page.index("刘伟同志传达了区委书记专题会") + len("刘伟同志传达了区委书记专题会")]
    assert extractor.extract(cut).report.issuer == "雁塔区委巡察办"


def test_a_document_another_office_issued_dates_no_feedback() -> None:
    # (gold_real30/ag07, a 督察's table of complaints, cut as a stored opening is inside a cell: "…于2024年3月11日取得采矿
    # 许可证，…2024年8月庆阳市应急局出具了《安全设…": 出具 dates an audit's report, not a safety design's)
    page = next(ROOT.glob("gold_real*/docs/ag07.txt")).read_text(encoding="utf-8")
    cut = page[: page.index("出具了《安全设") + len("出具了《安全设")]
    assert extractor.extract(cut).report.feedback_date is None


def test_the_出具_of_提出具体要求_dates_no_feedback() -> None:
    # (gold/002 with its feedback sentence taken out and a meeting that set out its demands in its place)
    text = (ROOT / "gold" / "docs" / "002_f8e588f7094716c5.txt").read_text(encoding="utf-8")
    sentence = next(s for s in re.findall(r"[^。\n]*反馈[^。\n]*。", text))
    meeting = "2023年5月6日，县委召开专题会议，对整改工作提出具体要求。"
    assert extractor.extract(text.replace(sentence, meeting)).report.feedback_date is None


def test_the_body_that_drew_up_the_plan_on_the_feedback_issues_a_notice_cut_before_it_says_more() -> None:
    # (gold_real38/aq07, a province's 督察 report reposted by a county, cut as a stored opening is after "云南省委、省政府根据
    # 督察报告,制定了《…整改方案》,…": the body acting, not the 来源 the page names, 云南省生态环境厅)
    page = next(ROOT.glob("gold_real*/docs/aq07.txt")).read_text(encoding="utf-8")
    plan = "全力推进中央生态环境保护督察反馈问题整改落实。"
    cut = page[: page.index(plan) + len(plan)]
    assert extractor.extract(cut).report.issuer == "云南省委、省政府"


def test_an_audited_project_the_unit_built_itself_is_what_was_audited() -> None:
    # (gold_real11/w66: "…审计局对我中心建设的柯桥区杭甬运河美丽航道创建工程(第一合同段)进行了审计": the project, not 我中心)
    page = next(ROOT.glob("gold_real*/docs/w66.txt")).read_text(encoding="utf-8")
    assert extractor.extract(page).report.inspected_unit == "柯桥区杭甬运河美丽航道创建工程(第一合同段)"


def test_an_audit_of_a_former_head_s_term_inspected_the_unit_he_headed() -> None:
    # (gold_real4/g01 cut as a stored opening is, after its first sentence: "…审计组于2023年7月至10月对我司前任董事长李汉东
    # 任期履行经济责任进行了审计,…": the unit is 我司, not its former chairman's term)
    page = next(ROOT.glob("gold_real*/docs/g01.txt")).read_text(encoding="utf-8")
    cut = page[: page.index("公开公告如下:") + len("公开公告如下:")]
    assert extractor.extract(cut).report.inspected_unit == "我司"


def test_a_body_whose_name_a_reprint_masked_with_略_is_no_issuer() -> None:
    # (gold_real11/w15, a reprint that masks its names with "(略)", cut after its signature, above the mirror's footer:
    # "(略)林業和草原局" / "2025年2月26日" names no body a reader can tell)
    page = next(ROOT.glob("gold_real*/docs/w15.txt")).read_text(encoding="utf-8")
    cut = page[: page.index("2025年2月26日") + len("2025年2月26日")]
    assert extractor.extract(cut).report.issuer is None


@pytest.mark.parametrize(
    "wrap",
    [
        lambda title: f"【{title}】",  # the whole title
        lambda title: "【" + title.replace("关于", "】\n关于", 1),  # its issuer's line above the rest
    ],
    ids=["whole title", "issuer's line"],
)
def test_a_title_set_in_lenticular_brackets_names_its_issuer_without_them(wrap: Callable[[str], str]) -> None:
    # (gold_real/h16's title "沧源佤族自治县医疗保障局党组关于第十四届县委机动巡察整改进展情况的通报", run on one line)
    page = (ROOT / "gold_real/docs/h16.txt").read_text(encoding="utf-8")
    title = "沧源佤族自治县医疗保障局党组关于第十四届县委机动巡察整改进展情况的通报"
    text = page.replace("沧源佤族自治县医疗保障局党组关于第十四届\n县委机动巡察整改进展情况的通报", wrap(title), 1)
    assert extractor.extract(text).report.issuer == "沧源佤族自治县医疗保障局党组"


@pytest.mark.parametrize("foot", ["", "1/2\n"], ids=["one number", "and a pager below"])
def test_a_title_set_twice_in_a_row_above_a_page_s_view_count_is_no_running_header(foot: str) -> None:
    # (gold_real29/af06, its title set again above it as a page's <title> and its heading both show, over "浏览次数:" /
    # "18" / "人次": the two lines at the top are its title, not a PDF's running header, whether the page has that one
    # number or a pager's "1/2" below its text too, two numbers: no page break falls between two lines in a row)
    page = next(ROOT.glob("gold_real*/docs/af06.txt")).read_text(encoding="utf-8")
    title = page.split("\n", 1)[0]
    report = extractor.extract(f"{title}\n{page.rstrip()}\n{foot}").report
    assert (report.title, report.inspection_team) == (title, "中央环保督察组")


def test_a_carousel_s_counter_under_a_web_page_s_title_is_no_page_break() -> None:
    # (gold_real12/y09 with an image carousel's "1/2" under its title: one counter in text that is not hard-wrapped
    # joined the title to the body over it as a PDF's page break, its 发布机构 line lost as the page's furniture)
    page = next(ROOT.glob("gold_real*/docs/y09.txt")).read_text(encoding="utf-8")
    title = "2017年度脱贫攻坚成效考核反馈问题整改实施方案"
    report = extractor.extract(page.replace(title, f"{title}\n1/2", 1)).report
    assert (report.issuer, report.publish_date) == ("广元市昭化区射箭乡人民政府", dt.date(2018, 9, 5))


def test_a_view_count_by_a_title_the_page_sets_again_below_its_dateline_makes_it_no_running_header() -> None:
    # (gold_real11/w109, "关于巡察惠来县东港镇党委的反馈意见" over its dateline and again below it, a view count "阅读次数:" /
    # "18" put between: one bare counter shows no page break, so the title set twice is no PDF's running header)
    page = next(ROOT.glob("gold_real*/docs/w109.txt")).read_text(encoding="utf-8")
    counted = page.replace("来源:本网\n", "来源:本网\n阅读次数:\n18\n", 1)
    assert extractor.extract(counted).report.inspected_unit == "惠来县东港镇党委"


def test_a_title_below_a_publisher_key_left_empty_is_the_title_not_the_publisher() -> None:
    # (gold_real36/am03's metadata set a field a line, its 发布机构 left empty and its title set below the block: the
    # line under the key is a title, not a body's name)
    page = (ROOT / "gold_real36/docs/am03.txt").read_text(encoding="utf-8")
    title, rest = page.split("\n", 1)
    text = rest.replace("发布机构\n郧西县审计局\n文号\n", f"发布机构\n{title}\n", 1)
    assert extractor.extract(text).report.title == title


@pytest.mark.parametrize(
    "bar", ["无障碍阅读 进入关怀版 简体 繁体 个性化定制 收藏本页", "政府网站找错", "网站无障碍 选择语言"]
)
def test_a_care_mode_or_error_report_bar_between_a_title_s_lines_is_no_part_of_its_issuer(bar: str) -> None:
    # (gold_real11/w54, a bar of a portal's widgets put among its head lines, as other real pages set them)
    page = next(ROOT.glob("gold_real*/docs/w54.txt")).read_text(encoding="utf-8")
    lines = page.split("\n")
    barred = "\n".join([*lines[:2], bar, *lines[2:]])
    assert extractor.extract(barred).report == extractor.extract(page).report


def test_a_widget_between_the_last_item_and_the_signature_the_end_cuts_leaves_the_item_whole() -> None:
    # (gold_real15/j02, a complaint's form closing "备注:已办结。" over its signature the copy's end cuts, "北塔区城市管",
    # a page's "视频" tab put between: the item still closes on its field)
    page = next(ROOT.glob("gold_real*/docs/j02.txt")).read_text(encoding="utf-8")
    tabbed = page.replace("备注:已办结。\n", "备注:已办结。\n视频\n", 1)
    assert [issue.status for issue in extractor.extract(tabbed).issues] == ["completed"]


@pytest.mark.parametrize("link", ["• 公众互动", "• 在线服务", "· 政府信息公开"])
def test_a_portal_menu_s_bulleted_link_among_an_item_s_lines_is_no_problem(link: str) -> None:
    # (gold_real/h01's item "问题1:无依据发放各类津补贴和春节慰问费。", a link of the portal's menu set under it as a copy
    # may interleave a sidebar: "公众互动" was read as the problem)
    page = (ROOT / "gold_real/docs/h01.txt").read_text(encoding="utf-8")
    linked = page.replace("整改情况:一是立行立改", f"{link}\n整改情况:一是立行立改", 1)
    assert [issue.problem for issue in extractor.extract(linked).issues] == ["无依据发放各类津补贴和春节慰问费"]


def test_a_title_with_the_page_s_day_set_a_gap_after_it_names_its_issuer() -> None:
    # (gold_real18/i01's title "…服务中心(揭东区曲溪社区卫生服务中心)审计整改情况报告", its line ending "  2022-06-27" as a
    # page that sets its day beside its title does: the day is no part of the title, which names its issuer)
    page = next(ROOT.glob("gold_real*/docs/i01.txt")).read_text(encoding="utf-8")
    title, rest = page.split("\n", 1)
    report = extractor.extract(f"{title}  2022-06-27\n{rest}").report
    assert (report.title, report.issuer) == (title, "揭东区妇幼保健计划生育服务中心(揭东区曲溪社区卫生服务中心)")


@pytest.mark.parametrize("site", ["_揭阳市揭东区人民政府门户网站", " - 揭东区纪检监察网"])
def test_a_title_without_guan_yu_with_its_site_s_name_after_it_names_its_issuer(site: str) -> None:
    # (gold_real18/i01's title "…服务中心)审计整改情况报告", its line set as the page's <title> joins the site's name)
    page = next(ROOT.glob("gold_real*/docs/i01.txt")).read_text(encoding="utf-8")
    title, rest = page.split("\n", 1)
    report = extractor.extract(f"{title}{site}\n{rest}").report
    assert (report.title, report.issuer) == (title, "揭东区妇幼保健计划生育服务中心(揭东区曲溪社区卫生服务中心)")


# Statuses said other ways than a page's own: each case takes a real page and says where its items stand in words
# or a layout other real pages use, and the page must still give its items, now with that status.


def _stored(stem: str) -> str:
    """A real page of any set, by its name."""
    return next(ROOT.glob(f"gold_real*/docs/{stem}.txt")).read_text(encoding="utf-8")


def _items_of(text: str) -> list[tuple[str, str]]:
    return [(issue.problem, issue.status) for issue in extractor.extract(text).issues]


@pytest.mark.parametrize(
    ("stem", "said", "said_so"),
    [
        ("g11", "问题已整改完成,", "问题已整改到位,"),  # (…243号问题已整改到位,并通过核查验收)
        ("g11", "问题已整改完成,", "问题已全部整改到位,"),
        ("g11", "问题已整改完成,", "问题整改已完成,"),
        ("w53", "现对已完成整改的问题", "现对已全部整改到位的问题"),
        ("w67", "审计发现问题已全部整改到位", "审计发现问题已整改完成"),
        ("e11", "现已完成整改工作,", "现已全部整改到位,"),  # (…进入销号程序,予以公示)
        ("o09", "被审计单位已落实整改。", "被审计单位已完成整改。"),
        ("l07", "的问题已按审计要求整改", "的问题已办结"),
        ("am05", "问题已整改完毕。", "问题整改已完成。"),
    ],
)
def test_a_page_declaring_its_problems_done_in_other_words_gives_them_that_status(
    stem: str, said: str, said_so: str
) -> None:
    page = _stored(stem)
    assert page.count(said) == 1
    problems = [problem for problem, _ in _items_of(page)]
    assert problems
    assert _items_of(page.replace(said, said_so)) == [(problem, "completed") for problem in problems]


def test_a_status_line_closing_each_finding_s_numbered_measures_is_the_finding_s() -> None:
    # (gold_real16/o14: "(一)未严格执行“三重一大”制度的整改情况" over "1.…" "2.…" "3.…印发《…办法》。", the next finding's
    # heading after it; a line "整改进展：已完成。" closing each, as audit reports set it, made the measures findings)
    page = _stored("o14")
    closed = re.sub(r"\n(?=\([二三四]\))", "\n整改进展：已完成。\n", page)
    assert _items_of(closed) == [(problem, "completed") for problem, _ in _items_of(page)]


def test_a_status_line_after_a_finding_s_enumerated_measures_is_no_finding() -> None:
    # (gold_real11/w28: "(一)关于“…”的整改情况" over "一是…" / "二是…"; "整改进展：已完成。" after the second made it a problem)
    page = _stored("w28")
    closed = re.sub(r"\n(?=\([二三]\)关于|二、关于)", "\n整改进展：已完成。\n", page)
    assert _items_of(closed) == [(problem, "completed") for problem, _ in _items_of(page)]


def test_a_status_line_after_an_area_s_one_paragraph_closes_its_finding() -> None:
    # (gold_real37/an01: "(一)在…存在差距方面" over "…不到位。2025年9月,系統學習…", the finding and what was done)
    page = _stored("an01")
    closed = page.replace("\n(二)", "\n整改进展：已完成。\n(二)", 1)
    [(problem, status), *_] = _items_of(closed)
    assert (problem, status) == (_items_of(page)[0][0], "completed")


@pytest.mark.parametrize("closing", ["\n整改进展：已完成。", "目前已整改到位。"])
def test_a_status_after_each_of_an_audit_s_findings_is_its_status_not_a_finding(closing: str) -> None:
    # (gold_real40/aw09: "二、审计发现的主要问题" over "一是…方面的问题。未及时修订…。" a paragraph each, each closed by where it
    # stands, a line of its own or a sentence)
    page = _stored("aw09")
    closed = re.sub(r"(?m)^([一二三]是教体系统.*。)$", lambda m: m.group(1) + closing, page)
    assert _items_of(closed) == [(problem, "completed") for problem, _ in _items_of(page)]


def test_a_status_sentence_after_a_problem_s_detail_on_its_line_leaves_the_detail_in_the_problem() -> None:
    # (gold_real36/am06: "2.部分工程未按设计施工。高标农田建设工程项目中…与设计不一致。" with "目前已整改到位。" after it)
    page = _stored("am06")
    said = page.replace("与设计不一致。", "与设计不一致。目前已整改到位。", 1)
    assert _items_of(said)[1] == (_items_of(page)[1][0], "completed")


def test_a_status_line_after_a_news_item_s_account_of_the_work_leaves_the_finding_its_problem() -> None:
    # (gold_real37/ao06: news of an audit's finding, then "…积极开展催收工作。截至目前,…已全额追回。": a status line after
    # it made that account the problem)
    page = _stored("ao06")
    closed = page.replace("已全额追回。", "已全额追回。\n整改进展：已完成。", 1)
    assert _items_of(closed) == [(_items_of(page)[0][0], "completed")]


def test_a_status_line_after_a_quoted_finding_s_paragraph_leaves_the_quote_its_problem() -> None:
    # (gold_real36/am01: "(一)关于“多计一般公共预算收入687741元”问题。" over "报告反映…。我局已于2020年8月…作退库处理…。")
    page = _stored("am01")
    closed = re.sub(r"\n(?=\([二三]\)关于|二、关于|2\.关于)", "\n整改进展：已完成。\n", page)
    assert _items_of(closed) == [(problem, "completed") for problem, _ in _items_of(page)]


def test_what_a_status_sentence_goes_on_to_say_of_the_acceptance_is_no_measure() -> None:
    # (gold_real11/w54: "…纳入公益林和湿地进行管理,该问题已完成整改,具备销号条件。")
    [issue] = extractor.extract(_stored("w54")).issues
    assert issue.status_text == "该问题已完成整改"
    assert not any("销号条件" in measure for measure in issue.measures)


@pytest.mark.parametrize("day", ["目前，", "截至2024年6月底，"])
def test_a_paragraph_after_the_answers_saying_the_day_before_the_problems_above_gives_them_its_status(day: str) -> None:
    # (gold_real25/ab05: the problems found listed "一是…二是…", answered "1、…" "2、…" "3、…", then a paragraph of its own
    # on all of them that opens with the day it speaks at)
    page = _stored("ab05")
    said = f"{page.rstrip()}\n{day}上述问题已全部完成整改。\n"
    assert [status for _, status in _items_of(said)] == ["completed"] * len(_items_of(page))


def test_a_problem_quoted_as_the_whole_of_its_heading_without_guan_yu_is_the_quote() -> None:
    # (gold_real2/c13's "1.关于“政治引领有短板”问题的整改。" as other notices head it: "1.“政治引领有短板”问题整改情况。")
    page = _stored("c13")
    headed = page.replace("1.关于“政治引领有短板”问题的整改。", "1.“政治引领有短板”问题整改情况。", 1)
    assert [problem for problem, _ in _items_of(headed)] == ["政治引领有短板"]


def test_a_finding_whose_words_open_as_a_status_group_s_would_is_still_a_finding() -> None:
    # (gold_real39/at03's "(四)未及时办理竣工财务决算。" named as a problem, "…决算问题。": 未 … 问题 read as a group of the
    # problems not yet rectified, and the finding was lost)
    page = _stored("at03")
    named = page.replace("(四)未及时办理竣工财务决算。", "(四)未及时办理竣工财务决算问题。", 1)
    assert [problem for problem, _ in _items_of(named)][-1] == "未及时办理竣工财务决算问题"


def test_a_paragraph_answering_the_problem_it_quotes_under_an_area_is_that_problem_s() -> None:
    # (gold_real37/an01: "(一)在…存在差距方面" over "…重要指示精神不到位。2025年9月,…", the paragraph opening instead as
    # "针对“…不到位”问题。": the quote is the finding, not the area)
    page = _stored("an01")
    said = "學習貫徹落實習近平文化思想重要指示精神不到位"
    answered = page.replace(f"{said}。", f"针对“{said}”问题。", 1)
    assert _items_of(answered)[0][0] == said


def test_a_status_line_below_an_item_whose_line_enumerates_its_measures_leaves_its_problem_the_first_sentence() -> None:
    # (gold/003: "（4）对下属事业单位监管乏力。一是局党组加强对…的监管…" on one line; a "整改进展：已完成。" line below it made
    # the whole line the problem, read as a problem told in several sentences)
    page = (ROOT / "gold/docs/003_a20466f7e021ca68.txt").read_text(encoding="utf-8")
    keyed = page.replace("\n\n（5）党组议事把关不严", "\n整改进展：已完成。\n\n（5）党组议事把关不严", 1)
    assert ("对下属事业单位监管乏力", "completed") in _items_of(keyed)


@pytest.mark.parametrize(
    ("stem", "signed", "signatory"),
    [
        (
            "i17",
            "临汾市生态环境保护委员会办公室\n2025年2月15日",
            "临汾市生态环境保护委员会办公室",
        ),  # (an editor's line below)
        ("ab09", "随州市水利和湖泊局\n2021年11月19日", "随州市水利和湖泊局"),  # (a portal's widgets below)
    ],
)
def test_a_body_signing_under_the_closing_formula_with_no_date_is_the_issuer(
    stem: str, signed: str, signatory: str
) -> None:
    # (A copy that left the closing date off, or set it in its metadata: "特此公告。" / "某某局" closes the text.)
    page = _stored(stem)
    assert page.count(signed) == 1
    undated = page.replace(signed, f"特此公告。\n{signatory}", 1)
    assert extractor.extract(undated).report.issuer == signatory


def test_a_copy_cut_after_a_date_inside_a_sentence_cuts_its_last_item() -> None:
    # (gold/002 cut at "…市卫健委已派出医政股副股长郭某某,于10月17日": a date ending a clause, not a signature's)
    page = (ROOT / "gold/docs/002_f8e588f7094716c5.txt").read_text(encoding="utf-8")
    found = extractor.extract(page[: page.index("于10月17日") + len("于10月17日")])
    assert found.issues[-1].problem.startswith("服务群众、破解难题能力不强")  # (item 16, the one above it)
    assert any("ends in the middle of an item" in warning for warning in found.warnings)


def test_an_audit_s_advice_after_its_last_finding_is_no_part_of_that_finding() -> None:
    # (gold_real36/am06: "审计反映问题:1.…2.…3.…" then "审计建议:(一)规范政府投资行为…": the auditor's advice, not the third
    # finding's measures; a copy cut inside it keeps all three findings)
    page = _stored("am06")
    whole = extractor.extract(page)
    assert not any("审计建议" in measure for measure in whole.issues[-1].measures)
    cut = extractor.extract(page[: page.index("严格把关") + 2])
    assert [issue.problem for issue in cut.issues] == [issue.problem for issue in whole.issues]


def test_a_copy_cut_in_an_area_s_second_finding_keeps_the_first() -> None:
    # (gold_holdout3/k2: "一、思想认识和责任落实方面" over two "【问题】…【整改措施】…" paragraphs, the copy cut inside the second)
    page = (ROOT / "gold_holdout3/docs/k2_ducha_kuohao.txt").read_text(encoding="utf-8")
    cut = page[: page.index("联合公安、水利、自然资源部门开展专项整治")]
    assert [issue.problem[:10] for issue in extractor.extract(cut).issues] == ["部分乡镇和部门对生态"]


def test_an_approximate_count_of_problems_is_not_replaced_by_a_coarser_count() -> None:
    # (gold_real/a13's "指出了我局3个方面14项共38个问题" given as "…共38余个问题": the 14 areas are no count of the problems;
    # the tally after it, "已完成整改问题35个,基本完成1个,未完成2个", counts them)
    page = _stored("a13")
    approximate = page.replace("共38个问题", "共38余个问题", 1)
    assert extractor.extract(approximate).report.declared_issue_count == 38


@pytest.mark.parametrize("key", ["整改举措", "具体措施", "主要措施", "工作措施", "采取措施", "已采取的整改措施"])
def test_an_item_s_measures_keyed_in_other_words_are_read_as_under_整改措施(key: str) -> None:
    # (gold_real19/i25: "1.基本殡葬服务制度不健全。" / "整改情况:已完成。一是完善制度体系。…", its key said another way: the status
    # its first clause says, the key no measure)
    page = _stored("i25")
    [issue] = extractor.extract(page.replace("整改情况:已完成。", f"{key}:已完成。", 1)).issues
    assert (issue.problem, issue.status) == ("基本殡葬服务制度不健全", "completed")
    assert not any(key in measure for measure in issue.measures)


@pytest.mark.parametrize("key", ["具体问题", "主要问题", "问题内容", "巡察反馈问题", "反馈意见"])
def test_a_problem_keyed_in_other_words_is_its_words_alone(key: str) -> None:
    # (gold_real11/w53: a 督察's closure form, "反馈问题:石峰区铜塘湾街…非法卸沙。" / "责任单位:…" / "完成情况:…", its key said
    # another way: the contacts under the form are no measure of it)
    page = _stored("w53")
    [issue] = extractor.extract(page.replace("反馈问题:石峰区", f"{key}:石峰区", 1)).issues
    assert issue.problem == "石峰区铜塘湾街隧坑里高铁铁道桥下,有非法卸沙"
    assert issue.status == "completed"
    assert not any("联系电话" in measure or "公示时间" in measure for measure in issue.measures)


@pytest.mark.parametrize(("key", "said_so"), [("整改责任单位", "石峰区建管委"), ("时限要求", "2018年8月底前")])
def test_who_answers_for_an_item_and_by_when_is_no_measure_whatever_its_key(key: str, said_so: str) -> None:
    page = _stored("w53").replace("责任单位:石峰区建管委", f"{key}:{said_so}", 1)
    [issue] = extractor.extract(page).issues
    assert not any(said_so in measure for measure in issue.measures)


def test_a_status_line_set_as_its_key_over_its_value_still_closes_the_measures_above() -> None:
    # (gold_holdout3/k3: each finding over its numbered measures closed by "整改状态：已完成", the key and its value a line
    # each, as a form's two cells copied out: the measures are no findings)
    page = (ROOT / "gold_holdout3/docs/k3_xunshi_cuoshi.txt").read_text(encoding="utf-8")
    apart = re.sub(r"(?m)^整改状态：", "整改状态：\n", page)
    assert _items_of(apart) == _items_of(page)
    assert len(_items_of(page)) == 10


def test_a_status_key_alone_on_its_line_over_its_value_says_the_status() -> None:
    # (gold_real*/h01: "问题1:无依据发放…" / "整改情况:一是…" / "完成情况:已完成", a form's cells a line each)
    page = _stored("h01")
    apart = page.replace("完成情况:已完成", "完成情况:\n已完成", 1)
    assert _items_of(apart)[0] == ("无依据发放各类津补贴和春节慰问费", "completed")


@pytest.mark.parametrize("key", ["【整改情况】", "整改情况", "整改情况:"])
def test_a_measures_key_alone_on_its_line_keeps_its_value_as_the_item_s_measures(key: str) -> None:
    # (h01 with "整改情况:" set over its "一是…" paragraph: that paragraph is no next item's problem)
    page = _stored("h01")
    apart = page.replace("整改情况:一是立行立改", f"{key}\n一是立行立改", 1)
    assert _items_of(apart) == _items_of(page)


def test_a_measures_key_alone_on_its_line_over_a_status_says_the_status() -> None:
    # (gold_real19/i25's "整改情况:已完成。一是…" set as "整改情况" / "已完成。一是…")
    page = _stored("i25")
    [issue] = extractor.extract(page.replace("整改情况:已完成。", "整改情况\n已完成。", 1)).issues
    assert issue.status == "completed"


def test_a_key_s_name_in_brackets_says_no_status() -> None:
    # (gold_real*/n09: "整改完成情况:2022年1月已抽调五名同志…" as "【整改完成情况】…": the key's 完成 says nothing)
    page = _stored("n09")
    bracketed = page.replace("整改完成情况:2022年1月", "【整改完成情况】2022年1月", 1)
    assert _items_of(bracketed)[0] == _items_of(page)[0]
    assert _items_of(bracketed)[0][1] == "not_stated"


def test_a_heading_that_is_only_the_problem_s_key_takes_the_paragraph_below_as_its_problem() -> None:
    # (gold_real*/h01's "问题1:无依据发放…。" as "(1)问题:" / "无依据发放…。")
    page = _stored("h01")
    apart = page.replace("问题1:无依据发放", "(1)问题:\n无依据发放", 1)
    assert _items_of(apart)[0] == ("无依据发放各类津补贴和春节慰问费", "completed")


def test_a_list_of_related_articles_is_no_part_of_the_page_s_text() -> None:
    # (gold_real/a19, news of a feedback ending "…努力向区委交上一份合格的答卷。" / "关联稿件": whole, not cut)
    found = extractor.extract(_stored("a19"))
    assert not any("ends in the middle" in warning for warning in found.warnings)


# A spam mirror's line of keywords, as one set it over a notice it copied (gold_real29/af03's first line), and others
# such sites set (betting, novels, videos).
SPAM_KEYWORDS = (
    "孤男寡女免费观看电视剧战狼4,为了科长职位把妻子献给县委书记,适合一个人看流水的书",
    "澳门新葡京官网,皇冠体育投注,真人百家乐开户送彩金",
    "局长夫人的秘密全文免费阅读,市委书记的女人小说,官场风云最新章节",
)


@pytest.mark.parametrize("spam", SPAM_KEYWORDS)
def test_a_spam_mirror_s_keywords_over_a_title_are_no_part_of_it_nor_its_issuer(spam: str) -> None:
    # (gold_real*/b11, 广州市人民政府's report "关于2024年度市级预算执行…审计查出问题整改情况的报告": the line above 关于 was read
    # as its issuer)
    page = _stored("b11")
    report = extractor.extract(f"{spam}\n{page}").report
    assert (report.title, report.issuer) == (
        extractor.extract(page).report.title,
        extractor.extract(page).report.issuer,
    )


@pytest.mark.parametrize("spam", SPAM_KEYWORDS)
def test_a_spam_mirror_s_keywords_after_a_notice_leave_its_last_item_whole(spam: str) -> None:
    # (gold_real*/h01 ends on its item's "完成情况:已完成": a line after it that is no notice's had read as the item going on,
    # cut by the copy)
    page = _stored("h01")
    assert _items_of(f"{page.rstrip()}\n{spam}\n") == _items_of(page) != []


def test_a_head_line_that_lists_things_is_no_part_of_the_title() -> None:
    # (gold_real37/ao09: a mirror's blurb under the headline, "看官辛苦啦!…知道你找“…”这篇文章很久了,…,得来全不费功夫的感脚呢?")
    assert extractor.extract(_stored("ao09")).report.title == "广西11家医院被审计查出违规收费问题"


@pytest.mark.parametrize(
    "line",
    [
        "开展精品课程建设，录制教学视频",  # (a school's measure: two such words, no list)
        "开展成人教育，网络直播培训，建设网站",  # (…a list, with a measure's verb)
        "坚持久久为功，持续推进作风建设",
        "县体育局官网视频专栏",
    ],
)
def test_a_notice_s_line_with_a_spam_site_s_words_is_no_spam(line: str) -> None:
    assert not furniture.is_spam_keywords(line)


def test_a_bid_site_s_metadata_over_a_notice_gives_no_title() -> None:
    # (gold_real*/h01, a body with no title of its own, under the keys a bid site heads what it copies with: "信息类型：其他公告"
    # was read as the title)
    page = "信息类型：其他公告\n项目编号：JSZC-2024-0315\n" + _stored("h01")
    assert extractor.extract(page).report.title is None


@pytest.mark.parametrize(
    "prompt",
    [
        "登录后查看完整内容",
        "查看完整信息请登录",
        "会员登录 | 免费注册",
        "免责声明：本站信息来源于互联网",
        "以上信息仅供参考，具体以原文为准",
    ],
)
def test_a_bid_site_s_prompts_after_a_notice_leave_its_last_item_whole(prompt: str) -> None:
    page = _stored("h01")
    assert _items_of(f"{page.rstrip()}\n{prompt}\n") == _items_of(page) != []


HOSPITAL_MENU = (
    "医院概况",
    "院务公开",
    "科室导航",
    "专家介绍",
    "就医指南",
    "预约挂号",
    "健康科普",
    "党建园地",
    "护理天地",
    "招聘信息",
)


@pytest.mark.parametrize("stem", ["b01", "b05"])
def test_a_site_s_menu_set_one_item_a_line_above_a_notice_is_furniture(stem: str) -> None:
    # (a hospital's menu, ten items a line each, over gold_real/b01 and b05: the title and its issuer fell below the
    # lines a page's head is read in)
    page = _stored(stem)
    assert extractor.extract("\n".join(HOSPITAL_MENU) + "\n" + page).report == extractor.extract(page).report


def test_a_form_set_one_cell_a_line_under_a_site_s_menu_keeps_its_fields() -> None:
    # (gold_real25/ab04, a 督察 task's form whose field names stand a line each, "整改任务概述" first: no menu item)
    page = _stored("ab04")
    assert _items_of("\n".join(HOSPITAL_MENU) + "\n" + page) == _items_of(page) != []
