"""The Excel report: a workbook for officials, built from Evaluations.

Sheets: 汇总 (one row per goal, worst first), 趋势 (line charts), 数据 (the
figures used), 问题 (problems in the inputs), 说明 (method and thresholds).
This module builds the summary and composes the workbook; the other sheets
are in ``sheets.py``. Nothing here judges: statuses come from the evaluator.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
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
from tracker.report.cells import (
    BODY_FONT, CENTER, CHANGE_FILL, TITLE_FONT, TOP, WRAP_TOP,
    body_font, fit_columns, fit_rows, header_row, print_setup, put, status_fill, status_font,
)
from tracker.report.labels import Labels, labels_for
from tracker.report.rows import ReportWorkbook, TableRows

HEADER_ROW = 2
FIRST_ROW = HEADER_ROW + 1

#: Summary columns: key, (min width, max width), wraps.
_COLUMNS: tuple[tuple[str, tuple[int, int], bool], ...] = (
    ("region", (8, 10), True),
    ("indicator", (10, 12), True),
    ("goal", (12, 20), True),
    ("due", (8, 8), False),
    ("actual", (10, 11), False),
    ("unit", (5, 6), False),
    ("period", (8, 15), False),
    ("completion", (8, 9), False),
    ("time_progress", (8, 9), False),
    ("progress", (9, 10), False),
    ("status", (10, 10), False),
    ("previous", (10, 10), False),
    ("change", (7, 8), False),
    ("gap", (11, 12), False),
    ("required_rate", (8, 8), False),
    ("projected", (10, 11), False),
    ("source", (10, 18), True),
    ("title", (16, 24), True),
    ("note", (12, 16), True),
    ("id", (8, 26), False),
)


def status_of(ev: Evaluation) -> Status:
    return as_status(ev.status)


def sort_key(ev: Evaluation) -> tuple:
    """Worst first; within a status by region, indicator, due year and id."""
    return (STATUS_ORDER.index(status_of(ev)), ev.region, ev.indicator, ev.due or 0, ev.id)


def counts_text(evaluations: Sequence[Evaluation], lb: Labels) -> str:
    counts = Counter(status_of(ev) for ev in evaluations)
    parts = " · ".join(f"{lb.status[s]} {counts.get(s, 0)}" for s in STATUS_ORDER)
    return lb.w("counts", n=len(evaluations), parts=parts)


def source_text(ev: Evaluation) -> str:
    """Where the goal was stated, when the evaluation carries it.

    Evaluation has no source field yet; accept ``source`` as text or as the
    spec's Source (document, date, quote) should one be added.
    """
    src = getattr(ev, "source", None)
    if src is None:
        return ""
    if isinstance(src, str):
        return src
    parts = [getattr(src, "document", None), getattr(src, "date", None)]
    text = "，".join(str(p) for p in parts if p)
    return text or str(getattr(src, "quote", "") or "")


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


def _summary_columns(evaluations: Sequence[Evaluation], previous: Mapping[str, str] | None
                     ) -> list[tuple[str, tuple[int, int], bool]]:
    """The columns; last month's status only where an earlier run exists, sources and notes only when any."""
    dropped = set() if previous is not None else {"previous", "change"}
    if not any(source_text(ev) for ev in evaluations):
        dropped.add("source")
    if not any(ev.note for ev in evaluations):
        dropped.add("note")
    return [c for c in _COLUMNS if c[0] not in dropped]


def _row_values(ev: Evaluation, lb: Labels) -> dict[str, tuple[Any, str | None]]:
    """Column key -> (value, number format) for one goal."""
    return {
        "region": (ev.region, None),
        "indicator": (ev.indicator, None),
        "goal": (gt.goal_text(ev, lb), None),
        "due": (ev.due, "0"),
        "actual": (ev.actual, gt.actual_format(ev)),
        "unit": (gt.value_unit(ev), None),
        "period": (gt.period_text(ev.actual_period, lb), None),
        "completion": (ev.completion, gt.RATIO),
        "time_progress": (ev.time_progress, gt.RATIO),
        "progress": (ev.progress, gt.RATIO),
        "status": (lb.status[status_of(ev)], None),
        "gap": (gt.gap_value(ev), gt.gap_format(ev, lb)),
        "required_rate": (ev.required_rate, gt.PERCENT),
        "projected": (ev.projected, gt.projected_format(ev)),
        "source": (source_text(ev), None),
        "title": (ev.title, None),
        "note": (gt.note_text(ev, lb), None),
        "id": (ev.id, None),
    }


