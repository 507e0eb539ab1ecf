"""The importer on spreadsheets and CSV files written by the tests: every layout."""

from __future__ import annotations

import textwrap
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from tracker.ingest import read_actuals_file
from tracker.figure import Measure


def write_xlsx(path: Path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None) -> Path:
    """A workbook from rows per sheet (None leaves a cell empty) and merged ranges per sheet."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, v in enumerate(row, start=1):
                if v is not None:
                    ws.cell(r, c, v)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
    wb.save(path)
    return path


def read(path: Path):
    return read_actuals_file(path, path.parent)


def fig(result, region, indicator, period, measure=Measure.VALUE):
    hits = [f for f in result.figures
            if (f.region, f.indicator, f.period.iso(), f.measure) == (region, indicator, period, measure)]
    assert len(hits) == 1, (hits, result.problems)
    return hits[0]


# --------------------------------------------------------------------------
# long layout


def test_long_with_title_rows_merged_title_and_notes(tmp_path):
    path = write_xlsx(tmp_path / "long.xlsx", {
        "封面": [["2024年江西省工业经济运行情况"], ["编制：省统计局"]],
        "数据": [
            ["江西省主要工业指标完成情况"],  # merged title A1:F1
            [None],
            ["地区", "指标", "期间", "数值", "单位", "口径"],
            ["江西省", "规上工业营业收入", "2024年1-6月", 20123.4, "亿元", "累计值"],
            ["江西省", "规上工业营业收入", "2024年1—6月", "20,123.4", "亿元", "累计值"],  # same figure again
            ["江西省", "规上工业增加值", "2024年上半年", "5.9%", "%", "增速"],
            ["宜春市", "锂电产业营业收入", "２０２４年一季度", "３５０亿元", "亿元", None],
            ["宜春市", "工业企业数", "2024年6月", 1234, "家", "总量"],
            ["宜春市", "工业投资", "2024年6月", "—", "亿元", "累计值"],
            ["宜春市", "工业投资", "2024年5月", "…", "亿元", "累计值"],
            ["宜春市", "工业投资", "2024年4月", None, "亿元", "累计值"],
            ["宜春市", "工业投资", "2024年3月", "无", "亿元", "累计值"],
            ["注：数据为快报数。"],
            [None, "说明", "这一行不是表格"],
        ],
    }, {"数据": ["A1:F1"]})
    res = read(path)
    assert res.ok, res.problems
    assert res.tables == 1
    assert res.placeholders == 4
    f = fig(res, "江西省", "规上工业营业收入", "2024-01/2024-06")
    assert (f.value, f.unit, str(f.source)) == (20123.4, "亿元", "long.xlsx!数据!D4")
    g = fig(res, "江西省", "规上工业增加值", "2024-01/2024-06", Measure.YOY)
    assert (g.value, g.unit) == (5.9, "%")
    q = fig(res, "宜春市", "锂电产业营业收入", "2024-01/2024-03")
    assert (q.value, q.unit, str(q.source)) == (350.0, "亿元", "long.xlsx!数据!D7")
    assert fig(res, "宜春市", "工业企业数", "2024-06").unit == "家"
    assert len(res.figures) == 4


def test_long_with_year_and_period_columns_in_english(tmp_path):
    path = write_xlsx(tmp_path / "en.xlsx", {"Sheet1": [
        ["Region", "Indicator", "Year", "Period", "Value", "Unit", "Measure", "Source"],
        ["甘肃省", "工业和信息化项目投资", 2024, "1-10月", 1556, "亿元", "value", "省工信厅"],
        ["甘肃省", "工业和信息化项目投资", "2023年", None, 1700, "亿元", "value", None],
        ["甘肃省", "工业增加值", 2024, "前三季度", 6.4, "%", "growth", None],
        ["甘肃省", "工业增加值", 2024, "Q2", 6.1, "%", "yoy", None],
        ["甘肃省", "工业增加值", 2024, "6月", 5.0, "%", "同比增长", None],
    ]})
    res = read(path)
    assert res.ok, res.problems
    assert fig(res, "甘肃省", "工业和信息化项目投资", "2024-01/2024-10").value == 1556
    assert fig(res, "甘肃省", "工业和信息化项目投资", "2023").value == 1700
    assert fig(res, "甘肃省", "工业增加值", "2024-01/2024-09", Measure.YOY).value == 6.4
    assert fig(res, "甘肃省", "工业增加值", "2024-04/2024-06", Measure.YOY).value == 6.1
    assert str(fig(res, "甘肃省", "工业增加值", "2024-06", Measure.YOY).source) == "en.xlsx!Sheet1!E6"


def test_merged_region_cells_apply_to_every_row(tmp_path):
    path = write_xlsx(tmp_path / "merged.xlsx", {"表1": [
        ["地区", "指标", "单位", "口径", "2024年1-2月", "2024年1-3月"],
        ["宜春市", "锂电产业营业收入", "亿元", "累计值", 300, 450],
        [None, "规上工业增加值", "%", "累计增长", 8.1, 8.3],
        [None, "工业投资", "亿元", "累计值", 90, "-"],
        ["南昌高新区", "规上工业营业收入", "亿元", "累计值", 500, 760],
    ]}, {"表1": ["A2:A4"]})
    res = read(path)
    assert res.ok, res.problems
    assert fig(res, "宜春市", "工业投资", "2024-01/2024-02").value == 90
    assert fig(res, "宜春市", "规上工业增加值", "2024-01/2024-03", Measure.YOY).value == 8.3
    assert str(fig(res, "南昌高新区", "规上工业营业收入", "2024-01/2024-03").source) == "merged.xlsx!表1!F5"
    assert res.placeholders == 1
    assert len(res.figures) == 7


def test_merged_cells_over_figures_are_a_problem(tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", {"表1": [
        ["地区", "指标", "单位", "口径", "2024年1-2月", "2024年1-3月"],
        ["宜春市", "锂电产业营业收入", "亿元", "累计值", 300, 450],
        ["宜春市", "工业投资", "亿元", "累计值", 90, None],
    ]}, {"表1": ["E2:E3"]})
    res = read(path)
    assert res.figures == ()
    assert [(p.place, p.reason) for p in res.problems] == [("表1!E2", "merged-value")]


# --------------------------------------------------------------------------
# wide layout


def test_wide_with_chinese_period_headers_and_two_tables_in_one_sheet(tmp_path):
    path = write_xlsx(tmp_path / "wide.xlsx", {
        "说明": [["本表由市工信局填报"], ["口径说明见附件"]],
        "进度": [
            ["表一 工业主要指标"],
            ["地区", "指标", "单位", "口径", "2024年1-2月", "2024年1—6月", "2024年1~9月", "2024年"],
            ["宜春市", "锂电产业营业收入", "亿元", "累计值", 250.5, 1200, None, None],
            ["宜春市", "锂电产业营业收入", "%", "增速", -12.1, "-8.5", "/", None],
            [None],
            ["表二 园区指标"],
            ["地区", "指标", "单位", "口径", "2023年全年", "2024年上半年"],
            ["南昌高新区", "规上工业营业收入", "万亿元", "总量", 0.21, 0.11],
        ],
    })
    res = read(path)
    assert res.ok, res.problems
    assert res.tables == 2
    assert fig(res, "宜春市", "锂电产业营业收入", "2024-01/2024-06").value == 1200
    rate = fig(res, "宜春市", "锂电产业营业收入", "2024-01/2024-02", Measure.YOY)
    assert (rate.value, rate.unit, str(rate.source)) == (-12.1, "%", "wide.xlsx!进度!E4")
    assert str(fig(res, "南昌高新区", "规上工业营业收入", "2023").source) == "wide.xlsx!进度!E8"
    assert res.placeholders == 4
    assert len(res.figures) == 6


def test_wide_with_a_single_month_cumulative_means_year_to_date(tmp_path):
    path = write_xlsx(tmp_path / "ytd.xlsx", {"S": [
        ["地区", "指标", "单位", "口径", "2024年6月", datetime(2024, 7, 1)],
        ["江西省", "规上工业营业收入", "亿元", "累计值", 20000, 23000],
        ["江西省", "规上工业营业收入", "亿元", "当期值", 3600, 3000],
    ]})
    res = read(path)
    assert res.ok, res.problems
    assert fig(res, "江西省", "规上工业营业收入", "2024-01/2024-06").value == 20000
    assert fig(res, "江西省", "规上工业营业收入", "2024-01/2024-07").value == 23000
    assert fig(res, "江西省", "规上工业营业收入", "2024-07").value == 3000


def test_statistics_bureau_layout_in_xlsx_with_region_line(tmp_path):
    path = write_xlsx(tmp_path / "nbs.xlsx", {"年度数据": [
        ["数据库：分省年度数据"],
        ["地区：江西省"],
        ["时间：最近5年"],
        ["指标", "2023年", "2022年"],
        ["工业增加值(亿元)", 12000.5, 11500],
        ["规模以上工业企业单位数(个)", 17000, 16000],
        ["注：2023年为初步核算数。"],
        ["数据来源：国家统计局"],
    ]})
    res = read(path)
    assert res.ok, res.problems
    f = fig(res, "江西省", "工业增加值", "2023")
    assert (f.value, f.unit, str(f.source)) == (12000.5, "亿元", "nbs.xlsx!年度数据!B5")
    assert fig(res, "江西省", "规模以上工业企业单位数", "2022").unit == "个"


def test_statistics_bureau_time_rows(tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", {"月度数据": [
        ["数据库：月度数据"],
        ["时间", "房地产投资累计值(亿元)", "房地产投资累计增长(%)"],
        ["2024年3月", 22082, -9.5],
        ["2024年2月", 11842, -9.0],
    ]})
    res = read(path)
    assert res.ok, res.problems
    assert fig(res, "全国", "房地产投资", "2024-01/2024-03").value == 22082
    assert str(fig(res, "全国", "房地产投资", "2024-01/2024-02", Measure.YOY).source) == "t.xlsx!月度数据!C4"


# --------------------------------------------------------------------------
# CSV encodings

CSV_TEXT = textwrap.dedent("""\
    地区,指标,期间,数值,单位,口径
    江西省,规上工业营业收入,2024年1-6月,"40,922.2",亿元,累计值
    江西省,规上工业增加值,2024年1-6月,５．９,%,增速
    "江西省","备注
    跨行",2024年1-6月,—,亿元,累计值
    赣州市,工业投资,2024年1-6月,12.5,亿元,累计值
    """)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030"])
def test_csv_in_each_encoding(tmp_path, encoding):
    path = tmp_path / f"long-{encoding}.csv"
    path.write_bytes(CSV_TEXT.encode(encoding))
    res = read(path)
    assert res.ok, res.problems
    assert fig(res, "江西省", "规上工业营业收入", "2024-01/2024-06").value == 40922.2
    assert fig(res, "江西省", "规上工业增加值", "2024-01/2024-06", Measure.YOY).value == 5.9
    # the quoted cell spans lines 4-5: the next record starts on line 6
    assert str(fig(res, "赣州市", "工业投资", "2024-01/2024-06").source) == f"long-{encoding}.csv:6"
    assert res.placeholders == 1


def test_csv_that_is_not_text(tmp_path):
    path = tmp_path / "bin.csv"
    path.write_bytes(b"\x81\x30\xff\xfe\x00\x00\xff\xff" * 10)
    res = read(path)
    assert res.figures == () and res.problems[0].reason == "unreadable"
    assert "UTF-8" in res.problems[0].text("en")


def test_ragged_csv_rows_do_not_crash(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("地区,指标,单位,口径,2024年,2023年\n江西省,工业投资,亿元,累计值,5\n江西省,工业增加值,%,增速\n\n说明,,,,,,,,\n",
                    encoding="utf-8")
    res = read(path)
    assert res.ok, res.problems
    assert [f.value for f in res.figures] == [5.0]
    assert res.placeholders == 3


def test_unit_line_above_a_table(tmp_path):
    path = write_xlsx(tmp_path / "unit.xlsx", {"S": [
        ["2024年宜春市工业指标", None, None, None, "单位：亿元"],
        ["地区", "指标", "口径", "2024年1-3月", "2024年1-6月"],
        ["宜春市", "锂电产业营业收入", "累计值", 450, 1200],
        ["宜春市", "锂电产业营业收入", "累计增长", -10.5, -8.5],
    ]})
    res = read(path)
    assert res.ok, res.problems
    assert fig(res, "宜春市", "锂电产业营业收入", "2024-01/2024-06").unit == "亿元"
    assert fig(res, "宜春市", "锂电产业营业收入", "2024-01/2024-06", Measure.YOY).unit == "%"


def test_wide_in_english_with_iso_periods(tmp_path):
    path = write_xlsx(tmp_path / "en-wide.xlsx", {"Progress": [
        ["Region", "Indicator", "Unit", "Measure", "2024-06", "2024Q2", "2024-01/2024-06"],
        ["Gansu", "Industrial investment", "亿元", "value", 150, 420, 800],
    ]})
    res = read(path)
    assert res.ok, res.problems
    assert fig(res, "Gansu", "Industrial investment", "2024-04/2024-06").value == 420
    assert str(fig(res, "Gansu", "Industrial investment", "2024-01/2024-06").source) == "en-wide.xlsx!Progress!G2"


def test_a_row_without_a_unit_is_a_problem(tmp_path):
    path = write_xlsx(tmp_path / "nounit.xlsx", {"S": [
        ["地区", "指标", "口径", "2024年1-3月"],
        ["宜春市", "锂电产业营业收入", "累计值", 450],
    ]})
    res = read(path)
    assert res.figures == ()
    assert [(p.place, p.reason) for p in res.problems] == [("S!D2", "missing-unit")]
