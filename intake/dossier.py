"""A household on the worklist as the kiosk core's `Dossier`, so the core's own rules judge it.

What is missing (`kiosk.domain.missing_items`), what WIL must still check (`kiosk.domain.wil_checks`)
and the deadline in force (`Dossier.deadline`: the date printed on the letter wins) are the rules the
kiosk applied at the counter, under the rules file the dossier was answered under
(`rules_version`, 2026.1 for a version-1 submission). The dossier is rebuilt in memory from the
register's merged state and the sealed submission bodies:

- the members are the register's (merged across terminals, a seeded household's included), with the
  details the newest submission gave and the newest signed confirmation the register holds;
- the evidence is the register's, satisfied only when every announced file arrived (a file that
  never arrived is missing at the register, whatever the kiosk saw);
- the household changes are the ones recorded from every terminal, a withdrawal the one recorded;
- the household counts as checked against the register (`register_checked`): the worklist is the
  register's side, and WIL staff compare the household with the CIR when they enter it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

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
from kiosk.ports import EidSignature, PartialDate
from kiosk.registration import contact_from_json, preferences_from_json
from kiosk.rules import Rules, bundled_rules_path, load_rules_file, rules_for_version
from kiosk.statement import Statement
from sync.protocol import unb64
from sync.simulator import models as m
from sync.simulator.register import Register

Body = dict[str, Any]


@dataclass(frozen=True)
class Rebuilt:
    """The dossier, the rules that judge it, and per member the details the newest submission gave."""

    dossier: Dossier
    rules: Rules
    details: Mapping[str, Body]  # dossier member id -> the member as the newest submission tells it
    stored_confirmations: Mapping[str, Body]  # dossier member id -> the signed confirmation as stored
    aliases: Mapping[str, str]  # a member id of any submission -> the dossier's id for that member


def current_rules() -> Rules:
    """The rules in force: the newest rules file the service ships (the one the register publishes)."""
    return load_rules_file(bundled_rules_path())


def submission_bodies(s: Session, household: m.Household) -> list[tuple[m.Submission, Body]]:
    """The household's submissions with their opened bodies, oldest first (purged ones left out)."""
    rows = s.scalars(
        select(m.Submission)
        .where(m.Submission.household_id == household.id)
        .order_by(m.Submission.created_at)
    )
    return [(row, json.loads(row.body)) for row in rows if row.body is not None]


def rebuild(
    register: Register, s: Session, household: m.Household, bodies: Sequence[tuple[m.Submission, Body]]
) -> Rebuilt:
    """The household as a kiosk `Dossier`, judged by the rules its newest submission names."""
    latest: Body = bodies[-1][1] if bodies else {}
    rows = list(
        s.scalars(select(m.Member).where(m.Member.household_id == household.id).order_by(m.Member.id))
    )
    found = _details_by_row(register, household, rows, bodies)
    ids = {
        row.id: str(found[row.id]["member_id"]) if row.id in found else f"register-{row.id}" for row in rows
    }
    # A member id of any submission -> the dossier's id for that member (terminals number members apart).
    aliases = {
        str(x["member_id"]): ids[row_id] for row_id, x in _every_mention(register, household, rows, bodies)
    }
    contact = latest.get("contact") or {}
    preferences, priority = preferences_from_json(latest.get("preferences") or {})
    version = str(latest.get("rules_version") or LEGACY_RULES_VERSION)
    dossier = Dossier(
        kind="registration" if latest.get("visit_kind") == "registration" else "confirmation",
        letter_date=_day(household.letter_date),
        reminder_date=_day(household.reminder_date),
        candidate_number=household.candidate_number,
        dossier_number=household.dossier_number,
        members=[_member(row, ids[row.id], found.get(row.id)) for row in rows],
        evidence=_evidence(s, household, aliases),
        contact=contact_from_json(contact),
        preferences=preferences,
        priority=priority,
        deadline_on_letter=_day(latest.get("deadline_on_letter")),
        practice=household.practice,
        register_checked=True,
        rules_version=version,
        changes=_changes(s, household, rows, ids),
        withdrawal=_withdrawal(s, household, rows, ids),
    )
    rules = rules_for_version(version, current_rules())
    stored = {ids[row.id]: json.loads(row.confirmation_json) for row in rows if row.confirmation_json}
    return Rebuilt(dossier, rules, {ids[row_id]: x for row_id, x in found.items()}, stored, aliases)


def _day(value: object) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def _key(member: Body) -> str:
    # The register's member key (sync/simulator/register.py `_member_key`).
    national: str | None = member.get("national_number")
    return national or "id:" + str(member.get("member_id"))


def _every_mention(
    register: Register,
    household: m.Household,
    rows: list[m.Member],
    bodies: Sequence[tuple[m.Submission, Body]],
) -> list[tuple[int, Body]]:
    """(register member row id, member as a submission tells it) for every member of every submission.

    A member matches a row by national number (or kiosk member id), else by the opaque reference the
    register's household lookup gave (a member whose card the kiosk never read).
    """
    by_key = {row.member_key: row.id for row in rows}
    by_ref = {register.member_ref(household.household_key, row.member_key): row.id for row in rows}
    mentions = []
    for _submission, body in bodies:
        for member in body.get("members", []):
            row_id = by_key.get(_key(member)) or by_ref.get(str(member.get("register_ref")))
            if row_id is not None:
                mentions.append((row_id, member))
    return mentions


