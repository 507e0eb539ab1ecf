"""tracker.forks: work split over forked processes gives what one process gives."""

from __future__ import annotations

import logging
import os
import threading
import time

import pytest

from tracker.forks import chunks, share_map, split_map
from tracker.ingest.parallel import fork_context

needs_fork = pytest.mark.skipif(fork_context() is None, reason="no safe fork here")


@pytest.mark.parametrize("size", [1, 2, 3, 7, 10, 101, 7200])
@pytest.mark.parametrize("n", [1, 2, 3, 4])
def test_chunks_cover_the_items_in_order(size, n):
    items = list(range(size))
    parts = chunks(items, n)
    assert [x for p in parts for x in p] == items
    assert len(parts) == min(n, size)
    assert all(parts)
    lengths = [len(p) for p in parts]
    assert max(lengths) - min(lengths) <= 1


def test_chunks_lengths():
    assert [len(p) for p in chunks(list(range(7200)), 4)] == [1800] * 4
    assert [len(p) for p in chunks(list(range(10)), 3)] == [4, 3, 3]


def _pid_and_sum(chunk):
    return os.getpid(), sum(chunk)


def _slow_pid_and_sum(chunk):
    time.sleep(0.2)  # long enough for the children to start and take their share
    return os.getpid(), sum(chunk)


def _meeting(parties: int):
    """A barrier the forked processes share: a task that waits on it holds its process until
    ``parties`` processes each hold one, so no process can take two tasks before all have one."""
    return fork_context().Barrier(parties, timeout=30)


@needs_fork
def test_split_map_works_the_chunks_in_other_processes_and_keeps_their_order():
    items = list(range(1000))
    meet = _meeting(3)

    def work(chunk):
        meet.wait()
        return os.getpid(), sum(chunk)

    results = split_map(work, items, workers=3, min_chunk=10)
    assert [s for _, s in results] == [sum(p) for p in chunks(items, 3)]
    pids = [pid for pid, _ in results]
    assert len(set(pids)) == 3  # each process took one chunk
    assert os.getpid() in pids


def test_split_map_stays_here_for_few_items_or_one_worker():
    assert split_map(_pid_and_sum, list(range(50)), workers=2, min_chunk=26) == [(os.getpid(), sum(range(50)))]
    assert split_map(_pid_and_sum, list(range(5000)), workers=1, min_chunk=1) == [(os.getpid(), sum(range(5000)))]
    assert split_map(_pid_and_sum, [], workers=2, min_chunk=1) == [(os.getpid(), 0)]


def test_split_map_stays_here_while_another_thread_runs():
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert split_map(_pid_and_sum, list(range(100)), workers=2, min_chunk=1) == [(os.getpid(), sum(range(100)))]
    finally:
        stop.set()
        thread.join()


def test_split_map_sees_what_this_process_holds():
    """The work is set up before forking: a closure over local data needs no pickling."""
    table = {i: i * i for i in range(2000)}
    results = split_map(lambda chunk: [table[i] for i in chunk], list(range(2000)), workers=2, min_chunk=10)
    assert [x for part in results for x in part] == [i * i for i in range(2000)]


@needs_fork
def test_an_error_in_a_child_is_raised_here():
    here = os.getpid()
    failed = fork_context().Event()

    def fail_elsewhere(chunk):
        if os.getpid() != here:
            failed.set()
            raise ValueError(f"bad item {chunk[0]}")
        assert failed.wait(30)  # the child starts and takes the other chunk meanwhile
        return len(chunk)

    with pytest.raises(ValueError, match="bad item (0|50)"):  # whichever chunk the child took
        split_map(fail_elsewhere, list(range(100)), workers=2, min_chunk=10)


@needs_fork
def test_a_child_that_dies_has_its_chunk_worked_here(caplog):
    here = os.getpid()
    died = fork_context().Semaphore(0)
    waited: list[bool] = []

    def die_elsewhere(chunk):
        if os.getpid() != here:
            died.release()
            os._exit(9)  # killed, out of memory
        if not waited:  # a child starts and takes a chunk meanwhile (once one dies, the pool stops the other)
            waited.append(died.acquire(timeout=30))
        return os.getpid(), sum(chunk)

    with caplog.at_level(logging.WARNING, logger="tracker.forks"):
        results = split_map(die_elsewhere, list(range(300)), workers=3, min_chunk=10)
    assert waited == [True]
    assert results == [(here, sum(p)) for p in chunks(list(range(300)), 3)]
    assert [r.getMessage() for r in caplog.records].count(
        "a worker process stopped; doing its part of the work in this process") == 1


@needs_fork
def test_split_map_inside_split_map_does_not_fork_again():
    def inner(chunk):
        inner_pids = [pid for pid, _ in split_map(_slow_pid_and_sum, list(chunk), workers=2, min_chunk=1)]
        return os.getpid(), inner_pids

    results = split_map(inner, list(range(100)), workers=2, min_chunk=10)
    assert len(results) == 2
    for outer_pid, inner_pids in results:
        assert inner_pids == [outer_pid]  # the inner call worked its chunk where it was, in one piece


@needs_fork
def test_share_map_gives_each_result_in_the_order_of_the_tasks():
    tasks = [list(range(i, i + 7)) for i in range(0, 700, 7)]
    assert [s for _, s in share_map(_pid_and_sum, tasks, workers=2)] == [sum(t) for t in tasks]


@needs_fork
def test_share_map_processes_take_turns_so_a_costly_task_does_not_hold_the_rest():
    """One task of 0.6 s and six of 0.1 s on two processes: whoever takes the long one, the other
    works the short ones meanwhile (0.6 s in all, not 0.9 s for a fixed half each)."""
    meet = _meeting(2)

    def work(task):
        number, seconds = task
        if number < 2:
            meet.wait()  # each process holds one of the first two tasks
        time.sleep(seconds)
        return os.getpid()

    pids = share_map(work, list(enumerate([0.6, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])), workers=2)
    long_one = pids[0]
    assert len(set(pids)) == 2
    assert pids.count(long_one) <= 2  # not the fixed half (four tasks) each


@needs_fork
def test_share_map_works_here_the_tasks_a_dead_child_took(caplog):
    here = os.getpid()

    def die_elsewhere(task):
        if os.getpid() != here:
            os._exit(9)
        time.sleep(0.05)
        return task * 2

    with caplog.at_level(logging.WARNING, logger="tracker.forks"):
        assert share_map(die_elsewhere, list(range(20)), workers=2) == [t * 2 for t in range(20)]


def test_share_map_with_one_worker_works_every_task_here():
    assert share_map(_pid_and_sum, [[1], [2, 3]], workers=1) == [(os.getpid(), 1), (os.getpid(), 5)]
