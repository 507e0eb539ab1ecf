"""The 简报 sheet: one portrait A4 page for leaders.

Title and header block, the 简报's paragraphs, the lights by group (a small table
and a stacked bar chart). Only presentation: the paragraphs come from
``brief.brief``, the lights from ``lights``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from tracker.config import DEFAULT, Settings
from tracker.model import Evaluation
from tracker.periods import Period
from tracker.problems import Problem
from tracker.report.brief import brief
from tracker.report.goal_text import RATIO
from tracker.report.cells import (
    BOX, FONT_NAME, HEADER_ALIGN, HEADER_FILL, HEADER_FONT, display_width, light_fill, light_font, put,
)
from tracker.report.header import report_title
from tracker.report.labels import Labels
from tracker.report.lights import LIGHT_STYLE, Light, light_of
from tracker.report.previous import PreviousRun

#: Column widths (A..H): about 84 characters, A4 portrait at full size.
WIDTHS = (16, 10, 10, 10, 10, 10, 10, 8)
LAST = "H"
MAX_GROUPS = 12  # groups shown one by one; the others are added up in one row
PARAGRAPH_FONT = Font(name=FONT_NAME, size=11)
TITLE = Font(name=FONT_NAME, size=16, bold=True)
PARAGRAPH_ALIGN = Alignment(wrap_text=True, vertical="top")
CENTERED = Alignment(horizontal="center", vertical="center", wrap_text=True)
LINE = 16.5  # points per line of 11-point text
LIGHTS = (Light.GREEN, Light.YELLOW, Light.RED, Light.GREY)


def group_key(ev: Evaluation, group_by: str | None) -> str:
    if group_by == "tags":
        return ev.tags[0] if ev.tags else ""
    return ev.region


def lights_by_group(evaluations: Sequence[Evaluation], settings: Settings, group_by: str | None
                    ) -> list[tuple[str, Counter]]:
    """(group, count per light), most red first, then most yellow, then by name."""
    groups: dict[str, Counter] = defaultdict(Counter)
    for ev in evaluations:
        groups[group_key(ev, group_by)][light_of(ev, settings)] += 1
    return sorted(groups.items(), key=lambda kv: (-kv[1][Light.RED], -kv[1][Light.YELLOW], kv[0]))


def write_brief_sheet(ws: Worksheet, evaluations: Sequence[Evaluation], problems: Sequence[Problem], as_of: Period,
                      lb: Labels, *, settings: Settings = DEFAULT, previous: PreviousRun | None = None,
                      history: Mapping[str, Sequence[str]] | None = None, header: Sequence[str] = (),
                      group_by: str | None = None) -> None:
    for i, width in enumerate(WIDTHS):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    room = sum(WIDTHS) - 2
    put(ws, 1, 1, report_title(as_of, settings, lb.lang), font=TITLE, align=CENTERED)
    ws.merge_cells(f"A1:{LAST}1")
    ws.row_dimensions[1].height = 30
    put(ws, 2, 1, "　　".join(header), align=CENTERED)
    ws.merge_cells(f"A2:{LAST}2")
    ws.row_dimensions[2].height = 18
    row = 4
    indent = "　　" if lb.lang == "zh" else ""
    for text in brief(evaluations, problems, as_of, previous=previous, lang=lb.lang, settings=settings,
                      history=history):
        text = indent + text
        put(ws, row, 1, text, font=PARAGRAPH_FONT, align=PARAGRAPH_ALIGN)
        ws.merge_cells(f"A{row}:{LAST}{row}")
        lines = max(1, math.ceil(display_width(text) * 1.1 / room))  # 11-point text: a tenth wider
        ws.row_dimensions[row].height = lines * LINE + 4
        row += 1
    row += 1
    put(ws, row, 1, lb.w("lights_by_group"), font=HEADER_FONT)
    row += 1
    groups = lights_by_group(evaluations, settings, group_by)
    top = row
    heads = [lb.w("group")] + [lb.light[light] for light in LIGHTS] + [lb.w("total")]
    for col, text in enumerate(heads, start=1):
        light = LIGHTS[col - 2] if 1 < col < 6 else None
        put(ws, row, col, text, font=light_font(light) if light else HEADER_FONT,
            fill=light_fill(light) if light else HEADER_FILL, align=HEADER_ALIGN, border=BOX)
    shown = groups[:MAX_GROUPS]
    rest = Counter()
    for _, counts in groups[MAX_GROUPS:]:
        rest.update(counts)
    if rest:
        shown = shown + [(lb.w("others"), rest)]
    total = Counter()
    for name, counts in shown:
        row += 1
        total.update(counts)
        put(ws, row, 1, name or lb.w("no_group"), border=BOX)
        for col, light in enumerate(LIGHTS, start=2):
            put(ws, row, col, counts[light], border=BOX, fmt="0")
        put(ws, row, 6, sum(counts.values()), border=BOX, fmt="0")
    row += 1
    put(ws, row, 1, lb.w("total"), font=HEADER_FONT, border=BOX)
    for col, light in enumerate(LIGHTS, start=2):
        put(ws, row, col, total[light], font=HEADER_FONT, border=BOX, fmt="0")
    put(ws, row, 6, sum(total.values()), font=HEADER_FONT, border=BOX, fmt="0")
    end = row
    if shown:
        height = _lights_chart(ws, top, top + len(shown), row + 2, lb)
        end = row + 2 + _rows_for(height)
    behind = completion_goals(evaluations)
    if behind:
        height = _completion_chart(ws, behind, end + 2, lb)
        end = end + 2 + _rows_for(height)
    ws.print_area = f"A1:{LAST}{end}"  # the chart's data (columns J to L) stays off the page
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1  # one page
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.6
    ws.page_margins.top = ws.page_margins.bottom = 0.7
    ws.print_options.horizontalCentered = True
    ws.sheet_view.showGridLines = False


def _rows_for(height_cm: float) -> int:
    """Rows of the default height (15 points) a chart of this height covers."""
    return math.ceil(height_cm / (15 * 2.54 / 72)) + 1


MAX_BARS = 12  # goals in the completion chart
DATA_COL = 10  # J: the completion chart's data, right of the printed page


def completion_goals(evaluations: Sequence[Evaluation], n: int = MAX_BARS) -> list[Evaluation]:
    """Year-to-date goals with a 年度完成率 to set against 序时进度, furthest behind first (at most ``n``)."""
    found = [ev for ev in evaluations if ev.year_completion is not None and ev.points_vs_time is not None
             and ev.time_progress is not None]
    found.sort(key=lambda ev: (ev.points_vs_time, ev.region, ev.indicator, ev.id))
    return found[:n]


def _completion_chart(ws: Worksheet, goals: Sequence[Evaluation], at: int, lb: Labels) -> float:
    """年度完成率 against 序时进度, a pair of bars per goal (one figure a goal is enough); its height in cm."""
    col = DATA_COL
    put(ws, at, col, lb.w("goal_short"), font=HEADER_FONT)
    put(ws, at, col + 1, lb.col("year_completion"), font=HEADER_FONT)
    put(ws, at, col + 2, lb.col("time_progress"), font=HEADER_FONT)
    for i, ev in enumerate(goals, start=1):
        put(ws, at + i, col, f"{ev.region}{ev.indicator}" if lb.lang == "zh" else f"{ev.region} {ev.indicator}")
        put(ws, at + i, col + 1, ev.year_completion, fmt=RATIO)
        put(ws, at + i, col + 2, ev.time_progress, fmt=RATIO)
    for letter, width in (("J", 24), ("K", 10), ("L", 10)):
        ws.column_dimensions[letter].width = width
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "clustered"
    chart.title = lb.w("completion_chart")
    chart.style = 2
    chart.height = max(6.0, min(14.0, 3.0 + 0.9 * len(goals)))
    chart.width = 16.5
    chart.add_data(Reference(ws, min_col=col + 1, max_col=col + 2, min_row=at, max_row=at + len(goals)),
                   titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=col, min_row=at + 1, max_row=at + len(goals)))
    for series, colour in zip(chart.series, ("1F4E79", "BFBFBF")):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.legend.position = "b"
    chart.x_axis.scaling.orientation = "maxMin"  # the furthest behind on top
    ws.add_chart(chart, f"A{at}")
    return chart.height


def _lights_chart(ws: Worksheet, header: int, last: int, at: int, lb: Labels) -> float:
    """Lights by group as stacked bars, one bar a group, in the lights' colours."""
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = lb.w("lights_by_group")
    chart.style = 2
    chart.height = max(6.0, min(12.0, 3.0 + 1.0 * (last - header)))  # room for every group's name
    chart.width = 16.5
    data = Reference(ws, min_col=2, max_col=5, min_row=header, max_row=last)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=header + 1, max_row=last))
    for series, light in zip(chart.series, LIGHTS):
        series.graphicalProperties.solidFill = LIGHT_STYLE[light][0]
        series.graphicalProperties.line.solidFill = LIGHT_STYLE[light][0]
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.majorGridlines = None
    chart.legend.position = "b"
    chart.x_axis.scaling.orientation = "maxMin"  # the first group on top
    ws.add_chart(chart, f"A{at}")
    return chart.height
