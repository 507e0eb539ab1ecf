"""Finding tables in a grid and reading figures from them (CONTRACT §2).

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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from operator import itemgetter

from tracker.model import Measure
from tracker.periods import Period, PeriodError, parse_period
from tracker.problems import InputError
from tracker.units import UnitError, parse_unit

from tracker.ingest.cells import CellError, clean, clean_name, measure_of, number, split_name, unit_text
from tracker.ingest.collect import Collector
from tracker.ingest.grids import Grid

NATIONAL = "全国"

_ROLES: dict[str, str] = {}
for _role, _names in {
    "region": ("地区", "地区名称", "区域", "地市", "省份", "城市", "region", "area"),
    "indicator": ("指标", "指标名称", "indicator", "indicatorname"),
    "period": ("期间", "时期", "时间", "统计期", "统计期间", "报告期", "period", "time"),
    "year": ("年份", "年度", "year"),
    "value": ("数值", "值", "数据", "指标值", "value", "amount"),
    "unit": ("单位", "计量单位", "unit", "units"),
    "measure": ("口径", "统计口径", "measure"),
    "source": ("来源", "数据来源", "资料来源", "source"),
    "note": ("备注", "说明", "注释", "序号", "编号", "note", "notes", "remark", "remarks", "no", "no."),
}.items():
    for _n in _names:
        _ROLES[_n] = _role

_CORE = frozenset({"region", "indicator", "value", "period", "year"})
_LABELS = ("region", "indicator", "period", "unit", "measure")

EXPECTED = (
    "expected a long table (地区/region, 指标/indicator, 期间/period or 年份/year, 数值/value, 单位/unit, "
    "optional 口径/measure), a wide table (地区, 指标, 单位, 口径, then one column per period such as "
    "2024年1-6月) or a statistics-bureau table whose first column is 指标, 地区 or 时间"
)
_NAMES = {
    "region": "地区/region", "indicator": "指标/indicator", "period": "期间/period",
    "year": "年份/year", "value": "数值/value", "unit": "单位/unit", "measure": "口径/measure",
}

_TITLE = re.compile(r"(数据库|指标|地区|时间)[:](.*)")
_NOTE = re.compile(r"(注|说明|备注|附注|数据来源|资料来源)(\d|[:.、(])")


@lru_cache(maxsize=65536)
def _role(text: str) -> str | None:
    return _ROLES.get(clean(text).lower())


def _role_of(v: object) -> str | None:
    return _role(v) if type(v) is str and v else None


def _is_note(v: object) -> bool:
    return type(v) is str and bool(v) and _NOTE.match(clean(v)) is not None


def _empty(v: object) -> bool:
    return v == "" or v is None


@lru_cache(maxsize=65536, typed=True)
def _label(v: object) -> str:
    """A label cell (地区, 指标, 单位 …) as text; "" when empty."""
    if type(v) is str:
        return clean_name(v) if v else ""
    if v is None:
        return ""
    if type(v) is float and v.is_integer():
        return str(int(v))
    return str(v)


@lru_cache(maxsize=65536, typed=True)
def _period(v: object, year: int | None = None) -> Period | PeriodError:
    """A period cell or header; the error is returned, not raised (cached)."""
    try:
        if isinstance(v, datetime | date):
            return Period.month(v.year, v.month)
        return parse_period(v, year)
    except PeriodError as e:
        return e


@lru_cache(maxsize=4096)
def _ytd(p: Period) -> Period:
    """A 累计 figure labelled with one month covers January to that month."""
    return Period.year_to_date(p.end_year, p.end_month) if p.is_single_month else p


# --------------------------------------------------------------------------
# What an indicator name, a 单位 cell and a 口径 cell mean together


@dataclass(frozen=True, slots=True)
class Meaning:
    indicator: str
    measure: Measure
    ytd: bool
    unit: str | None  # None: each value cell must carry its unit


@dataclass(frozen=True, slots=True)
class Fail:
    part: str  # "name", "unit" or "measure": which cell to blame
    reason: str
    message: str


@lru_cache(maxsize=65536)
def meaning(name_text: str, unit_cell: str, measure_cell: str, table_unit: str = "") -> Meaning | Fail:
    """What a row (or column) says its figures are.

    ``table_unit`` is a ``单位：亿元`` line above the table: the unit of its
    figures that name none themselves, except growth rates (in %).
    """
    name = split_name(name_text)
    if not name.indicator:
        return Fail("name", "missing-label", "no 指标/indicator for this figure")
    measure, ytd = name.measure or Measure.VALUE, name.ytd
    if measure_cell:
        try:
            m, m_ytd = measure_of(measure_cell)
        except InputError as e:
            return Fail("measure", e.reason, str(e))
        if name.measure is not None and m is not name.measure:
            return Fail("measure", "measure-conflict",
                        f"口径 {measure_cell!r} contradicts the indicator name {name_text.strip()!r} ({name.measure.value})")
        measure, ytd = m, ytd or m_ytd
    if unit_cell:
        try:
            unit = unit_text(unit_cell)
        except UnitError as e:
            return Fail("unit", e.reason, f"{e} (known units: 元, 万元, 亿元, 吨, 万吨, kWh, 万千瓦时, 亿千瓦时, %, "
                                          "counts such as 个, 家, 万人)")
        if name.unit is not None and name.unit.lower() != unit.lower():
            return Fail("unit", "unit-conflict",
                        f"单位 {unit!r} contradicts the unit {name.unit!r} in the indicator name {name_text.strip()!r}")
    elif name.unit is not None:
        unit = name.unit
    elif name.bracket is not None:
        return Fail("name", "unknown-unit", f"unknown unit {name.bracket!r} in the indicator name {name_text.strip()!r}")
    elif measure is Measure.YOY:
        unit = "%"
    else:
        unit = table_unit or None
    if measure is Measure.YOY and unit is not None and parse_unit(unit).dimension != "percent":
        return Fail("unit" if unit_cell else "name", "unit-conflict",
                    f"a growth rate ({measure_cell.strip() or 'yoy'}) must be in %, not {unit!r}")
    return Meaning(name.indicator, measure, ytd, unit)


# --------------------------------------------------------------------------
# Headers


@dataclass
class Header:
    row: int
    layout: str  # "long" or "cross"
    roles: dict[str, int]  # label (or, for long, every) column by role
    columns: list[tuple[int, object]] = field(default_factory=list)  # cross: (col, Period or name text)
    by: str = "period"  # cross: what the value columns are ("period" or "indicator")
    rows_are: str = ""  # cross by indicator: what the first column holds ("period" or "region")
    bad: list[tuple[int, str]] = field(default_factory=list)  # header cells that are not periods
    first: int = 0  # the first column of the table
    last: int = 0


@dataclass
class Context:
    """What title lines above a table said (指标：…, 地区：…, 时间：…)."""

    indicator: str = ""
    region: str = ""
    period: object = ""
    unit: str = ""  # a 单位：亿元 line
    places: dict[str, tuple[int, int]] = field(default_factory=dict)


def classify(rows: list[list], r: int) -> Header | set[str] | None:
    """A Header when row ``r`` heads a table; the core roles found when it
    only looks like one (a near miss); None otherwise."""
    row = rows[r]
    roles: dict[str, int] = {}
    others: list[tuple[int, object]] = []
    first = None
    for c, v in enumerate(row):
        if _empty(v):
            continue
        if first is None:
            first = c
        role = _role_of(v)
        if role is None or role in roles:
            others.append((c, v))
        else:
            roles[role] = c
    if not roles:
        return None
    last = max([*roles.values(), *(c for c, _ in others)])
    core = _CORE.intersection(roles)

    if "value" in roles:
        if "indicator" in roles and ("period" in roles or "year" in roles):
            return Header(r, "long", roles, first=first, last=last)
        return core if len(core) >= 2 else None

    if "year" in roles or not others:
        return core if len(core) >= 2 else None
    labels = {k: c for k, c in roles.items() if k in _LABELS}
    periods, bad = [], []
    for c, v in others:
        p = _period(v)
        (periods if isinstance(p, Period) else bad).append((c, p if isinstance(p, Period) else v))
    if periods and len(periods) >= len(bad) and "period" not in labels and ("region" in labels or "indicator" in labels):
        return Header(r, "cross", labels, periods, "period",
                      bad=[(c, v) for c, v in bad], first=first, last=last)
    if not periods and first in labels.values() and len(labels) == 1:
        # indicators across, periods (or regions) down the first column
        role = next(iter(labels))
        nxt = rows[r + 1][first] if r + 1 < len(rows) and first < len(rows[r + 1]) else ""
        if role in ("period", "indicator") and isinstance(_period(nxt), Period):
            return Header(r, "cross", {"period": first}, list(others), "indicator", rows_are="period",
                          first=first, last=last)
        if role == "region":
            return Header(r, "cross", {"region": first}, list(others), "indicator", rows_are="region",
                          first=first, last=last)
    return core if len(core) >= 2 else None


def missing_for(core: set[str]) -> str:
    want = ["region", "indicator", "period", "value"]
    lacking = [_NAMES[k] for k in want if k not in core and not (k == "period" and "year" in core)]
    return ", ".join(lacking) if lacking else "one column per period (such as 2024年1-6月)"


# --------------------------------------------------------------------------
# Reading a grid


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
        first = next((c for c, v in enumerate(row) if not _empty(v)), None)
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
        texts = [str(x).strip() for x in row if not _empty(x)]
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
        err = _period(text)
        out.problem(grid.place(header.row, c), "bad-period",
                    f"column header {str(text).strip()!r} is not a period: {err}")
    start = _data_start(grid, header)
    if header.layout == "long":
        end = _read_long(grid, header, ctx, fill, out, start)
        value_cols = {header.roles["value"]}
    else:
        end = _read_cross(grid, header, ctx, fill, out, start)
        value_cols = {c for c, _ in header.columns}
    for r0, c0, r1, c1 in grid.merged:
        if start <= r0 < end and c0 in value_cols:
            out.problem(grid.place(r0, c0), "merged-value",
                        f"merged cells {grid.place(r0, c0).split('!')[-1]}:{grid.place(r1, c1).split('!')[-1]} "
                        "cover figures: give each figure its own cell")
    return end


def _cell(rows: list[list], fill: dict, r: int, c: int | None) -> object:
    """A label cell, with a vertically merged range's value filled in."""
    if c is None:
        return ""
    row = rows[r]
    v = row[c] if c < len(row) else ""
    if _empty(v) and fill and (r, c) in fill:
        r0, c0 = fill[(r, c)]
        v = rows[r0][c0]
    return v


