"""Sign a statement with the card: the signature key, or the authentication key as a fallback.

The algorithm follows the key type and the applet (docs/eid-card.md sections 8.3-8.4): RSA (1.7) signs
a SHA-256 digest with PKCS#1 v1.5 (MSE algorithm 08); EC (1.7 re-keyed, 1.8) signs a SHA-384 digest
with ECDSA (MSE algorithm 02) and answers r||s, converted here to DER. The signature key needs
VERIFY right before PSO:CDS; the PIN lives only for the call and is never logged.

Public names (stable): `CardSignature` (key "signature"|"authentication", algorithm
"rsa-pkcs1-sha256"|"ecdsa-p384-sha384", signature, certificate_der), `sign_statement(session,
statement, pin=None, pinpad=None)`, `signing_certificate(session)`, `Pinpad`.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import ec, rsa, utils

from cardreader.connection import PinpadCapable
from cardreader.errors import CardDataError, NoSigningKeyError
from cardreader.integrity import CERTIFICATE_ERRORS, load_card_certificate
from cardreader.session import BeidSession, FileId, KeyRef

RSA_SHA256 = 0x08  # MSE algorithm byte on 1.7 RSA (SPEC-A17 Table 11)
ECDSA_SHA384 = 0x02  # MSE algorithm byte for ECDSA (SPEC-A18 Table 14)


@dataclass(frozen=True)
class CardSignature:
    """A signature made by the card, with the certificate that verifies it."""

    key: str  # "signature" or "authentication"
    algorithm: str  # "rsa-pkcs1-sha256" or "ecdsa-p384-sha384"
    signature: bytes  # PKCS#1 v1.5 for RSA; DER (r, s) for ECDSA
    certificate_der: bytes


@dataclass(frozen=True)
class Pinpad:
    """A pinpad reader and its FEATURE_VERIFY_PIN_DIRECT control code."""

    connection: PinpadCapable
    verify_ioctl: int


def signing_certificate(session: BeidSession) -> tuple[KeyRef, bytes]:
    """The signature certificate, or the authentication certificate when the card has none."""
    signature = session.read_certificate(FileId.SIGNATURE_CERT)
    if signature is not None:
        return KeyRef.SIGNATURE, signature
    authentication = session.read_certificate(FileId.AUTHENTICATION_CERT)
    if authentication is not None:
        return KeyRef.AUTHENTICATION, authentication
    raise NoSigningKeyError("the card has no signature and no authentication certificate")


def sign_statement(
    session: BeidSession, statement: bytes, pin: str | None = None, pinpad: Pinpad | None = None
) -> CardSignature:
    """Hash `statement` for the key type and have the card sign it (VERIFY right before PSO:CDS)."""
    key_ref, certificate_der = signing_certificate(session)
    public_key = _public_key(certificate_der)
    verify = _verifier(session, pin, pinpad)
    if isinstance(public_key, rsa.RSAPublicKey):
        digest = hashlib.sha256(statement).digest()
        signature = session.sign(digest, key_ref, RSA_SHA256, verify)
        algorithm = "rsa-pkcs1-sha256"
    else:
        digest = hashlib.sha384(statement).digest()
        raw = session.sign(digest, key_ref, ECDSA_SHA384, verify)
        signature = raw_to_der(raw)
        algorithm = "ecdsa-p384-sha384"
    key_name = "signature" if key_ref == KeyRef.SIGNATURE else "authentication"
    return CardSignature(key_name, algorithm, signature, certificate_der)


def _verifier(session: BeidSession, pin: str | None, pinpad: Pinpad | None):  # type: ignore[no-untyped-def]
    if pinpad is not None:
        return lambda: session.verify_pin_on_pinpad(pinpad.connection, pinpad.verify_ioctl)
    if pin is not None:
        return lambda: session.verify_pin(pin)
    return None


def _public_key(certificate_der: bytes) -> rsa.RSAPublicKey | ec.EllipticCurvePublicKey:
    try:
        key = load_card_certificate(certificate_der).public_key()
    except CERTIFICATE_ERRORS as error:
        raise CardDataError("the card's certificate is malformed") from error
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        raise CardDataError("the card's certificate has an unknown key type")
    return key


def raw_to_der(raw: bytes) -> bytes:
    """Convert the card's r||s (SPEC-A18 Table 43) to a DER ECDSA-Sig-Value."""
    half = len(raw) // 2
    if len(raw) % 2 or half == 0:
        raise CardDataError("the card's ECDSA signature has an odd length")
    return utils.encode_dss_signature(int.from_bytes(raw[:half], "big"), int.from_bytes(raw[half:], "big"))
