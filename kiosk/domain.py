"""The household dossier and its rules: members, adults, confirmations, evidence, roles, deadlines.

Everything here is plain data and pure functions (docs/architecture.md sections 3 and 4); storage lives
in `kiosk/store.py`, the visit's screen flow in `kiosk/visit.py`. Every permission check of the
roles table is made here and raises `PermissionDenied`, so a screen that forgets to hide a button
still cannot do what the operator may not.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from kiosk.errors import PermissionDenied
from kiosk.ports import (
    AbsenceReason,
    Authenticity,
    CardIdentity,
    EidSignature,
    EvidenceState,
    MemberRole,
    MinorRoute,
    NoCardReason,
    PartialDate,
    RepresentativeCapacity,
)
from kiosk.registration import Contact, Preferences, PriorityFacts
from kiosk.statement import Statement

if TYPE_CHECKING:  # annotations only: the rules file's loader stays out of every start-up
    from kiosk.rules import Rules

ADULT_AGE = 18

# --- roles and actions (docs/architecture.md section 4, the roles table) ---------------------------


class Role(enum.StrEnum):
    """An operator's role; an operator can hold several."""

    VOLUNTEER = "volunteer"
    WIL_STAFF = "wil_staff"
    COORDINATOR = "coordinator"


class Action(enum.StrEnum):
    """Everything the roles table distinguishes."""

    RUN_VISIT = "run_visit"
    READ_CARD = "read_card"
    PIN_CONFIRMATION = "pin_confirmation"
    ATTACH_EVIDENCE = "attach_evidence"
    PRINT_RECEIPT = "print_receipt"
    ADD_MINOR_BY_HAND = "add_minor_by_hand"
    ADD_ADULT_BY_HAND = "add_adult_by_hand"
    STAFF_ATTESTATION = "staff_attestation"
    SHOWN_AT_COUNTER = "shown_at_counter"
    RECORD_VOLMACHT = "record_volmacht"
    ACCEPT_AFTER_VISUAL_CHECK = "accept_after_visual_check"
    RECORD_WITHOUT_CARD = "record_without_card"  # a household without a readable eID, "to be checked"
    CHECK_DOCUMENTS = "check_documents"  # WIL saw the identity documents of someone recorded by hand
    MANAGE_OPERATORS = "manage_operators"
    REQUEUE = "requeue"
    PURGE = "purge"
    REPRINT = "reprint"
    STATISTICS = "statistics"
    SETTINGS = "settings"


_EVERYONE = frozenset(Role)
_STAFF = frozenset({Role.WIL_STAFF})
_COORDINATOR = frozenset({Role.COORDINATOR})

PERMISSIONS: Mapping[Action, frozenset[Role]] = {
    Action.RUN_VISIT: _EVERYONE,
    Action.READ_CARD: _EVERYONE,
    Action.PIN_CONFIRMATION: _EVERYONE,
    Action.ATTACH_EVIDENCE: _EVERYONE,
    Action.PRINT_RECEIPT: _EVERYONE,
    Action.ADD_MINOR_BY_HAND: _EVERYONE,
    Action.ADD_ADULT_BY_HAND: _STAFF,
    Action.STAFF_ATTESTATION: _STAFF,
    Action.SHOWN_AT_COUNTER: _STAFF,
    Action.RECORD_VOLMACHT: _STAFF,
    Action.ACCEPT_AFTER_VISUAL_CHECK: _STAFF,
    Action.RECORD_WITHOUT_CARD: _EVERYONE,
    Action.CHECK_DOCUMENTS: _STAFF,
    Action.MANAGE_OPERATORS: _COORDINATOR,
    Action.REQUEUE: _COORDINATOR,
    Action.PURGE: _COORDINATOR,
    Action.REPRINT: _COORDINATOR,
    Action.STATISTICS: _COORDINATOR,
    Action.SETTINGS: _COORDINATOR,
}


def allowed(roles: Iterable[Role], action: Action) -> bool:
    """Whether an operator holding `roles` may perform `action`."""
    return bool(PERMISSIONS[action] & set(roles))


def require(roles: Iterable[Role], action: Action) -> None:
    """Raise `PermissionDenied` unless one of `roles` allows `action`."""
    if not allowed(roles, action):
        raise PermissionDenied(f"your role does not allow: {action.value}")


@dataclass(frozen=True)
class OperatorContext:
    """Who is working, where: the signed-in operator on this terminal."""

    operator: str
    roles: frozenset[Role]
    terminal_id: str
    location: str
    training: bool = False

    def require(self, action: Action) -> None:
        """Raise `PermissionDenied` unless this operator may perform `action`."""
        require(self.roles, action)


# --- age and deadlines -------------------------------------------------------------------------


def earliest_birth_date(birth: PartialDate) -> date:
    """The first day the partial birth date can stand for."""
    return date(birth.year, birth.month or 1, birth.day or 1)