def _ends_table(rows: list[list], r: int, header: Header) -> bool:
    """A note row (注：…, 数据来源：…) or the next table's header."""
    row = rows[r]
    v = row[header.first] if header.first < len(row) else ""
    if _empty(v):
        v = next((x for x in row if not _empty(x)), "")
    if _is_note(v):
        return True
    return _role_of(v) is not None and isinstance(classify(rows, r), Header)


_MISSING = object()


def _values(grid: Grid, row: list, r: int, cols) -> tuple[list, bool, int]:
    """Parse a row's value cells.

    Returns the figures' cells as (col, column key, value, unit written in the
    cell or None) — value ``_MISSING`` with a CellError in place of the unit
    for a cell that is wrong —, whether any cell held anything, and how many
    held no figure (placeholders, empty cells).
    """
    got = []
    nonblank = False
    none = 0
    lr = len(row)
    for c, key in cols:
        v = row[c] if c < lr else ""
        if type(v) is float:
            got.append((c, key, v, None))
            nonblank = True
            continue
        if not (v == "" or v is None):
            nonblank = True
        res = _cell_value(grid, r, c, v)
        if res is None:
            none += 1
        else:
            nonblank = True  # an Excel error value shows as ""
            got.append((c, key, res[0], res[1]))
    return got, nonblank, none


