"""The report's other sheets: 趋势 (trends), 数据 (figures), 问题 (problems), 说明 (method)."""

from __future__ import annotations

from dataclasses import fields
from datetime import datetime
from itertools import compress
from operator import attrgetter
from typing import Sequence

from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from tracker.config import Settings
from tracker.figure import Cell, Figure, Measure
from tracker.model import STATUS_ORDER, Evaluation, Kind, SeriesPoint, actual_points
from tracker.periods import Period, PeriodError, parse_period
from tracker.problems import Problem
from tracker.report import goal_text as gt
from tracker.report.cells import (
    BOX, FONT_NAME, FONT_SIZE, HEADER_ALIGN, HEADER_FILL, HEADER_FONT, TITLE_FONT, WRAP_TOP,
    LEFT, header_row, print_setup, put, status_fill, status_font,
)
from tracker.report.fit import fit_columns, fit_rows
from tracker.report.header import beijing
from tracker.report.labels import Labels
from tracker.report.rows import TableRows

# -- 趋势 ---------------------------------------------------------------------

CHART_COL = "F"
CHART_ROWS = 18  # rows one chart takes (7.5 cm at the default row height), with a gap
#: At most this many goals get a trend block (worst first). A province's thousands of
#: goals would otherwise make thousands of charts: minutes to write, unreadable to use.
MAX_TRENDS = 100


def chartable(ev: Evaluation) -> bool:
    """Two or more figures make a line (counted without making a lazy series)."""
    return actual_points(ev.series) >= 2


def trend_goals(evaluations: Sequence[Evaluation]) -> list[Evaluation]:
    """The goals the trends sheet shows: chartable ones, in the order given (worst first), at most MAX_TRENDS."""
    return [ev for ev in evaluations if chartable(ev)][:MAX_TRENDS]


def write_trends(ws: Worksheet, evaluations: Sequence[Evaluation], lb: Labels) -> None:
    """One block per goal: its series as a small table and a line chart beside it."""
    total = sum(1 for ev in evaluations if chartable(ev))
    goals = trend_goals(evaluations)
    put(ws, 1, 1, lb.sheet("trends"), font=TITLE_FONT)
    if not goals:
        put(ws, 3, 1, lb.w("no_trends"))
    elif total > len(goals):
        put(ws, 2, 1, lb.w("trends_capped", total=total, shown=len(goals)))
    rows = TableRows(ws, 3)
    row = 3
    for ev in goals:
        row = _trend_block(rows, row, ev, lb)
    for col, width in zip("ABCD", (18, 12, 12, 12)):
        ws.column_dimensions[col].width = width
    print_setup(ws, landscape=False)


def yearly_rows(series: Sequence[SeriesPoint], lb: Labels) -> tuple[list[str], list[list]] | None:
    """A series that mixes whole years and year-to-date figures, one row per year, or None when it does not.

    Columns: the year; the whole year's actual, plan (and stretch); the latest
    figure's months (1—10月) actual and plan, in columns of their own. A whole
    year and a year to date are never on one line: 2023年 1600 → 2024年1-9月 900
    would draw a false cliff. The whole year's plan for a year known only by its
    months is T(y) = E·12/m (docs/judging.md: E = T(y)·m/12). Other spans are left out.
    """
    parsed = []
    for p in series:
        try:
            parsed.append((parse_period(p.period), p))
        except PeriodError:
            return None
    whole = [(q, p) for q, p in parsed if q.is_whole_year]
    ytd = [(q, p) for q, p in parsed if not q.is_whole_year and q.start_month == 1 and q.start_year == q.end_year]
    if not whole or not ytd:
        return None
    months = max(ytd, key=lambda qp: qp[0].end)[0].end_month
    has_stretch = any(p.stretch is not None for _, p in parsed)
    years: dict[int, list] = {}

    def row(year: int) -> list:
        return years.setdefault(year, [None] * (6 if has_stretch else 5))

    for q, p in whole:
        r = row(q.end_year)
        r[0], r[1] = p.actual, p.planned if p.planned is not None else r[1]
        if has_stretch:
            r[2] = p.stretch if p.stretch is not None else r[2]
    at = 3 if has_stretch else 2
    for q, p in ytd:
        if q.end_month != months:
            continue
        r = row(q.end_year)
        r[at], r[at + 1] = p.actual, p.planned
        if p.planned is not None and r[1] is None:
            r[1] = p.planned * 12 / months
        if has_stretch and p.stretch is not None and r[2] is None:
            r[2] = p.stretch * 12 / months
    span = lb.w("months_span", months=months)
    headers = [lb.w("year"), lb.w("whole_actual"), lb.w("whole_plan")] + ([lb.col("stretch")] if has_stretch else [])
    headers += [lb.w("ytd_actual", span=span), lb.w("ytd_plan", span=span)]
    label = (lambda y: f"{y}年") if lb.lang == "zh" else str
    return headers, [[label(y)] + years[y] for y in sorted(years)]


