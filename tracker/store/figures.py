"""Imported files and figures with their revisions.

Each file is imported in one transaction: its import record and all its figures,
or nothing. A file with problems is recorded (with the problems) but none of its
figures are stored: a file with any error is not used.

Revisions: a key is (region, indicator, period, measure). One row per key is in
use (``superseded_by`` is NULL). Which one is the rule of tracker.revision: the
figure of the file with the later release (then the later name), whatever order
the files were imported in. When an import of a later (or the same) release
brings a different value, the row in use is marked superseded by it and a new
row, with ``revised_from`` set to the old value, takes its place; a figure of an
earlier release than the one in use is kept on record as superseded at once.
The same value from a different place (a file renamed, a row moved) replaces
the row without being a revision, so that ``source`` always names where the
figure in use came from.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, func, insert, literal_column, select, union_all, update
from sqlalchemy.engine import URL, Connection

from tracker.forks import split_map
from tracker.figure import Cell, Figure, Measure, make_figure, pack_figures, unpack_figures
from tracker.periods import Period
from tracker.problems import Problem
from tracker.revision import Rank, in_unit, release_of, same_value
from tracker.runtime import worker_count
from tracker.store.rows import (
    chunks,
    ids_of_names,
    ids_of_series,
    insert_figures,
    names_by_id,
    raw_rows,
    series_by_id,
)
from tracker.store.schema import as_utc, figures, imports, now_utc, series


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
    release: date | None = None  # the file's release (tracker.revision)


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
        Problem(p.get("file", ""), p.get("place", ""), p.get("message", ""), p.get("reason", "invalid"),
                p.get("severity", "error"))
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
        release=date.fromisoformat(row.release) if row.release else None,
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
    release: date | None = None,
) -> ImportRecord:
    """Record one file and store its figures, all in one transaction.

    When ``problems`` is not empty the file is recorded with them and none of
    its figures are stored. ``release`` is the file's release (tracker.revision;
    made from its name and figures when not given): of two imports' figures for
    the same key, that of the later release is in use. Returns the import record.
    """
    now = now or now_utc()
    ok = not problems
    if release is None:  # the date the name begins with, else the end of the latest period
        release = release_of(path, {f.period.end for f in figures_read})
    row = dict(
        path=path,
        sha256=sha256,
        size=size,
        imported_at=now,
        outcome="ok" if ok else "problems",
        figures=len(figures_read),
        placeholders=placeholders,
        run_id=run_id,
        release=release,
    )
    with engine.begin() as conn:
        import_id = conn.execute(
            insert(imports)
            .values(**{**row, "release": release.isoformat() if release else None}, new=0, revised=0,
                    problems=problems_to_json(problems))
            .returning(imports.c.id)
        ).scalar_one()
        new = revised = 0
        if ok:
            new, revised = _store_figures(conn, figures_read, import_id, Rank.of(path, release))
            conn.execute(update(imports).where(imports.c.id == import_id).values(new=new, revised=revised))
    return ImportRecord(id=import_id, **row, new=new, revised=revised, problems=tuple(problems))


def _store_figures(conn: Connection, read: Sequence[Figure], import_id: int, mine: Rank) -> tuple[int, int]:
    """Store the figures of one import (of rank ``mine``); return (new keys, revised keys).

    One pass over the figures, for hundreds of thousands of them: the file and
    its rows looked up again only when the file changes, the stored rows only
    when there are any.
    """
    if not read:
        return 0, 0
    series_ids = ids_of_series(conn, {(f.region, f.indicator) for f in read})
    sheets = {f.source.sheet for f in read}
    sheets.discard(None)
    name_ids: dict[str | None, int | None] = {**ids_of_names(conn, {f.unit for f in read} | {f.file for f in read} | sheets),
                                              None: None}
    ends = {f.period.end for f in read}
    in_use = _rows_in_use(conn, set(series_ids.values()), (min(ends), max(ends)))
    unit_of = names_by_id(conn, {old.unit_id for old in in_use.values()}) if in_use else {}
    rank_of_import = _import_ranks(conn, {old.import_id for old in in_use.values()}) if in_use else {}
    earlier: list[dict] = []  # figures of an earlier release than the row in use: on record, not in use
    first_revisions: list[tuple[int, float]] = []  # rows in use that an earlier release now shows revised
    origin_ids: dict[str | None, int | None] = {None: None}  # 来源 texts: one a table or a few a file
    plain: dict[tuple[int, int | None, int | None], list[tuple]] = {}  # by (file, sheet, origin): what rows share
    revisions: list[tuple] = []
    replaced: list[int] = []
    seen: set[tuple] = set()
    yoy = Measure.YOY
    file = origin = sheet = None
    origin_id = sheet_id = file_id = None
    rows: list[tuple] = []
    new = revised = 0
    for f in read:
        p = f.period
        key = (series_ids[f.region, f.indicator], p.start, p.end, "yoy" if f.measure is yoy else "value")
        before = len(seen)
        seen.add(key)
        if len(seen) == before:
            continue  # the first of identical keys in one file (the reader reports conflicting ones)
        source_file, source_sheet, source_row, source_col = f.source
        if f.file != file or f.origin != origin or source_sheet != sheet:
            if source_file != f.file:
                raise ValueError(f"a figure of {f.file!r} read from another file: {f.source}")
            file, origin, sheet = f.file, f.origin, source_sheet
            file_id, sheet_id = name_ids[file], name_ids[sheet]
            if origin not in origin_ids:
                origin_ids.update(ids_of_names(conn, {origin}))
            origin_id = origin_ids[origin]
            rows = plain.setdefault((file_id, sheet_id, origin_id), [])
        elif source_file != file:
            raise ValueError(f"a figure of {f.file!r} read from another file: {f.source}")
        unit_id = name_ids[f.unit]
        old = in_use.get(key) if in_use else None
        if old is None:
            new += 1
            rows.append((*key, float(f.value), unit_id, source_row, source_col))
            continue
        old_unit = unit_of[old.unit_id]
        if rank_of_import[old.import_id] > mine:  # the row in use is of a later release: it stays
            if (old.unit_id, old.file_id, old.sheet_id, old.source_row, old.source_col) == (
                    unit_id, file_id, sheet_id, source_row, source_col):
                continue
            earlier.append(dict(series_id=key[0], period_start=key[1], period_end=key[2], measure=key[3],
                                value=float(f.value), unit_id=unit_id, file_id=file_id, sheet_id=sheet_id,
                                source_row=source_row, source_col=source_col, origin_id=origin_id,
                                import_id=import_id, superseded_by=old.import_id))
            if not same_value(old.value, old_unit, f):
                revised += 1
                if old.revised_from is None:
                    first_revisions.append((old.id, in_unit(f.value, f.unit, old_unit)))
            continue
        if same_value(old.value, old_unit, f):
            if (old.unit_id, old.file_id, old.sheet_id, old.source_row, old.source_col) == (
                    unit_id, file_id, sheet_id, source_row, source_col):
                continue  # the same figure again
            revised_from = old.revised_from  # moved, not revised: keep the flag it had
        else:
            revised += 1
            revised_from = in_unit(old.value, old_unit, f.unit)
        replaced.append(old.id)
        row = (*key, float(f.value), unit_id, source_row, source_col)
        if revised_from is None:
            rows.append(row)
        else:
            revisions.append((*row, file_id, sheet_id, origin_id, revised_from))
    for chunk in chunks(replaced, 500):
        conn.execute(update(figures).where(figures.c.id.in_(chunk)).values(superseded_by=import_id))
    insert_figures(conn, import_id, {group: rows for group, rows in plain.items() if rows}, revisions)
    for chunk in chunks(earlier, 1000):
        conn.execute(insert(figures), chunk)
    for row_id, value in first_revisions:
        conn.execute(update(figures).where(figures.c.id == row_id).values(revised_from=value))
    return new, revised


def _import_ranks(conn: Connection, ids: set[int]) -> dict[int, Rank]:
    """Each import's rank among releases (tracker.revision.Rank)."""
    found: dict[int, Rank] = {}
    for chunk in chunks(sorted(ids), 500):
        for id_, path, release in conn.execute(
                select(imports.c.id, imports.c.path, imports.c.release).where(imports.c.id.in_(chunk))):
            found[id_] = Rank.of(path, date.fromisoformat(release) if release else None)
    return found


