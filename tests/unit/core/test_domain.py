"""Domain rules: adults by partial birth dates, deadlines, roles, authenticity, completeness."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk import domain
from kiosk.domain import (
    PERMISSIONS,
    Action,
    CardDecision,
    DeadlineState,
    Dossier,
    Evidence,
    EvidenceFile,
    Member,
    Missing,
    Role,
)
from kiosk.errors import PermissionDenied
from kiosk.ports import Authenticity, PartialDate
from kiosk.rules import load_rules_version
from tests.unit.core.factories import (
    ALL_NO,
    COORDINATOR,
    STAFF,
    TRAINING_VOLUNTEER,
    VISIT_DAY,
    VOLUNTEER,
    card,
    confirmation,
)

RULES = load_rules_version("2026.1")  # the declarations these tests answer

# --- adults by partial birth date ------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "on", "adult"),
    [
        (PartialDate(2008, 11, 27), date(2026, 11, 27), True),  # 18th birthday itself
        (PartialDate(2008, 11, 28), date(2026, 11, 27), False),  # the day before
        (PartialDate(2008, 2, 29), date(2026, 2, 28), False),  # leap-day birth, common year
        (PartialDate(2008, 2, 29), date(2026, 3, 1), True),
        (PartialDate(2008), date(2026, 1, 1), True),  # year only: may already be 18
        (PartialDate(2009), date(2026, 12, 31), False),
        (PartialDate(2008, 12), date(2026, 12, 1), True),  # month known, day not
        (PartialDate(2008, 12), date(2026, 11, 30), False),
        (PartialDate(1971), date(2026, 11, 27), True),  # Youssef Benali, year only
        (PartialDate(2015, 6, 1), date(2026, 11, 27), False),  # Noor De Smet
    ],
)
def test_adult_by_partial_birth_date(birth: PartialDate, on: date, adult: bool) -> None:
    assert domain.is_adult(birth, on) is adult


def test_a_partial_birth_date_near_18_is_flagged_uncertain() -> None:
    assert domain.adulthood_uncertain(PartialDate(2008), date(2026, 6, 1))
    assert not domain.adulthood_uncertain(PartialDate(2008), date(2027, 1, 1))
    assert not domain.adulthood_uncertain(PartialDate(2008, 5, 4), date(2026, 6, 1))
    assert domain.adulthood_uncertain(PartialDate(2008, 6), date(2026, 6, 10))


def test_latest_birth_date_knows_month_lengths() -> None:
    assert domain.latest_birth_date(PartialDate(2008, 2)) == date(2008, 2, 29)
    assert domain.latest_birth_date(PartialDate(2007, 2)) == date(2007, 2, 28)
    assert domain.latest_birth_date(PartialDate(2007, 12)) == date(2007, 12, 31)
    assert domain.latest_birth_date(PartialDate(2007)) == date(2007, 12, 31)


# --- deadlines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("letter", "deadline"),
    [
        (date(2026, 11, 16), date(2026, 12, 16)),  # the seeded Janssens household
        (date(2026, 1, 31), date(2026, 3, 2)),  # across February in a common year
        (date(2028, 1, 31), date(2028, 3, 1)),  # ... and in a leap year
        (date(2028, 1, 30), date(2028, 2, 29)),  # landing on 29 February
        (date(2026, 12, 15), date(2027, 1, 14)),  # across the year end
    ],
)
def test_letter_deadline_is_30_calendar_days(letter: date, deadline: date) -> None:
    assert domain.confirm_by(letter, None, letter_days=30, reminder_days=15) == deadline
    assert Dossier("confirmation", letter_date=letter).deadline(RULES) == deadline  # the rules file's 30


@pytest.mark.parametrize(
    ("reminder", "deadline"),
    [
        (date(2026, 11, 20), date(2026, 12, 5)),  # the seeded Dubois household
        (date(2028, 2, 14), date(2028, 2, 29)),
        (date(2027, 2, 14), date(2027, 3, 1)),
        (date(2026, 12, 31), date(2027, 1, 15)),
    ],
)
def test_a_reminder_sets_its_own_15_day_deadline(reminder: date, deadline: date) -> None:
    assert domain.confirm_by(date(2026, 1, 1), reminder, letter_days=30, reminder_days=15) == deadline
    dossier = Dossier("confirmation", letter_date=date(2026, 1, 1), reminder_date=reminder)
    assert dossier.deadline(RULES) == deadline


def test_without_a_letter_there_is_no_deadline() -> None:
    assert domain.confirm_by(None, None, letter_days=30, reminder_days=15) is None
    assert domain.deadline_state(None, VISIT_DAY, 7) == DeadlineState.NONE


def test_the_last_day_is_included() -> None:
    deadline = date(2026, 12, 16)
    assert domain.deadline_state(deadline, date(2026, 12, 16), 7) == DeadlineState.LAST_DAY
    assert domain.deadline_state(deadline, date(2026, 12, 17), 7) == DeadlineState.PASSED
    assert domain.deadline_state(deadline, date(2026, 12, 9), 7) == DeadlineState.DUE_SOON
    assert domain.deadline_state(deadline, date(2026, 12, 8), 7) == DeadlineState.OK


def test_the_signing_time_counts_not_the_sync_time() -> None:
    deadline = date(2026, 12, 16)
    from datetime import UTC, datetime

    assert domain.confirmed_in_time(deadline, datetime(2026, 12, 16, 22, 0, tzinfo=UTC))
    assert not domain.confirmed_in_time(deadline, datetime(2026, 12, 17, 0, 1, tzinfo=UTC))


def test_campaign_window_from_the_rules() -> None:
    assert RULES.in_campaign_window(date(2027, 1, 2))
    assert RULES.in_campaign_window(date(2027, 2, 15))
    assert not RULES.in_campaign_window(date(2027, 1, 1))
    assert not RULES.in_campaign_window(date(2027, 2, 16))


# --- roles -----------------------------------------------------------------------------------

_EXPECTED_TABLE = {
    # action: (volunteer, wil_staff, coordinator), as in docs/architecture.md section 4
    Action.RUN_VISIT: (True, True, True),
    Action.READ_CARD: (True, True, True),
    Action.PIN_CONFIRMATION: (True, True, True),
    Action.ATTACH_EVIDENCE: (True, True, True),
    Action.PRINT_RECEIPT: (True, True, True),
    Action.ADD_MINOR_BY_HAND: (True, True, True),
    Action.ADD_ADULT_BY_HAND: (False, True, False),
    Action.STAFF_ATTESTATION: (False, True, False),
    Action.SHOWN_AT_COUNTER: (False, True, False),
    Action.RECORD_VOLMACHT: (False, True, False),
    Action.ACCEPT_AFTER_VISUAL_CHECK: (False, True, False),
    Action.RECORD_WITHOUT_CARD: (True, True, True),
    Action.CHECK_DOCUMENTS: (False, True, False),
    Action.MANAGE_OPERATORS: (False, False, True),
    Action.REQUEUE: (False, False, True),
    Action.PURGE: (False, False, True),
    Action.REPRINT: (False, False, True),
    Action.STATISTICS: (False, False, True),
    Action.SETTINGS: (False, False, True),
}


@pytest.mark.parametrize("action", list(Action))
@pytest.mark.parametrize("column", [0, 1, 2])
def test_every_row_of_the_roles_table(action: Action, column: int) -> None:
    role = [Role.VOLUNTEER, Role.WIL_STAFF, Role.COORDINATOR][column]
    expected = _EXPECTED_TABLE[action][column]
    assert domain.allowed({role}, action) is expected
    if expected:
        domain.require({role}, action)
    else:
        with pytest.raises(PermissionDenied):
            domain.require({role}, action)


def test_the_table_covers_every_action() -> None:
    assert set(PERMISSIONS) == set(Action) == set(_EXPECTED_TABLE)


def test_several_roles_add_up() -> None:
    both = {Role.WIL_STAFF, Role.COORDINATOR}
    assert domain.allowed(both, Action.STAFF_ATTESTATION)
    assert domain.allowed(both, Action.PURGE)


def test_a_minor_by_hand_by_anyone_an_adult_by_hand_only_by_staff() -> None:
    dossier = Dossier(kind="confirmation")
    noor = domain.add_member_by_hand(
        dossier,
        VOLUNTEER,
        surname="De Smet",
        first_names="Noor",
        birth_date=PartialDate(2015, 6, 1),
        role="child",
        on=VISIT_DAY,
    )
    assert not noor.adult_on(VISIT_DAY)
    with pytest.raises(PermissionDenied):
        domain.add_member_by_hand(
            dossier,
            VOLUNTEER,
            surname="X",
            first_names="Y",
            birth_date=PartialDate(1980, 1, 1),
            role="partner",
            on=VISIT_DAY,
        )
    with pytest.raises(PermissionDenied):
        domain.add_member_by_hand(
            dossier, VOLUNTEER, surname="X", first_names="Y", birth_date=None, role="other", on=VISIT_DAY
        )
    adult = domain.add_member_by_hand(
        dossier, STAFF, surname="X", first_names="Y", birth_date=None, role="other", on=VISIT_DAY
    )
    assert adult.adult_on(VISIT_DAY)
    assert len(dossier.members) == 2


def test_staff_attestation_and_counter_check_are_staff_only() -> None:
    dossier = Dossier(kind="confirmation")
    member = domain.member_from_card(card(), "reference_tenant")
    dossier.members.append(member)
    attestation = confirmation(method="staff_attested", reason="no PIN", about=member)
    with pytest.raises(PermissionDenied):
        domain.record_confirmation(dossier, member, attestation, VOLUNTEER)
    with pytest.raises(PermissionDenied):
        domain.record_confirmation(dossier, member, attestation, COORDINATOR)
    domain.record_confirmation(dossier, member, attestation, STAFF)
    evidence = Evidence("tax_assessment", member.member_id)
    with pytest.raises(PermissionDenied):
        domain.set_evidence_state(evidence, "shown_at_counter", VOLUNTEER)
    domain.set_evidence_state(evidence, "shown_at_counter", STAFF)
    assert evidence.satisfied


def test_an_attestation_needs_a_reason() -> None:
    dossier = Dossier(kind="confirmation")
    member = domain.member_from_card(card(), "reference_tenant")
    with pytest.raises(ValueError, match="reason"):
        domain.record_confirmation(
            dossier, member, confirmation(method="staff_attested", about=member), STAFF
        )


# --- the authenticity policy -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("verdict", "training", "checked", "expected"),
    [
        (Authenticity.GENUINE, False, False, CardDecision.PROCEED),
        (Authenticity.TEST_CARD, False, False, CardDecision.REFUSED),
        (Authenticity.TEST_CARD, True, False, CardDecision.PROCEED),
        (Authenticity.EXPIRED, False, False, CardDecision.IDENTIFY_ONLY),
        (Authenticity.TAMPERED, False, False, CardDecision.NEEDS_VISUAL_CHECK),
        (Authenticity.TAMPERED, False, True, CardDecision.PROCEED),
        (Authenticity.UNVERIFIABLE, False, False, CardDecision.NEEDS_VISUAL_CHECK),
        (Authenticity.UNVERIFIABLE, True, True, CardDecision.PROCEED),
    ],
)
def test_authenticity_policy(
    verdict: Authenticity, training: bool, checked: bool, expected: CardDecision
) -> None:
    assert domain.card_decision(verdict, training=training, visual_check_done=checked) == expected


def test_a_test_card_only_in_training_mode() -> None:
    test_card = card(authenticity=Authenticity.TEST_CARD)
    with pytest.raises(PermissionDenied, match="training"):
        domain.accept_card(test_card, VOLUNTEER)
    assert domain.accept_card(test_card, TRAINING_VOLUNTEER) == CardDecision.PROCEED


@pytest.mark.parametrize("verdict", [Authenticity.TAMPERED, Authenticity.UNVERIFIABLE])
def test_a_doubtful_card_only_after_staff_visual_check(verdict: Authenticity) -> None:
    doubtful = card(authenticity=verdict)
    with pytest.raises(PermissionDenied):
        domain.accept_card(doubtful, STAFF)  # not yet checked
    with pytest.raises(PermissionDenied):
        domain.accept_card(doubtful, VOLUNTEER, visual_check_done=True)  # a volunteer cannot vouch
    assert domain.accept_card(doubtful, STAFF, visual_check_done=True) == CardDecision.PROCEED


def test_an_expired_card_identifies_but_cannot_sign() -> None:
    expired = card(authenticity=Authenticity.EXPIRED)
    assert domain.accept_card(expired, VOLUNTEER) == CardDecision.IDENTIFY_ONLY
    assert not domain.may_sign_with(expired)
    assert domain.may_sign_with(card())


# --- completeness ----------------------------------------------------------------------------


def _janssens() -> tuple[Dossier, domain.Member, domain.Member, domain.Member]:
    dossier = Dossier(
        kind="confirmation",
        candidate_number="201905140017",
        letter_date=date(2026, 11, 16),
        register_checked=True,
    )
    sofie = domain.member_from_card(card(), "reference_tenant")
    pieter = domain.member_from_card(
        card("88110210514", "De Smet", "Pieter", PartialDate(1988, 11, 2)), "partner"
    )
    dossier.members += [sofie, pieter]
    noor = domain.add_member_by_hand(
        dossier,
        VOLUNTEER,
        surname="De Smet",
        first_names="Noor",
        birth_date=PartialDate(2015, 6, 1),
        role="child",
        on=VISIT_DAY,
    )
    return dossier, sofie, pieter, noor


def test_complete_when_every_present_adult_confirmed() -> None:
    dossier, sofie, pieter, _ = _janssens()
    assert domain.dossier_status(dossier, RULES, VISIT_DAY) == domain.DossierStatus.DRAFT
    domain.record_confirmation(dossier, sofie, confirmation(about=sofie), VOLUNTEER)
    assert domain.missing_items(dossier, RULES, VISIT_DAY) == [Missing("confirmation", pieter.member_id)]
    assert domain.dossier_status(dossier, RULES, VISIT_DAY) == domain.DossierStatus.INCOMPLETE
    domain.record_confirmation(dossier, pieter, confirmation(about=pieter), VOLUNTEER)
    assert domain.is_complete(dossier, RULES, VISIT_DAY)
    assert not domain.is_definitive(dossier, RULES, VISIT_DAY)  # no dossier number yet
    assert domain.dossier_status(dossier, RULES, VISIT_DAY) == domain.DossierStatus.COMPLETE
    dossier.dossier_number = "202611270042"
    assert domain.is_definitive(dossier, RULES, VISIT_DAY)


def test_required_evidence_must_be_attached_or_shown() -> None:
    dossier, sofie, pieter, _ = _janssens()
    no_assessment = {**ALL_NO, "has_tax_assessment": False}
    del no_assessment["income_changed"]
    domain.record_confirmation(dossier, sofie, confirmation(no_assessment, about=sofie), VOLUNTEER)
    domain.record_confirmation(dossier, pieter, confirmation(about=pieter), VOLUNTEER)
    assert domain.missing_items(dossier, RULES, VISIT_DAY) == [
        Missing("evidence", sofie.member_id, "income_last_3_months")
    ]
    later = Evidence("income_last_3_months", sofie.member_id, state="bring_later")
    dossier.evidence.append(later)
    assert not domain.is_complete(dossier, RULES, VISIT_DAY)
    later.files.append(EvidenceFile("ab" * 32, "application/pdf", 1234))
    later.state = "attached"
    assert domain.is_complete(dossier, RULES, VISIT_DAY)


def test_evidence_of_another_member_does_not_count() -> None:
    dossier, sofie, pieter, _ = _janssens()
    answers = {**ALL_NO, "owns_property": True, "property_exception": False}
    domain.record_confirmation(dossier, sofie, confirmation(answers, about=sofie), VOLUNTEER)
    domain.record_confirmation(dossier, pieter, confirmation(about=pieter), VOLUNTEER)
    dossier.evidence.append(Evidence("property_deed", pieter.member_id, "shown_at_counter"))
    assert Missing("evidence", sofie.member_id, "property_deed") in domain.missing_items(
        dossier, RULES, VISIT_DAY
    )


def test_unanswered_declarations_keep_it_incomplete() -> None:
    dossier, sofie, pieter, _ = _janssens()
    domain.record_confirmation(
        dossier, sofie, confirmation({"still_wants_registration": True}, about=sofie), VOLUNTEER
    )
    domain.record_confirmation(dossier, pieter, confirmation(about=pieter), VOLUNTEER)
    assert Missing("declarations", sofie.member_id) in domain.missing_items(dossier, RULES, VISIT_DAY)


def test_an_absent_adult_keeps_the_dossier_incomplete_unless_volmacht() -> None:
    dossier, sofie, pieter, _ = _janssens()
    domain.mark_absent(pieter, "hospital")
    domain.record_confirmation(dossier, sofie, confirmation(about=sofie), VOLUNTEER)
    assert domain.missing_items(dossier, RULES, VISIT_DAY) == [Missing("absent_adult", pieter.member_id)]
    on_behalf = confirmation(on_behalf=True, about=pieter, signer=sofie.national_number)
    with pytest.raises(PermissionDenied, match="volmacht"):
        domain.record_confirmation(dossier, pieter, on_behalf, VOLUNTEER)
    volmacht = Evidence("volmacht", None, "attached", [EvidenceFile("cd" * 32, "application/pdf", 99)])
    with pytest.raises(PermissionDenied):
        domain.record_volmacht(dossier, pieter, volmacht, VOLUNTEER)
    domain.record_volmacht(dossier, pieter, volmacht, STAFF)
    domain.record_confirmation(dossier, pieter, on_behalf, VOLUNTEER)
    assert domain.is_complete(dossier, RULES, VISIT_DAY)


def test_an_absent_adult_confirmed_without_on_behalf_flag_is_still_missing() -> None:
    dossier, sofie, pieter, _ = _janssens()
    domain.mark_absent(pieter, "abroad")
    domain.record_confirmation(dossier, sofie, confirmation(about=sofie), VOLUNTEER)
    pieter.confirmation = confirmation()
    assert Missing("absent_adult", pieter.member_id) in domain.missing_items(dossier, RULES, VISIT_DAY)


def test_a_household_without_adults_is_not_complete() -> None:
    dossier = Dossier(kind="registration", register_checked=True)
    assert domain.missing_items(dossier, RULES, VISIT_DAY) == [Missing("no_adult")]


def test_an_unchecked_household_is_never_complete() -> None:
    # Offline, nobody knows which adults the register expects: the receipt must not say "done".
    dossier, sofie, pieter, _ = _janssens()
    dossier.register_checked = False
    domain.record_confirmation(dossier, sofie, confirmation(about=sofie), VOLUNTEER)
    domain.record_confirmation(dossier, pieter, confirmation(about=pieter), VOLUNTEER)
    assert domain.missing_items(dossier, RULES, VISIT_DAY) == [Missing("register_check")]
    assert not domain.is_complete(dossier, RULES, VISIT_DAY)


def test_an_adult_the_register_lists_owes_a_confirmation_until_confirmed_somewhere() -> None:
    dossier, sofie, pieter, _ = _janssens()
    listed = Member("", "Jonas", None, "other", adult_override=True, register_ref="r3")
    dossier.members.append(listed)
    domain.record_confirmation(dossier, sofie, confirmation(about=sofie), VOLUNTEER)
    domain.record_confirmation(dossier, pieter, confirmation(about=pieter), VOLUNTEER)
    assert domain.missing_items(dossier, RULES, VISIT_DAY) == [Missing("confirmation", listed.member_id)]
    assert domain.member_status(dossier, listed, VISIT_DAY) is domain.MemberStatus.TO_CONFIRM
    listed.confirmed_at_register = True  # the register already held Jonas's confirmation
    assert domain.is_complete(dossier, RULES, VISIT_DAY)
    assert domain.member_status(dossier, listed, VISIT_DAY) is domain.MemberStatus.CONFIRMED_EARLIER
    assert domain.adults_progress(dossier, VISIT_DAY) == (3, 3)


def test_household_key_prefers_the_candidate_number() -> None:
    dossier, *_ = _janssens()
    assert dossier.household_key == "201905140017"
    dossier.candidate_number = None
    assert dossier.household_key == "90031410231"


def test_personal_data_stays_out_of_reprs() -> None:
    dossier, sofie, *_ = _janssens()
    assert "Janssens" not in repr(dossier) + repr(sofie) + repr(card())
    assert "90031410231" not in repr(dossier) + repr(sofie) + repr(card())


def test_virtual_readers_only_in_training_or_when_allowed() -> None:
    assert domain.reader_allowed("ACS ACR39U ICC Reader 00 00", training=False)
    assert not domain.reader_allowed("Virtual PCD 00 00", training=False)
    assert domain.reader_allowed("Virtual PCD 00 01", training=True)
    assert domain.reader_allowed("Virtual PCD 00 00", training=False, allow_virtual_readers=True)


# --- the statement must be about the member it is recorded for -------------------------------


def test_a_statement_about_another_member_is_refused() -> None:
    dossier, sofie, pieter, _ = _janssens()
    with pytest.raises(PermissionDenied, match="not about this member"):
        domain.record_confirmation(dossier, pieter, confirmation(about=sofie), VOLUNTEER)
    assert pieter.confirmation is None


def test_a_statement_signed_by_another_card_is_refused() -> None:
    dossier, sofie, pieter, _ = _janssens()
    signed_by_sofie = confirmation(about=pieter, signer=sofie.national_number)
    with pytest.raises(PermissionDenied, match="own card"):
        domain.record_confirmation(dossier, pieter, signed_by_sofie, VOLUNTEER)
    assert pieter.confirmation is None


def test_a_statement_without_national_numbers_is_refused() -> None:
    dossier, sofie, _, _ = _janssens()
    with pytest.raises(PermissionDenied):
        domain.record_confirmation(dossier, sofie, confirmation(), VOLUNTEER)


def test_staff_cannot_attest_with_their_own_number_as_signer() -> None:
    dossier, sofie, _, _ = _janssens()
    own = confirmation(method="staff_attested", reason="no PIN", about=sofie, signer=sofie.national_number)
    with pytest.raises(PermissionDenied, match="themselves"):
        domain.record_confirmation(dossier, sofie, own, STAFF)


def test_on_behalf_must_be_signed_by_another_present_member() -> None:
    dossier, sofie, pieter, _ = _janssens()
    domain.mark_absent(pieter, "hospital")
    volmacht = Evidence("volmacht", None, "shown_at_counter")
    domain.record_volmacht(dossier, pieter, volmacht, STAFF)
    outsider = confirmation(on_behalf=True, about=pieter, signer="75073010636")  # not of this household
    with pytest.raises(PermissionDenied, match="another adult"):
        domain.record_confirmation(dossier, pieter, outsider, VOLUNTEER)
    himself = confirmation(on_behalf=True, about=pieter, signer=pieter.national_number)
    with pytest.raises(PermissionDenied, match="another adult"):
        domain.record_confirmation(dossier, pieter, himself, VOLUNTEER)
    domain.record_confirmation(
        dossier, pieter, confirmation(on_behalf=True, about=pieter, signer=sofie.national_number), VOLUNTEER
    )
    assert pieter.confirmation is not None
