"""Settings: the judging thresholds and defaults, in one place.

Defaults are those of docs/judging.md; a ``tracker.toml`` in the working folder (or one
named explicitly) may change them:

    [thresholds]
    at_risk_progress = 0.9     # progress at or above this (and below 1) is at risk
    at_risk_margin_pp = -1.0   # a growth margin at or above this (and below 0) is at risk

    [tolerance]
    level = 0.02               # 左右 on levels: relative
    rate = 0.5                 # 左右 on rates: percentage points

    [store]
    url = "sqlite:///.tracker/tracker.db"

    [actuals]
    settle_seconds = 1.0       # a file modified within this long is looked at twice, that
                               # long apart; changed meanwhile: still being written, left out

    [notify]                   # alerts after each run: see tracker.notify
    command = "/usr/local/bin/notify-team"
    on = ["failed", "problems", "late"]
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.problems import Problem

if TYPE_CHECKING:
    from tracker.notify import NotifyConfig


@dataclass(frozen=True, slots=True)
class Settings:
    at_risk_progress: float = 0.9
    at_risk_margin_pp: float = -1.0
    level_tolerance: float = 0.02
    rate_tolerance: float = 0.5
    store_url: str | None = None
    settle_seconds: float | None = None  # None: the default (tracker.ingest.listing)
    notify: NotifyConfig | None = None  # None: nobody is told


DEFAULT = Settings()

_KEYS = {
    ("thresholds", "at_risk_progress"): "at_risk_progress",
    ("thresholds", "at_risk_margin_pp"): "at_risk_margin_pp",
    ("tolerance", "level"): "level_tolerance",
    ("tolerance", "rate"): "rate_tolerance",
    ("store", "url"): "store_url",
    ("actuals", "settle_seconds"): "settle_seconds",
}


def load_settings(path: Path | None = None) -> tuple[Settings, list[Problem]]:
    """Read ``tracker.toml`` (``path``, else ./tracker.toml when present)."""
    if path is None:
        path = Path("tracker.toml")
        if not path.exists():
            return DEFAULT, []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return DEFAULT, [Problem.of(str(path), "", "missing-file")]
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        return DEFAULT, [Problem.of(str(path), "", "bad-settings", "toml", detail=str(e))]
    changes: dict[str, object] = {}
    problems: list[Problem] = []
    for section, body in data.items():
        if section == "notify" and isinstance(body, dict):
            from tracker.notify import parse_notify

            config, notify_problems = parse_notify(body, str(path))
            problems.extend(notify_problems)
            if config is not None:
                changes["notify"] = config
            continue
        if not isinstance(body, dict):
            problems.append(Problem.of(str(path), f"[{section}]", "bad-settings", "unknown", name=section))
            continue
        for key, value in body.items():
            name = _KEYS.get((section, key))
            if name is None:
                problems.append(Problem.of(str(path), f"[{section}]", "bad-settings", "unknown", name=key))
            elif name == "store_url":
                if isinstance(value, str):
                    changes[name] = value
                else:
                    problems.append(Problem.of(str(path), f"[{section}]", "bad-settings", "text", key=key))
            elif name == "settle_seconds" and isinstance(value, (int, float)) and value < 0:
                problems.append(Problem.of(str(path), f"[{section}]", "bad-settings", "negative", key=key))
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                changes[name] = float(value)
            else:
                problems.append(Problem.of(str(path), f"[{section}]", "bad-settings", "number", key=key))
    return replace(DEFAULT, **changes), problems
