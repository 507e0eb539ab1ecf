"""Writing cells safely and laying sheets out: shared by every sheet.

Text from input files is always written as text (a title starting with ``=``
stays a string, never a formula), characters a workbook cannot hold are
dropped, and non-finite numbers become blanks, never zero or an error.
"""

from __future__ import annotations

import math
import unicodedata
import weakref
from copy import copy
from functools import lru_cache
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tracker.model import Status

MAX_TEXT = 32767  # Excel's limit for one cell

#: (fill, font colour, bold) per status; Excel's own good/neutral/bad tones.
STATUS_STYLE: dict[Status, tuple[str, str, bool]] = {
    Status.ACHIEVED: ("A9D08E", "1E4620", True),
    Status.ON_TRACK: ("C6EFCE", "006100", False),
    Status.AT_RISK: ("FFEB9C", "9C5700", False),
    Status.OFF_TRACK: ("FFC7CE", "9C0006", False),
    Status.MISSED: ("C00000", "FFFFFF", True),
    Status.NO_DATA: ("D9D9D9", "404040", False),
}
CHANGE_FILL = PatternFill("solid", fgColor="FFF2CC")
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
FONT_SIZE = 10
#: DengXian, the font Chinese Excel uses by default; it has Latin letters too.
#: Where it is missing (LibreOffice on Linux) a CJK sans-serif takes its place.
FONT_NAME = "等线"
BODY_FONT = Font(name=FONT_NAME, size=FONT_SIZE)
HEADER_FONT = Font(name=FONT_NAME, size=FONT_SIZE, bold=True)
TITLE_FONT = Font(name=FONT_NAME, size=14, bold=True)
LINE_HEIGHT = 13.5  # points per line of 10-point text, Chinese included
THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
CENTER = Alignment(vertical="top", horizontal="center")
LEFT = Alignment(vertical="top", horizontal="left")


_STATUS_FILLS = {s: PatternFill("solid", fgColor=fill) for s, (fill, _, _) in STATUS_STYLE.items()}
_STATUS_FONTS = {s: Font(name=FONT_NAME, size=FONT_SIZE, color=colour, bold=bold)
                 for s, (_, colour, bold) in STATUS_STYLE.items()}


def status_fill(status: Status) -> PatternFill:
    return _STATUS_FILLS[status]


def status_font(status: Status) -> Font:
    return _STATUS_FONTS[status]


@lru_cache(maxsize=64)
def body_font(*, bold: bool = False, color: str | None = None) -> Font:
    """The body font, bold or coloured; the same object for the same arguments (see ``put``)."""
    return Font(name=FONT_NAME, size=FONT_SIZE, bold=bold, color=color)


