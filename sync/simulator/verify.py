"""Checks of each confirmation: statement, signature, certificate chain, serialNumber, staff list.

A representation (an administrator or an outside volmacht holder signing for a member) is checked
against the member's `representative` and evidence (`check_representation`); a minor confirms only
on a minor's route with its evidence (`check_minor`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from kiosk.statement import Statement, declarations_digest, statement_bytes
from sync.protocol import FieldError, unb64

_HASHES: dict[str, hashes.HashAlgorithm] = {
    "rsa-pkcs1-sha256": hashes.SHA256(),
    "rsa-pkcs1-sha1": hashes.SHA1(),  # noqa: S303 - old 1.7 cards; accepted as the register does
    "ecdsa-p384-sha384": hashes.SHA384(),
    "ecdsa-p256-sha256": hashes.SHA256(),
}


class TrustStore:
    """Root and intermediate certificates loaded from a directory of PEM or DER files."""

    def __init__(self, certificates: list[x509.Certificate]) -> None:
        self._by_subject: dict[bytes, list[x509.Certificate]] = {}
        for cert in certificates:
            self._by_subject.setdefault(cert.subject.public_bytes(), []).append(cert)

    @classmethod
    def from_directory(cls, directory: Path | None) -> TrustStore:
        """Load every .pem, .crt, .cer and .der file under `directory` (empty store when None)."""
        certificates: list[x509.Certificate] = []
        if directory is not None:
            for path in sorted(directory.rglob("*")):
                certificates.extend(_certificates_in(path))
        return cls(certificates)

    def chains_to_root(self, leaf: x509.Certificate, at: datetime) -> bool:
        """Whether `leaf` chains, by issuer signatures within their validity, to a self-signed root here."""
        current = leaf
        for _ in range(6):  # eID chains are leaf -> citizen CA -> root
            if not _valid_at(current, at):
                return False
            issuer = self._issuer_of(current)
            if issuer is None:
                return False
            if issuer.subject == issuer.issuer and issuer.fingerprint(hashes.SHA256()) == current.fingerprint(
                hashes.SHA256()
            ):
                return True
            current = issuer
        return False

    def _issuer_of(self, cert: x509.Certificate) -> x509.Certificate | None:
        for candidate in self._by_subject.get(cert.issuer.public_bytes(), []):
            try:
                cert.verify_directly_issued_by(candidate)
            except (ValueError, TypeError, InvalidSignature):
                continue
            return candidate
        return None


def _certificates_in(path: Path) -> list[x509.Certificate]:
    # A fixture directory may hold keys next to certificates: anything that is not one is skipped.
    try:
        if path.suffix.lower() in {".pem", ".crt"}:
            return x509.load_pem_x509_certificates(path.read_bytes())
        if path.suffix.lower() in {".der", ".cer"}:
            return [x509.load_der_x509_certificate(path.read_bytes())]
    except ValueError:
        return []
    return []


def _valid_at(cert: x509.Certificate, at: datetime) -> bool:
    return cert.not_valid_before_utc <= at <= cert.not_valid_after_utc


def check_confirmation(
    path: str,
    member: Mapping[str, Any],
    household_key: str,
    trust: TrustStore,
    staff: Collection[str],
) -> list[FieldError]:
    """Return what is wrong with one member's confirmation (empty when the register accepts it)."""
    confirmation = member["confirmation"]
    statement = confirmation["statement"]
    errors: list[FieldError] = []
    expected_kind = "attestation" if confirmation["method"] == "staff_attested" else "confirmation"
    if statement["kind"] == "representation" and confirmation["method"] == "eid_signature":
        expected_kind = "representation"  # checked against the representative by check_representation
    if statement["kind"] != expected_kind:
        errors.append(
            FieldError(f"{path}/statement/kind", f"a {confirmation['method']} needs kind {expected_kind}")
        )
    if member["national_number"] != statement["subject_national_number"]:
        errors.append(FieldError(f"{path}/statement/subject_national_number", "is not this member's"))
    if declarations_digest(confirmation["declarations"]) != statement["declarations_sha256"]:
        errors.append(FieldError(f"{path}/declarations", "do not match the signed declarations_sha256"))
    if expected_kind == "attestation" and statement["national_number"] not in staff:
        errors.append(
            FieldError(f"{path}/statement/national_number", "the attesting card is not on the staff list")
        )
    return errors + _check_signature(path, confirmation, trust)


REPRESENTATION_EVIDENCE = {"administrator": "administrator_decision", "volmacht_holder": "volmacht"}
MINOR_ROUTE_EVIDENCE = "minor_independence"


