"""The visit as a person lives it, through the core's visit service alone (no Qt).

Each test walks a visit with real card identities of the training fixture (read from the virtual
card, in process), the real rules file, and the register's household as its lookup answers it.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kiosk.clock import FakeClock
from kiosk.domain import CardDecision, MemberStatus, OperatorContext, Role
from kiosk.errors import PermissionDenied
from kiosk.papers import PaperKind, papers_offered
from kiosk.ports import Authenticity, CardIdentity, HouseholdLookup, LookupMember, MemberRole
from kiosk.register_household import match_code
from kiosk.rules import load_rules_version
from kiosk.visit import LookupPending, OfflineTooLong, Step, Visit
from kiosk.visit_views import evidence_lines, signing_summary, visit_overview
from tests.unit.core.conftest import NOW
from tests.unit.core.factories import card
from tests.unit.core.test_confirming import EcSigner

RULES = load_rules_version("2026.1")  # the declarations these tests answer
VOLUNTEER = OperatorContext("vrijwilliger", frozenset({Role.VOLUNTEER}), "T-1", "Genk", training=True)
STAFF = OperatorContext("wil", frozenset({Role.WIL_STAFF}), "T-1", "Genk", training=True)
SOFIE = card()
PIETER = card("88110210514", "De Smet", "Pieter", card().birth_date.__class__(1988, 11, 2))
SALT = "0f" * 16
# Answers that ask for no evidence: the household wants to stay registered, nothing changed.
PLAIN = {"still_wants_registration": True, "has_tax_assessment": True}


def janssens(letter: date, *, pieter_confirmed: bool = False) -> HouseholdLookup:
    """The register's answer for the seeded Janssens household: Sofie, Pieter and their child Noor."""
    return HouseholdLookup(
        candidate_number="201905140017",
        letter_date=letter,
        reminder_date=None,
        members=(
            LookupMember(
                "a1" * 8, "Sofie", "reference_tenant", True, False, match_code(SALT, SOFIE.national_number)
            ),
            LookupMember(
                "b2" * 8,
                "Pieter",
                "partner",
                True,
                pieter_confirmed,
                match_code(SALT, PIETER.national_number),
            ),
            LookupMember("c3" * 8, "Noor", "child", False, False, match_code(SALT, "15060100273")),
        ),
        match_salt=SALT,
    )


def new_visit(
    context: OperatorContext = VOLUNTEER, *, card_in_reader: bool = False, clock: FakeClock | None = None
) -> Visit:
    return Visit.start(
        context, RULES, clock or FakeClock(NOW), card_in_reader=card_in_reader, lease_refused=False
    )


def insert(visit: Visit, identity: CardIdentity) -> None:
    assert visit.card_present_changed(True), "the kiosk reads a card inserted during the visit"
    visit.card_read(identity)


def remove(visit: Visit) -> None:
    visit.card_present_changed(False)


def answer_all(visit: Visit, answers: dict[str, bool] | None = None) -> None:
    wanted = {**PLAIN, **(answers or {})}
    while (pending := visit.pending_question()) is not None:
        visit.answer(wanted.get(pending[1].id, False))
    visit.questions_done()


def pass_evidence(visit: Visit) -> None:
    """On from the evidence (the visit skips it when the answers want none)."""
    if visit.step is Step.EVIDENCE:
        visit.evidence_done()
    assert visit.step is Step.CONFIRM


def choose_role_if_asked(visit: Visit, role: MemberRole = "reference_tenant") -> None:
    """A new registration: the operator chooses the card holder's role, then their questions."""
    if visit.step is Step.HOUSEHOLD:
        holder = visit.card_member
        assert holder is not None and not holder.role_chosen
        visit.set_role(holder.member_id, role)
        visit.go_to_questions()


def sign(visit: Visit) -> None:
    member = visit.current_member
    assert member is not None
    job = visit.signing_job(EcSigner())
    visit.signed(member.member_id, job())


