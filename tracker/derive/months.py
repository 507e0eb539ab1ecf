"""Single months and quarters added up to year-to-date values.

The value through month ``m`` of a year is the longest published year-to-date
figure of that year ending at or before ``m`` (none: start from January), plus
the single months and quarters that cover the remaining months exactly, without
gap or overlap. ``1-2月`` is one figure covering January and February. The chain
stops at the first month with no figure: what comes after a gap is not used.
"""

from __future__ import annotations

from collections.abc import Sequence

from tracker.derive import MONTHS, Made
from tracker.figure import Figure, Measure
from tracker.periods import Period
from tracker.units import UnitError, factor

__all__ = ["has_pieces", "year_to_date", "first_missing_month"]


def _is_piece(p: Period) -> bool:
    """A single month or quarter after January's start: a part of a year that does not start it."""
    return p.start % 12 != 0 and p.start // 12 == p.end // 12


def has_pieces(figures: Sequence[Figure]) -> bool:
    """Whether any value figure is a part of a year that does not start in January (quick test)."""
    value = Measure.VALUE
    for f in figures:
        p = f.period
        if p.start % 12 != 0 and f.measure is value and p.start // 12 == p.end // 12:
            return True
    return False


def year_to_date(figures: Sequence[Figure]) -> list[Figure]:
    """The year-to-date values the months and quarters in ``figures`` make, for every month that
    has no published year-to-date value of its own. Figures of measure ``value`` only; each made
    figure is in the unit of the figure its chain starts from, and lists its parts in order."""
    value = Measure.VALUE
    by_year: dict[int, tuple[dict[int, Figure], dict[int, list[Figure]]]] = {}
    for f in figures:
        if f.measure is not value:
            continue
        p = f.period
        year = p.start // 12
        if p.end // 12 != year:
            continue
        published, pieces = by_year.setdefault(year, ({}, {}))
        if p.start % 12 == 0:
            published.setdefault(p.end % 12, f)  # 1-m月 (January alone and 一季度 included)
        else:
            pieces.setdefault(p.start % 12, []).append(f)
    made: list[Figure] = []
    for year, (published, pieces) in sorted(by_year.items()):
        if pieces:
            made += _chain_year(year, published, pieces)
    return made


def _chain_year(year: int, published: dict[int, Figure], pieces: dict[int, list[Figure]]) -> list[Figure]:
    # The longest piece first where two start together (a quarter before its first month):
    # the same months, fewer figures to add.
    for starting in pieces.values():
        starting.sort(key=lambda f: -f.period.months)
    made: list[Figure] = []
    # reach[m]: the chain through month m (0-based), as (start figure or None, pieces after it)
    reach: dict[int, tuple[Figure | None, tuple[Figure, ...]]] = {}
    for m in range(12):
        start = published.get(m)
        if start is not None:
            reach[m] = (start, ())
    # From January's start (nothing published), or from each published value, forwards.
    for m in range(-1, 12):
        if m == -1:
            here: tuple[Figure | None, tuple[Figure, ...]] | None = (None, ())
        else:
            here = reach.get(m)
        if here is None:
            continue
        for piece in pieces.get(m + 1, ()):
            end = piece.period.end % 12
            if end not in reach:
                reach[end] = (here[0], here[1] + (piece,))
    for m, (start, after) in sorted(reach.items()):
        if not after or m in published:
            continue
        figure = _sum(year, m, start, after)
        if figure is not None:
            made.append(figure)
    return made


def _sum(year: int, month: int, start: Figure | None, after: tuple[Figure, ...]) -> Figure | None:
    parts = ((start,) if start is not None else ()) + after
    unit = parts[0].unit
    total = 0.0
    for f in parts:
        try:
            total += f.value * (1.0 if f.unit == unit else factor(f.unit, unit))
        except UnitError:
            return None  # a part in another dimension: that is the unit problem of the figure itself
    first = parts[0]
    period = Period(year * 12, year * 12 + month)
    return Figure(first.region, first.indicator, period, Measure.VALUE, total, unit, "", "",
                  made=Made(MONTHS, parts))


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
