"""What label cells mean: a 地区/指标/单位/口径 cell as text, a period cell as a
Period, and an indicator name with its 单位 and 口径 cells as a Meaning (what
its figures are) or a Fail (which cell is wrong, and why).

Each is cached: a province's file repeats the same few hundred labels on
every row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from tracker.figure import Measure
from tracker.messages import Phrase
from tracker.periods import Period, PeriodError, parse_period
from tracker.problems import InputError
from tracker.units import UnitError, parse_unit

from tracker.ingest.cells import clean, clean_name, measure_of, split_name, unit_text


@lru_cache(maxsize=65536, typed=True)
def label(v: object) -> str:
    """A label cell (地区, 指标, 单位 …) as text; "" when empty."""
    if type(v) is str:
        return clean_name(v) if v else ""
    if v is None:
        return ""
    if type(v) is float and v.is_integer():
        return str(int(v))
    return str(v)


@lru_cache(maxsize=65536, typed=True)
def period_of(v: object, year: int | None = None) -> Period | PeriodError:
    """A period cell or header; the error is returned, not raised (cached)."""
    try:
        if isinstance(v, datetime | date):
            return Period.month(v.year, v.month)
        return parse_period(v, year)
    except PeriodError as e:
        return e


@lru_cache(maxsize=4096)
def year_to_date(p: Period) -> Period:
    """A 累计 figure labelled with one month covers January to that month."""
    return Period.year_to_date(p.end_year, p.end_month) if p.is_single_month else p


@dataclass(frozen=True, slots=True)
class Meaning:
    indicator: str
    measure: Measure
    ytd: bool
    unit: str | None  # None: each value cell must carry its unit


@dataclass(frozen=True, slots=True)
class Fail:
    part: str  # "name", "unit" or "measure": which cell to blame
    reason: str
    message: Phrase  # what is wrong, said in the reader's language


#: The units a problem names as known (besides counts such as 个, 家, 万人).
KNOWN_UNITS = ("元", "万元", "亿元", "吨", "万吨", "kWh", "万千瓦时", "亿千瓦时", "%")


@lru_cache(maxsize=65536)
def meaning(name_text: str, unit_cell: str, measure_cell: str, table_unit: str = "") -> Meaning | Fail:
    """What a row (or column) says its figures are.

    ``table_unit`` is a ``单位：亿元`` line above the table: the unit of its
    figures that name none themselves, except growth rates (in %).
    """
    name = split_name(name_text)
    if not name.indicator:
        return Fail("name", "missing-label", Phrase.of("problem.missing-label.indicator"))
    measure, ytd = name.measure or Measure.VALUE, name.ytd
    if measure_cell:
        try:
            m, m_ytd = measure_of(measure_cell)
        except InputError as e:
            return Fail("measure", e.reason, e.as_phrase())
        if name.measure is not None and m is not name.measure:
            return Fail("measure", "measure-conflict",
                        Phrase.of("problem.measure-conflict", measure=measure_cell, name=name_text.strip(),
                                  name_measure=Phrase.of(f"measure.{name.measure.value}")))
        measure, ytd = m, ytd or m_ytd
    if unit_cell:
        try:
            unit = unit_text(unit_cell)
        except UnitError as e:
            said = (Phrase.of("problem.unknown-unit.known", unit=clean(unit_cell), known=KNOWN_UNITS)
                    if e.reason == "unknown-unit" else e.as_phrase())
            return Fail("unit", e.reason, said)
        if name.unit is not None and name.unit.lower() != unit.lower():
            return Fail("unit", "unit-conflict", Phrase.of("problem.unit-conflict.name", unit=unit, name_unit=name.unit,
                                                           name=name_text.strip()))
    elif name.unit is not None:
        unit = name.unit
    elif name.bracket is not None:
        return Fail("name", "unknown-unit", Phrase.of("problem.unknown-unit.in-name", unit=name.bracket,
                                                      name=name_text.strip()))
    elif measure is Measure.YOY:
        unit = "%"
    else:
        unit = table_unit or None
    if measure is Measure.YOY and unit is not None and parse_unit(unit).dimension != "percent":
        return Fail("unit" if unit_cell else "name", "unit-conflict",
                    Phrase.of("problem.unit-conflict.growth", unit=unit,
                              measure=measure_cell.strip() or Phrase.of("measure.yoy")))
    return Meaning(name.indicator, measure, ytd, unit)

