"""The store's tables, how to reach the database, and in-place schema upgrades.

The database is SQLite by default (``.tracker/tracker.db`` in the working
folder, WAL mode) and may be a shared PostgreSQL server instead: every query is
SQLAlchemy Core, so nothing else changes. Where the URL comes from, first wins:
``--db``, ``TRACKER_DB``, ``[store] url`` in ``tracker.toml``, the default.

Schema versions: the table ``schema_version`` holds one row per migration
applied. ``MIGRATIONS`` is an ordered list; opening a store applies the missing
ones in one transaction, serialised across processes (SQLite: ``BEGIN
IMMEDIATE``; PostgreSQL: a transaction advisory lock). A database newer than
this code is refused with a message rather than misread.

To change the schema: append a migration to ``migrations.MIGRATIONS`` (on
table definitions frozen there, never the live ones below) and change the
tables below to match; a test checks that a new store's tables are these.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Double,
    Engine,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from tracker.store.migrations import MIGRATIONS, Migration

DEFAULT_URL = "sqlite:///.tracker/tracker.db"
ENV_VAR = "TRACKER_DB"
#: How long a SQLite connection waits for another process's write transaction.
BUSY_TIMEOUT_MS = 60_000


class StoreError(Exception):
    """The database cannot be used: a bad URL, an unreachable server, a newer schema."""


metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

runs = Table(
    "runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("as_of", String(7), nullable=False),  # YYYY-MM
    Column("trigger", String(16), nullable=False),  # cli | schedule
    Column("started_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True)),
    Column("outcome", String(16), nullable=False),  # running | ok | problems | failed | skipped
    Column("report_path", String(1000)),
    Column("counts", Text),  # JSON {status: count}
    Column("n_problems", Integer),
    Column("problems", Text),  # JSON [Problem.as_json()]
    Column("error", Text),  # why a failed run failed
    Column("files_imported", Integer),
    Column("revisions", Integer),
    Column("inputs_digest", String(64)),  # targets and settings the run judged with
    Column("host", String(200)),
    Column("pid", Integer),
    Column("matched_run", Integer),  # skipped: the run it found nothing new since
    Column("traceback", Text),  # failed by an internal error: where
    Column("alerts", Text),  # JSON [{channel, ok, detail}]: who was told, and whether that worked
    Index("runs_as_of", "as_of", "outcome"),
)

imports = Table(
    "imports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("path", String(1000), nullable=False),  # relative to the actuals folder
    Column("sha256", String(64), nullable=False),
    Column("size", BigInteger, nullable=False),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("outcome", String(16), nullable=False),  # ok | problems
    Column("figures", Integer, nullable=False),  # figures read
    Column("placeholders", Integer, nullable=False),
    Column("new", Integer, nullable=False),  # keys not stored before
    Column("revised", Integer, nullable=False),  # keys whose value changed
    Column("problems", Text, nullable=False),  # JSON [Problem.as_json()]
    Column("run_id", Integer, ForeignKey("runs.id")),
    Column("release", String(10)),  # YYYY-MM-DD: the file's release (tracker.revision)
    Index("imports_path", "path", "id"),
)

# What a region and an indicator are called, once per pair (the figures refer to it by number).
series = Table(
    "series",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("region", String(200), nullable=False),
    Column("indicator", String(400), nullable=False),
    UniqueConstraint("region", "indicator", name="series_names"),
)

# Units, files, sheets and 来源 texts, once each.
names = Table(
    "names",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(1000), nullable=False, unique=True),
)

# A figure's source (tracker.figure.Cell) is its file, ``sheet_id`` (NULL for a CSV line),
# ``source_row`` (the Excel row or the CSV line) and ``source_col`` (0-based, -1 for a CSV line).
# No foreign keys: only ``figures.py`` writes these rows, with ids it has just read or made,
# and series, names and imports are never deleted; checking them cost two thirds of an
# import on PostgreSQL (a trigger per row; 500,000 figures: 21 s against 7.6 s).
figures = Table(
    "figures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("series_id", Integer, nullable=False),  # series.id
    Column("period_start", Integer, nullable=False),  # Period.start: year * 12 + month - 1
    Column("period_end", Integer, nullable=False),
    Column("measure", String(8), nullable=False),  # value | yoy
    Column("value", Double, nullable=False),
    Column("unit_id", Integer, nullable=False),  # names.id
    Column("file_id", Integer, nullable=False),  # names.id
    Column("sheet_id", Integer),  # names.id of the sheet; NULL: a line of a CSV file
    Column("source_row", Integer, nullable=False),  # the Excel row (1-based) or the CSV line
    Column("source_col", Integer, nullable=False),  # the column (0-based); -1: a CSV line
    Column("import_id", Integer, nullable=False),  # imports.id; its time is the figure's
    Column("revised_from", Double),  # the value this row replaced, when it changed
    Column("superseded_by", Integer),  # the import that replaced it (its time too); NULL: the value in use
    Column("origin_id", Integer),  # names.id of the 来源 text the file gave for it; NULL: none
)
# At most one value in use per key: a partial unique index (SQLite and PostgreSQL).
_in_use = figures.c.superseded_by.is_(None)
Index(
    "figures_in_use",
    figures.c.series_id,
    figures.c.period_start,
    figures.c.period_end,
    figures.c.measure,
    unique=True,
    sqlite_where=_in_use,
    postgresql_where=_in_use,
)
# The replaced values of a series (its values in use are found through figures_in_use); a
# partial index, so that importing new figures does not maintain it.
_superseded = figures.c.superseded_by.is_not(None)
Index("figures_superseded", figures.c.series_id, sqlite_where=_superseded, postgresql_where=_superseded)

run_evaluations = Table(
    "run_evaluations",
    metadata,
    Column("run_id", Integer, ForeignKey("runs.id"), primary_key=True),
    Column("target_id", String(200), primary_key=True),
    Column("status", String(16), nullable=False),
    Column("data", Text, nullable=False),  # JSON Evaluation.as_json()
)


SCHEMA_VERSION = MIGRATIONS[-1][0]

# A constant key for PostgreSQL advisory locks taken by this module.
_PG_MIGRATION_LOCK = 0x7472_6163_6B00  # "track\0"


def now_utc() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; everything stored is UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


# --------------------------------------------------------------------------
# Reaching the database


def resolve_url(cli_value: str | None = None, settings_url: str | None = None) -> str:
    """The database to use: ``--db``, else ``TRACKER_DB``, else tracker.toml, else the default.

    A plain path (no ``://``) means a SQLite file; ``postgresql://`` means psycopg 3.
    """
    raw = cli_value or os.environ.get(ENV_VAR) or settings_url or DEFAULT_URL
    raw = raw.strip()
    if "://" not in raw:
        raw = "sqlite:///" + raw
    if raw.startswith(("postgresql://", "postgres://")):
        raw = "postgresql+psycopg://" + raw.split("://", 1)[1]
    return raw


def describe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def sqlite_path(engine_or_url: Engine | str) -> Path | None:
    """The database file of a SQLite store (None for other databases or in-memory)."""
    url = make_url(engine_or_url.url if isinstance(engine_or_url, Engine) else engine_or_url)
    if url.get_backend_name() != "sqlite":
        return None
    db = url.database
    if not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


def create_store_engine(url: str) -> Engine:
    """An engine for ``url`` without touching the schema (see ``open_store``)."""
    try:
        parsed = make_url(url)
    except ArgumentError as e:
        raise StoreError(f"not a database URL: {url!r} ({e})") from None
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is None:
            raise StoreError("the store needs a SQLite file, not an in-memory database")
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _sqlite_pragmas(engine)
        return engine
    if backend == "postgresql":
        try:
            return create_engine(parsed, pool_pre_ping=True)
        except ImportError as e:
            raise StoreError(
                f"PostgreSQL needs the psycopg driver: pip install 'plan-tracker[postgres]' ({e})"
            ) from None
    raise StoreError(f"unsupported database {backend!r} in {describe_url(url)}: use sqlite or postgresql")


def _sqlite_pragmas(engine: Engine) -> None:
    """WAL, a busy timeout, foreign keys, and real transactions for DDL too.

    pysqlite opens transactions lazily and not at all for DDL; we take over and
    begin every transaction with BEGIN IMMEDIATE, so a writer never fails
    half-way on a lock upgrade and a migration is all or nothing.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised through every test
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # pragma: no cover
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_store(url: str, migrations: Sequence[Migration] = MIGRATIONS) -> Engine:
    """An engine for ``url`` with the schema brought up to date."""
    engine = create_store_engine(url)
    try:
        upgrade(engine, migrations)
    except SQLAlchemyError as e:
        engine.dispose()
        raise StoreError(f"cannot open the store {describe_url(url)}: {_short(e)}") from None
    except StoreError:
        engine.dispose()
        raise
    return engine


def current_version(conn: Connection) -> int:
    if not conn.dialect.has_table(conn, "schema_version"):
        return 0
    return conn.execute(select(func.max(schema_version.c.version))).scalar() or 0


def upgrade(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Apply the migrations the database lacks, in order, in one transaction; return the version."""
    known = migrations[-1][0] if migrations else 0
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
        schema_version.create(conn, checkfirst=True)
        version = current_version(conn)
        if version > known:
            raise StoreError(
                f"the store {describe_url(str(engine.url))} has schema version {version}, "
                f"newer than this tracker understands ({known}): install a newer tracker"
            )
        for number, description, apply in migrations:
            if number <= version:
                continue
            apply(conn)
            conn.execute(
                insert(schema_version).values(version=number, description=description, applied_at=now_utc())
            )
            version = number
    return version


def _short(e: Exception) -> str:
    text_ = str(getattr(e, "orig", None) or e)
    return text_.strip().splitlines()[0] if text_.strip() else type(e).__name__
