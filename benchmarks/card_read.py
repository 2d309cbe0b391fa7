"""Card read benchmark: the project's reader against a minimal raw pyscard loop, through real pcscd.

Reads the 1.8 profile `nl-citizen-18` plugged into pcscd over vpcd (slot "Virtual PCD 00 01"):
- the project: `read_card_files` over `PcscConnection` inside a PC/SC transaction (applet selection,
  GET CARD DATA, robust 252-byte READ BINARY, certificates trimmed to their DER);
- the baseline: pyscard's `CardConnection.transmit` with one SELECT per file and the fewest
  READ BINARY commands the file sizes allow (sizes known in advance, at most 252 bytes each).
Prints the APDU counts, the median of at least 20 reads of each (interleaved) and their ratio, and
the verification time (parsing, signatures, photo hash, chain; and the basic-key challenge) apart.
Target: ratio <= 1.15 and no more APDUs than the raw loop.

Usage: .venv/bin/python benchmarks/card_read.py [--rounds N]   (needs pcscd with vpcd)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

import filelock
from smartcard.System import readers

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cardreader.identity import parse_identity  # noqa: E402
from cardreader.integrity import TrustRoots, verify_card  # noqa: E402
from cardreader.pcsc import PcscConnection, readers_with_card  # noqa: E402
from cardreader.reading import read_card_files  # noqa: E402
from cardreader.session import BeidSession, FileId  # noqa: E402
from cardreader.virtual import load_profile, training_root_certificates  # noqa: E402
from cardreader.virtual.vpcd import VpcdCardClient  # noqa: E402

READER = "Virtual PCD 00 01"
PORT = 35964
PROFILE = "nl-citizen-18"
TRAINING = ROOT / "resources" / "training"
LOCK = "/tmp/cir-kiosk-pcsc-tests.lock"  # noqa: S108 - the pcsc tests' lock: one user of vpcd at a time
FILES = [FileId.IDENTITY, FileId.IDENTITY_SIGNATURE, FileId.ADDRESS, FileId.RRN_CERT,
         FileId.ADDRESS_SIGNATURE, FileId.PHOTO, FileId.BASIC_KEY]  # fmt: skip
CHUNK = 252


class CountingConnection:
    """Counts the APDUs the project's reader sends."""

    def __init__(self, inner: PcscConnection) -> None:
        self.inner = inner
        self.count = 0

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        self.count += 1
        return self.inner.send_and_receive(apdu)


def project_read(connection: PcscConnection) -> tuple[float, int]:
    counting = CountingConnection(connection)
    start = time.perf_counter()
    with connection.transaction():
        read_card_files(BeidSession(counting))
    return time.perf_counter() - start, counting.count


def raw_read(raw: object, sizes: dict[bytes, int]) -> tuple[float, int]:
    count = 0
    start = time.perf_counter()
    for path, size in sizes.items():
        _, sw1, _ = raw.transmit([0x00, 0xA4, 0x08, 0x0C, len(path), *path])  # type: ignore[attr-defined]
        count += 1
        assert sw1 == 0x90
        for offset in range(0, size, CHUNK):
            le = min(CHUNK, size - offset)
            data, sw1, _ = raw.transmit([0x00, 0xB0, offset >> 8, offset & 0xFF, le])  # type: ignore[attr-defined]
            count += 1
            assert sw1 == 0x90 and len(data) == le
    return time.perf_counter() - start, count


def verification_times(connection: PcscConnection, roots: TrustRoots, rounds: int) -> tuple[float, float]:
    session = BeidSession(connection)
    with connection.transaction():
        _, files = read_card_files(session)
    identity = parse_identity(files.identity)
    offline, challenged = [], []
    for _ in range(rounds):
        start = time.perf_counter()
        verify_card(files, parse_identity(files.identity), roots, date.today())
        offline.append(time.perf_counter() - start)
        start = time.perf_counter()
        with connection.transaction():
            verify_card(files, identity, roots, date.today(), session.internal_authenticate)
        challenged.append(time.perf_counter() - start)
    return statistics.median(offline), statistics.median(challenged)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=25)
    rounds = max(parser.parse_args().rounds, 20)
    card = load_profile(PROFILE, TRAINING)
    sizes = {bytes(path): len(card.files[bytes(path)[2:].hex().upper()]) for path in FILES}
    roots = TrustRoots.from_pem([], training_root_certificates(TRAINING))
    with filelock.FileLock(LOCK, timeout=600):
        client = VpcdCardClient(card, PORT).insert()
        try:
            deadline = time.monotonic() + 5
            while READER not in readers_with_card([READER]):
                if time.monotonic() > deadline:
                    print("pcscd did not see the virtual card", file=sys.stderr)
                    return 1
                time.sleep(0.05)
            return run(rounds, sizes, roots)
        finally:
            client.remove()


def run(rounds: int, sizes: dict[bytes, int], roots: TrustRoots) -> int:
    ours = PcscConnection.open(READER, allow_virtual=True, exclusive=False)
    raw = next(r for r in readers() if str(r) == READER).createConnection()
    raw.connect()
    try:
        project_read(ours)  # warm-up, both
        raw_read(raw, sizes)
        project_times, raw_times = [], []
        project_apdus = raw_apdus = 0
        for _ in range(rounds):
            seconds, project_apdus = project_read(ours)
            project_times.append(seconds)
            seconds, raw_apdus = raw_read(raw, sizes)
            raw_times.append(seconds)
        offline, challenged = verification_times(ours, roots, rounds)
    finally:
        raw.disconnect()
        ours.close()
    ratio = statistics.median(project_times) / statistics.median(raw_times)
    print(f"profile {PROFILE} (applet 1.8) through pcscd + vpcd, {rounds} interleaved reads each")
    print(f"files read: {', '.join(bytes(p).hex().upper() for p in sizes)} ({sum(sizes.values())} bytes)")
    print(f"project reader: {project_apdus} APDUs (GET CARD DATA included), "
          f"median {statistics.median(project_times) * 1000:.1f} ms")  # fmt: skip
    print(f"raw pyscard loop: {raw_apdus} APDUs, median {statistics.median(raw_times) * 1000:.1f} ms")
    print(f"time ratio project / raw: {ratio:.2f} (target <= 1.15)")
    print(f"APDUs project / raw: {project_apdus} / {raw_apdus} (target: no more than the raw loop)")
    print(f"verification (parse, signatures, photo hash, chain), median: {offline * 1000:.1f} ms")
    print(f"verification with the basic-key challenge (2 APDUs), median: {challenged * 1000:.1f} ms")
    ok = ratio <= 1.15 and project_apdus <= raw_apdus
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
