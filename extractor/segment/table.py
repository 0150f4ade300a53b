"""Rectification ledgers (整改台账) laid out as tables: one issue per row.

Word and web notices often list findings in a table whose header names the columns (序号 | 问题 |
整改措施 | 责任单位 | 完成时限 | 整改情况). Loaders write a table row as one line of cells separated
by tabs; text pasted from web pages separates them by pipes or wide gaps. A header row with a
problem column starts a ledger, and each following row with as many cells is one issue whose
fields come from the columns their headers name.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from extractor.fields.status import bare_word, whole_status
from extractor.lazy_re import LazyPattern, compile_shared
from extractor.segment.lines import Para, display_width
from extractor.segment.outline import Node, Outline, loose_heading
from extractor.vocab.columns import ANY_COLUMN, LEDGER_COLUMNS, NOTE_COLUMN, RESULT_COLUMN, heads_columns
from extractor.vocab.status import TICKS

COLUMNS: dict[str, LazyPattern] = {field: LazyPattern(names) for field, names in LEDGER_COLUMNS.items()}


@dataclass(slots=True)
class Row:
    """One ledger row: its line and the offsets of the cells its header named."""

    para: Para
    number: str | None
    cells: dict[str, tuple[int, int]]
    header_start: int | None = None
    """Where the lines a row of a table whose cells stand one per line takes before its cells begin: the table's
    header on its first row, a heading that groups the rows after it (those lines are then the table's, not
    paragraphs of the notice)."""
    group: Node | None = None
    """A heading between the rows, above this one, that the outline does not have (in a ledger annexed after the
    signature): the row's group in its place."""
    more: list[tuple[int, int]] = dataclasses.field(default_factory=list)
    """Lines a cell of a row whose cells spaces set apart runs on to, below the row, indented to its column."""
    below: list[dict[str, tuple[int, int]]] = dataclasses.field(default_factory=list)
    """The named cells of the rows below it that its problem cell was merged down over, one row per measure."""


_TAB = compile_shared("\t")
_PIPE = compile_shared(r"[|｜]")
_WIDE_GAP = compile_shared(r"[ \u3000\xa0]{2,}")
_SPACE = compile_shared(r"[ \u3000\xa0]+")  # (a table flattened a space between cells: its header says so)
# What separates the cells of a row: a tab, a pipe, or two spaces in a row (r"\t|[|｜]|[ \u3000\xa0]{2}").
_SEPARATORS = ("\t", "|", "｜", "  ", " \u3000", "\u3000 ", "\u3000\u3000", "\xa0\xa0")
_RULE_ROW = compile_shared(r"^[|｜\s:：\-—=+]+$")
# A line between a ledger's rows that groups those below it, where the outline has it as no heading (a ledger
# annexed after the signature restarts its numbering): "一、落实党的路线方针政策和党中央决策部署方面".
_GROUP_ROW = compile_shared(
    r"^[ \t]*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^。；;\t|｜]{2,40}$"
)


def _spaced_header(outline: Outline, para: Para) -> bool:
    """Whether a line is a table's header whose columns' names single spaces set apart, with no other separator."""
    line = outline.folded[para.start : para.end]
    return " " in line and "序号" in line and not _has_separator(line) and heads_columns(line)


def _has_separator(text: str) -> bool:
    """Whether `text` holds a cell separator: a str search for each (in C, and several times faster
    than a regex, whose scan for a class tests each character of a long text in turn)."""
    for separator in _SEPARATORS:
        if separator in text:
            return True
    return False


