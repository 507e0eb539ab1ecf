"""Shared fixtures: ``db_url``, a fresh store on SQLite and, when TRACKER_TEST_PG_URL
is set (``eval "$(bash .ci/pg-start)"``), on PostgreSQL too."""

from __future__ import annotations

import os
import uuid

import pytest

PG_URL = os.environ.get("TRACKER_TEST_PG_URL")

# Tests write their actuals files a moment before reading them: with the default settle
# time every command would wait a second for a second look (tracker.ingest.listing).
# The tests of that second look set it themselves.
os.environ.setdefault("TRACKER_SETTLE_SECONDS", "0")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """The URL of an empty database: a SQLite file, or a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / '.tracker' / 'tracker.db'}"
        return
    if not PG_URL:
        pytest.skip("TRACKER_TEST_PG_URL is not set (start a server with .ci/pg-start)")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name = f"t_{uuid.uuid4().hex[:16]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def engine(db_url):
    """A store opened on ``db_url`` (created and migrated), disposed of after the test."""
    from tracker.store import open_store

    e = open_store(db_url)
    yield e
    e.dispose()