def _details_by_row(
    register: Register,
    household: m.Household,
    rows: list[m.Member],
    bodies: Sequence[tuple[m.Submission, Body]],
) -> dict[int, Body]:
    found: dict[int, Body] = {}
    for row_id, member in _every_mention(register, household, rows, bodies):
        found[row_id] = member  # oldest first: the newest submission tells a member's details last
    return found


def _member(row: m.Member, member_id: str, details: Body | None) -> Member:
    national = None if row.member_key.startswith("id:") else row.member_key
    confirmation = _confirmation(json.loads(row.confirmation_json)) if row.confirmation_json else None
    details = details or {}
    birth = details.get("birth_date")
    representative = details.get("representative")
    return Member(
        surname=str(details.get("surname", "")),
        first_names=str(details.get("first_names") or row.first_name),
        birth_date=PartialDate.fromisoformat(birth) if isinstance(birth, str) and birth else None,
        role=cast(Any, row.role),
        national_number=national,
        added_by_hand=bool(details.get("added_by_hand", False)),
        absence_reason=details.get("absence_reason"),
        confirmation=confirmation,
        adult_override=row.adult,  # the register's flag, a child who turned 18 included
        member_id=member_id,
        register_ref=details.get("register_ref"),
        # A seeded household's member confirmed before: the register knows it, without the signature.
        confirmed_at_register=row.confirmed_at is not None and confirmation is None,
        no_card=details.get("no_card"),
        minor_route=details.get("minor_route"),
        representative=Representative(
            representative["capacity"],
            representative["national_number"],
            representative["surname"],
            representative["first_names"],
        )
        if isinstance(representative, dict)
        else None,
    )


def _confirmation(values: Body) -> Confirmation:
    statement = Statement.from_dict(values["statement"])
    signature = values["signature"]
    return Confirmation(
        method=values["method"],
        statement=statement,
        signature=EidSignature(
            signature["key"],
            signature["algorithm"],
            unb64(signature["signature"]),
            unb64(signature["certificate"]),
        ),
        declarations=dict(values["declarations"]),
        confirmed_at=_instant(statement.confirmed_at),
        terminal_id=statement.terminal_id,
        operator="",
        attestation_reason=values.get("attestation_reason"),
        on_behalf_of_absent=bool(values.get("on_behalf_of_absent")),
    )


def _evidence(s: Session, household: m.Household, aliases: Mapping[str, str]) -> list[Evidence]:
    items = s.scalars(
        select(m.EvidenceItem).where(m.EvidenceItem.household_id == household.id).order_by(m.EvidenceItem.id)
    )
    held = set(s.scalars(select(m.Attachment.sha256).where(m.Attachment.data.is_not(None))))
    evidence = []
    for item in items:
        files = [EvidenceFile(f["sha256"], f["mime_type"], f["size"]) for f in json.loads(item.files_json)]
        arrived = all(f.sha256 in held for f in files)
        state = "bring_later"
        if item.satisfied and arrived:
            state = "attached" if files else "shown_at_counter"
        member_id = aliases.get(item.member_id, item.member_id) if item.member_id else None
        evidence.append(
            Evidence(
                item.evidence_type,
                member_id,
                cast(Any, state),
                files,
                # The contract names the member a volmacht is of; the core asks for `volmacht_for`.
                volmacht_for=member_id if item.evidence_type == "volmacht" else None,
            )
        )
    return evidence


def _member_id_of_key(rows: list[m.Member], ids: Mapping[int, str], member_key: str) -> str | None:
    return next((ids[row.id] for row in rows if row.member_key == member_key), None)


def _changes(
    s: Session, household: m.Household, rows: list[m.Member], ids: Mapping[int, str]
) -> list[HouseholdChange]:
    records = s.scalars(
        select(m.HouseholdChangeRecord)
        .where(m.HouseholdChangeRecord.household_id == household.id)
        .order_by(m.HouseholdChangeRecord.id)
    )
    changes: dict[tuple[str, str], HouseholdChange] = {}
    for record in records:
        member_id = _member_id_of_key(rows, ids, record.member_key)
        if member_id is not None:  # the same change reported from two terminals counts once
            changes[(record.kind, member_id)] = HouseholdChange(
                cast(Any, record.kind), member_id, _day(record.on)
            )
    return list(changes.values())


def _withdrawal(
    s: Session, household: m.Household, rows: list[m.Member], ids: Mapping[int, str]
) -> Withdrawal | None:
    record = s.get(m.WithdrawalRecord, household.id)
    if record is None:
        return None
    member_id = _member_id_of_key(rows, ids, record.member_key)
    if member_id is None:
        return None
    return Withdrawal(member_id, _instant(record.withdrawn_at))


def _instant(timestamp: str) -> datetime:
    """A contract timestamp (UTC, YYYY-MM-DDTHH:MM:SSZ) as an aware datetime."""
    return datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
