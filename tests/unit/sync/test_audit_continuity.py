"""Audit continuity at the register: a rewritten, forked or rolled-back chain is flagged until cleared."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk import audit
from kiosk.clock import FakeClock
from kiosk.keys import training_secret_store
from kiosk.store import TRAINING_PASSWORD, Store, load_enrollment, load_terminal_token
from sync.client import RegisterClient
from sync.engine import AlertKind, SyncEngine, SyncReport
from sync.enrollment import TRAINING_REGISTER_DB, enroll_training_terminal, training_register
from sync.simulator.server import RunningSimulator
from sync.store_outbox import StoreOutbox, StoreRestores
from tests.unit.sync.conftest import Terminal

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
AUDIT_KINDS = {AlertKind.AUDIT_MISMATCH, AlertKind.AUDIT_ROLLBACK}


# --- the register's check, through the client -------------------------------------------------------


def test_a_proof_at_the_recorded_count_is_consistent_and_a_wrong_one_is_flagged_until_cleared(
    simulator: RunningSimulator, terminal: Terminal
) -> None:
    client, tid = terminal.client, terminal.terminal_id
    assert client.audit_state(tid) == (0, None)
    assert client.put_audit_head(tid, "a" * 64, 5).consistent
    assert client.audit_state(tid)[0] == 5
    good = client.put_audit_head(tid, "b" * 64, 8, previous=(5, "a" * 64))
    assert good.consistent and not good.flagged
    forked = client.put_audit_head(tid, "c" * 64, 9, previous=(8, "d" * 64))  # another history at 8
    assert not forked.consistent and forked.flagged and forked.flag is not None
    assert forked.flag.reason == "mismatch"
    # Answered on every later sync, even a consistent one, until WIL clears it.
    later = client.put_audit_head(tid, "e" * 64, 10, previous=(9, "c" * 64))
    assert later.consistent and later.flagged
    assert client.audit_state(tid)[1] is not None
    assert simulator.register.clear_audit_flags(tid) == 1
    cleared = client.put_audit_head(tid, "f" * 64, 11, previous=(10, "e" * 64))
    assert cleared.consistent and not cleared.flagged


def test_rollback_and_a_stopped_proof_are_flagged(terminal: Terminal) -> None:
    client, tid = terminal.client, terminal.terminal_id
    client.put_audit_head(tid, "a" * 64, 10)
    rolled = client.put_audit_head(tid, "b" * 64, 4)
    assert rolled.flag is not None and rolled.flag.reason == "rollback"
    assert not client.send_audit_head(tid, "c" * 64, 3)  # the old call still says "not consistent"
    client.put_audit_head(tid, "d" * 64, 5, previous=(3, "c" * 64))  # proves once...
    missing = client.put_audit_head(tid, "e" * 64, 6)  # ...so it must keep proving
    assert not missing.consistent and missing.flag is not None and missing.flag.open_flags == 3


def test_an_older_kiosk_without_proofs_still_syncs(terminal: Terminal) -> None:
    client, tid = terminal.client, terminal.terminal_id
    assert client.send_audit_head(tid, "a" * 64, 3)
    assert client.send_audit_head(tid, "b" * 64, 7)
    assert client.send_audit_head(tid, "b" * 64, 7)  # the same head again is fine
    assert not client.send_audit_head(tid, "c" * 64, 7)  # another head at the same count is not


# --- the engine over a real store: the rewritten tail of the black-box test --------------------------


@pytest.fixture
def enrolled(tmp_path: Path) -> Iterator[tuple[RunningSimulator, Store]]:
    with training_register(tmp_path) as simulator:
        enroll_training_terminal(tmp_path, simulator, "coordinator", TRAINING_PASSWORD, NOW)
        with Store.open(tmp_path, training_secret_store(tmp_path)) as store:
            yield simulator, store


def sync(store: Store, at: datetime = NOW) -> SyncReport:
    with store.begin() as session:
        record = load_enrollment(session, store)
    token = load_terminal_token(store.secrets)
    assert record is not None and token is not None
    outbox = StoreOutbox(store, at)
    with RegisterClient(record.register_url, token.decode()) as client:
        return SyncEngine(
            client,
            outbox,
            FakeClock(at),
            terminal_id=record.terminal_id,
            audit_head=outbox.audit_head,
            audit_head_at=outbox.audit_head_at,
            restores=StoreRestores(store.data_dir),
        ).run_once()


def end_visits(store: Store, count: int, at: datetime = NOW) -> None:
    with store.begin() as session:
        for _ in range(count):
            audit.append(session, store.device, actor="vrijwilliger", action="visit_ended", now=at)


def delete_events_after(store: Store, seq: int) -> None:
    """What someone with sqlite3 and the database file does to hide the last events."""
    store.close()
    connection = sqlite3.connect(store.data_dir / "kiosk.db")
    with connection:
        connection.execute("DELETE FROM audit_events WHERE seq > ?", (seq,))
    connection.close()


def test_a_rewritten_tail_is_flagged_on_every_sync_until_cleared(
    enrolled: tuple[RunningSimulator, Store],
) -> None:
    simulator, store = enrolled
    end_visits(store, 3)
    first = sync(store)
    assert not AUDIT_KINDS & {a.kind for a in first.alerts}
    with store.begin() as session:
        recorded, _head = audit.head(session)
    delete_events_after(store, recorded - 2)
    end_visits(store, 2, NOW + timedelta(hours=1))  # the count is back where it was, the history is not
    second = sync(store)
    assert [a.kind for a in second.alerts if a.kind in AUDIT_KINDS] == [AlertKind.AUDIT_MISMATCH]
    assert "flagged" in second.alerts[-1].message and "WIL" in second.alerts[-1].message
    end_visits(store, 1)
    third = sync(store)  # nothing new went wrong, but the flag stays until WIL clears it
    assert AlertKind.AUDIT_MISMATCH in {a.kind for a in third.alerts}
    with store.begin() as session:
        terminal_id = load_enrollment(session, store).terminal_id  # type: ignore[union-attr]
    db_url = f"sqlite:///{store.data_dir / TRAINING_REGISTER_DB}"
    cleared = _kiosk(store.data_dir, "register-sim", "--db", db_url, "terminal", "clear", terminal_id)
    assert cleared.returncode == 0 and "1 audit flag(s) cleared" in cleared.stdout
    assert not AUDIT_KINDS & {a.kind for a in sync(store).alerts}
    shown = _kiosk(store.data_dir, "register-sim", "--db", db_url, "terminal", "show", terminal_id)
    assert "flag mismatch" in shown.stdout and "cleared" in shown.stdout
    del simulator


def test_a_plain_rollback_is_flagged_and_stays_flagged(enrolled: tuple[RunningSimulator, Store]) -> None:
    _simulator, store = enrolled
    end_visits(store, 4)
    sync(store)
    with store.begin() as session:
        recorded, _head = audit.head(session)
    delete_events_after(store, recorded - 3)
    assert AlertKind.AUDIT_ROLLBACK in {a.kind for a in sync(store).alerts}
    later = sync(store, NOW + timedelta(hours=1))
    assert AlertKind.AUDIT_ROLLBACK in {a.kind for a in later.alerts}


def test_a_declared_restore_is_not_flagged(enrolled: tuple[RunningSimulator, Store]) -> None:
    simulator, store = enrolled
    end_visits(store, 2)
    with store.begin() as session:
        backup_count, backup_head = audit.head(session)  # the state a backup would hold
    end_visits(store, 3)
    sync(store)
    # The store goes back to the backup, then carries on (the restore writes its own event).
    delete_events_after(store, backup_count)
    from kiosk.backup import RestoreReport, write_pending_restore

    info = _info(backup_count, backup_head)
    write_pending_restore(store.data_dir, RestoreReport(info, "5b0e2a4e-54b5-4b38-9a51-3c2d0e6f0a11", NOW))
    end_visits(store, 1)
    report = sync(store)
    kinds = {a.kind for a in report.alerts}
    assert AlertKind.RESTORE_DECLARED in kinds and not kinds & AUDIT_KINDS
    assert report.restore is not None
    assert not (store.data_dir / "restore-pending.json").exists()
    assert not AUDIT_KINDS & {a.kind for a in sync(store).alerts}
    with store.begin() as session:
        terminal_id = load_enrollment(session, store).terminal_id  # type: ignore[union-attr]
    history = simulator.register.audit_history(terminal_id)
    assert history["flags"] == [] and history["restores"][0]["backup_count"] == backup_count


def test_sync_once_prints_the_flag_and_exits_6(enrolled: tuple[RunningSimulator, Store]) -> None:
    simulator, store = enrolled
    end_visits(store, 3)
    with store.begin() as session:
        record = load_enrollment(session, store)
    assert record is not None
    simulator.register.record_audit_head(record.terminal_id, "a" * 64, 1)  # the register saw another history
    store.close()
    (store.data_dir / "settings.toml").write_text("training = true\n")  # secrets in the training file
    result = _kiosk(store.data_dir, "sync", "--once")
    assert result.returncode == 6, result.stderr
    assert "kiosk: ALERT audit_mismatch: the register has flagged this terminal" in result.stderr


def _info(count: int, head: str) -> object:
    from kiosk.backup import BackupInfo

    return BackupInfo(Path("x"), NOW, "manual", "store", "t", count, head, b"")


def _kiosk(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from ui.cli import run; run()", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
