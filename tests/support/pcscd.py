"""Whether pcscd runs, a cross-process lock so only one test run uses the vpcd slots at once, and
stopping, starting and handing over the machine's pcscd (the pcscd restart test).

Ownership: `scripts/test.sh` writes "<pid> <token>" to `OWNER_FILE` when it starts a pcscd and, on
exit, stops the pcscd that file names if the token is its own. A test that replaces that pcscd
hands the file over to the replacement (`hand_over`), so the run that started the first one still
stops the last one.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import filelock

PCSCD_SOCKET = Path("/run/pcscd/pcscd.comm")
PID_FILE = Path("/run/pcscd/pcscd.pid")
LOCK_PATH = Path("/tmp/cir-kiosk-pcsc-tests.lock")
# scripts/pcscd.sh writes it; both read the same override (tests/unit/test_pcscd_script.py).
OWNER_FILE = Path(os.environ.get("PCSCD_OWNER_FILE", "/tmp/cir-kiosk-pcscd.owner"))


def pcscd_running() -> bool:
    """True when pcscd answers and lists the vpcd readers."""
    if not PCSCD_SOCKET.exists():
        return False
    from smartcard.Exceptions import SmartcardException
    from smartcard.pcsc.PCSCExceptions import BaseSCardException
    from smartcard.System import readers

    try:
        return any(str(r).startswith("Virtual PCD") for r in readers())
    except (SmartcardException, BaseSCardException):
        return False


def in_ci() -> bool:
    """True under CI (CI=true), where a missing pcscd is a failure, not a skip."""
    return os.environ.get("CI", "").lower() == "true"


def exclusive_vpcd_lock() -> filelock.FileLock:
    """A lock held while one `pcsc` test runs: one pcscd per machine, shared by every test run."""
    return filelock.FileLock(str(LOCK_PATH), timeout=1800)


def wait_until(predicate: object, timeout: float = 3.0, interval: float = 0.02) -> bool:
    """Poll `predicate()` until true or `timeout` seconds pass (pcscd polls vpcd every 400 ms)."""
    assert callable(predicate)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return bool(predicate())


@dataclass(frozen=True)
class Daemon:
    """A running pcscd: its PID, its command line and the regular file its output goes to, if any."""

    pid: int
    argv: tuple[str, ...]
    log: Path | None


def process_alive(pid: int) -> bool:
    """True while the process exists and is not a zombie."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[-1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def running_daemon() -> Daemon | None:
    """The pcscd named by its PID file, if it is alive."""
    try:
        digits = "".join(ch for ch in PID_FILE.read_text(errors="ignore") if ch.isdigit())
        pid = int(digits) if digits else 0
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().rstrip(b"\0").split(b"\0") if pid else []
    except OSError:
        return None
    if not pid or not argv or not process_alive(pid):
        return None
    return Daemon(pid, tuple(part.decode() for part in argv), _output_file(pid))


def _output_file(pid: int) -> Path | None:
    try:
        target = Path(os.readlink(f"/proc/{pid}/fd/1"))
    except OSError:
        return None
    return target if target.is_file() else None


def stop_daemon(pid: int, timeout: float = 5.0) -> None:
    """SIGTERM, then SIGKILL if it has not gone within `timeout` seconds."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        if wait_until(lambda: not process_alive(pid), timeout=timeout):
            return
    raise AssertionError(f"pcscd {pid} did not stop")


def start_detached(daemon: Daemon) -> Daemon:
    """Start `daemon`'s command line again in its own session (it outlives the test), logging where
    it logged; returns the new daemon once it answers with the vpcd readers."""
    log = daemon.log or Path(os.devnull)
    with log.open("ab") as out:
        subprocess.run(
            ["setsid", "-f", *daemon.argv], stdout=out, stderr=out, stdin=subprocess.DEVNULL, check=True
        )
    assert wait_until(pcscd_running, timeout=10), "the restored pcscd does not answer"
    restored = running_daemon()
    assert restored is not None and restored.pid != daemon.pid, "the restored pcscd has no PID file"
    return restored


def hand_over(old_pid: int, new_pid: int, owner_file: Path = OWNER_FILE) -> None:
    """If a test run owns `old_pid` (`owner_file`), make it own `new_pid` instead."""
    try:
        pid, _, token = owner_file.read_text().strip().partition(" ")
    except OSError:
        return
    if pid == str(old_pid):
        owner_file.write_text(f"{new_pid} {token}\n")
