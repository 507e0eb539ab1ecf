"""What a monthly run reads and writes, and in which language: one value from the entry point down.

``tracker run`` and ``tracker schedule`` build a ``RunOptions`` once from their
options (tracker.cli); ``tracker.schedule`` keeps it in the scheduled job as
plain strings (``job_kwargs``) and builds it back when the job fires
(``from_job``); ``tracker.monthly.run_month`` reads its folders and language
from it.

The job's keyword names (``targets``, ``actuals``, ``out``, ``config``, ``lang``)
are what the job store holds: a job saved by an earlier version carries them,
so they stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class RunOptions:
    """The folders of a run, its settings file and its language (the defaults are the command line's)."""

    targets_dir: Path = Path("targets")
    actuals_dir: Path = Path("actuals")
    out_dir: Path = Path("reports")
    config: Path | None = None  # None: ./tracker.toml when present, else the defaults
    lang: str = "zh"  # zh or en

    def job_kwargs(self) -> dict[str, str | None]:
        """The options as the scheduled job keeps them: absolute paths as strings (a job runs from
        any folder), nothing but ``str`` and ``None`` (the job store pickles them)."""
        return {
            "targets": str(Path(self.targets_dir).resolve()),
            "actuals": str(Path(self.actuals_dir).resolve()),
            "out": str(Path(self.out_dir).resolve()),
            "config": str(Path(self.config).resolve()) if self.config else None,
            "lang": self.lang,
        }

    @classmethod
    def from_job(cls, targets: str, actuals: str, out: str, config: str | None = None,
                 lang: str = "zh") -> RunOptions:
        """The options of a stored job (``job_kwargs``'s keywords, as any earlier version stored them)."""
        return cls(Path(targets), Path(actuals), Path(out), Path(config) if config else None, lang)
