"""The one composer: load targets → import actuals → resolve revisions → judge.

Each stage returns plain values and the problems it found; this module puts
them together so that the CLI, the monthly job and a notebook all do the same:

    >>> from tracker.pipeline import evaluate_folders
    >>> outcome = evaluate_folders("targets", "actuals", "2024-06")
    >>> [(e.id, e.status.value) for e in outcome.evaluations]
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tracker.config import DEFAULT, Settings
from tracker.derive.combine import Composition
from tracker.figure import Figure
from tracker.grouping import Grouping, Groups, NameMap, group_figures
from tracker.ingest import FileResult, iter_actuals_dir
from tracker.periods import Period, parse_month
from tracker.problems import Problem
from tracker.revision import Rank, figure_key, revised

if TYPE_CHECKING:
    from tracker.model import Evaluation, TargetT
    from tracker.spec import Aliases

# The goals (tracker.spec, tracker.model) need pydantic, some 0.2 s to import: they are
# imported once the workers reading the actuals have started (load_inputs), not before.

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Inputs:
    targets: tuple[TargetT, ...]
    aliases: Aliases
    figures: tuple[Figure, ...]  # the newest figure per key, with revised_from
    files: tuple[FileResult, ...]
    problems: tuple[Problem, ...]  # from the target files and the actuals files
    target_files: tuple[str, ...] = ()
    #: ``figures`` by region and indicator after aliases (tracker.grouping), as judging takes
    #: them: made by load_inputs while it reads; None for judging to make.
    groups: Groups | None = field(default=None, compare=False, repr=False)
    #: what regions and indicators are made of (targets/regions.yaml, targets/indicators.yaml)
    composition: Composition = field(default_factory=Composition)

    def grouped(self) -> Groups:
        """``groups``, made now where load_inputs did not make them."""
        return self.groups if self.groups is not None else group_figures(self.figures, self.aliases)


@dataclass(frozen=True)
class Outcome:
    as_of: Period
    evaluations: tuple[Evaluation, ...]
    figures: tuple[Figure, ...]
    problems: tuple[Problem, ...]
    inputs: Inputs

    def as_json(self, lang: str = "zh") -> dict:
        return {
            "as_of": self.as_of.iso(),
            "evaluations": [e.as_json() for e in self.evaluations],
            "problems": [p.as_json(lang) for p in self.problems],
        }

    def to_frame(self):
        """The evaluations as a pandas DataFrame, one row each with typed columns (tracker.frames)."""
        from tracker.frames import evaluations_frame

        return evaluations_frame(self.evaluations)

    def figures_frame(self):
        """The figures judged from (the newest per key) as a pandas DataFrame (tracker.frames)."""
        from tracker.frames import figures_frame

        return figures_frame(self.figures)

    def json_text(self) -> str:
        """as_json as text, one evaluation and one problem a line (docs/json.md).

        Readable and diffable line by line, and written by json's C encoder: an
        indented dump goes through its Python one, three times slower on 7,200 goals.
        """
        return dumps_lines(self.as_json())


def dumps_lines(obj: dict) -> str:
    """A JSON object with each list's items one a line, everything else compact."""
    return _object_lines({k: list(map(_encode, v)) if isinstance(v, list) and v else _encode(v)
                          for k, v in obj.items()})


def _object_lines(fields: dict[str, str | list[str]]) -> str:
    """dumps_lines of values already encoded: a value's text, or a list's items' texts."""
    def value(v: str | list[str]) -> str:
        return "[\n  " + ",\n  ".join(v) + "\n ]" if isinstance(v, list) else v

    return "{" + ",\n ".join(f"{_encode(k)}: {value(v)}" for k, v in fields.items()) + "}"


#: One encoder for every item: json.dumps with any option makes a new one each call
#: (half the time of 7,200 evaluations' lines).
_encode = json.JSONEncoder(ensure_ascii=False).encode


def latest_figures(results: Iterable[FileResult]) -> tuple[Figure, ...]:
    """The newest figure for every key, whatever order ``results`` come in (tracker.revision):
    of two files that hold the same key, the later release's figure is used, and the value it
    replaced is kept in ``revised_from``. Files with problems contribute nothing (their figures
    tuple is empty)."""
    newest = Newest(grouped=False)
    for result in results:
        newest.add(result)
    return newest.figures()


