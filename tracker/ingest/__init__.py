"""Importing actual figures from spreadsheets and CSV files (docs/formats.md).

``read_actuals_dir`` reads every ``*.xlsx``, ``*.xlsm``, ``*.xls`` and
``*.csv`` under the actuals folder; ``read_actuals_file`` one file. Each file
gives a FileResult: its figures, or — when anything in it is wrong — no
figures and every problem with its place (``数据!D7``, ``line 12``). Reading
never raises for bad input; only a bug does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

from tracker.ingest.files import SUFFIXES, FileResult, read_actuals_file
from tracker.ingest.listing import list_actuals, settle_seconds
from tracker.ingest.parallel import read_files
from tracker.problems import Problem

__all__ = ["FileResult", "read_actuals_file", "actuals_files", "read_actuals_dir", "iter_actuals_dir", "SUFFIXES"]


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