def _cell_value(grid: Grid, r: int, c: int, v: object) -> tuple | None:
    """A value cell other than a float: (value, unit written in the cell or None),
    (``_MISSING``, its CellError), or None for no figure (a placeholder, empty)."""
    if v == "" or v is None:
        errors = grid.errors
        if errors and (r, c) in errors:
            return _MISSING, CellError(f"the Excel error {errors[(r, c)]}", reason="excel-error")
        return None
    try:
        return number(v)
    except CellError as e:
        return _MISSING, e


def _plain_number(text: str) -> float | None:
    """A number written as text without a unit (CSV cells), else None."""
    try:
        res = number(text)
    except CellError:
        return None
    return res[0] if res is not None and res[1] is None else None


def _bad_value(grid: Grid, r: int, c: int, err: CellError, out: Collector) -> None:
    if err.reason == "excel-error":
        out.problem(grid.place(r, c), "excel-error", f"{err} instead of a number")
    else:
        out.problem(grid.place(r, c), err.reason, str(err))


def _emit(grid: Grid, r: int, c: int, out: Collector, region: str, m: Meaning, period: Period,
          value, cell_unit, source: str) -> None:
    """One value cell: a figure, or a problem. The loops inline the common case
    (a float, the unit from the row) and call this for the rest."""
    if value is _MISSING:
        _bad_value(grid, r, c, cell_unit, out)
        return
    unit = m.unit
    if cell_unit is not None:
        if unit is None:
            if m.measure is Measure.YOY and cell_unit != "%":
                out.problem(grid.place(r, c), "unit-conflict", f"a growth rate must be in %, not {cell_unit!r}")
                return
            unit = cell_unit
        elif cell_unit.lower() != unit.lower():
            out.problem(grid.place(r, c), "unit-conflict",
                        f"the cell says {cell_unit!r} but the unit of this row is {unit!r}")
            return
    elif unit is None:
        out.problem(grid.place(r, c), "missing-unit",
                    "no unit for this figure: add a 单位/unit column or write the unit in brackets after the "
                    "indicator, such as 营业收入(亿元)")
        return
    if m.ytd:
        period = _ytd(period)
    key = (region, m.indicator, period.start, period.end, m.measure is Measure.YOY)
    out.add(key, grid, r, c, source, region, m.indicator, period, m.measure, value, unit)


