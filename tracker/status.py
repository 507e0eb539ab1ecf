"""``tracker status``: one screen on a store — is the monthly job working, is the data in?

    store_status(engine, actuals_dir, settings, now) -> Status
    status_lines(status, lang, tz) -> lines of at most 80 cells

It shows the last run and its outcome, the newest release of each file family
in the actuals folder (files grouped by their name without a leading date:
``2024-09_工业.xlsx`` and ``20241031-工业.xlsx`` are one family), which goals
await figures (``no_data`` or ``awaiting_final`` in the last run that judged),
whether the month's data are late (``[notify] late_day``), and when the next
scheduled run is: from the scheduler's job in the store when a ``tracker
schedule`` has run on it, else the default schedule's next time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from tracker.config import Settings
from tracker.messages import say
from tracker.store import RunRecord, describe_url, last_run, list_runs
from tracker.store.runs import run_evaluation_data
from tracker.textfit import WIDTH, fit

__all__ = ["FileRelease", "StoreStatus", "file_family", "newest_releases", "next_run", "store_status",
           "status_lines"]

AWAITING = ("no_data", "awaiting_final")
#: Goals awaiting figures listed by name; more are counted.
SHOWN = 12

# A date that begins a file's name: 2024-09, 2024-09-30, 20240930, then _, -, a space or the end.
_LEADING_DATE = re.compile(r"^(?P<y>\d{4})-?(?P<m>\d{2})(?:-?(?P<d>\d{2}))?(?:[_\- ]+|$)")


@dataclass(frozen=True)
class FileRelease:
    family: str  # the name without its leading date (and the folder it is in)
    name: str  # the newest file's path, relative to the actuals folder
    release: str | None  # its date as the name gives it (YYYY-MM or YYYY-MM-DD), None without one


@dataclass(frozen=True)
class StoreStatus:
    store: str
    last_run: RunRecord | None
    releases: tuple[FileRelease, ...]
    judged_by: RunRecord | None  # the last run that judged the goals
    awaiting: tuple[tuple[str, str], ...]  # (goal id, status)
    late_day: int | None
    late: bool
    next_run: datetime | None
    next_from_job: bool


def file_family(rel: str) -> tuple[str, str | None]:
    """(family, release date) of an actuals file by its relative path: the name without a
    leading date, in its folder (``*`` where the date is the whole name), and that date."""
    folder, _, name = rel.rpartition("/")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    m = _LEADING_DATE.match(stem)
    if m is None or not 1 <= int(m["m"]) <= 12 or (m["d"] is not None and not 1 <= int(m["d"]) <= 31):
        return rel, None
    release = f"{m['y']}-{m['m']}" + (f"-{m['d']}" if m["d"] else "")
    family = (f"{folder}/" if folder else "") + (stem[m.end():] or "*") + (f".{suffix}" if suffix else "")
    return family, release


def newest_releases(actuals_dir: Path) -> tuple[FileRelease, ...]:
    """The newest file of each family (the latest date in its name; then the name sorting last)."""
    from tracker.ingest.listing import list_actuals

    if not Path(actuals_dir).is_dir():
        return ()
    newest: dict[str, FileRelease] = {}
    for path in list_actuals(actuals_dir).files:
        rel = path.relative_to(actuals_dir).as_posix()
        family, release = file_family(rel)
        seen = newest.get(family)
        if seen is None or ((release or ""), rel) > ((seen.release or ""), seen.name):
            newest[family] = FileRelease(family, rel, release)
    return tuple(newest[k] for k in sorted(newest))


def next_run(engine: Engine, now: datetime) -> tuple[datetime | None, bool]:
    """(when the next scheduled run is, whether the scheduler's job in the store says so)."""
    from tracker.schedule import DEFAULT_CRON, DEFAULT_TIMEZONE, JOB_ID, JOBS_TABLE, parse_cron

    with engine.connect() as conn:
        if inspect(conn).has_table(JOBS_TABLE):
            row = conn.execute(text(f"SELECT next_run_time FROM {JOBS_TABLE} WHERE id = :id"),
                               {"id": JOB_ID}).one_or_none()
            if row is not None:
                return (None if row[0] is None else datetime.fromtimestamp(row[0], UTC)), True
    trigger = parse_cron(DEFAULT_CRON, DEFAULT_TIMEZONE)
    return trigger.get_next_fire_time(None, now.astimezone(trigger.timezone)), False


def store_status(engine: Engine, actuals_dir: Path, settings: Settings, now: datetime | None = None) -> StoreStatus:
    from tracker.notify import is_late

    now = now or datetime.now(UTC)
    judged = next((r for r in list_runs(engine) if r.done), None)
    awaiting: tuple[tuple[str, str], ...] = ()
    if judged is not None:
        data = run_evaluation_data(engine, judged.id)
        awaiting = tuple(sorted((tid, d["status"]) for tid, d in data.items() if d.get("status") in AWAITING))
    late_day = settings.notify.late_day if settings.notify is not None else None
    when, from_job = next_run(engine, now)
    return StoreStatus(
        store=describe_url(str(engine.url)),
        last_run=last_run(engine),
        releases=newest_releases(actuals_dir),
        judged_by=judged,
        awaiting=awaiting,
        late_day=late_day,
        late=is_late(engine, late_day, now),
        next_run=when,
        next_from_job=from_job,
    )


def status_lines(status: StoreStatus, lang: str, tz: tzinfo, width: int = WIDTH) -> list[str]:
    from tracker.runlog import run_lines

    lines = fit(say("status.title", lang, store=status.store), width, indent="  ")
    lines += ["", say("status.last_run", lang)]
    if status.last_run is None:
        lines.append("  " + say("status.no_run", lang))
    else:
        lines += ["  " + line for line in run_lines(status.last_run, lang, tz, width - 2)]

    lines += ["", say("status.files", lang)]
    if not status.releases:
        lines.append("  " + say("status.files.none", lang))
    for r in status.releases:
        text_ = (say("status.file", lang, family=r.family, name=r.name, release=r.release) if r.release
                 else say("status.file.undated", lang, name=r.name))
        lines += fit(text_, width, indent="    ", first="  ")
    if status.late:
        lines += fit(say("status.late", lang, day=status.late_day), width, indent="    ", first="  ")

    if status.judged_by is None:
        lines += ["", say("status.awaiting.unknown", lang)]
    elif not status.awaiting:
        lines += ["", say("status.awaiting.none", lang)]
    else:
        lines += ["", say("status.awaiting", lang, id=status.judged_by.id)]
        for tid, st in status.awaiting[:SHOWN]:
            lines += fit(say("status.awaiting.goal", lang, id=tid, status=say(f"run.status.{st}", lang)), width,
                         indent="    ", first="  ")
        if len(status.awaiting) > SHOWN:
            lines.append("  " + say("status.awaiting.more", lang, n=len(status.awaiting) - SHOWN))

    when = (status.next_run.astimezone(tz).strftime("%Y-%m-%d %H:%M") if status.next_run
            else say("status.next.never", lang))
    lines.append("")
    lines += fit(say("status.next", lang, when=when)
                 + (say("status.next.job", lang) if status.next_from_job
                    else say("status.next.default", lang, cron="0 9 20 * *")), width, indent="  ")
    return lines
