"""Fifty terminals at once against the intake service with four uvicorn workers, through faults.

`kiosk intake serve --workers 4` runs as its own process (four worker processes sharing one
database, no lock between them); fifty terminals, each with twenty dossiers of one adult and one
evidence file, sync through a TCP proxy that resets, cuts, delays and stalls connections, while the
service itself answers 503s and loses answers after committing. At the end the database holds each
dossier exactly once, counted there: one household, one submission, one evidence file and one
dossier number per dossier, every number distinct. Run on PostgreSQL.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from intake.keyfile import create_key_file
from intake.service import ServiceConfig, open_register
from kiosk.clock import FakeClock
from sync.client import RegisterClient
from sync.engine import Backoff, SyncEngine
from sync.faultproxy import FaultMix, FaultProxy
from sync.outbox import ACKNOWLEDGED, MemoryOutbox
from sync.protocol import Enrollment
from sync.simulator.server import free_port
from sync.testing import Adult, TestPki, household, national_number, sealed_item

TERMINALS, DOSSIERS, WORKERS = 50, 20, 4
KIOSK = Path(sys.executable).parent / "kiosk"
FAULT_MIX = FaultMix(
    reset=0.05, cut=0.06, delay=0.03, stall=0.01, delay_seconds=0.1, stall_seconds=0.6, seed=11
)

pytestmark = pytest.mark.slow


def service_command(config: ServiceConfig, port: int, workers: int, faults: str | None) -> list[str]:
    """The command line that starts the intake service."""
    command = [str(KIOSK), "intake", "--db", config.db_url, "--key-file", str(config.key_file)]
    if config.settings_file:
        command += ["--settings", str(config.settings_file)]
    command += [
        "serve",
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--trust-roots",
        str(config.trust_roots),
    ]
    return command + (["--faults", faults] if faults else [])


@contextmanager
def running_service(config: ServiceConfig, workers: int, faults: str | None, log: Path) -> Iterator[str]:
    """Start `kiosk intake serve` in its own process group; yield its URL; stop the whole group after."""
    port = free_port()
    with log.open("wb") as output:
        process = subprocess.Popen(
            service_command(config, port, workers, faults),
            stdout=output,
            stderr=output,
            start_new_session=True,
        )
    try:
        base_url = f"http://127.0.0.1:{port}"
        wait_for_health(base_url, process, log)
        yield base_url
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)


def wait_for_health(base_url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()[-3000:]
        try:
            if httpx.get(base_url + "/v1/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError("the intake service did not answer its health check: " + log.read_text()[-3000:])


def service_config(tmp_path: Path, db_url: str, pki: TestPki) -> ServiceConfig:
    key_file = tmp_path / "intake.key"
    create_key_file(key_file)
    settings = tmp_path / "intake.toml"
    # Numbered by the service itself here, so that dossier numbers are drawn under concurrency too.
    settings.write_text("[intake]\nassign_dossier_numbers = true\nsecure_cookies = false\n")
    return ServiceConfig(db_url, key_file, settings, pki.write_roots(tmp_path / "roots"))


def dossier_key(terminal: int, dossier: int) -> str:
    """A distinct national number per dossier: born on January (dossier + 1), 1975, sequence = terminal."""
    return national_number(f"7501{dossier + 1:02d}", terminal)


def enrolled(register: Any, label: str) -> Enrollment:
    """Enroll a terminal in the service's database, before the faulty traffic starts.

    Enrolling is not what this test is about, and the service's injected faults would make it a
    lottery: a lost answer uses up the one-time code (the coordinator then hands out a new one).
    """
    _terminal_id, code = register.add_terminal(label)
    return Enrollment.from_json(register.enroll(code, label))  # the body the HTTP answer carries


def one_terminal(proxy_url: str, enrollment: Enrollment, pki: TestPki, index: int) -> MemoryOutbox:
    """Sync twenty dossiers through the faulty proxy until the queue drains."""
    outbox = MemoryOutbox()
    for n in range(DOSSIERS):
        key = dossier_key(index, n)
        page = f"{key} payslip ".encode() * 30
        snapshot = household(
            pki,
            terminal_id=enrollment.terminal_id,
            household_key=key,
            adults=[Adult(key, "A")],
            attachments=[page],
        )
        item, _boxes = sealed_item(enrollment.sealing_public_key, snapshot, [page])
        outbox.add(item, key)
    transport = httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
    client = RegisterClient(proxy_url, enrollment.token, timeout=httpx.Timeout(2.0), transport=transport)
    engine = SyncEngine(
        client,
        outbox,
        FakeClock(),
        terminal_id=enrollment.terminal_id,
        backoff=Backoff(base=1, cap=30, rng=random.Random(index)),
    )
    with client:
        engine.run_until_drained(max_passes=5_000)
    return outbox


# PostgreSQL, as in production: SQLite takes one writer at a time anyway (its concurrency is proved by the
# simulator's own campaign, tests/faults/test_sync_exactly_once.py, whose uvicorn serves requests from
# a thread pool), and this test takes about two minutes per database.
@pytest.mark.timeout(1200)  # about two minutes here; room for a machine several times slower
@pytest.mark.parametrize("register_db", ["postgresql"], indirect=True)
def test_fifty_terminals_with_twenty_dossiers_each_arrive_exactly_once(
    tmp_path: Path, register_db: str
) -> None:
    pki = TestPki()
    config = service_config(tmp_path, register_db, pki)
    with running_service(
        config, WORKERS, "error=0.03,lost=0.03,seed=4", tmp_path / "service.log"
    ) as base_url:
        register, _settings = open_register(config, migrate=False)
        with closing(register):
            enrollments = [enrolled(register, f"t{n}") for n in range(TERMINALS)]
            with (
                FaultProxy(int(base_url.rsplit(":", 1)[1]), FAULT_MIX) as proxy,
                ThreadPoolExecutor(TERMINALS) as pool,
            ):
                futures = [
                    pool.submit(one_terminal, proxy.base_url, enrollment, pki, n)
                    for n, enrollment in enumerate(enrollments)
                ]
                outboxes = [f.result(timeout=900) for f in futures]
            faulty = sum(v for k, v in proxy.counts.items() if k != "none")
            assert faulty / sum(proxy.counts.values()) >= 0.10, proxy.counts
            assert all(o.counts()[ACKNOWLEDGED] == DOSSIERS for o in outboxes)
            counted = count_in_database(register)
    total = TERMINALS * DOSSIERS
    assert counted == {
        "households": total,
        "submissions": total,
        "households with one submission": total,
        "attachments": total,
        "dossier numbers": total,
        "distinct dossier numbers": total,
    }


def count_in_database(register: object) -> dict[str, int]:
    """Count what the service holds, with plain SQL on its database."""
    queries = {
        "households": "SELECT count(*) FROM households WHERE practice = false",
        "submissions": "SELECT count(*) FROM submissions",
        "households with one submission": "SELECT count(*) FROM (SELECT household_id FROM submissions"
        " GROUP BY household_id HAVING count(*) = 1) AS once",
        "attachments": "SELECT count(*) FROM attachments",
        "dossier numbers": "SELECT count(dossier_number) FROM households",
        "distinct dossier numbers": "SELECT count(DISTINCT dossier_number) FROM households",
    }
    with register.engine.connect() as connection:  # type: ignore[attr-defined]
        return {name: int(connection.execute(text(sql)).scalar_one()) for name, sql in queries.items()}
