"""Sync throughput: the engine against raw httpx uploading the same bytes to the simulator.

1,000 dossiers, each a sealed submission with 2 sealed attachments of 200 KB, go to a register
simulator running in its own process on loopback. The baseline is a bare httpx loop PUTting the
same sealed bytes to an identical simulator (a copy of the same database, so the same keys).
Runs are ordered baseline, engine, engine, baseline (ABBA) so that drift in disk or CPU load
(a shared 2-core machine) falls on both sides; each run has its own fresh simulator.
Prints the time ratio (target <= 1.5) and the engine's peak RSS growth (target <= 50 MB).

    .venv/bin/python benchmarks/sync_throughput.py [--dossiers 1000] [--attachment-kb 200]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

from kiosk.clock import SystemClock
from sync.client import RegisterClient
from sync.engine import SyncEngine
from sync.outbox import MemoryOutbox, OutboxItem, SealedAttachment
from sync.protocol import envelope, idempotency_header
from sync.simulator.register import Register
from sync.simulator.server import free_port
from sync.testing import Adult, TestPki, household, national_number, sealed_item


def start_simulator(db: Path, roots: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    code = (
        "import sys, pathlib; from sync.simulator.server import serve_forever; "
        "serve_forever(sys.argv[1], pathlib.Path(sys.argv[2]), None, '127.0.0.1', int(sys.argv[3]))"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code, f"sqlite:///{db}", str(roots), str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(url + "/v1/health").status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.05)
    raise RuntimeError("the simulator did not start")


def prepare(
    folder: Path, dossiers: int, size: int
) -> tuple[Path, Path, str, str, list[tuple[OutboxItem, str]]]:
    pki = TestPki()
    roots = pki.write_roots(folder / "roots")
    db = folder / "register-a.db"
    register = Register(f"sqlite:///{db}")
    terminal_id, code = register.add_terminal()
    enrollment = register.enroll(code, "bench")
    public = register.sealing_public_key()
    register.close()
    for copy in "bcd":
        shutil.copy(db, folder / f"register-{copy}.db")
    boxes_dir = folder / "boxes"
    boxes_dir.mkdir()
    items = []
    for n in range(dossiers):
        key = national_number("800101", n) if n < 1000 else national_number("810101", n)
        pages = [os.urandom(size) for _ in range(2)]
        snapshot = household(
            pki, terminal_id=terminal_id, household_key=key, adults=[Adult(key, "A")], attachments=pages
        )
        item, boxes = sealed_item(public, snapshot, pages)
        for sha, box in boxes.items():
            (boxes_dir / sha).write_bytes(box)
        attachments = tuple(SealedAttachment(sha, (boxes_dir / sha).read_bytes) for sha in boxes)
        items.append(
            (OutboxItem(item.item_id, item.household_ref, 0, item.sealed_submission, attachments), key)
        )
    return db, roots, str(enrollment["token"]), terminal_id, items


class PeakRss:
    """Samples this process's resident memory every 20 ms."""

    def __init__(self) -> None:
        self.start = self.peak = _rss()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(0.02):
            self.peak = max(self.peak, _rss())

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    @property
    def growth_mb(self) -> float:
        return (self.peak - self.start) / 2**20


def _rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def baseline(url: str, token: str, items: list[tuple[OutboxItem, str]]) -> float:
    started = time.perf_counter()
    with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"}, timeout=30) as client:
        for item, _key in items:
            for attachment in item.attachments:
                client.put(
                    f"/v1/attachments/{attachment.sha256}",
                    content=attachment.load(),
                    headers={"Content-Type": "application/octet-stream"},
                ).raise_for_status()
            assert item.sealed_submission is not None
            client.put(
                f"/v1/submissions/{item.item_id}",
                content=json.dumps(envelope(item.item_id, item.sealed_submission)),
                headers={
                    "Content-Type": "application/json",
                    "Idempotency-Key": idempotency_header(item.item_id),
                },
            ).raise_for_status()
    return time.perf_counter() - started


def engine_run(
    url: str, token: str, terminal_id: str, items: list[tuple[OutboxItem, str]]
) -> tuple[float, float]:
    outbox = MemoryOutbox()
    for item, key in items:
        outbox.add(item, key)
    with PeakRss() as memory:
        started = time.perf_counter()
        with RegisterClient(url, token) as client:
            report = SyncEngine(client, outbox, SystemClock(), terminal_id=terminal_id).run_until_drained()
        elapsed = time.perf_counter() - started
    assert len(report.acknowledged) == len(items), report
    return elapsed, memory.growth_mb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=1000)
    parser.add_argument("--attachment-kb", type=int, default=200)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    try:
        _db, roots, token, terminal_id, items = prepare(folder, args.dossiers, args.attachment_kb * 1024)
        raw = engine = growth = 0.0
        for order, copy in zip("BEEB", "abcd", strict=True):
            process, url = start_simulator(folder / f"register-{copy}.db", roots)
            try:
                if order == "B":
                    raw += baseline(url, token, items)
                else:
                    elapsed, grown = engine_run(url, token, terminal_id, items)
                    engine, growth = engine + elapsed, max(growth, grown)
            finally:
                process.terminate()
                process.wait(timeout=10)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    megabytes = args.dossiers * 2 * args.attachment_kb / 1024
    print(f"dossiers: {args.dossiers} x 2 x {args.attachment_kb} KB ({megabytes:.0f} MB sealed attachments)")
    print(f"raw httpx baseline: {raw:.2f} s for 2 runs ({2 * args.dossiers / raw:.0f} dossiers/s)")
    print(f"sync engine:        {engine:.2f} s for 2 runs ({2 * args.dossiers / engine:.0f} dossiers/s)")
    print(f"time ratio engine/baseline: {engine / raw:.2f} (target <= 1.5)")
    print(f"engine peak RSS growth: {growth:.1f} MB (target <= 50 MB)")


if __name__ == "__main__":
    main()
