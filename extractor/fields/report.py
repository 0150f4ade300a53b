"""The notice's own facts: title, issuer, who inspected whom and when, declared counts, contacts.

Notices open with a fixed formula (根据…统一部署，X年X月X日至X月X日，<team>对<unit>进行了巡察。
X月X日，<team>反馈了巡察意见…) and close with a contact block and a signature; the rules read
those formulas, not any one notice's wording.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple, cast

from extractor.fields.dates import (
    lost_date_within,
    lost_month_within,
    month_day_readings,
    parse_dates,
    readings_within,
    to_date,
    two_way_end,
    within_a_period,
)
from extractor.fields.status import first_phrase_span, group_status, has_phrase
from extractor.lazy_re import LazyPattern, compile_shared
from extractor.models import Contacts, Report, Status, StatusCounts
from extractor.segment.fold import as_written, fold
from extractor.segment.lines import Para
from extractor.segment.outline import Outline
from extractor.vocab import furniture, places
from extractor.vocab import report as V
from extractor.vocab.columns import heads_columns, names_a_column
from extractor.vocab.dates import (
    BODY_NAME_LAST,
    DATE,
    ENDED_BY_RANGE_WORD,
    LOST_DAY_END,
    LOST_WORDS_END,
    PERIOD_PARTS,
    RANGE_SEP,
    WORDLESS_DATE,
    is_date_line,
    is_signature,
    names_a_signatory,
)
from extractor.vocab.glyphs import LOST_MARKS
from extractor.vocab.headings import BULLETS, TITLE_ENDS, TITLE_OR_TOPIC_ENDS, WORK_TITLE
from extractor.vocab.numerals import to_int
from extractor.vocab.report import EITHER_STATUS as _EITHER
from extractor.vocab.report import UP_TO as _UP_TO
from extractor.vocab.sections import FORMULA_LISTS
from extractor.vocab.status import AHEAD_WORDS, STAGED

_COLUMN_NAME = 8  # the longest a column's name a breadcrumb ends with is taken to be


_HEAD_PARAS = 12  # the most paragraphs a page's head holds before the body, besides a list of links over the title
_LISTED_AT_MOST = 12  # …and the most titles that list holds
_TITLE_HALF = 40  # the longest first line of a title set over two


def _columns(outline: Outline, crumbs: list[Para]) -> set[str]:
    """The site's columns its breadcrumbs name: a line of its own that repeats one ("行业新闻") is no title.

    (A breadcrumb's steps before its last are columns; so is its last, where that is a column's short name and not the
    page's title: "首页 > 政务信息 > 审计结果公告".)"""
    return {
        re.sub(r"\s+", "", step)
        for crumb in crumbs
        for steps in [furniture.CRUMB_SEPARATOR.split(outline.folded[crumb.start : crumb.end].strip())]
        for step in (steps if len(steps[-1].strip()) <= _COLUMN_NAME and "关于" not in steps[-1] else steps[:-1])
    }


def _head_lines(outline: Outline) -> tuple[list[str], int]:
    """The title block (short lines before the first body paragraph, letterhead and page metadata
    dropped) and the offset where the body begins."""
    lines: list[str] = []
    above_crumbs: list[str] = []
    body_start = 0
    head = outline.paras[: _HEAD_PARAS + _LISTED_AT_MOST]
    listed = 0  # other pages' titles over the notice's, read past
    crumbs = [
        crumb for crumb in outline.furniture if head and crumb.start < head[-1].start and _is_crumb(outline, crumb)
    ]
    columns = _columns(outline, crumbs)
    for k, para in enumerate(head):
        if k >= _HEAD_PARAS + listed:
            break
        line = outline.folded[para.start : para.end]
        if lines and crumbs and any(head[k - 1].end <= crumb.start < para.start for crumb in crumbs):
            # The page's head above its breadcrumb (a site's banner, a welcome line): no part of the title, unless no
            # title follows (the page's own, a saved page opening with it: "…督察组群众举报件信息公开" / "当前位置:…").
            above_crumbs, lines = [line for line in lines if _shaped_as_title(line)][-1:], []
        if furniture.META_LINE.search(_unspammed(line)) and not V.BODY_START.match(line):
            # A page that lost its line breaks runs its metadata, title and opening formula into one line
            # ("…公开方式：主动公开中共…的通报发布时间：…打印关闭根据县委统一部署，…"): the body begins at the formula.
            run_in = V.RUN_IN_BODY.search(line, 0, _RUN_IN_REACH) if len(line) > _RUN_IN_LINE else None
            if run_in:
                # (…its title there, or in the lines above where the line holds none: "…的反馈意见" / "JBO官网APP首页登录
                # 根据市委…部署，…", a spam mirror's words run into the body.)
                title = V.RUN_IN_TITLE.search(line, 0, run_in.start())
                return ([outline.text[para.start + title.start() : para.start + title.end()]] if title else lines), (
                    para.start + run_in.start()
                )
            body_start = para.end
            continue
        if (
            lines
            and (_ends_as_title(lines[-1], TITLE_OR_TOPIC_ENDS) or _is_body(line.strip()))
            and _dateline_between(outline, body_start, para)
        ):
            # The page's dateline under a title: what follows is the page's (its site's name), the body, or the
            # office that issues it ("…整改进展情况" / "信息发布：…" / "…督察整改工作领导小组办公室").
            break
        if furniture.CARRIED_OVER.match(line):
            lines, body_start = [], para.end  # another article's end, carried over from an earlier page
            continue
        if V.SERIES_NUMBER.fullmatch(line.strip()):
            lines, body_start = [], para.end  # a series' heading and its number ("审计结果公告" / "2024年第3号")
            continue
        body_start = para.start
        if (
            (V.BODY_START.match(line) and not is_date_line(line))
            or len(line) > 70
            or line.endswith(("。", ":", "："))
            or "\t" in line
        ):
            break  # (a line of tab-separated cells: a ledger's header, under its title)
        if outline.root.children and para.start >= outline.root.children[0].start:
            break
        if lines and V.KEYED_HEAD_LINE.match(line):
            break  # "关于…的解读" / "解读人：…局长王静": the title has ended
        if heads_columns(line):
            break  # a table's header row under its caption ("序号 受理编号 交办问题基本情况 …")
        if names_a_column(line) and not (
            lines and not _ends_as_title(lines[-1], TITLE_OR_TOPIC_ENDS) and _ends_as_title(line, TITLE_OR_TOPIC_ENDS)
        ):
            # A table's header set one cell a line (序号 / 受理编号 / …): the title has ended above it. (Not a title's
            # last line that reads as a column's name: "…巡察7个乡镇(街道)" / "整改进展情况".)
            break
        if lines and V.BRACKETED_LINE.fullmatch(line.strip()) and not V.PART_OF_SERIES.fullmatch(line.strip()):
            body_start = para.end
            continue  # a byline in brackets under the title ("（…督察整改工作领导小组办公室　2025年8月）")
        body_start = para.end
        if line.endswith("文件") or is_date_line(line) or (furniture.MASTHEAD.search(line) and not _site_titled(line)):
            continue
        if (speaker := V.SPEAKER.match(line.strip())) and speaker.group(1) and speaker.end() == len(line.strip()):
            continue  # a report's speaker under its title, or heading a reprint that dropped it ("省审计厅厅长 胡章胜")
        if re.sub(r"\s+", "", line) in columns or furniture.META_VALUE_LINE.match(line.strip()):
            continue  # (a column's name; a metadata value without its key: "招标联系人-", "主动公开")
        if not lines and furniture.MENU_ROW.match(line):
            continue  # a site's menu above the title ("医院概况  新闻中心  科室导航  专家介绍")
        if furniture.lists_things(line) and "关于" not in line:
            continue  # a spam mirror's keywords by the title ("…新葡京官网,…投注,…"), whatever its words: no title lists
        if (line.count("|") + line.count("｜") >= 2) and not _site_titled(line):
            continue  # a row of the page's metadata table ("公开责任部门 | 紫阳县政府办公室 | 公开形式: | 主动公开 |")
        if (
            furniture.COLUMN_LINE.match(line)
            or furniture.ENGLISH_NAME.search(line)
            or furniture.BILINGUAL_COLUMN.match(line)
            or furniture.FILE_NAME.match(line)
        ):
            # A site's column over the title ("党建专栏"), its banner with its English name, or the name of the file a
            # document-sharing site shows ("关于…的报告.docx"): no part of the title.
            continue
        if _bulleted(line) and _in_a_list(outline, head, k):
            continue  # a column's list of other notices' titles, "· 中共…的通报" a line, beside the notice
        # (A bullet a page sets before its title, "• 中共…的通报", is no part of it; nor are the marks of characters a
        # page lost before it: "???????? 中共達州市委".)
        compact = re.sub(r"\s+", "", V.TITLE_DATE.sub("", outline.text[para.start : para.end])).lstrip(BULLETS)
        compact = _unspammed(_unnumbered(_titled_part(compact))).lstrip(LOST_MARKS)
        if not compact:
            continue
        if V.TITLE_LABEL.match(fold(compact)):
            lines = []  # a reprint's own headline above the notice's title, which it labels (原标题：关于…)
        if compact in lines:
            # Pages often repeat the title, at once or past a line of their own ("…整改情况" / "体育正文 76 0" /
            # "…整改情况"): once, without what came between.
            lines = lines[: lines.index(compact) + 1]
            continue
        lines.append(compact)
        if (
            (_ends_as_title(compact, TITLE_ENDS) or _numbered_last(compact))
            and not _title_goes_on(outline, head[k + 1 : k + 2])
            and not _numbered_below(outline, head[k + 1 : k + 2])
        ):
            if listed < _LISTED_AT_MOST and _another_title_below(outline, compact, head[k + 1 : k + 3]):
                # (A list of other pages' titles above the notice's: "…的通报" / "…的公示".)
                lines, listed = [], listed + 1
                continue
            break  # the title is complete; a part heading such as 整改进展情况（一） may follow
    # A line above the title's words that names no body and no place and holds none of them is the page's (a widget's
    # caption or a loading notice, "头部背景图" or "Loading……" over "关于…的公示"): no part of the title, nor its issuer.
    worded = next((k for k, line in enumerate(lines) if V.TITLE_WORD.search(fold(line))), 0)
    lines = [line for k, line in enumerate(lines) if k >= worded or _may_open_a_title(line)]
    # A unit's name set above a title that repeats it (岱川县第二中学 / 中共岱川县第二中学…关于…) is a masthead.
    # The page's name above the title it shortens (…督察回头看反馈意见 / …督察“回头看”反馈意见…清单) too.
    bare = [re.sub(r"[“”\"'《》〈〉「」]", "", line) for line in lines]
    lines = [line for k, line in enumerate(lines) if not (k + 1 < len(lines) and bare[k] in bare[k + 1])]
    if not any(V.TITLE_SHAPE.match(fold(line)) for line in lines):
        # The page's metadata may give the title ("标题：中共…的通报"), or a site's header (资讯中心 / Information
        # Center / 联系我们 / 电话: …) may fill the head: the title is the first line shaped as one before the body.
        keyed = _page_meta_title(outline) or _shared_file_title(outline) or _breadcrumb_title(outline, body_start)
        found = None if keyed else _title_further_down(outline)
        if keyed:
            lines = [keyed]
        elif found:
            lines, body_start = [_titled_part(found[0])], found[1]
        elif above_crumbs:
            lines = above_crumbs
    whole = _whole_title_at(lines)
    if whole is not None:
        lines = lines[whole:]
    if len(lines) >= 2 and _portal_over_own_title(fold(lines[-2]), fold(lines[-1])):
        lines = lines[-1:]
    # The title begins below the page's words ("简体| 繁體| 无障碍服务| 长者模式", "欢迎访问…网站!", "00006版:要闻", "附件1"),
    # and ends above those under it.
    page_words = [k for k, line in enumerate(lines) if V.NOT_TITLE_LINE.search(line)]
    titled = next(
        (k for k in range(len(lines) - 1, -1, -1) if k not in page_words and _shaped_as_title(lines[k])), None
    )
    if titled is not None:
        lines = lines[: next((k for k in page_words if k > titled), len(lines))]
    above = [k for k in page_words if k < (len(lines) - 1 if titled is None else titled)]
    lines = lines[above[-1] + 1 :] if above else lines
    about = next((k for k, line in enumerate(lines) if fold(line).startswith("关于")), None)
    if about is not None and about >= 2:
        # Only the issuer's line stands above 关于…; a site's owner above it does not, but a party body signing with
        # the body under it does ("中共…开发区工作委员会" / "…开发区管理委员会" / "关于…").
        joint = V.PARTY_SIGNATORY.search(fold(lines[about - 2])) and all(map(_is_body, lines[about - 2 : about]))
        lines = lines[about - 2 :] if joint else lines[about - 1 :]
    if len(lines) == 1 and (formal := _formal_title_below(outline, lines[0], body_start)):
        # A headline that shortens its issuer ("柳塘镇党委关于…的通报"), the notice's own title with the formal name
        # below it ("中共…柳塘镇委员会关于…的通报").
        lines, body_start = [formal[0]], formal[1]
    elif len(lines) == 1 and "关于" not in fold(lines[0]) and (own := _own_title_below(outline, body_start)):
        # A page's headline ("市委巡察整改进展情况的通报"), the notice's own title below it ("中共…委员会" / "关于…的通报").
        lines, body_start = own
    elif len(lines) == 1 and fold(lines[0]).startswith("关于"):
        # A page's title without its issuer, the notice's own below it with one ("关于丹霞区…的报告" / page
        # metadata / "丹霞区人民政府关于…的报告"): the notice's.
        below = _whole_title_below(outline, body_start)
        if below:
            lines, body_start = [below[0]], below[1]
        elif issuer_below := _issuer_below(outline, body_start):
            # …or the issuing body on a line of its own under it ("关于…的通报" / "中共…总支部委员会").
            lines, body_start = [issuer_below[0], lines[0]], issuer_below[1]
    if len(lines) == 1 and _names_a_body_only(fold(lines[0])):
        lines = []  # a body's name alone, the page's source or the site's owner ("区审计局"): no title
    return lines[-4:], body_start


def _shaped_as_title(line: str) -> bool:
    """Whether a head line is shaped as a whole title, with 关于 or naming the work (`vocab.headings.WORK_TITLE`)."""
    folded = fold(line)
    return V.TITLE_SHAPE.match(folded) is not None or WORK_TITLE.match(folded) is not None


def _whole_title_at(lines: list[str]) -> int | None:
    """Where the last whole title (its issuer, 关于…, its document word) opens among the head's lines past the first: a
    line that is one, or one that opens one the lines below carry on (a title set in two lines, "天津市…党组关于…巡视" /
    "整改进展情况的通报"). None where the line above ends on hearing it ("…会议听取"): the title is a headline's object."""
    for k in range(len(lines) - 1, 0, -1):
        line = fold(lines[k])
        if V.WHOLE_TITLE.match(line) or (
            not line.startswith("关于") and V.opens_title(line, fold("".join(lines[k + 1 :])))
        ):
            if V.HEARS_TITLE.search(fold(lines[k - 1])):
                return None
            # (A title broken inside its issuer's name, "中共…有限公司" / "委员会关于…的通报", opens on the line above.)
            return k - 1 if V.NAME_TAIL_FIRST.match(line) else k
    return None


def _portal_over_own_title(above: str, title: str) -> bool:
    """Whether `above` is a site's owner over a title that names its own place and takes no issuer before it
    ("深圳市罗湖区人民政府" / "罗湖区2023年度…审计查出问题整改情况的报告"; "临沧市人民政府" / "临夏州贯彻落实…整改进展
    情况", a page a portal reposts): only a title of 关于… does."""
    return (
        _NAME_ONLY.fullmatch(above) is not None
        and _is_body(above)
        and "关于" not in title
        and V.TITLE_PLACE.match(title) is not None
        and _ends_as_title(title, TITLE_OR_TOPIC_ENDS)
    )


def _ends_as_title(line: str, ends: tuple[str, ...]) -> bool:
    """Whether a head line ends as a title does, a note in brackets after it aside ("…的报告（摘要）")."""
    return V.TITLE_NOTE.sub("", fold(line)).endswith(ends)


def _numbered_last(line: str) -> bool:
    """Whether a head line ends as a title of a series does, its number last ("…边督边改公开情况（第六批）"): no
    caption under it is the title's."""
    series = V.PART_OF_SERIES.search(line)
    return series is not None and series.end() == len(line) and _ends_as_title(line, TITLE_OR_TOPIC_ENDS)


def _numbered_below(outline: Outline, following: list[Para]) -> bool:
    """Whether the next line numbers a series' issue ("2024年第3号"): what stands above it is the series' heading."""
    return (
        bool(following)
        and V.SERIES_NUMBER.fullmatch(outline.folded[following[0].start : following[0].end].strip()) is not None
    )


def _site_titled(line: str) -> bool:
    """Whether a line that ends in a site's name is a page's title with it ("中共…的通报 - 文档分享网")."""
    compact = re.sub(r"\s+", "", line)
    part = _titled_part(compact)
    return part != compact and (V.WHOLE_TITLE.match(part) or V.TITLE_SHAPE.match(fold(part))) is not None


def _in_a_list(outline: Outline, head: list[Para], k: int) -> bool:
    """Whether the paragraph before or after head[k] opens with a bullet as it does: a list of links."""
    return any(_bulleted(outline.folded[head[j].start : head[j].end]) for j in (k - 1, k + 1) if 0 <= j < len(head))


def _bulleted(line: str) -> bool:
    first = line.lstrip()[:1]
    return first != "" and first in BULLETS


def _title_goes_on(outline: Outline, following: list[Para]) -> bool:
    """Whether the next line carries on a title that already ends like one: "永安市贯彻落实第三轮省生态环境保护督察报告" /
    "整改方案整改情况的公示" (a short line that ends as a title, with no 关于 of its own and no body's opening), or numbers
    it in a series ("（第二批）")."""
    if not following:
        return False
    line = outline.folded[following[0].start : following[0].end].strip()
    if V.PART_OF_SERIES.fullmatch(line):
        return True  # "…的通报" / "（第二批）"
    return (
        len(line) <= _TITLE_LINE and line.endswith(TITLE_ENDS) and "关于" not in line and not V.BODY_START.match(line)
    )


def _dateline_between(outline: Outline, start: int, para: Para) -> bool:
    """Whether a line of the page's metadata (日期：… 来源：…) stands between `start` and `para`."""
    return any(
        start <= line.start and line.end <= para.start and furniture.is_meta_line(outline.folded[line.start : line.end])
        for line in outline.furniture
        if line.start < para.start
    )


_TITLE_LINE = 30  # the longest line of a title set over several
_BELOW_LOOKS = 4  # the paragraphs looked through for a notice's own title below its page's


def _paras_below(outline: Outline, start: int) -> list[Para]:
    """The first paragraphs from `start`, where a page's title may have a notice's own below it."""
    at = outline.para_index(start)
    return outline.paras[at : at + _BELOW_LOOKS]


def _byline_body(outline: Outline, start: int) -> str | None:
    """The body named alone on the line that opens the text after its title (and the page's dateline): the office
    that issues it ("…整改进展情况" / "信息发布：…" / "…督察整改工作领导小组办公室")."""
    below = _paras_below(outline, start)
    line = outline.folded[below[0].start : below[0].end].strip() if below else ""
    if not (V.OFFICE_END.search(line) and _NAME_ONLY.fullmatch(line)):
        return None
    return outline.text[below[0].start : below[0].end].strip()


def _names_a_body_only(line: str) -> bool:
    """Whether a line is an office's or a party body's name and nothing else ("区审计局", not "…召开…通报会")."""
    return _NAME_ONLY.fullmatch(line) is not None and bool(V.OFFICE_END.search(line) or V.PARTY_BODY_END.search(line))


_NAME_ONLY = compile_shared(r"[\u4e00-\u9fff（）()]{3,40}")  # (a body's name alone, 40 characters at most)


def _issuer_below(outline: Outline, start: int) -> tuple[str, int] | None:
    """(a party body's formal name alone on a line, where the body begins) among the first paragraphs from
    `start`, page metadata aside."""
    for para in _paras_below(outline, start):
        line = outline.folded[para.start : para.end].strip()
        if V.FORMAL_BODY.fullmatch(line):
            return outline.text[para.start : para.end].strip(), para.end
        if not furniture.META_LINE.search(line):
            return None
    return None


def _own_title_below(outline: Outline, start: int) -> tuple[list[str], int] | None:
    """(the lines of a whole title with 关于, where the body begins) among the first paragraphs from `start`: on one line,
    or its issuer's formal name on the line above its 关于…."""
    if whole := _whole_title_below(outline, start):
        return [whole[0]], whole[1]
    if issuer := _issuer_below(outline, start):
        after = _paras_below(outline, issuer[1])[:1]
        line = re.sub(r"\s+", "", outline.text[after[0].start : after[0].end]) if after else ""
        if fold(line).startswith("关于") and fold(line).endswith(TITLE_ENDS):
            return [issuer[0], line], after[0].end
    return None


def _formal_title_below(outline: Outline, headline: str, start: int) -> tuple[str, int] | None:
    """(the notice's own title, where the body begins) below a headline that says it with a shorter issuer."""
    about = fold(headline).find("关于")
    below = _whole_title_below(outline, start) if about >= 2 else None
    if below is None or fold(below[0]).count("关于") != 1 or not fold(below[0]).endswith(fold(headline)[about:]):
        return None
    return below if len(below[0]) > len(headline) else None


def _whole_title_below(outline: Outline, start: int) -> tuple[str, int] | None:
    """(a whole title with its issuer, where the body begins) among the first paragraphs from `start`."""
    for para in _paras_below(outline, start):
        compact = _unnumbered(re.sub(r"\s+", "", outline.text[para.start : para.end]))
        if V.WHOLE_TITLE.match(fold(compact)):
            return compact, para.end
    return None


def _unnumbered(line: str) -> str:
    """A title line without the page number a sharing site runs into it ("1、中共…关于…的通报")."""
    numbered = V.PAGE_NUMBER.match(line)
    rest = line[numbered.end() :] if numbered else line
    return rest if numbered and V.WHOLE_TITLE.match(fold(rest)) else line


_RUN_IN_LINE = 60  # the shortest line read as metadata, title and opening run together
_RUN_IN_REACH = 500  # …and how far into it the opening formula is looked for (the page's head: crumbs, title, metadata)


_TITLE_AT_LEAST = 6  # the shortest title a line that says it twice is read as said once


def _unspammed(line: str) -> str:
    """A head line without the betting site's brand a spam mirror ran into it (`furniture.SPAM_PREFIX`), where what is
    left is a title that opens with its issuer, its place, its year or 关于 ("JBO官网APP首页登录中国红十字会总会关于…");
    not a title on an app or a login ("市政务服务APP整改情况的通报")."""
    spam = furniture.SPAM_PREFIX.match(line)
    rest = fold(line[spam.end() :]) if spam else ""
    opens = V.WHOLE_TITLE.match(rest) or (
        _shaped_as_title(rest)
        and (rest.startswith(("中共", "关于")) or V.TITLE_PLACE.match(rest) or _YEAR_FIRST.match(rest))
    )
    return line[spam.end() :] if spam and opens else line


_YEAR_FIRST = compile_shared(r"\d{4}年")


def _titled_part(line: str) -> str:
    """A head line run together with its site's or column's name the way a browser's page title is
    ("巡察整改|中共…的通报", "中共…的通报_某某县人民政府", "中共…的通报-某某县纪委监委"): the one part that is a whole
    title with its issuer, where only one is (not a WeChat headline's "巡察整改进展情况公示｜县委宣传部")."""
    half = len(line) // 2
    if len(line) % 2 == 0 and half >= _TITLE_AT_LEAST and line[:half] == line[half:]:
        return line[:half]  # a page's title and the notice's own, run together where it lost its line breaks
    parts = V.PAGE_TITLE_PARTS.split(line)
    if len(parts) < 2:
        return line
    titled = [part for part in parts if V.WHOLE_TITLE.match(fold(part))]
    if not titled and fold(parts[0]).startswith("关于"):
        # A title with no issuer, the column's and the site's names after it: "关于…的通报_党建动态_南湖城建集团".
        titled = [part for part in parts if V.TITLE_SHAPE.match(fold(part))]
    elif not titled and all(fold(part).rstrip().endswith(V.SITE_NAME_ENDS) for part in parts[1:]):
        # …or a title without 关于, a site's name after it: "…审计整改情况报告_某某县人民政府门户网站".
        titled = [parts[0]] if V.TITLE_SHAPE.match(fold(parts[0])) else []
    return titled[0] if len(titled) == 1 else line


def _page_meta_title(outline: Outline) -> str | None:
    """The title a page's metadata rows give (标题：…, 文件名称：…), where it is shaped as one."""
    for key in V.TITLE_KEYS:
        value = _titled_part(re.sub(r"\s+", "", outline.page_meta.get(key, "")))  # (not its column's: "政策新闻 | …")
        if value and V.TITLE_SHAPE.match(value):
            return _as_written(outline, value)
    return None


def _shared_file_title(outline: Outline) -> str | None:
    """The title a document-sharing site's wrapper gives its file ("《…关于…的通报.docx》由会员分享，可在线阅读…", its
    page images' "…的通报_第1页"), where it is shaped as one (not an anthology's "…实施方案通用(四篇)")."""
    shared = None
    for line in (*outline.furniture[:1], *outline.paras[:1]):
        shared = V.SHARED_FILE.match(outline.folded, line.start, line.end) or V.PAGE_IMAGE.match(
            outline.folded, line.start, line.end
        )
        if shared:
            break
    if shared is None or not V.TITLE_SHAPE.match(re.sub(r"\s+", "", shared.group(1))):
        return None
    return re.sub(r"\s+", "", outline.text[shared.start(1) : shared.end(1)])


def _is_crumb(outline: Outline, line: Para) -> bool:
    folded = outline.folded[line.start : line.end]
    return furniture.may_be_breadcrumb(folded) and furniture.BREADCRUMB.search(folded) is not None


def _breadcrumb_title(outline: Outline, body_start: int) -> str | None:
    """The title a breadcrumb above the body ends with, where the page shows it nowhere else ("首页 > 通知公告 >
    中共…关于…的通报", its last step's 正文 run into it)."""
    for line in outline.furniture:
        if line.start >= body_start:
            break
        if not _is_crumb(outline, line):
            continue
        step = furniture.CRUMB_SEPARATOR.split(outline.folded[line.start : line.end].strip())[-1]
        # (The title run into the last step, or set after it with a space: "> 省级督察 青衡市…整改情况的公示".)
        # A title set after the last step with a space ("> 审计整改结果 临泽县审计局关于…的公告", "> 省级督察 青衡市贯彻
        # 落实…整改情况的公示"), or run into it.
        words = step.split()
        after = words[-1] if len(words) > 1 else ""
        if after.endswith(TITLE_ENDS) and V.TITLE_SHAPE.match(after):
            # (…with its issuer a space before it, where the title was set over two lines: "中共…党组 关于…的通报".)
            if after.startswith("关于") and len(words) > 2 and V.PARTY_BODY_END.search(words[-2]):
                after = words[-2] + after
            return _as_written(outline, after)
        last = furniture.COLUMN_TAG.sub("", furniture.CRUMB_PAGE_WORD.sub("", re.sub(r"\s+", "", step)))
        # (…with 关于, or opening with the body that answers: "首页 > 某某中心审计整改情况报告"; a column's name, "巡察整改
        # 情况通报", names no body.)
        if V.WHOLE_TITLE.match(last) or (V.TITLE_SHAPE.match(last) and V.TITLE_BODY.match(last)):
            return _as_written(outline, last)
    return None


_TITLE_LOOKS = 30  # the lines looked through for a title below a site's header


def _head_line(outline: Outline, para: Para) -> str:
    """A line of the head as the title takes it: without its spaces, or a reprint's label (原标题：)."""
    line = re.sub(r"\s+", "", outline.text[para.start : para.end])
    return line[label.end() :] if (label := V.TITLE_LABEL.match(fold(line))) else line


def _title_further_down(outline: Outline) -> tuple[str, int] | None:
    """(the title, where the body begins) where a line shaped as a title stands before the body, or after the news
    item's lead that presents the notice ("…济南通报巡视整改进展情况。以下为内容摘要：" / "中共济南市委" / "关于…的通报")."""
    paras = outline.paras[:_TITLE_LOOKS]
    # (The last lead that presents it: a news page may give the lead twice, its headline between.)
    lead = max(
        (k for k, para in enumerate(paras) if _presents_notice(outline.folded[para.start : para.end])), default=-1
    )
    columns = _columns(outline, [crumb for crumb in outline.furniture if _is_crumb(outline, crumb)])
    for k in range(lead + 1, len(paras)):
        para = paras[k]
        line = outline.folded[para.start : para.end]
        if V.BODY_START.match(line) or (len(line) > 70 and "。" in line) or _CLAUSES_OF_TEXT.search(line):
            return None
        if re.sub(r"\s+", "", line) in columns:
            continue  # (the column a breadcrumb names, as the page heads its list: "审计结果公告")
        if (
            k + 1 < len(paras)
            and names_a_column(line)
            and names_a_column(outline.folded[paras[k + 1].start : paras[k + 1].end])
        ):
            return None  # a table's header set one cell a line (序号 / 受理编号 / …): its cells hold no title
        if outline.root.children and para.start >= outline.root.children[0].start:
            return None  # the outline's first heading (二、巡察反馈问题整改落实情况) is past any title
        if V.TITLE_SHAPE.match(re.sub(r"\s+", "", line)):
            title = re.sub(r"\s+", "", outline.text[para.start : para.end])
            above = _head_line(outline, paras[k - 1]) if k > lead + 1 else ""
            if above and (
                V.opens_title(fold(above), fold(title)) or (V.NAME_TAIL_FIRST.match(fold(title)) and _is_body(above))
            ):
                # A title set in two lines ("关于…巡视" / "整改进展情况的通报"), or broken inside its issuer's name
                # ("中共…有限公司" / "委员会关于…的通报").
                title = above + title
                above = _head_line(outline, paras[k - 2]) if k > lead + 2 else ""
            if fold(title).startswith("关于") and _NAME_ONLY.fullmatch(above) and _is_body(fold(above)):
                title = above + title  # its issuer's name on the line above
            return title, para.end
    return None


# A line of the text's clauses, which no title has: two a semicolon apart ("检查发现:一是…;二是…"), or a sentence that ends
# the line after a key ("检查内容:…是否规范。").
_CLAUSES_OF_TEXT = compile_shared(r"[^;；\n]{6}[;；][^;；\n]{6}|^[^:：。\n]{2,8}[:：][^。\n]{10,}。$")


def _presents_notice(line: str) -> bool:
    """Whether a line is (or ends) a news item's lead that presents the notice below it ("本报讯…全文如下：")."""
    return line.rstrip().endswith(V.PRESENTS_NOTICE) or V.PUBLISHED_REPORT.search(line) is not None


_OPENING_MARKS = ("《", "〈", "“", "「", "『")


def _another_title_below(outline: Outline, title: str, below: list[Para]) -> bool:
    """Whether the line below a complete title is another page's title, whole in itself (a list of links over the
    notice), not the same title set again."""
    if not below:
        return False
    line = outline.folded[below[0].start : below[0].end].strip()
    if len(below) > 1 and len(line) <= _TITLE_HALF and not furniture.is_linked_title(line) and "。" not in line:
        # (A title over two lines: "…关于第十四届" / "…的通报".)
        line += outline.folded[below[1].start : below[1].end].strip()
    bare = re.sub(r"\s+", "", V.TITLE_DATE.sub("", line))
    return (
        furniture.is_linked_title(line)
        and not line.startswith(V.NOT_LISTED_OPENS)
        and not V.PART_OF_SERIES.fullmatch(bare)
        and not V.PART_NUMBER_END.search(bare)
        and fold(title) not in bare  # (not the title set again, whole or with its place: "省…报告" / "青海省…报告")
        and bare not in fold(title)
    )


def _may_open_a_title(line: str) -> bool:
    """Whether a line above a title's words may be its first part: a body's or a place's name, a figure (a year, a
    headline's day: "21日下午"), or words too long for a widget's caption ("十三届全国人大常委会第三十二次会议听取");
    not a site's name in letters (MOUDINGXIAN SHENJIJU) nor an issue's number in brackets ("(总第709号)")."""
    folded = fold(line)
    if not _HAN.search(folded) or (V.BRACKETED_LINE.fullmatch(folded) and not V.PART_OF_SERIES.fullmatch(folded)):
        return False
    return bool(
        len(folded) > _CAPTION_AT_MOST
        or V.UNIT_NAME.search(folded)
        or V.PARTY_ORGANISATION.match(folded)
        or V.PLACE_ONLY.fullmatch(folded)
        or _HAS_DIGIT.search(folded)
    )


_CAPTION_AT_MOST = 12  # the longest line read as a widget's caption above a title (头部背景图, 微信客服微信客服)
_HAN = compile_shared(r"[\u4e00-\u9fff]")


def _title_and_issuer(lines: list[str], outline: Outline) -> tuple[str | None, str | None]:
    """(title, issuer) of the title block's lines, as written: each pattern reads the folded view (a reprint's
    原標題, 關於, 縣) and the same offsets are cut from the lines."""
    if not lines:
        return None, _signature(outline) or _speaker(outline)
    title = "".join(lines)
    if label := V.TITLE_LABEL.match(fold(title)):
        title = title[label.end() :]
    if fold(title).startswith(V.SUBTITLE_DASHES):
        # A report's subtitle, where a copy lost the title above it: "——2024年11月26日在…会议上 / 省审计厅厅长 李伟".
        return None, _signature(outline) or _speaker(outline)
    folded = fold(title)
    about = folded.find("关于")
    opening = V.TITLE_BODY.match(folded) if about < 0 else None
    place_publishes = V.PLACE_PUBLISHES.match(folded) if about < 0 and not opening else None
    opening = opening or place_publishes
    issuer = title[:about] if about >= 2 else (title[opening.start(1) : opening.end(1)] if opening else None)
    if issuer and issuer.endswith(_OPENING_MARKS):
        # (Not the mark opening the document it answers: "…办公室《关于…交办函》…的通报".)
        issuer = issuer.rstrip("".join(_OPENING_MARKS)) or None
    if issuer and (issuer.startswith("【") or issuer.endswith("】")):
        # (Its line set in brackets above the title's second: "【中共…党组】" / "关于…".)
        issuer = issuer.strip("【】") or None
    party = issuer.find("中共") if issuer else -1
    if issuer and party > 0:
        # A site's name run into the title line before the issuer ("…管理委员会中共…工作委员会关于…"): the issuer
        # and the title open at 中共.
        title, issuer = title[party:], issuer[party:]
    if issuer and (series := V.ANNOUNCEMENT_NUMBER.search(fold(issuer))):
        issuer = issuer[: series.start()] or None  # (the body, not the number of its announcement)
    if issuer and _HAS_DIGIT.search(issuer):
        issuer = None  # a news item's words run into the title ("21日下午…会议听取国务院关于…"), not a body
    elif issuer:
        # Two issuers a space apart, which the title's spaces lost: "中共临州市委　临州市人民政府" → 委、…政府.
        joints = [m.start() for m in V.JOINED_ISSUERS.finditer(fold(issuer))]
        issuer = "、".join(issuer[a:b] for a, b in zip([0, *joints], [*joints, len(issuer)]))
        own_unit = V.PARTY_GROUP_AND_ITS_UNIT.fullmatch(fold(issuer))
        issuer = issuer[own_unit.start(1) : own_unit.end(1)] if own_unit else issuer
        if verb := V.HEADLINE_VERB.search(fold(issuer)):
            issuer = issuer[: verb.start()]  # news of the notice: "中共…委员会发布关于…的通报"
    if issuer and V.CONGRESS.search(fold(issuer)):
        # A congress's site or gazette over a report read to it ("桃江县人民代表大会常务委员会" / "关于…审计查出问题整改
        # 情况的报告"): no part of the title; the office whose head read it issues the report (县审计局局长　刘春华).
        title, issuer = title[about:] if about >= 2 else title, _speaker(outline) or issuer
    if issuer is None or V.PLACE_ONLY.fullmatch(fold(issuer)):
        # "枫亭县关于…": a place, not a body; the signing office, or the speaker of a report to
        # the 人大 (梧垣县民政局局长　邓振华), says who issued it.
        # (A place that publishes, "广西壮族自治区公开…", with no body of its own named: the body acting in the text.)
        issuer = (
            _signature(outline)
            or _speaker(outline)
            or _body_in(outline, issuer)
            or (_place_leaders_in(outline, folded) if issuer is None else None)
            or (_place_body_acting(outline, issuer) if issuer else None)
            or (None if place_publishes else issuer)
        )
    return (title if _titled(fold(title)) else None), issuer


def _titled(line: str) -> bool:
    """Whether a head line reads as a title: it names a document or the work (关于, 通报, 整改, 巡察 …), and is no
    site's column ("公示公告", "…人民政府信息公开"); a body's name alone ("中共…统一战线工作部") is none."""
    return V.TITLE_WORD.search(line) is not None and furniture.COLUMN_LINE.match(line) is None


def _body_in(outline: Outline, place: str | None) -> str | None:
    """The page's publisher or 来源, where it names a body of the place a title opens with ("桃源县关于…" from
    来源：桃源县生态环境保护委员会办公室; "德宏州贯彻落实…" from 来源:中共德宏州委 德宏州人民政府)."""
    for body in (_page_publisher(outline), _page_source(outline)):
        if place and body and body.removeprefix("中共").startswith(place) and len(body) > len(place):
            return body
    return None


def _place_leaders_in(outline: Outline, title: str) -> str | None:
    """The party committee and government of the place a title opens with ("德宏州贯彻落实…"), where the page's 来源
    names them ("中共德宏州委 德宏州人民政府"); not an office of the place the page came from (临夏州生态环境局)."""
    place = V.TITLE_PLACE.match(title)
    body = _body_in(outline, place.group(1)) if place else None
    return body if body and V.JOINT_BODY.fullmatch(fold(body)) else None


_ACTING_WITHIN = 1500  # how far into a text the body of a place that acts in its opening is looked for


def _place_body_acting(outline: Outline, place: str) -> str | None:
    """The place's own body that acts in the opening ("东丽区委高度重视"), for a title that opens with the place alone
    ("东丽区关于…的通报") and a page that names no body of it."""
    place = fold(place)
    for m in V.ACTING_BODY.finditer(outline.folded, 0, _ACTING_WITHIN):
        if m.group(1).startswith(place) and len(m.group(1)) > len(place):
            return _as_written(outline, m.group(1))
    return None


class Head(NamedTuple):
    """What a notice's head says: its title and issuer, and where its body begins."""

    title: str | None
    issuer: str | None
    body_start: int


def read_head(outline: Outline) -> Head:
    """The title block's title and issuer (read once: the title also tells a notice from pages of other genres)."""
    lines, body_start = _head_lines(outline)
    title, issuer = _title_and_issuer(lines, outline)
    return Head(title or _presented_title(outline, body_start), issuer, body_start)


def _presented_title(outline: Outline, body_start: int) -> str | None:
    """The title of the report a news lead presents in its first paragraph, as written."""
    para = next((p for p in outline.paras if p.end > body_start), None)
    found = V.PRESENTED_TITLE.search(outline.folded, para.start, para.end) if para else None
    return outline.text[found.start(1) : found.end(1)] if found else None


def _opening_match(outline: Outline, pattern: LazyPattern, lines: int) -> str | None:
    """The first group that `pattern` fills in the first of the opening `lines` paragraphs it finds, as written."""
    for para in outline.paras[:lines]:
        m = pattern.search(outline.folded[para.start : para.end])
        if m:
            group = next((k for k in range(1, len(m.groups()) + 1) if m.group(k)), None)
            return outline.text[para.start + m.start(group) : para.start + m.end(group)] if group else None
    return None


def _speaker(outline: Outline) -> str | None:
    """The reporting body of a report read to a congress: "梧垣县民政局局长　邓振华", set under its title and above its
    first sentence, or named in that sentence (not a line of the text below it that a copy cut after a committee's
    name and its head's title: "刘伟同志传达了区委书记专题会…")."""
    body = _first_sentence(outline)
    opening = sum(1 for para in outline.paras[:12] if body is None or para.start <= body)
    return _opening_match(outline, V.SPEAKER, opening)


def _page_meta_body(outline: Outline, keys: tuple[str, ...]) -> str | None:
    """The body the page's metadata names under the first of `keys` it has, as the text writes it."""
    for key in keys:
        # (Its first word, not its "（盖章）", nor the bars of a table the page sets its metadata in: "发布机构: | 区审计局 |";
        # or its first two, where they are a committee and its government: "中共德宏州委 德宏州人民政府".)
        words = re.split(r"[\s?？]+", outline.page_meta.get(key, "").strip(" \t|?？"))  # (? for a garbled space)
        if len(words) >= 2 and all(len(word) == 1 for word in words):
            words = ["".join(words)]  # a value set out a character apart, as its key is: "发布机构: 水 利 局"
        joint = V.JOINED_ISSUERS.search("".join(words[:2])) if len(words) >= 2 else None
        # (…nor the day run on after the name, where a copy closed up the space between: "眉山市东坡生态环境局2022年3月1日".)
        value = _DAY_RUN_ON.sub("", V.SIGNATURE_NOTE.sub("", words[0] if words else ""))
        if re.fullmatch(r"[\u4e00-\u9fff（）()]{2,30}", value) and value not in V.SITE_SELF_NAMES:
            if joint and joint.start() == len(words[0]):
                value = f"{value}、{words[1]}"
            return _as_written(outline, value)
    return None


_DAY_RUN_ON = compile_shared(r"(?<=[\u4e00-\u9fff）)])\d{4}年\d{1,2}月\d{1,2}日$")


def _page_publisher(outline: Outline) -> str | None:
    """A web page's 发布机构 (or a ledger's 填报单位, a form's stamp 责任单位(盖章)): the publishing body, when the notice
    itself does not name it."""
    return _page_meta_body(outline, ("发布机构", "发文机关", "发文机构", "发布单位", "填报单位", "责任单位(盖章)"))


def _page_source(outline: Outline, of_a_notice: bool = True) -> str | None:
    """A web page's 来源: the body it came from, which may be another site a notice was reposted from. (The first of
    its keys that names a body: "信息来源:荆州市生态环境局" over a foot's "来源：…纪委监委".)"""
    return next((source for source in _sources(outline) if source and _names_a_source(source, of_a_notice)), None)


def _sources(outline: Outline) -> Iterator[str | None]:
    """The page's sources in the order they are read, each looked up only when the ones before it name no body: its
    metadata's (`furniture.SOURCE_KEYS`), then a 来源 in its opening lines."""
    for key in furniture.SOURCE_KEYS:
        yield _page_meta_body(outline, (key,))
    yield furniture.unbracketed(_opening_match(outline, V.SOURCE, 8) or "")


def _names_a_source(source: str, of_a_notice: bool) -> bool:
    """Whether a 来源 names a body a page may come from: not a medium, the discipline body whose site carries it, one
    of a body's sections, or a place ("来源:渑池县"); for a notice, not the inspection office whose column carries it
    either (which does publish its own news of the inspection)."""
    folded = fold(source)
    return V.UNIT_END.search(folded) is not None and not (
        V.MEDIA_SOURCE.search(folded)
        or V.DISCIPLINE_SOURCE.search(folded)
        or (of_a_notice and V.INSPECTION_OFFICE.search(folded))
        or V.SECTION_SOURCE.match(folded)
        or V.PLACE_ONLY.fullmatch(folded)
    )


def _closing_paras(outline: Outline, last: int) -> list[Para]:
    """The last `last` paragraphs of the notice: above an annex that follows it (附件：…台账), else of the text."""
    paras = outline.paras
    annex = next(
        (
            k
            for k in range(1, len(paras))
            if outline.folded.find("附", paras[k].start, paras[k].start + 8) >= 0  # (most: spared the pattern)
            and V.ANNEX_START.match(outline.folded[paras[k].start : paras[k].end])
            and any(is_date_line(outline.folded[p.start : p.end]) for p in paras[max(0, k - 3) : k])
        ),
        None,
    )  # (the first annex under a dated signature)
    return paras[max(0, annex - last) : annex] if annex else paras[-last:]


def _signature(outline: Outline) -> str | None:
    """The issuing body signed above the closing date, or before it on the same line; bodies signing together on
    one line, a space apart, as one issuer ("中共泸州市委 泸州市人民政府" → "中共泸州市委、泸州市人民政府")."""
    signed = _signatory(outline)
    parts = signed.split() if signed else []
    return "、".join(parts) if len(parts) > 1 and all(map(_is_body, parts)) else signed


def _first_sentence(outline: Outline) -> int | None:
    """Where the first paragraph that holds a sentence's stop starts (the body, below the title block), if any."""
    return next((p.start for p in outline.paras if outline.folded.find("。", p.start, p.end) >= 0), None)


def _signatory(outline: Outline) -> str | None:
    # (A signature follows the body: a title over the page's date, above the first sentence, is no signature.)
    body = _first_sentence(outline)
    body = -1 if body is None else body
    paras = [p for p in _closing_paras(outline, 8) if p.start > body]
    for idx in range(len(paras) - 1, -1, -1):
        line = outline.folded[paras[idx].start : paras[idx].end].strip()
        signed = _signed(line)
        if signed:
            at = paras[idx].start + outline.folded[paras[idx].start : paras[idx].end].find(signed.group(1))
            return outline.text[at : at + len(signed.group(1))]
        if idx and V.CLOSING_FORMULA.fullmatch(outline.folded[paras[idx - 1].start : paras[idx - 1].end].strip()):
            # "特此公告。" / "某某县审计局", the date left off the copy (or set in its metadata): the body signs all the same.
            signatory = V.SIGNATURE_NOTE.sub("", line).strip()
            if names_a_signatory(signatory) and _signs(signatory):
                return _as_written(outline, signatory)
        if idx and DATE.fullmatch(line):
            above = [outline.folded[p.start : p.end].strip() for p in paras[:idx]]
            while above and V.SIGNATURE_NOTE.fullmatch(above[-1]):
                above.pop()  # "（此件公开发布）" between the body and the date
            prev = V.SIGNATURE_NOTE.sub("", above[-1]).strip() if above else ""
            if signed_above := _signed(prev):
                return _as_written(outline, signed_above.group(1))  # (the date set again under a dated signature)
            if is_signature(prev, line):
                # Bodies signing together, one a line, the party's first ("中共东坪村总支部委员会" / "东坪村村民委员会"):
                # the party's issues the notice.
                first = above[-2] if len(above) >= 2 else ""
                if _is_body(prev) and _is_body(first) and len(first) <= 40 and V.PARTY_SIGNATORY.search(first):
                    # (…but a place's party committee and its government sign as one: "中共凉山州委" / "凉山州人民政府",
                    # as they do on one line.)
                    return _as_written(outline, f"{first}、{prev}" if prev.endswith("人民政府") else first)
                return _as_written(outline, prev)
    return None


# A signature on one line: the body (or two signing together), spaces, the date ("中共某县卫生健康局党组  2025年3月20日").
_SIGNED = compile_shared(r"([^\s。，,:：]{2,40}(?:[ \t\u3000]+[^\s。，,:：]{2,40})?)[ \t]+([^ \t].{5,20})")
# (…or with no space between, where a page lost the line break: "中共祁东县市场监督管理局党组2024年6月12日".)
_SIGNED_TIGHT = compile_shared(r"([^\s。，,:：]{2,40}?)(\d{4}年\d{1,2}月\d{1,2}日)")


def _signed(line: str) -> re.Match[str] | None:
    """A body's signature and its date on one line (group 1 the body, group 2 the date), if `line` is one, or if it
    closes `line` after its last sentence (`_SIGNED_RUN_ON`)."""
    signed = _SIGNED.fullmatch(line) or _SIGNED_TIGHT.fullmatch(line)
    if signed is None and "。" in line:
        run_on = _SIGNED_RUN_ON.search(line, line.rfind("。"))
        signed = _SIGNED.fullmatch(run_on.group(1)) if run_on else None
    return signed if signed and DATE.fullmatch(signed.group(2)) and _signs(signed.group(1)) else None


# A signature run on after the last sentence, where a page lost its line breaks: "…以送达日期为准。 中共兰西县委 兰西县人民政府
# 2022年11月25日 备案号:…" (a dated day, then the line's end or what is no sentence: a site's footer, a bar).
_SIGNED_RUN_ON = compile_shared(
    r"。[ \t\u3000]+([^\s。，,:：]{2,40}(?:[ \t\u3000]+[^\s。，,:：]{2,40})?[ \t\u3000]+\d{4}年\d{1,2}月\d{1,2}日)(?=[ \t\u3000|｜]|$)"
)


def _signs(name: str) -> bool:
    """Whether a name before a date on one line is a signing body's: one that ends as a body's name does (…办公室,
    …协调小组, …办事处: `vocab.dates.BODY_NAME_LAST`), not an inspection team's nor 我局."""
    return _is_body(name) or (name[-1] in BODY_NAME_LAST and not name.startswith("我") and not V.TEAM_CORE.search(name))


def _formula(preamble: str) -> str | None:
    """The sentence that says which team inspected whom ("…市委第五巡察组对市市场监管局党组开展了常规巡察"), or
    which office audited whom ("苍溪县审计局于…对苍溪县城郊中学校…进行了就地审计")."""
    return next(
        (
            s
            for _, s in _sentences(preamble)
            if V.INSPECTED_BY.search(s)
            and not s.lstrip().startswith(AHEAD_WORDS)  # (a plan: "下一步,…将以…督查组交办的问题为契机,…进行回头看")
            and (V.TEAM_CORE.search(s) or (any(word in s for word in V.AGENT_WORDS) and V.AGENT.search(s)))
        ),
        None,
    )


def _team(mention: str | None, preamble: str) -> str | None:
    """The inspecting team as the text names it, with the committee's term and round where it names them
    ("七届市委第十二轮巡察一组", as the real sets label it); or another mention where a page lost that one's number
    ("县委第巡察组"), else that one as written, its hole and all ("县委第 巡察组" says more than "县委巡察组")."""
    if mention is not None and not _names_a_team(mention):
        mention = None  # "第五轮巡察派出7个巡察组，分别对…": how many teams went, not which; "督察组": the word alone
    if mention is None or V.TEAM_LOST_NUMBER.search(mention):
        others = [
            t for _, s in _sentences(preamble) if V.TEAM_CORE.search(s) if (t := _team_in(s)) and _names_a_team(t)
        ]
        intact = [t for t in others if not V.TEAM_LOST_NUMBER.search(t)]
        holed = mention if mention and "第" in mention else None
        mention = next((t for t in intact if _NUMBERED.search(t)), None) or holed or next(iter(intact), None)
    if mention is None:
        return None
    if V.GENERIC_TEAM.fullmatch(mention) and any(
        V.TEAMS_COUNTED.search(m.group()) for m in V.TEAM_CORE.finditer(preamble)
    ):
        return None  # "派出7个巡察组…州党委巡察组向…反馈": one of the round's teams, which the text does not name
    if V.GENERIC_TEAM.fullmatch(mention):
        mention = _numbered_mention(mention, preamble)
    if round_before := V.ROUND_BEFORE_TEAM.match(mention):
        mention = mention[round_before.end() :]
    return _fuller_team(mention, preamble)


def _team_in_headings(outline: Outline) -> str | None:
    """The team a section's heading names where the opening names none: "一、中央环境保护督察组反馈问题情况", "二、关于
    省委第三巡视组反馈意见整改落实情况" (not the word alone: "二、巡察组反馈问题整改情况")."""
    for node in outline.root.children:
        heading = outline.folded[node.title_start : node.title_end]
        mention = _team_in(heading) if V.TEAM_CORE.search(heading) else None
        if mention and _names_a_team(mention):
            return _team(mention, heading)
    return None


def _numbered_mention(mention: str, preamble: str) -> str:
    """The team a generic mention ("省委巡视组") stands for, where the text numbers the committee's team once
    elsewhere ("《关于落实省委第六巡视组…反馈意见整改工作的通知》"): that one; else the mention."""
    word = mention[-3:]  # (巡视组, 巡察组)
    numbered = {m.group() for m in re.finditer(rf"{re.escape(mention[:-3])}第{_NUM}{{1,3}}{re.escape(word)}", preamble)}
    return numbered.pop() if len(numbered) == 1 else mention


def _names_a_team(mention: str) -> bool:
    """Whether a mention names a team: not the teams counted ("7个巡察组") nor the word alone ("巡察组")."""
    return not (V.TEAMS_COUNTED.search(mention) or V.BARE_TEAM.fullmatch(mention))


def _fuller_team(mention: str, preamble: str) -> str:
    """The team's name with the committee's term and round, where another mention in the opening paragraph gives
    them ("县委第二巡察组" / "十五届县委第六轮巡察第二巡察组"); not one further on, in the title of a plan or in what the
    measures answer ("《落实八届市委第三巡察组反馈意见整改工作方案》"): the real labels keep the opening's name."""
    core = V.TEAM_CORE.search(mention)
    at = preamble.find(core.group()) if core is not None and core.start() > 0 else -1
    if core is None or at < 0:
        return mention
    line_end = preamble.find("\n", at)
    preamble = preamble[preamble.rfind("\n", 0, at) + 1 : line_end if line_end >= 0 else None]  # (its paragraph)
    if V.TERM_OR_ROUND.search(mention):
        # (…a round its mention names, and the term another gives it: "县委第八轮专项巡察组" / "十五届县委第八轮专项巡察组".)
        termed = re.search(rf"{_NUM}{{1,3}}[届屆]{re.escape(mention)}", preamble) if "届" not in mention else None
        return termed.group() if termed else mention
    if preamble.count(core.group()) < 2 or not V.TERM_OR_ROUND.search(preamble):
        return mention  # (no other mention to name it more fully: most texts, and no pattern built for them)
    named = rf"(?:{_NUM}{{1,3}}[届屆])?{re.escape(mention[: core.start()])}(?:第{_NUM}{{1,3}}[轮輪](?:巡[察视])?)?"
    return max((m.group() for m in re.finditer(named + re.escape(core.group()), preamble)), key=len, default=mention)


_NUM = r"[一二三四五六七八九十\d]"
_NUMBERED = compile_shared(_NUM)


def _team_in(preamble: str) -> str | None:
    # (A post served names no team: "由派驻组组长任巡察组组长".)
    served, lead = V.TEAM_LEAD_SERVED
    named = [
        found
        for found in V.TEAM_CORE.finditer(preamble)
        if not (preamble.endswith(served, 0, found.start()) and preamble.startswith(lead, found.end()))
        and not V.TEAM_ACCEPTING.match(preamble, found.end())
    ]
    m = next((found for found in named if not V.TEAM_ARRANGING.match(preamble, found.end())), next(iter(named), None))
    if not m:
        # An audit office inspects in its own name: "县审计局对我县…进行了审计".
        agent = V.AGENT.search(preamble) if any(word in preamble for word in V.AGENT_WORDS) else None
        if not agent:
            cited = V.AUDITOR_CITED.search(preamble) if "审计" in preamble else None
            return cited.group(1) if cited else None
        cut = V.TEAM_PREFIX_CUT.match(agent.group(1))
        return cast(str, agent.group(1)[cut.end() :] if cut else agent.group(1))
    window = preamble[max(0, m.start() - 14) : m.start()]
    cut = V.TEAM_PREFIX_CUT.match(window)
    prefix = window[cut.end() :] if cut else window
    if prefix and not V.TEAM_PREFIX_BODY.search(prefix):
        prefix = ""  # (what the text says of the team, not who sent it: "深刻反思巡察组反馈的问题")
    if "专项" in m.group() and not V.TEAM_SENDER_WORD.search(prefix):
        # (A special inspection's theme may be longer than the window, or quoted and listed: its committee before it.)
        themed = V.THEMED_TEAM_SENDER.search(preamble, max(0, m.start() - 48), m.start())
        prefix = themed.group() if themed else prefix
    sent = V.SENT_BY.search(prefix)
    if sent and not m.group().startswith("第"):
        office = prefix[: sent.start()]
        # "市审计局派出审计组": the office is the inspector; "…派出第三巡察组": the team is.
        return office if V.OFFICE_END.search(office) else cast(str, m.group())
    return cast(str, prefix + m.group())


def _kind(formula: str | None, team: str | None, title: str | None, body: str, preamble: str) -> str | None:
    """The kind of inspection: a special one (专项巡察组, 开展了机动巡察, 巡视“回头看”) wherever the formula
    sentence, the team, the title, the opening paragraph or another sentence on who inspected whom names one; else
    the one the formula sentence ends on, the inspection itself (县委第五巡视组对…进行了为期30天的巡察), then the
    team's, the title's, the preamble's (an audit report names no team)."""
    # (Not a breadcrumb's columns a page that lost its line breaks runs into its opening: "首页 > 巡视巡察 > 巡视整改 …".)
    body, preamble = V.CRUMB_STEP.sub(">", body), V.CRUMB_STEP.sub(">", preamble)
    opening = next((line for line in body.split("\n") if "。" in line), "")  # its first sentences, past the title
    # (The kind the formula states before the one in its team's name: "市委联动巡察三组对…开展了专项巡察" is 专项巡察.)
    stated = formula.replace(team, "") if formula and team else formula
    sources = [
        V.LOOK_BACK_OF_TEAM.sub(r"\1\2", V.LOOK_BACK_FIRST.sub(r"\1“回头看”", source))
        for source in (stated, team, title, opening)
        if source
    ]
    found = [m.group() for source in sources for m in V.INSPECTION_KIND.finditer(source)]
    if all(kind in V.BARE_KINDS for kind in found) and any(word in preamble for word in V.SPECIAL_KIND_WORDS):
        # …or a later sentence that says again who inspected whom: "省委第十一巡视组对大众报业集团进行专项巡视".
        again = [s for _, s in _sentences(preamble) if s != formula and V.INSPECTED_BY.search(s)]
        found += [m.group() for source in again for m in V.INSPECTION_KIND.finditer(source)]
    named = next((kind for kind in found if kind not in V.BARE_KINDS), None)
    if named:
        # (The fullest form another source gives it: a formula's 专项巡察, a title's 专项巡察“回头看”.)
        named = max((kind for kind in found if kind.startswith(named)), key=len)
        return named.removeprefix(V.REGULAR)
    in_formula = V.INSPECTION_KIND.findall(formula) if formula else []
    if in_formula:
        return cast(str, in_formula[-1])
    if found:
        return found[0]
    implied = next((kind for word, kind in V.KIND_IMPLIED.items() if word in (title or "") + preamble), None)
    if implied:
        return implied
    first = V.INSPECTION_KIND.search(preamble)
    return first.group() if first else None


def _own_unit(issuer: str | None, word: str = "") -> str | None:
    """What 我市/我县/我局… names, from the issuing body: "我县" in a notice by 岑江县自然资源局 is 岑江县."""
    if not issuer:
        return None
    unit = issuer.removeprefix("中共")
    # (…"我街道" in a notice by 松杨湖街道党工委: 松杨湖街道.)
    place = "街道" if word[1:] == "街道" else word[1:2] if word[1:2] in "省市县区镇乡" else ""
    if place and place in unit:
        named = unit[: unit.index(place) + len(place)]
        return None if named in V.LEVEL_WORDS else named
    kind = word[1:2]
    bare = V.PARTY_BODY_TAIL.sub("", unit)
    if kind and not place and (bare.endswith(kind) or (kind == "委" and bare.endswith("委员会"))):
        return bare  # "我委" in a notice by 临江市卫生健康委员会: the 委员会 itself
    if word in _SELF_UNIT_WORDS:
        # "我单位": the issuing body, without its party body (汀湾区红十字会 for …红十字会支部委员会), its name else whole
        # (上海市宝山区国有资产监督管理委员会, whose 委员会 is its own).
        return V.UNIT_PARTY_TAIL.sub("", unit) or None
    unit = V.BODY_TAIL.sub("", unit)
    return unit or None


_SELF_UNIT_WORDS = ("我单位", "我们单位")  # (what names the issuing body itself, whatever its kind)
_OPENING_AT_MOST = 2000  # the characters from the team's mention in which an audit of an official is looked for


def _inspected_unit(title: str | None, preamble: str, team: str | None, issuer: str | None) -> str | None:
    if title:
        for in_title in V.UNIT_IN_TITLE.finditer(title):
            unit = in_title.group(1)
            # (…a unit: one with a unit's word, not "巡察情况反馈")
            if (
                not unit.endswith("组")
                and "巡" not in unit
                and not V.KIND_OF_UNIT.fullmatch(unit)
                and V.UNIT_END.search(unit)
            ):
                return unit
    start = preamble.find(team) if team and team in preamble else 0  # (from the team on: "…督察组向我省反馈…")
    # (Not a thing checked, with no word a unit's name has: "对整改结果进行检查认定".)
    in_text = next(
        (
            m
            for m in V.UNIT_IN_TEXT.finditer(preamble, start)
            if (m.group(1).startswith("我") or V.UNIT_END.search(m.group(1)) or m.group(1) in V.REGIONS)
            and not m.group(1).endswith(V.SCOPE_ENDS)  # (a sector inspected, "全县卫生健康系统", names no unit)
            and not V.NOT_A_UNIT.search(m.group(1))
            and not V.HANDLED_MATTER.search(m.group(1))
        ),
        None,
    )
    # (The audit's sentence opens the text: its first characters are looked in.)
    audited = V.OFFICIAL_AUDITED.search(preamble, start, start + _OPENING_AT_MOST) if "经济责任" in preamble else None
    m = (
        audited
        or in_text
        or V.UNIT_ENTERED.search(preamble, start)
        or _fed_back_to(preamble, start)
        or V.TERM_SERVED_IN.search(preamble, start)
        or V.UNIT_OWN.search(preamble, start)
        or _published_unit(preamble)
    )
    project = V.PROJECT_AUDITED_IN_TITLE.match(title) if title else None
    if not m:
        return project.group(1) if project else None
    unit = V.AGENT_OF_PROJECT.sub("", _taken(m).strip())
    if unit.startswith("我们") and len(unit) > 3:
        unit = unit[2:]  # "到我们杉木村开展了巡察"
    elif unit.startswith("我"):
        if (own := V.UNIT_OWN.match("对" + unit)) and V.TOPIC_START.match(unit, len(own.group(1))):
            unit = own.group(1)  # "对我院2023年度财务收支情况进行了专项审计": the unit, not what was audited
        if V.OWN_PARTY_BODY.fullmatch(unit):
            return unit  # "对我院党委开展了巡察": the party body as the notice names it (the real openings' h11)
        if unit in V.OWN_UNIT_WORDS and (fed_back := _named_fed_back(preamble)):
            return fed_back.group(1)  # "对我单位进行了巡察…向中共延津县农业农村局党组反馈": the body it names
        about = (title or "").find("关于")
        if title and about >= 2:
            return _own_unit(title[:about], unit) or unit
        # A title without 关于 may open with the place ("内蒙古自治区贯彻落实…" for 我区); else the issuer.
        place = V.TITLE_PLACE.match(title) if title else None
        if place and place.group(1).endswith(unit[1:2]):
            return place.group(1)
        return _own_unit(issuer, unit) or unit
    # A name given a short form ends there, unless its party body or a list of units goes on: "对东湖区财政局（以下简称
    # 区财政局）具体组织的…情况", not "对…街道工作委员会（以下简称…）及…十个社区党组织".
    alias = V.ALIAS.search(unit)
    if alias and V.UNIT_END.search(unit, 0, alias.start()) and not _NAME_GOES_ON.match(unit, alias.end()):
        unit = unit[: alias.start()]
    # "对城关市场监督管理所食品安全监管工作", "对X集团有限公司（以下简称…）2021年至2023年财务收支":
    # the unit ends at the first unit word after which the subject inspected begins.
    unit = V.AUDITED_MATTER_END.sub("", V.EXTENDED_TO.sub("", V.ALIAS.sub("", unit)))
    if project and project.group(1) in unit:
        return project.group(1)  # the project the title names ("渑池县2018年…项目"), not the place it opens with
    for m in V.UNIT_END.finditer(unit):
        # A unit word opening the name is its place (市生态环境局): the name goes on after it; so does one
        # opening the next unit of a list ("县农业农村局党组、县乡村振兴局党组").
        if m.start() > 0 and unit[m.start() - 1] in "、和及与":
            continue
        if "、" in unit[: m.end()] and V.COUNT_OF_LISTED.fullmatch(unit, m.end()):
            return unit  # a list of the units with their count
        if _ALSO_NAMED.fullmatch(unit, m.end()):
            return unit  # the name it also goes by, closing it: "省教育厅党组(省委教育工委)"
        if m.start() > 0 and m.end() < len(unit) and V.TOPIC_START.match(unit, m.end()):
            if V.PARTY_BODY_END.search(unit):
                continue  # the name goes on to its party body: "醴陵市国有资产投资经营集团有限公司党委"
            if V.PLACE_ONLY.fullmatch(unit, 0, m.end()) and V.UNIT_NAME.search(unit, m.end()):
                continue  # a place, then its body whose name opens with a topic's word: "丰县生态环境局"
            return unit[: m.end()]
    return unit


def _named_in_full(unit: str, preamble: str) -> str:
    """The full name a short form the text defines stands for: "委党组" where the text reads "现将天津市城市管理委员会
    党组（以下简称“委党组”）巡视整改进展情况予以公布" is 天津市城市管理委员会党组 (one of the same kind of body)."""
    for alias in V.ALIAS.finditer(preamble):
        short = V.ALIAS_NAME.search(alias.group())
        if not short or short.group(1) != unit:
            continue
        start = max(0, alias.start() - 40)
        start = max((m.end() for m in V.NAME_BEFORE_ALIAS.finditer(preamble, start, alias.start())), default=start)
        named = preamble[start : alias.start()]
        if V.A_NAME.fullmatch(named) and len(named) > len(unit) and named.endswith(unit[-2:]):
            return named
    return unit


# What goes on past a short form: the unit's party body ("…管理局（以下简称…）党组"), or the next unit of a list.
_NAME_GOES_ON = compile_shared(r"[ \t]*(?:党|及|、|和|与|等)")
_ALSO_NAMED = compile_shared(r"[（(][\u4e00-\u9fff]{2,20}[)）]")  # a body's other name in brackets after its own


def _published_unit(preamble: str) -> re.Match[str] | None:
    """The unit whose rectification the notice says it publishes (现将X巡视集中整改情况向社会公开), where it names one."""
    m = V.UNIT_PUBLISHED.search(preamble)
    return m if m and V.UNIT_NAME.search(m.group(1)) and not V.NOT_A_UNIT.search(m.group(1)) else None


def _fed_back_to(preamble: str, start: int) -> re.Match[str] | None:
    """The unit a team fed its findings back to, where it is one (not a field of work, not a team)."""
    m = V.UNIT_FED_BACK.search(preamble, start)
    return m if m and _a_unit_fed_back(m.group(1)) else None


def _paragraphs_within(outline: Outline, end: int) -> str:
    """The text's paragraphs up to `end`, a line apart: not the page's furniture, whose links name other notices and
    their units ("相关阅读：" / "县委第三巡察组向县民政局党组反馈巡察情况")."""
    return "\n".join(outline.folded[p.start : min(p.end, end)] for p in outline.paras if p.start < end)


def _named_fed_back(text: str) -> re.Match[str] | None:
    """The first unit a team fed back to that the text names, not as 我县 ("…向芜湖县反馈巡视意见的当晚")."""
    return next(
        (m for m in V.UNIT_FED_BACK.finditer(text) if not m.group(1).startswith("我") and _a_unit_fed_back(m.group(1))),
        None,
    )


def _a_unit_fed_back(named: str) -> bool:
    return V.UNIT_END.search(named) is not None and "巡" not in named and not V.NOT_A_UNIT.search(named)


def _stood_at(text: str, at: int) -> bool:
    """Whether the date read from `at` is one a tally stands at ("截至2025年716日": read from its 716日, its year lost the
    月 after it)."""
    year = V.YEAR_BEFORE.search(text, max(0, at - 6), at)
    at = year.start() if year else at
    return V.AS_OF.search(text, max(0, at - 6), at) is not None


def _sentences(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"[^。；;\n]+", text)]


