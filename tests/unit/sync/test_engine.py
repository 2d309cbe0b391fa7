"""The sync engine against the real simulator on loopback, with the fake clock for backoff."""

from __future__ import annotations

import random
import threading
from datetime import timedelta
from pathlib import Path

import httpx
import pytest

from kiosk.clock import FakeClock
from sync.client import RegisterClient
from sync.engine import AlertKind, Backoff, SyncBusy, SyncEngine, SyncProgress
from sync.errors import SyncError, SyncErrorKind
from sync.outbox import ACKNOWLEDGED, QUARANTINED, MemoryOutbox
from sync.simulator.server import RunningSimulator
from sync.testing import Adult, TestPki, household, national_number, sealed_item
from tests.unit.sync.conftest import Terminal

SOFIE, PIETER = "90031410231", "88110210514"


def queue(outbox: MemoryOutbox, terminal: Terminal, pki: TestPki, key: str, **kwargs: object) -> str:
    pages = kwargs.pop("pages", [key.encode() + b"-page"])
    snapshot = household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=key,
        adults=kwargs.pop("adults", [Adult(key, "A")]),
        attachments=pages,
        **kwargs,
    )  # type: ignore[arg-type]
    item, _boxes = sealed_item(terminal.enrollment.sealing_public_key, snapshot, pages)  # type: ignore[arg-type]
    outbox.add(item, key)
    return item.item_id


def engine_for(terminal: Terminal, outbox: MemoryOutbox, clock: FakeClock, **kwargs: object) -> SyncEngine:
    return SyncEngine(
        terminal.client,
        outbox,
        clock,
        terminal_id=terminal.terminal_id,
        backoff=Backoff(rng=random.Random(1)),
        **kwargs,
    )  # type: ignore[arg-type]


def test_engine_sends_attachments_first_and_records_dossier_numbers(terminal: Terminal, pki: TestPki) -> None:
    outbox, clock = MemoryOutbox(), FakeClock()
    ids = [queue(outbox, terminal, pki, national_number("850101", n)) for n in range(3)]
    progress: list[SyncProgress] = []
    report = engine_for(terminal, outbox, clock).run_once(on_progress=progress.append)
    assert report.acknowledged == ids
    assert progress[-1] == SyncProgress(3, 3)
    assert len(outbox.dossier_numbers) == 3
    assert all(outbox.items[i].state == ACKNOWLEDGED for i in ids)


