"""The dossier payload: the explicit, versioned JSON that `kiosk/dossiers.py` encrypts per dossier.

Each field is written by name, so renaming an attribute of the domain's dataclasses never changes
what is on disk without this module saying so. Version 4 is written: version 3 and the rules version a
dossier is answered under, its household changes, a withdrawal, and whether each member's role was
chosen. Version 3 (version 2 and the registration data: typed contact details, preferences and
priority facts, the date printed on the letter, and per member the no-card route, "to be checked by
WIL", a minor's route and a representative), version 2 and version 1 (the generic encoding of earlier
releases, values tagged `$partial`, `$date`, `$datetime`, `$bytes`, `$signature`) are still read,
because stores in the field hold them; all three were answered under rules 2026.1.
`tests/unit/core/test_payload.py` decrypts frozen samples of every version.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any, cast

from kiosk.domain import (
    LEGACY_RULES_VERSION,
    Confirmation,
    Dossier,
    Evidence,
    EvidenceFile,
    HouseholdChange,
    Member,
    Representative,
    Withdrawal,
)
from kiosk.errors import StoreError
from kiosk.ports import EidSignature, PartialDate
from kiosk.registration import contact_from_json, contact_json, preferences_from_json, preferences_json
from kiosk.statement import Statement

PAYLOAD_VERSION = 4


def encode_dossier(dossier: Dossier) -> bytes:
    """The dossier's content as version-4 JSON bytes (before encryption)."""
    document = {
        "v": PAYLOAD_VERSION,
        "dossier_id": dossier.dossier_id,
        "kind": dossier.kind,
        "letter_date": _iso(dossier.letter_date),
        "reminder_date": _iso(dossier.reminder_date),
        "candidate_number": dossier.candidate_number,
        "dossier_number": dossier.dossier_number,
        "practice": dossier.practice,
        "register_checked": dossier.register_checked,
        "match_salt": dossier.match_salt,
        "contact": contact_json(dossier.contact),
        "preferences": preferences_json(dossier.preferences, dossier.priority),
        "deadline_on_letter": _iso(dossier.deadline_on_letter),
        "members": [_member_json(m) for m in dossier.members],
        "evidence": [_evidence_json(e) for e in dossier.evidence],
        "rules_version": dossier.rules_version,
        "changes": [_change_json(c) for c in dossier.changes],
        "withdrawal": _withdrawal_json(dossier.withdrawal),
    }
    return json.dumps(document, sort_keys=True, ensure_ascii=False).encode()


def decode_dossier(raw: bytes) -> Dossier:
    """Rebuild a dossier from a payload of any known version; `StoreError` when it is not one."""
    try:
        document = json.loads(raw)
        version = document.get("v") if isinstance(document, dict) else None
        if version == PAYLOAD_VERSION:
            return _dossier_v4(document)
        if version in (2, 3):
            return _dossier_v2(document)
        if version == 1:
            return _dossier_v1(document)
    except (KeyError, TypeError, ValueError) as error:
        raise StoreError(f"the dossier payload is not readable ({type(error).__name__})") from None
    raise StoreError("unknown dossier payload version")


# --- version 4: version 3 and the rules version, household changes, a withdrawal, chosen roles ----


def _change_json(change: HouseholdChange) -> dict[str, Any]:
    return {"kind": change.kind, "member_id": change.member_id, "on": _iso(change.on)}


def _withdrawal_json(withdrawal: Withdrawal | None) -> dict[str, Any] | None:
    if withdrawal is None:
        return None
    return {"member_id": withdrawal.member_id, "requested_at": withdrawal.requested_at.isoformat()}


def _dossier_v4(document: Mapping[str, Any]) -> Dossier:
    dossier = _dossier_v2(document)
    dossier.rules_version = str(document["rules_version"])
    dossier.changes = [
        HouseholdChange(c["kind"], c["member_id"], _date(c["on"])) for c in document["changes"]
    ]
    withdrawal = document["withdrawal"]
    if withdrawal is not None:
        dossier.withdrawal = Withdrawal(
            withdrawal["member_id"], datetime.fromisoformat(withdrawal["requested_at"])
        )
    roles = {m["member_id"]: bool(m["role_chosen"]) for m in document["members"]}
    for member in dossier.members:
        member.role_chosen = roles[member.member_id]
    return dossier


