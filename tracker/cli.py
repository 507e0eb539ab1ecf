"""The command line: parse options, call one library function, map problems to exit codes.

Exit codes: 0 clean; 1 some input file had problems (the rest is still judged);
2 a usage error (bad option); 3 an internal error (a bug: please report it).
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import click

from tracker import __version__
from tracker.problems import has_errors

if TYPE_CHECKING:
    from tracker.run_options import RunOptions

TZ = ZoneInfo("Asia/Shanghai")
log = logging.getLogger("tracker")


def current_month() -> str:
    return datetime.now(TZ).strftime("%Y-%m")


def previous_month() -> str:
    """The default as-of month: the month before this one (Asia/Shanghai); this month's
    statistics are not out yet."""
    now = datetime.now(TZ)
    year, month = (now.year, now.month - 1) if now.month > 1 else (now.year - 1, 12)
    return f"{year:04d}-{month:02d}"


def _as_of(ctx, param, value: str | None):
    from tracker.periods import PeriodError, parse_month

    if value is None:
        value = previous_month()
    try:
        return parse_month(value)
    except PeriodError as e:
        raise click.BadParameter(f"{e}; give the month as YYYY-MM, e.g. 2024-06") from None


def _future_as_of(as_of) -> list:
    """A warning when ``as_of`` is after the current month (Asia/Shanghai): no statistics can be out yet."""
    from tracker.messages.problems import Reason
    from tracker.periods import parse_month
    from tracker.problems import WARNING, Problem

    now = parse_month(current_month())
    if as_of.end <= now.end:
        return []
    return [Problem.of("--as-of", "", Reason.FUTURE_AS_OF, severity=WARNING, as_of=as_of.iso(), now=now.iso())]


def _settings(config: Path | None):
    from tracker.config import load_settings

    return load_settings(config)


targets_option = click.option(
    "--targets", "targets_dir", type=click.Path(path_type=Path), default=Path("targets"),
    show_default=True, help="Folder of target specs (*.yaml).")
actuals_option = click.option(
    "--actuals", "actuals_dir", type=click.Path(path_type=Path), default=Path("actuals"),
    show_default=True, help="Folder of actual figures (*.xlsx, *.xls, *.csv).")
as_of_option = click.option(
    "--as-of", "as_of", callback=_as_of, metavar="YYYY-MM",
    help="The last month whose figures count [default: the previous month, Asia/Shanghai].")
config_option = click.option(
    "--config", type=click.Path(path_type=Path, dir_okay=False), default=None,
    help="Settings file [default: ./tracker.toml when present].")
out_option = click.option(
    "--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("reports"),
    show_default=True, help="Folder for the Excel reports.")
def _lang(help_text: str):
    """--lang zh|en (Chinese by default), with a command's own help text."""
    return click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True, help=help_text)


lang_option = _lang("Report language.")


class TrackerGroup(click.Group):
    """Turns unexpected exceptions into one clear line instead of a traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:  # the reader went away (`| head`): nothing more can be said there
            sys.stderr.close()
            os._exit(0)
        except Exception as e:  # a bug, not bad input: say so plainly
            if os.environ.get("TRACKER_DEBUG"):
                raise
            click.echo(f"tracker: internal error: {type(e).__name__}: {e}", err=True)
            click.echo("This is a bug in the tracker; run again with TRACKER_DEBUG=1 for details.", err=True)
            sys.exit(3)


@click.group(cls=TrackerGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tracker")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def cli(verbose: bool) -> None:
    """Track government plan goals against the statistics that arrive each month."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


def _console(stderr: bool = False):
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)


def _print_problems(problems, console, lang: str) -> None:
    from tracker.messages import say

    if not problems:
        return
    warnings = sum(1 for p in problems if not p.is_error)
    errors = len(problems) - warnings
    if not warnings:
        heading = say("cli.problems", lang, n=errors)
    elif not errors:
        heading = say("cli.warnings", lang, w=warnings)
    else:
        heading = say("cli.problems-and-warnings", lang, n=errors, w=warnings)
    console.print(f"[bold]{heading}[/bold]")
    mark = say("cli.warning-mark", lang)
    for p in problems:
        console.print("  " + ("" if p.is_error else mark) + p.render(lang), markup=False, highlight=False)


