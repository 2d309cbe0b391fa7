"""Upgrades keep data: a training data directory made by the previous release opens in this one."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import db, dossiers
from kiosk.passwords import FORMER_TRAINING_PASSWORD
from kiosk.store import TRAINING_PASSWORD, PasswordChangeRequired, open_training_store, updates_cursor

NOW = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
FIXTURE = Path(__file__).resolve().parents[1] / "data" / "upgrade" / "training-0001"


def _revision(database: Path) -> str:
    with closing(sqlite3.connect(database)) as connection:  # `with connection` alone never closes it
        return str(connection.execute("select version_num from alembic_version").fetchone()[0])


def test_a_training_directory_of_revision_0001_opens_with_its_data(tmp_path: Path) -> None:
    data_dir = tmp_path / "training"
    shutil.copytree(FIXTURE, data_dir)
    assert _revision(data_dir / "kiosk.db") == "0001"
    assert db.head_revision() != "0001", "this test needs a newer revision than the fixture's"

    store = open_training_store(data_dir)  # migrates in-process, after a backup
    # That release's password ("oefen", 5 characters) still opens it once, to set a new one.
    with pytest.raises(PasswordChangeRequired):
        store.sign_in("coordinator", FORMER_TRAINING_PASSWORD, NOW)
    coordinator = store.sign_in("coordinator", FORMER_TRAINING_PASSWORD, NOW, new_password=TRAINING_PASSWORD)
    with store.begin() as session:
        found = dossiers.find_by_national_number(session, store.device, "90031410231")
        assert len(found) == 1
        dossier = dossiers.load_dossier(session, coordinator, found[0])
        assert updates_cursor(session) == 0  # the new column, with its default
    store.close()

    reference = dossier.members[0]
    assert (reference.surname, reference.first_names) == ("Janssens", "Sofie")
    assert dossier.candidate_number == "201905140017"
    assert _revision(data_dir / "kiosk.db") == db.head_revision()
    assert not list((data_dir / "backups").glob("*")), "the backup is removed once the upgrade is verified"
