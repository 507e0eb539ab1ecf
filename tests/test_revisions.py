"""pipeline.latest_figures: the newest figure per key across files, by release, revisions kept.

A file's release is the date its name begins with, else the end of its latest period; of two
files holding the same key, the later release's figure is used, and of equal releases that of
the name that sorts later — whatever order the files come in.
"""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from tracker.figure import Cell, Figure, Measure
from tracker.ingest import FileResult
from tracker.periods import Period, parse_period
from tracker.pipeline import latest_figures


def fig(value, period="2024年1-6月", region="江西省", measure=Measure.VALUE, source=None, file="a.csv"):
    """A figure of ``file`` at ``source`` (its text; line 2 when not given)."""
    cell = Cell(file, None, 2, -1) if source is None else Cell.parse(source, file)
    return Figure(region, "营收", parse_period(period), measure, float(value), "亿元", cell, file)


def result(file, *figures):
    return FileResult(file, tuple(figures), (), 0, 1)


def with_parts(r):
    """The result as the importer makes it, with its figures' key parts (FileResult.key_parts)."""
    keys = [(f.region, f.indicator, f.period.start, f.period.end, f.measure is Measure.YOY) for f in r.figures]
    assert len(set(keys)) == len(keys), "the importer gives each key once a file"
    return replace(r, key_parts=tuple(frozenset(k[i] for k in keys) for i in (0, 1, 3)))


