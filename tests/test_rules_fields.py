"""Field rules in isolation: status vocabulary, accountability, dates, declared counts, contacts."""

from __future__ import annotations

import datetime as dt

import pytest

from extractor.check import fragment_warnings
from extractor.fields.accountability import find_accountability
from extractor.fields.dates import parse_dates
from extractor.fields.rectification import split_rectification
from extractor.fields.status import find_status
from extractor.models import Issue
from extractor.rules import extract_text


@pytest.mark.parametrize(
    ("text", "status", "phrase"),
    [
        ("整改情况：该项已办结。一是强化学习。", "completed", "该项已办结"),
        ("整改情况:阶段性完成并长期坚持。", "long_term", "阶段性完成并长期坚持"),
        (
            "经调度后,全部整改完成。",
            "completed",
            "全部整改完成",
        ),  # (all of what the clause before names: gold_real19/i17)
        ("整改情况：该项持续整改中。一是开展行动。", "in_progress", "该项持续整改中"),
        ("整改情况：此问题已解决。一是给予警示谈话。", "completed", "此问题已解决"),
        ("整改进展：基本完成并持续推进。", "long_term", "基本完成并持续推进"),
        ("完成情况：已完成整改并长期坚持。", "long_term", "已完成整改并长期坚持"),
        ("（已完成）\n整改措施：开展清查。", "completed", "已完成"),
        ("。已整改到位。对42个工地开展检查。", "completed", "已整改到位"),
        ("一是建立台账。目前，该问题已整改完毕。", "completed", "该问题已整改完毕"),
        ("整改情况：阶段性完成，需长期坚持。", "long_term", "阶段性完成，需长期坚持"),
        ("整改进展：达到序时进度。", "in_progress", "达到序时进度"),
        ("整改情况：尚未完成，正在协调资金。", "in_progress", "尚未完成"),
        ("完成情况：未完成，人才公寓正在办理招标手续。", "in_progress", "未完成"),
        ("整改结果：专项审计已完成，发现的问题正在逐项整改。\n整改状态：正在整改", "in_progress", "正在整改"),
        ("因涉及股权结构调整，该问题未按期完成，计划于2025年6月底前完成。", "in_progress", "该问题未按期完成"),
        (
            "开办时间压缩至0.5个工作日，已于2024年6月底前整改到位，并建立清单动态调整机制。",
            "completed",
            "已于2024年6月底前整改到位",
        ),
        ("医德医风建设需常抓不懈，阶段性完成，长期坚持。", "long_term", "阶段性完成，长期坚持"),
        ("修订办法。截至2024年6月底，已全部完成整改。", "completed", "已全部完成整改"),  # (dated, 全部 inside)
        ("修订办法，截至6月底已完成整改。", "completed", "已完成整改"),  # (dated with no comma)
        ("截至2024年6月正在整改中。", "in_progress", "正在整改中"),
        ("…加强监督等措施,已全部整改完毕。 |", "completed", "已全部整改完毕"),  # (a table's bar a copy left)
        # (A subject that names the inspection, and a closing clause longer than ten characters: gold_real11/w90 so.)
        ("…于2021年7月完成结算评审工作,该审计问题已按期完成整改。", "completed", "该审计问题已按期完成整改"),
        ("…等措施,已整改并销号。", "completed", "已整改并销号"),
        # (…what the sentence goes on to say of the acceptance is no part of the status: gold_real11/w51's label.)
        ("经过上述整改,该反馈问题已整改完成,达到既定整改目标,符合整改销号标准。", "completed", "该反馈问题已整改完成"),
    ],
)
def test_status_phrases_in_a_status_position_are_read(text: str, status: str, phrase: str) -> None:
    assert find_status(text) == (status, phrase)


@pytest.mark.parametrize(
    "text",
    [
        "整改情况：一是按照要求配齐班子。二是开展排查。",
        "对粪污治理中小养殖户进行走访。目前，中小养殖户整改完成。",
        "完善相关资料，目前入党积极分子考察登记表等资料已整改到位。",
        "整改情况：经排查，该社区存在集资问题，情况属实。",
        "整改措施：举办党员集中轮训班3期，目前已全部完成培训；建立积分管理制度。",
        "整改措施：修订招标管理办法，已完成招标代理机构比选。",
    ],
)
def test_describing_finished_work_is_not_a_status(text: str) -> None:
    assert find_status(text) == ("not_stated", None)


def test_accountability_gives_each_named_person_every_action_of_the_sentence() -> None:
    found = find_accountability("镇党委责令该村支部书记张某某作了深刻的书面检查，并对其进行了批评教育。")
    assert [(a.person, a.role, a.action) for a in found] == [
        ("张某某", "支部书记", "书面检查"),  # (该村, the unit named again, is no part of the role: gold/002's label)
        ("张某某", "支部书记", "批评教育"),
    ]


def test_accountability_reads_a_list_of_names_sharing_one_role() -> None:
    found = find_accountability("对相关责任人张某某、李某进行了诫勉谈话。")
    assert [(a.person, a.action) for a in found] == [("张某某", "诫勉谈话"), ("李某", "诫勉谈话")]


def test_accountability_reads_a_measure_said_of_the_person() -> None:
    records = find_accountability("对此，张某某受到诫勉谈话，李某被责令作出书面检查。相关人员被给予通报批评。")
    assert [(a.person, a.action) for a in records] == [("张某某", "诫勉谈话"), ("李某", "书面检查")]


@pytest.mark.parametrize(
    ("sentence", "records"),
    [
        ("对王某某（局办公室主任）进行诫勉谈话。", [("王某某", "局办公室主任", "诫勉谈话")]),
        ("对负有责任的2名干部王某某进行提醒谈话。", [("王某某", "干部", "提醒谈话")]),
        ("责成张某某作出深刻检查。", [("张某某", None, "深刻检查")]),
        ("给予原所长孙某政务撤职处分。", [("孙某", "原所长", "政务撤职处分")]),
    ],
)
def test_accountability_in_the_forms_notices_write_it(
    sentence: str, records: list[tuple[str, str | None, str]]
) -> None:
    assert [(a.person, a.role, a.action) for a in find_accountability(sentence)] == records


def test_accountability_gives_each_person_named_after_the_last_one_s_measure_their_own() -> None:
    found = find_accountability("分别给予张某某诫勉谈话、李某提醒谈话、王某某批评教育。")
    assert [(a.person, a.action) for a in found] == [
        ("张某某", "诫勉谈话"),
        ("李某", "提醒谈话"),
        ("王某某", "批评教育"),
    ]


@pytest.mark.parametrize(
    ("sentence", "records"),
    [
        ("约谈张某某、李某。", [("张某某", "约谈"), ("李某", "约谈")]),
        ("对张某某进行诫勉谈话，约谈李某、王某。", [("张某某", "诫勉谈话"), ("李某", "约谈"), ("王某", "约谈")]),
        ("约谈李某，并责令其作出书面检查。", [("李某", "约谈"), ("李某", "书面检查")]),
        (
            "对涉及的3名干部（张某某、李某、王某某）进行了提醒谈话。",
            [("张某某", "提醒谈话"), ("李某", "提醒谈话"), ("王某某", "提醒谈话")],
        ),
    ],
)
def test_accountability_reads_a_measure_set_before_the_names_it_is_taken_of(
    sentence: str, records: list[tuple[str, str]]
) -> None:
    assert [(a.person, a.action) for a in find_accountability(sentence)] == records


def test_accountability_ignores_unnamed_people_and_aggregate_figures() -> None:
    assert find_accountability("对1名干部开展了提醒谈话。党纪政务处分31人，组织处理3人。") == []
    assert (
        find_accountability("对李村镇南宋社区支部书记进行批评教育。全镇召开机关干部会议，以此次警示谈话为动力。") == []
    )


def test_missing_years_are_carried_forward_and_roll_over_at_new_year() -> None:
    dates = [d for _, _, d in parse_dates("2022年11月5日至12月20日开展巡察，1月8日反馈意见。")]
    assert dates == [dt.date(2022, 11, 5), dt.date(2022, 12, 20), dt.date(2023, 1, 8)]


def test_chinese_numeral_dates_are_parsed() -> None:
    assert [d for _, _, d in parse_dates("二〇二三年十二月三十一日")] == [dt.date(2023, 12, 31)]


def test_finest_declared_count_wins() -> None:
    text = "巡察组指出我局存在3方面13个问题，在整改过程中细化分解为24个分项问题。\n一、问题\n1.学习不够。\n整改情况：已完成。"
    assert extract_text(text).report.declared_issue_count == 24


def test_a_count_mismatch_is_warned() -> None:
    text = "巡察组反馈了2个具体问题。\n一、问题\n1.学习不够。\n整改情况：已完成。"
    assert extract_text(text).warnings == ["count mismatch: the notice declares 2 issues, 1 were found"]


TASKS_AND_PROBLEMS = (
    "针对反馈的2个问题，细化为5项整改任务。截至目前，2个问题中已完成整改1个、正在推进1个，5项整改任务已完成4项。\n"
    "一、问题\n1.学习不够。\n整改情况：已完成。\n2.制度不全。\n整改情况：正在推进。\n"
)


def test_a_tally_of_the_tasks_beside_one_of_the_problems_adds_nothing_to_the_status_counts() -> None:
    counts = extract_text(TASKS_AND_PROBLEMS).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.in_progress) == (1, 1)


def test_a_tally_written_in_chinese_numerals_is_read() -> None:
    # (gold_real6/n09's tally as a formal notice writes it: "…细化分解了10个问题,已完成5个,正在整改5个" read "in progress
    # 5248" when the numbers were words.)
    text = (
        "根据县委统一部署，县委第三巡察组对县住建局党组进行了巡察。现将整改进展情况予以公布。住建局党组根据巡察反馈的二个方面"
        "细化分解了十个问题,已完成五个,正在整改五个,持续性开展的整改措施均取得了阶段性成效。\n"
    )
    report = extract_text(text).report
    counts = report.declared_status_counts
    assert counts is not None
    assert (report.declared_issue_count, counts.completed, counts.in_progress) == (10, 5, 5)


def test_as_many_issues_found_as_the_problems_tallied_is_no_count_mismatch_beside_more_tasks() -> None:
    result = extract_text(TASKS_AND_PROBLEMS)
    assert (result.report.declared_issue_count, result.warnings) == (5, [])


def test_contacts_are_read_from_the_closing_block() -> None:
    text = (
        "1.学习不够。\n整改情况：已完成。\n欢迎监督。联系电话：0731-58205982；邮政信箱：某某市某某路1号，邮编：411100；"
        "电子邮箱：abc@163.com。"
    )
    contacts = extract_text(text).report.contacts
    assert contacts.phones == ["0731-58205982"]
    assert contacts.address == "某某市某某路1号"
    assert contacts.postcode == "411100"
    assert contacts.emails == ["abc@163.com"]


def test_a_dated_line_under_the_title_is_the_publish_date_not_part_of_the_title() -> None:
    text = "关于巡察整改情况的通报\n（2023年6月16日）\n根据区委统一部署，区委第一巡察组对我局进行了巡察。\n1.学习不够。\n整改情况：已完成。"
    report = extract_text(text).report
    assert report.title == "关于巡察整改情况的通报"
    assert str(report.publish_date) == "2023-06-16"


def test_each_person_gets_the_measures_that_follow_their_name() -> None:
    found = find_accountability("给予原副局长孙某某党内警告处分，对项目股股长周某某进行诫勉谈话。")
    assert [(a.person, a.action) for a in found] == [("孙某某", "党内警告处分"), ("周某某", "诫勉谈话")]


