"""The monthly trigger (``tracker schedule``): APScheduler 3, its job kept in the store's database.

By default the job fires on the 20th of each month at 09:00 Asia/Shanghai, after
the monthly statistics are out, and judges as of the previous month. The logic
of a run lives in ``tracker.monthly``; this module only decides when, and which
months are due.

Missed runs (the machine was off at 09:00 on the 20th): the job is stored with
``misfire_grace_time=None`` and ``coalesce=True``, so APScheduler fires it once
when the scheduler starts again. The job is added only when it is missing
(``replace_existing`` on every start would recompute the next run time from now
and lose the missed run); the scheduler starts paused while we look. When it
fires, the job makes every month whose scheduled run was missed since the job
was first added and has no report yet (at most 12), then the latest due month.
Months already reported with nothing new are skipped by the run itself, so a
run fired twice writes nothing the second time: it is recorded as ``skipped``,
so that ``tracker runs`` shows the job fired. A schedule that also fires on
``[notify] late_day`` (``--cron "0 9 20,25 * *"``) alerts when the month's data
are late (tracker.notify).

One scheduler per store: ``tracker schedule`` holds the store's scheduler lock
for as long as it runs. A failing run is logged with its reason, recorded as
failed and alerted ([notify]); the scheduler goes on. SIGINT or SIGTERM stop it after the running job
(if any) has finished.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from apscheduler.events import EVENT_SCHEDULER_STARTED
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.base import BaseScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.schedulers import SchedulerNotRunningError
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import Engine

from tracker.periods import Period
from tracker.run_options import RunOptions

log = logging.getLogger(__name__)

JOB_ID = "tracker-monthly-run"
JOB_FUNC = "tracker.schedule:scheduled_run"  # by import path: never a pickled closure
JOBS_TABLE = "apscheduler_jobs"
DEFAULT_CRON = "0 9 20 * *"
DEFAULT_TIMEZONE = "Asia/Shanghai"
SCHEDULER_LOCK = "scheduler"
MAX_CATCH_UP = 12


class ScheduleError(Exception):
    """A bad cron expression or time zone, or another scheduler on this store."""


# --------------------------------------------------------------------------
# When


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ScheduleError(f"unknown time zone {name!r} (for example Asia/Shanghai)") from None


_DOW_NAMES = ("sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _crontab_dow(field: str) -> str:
    """Crontab weekdays (0 or 7 = Sunday) as names, which APScheduler 3 reads the same way.

    APScheduler 3 counts 0 as Monday; names avoid that trap. Numeric ranges and
    steps are spelt out as lists of names.
    """
    if field == "*" or not any(ch.isdigit() for ch in field):
        return field
    names: list[str] = []
    for item in field.split(","):
        spec, _, step_text = item.partition("/")
        step = int(step_text) if step_text else 1
        if spec == "*":
            lo, hi = 0, 6
        elif "-" in spec:
            a, b = spec.split("-", 1)
            if not (a.isdigit() and b.isdigit()):
                names.append(item)  # names (mon-fri): APScheduler reads them as crontab does
                continue
            lo, hi = int(a), int(b)
        elif spec.isdigit():
            lo = hi = int(spec)
            if step_text:
                hi = 6
        else:
            names.append(item)
            continue
        if not (0 <= lo <= 7 and 0 <= hi <= 7 and lo <= hi and step >= 1):
            raise ScheduleError(f"day of week {item!r} is out of range (0-7, 0 and 7 are Sunday)")
        names.extend(_DOW_NAMES[d] for d in range(lo, hi + 1, step))
    return ",".join(dict.fromkeys(names))


def parse_cron(expr: str, timezone: str = DEFAULT_TIMEZONE) -> CronTrigger:
    """A trigger from a five-field crontab expression, in an explicit time zone."""
    tz = zone(timezone)
    fields = expr.split()
    if len(fields) != 5:
        raise ScheduleError(
            f"cron expression {expr!r} must have five fields: minute hour day month weekday "
            f"(the default is {DEFAULT_CRON!r}: 09:00 on the 20th of each month)"
        )
    minute, hour, day, month, dow = fields
    try:
        return CronTrigger(minute=minute, hour=hour, day=day, month=month,
                           day_of_week=_crontab_dow(dow), timezone=tz)
    except ValueError as e:
        raise ScheduleError(f"cron expression {expr!r}: {e}") from None


def previous_month(moment: datetime) -> Period:
    """The month before the one ``moment`` falls in: what a run at ``moment`` judges."""
    if moment.month == 1:
        return Period.month(moment.year - 1, 12)
    return Period.month(moment.year, moment.month - 1)


def _next_month_start(moment: datetime) -> datetime:
    year, month = (moment.year + 1, 1) if moment.month == 12 else (moment.year, moment.month + 1)
    return moment.replace(year=year, month=month, day=1, hour=0, minute=0, second=0, microsecond=0)


def fire_times(trigger: CronTrigger, start: datetime, end: datetime) -> list[datetime]:
    """The first fire time of each month from ``start`` up to ``end`` (inclusive)."""
    found: list[datetime] = []
    t = trigger.get_next_fire_time(None, start)
    while t is not None and t <= end:
        found.append(t)
        t = trigger.get_next_fire_time(None, _next_month_start(t))
    return found


def months_due(
    trigger: CronTrigger, since: datetime | None, now: datetime, done: set[str], limit: int = MAX_CATCH_UP
) -> list[Period]:
    """The as_of months a run at ``now`` should make, oldest first.

    Scheduled fire times between ``since`` (when the job was added) and ``now``
    give months (each the month before its fire time); earlier months that have
    no report (not in ``done``) are caught up, at most ``limit`` in all; the
    latest month is always included (the run itself skips it when there is
    nothing new).
    """
    start = since if since is not None else now - timedelta(days=400)
    months = list(dict.fromkeys(previous_month(t) for t in fire_times(trigger, start, now)))
    if not months:
        return []
    *older, latest = months
    if since is None or limit <= 1:
        return [latest]
    missed = [m for m in older if m.iso() not in done]
    return missed[-(limit - 1):] + [latest]


# --------------------------------------------------------------------------
# What: the job


def scheduled_run(
    *,
    db_url: str,
    cron: str = DEFAULT_CRON,
    timezone: str = DEFAULT_TIMEZONE,
    since: str | None = None,
    **run: str | None,
) -> list[str]:
    """The scheduled job: run every due month; log and record failures, never raise.

    ``run`` holds the run's options as ``job_kwargs`` stored them (``RunOptions.job_kwargs``).
    Returns one line per month (for tests and the log).
    """
    from tracker.config import load_settings
    from tracker.monthly import RunBusy, RunFailed, run_month
    from tracker.runtime import without_cyclic_gc
    from tracker.store import StoreError, done_months, open_store

    options = RunOptions.from_job(**run)
    trigger = parse_cron(cron, timezone)
    now = datetime.now(zone(timezone))
    lines: list[str] = []
    try:
        engine = open_store(db_url)
    except StoreError as e:
        log.error("scheduled run at %s: %s", now.isoformat(timespec="seconds"), e)
        return [f"failed: {e}"]
    try:
        settings, setting_problems = load_settings(options.config)
        due = months_due(trigger, datetime.fromisoformat(since) if since else None, now, done_months(engine))
        if not due:
            log.info("scheduled run at %s: no month is due", now.isoformat(timespec="seconds"))
        for month in due:
            try:
                with without_cyclic_gc():  # one month's job: see tracker.runtime
                    result = run_month(engine, options, as_of=month, settings=settings,
                                       extra_problems=setting_problems, trigger="schedule")
            except (RunFailed, RunBusy) as e:
                log.error("scheduled run as of %s failed: %s", month.iso(), e)
                lines.append(f"{month.iso()}: failed: {e}")
                continue
            except Exception as e:  # before a run was recorded: a bad folder, the store went away
                log.exception("scheduled run as of %s failed", month.iso())
                lines.append(f"{month.iso()}: failed: {type(e).__name__}: {e}")
                continue
            log.info("scheduled run as of %s: %s", month.iso(), result.message)
            for p in result.problems:
                log.warning("%s", p.render())
            lines.append(f"{month.iso()}: {result.message}")
    finally:
        engine.dispose()
    return lines


# --------------------------------------------------------------------------
# The scheduler


def create_scheduler(
    engine: Engine,
    timezone: str = DEFAULT_TIMEZONE,
    scheduler_class: type[BaseScheduler] = BlockingScheduler,
    executor: Any = None,
) -> BaseScheduler:
    """A scheduler whose jobs live in the store's database (table ``apscheduler_jobs``)."""
    return scheduler_class(
        jobstores={"default": SQLAlchemyJobStore(engine=engine, tablename=JOBS_TABLE)},
        executors={"default": executor if executor is not None else ThreadPoolExecutor(1)},
        job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
        timezone=zone(timezone),
    )


