"""Sync throughput through the kiosk's own store: `kiosk sync`'s engine against raw httpx.

The kiosk's path: a real store (SQLite file, device key, an enrolled terminal) is filled by real
visits (`kiosk.dossiers.end_visit`: each dossier saved, its evidence files encrypted to disk, the
sealed submission and sealed attachments queued in the outbox), then drained by the engine the kiosk
runs (`SyncEngine` over `StoreOutbox`, built as `kiosk sync` builds it) into the register simulator,
running in its own process on 127.0.0.1.
The baseline reads the same sealed blobs from the same SQLite file, one row at a time with the
standard library's sqlite3, and PUTs them with a bare httpx client: no state kept, no checks.

Each run is its own subprocess (so each peak RSS is that of the process doing the sync, measured the
same way on both sides: the kernel's high-water mark, reset just before the sync starts) against its
own fresh copy of the register. Runs go baseline, engine, engine, baseline (ABBA), twice by default,
so that drift in disk or CPU load on a shared machine falls on both sides, and the ratio is that of
the medians; the kiosk's database is restored to its filled state before every run. Each run also
prints its CPU time, the register simulator's and the load average: the engine spends about twice
the baseline's CPU (contract checks, the audit chain, the state it keeps), so load from other
processes weighs more on it.

Two scenarios (targets: time ratio engine / baseline <= 1.3, engine peak RSS growth <= 50 MB):
- `small`: 1,000 dossiers x 2 attachments of 200 KB (a busy day's queue),
- `large`: 200 dossiers x 2 attachments of 5 MB (a laptop offline for two weeks with large scans).
Exits 1 when a target is missed.

    .venv/bin/python benchmarks/sync_throughput.py [--scenario small|large|both] [--rounds N]
        [--dossiers N --attachment-kb KB]   (a custom scenario, e.g. a quick check)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kiosk import domain, dossiers, keys  # noqa: E402
from kiosk.confirming import build_statement  # noqa: E402
from kiosk.domain import Confirmation, Dossier, Evidence, Visit  # noqa: E402
from kiosk.keys import FileSecretStore, KdfParams  # noqa: E402
from kiosk.ports import Authenticity, CardAddress, CardIdentity, PartialDate  # noqa: E402
from kiosk.rules import load_rules  # noqa: E402
from kiosk.statement import statement_v1  # noqa: E402
from kiosk.store import Store, Unlocked, load_enrollment, load_terminal_token  # noqa: E402
from sync.encoder import JsonSubmissionEncoder  # noqa: E402
from sync.enrollment import enroll_terminal  # noqa: E402
from sync.protocol import envelope, idempotency_header  # noqa: E402
from sync.simulator.server import free_port, running_simulator  # noqa: E402
from sync.testing import TestPki, national_number  # noqa: E402

TIME_TARGET = 1.3
RSS_TARGET_MB = 50.0
SCENARIOS = {"small": (1000, 200), "large": (200, 5 * 1024)}
COORDINATOR, PASSWORD = "coordinator", "bench-password"
NOW = datetime.now(UTC).replace(microsecond=0)
DB = "kiosk.db"


# --- filling a real store, visit by visit ----------------------------------------------------------


@dataclass(frozen=True)
class Prepared:
    folder: Path
    data_dir: Path
    register_db: Path
    roots: Path


def prepare(folder: Path, count: int, size: int) -> Prepared:
    """Enroll a terminal at a fresh register, then run `count` visits with two files of `size` bytes."""
    pki = TestPki()
    roots = pki.write_roots(folder / "roots")
    register_db, data_dir = folder / "register.db", folder / "terminal"
    keys.DEFAULT_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)  # sign-in is not measured
    secrets = FileSecretStore(folder / "secrets.json")
    with running_simulator(f"sqlite:///{register_db}", roots) as simulator:
        _terminal, code = simulator.register.add_terminal("bench")
        enroll_terminal(
            data_dir,
            secrets,
            register_url=simulator.base_url,
            code=code,
            coordinator=COORDINATOR,
            password=PASSWORD,
            now=NOW,
        )
    with Store.open(data_dir, secrets) as store:
        unlocked = store.sign_in(COORDINATOR, PASSWORD, NOW)
        with store.begin() as session:
            record = load_enrollment(session, store)
        assert record is not None
        for n in range(count):
            number = national_number("800101" if n < 1000 else "810101", n)
            visit_with_files(store, unlocked, record.terminal_id, pki, number, size)
    with sqlite3.connect(data_dir / DB) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(data_dir / DB, folder / "kiosk.db.filled")
    return Prepared(folder, data_dir, register_db, roots)


def visit_with_files(
    store: Store, unlocked: Unlocked, terminal_id: str, pki: TestPki, number: str, size: int
) -> None:
    """One visit as the kiosk runs it: the dossier, two scans, the adult's eID signature, visit end."""
    rules = load_rules()
    context = unlocked.context(terminal_id, "Genk")
    visit = Visit(COORDINATOR, terminal_id, "Genk", NOW)
    dossier = Dossier(kind="registration")
    member = domain.member_from_card(card(number), "reference_tenant")
    dossier.members.append(member)
    payslip = Evidence("income_last_3_months", member.member_id)
    with store.begin() as session:
        dossiers.save_dossier(session, unlocked, dossier, context, NOW, rules)
        for _page in range(2):
            page = os.urandom(size)
            dossiers.add_evidence_file(
                session, unlocked, dossier, payslip, page, "application/pdf", rules, NOW
            )
    answers = {"income_changed": True, "household_changed": False}
    fields = build_statement(
        dossier,
        member,
        kind="confirmation",
        signer_national_number=number,
        visit=visit,
        declarations=answers,
        now=NOW,
    )
    confirmation = Confirmation(
        "eid_signature",
        fields,
        pki.sign(number, statement_v1(fields)),
        answers,
        NOW,
        visit.terminal_id,
        COORDINATOR,
    )
    domain.record_confirmation(dossier, member, confirmation, context)
    with store.begin() as session:
        dossiers.end_visit(session, unlocked, dossier, visit, JsonSubmissionEncoder(), context, rules, NOW)


