"""The small parsers of an actuals table: cell values, units, measures, names.

Each works on one cell's text and is cached where the same text recurs (a
unit, a measure, an indicator name, a header); a value cell takes the fast
path when the reader already gives a float.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from tracker.figure import Measure
from tracker.problems import InputError
from tracker.units import UnitError, parse_unit


class CellError(InputError):
    """A cell that should hold a number holds something else."""

    reason = "bad-value"


#: What a cell says when there is no figure (compared after ``clean``).
PLACEHOLDERS = frozenset(
    {"", "-", "--", "---", "—", "——", "–", "―", "/", "//", "...", "…", "……", "无"}
)
#: Excel's error values, as calamine would show them if it did (it shows "").
EXCEL_ERRORS = frozenset(
    {"#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#GETTING_DATA", "#SPILL!", "#CALC!"}
)

_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-", "\ufe63": "-"})
_WS = re.compile(r"\s+")
_NUMBER = re.compile(
    r"([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?|[+-]?\.\d+)(.*)"
)
_PLAIN = re.compile(r"[+-]?\d+(?:\.\d+)?")


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    """NFKC (full width to half width), no white space at all."""
    return _WS.sub("", unicodedata.normalize("NFKC", text))


@lru_cache(maxsize=65536)
def clean_name(text: str) -> str:
    """A region or indicator name as written, without stray spaces.

    Chinese names lose every space (``北  京`` is 北京); names in ASCII keep
    single spaces between words.
    """
    text = unicodedata.normalize("NFKC", text).strip()
    if text.isascii():
        return _WS.sub(" ", text)
    return _WS.sub("", text)


def number(v: object) -> tuple[float, str | None] | None:
    """The number in a value cell and the unit written in it (``3500亿元``).

    Returns None for a placeholder (no figure); raises CellError for anything
    else. The float fast path is the caller's (``type(v) is float``).
    """
    if type(v) is float or (type(v) is int):
        if math.isfinite(v):
            return float(v), None
        raise CellError.of("problem.bad-value.not-number", text=repr(v))
    if isinstance(v, bool):
        raise CellError.of("problem.bad-value.bool", value="TRUE" if v else "FALSE")
    if isinstance(v, str):
        return _text_number(v)
    if isinstance(v, (datetime, date, time, timedelta)):
        raise CellError.of("problem.bad-value.date", value=str(v))
    if v is None:
        return None
    raise CellError.of("problem.bad-value.not-number", text=repr(v))


@lru_cache(maxsize=65536)
def _text_number(raw: str) -> tuple[float, str | None] | None:
    if _PLAIN.fullmatch(raw) and math.isfinite(value := float(raw)):
        return value, None
    text = clean(raw).translate(_MINUS)
    if text in PLACEHOLDERS:
        return None
    if text.upper() in EXCEL_ERRORS:
        raise CellError.of("problem.excel-error", "excel-error", error=text.upper())
    m = _NUMBER.fullmatch(text)
    if m is None:
        raise CellError.of("problem.bad-value.not-number", text=_shown(raw))
    value = float(m[1].replace(",", ""))
    if not math.isfinite(value):
        raise CellError.of("problem.bad-value.too-large", text=_shown(raw))
    rest = m[2]
    if not rest:
        return value, None
    try:
        parse_unit(rest)
    except UnitError:
        raise CellError.of("problem.bad-value.not-number", text=_shown(raw)) from None
    return value, rest


def _shown(raw: str) -> str:
    """A cell's text as a message quotes it (the catalogue cuts an enormous cell short)."""
    return raw.strip()


# --------------------------------------------------------------------------
# Units

@lru_cache(maxsize=4096)
def unit_text(raw: str) -> str:
    """A unit cell as the figure keeps it: NFKC, no spaces. Raises UnitError."""
    text = clean(raw)
    parse_unit(text)
    return text


def same_unit(a: str, b: str) -> bool:
    return a.lower() == b.lower()


# --------------------------------------------------------------------------
# Measures (口径)

_MEASURE_WORDS: dict[str, tuple[Measure, bool]] = {}
for _w in ("value", "值", "数值", "绝对值", "本期", "本期值", "总量", "当期", "当期值", "本月", "当月", "当月值", "level", "amount"):
    _MEASURE_WORDS[_w] = (Measure.VALUE, False)
for _w in ("累计", "累计值", "累计数", "本年累计", "cumulative", "ytd"):
    _MEASURE_WORDS[_w] = (Measure.VALUE, True)
for _w in ("yoy", "growth", "同比", "同比增长", "同比增速", "同比增长率", "增速", "增长", "增长率", "比上年增长",
           "比上年同期增长", "growthrate", "yoygrowth"):
    _MEASURE_WORDS[_w] = (Measure.YOY, False)
for _w in ("累计增长", "累计增速", "累计增长率", "累计同比", "累计同比增长", "ytdgrowth"):
    _MEASURE_WORDS[_w] = (Measure.YOY, True)


@lru_cache(maxsize=1024)
def measure_of(raw: str) -> tuple[Measure, bool]:
    """口径 text → (measure, year to date?). Raises InputError for unknown text."""
    key = clean(raw).lower().replace("(%)", "").replace("%", "").replace("_", "").replace("-", "")
    try:
        return _MEASURE_WORDS[key]
    except KeyError:
        raise InputError.of("problem.bad-measure", "bad-measure", measure=raw.strip()) from None


# --------------------------------------------------------------------------
# Indicator names as the statistics bureau writes them

#: Suffix → (measure, year to date?): ``房地产投资累计值(亿元)``.
_SUFFIXES = (
    ("累计值", Measure.VALUE, True),
    ("当期值", Measure.VALUE, False),
    ("累计增长", Measure.YOY, True),
    ("同比增长", Measure.YOY, False),
    # as hand-made tables write a growth rate (规上工业增加值增速)
    ("累计增长率", Measure.YOY, True),
    ("累计增速", Measure.YOY, True),
    ("同比增长率", Measure.YOY, False),
    ("同比增速", Measure.YOY, False),
    ("增长率", Measure.YOY, False),
    ("增速", Measure.YOY, False),
)
_BRACKET = re.compile(r"(.*?)\(([^()]*)\)")


class Name(tuple):
    """An indicator name taken apart: see ``split_name``."""

    __slots__ = ()

    indicator = property(lambda self: self[0])
    unit = property(lambda self: self[1])  # the bracket, when it is a known unit
    measure = property(lambda self: self[2])  # from the suffix, or None
    ytd = property(lambda self: self[3])  # the suffix says year to date (累计…)
    bracket = property(lambda self: self[4])  # the bracket's text, unit or not


@lru_cache(maxsize=4096)
def split_name(raw: str) -> Name:
    """``X累计值(亿元)`` → indicator ``X``, unit ``亿元``, measure value, year to date.

    The unit is the bracket at the end when it is a known unit; a bracket that
    is not (``GDP(现价)``) stays part of the name. The measure comes from the
    suffix (None without one).
    """
    name = clean_name(raw)
    unit = bracket = None
    m = _BRACKET.fullmatch(name)
    if m:
        bracket = clean(m[2])
        try:
            parse_unit(bracket)
        except UnitError:
            pass
        else:
            unit, name = bracket, m[1].strip()
    for suffix, measure, ytd in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return Name((name[: -len(suffix)], unit, measure, ytd, bracket))
    return Name((name, unit, None, False, bracket))
