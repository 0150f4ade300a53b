"""The rule-based extractor on layouts the five gold notices do not show (small notices written for
these tests): each test names the layout it specifies."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor

SYNTHETIC = Path(__file__).parent / "synthetic"


def run(name: str) -> extractor.Extraction:
    return extractor.extract(SYNTHETIC / name)


def test_audit_report_keeps_the_findings_section_in_paths_but_takes_no_category_from_it() -> None:
    result = run("audit_inline_keyed.txt")
    assert [i.path for i in result.issues[:4]] == [
        ["二", "（一）", "1"],
        ["二", "（一）", "2"],
        ["二", "（一）", "3"],
        ["二", "（二）", "4"],
    ]
    assert result.issues[0].category == "预算执行方面"


def test_audit_report_reads_inline_keyed_status_and_bracketed_status() -> None:
    statuses = [(i.status, i.status_text) for i in run("audit_inline_keyed.txt").issues]
    assert statuses[0] == ("completed", "已完成")
    assert statuses[2] == ("long_term", "基本完成并持续推进")
    assert statuses[3] == ("completed", "已完成")
    assert statuses[4] == ("in_progress", "正在整改")
    assert statuses[5] == ("completed", "已整改到位")


def test_bracketed_status_is_not_part_of_the_problem() -> None:
    assert run("audit_inline_keyed.txt").issues[3].problem == "固定资产账实不符"


def test_audit_report_cause_and_measures_come_from_their_keyed_paragraphs() -> None:
    issue = run("audit_inline_keyed.txt").issues[3]
    assert issue.cause == "资产管理员业务不熟，未定期盘点"
    assert issue.measures == ["开展资产全面清查，补登资产卡片126张"]


def test_audit_report_facts_with_chinese_numeral_dates_and_status_totals() -> None:
    report = run("audit_inline_keyed.txt").report
    assert str(report.inspection_start) == "2023-05-08"
    assert str(report.inspection_end) == "2023-06-20"
    assert str(report.feedback_date) == "2023-07-03"
    assert str(report.publish_date) == "2023-09-15"
    assert report.inspection_kind == "审计"
    assert report.declared_issue_count == 9
    assert report.declared_status_counts is not None
    assert report.declared_status_counts.model_dump() == {"completed": 6, "long_term": 2, "in_progress": 1}
    assert report.lead_official == "王建国"
    assert report.contacts.postcode == "830000"
    assert report.contacts.emails == ["czj@example.gov.cn"]


def test_declared_counts_that_agree_with_the_findings_give_no_warning() -> None:
    assert run("audit_inline_keyed.txt").warnings == []


def test_accountability_names_the_person_role_and_action() -> None:
    issues = run("audit_inline_keyed.txt").issues
    assert [(a.person, a.action) for a in issues[4].accountability] == [("刘某某", "诫勉谈话")]
    assert [(a.person, a.action) for a in issues[8].accountability] == [("李某", "约谈")]


def test_unnumbered_problem_paragraphs_each_followed_by_their_status() -> None:
    result = run("unnumbered_pairs.txt")
    assert [i.problem for i in result.issues] == [
        "学习贯彻习近平新时代中国特色社会主义思想不够深入",
        "落实乡村振兴战略有差距，产业发展后劲不足",
        "“三重一大”决策制度执行不严格",
        "财务报销审核把关不严",
    ]
    assert [i.path for i in result.issues] == [["一"], ["一"], ["二"], ["二"]]
    assert [i.status for i in result.issues] == ["completed", "in_progress", "completed", "in_progress"]


def test_feedback_date_is_the_one_governing_the_word_fankui() -> None:
    report = run("unnumbered_pairs.txt").report
    assert str(report.inspection_start) == "2023-03-01"
    assert str(report.feedback_date) == "2023-05-10"


def test_part_headings_and_circled_numbers_build_the_path() -> None:
    result = run("fangmian_circled.txt")
    assert [i.path for i in result.issues] == [
        ["第一部分", "（1）", "①"],
        ["第一部分", "（1）", "②"],
        ["第一部分", "（2）"],
        ["第二部分", "（1）"],
        ["第二部分", "（2）"],
    ]
    assert result.issues[0].subcategory == "城区扬尘管控不到位"


def test_a_leaf_without_deficiency_words_among_finding_siblings_is_still_an_issue() -> None:
    assert run("fangmian_circled.txt").issues[1].problem == "渣土运输车辆抛洒滴漏"


def test_status_sentence_right_after_the_problem_is_read() -> None:
    statuses = [i.status for i in run("fangmian_circled.txt").issues]
    assert statuses == ["completed", "in_progress", "long_term", "completed", "in_progress"]


def test_unlabelled_guanyu_headings_group_the_items_below_them() -> None:
    result = run("guanyu_lines.txt")
    assert [i.category for i in result.issues] == ["党的领导弱化", "党的领导弱化", "全面从严治党不力"]
    assert result.report.inspection_kind == "巡视"
    assert result.report.inspection_team == "省委第三巡视组"


def test_disciplinary_sanction_with_chufen_is_one_action() -> None:
    issue = run("guanyu_lines.txt").issues[2]
    assert [(a.person, a.role, a.action) for a in issue.accountability] == [("孙某某", "财务部经理", "党内警告处分")]


def test_guanyu_problem_headings_with_measures_below_are_issues_with_the_quoted_problem() -> None:
    result = run("guanyu_problem_measures.txt")
    assert [i.problem for i in result.issues] == [
        "学习贯彻党的二十大精神不够深入",
        "意识形态工作责任制落实不到位",
        "基层党组织软弱涣散",
    ]
    assert [i.path for i in result.issues] == [["（一）"], ["（二）"], ["（三）"]]
    assert result.issues[0].documents == ["关于深入学习宣传贯彻党的二十大精神的实施方案"]
    assert result.issues[1].status == "completed"
    assert [(a.person, a.action) for a in result.issues[2].accountability] == [("周某某", "诫勉谈话")]


def test_ledger_table_rows_are_issues_with_fields_from_their_columns() -> None:
    result = run("ledger_table.txt")
    assert [(i.path, i.category, i.problem, i.status) for i in result.issues] == [
        (["1"], "党的建设", "“三会一课”制度落实不严格", "completed"),
        (["2"], "党的建设", "党费收缴不及时", "completed"),
        (["3"], "工程管理", "小型水利工程项目验收滞后", "in_progress"),
        (["4"], "财务管理", "公务接待审批不规范", "long_term"),
    ]
    assert result.issues[0].measures == ["制定支部学习计划，规范会议记录"]
    assert [(a.person, a.action) for a in result.issues[3].accountability] == [("郑某某", "提醒谈话")]
    text = (SYNTHETIC / "ledger_table.txt").read_text(encoding="utf-8")
    start, end = result.issues[1].span
    assert text[start:end].startswith("2\t党的建设\t党费收缴不及时")


MEASURES_IN_TWO_PARAGRAPHS = """关于巡察整改情况的通报
一、党的建设方面
（一）理论学习不深入。
原因分析：重视不够。
整改措施：制定学习计划，每月开展集中学习。
同时将学习情况纳入年度考核，压实责任。
整改情况：已完成。
（二）制度执行不严格。
整改情况：已完成。
会议记录不规范。
整改措施：统一会议记录格式。
整改情况：正在整改。
"""


def test_a_plain_paragraph_between_rising_keys_goes_on_with_the_measures() -> None:
    # 整改措施 … (plain) … 整改情况: the plain paragraph is more of the measures, not a problem of its own;
    # after 整改情况, a plain paragraph before 整改措施 starts the next problem.
    issues = extractor.extract(MEASURES_IN_TWO_PARAGRAPHS).issues
    assert [(i.problem, i.status) for i in issues] == [
        ("理论学习不深入", "completed"),
        ("制度执行不严格", "completed"),
        ("会议记录不规范", "in_progress"),
    ]
    assert issues[0].measures == ["制定学习计划，每月开展集中学习", "同时将学习情况纳入年度考核，压实责任"]


def test_keyed_paragraphs_a_page_ran_together_with_spaces_are_set_apart() -> None:
    text = (
        "关于巡察整改情况的通报\n一、党的建设方面 （一）理论学习不深入。 原因分析：班子对理论学习重视不够。"
        " 整改措施：制定年度学习计划，每月开展集中学习。 整改情况：已完成。 （二）制度执行不严格。"
        " 整改措施：修订制度汇编，开展制度执行情况检查。 整改情况：正在整改。\n"
    )
    issues = extractor.extract(text).issues
    assert [(i.problem, i.status, i.cause, i.measures) for i in issues] == [
        ("理论学习不深入", "completed", "班子对理论学习重视不够", ["制定年度学习计划，每月开展集中学习"]),
        ("制度执行不严格", "in_progress", None, ["修订制度汇编，开展制度执行情况检查"]),
    ]


def test_an_audit_report_s_section_named_for_the_area_audited_is_its_findings_category() -> None:
    text = (
        "关于2021年度省级预算执行和其他财政收支审计查出问题整改情况的报告\n"
        "一、省级财政管理审计查出问题的整改情况\n"
        "（一）关于省级预算执行进度较为缓慢的问题。省财政厅加强统筹，提前下达资金。\n"
    )
    issue = extractor.extract(text).issues[0]
    assert (issue.path, issue.category) == (["一", "（一）"], "省级财政管理审计查出问题的整改情况")


def test_the_about_wrapper_goes_from_a_problem_that_quotes_a_term() -> None:
    text = (
        "根据省委统一部署，省委第三巡视组对云岭市进行了常规巡视。现将巡视整改进展情况予以公布。\n"
        "（二）关于落实全面从严治党“两个责任”方面\n"
        "1.关于“一把手”和领导班子监督不到位的问题。出台实施办法，开展谈心谈话320人次。\n"
    )
    assert extractor.extract(text).issues[0].problem == "“一把手”和领导班子监督不到位"


def test_a_heading_on_the_rectification_of_a_quoted_finding_is_its_items_category() -> None:
    text = (
        "根据市委统一部署，杭州市委第一巡察组对市交投集团党委进行了巡察。现将巡察整改情况予以公布。\n"
        "一、关于“落实党建工作主体责任不够有力”问题的整改情况\n"
        "1.关于“对党建工作经常议、经常抓有欠缺”问题。集团党委建立健全了党建工作例会制度。\n"
    )
    issue = extractor.extract(text).issues[0]
    assert (issue.path, issue.category) == (["一", "1"], "落实党建工作主体责任不够有力")


GROUPED = (
    "关于巡察整改情况的通报\n根据县委统一部署，县委第三巡察组对县农业农村局党组进行了巡察。现将整改情况予以公布。\n"
    "二、巡察反馈问题整改情况\n"
)


def test_a_status_said_of_the_items_above_it_is_the_status_of_each_that_states_none() -> None:
    text = GROUPED + (
        "（一）政治建设方面\n1.理论学习不深入。\n整改措施：制定学习计划。\n2.财务报销审核不严。\n整改措施：修订财务制度。\n"
        "以上问题已全部整改到位。\n（二）作风建设方面\n3.公车管理不规范。\n整改措施：建立台账。\n"
    )
    assert [i.status for i in extractor.extract(text).issues] == ["completed", "completed", "not_stated"]


def test_a_status_said_of_one_item_s_measures_is_not_that_of_the_items_above() -> None:
    text = GROUPED + (
        "（一）作风建设方面\n1.公车管理不规范。\n整改措施：建立台账。\n2.会议过多。\n整改措施：精简会议。以上措施已落实。\n"
    )
    assert [i.status for i in extractor.extract(text).issues] == ["not_stated", "completed"]


def test_a_group_heading_s_bracketed_status_is_that_of_its_items_and_no_part_of_the_category() -> None:
    text = GROUPED + (
        "（一）政治建设方面（已完成）\n1.理论学习不深入。\n整改措施：制定学习计划。\n"
        "2.财务报销审核不严。（正在整改）\n整改措施：修订财务制度。\n"
    )
    issues = extractor.extract(text).issues
    assert [(i.status, i.category) for i in issues] == [("completed", "政治建设方面"), ("in_progress", "政治建设方面")]


@pytest.mark.parametrize(
    "item",
    [
        "（一）理论学习不深入\n1.整改措施：制定学习计划，开展专题学习。\n2.整改情况：已完成。\n",
        "（一）理论学习不深入\n1.整改措施\n制定学习计划，开展专题学习。\n2.整改成效\n已完成。\n",
        "（一）理论学习不深入\n（1）整改措施：制定学习计划，开展专题学习。\n（2）完成情况：已完成。\n",
    ],
    ids=["numbered-keys", "numbered-key-lines", "bracketed-keys"],
)
def test_numbered_rectification_keys_under_an_item_are_its_paragraphs_not_items(item: str) -> None:
    issues = extractor.extract(GROUPED + item).issues
    assert [(i.path, i.problem, i.status, i.measures) for i in issues] == [
        (["二", "（一）"], "理论学习不深入", "completed", ["制定学习计划，开展专题学习"])
    ]


def test_a_paragraph_naming_a_problem_under_a_heading_that_groups_problems_is_the_issue() -> None:
    text = GROUPED + (
        "（一）聚焦贯彻落实党中央决策部署方面:\n"
        "1.关于“以习近平新时代中国特色社会主义思想引领哲学社会科学工作还不够有为”的问题。\n"
        "针对“用习近平文化思想武装头脑、指导实践、推动工作不够主动”的问题\n"
        "整改进展情况:\n一是加强理论学习。\n"
    )
    issues = extractor.extract(text).issues
    assert [(i.path, i.problem) for i in issues] == [
        (["二", "（一）", "1"], "用习近平文化思想武装头脑、指导实践、推动工作不够主动")
    ]


def test_an_overall_progress_section_before_the_findings_is_no_issue() -> None:
    text = (
        "2022年11月21日至12月30日,市委第三巡察组对市教育局党组开展了常规巡察。现将巡察整改情况予以公布。\n"
        "一、整体推进情况\n市教育局党组把巡察整改工作作为一项重大政治任务,坚持问题导向,压实责任、综合施策。\n"
        "二、巡察反馈问题整改落实情况\n大亚湾开发区\n针对治污治水措施存在薄弱环节问题。一是加快推进污水管网建设。\n"
    )
    assert [i.problem for i in extractor.extract(text).issues] == ["治污治水措施存在薄弱环节问题"]


@pytest.mark.parametrize(
    "closing",
    [
        "三、存在的不足和下一步打算\n虽然整改工作取得了阶段性成效，但仍存在一些不足：一是个别问题整改还不够彻底；"
        "二是长效机制还需完善。下一步，将继续抓好整改。\n",
        "三、存在问题及下一步工作\n（一）存在问题。一是整改成效还不够明显；二是个别干部认识不够到位。\n"
        "（二）下一步工作。持续巩固整改成果。\n",
    ],
    ids=["shortcomings-and-plans", "problems-and-next-work"],
)
def test_a_closing_section_on_shortcomings_and_next_steps_adds_no_issue(closing: str) -> None:
    text = GROUPED + "（一）作风建设方面\n1.公车管理不规范。\n整改情况：已完成。\n" + closing
    assert [i.problem for i in extractor.extract(text).issues] == ["公车管理不规范"]


def test_a_report_section_on_the_problems_not_yet_rectified_is_no_issue() -> None:
    # 三、尚未整改到位的问题及原因 sums up the seven problems in a paragraph: it names none of them.
    result = run("audit_report_to_congress.txt")
    assert [i.problem for i in result.issues][-1] == "县农业农村局政府采购程序不规范"
    assert len(result.issues) == 5


def audit_report_with_section(section: str) -> extractor.Extraction:
    """The audit report with its 三、 section replaced by `section` (its 四、下一步工作安排 kept)."""
    text = (SYNTHETIC / "audit_report_to_congress.txt").read_text(encoding="utf-8")
    return extractor.extract(text[: text.index("三、")] + section + text[text.index("四、") :])


def test_the_problems_not_yet_rectified_are_issues_where_that_section_lists_them() -> None:
    result = audit_report_with_section(
        "三、尚未整改到位的问题及原因\n（一）历史遗留债务化解进度较慢。该问题需要长期推进。\n"
    )
    assert [(i.path, i.status) for i in result.issues[5:]] == [(["三", "（一）"], "long_term")]


def test_the_findings_section_gives_no_category_beside_another_section_holding_findings() -> None:
    result = audit_report_with_section(
        "三、尚未整改到位的问题及原因\n（一）历史遗留债务化解进度较慢。该问题需要长期推进。\n"
    )
    assert result.issues[0].category == "县级财政管理审计查出问题整改情况"
    assert result.issues[0].path == ["二", "（一）", "1"]


def test_a_section_on_the_rectifications_shortcomings_is_no_issue() -> None:
    result = audit_report_with_section("三、存在的问题和不足\n一是个别单位整改进度不平衡，二是长效机制还不够健全。\n")
    assert len(result.issues) == 5


def test_a_ledger_whose_last_row_ends_in_a_status_cell_is_not_cut_off() -> None:
    result = run("ducha_ledger_short_last_cell.txt")
    assert [(i.status, i.status_text) for i in result.issues][-1] == ("long_term", "已完成，长期坚持")
    assert not [w for w in result.warnings if "ends in the middle" in w]


OPENING = "根据县委统一部署，县委第三巡察组对县农业农村局党组进行了巡察。现将整改情况予以公布。\n"
FORMULA = OPENING + "一、巡察反馈问题整改情况\n"


def test_a_status_in_brackets_before_the_problem_is_its_status_not_part_of_it() -> None:
    issues = extractor.extract(
        FORMULA + "1.【已完成】理论学习不深入。制定学习计划。\n2.（整改中）制度执行不严格\n修订制度。\n"
    ).issues
    assert [(i.problem, i.status, i.status_text, i.measures) for i in issues] == [
        ("理论学习不深入", "completed", "已完成", ["制定学习计划"]),
        ("制度执行不严格", "in_progress", "整改中", ["修订制度"]),
    ]


def test_the_ticked_option_of_a_status_form_is_the_status() -> None:
    text = FORMULA + "1.制度执行不严格。整改措施：修订制度。整改情况：□已完成 √正在整改\n"
    issue = extractor.extract(text).issues[0]
    assert (issue.status, issue.status_text, issue.measures) == ("in_progress", "正在整改", ["修订制度"])


def test_a_status_after_a_dash_is_read_without_it() -> None:
    issue = extractor.extract(FORMULA + "1.理论学习不深入。——已完成\n").issues[0]
    assert (issue.status, issue.status_text, issue.measures) == ("completed", "已完成", [])


def test_unnumbered_paragraphs_each_with_a_problem_and_its_keyed_status_are_items() -> None:
    text = FORMULA + "◎理论学习不深入。整改情况：已完成。\n◎制度执行不严格。整改情况：正在整改。\n"
    assert [(i.problem, i.status) for i in extractor.extract(text).issues] == [
        ("理论学习不深入", "completed"),
        ("制度执行不严格", "in_progress"),
    ]


@pytest.mark.parametrize(
    ("first", "second", "labels"),
    [("⑴", "⑵", ["（1）", "（2）"]), ("⒈", "⒉", ["1", "2"]), ("Ⅰ.", "Ⅱ.", ["Ⅰ", "Ⅱ"])],
)
def test_numbers_set_as_one_character_label_items(first: str, second: str, labels: list[str]) -> None:
    text = FORMULA + f"{first}理论学习不深入。整改情况：已完成。\n{second}制度执行不严格。整改情况：正在整改。\n"
    assert [i.path for i in extractor.extract(text).issues] == [["一", labels[0]], ["一", labels[1]]]


@pytest.mark.parametrize(
    "heading",
    [
        "（一）对标对表，逐项解决问题",
        "（二）狠抓薄弱环节，补齐短板弱项",
        "（三）针对存在的不足，持续改进",
        "（四）严肃追责问责，以案促改",
        "（五）坚持从严从实，确保整改不走过场",
        "（六）破解难点堵点，推动工作提质增效",
        "（七）紧盯“关键少数”，强化示范引领",
    ],
)
def test_a_heading_on_the_shortcomings_the_work_took_on_is_no_finding(heading: str) -> None:
    text = (
        OPENING
        + f"一、整改工作组织情况\n{heading}\n局党组召开专题会议研究部署，明确责任分工。\n"
        + "二、巡察反馈问题整改落实情况\n1.理论学习不深入。整改情况：已完成。\n"
    )
    assert [i.problem for i in extractor.extract(text).issues] == ["理论学习不深入"]


@pytest.mark.parametrize(
    "heading",
    [
        "针对存在问题，制定整改方案",
        "针对反馈问题，逐条研究整改措施",
        "着眼问题整改，强化责任落实",
        "正视问题，主动认领",
        "查找不足，补齐短板",
        "防范化解风险，守牢安全底线",
        "排查整治隐患，确保安全稳定",
        "严查违规违纪，形成有力震慑",
        "深化整治形式主义官僚主义",
        "坚决纠治“四风”问题",
        "防止同类问题再次发生",
        "不折不扣抓落实",
        "从严从实，不留死角",
        "盯住关键少数，抓好问题整改",
        "举一反三，查缺补漏",
        "强化重点难点攻坚",
    ],
)
def test_a_section_on_problems_named_in_general_or_wrongs_guarded_against_is_no_finding(heading: str) -> None:
    # (An opening that stops before the findings, as a stored page does: no findings section to tell by.)
    text = (
        OPENING
        + f"一、{heading}\n局党组召开专题会议研究部署，明确责任分工。\n二、强化督促检查\n局党组定期调度整改进展。\n"
    )
    assert [i.problem for i in extractor.extract(text).issues] == []


def test_an_item_answering_a_quoted_problem_is_a_finding() -> None:
    text = FORMULA + "1.针对“学思践悟不够深入”问题。一是制定学习计划。二是开展专题研讨。\n"
    assert [i.problem for i in extractor.extract(text).issues] == ["学思践悟不够深入"]


def test_a_finding_on_solving_problems_still_states_a_deficiency() -> None:
    text = FORMULA + "1.解决群众急难愁盼问题不够有力。整改情况：已完成。\n"
    assert [i.problem for i in extractor.extract(text).issues] == ["解决群众急难愁盼问题不够有力"]


def test_items_that_name_the_area_of_a_finding_are_issues() -> None:
    text = FORMULA + (
        "（一）关于党的政治建设方面\n"
        "1.关于学习贯彻习近平新时代中国特色社会主义思想方面。局党组制定了年度学习计划，开展专题学习12次。\n"
        "2.关于落实意识形态工作责任制方面。修订意识形态工作责任制实施细则。\n"
    )
    issues = extractor.extract(text).issues
    assert [(i.path, i.problem, i.measures) for i in issues] == [
        (
            ["一", "（一）", "1"],
            "关于学习贯彻习近平新时代中国特色社会主义思想方面",
            ["局党组制定了年度学习计划，开展专题学习12次"],
        ),
        (["一", "（一）", "2"], "关于落实意识形态工作责任制方面", ["修订意识形态工作责任制实施细则"]),
    ]


@pytest.mark.parametrize(
    "closing",
    [
        "目前该问题已完成。",
        "截至目前，该问题已整改完成。",
        "截至2024年3月底，该问题已整改完成。",
        "目前已整改到位，并长期坚持。",
    ],
)
def test_a_closing_status_sentence_leaves_no_time_words_among_the_measures(closing: str) -> None:
    issue = extractor.extract(FORMULA + f"1.理论学习不深入。一是制定学习计划；二是开展专题学习。{closing}\n").issues[0]
    assert issue.measures == ["一是制定学习计划", "二是开展专题学习"]
    assert issue.status != "not_stated"


def test_a_bracketed_status_leaves_no_empty_brackets_among_the_measures() -> None:
    issue = extractor.extract(FORMULA + "1.财务收支未公开。\n整改：每个季度公开一次财务收支明细。（已整改）\n").issues[
        0
    ]
    assert (issue.status_text, issue.measures) == ("已整改", ["每个季度公开一次财务收支明细"])


def test_characters_a_page_lost_as_question_marks_are_no_measures() -> None:
    issue = extractor.extract(FORMULA + "1.财务收支未公开。整改情况：已完成。每季度公开一次。\n? ? ? ? ? ?\n").issues[0]
    assert issue.measures == ["每季度公开一次"]


def test_a_ledger_cell_ticked_or_crossed_states_the_status() -> None:
    text = (
        "关于巡察整改进展情况的通报\n县委第三巡察组对县水利局党组进行了巡察。现将巡察整改进展情况公示如下：\n"
        "序号\t反馈问题\t整改措施\t是否完成\n1\t理论学习不深入\t制定学习计划\t√\n2\t制度执行不严格\t修订制度汇编\t×\n"
    )
    assert [(i.status, i.status_text) for i in extractor.extract(text).issues] == [
        ("completed", "√"),
        ("in_progress", "×"),
    ]


def test_a_ledger_whose_cells_stand_one_per_line_gives_one_issue_per_row() -> None:
    # A web table copied as text: every cell on a line of its own, the header first.
    cells = ["序号", "反馈问题", "整改措施", "责任单位", "完成情况"]
    cells += ["1", "理论学习不深入", "制定学习计划，每月集中学习", "办公室", "已完成"]
    cells += ["2", "制度执行不严格", "修订制度汇编", "财务股", "正在整改"]
    cells += ["3", "违规发放津补贴", "清退违规发放资金", "财务股", "已完成"]
    result = extractor.extract(OPENING + "\n".join(cells) + "\n")
    assert [(i.path, i.problem, i.status, i.measures) for i in result.issues] == [
        (["1"], "理论学习不深入", "completed", ["制定学习计划，每月集中学习"]),
        (["2"], "制度执行不严格", "in_progress", ["修订制度汇编"]),
        (["3"], "违规发放津补贴", "completed", ["清退违规发放资金"]),
    ]


def test_a_two_row_ledger_with_a_cell_per_line_gives_its_two_issues() -> None:
    cells = ["序号", "反馈问题", "整改措施", "完成情况", "1", "理论学习不深入", "制定学习计划", "已完成"]
    cells += ["2", "制度执行不严格", "修订制度汇编", "正在整改"]
    result = extractor.extract(OPENING + "\n".join(cells) + "\n")
    assert [(i.problem, i.status) for i in result.issues] == [
        ("理论学习不深入", "completed"),
        ("制度执行不严格", "in_progress"),
    ]


@pytest.mark.parametrize(
    ("items", "statuses"),
    [
        (
            "1.理论学习不深入，已整改。\n2.制度执行不严格，正在整改。\n",
            [("completed", "已整改"), ("in_progress", "正在整改")],
        ),
        ("1.理论学习不深入 已完成\n2.制度执行不严格 整改中\n", [("completed", "已完成"), ("in_progress", "整改中")]),
    ],
)
def test_a_status_closing_the_problem_s_line_is_its_status(items: str, statuses: list[tuple[str, str]]) -> None:
    result = extractor.extract(FORMULA + items)
    assert [(i.problem, (i.status, i.status_text)) for i in result.issues] == list(
        zip(["理论学习不深入", "制度执行不严格"], statuses)
    )
    assert result.warnings == []


def test_a_clause_that_counts_what_was_done_is_no_status_of_the_line() -> None:
    issue = extractor.extract(FORMULA + "1.理论学习不深入，已整改3处。\n").issues[0]
    assert (issue.problem, issue.status) == ("理论学习不深入，已整改3处", "not_stated")


def test_numbered_measures_under_a_problem_then_its_status_line_give_clean_measures() -> None:
    text = FORMULA + (
        "（一）理论学习不深入。\n1.制定学习计划。\n2.开展专题学习。\n学习覆盖率达到100%。\n整改状态：已完成\n"
    )
    issue = extractor.extract(text).issues[0]
    assert (issue.problem, issue.status) == ("理论学习不深入", "completed")
    assert issue.measures == ["制定学习计划", "开展专题学习", "学习覆盖率达到100%"]


DUCHA = (
    "XX县贯彻落实省生态环境保护督察反馈意见整改情况公示\n"
    "2023年6月5日至7月5日，省第二生态环境保护督察组对我县开展了生态环境保护督察。现将整改情况公示如下。\n"
)


def test_a_task_list_labels_its_items_第n项() -> None:
    items = "第1项：县城污水处理厂进水浓度偏低。\n整改进展：达到序时进度。\n第2项：矿山企业未落实生态修复责任。\n整改进展：已完成。\n"
    result = extractor.extract(DUCHA + items)
    assert [(i.path, i.problem, i.status) for i in result.issues] == [
        (["第1项"], "县城污水处理厂进水浓度偏低", "in_progress"),
        (["第2项"], "矿山企业未落实生态修复责任", "completed"),
    ]


def test_brackets_naming_the_owner_and_deadline_are_no_part_of_the_problem() -> None:
    items = "1.县城污水处理厂进水浓度偏低。（责任单位：县住建局；整改时限：2025年底）\n整改进展：按序时推进。\n"
    issue = extractor.extract(DUCHA + items).issues[0]
    assert (issue.problem, issue.status, issue.measures) == ("县城污水处理厂进水浓度偏低", "in_progress", [])


@pytest.mark.parametrize(
    "heading",
    [
        "二、巡察组反馈的主要问题及整改情况",
        "二、巡察反馈问题整改落实情况及成效",
        "二、对照巡察反馈问题逐项整改情况",
        "二、巡察反馈问题阶段性整改情况",
    ],
)
def test_more_names_of_the_findings_section_keep_it_in_the_path(heading: str) -> None:
    text = (
        OPENING
        + f"一、整改工作组织情况\n局党组高度重视。\n{heading}\n（一）党的建设方面\n1.理论学习不深入。整改情况：已完成。\n"
    )
    issue = extractor.extract(text).issues[0]
    assert (issue.path, issue.category) == (["二", "（一）", "1"], "党的建设方面")


@pytest.mark.parametrize(
    "finding",
    [
        "防范化解重大风险有短板",
        "安全生产风险隐患排查不彻底",
        "整治形式主义为基层减负不到位",
        "纠治“四风”不彻底",
        "少数党员干部纪律意识淡薄",
        "落实上级决策部署打折扣",
    ],
)
def test_a_finding_about_the_wrongs_the_work_guards_against_is_still_a_finding(finding: str) -> None:
    text = FORMULA + f"1.{finding}。整改情况：已完成。\n2.制度执行不严格。整改情况：正在整改。\n"
    assert [i.problem for i in extractor.extract(text).issues] == [finding, "制度执行不严格"]


@pytest.mark.parametrize(
    "heading", ["从难从严抓整改", "坚持问题不解决不放过", "对整改不力的严肃追责", "直面难题，攻坚克难"]
)
def test_a_top_level_section_before_the_findings_with_only_a_paragraph_is_no_finding(heading: str) -> None:
    text = (
        OPENING
        + f"一、{heading}\n局党组召开专题会议研究部署，明确责任分工。\n"
        + "二、巡察反馈问题整改落实情况\n1.理论学习不深入。整改情况：已完成。\n"
    )
    assert [i.problem for i in extractor.extract(text).issues] == ["理论学习不深入"]


def test_a_top_level_finding_keyed_before_a_section_named_for_findings_is_still_one() -> None:
    text = OPENING + "一、村务公开不及时的问题。整改情况：已完成整改。\n二、其他问题整改情况\n制定了制度。\n"
    assert [i.problem for i in extractor.extract(text).issues] == ["村务公开不及时的问题"]


def test_a_top_level_section_before_the_first_one_holding_findings_is_no_finding() -> None:
    text = OPENING + (
        "一、从难从严抓整改\n局党组成立巡察整改工作领导小组。\n"
        "二、聚焦问题，扎实推动巡察反馈意见整改落实\n（一）关于学习贯彻不够深入方面\n"
        "1.关于理论学习不够深入系统的问题。一是修订学习制度。二是开展专题研讨。\n"
    )
    issues = extractor.extract(text).issues
    assert [(i.problem, i.category) for i in issues] == [("理论学习不够深入系统", "关于学习贯彻不够深入方面")]


def test_a_top_level_finding_that_says_how_it_stands_before_a_group_of_findings_is_one() -> None:
    text = OPENING + (
        "一、理论学习不深入的问题\n制定学习计划，已完成整改。\n二、党风廉政建设方面\n1.公车管理不规范。整改情况：已完成。\n"
    )
    assert [i.problem for i in extractor.extract(text).issues] == ["理论学习不深入的问题", "公车管理不规范"]


def test_an_audit_s_items_stating_money_spent_past_its_bounds_or_overstated_are_findings() -> None:
    text = (
        "关于2023年度县级预算执行审计查出问题整改情况的报告\n二、审计查出问题具体整改情况\n"
        "（四）重大投资项目审计查出问题的整改情况\n"
        "10.县城污水处理厂提标改造项目超概算投资1024万元。正在整改。项目单位正在报批概算调整。\n"
        "11.县第二人民医院建设项目多计工程价款87.5万元。已整改到位。已核减工程价款。\n"
        "12.保障性住房项目竣工验收后未及时办理决算。已整改到位。决算已批复。\n"
    )
    assert [i.path[-1] for i in extractor.extract(text).issues] == ["10", "11", "12"]
