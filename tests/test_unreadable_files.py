"""An actuals entry that cannot be read is a problem of that entry, never a crash, and the month
goes on with the rest: in `run`, `evaluate` and `validate` alike. Real files, links and folders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tracker.config import Settings
from tracker.ingest import iter_actuals_dir, read_actuals_file
from tracker.ingest.listing import list_actuals
from tracker.store import list_runs, open_store

from test_monthly import REPO, CSV_HEAD, cli, monthly, read_logs, work, write  # noqa: F401 - fixtures

GOOD = CSV_HEAD + "江西省,规上工业营业收入,2024年1-6月,20000,亿元,累计值\n"


def reasons(problems) -> dict[str, str]:
    return {p.file: p.reason for p in problems}


def _broken_link_and_folder(actuals: Path) -> None:
    os.symlink(actuals / "gone.csv", actuals / "c-link.csv")
    (actuals / "d-folder.xlsx").mkdir()
    write(actuals / "d-folder.xlsx" / "inner.txt", "not actuals")


def test_a_broken_link_and_a_folder_named_like_a_workbook_are_problems_of_their_own(engine, work, db_url,
                                                                                       tmp_path):
    actuals = work / "actuals"
    _broken_link_and_folder(actuals)
    listing = list_actuals(actuals)
    assert [p.name for p in listing.files] == ["a-revenue.csv", "b-growth.csv"]
    assert reasons(listing.problems) == {"c-link.csv": "unreadable-link", "d-folder.xlsx": "not-a-file"}
    link = next(p for p in listing.problems if p.file == "c-link.csv")
    assert str(actuals / "gone.csv") in link.text("en") and "符号链接" in link.message

    # run: the month is judged from the readable files and the entries are reported
    result = monthly(engine, work)
    assert result.run.outcome == "problems" and result.report.is_file()
    assert [r.path for r in result.imported] == ["a-revenue.csv", "b-growth.csv"]
    assert reasons(result.problems) == {"c-link.csv": "unreadable-link", "d-folder.xlsx": "not-a-file"}
    # a file that cannot be read may be new: the month is not "nothing new"
    assert monthly(engine, work).run.outcome == "problems"

    # evaluate and validate say the same
    p = cli(work, db_url, "evaluate", "--as-of", "2024-06", "--json", log=tmp_path / "ev")
    p.wait(120)
    out, err = read_logs(tmp_path / "ev")
    data = json.loads(out)
    assert p.returncode == 1 and len(data["evaluations"]) == 2, err
    assert reasons(_Problems(data["problems"])) == {"c-link.csv": "unreadable-link", "d-folder.xlsx": "not-a-file"}
    p = cli(work, db_url, "validate", "--as-of", "2024-06", "--lang", "en", log=tmp_path / "va")
    p.wait(120)
    out, err = read_logs(tmp_path / "va")
    out = " ".join(out.split())  # lines fitted to the terminal
    assert p.returncode == 1 and "c-link.csv: a symbolic link to" in out and "d-folder.xlsx: a folder" in out
    assert "Traceback" not in out + err


class _Problems(list):
    def __init__(self, items):
        super().__init__(type("P", (), {"file": i["file"], "reason": i["reason"]}) for i in items)


def _unprivileged() -> list[str]:
    """A command prefix under which a mode-000 file cannot be read: none for an ordinary user;
    for root, setpriv without the capabilities that let root read any file."""
    if os.geteuid() != 0:
        return []
    prefix = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]
    try:
        probe = subprocess.run([*prefix, "true"], capture_output=True)
    except FileNotFoundError:
        pytest.skip("root, and no setpriv to give up reading every file")
    if probe.returncode != 0:
        pytest.skip(f"root, and setpriv cannot drop the capabilities here: {probe.stderr[-200:]!r}")
    return prefix


def test_a_file_the_process_may_not_read_is_a_problem_of_that_file(work, db_url, tmp_path):
    prefix = _unprivileged()
    locked = write(work / "actuals" / "c-locked.csv", GOOD)
    locked.chmod(0)
    env = {**os.environ, "PYTHONPATH": str(REPO), "TRACKER_DB": db_url}

    def tracker(*args: str) -> tuple[int, str, str]:
        done = subprocess.run([*prefix, sys.executable, "-m", "tracker.cli", *args], cwd=work, env=env,
                              capture_output=True, text=True, timeout=300)
        return done.returncode, " ".join(done.stdout.split()), done.stderr

    try:
        code, out, err = tracker("run", "--as-of", "2024-06", "--lang", "en")
        assert code == 1, err
        assert "c-locked.csv: cannot read the file: permission denied" in out
        code, out, err = tracker("validate", "--as-of", "2024-06", "--lang", "en")
        assert code == 1 and "c-locked.csv: cannot read the file: permission denied" in out, err
        code, out, err = tracker("evaluate", "--as-of", "2024-06", "--json")
        data = json.loads(out)
        assert code == 1 and len(data["evaluations"]) == 2, err
        assert [(p["file"], p["reason"]) for p in data["problems"]] == [("c-locked.csv", "permission-denied")]
    finally:
        locked.chmod(0o644)
    engine = open_store(db_url)
    try:
        (run,) = list_runs(engine)
        assert run.outcome == "problems" and run.files_imported == 2
        assert [(p.file, p.reason) for p in run.problems] == [("c-locked.csv", "permission-denied")]
    finally:
        engine.dispose()


def test_a_file_that_vanishes_between_listing_and_reading(engine, work):
    actuals = work / "actuals"
    doomed = write(actuals / "c-doomed.csv", GOOD)
    # evaluate's path: the folder is listed when the reading starts, the files read one by one
    reading = iter_actuals_dir(actuals, workers=1)
    first = next(reading)
    doomed.unlink()
    rest = list(reading)
    assert first.file == "a-revenue.csv" and first.ok
    assert [(r.file, [p.reason for p in r.problems]) for r in rest] == [("b-growth.csv", []),
                                                                        ("c-doomed.csv", ["file-vanished"])]
    assert read_actuals_file(doomed, actuals).problems[0].reason == "file-vanished"

    # run's path: it vanishes while the run imports the files before it
    write(actuals / "c-doomed.csv", GOOD)

    def on_file(path: Path) -> None:
        if path.name == "a-revenue.csv":
            (actuals / "c-doomed.csv").unlink()

    result = monthly(engine, work, on_file=on_file, workers=1)
    assert result.run.outcome == "problems" and result.report.is_file()
    assert reasons(result.problems) == {"c-doomed.csv": "file-vanished"}
    assert [r.path for r in result.imported] == ["a-revenue.csv", "b-growth.csv"]


class SlowCopy:
    """A file being written a row every 20 ms, as a slow copy writes it, until stopped."""

    def __init__(self, path: Path):
        self.path = write(path, CSV_HEAD)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._write)

    def _write(self) -> None:
        with open(self.path, "a", encoding="utf-8") as f:
            month = 0
            while not self.stop.is_set():
                f.write(f"江西省,规上工业营业收入,2023年{month % 12 + 1}月,1,亿元,当月值\n")
                f.flush()
                month += 1
                time.sleep(0.02)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()


def test_validate_and_evaluate_take_the_second_look_set_in_tracker_toml(work, db_url, tmp_path, monkeypatch):
    monkeypatch.delenv("TRACKER_SETTLE_SECONDS", raising=False)
    write(work / "tracker.toml", "[actuals]\nsettle_seconds = 0.3\n")
    with SlowCopy(work / "actuals" / "c-growing.csv"):
        time.sleep(0.1)
        p = cli(work, db_url, "validate", "--as-of", "2024-06", "--lang", "en", log=tmp_path / "va")
        p.wait(120)
        out, err = read_logs(tmp_path / "va")
        q = cli(work, db_url, "evaluate", "--as-of", "2024-06", "--json", log=tmp_path / "ev")
        q.wait(120)
    assert p.returncode == 1 and "c-growing.csv: the file is still being written" in " ".join(out.split()), err
    data = json.loads(read_logs(tmp_path / "ev")[0])
    assert [(x["file"], x["reason"]) for x in data["problems"]] == [("c-growing.csv", "file-being-written")]
    assert len(data["evaluations"]) == 2


def test_a_file_still_being_written_is_left_for_the_next_run(engine, work, monkeypatch):
    monkeypatch.delenv("TRACKER_SETTLE_SECONDS", raising=False)
    actuals = work / "actuals"
    copy = SlowCopy(actuals / "c-growing.csv")
    with copy:
        time.sleep(0.1)
        started = time.monotonic()
        result = monthly(engine, work, settings=Settings(settle_seconds=0.3))
        assert time.monotonic() - started >= 0.3  # the second look came a settle time later
    assert reasons(result.problems) == {"c-growing.csv": "file-being-written"}
    assert "still being written" in result.problems[0].text("en") and "仍在写入" in result.problems[0].message
    assert [r.path for r in result.imported] == ["a-revenue.csv", "b-growth.csv"]

    # evaluate's listing takes the same second look; a finished file is read by the next run
    time.sleep(0.35)
    assert list_actuals(actuals, settle=0.3).problems == ()
    assert [r.path for r in monthly(engine, work, settings=Settings(settle_seconds=0.3)).imported] == ["c-growing.csv"]


def test_an_old_folder_costs_no_second_look(work):
    for path in (work / "actuals").iterdir():
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    started = time.monotonic()
    assert len(list_actuals(work / "actuals", settle=5).files) == 2
    assert time.monotonic() - started < 1


def test_settle_seconds_comes_from_tracker_toml(tmp_path):
    from tracker.config import load_settings

    (tmp_path / "tracker.toml").write_text("[actuals]\nsettle_seconds = 0.25\n")
    settings, problems = load_settings(tmp_path / "tracker.toml")
    assert settings.settle_seconds == 0.25 and problems == []
    (tmp_path / "tracker.toml").write_text("[actuals]\nsettle_seconds = -1\n")
    settings, problems = load_settings(tmp_path / "tracker.toml")
    assert settings.settle_seconds is None and "must not be negative" in problems[0].text("en")
