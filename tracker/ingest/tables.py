"""Walking a grid: finding its tables and what the lines above them say (docs/formats.md).

A table starts at a header row, recognised by its column names (Chinese or
English), and ends at a fully blank row, a note row (注：, 数据来源：) or the
next header. Two shapes cover the three layouts:

* long: one figure a row, with a 数值/value column;
* cross: labels in the first columns (地区, 指标, 单位, 口径 …) and either one
  column per period (the wide layout and the statistics bureau's 指标 or 地区
  tables) or one column per indicator with a period (or region) in each row
  (the bureau's 时间 tables, and its transposed ones whose corner says 指标).

What a table does not name comes from the title lines above it (指标：…,
地区：…, 时间：…); a table that names no region is 全国.

Which row heads a table is tracker.ingest.headers' job; reading the rows
under it, tracker.ingest.rows'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tracker.messages import Phrase
from tracker.units import UnitError

from tracker.ingest.cells import clean, clean_name, unit_text
from tracker.ingest.collect import Collector
from tracker.ingest.grids import Grid
from tracker.ingest.headers import Context, Header, blank, classify, missing_for
from tracker.ingest.meaning import period_of
from tracker.ingest.rows import read_cross, read_long

__all__ = ["GridReport", "missing_for", "read_grid"]

_TITLE = re.compile(r"(数据库|指标|地区|时间)[:](.*)")


@dataclass
class GridReport:
    tables: int = 0
    near_misses: list[tuple[int, int, list[str], set[str]]] = field(default_factory=list)
    first_texts: tuple[int, list[str]] | None = None
    first_header: tuple[int, int] | None = None  # (row, col) of the first table's header


def read_grid(grid: Grid, out: Collector) -> GridReport:
    rows = grid.rows
    n = len(rows)
    report = GridReport()
    ctx = Context()
    fill = _label_fill(grid)
    r = 0
    while r < n:
        row = rows[r]
        first = next((c for c, v in enumerate(row) if not blank(v)), None)
        if first is None:
            r += 1
            continue
        v = row[first]
        if type(v) is str and (m := _TITLE.fullmatch(clean(v))):
            _title(ctx, m[1], v, r, first)
            _unit_line(ctx, row)
            r += 1
            continue
        header = classify(rows, r)
        if isinstance(header, Header):
            report.tables += 1
            if report.first_header is None:
                report.first_header = (r, header.first)
            r = _read_table(grid, header, ctx, fill, out)
            continue
        texts = [str(x).strip() for x in row if not blank(x)]
        _unit_line(ctx, row)
        if header:
            report.near_misses.append((r, first, texts, header))
        elif report.first_texts is None and len(texts) >= 2:
            report.first_texts = (r, texts)
        r += 1
    return report


_UNIT_LINE = re.compile(r"(?:计量)?单位[:](.+)")


def _unit_line(ctx: Context, row: list) -> None:
    """A ``单位：亿元`` cell in a title row (often at its right end)."""
    for v in row:
        if type(v) is str and "单位" in v and (m := _UNIT_LINE.fullmatch(clean(v))):
            try:
                ctx.unit = unit_text(m[1])
            except UnitError:
                pass  # 单位：亿元、% and the like: each row must then say its unit


def _title(ctx: Context, key: str, raw: str, r: int, c: int) -> None:
    text = raw.split("：", 1)[-1] if "：" in raw else raw.split(":", 1)[-1]
    text = text.strip()
    if key == "指标":
        ctx.indicator = text
    elif key == "地区":
        ctx.region = clean_name(text)
    elif key == "时间":
        ctx.period = text
    ctx.places[key] = (r, c)


def _label_fill(grid: Grid) -> dict[tuple[int, int], tuple[int, int]]:
    """Cells under the top of a vertically merged range → that top cell."""
    fill = {}
    for r0, c0, r1, c1 in grid.merged:
        if r1 > r0:
            for rr in range(r0 + 1, r1 + 1):
                for cc in range(c0, c1 + 1):
                    fill[(rr, cc)] = (r0, c0)
    return fill


def _data_start(grid: Grid, header: Header) -> int:
    """The row after the header, or after header cells merged downwards."""
    start = header.row + 1
    for r0, c0, r1, c1 in grid.merged:
        if r0 == header.row and r1 >= start and c0 <= header.last and c1 >= header.first:
            start = r1 + 1
    return start


def _read_table(grid: Grid, header: Header, ctx: Context, fill: dict, out: Collector) -> int:
    out.tables += 1
    for c, text in header.bad:
        err = period_of(text)
        out.problem(grid.place(header.row, c), "bad-period",
                    Phrase.of("problem.bad-period.header", text=str(text).strip(), detail=err.as_phrase()))
    start = _data_start(grid, header)
    if header.layout == "long":
        end = read_long(grid, header, ctx, fill, out, start)
        value_cols = {header.roles["value"]}
    else:
        end = read_cross(grid, header, ctx, fill, out, start)
        value_cols = {c for c, _ in header.columns}
    for r0, c0, r1, c1 in grid.merged:
        if start <= r0 < end and c0 in value_cols:
            out.problem(grid.place(r0, c0), "merged-value",
                        Phrase.of("problem.merged-value", first=grid.place(r0, c0).split("!")[-1],
                                  last=grid.place(r1, c1).split("!")[-1]))
    return end
