"""Warnings (severity "warning"): the data is used, the exit code is unchanged, and the user is told
what looks wrong — a likely unit slip, a misspelt name, an as-of month in the future, a goal gone."""

from __future__ import annotations

import json
import textwrap

import pytest

from tracker.checks import likely_same
from tracker.monthly import run_month
from tracker.periods import parse_month
from tracker.pipeline import evaluate_folders
from tracker.problems import has_errors
from tracker.run_options import RunOptions

from test_cli import tracker
from test_forms import FLOW, write


def warnings(problems, reason):
    return [p for p in problems if p.reason == reason]


def test_a_value_typed_in_the_wrong_unit_is_warned_of_and_still_used(tmp_path):
    # 1-8月 is 11,000,000 亿元 when 1-7月 was 1,000: 万元 typed under 亿元.
    rows = [("某市", "营业收入", "2024年1-7月", "累计值", 1000, "亿元"),
            ("某市", "营业收入", "2024年1-8月", "累计值", 11000000, "亿元")]
    write(tmp_path, FLOW, rows)
    outcome = evaluate_folders(tmp_path / "targets", tmp_path / "actuals", "2024-08")
    [w] = warnings(outcome.problems, "unit-slip")
    assert (w.file, w.place, w.severity) == ("figures.csv", "line 3", "warning")
    en = w.text("en")
    assert "2024-01/2024-08" in en and "2024-01/2024-07" in en and "figures.csv:2" in en and "11,000 times" in en
    assert "2024年1-8月" in w.text("zh") and "11,000倍" in w.text("zh")
    assert not has_errors(outcome.problems)
    assert outcome.evaluations[0].actual == 11000000  # used all the same: a warning never drops data


@pytest.mark.parametrize("before, after, slip", [
    (("2024年6月", 10), ("2024年7月", 1000), True),  # the month before
    (("2024年6月", 10), ("2024年7月", 999), False),
    (("2024年一季度", 500), ("2024年二季度", 5), True),  # the quarter before, 1/100
    (("2024年一季度", 500), ("2024年二季度", 5.01), False),
    (("2023年", 100), ("2024年", 10000), True),  # the year before
    (("2024年1月", 100), ("2024年1-2月", 20000), True),  # 1-2月 after January
    (("2023年12月", 100), ("2024年1月", 20000), True),  # January after December
    (("2023年", 100000), ("2024年1月", 20), False),  # not January after last year's whole year
    (("2024年1-6月", 100), ("2024年1-8月", 20000), False),  # not the period just before
])
def test_the_period_just_before(tmp_path, before, after, slip):
    rows = [("某市", "营业收入", before[0], "当期值", before[1], "亿元"),
            ("某市", "营业收入", after[0], "当期值", after[1], "亿元")]
    write(tmp_path, FLOW, rows)
    outcome = evaluate_folders(tmp_path / "targets", tmp_path / "actuals", "2024-12")
    assert bool(warnings(outcome.problems, "unit-slip")) is slip


def test_units_are_compared_converted(tmp_path):
    rows = [("某市", "营业收入", "2024年1-7月", "累计值", 1000, "亿元"),
            ("某市", "营业收入", "2024年1-8月", "累计值", 11500000, "万元")]  # 1,150 亿元: no slip
    write(tmp_path, FLOW, rows)
    outcome = evaluate_folders(tmp_path / "targets", tmp_path / "actuals", "2024-08")
    assert not warnings(outcome.problems, "unit-slip")


@pytest.mark.parametrize("written, meant", [("宜春巿", "宜春市"), ("江西生", "江西省"), ("江西", "江西省"),
                                            ("南昌縣", "南昌县")])
def test_likely_the_same_name(written, meant):
    assert likely_same(written, meant)


@pytest.mark.parametrize("a, b", [("南昌市", "九江市"), ("江西省", "江西省"), ("锂电产业营业收入", "光伏产业营业收入")])
def test_not_the_same_name(a, b):
    assert not likely_same(a, b)


def test_did_you_mean_a_goals_region(tmp_path):
    rows = [("某巿", "营业收入", "2024年1-6月", "累计值", 600, "亿元")]  # 巿 (fú) for 市
    write(tmp_path, FLOW, rows)
    outcome = evaluate_folders(tmp_path / "targets", tmp_path / "actuals", "2024-06")
    [w] = warnings(outcome.problems, "did-you-mean")
    assert (w.file, w.place) == ("figures.csv", "line 2")
    assert "'某巿'" in w.text("en") and "'某市'" in w.text("en")
    assert "是否应为“某市”" in w.text("zh")
    assert outcome.evaluations[0].status.value == "no_data"