# --- versions 2 and 3 (version 3 adds keys; a version-2 payload has none of them) -------------------


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _member_json(member: Member) -> dict[str, Any]:
    return {
        "member_id": member.member_id,
        "surname": member.surname,
        "first_names": member.first_names,
        "birth_date": member.birth_date.isoformat() if member.birth_date else None,
        "role": member.role,
        "national_number": member.national_number,
        "added_by_hand": member.added_by_hand,
        "absence_reason": member.absence_reason,
        "adult_override": member.adult_override,
        "register_ref": member.register_ref,
        "register_match": member.register_match,
        "confirmed_at_register": member.confirmed_at_register,
        "confirmation": _confirmation_json(member.confirmation) if member.confirmation else None,
        "no_card": member.no_card,
        "to_check": member.to_check,
        "minor_route": member.minor_route,
        "representative": _representative_json(member.representative),
        "role_chosen": member.role_chosen,
    }


def _representative_json(representative: Representative | None) -> dict[str, Any] | None:
    if representative is None:
        return None
    return {
        "capacity": representative.capacity,
        "national_number": representative.national_number,
        "surname": representative.surname,
        "first_names": representative.first_names,
    }


def _confirmation_json(confirmation: Confirmation) -> dict[str, Any]:
    signature = confirmation.signature
    return {
        "method": confirmation.method,
        "statement": confirmation.statement.as_dict(),
        "signature": {
            "key": signature.key,
            "algorithm": signature.algorithm,
            "signature": base64.b64encode(signature.signature).decode(),
            "certificate": base64.b64encode(signature.certificate_der).decode(),
        },
        "declarations": dict(confirmation.declarations),
        "confirmed_at": confirmation.confirmed_at.isoformat(),
        "terminal_id": confirmation.terminal_id,
        "operator": confirmation.operator,
        "attestation_reason": confirmation.attestation_reason,
        "on_behalf_of_absent": confirmation.on_behalf_of_absent,
    }


def _evidence_json(evidence: Evidence) -> dict[str, Any]:
    return {
        "evidence_id": evidence.evidence_id,
        "evidence_type": evidence.evidence_type,
        "member_id": evidence.member_id,
        "state": evidence.state,
        "volmacht_for": evidence.volmacht_for,
        "files": [
            {"file_id": f.file_id, "sha256": f.sha256, "mime_type": f.mime_type, "size": f.size}
            for f in evidence.files
        ],
    }


def _dossier_v2(document: Mapping[str, Any]) -> Dossier:
    preferences, priority = preferences_from_json(document["preferences"])
    return Dossier(
        kind=document["kind"],
        letter_date=_date(document["letter_date"]),
        reminder_date=_date(document["reminder_date"]),
        candidate_number=document["candidate_number"],
        dossier_number=document["dossier_number"],
        members=[_member_v2(m) for m in document["members"]],
        evidence=[_evidence_v2(e) for e in document["evidence"]],
        contact=contact_from_json(document["contact"]),
        preferences=preferences,
        priority=priority,
        deadline_on_letter=_date(document.get("deadline_on_letter")),
        practice=bool(document["practice"]),
        dossier_id=document["dossier_id"],
        register_checked=bool(document["register_checked"]),
        match_salt=document["match_salt"],
        rules_version=LEGACY_RULES_VERSION,  # version 4 overwrites it with its own
    )


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _member_v2(values: Mapping[str, Any]) -> Member:
    birth = values["birth_date"]
    confirmation = values["confirmation"]
    return Member(
        surname=values["surname"],
        first_names=values["first_names"],
        birth_date=PartialDate.fromisoformat(birth) if birth else None,
        role=values["role"],
        national_number=values["national_number"],
        added_by_hand=bool(values["added_by_hand"]),
        absence_reason=values["absence_reason"],
        confirmation=_confirmation_v2(confirmation) if confirmation else None,
        adult_override=values["adult_override"],
        member_id=values["member_id"],
        register_ref=values["register_ref"],
        register_match=values["register_match"],
        confirmed_at_register=bool(values["confirmed_at_register"]),
        no_card=values.get("no_card"),
        to_check=bool(values.get("to_check", False)),
        minor_route=values.get("minor_route"),
        representative=_representative_v3(values.get("representative")),
    )