def check_representation(
    path: str,
    member: Mapping[str, Any],
    members: Sequence[Mapping[str, Any]],
    evidence: Sequence[Mapping[str, Any]],
) -> list[FieldError]:
    """A representation is signed by the member's recorded representative, with the evidence in.

    The signer (the statement's and the certificate's national number, `_check_signature`) must be
    the representative the member names, in the capacity the statement names, not a member of the
    household (a member signs for another only under a volmacht, as `on_behalf_of_absent`), and the
    court decision or volmacht must be in the member's evidence, added or shown at the counter.
    """
    statement = member["confirmation"]["statement"]
    if statement["kind"] != "representation":
        return []
    representative = member.get("representative")
    if representative is None:
        return [FieldError(f"{path}/statement/kind", "a representation needs the member's representative")]
    errors: list[FieldError] = []
    if statement["capacity"] != representative["capacity"]:
        errors.append(FieldError(f"{path}/statement/capacity", "is not the representative's capacity"))
    if statement["national_number"] != representative["national_number"]:
        errors.append(FieldError(f"{path}/statement/national_number", "is not the member's representative"))
    if any(other["national_number"] == statement["national_number"] for other in members):
        errors.append(FieldError(f"{path}/statement/national_number", "is a member of the household"))
    wanted = REPRESENTATION_EVIDENCE[representative["capacity"]]
    if not _evidence_in(evidence, wanted, member["member_id"]):
        errors.append(FieldError(f"{path}/statement", f"the member's {wanted} evidence is not in"))
    return errors


def check_minor(
    path: str, member: Mapping[str, Any], evidence: Sequence[Mapping[str, Any]], on: date
) -> list[FieldError]:
    """A minor confirms only on a minor's route (emancipated, supported living), with its evidence listed."""
    birth = member["birth_date"]
    if member["confirmation"] is None or not birth or len(birth) != 10:
        return []
    born = date.fromisoformat(birth)
    eighteen = (
        born.replace(year=born.year + 18) if (born.month, born.day) != (2, 29) else date(born.year + 18, 3, 1)
    )
    if on >= eighteen:
        return []
    if member.get("minor_route") is None:
        return [
            FieldError(f"{path}", "a minor confirms only on a minor's route (emancipated, supported living)")
        ]
    if not any(
        e["evidence_type"] == MINOR_ROUTE_EVIDENCE and e["member_id"] == member["member_id"] for e in evidence
    ):
        return [
            FieldError(f"{path}", f"a minor's route needs {MINOR_ROUTE_EVIDENCE} evidence, added or to bring")
        ]
    return []


def _evidence_in(evidence: Sequence[Mapping[str, Any]], evidence_type: str, member_id: str) -> bool:
    return any(
        e["evidence_type"] == evidence_type
        and e["member_id"] == member_id
        and ((e["state"] == "attached" and e["files"]) or e["state"] == "shown_at_counter")
        for e in evidence
    )


def _check_signature(path: str, confirmation: Mapping[str, Any], trust: TrustStore) -> list[FieldError]:
    statement = confirmation["statement"]
    signature = confirmation["signature"]
    try:
        cert = x509.load_der_x509_certificate(unb64(signature["certificate"]))
        raw_signature = unb64(signature["signature"])
    except ValueError:
        return [FieldError(f"{path}/signature", "certificate or signature is not valid base64 DER")]
    serial = cert.subject.get_attributes_for_oid(NameOID.SERIAL_NUMBER)
    errors: list[FieldError] = []
    if not serial or serial[0].value != statement["national_number"]:
        errors.append(
            FieldError(f"{path}/statement/national_number", "does not match the certificate's serialNumber")
        )
    try:
        confirmed_at = datetime.strptime(statement["confirmed_at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return [*errors, FieldError(f"{path}/statement/confirmed_at", "is not a real moment")]
    if not trust.chains_to_root(cert, confirmed_at):
        errors.append(FieldError(f"{path}/signature/certificate", "does not chain to a trusted root"))
    try:
        signed_bytes = statement_bytes(Statement.from_dict(statement))
    except ValueError:
        return [*errors, FieldError(f"{path}/statement", "is not a statement of a known version")]
    if not _signature_valid(cert, signature["algorithm"], raw_signature, signed_bytes):
        errors.append(FieldError(f"{path}/signature/signature", "does not verify over the statement"))
    return errors


def _signature_valid(cert: x509.Certificate, algorithm: str, signature: bytes, message: bytes) -> bool:
    key = cert.public_key()
    digest = _HASHES[algorithm]
    try:
        if isinstance(key, rsa.RSAPublicKey) and algorithm.startswith("rsa"):
            key.verify(signature, message, padding.PKCS1v15(), digest)
        elif isinstance(key, ec.EllipticCurvePublicKey) and algorithm.startswith("ecdsa"):
            key.verify(signature, message, ec.ECDSA(digest))
        else:
            return False
    except (InvalidSignature, ValueError):
        return False
    return True
