"""The engine over the core's outbox in a real SQLite store, enrolled with the training register."""

from __future__ import annotations

import os
import tracemalloc
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import outbox as core
from kiosk.clock import FakeClock
from kiosk.keys import training_secret_store
from kiosk.rules import load_rules
from kiosk.store import TRAINING_PASSWORD, Store, load_enrollment, load_terminal_token
from sync.client import RegisterClient
from sync.encoder import JsonSubmissionEncoder
from sync.engine import SyncEngine
from sync.enrollment import enroll_training_terminal, training_register
from sync.protocol import sha256_hex
from sync.simulator import models as sim_models
from sync.simulator.server import RunningSimulator
from sync.simulator.verify import TrustStore
from sync.store_outbox import DataDirRules, StoreOutbox
from sync.testing import Adult, TestPki, household, national_number

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture
def enrolled(tmp_path: Path) -> Iterator[tuple[RunningSimulator, Store]]:
    with training_register(tmp_path) as simulator:
        result = enroll_training_terminal(tmp_path, simulator, "coordinator", TRAINING_PASSWORD, NOW)
        assert len(result.recovery_code) > 10
        with Store.open(tmp_path, training_secret_store(tmp_path)) as store:
            yield simulator, store


def queue(store: Store, pki: TestPki, key: str, pages: list[bytes]) -> str:
    with store.begin() as session:
        record = load_enrollment(session, store)
        assert record is not None and record.practice
        snapshot = household(
            pki,
            terminal_id=record.terminal_id,
            household_key=key,
            adults=[Adult(key, "A")],
            attachments=pages,
            practice=True,
        )
        files = [(sha256_hex(page), page) for page in pages]
        core.enqueue_visit_end(
            session,
            snapshot,
            JsonSubmissionEncoder(),
            record.sealing_public_key,
            household_ref="ref-" + key,
            dossier_id=None,
            attachments=files,
            now=NOW,
        )
        return snapshot.submission_id


def engine_for(store: Store, clock: FakeClock) -> tuple[SyncEngine, StoreOutbox, RegisterClient]:
    with store.begin() as session:
        record = load_enrollment(session, store)
    token = load_terminal_token(store.secrets)
    assert record is not None and token is not None
    client = RegisterClient(record.register_url, token.decode())
    outbox = StoreOutbox(store, clock.now())
    engine = SyncEngine(
        client,
        outbox,
        clock,
        terminal_id=record.terminal_id,
        lock_path=store.data_dir / "sync.lock",
        audit_head=outbox.audit_head,
        rules=DataDirRules(store.data_dir),
    )
    return engine, outbox, client


def test_store_outbox_drains_with_attachments_first_and_sends_the_audit_head(
    enrolled: tuple[RunningSimulator, Store],
) -> None:
    simulator, store = enrolled
    pki = TestPki()
    simulator.register.settings.trust = TrustStore([pki.root_cert])  # this test's own people
    keys = [national_number("660101", n) for n in range(3)]
    for key in keys:
        queue(store, pki, key, [key.encode() * 100, b"second page " + key.encode()])
    clock = FakeClock(NOW)
    engine, outbox, client = engine_for(store, clock)
    with client:
        report = engine.run_until_drained()
    assert len(report.acknowledged) == 3
    assert outbox.counts()[core.ACKNOWLEDGED] == 9  # 3 submissions and 6 attachments
    for key in keys:
        state = simulator.register.household_state(key, practice=True)
        assert state["dossier_number"] and len(state["files"]) == 2
    with simulator.register.session() as session:
        heads = list(session.scalars(select(sim_models.AuditHeadRecord)))
    assert len(heads) == 1 and heads[0].count > 0


def test_store_outbox_quarantines_and_requeues(enrolled: tuple[RunningSimulator, Store]) -> None:
    _simulator, store = enrolled
    stranger = TestPki()  # not a trusted root at the register: 422, quarantined
    queue(store, stranger, national_number("670101", 1), [])
    clock = FakeClock(NOW)
    engine, outbox, client = engine_for(store, clock)
    with client:
        report = engine.run_until_drained()
    assert len(report.quarantined) == 1 and "trusted root" in report.quarantined[0][1]
    with store.begin() as session:
        parked = core.quarantined(session)
        assert len(parked) == 1 and "trusted root" in (parked[0].last_error or "")
    outbox.requeue(report.quarantined[0][0])
    assert outbox.counts()[core.QUEUED] == 1


def test_newer_rules_from_the_register_are_validated_and_kept(
    enrolled: tuple[RunningSimulator, Store],
) -> None:
    simulator, store = enrolled
    bundled = load_rules(None)
    newer = simulator.register.settings.rules_text.replace(
        f'version = "{bundled.version}"', 'version = "2099.1"'
    )
    simulator.register.settings.rules_version, simulator.register.settings.rules_text = "2099.1", newer
    engine, _outbox, client = engine_for(store, FakeClock(NOW))
    with client:
        engine.run_once()
    assert load_rules(store.data_dir).version == "2099.1"
    # A broken file from the register is refused: the rules in force stay.
    simulator.register.settings.rules_version = "2100.1"
    simulator.register.settings.rules_text = 'version = "2100.1"\nnot valid rules'
    engine, _outbox, client = engine_for(store, FakeClock(NOW))
    with client:
        engine.run_once()
    assert load_rules(store.data_dir).version == "2099.1"


def test_a_pass_holds_one_sealed_scan_at_a_time(enrolled: tuple[RunningSimulator, Store]) -> None:
    _simulator, store = enrolled
    pki = TestPki()
    for n in range(6):
        queue(store, pki, national_number("680101", n), [os.urandom(1 << 20) for _ in range(2)])
    outbox = StoreOutbox(store, NOW)
    tracemalloc.start()
    try:
        items = outbox.pending(NOW)
        sent = [len(attachment.load()) for item in items for attachment in item.attachments]
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(items) == 6 and len(sent) == 12 and sum(sent) > 12 << 20
    assert peak < 4 << 20, f"{peak / 2**20:.1f} MiB in memory at once for a 12 MiB queue"


def test_acknowledgements_a_kill_loses_are_replayed_once(enrolled: tuple[RunningSimulator, Store]) -> None:
    simulator, store = enrolled
    pki = TestPki()
    simulator.register.settings.trust = TrustStore([pki.root_cert])
    keys = [national_number("690101", n) for n in range(3)]
    for key in keys:
        queue(store, pki, key, [key.encode() * 50])
    engine, outbox, client = engine_for(store, FakeClock(NOW))
    with client:
        for item in outbox.pending(NOW):  # what the engine does, item by item, quickly
            outbox.mark_sending(item.item_id)
            for attachment in item.attachments:
                client.put_attachment(attachment.sha256, attachment.load())
            assert item.sealed_submission is not None
            outbox.mark_acknowledged(item.item_id, client.put_submission(item.key, item.sealed_submission))
    # Killed here: the register has all three, the group commit has not happened yet.
    assert StoreOutbox(store, NOW).counts()[core.QUEUED] == 6
    del outbox
    engine, outbox, client = engine_for(store, FakeClock(NOW))
    with client:
        report = engine.run_until_drained()
    assert len(report.acknowledged) == 3 and outbox.counts()[core.ACKNOWLEDGED] == 6
    for key in keys:  # each replay got the register's first answer: still one submission each
        state = simulator.register.household_state(key, practice=True)
        assert len(state["submissions"]) == 1 and state["dossier_number"] and len(state["files"]) == 1
