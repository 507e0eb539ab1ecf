"""The probability in the terminal table and the Excel summary, and the backtest on the real samples."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import openpyxl
from rich.console import Console

from tracker.report import render_table, write_report
from tracker.report.excel import HEADER_ROW

import test_report_samples as s

DATA = Path(__file__).parent / "data"


def with_odds():
    evs = s.evaluations()
    return [replace(evs[0], probability=0.734)] + evs[1:]


def test_terminal_shows_the_probability_beside_the_status():
    console = Console(width=160, force_terminal=False, color_system=None, record=True, file=io.StringIO())
    render_table(with_odds(), [], s.AS_OF, console, lang="zh")
    text = console.export_text()
    header = next(ln for ln in text.splitlines() if ln.startswith("状态"))
    assert "完成概率" in header
    assert header.index("完成概率") < header.index("地区")
    assert "73%" in text


def test_terminal_without_any_probability_has_no_column():
    console = Console(width=160, force_terminal=False, color_system=None, record=True, file=io.StringIO())
    render_table(s.evaluations(), [], s.AS_OF, console, lang="en")
    assert "Probability" not in console.export_text()


def test_excel_summary_has_the_probability_as_a_percentage(tmp_path):
    path = write_report(with_odds(), s.figures(), [], s.AS_OF, tmp_path, generated_at=s.GENERATED)
    ws = openpyxl.load_workbook(path)["汇总"]
    headers = [c.value for c in ws[HEADER_ROW]]
    col = headers.index("完成概率")
    assert headers[col - 1] == "亮灯"  # beside the light
    cells = [row[col] for row in ws.iter_rows(min_row=HEADER_ROW + 1) if row[col].value is not None]
    assert [c.value for c in cells] == [0.734]
    assert cells[0].number_format == "0%"


def test_backtest_on_the_samples_in_order_and_across_years():
    from bench.backtest import SAMPLES, read, replay

    figures, problems = read(SAMPLES)
    assert not problems
    strict = replay(figures)
    # the samples hold three years at most: in order, only goals already decided have a probability
    assert strict.scored == [] and strict.cases
    assert all(c.probability == 1.0 for c in strict.cases if c.probability is not None)
    in_order = replay(figures, min_years=2)  # 2019 from 2017-2018
    assert {c.year for c in in_order.scored} == {2019}
    assert in_order.brier() < in_order.brier(status_rule=True)
    assert in_order.calibrated()
    cross = replay(figures, "cross", min_years=2)
    assert len(cross.scored) >= 200
    assert cross.brier() < cross.brier(status_rule=True)
    assert cross.calibrated()
    # only the national 工业增加值 growth has three years with outcomes (each judged from the other two)
    assert {c.series for c in cross.scored} == {"全国 工业增加值"}
    assert {c.year for c in cross.scored} == {2017, 2018, 2019}
    # the outcome is what the figures say: 2019's whole year grew 5.7 %
    for c in cross.cases:
        if c.series == "全国 工业增加值" and c.year == 2019:
            assert c.met == (5.7 >= round(c.threshold, 6))


def test_backtest_command_prints_its_table():
    out = subprocess.run([sys.executable, "-m", "bench.backtest", "--history", "cross", "--min-years", "2"],
                         capture_output=True, text=True, timeout=120, cwd=Path(__file__).parent.parent)
    assert out.returncode == 0, out.stderr
    assert "| forecast band |" in out.stdout and "Brier score" in out.stdout


def test_evaluate_json_and_table_carry_the_outlook(tmp_path):
    """Through the real command: a long CSV with four years of 1-6月 and whole-year figures."""
    (tmp_path / "targets").mkdir()
    (tmp_path / "actuals").mkdir()
    (tmp_path / "targets" / "goals.yaml").write_text(
        "targets:\n"
        "  - {id: rev-2024, title: 营收146.41亿元, region: 江西省, indicator: 营收, kind: level, due: 2024,\n"
        "     target: {value: 146.41, unit: 亿元}}\n", encoding="utf-8")
    lines = ["地区,指标,期间,数值,单位"]
    for y, whole in {2020: 100.0, 2021: 110.0, 2022: 121.0, 2023: 133.1}.items():
        lines += [f"江西省,营收,{y}年1-6月,{whole * 0.4:.4f},亿元", f"江西省,营收,{y}年,{whole},亿元"]
    lines.append("江西省,营收,2024年1-6月,58.564,亿元")
    (tmp_path / "actuals" / "revenue.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DEBUG"}
    env["NO_COLOR"] = "1"
    run = lambda *a: subprocess.run([sys.executable, "-m", "tracker", "evaluate", "--as-of", "2024-06", *a],
                                    cwd=tmp_path, capture_output=True, text=True, timeout=120, env=env)
    out = run("--json")
    assert out.returncode == 0, out.stderr
    ev = json.loads(out.stdout)
    found = next(e for e in ev["evaluations"] if e["id"] == "rev-2024")
    assert found["status"] == "off_track"  # 0.8 of the straight line
    assert found["seasonal_time_progress"] == 0.4 and found["probability"] == 0.5
    table = run()
    assert "50%" in table.stdout and "完成概率" in table.stdout
