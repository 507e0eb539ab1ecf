"""The benchmark (bench/) keeps working: a tiny workload through every stage and command.

No timing is asserted here: the numbers mean something only at province scale,
on a quiet machine (see bench/README.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import run, workload  # noqa: E402

QUIET = lambda *args, **kw: None  # noqa: E731


def sheet_values(path: Path) -> list:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    return [wb.get_sheet_by_name(n).to_python() for n in wb.sheet_names]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    """One region: 60 goals, 4,224 figures in 24 workbooks."""
    return workload.build(workload.Params(regions=1), tmp_path_factory.mktemp("bench"), jobs=1, log=QUIET)


def test_the_workload_is_the_same_every_time(tiny, tmp_path):
    a = tiny
    b = workload.build(a.params, tmp_path, jobs=1, log=QUIET)
    assert a.manifest() == b.manifest()
    for path in sorted(a.targets.iterdir()):
        assert path.read_text(encoding="utf-8") == (b.targets / path.name).read_text(encoding="utf-8")
    files = sorted(p.name for p in a.actuals.iterdir())
    assert files == sorted(p.name for p in b.actuals.iterdir()) and len(files) == 24
    for name in files[:3]:
        assert sheet_values(a.actuals / name) == sheet_values(b.actuals / name)
    # built once, then reused
    assert workload.build(a.params, a.root.parent, log=pytest.fail).root == a.root


def test_the_workload_has_what_the_issue_asks_for(tiny):
    w = tiny
    m = w.manifest()
    # per region: 60 indicators × 4 years × 11 periods of values, and growth rates for 36 of them
    assert m["figures"] == (60 + 36) * 4 * 11
    assert m["goals"] == 60
    assert {"level-flow", "level-stock", "growth", "cagr"} <= set(m["goal_kinds"])
    layouts = {p.name.rsplit("_", 1)[1] for p in w.actuals.iterdir()}
    assert layouts == {"长表.xlsx", "宽表.xlsx"}


def test_the_benchmark_runs_on_a_tiny_workload(tiny, capsys):
    out_dir = tiny.root.parent
    run.main(["--regions", "1", "--repeat", "1", "--out", str(out_dir)])
    out = capsys.readouterr().out
    assert "generating" not in out  # the workload built above is reused
    assert "| calamine floor: parse the workbooks |" in out  # the Markdown table for the README
    result = json.loads((out_dir / "results-r1.json").read_text(encoding="utf-8"))
    stages = {row["stage"]: row for row in result["rows"]}
    for name in ("judge: evaluate every goal", "report: write the Excel workbook",
                 "`tracker evaluate --json`", "`tracker run` cold (new store)",
                 "`tracker run` warm, nothing new (skipped)"):
        assert stages[name]["seconds"] > 0
    assert stages["`tracker run` cold (new store)"]["peak_mb"] > 0
    assert len(stages["`tracker evaluate --json`"]["runs"]) >= 3  # each against its own floor
    assert "against the floors just before and after it: median" in stages["`tracker evaluate --json`"]["note"]
    assert sum(result["info"]["statuses"].values()) == result["goals"] == 60


def test_a_scaling_run_measures_each_scale_in_a_process_of_its_own(tiny, capsys):
    out_dir = tiny.root.parent
    assert run.main(["--regions", "1", "--scale", "1", "2", "--repeat", "1", "--no-commands",
                     "--out", str(out_dir)]) in (0, 1)
    out = capsys.readouterr().out
    assert "| stage | ×1 (" in out and "×2 (" in out and "ratio ×2/×1 |" in out
    for regions, scale in ((1, 1), (2, 2)):
        result = json.loads((out_dir / f"results-r{regions}.json").read_text(encoding="utf-8"))
        assert result["scale"] == scale and result["regions"] == regions
        assert result["goals"] == 60 * regions
