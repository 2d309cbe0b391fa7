"""The SQLite engine with its pragmas, and in-process Alembic migrations with a backup first.

Pragmas on every connection: WAL (readers never block the writer), `synchronous=FULL` (a commit
survives a power cut, WAL included), `foreign_keys=ON`, `secure_delete=ON` (deleted rows, such as a
purged data key, are overwritten with zeros), and a busy timeout so the UI, sync and the CLI can share
the file.

Migrations change the schema only and never need a key, so they run before anyone signs in:
`upgrade(path)` compares the database revision with the script head, copies the file to
`backups/` (when it holds data), applies the migrations in-process (a frozen bundle has no `alembic`
command), checks the result with `PRAGMA integrity_check`, then removes the backup.

A file SQLite calls corrupt or not a database (SQLITE_CORRUPT, SQLITE_NOTADB) raises `StoreDamaged`
naming the file, from any query on an engine of `make_engine`, so no caller shows SQLite's own
traceback. `integrity_problems` runs the full `PRAGMA integrity_check` for `kiosk db check`.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.orm import Session, sessionmaker

from kiosk.errors import StoreDamaged, StoreError

log = logging.getLogger(__name__)

DATABASE_FILE = "kiosk.db"
BACKUPS_DIR = "backups"
PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": 2,  # FULL
    "foreign_keys": 1,
    "secure_delete": 1,
}
# SQLite's primary result codes for a damaged file (https://www.sqlite.org/rescode.html).
SQLITE_CORRUPT, SQLITE_NOTADB = 11, 26


def make_engine(path: Path) -> Engine:
    """An engine on the SQLite file at `path` with the kiosk's pragmas on every connection."""
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30})
    event.listen(engine, "connect", _set_pragmas)
    # pysqlite's own transaction handling defers BEGIN; take it over so BEGIN is explicit.
    event.listen(engine, "begin", _begin_immediate)
    event.listen(engine, "handle_error", _damage_names_the_file(path))
    return engine


def damage_problem(error: BaseException) -> str | None:
    """SQLite's words when `error` says the file is damaged (corrupt or not a database), else None."""
    if isinstance(error, sqlite3.DatabaseError):
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB):
            return str(error)
    return None


def _damage_names_the_file(path: Path) -> Any:
    def translate(context: ExceptionContext) -> None:
        problem = damage_problem(context.original_exception)
        if problem is not None:
            raise StoreDamaged(path, problem)

    return translate


def check_not_empty(path: Path) -> None:
    """Refuse an empty database file: SQLite would take it for a new database and build one there."""
    if path.is_file() and path.stat().st_size == 0:
        raise StoreDamaged(path, "the file is empty (0 bytes)")


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _begin_immediate(connection: Any) -> None:
    # IMMEDIATE takes the write lock at BEGIN, so two writers queue instead of failing mid-way.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions on `engine`; callers frame units of work with `with factory.begin() as session:`."""
    return sessionmaker(engine, expire_on_commit=False)


def pragmas_in_force(engine: Engine) -> dict[str, object]:
    """Read back the pragmas a fresh connection has (for tests and the self-test)."""
    with engine.connect() as connection:
        return {name: connection.execute(text(f"PRAGMA {name}")).scalar() for name in PRAGMAS}


def checkpoint(engine: Engine, attempts: int = 50) -> bool:
    """Fold the WAL into the database and truncate it (after a purge, so no old page lingers).

    Runs outside any transaction (a checkpoint cannot run inside one); retries while a reader holds
    the WAL. Returns whether the WAL was fully checkpointed and truncated.
    """
    raw = engine.raw_connection()
    try:
        for _ in range(attempts):
            cursor = raw.cursor()
            busy = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            cursor.close()
            if busy == 0:
                return True
            time.sleep(0.05)
        log.warning("the WAL could not be truncated: another process is reading")
        return False
    finally:
        raw.close()


