"""Routes for everyone, through the core's visit service alone (no Qt).

Nobody with a readable eID (recorded by hand, "to be checked by WIL", then WIL staff check and
attest); an administrator or an outside volmacht holder who signs with their own eID; a minor who may
register; the deadline typed from the letter and the advice to act now when offline; contact details
and preferences. Real card identities of the fixture's shape, the real rules file, real papers read
back with pypdf.
"""

from __future__ import annotations

import io
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from kiosk import dossiers
from kiosk.clock import FakeClock
from kiosk.domain import MemberStatus, OperatorContext, Role
from kiosk.errors import PermissionDenied
from kiosk.models import Dossier as DossierRow
from kiosk.papers import PaperKind, PaperOffer, PaperSource, papers_offered, render
from kiosk.ports import PartialDate
from kiosk.registration import Contact, PostalAddress, Preferences, PriorityFacts, RegistrationDataError
from kiosk.visit import InvalidTransition, Step, Visit, WrongNationalNumber
from kiosk.visit_views import visit_overview
from tests.unit.core.conftest import NOW, Terminal
from tests.unit.core.factories import GRIET, card
from tests.unit.core.test_visit import (
    PIETER,
    RULES,
    SOFIE,
    STAFF,
    VOLUNTEER,
    answer_all,
    choose_role_if_asked,
    first_adult_confirms,
    insert,
    janssens,
    new_visit,
    pass_evidence,
    remove,
    sign,
    statuses,
)

ADMINISTRATOR = card("71020312371", "Claes", "Jan", PartialDate(1971, 2, 3))
NEIGHBOUR = card("80010112394", "Maes", "Els", PartialDate(1980, 1, 1))
STAFF_CARD = card(GRIET, "Vermeulen", "Griet", PartialDate(1979, 5, 20))
LOTTE = card("09040512312", "Peeters", "Lotte", PartialDate(2009, 4, 5))  # 17 on the visit day
COORDINATOR = OperatorContext("coordinator", frozenset({Role.COORDINATOR}), "T-1", "Genk", training=True)
PDF = b"%PDF-1.4\nBeschikking van de vrederechter\n%%EOF\n"


def paper_text(visit: Visit, offer: PaperOffer, language: str = "nl") -> str:
    source = PaperSource(
        dossier=visit.dossier,
        rules=RULES,
        today=visit.today,
        printed_at=NOW,
        local_reference="K7Q2",
        language=language,
        training=True,
        terminal_id="T-1",
        receipt_key=b"k" * 32,
    )
    reader = PdfReader(io.BytesIO(render(offer, source)))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def without_card(context: OperatorContext = VOLUNTEER) -> Visit:
    visit = Visit.start(
        context, RULES, FakeClock(NOW), card_in_reader=False, lease_refused=False, without_card=True
    )
    visit.acknowledge_privacy()
    assert visit.step is Step.HOUSEHOLD, "the notice first, then the household by hand: no card is asked"
    return visit


# --- nobody has a readable eID ----------------------------------------------------------------


def test_a_household_without_any_card_is_recorded_by_hand_to_be_checked_by_wil() -> None:
    visit = without_card()
    amina = visit.record_without_card("Amina", "Haddad", PartialDate(1994, 2, 1), "refugee_papers")
    karim = visit.record_without_card("Karim", "Haddad", PartialDate(1990, 8, 9), "passport", "90080912345")
    visit.add_minor("Yara", "Haddad", PartialDate(2019, 5, 1))
    assert (amina.role, karim.role) == ("reference_tenant", "partner")
    assert statuses(visit) == {
        "Amina": MemberStatus.TO_CHECK,
        "Karim": MemberStatus.TO_CHECK,
        "Yara": MemberStatus.MINOR,
    }
    overview = visit_overview(visit)
    assert overview.awaiting_wil_check and not overview.complete
    # Nothing is signed on names typed by hand: not even by WIL staff before they checked.
    with pytest.raises(InvalidTransition):
        visit.go_to_questions()
    kinds = [(o.kind, o.member_id) for o in papers_offered(overview)]
    assert (PaperKind.APPOINTMENT_SLIP, None) in kinds
    assert (PaperKind.PAPER_FORM, amina.member_id) in kinds and (
        PaperKind.PAPER_FORM,
        karim.member_id,
    ) in kinds


