"""Government web pages: the notice's main text, without navigation, footers, share buttons or scripts."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

import pytest

import extractor
from extractor.errors import InputError
from extractor.load import load_bytes, load_path

ROOT = Path(__file__).resolve().parent.parent

GOLD = Path(__file__).resolve().parent.parent / "gold" / "docs"
NOTICE = GOLD / "002_f8e588f7094716c5.txt"


def page(content: str, *, charset: str = "utf-8", title_block: str = "") -> str:
    """A typical government article page around `content` (already HTML)."""
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>巡察整改通报_某某市纪委监委网站</title>
<script>var tip = "一、脚本里的文字不是通报";</script><style>.TRS_Editor p {{ text-indent: 2em }}</style></head>
<body>
<div class="top-nav"><a href="/">首页</a> <a href="/xxgk">信息公开</a> <a href="/xcgz">巡察工作</a> <a href="/hd">互动交流</a></div>
<header><img src="logo.png" alt="logo">某某市纪委监委网站</header>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/xcgz">巡察工作</a> &gt; 整改通报</div>
<div class="wrapper">
  <div class="main">
    {title_block}
    <div class="info">发布时间：2021-01-07 来源：市委巡察办</div>
    <div class="TRS_Editor">{content}</div>
    <div class="bdshare"><a>微信</a><a>微博</a> 分享到：</div>
    <div class="print">【打印本页】【关闭窗口】</div>
  </div>
  <aside class="sidebar"><h3>相关文章</h3><ul><li><a href="/a1">关于某某单位巡察整改进展情况的通报（第二批）</a></li></ul>
  <p>本栏目说明：本栏目发布各单位巡察整改情况通报，欢迎广大干部群众监督。</p></aside>
</div>
<div class="footer">主办单位：中共某某市纪律检查委员会 某某市监察委员会 版权所有 备案号：豫ICP备12345678号 技术支持：某某网络公司</div>
<script>document.write('<p>一、广告</p>');</script>
</body></html>"""


def paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())


BODY = paragraphs("根据市委统一部署，市委第三巡察组对我单位进行了巡察，现将整改情况予以公布。\n" * 4)
"""A notice's ordinary paragraphs: on a real page the notice, not the page furniture, holds most text."""


def test_page_furniture_is_dropped_and_the_notice_kept() -> None:
    text = load_bytes(
        page(paragraphs("关于巡察整改情况的通报\n一、整改情况\n已全部完成整改。") + BODY).encode(), "n.html"
    )
    # (The page's dateline stays, under the title: it is metadata the reading of the text sets apart and dates by.)
    assert text.startswith(
        "关于巡察整改情况的通报\n发布时间：2021-01-07 来源：市委巡察办\n一、整改情况\n已全部完成整改。\n根据市委统一部署"
    )
    assert text.endswith("现将整改情况予以公布。")


@pytest.mark.parametrize(
    "furniture",
    [
        "首页",
        "当前位置",
        "脚本里的文字",
        "广告",
        "分享到",
        "打印本页",
        "主办单位",
        "相关文章",
        "本栏目说明",
        "logo",
        "text-indent",
    ],
)
def test_no_navigation_footer_share_sidebar_or_script_text_remains(furniture: str) -> None:
    assert furniture not in load_bytes(page(paragraphs(load_path(NOTICE))).encode(), "n.html")


def test_html_of_a_gold_notice_gives_the_same_issues_as_its_text(tmp_path: Path) -> None:
    text = load_path(NOTICE)
    path = tmp_path / "notice.html"
    path.write_text(page(paragraphs(text)), encoding="utf-8")
    assert [i.problem for i in extractor.extract(path).issues] == [i.problem for i in extractor.extract(text).issues]


def test_paragraph_breaks_and_br_become_newlines() -> None:
    content = "<p>第一段<br>第一段第二行</p><div>第二段<span>，接着</span></div>" + BODY
    assert "\n第一段\n第一段第二行\n第二段，接着\n" in load_bytes(page(content).encode(), "n.html")


