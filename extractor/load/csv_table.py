"""A ledger (整改台账) kept in a spreadsheet and saved as CSV: its rows as tab-separated lines.

Units keep their 整改台账 in Excel and publish it, or hand it over, saved as CSV: cells apart by commas,
quoted where they hold a comma, a quote or a line break ("1.修订制度；\\n2.开展培训"), title and group rows
padded with empty cells ("一、…方面,,,,,,"). Read as it is, no header is found in it. Read as a table, each row
becomes a line of tab-separated cells, as the other loaders give a ledger (a cell's line breaks become spaces), and
a row with a single cell (a title, a group, a note) becomes a line of its own. A text is read so only where one of its first rows is a ledger's
header set apart by commas: prose that happens to use half-width commas stays as it is.
"""

from __future__ import annotations

import csv
import io
import re

from extractor.lazy_re import compile_shared
from extractor.vocab.columns import PROBLEM_COLUMN

_HEADER_ROWS = 12  # the rows a ledger's header comes within (a title, a unit, a note above it)
_HEADER_CELL = 16  # the longest header cell
_MIN_COLUMNS = 4
_PROBLEM_CELL = compile_shared(rf"(?:{PROBLEM_COLUMN})")
_ROW_AT_MOST = 4000  # the longest row a quoted cell's line breaks run on over
_HEADER_LINE_AT_MOST = _HEADER_CELL * 12  # the longest header line: a dozen short cells
_HEADER_LINE = compile_shared(r"^[^\n]*,[^\n]*,[^\n]*,", re.M)


def looks_like_csv(text: str) -> bool:
    """Whether one of the text's first rows is a ledger's header with its cells apart by commas (序号,问题,…)."""
    if "," not in text[:4000] or not _HEADER_LINE.search(text, 0, 4000):
        return False
    rows = _rows(text[:4000])
    return rows is not None and _header_at(rows) is not None


def as_tab_rows(text: str) -> str:
    """The CSV text as lines: each row's cells apart by tabs, a row of one cell (title, group, note) alone."""
    rows = _rows(text)
    return text if rows is None else as_tab_rows_of(rows)


def _rows(text: str) -> list[list[str]] | None:
    try:
        return list(csv.reader(io.StringIO(text)))
    except csv.Error:  # (a NUL, a field over the module's limit: not a spreadsheet's export)
        return None


def _header_at(rows: list[list[str]]) -> int | None:
    for k, row in enumerate(rows[:_HEADER_ROWS]):
        cells = [cell.strip() for cell in row]
        filled = [cell for cell in cells if cell]
        if len(filled) < _MIN_COLUMNS or any(len(cell) > _HEADER_CELL for cell in filled):
            continue
        if any(_PROBLEM_CELL.fullmatch(re.sub(r"\s+", "", cell)) for cell in filled):
            return k
    return None


def ledger_within(text: str) -> str:
    """`text` with a ledger set out with commas inside it (a notice's own words above and below it) as tab rows:
    from a header row of ledger columns apart by commas, every row of as many cells (a quoted cell may hold a
    line break), up to the first that has another count."""
    for m in _HEADER_LINE.finditer(text):
        line_end = text.find("\n", m.end())
        line = text[m.start() : len(text) if line_end < 0 else line_end]
        if len(line) > _HEADER_LINE_AT_MOST or "问题" not in line:
            continue  # (a header is short and names its problem column: most lines with commas are prose)
        header = _rows(line)
        if not header or _header_at(header[:1]) is None:
            continue
        width, start = len(header[0]), m.start()
        rows: list[list[str]] = []
        end, pending, quoted = start, "", False
        for line in text[start:].splitlines(keepends=True):
            pending += line
            quoted ^= line.count('"') % 2 == 1
            if quoted and len(pending) < _ROW_AT_MOST:
                continue  # (a quoted cell's line break: the row goes on)
            row = _rows(pending)
            if not row or len(row[0]) != width:
                break
            rows.append(row[0])
            end, pending = end + len(pending), ""
        if len(rows) > 1:
            return text[:start] + as_tab_rows_of(rows) + text[end:]
    return text


def as_tab_rows_of(rows: list[list[str]]) -> str:
    """Rows as lines of tab-separated cells; a cell's line breaks ("1.修订制度；\\n2.开展培训") become spaces, which would
    split its row."""
    lines = []
    for row in rows:
        cells = [" ".join(part.strip() for part in cell.strip().splitlines()) for cell in row]
        while cells and not cells[-1]:
            cells.pop()
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"
