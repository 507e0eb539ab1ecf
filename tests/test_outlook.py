"""The outlook (tracker.outlook): seasonal time progress and probability, on series worked by hand."""

from __future__ import annotations

import math

import pytest
from pydantic import TypeAdapter

from tracker.config import Settings
from tracker.evaluate import evaluate_target
from tracker.figure import Figure, Measure
from tracker.messages import say
from tracker.model import Status, Target
from tracker.outlook import fell_below, normal_by_season, outlook, seasonal_progress, student_t_cdf
from tracker.periods import parse_month, parse_period

TARGET = TypeAdapter(Target)


def target(**kw):
    spec = dict(id="t", title="goal", region="江西省", indicator="营收", kind="level", due=2024)
    spec.update(kw)
    return TARGET.validate_python(spec)


def fig(period, value, unit="亿元", measure="value"):
    return Figure("江西省", "营收", parse_period(period), Measure(measure), float(value), unit, "a.csv:2", "a.csv")


def judge(t, figures, as_of):
    ev, _ = evaluate_target(t, figures, parse_month(as_of), Settings())
    return ev


def t_cdf3(x):
    """Student t with 3 degrees of freedom, closed form: 1/2 + (x/(√3(1+x²/3)) + atan(x/√3))/π."""
    return 0.5 + (x / (math.sqrt(3) * (1 + x * x / 3)) + math.atan(x / math.sqrt(3))) / math.pi


# -- the distribution ---------------------------------------------------------

@pytest.mark.parametrize("df, x975", [(1, 12.706), (2, 4.303), (3, 3.182), (4, 2.776), (5, 2.571), (10, 2.228)])
def test_student_t_matches_the_tables(df, x975):
    # the two-sided 5 % points of the printed tables
    assert student_t_cdf(x975, df) == pytest.approx(0.975, abs=2e-4)
    assert student_t_cdf(-x975, df) == pytest.approx(0.025, abs=2e-4)
    assert student_t_cdf(0.0, df) == 0.5


def test_student_t_closed_forms():
    # df 2: 1/2 + x/(2√(x²+2)); at x = 1: 0.5 + 1/(2√3) = 0.788675
    assert student_t_cdf(1.0, 2) == pytest.approx(0.788675, abs=1e-6)
    assert student_t_cdf(-2.5, 3) == pytest.approx(t_cdf3(-2.5), abs=1e-12)


# -- flow levels: a constant seasonal pattern ------------------------------------
# Whole years 100, 110, 121, 133.1 (2020-2023, +10 % a year), and 1-6月 always 40 % of the year.

WHOLE = {2020: 100.0, 2021: 110.0, 2022: 121.0, 2023: 133.1}


def seasonal(shares: dict[int, float], whole=WHOLE, m=6):
    figs = []
    for y, w in whole.items():
        figs.append(fig(str(y), w))
        figs.append(fig(f"{y}年1-{m}月", w * shares[y]))
    return figs


def test_constant_pattern_gives_its_share_and_an_even_chance_at_the_projection():
    figs = seasonal({y: 0.4 for y in WHOLE})
    # 2024 on the same path: whole year 146.41, 1-6月 58.564
    figs.append(fig("2024年1-6月", 58.564))
    t = target(target={"value": 146.41, "unit": "亿元"})
    ev = judge(t, figs, "2024-06")
    # straight line: E = 146.41·6/12 = 73.205, progress 58.564/73.205 = 0.8 → off track
    assert ev.status is Status.OFF_TRACK
    assert ev.time_progress == 0.5
    assert ev.seasonal_time_progress == pytest.approx(0.4)
    # the projection 58.564/0.4 = 146.41 is the target itself: one chance in two
    assert ev.probability == pytest.approx(0.5)
    # against the seasonal pace it is exactly on plan: E_s = 146.41·0.4 = 58.564
    assert seasonal_progress(ev) == pytest.approx(1.0)
    assert normal_by_season(ev)  # the 简报: 按往年同期进度衡量则进度正常
    j = ev.as_json()
    assert j["seasonal_time_progress"] == 0.4 and j["probability"] == 0.5


