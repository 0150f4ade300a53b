"""A ledger laid out with spaces, as a PDF-to-text tool that keeps the layout gives it: its rows as tab-separated lines.

`pdftotext -layout` (and copies of its text) sets a table's columns apart by runs of spaces and wraps a cell that does
not fit its column onto the lines below, at the column's place: one row takes several lines, each holding pieces of
several cells. Read line by line, every cell is cut short at its first line. Here a header row that names a number
column first and a problem column (序号  问题  整改措施 …) opens a ledger; a line with a number in the first column opens
a row, and each line under it adds its pieces to the cells of the columns they stand in, until a line fits no column
(a paragraph of the notice). Each row becomes one line of tab-separated cells, as the other loaders give a ledger;
every other line stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractor.lazy_re import compile_shared
from extractor.segment.lines import display_width, wrap_joiner
from extractor.vocab.columns import ANY_COLUMN, LEDGER_COLUMNS, PROBLEM_COLUMN

_GAP = compile_shared(r"[ \u3000\xa0]{2,}")
_HEADER_CELL = 10  # the longest column name
_MIN_COLUMNS = 3
_NUMBER = compile_shared(r"^(?:\d{1,3}|[（(]\d{1,3}[)）]|\d{1,3}[.、．])$")
_NUMBER_COLUMN = compile_shared(LEDGER_COLUMNS["number"])
_PROBLEM_NAME = compile_shared(rf"^(?:{PROBLEM_COLUMN})$")
_SLACK = 2  # how far left of its column's edge a piece may start (a bracket or quote set in the margin)
_HEADER_WRAP_CELL = 4  # the longest piece of a column name wrapped onto the header's next line ("单位", "情况")

Piece = tuple[int, str]  # where a piece of a line starts (in columns), and its text
Measure = Callable[[str], int]


def _pieces(line: str, measure: Measure) -> list[Piece]:
    """The pieces of a line set apart by runs of spaces, each with the column it starts at."""
    pieces: list[Piece] = []
    pos = 0
    for part in _GAP.split(line):
        at = line.find(part, pos) if part else pos
        if part.strip():
            pieces.append((measure(line[:at]), part.strip()))
        pos = at + len(part)
    return pieces


def _header(pieces: list[Piece]) -> bool:
    """Whether a line's pieces name a ledger's columns, a number column first and a problem column among them."""
    names = ["".join(text.split()) for _, text in pieces]
    return (
        len(names) >= _MIN_COLUMNS
        and all(len(name) <= _HEADER_CELL for name in names)
        and _NUMBER_COLUMN.match(names[0]) is not None
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
            rows, k = _ledger(lines, k)
            out += rows
            changed = True
            continue
        out.append(line)
        k += 1
    return "\n".join(out) if changed else text


def _ledger(lines: list[str], start: int) -> tuple[list[str], int]:
    """The ledger whose header is lines[start], as lines (its rows' cells apart by tabs), and the index of the first
    line past it. Positions are measured in display columns (a CJK character two wide) or in characters, whichever
    lines the rows' first lines up better (tools differ)."""
    end = _ledger_end(lines, start)
    measure = min((display_width, len), key=lambda m: _misalignment(lines[start:end], m))
    header = _pieces(lines[start], measure)
    edges = _edges(lines[start + 1 : end], header, measure)
    names = [text for _, text in header]
    out: list[str] = []
    row: list[list[str]] | None = None
    k = start + 1
    while k < end:  # the header's names wrapped onto the lines under it ("责任" / "单位")
        pieces = _pieces(lines[k], measure)
        if not pieces or pieces[0][0] < edges[1] - _SLACK or any(len(t) > _HEADER_WRAP_CELL for _, t in pieces):
            break
        for at, piece in pieces:
            idx = min(range(len(header)), key=lambda i: abs(header[i][0] - at))
            names[idx] += piece
        k += 1
    out.append("\t".join("".join(name.split()) for name in names))

    def flush() -> None:
        if row is not None:
            out.append("\t".join(_joined(cell) for cell in row).rstrip("\t"))

    for line in lines[k:end]:
        pieces = _pieces(line, measure)
        if pieces and pieces[0][0] < edges[1] - _SLACK and _NUMBER.match(pieces[0][1]):
            flush()
            row = [[] for _ in edges]
        elif not pieces or pieces[0][0] < edges[1] - _SLACK or row is None or not _fits(pieces, edges, measure):
            flush()
            row = None
            out.append(line)  # a blank line, a group row across the table, a page's number, the header again
            continue
        for at, piece in pieces:
            row[_column(at, edges)].append(piece)
    flush()
    return out, end


def _ledger_end(lines: list[str], start: int) -> int:
    """The index of the first line past the ledger whose header is lines[start]: the first line with no gap in it
    that starts at the margin and is no row's number (a paragraph of the notice: "三、下一步工作打算")."""
    for k in range(start + 1, len(lines)):
        line = lines[k]
        if line.strip() and not line[:1].isspace() and not _GAP.search(line.strip()):
            if not _NUMBER.match(line.strip()):
                return k
    return len(lines)


def _misalignment(lines: list[str], measure: Measure) -> int:
    """How far apart the starts of the rows' first lines' pieces are, column by column (0: aligned)."""
    starts: dict[int, list[int]] = {}
    for line in lines:
        pieces = _pieces(line, measure)
        if pieces and _NUMBER.match(pieces[0][1]):
            for idx, (at, _) in enumerate(pieces):
                starts.setdefault(idx, []).append(at)
    return sum(max(values) - min(values) for values in starts.values())


def _edges(lines: list[str], header: list[Piece], measure: Measure) -> list[int]:
    """Where each column starts: the leftmost start of its piece on the rows' first lines that fill every column (a
    header's name is often centred over its column, a cell's text set at its left), else the header's."""
    edges = [at for at, _ in header]
    full = [p for line in lines if len(p := _pieces(line, measure)) == len(header) and _NUMBER.match(p[0][1])]
    if full:
        edges = [min(p[idx][0] for p in full) for idx in range(len(header))]
    return edges


def _column(at: int, edges: list[int]) -> int:
    return max((idx for idx, edge in enumerate(edges) if edge - _SLACK <= at), default=0)


def _fits(pieces: list[Piece], edges: list[int], measure: Measure) -> bool:
    """Whether each piece of a line under a row stands in a column of its own, within it (not a row across the table:
    "（二）落实全面从严治党主体责任方面")."""
    columns = [_column(at, edges) for at, _ in pieces]
    return len(set(columns)) == len(columns) and all(
        idx + 1 == len(edges) or at + measure(text) <= edges[idx + 1] for idx, (at, text) in zip(columns, pieces)
    )


def _joined(pieces: list[str]) -> str:
    joined = ""
    for piece in pieces:
        joined += (wrap_joiner(joined, piece) if joined else "") + piece
    return re.sub(r"\s+", " ", joined)