class Newest:
    """latest_figures a file at a time, the figures grouped for judging as they come.

    Most months no key comes twice (each file has other regions, other
    indicators or other months than each file before it), and the newest are
    all the figures, in order. The files' key parts (FileResult.key_parts)
    tell so, a few hundred names and months a file; from the first file
    that may share a key with one before it, the files are kept with their
    ranks and merged by key, in the order of their releases, when the figures
    are asked for. While every file is taken whole, its figures are also
    grouped by region and indicator (tracker.grouping) as it comes, while the
    next files are read, rather than all at once before judging.
    """

    def __init__(self, grouped: bool = True) -> None:
        self._parts: list = []  # the key parts of the files taken whole
        self._kept: list[Figure] = []  # while no key comes twice: every figure, in order
        self._files: list[tuple[Rank, tuple[Figure, ...]]] = []  # every file with figures, with its rank
        self._shared = False  # some key may come twice: merge by key, by rank
        self._grouping = Grouping() if grouped else None

    def add(self, result: FileResult) -> None:
        figures = result.figures
        if not figures:
            return
        self._files.append((result.rank, figures))
        if self._shared:
            return
        mine = result.key_parts
        if mine is not None and all(
                regions.isdisjoint(mine[0]) or indicators.isdisjoint(mine[1]) or ends.isdisjoint(mine[2])
                for regions, indicators, ends in self._parts):
            self._parts.append(mine)
            self._kept += figures
            if self._grouping is not None:
                self._grouping.add(figures)
            return
        self._shared = True
        self._kept = []
        self._grouping = None

    def figures(self) -> tuple[Figure, ...]:
        if not self._shared:
            return tuple(self._kept)
        newest: dict[tuple, Figure] = {}
        for _, figures in sorted(self._files, key=_by_rank):  # stable: equal ranks keep their order
            _keep_newest(newest, figures)
        return tuple(newest.values())

    def groups(self, aliases: NameMap | None) -> Groups:
        """group_figures(self.figures(), aliases)."""
        if not self._shared and self._grouping is not None:
            return self._grouping.groups(aliases)
        return group_figures(self.figures(), aliases)


def _by_rank(item: tuple[Rank, tuple[Figure, ...]]) -> Rank:
    return item[0]


def _keep_newest(newest: dict[tuple, Figure], figures: Iterable[Figure]) -> None:
    """Merge ``figures``, of a later rank than those in ``newest``, by key (tracker.revision.revised)."""
    for f in figures:
        key = figure_key(f)
        old = newest.get(key)
        newest[key] = f if old is None else revised(old, f)


def load_inputs(
    targets_dir: Path | str,
    actuals_dir: Path | str,
    on_file: Callable[[Path], None] | None = None,
    workers: int | None = None,
    settle: float | None = None,
) -> Inputs:
    """Read every target file and every actuals file (in name order: later files revise earlier ones).

    Large actuals folders are read by ``workers`` processes (default: one per
    core; see tracker.ingest.parallel) while this one loads the goals. Entries that
    cannot be read are problems of their own (``settle``: tracker.ingest.listing).
    """
    reading = _read_actuals(Path(actuals_dir), on_file, workers, settle)  # workers start reading now
    files: list[FileResult] = []

    def kept() -> Iterator[FileResult]:
        for result in reading:
            files.append(result)
            yield result

    from tracker.spec import load_targets

    try:
        spec = load_targets(Path(targets_dir))
        newest = Newest()
        for result in kept():  # each file merged as it arrives, while the next are read
            newest.add(result)
    finally:
        reading.close()
    problems = list(spec.problems)
    for r in files:
        problems.extend(r.problems)
    return Inputs(
        targets=spec.targets,
        aliases=spec.aliases,
        figures=newest.figures(),
        files=tuple(files),
        problems=tuple(problems),
        target_files=tuple(spec.files),
        groups=newest.groups(spec.aliases),
        composition=spec.composition,
    )


def _read_actuals(root: Path, on_file: Callable[[Path], None] | None, workers: int | None,
                  settle: float | None = None) -> Generator[FileResult]:
    if not root.is_dir():
        return (r for r in [FileResult(file=str(root), figures=(), problems=(
            Problem.of(str(root), "", "missing-folder"),), placeholders=0, tables=0)])
    return iter_actuals_dir(root, on_file, workers, settle)


def stored_inputs(spec, figures: Iterable[Figure], first_problems: Sequence[Problem] = ()) -> Inputs:
    """The inputs of the monthly run: the goals (a tracker.spec.SpecResult) and the figures in use in the
    store, with the problems found on the way (``first_problems``: settings, files) listed first."""
    return Inputs(
        targets=spec.targets,
        aliases=spec.aliases,
        figures=tuple(figures),
        files=(),
        problems=(*first_problems, *spec.problems),
        target_files=tuple(spec.files),
        composition=spec.composition,
    )


