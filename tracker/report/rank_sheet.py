"""The 排名 sheet: each ranking group as a block (tracker.report.ranking decides the ranks)."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.worksheet.worksheet import Worksheet

from tracker.report import goal_text as gt
from tracker.report.cells import HEADER_FONT, TITLE_FONT, print_setup, put
from tracker.report.fit import fit_rows
from tracker.report.labels import Labels
from tracker.report.ranking import RankGroup, move_text
from tracker.report.rows import TableRows
from tracker.messages import say


def write_ranking(ws: Worksheet, groups: Sequence[RankGroup], lb: Labels) -> None:
    put(ws, 1, 1, lb.sheet("ranking"), font=TITLE_FONT)
    put(ws, 2, 1, lb.w("ranking_note"))
    widths = (16, 8, 10, 14, 12, 40)
    for i, width in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = width
    if not groups:
        put(ws, 4, 1, lb.w("no_ranking"))
        print_setup(ws, landscape=False)
        return
    rows = TableRows(ws, 4)  # a province ranks thousands of goals
    st = rows.style
    head, plain, bold = st(font=HEADER_FONT), st(), st(font=HEADER_FONT)
    ratio, points = st(fmt=gt.RATIO), st(fmt=gt.POINTS)
    row = 4
    for g in groups:
        heading = say("rank.head", lb.lang, indicator=g.indicator, kind=lb.kind[g.kind], due=g.due, n=len(g.rows),
                      average=(f"{g.average:.1%}" if g.by_progress else f"{g.average:+.1f}"
                               + ("个百分点" if lb.lang == "zh" else " pp")))
        rows.append([(heading, bold)], row=row)
        rows.append([(lb.col("region"), head), (lb.col("rank"), head), (lb.col("rank_value"), head),
                     (lb.col("vs_average"), head), (lb.col("move"), head), (lb.col("title"), head)])
        for r in g.rows:
            value = (r.value, ratio) if g.by_progress else (r.value, points)
            rows.append([(r.region, plain), (r.rank, plain), value,
                         (r.vs_average * 100 if g.by_progress else r.vs_average, points),
                         (move_text(r.move, lb.lang) or None, plain), (r.title, plain)])
        row = rows.last_row + 2
    ws.freeze_panes = "A4"
    fit_rows(ws, 4, rows=rows)
    print_setup(ws, landscape=False)
