"""Property tests: malformed input only ever raises `CardError` subclasses (hypothesis, `slow`).

Random bytes and mutated real files go into every parser; formats that can be written back
round-trip; a session over a connection answering garbage gives `CardError` or a result, never
another exception. About 5,500 examples in all.
"""

from __future__ import annotations

import contextlib
import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardreader.dates import _DUTCH, _FRENCH, _GERMAN, parse_birth_date, parse_card_date
from cardreader.errors import CardDataError, CardError
from cardreader.identity import parse_address, parse_identity
from cardreader.integrity import TrustRoots
from cardreader.national_number import check_digits, parse_national_number
from cardreader.reading import read_card
from cardreader.tlv import encode_tlv, parse_tlv
from cardreader.virtual import VirtualCardConnection, load_profile
from tests.unit.cardreader.conftest import TODAY, TRAINING

pytestmark = pytest.mark.slow

SPECIMENS = Path(__file__).resolve().parents[2] / "data" / "eid-specimens"
REAL_IDENTITIES = [
    *(
        p.read_bytes()
        for p in sorted((SPECIMENS / "identity-files").glob("*.tlv"))
        if "address" not in p.name
    ),
    (SPECIMENS / "ec-p384-test-card" / "identity.tlv").read_bytes(),
    (SPECIMENS / "rsa-sha1-test-card" / "test-identity.tlv").read_bytes(),
    load_profile("eu-foreigner-long", TRAINING).files["DF014031"],
]
REAL_ADDRESSES = [
    (SPECIMENS / "identity-files" / "address-alice.tlv").read_bytes(),
    (SPECIMENS / "ec-p384-test-card" / "address.tlv").read_bytes(),
    load_profile("nl-citizen-18", TRAINING).files["DF014033"],
]
FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mutated(draw: st.DrawFn, originals: list[bytes]) -> bytes:
    data = bytearray(draw(st.sampled_from(originals)))
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate"]))
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[position] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=4))
        elif kind == "delete" and data:
            del data[position]
        elif kind == "truncate":
            del data[position:]
    return bytes(data)


def _only_card_errors(parse: object, data: bytes) -> None:
    assert callable(parse)
    with contextlib.suppress(CardDataError):
        parse(data)


@settings(FAST, max_examples=1000)
@given(st.binary(max_size=400))
def test_random_bytes_into_the_identity_and_address_parsers(data: bytes) -> None:
    _only_card_errors(parse_identity, data)
    _only_card_errors(parse_address, data)
    _only_card_errors(parse_tlv, data)


@settings(FAST, max_examples=1500)
@given(mutated(REAL_IDENTITIES))
def test_mutated_identity_files(data: bytes) -> None:
    _only_card_errors(parse_identity, data)


@settings(FAST, max_examples=500)
@given(mutated(REAL_ADDRESSES))
def test_mutated_address_files(data: bytes) -> None:
    _only_card_errors(parse_address, data)


@settings(FAST, max_examples=500)
@given(st.lists(st.tuples(st.integers(1, 255), st.binary(max_size=700)), max_size=8))
def test_tlv_round_trips(items: list[tuple[int, bytes]]) -> None:
    assert parse_tlv(encode_tlv(items) + bytes(7)) == items


@settings(FAST, max_examples=500)
@given(
    st.dates(date(1900, 1, 1), date(2099, 12, 31)),
    st.sampled_from([_FRENCH, _DUTCH, _GERMAN]),
    st.sampled_from(
        ["{d:02d} {m} {y}", "{d} {m} {y}", "{d:02d} {m:<4} {y}", "{d:02d}.{m}.{y}", "{d:02d}.{m}. {y}"]
    ),
)
def test_birth_dates_round_trip(day: date, table: list[str], layout: str) -> None:
    text = layout.format(d=day.day, m=table[day.month - 1], y=day.year)
    parsed = parse_birth_date(text)
    assert (parsed.year, parsed.month, parsed.day) == (day.year, day.month, day.day)


@settings(FAST, max_examples=500)
@given(st.text(max_size=14))
def test_random_text_into_the_date_and_number_parsers(text: str) -> None:
    for parse in (parse_birth_date, parse_card_date, parse_national_number):
        with contextlib.suppress(CardDataError):
            parse(text)


@settings(FAST, max_examples=300)
@given(st.integers(0, 999_999_999), st.booleans())
def test_national_numbers_round_trip(nine: int, born_2000: bool) -> None:
    digits = f"{nine:09d}"
    number = parse_national_number(digits + f"{check_digits(digits, born_2000):02d}")
    assert number.digits.startswith(digits)


class GarbageConnection:
    """Answers every APDU with random data and a random (often plausible) status word."""

    def __init__(self, rng: random.Random, card: VirtualCardConnection, honesty: float) -> None:
        self.rng, self.card, self.honesty = rng, card, honesty

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        if self.rng.random() < self.honesty:
            data, sw = self.card.send_and_receive(apdu)
            if self.rng.random() < 0.1 and data:
                position = self.rng.randrange(len(data))
                data = data[:position] + bytes([self.rng.randrange(256)]) + data[position + 1 :]
            return data, sw
        sw = self.rng.choice([0x9000, 0x6100 | self.rng.randrange(256), 0x6C00 | self.rng.randrange(256),
                              0x6B00, 0x6986, 0x6A82, 0x63C1, self.rng.randrange(0x10000)])  # fmt: skip
        return self.rng.randbytes(self.rng.choice([0, 1, 2, 28, 31, 100, 252, 300])), sw


@settings(FAST, max_examples=700)
@given(
    st.integers(0, 2**32),
    st.sampled_from([0.0, 0.5, 0.9, 0.98]),
    st.sampled_from(["nl-citizen-18", "fr-citizen-17-rsa"]),
)
def test_a_session_over_a_garbage_connection_raises_only_card_errors(
    seed: int, honesty: float, name: str
) -> None:
    roots = _roots()
    connection = GarbageConnection(
        random.Random(seed), VirtualCardConnection(load_profile(name, TRAINING)), honesty
    )
    with contextlib.suppress(CardError):
        read_card(connection, roots, TODAY, sleep=lambda _: None)


_ROOTS: list[TrustRoots] = []


def _roots() -> TrustRoots:
    if not _ROOTS:
        from cardreader.virtual import training_root_certificates

        _ROOTS.append(TrustRoots.from_pem([], training_root_certificates(TRAINING)))
    return _ROOTS[0]
