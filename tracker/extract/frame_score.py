"""The frame of ``tracker extract`` — the region and the due year of its drafts — against a hand-made list.

``python -m tracker.extract.score --frames [FILE]`` prints one row a document. The list is a YAML file
(``tests/data/extract/frames/frames.yaml``)::

    documents:
      - document: linyi_plan_news_2014.txt     # next to the list
        regions: [临沂市]                       # each must be the region of some printed draft
        years: [2014]                          # each must be the due year of some printed draft
        also_regions: []                       # a draft may carry these too (a forecast, a partner's aim)
        also_years: []

A document's region is right when the regions of its printed drafts cover ``regions`` and stay within
``regions`` and ``also_regions``; its year likewise. A document with no printed draft has no frame: both wrong.
Drafts are taken as ``tracker extract`` prints them (``--min-confidence 0.5``), like the goal scorer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tracker.extract.confidence import DEFAULT_MIN_CONFIDENCE
from tracker.extract.extract import extract_text
from tracker.extract.text import read_document

DEFAULT_FRAMES = Path(__file__).resolve().parents[2] / "tests" / "data" / "extract" / "frames" / "frames.yaml"


@dataclass
class FrameScore:
    name: str
    regions: list[str]
    years: list[int]
    also_regions: list[str] = field(default_factory=list)
    also_years: list[int] = field(default_factory=list)
    got_regions: list[str] = field(default_factory=list)
    got_years: list[int] = field(default_factory=list)
    drafts: int = 0

    @property
    def region_ok(self) -> bool:
        return frame_right(self.got_regions, self.regions, self.also_regions)

    @property
    def year_ok(self) -> bool:
        return frame_right(self.got_years, self.years, self.also_years)


def frame_right(got: list, want: list, also: list) -> bool:
    """Every wanted value is among those got, and nothing got is outside wanted + also; nothing got is wrong."""
    return bool(got) and set(want) <= set(got) <= set(want) | set(also)


def score_frame(entry: dict, base: Path, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> FrameScore:
    path = base / entry["document"]
    result = extract_text(read_document(path), document=path.name, min_confidence=min_confidence)
    specs = result.targets
    return FrameScore(
        path.name, list(entry["regions"]), [int(y) for y in entry["years"]],
        list(entry.get("also_regions") or []), [int(y) for y in entry.get("also_years") or []],
        sorted({s["region"] for s in specs}), sorted({int(s["due"]) for s in specs}), len(specs))


def score_frames(frames: Path = DEFAULT_FRAMES, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[FrameScore]:
    listed = yaml.safe_load(frames.read_text(encoding="utf-8"))
    return [score_frame(e, frames.parent, min_confidence) for e in listed["documents"]]


def frame_table(scores: list[FrameScore]) -> str:
    def mark(ok: bool) -> str:
        return "right" if ok else "WRONG"

    lines = ["| document | drafts | region (gold → drafts) | year (gold → drafts) |", "| --- | --- | --- | --- |"]
    for s in scores:
        lines.append(f"| {s.name} | {s.drafts} | {mark(s.region_ok)}: {'、'.join(s.regions)} → {'、'.join(s.got_regions) or '—'} | "
                     f"{mark(s.year_ok)}: {', '.join(map(str, s.years))} → {', '.join(map(str, s.got_years)) or '—'} |")
    n = len(scores)
    region, year = sum(s.region_ok for s in scores), sum(s.year_ok for s in scores)
    both = sum(s.region_ok and s.year_ok for s in scores)
    lines.append(f"\nregion right {region}/{n}, year right {year}/{n}, both {both}/{n}; "
                 f"no drafts {sum(not s.drafts for s in scores)}")
    return "\n".join(lines)
