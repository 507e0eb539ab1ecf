"""Hand-built Evaluations, Figures and Problems for the report tests (no tests here).

Built by hand so the report is tested on its own, whatever the evaluator does.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from tracker.figure import Figure, Measure
from tracker.model import Evaluation, Kind, Qualifier, SeriesPoint, Status
from tracker.periods import Period, parse_month
from tracker.problems import Problem

AS_OF = parse_month("2024-10")
GENERATED = datetime(2024, 11, 5, 9, 30, tzinfo=timezone(timedelta(hours=8)))
FORMULA_TITLE = "=HYPERLINK(\"http://example.com\",\"点击\")"


def lithium() -> Evaluation:
    series = (
        SeriesPoint("2022", 1117.0, 1117.0, 1117.0, "yichun.xlsx!Sheet1!C3"),
        SeriesPoint("2023", 1400.0, 1643.4, 1779.2, "yichun.xlsx!Sheet1!C4"),
        SeriesPoint("2024-01/2024-10", 1210.0, 2014.6 * 10 / 12, 2381.0 * 10 / 12, "yichun.xlsx!Sheet1!C5"),
        SeriesPoint("2025", None, 2593.3, 3153.0),
        SeriesPoint("2026", None, 3500.0, 4500.0),
    )
    return Evaluation(
        id="yc-lithium-revenue-2026", status=Status.OFF_TRACK, region="宜春市", indicator="锂电产业营业收入",
        kind=Kind.LEVEL, actual=1210.0, actual_period="2024-01/2024-10", unit="亿元", target=3500.0,
        expected=1678.8, progress=0.3016, completion=0.3457, time_progress=0.8333, required_rate=42.7,
        projected=1452.0, sources=("yichun.xlsx!Sheet1!C5", "yichun.xlsx!Sheet1!C4"),
        note=None, title="到2026年锂电产业营收超过3500亿元、力争4500亿元", due=2026,
        qualifier=Qualifier.AT_LEAST, stretch=4500.0, base_value=1117.0, base_period="2022", gap=-468.8,
        series=series,
    )


def gansu_invest() -> Evaluation:
    return Evaluation(
        id="gs-invest-2024", status=Status.ON_TRACK, region="甘肃省", indicator="工业和信息化项目投资",
        kind=Kind.LEVEL, actual=1556.0, actual_period="2024-01/2024-10", unit="亿元", target=1866.0,
        expected=1555.0, progress=1.0006, completion=0.8339, time_progress=0.8333, projected=1867.2,
        sources=("gansu.xlsx!Sheet1!E7",), title="2024年全省工业和信息化项目完成投资1866亿元", due=2024,
        gap=1.0,
    )


def jx_cagr() -> Evaluation:
    return Evaluation(
        id="jx-revenue-cagr-2026", status=Status.AT_RISK, region="江西省", indicator="规上工业营业收入",
        kind=Kind.CAGR, actual=8.4, actual_period="2023", unit="亿元", target=9.0, margin_pp=-0.1,
        actual_rate=8.4, required_rate=9.2, projected=52000.0, sources=("jx.csv:4",),
        title="全省规模以上工业营业收入年均增长9%左右", due=2026, qualifier=Qualifier.ABOUT,
        base_value=45000.0, base_period="2022",
        series=(SeriesPoint("2022", 45000.0, 45000.0), SeriesPoint("2023", 48780.0, 49050.0, None, "jx.csv:4")),
    )


def energy_decline() -> Evaluation:
    return Evaluation(
        id="nc-energy-2024", status=Status.MISSED, region="南昌市", indicator="单位GDP能耗",
        kind=Kind.GROWTH, actual=-2.1, actual_period="2024", unit="%", target=-4.0, margin_pp=-1.9,
        sources=("nc.csv:2",), title="单位GDP能耗下降4%以上", due=2024, qualifier=Qualifier.AT_MOST,
    )


def firms() -> Evaluation:
    return Evaluation(
        id="nc-hitech-firms-2025", status=Status.ACHIEVED, region="南昌高新区", indicator="高新技术企业数",
        kind=Kind.LEVEL, actual=1620.0, actual_period="2024-09", unit="家", target=1500.0, completion=1.08,
        progress=1.35, sources=("nc.csv:9",), title="高新技术企业突破1500家", due=2025,
    )


def no_data() -> Evaluation:
    return Evaluation(
        id="x-formula", status=Status.NO_DATA, region="+区域", indicator="@指标", kind=Kind.LEVEL,
        unit="万吨", target=12.5, note="-没有可用数据", title=FORMULA_TITLE, due=2025,
    )


def long_title() -> Evaluation:
    return Evaluation(
        id="gz-digital-2025", status=Status.ON_TRACK, region="广州市黄埔区（广州开发区）", indicator="数字经济核心产业增加值",
        kind=Kind.GROWTH, actual=11.2, actual_period="2024-01/2024-09", unit="%", target=10.0, margin_pp=1.2,
        title="到2025年数字经济核心产业增加值年均增长10%以上，占地区生产总值比重达到15%左右，建成国内领先的数字经济创新发展高地",
        due=2024, projected=11.0,
    )


def evaluations() -> list[Evaluation]:
    return [gansu_invest(), lithium(), jx_cagr(), energy_decline(), firms(), no_data(), long_title()]


def figures() -> list[Figure]:
    return [
        Figure("宜春市", "锂电产业营业收入", Period.year_of(2023), Measure.VALUE, 1400.0, "亿元",
               "yichun.xlsx!Sheet1!C4", "yichun.xlsx", revised_from=1388.5),
        Figure("宜春市", "锂电产业营业收入", Period.year_to_date(2024, 10), Measure.VALUE, 1210.0, "亿元",
               "yichun.xlsx!Sheet1!C5", "yichun.xlsx"),
        Figure("甘肃省", "工业和信息化项目投资", Period.year_to_date(2024, 10), Measure.VALUE, 1556.0, "亿元",
               "gansu.xlsx!Sheet1!E7", "gansu.xlsx"),
        Figure("南昌市", "单位GDP能耗", Period.year_of(2024), Measure.YOY, -2.1, "%", "nc.csv:2", "nc.csv"),
        Figure("南昌高新区", "高新技术企业数", Period.month(2024, 9), Measure.VALUE, 1620.0, "家", "nc.csv:9", "nc.csv"),
        # not used by any goal: left out of the 数据 sheet
        Figure("全国", "房地产投资", Period.year_to_date(2024, 10), Measure.VALUE, 86309.0, "亿元",
               "nbs.csv:7", "nbs.csv"),
        Figure("=地区", "=指标", Period.year_of(2023), Measure.VALUE, 48780.0, "亿元", "jx.csv:4", "jx.csv"),
    ]


def problems() -> list[Problem]:
    return [
        Problem("bad.csv", "line 12", "单位“万元/吨”无法识别", "unknown-unit"),
        Problem("=cmd|' /C calc'!A0", "Sheet1!D7", "=1+1 is not a number", "bad-number"),
    ]