def test_source_line_breaks_and_indentation_inside_a_paragraph_are_not_text() -> None:
    content = "<p>\n   　　根据市委统一部署，\n   巡察组进行了巡察。\n</p>" + BODY
    assert "\n根据市委统一部署， 巡察组进行了巡察。\n" in load_bytes(page(content).encode(), "n.html")


def test_declared_gb2312_page_is_decoded() -> None:
    data = page(paragraphs("关于巡察整改情况的通报（镕）") + BODY).replace("charset=utf-8", "charset=gb2312")
    assert load_bytes(data.encode("gb18030"), "n.htm").startswith("关于巡察整改情况的通报（镕）\n")


def test_title_outside_the_content_block_is_put_on_top() -> None:
    title = '<h1 class="article-title">中共某某县委关于巡察整改情况的通报</h1>'
    text = load_bytes(
        page(paragraphs("根据县委统一部署，巡察组进行了巡察。" * 3), title_block=title).encode(), "n.html"
    )
    assert text.split("\n")[0] == "中共某某县委关于巡察整改情况的通报"


def test_an_articles_own_header_keeps_its_title() -> None:
    content = "<article><header><h1>中共某某县委关于巡察整改情况的通报</h1></header>" + BODY + "</article>"
    assert load_bytes(page(content).encode(), "n.html").startswith("中共某某县委关于巡察整改情况的通报\n")


def test_content_split_over_sibling_blocks_is_kept_whole() -> None:
    first = "一、关于学习不深入的问题。整改情况：组织专题学习十二次，已完成整改。" * 3
    second = "二、关于制度不健全的问题。整改情况：修订完善制度八项，已完成整改。" * 3
    content = f"<div class='part'><p>{first}</p></div><div class='part'><p>{second}</p></div>"
    text = load_bytes(page(content).encode(), "n.html")
    assert first in text and second in text


def test_table_cells_are_separated_by_tabs() -> None:
    content = (
        paragraphs("整改台账如下。" * 5)
        + "<table><tr><td>序号</td><td>问题</td></tr><tr><td>1</td><td>学习不深入</td></tr></table>"
    )
    assert "序号\t问题\n1\t学习不深入" in load_bytes(page(content).encode(), "n.html")


def test_page_without_text_is_an_empty_input_error() -> None:
    with pytest.raises(InputError, match="empty input"):
        load_bytes(b"<html><head><script>var a=1</script></head><body><nav><a>home</a></nav></body></html>", "n.html")


def test_markup_under_an_unknown_suffix_is_read_as_html() -> None:
    data = page(paragraphs("关于巡察整改情况的通报") + BODY).encode()
    assert load_bytes(data, "content.asp").startswith("关于巡察整改情况的通报\n")


def test_an_article_body_saved_as_txt_without_its_page_is_read_as_html(tmp_path: Path) -> None:
    """A scraper's content field: the article's own markup, no <html> around it, in a .txt file."""
    text = load_path(NOTICE)
    path = tmp_path / "notice.txt"
    path.write_text('<div class="TRS_Editor">' + paragraphs(text) + "</div>", encoding="utf-8")
    assert [i.problem for i in extractor.extract(path).issues] == [i.problem for i in extractor.extract(text).issues]


def test_a_plain_text_that_mentions_a_tag_is_still_plain_text() -> None:
    data = "关于巡察整改情况的通报\n网页模板中的<p>标签已规范。".encode()
    assert load_bytes(data, "notice.txt") == "关于巡察整改情况的通报\n网页模板中的<p>标签已规范。"


def test_the_page_s_dateline_outside_the_content_is_kept_and_dates_the_notice() -> None:
    text = load_bytes(page(paragraphs("关于巡察整改情况的通报") + BODY).encode(), "n.html")
    assert text.startswith("关于巡察整改情况的通报\n发布时间：2021-01-07 来源：市委巡察办\n")
    assert extractor.extract(text).report.publish_date == dt.date(2021, 1, 7)


