"""indicator_check: list the drafts whose indicator name looks wrong — a test helper, not the scorer.

The scorer does not read a draft's ``indicator``; this lists the drafts of every corpus and frame text (and of any
other folder of texts given) whose indicator

- ``pending``: is 待定指标 (no name was read),
- ``place``: holds a place — a gazetteer name anywhere (芜湖市…产值), a place's short form at its head, or a zone at its
  head (高新区地区生产总值),
- ``verb``: starts with a verb or an intent word (完成固定资产投资, 推动企业, 力争…); ``count_verb`` (listed, counted
  apart, no fault): a count's own verb (培育…企业, 打造…集群: what is counted is what is to be fostered or built),
- ``list``: holds a list separator (规上工业增加值、固定资产投资 for each of two rates),
- ``residue``: ends in a digit or a dash (企业8—: what is left of a range).

Run ``python tests/indicator_check.py [-v] [FOLDER …]`` from the repository: counts per fault, and with -v every
listed draft (text, indicator, title).
"""

from __future__ import annotations

import datetime
import re
import sys
from collections import Counter
from pathlib import Path

from tracker.extract.extract import extract_text
from tracker.extract.gazetteer import leading_place, names_in
from tracker.extract.text import read_document

_ROOT = Path(__file__).resolve().parent / "data/extract"
_ZONE_HEAD = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:高新区|经开区|开发区|新区|园区|自贸区|综保区)(?!建设|企业|数)")
_VERB_HEAD = re.compile(r"^(?:完成|实现|推动|推进|促进|力争|确保|争取|预计|努力|加快|着力|全力|要|将|达到|突破|超过|保持|"
                        r"支持|带动|计划|拟)")
#: count_verb: a count's verb opening its name (培育…企业, 打造…集群) says what is counted — listed apart, not a fault.
_COUNT_HEAD = re.compile(r"^(?:新培育|培育|打造|建设|建成|新建|引进|招引|实施|开展|提升|提高|扩大|形成)")


def faults(indicator: str) -> list[str]:
    """The faults of one indicator name (empty when none is seen)."""
    out = []
    if indicator in ("待定指标", ""):
        return ["pending"]
    if names_in(indicator) or leading_place(indicator) or _ZONE_HEAD.match(indicator):
        out.append("place")
    if _VERB_HEAD.match(indicator):
        out.append("verb")
    elif _COUNT_HEAD.match(indicator):
        out.append("count_verb")
    if re.search(r"[、,，;；]", indicator):
        out.append("list")
    if re.search(r"[\d\-—–~～]$", indicator):
        out.append("residue")
    return out


def texts(folders: list[Path]) -> list[Path]:
    return [p for folder in folders for p in sorted(folder.glob("*.txt"))]


def listed(paths: list[Path]) -> list[tuple[str, str, str, list[str]]]:
    """(text, indicator, title, faults) of every draft with a fault (or a count_verb)."""
    out = []
    for p in paths:
        r = extract_text(read_document(p), document=p.name, min_confidence=0.5, today=datetime.date(2026, 12, 3))
        for t in r.targets:
            if f := faults(t["indicator"]):
                out.append((f"{p.parent.name}/{p.name}", t["indicator"], t["title"], f))
    return out


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    folders = [Path(a) for a in argv if a != "-v"] or [_ROOT / "corpus", _ROOT / "frames"]
    rows = listed(texts(folders))
    counts = Counter(f for *_, fs in rows for f in fs)
    faulty = sum(1 for *_, fs in rows if set(fs) - {"count_verb"})
    if verbose:
        for name, ind, title, fs in rows:
            print(f"{','.join(fs):14} {name:50} {ind:30} | {title}")
    print(f"drafts with a fault: {faulty};", ", ".join(f"{k} {counts[k]}" for k in ("pending", "place", "verb", "list", "residue")),
          f"(count_verb, no fault: {counts['count_verb']})")


if __name__ == "__main__":
    main(sys.argv[1:])
