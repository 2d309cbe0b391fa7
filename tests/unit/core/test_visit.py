"""The visit flow: scripted walks and a hypothesis state machine over every event."""

from __future__ import annotations

from datetime import date
from typing import Literal

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from kiosk import domain, visit
from kiosk.domain import CardDecision, Dossier, Evidence, EvidenceFile, OperatorContext, Role
from kiosk.errors import PermissionDenied
from kiosk.ports import PartialDate
from kiosk.rules import load_rules
from kiosk.visit import (
    ACTIVE_STEPS,
    AcknowledgePrivacy,
    AddMember,
    BackToHousehold,
    CardInserted,
    CardRemoved,
    ChooseAdult,
    Confirmed,
    ContinueWithoutCard,
    EndVisit,
    GoToReview,
    HouseholdChosen,
    IdleTimeout,
    IdleWarning,
    InvalidTransition,
    LanguageChanged,
    MarkAbsent,
    MemberProgress,
    PrintPapers,
    RecordVolmacht,
    ResumeDraft,
    StartVisit,
    Step,
    UserActivity,
)
from tests.unit.core.factories import confirmation

VOLUNTEER = frozenset({Role.VOLUNTEER})
STAFF = frozenset({Role.WIL_STAFF})


def _walk(state: visit.VisitState, *events: visit.Event) -> visit.VisitState:
    for event in events:
        state = visit.transition(state, event)
    return state


def _to_household(roles: frozenset[Role] = VOLUNTEER) -> visit.VisitState:
    return _walk(
        visit.start(roles), StartVisit(), AcknowledgePrivacy(), CardInserted("card-sofie", adult=True)
    )


def test_the_scripted_household_walks_to_the_receipt() -> None:
    state = _to_household(STAFF)
    assert state.step == Step.HOUSEHOLD and state.shows_personal_data
    state = _walk(
        state,
        HouseholdChosen("confirmation"),
        AddMember("sofie", adult=True, by_hand=False),
        ChooseAdult("sofie"),
        Confirmed("eid_signature"),
        CardRemoved(),
    )
    assert state.step == Step.AWAITING_CARD
    assert not state.shows_personal_data
    assert state.progress == (1, 1)
    state = _walk(state, CardInserted("card-pieter", adult=True))
    assert state.step == Step.HOUSEHOLD  # a new adult joins on the household screen
    state = _walk(
        state,
        AddMember("pieter", adult=True, by_hand=False),
        AddMember("noor", adult=False, by_hand=True),
        ChooseAdult("pieter"),
        Confirmed("staff_attested"),
        GoToReview(),
    )
    assert state.all_adults_done
    state = _walk(state, PrintPapers(), EndVisit())
    assert state.step == Step.ENDED and not state.members and not state.draft_saved


def test_a_card_of_a_member_resumes_at_that_member() -> None:
    state = _walk(
        _to_household(), AddMember("sofie", adult=True, by_hand=False), ChooseAdult("sofie"), CardRemoved()
    )
    assert (state.step, state.resume_step) == (Step.AWAITING_CARD, Step.PER_ADULT)
    state = _walk(state, CardInserted("card-sofie", adult=True))
    assert (state.step, state.current_member) == (Step.PER_ADULT, "sofie")


def test_signing_needs_the_adults_own_card_in_the_reader() -> None:
    state = _walk(
        _to_household(), AddMember("sofie", adult=True, by_hand=False), ChooseAdult("sofie"), CardRemoved()
    )
    state = _walk(state, ContinueWithoutCard())
    assert state.step == Step.HOUSEHOLD
    state = _walk(state, ChooseAdult("sofie"))
    with pytest.raises(InvalidTransition, match="own card"):
        visit.transition(state, Confirmed("eid_signature"))


def test_an_expired_card_cannot_sign() -> None:
    state = _walk(
        visit.start(VOLUNTEER),
        StartVisit(),
        AcknowledgePrivacy(),
        CardInserted("card-karel", adult=True, decision=CardDecision.IDENTIFY_ONLY),
        AddMember("karel", adult=True, by_hand=False),
        ChooseAdult("karel"),
    )
    with pytest.raises(PermissionDenied, match="expired"):
        visit.transition(state, Confirmed("eid_signature"))


def test_refused_and_unchecked_cards_do_not_enter() -> None:
    state = _walk(visit.start(VOLUNTEER), StartVisit(), AcknowledgePrivacy())
    with pytest.raises(PermissionDenied):
        visit.transition(state, CardInserted("x", adult=True, decision=CardDecision.REFUSED))
    with pytest.raises(PermissionDenied):
        visit.transition(state, CardInserted("x", adult=True, decision=CardDecision.NEEDS_VISUAL_CHECK))


