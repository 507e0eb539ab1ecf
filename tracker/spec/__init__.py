"""Target specs: ``targets/*.yaml`` to validated targets, with problems at ``file:line``.

A target file holds ``targets:`` (a list of specs) and may hold ``plan:``,
defaults copied into every target of the file (docs/formats.md): a target's own
value wins, and mappings merge one level deep (the plan's ``source.document``
joins a target's ``source.quote``). A plan field that a target's kind has no
use for (``flow`` for a growth target) is not copied into it.

Every problem is collected, not raised. A file with any problem contributes no
targets; the other files are still used. Ids are unique across all files: a
later file that repeats an id names the first ``file:line`` (an id counts as
taken even when its own file has other problems, so that fixing those does not
bring a new problem to light).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import pydantic

from tracker.model import ID_PATTERN, CagrTarget, GrowthTarget, LevelTarget, Target, TargetT
from tracker.messages import Phrase
from tracker.problems import Problem, line_place, problems_at_lines
from tracker.spec.aliases import Aliases, load_aliases_text, normalise_name
from tracker.spec.composition import (
    INDICATORS_FILES,
    REGIONS_FILES,
    Composition,
    load_indicators_text,
    load_regions_text,
)
from tracker.spec.errors import locate_error
from tracker.spec.yamltree import Mapping, Node, Scalar, Sequence, plain, read_tree

__all__ = [
    "Aliases",
    "SpecResult",
    "load_targets",
    "load_spec_text",
    "load_aliases_text",
    "normalise_name",
    "ALIASES_FILES",
]

log = logging.getLogger(__name__)

ALIASES_FILES = ("aliases.yaml", "aliases.yml")
SPEC_SUFFIXES = (".yaml", ".yml")
TOP_LEVEL_KEYS = ("plan", "targets")

_ADAPTER: pydantic.TypeAdapter[TargetT] = pydantic.TypeAdapter(Target)
_MODELS: dict[str, type[pydantic.BaseModel]] = {"level": LevelTarget, "growth": GrowthTarget, "cagr": CagrTarget}
_FIELDS: dict[str, frozenset[str]] = {kind: frozenset(m.model_fields) for kind, m in _MODELS.items()}
_ALL_FIELDS = tuple(dict.fromkeys(f for m in _MODELS.values() for f in m.model_fields))
_PLAN_REFUSED = ("id",)  # ids are one per target


@dataclass(frozen=True)
class SpecResult:
    targets: tuple[TargetT, ...]  # from files without problems only
    problems: tuple[Problem, ...]
    places: MappingABC[str, str]  # target id -> "file:line" where it is defined
    aliases: Aliases = field(default_factory=Aliases)
    files: tuple[str, ...] = ()  # target files read, relative to the targets folder
    composition: Composition = field(default_factory=Composition)  # regions.yaml, indicators.yaml

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True, slots=True)
class _FileSpecs:
    """What one file yields before the all-or-nothing rule."""

    targets: tuple[tuple[TargetT, int], ...]  # valid targets with their lines
    ids: tuple[tuple[str, int], ...]  # every well-formed id written, with its line
    problems: tuple[Problem, ...]


def load_targets(root: Path) -> SpecResult:
    """Read every ``*.yaml``/``*.yml`` under ``root`` (except ``aliases.yaml``), sorted."""
    root = Path(root)
    problems: list[Problem] = []
    aliases = Aliases()
    alias_file = next((root / n for n in ALIASES_FILES if (root / n).is_file()), None)
    if alias_file is not None:
        text, read_problem = _read_text(alias_file, alias_file.name)
        if read_problem is not None:
            problems.append(read_problem)
        else:
            aliases, alias_problems = load_aliases_text(text, alias_file.name)
            problems.extend(alias_problems)
    composition = _load_composition(root, aliases, problems)

    files = _spec_files(root)
    if not files:
        what = "missing" if not root.exists() else "not-folder" if not root.is_dir() else "none"
        problems.append(Problem.of(str(root), "", "no-targets", what))

    targets: list[TargetT] = []
    places: dict[str, str] = {}
    first: dict[str, str] = {}  # id -> "file:line" of its first definition
    names: list[str] = []
    for path in files:
        name = path.relative_to(root).as_posix()
        names.append(name)
        text, read_problem = _read_text(path, name)
        if read_problem is not None:
            problems.append(read_problem)
            continue
        specs = _load_file(text, name)
        file_problems = list(specs.problems)
        for target_id, line in specs.ids:
            if target_id in first and not first[target_id].startswith(f"{name}:"):
                file_problems.append(
                    Problem.of(name, f"line {line}", "duplicate-id", id=target_id, first=first[target_id])
                )
        for target_id, line in specs.ids:
            first.setdefault(target_id, f"{name}:{line}")
        problems.extend(file_problems)
        if file_problems:
            log.info("left out %s: %d problem(s)", name, len(file_problems))
            continue
        for target, line in specs.targets:
            targets.append(target)
            places[target.id] = f"{name}:{line}"
    return SpecResult(tuple(targets), tuple(problems), MappingProxyType(places), aliases, tuple(names), composition)


def _load_composition(root: Path, aliases: Aliases, problems: list[Problem]) -> Composition:
    """``regions.yaml`` and ``indicators.yaml`` beside the targets, each used only without problems."""
    found = {}
    for key, names, load in (("regions", REGIONS_FILES, load_regions_text),
                             ("indicators", INDICATORS_FILES, load_indicators_text)):
        path = next((root / n for n in names if (root / n).is_file()), None)
        if path is None:
            continue
        text, read_problem = _read_text(path, path.name)
        if read_problem is not None:
            problems.append(read_problem)
            continue
        found[key], file_problems = load(text, path.name, aliases)
        problems.extend(file_problems)
    return Composition(**found)


def load_spec_text(text: str, file: str) -> tuple[tuple[TargetT, ...], tuple[Problem, ...], dict[str, str]]:
    """The targets of one file's text, its problems and each target's ``file:line``.

    All or nothing, as for files in a folder: with any problem, no targets.
    """
    specs = _load_file(text, file)
    if specs.problems:
        return (), specs.problems, {}
    return (
        tuple(t for t, _ in specs.targets),
        (),
        {t.id: f"{file}:{line}" for t, line in specs.targets},
    )


# --------------------------------------------------------------------------


def _spec_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    found = []
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if path.suffix.lower() not in SPEC_SUFFIXES or any(p.startswith(".") for p in rel.parts):
            continue
        if len(rel.parts) == 1 and rel.name in ALIASES_FILES + REGIONS_FILES + INDICATORS_FILES:
            continue
        if path.is_file():
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(root).as_posix())


def _read_text(path: Path, name: str) -> tuple[str, Problem | None]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return "", Problem.of(name, "", "unreadable", "missing")
    except PermissionError:
        return "", Problem.of(name, "", "unreadable", "permission")
    except OSError as e:
        return "", Problem.of(name, "", "unreadable", "os", detail=str(e.strerror or e))
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        gbk = ""
        try:
            data.decode("gb18030")
            gbk = "gbk"
        except UnicodeDecodeError:
            pass
        return "", Problem.of(name, f"line {line}", "bad-encoding", gbk, byte=f"{data[e.start]:02X}")


def _load_file(text: str, file: str) -> _FileSpecs:
    root, issues = read_tree(text)
    problems = problems_at_lines(file, issues)
    if root is None:
        if not issues:
            problems.append(Problem.of(file, "", "bad-shape", "empty"))
        return _FileSpecs((), (), tuple(problems))
    if not isinstance(root, Mapping):
        problems.append(Problem.of(file, line_place(root.line), "bad-shape", "root", what=_what(root)))
        return _FileSpecs((), (), tuple(problems))

    for key in root.items:
        if key not in TOP_LEVEL_KEYS:
            variant = "top-key-alias" if key in ("regions", "indicators") else "top-key"
            problems.append(Problem.of(file, line_place(root.key_lines[key]), "bad-shape", variant, key=key))

    plan = _plan(root, file, problems)
    listed = root.items.get("targets")
    if listed is None:
        problems.append(Problem.of(file, "", "bad-shape", "no-targets"))
        return _FileSpecs((), (), tuple(problems))
    if isinstance(listed, Scalar) and listed.value is None:
        listed = Sequence(listed.line)  # ``targets:`` with nothing under it: no targets
    if not isinstance(listed, Sequence):
        problems.append(
            Problem.of(file, line_place(root.key_lines["targets"]), "bad-shape", "targets", what=_what(listed))
        )
        return _FileSpecs((), (), tuple(problems))

    plan_nodes = _node_ids(plan) if plan is not None else set()
    targets: list[tuple[TargetT, int]] = []
    ids: list[tuple[str, int]] = []
    seen: dict[str, int] = {}
    plan_messages: set[tuple[str, Phrase]] = set()
    reported: set[Problem] = set()
    for number, item in enumerate(listed.items, start=1):
        if not isinstance(item, Mapping):
            problems.append(
                Problem.of(file, line_place(item.line), "bad-shape", "target", number=number, what=_what(item))
            )
            continue
        id_node = item.items.get("id")
        target_id = id_node.value if isinstance(id_node, Scalar) and isinstance(id_node.value, str) else None
        label = Phrase.of("target.id", id=target_id) if target_id is not None else Phrase.of("target.number", number=number)
        if target_id is not None and ID_PATTERN.fullmatch(target_id):
            id_line = item.key_lines["id"]
            if target_id in seen:
                problems.append(
                    Problem.of(file, line_place(id_line), "duplicate-id", id=target_id, first=f"{file}:{seen[target_id]}")
                )
            else:
                seen[target_id] = item.line
                ids.append((target_id, item.line))
        merged = _with_plan(item, plan)
        try:
            target = _ADAPTER.validate_python(plain(merged))
        except pydantic.ValidationError as e:
            for error in e.errors(include_url=False):
                where = locate_error(error, _MODELS, merged, plan_nodes)
                if where.from_plan:
                    key = (line_place(where.line), where.message)
                    if key in plan_messages:
                        continue
                    plan_messages.add(key)
                    message = Phrase.of("problem.in-plan", message=where.message)
                else:
                    message = Phrase.of("problem.in-target", target=label, message=where.message)
                problem = Problem.of(file, line_place(where.line), where.reason, message)
                if problem not in reported:  # a union's members report the same fault
                    reported.add(problem)
                    problems.append(problem)
            continue
        targets.append((target, item.line))
    return _FileSpecs(tuple(targets), tuple(ids), tuple(problems))


def _plan(root: Mapping, file: str, problems: list[Problem]) -> Mapping | None:
    plan = root.items.get("plan")
    if plan is None or (isinstance(plan, Scalar) and plan.value is None):
        return None
    if not isinstance(plan, Mapping):
        problems.append(
            Problem.of(file, line_place(root.key_lines["plan"]), "bad-shape", "plan", what=_what(plan))
        )
        return None
    kept = Mapping(plan.line, size=plan.size, height=plan.height)
    for key, node in plan.items.items():
        line = plan.key_lines[key]
        if key in _PLAN_REFUSED:
            problems.append(Problem.of(file, line_place(line), "bad-shape", "plan-refused", key=key))
        elif key not in _ALL_FIELDS:
            problems.append(Problem.of(file, line_place(line), "unknown-field", "plan", key=key, known=tuple(_ALL_FIELDS)))
        else:
            kept.items[key] = node
            kept.key_lines[key] = line
    return kept


def _with_plan(target: Mapping, plan: Mapping | None) -> Mapping:
    """The target with the plan's defaults; its own values win, mappings merge one level."""
    if plan is None:
        return target
    kind = target.items.get("kind", plan.items.get("kind"))
    fields = _FIELDS.get(kind.value) if isinstance(kind, Scalar) and isinstance(kind.value, str) else None
    merged = Mapping(target.line)
    for key, node in plan.items.items():
        if fields is None or key in fields:
            merged.items[key] = node
            merged.key_lines[key] = plan.key_lines[key]
    for key, node in target.items.items():
        line = target.key_lines[key]
        default = merged.items.get(key)
        if isinstance(default, Mapping) and isinstance(node, Mapping):
            both = Mapping(node.line)
            both.items = {**default.items, **node.items}
            both.key_lines = {**default.key_lines, **node.key_lines}
            node = both
        merged.items[key] = node
        merged.key_lines[key] = line
    return merged


def _node_ids(node: Node) -> set[int]:
    found: set[int] = set()
    stack: list[Node] = [node]
    while stack:
        current = stack.pop()
        if id(current) in found:
            continue
        found.add(id(current))
        if isinstance(current, Mapping):
            stack.extend(current.items.values())
        elif isinstance(current, Sequence):
            stack.extend(current.items)
    return found


def _what(node: Node) -> Phrase:
    if isinstance(node, Mapping):
        return Phrase.of("what.mapping")
    if isinstance(node, Sequence):
        return Phrase.of("what.list")
    if node.value is None:
        return Phrase.of("what.empty")
    return Phrase.of("what.text", text=node.text)