def test_constant_pattern_below_the_projection_is_near_certain():
    figs = seasonal({y: 0.4 for y in WHOLE}) + [fig("2024年1-6月", 58.564)]
    t = target(target={"value": 140, "unit": "亿元"})
    ev = judge(t, figs, "2024-06")
    # the shares agree exactly: the spread is the floor 0.005 in logs (month 6 has weight √(6/6) = 1),
    # widened for four years: 0.005·√(1 + 1/4) = 0.0055902;
    # x = (ln 140 − ln 146.41)/0.0055902 = −0.044769/0.0055902 = −8.0084; df = 4 − 1 = 3
    x = (math.log(140) - math.log(146.41)) / (0.005 * math.sqrt(1.25))
    assert x == pytest.approx(-8.0084, abs=1e-3)
    assert ev.probability == pytest.approx(1 - t_cdf3(x), abs=1e-9)
    assert ev.probability == pytest.approx(0.99797, abs=1e-4)


def test_a_figure_in_another_unit_is_converted():
    figs = seasonal({y: 0.4 for y in WHOLE}) + [fig("2024年1-6月", 585640, unit="万元")]
    ev = judge(target(target={"value": 146.41, "unit": "亿元"}), figs, "2024-06")
    assert ev.probability == pytest.approx(0.5)
    assert ev.seasonal_time_progress == pytest.approx(0.4)


# -- flow levels: one odd year -------------------------------------------------

def test_one_odd_year_moves_the_share_and_widens_the_odds():
    shares = {2020: 0.40, 2021: 0.40, 2022: 0.46, 2023: 0.40}
    figs = seasonal(shares) + [fig("2024年1-6月", 58.564)]
    t = target(target={"value": 140, "unit": "亿元"})
    ev = judge(t, figs, "2024-06")
    # mean share (0.40·3 + 0.46)/4 = 0.415
    assert ev.seasonal_time_progress == pytest.approx(0.415)
    # −ln s: 0.916291 (three times) and 0.776529; mean 0.881350; deviations 0.034941 ×3 and −0.104821;
    # sum of squares 0.0036626 + 0.0109875 = 0.0146501; /3 → sd 0.069881; predictive 0.069881·√1.25 = 0.078129
    # mean of the whole year in logs: ln 58.564 + 0.881350 = 4.070120 + 0.881350 = 4.951470 (141.40);
    # x = (ln 140 − 4.951470)/0.078129 = (4.941642 − 4.951470)/0.078129 = −0.12579
    x = -0.12579
    assert ev.probability == pytest.approx(1 - t_cdf3(x), abs=1e-5)
    assert ev.probability == pytest.approx(0.5461, abs=1e-3)
    # 58.564 against 140·0.415 = 58.1: on plan by the seasonal pace too; the straight line says off track
    assert ev.status is Status.OFF_TRACK and normal_by_season(ev)
    # less sure than the constant pattern, which gives 0.998 for the same target
    assert ev.probability < 0.99


def test_only_the_last_five_years_count():
    whole = {y: 100.0 for y in range(2016, 2024)}
    # 2016-2018 had 1-6月 at 60 %, 2019-2023 at 40 %: the five latest are all 40 %
    shares = {y: (0.6 if y < 2019 else 0.4) for y in whole}
    figs = seasonal(shares, whole) + [fig("2024年1-6月", 40)]
    ev = judge(target(target={"value": 100, "unit": "亿元"}), figs, "2024-06")
    assert ev.seasonal_time_progress == pytest.approx(0.4)
    assert ev.probability == pytest.approx(0.5)
    found = outlook(target(target={"value": 100, "unit": "亿元"}), figs, parse_month("2024-06"), ev)
    assert found.years == (2019, 2020, 2021, 2022, 2023)


