"""The rules for a growth rate in a year (``kind: growth``)."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.config import Settings
from tracker.derive import sources_of
from tracker.derive.explain import how_made
from tracker.derive.growth import rates_from_levels
from tracker.evaluate.common import EPSILON, Point, blank, evaluation, latest_point, rate_margin, rate_status
from tracker.figure import Figure, Measure
from tracker.model import Evaluation, GrowthTarget, LazySeries, SeriesPoint
from tracker.notes import joined, note
from tracker.periods import Period

# --------------------------------------------------------------------------
# growth


def judge_growth(t: GrowthTarget, figures: Sequence[Figure], as_of: Period, settings: Settings) -> Evaluation:
    # year to date in the due year: starting in its January, ending before the next
    # and by as_of (plain ints)
    first, after = t.due * 12, min((t.due + 1) * 12, as_of.end + 1)
    yoy = Measure.YOY
    rates = [Point(f, f.value) for f in figures if f.measure is yoy and f.period.start == first and f.period.end < after]
    rates += [Point(f, f.value) for f in rates_from_levels_for(figures, rates, first, after)]
    latest = latest_point(rates)
    if latest is None:
        return blank(t, "%", note("no-growth-figure", due=t.due), target=t.target.rate,
                      stretch=t.stretch.rate if t.stretch else None)
    a, whole = latest.value, latest.period.is_whole_year
    margin = rate_margin(a, t.target.rate, t, settings)
    stretch_status = None
    if t.stretch is not None:
        stretch_status = rate_status(rate_margin(a, t.stretch.rate, t, settings), whole, settings)
    series = LazySeries(lambda: tuple(
        SeriesPoint(p.period.iso(), p.value, t.target.rate, t.stretch.rate if t.stretch else None, p.figure.source)
        for p in sorted(rates, key=lambda q: q.period.end)
    ), len(rates))
    why = (note("growth-met") if margin >= -EPSILON else note("growth-short")) if whole else None
    why = joined(why, how_made(latest.figure))
    return evaluation(
        t, rate_status(margin, whole, settings), why,
        actual=a,
        actual_period=latest.period,
        unit="%",
        target=t.target.rate,
        time_progress=latest.period.end_month / 12,
        margin_pp=margin,
        actual_rate=a,
        stretch_status=stretch_status,
        sources=sources_of(latest.figure),
        stretch=t.stretch.rate if t.stretch else None,
        derived=latest.figure.made is not None,
        derivation=how_made(latest.figure),
        series=series,
    )


def rates_from_levels_for(figures: Sequence[Figure], published: Sequence[Point], first: int, after: int) -> list[Figure]:
    """Growth rates made from values, for the year-to-date periods starting in month ``first`` and
    ending before ``after`` that have no published rate: ``(V_P / V_P−1y − 1) × 100``."""
    value = Measure.VALUE
    ends = {p.figure.period.end for p in published}
    periods = {(f.period.start, f.period.end) for f in figures
               if f.measure is value and f.period.start == first and f.period.end < after
               and f.period.end not in ends}
    if not periods:
        return []
    return list(rates_from_levels(figures, [Period(*p) for p in sorted(periods)]).values())


