"""Recognise 公文 outline headings and build the notice's heading tree.

Chinese official documents number their outline 一、 > （一） > 1. > （1） > ①, but notices reorder,
skip or replace levels (第一方面问题, 关于“…”方面), so a level is not fixed by its marker: the first
marker kind seen under a node becomes that node's child level, a kind already open closes back to
its level. This follows each document's own hierarchy instead of assuming the textbook one.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field

from extractor.fields.status import whole_status
from extractor.lazy_re import compile_shared, first_chars, opener_dispatch, opener_test
from extractor.segment.fold import fold
from extractor.segment.lines import Para, split_page
from extractor.vocab.dates import is_date_line, is_signature
from extractor.vocab.furniture import is_linked_title
from extractor.vocab.headings import (
    ANY_LABEL,
    BARE_RECT_KEY,
    BULLETS,
    CHARACTER_NUMBERS,
    CN,
    COUNT_AFTER,
    DECIMAL_LABEL,
    EMBEDDED,
    ENUMERATION_KINDS,
    ITEM_KEY,
    LABEL_CUT_AT_END,
    LEAD_IN,
    LOST_LABEL_HEADING,
    MARKERS,
    PROBLEM_KEY,
    RECT_KEY,
    UNIT_KINDS,
    UNNUMBERED_HEADING,
    WEAK_NUM,
    YEAR_AFTER,
    path_label,
)
from extractor.vocab.numerals import to_int
from extractor.vocab.report import SIGNATURE_NOTE
from extractor.vocab.sections import ANNEX_NAME_AT_MOST as _ANNEX_NAME_AT_MOST
from extractor.vocab.sections import ANNEXES_HEAD as _ANNEXES_HEAD
from extractor.vocab.sections import CLOSING as _CLOSING
from extractor.vocab.sections import CLOSING_PLAN as _CLOSING_PLAN
from extractor.vocab.sections import CLOSING_PLAN_TOPIC as _CLOSING_PLAN_TOPIC
from extractor.vocab.sections import MEASURE_START, SHORTFALL_END, STRONG_DEFICIENT, first_clause, section_kind
from extractor.vocab.sections import NOTICE_START as _NOTICE_START


@dataclass(slots=True)
class Node:
    """A heading and what it governs: its title, body paragraphs and child headings."""

    kind: str
    label: str
    number: int
    start: int
    title_start: int
    title_end: int
    parent: Node | None = None
    body: list[Para] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)

    @property
    def end(self) -> int:
        """End offset of the last paragraph this heading governs (body or descendants)."""
        last = self.title_end
        if self.body:
            last = max(last, self.body[-1].end)
        if self.children:
            last = max(last, self.children[-1].end)
        return last

    def ancestors(self) -> list[Node]:
        """Headings from the top down to this one, the root excluded."""
        chain: list[Node] = []
        node: Node | None = self
        while node is not None and node.kind != "root":
            chain.append(node)
            node = node.parent
        return chain[::-1]


@dataclass(slots=True)
class Outline:
    """The heading tree of one document, with its trailing closing paragraphs set apart."""

    text: str
    folded: str
    root: Node
    trailer: list[Para]
    paras: list[Para]
    furniture: list[Para] = field(default_factory=list)
    """Lines of page furniture, set apart from the paragraphs (breadcrumbs, metadata rows, counters)."""
    page_meta: dict[str, str] = field(default_factory=dict)
    """Metadata the page states about the notice (发布机构, 成文日期, 标题 …), keys without spaces."""
    links: list[Para] = field(default_factory=list)
    """Lines of a dated list of other pages' titles, set apart: another page's names, dates and counts."""
    _starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts = [para.start for para in self.paras]

    def para_index(self, offset: int) -> int:
        """The index of the first paragraph that starts at `offset` or after it."""
        return bisect.bisect_left(self._starts, offset)

    def within_paras(self, start: int, end: int) -> tuple[int, int]:
        """`start`–`end` narrowed to the paragraphs it overlaps: page furniture set apart at its edges (a print-out's
        "- 2 -" between a field's name and its value) is no part of a value."""
        found = self.pieces(start, end)
        return (found[0][0], found[-1][1]) if found else (start, start)

    def pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The paragraphs `start`–`end` overlaps, each cut to it: the span without the page furniture set apart in it
        (a print-out's "- 2 -" between a status field's list and its verdict)."""
        k = max(0, bisect.bisect_right(self._starts, start) - 1)
        found = []
        while k < len(self.paras) and self.paras[k].start < end:
            piece = (max(start, self.paras[k].start), min(end, self.paras[k].end))
            if piece[1] > piece[0]:
                found.append(piece)
            k += 1
        return found

    def findings_sections(self) -> list[Node]:
        """The top-level sections whose heading names the findings' rectification (二、巡察反馈问题整改情况,
        四、审计发现问题的整改情况)."""
        return [n for n in self.root.children if section_kind(self.folded[n.title_start : n.title_end]) == "findings"]


# Most lines of a notice start with no character a heading form can start with (一 （ 第 关 1 …).
# The heading forms a line's first character can open: the labels of MARKERS in their order, then the forms
# tried after them (one lookup answers both whether any can open and which: lazy_re.opener_dispatch).
_AFTER_MARKERS = ("weak", "year", "unnumbered")
_heading_forms = opener_dispatch((*MARKERS, *zip(_AFTER_MARKERS, (WEAK_NUM, YEAR_AFTER, UNNUMBERED_HEADING))))


_OTHER_NUMBER_FORMS = ("pnum", "numparen")  # Arabic numbers in another form than the items' 1. / 1、
_BELOW_CN = frozenset(("pcn", "num", "pnum", "numparen", "circled", "pnumc", "numc"))  # the forms set below 一、
_BELOW_PCN = _BELOW_CN - {"pcn"}  # the forms set below （一）


def _match_marker(line: str, last_num: dict[str, int], following: str | None = "") -> tuple[str, str, int, int] | None:
    """(kind, label, number, end-of-label offset in line) of a heading marker at the line start;
    `following` is the next paragraph, which may hold the key that makes an enumerated one an item (None where the
    line is the value of a key alone above it, "整改情况：" / "一是…": no item)."""
    forms = _heading_forms(line)
    if not forms:
        return None
    for kind, pattern in forms:
        if kind in _AFTER_MARKERS:
            break
        m = pattern.match(line)
        if not m:
            continue
        if kind in ENUMERATION_KINDS and (following is None or not _keyed_item(line, m.end(), following)):
            continue
        raw = m.group(1)
        number = to_int(raw) if kind not in CHARACTER_NUMBERS else int(unicodedata.numeric(raw))
        if number is None:
            continue
        return kind, path_label(kind, raw, m.group(2) if kind in UNIT_KINDS else ""), number, m.end()
    decimal = DECIMAL_LABEL.match(line) if "num" in last_num and line[:1].isdigit() else None
    if decimal and last_num["num"] == int(decimal.group(1)):
        return "dec", f"{decimal.group(1)}.{decimal.group(2)}", int(decimal.group(2)), decimal.end()
    weak = WEAK_NUM.match(line)
    if weak:
        number = int(weak.group(1))
        if (
            (number >= 2 and number - 1 in (last_num.get("num", 0), last_num.get("num_any", 0)))
            or (number == 1 and "num" not in last_num and COUNT_AFTER.match(line))
            or YEAR_AFTER.match(line)
        ):
            return "num", str(number), number, weak.end()
    if UNNUMBERED_HEADING.match(line):
        return "unnumbered", "", 0, 0
    return None


def _opens_with_key(line: str, label_end: int) -> bool:
    """Whether the words after a label are a rectification key (整改措施：, 整改情况, 原因分析 …)."""
    start = _strip_title_lead(line, label_end)
    return _may_open_key(line[start : start + 1]) and RECT_KEY.match(line, start) is not None


# The characters a problem key opens with (问题表现：, 存在问题：, 【问题】 …), looked for among a label's next few.
_KEY_OPENS = first_chars(PROBLEM_KEY.pattern)
assert _KEY_OPENS is not None, "PROBLEM_KEY must open with characters first_chars can read"
_PROBLEM_KEY_OPENS = compile_shared(f"[{_KEY_OPENS}]")


def _keys_the_problem(line: str, marker: tuple[str, str, int, int], folded: str, paras: list[Para], k: int) -> bool:
    """ "（1）问题表现：…" then "（2）整改措施：…": labels one level below the item that number its keyed parts,
    the problem's first (not an item "1.问题描述：…" of its own, which no keyed part follows). The key may stand
    on its own line over its text: "（一）问题描述" / <the problem> / "（二）整改措施" / <measures>."""
    if k + 1 >= len(paras) or not _PROBLEM_KEY_OPENS.search(line, marker[3], marker[3] + 3):
        return False  # (most labels open no problem key: spared the rest)
    start = _strip_title_lead(line, marker[3])
    key = PROBLEM_KEY.match(line, start)
    if not key:
        return False
    below = 1 if line[key.end() :].strip() else 2  # (a bare key: its text first)
    if k + below >= len(paras):
        return False
    following = folded[paras[k + below].start : paras[k + below].end]
    after = _match_marker(following, {})
    return (
        after is not None
        and after[0] == marker[0]
        and after[2] == marker[2] + 1
        and _opens_with_key(following, after[3])
    )


# Most titles open with no character a rectification key can start with (整 原 责 完 【 …).
_may_open_key = opener_test(RECT_KEY)


def _keyed_item(line: str, end: int, following: str) -> bool:
    """An enumerated paragraph (一是…) is an item where it states a problem (not a measure: "二是开展专题
    学习" before 整改情况：) and carries its own rectification key, in it ("一是理论学习不深入。整改情况：
    已完成") or straight after it (the next paragraph opens with one)."""
    statement = first_clause(line[end:])
    if not STRONG_DEFICIENT.search(statement):
        return False
    if MEASURE_START.match(statement) and not SHORTFALL_END.search(_COMMA.split(statement, 1)[0]):
        return False  # "二是开展专题学习", not "三是推进社有企业改革不力，…"
    if ITEM_KEY.search(line, end) is not None or RECT_KEY.match(following.lstrip()) is not None:
        return True
    # …or a one-sentence problem over the places it names, closed by a line saying where it stands ("一是道路保洁不到位。" /
    # "尧都区负责的…路段;" / "经调度后,全部整改完成。": a check's notice).
    if (
        "\n" in following
        and _ONE_SENTENCE.fullmatch(line, end)
        and any(
            (last := _LAST_CLAUSE.search(said.strip())) is not None and whole_status(last.group(1)) is not None
            for said in following.split("\n")[1:]
        )
    ):
        return True
    # …or closes with where it stands, after what was done: "一是部分基金收入未及时缴库。区财政局已将上述资金全部缴入
    # 国库。该问题已整改到位。" (an audit report's findings).
    last = _LAST_SENTENCE.search(line, end)
    return last is not None and whole_status(last.group(1)) is not None


_COMMA = compile_shared(r"[，,]")
_ONE_SENTENCE = compile_shared(r"[^。；;\n]{2,30}[。；;]?[ \t]*")
_LAST_CLAUSE = compile_shared(r"(?:^|[，,])([^，,。；;\n]{2,12})[。；;]?$")
_AFTER_AT_MOST = 4  # the paragraphs after an enumerated one read for its item's closing status line


def _paras_after(folded: str, paras: list[Para], k: int) -> str:
    """The paragraphs after paras[k], a line each, up to the next enumerated one (一是 / 二是) or `_AFTER_AT_MOST`: the
    first may hold the key that makes it an item, the last the status that closes it."""
    lines: list[str] = []
    for para in paras[k + 1 : k + 1 + _AFTER_AT_MOST]:
        line = folded[para.start : para.end]
        if lines and "是" in line[1:3]:
            break
        lines.append(line)
    return "\n".join(lines)


_LAST_SENTENCE = compile_shared(r"[。；;][ \t]*([^。；;\n]{2,20})[。；;]?[ \t]*$")
_HEAD_STOP = compile_shared(r"[。;；:：]")  # where a heading's own words end


def _embedded_marker(
    line: str, offset: int, kind: str, number: int, last_num: dict[str, int], stack: list[Node]
) -> tuple[str, str, int, int, int] | None:
    """A second heading run into the first one's line (of `kind` and `number`, below the open headings
    `stack`), accepted only where it continues a sequence."""
    stop = _HEAD_STOP.search(line, offset)
    head_end = stop.start() if stop else len(line)
    # Most headings hold no second label at all. (Searched up to the heading's end only: a heading line
    # often runs on into its body, and the labels after head_end are never taken.)
    if EMBEDDED.search(line, offset + 4, head_end) is None:
        return None
    last_num = {**last_num, kind: number}
    open_kinds = {n.kind for n in stack} | {kind}
    for m in EMBEDDED.finditer(line, offset + 4, head_end):
        if m.group(1):
            second, raw = "num", m.group(1)
        elif m.group(2):
            second, raw = "pcn", m.group(2)
        else:
            second, raw = "pnum", m.group(3)
        value = to_int(raw)
        if value is None:
            continue
        expected = last_num.get(second, 0) + 1 if second in open_kinds or second in last_num else 1
        if value in (expected, 1) and line[m.end() :].strip(" \t:：,，、."):
            return second, path_label(second, raw), value, m.start(), m.end()
    return None


def _stacked_marker(line: str, offset: int, kind: str) -> tuple[str, str, int, int, int] | None:
    """A second label right after the first, with no title between ("1.(1)巡察整改责任未扛牢…"): the
    first heads a group whose only words are its label, the second the item."""
    start = _strip_title_lead(line, offset) if line[offset : offset + 1] in " \t" else offset
    if not _heading_forms(line[start : start + 1]):  # most titles open with a word: no slice of the rest
        return None
    marker = _match_marker(line[start:], {})
    if marker is None or marker[0] in (kind, "unnumbered") or not line[start + marker[3] :].strip():
        return None
    stacked_kind, label, number, end = marker
    return stacked_kind, label, number, start, start + end


def loose_heading(outline: Outline, para: Para) -> Node | None:
    """A heading the outline has no place for (one grouping the rows of a ledger annexed after the signature,
    which numbers afresh), as a node of its own outside the tree."""
    line = outline.folded[para.start : para.end]
    marker = _match_marker(line, {})
    if marker is None or marker[0] == "unnumbered":
        return None
    kind, label, number, label_end = marker
    return Node(kind, label, number, para.start, para.start + _strip_title_lead(line, label_end), para.end)


def _strip_title_lead(line: str, pos: int) -> int:
    while pos < len(line) and line[pos] in " \t:：,，、.?？":  # "1.?编号8": a lost character
        pos += 1
    return pos


_LOST_LABEL_HEADING_AT_MOST = 32  # the longest heading a text that lost its labels sets on a line of its own
_INTRO_INTO_FIRST = compile_shared(r"[:：][ \t]*(?=一是)")


def _intro_apart_from_first(folded: str, paras: list[Para]) -> list[Para]:
    """`paras` with an introduction set apart from the first of the enumerated paragraphs it runs into, where
    the second opens the next paragraph ("审计指出的问题主要有：一是…" / "二是…")."""
    split: list[Para] = []
    for k, para in enumerate(paras):
        following = paras[k + 1].start if k + 1 < len(paras) else -1
        intro = _INTRO_INTO_FIRST.search(folded, para.start, para.end) if folded.startswith("二是", following) else None
        split += [Para(para.start, intro.start() + 1), Para(intro.end(), para.end)] if intro else [para]
    return split


# A bullet a page sets before a heading's or an item's label ("▶ 二、…", "◆ 1.…", a WeChat ✅ folded to ✔), or before
# an item's key ("★问题：…" / "★整改：…"): no part of it.
_BULLET_BEFORE_LABEL = compile_shared(rf"[{BULLETS}✔✓][ \t]*(?=[(【〔\[\d{CN}第问存反整])")


def _past_bullet(folded: str, para: Para) -> Para:
    """`para` from its label or key on, where a bullet stands before it."""
    if para.end - para.start < 3 or (folded[para.start] not in BULLETS and folded[para.start] not in "✔✓"):
        return para
    bullet = _BULLET_BEFORE_LABEL.match(folded, para.start, para.end)
    if bullet is None:
        return para
    after = folded[bullet.end() : para.end]
    if _match_marker(after, {}) is None and not (
        PROBLEM_KEY.match(after) or LEAD_IN.match(after) or RECT_KEY.match(after)
    ):
        return para
    return Para(bullet.end(), para.end)


# A key whose value opens a numbered list on its own line: "整改措施：1、按照工作职责…".
_KEY_THEN_FIRST_ITEM = compile_shared(r"[:：][ \t]*1[、.．](?!\d)")
_SECOND_ITEM = compile_shared(r"(?<!\d)2[、.．](?!\d)")


def parse_outline(text: str) -> Outline:
    """Build the heading tree of `text`; paragraphs after a closing cue go to the trailer."""
    folded = fold(text)
    root = Node("root", "", 0, 0, 0, 0)
    stack: list[Node] = []
    last_num: dict[str, int] = {}
    counted: dict[str, int] = {}  # the last number of each form, wherever it stood
    shadow: dict[str, int] = {}
    trailer: list[Para] = []
    in_trailer = annexed = signed_at_root = False
    keyed_at_root = False  # (items keyed at the top level, with no heading: "反馈问题：…" / "完成情况：…")
    page = split_page(text, folded)
    if page.links:
        # (Read as blank: a search of the whole text must not find another page's body, team or day in its title.)
        ends = [0, *(at for link in page.links for at in (link.start, link.end)), len(folded)]
        folded = "".join(
            folded[a:b] if k % 2 == 0 else " " * (b - a) for k, (a, b) in enumerate(zip(ends, ends[1:], strict=False))
        )
    paras = [_past_bullet(folded, para) for para in _intro_apart_from_first(folded, page.paras)]
    paras = _without_links_at_end(folded, paras)
    if len(paras) >= 2 and LABEL_CUT_AT_END.fullmatch(folded, paras[-1].start, paras[-1].end):
        # The next heading's label, cut ("…整改状态：已完成" / "三"); not the next of a list the line above goes on with
        # ("2.组织专题轮训…" / "3."), which the end cuts inside the item.
        cut = folded[paras[-1].start : paras[-1].end].strip()
        above = folded[paras[-2].start : paras[-2].end].strip()
        if _match_marker(above, {}) is None or _label_form(above) != _label_form(cut):
            paras = paras[:-1]
    labels_lost = ANY_LABEL.search(folded) is None
    for k, para in enumerate(paras):
        line = folded[para.start : para.end]
        # (The next paragraph matters only to an enumerated one: "一是…" then "整改情况：…".)
        enumerated = "是" in line[1:3] or line[:1] in "第其"
        following: str | None = _paras_after(folded, paras, k) if enumerated else ""
        if enumerated and k and RECT_KEY.fullmatch(folded[paras[k - 1].start : paras[k - 1].end].strip()):
            following = None  # (a key alone above it: "整改情况：" / "一是立行立改，…" is its value)
        marker = _match_marker(line, last_num, following)
        if (
            marker is None
            and labels_lost
            and len(line) <= _LOST_LABEL_HEADING_AT_MOST
            and LOST_LABEL_HEADING.match(line)
        ):
            marker = ("unnumbered", "", 0, 0)
        if marker is not None and marker[0] != "unnumbered":
            kind, number = marker[0], marker[2]
            if (shadow.get(kind, -1) + 1 == number or _restarts_open_level(kind, number, stack)) and not (
                _repeats_keyed_item(kind, number, stack, folded, paras, k)
                or _opens_a_section_that_lost_its_label(kind, number, stack, line, marker[3], folded, paras, k)
            ):
                # An enumeration inside the text ("一、加强学习 二、建立制度" under 1.): it keeps going
                # until a heading of another kind shows the outline has resumed.
                shadow[kind] = number
                marker = None
            else:
                shadow.clear()
        if (
            marker is not None
            and marker[0] != "unnumbered"
            and stack
            and (_opens_with_key(line, marker[3]) or _keys_the_problem(line, marker, folded, paras, k))
            and all(n.kind != marker[0] for n in stack)
            # (…nor "二、整改落实情况" after "（一）…（二）…" whose "一、" was lost: the outline's upper level, below.)
            and not (marker[0] == "cn" and marker[2] >= 2 and all(n.kind in _BELOW_CN for n in stack))
        ):
            # "（一）<problem>" then "1.整改措施：…", "2.整改情况：已完成": a label one level below the item
            # numbers its keyed rectification paragraphs; the paragraph goes on from its key. (A label of a
            # level already open, "二、整改落实情况" after "一、…", is a section of its own.)
            para = Para(para.start + _strip_title_lead(line, marker[3]), para.end)
            marker = None
        if marker is None and _NOTICE_START.match(line):
            # Another notice begins (a page or file holding several): its outline starts afresh.
            stack.clear()
            last_num.clear()
            shadow.clear()
            in_trailer = False
        if (
            marker is None
            and (first := _KEY_THEN_FIRST_ITEM.search(line))
            and not _SECOND_ITEM.search(line, first.end())
        ):
            # "整改措施：1、…" then "2、…", "3、…": the key's list goes on in the lines below, no items of the outline
            # (not "整改措施：1.…；2.…；3.…", a list on its own line, before the outline's "2.").
            shadow["num"] = 1
        elif marker is None and BARE_RECT_KEY.fullmatch(line):
            # "整改完成情况：" on its own line over "1.…", "2.…": the key's list, no items of the outline.
            shadow["num"] = 0
        if marker is None:
            signs_off = k + _SIGNS_WITHIN >= len(paras) and _signs_off(line, folded, paras, k)
            if not in_trailer and (stack or keyed_at_root) and (_is_closing(line) or signs_off):
                in_trailer = True
            # (A notice of paragraphs alone, no heading, is signed off too: the signature is no paragraph of its last item.
            # Its closing words it may say before its items, so they open no trailer.)
            signed_at_root = (
                signed_at_root
                or (
                    not in_trailer
                    and not stack
                    and bool(root.body)
                    and signs_off
                    # (…by a body's name over the date: a date alone may be a table's, "公示日期" / "2026年3月12日至".)
                    and k + 1 < len(paras)
                    and is_signature(line, folded[paras[k + 1].start : paras[k + 1].end])
                )
            )
            if signed_at_root:
                continue
            if in_trailer:
                annexed = annexed or _ANNEXES_HEAD.match(line) is not None
                trailer.append(para)
            else:
                (stack[-1] if stack else root).body.append(para)
                keyed_at_root = keyed_at_root or (not stack and PROBLEM_KEY.match(line) is not None)
            continue
        if in_trailer and annexed and len(line) - marker[3] <= _ANNEX_NAME_AT_MOST and "。" not in line:
            trailer.append(para)  # an annex named under 附件：, numbered
            continue
        in_trailer = annexed = signed_at_root = False
        kind, label, number, label_end = marker
        if kind in _OTHER_NUMBER_FORMS and number >= 2 and stack and stack[-1].kind == "num":
            if (
                last_num.get("num") == number - 1
                and kind not in last_num
                and counted.get(kind) != number - 1
                and f"({number - 1})" not in folded[paras[k - 1].start : paras[k - 1].end]  # ("整改成效：(1)…")
            ):
                # "1、…", "2.…", then "（3）…": a number that carries on the items' count in another form is the
                # next item, mislabelled, not the first point under item 2 (unless the form counts on across the
                # items: "1.…（1）（2）", "2.…（3）").
                kind = "num"
        counted[kind] = number
        heads = [(kind, label, number, 0, label_end)]
        if kind != "unnumbered":
            embedded = _stacked_marker(line, label_end, kind) or _embedded_marker(
                line, label_end, kind, number, last_num, stack
            )
            if embedded:
                heads.append(embedded)
        for idx, (h_kind, h_label, h_number, h_start, h_label_end) in enumerate(heads):
            title_start = _strip_title_lead(line, h_label_end)
            title_end = heads[idx + 1][3] if idx + 1 < len(heads) else len(line)
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth].kind == h_kind:
                    del stack[depth:]
                    break
            if (
                h_number >= 2
                and h_kind not in last_num
                and (
                    (h_kind == "cn" and all(n.kind in _BELOW_CN for n in stack))
                    or (h_kind == "pcn" and _starts_mid_list(root) and all(n.kind in _BELOW_PCN for n in stack))
                )
            ):
                # "二、" after "（一）…（二）…" whose "一、" was lost (run into the paragraph above), or "（二）" after
                # "3、…5、" on a page that starts at item 3: the outline's upper level, as 一、 and （一） are, carried on
                # from before the text, not a part of the item above.
                stack.clear()
            parent = stack[-1] if stack else root
            node = Node(
                h_kind,
                h_label,
                h_number,
                para.start + h_start,
                para.start + title_start,
                para.start + max(title_start, title_end),
                parent=parent,
            )
            parent.children.append(node)
            stack.append(node)
            if h_kind != "unnumbered":
                last_num[h_kind] = h_number
                if h_kind == "num":
                    # Numbers that run on across groups: "4.3处…" after item 3 under another heading.
                    last_num["num_any"] = h_number
                # A new parent restarts the numbering of the kinds below it.
                still_open = {n.kind for n in stack}  # (h_kind among them)
                for deeper in [k for k in last_num if k not in still_open and k != "num_any"]:
                    del last_num[deeper]
    return Outline(
        text=text,
        folded=folded,
        root=root,
        trailer=trailer,
        paras=paras,
        furniture=page.furniture,
        page_meta=page.meta,
        links=page.links,
    )


