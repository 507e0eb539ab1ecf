"""The 简报: the written overview officials read first, as paragraphs of generated text.

    brief(evaluations, problems, as_of, previous=…, lang=…) -> [paragraph, …]

1. 总体情况: how many goals, how many achieved, on track, behind plan (at risk, off
   track), missed, awaiting the whole year's figure, without data; the lights.
2. What changed since the month compared with (named), and goals new this month.
3. The three goals furthest behind, with their numbers, and those behind plan
   several months in a row.
4. The data problems.

Every number is the one the report's table shows: the same field, rounded as
the table's number format shows it (``goal_text.shown``). Only presentation:
statuses come from the evaluator, lights from ``lights``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from tracker.config import DEFAULT, Settings
from tracker.messages import say
from tracker.model import STATUS_ORDER, Evaluation, Kind, Status, as_status
from tracker.periods import Period
from tracker.problems import ERROR, Problem
from tracker.report import goal_text as gt
from tracker.report.labels import labels_for
from tracker.report.lights import BEHIND, Light, lagging_ids, light_of
from tracker.report.previous import PreviousRun, as_previous

FURTHEST = 3  # goals named as furthest behind
MAX_CHANGES = 10  # status changes named one by one
MAX_FILES = 5  # files named in the problems paragraph


def month_text(as_of: Period, lang: str) -> str:
    return as_of.chinese() if lang == "zh" else as_of.iso()


def _gap(lang: str) -> str:
    """Between two sentences: nothing in Chinese, a space in English."""
    return "" if lang == "zh" else " "


def goal_name(ev: Evaluation, lang: str) -> str:
    return say("brief.goal", lang, region=ev.region, indicator=ev.indicator, due=ev.due)


def status_counts(evaluations: Sequence[Evaluation]) -> Counter:
    return Counter(ev.status for ev in evaluations)


def overview(evaluations: Sequence[Evaluation], as_of: Period, lang: str, settings: Settings) -> str:
    c = status_counts(evaluations)
    lights = Counter(light_of(ev, settings) for ev in evaluations)
    text = say("brief.overview", lang, month=month_text(as_of, lang), n=len(evaluations),
               achieved=c[Status.ACHIEVED], on_track=c[Status.ON_TRACK],
               behind=c[Status.AT_RISK] + c[Status.OFF_TRACK], at_risk=c[Status.AT_RISK],
               off_track=c[Status.OFF_TRACK], missed=c[Status.MISSED], awaiting=c[Status.AWAITING_FINAL],
               no_data=c[Status.NO_DATA])
    return text + _gap(lang) + say("brief.lights", lang, green=lights[Light.GREEN], yellow=lights[Light.YELLOW],
                      red=lights[Light.RED], grey=lights[Light.GREY])


def changes(evaluations: Sequence[Evaluation], previous: PreviousRun | None, lang: str) -> str:
    if previous is None:
        return say("brief.first", lang)
    lb = labels_for(lang)
    month = previous.month_text(lang) or say("brief.earlier_month", lang)
    changed, new = [], 0
    for ev in sorted(evaluations, key=_worst_first):
        before = previous.statuses.get(ev.id)
        if before is None:
            new += 1
            continue
        try:
            was = as_status(before)
        except ValueError:
            continue
        now = ev.status
        if was is not now:
            changed.append(say("brief.change_item", lang, goal=goal_name(ev, lang), before=lb.status[was],
                               now=lb.status[now]))
    if changed:
        items = say("brief.list_sep", lang).join(changed[:MAX_CHANGES])
        if len(changed) > MAX_CHANGES:
            items += say("brief.changes_more", lang)
        text = say("brief.changes", lang, month=month, n=len(changed), items=items)
    else:
        text = say("brief.no_changes", lang, month=month)
    return text + (_gap(lang) + say("brief.new_goals", lang, n=new) if new else "")


def _worst_first(ev: Evaluation) -> tuple:
    return (STATUS_ORDER.index(ev.status), ev.region, ev.indicator, ev.due or 0, ev.id)


def behind_by(ev: Evaluation) -> float | None:
    """How far behind a goal is, in points (lower is further behind): points against
    序时进度 (flows) or the goal's rate (rates), else progress against plan."""
    if ev.points_vs_time is not None:
        return ev.points_vs_time
    if ev.progress is not None:
        return (ev.progress - 1) * 100
    return None


def furthest_behind(evaluations: Sequence[Evaluation], n: int = FURTHEST) -> list[Evaluation]:
    """The ``n`` goals behind plan (at risk or off track) that are furthest behind, furthest first."""
    behind = [ev for ev in evaluations if ev.status in BEHIND and behind_by(ev) is not None]
    behind.sort(key=lambda ev: (behind_by(ev), ev.region, ev.indicator, ev.id))
    return behind[:n]


