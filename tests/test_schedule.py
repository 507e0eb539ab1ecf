"""The schedule with the real APScheduler and a real store; time moved with time-machine.

In-process tests drive a scheduler whose wakeup() does nothing, with the
DebugExecutor, by calling its job processing directly at chosen times. The
command-line tests run the real blocking scheduler in another process.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import time_machine
from apscheduler.executors.debug import DebugExecutor
from apscheduler.schedulers.base import BaseScheduler

from tracker.periods import Period
from tracker.run_options import RunOptions
from tracker.schedule import (
    JOB_FUNC,
    JOB_ID,
    ScheduleError,
    create_scheduler,
    job_kwargs as schedule_job_kwargs,
    months_due,
    parse_cron,
    start_paused,
)
from tracker.store import list_runs, open_store

from test_monthly import CSV_HEAD, TARGETS, folders, read_logs, wait_for, write

SH = ZoneInfo("Asia/Shanghai")
REPO = Path(__file__).resolve().parents[1]


class ManualScheduler(BaseScheduler):
    """A scheduler that never wakes by itself: the test calls ``_process_jobs()``."""

    def shutdown(self, wait=True):
        super().shutdown(wait)

    def wakeup(self):
        pass


def at(*args) -> datetime:
    return datetime(*args, tzinfo=SH)


# -- when ---------------------------------------------------------------------------------


def test_the_default_schedule_is_0900_on_the_20th_in_shanghai():
    trigger = parse_cron("0 9 20 * *", "Asia/Shanghai")
    assert trigger.get_next_fire_time(None, at(2024, 7, 20, 9, 0, 1)) == at(2024, 8, 20, 9)
    assert trigger.get_next_fire_time(None, at(2024, 7, 20, 9)).utcoffset() == timedelta(hours=8)


def test_crontab_weekdays_count_sunday_as_0_and_7():
    sunday = at(2024, 7, 21, 8)  # a Sunday
    for field in ("0", "7", "sun", "6-7", "0,3"):
        trigger = parse_cron(f"0 9 * * {field}", "Asia/Shanghai")
        assert trigger.get_next_fire_time(None, sunday) == at(2024, 7, 21, 9), field
    weekdays = parse_cron("0 9 * * 1-5", "Asia/Shanghai")
    assert weekdays.get_next_fire_time(None, at(2024, 7, 20, 10)) == at(2024, 7, 22, 9)  # Sat -> Mon


@pytest.mark.parametrize("expr, zone, message", [
    ("0 9 20 *", "Asia/Shanghai", "five fields"),
    ("0 25 20 * *", "Asia/Shanghai", "0 25 20"),
    ("0 9 20 * 8", "Asia/Shanghai", "out of range"),
    ("0 9 20 * *", "Mars/Base", "unknown time zone"),
])
def test_a_bad_schedule_is_refused_with_a_message(expr, zone, message):
    with pytest.raises(ScheduleError, match=message):
        parse_cron(expr, zone)


def test_months_due_catch_up_missed_months_that_have_no_report():
    trigger = parse_cron("0 9 20 * *", "Asia/Shanghai")
    since = at(2024, 7, 1)
    m = lambda y, mo: Period.month(y, mo)  # noqa: E731
    assert months_due(trigger, since, at(2024, 7, 19), set()) == []
    assert months_due(trigger, since, at(2024, 7, 20, 9), set()) == [m(2024, 6)]
    assert months_due(trigger, since, at(2024, 10, 25), {"2024-06", "2024-08"}) == [m(2024, 7), m(2024, 9)]
    assert months_due(trigger, since, at(2025, 1, 20, 9), set()) == [m(2024, y) for y in range(6, 13)]
    assert months_due(trigger, since, at(2026, 12, 25), set(), limit=3) == [m(2026, 9), m(2026, 10), m(2026, 11)]
    assert months_due(trigger, None, at(2024, 10, 25), set()) == [m(2024, 9)]


# -- the job in a real job store -------------------------------------------------------------


@pytest.fixture
def work(tmp_path, monkeypatch):
    write(tmp_path / "targets" / "goals.yaml", TARGETS)
    write(tmp_path / "actuals" / "a-revenue.csv", CSV_HEAD + "江西省,规上工业营业收入,2024年1-6月,20000,亿元,累计值\n")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def job_kwargs(work: Path, db_url: str, out: str = "reports") -> dict:
    return {"db_url": db_url, "targets": str(work / "targets"), "actuals": str(work / "actuals"),
            "out": str(work / out), "config": None, "lang": "zh", "cron": "0 9 20 * *",
            "timezone": "Asia/Shanghai"}


def start(db_url: str, kwargs: dict) -> BaseScheduler:
    """A scheduler over the store's job table, started as `tracker schedule` starts it."""
    engine = open_store(db_url)
    scheduler = create_scheduler(engine, "Asia/Shanghai", scheduler_class=ManualScheduler, executor=DebugExecutor())
    assert start_paused(scheduler, parse_cron(kwargs["cron"], kwargs["timezone"]), kwargs) == []
    scheduler._test_engine = engine
    return scheduler


