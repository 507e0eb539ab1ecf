"""Single months and quarters added up to year-to-date values.

The value through month ``m`` of a year is the longest published year-to-date
figure of that year ending at or before ``m`` (none: start from January), plus
the single months and quarters that cover the remaining months exactly, without
gap or overlap. ``1-2月`` is one figure covering January and February. The chain
stops at the first month with no figure: what comes after a gap is not used.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from tracker.derive import MONTHS, derived_figure
from tracker.figure import Figure, Measure
from tracker.periods import Period
from tracker.units import UnitError, factor

__all__ = ["has_pieces", "year_to_date", "first_missing_month"]


def has_pieces(figures: Sequence[Figure]) -> bool:
    """Whether any value figure is a part of a year that does not start in January (quick test)."""
    value = Measure.VALUE
    for f in figures:
        p = f.period
        if p.start % 12 != 0 and f.measure is value and p.start // 12 == p.end // 12:
            return True
    return False


def year_to_date(figures: Sequence[Figure], until: int | None = None) -> list[Figure]:
    """The year-to-date values the months and quarters in ``figures`` make, for every month that
    has no published year-to-date value of its own (up to month ``until``, as Period.end, when
    given). Figures of measure ``value`` only; each made figure is in the unit of the figure its
    chain starts from, and lists its parts in order."""
    value = Measure.VALUE
    by_year: dict[int, tuple[dict[int, Figure], dict[int, list[Figure]]]] = {}
    for f in figures:
        p = f.period
        if f.measure is not value or (until is not None and p.end > until):
            continue
        year = p.start // 12
        if p.end // 12 != year:
            continue
        found = by_year.get(year)
        if found is None:
            found = by_year[year] = ({}, {})
        if p.start % 12 == 0:
            found[0].setdefault(p.end % 12, f)  # 1-m月 (January alone and 一季度 included)
        else:
            starting = found[1].get(p.start % 12)
            if starting is None:
                found[1][p.start % 12] = [f]
            else:
                starting.append(f)
    made: list[Figure] = []
    for year, (published, pieces) in sorted(by_year.items()):
        if pieces:
            made += _chain_year(year, published, pieces)
    return made


def _chain_year(year: int, published: dict[int, Figure], pieces: dict[int, list[Figure]]) -> list[Figure]:
    """The chains of one year: from each published year-to-date value (or nothing), forwards through
    the pieces, each month reached once, by the chain from the latest published value before it."""
    for starting in pieces.values():
        if len(starting) > 1:  # the longest first where two start together: the same months, fewer figures
            starting.sort(key=_longest_first)
    # reach[m]: (the figure the chain starts from or None, the pieces after it, their sum, its unit)
    reach: dict[int, tuple] = {m: (f, (), f.value, f.unit) for m, f in published.items()}
    made: list[Figure] = []
    base = year * 12
    for m in range(12):
        here = reach.get(m)
        if here is None:
            continue
        start, after, total, unit = here
        for piece in pieces.get(m + 1, ()):
            end = piece.period.end % 12
            if end in reach:
                continue
            if piece.unit == unit:
                value = total + piece.value
            else:
                try:
                    value = total + piece.value * factor(piece.unit, unit)
                except UnitError:
                    continue  # a piece in another dimension: that is the unit problem of the figure itself
            chain = after + (piece,)
            reach[end] = (start, chain, value, unit)
            parts = (start, *chain) if start is not None else chain
            first = parts[0]
            made.append(derived_figure(first.region, first.indicator, _period(base, base + end), Measure.VALUE,
                                       value, unit, MONTHS, parts))
    return made


@lru_cache(maxsize=4096)
def _period(start: int, end: int) -> Period:
    return Period(start, end)


def _longest_first(f: Figure) -> int:
    return -f.period.months


def first_missing_month(figures: Sequence[Figure], period: Period) -> Period | None:
    """Where the figures of ``period``'s year stop adding up: the month after ``period`` when some
    value figure of the same year ends after it (a figure beyond a gap, not used), else None."""
    year, end = period.end // 12, period.end
    value = Measure.VALUE
    for f in figures:
        p = f.period
        if f.measure is value and p.end > end and p.start // 12 == year and p.end // 12 == year:
            return Period(end + 1, end + 1)
    return None