def first_adult_confirms(
    visit: Visit,
    identity: CardIdentity,
    lookup: HouseholdLookup | None,
    answers: dict[str, bool] | None = None,
) -> None:
    visit.acknowledge_privacy()
    insert(visit, identity)
    assert visit.step is Step.IDENTITY
    assert visit.lookup_wanted() == identity.national_number
    visit.lookup_started()
    visit.identity_confirmed()
    assert visit.step is Step.QUESTIONS
    visit.lookup_answered(lookup)
    choose_role_if_asked(visit)
    answer_all(visit, answers)
    pass_evidence(visit)
    sign(visit)
    assert visit.step is Step.HOUSEHOLD


def statuses(visit: Visit) -> dict[str, MemberStatus]:
    return {row.first_names.split()[0]: row.status for row in visit_overview(visit).members}


# --- the register's household is the to-do list ------------------------------------------------


def test_an_adult_the_register_knows_who_did_not_come_stays_on_the_list() -> None:
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, janssens(NOW.date()))
    assert statuses(visit) == {
        "Sofie": MemberStatus.CONFIRMED,
        "Pieter": MemberStatus.TO_CONFIRM,
        "Noor": MemberStatus.MINOR,
    }
    visit.go_to_review()
    household = visit_overview(visit)
    assert not household.complete
    assert household.adults_done == (1, 2)
    pieter = next(m for m in household.members if m.first_names == "Pieter")
    deadline = NOW.date() + timedelta(days=RULES.letter_days)
    assert [(o.kind, o.due, o.overdue) for o in pieter.owed] == [("confirmation", deadline, False)]
    offers = papers_offered(household)
    assert [o.kind for o in offers] == [
        PaperKind.RECEIPT,
        PaperKind.PAPER_FORM,
        PaperKind.DEADLINE_LETTER,
        PaperKind.HELP_SHEET,
    ]
    assert offers[1].member_id == pieter.member_id


def test_the_second_adults_card_is_recognised_by_the_registers_match_code() -> None:
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, janssens(NOW.date()))
    listed = next(m for m in visit.dossier.members if m.first_names == "Pieter")
    remove(visit)
    insert(visit, PIETER)
    visit.acknowledge_privacy()  # a later adult sees the notice before their identity
    visit.identity_confirmed()
    assert visit.current_member is listed  # not a second Pieter
    assert listed.national_number == PIETER.national_number and listed.surname == "De Smet"
    answer_all(visit)
    pass_evidence(visit)
    sign(visit)
    assert visit_overview(visit).complete
    assert len([m for m in visit.dossier.members if m.adult_on(NOW.date())]) == 2


def test_an_adult_who_confirmed_at_the_register_before_owes_nothing() -> None:
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, janssens(NOW.date(), pieter_confirmed=True))
    assert statuses(visit)["Pieter"] is MemberStatus.CONFIRMED_EARLIER
    assert visit_overview(visit).complete


def test_an_absent_adult_with_a_volmacht_but_nobody_signing_is_still_missing() -> None:
    visit = new_visit(STAFF)
    first_adult_confirms(visit, SOFIE, janssens(NOW.date()))
    pieter = next(m for m in visit.dossier.members if m.first_names == "Pieter")
    visit.mark_absent(pieter.member_id, "hospital")
    with pytest.raises(ValueError, match="national number"):
        visit.record_volmacht(pieter.member_id, "shown_at_counter")  # the register lists him without one
    visit.record_volmacht(pieter.member_id, "shown_at_counter", national_number=PIETER.national_number)
    household = visit_overview(visit)
    row = next(m for m in household.members if m.member_id == pieter.member_id)
    assert row.status is MemberStatus.ABSENT_COVERED
    assert [o.kind for o in row.owed] == ["absent_adult"]
    assert not household.complete and household.adults_done == (1, 2)
    # Sofie, whose card is in, signs for him under the volmacht; then he is done.
    visit.start_on_behalf(pieter.member_id)
    answer_all(visit)
    pass_evidence(visit)
    sign(visit)
    assert statuses(visit)["Pieter"] is MemberStatus.CONFIRMED_BY_VOLMACHT
    assert visit_overview(visit).complete