def card(number: str) -> CardIdentity:
    return CardIdentity(
        national_number=number,
        surname="Test",
        first_names="Bench",
        birth_date=PartialDate(1980, 1, 1),
        sex="F",
        nationality="BE",
        address=CardAddress("Straat 1", "3600", "Genk"),
        document_type="01",
        card_number="1",
        validity_begin=NOW.date().replace(year=2020),
        validity_end=NOW.date().replace(year=2035),
        applet_version="1.8",
        authenticity=Authenticity.GENUINE,
        authenticity_reason="",
    )


# --- one run: a fresh register, the filled store, a subprocess that syncs -------------------------


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
    for _ in range(400):
        try:
            if httpx.get(url + "/v1/health").status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the simulator did not start")


def run(prepared: Prepared, side: str) -> dict[str, float]:
    """Restore the filled store, copy the register, sync in a subprocess; its figures."""
    for suffix in ("-wal", "-shm"):
        (prepared.data_dir / (DB + suffix)).unlink(missing_ok=True)
    shutil.copyfile(prepared.folder / "kiosk.db.filled", prepared.data_dir / DB)
    register = prepared.folder / "register-run.db"
    shutil.copyfile(prepared.register_db, register)
    process, url = start_simulator(register, prepared.roots)
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--worker", side, str(prepared.data_dir), url],
            capture_output=True,
            text=True,
            check=False,
        )
        register_cpu = cpu_seconds(process.pid)
    finally:
        process.terminate()
        process.wait(timeout=30)
        for path in prepared.folder.glob("register-run.db*"):
            path.unlink()
    if done.returncode != 0:
        raise RuntimeError(f"the {side} run failed:\n{done.stderr[-3000:]}")
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures | {"register_cpu_seconds": register_cpu}


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) a process has used so far (proc(5), fields 14 and 15)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# --- the two sides, each in its own process ---------------------------------------------------------


