"""Figure rows in bulk: names and series by number, inserts and reads through the driver.

Hundreds of thousands of rows per import: SQLAlchemy's per-row handling would
cost more than the database's own work, so rows go to and come from the
driver's cursor as plain tuples, inside the caller's transaction. SQLite gets
one prepared ``executemany`` per (file, sheet, 来源 text), with what the rows share
written into the statement: the fewer values bound per row, the faster (each
costs about 0.3 µs in the sqlite3 module). PostgreSQL gets ``COPY``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import Select, insert, select
from sqlalchemy.engine import Connection

from tracker.store.schema import figures, names, series

#: The columns of a figure row as ``_store_figures`` builds it, then what rows share.
ROW_COLUMNS = ("series_id", "period_start", "period_end", "measure", "value", "unit_id", "source_row", "source_col")
SHARED_COLUMNS = ("file_id", "sheet_id", "origin_id", "import_id")
_BATCH = 10_000


def chunks(items: list, size: int) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# --------------------------------------------------------------------------
# Names and series


def ids_of_names(conn: Connection, wanted: set[str]) -> dict[str, int]:
    """The id of each name, made for those not stored yet."""
    found = _select_names(conn, wanted)
    missing = wanted - found.keys()
    if missing:
        conn.execute(insert(names), [{"name": n} for n in sorted(missing)])
        found.update(_select_names(conn, missing))
    return found


def _select_names(conn: Connection, wanted: set[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for chunk in chunks(sorted(wanted), 500):
        found.update((name, id_) for id_, name in conn.execute(select(names.c.id, names.c.name)
                                                              .where(names.c.name.in_(chunk))))
    return found


def names_by_id(conn: Connection, ids: set[int] | None = None) -> dict[int, str]:
    """Names by id: these, or all of them (units, files, sheets, 来源 texts: a few hundred)."""
    query = select(names.c.id, names.c.name)
    if ids is None:
        return {id_: name for id_, name in conn.execute(query)}
    found: dict[int, str] = {}
    for chunk in chunks(sorted(ids), 500):
        found.update((id_, name) for id_, name in conn.execute(query.where(names.c.id.in_(chunk))))
    return found


def ids_of_series(conn: Connection, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """The id of each (region, indicator), made for those not stored yet."""
    found = _select_series(conn, pairs)
    missing = pairs - found.keys()
    if missing:
        conn.execute(insert(series), [{"region": r, "indicator": i} for r, i in sorted(missing)])
        found.update(_select_series(conn, missing))
    return found


def _select_series(conn: Connection, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    found: dict[tuple[str, str], int] = {}
    regions, indicators = sorted({r for r, _ in pairs}), sorted({i for _, i in pairs})
    for rchunk in chunks(regions, 400):
        for ichunk in chunks(indicators, 400):
            query = select(series.c.id, series.c.region, series.c.indicator).where(
                series.c.region.in_(rchunk), series.c.indicator.in_(ichunk))
            for id_, region, indicator in conn.execute(query):
                if (region, indicator) in pairs:
                    found[(region, indicator)] = id_
    return found


def series_by_id(conn: Connection) -> dict[int, tuple[str, str]]:
    """Every series' (region, indicator) by id."""
    return {id_: (r, i) for id_, r, i in conn.execute(select(series.c.id, series.c.region, series.c.indicator))}


# --------------------------------------------------------------------------
# Through the driver


def insert_figures(conn: Connection, import_id: int, plain: dict[tuple[int, int, int | None], list[tuple]],
                   revisions: list[tuple]) -> None:
    """Insert figure rows: ``plain`` rows (ROW_COLUMNS) by their (file id, sheet id, origin id),
    and revisions (ROW_COLUMNS, file id, sheet id, origin id, revised_from)."""
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        if conn.dialect.name == "postgresql":
            _copy(cursor, import_id, plain, revisions)
        else:
            _executemany(cursor, import_id, plain, revisions)
    finally:
        cursor.close()


def _executemany(cursor, import_id: int, plain: dict[tuple[int, int, int | None], list[tuple]],
                 revisions: list[tuple]) -> None:
    for (file_id, sheet_id, origin_id), rows in plain.items():
        # numbers of our own
        shared = ", ".join("NULL" if v is None else str(int(v)) for v in (file_id, sheet_id, origin_id, import_id))
        cursor.executemany(
            f"INSERT INTO {figures.name} ({', '.join(ROW_COLUMNS + SHARED_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(ROW_COLUMNS))}, {shared})",
            rows,
        )
    if revisions:
        columns = (*ROW_COLUMNS, "file_id", "sheet_id", "origin_id", "revised_from")
        cursor.executemany(
            f"INSERT INTO {figures.name} ({', '.join(columns)}, import_id) "
            f"VALUES ({', '.join('?' * len(columns))}, {int(import_id)})",
            revisions,
        )


def _copy(cursor, import_id: int, plain: dict[tuple[int, int, int | None], list[tuple]],
          revisions: list[tuple]) -> None:
    columns = (*ROW_COLUMNS, *SHARED_COLUMNS, "revised_from")
    with cursor.copy(f"COPY {figures.name} ({', '.join(columns)}) FROM STDIN") as copy:
        for (file_id, sheet_id, origin_id), rows in plain.items():
            shared = (file_id, sheet_id, origin_id, import_id, None)
            for row in rows:
                copy.write_row(row + shared)
        for row in revisions:  # ROW_COLUMNS, file, sheet, origin, revised_from
            copy.write_row((*row[:-4], row[-4], row[-3], row[-2], import_id, row[-1]))


def raw_rows(conn: Connection, query: Select) -> Iterator[list[tuple]]:
    """The rows of a query, as the driver's tuples, a batch at a time (its parameters, whole
    numbers only, written into its text)."""
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})))
        while batch := cursor.fetchmany(_BATCH):
            yield batch
    finally:
        cursor.close()
