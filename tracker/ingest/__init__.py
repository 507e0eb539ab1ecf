"""Importing actual figures from spreadsheets and CSV files (docs/formats.md).

``read_actuals_dir`` reads every ``*.xlsx``, ``*.xlsm``, ``*.xls`` and
``*.csv`` under the actuals folder; ``read_actuals_file`` one file. Each file
gives a FileResult: its figures, or — when anything in it is wrong — no
figures and every problem with its place (``数据!D7``, ``line 12``). Reading
never raises for bad input; only a bug does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from tracker.ingest.collect import Collector, KeyParts
from tracker.ingest import guard
from tracker.ingest.grids import Grid, Unreadable, read_csv, read_workbook
from tracker.ingest.listing import list_actuals, settle_seconds, unreadable_problem
from tracker.ingest.tables import GridReport, missing_for, read_grid
from tracker.figure import Figure
from tracker.revision import Rank, rank_of
from tracker.messages import Phrase
from tracker.messages.problems import Words
from tracker.problems import Problem

__all__ = ["FileResult", "read_actuals_file", "actuals_files", "read_actuals_dir", "iter_actuals_dir", "SUFFIXES"]

log = logging.getLogger(__name__)

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")


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


def actuals_files(root: Path) -> list[Path]:
    """The actuals files under ``root`` that can be read now, sorted by relative path.

    Hidden files and folders (``.x``) and Excel's lock files (``~$x.xlsx``) are skipped;
    entries that cannot be read are problems of ``list_actuals`` (tracker.ingest.listing).
    """
    return list(list_actuals(root).files)


def read_actuals_dir(root: Path, on_file: Callable[[Path], None] | None = None,
                     workers: int | None = None, settle: float | None = None) -> list[FileResult]:
    """Every actuals file under ``root``, in name order; ``on_file`` is called as each has been read.

    Large inputs are read by ``workers`` processes at once (see tracker.ingest.parallel).
    """
    return list(iter_actuals_dir(root, on_file, workers, settle))


def iter_actuals_dir(root: Path, on_file: Callable[[Path], None] | None = None,
                     workers: int | None = None, settle: float | None = None) -> Iterator[FileResult]:
    """read_actuals_dir as an iterator: each file's result as soon as it and those before it are read.

    An entry that cannot be read (permission, a broken link, a folder, a file still
    being written: tracker.ingest.listing, after ``settle`` seconds) gives a result with
    its problem and no figures, in its place in name order. With workers, they start
    reading when this is called, not when the first result is asked for: the caller
    may do other work meanwhile.
    """
    from tracker.ingest.parallel import read_files

    root = Path(root)
    listing = list_actuals(root, settle_seconds(settle))
    paths = list(listing.files)
    results = read_files(paths, root, workers)

    def each() -> Iterator[FileResult]:
        with closing(results):  # the workers stop when the caller stops early
            for rel, entry in listing.entries(root):
                if isinstance(entry, Problem):
                    yield FileResult(rel, (), (entry,), 0, 0)
                    continue
                result = next(results)
                if on_file is not None:
                    on_file(entry)
                yield result

    return each()


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
