"""Whether pcscd runs, and a cross-process lock so only one test run uses the vpcd slots at once."""

from __future__ import annotations

import os
import time
from pathlib import Path

import filelock

PCSCD_SOCKET = Path("/run/pcscd/pcscd.comm")
LOCK_PATH = Path("/tmp/cir-kiosk-pcsc-tests.lock")


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
