"""Figures in the forms they arrive in: months and quarters, levels without rates, parts of a
region, parts of a share; and a due year that has ended. Hand-worked values, real files.

Each test writes target specs and a long-layout CSV into a temporary folder and judges it with
the library the CLI uses (tracker.pipeline.evaluate_folders); a few go through the real command.
"""

from __future__ import annotations

import csv
import json
import textwrap
from pathlib import Path

import pytest

from tracker.pipeline import evaluate_folders

from test_cli import tracker


def write(root: Path, targets: str, rows: list[tuple], *, extra: dict[str, str] | None = None,
          name: str = "figures.csv") -> tuple[Path, Path]:
    """targets/goals.yaml from ``targets``; actuals/<name> from ``rows`` (地区, 指标, 期间, 口径, 数值, 单位)."""
    tdir, adir = root / "targets", root / "actuals"
    tdir.mkdir(parents=True, exist_ok=True)
    adir.mkdir(parents=True, exist_ok=True)
    (tdir / "goals.yaml").write_text(textwrap.dedent(targets), encoding="utf-8")
    for file, text in (extra or {}).items():
        (tdir / file).write_text(textwrap.dedent(text), encoding="utf-8")
    with (adir / name).open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["地区", "指标", "期间", "口径", "数值", "单位"])
        w.writerows(rows)
    return tdir, adir


def judged(root: Path, as_of: str):
    outcome = evaluate_folders(root / "targets", root / "actuals", as_of)
    return {e.id: e for e in outcome.evaluations}, outcome.problems


FLOW = """\
    targets:
      - id: rev-2024
        title: 营业收入达到1200亿元
        region: 某市
        indicator: 营业收入
        kind: level
        due: 2024
        target: {value: 1200, unit: 亿元}
    """


def months(year: int, values: dict[int, float], indicator: str = "营业收入", region: str = "某市",
           unit: str = "亿元", measure: str = "当期值") -> list[tuple]:
    return [(region, indicator, f"{year}年{m}月", measure, v, unit) for m, v in values.items()]


# -- months and quarters add up ---------------------------------------------------------


def test_monthly_values_add_up_to_the_year_to_date(tmp_path):
    # The case: 100 in January, then 20 a month. 1-6月 = 200 against 1200 × 6/12 = 600.
    write(tmp_path, FLOW, months(2024, {1: 100, 2: 20, 3: 20, 4: 20, 5: 20, 6: 20}))
    ev = judged(tmp_path, "2024-06")[0]["rev-2024"]
    assert ev.actual == pytest.approx(200)
    assert ev.actual_period.iso() == "2024-01/2024-06"
    assert ev.expected == pytest.approx(600)
    assert ev.progress == pytest.approx(200 / 600)
    assert ev.completion == pytest.approx(200 / 1200)
    assert ev.status.value == "off_track"
    assert ev.derived is True
    assert tuple(map(str, ev.sources)) == tuple(f"figures.csv:{line}" for line in range(2, 8))  # every month it was made from
    assert "1-6月由1月至6月各月当期值累加" in ev.note_detail.text("zh")
    assert "当期值累加" in ev.note


def test_as_of_cuts_the_chain(tmp_path):
    write(tmp_path, FLOW, months(2024, {1: 100, 2: 20, 3: 20, 4: 20, 5: 20, 6: 20}))
    ev = judged(tmp_path, "2024-03")[0]["rev-2024"]
    assert (ev.actual, ev.actual_period.iso()) == (pytest.approx(140), "2024-01/2024-03")
    assert ev.progress == pytest.approx(140 / 300)


def test_a_gap_stops_the_chain_and_is_named(tmp_path):
    # April is missing: May and June are not counted; 1-3月 = 140.
    write(tmp_path, FLOW, months(2024, {1: 100, 2: 20, 3: 20, 5: 20, 6: 20}))
    ev = judged(tmp_path, "2024-06")[0]["rev-2024"]
    assert (ev.actual, ev.actual_period.iso()) == (pytest.approx(140), "2024-01/2024-03")
    assert ev.time_progress == pytest.approx(3 / 12)
    zh = ev.note_detail.text("zh")
    assert "缺2024年4月数据" in zh and "其后各月数据未计入" in zh
    assert "2024-04" in ev.note


