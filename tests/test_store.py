"""The store on a real database: schema upgrades, imports with revisions, runs, locks.

Every test runs on a SQLite file and, with TRACKER_TEST_PG_URL set, on PostgreSQL.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import inspect, select, text

from tracker.figure import Cell, Figure, Measure
from tracker.model import Evaluation, Kind, Status
from tracker.periods import Period
from tracker.problems import Problem
from tracker.store import (
    SCHEMA_VERSION,
    LockBusy,
    StoreError,
    abandon_stale_runs,
    begin_run,
    current_figures,
    done_months,
    fail_run,
    figure_counts,
    figure_history,
    finish_run,
    import_file,
    last_done_run,
    latest_imports,
    list_runs,
    open_store,
    previous_statuses,
    resolve_url,
    status_history,
    store_lock,
)
from tracker.store import schema
from tracker.store.schema import MIGRATIONS, figures as figures_t


def fig(value, period="2024-01/2024-06", region="江西省", indicator="规上工业营业收入", unit="亿元",
        source=None, file="a.csv", measure=Measure.VALUE) -> Figure:
    """A figure of ``file`` at ``source`` (its text, or the place in the file; line 2 when not given)."""
    p = Period.of(*map(int, period.split("/")[0].split("-")), *map(int, period.split("/")[1].split("-"))) \
        if "/" in period else Period.year_of(int(period))
    return Figure(region, indicator, p, measure, value, unit, Cell(file, None, 2, -1) if source is None else Cell.parse(source, file), file)


def ev(target_id: str, status: Status) -> Evaluation:
    return Evaluation(id=target_id, status=status, region="江西省", indicator="规上工业营业收入", kind=Kind.LEVEL)


def imp(engine, path, figures, *, sha="0" * 64, problems=(), run_id=None):
    return import_file(engine, path=path, sha256=sha, size=1, figures_read=figures, problems=problems,
                       placeholders=0, run_id=run_id)


# -- schema ------------------------------------------------------------------------


def test_a_new_store_has_every_table_and_the_current_version(engine, db_url):
    names = set(inspect(engine).get_table_names())
    assert {"schema_version", "runs", "imports", "figures", "run_evaluations"} <= names
    with engine.connect() as conn:
        assert schema.current_version(conn) == SCHEMA_VERSION
    if db_url.startswith("sqlite"):
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == schema.BUSY_TIMEOUT_MS
    # Opening again changes nothing.
    open_store(db_url).dispose()
    with engine.connect() as conn:
        assert conn.execute(select(schema.schema_version.c.version)).scalars().all() == list(
            range(1, SCHEMA_VERSION + 1))


def test_upgrade_in_place_keeps_the_data_and_refuses_a_newer_database(engine, db_url):
    imp(engine, "a.csv", [fig(100.0)])
    engine.dispose()

    def v2(conn):
        conn.execute(text("ALTER TABLE imports ADD COLUMN note VARCHAR(100)"))

    later = SCHEMA_VERSION + 1
    upgraded = open_store(db_url, MIGRATIONS + ((later, "imports get a note", v2),))
    with upgraded.connect() as conn:
        assert schema.current_version(conn) == later
        assert conn.execute(text("SELECT path, note FROM imports")).all() == [("a.csv", None)]
    assert [f.value for f in current_figures(upgraded)] == [100.0]
    upgraded.dispose()
    with pytest.raises(StoreError, match=f"schema version {later}, newer than this tracker understands"):
        open_store(db_url)


def test_a_failing_migration_changes_nothing(engine, db_url):
    engine.dispose()

    def broken(conn):
        conn.execute(text("CREATE TABLE half_done (id INTEGER PRIMARY KEY)"))
        conn.execute(text("SELECT no_such_column FROM imports"))

    with pytest.raises(StoreError, match="cannot open the store"):
        open_store(db_url, MIGRATIONS + ((SCHEMA_VERSION + 1, "broken", broken),))
    again = open_store(db_url)
    assert "half_done" not in inspect(again).get_table_names()
    with again.connect() as conn:
        assert schema.current_version(conn) == SCHEMA_VERSION
    again.dispose()


def test_the_database_url_comes_from_the_option_then_the_environment_then_the_settings(monkeypatch):
    monkeypatch.delenv("TRACKER_DB", raising=False)
    assert resolve_url() == "sqlite:///.tracker/tracker.db"
    assert resolve_url(None, "sqlite:////srv/t.db") == "sqlite:////srv/t.db"
    monkeypatch.setenv("TRACKER_DB", "postgresql://u:p@db/tracker")
    assert resolve_url(None, "sqlite:////srv/t.db") == "postgresql+psycopg://u:p@db/tracker"
    assert resolve_url("data/t.db", "sqlite:////srv/t.db") == "sqlite:///data/t.db"


def test_unsupported_or_in_memory_databases_are_refused_with_a_message():
    with pytest.raises(StoreError, match="unsupported database 'mysql'"):
        open_store("mysql://x@localhost/t")
    with pytest.raises(StoreError, match="in-memory"):
        open_store("sqlite://")


# -- imports and revisions -----------------------------------------------------------


def test_figures_come_back_exactly_as_they_were_read(engine):
    read = [
        fig(1234.5678901234567, source="a.xlsx!数据!D7", file="a.xlsx"),
        fig(9.1, period="2023", measure=Measure.YOY, source="a.xlsx!数据!D8", file="a.xlsx"),
        fig(-0.3, region="南昌高新区", unit="%", measure=Measure.YOY, source="sub/b.csv:3", file="sub/b.csv"),
    ]
    record = imp(engine, "a.xlsx", read)
    assert (record.outcome, record.figures, record.new, record.revised) == ("ok", 3, 3, 0)
    assert sorted(current_figures(engine), key=lambda f: str(f.source)) == sorted(read, key=lambda f: str(f.source))


def test_sources_in_several_files_and_sheets_of_one_import_come_back_as_read(engine):
    read = [
        fig(1.0, period="2021", source="数据!D7", file="a.xlsx"),
        fig(2.0, period="2022", source="a.xlsx!数据!D8", file="a.xlsx"),
        fig(3.0, period="2023", source="b.csv:4", file="b.csv", unit="万元"),
        fig(4.0, period="2024", source="line 5", file=""),
        fig(5.0, period="2020", source="a.xlsx!数据!D9", file="a.xlsx", measure=Measure.YOY, unit="%"),
    ]
    assert imp(engine, "a.xlsx", read).new == 5
    assert sorted(current_figures(engine), key=lambda f: f.value) == read
    # Read again as they are: nothing new; moved to other places: replaced, still not revisions.
    assert (imp(engine, "a.xlsx", read).new, figure_counts(engine)) == (0, (5, 0))
    moved = [fig(1.0, period="2021", source="a.xlsx!数据!E7", file="a.xlsx"),
             fig(4.0, period="2024", source="c.csv:5", file="c.csv")]
    record = imp(engine, "a.xlsx", moved)
    assert (record.new, record.revised) == (0, 0)
    assert {f.period.iso(): str(f.source) for f in current_figures(engine)} == {
        "2021": "a.xlsx!数据!E7", "2022": "a.xlsx!数据!D8", "2023": "b.csv:4", "2024": "c.csv:5", "2020": "a.xlsx!数据!D9"}
    assert figure_counts(engine) == (5, 2)


def test_figures_read_by_several_processes_come_back_as_read_by_one(engine, monkeypatch):
    """A large store is read by forked processes, each over its own connection and its own
    run of imports; the figures come back in import order, revisions and all."""
    from tracker.ingest.parallel import fork_context
    from tracker.store import figures as store_figures

    if fork_context() is None:
        pytest.skip("no safe fork here")
    for k in range(6):  # six imports, each revising part of the ones before (odd years change)
        read = [fig(float(k * (y % 2) + y), period=str(y), region=f"区{r}", source=f"f{k}.csv:{y}",
                    file=f"f{k}.csv") for y in range(2000 + 4 * k, 2008 + 4 * k) for r in range(3)]
        imp(engine, f"f{k}.csv", read)
    one = current_figures(engine, workers=1)
    monkeypatch.setattr(store_figures, "MIN_PARALLEL_FIGURES", 1)
    with engine.connect() as conn:
        assert len(store_figures._import_ranges(conn, 3)) == 3
    for workers in (2, 3):
        assert current_figures(engine, workers=workers) == one
    assert any(f.revised_from is not None for f in one)
    # the store is still usable here: the children left this process's connections alone
    assert figure_counts(engine)[0] == len(one)


@pytest.mark.parametrize("url, on_disk", [
    ("sqlite:///x/tracker.db", True), ("sqlite://", False), ("sqlite:///:memory:", False),
    ("sqlite:///file:x?mode=memory&uri=true", False), ("postgresql+psycopg://u@h/db", True)])
def test_only_a_store_that_a_second_connection_sees_is_read_by_several_processes(url, on_disk):
    from sqlalchemy.engine import make_url

    from tracker.store.figures import _on_disk

    assert _on_disk(make_url(url)) == on_disk


def test_a_changed_figure_is_a_revision_and_the_old_value_is_kept_and_dated(engine):
    imp(engine, "a.csv", [fig(100.0), fig(5.0, period="2023")], sha="1" * 64)
    same = imp(engine, "a.csv", [fig(100.0), fig(5.0, period="2023")], sha="2" * 64)
    assert (same.new, same.revised) == (0, 0)
    assert figure_counts(engine) == (2, 0)

    later = imp(engine, "a.csv", [fig(101.5), fig(5.0, period="2023")], sha="3" * 64)
    assert (later.new, later.revised) == (0, 1)
    now = {f.period.iso(): f for f in current_figures(engine)}
    assert now["2024-01/2024-06"].value == 101.5
    assert now["2024-01/2024-06"].revised_from == 100.0
    assert now["2023"].revised_from is None

    history = [h for h in figure_history(engine, ["江西省"], ["规上工业营业收入"]) if h.figure.period.iso() != "2023"]
    assert [(h.figure.value, h.in_use) for h in history] == [(100.0, False), (101.5, True)]
    assert history[0].superseded_at == later.imported_at
    assert history[1].recorded_at == later.imported_at
    assert figure_counts(engine) == (2, 1)


def test_the_same_value_from_another_place_is_not_a_revision_but_names_its_new_source(engine):
    imp(engine, "a.csv", [fig(100.0)])
    moved = imp(engine, "b.csv", [fig(100.0, source="b.csv:9", file="b.csv")])
    assert (moved.new, moved.revised) == (0, 0)
    (f,) = current_figures(engine)
    assert (str(f.source), f.file, f.revised_from) == ("b.csv:9", "b.csv", None)
    # The same quantity in another unit is not a revision either.
    again = imp(engine, "c.csv", [fig(1_000_000.0, unit="万元", source="c.csv:2", file="c.csv")])
    assert again.revised == 0


def test_a_file_with_problems_is_recorded_but_none_of_its_figures_are_used(engine):
    problem = Problem("bad.csv", "line 3", "not a number: 'abc'", "bad-number")
    record = imp(engine, "bad.csv", [fig(1.0, file="bad.csv")], problems=[problem])
    assert record.outcome == "problems"
    assert current_figures(engine) == ()
    assert latest_imports(engine)["bad.csv"].problems == (problem,)


def test_a_file_is_imported_all_or_nothing(engine):
    good = fig(1.0)
    broken = fig(None, period="2023")  # NOT NULL value: the database refuses the second row
    with pytest.raises(Exception):
        imp(engine, "a.csv", [good, broken])
    assert current_figures(engine) == ()
    assert latest_imports(engine) == {}


# -- runs ------------------------------------------------------------------------------


def test_runs_are_listed_newest_first_and_a_month_is_done_once_reported(engine):
    r1 = begin_run(engine, "2024-09", "schedule", "d")
    finish_run(engine, r1, evaluations=[ev("a", Status.ON_TRACK), ev("b", Status.AT_RISK)], problems=[],
               report_path="reports/2024-09/x.xlsx", files_imported=2, revisions=0)
    r2 = begin_run(engine, "2024-10", "cli", "d")
    fail_run(engine, r2, "OSError: disk full")
    r3 = begin_run(engine, "2024-10", "cli", "d")
    done = finish_run(engine, r3, evaluations=[ev("a", Status.OFF_TRACK), ev("b", Status.AT_RISK)],
                      problems=[Problem("x.csv", "line 2", "bad")], report_path="r.xlsx",
                      files_imported=0, revisions=0)
    assert done.outcome == "problems" and done.counts == {"off_track": 1, "at_risk": 1}
    assert [(r.id, r.as_of, r.outcome) for r in list_runs(engine)] == [
        (r3, "2024-10", "problems"), (r2, "2024-10", "failed"), (r1, "2024-09", "ok")]
    assert list_runs(engine)[1].error == "OSError: disk full"
    assert last_done_run(engine, "2024-10").id == r3
    assert done_months(engine) == {"2024-09", "2024-10"}
    run, statuses = previous_statuses(engine, "2024-10")
    assert run.id == r1 and statuses == {"a": "on_track", "b": "at_risk"}
    assert [(r.as_of, data["status"]) for r, data in status_history(engine, "a")] == [
        ("2024-09", "on_track"), ("2024-10", "off_track")]


def test_a_run_left_running_by_a_dead_process_is_closed_as_interrupted(engine):
    stale = begin_run(engine, "2024-10", "schedule", None)
    assert [r.id for r in abandon_stale_runs(engine)] == [stale]
    (r,) = list_runs(engine)
    assert r.outcome == "failed" and r.error.startswith("interrupted")
    assert abandon_stale_runs(engine) == []


# -- locks -----------------------------------------------------------------------------


def test_the_run_lock_excludes_a_second_holder_until_released(engine):
    with store_lock(engine, "run"):
        waited = []
        started = time.monotonic()
        with pytest.raises(LockBusy):
            with store_lock(engine, "run", wait=0.5, on_wait=lambda: waited.append(True)):
                pass
        assert waited == [True] and time.monotonic() - started >= 0.5
        with store_lock(engine, "scheduler"):  # another name is another lock
            pass
    with store_lock(engine, "run"):
        pass


def test_a_lock_held_by_a_killed_process_comes_free(engine, db_url, tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from tracker.store import open_store, store_lock
            with store_lock(open_store({db_url!r}), "run"):
                print("held", flush=True)
                time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LockBusy):
            with store_lock(engine, "run", wait=0):
                pass
        holder.kill()
        holder.wait(10)
        with store_lock(engine, "run", wait=10):
            pass
    finally:
        holder.kill()
        holder.wait()


def test_figures_table_allows_one_value_in_use_per_key(engine):
    imp(engine, "a.csv", [fig(1.0)])
    with engine.connect() as conn:
        row = conn.execute(select(figures_t)).one()._asdict()
    row.pop("id")
    with pytest.raises(Exception):
        with engine.begin() as conn:
            conn.execute(figures_t.insert().values(**row))
