"""A figure: one number from one cell or line of an actuals file (docs/formats.md).

Apart from the goals' models (tracker.model, which need pydantic), so that
reading spreadsheets imports nothing heavy: the worker processes that read a
province's workbooks start as soon as the command does.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from enum import Enum
from functools import partial
from typing import NamedTuple

from tracker.periods import Period

__all__ = ["Measure", "Figure", "make_figure", "pack_figures", "unpack_figures"]


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
    source: str  # "file!sheet!cell" or "file:line", the file relative to the actuals folder
    file: str = ""  # the file relative to the actuals folder
    revised_from: float | None = None  # the value this figure replaced, when it is a revision
    origin: str | None = None  # the 来源 text the file gives for this figure (a long table's source column)
    made: object | None = None  # for a figure derived from others (tracker.derive): how, and from which

    @property
    def place(self) -> str:
        """Where in its file the figure is (``数据!D7``, ``line 12``), as problems name it."""
        if self.file and self.source.startswith(self.file) and len(self.source) > len(self.file):
            return place_of_source(self.source, self.file)
        return self.source

    @property
    def key(self) -> tuple[str, str, int, int, bool]:
        """What makes two figures the same figure (one value in use per key): region, indicator,
        period and measure, as plain values whose hashes are computed in C. The readers build the
        same tuple for each figure they read (tracker.ingest.collect)."""
        return (self.region, self.indicator, self.period.start, self.period.end, self.measure is Measure.YOY)



def place_of_source(source: str, file: str) -> str:
    """The place of the cell a figure's source names (``file!数据!D7`` → ``数据!D7``,
    ``file:12`` → ``line 12``): what ``Grid.place`` says of it."""
    rest = source[len(file) + 1:]
    return rest if source[len(file)] == "!" else f"line {rest}"


_new_tuple = tuple.__new__


def make_figure(region, indicator, period, measure, value, unit, source, file, origin=None) -> Figure:
    """A Figure read or loaded (not a revision), made in C without the named tuple's own
    ``__new__``, a Python function: the importer and the store make half a million a month.
    ``origin``: the 来源 text the file gives for it (one interned string per distinct text)."""
    return _new_tuple(Figure, (region, indicator, period, measure, value, unit, source, file, None, origin, None))


def pack_figures(figures: Sequence[Figure]) -> tuple:
    """Figures as columns, to send to another process: each column taken out in C, the values
    as an array of floats. Names repeat as the same string objects, which pickle sends once."""
    columns = list(zip(*figures)) if figures else [() for _ in Figure._fields]
    return tuple(array("d", col) if name == "value" else col for name, col in zip(Figure._fields, columns))


def unpack_figures(columns: tuple) -> list[Figure]:
    """pack_figures undone: the Figures again, made in C (some 0.1 s for 500,000)."""
    return list(map(_AS_FIGURE, zip(*columns)))


_AS_FIGURE = partial(_new_tuple, Figure)
