"""A big table's rows written as SpreadsheetML text, spliced into the sheet when the workbook is saved.

openpyxl spends 15–20 µs on every cell it creates and serialises (write-only mode
too); a province's report has some 230,000. The tables of the summary, the
trends, the figures and the problems are therefore kept here, each row as the
XML of its cells, and put into the sheet's part when the workbook is saved.
Everything else (title and header rows, column widths, panes, filters, print
setup, the styles themselves, charts) stays openpyxl's.

The cells read back as openpyxl's own would: text as inline strings (never a
formula), numbers as ``%.16g``, booleans as 0/1, blanks only where they carry a
fill or a border, styles registered in the workbook's own list. Values go
through the same cleaning as ``cells.put``.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from typing import Any, Iterable
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from tracker.report.cells import BODY_FONT, TOP, cell_value, clean_text, display_width, style_cell

_LETTERS = [""] + [get_column_letter(c) for c in range(1, 703)]


@dataclass(frozen=True, slots=True)
class CellStyle:
    """Style ids in the workbook for a cell holding a value and for a blank one (None: not written)."""

    filled: str  # ' s="5"', or "" for the default style
    blank: str | None
    wraps: bool


def _xml_text(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    if "\r" in text:
        text = text.replace("\r", "&#13;")  # kept: a parser would turn a bare CR into LF
    return text


class TableRows:
    """The rows of one sheet from ``first_row`` down, appended in order.

    Nothing else may be written at or below ``first_row`` in the sheet with
    openpyxl; saving checks that.
    """

    def __init__(self, ws: Worksheet, first_row: int):
        wb = ws.parent
        if not isinstance(wb, ReportWorkbook):
            raise TypeError("TableRows needs a sheet of a ReportWorkbook, which writes them when saved")
        self.ws = ws
        self.first_row = first_row
        self._rows: list[tuple[int, str]] = []  # (row, its cells' XML), rows ascending
        self._next = first_row
        self._wrapped: dict[int, list[tuple[int, str]]] = {}  # row -> (column, text) of wrapping text cells
        self._styles: dict[tuple, tuple] = {}
        #: (text, column, style id) -> its cell's XML after the reference, and the text cleaned
        self._texts: dict[tuple[str, int, int], tuple[str, str]] = {}
        #: column -> display width of its widest text; columns holding a number
        self.widest: dict[int, float] = {}
        self.numeric: set[int] = set()
        #: row -> height in points, for rows whose wrapped text needs more than one line
        self.heights: dict[int, float] = {}
        self.max_col = 0
        wb.add_table(self)

    @property
    def last_row(self) -> int:
        """The last row appended (``first_row - 1`` while there is none)."""
        return self._next - 1

    def style(self, fmt: str | None = None, font: Font | None = BODY_FONT, fill: PatternFill | None = None,
              align: Alignment | None = TOP, border: Border | None = None) -> CellStyle:
        """The style ``put`` would give a cell with these arguments (a blank gets no number format)."""
        key = (fmt, id(font), id(fill), id(align), id(border))
        known = self._styles.get(key)
        if known is None:
            blank = None if fill is None and border is None else self._style_attr(None, font, fill, align, border)
            wraps = bool(align is not None and align.wrap_text)
            # the entry keeps the objects alive, so their ids in the key cannot be reused
            known = self._styles[key] = (CellStyle(self._style_attr(fmt, font, fill, align, border), blank, wraps),
                                         font, fill, align, border)
        return known[0]

    def _style_attr(self, fmt, font, fill, align, border) -> str:
        cell = Cell(self.ws)  # not in the sheet: only a way to register the style
        style_cell(cell, fmt, font, fill, align, border)
        return f' s="{cell.style_id}"' if cell.has_style else ""

    def append(self, cells: Iterable[tuple[Any, CellStyle]], row: int | None = None) -> int:
        """Add a row: (value, style) per column from A; by default the next one, else ``row``
        (below the last one, leaving the rows between empty). Returns its row number."""
        r = self._next if row is None else row
        if r < self._next:
            raise ValueError(f"row {r} is not below the last table row {self._next - 1}")
        parts = []
        texts = self._texts
        wrapped = None
        col = 0
        for col, (value, st) in enumerate(cells, start=1):
            kind = type(value)
            known = None  # a text cell: its XML after the reference, and the text cleaned
            if kind is str and value:
                key = (value, col, id(st))
                known = texts.get(key)
                if known is None:
                    known = texts[key] = self._text(value, col, st)
            elif kind is float:
                if not math.isfinite(value):
                    value = None
            elif kind is not int:
                value = cell_value(value)
                if isinstance(value, str):
                    known = self._text(value, col, st)
            if known is not None:
                tail, text = known
                parts.append(f'<c r="{_LETTERS[col]}{r}"{tail}')
                if st.wraps:
                    if wrapped is None:
                        wrapped = self._wrapped[r] = []
                    wrapped.append((col, text))
                continue
            if value is None:
                if st.blank is not None:
                    parts.append(f'<c r="{_LETTERS[col]}{r}"{st.blank}/>')
                continue
            self.numeric.add(col)
            kind = "b" if value is True or value is False else "n"
            parts.append(f'<c r="{_LETTERS[col]}{r}"{st.filled} t="{kind}"><v>{"%.16g" % value}</v></c>')
        if col > self.max_col:
            self.max_col = col
        self._rows.append((r, "".join(parts)))
        self._next = r + 1
        return r

    def _text(self, value: str, col: int, st: CellStyle) -> tuple[str, str]:
        """A text cell's XML after its reference, and its cleaned text; counts its width for the column."""
        text = clean_text(value)
        if not text:  # nothing left to show: an empty inline string, as openpyxl writes it
            return f'{st.filled} t="inlineStr"/>', text
        width = display_width(text) if "\n" not in text else max(map(display_width, text.split("\n")))
        if width > self.widest.get(col, 0.0):
            self.widest[col] = width
        space = ' xml:space="preserve"' if text != text.strip() else ""
        return f'{st.filled} t="inlineStr"><is><t{space}>{_xml_text(text)}</t></is></c>', text

    def wrapped_texts(self) -> Iterable[tuple[int, int, str]]:
        """(row, column, text) of every text cell whose style wraps."""
        for r, cells in self._wrapped.items():
            for c, text in cells:
                yield r, c, text

    def sheet_data(self) -> str:
        """The rows as the XML inside ``<sheetData>``."""
        heights = self.heights
        out = []
        for r, cells in self._rows:
            height = heights.get(r)
            attrs = f' ht="{"%.16g" % height}" customHeight="1"' if height is not None else ""
            out.append(f'<row r="{r}"{attrs}>{cells}</row>')
        return "".join(out)

    def splice(self, xml: bytes) -> bytes:
        """The sheet's part as openpyxl wrote it, with these rows added and the dimension widened."""
        if not self._rows:
            return xml
        ws = self.ws
        clash = [r for r, _ in ws._cells if r >= self.first_row] + [r for r in ws.row_dimensions
                                                                     if r >= self.first_row]
        if clash:
            raise RuntimeError(f"{ws.title}: row {min(clash)} written twice (openpyxl and table rows)")
        body = self.sheet_data().encode("utf-8")
        end = xml.find(b"</sheetData>")
        if end >= 0:
            xml = xml[:end] + body + xml[end:]
        else:
            empty = xml.find(b"<sheetData/>")
            if empty < 0:
                raise RuntimeError(f"{ws.title}: no sheetData in the sheet's XML")
            xml = xml[:empty] + b"<sheetData>" + body + b"</sheetData>" + xml[empty + len(b"<sheetData/>"):]
        first_row = min([r for r, _ in ws._cells] + [self.first_row])
        last_col = max([c for _, c in ws._cells] + [self.max_col])
        ref = f"A{first_row}:{get_column_letter(last_col)}{self.last_row}"  # every row starts at column A
        start = xml.find(b"<dimension ")
        if start >= 0:
            stop = xml.index(b"/>", start) + 2
            xml = xml[:start] + f'<dimension ref="{ref}"/>'.encode() + xml[stop:]
        return xml


