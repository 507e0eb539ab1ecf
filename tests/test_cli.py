"""The commands of CONTRACT §4 and the JSON of §5, through the real entry point.

Each test writes target specs and real spreadsheets (openpyxl, csv in GB18030)
into a temporary working folder and runs ``python -m tracker`` there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest


def tracker(cwd: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DEBUG"}
    env["NO_COLOR"] = "1"
    return subprocess.run([sys.executable, "-m", "tracker", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=timeout, env=env)


def write_yaml(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")


GANSU_TARGET = """\
    plan:
      region: 甘肃省
      source: {document: 甘肃省工业和信息化工作会议, date: "2024-01-20"}
    targets:
      - id: gs-invest-2024
        title: 2024年全省工业和信息化项目完成投资1866亿元
        indicator: 工业和信息化项目投资
        kind: level
        due: 2024
        target: {value: 1866, unit: 亿元}
    """


def gansu_workbook(path: Path) -> None:
    """Long layout with a merged title, the 1-10月 figure in Sheet1!E7."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws["A1"] = "甘肃省工业和信息化项目投资完成情况"
    ws.merge_cells("A1:G1")
    ws["A2"] = "单位：亿元"
    ws.append([])
    ws.append([])
    ws.append(["地区", "指标", "期间", "口径", "数值", "单位", "来源"])
    ws.append(["甘肃省", "工业和信息化项目投资", "2024年1-9月", "累计值", 1300, "亿元", "省统计局"])
    ws.append(["甘肃省", "工业和信息化项目投资", "2024年1-10月", "累计值", 1556, "亿元", "省统计局"])
    ws.append(["注：数据为快报数。"])
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)


@pytest.fixture
def work(tmp_path: Path) -> Path:
    write_yaml(tmp_path / "targets" / "gansu.yaml", GANSU_TARGET)
    gansu_workbook(tmp_path / "actuals" / "gansu.xlsx")
    return tmp_path


