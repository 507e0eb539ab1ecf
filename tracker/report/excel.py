"""The Excel report: a workbook for officials, built from Evaluations.

Sheets: 简报 (the written overview, lights by group: one portrait page for
leaders), 汇总 (one row per goal, worst first, with its light), 排名 (regions
ranked), 趋势 (line charts), 数据 (the figures used), 问题 (problems in the
inputs), 说明 (method and thresholds).
This module builds the summary and composes the workbook; the other sheets
are in ``sheets.py``. Nothing here judges: statuses come from the evaluator.
"""

from __future__ import annotations

import math
from collections import Counter
from datetime import datetime, timezone
from typing import Any, Mapping, Sequence

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

import tracker
from tracker.config import DEFAULT, Settings
from tracker.figure import Figure
from tracker.model import STATUS_ORDER, Evaluation, Status, as_status
from tracker.periods import Period
from tracker.problems import Problem
from tracker.report import goal_text as gt
from tracker.report import sheets
from tracker.report.brief_sheet import group_key as group_of
from tracker.report.brief_sheet import write_brief_sheet
from tracker.report.cells import (
    BODY_FONT, CENTER, CHANGE_FILL, HEADER_FONT, TITLE_FONT, TOP, WRAP_CENTER, WRAP_TOP,
    LINE_HEIGHT, body_font, display_width, header_row, light_fill, light_font, print_setup, put, status_fill, status_font,
)
from tracker.report.fit import fit_columns, fit_rows
from tracker.report.header import SourceNotes, header_lines, report_title, source_notes
from tracker.report.labels import Labels, labels_for
from tracker.report.lights import Light, lagging_ids, light_of
from tracker.report.previous import PreviousRun, as_previous
from tracker.report.rank_sheet import write_ranking
from tracker.report.ranking import rank_groups
from tracker.report.rows import ReportWorkbook, TableRows

HEADER_ROW = 3  # the title, the header block (报送单位, month, time), then the table's header
FIRST_ROW = HEADER_ROW + 1

#: Summary columns: key, (min width, max width), wraps. The printed page holds the
#: columns up to PRINTED (A4 landscape at a legible size); the rest are for the screen.
_COLUMNS: tuple[tuple[str, tuple[int, int], bool], ...] = (
    ("group", (8, 10), True),
    ("region", (6, 8), True),
    ("indicator", (8, 10), True),
    ("goal", (10, 14), True),
    ("owner", (8, 10), True),
    ("due", (5, 5), False),
    ("actual", (8, 9), False),
    ("unit", (4, 4), False),
    ("period", (8, 9), True),
    ("year_target", (8, 9), False),
    ("year_completion", (6, 6), False),
    ("time_progress", (6, 6), False),
    ("points", (7, 7), False),
    ("light", (4, 7), False),  # 绿 / yellow
    ("probability", (5, 6), False),  # 完成概率, beside the light
    ("status", (8, 8), True),
    ("previous", (8, 8), True),
    ("required_rate", (6, 6), False),
    ("source", (4, 4), False),
    # not printed
    ("change", (6, 6), False),
    ("completion_due", (8, 9), False),
    ("plan_progress", (9, 10), False),
    ("gap", (11, 12), False),
    ("projected_due", (10, 11), False),
    # not wrapped: the printed rows stay as high as their printed text
    ("note", (12, 40), False),
    ("title", (16, 40), False),
    ("id", (8, 26), False),
)
PRINTED = "source"  # the last printed column

def status_of(ev: Evaluation) -> Status:
    return ev.status


def sort_key(ev: Evaluation) -> tuple:
    """Worst first; within a status by region, indicator, due year and id."""
    return (STATUS_ORDER.index(ev.status), ev.region, ev.indicator, ev.due or 0, ev.id)


def counts_text(evaluations: Sequence[Evaluation], lb: Labels) -> str:
    counts = Counter(ev.status for ev in evaluations)
    parts = " · ".join(f"{lb.status[s]} {counts.get(s, 0)}" for s in STATUS_ORDER)
    return lb.w("counts", n=len(evaluations), parts=parts)


def _previous_status(value: str | None) -> Status | None:
    try:
        return None if value is None else as_status(value)
    except ValueError:
        return None


def _change(now: Status, before: Status | None, known: bool, lb: Labels) -> tuple[str, str | None]:
    """The change column's text and font colour (None when unchanged)."""
    if not known:
        return lb.w("new"), "1F4E79"
    if before is None or before is now:
        return lb.w("same"), None
    better = STATUS_ORDER.index(now) > STATUS_ORDER.index(before)
    return (lb.w("improved"), "006100") if better else (lb.w("worsened"), "9C0006")


