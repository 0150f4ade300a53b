"""Government web pages: the notice's main text without the site around it.

Scripts, styles, forms, nav/header/footer/aside and anything whose class or id reads like navigation,
menus, footers, share buttons or breadcrumbs are dropped; the main content block is chosen by text
density: the smallest block holding 85% of the page's prose (non-link text, long runs weighted up);
block elements and <br> become line breaks, table cells tabs. A page title in an <h1>-<h3> or a
*title* element just before the content block is put back on top, since notices often carry their
title outside the article body. Lines that are only page furniture (打印本页, 关闭窗口, 分享到, 字号
大中小 …) are dropped.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from extractor.errors import InputError
from extractor.load.text import decode, normalise
from extractor.segment.fold import fold
from extractor.segment.lines import SITE_HEAD_LINES, site_head
from extractor.vocab import furniture

if TYPE_CHECKING:
    from bs4.element import PageElement, Tag

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "select",
    "input",
    "textarea",
    "svg",
    "canvas",
    "object",
    "embed",
    "video",
    "audio",
    "map",
    "head",
    "link",
    "meta",
)
_BLOCK = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "center",
    "address",
    "figure",
    "figcaption",
    "hr",
    "body",
}
_CANDIDATE = {"div", "section", "article", "main", "td", "body", "center", "blockquote", "font", "span", "ul", "ol"}
_PROSE_RUN = 25
_MAIN_SHARE = 0.85
_BESIDE_THE_TEXT = 80  # the most characters an inline wrapper's block holds besides it (a signature and its date)
_BESIDE_SHARE = 0.5  # the most prose the blocks beside the main one may hold, against it, to be the notice's own
_PROSE_BESIDE = 0.6  # …and the least share of long runs in it (a menu's or a sidebar's short runs weigh a fifth)
_TITLE_ATTR = re.compile(r"title|biaoti|bt(?:$|[-_\s])|tit(?:$|[-_\s])", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)


def html_text(data: bytes) -> str:
    """The main text of an HTML page; InputError when the page holds no readable text."""
    try:
        from bs4 import BeautifulSoup
    except ImportError as exc:  # pragma: no cover - beautifulsoup4 is a declared dependency
        raise InputError(f"reading HTML needs beautifulsoup4: {exc}") from None
    markup = _decode_html(data)
    soup = BeautifulSoup(markup, "lxml")
    body = soup.body or soup
    page_total = len(_compact(body.get_text()))
    for element in body.find_all(_DROP_TAGS):
        if element.decomposed:
            continue
        if element.name == "header" and element.find_parent(("article", "main")) is not None:
            continue  # an article's own header holds its title, not the site's banner
        element.decompose()
    for element in body.find_all(_looks_like_junk):
        if element.decomposed:
            continue
        # Never drop a block that holds most of the page: a wrapper with an unlucky class name.
        if page_total and len(_compact(element.get_text())) > 0.5 * page_total:
            continue
        element.decompose()
    main = _main_block(body)
    if main is None:
        raise InputError("empty input: the web page has no readable text")
    text = _render(main)
    title = _title_before(body, main) or _cms_title(soup, text) or _page_title(soup, text)
    if title and not _compact(text).startswith(_compact(title)):
        text = title + "\n" + text
    dateline = _dateline_before(body, main) or _cms_dateline(soup, text)
    if dateline and dateline not in text:
        # The page's metadata, which dates the notice: under the title, as a page sets it, else on top.
        text = text.lstrip("\n")
        first, _, rest = text.partition("\n")
        titled = len(first) <= 160 and _NOTICE_TITLE.search(fold(first)) is not None
        text = first + "\n" + dateline + "\n" + rest if titled else dateline + "\n" + text
    lines = [line for line in (ln.strip(" \u3000\xa0") for ln in text.split("\n")) if line]
    # (The site's header above a breadcrumb goes with it, as in a page's text: "选择语言" / "首页 > 政务公开".)
    lines = lines[site_head([fold(line) for line in lines[:SITE_HEAD_LINES]]) :]
    # (Not a bare number: a page number to the text's own reading, which spares a table's row numbers, "序号" / … / "179".)
    lines = [line for line in lines if not furniture.is_other_furniture(fold(line))]
    text = "\n".join(lines)
    if not text.strip():
        raise InputError("empty input: the web page has no readable text")
    return text


def _decode_html(data: bytes) -> str:
    """Decode with the page's own charset when it declares one (gb2312/gbk read as their superset gb18030)."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _CHARSET.search(data[:8192])
        if declared:
            name = declared.group(1).decode("ascii", "replace").lower()
            if name in ("gb2312", "gbk", "gb18030", "x-gbk", "cp936", "hz-gb-2312"):
                name = "gb18030"
            try:
                # (utf-7, unicode_escape … can yield lone surrogates; the page's tags are the parser's to read.)
                return normalise(data.decode(name), markup=False)
            except (LookupError, UnicodeDecodeError):
                pass
    return decode(data, markup=False)


