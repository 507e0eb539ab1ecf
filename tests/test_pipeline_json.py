"""``evaluate_json``: what `tracker evaluate --json` prints, judged in forked chunks, is the
text of judging in one process (Outcome.json_text), problems and order included."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from tracker.ingest.parallel import fork_context
from tracker.pipeline import evaluate_inputs, evaluate_json, load_inputs
from tracker.problems import Problem

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import workload  # noqa: E402


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """The benchmark's one-region workload (60 goals of every kind), with a file that
    cannot be used and figures in a unit that one goal cannot use (problems of both stages)."""
    w = workload.build(workload.Params(regions=1), tmp_path_factory.mktemp("wl"), jobs=1, log=lambda *a, **k: None)
    root = tmp_path_factory.mktemp("inputs")
    shutil.copytree(w.targets, root / "targets")
    shutil.copytree(w.actuals, root / "actuals")
    goal = next(t for t in load_inputs(root / "targets", root / "actuals").targets if t.kind == "level")
    (root / "actuals" / "2030-01_other_unit.csv").write_text(
        f"地区,指标,期间,数值,单位\n{goal.region},{goal.indicator},2024年1-9月,5,万吨\n", encoding="utf-8")
    (root / "actuals" / "zz_broken.csv").write_text("地区,指标,期间,数值,单位\n江西省,工业投资,2024年13月,5,亿元\n",
                                                   encoding="utf-8")
    return root


@pytest.mark.parametrize("workers, min_chunk", [(1, 1000), (2, 1), (3, 7)])
def test_the_json_is_the_one_process_text(folders, workers, min_chunk):
    if workers > 1 and fork_context() is None:
        pytest.skip("the goals are judged in one process where forking is not safe")
    inputs = load_inputs(folders / "targets", folders / "actuals")
    first = (Problem("tracker.toml", "line 2", "a setting that could not be used", "bad-setting"),)
    text, problems = evaluate_json(inputs, "2024-10", first_problems=first, workers=workers, min_chunk=min_chunk)

    outcome = evaluate_inputs(inputs, "2024-10")
    expected = {**outcome.as_json(), "problems": [p.as_json() for p in first + outcome.problems]}
    assert json.loads(text) == expected
    assert problems == first + outcome.problems
    reasons = {p.reason for p in problems}
    assert {"bad-setting", "bad-period", "unit-mismatch"} <= reasons  # each stage's problems are there
    assert len(expected["evaluations"]) == 60
    one_process = evaluate_inputs(inputs, "2024-10").json_text()
    assert text.replace(json.dumps(expected["problems"][0], ensure_ascii=False) + ",\n  ", "", 1) == one_process


def test_no_targets_no_figures(tmp_path):
    (tmp_path / "targets").mkdir()
    (tmp_path / "actuals").mkdir()
    inputs = load_inputs(tmp_path / "targets", tmp_path / "actuals")
    text, problems = evaluate_json(inputs, "2024-10", workers=2, min_chunk=1)
    assert text == evaluate_inputs(inputs, "2024-10").json_text()
    data = json.loads(text)
    assert data["evaluations"] == [] and [p["reason"] for p in data["problems"]] == ["no-targets"]
    assert [p.reason for p in problems] == ["no-targets"]


def test_load_inputs_groups_the_figures_as_judging_would_also_after_a_revision(folders, tmp_path):
    from tracker.grouping import group_figures

    inputs = load_inputs(folders / "targets", folders / "actuals")
    assert inputs.groups is not None
    assert inputs.groups == group_figures(inputs.figures, inputs.aliases)
    # a file of a later release that revises a figure read before: the figures are kept by key from then on
    revised = tmp_path / "actuals"
    shutil.copytree(folders / "actuals", revised)
    f = next(f for f in inputs.figures if f.measure.value == "value")
    (revised / "2030-01_revision.csv").write_text(
        f"地区,指标,期间,数值,单位\n{f.region},{f.indicator},{f.period.iso()},{f.value + 1},{f.unit}\n", encoding="utf-8")
    again = load_inputs(folders / "targets", revised)
    assert again.groups == group_figures(again.figures, again.aliases)
    assert [g.revised_from for g in again.figures if g.key == f.key] == [f.value]
