"""The store: creation, sign-in and lockout, operators, recovery, dossiers at rest, enrollment."""

from __future__ import annotations

import dataclasses
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import db, domain, dossiers
from kiosk.domain import Dossier, Evidence, Role, Visit
from kiosk.errors import KioskUserError, PermissionDenied, StoreError
from kiosk.keys import FileSecretStore
from kiosk.models import AuditEvent
from kiosk.models import Dossier as DossierRow
from kiosk.ports import PartialDate
from kiosk.rules import load_rules_version
from kiosk.store import (
    TRAINING_PASSWORD,
    NotEnrolled,
    OperatorLocked,
    SignInFailed,
    Store,
    add_operator,
    create_store,
    create_training_store,
    disable_operator,
    list_operators,
    load_enrollment,
    reset_with_recovery_code,
    set_password,
)
from tests.unit.core.cli_support import kiosk
from tests.unit.core.conftest import NOW, Terminal
from tests.unit.core.factories import JsonEncoder, card, confirmation

RULES = load_rules_version("2026.1")  # the declarations these tests answer


def test_pragmas_in_force(terminal: Terminal) -> None:
    assert db.pragmas_in_force(terminal.store.engine) == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "secure_delete": 1,
    }


def test_enrollment_record_round_trips(terminal: Terminal) -> None:
    with terminal.store.begin() as session:
        record = load_enrollment(session, terminal.store)
    assert record is not None
    assert (record.terminal_id, record.receipt_key) == ("T-1", b"r" * 32)
    assert record.sealing_public_key == terminal.register_public_key


def test_a_second_store_on_the_same_directory_is_refused(terminal: Terminal) -> None:
    with pytest.raises(KioskUserError, match="already holds"):
        create_store(terminal.data_dir, terminal.secrets, "x", "pass-word", NOW)


def test_open_needs_a_store_and_the_device_key(tmp_path: Path, terminal: Terminal) -> None:
    with pytest.raises(NotEnrolled):
        Store.open(tmp_path / "empty", FileSecretStore(tmp_path / "s.json"))
    with pytest.raises(StoreError, match="device key"):
        Store.open(terminal.data_dir, FileSecretStore(tmp_path / "other.json"))
    with Store.open(terminal.data_dir, terminal.secrets) as reopened:
        assert reopened.sign_in("coordinator", "oefen-coordinator", NOW).roles == {Role.COORDINATOR}