def test_quarters_and_a_two_month_piece_mix_with_months(tmp_path):
    # 1-2月 published as one figure (50), March alone (30), the second quarter (90), July (40):
    # 1-3月 = 80, 1-6月 = 170, 1-7月 = 210.
    rows = [("某市", "营业收入", "2024年1-2月", "累计值", 50, "亿元"),
            ("某市", "营业收入", "2024年3月", "当月值", 30, "亿元"),
            ("某市", "营业收入", "2024年二季度", "本期", 90, "亿元"),
            ("某市", "营业收入", "2024年7月", "本月", 40, "亿元")]
    write(tmp_path, FLOW, rows)
    got = {m: judged(tmp_path, m)[0]["rev-2024"] for m in ("2024-03", "2024-06", "2024-07")}
    assert [(e.actual, e.actual_period.iso()) for e in got.values()] == [
        (pytest.approx(80), "2024-01/2024-03"), (pytest.approx(170), "2024-01/2024-06"),
        (pytest.approx(210), "2024-01/2024-07")]
    assert tuple(map(str, got["2024-07"].sources)) == ("figures.csv:2", "figures.csv:3", "figures.csv:4", "figures.csv:5")
    assert "1-2月累计值与3月、二季度、7月数值" in got["2024-07"].note_detail.text("zh")


def test_a_published_year_to_date_wins_over_months_that_disagree(tmp_path):
    rows = months(2024, {1: 100, 2: 20, 3: 20, 4: 20, 5: 20, 6: 20}) + [
        ("某市", "营业收入", "2024年1-6月", "累计值", 250, "亿元")]
    write(tmp_path, FLOW, rows)
    ev = judged(tmp_path, "2024-06")[0]["rev-2024"]
    assert (ev.actual, ev.derived, tuple(map(str, ev.sources))) == (250, False, ("figures.csv:8",))


def test_the_chain_starts_from_the_longest_published_year_to_date(tmp_path):
    # 1-3月 published as 100 (the months would say 140); April 30, May 30: 1-5月 = 160.
    rows = months(2024, {1: 100, 2: 20, 3: 20, 4: 30, 5: 30}) + [
        ("某市", "营业收入", "2024年1-3月", "累计值", 100, "亿元")]
    write(tmp_path, FLOW, rows)
    ev = judged(tmp_path, "2024-05")[0]["rev-2024"]
    assert (ev.actual, ev.actual_period.iso()) == (pytest.approx(160), "2024-01/2024-05")
    assert tuple(map(str, ev.sources)) == ("figures.csv:7", "figures.csv:5", "figures.csv:6")


def test_units_are_converted_before_adding(tmp_path):
    rows = [("某市", "营业收入", "2024年1月", "当期值", 100, "亿元"),
            ("某市", "营业收入", "2024年2月", "当期值", 200000, "万元")]  # 20 亿元
    write(tmp_path, FLOW, rows)
    ev = judged(tmp_path, "2024-02")[0]["rev-2024"]
    assert ev.actual == pytest.approx(120)


def test_a_stock_is_never_added_up(tmp_path):
    stock = """\
        targets:
          - id: firms-2024
            title: 企业达到100家
            region: 某市
            indicator: 企业数
            kind: level
            flow: false
            due: 2024
            target: {value: 100, unit: 家}
        """
    write(tmp_path, stock, months(2024, {1: 80, 2: 82, 3: 85}, indicator="企业数", unit="家"))
    ev = judged(tmp_path, "2024-03")[0]["firms-2024"]
    assert (ev.actual, ev.actual_period.iso(), ev.derived) == (85, "2024-03", False)


# -- growth from levels --------------------------------------------------------------------

GROWTH = """\
    targets:
      - id: rev-growth-2024
        title: 营业收入增长10%
        region: 某市
        indicator: 营业收入
        kind: growth
        due: 2024
        target: {rate: 10}
    """


