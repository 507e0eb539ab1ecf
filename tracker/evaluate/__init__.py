"""The judging rules (docs/judging.md): pure functions from targets and figures to evaluations.

Nothing here reads files. ``evaluate_all`` groups the figures by region and
indicator (after aliases) and judges each target from its group;
``evaluate_target`` judges one target and always returns an Evaluation, with
``no_data`` and a note where nothing can be judged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from tracker import annual
from tracker.config import DEFAULT, Settings
from tracker.derive.combine import Composition
from tracker.derive.completion import Completion
from tracker.evaluate.cagr import CagrJudge
from tracker.evaluate.common import EPSILON, Point
from tracker.evaluate.growth import judge_growth
from tracker.evaluate.level import LevelJudge
from tracker.figure import Figure
from tracker.grouping import NameMap, group_figures, identity
from tracker.model import Evaluation, GrowthTarget, LevelTarget, Status, TargetT
from tracker.notes import joined, note
from tracker.outlook import with_outlook
from tracker.periods import Period
from tracker.problems import Problem

__all__ = ["evaluate_all", "judge_grouped", "evaluate_target", "completion_for", "group_key", "EPSILON", "Point"]


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
        ev, problems = LevelJudge(target, figures, as_of, settings).judge()
    elif isinstance(target, GrowthTarget):
        ev, problems = judge_growth(target, figures, as_of, settings), []
    else:
        known = [f for f in figures if f.period.end <= as_of.end]
        ev, problems = CagrJudge(target, known, as_of, settings).judge()
    ev = annual.with_year_numbers(target, ev)
    return with_outlook(_awaiting_final(target, ev, as_of), target, figures, as_of, settings), problems


_FINAL = (Status.ACHIEVED, Status.MISSED, Status.NO_DATA)


def _awaiting_final(target: TargetT, ev: Evaluation, as_of: Period) -> Evaluation:
    """After the due year, a goal not yet decided by its whole-year figure awaits that figure (待全年数据).

    Its numbers stay those of its latest figure; the note says which period it was judged on.
    A whole-year figure for the due year always decides (achieved or missed), so any other
    status after the due year means that figure has not come.
    """
    if as_of.end <= target.due * 12 + 11 or ev.status in _FINAL:
        return ev
    judged_on = ev.actual_period  # every evaluation not no_data names its period
    why = note("awaiting-final", due=target.due, period=judged_on.iso(), period_zh=judged_on.chinese())
    detail = joined(why, ev.note_detail)
    stretch = ev.stretch_status
    if stretch is not None and stretch not in _FINAL:
        stretch = Status.AWAITING_FINAL
    return ev.but(status=Status.AWAITING_FINAL, stretch_status=stretch, note=detail.text(), note_detail=detail)




