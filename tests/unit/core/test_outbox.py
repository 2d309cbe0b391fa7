"""The outbox: send order, retries, quarantine and requeue, health, what sync pulls back."""

from __future__ import annotations

import hashlib
import os
import tracemalloc
from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import audit, outbox, sealing
from kiosk.domain import Role
from kiosk.errors import PermissionDenied
from kiosk.models import AuditEvent
from kiosk.models import Dossier as DossierRow
from kiosk.ports import SubmissionSnapshot
from kiosk.store import Store, add_operator
from tests.unit.core.conftest import NOW, Terminal
from tests.unit.core.factories import JsonEncoder
from tests.unit.core.visits import full_visit


def _snapshot(household: str, submission_id: str, supersedes: str | None = None) -> SubmissionSnapshot:
    return SubmissionSnapshot(
        submission_id=submission_id,
        household_key=household,
        supersedes=supersedes,
        terminal_id="T-1",
        created_at=NOW,
        practice=False,
        visit_kind="confirmation",
        candidate_number=household,
        letter_date=None,
        reminder_date=None,
        members=(),
        evidence=(),
        rules_version="2027.1",
    )


def _enqueue(
    session: Session,
    store: Store,
    public: bytes,
    household: str,
    submission: str,
    files: list[bytes] = (),  # type: ignore[assignment]
) -> list[int]:
    return outbox.enqueue_visit_end(
        session,
        _snapshot(household, submission),
        JsonEncoder(),
        public,
        household_ref=store.device.lookup(household),
        dossier_id=None,
        attachments=[(hashlib.sha256(f).hexdigest(), f) for f in files],
        now=NOW,
    )


def test_attachments_go_first_then_one_submission_per_household(terminal: Terminal) -> None:
    store, public = terminal.store, terminal.register_public_key
    with store.begin() as session:
        a1, s1 = _enqueue(session, store, public, "201905140017", "sub-1", [b"page one"])
        (s2,) = _enqueue(session, store, public, "201905140017", "sub-2")
        (s3,) = _enqueue(session, store, public, "201211080003", "sub-3")
    with store.begin() as session:
        assert [i.id for i in outbox.pending(session, NOW)] == [a1, s1, s3]
        outbox.mark_sending(session, a1, NOW)
        outbox.mark_acknowledged(session, a1, "{}", NOW)
        outbox.mark_sending(session, s1, NOW)
        # In flight: the household's next submission waits.
        assert [i.id for i in outbox.pending(session, NOW)] == [s3]
        outbox.mark_acknowledged(session, s1, '{"status":"incomplete"}', NOW)
        assert [i.id for i in outbox.pending(session, NOW)] == [s2, s3]


def test_a_submission_never_overtakes_its_failing_attachment(terminal: Terminal) -> None:
    store, public = terminal.store, terminal.register_public_key
    with store.begin() as session:
        a1, s1 = _enqueue(session, store, public, "H1", "sub-1", [b"file"])
        outbox.mark_sending(session, a1, NOW)
        outbox.schedule_retry(session, a1, NOW + timedelta(seconds=30), "http 503")
        assert list(outbox.pending(session, NOW)) == []
        assert [i.id for i in outbox.pending(session, NOW + timedelta(seconds=30))] == [a1, s1]
        outbox.quarantine(session, a1, "http 413 too large")
        assert list(outbox.pending(session, NOW + timedelta(hours=1))) == []
        health = outbox.queue_health(session, NOW)
        assert (health.waiting, health.quarantined, health.oldest_waiting) == (1, 1, NOW)
        assert outbox.quarantined(session)[0].last_error == "http 413 too large"
        outbox.requeue(session, a1, NOW)
        assert [i.id for i in outbox.pending(session, NOW)] == [a1, s1]


def test_entries_are_sealed_for_the_register_only(terminal: Terminal) -> None:
    store, public = terminal.store, terminal.register_public_key
    with store.begin() as session:
        a1, s1 = _enqueue(session, store, public, "H1", "sub-1", [b"secret page"])
        attachment, submission = outbox.get(session, a1), outbox.get(session, s1)
    assert b"secret page" not in attachment.sealed
    assert attachment.sha256 is not None
    opened = sealing.open_sealed(
        terminal.register_private_key, attachment.sealed, outbox.attachment_context(attachment.sha256)
    )
    assert opened == b"secret page"
    with pytest.raises(sealing.SealError):  # the context binds a box to its submission
        sealing.open_sealed(
            terminal.register_private_key, submission.sealed, outbox.submission_context("sub-2")
        )
    assert b"sub-1" in sealing.open_sealed(
        terminal.register_private_key, submission.sealed, b"submission:sub-1"
    )


def test_a_killed_send_goes_back_to_the_queue(terminal: Terminal) -> None:
    store, public = terminal.store, terminal.register_public_key
    with store.begin() as session:
        (s1,) = _enqueue(session, store, public, "H1", "sub-1")
        outbox.mark_sending(session, s1, NOW)
    with store.begin() as session:
        assert outbox.recover_interrupted(session, NOW) == 1
        item = outbox.get(session, s1)
        assert (item.state, item.attempts) == ("queued", 1)