def test_growth_from_monthly_levels_of_both_years(tmp_path):
    # 2023: 90 + 5 × 20 = 190; 2024: 100 + 5 × 20 = 200; (200/190 − 1) × 100 = 5.263 %.
    rows = months(2023, {1: 90, 2: 20, 3: 20, 4: 20, 5: 20, 6: 20}) + months(2024, {1: 100, 2: 20, 3: 20, 4: 20,
                                                                                      5: 20, 6: 20})
    write(tmp_path, GROWTH, rows)
    ev = judged(tmp_path, "2024-06")[0]["rev-growth-2024"]
    assert ev.actual == pytest.approx((200 / 190 - 1) * 100)
    assert ev.actual_period.iso() == "2024-01/2024-06"
    assert ev.margin_pp == pytest.approx((200 / 190 - 1) * 100 - 10)
    assert ev.status.value == "off_track"
    assert ev.derived is True
    assert len(ev.sources) == 12
    zh = ev.note_detail.text("zh")
    assert "增速由本期与上年同期累计值计算" in zh


def test_a_published_rate_wins_for_the_same_period(tmp_path):
    rows = months(2023, {1: 90, 2: 20}) + months(2024, {1: 100, 2: 20}) + [
        ("某市", "营业收入", "2024年1-2月", "同比增长", 12.0, "%")]
    write(tmp_path, GROWTH, rows)
    ev = judged(tmp_path, "2024-02")[0]["rev-growth-2024"]
    assert (ev.actual, ev.derived, ev.status.value) == (12.0, False, "on_track")


def test_a_later_period_from_levels_beats_an_earlier_published_rate(tmp_path):
    rows = [("某市", "营业收入", "2024年1-2月", "同比增长", 12.0, "%"),
            ("某市", "营业收入", "2023年1-3月", "累计值", 100, "亿元"),
            ("某市", "营业收入", "2024年1-3月", "累计值", 111, "亿元")]
    write(tmp_path, GROWTH, rows)
    ev = judged(tmp_path, "2024-03")[0]["rev-growth-2024"]
    assert (ev.actual, ev.actual_period.iso()) == (pytest.approx(11.0), "2024-01/2024-03")


def test_growth_without_last_years_level_has_no_data(tmp_path):
    write(tmp_path, GROWTH, months(2024, {1: 100, 2: 20}))
    ev = judged(tmp_path, "2024-02")[0]["rev-growth-2024"]
    assert ev.status.value == "no_data"


def test_cagr_stand_in_from_levels(tmp_path):
    cagr = """\
        targets:
          - id: rev-cagr-2026
            title: 营业收入年均增长9%
            region: 某市
            indicator: 营业收入
            kind: cagr
            due: 2026
            base: {period: "2022"}
            target: {rate: 9}
        """
    rows = [("某市", "营业收入", "2023年1-6月", "累计值", 100, "亿元"),
            ("某市", "营业收入", "2024年1-6月", "累计值", 108, "亿元")]
    write(tmp_path, cagr, rows)
    ev = judged(tmp_path, "2024-06")[0]["rev-cagr-2026"]
    assert ev.actual_rate == pytest.approx(8.0)
    assert ev.margin_pp == pytest.approx(-1.0)
    assert ev.status.value == "at_risk"  # −1 pp meets the at-risk line exactly
    assert ev.derived is True


# -- derived indicators --------------------------------------------------------------------

SHARE = """\
    targets:
      - id: hitech-share-2024
        title: 高技术制造业增加值占规上工业比重达到25%
        region: 某省
        indicator: 高技术制造业增加值占比
        kind: level
        flow: false
        due: 2024
        target: {value: 25, unit: "%"}
    """
INDICATORS = """\
    indicators:
      高技术制造业增加值占比: {ratio: [高技术制造业增加值, 规上工业增加值]}
    """


def test_a_share_from_its_two_parts_with_the_denominator_converted(tmp_path):
    rows = [("某省", "高技术制造业增加值", "2024年1-6月", "累计值", 30, "亿元"),
            ("某省", "规上工业增加值", "2024年1-6月", "累计值", 1500000, "万元")]  # 150 亿元
    write(tmp_path, SHARE, rows, extra={"indicators.yaml": INDICATORS})
    ev = judged(tmp_path, "2024-06")[0]["hitech-share-2024"]
    assert ev.actual == pytest.approx(20.0)
    assert ev.unit == "%"
    assert ev.completion == pytest.approx(0.8)
    assert ev.derived is True
    assert tuple(map(str, ev.sources)) == ("figures.csv:2", "figures.csv:3")
    assert "比值" in ev.note_detail.text("zh")


