"""The visit: one Qt-free service that owns a visit from the privacy notice to the receipt.

A `Visit` holds the step on show, the `domain.Dossier` being built (members, confirmations,
evidence), the register's household once it answered, the card in the reader with the
authenticity policy's decision, the answers being given, and the candidate's presentation
(language, font size, contrast). The UI feeds it events (a card read, a button pressed) on one
thread and shows the screen of `visit.step`; every rule is applied here or in `kiosk.domain`, so
screens, receipts, reprints and papers agree. Blocking work (saving, the register, signing) runs
elsewhere on a copy (`kiosk.visit_store`, `signing_job`).

Steps::

    PRIVACY_NOTICE ─acknowledge→ INSERT_CARD ─card_read→ IDENTITY ─identity_confirmed→ QUESTIONS
    QUESTIONS ─questions_done→ EVIDENCE ─evidence_done→ CONFIRM ─signed→ HOUSEHOLD ─go_to_review→ REVIEW
    (QUESTIONS ─questions_done→ CONFIRM when the answers want no evidence)
    REVIEW ─finished→ RECEIPT ─end→ ENDED
    a step showing personal data ─card_removed→ AWAITING_CARD ─card_read→ PRIVACY_NOTICE (a new adult)
                                                                          or IDENTITY / where it was

Questions follow the adult's household role (`domain.question_scopes`): the reference tenant and the
partner answer the registration conditions, every other adult only that they still belong to the
household. In a new registration the operator chooses each role (`set_role`); questions wait for it.
An answer may carry an outcome (`kiosk.rules.Outcome`), shown before the next question: the
reference tenant's "no" to staying registered asks a second, explicit confirmation
(`confirm_outcome`) before the household withdraws; anyone else's "no" to belonging means they leave
the household (a household change). Household changes (left, separated, died) are recorded on the
household screen (`record_change`).

A refused event raises `InvalidTransition` (a stray click, a late callback) or `PermissionDenied`
(the operator's roles); refusals a person should read are `KioskUserError`s.
"""

from __future__ import annotations

import copy
import enum
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from kiosk import domain
from kiosk.domain import (
    MINOR_ROUTE_EVIDENCE,
    REPRESENTATION_EVIDENCE,
    Action,
    CardDecision,
    Confirmation,
    Dossier,
    Evidence,
    EvidenceFile,
    Member,
    MemberStatus,
    OperatorContext,
    Representative,
    Withdrawal,
    card_decision,
    member_status,
)
from kiosk.errors import KioskError, KioskUserError, PermissionDenied
from kiosk.evidence_files import sniff_mime_type
from kiosk.ports import (
    AbsenceReason,
    CardIdentity,
    Clock,
    EvidenceState,
    HouseholdLookup,
    MemberRole,
    MinorRoute,
    NoCardReason,
    PartialDate,
    RepresentativeCapacity,
    Signer,
)
from kiosk.register_household import apply_lookup, fill_from_card, matches_listed_member, member_for_card
from kiosk.registration import Contact, Preferences, PriorityFacts

if TYPE_CHECKING:  # the rules file's loader stays out of the first screen's imports
    from kiosk.rules import Declaration, Outcome, Rules

LANGUAGES = ("nl", "fr", "en", "tr", "ar")
VOLMACHT = "volmacht"  # the rules file's evidence type of a signed power of attorney
ATTESTATION_REASON = "no PIN"  # why WIL staff attest instead of the adult's own PIN (recorded)


class InvalidTransition(KioskError):
    """The event makes no sense in the current step (a stray click, a late callback)."""


class LookupPending(KioskUserError):
    """The register's answer about the household is still on its way: signing waits for it.

    The statement carries the household key, which that answer decides.
    """


class OfflineTooLong(KioskUserError):
    """No successful sync for longer than the offline lease allows: no new visits until one succeeds."""


class AlreadyInHousehold(ValueError):
    """The person is a member of the household already."""


class WrongNationalNumber(ValueError):
    """A typed national number is not the one the register lists for that adult."""


class RoleRefused(KioskUserError):
    """A role the core does not accept for this member; `reason` says why, in one word for the screen.

    "from_register": the register decides the roles of a household it knows; "taken": the household has
    its reference tenant or partner already; "minor": a minor is a child; "adult": an adult is not a
    child; "confirmed": this adult confirmed already under their role's questions.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"role refused: {reason}")
        self.reason = reason


class RoleNotChosen(KioskUserError):
    """In a new registration the operator chooses the adult's role before their questions."""


# Outcomes that ask a second, explicit "yes" before they take effect.
CONFIRMED_OUTCOMES = frozenset({"withdrawal", "leaves_household"})


@dataclass(frozen=True)
class ShownOutcome:
    """What the last answer means, on show before the next question (`kiosk.rules.Outcome`)."""

    kind: Outcome
    declaration_id: str

    @property
    def needs_confirmation(self) -> bool:
        """A withdrawal or leaving the household asks a second "yes" before it takes effect."""
        return self.kind in CONFIRMED_OUTCOMES


class EvidenceRefused(KioskUserError):
    """A file the rules do not accept, or one page too many."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"evidence refused: {reason}")
        self.reason = reason  # "type", "size" or "too_many_pages"


class Step(enum.StrEnum):
    """The screens of a visit."""

    PRIVACY_NOTICE = "privacy"
    INSERT_CARD = "insert_card"
    IDENTITY = "identity"
    HOUSEHOLD = "household"
    QUESTIONS = "questions"
    EVIDENCE = "evidence"
    CONFIRM = "confirm"
    REVIEW = "review"
    RECEIPT = "receipt"
    AWAITING_CARD = "awaiting_card"
    ENDED = "ended"


# Steps whose screens show a candidate's personal data: never without their card in the reader.
PERSONAL_STEPS = frozenset(
    {Step.IDENTITY, Step.HOUSEHOLD, Step.QUESTIONS, Step.EVIDENCE, Step.CONFIRM, Step.REVIEW}
)


class LookupState(enum.StrEnum):
    """Where the register's answer about this household stands."""

    NOT_ASKED = "not_asked"
    PENDING = "pending"
    FOUND = "found"
    NOT_FOUND = "not_found"  # a new registration
    OFFLINE = "offline"  # the register could not be reached: the household could not be checked


@dataclass(frozen=True)
class Presentation:
    """How the candidate sees the screens; reset for every visit."""

    language: str = "nl"
    font_step: int = 0
    high_contrast: bool = False


