"""Column widths and row heights fitted to what a sheet holds: its cells, and its table rows
(tracker.report.rows) that are spliced in after openpyxl's save."""

from __future__ import annotations

import itertools
import math

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tracker.report.cells import LINE_HEIGHT, display_width
from tracker.report.rows import TableRows

__all__ = ["fit_columns", "fit_rows"]


def _written(ws: Worksheet, first_row: int):
    """(row, column, value, cell) of every cell from ``first_row`` down that holds a value.

    Straight from the sheet's own cells: walking rows and columns would visit
    (and create) every empty cell of the rectangle too.
    """
    for (r, c), cell in ws._cells.items():
        if r >= first_row and cell.value is not None:
            yield r, c, cell.value, cell


def fit_columns(ws: Worksheet, first_row: int, limits: list[tuple[int, int]], number_width: int = 11,
                rows: TableRows | None = None) -> None:
    """Set each column's width from its longest entry, within (min, max) per column.

    Widths are in characters of the default font; a Chinese character takes two.
    Texts longer than the maximum wrap (their cells carry wrap_text). ``rows``:
    the sheet's table rows, counted with its cells (they start below ``first_row``).
    """
    widest = [0.0] * len(limits)
    for _, c, value, _ in _written(ws, first_row):
        if c > len(limits):
            continue
        if isinstance(value, str):
            width = max(display_width(line) for line in value.split("\n"))
        else:
            width = number_width
        if width > widest[c - 1]:
            widest[c - 1] = width
    if rows is not None:
        if rows.first_row < first_row:
            raise ValueError("table rows start above the rows to fit")
        for c in range(1, len(limits) + 1):
            width = max(rows.widest.get(c, 0.0), number_width if c in rows.numeric else 0.0)
            if width > widest[c - 1]:
                widest[c - 1] = width
    for col, ((low, high), width) in enumerate(zip(limits, widest), start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(low, min(high, math.ceil(width + 1.5)))


def _wrapped(ws: Worksheet, first_row: int):
    """(row, column, text) of every cell from ``first_row`` down whose text wraps."""
    wraps: dict[int, bool] = {}  # alignment id -> wraps
    for r, c, value, cell in _written(ws, first_row):
        if not isinstance(value, str):
            continue
        aid = cell._style.alignmentId
        wrap = wraps.get(aid)
        if wrap is None:
            wrap = wraps[aid] = bool(cell.alignment.wrap_text)
        if wrap:
            yield r, c, value


def fit_rows(ws: Worksheet, first_row: int, rows: TableRows | None = None) -> None:
    """Give rows with wrapped text the height their lines need.

    Neither Excel nor LibreOffice reliably fits row heights of a generated
    file when it opens it, so a wrapped title would show its first line only.
    ``rows``: the sheet's table rows, which get their heights too.
    """
    rooms: dict[int, float] = {}
    lines_of: dict[int, int] = {}
    texts = _wrapped(ws, first_row)
    if rows is not None:
        if rows.first_row < first_row:
            raise ValueError("table rows start above the rows to fit")
        texts = itertools.chain(texts, rows.wrapped_texts())
    for r, c, value in texts:
        room = rooms.get(c)
        if room is None:
            room = rooms[c] = max(1.0, (ws.column_dimensions[get_column_letter(c)].width or 8.43) - 1.0)
        if "\n" in value:
            n = sum(max(1, math.ceil(display_width(part) / room)) for part in value.split("\n"))
        else:
            n = max(1, math.ceil(display_width(value) / room))
        if n > lines_of.get(r, 1):
            lines_of[r] = n
    first_table_row = rows.first_row if rows is not None else math.inf
    for r in sorted(lines_of):
        if r >= first_table_row:
            rows.heights[r] = lines_of[r] * LINE_HEIGHT + 2
        else:
            ws.row_dimensions[r].height = lines_of[r] * LINE_HEIGHT + 2
