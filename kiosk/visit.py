"""The visit flow of ARCHITECTURE.md section 3 as a pure transition function.

`transition(state, event) -> state` knows no Qt, no card reader and no database: the UI feeds it
events (a card inserted, a button pressed, a timer fired) and shows the screen of the new state's
`step`. The state carries no personal data: members are opaque ids with their progress, and a card
is known by an opaque `card_key` (the UI passes the store's HMAC of the national number), so the
state can be logged and compared freely.

Steps::

    SIGNED_IN ─StartVisit→ PRIVACY_NOTICE ─AcknowledgePrivacy→ CARD_READ ─CardInserted→ HOUSEHOLD
    HOUSEHOLD ─ChooseAdult→ PER_ADULT ─Confirmed→ HOUSEHOLD ─GoToReview→ REVIEW ─PrintPapers→ RECEIPT
    RECEIPT ─EndVisit→ ENDED
    any step showing personal data ─CardRemoved→ AWAITING_CARD ─CardInserted(member)→ PER_ADULT
    any active step ─IdleTimeout→ ENDED (saved as a draft); SIGNED_IN ─ResumeDraft→ PRIVACY_NOTICE

A refused event raises `InvalidTransition` (the UI ignores a stray click) or `PermissionDenied`
(the operator's roles do not allow it).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, Literal

from kiosk.domain import Action, CardDecision, Role, allowed, require
from kiosk.errors import KioskError, PermissionDenied

LANGUAGES = ("nl", "fr", "en", "de", "tr", "ar", "uk")


class InvalidTransition(KioskError):
    """The event makes no sense in the current step (a stray click, a late timer)."""


class Step(enum.StrEnum):
    """The screens of a visit."""

    SIGNED_IN = "signed_in"
    PRIVACY_NOTICE = "privacy_notice"
    CARD_READ = "card_read"
    HOUSEHOLD = "household"
    PER_ADULT = "per_adult"
    REVIEW = "review"
    RECEIPT = "receipt"
    AWAITING_CARD = "awaiting_card"
    ENDED = "ended"


# Steps whose screens show a candidate's personal data.
PERSONAL_STEPS = frozenset({Step.HOUSEHOLD, Step.PER_ADULT, Step.REVIEW, Step.RECEIPT})
# Steps a visit is running in (an idle timeout saves a draft and ends it).
ACTIVE_STEPS = frozenset(set(Step) - {Step.SIGNED_IN, Step.ENDED})


@dataclass(frozen=True)
class MemberProgress:
    """One member as the flow sees it: no names, only what decides the next step."""

    member_id: str
    adult: bool
    card_key: str | None = None  # None for a member added by hand
    present: bool = True
    confirmed: bool = False
    on_behalf: bool = False  # confirmed by another adult under this member's volmacht
    volmacht: bool = False


@dataclass(frozen=True)
class VisitState:
    """Where a visit stands; immutable, replaced by every transition."""

    roles: frozenset[Role]
    training: bool = False
    step: Step = Step.SIGNED_IN
    resume_step: Step | None = None  # where AWAITING_CARD returns to
    language: str = "nl"
    members: tuple[MemberProgress, ...] = ()
    current_member: str | None = None
    card_in_reader: str | None = None  # card_key of the card in the reader
    card_decision: CardDecision | None = None
    idle_warning: bool = False
    draft_saved: bool = False
    kind: Literal["confirmation", "registration"] | None = None

    @property
    def shows_personal_data(self) -> bool:
        """Whether the current screen may show a candidate's personal data."""
        return self.step in PERSONAL_STEPS

    @property
    def adults(self) -> tuple[MemberProgress, ...]:
        """The adult members."""
        return tuple(m for m in self.members if m.adult)

    @property
    def progress(self) -> tuple[int, int]:
        """(adults done, adults in total), the only thing the awaiting-card screen shows."""
        return sum(1 for m in self.adults if _adult_done(m)), len(self.adults)

    @property
    def all_adults_done(self) -> bool:
        """Every present adult confirmed, every absent adult confirmed for under a volmacht."""
        return bool(self.adults) and all(_adult_done(m) for m in self.adults)

    def member(self, member_id: str) -> MemberProgress:
        """The member with this id; InvalidTransition when unknown."""
        for member in self.members:
            if member.member_id == member_id:
                return member
        raise InvalidTransition("unknown member")


def _adult_done(member: MemberProgress) -> bool:
    if member.present:
        return member.confirmed
    return member.confirmed and member.on_behalf and member.volmacht


# --- events ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StartVisit:
    """The operator starts a new visit."""


@dataclass(frozen=True)
class ResumeDraft:
    """The operator reopens a saved draft (its members and their progress)."""

    members: tuple[MemberProgress, ...]
    kind: Literal["confirmation", "registration"] = "confirmation"