def _inputs(targets_dir: Path, actuals_dir: Path, config: Path | None, show_progress: bool):
    """(inputs, settings, problems with the settings) for the commands that read the folders."""
    from tracker.pipeline import load_inputs

    settings, setting_problems = _settings(config)
    if show_progress:
        from tracker.ingest import actuals_files
        from tracker.report import import_progress

        total = len(actuals_files(actuals_dir)) if actuals_dir.is_dir() else 0
        with import_progress(_console(stderr=True), total) as on_file:
            inputs = load_inputs(targets_dir, actuals_dir, on_file, settle=settings.settle_seconds)
    else:
        inputs = load_inputs(targets_dir, actuals_dir, settle=settings.settle_seconds)
    return inputs, settings, setting_problems


def _load(targets_dir: Path, actuals_dir: Path, as_of, config: Path | None, show_progress: bool):
    from tracker.pipeline import evaluate_inputs

    inputs, settings, setting_problems = _inputs(targets_dir, actuals_dir, config, show_progress)
    outcome = evaluate_inputs(inputs, as_of, settings)
    first = [*_future_as_of(as_of), *setting_problems]
    if first:
        from dataclasses import replace

        outcome = replace(outcome, problems=tuple(first) + outcome.problems)
    return outcome, settings


def _future_figures(files, as_of) -> list:
    """A problem per file for figures whose period ends after ``as_of`` (a typing error:
    the month has not ended yet), at the first such figure's place."""
    from tracker.problems import Problem, Reason
    from tracker.messages.problems import Words

    found = []
    for result in files:
        late = [f for f in result.figures if f.period.end > as_of.end]
        if late:
            f = late[0]
            place = f.place
            more = {"more": len(late) - 1} if len(late) > 1 else {}
            found.append(Problem.of(result.file, place, Reason.FUTURE_PERIOD, "more" if more else "",
                                    period=Words(f.period.chinese(), f.period.iso()),
                                    as_of=Words(as_of.chinese(), as_of.iso()), **more))
    return found


@cli.command()
@targets_option
@actuals_option
@as_of_option
@config_option
@_lang("The language of the problems and counts.")
def validate(targets_dir: Path, actuals_dir: Path, as_of, config: Path | None, lang: str) -> None:
    """Check every target and actuals file; list every problem with its place.

    A figure for a period that ends after the as-of month (by default the
    previous month) is a problem: that period has not ended yet.
    """
    outcome, _ = _load(targets_dir, actuals_dir, as_of, config, False)
    future = _future_figures(outcome.inputs.files, as_of)
    if future:
        from dataclasses import replace

        outcome = replace(outcome, problems=outcome.problems + tuple(future))
    console = _console()
    inputs = outcome.inputs
    figures = sum(len(f.figures) for f in inputs.files)
    placeholders = sum(f.placeholders for f in inputs.files)
    from tracker.messages import say

    counts = {"targets": len(inputs.targets), "target_files": len(inputs.target_files), "figures": figures,
              "files": len(inputs.files)}
    if placeholders:
        console.print(say("cli.counts-placeholders", lang, placeholders=placeholders, **counts), highlight=False)
    else:
        console.print(say("cli.counts", lang, **counts), highlight=False)
    if outcome.problems:
        _print_problems(outcome.problems, console, lang)
    if has_errors(outcome.problems):
        sys.exit(1)
    if not outcome.problems:
        console.print(say("cli.no-problems", lang))


@cli.command()
@targets_option
@actuals_option
@as_of_option
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print the evaluations as JSON (docs/json.md).")
@click.option("--csv", "as_csv", is_flag=True,
              help="Print the evaluations as CSV, UTF-8 with a byte-order mark (for Excel); problems go to stderr.")
@click.option("--rank", is_flag=True,
              help="Also print the 排名: goals sharing indicator, kind and due year across three or more regions.")
@lang_option
def evaluate(targets_dir: Path, actuals_dir: Path, as_of, config: Path | None, as_json: bool, as_csv: bool,
             rank: bool, lang: str) -> None:
    """Judge every target as of a month."""
    if as_json and as_csv:
        raise click.UsageError("choose one of --json and --csv")
    if as_csv:
        from tracker.frames import evaluations_csv

        outcome, _ = _load(targets_dir, actuals_dir, as_of, config, show_progress=False)
        sys.stdout.buffer.write(evaluations_csv(outcome.evaluations))
        sys.stdout.flush()
        _print_problems(outcome.problems, _console(stderr=True), lang)
        sys.exit(1 if has_errors(outcome.problems) else 0)
    if as_json:
        from tracker.pipeline import evaluate_json

        inputs, settings, setting_problems = _inputs(targets_dir, actuals_dir, config, show_progress=False)
        text, problems = evaluate_json(inputs, as_of, settings, [*_future_as_of(as_of), *setting_problems],
                                       lang=lang)
        click.echo(text)
        sys.exit(1 if has_errors(problems) else 0)
    outcome, _ = _load(targets_dir, actuals_dir, as_of, config, show_progress=True)
    from tracker.report import render_table

    render_table(outcome.evaluations, outcome.problems, outcome.as_of, _console(), lang=lang)
    if rank:
        from tracker.report import rank_groups, rank_lines

        click.echo()
        for line in rank_lines(rank_groups(outcome.evaluations), lang):
            click.echo(line)
    sys.exit(1 if has_errors(outcome.problems) else 0)


