"""The APDU layer: status words, `61 xx` GET RESPONSE chaining and `6C xx` re-sending.

Public names (stable): `SW` (named status words), `Apdu` helpers `command()`, `transmit()` (returns
the data of a 90 00 answer or raises `ApduError`), `exchange()` (returns data and the final SW
after chaining, without raising on a non-90 00 status).
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable

from cardreader.connection import SmartCardConnection
from cardreader.errors import ApduError, CardDataError

Sleep = Callable[[float], None]

# eid-mw waits 50 ms and commons-eid 10 ms before re-sending after 6C xx (docs/eid-card.md section 1.4).
WRONG_LENGTH_PAUSE = 0.01
# A card never needs more than a handful of GET RESPONSE rounds: bound them against a broken card.
MAX_CHAINED_RESPONSES = 64


class SW(enum.IntEnum):
    """Status words of the BELPIC applet (SPEC-A17/A18 section 6; docs/eid-card.md section 3.4)."""

    OK = 0x9000
    WRONG_LENGTH = 0x6700
    END_OF_FILE = 0x6B00  # offset outside the EF, or wrong P1/P2
    SECURITY_STATUS_NOT_SATISFIED = 0x6982
    PIN_BLOCKED = 0x6983
    CONDITIONS_NOT_SATISFIED = 0x6985
    NO_CURRENT_EF = 0x6986
    WRONG_DATA = 0x6A80
    FILE_NOT_FOUND = 0x6A82
    RECORD_NOT_FOUND = 0x6A83
    WRONG_P1P2 = 0x6A86
    LC_INCONSISTENT = 0x6A87
    REFERENCE_NOT_FOUND = 0x6A88
    INS_NOT_SUPPORTED = 0x6D00
    CLA_NOT_SUPPORTED = 0x6E00
    PINPAD_TIMEOUT = 0x6400
    PINPAD_CANCELLED = 0x6401


def command(cla: int, ins: int, p1: int, p2: int, data: bytes = b"", le: int | None = None) -> bytes:
    """Build a short APDU (Lc only when there is data; Le 256 is written as 00)."""
    apdu = bytes([cla, ins, p1, p2])
    if data:
        apdu += bytes([len(data)]) + data
    if le is not None:
        apdu += bytes([le & 0xFF])
    return apdu


def exchange(connection: SmartCardConnection, apdu: bytes, sleep: Sleep = time.sleep) -> tuple[bytes, int]:
    """Send `apdu`; follow `6C xx` once and `61 xx` until done; return data and the last SW."""
    data, sw = connection.send_and_receive(apdu)
    if sw >> 8 == 0x6C and len(apdu) >= 5:
        # Wrong Le: the card tells the right one; some cards need a pause first (docs/eid-card.md 1.4).
        sleep(WRONG_LENGTH_PAUSE)
        data, sw = connection.send_and_receive(apdu[:-1] + bytes([sw & 0xFF]))
    return _chain_responses(connection, data, sw)


def _chain_responses(connection: SmartCardConnection, data: bytes, sw: int) -> tuple[bytes, int]:
    """Collect `61 xx` continuations with GET RESPONSE (T=0 case 4; docs/eid-card.md section 3.3)."""
    if sw >> 8 != 0x61:
        return data, sw  # nearly every answer: complete at once
    collected = bytearray(data)
    for _ in range(MAX_CHAINED_RESPONSES):
        if sw >> 8 != 0x61:
            return bytes(collected), sw
        more, sw = connection.send_and_receive(command(0x00, 0xC0, 0x00, 0x00, le=sw & 0xFF))
        if sw >> 8 == 0x6C:
            # 6C xx on GET RESPONSE does not abort the chaining (SPEC-A17 section 6.1; docs/eid-card.md 3.3).
            more, sw = connection.send_and_receive(command(0x00, 0xC0, 0x00, 0x00, le=sw & 0xFF))
        collected += more
    raise CardDataError("the card kept answering 61 xx")


def transmit(connection: SmartCardConnection, apdu: bytes, sleep: Sleep = time.sleep) -> bytes:
    """Send `apdu` and return its data; raise `ApduError` unless the card answered 90 00."""
    data, sw = exchange(connection, apdu, sleep)
    if sw != SW.OK:
        raise ApduError(sw)
    return data
