"""What one file's import gathers: figures, problems, placeholders.

The table readers hand every figure and every problem to a Collector; it
checks for the same key twice with different values and renders repeated
problems (the same unknown unit on a thousand rows) once, with a count.
"""

from __future__ import annotations

from operator import itemgetter

from tracker.figure import Figure
from tracker.problems import Problem

from tracker.ingest.grids import place_of_source


#: What a file's keys are made of (see FileResult.key_parts): their regions, their indicators,
#: and the months their periods end in.
KeyParts = tuple[frozenset[str], frozenset[str], frozenset[int]]
_region, _indicator, _end = itemgetter(0), itemgetter(1), itemgetter(3)  # of a key (region, indicator, start, end, yoy)

#: Longer problem messages are cut (they quote cell text, which may be enormous).
MAX_MESSAGE = 1000


class Collector:
    def __init__(self, file: str):
        self.file = file
        self.placeholders = 0
        self.tables = 0
        self._entries: list[list] = []  # [place, message, reason, more]
        self._repeats: dict[tuple, int] = {}
        self._first: dict[tuple, Figure] = {}  # the figures by key, in the order read
        #: ``keep(key, figure)`` keeps a figure of a new key and returns the figure kept for the key.
        #: A reader's inner loop may call it instead of ``add``, and ``add`` only when it returns
        #: another figure (``add`` then tells the same figure repeated from a duplicate).
        self.keep = self._first.setdefault

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
    @property
    def figures(self) -> tuple[Figure, ...]:
        """The figures, in the order read; of a key given twice, the first."""
        return tuple(self._first.values())

    def key_parts(self) -> KeyParts:
        """The regions, the indicators and the months the figures' periods end in (FileResult.key_parts)."""
        keys = self._first.keys()
        return frozenset(map(_region, keys)), frozenset(map(_indicator, keys)), frozenset(map(_end, keys))

    def add(self, key: tuple, figure: Figure) -> None:
        """One figure; ``key`` is (region, indicator, period start, period end, is yoy)
        — plain values, whose hashes are computed in C."""
        first = self._first.setdefault(key, figure)
        if first is not figure and (first.value != figure.value or first.unit != figure.unit):
            self._duplicate(first, figure)
        # else a new figure, or the same figure repeated (an export with its data twice): keep the first

    def _duplicate(self, first: Figure, figure: Figure) -> None:
        there, here = place_of_source(first.source, self.file), place_of_source(figure.source, self.file)
        self.problem(
            here,
            "duplicate",
            f"{figure.region} {figure.indicator} {figure.period.iso()} ({figure.measure.value}) is given twice "
            f"with different values: {_fmt(first.value)} {first.unit} at {there} and {_fmt(figure.value)} "
            f"{figure.unit} at {here}",
        )


def _fmt(x: float) -> str:
    return f"{x:g}" if abs(x) < 1e15 else repr(x)
