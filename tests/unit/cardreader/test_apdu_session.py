"""The APDU layer and the session's robust reads, with scripted exchanges."""

from __future__ import annotations

import pytest

from cardreader.apdu import SW, command, exchange, transmit
from cardreader.connection import FailingConnection, ScriptedConnection
from cardreader.errors import ApduError, CardDataError, CardRemovedError, PinBlockedError, PinError
from cardreader.pin import (
    CM_IOCTL_GET_FEATURE_REQUEST,
    FEATURE_VERIFY_PIN_DIRECT,
    InvalidPinFormatError,
    parse_features,
    pin_block,
    verify_pin_structure,
)
from cardreader.session import BeidSession, FileId, der_length

H = bytes.fromhex
SELECT_ID = H("00A4080C063F00DF014031")


def test_61xx_is_followed_by_get_response_until_done() -> None:
    conn = ScriptedConnection(
        [
            (H("002A9E9A03010203"), H("6160")),
            (H("00C0000060"), bytes(range(0x60)) + H("6110")),
            (H("00C0000010"), b"z" * 16 + H("9000")),
        ]
    )
    assert transmit(conn, command(0x00, 0x2A, 0x9E, 0x9A, b"\x01\x02\x03")) == bytes(range(0x60)) + b"z" * 16
    assert conn.finished


def test_6cxx_is_resent_with_the_right_le_after_a_pause() -> None:
    pauses: list[float] = []
    conn = ScriptedConnection([(H("00B00000FC"), H("6C05")), (H("00B0000005"), b"hello" + H("9000"))])
    assert exchange(conn, H("00B00000FC"), sleep=pauses.append) == (b"hello", SW.OK)
    assert pauses and 0 < pauses[0] <= 0.05


def test_other_status_words_raise_apdu_error_with_the_sw() -> None:
    conn = ScriptedConnection([(None, H("6A82"))])
    with pytest.raises(ApduError) as caught:
        transmit(conn, H("00A4080C00"))
    assert caught.value.sw == SW.FILE_NOT_FOUND


def _read(script: list[tuple[bytes | None, bytes]]) -> tuple[bytes, ScriptedConnection]:
    conn = ScriptedConnection(script)
    data = BeidSession(conn, sleep=lambda _: None).read_file(FileId.IDENTITY)
    assert conn.finished
    return data, conn


def test_a_file_longer_than_252_bytes_is_read_in_chunks() -> None:
    content = bytes(range(256)) + b"tail" * 5
    data, _ = _read(
        [
            (SELECT_ID, H("9000")),
            (H("00B00000FC"), content[:252] + H("9000")),
            (H("00B000FCFC"), H("6C18")),
            (H("00B000FC18"), content[252:] + H("9000")),
        ]
    )
    assert data == content


def test_6b00_at_a_multiple_of_252_is_the_end_after_one_confirmation() -> None:
    content = bytes(252)
    data, _ = _read(
        [
            (SELECT_ID, H("9000")),
            (H("00B00000FC"), content + H("9000")),
            (H("00B000FCFC"), H("6B00")),
            (SELECT_ID, H("9000")),
            (H("00B000FCFC"), H("6B00")),
        ]
    )
    assert data == content


@pytest.mark.parametrize("spurious", [H("6B00"), H("6986"), H("9000")])
def test_a_spurious_answer_mid_file_is_retried_from_the_same_offset(spurious: bytes) -> None:
    content = bytes(range(252)) + b"end"
    data, _ = _read(
        [
            (SELECT_ID, H("9000")),
            (H("00B00000FC"), content[:252] + H("9000")),
            (H("00B000FCFC"), spurious),
            (SELECT_ID, H("9000")),
            (H("00B000FCFC"), H("6C03")),
            (H("00B000FC03"), b"end" + H("9000")),
        ]
    )
    assert data == content


def test_retries_are_bounded() -> None:
    script: list[tuple[bytes | None, bytes]] = [
        (SELECT_ID, H("9000")),
        (H("00B00000FC"), bytes(252) + H("9000")),
    ]
    for _ in range(4):
        script += [(H("00B000FCFC"), H("6986")), (SELECT_ID, H("9000"))]
    with pytest.raises(CardDataError):
        _read(script)


def test_select_falls_back_to_the_applet_and_per_fid_selection() -> None:
    data, _conn = _read(
        [
            (SELECT_ID, H("6A82")),
            (H("00A4040C0CA000000177504B43532D3135"), H("9000")),
            (H("00A4020C023F00"), H("9000")),
            (H("00A4020C02DF01"), H("9000")),
            (H("00A4020C024031"), H("9000")),
            (H("00B00000FC"), H("6C02")),
            (H("00B0000002"), b"ok" + H("9000")),
        ]
    )
    assert data == b"ok"


