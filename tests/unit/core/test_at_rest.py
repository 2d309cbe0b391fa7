"""Data at rest: no plaintext on disk after a visit, nothing readable with the device key alone, purge."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import audit, dossiers, keys, outbox, purge, queries
from kiosk.errors import KioskUserError, StoreError
from kiosk.models import Dossier as DossierRow
from kiosk.models import DossierKey, Operator, Tombstone
from kiosk.store import Store
from tests.unit.core.conftest import NOW, Terminal
from tests.unit.core.factories import JsonEncoder
from tests.unit.core.visits import PLAINTEXTS, RULES, full_visit


def _every_file(folder: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def _find(needles: list[bytes], files: dict[Path, bytes]) -> list[str]:
    return [
        f"{needle!r} in {path.name}" for path, data in files.items() for needle in needles if needle in data
    ]


def test_after_a_full_visit_no_file_holds_personal_data_in_plaintext(terminal: Terminal) -> None:
    result = full_visit(terminal.store, NOW, JsonEncoder())
    assert result.ended.submission_id is not None
    files = _every_file(terminal.data_dir)
    assert any(path.name.endswith("-wal") for path in files), "the WAL is part of the search"
    assert any(path.parent.name == "evidence" for path in files)
    needles = [n for group in PLAINTEXTS.values() for n in group]
    assert _find(needles, files) == []
    terminal.store.close()  # and after the last connection folds the WAL back
    assert _find(needles, _every_file(terminal.data_dir)) == []


def test_the_device_key_alone_opens_no_personal_data(terminal: Terminal) -> None:
    result = full_visit(terminal.store, NOW, JsonEncoder())
    device_only = Store.open(terminal.data_dir, terminal.secrets)  # nobody signed in
    device = device_only.device
    derivable = [device.device_key, device.wrap_key, device.audit_key, device.lookup_key]
    with device_only.begin() as session:
        wrapped = session.get(DossierKey, result.dossier.dossier_id)
        row = session.get(DossierRow, result.dossier.dossier_id)
        operator = session.scalars(select(Operator)).first()
        assert wrapped is not None and row is not None and operator is not None
        for key in derivable:
            for box, context in [(wrapped.wrapped_key, b"data-key:" + row.id.encode()), (row.payload, b"")]:
                with pytest.raises(keys.WrongSecret):
                    keys.decrypt(key, box, context)
        # Peeling the device layer off an operator's wrap leaves a box that still needs the password.
        inner = keys.decrypt(
            device.wrap_key, operator.master_wrap, b"device:master:operator:" + operator.name.encode()
        )
        with pytest.raises(keys.WrongSecret):
            keys.decrypt(inner[-32:], wrapped.wrapped_key, b"data-key:" + row.id.encode())
        # What the device key does give: the outbox (sealed), counts, the audit chain.
        assert outbox.queue_health(session, NOW).waiting == 2
        assert audit.verify(session, device).ok
    device_only.close()


def test_purge_destroys_the_key_of_a_definitive_dossier_after_the_grace_period(terminal: Terminal) -> None:
    result = full_visit(terminal.store, NOW, JsonEncoder())
    dossier_id = result.dossier.dossier_id
    store = terminal.store
    with store.begin() as session:
        wrapped = session.get(DossierKey, dossier_id).wrapped_key  # type: ignore[union-attr]
        matched = outbox.record_register_update(
            session, store.device, household_key="201905140017", dossier_number="202611270042", now=NOW
        )
        assert matched == 1
    assert purge.purge(store, RULES, NOW + timedelta(days=29)) == []  # still in the grace period
    done = purge.purge(store, RULES, NOW + timedelta(days=RULES.grace_days_after_definitive, seconds=1))
    assert [c.dossier_id for c in done] == [dossier_id]
    unlocked = store.sign_in("wil", "oefen-wil", NOW)
    with store.begin() as session:
        with pytest.raises(KeyError):
            dossiers.load_dossier(session, unlocked, dossier_id)
        tombstone = session.get(Tombstone, dossier_id)
        assert tombstone is not None and tombstone.dossier_number == "202611270042"
        assert queries.search_by_national_number(session, store.device, "90031410231") == []
        assert audit.verify(session, store.device).ok
    files = _every_file(terminal.data_dir)
    assert _find([wrapped], files) == []
    assert not any(path.parent.name == "evidence" for path in files)


def test_a_partial_dossier_is_kept_until_the_maximum_retention(terminal: Terminal) -> None:
    result = full_visit(terminal.store, NOW, JsonEncoder())
    assert purge.purge(terminal.store, RULES, NOW + timedelta(days=RULES.max_retention_days - 1)) == []
    done = purge.purge(terminal.store, RULES, NOW + timedelta(days=RULES.max_retention_days))
    assert [(c.dossier_id, c.reason) for c in done] == [(result.dossier.dossier_id, purge.PAST_RETENTION)]


def test_a_purged_dossier_key_is_really_gone(terminal: Terminal) -> None:
    result = full_visit(terminal.store, NOW, JsonEncoder())
    purge.purge(terminal.store, RULES, NOW + timedelta(days=RULES.max_retention_days))
    unlocked = terminal.store.sign_in("wil", "oefen-wil", NOW)
    with terminal.store.begin() as session:
        session.add(DossierRow(**{**_row_values(), "id": result.dossier.dossier_id}))
        with pytest.raises(StoreError, match="purged"):
            dossiers.load_dossier(session, unlocked, result.dossier.dossier_id)
        session.rollback()


def _row_values() -> dict[str, object]:
    return {
        "local_reference": "K-TEST-0001",
        "kind": "confirmation",
        "status": "draft",
        "household_ref": "x",
        "location": "Genk",
        "terminal_id": "T-1",
        "created_at": NOW,
        "updated_at": NOW,
        "notifications": "[]",
        "payload": b"",
    }


def test_a_dossier_saved_with_its_dossier_number_is_purged_after_the_grace_period(terminal: Terminal) -> None:
    # The number can reach the dossier through the visit (the receipt after an in-visit sync) rather
    # than through `record_register_update`; the grace period must start then too.
    result = full_visit(terminal.store, NOW, JsonEncoder())
    staff = terminal.store.sign_in("wil", "oefen-wil", NOW)
    result.dossier.dossier_number = "202611270042"
    with terminal.store.begin() as session:
        dossiers.save_dossier(session, staff, result.dossier, staff.context("T-1", "Genk"), NOW, RULES)
    done = purge.purge(
        terminal.store, RULES, NOW + timedelta(days=RULES.grace_days_after_definitive, seconds=1)
    )
    assert [(c.dossier_id, c.reason) for c in done] == [(result.dossier.dossier_id, purge.DEFINITIVE)]


def test_a_dossier_is_erased_on_request_and_its_acknowledged_sealed_copies_emptied(
    terminal: Terminal,
) -> None:
    result = full_visit(terminal.store, NOW, JsonEncoder())
    dossier_id, store = result.dossier.dossier_id, terminal.store
    with store.begin() as session:
        wrapped = session.get(DossierKey, dossier_id).wrapped_key  # type: ignore[union-attr]
        items = list(outbox.pending(session, NOW))
        sealed = [item.sealed for item in items]
        for item in items:
            outbox.mark_sending(session, item.id, NOW)
            outbox.mark_acknowledged(session, item.id, "{}", NOW)
    with pytest.raises(KioskUserError, match="no dossier with reference"):
        purge.purge_on_request(store, "K-0000-0000", NOW, actor="coordinator")
    erased = purge.purge_on_request(store, result.ended.local_reference, NOW, actor="coordinator")
    assert (erased.dossier_id, erased.reason) == (dossier_id, purge.ON_REQUEST)
    with store.begin() as session:
        assert session.get(DossierRow, dossier_id) is None
        assert all(outbox.get(session, item.id).sealed == b"" for item in items)
        assert audit.verify(session, store.device).ok
    files = _every_file(terminal.data_dir)
    assert _find([wrapped, *(box[:64] for box in sealed)], files) == []