def test_idle_warning_then_timeout_saves_a_draft() -> None:
    state = _walk(_to_household(), AddMember("sofie", adult=True, by_hand=False), IdleWarning())
    assert state.idle_warning
    assert not visit.transition(state, UserActivity()).idle_warning
    ended = visit.transition(state, IdleTimeout())
    assert ended.step == Step.ENDED and ended.draft_saved and not ended.members
    assert visit.transition(ended, IdleTimeout()) == ended  # a late timer changes nothing


def test_language_change_keeps_the_step() -> None:
    state = _walk(_to_household(), LanguageChanged("fr"))
    assert (state.step, state.language) == (Step.HOUSEHOLD, "fr")
    with pytest.raises(InvalidTransition):
        visit.transition(state, LanguageChanged("xx"))


def test_resume_a_draft_waits_for_a_members_card_without_personal_data() -> None:
    members = (
        MemberProgress("sofie", True, "card-sofie", confirmed=True),
        MemberProgress("pieter", True, "card-pieter"),
    )
    state = _walk(visit.start(VOLUNTEER), ResumeDraft(members), AcknowledgePrivacy())
    assert state.step == Step.AWAITING_CARD and not state.shows_personal_data
    assert state.progress == (1, 2)
    state = visit.transition(state, CardInserted("card-pieter", adult=True))
    assert (state.step, state.current_member) == (Step.PER_ADULT, "pieter")


def test_a_volunteer_cannot_take_a_staff_only_step() -> None:
    state = _to_household(VOLUNTEER)
    with pytest.raises(PermissionDenied):
        visit.transition(state, AddMember("p", adult=True, by_hand=True))
    state = _walk(state, AddMember("sofie", adult=True, by_hand=False), ChooseAdult("sofie"))
    with pytest.raises(PermissionDenied):
        visit.transition(state, Confirmed("staff_attested"))


# --- the state machine -----------------------------------------------------------------------

RULES = load_rules()
DAY = date(2026, 11, 27)
CARDS = ("card-a", "card-b", "card-c", "card-staff")
ACTIVE = tuple(ACTIVE_STEPS)


