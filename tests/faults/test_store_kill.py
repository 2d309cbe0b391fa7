"""Kill -9 while confirmations are being recorded: nothing reported committed is lost."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk import audit, db, dossiers
from kiosk.keys import KeyringSecretStore
from kiosk.models import OutboxEntry
from kiosk.store import Store
from tests.support.secret_service import SecretService
from tests.unit.core.cli_support import enroll

WORKER = Path(__file__).with_name("store_kill_worker.py")
KILLS = 50


def _run_and_kill(data_dir: Path, start: int, rng: random.Random) -> list[tuple[str, int]]:
    worker = subprocess.Popen(
        [sys.executable, str(WORKER), str(data_dir), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert worker.stdout is not None
    ready = worker.stdout.readline()
    if ready.strip() != "ready":
        worker.kill()
        _, error = worker.communicate()
        raise AssertionError(f"worker did not start: {error}")
    time.sleep(rng.uniform(0.0, 0.4))
    worker.send_signal(signal.SIGKILL)
    output, _ = worker.communicate()
    assert worker.returncode == -signal.SIGKILL
    committed = []
    for line in output.splitlines(keepends=True):
        if line.startswith("committed ") and line.endswith("\n"):  # a line cut by the kill does not count
            _, dossier_id, number = line.split()
            committed.append((dossier_id, int(number)))
    return committed


@pytest.mark.slow
def test_kill_9_loses_no_reported_confirmation(secret_service_session: SecretService, tmp_path: Path) -> None:
    data_dir = tmp_path / "kiosk-data"
    enroll(data_dir, "coord", "eerste-wachtwoord")
    rng = random.Random(20261127)
    committed: list[tuple[str, int]] = []
    for round_number in range(KILLS):
        committed += _run_and_kill(data_dir, 10_000_000 * (round_number + 1), rng)
    assert len(committed) >= KILLS, "the worker committed too little to prove anything"

    with Store.open(data_dir, KeyringSecretStore(data_dir)) as store:
        assert db.integrity_ok(store.engine)
        unlocked = store.sign_in("coord", "eerste-wachtwoord", datetime.now(UTC))
        with store.begin() as session:
            for dossier_id, number in committed:
                dossier = dossiers.load_dossier(session, unlocked, dossier_id)
                assert dossier.members[0].national_number == f"{number:011d}"
                assert dossier.members[0].confirmation is not None
            assert audit.verify(session, store.device).ok
            queued = session.scalar(select(func.count()).select_from(OutboxEntry))
            assert queued is not None and queued >= len(committed)
