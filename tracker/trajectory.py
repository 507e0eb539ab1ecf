"""The planned path from a base value to a target (docs/judging.md, Trajectory).

``T(y) = b·(v/b)^((y−y0)/(y1−y0))``: constant growth from the base year to the
due year; a straight line when the base (or the target) is not positive. Times
are in years; the end of month ``m`` of year ``y`` is ``y − 1 + m/12``, so the
end of the base year ``y0`` is ``y0`` itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.periods import Period


@dataclass(frozen=True, slots=True)
class Trajectory:
    base: float  # b, at the end of year y0
    base_year: int  # y0
    target: float  # v, at the end of year y1
    due: int  # y1

    @property
    def constant_growth(self) -> bool:
        return self.base > 0 and self.target > 0

    def at(self, t: float) -> float:
        """The planned value at time ``t`` (fractional years)."""
        share = (t - self.base_year) / (self.due - self.base_year)
        if self.constant_growth:
            return self.base * (self.target / self.base) ** share
        return self.base + (self.target - self.base) * share

    def annual(self, year: int) -> float:
        """The planned annual value T(y) for a whole year."""
        return self.at(float(year))


def time_of(period: Period) -> float:
    """The end of a period in fractional years: the end of month m of year y is y − 1 + m/12."""
    return period.end_year - 1 + period.end_month / 12


def growth_needed(start: float, end: float, years: float) -> float | None:
    """The constant annual growth, in percent, that takes ``start`` to ``end`` in ``years``."""
    if years <= 0 or start <= 0 or end <= 0:
        return None
    return ((end / start) ** (1 / years) - 1) * 100
