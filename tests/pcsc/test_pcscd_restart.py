"""The card monitor survives a pcscd restart without restarting the program.

This is the one test allowed to restart the machine's shared pcscd: it holds the vpcd lock like
every pcsc test, stops the pcscd that runs, starts its own for the second half, and at the end
stops its own and starts the one that ran before again (same command line, same log file). Whoever
owned the first pcscd owns the restored one (`tests/support/pcscd.py`, `hand_over`), so `make test`
still stops the pcscd it started; while the test's own pcscd runs, the test run owns that one, so it
is stopped even if the test process dies half-way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cardreader.errors import CardError
from cardreader.pcsc import CardEvent, CardMonitor
from cardreader.virtual.vpcd import VpcdCardClient
from tests.pcsc.conftest import READER
from tests.support.pcscd import (
    OWNER_FILE,
    Daemon,
    hand_over,
    in_ci,
    pcscd_running,
    process_alive,
    running_daemon,
    start_detached,
    stop_daemon,
    wait_until,
)

pytestmark = pytest.mark.pcsc

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture
def pcscd_before(insert_card: Callable[..., VpcdCardClient]) -> Iterator[Daemon]:
    """The pcscd running before the test; running again (and owned as before) after it.

    Asks for `insert_card` so that pcscd is back before that fixture takes the cards out.
    """
    before = running_daemon()
    if before is None:
        message = "no running pcscd with a PID file to restart"
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    owned = _owner_pid() == before.pid
    yield before
    if running_daemon() is None:
        hand_over(before.pid, start_detached(before).pid)
    restored = running_daemon()
    assert restored is not None, "no pcscd runs after the test"
    if owned:
        assert _owner_pid() == restored.pid, "the run that started pcscd no longer owns the one running"


def _owner_pid() -> int | None:
    try:
        return int(OWNER_FILE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


class OwnDaemon:
    """The pcscd this test starts for its second half, owned (OWNER_FILE) while it runs."""

    def __init__(self, before: Daemon) -> None:
        self.before = before
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        with (ARTIFACTS / "pcscd-restart-test.log").open("ab") as log:
            self.process = subprocess.Popen(
                ["/usr/sbin/pcscd", "--foreground", "--info"], stdout=log, stderr=log, start_new_session=True
            )
        hand_over(self.before.pid, self.process.pid)
        assert wait_until(pcscd_running, timeout=10), "the test's pcscd does not answer"

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            stop_daemon(self.process.pid)
        self.process.wait(timeout=5)
        hand_over(self.process.pid, self.before.pid)  # until the one before is back, as it was


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setsid") is None, reason="restarting pcscd needs root")
def test_the_monitor_recovers_from_a_pcscd_restart(
    pcscd_before: Daemon, insert_card: Callable[..., VpcdCardClient]
) -> None:
    events: list[CardEvent] = []
    errors: list[CardError] = []
    stop = threading.Event()
    own = OwnDaemon(pcscd_before)
    monitor = CardMonitor(
        events.append, stop, allow_virtual=True, poll_seconds=0.2, on_error=errors.append
    ).start()
    try:
        insert_card("nl-citizen-18")
        assert wait_until(lambda: any(e.inserted for e in events), timeout=3)
        stop_daemon(pcscd_before.pid)
        assert wait_until(lambda: bool(errors), timeout=3), "the monitor did not notice pcscd going away"
        assert any(not e.inserted and e.reader == READER for e in events)
        own.start()
        before = len(events)
        insert_card("fr-citizen-17-rsa")
        assert wait_until(lambda: any(e.inserted for e in events[before:]), timeout=5)
    finally:
        stop.set()
        monitor.join(timeout=3)
        own.stop()
    assert own.process is not None and not process_alive(own.process.pid)