def clean_text(text: str) -> str:
    """Drop control characters a workbook cannot store; keep within Excel's length."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


#: Per workbook: (format, font, fill, alignment, border) -> the style they make, as openpyxl
#: stores it on a cell. Setting font, fill … one by one costs a lookup in the workbook's style
#: lists each (most of a big report's time); a cell with the same five gets a copy instead.
#: Keys are the objects' ids; the entry keeps the objects alive, so an id cannot be reused.
_STYLES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def put(ws: Worksheet, row: int, col: int, value: Any, *, fmt: str | None = None, font: Font | None = BODY_FONT,
        fill: PatternFill | None = None, align: Alignment | None = TOP, border: Border | None = None):
    """Write one cell. Strings stay strings, whatever they start with."""
    cell = ws.cell(row=row, column=col)
    fresh = not cell.has_style
    if isinstance(value, str):
        value = clean_text(value) if value else None  # blank, not an empty string
    elif isinstance(value, bool) or value is None:
        pass
    elif isinstance(value, (int, float)):
        value = value if math.isfinite(value) else None
    else:
        value = clean_text(str(value))
    # Set directly: openpyxl's setter would search the text for illegal characters
    # again and make "=SUM(…)" from an input file a formula; text stays text.
    cell._value = value
    cell.data_type = "s" if isinstance(value, str) else "b" if isinstance(value, bool) else "n"
    if value is None and fresh and fill is None and border is None:
        return cell  # nothing to see: an unstyled blank is not even written to the file
    if fmt is not None and value is None:
        fmt = None
    if fresh:  # a cell styled before keeps what this call leaves out: no shortcut for it
        styles = _STYLES.get(ws.parent)
        if styles is None:
            styles = _STYLES[ws.parent] = {}
        key = (fmt, id(font), id(fill), id(align), id(border))
        known = styles.get(key)
        if known is not None:
            cell._style = copy(known[0])
            return cell
    if fmt is not None:
        cell.number_format = fmt
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if align is not None:
        cell.alignment = align
    if border is not None:
        cell.border = border
    if fresh:
        styles[key] = (copy(cell._style), font, fill, align, border)
    return cell


@lru_cache(maxsize=1 << 16)
def display_width(text: str) -> float:
    """The column width a 10-point text needs, in Excel's units (the width of a "0" in Calibri 11).

    A Chinese character of 10-point DengXian is about 1.8 units wide, a digit
    or Latin letter slightly under one.
    """
    if text.isascii():
        return float(len(text))
    return sum(1.8 if unicodedata.east_asian_width(ch) in "WF" else 1.0 for ch in text)


def header_row(ws: Worksheet, row: int, headers: list[str]) -> None:
    for col, text in enumerate(headers, start=1):
        put(ws, row, col, text, font=HEADER_FONT, fill=HEADER_FILL, align=HEADER_ALIGN, border=BOX)


def _written(ws: Worksheet, first_row: int):
    """(row, column, value, cell) of every cell from ``first_row`` down that holds a value.

    Straight from the sheet's own cells: walking rows and columns would visit
    (and create) every empty cell of the rectangle too.
    """
    for (r, c), cell in ws._cells.items():
        if r >= first_row and cell.value is not None:
            yield r, c, cell.value, cell


def fit_columns(ws: Worksheet, first_row: int, limits: list[tuple[int, int]], number_width: int = 11) -> None:
    """Set each column's width from its longest entry, within (min, max) per column.

    Widths are in characters of the default font; a Chinese character takes two.
    Texts longer than the maximum wrap (their cells carry wrap_text).
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
    for col, ((low, high), width) in enumerate(zip(limits, widest), start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(low, min(high, math.ceil(width + 1.5)))


def fit_rows(ws: Worksheet, first_row: int) -> None:
    """Give rows with wrapped text the height their lines need.

    Neither Excel nor LibreOffice reliably fits row heights of a generated
    file when it opens it, so a wrapped title would show its first line only.
    """
    rooms: dict[int, float] = {}
    wraps: dict[int, bool] = {}  # alignment id -> wraps
    lines_of: dict[int, int] = {}
    for r, c, value, cell in _written(ws, first_row):
        if not isinstance(value, str):
            continue
        aid = cell._style.alignmentId
        wrap = wraps.get(aid)
        if wrap is None:
            wrap = wraps[aid] = bool(cell.alignment.wrap_text)
        if not wrap:
            continue
        room = rooms.get(c)
        if room is None:
            room = rooms[c] = max(1.0, (ws.column_dimensions[get_column_letter(c)].width or 8.43) - 1.0)
        n = sum(max(1, math.ceil(display_width(part) / room)) for part in value.split("\n"))
        if n > lines_of.get(r, 1):
            lines_of[r] = n
    for r in sorted(lines_of):
        ws.row_dimensions[r].height = lines_of[r] * LINE_HEIGHT + 2


def print_setup(ws: Worksheet, *, title_rows: str | None = None, landscape: bool = True) -> None:
    """A4, fit to one page wide, as many pages long as needed, header repeated."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "&P / &N"
    if title_rows:
        ws.print_title_rows = title_rows
