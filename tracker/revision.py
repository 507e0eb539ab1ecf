"""Which figure is newest: one rule for a folder of files and for the store.

Every actuals file has a **release**: the date that begins its file name
(``2024-09``, ``2024-09-30`` or ``20240930``, followed by ``_``, ``-``, a space or
the end of the name; a month means its last day), else the end of the latest
period it holds any figure for. Where two files hold the same key (region,
indicator, period, measure), the figure of the later release is used; of two
equal releases, that of the file whose name sorts later. So `tracker evaluate`
on a folder and `tracker run` on the store use the same figures, whatever order
the files were read or imported in. The other values stay on record as
revisions: ``revised_from`` is the value a figure replaced.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath

from tracker.figure import Figure
from tracker.units import UnitError, convert

__all__ = ["Rank", "release_from_name", "release_of", "rank_of", "revised", "same_value", "in_unit", "figure_key"]

_NAME_DATE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?|(?P<m2>\d{2})(?P<d2>\d{2}))(?=[_\- ]|$)")


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def release_from_name(name: str) -> date | None:
    """The date that begins a file's name (its stem), or None."""
    stem = PurePosixPath(name).name
    if "." in stem:
        stem = stem[: stem.rindex(".")]
    for m in _NAME_DATE.finditer(stem):
        if m.start() != 0:
            return None
        try:
            year = int(m["y"])
            if m["m2"]:
                return date(year, int(m["m2"]), int(m["d2"]))
            if m["d"]:
                return date(year, int(m["m"]), int(m["d"]))
            return _month_end(year, int(m["m"]))
        except ValueError:  # 2024-13: not a date
            return None
    return None


def release_of(name: str, period_ends: Iterable[int]) -> date | None:
    """A file's release: the date its name begins with, else the end of the latest period it holds
    a figure for (``period_ends`` as Period.end, ``year * 12 + month − 1``); None without either."""
    found = release_from_name(name)
    if found is not None:
        return found
    last = max(period_ends, default=None)
    return None if last is None else _month_end(last // 12, last % 12 + 1)


@dataclass(frozen=True, slots=True, order=True)
class Rank:
    """A file's place in the order of releases: later ranks win. No release sorts first."""

    release: date
    name: str

    @classmethod
    def of(cls, name: str, release: date | None) -> Rank:
        return cls(release or date.min, name)


def rank_of(name: str, period_ends: Iterable[int]) -> Rank:
    return Rank.of(name, release_of(name, period_ends))


#: What makes two figures the same figure (Figure.key).
figure_key = Figure.key.fget


def same_value(old_value: float, old_unit: str, new: Figure) -> bool:
    """Whether a value in ``old_unit`` is ``new``'s value (converted, within rounding)."""
    if old_unit == new.unit:
        return old_value == new.value
    try:
        return abs(convert(old_value, old_unit, new.unit) - new.value) <= 1e-9 * max(1.0, abs(new.value))
    except UnitError:
        return False


def in_unit(value: float, unit: str, to: str) -> float:
    if unit == to:
        return value
    try:
        return convert(value, unit, to)
    except UnitError:
        return value


def revised(old: Figure | None, new: Figure) -> Figure:
    """``new`` as it replaces ``old`` (the figure of the same key from an earlier release, or None):
    a different value is a revision and ``revised_from`` keeps the value replaced (in ``new``'s unit);
    the same value from another place (a file renamed, a row moved) is not, and keeps the flag
    ``old`` had."""
    if old is None:
        return new
    if same_value(old.value, old.unit, new):
        return new if new.revised_from == old.revised_from else new._replace(revised_from=old.revised_from)
    return new._replace(revised_from=in_unit(old.value, old.unit, new.unit))