@pytest.mark.parametrize(
    ("sentence", "action"),
    [
        ("镇党委对中心主任陈某某进行了诫勉谈话，对其他相关干部进行了提醒谈话。", "诫勉谈话"),
        ("对检查发现问题较多的龙潭村党支部书记陈某某进行约谈，对其余10个党支部书记进行提醒谈话。", "约谈"),
        ("对7个学院党委（党总支）书记进行约谈，对文学院党委书记陈某某进行诫勉谈话。", "诫勉谈话"),
        ("药剂科主任陈某某被给予诫勉谈话，2名采购经办人员被批评教育。", "诫勉谈话"),
    ],
)
def test_measures_for_unnamed_others_are_not_given_to_the_named_person(sentence: str, action: str) -> None:
    assert [(a.person, a.action) for a in find_accountability(sentence)] == [("陈某某", action)]


def test_a_status_run_into_an_enumeration_without_punctuation_is_read() -> None:
    from extractor.rules import extract_text

    text = "一、学习方面\n1.理论学习不够深入。\n整改情况：一是加强学习。二是通过“以老带新”等目前该问题已完成。\n"
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("completed", "该问题已完成")


def test_a_status_under_the_label_of_the_last_measure_is_read() -> None:
    from extractor.rules import extract_text

    text = "一、制度方面\n1.制度执行不严格。\n整改情况：\n1.修订制度三项。\n2.目前该问题基本完成，需长期坚持。\n"
    [issue] = extract_text(text).issues
    assert issue.status == "long_term"


def test_a_short_status_sentence_closing_the_rectification_is_the_status() -> None:
    from extractor.rules import extract_text

    text = "一、学习方面\n1.理论学习不够深入。\n整改情况：组织集中学习12次。已完成。\n"
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("completed", "已完成")


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("区委第一巡察组反馈了4个方面37个问题。", 37),
        ("对广州市区级交叉巡察第18组反馈的20个主要问题，逐项制定整改措施。", 20),
        ("巡察组反馈问题共计28条。", 28),
        ("巡察指出问题4大类21个。", 21),
        ("共梳理出问题清单23项。", 23),
        ("需整改问题36个，目前已完成34个。", 36),
        ("巡察组向我局反馈3个方面的问题，我局认领问题23个。", 23),  # (a unit's share of a round's feedback)
        ("涉及我县的整改任务共46项。", 46),
        ("对照反馈的4个方面15项问题，形成整改任务112项、具体措施298条。", 112),
        ("对照反馈的4个方面18个问题，逐条逐项研究，细化梳理为136项具体整改任务。", 136),
        ("对反馈的3个方面14个问题进行细化分解，形成整改任务清单49项。", 49),
        ("我县承担整改任务27项，已完成整改任务19项。", 27),
        # (The matters to put right at once a team hands over during its visit, gold_real12/k10.)
        ("期间移交立行立改事项2件。", 2),
        ("巡察组移交的3件立行立改事项已全部完成。", 3),
        ("巡察反馈问题共涉及33项整改。", 33),  # (the rectifications it takes, as issue 8 quotes a real page)
        ("需整改事项12项。", 12),
    ],
)
def test_declared_count_forms_of_real_notices_are_read(sentence: str, count: int) -> None:
    text = f"根据市委统一部署，市委第三巡察组对市文旅局党组进行了巡察。{sentence}现将整改情况予以公布。"
    assert extract_text(text).report.declared_issue_count == count


def test_a_problem_as_an_idiom_is_not_a_count() -> None:
    text = "各部门通过揭示一个问题、整改解决一类问题，推动审计整改。现将审计查出问题整改情况报告如下："
    assert extract_text(text).report.declared_issue_count is None


def test_a_report_is_dated_by_the_day_it_was_delivered_when_the_page_gives_no_date() -> None:
    text = "关于2023年度审计查出问题整改情况的报告\n——2024年11月26日在省人大常委会第十三次会议上\n省审计厅厅长 李伟\n"
    assert extract_text(text).report.publish_date == dt.date(2024, 11, 26)


def test_the_page_date_dates_a_report_over_the_day_it_was_delivered() -> None:
    text = (
        "关于2023年度审计查出问题整改情况的报告\n发布日期：2025-01-06\n——2024年12月26日在县人大常委会第二十三次会议上\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2025, 1, 6)


def test_a_range_separator_is_not_taken_for_the_unit_inspected() -> None:
    text = "广州市区级交叉巡察第18组从3月17日到5月25日对我局党组开展巡察。现将巡察整改情况予以公布。"
    assert extract_text(text).report.inspected_unit == "我局党组"


def test_what_a_notice_puts_on_public_display_is_not_the_unit_inspected() -> None:
    text = "省委生态环境保护督察反馈的7个问题已完成整改，现对问题整改完成情况进行公示（见附件）。"
    assert extract_text(text).report.inspected_unit is None


def test_a_notice_with_no_title_is_issued_by_the_body_acting_in_its_rectification() -> None:
    text = (
        "根据省委统一部署，省委第三巡视组于2023年7月3日至8月31日对连云港市海州区开展了巡视。现将整改进展情况通报如下：\n"
        "一、巡视整改组织领导情况\n针对省委巡视反馈意见，海州区委坚决扛起整改责任，全面主动认领问题。\n"
    )
    assert extract_text(text).report.issuer == "海州区委"


def test_a_closure_notice_gives_every_listed_problem_its_declared_completion() -> None:
    text = (
        "交办的2个问题由我单位牵头整改落实。现已完成整改工作，进入销号程序，予以公示。\n"
        "1.编号8:加强洪泽湖入湖河流整治。\n整改目标:主要入湖河流水质达到考核要求。\n"
        "2.编号14:完善工业园区监测监控体系。\n整改目标:安装自动在线监测设备。\n"
    )
    issues = extract_text(text).issues
    assert [(i.problem, i.status, i.status_text) for i in issues] == [
        ("加强洪泽湖入湖河流整治", "completed", "已完成整改工作"),
        ("完善工业园区监测监控体系", "completed", "已完成整改工作"),
    ]


def test_a_partial_completion_tally_is_no_closure() -> None:
    text = (
        "巡察反馈的36个问题已完成整改30个，正在整改6个。\n"
        "1.理论学习不深入。\n整改措施：制定学习计划。\n2.制度执行不严格。\n整改措施：修订制度。\n"
    )
    assert {i.status for i in extract_text(text).issues} == {"not_stated"}


def test_an_issuer_the_notice_shortens_is_given_its_formal_name_where_the_text_spells_it() -> None:
    text = (
        "根据县委统一部署，县委第二巡察组对徐庄镇党委进行了巡察。现将巡察整改进展情况予以公布。\n"
        "一、整改工作组织情况\n徐庄镇党委高度重视，成立中共徐庄镇委员会巡察整改工作领导小组。\n"
    )
    assert extract_text(text).report.issuer == "中共徐庄镇委员会"


def test_a_notice_whose_tasks_are_all_done_and_kept_up_gives_its_items_long_term() -> None:
    text = (
        "目前，50个整改任务已全部完成整改，并将长期坚持。\n二、整改落实情况\n"
        "1.理论学习不深入。\n整改措施：制定学习计划。\n"
    )
    [issue] = extract_text(text).issues
    assert (issue.status, issue.status_text) == ("long_term", "已全部完成整改，并将长期坚持")


def test_all_of_a_handed_over_count_done_is_completion_but_part_of_it_is_not() -> None:
    items = "一、关于“办事拖拉”问题\n整改措施及成效：立即整改，建立台账。\n"
    done = extract_text("巡察组移交的2件立行立改事项已完成2件，主要情况如下：\n" + items).issues
    part = extract_text("巡察组移交的3件立行立改事项已完成2件，主要情况如下：\n" + items).issues
    assert [(i.status, i.status_text) for i in done] == [("completed", "已完成")]
    assert [i.status for i in part] == ["not_stated"]


def test_an_item_whose_quoted_problem_the_text_cuts_off_is_left_out() -> None:
    text = (
        "根据县委统一部署，县委第五巡察组对社区党总支进行了巡察。\n二、集中整改进展情况\n"
        "1.关于“学习不深入”问题\n整改情况：制定学习计划。已完成。\n2.对于“思想认识不足，理论学习流于形式。对学习贯彻"
    )
    result = extract_text(text)
    assert [i.problem for i in result.issues] == ["学习不深入"]
    assert any("incomplete problem" in w for w in result.warnings)


def test_a_list_of_units_inspected_is_no_issuer() -> None:
    text = (
        "根据州党委巡察工作统一部署，州党委第五轮巡察派出7个巡察组对东城镇、七户乡、北庭镇党组织开展了常规巡察。"
        "现将巡察整改进展情况予以公布。\n"
    )
    assert extract_text(text).report.issuer is None


@pytest.mark.parametrize(
    "dateline",
    [
        "2021-11-10 来源:市纪委、监委",
        "2019-04-28 / :61",
        "西藏自治区科学技术厅: sti.xizang.gov.cn 2026年01月29日 来源:西藏纪检监察网 作者:",
    ],
)
def test_a_dateline_with_page_metadata_dates_the_notice(dateline: str) -> None:
    text = f"中共某局党组关于巡察整改进展情况的通报\n{dateline}\n根据市委统一部署，市委第一巡察组对局党组进行了巡察。\n"
    assert extract_text(text).report.publish_date is not None


def _declared_in_an_opening(sentence: str) -> int | None:
    """The count a town's notice declares with `sentence` in its opening."""
    text = f"根据区委统一部署，区委第五巡察组对镇党委进行了巡察。{sentence}现将巡察整改情况予以公布。"
    return extract_text(text).report.declared_issue_count


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("党委将巡察组反馈问题梳理分解整改任务106个，已完成整改98个。", 106),
        ("严格按照要求稳步推进31个省委巡视反馈问题整改。", 31),
        ("截至5月6日，3个问题已完成整改，2个问题已基本完成整改。", 5),
        ("反馈的7个问题已完成整改。", 7),
        ("巡察组共反馈问题5个方面22条。", 22),
        ("反馈问题三个方面共十二条。", 12),
        ("区委第二巡察组反馈问题4类23个。", 23),
        ("巡察反馈的四方面10个问题。针对反馈意见细化分解问题,细化了4大类共44项整改措施。", 10),
        ("对巡视组反馈的4个方面13个问题照单全收，细化为62项整改任务。", 62),
        ("将市委巡视反馈意见，分解形成79个“问题清单”，逐个问题明确整改措施。", 79),
        ("截至7月16日，巡察反馈具体问题需要向社会公开的19 个，已完成整改9个，阶段性完成整改9个，未完成整改1个。", 19),
        ("本轮巡察反馈问题16个，上轮巡察整改不到位问题3个，共计19个，细化整改措施64条。", 19),
        ("对照巡视反馈的4个方面13类49个具体问题，市委制定《整改方案》，梳理形成132项整改任务。", 132),
        ("整改方案确定的62项整改任务，截至2025年7月底，已完成43项，达到序时进度19项。", 62),
        # (the real openings' h10, cut before its later total: the 大方面 counted are none of the problems)
        ("区委巡察组共反馈问题4个大方面26个大项的问题。", 26),
    ],
)
def test_declared_counts_as_the_real_openings_state_them(sentence: str, count: int) -> None:
    assert _declared_in_an_opening(sentence) == count


@pytest.mark.parametrize(
    "sentence",
    [
        "党组研究细化提出5项整改任务9条整改措施。",  # (a Red Cross notice, gold_real33/aj04)
        "党委梳理形成5项整改任务、9条整改措施。",
        "党委细化分解5个整改任务9项具体措施。",
    ],
)
def test_the_measures_counted_after_the_tasks_are_not_the_declared_count(sentence: str) -> None:
    assert _declared_in_an_opening(sentence) == 5


@pytest.mark.parametrize(
    "opening",
    [
        "关于2023年度审计查出问题整改情况的报告\n——2024年11月26日在省人大常委会会议上\n省审计厅厅长李伟\n",
        "受省政府委托，11月24日，省审计厅厅长刘文华在省人大常委会会议上作了审计查出问题整改情况的报告。\n",
    ],
)
def test_an_audit_report_is_issued_by_the_office_of_its_speaker(opening: str) -> None:
    assert extract_text(opening + "报告的主要内容如下：\n").report.issuer == "省审计厅"


