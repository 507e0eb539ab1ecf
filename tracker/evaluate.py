"""The judging rules (docs/judging.md): pure functions from targets and figures to evaluations.

Nothing here reads files. ``evaluate_all`` groups the figures by region and
indicator (after aliases) and judges each target from its group;
``evaluate_target`` judges one target and always returns an Evaluation, with
``no_data`` and a note where nothing can be judged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from operator import attrgetter

from tracker import annual
from tracker.config import DEFAULT, Settings
from tracker.derive import sources_of
from tracker.derive.combine import Composition
from tracker.derive.completion import Completion
from tracker.derive.explain import gap_note, how_made
from tracker.derive.growth import rates_from_levels
from tracker.derive.months import first_missing_month
from tracker.figure import Figure, Measure
from tracker.grouping import NameMap, group_figures, identity
from tracker.model import (
    Amount,
    CagrTarget,
    Evaluation,
    GrowthTarget,
    Kind,
    LazySeries,
    LevelTarget,
    Qualifier,
    SeriesPoint,
    Status,
    TargetT,
)
from tracker.nogc import gc_paused
from tracker.notes import Note, joined, note
from tracker.periods import Period
from tracker.messages.problems import Reason
from tracker.problems import Problem
from tracker.trajectory import Trajectory, growth_needed, time_of
from tracker.units import UnitError, factor


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
# Entry points


def evaluate_all(
    targets: Sequence[TargetT],
    figures: Iterable[Figure],
    as_of: Period,
    settings: Settings = DEFAULT,
    aliases: NameMap | None = None,
    composition: Composition | None = None,
) -> tuple[list[Evaluation], list[Problem]]:
    """Judge every target from the figures of its region and indicator (and those made from others:
    ``composition`` is what targets/regions.yaml and targets/indicators.yaml say)."""
    names = aliases or identity
    with gc_paused():
        return judge_grouped(targets, group_figures(figures, names), as_of, settings, names, composition)


def judge_grouped(
    targets: Sequence[TargetT],
    groups: dict[tuple[str, str], list[Figure]],
    as_of: Period,
    settings: Settings = DEFAULT,
    aliases: NameMap | None = None,
    composition: Composition | None = None,
) -> tuple[list[Evaluation], list[Problem]]:
    """evaluate_all with the figures already grouped (``group_figures``): one pass over the targets.

    Each target is judged from its group completed (tracker.derive): single months and quarters
    added up to year to date for flows and growth, regions from their parts, derived indicators.
    """
    names = aliases or identity
    completion = completion_for(groups, composition, as_of)
    evaluations: list[Evaluation] = []
    problems: list[Problem] = []
    for t in targets:
        region, indicator = group_key(t, names)
        figures = completion.figures(region, indicator, chained=not (isinstance(t, LevelTarget) and not t.flow))
        ev, found = evaluate_target(t, figures, as_of, settings)
        evaluations.append(ev)
        problems.extend(found)
    problems.extend(completion.problems())
    return evaluations, problems


def completion_for(groups: Mapping[tuple[str, str], Sequence[Figure]], composition: Composition | None,
                   as_of: Period | None = None) -> Completion:
    """The figures of each region and indicator completed for judging as of ``as_of``
    (tracker.derive.completion): nothing is made for a period that ends after it."""
    until = None if as_of is None else as_of.end
    if composition is None:
        return Completion(groups, {}, {}, until)
    return Completion(groups, composition.regions, composition.indicators, until)


def group_key(target: TargetT, aliases: NameMap | None = None) -> tuple[str, str]:
    """The key of a target's figures in ``group_figures``: its region and indicator after aliases."""
    names = aliases or identity
    return names.region(target.region), names.indicator(target.indicator)


def evaluate_target(
    target: TargetT, figures: Sequence[Figure], as_of: Period, settings: Settings = DEFAULT
) -> tuple[Evaluation, list[Problem]]:
    """Judge one target from the figures of its region and indicator.

    Only figures ending by ``as_of`` count. Level and growth goals leave out the
    later ones as they pick their figures, in the same pass (a province has
    500,000 figures); a cagr goal looks at its figures in several ways and
    gets them filtered first.
    """
    if isinstance(target, LevelTarget):
        ev, problems = _Level(target, figures, as_of, settings).judge()
    elif isinstance(target, GrowthTarget):
        ev, problems = _judge_growth(target, figures, as_of, settings), []
    else:
        known = [f for f in figures if f.period.end <= as_of.end]
        ev, problems = _Cagr(target, known, as_of, settings).judge()
    ev = annual.with_year_numbers(target, ev)
    return _awaiting_final(target, ev, as_of), problems