def stop(scheduler: BaseScheduler) -> None:
    scheduler.shutdown()
    scheduler._test_engine.dispose()


def runs_made(db_url: str) -> list[tuple[str, str, str]]:
    engine = open_store(db_url)
    try:
        return [(r.as_of, r.trigger, r.outcome) for r in reversed(list_runs(engine))]
    finally:
        engine.dispose()


def test_a_run_missed_while_the_machine_was_off_is_made_once_on_restart(work, db_url):
    kwargs = job_kwargs(work, db_url)
    with time_machine.travel(at(2024, 7, 15, 10), tick=False):
        s = start(db_url, kwargs)
        job = s.get_job(JOB_ID)
        assert (job.func_ref, job.misfire_grace_time, job.coalesce) == (JOB_FUNC, None, True)
        assert job.trigger.timezone == SH and job.next_run_time == at(2024, 7, 20, 9)
        s._process_jobs()
        stop(s)
    assert runs_made(db_url) == []

    with time_machine.travel(at(2024, 7, 25, 10), tick=False):  # the machine was off on the 20th
        s = start(db_url, kwargs)
        assert s.get_job(JOB_ID).next_run_time == at(2024, 7, 20, 9)  # not re-added: the missed run is kept
        s._process_jobs()
        assert runs_made(db_url) == [("2024-06", "schedule", "ok")]
        assert s.get_job(JOB_ID).next_run_time == at(2024, 8, 20, 9)
        s._process_jobs()
        stop(s)
        s = start(db_url, kwargs)  # and once more: nothing to catch up
        s._process_jobs()
        stop(s)
    assert runs_made(db_url) == [("2024-06", "schedule", "ok")]

    with time_machine.travel(at(2024, 10, 25, 10), tick=False):  # off for three scheduled runs
        s = start(db_url, kwargs)
        s._process_jobs()
        s._process_jobs()
        stop(s)
    assert runs_made(db_url) == [(m, "schedule", "ok") for m in ("2024-06", "2024-07", "2024-08", "2024-09")]


def test_a_month_already_reported_is_not_reported_again_by_the_schedule(work, db_url):
    kwargs = job_kwargs(work, db_url)
    with time_machine.travel(at(2024, 7, 19, 10), tick=False):
        s = start(db_url, kwargs)
        stop(s)
    from tracker.monthly import run_month

    engine = open_store(db_url)
    run_month(engine, folders(work), as_of=Period.month(2024, 6))
    engine.dispose()
    with time_machine.travel(at(2024, 7, 20, 9, 0, 5), tick=False):
        s = start(db_url, kwargs)
        s._process_jobs()
        stop(s)
    # The scheduled run found nothing new: on record as skipped, with the run it matched.
    assert runs_made(db_url) == [("2024-06", "cli", "ok"), ("2024-06", "schedule", "skipped")]
    engine = open_store(db_url)
    skipped, done = list_runs(engine)
    engine.dispose()
    assert skipped.matched_run == done.id


