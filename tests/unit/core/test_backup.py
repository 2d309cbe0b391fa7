"""Encrypted backups: sealed to the recovery code's key pair, kept N days, copied; restores purge again."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import audit, backup, purge
from kiosk.backup import BackupError, BackupSettings, make_backup, restore
from kiosk.keys import DEVICE_KEY, FileSecretStore
from kiosk.models import Dossier as DossierRow
from kiosk.models import DossierKey, OutboxEntry, Tombstone
from kiosk.outbox import ACKNOWLEDGED, SUBMISSION
from kiosk.rules import load_rules_version
from kiosk.store import Store
from tests.unit.core.conftest import NOW, Terminal
from tests.unit.core.factories import JsonEncoder
from tests.unit.core.visits import PLAINTEXTS, full_visit

RULES = load_rules_version("2026.1")  # the declarations these tests answer


def visit(terminal: Terminal, at: object = NOW) -> str:
    """One whole visit; return the dossier's id."""
    return full_visit(terminal.store, at, JsonEncoder()).dossier.dossier_id  # type: ignore[arg-type]


def reference(store: Store, dossier_id: str) -> str:
    with store.begin() as session:
        row = session.get(DossierRow, dossier_id)
        assert row is not None
        return row.local_reference


def acknowledge(store: Store, dossier_id: str) -> None:
    """What sync does when the register answers a dossier's submission."""
    with store.begin() as session:
        for entry in session.scalars(select(OutboxEntry).where(OutboxEntry.dossier_id == dossier_id)):
            entry.state, entry.answer, entry.acknowledged_at = ACKNOWLEDGED, "{}", NOW