def _cells(outline: Outline, para: Para, spaced: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each cell of a table row, trimmed of spaces. Cells are separated by tabs
    (Word, spreadsheets), by pipes (| a | b |, web and Markdown tables) or by runs of two or more
    spaces (tables pasted from web pages); a line with none of these is a single cell. A `spaced` table (one whose
    header's names a space apart said so) sets each space between cells."""
    line = outline.text[para.start : para.end]
    if spaced:
        separator: re.Pattern[str] = _SPACE
    elif "\t" in line:
        separator = _TAB
    elif len(_PIPE.findall(line)) >= 2:
        separator = _PIPE
    else:
        separator = _WIDE_GAP
    cells = []
    pos = 0
    for m in [*separator.finditer(line), None]:
        start, end = pos, (m.start() if m else len(line))
        pos = m.end() if m else len(line)
        while start < end and line[start] in " \u3000\xa0":
            start += 1
        while end > start and line[end - 1] in " \u3000\xa0":
            end -= 1
        cells.append((para.start + start, para.start + end))
    if separator is _TAB:
        # Empty cells opening the row (a category merged over the rows below its first): the line's leading tabs,
        # which its paragraph leaves out.
        before = para.start
        while before > 0 and outline.text[before - 1] in "\t \u3000":
            if outline.text[before - 1] == "\t":
                cells.insert(0, (para.start, para.start))
            before -= 1
        # Empty cells closing the row: the line's trailing tabs, which its paragraph leaves out.
        after = para.end
        while after < len(outline.text) and outline.text[after] in "\t \u3000":
            if outline.text[after] == "\t":
                cells.append((para.end, para.end))
            after += 1
    if separator is _PIPE:  # "| a | b |": the outer pipes open and close the row
        if cells and cells[0][0] == cells[0][1]:
            cells = cells[1:]
        if cells and cells[-1][0] == cells[-1][1]:
            cells = cells[:-1]
    return cells


def _header(outline: Outline, cells: list[tuple[int, int]]) -> dict[int, str] | None:
    """Column index → field for a header row (its cells) that has a problem column, else None."""
    if len(cells) < 3:
        return None
    names: dict[int, str] = {}
    labels = [_column_name(outline.folded[start:end]) for start, end in cells]
    if not any(COLUMNS["problem"].match(label) for label in labels):
        return None  # (most rows of cells: spared matching each cell against every column's names)
    for idx, label in enumerate(labels):
        for field, pattern in COLUMNS.items():
            if field not in names.values() and pattern.match(label):
                names[idx] = field
                break
        else:
            if label and whole_status(label) is not None:
                names[idx] = _TICKED  # a column of its own for one status, ticked in the rows at it
            elif _NOTE_COLUMN.match(label):
                names[idx] = _NOTE
    # Two columns on where the item stands (整改情况, then 整改结果 / 完成情况 / 是否完成整改): the one that names a
    # result holds the status, the other what was done.
    status = next((idx for idx, field in names.items() if field == "status"), None)
    result = next((idx for idx in range(len(labels)) if idx not in names and _RESULT_COLUMN.match(labels[idx])), None)
    if status is not None and result is not None:
        # (…and where the table has its measures' column too, the other is how the work went: no field of the row.)
        names[result] = "status"
        if "measures" in names.values():
            del names[status]
        else:
            names[status] = "measures"
    return names if "problem" in names.values() else None


def _status_subheader(outline: Outline, cells: list[tuple[int, int]]) -> list[int]:
    """The indexes of the status names in a row of two or more of them and, at most, other column names beside
    them (已完成 | 未完成 | 备注)."""
    named = [idx for idx, (a, b) in enumerate(cells) if b > a]
    labels = {idx: _column_name(outline.folded[slice(*cells[idx])]) for idx in named}
    statuses = [idx for idx in named if whole_status(labels[idx]) is not None]
    others = [idx for idx in named if idx not in statuses]
    return statuses if len(statuses) >= 2 and all(ANY_COLUMN.match(labels[idx]) for idx in others) else []


def _read_note(outline: Outline, named: dict[str, tuple[int, int]], note: tuple[int, int] | None) -> None:
    """A row's note cell, read into `named`: its status where the note is nothing but one and the ledger has no
    status column, or where the status cell is a bare "是" (done) that the note says more of ("长期坚持"); else kept
    for what else it tells (who was held accountable: "对…原负责人张某某进行约谈")."""
    if note is None or note[0] >= note[1]:
        return
    stated = whole_status(outline.folded[slice(*note)].strip()) is not None
    said = named.get("status")
    if said is None and stated:
        named["status"] = note
        return
    named[_NOTE] = note
    if said and stated and bare_word(outline.folded[slice(*said)].strip()):
        named["status"] = note


_RESULT_COLUMN = compile_shared(RESULT_COLUMN)
_NOTE_COLUMN = compile_shared(NOTE_COLUMN)
_TICKED = "ticked"
_NOTE = "note"
_UNREAD = frozenset((_TICKED, _NOTE))  # the columns a row is not read by directly
_GROUP_NUMBER = compile_shared(r"[（(]?[一二三四五六七八九十]{1,3}[)）、]?")


# The most characters a header row has: a dozen column names and their separators.
_HEADER_WIDTH = 160


def _may_name_problem(folded: str) -> bool:
    """Whether a line may be a header naming a problem column (问题, 问 题, 反馈意见, 整改任务, 反映情况, 举报的主要内容 …):
    most lines are spared the reading of their cells."""
    return any(word in folded for word in _PROBLEM_COLUMN_WORDS)


# (One of which every problem column's name holds.)
_PROBLEM_COLUMN_WORDS = ("题", "意见", "任务", "事项", "反映", "内容")


def find_ledger_rows(outline: Outline) -> list[Row]:
    """Every row of every ledger table in the text, in order: rows written on a line each, and rows whose
    cells a page set one per line (`stacked_rows`)."""
    rows = stacked_rows(outline)
    if not _has_separator(outline.text) and not any(_spaced_header(outline, para) for para in outline.paras):
        return rows  # no cell separator anywhere, so no line of the text is a table row
    header: dict[int, str] | None = None
    width = 0
    columns: list[int] | None = None  # where a header whose cells spaces set apart puts each column
    category: tuple[int, int] | None = None
    group: Node | None = None
    header_cells: list[tuple[int, int]] = []
    paras = outline.paras
    taken_until = 0  # (the lines a row running over several took)
    spaced = False  # (the open table's cells are set a space apart: "1 2145 青岛市…。 青岛市 大气 …")
    closed = False  # (the open table closes each row with a bar: "序号 | 受理编号 | … |")
    for k, para in enumerate(paras):
        if k < taken_until:
            continue
        if header is None:
            # No ledger open: only a header can open one, a short row naming a problem column (问题, 问 题,
            # 反馈意见, 整改任务 …).
            if para.end - para.start > _HEADER_WIDTH:
                continue
            over = _header_over_lines(outline, paras, k)
            if over is not None:
                span, more, header = over
                header_cells = _cells(outline, span)
                width, category, group, columns, taken_until = len(header_cells), None, None, None, k + more + 1
                closed = _open_at_pipe(outline, paras[k + more])
                continue
            if not _may_name_problem(outline.folded[para.start : para.end]):
                continue
        line = outline.text[para.start : para.end]
        if header is None and _spaced_header(outline, para):
            # A header whose columns' names a space sets apart, over rows a space sets apart too ("序号 受理编号
            # 交办问题基本情况 行政区域 …" / "1 2145 青岛市即墨市…。 青岛市 大气、噪声 …").
            header_cells = _cells(outline, para, spaced=True)
            header = _header(outline, header_cells)
            width, category, group, columns, spaced = len(header_cells), None, None, None, header is not None
            continue
        spaced_row = spaced and header is not None and line[:1].isdigit()
        if not _has_separator(line) and not spaced_row:
            if (
                header is not None
                and columns is not None
                and rows
                and rows[-1].para.start > header_cells[0][0]
                and _runs_on_in_a_column(outline, para, columns)
            ):
                rows[-1].more.append((para.start, para.end))  # (the row's cell goes on below it: "…，" / "将…纳入考核")
                continue
            if header is not None and _rows_go_on(outline, paras, k):
                # A heading that groups the rows after it ("一、政治监督方面" inside the table).
                if para.start in _heading_starts(outline):
                    continue
                if _GROUP_ROW.match(line):
                    group = loose_heading(outline, para)
                    continue
            header, spaced = None, False
            continue
        if _RULE_ROW.match(line):
            continue
        cells = _cells(outline, para, spaced=spaced_row)
        if len(cells) < 2:
            header = None
            continue
        found = _header(outline, cells) if para.end - para.start <= _HEADER_WIDTH else None
        if found is not None:
            header, width, category, group, header_cells, spaced = found, len(cells), None, None, cells, False
            closed = _open_at_pipe(outline, para)
            columns = _columns_at(outline, para, cells) if "\t" not in line and not _PIPE.search(line) else None
            continue
        if header is None:
            continue
        sub = _status_subheader(outline, cells)
        if sub:
            # A second header row naming the status columns a first one spans ("完成情况" over "已完成 | 未完成"):
            # each is a column of its own, ticked in the rows.
            header_cells = header_cells + [(para.end, para.end)] * (len(cells) - len(header_cells))
            for idx in sub:
                header[idx], header_cells[idx] = _TICKED, cells[idx]
            width = max(width, len(cells))
            continue
        values = {outline.folded[a:b] for a, b in cells if b > a}
        if len(values) == 1 and len(cells) >= 2 and (merged := loose_heading(outline, Para(*cells[0]))):
            group = merged  # a group row merged across the table, its text in every cell ("一、…方面⇥一、…方面⇥…")
            continue
        # (A pipe row left open, "| 6 | … | 开展…，" with no closing pipe, goes on to the next line too.)
        left_open = line.startswith(("|", "｜")) and not line.endswith(("|", "｜"))
        if (len(cells) < width - 1 or left_open) and not spaced_row:
            # A row whose cells hold line breaks runs over the next lines ("…；" / "2.规范学习记录…\t罗某\t已完成"):
            # they make up its cells with it.
            span, more = _row_over_lines(outline, paras, k, width, closed)
            if more:
                para, taken_until = span, k + more + 1
                cells = _cells(outline, para)
        if columns is not None and len(cells) < width and "\n" not in outline.text[para.start : para.end]:
            # Cells set apart by spaces show no empty cell (a category merged over the rows below it): each cell
            # is the column's whose name starts nearest it.
            cells = _aligned(outline, para, cells, columns) or cells
        if len(cells) < width and "\t" in line and _problem_in_reach(outline, header, cells):
            # A row's empty cells at its end (no tick in the columns after its tick), which a page's or a copy's
            # trimmed line leaves out: the row has them all the same.
            cells = cells + [(para.end, para.end)] * (width - len(cells))
        # A text cut off inside its last row leaves that row short of cells.
        cut_short = para.end == outline.paras[-1].end and len(cells) < width
        if abs(len(cells) - width) > 1 and not cut_short:
            header = None
            continue
        named = {
            field: cells[idx]
            for idx, field in header.items()
            if field not in _UNREAD and idx < len(cells) and cells[idx][0] < cells[idx][1]
        }
        note = next((cells[idx] for idx, field in header.items() if field == _NOTE and idx < len(cells)), None)
        _read_note(outline, named, note)
        if "status" not in named and header_cells:
            # A tick in a status's column: the status is that column's name.
            ticked = [idx for idx, field in header.items() if field == _TICKED and idx < len(cells)]
            marked = [idx for idx in ticked if outline.folded[slice(*cells[idx])].strip() in TICKS]
            if len(marked) == 1:
                named["status"] = header_cells[marked[0]]
        if "problem" not in named:
            if rows and rows[-1].para.start > header_cells[0][0] and "number" not in named and named.keys() & _PARTS:
                # The problem cell merged down over this row (one row per measure, each with its own state): the
                # row is the one above's, and its lines are too.
                rows[-1].below.append(named)
                rows[-1].para = Para(rows[-1].para.start, para.end)
            continue
        # A category cell merged over the rows below it is written once, on its first row.
        if "category" in named:
            category = named["category"]
        elif category is not None:
            named["category"] = category
        number = None
        if "number" in named:
            number = outline.folded[slice(*named.pop("number"))].strip()  # (the path's form: 1, not １)
        if number and len(number) > _NUMBER_AT_MOST:
            continue  # a sentence where the row's number stands: a line of the text laid out with gaps, no row
        if number and _GROUP_NUMBER.fullmatch(number) and named.keys() <= {"problem", "category"}:
            continue  # a row that groups those below it ("（一）", "贯彻落实…方面", the rest empty), not an item
        rows.append(Row(para, number, named, group=group))
    return sorted(rows, key=lambda row: row.para.start)


_PARTS = frozenset(("measures", "status"))  # the cells a row under a problem merged down over it holds
_PROBLEM_AT_LEAST = 6  # the shortest problem cell a row short of cells is read by (no 合计 | 5 row)


def _problem_in_reach(outline: Outline, header: dict[int, str], cells: list[tuple[int, int]]) -> bool:
    """Whether a row that has fewer cells than its header holds a problem cell a problem's length."""
    at = next(idx for idx, field in header.items() if field == "problem")
    return at < len(cells) and cells[at][1] - cells[at][0] >= _PROBLEM_AT_LEAST


_NUMBER_AT_MOST = 8  # the longest cell read as a row's number (1, 12, （一）, 一、…方面 is a group, no number)
_GROUP_LEVELS = 3  # the most heading lines in a row between two rows of a ledger ("一、…方面" / "（一）…" / row)


def _runs_on_in_a_column(outline: Outline, para: Para, columns: list[int]) -> bool:
    """Whether a line with no gap in it starts under a column past the first of a table whose cells spaces set apart."""
    indent = _display_column(outline, outline.text.rfind("\n", 0, para.start) + 1, para.start)
    return len(columns) >= 2 and indent >= columns[1] - 2


def _rows_go_on(outline: Outline, paras: list[Para], k: int) -> bool:
    """Whether the table's rows go on below line `k` and the heading lines, one level under another, right after it."""
    for para in paras[k + 1 : k + 1 + _GROUP_LEVELS]:
        line = outline.text[para.start : para.end]
        if _has_separator(line):
            return True
        if not _GROUP_ROW.match(line):
            return False
    return False


def _display_column(outline: Outline, line_start: int, offset: int) -> int:
    """How far into its line `offset` is, as it shows (a CJK or full-width character counts two)."""
    return display_width(outline.text[line_start:offset])


def _columns_at(outline: Outline, para: Para, cells: list[tuple[int, int]]) -> list[int]:
    """Where each cell starts in its line, as it shows (each measured from the one before: a long line has many)."""
    columns: list[int] = []
    column, pos = 0, para.start
    for start, _ in cells:
        column += display_width(outline.text[pos:start])
        columns.append(column)
        pos = start
    return columns


def _aligned(
    outline: Outline, para: Para, cells: list[tuple[int, int]], columns: list[int]
) -> list[tuple[int, int]] | None:
    """The row's cells in their columns, an empty cell where a column has none; None where two cells would share
    one column."""
    aligned: list[tuple[int, int] | None] = [None] * len(columns)
    for cell in cells:
        at = _display_column(outline, para.start, cell[0])
        idx = min(range(len(columns)), key=lambda i: abs(columns[i] - at))
        if aligned[idx] is not None:
            return None
        aligned[idx] = cell
    return [cell if cell is not None else (para.start, para.start) for cell in aligned]


_ROW_LINES = 16  # the most lines one row of a table runs over (a page may set each sentence of a cell apart)


def _open_at_pipe(outline: Outline, para: Para) -> bool:
    """Whether a line ends at a cell's pipe, leaving the row open for more cells on the next line."""
    return outline.text[para.start : para.end].rstrip().endswith(("|", "｜"))


def _header_over_lines(outline: Outline, paras: list[Para], k: int) -> tuple[Para, int, dict[int, str]] | None:
    """A pipe table's header that `paras[k]` opens and the lines after it go on with, each line left open at a
    pipe ("序号 | 省份 | 水源地名称 |" / "问题类型 | 问题具体情况 | 整治措施 |" / …) up to the first row, which its
    number opens: the span, how many more lines it took, and its columns. None where `paras[k]` opens no such
    header (most lines: no pipe ends them)."""
    if outline.folded.find("|", paras[k].start, paras[k].end) < 0:  # (folded: ｜ is |; most lines hold none)
        return None
    if not _open_at_pipe(outline, paras[k]) or (k and _open_at_pipe(outline, paras[k - 1])):
        return None  # (a header opens the lines of cells: not one under another)
    if _may_name_problem(outline.folded[paras[k].start : paras[k].end]) and _header(outline, _cells(outline, paras[k])):
        return None  # (a header on its line)
    if sum(1 for a, b in _cells(outline, paras[k]) if outline.folded[a:b].strip()) <= 1:
        return None  # (a caption over the table, in cells merged across it: "…公开一览表（第二十五批） | ||||||||||")
    widest = None
    for more in range(1, _ROW_LINES):
        if k + more >= len(paras) or not _open_at_pipe(outline, paras[k + more - 1]):
            break
        span = Para(paras[k].start, paras[k + more].end)
        below = outline.text[paras[k + more].start : paras[k + more].end].lstrip(" \t|｜")
        if below[:1].isdigit() or span.end - span.start > _HEADER_WIDTH:
            break
        found = (
            _header(outline, _cells(outline, span))
            if _may_name_problem(outline.folded[span.start : span.end])
            else None
        )
        if found is not None:
            widest = (span, more, found)
        elif widest is not None:
            break
    return widest


def _row_over_lines(outline: Outline, paras: list[Para], k: int, width: int, closed: bool) -> tuple[Para, int]:
    """The row that `paras[k]` opens, run over the lines after it until it has `width` cells, and how many more
    lines it took (0 where no such run makes a row: the next line opens a row of its own). Once a row has all its
    cells but the last, it takes a line more only where that line goes on with it (`_goes_on_with_row`): a cell
    whose text runs over lines ("…屬實。" / "經開區城管…問題。 |" / "是 | 經開區…要求。" / "一是…完畢。 |"). `closed`: the
    table closes each row with a bar, so a row stays open until a line ends with one. A text that ends inside the row
    gives what of it is there, its cells short."""
    best = (paras[k], 0)
    went_on = True  # (whether every line taken goes on with the row: the row the text's end cuts, not text after it)
    for more in range(1, _ROW_LINES):
        if k + more >= len(paras):
            open_at_end = not best[1] or (closed and best[1] == more - 1 and not _open_at_pipe(outline, paras[-1]))
            return (Para(paras[k].start, paras[-1].end), more - 1) if more > 1 and went_on and open_at_end else best
        goes_on = _goes_on_with_row(outline, paras[k + more - 1], paras[k + more], closed)
        if best[1] and not goes_on:
            break
        went_on = went_on and goes_on
        span = Para(paras[k].start, paras[k + more].end)
        count = len(_cells(outline, span))
        if count > width:
            break
        if count >= width - 1:
            best = (span, more)
            if count == width and (not closed or _open_at_pipe(outline, paras[k + more])):
                break
    return best


_ROW_OPENS = compile_shared(r"^[ \t|｜]*\d{1,3}[ \t]*(?:[|｜\t]|[ \u3000]{2})")  # "2 | BCD…", "3\t…"


def _goes_on_with_row(outline: Outline, last: Para, line: Para, closed: bool) -> bool:
    """Whether `line` goes on with the row whose line above is `last`: it opens no row of its own, and holds cells,
    closes one at a bar, or follows a line that left its cell open in a table that closes its rows with a bar (a
    caption under the table does none of these)."""
    text = outline.text[line.start : line.end]
    if _ROW_OPENS.match(text):
        return False
    return _has_separator(text) or _open_at_pipe(outline, line) or (closed and not _open_at_pipe(outline, last))


_CELL_WIDTH = 12  # the widest column name


_REMARK = compile_shared(r"[(（][^()（）]*[)）]$")
_REMARK_WIDTH = 16  # the widest remark a column's name carries in brackets


def _column_name(cell: str) -> str:
    """A header cell's name without spaces or the remark in brackets after it ("完成情况（已完成打“√”）")."""
    return _REMARK.sub("", "".join(cell.split()).strip("|｜"))


def _column(outline: Outline, para: Para) -> str | None:
    """The field a paragraph names as a column of a table (None for another column's name), or "" when
    it names no column."""
    if para.end - para.start > _CELL_WIDTH + _REMARK_WIDTH:
        return ""
    name = _column_name(outline.folded[para.start : para.end])
    return "" if len(name) > _CELL_WIDTH else _field_named(name)


def _field_named(name: str) -> str | None:
    """The field a column's name names (None for another column's), or "" when it names no column."""
    named = ANY_COLUMN.match(name)
    if named is None:
        return ""
    return None if named.lastgroup == "other" else named.lastgroup


def stacked_rows(outline: Outline) -> list[Row]:
    """The rows of a table whose cells a page set one per line (序号 / 反馈问题 / 整改措施 / 完成情况 / 1 / … ):
    its header is a run of column names that names the problem, and each row as many lines on. A header that
    opens with 序号 has each row open with the next number; one without has each row's status cell state a
    status (反馈问题 / 整改措施 / 完成情况 / 理论学习不深入 / … / 已完成). Reading stops at the first group of
    lines that does not."""
    paras = outline.paras
    rows: list[Row] = []
    # (A header opens with a column's name, a short line: most paragraphs are longer, and are spared the test.)
    openings = (k for k, para in enumerate(paras) if para.end - para.start <= _CELL_WIDTH)
    k = 0
    for start in openings:
        if start < k:
            continue  # (inside a table read already)
        k = start
        opening = _column(outline, paras[k])
        if opening not in ("number", "problem", "category"):
            continue
        header, names = _stacked_header(outline, paras, k)
        _result_apart(outline, names, header)
        width = len(header)
        numbered = opening == "number"
        if width < 3 or "problem" not in header or (not numbered and "status" not in header):
            k += max(width, 1)
            continue
        if numbered and _TICKED in header and len(names) == width:
            # Tick columns leave cells empty: the rows are read line by line, blank lines for the empty cells.
            ticked_rows, k = _ticked_rows(outline, paras, k, header)
            rows += ticked_rows
            continue
        lead: int | None = paras[k].start  # (the lines before the next row that the table takes: its header)
        k = outline.para_index(names[-1].end)
        headings = _heading_starts(outline)
        # (Rows numbered from 1, or on from an earlier batch's or page's: "48".)
        first = _text_of(outline, paras[k]) if numbered and k < len(paras) else ""
        expected = int(first) if first.isdecimal() and 0 < int(first) <= _FIRST_ROW_AT_MOST else 1
        group: Node | None = None
        # (A row the page cuts is read too, a table's first among them where its problem cell is whole, another
        # following it: a copy that stops inside the first complaint's findings.)
        whole_problem = header.index("problem") + 2
        while k + width <= len(paras) or (numbered and k < len(paras) and (rows or len(paras) - k >= whole_problem)):
            span = _row_span(outline, paras, k, header, expected, headings) if numbered else width
            cells = paras[k : k + span]
            if not (_numbered_row if numbered else _status_row)(outline, header, cells, expected):
                if repeat := _repeated_header(outline, paras, k, header):
                    # The header again at the top of the next page, under the page's own title: the table's lines.
                    lead = paras[k].start if lead is None else lead
                    k += repeat
                    continue
                # A heading between the rows groups those after it ("（一）党的领导弱化方面"): the outline holds it,
                # or the row is a group of its own (一、…方面 after the header), and the rows go on below it.
                held = paras[k].start in headings
                loose = None if held or not numbered else loose_heading(outline, paras[k])
                if not (numbered and k + 1 < len(paras) and (held or loose)):
                    break
                if not _numbered_row(outline, header, paras[k + 1 : k + 1 + width], expected):
                    break
                lead, group = (paras[k].start if lead is None else lead), loose
                k += 1
                continue
            named = {field: span for field, span in _row_cells(outline, header, cells).items() if field != "number"}
            if "problem" not in named:
                break  # (a row the page cuts before its problem's cell: "2" / "X2HA2021…" and no more)
            _read_note(outline, named, named.pop(_NOTE, None))
            number = str(expected) if numbered else None
            rows.append(Row(Para(cells[0].start, cells[-1].end), number, named, lead, group))
            lead = None
            expected += 1
            k += span
    return rows


def _stacked_header(outline: Outline, paras: list[Para], k: int) -> tuple[list[str | None], list[Para]]:
    """The fields of a header set one cell a line from paras[k] (`_stacked_column`), and each cell's span: a name a
    page broke over two lines ("办结" / "状态", "是否" / "属实") is one cell."""
    header: list[str | None] = []
    names: list[Para] = []
    at = k
    while at < len(paras):
        field, taken = _stacked_column(outline, paras[at]), 1
        if field == "" and at + 1 < len(paras):
            field, taken = _broken_column(outline, paras[at], paras[at + 1]), 2
        if field == "":
            break
        header.append(field)
        names.append(Para(paras[at].start, paras[at + taken - 1].end))
        at += taken
    return header, names


_BROKEN_PART = 3  # the longest part of a column's name a page broke over two lines


def _broken_column(outline: Outline, first: Para, second: Para) -> str | None:
    """`_column` of a name broken over two short lines ("办结" / "状态"), or "" where they make none."""
    parts = [_column_name(outline.folded[p.start : p.end]) for p in (first, second)]
    return _field_named("".join(parts)) if all(0 < len(part) <= _BROKEN_PART for part in parts) else ""


def _result_apart(outline: Outline, names: list[Para], header: list[str | None]) -> None:
    """Of two columns on where the item stands in a header set one cell a line (整改落实情况 / … / 是否已办结), the one
    that names a result holds the status and the other what was done, as `_header` reads a row's."""
    stated = [at for at, field in enumerate(header) if field == "status"]
    if len(stated) < 2:
        return
    result = next(
        (at for at in stated if _RESULT_COLUMN.match(_column_name(outline.folded[names[at].start : names[at].end]))),
        None,
    )
    if result is None:
        return
    for at in stated:
        if at != result:
            header[at] = None if "measures" in header else "measures"


_FIRST_ROW_AT_MOST = 999  # the highest number a table's first row may carry (a year or a case number is none)
_PAGE_TOP_LINES = 2  # the lines a page may set above a table's repeated header (its running title)


def _repeated_header(outline: Outline, paras: list[Para], k: int, header: list[str | None]) -> int:
    """How many lines from paras[k] a page break's repeat of the header takes, with up to `_PAGE_TOP_LINES` short
    lines of the page's own above it (the notice's title run at the page's top), else 0."""
    for skip in range(_PAGE_TOP_LINES + 1):
        at = k + skip
        if at + len(header) > len(paras) or any(p.end - p.start > _TITLE_AT_MOST for p in paras[k:at]):
            return 0
        if [_stacked_column(outline, p) for p in paras[at : at + len(header)]] == header:
            return skip + len(header)
    return 0


_TITLE_AT_MOST = 60


def _row_span(
    outline: Outline, paras: list[Para], k: int, header: list[str | None], expected: int, headings: set[int]
) -> int:
    """How many lines the numbered row at paras[k] takes: as many as the header has cells, or fewer where the next
    row's number, or a group row, comes first (cells closing a row that a page copied one cell a line, like an
    unfilled 备注, leave no line)."""
    shortest = header.index("problem") + 1 if "problem" in header else len(header)
    for n in range(shortest, len(header)):
        if k + n >= len(paras):
            return n
        following = paras[k + n]
        if _text_of(outline, following) == str(expected + 1):
            return n
        if (
            (following.start in headings or loose_heading(outline, following) is not None)
            and whole_status(_text_of(outline, following)) is None
            and _CELL_ITEM.match(_text_of(outline, following)) is None
            and not _inside_a_cell(outline, paras, k + n, header[n:], expected)
        ):
            # (Not a status cell the outline read as a status group's heading, "达到序时进度", nor a cell's numbered
            # line, "1.修订…学习制度。" / "2.建立…台账。", in a measures cell.)
            return n
    # …or more, where a cell ran over lines of its own ("…畜牧股" / "股长葛某某进行约谈"): the next row's number
    # comes a line or two later.
    after = k + len(header)
    if (
        after < len(paras)
        and _text_of(outline, paras[after]) != str(expected + 1)
        and paras[after].start not in headings
        and loose_heading(outline, paras[after]) is None
    ):
        for extra in range(1, _WRAPPED_LINES + 1):
            if after + extra < len(paras) and _text_of(outline, paras[after + extra]) == str(expected + 1):
                return len(header) + extra
    return len(header)


def _inside_a_cell(outline: Outline, paras: list[Para], at: int, unread: list[str | None], expected: int) -> bool:
    """Whether the heading at paras[at], reached before the row's measures or status cell, is a point of the cell
    above it ("（一）反映毁坏村里土地…问题，不属实" under a complaint's 调查核实情况) rather than a group of the rows
    after it: the next row's number does not follow it."""
    if not {"measures", "status"} & set(unread):
        return False
    return at + 1 >= len(paras) or _text_of(outline, paras[at + 1]) != str(expected + 1)


_WRAPPED_LINES = 3  # the most lines a row's cell runs over in a table set one cell a line
_CELL_ITEM = compile_shared(r"\d{1,2}[.、．](?!\d)")  # a numbered line inside a cell ("1.修订…"), not a group's label


def _row_cells(outline: Outline, header: list[str | None], cells: list[Para]) -> dict[str, tuple[int, int]]:
    """Field → span of a row set one cell a line; where the row has more lines than the header, one text cell ran
    over them: the problem's or the measures', whichever makes the lines it ran over the shorter (a cell's last
    line is the part left over, not a full line)."""
    extra = len(cells) - len(header)
    if extra <= 0:
        return {field: _without_bar(outline, c.start, c.end) for field, c in zip(header, cells) if field}
    candidates = [header.index(field) for field in ("problem", "measures") if field in header]
    # (A cell whose lines are numbered, "1.实行…" / "2.对进度滞后的…", is the one that ran over them.)
    numbered = [at for at in candidates if all(_CELL_ITEM.match(_text_of(outline, c)) for c in cells[at : at + 2])]
    wrapped = min(numbered or candidates, key=lambda at: sum(c.end - c.start for c in cells[at + 1 : at + 1 + extra]))
    named: dict[str, tuple[int, int]] = {}
    for at, field in enumerate(header):
        first = at if at <= wrapped else at + extra
        last = at + extra if at == wrapped else first
        if field:
            named[field] = _without_bar(outline, cells[first].start, cells[last].end)
    return named


def _without_bar(outline: Outline, start: int, end: int) -> tuple[int, int]:
    """A cell's span without the bar (and spaces) a page set after it on its line ("已办结 |")."""
    while end > start and outline.text[end - 1] in _CELL_LINE_EDGE:
        end -= 1
    return start, end


_CELL_LINE_EDGE = " \t|｜"  # (a cell a page set on a line of its own may keep the bar that closed it: "1 |")


def _text_of(outline: Outline, para: Para) -> str:
    return outline.folded[para.start : para.end].strip(_CELL_LINE_EDGE)


def _stacked_column(outline: Outline, para: Para) -> str | None:
    """`_column`, or a tick column for a status named as a column of its own (已完成 / 长期坚持 / 正在推进)."""
    field = _column(outline, para)
    if field == "" and para.end - para.start <= _CELL_WIDTH:
        name = _column_name(outline.folded[para.start : para.end])
        return _TICKED if name and whole_status(name) is not None else ""
    if field is None and _NOTE_COLUMN.match(_column_name(outline.folded[para.start : para.end])):
        return _NOTE
    return field


def _ticked_rows(outline: Outline, paras: list[Para], k: int, header: list[str | None]) -> tuple[list[Row], int]:
    """The rows under a header whose cells stand one per line (its first at paras[k]) with tick columns: each row
    as many lines as the header, a blank line for an empty cell, the status the name of the column ticked (√).
    Returns the rows and the paragraph after them."""
    text = outline.text
    width = len(header)
    header_start, pos = paras[k].start, paras[k + width - 1].end + 1
    rows: list[Row] = []
    while pos < len(text):
        starts = [pos]
        for _ in range(width):
            starts.append(text.find("\n", starts[-1]) + 1 or len(text) + 1)
        spans = [(a, b - 1) for a, b in zip(starts, starts[1:], strict=False)]
        if text[spans[0][0] : spans[0][1]].strip() != str(len(rows) + 1):
            break
        named: dict[str, tuple[int, int]] = {}
        for idx, (field, (a, b)) in enumerate(zip(header, spans, strict=True)):
            if field == _TICKED and text[a:b].strip() in TICKS:
                named["status"] = (paras[k + idx].start, paras[k + idx].end)  # (the column's name: 已完成)
            elif field and field not in ("number", _TICKED) and text[a:b].strip():
                named[field] = (a, b)
        _read_note(outline, named, named.pop(_NOTE, None))
        if "problem" not in named:
            break
        rows.append(Row(Para(spans[0][0], spans[-1][1]), str(len(rows) + 1), named, header_start if not rows else None))
        pos = starts[-1]
    end = rows[-1].para.end if rows else paras[k + width - 1].end
    after = next((j for j in range(k, len(paras)) if paras[j].start > end), len(paras))
    return rows, after


def _heading_starts(outline: Outline) -> set[int]:
    """Where the outline's headings begin."""
    starts: set[int] = set()
    stack = list(outline.root.children)
    while stack:
        node = stack.pop()
        starts.add(node.start)
        stack.extend(node.children)
    return starts


def _numbered_row(outline: Outline, header: list[str | None], cells: list[Para], expected: int) -> bool:
    return _text_of(outline, cells[0]) == str(expected)


def _status_row(outline: Outline, header: list[str | None], cells: list[Para], expected: int) -> bool:
    """Whether the lines are a row of an unnumbered table: no line names a column, and the status cell states a
    status as a whole (已完成, 正在推进, 长期坚持; a bare 完成 or √)."""
    cell = cells[header.index("status")]
    status = outline.folded[cell.start : cell.end].strip(" \t。；;")
    return all(_column(outline, c) == "" for c in cells) and bool(whole_status(status) or bare_word(status))
