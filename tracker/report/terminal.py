"""The terminal summary: a rich table grouped by status, and an import progress bar.

Readable at 80 columns (long titles end in an ellipsis, nothing wraps) and
wider; plain text without escape codes when the console is not a terminal or
NO_COLOR is set. Text from input files is printed as text, never as rich markup.
"""

from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Sequence

from rich import box
from rich.cells import cell_len, set_cell_size
from rich.control import strip_control_codes
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from tracker.model import STATUS_ORDER, Evaluation, Status
from tracker.periods import Period
from tracker.problems import Problem
from tracker.report import goal_text as gt
from tracker.report.labels import Labels, labels_for

#: The Excel report's colours, as terminal styles.
STATUS_STYLE: dict[Status, str] = {
    Status.ACHIEVED: "bold green",
    Status.ON_TRACK: "green",
    Status.AT_RISK: "yellow",
    Status.OFF_TRACK: "red",
    Status.MISSED: "bold white on dark_red",
    Status.NO_DATA: "grey50",
    Status.AWAITING_FINAL: "blue",
}
WIDE = 120  # from this width on the table shows the goal, period, completion and projection
MAX_PROBLEMS = 20
_GAP = 3  # between two columns: one space of padding each side and the divider
#: No outer edge; a rule under the header and a dashed rule between status groups.
GROUPED = box.Box(
    "    \n"
    "    \n"
    " ── \n"
    "    \n"
    " ╌╌ \n"
    " ── \n"
    "    \n"
    "    \n"
)


def _plain(console: Console) -> bool:
    return console.no_color or not console.is_terminal or console.color_system is None


def _number(x: float | None, fmt: str) -> str:
    """A value as the Excel format would show it."""
    if x is None:
        return "—"
    if fmt == gt.RATIO:
        return f"{x:.1%}"
    if fmt == gt.PERCENT:
        return f"{x:.1f}%"
    decimals = fmt.count("0") - 1 if "." in fmt else 0
    return f"{x:,.{decimals}f}"


def latest_text(ev: Evaluation) -> str:
    if ev.actual is None:
        return "—"
    text = _number(ev.actual, gt.actual_format(ev))
    return text if gt.is_rate_kind(ev) else text + (ev.unit or "")


def progress_text(ev: Evaluation, lb: Labels) -> str:
    """Progress against plan for levels, the margin in percentage points for rates."""
    if gt.is_rate_kind(ev):
        if ev.margin_pp is None:
            return "—"
        return f"{ev.margin_pp:+.1f}{'pp' if lb.lang == 'en' else '个百分点'}"
    return _number(ev.progress, gt.RATIO)


def _goal(ev: Evaluation, lb: Labels) -> str:
    return ev.title or f"{ev.indicator} {gt.goal_text(ev, lb)}".strip()


def header_text(evaluations: Sequence[Evaluation], as_of: Period, lb: Labels, plain: bool, width: int) -> Text:
    """Two lines: the as-of month and number of goals, then the count per status.

    Statuses with no goal are left out when the line would not fit the width.
    """
    counts = Counter(ev.status for ev in evaluations)
    text = Text(lb.w("header", as_of=as_of.iso(), n=len(evaluations)), style="" if plain else "bold")
    text.append("\n")
    usual = [st for st in STATUS_ORDER if st is not Status.AWAITING_FINAL or counts.get(st)]
    for shown, sep in ((usual, " · "), ([st for st in STATUS_ORDER if counts.get(st)], " · "),
                       ([st for st in STATUS_ORDER if counts.get(st)], " ")):
        line = Text()
        for i, status in enumerate(shown):
            if i:
                line.append(sep)
            line.append(lb.status[status], style="" if plain else STATUS_STYLE[status])
            line.append(f" {counts.get(status, 0)}")
        if line.cell_len <= width:
            break
    text.append_text(line)
    return text


def _columns(wide: bool, lb: Labels, odds: bool = False) -> list[tuple[str, str, str]]:
    """(key, header, justify) of the table's columns; the probability beside the status where any goal has one."""
    cols = [("status", lb.col("status"), "left")]
    if odds:
        cols += [("probability", lb.col("probability"), "right")]
    cols += [("region", lb.col("region"), "left"), ("goal", lb.col("title"), "left")]
    if wide:
        cols += [("target", lb.col("goal"), "left"), ("period", lb.col("period"), "left")]
    cols += [("actual", lb.col("actual"), "right")]
    if wide:
        cols += [("completion", lb.col("completion"), "right")]
    cols += [("progress", lb.col("progress").split("(")[0], "right")]
    if wide:
        cols += [("projected", lb.col("projected"), "right")]
    return cols