# A day written with digits that the date reader could not place (a damaged "126日" or "75日").
_UNREAD_DAY = compile_shared(r"\d日")
_HAS_DIGIT = compile_shared(r"\d")


def _dates(preamble: str, published: dt.date | None = None) -> tuple[dt.date | None, dt.date | None, dt.date | None]:
    """(inspection start, inspection end, feedback date) from the opening formula; a feedback date that lost its 月 is
    read where only one reading falls after the inspection and by the notice's date (`published`), or by the date a
    tally of the progress stands at."""
    dates = parse_dates(preamble)
    if published is None:
        # (…else by the first date a tally of the progress stands at, which comes after the feedback: "截至2025年716日，…".)
        published = next((d[2] for d in dates if _stood_at(preamble, d[0])), None)
    sentences = _sentences(preamble)
    starts = [s_start for s_start, _ in sentences]
    inspects: dict[int, bool] = {}  # sentence index → names an inspection (each sentence read once)
    start = end = None
    for i, (a, b) in enumerate(zip(dates, dates[1:])):
        if (
            b[0] - a[1] <= 3
            and b[2] >= a[2]  # (no period ends before it starts)
            # (…or the two halves of a range that lost all its words, which abut: "2021331618日".)
            and (RANGE_SEP.match(preamble[a[1] : b[0]]) or a[1] == b[0])
            and not V.DISPLAY_PERIOD.search(preamble, max(0, a[0] - 8), a[0])
        ):
            k = bisect.bisect_right(starts, a[0]) - 1
            if k not in inspects:
                inspects[k] = k >= 0 and V.INSPECTION_WORDS.search(sentences[k][1]) is not None
            if inspects[k]:
                start, end = a[2], b[2]
                # A period in parts ("3月17日至3月22日、5月5日至7月12日"): it ends where the last part does.
                for c, d in zip(dates[i + 2 :], dates[i + 3 :]):
                    if not (PERIOD_PARTS.fullmatch(preamble, b[1], c[0]) and RANGE_SEP.match(preamble[c[1] : d[0]])):
                        break
                    if d[2] > end:
                        end = d[2]
                    b = d
                break

    def says_whom(date: tuple[int, int, dt.date]) -> bool:
        """Whether the sentence holding `date` names an inspection, as a whole period's must, and says whom it went to
        (…组对…开展, …进驻), and is no sentence on the rectification ("集中整改期为2023年2月17日起至…") nor one on
        another check ("我局于2025722日至910日对…开展会计信息质量检查")."""
        k = bisect.bisect_right(starts, date[0]) - 1
        sentence = sentences[k][1] if k >= 0 else ""
        inspected = V.INSPECTED_BY.search(sentence)
        # (A sentence that ran on past its stop, lost, names 整改 after the inspection: "…督察组辽阳市开展了…督察,并于
        # 2022223市正式反馈了督察意见辽阳市委、市政府高度重视…整改工作", or the formula: "…现将巡察整改进展情况予以公布".)
        return (
            inspected is not None
            and "整改" not in sentence[: inspected.end()]
            and V.INSPECTION_WORDS.search(sentence) is not None
        )

    if start is None:
        start, end = _range_that_lost_its_day(preamble, dates, says_whom)
    if start is None:
        # A period whose end names no day ("2024年7月15日至8月下旬"), or one that reads two ways ("202414日至22日": 1-22
        # or 2-2): its start, and no end.
        opened = next(
            (
                d
                for d in dates
                if (V.ENDS_WITHOUT_DAY.match(preamble, d[1]) or two_way_end(preamble, d[1], d[2])) and says_whom(d)
            ),
            None,
        )
        start = opened[2] if opened else None
    if start is None:
        # No period: the date the inspection began on, if one sentence says so (自…起, …进驻).
        began = next((d for d in dates if V.STARTED_ON.match(preamble, d[1]) and says_whom(d)), None)
        start = began[2] if began else None
        # …and ended on a date the next words say so of ("6月12日结束"), or the words before ("进驻东山街道，至11月17日
        # 对…开展了巡察"), before the findings were fed back.
        ended = next(
            (
                d
                for d in dates
                if began
                and began[1] <= d[0] < began[1] + 80
                and (V.ENDED_ON.match(preamble, d[1]) or V.ENDED_BY.search(preamble, max(0, d[0] - 4), d[0]))
            ),
            None,
        )
        end = ended[2] if ended and start and ended[2] > start else None
    # Audits "出具了审计报告" where inspections 反馈: the latter first, the others when it gives no date.
    for cue in V.FEEDBACK_CUES:
        for s_start, sentence in sentences:
            at = _outside_titles(sentence, cue)
            if at < 0:
                continue
            said = s_start + at
            # The date that governs the cue is the last one before it that is not the inspection period.
            # (Nor a date a tally stands at: "截至2024年7月31日，15个反馈问题已完成整改12个"; nor a period's start
            # whose end went unread: "2025年3月11日至6月6区委…".)
            before_at = [
                d
                for d in dates
                if s_start <= d[0] < said
                and d[2] not in (start, end)
                and not V.AS_OF.search(preamble, max(0, d[0] - 4), d[0])
                and not RANGE_SEP.match(preamble[d[1] : d[1] + 6])
                # (Nor the page's own date, run into the formula where a page lost its line breaks: "…发布时间:
                # 2024-03-20 09:17 2023年7月…审计局对…进行了审计…反馈".)
                and not _a_page_s_day(preamble, d[0], d[1])
            ]
            before = [d[2] for d in before_at]
            last_read = before_at[-1][1] if before_at else s_start
            if not before and (
                lost := lost_date_within(preamble, s_start, said, end or start, published)
                or lost_month_within(preamble, s_start, said, end or start, published)
            ):
                return start, end, lost
            if WORDLESS_DATE.search(preamble, last_read, said):
                # "…20211026日至119…,并于2022223市正式反馈": the cue's own date lost its words, unread.
                return start, end, None
            # (Not a date the notice is displayed on: "…反馈意见整改任务已完成整改，现予以公示，公示期2025年10月30日至…".)
            after = [
                d[2]
                for d in dates
                if said <= d[0] < s_start + len(sentence) and not V.DISPLAYED.search(preamble, said, d[0])
            ]
            if before or after:
                return start, end, (before or after)[-1 if before else 0]
            read = [(d[0], d[1]) for d in dates if s_start <= d[0] < s_start + len(sentence)]
            unread = (m.start() + s_start for m in _UNREAD_DAY.finditer(sentence))
            if any(not any(a <= at < b for a, b in read) for at in unread):
                return start, end, None  # its date lost its 年/月 past reading ("126日…反馈"): none, not a later one
    return start, end, None


