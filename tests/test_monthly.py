"""The monthly run on a real store: import once, report once, revisions, failures, crashes, concurrency."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tracker.monthly import RunBusy, RunFailed, run_month
from tracker.periods import parse_month
from tracker.run_options import RunOptions
from tracker.pipeline import evaluate_folders
from tracker.store import current_figures, list_imports, list_runs, store_lock
from tracker.store.schema import figures as figures_t, imports as imports_t

REPO = Path(__file__).resolve().parents[1]

TARGETS = textwrap.dedent("""\
    targets:
      - id: jx-revenue-2024
        title: 2024年全省规上工业营业收入达到40000亿元
        region: 江西省
        indicator: 规上工业营业收入
        kind: level
        due: 2024
        base: {period: "2023", value: 38000, unit: 亿元}
        target: {value: 40000, unit: 亿元}
      - id: jx-growth-2024
        title: 2024年规上工业增加值增长8%
        region: 江西省
        indicator: 规上工业增加值
        kind: growth
        due: 2024
        target: {rate: 8}
""")

CSV_HEAD = "地区,指标,期间,数值,单位,口径\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def work(tmp_path, monkeypatch):
    """A working folder with targets, two actuals files and a reports folder."""
    write(tmp_path / "targets" / "goals.yaml", TARGETS)
    write(tmp_path / "actuals" / "a-revenue.csv", CSV_HEAD + "江西省,规上工业营业收入,2024年1-6月,20000,亿元,累计值\n")
    write(tmp_path / "actuals" / "b-growth.csv", CSV_HEAD + "江西省,规上工业增加值,2024年1-6月,8.5,%,累计增长\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def folders(work: Path, out: str = "reports", lang: str = "zh") -> RunOptions:
    """The run options of the working folder ``work``."""
    return RunOptions(work / "targets", work / "actuals", work / out, lang=lang)


def monthly(engine, work: Path, month: str = "2024-06", lang: str = "zh", **kw):
    return run_month(engine, folders(work, lang=lang), as_of=parse_month(month), **kw)


def count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def test_a_run_imports_judges_from_the_store_reports_and_records(engine, work):
    result = monthly(engine, work)
    assert result.exit_code == 0 and not result.skipped
    assert result.report == work / "reports" / "2024-06" / "进度报告-2024-06.xlsx"
    assert result.report.is_file()
    assert [r.path for r in result.imported] == ["a-revenue.csv", "b-growth.csv"]
    (run,) = list_runs(engine)
    assert (run.as_of, run.outcome, run.trigger, run.files_imported) == ("2024-06", "ok", "cli", 2)
    assert run.report_path == str(result.report)
    assert sum(run.counts.values()) == 2

    # Judging from the store is judging from the files: the same records, the same evaluations.
    from_files = evaluate_folders(work / "targets", work / "actuals", "2024-06")
    assert set(current_figures(engine)) == set(from_files.figures)
    assert [e.as_json() for e in result.evaluations] == [e.as_json() for e in from_files.evaluations]


def test_running_twice_imports_nothing_twice_and_writes_one_report(engine, work):
    first = monthly(engine, work)
    stamp = first.report.stat().st_mtime_ns
    second = monthly(engine, work)
    assert second.skipped and second.exit_code == 0
    assert "already reported by run #" in second.message
    assert first.report.stat().st_mtime_ns == stamp
    # The second run is on record: skipped, with the run it matched.
    assert [(r.outcome, r.matched_run) for r in list_runs(engine)] == [("skipped", first.run.id), ("ok", None)]
    assert count(engine, imports_t) == 2 and count(engine, figures_t) == 2
    # --force makes a new run (and report) without importing anything again.
    forced = monthly(engine, work, force=True)
    assert not forced.skipped and forced.imported == ()
    assert count(engine, imports_t) == 2


def test_a_revised_figure_is_kept_dated_flagged_and_makes_a_new_run(engine, work):
    monthly(engine, work)
    write(work / "actuals" / "a-revenue.csv",
          CSV_HEAD + "江西省,规上工业营业收入,2024年1-6月,20500,亿元,累计值\n"
                     "江西省,规上工业营业收入,2024年1-7月,23500,亿元,累计值\n")
    result = monthly(engine, work)
    assert not result.skipped
    assert [(r.path, r.new, r.revised) for r in result.imported] == [("a-revenue.csv", 1, 1)]
    revised = {f.period.iso(): f for f in current_figures(engine) if f.indicator == "规上工业营业收入"}
    assert revised["2024-01/2024-06"].value == 20500 and revised["2024-01/2024-06"].revised_from == 20000
    assert revised["2024-01/2024-07"].revised_from is None
    assert count(engine, figures_t) == 4  # the old 20000 is kept
    runs = list_runs(engine)
    assert [(r.as_of, r.outcome, r.revisions) for r in runs] == [("2024-06", "ok", 1), ("2024-06", "ok", 0)]

    # The report (overwritten in place) flags the revision with the earlier value.
    sheet = openpyxl.load_workbook(result.report, read_only=True)["数据"]
    rows = [tuple(c for c in row) for row in sheet.iter_rows(values_only=True)]
    assert any(20500 in row and 20000 in row for row in rows), rows


def test_next_months_report_knows_last_months_status(engine, work):
    june = monthly(engine, work)
    july = monthly(engine, work, "2024-07")
    assert not july.skipped and july.imported == ()
    assert july.previous_run is not None and july.previous_run.id == june.run.id
    sheet = openpyxl.load_workbook(july.report, read_only=True)["汇总"]
    text = " ".join(str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None)
    assert "上月状态（2024年6月）" in text, text[:500]  # naming the month compared with
    brief = openpyxl.load_workbook(july.report, read_only=True)["简报"]
    said = " ".join(str(c) for row in brief.iter_rows(values_only=True) for c in row if c is not None)
    assert "与2024年6月相比" in said, said[:500]


def test_a_file_with_problems_is_reported_every_run_but_imported_once(engine, work):
    write(work / "actuals" / "c-bad.csv", CSV_HEAD + "江西省,规上工业营业收入,2024年1-5月,abc,亿元,累计值\n")
    first = monthly(engine, work)
    assert first.exit_code == 1
    assert [p.file for p in first.problems] == ["c-bad.csv"]
    assert list_runs(engine)[0].outcome == "problems"
    assert monthly(engine, work).skipped  # nothing new: the month is reported
    write(work / "actuals" / "d-new.csv", CSV_HEAD + "江西省,规上工业增加值,2024年1-7月,8.7,%,累计增长\n")
    third = monthly(engine, work, "2024-07")
    assert [r.path for r in third.imported] == ["d-new.csv"]
    assert [p.file for p in third.problems] == ["c-bad.csv"] and third.exit_code == 1
    assert [r.path for r in list_imports(engine)].count("c-bad.csv") == 1


def test_changed_targets_or_a_deleted_report_make_the_month_again(engine, work):
    monthly(engine, work)
    write(work / "targets" / "goals.yaml", TARGETS.replace("40000", "41000"))
    again = monthly(engine, work)
    assert not again.skipped
    again.report.unlink()
    assert not monthly(engine, work).skipped
    assert len(list_runs(engine)) == 3


def test_a_failing_run_is_recorded_as_failed_and_does_not_count_as_done(engine, work):
    (work / "blocked").write_text("a file where the reports folder should be")
    with pytest.raises(RunFailed) as failed:
        run_month(engine, folders(work, out="blocked"), as_of=parse_month("2024-06"))
    (run,) = list_runs(engine)
    assert run.outcome == "failed" and run.id == failed.value.run_id
    assert "blocked" in run.error
    # The files were imported (each in its own transaction) and are not imported again.
    after = monthly(engine, work)
    assert not after.skipped and after.imported == ()
    assert [r.outcome for r in list_runs(engine)] == ["ok", "failed"]


def test_a_run_waits_for_the_run_in_progress_or_gives_up_with_a_message(engine, work):
    told = []
    with store_lock(engine, "run"):
        with pytest.raises(RunBusy, match="still in progress after 0.3 s"):
            monthly(engine, work, wait=0.3, notify=told.append, lang="en")
    assert "waiting up to 0.3 s" in told[0]
    (run,) = list_runs(engine)  # the run that could not start is on record
    assert run.outcome == "failed" and "still in progress after 0.3 s" in run.error


# -- other processes: the real command line -----------------------------------------------


def cli(work: Path, db_url: str, *args: str, log: Path) -> subprocess.Popen:
    """``tracker ARGS`` in another process; its stdout and stderr go to ``log``.out/.err."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "TRACKER_DB": db_url}
    with open(f"{log}.out", "w") as out, open(f"{log}.err", "w") as err:
        return subprocess.Popen([sys.executable, "-m", "tracker.cli", *args], cwd=work, env=env,
                                stdout=out, stderr=err, text=True)


