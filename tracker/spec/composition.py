"""How regions and indicators are made of others: ``targets/regions.yaml`` and
``targets/indicators.yaml`` (both optional).

    # regions.yaml: a region's parts, whose values add up to the region's
    regions:
      江西省: [南昌市, 九江市, 景德镇市, 萍乡市, 新余市, 鹰潭市, 赣州市, 宜春市, 上饶市, 吉安市, 抚州市]

    # indicators.yaml: an indicator defined from others, per region and period
    indicators:
      高技术制造业增加值占比: {ratio: [高技术制造业增加值, 规上工业增加值]}   # numerator, denominator; in %
      新兴产业营业收入: {sum: [锂电产业营业收入, 光伏产业营业收入]}

Names are compared as everywhere (aliases applied). A file with a problem is not
used at all, and every problem names its line.
"""

from __future__ import annotations

from collections.abc import Mapping as MappingABC
from types import MappingProxyType

from tracker.derive.combine import Composition, Definition
from tracker.problems import Problem
from tracker.spec.aliases import Aliases
from tracker.spec.yamltree import Mapping, Scalar, Sequence, read_tree

__all__ = ["Composition", "REGIONS_FILES", "INDICATORS_FILES", "load_regions_text", "load_indicators_text"]

REGIONS_FILES = ("regions.yaml", "regions.yml")
INDICATORS_FILES = ("indicators.yaml", "indicators.yml")
OPS = ("ratio", "sum")


def _frozen(d: dict | None = None) -> MappingABC:
    return MappingProxyType(dict(d or {}))


def _place(line: int) -> str:
    return f"line {line}" if line else ""


def _names(node, file: str, what: str, aliases_name, problems: list[Problem]) -> list[tuple[str, int]]:
    items = node.items if isinstance(node, Sequence) else [node]
    out = []
    for item in items:
        if not isinstance(item, Scalar) or not isinstance(item.value, str) or not item.value.strip():
            problems.append(Problem(file, _place(getattr(item, "line", 0)), f"the {what} must be names (text)",
                                    "bad-value"))
            continue
        out.append((aliases_name(item.value), item.line))
    return out


def _root(text: str, file: str, section: str, problems: list[Problem]):
    root, issues = read_tree(text)
    problems.extend(Problem(file, _place(line), message, reason) for line, message, reason in issues)
    if root is None:
        return None
    if not isinstance(root, Mapping) or set(root.items) - {section}:
        problems.append(Problem(file, _place(root.line), f"{file} holds one section, '{section}:'", "bad-shape"))
        return None
    body = root.items.get(section)
    if body is None or (isinstance(body, Scalar) and body.value is None):
        return None
    if not isinstance(body, Mapping):
        problems.append(Problem(file, _place(root.key_lines[section]), f"'{section}' must be a mapping", "bad-shape"))
        return None
    return body


def load_regions_text(text: str, file: str, aliases: Aliases) -> tuple[MappingABC[str, tuple[str, ...]], tuple[Problem, ...]]:
    """Each region's parts from the text of ``regions.yaml``; with a problem, none at all."""
    problems: list[Problem] = []
    body = _root(text, file, "regions", problems)
    regions: dict[str, tuple[str, ...]] = {}
    if body is not None:
        for name, node in body.items.items():
            line = body.key_lines[name]
            region = aliases.region(name)
            if region in regions:
                problems.append(Problem(file, _place(line), f"{name!r} is given twice", "duplicate-definition"))
                continue
            parts = _names(node, file, f"parts of {name!r}", aliases.region, problems)
            seen = [p for p, _ in parts]
            if len(set(seen)) != len(seen):
                problems.append(Problem(file, _place(line), f"a part of {name!r} is listed twice", "duplicate-definition"))
            if region in seen:
                problems.append(Problem(file, _place(line), f"{name!r} cannot be a part of itself", "bad-definition"))
                seen = [p for p in seen if p != region]
            if not seen:
                problems.append(Problem(file, _place(line), f"{name!r} lists no parts", "bad-definition"))
            regions[region] = tuple(seen)
        problems.extend(_cycles(regions, file, body, "region"))
    if problems:
        return _frozen(), tuple(problems)
    return _frozen(regions), ()


def load_indicators_text(text: str, file: str, aliases: Aliases) -> tuple[MappingABC[str, Definition], tuple[Problem, ...]]:
    """Each derived indicator's definition from the text of ``indicators.yaml``; with a problem, none."""
    problems: list[Problem] = []
    body = _root(text, file, "indicators", problems)
    defined: dict[str, Definition] = {}
    if body is not None:
        for name, node in body.items.items():
            line = body.key_lines[name]
            indicator = aliases.indicator(name)
            if indicator in defined:
                problems.append(Problem(file, _place(line), f"{name!r} is defined twice", "duplicate-definition"))
                continue
            if not isinstance(node, Mapping) or len(node.items) != 1 or next(iter(node.items)) not in OPS:
                problems.append(Problem(
                    file, _place(line),
                    f"{name!r} must be defined as {{ratio: [numerator, denominator]}} or {{sum: [part, part, …]}}",
                    "bad-definition"))
                continue
            op = next(iter(node.items))
            parts = [p for p, _ in _names(node.items[op], file, f"parts of {name!r}", aliases.indicator, problems)]
            if op == "ratio" and len(parts) != 2:
                problems.append(Problem(file, _place(line),
                                        f"the ratio {name!r} needs two parts, the numerator and the denominator "
                                        f"(it has {len(parts)})", "bad-definition"))
                continue
            if op == "sum" and len(parts) < 2:
                problems.append(Problem(file, _place(line), f"the sum {name!r} needs two parts or more",
                                        "bad-definition"))
                continue
            if indicator in parts:
                problems.append(Problem(file, _place(line), f"{name!r} cannot be made from itself", "bad-definition"))
                continue
            defined[indicator] = Definition(name.strip(), op, tuple(parts), file, _place(line))
        problems.extend(_cycles({k: d.parts for k, d in defined.items()}, file, body, "indicator"))
    if problems:
        return _frozen(), tuple(problems)
    return _frozen(defined), ()


def _cycles(graph: dict[str, tuple[str, ...]], file: str, body: Mapping, what: str) -> list[Problem]:
    """A problem for each name that is made, through others, of itself."""
    lines = {k: body.key_lines[k] for k in body.items}
    problems = []
    for start in graph:
        stack, seen = list(graph[start]), set()
        while stack:
            name = stack.pop()
            if name == start:
                line = next((ln for k, ln in lines.items() if k.strip() == start or k == start), 0)
                problems.append(Problem(file, _place(line), f"the {what} {start!r} is made, through others, of itself",
                                        "bad-definition"))
                break
            if name not in seen:
                seen.add(name)
                stack.extend(graph.get(name, ()))
    return problems
