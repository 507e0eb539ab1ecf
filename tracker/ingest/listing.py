"""Which actuals files there are, and which of them cannot be read now.

    list_actuals(root, settle=1.0) -> Listing(files, problems)

Every entry under the actuals folder whose name ends in an actuals suffix is
either a file to read or a problem of that entry, never skipped without a word:

- a symbolic link to nothing (``unreadable-link``);
- a folder, a pipe or a device under such a name (``not-a-file``);
- a file this process may not read (``permission-denied``);
- a file gone between listing and looking at it (``file-vanished``);
- a file still being written: its size or modification time changed between two
  looks ``settle`` seconds apart (``file-being-written``). Only files modified
  within the last ``settle`` seconds get the second look, so an old folder costs
  no wait; one wait covers all of them.
- a sub-folder that cannot be listed (``permission-denied``).

Hidden files and folders (``.x``) and Excel's lock files (``~$x.xlsx``) are
skipped, as before. The month goes on with the files that can be read.
"""

from __future__ import annotations

import os
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from tracker.problems import Problem, Reason

__all__ = ["Listing", "list_actuals", "DEFAULT_SETTLE", "SETTLE_ENV", "settle_seconds", "unreadable_problem"]

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")
#: How long a file must have kept its size and time to count as written, in seconds.
DEFAULT_SETTLE = 1.0
#: The environment variable that overrides ``[actuals] settle_seconds`` (0: one look only).
SETTLE_ENV = "TRACKER_SETTLE_SECONDS"


@dataclass(frozen=True)
class Listing:
    files: tuple[Path, ...]  # the readable files, by relative path
    problems: tuple[Problem, ...]  # one per entry that cannot be read, by relative path

    def entries(self, root: Path) -> list[tuple[str, Path | Problem]]:
        """Files and problems together in name order: (relative path, file or problem)."""
        both: list[tuple[str, Path | Problem]] = [(p.relative_to(root).as_posix(), p) for p in self.files]
        both += [(p.file, p) for p in self.problems]
        return sorted(both, key=lambda item: item[0])


def settle_seconds(configured: float | None = None) -> float:
    """The settle time: $TRACKER_SETTLE_SECONDS, else ``configured`` (tracker.toml), else the default."""
    raw = os.environ.get(SETTLE_ENV, "").strip()
    if raw:
        try:
            return max(0.0, float(raw))
        except ValueError:
            pass
    return DEFAULT_SETTLE if configured is None else max(0.0, configured)


def unreadable_problem(rel: str, path: Path, error: OSError | None = None) -> Problem:
    """The problem of an entry that cannot be opened, from what the file system says of it now."""
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return Problem.of(rel, "", Reason.FILE_VANISHED)
    except OSError as e:
        return Problem.of(rel, "", Reason.UNREADABLE, detail=e.strerror or str(e))
    if stat.S_ISLNK(st.st_mode):
        try:
            st = os.stat(path)
        except OSError:
            return Problem.of(rel, "", Reason.UNREADABLE_LINK, target=os.readlink(path))
    if stat.S_ISDIR(st.st_mode):
        return Problem.of(rel, "", Reason.NOT_A_FILE)
    if not stat.S_ISREG(st.st_mode):
        return Problem.of(rel, "", Reason.NOT_A_FILE, "special")
    if isinstance(error, PermissionError) or (error is None and not os.access(path, os.R_OK)):
        return Problem.of(rel, "", Reason.PERMISSION_DENIED)
    return Problem.of(rel, "", Reason.UNREADABLE, detail=(error.strerror or str(error)) if error else "?")


def _look(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def list_actuals(root: Path, settle: float = 0.0, suffixes: tuple[str, ...] = SUFFIXES) -> Listing:
    """The actuals files under ``root`` that can be read, and a problem for each entry that cannot.

    ``settle`` > 0 takes a second look at recently modified files after that many
    seconds (see the module's text); 0 takes one look only.
    """
    root = Path(root)
    found: dict[str, Path] = {}
    problems: list[Problem] = []

    def on_error(e: OSError) -> None:
        where = Path(e.filename) if e.filename else root
        rel = where.relative_to(root).as_posix() if where != root and where.is_relative_to(root) else str(root)
        if isinstance(e, PermissionError):
            problems.append(Problem.of(rel, "", Reason.PERMISSION_DENIED, "folder"))
        elif where != root:
            problems.append(Problem.of(rel, "", Reason.UNREADABLE, detail=e.strerror or str(e)))

    for folder, dirs, files in os.walk(root, onerror=on_error):
        base = Path(folder)
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "~$")))
        for name in [*dirs, *files]:
            if name.startswith((".", "~$")) or not name.lower().endswith(suffixes):
                continue
            path = base / name
            rel = path.relative_to(root).as_posix()
            try:
                st = os.stat(path)
            except OSError as e:
                problems.append(unreadable_problem(rel, path, e))
                continue
            if not stat.S_ISREG(st.st_mode):
                problems.append(unreadable_problem(rel, path))
                continue
            try:
                with open(path, "rb"):
                    pass
            except OSError as e:
                problems.append(unreadable_problem(rel, path, e))
                continue
            found[rel] = path
    files = dict(sorted(found.items()))
    if settle > 0:
        files, written = _settled(files, settle)
        problems.extend(written)
    return Listing(tuple(files.values()), tuple(sorted(problems, key=lambda p: p.file)))


def _settled(files: dict[str, Path], settle: float) -> tuple[dict[str, Path], list[Problem]]:
    """The files that kept their size and time for ``settle`` seconds, and a problem for those that did not."""
    first = {rel: _look(path) for rel, path in files.items()}
    horizon = time.time_ns() - int(settle * 1e9)
    # Modified within the last `settle` seconds, or in the future (a clock ahead of ours): look again.
    recent = [rel for rel, look in first.items() if look is not None and look[1] >= horizon]
    if not recent:
        return files, []
    time.sleep(settle)
    kept, problems = dict(files), []
    for rel in recent:
        second = _look(files[rel])
        if second is None:
            problems.append(unreadable_problem(rel, files[rel]))
            del kept[rel]
        elif second != first[rel]:
            problems.append(Problem.of(rel, "", Reason.FILE_BEING_WRITTEN, before=first[rel][0], after=second[0],
                                       settle=f"{settle:g}"))
            del kept[rel]
    return kept, problems
