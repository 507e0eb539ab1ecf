"""The monthly job (``tracker run``): import what is new, judge from the store, report, record.

    run_month(engine, RunOptions(targets_dir=…, actuals_dir=…, out_dir=…), as_of=…) -> RunResult

1. Take the store's run lock (another run holding it: wait, then give up with
   a message naming it). Runs left ``running`` by a dead process are marked
   failed.
2. Hash every actuals file; a file whose path and content hash are already in
   the store is not read again. Each new or changed file is imported in one
   transaction (see ``tracker.store.figures``).
3. A month that already has a report, with nothing new imported and the same
   targets and settings, is not reported again: the run is recorded ``skipped``
   with the run it matched.
4. Otherwise judge every target from the figures in use in the store, write
   the report (atomically, over that month's earlier one), and record the run
   with its evaluations, so next month's report can show this month's status.

Every invocation leaves a run on record: ``ok``, ``problems``, ``skipped`` or
``failed``. Any exception once the lock is held (a bug, a full disk) marks the
run failed with its reason and its traceback and raises RunFailed; a run that
could not get the lock is recorded failed too (RunBusy). Problems in input files
(unreadable ones included: tracker.ingest.listing) are not failures: they are
reported and the rest is judged. Once recorded, the run is told to whoever
``[notify]`` names (tracker.notify); an alert that fails is logged and kept on
the run, and never fails it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import traceback
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from tracker.config import DEFAULT, Settings
from tracker.model import Evaluation
from tracker.periods import Period
from tracker.problems import Problem, has_errors
from tracker.run_options import RunOptions
from tracker.runtime import Terminated, stop_on_sigterm, uninterrupted
from tracker.store import (
    ImportRecord,
    LockBusy,
    RunRecord,
    abandon_stale_runs,
    begin_run,
    current_figures,
    earlier_statuses,
    fail_run,
    file_digest,
    finish_run,
    import_file,
    imports_after_run,
    last_done_run,
    latest_imports,
    previous_statuses,
    record_failure,
    run_evaluation_data,
    running_runs,
    set_inputs_digest,
    skip_run,
    store_lock,
)

if TYPE_CHECKING:
    from tracker.ingest import FileResult

log = logging.getLogger(__name__)

#: How long a run waits for another one to finish before giving up, in seconds.
DEFAULT_WAIT = 900.0
RUN_LOCK = "run"


class RunFailed(Exception):
    """The run could not finish; it is recorded as failed with ``reason``."""

    def __init__(self, run_id: int, as_of: str, reason: str, run: RunRecord | None = None):
        super().__init__(f"run #{run_id} as of {as_of} failed: {reason}")
        self.run_id = run_id
        self.as_of = as_of
        self.reason = reason
        self.run = run


class RunBusy(Exception):
    """Another run held the store's run lock for longer than we were willing to wait
    (recorded as a failed run, ``run``)."""

    def __init__(self, message: str, run: RunRecord | None = None):
        super().__init__(message)
        self.run = run


@dataclass(frozen=True)
class RunResult:
    as_of: Period
    run: RunRecord | None  # None when nothing was done
    message: str
    report: Path | None = None
    imported: tuple[ImportRecord, ...] = ()
    unchanged: int = 0  # files already in the store with the same content
    evaluations: tuple[Evaluation, ...] = ()
    problems: tuple[Problem, ...] = ()
    previous_run: RunRecord | None = None  # the run whose statuses the report compares with
    stale: tuple[RunRecord, ...] = field(default=())  # interrupted runs found and closed
    brief: tuple[str, ...] = ()  # the 简报's paragraphs, as the report's first sheet has them

    @property
    def skipped(self) -> bool:
        return self.run is None or self.run.outcome == "skipped"

    @property
    def exit_code(self) -> int:
        return 1 if has_errors(self.problems) else 0


def describe_holder(engine: Engine, lang: str = "en") -> str:
    """Who holds the run lock, in words, from the run it recorded."""
    from tracker.messages import say as words

    running = running_runs(engine)
    if not running:
        return words("run.holder.starting", lang)
    r = running[-1]
    started = r.started_at.strftime("%Y-%m-%d %H:%M:%S UTC") if r.started_at else "?"
    return words("run.holder", lang, id=r.id, as_of=r.as_of, started=started, pid=r.pid, host=r.host)


#: Settings that change where and how a run works, not what it judges.
_NOT_JUDGED = frozenset({"store_url", "settle_seconds", "notify"})


def inputs_digest(targets_dir: Path, settings: Settings) -> str:
    """What a report depends on besides the figures: the target files and the settings."""
    h = hashlib.sha256()
    if Path(targets_dir).is_dir():
        for path in sorted(Path(targets_dir).rglob("*")):
            if path.is_file() and path.suffix.lower() in (".yaml", ".yml"):
                h.update(path.relative_to(targets_dir).as_posix().encode())
                try:
                    content = file_digest(path)[0]
                except OSError as e:  # the spec loader reports it; the digest only needs to differ
                    content = f"unreadable: {type(e).__name__}"
                h.update(b"\0" + content.encode() + b"\n")
    judged = {k: v for k, v in asdict(settings).items() if k not in _NOT_JUDGED}
    h.update(repr(sorted(judged.items())).encode())
    return h.hexdigest()


def run_month(
    engine: Engine,
    options: RunOptions,
    *,
    as_of: Period,
    settings: Settings = DEFAULT,
    extra_problems: Sequence[Problem] = (),
    trigger: str = "cli",
    force: bool = False,
    wait: float = DEFAULT_WAIT,
    notify: Callable[[str], None] | None = None,
    on_file: Callable[[Path], None] | None = None,
    workers: int | None = None,
    clock: Callable[[], datetime] | None = None,
) -> RunResult:
    """Make the monthly run for ``as_of`` (see the module's text). Raises RunBusy or RunFailed.

    ``options`` gives the folders and the language; ``settings`` are those its
    ``config`` names, loaded by the caller. New files are read by ``workers``
    processes (default: one per core, see tracker.ingest.parallel).
    ``notify`` is told of progress (waiting for another run); ``clock`` gives the time
    the alerts judge "late" by (default: now).
    """
    from tracker.messages import say as words

    lang = options.lang
    say = notify or log.info

    def waiting() -> None:
        say(words("run.waiting", lang, holder=describe_holder(engine, lang), wait=f"{wait:g}"))

    try:
        with stop_on_sigterm(), store_lock(engine, RUN_LOCK, wait=wait, on_wait=waiting):
            result = _run_locked(engine, options, as_of=as_of, settings=settings,
                                 extra_problems=tuple(extra_problems), trigger=trigger, force=force,
                                 on_file=on_file, workers=workers, clock=clock)
    except LockBusy:
        message = words("run.busy", lang, holder=describe_holder(engine, lang), wait=f"{wait:g}")
        try:
            run = _tell(engine, record_failure(engine, as_of.iso(), trigger, f"busy: {message}"),
                        settings, lang, clock)
        except Exception:  # the store went away meanwhile: say so, and still report the busy store
            log.exception("could not record the run that found the store busy")
            run = None
        raise RunBusy(message, run) from None
    return replace(result, run=_tell(engine, result.run, settings, lang, clock))


def _tell(engine: Engine, run: RunRecord, settings: Settings, lang: str,
          clock: Callable[[], datetime] | None) -> RunRecord:
    """Send the run's alerts ([notify]) and keep what became of them on the run; never raises."""
    if settings.notify is None:
        return run
    from tracker.notify import alert_run

    try:
        return alert_run(engine, run, settings.notify, lang=lang, now=clock() if clock else None)
    except Exception:  # an alert never fails the run: alert_run records its own failures
        log.exception("could not send the alerts of run #%s", run.id)
        return run


@dataclass(frozen=True)
class _Pending:
    path: Path
    rel: str
    sha256: str
    size: int
    changed: bool  # True: a new version of a known file; False: a new file


def _scan(actuals_dir: Path, known: dict[str, ImportRecord],
          settle: float | None) -> tuple[list[_Pending], list[ImportRecord], list[Problem]]:
    """The files to import, those already in the store, and a problem for each that cannot be read."""
    from tracker.ingest.listing import list_actuals, settle_seconds, unreadable_problem

    if not actuals_dir.is_dir():
        return [], [], [Problem.of(str(actuals_dir), "", "missing-folder")]
    listing = list_actuals(actuals_dir, settle_seconds(settle))
    pending: list[_Pending] = []
    unchanged: list[ImportRecord] = []
    problems = list(listing.problems)
    for path in listing.files:
        rel = path.relative_to(actuals_dir).as_posix()
        try:
            sha, size = file_digest(path)
        except OSError as e:  # gone or locked since it was listed: a problem of this file
            problems.append(unreadable_problem(rel, path, e))
            continue
        before = known.get(rel)
        if before is not None and before.sha256 == sha:
            unchanged.append(before)
        else:
            pending.append(_Pending(path, rel, sha, size, changed=before is not None))
    return pending, unchanged, problems


def _run_locked(
    engine: Engine,
    options: RunOptions,
    *,
    as_of: Period,
    settings: Settings,
    extra_problems: tuple[Problem, ...],
    trigger: str,
    force: bool,
    on_file: Callable[[Path], None] | None,
    workers: int | None,
    clock: Callable[[], datetime] | None,
) -> RunResult:
    from tracker.ingest.parallel import read_files
    from tracker.report import report_path
    from tracker.spec.aside import load_targets_aside
    from tracker.store import get_run

    targets_dir, actuals_dir, out_dir = Path(options.targets_dir), Path(options.actuals_dir), Path(options.out_dir)
    lang = options.lang
    month = as_of.iso()
    stale = tuple(abandon_stale_runs(engine))
    for r in stale:
        log.warning("run #%s (as of %s) had been interrupted; recorded it as failed", r.id, r.as_of)
    run_id = begin_run(engine, month, trigger, None)
    imported: list[ImportRecord] = []
    file_problems: list[Problem] = []
    try:
        pending, unchanged, scan_problems = _scan(actuals_dir, latest_imports(engine), settings.settle_seconds)
        file_problems.extend(scan_problems)
        digest = inputs_digest(targets_dir, settings)
        set_inputs_digest(engine, run_id, digest)
        target_report = report_path(out_dir, as_of, lang)

        done = last_done_run(engine, month)
        if (
            done is not None
            and not pending
            and not scan_problems  # a file that cannot be read now may be new: not "nothing new"
            and not force
            and done.inputs_digest == digest
            and done.report_path == str(target_report)
            and target_report.exists()
            and not imports_after_run(engine, done.id)  # e.g. by a run that was killed before its report
        ):
            record = skip_run(engine, run_id, done.id)
            message = (
                f"{month} was already reported by run #{done.id} ({done.report_path}); "
                "no new or changed files since and the same targets: nothing to do"
            )
            log.info("run #%s: %s", run_id, message)
            return RunResult(as_of=as_of, run=record, message=message, report=target_report,
                             unchanged=len(unchanged), stale=stale)

        # Workers start reading the new files now; each is stored as soon as it is read,
        # while the workers read the next ones (tracker.ingest.parallel).
        reading = read_files([item.path for item in pending], actuals_dir, workers)
        # The goals load here while the workers read, else (nothing new to read) in a process
        # of their own while this one reads the figures in use from the store.
        goals = load_targets_aside(targets_dir, aside=not pending)
        with closing(reading), closing(goals):  # the other processes stop on failure too
            for item, result in zip(pending, reading):
                if on_file is not None:
                    on_file(item.path)
                with uninterrupted():  # a file is stored, and counted, whole before SIGTERM stops the run
                    record, problem = _import_one(engine, item, result, run_id)
                    if record is not None:
                        imported.append(record)
                    if problem is not None:
                        file_problems.append(problem)
            for record in sorted(unchanged + imported, key=lambda r: r.path):
                file_problems.extend(record.problems)

            from tracker.pipeline import evaluate_inputs, stored_inputs

            spec = goals.result()
            # judged as `tracker evaluate` judges a folder (pipeline.evaluate_inputs), from the figures in use
            outcome = evaluate_inputs(stored_inputs(spec, current_figures(engine), (*extra_problems, *file_problems)),
                                      as_of, settings)
            evaluations, figures = outcome.evaluations, outcome.figures
            gone = _gone(engine, spec.targets, targets_dir)
            problems = tuple(dict.fromkeys((*outcome.problems, *gone)))
            previous_run, previous = previous_statuses(engine, month)
            compared = None
            if previous_run is not None:  # the month compared with, its statuses and numbers (排名 moves)
                from tracker.report import PreviousRun

                compared = PreviousRun(previous_run.as_of, previous, run_evaluation_data(engine, previous_run.id))
            history = earlier_statuses(engine, month, settings.lagging_months - 1)
            path = _write_report(evaluations, figures, problems, as_of, out_dir, settings, lang, compared, run_id,
                                 history)
            from tracker.report import brief

            paragraphs = tuple(brief(evaluations, problems, as_of, previous=compared, lang=lang, settings=settings,
                                     history=history))
            with uninterrupted(last=True):  # recorded whole; a SIGTERM that comes now finds the run done
                record = finish_run(
                    engine,
                    run_id,
                    evaluations=evaluations,
                    problems=problems,
                    report_path=str(path),
                    files_imported=len(imported),
                    revisions=sum(r.revised for r in imported),
                )
    except BaseException as e:
        interrupted = isinstance(e, KeyboardInterrupt)  # Ctrl-C, or SIGTERM (Terminated)
        reason = _failure(e)
        log.error("run #%s as of %s failed: %s", run_id, month, reason, exc_info=not interrupted)
        failed = None
        try:
            fail_run(engine, run_id, reason, problems=file_problems, files_imported=len(imported),
                     revisions=sum(r.revised for r in imported),
                     traceback=None if interrupted else traceback.format_exc())
            failed = get_run(engine, run_id)
        except Exception:  # the store itself is gone: the next run closes this one as interrupted
            log.exception("could not record run #%s as failed", run_id)
        if isinstance(e, (Exception, Terminated)):  # stopped by SIGTERM: said as a failed run
            if failed is not None:
                failed = _tell(engine, failed, settings, lang, clock)
            raise RunFailed(run_id, month, reason, failed) from e
        raise
    message = _summary(record, imported, len(unchanged))
    return RunResult(
        as_of=as_of,
        run=record,
        message=message,
        report=path,
        imported=tuple(imported),
        unchanged=len(unchanged),
        evaluations=tuple(evaluations),
        problems=problems,
        previous_run=previous_run,
        stale=stale,
        brief=paragraphs,
    )


def _gone(engine: Engine, targets, targets_dir: Path) -> list[Problem]:
    """A warning for each goal the last recorded run judged that no target file holds now."""
    from tracker.messages.problems import Reason
    from tracker.problems import WARNING
    from tracker.store.runs import last_judged

    run, judged = last_judged(engine)
    if run is None:
        return []
    now = {t.id for t in targets}
    return [Problem.of(Path(targets_dir).name or str(targets_dir), "", Reason.TARGET_GONE, severity=WARNING,
                       id=tid, title=title, run=run.id, as_of=run.as_of)
            for tid, title in sorted(judged.items()) if tid not in now]


def _failure(e: BaseException) -> str:
    """Why the run failed, as recorded: a SIGTERM or Ctrl-C is an interruption, not a bug."""
    if isinstance(e, Terminated):
        return f"interrupted by {e.signal}"
    if isinstance(e, KeyboardInterrupt):
        return "interrupted"
    return f"{type(e).__name__}: {e}"


def _import_one(engine: Engine, item: _Pending, result: FileResult,
                run_id: int) -> tuple[ImportRecord | None, Problem | None]:
    from tracker.ingest.listing import unreadable_problem

    try:
        now = file_digest(item.path)[0]
    except OSError as e:  # gone or locked since it was listed: a problem of this file
        return None, unreadable_problem(item.rel, item.path, e)
    if now != item.sha256:
        # Written to while we read it: what we read may be neither version.
        return None, Problem.of(item.rel, "", "file-changed")
    record = import_file(
        engine,
        path=item.rel,
        sha256=item.sha256,
        size=item.size,
        figures_read=result.figures,
        problems=result.problems,
        placeholders=int(result.placeholders or 0),
        run_id=run_id,
    )
    log.info("imported %s (%s): %d figure(s), %d new, %d revised, %d problem(s)", item.rel,
             "changed" if item.changed else "new", record.figures, record.new, record.revised, len(record.problems))
    return record, None


def _write_report(evaluations, figures, problems, as_of, out_dir, settings, lang, previous, run_id,
                  history=None) -> Path:
    from tracker.report import report_path, write_report

    final = report_path(out_dir, as_of, lang)
    # A run killed while saving leaves its temporary file behind; we hold the lock, so it is stale.
    if final.parent.is_dir():
        for tmp in final.parent.glob(f".{final.stem}.*.tmp"):
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return write_report(evaluations, figures, problems, as_of, out_dir, settings=settings, lang=lang,
                        previous=previous, run_id=str(run_id), history=history)


def _summary(run: RunRecord, imported: Sequence[ImportRecord], unchanged: int) -> str:
    used = [r for r in imported if r.outcome == "ok"]
    first = f"run #{run.id} as of {run.as_of}: imported {len(imported)} file(s)"
    if imported:
        first += (f" ({sum(r.figures for r in used)} figure(s): {sum(r.new for r in used)} new, "
                  f"{sum(r.revised for r in used)} revised"
                  + (f"; {len(imported) - len(used)} file(s) with problems not used" if len(used) < len(imported) else "")
                  + ")")
    parts = [first, f"{unchanged} file(s) unchanged"]
    counts = ", ".join(f"{n} {status}" for status, n in sorted(run.counts.items()))
    parts.append(f"{sum(run.counts.values())} target(s){': ' + counts if counts else ''}")
    if run.problems:
        parts.append(f"{len(run.problems)} problem(s)")
    return "; ".join(parts)


# --------------------------------------------------------------------------
# Looking back: `tracker history` (`tracker runs` reads through tracker.runlog)


def close_interrupted_runs(engine: Engine) -> tuple[RunRecord, ...]:
    """Runs left ``running`` by a process that is gone, recorded as failed (interrupted) now.

    Only when the run lock is free: then no run is in progress on this store.
    While one is, or where the store cannot be written, nothing is changed.
    """
    from sqlalchemy.exc import SQLAlchemyError

    try:
        if not running_runs(engine):
            return ()
        with store_lock(engine, RUN_LOCK, wait=0):
            return tuple(abandon_stale_runs(engine))
    except (LockBusy, SQLAlchemyError, OSError):
        return ()


def _local(moment, tz) -> str:
    return "-" if moment is None else moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class GoalHistory:
    target_id: str
    title: str
    region: str
    indicator: str
    figures: tuple  # StoredFigure, oldest value first within each key
    runs: tuple  # (RunRecord, evaluation json) oldest first


def goal_history(engine: Engine, target_id: str, targets_dir: Path) -> GoalHistory | None:
    """A goal's stored figures (with revisions) and its status run by run; None if unknown."""
    from tracker.spec import load_targets
    from tracker.store import figure_history, series_names, status_history

    spec = load_targets(Path(targets_dir)) if Path(targets_dir).is_dir() else None
    target = next((t for t in spec.targets if t.id == target_id), None) if spec else None
    judged = tuple(status_history(engine, target_id))
    if target is not None:
        title, region, indicator = target.title, target.region, target.indicator
    elif judged:
        last = judged[-1][1]
        title, region, indicator = last.get("title") or "", last["region"], last["indicator"]
    else:
        return None
    aliases = spec.aliases if spec is not None else None

    def canon_region(name: str) -> str:
        return aliases.region(name) if aliases is not None else name.strip()

    def canon_indicator(name: str) -> str:
        return aliases.indicator(name) if aliases is not None else name.strip()

    names = [(r, i) for r, i in series_names(engine)
             if canon_region(r) == canon_region(region) and canon_indicator(i) == canon_indicator(indicator)]
    stored = figure_history(engine, {r for r, _ in names}, {i for _, i in names}) if names else []
    stored = [s for s in stored if (s.figure.region, s.figure.indicator) in set(names)]
    return GoalHistory(target_id, title, region, indicator, tuple(stored), judged)


def history_lines(h: GoalHistory, tz, lang: str = "zh") -> list[str]:
    """``tracker history`` in ``lang`` (zh or en): the goal's figures, then its status run by run."""
    from tracker.messages import say
    from tracker.model import Status
    from tracker.report.labels import labels_for

    statuses = labels_for(lang).status
    colon = "：" if lang != "en" else ": "
    lines = [f"{h.target_id}{colon}{h.title}", f"{h.region} · {h.indicator}", "", say("history.figures", lang)]
    if not h.figures:
        lines.append(say("history.no-figures", lang))
    for s in h.figures:
        f = s.figure
        state = say("history.in-use", lang) if s.in_use else say("history.replaced", lang,
                                                                   when=_local(s.superseded_at, tz))
        revised = say("history.revised", lang, value=f"{f.revised_from:g}") \
            if s.in_use and f.revised_from is not None else ""
        measure = say(f"measure.{f.measure.value}", lang)
        lines.append(f"  {f.period.iso():<17} {measure:<5} {f.value:>14g} {f.unit:<6} "
                     f"{say('history.recorded', lang, when=_local(s.recorded_at, tz))}  {state}  {f.source}{revised}")
    lines += ["", say("history.runs", lang)]
    if not h.runs:
        lines.append(say("history.no-runs", lang))
    for run, data in h.runs:
        detail = []
        if data.get("actual") is not None:
            value, unit = f"{data['actual']:g}", data.get("unit") or ""
            if data.get("actual_period"):
                detail.append(say("history.actual-period", lang, value=value, unit=unit, period=data["actual_period"]))
            else:
                detail.append(say("history.actual", lang, value=value, unit=unit).rstrip())
        for key in ("progress", "margin_pp"):
            if data.get(key) is not None:
                detail.append(say(f"history.{key}", lang, value=f"{data[key]:g}"))
        try:
            status = statuses[Status(data["status"])] if lang != "en" else data["status"]
        except (ValueError, KeyError):
            status = data["status"]
        lines.append(f"  {run.as_of}  #{run.id:<4} {status:<9} {'  '.join(detail)}")
    return lines
