"""A certificate with an unknown X.509 version is malformed card data, never a crash (found by fuzzing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from cardreader.errors import CardError
from cardreader.reading import _has_ec_key
from cardreader.signing import _public_key

PKI = Path(__file__).resolve().parents[3] / "resources" / "training" / "pki"
VERSION_3 = b"\xa0\x03\x02\x01\x02"


def _certificate_with_version_byte(value: int) -> bytes:
    der = x509.load_pem_x509_certificate((PKI / "rrn-ec.pem").read_bytes()).public_bytes(Encoding.DER)
    at = der.index(VERSION_3)
    return der[:at] + VERSION_3[:-1] + bytes([value]) + der[at + len(VERSION_3) :]


def test_an_unknown_version_is_not_an_ec_key() -> None:
    assert _has_ec_key(_certificate_with_version_byte(2)) is True
    assert _has_ec_key(_certificate_with_version_byte(7)) is False


def test_an_unknown_version_is_a_card_error_when_signing() -> None:
    with pytest.raises(CardError):
        _public_key(_certificate_with_version_byte(7))


def _certificate_with_negative_serial() -> bytes:
    der = x509.load_pem_x509_certificate((PKI / "rrn-ec.pem").read_bytes()).public_bytes(Encoding.DER)
    serial_at = der.index(VERSION_3) + len(VERSION_3) + 2  # after the serial's tag and length
    return der[:serial_at] + bytes([der[serial_at] | 0x80]) + der[serial_at + 1 :]


def test_a_certificate_breaking_rfc_5280_is_malformed_card_data_not_a_warning() -> None:
    bad = _certificate_with_negative_serial()
    assert _has_ec_key(bad) is False
    with pytest.raises(CardError):
        _public_key(bad)
