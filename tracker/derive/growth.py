"""Growth rates from levels: the rate for a period from its value and the value of
the same months a year before, ``(V_P / V_P−1y − 1) × 100``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tracker.derive import GROWTH, derived_figure
from tracker.figure import Figure, Measure
from tracker.periods import Period
from tracker.units import UnitError, factor

__all__ = ["rates_from_levels", "rate_from_levels"]


def rate_from_levels(now: Figure, before: Figure) -> Figure | None:
    """The growth of ``now`` over ``before`` (a year earlier) in %, or None when it cannot be had
    (a year-earlier value that is not positive, or units that do not compare)."""
    try:
        earlier = before.value * (1.0 if before.unit == now.unit else factor(before.unit, now.unit))
    except UnitError:
        return None
    if earlier <= 0:
        return None
    rate = (now.value / earlier - 1) * 100
    return derived_figure(now.region, now.indicator, now.period, Measure.YOY, rate, "%", GROWTH, (before, now))


def rates_from_levels(values: Sequence[Figure], periods: Iterable[Period]) -> dict[tuple[int, int], Figure]:
    """For each of ``periods`` with a value in ``values`` and a value for the same months a year
    earlier, the growth rate made from them, by (start, end)."""
    by_period: dict[tuple[int, int], Figure] = {}
    value = Measure.VALUE
    for f in values:
        if f.measure is value:
            by_period.setdefault((f.period.start, f.period.end), f)
    out: dict[tuple[int, int], Figure] = {}
    for p in periods:
        now = by_period.get((p.start, p.end))
        before = by_period.get((p.start - 12, p.end - 12))
        if now is not None and before is not None:
            made = rate_from_levels(now, before)
            if made is not None:
                out[(p.start, p.end)] = made
    return out
