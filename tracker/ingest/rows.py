"""Reading a table's rows into figures (docs/formats.md).

``read_long`` reads a long table (one figure a row, under 数值/value);
``read_cross`` a cross table (labels in the first columns, a figure in each
period or indicator column). Each turns every value cell into a figure or a
problem with its place, and returns the row after the table's last.

Most rows of a large table repeat labels met before: ``_FastRows`` lets
those skip the checks they are known to pass.
"""

from __future__ import annotations

import sys

from operator import itemgetter

from tracker.figure import Cell, Measure, make_figure
from tracker.messages import Phrase
from tracker.periods import Period

from tracker.ingest.cells import CellError, number
from tracker.ingest.collect import Collector
from tracker.ingest.grids import Grid
from tracker.ingest.headers import Context, Header, blank, classify, is_note, may_end, role_of
from tracker.ingest.meaning import Fail, Meaning, label, meaning, period_of, year_to_date

NATIONAL = "全国"
_new = tuple.__new__  # _new(Cell, (file, sheet, row, col)): a figure's Cell, made in C


def _cell(rows: list[list], fill: dict, r: int, c: int | None) -> object:
    """A label cell, with a vertically merged range's value filled in."""
    if c is None:
        return ""
    row = rows[r]
    v = row[c] if c < len(row) else ""
    if blank(v) and fill and (r, c) in fill:
        r0, c0 = fill[(r, c)]
        v = rows[r0][c0]
    return v


def _might_end(v0: object) -> bool:
    """Could a row whose first cell is this end the table? (``_ends_table`` tells.)"""
    return type(v0) is not str or not v0 or may_end(v0)


def _ends_table(rows: list[list], r: int, header: Header) -> bool:
    """A note row (注：…, 数据来源：…) or the next table's header."""
    row = rows[r]
    v = row[header.first] if header.first < len(row) else ""
    if blank(v):
        v = next((x for x in row if not blank(x)), "")
    if is_note(v):
        return True
    return role_of(v) is not None and isinstance(classify(rows, r), Header)


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
            return _MISSING, CellError.of("problem.excel-error", "excel-error", error=errors[(r, c)])
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
    out.problem(grid.place(r, c), err.reason, err.as_phrase())


def _emit(grid: Grid, r: int, c: int, out: Collector, region: str, m: Meaning, period: Period,
          value, cell_unit, source: Cell, origin: str | None = None) -> None:
    """One value cell: a figure, or a problem. The loops inline the common case
    (a float, the unit from the row) and call this for the rest."""
    if value is _MISSING:
        _bad_value(grid, r, c, cell_unit, out)
        return
    unit = m.unit
    if cell_unit is not None:
        if unit is None:
            if m.measure is Measure.YOY and cell_unit != "%":
                out.problem(grid.place(r, c), "unit-conflict", Phrase.of("problem.unit-conflict.growth-cell", unit=cell_unit))
                return
            unit = cell_unit
        elif cell_unit.lower() != unit.lower():
            out.problem(grid.place(r, c), "unit-conflict",
                        Phrase.of("problem.unit-conflict.cell", cell=cell_unit, row=unit))
            return
    elif unit is None:
        out.problem(grid.place(r, c), "missing-unit", Phrase.of("problem.missing-unit"))
        return
    if m.ytd:
        period = year_to_date(period)
    out.add((region, m.indicator, period.start, period.end, m.measure is Measure.YOY),
            make_figure(region, m.indicator, period, m.measure, value, unit, source, out.file, origin))


class _Origins(dict):
    """A 来源 cell's value -> its text, stripped and interned (None when blank): a file gives one
    text a table or a few, and half a million figures share those few string objects."""

    def __missing__(self, v):
        text = None if blank(v) else sys.intern(label(v))
        self[v] = text
        return text


def _origin_getter(sc: int | None):
    """A function giving a row's 来源 text (None for a table without a 来源 column)."""
    if sc is None:
        return None
    origins = _Origins()

    def origin(row) -> str | None:
        return origins[row[sc]] if sc < len(row) else None

    return origin


def _blame(grid: Grid, out: Collector, fail: Fail, cells: dict[str, tuple[int, int]], text: str) -> None:
    r, c = cells[fail.part]
    out.repeated((grid.name, fail.part, c, fail.message), grid.place(r, c), fail.reason, fail.message)