def _summary_columns(evaluations: Sequence[Evaluation], previous: PreviousRun | None, notes: SourceNotes,
                     group_by: str | None) -> list[tuple[str, tuple[int, int], bool]]:
    """The columns; last month's status only where an earlier run exists, the others only when any goal has them."""
    dropped = set() if previous is not None else {"previous", "change"}
    if group_by != "tags":
        dropped.add("group")
    if not notes.any:
        dropped.add("source")
    if not any(ev.note for ev in evaluations):
        dropped.add("note")
    if not any(ev.owner for ev in evaluations):
        dropped.add("owner")
    if not any(ev.required_rate is not None for ev in evaluations):
        dropped.add("required_rate")
    if all(ev.probability is None for ev in evaluations):
        dropped.add("probability")
    return [c for c in _COLUMNS if c[0] not in dropped]


def _row_values(ev: Evaluation, lb: Labels, notes: SourceNotes) -> dict[str, tuple[Any, str | None]]:
    """Column key -> (value, number format) for one goal."""
    return {
        "region": (ev.region, None),
        "indicator": (ev.indicator, None),
        "goal": (gt.goal_text(ev, lb), None),
        "owner": (ev.owner, None),
        "due": (ev.due, "0"),
        "actual": (ev.actual, gt.actual_format(ev)),
        "unit": (gt.value_unit(ev), None),
        "period": (gt.period_text(ev.actual_period, lb), None),
        "year_target": (ev.year_target, gt.actual_format(ev)),
        "year_completion": (ev.year_completion, gt.RATIO),
        "completion_due": (ev.completion, gt.RATIO),
        "plan_progress": (ev.progress, gt.RATIO),
        "time_progress": (ev.time_progress, gt.RATIO),
        "points": (ev.points_vs_time, gt.POINTS),
        "probability": (ev.probability, "0%"),
        "gap": (gt.gap_value(ev), gt.gap_format(ev, lb)),
        "required_rate": (ev.required_rate, gt.PERCENT),
        "projected_due": (ev.projected, gt.projected_format(ev)),
        "source": (notes.label(ev.id), None),
        "title": (ev.title, None),
        "note": (gt.note_text(ev, lb), None),
        "id": (ev.id, None),
    }


def write_summary(ws: Worksheet, evaluations: Sequence[Evaluation], as_of: Period, lb: Labels,
                  previous: PreviousRun | None, *, settings: Settings = DEFAULT, notes: SourceNotes | None = None,
                  header: Sequence[str] = (), lagging: set[str] | None = None, group_by: str | None = None) -> None:
    notes = notes if notes is not None else SourceNotes((), {}, lb.lang)
    lagging = lagging or set()
    columns = _summary_columns(evaluations, previous, notes, group_by)
    keys = [k for k, _, _ in columns]
    last_col = get_column_letter(len(columns))
    printed = max(i for i, k in enumerate(keys, 1) if k in _PRINTED_KEYS)  # columns on the printed page
    printed_col = get_column_letter(printed)

    title = report_title(as_of, settings, lb.lang)
    put(ws, 1, 1, title, font=TITLE_FONT, align=TOP)
    ws.merge_cells(f"A1:{printed_col}1")
    ws.row_dimensions[1].height = 24
    put(ws, 2, 1, "　　".join(list(header) + [counts_text(evaluations, lb)]), align=WRAP_TOP)
    ws.merge_cells(f"A2:{printed_col}2")  # wraps within the printed width (its height is set below)
    header_row(ws, HEADER_ROW, [_column_header(k, lb, previous) for k in keys])
    ws.row_dimensions[HEADER_ROW].height = 44

    rows = TableRows(ws, FIRST_ROW)
    style = rows.style
    plain = {False: style(align=TOP), True: style(align=WRAP_TOP)}  # by whether the column wraps
    light_styles = {light: style(fill=light_fill(light), font=light_font(light), align=CENTER) for light in Light}
    statuses = previous.statuses if previous is not None else {}
    ordered = sorted(evaluations, key=lambda ev: (group_of(ev, group_by),) + sort_key(ev)) if group_by == "tags" \
        else sorted(evaluations, key=sort_key)
    lagging_text = lb.w("lagging", n=settings.lagging_months)
    for ev in ordered:
        values = _row_values(ev, lb, notes)
        status = ev.status
        cells = []
        for key, _, wraps in columns:
            if key == "previous":
                before = _previous_status(statuses.get(ev.id))
                text = lb.status[before] if before else (statuses.get(ev.id) or "")
                cells.append((text, style(fill=status_fill(before) if before else None,
                                          font=status_font(before) if before else BODY_FONT,
                                          align=WRAP_CENTER)))
            elif key == "change":
                known = ev.id in statuses
                text, colour = _change(status, _previous_status(statuses.get(ev.id)), known, lb)
                changed = colour is not None
                cells.append((text, style(fill=CHANGE_FILL if changed else None, align=CENTER,
                                          font=body_font(bold=changed, color=colour))))
            elif key == "status":  # 连续N个月滞后 under the status: no column of its own on the page
                text = lb.status[status] + ("\n" + lagging_text if ev.id in lagging else "")
                cells.append((text, style(fill=status_fill(status), font=status_font(status), align=WRAP_CENTER)))
            elif key == "light":
                light = light_of(ev, settings)
                cells.append((lb.light[light], light_styles[light]))
            elif key == "group":
                cells.append((group_of(ev, group_by) or lb.w("no_group"), plain[True]))
            else:
                value, fmt = values[key]
                cells.append((value, plain[wraps] if fmt is None else
                               style(fmt=fmt, align=WRAP_TOP if wraps else TOP)))
        rows.append(cells)
    row = rows.last_row
    last_table_row = max(row, FIRST_ROW)
    # the sources, once each, under the table
    note_rows = notes.lines()
    if note_rows:
        rows.append([(lb.w("sources_head"), style(font=HEADER_FONT))], row=last_table_row + 2)
        for text in note_rows:
            rows.append([(text, plain[False])])

    ws.freeze_panes = f"D{FIRST_ROW}" if group_by == "tags" else f"C{FIRST_ROW}"
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last_table_row}"
    fit_columns(ws, HEADER_ROW, [limits for _, limits, _ in columns], rows=rows)
    fit_rows(ws, HEADER_ROW, rows=rows)
    printed_width = sum(ws.column_dimensions[get_column_letter(c)].width or 8.43 for c in range(1, printed + 1))
    lines = max(1, math.ceil(display_width(ws["A2"].value or "") / max(1.0, printed_width - 2)))
    ws.row_dimensions[2].height = lines * LINE_HEIGHT + 2
    print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    ws.page_margins.left = ws.page_margins.right = 0.3
    # the columns after the growth needed and the sources are for the screen, not the printed page
    ws.print_area = f"A1:{printed_col}{rows.last_row}"