def test_the_appointment_slip_and_paper_form_say_what_to_bring_where_and_by_when() -> None:
    visit = without_card()
    amina = visit.record_without_card("Amina", "Haddad", PartialDate(1994, 2, 1), "refugee_papers")
    visit.record_without_card("Karim", "Haddad", PartialDate(1990, 8, 9), "lost")
    visit.set_deadline_on_letter(NOW.date() + timedelta(days=20))
    slip = paper_text(visit, PaperOffer(PaperKind.APPOINTMENT_SLIP))
    assert "Afspraak: breng deze documenten mee" in slip
    assert "Amina Haddad: uw verblijfsdocument of attest" in slip and "beslissing van het CGVS" in slip
    assert "Karim Haddad: het attest van de gemeente of de politie" in slip
    assert "Kom uiterlijk op donderdag 17 december 2026" in slip
    assert "Wonen in Limburg" in slip and "www.wil.be" in slip  # no address guessed without settings
    assert "Vlaamse overheid (Wonen in Vlaanderen)" in slip
    form = paper_text(visit, PaperOffer(PaperKind.PAPER_FORM, amina.member_id))
    assert "geen leesbare identiteitskaart" in form


def test_a_volunteer_may_not_record_by_hand_once_someone_of_the_household_confirmed() -> None:
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, None)
    with pytest.raises(InvalidTransition):
        visit.record_without_card("Amina", "Haddad", PartialDate(1994, 2, 1), "passport")
    visit.without_card = True  # even in a visit that went on without a card
    with pytest.raises(PermissionDenied):
        visit.record_without_card("Amina", "Haddad", PartialDate(1994, 2, 1), "passport")


def test_without_a_card_from_the_insert_card_screen_and_nothing_is_looked_up_for_a_volunteer() -> None:
    visit = new_visit()
    visit.acknowledge_privacy()
    visit.continue_without_card()
    assert visit.step is Step.HOUSEHOLD
    visit.record_without_card("Amina", "Haddad", PartialDate(1994, 2, 1), "broken", "94020112345")
    assert visit.lookup_wanted() is None  # a typed number is never sent to the register by a volunteer


def test_wil_staff_check_the_documents_then_attest_with_their_own_card() -> None:
    visit = without_card()
    amina = visit.record_without_card("Amina", "Haddad", PartialDate(1994, 2, 1), "refugee_papers")
    saved = visit.end(keep=True)
    assert saved is not None and saved.dossier.awaiting_wil_check
    # Later, at the WIL counter: the draft resumes without a card.
    visit = Visit.start(
        STAFF, RULES, FakeClock(NOW), card_in_reader=False, lease_refused=False, draft=saved.dossier
    )
    visit.acknowledge_privacy()
    assert visit.step is Step.HOUSEHOLD and visit.without_card
    assert visit.lookup_wanted() is None, "nothing is looked up before WIL checked a number"
    visit.documents_checked(amina.member_id, "94020112345")
    assert visit.lookup_wanted() == "94020112345"
    visit.lookup_started()
    visit.lookup_answered(None)
    visit.go_to_questions_for(amina.member_id)
    answer_all(visit)
    pass_evidence(visit)
    visit.start_attestation()
    insert(visit, STAFF_CARD)
    assert visit.step is Step.CONFIRM and visit.card is not None and visit.card.staff_card
    sign(visit)
    assert statuses(visit)["Amina"] is MemberStatus.ATTESTED
    remove(visit)
    assert visit.step is Step.HOUSEHOLD, "the staff card leaving does not hide a household without cards"