def write_summary(ws: Worksheet, evaluations: Sequence[Evaluation], as_of: Period, lb: Labels,
                  previous: Mapping[str, str] | None) -> None:
    columns = _summary_columns(evaluations, previous)
    keys = [k for k, _, _ in columns]
    last_col = get_column_letter(len(columns))

    title = lb.w("title", year=as_of.end_year, month=as_of.end_month) + "    " + counts_text(evaluations, lb)
    put(ws, 1, 1, title, font=TITLE_FONT, align=TOP)
    ws.merge_cells(f"A1:{last_col}1")
    ws.row_dimensions[1].height = 24
    header_row(ws, HEADER_ROW, [lb.col(k) for k in keys])
    ws.row_dimensions[HEADER_ROW].height = 30

    rows = TableRows(ws, FIRST_ROW)
    style = rows.style
    plain = {False: style(align=TOP), True: style(align=WRAP_TOP)}  # by whether the column wraps
    for ev in sorted(evaluations, key=sort_key):
        values = _row_values(ev, lb)
        status = status_of(ev)
        cells = []
        for key, _, wraps in columns:
            if key == "previous":
                before = _previous_status(previous.get(ev.id))
                text = lb.status[before] if before else (previous.get(ev.id) or "")
                cells.append((text, style(fill=status_fill(before) if before else None,
                                          font=status_font(before) if before else BODY_FONT, align=CENTER)))
            elif key == "change":
                known = ev.id in previous
                text, colour = _change(status, _previous_status(previous.get(ev.id)), known, lb)
                changed = colour is not None
                cells.append((text, style(fill=CHANGE_FILL if changed else None, align=CENTER,
                                          font=body_font(bold=changed, color=colour))))
            elif key == "status":
                cells.append((values[key][0], style(fill=status_fill(status), font=status_font(status),
                                                    align=CENTER)))
            else:
                value, fmt = values[key]
                cells.append((value, plain[wraps] if fmt is None else
                               style(fmt=fmt, align=WRAP_TOP if wraps else TOP)))
        rows.append(cells)
    row = rows.last_row

    ws.freeze_panes = f"C{FIRST_ROW}"  # header and region/indicator stay in view
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{max(row, FIRST_ROW)}"
    fit_columns(ws, HEADER_ROW, [limits for _, limits, _ in columns], rows=rows)
    fit_rows(ws, HEADER_ROW, rows=rows)
    print_setup(ws, title_rows=f"{HEADER_ROW}:{HEADER_ROW}")
    # the id is for tracing, not for the printed page
    ws.print_area = f"A1:{get_column_letter(len(columns) - 1)}{max(row, FIRST_ROW)}"


def build_workbook(evaluations: Sequence[Evaluation], figures: Sequence[Figure], problems: Sequence[Problem],
                   as_of: Period, *, settings: Settings = DEFAULT, lang: str = "zh",
                   previous: Mapping[str, str] | None = None, generated_at: datetime,
                   run_id: str | None = None) -> ReportWorkbook:
    lb = labels_for(lang)
    wb = ReportWorkbook()
    summary = wb.active
    summary.title = lb.sheet("summary")
    write_summary(summary, evaluations, as_of, lb, previous)
    ordered = sorted(evaluations, key=sort_key)
    sheets.write_trends(wb.create_sheet(lb.sheet("trends")), ordered, lb)
    sheets.write_figures(wb.create_sheet(lb.sheet("figures")), figures, ordered, lb,
                         charted=sheets.trend_goals(ordered))
    sheets.write_problems(wb.create_sheet(lb.sheet("problems")), problems, lb)
    sheets.write_method(wb.create_sheet(lb.sheet("method")), as_of, settings, lb,
                        generated_at=generated_at, run_id=run_id, version=tracker.__version__)
    wb.active = 0
    naive = generated_at.replace(tzinfo=None)
    wb.properties.created = wb.properties.modified = naive
    wb.properties.creator = f"plan tracker {tracker.__version__}"
    wb.properties.title = lb.w("title", year=as_of.end_year, month=as_of.end_month)
    return wb


__all__ = ["build_workbook", "counts_text", "sort_key"]
