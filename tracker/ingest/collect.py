"""What one file's import gathers: figures, problems, placeholders.

The table readers hand every figure and every problem to a Collector; it
checks for the same key twice with different values and renders repeated
problems (the same unknown unit on a thousand rows) once, with a count.
"""

from __future__ import annotations

from operator import itemgetter

from tracker.figure import Figure
from tracker.messages import Phrase
from tracker.messages.problems import Place, Words
from tracker.problems import Problem


#: What a file's keys are made of (see FileResult.key_parts): their regions, their indicators,
#: and the months their periods end in.
KeyParts = tuple[frozenset[str], frozenset[str], frozenset[int]]
_region, _indicator, _end = itemgetter(0), itemgetter(1), itemgetter(3)  # of a key (region, indicator, start, end, yoy)

class Collector:
    def __init__(self, file: str):
        self.file = file
        self.placeholders = 0
        self.tables = 0
        self._entries: list[list] = []  # [place, what is wrong (a Phrase), reason, more]
        self._repeats: dict[tuple, int] = {}
        self._first: dict[tuple, Figure] = {}  # the figures by key, in the order read
        #: ``keep(key, figure)`` keeps a figure of a new key and returns the figure kept for the key.
        #: A reader's inner loop may call it instead of ``add``, and ``add`` only when it returns
        #: another figure (``add`` then tells the same figure repeated from a duplicate).
        self.keep = self._first.setdefault

    # -- problems ------------------------------------------------------------
    def problem(self, place: str, reason: str, message: Phrase) -> None:
        self._entries.append([place, message, reason, 0])

    def repeated(self, key: tuple, place: str, reason: str, message: Phrase) -> None:
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
            if more:
                message = Phrase.of("problem.also.one" if more == 1 else "problem.also", message=message, more=more)
            out.append(Problem.of(self.file, place, reason, message))
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
        there, here = first.place, figure.place
        self.problem(here, "duplicate", Phrase.of(
            "problem.duplicate", region=figure.region, indicator=figure.indicator,
            period=Words(figure.period.chinese(), figure.period.iso()),
            measure=Phrase.of(f"measure.{figure.measure.value}"), first=_fmt(first.value), first_unit=first.unit,
            there=Place(there), second=_fmt(figure.value), second_unit=figure.unit, here=Place(here)))


def _fmt(x: float) -> str:
    return f"{x:g}" if abs(x) < 1e15 else repr(x)
