"""Telling people about a run: a command of the operator's, and e-mail through SMTP.

``[notify]`` in tracker.toml:

    [notify]
    command = "/usr/local/bin/notify-team"   # run with the run's JSON summary on stdin
    on = ["failed", "problems", "late"]      # which outcomes alert
    smtp_host = "smtp.example.gov.cn"        # e-mail through SMTP (standard library), optional
    smtp_port = 587
    starttls = true
    sender = "tracker@example.gov.cn"
    recipients = ["duty@example.gov.cn"]
    password_env = "TRACKER_SMTP_PASSWORD"   # the password never sits in the file
    late_day = 25                            # "late": no new actuals file by this day of the month

A run alerts when its outcome (``ok``, ``problems``, ``skipped``, ``failed``) is
in ``on``, or when ``late`` is in ``on`` and the run finds the month's data late:
it is on or after ``late_day`` of the month (Asia/Shanghai) and no actuals file
was imported since the month began. Each channel configured is tried once; what
became of it (``{"channel", "ok", "detail", "at"}``) is kept on the run. A
failing alert (the command exits non-zero or hangs, the server refuses) is
logged and recorded, and never fails the run.

The command is run without a shell (its words split as a shell would), with
the summary (the run as ``tracker runs --json`` gives it, plus ``alert``: why,
and ``text``: the lines a person reads) on stdin, for at most ``TIMEOUT``
seconds. E-mail: one message to every recipient, the same lines as its body
and the JSON attached; STARTTLS when ``starttls`` (the server's certificate
checked against the system's authorities), login when ``password_env`` names a
variable that is set (the user is the sender).
"""

from __future__ import annotations

import json
import logging
import os
import shlex
import smtplib
import ssl
import subprocess
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from tracker.messages import Phrase, say
from tracker.problems import Problem, Reason
from tracker.store import RunRecord, latest_imports, record_alerts

__all__ = ["NotifyConfig", "parse_notify", "alert_run", "alert_reasons", "is_late", "summary", "TIMEOUT"]

log = logging.getLogger(__name__)

TZ = ZoneInfo("Asia/Shanghai")
#: How long a command or the SMTP server may take, in seconds.
TIMEOUT = 60.0
ALERTABLE = ("ok", "problems", "skipped", "failed", "late")
DEFAULT_ON = ("failed", "problems", "late")


@dataclass(frozen=True, slots=True)
class NotifyConfig:
    command: str | None = None
    on: tuple[str, ...] = DEFAULT_ON
    smtp_host: str | None = None
    smtp_port: int = 587
    starttls: bool = True
    sender: str | None = None
    recipients: tuple[str, ...] = ()
    password_env: str | None = None
    late_day: int | None = None
    timeout: float = TIMEOUT


_TEXT = ("command", "smtp_host", "sender", "password_env")


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


#: The keys one test decides: (whether a value is good, the value kept, what a wrong one is told as).
_PLAIN: dict[str, tuple[Callable[[Any], bool], Callable[[Any], Any], str]] = {
    "recipients": (lambda v: isinstance(v, list) and bool(v) and all(isinstance(x, str) and "@" in x for x in v),
                   tuple, "recipients"),
    "smtp_port": (lambda v: _whole(v) and 0 < v < 65536, int, "port"),
    "starttls": (lambda v: isinstance(v, bool), bool, "bool"),
    "late_day": (lambda v: _whole(v) and 1 <= v <= 31, int, "day"),
    "timeout": (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0, float, "seconds"),
}


def parse_notify(table: Mapping[str, Any], file: str) -> tuple[NotifyConfig | None, list[Problem]]:
    """``[notify]`` as a NotifyConfig, and a problem for each key that is wrong (those are left out)."""
    values: dict[str, Any] = {}
    problems: list[Problem] = []

    def bad(key: str, what: str, **params: object) -> None:
        problems.append(Problem.of(file, "[notify]", Reason.BAD_SETTINGS, "notify", key=key,
                                   what=Phrase.of(f"notify.{what}", **params)))

    for key, value in table.items():
        if key in _TEXT:
            if isinstance(value, str) and value.strip():
                values[key] = value.strip()
            else:
                bad(key, "text")
        elif key == "on":
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                unknown = [v for v in value if v not in ALERTABLE]
                if unknown:
                    bad(key, "on-unknown", names=", ".join(unknown), known=", ".join(ALERTABLE))
                else:
                    values[key] = tuple(dict.fromkeys(value))
            else:
                bad(key, "on")
        elif key in _PLAIN:
            accepts, kept, what = _PLAIN[key]
            if accepts(value):
                values[key] = kept(value)
            else:
                bad(key, what)
        else:
            problems.append(Problem.of(file, "[notify]", Reason.BAD_SETTINGS, "unknown", name=key))
    if "smtp_host" in values and not ("sender" in values and "recipients" in values):
        bad("smtp_host", "smtp-incomplete")
        values.pop("smtp_host")
    if "on" in values and "late" in values["on"] and "late_day" not in values:
        bad("on", "late-without-day")
    return NotifyConfig(**values), problems


# --------------------------------------------------------------------------
# When


def _month_start(moment: datetime) -> datetime:
    local = moment.astimezone(TZ)
    return local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)


def last_import(engine: Engine) -> datetime | None:
    """When an actuals file was last imported (new or changed), or None."""
    times = [r.imported_at for r in latest_imports(engine).values() if r.imported_at is not None]
    return max(times) if times else None