def test_a_schedule_on_the_late_day_leaves_a_skipped_run_and_tells_that_data_are_late(work, db_url, tmp_path):
    """`--cron "0 9 20,25 * *"` with `late_day = 25`: on the 25th, nothing new since the run of the
    20th (a skipped run on record) and no file imported this month: the command is told."""
    got = tmp_path / "told.jsonl"
    script = tmp_path / "notify-team"
    script.write_text(f"#!{sys.executable}\nimport sys\nopen({str(got)!r}, 'a').write(sys.stdin.read() + '\\n')\n")
    script.chmod(0o755)
    config = tmp_path / "tracker.toml"
    config.write_text(f'[notify]\ncommand = "{script}"\non = ["failed", "late"]\nlate_day = 25\n')
    kwargs = {**job_kwargs(work, db_url), "config": str(config), "cron": "0 9 20,25 * *"}
    from tracker.monthly import run_month

    with time_machine.travel(at(2024, 6, 28, 10), tick=False):  # June's file, imported in June
        engine = open_store(db_url)
        run_month(engine, folders(work), as_of=Period.month(2024, 5))
        engine.dispose()
    with time_machine.travel(at(2024, 7, 15, 10), tick=False):
        stop(start(db_url, kwargs))
    with time_machine.travel(at(2024, 7, 20, 9, 0, 5), tick=False):
        s = start(db_url, kwargs)
        s._process_jobs()  # June is reported from the store: not late yet (the 20th)
        stop(s)
    assert not got.exists()
    with time_machine.travel(at(2024, 7, 25, 9, 0, 5), tick=False):
        s = start(db_url, kwargs)
        s._process_jobs()
        assert s.get_job(JOB_ID).next_run_time == at(2024, 8, 20, 9)
        stop(s)
    assert runs_made(db_url) == [("2024-05", "cli", "ok"), ("2024-06", "schedule", "ok"),
                                 ("2024-06", "schedule", "skipped")]
    import json

    (told,) = [json.loads(line) for line in got.read_text().splitlines() if line.strip()]
    assert told["outcome"] == "skipped" and told["alert"] == ["late"] and told["trigger"] == "schedule"


def test_a_failing_run_is_logged_recorded_and_the_scheduler_goes_on(work, db_url, caplog):
    (work / "blocked").write_text("not a folder")
    broken = job_kwargs(work, db_url, out="blocked")
    with time_machine.travel(at(2024, 7, 15, 10), tick=False):
        stop(start(db_url, broken))
    with time_machine.travel(at(2024, 7, 20, 9, 0, 1), tick=False), caplog.at_level(logging.ERROR):
        s = start(db_url, broken)
        s._process_jobs()
        assert runs_made(db_url) == [("2024-06", "schedule", "failed")]
        assert any("as of 2024-06 failed" in r.getMessage() and "blocked" in r.getMessage() for r in caplog.records)
        assert s.get_job(JOB_ID).next_run_time == at(2024, 8, 20, 9)
        stop(s)
    fixed = job_kwargs(work, db_url)
    with time_machine.travel(at(2024, 8, 20, 9, 0, 1), tick=False):
        s = start(db_url, fixed)  # the job's folders are brought up to date, its next run kept
        assert s.get_job(JOB_ID).kwargs["out"] == str(work / "reports")
        s._process_jobs()
        stop(s)
    # The failed month has no report, so it is caught up with the new one.
    assert runs_made(db_url) == [("2024-06", "schedule", "failed"), ("2024-06", "schedule", "ok"),
                                 ("2024-07", "schedule", "ok")]


def test_a_job_stored_by_an_earlier_version_is_kept_and_runs(work, db_url, caplog):
    """A job whose keywords an earlier version wrote by hand (before RunOptions) is found equal
    to the one this version wants: kept as it is, with its missed run, and run."""
    since = at(2024, 7, 15, 10)
    stored = {"db_url": db_url, "targets": str((work / "targets").resolve()),
              "actuals": str((work / "actuals").resolve()), "out": str((work / "reports").resolve()),
              "config": None, "lang": "en", "cron": "0 9 20 * *", "timezone": "Asia/Shanghai",
              "since": since.isoformat()}
    with time_machine.travel(since, tick=False):
        engine = open_store(db_url)
        old = create_scheduler(engine, "Asia/Shanghai", scheduler_class=ManualScheduler, executor=DebugExecutor())
        old.start(paused=True)
        old.add_job(JOB_FUNC, trigger=parse_cron("0 9 20 * *", "Asia/Shanghai"), id=JOB_ID,
                    name="tracker monthly run", kwargs=stored, misfire_grace_time=None, coalesce=True,
                    max_instances=1)
        old.shutdown()
        engine.dispose()
    options = RunOptions(work / "targets", work / "actuals", work / "reports", lang="en")
    with time_machine.travel(at(2024, 7, 25, 10), tick=False), caplog.at_level(logging.INFO, "tracker.schedule"):
        s = start(db_url, schedule_job_kwargs(options, db_url=db_url))
        assert any(r.getMessage().startswith("monthly job kept") for r in caplog.records)
        job = s.get_job(JOB_ID)
        assert dict(job.kwargs) == stored and job.next_run_time == at(2024, 7, 20, 9)
        s._process_jobs()
        stop(s)
    assert runs_made(db_url) == [("2024-06", "schedule", "ok")]
    assert (work / "reports" / "2024-06" / "progress-report-2024-06.xlsx").is_file()  # in English