def test_a_report_to_a_congress_whose_speaker_is_not_named_names_no_issuer() -> None:
    """(gold_real18/i05: the committee and government that take the rectification seriously do not read the report.)"""
    text = (
        "主任、各位副主任、各位委员:\n我受区政府委托,向区人大常委会报告关于长宁区2023年度本级预算执行和其他财政收支审计查出问题的"
        "整改情况。\n区委、区政府高度重视审计整改,要求各单位压实审计整改责任。现将整改情况汇报如下:\n"
    )
    assert extract_text(text).report.issuer is None


def test_an_abbreviated_issuer_takes_the_formal_name_the_text_spells_out() -> None:
    text = (
        "根据市委统一部署，市委第一巡察组对我院党组进行了巡察。现将巡察整改进展情况予以公布。\n"
        "一、提高政治站位\n市法院党组严格落实整改要求，制定《中共莆田市中级人民法院党组关于巡察反馈意见的整改方案》。\n"
    )
    assert extract_text(text).report.issuer == "中共莆田市中级人民法院党组"


def test_a_lost_digit_date_s_range_end_that_gives_only_the_day_keeps_the_month() -> None:
    dates = [d for _, _, d in parse_dates("2023年9月1日。20231012日至26日开展督察。")]
    assert [str(d) for d in dates] == ["2023-09-01", "2023-10-12", "2023-10-26"]


def test_a_lost_digit_date_whose_month_kept_its_zero_reads_as_that_month() -> None:
    dates = [d for _, _, d in parse_dates("根据统一部署，20240717日至20240830日，市委第三巡察组对市局进行了巡察。")]
    assert [str(d) for d in dates] == ["2024-07-17", "2024-08-30"]


def test_a_lost_digit_range_end_of_two_digits_reads_as_month_and_day_when_no_such_day_exists() -> None:
    dates = [d for _, _, d in parse_dates("根据统一部署，202238日至57日，市委第三巡察组对市局进行了巡察。")]
    assert [str(d) for d in dates] == ["2022-03-08", "2022-05-07"]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2022.9.7至26,吉林省第一生态环境保护督察组进驻我市", ["2022-09-07", "2022-09-26"]),
        ("院党组第二巡视组于2024.10.10至30日对理论物理所进行了巡视", ["2024-10-10", "2024-10-30"]),
        ("2023.4.10—6.12", ["2023-04-10", "2023-06-12"]),
    ],
)
def test_a_dotted_date_s_range_end_that_gives_only_the_day_keeps_the_month(text: str, read: list[str]) -> None:
    assert [str(d) for _, _, d in parse_dates(text)] == read


def test_a_two_digit_range_end_after_a_start_that_lost_its_月_is_left_out_where_it_reads_two_ways() -> None:
    # (gold_real10/v10's "2024年1月4日至2月2日" with its 月 lost: "22日" is 1-22 as much as 2-2.)
    text = (
        "根据区委巡察工作统一部署,202414日至22日,区委巡察二组对区社科联开展了巡察,并于2024318日反馈了巡察意见。"
        "现将整改情况予以公布。\n"
    )
    result = extract_text(text)
    assert (result.report.inspection_start, result.report.inspection_end) == (dt.date(2024, 1, 4), None)
    assert "a date lost digits and reads more than one way, left out: 至22日" in result.warnings


def test_a_period_that_lost_its_digits_in_a_sentence_on_another_check_is_no_inspection_s() -> None:
    # (gold_real18/i06, a finance bureau's own check, its "2025年7月22日至9月10日" with the 年 and 月 lost: no inspection
    # period, as the whole dates give none.)
    text = (
        "按照《财政厅关于组织开展2025年度会计信息质量检查工作的通知》要求,我局于2025722日至910日对市卫生健康局、"
        "市人民医院进行会计信息质量检查。现将检查情况报告如下。\n"
    )
    report = extract_text(text).report
    assert (report.inspection_start, report.inspection_end) == (None, None)


@pytest.mark.parametrize(
    ("phrase", "status", "as_written"),
    [
        ("已整改到位并长期坚持", "long_term", "已整改到位并长期坚持"),
        ("长效推进", "long_term", "长效推进"),
        ("整改进行中", "in_progress", "整改进行中"),
        ("按计划推进", "in_progress", "按计划推进"),
        ("已达序时进度", "in_progress", "已达序时进度"),
        ("已按期完成", "completed", "已按期完成"),
        ("立行立改，已完成", "completed", "已完成"),
        ("已制定方案，正在推进", "in_progress", "正在推进"),
        ("已全面完成", "completed", "已全面完成"),
        ("已纠正", "completed", "已纠正"),
        ("已清退", "completed", "已清退"),
        ("已全部收回", "completed", "已全部收回"),
        ("已全额追回", "completed", "已全额追回"),
        ("该问题已于2024年5月整改到位", "completed", "该问题已于2024年5月整改到位"),
        ("正在有序推进", "in_progress", "正在有序推进"),
        ("尚在整改", "in_progress", "尚在整改"),
        ("已按时序推进", "in_progress", "已按时序推进"),
        ("已制定方案，正在实施", "in_progress", "正在实施"),
        ("完成", "completed", "完成"),
        ("己完成", "completed", "己完成"),
        ("巳整改到位", "completed", "巳整改到位"),
        ("已完成整改，并长期坚持", "long_term", "已完成整改，并长期坚持"),
        ("已整改完成并长效坚持", "long_term", "已整改完成并长效坚持"),
        ("已完成（长期坚持）", "long_term", "已完成（长期坚持）"),
        ("已验收销号", "completed", "已验收销号"),
        ("已清理完毕", "completed", "已清理完毕"),
        ("按期完成", "completed", "按期完成"),
        ("已启动整改", "in_progress", "已启动整改"),
        ("尚未整改", "in_progress", "尚未整改"),
        ("未整改", "in_progress", "未整改"),
        ("整改完毕，长期坚持", "long_term", "整改完毕，长期坚持"),
        ("持续巩固中", "long_term", "持续巩固中"),
        ("常态化开展", "long_term", "常态化开展"),
        ("初步完成", "long_term", "初步完成"),
        ("取得阶段性成效", "long_term", "取得阶段性成效"),
        ("已结案", "completed", "已结案"),
        ("已按要求整改", "completed", "已按要求整改"),
        ("已全部完成治理工作", "completed", "已全部完成治理工作"),
        ("已完成整治", "completed", "已完成整治"),
        # (已经 and 全部 where the shorter phrase is known, and the pace of work under way.)
        ("已经整改", "completed", "已经整改"),
        ("已经全部完成", "completed", "已经全部完成"),
        ("已全部办结", "completed", "已全部办结"),
        ("已经销号", "completed", "已经销号"),
        ("整改已到位", "completed", "整改已到位"),
        ("已达到整改要求", "completed", "已达到整改要求"),
        ("已全部落实", "completed", "已全部落实"),
        ("已整治到位", "completed", "已整治到位"),
        ("正在进行整改", "in_progress", "正在进行整改"),
        ("正在逐步整改", "in_progress", "正在逐步整改"),
        ("正逐步推进", "in_progress", "正逐步推进"),
        ("整改工作正在推进中", "in_progress", "整改工作正在推进中"),
        ("不能按期完成", "in_progress", "不能按期完成"),
        ("无法按时完成整改", "in_progress", "无法按时完成整改"),
        # (Some of it done, whatever done words follow; a closing word alone.)
        ("大部分已整改", "in_progress", "大部分已整改"),
        ("已完成部分整改", "in_progress", "已完成部分整改"),
        ("办结", "completed", "办结"),
        ("销号", "completed", "销号"),
        # (Done and closed, whole: not the shorter phrase inside them.)
        ("已落实到位", "completed", "已落实到位"),
        ("已整改到位并销号", "completed", "已整改到位并销号"),
        ("已如期完成整改任务", "completed", "已如期完成整改任务"),
        # (Done, and to be kept up by other words than 长期坚持.)
        ("已完成，需常抓不懈", "long_term", "已完成，需常抓不懈"),
    ],
)
def test_keyed_status_phrases_real_notices_use(phrase: str, status: str, as_written: str) -> None:
    assert find_status(f"整改措施：制定学习计划。\n整改情况：{phrase}。") == (status, as_written)


@pytest.mark.parametrize(
    ("line", "status"),
    [("完成时限：2024年8月底（已完成）", "completed"), ("整改时限：2024年12月（正在推进）", "in_progress")],
)
def test_a_deadline_line_closing_with_a_status_in_brackets_states_it(line: str, status: str) -> None:
    assert find_status(f"整改措施：修订财务制度。\n{line}")[0] == status


def test_a_deadline_line_closing_with_a_term_in_brackets_states_nothing() -> None:
    assert find_status("整改措施：修订财务制度。\n整改时限：立行立改（长期坚持）") == ("not_stated", None)


@pytest.mark.parametrize("share", ["已完成70%", "已整改完成80%", "整改完成率60%", "已完成整改任务的80%", "完成率达90%"])
def test_a_share_of_the_work_done_short_of_the_whole_is_no_status(share: str) -> None:
    # (A tally of the work, as gold_holdout5's n4 labels read 整改完成率80%: neither done nor a status.)
    assert find_status(f"整改措施：制定学习计划。\n整改情况：{share}。") == ("not_stated", None)


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        # Real openings' formula sentences.
        (
            "根据市委统一部署，2023年5月25日—7月28日，市委乡村振兴领域专项巡察组对市农业农村局党组进行了巡察。",
            "专项巡察",
        ),
        ("2025年4月7日至5月16日，县委机动巡察组对县医疗保障局党组进行了巡察。", "机动巡察"),
        ("2024年6月30日至8月30日，中央第三巡视组对湖北省进行了巡视“回头看”。", "巡视“回头看”"),
        ("2023年6月13日至8月31日，市委第五巡察组对市市场监管局党组开展了常规巡察。", "巡察"),
        ("2023年11月10日至12月9日，县委第五巡视组对金垦二社区进行了为期30天的巡察。", "巡察"),
        ("2024年9月13日，县食品安全委员会第二督察组对城关市场监督管理所开展了专项督察。", "专项督察"),
    ],
)
def test_the_kind_of_inspection_keeps_the_qualifier_of_a_special_one(opening: str, kind: str) -> None:
    text = f"关于巡察整改情况的通报\n{opening}现将整改情况予以公布。\n一、存在的问题\n整改情况：已完成。"
    assert extract_text(text).report.inspection_kind == kind


def test_a_count_of_units_that_published_is_no_count_of_completed_problems() -> None:
    text = "新华社电 至此，十九届中央第七轮巡视的32个单位党组织的整改情况已公布完毕。"
    assert extract_text(text).report.declared_status_counts is None


@pytest.mark.parametrize(
    "text",
    [
        "一是已完成制度修订；二是开展专题学习5次。",
        "局党组已完成3次专题学习。",
        "截至目前，已完成整改任务的80%。",
        "整改情况：已完成制度修订。",
    ],
)
def test_work_done_among_the_measures_is_no_status(text: str) -> None:
    assert find_status(text) == ("not_stated", None)


def test_a_part_done_is_work_and_the_status_is_what_the_rest_says() -> None:
    assert find_status("整改情况：已完成一期改造，二期正在推进。") == ("in_progress", "二期正在推进")
    assert find_status("整改情况：已完成全部整改任务。") == ("completed", "已完成全部整改任务")


def test_a_deadline_set_as_a_goal_is_no_status() -> None:
    assert find_status("整改措施：制定学习计划，确保按期完成。") == ("not_stated", None)


def test_a_remedy_with_its_object_is_a_measure_not_a_status() -> None:
    assert find_status("整改情况：已收回违规报销费用3.86万元。") == ("not_stated", None)


