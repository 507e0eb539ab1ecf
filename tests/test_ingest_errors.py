"""Every kind of bad input: the file gives no figures, each problem names its place."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tracker.ingest import read_actuals_file

HEADER = ["地区", "指标", "期间", "数值", "单位", "口径"]


def long_xlsx(path: Path, rows: list[list], title: bool = True) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append(["标题行"] if title else [])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def problems(path: Path):
    res = read_actuals_file(path, path.parent)
    assert res.figures == ()
    assert not res.ok
    assert all(p.file == path.name for p in res.problems)
    return [(p.place, p.reason, p.text("en")) for p in res.problems]


GOOD = ["江西省", "工业投资", "2024年1-6月", 100, "亿元", "累计值"]


def test_excel_error_value(tmp_path):
    path = long_xlsx(tmp_path / "e.xlsx", [GOOD, ["江西省", "工业投资", "2024年1-3月", "=1/0", "亿元", "累计值"]])
    # openpyxl stores no result for a formula: write the error value itself
    wb = openpyxl.load_workbook(path)
    ws = wb["数据"]
    ws["D4"].value = "#DIV/0!"
    ws["D4"].data_type = "e"
    ws.append(["江西省", "工业投资", "2024年1-4月", "#N/A", "亿元", "累计值"])  # openpyxl writes an error value
    ws.append(["江西省", "工业投资", "2024年1-5月", "#VALUE!", "亿元", "累计值"])
    wb.save(path)
    found = problems(path)
    assert [(place, reason) for place, reason, _ in found] == [
        ("数据!D4", "excel-error"), ("数据!D5", "excel-error"), ("数据!D6", "excel-error")]
    assert "#DIV/0!" in found[0][2] and "#N/A" in found[1][2] and "#VALUE!" in found[2][2]


@pytest.mark.parametrize("text", ["约60", "六十", "60左右", "n.a.", "1.2.3"])
def test_text_in_a_number_cell(tmp_path, text):
    path = long_xlsx(tmp_path / "t.xlsx", [GOOD, ["江西省", "工业投资", "2024年1-3月", text, "亿元", "累计值"]])
    [(place, reason, message)] = problems(path)
    assert (place, reason) == ("数据!D4", "bad-value")
    assert text in message


def test_boolean_is_not_a_number(tmp_path):
    path = long_xlsx(tmp_path / "b.xlsx", [["江西省", "工业投资", "2024年1-3月", True, "亿元", "累计值"]])
    [(place, reason, _)] = problems(path)
    assert (place, reason) == ("数据!D3", "bad-value")


def test_percent_needs_the_unit_percent(tmp_path):
    path = long_xlsx(tmp_path / "p.xlsx", [["江西省", "工业投资", "2024年1-3月", "5.9%", "亿元", "累计值"]])
    [(place, reason, message)] = problems(path)
    assert (place, reason) == ("数据!D3", "unit-conflict")
    assert "%" in message and "亿元" in message


def test_unit_conflict_in_cell(tmp_path):
    path = long_xlsx(tmp_path / "u.xlsx", [GOOD, ["江西省", "工业投资", "2024年1-3月", "3500万元", "亿元", "累计值"]])
    [(place, reason, message)] = problems(path)
    assert (place, reason) == ("数据!D4", "unit-conflict")
    assert "万元" in message and "亿元" in message


def test_unknown_unit(tmp_path):
    rows = [GOOD] + [["江西省", "工业投资", f"2024年{m}月", 1, "亿卢布", "当期值"] for m in (1, 2, 3)]
    path = long_xlsx(tmp_path / "uu.xlsx", rows)
    [(place, reason, message)] = problems(path)
    assert (place, reason) == ("数据!E4", "unknown-unit")
    assert "亿卢布" in message and "2 more" in message


def test_unknown_measure(tmp_path):
    path = long_xlsx(tmp_path / "m.xlsx", [["江西省", "工业投资", "2024年1-3月", 1, "亿元", "环比"]])
    [(place, reason, message)] = problems(path)
    assert (place, reason) == ("数据!F3", "bad-measure")
    assert "环比" in message


def test_conflicting_duplicate(tmp_path):
    path = long_xlsx(tmp_path / "d.xlsx", [GOOD, ["江西省", "工业投资", "2024年1—6月", 101, "亿元", "累计值"]])
    [(place, reason, message)] = problems(path)
    assert (place, reason) == ("数据!D4", "duplicate")
    assert "数据!D3" in message and "100" in message and "101" in message


def test_conflicting_duplicate_on_another_sheet_names_both_cells(tmp_path):
    # a figure's place is read back from its source: a file name with ! and : in it, in a subfolder
    (tmp_path / "2024年").mkdir()
    path = long_xlsx(tmp_path / "2024年" / "报表!6月:终.xlsx", [GOOD])
    wb = openpyxl.load_workbook(path)
    ws = wb.create_sheet("续表")
    ws.append(HEADER)
    ws.append(["江西省", "工业投资", "2024年1-6月", 101, "亿元", "累计值"])
    wb.save(path)
    res = read_actuals_file(path, tmp_path)
    [p] = res.problems
    assert (p.file, p.place, p.reason) == ("2024年/报表!6月:终.xlsx", "续表!D2", "duplicate")
    assert p.text("en").endswith("100 亿元 at 数据!D3 and 101 亿元 at 续表!D2")


def test_conflicting_duplicate_in_csv_names_both_lines(tmp_path):
    # a cell over two lines: the places are lines of the file, not rows
    path = tmp_path / "a:b.csv"
    path.write_text("地区,指标,期间,数值,单位\n江西省,工业投资,2024年1-6月,100,亿元\n江西省,\"营业\n收入\",2024年1-6月,1,万元\n"
                    "江西省,工业投资,2024年1-6月,101,亿元\n", encoding="utf-8")
    [(place, reason, message)] = problems(path)
    assert (place, reason) == ("line 5", "duplicate")
    assert message.endswith("100 亿元 at line 2 and 101 亿元 at line 5")


def test_bad_period(tmp_path):
    path = long_xlsx(tmp_path / "bp.xlsx", [GOOD, ["江西省", "工业投资", "2024年13月", 5, "亿元", "累计值"]])
    [(place, reason, message)] = problems(path)
    assert (place, reason) == ("数据!C4", "bad-period")
    assert "13" in message


def test_bad_period_header_in_wide_layout(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "进度"
    ws.append(["地区", "指标", "单位", "口径", "2024年1-6月", "2026年目标"])
    ws.append(["宜春市", "锂电产业营业收入", "亿元", "累计值", 1200, 3500])
    wb.save(tmp_path / "w.xlsx")
    [(place, reason, message)] = problems(tmp_path / "w.xlsx")
    assert (place, reason) == ("进度!F1", "bad-period")
    assert "2026年目标" in message


def test_no_table_in_the_file(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["工作说明"])
    ws.append(["名称", "金额", "日期"])
    ws.append(["甲", 1, 2])
    wb.save(tmp_path / "n.xlsx")
    [(place, reason, message)] = problems(tmp_path / "n.xlsx")
    assert reason == "no-table"
    assert "名称" in message and "金额" in message  # the headers found
    assert "地区/region" in message and "数值/value" in message  # and those expected


def test_header_missing_a_column(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append(["地区", "指标", "数值", "单位"])
    ws.append(["江西省", "工业投资", 5, "亿元"])
    wb.save(tmp_path / "mc.xlsx")
    [(place, reason, message)] = problems(tmp_path / "mc.xlsx")
    assert reason == "missing-column" and place == "数据!A1"
    assert "期间/period" in message


def test_csv_problem_places_are_lines(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("说明：测试\n地区,指标,期间,数值,单位\n江西省,工业投资,2024年1-6月,#REF!,亿元\n"
                    "江西省,工业投资,2024年1-3月,abc,亿元\n", encoding="utf-8")
    found = problems(path)
    assert [(place, reason) for place, reason, _ in found] == [("line 3", "excel-error"), ("line 4", "bad-value")]


def test_one_bad_cell_discards_the_whole_file(tmp_path):
    rows = [GOOD] + [["江西省", "工业投资", f"2024年{m}月", m, "亿元", "当期值"] for m in range(1, 13)]
    rows.append(["江西省", "工业投资", "2023年", "—?", "亿元", "累计值"])
    path = long_xlsx(tmp_path / "one.xlsx", rows)
    res = read_actuals_file(path, tmp_path)
    assert res.figures == () and len(res.problems) == 1 and res.problems[0].place == "数据!D16"


def test_excel_errors_looked_for_only_where_a_value_cell_reads_as_empty(tmp_path):
    from tracker.ingest.collect import Collector
    from tracker.ingest.grids import read_workbook
    from tracker.ingest.tables import read_grid

    def read(path):
        [grid] = read_workbook(path)
        out = Collector(path.name)
        read_grid(grid, out)
        return grid, out

    full = long_xlsx(tmp_path / "full.xlsx", [GOOD, ["江西省", "工业投资", "2024年1-3月", 40, "亿元", "累计值"]])
    grid, out = read(full)
    assert len(out.figures) == 2 and not out.has_problems
    assert not grid.errors.looked_for  # every value cell filled: the workbook is read once

    gap = long_xlsx(tmp_path / "gap.xlsx", [GOOD, ["江西省", "工业投资", "2024年1-3月", None, "亿元", "累计值"]])
    grid, out = read(gap)
    assert grid.errors.looked_for and dict(grid.errors) == {}
    assert len(out.figures) == 1 and out.placeholders == 1 and not out.has_problems

    # an error in a cell that is no value cell (the title) is never one the importer needs
    wb = openpyxl.load_workbook(gap)
    wb["数据"]["A1"].value = "#REF!"
    wb["数据"]["A1"].data_type = "e"
    wb["数据"]["D4"].value = "#N/A"
    wb["数据"]["D4"].data_type = "e"
    wb.save(gap)
    grid, out = read(gap)
    assert dict(grid.errors) == {(0, 0): "#REF!", (3, 3): "#N/A"}
    assert [(p.place, p.reason) for p in out.problems()] == [("数据!D4", "excel-error")]