def test_a_volunteer_cannot_check_documents() -> None:
    visit = without_card()
    amina = visit.record_without_card("Amina", "Haddad", PartialDate(1994, 2, 1), "passport")
    with pytest.raises(PermissionDenied):
        visit.documents_checked(amina.member_id, "94020112345")
    with pytest.raises(PermissionDenied):
        visit.go_to_questions_for(amina.member_id)


# --- someone else signs --------------------------------------------------------------------------


def test_an_administrator_signs_for_a_member_with_their_own_card_and_the_court_decision() -> None:
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, janssens(NOW.date()))
    pieter = next(m for m in visit.dossier.members if m.first_names == "Pieter")
    visit.expect_representative(pieter.member_id, "administrator", "attached", PDF, PIETER.national_number)
    remove(visit)
    insert(visit, ADMINISTRATOR)
    assert visit.step is Step.PRIVACY_NOTICE, "the administrator sees the privacy notice before anything"
    visit.acknowledge_privacy()
    assert visit.step is Step.IDENTITY
    assert visit.lookup_wanted() is None  # the register is not asked about the administrator's household
    visit.identity_confirmed()
    assert visit.step is Step.QUESTIONS and visit.current_member is pieter
    answer_all(visit)
    visit.evidence_done()
    sign(visit)
    assert statuses(visit)["Pieter"] is MemberStatus.CONFIRMED_BY_REPRESENTATIVE
    confirmation = pieter.confirmation
    assert confirmation is not None
    statement = confirmation.statement
    assert (statement.v, statement.kind, statement.capacity) == (2, "representation", "administrator")
    assert statement.national_number == ADMINISTRATOR.national_number
    assert statement.subject_national_number == PIETER.national_number
    assert [m for m in visit.dossier.members if m.first_names == "Jan"] == [], "not a member of the household"
    receipt = paper_text(visit, PaperOffer(PaperKind.RECEIPT))
    assert "bevestigd door de bewindvoerder of volmachthouder" in receipt


def test_an_outside_volmacht_holder_is_recorded_by_wil_staff_only() -> None:
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, janssens(NOW.date()))
    pieter = next(m for m in visit.dossier.members if m.first_names == "Pieter")
    with pytest.raises(PermissionDenied):
        visit.expect_representative(
            pieter.member_id, "volmacht_holder", "attached", PDF, PIETER.national_number
        )
    with pytest.raises(PermissionDenied):  # a court decision shown at the counter: WIL staff's call too
        visit.expect_representative(
            pieter.member_id, "administrator", "shown_at_counter", None, PIETER.national_number
        )
    with pytest.raises(WrongNationalNumber):
        visit.expect_representative(pieter.member_id, "administrator", "attached", PDF, SOFIE.national_number)


def test_wil_staff_record_an_outside_volmacht_holder_who_then_signs() -> None:
    visit = new_visit(STAFF)
    first_adult_confirms(visit, SOFIE, janssens(NOW.date()))
    pieter = next(m for m in visit.dossier.members if m.first_names == "Pieter")
    visit.expect_representative(
        pieter.member_id, "volmacht_holder", "shown_at_counter", None, PIETER.national_number
    )
    remove(visit)
    insert(visit, NEIGHBOUR)
    visit.acknowledge_privacy()
    visit.identity_confirmed()
    answer_all(visit)
    visit.evidence_done()
    sign(visit)
    assert pieter.confirmation is not None and pieter.confirmation.statement.capacity == "volmacht_holder"
    assert visit_overview(visit).adults_done == (2, 2)


# --- a minor who may register ----------------------------------------------------------------------


