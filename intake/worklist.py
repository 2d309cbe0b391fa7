"""The worklist's logic, without HTTP: incoming dossiers, one dossier opened in memory, staff actions.

Everything personal is read from sealed columns and sealed submission bodies into memory for the
staff member who asked, and goes no further than the page (or the receipt PDF) that shows it. Each
view, each evidence file opened and each action is written to the worklist audit in the same
transaction. The CIR's dossier number recorded here reaches the kiosks through the contract's
updates (`GET /v1/terminals/{id}/updates`), like a number the register assigned itself.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake import audit
from intake.dossier import Rebuilt, rebuild, submission_bodies
from kiosk.documents import mask_national_number
from kiosk.domain import Member, Missing, missing_items, wil_checks
from kiosk.registration import Contact, Preferences, PriorityFacts
from kiosk.rules import Rules
from kiosk.statement import utc_timestamp
from sync.simulator import models as m
from sync.simulator.register import Register
from sync.simulator.verify import check_confirmation

OPEN_STATES = ("received", "incomplete")
DOSSIER_NUMBER = re.compile(r"^[0-9]{12}$")
# What a kiosk shows the candidate's household at its next sync (plain Dutch, no personal data).
INCOMPLETE_NOTICE = "WIL heeft uw dossier nagekeken: er ontbreekt nog iets. WIL neemt contact met u op."
WITHDRAWN_NOTICE = "Uw dossier werd ingetrokken bij WIL."
SAFE_EVIDENCE_TYPES = {"image/jpeg", "image/png", "application/pdf"}

# The kiosk core's `Missing` kinds (kiosk/domain.py), said to WIL staff.
MISSING_NL = {
    "no_adult": "geen volwassene in het gezin",
    "confirmation": "bevestiging van {who}",
    "absent_adult": "{who} was afwezig: bevestiging of volmacht ontbreekt",
    "declarations": "antwoorden van {who} op de vragen",
    "register_check": "het gezin nog vergelijken met het CIR",
}
# Outcomes the answers leave for WIL to check (`kiosk.domain.wil_checks`).
WIL_CHECKS_NL = {
    "not_registered": "niet ingeschreven in een bevolkings- of vreemdelingenregister",
    "income_above_limit": "inkomen lijkt boven de grens",
    "owns_property": "eigenaar van een woning of grond, zonder uitzondering",
    "asset_test": "vermogenstoets: spaargeld of beleggingen",
}
CHANGES_NL = {
    "left": "verhuisd uit het gezin",
    "separated": "gescheiden en vertrokken",
    "deceased": "overleden",
    "turned_adult": "meerderjarig geworden",
    "joined": "bijgekomen in het gezin",
}
NO_CARD_NL = {
    "passport": "paspoort",
    "refugee_papers": "documenten als vluchteling",
    "lost": "eID verloren",
    "broken": "eID werkt niet",
    "renewing": "eID wordt vernieuwd",
    "other": "andere reden",
}
MINOR_ROUTE_NL = {"emancipated": "ontvoogd", "supported_living": "begeleid zelfstandig wonen"}
CAPACITY_NL = {"administrator": "bewindvoerder", "volmacht_holder": "volmachthouder buiten het gezin"}


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
    withdrawal: bool = False  # the reference tenant signed that the household withdraws
    changes: int = 0  # household changes reported (left, separated, died, turned 18, joined)


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
    representation: str | None = None  # "administrator" | "volmacht_holder": signed for the member


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
    route: tuple[str, ...] = ()  # Dutch lines: no eID and why, a minor's route, who signs for them
    departed: str | None = None  # Dutch: left, separated or died on a day (owes nothing)


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
    wil_checks: list[str] = field(default_factory=list)  # what the answers leave WIL to check
    contact: Contact = field(default_factory=Contact)
    preferences: Preferences = field(default_factory=Preferences)
    priority: PriorityFacts = field(default_factory=PriorityFacts)
    rules_version: str = ""
    deadline_from_letter: bool = False  # the operator typed the date printed on the letter
    changes: list[tuple[str, str, date | None]] = field(default_factory=list)  # who, what (Dutch), on
    withdrawal: tuple[str, str] | None = None  # who signed it, when
    visit_kind: str = "confirmation"
    submissions: list[tuple[str, str, str]] = field(default_factory=list)  # id, terminal, created at
    trail: list[tuple[str, str, str]] = field(default_factory=list)  # at, who, what


def incoming(register: Register, *, done: bool = False) -> list[Row]:
    """The dossiers received from kiosks, the nearest deadline first (no deadline known: last).

    `done` lists those WIL has entered in the CIR or marked withdrawn instead of the open ones.
    """
    today = register.clock.now().date()
    with register.session() as s:
        wanted = select(m.Household).where(
            m.Household.received_at.is_not(None), m.Household.purged_at.is_(None)
        )
        households = s.scalars(wanted).all()
        rows = [_row(register, s, h, today) for h in households if (h.status in OPEN_STATES) != done]
    return sorted(rows, key=lambda r: (r.deadline is None, r.deadline or date.max, r.received_at))


def _row(register: Register, s: Session, household: m.Household, today: date) -> Row:
    rebuilt = rebuild(register, s, household, submission_bodies(s, household))
    dossier, rules = rebuilt.dossier, rebuilt.rules
    reference = dossier.reference_tenant or (dossier.members[0] if dossier.members else None)
    adults = dossier.adults(today)
    return Row(
        household_id=household.id,
        reference=household.candidate_number or "nieuwe inschrijving",
        first_name=reference.first_names.split(" ")[0] if reference else "",
        adults=len(adults),
        confirmed=sum(1 for x in adults if x.done),
        missing=len(missing_items(dossier, rules, today)),
        deadline=dossier.deadline(rules),
        received_at=household.received_at or "",
        status=household.status,
        dossier_number=household.dossier_number,
        practice=household.practice,
        withdrawal=dossier.withdrawal is not None,
        changes=len(dossier.changes),
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
        bodies = submission_bodies(s, household)
        rebuilt = rebuild(register, s, household, bodies)
        dossier, rules = rebuilt.dossier, rebuilt.rules
        view = DossierView(
            household_id=household.id,
            reference=household.candidate_number or "nieuwe inschrijving",
            practice=household.practice,
            status=household.status,
            dossier_number=household.dossier_number,
            deadline=dossier.deadline(rules),
            letter_date=household.letter_date,
            reminder_date=household.reminder_date,
            received_at=household.received_at,
            contact=dossier.contact,
            preferences=dossier.preferences,
            priority=dossier.priority,
            rules_version=rules.version,
            deadline_from_letter=dossier.deadline_on_letter is not None,
            visit_kind=dossier.kind if dossier.withdrawal is None else "withdrawal",
        )
        names = {x.member_id: _full_name(x.first_names, x.surname) for x in dossier.members}
        view.members = [_member_view(register, rebuilt, x, household, staff) for x in dossier.members]
        view.evidence = _evidence(s, household, names, rebuilt)
        today = now.date()
        view.missing = [_missing_text(item, names, rules) for item in missing_items(dossier, rules, today)]
        view.wil_checks = [
            f"{WIL_CHECKS_NL.get(outcome, outcome)} ({names.get(member_id, '')})"
            for outcome, member_id in wil_checks(dossier, rules, today)
        ]
        view.changes = [
            (names.get(c.member_id, ""), CHANGES_NL.get(c.kind, c.kind), c.on) for c in dossier.changes
        ]
        if dossier.withdrawal is not None:
            view.withdrawal = (
                names.get(dossier.withdrawal.member_id, ""),
                utc_timestamp(dossier.withdrawal.requested_at),
            )
        view.submissions = [(row.submission_id, row.terminal_id, row.created_at) for row, _body in bodies]
        audit.record(s, now, username, "dossier-viewed", household.id)
        view.trail = [(entry.at, entry.username, entry.action) for entry in audit.trail(s, household.id)]
        return view


def _full_name(first_names: str, surname: str) -> str:
    return f"{first_names} {surname}".strip()


def _member_view(
    register: Register, rebuilt: Rebuilt, member: Member, household: m.Household, staff: set[str]
) -> MemberView:
    national = member.national_number
    verification = None
    if member.confirmation is not None:
        stored = rebuilt.stored_confirmations.get(member.member_id)
        if stored is not None:
            verification = _verify(register, national, stored, household.household_key, staff)
    departure = rebuilt.dossier.departure(member)
    return MemberView(
        name=_full_name(member.first_names, member.surname),
        masked_national_number=mask_national_number(national) if national else "",
        birth_date=member.birth_date.isoformat() if member.birth_date else None,
        role=member.role,
        adult=member.adult_on(register.clock.now().date()),
        absence_reason=member.absence_reason,
        verification=verification,
        route=_route(member),
        departed=(
            f"{CHANGES_NL[departure.kind]}"
            + (f" op {departure.on.strftime('%d/%m/%Y')}" if departure.on else "")
            if departure is not None
            else None
        ),
    )


def _route(member: Member) -> tuple[str, ...]:
    """How this member took part, in Dutch: without an eID, a minor's route, through a representative."""
    lines = []
    if member.no_card is not None:
        lines.append(f"zonder leesbare eID: {NO_CARD_NL.get(member.no_card, member.no_card)}")
    if member.added_by_hand and member.no_card is None:
        lines.append("met de hand ingevoerd")
    if member.minor_route is not None:
        lines.append(
            f"minderjarig, mag zich inschrijven: {MINOR_ROUTE_NL.get(member.minor_route, member.minor_route)}"
        )
    if member.representative is not None:
        who = member.representative
        capacity = CAPACITY_NL.get(who.capacity, who.capacity)
        name = _full_name(who.first_names, who.surname)
        lines.append(f"{capacity}: {name} ({mask_national_number(who.national_number)})")
    return tuple(lines)


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
        representation=statement.get("capacity"),
    )


def _evidence(
    s: Session, household: m.Household, names: dict[str, str], rebuilt: Rebuilt
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
        member_id = rebuilt.aliases.get(item.member_id, item.member_id) if item.member_id else None
        views.append(
            EvidenceView(
                evidence_type=item.evidence_type,
                member_name=names.get(member_id) if member_id else None,
                satisfied=item.satisfied,
                files=tuple(
                    FileView(f["sha256"], f["mime_type"], f["size"], f["sha256"] in held) for f in files
                ),
            )
        )
    return views


def _missing_text(item: Missing, names: dict[str, str], rules: Rules) -> str:
    """One item of the kiosk core's `missing_items`, in Dutch for WIL staff."""
    who = names.get(item.member_id) if item.member_id else None
    if item.kind == "evidence":
        evidence_type = rules.evidence_types.get(item.evidence_type or "")
        label = evidence_type.text_nl if evidence_type else str(item.evidence_type)
        return f"bewijsstuk: {label}" + (f" ({who})" if who else " (gezin)")
    if item.kind == "declarations" and who is None:
        return "antwoorden op de vragen over het gezin"
    text = MISSING_NL[item.kind]
    return text.format(who=who or "een volwassene")


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