def _compact(text: str) -> str:
    return _SPACE.sub("", text).replace("\xa0", "").replace("\u3000", "")


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _looks_like_junk(tag: Tag) -> bool:
    if tag.name in ("body", "html"):
        return False
    attrs = getattr(tag, "attrs", None) or {}
    classes = attrs.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    values = [*classes, attrs.get("id") or "", attrs.get("role") or ""]
    if attrs.get("role") in ("navigation", "banner", "contentinfo", "search"):
        return True
    if "hidden" in attrs or _HIDDEN_STYLE.search(str(attrs.get("style") or "")):
        return True  # never shown: a draft's duplicate paragraph, a deleted phrase, the CMS's own fields
    return any(furniture.HTML_FURNITURE_ATTR.search(value) for value in values if value)


def _is_link_text(node: PageElement) -> bool:
    parent = node.parent
    while parent is not None and parent.name not in ("body", "html", "[document]"):
        if parent.name == "a":
            return True
        parent = parent.parent
    return False


def _block_of(node: PageElement) -> Tag | None:
    parent = node.parent
    while parent is not None and parent.name not in _CANDIDATE and parent.name != "[document]":
        parent = parent.parent
    return parent


def _main_block(body: Tag) -> Tag | None:
    """The smallest block holding nearly all of the page's prose (non-link text, long runs weighted up).

    Text density, not a single densest element: a notice split over sibling <div>s is kept whole,
    while menus (short runs) and link lists (link text) weigh next to nothing.
    """
    from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

    prose: dict[int, float] = {}
    elements: dict[int, Tag] = {}
    sizes: dict[int, int] = {}
    for node in body.descendants:
        if not isinstance(node, NavigableString) or isinstance(
            node, (Comment, ProcessingInstruction, Declaration, Doctype)
        ):
            continue
        length = len(_compact(str(node)))
        if length == 0 or _is_link_text(node):
            continue
        weight = length if length >= _PROSE_RUN else length * 0.2
        for block in node.parents:
            if block.name == "[document]":
                break
            if block.name in _CANDIDATE:
                key = id(block)
                prose[key] = prose.get(key, 0.0) + weight
                sizes[key] = sizes.get(key, 0) + length
                elements[key] = block
    if not prose:
        return None
    total = max(prose.values())
    chosen = min((key for key, value in prose.items() if value >= _MAIN_SHARE * total), key=lambda key: sizes[key])
    block = elements[chosen]
    # A notice set a block a paragraph, its body's longest paragraph holding nearly all of it: the blocks beside it are
    # the notice's where they are prose too (its opening formula and headings, a sentence's end among them) and fewer
    # than it (not a page's comments or a second article).
    while (
        (parent := block.parent) is not None
        and id(parent) in sizes
        and 0 < (extra := sizes[id(parent)] - sizes[id(block)]) <= _BESIDE_SHARE * sizes[id(block)]
        and prose[id(parent)] - prose[id(block)] >= _PROSE_BESIDE * extra
        and any("。" in sibling.get_text() for sibling in parent.children if sibling is not block)
    ):
        block = parent
    # An old page's <font> or <span> that wraps the text is no block of its own: the cell or paragraph it stands in
    # is, with the few lines beside it (the signature and its date set right, after the font closed).
    while (
        block.name in ("font", "span")
        and (parent := block.parent) is not None
        and id(parent) in sizes
        and sizes[id(parent)] - sizes[id(block)] <= _BESIDE_THE_TEXT
    ):
        block = parent
    return block