def test_contract_example_numbers(work):
    done = tracker(work, "evaluate", "--as-of", "2024-10", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["as_of"] == "2024-10"
    assert out["problems"] == []
    (ev,) = out["evaluations"]
    expected = {
        "id": "gs-invest-2024", "status": "on_track", "region": "甘肃省", "indicator": "工业和信息化项目投资",
        "kind": "level", "actual": 1556.0, "actual_period": "2024-01/2024-10", "unit": "亿元",
        "target": 1866.0, "expected": 1555.0, "progress": 1.0006, "completion": 0.8339,
        "time_progress": 0.8333, "margin_pp": None, "actual_rate": None, "required_rate": None,
        "projected": 1867.2, "stretch_status": None, "sources": ["gansu.xlsx!Sheet1!E7"],
    }
    assert {k: ev[k] for k in expected} == expected
    assert "note" in ev


def test_as_of_picks_the_figures_that_count(work):
    out = json.loads(tracker(work, "evaluate", "--as-of", "2024-09", "--json").stdout)
    (ev,) = out["evaluations"]
    assert ev["actual_period"] == "2024-01/2024-09"
    assert ev["sources"] == ["gansu.xlsx!Sheet1!E6"]


def test_validate_clean_then_with_a_bad_file(work):
    clean = tracker(work, "validate")
    assert clean.returncode == 0, clean.stdout + clean.stderr
    bad = work / "actuals" / "bad.csv"
    bad.write_text("地区,指标,期间,数值,单位\n甘肃省,工业和信息化项目投资,2024年1-8月,约60,亿元\n", encoding="utf-8")
    done = tracker(work, "validate", "--lang", "en")
    assert done.returncode == 1
    assert "bad.csv" in done.stdout and "line 2" in done.stdout and "约60" in done.stdout
    assert "Traceback" not in done.stdout + done.stderr
    # evaluate still judges from the good file, and says the bad one had problems
    ev = tracker(work, "evaluate", "--as-of", "2024-10", "--json")
    assert ev.returncode == 1
    out = json.loads(ev.stdout)
    assert out["evaluations"][0]["status"] == "on_track"
    assert out["problems"][0]["file"] == "bad.csv" and out["problems"][0]["place"] == "line 2"


def test_wide_gbk_csv_with_january_february_combined(tmp_path):
    write_yaml(tmp_path / "targets" / "t.yaml", """\
        targets:
          - id: nc-output-2024
            title: 2024年全市规上工业营业收入达到6000亿元
            region: 南昌市
            indicator: 规上工业营业收入
            kind: level
            due: 2024
            target: {value: 6000, unit: 亿元}
          - id: nc-growth-2024
            title: 2024年规上工业营业收入增长8%
            region: 南昌市
            indicator: 规上工业营业收入
            kind: growth
            due: 2024
            target: {rate: 8}
        """)
    csv = "地区,指标,单位,口径,2024年1-2月,2024年1-3月\n南昌市,规上工业营业收入,亿元,累计值,\"1,020.5\",—\n" \
          "南昌市,规上工业营业收入,%,累计增长,７.５,…\n"
    (tmp_path / "actuals").mkdir()
    (tmp_path / "actuals" / "南昌.csv").write_bytes(csv.encode("gb18030"))
    done = tracker(tmp_path, "evaluate", "--as-of", "2024-03", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    level, growth = json.loads(done.stdout)["evaluations"]
    # 1-2月: time progress 2/12; expected 6000·2/12 = 1000; progress 1020.5/1000
    assert level["actual_period"] == "2024-01/2024-02"
    assert level["time_progress"] == 0.1667
    assert level["expected"] == 1000.0
    assert level["progress"] == 1.0205
    assert level["sources"] == ["南昌.csv:2"]
    # 7.5% against 8%: margin −0.5 pp → at risk
    assert growth["status"] == "at_risk" and growth["margin_pp"] == -0.5


def test_statistics_bureau_export_is_judged(tmp_path):
    write_yaml(tmp_path / "targets" / "t.yaml", """\
        targets:
          - id: cn-auto-export-2019
            title: 汽车制造业出口交货值增长不低于0%
            region: 全国
            indicator: 汽车制造业出口交货值
            kind: growth
            due: 2019
            target: {rate: 0}
        """)
    (tmp_path / "actuals").mkdir()
    data = Path(__file__).parent / "data" / "汽车制造业.xls"
    (tmp_path / "actuals" / data.name).write_bytes(data.read_bytes())
    done = tracker(tmp_path, "evaluate", "--as-of", "2019-12", "--json")
    assert done.returncode == 0, done.stdout + done.stderr
    (ev,) = json.loads(done.stdout)["evaluations"]
    # 累计增长 for 2019年12月 is the whole year: −2.4% → missed
    assert ev["actual_period"] == "2019" and ev["actual"] == -2.4 and ev["status"] == "missed"


def test_bad_as_of_is_a_usage_error_without_traceback(work):
    done = tracker(work, "evaluate", "--as-of", "2024-13")
    assert done.returncode == 2
    assert "YYYY-MM" in done.stderr and "Traceback" not in done.stderr


def test_missing_folders_are_named(tmp_path):
    done = tracker(tmp_path, "evaluate", "--json")
    assert done.returncode == 1
    problems = json.loads(done.stdout)["problems"]
    files = {p["file"] for p in problems}
    assert any("targets" in f for f in files) and any("actuals" in f for f in files)


def test_target_file_with_a_problem_is_left_out_the_others_judged(work):
    write_yaml(work / "targets" / "typo.yaml", """\
        targets:
          - id: typo-2024
            title: x
            region: 甘肃省
            indicator: 工业和信息化项目投资
            kind: level
            due: 2024
            target: {value: 1, unit: 亿元}
            tolerence: 0.1
        """)
    done = tracker(work, "evaluate", "--as-of", "2024-10", "--json")
    assert done.returncode == 1
    out = json.loads(done.stdout)
    assert [e["id"] for e in out["evaluations"]] == ["gs-invest-2024"]
    (p,) = out["problems"]
    assert p["file"] == "typo.yaml" and p["place"] == "line 9" and "tolerence" in p["message"]


def test_report_writes_the_workbook_and_prints_its_path(work):
    done = tracker(work, "report", "--as-of", "2024-10")
    assert done.returncode == 0, done.stderr
    path = Path(done.stdout.strip().splitlines()[-1])
    path = path if path.is_absolute() else work / path
    assert path.exists() and path.parent.name == "2024-10"
    wb = openpyxl.load_workbook(path)
    assert "汇总" in wb.sheetnames


def test_table_output_is_plain_text_when_not_a_terminal(work):
    done = tracker(work, "evaluate", "--as-of", "2024-10")
    assert done.returncode == 0
    assert "\x1b[" not in done.stdout
    assert "进度正常" in done.stdout


def test_thresholds_from_tracker_toml(work):
    # 1-9月: E = 1866·9/12 = 1399.5, progress 1300/1399.5 = 0.9289: at risk by default,
    # off track with the threshold at 0.95
    assert json.loads(tracker(work, "evaluate", "--as-of", "2024-09", "--json").stdout)["evaluations"][0][
        "status"] == "at_risk"
    (work / "tracker.toml").write_text("[thresholds]\nat_risk_progress = 0.95\n", encoding="utf-8")
    out = json.loads(tracker(work, "evaluate", "--as-of", "2024-09", "--json").stdout)
    assert out["evaluations"][0]["status"] == "off_track"
