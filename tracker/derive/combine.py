"""Figures of one region or indicator made from those of others.

``region_sums``: a region's value for a period as the sum of its parts' values
(``targets/regions.yaml``), where the region has none of its own and every part
has one. ``derived_values``: an indicator defined from others
(``targets/indicators.yaml``), a ratio (numerator / denominator × 100, in %) or
a sum, where every part has a value for the same region and period. Never for
growth rates, and a region sum never adds up percentages: rates and shares do
not add up.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from tracker.derive import RATIO, REGIONS, SUM, derived_figure
from tracker.figure import Figure, Measure
from tracker.periods import Period
from tracker.units import UnitError, factor, parse_unit

__all__ = ["Definition", "Composition", "region_sums", "derived_values", "UnitClash"]


@dataclass(frozen=True, slots=True)
class Definition:
    """An indicator made from others: ``op`` is ``ratio`` (two parts) or ``sum``."""

    name: str
    op: str
    parts: tuple[str, ...]
    file: str = ""
    place: str = ""


def _frozen(d: dict | None = None) -> Mapping:
    return MappingProxyType(dict(d or {}))


@dataclass(frozen=True)
class Composition:
    """What regions and indicators are made of: region -> its parts, indicator -> its Definition
    (every name canonical, after aliases). From targets/regions.yaml and targets/indicators.yaml."""

    regions: Mapping[str, tuple[str, ...]] = field(default_factory=_frozen)
    indicators: Mapping[str, Definition] = field(default_factory=_frozen)

    def __bool__(self) -> bool:
        return bool(self.regions) or bool(self.indicators)


@dataclass(frozen=True, slots=True)
class UnitClash:
    """Two figures that had to be added or divided, in units of different dimensions."""

    first: Figure
    other: Figure


def _values_by_period(figures: Sequence[Figure]) -> dict[tuple[int, int], Figure]:
    out: dict[tuple[int, int], Figure] = {}
    value = Measure.VALUE
    for f in figures:
        if f.measure is value:
            out.setdefault((f.period.start, f.period.end), f)
    return out


def _is_percent(unit: str) -> bool:
    try:
        return parse_unit(unit).dimension == "percent"
    except UnitError:
        return False


def _every_part(own: Sequence[Figure], parts: Sequence[Sequence[Figure]]) -> Iterator[tuple[tuple[int, int], list[Figure]]]:
    """Each period that every part has a value for and ``own`` has not, with the parts' values in order."""
    if not parts:
        return
    have = _values_by_period(own)
    indexed = [_values_by_period(p) for p in parts]
    for key, first in sorted(indexed[0].items()):
        if key in have:
            continue
        found = [first]
        for other in indexed[1:]:
            f = other.get(key)
            if f is None:
                break
            found.append(f)
        else:
            yield key, found


def region_sums(region: str, indicator: str, own: Sequence[Figure], parts: Sequence[Sequence[Figure]],
                clashes: list[UnitClash]) -> list[Figure]:
    """The region's value for each period that every part has a value for and the region has not,
    in the first part's unit."""
    made: list[Figure] = []
    for key, found in _every_part(own, parts):
        if any(_is_percent(f.unit) for f in found):
            continue
        total = _add(found, clashes)
        if total is not None:
            made.append(derived_figure(region, indicator, Period(*key), Measure.VALUE, total, found[0].unit,
                                       REGIONS, tuple(found)))
    return made


def _add(found: Sequence[Figure], clashes: list[UnitClash]) -> float | None:
    unit = found[0].unit
    total = 0.0
    for f in found:
        try:
            total += f.value * (1.0 if f.unit == unit else factor(f.unit, unit))
        except UnitError:
            clashes.append(UnitClash(found[0], f))
            return None
    return total


def derived_values(region: str, definition: Definition, own: Sequence[Figure],
                   parts: Sequence[Sequence[Figure]], clashes: list[UnitClash]) -> list[Figure]:
    """The derived indicator's value for each period that every part has a value for (the region's
    own published value for a period wins)."""
    made: list[Figure] = []
    for key, found in _every_part(own, parts):
        if definition.op == RATIO:
            figure = _ratio(region, definition, key, found, clashes)
        else:
            total = _add(found, clashes)
            figure = None if total is None else derived_figure(
                region, definition.name, Period(*key), Measure.VALUE, total, found[0].unit, SUM, tuple(found))
        if figure is not None:
            made.append(figure)
    return made


def _ratio(region: str, definition: Definition, key: tuple[int, int], found: list[Figure],
           clashes: list[UnitClash]) -> Figure | None:
    numerator, denominator = found
    try:
        below = denominator.value * (1.0 if denominator.unit == numerator.unit
                                     else factor(denominator.unit, numerator.unit))
    except UnitError:
        clashes.append(UnitClash(numerator, denominator))
        return None
    if below == 0:
        return None
    return derived_figure(region, definition.name, Period(*key), Measure.VALUE, numerator.value / below * 100, "%",
                          RATIO, (numerator, denominator))