def is_late(engine: Engine, late_day: int | None, now: datetime) -> bool:
    """Whether, at ``now``, the month's data are late: past ``late_day`` with no file imported this month."""
    if late_day is None or now.astimezone(TZ).day < late_day:
        return False
    last = last_import(engine)
    return last is None or last < _month_start(now)


def alert_reasons(engine: Engine, run: RunRecord, config: NotifyConfig, now: datetime) -> list[str]:
    """Why ``run`` alerts (its outcome, ``late``), in the order of ``on``; empty: it does not."""
    reasons = []
    for what in config.on:
        if what == "late":
            if is_late(engine, config.late_day, now):
                reasons.append("late")
        elif what == run.outcome:
            reasons.append(what)
    return reasons


# --------------------------------------------------------------------------
# What


def summary(engine: Engine, run: RunRecord, config: NotifyConfig, reasons: Sequence[str], lang: str,
            now: datetime) -> dict[str, Any]:
    """The JSON a command reads on stdin (and an e-mail carries): the run, why it alerts, its text."""
    from tracker.runlog import run_lines

    text = run_lines(run, lang, TZ)
    if "late" in reasons:
        last = last_import(engine)
        text.append(say("alert.late.line", lang, day=config.late_day,
                        last=last.astimezone(TZ).strftime("%Y-%m-%d %H:%M") if last else say("alert.never", lang)))
    data = run.as_json(lang)
    data.pop("alerts", None)
    return {**data, "alert": list(reasons), "late": "late" in reasons,
            "at": now.astimezone(UTC).isoformat(timespec="seconds"), "text": text}


def _subject(run: RunRecord, reasons: Sequence[str], lang: str) -> str:
    from tracker.runlog import outcome_word

    words = [say("alert.late", lang) if r == "late" else outcome_word(r, lang) for r in reasons]
    return say("alert.subject", lang, as_of=run.as_of, id=run.id, what=("、" if lang != "en" else ", ").join(words))


def send_command(command: str, payload: dict[str, Any], timeout: float) -> str:
    """Run ``command`` with the summary on stdin; raise RuntimeError when it fails. Returns what it said."""
    argv = shlex.split(command)
    try:
        done = subprocess.run(argv, input=json.dumps(payload, ensure_ascii=False).encode("utf-8"),
                              capture_output=True, timeout=timeout, check=False)
    except FileNotFoundError:
        raise RuntimeError(f"{argv[0]}: no such command") from None
    except PermissionError:
        raise RuntimeError(f"{argv[0]}: not executable (permission denied)") from None
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"{argv[0]} did not finish within {timeout:g} s (stopped)") from None
    said = (done.stderr or done.stdout).decode("utf-8", "replace").strip()
    if done.returncode != 0:
        raise RuntimeError(f"{argv[0]} exited with {done.returncode}" + (f": {said[-300:]}" if said else ""))
    return said[-300:]


def send_email(config: NotifyConfig, subject: str, body: str, payload: dict[str, Any]) -> str:
    """Send one message to every recipient; raise OSError or smtplib.SMTPException when it fails."""
    message = EmailMessage()
    message["From"] = config.sender
    message["To"] = ", ".join(config.recipients)
    message["Subject"] = subject
    message.set_content(body)
    message.add_attachment(json.dumps(payload, ensure_ascii=False, indent=1).encode("utf-8"),
                           maintype="application", subtype="json", filename=f"run-{payload['id']}.json")
    with smtplib.SMTP(config.smtp_host, config.smtp_port, timeout=config.timeout) as smtp:
        smtp.ehlo()
        if config.starttls:
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        password = os.environ.get(config.password_env) if config.password_env else None
        if password:
            smtp.login(config.sender, password)
        refused = smtp.send_message(message)
    if refused:
        raise smtplib.SMTPRecipientsRefused(refused)
    return f"sent to {', '.join(config.recipients)} through {config.smtp_host}:{config.smtp_port}"


def alert_run(engine: Engine, run: RunRecord, config: NotifyConfig, *, lang: str = "zh",
              now: datetime | None = None) -> RunRecord:
    """Tell whoever ``config`` names about ``run`` when it alerts; keep what became of it on the run."""
    now = now or datetime.now(UTC)
    reasons = alert_reasons(engine, run, config, now)
    if not reasons or not (config.command or config.smtp_host):
        return run
    payload = summary(engine, run, config, reasons, lang, now)
    results: list[dict[str, Any]] = []

    def attempt(channel: str, send) -> None:
        at = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            detail = send()
        except Exception as e:  # noqa: BLE001 - whatever went wrong is the alert's, not the run's
            detail = f"{type(e).__name__}: {e}" if not isinstance(e, RuntimeError) else str(e)
            log.error("run #%s: the %s alert failed: %s", run.id, channel, detail)
            results.append({"channel": channel, "ok": False, "detail": detail, "at": at, "reasons": reasons})
        else:
            log.info("run #%s: alerted by %s (%s)", run.id, channel, ", ".join(reasons))
            results.append({"channel": channel, "ok": True, "detail": detail, "at": at, "reasons": reasons})

    if config.command:
        attempt("command", lambda: send_command(config.command, payload, config.timeout))
    if config.smtp_host:
        attempt("email", lambda: send_email(config, _subject(run, reasons, lang), "\n".join(payload["text"]) + "\n",
                                            payload))
    return record_alerts(engine, run.id, results)
