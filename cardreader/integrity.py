"""Integrity of what a card says (docs/eid-card.md section 7): data signatures, photo hash, basic key, trust.

Data signatures are always checked with the card's own RRN certificate, whatever it chains to;
whether that certificate chains to a trusted root is a separate finding. One verdict, with its
reason, where several apply: tampered > unverifiable > expired > test-card > genuine.

Public names (stable): `TrustRoots` (`from_directory`, `from_pem`, `production_roots_from`),
`PRODUCTION_ROOT_FINGERPRINTS`, `CardFiles`, `IntegrityReport` (`.to_json()`), `Verdict`,
`verify_card(files, roots, today, challenge=None)`, `verify_data_signature(cert_der, signature_file,
data, photo_hash_length)`, `signature_input_for_address(address, identity_signature_file)`.
"""

from __future__ import annotations

import enum
import hashlib
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils
from cryptography.utils import CryptographyDeprecationWarning

from cardreader.errors import CardDataError, TrustRootError
from cardreader.identity import Identity
from cardreader.session import der_length
from cardreader.tlv import strip_trailing_zeros

# SHA-256 fingerprints of the public Belgian eID roots (docs/eid-card.md section 7.5). CA2 expired
# in 2021 together with every card under it, so it is deliberately not trusted any more.
PRODUCTION_ROOT_FINGERPRINTS: dict[str, str] = {
    "a8d14e945e3e5156bcae5e39737cf6a1b1f51028bbbf982f50ce5f4c05568b4d": "Belgium Root CA3",
    "c3fbf37259af0954eeea4282dd1c7226a54e7150f7c29a2c495ba34dbfe09ca0": "Belgium Root CA4",
    "702dd5c1a093cf0a9d71fadd9bf9a7c5857d89fb73b716e867228b3c2beb968f": "Belgium Root CA4 (2032)",
    "9c872bc979a7c09a58d4a274c199e5cb16cfa9b9618d98bc9a9988e984b8495c": "Belgium Root CA6",
}

_PHOTO_HASHES: dict[int, Callable[[bytes], bytes]] = {
    20: lambda data: hashlib.sha1(data, usedforsecurity=False).digest(),
    32: lambda data: hashlib.sha256(data).digest(),
    48: lambda data: hashlib.sha384(data).digest(),
}


class Verdict(enum.StrEnum):
    """The one authenticity verdict; earlier members win when several apply."""

    TAMPERED = "tampered"
    UNVERIFIABLE = "unverifiable"
    EXPIRED = "expired"
    TEST_CARD = "test-card"
    GENUINE = "genuine"


class Trust(enum.StrEnum):
    """What the RRN certificate chains to."""

    TRUSTED = "trusted"
    TEST = "test"
    UNTRUSTED = "untrusted"


@dataclass(frozen=True)
class TrustRoots:
    """Production roots (fingerprint-checked) and, in training mode and tests only, test roots."""

    production: tuple[x509.Certificate, ...]
    test: tuple[x509.Certificate, ...] = ()

    @classmethod
    def from_pem(cls, production: Iterable[bytes], test: Iterable[bytes] = ()) -> TrustRoots:
        """Build from PEM or DER bytes; a production root with an unknown fingerprint is refused."""
        return cls(
            tuple(_checked_production_root(data) for data in production),
            tuple(_load_certificate(data) for data in test),
        )

    @classmethod
    def from_directory(cls, production_dir: Path, test_dir: Path | None = None) -> TrustRoots:
        """Load every *.pem / *.der of the directories (test roots only when a directory is given)."""
        test = _certificate_files(test_dir) if test_dir is not None else []
        return cls.from_pem(_certificate_files(production_dir), test)


def _certificate_files(directory: Path) -> list[bytes]:
    files = sorted(p for p in directory.iterdir() if p.suffix in {".pem", ".der", ".crt"})
    return [p.read_bytes() for p in files]


def _load_certificate(data: bytes) -> x509.Certificate:
    try:
        if data.lstrip().startswith(b"-----BEGIN"):
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as error:
        raise TrustRootError("a trust root is not a certificate") from error


def _checked_production_root(data: bytes) -> x509.Certificate:
    certificate = _load_certificate(data)
    fingerprint = certificate.fingerprint(hashes.SHA256()).hex()
    if fingerprint not in PRODUCTION_ROOT_FINGERPRINTS:
        raise TrustRootError("a production trust root is not a known Belgian eID root")
    return certificate


