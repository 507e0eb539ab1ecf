"""The run options: one value from `tracker run` / `tracker schedule` down to the run, and the job store's form of it."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tracker.cli import cli, run_options
from tracker.run_options import RunOptions
from tracker.schedule import job_kwargs


def test_the_defaults_are_the_command_lines():
    assert RunOptions() == RunOptions(Path("targets"), Path("actuals"), Path("reports"), None, "zh")
    defaults = {p.name: p.default for p in cli.commands["run"].params}
    assert (defaults["targets_dir"], defaults["actuals_dir"], defaults["out_dir"], defaults["config"],
            defaults["lang"]) == (Path("targets"), Path("actuals"), Path("reports"), None, "zh")


def test_options_are_frozen():
    with pytest.raises(AttributeError):
        RunOptions().lang = "en"


def test_the_job_keeps_absolute_paths_as_plain_strings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    here = Path.cwd()  # tmp_path as the process sees it (resolved)
    options = RunOptions(Path("t"), Path("a"), Path("out/r"), Path("conf/tracker.toml"), "en")
    kept = options.job_kwargs()
    assert kept == {"targets": str(here / "t"), "actuals": str(here / "a"), "out": str(here / "out" / "r"),
                    "config": str(here / "conf" / "tracker.toml"), "lang": "en"}
    assert RunOptions().job_kwargs()["config"] is None
    assert pickle.loads(pickle.dumps(kept)) == kept and json.loads(json.dumps(kept)) == kept
    assert all(v is None or type(v) is str for v in kept.values())


def test_a_job_gives_back_its_options(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    options = RunOptions(Path("t"), Path("a"), Path("r"), Path("c.toml"), "en")
    back = RunOptions.from_job(**options.job_kwargs())
    assert back == RunOptions(Path.cwd() / "t", Path.cwd() / "a", Path.cwd() / "r", Path.cwd() / "c.toml", "en")
    assert RunOptions.from_job(**RunOptions().job_kwargs()).config is None


def test_a_job_stored_by_an_earlier_version_reads_as_before():
    """The keywords the job store held before RunOptions existed (serve() wrote them by hand)."""
    stored = {"targets": "/srv/plan/targets", "actuals": "/srv/plan/actuals", "out": "/srv/plan/reports",
              "config": "/srv/plan/tracker.toml", "lang": "en"}
    assert RunOptions.from_job(**stored) == RunOptions(
        Path("/srv/plan/targets"), Path("/srv/plan/actuals"), Path("/srv/plan/reports"),
        Path("/srv/plan/tracker.toml"), "en")
    assert RunOptions.from_job(**{**stored, "config": None, "lang": "zh"}).config is None
    stored.pop("lang"), stored.pop("config")  # optional, as scheduled_run's keywords were
    assert RunOptions.from_job(**stored).lang == "zh"
    with pytest.raises(TypeError):
        RunOptions.from_job(**stored, cron="0 9 20 * *")  # the schedule's own keywords are not options


def test_the_schedules_job_kwargs_are_those_of_the_earlier_version(tmp_path):
    options = RunOptions(tmp_path / "t", tmp_path / "a", tmp_path / "r", None, "zh")
    assert job_kwargs(options, db_url="sqlite:///x.db", cron="0 9 20,25 * *", timezone="Asia/Tokyo") == {
        "db_url": "sqlite:///x.db", "targets": str((tmp_path / "t").resolve()),
        "actuals": str((tmp_path / "a").resolve()), "out": str((tmp_path / "r").resolve()), "config": None,
        "lang": "zh", "cron": "0 9 20,25 * *", "timezone": "Asia/Tokyo"}


# -- the shared click options ------------------------------------------------------------------


@click.command()
@click.option("--first", default="1")
@run_options
@click.option("--last", default="9")
def probe(first, options, db, last):
    click.echo(json.dumps({"first": first, "last": last, "db": db, "type": type(options).__name__,
                           "options": {k: str(v) for k, v in vars(options).items()}}))


def test_the_shared_options_give_one_value_and_the_store():
    got = CliRunner().invoke(probe, ["--targets", "t", "--actuals", "a", "--out", "o", "--db", "sqlite:///s.db",
                                     "--config", "c.toml", "--lang", "en", "--last", "x"])
    assert got.exit_code == 0, got.output
    assert json.loads(got.output) == {
        "first": "1", "last": "x", "db": "sqlite:///s.db", "type": "RunOptions",
        "options": {"targets_dir": "t", "actuals_dir": "a", "out_dir": "o", "config": "c.toml", "lang": "en"}}
    got = CliRunner().invoke(probe, [])
    assert json.loads(got.output)["options"] == {"targets_dir": "targets", "actuals_dir": "actuals",
                                                 "out_dir": "reports", "config": "None", "lang": "zh"}
    assert json.loads(got.output)["db"] is None


def test_the_shared_options_keep_their_place_in_the_help():
    names = [p.opts[0] for p in probe.params]
    assert names == ["--first", "--targets", "--actuals", "--out", "--db", "--config", "--lang", "--last"]
    assert [p.opts[0] for p in cli.commands["run"].params] == [
        "--as-of", "--targets", "--actuals", "--out", "--db", "--config", "--lang", "--force", "--wait"]
    assert [p.opts[0] for p in cli.commands["schedule"].params] == [
        "--cron", "--timezone", "--targets", "--actuals", "--out", "--db", "--config", "--lang"]


def test_the_shared_options_refuse_a_bad_language():
    got = CliRunner().invoke(probe, ["--lang", "fr"])
    assert got.exit_code == 2 and "'fr' is not one of 'zh', 'en'" in got.output
