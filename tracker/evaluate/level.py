"""The rules for a goal to reach a level (``kind: level``): a flow's year to date against its
share of the year's plan, a stock against the plan at the figure's date."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.config import Settings
from tracker.derive import sources_of
from tracker.derive.explain import gap_note, how_made
from tracker.derive.months import first_missing_month
from tracker.evaluate.common import (
    EPSILON,
    Point,
    base_figure,
    blank,
    convert,
    evaluation,
    fmt,
    latest_point,
    tolerance,
)
from tracker.figure import Figure, Measure
from tracker.model import Amount, Evaluation, LazySeries, LevelTarget, Qualifier, SeriesPoint, Status
from tracker.notes import Note, joined, note
from tracker.periods import Period
from tracker.problems import Problem
from tracker.trajectory import Trajectory, growth_needed, time_of
from tracker.units import UnitError, factor

# --------------------------------------------------------------------------
# level


class LevelJudge:
    def __init__(self, target: LevelTarget, figures: Sequence[Figure], as_of: Period, settings: Settings):
        self.t = target
        self.figures = figures  # all of them, also those after as_of
        value, last = Measure.VALUE, as_of.end
        self.values = [f for f in figures if f.measure is value and f.period.end <= last]
        self._by_period: dict[tuple[int, int], list[Figure]] | None = None
        self.as_of = as_of
        self.settings = settings
        self.problems: list[Problem] = []
        self.sources: list[str] = []
        self.unit_name = ""

    # -- resolving the base, the target and the unit -------------------------
    def unit(self) -> str | None:
        t = self.t
        if t.target.unit:
            return t.target.unit
        if t.base and t.base.unit:
            return t.base.unit
        return self.values[0].unit if self.values else None

    def value_figures(self, period: Period) -> list[Figure]:
        """The value figures for exactly ``period``, in the order given (indexed on first use)."""
        if self._by_period is None:
            index: dict[tuple[int, int], list[Figure]] = {}
            for f in self.values:
                key = (f.period.start, f.period.end)
                found = index.get(key)
                if found is None:
                    index[key] = [f]
                else:
                    found.append(f)
            self._by_period = index
        return self._by_period.get((period.start, period.end), [])

    def base_value(self, unit: str) -> float | None:
        base = self.t.base
        if base is None:
            return None
        if base.value is not None:
            return base.value * factor(base.unit or unit, unit)
        # the goal's own index narrows the figures to the base period's first
        point = base_figure(self.value_figures(base.parsed_period), base.parsed_period, unit, self.t.id,
                             self.problems)
        if point is None:
            return None
        self.sources.extend(sources_of(point.figure))
        return point.value

    @staticmethod
    def resolve(amount: Amount | None, base: float | None, unit: str) -> float | None:
        if amount is None:
            return None
        if amount.value is not None:
            return amount.value * factor(amount.unit or unit, unit)
        if base is None:
            return None
        if amount.times is not None:
            return base * amount.times
        return base + (amount.plus or 0.0)

    # -- judging -------------------------------------------------------------
    def judge(self) -> tuple[Evaluation, list[Problem]]:
        t = self.t
        unit = self.unit()
        if unit is None:
            return blank(t, None, note("no-unit")), []
        self.unit_name = unit
        try:
            b = self.base_value(unit)
            v = self.resolve(t.target, b, unit)
            s = self.resolve(t.stretch, b, unit)
        except UnitError as e:
            return blank(t, unit, note("units-disagree", detail=e)), self.problems
        extra = dict(stretch=s, base_value=b, target=v)
        if t.base is not None and b is None and v is None:
            return blank(t, unit, note("base-missing", base=t.base.period), **extra), self.problems
        y0 = t.base.parsed_period.end_year if t.base else None
        base_end = t.base.parsed_period.end if t.base else None
        after = -1 if base_end is None else base_end  # months as plain ints: 300,000 figures
        before = (t.due + 1) * 12  # the first month after the due year
        if t.flow:  # year to date: starts in January, ends the same year
            candidates = [f for f in self.values if after < (p := f.period).end < before
                          and p.start % 12 == 0 and p.end - p.start < 12]
        else:
            candidates = [f for f in self.values if after < f.period.end < before]
        points, problems = convert(candidates, unit, t.id)
        self.problems.extend(problems)
        if not points:
            return blank(t, unit, self._why_nothing(), **extra), self.problems
        plan = Trajectory(b, y0, v, t.due) if (b is not None and y0 is not None) else None
        stretch_plan = Trajectory(b, y0, s, t.due) if (plan is not None and s is not None) else None
        latest = latest_point(points)
        assert latest is not None
        judged = self.judge_point(latest, v, plan, b)
        if judged is None:
            why = note("before-due-no-base", period=latest.period.iso(), period_zh=latest.period.chinese(),
                       due=t.due)
            return blank(t, unit, why, actual=latest.value, actual_period=latest.period,
                          sources=sources_of(latest.figure), **extra), self.problems
        status, expected, progress, time_progress, why = judged
        stretch_status = None
        if s is not None:
            sj = self.judge_point(latest, s, stretch_plan, b)
            stretch_status = sj[0] if sj is not None else None
        self.sources[0:0] = sources_of(latest.figure)
        projected = self.projection(latest, b, y0)
        gap = first_missing_month(self.values, latest.period) if t.flow and not latest.period.is_whole_year else None
        why = joined(why, how_made(latest.figure), gap_note(gap))
        ev = evaluation(
            t, status, why,
            actual=latest.value,
            actual_period=latest.period,
            unit=unit,
            target=v,
            expected=expected,
            progress=progress,
            completion=(latest.value / v) if v else None,
            time_progress=time_progress,
            required_rate=self.required_rate(latest, v),
            projected=projected,
            stretch_status=stretch_status,
            sources=tuple(dict.fromkeys(self.sources)),
            stretch=s,
            base_value=b,
            gap=(latest.value - expected) if expected is not None else None,
            derived=latest.figure.made is not None,
            derivation=how_made(latest.figure),
            series=LazySeries(lambda: self.series(points, plan, stretch_plan, b),
                              len(points) + (b is not None and t.base is not None)),
        )
        return ev, self.problems

    def _why_nothing(self) -> Note:
        t = self.t
        as_of = dict(as_of=self.as_of.iso(), as_of_zh=self.as_of.chinese())
        last = self.as_of.end
        if not any(f.period.end <= last for f in self.figures):
            return note("no-figures", region=t.region, indicator=t.indicator, **as_of)
        return note(
            "no-usable-figure",
            which="year-to-date or whole-year " if t.flow else "",
            which_zh="累计或全年" if t.flow else "",
            after=f" after the base period {t.base.period}" if t.base else "",
            after_zh=f"基期（{t.base.period}）之后" if t.base else "",
            due=t.due,
            **as_of,
        )

    def expected_at(self, p: Point, v: float, plan: Trajectory | None, b: float | None):
        """(expected E, B, time_progress) for a figure, or None when it cannot be judged."""
        period = p.period
        if self.t.flow:
            m = period.end_month
            share = m / 12
            if plan is not None:
                return plan.annual(period.end_year) * share, (b or 0.0) * share, share
            if period.end_year == self.t.due:
                return v * share, 0.0, share
            return None
        if plan is not None:
            return plan.at(time_of(period)), b, None
        return v, 0.0, None

    def meets(self, a: float, v: float) -> bool:
        """Whether ``a`` meets the target ``v``; an exact hit counts, whatever floating point did to it
        (months added up, a unit converted)."""
        q = self.t.qualifier
        slack = EPSILON * max(1.0, abs(v))
        if q is Qualifier.AT_MOST:
            return a <= v + slack
        if q is Qualifier.ABOUT:
            return a >= v * (1 - tolerance(self.t, self.settings.level_tolerance)) - slack
        return a >= v - slack

    def covers_due_year(self, period: Period) -> bool:
        if self.t.flow:
            return period.is_whole_year and period.end_year == self.t.due
        return period.end == self.t.due * 12 + 11

    def judge_point(self, p: Point, v: float, plan: Trajectory | None, b: float | None):
        """(status, expected, progress, time_progress, note), or None when it cannot be judged."""
        t, a = self.t, p.value
        whole = self.covers_due_year(p.period)
        at_most = t.qualifier is Qualifier.AT_MOST
        met = self.meets(a, v)
        ex = self.expected_at(p, v, plan, b)
        expected, base_part, time_progress = ex if ex is not None else (None, None, None)
        progress = None
        if expected is not None:
            if at_most and plan is None:
                progress = expected / a if a else None
            elif expected != base_part:
                progress = (a - base_part) / (expected - base_part)
        if met and (not at_most or whole):
            why = note("met") if whole else note("met-early", period=p.period.iso(), period_zh=p.period.chinese())
            return Status.ACHIEVED, expected, progress, time_progress, why
        if whole:
            return Status.MISSED, expected, progress, time_progress, note(
                "missed", actual=fmt(a), target=fmt(v))
        if ex is None:
            return None
        if progress is None:
            # E == B: the plan expects no change from the base by now (or A is 0 for at_most).
            on_plan = a <= expected if at_most else a >= expected
            status = Status.ON_TRACK if on_plan else Status.OFF_TRACK
            return status, expected, None, time_progress, note("flat-plan")
        tol = tolerance(t, self.settings.level_tolerance)
        if progress >= 1 - tol - EPSILON:
            status = Status.ON_TRACK
        elif progress >= self.settings.at_risk_progress - EPSILON:
            status = Status.AT_RISK
        else:
            status = Status.OFF_TRACK
        return status, expected, progress, time_progress, None

    # -- numbers behind the judgement ---------------------------------------
    def _value_for(self, period: Period) -> Point | None:
        points, _ = convert(self.value_figures(period), self.unit_name, self.t.id)
        return points[0] if points else None

    def annualised(self, p: Point) -> tuple[float, str | None]:
        """The whole-year value of a year-to-date figure: by last year's share of the same months."""
        period = p.period
        if period.is_whole_year:
            return p.value, None
        last_part = self._value_for(period.same_months_a_year_earlier())
        last_full = self._value_for(Period.year_of(period.end_year - 1))
        if last_part and last_full and last_part.value > 0 and last_full.value > 0:
            self.sources.extend([*sources_of(last_part.figure), *sources_of(last_full.figure)])
            return p.value * last_full.value / last_part.value, "share"
        return p.value * 12 / period.end_month, "months"

    def projection(self, p: Point, b: float | None, y0: int | None) -> float | None:
        t = self.t
        if not t.flow:
            return self._stock_projection(p, b, y0)
        year_value, _ = self.annualised(p)
        y = p.period.end_year
        if y == t.due:
            return year_value
        # An earlier year: carry on at the average growth achieved since the base.
        if b is not None and y0 is not None and y > y0:
            rate = growth_needed(b, year_value, y - y0)
            if rate is not None:
                return year_value * (1 + rate / 100) ** (t.due - y)
        return None

    def _stock_projection(self, p: Point, b: float | None, y0: int | None) -> float | None:
        t = self.t
        now = time_of(p.period)
        end = float(t.due)
        if now >= end:
            return p.value
        if b is not None and y0 is not None and now > y0:
            if b > 0 and p.value > 0:
                return b * (p.value / b) ** ((end - y0) / (now - y0))
            return b + (p.value - b) * (end - y0) / (now - y0)
        return None

    def required_rate(self, p: Point, v: float | None) -> float | None:
        """The constant annual growth needed from the latest figure to reach the target."""
        if v is None:
            return None
        t = self.t
        if t.flow:
            if not p.period.is_whole_year or p.period.end_year >= t.due:
                return None
            return growth_needed(p.value, v, t.due - p.period.end_year)
        years = t.due - time_of(p.period)
        return growth_needed(p.value, v, years) if years > 0 else None

    def series(self, points: list[Point], plan, stretch_plan, b) -> tuple[SeriesPoint, ...]:
        out: list[SeriesPoint] = []
        if b is not None and self.t.base is not None:
            bp = self.t.base.parsed_period
            out.append(SeriesPoint(bp.iso(), b, b, b if stretch_plan else None, None))
        for p in sorted(points, key=lambda q: (q.period.end, q.period.months)):
            planned = stretched = None
            if plan is not None:
                ex = self.expected_at(p, plan.target, plan, b)
                planned = ex[0] if ex else None
            if stretch_plan is not None:
                ex = self.expected_at(p, stretch_plan.target, stretch_plan, b)
                stretched = ex[0] if ex else None
            out.append(SeriesPoint(p.period.iso(), p.value, planned, stretched, p.figure.source))
        return tuple(out)


