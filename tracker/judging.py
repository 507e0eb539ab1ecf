"""Judging a province's goals on every core: ``judge_all``.

``evaluate.evaluate_all`` judges one goal after another; 7,200 goals take about
a second of one core. ``judge_all`` gives the same evaluations and problems, in
the same order, with the goals split over forked processes (``tracker.forks``):
the figures are grouped once, here, before the children are forked, so that
they see the groups without their being sent.

An evaluation comes back from a child as a row of its plain fields. Two are
not sent: where the goal was stated (``source``, the goal's own, known here)
and its series for charts, which is made on first use — from a child by judging
that one goal again here, which only the hundred charted goals ever do.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import fields
from functools import partial
from operator import attrgetter

from tracker.config import DEFAULT, Settings
from tracker.evaluate import NameMap, evaluate_target, group_figures, group_key, judge_grouped
from tracker.forks import split_map
from tracker.model import Evaluation, Figure, LazySeries, SeriesPoint, TargetT
from tracker.nogc import gc_paused
from tracker.periods import Period
from tracker.problems import Problem

__all__ = ["judge_all"]

#: Below this many goals a chunk, judging stays in one process (forking costs some 20 ms).
MIN_CHUNK = 1500

#: How much more of the goals this process judges than each child. A child judges
#: more slowly (each figure it reads costs a copied page the first time) and its
#: evaluations must be sent back and made again here: measured on 2 cores, 55 %
#: of the goals here and 45 % in the child finish together.
FIRST = 1.2

#: The fields an evaluation's row carries back from a child, in this order.
_SENT = tuple(f.name for f in fields(Evaluation) if f.name not in ("source", "series"))
_row = attrgetter(*_SENT)


def judge_all(
    targets: Sequence[TargetT],
    figures: Iterable[Figure],
    as_of: Period,
    settings: Settings = DEFAULT,
    aliases: NameMap | None = None,
    workers: int | None = None,
    min_chunk: int = MIN_CHUNK,
) -> tuple[list[Evaluation], list[Problem]]:
    """evaluate_all on ``workers`` processes (default: one per core; see tracker.forks),
    none with fewer than ``min_chunk`` goals."""
    targets = targets if isinstance(targets, Sequence) else list(targets)
    with gc_paused():
        groups = group_figures(figures, aliases)
        here = os.getpid()

        def judge(chunk: Sequence[TargetT]) -> tuple[list, list[Problem]]:
            evaluations, problems = judge_grouped(chunk, groups, as_of, settings, aliases)
            if os.getpid() == here:
                return evaluations, problems
            return [(_row(e), len(e.series)) for e in evaluations], problems  # in a child

        evaluations: list[Evaluation] = []
        problems: list[Problem] = []
        for part, found in split_map(judge, targets, workers, min_chunk, FIRST):
            if part and not isinstance(part[0], Evaluation):
                done = len(evaluations)
                part = [_from_row(row, size, t, groups, as_of, settings, aliases)
                        for (row, size), t in zip(part, targets[done:done + len(part)])]
            evaluations.extend(part)
            problems.extend(found)
    return evaluations, problems


def _from_row(row: tuple, size: int, target: TargetT, groups: dict, as_of: Period, settings: Settings,
              aliases: NameMap | None) -> Evaluation:
    assert row[0] == target.id, "a child's evaluations come back in the order of its goals"
    figures = groups.get(group_key(target, aliases), ())
    series = LazySeries(partial(_series, target, figures, as_of, settings), size)
    return Evaluation(**dict(zip(_SENT, row)), source=target.source or None, series=series)


def _series(target: TargetT, figures: Sequence[Figure], as_of: Period, settings: Settings) -> Sequence[SeriesPoint]:
    """A goal's series, made by judging it again (its evaluation came from a child)."""
    return evaluate_target(target, figures, as_of, settings)[0].series
