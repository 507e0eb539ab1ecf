"""tracker.judging: goals judged over several processes come out as judged in one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tracker.evaluate import evaluate_all
from tracker.ingest.parallel import fork_context
from tracker.judging import judge_all
from tracker.model import LazySeries
from tracker.periods import parse_month
from tracker.pipeline import load_inputs

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import workload  # noqa: E402

needs_fork = pytest.mark.skipif(fork_context() is None, reason="no safe fork here")


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    """The benchmark's workload for three regions: 180 goals of all kinds, with aliases."""
    w = workload.build(workload.Params(regions=3), tmp_path_factory.mktemp("bench"), jobs=1, log=lambda *a, **k: None)
    return load_inputs(w.targets, w.actuals, workers=1), parse_month(w.as_of)


@pytest.fixture(scope="module")
def shipped():
    return load_inputs(ROOT / "targets", ROOT / "actuals", workers=1)


def _same(one, split):
    (ev1, pr1), (ev2, pr2) = one, split
    assert [e.id for e in ev2] == [e.id for e in ev1]
    for a, b in zip(ev1, ev2):
        assert a == b  # every field, the series too (made on both sides)
        assert a.source == b.source and a.series == b.series
    assert pr2 == pr1


@needs_fork
@pytest.mark.parametrize("workers", [2, 3])
def test_split_judging_equals_judging_in_one_process(province, workers):
    inputs, as_of = province
    one = evaluate_all(inputs.targets, inputs.figures, as_of, aliases=inputs.aliases)
    split = judge_all(inputs.targets, inputs.figures, as_of, aliases=inputs.aliases, workers=workers, min_chunk=1)
    _same(one, split)
    assert {e.status.value for e in split[0]} >= {"achieved", "on_track", "off_track", "missed"}


@needs_fork
@pytest.mark.parametrize("month", ["2023-07", "2024-07", "2026-12"])
def test_split_judging_of_the_shipped_goals(shipped, month):
    as_of = parse_month(month)
    one = evaluate_all(shipped.targets, shipped.figures, as_of, aliases=shipped.aliases)
    split = judge_all(shipped.targets, shipped.figures, as_of, aliases=shipped.aliases, workers=2, min_chunk=1)
    _same(one, split)


@needs_fork
def test_a_child_s_evaluations_make_their_series_here_on_first_use(province):
    inputs, as_of = province
    evaluations, _ = judge_all(inputs.targets, inputs.figures, as_of, aliases=inputs.aliases, workers=2, min_chunk=1)
    from_child = evaluations[-1]
    assert isinstance(from_child.series, LazySeries)
    assert from_child.series._points is None  # not made yet
    points = tuple(from_child.series)
    assert len(points) == from_child.series.actual_points == len(from_child.series)
    assert points == evaluate_all([inputs.targets[-1]], inputs.figures, as_of, aliases=inputs.aliases)[0][0].series


@pytest.mark.parametrize("workers, min_chunk", [(1, 1), (2, 10_000)])
def test_one_worker_or_few_goals_judge_here(province, workers, min_chunk):
    inputs, as_of = province
    one = evaluate_all(inputs.targets, inputs.figures, as_of, aliases=inputs.aliases)
    _same(one, judge_all(inputs.targets, inputs.figures, as_of, aliases=inputs.aliases,
                         workers=workers, min_chunk=min_chunk))


@needs_fork
def test_json_written_on_several_processes_is_the_one_process_text(province, monkeypatch):
    import json

    from tracker import pipeline

    inputs, as_of = province
    outcome = pipeline.evaluate_inputs(inputs, as_of)
    one = outcome.json_text()  # 180 evaluations: under the minimum, written here
    monkeypatch.setattr(pipeline, "_MIN_JSON_CHUNK", 1)
    monkeypatch.setenv("TRACKER_WORKERS", "3")
    assert outcome.json_text() == one
    assert json.loads(one) == outcome.as_json()
    assert one.count("\n  {\"id\": ") == len(outcome.evaluations)  # one evaluation a line
