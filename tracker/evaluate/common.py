"""What the judging rules of every kind of goal share: a figure in the goal's unit (Point), the
evaluation's frame, units converted, the latest figure, margins and statuses of rates."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter

from tracker.config import Settings
from tracker.figure import Figure, Measure
from tracker.messages.problems import Reason
from tracker.model import Evaluation, Kind, Qualifier, Status, TargetT
from tracker.notes import Note
from tracker.periods import Period
from tracker.problems import Problem
from tracker.units import UnitError, factor

#: A value within this of a threshold meets it: exact hits count, whatever floating point does.
EPSILON = 1e-9


@dataclass(slots=True)
class Point:
    """A figure converted to the target's unit (not frozen: judging makes 300,000 of them,
    and a frozen dataclass takes three times as long to make; nothing changes one)."""

    figure: Figure
    value: float

    @property
    def period(self) -> Period:
        return self.figure.period


# --------------------------------------------------------------------------
# Shared pieces


def evaluation(spec: TargetT, status: Status, why: Note | None, **fields) -> Evaluation:
    """An evaluation of a target: its identity, the status, the note and the numbers in ``fields``."""
    fields.setdefault("base_period", spec.base.period if spec.base else None)
    return Evaluation(
        id=spec.id,
        status=status,
        region=spec.region,
        indicator=spec.indicator,
        kind=Kind(spec.kind),
        note=why.text() if why else None,
        note_detail=why,
        title=spec.title,
        due=spec.due,
        qualifier=spec.qualifier,
        source=spec.source or None,
        owner=spec.owner,
        tags=tuple(spec.tags),
        **fields,
    )


def blank(spec: TargetT, unit: str | None, why: Note, **extra) -> Evaluation:
    return evaluation(spec, Status.NO_DATA, why, unit=unit, **extra)


class Scaled(Sequence[Point]):
    """Figures of one unit as Points in the target's unit, each made when asked for.

    Judging a goal needs its latest figure; only a chart wants all of them
    (a goal has some 40 candidates, 7,200 goals make 300,000 Points otherwise).
    """

    __slots__ = ("figures", "k")

    def __init__(self, figures: list[Figure], k: float):
        self.figures = figures
        self.k = k

    def __len__(self) -> int:
        return len(self.figures)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [Point(f, f.value * self.k) for f in self.figures[i]]
        f = self.figures[i]
        return Point(f, f.value * self.k)

    def __iter__(self):
        k = self.k
        return (Point(f, f.value * k) for f in self.figures)

    def latest(self) -> Point | None:
        f = latest_figure(self.figures)
        return None if f is None else Point(f, f.value * self.k)


_unit_of = attrgetter("unit")


def convert(figs: Iterable[Figure], unit: str, target_id: str) -> tuple[Sequence[Point], list[Problem]]:
    figs = figs if isinstance(figs, list) else list(figs)
    if not figs:
        return [], []
    if len(set(map(_unit_of, figs))) == 1:  # the common case: one unit, converted at once
        try:
            k = factor(figs[0].unit, unit)
        except UnitError:
            pass  # each figure gets its problem below
        else:
            return Scaled(figs, k), []
    points: list[Point] = []
    problems: list[Problem] = []
    cache: dict[str, float | UnitError] = {}
    for f in figs:
        k = cache.get(f.unit)
        if k is None:
            try:
                k = cache[f.unit] = factor(f.unit, unit)
            except UnitError as e:
                k = cache[f.unit] = e
        if isinstance(k, UnitError):
            problems.append(Problem.of(f.file, f.place, Reason.UNIT_MISMATCH, "figure",
                                       unit=f.unit, goal=target_id, target=unit, detail=k.as_phrase()))
            continue
        points.append(Point(f, f.value * k))
    return points, problems


def base_figure(figures: Iterable[Figure], period: Period, unit: str, target_id: str,
                 problems: list[Problem]) -> Point | None:
    """The figure for the base period itself, in the target's unit (a base value left out of the spec)."""
    start, end = period.start, period.end  # plain ints: Period's own == is slow on 100,000s of figures
    found = [f for f in figures if f.measure is Measure.VALUE and f.period.start == start and f.period.end == end]
    points, found_problems = convert(found, unit, target_id)
    problems.extend(found_problems)
    return points[0] if points else None


def latest_of(items: Iterable, period_of=attrgetter("period")):
    """The item whose period ends last; of two ending together, the one covering more months (a
    year to date before its last month alone); of two with the same period, the first. None for none."""
    best = None
    end = start = 0
    for item in items:
        period = period_of(item)
        e = period.end
        if best is None or e > end or (e == end and period.start < start):
            best, end, start = item, e, period.start
    return best


def latest_figure(figures: Iterable[Figure]) -> Figure | None:
    """latest_of over figures."""
    return latest_of(figures)


_POINT_PERIOD = attrgetter("figure.period")


def latest_point(points: Iterable[Point]) -> Point | None:
    """latest_of over points (Scaled says without making a point for each figure)."""
    if isinstance(points, Scaled):
        return points.latest()
    return latest_of(points, _POINT_PERIOD)


def tolerance(target: TargetT, default: float) -> float:
    if target.qualifier is not Qualifier.ABOUT:
        return 0.0
    return default if target.tolerance is None else target.tolerance


def rate_margin(actual: float, rate: float, target: TargetT, settings: Settings) -> float:
    if target.qualifier is Qualifier.AT_MOST:
        return rate - actual
    return actual - (rate - tolerance(target, settings.rate_tolerance))


def rate_status(margin: float, whole: bool, settings: Settings) -> Status:
    if whole:
        return Status.ACHIEVED if margin >= -EPSILON else Status.MISSED
    if margin >= -EPSILON:
        return Status.ON_TRACK
    if margin >= settings.at_risk_margin_pp - EPSILON:
        return Status.AT_RISK
    return Status.OFF_TRACK


def fmt(x: float) -> str:
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.1f}"


