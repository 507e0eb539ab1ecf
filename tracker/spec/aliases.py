"""Other names of regions and indicators: ``targets/aliases.yaml``.

    regions:
      南昌高新区: [南昌高新技术产业开发区]
    indicators:
      规上工业营业收入: [规模以上工业营业收入]

Each canonical name lists its other names (a single name may stand without
brackets). Names are compared normalised: NFKC (full-width to half-width) and
without white space. A canonical name also maps to itself.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from tracker.problems import Problem, line_place, problems_at_lines
from tracker.spec.yamltree import Mapping, Node, Scalar, Sequence, read_tree

ALIAS_SECTIONS = ("regions", "indicators")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


@lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """A name as compared: NFKC, without white space (or zero-width characters).

    Remembered: judging maps the names of thousands of goals and figure groups, a few hundred
    distinct ones."""
    text = unicodedata.normalize("NFKC", name).translate(_INVISIBLE)
    return "".join(text.split())


def _frozen(mapping: MappingABC[str, str] | None = None) -> MappingABC[str, str]:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class Aliases:
    """Normalised name -> canonical name (itself normalised), per kind of name."""

    regions: MappingABC[str, str] = field(default_factory=_frozen)
    indicators: MappingABC[str, str] = field(default_factory=_frozen)

    def region(self, name: str) -> str:
        key = normalise_name(name)
        return self.regions.get(key, key)

    def indicator(self, name: str) -> str:
        key = normalise_name(name)
        return self.indicators.get(key, key)


def load_aliases_text(text: str, file: str) -> tuple[Aliases, tuple[Problem, ...]]:
    """Aliases from the text of ``aliases.yaml``; with problems, no aliases at all."""
    root, issues = read_tree(text)
    problems = problems_at_lines(file, issues)
    sections: dict[str, dict[str, str]] = {s: {} for s in ALIAS_SECTIONS}
    if root is None and not problems:
        return Aliases(), ()  # an empty file: no aliases
    if root is not None and not isinstance(root, Mapping):
        problems.append(Problem.of(file, line_place(root.line), "bad-shape", "aliases"))
    elif root is not None:
        for key, node in root.items.items():
            line = root.key_lines[key]
            if key not in ALIAS_SECTIONS:
                problems.append(Problem.of(file, line_place(line), "bad-shape", "aliases-section", section=key))
            else:
                problems.extend(_section(node, line, file, sections[key], key))
    if problems:
        return Aliases(), tuple(problems)
    return Aliases(_frozen(sections["regions"]), _frozen(sections["indicators"])), ()


def _section(node: Node, line: int, file: str, table: dict[str, str], section: str) -> list[Problem]:
    if isinstance(node, Scalar) and node.value is None:
        return []
    if not isinstance(node, Mapping):
        return [Problem.of(file, line_place(line), "bad-shape", "aliases-map", section=section)]
    problems: list[Problem] = []
    where: dict[str, int] = {}  # normalised name -> line it was given
    for canonical_text, names in node.items.items():
        key_line = node.key_lines[canonical_text]
        canonical = normalise_name(canonical_text)
        if not canonical:
            problems.append(Problem.of(file, line_place(key_line), "bad-value", "empty-name"))
            continue
        others: list[tuple[str, int]] = []
        if isinstance(names, Sequence):
            items = names.items
        elif isinstance(names, Scalar) and names.value is None:
            items = []
        else:
            items = [names]
        for item in items:
            if not isinstance(item, Scalar) or not isinstance(item.value, str) or not normalise_name(item.value):
                problems.append(Problem.of(file, line_place(item.line), "bad-value", "alias-text", name=canonical_text))
                continue
            others.append((normalise_name(item.value), item.line))
        for name, name_line in [(canonical, key_line), *others]:
            owner = table.get(name)
            if owner is not None and owner != canonical:
                problems.append(
                    Problem.of(file, line_place(name_line), "duplicate-alias", name=name, owner=owner, line=where[name],
                               canonical=canonical)
                )
                continue
            if owner is None:
                table[name] = canonical
                where[name] = name_line
    return problems