def _representative_v3(values: Mapping[str, Any] | None) -> Representative | None:
    if values is None:
        return None
    return Representative(
        capacity=values["capacity"],
        national_number=values["national_number"],
        surname=values["surname"],
        first_names=values["first_names"],
    )


def _confirmation_v2(values: Mapping[str, Any]) -> Confirmation:
    signature = values["signature"]
    return Confirmation(
        method=values["method"],
        statement=Statement.from_dict(values["statement"]),
        signature=EidSignature(
            key=signature["key"],
            algorithm=signature["algorithm"],
            signature=base64.b64decode(signature["signature"]),
            certificate_der=base64.b64decode(signature["certificate"]),
        ),
        declarations=dict(values["declarations"]),
        confirmed_at=datetime.fromisoformat(values["confirmed_at"]),
        terminal_id=values["terminal_id"],
        operator=values["operator"],
        attestation_reason=values["attestation_reason"],
        on_behalf_of_absent=bool(values["on_behalf_of_absent"]),
    )


def _evidence_v2(values: Mapping[str, Any]) -> Evidence:
    return Evidence(
        evidence_type=values["evidence_type"],
        member_id=values["member_id"],
        state=values["state"],
        files=[
            EvidenceFile(sha256=f["sha256"], mime_type=f["mime_type"], size=f["size"], file_id=f["file_id"])
            for f in values["files"]
        ],
        evidence_id=values["evidence_id"],
        volmacht_for=values["volmacht_for"],
    )


# --- version 1: the generic encoding of earlier releases (read only) ----------------------------


def _untag(value: Any) -> Any:
    if isinstance(value, list):
        return [_untag(v) for v in value]
    if not isinstance(value, dict):
        return value
    if "$partial" in value:
        return PartialDate.fromisoformat(value["$partial"])
    if "$datetime" in value:
        return datetime.fromisoformat(value["$datetime"])
    if "$date" in value:
        return date.fromisoformat(value["$date"])
    if "$bytes" in value:
        return base64.b64decode(value["$bytes"])
    if "$signature" in value:
        return EidSignature(**{k: _untag(v) for k, v in value["$signature"].items()})
    return {k: _untag(v) for k, v in value.items()}


def _dossier_v1(tagged: Mapping[str, Any]) -> Dossier:
    document = cast(dict[str, Any], _untag(dict(tagged)))
    document.pop("v")
    members = [_member_v1(m) for m in document.pop("members")]
    evidence = [
        Evidence(files=[EvidenceFile(**f) for f in e.pop("files")], **e) for e in document.pop("evidence")
    ]
    # Version 1 knew nothing of the register's list; a confirmation found at the register was one
    # the register had checked.
    checked = document["kind"] == "confirmation"
    contact = contact_from_json(document.pop("contact", {}))
    preferences, priority = preferences_from_json(document.pop("preferences", {}))
    return Dossier(
        members=members,
        evidence=evidence,
        register_checked=checked,
        contact=contact,
        preferences=preferences,
        priority=priority,
        rules_version=LEGACY_RULES_VERSION,
        **document,
    )


def _member_v1(values: dict[str, Any]) -> Member:
    confirmation = values.pop("confirmation")
    member = Member(**values)
    if confirmation is not None:
        statement = Statement.from_dict(confirmation.pop("statement_fields"))
        member.confirmation = Confirmation(statement=statement, **confirmation)
    return member