def _release(r):
    """The release written out plainly: (year, month, day) from the name, else the last month's end."""
    import calendar
    import re

    m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?(?:[_\- ]|\.|$)", r.file)
    if m:
        y, mo = int(m[1]), int(m[2])
        return (y, mo, int(m[3]) if m[3] else calendar.monthrange(y, mo)[1])
    if not r.figures:
        return (1, 1, 1)
    end = max(f.period.end for f in r.figures)
    return (end // 12, end % 12 + 1, calendar.monthrange(end // 12, end % 12 + 1)[1])


def by_key(figures):
    """The figures in key order: which figure each key has, whatever order they are listed in."""
    return sorted(figures, key=lambda f: (f.region, f.indicator, f.period, f.measure.value))


def one_by_one(results):
    """The rule, figure by figure: files in the order of their releases (then names); a later
    release replaces an earlier one; a changed value is a revision."""
    newest = {}
    for r in sorted(results, key=lambda r: (_release(r), r.file)):
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
    assert [(f.value, f.revised_from, str(f.source)) for f in got] == [
        (110, 100, "c.csv:9"),  # revised by b, then read again unchanged from c: still the revision of 100
        (5, None, "a.csv:2"),  # a growth rate is another key than the value of the same period
        (7, None, "a.csv:2"),
        (9, None, "b.csv:2"),
    ]


def test_files_with_problems_give_nothing_and_an_empty_input_gives_nothing():
    assert latest_figures([]) == ()
    assert latest_figures([FileResult("bad.csv", (), (), 0, 0), result("a.csv", fig(1))]) == (fig(1),)


def test_a_key_twice_in_one_file_is_taken_in_order():
    got = latest_figures([result("a.csv", fig(1), fig(2, source="a.csv:3"), fig(2, source="a.csv:4"))])
    assert [(f.value, f.revised_from, str(f.source)) for f in got] == [(2, 1, "a.csv:4")]


@pytest.mark.parametrize("seed", range(20))
def test_random_files_give_what_the_rule_gives_figure_by_figure(seed):
    rng = random.Random(seed)
    periods = [Period(2023 * 12, 2023 * 12 + m) for m in range(1, 12)] + [Period.year_of(2022)]
    results = []
    for k in range(rng.randint(1, 6)):
        figures = [fig(rng.choice([1, 2, 3]), period=p.iso(), region=rng.choice(["甲", "乙"]),
                       measure=rng.choice(list(Measure)), source=f"f{k}.csv:{i + 2}", file=f"f{k}.csv")
                   for i, p in enumerate(rng.sample(periods, rng.randint(0, len(periods))))]
        if rng.random() < 0.2 and figures:
            figures.append(rng.choice(figures)._replace(value=9.0))  # a key twice in one file
        results.append(result(f"f{k}.csv", *rng.sample(figures, len(figures))))
    assert by_key(latest_figures(results)) == by_key(one_by_one(results))


@pytest.mark.parametrize("seed", range(30))
def test_random_files_with_their_key_parts_give_what_the_rule_gives(seed):
    """Key parts (as the importer sends them) let most months skip the dict of keys; a file
    that may share a key with one before it, and a file without key parts, go by key."""
    rng = random.Random(seed)
    periods = [Period(y * 12, y * 12 + m) for y in (2022, 2023) for m in range(1, 12)]
    results = []
    for k in range(rng.randint(1, 6)):
        keys = {(rng.choice(["甲", "乙", "丙"]), p, rng.choice(list(Measure)))
                for p in rng.sample(periods, rng.randint(0, 8))}
        figures = [fig(rng.choice([1, 2]), period=p.iso(), region=region, measure=measure,
                       source=f"f{k}.csv:{i + 2}", file=f"f{k}.csv") for i, (region, p, measure) in enumerate(keys)]
        r = result(f"f{k}.csv", *figures)
        results.append(r if rng.random() < 0.1 else with_parts(r))
    assert by_key(latest_figures(results)) == by_key(one_by_one(results))


def test_files_with_other_regions_indicators_or_months_are_taken_whole_and_in_order():
    a = with_parts(result("a.csv", fig(1), fig(2, period="2024年1-7月"), fig(3, measure=Measure.YOY)))
    b = with_parts(result("b.csv", fig(4, region="赣州市", file="b.csv")))  # another region
    c = with_parts(result("c.csv", fig(5, period="2023", file="c.csv")))  # another month
    d = with_parts(result("d.csv", fig(6, file="d.csv")._replace(indicator="增加值")))  # another indicator
    got = latest_figures([a, FileResult("bad.csv", (), (), 0, 0), b, c, d])
    assert got == a.figures + b.figures + c.figures + d.figures
    assert all(x is y for x, y in zip(got, a.figures + b.figures + c.figures + d.figures))


def test_a_revision_after_files_taken_whole_is_still_a_revision():
    a = with_parts(result("a.csv", fig(1), fig(2, period="2024年1-7月")))
    b = with_parts(result("b.csv", fig(4, region="赣州市", file="b.csv")))
    c = with_parts(result("c.csv", fig(1.5, period="2024年1-7月", source="c.csv:2", file="c.csv")))
    got = latest_figures([a, b, c])
    assert [(f.region, f.value, f.revised_from) for f in got] == [  # in the order of the releases: b, a, c
        ("赣州市", 4, None), ("江西省", 1, None), ("江西省", 1.5, 2)]


def test_files_whose_parts_meet_without_a_shared_key_keep_every_figure():
    a = with_parts(result("a.csv", fig(1)))  # 江西省 in 1-6月
    b = with_parts(result("b.csv", fig(2, period="2024年1-7月", file="b.csv"), fig(3, region="赣州市", file="b.csv")))
    assert latest_figures([a, b]) == a.figures + b.figures
    assert latest_figures([a, result("b.csv", *b.figures)]) == a.figures + b.figures  # b without key parts


def test_the_later_release_wins_whatever_order_the_files_come_in():
    old = result("2024-10_月报.csv", fig(100, file="2024-10_月报.csv", source="2024-10_月报.csv:2"))
    fix = result("2024-09_更正.csv", fig(90, file="2024-09_更正.csv", source="2024-09_更正.csv:2"))
    late = result("z.csv", fig(95, period="2024年1-6月", file="z.csv", source="z.csv:2"),
                  fig(1, period="2024年1-11月", file="z.csv", source="z.csv:3"))  # released 2024-11-30
    for order in ([old, fix, late], [late, fix, old], [fix, late, old]):
        got = {f.period.iso(): (f.value, f.revised_from, f.file) for f in latest_figures(order)}
        assert got["2024-01/2024-06"] == (95, 100, "z.csv")


def test_equal_releases_go_by_name():
    a = result("2024-09_a.csv", fig(1, file="2024-09_a.csv"))
    b = result("2024-09-30_b.csv", fig(2, file="2024-09-30_b.csv"))
    # both released 2024-09-30; "2024-09_a.csv" sorts after "2024-09-30_b.csv" ("_" after "-")
    assert [f.value for f in latest_figures([b, a])] == [1]
    assert [f.value for f in latest_figures([a, b])] == [1]