class _FastRows:
    """The common rows of one table, read without checks they are known to pass.

    A row qualifies when its label cells are text met before in this table
    and found good then — a region (地区), an indicator with its measure and
    unit (指标, 单位, 口径) — and no cell the table reads of it lies under a
    merged range. The readers look a row's label cells up in ``regions`` and
    ``meanings`` (None: take the full path) and send its float cells
    straight to the collector; every other row, and every other cell, takes
    the full path with its checks and problems, so the figures and problems
    are the same either way.

    Nor can a qualifying row end the table: when its first cell is a label
    (``first_is_label``), a label that is empty or might begin a note or a
    header (``may_end``) is not found good; otherwise the reader checks.
    """

    def __init__(self, fill: dict, labels: tuple, other_cols: list[int], first: int,
                 default_name: str, table_unit: str):
        rc, ic, uc, mc = labels  # columns, None where the table has none
        self._rc, self._first = rc, first
        self._meaning_cols = (ic, uc, mc)
        self._cols = cols = [c for c in (ic, uc, mc) if c is not None]
        read = {*cols, *other_cols, *([] if rc is None else [rc])}
        #: a row shorter than this (a ragged CSV line) takes the full path
        self.width = max(read) + 1
        #: rows with a cell the table reads under a merged range take the full path
        self.merged_rows = frozenset(r for r, c in fill if c in read)
        self.first_is_label = first in (rc, *cols)
        #: a row's 指标, 单位 and 口径 cells (those the table has), the key of ``meanings``
        self.meaning_cells = itemgetter(*cols) if cols else (lambda row: ())
        self._default_name, self._table_unit = default_name, table_unit
        #: region cell → region; None: the full path
        self.regions: dict[object, str | None] = _Learned(self._region)
        #: those cells → (indicator, measure, unit, ytd, yoy, Meaning); None: the full path
        self.meanings: dict[tuple, tuple | None] = _Learned(self._meaning)

    def _region(self, cell: object) -> str | None:
        # text only: the full path's caches tell 1.0 from True, a dict does not
        if type(cell) is not str or self._might_end(self._rc, cell):
            return None
        return label(cell) or None

    def _meaning(self, cells: tuple | object) -> tuple | None:
        if len(self._cols) == 1:
            cells = (cells,)  # itemgetter of one column gives the cell itself
        if any(type(v) is not str or self._might_end(c, v) for c, v in zip(self._cols, cells)):
            return None
        ic, uc, mc = self._meaning_cols
        cell = dict(zip(self._cols, cells)).get  # by column; "" for a column the table lacks (None)
        name = label(cell(ic)) if ic is not None else self._default_name
        m = meaning(name, label(cell(uc, "")), label(cell(mc, "")), self._table_unit)
        if type(m) is not Meaning or m.unit is None:
            return None
        return m.indicator, m.measure, m.unit, m.ytd, m.measure is Measure.YOY, m

    def _might_end(self, col: int, text: str) -> bool:
        return col == self._first and (not text or may_end(text))


class _Learned(dict):
    """A cache that fills itself: a key not yet met is looked up by ``learn``."""

    def __init__(self, learn):
        super().__init__()
        self._learn = learn

    def __missing__(self, key):
        value = self[key] = self._learn(key)
        return value


