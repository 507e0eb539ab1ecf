"""Loading the goals in a forked process gives what loading them here gives."""

from __future__ import annotations

import multiprocessing
import shutil
import threading
from pathlib import Path

from tracker.spec import load_targets
from tracker.spec.aside import load_targets_aside

SHIPPED = Path(__file__).parent.parent / "targets"


def as_values(spec):
    return (spec.targets, spec.problems, dict(spec.places), dict(spec.aliases.regions),
            dict(spec.aliases.indicators), spec.files)


def folder(tmp_path: Path) -> Path:
    d = tmp_path / "targets"
    shutil.copytree(SHIPPED, d)
    (d / "bad.yaml").write_text("targets:\n  - id: x\n    kind: level\n    due: soon\n", encoding="utf-8")
    return d


def test_aside_is_the_same_as_here(tmp_path: Path):
    d = folder(tmp_path)
    here = load_targets(d)
    assert here.targets and here.problems and dict(here.aliases.regions)
    aside = load_targets_aside(d)
    assert len(multiprocessing.active_children()) == 1  # loading in a process of its own
    got = aside.result()
    assert as_values(got) == as_values(here)
    assert multiprocessing.active_children() == []
    assert got.aliases.region("南昌高新技术产业开发区") == here.aliases.region("南昌高新技术产业开发区")


def test_with_another_thread_running_the_goals_load_here(tmp_path: Path):
    d = folder(tmp_path)
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        aside = load_targets_aside(d)
        assert multiprocessing.active_children() == []
        got = aside.result()
    finally:
        stop.set()
        thread.join()
    assert as_values(got) == as_values(load_targets(d))


def test_closed_unused_the_process_is_gone(tmp_path: Path):
    aside = load_targets_aside(folder(tmp_path))
    aside.close()
    assert multiprocessing.active_children() == []