def test_no_did_you_mean_when_the_goal_has_figures_or_an_alias_covers_the_name(tmp_path):
    rows = [("某市", "营业收入", "2024年1-6月", "累计值", 600, "亿元"),
            ("某巿", "营业收入", "2024年1-6月", "累计值", 600, "亿元")]
    write(tmp_path, FLOW, rows)
    outcome = evaluate_folders(tmp_path / "targets", tmp_path / "actuals", "2024-06")
    assert not warnings(outcome.problems, "did-you-mean")
    write(tmp_path, FLOW, rows[1:], extra={"aliases.yaml": "regions:\n  某市: [某巿]\n"})
    outcome = evaluate_folders(tmp_path / "targets", tmp_path / "actuals", "2024-06")
    assert not warnings(outcome.problems, "did-you-mean")
    assert outcome.evaluations[0].actual == 600


def test_a_future_as_of_is_a_warning_in_evaluate_and_refused_by_run(tmp_path):
    write(tmp_path, FLOW, [("某市", "营业收入", "2024年1-6月", "累计值", 600, "亿元")])
    done = tracker(tmp_path, "evaluate", "--json", "--as-of", "2999-01")
    assert done.returncode == 0
    [w] = [p for p in json.loads(done.stdout)["problems"] if p["reason"] == "future-as-of"]
    assert w["severity"] == "warning"
    refused = tracker(tmp_path, "run", "--as-of", "2999-01")
    assert refused.returncode == 2 and "2999-01" in refused.stderr
    assert not (tmp_path / ".tracker").exists() and not (tmp_path / "reports").exists()


def test_a_goal_judged_last_run_and_gone_now_is_warned_of(tmp_path, engine):
    two = FLOW.rstrip(" ") + FLOW.split("targets:\n")[1].replace("rev-2024", "rev-other-2024")
    write(tmp_path, two, [("某市", "营业收入", "2024年1-6月", "累计值", 600, "亿元")])
    options = RunOptions(tmp_path / "targets", tmp_path / "actuals", tmp_path / "reports")
    first = run_month(engine, options, as_of=parse_month("2024-06"))
    assert not warnings(first.problems, "target-gone")
    (tmp_path / "targets" / "goals.yaml").write_text(textwrap.dedent(FLOW), encoding="utf-8")
    second = run_month(engine, options, as_of=parse_month("2024-07"))
    [w] = warnings(second.problems, "target-gone")
    assert "rev-other-2024" in w.message and "第1次运行" in w.text("zh") and w.severity == "warning"
    assert second.exit_code == 0


@pytest.mark.parametrize("seed", range(30))
def test_unit_slips_equal_the_rule_written_out_on_random_series(seed):
    """The quick look that skips a series (tracker.checks._no_slip_possible) never skips a slip."""
    import random

    from tracker.checks import unit_slips
    from tracker.figure import Cell, Figure, Measure
    from tracker.periods import Period

    rng = random.Random(seed)
    groups = {}
    for g in range(6):
        figures = []
        for year in (2023, 2024):
            for m in range(1, 13):
                kind = rng.choice(["ytd", "month", "quarter", "year"])
                if kind == "ytd":
                    p = Period(year * 12, year * 12 + m - 1)
                elif kind == "month":
                    p = Period(year * 12 + m - 1, year * 12 + m - 1)
                elif kind == "quarter" and m in (1, 4, 7, 10):
                    p = Period(year * 12 + m - 1, year * 12 + m + 1)
                else:
                    p = Period.year_of(year)
                value = rng.choice([1.0, 5.0, 80.0, 150.0, 1e4, 0.0, -3.0])
                unit = rng.choice(["亿元", "亿元", "亿元", "万元"])
                measure = rng.choice([Measure.VALUE, Measure.VALUE, Measure.YOY])
                figures.append(Figure("甲", f"指标{g}", p, measure, value, "%" if measure is Measure.YOY else unit,
                                      Cell("f.csv", None, len(figures) + 2, -1), "f.csv"))
        groups[("甲", f"指标{g}")] = figures

    def written_out():
        from tracker.units import convert

        found = set()
        for figures in groups.values():
            index = {(f.period.start, f.period.end): f for f in figures if f.measure is Measure.VALUE}
            for (s, e), f in index.items():
                months = e - s + 1
                if s % 12 == 0 and 1 < months < 12:
                    before = (s, e - 1)
                elif months in (1, 3, 12):
                    before = (s - months, e - months)
                else:
                    continue
                prev = index.get(before)
                if prev is None or prev.value == 0 or f.value == 0:
                    continue
                ratio = abs(f.value / convert(prev.value, prev.unit, f.unit))
                if ratio >= 100 or ratio <= 0.01:
                    found.add(str(f.source))
        return found

    got = {f"{p.file}:{p.place.removeprefix('line ')}" for p in unit_slips(groups)}
    assert got == written_out()
