"""Reading actuals files in worker processes gives exactly what reading them here gives."""

from __future__ import annotations

import gc
import multiprocessing
import shutil
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

from tracker.ingest import iter_actuals_dir, read_actuals_dir, read_actuals_file
from tracker.ingest.parallel import _read_to_file, _unpack, fork_context, read_files, worker_count
from tracker.figure import pack_figures
from tracker.pipeline import load_inputs

DATA = Path(__file__).parent / "data"


def key(f):
    """A figure's key as pipeline.latest_figures and the importer's Collector make it."""
    return (f.region, f.indicator, f.period.start, f.period.end, f.measure.value == "yoy")


def write_long(path: Path, region: str, rows: int, bad_cell: str | None = None) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "数据"
    ws.append(["地区", "指标", "时间", "数值", "单位"])
    for i in range(rows):
        month = 2 + i % 11
        ws.append([region, f"指标{i // 11}", f"2024年1-{month}月", 100.0 + i, "亿元"])
    if bad_cell:
        ws[bad_cell] = "一百"
    wb.save(path)


def as_rows(results):
    return [
        (r.file, r.problems, r.placeholders, r.tables,
         [(f.region, f.indicator, f.period, f.measure, f.value, f.unit, f.source, f.file, f.revised_from)
          for f in r.figures])
        for r in results
    ]


@pytest.fixture
def actuals(tmp_path: Path) -> Path:
    root = tmp_path / "actuals"
    (root / "sub").mkdir(parents=True)
    write_long(root / "a.xlsx", "南昌市", 300)
    write_long(root / "b.xlsx", "九江市", 200, bad_cell="D7")  # a problem: the file gives no figures
    write_long(root / "sub" / "c.xlsx", "宜春市", 250)
    shutil.copy(DATA / "分省月度数据.csv", root / "d.csv")  # GB18030 CSV from the statistics bureau
    shutil.copy(DATA / "汽车制造业.xls", root / "e.xls")
    return root


def test_workers_read_the_same_figures_and_problems_in_the_same_order(actuals: Path):
    here = as_rows(read_actuals_dir(actuals, workers=1))
    paths = sorted(p for p in actuals.rglob("*") if p.is_file())
    assert [r[0] for r in here] == ["a.xlsx", "b.xlsx", "d.csv", "e.xls", "sub/c.xlsx"]
    pooled = as_rows(read_files(paths, actuals, workers=2, min_bytes=0))
    assert pooled == here
    bad = next(r for r in pooled if r[0] == "b.xlsx")
    assert bad[4] == [] and [p.place for p in bad[1]] == ["数据!D7"]
    assert sum(len(r[4]) for r in pooled) > 300 + 250  # a.xlsx and sub/c.xlsx whole, with the csv and xls


def test_on_file_is_called_for_every_file_in_order(actuals: Path):
    seen: list[str] = []
    results = list(iter_actuals_dir(actuals, on_file=lambda p: seen.append(p.name), workers=2))
    assert seen == ["a.xlsx", "b.xlsx", "d.csv", "e.xls", "c.xlsx"]
    assert [r.file for r in results] == ["a.xlsx", "b.xlsx", "d.csv", "e.xls", "sub/c.xlsx"]


def test_figures_cross_the_process_boundary_whole(actuals: Path):
    result = read_actuals_file(actuals / "e.xls", actuals)
    packed = pack_figures(result.figures)
    back = _unpack((result.file, packed, result.problems, result.placeholders, result.tables, result.key_parts))
    assert back == result
    keys = [key(f) for f in result.figures]
    assert len(set(keys)) == len(keys)  # each key once in a file, as FileResult.key_parts says
    assert back.key_parts == result.key_parts == ({k[0] for k in keys}, {k[1] for k in keys}, {k[3] for k in keys})
    # names are sent once a file, and come back shared
    regions = {id(f.region) for f in back.figures}
    assert len(regions) == len({f.region for f in back.figures})


def test_load_inputs_is_the_same_with_workers(actuals: Path, tmp_path: Path):
    targets = tmp_path / "targets"
    targets.mkdir()
    (targets / "t.yaml").write_text(
        "targets:\n"
        "  - id: nc\n    title: 南昌\n    region: 南昌市\n    indicator: 指标0\n    kind: level\n    due: 2024\n"
        "    target: {value: 2000, unit: 亿元}\n",
        encoding="utf-8",
    )
    one = load_inputs(targets, actuals, workers=1)
    two = load_inputs(targets, actuals, workers=2)
    assert one.figures == two.figures and one.problems == two.problems and one.targets == two.targets