def worker(side: str, data_dir: Path, url: str) -> None:
    secrets = FileSecretStore(data_dir.parent / "secrets.json")
    token = load_terminal_token(secrets)
    assert token is not None
    sync = engine_sync if side == "engine" else baseline_sync
    print(json.dumps(sync(data_dir, url, token.decode())))


def engine_sync(data_dir: Path, url: str, token: str) -> dict[str, float]:
    """What `kiosk sync` does (sync/cli.py), timed from the outbox to the drained queue."""
    from kiosk.clock import SystemClock
    from sync.client import RegisterClient
    from sync.engine import SyncEngine
    from sync.store_outbox import DataDirRules, StoreOutbox

    with Store.open(data_dir, FileSecretStore(data_dir.parent / "secrets.json")) as store:
        with store.begin() as session:
            record = load_enrollment(session, store)
        assert record is not None
        with RegisterClient(url, token) as client:
            start_rss = reset_peak_rss()
            started, cpu = time.perf_counter(), time.process_time()
            outbox = StoreOutbox(store, datetime.now(UTC))
            engine = SyncEngine(
                client,
                outbox,
                SystemClock(),
                terminal_id=record.terminal_id,
                lock_path=data_dir / "sync.lock",
                audit_head=outbox.audit_head,
                rules=DataDirRules(data_dir),
            )
            report = engine.run_until_drained()
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            growth = peak_rss() - start_rss
        counts = outbox.counts()
    if counts["queued"] or counts["sending"] or counts["quarantined"] or report.offline:
        raise RuntimeError(f"the engine did not drain the queue: {counts}")
    figures = {"seconds": elapsed, "cpu_seconds": cpu, "rss_growth_mb": growth / 2**20}
    return figures | {"submissions": len(report.acknowledged)}


def baseline_sync(data_dir: Path, url: str, token: str) -> dict[str, float]:
    """The same sealed rows from the same file, one at a time, PUT with a bare httpx client."""
    connection = sqlite3.connect(f"file:{data_dir / DB}?mode=ro", uri=True)
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=url, headers=headers, timeout=60) as client:
        start_rss = reset_peak_rss()
        started, cpu = time.perf_counter(), time.process_time()
        submissions = 0
        # The queue's ids first, then one blob at a time: selecting the blobs in the ordered query
        # would have SQLite sort every row, blobs included, in memory before the first one comes out.
        queued = connection.execute(
            "SELECT id, kind, sha256, submission_id FROM outbox WHERE state = 'queued' ORDER BY id"
        ).fetchall()
        for entry_id, kind, sha256, submission_id in queued:  # a visit queues its attachments first
            (sealed,) = connection.execute(
                "SELECT sealed FROM outbox_sealed WHERE entry_id = ?", (entry_id,)
            ).fetchone()
            if kind == "attachment":
                client.put(
                    f"/v1/attachments/{sha256}",
                    content=sealed,
                    headers={"Content-Type": "application/octet-stream"},
                ).raise_for_status()
                continue
            client.put(
                f"/v1/submissions/{submission_id}",
                content=json.dumps(envelope(submission_id, sealed)),
                headers={
                    "Content-Type": "application/json",
                    "Idempotency-Key": idempotency_header(submission_id),
                },
            ).raise_for_status()
            submissions += 1
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        growth = peak_rss() - start_rss
    connection.close()
    figures = {"seconds": elapsed, "cpu_seconds": cpu, "rss_growth_mb": growth / 2**20}
    return figures | {"submissions": submissions}


def reset_peak_rss() -> int:
    """Reset this process's resident-set high-water mark (proc(5), clear_refs 5); its RSS now."""
    with open("/proc/self/clear_refs", "w") as handle:
        handle.write("5")
    return _status_bytes("VmRSS")


