"""The Excel report, read back with openpyxl."""

from __future__ import annotations

import math
import os
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

import tracker
from tracker.config import Settings
from tracker.model import STATUS_ORDER, Kind, Status
from tracker.report import report_path, write_report
from tracker.report.cells import CHANGE_FILL, STATUS_STYLE
from tracker.report.labels import EN, ZH
from tracker.report.rows import TableRows

import test_report_samples as s

PREVIOUS = {
    "gs-invest-2024": "at_risk",  # better now
    "yc-lithium-revenue-2026": "off_track",  # unchanged
    "jx-revenue-cagr-2026": "on_track",  # worse now
    "gone-2023": "missed",  # no longer judged: ignored
}


def write(tmp_path: Path, **kw) -> Path:
    kw.setdefault("generated_at", s.GENERATED)
    return write_report(s.evaluations(), s.figures(), s.problems(), s.AS_OF, tmp_path, **kw)


def load(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def table(ws, header_row: int) -> list[dict]:
    """The rows below ``header_row`` as dicts keyed by header, with their cells."""
    headers = [c.value for c in ws[header_row]]
    rows = []
    for row in ws.iter_rows(min_row=header_row + 1):
        if all(c.value is None for c in row):
            break  # the table ends at its first empty row (the sources follow)
        rows.append({h: c for h, c in zip(headers, row) if h is not None})
    return rows


def by_id(rows: list[dict], id: str) -> dict:
    return next(r for r in rows if r["编号"].value == id)


@pytest.fixture
def report(tmp_path):
    return load(write(tmp_path, previous=PREVIOUS, run_id="2024-11-05T09:30"))


@pytest.fixture
def summary(report):
    return table(report["汇总"], 3)


# -- file --------------------------------------------------------------------


def test_path_and_sheets(tmp_path):
    path = write(tmp_path)
    assert path == tmp_path / "2024-10" / "进度报告-2024-10.xlsx"
    assert path.is_file()
    assert load(path).sheetnames == ["简报", "汇总", "排名", "趋势", "数据", "问题", "说明"]
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temporary file left


def test_english(tmp_path):
    path = write(tmp_path, lang="en")
    assert path.name == "progress-report-2024-10.xlsx"
    wb = load(path)
    assert wb.sheetnames == ["Brief", "Summary", "Ranking", "Trends", "Figures", "Problems", "Method"]
    ws = wb["Summary"]
    assert ws["A1"].value == "Progress on plan goals, 2024-01 to 2024-10"
    rows = table(ws, 3)
    lithium = next(r for r in rows if r["ID"].value == "yc-lithium-revenue-2026")
    assert lithium["Status"].value == "Off track"
    assert lithium["Goal"].value == "≥3500 亿元 (stretch 4500 亿元)"


def test_unknown_language_writes_nothing(tmp_path):
    with pytest.raises(ValueError, match="language"):
        write(tmp_path, lang="fr")
    assert list(tmp_path.iterdir()) == []


def test_ids_and_regions_never_make_the_path(tmp_path):
    evil = replace(s.firms(), id="../../evil", region="../../../etc", indicator="/tmp/x", title="..\\..\\y")
    out = tmp_path / "reports"
    path = write_report([evil], [], [], s.AS_OF, out, generated_at=s.GENERATED)
    assert path == report_path(out, s.AS_OF)
    assert path.resolve().is_relative_to(out.resolve())
    assert [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")] == [
        "reports", "reports/2024-10", "reports/2024-10/进度报告-2024-10.xlsx"]


@pytest.mark.parametrize("where", ["save", "table rows"])
def test_a_crash_leaves_the_old_report_and_no_temporary_file(tmp_path, monkeypatch, where):
    path = write(tmp_path)
    before = path.read_bytes()

    def boom(self, target):
        if where == "save":
            target.write(b"half a workbook")
        raise RuntimeError("disk full")

    if where == "save":
        monkeypatch.setattr(openpyxl.Workbook, "save", boom)
    else:  # halfway through the zip, while the summary's rows go in
        monkeypatch.setattr(TableRows, "splice", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        write(tmp_path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]


def test_no_evaluations(tmp_path):
    wb = load(write_report([], [], [], s.AS_OF, tmp_path, generated_at=s.GENERATED))
    assert "共0项" in wb["汇总"]["A2"].value
    assert wb["趋势"]._charts == []
    assert wb["数据"]["A3"].value == ZH.w("no_figures")
    assert wb["问题"]["A2"].value == ZH.w("no_problems")


# -- 汇总 ----------------------------------------------------------------------


def test_title_row_has_month_and_counts(report):
    assert report["汇总"]["A1"].value == "目标任务推进情况（2024年1—10月）"
    title = report["汇总"]["A2"].value
    assert "监测月份：2024年10月" in title and "生成时间：2024-11-05 09:30（北京时间）" in title
    for status, n in [(Status.MISSED, 1), (Status.OFF_TRACK, 1), (Status.AT_RISK, 1), (Status.NO_DATA, 1),
                      (Status.ON_TRACK, 2), (Status.ACHIEVED, 1)]:
        assert f"{ZH.status[status]} {n}" in title
    assert "共7项" in title


def test_header(report):
    headers = [c.value for c in report["汇总"][3]]
    assert headers == ["地区", "指标", "目标", "目标年份", "最新数值", "单位", "数据期", "年度目标", "年度完成率",
                       "序时进度", "较序时进度或目标（个百分点）", "亮灯", "状态", "上月状态", "今后所需增速", "变化",
                       "完成率（对目标年）", "完成序时计划", "与计划差距", "预计目标年末", "备注", "目标原文", "编号"]


def test_worst_first(summary):
    ranks = [[ZH.status[st] for st in STATUS_ORDER].index(r["状态"].value) for r in summary]
    assert ranks == sorted(ranks)
    assert [r["编号"].value for r in summary] == [
        "nc-energy-2024", "yc-lithium-revenue-2026", "jx-revenue-cagr-2026", "x-formula",
        "gz-digital-2025", "gs-invest-2024", "nc-hitech-firms-2025"]


def test_level_row_values_and_formats(summary):
    row = by_id(summary, "yc-lithium-revenue-2026")
    assert row["地区"].value == "宜春市"
    assert row["目标"].value == "≥3500亿元(力争4500亿元)"
    assert row["目标年份"].value == 2026
    assert (row["最新数值"].value, row["最新数值"].number_format) == (1210, "#,##0.0")
    assert row["单位"].value == "亿元"
    assert row["数据期"].value == "2024年1-10月"  # as officials write it
    for col, value in [("完成率（对目标年）", 0.3457), ("序时进度", 0.8333)]:
        assert row[col].value == pytest.approx(value)
        assert row[col].number_format == "0.0%"
    assert row["与计划差距"].value == pytest.approx(-468.8)
    assert row["与计划差距"].number_format == "+#,##0.0;-#,##0.0;#,##0.0"
    assert (row["今后所需增速"].value, row["今后所需增速"].number_format) == (42.7, '0.0"%"')
    assert (row["预计目标年末"].value, row["预计目标年末"].number_format) == (1452, "#,##0.0")
    assert row["目标原文"].value == "到2026年锂电产业营收超过3500亿元、力争4500亿元"


def test_rate_goals_in_words_and_percent(summary):
    cagr = by_id(summary, "jx-revenue-cagr-2026")
    assert cagr["目标"].value == "年均增长约9%"
    assert (cagr["最新数值"].value, cagr["最新数值"].number_format) == (8.4, '0.0"%"')
    assert cagr["单位"].value == "%"
    assert cagr["与计划差距"].value == pytest.approx(-0.1)
    assert "个百分点" in cagr["与计划差距"].number_format
    energy = by_id(summary, "nc-energy-2024")
    assert energy["目标"].value == "下降≥4%"  # rate -4, at most: a decline of 4% or more
    assert by_id(summary, "gz-digital-2025")["目标"].value == "增长≥10%"


def test_counts_have_no_decimals(summary):
    firms = by_id(summary, "nc-hitech-firms-2025")
    assert (firms["最新数值"].value, firms["最新数值"].number_format) == (1620, "#,##0")
    assert firms["目标"].value == "≥1500家"


def test_missing_is_blank_never_zero(summary):
    row = by_id(summary, "x-formula")
    for col in ("最新数值", "完成率（对目标年）", "序时进度", "年度完成率", "较序时进度或目标（个百分点）", "与计划差距",
                "预计目标年末", "数据期"):
        assert row[col].value is None, col
    assert row["备注"].value == "-没有可用数据"


def test_status_fills(summary):
    seen = set()
    for row in summary:
        status = next(st for st in Status if ZH.status[st] == row["状态"].value)
        assert row["状态"].fill.fgColor.rgb == "00" + STATUS_STYLE[status][0]
        seen.add(status)
    assert seen == set(Status) - {Status.AWAITING_FINAL}  # the samples are judged within their due years
    # achieved and on track green, at risk amber, off track red, missed dark red, no data grey
    assert STATUS_STYLE[Status.MISSED][0] == "C00000" and STATUS_STYLE[Status.NO_DATA][0] == "D9D9D9"


def test_awaiting_final_has_its_own_label_and_fill(tmp_path):
    ev = replace(s.firms(), id="nc-firms-2023", status=Status.AWAITING_FINAL, due=2023, actual_period="2023-09",
                 note="按2023年9月数据评价；尚无2023年全年数据")
    wb = load(write_report([ev], s.figures(), [], s.AS_OF, tmp_path, generated_at=s.GENERATED))
    rows = list(wb["汇总"].iter_rows())
    cell = next(c for row in rows for c in row if c.value == "待全年数据")
    assert cell.fill.fgColor.rgb == "00" + STATUS_STYLE[Status.AWAITING_FINAL][0]
    assert len({st[0] for st in STATUS_STYLE.values()}) == len(Status)  # a colour of its own


def test_previous_status_and_changes(summary):
    better = by_id(summary, "gs-invest-2024")
    assert better["上月状态"].value == "存在风险"
    assert better["变化"].value == "↑好转"
    worse = by_id(summary, "jx-revenue-cagr-2026")
    assert (worse["上月状态"].value, worse["变化"].value) == ("进度正常", "↓变差")
    same = by_id(summary, "yc-lithium-revenue-2026")
    assert (same["上月状态"].value, same["变化"].value) == ("明显滞后", None)
    assert same["变化"].fill.fill_type is None
    new = by_id(summary, "nc-energy-2024")
    assert (new["上月状态"].value, new["变化"].value) == (None, "新增")
    for row in (better, worse, new):
        assert row["变化"].fill.fgColor.rgb == CHANGE_FILL.fgColor.rgb
        assert row["变化"].font.b


def test_no_previous_run_no_previous_columns(tmp_path):
    headers = [c.value for c in load(write(tmp_path))["汇总"][3]]
    assert "上月状态" not in headers and "变化" not in headers


def test_sheet_layout_and_print(report):
    ws = report["汇总"]
    assert ws.freeze_panes == "C4"
    assert ws.auto_filter.ref == "A3:W10"
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$3:$3"
    # printed: region … the growth needed (O); the change, the completion against the due year's target … are not
    assert ws.print_area == "'汇总'!$A$1:$O$10"
    printed = sum(ws.column_dimensions[chr(c)].width for c in range(ord("A"), ord("O") + 1))
    assert printed <= 124  # A4 landscape at 90 % or more: body text of 9 pt or more (test_report_pdf measures it)
    assert ws.row_dimensions[7].height is None or ws.row_dimensions[7].height < 60


def test_brief_sheet_is_first_and_one_portrait_page(report):
    ws = report["简报"]
    assert report.sheetnames[0] == "简报"
    assert ws["A1"].value == "目标任务推进情况（2024年1—10月）"
    assert ws.page_setup.orientation == "portrait"
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 1)
    paragraphs = [ws.cell(row=r, column=1).value for r in range(4, 8)]
    assert paragraphs[0].startswith("　　截至2024年10月，纳入监测的目标任务共7项。")
    assert len(ws._charts) == 1  # the lights by group


def test_formula_like_text_stays_text(report, tmp_path):
    ws = report["汇总"]
    row = by_id(table(ws, 3), "x-formula")
    assert row["目标原文"].value == s.FORMULA_TITLE
    assert row["目标原文"].data_type == "s"
    assert (row["地区"].value, row["指标"].value) == ("+区域", "@指标")
    figures = table(report["数据"], 2)
    assert figures[0]["地区"].value == "=地区" and figures[0]["地区"].data_type == "s"
    problems = table(report["问题"], 1)
    assert problems[1]["文件"].value == "=cmd|' /C calc'!A0"
    assert problems[1]["问题"].data_type == "s"
    path = next(tmp_path.rglob("*.xlsx"))
    with zipfile.ZipFile(path) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets and not any("<f>" in z.read(n).decode() for n in sheets)


def test_control_characters_and_nan_do_not_break_the_file(tmp_path):
    ev = replace(s.gansu_invest(), title="bad\x00\x07 title", progress=math.nan, completion=math.inf)
    wb = load(write_report([ev], [], [], s.AS_OF, tmp_path, generated_at=s.GENERATED))
    row = table(wb["汇总"], 3)[0]
    assert row["目标原文"].value == "bad title"
    assert row["完成率（对目标年）"].value is None


def test_sources_once_under_the_table(tmp_path):
    from tracker.figure import Figure, Measure
    from tracker.model import Source
    from tracker.periods import parse_period

    stated = Source(document="江西省“1269”行动计划新闻发布会", date="2023-07-14")
    a = replace(s.lithium(), source=stated, sources=("yichun.xlsx!Sheet1!C5",))
    b = replace(s.firms(), source=stated, sources=())
    fig = Figure("宜春市", "锂电产业营业收入", parse_period("2024-01/2024-10"), Measure.VALUE, 1210.0, "亿元",
                 "yichun.xlsx!Sheet1!C5", "yichun.xlsx", origin="宜春市统计局")
    wb = load(write_report([a, b], [fig], [], s.AS_OF, tmp_path, generated_at=s.GENERATED))
    ws = wb["汇总"]
    rows = table(ws, 3)
    assert by_id(rows, a.id)["出处"].value == "注1" and by_id(rows, b.id)["出处"].value == "注2"
    texts = [c.value for c in ws["A"] if isinstance(c.value, str) and c.value.startswith("注")]
    assert texts == ["注1：江西省“1269”行动计划新闻发布会，2023-07-14；数据来源：宜春市统计局",
                     "注2：江西省“1269”行动计划新闻发布会，2023-07-14"]


# -- 趋势 ----------------------------------------------------------------------


def test_trend_charts_for_goals_with_two_figures(report, tmp_path):
    ws = report["趋势"]
    charts = ws._charts
    assert len(charts) == 2  # lithium and the cagr goal; the others have fewer than two figures
    lithium = charts[0]
    assert lithium.tagname == "lineChart"
    # whole years (actual, plan, stretch) and 1—10月 (actual, plan): never one line across the two
    assert len(lithium.series) == 5
    assert lithium.display_blanks == "gap"
    assert len(charts[1].series) == 2  # whole years only, no stretch line
    assert [c.value for c in ws[4]][:6] == ["年份", "全年实际", "全年计划", "力争进度", "1—10月累计实际",
                                            "1—10月累计计划"]
    values = [[c.value for c in r] for r in ws.iter_rows(min_row=5, max_row=9, max_col=6)]
    assert values[0] == ["2022年", 1117, 1117, 1117, None, None]
    assert values[1][:2] == ["2023年", 1400]
    # 2024: only the year to date; the whole year's plan T(2024) = E·12/10 = 2014.6
    assert values[2][0] == "2024年" and values[2][1] is None and values[2][4] == 1210
    assert values[2][2] == pytest.approx(2014.6) and values[2][5] == pytest.approx(2014.6 * 10 / 12)
    assert values[3] == ["2025年", None, 2593.3, 3153.0, None, None]
    with zipfile.ZipFile(next(tmp_path.rglob("*.xlsx"))) as z:
        assert sum(n.startswith("xl/charts/chart") for n in z.namelist()) == 3  # and the lights on the 简报


# -- 数据 ----------------------------------------------------------------------


def test_figures_used_with_source_and_revision(report):
    rows = table(report["数据"], 2)
    sources = [r["来源单元格"].value for r in rows]
    assert "nbs.csv:7" not in sources  # no goal used it
    assert set(sources) == {"yichun.xlsx!Sheet1!C4", "yichun.xlsx!Sheet1!C5", "gansu.xlsx!Sheet1!E7",
                            "nc.csv:2", "nc.csv:9", "jx.csv:4"}
    revised = next(r for r in rows if r["来源单元格"].value == "yichun.xlsx!Sheet1!C4")
    assert (revised["数值"].value, revised["修订前数值"].value) == (1400, 1388.5)
    assert revised["修订前数值"].number_format == "#,##0.0"
    assert revised["期间" if "期间" in revised else "数据期"].value == "2023年"
    assert revised["所用目标"].value == "yc-lithium-revenue-2026"
    yoy = next(r for r in rows if r["来源单元格"].value == "nc.csv:2")
    assert (yoy["口径"].value, yoy["数值"].number_format) == ("同比增长(%)", '0.0"%"')
    ws = report["数据"]
    assert ws.freeze_panes == "A3" and ws.auto_filter.ref.startswith("A2:")


# -- 问题, 说明 ------------------------------------------------------------------


def test_problems_with_their_place(report):
    rows = table(report["问题"], 1)
    assert [(r["文件"].value, r["位置"].value, r["代码"].value) for r in rows] == [
        ("bad.csv", "第12行", "unknown-unit"), ("=cmd|' /C calc'!A0", "Sheet1!D7", "bad-number")]
    assert rows[0]["问题"].value == "单位“万元/吨”无法识别"


def test_method_sheet(tmp_path):
    settings = Settings(at_risk_progress=0.85, at_risk_margin_pp=-1.5, level_tolerance=0.03, rate_tolerance=0.4)
    wb = load(write(tmp_path, settings=settings, run_id="run-42"))
    cells = {r[0]: r[1] for r in wb["说明"].iter_rows(values_only=True) if r[0]}
    assert cells["截至月份"] == "2024-10"
    assert cells["生成时间"] == "2024-11-05 09:30（北京时间）"  # GENERATED is 09:30 +08:00
    assert cells["程序版本"] == f"plan tracker {tracker.__version__}"
    assert cells["运行编号"] == "run-42"
    assert cells["风险线：进度（低于即为明显滞后）"] == 0.85
    assert cells["风险线：增速差（个百分点）"] == -1.5
    assert cells["“左右”容差：总量（相对）"] == 0.03
    assert cells["“左右”容差：增速（个百分点）"] == 0.4
    assert "85%" in cells["存在风险"] and "1.5 个百分点" in cells["存在风险"]
    for status in Status:
        assert ZH.status[status] in cells
    en = load(write(tmp_path, lang="en"))
    en_cells = {r[0]: r[1] for r in en["Method"].iter_rows(values_only=True) if r[0]}
    assert "90%" in en_cells[EN.status[Status.AT_RISK]]


def test_workbook_properties(report):
    assert report.properties.creator == f"plan tracker {tracker.__version__}"


def test_growth_goal_without_a_series_has_no_chart(tmp_path):
    ev = replace(s.long_title(), kind=Kind.GROWTH)
    wb = load(write_report([ev], [], [], s.AS_OF, tmp_path, generated_at=s.GENERATED))
    assert wb["趋势"]._charts == []
    assert wb["趋势"]["A3"].value == ZH.w("no_trends")


def test_overwrites_an_earlier_report_of_the_same_month(tmp_path):
    first = write(tmp_path)
    second = write_report([s.firms()], [], [], s.AS_OF, tmp_path, generated_at=s.GENERATED)
    assert first == second
    assert len(table(load(second)["汇总"], 3)) == 1
    assert oct(os.stat(second).st_mode & 0o777) == "0o644"



def test_times_are_beijing_time_whatever_zone_they_come_in(tmp_path):
    from datetime import datetime, timezone

    utc = datetime(2024, 11, 5, 1, 30, tzinfo=timezone.utc)  # 09:30 in Beijing
    wb = load(write_report(s.evaluations(), [], [], s.AS_OF, tmp_path, generated_at=utc))
    assert "生成时间：2024-11-05 09:30（北京时间）" in wb["汇总"]["A2"].value
    assert "生成时间：2024-11-05 09:30（北京时间）" in wb["简报"]["A2"].value


def test_grouped_by_tags(tmp_path):
    evs = [replace(s.lithium(), tags=("1269行动计划", "锂电")), replace(s.firms(), tags=("新型工业化",)),
           replace(s.gansu_invest(), tags=())]
    wb = load(write_report(evs, [], [], s.AS_OF, tmp_path, generated_at=s.GENERATED, group_by="tags"))
    rows = table(wb["汇总"], 3)
    # by the first tag (untagged first: an empty name sorts first), worst first within a group
    assert [(r["分组"].value, r["编号"].value) for r in rows] == [
        ("（未分组）", "gs-invest-2024"), ("1269行动计划", "yc-lithium-revenue-2026"),
        ("新型工业化", "nc-hitech-firms-2025")]
    brief = wb["简报"]
    groups = [brief.cell(row=r, column=1).value for r in range(1, 30)]
    assert {"1269行动计划", "新型工业化", "（未分组）"} <= set(groups)
