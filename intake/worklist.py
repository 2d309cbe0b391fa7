"""The worklist's logic, without HTTP: incoming dossiers, one dossier opened in memory, staff actions.

Everything personal is read from sealed columns and sealed submission bodies into memory for the
staff member who asked, and goes no further than the page (or the receipt PDF) that shows it. Each
view, each evidence file opened and each action is written to the worklist audit in the same
transaction. The CIR's dossier number recorded here reaches the kiosks through the contract's
updates (`GET /v1/terminals/{id}/updates`), like a number the register assigned itself.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake import audit
from kiosk.documents import mask_national_number
from kiosk.domain import confirm_by
from kiosk.rules import Rules, bundled_rules_path, load_rules_file
from kiosk.statement import utc_timestamp
from sync.protocol import Missing
from sync.simulator import models as m
from sync.simulator.register import Register, missing_items
from sync.simulator.verify import check_confirmation

OPEN_STATES = ("received", "incomplete")
DOSSIER_NUMBER = re.compile(r"^[0-9]{12}$")
# What a kiosk shows the candidate's household at its next sync (plain Dutch, no personal data).
INCOMPLETE_NOTICE = "WIL heeft uw dossier nagekeken: er ontbreekt nog iets. WIL neemt contact met u op."
WITHDRAWN_NOTICE = "Uw dossier werd ingetrokken bij WIL."
SAFE_EVIDENCE_TYPES = {"image/jpeg", "image/png", "application/pdf"}


class WorklistError(Exception):
    """An action that cannot be done; the message is safe to show to the staff member."""


class NotFound(WorklistError):
    """No such dossier (or evidence file) on the worklist."""


@dataclass(frozen=True)
class Row:
    """One incoming dossier in the list (first names only)."""

    household_id: int
    reference: str
    first_name: str
    adults: int
    confirmed: int
    missing: int
    deadline: date | None
    received_at: str
    status: str
    dossier_number: str | None
    practice: bool


@dataclass(frozen=True)
class Verification:
    """What the register checked of one member's confirmation."""

    method: str  # eid_signature | staff_attested
    confirmed_at: str
    signature_ok: bool
    chain_ok: bool
    signer_matches: bool
    staff_listed: bool | None  # for an attestation: the attesting card is on the staff list
    signer: str  # the signing card's masked national number
    problems: tuple[str, ...]
    on_behalf_of_absent: bool = False
    attestation_reason: str | None = None


@dataclass(frozen=True)
class MemberView:
    """A member as the latest submissions tell it, with the verification of their confirmation."""

    name: str
    masked_national_number: str
    birth_date: str | None
    role: str
    adult: bool
    absence_reason: str | None
    verification: Verification | None


@dataclass(frozen=True)
class FileView:
    """One evidence file: its hash, type, size and whether the register holds it."""

    sha256: str
    mime_type: str
    size: int
    held: bool


@dataclass(frozen=True)
class EvidenceView:
    """An evidence requirement of the household."""

    evidence_type: str
    member_name: str | None
    satisfied: bool
    files: tuple[FileView, ...]


@dataclass
class DossierView:
    """A dossier opened for a staff member (in memory only)."""

    household_id: int
    reference: str
    practice: bool
    status: str
    dossier_number: str | None
    deadline: date | None
    letter_date: str | None
    reminder_date: str | None
    received_at: str | None
    members: list[MemberView] = field(default_factory=list)
    evidence: list[EvidenceView] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    contact: dict[str, str] = field(default_factory=dict)
    language: str = "nl"
    submissions: list[tuple[str, str, str]] = field(default_factory=list)  # id, terminal, created at
    trail: list[tuple[str, str, str]] = field(default_factory=list)  # at, who, what


@functools.cache
def _rules() -> Rules:
    """The deadline day counts: the rules file the register publishes (the bundled one)."""
    return load_rules_file(bundled_rules_path())


def _deadline(household: m.Household) -> date | None:
    letter = date.fromisoformat(household.letter_date) if household.letter_date else None
    reminder = date.fromisoformat(household.reminder_date) if household.reminder_date else None
    rules = _rules()
    return confirm_by(letter, reminder, letter_days=rules.letter_days, reminder_days=rules.reminder_days)


def incoming(register: Register, *, done: bool = False) -> list[Row]:
    """The dossiers received from kiosks, the nearest deadline first (no deadline known: last).

    `done` lists those WIL has entered in the CIR or marked withdrawn instead of the open ones.
    """
    with register.session() as s:
        wanted = select(m.Household).where(
            m.Household.received_at.is_not(None), m.Household.purged_at.is_(None)
        )
        households = s.scalars(wanted).all()
        rows = [_row(s, h) for h in households if (h.status in OPEN_STATES) != done]
    return sorted(rows, key=lambda r: (r.deadline is None, r.deadline or date.max, r.received_at))


