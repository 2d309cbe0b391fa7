"""Store at scale: queue health, deadlines, statistics and lookup by national number with 50,000 dossiers.

Builds a real store (keys, schema, pragmas) in a temporary data directory, fills it with N dossiers
(encrypted-size payloads, lookup HMACs, visit log rows, one outbox entry per dossier, a fifth of them
waiting), then times each screen query. The baseline is the same queries on a 1,000-dossier store
built in the same run, so the ratio shows how the queries scale on this machine.

Target: median <= 50 ms for each query at 50,000 dossiers.

    .venv/bin/python benchmarks/store_scale.py [--dossiers 50000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text

from kiosk import keys, queries
from kiosk.keys import FileSecretStore, KdfParams
from kiosk.models import Dossier, DossierKey, MemberLookup, OutboxEntry, VisitLog
from kiosk.store import Store, create_store
from kiosk.visit_store import AT_RISK_LISTED

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
LOCATIONS = ["Genk", "Hasselt", "Maasmechelen", "Beringen", "Sint-Truiden", "Tongeren"]
RUNS = 51


def national_number(index: int) -> str:
    return f"{(index * 7919) % 10**11:011d}"


def fill(store: Store, count: int, rng: random.Random) -> None:
    device = store.device
    batch = 2000
    for start in range(0, count, batch):
        dossiers, dossier_keys, lookups, visits, entries = [], [], [], [], []
        for index in range(start, min(start + batch, count)):
            dossier_id = str(uuid.UUID(int=rng.getrandbits(128)))
            created = NOW - timedelta(days=rng.randint(0, 365), minutes=rng.randint(0, 600))
            letter = created.date() - timedelta(days=rng.randint(0, 20))
            definitive = rng.random() < 0.3
            dossiers.append(
                {
                    "id": dossier_id,
                    "local_reference": f"K-{index:08d}",
                    "kind": "confirmation",
                    "status": "definitive" if definitive else "incomplete",
                    "household_ref": device.lookup(national_number(index)),
                    "candidate_number": f"2019{index:08d}",
                    "dossier_number": f"2026{index:08d}" if definitive else None,
                    "deadline": letter + timedelta(days=30),
                    "location": rng.choice(LOCATIONS),
                    "terminal_id": "T-1",
                    "practice": False,
                    "adults_total": 2,
                    "adults_confirmed": 1 + int(definitive),
                    "created_at": created,
                    "updated_at": created,
                    "definitive_at": created if definitive else None,
                    "notifications": "[]",
                    "payload": os.urandom(rng.randint(1500, 3000)),
                }
            )
            dossier_keys.append({"dossier_id": dossier_id, "wrapped_key": os.urandom(60)})
            for member in range(2):
                lookups.append(
                    {
                        "dossier_id": dossier_id,
                        "national_number_hmac": device.lookup(national_number(index * 2 + member)),
                    }
                )
            visits.append(
                {
                    "id": str(uuid.UUID(int=rng.getrandbits(128))),
                    "dossier_id": dossier_id,
                    "operator": "vrijwilliger",
                    "terminal_id": "T-1",
                    "location": dossiers[-1]["location"],
                    "day": created.date(),
                    "started_at": created,
                    "ended_at": created + timedelta(minutes=25),
                    "kind": "confirmation",
                    "adults_confirmed": 1,
                    "outcome": "complete",
                }
            )
            waiting = rng.random() < 0.2
            entries.append(
                {
                    "household_ref": dossiers[-1]["household_ref"],
                    "dossier_id": dossier_id,
                    "submission_id": str(uuid.UUID(int=rng.getrandbits(128))),
                    "supersedes": None,
                    "kind": "submission",
                    "sha256": None,
                    "state": "queued" if waiting else "acknowledged",
                    "attempts": 0,
                    "next_attempt_at": created,
                    "last_error": None,
                    "answer": None,
                    "practice": False,
                    "created_at": created,
                    "acknowledged_at": None if waiting else created,
                }
            )
        with store.begin() as session:
            session.execute(insert(Dossier), dossiers)
            session.execute(insert(DossierKey), dossier_keys)
            session.execute(insert(MemberLookup), lookups)
            session.execute(insert(VisitLog), visits)
            session.execute(insert(OutboxEntry), entries)
            # Each entry's sealed submission (about 2 KB), in its own table as the core writes it.
            session.execute(
                text(
                    "INSERT INTO outbox_sealed (entry_id, sealed) SELECT id, randomblob(2000) FROM outbox "
                    "WHERE id NOT IN (SELECT entry_id FROM outbox_sealed)"
                )
            )


def median_ms(store: Store, query: Callable[..., object], rng: random.Random, count: int) -> float:
    timings = []
    for _ in range(RUNS):
        with store.begin() as session:
            started = time.perf_counter()
            query(session, rng, count)
            timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


QUERIES: dict[str, Callable[..., object]] = {
    "queue health": lambda s, rng, n: queries.queue_health(s, NOW),
    # What the home screen asks: the nearest at-risk dossiers it lists, and how many there are in all.
    "due within 7 days": lambda s, rng, n: (
        queries.due_within(s, date(2026, 6, 1), 7, limit=AT_RISK_LISTED),
        queries.count_at_risk(s, date(2026, 6, 1), 7),
    ),
    "lookup by national number": lambda s, rng, n: queries.search_by_national_number(
        s, s.info["device"], national_number(rng.randrange(2 * n))
    ),
    "statistics, 30 days": lambda s, rng, n: queries.statistics(
        s, date(2026, 6, 1), date(2026, 6, 30), at_risk_days=7
    ),
}


def measure(count: int, seed: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="store-scale-") as folder:
        data_dir = Path(folder) / "data"
        keys.DEFAULT_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)  # not what we measure
        store, _ = create_store(
            data_dir, FileSecretStore(Path(folder) / "secrets.json"), "c", "pass-word", NOW
        )
        rng = random.Random(seed)
        started = time.perf_counter()
        fill(store, count, rng)
        print(
            f"  filled {count} dossiers in {time.perf_counter() - started:.1f} s "
            f"({(data_dir / 'kiosk.db').stat().st_size / 2**20:.0f} MiB)"
        )
        store.sessions.configure(info={"device": store.device})
        try:
            return {name: median_ms(store, query, rng, count) for name, query in QUERIES.items()}
        finally:
            store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=50_000)
    parser.add_argument("--baseline", type=int, default=1_000)
    args = parser.parse_args()
    print(f"baseline: {args.baseline} dossiers")
    baseline = measure(args.baseline, 1)
    print(f"measured: {args.dossiers} dossiers")
    scaled = measure(args.dossiers, 2)
    print(f"\n{'query':28} {'baseline ms':>12} {'median ms':>10} {'ratio':>6}  target <= 50 ms")
    worst = 0.0
    for name in QUERIES:
        ratio = scaled[name] / baseline[name] if baseline[name] else float("inf")
        worst = max(worst, scaled[name])
        verdict = "ok" if scaled[name] <= 50 else "TOO SLOW"
        print(f"{name:28} {baseline[name]:12.2f} {scaled[name]:10.2f} {ratio:6.1f}  {verdict}")
    outcome = "ok" if worst <= 50 else "over target"
    print(f"\nslowest median at {args.dossiers} dossiers: {worst:.2f} ms ({outcome})")
    return 0 if worst <= 50 else 1


if __name__ == "__main__":
    sys.exit(main())
