"""The hardware-free PC/SC stack works: pcscd lists vpcd readers, a card answers through pyscard."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from smartcard.System import readers

from cardreader.virtual.vpcd import VpcdCardClient
from tests.pcsc.conftest import READER, card_present
from tests.support.pcscd import wait_until

pytestmark = pytest.mark.pcsc

SELECT_BELPIC_DF = [0x00, 0xA4, 0x08, 0x0C, 0x04, 0x3F, 0x00, 0xDF, 0x01]


def test_pcscd_lists_the_virtual_readers() -> None:
    names = [str(r) for r in readers()]
    assert "Virtual PCD 00 00" in names
    assert "Virtual PCD 00 01" in names


def test_a_virtual_card_answers_select_through_pyscard(
    insert_card: Callable[..., VpcdCardClient],
) -> None:
    card = insert_card("nl-citizen-18")
    connection = next(r for r in readers() if str(r) == READER).createConnection()
    connection.connect()
    try:
        assert bytes(connection.getATR()) == card.card.atr
        assert connection.transmit(SELECT_BELPIC_DF) == ([], 0x90, 0x00)
        assert connection.transmit([0x00, 0xA4, 0x02, 0x0C, 0x02, 0x40, 0x99]) == ([], 0x6A, 0x82)
    finally:
        connection.disconnect()
    assert card.apdus_answered >= 2
    card.remove()
    assert wait_until(lambda: not card_present(), timeout=3)