def test_a_share_whose_denominator_is_missing_has_no_data(tmp_path):
    rows = [("某省", "高技术制造业增加值", "2024年1-6月", "累计值", 30, "亿元"),
            ("某省", "规上工业增加值", "2024年1-5月", "累计值", 120, "亿元")]
    write(tmp_path, SHARE, rows, extra={"indicators.yaml": INDICATORS})
    ev = judged(tmp_path, "2024-06")[0]["hitech-share-2024"]
    assert ev.status.value == "no_data"


def test_a_ratio_of_parts_in_different_dimensions_is_an_error_of_the_definition(tmp_path):
    rows = [("某省", "高技术制造业增加值", "2024年1-6月", "累计值", 30, "亿元"),
            ("某省", "规上工业增加值", "2024年1-6月", "累计值", 150, "吨")]
    write(tmp_path, SHARE, rows, extra={"indicators.yaml": INDICATORS})
    evs, problems = judged(tmp_path, "2024-06")
    assert evs["hitech-share-2024"].status.value == "no_data"
    [p] = [p for p in problems if p.reason == "bad-definition"]
    assert (p.file, p.place) == ("indicators.yaml", "line 2")


def test_a_sum_in_the_first_parts_unit(tmp_path):
    goal = """\
        targets:
          - id: new-industries-2024
            title: 新兴产业营业收入达到500亿元
            region: 某市
            indicator: 新兴产业营业收入
            kind: level
            due: 2024
            target: {value: 500, unit: 亿元}
        """
    defs = "indicators:\n  新兴产业营业收入: {sum: [锂电产业营业收入, 光伏产业营业收入]}\n"
    rows = [("某市", "锂电产业营业收入", "2024年1-6月", "累计值", 120, "亿元"),
            ("某市", "光伏产业营业收入", "2024年1-6月", "累计值", 800000, "万元")]
    write(tmp_path, goal, rows, extra={"indicators.yaml": defs})
    ev = judged(tmp_path, "2024-06")[0]["new-industries-2024"]
    assert ev.actual == pytest.approx(200)
    assert ev.progress == pytest.approx(200 / 250)


# -- regions add up ------------------------------------------------------------------------

PROVINCE = """\
    targets:
      - id: prov-rev-2024
        title: 全省营业收入达到400亿元
        region: 某省
        indicator: 营业收入
        kind: level
        due: 2024
        target: {value: 400, unit: 亿元}
    """
REGIONS = "regions:\n  某省: [甲市, 乙市]\n"


def test_a_region_is_the_sum_of_its_parts_in_the_first_parts_unit(tmp_path):
    rows = [("甲市", "营业收入", "2024年1-6月", "累计值", 100, "亿元"),
            ("乙市", "营业收入", "2024年1-6月", "累计值", 500000, "万元")]
    write(tmp_path, PROVINCE, rows, extra={"regions.yaml": REGIONS})
    ev = judged(tmp_path, "2024-06")[0]["prov-rev-2024"]
    assert ev.actual == pytest.approx(150)
    assert tuple(map(str, ev.sources)) == ("figures.csv:2", "figures.csv:3")
    assert "甲市、乙市" in ev.note_detail.text("zh")


def test_a_region_with_one_part_missing_has_no_sum(tmp_path):
    rows = [("甲市", "营业收入", "2024年1-6月", "累计值", 100, "亿元"),
            ("乙市", "营业收入", "2024年1-5月", "累计值", 40, "亿元")]
    write(tmp_path, PROVINCE, rows, extra={"regions.yaml": REGIONS})
    ev = judged(tmp_path, "2024-06")[0]["prov-rev-2024"]
    assert ev.status.value == "no_data"


def test_parts_given_as_months_are_added_up_first(tmp_path):
    rows = months(2024, {1: 10, 2: 10}, region="甲市") + months(2024, {1: 5, 2: 5}, region="乙市")
    write(tmp_path, PROVINCE, rows, extra={"regions.yaml": REGIONS})
    ev = judged(tmp_path, "2024-02")[0]["prov-rev-2024"]
    assert (ev.actual, ev.actual_period.iso()) == (pytest.approx(30), "2024-01/2024-02")


