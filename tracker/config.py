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

    [lights]                   # the report's 红黄绿 lights
    by = "status"              # or "points": points behind 序时进度
    yellow = 10                # by points: green ≥ 0, yellow down to −10, red beyond
    lagging_months = 2         # 连续N个月滞后: behind plan in this many runs in a row

    [report]
    unit = "江西省工业和信息化厅"   # 报送单位 in the report's header
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
    lights_by: str = "status"
    lights_yellow: float = 10.0
    lagging_months: int = 2
    report_unit: str | None = None


DEFAULT = Settings()

_KEYS = {
    ("thresholds", "at_risk_progress"): "at_risk_progress",
    ("thresholds", "at_risk_margin_pp"): "at_risk_margin_pp",
    ("tolerance", "level"): "level_tolerance",
    ("tolerance", "rate"): "rate_tolerance",
    ("store", "url"): "store_url",
    ("actuals", "settle_seconds"): "settle_seconds",
    ("lights", "by"): "lights_by",
    ("lights", "yellow"): "lights_yellow",
    ("lights", "lagging_months"): "lagging_months",
    ("report", "unit"): "report_unit",
}
_TEXT = {"store_url", "report_unit"}
#: settings with a fixed set of values
_CHOICES = {"lights_by": ("status", "points")}


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
            elif name in _TEXT:
                if isinstance(value, str):
                    changes[name] = value
                else:
                    problems.append(Problem.of(str(path), f"[{section}]", "bad-settings", "text", key=key))
            elif name in _CHOICES:
                if value in _CHOICES[name]:
                    changes[name] = value
                else:
                    problems.append(Problem.of(str(path), f"[{section}]", "bad-settings", "choice", key=key,
                                               choices=", ".join(map(repr, _CHOICES[name]))))
            elif name == "lagging_months":
                if isinstance(value, int) and not isinstance(value, bool) and value >= 2:
                    changes[name] = value
                else:
                    problems.append(Problem.of(str(path), f"[{section}]", "bad-settings", "months", key=key))
            elif name in ("lights_yellow", "settle_seconds") and isinstance(value, (int, float)) \
                    and not isinstance(value, bool) and value < 0:
                problems.append(Problem.of(str(path), f"[{section}]", "bad-settings", "negative", key=key))
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                changes[name] = float(value)
            else:
                problems.append(Problem.of(str(path), f"[{section}]", "bad-settings", "number", key=key))
    return replace(DEFAULT, **changes), problems
