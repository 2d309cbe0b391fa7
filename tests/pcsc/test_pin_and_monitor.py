"""PIN checks through pcscd with `kiosk card verify-pin`, signing through pcscd, and the card monitor."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec

from cardreader.errors import CardRemovedError, ReaderRefusedError
from cardreader.pcsc import CardEvent, CardMonitor, PcscConnection
from cardreader.session import BeidSession
from cardreader.signing import sign_statement
from cardreader.virtual.vpcd import VpcdCardClient
from tests.pcsc.conftest import READER, ROOT, kiosk
from tests.support.pcscd import wait_until

pytestmark = pytest.mark.pcsc


def _verify_pin(pin: str) -> subprocess.CompletedProcess[str]:
    return kiosk("card", "verify-pin", "--reader", READER, "--allow-virtual", stdin=pin + "\n")


def test_verify_pin_right_wrong_and_blocked(insert_card: Callable[..., VpcdCardClient]) -> None:
    card = insert_card("nl-citizen-18")
    right = _verify_pin("1234")
    assert (right.returncode, right.stdout) == (0, "PIN correct\n")
    for tries in (2, 1):
        wrong = _verify_pin("9999")
        assert wrong.returncode == 1
        assert wrong.stderr == f"kiosk: wrong PIN, {tries} tries left\n"
    blocking = _verify_pin("9999")
    assert blocking.stderr == "kiosk: PIN blocked\n"
    after = _verify_pin("1234")
    assert after.returncode == 1
    assert "blocked" in after.stderr
    assert card.card.pin_tries_left == 0
    assert "1234" not in after.stderr + blocking.stderr


def test_the_blocked_profile_says_so_without_asking(insert_card: Callable[..., VpcdCardClient]) -> None:
    insert_card("blocked-pin")
    result = _verify_pin("1234")
    assert result.returncode == 1
    assert result.stderr.startswith("kiosk: the PIN is blocked")


def test_a_malformed_pin_never_reaches_the_card(insert_card: Callable[..., VpcdCardClient]) -> None:
    card = insert_card("nl-citizen-18")
    result = _verify_pin("12")
    assert result.returncode == 1
    assert result.stderr == "kiosk: a PIN has 4 to 12 digits\n"
    assert card.card.pin_tries_left == 3


@pytest.mark.parametrize("profile", ["nl-citizen-18", "fr-citizen-17-rsa", "no-signature-cert"])
def test_signing_through_pcscd(profile: str, insert_card: Callable[..., VpcdCardClient]) -> None:
    insert_card(profile)
    with PcscConnection.open(READER, allow_virtual=True) as connection, connection.transaction():
        made = sign_statement(BeidSession(connection), b"statement", pin="1234")
    key = x509.load_der_x509_certificate(made.certificate_der).public_key()
    if isinstance(key, ec.EllipticCurvePublicKey):
        key.verify(made.signature, b"statement", ec.ECDSA(hashes.SHA384()))
    assert made.key == ("authentication" if profile == "no-signature-cert" else "signature")


def test_virtual_readers_are_refused_by_default(insert_card: Callable[..., VpcdCardClient]) -> None:
    insert_card("nl-citizen-18")
    with pytest.raises(ReaderRefusedError):
        PcscConnection.open(READER)


def test_a_card_pulled_mid_session_raises_card_removed(insert_card: Callable[..., VpcdCardClient]) -> None:
    card = insert_card("nl-citizen-18")
    with PcscConnection.open(READER, allow_virtual=True) as connection:
        session = BeidSession(connection)
        session.select_applet()
        card.remove()
        with pytest.raises(CardRemovedError):
            for _ in range(20):  # before and after pcscd's poll noticed: 0x80100016 or 0x80100069
                connection.send_and_receive(bytes.fromhex("80E400001C"))
                wait_until(lambda: False, timeout=0.05)


def test_the_monitor_reports_insertions_and_removals(insert_card: Callable[..., VpcdCardClient]) -> None:
    events: list[CardEvent] = []
    stop = threading.Event()
    monitor = CardMonitor(events.append, stop, allow_virtual=True, poll_seconds=0.2).start()
    try:
        card = insert_card("nl-citizen-18")
        assert wait_until(lambda: any(e.inserted and e.reader == READER for e in events), timeout=3)
        card.remove()
        assert wait_until(lambda: any(not e.inserted and e.reader == READER for e in events), timeout=3)
    finally:
        stop.set()
        monitor.join(timeout=3)
    inserted = next(e for e in events if e.inserted and e.reader == READER)
    assert inserted.atr == card.card.atr


def test_the_monitor_ignores_virtual_readers_unless_allowed(
    insert_card: Callable[..., VpcdCardClient],
) -> None:
    events: list[CardEvent] = []
    stop = threading.Event()
    monitor = CardMonitor(events.append, stop, poll_seconds=0.2).start()
    try:
        insert_card("nl-citizen-18")
        assert not wait_until(lambda: bool(events), timeout=1)
    finally:
        stop.set()
        monitor.join(timeout=3)


def test_card_watch_prints_events(insert_card: Callable[..., VpcdCardClient]) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    watch = subprocess.Popen(
        [sys.executable, "-m", "ui", "card", "watch", "--allow-virtual", "--events", "2"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    lines: queue.Queue[str] = queue.Queue()
    assert watch.stdout is not None
    reader = threading.Thread(target=lambda: [lines.put(line) for line in watch.stdout], daemon=True)
    reader.start()
    try:
        card = insert_card("de-citizen-18")
        # The card stays in until the command saw it, however slowly it starts on a loaded machine.
        first = lines.get(timeout=30)
        card.remove()
        second = lines.get(timeout=30)
        watch.wait(timeout=10)
    finally:
        if watch.poll() is None:
            watch.kill()
        watch.wait()
        reader.join(timeout=10)  # the process is gone: its output ends
        err = watch.stderr.read() if watch.stderr else ""
        for stream in (watch.stdout, watch.stderr):
            if stream is not None:
                stream.close()
    assert [first, second] == [f"inserted\t{READER}\n", f"removed\t{READER}\n"], err


def test_connect_is_exclusive_and_falls_back_to_shared(insert_card: Callable[..., VpcdCardClient]) -> None:
    from smartcard.Exceptions import CardConnectionException
    from smartcard.System import readers

    insert_card("nl-citizen-18")
    other = next(r for r in readers() if str(r) == READER).createConnection()
    with PcscConnection.open(READER, allow_virtual=True), pytest.raises(CardConnectionException):
        other.connect()  # our exclusive connection keeps other programs out
    other.connect()  # shared, as another program would
    try:
        with PcscConnection.open(READER, allow_virtual=True) as shared:
            assert BeidSession(shared).card_data().applet_text == "1.8"
    finally:
        other.disconnect()