def test_a_changed_cron_keeps_a_missed_run(work, db_url):
    kwargs = job_kwargs(work, db_url)
    with time_machine.travel(at(2024, 7, 15, 10), tick=False):
        stop(start(db_url, kwargs))
    with time_machine.travel(at(2024, 7, 25, 10), tick=False):
        s = start(db_url, {**kwargs, "cron": "30 8 22 * *"})
        job = s.get_job(JOB_ID)
        assert job.next_run_time == at(2024, 7, 20, 9)
        assert job.kwargs["since"] == at(2024, 7, 15, 10).isoformat()
        s._process_jobs()
        assert s.get_job(JOB_ID).next_run_time == at(2024, 8, 22, 8, 30)
        stop(s)
    assert runs_made(db_url) == [("2024-06", "schedule", "ok")]


# -- the real blocking scheduler, in another process ------------------------------------------


def schedule_process(work: Path, db_url: str, log: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(REPO), "TRACKER_DB": db_url}
    with open(f"{log}.out", "w") as out, open(f"{log}.err", "w") as err:
        return subprocess.Popen([sys.executable, "-m", "tracker.cli", "schedule", *args], cwd=work, env=env,
                                stdout=out, stderr=err)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_the_scheduler_stops_cleanly_on_a_signal_and_is_alone_on_its_store(work, db_url, tmp_path, signum):
    proc = schedule_process(work, db_url, tmp_path / "one")
    try:
        wait_for(lambda: "next run at" in read_logs(tmp_path / "one")[1])
        second = schedule_process(work, db_url, tmp_path / "two")
        assert second.wait(60) == 1
        assert "another `tracker schedule` is already running" in read_logs(tmp_path / "two")[1]
        proc.send_signal(signum)
        assert proc.wait(30) == 0, read_logs(tmp_path / "one")
    finally:
        proc.kill()
        proc.wait()
    err = read_logs(tmp_path / "one")[1]
    assert f"{signal.Signals(signum).name} received" in err and "Traceback" not in err


def test_the_command_line_options_are_what_the_job_keeps(work, db_url, tmp_path):
    write(work / "conf" / "settings.toml", "[lights]\n")
    proc = schedule_process(work, db_url, tmp_path / "options", "--targets", "targets", "--actuals", "actuals",
                            "--out", "out/reports", "--config", "conf/settings.toml", "--lang", "en",
                            "--cron", "0 9 21 * *")
    try:
        wait_for(lambda: "next run at" in read_logs(tmp_path / "options")[1])
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(30) == 0, read_logs(tmp_path / "options")
    finally:
        proc.kill()
        proc.wait()
    engine = open_store(db_url)
    scheduler = create_scheduler(engine, "Asia/Shanghai", scheduler_class=ManualScheduler, executor=DebugExecutor())
    scheduler.start(paused=True)
    try:
        kwargs = dict(scheduler.get_job(JOB_ID).kwargs)
    finally:
        scheduler.shutdown()
        engine.dispose()
    here = work.resolve()
    assert kwargs.pop("since")
    assert kwargs == {"db_url": db_url, "targets": str(here / "targets"), "actuals": str(here / "actuals"),
                      "out": str(here / "out" / "reports"), "config": str(here / "conf" / "settings.toml"),
                      "lang": "en", "cron": "0 9 21 * *", "timezone": "Asia/Shanghai"}


def test_the_real_scheduler_catches_up_a_run_missed_before_it_started(work, db_url, tmp_path):
    now = datetime.now(SH)
    kwargs = {**job_kwargs(work, db_url), "targets": str((work / "targets").resolve()),
              "actuals": str((work / "actuals").resolve()), "out": str((work / "reports").resolve())}
    off_since = now - timedelta(days=40)  # set up 40 days ago, then the machine was off
    with time_machine.travel(off_since, tick=False):
        stop(start(db_url, kwargs))
    due = months_due(parse_cron("0 9 20 * *", "Asia/Shanghai"), off_since, now, set())
    assert due  # 40 days always span a 20th

    proc = schedule_process(work, db_url, tmp_path / "catch-up")
    try:
        wait_for(lambda: len([r for r in runs_made(db_url) if r[2] != "running"]) == len(due), timeout=120)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(60) == 0
    finally:
        proc.kill()
        proc.wait()
    assert runs_made(db_url) == [(m.iso(), "schedule", "ok") for m in due]