def ensure_job(scheduler: BaseScheduler, trigger: CronTrigger, kwargs: Mapping[str, Any]) -> str:
    """Add the monthly job only when it is missing; otherwise bring it up to date
    without losing a missed run. Call while the scheduler is paused. Returns what it did.
    """
    now = datetime.now(trigger.timezone)
    job = scheduler.get_job(JOB_ID)
    if job is None:
        scheduler.add_job(
            JOB_FUNC,
            trigger=trigger,
            id=JOB_ID,
            name="tracker monthly run",
            kwargs={**kwargs, "since": now.isoformat()},
            misfire_grace_time=None,
            coalesce=True,
            max_instances=1,
        )
        return "added"
    changes: dict[str, Any] = {}
    wanted = {**kwargs, "since": job.kwargs.get("since") or now.isoformat()}
    if dict(job.kwargs) != wanted:
        changes["kwargs"] = wanted
    if job.func_ref != JOB_FUNC:
        changes["func"] = JOB_FUNC
    if job.misfire_grace_time is not None or not job.coalesce:
        changes.update(misfire_grace_time=None, coalesce=True)
    if repr(job.trigger) != repr(trigger):
        missed = job.next_run_time is not None and job.next_run_time <= now
        changes["trigger"] = trigger
        # A run missed under the old schedule is still made, once.
        changes["next_run_time"] = job.next_run_time if missed else trigger.get_next_fire_time(None, now)
    if not changes:
        return "kept"
    scheduler.modify_job(JOB_ID, **changes)
    return "updated: " + ", ".join(sorted(k for k in changes if k != "next_run_time"))