def _outside_titles(sentence: str, word: str) -> int:
    """Where `word` first stands in `sentence` outside a document's name (《…反馈意见整改方案》 names a
    document, and says nothing of when the feedback was given) and not as the name of the problems it gave
    ("通报巡察反馈问题整改进展": 反馈问题 are the problems, not the act), nor where the words from it on do not make it
    the cue (`vocab.report.CUE_GOES_ON`: 出具 of no audit's document), or -1."""
    goes_on = V.CUE_GOES_ON.get(word)
    at = sentence.find(word)
    while at >= 0 and (
        sentence.count("《", 0, at) > sentence.count("》", 0, at)
        or _names_problems(sentence, at, word)
        or (goes_on is not None and not goes_on.match(sentence, at))
    ):
        at = sentence.find(word, at + 1)
    return at


def _names_problems(sentence: str, at: int, word: str) -> bool:
    """Whether `word` at `at` names the problems given, not the act: "巡察反馈问题", "反馈问题整改进展"; or their
    rectification, as an office's name does ("市环境保护督察反馈整改攻坚指挥部办公室 2021年1月13日")."""
    after_a_kind = sentence[max(0, at - 2) : at] in V.BARE_KINDS  # (巡察反馈…, 督察反馈…)
    if sentence.startswith("整改", at + len(word)):
        return after_a_kind
    if not sentence.startswith(("问题", "的问题"), at + len(word)):
        return False
    after = sentence.find("问题", at + len(word)) + 2
    return after_a_kind or sentence.startswith("整改", after)