def _render(element: Tag) -> str:
    """Text with block elements on their own lines and table cells separated by tabs."""
    from bs4.element import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    out: list[str] = []
    # Per table: column → rows still covered by a cell spanning down from a row above it (rowspan).
    spans: dict[int, dict[int, int]] = {}

    def walk(node: Tag, in_cell: bool = False) -> None:
        for child in node.children:
            visit(child, in_cell)

    def visit(child: PageElement, in_cell: bool) -> None:
        if isinstance(child, NavigableString):
            if not isinstance(child, (Comment, ProcessingInstruction, Declaration, Doctype)):
                out.append(_SPACE.sub(" ", str(child)))
            return
        child = cast("Tag", child)  # a page element that is not a string is a tag
        name = child.name
        if name == "br":
            out.append(" " if in_cell else "\n")
        elif name in ("td", "th"):
            out.append("\t")
            walk(child, True)
        elif name == "tr" and not in_cell:
            out.append("\n")
            row(child)
            out.append("\n")
        elif name in _BLOCK:
            # (Paragraphs inside a table's cell, as editors save them, stay in the cell: its row is one line.)
            out.append(" " if in_cell else "\n")
            walk(child, in_cell)
            out.append(" " if in_cell else "\n")
        else:
            walk(child, in_cell)

    def row(tr: Tag) -> None:
        """A table's row with a cell for every column it covers: a cell merged down over the rows below (a
        category written once, rowspan) leaves an empty cell in each of them, and one merged across (colspan)
        empty cells after it, so that every row's cells line up with its header's."""
        carry = spans.setdefault(id(tr.find_parent("table")), {})
        column = 0

        def cell(content: Tag | None, across: int = 1, down: int = 1) -> None:
            nonlocal column
            out.append("\t")
            if content is not None:
                walk(content, True)
            else:
                out.append(_COVERED)
            across = max(1, min(across, _COLUMNS_AT_MOST - column))
            out.append("\t" * (across - 1))
            for taken in range(column, min(column + across, _COLUMNS_AT_MOST)):
                carry[taken] = down - 1
            column += across

        def covered() -> None:
            while carry.get(column, 0) > 0:
                cell(None, 1, carry[column])

        for child in tr.children:
            if isinstance(child, Tag) and child.name in ("td", "th"):
                covered()
                cell(child, _span(child.get("colspan")), _span(child.get("rowspan")))
            else:
                visit(child, False)
        last = max((taken for taken, left in carry.items() if left > 0), default=-1)
        while column <= last:
            if carry.get(column, 0) > 0:
                covered()
            else:
                cell(None)  # a cell the row leaves out before one merged down from above

    walk(element)
    lines = []
    for line in "".join(out).split("\n"):
        cells = [_SPACE.sub(" ", cell).strip(" ") for cell in line.split("\t")]
        # (A row opens with its first cell's tab; an empty cell inside it keeps its column, and so does a cell
        # merged down from the row above, even at the row's start or end.)
        while cells and not cells[0]:
            cells.pop(0)
        while cells and not cells[-1]:
            cells.pop()
        lines.append("\t".join(cells).replace(_COVERED, ""))
    return "\n".join(lines)


# The columns a row is padded to with the empty cells of merged ones: a real table has far fewer, and a page of
# "<td colspan=50 rowspan=50>" must not grow into a text a thousand times its size.
_COLUMNS_AT_MOST = 30

# Marks a cell merged down from the row above while the rendered text is trimmed of empty cells (which it keeps).
_COVERED = "\x00"


def _span(value: object) -> int:
    """A cell's rowspan or colspan as a count of rows or columns: 1 when missing or malformed, at most 50 (a page's
    "rowspan=9999" must not pad the text with thousands of empty cells)."""
    text = value.strip() if isinstance(value, str) else ""
    return min(int(text), 50) if text.isdigit() and int(text) > 0 else 1


