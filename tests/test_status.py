"""`tracker status`: the last run, the newest release per file family, the goals awaiting figures,
late data, and the next scheduled run (from the scheduler's job, else the default schedule)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import time_machine
from rich.cells import cell_len

from tracker.config import Settings
from tracker.notify import NotifyConfig
from tracker.status import file_family, newest_releases, status_lines, store_status

from test_monthly import CSV_HEAD, cli, monthly, read_logs, work, write  # noqa: F401 - fixtures
from test_schedule import at, job_kwargs, start, stop

SH = ZoneInfo("Asia/Shanghai")


def test_file_families_are_names_without_a_leading_date():
    assert file_family("2024-09_规上工业.xlsx") == ("规上工业.xlsx", "2024-09")
    assert file_family("20241031-规上工业.xlsx") == ("规上工业.xlsx", "2024-10-31")
    assert file_family("2024-09-30 规上工业.xlsx") == ("规上工业.xlsx", "2024-09-30")
    assert file_family("南昌/2024-09.csv") == ("南昌/*.csv", "2024-09")
    assert file_family("规上工业.xlsx") == ("规上工业.xlsx", None)
    assert file_family("2024_规上工业.xlsx") == ("2024_规上工业.xlsx", None)  # a year is not a release
    assert file_family("2024-13_规上工业.xlsx") == ("2024-13_规上工业.xlsx", None)  # no month 13


def test_the_newest_release_of_each_family(tmp_path):
    for name in ("2024-08_工业.csv", "2024-09_工业.csv", "20241031-工业.csv", "价格.csv", "2024-07_价格.csv",
                 "sub/2024-01_人口.csv"):
        write(tmp_path / name, CSV_HEAD)
    found = {(r.family, r.name, r.release) for r in newest_releases(tmp_path)}
    assert found == {("工业.csv", "20241031-工业.csv", "2024-10-31"), ("价格.csv", "2024-07_价格.csv", "2024-07"),
                     ("sub/人口.csv", "sub/2024-01_人口.csv", "2024-01")}


def test_status_of_a_store(engine, work, db_url):
    write(work / "actuals" / "2024-06_工业.csv", CSV_HEAD)
    (work / "actuals" / "b-growth.csv").unlink()  # the growth goal has no figure: it awaits one
    monthly(engine, work)
    monthly(engine, work)
    now = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
    found = store_status(engine, work / "actuals", Settings(), now)
    assert (found.last_run.outcome, found.judged_by.outcome) == ("skipped", "problems")
    assert found.awaiting == (("jx-growth-2024", "no_data"),)
    assert {(r.family, r.release) for r in found.releases} == {("工业.csv", "2024-06"), ("a-revenue.csv", None)}
    assert (found.next_run, found.next_from_job) == (datetime(2026, 12, 20, 9, tzinfo=SH), False)
    assert not found.late
    lines = status_lines(found, "en", SH)
    text = "\n".join(lines)
    assert "skipped" in text and "jx-growth-2024: no data" in text and "工业.csv: 2024-06_工业.csv (2024-06)" in text
    assert "next scheduled run: 2026-12-20 09:00 (the default schedule" in " ".join(text.split())
    # late: a late_day passed with no file imported this month
    late = store_status(engine, work / "actuals", Settings(notify=NotifyConfig(late_day=2)),
                        datetime(2027, 1, 5, tzinfo=UTC))
    assert late.late and "no new actuals file by day 2" in " ".join(" ".join(status_lines(late, "en", SH)).split())


def test_the_next_run_comes_from_the_schedulers_job(engine, work, db_url):
    with time_machine.travel(at(2024, 7, 15, 10), tick=False):
        stop(start(db_url, {**job_kwargs(work, db_url), "cron": "30 8 5 * *"}))
    found = store_status(engine, work / "actuals", Settings(), datetime(2024, 7, 16, tzinfo=UTC))
    assert (found.next_run, found.next_from_job) == (at(2024, 8, 5, 8, 30), True)
    assert "下次定时运行：2024-08-05 08:30（取自调度器的任务）" in "\n".join(status_lines(found, "zh", SH))


def test_status_on_the_command_line_fits_80_columns(engine, work, db_url, tmp_path):
    monthly(engine, work)
    for lang in ("zh", "en"):
        p = cli(work, db_url, "status", "--lang", lang, log=tmp_path / "st")
        p.wait(120)
        out, err = read_logs(tmp_path / "st")
        assert p.returncode == 0, err
        assert ("最近一次运行" if lang == "zh" else "last run") in out
        for line in out.splitlines():
            assert cell_len(line) <= 80 or " " not in line.strip(), line
