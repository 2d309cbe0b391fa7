"""Card read benchmark: the project's reader against bare SCardTransmit calls, through real pcscd.

Reads the 1.8 profile `nl-citizen-18` plugged into pcscd over vpcd (slot "Virtual PCD 00 01"). Both
sides work at the same level, pyscard's `smartcard.scard` module (the C PC/SC calls), each on its own
shared handle, and both hold one PC/SC transaction for the whole read:
- the project: `read_card_files` over `PcscConnection` (applet selection, GET CARD DATA, robust
  252-byte READ BINARY, certificates trimmed to their DER, an EC address signature read to its DER
  length), building each APDU and checking each answer as it goes;
- the baseline: `SCardBeginTransaction`, then `SCardTransmit` of exactly the APDUs the project sent
  (recorded from one of its reads, ready as lists), then `SCardEndTransaction`: no parsing, no checks.
The ratio of the medians is the cost of the project's own code on top of the transmits.
Reads are interleaved in ABBA order, at least 20 of each. The verification time (parsing,
signatures, photo hash, chain; and the basic-key challenge) is printed apart.
Target: ratio <= 1.05, and every read of the project sends the recorded APDUs, no more.

Usage: .venv/bin/python benchmarks/card_read.py [--rounds N]   (needs pcscd with vpcd)
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import filelock
from smartcard import scard

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cardreader.identity import parse_identity  # noqa: E402
from cardreader.integrity import TrustRoots, verify_card  # noqa: E402
from cardreader.pcsc import PcscConnection, readers_with_card  # noqa: E402
from cardreader.reading import read_card_files  # noqa: E402
from cardreader.session import BeidSession  # noqa: E402
from cardreader.virtual import training_root_certificates  # noqa: E402

READER = "Virtual PCD 00 01"
PORT = 35964
PROFILE = "nl-citizen-18"
TRAINING = ROOT / "resources" / "training"
LOCK = "/tmp/cir-kiosk-pcsc-tests.lock"  # noqa: S108 - the pcsc tests' lock: one user of vpcd at a time
TARGET = 1.05
CARD = """
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from cardreader.virtual import load_profile
from cardreader.virtual.vpcd import VpcdCardClient
VpcdCardClient(load_profile(sys.argv[2], Path(sys.argv[3])), int(sys.argv[4])).run()
"""


class RecordingConnection:
    """Keeps the APDUs the project's reader sends (an untimed read)."""

    def __init__(self, inner: PcscConnection) -> None:
        self.inner = inner
        self.apdus: list[bytes] = []

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        self.apdus.append(apdu)
        return self.inner.send_and_receive(apdu)


class BareCard:
    """A shared SCard handle on the reader: the baseline's whole toolkit."""

    def __init__(self) -> None:
        hresult, self.context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        assert hresult == scard.SCARD_S_SUCCESS
        protocols = scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
        hresult, self.card, self.protocol = scard.SCardConnect(
            self.context, READER, scard.SCARD_SHARE_SHARED, protocols
        )
        assert hresult == scard.SCARD_S_SUCCESS

    def close(self) -> None:
        scard.SCardDisconnect(self.card, scard.SCARD_LEAVE_CARD)
        scard.SCardReleaseContext(self.context)


class ReplayedCard:
    """Answers the recorded APDUs with the card's recorded answers, as pyscard hands them over (lists)."""

    def __init__(self, answers: list[list[int]]) -> None:
        self.answers = answers
        self.index = 0

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        list(apdu)  # what PcscConnection hands to SCardTransmit
        response = self.answers[self.index]
        self.index += 1
        return bytes(response[:-2]), (response[-2] << 8) | response[-1]


def own_code_time(answers: list[list[int]], rounds: int) -> float:
    """The project's read with no card at all: its own work per read (median)."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        read_card_files(BeidSession(ReplayedCard(answers)))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def project_read(connection: PcscConnection) -> tuple[float, int]:
    before = connection.apdu_count
    start = time.perf_counter()
    with connection.transaction():
        read_card_files(BeidSession(connection))
    return time.perf_counter() - start, connection.apdu_count - before


def bare_read(card: BareCard, apdus: list[list[int]]) -> float:
    start = time.perf_counter()
    scard.SCardBeginTransaction(card.card)
    for apdu in apdus:
        scard.SCardTransmit(card.card, card.protocol, apdu)
    scard.SCardEndTransaction(card.card, scard.SCARD_LEAVE_CARD)
    return time.perf_counter() - start


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
    parser.add_argument("--rounds", type=int, default=200)
    rounds = max(parser.parse_args().rounds, 20)
    roots = TrustRoots.from_pem([], training_root_certificates(TRAINING))
    with filelock.FileLock(LOCK, timeout=600):
        # The card answers from its own process, as a real card answers from outside the kiosk's.
        card_process = subprocess.Popen(
            [sys.executable, "-c", CARD, str(ROOT), PROFILE, str(TRAINING), str(PORT)]
        )
        try:
            deadline = time.monotonic() + 10
            while READER not in readers_with_card([READER]):
                if time.monotonic() > deadline or card_process.poll() is not None:
                    print("pcscd did not see the virtual card", file=sys.stderr)
                    return 1
                time.sleep(0.05)
            return run(rounds, roots)
        finally:
            card_process.terminate()
            card_process.wait(timeout=10)


def run(rounds: int, roots: TrustRoots) -> int:
    ours = PcscConnection.open(READER, allow_virtual=True, exclusive=False)
    bare = BareCard()
    # As in the kiosk, where Python's automatic cycle collection is off and the GUI thread collects
    # between events (ui/collector.py): a card read on the card worker never pauses for a collection.
    gc.disable()
    try:
        recording = RecordingConnection(ours)
        with ours.transaction():
            read_card_files(BeidSession(recording))  # also the warm-up of both
        apdus = [list(apdu) for apdu in recording.apdus]
        answers = [scard.SCardTransmit(bare.card, bare.protocol, apdu)[1] for apdu in apdus]
        project_times: list[float] = []
        bare_times: list[float] = []
        sent: set[int] = set()
        for round_ in range(rounds):
            for side in ("project", "bare") if round_ % 2 == 0 else ("bare", "project"):
                if side == "bare":
                    bare_times.append(bare_read(bare, apdus))
                    continue
                seconds, count = project_read(ours)
                project_times.append(seconds)
                sent.add(count)
        own = own_code_time(answers, rounds)
        offline, challenged = verification_times(ours, roots, rounds)
    finally:
        gc.enable()
        bare.close()
        ours.close()
    project, baseline = statistics.median(project_times), statistics.median(bare_times)
    ratio = project / baseline
    print(f"profile {PROFILE} (applet 1.8) through pcscd + vpcd, {rounds} interleaved reads each (ABBA)")
    print(f"APDUs per read: {len(apdus)} ({sum(len(a) for a in apdus)} bytes sent), the same on both sides")
    print(f"project reader (read_card_files over PcscConnection): median {project * 1000:.2f} ms")
    print(f"bare SCardTransmit of the same APDUs in one transaction: median {baseline * 1000:.2f} ms")
    print(f"time ratio project / bare: {ratio:.3f} (target <= {TARGET})")
    print(f"the project's own code per read (recorded answers replayed, no card): {own * 1000:.3f} ms")
    print(f"verification (parse, signatures, photo hash, chain), median: {offline * 1000:.1f} ms")
    print(f"verification with the basic-key challenge (2 APDUs), median: {challenged * 1000:.1f} ms")
    ok = ratio <= TARGET and sent == {len(apdus)}
    print("targets met" if ok else "targets NOT met")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