_PRINTED_KEYS = {k for k, _, _ in _COLUMNS[: [c[0] for c in _COLUMNS].index(PRINTED) + 1]}


def _column_header(key: str, lb: Labels, previous: PreviousRun | None) -> str:
    if key == "previous" and previous is not None:
        month = previous.month_text(lb.lang)
        if month:
            return lb.w("previous_month", month=month)
    return lb.col(key)


def build_workbook(evaluations: Sequence[Evaluation], figures: Sequence[Figure], problems: Sequence[Problem],
                   as_of: Period, *, settings: Settings = DEFAULT, lang: str = "zh",
                   previous: PreviousRun | Mapping[str, str] | None = None, generated_at: datetime,
                   run_id: str | None = None, history: Mapping[str, Sequence[str]] | None = None,
                   group_by: str | None = None) -> ReportWorkbook:
    lb = labels_for(lang)
    prev = as_previous(previous)
    wb = ReportWorkbook()
    ordered = sorted(evaluations, key=sort_key)
    lagging = lagging_ids(evaluations, history, settings.lagging_months)
    header = header_lines(as_of, settings, lang, generated_at)
    notes = source_notes(ordered, figures, lang)

    first = wb.active
    first.title = lb.sheet("brief")
    write_brief_sheet(first, evaluations, problems, as_of, lb, settings=settings, previous=prev, history=history,
                      header=header, group_by=group_by)
    write_summary(wb.create_sheet(lb.sheet("summary")), evaluations, as_of, lb, prev, settings=settings,
                  notes=notes, header=header, lagging=lagging, group_by=group_by)
    write_ranking(wb.create_sheet(lb.sheet("ranking")), rank_groups(evaluations, prev.data if prev else None), lb)
    sheets.write_trends(wb.create_sheet(lb.sheet("trends")), ordered, lb)
    sheets.write_figures(wb.create_sheet(lb.sheet("figures")), figures, ordered, lb,
                         charted=sheets.trend_goals(ordered))
    sheets.write_problems(wb.create_sheet(lb.sheet("problems")), problems, lb)
    sheets.write_method(wb.create_sheet(lb.sheet("method")), as_of, settings, lb,
                        generated_at=generated_at, run_id=run_id, version=tracker.__version__)
    wb.active = 0
    naive = generated_at.astimezone(timezone.utc).replace(tzinfo=None)  # the file's dates are UTC
    wb.properties.created = wb.properties.modified = naive
    wb.properties.creator = f"plan tracker {tracker.__version__}"
    wb.properties.title = report_title(as_of, settings, lang)
    return wb


__all__ = ["build_workbook", "counts_text", "sort_key", "group_of"]