@cli.command()
@targets_option
@actuals_option
@as_of_option
@out_option
@config_option
@lang_option
@click.option("--format", "fmt", type=click.Choice(["xlsx", "docx"]), default="xlsx", show_default=True,
              help="xlsx: the Excel report; docx: the 简报 and the lights table as a Word document (公文 layout).")
@click.option("--brief", "show_brief", is_flag=True, help="Also print the 简报 (the written overview).")
@click.option("--group-by", type=click.Choice(["region", "tags"]), default="region", show_default=True,
              help="Group the summary and the lights by region or by the goals' first tag (专项行动).")
def report(targets_dir: Path, actuals_dir: Path, as_of, out_dir: Path, config: Path | None, lang: str, fmt: str,
           show_brief: bool, group_by: str) -> None:
    """Write the report for officials and print its path."""
    from tracker.report import brief, write_document, write_report

    outcome, settings = _load(targets_dir, actuals_dir, as_of, config, show_progress=True)
    if fmt == "docx":
        path = write_document(outcome.evaluations, outcome.problems, outcome.as_of, out_dir, settings=settings,
                              lang=lang)
    else:
        path = write_report(outcome.evaluations, outcome.figures, outcome.problems, outcome.as_of, out_dir,
                            settings=settings, lang=lang, group_by=group_by if group_by == "tags" else None)
    if show_brief:
        for paragraph in brief(outcome.evaluations, outcome.problems, outcome.as_of, lang=lang, settings=settings):
            click.echo(paragraph)
            click.echo()
    click.echo(str(path))
    sys.exit(1 if has_errors(outcome.problems) else 0)


# -- the store: monthly runs, their record, the schedule ------------------------------

db_option = click.option(
    "--db", "db", metavar="URL", default=None,
    help="The store: a database URL (sqlite:///…, postgresql://…) or a SQLite file "
         "[default: $TRACKER_DB, else [store] url in tracker.toml, else .tracker/tracker.db].")


def run_options(command):
    """--targets --actuals --out --db --config --lang, as `tracker run` and `tracker schedule` share them.

    The command is given ``options`` (a tracker.run_options.RunOptions built from
    them) and ``db``; options declared above this decorator come before these in
    the help, those below after them.
    """

    @functools.wraps(command)
    def with_run_options(*args, targets_dir: Path, actuals_dir: Path, out_dir: Path, config: Path | None,
                         lang: str, **kwargs):
        from tracker.run_options import RunOptions

        return command(*args, options=RunOptions(targets_dir, actuals_dir, out_dir, config, lang), **kwargs)

    for option in (lang_option, config_option, db_option, out_option, actuals_option, targets_option):
        with_run_options = option(with_run_options)
    return with_run_options


def _store(db: str | None, settings):
    from tracker.store import StoreError, open_store, resolve_url

    url = resolve_url(db, settings.store_url)
    try:
        return url, open_store(url)
    except StoreError as e:
        click.echo(f"tracker: {e}", err=True)
        sys.exit(1)


@contextmanager
def _open_store(db: str | None, config: Path | None):
    """(the store's engine, the settings) for a command that reads the store; the engine is disposed after."""
    settings, _ = _settings(config)
    _, engine = _store(db, settings)
    try:
        yield engine, settings
    finally:
        engine.dispose()


@cli.command()
@as_of_option
@run_options
@click.option("--force", is_flag=True,
              help="Make a new run and report even when the month is already reported and nothing changed.")
@click.option("--wait", type=click.FloatRange(min=0), default=900, show_default=True, metavar="SECONDS",
              help="How long to wait for another run on the same store to finish (then exit 75).")