def read_logs(log: Path) -> tuple[str, str]:
    return Path(f"{log}.out").read_text(), Path(f"{log}.err").read_text()


def wait_for(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_two_concurrent_runs_never_interleave(engine, work, db_url, tmp_path):
    logs = [tmp_path / "one", tmp_path / "two"]
    with store_lock(engine, "run"):  # as if a run were in progress: both must wait for it
        procs = [cli(work, db_url, "run", "--as-of", "2024-06", log=log) for log in logs]
        wait_for(lambda: all("最多等待" in read_logs(log)[1] for log in logs))
        assert all(p.poll() is None for p in procs)
        assert list_runs(engine) == []
    for p in procs:
        p.wait(120)
    outs = [read_logs(log) for log in logs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert sum("无新数据，与运行 #" in out for out, _ in outs) == 1, outs
    assert sum("进度报告-2024-06.xlsx" in out.splitlines()[-1] for out, _ in outs) == 2, outs
    assert [r.outcome for r in list_runs(engine)] == ["skipped", "ok"]
    assert count(engine, imports_t) == 2
    # A run that will not wait says so and exits 75.
    with store_lock(engine, "run"):
        busy = cli(work, db_url, "run", "--as-of", "2024-06", "--wait", "0", log=tmp_path / "busy")
        busy.wait(60)
    said = "".join(read_logs(tmp_path / "busy")[1].split())  # lines fitted to 80 columns
    assert busy.returncode == 75 and "不启动第二个运行" in said
    assert list_runs(engine)[0].outcome == "failed"  # and is on record


KILL_IN_IMPORT = """
import os, sys, time
import tracker.store.figures as figures
real = figures._store_figures
def slow(conn, read, import_id, now):
    result = real(conn, read, import_id, now)
    if any(f.file == "b-growth.csv" for f in read):
        print("inside the transaction", flush=True)
        time.sleep(60)
    return result
figures._store_figures = slow
from tracker.cli import main
sys.argv = ["tracker", "run", "--as-of", "2024-06"]
main()
"""

KILL_IN_REPORT = """
import sys, time
import openpyxl.workbook.workbook as wb
def save(self, target):
    target.write(b"PK\\x03\\x04 half a workbook")
    target.flush()
    print("writing the report", flush=True)
    time.sleep(60)
wb.Workbook.save = save
from tracker.cli import main
sys.argv = ["tracker", "run", "--as-of", "2024-06"]
main()
"""


def _run_and_kill(work: Path, db_url: str, script: str, marker: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "TRACKER_DB": db_url}
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=work, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.strip() == marker, (line, proc.stderr.read() if proc.poll() is not None else "")
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        proc.kill()
        proc.wait()


def test_a_run_killed_inside_an_import_leaves_no_half_imported_file(engine, work, db_url):
    _run_and_kill(work, db_url, KILL_IN_IMPORT, "inside the transaction")
    assert [r.path for r in list_imports(engine)] == ["a-revenue.csv"]
    assert {f.file for f in current_figures(engine)} == {"a-revenue.csv"}
    (killed,) = list_runs(engine)
    assert killed.outcome == "running"
    assert not (work / "reports" / "2024-06").exists()

    result = monthly(engine, work)
    assert [r.id for r in result.stale] == [killed.id]
    assert [r.path for r in result.imported] == ["b-growth.csv"]
    assert [(r.outcome, (r.error or "")[:11]) for r in list_runs(engine)] == [("ok", ""), ("failed", "interrupted")]
    assert [r.path for r in list_imports(engine)] == ["a-revenue.csv", "b-growth.csv"]


def test_a_run_killed_while_writing_the_report_leaves_the_last_good_report(engine, work, db_url):
    good = monthly(engine, work).report
    before = good.read_bytes()
    write(work / "actuals" / "b-growth.csv", CSV_HEAD + "江西省,规上工业增加值,2024年1-6月,8.6,%,累计增长\n")
    _run_and_kill(work, db_url, KILL_IN_REPORT, "writing the report")
    assert good.read_bytes() == before  # never half-written
    openpyxl.load_workbook(good, read_only=True)
    assert list(good.parent.glob(".*.tmp"))  # the killed run's temporary file

    result = monthly(engine, work)
    assert not result.skipped and result.imported == ()  # imported by the killed run, once
    assert not list(good.parent.glob(".*.tmp"))
    openpyxl.load_workbook(good, read_only=True)
    assert [r.outcome for r in list_runs(engine)] == ["ok", "failed", "ok"]


def test_runs_and_history_on_the_command_line(engine, work, db_url, tmp_path):
    def tracker(*args: str) -> tuple[int, str, str]:
        p = cli(work, db_url, *args, log=tmp_path / "cmd")
        p.wait(120)
        out, err = read_logs(tmp_path / "cmd")
        return p.returncode, out, err

    code, out, _ = tracker("run", "--as-of", "2024-06")
    assert code == 0 and out.splitlines()[-1].endswith("进度报告-2024-06.xlsx")
    write(work / "actuals" / "a-revenue.csv", CSV_HEAD + "江西省,规上工业营业收入,2024年1-6月,20500,亿元,累计值\n")
    code, out, _ = tracker("run", "--as-of", "2024-07", "--lang", "en")
    assert code == 0 and "1 figure(s) revised" in out

    code, out, _ = tracker("runs", "--lang", "en", "--long")
    heads = [line.split()[1:4] for line in out.splitlines() if line.startswith("run #")]
    assert code == 0 and heads == [["#2", "2024-07", "ok"], ["#1", "2024-06", "ok"]]

    code, out, _ = tracker("history", "jx-revenue-2024", "--lang", "en")
    assert code == 0
    assert "20500 亿元" in out and "(revised from 20000)" in out and "replaced" in out
    judged = [line.split()[:3] for line in out.splitlines() if line.startswith("  2024-0") and "#" in line]
    assert judged == [["2024-06", "#1", "on_track"], ["2024-07", "#2", "on_track"]], out
    code, out, _ = tracker("history", "jx-revenue-2024")  # Chinese by default
    assert code == 0
    assert "20500 亿元" in out and "（由20000修订而来）" in out and "被替换" in out and "各次运行的状态：" in out
    judged = [line.split()[:3] for line in out.splitlines() if line.startswith("  2024-0") and "#" in line]
    assert [j[:2] for j in judged] == [["2024-06", "#1"], ["2024-07", "#2"]], out
    assert all(j[2] not in ("on_track", "off_track") and not j[2].isascii() for j in judged), out

    code, _, err = tracker("history", "no-such-goal", "--lang", "en")
    assert code == 1 and "no target 'no-such-goal'" in err
    code, _, err = tracker("history", "no-such-goal")
    assert code == 1 and "没有目标“no-such-goal”" in err