def _range_that_lost_its_day(
    preamble: str,
    dates: list[tuple[int, int, dt.date]],
    says_whom: Callable[[tuple[int, int, dt.date]], bool],
) -> tuple[dt.date | None, dt.date | None]:
    """An inspection period whose end lost its 日 ("2022年8月19日至2022年11月15市委第三巡察组对…"), in a
    sentence that `says_whom` the inspection went to."""
    for date in dates:
        at, end_at, start = date
        lost = LOST_DAY_END.match(preamble, end_at)
        if lost and says_whom(date):
            year = int(lost.group(1)) if lost.group(1) else start.year
            end = to_date(year, int(lost.group(2)), int(lost.group(3)))
            if end is not None and end > start:
                return start, end
        bare = LOST_WORDS_END.match(preamble, end_at) if "月" not in preamble[at:end_at] else None
        readings = month_day_readings(bare.group(1)) if bare and says_whom(date) else []
        ends = within_a_period(readings_within(start.year, readings, start), start)
        if len(ends) == 1:
            return start, ends.pop()
        if len(readings) > 1:
            return start, None  # "2021126日至1112": its start, its end past reading
    return None, None


def _body_offset(folded: str, head_paras: list[Para], body_start: int) -> int:
    """Where the body begins in the preamble (`head_paras` joined a line apart): past the paragraphs of the title block,
    and into the one the body starts inside (a title run into its opening formula). (Not where the head's last line
    recurs: a share bar's "分享" above the text is found again in a page's "517人 分享" below it.)"""
    offset = 0
    for para in head_paras:
        if para.start >= body_start:
            break
        if para.end > body_start:
            return offset + len(_unwrapped(folded, Para(para.start, body_start)))
        offset += len(_unwrapped(folded, para)) + 1
    return offset