_FINAL = (Status.ACHIEVED, Status.MISSED, Status.NO_DATA)


def _awaiting_final(target: TargetT, ev: Evaluation, as_of: Period) -> Evaluation:
    """After the due year, a goal not yet decided by its whole-year figure awaits that figure (待全年数据).

    Its numbers stay those of its latest figure; the note says which period it was judged on.
    A whole-year figure for the due year always decides (achieved or missed), so any other
    status after the due year means that figure has not come.
    """
    if as_of.end <= target.due * 12 + 11 or ev.status in _FINAL:
        return ev
    period = ev.actual_period or ""
    try:
        from tracker.periods import parse_period

        judged_on = parse_period(period)
        why = note("awaiting-final", due=target.due, period=judged_on.iso(), period_zh=judged_on.chinese())
    except Exception:  # pragma: no cover - every judged evaluation names its period
        why = note("awaiting-final", due=target.due, period=period, period_zh=period)
    detail = joined(why, ev.note_detail)
    stretch = ev.stretch_status
    if stretch is not None and stretch not in _FINAL:
        stretch = Status.AWAITING_FINAL
    return replace(ev, status=Status.AWAITING_FINAL, stretch_status=stretch, note=detail.text(),
                   note_detail=detail)


#: A value within this of a threshold meets it: exact hits count, whatever floating point does.
EPSILON = 1e-9


# --------------------------------------------------------------------------
# Shared pieces


def _evaluation(spec: TargetT, status: Status, why: Note | None, **fields) -> Evaluation:
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


def _blank(spec: TargetT, unit: str | None, why: Note, **extra) -> Evaluation:
    return _evaluation(spec, Status.NO_DATA, why, unit=unit, **extra)


def _place(f: Figure) -> str:
    """The place part of a figure's source, for problems."""
    src = f.source
    if f.file and src.startswith(f.file):
        rest = src[len(f.file) :]
        if rest.startswith(":"):
            return f"line {rest[1:]}"
        return rest.lstrip("!")
    return src


class _Scaled(Sequence[Point]):
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
        f = _latest_figure(self.figures)
        return None if f is None else Point(f, f.value * self.k)


_unit_of = attrgetter("unit")


def _convert(figs: Iterable[Figure], unit: str, target_id: str) -> tuple[Sequence[Point], list[Problem]]:
    figs = figs if isinstance(figs, list) else list(figs)
    if not figs:
        return [], []
    if len(set(map(_unit_of, figs))) == 1:  # the common case: one unit, converted at once
        try:
            k = factor(figs[0].unit, unit)
        except UnitError:
            pass  # each figure gets its problem below
        else:
            return _Scaled(figs, k), []
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
            problems.append(Problem.of(f.file or f.source, _place(f), Reason.UNIT_MISMATCH, "figure",
                                       unit=f.unit, goal=target_id, target=unit, detail=k.as_phrase()))
            continue
        points.append(Point(f, f.value * k))
    return points, problems


def _base_figure(figures: Iterable[Figure], period: Period, unit: str, target_id: str,
                 problems: list[Problem]) -> Point | None:
    """The figure for the base period itself, in the target's unit (a base value left out of the spec)."""
    start, end = period.start, period.end  # plain ints: Period's own == is slow on 100,000s of figures
    found = [f for f in figures if f.measure is Measure.VALUE and f.period.start == start and f.period.end == end]
    points, found_problems = _convert(found, unit, target_id)
    problems.extend(found_problems)
    return points[0] if points else None


def _latest(points: Iterable[Point]) -> Point | None:
    """The figure ending last; of two ending together, the one covering more months."""
    if isinstance(points, _Scaled):
        return points.latest()
    best: Point | None = None
    end = start = 0
    for p in points:
        period = p.figure.period
        e = period.end
        # ends later, or ends together and starts earlier (covers more months)
        if best is None or e > end or (e == end and period.start < start):
            best, end, start = p, e, period.start
    return best