def test_a_published_region_figure_wins_and_rates_never_add_up(tmp_path):
    rows = [("甲市", "营业收入", "2024年1-6月", "累计值", 100, "亿元"),
            ("乙市", "营业收入", "2024年1-6月", "累计值", 50, "亿元"),
            ("某省", "营业收入", "2024年1-6月", "累计值", 160, "亿元"),
            ("甲市", "营业收入", "2024年1-6月", "同比增长", 5, "%"),
            ("乙市", "营业收入", "2024年1-6月", "同比增长", 7, "%")]
    growth = PROVINCE.rstrip(" ") + """\
      - id: prov-growth-2024
        title: 全省营业收入增长6%
        region: 某省
        indicator: 营业收入
        kind: growth
        due: 2024
        target: {rate: 6}
    """
    write(tmp_path, growth, rows, extra={"regions.yaml": REGIONS})
    evs = judged(tmp_path, "2024-06")[0]
    assert (evs["prov-rev-2024"].actual, evs["prov-rev-2024"].derived) == (160, False)
    assert evs["prov-growth-2024"].status.value == "no_data"  # 5 % and 7 % are not added


def test_shares_are_never_added_across_regions(tmp_path):
    share = SHARE.replace("某省", "某省")
    rows = [("甲市", "高技术制造业增加值占比", "2024年1-6月", "累计值", 20, "%"),
            ("乙市", "高技术制造业增加值占比", "2024年1-6月", "累计值", 30, "%")]
    write(tmp_path, share, rows, extra={"regions.yaml": REGIONS.replace("某省", "某省")})
    ev = judged(tmp_path, "2024-06")[0]["hitech-share-2024"]
    assert ev.status.value == "no_data"


def test_bad_regions_file_names_the_line(tmp_path):
    write(tmp_path, PROVINCE, [], extra={"regions.yaml": "regions:\n  某省: [甲市, 某省]\n"})
    _, problems = judged(tmp_path, "2024-06")
    assert [(p.file, p.place, p.reason) for p in problems if p.file == "regions.yaml"] == [
        ("regions.yaml", "line 2", "bad-definition")]


def test_a_cycle_of_regions_is_refused(tmp_path):
    write(tmp_path, PROVINCE, [], extra={"regions.yaml": "regions:\n  甲: [乙]\n  乙: [甲]\n"})
    _, problems = judged(tmp_path, "2024-06")
    mine = [p for p in problems if p.file == "regions.yaml"]
    assert {p.reason for p in mine} == {"bad-definition"} and {p.place for p in mine} == {"line 2", "line 3"}


# -- a due year that has ended ---------------------------------------------------------------


def test_awaiting_the_whole_year_figure(tmp_path):
    rows = [("某市", "营业收入", "2024年1-9月", "累计值", 900, "亿元")]
    write(tmp_path, FLOW, rows)
    within = judged(tmp_path, "2024-09")[0]["rev-2024"]
    for as_of in ("2025-01", "2025-06", "2030-01"):
        ev = judged(tmp_path, as_of)[0]["rev-2024"]
        assert ev.status.value == "awaiting_final"
        assert (ev.progress, ev.completion, ev.time_progress) == (within.progress, within.completion,
                                                                  within.time_progress)
        assert "2024-01/2024-09" in ev.note and "按2024年1-9月数据评价" in ev.note_detail.text("zh")
    assert within.status.value == "on_track"


def test_the_whole_year_figure_decides_after_the_due_year(tmp_path):
    rows = [("某市", "营业收入", "2024年1-9月", "累计值", 900, "亿元"),
            ("某市", "营业收入", "2024年", "累计值", 1150, "亿元")]
    write(tmp_path, FLOW, rows)
    assert judged(tmp_path, "2025-03")[0]["rev-2024"].status.value == "missed"


def test_achieved_early_stays_achieved_after_the_due_year(tmp_path):
    rows = [("某市", "营业收入", "2024年1-11月", "累计值", 1250, "亿元")]
    write(tmp_path, FLOW, rows)
    assert judged(tmp_path, "2025-03")[0]["rev-2024"].status.value == "achieved"


def test_growth_awaits_its_whole_year_rate(tmp_path):
    write(tmp_path, GROWTH, [("某市", "营业收入", "2024年1-11月", "同比增长", 11, "%")])
    ev = judged(tmp_path, "2025-02")[0]["rev-growth-2024"]
    assert (ev.status.value, ev.margin_pp) == ("awaiting_final", pytest.approx(1.0))