@dataclass(frozen=True)
class CardFiles:
    """The raw files integrity needs, as read from the card."""

    identity: bytes
    identity_signature: bytes
    address: bytes
    address_signature: bytes
    photo: bytes
    rrn_certificate: bytes | None
    basic_key: bytes | None = None  # EF 4040, applet 1.8


@dataclass(frozen=True)
class IntegrityReport:
    """Every finding and the verdict with a reason in plain words (no personal data)."""

    identity_signature: bool
    address_signature: bool
    photo_hash: bool
    basic_key: bool | None  # None: absent (applet 1.7)
    rrn_certificate: Trust
    expired: bool
    verdict: Verdict
    reason: str

    def to_json(self) -> dict[str, str]:
        """The `integrity` object of `kiosk card read --json`."""
        return {
            "identity_signature": _valid(self.identity_signature),
            "address_signature": _valid(self.address_signature),
            "photo_hash": _valid(self.photo_hash),
            "basic_key": "absent" if self.basic_key is None else _valid(self.basic_key),
            "rrn_certificate": self.rrn_certificate.value,
            "verdict": self.verdict.value,
            "reason": self.reason,
        }


def _valid(flag: bool) -> str:
    return "valid" if flag else "invalid"


def signature_input_for_address(address: bytes, identity_signature_file: bytes) -> bytes:
    """Address without its trailing zeros, then the identity-signature file as read (docs/eid-card.md 7.2)."""
    return strip_trailing_zeros(address) + identity_signature_file


def verify_data_signature(
    certificate: x509.Certificate, signature_file: bytes, data: bytes, photo_hash_length: int
) -> bool:
    """Check an RRN data signature: ECDSA P-384/SHA-384 (DER in a padded file) or RSA PKCS#1 v1.5."""
    try:
        key = certificate.public_key()
    except (ValueError, UnsupportedAlgorithm):
        return False  # a key we cannot use cannot vouch for the data
    if isinstance(key, ec.EllipticCurvePublicKey):
        return _verify_ec(key, signature_file, data)
    if isinstance(key, rsa.RSAPublicKey):
        return _verify_rsa(key, signature_file, data, photo_hash_length)
    return False


def _verify_ec(key: ec.EllipticCurvePublicKey, signature_file: bytes, data: bytes) -> bool:
    try:
        signature = signature_file[: der_length(signature_file)]
        key.verify(signature, data, ec.ECDSA(hashes.SHA384()))
    except (InvalidSignature, CardDataError, ValueError):
        return False
    return True


