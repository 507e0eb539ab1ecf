"""One actuals file read: its figures, or every problem with its place (``FileResult``).

``read_actuals_file`` is what a reading worker process runs for each file
(tracker.ingest.parallel), and what this process runs for small inputs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from tracker.figure import Figure
from tracker.ingest import guard
from tracker.ingest.collect import Collector, KeyParts
from tracker.ingest.grids import Grid, Unreadable, read_csv, read_workbook
from tracker.ingest.listing import SUFFIXES, unreadable_problem
from tracker.ingest.tables import GridReport, missing_for, read_grid
from tracker.messages import Phrase
from tracker.messages.problems import Words
from tracker.problems import Problem
from tracker.revision import Rank, rank_of

__all__ = ["FileResult", "read_actuals_file", "SUFFIXES"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FileResult:
    file: str  # path relative to the actuals root, posix
    figures: tuple[Figure, ...]  # empty when problems is non-empty
    problems: tuple[Problem, ...]
    placeholders: int  # cells counted as "no figure" (—, -, /, …, 无, empty inside the data area)
    tables: int  # tables found
    #: What the figures' keys (region, indicator, period start, period end, is yoy), each
    #: once in the file, are made of: their regions, their indicators and the months their
    #: periods end in. Two files share no key where any of the three does not meet:
    #: pipeline.latest_figures tells so without a dict of half a million keys. Made by the
    #: importer; None where not known.
    key_parts: KeyParts | None = field(default=None, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def rank(self) -> Rank:
        """The file's place among releases (tracker.revision): its name's date, else its latest period."""
        ends = self.key_parts[2] if self.key_parts is not None else (f.period.end for f in self.figures)
        return rank_of(self.file, ends)


def read_actuals_file(path: Path, root: Path) -> FileResult:
    path, root = Path(path), Path(root)
    try:
        file = path.relative_to(root).as_posix()
    except ValueError:
        file = path.name
    try:
        grids = _read(path)
    except (FileNotFoundError, PermissionError, IsADirectoryError, NotADirectoryError) as e:
        # the file system's answer, not the content's: say what the entry is now
        log.debug("cannot read %s", path, exc_info=True)
        return FileResult(file, (), (unreadable_problem(file, path, e),), 0, 0)
    except Exception as e:  # noqa: BLE001 - any failure to open or parse the file is the file's problem
        log.debug("cannot read %s", path, exc_info=True)
        return FileResult(file, (), (Problem.of(file, getattr(e, "place", ""), getattr(e, "reason", "unreadable"),
                                                _unreadable(path, e)),), 0, 0)

    out = Collector(file)
    reports: list[tuple[Grid, GridReport]] = []
    for grid in grids:
        reports.append((grid, read_grid(grid, out)))
    for grid, report in reports:
        for r, c, texts, core in report.near_misses:
            out.problem(grid.place(r, c), "missing-column",
                        Phrase.of("problem.missing-column.near-miss", texts=tuple(texts), missing=missing_for(core)))
    if out.tables == 0 and not out.has_problems:
        found = next((rep.first_texts + (g,) for g, rep in reports if rep.first_texts), None)
        if found:
            r, texts, grid = found
            message = (Phrase.of("problem.no-table.sheet", sheet=grid.place(r, 0).rsplit("!", 1)[0], row=r + 1,
                                 texts=tuple(texts[:12])) if grid.lines is None
                       else Phrase.of("problem.no-table.line", line=grid.lines[r], texts=tuple(texts[:12])))
        else:
            message = Phrase.of("problem.no-table")
        out.problem("", "no-table", message)
    elif out.tables and not out.figures and not out.placeholders and not out.has_problems:
        grid, (r, c) = next((g, rep.first_header) for g, rep in reports if rep.first_header is not None)
        out.problem(grid.place(r, c), "no-figures", Phrase.of("problem.no-figures"))
    problems = out.problems()
    if problems:
        return FileResult(file, (), problems, out.placeholders, out.tables)
    return FileResult(file, out.figures, problems, out.placeholders, out.tables, out.key_parts())


def _read(path: Path) -> list[Grid]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise Unreadable(Phrase.of("unreadable.suffix", suffix=path.suffix) if path.suffix
                         else Phrase.of("unreadable.no-suffix"))
    kind = guard.check(path)  # sizes, zip bombs, encryption, what the file really is: before any parser
    if kind == guard.CSV:
        return [read_csv(path)]
    # an .xlsx saved under an .xls name (or the reverse) is opened by its content, as Excel does
    return read_workbook(path, by_content=(kind == guard.ZIP) != (suffix != ".xls"))


def _unreadable(path: Path, e: Exception) -> Phrase:
    if isinstance(e, Unreadable):
        return Phrase.of("problem.unreadable", detail=e.phrase)
    if isinstance(e, FileNotFoundError):
        return Phrase.of("problem.unreadable.missing")
    if isinstance(e, PermissionError):
        return Phrase.of("problem.unreadable.permission")
    detail = str(e).strip() or type(e).__name__
    kind = Phrase.of("kind.workbook" if path.suffix.lower() != ".csv" else "kind.csv")
    # the reader's own words are English: Chinese says what they mean for the user
    return Phrase.of("problem.unreadable.damaged", kind=kind, detail=Words("文件内容无法解读", detail))
