"""The card monitor survives a pcscd restart without restarting the program.

This is the one test allowed to restart the shared pcscd (TEAM.md): it holds the vpcd lock like
every pcsc test, and leaves a working pcscd behind, started with `setsid` so it outlives the test.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from cardreader.errors import CardError
from cardreader.pcsc import CardEvent, CardMonitor
from cardreader.virtual.vpcd import VpcdCardClient
from tests.pcsc.conftest import READER
from tests.support.pcscd import PCSCD_SOCKET, pcscd_running, wait_until

pytestmark = pytest.mark.pcsc

PID_FILE = Path("/run/pcscd/pcscd.pid")
PCSCD = "/usr/sbin/pcscd"


def _pcscd_pid() -> int | None:
    try:
        digits = "".join(ch for ch in PID_FILE.read_text(errors="ignore") if ch.isdigit())
    except OSError:
        return None
    return int(digits) if digits else None


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _start_pcscd() -> None:
    log = open("/tmp/cir-kiosk-pcscd-restarted.log", "ab")  # noqa: SIM115 - handed to the daemon
    with log:
        subprocess.run(["setsid", "-f", PCSCD, "--foreground", "--info"], stdout=log, stderr=log, check=True)


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setsid") is None, reason="restarting pcscd needs root")
def test_the_monitor_recovers_from_a_pcscd_restart(insert_card: Callable[..., VpcdCardClient]) -> None:
    pid = _pcscd_pid()
    if pid is None or not _alive(pid):
        pytest.skip("no pcscd pid to restart")
    events: list[CardEvent] = []
    errors: list[CardError] = []
    stop = threading.Event()
    monitor = CardMonitor(
        events.append, stop, allow_virtual=True, poll_seconds=0.2, on_error=errors.append
    ).start()
    try:
        insert_card("nl-citizen-18")
        assert wait_until(lambda: any(e.inserted for e in events), timeout=3)
        os.kill(pid, signal.SIGTERM)
        assert wait_until(lambda: not _alive(pid), timeout=5)
        assert wait_until(lambda: bool(errors), timeout=3), "the monitor did not notice pcscd going away"
        assert any(not e.inserted and e.reader == READER for e in events)
    finally:
        if not PCSCD_SOCKET.exists() or not pcscd_running():
            _start_pcscd()
        assert wait_until(pcscd_running, timeout=10), "pcscd did not come back"
    try:
        before = len(events)
        insert_card("fr-citizen-17-rsa")
        assert wait_until(lambda: any(e.inserted for e in events[before:]), timeout=5)
    finally:
        stop.set()
        monitor.join(timeout=3)
