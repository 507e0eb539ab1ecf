"""Writing cells safely and laying sheets out: shared by every sheet.

Text from input files is always written as text (a title starting with ``=``
stays a string, never a formula), characters a workbook cannot hold are
dropped, and non-finite numbers become blanks, never zero or an error.
"""

from __future__ import annotations

import math
import unicodedata
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


def status_fill(status: Status) -> PatternFill:
    return PatternFill("solid", fgColor=STATUS_STYLE[status][0])


def status_font(status: Status) -> Font:
    _, colour, bold = STATUS_STYLE[status]
    return Font(name=FONT_NAME, size=FONT_SIZE, color=colour, bold=bold)


def clean_text(text: str) -> str:
    """Drop control characters a workbook cannot store; keep within Excel's length."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text if len(text) <= MAX_TEXT else text[: MAX_TEXT - 1] + "…"


def put(ws: Worksheet, row: int, col: int, value: Any, *, fmt: str | None = None, font: Font | None = BODY_FONT,
        fill: PatternFill | None = None, align: Alignment | None = TOP, border: Border | None = None):
    """Write one cell. Strings stay strings, whatever they start with."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str) and value == "":
        cell.value = None  # blank, not an empty string
    elif isinstance(value, str):
        cell.value = clean_text(value)
        cell.data_type = "s"  # "=SUM(…)" from an input file must not become a formula
    elif isinstance(value, bool) or value is None:
        cell.value = value
    elif isinstance(value, (int, float)):
        cell.value = value if math.isfinite(value) else None
    else:
        cell.value = clean_text(str(value))
        cell.data_type = "s"
    if fmt is not None and cell.value is not None:
        cell.number_format = fmt
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if align is not None:
        cell.alignment = align
    if border is not None:
        cell.border = border
    return cell


def display_width(text: str) -> float:
    """The column width a 10-point text needs, in Excel's units (the width of a "0" in Calibri 11).

    A Chinese character of 10-point DengXian is about 1.8 units wide, a digit
    or Latin letter slightly under one.
    """
    return sum(1.8 if unicodedata.east_asian_width(ch) in "WF" else 1.0 for ch in text)


def header_row(ws: Worksheet, row: int, headers: list[str]) -> None:
    for col, text in enumerate(headers, start=1):
        put(ws, row, col, text, font=HEADER_FONT, fill=HEADER_FILL, align=HEADER_ALIGN, border=BOX)


def fit_columns(ws: Worksheet, first_row: int, limits: list[tuple[int, int]], number_width: int = 11) -> None:
    """Set each column's width from its longest entry, within (min, max) per column.

    Widths are in characters of the default font; a Chinese character takes two.
    Texts longer than the maximum wrap (their cells carry wrap_text).
    """
    for col, (low, high) in enumerate(limits, start=1):
        widest = 0
        for (cell,) in ws.iter_rows(min_row=first_row, min_col=col, max_col=col):
            if cell.value is None:
                continue
            if isinstance(cell.value, str):
                widest = max(widest, max(display_width(line) for line in cell.value.split("\n")))
            else:
                widest = max(widest, number_width)
        ws.column_dimensions[get_column_letter(col)].width = max(low, min(high, math.ceil(widest + 1.5)))


def fit_rows(ws: Worksheet, first_row: int) -> None:
    """Give rows with wrapped text the height their lines need.

    Neither Excel nor LibreOffice reliably fits row heights of a generated
    file when it opens it, so a wrapped title would show its first line only.
    """
    widths = {}
    for row in ws.iter_rows(min_row=first_row):
        lines = 1
        for cell in row:
            if not isinstance(cell.value, str) or not cell.alignment.wrap_text:
                continue
            letter = cell.column_letter
            if letter not in widths:
                widths[letter] = ws.column_dimensions[letter].width or 8.43
            room = max(1.0, widths[letter] - 1.0)
            n = sum(max(1, math.ceil(display_width(part) / room)) for part in cell.value.split("\n"))
            lines = max(lines, n)
        if lines > 1:
            ws.row_dimensions[row[0].row].height = lines * LINE_HEIGHT + 2


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