def test_figures_after_as_of_are_not_known():
    figs = seasonal({y: 0.4 for y in WHOLE}) + [fig("2024年1-6月", 58.564)]
    # judged as of 2023-06: 2023's whole year is not known yet, so only 2020-2022 count
    t = target(due=2023, target={"value": 133.1, "unit": "亿元"})
    ev = judge(t, figs, "2023-06")
    found = outlook(t, figs, parse_month("2023-06"), ev)
    assert found.years == (2020, 2021, 2022)
    assert ev.probability == pytest.approx(0.5)


# -- too little history --------------------------------------------------------

def test_two_years_give_the_seasonal_pace_but_no_probability():
    whole = {2022: 121.0, 2023: 133.1}
    figs = seasonal({2022: 0.4, 2023: 0.5}, whole) + [fig("2024年1-6月", 60)]
    t = target(target={"value": 140, "unit": "亿元"})
    ev = judge(t, figs, "2024-06")
    assert ev.seasonal_time_progress == pytest.approx(0.45)
    assert ev.probability is None
    # 60 against 140·0.45 = 63: behind by the seasonal pace as well
    assert seasonal_progress(ev) == pytest.approx(60 / 63) and not normal_by_season(ev)
    found = outlook(t, figs, parse_month("2024-06"), ev)
    assert found.basis == "outlook.short"
    assert found.basis_text("en") == "only 2 past year(s) of the same figures, fewer than 3: no probability"
    assert "不足3年" in found.basis_text("zh")


def test_one_year_gives_nothing():
    figs = seasonal({2023: 0.4}, {2023: 133.1}) + [fig("2024年1-6月", 60)]
    ev = judge(target(target={"value": 140, "unit": "亿元"}), figs, "2024-06")
    assert ev.seasonal_time_progress is None and ev.probability is None
    assert ev.as_json()["probability"] is None


def test_achieved_is_one_and_missed_is_zero():
    figs = seasonal({y: 0.4 for y in WHOLE})
    early = judge(target(target={"value": 50, "unit": "亿元"}), figs + [fig("2024年1-6月", 58.564)], "2024-06")
    assert early.status is Status.ACHIEVED and early.probability == 1.0
    missed = judge(target(target={"value": 150, "unit": "亿元"}), figs + [fig("2024", 146.41)], "2024-12")
    assert missed.status is Status.MISSED and missed.probability == 0.0


def test_no_data_has_no_probability():
    ev = judge(target(target={"value": 150, "unit": "亿元"}), [], "2024-06")
    assert ev.status is Status.NO_DATA and ev.probability is None and ev.seasonal_time_progress is None


# -- a flow level due in a later year --------------------------------------------

def test_a_later_due_year_is_carried_at_past_annual_growth():
    figs = seasonal({y: 0.4 for y in WHOLE}) + [fig("2024年1-6月", 58.564)]
    # this year 146.41 (shares), then 2025 at +10 % (the growth of 2021-2023, all ln 1.1): 161.051
    t = target(due=2025, base={"period": "2020", "value": 100, "unit": "亿元"}, target={"value": 161.051, "unit": "亿元"})
    ev = judge(t, figs, "2024-06")
    assert ev.probability == pytest.approx(0.5)
    found = outlook(t, figs, parse_month("2024-06"), ev)
    assert found.basis == "outlook.shares-carried"


# -- growth --------------------------------------------------------------------

def rate(period, value):
    return fig(period, value, unit="%", measure="yoy")


GROWTH_PAST = [rate("2021年1-6月", 8), rate("2021", 7), rate("2022年1-6月", 6), rate("2022", 5.5),
               rate("2023年1-6月", 5), rate("2023", 3.5)]