def _cells(ev: Evaluation, lb: Labels) -> dict[str, str]:
    return {
        "status": lb.status[ev.status],
        "probability": "—" if ev.probability is None else f"{ev.probability:.0%}",
        "region": ev.region,
        "goal": _goal(ev, lb),
        "target": gt.goal_text(ev, lb),
        "period": gt.period_text(ev.actual_period, lb) or "—",
        "actual": latest_text(ev),
        "completion": _number(ev.completion, gt.RATIO),
        "progress": progress_text(ev, lb),
        "projected": "—" if ev.projected is None else _number(ev.projected, gt.projected_format(ev)),
    }


def _widths(rows: list[dict[str, str]], columns: list[tuple[str, str, str]], total: int) -> dict[str, int]:
    """Column widths that fit ``total``: every column its widest entry, within caps; the goal the rest."""
    caps = {"region": 12, "target": 26, "period": 15}
    widths = {}
    for key, header, _ in columns:
        natural = max([_width(header)] + [_width(r[key]) for r in rows])
        widths[key] = min(natural, caps.get(key, natural))
    room = total - sum(w for k, w in widths.items() if k != "goal") - _GAP * (len(widths) - 1)
    if room < 12:  # very narrow: shrink the region first
        widths["region"] = min(widths["region"], 6)
        room = total - sum(w for k, w in widths.items() if k != "goal") - _GAP * (len(widths) - 1)
    widths["goal"] = max(6, min(widths["goal"], room))
    return widths


#: Control characters in input text (a title, a file name) are dropped before printing:
#: an ESC from a spreadsheet cell would otherwise reach the terminal as an escape sequence.
_CONTROLS = {c: None for c in [*range(0x00, 0x09), *range(0x0B, 0x20), *range(0x7F, 0xA0)]}


def _width(text: str) -> int:
    """The cells ``text`` takes, as rich counts them; printable ASCII (numbers, dates) counted in C."""
    return len(text) if text.isascii() and text.isprintable() else _wide_width(text)


#: rich remembers 4,096 widths; a province's table measures each of its 7,200 titles twice.
_wide_width = lru_cache(maxsize=1 << 16)(cell_len)


def _fit(text: str, width: int, justify: str) -> str:
    """``text`` in exactly ``width`` cells: cut with an ellipsis when longer, padded when shorter.

    As rich lays out a no-wrap cell: right-justified text loses trailing spaces first,
    and a line break (a title written over two lines) becomes a space: one line per goal.
    """
    if not text.isprintable():  # a line break, a tab or a control character (rare: checked in C first)
        text = " ".join(text.splitlines()) if ("\n" in text or "\r" in text) else text
        text = text.replace("\t", " ").translate(_CONTROLS)
    if justify == "right":
        text = text.rstrip()
    n = _width(text)
    if n > width:
        text, n = set_cell_size(text, width - 1) + "…", width
    pad = " " * (width - n)
    return pad + text if justify == "right" else text + pad


def _layout(ordered: Sequence[Evaluation], rows: list[dict[str, str]], columns: list[tuple[str, str, str]],
            widths: dict[str, int]) -> Iterator[tuple[str, str, Status | None]]:
    """The table's lines as rich's Table with the GROUPED box would lay them out:
    (the status cell, the rest of the line, the status to colour the cell in; None for the
    header and the rules).

    Laid out here because the columns already have their widths and nothing wraps:
    rich's Table renders each cell through its general layout machinery, some
    10 s for the 7,200 goals of a province, against a few hundredths of that here.
    """
    sep = " " * _GAP
    total = sum(widths[k] for k, _, _ in columns) + _GAP * (len(columns) - 1)
    yield "", sep.join(_fit(h, widths[k], j) for k, h, j in columns), None
    yield "", GROUPED.head_row_horizontal * total, None
    rule = GROUPED.row_horizontal * total
    rest = columns[1:] if columns and columns[0][0] == "status" else columns
    for i, (ev, cells) in enumerate(zip(ordered, rows)):
        status = ev.status
        first = i == 0 or ordered[i - 1].status is not status
        if i and first:
            yield "", rule, None
        body = sep.join(_fit(cells[k], widths[k], j) for k, _, j in rest)
        if rest is columns:
            yield "", body, None
        else:
            yield _fit(cells["status"] if first else "", widths["status"], columns[0][2]), (sep + body if rest else ""), \
                status


def _table(ordered: Sequence[Evaluation], rows: list[dict[str, str]], columns: list[tuple[str, str, str]],
           widths: dict[str, int], plain: bool) -> Text:
    """The table as one Text (see _layout), the header bold and the status cells in colour."""
    lines: list[Text] = []
    for n, (cell, body, status) in enumerate(_layout(ordered, rows, columns, widths)):
        line = Text(style="bold" if n == 0 and not plain else "")
        if status is not None:
            line.append(cell, style="" if plain else STATUS_STYLE[status])
        line.append(body)
        lines.append(line)
    return Text("\n").join(lines)


