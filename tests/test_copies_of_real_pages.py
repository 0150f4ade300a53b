"""What a copy of a page varies in changes nothing it gives: every real page, copied as another site or tool would
copy it (in traditional characters, every paragraph indented with ideographic spaces, spaces as no-break spaces,
lines ended CRLF, punctuation full-width, quotes straight, a blank line between lines; page dates with slashes, the
signature's date in Chinese numerals, counts in words; second-level labels set as one character (㈠, as a Word list's
numbering copies out); a second-level heading run into the line below it; saved as a
web page; under a site's banner and menu or widgets around its title (font sizes in letters, "A+ A- A", among
them), over links to the pages before and after or the
site's footer), gives the page's own facts and items, read as the copy writes them. Each check runs over all the
labelled real pages, so a stage that reads the text as written where it should read the folded view
(`segment.fold`), or takes furniture for the notice, shows up on the pages it breaks."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest
from full_notices import REAL_SETS

import extractor
from extractor.models import Extraction
from extractor.segment.fold import fold
from extractor.vocab.traditional import TABLE

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(path for name in REAL_SETS for path in (ROOT / name / "docs").glob("*.txt"))

# One traditional form for each simplified character the fold reads (发 → 發 or 髮: either folds back).
_TO_TRADITIONAL = {simplified: traditional for traditional, simplified in sorted(TABLE.items(), reverse=True)}
_FULL_WIDTH = {ord(c): ord(c) + 0xFEE0 for c in ",:;()!?"}

_WIDGETS_ABOVE = "无障碍 | 长者模式 | 繁体版 | 登录 | 注册\n您当前的位置：首页 > 信息公开 > 巡察整改\n"
_WIDGETS_BELOW = "分享到：微信 微博 QQ空间\n【字号：大 中 小】\n"
# …or the font sizes set in letters and words, a bracket around them, and a media column's tab.
_SIZES_BELOW = "视频\nA+ A- A\n[ 大 中 小 ]\n默认 大号 超大\n"


def _widgets_around_title(text: str, below: str = _WIDGETS_BELOW) -> str:
    """The page under a bar of widgets and a breadcrumb, a share bar and a font-size switch under its title (where its
    first line is one)."""
    title, _, rest = text.partition("\n")
    if not title.rstrip().endswith(("通报", "报告", "公示", "公告")):
        return _WIDGETS_ABOVE + text
    return f"{_WIDGETS_ABOVE}{title}\n{below}{rest}"


def _tag_before_opening(text: str) -> str:
    """A column's tag before the opening words ("【巡察整改】根据…"), where the page opens with them before any sentence."""
    lines = text.split("\n")
    first = next((k for k, line in enumerate(lines) if "。" in line), None)
    if first is None or not lines[first].lstrip(" \t\u3000").startswith(("根据", "按照")):
        return text
    indent = len(lines[first]) - len(lines[first].lstrip(" \t\u3000"))
    lines[first] = lines[first][:indent] + "【巡察整改】" + lines[first][indent:]
    return "\n".join(lines)


def _in_chinese_digits(digits: str) -> str:
    """2024 → 二〇二四 (a year as a signature writes it)."""
    return "".join("〇一二三四五六七八九"[int(digit)] for digit in digits)


def _in_chinese_numerals(number: str) -> str:
    """3 → 三, 10 → 十, 15 → 十五, 26 → 二十六 (a month or day as a signature writes it)."""
    tens, units = divmod(int(number), 10)
    return ("" if tens == 0 else "十" if tens == 1 else _in_chinese_digits(str(tens)) + "十") + (
        _in_chinese_digits(str(units)) if units or not tens else ""
    )


