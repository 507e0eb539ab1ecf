"""Replay history: how well the probability (tracker.outlook) foresaw goals that were then met or missed.

    python -m bench.backtest                          # the statistics-bureau samples in tests/data
    python -m bench.backtest FILE … [--history cross] [--min-years 2]

Every file is read with the tracker's own importer. For every series, every year
with a whole-year figure (the outcome), every month m of that year with a 1–m月
figure, and thresholds around the outcome (growth: the outcome ±2 pp in steps of
0.1; flow levels: ±10 % in steps of 0.5 %), a goal due that year is made and
judged as of month m, as ``tracker evaluate`` would; then it is compared with
what happened (met or not). Scored: the probability, and the status rule turned
into a forecast (achieved, on track → 1; at risk → 0.5; else 0), on the same
cases: those not yet decided when judged (a goal achieved early is certain for both)
that have a probability.

``--history past`` (the default) is the product's rule: only figures published
by month m count, so the model learns from earlier years only. ``--history
cross`` learns from every other year of the same series, shifted to sit before
the judged year: for samples too short to replay in order (an export of the
statistics database holds about three years). ``--min-years`` lowers the past
years a probability needs (the product's rule is 3); both say so in the output.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import TypeAdapter

from tracker.config import DEFAULT
from tracker.evaluate import evaluate_target
from tracker.figure import Figure, Measure
from tracker.ingest import read_actuals_file
from tracker.model import Status, Target
from tracker.outlook import MIN_YEARS, outlook
from tracker.periods import Period

_ROOT = Path(__file__).resolve().parent.parent
SAMPLES = tuple(_ROOT / "tests" / "data" / n for n in ("分省月度数据.csv", "工业增加值-月度数据.xls", "汽车制造业.xls"))
GROWTH_STEPS = tuple(x / 10 for x in range(-20, 21))  # −2 … +2 pp
LEVEL_STEPS = tuple(x / 200 for x in range(-20, 21))  # −10 % … +10 %
BANDS = 10
_TARGET = TypeAdapter(Target)


@dataclass(frozen=True, slots=True)
class Case:
    series: str
    kind: str
    year: int
    month: int
    threshold: float
    met: bool
    probability: float | None
    status_forecast: float
    decided: bool  # achieved or missed when judged: both forecasts are certain, and right


@dataclass(frozen=True, slots=True)
class Result:
    cases: tuple[Case, ...]
    history: str
    min_years: int

    @property
    def scored(self) -> list[Case]:
        return [c for c in self.cases if c.probability is not None and not c.decided]

    def brier(self, status_rule: bool = False) -> float | None:
        cs = self.scored
        if not cs:
            return None
        return sum(((c.status_forecast if status_rule else c.probability) - c.met) ** 2 for c in cs) / len(cs)

    def bands(self, status_rule: bool = False) -> list[tuple[float, float, int, float | None, float | None]]:
        """(low, high, cases, mean forecast, observed frequency) for each tenth of the forecast."""
        groups: dict[int, list[Case]] = defaultdict(list)
        for c in self.scored:
            p = c.status_forecast if status_rule else c.probability
            groups[min(BANDS - 1, int(p * BANDS))].append(c)
        out = []
        for b in range(BANDS):
            cs = groups.get(b, [])
            ps = [(c.status_forecast if status_rule else c.probability) for c in cs]
            out.append((b / BANDS, (b + 1) / BANDS, len(cs), sum(ps) / len(cs) if cs else None,
                        sum(c.met for c in cs) / len(cs) if cs else None))
        return out

    def calibrated(self, within: float = 0.1, least: int = 30) -> bool:
        """Every band with ``least`` cases or more has its observed frequency within ``within`` of its mean forecast."""
        return all(abs(obs - mean) <= within for _, _, n, mean, obs in self.bands() if n >= least)


# --------------------------------------------------------------------------


def read(paths: Iterable[Path]) -> tuple[list[Figure], list[str]]:
    figures: list[Figure] = []
    problems: list[str] = []
    for p in paths:
        r = read_actuals_file(Path(p), Path(p).parent)
        figures.extend(r.figures)
        problems.extend(f"{x.source}: {x.message}" for x in r.problems)
    return figures, problems


def _ytd(figures: Sequence[Figure], measure: Measure) -> dict[int, Figure]:
    return {f.period.end: f for f in figures
            if f.measure is measure and f.period.start % 12 == 0 and f.period.end - f.period.start < 12}


def _shifted(f: Figure, years: int) -> Figure:
    p = f.period
    return f._replace(period=Period(p.start + 12 * years, p.end + 12 * years))


def _history(series: Sequence[Figure], year: int, outcome_years: Sequence[int], mode: str) -> list[Figure]:
    """The figures a goal due in ``year`` is judged from (evaluation filters them by as_of):
    all of them (past), or this year's and the other years' moved to sit just before it (cross)."""
    if mode == "past":
        return list(series)
    within = [f for f in series if f.period.start // 12 == f.period.end // 12]
    others = [k for k in outcome_years if k != year]
    shift = {k: (year - len(others) + i) - k for i, k in enumerate(others)}
    out = [f for f in within if f.period.end // 12 == year]
    out.extend(_shifted(f, shift[f.period.end // 12]) for f in within if f.period.end // 12 in shift)
    return out


def _goal(kind: str, region: str, indicator: str, year: int, threshold: float, unit: str):
    spec = dict(id="backtest", title="backtest", region=region, indicator=indicator, kind=kind, due=year)
    spec["target"] = {"rate": threshold} if kind == "growth" else {"value": threshold, "unit": unit}
    return _TARGET.validate_python(spec)


def _status_forecast(status: Status) -> float:
    if status in (Status.ACHIEVED, Status.ON_TRACK):
        return 1.0
    if status is Status.AT_RISK:
        return 0.5
    return 0.0


def replay(figures: Sequence[Figure], history: str = "past", min_years: int = MIN_YEARS) -> Result:
    groups: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for f in figures:
        groups[(f.region, f.indicator)].append(f)
    cases: list[Case] = []
    for (region, indicator), series in groups.items():
        for kind, measure, steps in (("growth", Measure.YOY, GROWTH_STEPS), ("level", Measure.VALUE, LEVEL_STEPS)):
            ytd = _ytd(series, measure)
            if not ytd:
                continue
            unit = next(iter(ytd.values())).unit
            outcome_years = sorted(e // 12 for e in ytd if e % 12 == 11)
            for year in outcome_years:
                outcome = ytd[year * 12 + 11].value
                if kind == "level" and outcome <= 0:
                    continue
                known = _history(series, year, outcome_years, history)
                for m in range(1, 12):
                    if year * 12 + m - 1 not in ytd:
                        continue
                    as_of = Period(year * 12 + m - 1, year * 12 + m - 1)
                    for step in steps:
                        threshold = outcome + step if kind == "growth" else outcome * (1 + step)
                        goal = _goal(kind, region, indicator, year, round(threshold, 6), unit)
                        ev, _ = evaluate_target(goal, known, as_of, DEFAULT)
                        if ev.status is Status.NO_DATA:
                            continue
                        found = outlook(goal, known, as_of, ev, DEFAULT, min_years)
                        cases.append(Case(f"{region} {indicator}", kind, year, m, threshold,
                                          outcome >= round(threshold, 6), found.probability,
                                          _status_forecast(ev.status),
                                          ev.status in (Status.ACHIEVED, Status.MISSED)))
    return Result(tuple(cases), history, min_years)


# --------------------------------------------------------------------------


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def markdown(result: Result) -> str:
    scored = result.scored
    lines = [
        f"History: {result.history}; a probability needs {result.min_years} past years"
        + (" (the product's rule)" if result.min_years == MIN_YEARS and result.history == "past" else
           f" (the product's rule: {MIN_YEARS}, in order)") + ".",
        f"Cases: {len(result.cases)} goals judged, {sum(c.decided for c in result.cases)} already decided "
        f"(achieved early), {len(scored)} undecided with a probability "
        f"({len({c.series for c in scored})} series, years {sorted({c.year for c in scored}) or '—'}).",
        "",
    ]
    if not scored:
        lines.append("No case has a probability: the series hold too few years for the rule.")
        return "\n".join(lines)
    lines += ["| forecast band | cases | mean probability | observed | status rule: cases | observed |",
              "| --- | ---: | ---: | ---: | ---: | ---: |"]
    status_bands = {round(lo, 1): (n, obs) for lo, _, n, _, obs in result.bands(status_rule=True)}
    for lo, hi, n, mean, obs in result.bands():
        sn, sobs = status_bands[round(lo, 1)]
        lines.append(f"| {lo:.1f}–{hi:.1f} | {n} | {_pct(mean)} | {_pct(obs)} | {sn or ''} | "
                     f"{_pct(sobs) if sn else ''} |")
    b, bs = result.brier(), result.brier(status_rule=True)
    lines += ["", f"Brier score: probability {b:.4f}, status rule {bs:.4f} "
              f"(lower is better; always saying 0.5 scores 0.25).",
              f"Calibrated within ±0.1 in every band of 30 or more cases: {'yes' if result.calibrated() else 'no'}."]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="actuals files (default: the samples in tests/data)")
    ap.add_argument("--history", choices=("past", "cross"), default="past",
                    help="learn from earlier years only (past, the default) or every other year (cross)")
    ap.add_argument("--min-years", type=int, default=MIN_YEARS,
                    help=f"past years a probability needs (default {MIN_YEARS})")
    args = ap.parse_args(argv)
    figures, problems = read(args.files or SAMPLES)
    for p in problems:
        print(f"problem: {p}", file=sys.stderr)
    print(markdown(replay(figures, args.history, args.min_years)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
