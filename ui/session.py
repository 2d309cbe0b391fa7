"""The visit as the screens see it: who is signed in, the household, and where we are.

Role checks use the core's roles table (`kiosk.domain`), so the UI offers and allows exactly what
the core allows. The personal data of the household lives here, in memory only, next to the core's
pure visit state; `wipe` drops it.
"""

from __future__ import annotations

import enum
import itertools
from dataclasses import dataclass, field
from datetime import date, datetime

from kiosk.domain import Action, Confirmation, Role, allowed, is_adult, new_id, require
from kiosk.errors import PermissionDenied
from kiosk.ports import AbsenceReason, CardIdentity, EvidenceState, HouseholdLookup, MemberRole, PartialDate

VOLMACHT = "volmacht"  # the rules file's evidence type of a signed power of attorney


@dataclass(frozen=True)
class Operator:
    """A signed-in operator: a name (not personal data of a candidate) and roles."""

    name: str
    roles: frozenset[Role]

    def may(self, action: Action) -> bool:
        """Whether this operator's roles allow `action` (the core's roles table)."""
        return allowed(self.roles, action)

    def require(self, action: Action) -> None:
        """Raise the core's `PermissionDenied` unless allowed."""
        require(self.roles, action)


class MemberState(enum.StrEnum):
    """Where one household member stands in this visit."""

    TO_DO = "to_do"
    CONFIRMED_PIN = "confirmed_pin"
    ATTESTED = "attested"
    ABSENT = "absent"
    MINOR = "minor"
    CONFIRMED_BY_VOLMACHT = "confirmed_by_volmacht"  # absent; another adult signed under the volmacht


@dataclass
class Member:
    """One household member in memory; personal fields are dropped by `VisitSession.wipe`."""

    member_id: str
    surname: str
    first_names: str
    birth_date: PartialDate | None
    role: MemberRole
    adult: bool
    national_number: str | None = None
    added_by_hand: bool = False
    state: MemberState = MemberState.TO_DO
    absence_reason: AbsenceReason | None = None
    answers: dict[str, bool] = field(default_factory=dict)
    confirmation: Confirmation | None = None  # the signed statement, once confirmed
    # Loaded from a saved draft: the core checked these when they were first recorded, so saving the
    # resumed visit keeps them as they are (another operator may resume; see ui/visit_end.py).
    stored: bool = field(default=False, repr=False)
    stored_confirmation: Confirmation | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        return f"Member({self.member_id!r}, state={self.state})"


@dataclass
class EvidenceFile:
    """One attached page or file, in memory until the visit is sealed."""

    sha256: str
    mime_type: str
    data: bytes
    file_id: str | None = None  # already encrypted in the store (a resumed draft's file)

    def __repr__(self) -> str:
        return f"EvidenceFile({self.mime_type}, {len(self.data)} bytes)"


@dataclass
class EvidenceItem:
    """One required evidence document for the household or one adult."""

    evidence_type: str
    member_id: str | None
    state: EvidenceState | None = None  # None: not handled yet
    files: list[EvidenceFile] = field(default_factory=list)
    stored_state: EvidenceState | None = None  # the state a resumed draft was saved with
    volmacht_for: str | None = None  # the absent adult whose signed power of attorney this is