_IN_USE_COLUMNS = [figures.c[k] for k in ("id", "series_id", "period_start", "period_end", "measure", "value",
                                          "unit_id", "file_id", "sheet_id", "source_row", "source_col",
                                          "revised_from", "import_id")]


def _rows_in_use(conn: Connection, series_ids: set[int], period_ends: tuple[int, int]) -> dict[tuple, object]:
    """The rows in use that the incoming keys could meet: same series, period ends in range."""
    found: dict[tuple, object] = {}
    for chunk in chunks(sorted(series_ids), 500):
        query = select(*_IN_USE_COLUMNS).where(
            figures.c.superseded_by.is_(None),
            figures.c.series_id.in_(chunk),
            figures.c.period_end.between(*period_ends),
        )
        for row in conn.execute(query):
            found[(row.series_id, row.period_start, row.period_end, row.measure)] = row
    return found


_FIGURE_COLUMNS = [figures.c[k] for k in ("series_id", "period_start", "period_end", "measure", "value", "unit_id",
                                          "file_id", "sheet_id", "source_row", "source_col", "revised_from",
                                          "origin_id")]


_new = tuple.__new__

#: Below this many figures in use, they are read in one process.
MIN_PARALLEL_FIGURES = 100_000


def current_figures(engine: Engine, workers: int | None = None) -> tuple[Figure, ...]:
    """Every figure in use: the newest value of each key, ``revised_from`` set where it changed.

    Hundreds of thousands of rows: numbers read straight from the driver's
    cursor, names looked up, and one object for each distinct name and period.
    A store on disk with over MIN_PARALLEL_FIGURES of them is read by ``workers``
    processes (default: one per core), each over its own connection and its own
    run of imports (tracker.forks).
    """
    with engine.connect() as conn:
        name_of = names_by_id(conn)
        series_of = series_by_id(conn)
        parts = _import_ranges(conn, worker_count(workers)) if _on_disk(engine.url) else [None]

    def read(ranges: Sequence[tuple[int, int] | None]) -> list[Figure]:
        out: list[Figure] = []
        with engine.connect() as conn:
            for imports_range in ranges:
                out += _figures_from_rows(raw_rows(conn, _in_use(conn, imports_range)), name_of, series_of)
        return out

    def own_connections() -> None:  # in a forked child: its own connections, the parent's left alone
        engine.dispose(close=False)

    found: list[Figure] = []
    for part in split_map(read, parts, workers, min_chunk=1, in_child=own_connections, send=pack_figures,
                          receive=unpack_figures):
        found += part
    return tuple(found)