def test_a_deadline_that_ends_in_完成_is_no_status() -> None:
    assert find_status("整改措施：制定学习计划，确保年底前完成。") == ("not_stated", None)


def test_a_ledger_s_status_cells_of_one_word_are_read() -> None:
    text = (
        "关于巡察整改情况的通报\n根据区委统一部署，区委第二巡察组对我局进行了巡察。现将整改情况予以公布。\n"
        "序号\t反馈问题\t整改措施\t完成情况\n"
        "1\t理论学习不深入\t制定年度学习计划\t完成\n"
        "2\t财务报销审核不严\t修订财务制度\t否\n"
    )
    assert [(i.status, i.status_text) for i in extract_text(text).issues] == [
        ("completed", "完成"),
        ("in_progress", "否"),
    ]


def test_common_and_individual_problems_declared_apart_add_up_to_the_count() -> None:
    text = "县委第三巡察组对县水利局党组进行了巡察，指出共性问题5个、个性问题16个。现将巡察整改进展情况予以公布。"
    assert extract_text(text).report.declared_issue_count == 21


def test_a_deadline_s_target_is_no_tally_of_statuses() -> None:
    text = (
        "督察组对辽阳市开展了督察。现将整改情况公开如下。统筹整合形成24项整改任务，2022年年底前完成21项整改任务，"
        "2023年年底前24项全部整改完成。"
    )
    assert extract_text(text).report.declared_status_counts is None


@pytest.mark.parametrize(
    "sentence",
    ["巡察组反馈了四个方面问题（共12条）。", "巡察组反馈了4个方面(12个问题)。", "反馈问题共计：12个。"],
)
def test_a_total_in_brackets_after_the_areas_or_after_a_colon_is_the_declared_count(sentence: str) -> None:
    assert _declared_in_an_opening(sentence) == 12


@pytest.mark.parametrize(
    "count",
    [
        "共反馈问题5个方面。",
        # (gold_real34/ak01 cut as a stored opening is, before its "29项具体问题": the areas after the kinds)
        "党工委将市委巡察组反馈意见提出的3大类10个方面",
    ],
)
def test_a_count_of_aspects_alone_declares_no_number_of_problems(count: str) -> None:
    assert _declared_in_an_opening(count) is None


@pytest.mark.parametrize(
    "opening",
    [
        "区委第二巡察组自2023年3月6日起对区农业农村局党组开展为期两个月的巡察，6月2日反馈巡察意见。",
        "2023年3月6日，区委第二巡察组进驻区农业农村局开展巡察。6月2日反馈了巡察意见。",
    ],
)
def test_the_day_an_inspection_began_is_its_start_when_no_period_is_given(opening: str) -> None:
    report = extract_text(f"关于巡察整改情况的通报\n{opening}现将整改情况予以公布。").report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2023, 3, 6), None)
    assert report.feedback_date == dt.date(2023, 6, 2)


def test_a_rectification_period_that_begins_on_a_day_is_no_inspection_start() -> None:
    text = "2023年2月17日，巡察组反馈了巡察意见。集中整改期为2023年2月17日起至2023年11月29日止。"
    assert extract_text(text).report.inspection_start is None


@pytest.mark.parametrize(
    "opening",
    [
        "县委第三巡察组于2023.4.10—6.12对县农业农村局党组进行了巡察，2023.7.20反馈了巡察意见。",
        "县委第三巡察组自2023年4月10日起至2023年6月12日对县农业农村局党组进行了巡察。7月20日反馈了巡察意见。",
        "县委第三巡察组于2023年4月10日进驻县农业农村局党组开展巡察，6月12日结束，7月20日反馈了巡察意见。",
    ],
)
def test_inspection_periods_in_the_forms_notices_write_them(opening: str) -> None:
    report = extract_text(f"关于巡察整改情况的通报\n根据县委统一部署，{opening}现将整改情况予以公布。").report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2023, 4, 10), dt.date(2023, 6, 12))
    assert (report.feedback_date, report.inspected_unit) == (dt.date(2023, 7, 20), "县农业农村局党组")


def test_a_rectification_period_from_one_day_to_another_is_no_inspection_period() -> None:
    text = "巡察组对湘桥区农业农村局进行了专项巡察。问题整改时限从2023年2月17日起至2023年11月29日止。"
    assert extract_text(text).report.inspection_start is None


def test_a_year_mistyped_with_月_is_read_as_the_year() -> None:
    assert [d for _, _, d in parse_dates("2024月10月15日，巡察组反馈了巡察意见。")] == [dt.date(2024, 10, 15)]


def test_a_signature_date_that_lost_its_月_and_日_is_read_where_one_reading_exists() -> None:
    assert [d for _, _, d in parse_dates("闻喜县人民政府\n2019年1222\n")] == [dt.date(2019, 12, 22)]
    assert parse_dates("2019年1222万元") == []


def test_a_feedback_date_that_lost_its_月_and_日_before_a_comma_is_read() -> None:
    text = "2023年1222，区委第三巡察组向区民政局党组反馈了巡察意见。现将巡察整改情况予以公布。"
    assert extract_text(text).report.feedback_date == dt.date(2023, 12, 22)


def test_a_date_in_brackets_after_the_title_dates_the_page_and_is_no_part_of_the_title() -> None:
    text = "中共某区委员会关于巡视整改进展情况的通报 (2024-07-26)\n来源: 某区\n市委第八巡视组对某区开展巡视。现将巡视整改进展情况予以公布。"
    report = extract_text(text).report
    assert (report.title, report.publish_date) == ("中共某区委员会关于巡视整改进展情况的通报", dt.date(2024, 7, 26))


def test_a_feedback_date_that_lost_all_its_words_is_read_where_one_reading_exists() -> None:
    text = "20211026日至119督察组对辽阳市开展了督察，并于2022223市正式反馈了督察意见。现将整改情况予以公布。"
    assert extract_text(text).report.feedback_date == dt.date(2022, 2, 23)


def test_a_feedback_date_that_lost_all_its_words_and_reads_two_ways_is_left_out_with_a_warning() -> None:
    text = "20211026日至1210督察组对辽阳市开展了督察，并于2022111市正式反馈了督察意见。现将整改情况予以公布。"
    result = extract_text(text)
    assert result.report.feedback_date is None  # (not the period's start, before it: 1-11 or 11-1 is unknown)
    assert "a date lost its 年, 月 and 日, left out: 2022111" in result.warnings


def test_a_date_opening_a_sentence_that_lost_all_its_words_is_read() -> None:
    text = (
        "根据区委统一部署,2024915日至1112日,区委第一巡察组对区卫健局进行了巡察。"
        "2025324,区委巡察组向区卫健局党组反馈了巡察意见。现将巡察整改进展情况予以公布。"
    )
    assert extract_text(text).report.feedback_date == dt.date(2025, 3, 24)


def test_a_period_whose_end_lost_its_words_is_read_in_the_start_s_year_without_a_warning() -> None:
    """119 is 1-19 or 11-9: only 11-9 follows 10-26 in 2021 (gold_real6 p08)."""
    text = (
        "20211026日至119辽宁省第三生态环境保护督察组辽阳市开展了第二轮省级生态环境保护督察,并于2022223市正式反馈了"
        "督察意见辽阳市委、市政府高度重视省级生态环境保护督察整改工作。现按照要求向社会公开。"
    )
    result = extract_text(text)
    assert (result.report.inspection_start, result.report.inspection_end) == (
        dt.date(2021, 10, 26),
        dt.date(2021, 11, 9),
    )
    assert not [w for w in result.warnings if "119" in w]


def test_a_count_after_a_year_is_no_date_that_lost_its_words() -> None:
    assert "left out" not in " ".join(extract_text("截至2024年，共投入2022223万元，于2022223元中支出。").warnings)


def test_a_bullet_before_the_title_is_no_part_of_the_title_or_issuer() -> None:
    text = "  • 中共某区文旅体局党组关于巡察整改情况的通报\n区委第二巡察组对区文旅体局党组进行了巡察。现将巡察整改情况予以公布。"
    report = extract_text(text).report
    assert (report.title, report.issuer) == ("中共某区文旅体局党组关于巡察整改情况的通报", "中共某区文旅体局党组")


def test_a_site_header_over_the_title_is_no_title() -> None:
    text = (
        "欢迎访问某某产业协会\n资讯中心\nInformation Center\n联系我们\n电话:\n0991-4165463\n"
        "新疆维吾尔自治区贯彻落实中央环境保护督察反馈意见整改工作情况的报告\n2019-04-28\n"
        "2017年8月11日至9月11日，中央第八环境保护督察组对我区开展了环境保护督察。现将整改情况报告如下。"
    )
    report = extract_text(text).report
    assert report.title == "新疆维吾尔自治区贯彻落实中央环境保护督察反馈意见整改工作情况的报告"
    assert report.inspected_unit == "新疆维吾尔自治区"


@pytest.mark.parametrize(
    ("opening", "unit"),
    [
        ("县委第三巡察组于2023年4月10日至6月12日巡察了县水利局党组。", "县水利局党组"),
        ("2023年4月，县委第三巡察组进驻县水利局，开展为期两个月的常规巡察。", "县水利局"),
        # (…the place a 督察 team stayed in, gold_real14/x08.)
        ("中央第三生态环境保护督察组进驻安徽省期间，共向我省转办32批次环境信访举报问题。", "安徽省"),
    ],
)
def test_the_unit_a_team_inspected_named_after_the_verb_or_where_it_entered(opening: str, unit: str) -> None:
    text = f"关于巡察整改进展情况的通报\n{opening}现将巡察整改进展情况予以公布。"
    assert extract_text(text).report.inspected_unit == unit


def test_a_period_given_in_parts_of_months_gives_no_dates_but_its_year() -> None:
    opening = "2023年3月上旬至4月下旬，区委第二巡察组对区农业农村局党组开展了巡察。6月2日，巡察组反馈了巡察意见。"
    report = extract_text(f"关于巡察整改情况的通报\n{opening}").report
    assert (report.inspection_start, report.inspection_end) == (None, None)
    assert report.feedback_date == dt.date(2023, 6, 2)


def test_the_己_of_自己_is_no_mistyped_已() -> None:
    assert find_status("一是加强学习。\n自己完成学习任务。") == ("not_stated", None)


@pytest.mark.parametrize(
    ("phrase", "status"),
    [
        ("已完成並長期堅持", "long_term"),
        ("階段性完成", "long_term"),
        ("正在推進", "in_progress"),
        ("已辦結", "completed"),
    ],
)
def test_a_traditional_character_reprint_s_status_is_read_and_kept_as_written(phrase: str, status: str) -> None:
    text = f"關於巡察整改情況的通報\n一、存在問題\n（一）理論學習不深入\n整改措施：制定學習計劃。\n整改情況：{phrase}。"
    issue = extract_text(text).issues[0]
    assert (issue.status, issue.status_text) == (status, phrase)


def test_a_key_run_into_the_measures_is_no_measure() -> None:
    text = "关于巡察整改情况的通报\n（一）理论学习不深入。\n整改措施：制定学习计划。整改情况：已完成。\n"
    assert [i.measures for i in extract_text(text).issues] == [["制定学习计划"]]


@pytest.mark.parametrize("problem", ["存在的问题及", "学习"])
def test_a_problem_that_reads_as_a_piece_of_a_heading_is_warned_of(problem: str) -> None:
    warnings = fragment_warnings([Issue(id="3", problem=problem)])
    assert warnings == [f"issue 3: the problem “{problem}” reads as a piece of a heading, not a problem statement"]


def test_a_problem_holding_the_page_s_breadcrumb_or_metadata_is_warned_of() -> None:
    problem = "您当前的位置:首页 > 通知公告  富裕街道整改任务情况公示  时间: 2018-06-07 来源: 伊通河水质下降"
    assert fragment_warnings([Issue(id="1", problem=problem)]) == [
        f"issue 1: the problem “{problem}” holds the page's own words (its breadcrumb or metadata), not only the "
        "notice's: check its row"
    ]


