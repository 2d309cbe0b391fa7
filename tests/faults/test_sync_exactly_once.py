"""Exactly-once delivery proved by fault injection on loopback, on SQLite and on PostgreSQL.

500 queued dossiers with 2 attachments each go through a TCP proxy that resets, cuts answers after
the register committed, delays and stalls at least 30% of connections, while the simulator itself
adds 503s and lost answers. The engine runs pass after pass (fast: the fake clock) until the queue
drains; the register must then hold each household exactly once with the right attachments.
"""

from __future__ import annotations

import random
from pathlib import Path

import httpx
import pytest

from kiosk.clock import FakeClock
from sync.client import RegisterClient
from sync.engine import Backoff, SyncEngine
from sync.faultproxy import FaultMix, FaultProxy
from sync.outbox import ACKNOWLEDGED, MemoryOutbox
from sync.simulator.server import running_simulator
from sync.testing import Adult, TestPki, household, national_number, sealed_item

FAULT_MIX = FaultMix(
    reset=0.12, cut=0.14, delay=0.05, stall=0.02, delay_seconds=0.1, stall_seconds=0.6, seed=5
)


def no_keepalive_client(base_url: str, token: str) -> RegisterClient:
    # One request per connection, so every request draws its own fault at the proxy.
    transport = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
    return RegisterClient(base_url, token, timeout=httpx.Timeout(0.5), transport=transport)


def run_campaign(tmp_path: Path, db_url: str, pki: TestPki, households: int) -> None:
    roots = pki.write_roots(tmp_path / "roots")
    with running_simulator(db_url, roots, faults="error=0.04,lost=0.04,seed=3") as sim:
        _tid, code = sim.register.add_terminal()
        with RegisterClient(sim.base_url) as anonymous:
            enrollment = anonymous.enroll(code)
        outbox = MemoryOutbox()
        expected: dict[str, list[str]] = {}
        for n in range(households):
            key = national_number("750101", n) if n < 1000 else national_number("760101", n)
            pages = [f"{key} page {p} ".encode() * 40 for p in (1, 2)]
            snapshot = household(
                pki,
                terminal_id=enrollment.terminal_id,
                household_key=key,
                adults=[Adult(key, "A", use_rsa=n % 10 == 0)],
                attachments=pages,
            )
            item, boxes = sealed_item(enrollment.sealing_public_key, snapshot, pages)
            outbox.add(item, key)
            expected[key] = sorted(boxes)
        with FaultProxy(int(sim.base_url.rsplit(":", 1)[1]), FAULT_MIX) as proxy:
            client = no_keepalive_client(proxy.base_url, enrollment.token)
            engine = SyncEngine(
                client,
                outbox,
                FakeClock(),
                terminal_id=enrollment.terminal_id,
                backoff=Backoff(base=1, cap=60, rng=random.Random(7)),
            )
            with client:
                report = engine.run_until_drained(max_passes=20_000)
        faulty = sum(v for k, v in proxy.counts.items() if k != "none")
        assert faulty / sum(proxy.counts.values()) >= 0.30, proxy.counts
        assert all(proxy.counts[kind] > 0 for kind in ("reset", "cut", "delay", "stall"))
        assert report.retried > 0 and not report.quarantined
        assert outbox.counts()[ACKNOWLEDGED] == households
        # The register holds each household exactly once (plus the 3 seeded), with its attachments.
        assert sim.register.household_count() == households + 4
        for key, shas in expected.items():
            state = sim.register.household_state(key)
            assert state["files"] == shas
            assert len(state["submissions"]) == 1
            assert state["dossier_number"] is not None
        # Every complete local dossier has its dossier number, and they are all distinct.
        assert len(outbox.dossier_numbers) == households
        assert len(set(outbox.dossier_numbers.values())) == households


def test_exactly_once_small_campaign(tmp_path: Path, register_db: str) -> None:
    run_campaign(tmp_path, register_db, TestPki(), 40)


@pytest.mark.slow
def test_exactly_once_500_dossiers_through_faults(tmp_path: Path, register_db: str) -> None:
    run_campaign(tmp_path, register_db, TestPki(), 500)