def _as_web_page(text: str) -> bytes:
    """The page saved as HTML, a paragraph a line (what a browser's "save page" keeps of a plain page)."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))
    return f"<html><head><meta charset='utf-8'><title>page</title></head><body>{paragraphs}</body></html>".encode()


# (A title on a line of its own: not a heading, nor a browser's title bar joining it to the site's column, "栏目 | …".)
_TITLE_LINE = re.compile(
    r"(?m)^[ \t\u3000]*((?:[^\s。，,；;：:|｜一二三四五六七八九十(（][^\n。，；：|｜]{0,40})?关于[^\n。；：|｜]{4,60}(?:通报|报告|公示|公告))"
    r"[ \t]*$"
)


def _title_in_two_lines(text: str, before: str, after: int) -> str:
    """The page with its title (a line "…关于…的通报" near its head) set in two lines, broken before the first `before`
    at least `after` characters past its 关于 (a title as a PDF or a page sets it, its words kept whole)."""
    title = _TITLE_LINE.search(text, 0, 1500)
    if title is None:
        return text
    cut = title.group(1).find(before, title.group(1).index("关于") + after)
    if cut <= 0:
        return text
    at = title.start(1) + cut
    return text[:at] + "\n" + text[at:]


COPIES: dict[str, Callable[[str], str | bytes]] = {
    "traditional characters": lambda text: text.translate(_TO_TRADITIONAL),
    "indented paragraphs": lambda text: "\n".join(
        "\u3000\u3000" + line if line.strip() else line for line in text.split("\n")
    ),
    "no-break spaces": lambda text: text.replace(" ", "\xa0"),
    "CRLF line ends": lambda text: text.replace("\n", "\r\n"),
    "full-width punctuation": lambda text: text.translate(_FULL_WIDTH),
    "straight quotes": lambda text: text.replace("“", '"').replace("”", '"'),
    "blank lines between lines": lambda text: text.replace("\n", "\n\n"),
    "the title in two lines, its issuer above its 关于": lambda text: _title_in_two_lines(text, "关于", 0),
    "the title in two lines, broken before its 整改": lambda text: _title_in_two_lines(text, "整改", 2),
    "a site's banner and menu above": lambda text: (
        "某某县人民政府门户网站\n首页 | 政务公开 | 互动交流 | 办事服务\n" + text
    ),
    "widgets around the title": _widgets_around_title,
    "font sizes in letters and a media tab under the title": lambda text: _widgets_around_title(text, _SIZES_BELOW),
    "saved as a web page": _as_web_page,
    "a bullet before each keyed line": lambda text: re.sub(
        r"(?m)^([ \t\u3000]*)(?=(?:反馈问题|存在问题|问题|整改情况|整改措施|整改结果|整改进展|完成情况|整改)[ \t]*[:：])",
        r"\1◆",
        text,
    ),
    "labels spaced inside their brackets": lambda text: re.sub(
        r"(?m)^([ \t\u3000]*[（(])([一二三四五六七八九十\d]{1,3})(?=[)）])", r"\1 \2 ", text
    ),
    "second-level labels set as one character": lambda text: re.sub(
        r"[（(]([一二三四五六七八九十])[)）]", lambda m: chr(0x3220 + "一二三四五六七八九十".index(m[1])), text
    ),
    "a second-level heading run into the line below": lambda text: re.sub(
        r"(?m)^([（(][一二三四五六七八九十]{1,3}[)）][^\n。]{2,40})\n(?=\S)", r"\1 ", text
    ),
    "page dates with slashes": lambda text: re.sub(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", r"\1/\2/\3", text),
    "signature dated in Chinese numerals": lambda text: re.sub(
        r"(?m)^([ \t\u3000]*)(\d{4})年(\d{1,2})月(\d{1,2})日(?=[ \t\u3000]*$)",
        lambda m: f"{m[1]}{_in_chinese_digits(m[2])}年{_in_chinese_numerals(m[3])}月{_in_chinese_numerals(m[4])}日",
        text,
    ),
    "counts in words": lambda text: re.sub(
        r"(?<![\d.])([1-9])(?=个问题|项问题|个方面|项整改任务|条问题)",
        lambda m: "一二三四五六七八九"[int(m[1]) - 1],
        text,
    ),
    "links to the pages before and after below": lambda text: (
        text.rstrip()
        + "\n上一篇：中共某某县水利局党组关于巡察整改进展情况的通报\n下一篇：某某县审计局关于2023年度审计查出问题整改情况的报告\n"
        "【打印本页】【关闭窗口】\n"
    ),
    "a dated list of other notices above": lambda text: (
        "最新发布\n中共某某县委关于十四届县委第三轮巡察整改进展情况的通报 2023-05-06\n"
        "某某镇党委关于县委第二巡察组反馈意见整改情况的通报 2023-04-01\n"
        "县审计局关于2022年度预算执行审计查出问题整改情况的报告 2023-03-15\n" + text
    ),
    "a column's bulleted headlines above": lambda text: (
        "巡视巡察\n· 县委第一巡察组向县水利局党组反馈巡察情况 05-06\n"
        "· 中共某某县卫生健康局党组关于巡察整改进展情况的通报 04-01\n· 十四届县委第五轮巡察完成反馈 03-15\n正文\n"
        + text
    ),
    "a WeChat article's foot below": lambda text: (
        text.rstrip() + "\n- END -\n来源：某某发布\n编辑：张三\n审核：李四\n点击“阅读原文”查看更多\n"
    ),
    "a column's tag before the opening words": _tag_before_opening,
    "a discipline body named the source below": lambda text: text.rstrip() + "\n来源：某某县纪委监委\n",
    "the site's footer below": lambda text: (
        text.rstrip()
        + "\n扫一扫在手机打开当前页\n联系我们 | 网站地图 | 隐私声明\n主办单位：某某县人民政府办公室 承办单位：某某县大数据中心\n"
        "地址：某某县人民路1号 联系电话：0123-4567890\n网站标识码：1234000001 蜀ICP备12345678号\n"
    ),
}
# Pages a copy changes, and why: each is expected to differ until a rule reaches it.
KNOWN: dict[tuple[str, str], str] = {
    (
        "saved as a web page",
        "ao03",
    ): "a page whose only date is its archive stamp (归档时间:2021-11-12) over a breadcrumb: the "
    "text's stamp dates it, the saved page's does not",
    (
        "links to the pages before and after below",
        "am06",
    ): "an audit result whose office sent its team (寿县审计局派出审计组) "
    "and issues it: a link to the office's next result below names it the issuer, where the text alone names none",
    ("straight quotes", "w50"): "a quote inside a quote (“…不落实“三防”措施…”): straight, the four pair the wrong way",
    ("links to the pages before and after below", "af19"): "a look-alike (an audit's findings, no rectification) whose "
    "issuer the link below names an audit office of: the office the text names is taken",
    (
        "straight quotes",
        "i84",
    ): "a PDF's lines the margin broke with curly quotes, narrower with straight ones: two not read as at the margin",
    ("saved as a web page", "aj06"): "the issuer's place (莆田) comes from the breadcrumb above the title, which a web "
    "page's reading leaves out with the rest of the site's navigation",
}


def _page_text(stem: str) -> str:
    return next(page for page in PAGES if page.stem == stem).read_text(encoding="utf-8")


def _read(found: Extraction) -> tuple[object, ...]:
    """What a page gives, as a reader compares it across scripts and widths (the folded view of every value)."""

    def seen(value: object) -> object:
        if isinstance(value, dict):
            return tuple((key, seen(inner)) for key, inner in value.items())
        if isinstance(value, list):
            return tuple(map(seen, value))
        return fold(value).strip() if isinstance(value, str) else value

    report = found.report.model_dump(mode="json")
    return (
        tuple((key, seen(value)) for key, value in report.items() if key != "title"),
        tuple((seen(i.problem), i.status, tuple(map(seen, i.path))) for i in found.issues),
    )


def test_the_copies_are_checked_over_every_real_page() -> None:
    assert len(PAGES) >= 500


@pytest.mark.parametrize("copy", COPIES)
def test_a_copy_of_a_real_page_gives_what_the_page_gives(copy: str) -> None:
    changed = [
        page.stem
        for page in PAGES
        if (copy, page.stem) not in KNOWN
        and _read(extractor.extract(COPIES[copy](text := page.read_text(encoding="utf-8"))))
        != _read(extractor.extract(text))
    ]
    assert changed == []


@pytest.mark.parametrize("copy, stem", [pytest.param(*key, id="-".join(key)) for key in KNOWN])
def test_a_known_change_a_copy_makes_is_still_there(copy: str, stem: str) -> None:
    """(Strictly expected: once a rule reaches the page, its entry in KNOWN goes.)"""
    text = _page_text(stem)
    assert _read(extractor.extract(COPIES[copy](text))) != _read(extractor.extract(text)), KNOWN[copy, stem]


_WORDED_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def test_a_copy_whose_dates_lost_their_year_and_month_words_gives_the_page_s_dates_or_none() -> None:
    """A page extracted so that its dates lost 年 and 月 ("2024年7月17日" as "2024717日"): each inspection date is the
    page's where its digits, the dates around it and a period's length leave one reading, else none; never another
    date. (The publish date may fall back to the page's own date, a date of another kind.)"""
    fields = ("inspection_start", "inspection_end", "feedback_date")
    wrong, read = [], 0
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        if not _WORDED_DATE.search(text):
            continue
        lost = _WORDED_DATE.sub(lambda m: f"{m[1]}{m[2]}{m[3]}日", text)
        given, copied = extractor.extract(text).report, extractor.extract(lost).report
        for field in fields:
            was, now = getattr(given, field), getattr(copied, field)
            read += was is not None and now == was
            if now is not None and now != was:
                wrong.append((page.stem, field, was, now))
    assert wrong == []
    assert read >= 800  # (814 of the 817 such dates the pages give: the rest are left out, not misread)


def _one_line(text: str) -> str:
    """The page as one that lost its line breaks sets it: its lines run into one, a space apart."""
    return " ".join(line.strip() for line in text.split("\n")) + "\n"


# Pages whose items a copy that lost its line breaks still changes (fields a space apart with no key or label, a ledger's
# rows run into its text, a problem and its rectification set apart by sentence alone, an audit's short findings a label
# each, "1. …。  2. …", its one finding an unpunctuated line under its heading, or its findings enumerated by area
# "一是…方面的问题。…"): each is expected to
# differ until a rule reaches it. Every other page gives its items so ("…予以公布。 一、…方面 （一）关于…的整改 1.针对…",
# "…有差距 （一）政治站位不高的问题 局党委…", "…已完成。 反馈问题：…", "…有差距。  问题2.…", "…进行公示。 整改任务：…",
# "…予以通报。 大亚湾开发区 针对…问题。一是…", "…公示 反馈问题 郴州市… 整改目标 …").
LOST_LINE_BREAKS_KNOWN = frozenset(
    "am02 am05 am07 am08 an01 ao03 w14 w16 w32 w50 w60 w62 w79 w80 w83 z06 j01 j02 j05 j08 o05 o10 l08 i16 i17 i18 i22 f12 "
    "ab01 ab04 ab05 ab11 o02 o03 ad01 ad02 ad03 ad04 ad05 ad06 ad09 af01 af02 af03 af06 af14 ag07 ag10 ag11 w85 ar07 au01 au02 aw09".split()
)


def _items(text: str) -> tuple[object, ...]:
    return cast(tuple[object, ...], _read(extractor.extract(text))[1])


def test_a_copy_that_lost_its_line_breaks_gives_the_page_s_items() -> None:
    changed = [
        page.stem
        for page in PAGES
        if page.stem not in LOST_LINE_BREAKS_KNOWN
        and _items(_one_line(text := page.read_text(encoding="utf-8"))) != _items(text)
    ]
    assert changed == []


@pytest.mark.parametrize("stem", sorted(LOST_LINE_BREAKS_KNOWN))
def test_a_known_change_a_copy_without_line_breaks_makes_is_still_there(stem: str) -> None:
    """(Strictly expected: once a rule reaches the page, it leaves LOST_LINE_BREAKS_KNOWN.)"""
    text = _page_text(stem)
    assert _items(_one_line(text)) != _items(text)


# …and whose own facts such a copy keeps: its formula run on after the page's metadata and the title set again
# ("…发布时间: 2025-06-27 作者: 来源: 浏览量: 中共…的通报 根据市委巡察工作的统一安排部署，…"), its signature run on after
# an address ("…大楼415室 松江河林业局 2019年12月5日"), its publication date run into its head ("…审计结果 发布日期:2021-12-28
# 信息来源: 2021年第04号 根据…"), a report's speaker between spaces ("…会议上 北京市审计局局长 马兰霞 主任、…"), a
# metadata table at its head ("索引号: | … | 发文日期: | … 根据…"), its signature before its annex ("…受理电话:… 中共广州市委 广州市
# 人民政府 2025年3月13日 附表 …"), its page's date under a bare key ("来源:… 时间:2023-12-27 5月10日，…") and that date, in
# figures between fields, no feedback date ("…区交通运输局 2024-03-20 主动公开 … 2023年7月…出具了…审计报告"), its whole
# title after the site's words with no breadcrumb ("…星期二  中共济南市委关于…的通报  发布日期:…") or a column's name ("政府公告
# 中共廊坊市委关于…的通报  2022年08月16日 来源:… 根据省委部署，…"), a title whose two issuers a space parts, its text opening
# with other words than a formula ("…专题专栏  中共汉中市委 汉中市人民政府关于…的通报  截至…"), a body's name a space before
# its title's 关于 after a column's name ("新闻中心  …人民医院 关于…的公告  2023-11-01 1531 分享到:  根据…《…》"), its
# metadata run into its title and text ("…实施方案  发布机构: …人民政府 发布时间: 2018-09-05 字体: [ ] 为认真贯彻…"), its
# signature before a note on reprinting ("… 2025年1月13日 转载请注明来源…"), a report's delivery after its title ("…的报告
# --20211228日在…会议"), its day in figures before its source ("…整改情况  2018-02-08 文章来源…"), the site's welcome
# before it all ("欢迎访问…网站! … 根据…"), a headline before its source and day ("…反馈巡察情况  来源: …巡察办 时间:…"), a
# title before its editor ("…整改进展情况 编辑:… 发表时间:…"), its day among its fields ("• 2022-01-18 •", "…的通报
# (2024-07-26)  来源:", "… 2024-01-18 主动公开") or an announcement's own ("…的公告 (2020年10月9日公告) 根據…").
LOST_LINE_BREAKS_FACTS = (
    *("i30", "w73", "w94", "w03", "w52", "w58", "f11", "l10", "o04", "q10", "i15"),
    *("b01", "b05", "e02", "i02", "i38", "p07", "w70", "y18", "z04", "d15", "f10", "i70", "w63"),
    *("y07", "w90", "i16", "i18", "y03", "w13", "e10", "p09", "i17"),
    *("l01", "s02", "w81", "g10", "w66", "b10", "w83", "i79", "i85"),
    *("w104", "w56"),
    *("w44", "w69", "w79", "y09", "h12", "w35", "j13", "i11"),
    *("w93", "l07", "g08", "w92", "i07", "y08"),
    *("j03", "w57", "p08", "w64"),
)


@pytest.mark.parametrize("stem", LOST_LINE_BREAKS_FACTS)
def test_a_copy_that_lost_its_line_breaks_gives_the_page_s_facts(stem: str) -> None:
    text = _page_text(stem)
    assert _read(extractor.extract(_one_line(text)))[0] == _read(extractor.extract(text))[0]


def as_pdf_spaced(text: str) -> str:
    """The page as a PDF's text gives it when its digits are set in another font: a space on each side of them
    ("于 2023 年 3 月 5 日", "发现 12 个问题")."""
    return re.sub(r"(?<=\d)(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])(?=\d)", " ", text)


def closed_up(value: object) -> object:
    """A reading (`_read`) with the spaces by digits taken out: a value the spaced copy gives back as it writes it."""
    if isinstance(value, tuple):
        return tuple(map(closed_up, value))
    return (
        re.sub(r"(?<=\d) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=\d)", "", value)
        if isinstance(value, str)
        else value
    )


# Pages the spaced copy changes, and why (strictly expected, as KNOWN).
PDF_SPACED_KNOWN = {
    "j03": "a page whose fields a space parts, each by a digit: read past with the spaces the copy set",
    "ad05": "a table flattened a space between cells: the spaces the copy sets by digits split its cells",
}


def test_a_copy_spaced_around_its_digits_gives_the_page_s_facts_and_items() -> None:
    changed = [
        page.stem
        for page in PAGES
        if page.stem not in PDF_SPACED_KNOWN
        and closed_up(_read(extractor.extract(as_pdf_spaced(text := page.read_text(encoding="utf-8")))))
        != closed_up(_read(extractor.extract(text)))
    ]
    assert changed == []


@pytest.mark.parametrize("stem", sorted(PDF_SPACED_KNOWN))
def test_a_known_change_a_copy_spaced_around_its_digits_makes_is_still_there(stem: str) -> None:
    text = _page_text(stem)
    spaced = closed_up(_read(extractor.extract(as_pdf_spaced(text))))
    assert spaced != closed_up(_read(extractor.extract(text))), PDF_SPACED_KNOWN[stem]


def a_line_per_sentence(text: str) -> str:
    """The page as one that sets each sentence in a paragraph of its own gives it (a `<p>` a sentence, as many WeChat
    articles and site editors do): a line break after every full stop that no quote or bracket closes."""
    return re.sub(r"。(?=[^\n”）)])", "。\n", text)


def _items_closed_up(text: str) -> tuple[object, ...]:
    """The page's items (`_items`), each problem without its line breaks: one stated over several lines is the same."""
    found = extractor.extract(text)
    return tuple((re.sub(r"\s+", "", fold(i.problem)), i.status, tuple(map(fold, i.path))) for i in found.issues)


# Pages whose items the copy with a line a sentence still changes, and why (strictly expected, as KNOWN).
SENTENCE_APART_KNOWN = {
    **dict.fromkeys(
        (
            "w80",
            "j03",
            "j05",
            "i22",
            "i18",
            "ab06",
            "ad05",
            "ad09",
            "ag11",
        ),
        "a table whose cells stand between bars or one a line: a break inside a cell breaks its row",
    ),
    "w03": "整改目标：…。 then a second deadline (2019年12月底前，…。) a key of the same stage follows: read as a problem",
    **dict.fromkeys(("o01", "ad12"), "a break inside the complaint the opening quotes"),
    "af08": "a keyed field's second sentence (整改结果:…。2025年6月15日,完成覆土复垦。) on a line of its own reads as an item",
    **dict.fromkeys(
        ("w73", "r01", "aw05"),
        "a copy that stops inside an item: its sentences apart, the item cut off is no longer told from a whole one",
    ),
    "am07": "a list a line each, then a detail section whose heading a break splits ('854户重新住进' / '应拆房屋'): a line a "
    "sentence runs the list's items into one",
    "am06": "items presented after their key in one line (审计反映问题:1.…。2.…): a sentence a line leaves the key over item "
    "1 alone, and the list is no longer read as presented",
    "an01": "findings as unnumbered paragraphs under an area heading (组织建设滞后。2025年9月,…): a sentence a line, the "
    "problem stands apart from its measures",
    "ar01": "a problem of two sentences set as its heading (一、<figures>。<verdict>。): a line a sentence leaves the verdict "
    "out of it",
    "au11": "an audit's one finding in a paragraph of two sentences, the second its figures (…造成多结算工程價款…元。工程送審…): "
    "a line a sentence reads the figures as a second finding",
    "aw09": "an audit's findings enumerated by area, each a headline then its shortfalls (一是…方面的问题。未及时修订…): a line "
    "a sentence reads the shortfalls as findings of their own",
}


def test_a_copy_with_a_line_a_sentence_gives_the_page_s_items() -> None:
    changed = [
        page.stem
        for page in PAGES
        if page.stem not in SENTENCE_APART_KNOWN
        and _items_closed_up(a_line_per_sentence(text := page.read_text(encoding="utf-8"))) != _items_closed_up(text)
    ]
    assert changed == []


@pytest.mark.parametrize("stem", sorted(SENTENCE_APART_KNOWN))
def test_a_known_change_a_copy_with_a_line_a_sentence_makes_is_still_there(stem: str) -> None:
    text = _page_text(stem)
    assert _items_closed_up(a_line_per_sentence(text)) != _items_closed_up(text), SENTENCE_APART_KNOWN[stem]


# A page's number or a long article's pager between two lines of the items, as a print-out or a paged article sets it
# inside the text, or a folded article's prompt to read on, or an image's to see it larger: each is tried after every
# line past the first item's, in turn; or what a copy kept of an image or of the markup (a mirror's "img", its tags); or
# what a news page sets around a picture or a video (its caption, its credit, the player's placeholder).
_INSIDE_ITEMS = (
    *("- 2 -", "第2页 共5页", "2 / 7", "上一页 1 2 3 下一页", "展开全文", "▲点击图片查看大图", "继续阅读"),
    *("img", '<b id="mzcvq"><p id="mzcvq"></p></b>', "扫码阅读手机版", "附件下载："),
    *("图为巡察组反馈会现场", "（记者 张三 摄）", "（图片来源：县融媒体中心）", "图1", "视频加载中..."),
)


def test_a_page_number_a_pager_or_a_prompt_between_the_lines_of_the_items_changes_none_of_them() -> None:
    changed = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        issues = extractor.extract(text).issues
        lines = text.split("\n")
        first = next((k for k, line in enumerate(lines) if issues and issues[0].problem[:8] in line), None)
        if len(issues) < 2 or first is None:
            continue
        given = _items(text)
        for k in range(first + 1, len(lines)):
            furniture = _INSIDE_ITEMS[k % len(_INSIDE_ITEMS)]
            if _items("\n".join([*lines[:k], furniture, *lines[k:]])) != given:
                changed.append((page.stem, k, furniture))
    assert changed == []


_CUTS = 30  # the places, evenly spaced through its items, where each page is cut as a stored opening may be


def test_a_copy_cut_after_a_section_heading_that_names_a_status_gives_no_item() -> None:
    """An audit's summary cut after its next section's first words ("…57项已整改到位。" / "三、未完成整改"): the heading, no
    more than a status, is no item ending in its status; nothing is given."""
    text = _page_text("z02")
    cut = text.index("三、未完成整改") + len("三、未完成整改")
    assert extractor.extract(text[:cut]).issues == []


def test_a_copy_cut_inside_the_items_gives_no_item_the_whole_page_does_not() -> None:
    """A stored copy stops mid-text: every item it gives is one of the whole page's, or none (an item it cuts is left
    out, not given with what the end left of it)."""
    invented = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        whole = {issue.problem for issue in extractor.extract(text).issues}
        first = min((text.find(problem[:6]) for problem in whole if problem[:6] in text), default=-1)
        if len(whole) < 2 or first < 0:
            continue
        for k in range(1, _CUTS + 1):
            cut = first + (len(text) - first) * k // (_CUTS + 1)
            invented += [
                (page.stem, cut, issue.problem)
                for issue in extractor.extract(text[:cut]).issues
                if issue.problem not in whole
            ]
    assert invented == []
