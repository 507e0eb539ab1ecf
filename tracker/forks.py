"""Work split over forked processes: ``share_map`` and ``split_map``.

Judging a province's 7,200 goals, or reading its 500,000 figures from the
store, keeps one core busy for most of a second or more while the others idle.
``share_map`` works a list of tasks in this process and in forked children at
the same time, each process taking the next task as it finishes its last, and
returns the results in order; ``split_map`` cuts a list of items into one
contiguous chunk per worker and shares those.

The children are forked after the work is set up, so they see everything this
process holds without it being sent to them; only their results come back,
pickled; they die with this process, whatever kills it. Where forking is not
safe (another thread is running, macOS, Windows), with one worker, or for few
items, all of it runs here. How the children start, and how many, is
``tracker.runtime``'s to say.

Worth it most where the children make new objects (figures read from a
database). Splitting work over objects this process already holds pays for
the pages: after a fork each page an object lives on is copied on the first
write to it, in this process as in the child (reference counts are writes).
Judging 7,200 goals and writing their JSON lines, split over two processes,
took some 40 % longer a goal, and 15 % less time in all (pipeline.evaluate_json).
Tasks taken in turn, rather than one fixed share each, let both processes
finish together whatever the goals cost (a province whose figures come as
single months costs more a goal).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from tracker.runtime import close_pool, fork_context, process_pool, worker_count

__all__ = ["split_map", "share_map", "chunks"]

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
    cores), fewer when a chunk would have under ``min_chunk`` items (then all
    of it is one chunk, worked here). The chunks are worked by ``share_map``.
    """
    n = min(worker_count(workers), len(items) // max(1, min_chunk))
    if n <= 1 or _JOB is not None or fork_context() is None:
        return [fn(items)]
    return share_map(fn, chunks(items, n), workers, in_child=in_child, send=send, receive=receive)


def share_map(fn: Callable[[T], R], tasks: Sequence[T], workers: int | None = None, *,
              in_child: Callable[[], None] | None = None, send: Callable[[R], object] | None = None,
              receive: Callable[[object], R] | None = None) -> list[R]:
    """``[fn(task) for task in tasks]``, worked by this process and forked children at the same time.

    Each process takes the next task not yet taken as soon as it has finished its
    last (a counter in memory the processes share), so all finish together
    whatever each task costs: cut the work into a few dozen tasks and the
    processes share it evenly, where one slice each would leave one process
    waiting for the other. The results come back in the order of ``tasks``.

    ``fn``'s results must pickle. An exception in ``fn`` is raised here, as if
    ``fn`` had run here. If a child dies (killed, out of memory), the tasks it
    took are worked here. With one worker, one task, where forking is not safe,
    or inside another ``share_map``, every task is worked here in turn.

    ``in_child`` runs first in each child (its own database connections);
    ``send`` turns a child's result into what crosses to this process (figures as
    columns) and ``receive`` turns that back, so ``fn`` returns the same wherever
    it runs.
    """
    global _JOB
    n = min(worker_count(workers), len(tasks))
    context = fork_context() if n > 1 else None
    if context is None or _JOB is not None:  # no forking here, or no second level of processes
        return [fn(t) for t in tasks]
    counter = context.Value("q", 0)  # the next task to take, shared with the children forked below

    def take() -> int:
        with counter.get_lock():
            i = counter.value
            counter.value = i + 1
        return i

    _JOB = (fn, tasks, take, in_child, send)
    try:
        pool = process_pool(n - 1, context)
        try:
            futures = []
            for _ in range(1, n):  # forks the children now
                try:
                    futures.append(pool.submit(_work))
                except BrokenProcessPool:  # a child already died: the pool takes no more work
                    break
            results: dict[int, R] = {}
            while (i := take()) < len(tasks):
                results[i] = fn(tasks[i])
            broken = False
            for future in futures:
                try:
                    for i, result in future.result():
                        results[i] = result if receive is None else receive(result)
                except BrokenProcessPool:
                    broken = True
        finally:
            close_pool(pool, cancel=False)
        if broken or len(results) < len(tasks):
            log.warning("a worker process stopped; doing its part of the work in this process")
        return [results[i] if i in results else fn(t) for i, t in enumerate(tasks)]
    finally:
        _JOB = None


def _work() -> list[tuple[int, object]]:
    """In a child: the tasks of the job it was forked with, one after another as it takes them."""
    assert _JOB is not None, "share_map's children are forked while it runs"
    fn, tasks, take, in_child, send = _JOB
    if in_child is not None:
        in_child()
    done = []
    while (i := take()) < len(tasks):
        result = fn(tasks[i])
        done.append((i, result if send is None else send(result)))
    return done