def test_422_quarantines_with_reason_queue_goes_on_and_requeue_works(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    outbox, clock = MemoryOutbox(), FakeClock()
    staff_outsider = national_number("700101", 9)
    bad = queue(outbox, terminal, pki, SOFIE, adults=[Adult(SOFIE, "S", attested_by=staff_outsider)])
    good = queue(outbox, terminal, pki, PIETER)
    report = engine_for(terminal, outbox, clock).run_until_drained()
    assert outbox.items[bad].state == QUARANTINED
    assert "staff list" in (outbox.items[bad].last_error or "")
    assert outbox.items[good].state == ACKNOWLEDGED
    assert report.quarantined[0][0] == bad
    simulator.register.set_staff(staff_outsider, True)  # the coordinator fixed the staff list
    outbox.requeue(bad)
    engine_for(terminal, outbox, clock).run_until_drained()
    assert outbox.items[bad].state == ACKNOWLEDGED


def test_409_stale_is_quarantined_not_retried_forever(terminal: Terminal, pki: TestPki) -> None:
    outbox, clock = MemoryOutbox(), FakeClock()
    newer = household(pki, terminal_id=terminal.terminal_id, household_key=SOFIE, adults=[Adult(SOFIE, "S")])
    terminal.client.put_submission(newer.submission_id, terminal.seal_submission(newer))
    old_id = queue(outbox, terminal, pki, SOFIE, created_at=newer.created_at - timedelta(days=1), pages=[])
    report = engine_for(terminal, outbox, clock).run_until_drained(max_passes=50)
    assert outbox.items[old_id].state == QUARANTINED
    assert "stale" in (outbox.items[old_id].last_error or "")
    assert report.passes == 1


def test_captive_portal_is_offline_and_nothing_is_marked_sent(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    outbox, clock = MemoryOutbox(), FakeClock()
    item_id = queue(outbox, terminal, pki, SOFIE)
    simulator.set_faults("captive")
    report = engine_for(terminal, outbox, clock).run_once()
    assert report.offline and not report.acknowledged
    assert outbox.items[item_id].state == "queued" and outbox.items[item_id].attempts == 0
    assert simulator.register.household_count() == 4  # only the seeded ones


def test_another_service_at_health_is_offline(terminal: Terminal, pki: TestPki) -> None:
    def other_service(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"service": "printer-admin", "status": "ok"})

    client = RegisterClient("http://127.0.0.1:9", "token", transport=httpx.MockTransport(other_service))
    outbox, clock = MemoryOutbox(), FakeClock()
    item_id = queue(outbox, terminal, pki, SOFIE)
    with client:
        report = SyncEngine(client, outbox, clock, terminal_id=terminal.terminal_id).run_once()
    assert report.offline and outbox.items[item_id].state == "queued"


def test_auth_failure_stops_the_queue_and_alerts(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    outbox, clock = MemoryOutbox(), FakeClock()
    for n in range(3):
        queue(outbox, terminal, pki, national_number("900101", n))
    simulator.register.revoke_terminal(terminal.terminal_id)
    alerts: list[str] = []
    report = engine_for(terminal, outbox, clock, on_alert=alerts.append).run_until_drained()
    assert report.auth_failed and report.passes == 1
    assert alerts and outbox.counts()[ACKNOWLEDGED] == 0
    refused = [a for a in report.alerts if a.kind is AlertKind.AUTH_REFUSED]
    assert len(refused) == 1 and refused[0].message in alerts and "enroll" in refused[0].message


def test_server_errors_back_off_with_full_jitter_and_honour_retry_after(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    outbox, clock = MemoryOutbox(), FakeClock()
    item_id = queue(outbox, terminal, pki, SOFIE)
    simulator.set_faults("error=1.0")
    engine = engine_for(terminal, outbox, clock)
    report = engine.run_once()
    assert report.offline  # the health check already got 503: nothing was sent
    simulator.set_faults("")
    engine.run_once()
    assert outbox.items[item_id].state == ACKNOWLEDGED


def test_backoff_is_full_jitter_capped_and_respects_retry_after() -> None:
    backoff = Backoff(base=2, cap=60, rng=random.Random(3))
    delays = [backoff.delay(10) for _ in range(200)]
    assert max(delays) <= 60 and min(delays) < 10  # full jitter: anywhere in [0, cap]
    assert backoff.delay(0, retry_after=30) >= 30


def test_clock_skew_warns(terminal: Terminal) -> None:
    report = SyncEngine(
        terminal.client, MemoryOutbox(), FakeClock(), terminal_id=terminal.terminal_id
    ).run_once()
    assert any("clock" in w for w in report.warnings)  # FakeClock is in January 2026
    assert [a.kind for a in report.alerts] == [AlertKind.CLOCK_SKEW]


def test_one_sync_per_data_directory(terminal: Terminal, tmp_path: Path) -> None:
    from filelock import FileLock

    lock_path = tmp_path / "sync.lock"
    engine = SyncEngine(
        terminal.client, MemoryOutbox(), FakeClock(), terminal_id=terminal.terminal_id, lock_path=lock_path
    )
    with FileLock(str(lock_path)), pytest.raises(SyncBusy):
        engine.run_once()
    assert engine.run_once().passes == 1


def test_cancel_stops_between_items(terminal: Terminal, pki: TestPki) -> None:
    outbox, clock = MemoryOutbox(), FakeClock()
    for n in range(4):
        queue(outbox, terminal, pki, national_number("800101", n))
    cancel = threading.Event()

    def stop_after_first(progress: SyncProgress) -> None:
        cancel.set()

    report = engine_for(terminal, outbox, clock).run_once(cancel, stop_after_first)
    assert report.cancelled and len(report.acknowledged) == 1


def test_updates_bring_dossier_numbers_of_households_completed_elsewhere(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    from tests.unit.sync.conftest import enroll_terminal

    key = "201905140017"
    outbox, clock = MemoryOutbox(), FakeClock()
    queue(
        outbox,
        terminal,
        pki,
        key,
        candidate_number=key,
        pages=[],
        adults=[Adult(SOFIE, "Sofie"), Adult(PIETER, "Pieter", "partner", confirm=False)],
    )
    engine_for(terminal, outbox, clock).run_once()
    assert not outbox.dossier_numbers
    other = enroll_terminal(simulator)
    with other.client:
        rest = household(
            pki,
            terminal_id=other.terminal_id,
            household_key=key,
            candidate_number=key,
            adults=[Adult(PIETER, "Pieter", "partner")],
        )
        done = other.client.put_submission(rest.submission_id, other.seal_submission(rest))
    simulator.register.notify(key, "Your dossier is complete.")
    engine_for(terminal, outbox, clock).run_once()
    assert list(outbox.dossier_numbers.values()) == [done.dossier_number]
    assert outbox.notifications == [(key, "Your dossier is complete.")]


def test_transport_error_becomes_network_kind() -> None:
    with RegisterClient("http://127.0.0.1:9", timeout=0.5) as client, pytest.raises(SyncError) as error:
        client.health()
    assert error.value.kind is SyncErrorKind.NETWORK


def test_a_household_goes_in_order_and_a_quarantined_item_holds_back_its_later_ones(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    outbox, clock = MemoryOutbox(), FakeClock()
    outsider = national_number("700101", 9)
    first = queue(outbox, terminal, pki, SOFIE, adults=[Adult(SOFIE, "S", attested_by=outsider)], pages=[])
    second = queue(outbox, terminal, pki, SOFIE, pages=[])
    other = queue(outbox, terminal, pki, PIETER, pages=[])
    report = engine_for(terminal, outbox, clock).run_until_drained()
    assert report.passes == 1  # no spinning on the held-back item
    assert outbox.items[first].state == QUARANTINED
    assert outbox.items[second].state == "queued"  # not sent before the first
    assert outbox.items[other].state == ACKNOWLEDGED
    simulator.register.set_staff(outsider, True)
    outbox.requeue(first)
    engine_for(terminal, outbox, clock).run_until_drained()
    assert outbox.items[first].state == outbox.items[second].state == ACKNOWLEDGED
    assert sorted(simulator.register.household_state(SOFIE)["submissions"]) == sorted([first, second])
