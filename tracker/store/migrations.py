"""The schema's versions, each a function that brings a store from the one before.

Every migration works on table definitions frozen as they were at its version
(never on the live ones in ``schema``, which move on), so that an old store
upgrades the same way whenever it is opened. A migration runs inside the
upgrade's transaction: all of it is applied, or none (SQLite and PostgreSQL
both have transactional DDL).

1. runs, imports, figures with their names written out, evaluations per run.
2. figures keyed by numbers: a ``series`` table for (region, indicator), a
   ``names`` table for units, files and the file part of a source; the import
   and replacement times read from the imports instead of being repeated on
   every row; no foreign keys on the figures (PostgreSQL checks them with a
   trigger per row: two thirds of an import's time). A store of 500,000
   figures shrank from 154 MB to about 40 MB and imports in under half the time.
3. imports carry the file's release date (tracker.revision), which decides the
   figure in use.
4. every run on record: ``runs`` gains ``matched_run`` (the run a ``skipped`` run
   found nothing new since), ``traceback`` (of a run failed by an internal error)
   and ``alerts`` (JSON: who was told of the run, and whether telling them worked).
5. figures keep the 来源 text their file gave (``origin_id``, a name; NULL: none).
6. a figure's source as numbers (tracker.figure.Cell): ``sheet_id`` (a name; NULL
   for a CSV line), ``source_row`` and ``source_col``, instead of the text that
   followed its file's name (``source_head_id`` and ``source_tail``), read once
   here so that loading makes no text for each figure.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    insert,
    select,
    text,
)
from sqlalchemy.engine import Connection

Migration = tuple[int, str, Callable[[Connection], None]]

# --------------------------------------------------------------------------
# Version 1, frozen

v1 = MetaData()

Table(
    "runs",
    v1,
    Column("id", Integer, primary_key=True),
    Column("as_of", String(7), nullable=False),
    Column("trigger", String(16), nullable=False),
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("outcome", String(16), nullable=False),
    Column("report_path", String(1000)),
    Column("counts", Text),
    Column("n_problems", Integer),
    Column("problems", Text),
    Column("error", Text),
    Column("files_imported", Integer),
    Column("revisions", Integer),
    Column("inputs_digest", String(64)),
    Column("host", String(200)),
    Column("pid", Integer),
    Index("runs_as_of", "as_of", "outcome"),
)

Table(
    "imports",
    v1,
    Column("id", Integer, primary_key=True),
    Column("path", String(1000), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("figures", Integer, nullable=False),
    Column("placeholders", Integer, nullable=False),
    Column("new", Integer, nullable=False),
    Column("revised", Integer, nullable=False),
    Column("problems", Text, nullable=False),
    Column("run_id", Integer, ForeignKey("runs.id")),
    Index("imports_path", "path", "id"),
)

v1_figures = Table(
    "figures",
    v1,
    Column("id", Integer, primary_key=True),
    Column("region", String(200), nullable=False),
    Column("indicator", String(400), nullable=False),
    Column("period_start", Integer, nullable=False),
    Column("period_end", Integer, nullable=False),
    Column("measure", String(8), nullable=False),
    Column("value", Double, nullable=False),
    Column("unit", String(40), nullable=False),
    Column("source", String(1200), nullable=False),
    Column("file", String(1000), nullable=False),
    Column("import_id", Integer, ForeignKey("imports.id"), nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("revised_from", Double),
    Column("superseded_at", DateTime(timezone=True)),
    Column("superseded_by", Integer),
    Index("figures_series", "region", "indicator"),
)
Index(
    "figures_in_use",
    v1_figures.c.region,
    v1_figures.c.indicator,
    v1_figures.c.period_start,
    v1_figures.c.period_end,
    v1_figures.c.measure,
    unique=True,
    sqlite_where=v1_figures.c.superseded_at.is_(None),
    postgresql_where=v1_figures.c.superseded_at.is_(None),
)

Table(
    "run_evaluations",
    v1,
    Column("run_id", Integer, ForeignKey("runs.id"), primary_key=True),
    Column("target_id", String(200), primary_key=True),
    Column("status", String(16), nullable=False),
    Column("data", Text, nullable=False),
)


def _v1(conn: Connection) -> None:
    v1.create_all(conn)


# --------------------------------------------------------------------------
# Version 2, frozen: figures keyed by numbers

v2 = MetaData()

v2_names = Table(
    "names",
    v2,
    Column("id", Integer, primary_key=True),
    Column("name", String(1000), nullable=False, unique=True),
)

v2_series = Table(
    "series",
    v2,
    Column("id", Integer, primary_key=True),
    Column("region", String(200), nullable=False),
    Column("indicator", String(400), nullable=False),
    UniqueConstraint("region", "indicator", name="series_names"),
)

# Created as figures_v2 next to the old table, renamed when that is gone.
v2_figures = Table(
    "figures_v2",
    v2,
    Column("id", Integer, primary_key=True),
    Column("series_id", Integer, nullable=False),
    Column("period_start", Integer, nullable=False),
    Column("period_end", Integer, nullable=False),
    Column("measure", String(8), nullable=False),
    Column("value", Double, nullable=False),
    Column("unit_id", Integer, nullable=False),
    Column("file_id", Integer, nullable=False),
    Column("source_head_id", Integer, nullable=False),
    Column("source_tail", String(1200), nullable=False),
    Column("import_id", Integer, nullable=False),
    Column("revised_from", Double),
    Column("superseded_by", Integer),
)

_V2_INDEXES = (
    "CREATE UNIQUE INDEX figures_in_use ON figures (series_id, period_start, period_end, measure)"
    " WHERE superseded_by IS NULL",
    "CREATE INDEX figures_superseded ON figures (series_id) WHERE superseded_by IS NOT NULL",
)

_COPY_BATCH = 10_000


def _v2(conn: Connection) -> None:
    v2.create_all(conn, tables=[v2_names, v2_series, v2_figures])
    names: dict[str, int] = {}
    series: dict[tuple[str, str], int] = {}

    def name_id(name: str) -> int:
        if name not in names:
            names[name] = conn.execute(insert(v2_names).values(name=name).returning(v2_names.c.id)).scalar_one()
        return names[name]

    def series_id(region: str, indicator: str) -> int:
        key = (region, indicator)
        if key not in series:
            series[key] = conn.execute(
                insert(v2_series).values(region=region, indicator=indicator).returning(v2_series.c.id)
            ).scalar_one()
        return series[key]

    old = v1_figures
    last = 0
    while True:  # in id order, a batch at a time: the ids (and so the order of the figures) are kept
        batch = conn.execute(
            select(old.c.id, old.c.region, old.c.indicator, old.c.period_start, old.c.period_end, old.c.measure,
                   old.c.value, old.c.unit, old.c.source, old.c.file, old.c.import_id, old.c.revised_from,
                   old.c.superseded_by)
            .where(old.c.id > last)
            .order_by(old.c.id)
            .limit(_COPY_BATCH)
        ).all()
        if not batch:
            break
        rows = []
        for r in batch:
            head, tail = (r.file, r.source[len(r.file):]) if r.source.startswith(r.file) else ("", r.source)
            rows.append(dict(id=r.id, series_id=series_id(r.region, r.indicator), period_start=r.period_start,
                             period_end=r.period_end, measure=r.measure, value=r.value, unit_id=name_id(r.unit),
                             file_id=name_id(r.file), source_head_id=name_id(head), source_tail=tail,
                             import_id=r.import_id, revised_from=r.revised_from, superseded_by=r.superseded_by))
        conn.execute(insert(v2_figures), rows)
        last = batch[-1].id

    conn.execute(text("DROP TABLE figures"))  # its indexes go with it
    conn.execute(text("ALTER TABLE figures_v2 RENAME TO figures"))
    if conn.dialect.name == "postgresql":  # the names a new table would have, and ids after the copied ones
        conn.execute(text("ALTER INDEX figures_v2_pkey RENAME TO figures_pkey"))
        conn.execute(text("ALTER SEQUENCE figures_v2_id_seq RENAME TO figures_id_seq"))
        conn.execute(text("SELECT setval('figures_id_seq', COALESCE((SELECT MAX(id) FROM figures), 0) + 1, false)"))
    for ddl in _V2_INDEXES:
        conn.execute(text(ddl))


def _v3(conn: Connection) -> None:
    from tracker.revision import release_of

    conn.execute(text("ALTER TABLE imports ADD COLUMN release VARCHAR(10)"))
    ends = dict(conn.execute(text("SELECT import_id, MAX(period_end) FROM figures GROUP BY import_id")).all())
    for import_id, path in conn.execute(text("SELECT id, path FROM imports")).all():
        end = ends.get(import_id)
        found = release_of(path, [end] if end is not None else [])
        if found is not None:
            conn.execute(text("UPDATE imports SET release = :r WHERE id = :i"), {"r": found.isoformat(), "i": import_id})


# --------------------------------------------------------------------------
# Version 4, frozen: every run on record

_V4_COLUMNS = (
    "ALTER TABLE runs ADD COLUMN matched_run INTEGER",
    "ALTER TABLE runs ADD COLUMN traceback TEXT",
    "ALTER TABLE runs ADD COLUMN alerts TEXT",
)


def _v4(conn: Connection) -> None:
    for ddl in _V4_COLUMNS:
        conn.execute(text(ddl))


# --------------------------------------------------------------------------
# Version 5: the figures' 来源 text


def _v5(conn: Connection) -> None:
    conn.execute(text("ALTER TABLE figures ADD COLUMN origin_id INTEGER"))


# --------------------------------------------------------------------------
# Version 6, frozen: a figure's source as numbers

v6 = MetaData()

v6_names = Table(
    "names",
    v6,
    Column("id", Integer, primary_key=True),
    Column("name", String(1000), nullable=False, unique=True),
)

# Created as figures_v6 next to the old table, renamed when that is gone.
v6_figures = Table(
    "figures_v6",
    v6,
    Column("id", Integer, primary_key=True),
    Column("series_id", Integer, nullable=False),
    Column("period_start", Integer, nullable=False),
    Column("period_end", Integer, nullable=False),
    Column("measure", String(8), nullable=False),
    Column("value", Double, nullable=False),
    Column("unit_id", Integer, nullable=False),
    Column("file_id", Integer, nullable=False),
    Column("sheet_id", Integer),
    Column("source_row", Integer, nullable=False),
    Column("source_col", Integer, nullable=False),
    Column("import_id", Integer, nullable=False),
    Column("revised_from", Double),
    Column("superseded_by", Integer),
    Column("origin_id", Integer),
)

_V6_FIGURES = ("id", "series_id", "period_start", "period_end", "measure", "value", "unit_id", "file_id",
               "import_id", "revised_from", "superseded_by", "origin_id")


def _v6(conn: Connection) -> None:
    from tracker.figure import Cell

    v6.create_all(conn, tables=[v6_figures])
    names = dict(conn.execute(select(v6_names.c.id, v6_names.c.name)).all())
    ids = {name: id_ for id_, name in names.items()}

    def name_id(name: str | None) -> int | None:
        if name is None:
            return None
        if name not in ids:
            ids[name] = conn.execute(insert(v6_names).values(name=name).returning(v6_names.c.id)).scalar_one()
        return ids[name]

    last = 0
    while True:  # in id order, a batch at a time: the ids (and so the order of the figures) are kept
        batch = conn.execute(
            text(f"SELECT {', '.join(_V6_FIGURES)}, source_head_id, source_tail FROM figures"
                 " WHERE id > :last ORDER BY id LIMIT :n"), {"last": last, "n": _COPY_BATCH}
        ).all()
        if not batch:
            break
        rows = []
        for r in batch:
            file = names[r.file_id]
            try:
                cell = Cell.parse(names[r.source_head_id] + r.source_tail, file)
            except ValueError:  # never made by a reader: the file alone
                cell = Cell(file, None, 0, -1)
            rows.append({**{k: getattr(r, k) for k in _V6_FIGURES}, "sheet_id": name_id(cell.sheet),
                         "source_row": cell.row, "source_col": cell.col})
        conn.execute(insert(v6_figures), rows)
        last = batch[-1].id

    conn.execute(text("DROP TABLE figures"))  # its indexes go with it
    conn.execute(text("ALTER TABLE figures_v6 RENAME TO figures"))
    if conn.dialect.name == "postgresql":  # the names a new table would have, and ids after the copied ones
        conn.execute(text("ALTER INDEX figures_v6_pkey RENAME TO figures_pkey"))
        conn.execute(text("ALTER SEQUENCE figures_v6_id_seq RENAME TO figures_id_seq"))
        conn.execute(text("SELECT setval('figures_id_seq', COALESCE((SELECT MAX(id) FROM figures), 0) + 1, false)"))
    for ddl in _V2_INDEXES:
        conn.execute(text(ddl))


MIGRATIONS: tuple[Migration, ...] = (
    (1, "runs, imported files, figures with revisions, evaluations per run", _v1),
    (2, "figures keyed by series and names; import times read from the imports", _v2),
    (3, "imports carry the file's release date, which decides the figure in use", _v3),
    (4, "runs: the run a skipped run matched, a failed run's traceback, the alerts sent", _v4),
    (5, "figures keep their 来源 text (origin_id)", _v5),
    (6, "a figure's source as a sheet, a row and a column (sheet_id, source_row, source_col)", _v6),
)