def _in_use(conn: Connection, imports_range: tuple[int, int] | None):
    """The figures in use (of the imports from ``imports_range[0]`` to ``[1]``), in import order."""
    # On SQLite the ids alone give it (writers take turns, ids only grow).
    order = [figures.c.id] if conn.dialect.name == "sqlite" else [figures.c.import_id, figures.c.id]
    query = select(*_FIGURE_COLUMNS).where(figures.c.superseded_by.is_(None))
    if imports_range is not None:
        query = query.where(figures.c.import_id.between(*imports_range))
    return query.order_by(*order)


def _on_disk(url: URL) -> bool:
    """Whether a second connection sees the same store (not so for an in-memory SQLite database)."""
    if url.get_backend_name() != "sqlite":
        return True
    return url.database not in (None, "", ":memory:") and "memory" not in str(url.query.get("mode", ""))


def _import_ranges(conn: Connection, n: int) -> list[tuple[int, int] | None]:
    """Runs of imports with about as many figures in use each (the first a share more: it is
    read here, the others' figures are sent back), or [None] (all of them, here) when few."""
    counts = conn.execute(
        select(figures.c.import_id, func.count()).where(figures.c.superseded_by.is_(None))
        .group_by(figures.c.import_id).order_by(figures.c.import_id)
    ).all()
    total = sum(c for _, c in counts)
    if n < 2 or total < MIN_PARALLEL_FIGURES or len(counts) < 2:
        return [None]
    weights = [FIRST_SHARE] + [1.0] * (n - 1)
    goal, ranges, start, seen, k = 0.0, [], counts[0][0], 0, 0
    for i, (import_id, c) in enumerate(counts):
        seen += c
        goal = total * sum(weights[: k + 1]) / sum(weights)
        if seen >= goal and k < n - 1 and i < len(counts) - 1:
            ranges.append((start, import_id))
            start, k = counts[i + 1][0], k + 1
    ranges.append((start, counts[-1][0]))
    return ranges


