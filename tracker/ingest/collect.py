"""What one file's import gathers: figures, problems, placeholders.

The table readers hand every figure and every problem to a Collector; it
checks for the same key twice with different values and renders repeated
problems (the same unknown unit on a thousand rows) once, with a count.
"""

from __future__ import annotations

import dataclasses

from tracker.model import Figure, Measure
from tracker.periods import Period
from tracker.problems import Problem

from tracker.ingest.grids import Grid


def _fast_figure_factory():
    """A Figure maker about 4x faster than ``Figure(...)``.

    A frozen dataclass sets each field through ``object.__setattr__`` (some
    6 µs a figure, most of the importer's time on a 500,000-figure file); the
    slots' own descriptors do the same job directly. Falls back to the class
    itself if Figure changes shape (no slots, a __post_init__, a field without
    a plain default after the eight the importer gives).
    """
    fields = dataclasses.fields(Figure)
    extra = fields[8:]
    if (
        not hasattr(Figure, "__slots__")
        or hasattr(Figure, "__post_init__")
        or [f.name for f in fields[:8]] != ["region", "indicator", "period", "measure", "value", "unit", "source", "file"]
        or any(f.default is dataclasses.MISSING for f in extra)
    ):
        return Figure
    new = object.__new__
    sr, si, sp, sm, sv, su, ss, sf = (getattr(Figure, f.name).__set__ for f in fields[:8])
    defaults = [(getattr(Figure, f.name).__set__, f.default) for f in extra]

    def make(region, indicator, period, measure, value, unit, source, file):
        fig = new(Figure)
        sr(fig, region)
        si(fig, indicator)
        sp(fig, period)
        sm(fig, measure)
        sv(fig, value)
        su(fig, unit)
        ss(fig, source)
        sf(fig, file)
        for setter, default in defaults:
            setter(fig, default)
        return fig

    return make


make_figure = _fast_figure_factory()


#: Longer problem messages are cut (they quote cell text, which may be enormous).
MAX_MESSAGE = 1000


class Collector:
    def __init__(self, file: str):
        self.file = file
        self.figures: list[Figure] = []
        self.placeholders = 0
        self.tables = 0
        self._entries: list[list] = []  # [place, message, reason, more]
        self._repeats: dict[tuple, int] = {}
        self._seen: dict[tuple, tuple] = {}

    # -- problems ------------------------------------------------------------
    def problem(self, place: str, reason: str, message: str) -> None:
        self._entries.append([place, message, reason, 0])

    def repeated(self, key: tuple, place: str, reason: str, message: str) -> None:
        """A problem that recurs on many rows (a bad unit, 口径 or period text):
        reported at its first place, with how many more rows share it."""
        at = self._repeats.get(key)
        if at is None:
            self._repeats[key] = len(self._entries)
            self._entries.append([place, message, reason, 0])
        else:
            self._entries[at][3] += 1

    @property
    def has_problems(self) -> bool:
        return bool(self._entries)

    def problems(self) -> tuple[Problem, ...]:
        out = []
        for place, message, reason, more in self._entries:
            if len(message) > MAX_MESSAGE:  # an enormous cell quoted in full
                message = f"{message[:MAX_MESSAGE - 200]}… [{len(message) - MAX_MESSAGE + 200:,} characters left out]"
            if more:
                message = f"{message} (also in {more} more {'cell' if more == 1 else 'cells'} of this column)"
            out.append(Problem(self.file, place, message, reason))
        return tuple(out)

    # -- figures -------------------------------------------------------------
    def add(self, key: tuple, grid: Grid, r: int, c: int, source: str, region: str, indicator: str,
            period: Period, measure: Measure, value: float, unit: str) -> None:
        """One figure; ``key`` is (region, indicator, period start, period end, is yoy)
        — plain values, whose hashes are computed in C."""
        seen = self._seen.get(key)
        if seen is None:
            self._seen[key] = (value, unit, grid, r, c)
            self.figures.append(make_figure(region, indicator, period, measure, value, unit, source, self.file))
            return
        if seen[0] == value and seen[1] == unit:
            return  # the same figure repeated (an export with its data twice): keep the first
        first = seen[2].place(seen[3], seen[4])
        here = grid.place(r, c)
        self.problem(
            here,
            "duplicate",
            f"{region} {indicator} {period.iso()} ({measure.value}) is given twice with different values: "
            f"{_fmt(seen[0])} {seen[1]} at {first} and {_fmt(value)} {unit} at {here}",
        )


def _fmt(x: float) -> str:
    return f"{x:g}" if abs(x) < 1e15 else repr(x)
