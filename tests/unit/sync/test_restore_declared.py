"""`kiosk db restore` on a replacement terminal: declared to the register, which lists what came after."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk import outbox as core
from kiosk.backup import make_backup
from kiosk.clock import FakeClock
from kiosk.keys import training_secret_store
from kiosk.store import TRAINING_PASSWORD, Store, load_enrollment, load_terminal_token
from sync.client import RegisterClient
from sync.encoder import JsonSubmissionEncoder
from sync.engine import SyncEngine
from sync.enrollment import enroll_training_terminal, training_register
from sync.protocol import sha256_hex
from sync.simulator.server import RunningSimulator
from sync.simulator.verify import TrustStore
from sync.store_outbox import StoreOutbox, StoreRestores
from sync.testing import Adult, TestPki, household, national_number

NOW = datetime.now(UTC).replace(microsecond=0)


@pytest.fixture
def old_terminal(tmp_path: Path) -> Iterator[tuple[RunningSimulator, Store, str]]:
    data_dir = tmp_path / "old"
    with training_register(data_dir) as simulator:
        enrolled = enroll_training_terminal(data_dir, simulator, "coordinator", TRAINING_PASSWORD, NOW)
        with Store.open(data_dir, training_secret_store(data_dir)) as store:
            yield simulator, store, enrolled.recovery_code


def queue(store: Store, pki: TestPki, key: str, created_at: datetime) -> str:
    with store.begin() as session:
        record = load_enrollment(session, store)
        assert record is not None
        snapshot = household(
            pki,
            terminal_id=record.terminal_id,
            household_key=key,
            adults=[Adult(key, "A")],
            attachments=[key.encode()],
            practice=True,
            created_at=created_at,
        )
        core.enqueue_visit_end(
            session,
            snapshot,
            JsonSubmissionEncoder(),
            record.sealing_public_key,
            household_ref="ref-" + key,
            dossier_id=None,
            attachments=[(sha256_hex(key.encode()), key.encode())],
            now=created_at,
        )
        return snapshot.submission_id


def sync(store: Store, at: datetime = NOW) -> None:
    with store.begin() as session:
        record = load_enrollment(session, store)
    token = load_terminal_token(store.secrets)
    assert record is not None and token is not None
    outbox = StoreOutbox(store, at)
    with RegisterClient(record.register_url, token.decode()) as client:
        SyncEngine(
            client,
            outbox,
            FakeClock(at),
            terminal_id=record.terminal_id,
            audit_head=outbox.audit_head,
            audit_head_at=outbox.audit_head_at,
            restores=StoreRestores(store.data_dir),
        ).run_once()


def test_a_replacement_terminal_restores_declares_and_learns_what_the_register_holds(
    old_terminal: tuple[RunningSimulator, Store, str], tmp_path: Path
) -> None:
    simulator, store, code = old_terminal
    pki = TestPki()
    simulator.register.settings.trust = TrustStore([pki.root_cert])
    before = queue(store, pki, national_number("660101", 1), NOW - timedelta(hours=1))
    sync(store)
    info = make_backup(store, NOW, "daily")
    after_sent = queue(store, pki, national_number("660101", 2), NOW + timedelta(minutes=1))
    sync(store, NOW + timedelta(minutes=1))  # the register acknowledged it after the backup
    queue(store, pki, national_number("660101", 3), NOW + timedelta(minutes=2))  # never sent
    with store.begin() as session:
        terminal_id = load_enrollment(session, store).terminal_id  # type: ignore[union-attr]
    store.close()

    # The old terminal is gone; a new one gets the backup from the USB stick and the recovery code.
    new_dir = tmp_path / "replacement"
    new_dir.mkdir()
    (new_dir / "settings.toml").write_text("training = true\n")
    stick_copy = tmp_path / info.path.name
    stick_copy.write_bytes(info.path.read_bytes())
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--data-dir", str(new_dir), "db", "restore", str(stick_copy)],
        input=code + "\n",
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "restored from" in result.stdout and "must be done again" in result.stdout
    assert "ALERT restore_declared" in result.stderr
    assert after_sent in result.stdout  # listed as safe: the register holds it
    assert before not in result.stdout  # made before the backup, so it is in the restored store
    assert "ALERT audit" not in result.stderr  # a declared rollback is not tampering
    history = simulator.register.audit_history(terminal_id)
    assert history["flags"] == [] and len(history["restores"]) == 1

    # Later syncs from the restored store carry on without a flag.
    with Store.open(new_dir, training_secret_store(new_dir)) as restored:
        sync(restored)
    assert simulator.register.audit_history(terminal_id)["flags"] == []