def start_paused(scheduler: BaseScheduler, trigger: CronTrigger, kwargs: Mapping[str, Any]) -> list[BaseException]:
    """Start ``scheduler`` paused, ensure the job, then resume.

    For a BlockingScheduler this blocks until shutdown. Returns the errors met
    while ensuring the job (the scheduler is then shut down at once).
    """
    errors: list[BaseException] = []

    def on_started(_event) -> None:
        try:
            what = ensure_job(scheduler, trigger, kwargs)
            job = scheduler.get_job(JOB_ID)
            when = job.next_run_time.isoformat() if job and job.next_run_time else "never"
            log.info("monthly job %s; next run at %s", what, when)
            scheduler.resume()
        except BaseException as e:
            errors.append(e)
            scheduler.shutdown(wait=False)

    scheduler.add_listener(on_started, EVENT_SCHEDULER_STARTED)
    try:
        scheduler.start(paused=True)
    finally:
        scheduler.remove_listener(on_started)
    return errors


def job_kwargs(options: RunOptions, *, db_url: str, cron: str = DEFAULT_CRON,
               timezone: str = DEFAULT_TIMEZONE) -> dict[str, str | None]:
    """The monthly job's keyword arguments, as the job store keeps them (``since`` is added with the job)."""
    return {"db_url": db_url, **options.job_kwargs(), "cron": cron, "timezone": timezone}


def serve(
    engine: Engine,
    options: RunOptions,
    *,
    db_url: str,
    cron: str = DEFAULT_CRON,
    timezone: str = DEFAULT_TIMEZONE,
) -> int:
    """Run the blocking scheduler until SIGINT or SIGTERM; return 0 on a clean stop.

    Raises ScheduleError for a bad schedule or when another scheduler uses the store.
    """
    from tracker.store import LockBusy, store_lock

    trigger = parse_cron(cron, timezone)
    kwargs = job_kwargs(options, db_url=db_url, cron=cron, timezone=timezone)
    try:
        with store_lock(engine, SCHEDULER_LOCK, wait=0):
            scheduler = create_scheduler(engine, timezone)
            stopping = threading.Event()

            def on_signal(signum, _frame) -> None:
                if stopping.is_set():
                    return
                stopping.set()
                log.info("%s received: stopping (a run in progress is finished first)", signal.Signals(signum).name)
                threading.Thread(target=_shutdown, args=(scheduler,), name="tracker-stop", daemon=True).start()

            old = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
            try:
                errors = start_paused(scheduler, trigger, kwargs)
            finally:
                for s, handler in old.items():
                    signal.signal(s, handler)
            if errors:
                raise ScheduleError(f"could not set up the monthly job: {errors[0]}") from errors[0]
    except LockBusy:
        raise ScheduleError(
            "another `tracker schedule` is already running on this store; "
            "only one scheduler may use it (stop the other one first)"
        ) from None
    log.info("scheduler stopped")
    return 0


def _shutdown(scheduler: BaseScheduler) -> None:
    # A signal may come while the scheduler is still starting: try until it has started.
    for _ in range(600):
        try:
            scheduler.shutdown(wait=True)
            return
        except SchedulerNotRunningError:
            time.sleep(0.1)
