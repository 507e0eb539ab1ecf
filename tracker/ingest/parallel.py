"""Reading many actuals files at once, in worker processes.

A province's month is two dozen workbooks of 20,000 rows each; read one after
another they keep one core busy for seconds while the others idle.
``read_files`` reads them in a process pool and yields their results in the
order given, as each is ready, so that a caller can store or judge one file
while the next ones are still being read.

Figures cross the process boundary as columns (a file's names once, its values
as an array of floats) and are made into Figures again in C: some 0.1 s for
500,000 figures. A worker writes them (1.7 MB for 20,000 figures) to a file in
a folder of this reading's own and sends back only the file's name: sent through
the pool's pipe, 64 KB at a time, each taken in by a thread of this process that
must wait for the interpreter lock while this process loads the goals, a file's
result held its worker up 30–150 ms. The folder is removed when the reading is
done or closed, and by the next reading when the process that made it was
killed (its name holds that process's pid).

Small inputs are read in this process: starting workers costs more than
reading a few small files. So are all inputs where workers cannot be forked
safely (see ``tracker.runtime``, which starts every worker and binds it to
this process: it dies with it). The number of workers is ``workers``, else the
``TRACKER_WORKERS`` environment variable, else the cores this process may use.
"""

from __future__ import annotations

import logging
import os
import pickle
import shutil
import tempfile
import weakref
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from tracker.figure import pack_figures, unpack_figures
from tracker.ingest.files import FileResult, read_actuals_file
from tracker.runtime import close_pool, fork_context, process_pool, worker_count

__all__ = ["read_files", "worker_count", "fork_context", "MIN_PARALLEL_BYTES"]

log = logging.getLogger(__name__)

#: Below this many bytes of input in all, files are read in this process (a
#: worker process takes some 50–300 ms to start; 2 MB of xlsx takes about as long to read).
MIN_PARALLEL_BYTES = 2 * 2**20
#: The workers' folder for a reading: this, the reading process's pid, a dash, a random part.
FOLDER_PREFIX = "tracker-reading-"


def read_files(paths: Sequence[Path], root: Path, workers: int | None = None,
               min_bytes: int = MIN_PARALLEL_BYTES) -> Iterator:
    """Each file's FileResult, in the order of ``paths``, as soon as it (and those before it) are read.

    The workers start at once, before the first result is asked for, so the
    caller can do other work (load the goals) while they read. Iterate the
    results to the end, or close the iterator, to let the workers go. With
    fewer than ``min_bytes`` in all, the files are read here, one by one.
    """
    _remove_left_behind()
    paths = [Path(p) for p in paths]
    n = min(worker_count(workers), len(paths))
    context = fork_context() if n > 1 else None
    if context is None or _total_size(paths) < min_bytes:
        return (read_actuals_file(path, root) for path in paths)
    folder = tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-")
    try:
        pool = process_pool(n, context)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    try:
        futures = [pool.submit(_read_to_file, str(p), str(root), os.path.join(folder, f"{i}.pickle"))
                   for i, p in enumerate(paths)]
    except BaseException:
        _let_go(pool, folder, os.getpid())
        raise
    return _Reading(pool, folder, paths, futures, root)


class _Reading(Iterator):
    """The files' results as the workers write them, in order. ``close`` (also at the end, on an
    error, or when this is dropped) stops the workers and removes the folder they write to."""

    def __init__(self, pool: ProcessPoolExecutor, folder: str, paths: list[Path], futures: list[Future],
                 root: Path):
        self._paths, self._futures, self._root = paths, futures, root
        self._next = 0
        self._broken = False
        self._let_go = weakref.finalize(self, _let_go, pool, folder, os.getpid())

    def __next__(self):
        i = self._next
        if i >= len(self._paths) or not self._let_go.alive:
            self.close()
            raise StopIteration
        self._next = i + 1
        try:
            return self._result(i)
        except BaseException:
            self.close()
            raise

    def _result(self, i: int):
        path = self._paths[i]
        future, self._futures[i] = self._futures[i], None  # a result handed on is not kept here as well
        if not self._broken:
            try:
                written = future.result()
            except BrokenProcessPool:
                # a worker died (killed, out of memory): this file and the rest are read here
                log.warning("a worker process reading the actuals files stopped; reading %s and the files "
                            "after it in this process", path)
                self._broken = True
            else:
                return _unpack(written if isinstance(written, tuple) else _take(written))
        return read_actuals_file(path, self._root)

    def close(self) -> None:
        """Stop the workers (the files not begun are not read) and remove what they wrote."""
        self._let_go()


def _let_go(pool: ProcessPoolExecutor, folder: str, owner: int) -> None:
    if os.getpid() != owner:  # a process forked later from this one: the reading is not its own
        return
    close_pool(pool)  # waits for the files being read: none writes after
    shutil.rmtree(folder, ignore_errors=True)


def _remove_left_behind() -> None:
    """Remove the folders of readings whose process is gone (killed before it could remove its own)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*-*"):
        try:
            pid = int(folder.name[len(FOLDER_PREFIX):].split("-", 1)[0])
            os.kill(pid, 0)
        except ValueError:  # not named by a pid
            continue
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except OSError:  # another user's process, still running
            continue


def _take(written: str) -> tuple:
    """A worker's result from its file, read in one go; the file is removed at once."""
    with open(written, "rb") as f:
        data = f.read()
    os.unlink(written)
    return pickle.loads(data)


def _total_size(paths: Sequence[Path]) -> int:
    total = 0
    for p in paths:
        try:
            total += p.stat().st_size
        except OSError:
            pass  # reading it says what is wrong with it
    return total


# -- in the worker ----------------------------------------------------------------


def _read_to_file(path: str, root: str, out: str) -> str | tuple:
    """Read a file and write its result to ``out``: its name goes back, not its 1.7 MB."""
    packed = _read_packed(path, root)
    data = pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        with open(out, "wb") as f:
            f.write(data)
    except OSError:  # no room in the temporary folder: through the pool's pipe after all
        return packed
    return out


def _read_packed(path: str, root: str) -> tuple:
    r = read_actuals_file(Path(path), Path(root))
    return (r.file, pack_figures(r.figures), r.problems, r.placeholders, r.tables, r.key_parts)


def _unpack(packed: tuple):
    file, columns, problems, placeholders, tables, key_parts = packed
    return FileResult(file, tuple(unpack_figures(columns)), problems, placeholders, tables, key_parts)