def test_acknowledged_entries_cannot_be_retried(terminal: Terminal) -> None:
    store, public = terminal.store, terminal.register_public_key
    with store.begin() as session:
        (s1,) = _enqueue(session, store, public, "H1", "sub-1")
        outbox.mark_sending(session, s1, NOW)
        outbox.mark_acknowledged(session, s1, "{}", NOW)
        outbox.mark_acknowledged(session, s1, "{}", NOW)  # idempotent
        with pytest.raises(outbox.OutboxError):
            outbox.schedule_retry(session, s1, NOW, "late")
        with pytest.raises(outbox.OutboxError):
            outbox.mark_sending(session, s1, NOW)
        with pytest.raises(outbox.OutboxError):
            outbox.get(session, 999)


def test_a_mismatched_attachment_hash_is_refused(terminal: Terminal) -> None:
    with terminal.store.begin() as session, pytest.raises(outbox.OutboxError):
        outbox.enqueue_visit_end(
            session,
            _snapshot("H", "s"),
            JsonEncoder(),
            terminal.register_public_key,
            household_ref="x",
            dossier_id=None,
            attachments=[("00" * 32, b"other")],
            now=NOW,
        )


def test_only_a_coordinator_requeues_and_the_decision_is_audited(terminal: Terminal) -> None:
    store, public = terminal.store, terminal.register_public_key
    coordinator = terminal.sign_in()
    with store.begin() as session:
        add_operator(
            session, coordinator, "vrijwilliger", frozenset({Role.VOLUNTEER}), "oefen-vrijwilliger", NOW
        )
        (s1,) = _enqueue(session, store, public, "H1", "sub-1")
        outbox.mark_sending(session, s1, NOW)
        outbox.quarantine(session, s1, "http 422 invalid")
    volunteer = store.sign_in("vrijwilliger", "oefen-vrijwilliger", NOW)
    with store.begin() as session, pytest.raises(PermissionDenied):
        outbox.requeue_by(session, volunteer, s1, NOW)
    with store.begin() as session:
        assert outbox.get(session, s1).state == outbox.QUARANTINED
        outbox.requeue_by(session, coordinator, s1, NOW)
    with store.begin() as session:
        assert outbox.get(session, s1).state == outbox.QUEUED
        assert audit.head(session)[0] > 0 and audit.verify(session, store.device).ok
        last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert last is not None and (last.actor, last.action, last.subject) == (
            "coordinator",
            "outbox_requeued",
            str(s1),
        )


def test_the_queue_is_handed_out_one_sealed_scan_at_a_time(terminal: Terminal) -> None:
    # A laptop back from two weeks offline: its queued scans must not all be in memory at once.
    store, public = terminal.store, terminal.register_public_key
    with store.begin() as session:
        for n in range(6):
            _enqueue(session, store, public, f"H{n}", f"sub-{n}", [os.urandom(1 << 20) for _ in range(2)])
    tracemalloc.start()
    try:
        with store.begin() as session:
            sizes = [len(item.sealed) for item in outbox.pending(session, NOW)]
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(sizes) == 18 and sum(sizes) > 12 << 20
    assert peak < 4 << 20, f"{peak / 2**20:.1f} MiB in memory at once for a 12 MiB queue"


def test_entries_sent_together_are_acknowledged_with_their_attempt(terminal: Terminal) -> None:
    store, public = terminal.store, terminal.register_public_key
    with store.begin() as session:
        a1, s1 = _enqueue(session, store, public, "H1", "sub-1", [b"page"])
        a2, s2 = _enqueue(session, store, public, "H2", "sub-2", [b"other page"])
        outbox.quarantine(session, s2, "http 422 invalid")
    with store.begin() as session:
        outbox.acknowledge_sent(session, [a1, s1], '{"status":"complete"}', NOW)
    with store.begin() as session:
        for entry_id in (a1, s1):
            item = outbox.get(session, entry_id)
            assert (item.state, item.attempts, item.acknowledged_at) == (outbox.ACKNOWLEDGED, 1, NOW)
    # An entry that is not queued spoils the group: nothing of it changes.
    with pytest.raises(outbox.OutboxError), store.begin() as session:
        outbox.acknowledge_sent(session, [a2, s2], "{}", NOW)
    with store.begin() as session:
        assert outbox.get(session, a2).state == outbox.QUEUED
        assert outbox.get(session, s2).state == outbox.QUARANTINED


def test_a_register_update_already_applied_is_not_written_again(terminal: Terminal) -> None:
    store = terminal.store
    dossier_id = full_visit(store, NOW, JsonEncoder()).dossier.dossier_id
    update = {"household_key": "201905140017", "dossier_number": "202611270042"}
    with store.begin() as session:
        assert outbox.record_register_update(session, store.device, now=NOW, **update) == 1
        events = audit.head(session)[0]
    later = NOW + timedelta(hours=1)
    with store.begin() as session:  # the next pass pulls the same dossier number again
        assert outbox.record_register_update(session, store.device, now=later, **update) == 1
        assert audit.head(session)[0] == events
        row = session.get(DossierRow, dossier_id)
        assert row is not None and (row.dossier_number, row.updated_at) == ("202611270042", NOW)