class VisitMachine(RuleBasedStateMachine):
    """Random events against the pure flow, mirrored onto a real dossier with the domain's checks."""

    def __init__(self) -> None:
        super().__init__()
        self.state: visit.VisitState | None = None
        self.dossier = Dossier(kind="confirmation")
        self.context: OperatorContext | None = None
        self.last_event: visit.Event | None = None
        self.counter = 0

    @rule(roles=st.sampled_from([VOLUNTEER, STAFF, frozenset({Role.COORDINATOR}), VOLUNTEER | STAFF]))
    def sign_in(self, roles: frozenset[Role]) -> None:
        if self.state is None or self.state.step == Step.ENDED:
            self.state = visit.start(roles)
            self.context = OperatorContext("op", roles, "T-1", "Genk")
            self.dossier = Dossier(kind="confirmation")

    def _member_ids(self) -> list[str]:
        return [m.member_id for m in self.state.members] if self.state else ["none"]

    @rule(data=st.data())
    def any_event(self, data: st.DataObject) -> None:
        """Any event in any step: stray clicks, late timers, events the step refuses."""
        if self.state is None:
            return
        ids = self._member_ids() or ["none"]
        self.counter += 1
        new_id = f"m{self.counter}"
        event = data.draw(
            st.one_of(
                st.just(StartVisit()),
                st.just(AcknowledgePrivacy()),
                st.builds(
                    CardInserted,
                    st.sampled_from(CARDS),
                    st.booleans(),
                    st.sampled_from(list(CardDecision)),
                    st.booleans(),
                ),
                st.just(CardRemoved()),
                st.builds(HouseholdChosen, st.sampled_from(["confirmation", "registration"])),
                st.builds(AddMember, st.just(new_id), st.booleans(), st.booleans()),
                st.builds(MarkAbsent, st.sampled_from(ids), st.booleans()),
                st.builds(RecordVolmacht, st.sampled_from(ids)),
                st.builds(ChooseAdult, st.sampled_from(ids)),
                st.builds(
                    Confirmed,
                    st.sampled_from(["eid_signature", "staff_attested"]),
                    st.none() | st.sampled_from(ids),
                ),
                st.just(ContinueWithoutCard()),
                st.just(GoToReview()),
                st.just(PrintPapers()),
                st.just(EndVisit()),
                st.just(IdleWarning()),
                st.just(IdleTimeout()),
                st.builds(LanguageChanged, st.sampled_from(["nl", "fr", "ar"])),
            )
        )
        self._apply(event)

    # Events that fit the current step. Drawn uniformly from twenty event kinds, a visit would
    # seldom get past the household step; these rules walk the flow deep (per adult, review,
    # receipt, card swaps) so the invariants are checked where they matter.

    @precondition(lambda self: self._at(Step.SIGNED_IN))
    @rule()
    def start_visit(self) -> None:
        self._apply(StartVisit())

    @precondition(lambda self: self._at(Step.PRIVACY_NOTICE))
    @rule()
    def acknowledge_privacy(self) -> None:
        self._apply(AcknowledgePrivacy())

    @precondition(lambda self: self._at(*ACTIVE))
    @rule(
        card=st.sampled_from(CARDS),
        adult=st.booleans(),
        decision=st.sampled_from([CardDecision.PROCEED] * 4 + list(CardDecision)),
        is_operator=st.booleans(),
    )
    def insert_card(self, card: str, adult: bool, decision: CardDecision, is_operator: bool) -> None:
        self._apply(CardInserted(card, adult, decision, is_operator))

    @precondition(lambda self: self._at(*ACTIVE))
    @rule()
    def remove_card(self) -> None:
        self._apply(CardRemoved())

    @precondition(lambda self: self._at(Step.HOUSEHOLD))
    @rule(adult=st.booleans(), by_hand=st.booleans())
    def add_member(self, adult: bool, by_hand: bool) -> None:
        self.counter += 1
        self._apply(AddMember(f"m{self.counter}", adult, by_hand))

    @precondition(lambda self: self._at(Step.HOUSEHOLD) and bool(self._member_ids()))
    @rule(data=st.data(), absent=st.booleans())
    def mark_absent(self, data: st.DataObject, absent: bool) -> None:
        self._apply(MarkAbsent(data.draw(st.sampled_from(self._member_ids())), absent))

    @precondition(lambda self: self._at(Step.HOUSEHOLD) and bool(self._member_ids()))
    @rule(data=st.data())
    def record_volmacht(self, data: st.DataObject) -> None:
        self._apply(RecordVolmacht(data.draw(st.sampled_from(self._member_ids()))))

    @precondition(lambda self: self._at(Step.HOUSEHOLD, Step.REVIEW) and bool(self._member_ids()))
    @rule(data=st.data())
    def choose_adult(self, data: st.DataObject) -> None:
        self._apply(ChooseAdult(data.draw(st.sampled_from(self._member_ids()))))

    @precondition(lambda self: self._at(Step.HOUSEHOLD, Step.AWAITING_CARD))
    @rule(card=st.sampled_from(CARDS[:3]), adult=st.booleans())
    def a_member_comes_with_their_card(self, card: str, adult: bool) -> None:
        """The usual path as one rule: their card in, onto the household, open their confirmation."""
        self._apply(CardInserted(card, adult))
        if self._at(Step.HOUSEHOLD) and self._member_with_card(card) is None:
            self.counter += 1
            self._apply(AddMember(f"m{self.counter}", adult, False))
        member = self._member_with_card(card)
        if member is not None and member.adult and self._at(Step.HOUSEHOLD):
            self._apply(ChooseAdult(member.member_id))

    def _member_with_card(self, card: str) -> MemberProgress | None:
        assert self.state is not None
        return next((m for m in self.state.members if m.card_key == card), None)

    @precondition(lambda self: self._at(Step.PER_ADULT))
    @rule(data=st.data(), method=st.sampled_from(["eid_signature", "eid_signature", "staff_attested"]))
    def confirm(self, data: st.DataObject, method: Literal["eid_signature", "staff_attested"]) -> None:
        on_behalf = data.draw(st.none() | st.sampled_from(self._member_ids()))
        self._apply(Confirmed(method, on_behalf))

    @precondition(lambda self: self._at(Step.PER_ADULT, Step.REVIEW))
    @rule()
    def back_to_household(self) -> None:
        self._apply(BackToHousehold())

    @precondition(lambda self: self._at(Step.AWAITING_CARD))
    @rule()
    def continue_without_card(self) -> None:
        self._apply(ContinueWithoutCard())

    @precondition(lambda self: self._at(Step.HOUSEHOLD))
    @rule()
    def go_to_review(self) -> None:
        self._apply(GoToReview())

    @precondition(lambda self: self._at(Step.REVIEW))
    @rule()
    def print_papers(self) -> None:
        self._apply(PrintPapers())

    def _at(self, *steps: Step) -> bool:
        return self.state is not None and self.state.step in steps

    def _apply(self, event: visit.Event) -> None:
        assert self.state is not None
        before = self.state
        try:
            after = visit.transition(before, event)
        except (InvalidTransition, PermissionDenied):
            return
        self._check_roles(before, event)
        self._check_card_removal(before, after, event)
        self._mirror(before, after, event)
        self.state = after

    def _check_card_removal(
        self, before: visit.VisitState, after: visit.VisitState, event: visit.Event
    ) -> None:
        # Pulling the card off a screen with personal data hides it; only the receipt, printed for
        # the household that is leaving, stays on screen.
        if isinstance(event, CardRemoved):
            assert after.card_in_reader is None
            if before.shows_personal_data and before.step != Step.RECEIPT:
                assert after.step == Step.AWAITING_CARD and not after.shows_personal_data

    def _check_roles(self, before: visit.VisitState, event: visit.Event) -> None:
        staff = Role.WIL_STAFF in before.roles
        if isinstance(event, AddMember) and event.by_hand and event.adult:
            assert staff
        if isinstance(event, Confirmed) and event.method == "staff_attested":
            assert staff
        if isinstance(event, RecordVolmacht):
            assert staff
        if (
            isinstance(event, CardInserted)
            and event.decision in (CardDecision.REFUSED, CardDecision.NEEDS_VISUAL_CHECK)
            and not event.is_operator
        ):
            raise AssertionError("a refused card entered the visit")

    def _mirror(self, before: visit.VisitState, after: visit.VisitState, event: visit.Event) -> None:
        """Apply the same change to a real dossier through the domain functions."""
        assert self.context is not None
        if after.step == Step.ENDED:
            self.dossier = Dossier(kind="confirmation")
        elif isinstance(event, AddMember):
            birth = PartialDate(1980, 1, 1) if event.adult else PartialDate(2015, 1, 1)
            member = domain.Member(
                "S", "F", birth, "other", national_number=f"nn-{event.member_id}", member_id=event.member_id
            )
            self.dossier.members.append(member)
        elif isinstance(event, MarkAbsent):
            domain.mark_absent(self.dossier.member(event.member_id), "hospital" if event.absent else None)
        elif isinstance(event, RecordVolmacht):
            volmacht = Evidence("volmacht", None, "attached", [EvidenceFile("00" * 32, "application/pdf", 1)])
            domain.record_volmacht(self.dossier, self.dossier.member(event.member_id), volmacht, self.context)
        elif isinstance(event, Confirmed):
            signer = self.dossier.member(before.current_member or "")
            method = event.method
            domain.record_confirmation(
                self.dossier, signer, confirmation(method=method, reason="no PIN", about=signer), self.context
            )
            if event.on_behalf_of:
                absent = self.dossier.member(event.on_behalf_of)
                on_behalf = confirmation(on_behalf=True, about=absent, signer=signer.national_number)
                domain.record_confirmation(self.dossier, absent, on_behalf, self.context)

    @invariant()
    def no_personal_data_while_awaiting_a_card(self) -> None:
        if self.state is not None and self.state.step in (Step.AWAITING_CARD, Step.ENDED, Step.SIGNED_IN):
            assert not self.state.shows_personal_data
        if self.state is not None and self.state.step == Step.AWAITING_CARD:
            assert self.state.card_in_reader is None  # awaiting means no card: nobody's data is read
        if self.state is not None and self.state.step == Step.ENDED:
            assert not self.state.members and self.state.current_member is None

    @invariant()
    def complete_only_with_every_present_adult_confirmed(self) -> None:
        if self.state is None:
            return
        complete = domain.is_complete(self.dossier, RULES, DAY)
        assert complete == self.state.all_adults_done
        if complete:
            for adult in self.dossier.adults(DAY):
                assert adult.confirmation is not None
                if not adult.present:
                    assert adult.confirmation.on_behalf_of_absent and domain.has_volmacht(self.dossier, adult)

    @invariant()
    def per_adult_has_an_adult(self) -> None:
        if self.state is not None and self.state.step == Step.PER_ADULT:
            assert self.state.current_member is not None
            assert self.state.member(self.state.current_member).adult


TestVisitMachine = VisitMachine.TestCase
TestVisitMachine.settings = settings(
    max_examples=200, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
