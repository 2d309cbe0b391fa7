"""The hardware-free PC/SC stack works: pcscd lists vpcd readers, a card answers through pyscard."""

from __future__ import annotations

import pytest
from smartcard.System import readers

from tests.support.pcscd import wait_until
from tests.support.vpcd import VPCD_PORTS, VpcdCard

pytestmark = pytest.mark.pcsc

READER = "Virtual PCD 00 01"  # slot 01: slot 00 is where `kiosk virtual-card` plugs in by default


def _reader(name: str):  # type: ignore[no-untyped-def]
    return next(r for r in readers() if str(r) == name)


def _card_present(name: str) -> bool:
    connection = _reader(name).createConnection()
    try:
        connection.connect()
    except Exception:
        return False
    connection.disconnect()
    return True


def test_pcscd_lists_the_virtual_readers() -> None:
    names = [str(r) for r in readers()]
    assert "Virtual PCD 00 00" in names
    assert "Virtual PCD 00 01" in names


def test_a_virtual_card_answers_select_through_pyscard() -> None:
    card = VpcdCard(VPCD_PORTS[READER]).insert()
    try:
        assert wait_until(lambda: _card_present(READER), timeout=3)
        connection = _reader(READER).createConnection()
        connection.connect()
        data, sw1, sw2 = connection.transmit([0x00, 0xA4, 0x08, 0x0C, 0x04, 0x3F, 0x00, 0xDF, 0x01])
        assert (data, sw1, sw2) == ([], 0x90, 0x00)
        assert bytes(connection.getATR()) == card.atr
        connection.disconnect()
        assert bytes.fromhex("00A4080C043F00DF01") in card.apdus
    finally:
        card.remove()
    assert wait_until(lambda: not _card_present(READER), timeout=3)