def _publish_date(outline: Outline) -> dt.date | None:
    """The date signed under the notice, else the page's publication date, else the date a report
    states at its head (the day it was delivered: "——2024年12月26日在…会议上", "（2024年12月25日）")."""
    paras = outline.paras
    # A signature follows the body: dated lines above its first long paragraph head a report instead. (A short
    # notice may have no long paragraph: its body begins with its opening words or its first heading.)
    body = next((k for k, p in enumerate(paras) if p.end - p.start >= 60), None)
    if body is None:
        first_heading = outline.root.children[0].start if outline.root.children else len(outline.folded)
        body = next(
            (
                k
                for k, p in enumerate(paras)
                if p.start >= first_heading
                or (
                    V.BODY_START.match(outline.folded[p.start : p.end])
                    and not is_date_line(outline.folded[p.start : p.end])
                )
            ),
            len(paras),
        )
    closing = [p for p in _closing_paras(outline, 10) if p.start > paras[body].start] if body < len(paras) else []
    for k in reversed(range(len(closing))):
        if k and ENDED_BY_RANGE_WORD.search(outline.folded, closing[k - 1].start, closing[k - 1].end):
            continue  # a period's end under its start ("公示日期" / "2026年3月12日至" / "2026年3月21日"): no signature's
        if k and V.DEADLINE_KEY.search(outline.folded, closing[k - 1].start, closing[k - 1].end):
            continue  # a deadline under its key ("拟何时销号" / "2025年3月31日"): a date planned, not signed
        found = _own_date(outline, closing[k])
        if found:
            return found
    for para in paras[:body]:
        if V.ANNOUNCED_ON.fullmatch(outline.folded, para.start, para.end):
            return _first_date(outline.folded[para.start : para.end])
    if paras and (
        announced := V.ANNOUNCED_RUN_ON.search(outline.folded, paras[0].start, paras[0].start + _STAMP_REACH)
    ):
        return _first_date(announced.group(1))
    for key in V.PUBLISH_KEYS:
        found = _first_date(V.SPACE_IN_FIGURES.sub("", outline.page_meta.get(key, "")))
        if found:
            return found
    head = (
        (paras[0].start, min(paras[min(len(paras), _STAMP_PARAS) - 1].end, paras[0].start + _STAMP_REACH))
        if paras
        else (0, 0)
    )
    for keyed in V.KEYED_PAGE_DAY:
        run_in = keyed.search(outline.folded, *head)
        if run_in and (found := _first_date(_taken(run_in))):
            return found
    for para in paras[:_TITLE_LOOKS]:
        # (A news lead that presents the notice, dated: "2021年8月26日,济南通报巡视整改进展情况。以下为内容摘要:".)
        line = outline.folded[para.start : para.end]
        if _presents_notice(line) and (dated_lead := V.LEAD_DATED.match(line)):
            return _first_date(dated_lead.group(1))
    # (A print-out: its footer stands among the lines, or its header carries the page's title after the clock time,
    # as a browser prints it: "2024/9/27 10:15  中共…的通报".)
    printed = any(
        furniture.PRINT_FOOTER.match(line) or _titled_stamp(line)
        for p in outline.furniture
        if (line := outline.folded[p.start : p.end])
    )
    # (Furniture near the head: not the links to other pages after the notice, whose dates are theirs.)
    first = paras[0].start if paras else 0
    head_end = first + 2000
    if outline.root.children:
        head_end = min(head_end, outline.root.children[0].start)
    links = (
        p.start
        for p in outline.furniture
        if p.start > first and furniture.LINKS_HEADING.match(outline.folded[p.start : p.end])
    )
    head_end = min(head_end, next(links, head_end))  # (…below a heading of them: "最新信息" / "- 2020-07-23 …")
    # (Only lines with a digit: a site's menu, a bar of links, may come first, line after line.)
    near = (outline.folded[p.start : p.end] for p in outline.furniture if p.start < head_end)
    lines = [line for line in near if _HAS_DIGIT.search(line)][:8]
    # A bare date and time (a print-out's header; in a print-out never the notice's) comes last, after a
    # dateline that says what it dates (发布时间…, …来源:…) and after a date the notice states at its head.
    bare = [line for line in lines if furniture.PRINT_HEADER.match(line)]
    for line in [line for line in lines if line not in bare]:
        found = None if V.NOT_PUBLICATION.search(line) else _first_date(line)
        if found:
            return found
    # (Within the lines before the body, a masthead's many among them: "牟定县审计局" / "审计结果公告" / "2022年第27号"….)
    for k, para in enumerate(paras[: max(_HEAD_LINES, min(body, _MASTHEAD_LINES))]):
        if k and V.DEADLINE_KEY.search(outline.folded, paras[k - 1].start, paras[k - 1].end):
            continue  # (a deadline under its key, in a short text's first lines)
        delivered = V.DELIVERED.match(outline.folded, para.start, para.end)
        dated = V.TITLE_DATE.search(outline.folded, para.start, para.end)
        counted = V.DATE_THEN_COUNT.fullmatch(outline.folded, para.start, para.end)
        found = (
            _own_date(outline, para)
            or (_first_date(_taken(delivered)) if delivered else None)
            or (_first_date(dated.group(1) or dated.group(2)) if dated else None)
            or (_first_date(counted.group(1)) if counted else None)
        )
        if found:
            return found
    # (…or a report's dateline below a reprint's own head, a wiki's links or where it was collected: "——2023年12月26日在
    # 第十四届…会议上".)
    for para in paras[:_MASTHEAD_LINES]:
        delivered = V.DELIVERED.match(outline.folded, para.start, para.end) or V.DELIVERED_RUN_ON.search(
            outline.folded, para.start, min(para.end, para.start + _STAMP_REACH)
        )
        if delivered and (found := _first_date(_taken(delivered))):
            return found
    # A page that lost its line breaks runs its date-and-time stamp into the text at its head ("…的通报 2023-03-17
    # 09:13编辑:… 根据县委统一部署，…"): no notice's words date a day to the minute.
    for para in paras[:_STAMP_PARAS]:
        stamp = V.PAGE_STAMP.search(outline.folded, para.start, min(para.end, para.start + _STAMP_REACH))
        if stamp and not V.NOT_PUBLICATION.search(outline.folded, max(para.start, stamp.start() - 8), stamp.start()):
            found = _first_date(stamp.group())
            if found:
                return found
    # A notice put up for a period was published on its first day.
    displayed = V.DISPLAY_START.search(outline.folded, 0, _DISPLAY_LOOKS)
    if displayed:
        found = _first_date(outline.folded[displayed.end() : displayed.end() + 16])
        if found:
            return found
    return next((found for line in ([] if printed else bare) if (found := _first_date(line))), None)


