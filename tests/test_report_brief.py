"""The 简报: every number in it recomputed from the evaluations; lights; the month compared with."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tracker.config import Settings
from tracker.model import Evaluation, Kind, Status
from tracker.periods import parse_month
from tracker.problems import Problem
from tracker.report.brief import brief, furthest_behind
from tracker.report.lights import Light, lagging, light_of
from tracker.report.previous import PreviousRun

AS_OF = parse_month("2024-09")


def level(id, region, status, actual, year_completion, points, *, indicator="营业收入", due=2026, progress=None,
          unit="亿元"):
    return Evaluation(id=id, status=status, region=region, indicator=indicator, kind=Kind.LEVEL, actual=actual,
                      actual_period="2024-01/2024-09", unit=unit, target=actual * 2, time_progress=0.75,
                      progress=progress, due=due, year_completion=year_completion, points_vs_time=points)


def rate(id, region, status, actual, target, *, margin=None):
    return Evaluation(id=id, status=status, region=region, indicator="工业增加值增速", kind=Kind.GROWTH,
                      actual=actual, actual_period="2024-01/2024-09", unit="%", target=target, time_progress=0.75,
                      margin_pp=actual - target if margin is None else margin, due=2024, year_target=target,
                      points_vs_time=actual - target)


def sample():
    return [
        # 900/1210 = 74.38% of the year's plan, 序时 75%: −0.62 points
        level("a", "南昌市", Status.AT_RISK, 900.0, 900 / 1210, (900 / 1210 - 0.75) * 100, progress=0.95),
        # 500/1000 = 50%, −25 points: the furthest behind
        level("b", "九江市", Status.OFF_TRACK, 500.0, 0.5, -25.0, progress=0.6),
        # 700/1000 = 70%, −5 points
        level("c", "赣州市", Status.OFF_TRACK, 700.0, 0.7, -5.0, progress=0.88),
        level("d", "宜春市", Status.ON_TRACK, 800.0, 0.8, 5.0, progress=1.05),
        level("e", "上饶市", Status.ACHIEVED, 2000.0, 1.2, 45.0, progress=1.5),
        # 5.9% against 9%: 低于目标3.1个百分点
        rate("f", "江西省", Status.OFF_TRACK, 5.9, 9.0),
        Evaluation(id="g", status=Status.NO_DATA, region="吉安市", indicator="营业收入", kind=Kind.LEVEL, due=2026),
        Evaluation(id="h", status=Status.AWAITING_FINAL, region="萍乡市", indicator="营业收入", kind=Kind.LEVEL,
                   due=2023, actual=10.0, progress=0.97),
    ]


def numbers(text: str) -> list[str]:
    return re.findall(r"\d+(?:\.\d+)?", text)


def test_overview_counts_are_the_evaluations_counts():
    evs = sample()
    overview = brief(evs, [], AS_OF)[0]
    c = Counter(ev.status for ev in evs)
    behind = c[Status.AT_RISK] + c[Status.OFF_TRACK]
    assert overview.startswith(f"截至2024年9月，纳入监测的目标任务共{len(evs)}项。")
    assert (f"已完成{c[Status.ACHIEVED]}项，进度正常{c[Status.ON_TRACK]}项，慢于序时进度{behind}项"
            f"（存在风险{c[Status.AT_RISK]}项、明显滞后{c[Status.OFF_TRACK]}项），未完成{c[Status.MISSED]}项，"
            f"待全年数据{c[Status.AWAITING_FINAL]}项，暂无数据{c[Status.NO_DATA]}项。") in overview
    # by hand: green d, e; yellow a; red b, c, f; grey g, h
    assert "绿灯2项、黄灯1项、红灯3项、灰灯2项" in overview
    lights = Counter(light_of(ev) for ev in evs)
    assert f"绿灯{lights[Light.GREEN]}项" in overview


def test_three_furthest_behind_with_the_tables_numbers():
    evs = sample()
    text = brief(evs, [], AS_OF)[2]
    # furthest first: b (−25 points), c (−5), f (−3.1 pp below its rate); a (−0.62) is fourth
    assert [ev.id for ev in furthest_behind(evs)] == ["b", "c", "f"]
    assert text.startswith("进度最慢的3项：")
    assert "九江市营业收入（2026年目标），2024年1—9月完成500.0亿元，完成年度目标的50.0%，慢于序时进度25.0个百分点" in text
    assert "赣州市营业收入（2026年目标），2024年1—9月完成700.0亿元，完成年度目标的70.0%，慢于序时进度5.0个百分点" in text
    assert "江西省工业增加值增速（2024年目标），2024年1—9月增长5.9%，低于目标3.1个百分点" in text
    assert "南昌市" not in text
    # every number recomputed from the evaluations, rounded as the table shows it
    for ev in furthest_behind(evs):
        if ev.kind is Kind.LEVEL:
            for shown in (f"{ev.actual:.1f}", f"{ev.year_completion * 100:.1f}", f"{abs(ev.points_vs_time):.1f}"):
                assert shown in numbers(text)
        else:
            assert f"{ev.actual:.1f}" in numbers(text) and f"{abs(ev.actual - ev.target):.1f}" in numbers(text)


def test_changes_name_the_month_compared_with():
    evs = sample()
    prev = PreviousRun("2024-08", {"a": "on_track", "b": "off_track", "c": "at_risk", "d": "on_track",
                                   "e": "on_track", "f": "off_track", "g": "no_data"})
    text = brief(evs, [], AS_OF, previous=prev)[1]
    # a: on_track → at_risk, c: at_risk → off_track, e: on_track → achieved; h is new
    assert text.startswith("与2024年8月相比，3项目标状态发生变化：")
    assert "南昌市营业收入（2026年目标）由“进度正常”转为“存在风险”" in text
    assert "赣州市营业收入（2026年目标）由“存在风险”转为“明显滞后”" in text
    assert "上饶市营业收入（2026年目标）由“进度正常”转为“已完成”" in text
    assert text.endswith("本月新纳入监测目标1项。")
    same = brief(evs, [], AS_OF, previous=PreviousRun("2024-08", {ev.id: ev.status.value for ev in evs}))[1]
    assert same == "与2024年8月相比，各项目标状态均无变化。"
    assert brief(evs, [], AS_OF)[1] == "本月为首次监测，暂无上月情况可比。"


def test_problems_paragraph_counts_errors_and_warnings():
    problems = [Problem("a.xlsx", "Sheet1!B2", "bad"), Problem("a.xlsx", "Sheet1!B3", "bad"),
                Problem("b.csv", "line 4", "slip", "unit-slip", "warning")]
    text = brief(sample(), problems, AS_OF)[3]
    assert text == "本期数据文件中发现问题3个（错误2个、警告1个），涉及a.xlsx、b.csv，详见“问题”表。"
    assert brief(sample(), [], AS_OF)[3] == "本期数据文件未发现问题。"


def test_english_brief():
    paragraphs = brief(sample(), [], AS_OF, lang="en", previous=PreviousRun("2024-08", {}))
    assert paragraphs[0].startswith("As of 2024-09, 8 goals are monitored: 1 achieved, 1 on track, 4 behind plan")
    assert "Lights: 2 green" in paragraphs[0]
    assert "500.0 亿元 in 2024-01/2024-09, 50.0% of the year's target, 25.0 pp behind time elapsed" in paragraphs[2]
    assert not any(re.search(r"[\u4e00-\u9fff]{3,}", p.replace("营业收入", "").replace("工业增加值增速", "")
                             .replace("亿元", "").replace("九江市", "").replace("赣州市", "").replace("江西省", ""))
                   for p in paragraphs[:1])


def test_lights_by_points_when_asked():
    by_points = Settings(lights_by="points", lights_yellow=10)
    a, b, c, d, e, f, g, h = sample()
    assert light_of(a, by_points) is Light.YELLOW  # −0.62 points: within 10
    assert light_of(c, by_points) is Light.YELLOW  # −5 (status says off track: red by status)
    assert light_of(c) is Light.RED
    assert light_of(b, by_points) is Light.RED  # −25: beyond 10
    assert light_of(d, by_points) is Light.GREEN
    assert light_of(f, by_points) is Light.RED  # a rate keeps its status's light
    assert light_of(g, by_points) is Light.GREY and light_of(h) is Light.GREY
    # exactly −10 is still yellow (a value within 1e-9 of a threshold meets it)
    edge = level("x", "x", Status.OFF_TRACK, 1.0, 0.65, -10.000000000001)
    assert light_of(edge, by_points) is Light.YELLOW


def test_lagging_months_in_a_row():
    a, b, *_ = sample()
    assert lagging(b, ["off_track"], 2)  # off track now and last month
    assert not lagging(b, ["on_track", "off_track"], 2)
    assert lagging(b, ["at_risk", "off_track"], 3)
    assert not lagging(b, ["at_risk"], 3)  # only two months known
    text = brief(sample(), [], AS_OF, history={"b": ["at_risk"], "c": ["on_track"]})[2]
    assert text.endswith("连续2个月滞后的目标1项：九江市营业收入（2026年目标）。")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_goals_behind(lang):
    evs = [level("d", "宜春市", Status.ON_TRACK, 800.0, 0.8, 5.0)]
    assert brief(evs, [], AS_OF, lang=lang)[2] in ("目前没有慢于序时进度的目标。", "No goal is behind plan.")


def test_the_brief_sheet_says_what_the_summary_table_shows(tmp_path):
    """The 简报 sheet's numbers read back from the workbook equal the 汇总 table's cells."""
    import openpyxl

    from tracker.report import write_report

    evs = sample()
    path = write_report(evs, [], [], AS_OF, tmp_path, previous=PreviousRun("2024-08", {"a": "on_track"}))
    wb = openpyxl.load_workbook(path)
    paragraphs = [wb["简报"].cell(row=r, column=1).value.strip() for r in range(4, 8)]
    assert paragraphs == brief(evs, [], AS_OF, previous=PreviousRun("2024-08", {"a": "on_track"}))
    ws = wb["汇总"]
    headers = [c.value for c in ws[3]]
    rows = []
    for row in ws.iter_rows(min_row=4):
        if all(c.value is None for c in row):
            break
        rows.append({h: c.value for h, c in zip(headers, row)})
    assert headers[headers.index("状态") + 1] == "上月状态（2024年8月）"  # the month compared with
    statuses = Counter(r["状态"] for r in rows)
    assert f"共{len(rows)}项" in paragraphs[0]
    assert f"明显滞后{statuses['明显滞后']}项" in paragraphs[0] and f"已完成{statuses['已完成']}项" in paragraphs[0]
    lights = Counter(r["亮灯"] for r in rows)
    assert f"绿灯{lights['绿']}项、黄灯{lights['黄']}项、红灯{lights['红']}项、灰灯{lights['灰']}项" in paragraphs[0]
    for region in ("九江市", "赣州市"):
        row = next(r for r in rows if r["地区"] == region)
        said = (f"完成{row['最新数值']:.1f}亿元，完成年度目标的{row['年度完成率'] * 100:.1f}%，"
                f"慢于序时进度{-row['较序时进度或目标（个百分点）']:.1f}个百分点")
        assert said in paragraphs[2]


def test_a_stock_behind_its_plan_reads_with_its_sign():
    # 规上企业数 fell below its base: progress (85 − 100)/(130 − 100) = −0.5 → 完成序时计划的-50.0%
    stock = Evaluation(id="s", status=Status.OFF_TRACK, region="东永市", indicator="规上企业数", kind=Kind.LEVEL,
                       actual=85.0, actual_period="2024-10", unit="家", target=160.0, progress=-0.5, due=2025)
    text = brief([stock], [], AS_OF)[2]
    assert text == "进度最慢的1项：东永市规上企业数（2025年目标），2024年10月为85家，完成序时计划的-50.0%。"


def test_the_brief_sheet_sets_each_years_completion_against_time_elapsed(tmp_path):
    import openpyxl

    from tracker.report import write_report
    from tracker.report.brief_sheet import DATA_COL, completion_goals

    evs = sample()
    ws = openpyxl.load_workbook(write_report(evs, [], [], AS_OF, tmp_path))["简报"]
    assert len(ws._charts) == 2  # the lights by group, and completion against time elapsed
    goals = completion_goals(evs)
    # the level goals with points: b (−25), c (−5), a (−0.62), d (+5), e (+45); the rate f has no 年度完成率
    assert [ev.id for ev in goals] == ["b", "c", "a", "d", "e"]
    top = next(r for r in range(1, 200) if ws.cell(row=r, column=DATA_COL).value == "目标")
    rows = [[ws.cell(row=top + i, column=DATA_COL + k).value for k in range(3)] for i in range(1, len(goals) + 1)]
    assert rows == [[f"{ev.region}{ev.indicator}", ev.year_completion, ev.time_progress] for ev in goals]
    assert ws.print_area == f"'简报'!$A$1:$H${ws.print_area.split('$')[-1]}"  # the data is off the page


def test_lagging_months_in_a_row_under_the_status_in_the_summary(tmp_path):
    import openpyxl

    from tracker.report import write_report

    path = write_report(sample(), [], [], AS_OF, tmp_path, history={"b": ["off_track"], "c": ["on_track"]})
    ws = openpyxl.load_workbook(path)["汇总"]
    headers = [c.value for c in ws[3]]
    col = headers.index("状态") + 1
    by_region = {ws.cell(row=r, column=1).value: ws.cell(row=r, column=col).value for r in range(4, 12)}
    assert by_region["九江市"] == "明显滞后\n连续2个月滞后"
    assert by_region["赣州市"] == "明显滞后"  # on track last month


def test_the_past_years_paragraph_names_seasonal_readings_and_falling_probabilities():
    from dataclasses import replace

    # 序时进度 75 %, but by past years the same months held 60 % of the year: expected 1,000 × 0.6 = 600,
    # and 650 is on plan — "按往年同期进度衡量则进度正常".
    spring = replace(level("s", "抚州市", Status.OFF_TRACK, 650.0, 0.65, -10.0, progress=0.8667),
                     expected=750.0, seasonal_time_progress=0.6, probability=0.7)
    falling = replace(level("p", "鹰潭市", Status.AT_RISK, 700.0, 0.7, -5.0, progress=0.93), probability=0.4)
    steady = replace(level("q", "新余市", Status.AT_RISK, 700.0, 0.7, -5.0, progress=0.93), probability=0.3)
    before = PreviousRun("2024-08", {"s": "off_track", "p": "on_track", "q": "at_risk"},
                         {"s": {"probability": 0.7}, "p": {"probability": 0.55}, "q": {"probability": 0.35}})
    paragraphs = brief([spring, falling, steady], [], AS_OF, previous=before)
    [text] = [p for p in paragraphs if "往年同期" in p]
    assert "抚州市营业收入（2026年目标）慢于序时进度，但按往年同期进度衡量则进度正常。" in text
    assert "完成概率本月降至50%以下的1项：鹰潭市营业收入（2026年目标）。" in text
    assert "新余市" not in text  # below 50 % last month already
    assert not [p for p in brief([steady], [], AS_OF, previous=before) if "往年同期" in p or "概率" in p]
