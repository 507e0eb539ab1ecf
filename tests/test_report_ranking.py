"""排名: groups of three or more regions, competition ranks, the average, moves since the previous run."""

from __future__ import annotations

import pytest

from tracker.model import Evaluation, Kind, Status
from tracker.report.ranking import rank_groups, rank_lines


def lv(id, region, progress, indicator="营业收入", due=2026):
    return Evaluation(id=id, status=Status.ON_TRACK, region=region, indicator=indicator, kind=Kind.LEVEL,
                      progress=progress, due=due)


def gr(id, region, margin):
    return Evaluation(id=id, status=Status.ON_TRACK, region=region, indicator="增加值", kind=Kind.GROWTH,
                      margin_pp=margin, due=2024)


def test_levels_rank_by_progress_equal_values_share_a_rank():
    evs = [lv("a", "南昌市", 1.10), lv("b", "九江市", 0.95), lv("c", "赣州市", 1.10), lv("d", "宜春市", 0.90),
           lv("x", "萍乡市", None)]  # no progress: not ranked
    [g] = rank_groups(evs)
    assert (g.indicator, g.kind, g.due) == ("营业收入", Kind.LEVEL, 2026)
    # 1.10, 1.10, 0.95, 0.90 → ranks 1, 1, 3, 4; average (1.1 + 1.1 + 0.95 + 0.9)/4 = 1.0125
    assert [(r.id, r.rank) for r in g.rows] == [("a", 1), ("c", 1), ("b", 3), ("d", 4)]  # ties by region name
    assert g.average == pytest.approx(1.0125)
    assert [round(r.vs_average, 4) for r in g.rows] == [0.0875, 0.0875, -0.0625, -0.1125]
    assert all(r.move is None for r in g.rows)


def test_1_2_2_4():
    evs = [lv("a", "A", 1.2), lv("b", "B", 1.0), lv("c", "C", 1.0), lv("d", "D", 0.5)]
    assert [r.rank for r in rank_groups(evs)[0].rows] == [1, 2, 2, 4]


def test_groups_need_three_regions_and_share_indicator_kind_and_due():
    evs = [lv("a", "A", 1.0), lv("b", "B", 0.9), lv("c", "C", 0.8, due=2025),  # only two regions for 2026
           gr("g1", "A", 0.5), gr("g2", "B", -1.0), gr("g3", "C", 2.0)]
    [g] = rank_groups(evs)
    assert g.kind is Kind.GROWTH
    # margins best first: C +2.0, A +0.5, B −1.0; average 0.5
    assert [(r.region, r.rank) for r in g.rows] == [("C", 1), ("A", 2), ("B", 3)]
    assert [r.vs_average for r in g.rows] == [1.5, 0.0, -1.5]


def test_moves_since_the_previous_run():
    evs = [lv("a", "A", 1.2), lv("b", "B", 1.0), lv("c", "C", 0.8)]
    # last month: c first (1.3), a second (1.1), b third (0.7)
    before = {"a": {"indicator": "营业收入", "kind": "level", "due": 2026, "region": "A", "progress": 1.1},
              "b": {"indicator": "营业收入", "kind": "level", "due": 2026, "region": "B", "progress": 0.7},
              "c": {"indicator": "营业收入", "kind": "level", "due": 2026, "region": "C", "progress": 1.3}}
    [g] = rank_groups(evs, before)
    assert {r.id: r.move for r in g.rows} == {"a": 1, "b": 1, "c": -2}
    lines = rank_lines([g])
    assert lines[0] == "营业收入（总量，2026年目标）：3个地区，平均100.0%"
    assert lines[1].split() == ["1", "A", "120.0%", "较平均+20.0个百分点", "前移1位"]
    assert lines[3].split() == ["3", "C", "80.0%", "较平均-20.0个百分点", "后移2位"]


def test_nothing_to_rank_says_so():
    assert rank_lines(rank_groups([lv("a", "A", 1.0)])) == [
        "没有三个以上地区共有同一指标、类型和目标年份的目标，无法排名。"]
    assert rank_lines([], "en")[0].startswith("No indicator")


def test_the_ranking_sheet_shows_the_evaluations_numbers(tmp_path):
    import openpyxl

    from tracker.periods import parse_month
    from tracker.report import write_report

    evs = [lv("a", "南昌市", 1.10), lv("b", "九江市", 0.95), lv("c", "赣州市", 1.10), gr("g1", "A", 0.5),
           gr("g2", "B", -1.0), gr("g3", "C", 2.0)]
    before = {"b": {"indicator": "营业收入", "kind": "level", "due": 2026, "region": "九江市", "progress": 1.5},
              "a": {"indicator": "营业收入", "kind": "level", "due": 2026, "region": "南昌市", "progress": 1.0},
              "c": {"indicator": "营业收入", "kind": "level", "due": 2026, "region": "赣州市", "progress": 0.9}}
    from tracker.report import PreviousRun

    path = write_report(evs, [], [], parse_month("2024-09"), tmp_path, previous=PreviousRun("2024-08", {}, before))
    ws = openpyxl.load_workbook(path)["排名"]
    cells = [[c.value for c in row] for row in ws.iter_rows(min_row=4) if any(c.value is not None for c in row)]
    by_id = {ev.id: ev for ev in evs}
    heads = [i for i, row in enumerate(cells) if row[0] == "地区"]
    assert len(heads) == 2
    # the growth group first (增加值 sorts before 营业收入), margins best first
    growth = cells[heads[0] + 1: heads[0] + 4]
    assert [(r[0], r[1], r[2]) for r in growth] == [("C", 1, 2.0), ("A", 2, 0.5), ("B", 3, -1.0)]
    assert [r[3] for r in growth] == [pytest.approx(by_id[i].margin_pp - 0.5) for i in ("g3", "g1", "g2")]
    level = cells[heads[1] + 1: heads[1] + 4]
    # progress 1.10, 1.10, 0.95 → 1, 1, 3; average 1.05; last month b 1st, a 2nd, c 3rd
    assert [(r[0], r[1], r[2]) for r in level] == [("南昌市", 1, 1.1), ("赣州市", 1, 1.1), ("九江市", 3, 0.95)]
    assert [round(r[3], 4) for r in level] == [5.0, 5.0, -10.0]  # points against the average 105%
    assert [r[4] for r in level] == ["前移1位", "前移2位", "后移2位"]
