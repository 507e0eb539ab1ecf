"""A synthetic province-scale workload, built deterministically.

    python -m bench.workload [--scale 1] [--regions 120] [--out .bench]

120 regions × 60 indicators (12 industrial chains × 5 indicators each), four
years (2021–2024) of monthly year-to-date figures (1-2月 combined, then 1-3月 …
1-12月: 11 periods a year):

- every indicator has its year-to-date value (累计值): 7,200 × 44 = 316,800;
- 3 of the 5 indicators of a chain also have their year-to-date growth rate
  (累计增长, %): 4,320 × 44 = 190,080;

together 506,880 figures, in 24 workbooks (4 years × 6 pairs of chains): the
pairs 1, 3 and 5 in the long layout (one figure a row), 2, 4 and 6 in the
wide layout (one column per period). About 1.9 million cells.

7,200 goals, one per region and indicator, in 12 YAML files (one per chain):
``level`` (flows and stocks, with and without a base, with stretch goals,
at least / about / at most, some in another unit than the figures), ``growth``
and ``cagr`` (with the base value given or read from the figures), due
2023–2026, with targets drawn around each series' own course so that every
status occurs when judged as of 2024-10.

``--scale N`` multiplies the regions (and so figures and goals). The files go
to ``.bench/workload-<hash of the parameters>/`` and are reused when present.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

#: Bump when the generated files change, so cached workloads are rebuilt.
VERSION = 1

YEARS = (2021, 2022, 2023, 2024)
MONTHS = tuple(range(2, 13))  # 1-2月 … 1-12月
AS_OF = "2024-10"

CHAINS = (
    "电子信息", "有色金属", "装备制造", "石化化工", "建材", "钢铁",
    "航空", "食品", "纺织服装", "中医药", "锂电新能源", "光伏",
)

#: (suffix, unit in the files, kind of series, has a growth rate column)
#: kinds: "flow" accumulates within a year; "stock" is a count read at a point in time.
INDICATORS = (
    ("产业营业收入", "亿元", "flow", True),
    ("产业增加值", "亿元", "flow", True),
    ("产业利润总额", "亿元", "flow", False),
    ("规上企业数", "家", "stock", False),
    ("产业投资", "万元", "flow", True),
)

#: The revenue indicator's older name, used by the wide workbooks of 2021 and 2022
#: and mapped in aliases.yaml (as published tables do).
OLD_REVENUE = "产业主营业务收入"

_SYLLABLES = "安宁丰泉阳山江河东西南北新平昌乐德兴华庆吉永清宜余金瑞广会源万泰"
_SUFFIXES = "县区市"


@dataclass(frozen=True)
class Params:
    regions: int = 120
    seed: int = 2024
    version: int = VERSION
    #: the "monthly" variant: the long-layout workbooks (half of them) carry each month's own
    #: value (当期值: 1-2月 as one figure, then March to December) instead of year-to-date values,
    #: which the tracker adds up again before judging
    monthly: bool = False

    @property
    def key(self) -> str:
        fields = asdict(self)
        if not self.monthly:  # the usual workload keeps the key it always had
            del fields["monthly"]
        return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Workload:
    root: Path
    params: Params

    @property
    def targets(self) -> Path:
        return self.root / "targets"

    @property
    def actuals(self) -> Path:
        return self.root / "actuals"

    @property
    def as_of(self) -> str:
        return AS_OF

    def manifest(self) -> dict:
        return json.loads((self.root / "manifest.json").read_text(encoding="utf-8"))


def region_names(n: int) -> list[str]:
    """``n`` distinct, deterministic two-character place names with 县/区/市."""
    names, k = [], 0
    s = len(_SYLLABLES)
    while len(names) < n:
        a, b = divmod(k * 7919 % (s * s), s)  # a permutation of the pairs
        if a != b:
            names.append(_SYLLABLES[a] + _SYLLABLES[b] + _SUFFIXES[k % 3])
        k += 1
        if k >= s * s * 3:  # more regions than pairs: number them
            names += [f"区县{i:04d}" for i in range(n - len(names))]
    return names[:n]


def indicator_names() -> list[tuple[int, str, str, str, bool]]:
    """(chain index, name, unit, kind, has yoy) for the 60 indicators."""
    return [(c, chain + suffix, unit, kind, yoy) for c, chain in enumerate(CHAINS)
            for suffix, unit, kind, yoy in INDICATORS]


# --------------------------------------------------------------------------
# The figures of one series


@dataclass(frozen=True)
class Series:
    annual: dict[int, float]  # whole-year value (stock: year-end count), 2020–2024
    ytd: dict[int, list[float]]  # year -> values for 1-2月 … 1-12月
    yoy: dict[int, list[float]]  # year -> growth rates in % for the same periods


def series(params: Params, r: int, i: int) -> Series:
    rng = random.Random(f"{params.seed}:{r}:{i}")
    _, _, unit, kind, _ = indicator_names()[i]
    if unit == "家":
        level = rng.uniform(20, 400)
    else:
        level = math.exp(rng.uniform(math.log(5), math.log(800)))  # 亿元
    trend = rng.gauss(0.07, 0.05)
    annual = {2020: level}
    for y in YEARS:
        annual[y] = annual[y - 1] * (1 + trend + rng.gauss(0, 0.03))
    ytd: dict[int, list[float]] = {}
    for y in (2020, *YEARS):
        if kind == "stock":  # the count moves from last year's towards this year's
            prev = annual.get(y - 1, annual[y] / (1 + trend))
            ytd[y] = [prev + (annual[y] - prev) * m / 12 * (1 + rng.uniform(-0.05, 0.05)) for m in MONTHS[:-1]]
            ytd[y].append(annual[y])
        else:  # seasonal: shares of the year that rise to 1 at 1-12月
            tilt = rng.uniform(-0.06, 0.06)
            ytd[y] = [annual[y] * m / 12 * (1 + tilt * (12 - m) / 12) for m in MONTHS]
    yoy = {y: [(a / b - 1) * 100 for a, b in zip(ytd[y], ytd[y - 1])] for y in YEARS}
    return Series(annual, ytd, yoy)


def _value(x: float, unit: str) -> float:
    if unit == "家":
        return float(round(x))
    if unit == "万元":
        return round(x * 10000, 1)
    return round(x, 2)


def period_label(year: int, month: int) -> str:
    return f"{year}年1-{month}月"


# --------------------------------------------------------------------------
# Workbooks


def _workbook_plan() -> list[tuple[int, int, str]]:
    """(year, pair of chains, layout) for the 24 workbooks."""
    return [(y, p, "long" if p % 2 == 0 else "wide") for y in YEARS for p in range(len(CHAINS) // 2)]


def workbook_name(year: int, pair: int, layout: str) -> str:
    a, b = CHAINS[2 * pair], CHAINS[2 * pair + 1]
    return f"{year}_{pair + 1:02d}_{a}_{b}_{'长表' if layout == 'long' else '宽表'}.xlsx"


def _indicator_label(name: str, year: int, layout: str) -> str:
    if layout == "wide" and year <= 2022 and name.endswith("产业营业收入"):
        return name[: -len("产业营业收入")] + OLD_REVENUE
    return name


def write_workbook(params: Params, year: int, pair: int, layout: str, path: Path) -> int:
    """Write one workbook (openpyxl write-only); returns the number of figures in it."""
    from openpyxl import Workbook

    regions = region_names(params.regions)
    indicators = [(i, ind) for i, ind in enumerate(indicator_names()) if ind[0] // 2 == pair]
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("数据")
    ws.append([f"{year}年{CHAINS[2 * pair]}、{CHAINS[2 * pair + 1]}产业链主要指标（分地区）"])
    ws.append([])
    count = 0
    if layout == "long":
        ws.append(["地区", "指标", "期间", "数值", "单位", "口径"])
    else:
        ws.append(["地区", "指标", "单位", "口径", *(period_label(year, m) for m in MONTHS)])
    for r, region in enumerate(regions):
        for i, (_, name, unit, kind, has_yoy) in indicators:
            s = series(params, r, i)
            label = _indicator_label(name, year, layout)
            values = [_value(x, unit) for x in s.ytd[year]]
            rates = [round(x, 1) for x in s.yoy[year]] if has_yoy else None
            if layout == "long" and params.monthly and kind == "flow":
                # each month's own value: 1-2月 as one figure, then one a month
                ws.append([region, label, period_label(year, MONTHS[0]), values[0], unit, "累计值"])
                for m, v, before in zip(MONTHS[1:], values[1:], values):
                    ws.append([region, label, f"{year}年{m}月", _value(v - before, "亿元"), unit, "当期值"])
            elif layout == "long" and params.monthly:  # a stock: its level at the end of each month
                for m, v in zip(MONTHS, values):
                    ws.append([region, label, f"{year}年{m}月", v, unit, "绝对值"])
            elif layout == "long":
                for m, v in zip(MONTHS, values):
                    ws.append([region, label, period_label(year, m), v, unit, "累计值"])
            if layout == "long" and rates:
                for m, v in zip(MONTHS, rates):
                    ws.append([region, label, period_label(year, m), v, "%", "累计增长"])
            elif layout != "long":
                ws.append([region, label, unit, "累计值", *values])
                if rates:
                    ws.append([region, label, "%", "累计增长", *rates])
            count += len(values) + (len(rates) if rates else 0)
    ws.append([])
    ws.append(["注：合成数据，仅用于性能测试。"])
    tmp = path.with_suffix(".tmp")
    wb.save(tmp)
    os.replace(tmp, path)
    return count


def _write_one(args) -> int:
    params, year, pair, layout, path = args
    return write_workbook(params, year, pair, layout, Path(path))


# --------------------------------------------------------------------------
# Goals


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a YAML string


def _num(x: float) -> str:
    return f"{x:.6g}" if abs(x) < 1e6 else f"{x:.1f}"


def goal(params: Params, r: int, i: int, region: str) -> tuple[str, dict[str, str]]:
    """One goal for a region and indicator: its YAML lines and its kind (for the manifest)."""
    rng = random.Random(f"{params.seed}:goal:{r}:{i}")
    chain, name, unit, kind, has_yoy = indicator_names()[i]
    s = series(params, r, i)
    ident = f"g{r:04d}-{i:02d}"
    due = rng.choice((2023, 2024, 2024, 2025, 2026))
    # how ambitious: around the series' own course, so statuses vary
    push = rng.uniform(-0.04, 0.06)
    lines = [f"  - id: {ident}", f"    region: {_q(region)}", f"    indicator: {_q(name)}"]
    goal_unit = "亿元" if unit == "万元" else unit
    def level_at(y: int) -> float:
        return s.annual[2024] * (1 + 0.07) ** (y - 2024) if y > 2024 else s.annual[y]

    choice = rng.random()
    if has_yoy and choice < 0.35:
        rate = round(((s.annual[2024] / s.annual[2023]) - 1) * 100 + rng.uniform(-3, 2), 1)
        qualifier = rng.choice(("at_least", "at_least", "about"))
        lines += [f"    title: {_q(f'{min(due, 2024)}年{region}{name}增长{rate:g}%')}", "    kind: growth",
                  f"    due: {min(due, 2024)}", f"    target: {{rate: {rate:g}}}"]
        lines.append(f"    qualifier: {qualifier}")
        return "\n".join(lines), {"kind": "growth"}
    if has_yoy and choice < 0.6:
        y0 = rng.choice((2021, 2022))
        y1 = max(due, 2024)
        actual = ((s.annual[2023] / s.annual[y0]) ** (1 / (2023 - y0)) - 1) * 100
        rate = round(actual + rng.uniform(-2.5, 2.5), 1)
        base = f"{{period: \"{y0}\"}}" if rng.random() < 0.5 else \
            f"{{period: \"{y0}\", value: {_num(s.annual[y0])}, unit: 亿元}}"
        lines += [f"    title: {_q(f'{y0 + 1}—{y1}年{region}{name}年均增长{rate:g}%')}", "    kind: cagr",
                  f"    due: {y1}", f"    base: {base}", f"    target: {{rate: {rate:g}}}"]
        if rng.random() < 0.3:
            lines.append("    qualifier: about")
        return "\n".join(lines), {"kind": "cagr"}
    # a level
    value = level_at(due) * (1 + push) * (1 if kind == "stock" else 1 + rng.uniform(-0.02, 0.03))
    with_base = rng.random() < 0.7
    qualifier = rng.choices(("at_least", "about", "at_most"), (0.75, 0.15, 0.10))[0]
    stretch = with_base and qualifier == "at_least" and rng.random() < 0.4
    shown = round(value) if goal_unit == "家" else round(value, 1)
    lines += [f"    title: {_q(f'到{due}年{region}{name}达到{shown:g}{goal_unit}')}", "    kind: level",
              f"    due: {due}"]
    if with_base:
        y0 = rng.choice((2021, 2022)) if due > 2023 else 2021
        lines.append(f"    base: {{period: \"{y0}\", value: {_num(round(s.annual[y0], 2))}, unit: {goal_unit}}}")
    lines.append(f"    target: {{value: {shown:g}, unit: {goal_unit}}}")
    if stretch:
        lines.append(f"    stretch: {{value: {round(shown * 1.1, 1):g}, unit: {goal_unit}}}")
    if qualifier != "at_least":
        lines.append(f"    qualifier: {qualifier}")
    if kind == "stock":
        lines.append("    flow: false")
    return "\n".join(lines), {"kind": "level", "flow": kind, "base": with_base, "stretch": stretch}


def write_targets(params: Params, folder: Path) -> dict[str, int]:
    folder.mkdir(parents=True, exist_ok=True)
    regions = region_names(params.regions)
    kinds: dict[str, int] = {}
    for c, chain in enumerate(CHAINS):
        out = [
            f"# {chain}产业链 — synthetic goals for the benchmark (bench/workload.py)",
            "plan:",
            f"  owner: 省工业和信息化厅{chain}产业链专班",
            f"  source: {{document: {_q(f'{chain}产业链高质量发展行动方案（2023—2026年）')}, date: \"2023-03-01\"}}",
            f"  tags: [{_q(chain)}]",
            "targets:",
        ]
        for r, region in enumerate(regions):
            for i in range(5 * c, 5 * c + 5):
                text, info = goal(params, r, i, region)
                out.append(text)
                label = info["kind"] if info["kind"] != "level" else f"level-{info['flow']}"
                kinds[label] = kinds.get(label, 0) + 1
        (folder / f"{c + 1:02d}_{chain}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    aliases = ["indicators:"] + [f"  {chain}产业营业收入: [{chain}{OLD_REVENUE}]" for chain in CHAINS]
    (folder / "aliases.yaml").write_text("\n".join(aliases) + "\n", encoding="utf-8")
    return kinds


# --------------------------------------------------------------------------
# Building and caching


def build(params: Params, out: Path = Path(".bench"), *, jobs: int | None = None, log=print) -> Workload:
    """The workload for ``params`` under ``out``, generated unless already there."""
    root = Path(out).resolve() / f"workload-r{params.regions}-{params.key}"
    if (root / "manifest.json").is_file():
        return Workload(root, params)
    tmp = root.with_name(root.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "actuals").mkdir(parents=True)
    log(f"generating the workload ({params.regions} regions) in {root} …")
    kinds = write_targets(params, tmp / "targets")
    plan = _workbook_plan()
    tasks = [(params, y, p, layout, str(tmp / "actuals" / workbook_name(y, p, layout))) for y, p, layout in plan]
    jobs = jobs or min(len(tasks), os.cpu_count() or 1)
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            counts = list(pool.map(_write_one, tasks))
    else:
        counts = [_write_one(t) for t in tasks]
    manifest = {
        "params": asdict(params),
        "as_of": AS_OF,
        "regions": params.regions,
        "indicators": len(indicator_names()),
        "figures": sum(counts),
        "workbooks": len(tasks),
        "goals": sum(kinds.values()),
        "goal_kinds": dict(sorted(kinds.items())),
    }
    (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    shutil.rmtree(root, ignore_errors=True)
    os.replace(tmp, root)
    return Workload(root, params)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, default=1, help="regions × this (default 1)")
    ap.add_argument("--regions", type=int, default=120, help="regions at scale 1 (default 120)")
    ap.add_argument("--out", type=Path, default=Path(".bench"))
    ap.add_argument("--monthly", action="store_true", help="the monthly variant (see Params.monthly)")
    args = ap.parse_args(argv)
    w = build(Params(regions=args.regions * args.scale, monthly=args.monthly), args.out)
    print(w.root)
    print(json.dumps(w.manifest(), ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
