"""pipeline.latest_figures: the newest figure per key across files read in order, revisions kept."""

from __future__ import annotations

import random

import pytest

from tracker.figure import Figure, Measure
from tracker.ingest import FileResult
from tracker.periods import Period, parse_period
from tracker.pipeline import latest_figures


def fig(value, period="2024年1-6月", region="江西省", measure=Measure.VALUE, source="a.csv:2", file="a.csv"):
    return Figure(region, "营收", parse_period(period), measure, float(value), "亿元", source, file)


def result(file, *figures):
    return FileResult(file, tuple(figures), (), 0, 1)


def one_by_one(results):
    """The rule, figure by figure: later replaces earlier; a changed value is a revision."""
    newest = {}
    for r in results:
        for f in r.figures:
            key = (f.region, f.indicator, f.period, f.measure)
            old = newest.get(key)
            if old is not None and old.value != f.value:
                f = f._replace(revised_from=old.value)
            elif old is not None and old.revised_from is not None:
                f = f._replace(revised_from=old.revised_from)
            newest[key] = f
    return tuple(newest.values())


def test_a_changed_value_is_a_revision_and_the_same_value_keeps_the_old_revision():
    first = result("a.csv", fig(100), fig(5, measure=Measure.YOY), fig(7, period="2023"))
    second = result("b.csv", fig(110, source="b.csv:2", file="b.csv"), fig(9, period="2023年1-6月", file="b.csv"))
    third = result("c.csv", fig(110, source="c.csv:9", file="c.csv"))
    got = latest_figures([first, second, third])
    assert [(f.value, f.revised_from, f.source) for f in got] == [
        (110, 100, "c.csv:9"),  # revised by b, then read again unchanged from c: still the revision of 100
        (5, None, "a.csv:2"),  # a growth rate is another key than the value of the same period
        (7, None, "a.csv:2"),
        (9, None, "a.csv:2"),
    ]


def test_files_with_problems_give_nothing_and_an_empty_input_gives_nothing():
    assert latest_figures([]) == ()
    assert latest_figures([FileResult("bad.csv", (), (), 0, 0), result("a.csv", fig(1))]) == (fig(1),)


def test_a_key_twice_in_one_file_is_taken_in_order():
    got = latest_figures([result("a.csv", fig(1), fig(2, source="a.csv:3"), fig(2, source="a.csv:4"))])
    assert [(f.value, f.revised_from, f.source) for f in got] == [(2, 1, "a.csv:4")]


@pytest.mark.parametrize("seed", range(20))
def test_random_files_give_what_the_rule_gives_figure_by_figure(seed):
    rng = random.Random(seed)
    periods = [Period(2023 * 12, 2023 * 12 + m) for m in range(1, 12)] + [Period.year_of(2022)]
    results = []
    for k in range(rng.randint(1, 6)):
        figures = [fig(rng.choice([1, 2, 3]), period=p.iso(), region=rng.choice(["甲", "乙"]),
                       measure=rng.choice(list(Measure)), source=f"f{k}.csv:{i}", file=f"f{k}.csv")
                   for i, p in enumerate(rng.sample(periods, rng.randint(0, len(periods))))]
        if rng.random() < 0.2 and figures:
            figures.append(rng.choice(figures)._replace(value=9.0))  # a key twice in one file
        results.append(result(f"f{k}.csv", *rng.sample(figures, len(figures))))
    assert latest_figures(results) == one_by_one(results)
