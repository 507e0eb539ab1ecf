"""The year's own numbers (tracker.annual): T(y), 年度完成率, points against 序时进度 or the goal's rate.

Every number is worked by hand in the comments.
"""

from __future__ import annotations

import pytest
from pydantic import TypeAdapter

from tracker.annual import year_numbers
from tracker.evaluate import evaluate_target
from tracker.figure import Figure, Measure
from tracker.model import Status, Target
from tracker.periods import parse_month, parse_period

TARGET = TypeAdapter(Target)


def target(**kw):
    spec = dict(id="t", title="goal", region="江西省", indicator="营收", kind="level", due=2026)
    spec.update(kw)
    return TARGET.validate_python(spec)


def fig(period, value, unit="亿元", measure="value"):
    return Figure("江西省", "营收", parse_period(period), Measure(measure), float(value), unit, "a.csv:2", "a.csv")


def judge(t, figures, as_of):
    ev, _ = evaluate_target(t, figures, parse_month(as_of))
    return ev


def test_multi_year_flow_against_this_years_plan():
    # base 2022: 1000, target 2026: 1464.1 = 1000·1.1⁴ → T(2024) = 1000·1.1² = 1210.
    # 1-9月 2024: 900 → 年度完成率 = 900/1210 = 0.743802; 序时进度 = 9/12 = 0.75;
    # points = (0.743802 − 0.75)·100 = −0.6198 (慢于序时进度0.6个百分点)
    t = target(base={"period": "2022", "value": 1000, "unit": "亿元"}, target={"value": 1464.1, "unit": "亿元"})
    ev = judge(t, [fig("2024年1-9月", 900)], "2024-09")
    assert ev.year_target == pytest.approx(1210.0)
    assert ev.year_completion == pytest.approx(900 / 1210)
    assert ev.points_vs_time == pytest.approx(-0.61983, abs=1e-5)
    # the 2026 target's completion stays what it was: 900/1464.1 = 0.6147
    assert ev.completion == pytest.approx(0.61471, abs=1e-5)
    j = ev.as_json()
    assert j["year_target"] == 1210.0 and j["year_completion"] == 0.7438 and j["points_vs_time"] == -0.6198


def test_due_year_without_base_plans_the_target_itself():
    # due 2024, 1200 亿元, no base: T(2024) = 1200. 1-6月 = 660 → 0.55; 序时 0.5 → +5.0 points
    t = target(due=2024, target={"value": 1200, "unit": "亿元"})
    ev = judge(t, [fig("2024年1-6月", 660)], "2024-06")
    assert ev.year_target == 1200
    assert ev.year_completion == pytest.approx(0.55)
    assert ev.points_vs_time == pytest.approx(5.0)


def test_whole_year_figure_counts_the_whole_year():
    # base 2022: 100, target 2024: 121 → T(2023) = 110; 2023 whole year 99 → 0.9, 序时 1 → −10 points
    t = target(due=2024, base={"period": "2022", "value": 100, "unit": "亿元"}, target={"value": 121, "unit": "亿元"})
    ev = judge(t, [fig("2023", 99)], "2024-03")
    assert ev.year_target == pytest.approx(110.0)
    assert ev.year_completion == pytest.approx(0.9)
    assert ev.points_vs_time == pytest.approx(-10.0)


def test_growth_states_a_minus_t_not_the_margin():
    # 9%左右 (tolerance 0.5): A = 8.8 → 低于目标0.2个百分点; margin_pp = 8.8 − 8.5 = 0.3 decides the status
    t = target(kind="growth", due=2024, target={"rate": 9}, qualifier="about")
    ev = judge(t, [fig("2024年1-9月", 8.8, unit="%", measure="yoy")], "2024-09")
    assert ev.margin_pp == pytest.approx(0.3)
    assert ev.points_vs_time == pytest.approx(-0.2)
    assert ev.year_target == 9
    assert ev.year_completion is None


def test_stock_and_at_most_leave_out_what_does_not_apply():
    stock = target(flow=False, base={"period": "2022", "value": 100, "unit": "家"},
                   target={"value": 200, "unit": "家"})
    ev = judge(stock, [fig("2024-06", 150, unit="家")], "2024-06")
    assert (ev.year_target, ev.year_completion, ev.points_vs_time) == (None, None, None)
    # at_most, due year, no base: T = 50; 1-6月 20 → 0.4 of the year's ceiling, no 序时 comparison
    cap = target(due=2024, qualifier="at_most", target={"value": 50, "unit": "亿元"})
    ev = judge(cap, [fig("2024年1-6月", 20)], "2024-06")
    assert ev.year_target == 50 and ev.year_completion == pytest.approx(0.4) and ev.points_vs_time is None


def test_no_figure_no_numbers():
    t = target(target={"value": 100, "unit": "亿元"}, due=2024)
    ev = judge(t, [], "2024-06")
    assert ev.status is Status.NO_DATA
    assert year_numbers(t, ev) == (None, None, None)
    assert ev.as_json()["year_completion"] is None