def goal_numbers(ev: Evaluation, lang: str) -> str:
    """One goal with its numbers, as the table shows them."""
    lb = labels_for(lang)
    period = gt.period_text(ev.actual_period, lb)
    if lang == "zh":
        period = period.replace("-", "—")
    goal = goal_name(ev, lang)
    if gt.is_rate_kind(ev) and ev.points_vs_time is not None and ev.actual is not None:
        return say("brief.item_rate", lang, goal=goal, period=period,
                   word=say("brief.grew" if ev.actual >= 0 else "brief.fell", lang),
                   actual=gt.shown(ev.actual, gt.actual_format(ev)),
                   direction=say("brief.higher" if ev.points_vs_time >= 0 else "brief.lower", lang),
                   points=gt.shown(ev.points_vs_time, gt.pp_format(lb)))
    if ev.kind is Kind.LEVEL and ev.points_vs_time is not None and ev.year_completion is not None:
        return say("brief.item_flow", lang, goal=goal, period=period,
                   actual=gt.shown(ev.actual, gt.actual_format(ev), sign=True), unit=ev.unit or "",
                   completion=gt.shown(ev.year_completion, gt.RATIO),
                   direction=say("brief.faster" if ev.points_vs_time >= 0 else "brief.slower", lang),
                   points=gt.shown(ev.points_vs_time, gt.pp_format(lb)))
    return say("brief.item_progress", lang, goal=goal, period=period,
               actual=gt.shown(ev.actual, gt.actual_format(ev), sign=True), unit=gt.value_unit(ev),
               progress=gt.shown(ev.progress, gt.RATIO, sign=True))


def behind(evaluations: Sequence[Evaluation], lang: str, settings: Settings,
           history: Mapping[str, Sequence[str]] | None) -> str:
    worst = furthest_behind(evaluations)
    if not worst:
        text = say("brief.behind_none", lang)
    else:
        items = say("brief.item_sep", lang).join(goal_numbers(ev, lang) for ev in worst)
        text = say("brief.behind_head", lang, n=len(worst)) + items + ("。" if lang == "zh" else ".")
    lagging = lagging_ids(evaluations, history, settings.lagging_months)
    if lagging:
        names = [goal_name(ev, lang) for ev in sorted(evaluations, key=_worst_first) if ev.id in lagging]
        items = say("brief.list_sep", lang).join(names[:MAX_CHANGES])
        if len(names) > MAX_CHANGES:
            items += say("brief.changes_more", lang)
        text += _gap(lang) + say("brief.lagging", lang, months=settings.lagging_months, n=len(names), items=items)
    return text


def outlook_text(evaluations: Sequence[Evaluation], previous: PreviousRun | None, lang: str,
                 settings: Settings) -> str:
    """What the past years say: goals behind the straight 序时进度 but on plan by past years' pace,
    and goals whose probability of being met fell below 50 % since the run compared with ("" if none)."""
    from tracker.outlook import normal_by_season

    parts = []
    seasonal = [ev for ev in sorted(evaluations, key=_worst_first) if normal_by_season(ev, settings)]
    if seasonal:
        parts.append(say("brief.seasonal", lang, goals=_names(seasonal, lang)))
    if previous is not None and previous.data:
        fell = [ev for ev in sorted(evaluations, key=_worst_first)
                if ev.probability is not None and ev.probability < 0.5
                and (previous.data.get(ev.id) or {}).get("probability") is not None
                and previous.data[ev.id]["probability"] >= 0.5]
        if fell:
            parts.append(say("brief.fell_below", lang, n=len(fell), goals=_names(fell, lang)))
    return _gap(lang).join(parts)


def _names(evaluations: Sequence[Evaluation], lang: str) -> str:
    names = [goal_name(ev, lang) for ev in evaluations]
    text = say("brief.list_sep", lang).join(names[:MAX_CHANGES])
    return text + (say("brief.changes_more", lang) if len(names) > MAX_CHANGES else "")


def problems_text(problems: Sequence[Problem], lang: str) -> str:
    if not problems:
        return say("brief.no_problems", lang)
    errors = sum(1 for p in problems if p.severity == ERROR)
    files = list(dict.fromkeys(p.file for p in problems if p.file))
    named = say("brief.list_sep", lang).join(files[:MAX_FILES])
    if len(files) > MAX_FILES:
        named += say("brief.files_more", lang, n=len(files))
    return say("brief.problems", lang, n=len(problems), errors=errors, warnings=len(problems) - errors,
               files=named or "—")


def brief(evaluations: Sequence[Evaluation], problems: Sequence[Problem], as_of: Period, *,
          previous: PreviousRun | Mapping[str, str] | None = None, lang: str = "zh",
          settings: Settings = DEFAULT, history: Mapping[str, Sequence[str]] | None = None) -> list[str]:
    """The 简报's paragraphs. ``previous``: the run compared with (a PreviousRun names its month);
    ``history``: each goal's statuses in the runs before, newest first (连续N个月滞后)."""
    labels_for(lang)  # an unknown language fails here
    prev = as_previous(previous)
    paragraphs = [
        overview(evaluations, as_of, lang, settings),
        changes(evaluations, prev, lang),
        behind(evaluations, lang, settings, history),
        outlook_text(evaluations, prev, lang, settings),
        problems_text(problems, lang),
    ]
    return [p for p in paragraphs if p]


__all__ = ["brief", "furthest_behind", "goal_numbers", "behind_by"]
