"""Figures made from other figures, before a goal is judged.

Statistics do not always arrive as the year-to-date values and growth rates a
goal is judged on. A goal's figures are completed, in this order:

1. ``months``: single months and quarters added up to year-to-date values
   (a flow goal's, and the levels that growth is computed from);
2. ``growth``: a growth rate from a period's value and the same months' value
   a year before;
3. ``combine.region_sums``: a region's value as the sum of its parts
   (``targets/regions.yaml``);
4. ``combine.derived_values``: an indicator defined from others
   (``targets/indicators.yaml``: a ratio or a sum).

A published figure always wins over a derived one for the same region,
indicator, period and measure. A derived figure is an ordinary Figure whose
``made`` says how it was made and from which figures (``Made``); its sources
are the sources of every figure it was made from.
"""

from __future__ import annotations

from typing import NamedTuple

from tracker.figure import Cell, Figure

__all__ = ["Made", "MONTHS", "GROWTH", "REGIONS", "RATIO", "SUM", "sources_of", "is_derived", "leaves"]

#: How a figure was made (Made.how).
MONTHS = "months"  # year to date from single months and quarters
GROWTH = "growth"  # a growth rate from two values a year apart
REGIONS = "regions"  # a region's value, the sum of its parts
RATIO = "ratio"  # a derived indicator: numerator / denominator × 100
SUM = "sum"  # a derived indicator: the sum of its parts


class Made(NamedTuple):
    """How a derived figure was made: ``how`` (MONTHS …) from ``parts``, in order.

    A named tuple, made in C: a province's monthly values make 100,000s of year-to-date figures."""

    how: str
    parts: tuple[Figure, ...]


_new = tuple.__new__


def derived_figure(region: str, indicator: str, period, measure, value: float, unit: str, how: str,
                   parts: tuple[Figure, ...]) -> Figure:
    """A Figure made from ``parts`` (no source of its own: its sources are theirs), made in C."""
    return _new(Figure, (region, indicator, period, measure, value, unit, None, "", None, None,
                         _new(Made, (how, parts))))


def is_derived(figure: Figure) -> bool:
    return figure.made is not None


def leaves(figure: Figure) -> list[Figure]:
    """The published figures a figure was made from (itself when it is published), in order."""
    if figure.made is None:
        return [figure]
    out: list[Figure] = []
    for part in figure.made.parts:
        out += leaves(part)
    return out


def sources_of(figure: Figure) -> tuple[Cell, ...]:
    """Every source a figure rests on: its own, or those of every published figure it was made from."""
    if figure.made is None:
        return (figure.source,)
    return tuple(dict.fromkeys(f.source for f in leaves(figure)))