@dataclass(frozen=True)
class AcknowledgePrivacy:
    """The candidate saw what is read from the eID and why."""


@dataclass(frozen=True)
class CardInserted:
    """A card was read; `decision` is the authenticity policy's answer for this operator."""

    card_key: str
    adult: bool
    decision: CardDecision = CardDecision.PROCEED
    is_operator: bool = False  # the WIL staff member's own card, inserted to sign an attestation


@dataclass(frozen=True)
class CardRemoved:
    """The card left the reader."""


@dataclass(frozen=True)
class HouseholdChosen:
    """The household was found (confirmation) or a new registration started."""

    kind: Literal["confirmation", "registration"]


@dataclass(frozen=True)
class AddMember:
    """A member joins the household: from the card in the reader, or by hand."""

    member_id: str
    adult: bool
    by_hand: bool


@dataclass(frozen=True)
class MarkAbsent:
    """A member is absent (True) or present again (False)."""

    member_id: str
    absent: bool


@dataclass(frozen=True)
class RecordVolmacht:
    """WIL staff recorded a signed power of attorney of an absent adult."""

    member_id: str


@dataclass(frozen=True)
class ChooseAdult:
    """Open the per-adult steps for one adult."""

    member_id: str


@dataclass(frozen=True)
class Confirmed:
    """The current adult's confirmation was signed and committed."""

    method: Literal["eid_signature", "staff_attested"]
    on_behalf_of: str | None = None  # an absent adult confirmed for under their volmacht


@dataclass(frozen=True)
class BackToHousehold:
    """Leave the per-adult steps without confirming."""


@dataclass(frozen=True)
class ContinueWithoutCard:
    """From awaiting card, go on with members added by hand (the operator's choice)."""


@dataclass(frozen=True)
class GoToReview:
    """Show what is done, missing and due."""


@dataclass(frozen=True)
class PrintPapers:
    """Print the receipt and papers."""


@dataclass(frozen=True)
class EndVisit:
    """End the visit: wipe the screen; the store queues what is new."""


@dataclass(frozen=True)
class IdleWarning:
    """Nobody touched the screen for a while: warn."""


@dataclass(frozen=True)
class UserActivity:
    """Someone touched the screen: clear the idle warning."""


@dataclass(frozen=True)
class IdleTimeout:
    """Nobody answered the warning: end the visit as a saved draft."""


@dataclass(frozen=True)
class LanguageChanged:
    """The candidate picked another language; the step stays."""

    language: str


Event = (
    StartVisit
    | ResumeDraft
    | AcknowledgePrivacy
    | CardInserted
    | CardRemoved
    | HouseholdChosen
    | AddMember
    | MarkAbsent
    | RecordVolmacht
    | ChooseAdult
    | Confirmed
    | BackToHousehold
    | ContinueWithoutCard
    | GoToReview
    | PrintPapers
    | EndVisit
    | IdleWarning
    | UserActivity
    | IdleTimeout
    | LanguageChanged
)


# --- the transition function -------------------------------------------------------------------


def start(roles: frozenset[Role], training: bool = False, language: str = "nl") -> VisitState:
    """The state right after an operator signs in."""
    require(roles, Action.RUN_VISIT)
    return VisitState(roles=roles, training=training, language=language)


def transition(state: VisitState, event: Event) -> VisitState:
    """Return the state after `event`; raise InvalidTransition or PermissionDenied if refused."""
    if isinstance(event, LanguageChanged):
        return _language(state, event)
    if isinstance(event, IdleWarning | UserActivity | IdleTimeout):
        return _idle(state, event)
    if state.step in (Step.ENDED,):
        raise InvalidTransition("the visit has ended")
    handler = _HANDLERS.get(type(event))
    if handler is None:  # pragma: no cover - every event type has a handler
        raise InvalidTransition(f"unknown event {type(event).__name__}")
    return replace(handler(state, event), idle_warning=False)


def _expect(state: VisitState, *steps: Step) -> None:
    if state.step not in steps:
        raise InvalidTransition(f"not possible in step {state.step.value}")


def _language(state: VisitState, event: LanguageChanged) -> VisitState:
    if event.language not in LANGUAGES:
        raise InvalidTransition("unsupported language")
    return replace(state, language=event.language)


def _idle(state: VisitState, event: IdleWarning | UserActivity | IdleTimeout) -> VisitState:
    if isinstance(event, UserActivity):
        return replace(state, idle_warning=False)
    if state.step not in ACTIVE_STEPS:
        return state  # a late timer after the visit ended changes nothing
    if isinstance(event, IdleWarning):
        return replace(state, idle_warning=True)
    return _ended(state, draft=state.step != Step.RECEIPT and bool(state.members))


