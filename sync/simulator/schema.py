"""The register's database: engines for SQLite and PostgreSQL, and its Alembic migrations in-process.

SQLite (training, tests) gets WAL, `synchronous=FULL`, foreign keys, a busy timeout and `BEGIN
IMMEDIATE`, so concurrent writers queue instead of failing half-way through a transaction.
PostgreSQL (the intake service in production) is reached through psycopg 3: a plain
`postgresql://` URL is read as `postgresql+psycopg://`.

Migrations ship in the package (`sync/simulator/migrations`) and run in-process (a frozen bundle has
no `alembic` command). A database made by `create_all` before the register came under Alembic is
stamped at the baseline once its tables are completed, then upgraded like any other.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text

from kiosk.db import current_revision as current_revision  # the same question of any database
from kiosk.db import migrations_config, newest_revision
from sync.simulator import models as m

BASELINE = "0001"
# Any fixed number: PostgreSQL's advisory lock that lets one process at a time migrate.
_MIGRATION_LOCK = 0x43495231


def engine_url(db_url: str) -> str:
    """The SQLAlchemy URL of `db_url`: PostgreSQL goes through psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if db_url.startswith(prefix):
            return "postgresql+psycopg://" + db_url.removeprefix(prefix)
    return db_url


def is_sqlite(engine: Engine) -> bool:
    """Whether `engine` is on SQLite (one writer at a time) rather than PostgreSQL."""
    return engine.dialect.name == "sqlite"


def make_engine(db_url: str) -> Engine:
    """Create the engine; SQLite gets WAL, FULL sync, foreign keys and `BEGIN IMMEDIATE`."""
    url = engine_url(db_url)
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _sqlite_pragmas(connection: sqlite3.Connection, _record: Any) -> None:
    connection.isolation_level = None  # BEGIN is issued by _begin_immediate, not by pysqlite
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _begin_immediate(connection: Any) -> None:
    # IMMEDIATE takes SQLite's write lock at BEGIN: a transaction that reads and then writes can
    # never find its snapshot outdated half-way (which SQLite answers with SQLITE_BUSY at once).
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def alembic_config() -> Config:
    """An Alembic configuration pointing at the register's migrations shipped in this package."""
    return migrations_config(Path(__file__).parent / "migrations")


def head_revision() -> str:
    """The newest register migration's revision id."""
    return newest_revision(alembic_config())


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema (a no-op when it is there already)."""
    with _migration_lock(engine) as connection:
        config = alembic_config()
        config.attributes["connection"] = connection
        if _made_before_alembic(connection):
            # create_all made today's baseline tables (and, run again, added the ones a newer
            # simulator brought): complete them, then say which revision they are.
            m.Base.metadata.create_all(connection, tables=_baseline_tables())
            command.stamp(config, BASELINE)
        command.upgrade(config, "head")


def _baseline_tables() -> list[Any]:
    # Made from today's models: right for the tables a pre-Alembic simulator could lack (the audit
    # tables, added last), which no migration has changed since the baseline.
    names = set(BASELINE_TABLES)
    return [table for table in m.Base.metadata.sorted_tables if table.name in names]


BASELINE_TABLES = (
    "register_keys",
    "enrollment_codes",
    "terminals",
    "staff",
    "households",
    "members",
    "evidence",
    "attachments",
    "submissions",
    "household_terminals",
    "events",
    "daily_sequences",
    "lookup_audit",
    "audit_heads",
    "audit_checks",
    "audit_flags",
    "restore_declarations",
)


def _made_before_alembic(connection: Connection) -> bool:
    tables = set(inspect(connection).get_table_names())
    return "alembic_version" not in tables and "households" in tables


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction; on PostgreSQL, one process at a time (several workers start)."""
    with engine.begin() as connection:
        if not is_sqlite(engine):
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
        yield connection