def test_small_inputs_are_read_here(actuals: Path):
    paths = sorted(actuals.glob("*.xlsx"))
    results = read_files(paths, actuals, workers=4)  # a few KB: not worth starting workers
    first = next(results)
    assert multiprocessing.active_children() == []
    assert [first.file] + [r.file for r in results] == ["a.xlsx", "b.xlsx"]
    pooled = read_files(paths, actuals, workers=2, min_bytes=0)
    first = next(pooled)
    assert len(multiprocessing.active_children()) == 2
    assert [first.file] + [r.file for r in pooled] == ["a.xlsx", "b.xlsx"]
    assert multiprocessing.active_children() == []  # the workers are gone once all is read


def test_with_another_thread_running_files_are_read_here(actuals: Path):
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert fork_context() is None  # forking now could copy a lock that thread holds
        paths = sorted(p for p in actuals.rglob("*.xlsx"))
        results = read_files(paths, actuals, workers=2, min_bytes=0)
        first = next(results)
        assert multiprocessing.active_children() == []
        pooled = as_rows([first, *results])
    finally:
        stop.set()
        thread.join()
    assert pooled == as_rows(read_actuals_file(p, actuals) for p in paths)


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch) -> Path:
    """The temporary folder the workers' results go to: a reading makes its own folder in it."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def written(scratch: Path) -> list[str]:
    return sorted(p.name for p in scratch.rglob("*") if p.is_file())


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_worker_that_dies_leaves_its_files_to_this_process(actuals: Path, scratch: Path, caplog):
    for i in range(12):  # enough files that some are still waiting when the workers die
        write_long(actuals / f"z{i:02d}.xlsx", "赣州市", 2000)
    paths = sorted(p for p in actuals.rglob("*") if p.is_file())
    results = read_files(paths, actuals, workers=2, min_bytes=0)
    first = next(results)
    wait_for(lambda: written(scratch))  # results not yet asked for
    for child in multiprocessing.active_children():
        child.kill()  # as the kernel's out-of-memory killer would
    rest = list(results)
    assert "a worker process reading the actuals files stopped" in caplog.text
    assert as_rows([first, *rest]) == as_rows(read_actuals_file(p, actuals) for p in paths)
    assert list(scratch.iterdir()) == []  # what the workers wrote is gone with them


def test_results_come_through_files_each_removed_when_handed_on(actuals: Path, scratch: Path):
    paths = sorted(p for p in actuals.rglob("*") if p.is_file())
    results = read_files(paths, actuals, workers=2, min_bytes=0)
    (folder,) = scratch.iterdir()  # made before the workers start
    wait_for(lambda: len(written(scratch)) == len(paths))  # read ahead, not yet asked for
    assert written(scratch) == [f"{i}.pickle" for i in range(len(paths))]
    first = next(results)
    assert written(scratch) == [f"{i}.pickle" for i in range(1, len(paths))]
    pooled = as_rows([first, *results])
    assert pooled == as_rows(read_actuals_file(p, actuals) for p in paths)
    assert list(scratch.iterdir()) == [] and multiprocessing.active_children() == []


@pytest.mark.parametrize("taken", [0, 1])
def test_closing_early_removes_the_files(actuals: Path, scratch: Path, taken: int):
    for i in range(6):
        write_long(actuals / f"z{i:02d}.xlsx", "赣州市", 2000)
    paths = sorted(p for p in actuals.rglob("*") if p.is_file())
    results = read_files(paths, actuals, workers=2, min_bytes=0)
    for _ in range(taken):
        next(results)
    wait_for(lambda: written(scratch))  # a worker has written a result not yet asked for
    results.close()
    assert list(scratch.iterdir()) == [] and multiprocessing.active_children() == []
    assert list(results) == []


def test_the_files_are_removed_when_the_caller_fails_or_drops_the_reading(actuals: Path, scratch: Path):
    paths = sorted(p for p in actuals.rglob("*") if p.is_file())
    with pytest.raises(RuntimeError):
        with closing(read_files(paths, actuals, workers=2, min_bytes=0)) as results:
            next(results)
            raise RuntimeError("the caller fails")
    assert list(scratch.iterdir()) == [] and multiprocessing.active_children() == []
    results = read_files(paths, actuals, workers=2, min_bytes=0)
    wait_for(lambda: written(scratch))
    del results  # never closed
    gc.collect()
    assert list(scratch.iterdir()) == [] and multiprocessing.active_children() == []


def test_a_result_that_cannot_be_written_is_sent_back_whole(actuals: Path, tmp_path: Path):
    sent = _read_to_file(str(actuals / "e.xls"), str(actuals), str(tmp_path / "no such folder" / "0.pickle"))
    assert _unpack(sent) == read_actuals_file(actuals / "e.xls", actuals)


def test_worker_count(monkeypatch):
    monkeypatch.setenv("TRACKER_WORKERS", "3")
    assert worker_count() == 3
    assert worker_count(1) == 1
    monkeypatch.setenv("TRACKER_WORKERS", "0")
    assert worker_count() == 1
    monkeypatch.setenv("TRACKER_WORKERS", "many")
    assert worker_count() >= 1