def _page_title(soup: Tag, text: str) -> str | None:
    """The title the page's <title> gives a notice whose text states none (an old page sets its heading in <font>
    instead of <h1>): "中共…关于…的通报--临澧县纪检监察网" gives "中共…关于…的通报"."""
    element = soup.find("title")
    page = _SPACE.sub(" ", element.get_text(" ")).strip() if element is not None else ""
    named = _NOTICE_TITLE.search(fold(page))
    if named is None or _compact(page[named.start() : named.end()]) in _compact(text[:2000]):
        return None
    return page[named.start() : named.end()]


def _cms_meta(soup: Tag, name: str) -> str:
    """A meta tag's content by its name, as government sites' CMSs set the article's fields in the <head> (the
    national guidelines for government websites name them: ArticleTitle, PubDate, ContentSource…); "" if none."""
    element = soup.find("meta", attrs={"name": re.compile(f"^{name}$", re.IGNORECASE)})
    content = element.get("content") if element is not None else None
    return _SPACE.sub(" ", content).strip() if isinstance(content, str) else ""


def _cms_title(soup: Tag, text: str) -> str | None:
    """The article's title as the CMS records it, for a page that draws its heading by script (so shows none in its
    text); None where the text already opens with it."""
    title = _cms_meta(soup, "ArticleTitle")
    if not 4 <= len(title) <= 160 or _compact(title) in _compact(text[:2000]):
        return None
    return title


def _cms_dateline(soup: Tag, text: str) -> str | None:
    """The CMS's publication date (<meta name="PubDate" content="2024-05-28 10:30">) as a dateline, for a page that
    shows none of its own near the text's head."""
    day = _CMS_DAY.match(_cms_meta(soup, "PubDate"))
    if day is None or _PUBLISHED.search(text, 0, 1000) or _ISO_DAY.search(text, 0, 1000):
        return None
    return f"发布时间：{day.group(1)}-{int(day.group(2)):02d}-{int(day.group(3)):02d}"


_CMS_DAY = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
_ISO_DAY = re.compile(r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)")


# A notice's title within a page's <title>, without the site's name joined to it by "_", "|" or dashes.
_NOTICE_TITLE = re.compile(r"[^_|｜\-—–]{0,40}关于[^_|｜\-—–]{2,80}?(?:通报|报告|公告|公示)")


def _dateline_before(body: Tag, main: Tag) -> str | None:
    """The page's dateline before the content block and outside it ("发布时间：2023-07-05　来源：县财政局"), the
    nearest one."""
    candidate = None
    for element in body.find_all(("div", "p", "span", "td", "li")):
        if element is main:
            break
        if main in element.parents or element.find(("div", "p", "td")) is not None:
            continue  # (a wrapper of the content, or of other blocks: its own lines are read)
        text = _SPACE.sub(" ", element.get_text(" ")).strip()
        if 8 <= len(text) <= 160 and _PUBLISHED.search(text) and furniture.is_meta_line(fold(text)):
            candidate = text
    return candidate


_PUBLISHED = re.compile(r"(?:发布|发文|成文|生成)?(?:时间|日期)[ \t]*[:：][ \t]*\d{4}")


def _title_before(body: Tag, main: Tag) -> str | None:
    """The nearest heading or *title* element before the content block and outside it that reads as a notice's
    title, else the nearest at all (not the account's name a WeChat page sets under its title)."""
    candidate = None
    titled = None
    for element in body.find_all(True):
        if element is main:
            break
        if element.name in ("h1", "h2", "h3") or (
            element.name in ("div", "p", "td", "span")
            and _TITLE_ATTR.search(
                " ".join(element.get("class") or []) + " " + cast(str, element.get("id") or "")  # id is single-valued
            )
        ):
            text = _SPACE.sub(" ", element.get_text(" ")).strip()
            # (Not a menu a class name made look like a title: "首页 | 机构概况 | 政务公开 …".)
            if 6 <= len(text) <= 120 and main not in element.parents and not furniture.is_furniture(fold(text)):
                candidate = text
                titled = text if _NOTICE_TITLE.search(fold(text)) else titled
    return titled or candidate
