"""Helpers for tests, benchmarks and training: a throwaway test PKI and signed submission snapshots.

Shipped in the product like `kiosk.clock.FakeClock`, so the benchmark and the demo can build
households that the register simulator accepts. Nothing here is trusted outside `--test-roots`.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from kiosk.ports import (
    ConfirmationSnapshot,
    EidSignature,
    EvidenceSnapshot,
    MemberSnapshot,
    PartialDate,
    SubmissionSnapshot,
)
from kiosk.sealing import seal
from kiosk.statement import declarations_digest, statement_fields, statement_v1
from sync.encoder import JsonSubmissionEncoder
from sync.outbox import OutboxItem, SealedAttachment
from sync.protocol import attachment_context, sha256_hex, submission_context

_Key = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


@dataclass
class TestPki:
    """A root CA that issues eID-like certificates whose subject serialNumber is a national number."""

    __test__ = False  # not a pytest class

    root_key: ec.EllipticCurvePrivateKey = field(
        default_factory=lambda: ec.generate_private_key(ec.SECP384R1())
    )
    _leaves: dict[tuple[str, bool], tuple[_Key, bytes]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Throwaway Test Root CA")])
        self.root_cert = _certificate(name, name, self.root_key.public_key(), self.root_key, ca=True)

    def write_roots(self, directory: Path) -> Path:
        """Write the root certificate as PEM into `directory` (a `--test-roots` directory)."""
        directory.mkdir(parents=True, exist_ok=True)
        (directory / "test-root.pem").write_bytes(self.root_cert.public_bytes(serialization.Encoding.PEM))
        return directory

    def leaf(self, national_number: str, *, use_rsa: bool = False) -> tuple[_Key, bytes]:
        """Return (private key, certificate DER) for a person, made once per person and key type."""
        cache_key = (national_number, use_rsa)
        if cache_key not in self._leaves:
            key: _Key = (
                rsa.generate_private_key(65537, 2048) if use_rsa else ec.generate_private_key(ec.SECP384R1())
            )
            subject = x509.Name(
                [
                    x509.NameAttribute(NameOID.COMMON_NAME, "Test Person (Signature)"),
                    x509.NameAttribute(NameOID.SERIAL_NUMBER, national_number),
                ]
            )
            cert = _certificate(subject, self.root_cert.subject, key.public_key(), self.root_key, ca=False)
            self._leaves[cache_key] = (key, cert.public_bytes(serialization.Encoding.DER))
        return self._leaves[cache_key]

    def sign(self, national_number: str, statement: bytes, *, use_rsa: bool = False) -> EidSignature:
        """Sign like the card would: SHA-384 ECDSA, or SHA-256 PKCS#1 v1.5 for RSA."""
        key, cert_der = self.leaf(national_number, use_rsa=use_rsa)
        if isinstance(key, rsa.RSAPrivateKey):
            signature = key.sign(statement, padding.PKCS1v15(), hashes.SHA256())
            return EidSignature("signature", "rsa-pkcs1-sha256", signature, cert_der)
        return EidSignature(
            "signature", "ecdsa-p384-sha384", key.sign(statement, ec.ECDSA(hashes.SHA384())), cert_der
        )


def _certificate(
    subject: x509.Name,
    issuer: x509.Name,
    public_key: ec.EllipticCurvePublicKey | rsa.RSAPublicKey,
    signing_key: ec.EllipticCurvePrivateKey,
    *,
    ca: bool,
) -> x509.Certificate:
    now = datetime(2020, 1, 1, tzinfo=UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now)
        .not_valid_after(now + timedelta(days=365 * 20))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    return builder.sign(signing_key, hashes.SHA384())


def national_number(birth: str, sequence: int) -> str:
    """Return a valid-looking national number: YYMMDD (20th century) + 3-digit sequence + mod-97 check."""
    base = f"{birth}{sequence % 1000:03d}"
    return base + f"{97 - int(base) % 97:02d}"


@dataclass(frozen=True)
class Adult:
    """An adult to put in a test household, and whether (and how) they confirm."""

    national_number: str
    first_names: str
    role: str = "reference_tenant"
    confirm: bool = True
    use_rsa: bool = False
    attested_by: str | None = None  # a staff national number: staff attestation instead of the PIN


