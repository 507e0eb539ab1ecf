"""Locks that keep two runs (or two schedulers) on one store from interleaving.

SQLite: an exclusive ``flock`` on a file beside the database
(``tracker.db.run.lock``), which names its holder (pid and host). PostgreSQL: a
session advisory lock held on a connection of its own. Either way the
operating system or the server drops the lock when the holder dies, even by
SIGKILL, so a crashed run never leaves the store locked.

The lock belongs to the process that took it, not to whoever inherited its
descriptor: a forked child closes it at once (``os.register_at_fork``), and the
tracker's workers die with their parent (``tracker.runtime``). Should some
other process still keep the lock of a holder that is gone (a child forked
where Python does not see it), the next taker finds the named holder dead and
takes the lock over at once: it replaces the file, so the lock is on a new one.
"""

from __future__ import annotations

import fcntl
import hashlib
import logging
import os
import socket
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text

from tracker.store.schema import sqlite_path

log = logging.getLogger(__name__)

POLL_SECONDS = 0.2
#: A lock file naming a dead holder is looked at again after this long before it is taken over.
RECHECK_SECONDS = 0.05

#: The descriptors of the file locks this process holds: a forked child closes them.
_HELD: set[int] = set()


def _close_held_in_child() -> None:
    # Closing the child's copy leaves the lock with the parent (flock belongs to the open
    # file, which the parent keeps open); unlocking it here would release it for both.
    for fd in _HELD:
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD.clear()


os.register_at_fork(after_in_child=_close_held_in_child)


class LockBusy(Exception):
    """The lock is held by another process and did not come free in time."""


def _pg_key(name: str) -> int:
    digest = hashlib.sha256(f"plan-tracker:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def store_lock(
    engine: Engine,
    name: str,
    wait: float = 0.0,
    on_wait: Callable[[], None] | None = None,
) -> Iterator[None]:
    """Hold the lock ``name`` for this store; wait up to ``wait`` seconds for it.

    ``on_wait`` is called once when the lock is busy and we start waiting.
    Raises LockBusy when it is still held after ``wait`` seconds.
    """
    if engine.dialect.name == "postgresql":
        with _pg_lock(engine, name, wait, on_wait):
            yield
        return
    path = sqlite_path(engine)
    if path is None:  # pragma: no cover - create_store_engine refuses these
        raise LockBusy("no lock for an in-memory store")
    lock = _FileLock(path.with_name(f"{path.name}.{name}.lock"))
    try:
        _poll(lock.attempt, wait, on_wait)
        try:
            os.ftruncate(lock.fd, 0)
            os.write(lock.fd, f"{os.getpid()} {socket.gethostname()}\n".encode())
            yield
        finally:
            fcntl.flock(lock.fd, fcntl.LOCK_UN)
    finally:
        lock.close()


class _FileLock:
    """An exclusive flock on ``path``, taken over from a holder that is gone."""

    def __init__(self, path):
        self.path = path
        self.fd = self._open()
        self._gone: tuple[int, str] | None = None  # a dead holder seen once: taken over if seen again

    def _open(self) -> int:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        _HELD.add(fd)
        return fd

    def close(self) -> None:
        _HELD.discard(self.fd)
        os.close(self.fd)

    def _reopen(self) -> None:
        self.close()
        self.fd = self._open()

    def attempt(self) -> bool:
        for _ in range(10):  # the file replaced while we try: try the new one
            if _try_flock(self.fd):
                if _same_file(self.fd, self.path):
                    return True
                fcntl.flock(self.fd, fcntl.LOCK_UN)  # a file taken over while we waited for it
            elif not _same_file(self.fd, self.path):
                pass  # taken over by another: try the new file
            else:
                holder = _holder(self.fd)
                if holder is None or not _gone(holder):
                    self._gone = None
                    return False
                if self._gone != holder:  # seen once: the holder may have taken it a moment ago and
                    self._gone = holder   # not written its name yet: look again in a moment
                    time.sleep(RECHECK_SECONDS)
                    continue
                self._take_over(holder)
            self._reopen()
        return False

    def _take_over(self, holder: tuple[int, str]) -> None:
        """Replace the lock file of the dead ``holder``: one taker at a time, under a second lock."""
        guard = os.open(f"{self.path}.takeover", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(guard, fcntl.LOCK_EX)  # held for a moment, never across a fork
            if _same_file(self.fd, self.path) and not _try_flock(self.fd) and _holder(self.fd) == holder:
                log.warning("%s: its holder (pid %s) is gone, but other processes still keep the file; "
                            "taking the lock over", self.path, holder[0])
                os.unlink(self.path)
        finally:
            os.close(guard)  # closing drops the guard's lock
        self._gone = None


def _try_flock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _same_file(fd: int, path) -> bool:
    """Whether ``path`` is still the file open on ``fd`` (not removed or replaced)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return False
    own = os.fstat(fd)
    return (st.st_dev, st.st_ino) == (own.st_dev, own.st_ino)


def _holder(fd: int) -> tuple[int, str] | None:
    """The pid and host the lock file names, or None when it names none."""
    try:
        pid, host = os.pread(fd, 300, 0).decode().split()
        return int(pid), host
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def _gone(holder: tuple[int, str]) -> bool:
    """Whether the holder is certainly dead: a process of this host that no longer runs."""
    pid, host = holder
    if host != socket.gethostname() or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # another user's process
        return False
    try:  # killed but not yet reaped by its parent
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rsplit(b")", 1)[1].split()[0] == b"Z"
    except (OSError, IndexError):
        return False


@contextmanager
def _pg_lock(engine: Engine, name: str, wait: float, on_wait: Callable[[], None] | None) -> Iterator[None]:
    key = _pg_key(name)
    conn = engine.connect()
    try:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")

        def attempt() -> bool:
            return bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar())

        _poll(attempt, wait, on_wait)
        try:
            yield
        finally:
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
    finally:
        conn.close()


def _poll(attempt: Callable[[], bool], wait: float, on_wait: Callable[[], None] | None) -> None:
    if attempt():
        return
    if on_wait is not None:
        on_wait()
    deadline = time.monotonic() + max(wait, 0.0)
    while time.monotonic() < deadline:
        time.sleep(min(POLL_SECONDS, max(deadline - time.monotonic(), 0.0)))
        if attempt():
            return
    raise LockBusy(f"still busy after {wait:g} s")