def _latest_figure(figures: Iterable[Figure]) -> Figure | None:
    """_latest over the figures themselves."""
    best: Figure | None = None
    end = start = 0
    for f in figures:
        period = f.period
        e = period.end
        if best is None or e > end or (e == end and period.start < start):
            best, end, start = f, e, period.start
    return best


def _tolerance(target: TargetT, default: float) -> float:
    if target.qualifier is not Qualifier.ABOUT:
        return 0.0
    return default if target.tolerance is None else target.tolerance


def _margin(actual: float, rate: float, target: TargetT, settings: Settings) -> float:
    if target.qualifier is Qualifier.AT_MOST:
        return rate - actual
    return actual - (rate - _tolerance(target, settings.rate_tolerance))


def _rate_status(margin: float, whole: bool, settings: Settings) -> Status:
    if whole:
        return Status.ACHIEVED if margin >= -EPSILON else Status.MISSED
    if margin >= -EPSILON:
        return Status.ON_TRACK
    if margin >= settings.at_risk_margin_pp - EPSILON:
        return Status.AT_RISK
    return Status.OFF_TRACK


def _fmt(x: float) -> str:
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.1f}"


# --------------------------------------------------------------------------
# level


class _Level:
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
        point = _base_figure(self.value_figures(base.parsed_period), base.parsed_period, unit, self.t.id,
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
            return _blank(t, None, note("no-unit")), []
        self.unit_name = unit
        try:
            b = self.base_value(unit)
            v = self.resolve(t.target, b, unit)
            s = self.resolve(t.stretch, b, unit)
        except UnitError as e:
            return _blank(t, unit, note("units-disagree", detail=e)), self.problems
        extra = dict(stretch=s, base_value=b, target=v)
        if t.base is not None and b is None and v is None:
            return _blank(t, unit, note("base-missing", base=t.base.period), **extra), self.problems
        y0 = t.base.parsed_period.end_year if t.base else None
        base_end = t.base.parsed_period.end if t.base else None
        after = -1 if base_end is None else base_end  # months as plain ints: 300,000 figures
        before = (t.due + 1) * 12  # the first month after the due year
        if t.flow:  # year to date: starts in January, ends the same year
            candidates = [f for f in self.values if after < (p := f.period).end < before
                          and p.start % 12 == 0 and p.end - p.start < 12]
        else:
            candidates = [f for f in self.values if after < f.period.end < before]
        points, problems = _convert(candidates, unit, t.id)
        self.problems.extend(problems)
        if not points:
            return _blank(t, unit, self._why_nothing(), **extra), self.problems
        plan = Trajectory(b, y0, v, t.due) if (b is not None and y0 is not None) else None
        stretch_plan = Trajectory(b, y0, s, t.due) if (plan is not None and s is not None) else None
        latest = _latest(points)
        assert latest is not None
        judged = self.judge_point(latest, v, plan, b)
        if judged is None:
            why = note("before-due-no-base", period=latest.period.iso(), period_zh=latest.period.chinese(),
                       due=t.due)
            return _blank(t, unit, why, actual=latest.value, actual_period=latest.period.iso(),
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
        ev = _evaluation(
            t, status, why,
            actual=latest.value,
            actual_period=latest.period.iso(),
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
            return a >= v * (1 - _tolerance(self.t, self.settings.level_tolerance)) - slack
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
                "missed", actual=_fmt(a), target=_fmt(v))
        if ex is None:
            return None
        if progress is None:
            # E == B: the plan expects no change from the base by now (or A is 0 for at_most).
            on_plan = a <= expected if at_most else a >= expected
            status = Status.ON_TRACK if on_plan else Status.OFF_TRACK
            return status, expected, None, time_progress, note("flat-plan")
        tol = _tolerance(t, self.settings.level_tolerance)
        if progress >= 1 - tol - EPSILON:
            status = Status.ON_TRACK
        elif progress >= self.settings.at_risk_progress - EPSILON:
            status = Status.AT_RISK
        else:
            status = Status.OFF_TRACK
        return status, expected, progress, time_progress, None

    # -- numbers behind the judgement ---------------------------------------
    def _value_for(self, period: Period) -> Point | None:
        points, _ = _convert(self.value_figures(period), self.unit_name, self.t.id)
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


# --------------------------------------------------------------------------
# growth


def _judge_growth(t: GrowthTarget, figures: Sequence[Figure], as_of: Period, settings: Settings) -> Evaluation:
    # year to date in the due year: starting in its January, ending before the next
    # and by as_of (plain ints)
    first, after = t.due * 12, min((t.due + 1) * 12, as_of.end + 1)
    yoy = Measure.YOY
    rates = [Point(f, f.value) for f in figures if f.measure is yoy and f.period.start == first and f.period.end < after]
    rates += [Point(f, f.value) for f in _rates_from_levels(figures, rates, first, after)]
    latest = _latest(rates)
    if latest is None:
        return _blank(t, "%", note("no-growth-figure", due=t.due), target=t.target.rate,
                      stretch=t.stretch.rate if t.stretch else None)
    a, whole = latest.value, latest.period.is_whole_year
    margin = _margin(a, t.target.rate, t, settings)
    stretch_status = None
    if t.stretch is not None:
        stretch_status = _rate_status(_margin(a, t.stretch.rate, t, settings), whole, settings)
    series = LazySeries(lambda: tuple(
        SeriesPoint(p.period.iso(), p.value, t.target.rate, t.stretch.rate if t.stretch else None, p.figure.source)
        for p in sorted(rates, key=lambda q: q.period.end)
    ), len(rates))
    why = (note("growth-met") if margin >= -EPSILON else note("growth-short")) if whole else None
    why = joined(why, how_made(latest.figure))
    return _evaluation(
        t, _rate_status(margin, whole, settings), why,
        actual=a,
        actual_period=latest.period.iso(),
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


def _rates_from_levels(figures: Sequence[Figure], published: Sequence[Point], first: int, after: int) -> list[Figure]:
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


# --------------------------------------------------------------------------
# cagr


class _Cagr:
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
            values, problems = _convert(whole, unit, t.id)
            self.problems.extend(problems)
        latest = _latest(values)
        why: Note | None = None
        series: Sequence[SeriesPoint] = ()
        if b is not None and b > 0 and latest is not None and latest.value > 0:
            k = latest.period.end_year
            actual_rate = growth_needed(b, latest.value, k - y0)
            goal_end = b * (1 + rate / 100) ** (y1 - y0)
            required = growth_needed(latest.value, goal_end, y1 - k) if k < y1 else None
            actual_period = latest.period.iso()
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
                rates += [Point(f, f.value) for f in _rates_from_levels(self.figures, mine, year * 12,
                                                                          min((year + 1) * 12, self.as_of.end + 1))]
            last = _latest(rates)
            if last is None:
                why = note("cagr-no-base" if b is None else "cagr-no-values", base=base.period, due=y1)
                return _blank(t, "%", why, target=rate, stretch=stretch, base_value=b), self.problems
            actual_rate, required = last.value, None
            actual_period = last.period.iso()
            decided = last.period.is_whole_year and last.period.end_year == y1
            self.sources = list(sources_of(last.figure))
            why = joined(note("cagr-fallback"), how_made(last.figure))
            latest = last
            series = LazySeries(lambda: tuple(
                SeriesPoint(p.period.iso(), p.value, rate, stretch, p.figure.source)
                for p in sorted(rates, key=lambda q: (q.period.end, q.period.months))
            ), len(rates))
        assert actual_rate is not None
        margin = _margin(actual_rate, rate, t, self.settings)
        status = _rate_status(margin, decided, self.settings)
        stretch_status = (
            _rate_status(_margin(actual_rate, stretch, t, self.settings), decided, self.settings)
            if stretch is not None else None
        )
        ev = _evaluation(
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
        point = _base_figure(self.figures, base.parsed_period, unit, self.t.id, self.problems)
        if point is None:
            return None
        if point.value <= 0:
            self.problems.append(Problem.of(point.figure.file, _place(point.figure), Reason.BAD_BASE,
                                            value=f"{point.value:g}", goal=self.t.id))
            return None
        self.sources.extend(sources_of(point.figure))
        return point.value