_HEAD_LINES = 8  # the lines at a text's head a date it states there is looked for in…
_MASTHEAD_LINES = 16  # …or as many as come before its body, up to this many
_DISPLAY_LOOKS = 5000  # how far into a notice its display period is looked for
_STAMP_PARAS = 3  # the paragraphs at a text's head a page's date-and-time stamp is looked for in
_STAMP_REACH = 400  # …and how far into each


def _titled_stamp(line: str) -> bool:
    """Whether a line is a browser's print header: a date and clock time, then the page's title."""
    stamp = furniture.PRINT_HEADER.match(line)
    return stamp is not None and _ends_as_title(line[stamp.end() :].strip(), TITLE_ENDS)


def _a_page_s_day(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is the page's own, run into the text where a page lost its line breaks:
    under a key ("发布时间:", "日期："), before a clock time ("2024-03-20 09:17"), or in figures set apart as a field
    ("… | 2024-03-20 | …", "…农业农村局 2024-01-18 主动公开"): no date the notice tells of."""
    if V.PAGE_DAY_KEY.search(text, max(0, start - 8), start) or V.CLOCK_AFTER.match(text, end):
        return True
    return (
        V.FIGURES_DAY.fullmatch(text, start, end) is not None
        and V.FIELD_EDGE.fullmatch(text[max(0, start - 1) : start] + text[end : end + 1]) is not None
    )


def _taken(m: re.Match[str]) -> str:
    """The one group that took part in a match of a pattern whose alternatives each capture the value."""
    return next(group for group in m.groups() if group)


def _first_date(text: str) -> dt.date | None:
    dates = parse_dates(text)
    return dates[0][2] if dates else None


def _own_date(outline: Outline, para: Para) -> dt.date | None:
    """The date of a line that is nothing but a date (a signature's, a report's), or a body's signature
    and its date."""
    line = outline.folded[para.start : para.end]
    if is_date_line(line):
        return _first_date(line)
    signed = _signed(line.strip(" ()（）"))
    return _first_date(signed.group(2)) if signed else None


def _counts_all(preamble: str, number: str, start: int, end: int) -> bool:
    """Whether the count at [start, end) numbers all the problems: not "一个问题" (a problem, as in "揭示一个问题",
    unless the inspection's verb counts it: "审计反馈一个问题"), not a leader's share ("主动认领4项具体问题"), nor a
    tally by status ("3个问题已完成整改") unless the inspection's verb introduces it ("反馈的7个问题已完成整改")."""
    if number == "一" and V.DECLARED_BY.search(preamble, max(0, start - 6), start) is None:
        return False
    if V.CLAIMED_SHARE.search(preamble, max(0, start - 8), start) and not V.ALL_CLAIMED.search(
        preamble, max(0, start - 10), start + 4
    ):
        return False
    if V.EARLIER_ROUND.search(preamble, max(0, start - 12), start):
        return False  # an earlier round's problems, checked again ("对照上轮巡察反馈的14个问题")
    if any(similar in preamble[start:end] for similar in V.SIMILAR_PROBLEMS):
        return False  # problems like those fed back, found beside them ("梳理出同类问题11个一并纳入整改台账")
    if preamble.startswith(V.OWN_FINDING_VERBS, start) and (
        V.OWN_FINDING.match(preamble, start) or V.OWN_CHECK.search(preamble, max(0, start - 16), start)
    ):
        return False  # problems the unit's own checks found ("开展专项检查，发现并整改问题31个"), not those fed back
    tally = V.TALLIED.match(preamble, end)
    # ("25个问题已全部完成整改": all of them, so their number; so are those listed below, "以下5项整改任务已完成整改".)
    return (
        tally is None
        or "全部" in tally.group()
        or preamble.startswith("以下", start)
        or V.DECLARED_BY.search(preamble, max(0, start - 6), start) is not None
    )


_LISTED_WITHIN = 1500  # how far into a text an opening that counts and lists its few problems is looked for


def _declared_counts(preamble: str, text: str = "") -> tuple[int | None, StatusCounts | None]:
    totals = []
    tasks: set[int] = set()  # the totals that count tasks the problems became ("细化为32项整改任务")
    for m in V.ISSUE_COUNT.finditer(preamble):
        group = next(k for k, g in enumerate(m.groups(), 1) if g)
        raw = m.group(group)
        # (A sum after its parts, "…上轮巡察整改不到位问题3个，共计19个", is read from where the sum stands.)
        start = m.start(group) if V.SUM_OF_PARTS.search(m.group()) else m.start()
        value = to_int(raw)
        if V.SELF_EXAMINED.search(preamble, max(0, m.start(group) - 16), m.start(group)):
            continue  # what the members found examining themselves ("查摆出个人存在的问题21条")
        if V.RECTIFICATION_CLASS.search(preamble, max(0, m.start(group) - 16), m.start(group)):
            continue  # one class of the problems, "要求立行立改的187个问题", not all of them
        if m.group(group).isdigit() and f"第{raw}项" in preamble:
            continue  # an ordinal the text writes in full elsewhere: "…督察53项问题整改公示" for its "第53项问题"
        if value and _counts_all(preamble, raw, start, m.end()):
            totals.append(value)
            if "任务" in m.group() or "项目" in m.group():
                tasks.add(value)
    if any(word in preamble for word in V.PARTS_WORDS):
        totals += [sum(to_int(n) or 0 for n in m.groups() if n) for m in V.PARTS_OF_PROBLEMS.finditer(preamble)]
    # (The notice's items are the complaints passed on.)
    complaints = not totals and any(word in preamble for word in V.COMPLAINT_WORDS)
    if complaints:
        totals = [value for m in V.COMPLAINT_COUNT.finditer(preamble) if (value := to_int(_taken(m)))]
        complaints = bool(totals)
    if not totals and (listed := FORMULA_LISTS.search(text, 0, _LISTED_WITHIN)):
        totals = [to_int(listed.group(1)) or 0]  # the few the opening lists: "反馈问题…整改2个，分别是…；…"
    counts: dict[str, int] = {}
    # The first sentence that states status totals gives them all ("已整改到位7个，部分整改3个，正在整改2个"
    # sums to in_progress 5); later sentences may repeat them.
    declared = max(totals) if totals else None
    if declared and any(
        (to_int(n) or 0) > declared for m in V.APPROXIMATE_COUNT.finditer(preamble) for n in m.groups() if n
    ):
        declared = None  # the finest count is an approximation ("3个方面14项共38余个问题"): not the coarser one instead
    tallies = _tallies(preamble)
    if declared:
        # A sentence whose tally adds up to the problems declared tallies them, wherever it stands ("截至6月底，54项
        # 整改任务已完成46项，8项正在按计划推进", after a tally of assets registered).
        exact = next(
            (
                found
                for sentence, found in tallies
                if sum(found.values()) == declared and not V.OTHER_TALLY.search(sentence)
            ),
            None,
        )
        if exact is None:
            # …or two in a row that do together ("已整改47个，整改率90.4%；正在整改5个" beside 52 problems).
            exact = next(
                (
                    {status: first.get(status, 0) + second.get(status, 0) for status in {*first, *second}}
                    for (one, first), (two, second) in zip(tallies, tallies[1:])
                    if first
                    and second
                    and sum(first.values()) + sum(second.values()) == declared
                    and not V.OTHER_TALLY.search(one + two)
                ),
                None,
            )
        if exact:
            return declared, _totals(exact, declared)
    for sentence, found in tallies:
        # (A declared count of tasks beside the problems they came from: a tally of those problems is theirs.)
        # (…not the tasks of another round beside them, counted as tasks too: "第一轮…37项整改任务" beside 45.)
        of_problems = declared in tasks and sum(found.values()) in totals and sum(found.values()) not in tasks
        if found and declared and not of_problems and _tallies_another_total(sentence, declared):
            # "14个自查问题已完成6个" beside the 29 problems fed back: a part's tally (not "9个问题已全部整改销号" beside
            # the 9 problems the 32 tasks came from).
            continue
        if found and declared and sum(found.values()) > declared:
            continue  # more than all there are: a tally of other things ("已解决群众反映的问题52个" beside 13)
        if found and declared and not of_problems and _tallies_its_own_total(sentence, declared, sum(found.values())):
            continue  # the tally of another total its sentence declares (a first round's 37 tasks beside 45)
        if found and V.OTHER_TALLY.search(sentence):
            continue  # problems the unit's own checks found, or a batch published before ("前期已公布…")
        if found and not complaints and "问题" not in sentence and V.COMPLAINTS_NAMED.search(sentence):
            continue  # complaints passed on, beside the problems ("转办130件信访事项已全部办结")
        if not found or "问题" in sentence or sum(found.values()) == declared:
            counts = found
        elif declared is None and not V.TASKS_OR_MEASURES.search(sentence):
            counts = found
        elif declared in tasks and "任务" in sentence and not V.MEASURE_WORDS.search(sentence):
            counts = found  # the tasks the declared count counts: "在104项具体整改任务中，75项已经完成…"
        # else: totals of tasks or measures ("62项整改任务…已完成55项"), not of issues
        if counts:
            if declared is None and len(counts) >= 2 and V.TALLY_OF_PROBLEMS.search(sentence):
                declared = sum(counts.values())  # "3个问题已完成整改，2个问题已基本完成整改": 5 in all
            break
    if not counts:
        # A notice published in parts states its totals where the last part closes ("至此，…").
        for sentence in _sentences_with(text, _UP_TO):
            if "问题" in sentence:
                found = _status_tally(sentence)
                if len(found) >= 2:
                    counts = found
                    # "截至目前，上述6个问题已完成5个，其余1个正在推进": the problems it counts, if the tally adds up.
                    named = _PROBLEMS_COUNTED.search(sentence)
                    if declared is None and named and to_int(named.group(1)) == sum(found.values()):
                        declared = sum(found.values())
    return declared, (_totals(counts, declared) if counts else None)


def _totals(counts: dict[str, int], declared: int | None) -> StatusCounts:
    """The declared totals: a status left untallied is 0 where the others add up to the declared count, else unknown."""
    whole = declared is not None and sum(counts.values()) == declared
    return StatusCounts(**{**({"completed": 0, "long_term": 0, "in_progress": 0} if whole else {}), **counts})


_HEADING_COUNT = compile_shared(rf"[（(]共?{V.COUNT_NUM}[ \t]*(?:个|项|条|件)[)）]\s*$")


def _tally_of_status_headings(outline: Outline) -> dict[str, int] | None:
    """Status → count where two or more headings group the findings by status and count them ("二、已完成整改的问题
    （4个）", "三、正在整改的问题（2个）"): the totals they declare together."""
    found: dict[str, int] = {}
    groups = 0
    stack = list(outline.root.children)
    while stack:
        node = stack.pop()
        stack.extend(node.children)
        title = outline.folded[node.title_start : node.title_end].strip()
        counted = _HEADING_COUNT.search(title) if title.endswith(("）", ")")) else None
        said = group_status(title[: counted.start()]) if counted else None
        value = to_int(counted.group(1)) if counted else None
        if said and value and said[0] != "not_stated":
            found[said[0]] = found.get(said[0], 0) + value
            groups += 1
    return found if groups >= 2 else None


def _tallies(preamble: str) -> list[tuple[str, dict[str, int]]]:
    """Each sentence of `preamble` with its status tally; a sentence tallying the rest ("其余8个问题正在分阶段推进
    整改") is joined to the last one that tallies ("…已整改87个"): together they tally all the problems."""
    tallies: list[tuple[str, dict[str, int]]] = []
    last: int | None = None  # the last sentence that tallies
    for sentence in re.split(r"[。；;\n]", preamble):
        found = _status_tally(sentence)
        if found and last is not None and sentence.lstrip().startswith(V.THE_REST):
            before, counted = tallies[last]
            merged = {status: counted.get(status, 0) + found.get(status, 0) for status in {*counted, *found}}
            tallies[last] = (before + "，" + sentence, merged)
            continue
        if found:
            last = len(tallies)
        tallies.append((sentence, found))
    return tallies


def _tallies_another_total(sentence: str, declared: int) -> bool:
    """Whether a clause of the sentence tallies problems of another number than the declared one ("其中14个自查
    问题已完成6个" beside 29 problems fed back): the tally is of that other set."""
    for clause in re.split(r"[，,]", sentence):
        counted = [m for m in _PROBLEMS_COUNTED.finditer(clause) if to_int(m.group(1)) != declared]
        tally = _status_tally(clause) if counted else {}
        if not tally:
            continue
        # The other set is named before its tally ("3个问题已全部完成"); a count after the status word is the
        # tally's own ("已完成…的16项问题整改").
        said = _STATUS_WORD.search(clause)
        if said is None or any(m.start() < said.start() for m in counted):
            return True
    return False


def _tallies_its_own_total(sentence: str, declared: int, tallied: int) -> bool:
    """Whether the sentence declares a total of its own, not the declared one, that its tally fits ("第一轮…整改方案共37项
    整改任务，已完成整改36项" in a report on three rounds, beside the 45 of another): the tally is that total's. (A
    count after the status word is the tally's own: "已全部完成6个问题的整改".)"""
    said = _STATUS_WORD.search(sentence)
    before = sentence[: said.start()] if said else sentence
    own = [to_int(_taken(m)) for m in V.ISSUE_COUNT.finditer(before)]
    return bool(own) and declared not in own and any(value and tallied <= value for value in own)


_STATUS_WORD = compile_shared(rf"{V.TALLY_VERBS}|均")


# A number of problems of any kind: "14个自查问题", "29个反馈问题".
_PROBLEMS_COUNTED = compile_shared(rf"{V.COUNT_NUM}[ \t]*(?:个|项|条)[\u4e00-\u9fff]{{0,8}}?问题")


_SENTENCE_BREAK = compile_shared(r"[。；;\n]")


def _sentences_with(text: str, words: tuple[re.Pattern[str], ...]) -> list[str]:
    """The sentences of `text` (as `re.split(r"[。；;\n]", text)` cuts them) in which one of `words`
    matches, in order: found from the matches, so a long text is not cut into every one of its sentences.
    (A match of one pattern that overlaps another's lies in the sentence taken for the first.)"""
    found: list[str] = []
    end = -1
    for m in sorted((m for pattern in words for m in pattern.finditer(text)), key=lambda m: m.start()):
        if m.start() < end:
            continue  # in the sentence taken already
        # Where the sentence starts: looked for close by first (a separator the text lacks would send each
        # search back to its start), then, for a sentence longer than that, all the way back.
        near = max(0, m.start() - 400)
        start = max(text.rfind(sep, near, m.start()) for sep in "。；;\n")
        if start < 0 and near:
            start = max(text.rfind(sep, 0, near) for sep in "。；;\n")
        brk = _SENTENCE_BREAK.search(text, m.end())
        end = brk.start() if brk else len(text)
        found.append(text[start + 1 : end])
    return found


def _status_tally(sentence: str) -> dict[str, int]:
    """Status → number for each clause of `sentence` that pairs a status phrase with a count."""
    found: dict[str, int] = {}
    if not any(unit in sentence for unit in "个项条件") or not has_phrase(sentence):
        return found  # a tally needs a count (STATUS_NUM: 7个, 3项, 2条, 4件) and a status phrase
    if "其中" in sentence:
        sentence = V.BREAKDOWN.sub("", sentence)  # "正在整改18个（其中部分整改11个、分阶段整改7个）": 18 in all
        # …or after a comma, where the clause before it tallies ("其余4项正在整改，其中达到序时进度3项、…1项"), not where
        # it opens the tally ("共反馈问题23个，其中已完成19个…").
        for m in _BREAKDOWN_AFTER.finditer(sentence):
            opens = max(sentence.rfind("，", 0, m.start()), sentence.rfind(",", 0, m.start())) + 1
            broken_down = sentence[opens : m.start()]
            if V.STATUS_NUM.search(broken_down) and first_phrase_span(broken_down):
                # (…unless the breakdown tallies the statuses themselves: "14个问题已全部完成阶段性整改任务，其中已完成整改
                # 11个，需长期坚持的3个".)
                finer = _status_tally(sentence[m.end() :])
                sentence = sentence[m.end() :] if len(finer) >= 2 else sentence[: m.start()]
                break
    if "含" in sentence or "包括" in sentence:
        sentence = V.TALLY_ASIDE.sub("", sentence)
    if "一" in sentence:
        sentence = V.ONE_BY_ONE.sub("", sentence)  # "整改完成一项、核查一项、销号一项": a slogan
    clauses: list[str] = []
    for clause in re.split(r"[，,]", sentence):
        parts = clause.split("、")
        # "已完成7项、基本完成3项" lists tallies; "长期坚持、持续推进3个" is one status with one count.
        clauses += parts if all(V.STATUS_NUM.search(p) for p in parts) else [clause]
    before: str = ""
    measures = False  # (the clause before tallied measures: "其余3条" after it are measures too)
    problems_tallied = _PROBLEMS_COUNTED.search(sentence) is not None
    for clause in clauses:
        counted = _PROBLEMS_COUNTED.search(clause) is not None
        measures = (
            (V.MEASURES_TALLIED.search(clause) is not None and not counted)
            or (problems_tallied and not counted and V.TASKS_TALLIED.search(clause) is not None)
            or (measures and clause.startswith(V.THE_REST))
        )
        if measures:
            before = clause
            continue
        if "第" in clause and V.ITEMS_BY_NUMBER.search(clause):
            before = clause
            continue  # items named by number ("第2、9个问题需长期坚持"), not counted
        phrase = first_phrase_span(clause) or _staged(clause)
        if phrase is not None and "或" in clause and _EITHER.search(clause):
            before = clause
            continue  # "其余7个正在整改或需长期坚持": a count of two statuses, neither's own
        if phrase is None or V.PLANNED.search(clause):
            before = clause
            continue  # (a deadline's target, "2023年年底前24项全部整改完成", is no tally of what is done)
        status, end = phrase
        # The count after the phrase ("已完成7个"), else the last before it that counts problems, not the areas
        # they fall in ("3个方面9个问题已全部整改到位": 9).
        number = V.STATUS_NUM.search(clause, end) or next(
            (m for m in reversed(list(V.STATUS_NUM.finditer(clause, 0, end))) if not V.GROUPING.match(clause, m.end())),
            None,
        )
        if number is None and (bare := _BARE_COUNT.match(clause, end)):
            number = bare  # "已完成整改9，阶段性完成整改9个": the measure word lost beside the others'
        if number is None and V.ALL_OF_THEM.match(clause):
            # "立行立改问题41个，已全部整改到位": all of the problems the clause before counts.
            number = V.PROBLEMS_BEFORE.search(before)
        value = to_int(_taken(number)) if number else None
        if value is not None:
            found[status] = found.get(status, 0) + value
        before = clause
    return found


_BREAKDOWN_AFTER = compile_shared(r"[，,]其中")
_BARE_COUNT = compile_shared(r"[ \t]*(\d{1,3})[ \t]*$")


def _staged(clause: str) -> tuple[Status, int] | None:
    """An audit's tally of problems rectified in stages ("分阶段整改5个"), counted as under way."""
    at = clause.find(STAGED)
    return ("in_progress", at + len(STAGED)) if at >= 0 and V.STATUS_NUM.search(clause, at) else None


_LISTED_PHONE_GAP = compile_shared(r"(?:[(（][^)）]{0,20}[)）])?[、，,/或和；; \t]*(?:[\u4e00-\u9fff]{2,12}[:： \t]*)?")


_LAST_KEY_LISTED = compile_shared(r"[及、和][\u4e00-\u9fff]{0,3}$")  # (before 地址: "受理部门、电话、邮箱及受理地址:")


def _contacts(closing: str, original: str) -> Contacts:
    """Phones, e-mails, postcode and address from the closing text (`original` is the same span
    unfolded, so a phone and the address keep their full-width brackets)."""
    phones: list[str] = []
    for cue in V.PHONE_CUE.finditer(closing):
        window = closing[cue.end() : cue.end() + 60]
        last = None
        for m in V.PHONE.finditer(window):
            # "电话：0776-2812345、0776-2812350": numbers listed after one cue, each maybe after the body it reaches
            # ("监督电话：村务监督委员会 0736-7261150；镇纪委 0736-7261012").
            if last is not None and not _LISTED_PHONE_GAP.fullmatch(window[last : m.start()]):
                break
            if V.DAY_AS_NUMBER.fullmatch(m.group()) and not V.PHONE_RIGHT_AFTER_KEY.fullmatch(window, 0, m.start()):
                continue  # "…或电话形式反馈。公示时间20181012": a day, not a number the cue gives
            phones.append(original[cue.end() + m.start() : cue.end() + m.end()])  # as written: "（0746）8123567"
            last = m.end()
    # (A value on the key's own line before one on the line below: "六、受理部门、电话、邮箱及受理地址:" heads lines of which
    # "受理地址:兰西县老武装部院内" gives it, not the department's name under the heading; and, where the lines run into one,
    # a key of its own before the last of a list of keys.)
    addresses = list(V.ADDRESS.finditer(closing))
    same_line = [m for m in addresses if "\n" not in closing[m.start() : m.start(1)]]
    address = next(
        (m for m in same_line if not _LAST_KEY_LISTED.search(closing, max(0, m.start() - 4), m.start())), None
    ) or next(iter(same_line or addresses), None)
    postcode = V.POSTCODE.search(closing)
    return Contacts(
        phones=list(dict.fromkeys(phones)),
        # (An address needs its @: a closing without one is spared a pattern tried at every position.)
        emails=list(dict.fromkeys(V.EMAIL.findall(closing))) if "@" in closing else [],
        address=original[address.start(1) : address.end(1)].strip() if address else None,
        postcode=postcode.group(1) if postcode else None,
    )


def _is_body(name: str) -> bool:
    """A named organisation, not 我局, not each of several (各县党委) and not an inspection team."""
    ends_as_body = V.UNIT_END.search(name[-2:]) is not None or V.PARTY_ORGANISATION.match(name) is not None
    return not name.startswith(("我", "各")) and ends_as_body and V.TEAM_CORE.search(name) is None


def _publishing_body(preamble: str) -> str | None:
    """The body whose clause says it publishes the notice: "…，云泽区…领导小组办公室现将…公开如下"."""
    at = preamble.find(V.PUBLISHING)
    while at >= 0:
        clause = re.split(r"[。；;，,\n]", preamble[max(0, at - 44) : at])[-1]
        body = V.PUBLISHING_BODY.fullmatch(clause)
        if body and V.TEAM_CORE.search(body.group(1)) is None:
            return body.group(1)
        at = preamble.find(V.PUBLISHING, at + 1)
    return None


def _announcing_auditor(preamble: str, text: str, team: str | None) -> str | None:
    """The audit office that announces the results of its own audit ("…审计局派出审计组…进行了审计，现将审计结果公告如下",
    or a third-person account of what it found: "审计发现…存在…等问题"), not the unit it audited."""
    if not team or not V.AUDIT_OFFICE.fullmatch(team):
        # (…or the office the opening sentence names as the one that audited, where it sent no team by name.)
        opened = V.OFFICE_AUDITED.search(text, 0, _OFFICE_OPENS_WITHIN)
        if opened is None:
            return None
        team = opened.group(1)
    if "公告如下" in preamble and V.AUDIT_RESULTS_ANNOUNCED.search(preamble):
        return team
    # (…where no formula says who publishes what: "…鹿城镇高度重视…现将整改结果公告如下" is the town's own notice.)
    if V.PUBLISHING in preamble or V.SPEAKS_AS_UNIT.search(text, 0, _OPENING_AT_MOST_FOR_AUDIT):
        return None
    return team if V.AUDIT_FOUND.search(text, 0, _OPENING_AT_MOST_FOR_AUDIT) else None


_OPENING_AT_MOST_FOR_AUDIT = 3000  # how far an audit's account of its findings is read for who speaks in it
_OFFICE_OPENS_WITHIN = 400  # how far into a text the office that audited is looked for, where it sent no named team


def _issuer_from_body(preamble: str, body: str, unit: str | None) -> str | None:
    """Who publishes a notice that names itself nowhere: the body that says it does ("…办公室现将…公示如下") or that
    it has done the task a closure notice posts ("…集团有限公司已完成…第4项问题整改"), the unit inspected, as the
    opening formula names it ("…对滨海港工业园区管理办公室党委进行了巡察"), or the body the findings were fed back
    to ("…向广元市委反馈了巡视意见"), or the body acting in the organisation of the work ("海州区委坚决扛起…").
    A place (连云港市海州区) is inspected, but its 区委 publishes."""
    publishing = _publishing_body(preamble)
    if publishing:
        return publishing
    done = V.DONE_BY_BODY.search(preamble) if "已" in preamble else None
    if done:
        return done.group(1)
    if V.TO_CONGRESS.search(preamble):
        return None  # (a report read to a congress: the speaker's office issues it, `_speaker`)
    acting = V.ACTING_BODY.search(preamble)
    actor = acting.group(1) if acting else _own_body_named(preamble, unit)
    # (The unit without the units the inspection took in with it: 市委统战部(含市台联、…) publishes.)
    own = V.INCLUDED.sub("", unit) if unit else None
    if own and actor and actor.startswith(own):
        own = actor  # its party body, acting in the work: 合肥市建投集团党委 for 合肥市建投集团
    recipient = _recipient(body)
    if (
        own
        and "、" in own
        and not any(V.PARTY_BODY_END.search(name) for name in own.split("、")[:-1])  # (not 县甲局党组、县乙局党组)
        and any(short and short != own and own.endswith(short) for short in (recipient, actor))
    ):
        return own  # one body by its two names, which the text shortens: "省海港集团、宁波舟山港集团党委" → "集团党委"
    candidates = (own, recipient, actor)
    # A list of units (对木垒县东城镇、奇台县七户乡…进行了巡察) names no one publisher.
    return next(
        (
            c
            for c in candidates
            if c and _is_body(c) and not V.PLACE.fullmatch(c) and ("、" not in c or V.JOINT_BODY.fullmatch(c))
        ),
        None,
    )


def _own_body_named(preamble: str, unit: str | None) -> str | None:
    """ "我乡党委高度重视" in a notice on 红石桥乡: the unit's party body, 红石桥乡党委."""
    if not unit or "我" not in preamble or V.PARTY_BODY_END.search(unit):
        return None
    own = V.OWN_PARTY_BODY.search(preamble)
    return unit + own.group()[2:] if own and unit.endswith(own.group()[1]) else None


def _placed(body: str | None, title: str | None) -> str | None:
    """A committee named without its place ("市委、市政府", as a 督察 report says who rectifies), with the place its
    title opens with ("宁川市贯彻落实…" → 宁川市委、市政府)."""
    if (
        not body
        or not title
        or body[:2] not in V.BARE_COMMITTEES
        or not (len(body) == 2 or V.JOINT_BODY.fullmatch(body))
    ):
        return body  # (not a department of it: 市委统战部)
    place = V.TITLE_PLACE.match(fold(title))
    return place.group(1) + body[1:] if place and place.group(1).endswith(body[0]) else body


def _fuller(from_body: str | None, source: str | None) -> str | None:
    """The notice's own name for its publisher, unless the page's 来源 spells the same body out in
    full (来源:广州市住房和城乡建设局 for 市住房城乡建设局党组: 广州市住房和城乡建设局党组, as the real openings' h09
    label writes it) or names a body where the notice names a committee without its place; a 来源 naming another
    body (the site a notice was reposted from) comes last."""
    if not from_body or not source:
        return from_body or source
    if from_body[:2] in V.BARE_COMMITTEES and not source.startswith(V.BARE_COMMITTEES):
        return source  # "市委、市政府", whose place the notice never says, beside 来源：定西市…办公室
    party = V.PARTY_BODY_END.search(from_body)
    if from_body[: party.start() if party else len(from_body)] in V.UNIT_KINDS and _is_body(source):
        # "学校党委", the kind of unit the notice calls itself, beside 来源：中共江淮理工学院委员会: the body by its name.
        return source if V.PARTY_BODY_END.search(source) or not party else source + from_body[party.start() :]
    body = from_body[: party.start()] if party and not V.PARTY_BODY_END.search(source) else from_body
    if len(source) <= len(body):
        return from_body
    pairs = {source[i : i + 2] for i in range(len(source) - 1)}
    shared = sum(1 for i in range(len(body) - 1) if body[i : i + 2] in pairs)
    rest = iter(source)
    # (…or abbreviates it, its characters in order: 县市场监管局 for 泰和县市场监督管理局.)
    if shared * 2 >= len(pairs) or all(char in rest for char in body):
        return source + from_body[len(body) :]  # with the party body the notice names (…局党组)
    return from_body


def _signature_end(outline: Outline, start: int, end: int | None = None) -> int | None:
    """Where the notice's signature ends (its closing date, under the signing body's line), from `start` (and up to
    `end`): what follows is the page's (相关阅读, the site's 新闻热线, a WeChat account's 投稿邮箱), else None."""
    paras = [p for p in outline.paras if p.start >= start and (end is None or p.end <= end)]
    for k, (above, para) in enumerate(zip(paras, paras[1:]), 1):
        if is_signature(outline.folded[above.start : above.end], outline.folded[para.start : para.end]):
            # (A note in brackets right under it is the notice's: "（监督举报电话：0734-5521369）".)
            note = paras[k + 1] if k + 1 < len(paras) else None
            if note and V.BRACKETED_CONTACT.fullmatch(outline.folded[note.start : note.end].strip()):
                return note.end - start
            return para.end - start
    return None


def _full_issuer(outline: Outline, issuer: str | None) -> str | None:
    """The issuer with the formal name or the place the text gives it elsewhere, as written; read in the
    folded view (a reprint's 徐庄鎮黨委 is 徐庄镇党委 there)."""
    return _as_written(
        outline,
        _placed_in_text(outline, _placed_by_page(outline, _formal_name(outline, fold(issuer) if issuer else None))),
    )


def _placed_by_page(outline: Outline, issuer: str | None) -> str | None:
    """An issuer the notice names without its place ("市住房和城乡建设局党组", "省统计局", "自治州审计局"), with the place
    the page's own lines name the same body with: its header ("遂安市住房和城乡建设局" above the navigation), its
    metadata ("发布机构 | 克州审计局"), or its title ("浙江省统计局落实…整改情况")."""
    level = next((word for word in V.BARE_LEVELS if issuer and issuer.startswith(word)), None)
    if not issuer or level is None or len(issuer) < len(level) + 3:
        return issuer
    party = V.PARTY_BODY_END.search(issuer)
    core = issuer[len(level) : party.start() if party else len(issuer)]
    named = re.compile(rf"([\u4e00-\u9fff]{{1,8}}?{level[-1]}){re.escape(core)}")
    # (A line of the page's head may hold the name anywhere; a title, a line with no sentence's stop, opens with it.)
    body = _first_sentence(outline)
    lines = [(named.search, p) for p in outline.furniture if body is None or p.start < body][:_PAGE_HEAD_LINES]
    lines += [
        (named.match, p)
        for p in outline.paras[:_TITLE_LINES]
        if not _SENTENCE_STOP.search(outline.folded, p.start, p.end)
    ]
    for find, para in lines:
        found = find(outline.folded, para.start, para.end)
        if found and len(found.group(1)) >= 2:
            return found.group(1) + issuer[len(level) :]
    return issuer


_TITLE_LINES = 3  # the notice's first lines, where its title stands
_SENTENCE_STOP = compile_shared(r"[，,。；;]")
_PAGE_HEAD_LINES = 24  # the most of the page's own lines above the notice's first sentence that may name its body


def _placed_in_text(outline: Outline, issuer: str | None) -> str | None:
    """An issuer named without its place ("市审计局", "区委宣传部") with the one place of its level the text names
    anywhere above its foot (瑞金市 in "关于瑞金市2020年度…的审计工作报告", 益阳市赫山区 in a cited rule's title); left bare when the
    text names none or several (a county's notice that names two of its neighbours)."""
    party = "中共" if issuer and issuer.startswith("中共") else ""
    body = issuer[len(party) :] if issuer else ""
    if len(body) < 2 or body[0] not in places.LEVEL_WORDS or body.startswith(places.NOT_BARE):
        return issuer
    if places.opens_with_place(body):
        return issuer  # a place already (市中区人民医院): not a bare level word
    # (…in the page's lines down to the notice's last, not the foot below it: a list of other pages' news, the footer.)
    named = places.places_named(outline.folded[: outline.paras[-1].end] if outline.paras else "", body[0])
    return party + next(iter(named.values())) + body[1:] if len(named) == 1 else issuer


def _formal_name(outline: Outline, issuer: str | None) -> str | None:
    """The formal name of a party body the notice shortens, where the text spells it out: 徐庄镇党委 is
    中共徐庄镇委员会, 局党组 is 中共广州市…天河区分局党组 (in a cited plan's title, the leading group's name)."""
    if issuer and V.PLACE.fullmatch(issuer):
        # A place that names no body ("静海区关于…的通报"): its party committee, where the page spells it out ("文章来源:
        # 中共天津市静海区委员会").
        committee = _named_in_notice(outline, rf"中共[\u4e00-\u9fff]{{0,10}}?{re.escape(issuer)}委员会")
        return committee.group() if committee else issuer
    short = V.SHORT_BODY.fullmatch(issuer or "")
    if short is None or issuer is None or issuer.startswith("中共"):
        return issuer
    core, kind = short.groups()
    tail = V.FORMAL_TAIL.get(kind)
    if tail is None:  # 海州区委: the place and 委员会
        core, tail = core + kind[0], "委员会"
    formal = _named_in_notice(outline, rf"中共[\u4e00-\u9fff（）()]{{0,20}}?{re.escape(core)}{tail}")
    if formal:
        return formal.group()
    if len(core) < 2:
        return issuer
    # An abbreviation (市法院 for 莆田市中级人民法院, 市妇联 for 丽水市妇女联合会): its characters in order.
    links = _links_elsewhere(outline)
    for found in re.finditer(rf"中共[\u4e00-\u9fff（）()]{{2,30}}?{tail}", outline.folded):
        if _within(links, found.start()):
            continue
        rest = iter(found.group())
        if all(ch in rest for ch in core):
            return found.group()
    return issuer


def _named_in_notice(outline: Outline, pattern: str) -> re.Match[str] | None:
    """The first body `pattern` finds in the folded text outside a link to another page (上一篇：中共…党组关于…的通报,
    whose body is that page's)."""
    links = _links_elsewhere(outline)
    return next((m for m in re.finditer(pattern, outline.folded) if not _within(links, m.start())), None)


def _links_elsewhere(outline: Outline) -> list[tuple[int, int]]:
    """The lines that link to other pages: to the page before or after (上一篇：…, 【下一条】…), or listed under a heading
    of links (相关文章 / "· 中共…党组关于巡察整改进展情况的通报"), down to the next paragraph of the text. (A dated list of
    them is blank in the folded view: `Outline.links`.)"""
    folded = outline.folded
    spans: list[tuple[int, int]] = []
    listed_from = -1  # (the paragraph index a heading of links stands before, while its list goes on)
    for p in outline.furniture:
        line = folded[p.start : p.end]
        if furniture.LINKS_HEADING.match(line):
            listed_from = outline.para_index(p.start)
        elif (
            listed_from >= 0 and outline.para_index(p.start) == listed_from and not furniture.is_meta_line(line)
        ) or furniture.NAV_LINK.match(line):
            # (Not the page's own metadata below the list: "- 发布机构:中共徐庄镇委员会".)
            spans.append((p.start, p.end))
        else:
            listed_from = -1
    return spans


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    return any(start <= at < end for start, end in spans)


def _recipient(preamble: str) -> str | None:
    """Whom the inspection fed its findings back to: "向广元市委反馈了巡视意见"."""
    m = V.RECIPIENT.search(preamble)
    return m.group(1) if m else None


def _lead(text: str) -> re.Match[str] | None:
    """The person the text names as 负总责 or 第一责任人, else as head (组长) of the rectification's leading group, else
    as the secretary under a heading on the first responsibility."""
    # LEAD tries its role words at every position; it cannot match without one of these words.
    lead = V.LEAD_CHARGED.search(text) if any(word in text for word in V.CHARGED_WORDS) else None
    lead = lead or (V.LEAD_HEAD.search(text) if V.HEAD_WORD in text else None)
    lead = lead or next(
        (
            found
            for m in V.LEADING.finditer(text)
            if (found := V.LEAD_BEFORE.search(text, max(0, m.start() - 16), m.start()))
        ),
        None,
    )
    return lead or (V.LEAD_UNDER_DUTY.search(text) if V.DUTY_WORD in text else None)


def _lead_name(outline: Outline, lead: re.Match[str] | None) -> str | None:
    """The lead official's name as written, without the spaces a Word file pads a short name with ("林  斌")."""
    if lead is None:
        return None
    name = _taken(lead)
    return (
        _as_written(outline, re.sub(r"[ \t]+", "", name)) if " " in name or "\t" in name else _as_written(outline, name)
    )


def _as_written(outline: Outline, value: str | None) -> str | None:
    """A value read in the folded view, as the notice writes it (`segment.fold.as_written`)."""
    return as_written(value, outline.folded, outline.text) if value else value


def _told_again(body: str) -> int:
    """Where the body first tells of a second look (回头看), not in a document it cites (《…巡察“回头看”反馈…问题整改
    方案》, whose round the opening told already); -1 where it does not."""
    return next(
        (
            m.start()
            for m in re.finditer("回头看", body)
            if body.rfind("《", 0, m.start()) <= body.rfind("》", 0, m.start())
        ),
        -1,
    )


def extract_report(
    outline: Outline,
    first_issue_start: int | None,
    last_issue_end: int | None,
    is_notice: bool = True,
    last_issue_start: int | None = None,
    head: Head | None = None,
) -> Report:
    """Report fields from the text before the first issue and after the last one; a text that is not a
    rectification notice declares no issue or status counts. `head` is `read_head(outline)` where the caller
    read it already."""
    folded = outline.folded
    preamble_end = first_issue_start if first_issue_start is not None else min(len(folded), 3000)
    # Paragraphs joined back where a PDF hard-wrapped them: the report fields are plain strings.
    head_paras = outline.paras[: outline.para_index(preamble_end)]
    preamble = "\n".join(_unwrapped(folded, p) for p in head_paras)
    title, issuer, body_start = head or read_head(outline)
    closing_start = outline.trailer[0].start if outline.trailer else (last_issue_end or max(0, len(folded) - 1500))
    closing_from = min(closing_start, last_issue_start or closing_start)
    if last_issue_end is None:
        closing_from = max(closing_from, body_start)  # (not in the page's head: a short opening's site 服务热线)
    closing, closing_original = folded[closing_from:], outline.text[closing_from:]
    footer = furniture.SITE_FOOTER.search(closing)
    signed = _signature_end(outline, closing_from)
    ends = [at for at in (footer.start() if footer else None, signed) if at is not None]
    if ends:  # below the signature, or in the site's footer: the page's address and phones, not the notice's
        closing, closing_original = closing[: min(ends)], closing_original[: min(ends)]
    body = preamble[_body_offset(folded, head_paras, body_start) :]
    # (A second look's notice may tell first of the round it looks back on: its own round is the one the title names.)
    if (
        title
        and "回头看" in title
        and (again := _told_again(body)) > 0
        and "回头看" not in (_formula(body) or "回头看")
    ):
        body = body[body.rfind("。", 0, again) + 1 :]
    formula = _formula(body) or _formula(preamble)
    # The team as the formula sentence names it, else its first mention.
    keyed_team = V.KEYED_TEAM.search(preamble) if "：" in preamble or ":" in preamble else None
    mention = keyed_team.group(1) if keyed_team else _team_in(formula or body) or _team_in(preamble)
    if mention is None and title:
        mention = _team_in(
            fold(title)
        )  # (a title the page's metadata gives, no line of the text: "文件名称：" / "…的通报")
    team = _team(mention, preamble) or _team_in_headings(outline)
    published = _publish_date(outline)
    start, end, feedback = _dates(body, published)
    # (A notice may give the team's stay after its items: "…督察组进驻十二师期间:2026年3月3日-3月22日".)
    stay = V.STAYED_IN.search(closing) if start is None and last_issue_end is not None else None
    if stay:
        start, end, _ = _dates(stay.group(), published)
    declared, status_counts = _declared_counts(preamble, folded) if is_notice else (None, None)
    by_heading = _tally_of_status_headings(outline) if is_notice else None
    if by_heading and (status_counts is None or status_counts.tallied() < sum(by_heading.values())):
        status_counts = _totals(by_heading, sum(by_heading.values()))
    # (A notice that sets out the findings first tells how the work was organised after them.)
    lead = _lead(preamble) or (_lead(closing) if is_notice and last_issue_end is not None else None)
    folded_title = fold(title) if title else None  # (the patterns below read the folded view)
    unit = _inspected_unit(folded_title, preamble, mention, fold(issuer) if issuer else None)
    if unit is None and stay:
        unit = _as_written(outline, stay.group(1))
    carrying_out = _place_carrying_out(folded_title)  # ("延安市贯彻落实…": the place inspected, and its issuer at last)
    unit = unit or carrying_out
    keyed_unit = V.KEYED_UNIT.search(preamble) if unit is None else None
    if keyed_unit and V.UNIT_NAME.search(keyed_unit.group(1)):
        # An opening set out as fields: "巡察对象：区住建局党组" (not what a round looks at in the units it inspects,
        # "被巡察党组织：聚焦基层贯彻落实…情况").
        unit = keyed_unit.group(1)
    if unit and unit.startswith("我"):
        # The unit's full name in the feedback it cites, or where the team fed back to it ("对我局进行了巡察，…市委巡察组
        # 向卫滨区民政局党组反馈了巡察意见").
        cited = V.CITED_UNIT.search(preamble)
        # (…or where the sections after the opening say so: "省委第八巡视组向芜湖县反馈巡视意见的当晚".)
        fed_back = _named_fed_back(_paragraphs_within(outline, 3000)) if not cited else None
        if cited:
            unit = cited.group(1)
        elif fed_back and unit[1:2] in fed_back.group(1):
            unit = fed_back.group(1)  # (of the kind 我局 names: a 局's)
    elif unit and V.SHORT_PARTY_BODY.fullmatch(unit) and (entered := V.ENTERED_THEN_BODY.search(preamble)):
        # "进驻县水利局，对局党组开展了…巡察": the party body of the unit the team entered.
        unit = entered.group(1) + unit[1:] if entered.group(1).endswith(unit[0]) else unit
    if issuer is None:
        # A page that is not a notice (news of a feedback meeting) is published by its source, not by the unit.
        from_body = _placed(_issuer_from_body(preamble, body, unit), folded_title) if is_notice else None
        source = _page_source(outline, is_notice)
        issuer = (
            _byline_body(outline, body_start)
            or _page_publisher(outline)
            or _announcing_auditor(preamble, folded, team)
            or _fuller(from_body, fold(source) if source else None)
            or carrying_out
            or (_implementing_body(folded[:_FIELDS_WITHIN]) if is_notice else None)
        )
    if issuer and V.AN_EVENT.search(issuer) and not V.PARTY_BODY_END.search(issuer):
        # A news headline's words ("我县召开县委…"), not a body (as 中共古田会议纪念馆党组 is).
        issuer = None
    if unit and "简称" in preamble:
        unit = _named_in_full(unit, preamble)
    if unit and V.OWN_PLACE.fullmatch(unit) and "《" in folded:
        # "对我区进行了巡视" … "《中共惠济区委贯彻落实…方案》": 惠济区, and its 区委 the issuer.
        plans = V.PLAN_BY_COMMITTEE.finditer(_paragraphs_within(outline, 3000))
        if plan := next((m for m in plans if m.group(2) == unit[1]), None):
            unit = plan.group(1).removeprefix("中共")[:-1]
            issuer = plan.group(1) if issuer in V.BARE_COMMITTEES else issuer
    # (With the place the text gives it elsewhere: "市委、市政府" in 延安市's report is 延安市委、市政府.)
    issuer = _full_issuer(outline, issuer)
    if unit and V.OWN_PLACE.fullmatch(unit) and issuer:
        # "对我县开展了督察" in a notice its page's source publishes (平舆县人民政府): the place, where that names it.
        place = _own_unit(fold(issuer), unit)
        unit = place if place and len(place) > 2 else unit
    return Report(
        title=title,
        issuer=_named(issuer),
        inspected_unit=_named(_as_written(outline, unit)),
        # (An audit office that audited the unit is no team: "苍溪县审计局于…进行了就地审计", as every real label has it.)
        inspection_team=None
        if team and fold(team).endswith(V.AUDIT_OFFICE_ENDS)
        else _named(_as_written(outline, team)),
        # (A value of the kinds' vocabulary, not text: a reprint's 審計 is 审计.)
        inspection_kind=_kind(formula, team, folded_title, body, preamble),
        inspection_start=start,
        inspection_end=end,
        feedback_date=feedback,
        publish_date=published,
        declared_issue_count=declared,
        declared_status_counts=status_counts,
        lead_official=_lead_name(outline, lead),
        contacts=_with_channels_in(
            outline, head_paras, _contacts(closing, closing_original), _signed_before(outline, first_issue_start)
        ),
    )


_FIELDS_WITHIN = 3000  # how far into a text a closure notice's fields are looked for


def _implementing_body(opening: str) -> str | None:
    """The one body a closure notice's field makes answerable for the task ("二、整改实施主体" / "江苏南通…管理委员会"):
    the notice's poster where nothing else names it; not a list of bodies, nor a value that names no unit."""
    field = V.IMPLEMENTING_BODY.search(opening)
    body = (field.group(1) or field.group(2)) if field else None
    return body if body and V.UNIT_NAME.search(body) else None


def _place_carrying_out(folded_title: str | None) -> str | None:
    """The place a title opens with as it carries out an inspection's feedback ("延安市贯彻落实…整改进展情况"): the
    place inspected, and the issuer where no body is named anywhere (read in the folded view)."""
    place = V.PLACE_CARRIES_OUT.match(folded_title) if folded_title else None
    return place.group(1) if place else None


def _named(body: str | None) -> str | None:
    """A body's name, unless a reprint masked it ("**市", "****环境局", "(略)林業和草原局"): no reader can tell which body
    that is."""
    return None if body and any(mask in fold(body) for mask in V.NAME_MASKS) else body


def _signed_before(outline: Outline, items_start: int | None) -> bool:
    """Whether the notice is signed before its items begin (they stand in a table annexed after the signature)."""
    return items_start is not None and _signature_end(outline, 0, items_start) is not None


def _unwrapped(view: str, para: Para) -> str:
    """A paragraph of `view` (the text or its folded view) with the line breaks a PDF hard-wrapped it at taken out."""
    return view[para.start : para.end].replace("\n", "")


def _with_channels_in(outline: Outline, head_paras: list[Para], contacts: Contacts, signed: bool) -> Contacts:
    """`contacts`, after the phones and e-mails a paragraph before the items (`head_paras`) offers for supervision
    (`SUPERVISION_CUE`: 监督电话：…，邮箱：…) where the notice opens with them, or any line before them offers where the
    notice was `signed` before its items (they stand in an annexed table: its closing lines come before them)."""
    kept = [p for p in head_paras if signed or V.SUPERVISION_CUE.search(_unwrapped(outline.folded, p))]
    if not kept:
        return contacts
    # (Folding keeps every offset: the text's paragraphs, as written, are the same lines.)
    opening = _contacts(
        "\n".join(_unwrapped(outline.folded, p) for p in kept), "\n".join(_unwrapped(outline.text, p) for p in kept)
    )
    return contacts.model_copy(
        update={
            "phones": list(dict.fromkeys(opening.phones + contacts.phones)),
            "emails": list(dict.fromkeys(opening.emails + contacts.emails)),
            "address": contacts.address or opening.address,
            "postcode": contacts.postcode or opening.postcode,
        }
    )
