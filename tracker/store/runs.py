"""Runs: one row per monthly run, and the evaluations each run made.

A run is ``running`` from its start until it is finished as ``ok`` (report
written, no problems), ``problems`` (report written, some input had problems)
or ``failed`` (no report; ``error`` says why). A run left ``running`` by a
process that died is marked failed by the next run, which holds the run lock
and so knows nobody else is running.
"""

from __future__ import annotations

import json
import os
import socket
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, insert, select, update

from tracker.model import Evaluation
from tracker.problems import Problem
from tracker.store.figures import problems_from_json, problems_to_json
from tracker.store.schema import as_utc, now_utc, run_evaluations, runs

RUNNING, OK, PROBLEMS, FAILED = "running", "ok", "problems", "failed"
#: Outcomes of a run that wrote its report.
DONE = (OK, PROBLEMS)


@dataclass(frozen=True, slots=True)
class RunRecord:
    id: int
    as_of: str
    trigger: str
    started_at: datetime
    finished_at: datetime | None
    outcome: str
    report_path: str | None = None
    counts: Mapping[str, int] = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    error: str | None = None
    files_imported: int = 0
    revisions: int = 0
    inputs_digest: str | None = None
    host: str | None = None
    pid: int | None = None

    @property
    def done(self) -> bool:
        return self.outcome in DONE


def _record(row) -> RunRecord:
    return RunRecord(
        id=row.id,
        as_of=row.as_of,
        trigger=row.trigger,
        started_at=as_utc(row.started_at),
        finished_at=as_utc(row.finished_at),
        outcome=row.outcome,
        report_path=row.report_path,
        counts=json.loads(row.counts) if row.counts else {},
        problems=problems_from_json(row.problems),
        error=row.error,
        files_imported=row.files_imported or 0,
        revisions=row.revisions or 0,
        inputs_digest=row.inputs_digest,
        host=row.host,
        pid=row.pid,
    )


def begin_run(
    engine: Engine, as_of: str, trigger: str, inputs_digest: str | None, now: datetime | None = None
) -> int:
    with engine.begin() as conn:
        return conn.execute(
            insert(runs)
            .values(
                as_of=as_of,
                trigger=trigger,
                started_at=now or now_utc(),
                outcome=RUNNING,
                inputs_digest=inputs_digest,
                host=socket.gethostname(),
                pid=os.getpid(),
            )
            .returning(runs.c.id)
        ).scalar_one()


def status_counts(evaluations: Iterable[Evaluation]) -> dict[str, int]:
    return dict(Counter(e.status.value for e in evaluations))


def finish_run(
    engine: Engine,
    run_id: int,
    *,
    evaluations: Sequence[Evaluation],
    problems: Sequence[Problem],
    report_path: str,
    files_imported: int,
    revisions: int,
    now: datetime | None = None,
) -> RunRecord:
    """Record the run's evaluations and its outcome, in one transaction."""
    values = {
        "finished_at": now or now_utc(),
        "outcome": PROBLEMS if problems else OK,
        "report_path": report_path,
        "counts": json.dumps(status_counts(evaluations), ensure_ascii=False),
        "n_problems": len(problems),
        "problems": problems_to_json(problems),
        "files_imported": files_imported,
        "revisions": revisions,
    }
    with engine.begin() as conn:
        rows = [
            {
                "run_id": run_id,
                "target_id": e.id,
                "status": e.status.value,
                "data": json.dumps(e.as_json(), ensure_ascii=False),
            }
            for e in _unique(evaluations)
        ]
        if rows:
            conn.execute(insert(run_evaluations), rows)
        conn.execute(update(runs).where(runs.c.id == run_id).values(**values))
        return _record(conn.execute(select(runs).where(runs.c.id == run_id)).one())


def _unique(evaluations: Sequence[Evaluation]) -> list[Evaluation]:
    seen: dict[str, Evaluation] = {}
    for e in evaluations:
        seen.setdefault(e.id, e)
    return list(seen.values())


def fail_run(
    engine: Engine,
    run_id: int,
    error: str,
    *,
    problems: Sequence[Problem] = (),
    files_imported: int = 0,
    revisions: int = 0,
    now: datetime | None = None,
) -> None:
    with engine.begin() as conn:
        conn.execute(
            update(runs)
            .where(runs.c.id == run_id)
            .values(
                finished_at=now or now_utc(),
                outcome=FAILED,
                error=error,
                n_problems=len(problems),
                problems=problems_to_json(problems),
                files_imported=files_imported,
                revisions=revisions,
            )
        )


def abandon_stale_runs(engine: Engine, now: datetime | None = None) -> list[RunRecord]:
    """Mark runs left ``running`` as failed. Call only while holding the run lock."""
    with engine.begin() as conn:
        stale = [_record(r) for r in conn.execute(select(runs).where(runs.c.outcome == RUNNING))]
        if stale:
            conn.execute(
                update(runs)
                .where(runs.c.id.in_([r.id for r in stale]))
                .values(
                    outcome=FAILED,
                    finished_at=now or now_utc(),
                    error="interrupted: the process stopped before the run finished "
                    "(killed, or the machine went down); its committed imports are kept",
                )
            )
    return stale