def test_a_volunteer_marks_an_adult_absent_but_cannot_record_a_volmacht() -> None:
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, janssens(NOW.date()))
    pieter = next(m for m in visit.dossier.members if m.first_names == "Pieter")
    visit.mark_absent(pieter.member_id, "abroad")
    assert statuses(visit)["Pieter"] is MemberStatus.ABSENT
    with pytest.raises(PermissionDenied):
        visit.record_volmacht(pieter.member_id, "shown_at_counter", national_number=PIETER.national_number)


def test_offline_the_household_could_not_be_checked_and_nothing_says_done() -> None:
    visit = new_visit()
    visit.acknowledge_privacy()
    insert(visit, SOFIE)
    visit.lookup_started()
    visit.identity_confirmed()
    visit.lookup_failed()
    choose_role_if_asked(visit)  # offline: the register cannot say who is who
    answer_all(visit)
    pass_evidence(visit)
    sign(visit)
    household = visit_overview(visit)
    assert not household.register_checked and not household.complete
    assert [o.kind for o in household.household_owed] == ["register_check"]
    assert household.deadline.day is None  # no letter known offline: no invented date


# --- evidence and deadlines -------------------------------------------------------------------


def test_evidence_not_added_is_missing_with_its_due_date() -> None:
    visit = new_visit()
    visit.acknowledge_privacy()
    insert(visit, SOFIE)
    visit.lookup_started()
    visit.identity_confirmed()
    visit.lookup_answered(janssens(NOW.date(), pieter_confirmed=True))
    answer_all(visit, {"has_tax_assessment": False})  # three months of income proof are needed
    assert [(line.evidence_type, line.state) for line in evidence_lines(visit)] == [
        ("income_last_3_months", None)
    ]
    pass_evidence(visit)  # nothing added, not even "bring later"
    summary = signing_summary(visit)
    assert [(e.evidence_type, e.state) for e in summary.evidence] == [("income_last_3_months", None)]
    sign(visit)
    household = visit_overview(visit)
    sofie = next(m for m in household.members if m.first_names == "Sofie")
    assert [(o.kind, o.evidence_type, o.due) for o in sofie.owed] == [
        ("evidence", "income_last_3_months", NOW.date() + timedelta(days=RULES.letter_days))
    ]
    assert not household.complete


def test_a_passed_deadline_is_shown_as_passed() -> None:
    letter = NOW.date() - timedelta(days=RULES.letter_days + 4)
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, janssens(letter))
    household = visit_overview(visit)
    assert household.deadline.passed and household.deadline.days_left == -4
    assert all(o.overdue for m in household.members for o in m.owed)
    assert any(m.owed for m in household.members)


def test_a_deadline_within_the_warning_days_is_flagged_on_the_visit() -> None:
    letter = NOW.date() - timedelta(days=RULES.letter_days - RULES.due_soon_days)
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, janssens(letter))
    deadline = visit_overview(visit).deadline
    assert deadline.close and not deadline.passed and deadline.days_left == RULES.due_soon_days


# --- the card, the privacy notice, the questions ---------------------------------------------------


def test_a_card_left_in_the_reader_is_not_carried_into_the_next_visit() -> None:
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, janssens(NOW.date()))
    visit.go_to_review()
    assert visit.end(keep=False) is not None  # a signed confirmation is kept
    # The next visit begins with Sofie's card still in the reader.
    following = new_visit(card_in_reader=True)
    assert following.stale_card
    following.acknowledge_privacy()
    assert following.step is Step.INSERT_CARD
    following.card_read(SOFIE)  # a late read of the old card changes nothing
    assert following.card is None and not following.dossier.members
    assert following.step is Step.INSERT_CARD
    assert not following.card_present_changed(True)  # still the same card: not read
    remove(following)
    assert not following.stale_card
    insert(following, PIETER)
    assert following.step is Step.IDENTITY and following.card is not None