def test_certificate_files_are_trimmed_to_their_der_and_zero_files_are_absent() -> None:
    der = H("308203") + b"\x00"  # claims 0x0300 + 4 bytes
    der = H("30820102") + bytes(range(256)) + b"xy"
    conn = ScriptedConnection(
        [
            (H("00A4080C063F00DF00503C"), H("9000")),
            (H("00B00000FC"), der[:252] + H("9000")),
            (H("00B000FC0A"), der[252:] + H("9000")),
            (H("00A4080C063F00DF005038"), H("9000")),
            (H("00B00000FC"), bytes(252) + H("9000")),
        ]
    )
    session = BeidSession(conn)
    assert session.read_certificate(FileId.RRN_CERT) == der
    assert session.read_certificate(FileId.AUTHENTICATION_CERT) is None


def test_der_lengths() -> None:
    assert der_length(H("3065")) == 0x67
    assert der_length(H("308180")) == 0x83
    assert der_length(H("30820287")) == 0x28B
    for bad in (H("31"), H("3080"), H("3084")):
        with pytest.raises(CardDataError):
            der_length(bad)


def test_pin_blocks_are_format_2() -> None:
    assert pin_block("1234").hex() == "241234ffffffffff"
    assert pin_block("12345").hex() == "2512345fffffffff"
    assert pin_block("12345678").hex() == "2812345678ffffff"
    assert pin_block("123456789012").hex() == "2c123456789012ff"
    for bad in ("123", "1234567890123", "12a4", "１２３４"):
        with pytest.raises(InvalidPinFormatError) as caught:
            pin_block(bad)
        assert bad not in str(caught.value)


def test_verify_reports_tries_left_and_blocked() -> None:
    conn = ScriptedConnection(
        [
            (H("00200001082412 34FFFFFFFFFF".replace(" ", "")), H("63C2")),
            (None, H("63C0")),
            (None, H("6983")),
            (None, H("9000")),
        ]
    )
    session = BeidSession(conn)
    with pytest.raises(PinError) as caught:
        session.verify_pin("1234")
    assert caught.value.tries_left == 2
    assert not isinstance(caught.value, PinBlockedError)
    with pytest.raises(PinBlockedError):
        session.verify_pin("1234")
    with pytest.raises(PinBlockedError):
        session.verify_pin("1234")
    session.verify_pin("1234")


def test_the_pin_status_query_is_not_sent_to_an_applet_1_1_card() -> None:
    card_data = bytes(21) + H("11") + bytes(6)
    conn = ScriptedConnection([(H("80E400001C"), card_data + H("9000"))])
    assert BeidSession(conn).pin_status() is None
    assert conn.finished


def test_the_pin_status_query_on_1_7() -> None:
    card_data = bytes(21) + H("17") + bytes(6)
    conn = ScriptedConnection([(H("80E400001C"), card_data + H("9000")), (H("00200001"), H("63C3"))])
    assert BeidSession(conn).pin_status() == 3


@pytest.mark.parametrize(
    ("answer", "error", "tries"),
    [
        (H("9000"), None, None),
        (H("63C1"), PinError, 1),
        (H("6983"), PinBlockedError, 0),
        (H("6400"), PinError, None),
        (H("6401"), PinError, None),
    ],
)
def test_pinpad_verify_sends_the_part_10_structure(
    answer: bytes, error: type[Exception] | None, tries: int | None
) -> None:
    features = (
        bytes([FEATURE_VERIFY_PIN_DIRECT, 4])
        + (0x42330006).to_bytes(4, "big")
        + H("12044233 0012".replace(" ", ""))
    )
    conn = ScriptedConnection([], controls={CM_IOCTL_GET_FEATURE_REQUEST: [features], 0x42330006: [answer]})
    ioctl = parse_features(conn.control(CM_IOCTL_GET_FEATURE_REQUEST, b""))[FEATURE_VERIFY_PIN_DIRECT]
    session = BeidSession(conn)
    if error is None:
        session.verify_pin_on_pinpad(conn, ioctl)
    else:
        with pytest.raises(error) as caught:
            session.verify_pin_on_pinpad(conn, ioctl)
        assert getattr(caught.value, "tries_left", None) == tries
    assert conn.control_calls[-1] == (0x42330006, verify_pin_structure())
    assert verify_pin_structure().hex() == (
        "1e1e8947040c0402010409000000000d000000" + "002000010820ffffffffffffff"
    )


def test_a_failing_connection_raises_card_removed_from_index_k() -> None:
    inner = ScriptedConnection([(None, H("9000"))] * 3)
    conn = FailingConnection(inner, fail_at=2)
    conn.send_and_receive(b"\x00")
    conn.send_and_receive(b"\x00")
    with pytest.raises(CardRemovedError):
        conn.send_and_receive(b"\x00")
