"""Intake service load: throughput with 4 uvicorn workers against 1, on PostgreSQL, without faults.

`kiosk intake serve` runs as its own process on a fresh PostgreSQL database (the one `make bench`
starts: scripts/postgres.sh exports CIR_TEST_POSTGRES_URL), once with 1 worker and once with 4.
Concurrent terminals send the same number of dossiers (each a sealed evidence file, then the sealed
submission of one adult who signed; built and sealed before the clock starts) straight over HTTP.
Prints dossiers per second for each, their ratio (target >= 1.5 on this 2-core machine), the p95
latency of one dossier (attachment + submission) and the service's peak memory (all its
processes' RSS together); exits 1 when the ratio misses the target.

    make bench   # or: .venv/bin/python benchmarks/intake_load.py [--dossiers 600] [--terminals 16]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psycopg

from intake.keyfile import create_key_file
from intake.service import ServiceConfig, open_register
from sync.client import RegisterClient
from sync.outbox import OutboxItem
from sync.protocol import envelope, idempotency_header
from sync.simulator.server import free_port
from sync.testing import Adult, TestPki, household, national_number, sealed_item

TARGET_RATIO = 1.5
KIOSK = Path(sys.executable).parent / "kiosk"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=600)
    parser.add_argument("--terminals", type=int, default=16)
    args = parser.parse_args()
    server = os.environ.get("CIR_TEST_POSTGRES_URL")
    if not server:
        print(
            "intake_load: no PostgreSQL (CIR_TEST_POSTGRES_URL): run it through `make bench`", file=sys.stderr
        )
        return 2
    pki = TestPki()
    with tempfile.TemporaryDirectory(prefix="intake-load-") as folder:
        results = {workers: run(Path(folder), server, pki, workers, args) for workers in (1, 4)}
    one, four = results[1], results[4]
    ratio = four["throughput"] / one["throughput"]
    for workers, result in results.items():
        print(
            f"intake_load: {workers} worker(s): {result['throughput']:.1f} dossiers/s, "
            f"p95 {result['p95'] * 1000:.0f} ms per dossier, peak memory {result['peak_mb']:.0f} MB "
            f"(in {result['elapsed']:.1f} s: service CPU {result['service_cpu']:.1f} s, "
            f"PostgreSQL CPU {result['postgres_cpu']:.1f} s, load generator CPU {result['load_cpu']:.1f} s; "
            f"the machine's CPUs {result['machine_busy']:.0%} busy)"
        )
    print(f"intake_load: load average during the runs: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    verdict = "met" if ratio >= TARGET_RATIO else "MISSED"
    print(f"intake_load: 4 workers / 1 worker = {ratio:.2f}x (target >= {TARGET_RATIO}x: {verdict})")
    return 0 if ratio >= TARGET_RATIO else 1


def run(folder: Path, server: str, pki: TestPki, workers: int, args: argparse.Namespace) -> dict[str, float]:
    """One measured run on a fresh database and a fresh service."""
    db_url = fresh_database(server, f"intake_load_{workers}_{os.getpid()}")
    key_file = folder / f"key-{workers}"
    create_key_file(key_file)
    config = ServiceConfig(db_url, key_file, None, pki.write_roots(folder / "roots"))
    register, _settings = open_register(config, migrate=True)
    codes = [register.add_terminal(f"bench-{n}")[1] for n in range(args.terminals)]
    register.close()
    port = free_port()
    command = [str(KIOSK), "intake", "--db", db_url, "--key-file", str(key_file), "serve"]
    command += ["--port", str(port), "--workers", str(workers), "--trust-roots", str(config.trust_roots)]
    process = subprocess.Popen(command, start_new_session=True)
    try:
        base_url = f"http://127.0.0.1:{port}"
        wait_until_up(base_url)
        terminals = [
            enroll(base_url, code, pki, n, args.dossiers // args.terminals, workers)
            for n, code in enumerate(codes)
        ]
        memory = PeakMemory(process.pid)
        memory.start()
        service_cpu = cpu_seconds(descendants(process.pid))
        own_cpu = time.process_time()
        machine = machine_ticks()
        postgres_cpu = cpu_seconds(processes_named("postgres"))
        started = time.perf_counter()
        with ThreadPoolExecutor(args.terminals) as pool:
            latencies = [
                lat for batch in pool.map(lambda t: send_all(base_url, t), terminals) for lat in batch
            ]
        elapsed = time.perf_counter() - started
        service_cpu = cpu_seconds(descendants(process.pid)) - service_cpu
        own_cpu = time.process_time() - own_cpu
        postgres_cpu = cpu_seconds(processes_named("postgres")) - postgres_cpu
        busy, total = (after - before for after, before in zip(machine_ticks(), machine, strict=True))
        memory.stop()
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
    latencies.sort()
    return {
        "throughput": len(latencies) / elapsed,
        "p95": latencies[int(len(latencies) * 0.95) - 1],
        "peak_mb": memory.peak / 1024 / 1024,
        "service_cpu": service_cpu,
        "load_cpu": own_cpu,
        "elapsed": elapsed,
        "postgres_cpu": postgres_cpu,
        "machine_busy": busy / total if total else 0.0,
    }


def fresh_database(server: str, name: str) -> str:
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    return server.rsplit("/", 1)[0] + "/" + name


def wait_until_up(base_url: str) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(base_url + "/v1/health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.2)
    raise SystemExit("intake_load: the service did not start")


def enroll(
    base_url: str, code: str, pki: TestPki, index: int, count: int, run: int
) -> tuple[str, list[tuple[OutboxItem, dict[str, bytes]]]]:
    """Enroll one terminal and seal its dossiers (before the clock starts)."""
    with RegisterClient(base_url) as anonymous:
        enrollment = anonymous.enroll(code)
    items = []
    for n in range(count):
        key = national_number(f"{60 + run}{(n % 12) + 1:02d}{(index % 28) + 1:02d}", n // 12 * 40 + index)
        page = f"{key} payslip ".encode() * 200
        snapshot = household(
            pki,
            terminal_id=enrollment.terminal_id,
            household_key=key,
            adults=[Adult(key, "A")],
            attachments=[page],
        )
        items.append(sealed_item(enrollment.sealing_public_key, snapshot, [page]))
    return enrollment.token, items


def send_all(base_url: str, terminal: tuple[str, list[tuple[OutboxItem, dict[str, bytes]]]]) -> list[float]:
    """Send a terminal's dossiers one after the other; return each one's latency in seconds.

    A bare httpx loop with the bodies encoded beforehand, so the load generator (sharing the 2 cores
    with the service) spends as little CPU as it can; every answer is still checked.
    """
    token, items = terminal
    bodies = [
        (item.item_id, json.dumps(envelope(item.item_id, item.sealed_submission)).encode(), boxes)
        for item, boxes in items
    ]
    latencies = []
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=base_url, headers=headers, timeout=60) as http:
        for submission_id, body, boxes in bodies:
            started = time.perf_counter()
            for sha, box in boxes.items():
                expect(http.put(f"/v1/attachments/{sha}", content=box), {200, 201})
            answer = http.put(
                f"/v1/submissions/{submission_id}",
                content=body,
                headers={
                    "Idempotency-Key": idempotency_header(submission_id),
                    "Content-Type": "application/json",
                },
            )
            expect(answer, {201})
            latencies.append(time.perf_counter() - started)
    return latencies


def expect(answer: httpx.Response, statuses: set[int]) -> None:
    if answer.status_code not in statuses:
        raise SystemExit(f"intake_load: unexpected answer {answer.status_code}: {answer.text[:300]}")


def processes_named(name: str) -> list[int]:
    """The PIDs whose command name is `name` (the database server's processes)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "comm").read_text().strip() == name:
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def machine_ticks() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine since boot (/proc/stat), every process included."""
    fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def cpu_seconds(pids: list[int]) -> float:
    """User + system CPU time of these processes (children they waited for included)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += sum(int(x) for x in fields[11:15])
    return total / os.sysconf("SC_CLK_TCK")


class PeakMemory(threading.Thread):
    """Samples the RSS of a process and all its descendants every 50 ms; keeps the peak sum."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root, self.peak, self._done = root, 0, threading.Event()

    def run(self) -> None:
        while not self._done.wait(0.05):
            self.peak = max(self.peak, sum(rss(pid) for pid in descendants(self.root)))

    def stop(self) -> None:
        self._done.set()
        self.join()


def descendants(root: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    found, frontier = [root], [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


def rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