def _plain_table(ordered: Sequence[Evaluation], rows: list[dict[str, str]], columns: list[tuple[str, str, str]],
                 widths: dict[str, int]) -> str:
    """_table's text, without making a Text a line (the cells are already free of control characters)."""
    return "\n".join(cell + body for cell, body, _ in _layout(ordered, rows, columns, widths))


def _rich_table(ordered: Sequence[Evaluation], rows: list[dict[str, str]], columns: list[tuple[str, str, str]],
                widths: dict[str, int], plain: bool) -> Table:
    table = Table(box=GROUPED, show_edge=False, pad_edge=False, highlight=False,
                  header_style="" if plain else "bold", expand=False)
    for key, header, justify in columns:
        table.add_column(Text(header), justify=justify, no_wrap=True, overflow="ellipsis",
                         width=widths[key], min_width=widths[key])
    for i, (ev, cells) in enumerate(zip(ordered, rows)):
        status = ev.status
        first = i == 0 or ordered[i - 1].status is not status
        last = i == len(ordered) - 1 or ordered[i + 1].status is not status
        out = []
        for key, _, _ in columns:
            if key == "status":
                out.append(Text(cells[key] if first else "", style="" if plain else STATUS_STYLE[status]))
            else:
                out.append(Text(cells[key]))
        table.add_row(*out, end_section=last)
    return table


def render_table(evaluations: Sequence[Evaluation], problems: Sequence[Problem], as_of: Period,
                 console: Console, *, lang: str = "zh") -> None:
    """Print the summary table: a header with counts, then goals grouped by status, worst first."""
    lb = labels_for(lang)
    plain = _plain(console)
    console.print(header_text(evaluations, as_of, lb, plain, console.width), highlight=False)

    ordered = sorted(evaluations, key=lambda ev: (STATUS_ORDER.index(ev.status),
                                                  ev.region, ev.indicator, ev.due or 0, ev.id))
    columns = _columns(console.width >= WIDE, lb, any(ev.probability is not None for ev in ordered))
    rows = [_cells(ev, lb) for ev in ordered]
    widths = _widths(rows, columns, console.width)
    columns = [c for c in columns if c[0] in widths]

    fits = sum(widths[k] for k, _, _ in columns) + _GAP * (len(columns) - 1) <= console.width
    if ordered and fits and plain and not console.record:
        # Plain text (a pipe, a log, NO_COLOR): the lines as laid out, written as they are;
        # rich would measure and crop each of the 7,200 lines again (1.5 s for a province).
        text = _plain_table(ordered, rows, columns, widths)
        console.file.write(strip_control_codes(text) + "\n")
        console.file.flush()
    elif ordered and fits:
        console.print(_table(ordered, rows, columns, widths, plain), no_wrap=True, overflow="ignore", highlight=False)
    elif ordered:  # the columns' own widths do not fit: let rich shrink them
        console.print(_rich_table(ordered, rows, columns, widths, plain))
    _print_problems(problems, console, lb)


def _print_problems(problems: Sequence[Problem], console: Console, lb: Labels) -> None:
    if not problems:
        return
    console.print(Text(lb.w("problems_head", n=len(problems))), highlight=False)
    for p in problems[:MAX_PROBLEMS]:
        console.print(Text("  " + p.render(lb.lang).translate(_CONTROLS)), highlight=False)
    if len(problems) > MAX_PROBLEMS:
        console.print(Text(lb.w("problems_more", n=len(problems) - MAX_PROBLEMS)), highlight=False)


@contextmanager
def import_progress(console: Console, total: int, *, lang: str = "zh") -> Iterator[Callable[[Path], None]]:
    """A progress bar while importing ``total`` files; yields ``on_file(path)`` to call per file.

    Shows nothing when the console is not a terminal (or NO_COLOR is set, or
    there is a single file): the callback then does nothing.
    """
    if _plain(console) or console.is_dumb_terminal or total < 2:
        yield lambda path: None
        return
    lb = labels_for(lang)
    # Redrawn as each file is read rather than by a refresh thread: with a
    # thread running, the files could not be read by forked workers (see
    # tracker.ingest.parallel), and the bar moves only when a file is done anyway.
    progress = Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        TextColumn("{task.fields[name]}", markup=False),
        console=console, transient=True, auto_refresh=False,
    )
    task = progress.add_task(lb.w("importing"), total=total, name="")
    with progress:
        def on_file(path: Path) -> None:
            progress.update(task, advance=1, name=Path(path).name, refresh=True)

        yield on_file
