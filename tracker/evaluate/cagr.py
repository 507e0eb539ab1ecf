"""The rules for an average annual growth from a base year (``kind: cagr``)."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.config import Settings
from tracker.derive import sources_of
from tracker.derive.explain import how_made
from tracker.evaluate.common import Point, base_figure, blank, convert, evaluation, latest_point, rate_margin, \
    rate_status
from tracker.evaluate.growth import rates_from_levels_for
from tracker.figure import Figure, Measure
from tracker.messages.problems import Reason
from tracker.model import CagrTarget, Evaluation, LazySeries, SeriesPoint
from tracker.notes import Note, joined, note
from tracker.periods import Period
from tracker.problems import Problem
from tracker.trajectory import growth_needed
from tracker.units import factor

# --------------------------------------------------------------------------
# cagr


class CagrJudge:
    def __init__(self, target: CagrTarget, figures: list[Figure], as_of: Period, settings: Settings):
        self.t = target
        self.figures = figures  # those ending by as_of
        self.as_of = as_of
        self.settings = settings
        self.problems: list[Problem] = []
        self.sources: list[str] = []

    def judge(self) -> tuple[Evaluation, list[Problem]]:
        t = self.t
        base = t.base
        y0, y1, rate = base.year, t.due, t.target.rate
        stretch = t.stretch.rate if t.stretch else None
        unit = base.unit or next((f.unit for f in self.figures if f.measure is Measure.VALUE), None)
        b = self.base_value(unit)
        values: list[Point] = []
        if unit is not None:
            whole = [
                f for f in self.figures
                if f.measure is Measure.VALUE and f.period.is_whole_year and y0 < f.period.end_year <= y1
            ]
            values, problems = convert(whole, unit, t.id)
            self.problems.extend(problems)
        latest = latest_point(values)
        why: Note | None = None
        series: Sequence[SeriesPoint] = ()
        if b is not None and b > 0 and latest is not None and latest.value > 0:
            k = latest.period.end_year
            actual_rate = growth_needed(b, latest.value, k - y0)
            goal_end = b * (1 + rate / 100) ** (y1 - y0)
            required = growth_needed(latest.value, goal_end, y1 - k) if k < y1 else None
            actual_period = latest.period
            decided = k == y1
            self.sources[0:0] = sources_of(latest.figure)
            why = how_made(latest.figure)
            series = LazySeries(lambda: tuple(
                [SeriesPoint(base.parsed_period.iso(), b, b, b if stretch is not None else None, None)]
                + [
                    SeriesPoint(
                        p.period.iso(), p.value,
                        b * (1 + rate / 100) ** (p.period.end_year - y0),
                        b * (1 + stretch / 100) ** (p.period.end_year - y0) if stretch is not None else None,
                        p.figure.source,
                    )
                    for p in sorted(values, key=lambda q: q.period.end)
                ]
            ), 1 + len(values))
        else:
            # No base value or no later whole-year value: the latest growth rate stands in.
            rates = [
                Point(f, f.value) for f in self.figures
                if f.measure is Measure.YOY and f.period.start_year > y0 and f.period.end_year <= y1
            ]
            for year in range(y0 + 1, y1 + 1):
                mine = [p for p in rates if p.figure.period.start == year * 12]
                rates += [Point(f, f.value) for f in rates_from_levels_for(self.figures, mine, year * 12,
                                                                          min((year + 1) * 12, self.as_of.end + 1))]
            last = latest_point(rates)
            if last is None:
                why = note("cagr-no-base" if b is None else "cagr-no-values", base=base.period, due=y1)
                return blank(t, "%", why, target=rate, stretch=stretch, base_value=b), self.problems
            actual_rate, required = last.value, None
            actual_period = last.period
            decided = last.period.is_whole_year and last.period.end_year == y1
            self.sources = list(sources_of(last.figure))
            why = joined(note("cagr-fallback"), how_made(last.figure))
            latest = last
            series = LazySeries(lambda: tuple(
                SeriesPoint(p.period.iso(), p.value, rate, stretch, p.figure.source)
                for p in sorted(rates, key=lambda q: (q.period.end, q.period.months))
            ), len(rates))
        assert actual_rate is not None
        margin = rate_margin(actual_rate, rate, t, self.settings)
        status = rate_status(margin, decided, self.settings)
        stretch_status = (
            rate_status(rate_margin(actual_rate, stretch, t, self.settings), decided, self.settings)
            if stretch is not None else None
        )
        ev = evaluation(
            t, status, why,
            actual=actual_rate,
            actual_period=actual_period,
            unit="%",
            target=rate,
            margin_pp=margin,
            actual_rate=actual_rate,
            required_rate=required,
            stretch_status=stretch_status,
            sources=tuple(dict.fromkeys(self.sources)),
            stretch=stretch,
            base_value=b,
            derived=latest is not None and latest.figure.made is not None,
            derivation=how_made(latest.figure) if latest is not None else None,
            series=series,
        )
        return ev, self.problems

    def base_value(self, unit: str | None) -> float | None:
        base = self.t.base
        if base.value is not None:
            return base.value * (factor(base.unit, unit) if base.unit and unit else 1.0)
        if unit is None:
            return None
        point = base_figure(self.figures, base.parsed_period, unit, self.t.id, self.problems)
        if point is None:
            return None
        if point.value <= 0:
            self.problems.append(Problem.of(point.figure.file, point.figure.place, Reason.BAD_BASE,
                                            value=f"{point.value:g}", goal=self.t.id))
            return None
        self.sources.extend(sources_of(point.figure))
        return point.value