def test_wrong_passwords_lock_the_operator_for_five_minutes(terminal: Terminal) -> None:
    for _ in range(4):
        with pytest.raises(SignInFailed):
            terminal.store.sign_in("coordinator", "wrong", NOW)
    terminal.sign_in()  # a success resets the count
    for _ in range(5):
        with pytest.raises(SignInFailed):
            terminal.store.sign_in("coordinator", "wrong", NOW)
    with pytest.raises(OperatorLocked):
        terminal.store.sign_in("coordinator", "oefen-coordinator", NOW + timedelta(minutes=4))
    terminal.store.sign_in("coordinator", "oefen-coordinator", NOW + timedelta(minutes=5, seconds=1))
    with terminal.store.begin() as session:
        actions = [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
    assert actions[-3:] == ["sign_in_failed", "sign_in_locked", "sign_in"]


def test_unknown_operator_and_wrong_password_read_the_same(terminal: Terminal) -> None:
    with pytest.raises(SignInFailed) as unknown:
        terminal.store.sign_in("nobody", "x", NOW)
    with pytest.raises(SignInFailed) as wrong:
        terminal.store.sign_in("coordinator", "x", NOW)
    assert str(unknown.value) == str(wrong.value)


def test_operators_added_listed_disabled(terminal: Terminal) -> None:
    coordinator = terminal.sign_in()
    with terminal.store.begin() as session:
        add_operator(session, coordinator, "wil", frozenset({Role.WIL_STAFF}), "oefen-wil", NOW)
        add_operator(
            session, coordinator, "both", frozenset({Role.WIL_STAFF, Role.COORDINATOR}), "oefen-both", NOW
        )
    wil = terminal.store.sign_in("wil", "oefen-wil", NOW)
    with terminal.store.begin() as session, pytest.raises(PermissionDenied):
        add_operator(session, wil, "x", frozenset({Role.VOLUNTEER}), "pass-x", NOW)
    with terminal.store.begin() as session:
        names = {(o.name, o.roles) for o in list_operators(session)}
        assert ("both", frozenset({Role.WIL_STAFF, Role.COORDINATOR})) in names
        disable_operator(session, coordinator, "wil", NOW)
    with pytest.raises(SignInFailed):
        terminal.store.sign_in("wil", "oefen-wil", NOW)


def test_the_last_coordinator_cannot_be_disabled(terminal: Terminal) -> None:
    coordinator = terminal.sign_in()
    with terminal.store.begin() as session, pytest.raises(PermissionDenied, match="last coordinator"):
        disable_operator(session, coordinator, "coordinator", NOW)
    with terminal.store.begin() as session:
        add_operator(session, coordinator, "second", frozenset({Role.COORDINATOR}), "tweede-coordinator", NOW)
        disable_operator(session, coordinator, "coordinator", NOW)


def test_passwords_change_and_the_recovery_code_resets_a_coordinator(terminal: Terminal) -> None:
    coordinator = terminal.sign_in()
    with terminal.store.begin() as session:
        set_password(session, coordinator, "coordinator", "new-password", NOW)
    with pytest.raises(SignInFailed):
        terminal.sign_in()
    with pytest.raises(SignInFailed):
        reset_with_recovery_code(terminal.store, "coordinator", "AAAA-BBBB", "other", NOW)
    reset_with_recovery_code(
        terminal.store, "coordinator", terminal.recovery_code.lower(), "after-reset", NOW
    )
    unlocked = terminal.sign_in(password="after-reset")
    assert unlocked.master_key == coordinator.master_key


def _janssens(unlocked_context: domain.OperatorContext) -> Dossier:
    dossier = Dossier(kind="confirmation", candidate_number="201905140017")
    sofie = domain.member_from_card(card(), "reference_tenant")
    dossier.members.append(sofie)
    domain.record_confirmation(dossier, sofie, confirmation(about=sofie), unlocked_context)
    return dossier


def test_a_dossier_round_trips_encrypted_and_is_found_by_national_number(terminal: Terminal) -> None:
    unlocked = terminal.sign_in()
    context = unlocked.context("T-1", "Genk")
    dossier = _janssens(context)
    with terminal.store.begin() as session:
        dossiers.save_dossier(session, unlocked, dossier, context, NOW, RULES)
    with terminal.store.begin() as session:
        assert dossiers.find_by_national_number(session, terminal.store.device, "90031410231") == [
            dossier.dossier_id
        ]
        assert dossiers.find_by_national_number(session, terminal.store.device, "88110210514") == []
        loaded = dossiers.load_dossier(session, unlocked, dossier.dossier_id)
    assert loaded.members[0].national_number == "90031410231"
    assert loaded.members[0].confirmation is not None
    assert loaded.members[0].confirmation.signature == dossier.members[0].confirmation.signature  # type: ignore[union-attr]
    assert dossiers.dossier_to_json(loaded) == dossiers.dossier_to_json(dossier)


def test_evidence_is_encrypted_on_disk_and_reads_back(terminal: Terminal) -> None:
    unlocked = terminal.sign_in()
    context = unlocked.context("T-1", "Genk")
    dossier = _janssens(context)
    content = b"%PDF-1.4 aanslagbiljet Janssens 2025"
    with terminal.store.begin() as session:
        dossiers.save_dossier(session, unlocked, dossier, context, NOW, RULES)
        evidence = Evidence("tax_assessment", dossier.members[0].member_id)
        file = dossiers.add_evidence_file(
            session, unlocked, dossier, evidence, content, "application/pdf", RULES, NOW
        )
        dossiers.save_dossier(session, unlocked, dossier, context, NOW, RULES)
    on_disk = b"".join(p.read_bytes() for p in (terminal.data_dir / "evidence").iterdir())
    assert b"Janssens" not in on_disk
    with terminal.store.begin() as session:
        assert dossiers.read_evidence_file(session, unlocked, dossier.dossier_id, file.file_id) == content
    with terminal.store.begin() as session, pytest.raises(dossiers.EvidenceRejected):
        dossiers.add_evidence_file(
            session, unlocked, dossier, evidence, b"PK\x03\x04", "application/zip", RULES, NOW
        )


def test_end_visit_queues_sealed_entries_in_the_same_transaction(terminal: Terminal) -> None:
    unlocked = terminal.sign_in()
    context = unlocked.context("T-1", "Genk")
    dossier = _janssens(context)
    visit = Visit("coordinator", "T-1", "Genk", NOW)
    with pytest.raises(RuntimeError), terminal.store.begin() as session:
        dossiers.save_dossier(session, unlocked, dossier, context, NOW, RULES)
        dossiers.add_evidence_file(
            session,
            unlocked,
            dossier,
            Evidence("tax_assessment", None),
            b"%PDF-1.4 x",
            "application/pdf",
            RULES,
            NOW,
        )
        dossiers.end_visit(session, unlocked, dossier, visit, JsonEncoder(), context, RULES, NOW)
        raise RuntimeError("power cut before commit")
    from kiosk import outbox

    with terminal.store.begin() as session:
        assert outbox.queue_health(session, NOW).waiting == 0  # nothing half-written
        dossiers.save_dossier(session, unlocked, dossier, context, NOW, RULES)
        dossiers.add_evidence_file(
            session,
            unlocked,
            dossier,
            Evidence("tax_assessment", None),
            b"%PDF-1.4 x",
            "application/pdf",
            RULES,
            NOW,
        )
        ended = dossiers.end_visit(session, unlocked, dossier, visit, JsonEncoder(), context, RULES, NOW)
    assert ended.submission_id is not None and len(ended.outbox_ids) == 2
    with terminal.store.begin() as session:
        items = list(outbox.pending(session, NOW))
    assert [i.kind for i in items] == ["attachment", "submission"]
    from kiosk.sealing import open_sealed

    body = open_sealed(
        terminal.register_private_key, items[1].sealed, b"submission:" + ended.submission_id.encode()
    )
    assert b"90031410231" in body and b"90031410231" not in items[1].sealed
    assert open_sealed(
        terminal.register_private_key, items[0].sealed, b"attachment:" + items[0].sha256.encode()
    ) == (  # type: ignore[operator]
        b"%PDF-1.4 x"
    )


def test_training_mode_keeps_its_secrets_in_its_own_directory(tmp_path: Path) -> None:
    from kiosk.keys import TRAINING_SECRETS_FILE
    from kiosk.store import create_training_store, open_training_store

    with pytest.raises(KioskUserError, match="own data directory"):
        create_training_store(tmp_path / "prod", NOW, production_data_dir=tmp_path / "prod")
    store, _ = create_training_store(tmp_path / "demo", NOW, production_data_dir=tmp_path / "prod")
    store.close()
    assert (tmp_path / "demo" / TRAINING_SECRETS_FILE).stat().st_mode & 0o077 == 0
    with open_training_store(tmp_path / "demo") as reopened:
        for name in ("coordinator", "vrijwilliger", "wil"):
            reopened.sign_in(name, TRAINING_PASSWORD, NOW)
        with reopened.begin() as session:
            assert {o.name for o in list_operators(session)} == {"coordinator", "vrijwilliger", "wil"}


def test_kiosk_purge_with_as_needs_a_coordinator(tmp_path: Path) -> None:
    data_dir = tmp_path / "training"
    store, _ = create_training_store(data_dir, NOW, production_data_dir=tmp_path / "production")
    store.close()
    refused = kiosk(data_dir, "purge", "--dry-run", stdin=f"{TRAINING_PASSWORD}\n", operator="vrijwilliger")
    assert refused.returncode != 0
    assert "your role does not allow: purge" in refused.stderr
    assert "Traceback" not in refused.stderr + refused.stdout
    allowed = kiosk(data_dir, "purge", "--dry-run", stdin=f"{TRAINING_PASSWORD}\n", operator="coordinator")
    assert allowed.returncode == 0, allowed.stderr
    assert "would purge 0 dossier(s)" in allowed.stdout
    anonymous = kiosk(data_dir, "purge", "--reference", "K-0000-0000")
    assert anonymous.returncode != 0 and "needs --as" in anonymous.stderr
    unknown = kiosk(
        data_dir,
        "purge",
        "--reference",
        "K-0000-0000",
        stdin=f"{TRAINING_PASSWORD}\n",
        operator="coordinator",
    )
    assert unknown.returncode != 0 and "no dossier with reference K-0000-0000" in unknown.stderr
    assert "Traceback" not in unknown.stderr + anonymous.stderr


def test_the_stored_deadline_counts_the_rules_files_days(terminal: Terminal) -> None:
    # WIL can publish a rules file with other day counts; the deadline the queries use must follow it.
    unlocked = terminal.sign_in()
    context = unlocked.context("T-1", "Genk")
    dossier = _janssens(context)
    dossier.letter_date = date(2026, 11, 16)
    longer = dataclasses.replace(RULES, letter_days=45)
    with terminal.store.begin() as session:
        row = dossiers.save_dossier(session, unlocked, dossier, context, NOW, longer)
        assert row.deadline == date(2026, 12, 31)
        dossier.reminder_date = date(2026, 12, 20)
        row = dossiers.save_dossier(session, unlocked, dossier, context, NOW, longer)
        assert row.deadline == date(2027, 1, 4)
        assert session.get(DossierRow, dossier.dossier_id).deadline == date(2027, 1, 4)  # type: ignore[union-attr]


def test_adulthood_and_the_visit_day_follow_the_terminals_local_day(
    terminal: Terminal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    try:
        unlocked = terminal.sign_in()
        context = unlocked.context("T-1", "Genk")
        dossier = _janssens(context)
        dossier.members[0].birth_date = PartialDate(2008, 11, 28)  # 18 on 28 November 2026
        late = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # 00:30 on 28 November in Genk
        with terminal.store.begin() as session:
            row = dossiers.save_dossier(session, unlocked, dossier, context, late, RULES)
            assert row.adults_total == 1
        assert dossiers.local_day(late) == date(2026, 11, 28)
    finally:
        monkeypatch.undo()  # TZ as it was before the test, then the C library told so
        time.tzset()


@pytest.mark.parametrize("role", [Role.VOLUNTEER, Role.WIL_STAFF])
def test_only_a_coordinator_manages_operators_and_every_change_is_audited(
    terminal: Terminal, role: Role
) -> None:
    from kiosk.passwords import MIN_PASSWORD_LENGTH

    coordinator = terminal.sign_in()
    with terminal.store.begin() as session:
        add_operator(session, coordinator, "helper", frozenset({role}), "pass-helper", NOW)
        with pytest.raises(KioskUserError, match=f"at least {MIN_PASSWORD_LENGTH}"):
            add_operator(
                session, coordinator, "short", frozenset({role}), "x" * (MIN_PASSWORD_LENGTH - 1), NOW
            )
    helper = terminal.store.sign_in("helper", "pass-helper", NOW)
    with terminal.store.begin() as session:
        for attempt in (
            lambda: add_operator(session, helper, "x", frozenset({Role.VOLUNTEER}), "pass-x", NOW),
            lambda: disable_operator(session, helper, "coordinator", NOW),
            lambda: set_password(session, helper, "coordinator", "taken-over", NOW),
        ):
            with pytest.raises(PermissionDenied):
                attempt()
        set_password(session, helper, "helper", "my-own-new", NOW)  # one's own password: allowed
    with terminal.store.begin() as session:
        disable_operator(session, coordinator, "helper", NOW)
        actions = [
            (e.actor, e.action, e.subject)
            for e in session.scalars(select(AuditEvent).where(AuditEvent.subject == "helper"))
        ]
    assert actions == [
        ("coordinator", "operator_added", "helper"),
        ("helper", "password_set", "helper"),
        ("coordinator", "operator_disabled", "helper"),
    ]
    assert terminal.sign_in().master_key == coordinator.master_key  # the coordinator still opens the store
