"""Runs: one row per monthly run, and the evaluations each run made.

Every ``tracker run`` leaves a row. A run is ``running`` from its start until it
is finished as ``ok`` (report written, no problems), ``problems`` (report
written, some input had problems), ``skipped`` (nothing new since the run
``matched_run``: no report written) or ``failed`` (no report; ``error`` says
why, ``traceback`` where, for an internal error). A run that could not start
(another one kept the store busy) is recorded failed at once. A run left
``running`` by a process that died is marked failed by the next run, which holds
the run lock and so knows nobody else is running. ``alerts`` records who was
told of the run and whether telling them worked (tracker.notify).
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
from tracker.store.figures import problems_from_json
from tracker.store.schema import as_utc, now_utc, run_evaluations, runs

RUNNING, OK, PROBLEMS, FAILED, SKIPPED = "running", "ok", "problems", "failed", "skipped"
#: Every outcome a finished run may have.
OUTCOMES = (OK, PROBLEMS, SKIPPED, FAILED)
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
    matched_run: int | None = None
    traceback: str | None = None
    alerts: tuple[Mapping[str, Any], ...] = ()

    @property
    def done(self) -> bool:
        return self.outcome in DONE

    def as_json(self, lang: str = "zh") -> dict[str, Any]:
        """The run for scripts (``tracker runs --json``) and alerts (a command's stdin), its
        problems said in ``lang``."""
        return {
            "id": self.id,
            "as_of": self.as_of,
            "outcome": self.outcome,
            "trigger": self.trigger,
            "started_at": _iso(self.started_at),
            "finished_at": _iso(self.finished_at),
            "report": self.report_path,
            "counts": dict(self.counts),
            "problems": [p.as_json(lang) for p in self.problems],
            "error": self.error,
            "files_imported": self.files_imported,
            "revisions": self.revisions,
            "matched_run": self.matched_run,
            "host": self.host,
            "pid": self.pid,
            "alerts": [dict(a) for a in self.alerts],
        }


@dataclass(frozen=True, slots=True)
class _Said:
    """A run's problem as it was said when the run recorded it, in both languages."""

    zh: str
    en: str

    def text(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


def problems_to_json(problems: Iterable[Problem]) -> str:
    """A run's problems, each said in both languages (``tracker runs --show N --lang en``)."""
    return json.dumps([{**p.as_json("zh"), "message_en": p.text("en")} for p in problems], ensure_ascii=False)


def _problems(data: str | None) -> tuple[Problem, ...]:
    said = json.loads(data) if data else []
    return tuple(
        Problem(p.file, p.place, p.message, p.reason, p.severity,
                _Said(p.message, raw["message_en"]) if raw.get("message_en") else None)
        for p, raw in zip(problems_from_json(data), said)
    )


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


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
        problems=_problems(row.problems),
        error=row.error,
        files_imported=row.files_imported or 0,
        revisions=row.revisions or 0,
        inputs_digest=row.inputs_digest,
        host=row.host,
        pid=row.pid,
        matched_run=row.matched_run,
        traceback=row.traceback,
        alerts=tuple(json.loads(row.alerts)) if row.alerts else (),
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


def set_inputs_digest(engine: Engine, run_id: int, digest: str) -> None:
    """What the run judges with (targets and settings), once it is known."""
    with engine.begin() as conn:
        conn.execute(update(runs).where(runs.c.id == run_id).values(inputs_digest=digest))


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
    traceback: str | None = None,
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
                traceback=traceback,
            )
        )


def skip_run(engine: Engine, run_id: int, matched_run: int, *, problems: Sequence[Problem] = (),
             now: datetime | None = None) -> RunRecord:
    """Record that the run found nothing new since ``matched_run`` and wrote no report."""
    with engine.begin() as conn:
        conn.execute(
            update(runs)
            .where(runs.c.id == run_id)
            .values(finished_at=now or now_utc(), outcome=SKIPPED, matched_run=matched_run,
                    n_problems=len(problems), problems=problems_to_json(problems), files_imported=0, revisions=0)
        )
        return _record(conn.execute(select(runs).where(runs.c.id == run_id)).one())


def record_failure(engine: Engine, as_of: str, trigger: str, error: str, now: datetime | None = None) -> RunRecord:
    """A run that could not begin (another run kept the store busy), recorded failed at once."""
    moment = now or now_utc()
    with engine.begin() as conn:
        run_id = conn.execute(
            insert(runs)
            .values(as_of=as_of, trigger=trigger, started_at=moment, finished_at=moment, outcome=FAILED,
                    error=error, n_problems=0, files_imported=0, revisions=0, host=socket.gethostname(),
                    pid=os.getpid())
            .returning(runs.c.id)
        ).scalar_one()
        return _record(conn.execute(select(runs).where(runs.c.id == run_id)).one())


def record_alerts(engine: Engine, run_id: int, alerts: Sequence[Mapping[str, Any]]) -> RunRecord:
    """Keep on the run who was told of it and whether that worked."""
    with engine.begin() as conn:
        conn.execute(update(runs).where(runs.c.id == run_id)
                     .values(alerts=json.dumps([dict(a) for a in alerts], ensure_ascii=False)))
        return _record(conn.execute(select(runs).where(runs.c.id == run_id)).one())


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


def last_run(engine: Engine) -> RunRecord | None:
    """The newest recorded run, whatever its outcome (None when there is none)."""
    found = list_runs(engine, 1)
    return found[0] if found else None


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
