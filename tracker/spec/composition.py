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

from tracker.derive.combine import Composition, Definition
from tracker.messages.problems import Reason
from tracker.problems import Problem, line_place, problems_at_lines
from tracker.spec.aliases import Aliases, _frozen
from tracker.spec.yamltree import Mapping, Scalar, Sequence, read_tree

__all__ = ["Composition", "REGIONS_FILES", "INDICATORS_FILES", "load_regions_text", "load_indicators_text"]

REGIONS_FILES = ("regions.yaml", "regions.yml")
INDICATORS_FILES = ("indicators.yaml", "indicators.yml")
OPS = ("ratio", "sum")


def _names(node, file: str, what: str, aliases_name, problems: list[Problem]) -> list[tuple[str, int]]:
    items = node.items if isinstance(node, Sequence) else [node]
    out = []
    for item in items:
        if not isinstance(item, Scalar) or not isinstance(item.value, str) or not item.value.strip():
            problems.append(Problem.of(file, line_place(getattr(item, "line", 0)), Reason.BAD_DEFINITION, "names",
                                       what=what))
            continue
        out.append((aliases_name(item.value), item.line))
    return out


def _root(text: str, file: str, section: str, problems: list[Problem]):
    root, issues = read_tree(text)
    problems.extend(problems_at_lines(file, issues))
    if root is None:
        return None
    if not isinstance(root, Mapping) or set(root.items) - {section}:
        problems.append(Problem.of(file, line_place(root.line), Reason.BAD_DEFINITION, "section", file=file,
                                   section=section))
        return None
    body = root.items.get(section)
    if body is None or (isinstance(body, Scalar) and body.value is None):
        return None
    if not isinstance(body, Mapping):
        problems.append(Problem.of(file, line_place(root.key_lines[section]), Reason.BAD_DEFINITION, "section",
                                   file=file, section=section))
        return None
    return body


def _entries(body: Mapping, canonical, file: str, problems: list[Problem]):
    """Each entry of a section: (name as written, its node, its line, its canonical name); a name given
    twice (after aliases) is a problem, and only its first entry is given."""
    seen: set[str] = set()
    for name, node in body.items.items():
        line = body.key_lines[name]
        key = canonical(name)
        if key in seen:
            problems.append(Problem.of(file, line_place(line), Reason.DUPLICATE_DEFINITION, name=name))
            continue
        seen.add(key)
        yield name, node, line, key


def load_regions_text(text: str, file: str, aliases: Aliases) -> tuple[MappingABC[str, tuple[str, ...]], tuple[Problem, ...]]:
    """Each region's parts from the text of ``regions.yaml``; with a problem, none at all."""
    problems: list[Problem] = []
    body = _root(text, file, "regions", problems)
    regions: dict[str, tuple[str, ...]] = {}
    if body is not None:
        for name, node, line, region in _entries(body, aliases.region, file, problems):
            parts = _names(node, file, name, aliases.region, problems)
            seen = [p for p, _ in parts]
            if len(set(seen)) != len(seen):
                problems.append(Problem.of(file, line_place(line), Reason.DUPLICATE_DEFINITION, "part", name=name))
            if region in seen:
                problems.append(Problem.of(file, line_place(line), Reason.BAD_DEFINITION, "self-part", name=name))
                seen = [p for p in seen if p != region]
            if not seen:
                problems.append(Problem.of(file, line_place(line), Reason.BAD_DEFINITION, "no-parts", name=name))
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
        for name, node, line, indicator in _entries(body, aliases.indicator, file, problems):
            if not isinstance(node, Mapping) or len(node.items) != 1 or next(iter(node.items)) not in OPS:
                problems.append(Problem.of(file, line_place(line), Reason.BAD_DEFINITION, "form", name=name))
                continue
            op = next(iter(node.items))
            parts = [p for p, _ in _names(node.items[op], file, name, aliases.indicator, problems)]
            if op == "ratio" and len(parts) != 2:
                problems.append(Problem.of(file, line_place(line), Reason.BAD_DEFINITION, "ratio-parts", name=name,
                                           n=len(parts)))
                continue
            if op == "sum" and len(parts) < 2:
                problems.append(Problem.of(file, line_place(line), Reason.BAD_DEFINITION, "sum-parts", name=name))
                continue
            if indicator in parts:
                problems.append(Problem.of(file, line_place(line), Reason.BAD_DEFINITION, "from-itself", name=name))
                continue
            defined[indicator] = Definition(name.strip(), op, tuple(parts), file, line_place(line))
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
                problems.append(Problem.of(file, line_place(line), Reason.BAD_DEFINITION, "cycle", name=start))
                break
            if name not in seen:
                seen.add(name)
                stack.extend(graph.get(name, ()))
    return problems
