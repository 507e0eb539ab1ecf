"""How recorded runs read: ``tracker runs``, ``tracker runs --show N``, the alerts' text.

    run_lines(run, lang, tz)     a few lines per run, each at most 80 cells wide
    run_detail(run, lang, tz)    everything recorded of one run, its traceback last
    runs_json(runs)              the runs for scripts

Words come from the catalogue (tracker.messages), Chinese by default.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import tzinfo

from tracker.messages import has, say
from tracker.store import RunRecord
from tracker.textfit import WIDTH, clip, fit

__all__ = ["run_lines", "run_detail", "runs_json", "outcome_word", "counts_text", "local_time", "summary_lines"]

_STATUS_ORDER = ("achieved", "on_track", "at_risk", "off_track", "missed", "awaiting_final", "no_data")


def local_time(moment, tz: tzinfo) -> str:
    return "-" if moment is None else moment.astimezone(tz).strftime("%Y-%m-%d %H:%M")


def outcome_word(outcome: str, lang: str) -> str:
    code = f"run.outcome.{outcome}"
    return say(code, lang) if has(code) else outcome


def _trigger_word(trigger: str, lang: str) -> str:
    return say(f"run.trigger.{trigger}", lang) if trigger in ("cli", "schedule") else trigger


def counts_text(counts: dict[str, int], lang: str) -> str:
    """``进度正常2个、暂无数据1个`` / ``2 on track, 1 no data``, in the report's order of statuses."""
    ordered = sorted(counts.items(), key=lambda kv: (_STATUS_ORDER.index(kv[0]) if kv[0] in _STATUS_ORDER else 99,
                                                      kv[0]))
    parts = [say("run.status.count", lang, n=n, status=say(f"run.status.{s}", lang) if has(f"run.status.{s}") else s)
             for s, n in ordered]
    return ("、" if lang != "en" else ", ").join(parts)


def _sep(lang: str) -> str:
    return "；" if lang != "en" else "; "


def _facts(run: RunRecord, lang: str) -> list[str]:
    """What the run did, in short phrases."""
    facts: list[str] = []
    if run.outcome == "skipped":
        facts.append(say("run.skipped", lang, matched=run.matched_run))
        return facts
    if run.outcome != "running" or run.files_imported:
        facts.append(say("run.imported", lang, n=run.files_imported))
    if run.revisions:
        facts.append(say("run.revised", lang, n=run.revisions))
    if run.counts:
        facts.append(say("run.goals", lang, n=sum(run.counts.values()), counts=counts_text(dict(run.counts), lang)))
    if run.problems:
        facts.append(say("run.problems", lang, n=len(run.problems)))
    return facts


def _alert_texts(run: RunRecord, lang: str) -> list[str]:
    ok = [a["channel"] for a in run.alerts if a.get("ok")]
    texts = [say("run.alert.ok", lang, channel=", ".join(ok))] if ok else []
    for a in run.alerts:
        if not a.get("ok"):
            texts.append(say("run.alert.failed", lang, channel=a.get("channel", "?"), detail=a.get("detail", "")))
    return texts


def run_lines(run: RunRecord, lang: str, tz: tzinfo, width: int = WIDTH, report: bool = True) -> list[str]:
    """One run for ``tracker runs``: its head line, then what it did, each fitted to ``width``
    (with its report's path unless ``report`` is false)."""
    head = "  ".join((say("run.head", lang, id=run.id, as_of=run.as_of, outcome=outcome_word(run.outcome, lang)),
                      local_time(run.started_at, tz), _trigger_word(run.trigger, lang)))
    lines = fit(head, width, indent="    ")
    body: list[str] = []
    facts = _facts(run, lang)
    if facts:
        body.append(_sep(lang).join(facts))
    if run.outcome == "failed" and run.error:
        body.append(say("run.failed", lang, error=run.error))
        if run.traceback:
            body.append(say("runs.see", lang, id=run.id))
    if report and run.report_path and run.outcome in ("ok", "problems"):
        body.append(say("run.report", lang, path=run.report_path))
    body.extend(_alert_texts(run, lang))
    for text in body:
        lines.extend(fit(text, width, indent="    ", first="  "))
    return lines


def run_line(run: RunRecord, lang: str, tz: tzinfo, width: int = WIDTH) -> str:
    """One run on one line for ``tracker runs``, its as-of month first: the month, the run, its outcome,
    when and how it started, and what it did (cut with … to ``width``; ``--long`` and ``--show`` say all)."""
    facts = _facts(run, lang)
    if run.outcome == "failed" and run.error:
        facts = [say("run.failed", lang, error=run.error)]
    text = "  ".join((run.as_of, f"#{run.id}", outcome_word(run.outcome, lang), local_time(run.started_at, tz),
                      _trigger_word(run.trigger, lang), _sep(lang).join(facts)))
    return clip(text, width)


def run_detail(run: RunRecord, lang: str, tz: tzinfo, width: int = WIDTH) -> list[str]:
    """Everything recorded of one run (``tracker runs --show N``): problems one a line, the traceback last."""
    lines = run_lines(run, lang, tz, width)
    finished = local_time(run.finished_at, tz)
    lines.extend(fit(f"{local_time(run.started_at, tz)} → {finished}  {run.host or '?'}  pid {run.pid or '?'}",
                     width, indent="    ", first="  "))
    for p in run.problems:
        lines.extend(fit(p.render(lang), width, indent="      ", first="  - "))
    if run.outcome == "failed":
        lines.append("")
        lines.append(say("run.traceback", lang) if run.traceback else say("run.traceback.none", lang))
        if run.traceback:
            lines.extend(run.traceback.rstrip("\n").splitlines())  # as Python wrote it: not re-wrapped
    return lines


def runs_json(runs: Iterable[RunRecord], traceback: bool = False, lang: str = "zh") -> str:
    """The runs as a JSON array (``tracker runs --json``); with their tracebacks when asked."""
    items = []
    for r in runs:
        data = r.as_json(lang)
        if traceback:
            data["traceback"] = r.traceback
        items.append(data)
    return json.dumps(items, ensure_ascii=False, indent=1)


def one_line_each(runs: Sequence[RunRecord], lang: str, tz: tzinfo, width: int = WIDTH) -> list[str]:
    """``tracker runs``: one line a run, newest first, each starting with its as-of month."""
    return [run_line(r, lang, tz, width) for r in runs]


def summary_lines(runs: Sequence[RunRecord], lang: str, tz: tzinfo, width: int = WIDTH) -> list[str]:
    """Runs one after another, a blank line between them."""
    out: list[str] = []
    for i, r in enumerate(runs):
        if i:
            out.append("")
        out.extend(run_lines(r, lang, tz, width))
    return out