def _row(s: Session, household: m.Household) -> Row:
    members = list(
        s.scalars(select(m.Member).where(m.Member.household_id == household.id).order_by(m.Member.id))
    )
    reference = next((x for x in members if x.role == "reference_tenant"), members[0] if members else None)
    adults = [x for x in members if x.adult]
    return Row(
        household_id=household.id,
        reference=household.candidate_number or "nieuwe inschrijving",
        first_name=reference.first_name if reference else "",
        adults=len(adults),
        confirmed=sum(1 for x in adults if x.confirmed_at),
        missing=len(missing_items(s, household)),
        deadline=_deadline(household),
        received_at=household.received_at or "",
        status=household.status,
        dossier_number=household.dossier_number,
        practice=household.practice,
    )


def _household(s: Session, household_id: int, *, lock: bool = False) -> m.Household:
    household = s.get(m.Household, household_id, with_for_update=lock)
    if household is None or household.received_at is None or household.purged_at is not None:
        raise NotFound("no such dossier on the worklist")
    return household


def open_dossier(register: Register, household_id: int, username: str, now: datetime) -> DossierView:
    """Open a dossier for `username`: sealed bodies and columns opened in memory; the view is audited."""
    with register.session() as s:
        household = _household(s, household_id)
        staff = set(s.scalars(select(m.Staff.national_number)))
        bodies = _bodies(s, household)
        view = DossierView(
            household_id=household.id,
            reference=household.candidate_number or "nieuwe inschrijving",
            practice=household.practice,
            status=household.status,
            dossier_number=household.dossier_number,
            deadline=_deadline(household),
            letter_date=household.letter_date,
            reminder_date=household.reminder_date,
            received_at=household.received_at,
        )
        latest = _latest_members(bodies)
        names = {key: _name(member) for key, member in latest.items()}
        for row in s.scalars(
            select(m.Member).where(m.Member.household_id == household.id).order_by(m.Member.id)
        ):
            view.members.append(_member_view(register, row, latest.get(row.member_key), household, staff))
        view.evidence = _evidence(s, household, names, latest)
        view.missing = [_missing_text(item, names, latest) for item in missing_items(s, household)]
        if bodies:
            view.contact = {str(k): str(v) for k, v in bodies[-1][1].get("contact", {}).items()}
            view.language = str(bodies[-1][1].get("preferences", {}).get("language", "nl"))
        view.submissions = [(row.submission_id, row.terminal_id, row.created_at) for row, _body in bodies]
        audit.record(s, now, username, "dossier-viewed", household.id)
        view.trail = [(entry.at, entry.username, entry.action) for entry in audit.trail(s, household.id)]
        return view


def _bodies(s: Session, household: m.Household) -> list[tuple[m.Submission, dict[str, Any]]]:
    rows = s.scalars(
        select(m.Submission)
        .where(m.Submission.household_id == household.id)
        .order_by(m.Submission.created_at)
    )
    return [(row, json.loads(row.body)) for row in rows if row.body is not None]


def _member_key(member: dict[str, Any]) -> str:
    national: str | None = member.get("national_number")
    return national or "id:" + str(member.get("member_id"))


