"""tracker.runtime and the run lock: workers die with their parent, SIGTERM stops the work,
the lock belongs to the process that took it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tracker.runtime import fork_context
from tracker.store import LockBusy, begin_run, list_runs, store_lock

REPO = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(REPO)}

needs_fork = pytest.mark.skipif(fork_context() is None or not Path("/proc/self/stat").exists(),
                                reason="workers are forked only on Linux-like systems; /proc is read")


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie, dead but not yet reaped, does not)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except (OSError, IndexError):
        return False


def wait_until(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


#: A process that splits slow work over two forked children, each writing its pid to a file.
SPLIT = """
import os, sys, time
from pathlib import Path
from tracker import runtime
from tracker.forks import split_map
if sys.argv[2] == "without prctl":
    runtime._PRCTL = None  # as where there is no prctl: the workers watch their parent instead
folder = Path(sys.argv[1])
def work(chunk):
    (folder / f"{os.getpid()}.pid").write_text("")
    time.sleep(60)
    return list(chunk)
split_map(work, list(range(30)), workers=3, min_chunk=1)
"""


@needs_fork
@pytest.mark.parametrize("how", ["with prctl", "without prctl"])
def test_forked_workers_die_when_their_parent_is_killed(tmp_path, how):
    parent = subprocess.Popen([sys.executable, "-c", SPLIT, str(tmp_path), how], env=ENV)
    try:
        assert wait_until(lambda: len(list(tmp_path.glob("*.pid"))) == 3, 30), "the work did not start"
        workers = [int(p.stem) for p in tmp_path.glob("*.pid") if int(p.stem) != parent.pid]
        assert len(workers) == 2 and all(alive(pid) for pid in workers)
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        # the kernel kills them at once; the watching thread looks every half second
        assert wait_until(lambda: not any(alive(pid) for pid in workers), 3), [p for p in workers if alive(p)]
    finally:
        parent.kill()
        parent.wait()
        for p in tmp_path.glob("*.pid"):
            if alive(int(p.stem)):
                os.kill(int(p.stem), signal.SIGKILL)


TERM = """
import os, signal, sys, time
from tracker.runtime import Terminated, stop_on_sigterm
try:
    with stop_on_sigterm():
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(10)
    print("not stopped")
except Terminated as e:
    print("stopped:", e, isinstance(e, KeyboardInterrupt))
print("after:", signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)
"""


def test_sigterm_inside_stop_on_sigterm_raises_terminated_and_the_handler_is_put_back():
    done = subprocess.run([sys.executable, "-c", TERM], env=ENV, capture_output=True, text=True, timeout=30)
    assert done.stdout.splitlines() == ["stopped: SIGTERM received True", "after: True"], done.stderr


UNINTERRUPTED = """
import os, signal, time
from tracker.runtime import Terminated, stop_on_sigterm, uninterrupted
for last in (False, True):
    steps = []
    try:
        with stop_on_sigterm():
            with uninterrupted(last=last):
                os.kill(os.getpid(), signal.SIGTERM)
                time.sleep(0.2)
                steps.append("step done")
            steps.append("after the step")
    except Terminated as e:
        steps.append(str(e))
    print(last, steps)
"""


def test_sigterm_inside_an_uninterrupted_step_stops_the_work_when_the_step_ends():
    done = subprocess.run([sys.executable, "-c", UNINTERRUPTED], env=ENV, capture_output=True, text=True, timeout=30)
    assert done.stdout.splitlines() == [
        "False ['step done', 'SIGTERM received']",
        "True ['step done', 'after the step']",  # the step that completes the work: the work is done
    ], done.stderr


SWALLOWED = """
import os, signal
from tracker.runtime import Terminated, stop_on_sigterm, uninterrupted

def term_now():  # SIGTERM lands while Python runs an at-fork hook, which swallows what it raises
    os.kill(os.getpid(), signal.SIGTERM)
    for _ in range(1000):
        pass

os.register_at_fork(after_in_parent=term_now)
steps = []
try:
    with stop_on_sigterm():
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        os.waitpid(pid, 0)
        steps.append("forked")  # the Terminated was swallowed: the work went on
        with uninterrupted():
            steps.append("next step")
except Terminated as e:
    steps.append(str(e))
print(steps)
"""


def test_a_sigterm_whose_terminated_was_swallowed_stops_the_work_at_the_next_step():
    """SIGTERM raises Terminated wherever the main thread is. Where that is a hook whose exceptions
    Python only prints (an at-fork hook, as when a run forks its reading processes), the work
    would go on and the run end "ok"; the next uninterrupted step stops it instead."""
    done = subprocess.run([sys.executable, "-c", SWALLOWED], env=ENV, capture_output=True, text=True, timeout=30)
    assert done.stdout.splitlines() == ["['forked', 'SIGTERM received']"], done.stderr


IN_A_FORK = """
import os, signal
from tracker.runtime import Terminated, fork_context, process_pool, stop_on_sigterm

