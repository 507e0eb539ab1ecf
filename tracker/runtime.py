"""How the tracker starts worker processes, in one place.

Every pool of the tracker (reading actuals files, the store's loaders and the
judging split over processes in ``tracker.forks``, the goals loaded aside in
``tracker.spec.aside``) is made by ``process_pool``:

- ``fork_context``: workers are forked, only where that is safe;
- ``worker_count``: how many (``workers``, else $TRACKER_WORKERS, else the cores);
- each worker is bound to the process that started it: it dies when that
  process dies, whatever killed it (SIGKILL at systemd's stop timeout, the
  out-of-memory killer). On Linux the kernel sends it SIGKILL
  (``PR_SET_PDEATHSIG``); elsewhere a thread of the worker watches its parent
  and ends it. A worker left running would hold what it inherited at fork (the
  store's files, the write end of its own pool's pipe, on which it waits
  forever) and keep the next run waiting.

A worker ignores SIGINT (Ctrl-C reaches every process of the terminal: the
main process stops the run and its workers) and dies at once on SIGTERM.
The run lock's descriptor is closed in every forked child (see
``tracker.store.lock``).

The garbage collector's policy is set here too, by the entry points, never in
judging, reading or storing code. Reading a month's files, storing and loading
its figures and judging its goals each make hundreds of thousands of small
objects, none in a cycle; their number alone sets off collections that walk
everything the process holds (measured: importing 480,000 figures 6.7 s with
it against 2.9 s without; judging 7,200 goals 1.0 s against 0.6 s). So:

- ``one_shot``: a command (``tracker evaluate`` …) runs without cyclic
  collection and exits without freeing its objects one by one;
- a worker runs without it (it lives for one pool);
- ``without_cyclic_gc``: the scheduler (a process that runs for months, with
  the collector on) runs each month's job without it.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager

__all__ = ["fork_context", "worker_count", "process_pool", "bind_to_parent", "stop_on_sigterm", "uninterrupted",
           "Terminated"]

log = logging.getLogger(__name__)

#: prctl(2) option: the signal this process gets when its parent dies.
PR_SET_PDEATHSIG = 1
#: How often a worker without prctl looks whether its parent is still there, in seconds.
WATCH_SECONDS = 0.5


def worker_count(workers: int | None = None) -> int:
    """How many worker processes: ``workers``, else $TRACKER_WORKERS, else the usable cores."""
    if workers is None:
        env = os.environ.get("TRACKER_WORKERS", "").strip()
        if env:
            try:
                workers = int(env)
            except ValueError:
                log.warning("TRACKER_WORKERS=%r is not a whole number; using the number of cores", env)
        if workers is None:
            try:
                workers = len(os.sched_getaffinity(0))
            except AttributeError:  # not on Linux
                workers = os.cpu_count() or 1
    return max(1, workers)


def fork_context():
    """A fork context where forking is safe, else None (the work is done in this process).

    Workers are forked: they start in milliseconds and need not import
    anything. Not when another thread is running (a progress bar, the
    scheduler's), which could hold a lock the child inherits locked; and not
    on macOS and Windows, which have no safe fork. Their other ways to start a
    worker (spawn, forkserver) run the caller's main module again in each worker
    (a script without ``if __name__ == "__main__"`` would run twice over), so
    there the work is done in this process.
    """
    if "fork" not in multiprocessing.get_all_start_methods() or sys.platform == "darwin":
        return None
    if threading.active_count() > 1:
        return None
    return multiprocessing.get_context("fork")


@contextmanager
def without_cyclic_gc() -> Iterator[None]:
    """Cyclic collection off for the block, back as it was after (also when the block raises);
    reference counting still frees everything."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def one_shot(command: Callable[[], object]) -> None:
    """Run one command of the command line in this process and exit with its code.

    Without cyclic collection (see the module's text: some 2–3 s of a province's
    `tracker evaluate`), and exiting without freeing the command's objects one by one
    (0.2 s for a province's figures and goals): the commands have closed their files
    and stores; what is left to do is flushing the output. A command that runs for
    months (`tracker schedule`) turns the collector back on itself (``long_running``).
    """
    gc.disable()
    try:
        command()
    except SystemExit as e:
        if e.code is None or isinstance(e.code, int):
            _exit_now(e.code or 0)
        raise
    _exit_now(0)


def long_running() -> None:
    """Called by a command that runs for months: the collector on, as in any long-lived process."""
    gc.enable()


def _exit_now(code: int) -> None:
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head`): nothing more can be said there
            pass
    os._exit(code)


def close_pool(pool: ProcessPoolExecutor, cancel: bool = True) -> None:
    """Shut a pool down, waiting for the work under way. A pool stopped (SIGTERM, Ctrl-C) while it was
    starting has no manager thread to join, which shutdown would raise for over the stop itself: its
    workers die with this process anyway."""
    try:
        pool.shutdown(wait=True, cancel_futures=cancel)
    except RuntimeError:
        log.warning("a pool of worker processes was stopped while it was starting")


def process_pool(max_workers: int, context) -> ProcessPoolExecutor:
    """A pool of ``max_workers`` processes started with ``context``, each bound to this process."""
    _prctl()  # looked up here, so that a forked worker inherits it
    return _Pool(max_workers=max_workers, mp_context=context, initializer=bind_to_parent, initargs=(os.getpid(),))


class _Pool(ProcessPoolExecutor):
    """A process pool whose ``submit`` (which forks the workers as they are needed) is a step SIGTERM
    does not cut short (``uninterrupted``): during a fork Python runs its at-fork hooks, and a
    Terminated raised in one of those is printed with its traceback and lost. A SIGTERM that comes
    while a worker is forked stops the work once ``submit`` returns."""

    def submit(self, fn, /, *args, **kwargs):
        with uninterrupted():
            return super().submit(fn, *args, **kwargs)


def bind_to_parent(parent: int) -> None:
    """In a worker just started by ``parent``: die with it, ignore Ctrl-C, die on SIGTERM.

    Called first thing in every worker (a pool's initializer). Never raises: a
    pool whose initializer fails is broken, and its work is done by the parent.
    """
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited at fork
    except (ValueError, OSError):  # pragma: no cover - not the main thread of the worker
        pass
    gc.disable()  # a worker lives for one pool: see the module's text
    if not _die_with_parent():
        threading.Thread(target=_watch, args=(parent,), name="tracker-watch-parent", daemon=True).start()
    if os.getppid() != parent:  # the parent died before the death signal was set up
        os._exit(1)


def _prctl():
    """libc's ``prctl`` (Linux), else None."""
    global _PRCTL
    if _PRCTL is _UNSET:
        _PRCTL = None
        if sys.platform.startswith("linux"):
            try:
                _PRCTL = ctypes.CDLL(None, use_errno=True).prctl
                _PRCTL.argtypes = (ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong)
                _PRCTL.restype = ctypes.c_int
            except (OSError, AttributeError):
                _PRCTL = None
    return _PRCTL


_UNSET = object()
_PRCTL = _UNSET


def _die_with_parent() -> bool:
    """Ask the kernel to SIGKILL this process when its parent dies; False where it cannot."""
    prctl = _prctl()
    if prctl is None:
        return False
    return prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0


def _watch(parent: int) -> None:
    """The fallback without prctl: end this process once ``parent`` is gone (it is re-parented)."""
    while os.getppid() == parent:
        time.sleep(WATCH_SECONDS)
    os._exit(1)


class Terminated(KeyboardInterrupt):
    """SIGTERM came: the work stops as it would for Ctrl-C (a KeyboardInterrupt), and says why."""

    def __init__(self, signum: int = signal.SIGTERM):
        self.signal = signal.Signals(signum).name
        super().__init__(f"{self.signal} received")


class _Stop:
    """The state of ``stop_on_sigterm``: whether a SIGTERM came, and how deep in ``uninterrupted`` we are."""

    received: int | None = None
    deferred: bool = False
    depth: int = 0


@contextmanager
def stop_on_sigterm() -> Iterator[None]:
    """While inside: SIGTERM raises Terminated in the main thread (once; a second one is ignored),
    at once, or when the ``uninterrupted`` step it came in has ended.

    Does nothing outside the main thread, or where SIGTERM already has a handler
    of its own (the scheduler's): they keep theirs.
    """
    if threading.current_thread() is not threading.main_thread() \
            or signal.getsignal(signal.SIGTERM) not in (signal.SIG_DFL, None):
        yield
        return

    def on_sigterm(signum, _frame) -> None:
        if _Stop.received is not None:
            return
        _Stop.received = signum
        if _Stop.depth:
            _Stop.deferred = True
        else:
            raise Terminated(signum)

    _Stop.received, _Stop.deferred, _Stop.depth = None, False, 0
    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        _Stop.received, _Stop.deferred, _Stop.depth = None, False, 0


@contextmanager
def uninterrupted(last: bool = False) -> Iterator[None]:
    """A step SIGTERM does not cut short (a transaction with the store): it stops the work when the step ends.

    An exception raised at any point of a transaction could leave its
    connection holding the database's write lock, and the run could not then
    be recorded as failed. With ``last``, the step completes the work: a
    SIGTERM that came during it is let go, as the work is done.

    A SIGTERM that came before the step, and whose Terminated never reached
    the work, stops it here, before the step begins: Python only prints what
    an at-fork hook, a ``__del__`` or a weakref callback raises, and SIGTERM
    lands wherever the main thread is (a run forking its reading processes).
    """
    if _Stop.received is not None and not _Stop.depth and not _Stop.deferred:
        raise Terminated(_Stop.received)
    _Stop.depth += 1
    try:
        yield
    finally:
        _Stop.depth -= 1
    if not _Stop.depth and _Stop.deferred:  # not reached when the step raised: that goes on up
        _Stop.deferred = False
        if not last:
            raise Terminated(_Stop.received)