def read_cross(grid: Grid, header: Header, ctx: Context, fill: dict, out: Collector, start: int) -> int:
    rows = grid.rows
    n = len(rows)
    roles = header.roles
    rc, ic, uc, mc, pc = (roles.get(k) for k in ("region", "indicator", "unit", "measure", "period"))
    origin_of = _origin_getter(roles.get("source"))
    file = out.file
    sheet, numbers = grid.sheet, grid.row_numbers
    by_period = header.by == "period"
    title_place = grid.place(header.row, header.first)
    ctx_period = None
    if not by_period and header.rows_are == "region":
        p = period_of(ctx.period) if ctx.period else None
        if not isinstance(p, Period):
            out.problem(title_place, "bad-period",
                        Phrase.of("problem.bad-period.table-given", text=ctx.period) if ctx.period
                        else Phrase.of("problem.bad-period.table"))
            return _skip_table(rows, start, header)
        ctx_period = p
    if by_period and ic is None and not ctx.indicator:
        out.problem(title_place, "missing-column", Phrase.of("problem.missing-column.no-indicator"))
        return _skip_table(rows, start, header)
    default_region = ctx.region or NATIONAL
    cols = header.columns
    col_of = {c: grid.cell_col(c) for c, _ in cols}  # the column a figure's Cell names
    col_ytd = {c: year_to_date(p) for c, p in cols} if by_period else {}
    add = out.add
    keep = out.keep
    first = header.first
    fast = _FastRows(fill, (rc, ic, uc, mc), [c for c, _ in cols], first, ctx.indicator, ctx.unit) if by_period else None
    if fast is not None:
        regions, meanings, meaning_cells = fast.regions, fast.meanings, fast.meaning_cells
        width, merged_rows, first_is_label = fast.width, fast.merged_rows, fast.first_is_label
        # by ytd: (col, period of its figures, its start and end, period of its header, its Cell's column)
        fast_cols = ([(c, p, p.start, p.end, p, col_of[c]) for c, p in cols],
                     [(c, col_ytd[c], col_ytd[c].start, col_ytd[c].end, p, col_of[c]) for c, p in cols])
    r = start
    while r < n:
        row = rows[r]
        if (fast is not None and len(row) >= width and r not in merged_rows
                and (first_is_label or not _might_end(row[first]))
                and (region := default_region if rc is None else regions[row[rc]]) is not None
                and (labels := meanings[meaning_cells(row)]) is not None):
            # the common row: its labels met before and good, its figures the row's unit
            ind, measure, unit, ytd, yoy, m = labels
            row_no = numbers[r]
            origin = None if origin_of is None else origin_of(row)
            none = 0
            for c, period, period_start, period_end, raw_period, cc in fast_cols[ytd]:
                v = row[c]
                if type(v) is float:
                    key, f = (region, ind, period_start, period_end, yoy), make_figure(
                        region, ind, period, measure, v, unit, _new(Cell, (file, sheet, row_no, cc)), file, origin)
                    if keep(key, f) is not f:  # the key met before
                        add(key, f)
                    continue
                res = _cell_value(grid, r, c, v)
                if res is None:
                    none += 1
                else:
                    _emit(grid, r, c, out, region, m, raw_period, res[0], res[1], _new(Cell, (file, sheet, row_no, cc)),
                          origin)
            out.placeholders += none
            r += 1
            continue
        if _might_end(row[first] if first < len(row) else "") and _ends_table(rows, r, header):
            return r
        got, nonblank, none = _values(grid, row, r, cols)
        region_v = _cell(rows, fill, r, rc)
        name_v = _cell(rows, fill, r, ic)
        unit_v = _cell(rows, fill, r, uc)
        measure_v = _cell(rows, fill, r, mc)
        period_v = _cell(rows, fill, r, pc)
        if not nonblank and all(blank(x) for x in (region_v, name_v, unit_v, measure_v, period_v)):
            return r + 1
        out.placeholders += none
        if not got:
            r += 1
            continue
        row_no = numbers[r]
        origin = None if origin_of is None else origin_of(row)
        region = label(region_v) if rc is not None else default_region
        if not region:
            out.problem(grid.place(r, rc), "missing-label", Phrase.of("problem.missing-label.region-row"))
            r += 1
            continue
        if by_period:
            name = label(name_v) if ic is not None else ctx.indicator
            m = meaning(name, label(unit_v), label(measure_v), ctx.unit)
            if isinstance(m, Fail):
                where = {"name": (r, ic) if ic is not None else ctx.places.get("指标", (header.row, header.first)),
                         "unit": (r, uc), "measure": (r, mc)}
                _blame(grid, out, m, where, name)
                r += 1
                continue
            ind, measure, unit, ytd = m.indicator, m.measure, m.unit, m.ytd
            yoy = measure is Measure.YOY
            for c, period, value, cell_unit in got:
                if cell_unit is None and unit is not None and value is not _MISSING:
                    if ytd:
                        period = col_ytd[c]
                    add((region, ind, period.start, period.end, yoy),
                        make_figure(region, ind, period, measure, value, unit, _new(Cell, (file, sheet, row_no, col_of[c])),
                                    file, origin))
                else:
                    _emit(grid, r, c, out, region, m, period, value, cell_unit,
                          _new(Cell, (file, sheet, row_no, col_of[c])), origin)
        else:
            if header.rows_are == "period":
                period = period_of(period_v)
                if not isinstance(period, Period):
                    out.repeated((grid.name, "period", pc, str(period)), grid.place(r, pc), "bad-period", period.as_phrase())
                    r += 1
                    continue
            else:
                period = ctx_period
            for c, name, value, cell_unit in got:
                m = meaning(label(name), "", "", ctx.unit)
                if isinstance(m, Fail):
                    _blame(grid, out, m, {"name": (header.row, c), "unit": (header.row, c),
                                          "measure": (header.row, c)}, name)
                    continue
                _emit(grid, r, c, out, region, m, period, value, cell_unit,
                      _new(Cell, (file, sheet, row_no, col_of[c])), origin)
        r += 1
    return r