@dataclass
class CardInReader:
    """The card now in the reader and what the authenticity policy allows with it (memory only)."""

    identity: CardIdentity
    decision: CardDecision
    visual_check_done: bool = False
    staff_card: bool = False  # WIL staff's own card, inserted to sign an attestation
    representative_card: bool = False  # an administrator's or outside volmacht holder's own card


@dataclass
class Sitting:
    """What the adult now at the kiosk is doing: answers being given, the way back through them."""

    member_id: str
    answers_household: bool  # the first of reference tenant and partner answers the household's too
    history: list[tuple[str, str]] = field(default_factory=list)  # (scope, declaration id) answered
    on_behalf_signer: str | None = None  # the present adult signing for this absent one (volmacht)
    by_representative: bool = False  # the member's administrator or volmacht holder answers and signs
    outcome: ShownOutcome | None = None  # what the last answer means, on show


@dataclass(frozen=True)
class SaveRequest:
    """A copy of everything a save needs, taken on the visit's thread (`kiosk.visit_store`)."""

    dossier: Dossier
    new_files: dict[str, bytes]
    visit: domain.Visit
    final: bool  # the review's "done" (True) or a draft kept when the visit stops (False)

    def __repr__(self) -> str:
        return f"SaveRequest({self.dossier!r}, files={len(self.new_files)}, final={self.final})"


