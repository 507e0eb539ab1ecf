"""排名: regions ranked within groups of goals that share indicator, kind and due year.

A group needs goals of three or more regions with a value to rank by: ``progress``
for levels (1 is on plan), ``margin_pp`` for rates (percentage points above the
goal), best first. Equal values share a rank and the next rank skips (1, 2, 2, 4);
values are compared as the JSON gives them (four decimals), so a rank from this
month and one recomputed from a recorded run agree. Each goal is shown against
the group's average, and with its move since the previous month's run (前移 N位
is up), where that run ranked it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tracker.messages import say
from tracker.model import Evaluation, Kind

MIN_REGIONS = 3



@dataclass(frozen=True, slots=True)
class Ranked:
    id: str
    region: str
    title: str
    value: float  # progress (levels) or margin_pp (rates), rounded to 4 decimals
    rank: int
    vs_average: float  # value − the group's average
    move: int | None  # earlier rank − this rank: positive moved up; None where not ranked before


@dataclass(frozen=True, slots=True)
class RankGroup:
    indicator: str
    kind: Kind
    due: int | None
    average: float
    rows: tuple[Ranked, ...]

    @property
    def by_progress(self) -> bool:
        return self.kind is Kind.LEVEL


def _value(kind: str, progress: Any, margin_pp: Any) -> float | None:
    value = progress if kind == Kind.LEVEL.value else margin_pp
    if value is None:
        return None
    return round(float(value), 4)


def _ranks(values: Sequence[float]) -> list[int]:
    """Competition ranks of values sorted best (highest) first: 1, 2, 2, 4."""
    out, rank = [], 0
    for i, v in enumerate(values):
        if i == 0 or v != values[i - 1]:
            rank = i + 1
        out.append(rank)
    return out


def _grouped(items: Iterable[tuple[tuple, str, str, str, float]]) -> dict[tuple, list[tuple[str, str, str, float]]]:
    groups: dict[tuple, list] = defaultdict(list)
    for key, gid, region, title, value in items:
        groups[key].append((gid, region, title, value))
    return {k: v for k, v in groups.items() if len({region for _, region, _, _ in v}) >= MIN_REGIONS}


def _rank_of(members: list[tuple[str, str, str, float]]) -> list[tuple[tuple[str, str, str, float], int]]:
    ordered = sorted(members, key=lambda m: (-m[3], m[1], m[0]))
    return list(zip(ordered, _ranks([m[3] for m in ordered])))


def earlier_ranks(data: Mapping[str, Mapping[str, Any]]) -> dict[str, int]:
    """Target id -> the rank a recorded run gave it (its evaluations as ``as_json`` recorded them)."""
    items = []
    for tid, d in data.items():
        kind = d.get("kind")
        value = _value(kind, d.get("progress"), d.get("margin_pp"))
        if value is not None and d.get("indicator") and d.get("region"):
            items.append(((d["indicator"], kind, d.get("due")), tid, d["region"], "", value))
    return {m[0]: rank for members in _grouped(items).values() for m, rank in _rank_of(members)}


def rank_groups(evaluations: Sequence[Evaluation],
                previous: Mapping[str, Mapping[str, Any]] | None = None) -> list[RankGroup]:
    """The ranking groups, by indicator, kind and due year; ``previous``: the previous run's
    evaluations by id (as_json), for each goal's move."""
    items = []
    for ev in evaluations:
        value = _value(ev.kind._value_, ev.progress, ev.margin_pp)
        if value is not None:
            items.append(((ev.indicator, ev.kind._value_, ev.due), ev.id, ev.region, ev.title, value))
    before = earlier_ranks(previous) if previous else {}
    out = []
    for (indicator, kind, due), members in sorted(_grouped(items).items(), key=lambda kv: (kv[0][0], kv[0][1],
                                                                                           kv[0][2] or 0)):
        average = sum(m[3] for m in members) / len(members)
        rows = tuple(
            Ranked(gid, region, title, value, rank, value - average,
                   (before[gid] - rank) if gid in before else None)
            for (gid, region, title, value), rank in _rank_of(members)
        )
        out.append(RankGroup(indicator, Kind(kind), due, average, rows))
    return out


def value_text(value: float, by_progress: bool, lang: str) -> str:
    """Progress as a percentage (1.0213 → 102.1%), a margin in percentage points (+0.5个百分点)."""
    if by_progress:
        return f"{value * 100:.1f}%"
    return f"{value:+.1f}" + ("个百分点" if lang == "zh" else " pp")


def diff_text(diff: float, by_progress: bool, lang: str) -> str:
    """Against the average: percentage points either way."""
    points = diff * 100 if by_progress else diff
    return f"{points:+.1f}" + ("个百分点" if lang == "zh" else " pp")


def move_text(move: int | None, lang: str) -> str:
    if move is None:
        return ""
    if move > 0:
        return say("rank.up", lang, n=move)
    if move < 0:
        return say("rank.down", lang, n=-move)
    return say("rank.same", lang)


def rank_lines(groups: Sequence[RankGroup], lang: str = "zh") -> list[str]:
    """The groups as text lines, for ``tracker evaluate --rank``."""
    from tracker.report.labels import labels_for

    lb = labels_for(lang)
    if not groups:
        return [say("rank.none", lang)]
    lines: list[str] = []
    for g in groups:
        if lines:
            lines.append("")
        lines.append(say("rank.head", lang, indicator=g.indicator, kind=lb.kind[g.kind], due=g.due, n=len(g.rows),
                         average=value_text(g.average, g.by_progress, lang)))
        for r in g.rows:
            lines.append(say("rank.line", lang, rank=r.rank, region=r.region,
                             value=value_text(r.value, g.by_progress, lang),
                             diff=diff_text(r.vs_average, g.by_progress, lang),
                             move=move_text(r.move, lang)).rstrip())
    return lines
