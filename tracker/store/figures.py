"""Imported files and figures with their revisions.

Each file is imported in one transaction: its import record and all its figures,
or nothing. A file with problems is recorded (with the problems) but none of its
figures are stored, as the contract says a file with any error is not used.

Revisions: a key is (region, indicator, period, measure). One row per key is in
use (``superseded_at`` is NULL); when a later import brings a different value,
the row in use is dated superseded and a new row, with ``revised_from`` set to
the old value, takes its place. The same value from a different place (a file
renamed, a row moved) replaces the row without being a revision, so that
``source`` always names where the figure in use came from.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func, insert, select, update
from sqlalchemy.engine import Connection

from tracker.model import Figure, Measure
from tracker.periods import Period
from tracker.problems import Problem
from tracker.store.schema import as_utc, figures, imports, now_utc
from tracker.units import UnitError, convert


def file_digest(path: Path) -> tuple[str, int]:
    """SHA-256 of the file's bytes and its size."""
    h = hashlib.sha256()
    size = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One import of one file: what was read and what became of it."""

    id: int
    path: str
    sha256: str
    size: int
    imported_at: datetime
    outcome: str  # ok | problems
    figures: int
    placeholders: int
    new: int
    revised: int
    problems: tuple[Problem, ...]
    run_id: int | None


@dataclass(frozen=True, slots=True)
class StoredFigure:
    """A figure as stored, with when it came and when (if ever) it was replaced."""

    figure: Figure
    import_id: int
    recorded_at: datetime
    superseded_at: datetime | None

    @property
    def in_use(self) -> bool:
        return self.superseded_at is None


def problems_to_json(problems: Iterable[Problem]) -> str:
    return json.dumps([p.as_json() for p in problems], ensure_ascii=False)


def problems_from_json(data: str | None) -> tuple[Problem, ...]:
    if not data:
        return ()
    return tuple(
        Problem(p.get("file", ""), p.get("place", ""), p.get("message", ""), p.get("reason", "invalid"))
        for p in json.loads(data)
    )


def _import_record(row) -> ImportRecord:
    return ImportRecord(
        id=row.id,
        path=row.path,
        sha256=row.sha256,
        size=row.size,
        imported_at=as_utc(row.imported_at),
        outcome=row.outcome,
        figures=row.figures,
        placeholders=row.placeholders,
        new=row.new,
        revised=row.revised,
        problems=problems_from_json(row.problems),
        run_id=row.run_id,
    )


def latest_imports(engine: Engine) -> dict[str, ImportRecord]:
    """The newest import of every file path ever imported."""
    newest = select(imports.c.path, imports.c.id).order_by(imports.c.id)
    with engine.connect() as conn:
        ids = {path: id_ for path, id_ in conn.execute(newest)}
        if not ids:
            return {}
        rows = conn.execute(select(imports).where(imports.c.id.in_(ids.values()))).all()
    return {row.path: _import_record(row) for row in rows}


def list_imports(engine: Engine, run_id: int | None = None) -> list[ImportRecord]:
    query = select(imports).order_by(imports.c.id)
    if run_id is not None:
        query = query.where(imports.c.run_id == run_id)
    with engine.connect() as conn:
        return [_import_record(row) for row in conn.execute(query)]


def _key(f: Figure) -> tuple[str, str, int, int, str]:
    return (f.region, f.indicator, f.period.start, f.period.end, f.measure.value)


def _same_value(old_value: float, old_unit: str, new: Figure) -> bool:
    if old_unit == new.unit:
        return old_value == new.value
    try:
        return abs(convert(old_value, old_unit, new.unit) - new.value) <= 1e-9 * max(1.0, abs(new.value))
    except UnitError:
        return False


def _in_old_unit_as_new(old_value: float, old_unit: str, new_unit: str) -> float:
    """The replaced value in the new figure's unit, so the report compares like with like."""
    if old_unit == new_unit:
        return old_value
    try:
        return convert(old_value, old_unit, new_unit)
    except UnitError:
        return old_value