def get_run(engine: Engine, run_id: int) -> RunRecord | None:
    with engine.connect() as conn:
        row = conn.execute(select(runs).where(runs.c.id == run_id)).one_or_none()
    return None if row is None else _record(row)


def list_runs(engine: Engine, limit: int | None = None) -> list[RunRecord]:
    """Recorded runs, newest first."""
    query = select(runs).order_by(runs.c.id.desc())
    if limit is not None:
        query = query.limit(limit)
    with engine.connect() as conn:
        return [_record(row) for row in conn.execute(query)]


def running_runs(engine: Engine) -> list[RunRecord]:
    with engine.connect() as conn:
        return [_record(r) for r in conn.execute(select(runs).where(runs.c.outcome == RUNNING).order_by(runs.c.id))]


def last_done_run(engine: Engine, as_of: str) -> RunRecord | None:
    """The newest run that wrote a report for ``as_of``."""
    query = (
        select(runs)
        .where(runs.c.as_of == as_of, runs.c.outcome.in_(DONE))
        .order_by(runs.c.id.desc())
        .limit(1)
    )
    with engine.connect() as conn:
        row = conn.execute(query).one_or_none()
    return None if row is None else _record(row)


def done_months(engine: Engine) -> set[str]:
    """The as_of months that have a report."""
    with engine.connect() as conn:
        return set(conn.execute(select(runs.c.as_of).where(runs.c.outcome.in_(DONE)).distinct()).scalars())


def previous_statuses(engine: Engine, as_of: str) -> tuple[RunRecord | None, dict[str, str]]:
    """The newest reported run for the latest month before ``as_of``, and its status per target."""
    query = (
        select(runs)
        .where(runs.c.as_of < as_of, runs.c.outcome.in_(DONE))
        .order_by(runs.c.as_of.desc(), runs.c.id.desc())
        .limit(1)
    )
    with engine.connect() as conn:
        row = conn.execute(query).one_or_none()
        if row is None:
            return None, {}
        statuses = conn.execute(
            select(run_evaluations.c.target_id, run_evaluations.c.status).where(run_evaluations.c.run_id == row.id)
        )
        return _record(row), {tid: status for tid, status in statuses}


def run_evaluation_data(engine: Engine, run_id: int) -> dict[str, dict[str, Any]]:
    """The evaluations a run recorded, by target id, as ``Evaluation.as_json()`` gave them."""
    query = select(run_evaluations.c.target_id, run_evaluations.c.data).where(run_evaluations.c.run_id == run_id)
    with engine.connect() as conn:
        return {tid: json.loads(data) for tid, data in conn.execute(query)}


def status_history(engine: Engine, target_id: str) -> list[tuple[RunRecord, dict[str, Any]]]:
    """Every reported run that judged ``target_id``, oldest first, with its evaluation."""
    query = (
        select(runs, run_evaluations.c.data)
        .join(run_evaluations, run_evaluations.c.run_id == runs.c.id)
        .where(run_evaluations.c.target_id == target_id, runs.c.outcome.in_(DONE))
        .order_by(runs.c.as_of, runs.c.id)
    )
    with engine.connect() as conn:
        return [(_record(row), json.loads(row.data)) for row in conn.execute(query)]


def last_judged(engine: Engine) -> tuple[RunRecord | None, dict[str, str]]:
    """The newest run that judged and reported (any month), and the title of each goal it judged."""
    query = select(runs).where(runs.c.outcome.in_(DONE)).order_by(runs.c.id.desc()).limit(1)
    with engine.connect() as conn:
        row = conn.execute(query).one_or_none()
        if row is None:
            return None, {}
        found = conn.execute(select(run_evaluations.c.target_id, run_evaluations.c.data)
                             .where(run_evaluations.c.run_id == row.id))
        return _record(row), {tid: json.loads(data).get("title") or "" for tid, data in found}


def earlier_statuses(engine: Engine, as_of: str, months: int) -> dict[str, list[str]]:
    """Each goal's status in the reported months before ``as_of``, newest first: the newest
    reported run of each of the ``months`` latest such months (for 连续N个月滞后). A goal a
    month's run did not judge has no entry for that month or any before it."""
    month_rows = (
        select(runs.c.as_of, func.max(runs.c.id).label("id"))
        .where(runs.c.as_of < as_of, runs.c.outcome.in_(DONE))
        .group_by(runs.c.as_of)
        .order_by(runs.c.as_of.desc())
        .limit(months)
    )
    with engine.connect() as conn:
        chosen = [(m, rid) for m, rid in conn.execute(month_rows)]
        if not chosen:
            return {}
        order = {rid: i for i, (_, rid) in enumerate(chosen)}
        rows = conn.execute(
            select(run_evaluations.c.run_id, run_evaluations.c.target_id, run_evaluations.c.status)
            .where(run_evaluations.c.run_id.in_(list(order)))
        ).all()
    by_goal: dict[str, dict[int, str]] = {}
    for rid, tid, status in rows:
        by_goal.setdefault(tid, {})[order[rid]] = status
    out: dict[str, list[str]] = {}
    for tid, found in by_goal.items():
        seq = []
        for i in range(len(chosen)):  # newest first, stopping at the first month without it
            if i not in found:
                break
            seq.append(found[i])
        if seq:
            out[tid] = seq
    return out