@dataclass
class VisitSession:
    """The running visit, in memory (see the module docstring: interim until `kiosk.visit`)."""

    operator: Operator | None = None
    privacy_acknowledged: bool = False
    members: list[Member] = field(default_factory=list)
    current_member_id: str | None = None
    identity: CardIdentity | None = None  # the card in the reader now; never stored
    photo: bytes | None = None  # shown while the card is in, never stored
    visual_check_done: bool = False  # WIL staff looked at the card now in the reader (doubtful verdict)
    candidate_language: str = "nl"
    household_answers: dict[str, bool] = field(default_factory=dict)
    lookup: HouseholdLookup | None = None  # the register's answer about this household
    lookup_state: str = ""  # "", "pending", "found", "unknown" or "offline"
    visit_id: str = ""
    dossier_id: str = ""
    started_at: datetime | None = None
    evidence: dict[tuple[str, str | None], EvidenceItem] = field(default_factory=dict)
    on_behalf_of: str | None = None  # the absent adult another adult now confirms for (volmacht)
    on_behalf_signer: str | None = None  # the present adult whose card signs for them
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def running(self) -> bool:
        """Whether a visit is in progress."""
        return self.privacy_acknowledged

    def start(self, now: datetime | None = None) -> None:
        """Begin a visit (the privacy notice was acknowledged)."""
        self.wipe()
        self.privacy_acknowledged = True
        self.visit_id, self.dossier_id, self.started_at = new_id(), new_id(), now

    def resume(
        self,
        dossier_id: str,
        members: list[Member],
        household_answers: dict[str, bool],
        evidence: dict[tuple[str, str | None], EvidenceItem],
        lookup: HouseholdLookup | None,
    ) -> None:
        """Carry on with a saved draft: its household replaces the (empty) one of this visit.

        The visit itself is new (`start` gave it a new visit id); the dossier id is the draft's, so
        saving updates the same dossier. New members get ids after the draft's.
        """
        self.dossier_id = dossier_id
        self.members = members
        self.household_answers = household_answers
        self.evidence = evidence
        self.lookup = lookup
        self.lookup_state = "found" if lookup is not None else "unknown"
        numbers = [int(m.member_id[1:]) for m in members if m.member_id[1:].isdigit()]
        self._ids = itertools.count(max(numbers, default=0) + 1)

    def card_inserted(self, identity: CardIdentity, photo: bytes | None, today: date) -> Member:
        """A card was read: resume at its member, or add the holder (first card = reference tenant)."""
        self.identity, self.photo = identity, photo
        self.visual_check_done = False  # a check is of one card, while it stays in the reader
        for member in self.members:
            if member.national_number == identity.national_number:
                self.current_member_id = member.member_id
                return member
        role = self._role_for(identity.first_names)
        member = Member(
            member_id=self._new_id(),
            surname=identity.surname,
            first_names=identity.first_names,
            birth_date=identity.birth_date,
            role=role,
            adult=is_adult(identity.birth_date, today),
            national_number=identity.national_number,
        )
        self.members.append(member)
        self.current_member_id = member.member_id
        return member

    def _role_for(self, first_names: str) -> MemberRole:
        # The register knows the roles of a known household; a new registration starts with the
        # first card as reference tenant and the next adults as partner.
        known = self._known_role(first_names)
        if known is not None:
            return known
        return "reference_tenant" if not self.members else "partner"

    def _known_role(self, first_names: str) -> MemberRole | None:
        if self.lookup is None or not first_names:
            return None
        for member in self.lookup.members:
            if member.first_name and first_names.split()[0] == member.first_name.split()[0]:
                return member.role  # type: ignore[return-value]
        return None

    def staff_card_inserted(self, identity: CardIdentity, photo: bytes | None) -> None:
        """WIL staff's own card, to sign an attestation: not a member, and never visually checked."""
        self.identity, self.photo = identity, photo
        self.visual_check_done = False

    def record_visual_check(self) -> None:
        """WIL staff looked at the doubtful card in the reader and accept it (WIL staff only).

        The core's `confirm_with_eid` checks the role again when the card signs.
        """
        self._require(Action.ACCEPT_AFTER_VISUAL_CHECK)
        if self.identity is None:
            raise PermissionDenied("no card in the reader to check")
        self.visual_check_done = True

    def apply_lookup(self, lookup: HouseholdLookup | None) -> None:
        """The register's answer: roles of known members follow it."""
        self.lookup = lookup
        self.lookup_state = "unknown" if lookup is None else "found"
        if lookup is None:
            return
        for member in self.members:
            known = self._known_role(member.first_names)
            if known is not None and not member.added_by_hand:
                member.role = known

    def household_key(self) -> str:
        """The register's candidate number when known, else the reference tenant's national number."""
        if self.lookup is not None:
            return self.lookup.candidate_number
        tenant = next((m for m in self.members if m.role == "reference_tenant"), None)
        return (tenant.national_number or "") if tenant else ""

    def card_removed(self) -> None:
        """The card left the reader: forget what it showed (the household stays, off screen)."""
        self.identity, self.photo = None, None
        self.visual_check_done = False
        self.end_on_behalf()

    def current_member(self) -> Member | None:
        """The member whose card is (or was last) in the reader."""
        return next((m for m in self.members if m.member_id == self.current_member_id), None)

    def add_minor(self, first_names: str, surname: str, birth: PartialDate, today: date) -> Member:
        """Add a child by hand (anyone may); refuses an adult's birth date."""
        if is_adult(birth, today):
            raise ValueError("this birth date is of an adult")
        member = Member(
            self._new_id(),
            surname,
            first_names,
            birth,
            "child",
            adult=False,
            added_by_hand=True,
            state=MemberState.MINOR,
        )
        self.members.append(member)
        return member

    def add_adult_by_hand(
        self, first_names: str, surname: str, birth: PartialDate, national_number: str | None = None
    ) -> Member:
        """Add an adult without a readable eID: WIL staff only (with the national number WIL staff typed)."""
        self._require(Action.ADD_ADULT_BY_HAND)
        member = Member(
            self._new_id(),
            surname,
            first_names,
            birth,
            "other",
            adult=True,
            national_number=national_number,
            added_by_hand=True,
        )
        self.members.append(member)
        return member

    def mark_absent(self, member_id: str, reason: AbsenceReason) -> None:
        """An adult who cannot come (hospital, care home, abroad, prison, other)."""
        member = self._member(member_id)
        member.state, member.absence_reason = MemberState.ABSENT, reason

    def mark_attested(self, member_id: str) -> None:
        """Record that WIL staff attested this adult (the staff member's card signed)."""
        self._require(Action.STAFF_ATTESTATION)
        self._member(member_id).state = MemberState.ATTESTED

    def mark_confirmed(self, member_id: str) -> None:
        """Record that this adult confirmed with their own card and PIN."""
        self._member(member_id).state = MemberState.CONFIRMED_PIN

    def adults(self) -> list[Member]:
        """The adults of the household."""
        return [m for m in self.members if m.adult]

    def progress(self) -> tuple[int, int]:
        """(adults done, adults in total): no personal data, safe for the awaiting-card screen."""
        adults = self.adults()
        done = sum(
            m.state
            in {
                MemberState.CONFIRMED_PIN,
                MemberState.ATTESTED,
                MemberState.ABSENT,
                MemberState.CONFIRMED_BY_VOLMACHT,
            }
            for m in adults
        )
        return done, len(adults)

    def wipe(self) -> None:
        """Forget everything about the candidate (end of visit, idle wipe)."""
        self.privacy_acknowledged = False
        self.members.clear()
        self.current_member_id = None
        self.identity, self.photo = None, None
        self.visual_check_done = False
        self.candidate_language = "nl"
        self.household_answers.clear()
        self.evidence.clear()
        self.lookup = None
        self.lookup_state = ""
        self.on_behalf_of = self.on_behalf_signer = None
        self.visit_id = self.dossier_id = ""
        self.started_at = None

    # -- staff routes: the volmacht of an absent adult (issue 6) ---------------------------------
    def record_volmacht(
        self, member_id: str, state: EvidenceState, files: list[EvidenceFile]
    ) -> EvidenceItem:
        """WIL staff received the signed volmacht of an absent adult: a scan, or shown at the counter.

        The core's `record_volmacht` checks the role again when the visit is saved (`ui.visit_end`).
        """
        self._require(Action.RECORD_VOLMACHT)
        if state == "shown_at_counter":
            self._require(Action.SHOWN_AT_COUNTER)
        elif state != "attached" or not files:
            raise ValueError("a volmacht is attached as a file or shown at the counter")
        member = self._member(member_id)
        if not member.adult or member.state not in {MemberState.ABSENT}:
            raise ValueError("a volmacht is for an absent adult")
        item = EvidenceItem(VOLMACHT, member_id, state, list(files), volmacht_for=member_id)
        self.evidence[(VOLMACHT, member_id)] = item
        return item

    def has_volmacht(self, member_id: str) -> bool:
        """Whether WIL staff recorded this member's volmacht in this visit."""
        item = self.evidence.get((VOLMACHT, member_id))
        return item is not None and item.volmacht_for == member_id and item.state is not None

    def covered_absent(self) -> list[Member]:
        """Absent adults with a volmacht whom nobody has confirmed for yet."""
        return [
            m
            for m in self.members
            if m.adult
            and m.state is MemberState.ABSENT
            and m.confirmation is None
            and self.has_volmacht(m.member_id)
        ]

    def start_on_behalf(self, absent_id: str) -> Member:
        """The adult whose card is in the reader answers and signs for an absent adult with a volmacht.

        The questions and the signature are then the absent adult's (`current_member`); the card
        stays the signer's. The core's `confirm_with_eid` checks all of it again before the PIN.
        """
        signer = self.current_member()
        if self.identity is None or signer is None or signer.national_number != self.identity.national_number:
            raise PermissionDenied("the adult who signs must have their own card in the reader")
        if not signer.adult or signer.state is MemberState.ABSENT:
            raise PermissionDenied(
                "on behalf of an absent adult means another adult of the household, present"
            )
        absent = self._member(absent_id)
        if absent not in self.covered_absent():
            raise PermissionDenied(
                "confirming for an absent adult needs their volmacht, recorded by WIL staff"
            )
        self.on_behalf_of, self.on_behalf_signer = absent_id, signer.member_id
        self.current_member_id = absent_id
        return absent

    def end_on_behalf(self) -> None:
        """Back to the adult whose card is in the reader."""
        if self.on_behalf_signer is not None:
            self.current_member_id = self.on_behalf_signer
        self.on_behalf_of = self.on_behalf_signer = None

    def _require(self, action: Action) -> None:
        if self.operator is None:
            raise PermissionDenied("nobody is signed in")
        self.operator.require(action)

    def _member(self, member_id: str) -> Member:
        return next(m for m in self.members if m.member_id == member_id)

    def _new_id(self) -> str:
        return f"m{next(self._ids)}"
