"""`kiosk sync` killed with SIGKILL at random moments, then restarted: still exactly once.

Also the USB route: `kiosk sync --export` on one data directory, `--import` on another.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync.outbox import ACKNOWLEDGED, DirectoryOutbox
from sync.simulator.server import RunningSimulator, running_simulator
from sync.testing import Adult, TestPki, household, national_number, sealed_item

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
        stdin=f"{code}\noefen\n",
    )
    assert result.returncode == 0, result.stderr
    return path


def fill_outbox(
    data_dir: Path, sim: RunningSimulator, pki: TestPki, count: int, prefix: str
) -> dict[str, list[str]]:
    from sync.terminal import load_record

    record = load_record(data_dir)
    assert record is not None
    outbox = DirectoryOutbox(data_dir / "outbox")
    expected = {}
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
        item, boxes = sealed_item(record.sealing_key, snapshot, pages)
        outbox.add_with_attachments(item, boxes, key)
        expected[key] = sorted(boxes)
    return expected


def assert_exactly_once(sim: RunningSimulator, expected: dict[str, list[str]]) -> None:
    assert sim.register.household_count() == len(expected) + 3  # plus the seeded households
    for key, shas in expected.items():
        state = sim.register.household_state(key)
        assert state["files"] == shas and len(state["submissions"]) == 1 and state["dossier_number"]


def test_sigkill_at_random_moments_then_restart(
    tmp_path: Path, simulator: RunningSimulator, pki: TestPki
) -> None:
    data_dir = enrolled_data_dir(tmp_path / "terminal", simulator)
    expected = fill_outbox(data_dir, simulator, pki, 150, "700101")
    rng = random.Random(11)
    kills = 0
    progress: list[int] = []
    for _ in range(60):
        process = subprocess.Popen(
            [*KIOSK, "--data-dir", str(data_dir), "sync"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.15, 0.9))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        process.wait(timeout=30)
        progress.append(DirectoryOutbox(data_dir / "outbox").counts()[ACKNOWLEDGED])
        if kills >= 22:
            break
    assert kills >= 20
    # The kills landed in the middle of the queue, not only before the first request or after the last.
    assert sum(1 for done in progress if 0 < done < len(expected)) >= 5, progress
    final = kiosk(data_dir, "sync")
    assert final.returncode == 0, final.stderr
    outbox = DirectoryOutbox(data_dir / "outbox")
    assert outbox.counts()[ACKNOWLEDGED] == len(expected)
    assert len(outbox.dossier_numbers) == len(expected)
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
    assert DirectoryOutbox(offline_laptop / "outbox").counts()[ACKNOWLEDGED] == 5
    assert_exactly_once(simulator, expected)


def test_import_refuses_a_file_of_the_wrong_type(tmp_path: Path, simulator: RunningSimulator) -> None:
    counter = enrolled_data_dir(tmp_path / "counter", simulator)
    wrong = tmp_path / "photo.jpg"
    wrong.write_bytes(b"\xff\xd8\xff\xe0 not an export")
    result = kiosk(counter, "sync", "--import", str(wrong))
    assert result.returncode == 1 and "not a kiosk outbox export" in result.stderr


def test_sync_refuses_without_enrollment(tmp_path: Path) -> None:
    result = kiosk(tmp_path, "sync", "--once")
    assert result.returncode == 1 and "enroll" in result.stderr
