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
    REVIEW ─finished→ RECEIPT ─end→ ENDED
    a step showing personal data ─card_removed→ AWAITING_CARD ─card_read→ PRIVACY_NOTICE (a new adult)
                                                                          or IDENTITY / where it was

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
    Action,
    CardDecision,
    Confirmation,
    Dossier,
    Evidence,
    EvidenceFile,
    Member,
    MemberStatus,
    OperatorContext,
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
    PartialDate,
    Signer,
)
from kiosk.register_household import apply_lookup, fill_from_card, matches_listed_member, member_for_card

if TYPE_CHECKING:  # the rules file's loader stays out of the first screen's imports
    from kiosk.rules import Declaration, Rules

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


@dataclass
class Sitting:
    """What the adult now at the kiosk is doing: answers being given, the way back through them."""

    member_id: str
    answers_household: bool  # the first adult to confirm answers the household's questions too
    history: list[tuple[str, str]] = field(default_factory=list)  # (scope, declaration id) answered
    on_behalf_signer: str | None = None  # the present adult signing for this absent one (volmacht)


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
    ) -> None:
        context.require(Action.RUN_VISIT)
        self.context, self.rules, self.clock = context, rules, clock
        self.resumed = dossier is not None
        self.dossier = dossier or Dossier(kind="registration", practice=context.training)
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
        self.household_answers = _household_scope(domain.household_answers(self.dossier, self.today), rules)
        self.answers: dict[str, dict[str, bool]] = {}
        self.files: dict[str, bytes] = dict(files or {})
        self.stored_files: set[str] = set(files or {})
        self.notice_seen: set[str] = set()  # national numbers of adults who saw the privacy notice
        self._notice_for_next_card = False
        self._removed_card: str | None = None  # the card that left, so the same card resumes there
        self.saved: object | None = None  # kiosk.visit_store.VisitSaved once the review's save is done
        self.dossier_number: str | None = self.dossier.dossier_number
        self.signed_notice = False  # "signed" is said once on the household screen

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
    ) -> Visit:
        """A new visit (or a saved draft resumed); refused when the offline lease has run out."""
        if lease_refused:
            raise OfflineTooLong("no successful sync for too long: connect the kiosk and sync first")
        return cls(context, rules, clock, card_in_reader=card_in_reader, dossier=draft, files=files)

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
        if self.resumed and self.dossier.members and not self.card_present:
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
        """The card left the reader: nothing personal stays on screen."""
        if self.card is not None and not self.card.staff_card:
            self._removed_card = self.card.identity.national_number
        self.card = None
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
        self.card = CardInReader(identity, decision)
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
        """The national number to look the household up by, once a member's card is in (else None)."""
        if self.lookup_state is not LookupState.NOT_ASKED or self.card is None or self.card.staff_card:
            return None
        return self.card.identity.national_number

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

    def lookup_failed(self) -> None:
        """The register could not be reached: the visit goes on; the household stays unchecked."""
        if self.running:
            self.lookup_state = LookupState.OFFLINE

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
        member = self._member_of_card(self.card.identity)
        if member_status(self.dossier, member, self.today) is MemberStatus.TO_CONFIRM:
            self._sit(member.member_id)
            self._go(Step.QUESTIONS)
        else:
            self.current = None
            self._go(Step.HOUSEHOLD)

    def _member_of_card(self, card: CardIdentity) -> Member:
        member = member_for_card(self.dossier, card.national_number)
        if member is None:
            member = domain.member_from_card(card, self._role_for_new_adult())
            self.dossier.members.append(member)
        elif member.national_number is None:
            fill_from_card(member, card)
        return member

    def _role_for_new_adult(self) -> MemberRole:
        # The register decides the roles of a household it knows; in a new registration the first
        # card is the reference tenant's and the next adult the partner's.
        roles = {m.role for m in self.dossier.members}
        if "reference_tenant" not in roles:
            return "reference_tenant"
        return "partner" if "partner" not in roles else "other"

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
        return domain.add_member_by_hand(
            self.dossier,
            self.context,
            surname=surname,
            first_names=first_names,
            birth_date=birth,
            role="other",
            on=self.today,
            national_number=national_number,
        )

    def mark_absent(self, member_id: str, reason: AbsenceReason | None) -> None:
        """An adult who cannot come today (hospital, care home, abroad, prison, other); None: here again."""
        self._expect(Step.HOUSEHOLD)
        member = self._member(member_id)
        if not member.adult_on(self.today):
            raise ValueError("only an adult is marked absent")
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
        self._sit(absent_id, on_behalf_signer=holder.member_id)
        self._go(Step.QUESTIONS)

    def go_to_questions(self) -> None:
        """The adult whose card is in goes (back) to their questions."""
        self._expect(Step.HOUSEHOLD, Step.REVIEW)
        holder = self.card_member
        if holder is None or member_status(self.dossier, holder, self.today) is not MemberStatus.TO_CONFIRM:
            raise InvalidTransition("no adult with a card in the reader still has to confirm")
        self._sit(holder.member_id)
        self._go(Step.QUESTIONS)

    def back_to_household(self) -> None:
        """Leave the questions, evidence or review without signing (answers stay until the visit ends)."""
        self._expect(Step.QUESTIONS, Step.EVIDENCE, Step.CONFIRM, Step.REVIEW)
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
    def _sit(self, member_id: str, on_behalf_signer: str | None = None) -> None:
        if self.current is not None and self.current.member_id == member_id:
            return
        household_open = bool(self.rules.unanswered(self.household_answers, "household"))
        answers_household = household_open and on_behalf_signer is None
        self.current = Sitting(member_id, answers_household, on_behalf_signer=on_behalf_signer)
        self.answers.setdefault(member_id, {})

    @property
    def current_member(self) -> Member | None:
        """The adult now answering and confirming (an absent one when another signs for them)."""
        return None if self.current is None else self._member(self.current.member_id)

    def _sitting(self) -> Sitting:
        if self.current is None:
            raise InvalidTransition("no adult is answering now")
        return self.current

    def _scopes(self) -> list[str]:
        return ["household", "every_adult"] if self._sitting().answers_household else ["every_adult"]

    def _answers_of(self, scope: str) -> dict[str, bool]:
        member_id = self._sitting().member_id
        return self.household_answers if scope == "household" else self.answers[member_id]

    def pending_question(self) -> tuple[str, Declaration] | None:
        """The next question for the current adult: (scope, declaration), or None when all are answered."""
        if self.current is None:
            return None
        for scope in self._scopes():
            answers = self._answers_of(scope)
            for declaration in self.rules.applicable(answers, scope):
                if declaration.id not in answers:
                    return scope, declaration
        return None

    def question_count(self) -> tuple[int, int]:
        """(answered, asked) for the current adult only: numbering starts at 1 for every adult."""
        done = total = 0
        for scope in self._scopes():
            answers = self._answers_of(scope)
            applicable = self.rules.applicable(answers, scope)
            total += len(applicable)
            done += sum(1 for d in applicable if d.id in answers)
        return done, total

    def answer(self, value: bool) -> None:
        """Answer the pending question."""
        self._expect(Step.QUESTIONS)
        pending = self.pending_question()
        if pending is None or self.current is None:
            raise InvalidTransition("no question is open")
        scope, declaration = pending
        self._answers_of(scope)[declaration.id] = value
        self.current.history.append((scope, declaration.id))

    def previous_question(self) -> None:
        """Take back the last answer of this adult in this sitting (never another adult's)."""
        self._expect(Step.QUESTIONS)
        if self.current is None or not self.current.history:
            raise InvalidTransition("no earlier question")
        scope, declaration_id = self.current.history.pop()
        self._answers_of(scope).pop(declaration_id, None)

    def questions_done(self) -> None:
        """Every question is answered: on to the evidence."""
        self._expect(Step.QUESTIONS)
        if self.pending_question() is not None:
            raise InvalidTransition("a question is still open")
        self._go(Step.EVIDENCE)

    def declarations_of_current(self) -> dict[str, object]:
        """The answers a confirmation carries: the household's and the adult's own."""
        if self.current is None:
            return {}
        return {**self.household_answers, **self.answers[self.current.member_id]}

    # -- evidence ------------------------------------------------------------------------------
    def evidence_wanted(self) -> list[tuple[str, str | None]]:
        """(evidence type, member id or None for the household) the current adult's answers require."""
        if self.current is None:
            return []
        household = self.rules.required_evidence(self.household_answers, "household")
        wanted: list[tuple[str, str | None]] = [(e, None) for e in household]
        own = self.answers.get(self.current.member_id, {})
        wanted += [(e, self.current.member_id) for e in self.rules.required_evidence(own, "every_adult")]
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
