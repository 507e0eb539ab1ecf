"""Readers: a workbook sheet or a CSV file as a grid of cell values.

A Grid is rows of plain Python values at their absolute positions (row 0 is
Excel row 1), with the sheet's merged ranges and the Excel error values the
reader hid, and it knows how to name a cell for problems and sources.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import python_calamine

from tracker.figure import Cell
from tracker.ingest.excel_errors import sheet_errors
from tracker.messages import Phrase


@dataclass
class Grid:
    """One sheet (or one CSV file) as rows of cell values.

    name:   the sheet's name ("" for CSV)
    rows:   cell values; text is str ("" for an empty cell), numbers float
    merged: merged ranges as (first row, first col, last row, last col), 0-based
    errors: Excel error values by (row, col), for cells the reader shows as "";
            for a workbook, looked for in the file on first use (SheetErrors)
    lines:  CSV only: the physical line (1-based) each row starts on
    """

    name: str
    rows: list[list]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    errors: Mapping[tuple[int, int], str] = field(default_factory=dict)
    lines: list[int] | None = None

    def place(self, row: int, col: int) -> str:
        """Where ``row`` and ``col`` (0-based) are, as problems name it: its Cell's place."""
        number = self.lines[row] if self.lines is not None else row + 1
        return Cell("", self.sheet, number, self.cell_col(col)).place

    @property
    def sheet(self) -> str | None:
        """The sheet a figure's Cell names: this one's name (one object, shared by its figures),
        None for a CSV file."""
        return None if self.lines is not None else self.name

    def cell_col(self, col: int) -> int:
        """The column a figure's Cell names: ``col``, or -1 for a CSV line."""
        return -1 if self.lines is not None else col

    @cached_property
    def row_numbers(self) -> list[int]:
        """Every row's number in a figure's Cell (its Excel row, or its CSV line), made at once:
        one number object a row, shared by the row's figures."""
        return self.lines if self.lines is not None else list(range(1, len(self.rows) + 1))

    def cell(self, file: str, row: int, col: int) -> Cell:
        """The Cell of a figure read at ``row`` and ``col`` (0-based) of ``file``."""
        return Cell(file, self.sheet, self.row_numbers[row], self.cell_col(col))


class Unreadable(Exception):
    """The file cannot be read as a table (``phrase`` says why; ``place`` where, if known)."""

    def __init__(self, phrase: Phrase, place: str = ""):
        super().__init__(phrase.text("en"))
        self.phrase = phrase
        self.place = place

    @classmethod
    def of(cls, code: str, place: str = "", **params: object) -> Unreadable:
        return cls(Phrase.of(code, **params), place)


# --------------------------------------------------------------------------
# Workbooks


def read_workbook(path: Path, by_content: bool = False) -> list[Grid]:
    """Every worksheet of an .xlsx/.xlsm/.xls file, in workbook order.

    ``by_content``: the file's name gives the other format; let the reader
    tell the format from the bytes. Raises whatever the reader raises for a
    file it cannot read; the caller turns that into a problem.
    """
    if by_content:
        with open(path, "rb") as f:
            wb = python_calamine.CalamineWorkbook.from_filelike(f)
    else:
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
    try:
        grids = []
        names = [m.name for m in wb.sheets_metadata if _is_worksheet(m)]
        book_errors = _BookErrors(path, names)
        for name in names:
            sheet = wb.get_sheet_by_name(name)
            rows = sheet.to_python(skip_empty_area=False)
            merged = [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in (sheet.merged_cell_ranges or ())]
            grids.append(Grid(name, rows, merged, SheetErrors(book_errors, name)))
        return grids
    finally:
        wb.close()


class _BookErrors:
    """A workbook's Excel error values, by sheet, looked for once on first use."""

    __slots__ = ("_path", "_names", "_found")

    def __init__(self, path: Path, names: list[str]):
        self._path, self._names = path, names
        self._found: dict[str, dict[tuple[int, int], str]] | None = None

    def of(self, name: str) -> dict[tuple[int, int], str]:
        if self._found is None:
            self._found = sheet_errors(self._path, self._names)
        return self._found.get(name, {})


