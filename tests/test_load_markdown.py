"""Page-to-text tools now save web pages as Markdown: `## 一、…` headings, `**（一）…**` lines in bold,
`[首页](…)` links, `1\\.` escapes and `| … |` table rows. A notice saved so must give the issues its plain text
gives, and its ledger rows must stay rows; a plain text keeps its own punctuation."""

from __future__ import annotations

import re
from pathlib import Path

import extractor
from extractor.load import load_bytes

ROOT = Path(__file__).resolve().parent.parent
NOTICE = ROOT / "gold" / "docs" / "002_f8e588f7094716c5.txt"
_LABEL = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|(\d+)[.、．])")


def as_markdown(text: str) -> str:
    """`text` as a reader service writes it: navigation links on top, the title a heading, outline headings
    in bold or as headings, a number label escaped."""
    lines = ["[首页](https://example.gov.cn/) > [巡察工作](https://example.gov.cn/xc/)", ""]
    for k, line in enumerate(text.split("\n")):
        label = _LABEL.match(line.strip())
        if k == 0:
            line = "# " + line
        elif label and label.group(1):
            line = line.replace(".", "\\.", 1)
        elif label:
            line = ("## " if "、" in label.group() else "**") + line.strip() + ("" if "、" in label.group() else "**")
        lines += [line, ""]
    return "\n".join(lines)


def test_a_markdown_copy_of_a_real_notice_gives_its_issues(tmp_path: Path) -> None:
    text = NOTICE.read_text(encoding="utf-8")
    path = tmp_path / "notice.md"
    path.write_text(as_markdown(text), encoding="utf-8")
    expected = [(i.problem, i.status) for i in extractor.extract(text).issues]
    assert expected
    assert [(i.problem, i.status) for i in extractor.extract(path).issues] == expected


def test_markup_is_taken_out_and_links_keep_their_words() -> None:
    markdown = "[首页](https://a.gov.cn/) > [巡察工作](https://a.gov.cn/xc/)\n## 一、存在问题\n**（一）学习不深入**\n1\\. 理论学习"
    assert load_bytes(markdown.encode(), "n.md") == "首页 > 巡察工作\n一、存在问题\n（一）学习不深入\n1. 理论学习"


def test_a_markdown_table_s_rows_are_ledger_rows() -> None:
    markdown = (
        "# 关于巡察整改情况的通报\n根据区委统一部署，区委第二巡察组对我局进行了巡察。现将整改情况予以公布。\n"
        "| 序号 | 反馈问题 | 整改措施 | 完成情况 |\n| --- | --- | --- | --- |\n"
        "| 1 | 理论学习不深入 | 制定年度学习计划 | 已完成 |\n| 2 | 财务报销审核不严 | 修订财务制度 | 持续推进 |\n"
    )
    issues = extractor.extract(load_bytes(markdown.encode(), "n.md")).issues
    assert [(i.problem, i.status) for i in issues] == [
        ("理论学习不深入", "completed"),
        ("财务报销审核不严", "in_progress"),
    ]


def test_a_page_number_between_dashes_is_no_list_item() -> None:
    assert load_bytes("## 一、存在问题\n- 3 -\n".encode(), "n.md") == "一、存在问题\n- 3 -\n"


def test_a_plain_notice_keeps_its_own_asterisks_and_brackets() -> None:
    text = "一、存在问题\n（一）“*”号标注的12项任务[注]已完成\n整改情况：已完成。"
    assert load_bytes(text.encode(), "n.txt") == text


def test_a_wechat_dateline_s_starred_words_lose_their_stars_and_date_the_notice() -> None:
    markdown = (
        "# 中共某县自然资源局党组关于巡察整改情况的通报\n\n"
        "原创 清风某县 *清风某县* 2024年11月05日 17:42 *浙江*\n\n"
        "根据县委统一部署，县委第二巡察组对县自然资源局党组开展了巡察。现将整改情况予以公布。\n"
    )
    text = load_bytes(markdown.encode(), "n.md")
    assert "原创 清风某县 清风某县 2024年11月05日 17:42 浙江" in text
    assert str(extractor.extract(text).report.publish_date) == "2024-11-05"


def test_a_star_inside_a_masked_name_stays() -> None:
    markdown = "# 关于巡察整改情况的通报\n\n**一、问题整改情况**\n\n对李*明、王*华进行了约谈。\n"
    assert "李*明、王*华" in load_bytes(markdown.encode(), "n.md")


def test_a_reprint_s_stars_masking_names_on_many_lines_are_no_markdown() -> None:
    # (A Jiangsu district's 督察 closure as a tender site reprints it, 2025: "**" pairs on three lines, inside words.)
    text = (
        "《**市贯彻落实第二轮第三批省生态环境保护督察报告整改方案》明确的第二十六项整改事项已整改完成。根据《**省生态环境保护督察"
        "整改工作办法》等文件要求,现将该问题整改完成情况公示如下:\n一、整改事项\n第二十六项,督察发现,**区半月沟沿河仍有多个排口"
        "直排污水,中天外环**排口大量黑色污水外溢。\n二、责任单位\n**区委、区政府\n三、验收单位\n****环境局、****建设局、****水利局\n"
    )
    assert load_bytes(text.encode(), "n.txt") == text


def test_a_break_inside_a_markdown_table_s_cell_keeps_its_row_whole() -> None:
    text = (
        "## 二、巡察反馈问题整改情况\n\n| 序号 | 问题 | 整改措施 | 状态 |\n| --- | --- | --- | --- |\n"
        "| 1 | 医保基金监管存在漏洞 | 1.开展专项检查；<br>2.引入第三方审核 | 已完成 |\n"
        "| 2 | 药品采购监管不严 | 1.修订采购制度；<br>2.开展廉洁谈话 | 正在整改 |\n"
    )
    issues = extractor.extract(text).issues
    assert [(i.problem, i.status) for i in issues] == [
        ("医保基金监管存在漏洞", "completed"),
        ("药品采购监管不严", "in_progress"),
    ]