def test_a_stock_awaits_its_december_figure(tmp_path):
    stock = """\
        targets:
          - id: firms-2024
            title: 企业达到100家
            region: 某市
            indicator: 企业数
            kind: level
            flow: false
            due: 2024
            target: {value: 120, unit: 家}
        """
    write(tmp_path, stock, months(2024, {11: 110}, indicator="企业数", unit="家", measure="绝对值"))
    assert judged(tmp_path, "2025-01")[0]["firms-2024"].status.value == "awaiting_final"


# -- exact hits count -------------------------------------------------------------------------


def test_a_progress_a_hair_below_the_line_meets_it(tmp_path):
    # 1-6月 of 1.1 × 6/12 expected; 0.495 / 0.55 is 0.8999999999999999 in floating point.
    goal = FLOW.replace("{value: 1200, unit: 亿元}", "{value: 1.1, unit: 亿元}")
    write(tmp_path, goal, [("某市", "营业收入", "2024年1-6月", "累计值", 0.495, "亿元")])
    ev = judged(tmp_path, "2024-06")[0]["rev-2024"]
    assert 0.495 / (1.1 * 6 / 12) < 0.9
    assert ev.status.value == "at_risk"


# -- through the real command -------------------------------------------------------------------


def test_the_command_gives_the_derived_figure_and_its_sources(tmp_path):
    write(tmp_path, FLOW, months(2024, {1: 100, 2: 20, 3: 20, 4: 20, 5: 20, 6: 20}))
    done = tracker(tmp_path, "evaluate", "--json", "--as-of", "2024-06")
    assert done.returncode == 0, done.stderr
    [ev] = json.loads(done.stdout)["evaluations"]
    assert (ev["status"], ev["actual"], ev["derived"], len(ev["sources"])) == ("off_track", 200.0, True, 6)


def test_explain_shows_how_the_figure_was_made_and_each_number(tmp_path):
    write(tmp_path, FLOW, months(2024, {1: 100, 2: 20, 3: 20, 5: 20}))
    done = tracker(tmp_path, "explain", "rev-2024", "--as-of", "2024-06")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "最新数值 A = 140 亿元（2024年1-3月）" in out
    assert "2024年1-3月由1月至3月各月当期值累加" in out and "缺2024年4月数据" in out
    for line in ("figures.csv:2", "figures.csv:3", "figures.csv:4"):
        assert line in out
    assert "序时进度 = 3/12 = 25.0%" in out and "计划值 E = 300 亿元" in out and "完成率 = A / 目标 = 11.7%" in out
    en = tracker(tmp_path, "explain", "rev-2024", "--as-of", "2024-06", "--lang", "en").stdout
    assert "Latest figure A = 140 亿元 (2024-01/2024-03)" in en
    unknown = tracker(tmp_path, "explain", "nope", "--as-of", "2024-06")
    assert unknown.returncode == 1 and "nope" in unknown.stderr


def test_the_reports_figures_sheet_shows_how_a_figure_was_made(tmp_path):
    import openpyxl

    from tracker.report import write_report

    write(tmp_path, FLOW, months(2024, {1: 100, 2: 20, 3: 20}) + [
        ("某市", "营业收入", "2024年4月", "当期值", 2000000, "亿元")])  # 万元 typed under 亿元: a warning
    outcome = evaluate_folders(tmp_path / "targets", tmp_path / "actuals", "2024-03")
    path = write_report(outcome.evaluations, outcome.figures, outcome.problems, outcome.as_of, tmp_path / "out")
    wb = openpyxl.load_workbook(path)
    rows = list(wb["数据"].iter_rows(values_only=True))
    [made] = [r for r in rows if r[6] == "2024年1-3月由1月至3月各月当期值累加"]
    assert made[:6] == ("某市", "营业收入", "2024年1-3月", "数值", 140, "亿元") and made[8] == "rev-2024"
    problems = list(wb["问题"].iter_rows(values_only=True))
    assert problems[0][-1] == "类别" and any(r[3] == "unit-slip" and r[4] == "提醒" for r in problems[1:])