def _ended(state: VisitState, draft: bool) -> VisitState:
    # The next visit starts from nothing: no members, no card, no current member.
    return VisitState(
        roles=state.roles,
        training=state.training,
        step=Step.ENDED,
        language="nl",
        draft_saved=draft,
        card_in_reader=state.card_in_reader,
    )


def _start_visit(state: VisitState, event: StartVisit) -> VisitState:
    _expect(state, Step.SIGNED_IN)
    return replace(state, step=Step.PRIVACY_NOTICE)


def _resume_draft(state: VisitState, event: ResumeDraft) -> VisitState:
    _expect(state, Step.SIGNED_IN)
    return replace(state, step=Step.PRIVACY_NOTICE, members=event.members, kind=event.kind)


def _acknowledge_privacy(state: VisitState, event: AcknowledgePrivacy) -> VisitState:
    _expect(state, Step.PRIVACY_NOTICE)
    if state.members:  # a resumed draft: wait for a member's card, showing only progress
        return replace(state, step=Step.AWAITING_CARD, resume_step=Step.HOUSEHOLD)
    return replace(state, step=Step.CARD_READ)


def _card_inserted(state: VisitState, event: CardInserted) -> VisitState:
    if event.is_operator:
        return _staff_card(state, event)
    if event.decision == CardDecision.REFUSED:
        raise PermissionDenied("a test card is accepted only in training mode")
    if event.decision == CardDecision.NEEDS_VISUAL_CHECK:
        raise PermissionDenied("this card needs a visual check by WIL staff first")
    if state.step == Step.CARD_READ:
        return replace(
            state, step=Step.HOUSEHOLD, card_in_reader=event.card_key, card_decision=event.decision
        )
    _expect(state, Step.AWAITING_CARD, Step.HOUSEHOLD)
    known = next((m for m in state.members if m.card_key == event.card_key), None)
    inserted = replace(state, card_in_reader=event.card_key, card_decision=event.decision)
    if known is None:  # a new adult joins: add them on the household screen
        return replace(inserted, step=Step.HOUSEHOLD, resume_step=None, current_member=None)
    if known.adult and not known.confirmed:
        return replace(inserted, step=Step.PER_ADULT, resume_step=None, current_member=known.member_id)
    return replace(inserted, step=Step.HOUSEHOLD, resume_step=None, current_member=None)


def _staff_card(state: VisitState, event: CardInserted) -> VisitState:
    # WIL staff insert their own card to sign an attestation: it is not a member's card.
    require(state.roles, Action.STAFF_ATTESTATION)
    _expect(state, Step.PER_ADULT, Step.AWAITING_CARD)
    step = Step.PER_ADULT if state.current_member else (state.resume_step or Step.HOUSEHOLD)
    return replace(
        state, step=step, resume_step=None, card_in_reader=event.card_key, card_decision=event.decision
    )


def _card_removed(state: VisitState, event: CardRemoved) -> VisitState:
    removed = replace(state, card_in_reader=None, card_decision=None)
    if state.step in (Step.HOUSEHOLD, Step.PER_ADULT, Step.REVIEW):
        return replace(removed, step=Step.AWAITING_CARD, resume_step=state.step)
    return removed  # before a card was read, or on the receipt screen, nothing personal is at stake


def _household_chosen(state: VisitState, event: HouseholdChosen) -> VisitState:
    _expect(state, Step.HOUSEHOLD)
    return replace(state, kind=event.kind)


def _add_member(state: VisitState, event: AddMember) -> VisitState:
    _expect(state, Step.HOUSEHOLD)
    if any(m.member_id == event.member_id for m in state.members):
        raise InvalidTransition("member already in the household")
    if event.by_hand:
        require(state.roles, Action.ADD_ADULT_BY_HAND if event.adult else Action.ADD_MINOR_BY_HAND)
        card_key = None
    else:
        if state.card_in_reader is None:
            raise InvalidTransition("no card in the reader")
        if any(m.card_key == state.card_in_reader for m in state.members):
            raise InvalidTransition("this card's holder is already in the household")
        card_key = state.card_in_reader
    member = MemberProgress(member_id=event.member_id, adult=event.adult, card_key=card_key)
    return replace(state, members=(*state.members, member))


def _update(state: VisitState, member_id: str, **changes: object) -> VisitState:
    member = state.member(member_id)
    members = tuple(replace(m, **changes) if m is member else m for m in state.members)  # type: ignore[arg-type]
    return replace(state, members=members)


def _mark_absent(state: VisitState, event: MarkAbsent) -> VisitState:
    _expect(state, Step.HOUSEHOLD)
    return _update(state, event.member_id, present=not event.absent)