def test_paragraphs_inside_a_table_s_cell_stay_in_its_row() -> None:
    table = (
        "<table><tr><th>序号</th><th>问题</th><th>整改措施</th><th>完成情况</th></tr>"
        "<tr><td><p>1</p></td><td><p>理论学习不深入</p></td><td><p>1.制定学习计划；</p><p>2.开展专题学习</p></td>"
        "<td><p>已完成</p></td></tr></table>"
    )
    text = load_bytes(page(paragraphs("二、巡察反馈问题整改情况") + table + BODY).encode(), "n.html")
    assert "1\t理论学习不深入\t1.制定学习计划； 2.开展专题学习\t已完成" in text


def test_an_empty_cell_inside_a_row_keeps_its_column() -> None:
    table = (
        "<table><tr><td>序号</td><td>类别</td><td>问题</td></tr><tr><td>2</td><td></td><td>制度不健全</td></tr></table>"
    )
    assert "2\t\t制度不健全" in load_bytes(page(table + BODY).encode(), "n.html")


def test_a_cell_merged_down_over_rows_leaves_an_empty_cell_in_each_row_below() -> None:
    table = (
        "<table><tr><td>序号</td><td>类别</td><td>问题</td><td>整改结果</td></tr>"
        '<tr><td>1</td><td rowspan="2">预算管理</td><td>预算编制不精准</td><td>已整改</td></tr>'
        "<tr><td>2</td><td>结余资金未上缴</td><td>已整改</td></tr></table>"
    )
    assert "\n2\t\t结余资金未上缴\t已整改" in load_bytes(page(table + BODY).encode(), "n.html")


def test_a_cell_merged_down_in_the_first_or_last_column_keeps_its_place() -> None:
    table = (
        "<table><tr><td>类别</td><td>问题</td><td>责任单位</td></tr>"
        '<tr><td rowspan="2">预算管理</td><td>预算编制不精准</td><td rowspan="2">财务科</td></tr>'
        "<tr><td>结余资金未上缴</td></tr></table>"
    )
    assert "\n\t结余资金未上缴\t\n" in load_bytes(page(table + BODY).encode(), "n.html") + "\n"


def test_a_cell_merged_across_columns_is_followed_by_an_empty_cell_for_each() -> None:
    table = (
        "<table><tr><td>序号</td><td>问题</td><td>整改措施</td><td>整改结果</td></tr>"
        '<tr><td>1</td><td colspan="2">预算编制不精准</td><td>已整改</td></tr></table>'
    )
    assert "1\t预算编制不精准\t\t已整改" in load_bytes(page(table + BODY).encode(), "n.html")


def test_rows_of_a_table_with_a_category_merged_down_are_issues_of_that_category() -> None:
    table = (
        "<table><tr><th>序号</th><th>问题类别</th><th>审计发现的问题</th><th>整改措施</th><th>整改结果</th></tr>"
        '<tr><td>1</td><td rowspan="2">预算管理</td><td>年初预算调整幅度较大</td><td>修订预算管理办法</td>'
        "<td>已整改到位</td></tr>"
        "<tr><td>2</td><td>年末结余资金未按规定上缴财政</td><td>已全额上缴县财政</td><td>正在整改</td></tr>"
        "<tr><td>3</td><td>财务管理</td><td>往来款项长期挂账未清理</td><td>逐笔核实挂账原因</td><td>已整改到位</td></tr>"
        "</table>"
    )
    text = load_bytes(page(paragraphs("二、审计发现问题的整改情况") + table + BODY).encode(), "n.html")
    issues = extractor.extract(text).issues
    assert [(i.category, i.problem, i.status) for i in issues] == [
        ("预算管理", "年初预算调整幅度较大", "completed"),
        ("预算管理", "年末结余资金未按规定上缴财政", "in_progress"),
        ("财务管理", "往来款项长期挂账未清理", "completed"),
    ]