@pytest.mark.parametrize("problem", ["整改问题概述", "整改問題"])
def test_a_problem_that_is_a_field_s_name_is_warned_of(problem: str) -> None:
    assert fragment_warnings([Issue(id="2", problem=problem)]) == [
        f"issue 2: the problem “{problem}” is the name of a field or column, not a problem statement: check its row"
    ]


def test_a_problem_naming_a_source_of_funds_is_not_warned_of() -> None:
    assert fragment_warnings([Issue(id="1", problem="项目资金来源：财政拨款未及时到位")]) == []


def test_a_problem_statement_is_not_warned_of() -> None:
    assert fragment_warnings([Issue(id="1", problem="慰问欠规范")]) == []


def test_the_units_an_inspection_took_in_do_not_keep_the_unit_from_publishing() -> None:
    opening = (
        "根据市委统一部署，2021年8月31日至11月12日，市委第十巡视组对市委统战部（含市台联、重庆欧美同学会）开展了"
        "常规巡视，2022年1月12日向我部反馈了巡视意见。现将巡视整改进展情况予以公布。"
    )
    assert extract_text(opening).report.issuer == "市委统战部"


def test_a_repost_s_original_title_label_is_no_part_of_the_title_and_its_place_is_我区() -> None:
    text = (
        "原标题:内蒙古自治区贯彻落实中央环境保护督察反馈意见整改工作进展情况\n"
        "2018年6月6日至7月6日，中央第二环境保护督察组对我区开展了环境保护督察。现将整改进展情况予以公开。"
    )
    report = extract_text(text).report
    assert report.title == "内蒙古自治区贯彻落实中央环境保护督察反馈意见整改工作进展情况"
    assert report.inspected_unit == "内蒙古自治区"


def test_a_unit_whose_name_holds_a_comma_in_brackets_is_the_one_the_formula_names() -> None:
    text = (
        "根据区委巡察工作统一部署,2022年10月20日至2023年1月6日,区委第四巡察组对中共北京市通州区文化和旅游局"
        "(北京市通州区文物局,含北京市通州区文化市场综合执法大队)党组开展了巡察。现将巡察整改进展情况予以公布。\n"
        "局党组召开党组会对区委巡察组反馈意见进行研究。"
    )
    assert extract_text(text).report.inspection_team == "区委第四巡察组"


def test_a_unit_named_with_its_other_name_and_included_units_in_brackets_keeps_them_and_publishes_without() -> None:
    text = (
        "根据区委巡察工作统一部署,区委第四巡察组对中共北京市通州区文化和旅游局(北京市通州区文物局,含北京市通州区"
        "文化市场综合执法大队)党组开展了巡察。现将巡察整改进展情况予以公布。"
    )
    report = extract_text(text).report
    assert (
        report.inspected_unit
        == "中共北京市通州区文化和旅游局(北京市通州区文物局,含北京市通州区文化市场综合执法大队)党组"
    )
    assert report.issuer == "中共北京市通州区文化和旅游局党组"


@pytest.mark.parametrize(
    ("unit", "issuer"), [("博罗县融媒体中心党组织", "博罗县融媒体中心党组织"), ("省高院等11个党组织", None)]
)
def test_one_unit_s_party_organisation_publishes_but_several_units_do_not(unit: str, issuer: str | None) -> None:
    text = f"根据县委统一部署,县委第四巡察组对{unit}进行了巡察。现将巡察集中整改进展情况予以公布。"
    assert extract_text(text).report.issuer == issuer


def test_a_bare_完成_in_brackets_closing_a_problem_is_its_status_and_no_part_of_it() -> None:
    text = "关于巡察整改情况的通报\n二、巡察反馈问题整改情况\n1.理论学习不深入（完成）\n整改措施：制定学习计划。\n"
    assert [(i.problem, i.status, i.status_text) for i in extract_text(text).issues] == [
        ("理论学习不深入", "completed", "完成")
    ]


def test_an_audit_office_s_formula_names_the_unit_audited_and_the_unit_publishes() -> None:
    text = (
        "苍溪县审计局于2023年10月7日至12月15日对苍溪县城郊中学校2022年度财务收支情况进行了就地审计,"
        "依法出具了《审计报告》。审计组同志工作认真负责,指出我校存在的问题并提出相应整改意见和建议。"
        "现将整改情况报告如下:"
    )
    report = extract_text(text).report
    assert (report.inspected_unit, report.issuer) == ("苍溪县城郊中学校", "苍溪县城郊中学校")


@pytest.mark.parametrize(
    "signature",
    ["中共青川县水利局党组\n（此件公开发布）\n2024年3月15日", "中共青川县水利局党组（盖章）\n2024年3月15日"],
)
def test_a_note_beside_the_signature_is_no_part_of_the_issuer(signature: str) -> None:
    text = (
        "关于巡察整改进展情况的通报\n县委第三巡察组对县水利局党组进行了巡察。现将巡察整改进展情况予以公布。\n"
        f"一、巡察反馈问题整改情况\n1.学习不深入。整改情况：已完成。\n{signature}\n"
    )
    report = extract_text(text).report
    assert (report.issuer, report.publish_date) == ("中共青川县水利局党组", dt.date(2024, 3, 15))


@pytest.mark.parametrize(
    "key", ["原因分析：", "产生问题的原因：", "主要原因：", "原因剖析：", "【原因分析】", "原因："]
)
def test_the_keys_notices_give_a_cause(key: str) -> None:
    assert split_rectification(f"{key}重视不够。\n【整改措施】制定计划。", None) == ("重视不够", ["制定计划"])


def test_a_sentence_opening_with_原因_is_no_cause_key() -> None:
    assert split_rectification("原因是重视不够。", None) == (None, ["原因是重视不够"])


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("梳理形成问题清单、任务清单、责任清单，共22项整改任务。", 22),
        ("明确整改任务35项，已完成30项。", 35),
        ("已完成整改任务20项。", None),
        ("巡察组指出了党的建设等4个方面的问题22个。", 22),
        ("巡察反馈4个方面问题共计35条。", 35),
    ],
)
def test_a_total_of_tasks_or_of_grouped_problems_is_the_declared_count(sentence: str, count: int | None) -> None:
    text = f"某某局党组关于巡察整改情况的通报\n县委第一巡察组对某某局党组进行了巡察。{sentence}\n二、整改情况\n1.学习不深入。整改情况：已完成。\n"
    assert extract_text(text).report.declared_issue_count == count


@pytest.mark.parametrize(
    ("mention", "team"),
    [("县委第八轮巡察第三巡察组", "县委第八轮巡察第三巡察组"), ("县委第二轮巡察第一组", "县委第二轮巡察第一组")],
)
def test_a_round_named_inside_a_team_s_name_stays_in_it(mention: str, team: str) -> None:
    text = f"某某局党组关于巡察整改情况的通报\n{mention}对某某街道党工委进行了巡察。\n二、整改情况\n1.学习不深入。整改情况：已完成。\n"
    assert extract_text(text).report.inspection_team == team


def test_a_team_named_with_its_round_takes_the_term_another_mention_gives() -> None:
    """(gold_real22/i65: "县委第八轮专项巡察组" inspected, "十五届县委第八轮专项巡察组" fed back.)"""
    text = (
        "根据县委统一部署,2024年11月1日至11月30日,县委第八轮专项巡察组对我县7所学校进行了专项巡察。2024年12月25日,"
        "十五届县委第八轮专项巡察组向被巡察7所学校反馈了巡察意见。现将整改情况予以公布。\n"
    )
    assert extract_text(text).report.inspection_team == "十五届县委第八轮专项巡察组"


def test_a_round_named_before_a_team_that_names_its_committee_is_no_part_of_it() -> None:
    """(gold_real19/i24: "八届区委第五轮巡察区委第四巡察组", the round, then the team by its own full name.)"""
    text = "根据区委巡察工作统一部署,八届区委第五轮巡察区委第四巡察组对区林业局开展了巡察。现将巡察整改进展情况予以公布。\n"
    assert extract_text(text).report.inspection_team == "区委第四巡察组"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2023年5月8日至630日，县委第三巡察组进行了巡察。", ["2023-05-08", "2023-06-30"]),
        ("2023年58日至630日，县委第三巡察组进行了巡察。", ["2023-05-08", "2023-06-30"]),
        ("2023年111日，县委第三巡察组进行了巡察。", []),
    ],
)
def test_a_date_that_lost_only_its_月_is_read_where_one_reading_exists(text: str, read: list[str]) -> None:
    assert [str(d) for _, _, d in parse_dates(text)] == read


def test_a_feedback_word_inside_a_document_s_name_dates_no_feedback() -> None:
    text = (
        "某某县人民政府关于第07号整改任务的验收销号意见\n"
        "按照《关于中央督察组反馈意见整改方案》要求2019年12月21日验收组对第07号整改任务进行了验收。\n"
        "一、整改情况\n1.秸秆焚烧时有发生。整改情况：已完成。\n"
    )
    assert extract_text(text).report.feedback_date is None


REMEDIATION_PROGRESS = (
    "根据生态环境部第251督查组反馈的水源地环境问题整改要求，我市对自行排查的14个环境问题和29个督导反馈问题开展了整治。"
    "截止2018年10月20日，其中14个自查问题已完成6个；29个反馈问题完成了28个。现将问题整治进展情况予以公开，接受社会监督。\n"
)


def test_a_remediation_progress_notice_after_an_inspection_group_s_feedback_declares_its_count() -> None:
    assert extract_text(REMEDIATION_PROGRESS).report.declared_issue_count == 29


def test_the_tally_of_another_set_of_problems_is_not_the_declared_status_counts() -> None:
    assert extract_text(REMEDIATION_PROGRESS).report.declared_status_counts is None


def test_a_period_given_in_parts_ends_where_its_last_part_does() -> None:
    text = (
        "某某局党组关于巡察整改情况的通报\n根据区委统一部署，2022年3月17日至3月22日、5月5日至7月12日，"
        "区委巡察四组对区卫健局党组开展了巡察。9月15日，区委巡察四组反馈了巡察意见。\n"
        "二、整改情况\n1.学习不深入。整改情况：已完成。\n"
    )
    report = extract_text(text).report
    assert (report.inspection_start, report.inspection_end, report.feedback_date) == (
        dt.date(2022, 3, 17),
        dt.date(2022, 7, 12),
        dt.date(2022, 9, 15),
    )