def test_a_minor_in_supported_living_registers_with_the_services_certificate() -> None:
    visit = new_visit()
    visit.acknowledge_privacy()
    insert(visit, LOTTE)
    visit.lookup_started()
    visit.lookup_answered(None)
    visit.identity_confirmed()
    assert visit.step is Step.HOUSEHOLD and statuses(visit)["Lotte"] is MemberStatus.MINOR
    lotte = visit.dossier.members[0]
    visit.set_minor_route(lotte.member_id, "supported_living")
    assert statuses(visit)["Lotte"] is MemberStatus.TO_CONFIRM
    visit.set_role(lotte.member_id, "reference_tenant")  # a new registration: the operator chooses
    visit.go_to_questions()
    answer_all(visit)
    assert ("minor_independence", lotte.member_id) in visit.evidence_wanted()
    visit.evidence_done()
    sign(visit)
    missing = [(m.kind, m.evidence_type) for m in visit_overview(visit).members[0].owed]
    assert ("evidence", "minor_independence") in missing, "the certificate is owed until it is in"
    with pytest.raises(ValueError, match="confirmed already"):
        visit.set_minor_route(lotte.member_id, None)  # she has signed: the route stays


def test_an_adult_needs_no_minors_route() -> None:
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, None)
    with pytest.raises(ValueError, match="only a minor"):
        visit.set_minor_route(visit.dossier.members[0].member_id, "emancipated")


# --- the deadline from the letter ----------------------------------------------------------------


def test_the_date_on_the_letter_wins_over_the_counted_one() -> None:
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, janssens(NOW.date() - timedelta(days=10)))
    assert visit_overview(visit).deadline.day == NOW.date() + timedelta(days=20)  # letter + 30
    visit.set_deadline_on_letter(date(2026, 12, 31))
    assert visit_overview(visit).deadline.day == date(2026, 12, 31)
    with pytest.raises(ValueError, match="check the year"):
        visit.set_deadline_on_letter(date(2062, 12, 31))
    visit.set_deadline_on_letter(None)
    assert visit_overview(visit).deadline.day == NOW.date() + timedelta(days=20)


def test_offline_with_the_letters_deadline_close_the_papers_say_act_now() -> None:
    visit = new_visit()
    visit.acknowledge_privacy()
    insert(visit, SOFIE)
    visit.lookup_started()
    visit.lookup_failed()
    visit.identity_confirmed()
    choose_role_if_asked(visit)
    answer_all(visit)
    pass_evidence(visit)
    sign(visit)
    assert visit_overview(visit).deadline.day is None, "offline: without the letter no deadline at all"
    assert not visit_overview(visit).act_now
    visit.set_deadline_on_letter(NOW.date() + timedelta(days=RULES.due_soon_days))
    overview = visit_overview(visit)
    assert overview.deadline.close and overview.act_now
    for kind in (PaperKind.RECEIPT, PaperKind.DEADLINE_LETTER):
        text = paper_text(visit, PaperOffer(kind))
        assert "Wacht niet tot de computer alles doorstuurt" in text, kind
        assert "vrijdag 4 december 2026" in text, kind
    visit.set_deadline_on_letter(NOW.date() + timedelta(days=RULES.due_soon_days + 1))
    assert not visit_overview(visit).act_now, "far enough away: waiting for the sync is fine"


# --- contact details, preferences ---------------------------------------------------------------


def test_contact_details_are_checked_and_kept_and_a_new_registration_prints_its_sheet() -> None:
    visit = new_visit()
    first_adult_confirms(visit, SOFIE, None)
    with pytest.raises(RegistrationDataError, match="9 to 15 digits"):
        visit.set_contact(Contact(phone="0470"))
    with pytest.raises(RegistrationDataError, match=r"name@example\.be"):
        visit.set_contact(Contact(email="sofie at example"))
    visit.set_contact(
        Contact(
            phone="0470 12 34 56",
            correspondence=PostalAddress("Stationsplein 1", "3600", "Genk", "p/a OCMW Genk"),
            address_is_reference=True,
        )
    )
    visit.set_preferences(
        Preferences(("Genk", "As", "Genk"), ("apartment",), 700), PriorityFacts("Zutendaal")
    )
    assert visit.dossier.preferences.municipalities == ("Genk", "As")
    offers = papers_offered(visit_overview(visit))
    assert PaperOffer(PaperKind.REGISTRATION_INFO) in offers
    sheet = paper_text(visit, PaperOffer(PaperKind.REGISTRATION_INFO), "fr")
    assert "Genk, As" in sheet and "een appartement" in sheet and "700 euro per maand" in sheet
    assert "mantelzorg in Zutendaal" in sheet and "(referentieadres)" in sheet
    assert "0470 12 34 56" in sheet
    assert "Nederlands kennen op niveau A2" in sheet and "huurpremie" in sheet


