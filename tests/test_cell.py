"""Where a figure was read (tracker.figure.Cell): its text, its place, and its way through the
readers, the worker processes and the store."""

from __future__ import annotations

import csv
import pickle

import pytest
from openpyxl import Workbook
from sqlalchemy import insert, select, text

from tracker.derive import derived_figure, sources_of
from tracker.figure import Cell, Figure, Measure, column_index, column_letters, pack_figures, unpack_figures
from tracker.ingest import read_actuals_file
from tracker.periods import Period
from tracker.store import current_figures, figure_history, import_file, open_store
from tracker.store import migrations

H1 = Period.of(2024, 1, 2024, 6)


# -- the reference itself -----------------------------------------------------------------------


@pytest.mark.parametrize("col, letters", [(0, "A"), (3, "D"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"),
                                          (52, "BA"), (701, "ZZ"), (702, "AAA"), (16383, "XFD")])
def test_columns_are_named_as_excel_names_them(col, letters):
    assert column_letters(col) == letters
    assert column_index(letters) == col


@pytest.mark.parametrize("cell, text, place", [
    (Cell("2024_01_电子信息.xlsx", "数据", 7, 3), "2024_01_电子信息.xlsx!数据!D7", "数据!D7"),
    (Cell("a.xlsx", "数据", 1, 25), "a.xlsx!数据!Z1", "数据!Z1"),
    (Cell("a.xlsx", "数据", 12, 26), "a.xlsx!数据!AA12", "数据!AA12"),
    (Cell("a.xlsx", "数据", 1048576, 702), "a.xlsx!数据!AAA1048576", "数据!AAA1048576"),
    (Cell("sub/b.xls", "月度 数据", 5, 1), "sub/b.xls!月度 数据!B5", "月度 数据!B5"),
    (Cell("c.xlsx", "A!B", 3, 2), "c.xlsx!A!B!C3", "A!B!C3"),  # Excel allows ! in a sheet's name
    (Cell("a!.xlsx", "表1", 2, 0), "a!.xlsx!表1!A2", "表1!A2"),
    (Cell("a.csv", None, 12, -1), "a.csv:12", "line 12"),
    (Cell("sub/分省 月度.csv", None, 1, -1), "sub/分省 月度.csv:1", "line 1"),
    (Cell("a.csv", None, 0, -1), "a.csv", ""),  # the file alone
])
def test_a_reference_reads_as_its_text_and_its_place_and_parses_back(cell, text, place):
    assert str(cell) == text
    assert cell.place == place
    assert f"{cell}" == text
    if cell.row:
        assert Cell.parse(text, cell.file) == cell
        assert Cell.parse(place, cell.file) == cell  # a place alone: in the file given


@pytest.mark.parametrize("text", ["a.xlsx", "a.xlsx!数据", "a.xlsx!数据!7", "a.xlsx!数据!D", "a.xlsx!数据!D07",
                                  "a.xlsx!数据!d7", "a.csv:x", "a.csv:0", "a.csv:", "b.csv:12x", "line", ""])
def test_text_that_names_no_cell_or_line_is_refused(text):
    with pytest.raises(ValueError, match="names no cell or line"):
        Cell.parse(text, "a.csv" if "csv" in text else "a.xlsx")


def test_a_derived_figure_has_no_source_of_its_own_but_its_parts():
    a = Figure("江西省", "营收", H1, Measure.VALUE, 1.0, "亿元", Cell("a.csv", None, 2, -1), "a.csv")
    b = a._replace(value=2.0, source=Cell("b.xlsx", "表", 4, 1), file="b.xlsx")
    made = derived_figure("江西省", "营收", H1, Measure.VALUE, 3.0, "亿元", "sum", (a, b, a))
    assert made.source is None and made.place == "" and made.file == ""
    assert sources_of(made) == (a.source, b.source)
    assert (a.place, b.place) == ("line 2", "表!B4")


# -- through the worker processes ---------------------------------------------------------------


def _figures(n: int) -> list[Figure]:
    sheet = "数据"
    out = []
    for i in range(n):
        file = "a.csv" if i % 3 == 0 else "b.xlsx"
        cell = Cell(file, None, i + 2, -1) if file == "a.csv" else Cell(file, sheet, 1000 + i, i % 40)
        out.append(Figure("江西省", f"指标{i % 7}", H1, Measure.VALUE, float(i), "亿元", cell, file))
    return out


def test_figures_packed_and_unpacked_come_back_the_same_with_shared_sheet_names():
    figures = _figures(300)
    packed = pack_figures(figures)
    again = unpack_figures(pickle.loads(pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL)))
    assert again == figures
    assert all(type(f.source) is Cell for f in again)
    sheets = {id(f.source.sheet) for f in again if f.source.sheet is not None}
    assert len(sheets) == 1  # one object, sent once
    rows = [f.source.row for f in again]
    assert again[1].source.row is rows[1]
    # the sources travel as numbers, not as a text per figure
    assert not any(isinstance(x, str) and "!" in x for x in packed[Figure._fields.index("source")][1])