class Visit:
    """One candidate household's visit (see the module docstring)."""

    def __init__(
        self,
        context: OperatorContext,
        rules: Rules,
        clock: Clock,
        *,
        card_in_reader: bool,
        dossier: Dossier | None = None,
        files: dict[str, bytes] | None = None,
        without_card: bool = False,
    ) -> None:
        context.require(Action.RUN_VISIT)
        self.context, self.rules, self.clock = context, rules, clock
        self.resumed = dossier is not None
        self.dossier = dossier or Dossier(
            kind="registration", practice=context.training, rules_version=rules.version
        )
        if not self.dossier.rules_version:
            self.dossier.rules_version = rules.version
        self.meta = domain.Visit(context.operator, context.terminal_id, context.location, clock.now())
        self.step = Step.PRIVACY_NOTICE
        self.resume_step: Step | None = None
        self.presentation = Presentation()
        self.lookup_state = LookupState.NOT_ASKED
        self.card: CardInReader | None = None
        self.card_present = card_in_reader
        # A card already in the reader when the visit started was not inserted for this visit (the
        # previous candidate's, perhaps): it is never read into this one; it must come out first.
        self.stale_card = card_in_reader
        self.pending_card: CardIdentity | None = None  # read, waiting for its holder's privacy notice
        self.current: Sitting | None = None
        self.attesting_for: str | None = None  # the member WIL staff attest for with their own card
        self.household_answers = _household_scope(
            domain.household_answers(self.dossier, self.today, rules), rules
        )
        self.answers: dict[str, dict[str, bool]] = {}
        self.files: dict[str, bytes] = dict(files or {})
        self.stored_files: set[str] = set(files or {})
        self.notice_seen: set[str] = set()  # national numbers of adults who saw the privacy notice
        self._notice_for_next_card = False
        self._removed_card: str | None = None  # the card that left, so the same card resumes there
        self.saved: object | None = None  # kiosk.visit_store.VisitSaved once the review's save is done
        self.dossier_number: str | None = self.dossier.dossier_number
        self.signed_notice = False  # "signed" is said once on the household screen
        # Nobody has a readable Belgian eID: the household is recorded by hand, "to be checked by WIL". A
        # resumed draft with someone recorded that way goes on without waiting for a card too.
        self.without_card = without_card or any(m.no_card is not None for m in self.dossier.members)
        self.representing: str | None = None  # the member whose representative's card is awaited

    # -- starting ------------------------------------------------------------------------------
    @classmethod
    def start(
        cls,
        context: OperatorContext,
        rules: Rules,
        clock: Clock,
        *,
        card_in_reader: bool,
        lease_refused: bool,
        draft: Dossier | None = None,
        files: dict[str, bytes] | None = None,
        without_card: bool = False,
    ) -> Visit:
        """A new visit (or a saved draft resumed); refused when the offline lease has run out.

        `without_card`: nobody has a readable Belgian eID; after the privacy notice the household is
        recorded by hand (`record_without_card`).
        `rules` are those in force for a new visit; for a draft, those of its `rules_version`
        (`kiosk.visit_store.open_draft` finds them), so it completes under the rules it began with.
        """
        if lease_refused:
            raise OfflineTooLong("no successful sync for too long: connect the kiosk and sync first")
        if without_card:
            context.require(Action.RECORD_WITHOUT_CARD)
        return cls(
            context,
            rules,
            clock,
            card_in_reader=card_in_reader,
            dossier=draft,
            files=files,
            without_card=without_card,
        )

    @property
    def today(self) -> date:
        """The visit's calendar day (adults and deadlines count local days)."""
        return self.clock.today()

    @property
    def running(self) -> bool:
        """Whether the visit has not ended."""
        return self.step is not Step.ENDED

    @property
    def language(self) -> str:
        """The candidate's language, for the screens and the papers' summary."""
        return self.presentation.language

    def _expect(self, *steps: Step) -> None:
        self.signed_notice = False  # "signed" is said until the next thing the person does
        if self.step not in steps:
            raise InvalidTransition(f"not possible in step {self.step.value}")

    def _go(self, step: Step) -> None:
        self.step = step

    # -- presentation --------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """The candidate picked a language; the step stays."""
        if language not in LANGUAGES:
            raise InvalidTransition("unsupported language")
        self.presentation = replace(self.presentation, language=language)

    def set_font_step(self, step: int) -> None:
        """The candidate chose a font size."""
        self.presentation = replace(self.presentation, font_step=step)

    def set_high_contrast(self, on: bool) -> None:
        """The candidate switched high contrast on or off."""
        self.presentation = replace(self.presentation, high_contrast=on)

    # -- the privacy notice ----------------------------------------------------------------------
    @property
    def notice_for_a_later_adult(self) -> bool:
        """Whether the notice is shown to an adult joining after the first (their card is in)."""
        return self.pending_card is not None

    def acknowledge_privacy(self) -> None:
        """The person in front of the kiosk saw what is read from the eID and why."""
        self._expect(Step.PRIVACY_NOTICE)
        if self.pending_card is not None:
            self.notice_seen.add(self.pending_card.national_number)
            self._adopt_card(self.pending_card)
            self.pending_card = None
            return
        self._notice_for_next_card = True
        if self.without_card and not self.card_present:
            self._go(Step.HOUSEHOLD)
        elif self.resumed and self.dossier.members and not self.card_present:
            self.resume_step = Step.HOUSEHOLD
            self._go(Step.AWAITING_CARD)
        else:
            self._go(Step.INSERT_CARD)

    def decline_privacy(self) -> None:
        """'Back' on the notice: a later adult's card is not used; before any card, the visit stops."""
        self._expect(Step.PRIVACY_NOTICE)
        if self.pending_card is not None:
            self.pending_card = None
            self._go(Step.AWAITING_CARD)
            return
        self._go(Step.ENDED)

    # -- the card ------------------------------------------------------------------------------
    def card_present_changed(self, present: bool) -> bool:
        """The reader reports a card in or out; True when the UI should read the card now."""
        self.card_present = present
        if not present:
            self.stale_card = False
            self.card_removed()
            return False
        return self.running and not self.stale_card and self.step is not Step.RECEIPT

    def card_removed(self) -> None:
        """The card left the reader: nothing personal stays on screen.

        In a visit without a card, the household on screen has no card of its own to wait for: WIL
        staff's card leaving after an attestation leaves the screen where it is.
        """
        staff_card = self.card is not None and self.card.staff_card
        if self.card is not None and not self.card.staff_card:
            self._removed_card = self.card.identity.national_number
        self.card = None
        if staff_card and self.without_card and self.attesting_for is None:
            return
        if self.pending_card is not None:
            self.pending_card = None
            self._go(Step.AWAITING_CARD)
            return
        if self.step in PERSONAL_STEPS:
            self.resume_step = self.step
            self._go(Step.AWAITING_CARD)

    def card_read(self, identity: CardIdentity) -> None:
        """A card inserted during this visit was read (the read ran on the card worker)."""
        if not self.running or not self.card_present or self.stale_card or self.step is Step.RECEIPT:
            return  # pulled while reading, a card of before the visit, or a visit that has ended
        decision = card_decision(identity.authenticity, training=self.context.training)
        if self.attesting_for is not None and identity.national_number not in self._members_numbers():
            self.card = CardInReader(identity, decision, staff_card=True)
            self._go(Step.CONFIRM)
            return
        seen = identity.national_number in self.notice_seen
        if self._notice_for_next_card and not seen:
            self.notice_seen.add(identity.national_number)
            self._notice_for_next_card = False
            seen = True
        if not seen:
            self.pending_card = identity
            self._go(Step.PRIVACY_NOTICE)
            return
        self._adopt_card(identity)

    def _adopt_card(self, identity: CardIdentity) -> None:
        decision = card_decision(identity.authenticity, training=self.context.training)
        representative = (
            self.representing is not None and member_for_card(self.dossier, identity.national_number) is None
        )
        self.card = CardInReader(identity, decision, representative_card=representative)
        same = identity.national_number == self._removed_card
        self._removed_card = None
        if same and self.resume_step is not None and self.current is not None:
            step, self.resume_step = self.resume_step, None
            self._go(step)
            return
        self.resume_step = None
        self._go(Step.IDENTITY)

    def _members_numbers(self) -> set[str]:
        return {m.national_number for m in self.dossier.members if m.national_number}

    @property
    def card_member(self) -> Member | None:
        """The household member whose card is in the reader (None for a new person or a staff card)."""
        if self.card is None or self.card.staff_card:
            return None
        return member_for_card(self.dossier, self.card.identity.national_number)

    def may_go_on_with_card(self) -> bool:
        """Whether the authenticity policy lets the visit go on with the card in the reader."""
        if self.card is None:
            return False
        if self.card.decision is CardDecision.NEEDS_VISUAL_CHECK:
            return self.card.visual_check_done
        return self.card.decision in (CardDecision.PROCEED, CardDecision.IDENTIFY_ONLY)

    def visual_check_recorded(self) -> None:
        """WIL staff's look at the doubtful card in the reader was written to the audit trail."""
        self.context.require(Action.ACCEPT_AFTER_VISUAL_CHECK)
        if self.card is None:
            raise PermissionDenied("no card in the reader to check")
        self.card.visual_check_done = True

    # -- the register's household ----------------------------------------------------------------
    def lookup_wanted(self) -> str | None:
        """The national number to look the household up by, once a member's card is in (else None).

        Without a card, WIL staff's checked national number of a member recorded by hand serves; a
        number typed by a volunteer is never looked up (it is "to be checked by WIL").
        """
        if self.lookup_state is not LookupState.NOT_ASKED:
            return None
        if self.card is None:
            return self._checked_number() if self.without_card else None
        if self.card.staff_card or self.card.representative_card:
            return None
        return self.card.identity.national_number

    def _checked_number(self) -> str | None:
        if not domain.allowed(self.context.roles, Action.CHECK_DOCUMENTS):
            return None
        return next(
            (m.national_number for m in self.dossier.members if m.national_number and not m.to_check),
            None,
        )

    def lookup_started(self) -> None:
        """The register is being asked."""
        self.lookup_state = LookupState.PENDING

    def lookup_answered(self, lookup: HouseholdLookup | None) -> None:
        """The register answered: the household it knows becomes the to-do list (None: unknown there)."""
        if not self.running:
            return
        if lookup is None and self.dossier.candidate_number:
            # A resumed dossier the register knew: keep what it said then.
            self.lookup_state = LookupState.FOUND
            return
        apply_lookup(self.dossier, lookup)
        self.lookup_state = LookupState.FOUND if lookup is not None else LookupState.NOT_FOUND
        self._roles_known()

    def lookup_failed(self) -> None:
        """The register could not be reached: the visit goes on; the household stays unchecked."""
        if self.running:
            self.lookup_state = LookupState.OFFLINE
            self._roles_known()

    def _roles_known(self) -> None:
        # The adult waiting on the questions: their role is the register's now (questions begin anew,
        # for that role), or in a new registration the operator chooses it on the household screen.
        sitting = self.current
        if sitting is None or self.step is not Step.QUESTIONS or sitting.history:
            return
        member = self._member(sitting.member_id)
        self.current = None
        if member.role_chosen:
            self._sit(member.member_id)
        else:
            self._go(Step.HOUSEHOLD)

    @property
    def waiting_for_register(self) -> bool:
        """Whether the questions wait for the register's answer (it decides the adult's role)."""
        return self.current is not None and not self.lookup_settled

    @property
    def lookup_settled(self) -> bool:
        """Whether the household key is decided (the register answered, or could not be reached)."""
        return self.lookup_state not in (LookupState.NOT_ASKED, LookupState.PENDING)

    # -- identity and the household ----------------------------------------------------------------
    def identity_confirmed(self) -> None:
        """'Yes, this is right': the holder joins the household; an adult to confirm goes to the questions."""
        self._expect(Step.IDENTITY)
        if self.card is None or not self.may_go_on_with_card():
            raise PermissionDenied("this card needs WIL staff before the visit can go on")
        if self.card.representative_card and self.representing is not None:
            self._start_representation(self.representing, self.card.identity)
            return
        member = self._member_of_card(self.card.identity)
        to_confirm = member_status(self.dossier, member, self.today) is MemberStatus.TO_CONFIRM
        if to_confirm and (member.role_chosen or not self.lookup_settled):
            # While the register's answer is on its way the questions wait for it: it decides the role.
            self._sit(member.member_id)
            self._go(Step.QUESTIONS)
        else:
            # Nothing to confirm, or a new registration: the operator chooses this adult's role there.
            self.current = None
            self._go(Step.HOUSEHOLD)

    def _member_of_card(self, card: CardIdentity) -> Member:
        member = member_for_card(self.dossier, card.national_number)
        if member is None:
            member = domain.member_from_card(card, self._role_for_new_adult())
            # Until the register answers (its household decides the roles), or in a new registration
            # until the operator chooses, this role is only a first guess.
            member.role_chosen = False
            self.dossier.members.append(member)
        elif member.national_number is None:
            fill_from_card(member, card)
        return member

    def _role_for_new_adult(self) -> MemberRole:
        # A first guess the household screen shows preselected: the first card the reference tenant's,
        # the next the partner's; the operator chooses (`set_role`).
        roles = {m.role for m in self.dossier.members}
        if "reference_tenant" not in roles:
            return "reference_tenant"
        return "partner" if "partner" not in roles else "other"

    @property
    def roles_from_register(self) -> bool:
        """Whether the register's household decides the roles (a household it knows)."""
        return self.lookup_state is LookupState.FOUND or self.dossier.kind == "confirmation"

    def roles_allowed(self, member_id: str) -> list[MemberRole]:
        """The roles the operator may choose for this member now (empty: the register decides)."""
        member = self._member(member_id)
        if self.roles_from_register and member.register_ref is not None:
            return []
        if not member.adult_on(self.today):
            return ["child"]
        taken = {m.role for m in self.dossier.members if m is not member and m.role_chosen}
        roles: list[MemberRole] = [r for r in ("reference_tenant", "partner") if r not in taken]
        return [*roles, "other"]

    def set_role(self, member_id: str, role: MemberRole) -> None:
        """The operator chooses a member's household role.

        In a new registration, or for a member the register did not list: one reference tenant, at
        most one partner, a child only for a minor.
        """
        self._expect(Step.HOUSEHOLD)
        member = self._member(member_id)
        if self.roles_from_register and member.register_ref is not None:
            raise RoleRefused("from_register")
        if member.confirmation is not None:
            raise RoleRefused("confirmed")
        adult = member.adult_on(self.today)
        if role == "child" and adult:
            raise RoleRefused("adult")
        if role != "child" and not adult:
            raise RoleRefused("minor")
        if role not in self.roles_allowed(member_id):
            raise RoleRefused("taken")
        # A role another member only had as a first guess goes to "other" for them, still unchosen.
        for other in self.dossier.members:
            if other is not member and other.role == role and role in ("reference_tenant", "partner"):
                other.role, other.role_chosen = "other", False
        member.role, member.role_chosen = role, True
        if self.current is not None and self.current.member_id == member_id:
            self.current = None

    def add_minor(self, first_names: str, surname: str, birth: PartialDate) -> Member:
        """Add a child by hand (anyone may); `ValueError` for an adult's birth date."""
        self._expect(Step.HOUSEHOLD)
        if domain.is_adult(birth, self.today):
            raise ValueError("this birth date is of an adult")
        return domain.add_member_by_hand(
            self.dossier,
            self.context,
            surname=surname,
            first_names=first_names,
            birth_date=birth,
            role="child",
            on=self.today,
        )

    def add_adult_by_hand(
        self, first_names: str, surname: str, birth: PartialDate, national_number: str
    ) -> Member:
        """An adult without a readable eID, with the national number WIL staff typed (WIL staff only).

        When the register lists this adult (the typed number matches their match code), the listed
        member is completed instead of added twice: a second one would stay "to confirm" for ever.
        """
        self._expect(Step.HOUSEHOLD)
        self.context.require(Action.ADD_ADULT_BY_HAND)
        known = member_for_card(self.dossier, national_number)
        if known is not None and known.national_number is not None:
            raise AlreadyInHousehold("this person is already in the household")
        if known is not None:
            known.surname, known.first_names, known.birth_date = surname, first_names, birth
            known.national_number, known.added_by_hand, known.adult_override = national_number, True, None
            return known
        member = domain.add_member_by_hand(
            self.dossier,
            self.context,
            surname=surname,
            first_names=first_names,
            birth_date=birth,
            role="other",
            on=self.today,
            national_number=national_number,
        )
        member.role_chosen = False  # the operator chooses it, as for an adult who came with a card
        return member

    # -- household changes since the register's last round --------------------------------------------
    def record_change(self, member_id: str, kind: str, on: date | None) -> None:
        """This member left, separated or died on `on` (the household screen); they then owe nothing.

        Raises `domain.ChangeRefused` with a reason the screen says in words.
        """
        self._expect(Step.HOUSEHOLD)
        member = self._member(member_id)
        if self.card_member is member:
            raise domain.ChangeRefused("here")  # the adult whose card is in the reader is here
        domain.record_change(self.dossier, member, kind, on, self.today)
        member.absence_reason = None  # gone, not absent: nobody signs for them any more

    def undo_change(self, member_id: str) -> None:
        """Take back a change recorded by mistake."""
        self._expect(Step.HOUSEHOLD)
        domain.undo_change(self.dossier, self._member(member_id).member_id)

    def mark_absent(self, member_id: str, reason: AbsenceReason | None) -> None:
        """An adult who cannot come today (hospital, care home, abroad, prison, other); None: here again."""
        self._expect(Step.HOUSEHOLD)
        member = self._member(member_id)
        if not member.adult_on(self.today) or self.dossier.departure(member) is not None:
            raise ValueError("only an adult of the household is marked absent")
        if member.done:
            raise ValueError("this adult has confirmed already")
        if reason is not None and self.card_member is member:
            raise ValueError("the adult whose card is in the reader is here")
        domain.mark_absent(member, reason)

    def record_volmacht(
        self,
        member_id: str,
        state: EvidenceState,
        page: bytes | None = None,
        national_number: str | None = None,
    ) -> None:
        """WIL staff hold the signed volmacht of an absent adult: a scanned page, or shown at the counter.

        An adult the register listed but nobody's card showed yet has no national number here: staff
        type it from the volmacht, and it must be the one the register lists for that adult.
        """
        self._expect(Step.HOUSEHOLD)
        self.context.require(Action.RECORD_VOLMACHT)
        member = self._member(member_id)
        if member.present or not member.adult_on(self.today):
            raise ValueError("a volmacht is for an absent adult")
        number = member.national_number
        if number is None:
            if national_number is None or not matches_listed_member(self.dossier, member, national_number):
                raise WrongNationalNumber("the national number does not match this adult")
            number = national_number
        evidence = Evidence(VOLMACHT, member_id)
        if state == "attached":
            if page is None:
                raise ValueError("a volmacht is attached as a file or shown at the counter")
            self._add_page(evidence, page)
        member.national_number = number  # only once the volmacht itself was accepted
        domain.set_evidence_state(evidence, state, self.context)
        self.dossier.evidence = [e for e in self.dossier.evidence if e.volmacht_for != member_id]
        domain.record_volmacht(self.dossier, member, evidence, self.context)

    # -- nobody has a readable eID: the household by hand, "to be checked by WIL" -------------------
    def continue_without_card(self) -> None:
        """Nobody has a readable Belgian eID (passport, refugee papers, a lost, broken or renewed card)."""
        self._expect(Step.INSERT_CARD)
        self.context.require(Action.RECORD_WITHOUT_CARD)
        self.without_card = True
        self._go(Step.HOUSEHOLD)

    def record_without_card(
        self,
        first_names: str,
        surname: str,
        birth: PartialDate,
        reason: NoCardReason,
        national_number: str | None = None,
        role: MemberRole | None = None,
    ) -> Member:
        """An adult recorded by hand from what they say and show, "to be checked by WIL".

        Any operator may, in a visit without a card, as long as nobody in the household has
        confirmed: nothing is signed on names typed by hand until WIL staff checked the documents
        (`documents_checked`). A typed national number is kept for the paper form, never looked up.
        """
        self._expect(Step.HOUSEHOLD)
        self.context.require(Action.RECORD_WITHOUT_CARD)
        if not self.without_card:
            raise InvalidTransition("recording by hand is for a visit without a card")
        staff = domain.allowed(self.context.roles, Action.CHECK_DOCUMENTS)
        if not staff and any(m.confirmation is not None for m in self.dossier.members):
            raise PermissionDenied("someone of this household has confirmed: WIL staff add the others")
        if not domain.is_adult(birth, self.today):
            raise ValueError("this birth date is of a minor: add a child")
        if national_number is not None and self.dossier.member_by_national_number(national_number):
            raise AlreadyInHousehold("this person is already in the household")
        member = Member(
            surname=surname,
            first_names=first_names,
            birth_date=birth,
            role=role or self._role_for_new_adult(),
            national_number=national_number,
            added_by_hand=True,
            no_card=reason,
            to_check=True,
        )
        self.dossier.members.append(member)
        return member

    def documents_checked(self, member_id: str, national_number: str) -> None:
        """WIL staff saw this person's identity documents and typed (or checked) their national number."""
        self._expect(Step.HOUSEHOLD)
        self.context.require(Action.CHECK_DOCUMENTS)
        member = self._member(member_id)
        if not member.to_check:
            raise InvalidTransition("this person's documents need no check")
        other = self.dossier.member_by_national_number(national_number)
        if other is not None and other is not member:
            raise AlreadyInHousehold("this national number is another member's")
        if not matches_listed_member(self.dossier, member, national_number):
            raise WrongNationalNumber("the national number does not match this adult")
        member.national_number, member.to_check = national_number, False

    def go_to_questions_for(self, member_id: str) -> None:
        """WIL staff take a checked adult without a card through the questions, to attest for them."""
        self._expect(Step.HOUSEHOLD)
        self.context.require(Action.STAFF_ATTESTATION)
        member = self._member(member_id)
        if member_status(self.dossier, member, self.today) is not MemberStatus.TO_CONFIRM:
            raise InvalidTransition("this adult does not have to confirm now")
        if member.national_number is None:
            raise InvalidTransition("the national number is needed first")
        self._sit(member_id)
        self._go(Step.QUESTIONS)

    # -- someone else signs: an administrator, a volmacht holder outside the household -----------
    def expect_representative(
        self,
        member_id: str,
        capacity: RepresentativeCapacity,
        state: EvidenceState,
        page: bytes | None = None,
        national_number: str | None = None,
    ) -> None:
        """The member's administrator (court decision) or volmacht holder (volmacht) will sign for them.

        The evidence comes first: a scanned court decision (any operator) or one shown at the
        counter (WIL staff); a volmacht of someone outside the household only through WIL staff, as
        every volmacht. The representative's own card comes next: its holder sees the privacy
        notice, then answers for the member and signs with their own PIN.
        """
        self._expect(Step.HOUSEHOLD)
        if capacity == "volmacht_holder":
            self.context.require(Action.RECORD_VOLMACHT)
        member = self._member(member_id)
        if not member.adult_on(self.today) or member.done or member.to_check:
            raise ValueError("a representative signs for an adult who still has to confirm")
        number = member.national_number
        if number is None:
            if national_number is None or not matches_listed_member(self.dossier, member, national_number):
                raise WrongNationalNumber("the national number does not match this adult")
            number = national_number
        evidence = Evidence(REPRESENTATION_EVIDENCE[capacity], member_id)
        if state == "attached":
            if page is None:
                raise ValueError("the court decision or volmacht is added as a file or shown at the counter")
            self._add_page(evidence, page)
        domain.set_evidence_state(evidence, state, self.context)
        member.national_number = number
        kept = [
            e
            for e in self.dossier.evidence
            if (e.evidence_type, e.member_id) != (evidence.evidence_type, member_id)
        ]
        self.dossier.evidence = [*kept, evidence]
        self.representing = member_id

    def _start_representation(self, member_id: str, card: CardIdentity) -> None:
        member = self._member(member_id)
        capacity = next(
            c
            for c, t in REPRESENTATION_EVIDENCE.items()
            if any(e.evidence_type == t and e.member_id == member_id for e in self.dossier.evidence)
        )
        member.representative = Representative(capacity, card.national_number, card.surname, card.first_names)
        self._sit(member_id, by_representative=True)
        self._go(Step.QUESTIONS)

    # -- a minor who may register ------------------------------------------------------------------
    def set_minor_route(self, member_id: str, route: MinorRoute | None) -> None:
        """A minor who may register (emancipated, supported independent living), or None: not after all.

        They confirm like an adult; the emancipation judgment or the service's certificate is the
        evidence (`domain.MINOR_ROUTE_EVIDENCE`), to add now or bring later.
        """
        self._expect(Step.HOUSEHOLD)
        member = self._member(member_id)
        if member.birth_date is None or domain.is_adult(member.birth_date, self.today):
            raise ValueError("only a minor needs this")
        if member.done:
            raise ValueError("this person has confirmed already")
        member.minor_route = route
        if route is None:
            self.dossier.evidence = [
                e
                for e in self.dossier.evidence
                if (e.evidence_type, e.member_id) != (MINOR_ROUTE_EVIDENCE, member_id)
            ]

    # -- the letter, contact details, a new registration's data --------------------------------------
    def set_deadline_on_letter(self, day: date | None) -> None:
        """The operator typed the last day printed on the register's letter (None: take it away)."""
        if not self.running:
            raise InvalidTransition("the visit has ended")
        if day is not None:
            domain.check_deadline_on_letter(day, self.today)
        self.dossier.deadline_on_letter = day

    def set_contact(self, contact: Contact) -> None:
        """Phone, e-mail, an address for letters (optional; for reminders and the register's letters)."""
        if not self.running:
            raise InvalidTransition("the visit has ended")
        self.dossier.contact = contact

    def set_preferences(self, preferences: Preferences, priority: PriorityFacts) -> None:
        """Where and what the household would like to rent, and what can give it priority."""
        if not self.running:
            raise InvalidTransition("the visit has ended")
        self.dossier.preferences, self.dossier.priority = preferences, priority

    def signers_for_absent(self) -> list[Member]:
        """Absent adults with a volmacht whom the adult with their card in the reader may confirm for."""
        holder = self.card_member
        if holder is None or not holder.present or not holder.adult_on(self.today):
            return []
        return [
            m
            for m in self.dossier.members
            if member_status(self.dossier, m, self.today) is MemberStatus.ABSENT_COVERED
        ]

    def start_on_behalf(self, absent_id: str) -> None:
        """The adult whose card is in answers and signs for an absent adult with a volmacht."""
        self._expect(Step.HOUSEHOLD)
        holder = self.card_member
        absent = self._member(absent_id)
        if holder is None or absent not in self.signers_for_absent():
            raise PermissionDenied("confirming for an absent adult needs their volmacht, recorded by staff")
        if not absent.role_chosen:
            raise RoleNotChosen("choose this adult's role in the household first")
        self._sit(absent_id, on_behalf_signer=holder.member_id)
        self._go(Step.QUESTIONS)

    def go_to_questions(self) -> None:
        """The adult whose card is in goes (back) to their questions, once their role is known."""
        self._expect(Step.HOUSEHOLD, Step.REVIEW)
        holder = self.card_member
        if holder is None or member_status(self.dossier, holder, self.today) is not MemberStatus.TO_CONFIRM:
            raise InvalidTransition("no adult with a card in the reader still has to confirm")
        if not self.lookup_settled:
            raise LookupPending("still looking up the household at the register")
        if not holder.role_chosen:
            raise RoleNotChosen("choose this adult's role in the household first")
        self._sit(holder.member_id)
        self._go(Step.QUESTIONS)

    def back_to_household(self) -> None:
        """Leave the questions, evidence or review without signing (answers stay until the visit ends).

        A withdrawal not signed yet is taken back: it counts only once the reference tenant signs it.
        """
        self._expect(Step.QUESTIONS, Step.EVIDENCE, Step.CONFIRM, Step.REVIEW)
        withdrawal = self.dossier.withdrawal
        if withdrawal is not None and self.dossier.member(withdrawal.member_id).confirmation is None:
            self.dossier.withdrawal = None
            answers = self.answers.get(withdrawal.member_id, {})
            for declaration in self.rules.declarations:
                if declaration.outcome_if_no == "withdrawal" and answers.get(declaration.id) is False:
                    answers.pop(declaration.id)
        self.current = None
        self.attesting_for = None
        self._go(Step.HOUSEHOLD)

    def go_to_review(self) -> None:
        """Show what is done, what is missing and by when."""
        self._expect(Step.HOUSEHOLD)
        if not self.dossier.members:
            raise InvalidTransition("add at least one member first")
        self.current = None
        self._go(Step.REVIEW)

    def _member(self, member_id: str) -> Member:
        try:
            return self.dossier.member(member_id)
        except KeyError:
            raise InvalidTransition("unknown member") from None

    # -- the questions -------------------------------------------------------------------------
    def _sit(
        self, member_id: str, on_behalf_signer: str | None = None, by_representative: bool = False
    ) -> None:
        if self.current is not None and self.current.member_id == member_id:
            self.current.by_representative = by_representative
            return
        member = self._member(member_id)
        household_open = bool(self.rules.unanswered(self.household_answers, "household"))
        answers_household = (
            household_open
            and on_behalf_signer is None
            and domain.answers_household_questions(member, self.rules)
        )
        self.current = Sitting(
            member_id,
            answers_household,
            on_behalf_signer=on_behalf_signer,
            by_representative=by_representative,
        )
        answers = self.answers.setdefault(member_id, {})
        withdrawal = self.dossier.withdrawal
        if withdrawal is not None and withdrawal.member_id == member_id:
            # A withdrawal confirmed twice in an earlier sitting (a draft): the "no" it signs stays.
            for declaration in self.rules.declarations:
                if declaration.outcome_if_no == "withdrawal":
                    answers.setdefault(declaration.id, False)

    @property
    def current_member(self) -> Member | None:
        """The adult now answering and confirming (an absent one when another signs for them)."""
        return None if self.current is None else self._member(self.current.member_id)

    def _sitting(self) -> Sitting:
        if self.current is None:
            raise InvalidTransition("no adult is answering now")
        return self.current

    def _scopes(self) -> list[str]:
        sitting = self._sitting()
        own = list(domain.question_scopes(self._member(sitting.member_id), self.rules))
        return ["household", *own] if sitting.answers_household else own

    def _questions(self) -> list[tuple[str, Declaration]]:
        """The current adult's applicable questions, in the rules file's order across their scopes."""
        scopes = self._scopes()
        applicable = {
            declaration.id
            for scope in scopes
            for declaration in self.rules.applicable(self._answers_of(scope), scope)
        }
        return [(d.applies_to, d) for d in self.rules.declarations if d.id in applicable]

    @property
    def withdrawing(self) -> bool:
        """Whether the household withdraws (the reference tenant confirmed "no" twice)."""
        return self.dossier.withdrawal is not None

    def _answers_of(self, scope: str) -> dict[str, bool]:
        member_id = self._sitting().member_id
        return self.household_answers if scope == "household" else self.answers[member_id]

    def pending_question(self) -> tuple[str, Declaration] | None:
        """The next question for the current adult: (scope, declaration), or None when all are answered.

        None too while a withdrawal or leaving waits for its second "yes", and once the household
        withdraws: nothing else is asked then.
        """
        if self.current is None or self.withdrawing or self.waiting_for_register:
            return None
        if self.current.outcome is not None and self.current.outcome.needs_confirmation:
            return None
        for scope, declaration in self._questions():
            if declaration.id not in self._answers_of(scope):
                return scope, declaration
        return None

    def question_count(self) -> tuple[int, int]:
        """(answered, asked) for the current adult only: numbering starts at 1 for every adult."""
        questions = self._questions()
        done = sum(1 for scope, d in questions if d.id in self._answers_of(scope))
        return done, len(questions)

    @property
    def outcome(self) -> ShownOutcome | None:
        """What the current adult's last answer means, on show until they go on (None: nothing)."""
        return self.current.outcome if self.current is not None else None

    def answer(self, value: bool) -> None:
        """Answer the pending question; an answer with an outcome puts it on show."""
        self._expect(Step.QUESTIONS)
        pending = self.pending_question()
        if pending is None or self.current is None:
            raise InvalidTransition("no question is open")
        scope, declaration = pending
        self._answers_of(scope)[declaration.id] = value
        self.current.history.append((scope, declaration.id))
        self.current.outcome = self._outcome_of(declaration, value)

    def _outcome_of(self, declaration: Declaration, value: bool) -> ShownOutcome | None:
        kind = declaration.outcome_for(value)
        if kind is None:
            return None
        if kind == "withdrawal" and self._member(self._sitting().member_id).role != "reference_tenant":
            kind = "leaves_household"  # only the reference tenant withdraws the household
        return ShownOutcome(kind, declaration.id)

    def acknowledge_outcome(self) -> None:
        """The adult read what their answer means; the next question follows."""
        self._expect(Step.QUESTIONS)
        shown = self.outcome
        if shown is None or shown.needs_confirmation:
            raise InvalidTransition("nothing to acknowledge")
        self._sitting().outcome = None

    def confirm_outcome(self) -> None:
        """The second, explicit "yes": the household withdraws, or this adult leaves the household.

        A withdrawal leaves nothing more to ask: the reference tenant signs their "no" next. An adult
        who leaves owes nothing: the change is recorded with today's date and the household follows.
        """
        self._expect(Step.QUESTIONS)
        sitting, shown = self._sitting(), self.outcome
        if shown is None or not shown.needs_confirmation:
            raise InvalidTransition("nothing to confirm")
        sitting.outcome = None
        member = self._member(sitting.member_id)
        if shown.kind == "withdrawal":
            self.dossier.withdrawal = Withdrawal(member.member_id, self.clock.now())
            return
        domain.record_change(self.dossier, member, "left", self.today, self.today)
        member.absence_reason = None
        self.answers.pop(member.member_id, None)
        self.current = None
        self._go(Step.HOUSEHOLD)

    def previous_question(self) -> None:
        """Take back the last answer of this adult in this sitting (never another adult's).

        With a withdrawal or leaving on show, this is the "no, go back" of its second question.
        """
        self._expect(Step.QUESTIONS)
        if self.current is None or not self.current.history or self.withdrawing:
            raise InvalidTransition("no earlier question")
        self.current.outcome = None
        scope, declaration_id = self.current.history.pop()
        self._answers_of(scope).pop(declaration_id, None)

    def questions_done(self) -> None:
        """Every question is answered: on to the evidence, or straight to signing when none is wanted."""
        self._expect(Step.QUESTIONS)
        shown = self.outcome
        if self.pending_question() is not None or (shown is not None and shown.needs_confirmation):
            raise InvalidTransition("a question is still open")
        if self.waiting_for_register:
            raise LookupPending("still looking up the household at the register")
        self._sitting().outcome = None
        self._go(Step.EVIDENCE if self.evidence_wanted() else Step.CONFIRM)

    def declarations_of_current(self) -> dict[str, object]:
        """The answers a confirmation carries: the household's (if this adult answers them) and their own."""
        if self.current is None:
            return {}
        member = self._member(self.current.member_id)
        own = self.answers[self.current.member_id]
        if not domain.answers_household_questions(member, self.rules):
            return dict(own)  # a bijwoner signs their own answer only
        return {**self.household_answers, **own}

    # -- evidence ------------------------------------------------------------------------------
    def evidence_wanted(self) -> list[tuple[str, str | None]]:
        """(evidence type, member id or None for the household) the current adult's answers require."""
        if self.current is None or self.withdrawing:
            return []
        member = self._member(self.current.member_id)
        wanted: list[tuple[str, str | None]] = []
        if domain.answers_household_questions(member, self.rules):
            household = self.rules.required_evidence(self.household_answers, "household")
            wanted += [(e, None) for e in household]
            wanted += [w for w in domain.change_evidence(self.dossier, self.rules) if w not in wanted]
        own = self.answers.get(self.current.member_id, {})
        for scope in domain.question_scopes(member, self.rules):
            wanted += [(e, member.member_id) for e in self.rules.required_evidence(own, scope)]
        routes = domain.route_evidence(self.dossier)
        wanted += [(e, m) for e, m in routes if m == member.member_id and (e, m) not in wanted]
        return wanted

    def evidence_item(self, evidence_type: str, member_id: str | None) -> Evidence | None:
        """The dossier's item of this type for this member (None: not handled yet)."""
        return next(
            (
                e
                for e in self.dossier.evidence
                if e.evidence_type == evidence_type and e.member_id == member_id and e.volmacht_for is None
            ),
            None,
        )

    def attach(self, evidence_type: str, member_id: str | None, content: bytes) -> None:
        """Add a file or photo as the next page of an evidence item, checked by what it holds."""
        self._expect(Step.EVIDENCE)
        self.context.require(Action.ATTACH_EVIDENCE)
        item = self.evidence_item(evidence_type, member_id) or self._new_item(evidence_type, member_id)
        if item.state != "attached":
            item.files.clear()
        self._add_page(item, content)
        item.state = "attached"

    def _new_item(self, evidence_type: str, member_id: str | None) -> Evidence:
        item = Evidence(evidence_type, member_id)
        self.dossier.evidence.append(item)
        return item

    def _add_page(self, item: Evidence, content: bytes) -> None:
        if not content or len(content) > self.rules.max_file_bytes:
            raise EvidenceRefused("size")
        mime_type = sniff_mime_type(content)
        if mime_type is None or not self.rules.accepts_file(mime_type, len(content)):
            raise EvidenceRefused("type")
        if len(item.files) >= self.rules.max_files_per_item:
            raise EvidenceRefused("too_many_pages")
        file = EvidenceFile(hashlib.sha256(content).hexdigest(), mime_type, len(content))
        item.files.append(file)
        self.files[file.file_id] = content

    def set_evidence_state(self, evidence_type: str, member_id: str | None, state: EvidenceState) -> None:
        """'Bring later', or 'shown at the counter' (WIL staff); attached pages are let go."""
        self._expect(Step.EVIDENCE)
        item = self.evidence_item(evidence_type, member_id) or self._new_item(evidence_type, member_id)
        domain.set_evidence_state(item, state, self.context)
        if state != "attached":
            item.files.clear()

    def evidence_done(self) -> None:
        """On to what the adult signs."""
        self._expect(Step.EVIDENCE)
        self._go(Step.CONFIRM)

    # -- signing -------------------------------------------------------------------------------
    def signing_job(self, signer: Signer) -> Callable[[], Confirmation]:
        """The signature as a job for the card worker, on a copy of the household taken now.

        The core checks the card, the roles and who signs for whom before the card asks for a PIN.
        """
        self._expect(Step.CONFIRM)
        if not self.lookup_settled:
            raise LookupPending("still looking up the household at the register")
        member, card = self.current_member, self.card
        if member is None or card is None:
            raise KioskUserError("no card in the reader")
        dossier = copy.deepcopy(self.dossier)
        target = dossier.member(member.member_id)
        declarations = self.declarations_of_current()
        now, meta, context = self.clock.now(), copy.copy(self.meta), self.context
        if card.staff_card and self.attesting_for == member.member_id:
            return lambda: _attest(dossier, target, card.identity, signer, meta, declarations, context, now)
        domain.check_not_awaiting_wil(dossier, target, context)  # before the PIN, not after it
        if card.representative_card and self.current is not None and self.current.by_representative:
            return lambda: _represent(dossier, target, card, signer, meta, declarations, context, now)
        on_behalf = self.current is not None and self.current.on_behalf_signer is not None
        return lambda: _confirm(
            dossier, target, card, signer, meta, declarations, context, now, on_behalf=on_behalf
        )

    def signed(self, member_id: str, confirmation: Confirmation) -> None:
        """The card signed: the confirmation joins the dossier (checked again), back to the household."""
        if not self.running or self.current is None or self.current.member_id != member_id:
            return  # the visit moved on while the card was signing
        member = self._member(member_id)
        domain.record_confirmation(self.dossier, member, confirmation, self.context)
        self.current, self.attesting_for = None, None
        self.representing = None
        self.signed_notice = True
        self._go(Step.HOUSEHOLD if self.card is not None else Step.AWAITING_CARD)

    def start_attestation(self) -> None:
        """WIL staff will sign with their own card: the candidate's card comes out, the staff card goes in."""
        self._expect(Step.CONFIRM)
        self.context.require(Action.STAFF_ATTESTATION)
        if self.current is None or self.current.on_behalf_signer is not None:
            raise InvalidTransition("no adult to attest for")
        self.attesting_for = self.current.member_id

    # -- review, saving, receipt -----------------------------------------------------------------
    def save_request(self, final: bool) -> SaveRequest:
        """A copy of the dossier and its new files for `kiosk.visit_store.save_visit`."""
        new = {k: v for k, v in self.files.items() if k not in self.stored_files}
        return SaveRequest(copy.deepcopy(self.dossier), new, copy.copy(self.meta), final)

    def finished(self, saved: object) -> None:
        """The review's save is done: the receipt follows."""
        self._expect(Step.REVIEW)
        self.saved = saved
        self.stored_files |= set(self.files)
        self._go(Step.RECEIPT)

    def dossier_number_arrived(self, number: str) -> None:
        """Sync brought the register's dossier number for this household."""
        self.dossier_number = number
        self.dossier.dossier_number = number

    def end(self, keep: bool) -> SaveRequest | None:
        """End the visit; a save request when something is to be kept.

        `keep` (save as draft, an idle end): keep the household when anyone is in it. Without
        `keep` (stop): a signed confirmation is still never thrown away.
        """
        request = None
        if self.step is not Step.RECEIPT and self.dossier.members:
            signed = any(m.confirmation is not None for m in self.dossier.members)
            if keep or signed:
                request = self.save_request(final=False)
        self._go(Step.ENDED)
        self.card, self.pending_card, self.current = None, None, None
        return request


