"""Time `tracker extract` on a long document: the corpus texts joined and repeated to a size.

    python tools/bench_extract.py [--kb 90] [--runs 5]

Prints the size, the drafts found and the best and median time of ``extract_text`` + ``to_yaml``
(the budget is 2 s for 90 KB).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tracker.extract import extract_text, to_yaml  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "extract" / "corpus"


def document(kb: int) -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    joined = "\n".join(texts)
    out = joined
    while len(out.encode("utf-8")) < kb * 1000:
        out += "\n" + joined
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kb", type=int, default=90)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    text = document(args.kb)
    times, drafts = [], 0
    for _ in range(args.runs):
        t0 = time.perf_counter()
        result = extract_text(text, document="bench.txt")
        to_yaml(result, figures=True)
        times.append(time.perf_counter() - t0)
        drafts = len(result.targets)
    size = len(text.encode("utf-8")) / 1000
    print(f"{size:.0f} KB, {drafts} drafts: best {min(times):.2f} s, median {statistics.median(times):.2f} s over {args.runs} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