@pytest.mark.parametrize(
    "hidden",
    [
        '<p style="display:none">初稿：多写的一段。</p>',
        '<p style="visibility: hidden">初稿：多写的一段。</p>',
        "<p hidden>初稿：多写的一段。</p>",
        '<div class="hide"><span>初稿：多写的一段。</span></div>',
    ],
)
def test_text_a_page_never_shows_is_not_read(hidden: str) -> None:
    text = load_bytes(page(paragraphs("二、巡察反馈问题整改情况") + hidden + BODY).encode(), "n.html")
    assert "初稿" not in text and "二、巡察反馈问题整改情况" in text


def test_cells_merged_over_many_rows_and_columns_do_not_grow_the_text_past_the_page() -> None:
    row = "<tr>" + '<td colspan="999" rowspan="999">x</td>' * 200 + "</tr>" + "<tr></tr>" * 60
    markup = page("<table>" + row * 5 + "</table>" + BODY).encode()
    assert len(load_bytes(markup, "n.html")) < len(markup)


def test_the_signature_beside_an_old_page_s_font_wrapped_text_is_kept() -> None:
    markup = (
        "<html><head><title>通报</title></head><body><table><tr><td>"
        '<font face="宋体">'
        + "&nbsp;&nbsp;根据县委统一部署，县委第三巡察组对县自然资源局党组进行了巡察，现将整改情况予以公布。<br><br>"
        * 4
        + '</font><p align="right"><font>中共某县自然资源局党组<br>2024年11月8日</font></p></td></tr></table>'
        '<div class="footer">版权所有：某县自然资源局</div></body></html>'
    )
    assert load_bytes(markup.encode(), "n.html").endswith("中共某县自然资源局党组\n2024年11月8日")


def test_a_menu_whose_class_name_reads_as_a_title_is_not_the_notice_s_title() -> None:
    markup = (
        page(BODY)
        .replace(
            '<div class="wrapper">',
            '<table><tr><td class="title14"><a href="/">首页</a> | <a href="/jg">机构概况</a> | <a href="/zw">政务公开</a> | '
            '<a href="/tz">通知公告</a></td></tr></table><div class="wrapper">',
        )
        .replace(
            "<title>巡察整改通报_某某市纪委监委网站</title>", "<title>中共某局党组关于巡察整改情况的通报_某某网</title>"
        )
    )
    assert load_bytes(markup.encode(), "n.html").startswith("中共某局党组关于巡察整改情况的通报\n")


def test_a_wechat_article_s_title_is_its_heading_not_the_account_name_set_under_it() -> None:
    markup = (
        '<html><head><title>通报</title></head><body><div id="img-content">'
        '<h1 class="rich_media_title">中共某学院委员会关于巡察反馈意见整改情况的通报</h1>'
        '<div class="rich_media_meta_list"><span class="rich_media_title_account">某大学某学院</span></div>'
        f'<div class="rich_media_content" id="js_content"><section>{BODY}</section></div></div></body></html>'
    )
    assert load_bytes(markup.encode(), "n.html").startswith("中共某学院委员会关于巡察反馈意见整改情况的通报\n")


def test_the_site_s_header_lines_above_a_breadcrumb_go_with_it() -> None:
    """(gold_real13/z02 saved as a web page: "选择语言" above "您当前所在位置: 首页 > …" is the site's, not the issuer.)"""
    page = (
        "<html><body><p>选择语言</p><p>您当前所在位置: 首页 &gt; 政务公开 &gt; 审计结果公告</p>"
        "<p>关于番禺区2021年度区级预算执行和其他财政收支审计查出问题整改情况的公告</p>"
        "<p>来源:番禺区审计局 发布时间:2023-01-13 10:13:17</p><p>区政府高度重视，部署相关单位积极落实整改。</p></body></html>"
    ).encode()
    text = load_bytes(page)
    assert text.startswith("关于番禺区2021年度")
    assert extractor.extract(page).report.issuer == "番禺区审计局"