def test_no_figures_and_derived_figures_pack_too():
    assert unpack_figures(pack_figures([])) == []
    a = _figures(2)
    made = derived_figure("江西省", "营收", H1, Measure.VALUE, 1.0, "亿元", "sum", tuple(a))
    assert unpack_figures(pickle.loads(pickle.dumps(pack_figures([*a, made])))) == [*a, made]


# -- the readers --------------------------------------------------------------------------------


def test_a_long_table_gives_each_figure_its_value_cell(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "长表 1"
    ws.append(["地区", "指标", "期间", "单位", "备注", "数值"])
    ws.append(["江西省", "规上工业营业收入", "2024年1-6月", "亿元", "", 100.5])
    ws.append(["南昌市", "规上工业营业收入", "2024年1-6月", "亿元", "", 20.25])
    wb.save(tmp_path / "long.xlsx")
    result = read_actuals_file(tmp_path / "long.xlsx", tmp_path)
    assert not result.problems
    assert [(f.value, f.source) for f in result.figures] == [
        (100.5, Cell("long.xlsx", "长表 1", 2, 5)), (20.25, Cell("long.xlsx", "长表 1", 3, 5))]
    assert [str(f.source) for f in result.figures] == ["long.xlsx!长表 1!F2", "long.xlsx!长表 1!F3"]
    assert result.figures[0].source.sheet is result.figures[1].source.sheet  # one object a sheet
    assert result.figures[0].source.file is result.figures[0].file


def test_a_wide_table_beyond_column_z_gives_each_figure_its_cell(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "进度"
    months = [f"2022年{m}月" for m in range(1, 13)] + [f"2023年{m}月" for m in range(1, 13)] + ["2024年1月"]
    ws.append(["地区", "指标", "单位", *months])
    ws.append(["江西省", "社会消费品零售总额", "亿元", *[float(i) for i in range(1, len(months) + 1)]])
    wb.save(tmp_path / "wide.xlsx")
    result = read_actuals_file(tmp_path / "wide.xlsx", tmp_path)
    assert not result.problems
    by_period = {f.period.iso(): f for f in result.figures}
    assert by_period["2022-01"].source == Cell("wide.xlsx", "进度", 2, 3)
    last = by_period["2024-01"]  # the 28th column
    assert (last.value, last.source, str(last.source), last.place) == (
        25.0, Cell("wide.xlsx", "进度", 2, 27), "wide.xlsx!进度!AB2", "进度!AB2")


def test_csv_tables_give_each_figure_its_line(tmp_path):
    long = tmp_path / "sub" / "long.csv"
    long.parent.mkdir()
    with long.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["地区", "指标", "期间", "单位", "数值"])
        w.writerow(["江西省", "工业投资", "2024年1-6月", "亿元", "600"])
        w.writerow(["南昌市", "工业投资\n（续）", "2024年1-6月", "亿元", "300"])  # a cell over two lines
        w.writerow(["九江市", "工业投资", "2024年1-6月", "亿元", "200"])
    result = read_actuals_file(long, tmp_path)
    assert not result.problems, result.problems
    assert {f.region: str(f.source) for f in result.figures} == {
        "江西省": "sub/long.csv:2", "南昌市": "sub/long.csv:3", "九江市": "sub/long.csv:5"}
    assert {f.region: f.place for f in result.figures}["九江市"] == "line 5"
    wide = tmp_path / "wide.csv"
    wide.write_text("地区,指标,单位,2024年1-6月,2024年1-9月\n南昌市,工业投资,亿元,600,900\n", encoding="utf-8")
    result = read_actuals_file(wide, tmp_path)
    assert [f.source for f in result.figures] == [Cell("wide.csv", None, 2, -1)] * 2  # one line, two figures


# -- the store ----------------------------------------------------------------------------------


def test_sources_come_back_from_the_store_as_read(engine):
    read = [Figure("江西省", "营收", H1, Measure.VALUE, 1.0, "亿元", Cell("a.xlsx", "数据", 7, 3), "a.xlsx"),
            Figure("江西省", "营收", Period.year_of(2023), Measure.VALUE, 2.0, "亿元", Cell("a.xlsx", "表 2", 9, 702),
                   "a.xlsx"),
            Figure("南昌市", "营收", H1, Measure.VALUE, 3.0, "亿元", Cell("b.csv", None, 70000, -1), "b.csv")]
    import_file(engine, path="a.xlsx", sha256="0" * 64, size=1, figures_read=read, problems=(), placeholders=0,
                run_id=None)
    got = current_figures(engine)
    assert sorted(got, key=lambda f: f.value) == read
    assert [str(f.source) for f in got] == ["a.xlsx!数据!D7", "a.xlsx!表 2!AAA9", "b.csv:70000"]
    assert got[0].source.file is got[0].file
    with engine.connect() as conn:
        assert conn.execute(text("SELECT sheet_id IS NULL, source_row, source_col FROM figures ORDER BY id")
                            ).all() == [(0, 7, 3), (0, 9, 702), (1, 70000, -1)]
    (history,) = figure_history(engine, ["南昌市"], ["营收"])
    assert history.figure.source == Cell("b.csv", None, 70000, -1)


def test_a_figure_whose_source_names_another_file_is_refused(engine):
    wrong = Figure("江西省", "营收", H1, Measure.VALUE, 1.0, "亿元", Cell("b.csv", None, 2, -1), "a.csv")
    with pytest.raises(ValueError, match="read from another file"):
        import_file(engine, path="a.csv", sha256="0" * 64, size=1, figures_read=[wrong], problems=(),
                    placeholders=0, run_id=None)


def test_a_version_5_store_keeps_its_sources_as_cells(db_url):
    """Schema 6 reads the text each source was kept as once: a sheet's cell, a CSV line, a place
    without its file (written by hand), and text that names none (the file alone)."""
    engine = open_store(db_url, migrations.MIGRATIONS[:5])
    with engine.begin() as conn:
        names = {}
        for name in ("", "亿元", "a.xlsx", "b.csv", "省统计局"):
            names[name] = conn.execute(insert(migrations.v2_names).values(name=name)
                                       .returning(migrations.v2_names.c.id)).scalar_one()
        conn.execute(text("INSERT INTO imports (path, sha256, size, imported_at, outcome, figures, placeholders, "
                          "new, revised, problems) VALUES ('a.xlsx', :s, 1, :t, 'ok', 4, 0, 4, 0, '[]')"),
                     {"s": "0" * 64, "t": "2024-07-01 00:00:00"})
        conn.execute(text("INSERT INTO series (region, indicator) VALUES ('江西省', '营收')"))
        rows = [(2021, "a.xlsx", "a.xlsx", "!月度 数据!AB7", "省统计局", None),
                (2022, "b.csv", "b.csv", ":12", None, None),
                (2023, "a.xlsx", "", "数据!D8", None, None),
                (2020, "a.xlsx", "", "not a place", None, 1.5)]
        for year, file, head, tail, origin, revised_from in rows:
            conn.execute(text(
                "INSERT INTO figures (series_id, period_start, period_end, measure, value, unit_id, file_id, "
                "source_head_id, source_tail, import_id, revised_from, origin_id) VALUES "
                "(1, :s, :e, 'value', :v, :u, :f, :h, :t, 1, :r, :o)"),
                dict(s=year * 12, e=year * 12 + 11, v=float(year), u=names["亿元"], f=names[file], h=names[head],
                     t=tail, r=revised_from, o=names.get(origin)))
    engine.dispose()
    engine = open_store(db_url)
    try:
        got = {f.period.iso(): f for f in current_figures(engine)}
        assert {p: f.source for p, f in got.items()} == {
            "2021": Cell("a.xlsx", "月度 数据", 7, 27), "2022": Cell("b.csv", None, 12, -1),
            "2023": Cell("a.xlsx", "数据", 8, 3), "2020": Cell("a.xlsx", None, 0, -1)}
        assert {p: str(f.source) for p, f in got.items()} == {
            "2021": "a.xlsx!月度 数据!AB7", "2022": "b.csv:12", "2023": "a.xlsx!数据!D8", "2020": "a.xlsx"}
        assert (got["2021"].origin, got["2020"].revised_from, got["2022"].file) == ("省统计局", 1.5, "b.csv")
        with engine.connect() as conn:
            assert [r[0] for r in conn.execute(select(text("id")).select_from(text("figures")).order_by(text("id")))
                    ] == [1, 2, 3, 4]  # the ids kept
        # the next import goes on after the copied rows, and finds the same cell the same figure
        again = Figure("江西省", "营收", Period.year_of(2022), Measure.VALUE, 2022.0, "亿元", Cell("b.csv", None, 12, -1),
                       "b.csv")
        record = import_file(engine, path="b.csv", sha256="1" * 64, size=1, figures_read=[again], problems=(),
                             placeholders=0, run_id=None)
        assert (record.new, record.revised) == (0, 0)
    finally:
        engine.dispose()