class StatementSigner(Protocol):
    """Signs statement bytes as a person's eID would (the test PKI, or a virtual card)."""

    def sign(self, national_number: str, statement: bytes, *, use_rsa: bool = False) -> EidSignature:
        """Return the signature and certificate."""
        ...


def household(
    pki: StatementSigner,
    *,
    terminal_id: str,
    household_key: str,
    adults: Sequence[Adult],
    attachments: Sequence[bytes] = (),
    supersedes: str | None = None,
    created_at: datetime | None = None,
    practice: bool = False,
    declarations: dict[str, object] | None = None,
    candidate_number: str | None = None,
    rules_version: str = "2027.1",
) -> SubmissionSnapshot:
    """Return a signed snapshot of a household; each attachment is one "income" evidence page.

    `rules_version` names the rules file the declarations were answered under.
    """
    moment = created_at or datetime.now(UTC).replace(microsecond=0)
    answers = declarations or {"income_changed": False, "household_changed": False}
    hashes_ = tuple(hashlib.sha256(data).hexdigest() for data in attachments)
    visit_id = str(uuid.uuid4())
    members = tuple(
        _member(pki, a, terminal_id, household_key, visit_id, answers, hashes_, moment) for a in adults
    )
    evidence = (
        (
            EvidenceSnapshot(
                "income",
                None,
                "attached",
                hashes_,
                ("image/jpeg",) * len(hashes_),
                tuple(len(d) for d in attachments),
            ),
        )
        if attachments
        else ()
    )
    return SubmissionSnapshot(
        submission_id=str(uuid.uuid4()),
        household_key=household_key,
        supersedes=supersedes,
        terminal_id=terminal_id,
        created_at=moment,
        practice=practice,
        visit_kind="confirmation" if candidate_number else "registration",
        candidate_number=candidate_number,
        letter_date=None,
        reminder_date=None,
        members=members,
        evidence=evidence,
        rules_version=rules_version,
    )


def _member(
    pki: StatementSigner,
    adult: Adult,
    terminal_id: str,
    household_key: str,
    visit_id: str,
    answers: dict[str, object],
    evidence_hashes: tuple[str, ...],
    moment: datetime,
) -> MemberSnapshot:
    confirmation = None
    if adult.confirm:
        signer = adult.attested_by or adult.national_number
        fields = statement_fields(
            kind="attestation" if adult.attested_by else "confirmation",
            visit_id=visit_id,
            household_key=household_key,
            national_number=signer,
            subject_national_number=adult.national_number,
            declarations_sha256=declarations_digest(answers),
            evidence_sha256=evidence_hashes,
            confirmed_at=moment,
            terminal_id=terminal_id,
        )
        confirmation = ConfirmationSnapshot(
            method="staff_attested" if adult.attested_by else "eid_signature",
            statement=fields,
            signature=pki.sign(signer, statement_v1(fields), use_rsa=adult.use_rsa),
            declarations=answers,
            attestation_reason="no PIN" if adult.attested_by else None,
        )
    return MemberSnapshot(
        member_id=adult.national_number[-5:] + adult.role[:3],
        national_number=adult.national_number,
        surname="Test",
        first_names=adult.first_names,
        birth_date=PartialDate(1980, 1, 1),
        role=adult.role,  # type: ignore[arg-type]
        adult=True,
        added_by_hand=False,
        confirmation=confirmation,
    )


def sealed_item(
    sealing_public_key: bytes, snapshot: SubmissionSnapshot, attachments: Sequence[bytes] = ()
) -> tuple[OutboxItem, dict[str, bytes]]:
    """Encode and seal a snapshot and its attachments as the core does at visit end."""
    body = JsonSubmissionEncoder().encode(snapshot)
    sealed_body = seal(sealing_public_key, body, submission_context(snapshot.submission_id))
    boxes = {
        sha256_hex(data): seal(sealing_public_key, data, attachment_context(sha256_hex(data)))
        for data in attachments
    }
    item = OutboxItem(
        item_id=snapshot.submission_id,
        household_ref="local-" + hashlib.sha256(snapshot.household_key.encode()).hexdigest()[:16],
        sequence=0,
        sealed_submission=sealed_body,
        attachments=tuple(SealedAttachment(sha, _loader(box)) for sha, box in boxes.items()),
    )
    return item, boxes


def _loader(box: bytes) -> Callable[[], bytes]:
    return lambda: box
