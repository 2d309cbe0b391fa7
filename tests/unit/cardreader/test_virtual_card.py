"""Every virtual profile reads in-process with the right fields and verdicts; PIN and signatures."""

from __future__ import annotations

import hashlib

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from cardreader.errors import NoSigningKeyError, PinBlockedError, PinError, SignatureRefusedError
from cardreader.integrity import TrustRoots
from cardreader.reading import read_card
from cardreader.session import BeidSession, KeyRef, der_length
from cardreader.signing import ECDSA_SHA384, RSA_SHA256, sign_statement
from cardreader.virtual import VirtualCardConnection, load_profile, profile_names, training_root_certificates
from cardreader.virtual.people import PROFILES
from tests.unit.cardreader.conftest import TODAY, TRAINING

EXPECTED = {
    # profile: (applet, verdict, birth_date, document type code, basic key)
    "nl-citizen-18": ("1.8", "test-card", "1990-03-14", "01", "valid"),
    "nl-partner-17-ec": ("1.7", "test-card", "1988-11-02", "01", "absent"),
    "fr-citizen-17-rsa": ("1.7", "test-card", "1975-07-30", "01", "absent"),
    "de-citizen-18": ("1.8", "test-card", "1962-12-22", "01", "valid"),
    "one-digit-day": ("1.8", "test-card", "1985-03-05", "01", "valid"),
    "year-only": ("1.8", "test-card", "1971", "34", "valid"),
    "eu-foreigner-long": ("1.8", "test-card", "1993-06-09", "31", "valid"),
    "no-signature-cert": ("1.8", "test-card", "2001-01-17", "01", "valid"),
    "blocked-pin": ("1.8", "test-card", "1980-09-12", "01", "valid"),
    "expired": ("1.7", "expired", "1950-04-01", "01", "absent"),
    "tampered-address": ("1.8", "tampered", "1995-02-28", "01", "valid"),
    "tampered-photo": ("1.8", "tampered", "1968-10-10", "01", "valid"),
    "staff-wil-1": ("1.8", "test-card", "1979-05-20", "01", "valid"),
    "staff-wil-2": ("1.8", "test-card", "1984-08-08", "01", "valid"),
}


def test_the_fixture_has_every_profile_of_the_issue() -> None:
    assert profile_names(TRAINING) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_profile_reads_in_process(name: str, roots: TrustRoots) -> None:
    reading = read_card(
        VirtualCardConnection(load_profile(name, TRAINING)), roots, TODAY, sleep=lambda _: None
    )
    result = reading.to_json(show_national_number=True)
    applet, verdict, birth, doc, basic = EXPECTED[name]
    person = PROFILES[name]
    assert result["applet_version"] == applet
    assert result["integrity"]["verdict"] == verdict  # type: ignore[index]
    assert result["integrity"]["basic_key"] == basic  # type: ignore[index]
    assert result["person"]["birth_date"] == birth  # type: ignore[index]
    assert result["person"]["national_number"] == person.national_number  # type: ignore[index]
    assert result["person"]["surname"] == person.surname  # type: ignore[index]
    assert result["card"]["document_type"]["code"] == doc  # type: ignore[index]
    assert result["address"]["zip"] == person.zip  # type: ignore[index]
    if name == "tampered-address":
        assert result["integrity"]["address_signature"] == "invalid"  # type: ignore[index]
    if name == "tampered-photo":
        assert result["integrity"]["photo_hash"] == "invalid"  # type: ignore[index]


def test_without_test_roots_a_virtual_card_is_unverifiable(production_only: TrustRoots) -> None:
    reading = read_card(
        VirtualCardConnection(load_profile("nl-citizen-18", TRAINING)), production_only, TODAY
    )
    assert reading.integrity.verdict.value == "unverifiable"
    assert reading.to_json()["person"]["national_number"] == "XX.XX.XX-XXX.31"  # type: ignore[index]


def test_the_foreigner_identity_file_needs_two_reads() -> None:
    card = load_profile("eu-foreigner-long", TRAINING)
    assert len(card.files["DF014031"]) > 252


def _session(name: str) -> tuple[BeidSession, VirtualCardConnection]:
    connection = VirtualCardConnection(load_profile(name, TRAINING))
    return BeidSession(connection, sleep=lambda _: None), connection


def test_pin_right_wrong_and_blocked() -> None:
    session, _ = _session("nl-citizen-18")
    assert session.card_data().pin_tries_left == 3
    session.verify_pin("1234")
    for expected in (2, 1):
        with pytest.raises(PinError) as caught:
            session.verify_pin("9999")
        assert caught.value.tries_left == expected
        assert session.pin_status() == expected
    with pytest.raises(PinBlockedError):
        session.verify_pin("9999")
    with pytest.raises(PinBlockedError):
        session.verify_pin("1234")
    assert session.pin_status() == 0


def test_a_right_pin_resets_the_tries() -> None:
    session, _ = _session("fr-citizen-17-rsa")
    with pytest.raises(PinError):
        session.verify_pin("0000")
    assert session.pin_status() == 2
    session.verify_pin("1234")
    assert session.pin_status() is None  # verified


def test_the_blocked_profile_is_blocked() -> None:
    session, _ = _session("blocked-pin")
    assert session.card_data().pin_tries_left == 0
    with pytest.raises(PinBlockedError):
        session.verify_pin("1234")