def read_long(grid: Grid, header: Header, ctx: Context, fill: dict, out: Collector, start: int) -> int:
    rows = grid.rows
    n = len(rows)
    roles = header.roles
    rc, ic, pc, yc, vc, uc, mc = (roles.get(k) for k in ("region", "indicator", "period", "year", "value", "unit", "measure"))
    label_cols = [c for c in (rc, ic, pc, yc, uc, mc) if c is not None]
    origin_of = _origin_getter(roles.get("source"))
    file = out.file
    sheet, numbers, cc = grid.sheet, grid.row_numbers, grid.cell_col(vc)  # of the figures' Cells
    default_region = ctx.region or NATIONAL
    cols = [(vc, None)]
    first = header.first
    period_cells, periods, ytd_periods = _long_periods(pc, yc)
    fast = _FastRows(fill, (rc, ic, uc, mc), [c for c in (vc, pc, yc) if c is not None], first, "", ctx.unit)
    regions, meanings, meaning_cells = fast.regions, fast.meanings, fast.meaning_cells
    width, merged_rows, first_is_label = fast.width, fast.merged_rows, fast.first_is_label
    add = out.add
    keep = out.keep
    r = start
    while r < n:
        row = rows[r]
        lr = len(row)
        value = row[vc] if vc < lr else None
        if type(value) is str:
            value = _plain_number(value)  # CSV
        if (type(value) is float and lr >= width and r not in merged_rows
                and (first_is_label or not _might_end(row[first]))
                and (region := default_region if rc is None else regions[row[rc]]) is not None
                and (labels := meanings[meaning_cells(row)]) is not None):
            # the common row: a number under labels met before and good
            ind, measure, unit, ytd, yoy, _ = labels
            period = (ytd_periods if ytd else periods)[period_cells(row)]
            if type(period) is Period:
                key, f = (region, ind, period.start, period.end, yoy), make_figure(
                    region, ind, period, measure, value, unit, _new(Cell, (file, sheet, numbers[r], cc)), file,
                    None if origin_of is None else origin_of(row))
                if keep(key, f) is not f:  # the key met before
                    add(key, f)
                r += 1
                continue
        if _might_end(row[first] if first < lr else "") and _ends_table(rows, r, header):
            return r
        got, nonblank, none = _values(grid, row, r, cols)
        if not nonblank and all(blank(_cell(rows, fill, r, c)) for c in label_cols):
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
        region = label(region_v) if rc is not None else default_region
        if not region:
            out.problem(grid.place(r, rc), "missing-label", Phrase.of("problem.missing-label.region"))
            r += 1
            continue
        period = _long_period(period_v, year_v, yc is not None)
        if type(period) is not Period:
            col, msg = period
            out.repeated((grid.name, col, msg), grid.place(r, yc if col == "year" else pc), "bad-period", msg)
            r += 1
            continue
        m = meaning(label(name_v), label(unit_v), label(measure_v), ctx.unit)
        if type(m) is not Meaning:
            _blame(grid, out, m, {"name": (r, ic), "unit": (r, uc), "measure": (r, mc)}, "")
            r += 1
            continue
        if cell_unit is None and m.unit is not None and value is not _MISSING:
            if m.ytd:
                period = year_to_date(period)
            add((region, m.indicator, period.start, period.end, m.measure is Measure.YOY),
                make_figure(region, m.indicator, period, m.measure, value, m.unit,
                            _new(Cell, (file, sheet, numbers[r], cc)), file, None if origin_of is None else origin_of(row)))
        else:
            _emit(grid, r, vc, out, region, m, period, value, cell_unit, _new(Cell, (file, sheet, numbers[r], cc)),
                  None if origin_of is None else origin_of(row))
        r += 1
    return r


def _long_periods(pc: int | None, yc: int | None) -> tuple:
    """The periods of a long table's rows, cached by their 期间 and 年份 cells (those the table has).

    Returns the cells' getter, the periods they give (or (column, message)
    when they give none) and the periods a 累计 figure labelled so covers.
    """
    cells = itemgetter(*(c for c in (pc, yc) if c is not None))
    if pc is not None and yc is not None:
        periods = _Learned(lambda both: _long_period(*both, True))
    elif pc is not None:
        periods = _Learned(lambda period_v: _long_period(period_v, "", False))
    else:
        periods = _Learned(lambda year_v: _long_period("", year_v, True))
    ytd_periods = _Learned(lambda key: year_to_date(periods[key]) if type(periods[key]) is Period else periods[key])
    return cells, periods, ytd_periods


def _long_period(period_v: object, year_v: object, has_year: bool) -> Period | tuple[str, Phrase]:
    """The period of a long row from its 期间 (and 年份) cells, or (column, what is wrong)."""
    year = None
    if has_year:
        yp = period_of(year_v) if not blank(year_v) else None
        if type(yp) is not Period or not yp.is_whole_year:
            return "year", (Phrase.of("problem.bad-period.not-year", text=label(year_v)) if yp is not None
                            else Phrase.of("problem.bad-period.no-year"))
        year = yp.start_year
    if blank(period_v):
        if year is not None:
            return Period.year_of(year)
        return "period", Phrase.of("problem.bad-period.no-period")
    p = period_of(period_v, year)
    return p if type(p) is Period else ("period", p.as_phrase())

def _skip_table(rows: list[list], start: int, header: Header) -> int:
    r = start
    while r < len(rows):
        if all(blank(v) for v in rows[r]) or _ends_table(rows, r, header):
            return r
        r += 1
    return r