def test_a_row_number_of_a_table_set_a_cell_a_paragraph_is_kept() -> None:
    # (gold_real16/o02 saved as a page: "序号" / "举报内容" / … / "179" / the complaint: the number is the row's, not a page's.)
    cells = ["序号", "举报内容", "办结状态", "179", "来信反映:某小区楼下餐馆油烟直排。", "阶段性办结"]
    page = "<html><body>" + "".join(f"<p>{cell}</p>" for cell in cells) + "</body></html>"
    assert "\n179\n" in load_bytes(page.encode(), "page.html")


def test_a_page_that_sets_each_paragraph_in_a_block_of_its_own_keeps_its_opening_beside_its_longest() -> None:
    # (gold_real3/e12 a <div> a paragraph: its account of the work, nearly all the text, was read alone, and the opening
    # formula with the team and the dates lost.)
    lines = [
        line for line in (ROOT / "gold_real3" / "docs" / "e12.txt").read_text(encoding="utf-8").split("\n") if line
    ]
    page = "<html><body>" + "".join(f"<div>{html.escape(line)}</div>" for line in lines) + "</body></html>"
    report = extractor.extract(load_bytes(page.encode("utf-8"), "notice.html")).report
    assert (report.inspection_team, report.inspection_start, report.feedback_date) == (
        "省委巡视二组",
        dt.date(2024, 8, 20),
        dt.date(2025, 2, 21),
    )


def cms_page(content: str, meta: str) -> bytes:
    """An article page as government sites' CMSs write it: the article's title and date in the <head>'s meta tags
    (ArticleTitle, PubDate, ContentSource), the page's own heading and dateline drawn by a script, so not in its text."""
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="SiteName" content="某某县人民政府"><meta name="ColumnName" content="巡察整改">{meta}
<title>某某县人民政府</title></head><body>
<div class="top-nav"><a href="/">首页</a> <a href="/xxgk">信息公开</a></div>
<div class="main"><script>document.write(articleTitle)</script><div class="TRS_Editor">{content}</div></div>
<div class="footer">主办单位：某某县人民政府办公室 版权所有</div></body></html>""".encode()


ARTICLE_META = (
    '<meta name="ArticleTitle" content="中共某某县水利局党组关于县委巡察整改进展情况的通报">'
    '<meta name="PubDate" content="2024-05-28 10:30"><meta name="ContentSource" content="县委巡察办">'
)


def test_a_page_s_cms_date_dates_a_notice_whose_page_shows_no_dateline() -> None:
    text = load_bytes(cms_page(BODY, ARTICLE_META), "n.html")
    assert extractor.extract(text).report.publish_date == dt.date(2024, 5, 28)


def test_a_page_s_own_dateline_is_kept_over_its_cms_date() -> None:
    meta = '<meta name="PubDate" content="2021-01-09 08:00">'
    text = load_bytes(
        page(paragraphs("关于巡察整改情况的通报") + BODY).encode().replace(b"<title>", meta.encode() + b"<title>"),
        "n.html",
    )
    assert extractor.extract(text).report.publish_date == dt.date(2021, 1, 7)


def test_a_page_s_cms_article_title_heads_a_notice_whose_page_shows_no_title() -> None:
    text = load_bytes(cms_page(BODY, ARTICLE_META), "n.html")
    assert text.split("\n")[0] == "中共某某县水利局党组关于县委巡察整改进展情况的通报"
    assert extractor.extract(text).report.issuer == "中共某某县水利局党组"


def test_a_cms_title_the_text_already_opens_with_is_not_set_again() -> None:
    content = paragraphs("中共某某县水利局党组关于县委巡察整改进展情况的通报") + BODY
    text = load_bytes(cms_page(content, ARTICLE_META), "n.html")
    assert text.count("关于县委巡察整改进展情况的通报") == 1