def test_a_dateline_after_a_site_s_menu_of_many_lines_dates_the_notice() -> None:
    menu = "".join(f"{city}\n|\n" for city in ("成都", "绵阳", "德阳", "南充", "乐山", "宜宾", "泸州", "达州", "广元"))
    text = (
        menu + "中共某某法院党组关于巡视整改进展情况的通报\n2022-09-02 08:57:04 来源:省高院 编辑:王水晶\n"
        "根据省委统一部署，省委第五巡视组对某某法院党组进行了巡视。\n二、整改情况\n1.学习不深入。整改情况：已完成。\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2022, 9, 2)


def test_a_report_s_delivery_line_without_a_dash_dates_it() -> None:
    text = (
        "关于2019年度省级预算执行审计查出问题整改情况的报告\n2021年1月19日在省六届人大常委会第二十六次会议上\n"
        "省审计厅厅长 刘某某\n主任、各位副主任、秘书长，各位委员：\n受省政府委托，现将审计查出问题整改情况报告如下。\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2021, 1, 19)


def test_a_report_s_delivery_line_below_a_reprint_s_own_head_dates_it() -> None:
    # (gold_real/b04: a wiki's reprint, its links to the other years' reports and where it was collected first.)
    text = (
        "跳至内容\n关于2022年度中央预算执行和其他财政收支审计查出问题整改情况的报告\n维基文库，自由的图书馆\n"
        "关于2021年度中央预算执行和其他财政收支审计查出问题整改情况的报告 关于2023年度中央预算执行和其他财政收支审计查出"
        "问题整改情况的报告\n审计署审计长某某\n本作品收录于《公报》\n2023年第一号\n编辑\n下载\n"
        "——2023年12月26日在第十四届全国人民代表大会常务委员会第七次会议上\n审计署审计长 某某\n"
        "全国人民代表大会常务委员会：\n受国务院委托，现将审计查出问题整改情况报告如下。\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2023, 12, 26)


def test_a_notice_put_up_for_a_period_is_dated_by_its_first_day() -> None:
    text = (
        "某某区运管局关于督察整改任务落实情况的公示\n根据中央督察组反馈意见，现将整改任务落实情况进行公示。"
        "公示日期为2025年1月21日至2月8日，公示期间接受社会各界监督。\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2025, 1, 21)


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        ("（三）成立巡察反馈问题整改领导小组。由党总支书记普某某为组长，副主任为副组长。", "普某某"),
        ("二、党委书记张发金组织落实巡察反馈意见整改工作的情况\n党委书记亲自部署。", "张发金"),
        ("主要负责同志赵某某对整改工作负总责。", "赵某某"),
        ("由局长周某某任整改工作领导小组组长。", "周某某"),
        # (The group's name in quotes, gold_real22/i64.)
        (
            "市委成立了“省委巡视组反馈意见整改工作领导小组”,以市委书记任学锋同志为组长,市长陈建华同志为常务副组长。",
            "任学锋",
        ),
        ("党组书记、局长汪丽萍牵头抓总、对巡察整改工作负总责。", "汪丽萍"),
        (
            "成立了以院党委书记张霞、院长李卫东为双组长的领导小组，党委书记张霞同志切实履行第一责任人职责，"
            "院长李卫东同志严格落实“一岗双责”。",
            "张霞",
        ),
    ],
)
def test_the_official_who_leads_the_rectification(sentence: str, lead: str) -> None:
    text = f"某某镇党委关于巡察整改情况的通报\n县委第一巡察组对某某镇党委进行了巡察。\n{sentence}\n"
    assert extract_text(text).report.lead_official == lead


@pytest.mark.parametrize(
    ("closing", "status", "as_written"),
    [
        ("已完成，需长期坚持", "long_term", "已完成，需长期坚持"),
        ("正在整改，预计年底完成", "in_progress", "正在整改"),
        ("已整改完成，巩固提升中", "completed", "已整改完成"),
        ("已完成整改并建立长效机制", "completed", "已完成整改并建立长效机制"),
        ("已于2024年3月完成整改", "completed", "已于2024年3月完成整改"),
        ("确保按期完成，巩固提升", "not_stated", None),
    ],
)
def test_a_closing_sentence_of_a_status_and_what_goes_on_is_read(
    closing: str, status: str, as_written: str | None
) -> None:
    assert find_status(f"制定学习计划，开展专题学习。{closing}。") == (status, as_written)


def test_units_inspected_together_are_named_together() -> None:
    text = (
        "某某局党组关于巡察整改情况的通报\n县委第二巡察组对县农业农村局党组、县乡村振兴局党组开展了联动巡察。\n"
        "二、整改情况\n1.学习不深入。整改情况：已完成。\n"
    )
    assert extract_text(text).report.inspected_unit == "县农业农村局党组、县乡村振兴局党组"


def test_keyed_fields_set_apart_by_spaces_on_one_line_are_read_apart() -> None:
    cause, measures = split_rectification(
        "原因分析：重视不够 整改措施：修订制度 责任人：李四 整改情况：持续推进", "持续推进"
    )
    assert (cause, measures) == ("重视不够", ["修订制度"])


@pytest.mark.parametrize(
    "text",
    ["整改情况：正在开展资产清查，预计6月底前完成。", "正在开展资产清查，预计6月底前完成。"],
)
def test_work_said_to_be_under_way_where_the_status_stands_is_in_progress(text: str) -> None:
    assert find_status(text) == ("in_progress", "正在开展资产清查")


def test_work_under_way_in_an_aside_among_the_measures_is_no_status() -> None:
    text = "整改情况：一是拨付资金。二是出台《实施方案》（目前正在审批），激励各镇抓好财政收入。"
    assert find_status(text) == ("not_stated", None)


@pytest.mark.parametrize(
    "head",
    [
        "巡察整改 | 中共某某县水利局党组关于巡察整改进展情况的通报",
        "中共某某县水利局党组关于巡察整改进展情况的通报_某某县人民政府",
        "中共某某县水利局党组关于巡察整改进展情况的通报 - 某某县纪委监委",
        "标题：中共某某县水利局党组关于巡察整改进展情况的通报",
    ],
)
def test_the_title_is_read_out_of_a_page_title_or_a_metadata_row(head: str) -> None:
    text = f"{head}\n根据县委统一部署，县委第一巡察组对县水利局党组进行了巡察。\n二、整改情况\n1.学习不深入。整改情况：已完成。\n"
    report = extract_text(text).report
    assert (report.title, report.issuer) == ("中共某某县水利局党组关于巡察整改进展情况的通报", "中共某某县水利局党组")


@pytest.mark.parametrize(
    ("text", "status", "as_written"),
    [
        *(
            ("整改进度：100%", "completed", "100%"),
            ("完成进度：80%", "in_progress", "80%"),
            ("100%", "completed", "100%"),
        ),
        *(("整改进度：已完成100%", "completed", "已完成100%"), ("已完成整改100%。", "completed", "已完成整改100%")),
    ],
)
def test_a_share_of_the_work_done_where_a_status_stands_says_how_it_stands(
    text: str, status: str, as_written: str
) -> None:
    assert find_status(text) == (status, as_written)


def test_a_rate_among_the_measures_is_no_status() -> None:
    assert find_status("开展专项检查，已完成3项，完成率60%。") == ("not_stated", None)


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("修订制度。（整改状态：已完成）", ["修订制度"]),
        ("修订制度。\n是否完成：是", ["修订制度"]),
        ("修订制度。\n完成进度：80%", ["修订制度"]),
    ],
)
def test_a_status_key_leaves_nothing_behind_among_the_measures(text: str, measures: list[str]) -> None:
    status, status_text = find_status(text)
    assert split_rectification(text, status_text)[1] == measures


def test_a_whole_status_in_brackets_keeps_no_closing_bracket() -> None:
    assert find_status("（已完成，长期坚持）") == ("long_term", "已完成，长期坚持")


@pytest.mark.parametrize(
    ("closing", "status", "as_written"),
    [
        ("通过整改，该问题已得到解决。", "completed", "该问题已得到解决"),
        ("目前已基本完成整改，将持续巩固。", "long_term", "已基本完成整改，将持续巩固"),
        ("下一步将持续推进。", "not_stated", None),
    ],
)
def test_closing_sentences_that_say_how_an_item_stands_or_only_what_comes_next(
    closing: str, status: str, as_written: str | None
) -> None:
    assert find_status(f"制定学习计划，开展专题学习。{closing}") == (status, as_written)


def _opening_with(sentence: str) -> str:
    return f"某某局党组关于巡察整改情况的通报\n县委第一巡察组对某某局党组进行了巡察。{sentence}\n二、整改情况\n1.学习不深入。整改情况：已完成。\n"


def test_problems_all_said_done_are_the_declared_count() -> None:
    report = extract_text(_opening_with("截至目前，25个问题已全部完成整改。")).report
    assert (report.declared_issue_count, report.declared_status_counts and report.declared_status_counts.completed) == (
        25,
        25,
    )


def test_a_named_subset_all_done_is_no_tally_of_the_declared_problems() -> None:
    report = extract_text(_opening_with("反馈问题25个，其中立行立改的3个问题已全部完成整改。")).report
    assert (report.declared_issue_count, report.declared_status_counts) == (25, None)


@pytest.mark.parametrize(
    ("sentence", "records"),
    [
        (
            "对负有直接责任的县林业局原副局长谭某某给予党内严重警告处分。",
            [("谭某某", "县林业局原副局长", "党内严重警告处分")],
        ),
        ("对负责现场管理的工程建设科副科长邹某某进行诫勉谈话。", [("邹某某", "工程建设科副科长", "诫勉谈话")]),
        ("对时任分管财务的副镇长彭某某进行提醒谈话。", [("彭某某", "时任分管财务的副镇长", "提醒谈话")]),
        (
            "局党组对分管领导孙某某、股室负责人周某进行了诫勉谈话。",
            [("孙某某", "分管领导", "诫勉谈话"), ("周某", "股室负责人", "诫勉谈话")],
        ),
    ],
)
def test_a_role_is_the_title_without_what_the_person_is_said_to_bear(
    sentence: str, records: list[tuple[str, str, str]]
) -> None:
    assert [(a.person, a.role, a.action) for a in find_accountability(sentence)] == records


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("对负有管理责任的个人金融部原总经理韦某某给予警告处分。", "个人金融部原总经理"),
        ("三是财务股股长宋某某对账目审核不严，局党组对其进行了约谈。", "财务股股长"),
        ("经局党组研究，给予办公室主任王某党内警告处分。", "办公室主任"),
        ("对云梧经开区安全生产监督管理局局长蒋某某进行诫勉谈话。", "云梧经开区安全生产监督管理局局长"),
        ("经研究，对该公司原工程管理部副部长陶某某给予党内警告处分。", "原工程管理部副部长"),
        ("对学生反映指导不足的导师陈某某进行提醒谈话。", "导师"),
        ("集团纪委对原投资发展部经理周某某立案审查，给予党内严重警告处分。", "原投资发展部经理"),
    ],
)
def test_a_role_keeps_its_own_words_and_drops_the_sentence_s_lead(sentence: str, role: str) -> None:
    assert [a.role for a in find_accountability(sentence)] == [role]


def test_a_national_hotline_after_a_phone_cue_is_a_phone() -> None:
    text = _opening_with("") + "欢迎监督。举报电话：12388；电子邮箱：jw12388@163.com。\n"
    contacts = extract_text(text).report.contacts
    assert (contacts.phones, contacts.emails) == (["12388"], ["jw12388@163.com"])


def test_a_phone_number_touching_the_words_around_it_is_a_phone() -> None:
    text = _opening_with("") + "如有意见建议，请通过电话0736-7102315或电子邮箱wgyxy@ljdx.edu.cn反映。\n"
    assert extract_text(text).report.contacts.phones == ["0736-7102315"]


def test_phones_listed_each_after_the_body_it_reaches_are_all_phones() -> None:
    text = _opening_with("") + "监督电话：村务监督委员会 0736-7261150；镇纪委 0736-7261012。\n"
    assert extract_text(text).report.contacts.phones == ["0736-7261150", "0736-7261012"]


def test_a_date_whose_marks_a_copy_lost_is_no_phone_after_a_phone_cue() -> None:
    # (gold_real11/w53: "…请以书面或电话形式署联系方式…反馈。…公示时间20181012 / …联系电话:0731-28682793".)
    closing = "如有异议，请以书面或电话形式反馈。\n公示时间20181012\n联系电话：0731-28682793\n"
    assert extract_text(_opening_with("") + closing).report.contacts.phones == ["0731-28682793"]


def test_a_local_number_that_reads_as_a_date_is_still_a_phone_right_after_its_key() -> None:
    text = _opening_with("") + "监督电话：20181012。\n"
    assert extract_text(text).report.contacts.phones == ["20181012"]


def test_staff_held_accountable_by_an_academic_or_clerical_title_are_found() -> None:
    text = "二是对机械工程学院教授黄某某给予党内严重警告处分，对学院财务秘书邱某进行批评教育。"
    found = [(a.person, a.action) for a in find_accountability(text, text)]
    assert found == [("黄某某", "党内严重警告处分"), ("邱某", "批评教育")]


