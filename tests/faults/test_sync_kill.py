"""`kiosk sync` killed with SIGKILL at random moments, then restarted: still exactly once.

Also the USB route: `kiosk sync --export` on one data directory, `--import` on another.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import outbox as core_outbox
from kiosk.keys import training_secret_store
from kiosk.store import TRAINING_PASSWORD, Store, load_enrollment
from sync.encoder import JsonSubmissionEncoder
from sync.protocol import sha256_hex
from sync.simulator.server import RunningSimulator, running_simulator
from sync.testing import Adult, TestPki, household, national_number

KIOSK = [sys.executable, "-c", "from ui.cli import run; run()"]


@pytest.fixture(scope="module")
def pki() -> TestPki:
    return TestPki()


@pytest.fixture
def simulator(tmp_path: Path, pki: TestPki) -> Iterator[RunningSimulator]:
    roots = pki.write_roots(tmp_path / "roots")
    with running_simulator(f"sqlite:///{tmp_path / 'register.db'}", roots) as sim:
        yield sim


def kiosk(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KIOSK, "--data-dir", str(data_dir), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def enrolled_data_dir(path: Path, sim: RunningSimulator) -> Path:
    path.mkdir()
    (path / "settings.toml").write_text("training = true\n")
    _tid, code = sim.register.add_terminal()
    result = kiosk(
        path,
        "enroll",
        "--register-url",
        sim.base_url,
        "--coordinator",
        "coordinator",
        stdin=f"{code}\n{TRAINING_PASSWORD}\n",
    )
    assert result.returncode == 0, result.stderr
    return path


def open_store(data_dir: Path) -> Store:
    return Store.open(data_dir, training_secret_store(data_dir))


def fill_outbox(
    data_dir: Path, sim: RunningSimulator, pki: TestPki, count: int, prefix: str
) -> dict[str, list[str]]:
    """Queue `count` households as the core does at visit end (real SQLite, sealed entries)."""
    expected = {}
    now = datetime.now(UTC)
    with open_store(data_dir) as store, store.begin() as session:
        record = load_enrollment(session, store)
        assert record is not None
        for n in range(count):
            key = national_number(prefix, n)
            pages = [f"{key} page {p}".encode() * 500 for p in (1, 2)]
            snapshot = household(
                pki,
                terminal_id=record.terminal_id,
                household_key=key,
                adults=[Adult(key, "A")],
                attachments=pages,
            )
            files = [(sha256_hex(page), page) for page in pages]
            core_outbox.enqueue_visit_end(
                session,
                snapshot,
                JsonSubmissionEncoder(),
                record.sealing_public_key,
                household_ref=f"ref-{prefix}-{n}",
                dossier_id=None,
                attachments=files,
                now=now,
            )
            expected[key] = sorted(sha for sha, _page in files)
    return expected


def acknowledged(data_dir: Path) -> int:
    with open_store(data_dir) as store, store.begin() as session:
        return core_outbox.queue_health(session, datetime.now(UTC)).acknowledged


def _acknowledged_now(data_dir: Path) -> int:
    """Acknowledged entries as committed so far, read without opening the store (cheap to poll)."""
    with closing(sqlite3.connect(f"file:{data_dir / 'kiosk.db'}?mode=ro", uri=True, timeout=5)) as db:
        (count,) = db.execute("SELECT count(*) FROM outbox WHERE state = 'acknowledged'").fetchone()
    return int(count)


def _wait_for_progress(process: subprocess.Popen[bytes], data_dir: Path, entries: int) -> None:
    """Wait until the running sync has acknowledged `entries` more entries (or ended, or 30 s)."""
    target = _acknowledged_now(data_dir) + entries
    deadline = time.monotonic() + 30
    while process.poll() is None and time.monotonic() < deadline:
        if _acknowledged_now(data_dir) >= target:
            return
        time.sleep(0.02)


def assert_exactly_once(sim: RunningSimulator, expected: dict[str, list[str]]) -> None:
    assert sim.register.household_count() == len(expected) + 4  # plus the seeded households
    for key, shas in expected.items():
        state = sim.register.household_state(key)
        assert state["files"] == shas and len(state["submissions"]) == 1 and state["dossier_number"]


def test_sigkill_at_random_moments_then_restart(
    tmp_path: Path, simulator: RunningSimulator, pki: TestPki
) -> None:
    data_dir = enrolled_data_dir(tmp_path / "terminal", simulator)
    expected = fill_outbox(data_dir, simulator, pki, 200, "700101")
    rng = random.Random(11)
    kills = 0
    progress: list[int] = []
    for run in range(200):  # bounded; usually about 40 runs give the 22 kills
        process = subprocess.Popen(
            [*KIOSK, "--data-dir", str(data_dir), "sync"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        # Every other run is killed at a random moment (often during start-up, 0.5-1.5 s on this
        # machine); the others once this run has acknowledged a random few more entries, so that kills
        # land in the middle of the queue however fast the machine drains it.
        if run % 2:
            _wait_for_progress(process, data_dir, rng.randint(1, 30))
        else:
            time.sleep(rng.uniform(0.3, 2.6))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        process.wait(timeout=30)
        progress.append(acknowledged(data_dir) // 3)  # 2 attachments + 1 submission per household
        if kills >= 22:
            break
    assert kills >= 20
    # The kills landed in the middle of the queue, not only before the first request or after the last.
    assert sum(1 for done in progress if 0 < done < len(expected)) >= 5, progress
    final = kiosk(data_dir, "sync")
    assert final.returncode == 0, final.stderr
    assert acknowledged(data_dir) == 3 * len(expected)
    assert_exactly_once(simulator, expected)


def test_export_on_one_terminal_import_on_another_delivers_exactly_once(
    tmp_path: Path, simulator: RunningSimulator, pki: TestPki
) -> None:
    offline_laptop = enrolled_data_dir(tmp_path / "laptop", simulator)
    counter = enrolled_data_dir(tmp_path / "counter", simulator)
    expected = fill_outbox(offline_laptop, simulator, pki, 5, "710101")
    stick = tmp_path / "usb" / "outbox-export.json"
    stick.parent.mkdir()
    assert kiosk(offline_laptop, "sync", "--export", str(stick)).returncode == 0
    for _ in range(2):  # importing twice queues each entry once
        assert kiosk(counter, "sync", "--import", str(stick)).returncode == 0
    assert kiosk(counter, "sync", "--once").returncode == 0
    assert_exactly_once(simulator, expected)
    # The laptop comes back online later: its own copies are replays, not duplicates.
    assert kiosk(offline_laptop, "sync", "--once").returncode == 0
    assert acknowledged(offline_laptop) == 3 * 5
    assert_exactly_once(simulator, expected)


def test_import_refuses_a_file_of_the_wrong_type(tmp_path: Path, simulator: RunningSimulator) -> None:
    counter = enrolled_data_dir(tmp_path / "counter", simulator)
    wrong = tmp_path / "photo.jpg"
    wrong.write_bytes(b"\xff\xd8\xff\xe0 not an export")
    result = kiosk(counter, "sync", "--import", str(wrong))
    assert result.returncode == 1 and "is not a kiosk outbox export" in result.stderr


def test_sync_refuses_without_enrollment(tmp_path: Path) -> None:
    result = kiosk(tmp_path, "sync", "--once")
    assert result.returncode == 1 and "enroll" in result.stderr


def test_enroll_refuses_a_used_code_and_keeps_no_store(tmp_path: Path, simulator: RunningSimulator) -> None:
    enrolled_data_dir(tmp_path / "first", simulator)
    _tid, code = simulator.register.add_terminal()
    assert (
        kiosk(
            tmp_path / "first",
            "enroll",
            "--register-url",
            simulator.base_url,
            "--coordinator",
            "c",
            stdin=f"{code}\n{TRAINING_PASSWORD}\n",
        ).returncode
        == 1
    )  # already enrolled
    second = tmp_path / "second"
    second.mkdir()
    (second / "settings.toml").write_text("training = true\n")
    assert (
        kiosk(
            second,
            "enroll",
            "--register-url",
            simulator.base_url,
            "--coordinator",
            "c",
            stdin=f"{code}\n{TRAINING_PASSWORD}\n",
        ).returncode
        == 0
    )
    third = tmp_path / "third"
    third.mkdir()
    (third / "settings.toml").write_text("training = true\n")
    result = kiosk(
        third,
        "enroll",
        "--register-url",
        simulator.base_url,
        "--coordinator",
        "c",
        stdin=f"{code}\n{TRAINING_PASSWORD}\n",
    )
    assert result.returncode == 4 and not (third / "kiosk.db").exists()
