"""What the report compares with: the previous month's run (its month, its statuses, its numbers)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from tracker.periods import PeriodError, parse_month


@dataclass(frozen=True, slots=True)
class PreviousRun:
    """The run the report compares with.

    ``as_of``: its month (``YYYY-MM``; None where the caller does not know it);
    ``statuses``: target id -> status value; ``data``: target id -> its
    ``Evaluation.as_json()`` as that run recorded it (for the ranks it gave).
    """

    as_of: str | None
    statuses: Mapping[str, str]
    data: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def month_text(self, lang: str) -> str | None:
        """``2024年8月`` (zh) or ``2024-08`` (en); None when the month is not known."""
        if not self.as_of:
            return None
        try:
            month = parse_month(self.as_of)
        except PeriodError:
            return self.as_of
        return month.chinese() if lang == "zh" else month.iso()


def as_previous(value: PreviousRun | Mapping[str, str] | None, as_of: str | None = None) -> PreviousRun | None:
    """A PreviousRun from itself or from a plain mapping of statuses (month ``as_of``, if given)."""
    if value is None or isinstance(value, PreviousRun):
        return value
    return PreviousRun(as_of, dict(value))
