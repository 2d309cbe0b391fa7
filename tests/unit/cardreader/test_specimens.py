"""The real specimen cards (commons-eid test resources) parse and their signatures verify."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cardreader.identity import parse_address, parse_identity
from cardreader.integrity import (
    CardFiles,
    Trust,
    TrustRoots,
    Verdict,
    photo_hash_matches,
    verify_card,
    verify_data_signature,
)
from cardreader.tlv import strip_trailing_zeros

ROOT = Path(__file__).resolve().parents[3]
SPECIMENS = ROOT / "tests" / "data" / "eid-specimens"
PRODUCTION_ROOTS = TrustRoots.from_directory(ROOT / "resources" / "trust-roots")
TODAY = date(2026, 11, 27)

SETS = {
    "ec": (
        "ec-p384-test-card",
        "identity.tlv",
        "identity-signature.der",
        "address.tlv",
        "address-signature.der",
        "photo.jpg",
        "rrn-cert.der",
    ),
    "rsa": (
        "rsa-sha1-test-card",
        "test-identity.tlv",
        "test-identity-sign.der",
        "test-address.tlv",
        "test-address-sign.der",
        "test-photo.jpg",
        "test-rrn-cert.der",
    ),
}


def _files(name: str) -> CardFiles:
    folder, *names = SETS[name]
    return CardFiles(*(SPECIMENS.joinpath(folder, n).read_bytes() for n in names))


@pytest.mark.parametrize("name", SETS)
def test_specimen_signatures_and_photo_verify_but_the_card_is_never_genuine(name: str) -> None:
    files = _files(name)
    identity = parse_identity(files.identity)
    report = verify_card(files, identity, PRODUCTION_ROOTS, TODAY)
    assert report.identity_signature and report.address_signature and report.photo_hash
    assert report.rrn_certificate is Trust.UNTRUSTED
    assert report.verdict is Verdict.UNVERIFIABLE


@pytest.mark.parametrize("name", SETS)
def test_one_changed_address_byte_breaks_the_address_signature(name: str) -> None:
    files = _files(name)
    address = bytearray(files.address)
    address[5] ^= 0x01
    changed = CardFiles(**{**files.__dict__, "address": bytes(address)})
    report = verify_card(changed, parse_identity(files.identity), PRODUCTION_ROOTS, TODAY)
    assert report.identity_signature and not report.address_signature
    assert report.verdict is Verdict.TAMPERED


@pytest.mark.parametrize("name", SETS)
def test_the_address_signature_fails_without_stripping_the_zeros(name: str) -> None:
    from cryptography import x509

    files = _files(name)
    assert files.rrn_certificate is not None
    certificate = x509.load_der_x509_certificate(files.rrn_certificate)
    hash_length = len(parse_identity(files.identity).photo_hash)
    stripped = strip_trailing_zeros(files.address) + files.identity_signature
    unstripped = files.address + files.identity_signature
    assert verify_data_signature(certificate, files.address_signature, stripped, hash_length)
    assert not verify_data_signature(certificate, files.address_signature, unstripped, hash_length)


def test_the_ec_address_signature_covers_the_padded_identity_signature() -> None:
    from cryptography import x509

    files = _files("ec")
    assert files.rrn_certificate is not None
    certificate = x509.load_der_x509_certificate(files.rrn_certificate)
    trimmed = files.identity_signature[: files.identity_signature[1] + 2]
    data = strip_trailing_zeros(files.address) + trimmed
    assert not verify_data_signature(certificate, files.address_signature, data, 32)


def test_a_changed_photo_byte_is_tampering() -> None:
    files = _files("ec")
    identity = parse_identity(files.identity)
    photo = bytearray(files.photo)
    photo[100] ^= 0xFF
    assert photo_hash_matches(files.photo, identity.photo_hash)
    assert not photo_hash_matches(bytes(photo), identity.photo_hash)


def test_the_ec_specimen_fields() -> None:
    identity = parse_identity(_files("ec").identity)
    assert identity.card_number == "000001241600"
    assert identity.first_names == "Nora Angèle"
    assert identity.birth_date.isoformat() == "2001-05-03"
    assert identity.sex == "F"
    assert identity.document_type.code == "01"
    assert identity.national_number.born_2000_or_later
    assert identity.validity_end == date(2032, 7, 5)
    address = parse_address(_files("ec").address)
    assert (address.street_and_number, address.zip, address.municipality) == (
        "Specimenstraat 12",
        "1000",
        "Brussel",
    )


@pytest.mark.parametrize(
    ("file", "raw", "iso", "status"),
    [
        ("id-alice.tlv", "01 JAN 1971", "1971-01-01", "0"),
        ("id-alice-2.tlv", "1 JAN 1971", "1971-01-01", "0"),
        ("white-cane.tlv", "21 JAN 1971", "1971-01-21", "1"),
        ("yellow-cane.tlv", "31 DEC 1992", "1992-12-31", "4"),
        ("extended-minority.tlv", "29 SEPT 1979", "1979-09-29", "2"),
    ],
)
def test_the_specimen_identity_files_parse(file: str, raw: str, iso: str, status: str) -> None:
    identity = parse_identity(SPECIMENS.joinpath("identity-files", file).read_bytes())
    assert identity.birth_date_raw == raw
    assert identity.birth_date.isoformat() == iso
    assert identity.special_status == status


def test_the_specimen_address_file_parses() -> None:
    address = parse_address(SPECIMENS.joinpath("identity-files", "address-alice.tlv").read_bytes())
    assert address.municipality == "Antwerpen"


def test_production_roots_are_checked_by_fingerprint(tmp_path: Path) -> None:
    from cardreader.errors import TrustRootError

    assert len(PRODUCTION_ROOTS.production) == 4
    (tmp_path / "rrn.der").write_bytes(_files("ec").rrn_certificate or b"")
    with pytest.raises(TrustRootError):
        TrustRoots.from_directory(tmp_path)
