"""Schema upgrades of real stores: a store made by an older version keeps its figures and history.

Every test runs on a SQLite file and, with TRACKER_TEST_PG_URL set, on PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import inspect, insert

from tracker.figure import Cell, Figure, Measure
from tracker.periods import Period
from tracker.store import (
    SCHEMA_VERSION,
    current_figures,
    figure_counts,
    figure_history,
    import_file,
    open_store,
    series_names,
)
from tracker.store import migrations, schema

T1 = datetime(2024, 7, 20, 1, 2, 3, 456789, tzinfo=UTC)
T2 = datetime(2024, 8, 20, 1, 2, 3, tzinfo=UTC)
H1 = Period.of(2024, 1, 2024, 6)
Y23 = Period.year_of(2023)
A2, A3 = Cell("a.csv", None, 2, -1), Cell("a.csv", None, 3, -1)
B_D7 = Cell("sub/b.xlsx", "数据", 7, 3)  # kept as "数据!D7" without its file, read as a place in it


def _v1_store(db_url: str):
    """A store at schema version 1 with two imports, one revision, and a source that does not name its file."""
    engine = open_store(db_url, migrations.MIGRATIONS[:1])
    imports, figures = migrations.v1.tables["imports"], migrations.v1_figures
    common = dict(size=1, outcome="ok", placeholders=0, problems="[]", run_id=None)

    def row(region, indicator, period, measure, value, unit, source, file, import_id, recorded_at,
            revised_from=None, superseded_at=None, superseded_by=None):
        return dict(region=region, indicator=indicator, period_start=period.start, period_end=period.end,
                    measure=measure, value=value, unit=unit, source=source, file=file, import_id=import_id,
                    recorded_at=recorded_at, revised_from=revised_from, superseded_at=superseded_at,
                    superseded_by=superseded_by)

    with engine.begin() as conn:
        first, second, third = (
            conn.execute(insert(imports).values(path=path, sha256=sha, imported_at=at, figures=n, new=new,
                                                revised=revised, **common).returning(imports.c.id)).scalar_one()
            for path, sha, at, n, new, revised in (("a.csv", "1" * 64, T1, 2, 2, 0), ("a.csv", "2" * 64, T2, 2, 0, 1),
                                                   ("sub/b.xlsx", "3" * 64, T2, 1, 1, 0)))
        assert (first, second, third) == (1, 2, 3)
        for values in (  # one at a time, as version 1 inserted them
            row("江西省", "规上工业营业收入", H1, "value", 100.0, "亿元", "a.csv:2", "a.csv", 1, T1,
                superseded_at=T2, superseded_by=2),
            row("江西省", "规上工业增加值", Y23, "yoy", 4.8, "%", "a.csv:3", "a.csv", 1, T1),
            row("江西省", "规上工业营业收入", H1, "value", 101.5, "亿元", "a.csv:2", "a.csv", 2, T2,
                revised_from=100.0),
            row("南昌市", "规上工业营业收入", H1, "value", 1234.5678901234567, "万元", "数据!D7", "sub/b.xlsx", 3, T2),
        ):
            conn.execute(insert(figures).values(**values))
    engine.dispose()


def test_a_version_1_store_upgrades_in_place_and_keeps_its_figures_and_history(db_url):
    _v1_store(db_url)
    engine = open_store(db_url)
    try:
        with engine.connect() as conn:
            assert schema.current_version(conn) == SCHEMA_VERSION
        assert set(current_figures(engine)) == {
            Figure("江西省", "规上工业增加值", Y23, Measure.YOY, 4.8, "%", A3, "a.csv"),
            Figure("江西省", "规上工业营业收入", H1, Measure.VALUE, 101.5, "亿元", A2, "a.csv", 100.0),
            Figure("南昌市", "规上工业营业收入", H1, Measure.VALUE, 1234.5678901234567, "万元", B_D7, "sub/b.xlsx"),
        }
        assert figure_counts(engine) == (3, 1)
        assert series_names(engine) == {("江西省", "规上工业营业收入"), ("江西省", "规上工业增加值"),
                                         ("南昌市", "规上工业营业收入")}
        history = figure_history(engine, ["江西省"], ["规上工业营业收入"])
        assert [(h.figure.value, h.figure.revised_from, h.import_id, h.recorded_at, h.superseded_at)
                for h in history] == [(100.0, None, 1, T1, T2), (101.5, 100.0, 2, T2, None)]

        # Imports go on where the old ones stopped: the next revision, with ids after the copied rows.
        later = import_file(engine, path="a.csv", sha256="4" * 64, size=1, placeholders=0, run_id=None, problems=(),
                            figures_read=[Figure("江西省", "规上工业营业收入", H1, Measure.VALUE, 103.0, "亿元",
                                                 A2, "a.csv")])
        assert (later.new, later.revised) == (0, 1)
        history = figure_history(engine, ["江西省"], ["规上工业营业收入"])
        assert [(h.figure.value, h.figure.revised_from, h.in_use) for h in history] == [
            (100.0, None, False), (101.5, 100.0, False), (103.0, 101.5, True)]
        assert history[1].superseded_at == later.imported_at
        assert figure_counts(engine) == (3, 2)
    finally:
        engine.dispose()


def test_a_new_store_and_an_upgraded_one_have_the_tables_the_code_uses(db_url, tmp_path):
    _v1_store(db_url)
    engine = open_store(db_url)
    try:
        db = inspect(engine)
        assert "figures_v2" not in db.get_table_names()
        for table in schema.metadata.sorted_tables:
            columns = {c["name"]: c["nullable"] for c in db.get_columns(table.name)}
            assert columns == {c.name: c.nullable for c in table.columns}, table.name
            indexes = {i["name"] for i in db.get_indexes(table.name)}
            assert {i.name for i in table.indexes} <= indexes, table.name
    finally:
        engine.dispose()


def test_figures_in_use_are_unique_per_key_after_an_upgrade(db_url):
    _v1_store(db_url)
    engine = open_store(db_url)
    try:
        again = Figure("南昌市", "规上工业营业收入", H1, Measure.VALUE, 1234.5678901234567, "万元", B_D7, "sub/b.xlsx")
        record = import_file(engine, path="sub/b.xlsx", sha256="5" * 64, size=1, figures_read=[again, again],
                             problems=(), placeholders=0, run_id=None)
        assert (record.new, record.revised) == (0, 0)
        assert figure_counts(engine) == (3, 1)
    finally:
        engine.dispose()


def test_a_version_2_store_keeps_its_runs_and_gains_the_run_record_columns(db_url):
    """Version 4 adds matched_run, traceback and alerts to runs; the runs recorded before stay as they were."""
    from tracker.store import get_run, list_runs, record_alerts, skip_run
    from tracker.store.runs import begin_run

    engine = open_store(db_url, migrations.MIGRATIONS[:2])
    runs_v1 = migrations.v1.tables["runs"]
    with engine.begin() as conn:
        # no id given: the database numbers it, as the tracker's own inserts do (PostgreSQL's sequence
        # would not know of an id written out)
        conn.execute(insert(runs_v1).values(as_of="2024-06", trigger="schedule", started_at=T1, finished_at=T1,
                                            outcome="ok", report_path="r.xlsx", counts='{"on_track": 2}',
                                            n_problems=0, problems="[]", files_imported=2, revisions=0,
                                            inputs_digest="d" * 64, host="h", pid=7))
    engine.dispose()
    engine = open_store(db_url)
    try:
        (old,) = list_runs(engine)
        assert (old.id, old.outcome, dict(old.counts), old.matched_run, old.traceback, old.alerts) == (
            1, "ok", {"on_track": 2}, None, None, ())
        new = skip_run(engine, begin_run(engine, "2024-06", "cli", "d" * 64), matched_run=1)
        assert (new.id, new.outcome, new.matched_run) == (2, "skipped", 1)
        record_alerts(engine, 2, [{"channel": "command", "ok": True, "detail": ""}])
        assert get_run(engine, 2).alerts == ({"channel": "command", "ok": True, "detail": ""},)
    finally:
        engine.dispose()