def _blame(grid: Grid, out: Collector, fail: Fail, cells: dict[str, tuple[int, int]], text: str) -> None:
    r, c = cells[fail.part]
    out.repeated((grid.name, fail.part, c, fail.message), grid.place(r, c), fail.reason, fail.message)


class _FastRows:
    """The common rows of one table, read without checks they are known to pass.

    A row qualifies when its label cells are text met before in this table
    and found good then — a region (地区), an indicator with its measure and
    unit (指标, 单位, 口径) — and no cell the table reads of it lies under a
    merged range. The readers send its float cells straight to the
    collector; every other row, and every other cell, takes the full path
    with its checks and problems, so the figures and problems are the same
    either way.
    """

    def __init__(self, rows: list[list], fill: dict, labels: tuple, other_cols: list[int],
                 default_region: str, default_name: str, table_unit: str):
        rc, ic, uc, mc = labels  # columns, None where the table has none
        self._rc = rc
        self._meaning_cols = (ic, uc, mc)
        cols = [c for c in (ic, uc, mc) if c is not None]
        self._meaning_key = itemgetter(*cols) if cols else (lambda row: ())
        read = {*cols, *other_cols, *([] if rc is None else [rc])}
        self._width = max(read) + 1
        self._merged_rows = {r for r, c in fill if c in read}
        self._default_region, self._default_name, self._table_unit = default_region, default_name, table_unit
        self._regions: dict[object, str | None] = {}  # region cell → region, None: the full path
        self._meanings: dict[object, tuple | None] = {}  # (indicator, unit, measure cells) → what they mean

    def labels(self, row: list, r: int) -> tuple[str, tuple] | None:
        """(region, (indicator, measure, unit, ytd, yoy, Meaning)) when the row qualifies, else None."""
        if len(row) < self._width or r in self._merged_rows:
            return None
        if self._rc is None:
            region = self._default_region
        else:
            cell = row[self._rc]
            region = self._regions.get(cell, _UNSEEN)
            if region is _UNSEEN:
                # text only: the full path's caches tell 1.0 from True, a dict does not
                region = self._regions[cell] = (_label(cell) or None) if type(cell) is str else None
            if region is None:
                return None
        key = self._meaning_key(row)
        known = self._meanings.get(key, _UNSEEN)
        if known is _UNSEEN:
            known = self._meanings[key] = self._meaning(row)
        return None if known is None else (region, known)

    def _meaning(self, row: list) -> tuple | None:
        ic, uc, mc = self._meaning_cols
        cells = [row[c] if c is not None else "" for c in (ic, uc, mc)]
        if any(type(v) is not str for v in cells):
            return None
        name = _label(cells[0]) if ic is not None else self._default_name
        m = meaning(name, _label(cells[1]), _label(cells[2]), self._table_unit)
        if type(m) is not Meaning or m.unit is None:
            return None
        return m.indicator, m.measure, m.unit, m.ytd, m.measure is Measure.YOY, m


