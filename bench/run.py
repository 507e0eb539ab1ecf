"""Time the tracker on the synthetic province-scale workload (see bench/workload.py).

    python -m bench.run                  # scale 1: 120 regions, ~507,000 figures, 7,200 goals
    python -m bench.run --scale 1 2 4    # and the scaling run at 2× and 4× the regions
    python -m bench.run --regions 4 --repeat 1   # a tiny run, as the tests do

Each stage is timed in-process through the library (best of ``--repeat``;
stages taking more than 10 s run once per pass), then the whole commands as
subprocesses, with each one's peak memory (``wait4`` rusage): ``tracker evaluate
--json``, ``tracker run`` cold (new store), warm with nothing new (the month is
already reported: it is skipped) and warm forced (nothing new, judged and
reported again from the store). The floor is python-calamine parsing the same
workbooks and nothing else, in a process of its own as a command runs (without
cyclic GC); every time is also shown as a multiple of it.

Results go to stdout as a plain table and as Markdown, and to
``.bench/results-r<regions>.json``.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.workload import Params, Workload, build

GB = 1024 ** 3
_ROOT = Path(__file__).resolve().parent.parent  # the repository: where `bench` is importable


@dataclass
class Row:
    stage: str
    seconds: float
    budget: str = ""  # as shown: "≤ 1.5× floor", "≤ 20 s"
    ok: bool | None = None  # None: no budget
    peak_mb: float | None = None
    note: str = ""
    runs: list[float] = field(default_factory=list)


def best_of(fn: Callable[[], object], repeat: int, long: float = 10.0) -> tuple[float, object, list[float]]:
    """The shortest of ``repeat`` timed calls (one only when a call takes over ``long`` s) and the last result.

    Timed without cyclic garbage collection, as the commands run (tracker.cli):
    with it, every stage that makes objects would pay for walking the
    benchmark's own heap (the goals and figures of the stages before it).
    """
    times, result = [], None
    for _ in range(max(1, repeat)):
        result = None
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            result = fn()
            times.append(time.perf_counter() - t0)
        finally:
            gc.enable()
        if times[-1] > long:
            break
    return min(times), result, times


def _load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


# --------------------------------------------------------------------------
# The floor: python-calamine parsing the workbooks and nothing else


def calamine_floor(files: list[Path]) -> int:
    import python_calamine

    cells = 0
    for path in files:
        wb = python_calamine.CalamineWorkbook.from_path(str(path))
        try:
            for name in wb.sheet_names:
                rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
                cells += len(rows) * len(rows[0]) if rows else 0  # a sheet's rows are all as wide
        finally:
            wb.close()
    return cells


# --------------------------------------------------------------------------
# Stages in-process


def measure_stages(w: Workload, repeat: int, scratch: Path, log=print) -> tuple[list[Row], float, dict]:
    from rich.console import Console

    from tracker.evaluate import evaluate_all
    from tracker.ingest import actuals_files, read_actuals_dir, read_actuals_file
    from tracker.ingest.parallel import worker_count
    from tracker.ingest.grids import read_workbook
    from tracker.periods import parse_month
    from tracker.pipeline import latest_figures
    from tracker.report import render_table, write_report
    from tracker.spec import load_targets
    from tracker.store import current_figures, file_digest, import_file, open_store

    as_of = parse_month(w.as_of)
    files = actuals_files(w.actuals)
    rows: list[Row] = []
    info: dict = {}

    runs = [floor_apart(files) for _ in range(max(1, repeat))]
    floor, cells = min(runs)
    runs = [t for t, _ in runs]
    info["cells"] = cells
    rows.append(Row("calamine floor: parse the workbooks", floor, note=f"{cells:,} cells", runs=runs))
    log(f"  floor {floor:.2f} s")

    t, spec, runs = best_of(lambda: load_targets(w.targets), repeat)
    assert not spec.problems, spec.problems[:3]
    rows.append(Row("spec: load the goals (YAML)", t, note=f"{len(spec.targets):,} goals", runs=runs))
    log(f"  spec {t:.2f} s")

    t_read, _, runs = best_of(lambda: [read_workbook(p) for p in files], repeat)
    rows.append(Row("ingest: read the workbooks (grids)", t_read, runs=runs))
    log(f"  read {t_read:.2f} s")

    t_ingest, results, runs = best_of(lambda: [read_actuals_file(p, w.actuals) for p in files], repeat)
    problems = [p for r in results for p in r.problems]
    assert not problems, problems[:3]
    read_figures = sum(len(r.figures) for r in results)
    info["figures"] = read_figures
    rows.append(Row("ingest: normalise (tables → figures)", max(0.0, t_ingest - t_read),
                    note=f"{read_figures:,} figures; read + normalise {t_ingest:.2f} s", runs=runs))
    log(f"  ingest {t_ingest:.2f} s")

    workers = worker_count()
    t, pooled, runs = best_of(lambda: read_actuals_dir(w.actuals), repeat)
    assert sum(len(r.figures) for r in pooled) == read_figures
    rows.append(Row(f"ingest: read + normalise, {workers} worker processes", t,
                    note="as the commands read (tracker.ingest.parallel)", runs=runs))
    log(f"  ingest with {workers} workers {t:.2f} s")
    del pooled

    t, figures, runs = best_of(lambda: latest_figures(results), repeat)
    rows.append(Row("revisions: newest figure per key", t, runs=runs))

    digests = {r.file: file_digest(w.actuals / r.file) for r in results}

    def store_import():
        db = scratch / f"stage-{time.monotonic_ns()}.db"
        engine = open_store(f"sqlite:///{db}")
        try:
            for r in results:
                sha, size = digests[r.file]
                import_file(engine, path=r.file, sha256=sha, size=size, figures_read=r.figures,
                            problems=r.problems, placeholders=r.placeholders, run_id=None)
        finally:
            engine.dispose()
        return db

    t, db, runs = best_of(store_import, repeat)
    rows.append(Row("store: import into a new SQLite store", t, note=f"{db.stat().st_size / 2**20:.0f} MB file",
                    runs=runs))
    log(f"  store import {t:.2f} s")
    engine = open_store(f"sqlite:///{db}")
    try:
        t, stored, runs = best_of(lambda: current_figures(engine), repeat)
    finally:
        engine.dispose()
    rows.append(Row("store: load the figures in use", t, note=f"{len(stored):,} figures", runs=runs))
    log(f"  store load {t:.2f} s")

    t, (evaluations, _), runs = best_of(lambda: evaluate_all(spec.targets, figures, as_of, aliases=spec.aliases),
                                        repeat)
    rows.append(Row("judge: evaluate every goal", t, "< 1 s", t < 1.0, note=f"{len(evaluations):,} goals",
                    runs=runs))
    log(f"  judge {t:.2f} s")
    info["statuses"] = _counts(evaluations)

    out = scratch / "reports"
    t, path, runs = best_of(lambda: write_report(evaluations, figures, (), as_of, out), repeat)
    rows.append(Row("report: write the Excel workbook", t, "< 5 s", t < 5.0,
                    note=f"{path.stat().st_size / 2**20:.1f} MB", runs=runs))
    log(f"  excel {t:.2f} s")

    def terminal():
        console = Console(file=io.StringIO(), width=160, force_terminal=True, color_system="truecolor")
        render_table(evaluations, (), as_of, console)
        return console.file.getvalue()

    t, text, runs = best_of(terminal, repeat)
    rows.append(Row("terminal: render the table", t, note=f"{text.count(chr(10)):,} lines", runs=runs))
    log(f"  terminal {t:.2f} s")
    info["in_process_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return rows, floor, info


def _counts(evaluations) -> dict[str, int]:
    out: dict[str, int] = {}
    for ev in evaluations:
        key = getattr(ev.status, "value", ev.status)
        out[key] = out.get(key, 0) + 1
    return dict(sorted(out.items()))


# --------------------------------------------------------------------------
# Whole commands, as subprocesses


def _tracker() -> list[str]:
    exe = Path(sys.executable).with_name("tracker")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "tracker.cli"]


#: Runs the command in a child of its own and reports that child's peak memory. A child
#: forked straight from the benchmark would count the benchmark's own memory as its peak
#: (Linux keeps the larger of the parent's and the new program's high-water mark).
_LAUNCHER = """
import os, sys, time
out = sys.argv[1]
t0 = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.execvp(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(out, "w") as f:
    f.write(f"{time.perf_counter() - t0} {usage.ru_maxrss}")
sys.exit(os.waitstatus_to_exitcode(status))
"""


def run_command(args: list[str], cwd: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of one command, its output discarded."""
    stats = cwd / f".stats-{time.monotonic_ns()}"
    proc = subprocess.run([sys.executable, "-c", _LAUNCHER, str(stats), *args], cwd=cwd,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if proc.returncode not in (0, 1) or not stats.exists():
        err = proc.stderr.decode(errors="replace")
        raise RuntimeError(f"{' '.join(args)} exited {proc.returncode}: {err[-2000:]}")
    seconds, kb = stats.read_text().split()
    stats.unlink()
    return float(seconds), int(kb) / 1024, proc.returncode


#: The floor timed in a process of its own, as a command runs: fresh, without cyclic GC
#: (tracker.cli). Timed in the benchmark's own process, it ran in the heap of the stages
#: before it, with the collector walking it: 10-25 % slower, which flattered every ratio.
_FLOOR_CHILD = """
import gc, sys, time
from pathlib import Path
from bench.run import calamine_floor
files = [Path(p) for p in sys.argv[1:]]
gc.disable()
t0 = time.perf_counter()
cells = calamine_floor(files)
print(time.perf_counter() - t0, cells)
"""


def floor_apart(files: list[Path]) -> tuple[float, int]:
    """(seconds, cells) of calamine parsing ``files`` in a new process (see _FLOOR_CHILD)."""
    proc = subprocess.run([sys.executable, "-c", _FLOOR_CHILD, *map(str, files)], capture_output=True, text=True,
                          cwd=_ROOT, check=True)
    seconds, cells = proc.stdout.split()
    return float(seconds), int(cells)


def evaluate_paired(tracker: list[str], common: list[str], w: Workload, scratch: Path, pairs: int, log=print) -> Row:
    """`tracker evaluate --json` against the floor measured around it, ``pairs`` times.

    The machine's speed drifts from one minute, even one second, to the next
    (±25 % on the 2-core VM), so a floor measured minutes earlier says little
    about the command's ratio. Floor and command alternate; each run is set
    against the mean of the floors just before and just after it, and the
    budget is checked on the median of those ratios.
    """
    from tracker.ingest import actuals_files

    files = actuals_files(w.actuals)
    args = [*tracker, "evaluate", *common, "--as-of", w.as_of, "--json"]

    def floor() -> float:
        return floor_apart(files)[0]

    floors, seconds, peak = [floor()], [], 0.0
    for _ in range(pairs):
        s, mb, _ = run_command(args, scratch)
        seconds.append(s)
        peak = max(peak, mb)
        floors.append(floor())
    ratios = [s / ((a + b) / 2) for s, a, b in zip(seconds, floors, floors[1:])]
    median = statistics.median(ratios)
    ok = median <= 1.5 and peak <= 1.5 * 1024
    note = (f"each run against the floors just before and after it: median {median:.2f}× "
            f"({', '.join(f'{r:.2f}' for r in ratios)})")
    log(f"  `tracker evaluate --json`: {min(seconds):.2f} s, {note}, {peak:.0f} MB")
    return Row("`tracker evaluate --json`", min(seconds), "≤ 1.5× floor (median of runs)", ok, peak, note, seconds)


def measure_commands(w: Workload, repeat: int, scratch: Path, floor: float, log=print) -> list[Row]:
    tracker = _tracker()
    common = ["--targets", str(w.targets), "--actuals", str(w.actuals)]
    rows = []

    def timed(name: str, make_args: Callable[[int], list[str]], budget: str, limit: float | None,
              times: int, note: str = "") -> Row:
        results = [run_command(make_args(k), scratch) for k in range(max(1, times))]
        seconds = min(s for s, _, _ in results)
        peak = max(m for _, m, _ in results)
        ok = None if limit is None else (seconds <= limit and peak <= 1.5 * 1024)
        row = Row(name, seconds, budget, ok, peak, note, [s for s, _, _ in results])
        log(f"  {name}: {seconds:.2f} s, {peak:.0f} MB")
        return row

    rows.append(evaluate_paired(tracker, common, w, scratch, max(3, repeat), log))

    def store(k: int) -> str:
        return f"sqlite:///{scratch / f'run-{k}.db'}"

    def run_args(k: int, *extra: str) -> list[str]:
        return [*tracker, "run", *common, "--as-of", w.as_of, "--db", store(k),
                "--out", str(scratch / f"reports-{k}"), *extra]

    cold_times = min(repeat, 2)
    rows.append(timed("`tracker run` cold (new store)", lambda k: run_args(k), "≤ 20 s", 20.0, cold_times))
    rows.append(timed("`tracker run` warm, nothing new (skipped)", lambda k: run_args(0), "≤ 5 s", 5.0, repeat,
                      "month already reported: hashes the files, compares, stops"))
    rows.append(timed("`tracker run --force` warm, nothing new", lambda k: run_args(0, "--force"),
                      "≤ 5 s (ours)", 5.0, repeat, "judges from the store and writes the report again"))
    return rows


# --------------------------------------------------------------------------
# Output


def _fmt_s(x: float) -> str:
    return f"{x:.3f}" if x < 1 else f"{x:.2f}"


def table_lines(rows: list[Row], floor: float, markdown: bool) -> list[str]:
    head = ["stage", "seconds", "× floor", "peak MB", "budget", "pass", "note"]
    body = []
    for r in rows:
        body.append([r.stage, _fmt_s(r.seconds), f"{r.seconds / floor:.2f}" if floor else "",
                     f"{r.peak_mb:.0f}" if r.peak_mb is not None else "", r.budget,
                     "" if r.ok is None else ("pass" if r.ok else "FAIL"), r.note])
    if markdown:
        lines = ["| " + " | ".join(head) + " |", "| " + " | ".join(["---", *["---:"] * 3, "---", "---", "---"]) + " |"]
        lines += ["| " + " | ".join(cells) + " |" for cells in body]
        return lines
    widths = [max(len(h), *(len(b[i]) for b in body)) for i, h in enumerate(head)]
    fmt = lambda cells: "  ".join(c.ljust(widths[i]) if i in (0, 4, 5, 6) else c.rjust(widths[i])  # noqa: E731
                                  for i, c in enumerate(cells)).rstrip()
    return [fmt(head), fmt(["-" * w for w in widths]), *(fmt(b) for b in body)]


def scaling_lines(results: list[dict]) -> list[str]:
    """Markdown: seconds per stage at each scale, and the growth against the smallest."""
    if len(results) < 2:
        return []
    base = results[0]
    head = ["stage"] + [f"×{r['scale']} ({r['figures']:,} figures) s" for r in results] + \
        [f"ratio ×{r['scale']}/×{base['scale']}" for r in results[1:]]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" + "---:|" * (len(head) - 1)]
    names = [row["stage"] for row in base["rows"]]
    for name in names:
        secs = [next((row["seconds"] for row in r["rows"] if row["stage"] == name), None) for r in results]
        ratios = [f"{s / secs[0]:.2f}" if s and secs[0] else "" for s in secs[1:]]
        lines.append("| " + " | ".join([name, *(_fmt_s(s) if s is not None else "" for s in secs), *ratios]) + " |")
    peaks = [max((row.get("peak_mb") or 0) for row in r["rows"]) for r in results]
    if not all(peaks):  # --no-commands: no command's memory was measured
        return lines
    lines.append("| peak memory of a command, MB | " + " | ".join(f"{p:.0f}" for p in peaks) + " | "
                 + " | ".join(f"{p / peaks[0]:.2f}" for p in peaks[1:]) + " |")
    return lines


def bench_one(params: Params, out: Path, repeat: int, commands: bool, scale: int = 1, log=print) -> dict:
    w = build(params, out, log=log)
    manifest = w.manifest()
    log(f"workload {w.root}: {manifest['figures']:,} figures in {manifest['workbooks']} workbooks, "
        f"{manifest['goals']:,} goals; load average {_load()}")
    scratch = Path(tempfile.mkdtemp(prefix="run-", dir=out))
    try:
        load_before = _load()
        rows, floor, info = measure_stages(w, repeat, scratch, log)
        if commands:
            rows += measure_commands(w, repeat, scratch, floor, log)
        load_after = _load()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    result = {
        "scale": scale,
        "regions": params.regions,
        "figures": manifest["figures"],
        "goals": manifest["goals"],
        "workbooks": manifest["workbooks"],
        "goal_kinds": manifest["goal_kinds"],
        "floor": floor,
        "load_before": load_before,
        "load_after": load_after,
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "info": info,
        "rows": [r.__dict__ for r in rows],
    }
    (out / f"results-r{params.regions}{'-monthly' if params.monthly else ''}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1),
                                                        encoding="utf-8")
    return result


def report(result: dict, log=print) -> None:
    rows = [Row(**r) for r in result["rows"]]
    floor = result["floor"]
    log("")
    log(f"scale ×{result['scale']}: {result['regions']} regions, {result['figures']:,} figures "
        f"({result['info'].get('cells', 0):,} cells) in {result['workbooks']} workbooks, {result['goals']:,} goals "
        f"{result['goal_kinds']}; statuses {result['info'].get('statuses')}")
    log(f"{result['cpus']} CPUs, Python {result['python']}; load average (1, 5, 15 min) before "
        f"{result['load_before']}, after {result['load_after']}; in-process peak "
        f"{result['info'].get('in_process_peak_mb', 0):.0f} MB")
    log("")
    for line in table_lines(rows, floor, markdown=False):
        log(line)
    log("")
    for line in table_lines(rows, floor, markdown=True):
        log(line)
    failed = [r.stage for r in rows if r.ok is False]
    log("")
    log("over budget: " + ", ".join(failed) if failed else "every budget met")


def _bench_apart(args: argparse.Namespace, scale: int, repeat: int) -> dict:
    """One scale of a scaling run, measured in a new process of its own.

    Measured one after another in one process, a larger scale's stages ran in
    a heap the smaller scales had left (over 600 MB at scale 1) and came out up
    to 1.5 times slower per figure than the same code in a fresh process.
    """
    regions = args.regions * scale
    cmd = [sys.executable, "-m", "bench.run", "--regions", str(regions), "--scale", "1", "--repeat", str(repeat),
           "--out", str(args.out), "--label-scale", str(scale)]
    if not args.commands:
        cmd.append("--no-commands")
    if args.monthly:
        cmd.append("--monthly")
    proc = subprocess.run(cmd, cwd=_ROOT)
    path = args.out / f"results-r{regions}{'-monthly' if args.monthly else ''}.json"
    if proc.returncode not in (0, 1) or not path.exists():
        raise SystemExit(f"bench: the run at scale {scale} failed (exit {proc.returncode})")
    return json.loads(path.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, nargs="+", default=[1], help="regions × each of these (default 1)")
    ap.add_argument("--regions", type=int, default=120, help="regions at scale 1 (default 120)")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs per stage (default 3)")
    ap.add_argument("--repeat-scaled", type=int, default=1,
                    help="the same for the scales after the first (default 1: the scaling run shows growth)")
    ap.add_argument("--out", type=Path, default=Path(".bench"), help="workloads and results (default .bench)")
    ap.add_argument("--no-commands", dest="commands", action="store_false",
                    help="time the stages only, not the commands as subprocesses")
    ap.add_argument("--monthly", action="store_true",
                    help="the monthly variant: half the workbooks carry each month's own value (当期值), which "
                         "the tracker adds up to year to date before judging")
    ap.add_argument("--label-scale", type=int, default=None, help=argparse.SUPPRESS)  # a scaling run's child
    args = ap.parse_args(argv)
    args.out = args.out.resolve()  # the commands run in a scratch folder of their own
    args.out.mkdir(parents=True, exist_ok=True)
    results = []
    for k, scale in enumerate(args.scale):
        repeat = args.repeat if k == 0 else args.repeat_scaled
        if len(args.scale) == 1:
            result = bench_one(Params(regions=args.regions * scale, monthly=args.monthly), args.out, repeat,
                               args.commands,
                               args.label_scale or scale)
            report(result)
        else:
            result = _bench_apart(args, scale, repeat)
        results.append(result)
    lines = scaling_lines(results)
    if lines:
        print("\nscaling (seconds; ratio against the first scale; linear growth is the scale's own ratio)\n")
        print("\n".join(lines))
    failed = any(r["ok"] is False for res in results for r in res["rows"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