def test_a_backup_holds_no_plaintext_and_opens_only_with_the_recovery_code(terminal: Terminal) -> None:
    visit(terminal)
    info = make_backup(terminal.store, NOW, "manual")
    raw = info.path.read_bytes()
    for needles in PLAINTEXTS.values():
        assert not any(needle in raw for needle in needles)
    assert b"SQLite format" not in raw and terminal.secrets.get(DEVICE_KEY) not in raw  # type: ignore[operator]
    assert info.audit_count > 0 and info.reason == "manual"
    with pytest.raises(BackupError, match="recovery code"):
        backup.open_backup(info.path, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", terminal.data_dir / "x")
    # A changed byte anywhere after the header is refused, never half restored.
    damaged = info.path.with_name("damaged.cirbackup")
    damaged.write_bytes(raw[:-100] + bytes([raw[-100] ^ 1]) + raw[-99:])
    with pytest.raises(BackupError, match=r"damaged|does not open"):
        backup.open_backup(damaged, terminal.recovery_code, terminal.data_dir / "x")
    cut = info.path.with_name("cut.cirbackup")
    cut.write_bytes(raw[: len(raw) // 2])
    with pytest.raises(BackupError):
        backup.open_backup(cut, terminal.recovery_code, terminal.data_dir / "x")
    # Without its last chunk (the tar archive may be whole before it) it is refused as cut short.
    start = len(backup.MAGIC) + 4 + int.from_bytes(raw[len(backup.MAGIC) : len(backup.MAGIC) + 4], "big") + 32
    records, offset = [], start
    while offset < len(raw):
        size = int.from_bytes(raw[offset : offset + 4], "big")
        records.append((offset, size + 4))
        offset += size + 4
    last_dropped = info.path.with_name("short.cirbackup")
    last_dropped.write_bytes(raw[: records[-1][0]])
    with pytest.raises(BackupError, match="cut short"):
        backup.open_backup(last_dropped, terminal.recovery_code, terminal.data_dir / "x")
    assert not (terminal.data_dir / "x").exists()  # nothing half-opened left behind


def test_a_replacement_terminal_opens_a_backup_with_the_recovery_code_alone(
    terminal: Terminal, tmp_path: Path
) -> None:
    dossier_id = visit(terminal)
    info = make_backup(terminal.store, NOW, "manual")
    new_dir, new_secrets = tmp_path / "new-terminal", FileSecretStore(tmp_path / "new-secrets.json")
    new_dir.mkdir()
    report = restore(new_dir, new_secrets, info.path, terminal.recovery_code, NOW, RULES)
    assert report.replaced_dir is None and report.purges_reapplied == []
    assert new_secrets.get(DEVICE_KEY) == terminal.secrets.get(DEVICE_KEY)  # carried in the backup
    with Store.open(new_dir, new_secrets) as store:
        unlocked = store.sign_in("coordinator", "oefen-coordinator", NOW)
        from kiosk.dossiers import load_dossier

        with store.begin() as session:
            assert load_dossier(session, unlocked, dossier_id).members  # the content opens
            assert audit.verify(session, store.device).ok
            events = session.scalars(select(audit.AuditEvent).order_by(audit.AuditEvent.seq))
            actions = [e.action for e in events]
        assert actions[-2:] == ["store_restored", "sign_in"]
        evidence = list((new_dir / "evidence").glob("*.bin"))
        assert evidence and all(p.read_bytes() for p in evidence)
    assert backup.read_pending_restore(new_dir) is not None  # waits for sync to declare it


def test_backups_are_kept_for_the_retention_and_copied_to_the_stick(
    terminal: Terminal, tmp_path: Path
) -> None:
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    settings = BackupSettings(retention_days=14, copy_dir=stick)
    for days_ago in (30, 20, 10, 1):
        make_backup(terminal.store, NOW - timedelta(days=days_ago), "daily", settings)
    here = sorted(p.name for p in backup.backups_dir(terminal.data_dir).glob("*.cirbackup"))
    copied = sorted(p.name for p in stick.glob("*.cirbackup"))
    assert here == copied and len(here) == 2  # 10 and 1 days old; 20 and 30 went
    # The stick is pulled out: the backup is still made here, with a warning, no error.
    shutil.rmtree(stick)
    info = make_backup(terminal.store, NOW, "manual", settings)
    assert info.path.exists() and not stick.exists()
    # Long switched off: the newest backup stays even when past the retention.
    assert backup.prune(backup.backups_dir(terminal.data_dir), NOW + timedelta(days=400), 14) != []
    assert len(list(backup.backups_dir(terminal.data_dir).glob("*.cirbackup"))) == 1


def test_the_daily_backup_is_made_once_a_day(terminal: Terminal) -> None:
    assert backup.backup_if_due(terminal.store, NOW) is not None
    assert backup.backup_if_due(terminal.store, NOW + timedelta(hours=23)) is None
    assert backup.backup_if_due(terminal.store, NOW + timedelta(hours=24)) is not None


def test_without_a_backup_key_a_backup_says_how_to_set_one(terminal: Terminal) -> None:
    terminal.secrets.delete(backup.BACKUP_PUBLIC_KEY)  # a terminal enrolled before backups existed
    with pytest.raises(BackupError, match="backup-key"):
        make_backup(terminal.store, NOW, "manual")
    assert backup.backup_if_due(terminal.store, NOW) is None
    backup.check_recovery_code(terminal.store, terminal.recovery_code)
    backup.enable_backups(terminal.secrets, terminal.recovery_code)
    assert make_backup(terminal.store, NOW, "manual").path.exists()


def test_restore_purges_again_what_was_purged_after_the_backup_and_lists_later_dossiers(
    terminal: Terminal,
) -> None:
    erased, kept = visit(terminal), visit(terminal)
    info = make_backup(terminal.store, NOW, "manual")
    purge.purge_on_request(
        terminal.store, reference(terminal.store, erased), NOW + timedelta(minutes=5), actor="c"
    )
    safe = visit(terminal, NOW + timedelta(minutes=10))  # after the backup, sent to the register
    acknowledge(terminal.store, safe)
    lost = visit(terminal, NOW + timedelta(minutes=20))  # after the backup, still waiting
    refs = {d: reference(terminal.store, d) for d in (kept, safe, lost)}
    terminal.store.close()

    later = NOW + timedelta(hours=1)
    report = restore(terminal.data_dir, terminal.secrets, info.path, terminal.recovery_code, later, RULES)

    assert report.replaced_dir is not None and (report.replaced_dir / "kiosk.db").exists()  # kept aside
    assert report.purges_reapplied == [reference_of_tombstone(terminal, erased)]
    assert report.later_dossiers is not None
    assert [(d.local_reference, d.acknowledged) for d in report.later_dossiers] == [
        (refs[safe], True),
        (refs[lost], False),
    ]
    assert report.window == (NOW, later)
    with Store.open(terminal.data_dir, terminal.secrets) as store, store.begin() as session:
        assert session.get(DossierRow, erased) is None and session.get(DossierKey, erased) is None
        assert session.get(Tombstone, erased) is not None
        assert session.get(DossierRow, kept) is not None
        assert audit.verify(session, store.device).ok


def reference_of_tombstone(terminal: Terminal, dossier_id: str) -> str:
    import sqlite3

    aside = next(terminal.data_dir.glob("replaced-*"))
    connection = sqlite3.connect(aside / "kiosk.db")
    try:
        return str(
            connection.execute(
                "SELECT local_reference FROM tombstones WHERE dossier_id = ?", (dossier_id,)
            ).fetchone()[0]
        )
    finally:
        connection.close()


def test_a_lost_store_is_purged_again_from_the_journal_on_the_stick(
    terminal: Terminal, tmp_path: Path
) -> None:
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    erased = visit(terminal)
    info = make_backup(terminal.store, NOW, "manual", BackupSettings(copy_dir=stick))
    purge.purge_on_request(terminal.store, reference(terminal.store, erased), NOW, actor="c")
    make_backup(terminal.store, NOW + timedelta(seconds=1), "before-purge", BackupSettings(copy_dir=stick))
    # The terminal is lost; a replacement restores the older backup from the stick.
    new_dir, new_secrets = tmp_path / "replacement", FileSecretStore(tmp_path / "replacement.json")
    new_dir.mkdir()
    report = restore(new_dir, new_secrets, stick / info.path.name, terminal.recovery_code, NOW, RULES, stick)
    assert len(report.purges_reapplied) == 1 and report.later_dossiers is None
    with Store.open(new_dir, new_secrets) as store, store.begin() as session:
        assert session.get(DossierRow, erased) is None and session.get(Tombstone, erased) is not None


def test_restore_applies_the_retention_rules_too(terminal: Terminal) -> None:
    old = visit(terminal, NOW - timedelta(days=RULES.max_retention_days + 1))
    info = make_backup(terminal.store, NOW - timedelta(days=2), "daily")
    terminal.store.close()
    report = restore(terminal.data_dir, terminal.secrets, info.path, terminal.recovery_code, NOW, RULES)
    assert len(report.purges_reapplied) == 1
    with Store.open(terminal.data_dir, terminal.secrets) as store, store.begin() as session:
        assert session.get(DossierRow, old) is None


def test_a_damaged_store_is_restored_and_its_later_dossiers_cannot_be_listed(terminal: Terminal) -> None:
    kept = visit(terminal)
    info = make_backup(terminal.store, NOW, "manual")
    terminal.store.close()
    (terminal.data_dir / "kiosk.db").write_bytes(b"\x00" * 4096)  # a damaged file
    report = restore(terminal.data_dir, terminal.secrets, info.path, terminal.recovery_code, NOW, RULES)
    assert report.later_dossiers is None
    with Store.open(terminal.data_dir, terminal.secrets) as store, store.begin() as session:
        assert session.get(DossierRow, kept) is not None


def test_a_migration_makes_an_encrypted_backup_first(terminal: Terminal) -> None:
    from kiosk import db

    terminal.store.close()
    engine = db.make_engine(terminal.data_dir / "kiosk.db")
    with engine.begin() as connection:  # the store as an older version left it
        config = db.alembic_config()
        config.attributes["connection"] = connection
        db.command.downgrade(config, "0001")
    engine.dispose()
    with Store.open(terminal.data_dir, terminal.secrets):
        pass
    made = [p.name for p in backup.backups_dir(terminal.data_dir).glob("*.cirbackup")]
    assert len(made) == 1 and "before-migration" in made[0]


def test_submissions_still_waiting_survive_nothing_but_are_listed(terminal: Terminal) -> None:
    info = make_backup(terminal.store, NOW, "manual")
    waiting = visit(terminal, NOW + timedelta(minutes=1))
    with terminal.store.begin() as session:
        kinds = {
            e.kind for e in session.scalars(select(OutboxEntry).where(OutboxEntry.dossier_id == waiting))
        }
    assert SUBMISSION in kinds
    terminal.store.close()
    report = restore(terminal.data_dir, terminal.secrets, info.path, terminal.recovery_code, NOW, RULES)
    assert [d.acknowledged for d in report.later_dossiers or []] == [False]
