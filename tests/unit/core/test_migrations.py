"""Migrations: an empty database upgraded equals the models; linear history; backup around upgrades."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from kiosk import db
from kiosk.errors import StoreError
from kiosk.models import Base

EXTRA_REVISION = '''"""Test-only: add a column."""

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    {body}


def downgrade() -> None:
    pass
'''


def test_upgrading_an_empty_database_equals_the_models(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    db.upgrade(path)
    engine = db.make_engine(path)
    try:
        with engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
        assert differences == []
        assert db.current_revision(engine) == db.head_revision()
        assert not db.needs_upgrade(engine)
    finally:
        engine.dispose()


def test_the_history_is_linear() -> None:
    scripts = ScriptDirectory.from_config(db.alembic_config())
    assert len(scripts.get_heads()) == 1
    assert len(scripts.get_bases()) == 1
    for revision in scripts.walk_revisions():
        assert not revision.is_merge_point and not revision.is_branch_point


def _with_extra_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    folder = tmp_path / "migrations"
    shutil.copytree(Path(db.__file__).parent / "migrations", folder)
    (folder / "versions" / "9999_extra.py").write_text(
        EXTRA_REVISION.format(head=db.head_revision(), body=body), encoding="utf-8"
    )
    config = db.alembic_config()
    config.set_main_option("script_location", str(folder))
    monkeypatch.setattr(db, "alembic_config", lambda: config)


def _database_with_data(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "kiosk.db"
    db.upgrade(path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "INSERT INTO tombstones VALUES ('d1', 'K-1', NULL, '2026-01-01 00:00:00', NULL, "
            "'2026-02-01 00:00:00', 'ab', 'test')"
        )
    return path


def test_a_backup_is_written_before_upgrading_and_removed_afterwards(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _database_with_data(tmp_path)
    _with_extra_migration(
        tmp_path, monkeypatch, 'op.add_column("tombstones", sa.Column("note", sa.String(50)))'
    )
    seen: list[tuple[Path, int]] = []
    real_upgrade = db.command.upgrade

    def watching_upgrade(config: object, revision: str) -> None:
        for backup in (path.parent / db.BACKUPS_DIR).glob("*.db"):
            with closing(sqlite3.connect(backup)) as copy:
                seen.append((backup, copy.execute("SELECT count(*) FROM tombstones").fetchone()[0]))
        real_upgrade(config, revision)  # type: ignore[arg-type]

    monkeypatch.setattr(db.command, "upgrade", watching_upgrade)
    db.upgrade(path)
    assert len(seen) == 1 and seen[0][1] == 1, "one backup with the data existed while migrating"
    assert not seen[0][0].exists(), "the backup is removed once the migration is verified"
    with closing(sqlite3.connect(path)) as migrated:
        assert migrated.execute("SELECT local_reference, note FROM tombstones").fetchall() == [("K-1", None)]


def test_a_failed_migration_keeps_the_backup_and_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _database_with_data(tmp_path)
    _with_extra_migration(tmp_path, monkeypatch, 'raise RuntimeError("broken migration")')
    with pytest.raises(StoreError, match=r"the copy from before is .*backups"):
        db.upgrade(path)
    backups = list((path.parent / db.BACKUPS_DIR).glob("*.db"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as backup:
        assert backup.execute("SELECT count(*) FROM tombstones").fetchone() == (1,)


def test_an_empty_database_needs_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "kiosk.db"
    db.upgrade(path)
    assert not (tmp_path / db.BACKUPS_DIR).exists()
    assert db.upgrade(path) is None  # already at head: nothing to do


def _at_revision(path: Path, revision: str) -> None:
    engine = db.make_engine(path)
    try:
        with engine.begin() as connection:
            config = db.alembic_config()
            config.attributes["connection"] = connection
            db.command.upgrade(config, revision)
    finally:
        engine.dispose()


def test_queued_sealed_bytes_move_to_their_own_table_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "data" / "kiosk.db"
    path.parent.mkdir()
    _at_revision(path, "0002")
    scan = bytes(range(256)) * 4096  # a 1 MiB sealed scan waiting to be sent
    with closing(sqlite3.connect(path)) as connection, connection:
        for entry_id, kind, box in ((1, "attachment", scan), (2, "submission", b"sealed body")):
            connection.execute(
                "INSERT INTO outbox (id, household_ref, submission_id, kind, sealed, state, attempts, "
                "next_attempt_at, practice, created_at) VALUES (?, 'ref', 'sub-1', ?, ?, 'queued', 0, "
                "'2026-11-27 09:00:00', 0, '2026-11-27 09:00:00')",
                (entry_id, kind, box),
            )
    db.upgrade(path)
    with closing(sqlite3.connect(path)) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(outbox)")]
        moved = connection.execute("SELECT entry_id, sealed FROM outbox_sealed ORDER BY entry_id").fetchall()
        states = connection.execute("SELECT id, kind, state FROM outbox ORDER BY id").fetchall()
    assert "sealed" not in columns
    assert moved == [(1, scan), (2, b"sealed body")]
    assert states == [(1, "attachment", "queued"), (2, "submission", "queued")]