def test_growth_from_the_change_to_the_whole_year():
    # changes from 1-6月 to the whole year: −1, −0.5, −1.5: mean −1, sd 0.5; predictive sd 0.5·√(4/3) = 0.57735
    figs = GROWTH_PAST + [rate("2024年1-6月", 6)]
    even = judge(target(kind="growth", target={"rate": 5}), figs, "2024-06")
    assert even.status is Status.ON_TRACK
    assert even.probability == pytest.approx(0.5)  # 6 − 1 = 5, the target
    # target 4: x = (4 − 5)/0.57735 = −1.7321; df 2: P = 1/2 + 1.7321/(2√(3 + 2)) = 0.88730
    ev = judge(target(kind="growth", target={"rate": 4}), figs, "2024-06")
    assert ev.probability == pytest.approx(0.88730, abs=1e-4)
    # at most 4 %: the other side
    at_most = judge(target(kind="growth", target={"rate": 4}, qualifier="at_most"), figs, "2024-06")
    assert at_most.probability == pytest.approx(1 - 0.88730, abs=1e-4)
    # about 5.5 (tolerance 0.5): the threshold is 5
    about = judge(target(kind="growth", target={"rate": 5.5}, qualifier="about"), figs, "2024-06")
    assert about.probability == pytest.approx(0.5)


def test_growth_with_two_past_years_has_no_probability():
    ev = judge(target(kind="growth", target={"rate": 5}), GROWTH_PAST[2:] + [rate("2024年1-6月", 6)], "2024-06")
    assert ev.probability is None and ev.seasonal_time_progress is None


def test_growth_whole_year_decides():
    ev = judge(target(kind="growth", target={"rate": 5}), GROWTH_PAST + [rate("2024", 5.2)], "2025-01")
    assert ev.status is Status.ACHIEVED and ev.probability == 1.0


# -- stocks --------------------------------------------------------------------

def test_stock_carried_to_the_end_of_the_due_year():
    figs = [fig(f"{y}年12月", v) for y, v in WHOLE.items()]
    # 2023-12 = 133.1, two years to the end of 2025 at ln 1.1 a year: 161.051 is the middle
    t = target(flow=False, due=2025, target={"value": 161.051, "unit": "亿元"})
    ev = judge(t, figs, "2024-01")
    assert ev.probability == pytest.approx(0.5)
    # the changes agree: floor 0.01, variance 0.0001·(2 + 4/3) = 0.00033333; target 150:
    # x = (ln 150 − ln 161.051)/0.018257 = −0.071084/0.018257 = −3.8935, df 2
    t150 = target(flow=False, due=2025, target={"value": 150, "unit": "亿元"})
    ev150 = judge(t150, figs, "2024-01")
    x = (math.log(150) - math.log(161.051)) / math.sqrt(0.0001 * (2 + 4 / 3))
    assert ev150.probability == pytest.approx(1 - (0.5 + x / (2 * math.sqrt(x * x + 2))), abs=1e-9)
    assert ev150.probability == pytest.approx(0.9700, abs=1e-3)


# -- cagr ----------------------------------------------------------------------

def test_cagr_on_its_path_is_an_even_chance():
    figs = [fig(str(y), 100 * 1.1 ** (y - 2020)) for y in range(2017, 2024)]
    t = target(kind="cagr", due=2025, base={"period": "2020"}, target={"rate": 10})
    ev = judge(t, figs, "2024-01")
    assert ev.actual_rate == pytest.approx(10)
    assert ev.probability == pytest.approx(0.5)
    faster = judge(target(kind="cagr", due=2025, base={"period": "2020"}, target={"rate": 9}), figs, "2024-01")
    assert faster.probability > 0.9


# -- the 简报's list -------------------------------------------------------------

