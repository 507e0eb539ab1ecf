"""The figures by region and indicator (after aliases): what each goal is judged from.

``group_figures`` groups figures at once; a ``Grouping`` takes them a file at a
time, as the files are read (tracker.pipeline), and gives the same groups. No
pydantic here: the pipeline imports this before the goals' models.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from itertools import groupby
from operator import itemgetter
from typing import Protocol

from tracker.figure import Figure

__all__ = ["NameMap", "Groups", "Grouping", "group_figures", "identity"]

Groups = dict[tuple[str, str], list[Figure]]


class NameMap(Protocol):
    def region(self, name: str) -> str: ...
    def indicator(self, name: str) -> str: ...


class _Identity:
    """The names as written (without surrounding blanks): no aliases."""

    def region(self, name: str) -> str:
        return name.strip()

    def indicator(self, name: str) -> str:
        return name.strip()


identity: NameMap = _Identity()


class Grouping:
    """The figures by (region, indicator) as the files spell them, a file at a time; ``groups``
    maps the names (aliases) and gathers the groups that two spellings share.

    There may be 500,000 figures, and a file gives a region's indicator in a run
    of rows: runs are found in C (groupby) and each is added to its group at
    once, one dict lookup a run, not a figure. A run cut by the end of a file
    goes to its group in two pieces, one after the other: the same group.
    """

    def __init__(self) -> None:
        self._runs: list[tuple[tuple[str, str], list[Figure]]] = []
        self._spelt: defaultdict[tuple[str, str], list[Figure]] = defaultdict(list)

    def add(self, figures: Iterable[Figure]) -> None:
        """The next figures, in the order given."""
        runs = [(key, list(run)) for key, run in groupby(figures, _pair)]
        self._runs += runs
        spelt = self._spelt
        for key, run in runs:
            spelt[key] += run

    def groups(self, aliases: NameMap | None = None) -> Groups:
        """The figures added, by region and indicator after aliases, each group in the order added."""
        names = aliases or identity
        spelt = self._spelt
        canonical = {key: (names.region(key[0]), names.indicator(key[1])) for key in spelt}
        groups: Groups = {}
        shared: set[tuple[str, str]] = set()
        for key, group in spelt.items():
            to = canonical[key]
            if to in groups:
                shared.add(to)
            else:
                groups[to] = group
        if shared:  # gathered again from the runs, so that a group's order stays the order added
            for to in shared:
                groups[to] = []
            merged = {key for key, to in canonical.items() if to in shared}
            for key, run in self._runs:
                if key in merged:
                    groups[canonical[key]] += run
        return groups


def group_figures(figures: Iterable[Figure], aliases: NameMap | None = None) -> Groups:
    """The figures by (region, indicator) after aliases, each group in the order given."""
    grouping = Grouping()
    grouping.add(figures)
    return grouping.groups(aliases)


_pair = itemgetter(0, 1)  # a Figure's region and indicator
