"""A figure: one number from one cell or line of an actuals file (docs/formats.md).

Apart from the goals' models (tracker.model, which need pydantic), so that
reading spreadsheets imports nothing heavy: the worker processes that read a
province's workbooks start as soon as the command does.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence
from enum import Enum
from functools import partial
from typing import NamedTuple

from tracker.periods import Period

__all__ = ["Measure", "Cell", "Figure", "column_letters", "column_index", "make_figure", "pack_figures",
           "unpack_figures"]

_LETTERS: list[str] = []  # column_letters(col) for col < len(_LETTERS), made as asked for


def column_letters(col: int) -> str:
    """0 → A, 25 → Z, 26 → AA, 702 → AAA."""
    if col < len(_LETTERS):
        return _LETTERS[col]
    for n in range(len(_LETTERS) + 1, col + 2):
        letters = ""
        while n:
            n, rem = divmod(n - 1, 26)
            letters = chr(65 + rem) + letters
        _LETTERS.append(letters)
    return _LETTERS[col]


def column_index(letters: str) -> int:
    """column_letters undone: A → 0, Z → 25, AA → 26."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


_SHEET_CELL = re.compile(r"(.*)!([A-Z]{1,3})([1-9][0-9]*)", re.DOTALL)


class Cell(NamedTuple):
    """Where a figure was read: a cell of a sheet, or a line of a CSV file.

    ``file``: the file relative to the actuals folder; ``sheet``: the sheet's
    name, None for a CSV file; ``row``: the Excel row (1-based) or the CSV
    file's line; ``col``: the column (0-based), -1 for a CSV line. A reference
    with row 0 names the file alone (a store upgraded from text that named no
    place in it). A named tuple of shared strings and numbers: the readers make
    half a million a month without writing a text for each; ``str`` gives the
    text users read (``a.xlsx!数据!D7``, ``a.csv:12``).
    """

    file: str
    sheet: str | None
    row: int
    col: int

    def __str__(self) -> str:
        if self.sheet is None:
            return f"{self.file}:{self.row}" if self.row else self.file
        return f"{self.file}!{self.sheet}!{column_letters(self.col)}{self.row}"

    @property
    def place(self) -> str:
        """Where in its file (``数据!D7``, ``line 12``), as problems name it."""
        if self.sheet is None:
            return f"line {self.row}" if self.row else ""
        return f"{self.sheet}!{column_letters(self.col)}{self.row}"

    @classmethod
    def parse(cls, text: str, file: str) -> Cell:
        """The reference to a cell or line of ``file`` that ``text`` names: its ``str``
        (``file!数据!D7``, ``file:12``) or its ``place`` (``数据!D7``, ``line 12``). For the
        stores that kept sources as text. Raises ValueError for text that names none."""
        if text.startswith(file) and len(text) > len(file) + 1:
            rest, sep = text[len(file) + 1:], text[len(file)]
            if sep == ":" and _is_number(rest):
                return cls(file, None, int(rest), -1)
            if sep == "!" and (m := _SHEET_CELL.fullmatch(rest)):
                return cls(file, m[1], int(m[3]), column_index(m[2]))
        if text.startswith("line ") and _is_number(text[5:]):
            return cls(file, None, int(text[5:]), -1)
        if m := _SHEET_CELL.fullmatch(text):
            return cls(file, m[1], int(m[3]), column_index(m[2]))
        raise ValueError(f"{text!r} names no cell or line of {file!r}")


def _is_number(text: str) -> bool:
    """A row or line number as ``str`` writes it: digits, not 0 or starting with one."""
    return text.isascii() and text.isdigit() and text[0] != "0"


class Measure(str, Enum):
    VALUE = "value"
    YOY = "yoy"


class Figure(NamedTuple):
    """One number from one cell or line of an actuals file.

    A named tuple rather than a frozen dataclass: a province's month has half a
    million figures, made when read, sent between processes and loaded from the
    store; a tuple is made in C (``tuple.__new__(Figure, fields)``, some 0.1 µs
    against 1–3 µs for a frozen dataclass). It is immutable all the same; change
    a field with ``_replace``.
    """

    region: str
    indicator: str
    period: Period
    measure: Measure
    value: float
    unit: str
    source: Cell | None  # where it was read (None for a figure derived from others: their sources are its)
    file: str = ""  # the file relative to the actuals folder (its source's file)
    revised_from: float | None = None  # the value this figure replaced, when it is a revision
    origin: str | None = None  # the 来源 text the file gives for this figure (a long table's source column)
    made: object | None = None  # for a figure derived from others (tracker.derive): how, and from which

    @property
    def place(self) -> str:
        """Where in its file the figure is (``数据!D7``, ``line 12``), as problems name it."""
        return "" if self.source is None else self.source.place

    @property
    def key(self) -> tuple[str, str, int, int, bool]:
        """What makes two figures the same figure (one value in use per key): region, indicator,
        period and measure, as plain values whose hashes are computed in C. The readers build the
        same tuple for each figure they read (tracker.ingest.collect)."""
        return (self.region, self.indicator, self.period.start, self.period.end, self.measure is Measure.YOY)



_new_tuple = tuple.__new__


def make_figure(region, indicator, period, measure, value, unit, source, file, origin=None) -> Figure:
    """A Figure read or loaded (not a revision), made in C without the named tuple's own
    ``__new__``, a Python function: the importer and the store make half a million a month.
    ``origin``: the 来源 text the file gives for it (one interned string per distinct text)."""
    return _new_tuple(Figure, (region, indicator, period, measure, value, unit, source, file, None, origin, None))


_SOURCE = Figure._fields.index("source")


def pack_figures(figures: Sequence[Figure]) -> tuple:
    """Figures as columns, to send to another process: each column taken out in C, the values
    as an array of floats, the sources as four columns (their files and sheets, the same string
    objects over and over, which pickle sends once; their rows and columns as arrays of numbers)."""
    columns = list(zip(*figures)) if figures else [() for _ in Figure._fields]
    out: list = [array("d", col) if name == "value" else col for name, col in zip(Figure._fields, columns)]
    sources = columns[_SOURCE]
    if None not in sources:  # else (derived figures) the column as it is
        files, sheets, rows, cols = zip(*sources) if sources else ((), (), (), ())
        out[_SOURCE] = (files, sheets, array("i", rows), array("i", cols))
    return tuple(out)


def unpack_figures(columns: tuple) -> list[Figure]:
    """pack_figures undone: the Figures again, made in C (some 0.1 s for 500,000), their
    sources too, of one number object for each row number."""
    sources = columns[_SOURCE]
    if type(sources[-1]) is array:
        files, sheets, rows, cols = sources
        numbers = list(range(max(rows) + 1)) if rows else []
        cells = map(_AS_CELL, zip(files, sheets, map(numbers.__getitem__, rows), cols))
        columns = (*columns[:_SOURCE], cells, *columns[_SOURCE + 1:])
    return list(map(_AS_FIGURE, zip(*columns)))


_AS_FIGURE = partial(_new_tuple, Figure)
_AS_CELL = partial(_new_tuple, Cell)
