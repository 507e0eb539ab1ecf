"""The backup and restore of docs/operations.md, run as written: back the SQLite store up,
delete it, restore it, run. The record of runs comes back and the job goes on from it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tracker.store import list_runs, open_store

from test_monthly import work  # noqa: F401 - fixture

DOC = Path(__file__).resolve().parents[1] / "docs" / "operations.md"
MARK = "<!-- tests/test_backup_restore.py runs this block -->"


def doc_blocks() -> list[str]:
    """The shell blocks the operations guide marks as tested, in order."""
    text = DOC.read_text(encoding="utf-8")
    return [m.group(1) for m in re.finditer(re.escape(MARK) + r"\n```sh\n(.*?)```", text, re.DOTALL)]


def sh(block: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DB"}  # the default store: .tracker/tracker.db
    return subprocess.run(["bash", "-euo", "pipefail", "-c", block], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_back_up_delete_restore_and_run_as_the_guide_says(work, tmp_path):
    backup, restore = doc_blocks()
    backups = tmp_path / "backups"
    backup = backup.replace("/backup", str(backups))
    restore = restore.replace("/backup", str(backups))
    # The guide's working folder has the service's virtual environment in .venv
    (work / ".venv" / "bin").mkdir(parents=True)
    (work / ".venv" / "bin" / "tracker").symlink_to(Path(sys.executable).parent / "tracker")

    first = sh(".venv/bin/tracker run", work)
    assert first.returncode == 0, first.stderr
    store = work / ".tracker" / "tracker.db"
    made = sh(backup, work)
    assert made.returncode == 0, made.stderr
    (copy,) = backups.glob("tracker-*.db")

    # After the backup: one more run, then the store is lost
    assert sh(".venv/bin/tracker run --force", work).returncode == 0
    store.unlink()
    for extra in (".tracker/tracker.db-wal", ".tracker/tracker.db-shm"):
        (work / extra).unlink(missing_ok=True)

    restored = sh(restore, work)
    assert restored.returncode == 0, restored.stderr
    assert store.read_bytes()[:16] == b"SQLite format 3\x00"
    engine = open_store(f"sqlite:///{store}")
    try:
        runs = list_runs(engine)
    finally:
        engine.dispose()
    # The record as it was at the backup (run #1), then the run after the restore:
    # nothing new since run #1, so it is skipped and matches it.
    assert [(r.id, r.outcome, r.matched_run) for r in runs] == [(2, "skipped", 1), (1, "ok", None)]
    assert "运行 #1" in restored.stdout and copy.stat().st_size > 0
