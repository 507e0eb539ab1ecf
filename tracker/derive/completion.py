"""A goal's figures, completed: those of its region and indicator, and those made from others.

``Completion`` answers for one judging run, from the figures grouped by region and
indicator (after aliases), and remembers what it made: goals that share a region
and indicator share its work.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tracker.derive.combine import Definition, derived_values, region_sums
from tracker.derive.months import has_pieces, year_to_date
from tracker.figure import Figure
from tracker.problems import Problem

__all__ = ["Completion", "Clash"]


@dataclass(frozen=True, slots=True)
class Clash:
    """Figures that had to be added or divided but measure different things."""

    first: Figure
    other: Figure
    definition: Definition | None  # None: a region's parts

    def problem(self) -> Problem:
        from tracker.messages.problems import Reason

        f, o = self.first, self.other
        both = (f"{f.region} {f.indicator} {f.period.iso()} ({f.unit}, {f.source or ''}) / "
                f"{o.region} {o.indicator} {o.period.iso()} ({o.unit}, {o.source or ''})")
        d = self.definition
        if d is not None:
            return Problem.of(d.file, d.place, Reason.BAD_DEFINITION, "clash", name=d.name, both=both)
        return Problem.of(o.file, "", Reason.UNIT_MISMATCH, "parts", both=both)


class Completion:
    """The figures of a region and indicator, completed (see tracker.derive).

    ``chained``: add single months and quarters up to year-to-date values (for
    flows, and the levels growth is computed from); a stock's monthly values are
    not added up.
    """

    def __init__(self, groups: Mapping[tuple[str, str], Sequence[Figure]], regions: Mapping[str, tuple[str, ...]],
                 indicators: Mapping[str, Definition], until: int | None = None):
        self.groups = groups
        self.until = until  # no figure is made for a period ending after this month (Period.end)
        self.regions = regions
        self.indicators = indicators
        self._made: dict[tuple[str, str, bool], Sequence[Figure]] = {}
        self._busy: set[tuple[str, str]] = set()
        self.clashes: list[Clash] = []

    def figures(self, region: str, indicator: str, chained: bool) -> Sequence[Figure]:
        key = (region, indicator)
        own = self.groups.get(key, ())
        composed = indicator in self.indicators or region in self.regions
        if not composed and not (chained and has_pieces(own)):
            return own  # the common case: nothing to make
        memo = (region, indicator, chained)
        found = self._made.get(memo)
        if found is not None:
            return found
        result = list(own)
        if chained:
            result += year_to_date(own, self.until)
        if key not in self._busy:
            self._busy.add(key)
            try:
                definition = self.indicators.get(indicator)
                if definition is not None:
                    parts = [self.figures(region, part, True) for part in definition.parts]
                    clashes = []
                    result += derived_values(region, definition, result, parts, clashes)
                    self.clashes += [Clash(c.first, c.other, definition) for c in clashes]
                parts_of = self.regions.get(region)
                if parts_of:
                    parts = [self.figures(part, indicator, chained) for part in parts_of]
                    clashes = []
                    result += region_sums(region, indicator, result, parts, clashes)
                    self.clashes += [Clash(c.first, c.other, None) for c in clashes]
            finally:
                self._busy.discard(key)
        self._made[memo] = result
        return result

    def problems(self) -> list[Problem]:
        return list(dict.fromkeys(c.problem() for c in self.clashes))
