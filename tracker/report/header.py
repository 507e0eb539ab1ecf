"""The report's title, its header block (报送单位, the month, the time in Beijing) and its sources.

    目标任务推进情况（2024年1—9月）
    报送单位：…　　监测月份：2024年9月　　生成时间：2024-10-20 09:00（北京时间）

Sources are shown once: each goal's 出处 (the document it was stated in) with the
来源 text of the figures it was judged on, numbered 注1, 注2 … where goals share one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import compress
from operator import attrgetter
from zoneinfo import ZoneInfo

from tracker.config import Settings
from tracker.figure import Cell, Figure
from tracker.messages import say
from tracker.model import Evaluation
from tracker.periods import Period

BEIJING = ZoneInfo("Asia/Shanghai")


def beijing(moment: datetime) -> datetime:
    """``moment`` in Beijing time (a naive moment is taken as the machine's local time)."""
    return moment.astimezone(BEIJING)


def period_text(as_of: Period, lang: str) -> str:
    """The months the report covers: 2024年1—9月 (January alone: 2024年1月)."""
    year, month = as_of.end_year, as_of.end_month
    return say("report.period_january" if month == 1 else "report.period_ytd", lang, year=year, month=month)


def report_title(as_of: Period, settings: Settings, lang: str) -> str:
    unit = say("report.title_unit", lang, unit=settings.report_unit) if settings.report_unit else ""
    return say("report.title", lang, unit=unit, period=period_text(as_of, lang))


def header_lines(as_of: Period, settings: Settings, lang: str, generated_at: datetime) -> list[str]:
    """报送单位 (when tracker.toml names it), the month, the time made (Beijing time)."""
    lines = [say("report.unit", lang, unit=settings.report_unit)] if settings.report_unit else []
    month = as_of.chinese() if lang == "zh" else as_of.iso()
    lines.append(say("report.month", lang, month=month))
    lines.append(say("report.date", lang, time=beijing(generated_at).strftime("%Y-%m-%d %H:%M")))
    return lines


def goal_source(ev: Evaluation) -> str:
    """Where the goal was stated: the document and its date, else the quote."""
    src = ev.source
    if src is None:
        return ""
    if isinstance(src, str):
        return src
    text = "，".join(str(p) for p in (src.document, src.date) if p)
    return text or str(src.quote or "")


@dataclass(frozen=True, slots=True)
class SourceNotes:
    """Each distinct source text once, numbered; goal id -> its number."""

    texts: tuple[str, ...]
    of_goal: Mapping[str, int]
    lang: str

    @property
    def any(self) -> bool:
        return bool(self.texts)

    def label(self, goal_id: str) -> str | None:
        n = self.of_goal.get(goal_id)
        return None if n is None else say("report.source_note", self.lang, n=n)

    def lines(self) -> list[str]:
        sep = "：" if self.lang == "zh" else " "
        return [say("report.source_note", self.lang, n=i) + sep + text for i, text in enumerate(self.texts, 1)]


def origins(figures: Sequence[Figure]) -> dict[Cell, str]:
    """Source cell -> the 来源 text the file gave for its figure (only figures that have one)."""
    with_origin = compress(figures, map(attrgetter("origin"), figures))
    return {f.source: f.origin for f in with_origin}


def source_notes(evaluations: Sequence[Evaluation], figures: Sequence[Figure], lang: str) -> SourceNotes:
    """The notes for ``evaluations`` in the order given: a goal's 出处 and its figures' 来源 text."""
    origin_of = origins(figures)
    sep = "、" if lang == "zh" else "; "
    numbers: dict[str, int] = {}
    of_goal: dict[str, int] = {}
    for ev in evaluations:
        parts = []
        stated = goal_source(ev)
        if stated:
            parts.append(stated)
        data = list(dict.fromkeys(origin_of[s] for s in ev.sources if s in origin_of))
        if data:
            parts.append(say("report.data_origin", lang, text=sep.join(data)))
        if not parts:
            continue
        text = ("；" if lang == "zh" else "; ").join(parts)
        n = numbers.get(text)
        if n is None:
            n = numbers[text] = len(numbers) + 1
        of_goal[ev.id] = n
    return SourceNotes(tuple(numbers), of_goal, lang)