def run(as_of, options: RunOptions, db: str | None, force: bool, wait: float) -> None:
    """The monthly job: import new and changed files into the store, judge, write the report.

    A month already reported, with no new or changed file since, is not reported
    again (exit 0). Exit 1 when some file had problems (the rest is judged),
    3 when the run failed (recorded as failed), 75 when another run kept the store busy.
    """
    from tracker.monthly import RunBusy, RunFailed, run_month
    from tracker.messages import say
    from tracker.runlog import run_lines
    from tracker.textfit import fit

    if _future_as_of(as_of):
        click.echo(f"tracker run: the as-of month {as_of.iso()} is after the current month {current_month()} "
                   "(Asia/Shanghai); its statistics cannot be out yet, so no run is made", err=True)
        sys.exit(2)
    lang = options.lang
    settings, setting_problems = _settings(options.config)
    _, engine = _store(db, settings)
    err = _console(stderr=True)

    def tell(message: str) -> None:
        for line in fit(message, indent="  "):
            err.print(line, markup=False, highlight=False, soft_wrap=True)

    try:
        result = run_month(engine, options, as_of=as_of, settings=settings, extra_problems=setting_problems,
                           force=force, wait=wait, notify=tell)
    except RunBusy as e:
        tell(f"tracker run: {e}")
        if e.run is not None:
            tell(say("runs.see", lang, id=e.run.id))
        sys.exit(75)
    except RunFailed as e:
        lines = run_lines(e.run, lang, TZ) if e.run is not None else [f"tracker run: {e}"]
        for line in lines:  # the reason, and where to see its traceback
            click.echo(line, err=True)
        sys.exit(3)
    finally:
        engine.dispose()
    for stale in result.stale:
        tell(say("run.stale", lang, id=stale.id, as_of=stale.as_of))
    if not result.skipped:
        from tracker.report import render_table

        render_table(result.evaluations, result.problems, result.as_of, _console(), lang=lang)
    for paragraph in result.brief:  # the 简报, as the report's first sheet has it
        click.echo("")
        for line in fit(paragraph):
            click.echo(line)
    if result.brief:
        click.echo("")
    for line in run_lines(result.run, lang, TZ, report=False):
        click.echo(line)
    click.echo(str(result.report))  # the last line: the report (a skipped run's is the one it matched)
    sys.exit(result.exit_code)


@cli.command()
@db_option
@config_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Show only the newest N runs.")
@click.option("--show", "show", type=int, default=None, metavar="N",
              help="Everything recorded of run N: its problems, alerts and, for an internal error, the traceback.")
