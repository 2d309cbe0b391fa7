"""The `kiosk register-sim` commands: serve on loopback, terminals, the staff list."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx

from sync.simulator.register import Register
from sync.simulator.server import free_port

KIOSK = [sys.executable, "-c", "from ui.cli import run; run()"]


def kiosk(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KIOSK, "--data-dir", str(data_dir), *args], capture_output=True, text=True, timeout=60, check=False
    )


def test_terminal_add_prints_a_code_that_enrolls_once_and_revoke_ends_it(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'sim.db'}"
    added = kiosk(tmp_path, "register-sim", "--db", db, "terminal", "add")
    assert added.returncode == 0
    terminal_id = added.stdout.split()[1]
    code = added.stdout.split()[-1]
    register = Register(db)
    try:
        assert register.enroll(code, "")["terminal_id"] == terminal_id
    finally:
        register.close()
    assert kiosk(tmp_path, "register-sim", "--db", db, "terminal", "revoke", terminal_id).returncode == 0
    assert kiosk(tmp_path, "register-sim", "--db", db, "terminal", "revoke", "t-unknown").returncode == 1


def test_staff_add_and_remove(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'sim.db'}"
    assert kiosk(tmp_path, "register-sim", "--db", db, "staff", "add", "70010100509").returncode == 0
    register = Register(db)
    try:
        with register.session() as session:
            from sync.simulator.models import Staff

            assert session.get(Staff, "70010100509") is not None
    finally:
        register.close()
    assert kiosk(tmp_path, "register-sim", "--db", db, "staff", "remove", "70010100509").returncode == 0
    refused = kiosk(tmp_path, "register-sim", "--db", db, "staff", "add", "12")
    assert refused.returncode == 1 and "11 digits" in refused.stderr


def test_register_sim_serves_on_loopback_with_faults(tmp_path: Path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [*KIOSK, "--data-dir", str(tmp_path), "register-sim", "--port", str(port), "--faults", "captive"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        answer = None
        deadline = time.monotonic() + 60  # a loaded machine starts the simulator slowly
        while answer is None and time.monotonic() < deadline:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/v1/health")
            except httpx.TransportError:
                time.sleep(0.05)
        assert answer is not None, "the register simulator did not start within a minute"
        assert answer.status_code == 200 and "html" in answer.headers["content-type"]
    finally:
        process.terminate()
        process.wait(timeout=10)
    assert (tmp_path / "register-sim.db").exists()
