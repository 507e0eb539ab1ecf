"""Recall and precision of ``tracker extract`` against hand-made gold lists.

``python -m tracker.extract.score [--split dev|test|all] [--gold DIR] [-v]`` prints one row a
document; ``--frames [FILE]`` scores the frame (region and due year) instead (``frame_score``). A gold list is a YAML file::

    document: corpus/x.txt          # relative to the gold directory's parent
    split: dev                      # or test
    goals:
      - {quote: 地区生产总值增长5%左右, region: 贵州省, kind: growth, rate: 5, due: 2026, qualifier: about}

A draft matches a goal when the goal's quote (or one of its ``quotes``) lies inside the
draft's ``source.quote`` and the kind, the number (value/rate/times/plus), the unit, the due
year and the region all agree. Each goal and each draft is matched at most once. Goals marked
``expressible: false`` (with a ``why``: a sum over several years, a rate measured against
another indicator) are left out of recall and listed apart. Recall of a document without goals is 1; precision of a document
without drafts is 1. Drafts are scored as ``tracker extract`` prints them by default, at
``--min-confidence 0.5``.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tracker.extract.confidence import DEFAULT_MIN_CONFIDENCE
from tracker.extract.extract import extract_text
from tracker.extract.frame_score import DEFAULT_FRAMES, frame_table, score_frames
from tracker.extract.text import read_document

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "tests" / "data" / "extract" / "gold"
_NUMBER_KEYS = ("value", "rate", "times", "plus")


@dataclass
class Score:
    name: str
    split: str
    goals: int
    drafts: int
    matched: int  # goals matched
    correct: int  # drafts matched
    unexpressible: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    qualifier_wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.goals if self.goals else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.drafts if self.drafts else 1.0


def _number(d: dict) -> tuple[str, float] | None:
    for k in _NUMBER_KEYS:
        if k in d:
            return k, float(d[k])
    return None


def matches(spec: dict, goal: dict) -> bool:
    quote = spec["source"]["quote"]
    quotes = goal.get("quotes") or [goal["quote"]]
    if not any(q in quote for q in quotes):
        return False
    if spec["kind"] != goal["kind"] or spec["due"] != goal["due"] or spec["region"] != goal["region"]:
        return False
    want, got = _number(goal), _number(spec["target"])
    if want is None or got is None or want[0] != got[0] or abs(want[1] - got[1]) > 1e-9:
        return False
    return "unit" not in goal or spec["target"].get("unit") == goal["unit"]


def score_document(gold_file: Path, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
                   year: int | None = None, region: str | None = None) -> Score:
    """One document's score; with ``year`` and ``region`` its frame is given, as ``--year``/``--region`` give it, so
    that what is scored is the reading of its sentences alone."""
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    path = gold_file.parent.parent / gold["document"]
    result = extract_text(read_document(path), year=year, region=region, document=path.name,
                          min_confidence=min_confidence)
    goals = [g for g in gold.get("goals") or [] if g.get("expressible", True)]
    unexpressible = len(gold.get("goals") or []) - len(goals)
    taken = [False] * len(goals)
    s = Score(path.name, gold.get("split", "dev"), len(goals), len(result.targets), 0, 0, unexpressible)
    for spec in result.targets:
        hit = next((i for i, g in enumerate(goals) if not taken[i] and matches(spec, g)), None)
        if hit is None:
            s.extra.append(f"{spec['title']} -> {spec['kind']} {spec['target']} {spec['region']} {spec['due']}")
            continue
        taken[hit] = True
        s.correct += 1
        if spec.get("qualifier", "at_least") != goals[hit].get("qualifier", "at_least"):
            s.qualifier_wrong.append(spec["title"])
    s.matched = sum(taken)
    s.missed = [(g.get("quote") or g["quotes"][0]) for g, t in zip(goals, taken) if not t]
    return s


def score_all(gold_dir: Path = DEFAULT_GOLD, split: str = "all", min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> list[Score]:
    out = []
    for f in sorted(gold_dir.glob("*.yaml")):
        gold_split = yaml.safe_load(f.read_text(encoding="utf-8")).get("split", "dev")
        if split in ("all", gold_split):
            out.append(score_document(f, min_confidence))
    return out


def table(scores: list[Score]) -> str:
    lines = ["| document | split | goals | drafts | recall | precision |", "| --- | --- | --- | --- | --- | --- |"]
    for s in scores:
        note = f" (+{s.unexpressible} not expressible)" if s.unexpressible else ""
        lines.append(f"| {s.name} | {s.split} | {s.goals}{note} | {s.drafts} | "
                     f"{s.recall:.2f} ({s.matched}/{s.goals}) | {s.precision:.2f} ({s.correct}/{s.drafts}) |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tracker.extract.score", description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE,
                    help="as tracker extract's default (0.5) unless given")
    ap.add_argument("-v", "--verbose", action="store_true", help="list missed goals and extra drafts")
    ap.add_argument("--frames", nargs="?", type=Path, const=DEFAULT_FRAMES, default=None, metavar="FILE",
                    help="score the frame (region and due year) on the frame test set instead")
    args = ap.parse_args(argv)
    if args.frames is not None:
        print(frame_table(score_frames(args.frames, args.min_confidence)))
        return 0
    scores = score_all(args.gold, args.split, args.min_confidence)
    print(table(scores))
    if args.verbose:
        for s in scores:
            for m in s.missed:
                print(f"  missed {s.name}: {m}")
            for e in s.extra:
                print(f"  extra  {s.name}: {e}")
            for q in s.qualifier_wrong:
                print(f"  qualifier {s.name}: {q}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
