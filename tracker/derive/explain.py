"""How a derived figure was made, as a note for people (tracker.notes)."""

from __future__ import annotations

from collections.abc import Sequence

from tracker.derive import GROWTH, MONTHS, RATIO, REGIONS, SUM
from tracker.figure import Figure
from tracker.notes import Note, joined, note
from tracker.periods import Period

__all__ = ["how_made", "gap_note"]


def _month_label(p: Period) -> str:
    """A part of a year as officials write it without the year: 4月, 1-3月, 二季度."""
    if p.is_single_month:
        return f"{p.start_month}月"
    if p.months == 3 and p.start_month in (1, 4, 7, 10):
        return "一二三四"[p.start_month // 3] + "季度"
    return f"{p.start_month}-{p.end_month}月"


def _pieces_zh(parts: Sequence[Figure]) -> str:
    first = parts[0].period
    start = parts[0] if first.start % 12 == 0 and first.months > 1 else None
    rest = list(parts[1:] if start is not None else parts)
    singles = [f.period for f in rest]
    if singles and all(p.is_single_month for p in singles) and all(
            b.start == a.start + 1 for a, b in zip(singles, singles[1:])):
        a, b = singles[0].start_month, singles[-1].start_month
        rest_zh = f"{a}月当期值" if a == b else f"{a}月至{b}月各月当期值"
    else:
        rest_zh = "、".join(_month_label(p) for p in singles) + "数值"
    return f"{_month_label(first)}累计值与{rest_zh}" if start is not None else rest_zh


def _pieces_en(parts: Sequence[Figure]) -> str:
    return " + ".join(f.period.iso() for f in parts)


def how_made(figure: Figure) -> Note | None:
    """What made ``figure`` (None for a published one), with what made its parts where they were made
    by another rule (a growth rate from months added up)."""
    made = figure.made
    if made is None:
        return None
    p = figure.period
    period = dict(period=p.iso(), period_zh=p.chinese())
    if made.how == MONTHS:
        own = note("months-summed", pieces=_pieces_en(made.parts), pieces_zh=_pieces_zh(made.parts), **period)
    elif made.how == GROWTH:
        own = note("growth-from-levels", **period)
    elif made.how == REGIONS:
        own = note("region-sum", parts="、".join(dict.fromkeys(f.region for f in made.parts)), **period)
    elif made.how in (RATIO, SUM):
        names = [f.indicator for f in made.parts]
        how = (f"{names[0]} / {names[1]} × 100" if made.how == RATIO else " + ".join(names))
        how_zh = "比值" if made.how == RATIO else "合计"
        own = note("derived-indicator", indicator=figure.indicator, how=how, how_zh=how_zh,
                   parts="、".join(dict.fromkeys(names)), **period)
    else:  # pragma: no cover - every way of making a figure has its words
        raise ValueError(f"unknown derivation {made.how!r}")
    inner = [how_made(part) for part in made.parts if part.made is not None and part.made.how != made.how]
    distinct = list(dict.fromkeys(n for n in inner if n is not None))[:2]
    return joined(own, *distinct)


def gap_note(missing: Period | None) -> Note | None:
    if missing is None:
        return None
    return note("gap", month=missing.iso(), month_zh=missing.chinese())