def judge_groups(targets: Sequence[TargetT], groups: Groups, as_of: Period, settings: Settings,
                 aliases: Aliases, composition: Composition) -> tuple[list[Evaluation], list[Problem]]:
    """Judge every target from the figures grouped by region and indicator: (evaluations, the
    problems judging found and the warnings about the figures, tracker.checks)."""
    from tracker.checks import data_warnings
    from tracker.evaluate import judge_grouped

    evaluations, problems = judge_grouped(targets, groups, as_of, settings, aliases, composition)
    return evaluations, _unique(problems) + data_warnings(targets, groups, aliases, composition)


def evaluate_inputs(inputs: Inputs, as_of: Period | str, settings: Settings = DEFAULT) -> Outcome:
    month = parse_month(as_of) if isinstance(as_of, str) else as_of
    evaluations, problems = judge_groups(inputs.targets, inputs.grouped(), month, settings, inputs.aliases,
                                         inputs.composition)
    return Outcome(
        as_of=month,
        evaluations=tuple(evaluations),
        figures=inputs.figures,
        problems=inputs.problems + tuple(problems),
        inputs=inputs,
    )


def evaluate_folders(
    targets_dir: Path | str,
    actuals_dir: Path | str,
    as_of: Period | str,
    settings: Settings = DEFAULT,
    on_file: Callable[[Path], None] | None = None,
) -> Outcome:
    """Load, import and judge: what ``tracker evaluate`` does."""
    return evaluate_inputs(load_inputs(targets_dir, actuals_dir, on_file), as_of, settings)


def evaluate_json(inputs: Inputs, as_of: Period | str, settings: Settings = DEFAULT,
                  first_problems: Sequence[Problem] = (), workers: int | None = None,
                  min_chunk: int = 1000, lang: str = "zh") -> tuple[str, tuple[Problem, ...]]:
    """What ``tracker evaluate --json`` prints, and every problem it lists.

    The same text as ``evaluate_inputs(inputs, as_of, settings).json_text()``
    with ``first_problems`` listed before the others. Judging a province's
    7,200 goals, writing their lines and looking over the figures for warnings
    keeps one core busy for most of a second once every file is read, while
    the other idles: with two workers or more and ``2 × min_chunk`` goals or
    more, forked children (tracker.forks.share_map) take turns with this
    process at the warnings and the goals, a few dozen at a time; only lines
    and problems come back.
    """
    from tracker.checks import data_warnings
    from tracker.evaluate import judge_grouped
    from tracker.forks import share_map
    from tracker.runtime import worker_count

    month = parse_month(as_of) if isinstance(as_of, str) else as_of
    groups = inputs.grouped()

    def judged(task: Sequence[TargetT] | None) -> tuple[list[str], list[Problem], list[Problem]]:
        """A task's goals judged and written; the task None: the warnings about the figures."""
        if task is None:
            return [], [], data_warnings(inputs.targets, groups, inputs.aliases, inputs.composition)
        evaluations, found = judge_grouped(task, groups, month, settings, inputs.aliases, inputs.composition)
        return [_encode(e.as_json()) for e in evaluations], found, []

    targets = inputs.targets
    tasks: list[Sequence[TargetT] | None] = [None]
    if worker_count(workers) > 1 and len(targets) >= 2 * min_chunk:
        # Both processes take the next task as they finish their last (tracker.forks.share_map): the
        # warnings (some 0.16 s of a province's month) and the goals a few dozen at a time.
        tasks += [targets[i:i + GOALS_A_TASK] for i in range(0, len(targets), GOALS_A_TASK)]
    else:
        tasks.append(targets)
    lines, judged_problems, warnings = [], [], []
    for task_lines, task_problems, task_warnings in share_map(judged, tasks, workers):
        lines += task_lines
        judged_problems += task_problems
        warnings += task_warnings
    problems = (*first_problems, *inputs.problems, *_unique(judged_problems), *warnings)
    text = _object_lines({
        "as_of": _encode(month.iso()),
        "evaluations": lines or "[]",
        "problems": [_encode(p.as_json(lang)) for p in problems] or "[]",
    })
    return text, problems


#: How many goals ``evaluate_json`` judges in one task when it shares the work between processes:
#: small enough that both finish together, large enough that taking a task costs nothing.
GOALS_A_TASK = 150


def _unique(problems: Iterable[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))