def test_a_key_that_names_the_state_alone_outranks_a_phrase_among_the_measures() -> None:
    text = "整改情况：违规费用已全部清退，对相关责任人进行批评教育。\n整改状态：已完成。"
    assert find_status(text) == ("completed", "已完成")


def test_supervision_channels_a_closure_notice_opens_with_are_its_contacts() -> None:
    text = (
        "市交通运输局生态环境保护督察反馈意见整改任务（序号3）整改验收公示\n"
        "该项整改任务已完成整改并通过验收，现予以公示，公示期10个工作日。监督方式：市生态环境保护委员会办公室，"
        "监督电话：2051006，邮箱：jdb@163.com。\n一、整改任务\n1.部分港口码头扬尘管控不到位。整改情况：完成围挡建设，已完成。\n"
        "2.港区雨污分流不彻底。整改情况：完成管网改造，已完成。\n"
    )
    contacts = extract_text(text).report.contacts
    assert (contacts.phones, contacts.emails) == (["2051006"], ["jdb@163.com"])


@pytest.mark.parametrize(
    "invitation",
    [
        "欢迎广大干部群众对整改落实情况进行监督，如有意见和建议，请及时向我们反映。联系电话：0736-5321086，电子邮箱：ycz@163.com。",
        "现将整改进展情况公示如下，接受社会监督。如对整改情况有意见建议，请通过电话0736-5321086或电子邮箱ycz@163.com向市督察整改办反映。",
    ],
)
def test_channels_an_opening_invites_views_through_are_the_notice_s_contacts(invitation: str) -> None:
    text = (
        "根据县委统一部署，县委第二巡察组对镇党委开展了巡察，8月15日向镇党委反馈了巡察意见。" + invitation + "\n"
        "一、巡察反馈问题整改情况\n1.党建引领作用发挥不充分。整改情况：已建立联系制度，已完成整改。\n"
    )
    contacts = extract_text(text).report.contacts
    assert (contacts.phones, contacts.emails) == (["0736-5321086"], ["ycz@163.com"])


def test_contacts_above_the_signature_of_a_notice_whose_items_are_annexed_after_it_are_its_contacts() -> None:
    text = (
        "关于生态环境保护督察整改任务销号的公示\n第6项整改任务已整改完成，并通过验收，现予以公示。\n"
        "联系电话：0475-8836497\n通辽市林业和草原局\n2025年12月29日\n附件\n"
        "整改任务\t责任单位\t整改措施\t完成情况\n"
        "部分林地违法占用问题整治不到位\t市林业和草原局\t开展专项整治\t已完成\n"
    )
    assert extract_text(text).report.contacts.phones == ["0475-8836497"]


def test_a_report_s_subtitle_is_no_title_where_a_copy_lost_the_title_above_it() -> None:
    text = (
        "——2024年11月26日在江西省第十四届人大常委会第十三次会议上\n省审计厅厅长 李伟\n省人大常委会：\n"
        "省委、省政府高度重视审计查出问题整改工作。\n"
    )
    report = extract_text(text).report
    assert (report.title, report.issuer) == (None, "省审计厅")


@pytest.mark.parametrize("line", ["公示公告", "茅箭区人民政府信息公开", "中共吐鲁番市委员会统一战线工作部"])
def test_a_head_line_that_names_a_site_s_column_or_a_body_alone_is_no_title(line: str) -> None:
    text = (
        line
        + "\n根据市委统一部署，2024年5月22日至7月24日，市委第二巡察组对市委统战部开展了巡察。现将整改情况予以公布。\n"
    )
    assert extract_text(text).report.title is None


SOURCED_FORMULA = "根据市委统一部署，2024年3月至5月，市委第二巡察组对市统战部开展了巡察。现将整改进展情况予以公布。\n"


@pytest.mark.parametrize(
    "meta",
    [
        "来源:山东省纪委监委网站发布时间:2021-08-26",
        "信息来源: 发布时间: 2025/06/20",
        "来源:  作者:",
        "来源:宿迁日报 发布时间:2021-08-26",
    ],
)
def test_a_page_s_source_that_is_empty_run_on_to_the_next_key_or_a_medium_leaves_the_issuer_to_the_text(
    meta: str,
) -> None:
    report = extract_text(meta + " " + SOURCED_FORMULA).report
    assert (report.issuer, report.inspection_team) == ("市统战部", "市委第二巡察组")  # the formula run on to it, read


def test_a_page_s_source_run_on_to_the_next_key_is_read_up_to_it() -> None:
    text = "来源:市委统战部发布时间:2021-08-26 " + SOURCED_FORMULA
    assert extract_text(text).report.issuer == "市委统战部"


def test_a_date_that_lost_its_年_between_the_year_and_the_month_is_read() -> None:
    assert parse_dates("20239月4日至10月20日") == [(0, 8, dt.date(2023, 9, 4)), (9, 15, dt.date(2023, 10, 20))]


@pytest.mark.parametrize("surname", ["洪", "萧", "宓", "庹"])
def test_a_less_common_surname_is_a_name_held_accountable(surname: str) -> None:
    [record] = find_accountability(f"对工程管理部原副经理{surname}某某进行诫勉谈话")
    assert (record.person, record.role) == (f"{surname}某某", "工程管理部原副经理")


def test_the_post_of_a_person_named_before_as_其_is_the_post_alone() -> None:
    [record] = find_accountability("对其所在科室主任陈某某进行诫勉谈话")
    assert record.role == "科室主任"


def test_a_status_said_after_a_plan_in_the_same_paragraph_is_the_status() -> None:
    assert find_status("已收回资金；下一步将加强预算执行监控。该问题已整改到位。") == ("completed", "该问题已整改到位")


def test_a_bracketed_note_of_the_time_a_post_was_held_is_no_person() -> None:
    assert [r.person for r in find_accountability("对街道城建办主任阙某某（时任）进行约谈")] == ["阙某某"]


def test_an_order_to_write_a_self_criticism_after_two_people_names_them_both() -> None:
    records = find_accountability("对执法队员李某某、王某某批评教育，责令作出书面检查")
    assert {(r.person, r.action) for r in records} == {
        ("李某某", "批评教育"),
        ("李某某", "书面检查"),
        ("王某某", "批评教育"),
        ("王某某", "书面检查"),
    }