_UNSEEN = object()


def _read_cross(grid: Grid, header: Header, ctx: Context, fill: dict, out: Collector, start: int) -> int:
    rows = grid.rows
    n = len(rows)
    roles = header.roles
    rc, ic, uc, mc, pc = (roles.get(k) for k in ("region", "indicator", "unit", "measure", "period"))
    prefix = grid.source_prefix(out.file)
    by_period = header.by == "period"
    title_place = grid.place(header.row, header.first)
    ctx_period = None
    if not by_period and header.rows_are == "region":
        p = _period(ctx.period) if ctx.period else None
        if not isinstance(p, Period):
            out.problem(title_place, "bad-period",
                        f"a table of regions by indicator needs its period in a 时间： line above it"
                        f"{'' if not ctx.period else f', not {ctx.period!r}'}")
            return _skip_table(rows, start, header)
        ctx_period = p
    if by_period and ic is None and not ctx.indicator:
        out.problem(title_place, "missing-column",
                    "the table has no 指标/indicator column and no 指标： line above it names the indicator")
        return _skip_table(rows, start, header)
    default_region = ctx.region or NATIONAL
    cols = header.columns
    col_src = {c: prefix + grid.col_part(c) for c, _ in cols}
    col_ytd = {c: _ytd(p) for c, p in cols} if by_period else {}
    fast = _FastRows(rows, fill, (rc, ic, uc, mc), [c for c, _ in cols], default_region,
                     ctx.indicator, ctx.unit) if by_period else None
    if fast is not None:
        # (col, period of its figures, period of its header, source without the row)
        fast_cols = ([(c, p, p, col_src[c]) for c, p in cols], [(c, col_ytd[c], p, col_src[c]) for c, p in cols])
    r = start
    while r < n:
        row = rows[r]
        v0 = row[header.first] if header.first < len(row) else ""
        if (type(v0) is not str or not v0 or _may_end(v0)) and _ends_table(rows, r, header):
            return r
        if fast is not None and (labels := fast.labels(row, r)) is not None:
            # the common row: its labels met before and good, its figures the row's unit
            region, (ind, measure, unit, ytd, yoy, m) = labels
            row_ref = grid.row_part(r)
            none = 0
            add = out.add
            for c, period, raw_period, src in fast_cols[ytd]:
                v = row[c]
                if type(v) is float:
                    add((region, ind, period.start, period.end, yoy), grid, r, c, src + row_ref,
                        region, ind, period, measure, v, unit)
                    continue
                res = _cell_value(grid, r, c, v)
                if res is None:
                    none += 1
                else:
                    _emit(grid, r, c, out, region, m, raw_period, res[0], res[1], src + row_ref)
            out.placeholders += none
            r += 1
            continue
        got, nonblank, none = _values(grid, row, r, cols)
        region_v = _cell(rows, fill, r, rc)
        name_v = _cell(rows, fill, r, ic)
        unit_v = _cell(rows, fill, r, uc)
        measure_v = _cell(rows, fill, r, mc)
        period_v = _cell(rows, fill, r, pc)
        if not nonblank and all(_empty(x) for x in (region_v, name_v, unit_v, measure_v, period_v)):
            return r + 1
        out.placeholders += none
        if not got:
            r += 1
            continue
        row_ref = grid.row_part(r)
        region = _label(region_v) if rc is not None else default_region
        if not region:
            out.problem(grid.place(r, rc), "missing-label", "no 地区/region for the figures in this row")
            r += 1
            continue
        if by_period:
            name = _label(name_v) if ic is not None else ctx.indicator
            m = meaning(name, _label(unit_v), _label(measure_v), ctx.unit)
            if isinstance(m, Fail):
                where = {"name": (r, ic) if ic is not None else ctx.places.get("指标", (header.row, header.first)),
                         "unit": (r, uc), "measure": (r, mc)}
                _blame(grid, out, m, where, name)
                r += 1
                continue
            ind, measure, unit, ytd = m.indicator, m.measure, m.unit, m.ytd
            yoy = measure is Measure.YOY
            add = out.add
            for c, period, value, cell_unit in got:
                if cell_unit is None and unit is not None and value is not _MISSING:
                    if ytd:
                        period = col_ytd[c]
                    add((region, ind, period.start, period.end, yoy), grid, r, c, col_src[c] + row_ref,
                        region, ind, period, measure, value, unit)
                else:
                    _emit(grid, r, c, out, region, m, period, value, cell_unit, col_src[c] + row_ref)
        else:
            if header.rows_are == "period":
                period = _period(period_v)
                if not isinstance(period, Period):
                    out.repeated((grid.name, "period", pc, str(period)), grid.place(r, pc), "bad-period", str(period))
                    r += 1
                    continue
            else:
                period = ctx_period
            for c, name, value, cell_unit in got:
                m = meaning(_label(name), "", "", ctx.unit)
                if isinstance(m, Fail):
                    _blame(grid, out, m, {"name": (header.row, c), "unit": (header.row, c),
                                          "measure": (header.row, c)}, name)
                    continue
                _emit(grid, r, c, out, region, m, period, value, cell_unit, col_src[c] + row_ref)
        r += 1
    return r


