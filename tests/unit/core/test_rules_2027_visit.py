"""Rules 2027.1 in a visit, through the core alone: questions by role, roles chosen, household changes
since the last round, a withdrawal asked twice, and a draft that keeps the rules it began under.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kiosk import domain
from kiosk.clock import FakeClock
from kiosk.domain import ChangeRefused, DossierStatus, MemberStatus, household_changes, missing_items
from kiosk.ports import CardIdentity, HouseholdLookup, LookupMember, PartialDate
from kiosk.register_household import match_code
from kiosk.rules import load_rules_version
from kiosk.visit import InvalidTransition, RoleNotChosen, RoleRefused, Step, Visit
from kiosk.visit_views import visit_overview
from tests.unit.core.conftest import NOW
from tests.unit.core.factories import card
from tests.unit.core.test_confirming import EcSigner
from tests.unit.core.test_visit import PIETER, SALT, SOFIE, VOLUNTEER, insert, remove

RULES = load_rules_version("2027.1")
LEGACY = load_rules_version("2026.1")
LOTTE = card("85030511091", "Maes", "Lotte", PartialDate(1985, 3, 5))
YOUSSEF = card("71000011320", "Benali", "Youssef", PartialDate(1971))
NOOR = card("08060100273", "De Smet", "Noor", PartialDate(2008, 6, 1))
# The reference tenant's answers that want no evidence and carry no outcome.
STAYING = {
    "still_wants_registration": True,
    "registered": True,
    "has_tax_assessment": True,
    "composition_changed": False,
}


def maes() -> HouseholdLookup:
    """Lotte, the reference tenant, and Youssef, a bijwoner (role "other")."""
    return HouseholdLookup(
        candidate_number="202102030004",
        letter_date=NOW.date(),
        reminder_date=None,
        members=(
            LookupMember(
                "d4" * 8, "Lotte", "reference_tenant", True, False, match_code(SALT, LOTTE.national_number)
            ),
            LookupMember(
                "e5" * 8, "Youssef", "other", True, False, match_code(SALT, YOUSSEF.national_number)
            ),
        ),
        match_salt=SALT,
    )


def janssens_with_noor_18() -> HouseholdLookup:
    """Sofie, Pieter, and Noor: a child the register lists, 18 now (its adult flag says so)."""
    return HouseholdLookup(
        candidate_number="201905140017",
        letter_date=NOW.date(),
        reminder_date=None,
        members=(
            LookupMember(
                "a1" * 8, "Sofie", "reference_tenant", True, False, match_code(SALT, SOFIE.national_number)
            ),
            LookupMember(
                "b2" * 8, "Pieter", "partner", True, False, match_code(SALT, PIETER.national_number)
            ),
            LookupMember("c3" * 8, "Noor", "child", True, False, match_code(SALT, NOOR.national_number)),
        ),
        match_salt=SALT,
    )


def new_visit(rules: object = RULES) -> Visit:
    return Visit.start(VOLUNTEER, rules, FakeClock(NOW), card_in_reader=False, lease_refused=False)  # type: ignore[arg-type]


def arrive(
    visit: Visit, identity: CardIdentity, lookup: HouseholdLookup | None = None, *, first: bool
) -> None:
    """A card in, its holder through the privacy notice and identity; the first card asks the register."""
    if first:
        visit.acknowledge_privacy()
    insert(visit, identity)
    if visit.step is Step.PRIVACY_NOTICE:
        visit.acknowledge_privacy()
    if first:
        visit.lookup_started()
        visit.lookup_answered(lookup)
    visit.identity_confirmed()


def answer(visit: Visit, answers: dict[str, bool]) -> list[str]:
    """Answer every open question (unlisted: no), going past informational outcomes; the ids asked."""
    asked = []
    while (pending := visit.pending_question()) is not None:
        asked.append(pending[1].id)
        visit.answer(answers.get(pending[1].id, False))
        if visit.outcome is not None and not visit.outcome.needs_confirmation:
            visit.acknowledge_outcome()
    return asked


def sign(visit: Visit) -> None:
    member = visit.current_member
    assert member is not None
    visit.signed(member.member_id, visit.signing_job(EcSigner())())


def test_a_bijwoner_is_asked_only_whether_they_belong_and_signs_without_evidence() -> None:
    visit = new_visit()
    arrive(visit, LOTTE, maes(), first=True)
    asked = answer(visit, STAYING)
    assert "still_in_household" not in asked and {"registered", "owns_property", "has_assets"} <= set(asked)
    visit.questions_done()
    sign(visit)
    remove(visit)
    arrive(visit, YOUSSEF, first=False)
    assert visit.step is Step.QUESTIONS
    assert answer(visit, {"still_in_household": True}) == ["still_in_household"]
    visit.questions_done()
    assert visit.step is Step.CONFIRM  # no evidence step: nothing is wanted of a bijwoner
    youssef = visit.current_member
    assert youssef is not None
    assert visit.declarations_of_current() == {"still_in_household": True}  # no household answers
    sign(visit)
    assert missing_items(visit.dossier, RULES, NOW.date()) == []
    assert domain.member_status(visit.dossier, youssef, NOW.date()) is MemberStatus.CONFIRMED


def test_the_household_questions_wait_for_the_reference_tenant_or_partner() -> None:
    visit = new_visit()
    visit.acknowledge_privacy()
    insert(visit, YOUSSEF)  # the bijwoner comes first
    visit.lookup_started()
    visit.lookup_answered(maes())
    visit.identity_confirmed()
    assert answer(visit, {"still_in_household": True}) == ["still_in_household"]
    visit.questions_done()
    sign(visit)
    kinds = [m.kind for m in missing_items(visit.dossier, RULES, NOW.date())]
    assert kinds == ["confirmation"]  # Lotte's, who answers the household's questions too


def test_the_conditions_follow_the_answers_and_evidence_lands_on_the_adult() -> None:
    visit = new_visit()
    arrive(visit, LOTTE, maes(), first=True)
    answer(visit, {**STAYING, "owns_property": True, "property_exception": True, "foreign_income": True})
    visit.questions_done()
    assert visit.step is Step.EVIDENCE
    lotte = visit.current_member
    assert lotte is not None
    wanted = visit.evidence_wanted()
    assert wanted == [
        ("foreign_income", lotte.member_id),
        ("property_deed", lotte.member_id),
        ("property_exception", lotte.member_id),
    ]


def test_informational_outcomes_are_shown_recorded_and_never_refuse() -> None:
    visit = new_visit()
    arrive(visit, LOTTE, maes(), first=True)
    answers = {**STAYING, "registered": False, "refugee_protection": False}
    while (pending := visit.pending_question()) is not None:
        visit.answer(answers.get(pending[1].id, False))
        if pending[1].id == "refugee_protection":
            break
    shown = visit.outcome
    assert shown is not None and shown.kind == "not_registered" and not shown.needs_confirmation
    with pytest.raises(InvalidTransition):
        visit.confirm_outcome()
    visit.acknowledge_outcome()
    assert visit.outcome is None and visit.pending_question() is not None  # the visit goes on
    answer(visit, {"has_assets": True})
    assert visit.answers[visit.current.member_id]["has_assets"] is True  # type: ignore[union-attr]
    visit.questions_done()
    assert visit.step in (Step.EVIDENCE, Step.CONFIRM)


def test_the_asset_answer_has_an_outcome_that_says_wil_checks() -> None:
    visit = new_visit()
    arrive(visit, LOTTE, maes(), first=True)
    while (pending := visit.pending_question()) is not None and pending[1].id != "has_assets":
        visit.answer(STAYING.get(pending[1].id, False))
    visit.answer(True)
    assert visit.outcome is not None and visit.outcome.kind == "asset_test"


def test_a_withdrawal_is_asked_twice_signed_and_owes_nothing_else() -> None:
    visit = new_visit()
    arrive(visit, SOFIE, janssens_with_noor_18(), first=True)
    assert visit.pending_question()[1].id == "still_wants_registration"  # type: ignore[index]
    visit.answer(False)
    shown = visit.outcome
    assert shown is not None and shown.kind == "withdrawal" and shown.needs_confirmation
    assert visit.pending_question() is None
    with pytest.raises(InvalidTransition):
        visit.questions_done()  # no way past the second question but an answer to it
    visit.previous_question()  # "no, I want to stay registered": back to the question
    assert visit.outcome is None and visit.pending_question()[1].id == "still_wants_registration"  # type: ignore[index]
    visit.answer(False)
    visit.confirm_outcome()
    assert visit.dossier.withdrawal is not None and visit.withdrawing
    assert visit.pending_question() is None  # nothing else is asked
    visit.questions_done()
    assert visit.step is Step.CONFIRM
    assert visit.declarations_of_current() == {"still_wants_registration": False}
    sign(visit)
    today = NOW.date()
    assert missing_items(visit.dossier, RULES, today) == []  # Pieter and Noor owe nothing now
    statuses = {r.first_names: r.status for r in visit_overview(visit).members}
    assert statuses["Pieter"] is MemberStatus.WITHDRAWN
    assert domain.dossier_status(visit.dossier, RULES, today) is DossierStatus.WITHDRAWN


def test_only_the_reference_tenant_withdraws_a_partners_no_is_leaving_the_household() -> None:
    visit = new_visit()
    arrive(visit, SOFIE, janssens_with_noor_18(), first=True)
    answer(visit, STAYING)
    visit.questions_done()
    sign(visit)
    remove(visit)
    arrive(visit, PIETER, first=False)
    visit.answer(False)  # "Wilt u ingeschreven blijven?" - no
    shown = visit.outcome
    assert shown is not None and shown.kind == "leaves_household" and shown.needs_confirmation
    visit.confirm_outcome()
    assert visit.dossier.withdrawal is None and visit.step is Step.HOUSEHOLD
    pieter = next(m for m in visit.dossier.members if m.first_names == "Pieter")
    departure = visit.dossier.departure(pieter)
    assert departure is not None and (departure.kind, departure.on) == ("left", NOW.date())
    owed = {(m.kind, m.member_id) for m in missing_items(visit.dossier, RULES, NOW.date())}
    assert ("confirmation", pieter.member_id) not in owed


def test_a_bijwoner_who_no_longer_belongs_leaves_the_household_and_owes_nothing() -> None:
    visit = new_visit()
    arrive(visit, LOTTE, maes(), first=True)
    answer(visit, STAYING)
    visit.questions_done()
    sign(visit)
    remove(visit)
    arrive(visit, YOUSSEF, first=False)
    visit.answer(False)
    assert visit.outcome is not None and visit.outcome.kind == "leaves_household"
    visit.confirm_outcome()
    assert missing_items(visit.dossier, RULES, NOW.date()) == []
    assert visit.dossier.withdrawal is None


def test_a_partner_who_left_owes_nothing_and_the_change_travels() -> None:
    visit = new_visit()
    arrive(visit, SOFIE, janssens_with_noor_18(), first=True)
    answer(visit, STAYING)
    visit.questions_done()
    sign(visit)
    pieter = next(m for m in visit.dossier.members if m.first_names == "Pieter")
    left_on = NOW.date() - timedelta(days=40)
    visit.record_change(pieter.member_id, "left", left_on)
    rows = {r.first_names: r for r in visit_overview(visit).members}
    assert rows["Pieter"].status is MemberStatus.LEFT and rows["Pieter"].owed == ()
    owed_by = {m.member_id for m in missing_items(visit.dossier, RULES, NOW.date())}
    assert pieter.member_id not in owed_by
    changes = household_changes(visit.dossier, NOW.date())
    assert domain.HouseholdChange("left", pieter.member_id, left_on) in changes
    assert domain.adults_progress(visit.dossier, NOW.date())[1] == 2  # Sofie and Noor, not Pieter
    visit.undo_change(pieter.member_id)
    assert pieter.member_id in {m.member_id for m in missing_items(visit.dossier, RULES, NOW.date())}


def test_a_separation_and_a_death_ask_for_their_papers() -> None:
    visit = new_visit()
    arrive(visit, SOFIE, janssens_with_noor_18(), first=True)
    answer(visit, STAYING)
    members = {m.first_names: m for m in visit.dossier.members}
    pieter, noor = members["Pieter"], members["Noor"]
    visit.back_to_household()
    visit.record_change(pieter.member_id, "separated", NOW.date() - timedelta(days=3))
    visit.record_change(noor.member_id, "deceased", NOW.date() - timedelta(days=1))
    visit.go_to_questions()
    visit.questions_done()
    assert visit.step is Step.EVIDENCE
    assert set(visit.evidence_wanted()) == {
        ("separation_documents", pieter.member_id),
        ("death_certificate", noor.member_id),
    }
    assert domain.member_status(visit.dossier, noor, NOW.date()) is MemberStatus.DECEASED


def test_changes_the_core_refuses_say_why() -> None:
    visit = new_visit()
    arrive(visit, SOFIE, janssens_with_noor_18(), first=True)
    visit.back_to_household()
    members = {m.first_names: m for m in visit.dossier.members}
    today = NOW.date()
    cases = [
        (members["Sofie"].member_id, "left", today, "here"),  # her card is in the reader
        (members["Noor"].member_id, "separated", today, "not_partner"),
        (members["Pieter"].member_id, "left", today + timedelta(days=1), "day"),
        (members["Pieter"].member_id, "left", None, "day"),
        (members["Pieter"].member_id, "moved_abroad", today, "kind"),
    ]
    for member_id, kind, on, reason in cases:
        with pytest.raises(ChangeRefused) as refused:
            visit.record_change(member_id, kind, on)
        assert refused.value.reason == reason
    remove(visit)
    arrive(visit, PIETER, first=False)
    visit.back_to_household()
    with pytest.raises(ChangeRefused) as refused:
        visit.record_change(members["Sofie"].member_id, "left", today)
    assert refused.value.reason == "reference_tenant"


def test_a_child_who_turned_18_must_confirm_as_a_bijwoner() -> None:
    visit = new_visit()
    arrive(visit, SOFIE, janssens_with_noor_18(), first=True)
    noor = next(m for m in visit.dossier.members if m.first_names == "Noor")
    row = next(r for r in visit_overview(visit).members if r.member_id == noor.member_id)
    assert row.adult and row.status is MemberStatus.TO_CONFIRM
    assert ("confirmation", noor.member_id) in {
        (m.kind, m.member_id) for m in missing_items(visit.dossier, RULES, NOW.date())
    }
    assert domain.HouseholdChange("turned_adult", noor.member_id) in household_changes(
        visit.dossier, NOW.date()
    )
    answer(visit, STAYING)
    visit.questions_done()
    sign(visit)
    remove(visit)
    arrive(visit, NOOR, first=False)
    assert answer(visit, {"still_in_household": True}) == ["still_in_household"]


def test_in_a_new_registration_the_operator_chooses_each_role() -> None:
    visit = new_visit()
    arrive(visit, SOFIE, None, first=True)  # unknown at the register
    assert visit.step is Step.HOUSEHOLD
    sofie = visit.card_member
    assert sofie is not None and not sofie.role_chosen
    with pytest.raises(RoleNotChosen):
        visit.go_to_questions()
    assert visit.roles_allowed(sofie.member_id) == ["reference_tenant", "partner", "other"]
    with pytest.raises(RoleRefused) as refused:
        visit.set_role(sofie.member_id, "child")
    assert refused.value.reason == "adult"
    visit.set_role(sofie.member_id, "partner")
    visit.go_to_questions()
    assert visit.pending_question()[1].id == "still_wants_registration"  # type: ignore[index]
    visit.back_to_household()
    child = visit.add_minor("Noor", "De Smet", PartialDate(2015, 6, 1))
    with pytest.raises(RoleRefused) as refused:
        visit.set_role(child.member_id, "other")
    assert refused.value.reason == "minor"
    remove(visit)
    arrive(visit, PIETER, first=False)
    pieter = visit.card_member
    assert pieter is not None and visit.step is Step.HOUSEHOLD and not pieter.role_chosen
    assert visit.roles_allowed(pieter.member_id) == ["reference_tenant", "other"]  # Sofie is the partner
    with pytest.raises(RoleRefused) as refused:
        visit.set_role(pieter.member_id, "partner")
    assert refused.value.reason == "taken"
    visit.set_role(pieter.member_id, "other")
    visit.go_to_questions()
    assert answer(visit, {"still_in_household": True}) == ["still_in_household"]


def test_the_registers_roles_cannot_be_changed_at_the_kiosk() -> None:
    visit = new_visit()
    arrive(visit, LOTTE, maes(), first=True)
    visit.back_to_household()
    youssef = next(m for m in visit.dossier.members if m.first_names == "Youssef")
    assert visit.roles_allowed(youssef.member_id) == []
    with pytest.raises(RoleRefused) as refused:
        visit.set_role(youssef.member_id, "partner")
    assert refused.value.reason == "from_register"


def test_a_draft_begun_under_2026_1_completes_under_2026_1() -> None:
    draft = domain.Dossier(kind="confirmation", rules_version="2026.1", practice=True)
    visit = Visit.start(
        VOLUNTEER, LEGACY, FakeClock(NOW), card_in_reader=False, lease_refused=False, draft=draft
    )
    assert visit.dossier.rules_version == "2026.1"
    visit.acknowledge_privacy()
    assert visit.step is Step.INSERT_CARD
    insert(visit, YOUSSEF)
    visit.lookup_started()
    visit.lookup_answered(maes())
    visit.identity_confirmed()
    asked = answer(visit, {"still_wants_registration": True, "has_tax_assessment": True})
    assert "income_changed" in asked and "still_in_household" not in asked  # every adult alike, as then
    new = new_visit()
    assert new.dossier.rules_version == "2027.1"


def test_completeness_is_judged_by_the_rules_a_dossier_was_answered_under() -> None:
    dossier = domain.Dossier(kind="confirmation", register_checked=True, rules_version="2026.1")
    sofie = domain.member_from_card(SOFIE, "reference_tenant")
    dossier.members.append(sofie)
    answers_2026 = {
        "still_wants_registration": True,
        "composition_changed": False,
        "co_parenting": False,
        "disability_in_household": False,
        "has_tax_assessment": True,
        "income_changed": False,
        "no_income": False,
        "foreign_income": False,
        "owns_property": False,
        "debt_settlement": False,
        "residence_papers": False,
    }
    from tests.unit.core.factories import confirmation

    domain.record_confirmation(dossier, sofie, confirmation(answers_2026, about=sofie), VOLUNTEER)
    today = date(2026, 11, 27)
    assert domain.is_complete(dossier, LEGACY, today)
    # Judged by the newer rules, the same answers leave conditions unanswered.
    assert not domain.is_complete(dossier, RULES, today)


def test_a_withdrawal_not_signed_is_taken_back_on_leaving_and_a_draft_keeps_its_no() -> None:
    visit = new_visit()
    arrive(visit, SOFIE, janssens_with_noor_18(), first=True)
    visit.answer(False)
    visit.confirm_outcome()
    visit.back_to_household()  # she walks away from the questions without signing
    assert visit.dossier.withdrawal is None
    sofie = visit.card_member
    assert sofie is not None
    assert "still_wants_registration" not in visit.answers[sofie.member_id]
    visit.go_to_questions()
    assert visit.pending_question()[1].id == "still_wants_registration"  # type: ignore[index]
    visit.answer(False)
    visit.confirm_outcome()
    visit.questions_done()
    request = visit.end(keep=True)  # kept as a draft before she signs
    assert request is not None and request.dossier.withdrawal is not None
    resumed = Visit.start(
        VOLUNTEER, RULES, FakeClock(NOW), card_in_reader=False, lease_refused=False, draft=request.dossier
    )
    resumed.acknowledge_privacy()
    insert(resumed, SOFIE)
    resumed.lookup_started()
    resumed.lookup_answered(janssens_with_noor_18())
    resumed.identity_confirmed()
    assert resumed.pending_question() is None and resumed.withdrawing
    resumed.questions_done()
    assert resumed.declarations_of_current() == {"still_wants_registration": False}  # what she signs