def _label_form(line: str) -> str:
    """The form of the label a line opens with, as far as its first characters show it: "d" (1.), "c" (一、), "(d" ((1)),
    "(c" ((一)), "(" (a bracket alone)."""
    bracket = "(" if line[:1] in "(（" else ""
    first = line[len(bracket) : len(bracket) + 1]
    return bracket + ("d" if first.isdigit() else "c" if first and first in CN else "")


_LINKS_AT_LEAST = 2  # the fewest titles that make a list of links at a page's end (one may be the notice's last line)


def _without_links_at_end(folded: str, paras: list[Para]) -> list[Para]:
    """`paras` without a list of other pages' titles at the end: a site's related links with no heading over them
    ("中共…关于巡察整改进展情况的通报  2024-04-13" / "…交办案件办理结果公示(第十五批)" …), which would read as items or
    lend the report another page's team, dates and genre (neither the notice's paragraphs nor furniture of its page)."""
    k = len(paras)
    while k > 0:
        line = folded[paras[k - 1].start : paras[k - 1].end].strip()
        if not is_linked_title(line) or _match_marker(line, {}) is not None:
            break
        k -= 1
    return paras[:k] if len(paras) - k >= _LINKS_AT_LEAST and k > 0 else paras


def _starts_mid_list(root: Node) -> bool:
    """Whether the text's first heading numbers on from a list begun before it ("3、" on a reprint's second page)."""
    return bool(root.children) and root.children[0].kind != "unnumbered" and root.children[0].number >= 2


