"""Table rows written as XML read back exactly as the same cells written through openpyxl."""

from __future__ import annotations

import math
from decimal import Decimal

import openpyxl
import pytest
from openpyxl import Workbook

from tracker.model import Status
from tracker.report.cells import (
    BOX, CENTER, HEADER_FILL, HEADER_FONT, WRAP_TOP, put, status_fill, status_font,
)
from tracker.report.fit import fit_columns, fit_rows
from tracker.report.rows import ReportWorkbook, TableRows

VALUES = [
    "宜春市", "a & b <c> d > e", "  leading and trailing  ", "two\nlines", "cr\r\nlf", "=SUM(A1:A3)", "+1", "@x",
    "bad\x00\x07 text", "\x00\x01", "lone \ud800 surrogate \uffff", "", None, True, False, 0, -1.5, 1e-300, 2026,
    123456789012345678, 0.1 + 0.2, math.nan, math.inf, Decimal("1.10"), "长" * 40000,
]
STYLES = [
    {}, {"fmt": "0.0%"}, {"fmt": '0.0"%"', "align": WRAP_TOP}, {"fill": status_fill(Status.MISSED),
                                                                "font": status_font(Status.MISSED), "align": CENTER},
    {"font": HEADER_FONT, "fill": HEADER_FILL, "border": BOX},
]


def cells(ws) -> dict:
    return {(c.row, c.column): (c.value, c.data_type, c.number_format, repr(c.font), repr(c.fill),
                                repr(c.alignment), repr(c.border))
            for row in ws.iter_rows() for c in row if c.value is not None or c.has_style}


def test_rows_read_back_as_openpyxl_cells(tmp_path):
    plain, fast = Workbook(), ReportWorkbook()
    for wb in (plain, fast):
        put(wb.active, 1, 1, "title", font=HEADER_FONT)
    rows = TableRows(fast.active, 2)
    for r, value in enumerate(VALUES, start=2):
        row = []
        for c, kw in enumerate(STYLES, start=1):
            put(plain.active, r, c, value, **kw)
            row.append((value, rows.style(**kw)))
        assert rows.append(row) == r
    for wb, table in ((plain, None), (fast, rows)):
        fit_columns(wb.active, 1, [(4, 30)] * len(STYLES), rows=table)
        fit_rows(wb.active, 1, rows=table)
    plain.save(tmp_path / "plain.xlsx")
    fast.save(tmp_path / "fast.xlsx")
    a, b = (openpyxl.load_workbook(tmp_path / f"{n}.xlsx").active for n in ("plain", "fast"))
    assert cells(a) == cells(b)
    assert b.cell(3, 1).value == "a & b <c> d > e" and b.cell(6, 1).value == "cr\r\nlf"
    assert b.cell(7, 1).data_type == "s"  # text, never a formula
    assert b.cell(11, 1).value is None and b.cell(12, 1).value == "lone  surrogate "
    assert {k: d.width for k, d in a.column_dimensions.items()} == {k: d.width for k, d in b.column_dimensions.items()}
    assert {k: d.height for k, d in a.row_dimensions.items() if d.height} == {
        k: d.height for k, d in b.row_dimensions.items() if d.height}
    assert a.calculate_dimension() == b.calculate_dimension()
    assert b.max_row == len(VALUES) + 1


def test_a_row_written_twice_is_an_error(tmp_path):
    wb = ReportWorkbook()
    rows = TableRows(wb.active, 2)
    rows.append([("x", rows.style())])
    put(wb.active, 2, 1, "clash")
    with pytest.raises(RuntimeError, match="row 2 written twice"):
        wb.save(tmp_path / "x.xlsx")


def test_rows_need_a_report_workbook():
    with pytest.raises(TypeError):
        TableRows(Workbook().active, 2)


def test_rows_may_leave_gaps_but_never_go_back(tmp_path):
    wb = ReportWorkbook()
    rows = TableRows(wb.active, 3)
    plain = rows.style()
    assert rows.append([("a", plain)], row=5) == 5
    assert rows.append([("b", plain)]) == 6
    with pytest.raises(ValueError, match="not below"):
        rows.append([("c", plain)], row=6)
    wb.save(tmp_path / "x.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "x.xlsx").active
    assert [(c.coordinate, c.value) for row in ws.iter_rows() for c in row if c.value] == [("A5", "a"), ("A6", "b")]
