"""Which figure is newest: the same rule in `tracker evaluate` (a folder) and `tracker run` (the
store), whatever order the files were imported in. A file's release is the date its name begins
with, else the end of its latest period; the later release wins, then the later name."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

import pytest

from tracker.monthly import run_month
from tracker.periods import parse_month
from tracker.run_options import RunOptions
from tracker.pipeline import evaluate_folders
from tracker.store import current_figures, figure_history, open_store

TARGETS = """\
targets:
  - id: jx-revenue-2024
    title: 2024年全省规上工业营业收入达到40000亿元
    region: 江西省
    indicator: 规上工业营业收入
    kind: level
    due: 2024
    target: {value: 40000, unit: 亿元}
  - id: jx-growth-2024
    title: 2024年规上工业增加值增长8%
    region: 江西省
    indicator: 规上工业增加值
    kind: growth
    due: 2024
    target: {rate: 8}
"""
HEAD = "地区,指标,期间,数值,单位,口径\n"
FILES = {
    # no date in the name: released at the end of its latest period, 2024-06-30
    "江西省工业经济主要指标.csv": HEAD + "江西省,规上工业营业收入,2024年1-6月,20000,亿元,累计值\n"
                               "江西省,规上工业增加值,2024年1-6月,8.5,%,累计增长\n",
    # a correction released 2024-09 (its name says so) for the same 1-6月 figure, and 1-9月
    "2024-09_工业月报.csv": HEAD + "江西省,规上工业营业收入,2024年1-6月,20500,亿元,累计值\n"
                             "江西省,规上工业营业收入,2024年1-9月,31000,亿元,累计值\n",
    # an older release (2024-07-15) that also gives 1-6月: never wins over the September file
    "2024-07-15 快报.csv": HEAD + "江西省,规上工业营业收入,2024年1-6月,19800,亿元,累计值\n"
                           "江西省,规上工业增加值,2024年1-6月,8.1,%,累计增长\n",
}


def evaluations_json(evaluations) -> list[dict]:
    return [e.as_json() for e in evaluations]


@pytest.fixture
def folder(tmp_path) -> Path:
    (tmp_path / "targets").mkdir()
    (tmp_path / "targets" / "goals.yaml").write_text(TARGETS, encoding="utf-8")
    (tmp_path / "all").mkdir()
    for name, text in FILES.items():
        (tmp_path / "all" / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_the_folder_takes_the_latest_release(folder):
    outcome = evaluate_folders(folder / "targets", folder / "all", "2024-06")
    got = {(f.indicator, f.period.iso()): (f.value, f.file) for f in outcome.figures}
    assert got[("规上工业营业收入", "2024-01/2024-06")] == (20500, "2024-09_工业月报.csv")
    # a later release's revision of an earlier period counts, whatever as_of
    assert {e.id: e.actual for e in outcome.evaluations}["jx-revenue-2024"] == 20500
    # the growth rate: the July file (2024-07-15) is later than the undated one (2024-06-30)
    assert got[("规上工业增加值", "2024-01/2024-06")] == (8.1, "2024-07-15 快报.csv")


@pytest.mark.parametrize("order", list(itertools.permutations(sorted(FILES))))
def test_every_import_order_gives_the_folders_figures(folder, order, db_url):
    expected = evaluate_folders(folder / "targets", folder / "all", "2024-09")
    engine = open_store(db_url)
    try:
        actuals = folder / "actuals"
        actuals.mkdir()
        for name in order:  # one file more a month, as files arrive
            shutil.copy(folder / "all" / name, actuals / name)
            result = run_month(engine, RunOptions(folder / "targets", actuals, folder / "reports"),
                               as_of=parse_month("2024-09"), force=True)
        assert evaluations_json(result.evaluations) == evaluations_json(expected.evaluations)
        in_use = {(f.indicator, f.period.iso(), f.measure.value): (f.value, f.source)
                  for f in current_figures(engine)}
        assert in_use == {(f.indicator, f.period.iso(), f.measure.value): (f.value, f.source)
                          for f in expected.figures}
        # every value stays on record: three for the revenue of 1-6月, one of them in use
        history = [h for h in figure_history(engine, ["江西省"], ["规上工业营业收入"])
                   if h.figure.period.iso() == "2024-01/2024-06"]
        assert sorted(h.figure.value for h in history) == [19800, 20000, 20500]
        assert [h.figure.value for h in history if h.in_use] == [20500]
    finally:
        engine.dispose()


def test_evaluate_and_run_print_the_same_json(folder, tmp_path):
    from test_cli import tracker

    shutil.copytree(folder / "all", folder / "actuals")
    by_folder = tracker(folder, "evaluate", "--json", "--as-of", "2024-09")
    ran = tracker(folder, "run", "--as-of", "2024-09")
    assert by_folder.returncode == 0 and ran.returncode == 0, ran.stderr
    from tracker.store import list_runs

    engine = open_store(f"sqlite:///{folder / '.tracker' / 'tracker.db'}")
    try:
        from tracker.store.runs import status_history

        judged = {data["id"]: data for _, data in status_history(engine, "jx-revenue-2024")}
        assert list_runs(engine)
    finally:
        engine.dispose()
    printed = {e["id"]: e for e in json.loads(by_folder.stdout)["evaluations"]}
    assert judged["jx-revenue-2024"]["actual"] == printed["jx-revenue-2024"]["actual"] == 31000