def latest_birth_date(birth: PartialDate) -> date:
    """The last day the partial birth date can stand for."""
    if birth.month is None:
        return date(birth.year, 12, 31)
    if birth.day is not None:
        return date(birth.year, birth.month, birth.day)
    next_month = date(birth.year + birth.month // 12, birth.month % 12 + 1, 1)
    return next_month - timedelta(days=1)


def birthday_in_year(birth: date, year: int) -> date:
    """The birthday in `year`; someone born on 29 February has it on 1 March in common years."""
    try:
        return birth.replace(year=year)
    except ValueError:
        return date(year, 3, 1)


def turned(birth: date, age: int, on: date) -> bool:
    """Whether someone born on `birth` has reached `age` on day `on`."""
    return on >= birthday_in_year(birth, birth.year + age)


def is_adult(birth: PartialDate, on: date) -> bool:
    """Whether the person may already be 18 on `on`.

    With a partial birth date we take the earliest possible day: when in doubt the person is
    treated as an adult and asked to confirm, because a missing adult confirmation loses the
    whole household its place, while an extra confirmation costs a minute.
    """
    return turned(earliest_birth_date(birth), ADULT_AGE, on)


def adulthood_uncertain(birth: PartialDate, on: date) -> bool:
    """Whether the partial birth date leaves it open if the person is 18 on `on` (show a note)."""
    return is_adult(birth, on) and not turned(latest_birth_date(birth), ADULT_AGE, on)


def confirm_by(
    letter_date: date | None, reminder_date: date | None, *, letter_days: int, reminder_days: int
) -> date | None:
    """The deadline in force, in calendar days with the last day included (the one deadline rule).

    After a reminder the reminder's (reminder + `reminder_days`), else the letter's (letter +
    `letter_days`); None without a letter. The day counts come from the rules file.
    """
    if reminder_date is not None:
        return reminder_date + timedelta(days=reminder_days)
    if letter_date is not None:
        return letter_date + timedelta(days=letter_days)
    return None


def deadline_in_force(
    on_letter: date | None,
    letter_date: date | None,
    reminder_date: date | None,
    *,
    letter_days: int,
    reminder_days: int,
) -> date | None:
    """The one deadline rule: the date printed on the letter wins; else the counted one (`confirm_by`).

    The letter's date is the only safe one (the woonmaatschappij and the tenants' platform count the
    month differently), and it is the only one an offline visit can have: the operator types it.
    """
    if on_letter is not None:
        return on_letter
    return confirm_by(letter_date, reminder_date, letter_days=letter_days, reminder_days=reminder_days)


def check_deadline_on_letter(day: date, today: date) -> None:
    """Refuse a typed letter date that cannot be one: more than a year before or after today."""
    if abs((day - today).days) > DEADLINE_TYPO_DAYS:
        raise ValueError("the date on the letter is more than a year away from today: check the year")


DEADLINE_TYPO_DAYS = 366


class DeadlineState(enum.StrEnum):
    """How close a dossier is to its deadline."""

    NONE = "none"
    OK = "ok"
    DUE_SOON = "due_soon"
    LAST_DAY = "last_day"
    PASSED = "passed"


def deadline_state(deadline: date | None, today: date, warn_days: int) -> DeadlineState:
    """Flag a deadline: passed, the last day, due within `warn_days`, or fine."""
    if deadline is None:
        return DeadlineState.NONE
    if today > deadline:
        return DeadlineState.PASSED
    if today == deadline:
        return DeadlineState.LAST_DAY
    if (deadline - today).days <= warn_days:
        return DeadlineState.DUE_SOON
    return DeadlineState.OK


def confirmed_in_time(deadline: date | None, confirmed_at: datetime, local_day: date | None = None) -> bool:
    """Whether a signed confirmation counts: the signing time counts, not the sync time."""
    if deadline is None:
        return True
    return (local_day or confirmed_at.date()) <= deadline


# --- the dossier -------------------------------------------------------------------------------


def new_id() -> str:
    """A fresh random identifier (UUID4 text) for local records."""
    return str(uuid.uuid4())


VisitKind = Literal["confirmation", "registration"]
CONFIRMATION: VisitKind = "confirmation"
REGISTRATION: VisitKind = "registration"
ConfirmationMethodName = Literal["eid_signature", "staff_attested"]

# Rules before per-dossier versions: every dossier stored without a version was answered under them.
LEGACY_RULES_VERSION = "2026.1"


@dataclass
class Confirmation:
    """One adult's confirmation: signed with their own eID, or attested by WIL staff with theirs."""

    method: ConfirmationMethodName
    statement: Statement  # what the card signed (national numbers: out of its repr)
    signature: EidSignature
    declarations: dict[str, object] = field(repr=False)  # answers about income, health, debts
    confirmed_at: datetime
    terminal_id: str
    operator: str
    attestation_reason: str | None = field(default=None, repr=False)  # free text by staff
    on_behalf_of_absent: bool = False  # another adult signed under this member's volmacht


@dataclass
class EvidenceFile:
    """One encrypted file or page of an evidence item (the bytes live in the store, encrypted)."""

    sha256: str
    mime_type: str
    size: int
    file_id: str = field(default_factory=new_id)


@dataclass
class Evidence:
    """An evidence item (bewijsstuk) of a type from the rules file, for a member or the household."""

    evidence_type: str
    member_id: str | None
    state: EvidenceState = "bring_later"
    files: list[EvidenceFile] = field(default_factory=list)
    evidence_id: str = field(default_factory=new_id)
    volmacht_for: str | None = None  # member id of the absent adult this power of attorney is from

    @property
    def satisfied(self) -> bool:
        """Attached with at least one file, or shown at the counter."""
        return (self.state == "attached" and bool(self.files)) or self.state == "shown_at_counter"


@dataclass(frozen=True)
class Representative:
    """Who signs for a member who cannot act alone, with their own eID (read from their card).

    An administrator (bewindvoerder) named by a court, or a volmacht holder outside the household.

    The evidence (the court decision, or the signed volmacht) is an evidence item of the member.
    """

    capacity: RepresentativeCapacity
    national_number: str = field(repr=False)
    surname: str = field(repr=False)
    first_names: str = field(repr=False)

    @property
    def evidence_type(self) -> str:
        """The rules file's evidence type that shows this person may sign for the member."""
        return REPRESENTATION_EVIDENCE[self.capacity]


# The evidence types (rules file) behind each way of acting for someone, and behind a minor's route.
REPRESENTATION_EVIDENCE: Mapping[RepresentativeCapacity, str] = {
    "administrator": "administrator_decision",
    "volmacht_holder": "volmacht",
}
MINOR_ROUTE_EVIDENCE = "minor_independence"


@dataclass
class Member:
    """A household member: from an eID, from the register's household, or added by hand.

    A member the register knows carries its opaque `register_ref` and `register_match`, the keyed
    hash that lets the kiosk recognise their card (`kiosk.register_household.card_matches`); until
    their card is read, only their first name is known.
    """

    surname: str
    first_names: str
    birth_date: PartialDate | None
    role: MemberRole
    national_number: str | None = None
    added_by_hand: bool = False
    absence_reason: AbsenceReason | None = None
    confirmation: Confirmation | None = None
    adult_override: bool | None = None  # the register's adult flag, or an adult added by hand without a date
    member_id: str = field(default_factory=new_id)
    register_ref: str | None = None
    register_match: str | None = field(default=None, repr=False)
    confirmed_at_register: bool = False  # the register holds a confirmation made before this visit
    # Recorded by hand without a readable Belgian eID (why: passport, refugee papers, lost, ...).
    no_card: NoCardReason | None = None
    # Recorded by hand by someone who did not see an identity document WIL accepts: nobody signs for
    # the household until WIL staff checked the documents (`Visit.documents_checked`).
    to_check: bool = False
    minor_route: MinorRoute | None = None  # a minor who may register: emancipated, supported living
    representative: Representative | None = None  # an administrator or volmacht holder signs for them
    # Whether the role is known: from the register, or chosen by the operator in a new registration
    # (`kiosk.visit.Visit.set_role`); a role the kiosk could only guess is not (questions wait for it).
    role_chosen: bool = True

    def __repr__(self) -> str:
        return f"Member(member_id={self.member_id!r}, role={self.role!r})"

    @property
    def present(self) -> bool:
        """Whether the member is at the visit (not marked absent)."""
        return self.absence_reason is None

    @property
    def done(self) -> bool:
        """Whether this member owes no confirmation (confirmed here, or at the register before)."""
        return self.confirmation is not None or self.confirmed_at_register

    def adult_on(self, on: date) -> bool:
        """Whether the member counts as an adult on `on`: 18 or older, or a minor who may register.

        A minor the law lets register (emancipated by a court, or living on their own with a
        recognised service's support) confirms like an adult, with that evidence.
        """
        if self.minor_route is not None:
            return True
        if self.adult_override is not None:
            return self.adult_override
        if self.birth_date is None:
            return False
        return is_adult(self.birth_date, on)


ChangeKind = Literal["left", "separated", "deceased", "turned_adult", "joined"]
# Changes the operator records, each with the day it happened; `turned_adult` and `joined` the core
# derives from the birth date and from who the register did not list (`household_changes`).
RECORDED_CHANGES: frozenset[str] = frozenset({"left", "separated", "deceased"})
DEPARTED_CHANGES: frozenset[str] = frozenset({"left", "separated", "deceased"})
# The evidence a recorded change asks for (the rules file's evidence types; cir-domain.md 5.1).
CHANGE_EVIDENCE: Mapping[str, str] = {"separated": "separation_documents", "deceased": "death_certificate"}


@dataclass(frozen=True)
class HouseholdChange:
    """A change in the household since the register's last round (cir-domain.md section 3).

    `left`: moved out on `on`; `separated`: the partner separated from the reference tenant and left on
    `on` (separation papers as evidence); `deceased`: died on `on` (an extract of the death certificate);
    `turned_adult`: a child listed by the register is 18 now and must confirm; `joined`: someone the
    register did not list lives in the household now. Someone who left or died owes nothing.
    """

    kind: ChangeKind
    member_id: str
    on: date | None = None


@dataclass(frozen=True)
class Withdrawal:
    """The reference tenant stops the household's registration (asked twice, then signed)."""

    member_id: str
    requested_at: datetime


@dataclass
class Dossier:
    """A household's local dossier: the register's numbers once known, members, evidence, answers.

    `register_checked` says whether the register answered about this household (found, or not
    known there); an offline visit cannot know which adults the register expects. `rules_version`
    is the rules file the dossier is answered and judged under (the one in force when it began; ""
    for the rules in force). `changes` are the household changes the operator recorded.
    """

    kind: VisitKind
    letter_date: date | None = None
    reminder_date: date | None = None
    candidate_number: str | None = None
    dossier_number: str | None = None
    members: list[Member] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    contact: Contact = field(default_factory=Contact)
    preferences: Preferences = field(default_factory=Preferences)
    priority: PriorityFacts = field(default_factory=PriorityFacts)
    # The last day as printed on the register's letter, typed by the operator: it wins over the
    # counted deadline, and gives an offline visit a deadline at all.
    deadline_on_letter: date | None = None
    practice: bool = False
    dossier_id: str = field(default_factory=new_id)
    register_checked: bool = False
    match_salt: str | None = field(default=None, repr=False)  # the register's key for `register_match`
    rules_version: str = ""
    changes: list[HouseholdChange] = field(default_factory=list)
    withdrawal: Withdrawal | None = None

    def __repr__(self) -> str:
        return f"Dossier(dossier_id={self.dossier_id!r}, kind={self.kind!r})"

    @property
    def reference_tenant(self) -> Member | None:
        """The member with the reference-tenant role, if any."""
        return next((m for m in self.members if m.role == "reference_tenant"), None)

    @property
    def household_key(self) -> str:
        """The register's candidate number when known, else the reference tenant's national number."""
        if self.candidate_number:
            return self.candidate_number
        tenant = self.reference_tenant
        if tenant is None or tenant.national_number is None:
            raise ValueError("a household without a candidate number needs a reference tenant's eID")
        return tenant.national_number

    def member(self, member_id: str) -> Member:
        """The member with this id; KeyError if absent."""
        for member in self.members:
            if member.member_id == member_id:
                return member
        raise KeyError(member_id)

    def member_by_national_number(self, national_number: str) -> Member | None:
        """The member whose eID carries this national number."""
        return next((m for m in self.members if m.national_number == national_number), None)

    def adults(self, on: date) -> list[Member]:
        """The members who are adults on `on` and still belong to the household (not left, not died)."""
        return [m for m in self.members if m.adult_on(on) and self.departure(m) is None]

    def departure(self, member: Member) -> HouseholdChange | None:
        """The recorded change by which this member left the household (moved out, separated, died)."""
        return next(
            (c for c in self.changes if c.member_id == member.member_id and c.kind in DEPARTED_CHANGES), None
        )

    def deadline(self, rules: Rules) -> date | None:
        """The confirmation deadline in force (`deadline_in_force`).

        The date printed on the letter when the operator typed it, else the one counted with the
        rules file's days (`confirm_by`).
        """
        return deadline_in_force(
            self.deadline_on_letter,
            self.letter_date,
            self.reminder_date,
            letter_days=rules.letter_days,
            reminder_days=rules.reminder_days,
        )

    @property
    def awaiting_wil_check(self) -> bool:
        """Whether someone was recorded by hand and WIL has not seen their documents (nothing is signed)."""
        return any(m.to_check for m in self.members)


@dataclass
class Visit:
    """One sitting at a terminal: who, where, when."""

    operator: str
    terminal_id: str
    location: str
    started_at: datetime
    ended_at: datetime | None = None
    visit_id: str = field(default_factory=new_id)


# --- household roles and the questions of each (docs/architecture.md section 4) --------------------

APPLICANT_ROLES: frozenset[str] = frozenset({"reference_tenant", "partner"})


def question_scopes(member: Member, rules: Rules) -> tuple[str, ...]:
    """The rules file's scopes whose questions this adult answers, by their household role.

    The reference tenant and the partner must meet the registration conditions ("applicant"); every
    other adult, an adult child too, is a bijwoner ("other_adult"). Rules 2026.1 asked every adult
    the same questions ("every_adult").
    """
    if not rules.per_role:
        return ("every_adult",)
    return ("applicant",) if member.role in APPLICANT_ROLES else ("other_adult",)


def answers_household_questions(member: Member, rules: Rules) -> bool:
    """Whether this adult answers the household's questions: the reference tenant or the partner.

    Under rules 2026.1 any adult did.
    """
    return member.role in APPLICANT_ROLES or not rules.per_role


def household_changes(dossier: Dossier, on: date) -> list[HouseholdChange]:
    """The recorded changes, and those the core sees itself: a listed child now 18, a new member.

    A child the register lists as a minor who is an adult now must confirm too; a member the
    register did not list joined the household (only for a household the register knows).
    """
    changes = list(dossier.changes)
    for member in dossier.members:
        if dossier.departure(member) is not None:
            continue
        if member.role == "child" and member.adult_on(on):
            changes.append(HouseholdChange("turned_adult", member.member_id))
        elif dossier.kind == CONFIRMATION and member.register_ref is None:
            changes.append(HouseholdChange("joined", member.member_id))
    return changes


# --- changing the dossier with the roles checked -------------------------------------------------


def member_from_card(card: CardIdentity, role: MemberRole) -> Member:
    """A member whose identity comes from their eID."""
    return Member(
        surname=card.surname,
        first_names=card.first_names,
        birth_date=card.birth_date,
        role=role,
        national_number=card.national_number,
    )


def add_member_by_hand(
    dossier: Dossier,
    context: OperatorContext,
    *,
    surname: str,
    first_names: str,
    birth_date: PartialDate | None,
    role: MemberRole,
    on: date,
    national_number: str | None = None,
) -> Member:
    """Add a member without an eID: a minor by anyone, an adult only by WIL staff."""
    member = Member(
        surname=surname,
        first_names=first_names,
        birth_date=birth_date,
        role=role,
        national_number=national_number,
        added_by_hand=True,
        adult_override=True if birth_date is None else None,
    )
    if member.adult_on(on):
        context.require(Action.ADD_ADULT_BY_HAND)
    else:
        context.require(Action.ADD_MINOR_BY_HAND)
    dossier.members.append(member)
    return member


class ChangeRefused(ValueError):
    """A household change the core does not accept; `reason` says why, in one word for the screen.

    "reference_tenant": the reference tenant cannot be recorded as gone (WIL changes who it is);
    "not_partner": only the partner separates; "confirmed": this adult confirmed in this dossier;
    "day": the day is missing or in the future; "kind": not a change the operator records.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"household change refused: {reason}")
        self.reason = reason


def record_change(dossier: Dossier, member: Member, kind: str, on: date | None, today: date) -> None:
    """Record that `member` left, separated or died on `on`; it replaces an earlier change of theirs."""
    if kind not in RECORDED_CHANGES:
        raise ChangeRefused("kind")
    if on is None or on > today:
        raise ChangeRefused("day")
    if member.role == "reference_tenant":
        raise ChangeRefused("reference_tenant")
    if kind == "separated" and member.role != "partner":
        raise ChangeRefused("not_partner")
    if member.confirmation is not None:
        raise ChangeRefused("confirmed")
    others = [c for c in dossier.changes if c.member_id != member.member_id]
    dossier.changes = [*others, HouseholdChange(kind, member.member_id, on)]  # type: ignore[arg-type]


def undo_change(dossier: Dossier, member_id: str) -> None:
    """Take back a recorded change of this member (recorded by mistake)."""
    dossier.changes = [c for c in dossier.changes if c.member_id != member_id]


def mark_absent(member: Member, reason: AbsenceReason | None) -> None:
    """Mark a member absent with a reason, or present again with None."""
    member.absence_reason = reason


def set_evidence_state(evidence: Evidence, state: EvidenceState, context: OperatorContext) -> None:
    """Change an evidence item's state; "shown at the counter" is WIL staff's call."""
    if state == "shown_at_counter":
        context.require(Action.SHOWN_AT_COUNTER)
    else:
        context.require(Action.ATTACH_EVIDENCE)
    evidence.state = state


def record_volmacht(
    dossier: Dossier, absent_member: Member, evidence: Evidence, context: OperatorContext
) -> None:
    """Record a signed power of attorney (volmacht) of an absent adult; WIL staff only."""
    context.require(Action.RECORD_VOLMACHT)
    if absent_member.present:
        raise ValueError("a volmacht is for an absent adult")
    evidence.volmacht_for = absent_member.member_id
    evidence.member_id = absent_member.member_id
    if evidence not in dossier.evidence:
        dossier.evidence.append(evidence)


def has_volmacht(dossier: Dossier, member: Member) -> bool:
    """Whether WIL staff recorded a satisfied volmacht of this member."""
    return any(e.volmacht_for == member.member_id and e.satisfied for e in dossier.evidence)


def record_confirmation(
    dossier: Dossier, member: Member, confirmation: Confirmation, context: OperatorContext
) -> None:
    """Store an adult's confirmation after checking who may record it.

    A PIN confirmation by the adult themselves may be recorded by any operator; a staff attestation
    only by WIL staff; a confirmation on behalf of an absent adult needs that adult's volmacht.
    """
    if confirmation.method == "staff_attested":
        context.require(Action.STAFF_ATTESTATION)
        if not confirmation.attestation_reason:
            raise ValueError("a staff attestation needs a reason")
    else:
        context.require(Action.PIN_CONFIRMATION)
    if confirmation.on_behalf_of_absent and not has_volmacht(dossier, member):
        raise PermissionDenied("confirming for an absent adult needs their volmacht, recorded by WIL staff")
    check_not_awaiting_wil(dossier, member, context)
    check_statement_matches(dossier, member, confirmation)
    member.confirmation = confirmation


def check_not_awaiting_wil(dossier: Dossier, member: Member, context: OperatorContext) -> None:
    """Refuse a signature that would rest on names typed by hand that nobody at WIL has checked.

    A volunteer who recorded a household without a readable eID leaves it "to be checked by WIL":
    nothing is signed in it until WIL staff saw the documents. WIL staff may then sign for a member
    they checked, once the household key does not come from an unchecked member.
    """
    if member.to_check:
        raise PermissionDenied("WIL staff check this person's documents before anyone signs for them")
    if dossier.awaiting_wil_check and not allowed(context.roles, Action.CHECK_DOCUMENTS):
        raise PermissionDenied("someone was recorded by hand: WIL staff check the documents first")
    tenant = dossier.reference_tenant
    if dossier.candidate_number is None and tenant is not None and tenant.to_check:
        raise PermissionDenied(
            "the reference tenant's documents are checked first: their number keys the household"
        )


def check_statement_matches(dossier: Dossier, member: Member, confirmation: Confirmation) -> None:
    """Refuse a confirmation whose signed statement is about someone else, or signed by the wrong person.

    The statement names the member confirmed for (`subject_national_number`) and the signer
    (`national_number`): the member themselves; WIL staff (never the member) for an attestation;
    another present member of the household under a volmacht. A mix-up here would put one adult's
    signature on another adult's dossier entry, which the register would refuse much later.
    """
    statement = confirmation.statement
    if member.national_number is None or statement.subject_national_number != member.national_number:
        raise PermissionDenied("the signed statement is not about this member")
    signer = statement.national_number
    if statement.kind == "representation":
        _check_representation(dossier, member, confirmation)
    elif confirmation.method == "staff_attested":
        if signer == member.national_number:
            raise PermissionDenied("staff cannot attest for themselves")
    elif confirmation.on_behalf_of_absent:
        signing = dossier.member_by_national_number(signer)
        if signing is None or signing is member or not signing.present:
            raise PermissionDenied(
                "on behalf of an absent adult means another adult of the household, present"
            )
    elif signer != member.national_number:
        raise PermissionDenied("the adult's own card must sign their confirmation")


def _check_representation(dossier: Dossier, member: Member, confirmation: Confirmation) -> None:
    """An administrator or outside volmacht holder signs only as recorded, with the evidence in."""
    statement, representative = confirmation.statement, member.representative
    if representative is None:
        raise PermissionDenied("a representation needs the representative recorded for this member")
    if (
        statement.capacity != representative.capacity
        or statement.national_number != representative.national_number
    ):
        raise PermissionDenied("the signer is not the representative recorded for this member")
    if dossier.member_by_national_number(representative.national_number) is not None:
        raise PermissionDenied("a member of the household signs for another only under a volmacht")
    if not has_representation_evidence(dossier, member):
        raise PermissionDenied("the court decision or the volmacht must be added or shown first")


def has_representation_evidence(dossier: Dossier, member: Member) -> bool:
    """Whether the evidence that lets the member's representative sign (decision, volmacht) is in."""
    representative = member.representative
    if representative is None:
        return False
    return any(
        e.evidence_type == representative.evidence_type and e.member_id == member.member_id and e.satisfied
        for e in dossier.evidence
    )


# --- the authenticity policy (docs/architecture.md section 3) --------------------------------------


class CardDecision(enum.StrEnum):
    """What the visit may do with a card, given its verdict, the mode and the operator."""

    PROCEED = "proceed"
    IDENTIFY_ONLY = "identify_only"  # expired: identifies with a warning, cannot sign
    NEEDS_VISUAL_CHECK = "needs_visual_check"  # tampered or unverifiable: WIL staff must look
    REFUSED = "refused"


def card_decision(
    authenticity: Authenticity, *, training: bool, visual_check_done: bool = False
) -> CardDecision:
    """Apply the authenticity policy to a card's verdict."""
    if authenticity == Authenticity.GENUINE:
        return CardDecision.PROCEED
    if authenticity == Authenticity.TEST_CARD:
        return CardDecision.PROCEED if training else CardDecision.REFUSED
    if authenticity == Authenticity.EXPIRED:
        return CardDecision.IDENTIFY_ONLY
    return CardDecision.PROCEED if visual_check_done else CardDecision.NEEDS_VISUAL_CHECK


def accept_card(
    card: CardIdentity, context: OperatorContext, *, visual_check_done: bool = False
) -> CardDecision:
    """Check that this operator may go on with this card; raise `PermissionDenied` otherwise.

    Returns PROCEED or IDENTIFY_ONLY. A visual check of a tampered or unverifiable card counts only
    when made by WIL staff.
    """
    context.require(Action.READ_CARD)
    if visual_check_done and card.authenticity in (Authenticity.TAMPERED, Authenticity.UNVERIFIABLE):
        context.require(Action.ACCEPT_AFTER_VISUAL_CHECK)
    decision = card_decision(
        card.authenticity, training=context.training, visual_check_done=visual_check_done
    )
    if decision == CardDecision.REFUSED:
        raise PermissionDenied("a test card is accepted only in training mode")
    if decision == CardDecision.NEEDS_VISUAL_CHECK:
        raise PermissionDenied("this card needs a visual check by WIL staff first")
    return decision


VIRTUAL_READER_PREFIX = "Virtual PCD"


def reader_allowed(reader_name: str, *, training: bool, allow_virtual_readers: bool = False) -> bool:
    """Whether a card in this reader may be used: a virtual card over TCP never passes for a real one.

    Outside training mode readers named "Virtual PCD" (vsmartcard's vpcd) are refused unless the
    terminal's settings explicitly allow them (development and integration tests).
    """
    if reader_name.startswith(VIRTUAL_READER_PREFIX):
        return training or allow_virtual_readers
    return True


def may_sign_with(card: CardIdentity) -> bool:
    """Whether this card may sign a confirmation: not expired, and it has a key."""
    return card.can_sign and card.authenticity != Authenticity.EXPIRED


# --- completeness: one function says what is still missing ---------------------------------------

MissingKind = Literal[
    "no_adult", "confirmation", "absent_adult", "declarations", "evidence", "register_check"
]


@dataclass(frozen=True)
class Missing:
    """One thing that keeps a dossier incomplete, without personal data (ids and types only).

    `register_check`: the register could not be asked about this household (an offline visit), so
    nobody can say yet which adults it expects; the receipt is provisional for that reason.
    """

    kind: MissingKind
    member_id: str | None = None
    evidence_type: str | None = None


def missing_items(dossier: Dossier, rules: Rules, on: date) -> list[Missing]:
    """Everything still missing for the dossier to be complete, in a stable order.

    Every adult counts, also one the register knows who did not come: an adult owes a confirmation
    until they confirmed here or the register already holds theirs.
    """
    if dossier.withdrawal is not None:
        return _missing_for_withdrawal(dossier, dossier.withdrawal)
    adults = dossier.adults(on)
    missing: list[Missing] = [] if adults else [Missing("no_adult")]
    for adult in adults:
        missing.extend(_missing_for_adult(dossier, adult, rules))
    missing.extend(_missing_household_declarations(dossier, rules, on))
    for evidence_type, member_id in required_evidence(dossier, rules, on):
        if not _evidence_satisfied(dossier, evidence_type, member_id):
            missing.append(Missing("evidence", member_id=member_id, evidence_type=evidence_type))
    if not dossier.register_checked:
        missing.append(Missing("register_check"))
    return missing


def _missing_for_withdrawal(dossier: Dossier, withdrawal: Withdrawal) -> list[Missing]:
    # A household that withdraws owes nothing more than the reference tenant's signed "no".
    tenant = dossier.member(withdrawal.member_id)
    return [] if tenant.confirmation is not None else [Missing("confirmation", member_id=tenant.member_id)]


def _missing_for_adult(dossier: Dossier, adult: Member, rules: Rules) -> list[Missing]:
    if adult.confirmation is None:
        if adult.confirmed_at_register:
            return []
        kind: MissingKind = "confirmation" if adult.present else "absent_adult"
        return [Missing(kind, member_id=adult.member_id)]
    covered = (adult.confirmation.on_behalf_of_absent and has_volmacht(dossier, adult)) or (
        adult.confirmation.statement.kind == "representation"
    )
    if not adult.present and not covered:
        return [Missing("absent_adult", member_id=adult.member_id)]
    answers = adult.confirmation.declarations
    if any(rules.unanswered(answers, scope) for scope in question_scopes(adult, rules)):
        return [Missing("declarations", member_id=adult.member_id)]
    return []


def household_answers(dossier: Dossier, on: date, rules: Rules | None = None) -> Mapping[str, object]:
    """The household-level answers: the reference tenant's, else the partner's.

    Under rules 2026.1 (or without rules) the first confirmed adult's after the reference tenant.
    """
    confirmed = [m for m in _household_answerers(dossier, on, rules) if m.confirmation is not None]
    confirmed.sort(key=lambda m: m.role != "reference_tenant")
    return confirmed[0].confirmation.declarations if confirmed and confirmed[0].confirmation else {}


def _household_answerers(dossier: Dossier, on: date, rules: Rules | None) -> list[Member]:
    adults = dossier.adults(on)
    if rules is None:
        return adults
    return [m for m in adults if answers_household_questions(m, rules)]


def _missing_household_declarations(dossier: Dossier, rules: Rules, on: date) -> list[Missing]:
    if not any(m.confirmation for m in _household_answerers(dossier, on, rules)):
        return []  # whoever answers them still owes their confirmation, which says so already
    if rules.unanswered(household_answers(dossier, on, rules), "household"):
        return [Missing("declarations")]
    return []


def required_evidence(dossier: Dossier, rules: Rules, on: date) -> list[tuple[str, str | None]]:
    """(evidence type, member id or None for the household) pairs the answers require."""
    if dossier.withdrawal is not None:
        return []
    required: list[tuple[str, str | None]] = [
        (e, None) for e in rules.required_evidence(household_answers(dossier, on, rules), "household")
    ]
    for adult in dossier.adults(on):
        if adult.confirmation is not None:
            answers = adult.confirmation.declarations
            for scope in question_scopes(adult, rules):
                required.extend((e, adult.member_id) for e in rules.required_evidence(answers, scope))
    required.extend(change_evidence(dossier, rules))
    required.extend(route_evidence(dossier))
    return required


def route_evidence(dossier: Dossier) -> list[tuple[str, str]]:
    """Evidence the routes require whatever the answers: a minor's route, a representative's authority."""
    required = [(MINOR_ROUTE_EVIDENCE, m.member_id) for m in dossier.members if m.minor_route is not None]
    required += [
        (m.representative.evidence_type, m.member_id) for m in dossier.members if m.representative is not None
    ]
    return required


def change_evidence(dossier: Dossier, rules: Rules) -> list[tuple[str, str | None]]:
    """(evidence type, member id) the recorded changes ask for: separation papers, a death certificate.

    Only evidence types the dossier's rules file knows (rules 2026.1 has no death certificate).
    """
    return [
        (CHANGE_EVIDENCE[c.kind], c.member_id)
        for c in dossier.changes
        if c.kind in CHANGE_EVIDENCE and CHANGE_EVIDENCE[c.kind] in rules.evidence_types
    ]


# Outcomes that leave something for WIL to check; the papers say so (the kiosk judges nothing).
WIL_CHECKS: tuple[str, ...] = ("not_registered", "income_above_limit", "owns_property", "asset_test")


def wil_checks(dossier: Dossier, rules: Rules, on: date) -> list[tuple[str, str]]:
    """(outcome, member id) of every signed answer that leaves WIL something to check, in rules order.

    E.g. savings or investments (the asset test, whose threshold WIL checks), an income above the
    limit, a dwelling owned without an exception, or not being in a population register.
    """
    found: list[tuple[str, str]] = []
    for adult in dossier.adults(on):
        answers = adult.confirmation.declarations if adult.confirmation is not None else {}
        for declaration in rules.declarations:
            answer = answers.get(declaration.id)
            outcome = declaration.outcome_for(answer) if isinstance(answer, bool) else None
            if outcome in WIL_CHECKS:
                found.append((str(outcome), adult.member_id))
    return found


def _evidence_satisfied(dossier: Dossier, evidence_type: str, member_id: str | None) -> bool:
    return any(
        e.evidence_type == evidence_type and e.satisfied and (member_id is None or e.member_id == member_id)
        for e in dossier.evidence
    )


def is_complete(dossier: Dossier, rules: Rules, on: date) -> bool:
    """Every present adult confirmed, absent adults covered by a volmacht, required evidence in."""
    return not missing_items(dossier, rules, on)


def is_definitive(dossier: Dossier, rules: Rules, on: date) -> bool:
    """Complete and numbered by the register: only the register's dossier number makes it final."""
    return dossier.dossier_number is not None and is_complete(dossier, rules, on)


class DossierStatus(enum.StrEnum):
    """Where a dossier stands, as the screens and the receipt show it."""

    DRAFT = "draft"
    INCOMPLETE = "incomplete"
    COMPLETE = "complete"  # locally complete, waiting for the register's dossier number
    DEFINITIVE = "definitive"
    WITHDRAWN = "withdrawn"  # the reference tenant signed that the household stops its registration


def dossier_status(dossier: Dossier, rules: Rules, on: date) -> DossierStatus:
    """The dossier's status on `on`."""
    if dossier.withdrawal is not None and is_complete(dossier, rules, on):
        return DossierStatus.WITHDRAWN
    if dossier.dossier_number is not None:
        return DossierStatus.DEFINITIVE
    if not any(m.confirmation for m in dossier.members):
        return DossierStatus.DRAFT
    return DossierStatus.COMPLETE if is_complete(dossier, rules, on) else DossierStatus.INCOMPLETE


class MemberStatus(enum.StrEnum):
    """Where one member stands, as screens and papers show it (one rule for all of them)."""

    MINOR = "minor"
    TO_CONFIRM = "to_confirm"
    CONFIRMED = "confirmed"  # with their own card and PIN, in this dossier
    ATTESTED = "attested"  # WIL staff signed with their own card
    CONFIRMED_BY_VOLMACHT = "confirmed_by_volmacht"  # absent; another adult signed under the volmacht
    CONFIRMED_EARLIER = "confirmed_earlier"  # the register held their confirmation before this visit
    CONFIRMED_BY_REPRESENTATIVE = "confirmed_by_representative"  # an administrator or volmacht holder signed
    ABSENT = "absent"  # absent with a reason; nobody confirmed for them
    ABSENT_COVERED = "absent_covered"  # absent, volmacht received: a present adult can sign for them
    TO_CHECK = "to_check"  # recorded by hand without a readable eID: WIL checks the documents first
    LEFT = "left"  # moved out or separated since the last round: owes nothing
    DECEASED = "deceased"  # died since the last round: owes nothing
    WITHDRAWN = "withdrawn"  # the household withdrew: this adult owes nothing


def member_status(dossier: Dossier, member: Member, on: date) -> MemberStatus:
    """The status of `member` on day `on`."""
    departure = dossier.departure(member)
    if departure is not None:
        return MemberStatus.DECEASED if departure.kind == "deceased" else MemberStatus.LEFT
    if not member.adult_on(on):
        return MemberStatus.MINOR
    confirmation = member.confirmation
    if confirmation is not None:
        if confirmation.statement.kind == "representation":
            return MemberStatus.CONFIRMED_BY_REPRESENTATIVE
        if confirmation.on_behalf_of_absent:
            return MemberStatus.CONFIRMED_BY_VOLMACHT
        if confirmation.method == "staff_attested":
            return MemberStatus.ATTESTED
        return MemberStatus.CONFIRMED
    if member.confirmed_at_register:
        return MemberStatus.CONFIRMED_EARLIER
    if dossier.withdrawal is not None and dossier.withdrawal.member_id != member.member_id:
        return MemberStatus.WITHDRAWN  # the reference tenant still signs the withdrawal
    if member.to_check:
        return MemberStatus.TO_CHECK
    if not member.present:
        return MemberStatus.ABSENT_COVERED if has_volmacht(dossier, member) else MemberStatus.ABSENT
    return MemberStatus.TO_CONFIRM


DONE_STATUSES = frozenset(
    {
        MemberStatus.CONFIRMED,
        MemberStatus.ATTESTED,
        MemberStatus.CONFIRMED_BY_VOLMACHT,
        MemberStatus.CONFIRMED_EARLIER,
        MemberStatus.CONFIRMED_BY_REPRESENTATIVE,
    }
)


def adults_progress(dossier: Dossier, on: date) -> tuple[int, int]:
    """(adults done, adults in total): an absent adult is done only once someone confirmed for them.

    Adults who left or died are not counted; in a withdrawal, nobody but the reference tenant owes.
    """
    statuses = [member_status(dossier, m, on) for m in dossier.adults(on)]
    done = DONE_STATUSES | {MemberStatus.WITHDRAWN}
    return sum(1 for s in statuses if s in done), len(statuses)
