"""The year's own numbers of a goal: this year's planned value and how the figure stands against it.

A goal due in 2026 and judged on 2024's figures should not read 完成率 25.7% beside
序时进度 75%: the 2026 target is not this year's. This year's planned value is the
trajectory's ``T(y)`` for the figure's year ``y`` (docs/judging.md, the plan's path), and officials say

- 年度完成率 = A / T(y) (flows: a year-to-date figure against the whole year's plan),
- 快于/慢于序时进度 N个百分点, N = (年度完成率 − 序时进度) × 100 (flows),
- 高于/低于目标 N个百分点, N = A − t (growth and average growth; not ``margin_pp``,
  which for 左右 is measured from t − tol because it decides the status).

``with_year_numbers`` adds them to an evaluation; nothing here changes a status.
Left out (None): stocks (``flow: false``, a level at a date has no 序时进度), a
figure from before the due year without a base (no trajectory), and 序时进度 for
``at_most`` goals (using less than the plan is not "behind").
"""

from __future__ import annotations

from tracker.model import Evaluation, Kind, LevelTarget, Qualifier, TargetT
from tracker.trajectory import Trajectory


def year_of(ev: Evaluation) -> int | None:
    """The year of the evaluation's figure (None without one)."""
    return None if ev.actual_period is None else ev.actual_period.end_year


def level_year_target(target: LevelTarget, ev: Evaluation, year: int) -> float | None:
    """T(year) for a level goal in the evaluation's unit: the trajectory's value, or the
    target itself in the due year (no base: only the due year has a plan)."""
    v, b = ev.target, ev.base_value
    if v is None:
        return None
    if b is not None and target.base is not None:
        y0 = target.base.parsed_period.end_year
        if year <= y0:
            return None
        return Trajectory(b, y0, v, target.due).annual(year)
    return v if year == target.due else None


def year_numbers(target: TargetT, ev: Evaluation) -> tuple[float | None, float | None, float | None]:
    """(year_target, year_completion, points_vs_time) for a judged goal."""
    if ev.actual is None or ev.target is None:
        return None, None, None
    if ev.kind in (Kind.GROWTH, Kind.CAGR):
        return ev.target, None, ev.actual - ev.target
    if not isinstance(target, LevelTarget) or not target.flow:
        return None, None, None
    year = year_of(ev)
    if year is None:
        return None, None, None
    planned = level_year_target(target, ev, year)
    if planned is None or planned <= 0:
        return planned, None, None
    completion = ev.actual / planned
    if target.qualifier is Qualifier.AT_MOST or ev.time_progress is None:
        return planned, completion, None
    return planned, completion, (completion - ev.time_progress) * 100


def with_year_numbers(target: TargetT, ev: Evaluation) -> Evaluation:
    """The evaluation with year_target, year_completion and points_vs_time filled in."""
    year_target, completion, points = year_numbers(target, ev)
    if year_target is None and completion is None and points is None:
        return ev
    return ev.but(year_target=year_target, year_completion=completion, points_vs_time=points)
