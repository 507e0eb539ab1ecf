"""The readers' fast path for common rows gives exactly what the full path gives.

Rows whose labels were met before and found good skip the checks they are
known to pass (tracker.ingest.rows._FastRows). These tests read grids of
mixed good and bad rows — every kind of cell the readers meet — twice, once
as shipped and once with the fast path turned off, and compare the figures,
problems and counts.
"""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from tracker.ingest import rows as table_rows, tables
from tracker.ingest.rows import _FastRows
from tracker.ingest.collect import Collector
from tracker.ingest.grids import Grid
from tracker.figure import Cell, Figure

# labels that begin a note (注：…, 数据来源：…) end the table; a header word (说明, 指标) might
REGIONS = ["宜春市", "南昌市", "江西省", "", " 赣州市 ", 1.0, True, "说明", "注：快报数"]
INDICATORS = ["锂电产业营业收入", "工业投资", "规上工业增加值", "工业增加值累计增长", "营业收入(亿元)",
              "利润(美元)", "", 2024.0, "指标", "数据来源：统计局"]
UNITS = ["亿元", "万元", "%", "家", "", "亿卢布", "亿 元", None]  # 亿卢布: a unit the tracker does not know
MEASURES = ["累计值", "当期值", "累计增长", "同比增长", "", "总体", None]
PERIODS = ["2024年1-6月", "2024年6月", "1-3月", "2024", "2024年13月", "", None, "二〇二四", 2024.0,
           datetime(2024, 6, 30)]
VALUES = [12.5, 12.5, 12.5, 3.0, -1.25, 0.0, 7, "12.5", "3500亿元", "40,922.2", "5.9%", "—", "…", "无", "",
          None, "约60", "abc", True, datetime(2024, 1, 1), float("inf"), "ERR"]


def _value(rng: random.Random) -> object:
    return rng.choice(VALUES)


def _number(rng: random.Random, i: int) -> object:
    """A 序号 cell: a row number, mostly; or nothing, or a note that ends the table."""
    return rng.choice([float(i + 1), str(i + 1), float(i + 1), "", "注：快报数"] if rng.random() < 0.1 else [float(i + 1)])


def _common(rng: random.Random, pool: list) -> object:
    """Mostly the first (good) choices, so that rows repeat and take the fast path."""
    return pool[0] if rng.random() < 0.5 else rng.choice(pool[:3] if rng.random() < 0.7 else pool)


def _finish(rng: random.Random, rows: list[list], first_data: int, csv: bool) -> Grid:
    """Excel errors behind "ERR" cells, merged label cells, or CSV lines and ragged rows."""
    errors = {}
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v == "ERR":
                row[c] = ""
                if not csv:
                    errors[(r, c)] = "#DIV/0!"
    if csv:
        for row in rows:
            if rng.random() < 0.1:
                del row[rng.randrange(len(row)):]
        rows = [[x if isinstance(x, str) else ("" if x is None else str(x)) for x in row] for row in rows]
        return Grid("", rows, lines=[2 * i + 1 for i in range(len(rows))])
    merged = []
    for _ in range(rng.randrange(3)):
        r0 = rng.randrange(first_data, len(rows))
        r1 = min(len(rows) - 1, r0 + rng.randrange(1, 4))
        c = rng.randrange(len(rows[0]))
        merged.append((r0, c, r1, c))
        for rr in range(r0 + 1, r1 + 1):
            rows[rr][c] = ""
    return Grid("表1", rows, merged, errors)


def long_grid(rng: random.Random, csv: bool = False) -> Grid:
    header = ["地区", "指标", "期间", "数值", "单位", "口径"]
    if rng.random() < 0.3:
        header = ["地区", "年份", "指标", "期间", "数值", "单位", "口径"]
    if rng.random() < 0.2:  # the first column holds no label
        header = rng.choice([["序号", *header], ["期间", "地区", "指标", "数值", "单位"]])
    rows = [["2024年主要指标", *[""] * (len(header) - 1)], header]
    for i in range(rng.randrange(5, 60)):
        cells = {"地区": _common(rng, REGIONS), "指标": _common(rng, INDICATORS),
                 "期间": rng.choice(PERIODS[:4] if rng.random() < 0.8 else PERIODS),
                 "年份": rng.choice(["2024", "2024年", "2024", "", "今年"]), "数值": _value(rng),
                 "单位": _common(rng, UNITS), "口径": _common(rng, MEASURES), "序号": _number(rng, i)}
        rows.append([cells[h] for h in header])
        if rng.random() < 0.03:
            rows.append([""] * len(header))  # a blank row ends the table
    rows.append(["注：快报数。", *[""] * (len(header) - 1)])
    return _finish(rng, rows, 2, csv)


