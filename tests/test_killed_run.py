"""A killed `tracker run` never blocks the next one.

A workload large enough that `tracker run` reads with worker processes (over
tracker.ingest.parallel.MIN_PARALLEL_BYTES), the real `tracker run` in a
subprocess, killed by SIGKILL (as systemd's stop timeout or the out-of-memory
killer do) or stopped by SIGTERM at several points, each found from what the
run does (its worker processes, the rows it commits, the report's temporary
file). Then: no process of the run is left, the next run starts at once and
finishes, the store is sound, and `tracker runs` shows the killed run as failed.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench import workload  # noqa: E402
from tracker.ingest.parallel import MIN_PARALLEL_BYTES  # noqa: E402
from tracker.messages import say  # noqa: E402
from tracker.runtime import fork_context  # noqa: E402

pytestmark = pytest.mark.skipif(fork_context() is None or not Path("/proc/self/stat").exists(),
                                reason="workers are forked only on Linux-like systems; /proc is read")

AS_OF = workload.AS_OF
#: Longest a killed run's processes may take to be gone, in seconds.
GONE_WITHIN = 5.0


@pytest.fixture(scope="module")
def load(tmp_path_factory) -> workload.Workload:
    """30 regions: 24 workbooks of 2.5 MB in all (read by workers), 1,800 goals."""
    w = workload.build(workload.Params(regions=30), tmp_path_factory.mktemp("killed"), jobs=1, log=lambda *a: None)
    assert sum(p.stat().st_size for p in w.actuals.iterdir()) > MIN_PARALLEL_BYTES
    return w


class Store:
    """One working folder and its SQLite store; runs `tracker` there as a real subprocess."""

    def __init__(self, folder: Path, load: workload.Workload):
        self.folder, self.load = folder, load
        self.db = folder / ".tracker" / "tracker.db"
        self.tmp = folder / "tmp"  # where the readings' workers write
        self.tmp.mkdir()
        self.env = {**os.environ, "PYTHONPATH": str(REPO), "TRACKER_WORKERS": "2", "TMPDIR": str(self.tmp)}
        self.env.pop("TRACKER_DB", None)

    def args(self, *extra: str) -> list[str]:
        return [sys.executable, "-m", "tracker", *extra, "--db", f"sqlite:///{self.db}"]

    def start_run(self, *extra: str) -> subprocess.Popen:
        """`tracker run` started; its output goes to files (a pipe would stay open in a process left behind)."""
        cmd = self.args("run", "--as-of", AS_OF, "--targets", str(self.load.targets), "--actuals",
                        str(self.load.actuals), "--out", str(self.folder / "reports"), "--wait", "30", *extra)
        with open(self.folder / "out.txt", "w") as out, open(self.folder / "err.txt", "w") as err:
            return subprocess.Popen(cmd, cwd=self.folder, env=self.env, stdout=out, stderr=err, text=True,
                                    start_new_session=True)  # a process group of its own, as a service has

    def ended(self, proc: subprocess.Popen, timeout: float = 120) -> subprocess.CompletedProcess:
        """The run, once ended, with what it wrote."""
        try:
            proc.wait(timeout)
        finally:
            proc.kill()
            proc.wait()
        return subprocess.CompletedProcess(proc.args, proc.returncode, (self.folder / "out.txt").read_text(),
                                           (self.folder / "err.txt").read_text())

    def run(self, *extra: str) -> tuple[subprocess.CompletedProcess, float]:
        started = time.monotonic()
        done = self.ended(self.start_run(*extra))
        return done, time.monotonic() - started

    def runs(self) -> list[dict]:
        """`tracker runs --json`: the recorded runs, newest first."""
        done = subprocess.run(self.args("runs", "--json"), cwd=self.folder, env=self.env, capture_output=True,
                              text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def count(self, sql: str) -> int:
        """A number read from the store while a run may be writing it (WAL: readers do not block)."""
        if not self.db.exists():
            return 0
        try:
            with sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=1) as conn:
                return conn.execute(sql).fetchone()[0]
        except sqlite3.OperationalError:  # the tables are being made
            return 0

    def integrity(self) -> str:
        with sqlite3.connect(self.db) as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0]

    def processes(self) -> list[int]:
        """Every process whose command line names this store: the run and every worker forked from it."""
        marker = str(self.db).encode()
        found = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    with open(f"/proc/{entry}/cmdline", "rb") as f:
                        if marker in f.read():
                            found.append(int(entry))
                except OSError:
                    pass
        return found


@pytest.fixture
def store(load, tmp_path):
    s = Store(tmp_path, load)
    yield s
    for pid in s.processes():  # a failed test leaves nothing running either
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid``."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    if int(f.read().rsplit(b")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return found


def wait_for(condition, store: Store, proc: subprocess.Popen, what: str, timeout: float = 60.0) -> None:
    """Poll ``condition`` until it holds; fail if the run ends first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        if proc.poll() is not None:
            pytest.fail(f"the run ended (exit {proc.returncode}) before {what}: {store.ended(proc).stderr}")
        time.sleep(0.005)
    store.ended(proc, 0)
    pytest.fail(f"no {what} within {timeout} s")