class SheetErrors(Mapping):
    """One sheet's Excel error values (``#DIV/0!`` …), which python-calamine shows as "".

    Looking for them reads the workbook a second time (its sheets' XML, or its
    BIFF records): some 15 % of the time calamine takes to read it. Only an
    empty value cell can be one, so they are looked for when the importer
    first asks about one (``if errors and (r, c) in errors``), and a file
    whose value cells are all filled is read once.
    """

    __slots__ = ("_book", "_name", "_errors")

    def __init__(self, book: _BookErrors, name: str):
        self._book, self._name = book, name
        self._errors: dict[tuple[int, int], str] | None = None

    @property
    def looked_for(self) -> bool:
        """Whether the file has been read for them."""
        return self._errors is not None

    def _found(self) -> dict[tuple[int, int], str]:
        if self._errors is None:
            self._errors = self._book.of(self._name)
        return self._errors

    def __getitem__(self, key: tuple[int, int]) -> str:
        return self._found()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._found()

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._found())

    def __len__(self) -> int:
        return len(self._found())


def _is_worksheet(meta) -> bool:
    typ = str(getattr(meta, "typ", "WorkSheet"))
    return "WorkSheet" in typ or "Worksheet" in typ


# --------------------------------------------------------------------------
# CSV


def decode_csv(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, else GB18030; strictly."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise Unreadable.of("unreadable.utf16", detail=e.reason) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        bad_utf8 = e.start
    utf8_line = _utf8_cjk_line(data)
    if utf8_line is not None:
        line = _line_at(data, bad_utf8)
        raise Unreadable.of("unreadable.mixed-encoding", f"line {line}", line=line, byte=f"{data[bad_utf8]:02X}",
                            utf8_line=utf8_line)
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as e:
        line = _line_at(data, e.start)
        raise Unreadable.of("unreadable.bad-bytes", f"line {line}", line=line, byte=f"{data[e.start]:02X}") from None


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _utf8_cjk_line(data: bytes) -> int | None:
    """The first line that is UTF-8 with Chinese text, in a file that as a whole is not UTF-8.

    A GBK line with two or more Chinese characters is practically never also
    valid UTF-8, so such a line means parts of the file were saved in
    different encodings (GB18030 would decode the UTF-8 parts as nonsense).
    """
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.isascii():
            continue
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff") >= 2:
            return number
    return None


#: A CSV cell may hold at most this many characters (an Excel cell holds 32,767).
MAX_CSV_CELL = 131_072


def read_csv(path: Path) -> Grid:
    text = decode_csv(path.read_bytes())
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise Unreadable.of("unreadable.nul", f"line {line}", line=line)
    delimiter = _delimiter(text)
    # strict: a quote that is never closed is an error, not the rest of the file in one cell
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[list] = []
    lines: list[int] = []
    start = 1
    try:
        for record in reader:
            rows.append(record)
            lines.append(start)
            start = reader.line_num + 1
    except csv.Error as e:
        raise Unreadable(_csv_error(str(e), start), f"line {start}") from None
    return Grid("", rows, lines=lines)


def _csv_error(message: str, line: int) -> Phrase:
    if "field larger than field limit" in message:
        return Phrase.of("unreadable.csv-big-cell", line=line, limit=f"{MAX_CSV_CELL:,}")
    if "unexpected end of data" in message:
        return Phrase.of("unreadable.csv-unclosed", line=line)
    if "expected after" in message:
        return Phrase.of("unreadable.csv-after-quote", line=line)
    return Phrase.of("unreadable.csv-other", line=line, detail=message)


def _delimiter(text: str) -> str:
    """Comma, unless the first lines are plainly tab- or semicolon-separated."""
    head = text[:4096]
    counts = {d: head.count(d) for d in (",", "\t", ";")}
    if counts[","] == 0:
        best = max(("\t", ";"), key=counts.__getitem__)
        if counts[best]:
            return best
    return ","