def test_fell_below_lists_the_goals_that_crossed_half():
    from dataclasses import replace

    figs = GROWTH_PAST + [rate("2024年1-6月", 6)]
    base = judge(target(kind="growth", target={"rate": 5}), figs, "2024-06")
    a_now, a_then = replace(base, id="a", probability=0.4), replace(base, id="a", probability=0.6)
    b_now, b_then = replace(base, id="b", probability=0.3), replace(base, id="b", probability=0.45)
    c_now = replace(base, id="c", probability=0.2)  # new: no earlier run
    d_now, d_then = replace(base, id="d", probability=0.5), replace(base, id="d", probability=0.9)
    assert [e.id for e in fell_below([a_now, b_now, c_now, d_now], [a_then, b_then, d_then])] == ["a"]
    assert say("outlook.fell-below", "en", threshold="50%", goals="a") == "probability fell below 50% this month: a"


def test_growth_spread_is_pooled_over_every_month_of_the_past_years():
    # 1-3月, 1-6月 and the whole year of 2021-2023:
    #   2021: 7, 6.5 → 6    2022: 6, 6 → 5.5    2023: 5, 4 → 3.5
    # changes to the whole year: from 1-3月 −1, −0.5, −1.5 (mean −1); from 1-6月 −0.5 each time
    figs = [rate("2021年1-3月", 7), rate("2021年1-6月", 6.5), rate("2021", 6),
            rate("2022年1-3月", 6), rate("2022年1-6月", 6), rate("2022", 5.5),
            rate("2023年1-3月", 5), rate("2023年1-6月", 4), rate("2023", 3.5),
            rate("2024年1-3月", 6)]
    ev = judge(target(kind="growth", target={"rate": 4.5}), figs, "2024-03")
    # deviations at month 3: 0, 0.5, −0.5, weighed by √((12−3)/3) = √3: sum of squares 0.5/3 = 0.166667;
    # at month 6 none (weight 1); df = 2 + 2 = 4; σ² = 0.166667/4 = 0.041667
    # at month 3 again: variance 3·0.041667·(1 + 1/3) = 0.166667, sd 0.408248
    # whole year 6 − 1 = 5; x = (4.5 − 5)/0.408248 = −1.224745; P = F₄(1.224745), with
    # F₄(t) = 1/2 + (3/8)·t/√(1 + t²/4)·(1 − t²/(12(1 + t²/4))) = 0.5 + 0.375·1.044466·0.909091 = 0.856066
    assert ev.probability == pytest.approx(0.856066, abs=1e-5)
    found = outlook(target(kind="growth", target={"rate": 4.5}), figs, parse_month("2024-03"), ev)
    assert found.years == (2021, 2022, 2023)
    assert found.basis_text("en") == "from how the growth rate moved from months 1-3 to the whole year in 2021-2023"


def test_cagr_this_year_by_its_growth_rate_then_past_annual_growth():
    # whole years 2017-2023 at +10 % a year (2020 = 100, the base); 1-6月 rates of 2021-2023 are 11 %,
    # their whole years 10 %: the change is −1 each time. 2024's 1-6月 rate is 11 %.
    figs = [fig(str(y), 100 * 1.1 ** (y - 2020)) for y in range(2017, 2024)]
    for y in (2021, 2022, 2023):
        figs += [rate(f"{y}年1-6月", 11), rate(str(y), 10)]
    figs.append(rate("2024年1-6月", 11))
    t = target(kind="cagr", due=2025, base={"period": "2020"}, target={"rate": 10})
    ev = judge(t, figs, "2024-06")
    # 2023 = 133.1; 2024 at 11 − 1 = 10 %; 2025 at the mean of 2019-2023's ln 1.1: 161.051 = 100·1.1⁵
    assert ev.probability == pytest.approx(0.5)
    # spreads: this year the floor 0.1 pp (month 6, weight 1), ·√(1 + 1/3) → 0.013333 pp², in logs
    # /110² = 1.10193e-6; 2025 the floor 0.01, ·(1 + 1/5) → 0.00012; sd √0.000121102 = 0.0110046;
    # df = min(3 − 1, 5 − 1) = 2. Target 9 %: 5·(ln 1.09 − ln 1.1) = −0.0456625; x = −4.14940;
    # P = 1/2 + 4.14940/(2√(4.14940² + 2)) = 0.973274
    nine = judge(target(kind="cagr", due=2025, base={"period": "2020"}, target={"rate": 9}), figs, "2024-06")
    assert nine.probability == pytest.approx(0.973274, abs=1e-5)


