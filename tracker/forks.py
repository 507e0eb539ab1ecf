"""``split_map``: one CPU-bound pass over many items, split over forked processes.

Reading a province's 500,000 figures from the store keeps one core busy for
seconds while the others idle. ``split_map`` cuts the items into as many
contiguous chunks as there are workers, works the first chunk in this process
and the others in forked children at the same time, and returns the chunks'
results in order.

The children are forked after the work is set up, so they see everything this
process holds without it being sent to them; only their results come back,
pickled; they die with this process, whatever kills it. Where forking is not
safe (another thread is running, macOS, Windows), with one worker, or for few
items, all of it runs here, as one chunk. How the children start, and how
many, is ``tracker.runtime``'s to say.

Worth it most where the children make new objects (figures read from a
database). Splitting work over objects this process already holds pays for
the pages: after a fork each page an object lives on is copied on the first
write to it, in this process as in the child (reference counts are writes).
Judging 7,200 goals and writing their JSON lines, split over two processes,
took some 40 % longer a goal, and 15 % less time in all (pipeline.evaluate_json).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from tracker.runtime import close_pool, fork_context, process_pool, worker_count

__all__ = ["split_map", "chunks"]

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

#: The work the forked children do: (function, chunks). Set only while split_map runs;
#: a child finds it here because it was forked from this process.
_JOB: tuple | None = None


def chunks(items: Sequence[T], n: int) -> list[Sequence[T]]:
    """``items`` in ``n`` contiguous slices (none empty) whose lengths differ by at most one."""
    n = max(1, min(n, len(items)))
    size, extra = divmod(len(items), n)
    out, start = [], 0
    for i in range(n):
        end = start + size + (i < extra)
        out.append(items[start:end])
        start = end
    return out


def split_map(fn: Callable[[Sequence[T]], R], items: Sequence[T], workers: int | None = None,
              min_chunk: int = 1000, *, in_child: Callable[[], None] | None = None,
              send: Callable[[R], object] | None = None, receive: Callable[[object], R] | None = None) -> list[R]:
    """``[fn(chunk) for chunk in chunks(items, n)]``, the chunks worked at the same time.

    ``n`` is the number of workers (``workers``, else $TRACKER_WORKERS, else the
    cores), fewer when a chunk would have under ``min_chunk`` items. The first
    chunk is worked in this process, the others in forked children; ``fn``'s
    results must pickle. An exception in ``fn`` is raised here, as if ``fn`` had
    run here. If a child dies (killed, out of memory), its chunk is worked here.

    ``in_child`` runs first in each child (its own database connections);
    ``send`` turns a child's result into what crosses to this process (figures as
    columns) and ``receive`` turns that back, so ``fn`` returns the same wherever
    it runs.
    """
    global _JOB
    n = min(worker_count(workers), len(items) // max(1, min_chunk))
    context = fork_context() if n > 1 else None
    if context is None:
        return [fn(items)]
    parts = chunks(items, n)
    if _JOB is not None:  # split_map inside split_map's fn: no second level of processes
        return [fn(items)]
    _JOB = (fn, parts, in_child, send)
    try:
        pool = process_pool(n - 1, context)
        try:
            futures = []
            for i in range(1, n):  # forks the children now
                try:
                    futures.append(pool.submit(_work, i))
                except BrokenProcessPool:  # a child already died: the pool takes no more work
                    futures.append(None)
            results = [fn(parts[0])]
            broken = False
            for i, future in enumerate(futures, start=1):
                if future is not None:
                    try:
                        result = future.result()
                        results.append(result if receive is None else receive(result))
                        continue
                    except BrokenProcessPool:
                        pass
                if not broken:
                    log.warning("a worker process stopped; doing its part of the work in this process")
                broken = True
                results.append(fn(parts[i]))
        finally:
            close_pool(pool, cancel=False)
        return results
    finally:
        _JOB = None


def _work(i: int):
    """In a child: chunk ``i`` of the job it was forked with."""
    assert _JOB is not None, "split_map's children are forked while it runs"
    fn, parts, in_child, send = _JOB
    if in_child is not None:
        in_child()
    result = fn(parts[i])
    return result if send is None else send(result)
