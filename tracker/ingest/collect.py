"""What one file's import gathers: figures, problems, placeholders.

The table readers hand every figure and every problem to a Collector; it
checks for the same key twice with different values and renders repeated
problems (the same unknown unit on a thousand rows) once, with a count.
"""

from __future__ import annotations

from tracker.model import Figure, Measure, make_figure
from tracker.periods import Period
from tracker.problems import Problem

from tracker.ingest.grids import Grid


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
        first = (value, unit, grid, r, c)
        seen = self._seen.setdefault(key, first)
        if seen is first:
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