def _verify(signature_der: bytes, certificate_der: bytes, statement: bytes, algorithm: str) -> None:
    key = x509.load_der_x509_certificate(certificate_der).public_key()
    if algorithm == "rsa-pkcs1-sha256":
        assert isinstance(key, rsa.RSAPublicKey)
        key.verify(signature_der, statement, padding.PKCS1v15(), hashes.SHA256())
    else:
        assert isinstance(key, ec.EllipticCurvePublicKey)
        key.verify(signature_der, statement, ec.ECDSA(hashes.SHA384()))


@pytest.mark.parametrize(
    ("name", "key", "algorithm"),
    [
        ("fr-citizen-17-rsa", "signature", "rsa-pkcs1-sha256"),
        ("nl-partner-17-ec", "signature", "ecdsa-p384-sha384"),
        ("nl-citizen-18", "signature", "ecdsa-p384-sha384"),
        ("no-signature-cert", "authentication", "ecdsa-p384-sha384"),
        ("staff-wil-1", "signature", "ecdsa-p384-sha384"),
    ],
)
def test_a_card_signature_verifies_with_its_certificate(name: str, key: str, algorithm: str) -> None:
    session, _ = _session(name)
    statement = b'{"kind":"confirmation","v":1}'
    made = sign_statement(session, statement, pin="1234")
    assert (made.key, made.algorithm) == (key, algorithm)
    _verify(made.signature, made.certificate_der, statement, algorithm)
    certificate = x509.load_der_x509_certificate(made.certificate_der)
    serial = certificate.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)[0].value
    assert serial == PROFILES[name].national_number
    ca_file = load_profile(name, TRAINING).files["DF00503A"]
    certificate.verify_directly_issued_by(x509.load_der_x509_certificate(ca_file[: der_length(ca_file)]))


def test_the_authentication_key_of_an_rsa_card_signs_too() -> None:
    session, _ = _session("fr-citizen-17-rsa")
    digest = hashlib.sha256(b"hello").digest()
    signature = session.sign(digest, KeyRef.AUTHENTICATION, RSA_SHA256, lambda: session.verify_pin("1234"))
    assert len(signature) == 256


@pytest.mark.parametrize("name", ["nl-citizen-18", "fr-citizen-17-rsa", "nl-partner-17-ec"])
def test_a_signature_key_signature_without_verify_just_before_is_refused(name: str) -> None:
    session, _ = _session(name)
    with pytest.raises(SignatureRefusedError) as caught:
        sign_statement(session, b"statement", pin=None)
    assert "PIN" in str(caught.value)


def test_on_1_7_a_command_between_verify_and_the_signature_is_refused() -> None:
    session, _ = _session("nl-partner-17-ec")
    session.select_applet()
    session.set_security_environment(KeyRef.SIGNATURE, ECDSA_SHA384)
    session.verify_pin("1234")
    session.card_data()
    with pytest.raises(SignatureRefusedError):
        session.compute_signature(hashlib.sha384(b"x").digest())


def test_on_1_8_one_command_between_verify_and_the_signature_is_allowed_but_not_two() -> None:
    session, connection = _session("nl-citizen-18")
    session.select_applet()
    session.set_security_environment(KeyRef.SIGNATURE, ECDSA_SHA384)
    session.verify_pin("1234")
    connection.send_and_receive(bytes.fromhex("80E400001C"))
    assert len(session.compute_signature(hashlib.sha384(b"x").digest())) == 96
    session.set_security_environment(KeyRef.SIGNATURE, ECDSA_SHA384)
    session.verify_pin("1234")
    connection.send_and_receive(bytes.fromhex("80E400001C"))
    connection.send_and_receive(bytes.fromhex("80E400001C"))
    with pytest.raises(SignatureRefusedError):
        session.compute_signature(hashlib.sha384(b"x").digest())


def test_the_authentication_key_is_pin_once() -> None:
    session, _ = _session("nl-citizen-18")
    session.select_applet()
    session.verify_pin("1234")
    for _ in range(2):
        session.set_security_environment(KeyRef.AUTHENTICATION, ECDSA_SHA384)
        assert len(session.compute_signature(hashlib.sha384(b"x").digest())) == 96


def test_a_card_without_certificates_cannot_sign() -> None:
    card = load_profile("no-signature-cert", TRAINING)
    card.files["DF005038"] = bytes(2500)
    with pytest.raises(NoSigningKeyError):
        sign_statement(BeidSession(VirtualCardConnection(card)), b"x", pin="1234")


def test_a_wrong_pin_while_signing_reports_the_tries() -> None:
    session, _ = _session("nl-citizen-18")
    with pytest.raises(PinError) as caught:
        sign_statement(session, b"x", pin="4321")
    assert caught.value.tries_left == 2


def test_test_roots_are_the_issuers_of_the_rrn_certificates() -> None:
    (root_pem,) = training_root_certificates(TRAINING)
    root = x509.load_pem_x509_certificate(root_pem)
    rrn = load_profile("nl-citizen-18", TRAINING).files["DF00503C"]
    certificate = x509.load_der_x509_certificate(rrn[: 4 + int.from_bytes(rrn[2:4], "big")])
    certificate.verify_directly_issued_by(root)