@click.option("--json", "as_json", is_flag=True, help="Print the runs as JSON, for scripts.")
@click.option("--long", "long_form", is_flag=True, help="Each run in full: what it imported, judged and wrote.")
@lang_option
def runs(db: str | None, config: Path | None, limit: int | None, show: int | None, as_json: bool,
         long_form: bool, lang: str) -> None:
    """List the recorded runs, newest first: every `tracker run`, scheduled or by hand, with its outcome."""
    from tracker.messages import say
    from tracker.runlog import one_line_each, run_detail, runs_json, summary_lines
    from tracker.monthly import close_interrupted_runs
    from tracker.store import get_run, list_runs

    with _open_store(db, config) as (engine, _):
        close_interrupted_runs(engine)  # a run whose process is gone shows as failed (interrupted)
        recorded = [get_run(engine, show)] if show is not None else list_runs(engine, limit)
    if show is not None and recorded[0] is None:
        click.echo(f"tracker runs: {say('runs.unknown', lang, id=show)}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(runs_json(recorded, traceback=show is not None, lang=lang))
        return
    if not recorded:
        click.echo(say("runs.none", lang), err=True)
    if show is not None:
        lines = run_detail(recorded[0], lang, TZ)
    elif long_form:
        lines = summary_lines(recorded, lang, TZ)
    else:  # one line a run, its as-of month first
        lines = one_line_each(recorded, lang, TZ)
    for line in lines:
        click.echo(line)


@cli.command()
@actuals_option
@db_option
@config_option
@lang_option
def status(actuals_dir: Path, db: str | None, config: Path | None, lang: str) -> None:
    """One screen on the store: the last run, the newest file of each family, the goals
    awaiting figures, whether the data are late, and the next scheduled run."""
    from tracker.status import status_lines, store_status

    with _open_store(db, config) as (engine, settings):
        found = store_status(engine, actuals_dir, settings)
    for line in status_lines(found, lang, TZ):
        click.echo(line)


@cli.command()
@click.argument("target_id")
@targets_option
@actuals_option
@as_of_option
@config_option
@_lang("Language.")
def explain(target_id: str, targets_dir: Path, actuals_dir: Path, as_of, config: Path | None, lang: str) -> None:
    """Explain one goal's judgement: each number, the figures used and how a derived figure was made."""
    from tracker.messages import say
    from tracker.report.explain import explain_lines

    outcome, _ = _load(targets_dir, actuals_dir, as_of, config, show_progress=False)
    lines = explain_lines(outcome, target_id, lang)
    if lines is None:
        click.echo(say("explain.unknown", lang, id=target_id, targets=targets_dir), err=True)
        sys.exit(1)
    for line in lines:
        click.echo(line)


@cli.command()
@click.argument("target_id")
@targets_option
@db_option
@config_option
@_lang("Language.")
def history(target_id: str, targets_dir: Path, db: str | None, config: Path | None, lang: str) -> None:
    """Show a goal's figures with their revisions, and its status run by run."""
    from tracker.monthly import goal_history, history_lines

    with _open_store(db, config) as (engine, _):
        found = goal_history(engine, target_id, targets_dir)
    if found is None:
        from tracker.messages import say

        click.echo(say("history.no-target", lang, id=target_id, targets=str(targets_dir)), err=True)
        sys.exit(1)
    for line in history_lines(found, TZ, lang):
        click.echo(line)


@cli.command()
@click.option("--cron", default="0 9 20 * *", show_default=True, metavar="EXPR",
              help="When to run: minute hour day month weekday (crontab; 0 and 7 are Sunday). "
                   "The default is 09:00 on the 20th of each month.")
@click.option("--timezone", default="Asia/Shanghai", show_default=True, help="The time zone of --cron.")
@run_options
def schedule(cron: str, timezone: str, options: RunOptions, db: str | None) -> None:
    """Run `tracker run` on the schedule until SIGINT or SIGTERM; each run judges the previous month.

    The job is kept in the store, so a run missed while the machine was off is made once
    when the scheduler starts again.
    """
    from tracker.runtime import long_running
    from tracker.schedule import ScheduleError, parse_cron, serve

    long_running()  # runs for months: the garbage collector on, each month's job without it

    try:
        parse_cron(cron, timezone)
    except ScheduleError as e:
        raise click.BadParameter(str(e), param_hint="--cron/--timezone") from None
    for name in ("tracker", "apscheduler"):
        logging.getLogger(name).setLevel(logging.INFO)
    settings, _ = _settings(options.config)
    if options.config is None and Path("tracker.toml").is_file():
        from dataclasses import replace

        options = replace(options, config=Path("tracker.toml"))
    url, engine = _store(db, settings)
    try:
        code = serve(engine, options, db_url=url, cron=cron, timezone=timezone)
    except ScheduleError as e:
        click.echo(f"tracker schedule: {e}", err=True)
        sys.exit(1)
    finally:
        engine.dispose()
    sys.exit(code)


@cli.command()
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--year", type=click.IntRange(1900, 2200), default=None,
              help="The year the document speaks of (for work reports without dates).")
@click.option("--region", default=None, help="The region when the text does not name one.")
@click.option("--figures", is_flag=True, help="Also list past results as rows for actuals/ (as comments).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Leave out drafts less sure than this (0-1, default 0.5; each draft's comment gives its "
                   "confidence; 0 keeps every draft).")
@lang_option
def extract(file: Path, year: int | None, region: str | None, figures: bool, min_confidence: float | None,
            lang: str) -> None:
    """Draft target specs (YAML on stdout) from a Chinese policy text."""
    from tracker.extract import extract_text, read_document, to_yaml
    from tracker.extract.confidence import DEFAULT_MIN_CONFIDENCE
    from tracker.messages import say

    try:
        text = read_document(file)
    except (OSError, UnicodeError, ValueError) as e:
        click.echo(say("extract.unreadable", lang, file=file, error=e), err=True)
        sys.exit(1)
    if min_confidence is None:
        min_confidence = DEFAULT_MIN_CONFIDENCE
    result = extract_text(text, year=year, region=region, document=file.name, min_confidence=min_confidence)
    click.echo(to_yaml(result, figures=figures, lang=lang), nl=False)


def main() -> None:
    """The `tracker` command: one command run as the runtime runs one (tracker.runtime.one_shot)."""
    from tracker.runtime import one_shot

    one_shot(lambda: cli(prog_name="tracker"))


if __name__ == "__main__":
    main()