def _trend_block(rows: TableRows, top: int, ev: Evaluation, lb: Labels) -> int:
    ws = rows.ws
    fmt = gt.series_format(ev)
    heading = lb.w("trend_title", region=ev.region, indicator=ev.indicator)
    goal = gt.goal_text(ev, lb)
    rows.append([(f"{heading}：{goal}" if lb.lang == "zh" and goal else f"{heading}: {goal}" if goal else heading,
                  rows.style(font=HEADER_FONT))], row=top)
    header = rows.style(font=HEADER_FONT, fill=HEADER_FILL, align=HEADER_ALIGN, border=BOX)
    period, number = rows.style(), rows.style(fmt=fmt)
    yearly = yearly_rows(ev.series, lb) if ev.kind is Kind.LEVEL else None
    if yearly is not None:
        headers, body = yearly
        rows.append([(text, header) for text in headers])
        for values in body:
            rows.append([(values[0], period)] + [(v, number) for v in values[1:]])
        styles = _YEARLY_STYLES[len(headers) - 1]
    else:
        has_plan = any(p.planned is not None for p in ev.series)
        has_stretch = any(p.stretch is not None for p in ev.series)
        headers = [lb.col("period"), lb.w("actual_series")]
        headers += [lb.col("planned")] if has_plan else []
        headers += [lb.col("stretch")] if has_stretch else []
        rows.append([(text, header) for text in headers])
        body = list(ev.series)
        for p in body:
            values = [p.actual] + ([p.planned] if has_plan else []) + ([p.stretch] if has_stretch else [])
            rows.append([(gt.period_text(p.period, lb), period)] + [(v, number) for v in values])
        styles = _STYLES
    first = top + 2
    last = first + len(body) - 1

    chart = LineChart()
    chart.title = heading
    chart.style = 2
    chart.height, chart.width = 7.5, 16
    chart.y_axis.title = gt.series_unit(ev)
    chart.y_axis.number_format = '0"%"' if fmt == gt.PERCENT else "#,##0"  # whole numbers on the axis
    chart.y_axis.majorGridlines = chart.y_axis.majorGridlines  # keep the default grid
    chart.x_axis.delete = False  # openpyxl 3.1 hides axes unless told otherwise
    chart.y_axis.delete = False
    chart.legend.position = "b"
    data = Reference(ws, min_col=2, max_col=len(headers), min_row=top + 1, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    chart.display_blanks = "gap"  # a missing value breaks the line, never joins across it
    for series, (colour, dash, marker) in zip(chart.series, styles):
        series.graphicalProperties.line.solidFill = colour
        series.graphicalProperties.line.width = 22000 if marker else 15000
        if dash:
            series.graphicalProperties.line.dashStyle = dash
        if marker:
            series.marker.symbol = marker
            series.marker.size = 6
            series.marker.graphicalProperties.solidFill = colour
            series.marker.graphicalProperties.line.solidFill = colour
        else:
            series.marker.symbol = "none"
        series.smooth = False
    ws.add_chart(chart, f"{CHART_COL}{top}")
    return top + max(CHART_ROWS, len(ev.series) + 4)


# actual: dark blue with markers; plan: orange dashes (grey would vanish on a gridline); stretch: green dots
_STYLES = [("1F4E79", None, "circle"), ("C55A11", "dash", None), ("548235", "sysDot", None)]
#: by the number of value columns: whole year (actual, plan[, stretch]), then year to date (actual, plan)
_YEARLY_STYLES = {
    4: [("1F4E79", None, "circle"), ("C55A11", "dash", None), ("2E75B6", None, "diamond"), ("F4B183", "sysDash", None)],
    5: [("1F4E79", None, "circle"), ("C55A11", "dash", None), ("548235", "sysDot", None), ("2E75B6", None, "diamond"),
        ("F4B183", "sysDash", None)],
}


# -- 数据 ---------------------------------------------------------------------

NOTE_FONT = Font(name=FONT_NAME, size=FONT_SIZE, italic=True)


def used_figures(figures: Sequence[Figure], evaluations: Sequence[Evaluation],
                 charted: Sequence[Evaluation] | None = None) -> list[tuple[Figure, list[str]]]:
    """The figures some evaluation used (by source cell), each with the goals that used it.

    A goal's judgement uses ``ev.sources``; the series behind its trend chart counts
    too for the goals in ``charted`` (None: every goal).
    """
    users: dict[Cell, list[str]] = {}
    charted_ids = None if charted is None else {ev.id for ev in charted}
    for ev in evaluations:
        cells = list(ev.sources)
        if charted_ids is None or ev.id in charted_ids:
            cells += [p.source for p in ev.series if p.source]
        for source in dict.fromkeys(cells):
            users.setdefault(source, []).append(ev.id)
    seen: set[tuple] = set()
    out = []
    if not isinstance(figures, (list, tuple)):
        figures = list(figures)  # read twice below
    # a province has some 500,000 figures and uses a few percent: pick them without a Python loop
    for f in compress(figures, map(users.__contains__, map(attrgetter("source"), figures))):
        if (f.source, f.key) not in seen:
            seen.add((f.source, f.key))
            out.append((f, sorted(set(users[f.source]))))
    out.sort(key=lambda fu: (fu[0].region, fu[0].indicator, fu[0].period, Measure(fu[0].measure).value,
                             str(fu[0].source)))
    return out


def write_figures(ws: Worksheet, figures: Sequence[Figure], evaluations: Sequence[Evaluation], lb: Labels,
                  charted: Sequence[Evaluation] | None = None) -> None:
    keys = ["region", "indicator", "period", "measure", "value", "unit", "cell", "revised_from", "used_by"]
    put(ws, 1, 1, lb.w("figures_note"), font=NOTE_FONT)
    header_row(ws, 2, [lb.col(k) for k in keys])
    used = used_figures(figures, evaluations, charted)
    rows = TableRows(ws, 3)
    plain, users_style = rows.style(), rows.style(align=WRAP_TOP)
    sep = "、" if lb.lang == "zh" else ", "
    for f, users in used:
        measure = Measure(f.measure)
        number = rows.style(fmt=gt.PERCENT if measure is Measure.YOY else gt.number_format(f.unit))
        period = gt.period_text(f.period.iso(), lb) if isinstance(f.period, Period) else str(f.period)
        rows.append(((f.region, plain), (f.indicator, plain), (period, plain), (lb.measure[measure], plain),
                     (f.value, number), ("%" if measure is Measure.YOY else f.unit, plain), (str(f.source), users_style),
                     (f.revised_from, number), (sep.join(users), users_style)))
    made = [ev for ev in evaluations if ev.derivation is not None and ev.actual_period]
    for ev in made:  # figures made from others: how, in the source column
        measure = Measure.VALUE if ev.kind is Kind.LEVEL else Measure.YOY
        number = rows.style(fmt=gt.PERCENT if measure is Measure.YOY else gt.number_format(ev.unit or ""))
        rows.append(((ev.region, plain), (ev.indicator, plain), (gt.period_text(ev.actual_period, lb), plain),
                     (lb.measure[measure], plain), (ev.actual, number), (ev.unit, plain),
                     (ev.derivation.text(lb.lang), users_style), (None, number), (ev.id, users_style)))
    if not used and not made:
        put(ws, 3, 1, lb.w("no_figures"))
    last = max(3, 2 + len(used) + len(made))
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:I{last}"
    fit_columns(ws, 2, [(8, 14), (10, 24), (9, 16), (8, 14), (10, 14), (6, 8), (16, 40), (10, 12), (12, 30)],
                rows=rows)
    fit_rows(ws, 3, rows=rows)
    print_setup(ws, title_rows="2:2")


# -- 问题 ---------------------------------------------------------------------


def write_problems(ws: Worksheet, problems: Sequence[Problem], lb: Labels) -> None:
    header_row(ws, 1, [lb.col("file"), lb.col("place"), lb.col("message"), lb.col("reason"), lb.col("severity")])
    rows = TableRows(ws, 2)  # a bad month can bring thousands
    wraps, plain = rows.style(align=WRAP_TOP), rows.style()
    for p in sorted(problems, key=lambda p: p.severity != "error"):  # errors first, then warnings
        rows.append(((p.file, wraps), (p.where(lb.lang), plain), (p.text(lb.lang), wraps), (p.reason, plain),
                     (lb.w("severity_" + p.severity), plain)))
    if not problems:
        put(ws, 2, 1, lb.w("no_problems"))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:E{max(2, 1 + len(problems))}"
    fit_columns(ws, 1, [(10, 36), (8, 16), (30, 80), (8, 18), (4, 8)], rows=rows)
    fit_rows(ws, 2, rows=rows)
    print_setup(ws, title_rows="1:1")


# -- 说明 ---------------------------------------------------------------------

_SETTING_WORDS = {
    "zh": {
        "at_risk_progress": "风险线：进度（低于即为明显滞后）",
        "at_risk_margin_pp": "风险线：增速差（个百分点）",
        "level_tolerance": "“左右”容差：总量（相对）",
        "rate_tolerance": "“左右”容差：增速（个百分点）",
    },
    "en": {
        "at_risk_progress": "At-risk line: progress (below is off track)",
        "at_risk_margin_pp": "At-risk line: growth margin (pp)",
        "level_tolerance": "'About' tolerance: levels (relative)",
        "rate_tolerance": "'About' tolerance: rates (pp)",
    },
}


def write_method(ws: Worksheet, as_of: Period, settings: Settings, lb: Labels, *, generated_at: datetime,
                 run_id: str | None, version: str) -> None:
    put(ws, 1, 1, lb.w("method_title"), font=TITLE_FONT)
    row = 3
    facts = [(lb.w("as_of"), as_of.iso()), (lb.w("generated"), lb.w("beijing_time", time=beijing(
                 generated_at).strftime("%Y-%m-%d %H:%M"))),
             (lb.w("version"), f"plan tracker {version}")]
    if run_id:
        facts.append((lb.w("run"), run_id))
    for key, value in facts:
        put(ws, row, 1, key, font=HEADER_FONT)
        put(ws, row, 2, value)
        row += 1
    row += 1
    put(ws, row, 1, lb.w("thresholds"), font=HEADER_FONT)
    row += 1
    words = _SETTING_WORDS[lb.lang]
    for f in fields(settings):
        if f.name not in words:
            continue
        put(ws, row, 1, words[f.name])
        put(ws, row, 2, getattr(settings, f.name), fmt="0.00##", align=LEFT)
        row += 1
    row += 1
    params = {
        "as_of": as_of.iso(),
        "at_risk_progress": settings.at_risk_progress,
        "at_risk_margin_abs": abs(settings.at_risk_margin_pp),
        "level_tolerance": settings.level_tolerance,
        "rate_tolerance": settings.rate_tolerance,
    }
    by_label = {lb.status[s]: s for s in STATUS_ORDER}
    for heading, text in lb.method:
        status = by_label.get(heading)
        put(ws, row, 1, heading, font=status_font(status) if status else HEADER_FONT,
            fill=status_fill(status) if status else None)
        put(ws, row, 2, text.format(**params), align=WRAP_TOP)
        row += 1
    ws.column_dimensions["A"].width = 36
    ws.column_dimensions["B"].width = 90
    fit_rows(ws, 1)
    print_setup(ws, landscape=False)
