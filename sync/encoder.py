"""The `SubmissionEncoder` port: a `SubmissionSnapshot` becomes the canonical JSON the terminal seals.

It writes submission version 2 (resources/register-api.yaml, `SubmissionV2`): version 1 and the rules
version, the household changes, and `visit_kind` "withdrawal". The register still accepts version 1,
which kiosks before this release wrote and which sealed entries queued before an upgrade hold.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from kiosk.ports import (
    ChangeSnapshot,
    ConfirmationSnapshot,
    EidSignature,
    EvidenceSnapshot,
    MemberSnapshot,
    RepresentativeSnapshot,
    SubmissionSnapshot,
)
from kiosk.statement import canonical_json, utc_timestamp
from sync.protocol import SCHEMA_VERSION, b64


class JsonSubmissionEncoder:
    """Encodes snapshots as the contract's `Submission` schema (resources/register-api.yaml)."""

    schema_version: int = SCHEMA_VERSION

    def encode(self, snapshot: SubmissionSnapshot) -> bytes:
        """Return the canonical wire body (before sealing)."""
        return canonical_json(submission_json(snapshot))


def submission_json(snapshot: SubmissionSnapshot) -> dict[str, Any]:
    """Return the `Submission` object of a snapshot."""
    return {
        "schema_version": SCHEMA_VERSION,
        "submission_id": snapshot.submission_id,
        "household_key": snapshot.household_key,
        "supersedes": snapshot.supersedes,
        "terminal_id": snapshot.terminal_id,
        "created_at": utc_timestamp(snapshot.created_at),
        "practice": snapshot.practice,
        "visit_kind": snapshot.visit_kind,
        "candidate_number": snapshot.candidate_number,
        "letter_date": _date(snapshot.letter_date),
        "reminder_date": _date(snapshot.reminder_date),
        "members": [_member(m) for m in snapshot.members],
        "evidence": [_evidence(e) for e in snapshot.evidence],
        "contact": dict(snapshot.contact),
        "preferences": dict(snapshot.preferences),
        "deadline_on_letter": _date(snapshot.deadline_on_letter),
        "rules_version": snapshot.rules_version,
        "changes": [_change(c) for c in snapshot.changes],
    }


def _change(change: ChangeSnapshot) -> dict[str, Any]:
    return {"kind": change.kind, "member_id": change.member_id, "on": _date(change.on)}


def _date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _member(member: MemberSnapshot) -> dict[str, Any]:
    return {
        "member_id": member.member_id,
        "national_number": member.national_number,
        "surname": member.surname,
        "first_names": member.first_names,
        "birth_date": member.birth_date.isoformat() if member.birth_date else None,
        "role": member.role,
        "adult": member.adult,
        "added_by_hand": member.added_by_hand,
        "absence_reason": member.absence_reason,
        "confirmation": _confirmation(member.confirmation) if member.confirmation else None,
        "register_ref": member.register_ref,
        "representative": _representative(member.representative),
        "minor_route": member.minor_route,
        "no_card": member.no_card,
    }


def _representative(representative: RepresentativeSnapshot | None) -> dict[str, str] | None:
    if representative is None:
        return None
    return {
        "capacity": representative.capacity,
        "national_number": representative.national_number,
        "surname": representative.surname,
        "first_names": representative.first_names,
    }


def _confirmation(confirmation: ConfirmationSnapshot) -> dict[str, Any]:
    return {
        "method": confirmation.method,
        "statement": confirmation.statement.as_dict(),
        "signature": _signature(confirmation.signature),
        "declarations": dict(confirmation.declarations),
        "on_behalf_of_absent": confirmation.on_behalf_of_absent,
        "attestation_reason": confirmation.attestation_reason,
    }


def _signature(signature: EidSignature) -> dict[str, str]:
    return {
        "key": signature.key,
        "algorithm": signature.algorithm,
        "signature": b64(signature.signature),
        "certificate": b64(signature.certificate_der),
    }


def _evidence(evidence: EvidenceSnapshot) -> dict[str, Any]:
    files = [
        {"sha256": sha, "mime_type": mime, "size": size}
        for sha, mime, size in zip(evidence.sha256, evidence.mime_types, evidence.sizes, strict=True)
    ]
    return {
        "evidence_type": evidence.evidence_type,
        "member_id": evidence.member_id,
        "state": evidence.state,
        "files": files,
    }