def _record_volmacht(state: VisitState, event: RecordVolmacht) -> VisitState:
    _expect(state, Step.HOUSEHOLD)
    require(state.roles, Action.RECORD_VOLMACHT)
    if state.member(event.member_id).present:
        raise InvalidTransition("a volmacht is for an absent adult")
    return _update(state, event.member_id, volmacht=True)


def _choose_adult(state: VisitState, event: ChooseAdult) -> VisitState:
    _expect(state, Step.HOUSEHOLD, Step.REVIEW)
    member = state.member(event.member_id)
    if not member.adult:
        raise InvalidTransition("only adults confirm")
    return replace(state, step=Step.PER_ADULT, current_member=member.member_id)


def _confirmed(state: VisitState, event: Confirmed) -> VisitState:
    _expect(state, Step.PER_ADULT)
    if state.current_member is None:
        raise InvalidTransition("no adult chosen")
    current = state.member(state.current_member)
    if event.method == "staff_attested":
        require(state.roles, Action.STAFF_ATTESTATION)
    else:
        require(state.roles, Action.PIN_CONFIRMATION)
        _check_signing_card(state, current)
    after = _update(state, current.member_id, confirmed=True)
    if event.on_behalf_of is not None:
        after = _confirm_on_behalf(after, event.on_behalf_of, signer=current)
    return replace(after, step=Step.HOUSEHOLD, current_member=None)


def _check_signing_card(state: VisitState, member: MemberProgress) -> None:
    if state.card_decision == CardDecision.IDENTIFY_ONLY:
        raise PermissionDenied("an expired card cannot sign: use the staff route")
    if member.card_key is None or state.card_in_reader != member.card_key:
        raise InvalidTransition("the adult's own card must be in the reader to sign")


def _confirm_on_behalf(state: VisitState, absent_id: str, signer: MemberProgress) -> VisitState:
    absent = state.member(absent_id)
    if absent.present or not absent.adult or absent.member_id == signer.member_id:
        raise InvalidTransition("confirming on behalf is for another, absent adult")
    if not absent.volmacht:
        raise PermissionDenied("confirming for an absent adult needs their volmacht, recorded by WIL staff")
    return _update(state, absent_id, confirmed=True, on_behalf=True)


def _back_to_household(state: VisitState, event: BackToHousehold) -> VisitState:
    _expect(state, Step.PER_ADULT, Step.REVIEW)
    return replace(state, step=Step.HOUSEHOLD, current_member=None)


def _continue_without_card(state: VisitState, event: ContinueWithoutCard) -> VisitState:
    _expect(state, Step.AWAITING_CARD)
    # Without a card nobody can sign with PIN: go to the household list, never straight to a
    # member's confirmation screen.
    return replace(state, step=Step.HOUSEHOLD, resume_step=None, current_member=None)


def _go_to_review(state: VisitState, event: GoToReview) -> VisitState:
    _expect(state, Step.HOUSEHOLD)
    if not state.members:
        raise InvalidTransition("add at least one member first")
    return replace(state, step=Step.REVIEW, current_member=None)


def _print_papers(state: VisitState, event: PrintPapers) -> VisitState:
    _expect(state, Step.REVIEW)
    require(state.roles, Action.PRINT_RECEIPT)
    return replace(state, step=Step.RECEIPT)


def _end_visit(state: VisitState, event: EndVisit) -> VisitState:
    if state.step == Step.SIGNED_IN:
        raise InvalidTransition("no visit to end")
    return _ended(state, draft=state.step != Step.RECEIPT and bool(state.members))


_HANDLERS: dict[type, Callable[[VisitState, Any], VisitState]] = {
    StartVisit: _start_visit,
    ResumeDraft: _resume_draft,
    AcknowledgePrivacy: _acknowledge_privacy,
    CardInserted: _card_inserted,
    CardRemoved: _card_removed,
    HouseholdChosen: _household_chosen,
    AddMember: _add_member,
    MarkAbsent: _mark_absent,
    RecordVolmacht: _record_volmacht,
    ChooseAdult: _choose_adult,
    Confirmed: _confirmed,
    BackToHousehold: _back_to_household,
    ContinueWithoutCard: _continue_without_card,
    GoToReview: _go_to_review,
    PrintPapers: _print_papers,
    EndVisit: _end_visit,
}


def next_visit(state: VisitState) -> VisitState:
    """After ENDED: a fresh visit for the same operator (the screen shows the start page)."""
    _expect(state, Step.ENDED)
    return VisitState(roles=state.roles, training=state.training)


def may(state: VisitState, action: Action) -> bool:
    """Whether the operator of this visit may do `action` (for greying out buttons)."""
    return allowed(state.roles, action)