def integrity_ok(engine: Engine) -> bool:
    """Whether `PRAGMA integrity_check` answers ok."""
    with engine.connect() as connection:
        return connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def quick_check(engine: Engine, path: Path) -> None:
    """Raise `StoreDamaged` unless SQLite's `PRAGMA quick_check` answers ok (the kiosk's start-up check).

    quick_check reads every page but skips the index cross-checks of integrity_check: a damaged page
    shows at start-up, not in the middle of a visit.
    """
    with engine.connect() as connection:
        answers = [str(row[0]) for row in connection.execute(text("PRAGMA quick_check(5)"))]
    if answers != ["ok"]:
        raise StoreDamaged(path, "; ".join(answers))


def integrity_problems(path: Path, limit: int = 20) -> list[str]:
    """SQLite's full `PRAGMA integrity_check` of the file, read-only: [] when it answers ok.

    A file too damaged to check at all gives SQLite's one error message as the only problem.
    """
    check_not_empty(path)
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError as error:
        return [str(error)]
    try:
        rows = connection.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    finally:
        connection.close()
    answers = [str(row[0]) for row in rows]
    return [] if answers == ["ok"] else answers


# --- migrations ------------------------------------------------------------------------------


def migrations_config(folder: Path) -> Config:
    """An Alembic configuration pointing at the migrations in `folder` (the store's, the register's)."""
    config = Config()
    config.set_main_option("script_location", str(folder))
    return config


def newest_revision(config: Config) -> str:
    """The newest revision of the migrations `config` points at."""
    head = ScriptDirectory.from_config(config).get_current_head()
    if head is None:  # pragma: no cover - the packages always ship migrations
        raise StoreError("no migrations shipped")
    return head


def alembic_config() -> Config:
    """An Alembic configuration pointing at the store's migrations shipped in this package."""
    return migrations_config(Path(__file__).parent / "migrations")


def head_revision() -> str:
    """The newest store migration's revision id."""
    return newest_revision(alembic_config())


def current_revision(engine: Engine) -> str | None:
    """The database's revision, None for an empty (or pre-Alembic) database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    """Whether the database is behind the shipped migrations."""
    return current_revision(engine) != head_revision()


def upgrade(
    path: Path, now: datetime | None = None, before_migration: Callable[[], None] | None = None
) -> Path | None:
    """Back up (if the file holds data), migrate to head in-process, verify, drop the backup.

    Returns the backup path while it exists (None when nothing was to do or no backup was needed);
    after a verified migration the backup is removed. On failure the backup is kept and named in
    the `StoreError`. `before_migration` runs first when a store with data is about to be migrated
    (`Store.open` makes its encrypted backup there, `kiosk.backup`).
    """
    engine = make_engine(path)
    try:
        if not needs_upgrade(engine):
            return None
        if before_migration is not None and current_revision(engine):
            before_migration()
        backup = _backup(engine, path, now or datetime.now(UTC)) if current_revision(engine) else None
        try:
            with engine.begin() as connection:
                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            if not integrity_ok(engine) or needs_upgrade(engine):
                raise StoreError("the migrated database failed its check")
        except StoreDamaged:
            raise
        except Exception as error:
            where = f"; the copy from before is {backup}" if backup else ""
            raise StoreError(f"database migration failed ({type(error).__name__}){where}") from error
        if backup is not None:
            backup.unlink()
            remove_stale_backup_dir(path)
            log.info("database migrated to %s; backup removed", head_revision())
        return None
    finally:
        engine.dispose()


def _backup(engine: Engine, path: Path, now: datetime) -> Path:
    folder = path.parent / BACKUPS_DIR
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.stem}-{now.strftime('%Y%m%dT%H%M%SZ')}.db"
    # sqlite3's backup API copies a consistent snapshot, WAL included.
    with engine.connect() as connection:
        source = connection.connection.dbapi_connection
        if not isinstance(source, sqlite3.Connection):  # pragma: no cover - always pysqlite
            raise StoreError("not an SQLite connection")
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    return target


def remove_stale_backup_dir(path: Path) -> None:
    """Remove an empty backups folder (kept only while a backup exists)."""
    folder = path.parent / BACKUPS_DIR
    if folder.is_dir() and not any(folder.iterdir()):
        shutil.rmtree(folder)
