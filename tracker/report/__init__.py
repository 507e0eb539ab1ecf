"""Reports: the Excel workbook for officials and the terminal summary.

They only present Evaluations; statuses are decided by the evaluator.

    write_report(...)     -> out_dir/<as_of>/进度报告-<as_of>.xlsx, written atomically
    render_table(...)     the table `tracker evaluate` and `tracker run` print
    import_progress(...)  a progress bar while importing many files
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Mapping, Sequence

from tracker.config import DEFAULT, Settings
from tracker.figure import Figure
from tracker.model import Evaluation
from tracker.periods import Period
from tracker.problems import Problem
from tracker.report.excel import build_workbook
from tracker.report.labels import labels_for
from tracker.report.terminal import import_progress, render_table

__all__ = ["write_report", "render_table", "import_progress", "report_path"]

_FILE_STEM = {"zh": "进度报告", "en": "progress-report"}


def report_path(out_dir: Path, as_of: Period, lang: str = "zh") -> Path:
    """Where the report for ``as_of`` goes: ``out_dir/<as_of>/进度报告-<as_of>.xlsx``.

    Only the as-of month (``YYYY-MM``, from a Period) and fixed words make the
    name; nothing from input files does, so the path stays inside ``out_dir``.
    """
    labels_for(lang)  # unknown languages fail here, before anything is written
    month = as_of.iso()
    if not as_of.is_single_month:
        raise ValueError(f"as_of must be a single month, not {month!r}")
    return Path(out_dir) / month / f"{_FILE_STEM[lang]}-{month}.xlsx"


def write_report(evaluations: Sequence[Evaluation], figures: Sequence[Figure], problems: Sequence[Problem],
                 as_of: Period, out_dir: Path, *, settings: Settings = DEFAULT, lang: str = "zh",
                 previous: Mapping[str, str] | None = None, generated_at: datetime | None = None,
                 run_id: str | None = None) -> Path:
    """Write the Excel report and return its path.

    ``previous`` maps target id to last run's status value ("on_track", …);
    with it the summary shows last month's status and what changed.
    The workbook is saved to a temporary file in the same folder and renamed
    over the final name, so a crash never leaves a half-written report.
    """
    path = report_path(out_dir, as_of, lang)
    if generated_at is None:
        generated_at = datetime.now().astimezone()
    wb = build_workbook(evaluations, figures, problems, as_of, settings=settings, lang=lang,
                        previous=previous, generated_at=generated_at, run_id=run_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            wb.save(out)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    return path
