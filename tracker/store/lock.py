"""Locks that keep two runs (or two schedulers) on one store from interleaving.

SQLite: an exclusive ``flock`` on a file beside the database
(``tracker.db.run.lock``). PostgreSQL: a session advisory lock held on a
connection of its own. Either way the operating system or the server drops
the lock when the holder dies, even by SIGKILL, so a crashed run never leaves
the store locked.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text

from tracker.store.schema import sqlite_path

POLL_SECONDS = 0.2


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
    lock_path = path.with_name(f"{path.name}.{name}.lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _poll(lambda: _try_flock(fd), wait, on_wait)
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _try_flock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


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