def import_file(
    engine: Engine,
    *,
    path: str,
    sha256: str,
    size: int,
    figures_read: Sequence[Figure],
    problems: Sequence[Problem],
    placeholders: int,
    run_id: int | None,
    now: datetime | None = None,
) -> ImportRecord:
    """Record one file and store its figures, all in one transaction.

    When ``problems`` is not empty the file is recorded with them and none of
    its figures are stored. Returns the import record.
    """
    now = now or now_utc()
    ok = not problems
    row = dict(
        path=path,
        sha256=sha256,
        size=size,
        imported_at=now,
        outcome="ok" if ok else "problems",
        figures=len(figures_read),
        placeholders=placeholders,
        run_id=run_id,
    )
    with engine.begin() as conn:
        import_id = conn.execute(
            insert(imports)
            .values(**row, new=0, revised=0, problems=problems_to_json(problems))
            .returning(imports.c.id)
        ).scalar_one()
        new = revised = 0
        if ok:
            new, revised = _store_figures(conn, figures_read, import_id, now)
            conn.execute(update(imports).where(imports.c.id == import_id).values(new=new, revised=revised))
    return ImportRecord(id=import_id, **row, new=new, revised=revised, problems=tuple(problems))


def _store_figures(conn: Connection, read: Sequence[Figure], import_id: int, now: datetime) -> tuple[int, int]:
    incoming: dict[tuple, Figure] = {}
    for f in read:  # the first of identical keys in one file (the reader reports conflicting ones)
        incoming.setdefault(_key(f), f)
    if not incoming:
        return 0, 0
    ends = [f.period.end for f in incoming.values()]
    in_use = _rows_in_use(conn, {f.region for f in incoming.values()}, {f.indicator for f in incoming.values()},
                          (min(ends), max(ends)))
    rows, replaced = [], []
    new = revised = 0
    for key, f in incoming.items():
        old = in_use.get(key)
        revised_from = None
        if old is None:
            new += 1
        elif _same_value(old.value, old.unit, f):
            if old.source == f.source and old.file == f.file and old.unit == f.unit:
                continue  # the same figure again
            revised_from = old.revised_from  # moved, not revised: keep the flag it had
        else:
            revised += 1
            revised_from = _in_old_unit_as_new(old.value, old.unit, f.unit)
        if old is not None:
            replaced.append(old.id)
        rows.append((f.region, f.indicator, f.period.start, f.period.end, f.measure.value, float(f.value), f.unit,
                     f.source, f.file, import_id, now, revised_from, None, None))
    for chunk in _chunks(replaced, 500):
        conn.execute(
            update(figures)
            .where(figures.c.id.in_(chunk))
            .values(superseded_at=now, superseded_by=import_id)
        )
    _insert_many(conn, figures, _INSERTED, rows)
    return new, revised


_INSERTED = ("region", "indicator", "period_start", "period_end", "measure", "value", "unit", "source", "file",
             "import_id", "recorded_at", "revised_from", "superseded_at", "superseded_by")


def _insert_many(conn: Connection, table, keys: Sequence[str], rows: list[tuple]) -> None:
    """Insert many rows (tuples in the order of ``keys``) with one prepared statement.

    Straight to the driver's executemany: SQLAlchemy's own per-row parameter
    handling costs more than SQLite's insert itself (measured: 500,000 figures).
    Each column's bind processor (SQLite: datetimes to text) is still applied.
    """
    if not rows:
        return
    dialect = conn.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    processors = [(i, process) for i, key in enumerate(keys)
                  if (process := table.c[key].type.dialect_impl(dialect).bind_processor(dialect)) is not None]
    if processors:
        done: dict = {}  # most rows share the value (the import's time): convert it once

        def converted(row: tuple) -> tuple:
            out = list(row)
            for i, process in processors:
                v = out[i]
                if v is None or type(v) is float:  # NULL stays NULL; a float is a float
                    continue
                key = (i, v)
                out[i] = done[key] if key in done else done.setdefault(key, process(v))
            return tuple(out)

        rows = [converted(r) for r in rows]
    if compiled.positional:
        names = list(compiled.positiontup)
        params = rows if names == list(keys) else [tuple(r[keys.index(n)] for n in names) for r in rows]
    else:
        params = [dict(zip(keys, r)) for r in rows]
    for chunk in _chunks(params, 10_000):
        conn.exec_driver_sql(compiled.string, chunk)


def _chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


_IN_USE_COLUMNS = [figures.c[k] for k in ("id", "region", "indicator", "period_start", "period_end", "measure",
                                          "value", "unit", "source", "file", "revised_from")]


