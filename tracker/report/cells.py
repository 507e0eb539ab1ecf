"""Writing cells safely and laying sheets out: shared by every sheet.

Text from input files is always written as text (a title starting with ``=``
stays a string, never a formula), characters a workbook cannot hold are
dropped, and non-finite numbers become blanks, never zero or an error.
"""

from __future__ import annotations

import math
import re
import unicodedata
import weakref
from copy import copy
from functools import lru_cache
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from tracker.model import Status
from tracker.report.lights import LIGHT_STYLE, Light

MAX_TEXT = 32767  # Excel's limit for one cell

#: (fill, font colour, bold) per status; Excel's own good/neutral/bad tones.
STATUS_STYLE: dict[Status, tuple[str, str, bool]] = {
    Status.ACHIEVED: ("A9D08E", "1E4620", True),
    Status.ON_TRACK: ("C6EFCE", "006100", False),
    Status.AT_RISK: ("FFEB9C", "9C5700", False),
    Status.OFF_TRACK: ("FFC7CE", "9C0006", False),
    Status.MISSED: ("C00000", "FFFFFF", True),
    Status.NO_DATA: ("D9D9D9", "404040", False),
    Status.AWAITING_FINAL: ("DDEBF7", "1F4E79", False),
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
WRAP_CENTER = Alignment(wrap_text=True, vertical="top", horizontal="center")
LEFT = Alignment(vertical="top", horizontal="left")


_STATUS_FILLS = {s: PatternFill("solid", fgColor=fill) for s, (fill, _, _) in STATUS_STYLE.items()}
_STATUS_FONTS = {s: Font(name=FONT_NAME, size=FONT_SIZE, color=colour, bold=bold)
                 for s, (_, colour, bold) in STATUS_STYLE.items()}


def light_fill(light: Light) -> PatternFill:
    """The fill of a light."""
    found = _LIGHT_FILLS.get(light)
    if found is None:
        found = _LIGHT_FILLS[light] = PatternFill("solid", fgColor=LIGHT_STYLE[light][0])
    return found


def light_font(light: Light) -> Font:
    found = _LIGHT_FONTS.get(light)
    if found is None:
        found = _LIGHT_FONTS[light] = Font(name=FONT_NAME, size=FONT_SIZE, bold=True, color=LIGHT_STYLE[light][1])
    return found


_LIGHT_FILLS: dict[Light, PatternFill] = {}
_LIGHT_FONTS: dict[Light, Font] = {}


def status_fill(status: Status) -> PatternFill:
    return _STATUS_FILLS[status]


def status_font(status: Status) -> Font:
    return _STATUS_FONTS[status]


@lru_cache(maxsize=64)
def body_font(*, bold: bool = False, color: str | None = None) -> Font:
    """The body font, bold or coloured; the same object for the same arguments (see ``put``)."""
    return Font(name=FONT_NAME, size=FONT_SIZE, bold=bold, color=color)


#: What XML 1.0 cannot hold: control characters (openpyxl's ILLEGAL_CHARACTERS_RE), lone
#: surrogates (text decoded with surrogateescape) and U+FFFE, U+FFFF. Saving would fail on them.
_UNWRITABLE = re.compile(ILLEGAL_CHARACTERS_RE.pattern + r"|[\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Drop characters a workbook cannot store; keep within Excel's length."""
    text = _UNWRITABLE.sub("", text)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def cell_value(value: Any) -> Any:
    """What a cell holds for ``value``: text cleaned (empty is blank), non-finite numbers blank."""
    if isinstance(value, str):
        return clean_text(value) if value else None  # blank, not an empty string
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return value if math.isfinite(value) else None
    return clean_text(str(value))


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
    value = cell_value(value)
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
    style_cell(cell, fmt, font, fill, align, border)
    if fresh:
        styles[key] = (copy(cell._style), font, fill, align, border)
    return cell


def style_cell(cell: Cell, fmt: str | None, font: Font | None, fill: PatternFill | None,
               align: Alignment | None, border: Border | None) -> None:
    """Give a cell each part of a style that is not None."""
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


@lru_cache(maxsize=1 << 16)
def display_width(text: str) -> float:
    """The column width a 10-point text needs, in Excel's units (the width of a "0" in Calibri 11).

    A Chinese character of 10-point DengXian is about 1.8 units wide, a digit
    or Latin letter slightly under one.
    """
    if text.isascii():
        return float(len(text))
    return sum(map(_CHAR_WIDTH.__getitem__, text))  # added up in order, as a loop would


class _CharWidths(dict):
    """Character -> its width in display_width's units, looked up once per character."""

    def __missing__(self, ch: str) -> float:
        width = self[ch] = 1.8 if unicodedata.east_asian_width(ch) in "WF" else 1.0
        return width


_CHAR_WIDTH = _CharWidths()


def header_row(ws: Worksheet, row: int, headers: list[str]) -> None:
    for col, text in enumerate(headers, start=1):
        put(ws, row, col, text, font=HEADER_FONT, fill=HEADER_FILL, align=HEADER_ALIGN, border=BOX)


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