def _repeats_keyed_item(kind: str, number: int, stack: list[Node], folded: str, paras: list[Para], k: int) -> bool:
    """An item that repeats the number of the item before it, as a typo does ("5、专项资金监管不到位…" then
    "5.违规发放津补贴…"), each over its own 整改情况：: the next item, not an enumeration inside the first."""
    open_node = next((n for n in reversed(stack) if n.kind == kind), None)
    if open_node is None or open_node.number != number or k + 1 >= len(paras) or not open_node.body:
        return False
    keyed = RECT_KEY.match(folded, paras[k + 1].start, paras[k + 1].end) is not None
    return keyed and any(RECT_KEY.match(folded, p.start, p.end) for p in open_node.body)


_LOST_LABEL_TITLE = 40  # the longest title of a group heading whose section's own heading was lost


def _opens_a_section_that_lost_its_label(
    kind: str, number: int, stack: list[Node], line: str, label_end: int, folded: str, paras: list[Para], k: int
) -> bool:
    """ "（一）…方面" again after the organisation section's （一）（二）（三）, at the top of the outline, over numbered
    items: the first group of a section whose own heading (二、…) a conversion lost (set as an image, a Word list's
    numbering), not an enumeration inside the last paragraph."""
    if number != 1 or not stack or stack[0].kind != kind or k + 1 >= len(paras):
        return False
    title = line[label_end:].strip()
    if not title or len(title) > _LOST_LABEL_TITLE or _SENTENCE_MARK.search(title.rstrip("。：:")):
        return False
    below = _match_marker(folded[paras[k + 1].start : paras[k + 1].end], {})
    return below is not None and below[0] in ("num", "pnum") and below[2] == 1