def _read_long(grid: Grid, header: Header, ctx: Context, fill: dict, out: Collector, start: int) -> int:
    rows = grid.rows
    n = len(rows)
    roles = header.roles
    rc, ic, pc, yc, vc, uc, mc = (roles.get(k) for k in ("region", "indicator", "period", "year", "value", "unit", "measure"))
    label_cols = [c for c in (rc, ic, pc, yc, uc, mc) if c is not None]
    col_src = grid.source_prefix(out.file) + grid.col_part(vc)
    default_region = ctx.region or NATIONAL
    cols = [(vc, None)]
    first = header.first
    periods: dict[tuple, Period | tuple[str, str]] = {}  # (period cell, year cell) → period or (column, message)
    fast = _FastRows(rows, fill, (rc, ic, uc, mc), [c for c in (vc, pc, yc) if c is not None],
                     default_region, "", ctx.unit)
    ytd_periods: dict[tuple, Period] = {}  # (period cell, year cell) → the period a 累计 figure covers
    add = out.add
    r = start
    while r < n:
        row = rows[r]
        lr = len(row)
        v0 = row[first] if first < lr else ""
        if (type(v0) is not str or not v0 or _may_end(v0)) and _ends_table(rows, r, header):
            return r
        value = row[vc] if vc < lr else None
        if type(value) is str:
            value = _plain_number(value)  # CSV
        if type(value) is float and (labels := fast.labels(row, r)) is not None:
            # the common row: a number under labels met before and good
            region, (ind, measure, unit, ytd, yoy, _) = labels
            pkey = (row[pc] if pc is not None else "", row[yc] if yc is not None else "")
            period = periods.get(pkey)
            if period is None:
                period = periods[pkey] = _long_period(pkey[0], pkey[1], yc is not None)
            if type(period) is Period:
                if ytd:
                    covered = ytd_periods.get(pkey)
                    if covered is None:
                        covered = ytd_periods[pkey] = _ytd(period)
                    period = covered
                add((region, ind, period.start, period.end, yoy), grid, r, vc, col_src + grid.row_part(r),
                    region, ind, period, measure, value, unit)
                r += 1
                continue
        got, nonblank, none = _values(grid, row, r, cols)
        if not nonblank and all(_empty(_cell(rows, fill, r, c)) for c in label_cols):
            return r + 1
        out.placeholders += none
        if not got:
            r += 1
            continue
        _, _, value, cell_unit = got[0]
        if fill:
            region_v, name_v, period_v, year_v, unit_v, measure_v = (
                _cell(rows, fill, r, c) for c in (rc, ic, pc, yc, uc, mc))
        else:
            region_v = row[rc] if rc is not None and rc < lr else ""
            name_v = row[ic] if ic < lr else ""
            period_v = row[pc] if pc is not None and pc < lr else ""
            year_v = row[yc] if yc is not None and yc < lr else ""
            unit_v = row[uc] if uc is not None and uc < lr else ""
            measure_v = row[mc] if mc is not None and mc < lr else ""
        region = _label(region_v) if rc is not None else default_region
        if not region:
            out.problem(grid.place(r, rc), "missing-label", "no 地区/region for this figure")
            r += 1
            continue
        pkey = (period_v, year_v)
        period = periods.get(pkey)
        if period is None:
            period = periods[pkey] = _long_period(period_v, year_v, yc is not None)
        if type(period) is not Period:
            col, msg = period
            out.repeated((grid.name, col, msg), grid.place(r, yc if col == "year" else pc), "bad-period", msg)
            r += 1
            continue
        m = meaning(_label(name_v), _label(unit_v), _label(measure_v), ctx.unit)
        if type(m) is not Meaning:
            _blame(grid, out, m, {"name": (r, ic), "unit": (r, uc), "measure": (r, mc)}, "")
            r += 1
            continue
        if cell_unit is None and m.unit is not None and value is not _MISSING:
            if m.ytd:
                period = _ytd(period)
            add((region, m.indicator, period.start, period.end, m.measure is Measure.YOY), grid, r, vc,
                col_src + grid.row_part(r), region, m.indicator, period, m.measure, value, m.unit)
        else:
            _emit(grid, r, vc, out, region, m, period, value, cell_unit, col_src + grid.row_part(r))
        r += 1
    return r


def _long_period(period_v: object, year_v: object, has_year: bool) -> Period | tuple[str, str]:
    """The period of a long row from its 期间 (and 年份) cells, or (column, message)."""
    year = None
    if has_year:
        yp = _period(year_v) if not _empty(year_v) else None
        if type(yp) is not Period or not yp.is_whole_year:
            return "year", (f"{_label(year_v)!r} is not a year" if yp is not None else "no 年份/year for this figure")
        year = yp.start_year
    if _empty(period_v):
        if year is not None:
            return Period.year_of(year)
        return "period", "no 期间/period for this figure"
    p = _period(period_v, year)
    return p if type(p) is Period else ("period", str(p))


@lru_cache(maxsize=65536)
def _may_end(text: str) -> bool:
    """Could a row starting with this text end a table (a note or a header)?"""
    return _is_note(text) or _role(text) is not None


def _skip_table(rows: list[list], start: int, header: Header) -> int:
    r = start
    while r < len(rows):
        if all(_empty(v) for v in rows[r]) or _ends_table(rows, r, header):
            return r
        r += 1
    return r
