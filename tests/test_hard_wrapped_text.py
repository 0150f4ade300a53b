"""Text copied out of a PDF (or saved by pdftotext) breaks every line at the margin, mid-word, and
repeats the page's header and number at every page break; some text layers also set every character
one space apart. Loaded as plain text, such a notice must
give the issues its unbroken text gives: the paragraphs are joined again when the text is loaded.
The wrapped copies here are made from real notices, broken at a fixed display width as a typesetter
would (a CJK character counts two, an ASCII one one)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import extractor
from extractor.load.text import normalise
from extractor.segment.lines import unspace, unwrap

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 76  # 38 CJK characters, an A4 page's line


def _broken(line: str, margin: int = WIDTH) -> list[str]:
    out, current, width = [], "", 0
    for char in line:
        char_width = 2 if len(char.encode("utf-8")) >= 3 else 1
        if width + char_width > margin:
            out.append(current)
            current, width = "", 0
        current += char
        width += char_width
    return [*out, current] if current else out


def hard_wrapped(text: str, header: str | None = None) -> str:
    """`text` broken at the margin; with `header`, also cut into pages of 40 lines with that header
    at the top of each page and a page number at the bottom."""
    lines = [part for line in text.splitlines() if line.strip() for part in _broken(line.strip())]
    if header is None:
        return "\n".join(lines)
    pages = [lines[k : k + 40] for k in range(0, len(lines), 40)]
    return "\n".join(line for n, page in enumerate(pages, 1) for line in (header, *page, f"- {n} -"))


def _issues(text: str) -> list[tuple[str, str]]:
    """Each issue's problem (spaces aside: a space at a line's margin is lost) and status."""
    return [("".join(issue.problem.split()), issue.status) for issue in extractor.extract(text).issues]


OPENING = (
    "根据县委统一部署，2024年9月6日至12月12日，县委第三巡察组对县卫健局党组进行了巡察。"
    "2025年1月21日，县委巡察组向县卫健局党组反馈了巡察意见。现将巡察整改进展情况予以公布。"
)
REAL = ["gold/docs/002_f8e588f7094716c5.txt", "gold_real3/docs/e07.txt", "gold_real6/docs/n12.txt"]


@pytest.mark.parametrize("path", REAL, ids=lambda p: Path(p).stem)
def test_a_hard_wrapped_copy_of_a_real_notice_gives_its_issues(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    expected = _issues(text)
    assert expected
    assert _issues(hard_wrapped(text)) == expected


# (Not 002: at 36 characters a line of it ends a sentence at the margin, which no reader can tell from a paragraph's end.)
@pytest.mark.parametrize("path", REAL[1:], ids=lambda p: Path(p).stem)
def test_a_copy_wrapped_at_a_count_of_characters_digits_and_all_gives_its_issues_and_dates(path: str) -> None:
    """Some pages break every line after the same number of characters, so a line holding digits is narrower."""
    text = (ROOT / path).read_text(encoding="utf-8")
    lines = [
        line.strip()[k : k + 36] for line in text.splitlines() if line.strip() for k in range(0, len(line.strip()), 36)
    ]
    wrapped = "\n".join(lines)
    assert _issues(wrapped) == _issues(text)
    report, unwrapped = extractor.extract(text).report, extractor.extract(wrapped).report
    assert (unwrapped.inspection_start, unwrapped.feedback_date) == (report.inspection_start, report.feedback_date)


@pytest.mark.parametrize("path", REAL, ids=lambda p: Path(p).stem)
def test_a_copy_wrapped_with_full_width_punctuation_gives_its_issues(path: str) -> None:
    """A page whose commas, colons and brackets are full-width sets each as wide as a Chinese character."""
    text = (ROOT / path).read_text(encoding="utf-8").translate({ord(c): ord(c) + 0xFEE0 for c in ",:;()!?"})
    assert _issues(hard_wrapped(text)) == _issues(text)


@pytest.mark.parametrize("opening", ["整改情况的部分内容", "联系群众不够紧密", "地址变更后未及时"])
def test_a_key_s_words_inside_a_sentence_the_margin_broke_open_no_paragraph(opening: str) -> None:
    filler = "党组对巡察反馈问题高度重视并逐项研究制定整改方案明确责任分工推动落实"  # 34 characters, no stop
    lines = [filler] * 3 + [opening + filler[len(opening) :]] + [filler] * 3 + ["予以通报。"]
    assert unwrap("\n".join(lines)) == "".join(lines)


def test_a_problem_s_number_after_a_line_at_the_margin_opens_a_paragraph() -> None:
    filler = "党组对巡察反馈问题高度重视并逐项研究制定整改方案明确责任分工推动落实"
    lines = [filler] * 7 + ["问题2.以人民健康为中心的理念树得不够牢。"]
    assert unwrap("\n".join(lines)).split("\n") == ["".join(lines[:-1]), lines[-1]]


def test_a_paragraph_running_over_a_page_break_is_joined_over_the_header_and_page_number() -> None:
    text = (ROOT / "gold/docs/000_25518d0931de2d4e.txt").read_text(encoding="utf-8")
    printed = hard_wrapped(text, header="2024/5/3 10:21  某某区人民政府门户网站")
    assert "- 2 -" in printed
    joined = normalise(printed)
    assert "- 2 -" not in joined and "门户网站" in joined.splitlines()[0]  # the first page's header stays
    assert _issues(printed) == _issues(text)


def test_a_text_that_is_not_hard_wrapped_is_left_as_it_is() -> None:
    for path in sorted(ROOT.glob("gold_real*/docs/*.txt"))[:60]:
        text = path.read_text(encoding="utf-8")
        if path.stem != "f10":  # the one real page that was printed hard-wrapped
            assert unwrap(text) == text, path.name


def test_a_break_between_latin_words_becomes_a_space() -> None:
    line = "巡察组指出" + "的问题" * 8 + "ab"
    text = "\n".join([line + "cd", "ef整改情况已经完成的内容"] * 8)
    assert "abcd ef整改" in unwrap(text)


@pytest.mark.parametrize("path", REAL, ids=lambda p: Path(p).stem)
def test_a_letter_spaced_copy_of_a_real_notice_gives_its_issues(path: str) -> None:
    # A PDF's text layer may set every character of justified text one space apart: "巡 察 整 改 情 况".
    text = (ROOT / path).read_text(encoding="utf-8")
    spaced = "\n".join(" ".join(line) for line in text.split("\n"))
    assert _issues(spaced) == _issues(text)


def test_a_line_with_a_few_spaces_is_not_closed_up() -> None:
    text = "中共某县卫生健康局党组  2025年3月20日\n通  报\nThe English version\n"
    assert unspace(text) == text


def test_a_paragraph_s_indented_first_line_runs_to_the_margin_too() -> None:
    # A printed page indents each paragraph's first line (eight spaces here): that line ends at the same
    # margin as the others, and the paragraph goes on below it.
    items = [
        f"{n}.{problem}。整改情况："
        + "针对该问题制定了专项整改方案并逐项推进落实，建立健全长效机制，" * 3
        + "目前已完成整改。"
        for n, problem in enumerate(
            ["理论学习中心组学习计划执行不严格，专题研讨流于形式，学习成果转化运用不够充分", "财务报销审核把关不严"]
            * 4,
            1,
        )
    ]
    text = OPENING + "\n一、巡察反馈问题整改情况\n" + "\n".join(items) + "\n"
    printed = "\n".join(part for line in text.splitlines() for part in _broken(" " * 8 + line, margin=72))
    assert [issue.problem for issue in extractor.extract(printed).issues] == [
        issue.problem for issue in extractor.extract(text).issues
    ]


def _printed(*lines: str, margin: int = 60) -> str:
    """A notice broken at the margin (30 CJK characters), then `lines` as they are."""
    items = [
        f"{n}.第{n}项制度执行不严格，会议记录不完整，整改情况：修订制度并组织全员学习。已完成。" for n in range(1, 7)
    ]
    body = [OPENING, "一、整改情况", *items]
    return "\n".join([*(part for line in body for part in _broken(line, margin=margin)), *lines])


def test_an_address_or_a_number_broken_at_the_margin_is_read_whole() -> None:
    text = _printed(
        "欢迎广大干部群众对整改落实情况进行监督，联系电话：0739-781226",
        "54，也可将意见建议发送至本单位纪检监察室的电子邮箱：lcdxx",
        "szgabc@lcu.edu.cn，邮政信箱：澜川市学府路66号。",
    )
    contacts = extractor.extract(text).report.contacts
    assert (contacts.phones, contacts.emails) == (["0739-78122654"], ["lcdxxszgabc@lcu.edu.cn"])


def test_a_line_ending_in_an_opening_bracket_runs_on_into_the_key_it_opens() -> None:
    first = "【问题】县城污水处理厂扩建工程进度滞后，部分片区污水直排。【"
    assert len(first) == 30  # (at the margin)
    text = _printed("二、水污染防治方面", first, "整改措施】成立工作专班。【整改结果】正在推进。")
    last = extractor.extract(text).issues[-1]
    assert (last.problem, last.status) == ("县城污水处理厂扩建工程进度滞后，部分片区污水直排", "in_progress")


def test_a_blank_line_ends_a_paragraph_that_reaches_the_margin() -> None:
    title = "中共澄州市市场监督管理局党组关于市委第二巡察组巡察反馈意见整改情况的通报"
    text = title + "\n\n" + _printed(margin=72)  # (the title is 36 characters: at the margin)
    assert normalise(text).startswith(title + "\n")


def test_a_short_numbered_line_at_the_margin_runs_on_over_a_page_break() -> None:
    item = "7.不少非贫困村基础设施不完善，村内只有主干道，排前路和排水设"
    assert len(item) <= 40  # (short as a heading, yet at the margin: 60 wide)
    text = "某县巡察整改情况通报\n" + _printed(
        item, "", "- 3 -", "", "某县巡察整改情况通报", "施破烂不堪。", "整改情况：该项持续整改中。"
    )
    last = extractor.extract(text).issues[-1]
    assert (last.problem, last.status) == (
        "不少非贫困村基础设施不完善，村内只有主干道，排前路和排水设施破烂不堪",
        "in_progress",
    )


def test_an_address_broken_after_its_at_sign_is_read_whole() -> None:
    text = _printed(
        "欢迎广大干部群众对审计整改工作进行监督，电子邮箱：ljswjwcwk@",
        "126.com。",
    )
    assert extractor.extract(text).report.contacts.emails == ["ljswjwcwk@126.com"]


def test_a_letter_spaced_line_that_stops_mid_sentence_runs_on() -> None:
    # A justified line before a manual break: the PDF spread its characters over the measure.
    text = _printed(
        "二、整改情况",
        "问题7：镇 党 委 落 实 主 体 责 任 有 差 距，",
        "对村级监督工作指导不够，村务监督委员会作用发挥不充分。",
        "整改情况：制定村务监督委员会工作规则。整改结果：已完成。",
    )
    last = extractor.extract(text).issues[-1]
    assert last.problem == "镇党委落实主体责任有差距，对村级监督工作指导不够，村务监督委员会作用发挥不充分"


def test_a_full_stop_the_margin_pushed_onto_its_own_line_still_ends_the_paragraph() -> None:
    rectified = "整改情况：邀请县直单位技术人员讲授种植技术课程三期，培训党员"
    assert len(rectified) == 30  # (at the margin: its 。 goes to the next line)
    text = _printed(
        "二、乡镇反馈问题整改情况",
        "反馈问题：人才振兴问题突出，对村干部选人难问题研究谋划不足。",
        rectified,
        "。",
        "反馈问题：普法宣传不深入，有的村民存在“信访不信法”的思想。",
        "整改情况：完善各村法律服务体系，实现每村1名法律顾问。已完成。",
    )
    problems = [issue.problem for issue in extractor.extract(text).issues[-2:]]
    assert problems == [
        "人才振兴问题突出，对村干部选人难问题研究谋划不足",
        "普法宣传不深入，有的村民存在“信访不信法”的思想",
    ]


def _indented(*paragraphs: str, margin: int = 60) -> str:
    """Paragraphs broken at the margin, each opening indented two full-width spaces and running on flush."""
    return "\n".join(part for paragraph in paragraphs for part in _broken("\u3000\u3000" + paragraph, margin=margin))


def test_in_a_text_that_indents_its_paragraphs_a_flush_line_runs_on_after_a_sentence_ended_at_the_margin() -> None:
    found = "巡察发现，石门村、枫林村2021年来有白条入账，共计三万元；"
    assert _broken("\u3000\u3000" + found, margin=60)[0].endswith("；")  # (the sentence ends at the margin)
    items = [f"（{n}）第{n}项会议制度执行不严格，会议记录不完整。" for n in "一二三四"]
    rectified = "整改情况：已完成整改。修订会议制度，组织全体干部集中学习，逐月检查会议记录，确保记录完整规范。"
    text = _indented(
        OPENING, "一、整改情况", *(p for item in items for p in (item, rectified)), "（五）村级财务管理不规范。"
    )
    text += "\n" + "\n".join(_broken("\u3000\u3000" + found + "部分村集体资产出租合同到期未续签。", margin=60))
    text += "\n" + "\n".join(_broken("\u3000\u3000" + rectified, margin=60))
    issues = extractor.extract(text).issues
    assert [(issue.path, issue.status) for issue in issues[-1:]] == [(["一", "（五）"], "completed")]
    assert len(issues) == 5


def test_a_line_that_opens_with_third_party_runs_on_as_any_word_does() -> None:
    rectified = "整改情况：制定社区居家养老服务中心运营绩效评估办法，已委托"
    text = _printed(
        "二、整改情况",
        "7.社区养老服务中心运营补贴拨付依据不足。",
        *_broken(rectified + "第三方机构对6家服务中心开展绩效评估。", margin=58),
        "整改结果：正在推进。",
    )
    assert _broken(rectified, margin=58) == [rectified]  # (at the margin: 第三方… opens the next line)
    last = extractor.extract(text).issues[-1]
    assert (last.problem, last.status) == ("社区养老服务中心运营补贴拨付依据不足", "in_progress")


def test_in_a_text_that_indents_its_paragraphs_a_flush_key_carries_on_the_sentence_the_margin_broke() -> None:
    item = "7.环境监测数据审核不严，个别站点数据异常未及时处置问题的整改情况。完善数据审核制度。该项已办结。"
    assert _broken("\u3000\u3000" + item, margin=60)[1].startswith("整改情况")
    items = [f"{n}.第{n}项会议制度执行不严格，会议记录不完整。" for n in range(1, 7)]
    rectified = "整改情况：已完成整改。修订会议制度，组织全体干部集中学习，逐月检查会议记录，确保记录完整规范。"
    text = _indented(OPENING, "一、整改情况", *(p for line in items for p in (line, rectified)), item)
    last = extractor.extract(text).issues[-1]
    assert (last.path, last.problem, last.status) == (
        ["一", "7"],
        "环境监测数据审核不严，个别站点数据异常未及时处置问题",
        "completed",
    )


def test_a_running_header_goes_at_every_page_break_once_a_sentence_ran_on_over_one() -> None:
    header = "某县卫生健康局巡察整改情况通报"
    rectified = "整改情况：该问题已整改完成。修订会议制度，组织全体干部集中学习，逐月检查会议记录。"
    text = _printed(
        "7.科室会议制度执行不严格，部分科室会议记录不完整，有的会议未形成纪要，会议",
        "",
        "- 1 -",
        "",
        header,
        "决定事项落实情况无人跟踪。",
        rectified,
        "8.党支部建在科室上落实不到位，部分党支部书记由非业务骨干担任。",
        "",
        "- 2 -",
        "",
        header,
        "",
        "巡察指出，医院19个党支部中，有6个党支部书记不是所在科室学科带头人。",
        "",
        rectified,
    )
    issues = extractor.extract(text).issues
    assert [(issue.path, issue.status) for issue in issues[-2:]] == [
        (["一", "7"], "completed"),
        (["一", "8"], "completed"),
    ]
    assert issues[-1].problem == "党支部建在科室上落实不到位，部分党支部书记由非业务骨干担任"
    assert header not in normalise(text)


def test_a_footer_that_carries_the_page_counter_at_its_right_is_page_furniture() -> None:
    text = _printed(
        "7.困难残疾人生活补贴重复发放。",
        "整改情况：已追回重复发放的补贴，完善信息比对机制。已整改到位。",
        "",
        "青山县审计局                              第 2 页 共 3 页",
        "",
        "三、下一步工作",
        "健全审计整改长效机制。",
    )
    last = extractor.extract(text).issues[-1]
    assert (last.problem, last.status) == ("困难残疾人生活补贴重复发放", "completed")


def test_a_tab_row_at_a_page_foot_is_not_run_into_the_header_the_next_page_repeats() -> None:
    header = "序号\t问题描述\t整改措施\t责任股室\t完成情况"
    rows = [f"{n}\t第{n}项制度执行不严格，记录不完整\t修订制度并组织学习\t办公室\t已完成" for n in range(1, 6)]
    text = _printed(
        "二、整改情况",
        header,
        *rows[:3],
        "",
        "第1页 共2页",
        "",
        header,
        *rows[3:],
    )
    issues = extractor.extract(text).issues
    assert [(i.path[-1], i.status) for i in issues[-5:]] == [(str(n), "completed") for n in range(1, 6)]


def test_a_table_laid_out_with_wide_gaps_keeps_its_rows_and_reads_the_cells_run_on_below_them() -> None:
    pad = " " * 10
    rows = [
        f" 1    超标准收取医疗服务费用，涉及金额12.63万元    已将多收费用全部退还患者；{pad}已整改",
        "                                                对物价科科长赵某某进行批评教育",
        f" 2    药品耗材采购未严格执行集中带量采购政策       修订药品耗材采购管理制度，{pad}已整改",
        "                                                将集采执行情况纳入科室绩效考核",
        f" 3    大型医用设备使用效率低                       与医联体单位共享设备资源，{pad}正在整改",
        "                                                按季度开展设备使用效益分析",
    ]
    text = _printed(
        "二、审计发现问题整改情况", "序号  审计发现问题                             整改措施" + pad + "整改结果", *rows
    )
    issues = extractor.extract(text).issues[-3:]
    assert [(i.path, i.status) for i in issues] == [
        (["二", "1"], "completed"),
        (["二", "2"], "completed"),
        (["二", "3"], "in_progress"),
    ]
    assert [(a.person, a.action) for a in issues[0].accountability] == [("赵某某", "批评教育")]


def test_a_text_wrapped_by_its_count_of_characters_is_joined_though_its_digits_leave_lines_ragged() -> None:
    paragraphs = [
        "　　2023年11月6日至2024年1月19日，溪川市审计局对我院原院长刘某某任期经济责任履行情况进行了审计，"
        "并于2024年3月12日出具了审计报告，指出问题8个。现将整改情况报告如下：",
        "一、审计整改工作开展情况",
        "　　医院高度重视审计整改工作，成立了由党委书记王启明任组长、院长任副组长的审计整改工作领导小组，"
        "召开专题会议3次，逐项研究制定整改方案，明确责任科室和完成时限，实行清单化管理、销号式推进。截至2024年6"
        "月20日，8个问题已整改5个，正在整改2个，需长期坚持1个。医院将持续跟踪正在整改事项的进展，对应收医疗款"
        "清欠和大型设备使用效率问题按月调度，确保按期整改到位。",
    ]
    lines = [p[k : k + 34] for p in paragraphs for k in range(0, len(p), 34)]  # (34 characters a line)
    assert any(line.endswith("2024年3月12日出") for line in lines)  # (出具 broken at the margin)
    report = extractor.extract("\n".join(lines)).report
    assert report.feedback_date is not None and report.feedback_date.isoformat() == "2024-03-12"


def test_a_running_header_shaped_as_the_title_goes_at_the_one_page_break() -> None:
    items = [f"{n}.第{n}项会议制度执行不严格，会议记录不完整。" for n in range(1, 7)]
    rectified = "整改进展：已完成。修订会议制度，组织全体干部集中学习，逐月检查会议记录，确保记录完整规范。"
    item = "7.外包服务合同管理不规范，部分合同未经法律审核即签订。"
    text = _indented(OPENING, "一、整改情况", *(p for line in items for p in (line, rectified)), item)
    assert _broken("\u3000\u3000" + item, margin=60)[-1].endswith("。")
    text += "\n— 1 —\n湘源物业服务有限公司党支部巡察整改情况通报\n\u3000\u3000整改进展：已完成。对外包合同全部进行法律审核。"
    last = extractor.extract(text).issues[-1]
    assert (last.problem, last.status) == ("外包服务合同管理不规范，部分合同未经法律审核即签订", "completed")


def test_a_running_header_repeating_the_issuer_goes_though_a_sites_furniture_stands_above_the_letterhead() -> None:
    issuer = "岚州市生态环境局"
    text = (
        "首页 | 无障碍 | 长者模式\n当前位置：首页 > 信息公开 > 通知公告\n字号：大 中 小 【打印】【关闭】\n"
        + issuer
        + "\n"
    )
    text += _printed(
        "7.重污染天气应急减排措施落实不到位，部分企业未按要求落实减排",
        "",
        "- 2 -",
        "",
        issuer,
        "措施。整改情况：已完成。",
    )
    last = extractor.extract(text).issues[-1]
    assert last.problem == "重污染天气应急减排措施落实不到位，部分企业未按要求落实减排措施"


def test_no_break_spaces_read_as_spaces_in_letter_spaced_lines_and_misread_labels() -> None:
    text = "\n".join(
        [
            OPENING,
            "\xa0\xa0\xa0\xa0二、巡\xa0察\xa0反\xa0馈\xa0问\xa0题\xa0整\xa0改\xa0落\xa0实\xa0情\xa0况",
            "\xa0\xa0\xa0\xa0l.理论学习不深入，研讨交流质量不高。",
            "\xa0\xa0\xa0\xa0整改情况：已完成。",
        ]
    )
    assert unspace(text).splitlines()[1].strip() == "二、巡察反馈问题整改落实情况"
    [issue] = extractor.extract(text).issues
    assert (issue.path, issue.problem) == (["二", "1"], "理论学习不深入，研讨交流质量不高")


def test_a_keys_colon_at_the_margin_runs_on_into_its_value_on_the_next_line() -> None:
    body = (
        "一、整改工作组织领导情况 镇党委召开党委会议专题研究整改工作，制定整改方案。"
        "二、反馈问题整改情况 （一）贯彻落实上级决策部署方面 ◆乡村振兴产业项目谋划不足，3个光伏项目收益未达预期。"
        "整改情况：委托第三方进行运维评估，更换故障组件46块。整改结果：已完成。"
        "◆耕地保护工作落实不到位，部分村存在撂荒地。整改情况：建立撂荒地台账，复耕撂荒地326亩。整改结果：已完成。"
        "◆防汛减灾工作存在薄弱环节，个别山塘巡查记录不全。整改情况：修订防汛应急预案，落实专职巡查员。整改结果：正在整改。"
    )
    lines = _broken(OPENING + body, margin=74)
    assert any(line.endswith("整改结果：") for line in lines[:-1])  # (a key's colon at the margin)
    issues = extractor.extract("\n".join(lines)).issues
    assert [i.status for i in issues] == ["completed", "completed", "in_progress"]


def test_a_gazette_s_running_header_with_its_issue_number_is_no_part_of_the_title_it_stands_over() -> None:
    header = "清源县人民代表大会常务委员会公报                              2023年第6号"
    text = (
        f"{header}\n\n关于清源县2022年度县本级预算执行和其他\n财政收支审计查出问题整改情况的报告\n"
        "——2023年12月26日在清源县第十八届人民代表大会\n常务委员会第十六次会议上\n清源县审计局局长  欧阳敏\n\n"
        "主任、各位副主任、秘书长、各位委员:\n    我受县人民政府委托,向县人大常委会报告2022年度县本级\n"
        "预算执行和其他财政收支审计查出问题的整改情况,请予审议。共反映问题86个。截至20\n"
        "23年11月30日,已整改到位75个,正在整改11个。\n\n                               — 1 —\n\n"
        f"{header}\n\n通过上缴财政、归还原资金渠道等方式整改问题金额\n8,426.37万元,推动有关部门和单位制定完善制度31项。\n"
        "    二、审计查出问题的整改情况\n    1.关于预算编制不够完整的问题。县财政局已将未纳入年初预算\n"
        "的国有资源有偿使用收入1,286.5万元纳入2023年预算编制。\n\n                               — 2 —\n\n"
        f"{header}\n\n    2.关于公务用车管理使用不规范的问题。相关单位已收回车辆。\n"
    )
    assert (
        extractor.extract(text).report.title
        == "关于清源县2022年度县本级预算执行和其他财政收支审计查出问题整改情况的报告"
    )


def test_a_letter_spaced_signature_date_dates_the_notice() -> None:
    text = (
        "中 共 江 屿 区 枫 林 街 道 工 作 委 员 会 关 于 巡 察 整 改 进 展 情 况 的 通 报\n"
        "根据区委统一部署，区委第二巡察组对街道党工委进行了巡察。现将整改进展情况予以公布。\n"
        "一、整改情况\n1.党员发展工作不规范。\n整改情况：补办手续。已完成。\n"
        "中 共 江 屿 区 枫 林 街 道 工 作 委 员 会\n2 0 2 4 年 1 1 月 2 0 日\n"
    )
    assert extractor.extract(text).report.publish_date == dt.date(2024, 11, 20)


def test_a_copy_cut_after_its_first_page_s_bare_number_drops_the_letterhead_the_next_page_repeats() -> None:
    # (gold/003 printed to PDF, its letterhead "中共湘潭市雨湖区水利局党组文件" heading each page, the copy stopping a
    # few lines into the second: one bare page number, "1", shows the page break the letterhead after it runs on from)
    page = (ROOT / "gold/docs/003_a20466f7e021ca68.txt").read_text(encoding="utf-8")
    letterhead = page.split("\n", 1)[0].strip()
    lines = [part for paragraph in page.split("\n") for part in (_broken(paragraph) if paragraph else [""])]
    plain = "\n".join(lines[:57])
    printed = "\n".join([*lines[:45], "", "1", "", letterhead, *lines[45:57]])
    assert _issues(printed) == _issues(plain)