def _verify_rsa(key: rsa.RSAPublicKey, signature_file: bytes, data: bytes, photo_hash_length: int) -> bool:
    signature = signature_file[: key.key_size // 8]
    # The photo-hash length hints the RRN digest; CA4 cards re-signed from CA3 need the other one
    # (eid-viewer certhelpers.c), so both are tried, the hinted one first (docs/eid-card.md 7.4).
    # SHA-1 is what older cards were signed with (docs/eid-card.md 1.1); verifying it is not choosing it.
    sha1 = hashes.SHA1()  # noqa: S303
    first, second = (sha1, hashes.SHA256()) if photo_hash_length == 20 else (hashes.SHA256(), sha1)
    for algorithm in (first, second):
        try:
            key.verify(signature, data, padding.PKCS1v15(), algorithm)
        except (InvalidSignature, ValueError):
            continue
        return True
    return False


def photo_hash_matches(photo: bytes, expected: bytes) -> bool:
    """Hash the photo with the algorithm implied by the expected hash's length."""
    digest = _PHOTO_HASHES.get(len(expected))
    return digest is not None and digest(photo) == expected


def rrn_trust(certificate: x509.Certificate, roots: TrustRoots) -> Trust:
    """Whether the RRN certificate is issued by a production root, a test root, or neither."""
    if any(_issued_by(certificate, root) for root in roots.production):
        return Trust.TRUSTED
    if any(_issued_by(certificate, root) for root in roots.test):
        return Trust.TEST
    return Trust.UNTRUSTED


def _issued_by(certificate: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        certificate.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


Challenge = Callable[[bytes], bytes]


def basic_key_valid(identity: Identity, basic_key: bytes | None, challenge: Challenge | None) -> bool | None:
    """Applet 1.8: SHA-384(EF 4040) is tag 1A and the card signs a fresh challenge (docs/eid-card.md 7.6)."""
    if identity.basic_key_hash is None:
        return None
    if basic_key is None or hashlib.sha384(basic_key).digest() != identity.basic_key_hash:
        return False
    if challenge is None:
        return True
    return _challenge_answered(basic_key, challenge)


def _challenge_answered(basic_key: bytes, challenge: Challenge) -> bool:
    try:
        key = serialization.load_der_public_key(basic_key)
    except (ValueError, UnsupportedAlgorithm):
        return False
    if not isinstance(key, ec.EllipticCurvePublicKey):
        return False
    nonce = _random_challenge()
    raw = challenge(nonce)
    half = len(raw) // 2
    if len(raw) % 2 or half == 0:
        return False
    der = utils.encode_dss_signature(int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big"))
    try:
        # The 48 challenge bytes are the digest itself: no on-card hashing (docs/eid-card.md 7.6).
        key.verify(der, nonce, ec.ECDSA(utils.Prehashed(hashes.SHA384())))
    except InvalidSignature:
        return False
    return True


def _random_challenge() -> bytes:
    import secrets

    return secrets.token_bytes(48)


def verify_card(
    files: CardFiles, identity: Identity, roots: TrustRoots, today: date, challenge: Challenge | None = None
) -> IntegrityReport:
    """Check everything and give one verdict, in the order of docs/architecture.md section 8."""
    certificate = _rrn_certificate(files.rrn_certificate)
    photo_ok = photo_hash_matches(files.photo, identity.photo_hash)
    basic = basic_key_valid(identity, files.basic_key, challenge)
    expired = today > identity.validity_end
    if certificate is None:
        return IntegrityReport(
            False,
            False,
            photo_ok,
            basic,
            Trust.UNTRUSTED,
            expired,
            *_verdict(False, photo_ok, basic, None, expired, certificate_missing=True),
        )
    hash_length = len(identity.photo_hash)
    identity_ok = verify_data_signature(certificate, files.identity_signature, files.identity, hash_length)
    address_input = signature_input_for_address(files.address, files.identity_signature)
    address_ok = verify_data_signature(certificate, files.address_signature, address_input, hash_length)
    trust = rrn_trust(certificate, roots)
    verdict, reason = _verdict(identity_ok and address_ok, photo_ok, basic, trust, expired)
    return IntegrityReport(identity_ok, address_ok, photo_ok, basic, trust, expired, verdict, reason)


# What cryptography raises (or warns about) for a certificate it cannot or should not parse.
CERTIFICATE_ERRORS = (ValueError, UnsupportedAlgorithm, x509.InvalidVersion, CryptographyDeprecationWarning)


def load_card_certificate(der: bytes) -> x509.Certificate:
    """Parse a certificate read from a card, raising one of CERTIFICATE_ERRORS when it is malformed.

    One that breaks RFC 5280 (e.g. a serial number that is not positive, which cryptography only
    warns about today) counts as malformed too.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", CryptographyDeprecationWarning)
        return x509.load_der_x509_certificate(der)


def _rrn_certificate(der: bytes | None) -> x509.Certificate | None:
    if der is None:
        return None
    try:
        return load_card_certificate(der)
    except CERTIFICATE_ERRORS:
        return None


def _verdict(
    signatures_ok: bool,
    photo_ok: bool,
    basic: bool | None,
    trust: Trust | None,
    expired: bool,
    certificate_missing: bool = False,
) -> tuple[Verdict, str]:
    if not certificate_missing and not signatures_ok:
        return Verdict.TAMPERED, "a data signature of the national register is invalid"
    if not photo_ok:
        return Verdict.TAMPERED, "the photo does not match its signed hash"
    if basic is False:
        return Verdict.TAMPERED, "the card's basic key does not match or did not answer its challenge"
    if certificate_missing:
        return Verdict.UNVERIFIABLE, "the card has no readable national-register certificate"
    if trust is Trust.UNTRUSTED:
        return Verdict.UNVERIFIABLE, "the national-register certificate does not chain to a trusted root"
    if expired:
        return Verdict.EXPIRED, "the card has expired"
    if trust is Trust.TEST:
        return Verdict.TEST_CARD, "a test card: its certificate chains to a test root"
    return Verdict.GENUINE, "all signatures valid and issued under a Belgian eID root"