def test_every_adult_who_joins_later_sees_the_privacy_notice_and_numbering_starts_at_one() -> None:
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, janssens(NOW.date()))
    remove(visit)
    assert visit.step is Step.AWAITING_CARD
    insert(visit, PIETER)
    assert visit.step is Step.PRIVACY_NOTICE and visit.notice_for_a_later_adult
    assert visit.card is None  # the identity is not shown before the notice
    visit.acknowledge_privacy()
    assert visit.step is Step.IDENTITY and visit.card is not None
    visit.identity_confirmed()
    done, total = visit.question_count()
    assert done == 0  # "Vraag 1 van N": the household's questions were Sofie's
    household_questions = {d.id for d in RULES.declarations if d.applies_to == "household"}
    assert visit.pending_question() is not None
    assert visit.pending_question()[1].id not in household_questions  # type: ignore[index]
    assert total == len(RULES.applicable({}, "every_adult"))  # his own questions only


def test_the_same_card_back_resumes_where_it_was_without_the_notice_again() -> None:
    visit = new_visit()
    visit.acknowledge_privacy()
    insert(visit, SOFIE)
    visit.lookup_started()
    visit.identity_confirmed()
    visit.lookup_answered(janssens(NOW.date()))
    visit.answer(True)
    remove(visit)
    assert visit.step is Step.AWAITING_CARD and visit.card is None
    insert(visit, SOFIE)
    assert visit.step is Step.QUESTIONS
    assert visit.question_count()[0] == 1


def test_questions_and_signing_wait_for_the_registers_answer() -> None:
    """The register's answer decides the adult's role (so their questions) and the household key."""
    visit = new_visit()
    visit.acknowledge_privacy()
    insert(visit, SOFIE)
    visit.lookup_started()
    visit.identity_confirmed()
    assert visit.step is Step.QUESTIONS and visit.waiting_for_register
    assert visit.pending_question() is None
    with pytest.raises(LookupPending):
        visit.questions_done()
    visit.lookup_answered(janssens(NOW.date()))
    assert not visit.waiting_for_register and visit.pending_question() is not None
    answer_all(visit)
    pass_evidence(visit)
    sign(visit)
    assert visit.dossier.household_key == "201905140017"


def test_an_adult_sees_their_answers_before_the_pin() -> None:
    visit = new_visit()
    visit.acknowledge_privacy()
    insert(visit, SOFIE)
    visit.lookup_started()
    visit.identity_confirmed()
    visit.lookup_answered(janssens(NOW.date()))
    answer_all(visit, {"owns_property": True})
    summary = signing_summary(visit)
    answers = {line.declaration_id: line.answer for line in summary.answers}
    assert answers["owns_property"] is True and answers["still_wants_registration"] is True
    assert all(line.text_nl for line in summary.answers)
    assert ("property_deed", None) in [(e.evidence_type, e.state) for e in summary.evidence]


def test_the_authenticity_policy_is_the_cores() -> None:
    tampered = card(authenticity=Authenticity.TAMPERED)
    visit = new_visit()
    visit.acknowledge_privacy()
    insert(visit, tampered)
    assert visit.card is not None and visit.card.decision is CardDecision.NEEDS_VISUAL_CHECK
    assert not visit.may_go_on_with_card()
    with pytest.raises(PermissionDenied):
        visit.identity_confirmed()
    with pytest.raises(PermissionDenied):
        visit.visual_check_recorded()  # a volunteer cannot accept a doubtful card


# --- per visit: language and look --------------------------------------------------------------


def test_a_turkish_visit_followed_by_another_starts_in_dutch() -> None:
    visit = new_visit()
    visit.set_language("tr")
    visit.set_high_contrast(True)
    visit.set_font_step(2)
    first_adult_confirms(visit, SOFIE, janssens(NOW.date()))
    assert visit.language == "tr"
    visit.end(keep=True)
    following = new_visit()
    assert following.language == "nl"
    assert (following.presentation.high_contrast, following.presentation.font_step) == (False, 0)


# --- the offline lease ---------------------------------------------------------------------------


def test_no_new_visit_once_the_offline_lease_has_run_out() -> None:
    with pytest.raises(OfflineTooLong):
        Visit.start(VOLUNTEER, RULES, FakeClock(NOW), card_in_reader=False, lease_refused=True)
