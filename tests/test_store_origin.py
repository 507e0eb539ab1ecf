"""The figures' 来源 text: read from a long table's source column, kept through the store, shown in the report."""

from __future__ import annotations

from sqlalchemy import inspect

from tracker.ingest import read_actuals_file
from tracker.store import current_figures, open_store
from tracker.store import migrations

from test_cli import gansu_workbook
from test_store import fig, imp


def test_a_long_tables_source_column_becomes_the_figures_origin(tmp_path):
    gansu_workbook(tmp_path / "gansu.xlsx")  # 来源: 省统计局 on both rows
    result = read_actuals_file(tmp_path / "gansu.xlsx", tmp_path)
    assert [(str(f.source), f.origin) for f in result.figures] == [
        ("gansu.xlsx!Sheet1!E6", "省统计局"), ("gansu.xlsx!Sheet1!E7", "省统计局")]
    assert result.figures[0].origin is result.figures[1].origin  # one string for the table


def test_a_wide_tables_source_column_too(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("地区,指标,单位,2024年1-6月,2024年1-9月,来源\n"
                    "南昌市,工业投资,亿元,600,900,市统计局\n"
                    "九江市,工业投资,亿元,300,,\n", encoding="utf-8")
    result = read_actuals_file(path, tmp_path)
    assert not result.problems
    assert {(f.region, f.period.iso(), f.origin) for f in result.figures} == {
        ("南昌市", "2024-01/2024-06", "市统计局"), ("南昌市", "2024-01/2024-09", "市统计局"),
        ("九江市", "2024-01/2024-06", None)}


def test_origins_come_back_from_the_store(engine):
    read = [fig(1.0, source="a.csv:2")._replace(origin="省统计局"),
            fig(2.0, period="2023", source="a.csv:3")._replace(origin="省统计局"),
            fig(3.0, region="南昌市", source="a.csv:4"),
            fig(4.0, region="九江市", source="a.csv:5")._replace(origin="市统计局")]
    imp(engine, "a.csv", read)
    assert sorted(current_figures(engine), key=lambda f: f.source.row) == read
    # a revision keeps the origin of the new figure
    imp(engine, "a.csv", [fig(1.5, source="a.csv:2")._replace(origin="省统计局（修订）")], sha="1" * 64)
    changed = next(f for f in current_figures(engine) if str(f.source) == "a.csv:2")
    assert (changed.value, changed.revised_from, changed.origin) == (1.5, 1.0, "省统计局（修订）")


def test_a_version_2_store_gains_the_column(db_url):
    engine = open_store(db_url, migrations.MIGRATIONS[:2])
    assert "origin_id" not in {c["name"] for c in inspect(engine).get_columns("figures")}
    engine.dispose()
    engine = open_store(db_url)
    try:
        assert "origin_id" in {c["name"] for c in inspect(engine).get_columns("figures")}
        imp(engine, "a.csv", [fig(1.0), fig(2.0, period="2023", source="a.csv:3")._replace(origin="省统计局")])
        assert [f.origin for f in current_figures(engine)] == [None, "省统计局"]
    finally:
        engine.dispose()


# -- each goal's statuses in the months before (连续N个月滞后) -----------------------

from tracker.model import Status  # noqa: E402
from tracker.store import begin_run, earlier_statuses, fail_run, finish_run  # noqa: E402

from test_store import ev  # noqa: E402


def _run(engine, as_of, statuses, *, failed=False):
    rid = begin_run(engine, as_of, "cli", None)
    if failed:
        fail_run(engine, rid, "boom")
        return rid
    finish_run(engine, rid, evaluations=[ev(t, s) for t, s in statuses.items()], problems=[], report_path="x",
               files_imported=0, revisions=0)
    return rid


def test_earlier_statuses_newest_month_first(engine):
    _run(engine, "2024-06", {"a": Status.ON_TRACK, "b": Status.AT_RISK})
    _run(engine, "2024-07", {"a": Status.OFF_TRACK, "b": Status.ON_TRACK})
    _run(engine, "2024-08", {"a": Status.ON_TRACK, "b": Status.ON_TRACK})  # replaced by the run after it
    _run(engine, "2024-08", {"a": Status.AT_RISK, "b": Status.OFF_TRACK, "c": Status.AT_RISK})
    _run(engine, "2024-08", {"a": Status.ACHIEVED}, failed=True)  # a failed run counts for nothing
    _run(engine, "2024-09", {"a": Status.MISSED})  # not before the month asked for
    found = earlier_statuses(engine, "2024-09", 2)
    assert found == {"a": ["at_risk", "off_track"], "b": ["off_track", "on_track"], "c": ["at_risk"]}
    assert earlier_statuses(engine, "2024-09", 3)["b"] == ["off_track", "on_track", "at_risk"]
    assert earlier_statuses(engine, "2024-06", 2) == {}
