"""Oversized bodies do not grow the register's memory: measured on the simulator's own process.

The simulator runs as `kiosk register-sim` in a subprocess, so its peak resident set (VmHWM in
/proc/PID/status) is its alone, not the test runner's. Before the limits, a 300 MiB enrollment POST
took it from about 70 MB to about 690 MB before the 413.
"""

from __future__ import annotations

import contextlib
import select
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from sync.simulator.server import free_port

KIOSK = [sys.executable, "-c", "from ui.cli import run; run()"]
HUGE = 300 * 1024 * 1024
PIECE = b"x" * (1024 * 1024)
ALLOWED_GROWTH = 40 * 1024 * 1024  # of the peak; the limits let through at most 8 MiB + 64 KiB per request


def kib(pid: int, field: str) -> int:
    """A memory figure of /proc/PID/status, in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"{field} not in /proc/{pid}/status")


@pytest.fixture
def register_process(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int, str]]:
    db = f"sqlite:///{tmp_path / 'register.db'}"
    added = subprocess.run(
        [*KIOSK, "--data-dir", str(tmp_path), "register-sim", "--db", db, "terminal", "add"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    code = added.stdout.split()[-1]
    port = free_port()
    process = subprocess.Popen(
        [*KIOSK, "--data-dir", str(tmp_path), "register-sim", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60  # a loaded machine starts the simulator slowly
        while not healthy(base):
            assert time.monotonic() < deadline, "the register simulator did not start within a minute"
            time.sleep(0.05)
        token = httpx.post(f"{base}/v1/terminals/enroll", json={"code": code}).json()["token"]
        yield process, port, token
    finally:
        process.terminate()
        process.wait(timeout=10)


def healthy(base: str) -> bool:
    with contextlib.suppress(httpx.TransportError):
        return httpx.get(f"{base}/v1/health").status_code == 200
    return False


def send_huge(port: int, head: str, chunked: bool) -> int | None:
    """Send `head` and up to 300 MiB of body; return the status the server answered (None: only a close)."""
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(head.encode())
        sent = 0
        try:
            while sent < HUGE:
                sock.sendall(b"%x\r\n%s\r\n" % (len(PIECE), PIECE) if chunked else PIECE)
                sent += len(PIECE)
                if select.select([sock], [], [], 0)[0]:
                    break  # answered (413) or closed: stop, as a real client would
        except (BrokenPipeError, ConnectionResetError):
            return None
        with contextlib.suppress(ConnectionResetError, TimeoutError):
            answer = sock.recv(256)
            return int(answer.split()[1]) if answer.startswith(b"HTTP/1.1") else None
    return None


def test_oversized_bodies_leave_the_register_memory_bounded(
    register_process: tuple[subprocess.Popen[bytes], int, str],
) -> None:
    process, port, token = register_process
    peak_before = kib(process.pid, "VmHWM")
    statuses = [
        # an unauthenticated enrollment, with its (huge) length declared, then chunked
        send_huge(port, _head("POST", "/v1/terminals/enroll", f"Content-Length: {HUGE}"), chunked=False),
        send_huge(port, _head("POST", "/v1/terminals/enroll", "Transfer-Encoding: chunked"), chunked=True),
        # an authenticated attachment and submission, chunked (no length to refuse them by)
        send_huge(
            port,
            _head("PUT", "/v1/attachments/" + "a" * 64, "Transfer-Encoding: chunked", token),
            chunked=True,
        ),
        send_huge(
            port,
            _head(
                "PUT",
                "/v1/submissions/5b0e2a4e-54b5-4b38-9a51-3c2d0e6f0a11",
                'Transfer-Encoding: chunked\r\nIdempotency-Key: "5b0e2a4e-54b5-4b38-9a51-3c2d0e6f0a11"',
                token,
            ),
            chunked=True,
        ),
    ]
    assert process.poll() is None, "the register died"
    growth = kib(process.pid, "VmHWM") - peak_before
    assert growth < ALLOWED_GROWTH, f"peak resident memory grew by {growth // 2**20} MiB"
    # Each was refused (413) or cut off (the server closed while the client still sent): never taken.
    assert all(status in (413, None) for status in statuses), statuses
    assert httpx.get(f"http://127.0.0.1:{port}/v1/health").status_code == 200  # still serving


def _head(method: str, path: str, length: str, token: str | None = None) -> str:
    auth = f"Authorization: Bearer {token}\r\n" if token else ""
    return (
        f"{method} {path} HTTP/1.1\r\nHost: register\r\n{auth}Content-Type: application/json\r\n"
        f"{length}\r\nConnection: close\r\n\r\n"
    )
