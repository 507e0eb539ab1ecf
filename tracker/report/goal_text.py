"""How a goal and its numbers read: goal text, number formats, plain numbers.

``goal_text`` turns an Evaluation's target, qualifier and stretch back into the
words of a plan: ``≥3500亿元（力争4500亿元）``, ``年均增长约9%``,
``下降≥4%``.  ``number_format`` picks the Excel format for a value in a unit.
"""

from __future__ import annotations

from functools import lru_cache

from tracker.model import Evaluation, Kind, Qualifier
from tracker.periods import Period, PeriodError, parse_period
from tracker.report.labels import Labels
from tracker.units import UnitError, parse_unit

RATIO = "0.0%"  # completion, progress, time_progress: 0.83 shows as 83.0%
PERCENT = '0.0"%"'  # rates already in percent: 9.0 shows as 9.0%
POINTS = "+0.0;-0.0;0.0"  # percentage points with a sign (the header names the unit)
_FLIP = {Qualifier.AT_LEAST: Qualifier.AT_MOST, Qualifier.AT_MOST: Qualifier.AT_LEAST}


def period_text(period: Period | str | None, lb: Labels) -> str:
    """A period as the reader writes it: 2024年1-6月 in Chinese reports, ISO 8601 in English ones."""
    if not period:
        return ""
    if isinstance(period, Period):
        return period.chinese() if lb.lang == "zh" else period.iso()
    if lb.lang != "zh":
        return period
    return _chinese_period(period)


@lru_cache(maxsize=4096)
def _chinese_period(iso: str) -> str:
    try:
        return parse_period(iso).chinese()
    except PeriodError:
        return iso


def note_text(ev: Evaluation, lb: Labels) -> str:
    """The evaluation's note in the report's language."""
    if ev.note_detail is not None:
        return ev.note_detail.text(lb.lang)
    return ev.note or ""


def is_rate_kind(ev: Evaluation) -> bool:
    return ev.kind in (Kind.GROWTH, Kind.CAGR)


def number_text(x: float) -> str:
    """A number as a plan writes it: 3500, 1.5, 0.25 (no exponent, no trailing zeros)."""
    if x != x:  # NaN
        return "—"
    text = f"{x:,.2f}" if abs(x) >= 10000 else f"{x:.2f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text in ("-0", "") else text


@lru_cache(maxsize=1024)
def number_format(unit: str | None) -> str:
    """The Excel number format for a value in ``unit``."""
    if not unit:
        return "#,##0.0"
    try:
        u = parse_unit(unit)
    except UnitError:
        return "#,##0.0"
    if u.dimension == "percent":
        return PERCENT
    if u.dimension == "count":
        return "#,##0" if u.factor < 1e4 else "#,##0.0"
    if u.dimension == "money" and u.factor >= 1e12:
        return "#,##0.00"
    if u.dimension == "money" and u.factor <= 1e4:
        return "#,##0"
    return "#,##0.0"


def pp_format(lb: Labels) -> str:
    """Percentage points, with a sign: +1.2个百分点, -0.5 pp."""
    suffix = lb.w("pp")
    return f'+0.0"{suffix}";-0.0"{suffix}";0.0"{suffix}"'


def signed(fmt: str) -> str:
    """A number format with an explicit plus sign for positive values."""
    if ";" in fmt:
        return fmt
    return f"+{fmt};-{fmt};{fmt}"


def value_unit(ev: Evaluation) -> str:
    """The unit the Evaluation's actual and target are in (rates: %)."""
    return "%" if is_rate_kind(ev) else (ev.unit or "")


def actual_format(ev: Evaluation) -> str:
    return PERCENT if is_rate_kind(ev) else number_format(ev.unit)


def series_unit(ev: Evaluation) -> str:
    """The unit of a goal's series: rates for growth goals, values otherwise (a cagr's series are levels)."""
    return "%" if ev.kind is Kind.GROWTH else (ev.unit or "")


def series_format(ev: Evaluation) -> str:
    return PERCENT if ev.kind is Kind.GROWTH else number_format(ev.unit)


def projected_format(ev: Evaluation) -> str:
    """``projected`` is in the target's unit; for growth goals that is a rate."""
    if ev.kind is Kind.GROWTH or not ev.unit:
        return PERCENT if is_rate_kind(ev) else number_format(ev.unit)
    return number_format(ev.unit)


def gap_value(ev: Evaluation) -> float | None:
    """The gap column: units behind/ahead of plan for levels, percentage points for rates."""
    return ev.margin_pp if is_rate_kind(ev) else ev.gap


def gap_format(ev: Evaluation, lb: Labels) -> str:
    return pp_format(lb) if is_rate_kind(ev) else signed(number_format(ev.unit))


def _one(value: float, qualifier: Qualifier, ev: Evaluation, lb: Labels) -> str:
    if not is_rate_kind(ev):
        return f"{lb.qualifier[qualifier]}{number_text(value)}{_sep(lb, ev.unit)}{ev.unit or ''}"
    cagr = ev.kind is Kind.CAGR
    if value < 0:
        # 下降4%以上 is rate -4 at_most: "decline ≥ 4%"
        word = lb.w("cagr_decline" if cagr else "decline")
        qualifier = _FLIP.get(qualifier, qualifier)
        value = -value
    else:
        word = lb.w("cagr" if cagr else "growth")
    return f"{word}{lb.qualifier[qualifier]}{number_text(value)}%"


def _sep(lb: Labels, unit: str | None) -> str:
    return " " if lb.lang == "en" and unit and unit != "%" else ""


def goal_text(ev: Evaluation, lb: Labels) -> str:
    """The goal in words, from target, qualifier and stretch (``""`` without a target)."""
    if ev.target is None:
        return ""
    text = _one(ev.target, ev.qualifier, ev, lb)
    if ev.stretch is not None:
        stretch = _one(ev.stretch, Qualifier.AT_LEAST if ev.qualifier is Qualifier.ABOUT else ev.qualifier, ev, lb)
        # the stretch reads 力争4500亿元, without the qualifier sign
        stretch = stretch.replace(lb.qualifier[Qualifier.AT_LEAST], "").replace(lb.qualifier[Qualifier.AT_MOST], "")
        text += lb.w("stretch", text=stretch)
    return text


def decimals(fmt: str) -> int:
    """How many decimals a number format shows (``#,##0.0`` → 1, ``0.0"%"`` → 1, ``#,##0`` → 0)."""
    body = fmt.split(";")[0].split('"')[0]
    return len(body.split(".")[1].rstrip("%")) if "." in body else 0


def shown(x: float, fmt: str, sign: bool = False) -> str:
    """A number as a cell of format ``fmt`` shows it, without thousands separators, and without
    its sign unless ``sign`` (the words say which way: 慢于, 低于): ``0.0%`` scales by 100
    (0.7438 → 74.4), the others show the value (1234.56, ``#,##0.0`` → 1234.6)."""
    n = decimals(fmt)
    if fmt.split(";")[0].endswith("%") and not fmt.split(";")[0].endswith('"%"'):
        x *= 100
    text = f"{(x if sign else abs(x)):.{n}f}"
    return "0" + text[2:] if text.startswith("-0") and not any(ch in "123456789" for ch in text) else text