def wide_grid(rng: random.Random, csv: bool = False) -> Grid:
    periods = ["2024年1-2月", "2024年3月", "2024年1-3月", "2024年上半年"][: rng.randrange(1, 5)]
    header = ["地区", "指标", "单位", "口径", *periods]
    if rng.random() < 0.2:
        header = ["指标", "单位", *periods]  # no region column: 全国
    if rng.random() < 0.2:
        header = rng.choice([["序号", *header], ["单位", "地区", "指标", "口径", *periods]])
    rows = [["地区：江西省", *[""] * (len(header) - 1)], header]
    for i in range(rng.randrange(5, 40)):
        labels = {"地区": _common(rng, REGIONS), "指标": _common(rng, INDICATORS), "单位": _common(rng, UNITS),
                  "口径": _common(rng, MEASURES), "序号": _number(rng, i)}
        rows.append([labels[h] if h in labels else _value(rng) for h in header])
        if rng.random() < 0.03:
            rows.append([""] * len(header))
    return _finish(rng, rows, 2, csv)


def read(grid: Grid) -> tuple:
    out = Collector("f.xlsx")
    tables.read_grid(grid, out)
    figures = [(type(f), f.region, f.indicator, f.period, f.measure, f.value, type(f.value), f.unit, f.source,
                f.file, f.revised_from) for f in out.figures]
    return figures, out.problems(), out.placeholders, out.tables


@pytest.mark.parametrize("make", [long_grid, wide_grid])
@pytest.mark.parametrize("csv", [False, True])
def test_fast_path_reads_as_the_full_path(monkeypatch, make, csv):
    rng = random.Random(f"{make.__name__}-{csv}")
    grids = [make(rng, csv) for _ in range(150)]
    full_rows = {"fast": 0, "full": 0}  # rows read by the full path (each has its value cells parsed once)
    values = table_rows._values

    def counted(*args):
        full_rows[mode] += 1
        return values(*args)

    monkeypatch.setattr(table_rows, "_values", counted)
    mode = "fast"
    fast = [read(g) for g in grids]
    monkeypatch.setattr(_FastRows, "_meaning", lambda self, cells: None)  # no row qualifies
    mode = "full"
    full = [read(g) for g in grids]
    assert fast == full
    # both paths were taken, on a mix of figures and problems of many kinds
    assert full_rows["full"] - full_rows["fast"] > 300 and full_rows["fast"] > 200
    assert sum(len(f[0]) for f in fast) > 300
    assert len({p.reason for f in fast for p in f[1]}) >= 8


@pytest.mark.parametrize("rows, figures", [
    # the first cell empty: the row's first text (a note) ends the table, though its labels are good
    ([["单位", "地区", "指标", "2024年1-3月"], ["", "宜春市", "营业收入(亿元)", 1.0],
      ["", "注：快报数", "营业收入(亿元)", 2.0], ["", "南昌市", "营业收入(亿元)", 3.0]], 1),
    ([["单位", "地区", "指标", "期间", "数值"], ["", "宜春市", "营业收入(亿元)", "2024年1-3月", 1.0],
      ["", "注：快报数", "营业收入(亿元)", "2024年1-3月", 2.0]], 1),
    # the first column holds no label: a note in it ends the table; a number does not
    ([["序号", "地区", "指标", "单位", "2024年1-3月"], [1.0, "宜春市", "工业投资", "亿元", 1.0],
      [2.0, "南昌市", "工业投资", "亿元", 2.0], ["注：快报数", "南昌市", "工业投资", "亿元", 3.0]], 2),
    # a label that is a header word (说明) but heads no table
    ([["地区", "指标", "期间", "数值", "单位"], ["宜春市", "工业投资", "2024年1-3月", 1.0, "亿元"],
      ["说明", "工业投资", "2024年1-3月", 2.0, "亿元"], ["说明", "工业投资", "2024年1-6月", 3.0, "亿元"]], 3),
])
def test_fast_path_ends_tables_as_the_full_path(monkeypatch, rows, figures):
    grid = Grid("表1", rows)
    fast = read(grid)
    monkeypatch.setattr(_FastRows, "_meaning", lambda self, cells: None)
    assert read(grid) == fast
    assert len(fast[0]) == figures


def test_figures_are_figures():
    grid = Grid("表1", [["地区", "指标", "期间", "数值", "单位"], ["宜春市", "工业投资", "2024年1-6月", 5.0, "亿元"]])
    out = Collector("f.xlsx")
    tables.read_grid(grid, out)
    (f,) = out.figures
    assert type(f) is Figure
    assert f == Figure(f.region, f.indicator, f.period, f.measure, 5.0, "亿元", Cell("f.xlsx", "表1", 2, 3), "f.xlsx")
    assert type(f.source) is Cell and str(f.source) == "f.xlsx!表1!D2"
    assert hash(f) == hash(Figure(*(getattr(f, k) for k in ("region", "indicator", "period", "measure", "value",
                                                                "unit", "source", "file"))))
    with pytest.raises(AttributeError):
        f.value = 6.0  # still frozen