def term_now():  # SIGTERM lands while the pool forks its worker, in an at-fork hook
    os.kill(os.getpid(), signal.SIGTERM)
    for _ in range(1000):
        pass

os.register_at_fork(after_in_parent=term_now)
steps = []
pool = process_pool(1, fork_context())
try:
    with stop_on_sigterm():
        future = pool.submit(abs, -1)
        steps.append("submitted")
except Terminated as e:
    steps.append(str(e))
finally:
    pool.shutdown(cancel_futures=True)
print(steps)
"""


@needs_fork
def test_a_sigterm_while_a_pool_forks_stops_the_work_once_the_fork_is_done():
    """Not a traceback printed for the at-fork hook it landed in: Terminated, from submit."""
    done = subprocess.run([sys.executable, "-c", IN_A_FORK], env=ENV, capture_output=True, text=True, timeout=30)
    assert done.stdout.splitlines() == ["['SIGTERM received']"], done.stderr
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr, done.stderr


def test_stop_on_sigterm_leaves_a_handler_of_someone_else_alone():
    from tracker.runtime import stop_on_sigterm

    seen = []
    old = signal.signal(signal.SIGTERM, lambda signum, frame: seen.append(signum))
    try:
        with stop_on_sigterm():
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.05)
        assert seen == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, old)


def open_fds() -> set[str]:
    out = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            out.add(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            pass
    return out


@needs_fork
def test_a_forked_child_does_not_keep_the_run_lock(tmp_path):
    from tracker.store import open_store

    engine = open_store(f"sqlite:///{tmp_path / 'tracker.db'}")
    lock_file = str(tmp_path / "tracker.db.run.lock")
    try:
        with store_lock(engine, "run"):
            assert lock_file in open_fds()
            pid = os.fork()
            if pid == 0:  # the child: exit 0 when it has no descriptor of the lock file
                os._exit(1 if lock_file in open_fds() else 0)
            _, status = os.waitpid(pid, 0)
            assert os.waitstatus_to_exitcode(status) == 0
            with pytest.raises(LockBusy):  # closing the child's copy left the lock with us
                with store_lock(engine, "run", wait=0):
                    pass
    finally:
        engine.dispose()


HOLDER = """
import subprocess, sys, time
from tracker.store import open_store, store_lock
from tracker.store.lock import _HELD
with store_lock(open_store(sys.argv[1]), "run"):
    (fd,) = _HELD
    # a process that keeps the lock's file open (as one forked where Python cannot close it would)
    keeper = subprocess.Popen(["sleep", "60"], pass_fds=[fd])
    print(keeper.pid, flush=True)
    time.sleep(60)
"""


@needs_fork
def test_a_lock_kept_by_others_after_its_holder_died_is_taken_over_at_once(tmp_path):
    from tracker.store import open_store

    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    engine = open_store(url)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, url], env=ENV, stdout=subprocess.PIPE, text=True)
    keeper = int(holder.stdout.readline())
    try:
        with pytest.raises(LockBusy):
            with store_lock(engine, "run", wait=0):
                pass
        holder.kill()
        holder.wait(10)
        assert alive(keeper)
        started = time.monotonic()
        with store_lock(engine, "run", wait=30):
            took = time.monotonic() - started
            assert (tmp_path / "tracker.db.run.lock").read_text().split()[0] == str(os.getpid())
            with pytest.raises(LockBusy):  # taken over, and held: nobody else takes it
                with store_lock(engine, "run", wait=0.3):
                    pass
        assert took < 2, took
        with store_lock(engine, "run", wait=0):  # released as usual
            pass
    finally:
        holder.kill()
        holder.wait()
        os.kill(keeper, signal.SIGKILL)
        engine.dispose()


def test_a_running_run_is_closed_as_interrupted_only_when_the_run_lock_is_free(engine):
    from tracker.monthly import RUN_LOCK, close_interrupted_runs

    run_id = begin_run(engine, "2026-10", "cli", None)
    with store_lock(engine, RUN_LOCK):  # a run in progress holds it
        assert close_interrupted_runs(engine) == ()
        assert [r.outcome for r in list_runs(engine)] == ["running"]
    (closed,) = close_interrupted_runs(engine)  # the lock free: the run's process is gone
    assert closed.id == run_id
    (run,) = list_runs(engine)
    assert run.outcome == "failed" and run.error.startswith("interrupted")
    assert close_interrupted_runs(engine) == ()


def test_every_process_pool_is_made_by_tracker_runtime():
    """Workers start in one place, so none misses being bound to its parent."""
    makers = [str(p.relative_to(REPO)) for p in (REPO / "tracker").rglob("*.py")
              if p.name != "runtime.py" and ("ProcessPoolExecutor(" in (text := p.read_text(encoding="utf-8"))
                                             or "os.fork(" in text or ".Process(" in text)]
    assert makers == []
