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
    if rows is None:
        return text
    lines = []
    for row in rows:
        # (A cell's line breaks, "1.修订制度；\n2.开展培训", would split its row: the row stays one line.)
        cells = [" ".join(part.strip() for part in cell.strip().splitlines()) for cell in row]
        while cells and not cells[-1]:
            cells.pop()
        lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


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
