"""``tracker explain TARGET_ID``: a goal's judgement, number by number, with every figure behind it
and how a derived figure was made."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.derive import leaves, sources_of
from tracker.derive.explain import how_made
from tracker.figure import Cell, Figure, Measure
from tracker.messages import say
from tracker.model import Evaluation, Kind, LevelTarget
from tracker.report.labels import labels_for

__all__ = ["explain_lines"]


def _num(x: float | None, unit: str = "") -> str:
    if x is None:
        return "—"
    text = f"{x:,.4f}".rstrip("0").rstrip(".") if abs(x) < 1e6 else f"{x:,.1f}"
    return f"{text} {unit}".rstrip()


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.1f}%"


def _figure_line(f: Figure, lang: str) -> str:
    period = f.period.chinese() if lang == "zh" else f.period.iso()
    measure = ("同比" if lang == "zh" else "yoy") if f.measure is Measure.YOY else ("数值" if lang == "zh" else "value")
    return say("explain.figure", lang, period=period, measure=measure, value=_num(f.value), unit=f.unit,
               source=str(f.source))


def _the_actual(ev: Evaluation, figures: Sequence[Figure]) -> Figure | None:
    """The figure A is, among a goal's completed figures: the one for its period whose sources lead its own."""
    found = [f for f in figures if f.period == ev.actual_period]
    for f in found:
        mine = sources_of(f)
        if tuple(ev.sources[: len(mine)]) == mine:
            return f
    return found[0] if found else None


def explain_lines(outcome, target_id: str, lang: str = "zh") -> list[str] | None:
    """The lines ``tracker explain`` prints for ``target_id``; None when no goal has that id."""
    from tracker.evaluate import completion_for, group_key

    inputs = outcome.inputs
    target = next((t for t in inputs.targets if t.id == target_id), None)
    ev = next((e for e in outcome.evaluations if e.id == target_id), None)
    if target is None or ev is None:
        return None
    lb = labels_for(lang)
    unit = ev.unit or ""
    target_text = (f"{lb.qualifier[ev.qualifier]}{_num(ev.target, unit)}" if ev.kind is Kind.LEVEL
                   else f"{lb.qualifier[ev.qualifier]}{_num(ev.target)}%")
    lines = [
        say("explain.goal", lang, id=ev.id, title=ev.title),
        say("explain.what", lang, region=ev.region, indicator=ev.indicator, kind=lb.kind[ev.kind], due=ev.due,
            target=target_text),
        say("explain.status", lang, as_of=outcome.as_of.iso(), status=lb.status[ev.status]),
    ]
    note = ev.note_detail.text(lang) if ev.note_detail is not None else ev.note
    if note:
        lines.append(say("explain.note", lang, note=note))
    if ev.actual is not None:
        lines.append("")
        period = ev.actual_period
        lines.append(say("explain.actual", lang, value=_num(ev.actual, unit),
                         period=period.chinese() if lang == "zh" else period.iso()))
    completion = completion_for(inputs.grouped(), inputs.composition, outcome.as_of)
    region, indicator = group_key(target, inputs.aliases)
    chained = not (isinstance(target, LevelTarget) and not target.flow)
    actual = _the_actual(ev, completion.figures(region, indicator, chained)) if ev.actual_period else None
    shown: set[Cell] = set()
    if actual is not None and actual.made is not None:
        how = how_made(actual)
        lines.append(say("explain.made", lang, how=how.text(lang) if how else ""))
        parts = leaves(actual)
        lines += [_figure_line(f, lang) for f in parts]
        shown = {f.source for f in parts}
    by_source = {f.source: f for f in inputs.figures}
    used = [by_source[s] for s in ev.sources if s in by_source and s not in shown]
    if used or not shown:
        lines.append(say("explain.other" if shown else "explain.used", lang))
        lines += [_figure_line(f, lang) for f in used] or [say("explain.none", lang)]
    lines.append("")
    if ev.base_value is not None:
        lines.append(say("explain.base", lang, value=_num(ev.base_value, unit), period=ev.base_period))
    if ev.time_progress is not None:
        lines.append(say("explain.time", lang, m=round(ev.time_progress * 12), value=_pct(ev.time_progress)))
    if ev.expected is not None:
        lines.append(say("explain.expected", lang, value=_num(ev.expected, unit)))
    if ev.progress is not None:
        b = 0.0 if ev.base_value is None or ev.time_progress is None else ev.base_value * ev.time_progress
        if ev.base_value is not None and ev.time_progress is None:
            b = ev.base_value
        lines.append(say("explain.progress", lang, value=_pct(ev.progress), b=_num(b, unit)))
    if ev.completion is not None:
        lines.append(say("explain.completion", lang, value=_pct(ev.completion)))
    if ev.margin_pp is not None:
        lines.append(say("explain.margin", lang, value=_num(ev.margin_pp)))
    if ev.required_rate is not None:
        lines.append(say("explain.required", lang, value=_num(ev.required_rate)))
    if ev.projected is not None:
        lines.append(say("explain.projected", lang, value=_num(ev.projected, unit)))
    return lines