def report_temporary(store: Store) -> bool:
    folder = store.folder / "reports" / AS_OF
    return folder.is_dir() and any(p.name.endswith(".tmp") for p in folder.iterdir())


#: (name, condition on the store and the run's process): the points at which the run is stopped.
POINTS = {
    # its workers are running and nothing has been stored yet
    "reading": lambda store, proc: bool(children(proc.pid))
    and store.count("SELECT count(*) FROM runs") == 1 and store.count("SELECT count(*) FROM imports") == 0,
    # some files are stored, not all: the workers are still reading the others
    "storing": lambda store, proc: 2 <= store.count("SELECT count(*) FROM imports") < 20,
    # every file stored, the report being written to its temporary file
    "writing the report": lambda store, proc: report_temporary(store),
}


def stop(store: Store, proc: subprocess.Popen, point: str, signum: int, every: bool = False) -> tuple[str, list[int]]:
    """Stop the run with ``signum`` at ``point``, sent to its main process (or to ``every`` process of
    it, as `systemctl stop` does); its stderr and the processes it had then."""
    wait_for(lambda: POINTS[point](store, proc), store, proc, point)
    before = store.processes()
    if every:
        os.killpg(proc.pid, signum)
    else:
        os.kill(proc.pid, signum)
    return store.ended(proc, 30).stderr, before


def outcomes(runs: list[dict]) -> list[tuple[int, str, str]]:
    """Each run's number, outcome and the first word of its error."""
    return [(r["id"], r["outcome"], (r["error"] or "").split(":")[0]) for r in runs]


def assert_gone(store: Store, before: list[int]) -> None:
    """No process of the run is left: not the main one, not a worker."""
    deadline = time.monotonic() + GONE_WITHIN
    while store.processes() and time.monotonic() < deadline:
        time.sleep(0.05)
    left = store.processes()
    if left:
        for pid in left:
            os.kill(pid, signal.SIGKILL)  # not to block the rest of the tests
    assert not left, f"processes of the stopped run still running: {left} (it had {before})"


def assert_next_run_completes(store: Store) -> None:
    done, seconds = store.run()
    assert done.returncode == 0, done.stderr
    assert "waiting up to" not in done.stderr  # the lock was free (or taken over) at once
    assert "Traceback" not in done.stderr
    assert seconds < 25, seconds  # not the --wait 30 of a lock that stayed held
    assert store.integrity() == "ok"
    assert store.count("SELECT count(*) FROM imports") == 24  # every file once: none lost, none twice
    assert not list(store.tmp.glob("tracker-reading-*"))  # the killed run's reading folder went too


@pytest.mark.parametrize("point", list(POINTS))
def test_a_run_killed_leaves_nothing_behind_and_the_next_run_goes_ahead(store, point):
    proc = store.start_run()
    err, before = stop(store, proc, point, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    if point != "writing the report":
        assert len(before) > 1, "the run had no worker processes when it was killed"
    assert_gone(store, before)
    assert store.integrity() == "ok"
    assert store.count("SELECT count(*) FROM imports") < 24 or point == "writing the report"

    # before any other run: `tracker runs` sees that the run's process is gone
    assert outcomes(store.runs()) == [(1, "failed", "interrupted")]

    assert_next_run_completes(store)
    assert outcomes(store.runs()) == [(2, "ok", ""), (1, "failed", "interrupted")]


@pytest.mark.parametrize("point, every", [("reading", False), ("writing the report", False), ("storing", True)],
                         ids=["reading", "writing the report", "storing, every process"])
def test_sigterm_stops_the_run_cleanly_and_records_it(store, point, every):
    proc = store.start_run()
    err, before = stop(store, proc, point, signal.SIGTERM, every)
    assert proc.returncode == 3, err
    assert "#1" in err and say("run.failed", "zh", error="interrupted by SIGTERM") in err, err  # the run, and why
    assert "Traceback" not in err
    assert_gone(store, before)
    assert store.integrity() == "ok"
    assert not report_temporary(store)  # a report begun is removed, the old one (if any) kept
    (run,) = store.runs()
    assert (run["id"], run["outcome"], run["error"]) == (1, "failed", "interrupted by SIGTERM")
    assert_next_run_completes(store)


def test_a_killed_run_that_loaded_the_goals_aside_leaves_no_process(store):
    """With nothing new to read, the goals load in a forked process of their own: it dies with the run."""
    assert_next_run_completes(store)
    proc = store.start_run("--force")
    wait_for(lambda: bool(children(proc.pid)) and store.count("SELECT count(*) FROM runs") == 2, store, proc,
             "the process loading the goals")
    before = store.processes()
    os.kill(proc.pid, signal.SIGKILL)
    store.ended(proc, 30)
    assert len(before) > 1
    assert_gone(store, before)
    assert outcomes(store.runs()) == [(2, "failed", "interrupted"), (1, "ok", "")]
    done, _ = store.run("--force")
    assert done.returncode == 0 and "waiting up to" not in done.stderr, done.stderr