def test_a_coordinator_runs_no_visit_without_card_beyond_what_the_roles_allow() -> None:
    visit = without_card(COORDINATOR)
    visit.record_without_card("Amina", "Haddad", PartialDate(1994, 2, 1), "other")
    with pytest.raises(PermissionDenied):
        visit.documents_checked(visit.dossier.members[0].member_id, "94020112345")


# --- stored: a household typed by hand, its deadline and contact data, encrypted like the rest ----


def test_a_household_without_any_national_number_is_saved_and_found_by_its_number_once_checked(
    terminal: Terminal,
) -> None:
    visit = without_card()
    amina = visit.record_without_card("Amina", "Haddad", PartialDate(1994, 2, 1), "refugee_papers")
    visit.set_deadline_on_letter(date(2026, 12, 18))
    visit.set_contact(Contact(phone="0470 12 34 56", email="amina@example.be"))
    request = visit.end(keep=True)
    assert request is not None
    unlocked = terminal.sign_in()
    context = unlocked.context("T-1", "Genk")
    with terminal.store.begin() as session:
        dossiers.save_dossier(session, unlocked, request.dossier, context, NOW, RULES)
    with terminal.store.begin() as session:
        stored = dossiers.load_dossier(session, unlocked, request.dossier.dossier_id)
        row = session.get(DossierRow, request.dossier.dossier_id)
        assert row is not None and row.deadline == date(2026, 12, 18)  # at-risk lists count the letter's day
    assert stored.members[0].to_check and stored.contact.email == "amina@example.be"
    # WIL checked the documents: the row is found by the household's key from then on.
    checked = stored.members[0]
    checked.national_number, checked.to_check = "94020112345", False
    with terminal.store.begin() as session:
        dossiers.save_dossier(session, unlocked, stored, context, NOW, RULES)
        row = session.get(DossierRow, stored.dossier_id)
        assert row is not None and row.household_ref == unlocked.store.device.lookup("94020112345")
    assert amina.member_id == checked.member_id
    for path in terminal.data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"amina@example.be" not in content and b"0470 12 34 56" not in content, path


def test_a_draft_whose_adults_wil_checked_still_resumes_without_waiting_for_a_card() -> None:
    visit = without_card(STAFF)
    amina = visit.record_without_card("Amina", "Haddad", PartialDate(1994, 2, 1), "lost")
    visit.documents_checked(amina.member_id, "94020112389")
    saved = visit.end(keep=True)
    assert saved is not None and not saved.dossier.awaiting_wil_check
    resumed = Visit.start(
        STAFF, RULES, FakeClock(NOW), card_in_reader=False, lease_refused=False, draft=saved.dossier
    )
    resumed.acknowledge_privacy()
    assert resumed.step is Step.HOUSEHOLD, "nobody of this household has a card to insert"
    resumed.go_to_questions_for(amina.member_id)
    assert resumed.step is Step.QUESTIONS


# --- dates on paper are the terminal's days ---------------------------------------------------


def test_a_confirmation_just_after_midnight_in_genk_is_dated_that_day_on_the_receipt(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Europe/Brussels")
    time.tzset()
    try:
        signed = datetime(2026, 11, 26, 23, 30, tzinfo=UTC)  # 00:30 on 27 November in Genk
        visit = new_visit(clock=FakeClock(signed))
        first_adult_confirms(visit, SOFIE, janssens(date(2026, 11, 16)))
        text = paper_text(visit, PaperOffer(PaperKind.RECEIPT))
        assert "bevestigd met eigen identiteitskaart en pincode (27 november 2026)" in text
    finally:
        monkeypatch.undo()
        time.tzset()