def _household_scope(answers: Mapping[str, object], rules: Rules) -> dict[str, bool]:
    # A stored confirmation carries the household's answers and the adult's own: keep the first.
    wanted = {d.id for d in rules.declarations if d.applies_to == "household"}
    return {k: v for k, v in answers.items() if k in wanted and isinstance(v, bool)}


def _confirm(
    dossier: Dossier,
    member: Member,
    card: CardInReader,
    signer: Signer,
    meta: domain.Visit,
    declarations: dict[str, object],
    context: OperatorContext,
    now: datetime,
    *,
    on_behalf: bool,
) -> Confirmation:
    from kiosk.confirming import confirm_with_eid

    return confirm_with_eid(
        dossier,
        member,
        card=card.identity,
        signer=signer,
        visit=meta,
        declarations=declarations,
        context=context,
        now=now,
        visual_check_done=card.visual_check_done,
        on_behalf_of_absent=on_behalf,
    )


def _represent(
    dossier: Dossier,
    member: Member,
    card: CardInReader,
    signer: Signer,
    meta: domain.Visit,
    declarations: dict[str, object],
    context: OperatorContext,
    now: datetime,
) -> Confirmation:
    from kiosk.confirming import represent_with_eid

    return represent_with_eid(
        dossier,
        member,
        card=card.identity,
        signer=signer,
        visit=meta,
        declarations=declarations,
        context=context,
        now=now,
        visual_check_done=card.visual_check_done,
    )


def _attest(
    dossier: Dossier,
    member: Member,
    staff_card: CardIdentity,
    signer: Signer,
    meta: domain.Visit,
    declarations: dict[str, object],
    context: OperatorContext,
    now: datetime,
) -> Confirmation:
    from kiosk.confirming import attest_by_staff

    return attest_by_staff(
        dossier,
        member,
        staff_card=staff_card,
        signer=signer,
        visit=meta,
        declarations=declarations,
        reason=ATTESTATION_REASON,
        context=context,
        now=now,
    )
