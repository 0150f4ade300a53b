"""A ledger laid out with spaces, as a PDF-to-text tool that keeps the layout gives it: its rows as tab-separated lines.

`pdftotext -layout` (and copies of its text) sets a table's columns apart by runs of spaces and wraps a cell that does
not fit its column onto the lines below, at the column's place: one row takes several lines, each holding pieces of
several cells, and a page break may fall inside a row, the header repeated after it. Read line by line, every cell is
cut short at its first line. Here a header row that names a number column and a problem column (序号  问题  整改措施 …,
its names perhaps wrapped onto the next line) opens a ledger; a line with a number in the number column opens a row,
and each line under it adds its pieces to the cells of the columns they stand in, over blank lines, page numbers and
the repeated header where the row's cells were cut mid-way. A line that fits no column (a group row across the table,
a paragraph of the notice) closes the row. Each row becomes one line of tab-separated cells, as the other loaders give
a ledger; every other line stays as it is.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from extractor.lazy_re import LazyPattern, compile_shared
from extractor.segment.fold import fold
from extractor.segment.lines import display_width, wrap_joiner
from extractor.vocab.columns import ANY_COLUMN, LEDGER_COLUMNS, PROBLEM_COLUMN
from extractor.vocab.furniture import is_counter
from extractor.vocab.headings import MARKERS
from extractor.vocab.status import COMPLETED, IN_PROGRESS, LONG_TERM

_GAP = compile_shared(r"[ \u3000\xa0]{2,}")
_HEADER_CELL = 10  # the longest column name
_MIN_COLUMNS = 3
_NUMBER = compile_shared(r"^(?:\d{1,3}|[（(]\d{1,3}[)）]|\d{1,3}[.、．])$")
_NUMBER_COLUMN = compile_shared(LEDGER_COLUMNS["number"])
_PROBLEM_NAME = compile_shared(rf"^(?:{PROBLEM_COLUMN})$")
_STATUS_NAME = compile_shared(LEDGER_COLUMNS["status"])
_SLACK = 2  # how far past its column's edges a piece may reach (a quote mark whose width tools disagree on)
_HEADER_WRAP_CELL = 4  # the longest piece of a column name wrapped onto the header's next line ("单位", "类别")
_HEADER_LINES = 2  # the most lines a header's names wrap onto
_SNAP = 4  # how far left of a column past the problem's a line's one piece may start and still be that column's
# A line that opens a row, as a line at the margin may be followed by one: its number (after a category's first
# words), then a gap.
_ROW_START = compile_shared(r"^[ \t]*(?:\S{1,10}[ \t]{2,})?\d{1,3}[.、．]?[ \t]{2,}\S")
_STATUS = LazyPattern(f"(?:{COMPLETED}|{LONG_TERM}|{IN_PROGRESS})")
_CUT_ENDS = tuple("。；;！!？?")  # a cell that ends with none of these may go on past a page break
_GOES_ON_FROM = tuple("，,、（(")  # how a piece that carries on a whole status opens
# The labels a row across the table that groups the rows below it opens with: 一、 （一） 第一方面 (read folded).
_GROUP_LABELS = tuple(pattern for kind, pattern in MARKERS if kind in ("fm", "cn", "pcn"))

Piece = tuple[int, str]  # where a piece of a line starts (in columns), and its text
Measure = Callable[[str], int]


def _pieces(line: str, measure: Measure) -> list[Piece]:
    """The pieces of a line set apart by runs of spaces, each with the column it starts at (measured from the piece
    before it: a long line has many)."""
    pieces: list[Piece] = []
    pos = column = 0
    for part in _GAP.split(line):
        at = line.find(part, pos) if part else pos
        column += measure(line[pos:at])
        if part.strip():
            pieces.append((column, part.strip()))
        column += measure(part)
        pos = at + len(part)
    return pieces


def _names(pieces: list[Piece]) -> list[str]:
    return ["".join(text.split()) for _, text in pieces]


def _header(pieces: list[Piece]) -> bool:
    """Whether a line's pieces name a ledger's columns, a number column and a problem column among them (a name's
    first line will do: "问题" over "类别")."""
    names = _names(pieces)
    return (
        len(names) >= _MIN_COLUMNS
        and all(len(name) <= _HEADER_CELL for name in names)
        and any(_NUMBER_COLUMN.match(name) for name in names)
        and any(_PROBLEM_NAME.match(name) for name in names)
        and sum(1 for name in names if ANY_COLUMN.match(name)) >= _MIN_COLUMNS
    )


def layout_table_rows(text: str) -> str:
    """`text` with each ledger laid out with spaces as tab-separated rows, their wrapped cells joined."""
    if "  " not in text or not ("题" in text or "任务" in text or "意见" in text):
        return text
    lines = text.split("\n")
    k = 0
    out: list[str] = []
    changed = False
    while k < len(lines):
        line = lines[k]
        if "  " in line and len(line) < 200 and _header(_pieces(line, len)):
            rows, k = _Ledger(lines, k).read()
            out += rows
            changed = True
            continue
        out.append(line)
        k += 1
    return "\n".join(out) if changed else text


class _Ledger:
    """One ledger: its header at lines[start], the lines it takes, where each column starts."""

    def __init__(self, lines: list[str], start: int) -> None:
        self.lines = lines
        self.end = _ledger_end(lines, start)
        # Positions are measured in display columns (a CJK character two wide) or in characters, whichever lines the
        # rows' first lines up better (tools differ).
        width = len(_pieces(lines[start], len))
        self.measure = min((display_width, len), key=lambda m: _misalignment(lines[start : self.end], m, width))
        self.header = _pieces(lines[start], self.measure)
        self.names = _names(self.header)
        # (Read from the header's own line, which `_header` found to name them, whatever its wrapped names add.)
        self.number = next(k for k, name in enumerate(self.names) if _NUMBER_COLUMN.match(name))
        self.problem = next(k for k, name in enumerate(self.names) if _PROBLEM_NAME.match(name))
        self.body = start + 1
        while self.body < min(self.end, start + 1 + _HEADER_LINES) and (
            wrapped := self._wraps_header(lines[self.body])
        ):
            for at, piece in wrapped:
                self.names[min(range(len(self.header)), key=lambda i: abs(self.header[i][0] - at))] += piece
            self.body += 1
        self.status = next((k for k, name in enumerate(self.names) if _STATUS_NAME.match(name)), len(self.names) - 1)
        self.edges = _edges(lines[self.body : self.end], self.header, self.measure)

    def _wraps_header(self, line: str) -> list[Piece]:
        """The pieces of a line under the header that carries on its names ("责任" / "单位"), else []."""
        pieces = _pieces(line, self.measure)
        if any(len(t) > _HEADER_WRAP_CELL or _NUMBER.match(t) for _, t in pieces) or _header(pieces):
            return []
        return pieces

    def read(self) -> tuple[list[str], int]:
        """The ledger as lines (the header's names, then each row's cells, apart by tabs), and the index of the
        first line past it."""
        out = ["\t".join(self.names)]
        row: list[list[str]] | None = None
        gap = False  # (blank lines, a page's number or the header again since the row's last line)
        repeated = False  # (in the header a page break repeated: its lines go, as a page's number would)

        def flush() -> None:
            if row is not None:
                out.append("\t".join(_joined(cell) for cell in row).rstrip("\t"))

        for line in self.lines[self.body : self.end]:
            pieces = _pieces(line, self.measure)
            repeated = bool(pieces) and (_header(pieces) or (repeated and bool(self._wraps_header(line))))
            if not pieces or is_counter(line.strip()) or repeated:
                gap = True
                out.append("" if repeated else line)
                continue
            columns = [_column(at, self.edges) for at, _ in pieces]
            if len(pieces) == 1 and columns[0] < len(self.edges) - 1:
                # (A line's one piece set a little left of the next column, as a hand-aligned copy sets it.)
                if self.edges[columns[0] + 1] - _SNAP <= pieces[0][0] and columns[0] + 1 > self.problem:
                    columns = [columns[0] + 1]
            if any(idx == self.number and _NUMBER.match(text) for idx, (_, text) in zip(columns, pieces)):
                flush()
                row = [[] for _ in self.edges]
            elif (
                row is None
                or not self._fits(pieces, columns)
                or (len(pieces) == 1 and any(label.match(fold(pieces[0][1])) for label in _GROUP_LABELS))
                or (gap and not _goes_on(row, pieces, columns))
            ):
                flush()
                row = None
                out.append(line)  # a group row across the table, a paragraph of the notice
                continue
            elif self._opens_sub_row(row, pieces, columns):
                # A problem cell merged down over rows of its own measures, each with its own state: a row with no
                # number or problem of its own.
                flush()
                row = [[] for _ in self.edges]
            gap = False
            for idx, (_, piece) in zip(columns, pieces):
                row[idx].append(piece)
        flush()
        return out, self.end

    def _fits(self, pieces: list[Piece], columns: list[int]) -> bool:
        """Whether each piece of a line under a row stands in a column of its own, within it (not a row across the
        table: "（二）落实全面从严治党主体责任方面"; a line's one piece past the problem column is that column's, however
        far it runs)."""
        if len(columns) == 1 and columns[0] > self.problem:
            return True
        return len(set(columns)) == len(columns) and all(
            idx + 1 == len(self.edges) or at + self.measure(text) <= self.edges[idx + 1] + _SLACK
            for idx, (at, text) in zip(columns, pieces)
        )

    def _opens_sub_row(self, row: list[list[str]], pieces: list[Piece], columns: list[int]) -> bool:
        """Whether a line under a row states a status of its own where the row has stated one already."""
        at = self.status
        return (
            at in columns
            and bool(row[at])
            and _STATUS.fullmatch(_joined(row[at]).rstrip("。")) is not None
            and _STATUS.fullmatch(pieces[columns.index(at)][1].rstrip("。")) is not None
        )


def _goes_on(row: list[list[str]], pieces: list[Piece], columns: list[int]) -> bool:
    """Whether a line after a gap (a page break) carries on the row: each of its pieces goes to a cell the row left
    cut mid-way (one that ends no sentence, and says no whole status unless the piece goes on from it: "，长期坚持")."""
    for idx, (_, piece) in zip(columns, pieces):
        cell = _joined(row[idx])
        if not cell or cell.endswith(_CUT_ENDS):
            return False
        if _STATUS.fullmatch(cell) is not None and not piece.startswith(_GOES_ON_FROM):
            return False
    return True


def _ledger_end(lines: list[str], start: int) -> int:
    """The index of the first line past the ledger whose header is lines[start]: the first line with no gap in it
    that starts at the margin, is no row's number nor a page's, and is not a group row over the next row (a
    paragraph of the notice: "三、下一步工作打算")."""
    for k in range(start + 1, len(lines)):
        line = lines[k]
        if not line.strip() or line[:1].isspace() or _GAP.search(line.strip()):
            continue
        if _NUMBER.match(line.strip()) or is_counter(line.strip()):
            continue
        following = next((later for later in lines[k + 1 : k + 3] if later.strip()), "")
        if not _ROW_START.match(following):
            return k
    return len(lines)


def _full_rows(lines: list[str], measure: Measure, width: int) -> list[list[Piece]]:
    """The pieces of the rows' lines that fill every one of the `width` columns, a number among them."""
    full = [p for line in lines if len(p := _pieces(line, measure)) == width]
    return [p for p in full if any(_NUMBER.match(text) for _, text in p)]


def _misalignment(lines: list[str], measure: Measure, width: int) -> int:
    """How many of the full rows' pieces start off their column's commonest start (0: aligned; a quote mark whose
    width tools disagree on shifts a few)."""
    rows = _full_rows(lines, measure, width)
    off = 0
    for idx in range(width):
        starts = Counter(p[idx][0] for p in rows)
        off += len(rows) - max(starts.values(), default=0)
    return off


def _edges(lines: list[str], header: list[Piece], measure: Measure) -> list[int]:
    """Where each column starts: the leftmost start of its piece on the rows' lines that fill every column (a
    header's name is often centred over its column, a cell's text set at its left), else the header's."""
    full = _full_rows(lines, measure, len(header))
    return [min(p[idx][0] for p in full) for idx in range(len(header))] if full else [at for at, _ in header]


def _column(at: int, edges: list[int]) -> int:
    return max((idx for idx, edge in enumerate(edges) if edge - _SLACK <= at), default=0)


def _joined(pieces: list[str]) -> str:
    joined = ""
    for piece in pieces:
        joined += (wrap_joiner(joined, piece) if joined else "") + piece
    return re.sub(r"\s+", " ", joined)
