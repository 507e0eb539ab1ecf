"""``split_map``: one CPU-bound pass over many items, split over forked processes.

Judging a province's 7,200 goals, or writing them out as JSON, keeps one core
busy for about a second while the others idle. ``split_map`` cuts the items
into as many contiguous chunks as there are workers, works the first chunk in
this process and the others in forked children at the same time, and returns
the chunks' results in order.

The children are forked after the work is set up, so they see everything this
process holds (the figures, the goals) without it being sent to them; only
their results come back, pickled. Where forking is not safe (another thread is
running, macOS, Windows; see ``tracker.ingest.parallel.fork_context``), with
one worker, or for few items, all of it runs here, as one chunk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from tracker.ingest.parallel import fork_context, worker_count

__all__ = ["split_map", "chunks"]

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

#: The work the forked children do: (function, chunks). Set only while split_map runs;
#: a child finds it here because it was forked from this process.
_JOB: tuple[Callable, list] | None = None


def chunks(items: Sequence[T], n: int, first: float = 1.0) -> list[Sequence[T]]:
    """``items`` in ``n`` contiguous slices (none empty), the first ``first`` times as long as
    each of the others, whose lengths differ by at most one."""
    n = max(1, min(n, len(items)))
    head = round(len(items) * first / (first + n - 1))
    head = max(1, min(head, len(items) - (n - 1)))
    out, start = [items[:head]], head
    if n > 1:
        size, extra = divmod(len(items) - head, n - 1)
        for i in range(n - 1):
            end = start + size + (i < extra)
            out.append(items[start:end])
            start = end
    return out


def split_map(fn: Callable[[Sequence[T]], R], items: Sequence[T], workers: int | None = None,
              min_chunk: int = 1000, first: float = 1.0) -> list[R]:
    """``[fn(chunk) for chunk in chunks(items, n)]``, the chunks worked at the same time.

    ``n`` is the number of workers (``workers``, else $TRACKER_WORKERS, else the
    cores), fewer when a chunk would have under ``min_chunk`` items. The first
    chunk, ``first`` times as long as the others (see ``chunks``), is worked in
    this process, the others in forked children; ``fn``'s
    results must pickle. An exception in ``fn`` is raised here, as if ``fn`` had
    run here. If a child dies (killed, out of memory), its chunk is worked here.
    """
    global _JOB
    n = min(worker_count(workers), len(items) // max(1, min_chunk))
    context = fork_context() if n > 1 else None
    if context is None:
        return [fn(items)]
    parts = chunks(items, n, first)
    if _JOB is not None:  # split_map inside split_map's fn: no second level of processes
        return [fn(items)]
    _JOB = (fn, parts)
    try:
        with ProcessPoolExecutor(max_workers=n - 1, mp_context=context) as pool:
            futures = [pool.submit(_work, i) for i in range(1, n)]  # forks the children now
            results = [fn(parts[0])]
            broken = False
            for i, future in enumerate(futures, start=1):
                try:
                    results.append(future.result())
                    continue
                except BrokenProcessPool:
                    if not broken:
                        log.warning("a worker process stopped; doing its part of the work in this process")
                    broken = True
                results.append(fn(parts[i]))
        return results
    finally:
        _JOB = None


def _work(i: int):
    """In a child: chunk ``i`` of the job it was forked with."""
    assert _JOB is not None, "split_map's children are forked while it runs"
    fn, parts = _JOB
    return fn(parts[i])