def peak_rss() -> int:
    """This process's resident-set high-water mark since the last reset."""
    return _status_bytes("VmHWM")


def _status_bytes(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


# --- the benchmark ---------------------------------------------------------------------------------


def scenario(name: str, count: int, kilobytes: int, rounds: int) -> bool:
    """Fill, run ABBA `rounds` times, print the figures; True when both targets are met."""
    with tempfile.TemporaryDirectory(prefix="sync-bench-") as folder:
        started = time.perf_counter()
        prepared = prepare(Path(folder), count, kilobytes * 1024)
        size = (prepared.folder / "kiosk.db.filled").stat().st_size / 2**20
        print(f"{name}: {count} dossiers x 2 x {kilobytes} KB; store filled by {count} visits "
              f"in {time.perf_counter() - started:.0f} s ({size:.0f} MiB of SQLite)", flush=True)  # fmt: skip
        runs: dict[str, list[dict[str, float]]] = {"baseline": [], "engine": []}
        for _ in range(rounds):
            for side in ("baseline", "engine", "engine", "baseline"):
                figures = run(prepared, side)
                if figures["submissions"] != count:
                    raise RuntimeError(f"{side} sent {figures['submissions']} of {count} submissions")
                runs[side].append(figures)
                print(f"  {side:8} {figures['seconds']:6.1f} s (CPU {figures['cpu_seconds']:5.1f} s, "
                      f"register simulator CPU {figures['register_cpu_seconds']:5.1f} s), "
                      f"peak RSS growth {figures['rss_growth_mb']:6.1f} MB, "
                      f"load average {os.getloadavg()[0]:.1f}", flush=True)  # fmt: skip
    # Medians: a burst of load from another process on this shared machine spoils one run, not the ratio.
    median = {side: statistics.median(f["seconds"] for f in figures) for side, figures in runs.items()}
    cpu = {side: statistics.median(f["cpu_seconds"] for f in figures) for side, figures in runs.items()}
    growth = {side: max(f["rss_growth_mb"] for f in figures) for side, figures in runs.items()}
    ratio = median["engine"] / median["baseline"]
    ok = ratio <= TIME_TARGET and growth["engine"] <= RSS_TARGET_MB
    labels = {"baseline": "baseline (sqlite3 rows + raw httpx)", "engine": "engine (kiosk sync)"}
    for side, label in labels.items():
        print(f"  {label:36} median {median[side]:6.1f} s a run ({count / median[side]:.1f} dossiers/s)")
    print(f"  time ratio engine / baseline: {ratio:.2f} (target <= {TIME_TARGET}); "
          f"CPU time ratio {cpu['engine'] / cpu['baseline']:.1f}")  # fmt: skip
    print(f"  peak RSS growth: engine {growth['engine']:.1f} MB (target <= {RSS_TARGET_MB:.0f} MB), "
          f"baseline {growth['baseline']:.1f} MB")  # fmt: skip
    print(f"  {name}: {'targets met' if ok else 'targets NOT met'}", flush=True)
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", choices=[*SCENARIOS, "both"], default="both")
    parser.add_argument("--dossiers", type=int)
    parser.add_argument("--attachment-kb", type=int)
    parser.add_argument("--rounds", type=int, default=2, help="ABBA rounds per scenario")
    parser.add_argument("--worker", nargs=3, metavar=("SIDE", "DATA_DIR", "URL"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        side, data_dir, url = args.worker
        worker(side, Path(data_dir), url)
        return 0
    if args.dossiers or args.attachment_kb:
        chosen = {"custom": (args.dossiers or 100, args.attachment_kb or 200)}
    else:
        chosen = SCENARIOS if args.scenario == "both" else {args.scenario: SCENARIOS[args.scenario]}
    results = [scenario(name, count, kb, args.rounds) for name, (count, kb) in chosen.items()]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