def test_at_most_is_the_other_side():
    figs = seasonal({y: 0.4 for y in WHOLE}) + [fig("2024年1-6月", 58.564)]
    at_least = judge(target(target={"value": 145, "unit": "亿元"}), figs, "2024-06")
    at_most = judge(target(target={"value": 145, "unit": "亿元"}, qualifier="at_most"), figs, "2024-06")
    assert at_most.probability == pytest.approx(1 - at_least.probability)
    assert 0 < at_most.probability < 0.5


@pytest.mark.parametrize("drop", [None, 2023 * 12 + 3])  # every month (summed by column) or one missing
def test_pooled_spread_matches_its_definition(drop):
    from tracker.outlook import _rest_of_year

    import random

    rng = random.Random(7)
    index = {}
    for y in range(2019, 2024):
        level = 100.0
        for j in range(12):
            level += 10 + rng.uniform(-2, 2)
            index[y * 12 + j] = level
    if drop is not None:
        del index[drop]
    found = _rest_of_year(index, True, 2024, 5, 2019, 0.0)
    # the definition, written out: x_j(k) = ln(whole/YTD_j); deviations from each month's mean over the years,
    # divided by √((12−j)/j); pooled over months; scaled back to month 5 and widened by 1 + 1/n
    ss = df = 0
    for j in range(1, 12):
        xs = [math.log(index[y * 12 + 11] / index[y * 12 + j - 1]) for y in range(2019, 2024)
              if y * 12 + j - 1 in index]
        mean = sum(xs) / len(xs)
        ss += sum((x - mean) ** 2 for x in xs) / ((12 - j) / j)
        df += len(xs) - 1
    m5 = [math.log(index[y * 12 + 11] / index[y * 12 + 4]) for y in range(2019, 2024)]
    assert found.years == [2019, 2020, 2021, 2022, 2023]
    assert found.df == df == (44 if drop is None else 43)  # 11 months × (5 − 1)
    assert found.mean == pytest.approx(sum(m5) / 5, rel=1e-12)
    assert found.var == pytest.approx((12 - 5) / 5 * ss / df * (1 + 1 / 5), rel=1e-9)


def monthly_values(until_2024=6):
    """Months of 2018-2024 (2024 through June): (10 + m)·1.1^(y − 2018), so every 1–m月 grows 10 %."""
    return [fig(f"{y}-{m:02d}", (10 + m) * 1.1 ** (y - 2018))
            for y in range(2018, 2025) for m in range(1, 13) if y < 2024 or m <= until_2024]


def test_growth_from_monthly_values_alone():
    from tracker.evaluate import evaluate_all

    # the months add up to year to date (tracker.derive); the rates of 2024 and of the past years are
    # made from the values a year apart: all 10 %, so the change to the whole year is 0 every year
    goal = target(kind="growth", target={"rate": 10})
    evs, _ = evaluate_all([goal], monthly_values(), parse_month("2024-06"))
    assert evs[0].actual == pytest.approx(10) and evs[0].derived
    assert evs[0].probability == pytest.approx(0.5)
    # a published whole-year rate wins over the one the values make: 2023 at 12 % moves the mean
    # change of 2019-2023 from 0 to (0 + 0 + 0 + 0 + 2)/5 = 0.4, so the whole year is expected at 10.4
    evs, _ = evaluate_all([target(kind="growth", target={"rate": 10.4})],
                          monthly_values() + [rate("2023", 12)], parse_month("2024-06"))
    assert evs[0].probability == pytest.approx(0.5)
