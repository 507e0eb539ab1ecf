"""Reports: the Excel workbook for officials and the terminal summary.

They only present Evaluations; statuses are decided by the evaluator.

    write_report(...)     -> out_dir/<as_of>/进度报告-<as_of>.xlsx, written atomically
    write_document(...)   -> the 简报 and the lights table as a Word document (.docx, 公文 layout)
    brief(...)            the 简报's paragraphs (also the report's first sheet)
    rank_groups(...)      the 排名 groups; rank_lines(...) prints them
    render_table(...)     the table `tracker evaluate` and `tracker run` print
    import_progress(...)  a progress bar while importing many files
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Mapping, Sequence

from tracker.report.atomic import save_atomically
from tracker.config import DEFAULT, Settings
from tracker.figure import Figure
from tracker.model import Evaluation
from tracker.periods import Period
from tracker.problems import Problem
from tracker.report.brief import brief
from tracker.report.excel import build_workbook
from tracker.report.labels import labels_for
from tracker.report.previous import PreviousRun
from tracker.report.ranking import rank_groups, rank_lines
from tracker.report.terminal import import_progress, render_table

__all__ = ["write_report", "write_document", "render_table", "import_progress", "report_path", "brief", "PreviousRun",
           "rank_groups", "rank_lines"]

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


def write_document(*args, **kwargs) -> Path:
    """The 简报 and the lights table as a Word document (``tracker.report.document.write_document``);
    python-docx is imported only when a document is written."""
    from tracker.report.document import write_document as write

    return write(*args, **kwargs)


def write_report(evaluations: Sequence[Evaluation], figures: Sequence[Figure], problems: Sequence[Problem],
                 as_of: Period, out_dir: Path, *, settings: Settings = DEFAULT, lang: str = "zh",
                 previous: PreviousRun | Mapping[str, str] | None = None, generated_at: datetime | None = None,
                 run_id: str | None = None, history: Mapping[str, Sequence[str]] | None = None,
                 group_by: str | None = None) -> Path:
    """Write the Excel report and return its path.

    ``previous``: the run compared with, a PreviousRun (its month, statuses and
    evaluations: the summary names the month, the ranking shows moves) or a plain
    mapping of target id to status value ("on_track", …); with it the summary
    shows last month's status and what changed. ``history``: each goal's statuses
    in the runs before, newest first (``tracker.store.runs.earlier_statuses``),
    for 连续N个月滞后. ``group_by="tags"`` groups the summary and the lights by the
    goals' first tag (专项行动) instead of by region.
    The workbook is saved to a temporary file in the same folder and renamed
    over the final name, so a crash never leaves a half-written report.
    """
    path = report_path(out_dir, as_of, lang)
    if generated_at is None:
        generated_at = datetime.now().astimezone()
    wb = build_workbook(evaluations, figures, problems, as_of, settings=settings, lang=lang,
                        previous=previous, generated_at=generated_at, run_id=run_id, history=history,
                        group_by=group_by)
    return save_atomically(path, wb.save)
