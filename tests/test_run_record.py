"""Every `tracker run` on record: ok, problems, skipped (with the run it matched), failed (with
its reason and, for an internal error, its traceback), and how `tracker runs` shows them."""

from __future__ import annotations

import json

import pytest
from rich.cells import cell_len

from tracker.monthly import RunFailed, run_month
from tracker.periods import parse_month
from tracker.store import get_run, list_runs

from test_monthly import CSV_HEAD, cli, folders, monthly, read_logs, work, write  # noqa: F401 - fixtures

BAD_ROW = CSV_HEAD + "江西省,规上工业营业收入,2024年1-5月,abc,亿元,累计值\n"


def tracker(work, db_url, tmp_path, *args: str) -> tuple[int, str, str]:
    p = cli(work, db_url, *args, log=tmp_path / "cmd")
    p.wait(120)
    out, err = read_logs(tmp_path / "cmd")
    return p.returncode, out, err


def test_each_outcome_is_recorded(engine, work):
    ok = monthly(engine, work)
    skipped = monthly(engine, work)
    write(work / "actuals" / "c-bad.csv", BAD_ROW)
    problems = monthly(engine, work)
    (work / "blocked").write_text("a file where the reports folder should be")
    with pytest.raises(RunFailed):
        run_month(engine, folders(work, out="blocked"), as_of=parse_month("2024-06"), force=True)
    runs = list(reversed(list_runs(engine)))
    assert [(r.outcome, r.matched_run) for r in runs] == [
        ("ok", None), ("skipped", ok.run.id), ("problems", None), ("failed", None)]
    assert skipped.run.id == runs[1].id and skipped.skipped
    assert [p.file for p in runs[2].problems] == ["c-bad.csv"] and problems.exit_code == 1
    # a recorded problem is said in either language, as when the run found it
    (kept,) = runs[2].problems
    assert (kept.text("zh"), kept.text("en")) == (problems.problems[0].text("zh"), problems.problems[0].text("en"))
    assert kept.text("zh") != kept.text("en")
    failed = runs[3]
    assert "blocked" in failed.error
    assert failed.traceback.startswith("Traceback (most recent call last):")
    assert "NotADirectoryError" in failed.traceback or "FileExistsError" in failed.traceback


def test_an_internal_error_keeps_its_traceback_shown_by_runs_show(engine, work, db_url, tmp_path):
    # The reports folder lies inside a file: the run cannot write its report (an OSError
    # where the code expected none), and the command reads the traceback back from the store.
    (work / "blocked").write_text("not a folder")
    code, _, err = tracker(work, db_url, tmp_path, "run", "--as-of", "2024-06", "--out", "blocked/reports",
                           "--lang", "en")
    assert code == 3
    (run,) = list_runs(engine)
    assert run.outcome == "failed" and f"tracker runs --show {run.id}" in err
    assert "failed: " in err and "blocked" in err
    code, out, _ = tracker(work, db_url, tmp_path, "runs", "--show", str(run.id), "--lang", "en")
    assert code == 0
    assert "traceback of the internal error:" in out and "Traceback (most recent call last):" in out
    code, out, _ = tracker(work, db_url, tmp_path, "runs", "--show", str(run.id), "--json")
    (data,) = json.loads(out)
    assert data["outcome"] == "failed" and data["traceback"] == run.traceback
    code, _, err = tracker(work, db_url, tmp_path, "runs", "--show", "99")
    assert code == 1 and "没有运行 #99" in err


def test_runs_in_chinese_english_and_json(engine, work, db_url, tmp_path):
    first = monthly(engine, work)
    monthly(engine, work)
    code, out, _ = tracker(work, db_url, tmp_path, "runs", "--long")
    assert code == 0
    assert out.splitlines()[0].split()[:4] == ["运行", "#2", "2024-06", "跳过"]
    assert f"无新数据，与运行 #{first.run.id} 相同" in out and "成功" in out and "手动" in out
    code, out, _ = tracker(work, db_url, tmp_path, "runs", "--lang", "en", "--long")
    blocks = out.split("\n\n")
    assert blocks[0].splitlines()[0].split()[:4] == ["run", "#2", "2024-06", "skipped"]
    assert f"nothing new since run #{first.run.id}" in blocks[0]
    assert blocks[1].splitlines()[0].split()[:4] == ["run", "#1", "2024-06", "ok"]
    assert "2 file(s) imported" in blocks[1] and "report:" in blocks[1]
    code, out, _ = tracker(work, db_url, tmp_path, "runs", "--json")
    data = json.loads(out)
    assert [(r["id"], r["outcome"], r["matched_run"]) for r in data] == [(2, "skipped", 1), (1, "ok", None)]
    assert data[1]["files_imported"] == 2 and sum(data[1]["counts"].values()) == 2
    code, out, _ = tracker(work, db_url, tmp_path, "runs", "--limit", "1", "--json")
    assert [r["id"] for r in json.loads(out)] == [2]


def test_run_and_runs_fit_80_columns_without_breaking_words(engine, work, db_url, tmp_path):
    for i in range(6):  # many problems and statuses make long lines
        write(work / "actuals" / f"bad-{i}.csv", BAD_ROW)
    for lang in ("zh", "en"):
        code, out, err = tracker(work, db_url, tmp_path, "run", "--as-of", "2024-06", "--lang", lang, "--force")
        assert code == 1
        code2, runs_out, _ = tracker(work, db_url, tmp_path, "runs", "--lang", lang)
        for text in (out, runs_out):
            for line in text.splitlines():
                assert cell_len(line) <= 80 or " " not in line.strip(), line
            assert "file\n" not in text and "\n(s)" not in text, text
    (run, *_) = list_runs(engine)
    assert get_run(engine, run.id).outcome == "problems"


def test_runs_lists_one_line_a_run_with_its_as_of_month_first(engine, work, db_url, tmp_path):
    """`tracker runs` as the command line promises it: newest first, one a line, its as-of month first."""
    first = monthly(engine, work)
    monthly(engine, work)
    for lang in ("zh", "en"):
        code, out, _ = tracker(work, db_url, tmp_path, "runs", "--lang", lang)
        lines = out.splitlines()
        assert code == 0 and len(lines) == 2
        assert [line.split()[:2] for line in lines] == [["2024-06", "#2"], ["2024-06", f"#{first.run.id}"]]
        assert all(cell_len(line) <= 80 for line in lines)
    assert "跳过" in tracker(work, db_url, tmp_path, "runs")[1].splitlines()[0]