#: How much more of the figures this process reads than each child: a child's figures are
#: packed and sent, and made again here, which takes it longer a figure.
FIRST_SHARE = 1.2


def _figures_from_rows(batches: Iterable[list[tuple]], name_of: dict[int, str],
                       series_of: dict[int, tuple[str, str]]) -> list[Figure]:
    measures = {m.value: m for m in Measure}
    periods: dict[int, Period] = {}  # by start and end in one number (ends are below 2**20: year 87,000)
    name_of = {**name_of, None: None}  # a CSV line's sheet, a figure without a 来源 text
    numbers = list(range(1024))  # one object for each row number, grown as larger ones come
    out = []
    add = out.append
    for batch in batches:
        for (series_id, start, end, measure, value, unit_id, file_id, sheet_id, row, col, revised_from,
             origin_id) in batch:
            period = periods.get(start << 20 | end)
            if period is None:
                period = periods[start << 20 | end] = Period(start, end)
            region, indicator = series_of[series_id]
            if row >= len(numbers):
                numbers += range(len(numbers), 2 * row + 1)
            file = name_of[file_id]
            figure = make_figure(region, indicator, period, measures[measure], value, name_of[unit_id],
                                 _new(Cell, (file, name_of[sheet_id], numbers[row], col)), file, name_of[origin_id])
            add(figure if revised_from is None else figure._replace(revised_from=revised_from))
    return out


def figure_history(
    engine: Engine, regions: Iterable[str], indicators: Iterable[str]
) -> list[StoredFigure]:
    """Every stored value (in use and replaced) for these regions and indicators.

    Ordered by indicator, measure, period, then oldest value first.
    """
    regions, indicators = list(regions), list(indicators)
    recorded, replaced = imports.alias("recorded"), imports.alias("replaced")
    columns = [*(c.label(c.name) for c in _FIGURE_COLUMNS), figures.c.id.label("id"),
               figures.c.import_id.label("import_id"), series.c.region.label("region"),
               series.c.indicator.label("indicator"), recorded.c.imported_at.label("recorded_at"),
               replaced.c.imported_at.label("superseded_at")]
    joined = (figures.join(series, series.c.id == figures.c.series_id)
              .join(recorded, recorded.c.id == figures.c.import_id)
              .outerjoin(replaced, replaced.c.id == figures.c.superseded_by))
    wanted = (series.c.region.in_(regions), series.c.indicator.in_(indicators))
    # The values in use and the replaced ones apart, so each part is found through its own index.
    query = union_all(
        select(*columns).select_from(joined).where(*wanted, figures.c.superseded_by.is_(None)),
        select(*columns).select_from(joined).where(*wanted, figures.c.superseded_by.is_not(None)),
    ).order_by(*(literal_column(name) for name in ("indicator", "measure", "period_end", "period_start", "region",
                                                    "id")))
    with engine.connect() as conn:
        name_of = names_by_id(conn)
        rows = conn.execute(query).all()
    out = []
    for row in rows:
        file = name_of[row.file_id]
        source = Cell(file, None if row.sheet_id is None else name_of[row.sheet_id], row.source_row, row.source_col)
        figure = Figure(row.region, row.indicator, Period(row.period_start, row.period_end), Measure(row.measure),
                        row.value, name_of[row.unit_id], source, file, row.revised_from)
        out.append(StoredFigure(figure, row.import_id, as_utc(row.recorded_at), as_utc(row.superseded_at)))
    return out


def figure_counts(engine: Engine) -> tuple[int, int]:
    """(figures in use, values kept from before a revision)."""
    with engine.connect() as conn:
        in_use = conn.execute(select(func.count()).select_from(figures).where(figures.c.superseded_by.is_(None)))
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
    """Every (region, indicator) pair with a stored figure, as the files spelt them.

    A series is made only with its first figure, and figures are never deleted.
    """
    with engine.connect() as conn:
        return {(r, i) for r, i in conn.execute(select(series.c.region, series.c.indicator))}


def imports_after_run(engine: Engine, run_id: int) -> int:
    """How many imports later runs made (a failed or killed run's imports count too)."""
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(imports).where(imports.c.run_id > run_id)).scalar_one()
