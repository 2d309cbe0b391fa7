"""Reprints: coordinators only (the roles table), from the stored dossier, always audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kiosk import audit, keys, reprints
from kiosk.errors import PermissionDenied
from kiosk.models import AuditEvent
from tests.unit.core.conftest import NOW, Terminal
from tests.unit.core.factories import JsonEncoder
from tests.unit.core.visits import full_visit


def test_a_coordinator_reprints_the_stored_dossier_and_it_is_audited(terminal: Terminal) -> None:
    result = full_visit(terminal.store, NOW, JsonEncoder())
    coordinator = terminal.sign_in()
    with terminal.store.begin() as session:
        entries = reprints.reprint_entries(session, coordinator)
        assert [e.dossier_id for e in entries] == [result.dossier.dossier_id]
        assert entries[0].local_reference == result.ended.local_reference
        assert not entries[0].final
        source = reprints.open_for_reprint(session, coordinator, result.dossier.dossier_id, NOW)
    assert source.local_reference == result.ended.local_reference
    assert [m.national_number for m in source.dossier.members] == [
        m.national_number for m in result.dossier.members
    ]
    with terminal.store.begin() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "receipt_reprinted")).all()
        assert [(e.actor, e.subject, e.details) for e in events] == [
            ("coordinator", result.dossier.dossier_id, '{"final":false}')
        ]
        assert audit.verify(session, terminal.store.device).ok


def test_wil_staff_and_volunteers_may_not_reprint(terminal: Terminal) -> None:
    result = full_visit(terminal.store, NOW, JsonEncoder())
    staff = terminal.store.sign_in("wil", "oefen-wil", NOW)
    with terminal.store.begin() as session:
        with pytest.raises(PermissionDenied):
            reprints.reprint_entries(session, staff)
        with pytest.raises(PermissionDenied):
            reprints.open_for_reprint(session, staff, result.dossier.dossier_id, NOW)
        assert not session.scalars(select(AuditEvent).where(AuditEvent.action == "receipt_reprinted")).all()


def test_an_unknown_dossier_is_a_key_error_and_nothing_is_audited(terminal: Terminal) -> None:
    coordinator = terminal.sign_in()
    with terminal.store.begin() as session, pytest.raises(KeyError):
        reprints.open_for_reprint(session, coordinator, "no-such-dossier", NOW)


def test_the_print_spool_key_is_stable_and_separate_from_the_other_device_keys(terminal: Terminal) -> None:
    device = terminal.store.device
    again = keys.DeviceKeys(device.device_key)
    assert device.print_spool_key == again.print_spool_key
    assert len(device.print_spool_key) == keys.KEY_BYTES
    others = {device.device_key, device.wrap_key, device.audit_key, device.lookup_key}
    assert device.print_spool_key not in others