def _rows_in_use(conn: Connection, regions: set[str], indicators: set[str],
                 period_ends: tuple[int, int]) -> dict[tuple, object]:
    """The rows in use that the incoming keys could meet: same regions, indicators, period ends in range."""
    found: dict[tuple, object] = {}
    region_list, indicator_list = sorted(regions), sorted(indicators)
    for rchunk in _chunks(region_list, 400):
        for ichunk in _chunks(indicator_list, 400):
            query = select(*_IN_USE_COLUMNS).where(
                figures.c.superseded_at.is_(None),
                figures.c.region.in_(rchunk),
                figures.c.indicator.in_(ichunk),
                figures.c.period_end.between(*period_ends),
            )
            for row in conn.execute(query):
                found[(row.region, row.indicator, row.period_start, row.period_end, row.measure)] = row
    return found


def _figure(row) -> Figure:
    return Figure(
        region=row.region,
        indicator=row.indicator,
        period=Period(row.period_start, row.period_end),
        measure=Measure(row.measure),
        value=row.value,
        unit=row.unit,
        source=row.source,
        file=row.file,
        revised_from=row.revised_from,
    )


_FIGURE_COLUMNS = [figures.c[k] for k in ("region", "indicator", "period_start", "period_end", "measure", "value",
                                          "unit", "source", "file", "revised_from")]


def current_figures(engine: Engine) -> tuple[Figure, ...]:
    """Every figure in use: the newest value of each key, ``revised_from`` set where it changed.

    Hundreds of thousands of rows: only the columns a Figure needs, and one
    object for each distinct name, unit, file and period rather than one per row.
    """
    query = (select(*_FIGURE_COLUMNS).where(figures.c.superseded_at.is_(None))
             .order_by(figures.c.import_id, figures.c.id))
    measures = {m.value: m for m in Measure}
    periods: dict[tuple[int, int], Period] = {}
    names: dict[str, str] = {}
    out = []
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=10_000).execute(query)  # fetched in batches, not row by row
        for region, indicator, start, end, measure, value, unit, source, file, revised_from in result:
            period = periods.get((start, end))
            if period is None:
                period = periods[(start, end)] = Period(start, end)
            out.append(Figure(names.setdefault(region, region), names.setdefault(indicator, indicator), period,
                              measures[measure], value, names.setdefault(unit, unit), source,
                              names.setdefault(file, file), revised_from))
    return tuple(out)


def figure_history(
    engine: Engine, regions: Iterable[str], indicators: Iterable[str]
) -> list[StoredFigure]:
    """Every stored value (in use and replaced) for these regions and indicators.

    Ordered by indicator, measure, period, then oldest value first.
    """
    regions, indicators = list(regions), list(indicators)
    query = (
        select(figures)
        .where(figures.c.region.in_(regions), figures.c.indicator.in_(indicators))
        .order_by(
            figures.c.indicator,
            figures.c.measure,
            figures.c.period_end,
            figures.c.period_start,
            figures.c.region,
            figures.c.id,
        )
    )
    with engine.connect() as conn:
        return [
            StoredFigure(_figure(row), row.import_id, as_utc(row.recorded_at), as_utc(row.superseded_at))
            for row in conn.execute(query)
        ]


def figure_counts(engine: Engine) -> tuple[int, int]:
    """(figures in use, values kept from before a revision)."""
    with engine.connect() as conn:
        in_use = conn.execute(select(func.count()).select_from(figures).where(figures.c.superseded_at.is_(None)))
        total = conn.execute(select(func.count()).select_from(figures))
        a, b = in_use.scalar_one(), total.scalar_one()
    return a, b - a


__all__ = [
    "ImportRecord",
    "StoredFigure",
    "current_figures",
    "figure_counts",
    "figure_history",
    "file_digest",
    "import_file",
    "latest_imports",
    "list_imports",
    "problems_from_json",
    "problems_to_json",
]


def series_names(engine: Engine) -> set[tuple[str, str]]:
    """Every (region, indicator) pair with a stored figure, as the files spelt them."""
    with engine.connect() as conn:
        return {(r, i) for r, i in conn.execute(select(figures.c.region, figures.c.indicator).distinct())}


def imports_after_run(engine: Engine, run_id: int) -> int:
    """How many imports later runs made (a failed or killed run's imports count too)."""
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(imports).where(imports.c.run_id > run_id)).scalar_one()
