"""A deterministic test PKI for the virtual cards (training mode and tests only).

Keys are derived from fixed seeds (EC by hashing, RSA by a seeded prime search) and certificates
are signed with deterministic ECDSA (RFC 6979), so regenerating gives the same bytes.

Chain, like the real one (docs/eid-card.md section 7.5): test root -> Citizen CA / Foreigner CA ->
authentication and signature certificates (subject serialNumber = national number); test root ->
RRN certificates (one EC P-384 for 1.8 and re-keyed 1.7 cards, one RSA 2048 for 1.7 RSA cards).

Public names (stable): `TestPki`, `build_test_pki()`, `derive_ec_key(seed)`, `derive_rsa_key(seed)`,
`issue_user_certificate(...)`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import random
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

P384_ORDER = int(
    "ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf581a0db248b0a77aecec196accc52973", 16
)
PKI_BEGIN = dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
PKI_END = dt.datetime(2045, 1, 1, tzinfo=dt.UTC)

IssuerKey = ec.EllipticCurvePrivateKey
SubjectKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


def derive_ec_key(seed: str) -> ec.EllipticCurvePrivateKey:
    """A P-384 key from a seed string."""
    value = int.from_bytes(hashlib.sha512(seed.encode()).digest(), "big") % (P384_ORDER - 1) + 1
    return ec.derive_private_key(value, ec.SECP384R1())


def derive_rsa_key(seed: str, bits: int = 2048) -> rsa.RSAPrivateKey:
    """An RSA key from a seeded prime search (test fixtures only: the seed is public)."""
    rng = random.Random(hashlib.sha256(seed.encode()).digest())  # noqa: S311 - deterministic on purpose
    e = 65537
    while True:
        p, q = _prime(rng, bits // 2), _prime(rng, bits // 2)
        phi = (p - 1) * (q - 1)
        if p == q or (p * q).bit_length() != bits or math.gcd(e, phi) != 1:
            continue
        d = pow(e, -1, phi)
        public = rsa.RSAPublicNumbers(e, p * q)
        return rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), public).private_key()


_SMALL_PRIMES = [n for n in range(3, 2000, 2) if all(n % k for k in range(3, int(n**0.5) + 1, 2))]


def _prime(rng: random.Random, bits: int) -> int:
    while True:
        candidate = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if any(candidate % p == 0 for p in _SMALL_PRIMES):
            continue
        if _miller_rabin(candidate, rng):
            return candidate


def _miller_rabin(n: int, rng: random.Random, rounds: int = 40) -> bool:
    d, r = n - 1, 0
    while d % 2 == 0:
        d, r = d // 2, r + 1
    for _ in range(rounds):
        x = pow(rng.randrange(2, n - 2), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _serial(seed: str) -> int:
    return int.from_bytes(hashlib.sha256(seed.encode()).digest()[:16], "big") >> 1


def _name(*attributes: tuple[x509.ObjectIdentifier, str]) -> x509.Name:
    return x509.Name([x509.NameAttribute(oid, value) for oid, value in attributes])


def _certificate(
    subject: x509.Name,
    key: SubjectKey,
    issuer: x509.Name,
    issuer_key: IssuerKey,
    seed: str,
    validity: tuple[dt.datetime, dt.datetime],
    ca: bool,
    usage: str,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(_serial(seed))
        .not_valid_before(validity[0])
        .not_valid_after(validity[1])
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(_key_usage(usage), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    return builder.sign(issuer_key, hashes.SHA384(), ecdsa_deterministic=True)


_USAGES = {
    "ca": ("key_cert_sign", "crl_sign"),
    "auth": ("digital_signature",),
    "sign": ("content_commitment",),
    "rrn": ("digital_signature", "content_commitment"),
}
_USAGE_FLAGS = (
    "digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
    "key_agreement", "key_cert_sign", "crl_sign", "encipher_only", "decipher_only",
)  # fmt: skip


def _key_usage(usage: str) -> x509.KeyUsage:
    flags = {flag: flag in _USAGES[usage] for flag in _USAGE_FLAGS}
    return x509.KeyUsage(**flags)


@dataclass(frozen=True)
class TestPki:
    """The test root, the two card CAs and the two RRN certificates, with their keys."""

    root: x509.Certificate
    root_key: ec.EllipticCurvePrivateKey
    citizen_ca: x509.Certificate
    citizen_ca_key: ec.EllipticCurvePrivateKey
    foreigner_ca: x509.Certificate
    foreigner_ca_key: ec.EllipticCurvePrivateKey
    rrn_ec: x509.Certificate
    rrn_ec_key: ec.EllipticCurvePrivateKey
    rrn_rsa: x509.Certificate
    rrn_rsa_key: rsa.RSAPrivateKey


def build_test_pki() -> TestPki:
    """Build the whole test PKI from its fixed seeds."""
    validity = (PKI_BEGIN, PKI_END)
    root_key = derive_ec_key("cir-training/root")
    root_name = _name((NameOID.COUNTRY_NAME, "BE"), (NameOID.COMMON_NAME, "CIR Training eID TEST Root CA"))
    root = _certificate(root_name, root_key, root_name, root_key, "root", validity, True, "ca")

    def sub(common_name: str, key: SubjectKey, usage: str) -> x509.Certificate:
        subject = _name((NameOID.COUNTRY_NAME, "BE"), (NameOID.ORGANIZATION_NAME, "TEST"),
                        (NameOID.COMMON_NAME, common_name))  # fmt: skip
        return _certificate(subject, key, root_name, root_key, common_name, validity, usage == "ca", usage)

    citizen_key, foreigner_key = (
        derive_ec_key("cir-training/citizen-ca"),
        derive_ec_key("cir-training/foreigner-ca"),
    )
    rrn_ec_key, rrn_rsa_key = derive_ec_key("cir-training/rrn-ec"), derive_rsa_key("cir-training/rrn-rsa")
    return TestPki(
        root, root_key,
        sub("TEST Citizen CA", citizen_key, "ca"), citizen_key,
        sub("TEST Foreigner CA", foreigner_key, "ca"), foreigner_key,
        sub("TEST RRN EC", rrn_ec_key, "rrn"), rrn_ec_key,
        sub("TEST RRN RSA", rrn_rsa_key, "rrn"), rrn_rsa_key,
    )  # fmt: skip


def issue_user_certificate(
    ca: x509.Certificate,
    ca_key: ec.EllipticCurvePrivateKey,
    key: SubjectKey,
    role: str,
    surname: str,
    given_names: str,
    national_number: str,
    validity: tuple[dt.datetime, dt.datetime],
) -> x509.Certificate:
    """An authentication ("auth") or signature ("sign") certificate like the card's Cert#2 / Cert#3."""
    label = "Authentication" if role == "auth" else "Signature"
    subject = _name(
        (NameOID.COUNTRY_NAME, "BE"),
        (NameOID.COMMON_NAME, f"{given_names.split()[0]} {surname} ({label})"),
        (NameOID.SURNAME, surname),
        (NameOID.GIVEN_NAME, given_names),
        (NameOID.SERIAL_NUMBER, national_number),
    )
    seed = f"{national_number}/{role}"
    return _certificate(subject, key, ca.subject, ca_key, seed, validity, False, role)
