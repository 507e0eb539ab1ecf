"""Alerts after a run: a real command (a script the test writes) and a real SMTP server
(aiosmtpd on 127.0.0.1). A failing alert is logged and recorded, and never fails the run."""

from __future__ import annotations

import email
import email.header
import json
import logging
import socket
import ssl
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from tracker.config import Settings, load_settings
from tracker.monthly import RunFailed, run_month
from tracker.notify import NotifyConfig, alert_reasons, is_late, parse_notify
from tracker.periods import parse_month
from tracker.store import list_runs

from test_monthly import CSV_HEAD, folders, monthly, work, write  # noqa: F401 - fixtures

aiosmtpd = pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.handlers import Message  # noqa: E402

SH = ZoneInfo("Asia/Shanghai")
BAD = CSV_HEAD + "江西省,规上工业营业收入,2024年1-5月,abc,亿元,累计值\n"


class Inbox(Message):
    def __init__(self):
        super().__init__()
        self.messages: list[email.message.Message] = []

    def handle_message(self, message):
        self.messages.append(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller.port, inbox
    finally:
        controller.stop()


@pytest.fixture
def command(tmp_path) -> tuple[str, Path]:
    """A notify command that appends what it reads on stdin to a file, one JSON a line."""
    got = tmp_path / "told.jsonl"
    script = tmp_path / "notify-team"
    script.write_text(f"#!{sys.executable}\nimport sys\n"
                      f"data = sys.stdin.read()\nopen({str(got)!r}, 'a').write(data.replace('\\n', ' ') + '\\n')\n")
    script.chmod(0o755)
    return str(script), got


def header(mail, name: str) -> str:
    return str(email.header.make_header(email.header.decode_header(mail[name])))


def told(got: Path) -> list[dict]:
    return [json.loads(line) for line in got.read_text().splitlines()] if got.exists() else []


def test_a_run_with_problems_tells_the_command_and_the_mail_server(engine, work, smtp, command):
    port, inbox = smtp
    script, got = command
    write(work / "actuals" / "c-bad.csv", BAD)
    config = NotifyConfig(command=script, smtp_host="127.0.0.1", smtp_port=port, starttls=False,
                          sender="tracker@example.gov.cn", recipients=("duty@example.gov.cn", "b@example.gov.cn"))
    result = monthly(engine, work, settings=Settings(notify=config))
    assert result.run.outcome == "problems"
    (summary,) = told(got)
    assert (summary["id"], summary["outcome"], summary["alert"]) == (result.run.id, "problems", ["problems"])
    assert summary["problems"][0]["file"] == "c-bad.csv" and summary["text"][0].startswith("运行 #")
    (mail,) = inbox.messages
    assert header(mail, "Subject") == f"【规划目标跟踪】2024-06 运行 #{result.run.id}：有问题"
    assert mail["To"] == "duty@example.gov.cn, b@example.gov.cn"
    body, attached = [part for part in mail.walk() if not part.is_multipart()]
    assert "问题 1 个" in body.get_payload(decode=True).decode("utf-8")
    assert json.loads(attached.get_payload(decode=True))["id"] == result.run.id
    (run,) = list_runs(engine)
    assert [(a["channel"], a["ok"]) for a in run.alerts] == [("command", True), ("email", True)]

    # ok and skipped runs do not alert by default
    got.unlink()
    (work / "actuals" / "c-bad.csv").unlink()
    assert monthly(engine, work, settings=Settings(notify=config), force=True).run.outcome == "ok"
    assert monthly(engine, work, settings=Settings(notify=config)).run.outcome == "skipped"
    assert told(got) == [] and len(inbox.messages) == 1


def test_a_failing_alert_is_logged_and_recorded_and_never_fails_the_run(engine, work, tmp_path, caplog):
    failing = tmp_path / "fails"
    failing.write_text("#!/bin/sh\ncat >/dev/null\necho 'no route to the duty phone' >&2\nexit 4\n")
    failing.chmod(0o755)
    config = NotifyConfig(command=str(failing), on=("ok",), smtp_host="127.0.0.1", smtp_port=1, starttls=False,
                          sender="t@example.gov.cn", recipients=("d@example.gov.cn",), timeout=5)
    with caplog.at_level(logging.ERROR, logger="tracker.notify"):
        result = monthly(engine, work, settings=Settings(notify=config))
    assert result.run.outcome == "ok" and result.exit_code == 0 and result.report.is_file()
    (run,) = list_runs(engine)
    command, mail = run.alerts
    assert command["ok"] is False and "exited with 4: no route to the duty phone" in command["detail"]
    assert mail["ok"] is False and "ConnectionRefusedError" in mail["detail"]
    assert sum("alert failed" in r.getMessage() for r in caplog.records) == 2
    from tracker.runlog import run_lines

    shown = " ".join(" ".join(run_lines(run, "en", SH)).split())
    assert "alert failed (command): " in shown and "alert failed (email): " in shown


def test_a_failed_run_alerts_before_it_is_raised(engine, work, command):
    script, got = command
    (work / "blocked").write_text("not a folder")
    with pytest.raises(RunFailed) as failed:
        run_month(engine, folders(work, out="blocked", lang="en"), as_of=parse_month("2024-06"),
                  settings=Settings(notify=NotifyConfig(command=script)))
    (summary,) = told(got)
    assert summary["outcome"] == "failed" and summary["alert"] == ["failed"] and "blocked" in summary["error"]
    assert failed.value.run.alerts[0]["ok"] is True


def test_starttls_and_login_against_a_real_server(engine, work, tmp_path, monkeypatch):
    """STARTTLS with a certificate the test makes and trusts, and a login with the password from the env."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                           "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
                           "-addext", "subjectAltName=IP:127.0.0.1"], capture_output=True)
    if made.returncode != 0:
        pytest.skip(f"openssl cannot make a certificate: {made.stderr[-200:]!r}")
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult

        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"s3cret")

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), tls_context=server_tls, require_starttls=True,
                            authenticator=authenticator, auth_require_tls=True)
    controller.start()
    try:
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the test's authority, as the system's would be
        monkeypatch.setenv("TRACKER_SMTP_PASSWORD", "s3cret")
        config = NotifyConfig(on=("ok",), smtp_host="127.0.0.1", smtp_port=controller.port, starttls=True,
                              sender="tracker@example.gov.cn", recipients=("duty@example.gov.cn",),
                              password_env="TRACKER_SMTP_PASSWORD")
        result = monthly(engine, work, settings=Settings(notify=config), lang="en")
    finally:
        controller.stop()
    assert logins == [(b"tracker@example.gov.cn", b"s3cret")]
    (mail,) = inbox.messages
    assert header(mail, "Subject") == f"[plan tracker] 2024-06 run #{result.run.id}: ok"
    assert result.run.alerts[0]["ok"] is True


def test_late_means_no_new_file_by_the_day(engine, work, command):
    script, got = command
    config = NotifyConfig(command=script, on=("late",), late_day=25)
    monthly(engine, work)  # imports now (2026 by the machine's clock, whatever the month judged)
    imported = list_runs(engine)[0].started_at.astimezone(SH)
    same_month_late = imported.replace(day=28) if imported.day <= 28 else imported
    next_month = datetime(imported.year + (imported.month == 12), imported.month % 12 + 1, 1, 9, tzinfo=SH)
    assert not is_late(engine, 25, imported.replace(day=24))
    assert not is_late(engine, 25, same_month_late)  # a file came this month
    assert not is_late(engine, 25, next_month)  # before the day
    assert is_late(engine, 25, next_month.replace(day=25))  # on the day, nothing since the month began
    run = list_runs(engine)[0]
    assert alert_reasons(engine, run, config, next_month.replace(day=26)) == ["late"]

    skipped = monthly(engine, work, settings=Settings(notify=config), clock=lambda: next_month.replace(day=26))
    assert skipped.run.outcome == "skipped"
    (summary,) = told(got)
    assert summary["alert"] == ["late"] and summary["late"] is True
    assert any("no new actuals file by day 25" in line or "25 日前未收到" in line for line in summary["text"])


def test_notify_settings_from_tracker_toml(tmp_path):
    # the example that tracker.notify documents, as it stands there
    import textwrap

    import tracker.notify

    doc = tracker.notify.__doc__
    example = textwrap.dedent(doc[doc.index("    [notify]"):doc.index("\n\n", doc.index("    [notify]"))])
    (tmp_path / "tracker.toml").write_text(example + "\n", encoding="utf-8")
    settings, problems = load_settings(tmp_path / "tracker.toml")
    assert problems == []
    assert settings.notify == NotifyConfig(command="/usr/local/bin/notify-team", on=("failed", "problems", "late"),
                                           smtp_host="smtp.example.gov.cn", smtp_port=587, starttls=True,
                                           sender="tracker@example.gov.cn", recipients=("duty@example.gov.cn",),
                                           password_env="TRACKER_SMTP_PASSWORD", late_day=25)
    _, problems = parse_notify({"on": ["failed", "exploded"], "late_day": 40, "smtp_host": "x", "colour": 1},
                               "tracker.toml")
    said = " | ".join(p.text("en") for p in problems)
    assert "unknown outcomes exploded" in said and "late_day must be a day" in said
    assert "needs sender and recipients" in said and "unknown setting 'colour'" in said