class ReportWorkbook(Workbook):
    """An openpyxl Workbook whose sheets may carry TableRows, written into them when saved."""

    def __init__(self) -> None:
        super().__init__()
        self._tables: list[TableRows] = []

    def add_table(self, rows: TableRows) -> None:
        if any(t.ws is rows.ws for t in self._tables):
            raise ValueError(f"{rows.ws.title} already has table rows")
        self._tables.append(rows)

    def save(self, filename) -> None:
        """openpyxl's own save into memory, then every part copied to ``filename``, table rows spliced in.

        The parts other than the tables' sheets are small (the tables' sheets hold
        only their titles and headers then): copying them costs a few hundredths of a second.
        """
        skeleton = io.BytesIO()
        super().save(skeleton)
        # the parts' names are known now that openpyxl has numbered the sheets
        tables = {t.ws.path.lstrip("/"): t for t in self._tables}
        with ZipFile(skeleton) as src:
            missing = sorted(tables.keys() - set(src.namelist()))
            if missing:  # never a report without its tables
                raise RuntimeError(f"no part {', '.join(missing)} for table rows in the saved workbook")
            with ZipFile(filename, "w", ZIP_DEFLATED, allowZip64=True) as out:
                for info in src.infolist():
                    data = src.read(info)
                    table = tables.get(info.filename)
                    if table is not None:
                        data = table.splice(data)
                    part = ZipInfo(info.filename, info.date_time)
                    part.compress_type, part.external_attr = info.compress_type, info.external_attr
                    out.writestr(part, data)