@pytest.mark.parametrize(
    ("tally", "totals"),
    [
        # A count's aside naming what it takes in, the measure word lost before it: 9 all the same.
        ("巡察反馈问题19个，已完成整改9（含巡察交办的立行立改已办结1），阶段性完成整改9个，未完成整改1个。", (9, 9, 1)),
        # A status the notice tallies no number for is unknown, not 0…
        ("截至2024年8月31日，9个问题已完成整改6个，整改完成率66.7%。", (6, None, None)),
        # …and 0 where the totals given add up to the declared count without it.
        ("共反馈问题23个，已完成整改19个，正在整改4个。", (19, 0, 4)),
        # …and a clause's own breakdown after it is no more of the tally.
        (
            "反馈的10个问题中，已完成3个，阶段性完成并长期坚持3个，其余4个正在整改，其中达到序时进度3个、未达到序时进度1个。",
            (3, 3, 4),
        ),
    ],
)
def test_declared_status_totals_as_tallies_state_them(tally: str, totals: tuple[int | None, ...]) -> None:
    text = (
        "中共某县医院党委关于巡察整改进展情况的通报\n根据县委统一部署，县委第一巡察组对县医院党委进行了巡察。"
        + tally
        + "\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None
    assert (counts.completed, counts.long_term, counts.in_progress) == totals


def test_a_team_whose_number_a_page_lost_is_named_as_written_where_no_mention_keeps_it() -> None:
    text = (
        "中共某县统计局党组关于巡察整改进展情况的通报\n根据县委统一部署,2023年 月 日至 月 日,县委第 巡察组对县统计局党组"
        "开展了常规巡察。 月 日,县委第 巡察组向县统计局党组反馈了巡察意见。局党组对县委巡察组反馈的 个问题逐条梳理。\n"
    )
    assert extract_text(text).report.inspection_team == "县委第 巡察组"


def test_a_date_in_an_aside_on_an_earlier_round_gives_no_year_to_the_feedback_after_it() -> None:
    text = (
        "2024年4月8日至5月31日，县委第二巡察组对县司法局党组开展了巡察，并对上轮巡察（十三届县委第二轮巡察，2021年9月13日至"
        "10月29日）反馈问题整改情况进行了监督检查。6月28日，县委第二巡察组向县司法局党组反馈了巡察意见。\n"
    )
    report = extract_text(text).report
    assert (report.inspection_start, report.feedback_date) == (dt.date(2024, 4, 8), dt.date(2024, 6, 28))


def test_a_team_named_with_its_leader_before_it_is_the_team_alone() -> None:
    text = "根据县委统一部署，2023年5月至6月，以刘海涛为组长的县委第二巡察组对县农业农村局党组开展了巡察。\n"
    assert extract_text(text).report.inspection_team == "县委第二巡察组"


def test_a_count_of_problems_under_either_of_two_statuses_is_no_tally_of_one() -> None:
    text = (
        "中共某集团党委关于巡察整改进展情况的通报\n根据市委统一部署，市委第一巡察组对集团党委进行了巡察。反馈问题12个。"
        "截至2024年12月31日，已整改完成5个，其余7个正在整改或需长期坚持。\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is None or counts.in_progress is None


def test_a_contact_note_in_brackets_under_the_signature_is_the_notice_s() -> None:
    text = (
        _opening_with("")
        + "欢迎监督。\n雁山县督察整改工作领导小组办公室\n2025年1月17日\n（监督举报电话：0734-5521369）\n"
    )
    assert extract_text(text).report.contacts.phones == ["0734-5521369"]


@pytest.mark.parametrize(
    ("formula", "team"),
    [
        ("市委第一、第二巡察组对集团党委开展了常规巡察。", "市委第一、第二巡察组"),
        ("县委第三巡察组和第五巡察组对县卫生健康局党组开展了巡察。", "县委第三巡察组和第五巡察组"),
    ],
)
def test_two_teams_named_together_are_the_team(formula: str, team: str) -> None:
    assert extract_text(f"根据统一部署，2024年3月4日至4月30日，{formula}\n").report.inspection_team == team


@pytest.mark.parametrize(
    "team",
    [
        "市委巩固拓展脱贫攻坚成果同乡村振兴有效衔接专项巡察组",
        "市委深化“最多跑一次”改革、优化营商环境专项巡察组",  # (gold_real11/w93)
        "区委粮食购销领域腐败问题专项巡察组",
        "县委乡村振兴领域专项巡察第一组",
    ],
)
def test_a_special_inspection_team_keeps_its_whole_theme(team: str) -> None:
    text = f"根据统一部署，2024年3月4日至4月30日，{team}对县水利局党组开展了专项巡察。\n"
    assert extract_text(text).report.inspection_team == team


def test_a_page_s_date_with_spaces_after_its_dashes_dates_the_notice() -> None:
    # (gold_real34/ak02: "发布日期: 2021- 06- 28 16: 53 浏览次数:".)
    text = (
        "中共某新区工作委员会关于巡察整改进展情况的通报\n发布日期: 2021- 06- 28 16: 53 浏览次数:\n"
        "根据市委统一部署，2020年9月7日至11月13日，市委第四巡察组对新区党工委进行了专项巡察。现将整改情况予以公布。\n"
    )
    assert extract_text(text).report.publish_date == dt.date(2021, 6, 28)


def test_a_period_whose_end_names_no_day_gives_its_start() -> None:
    text = "根据县委统一部署，2024年7月15日至8月下旬，县委第二巡察组对县供销社党组开展了巡察。\n"
    report = extract_text(text).report
    assert (report.inspection_start, report.inspection_end) == (dt.date(2024, 7, 15), None)


def test_channels_named_before_the_invitation_and_as_written_are_the_notice_s_contacts() -> None:
    text = _opening_with("公示期间，干部群众可通过电话（0734）8216601、0734-8216633反映意见建议。")
    assert extract_text(text).report.contacts.phones == ["（0734）8216601", "0734-8216633"]


def test_an_address_and_postcode_an_opening_offers_are_the_notice_s() -> None:
    text = _opening_with(
        "如有意见建议，请联系：电话0738-3321905；邮寄地址：鹿鸣县城关镇民主路56号县民政局办公室；邮政编码：417500。"
    )
    contacts = extract_text(text).report.contacts
    assert (contacts.address, contacts.postcode) == ("鹿鸣县城关镇民主路56号县民政局办公室", "417500")


def test_a_date_after_a_range_s_end_goes_on_in_its_year_from_the_range_s_start() -> None:
    dates = [date for _, _, date in parse_dates("2025年9月1日至12月30日(4个月)。其中:10月9日至11月15日,评估检查。")]
    assert dates == [dt.date(2025, 9, 1), dt.date(2025, 12, 30), dt.date(2025, 10, 9), dt.date(2025, 11, 15)]


def test_a_month_before_a_range_s_start_after_its_end_is_next_year() -> None:
    dates = [date for _, _, date in parse_dates("2024年10月8日至12月6日,巡察组进行了巡察。1月10日,巡察组反馈了意见。")]
    assert dates[-1] == dt.date(2025, 1, 10)


def test_the_kinds_of_problem_counted_after_their_areas_are_the_declared_count() -> None:
    text = (
        "根据市委统一部署,市委第二巡察组对市经济技术开发区工作委员会开展了专项巡察。"
        "市委巡察组反馈的意见中指出存在4个方面16类问题,并提出四项意见建议。现将整改情况公布如下。\n"
    )
    assert extract_text(text).report.declared_issue_count == 16


def test_the_head_of_a_leading_group_whose_members_are_named_after_its_deputies_is_the_lead() -> None:
    text = (
        "根据区委统一部署,区委第三巡察组对区职业中等专业学校党总支开展了巡察。现将巡察整改情况予以公布。\n"
        "(二)高度重视,压实责任。职业中专党总支成立了以党总支书记、校长郑国文同志为组长,党总支副书记、副校长周伟男同志"
        "和党总支组织委员、副校长欧阳红坚同志为副组长,其他班子成员和各处室主任为组员的整改落实工作领导小组。\n"
    )
    assert extract_text(text).report.lead_official == "郑国文"


def test_a_clause_after_the_count_saying_all_of_them_are_now_done_tallies_them_all() -> None:
    text = (
        "根据县委统一部署,县委第二巡察组对县财政局党组开展了巡察。现将整改情况通报如下。\n"
        "巡察组共反馈问题29个,目前均已完成整改。\n"
    )
    counts = extract_text(text).report.declared_status_counts
    assert counts is not None and (counts.completed, counts.long_term, counts.in_progress) == (29, 0, 0)


def test_an_economic_responsibility_audit_inspects_the_unit_its_official_led() -> None:
    text = (
        "竹溪县审计局于2022年10月24日起采取就地审计的方式，对竹溪县卫生健康局原主要负责同志履行经济责任情况进行了审计。"
        "审计发现问题4个，截至目前已整改到位。\n"
    )
    assert extract_text(text).report.inspected_unit == "竹溪县卫生健康局"


def test_an_official_named_with_his_posts_is_no_part_of_the_unit_audited() -> None:
    text = "县审计局对县林业局党组书记、局长张三任期经济责任进行了审计。审计发现问题4个，截至目前已整改到位。\n"
    assert extract_text(text).report.inspected_unit == "县林业局"


def test_a_project_s_final_accounts_audited_leave_the_project_as_the_unit() -> None:
    text = "牟定县审计局于2019年2月27日至7月12日,对牟定县城生活垃圾处理工程(一、二期防渗工程)竣工决算进行了审计。\n"
    assert extract_text(text).report.inspected_unit == "牟定县城生活垃圾处理工程(一、二期防渗工程)"


def test_an_auditor_named_after_the_year_keeps_no_part_of_the_date() -> None:
    text = (
        "2020年陕西省审计厅对汉滨区秦岭生态环境保护进行审计，现将审计结果及整改情况公告如下：\n一、审计发现的主要问题\n"
        "1.部分收入未及时入账。整改情况：已整改到位。\n"
    )
    assert extract_text(text).report.issuer == "陕西省审计厅"


def test_an_adverb_between_the_unit_and_its_inspection_is_no_part_of_the_unit() -> None:
    text = (
        "根据市委统一部署,2022年6月22日至9月30日,市委第五巡察组对东营经济技术开发区党工委先后开展了专项巡察,"
        "同时开展了常规巡察,并于12月7日反馈了巡察意见。\n"
    )
    assert extract_text(text).report.inspected_unit == "东营经济技术开发区党工委"


def test_a_plan_for_the_remedy_made_is_no_status() -> None:
    assert find_status("整改措施：制定学习计划。\n整改情况：已完成治理方案编制。") == ("not_stated", None)


def test_an_inspection_named_with_its_second_look_first_is_written_with_it_after() -> None:
    # (gold_real28/ae05: "区委第四巡察组对区红十字会党组开展了“回头看”专项巡察".)
    text = (
        "根据区委统一部署,2021年6月28日至7月19日,区委第四巡察组对区红十字会党组开展了“回头看”专项巡察。"
        "现将巡察整改阶段性进展情况予以公布。\n"
    )
    assert extract_text(text).report.inspection_kind == "专项巡察“回头看”"


@pytest.mark.parametrize(
    "sentence",
    [
        "局党组切实把巡察组反馈的问题作为首要政治任务。",
        "深刻反思巡察组反馈的问题，统一到巡察组反馈的意见上来。",
        "自巡察组反馈意见以来，此次巡察组指出的问题均已整改。",
    ],
)
def test_what_a_text_says_of_a_team_before_its_name_is_no_part_of_it(sentence: str) -> None:
    # (Copies that start below the opening formula, gold_real10/v09, gold_real18/i14, gold_real28/ae06: the team became
    # "切实把巡察组", "自巡察组", "深刻反思巡察组".)
    text = "一、提高政治站位，扛牢整改责任\n" + sentence + "\n"
    assert extract_text(text).report.inspection_team is None


@pytest.mark.parametrize(
    "sentence",
    [
        "切实把市委巡察组反馈的问题作为首要政治任务。",
        "统一到市委巡察组反馈的意见上来。",
        "此次市委巡察组指出的问题均已整改。",
        "在听取市委巡察组反馈意见后，党工委立即召开会议。",  # (gold_real34/ak02)
    ],
)
def test_a_team_named_after_what_the_text_says_of_it_is_named_from_its_committee(sentence: str) -> None:
    assert extract_text("一、提高政治站位，扛牢整改责任\n" + sentence + "\n").report.inspection_team == "市委巡察组"


def test_a_team_whose_arrangements_the_inspection_followed_is_not_the_team_that_inspected() -> None:
    # (gold_real8/s06: "按照省委巡视组统一部署，…获嘉县上下联动乡村振兴专项巡察组配合省委第十一巡视组…开展了…专项巡察" gave
    # the provincial team, whose arrangements the county's team followed.)
    text = (
        "按照省委巡视组统一部署，2024年8月上旬至9月上旬，某县乡村振兴专项巡察组配合省委第十一巡视组围绕耕地保护开展了"
        "专项巡察，2024年10月14日，某县乡村振兴专项巡察组反馈了巡察意见。现将巡察整改情况予以公布：\n一、整改工作情况\n"
    )
    assert extract_text(text).report.inspection_team == "某县乡村振兴专项巡察组"


def test_a_team_named_only_for_its_arrangements_is_still_the_team() -> None:
    text = "按照市委第二巡察组统一部署，我局开展了自查自纠。现将巡察整改情况予以公布：\n一、整改工作情况\n"
    assert extract_text(text).report.inspection_team == "市委第二巡察组"


def test_the_secretary_under_a_heading_on_the_first_responsibility_leads_the_rectification() -> None:
    # (gold_real22/i60: "（一）担负第一责任" / "局党委书记简波同志对巡察反馈问题整改工作高度重视，带领全局上下…", nobody named
    # 组长 or 第一责任人 in a sentence.)
    text = (
        "2022年3月15日至6月10日，区委第一巡察组对区城市管理局党委开展了常规巡察。现将巡察整改情况予以公布。\n"
        "一、压实主体责任\n（一）担负第一责任\n局党委书记简波同志对巡察反馈问题整改工作高度重视，带领全局上下深入推进整改。\n"
    )
    assert extract_text(text).report.lead_official == "简波"


def test_a_secretary_who_chaired_a_meeting_on_the_rectification_does_not_lead_it_for_that_alone() -> None:
    # (gold_real31/ah01 labels no lead for "局党组书记、局长扶元金同志组织召开党组会议，…研究部署巡察整改工作", as
    # gold_real11/w97 for a secretary who chaired the feedback meeting.)
    text = (
        "2022年3月15日至6月10日，区委第一巡察组对区城市管理局党委开展了常规巡察。现将巡察整改情况予以公布。\n"
        "一、压实主体责任\n局党委书记简波同志当天立即主持召开党委会学习巡察反馈的意见。区委书记李明主持召开巡察整改推进会。\n"
    )
    assert extract_text(text).report.lead_official is None


@pytest.mark.parametrize("verb", ["主动认领", "主动领办", "带头领办", "牵头领办"])
def test_the_problems_a_leader_takes_on_are_a_share_not_the_declared_count(verb: str) -> None:
    # (gold_real31/ah04: "局党委书记坚持以上率下，…主动领办13项反馈问题" read as 13 problems declared.)
    text = (
        "某某局党委关于巡察整改进展情况的通报\n市委第三巡察组对某某局党委开展巡察。现将巡察整改进展情况予以公布。\n"
        f"一、党委履行巡察整改主体责任情况\n局党委书记坚持以上率下，牵头制定整改方案，{verb}13项反馈问题。\n"
    )
    assert extract_text(text).report.declared_issue_count is None


@pytest.mark.parametrize("lead_in", ["立行立改", "即知即改", "立即整改"])
def test_how_promptly_an_item_was_taken_in_hand_leads_into_its_status(lead_in: str) -> None:
    # (An item whose key the rectification's split took off: "（一）…不到位。整改情况：立行立改，已完成。局党组…" left
    # "立行立改，已完成。…", read as no status.)
    assert find_status(f"{lead_in}，已完成。局党组开展专项清理，建立台账。") == ("completed", "已完成")


def test_work_done_after_a_lead_in_is_no_status() -> None:
    assert find_status("立即整改，已完成清理工作。局党组开展专项清理。")[0] == "not_stated"


@pytest.mark.parametrize("sentence", ["对负有责任的郑某某给予诫勉处理。", "给予负有直接责任的郑某某诫勉谈话。"])
def test_a_person_named_after_what_they_bore_is_held_accountable(sentence: str) -> None:
    text = (
        "根据县委统一部署，县委第三巡察组对县卫健局党组进行了巡察。现将巡察整改进展情况予以公布。\n"
        f"二、巡察反馈问题整改情况\n1.公务用车管理不规范。\n整改情况：已完成。{sentence}\n"
    )
    [issue] = extract_text(text).issues
    assert [person.person for person in issue.accountability] == ["郑某某"]


def test_a_date_after_a_period_in_brackets_takes_its_year_where_the_text_gives_none_outside() -> None:
    text = (
        "关于巡察整改情况的通报\n区委第二巡察组对区农业农村局党组开展巡察（2023年3月6日至5月6日），6月2日反馈意见。"
        "现将整改情况予以公布。"
    )
    report = extract_text(text).report
    assert (report.inspection_start, report.feedback_date) == (dt.date(2023, 3, 6), dt.date(2023, 6, 2))
