"""Warnings about figures that are used but look wrong: a likely unit slip, a name that is
probably a misspelling of a goal's. A warning never drops data and never changes an exit code.

``unit_slips``: a value at least 100 times, or at most 1/100 of, the value of the same region,
indicator and measure for the period just before it in the same series (the year-to-date
period one month shorter, the month, quarter or year before): a 万元 figure typed under 亿元.

``misspelt_names``: a region or indicator in the figures that no goal or alias uses, while a
goal's region or indicator has no figure, and the two names differ by one character, only by a
suffix 省/市/区/县, or only as traditional and simplified characters.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from tracker.figure import Figure, Measure
from tracker.messages.problems import Reason, Words
from tracker.problems import WARNING, Problem
from tracker.units import UnitError, factor

__all__ = ["unit_slips", "misspelt_names", "SLIP"]

#: A value this many times its predecessor, or this many times smaller, is a likely unit slip.
SLIP = 100.0


def _before(start: int, end: int) -> tuple[int, int] | None:
    """The period just before (start, end) in the same series, or None: the year-to-date period one
    month shorter (1-8月 after 1-7月), else the month, quarter or year before (January after December)."""
    months = end - start + 1
    if start % 12 == 0 and 1 < months < 12 and end // 12 == start // 12:
        return start, end - 1  # 1-m月 after 1-(m−1)月
    if months in (1, 3, 12):
        return start - months, end - months  # the month, quarter or year before
    return None


def unit_slips(groups: Mapping[tuple[str, str], Sequence[Figure]]) -> list[Problem]:
    """A warning for each value figure 100 times (or 1/100 of) the one for the period before it.

    ``groups``: the figures by region and indicator (tracker.grouping), each a series."""
    value = Measure.VALUE
    problems: list[Problem] = []
    for figures in groups.values():
        index: dict[tuple[int, int], Figure] = {}
        for f in figures:
            if f.measure is value:
                p = f.period
                index[(p.start, p.end)] = f
        if len(index) < 2:
            continue
        for (start, end), f in index.items():
            before = _before(start, end)
            prev = index.get(before) if before is not None else None
            if prev is None or f.value == 0 or prev.value == 0:
                continue
            ratio = f.value / prev.value
            if 1 / SLIP < abs(ratio) < SLIP and prev.unit == f.unit:
                continue  # the common case, decided without converting
            try:
                ratio = abs(f.value / (prev.value * (1.0 if prev.unit == f.unit else factor(prev.unit, f.unit))))
            except UnitError:
                continue
            if ratio >= SLIP or ratio <= 1 / SLIP:
                problems.append(_slip(f, prev, ratio))
    return problems


def _slip(f: Figure, prev: Figure, ratio: float) -> Problem:
    file, place = f.file, f.place
    times = (Words(f"{ratio:,.0f}倍", f"{ratio:,.0f} times") if ratio >= 1
             else Words(f"1/{1 / ratio:,.0f}", f"1/{1 / ratio:,.0f} of"))
    return Problem.of(file, place, Reason.UNIT_SLIP, severity=WARNING,
                      series=f"{f.region} {f.indicator}", period=_period(f), value=f"{f.value:g} {f.unit}",
                      before_period=_period(prev), before=f"{prev.value:g} {prev.unit}", before_source=str(prev.source or ""),
                      times=times)


def _period(f: Figure) -> Words:
    return Words(f.period.chinese(), f.period.iso())


@lru_cache(maxsize=4096)
def _simplified(name: str) -> str:
    from hanziconv import HanziConv

    return HanziConv.toSimplified(name)


_SUFFIXES = ("省", "市", "区", "县")
_KINDS = {"region": Words("地区", "region"), "indicator": Words("指标", "indicator")}


def _one_apart(a: str, b: str) -> bool:
    """One character replaced, added or taken away."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1:]


def _bare(name: str) -> str:
    return name[:-1] if len(name) > 1 and name.endswith(_SUFFIXES) else name


def likely_same(a: str, b: str) -> bool:
    """Two names that are probably one: one character apart, apart only by a suffix 省/市/区/县,
    or the same in simplified characters."""
    if a == b:
        return False
    return _one_apart(a, b) or _bare(a) == _bare(b) or _simplified(a) == _simplified(b)


def misspelt_names(groups: Mapping[tuple[str, str], Sequence[Figure]], wanted_regions: Iterable[str],
                   wanted_indicators: Iterable[str], known_regions: Iterable[str] = (),
                   known_indicators: Iterable[str] = ()) -> list[Problem]:
    """A warning for each name in the figures that is likely a misspelling of a goal's name that has
    no figure. ``groups``: the figures by region and indicator, names as the goals know them (after
    aliases); ``wanted_*``: the goals' names; ``known_*``: other names in use (parts of regions and
    of derived indicators)."""
    problems: list[Problem] = []
    for kind, pick, wanted, known in (("region", 0, set(wanted_regions), set(known_regions)),
                                      ("indicator", 1, set(wanted_indicators), set(known_indicators))):
        first: dict[str, Figure] = {}
        for key, figures in groups.items():
            if figures:
                first.setdefault(key[pick], figures[0])
        missing = sorted(wanted - first.keys())
        if not missing:
            continue
        for name, f in first.items():
            if name in wanted or name in known:
                continue
            for goal_name in missing:
                if likely_same(name, goal_name):
                    file, place = f.file, f.place
                    shown = (f.region, f.indicator)[pick]
                    problems.append(Problem.of(file, place, Reason.DID_YOU_MEAN, severity=WARNING,
                                               kind=_KINDS[kind], name=shown, goal_name=goal_name))
    return problems


def data_warnings(targets: Sequence, groups: Mapping[tuple[str, str], Sequence[Figure]], aliases,
                  composition) -> list[Problem]:
    """Every warning about the figures that ``targets`` are judged from (``groups``: the figures by
    region and indicator after ``aliases``; ``composition``: regions and indicators made of others)."""
    regions = {aliases.region(t.region) for t in targets} - set(composition.regions)
    indicators = {aliases.indicator(t.indicator) for t in targets} - set(composition.indicators)
    known_regions = {p for parts in composition.regions.values() for p in parts}
    known_indicators = {p for d in composition.indicators.values() for p in d.parts}
    return unit_slips(groups) + misspelt_names(groups, regions, indicators, known_regions, known_indicators)