def _latest_members(bodies: list[tuple[m.Submission, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    latest: dict[str, dict[str, Any]] = {}
    for _row, body in bodies:  # oldest first: a later submission tells a member's details anew
        for member in body.get("members", []):
            latest[_member_key(member)] = member
    return latest


def _name(member: dict[str, Any]) -> str:
    return f"{member.get('first_names', '')} {member.get('surname', '')}".strip()


def _member_view(
    register: Register,
    row: m.Member,
    details: dict[str, Any] | None,
    household: m.Household,
    staff: set[str],
) -> MemberView:
    national = None if row.member_key.startswith("id:") else row.member_key
    confirmation = json.loads(row.confirmation_json) if row.confirmation_json else None
    verification = None
    if confirmation is not None:
        verification = _verify(register, national, confirmation, household.household_key, staff)
    return MemberView(
        name=_name(details) if details else row.first_name,
        masked_national_number=mask_national_number(national) if national else "",
        birth_date=details.get("birth_date") if details else None,
        role=row.role,
        adult=row.adult,
        absence_reason=details.get("absence_reason") if details else None,
        verification=verification,
    )


def _verify(
    register: Register,
    national: str | None,
    confirmation: dict[str, Any],
    household_key: str,
    staff: set[str],
) -> Verification:
    """Check the stored confirmation again now: signature, chain, serialNumber, staff list."""
    member = {"national_number": national, "confirmation": confirmation}
    errors = check_confirmation("", member, household_key, register.settings.trust, staff)
    paths = [error.path for error in errors]
    statement = confirmation["statement"]
    attested = confirmation["method"] == "staff_attested"
    return Verification(
        method=confirmation["method"],
        confirmed_at=statement["confirmed_at"],
        signature_ok="/signature/signature" not in paths,
        chain_ok="/signature/certificate" not in paths,
        signer_matches="/statement/national_number" not in paths,
        staff_listed=(statement["national_number"] in staff) if attested else None,
        signer=mask_national_number(statement["national_number"]),
        problems=tuple(error.message for error in errors),
        on_behalf_of_absent=bool(confirmation.get("on_behalf_of_absent")),
        attestation_reason=confirmation.get("attestation_reason"),
    )


def _evidence(
    s: Session, household: m.Household, names: dict[str, str], latest: dict[str, dict[str, Any]]
) -> list[EvidenceView]:
    items = s.scalars(
        select(m.EvidenceItem).where(m.EvidenceItem.household_id == household.id).order_by(m.EvidenceItem.id)
    )
    views = []
    for item in items:
        files = json.loads(item.files_json)
        held = set(
            s.scalars(
                select(m.Attachment.sha256).where(m.Attachment.sha256.in_([f["sha256"] for f in files]))
            )
        )
        views.append(
            EvidenceView(
                evidence_type=item.evidence_type,
                member_name=_name_of_member_id(item.member_id, latest) if item.member_id else None,
                satisfied=item.satisfied,
                files=tuple(
                    FileView(f["sha256"], f["mime_type"], f["size"], f["sha256"] in held) for f in files
                ),
            )
        )
    return views


def _name_of_member_id(member_id: str, latest: dict[str, dict[str, Any]]) -> str | None:
    return next((_name(x) for x in latest.values() if x.get("member_id") == member_id), None)


def _missing_text(item: Missing, names: dict[str, str], latest: dict[str, dict[str, Any]]) -> str:
    who = _name_of_member_id(item.member_id, latest) if item.member_id else None
    if item.what == "confirmation":
        return f"confirmation of {who or 'an adult'}"
    if item.what == "attachment":
        return f"the file of {item.evidence_type} was announced but never arrived" + (
            f" ({who})" if who else ""
        )
    return f"evidence: {item.evidence_type}" + (f" ({who})" if who else "")


def evidence_file(
    register: Register, household_id: int, sha256: str, username: str, now: datetime
) -> tuple[bytes, str]:
    """One evidence file of a dossier, opened in memory for `username` (audited): (bytes, MIME type)."""
    with register.session() as s:
        household = _household(s, household_id)
        mime = _announced_type(s, household, sha256)
        attachment = s.get(m.Attachment, sha256)
        if mime is None or attachment is None or attachment.data is None:
            raise NotFound("no such evidence file in this dossier")
        audit.record(s, now, username, "evidence-viewed", household.id, sha256[:16])
        return attachment.data, mime


def _announced_type(s: Session, household: m.Household, sha256: str) -> str | None:
    for item in s.scalars(select(m.EvidenceItem).where(m.EvidenceItem.household_id == household.id)):
        for file in json.loads(item.files_json):
            if file["sha256"] == sha256:
                return str(file["mime_type"])
    return None


def enter_in_cir(register: Register, household_id: int, number: str, username: str, now: datetime) -> None:
    """Record "entered in the CIR as dossier number N":, audited, and sent to the kiosks as an update."""
    number = number.strip()
    if not DOSSIER_NUMBER.match(number):
        raise WorklistError("a CIR dossier number has 12 digits (date and sequence, e.g. 202603180042)")

    def work(s: Session) -> None:
        household = _household(s, household_id, lock=True)
        if household.dossier_number == number and household.status == "entered":
            return  # the same form sent twice
        if household.dossier_number is not None:
            raise WorklistError(f"this dossier already has dossier number {household.dossier_number}")
        if household.status == "withdrawn":
            raise WorklistError("this dossier was withdrawn")
        household.dossier_number = number
        household.status, household.status_at, household.entered_at = (
            "entered",
            utc_timestamp(now),
            utc_timestamp(now),
        )
        s.flush()  # the unique dossier number: another household with it fails here
        register.publish(s, household, "dossier", number)
        audit.record(s, now, username, "entered-in-cir", household.id, number)

    try:
        with register.session() as s:
            work(s)
    except IntegrityError:
        raise WorklistError(f"dossier number {number} is already recorded for another household") from None


def mark_incomplete(register: Register, household_id: int, username: str, now: datetime) -> None:
    """Record "incomplete: contact the candidate": the kiosks are told, WIL phones or writes (audited)."""
    with register.session() as s:
        household = _household(s, household_id, lock=True)
        if household.status not in OPEN_STATES:
            raise WorklistError(f"this dossier is {household.status} already")
        household.status, household.status_at = "incomplete", utc_timestamp(now)
        register.publish(s, household, "notification", INCOMPLETE_NOTICE)
        audit.record(s, now, username, "incomplete-contact", household.id)


def mark_withdrawn(register: Register, household_id: int, username: str, now: datetime) -> None:
    """Record "withdrawn" (the candidate withdrew); purged after the settings' grace (audited)."""
    with register.session() as s:
        household = _household(s, household_id, lock=True)
        if household.status == "entered":
            raise WorklistError("this dossier is entered in the CIR: withdraw it there")
        if household.status == "withdrawn":
            return
        household.status, household.status_at = "withdrawn", utc_timestamp(now)
        register.publish(s, household, "notification", WITHDRAWN_NOTICE)
        audit.record(s, now, username, "withdrawn", household.id)