def _restarts_open_level(kind: str, number: int, stack: list[Node]) -> bool:
    """A label that does not move its open level forward ("一、" again while 二、 is open) is an
    enumeration inside the text, not a heading; numbers may skip ahead (（三） then （五）)."""
    for open_node in reversed(stack):
        if open_node.kind == kind:
            return number <= open_node.number
    return False


_SIGNATURE_WIDTH = 40  # the longest line read as the name a notice is signed with
_SIGNS_WITHIN = 4  # how near the end a signature's date stands (a note or page link may follow it)


def _signs_off(line: str, folded: str, paras: list[Para], k: int) -> bool:
    """Whether paragraph k signs the notice off: a body's name over a line that is only a date, or that
    date, among the last paragraphs ("中共某县水利局党组" / "2024年3月15日"), or both on one line ("驻马店市人民政府 2018年11月9日");
    asked of the last paragraphs only."""
    if is_date_line(line):
        return True
    name, space, date = line.strip().rpartition(" ")
    if space and is_signature(name, date):
        return True
    if len(line) > _SIGNATURE_WIDTH or _SENTENCE_MARK.search(line) or k + 1 >= len(paras):
        return False
    for para in paras[k + 1 : k + 3]:
        below = folded[para.start : para.end].strip()
        if not SIGNATURE_NOTE.fullmatch(below):  # "（此件公开发布）" may stand between the name and the date
            return is_date_line(below)
    return False


_SENTENCE_MARK = compile_shared(r"[。，,；;：:！!？?]")


def _is_closing(line: str) -> bool:
    if _CLOSING.match(line):
        return True
    return bool(_CLOSING_PLAN.match(line) and len(line) > 40 and _CLOSING_PLAN_TOPIC.search(line))
