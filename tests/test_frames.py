"""Evaluations and figures as pandas DataFrames (tracker.frames), and ``tracker evaluate --csv``.

A real folder (target YAML, an openpyxl workbook) judged by the real pipeline; the frames'
numbers are checked against values worked by hand.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from test_cli import GANSU_TARGET, gansu_workbook, tracker, write_yaml
from tracker.frames import STATUS_TYPE, evaluations_csv, evaluations_frame, figures_frame
from tracker.pipeline import evaluate_folders

MORE_TARGETS = """\
    plan:
      region: 甘肃省
    targets:
      - id: gs-invest-low-2024
        title: 工业和信息化项目投资1500亿元
        indicator: 工业和信息化项目投资
        kind: level
        due: 2024
        target: {value: 1500, unit: 亿元}
      - id: gs-invest-high-2024
        title: 工业和信息化项目投资2000亿元
        indicator: 工业和信息化项目投资
        kind: level
        due: 2024
        target: {value: 2000, unit: 亿元}
      - id: gs-nothing-2024
        title: 无数据的目标
        indicator: 没有数据的指标
        kind: growth
        due: 2024
        target: {rate: 6}
    """


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    write_yaml(tmp_path / "targets" / "gansu.yaml", GANSU_TARGET)
    write_yaml(tmp_path / "targets" / "more.yaml", MORE_TARGETS)
    gansu_workbook(tmp_path / "actuals" / "gansu.xlsx")
    return tmp_path


@pytest.fixture
def outcome(folder: Path):
    return evaluate_folders(folder / "targets", folder / "actuals", "2024-10")


def test_one_row_per_evaluation_with_hand_worked_numbers(outcome):
    frame = evaluations_frame(outcome.evaluations).set_index("id")
    assert len(frame) == 4
    row = frame.loc["gs-invest-2024"]
    # 1-10月 1556 亿元 against 1866: 序时进度 10/12, expected 1866·10/12 = 1555
    assert row.status == "on_track"
    assert row.actual == 1556.0
    assert row.actual_period == "2024-01/2024-10"
    assert row.time_progress == pytest.approx(10 / 12)
    assert row.expected == pytest.approx(1555.0)
    assert row.progress == pytest.approx(1556 / 1555)
    assert row.completion == pytest.approx(1556 / 1866)  # not rounded as in the JSON
    assert row.due == 2024
    assert row.sources == "gansu.xlsx!Sheet1!E7"
    assert frame.loc["gs-invest-low-2024"].status == "achieved"  # 1556 ≥ 1500, early
    # 2000·10/12 = 1666.67 expected; 1556/1666.67 = 0.934: at risk
    assert frame.loc["gs-invest-high-2024"].status == "at_risk"
    assert frame.loc["gs-invest-high-2024"].progress == pytest.approx(1556 / (2000 * 10 / 12))


def test_columns_are_typed(outcome):
    frame = evaluations_frame(outcome.evaluations)
    assert frame["status"].dtype == STATUS_TYPE
    assert list(frame["status"].cat.categories) == [
        "missed", "off_track", "at_risk", "awaiting_final", "no_data", "on_track", "achieved"]
    for name in ("actual", "expected", "progress", "completion", "margin_pp", "projected", "gap"):
        assert frame[name].dtype == "Float64", name
    assert frame["due"].dtype == "Int64"
    assert frame["actual_period"].dtype == "string"
    assert frame["kind"].dtype == "category"
    assert frame["derived"].dtype == "boolean" and not frame["derived"].any()
    nothing = frame.set_index("id").loc["gs-nothing-2024"]
    assert nothing.status == "no_data"
    assert pd.isna(nothing.actual) and pd.isna(nothing.actual_period) and pd.isna(nothing.progress)
    assert pd.isna(frame.set_index("id").loc["gs-invest-2024", "margin_pp"])  # not for a level


def test_statuses_sort_and_compare_worst_first(outcome):
    frame = evaluations_frame(outcome.evaluations)
    assert list(frame.sort_values("status")["id"]) == [
        "gs-invest-high-2024", "gs-nothing-2024", "gs-invest-2024", "gs-invest-low-2024"]
    assert list(frame[frame.status <= "at_risk"]["id"]) == ["gs-invest-high-2024"]


def test_figures_frame_one_row_per_figure(outcome):
    frame = figures_frame(outcome.figures)
    assert len(frame) == 2
    rows = frame.set_index("period_end")
    sept = rows.loc["2024-09"]
    assert sept.period == "2024-01/2024-09" and sept.period_start == "2024-01"
    assert sept.value == 1300.0 and sept.unit == "亿元" and sept.measure == "value"
    assert sept.source == "gansu.xlsx!Sheet1!E6" and sept.file == "gansu.xlsx"
    assert pd.isna(sept.revised_from) and not sept.derived
    assert frame["value"].dtype == "Float64" and frame["measure"].dtype == "category"


def test_empty_sequences_give_typed_empty_frames():
    evaluations, figures = evaluations_frame([]), figures_frame(())
    assert len(evaluations) == 0 and evaluations["status"].dtype == STATUS_TYPE
    assert evaluations["progress"].dtype == "Float64"
    assert len(figures) == 0 and figures["value"].dtype == "Float64"
    assert "period_start" in figures.columns


def test_csv_has_a_byte_order_mark_and_empty_cells_for_what_does_not_apply(outcome):
    data = evaluations_csv(outcome.evaluations)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    by_id = {r["id"]: r for r in rows}
    assert by_id["gs-invest-2024"]["actual"] == "1556.0"
    assert by_id["gs-invest-2024"]["title"] == "2024年全省工业和信息化项目完成投资1866亿元"
    assert by_id["gs-nothing-2024"]["actual"] == ""
    assert by_id["gs-nothing-2024"]["status"] == "no_data"


def test_evaluate_csv_through_the_command(folder):
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DEBUG"}
    done = subprocess.run([sys.executable, "-m", "tracker", "evaluate", "--as-of", "2024-10", "--csv"],
                          cwd=folder, capture_output=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [e.id for e in evaluate_folders(
        folder / "targets", folder / "actuals", "2024-10").evaluations]
    assert {r["id"]: r["status"] for r in rows}["gs-invest-high-2024"] == "at_risk"


def test_evaluate_csv_lists_problems_on_stderr_and_exits_1(folder):
    (folder / "actuals" / "bad.csv").write_text("地区,指标,期间,数值,单位\n甘肃省,x,2024年,abc,亿元\n",
                                                encoding="utf-8")
    done = tracker(folder, "evaluate", "--as-of", "2024-10", "--csv")
    assert done.returncode == 1
    assert "bad.csv" in done.stderr and "bad.csv" not in done.stdout
    assert "gs-invest-2024" in done.stdout


def test_json_and_csv_together_are_a_usage_error(folder):
    done = tracker(folder, "evaluate", "--json", "--csv")
    assert done.returncode == 2
    assert "--csv" in done.stderr


@pytest.mark.parametrize("code", [
    "import tracker.cli",
    "import sys; from tracker.cli import main; sys.argv = ['tracker', 'evaluate', '--as-of', '2024-10', '--json']; main()",
    "import sys; from tracker.cli import main; sys.argv = ['tracker', 'validate']; main()",
])
def test_commands_that_do_not_need_pandas_do_not_import_it(folder, code):
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", code], cwd=folder, capture_output=True,
                          text=True, timeout=120)
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line]
    assert "tracker.cli" in imported or "tracker" in imported, done.stderr[-2000:]
    assert not [name for name in imported if name.split(".")[0] == "pandas"]
