"""Routes for everyone, end to end in training mode: through the real widgets, papers read back.

1. Nobody has a readable eID: a volunteer starts a visit without a card from home, records the adults
   by hand ("to be checked by WIL"); the receipt screen offers the pre-filled paper form and the
   appointment slip (what to bring, where, by when). Later WIL staff resume the draft, check the
   documents, and attest with their own eID through the staff route.
2. An administrator (bewindvoerder) signs for Pieter with their own eID and the court decision; the
   register simulator checks the signer against the evidence and gives the dossier number.
3. A new registration with preferences, contact details and an address for letters; the registration
   sheet is read back.
4. Offline, with the date on the letter close: the screens and the papers say to call WIL or hand in
   the paper form now.

Real parts: the training kiosk's encrypted store, the register simulator on 127.0.0.1, the virtual
eID cards in process, ReportLab read back with pypdf. Screenshots go to test-artifacts/ to be looked
at.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kiosk.domain import MemberStatus
from kiosk.papers import PaperKind, PaperOffer
from kiosk.visit import LookupState
from kiosk.visit_views import visit_overview
from tests.e2e.scripted_visit import YES, Visit, tiny_png
from tests.ui.conftest import KioskUnderTest, close_kiosk, make_kiosk
from tests.ui.test_register_wait import HeldLookup

pytestmark = [pytest.mark.ui, pytest.mark.e2e]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
SOFIE, PIETER, HANS, ANNA = "nl-citizen-18", "nl-partner-17-ec", "de-citizen-18", "eu-foreigner-long"
PIETER_NN = "88110210514"
AMINA_NN = "94020112389"


@pytest.fixture
def ki(qtbot: object, tmp_path: Path) -> Iterator[KioskUnderTest]:
    """A windowed training kiosk with the register simulator and the virtual cards."""
    under_test = make_kiosk(tmp_path)
    yield under_test
    close_kiosk(under_test.kiosk)


def _grab(widget: QWidget, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    QTest.qWait(300)  # the layout settles (rows just added, labels just shown)
    path = ARTIFACTS / name
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 10_000  # real pixels, not an empty grab
    return path


def _render(visit: Visit, offer: PaperOffer) -> str:
    """A paper as the receipt screen's buttons make it (the controller, the worker), as one line of words."""
    papers: list[bytes] = []
    failures: list[BaseException] = []
    visit.kiosk.controller.render_paper(offer, papers.append, failures.append)
    visit.wait(lambda: bool(papers or failures))
    assert not failures, failures
    reader = PdfReader(io.BytesIO(papers[0]))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _statuses(ki: KioskUnderTest) -> dict[str, MemberStatus]:
    running = ki.controller.visit
    assert running is not None
    return {row.first_names.split()[0]: row.status for row in visit_overview(running).members}


def _select(household: QWidget, first_name: str) -> None:
    members = household.members  # type: ignore[attr-defined]
    for row in range(members.count()):
        if members.item(row).text().startswith(first_name):
            members.setCurrentRow(row)
            return
    raise AssertionError(f"{first_name} is not in the household list")


def _offers(receipt: QWidget) -> list[PaperOffer]:
    return [offer for offer, *_ in receipt.paper_rows]  # type: ignore[attr-defined]


# --- 1. without any card ------------------------------------------------------------------------


def test_a_household_without_any_card_gets_the_paper_form_and_an_appointment_slip_then_wil_attests(
    ki: KioskUnderTest, tmp_path: Path
) -> None:
    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in_only("vrijwilliger")
    home = ki.window.screens["home"]
    visit.click(home.start_without_card, "operator")
    visit.screen("privacy")
    privacy = ki.window.screens["privacy"]
    assert "Zonder kaart schrijven we op" in privacy.what.text()
    assert (
        "Vlaamse overheid (Wonen in Vlaanderen). Wonen in Limburg behandelt uw dossier." in privacy.why.text()
    )
    visit.click(privacy.agree, "candidate")
    visit.screen("household")
    household = ki.window.screens["household"]
    assert household.without_card_hint.isVisible() and "itsme" in household.without_card_hint.text()
    assert household.add_adult.text() == "Volwassene zonder leesbare kaart toevoegen"

    visit.click(household.add_adult, "operator")
    form = household.form
    assert form.reason.isVisible()
    visit.type_text(form.first_name, "Amina")
    visit.type_text(form.surname, "Haddad")
    form.birth.setDate(QDate(1994, 2, 1))
    form.reason.setCurrentIndex(form.reason.findData("refugee_papers"))
    visit.click(form.save, "operator")
    visit.click(household.add_minor, "operator")
    visit.type_text(form.first_name, "Yara")
    visit.type_text(form.surname, "Haddad")
    form.birth.setDate(QDate(2019, 5, 1))
    visit.click(form.save, "operator")
    assert _statuses(ki) == {"Amina": MemberStatus.TO_CHECK, "Yara": MemberStatus.MINOR}
    lines = [household.members.item(i).text() for i in range(household.members.count())]
    assert lines[0] == (
        "Amina Haddad: zonder leesbare kaart: WIL kijkt de documenten na; "
        "papieren van vluchteling of asielzoeker; rol: referentiehuurder"
    )
    assert not household.proceed.isVisible()  # nothing is signed on names typed by hand
    _grab(ki.window, "no-card-household.png")

    visit.click(household.review, "operator")
    visit.screen("review")
    visit.click(ki.window.screens["review"].finish, "candidate")
    visit.screen("receipt")
    receipt = ki.window.screens["receipt"]
    running = ki.controller.visit
    assert running is not None and running.saved is not None and not running.saved.queued
    amina = next(m for m in running.dossier.members if m.first_names == "Amina")
    offers = _offers(receipt)
    assert offers[:2] == [
        PaperOffer(PaperKind.PAPER_FORM, amina.member_id),
        PaperOffer(PaperKind.APPOINTMENT_SLIP),
    ]
    labels = [label.text() for _offer, label, *_ in receipt.paper_rows]
    assert "Afspraak bij WIL: wat u meebrengt, waar en tegen wanneer" in labels
    _grab(ki.window, "no-card-receipt.png")

    slip = _render(visit, PaperOffer(PaperKind.APPOINTMENT_SLIP))
    assert "Afspraak: breng deze documenten mee" in slip
    assert "Amina Haddad: uw verblijfsdocument of attest" in slip and "beslissing van het CGVS" in slip
    assert "Het papieren formulier, ingevuld en ondertekend door elke volwassene" in slip
    assert "Kom zo snel mogelijk" in slip  # no letter known here: no date is made up
    assert "Waar? Wonen in Limburg" in slip and "www.wil.be" in slip
    form_text = _render(visit, PaperOffer(PaperKind.PAPER_FORM, amina.member_id))
    assert "Amina Haddad kon niet bevestigen in de kiosk (geen leesbare identiteitskaart)" in form_text
    visit.end()
    visit.click(ki.window.screens["end"].next_visit, "operator")
    visit.screen("home")

    # Later, at the WIL counter: staff resume the draft, see the documents, attest with their own card.
    ki.controller.sign_out()
    visit.sign_in_only("wil")
    visit.wait(lambda: home.drafts.count() == 1)
    home.drafts.setCurrentRow(0)
    visit.click(home.resume, "operator")
    visit.screen("privacy")
    visit.click(privacy.agree, "candidate")
    visit.screen("household")
    _select(household, "Amina")
    routes = household.routes
    assert routes.documents_checked.isVisible()
    visit.type_text(routes.checked_number, AMINA_NN)
    visit.click(routes.documents_checked, "operator")
    running = ki.controller.visit
    assert running is not None
    visit.wait(lambda: running.lookup_settled)
    assert running.lookup_state is LookupState.NOT_FOUND  # unknown at the register: a new registration
    _select(household, "Amina")
    visit.click(routes.staff_questions, "operator")
    visit.answer_and_attach(YES)
    confirm = ki.window.screens["confirm"]
    visit.click(confirm.attest, "operator")
    assert "steek nu uw eigen kaart in" in confirm.status.text()
    visit.card("staff-wil-1")
    visit.wait(lambda: running.card is not None and running.card.staff_card)
    visit.wait(confirm.sign.isEnabled)
    visit.click(confirm.sign, "operator")
    visit.type_pin("1234", "operator")
    visit.screen("household")
    assert _statuses(ki)["Amina"] is MemberStatus.ATTESTED
    visit.card(None)
    visit.screen("household")  # the staff card leaving does not hide a household without cards
    number = visit.finish_and_sync()
    assert number.startswith("Uw dossiernummer: ")


# --- 2. an administrator signs ----------------------------------------------------------------------


def test_an_administrator_signs_for_a_member_with_their_own_card_and_the_court_decision(
    ki: KioskUnderTest, tmp_path: Path
) -> None:
    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in("vrijwilliger")
    visit.read_card(SOFIE)
    visit.answer_and_attach(YES)
    visit.confirm_with_pin()
    household = ki.window.screens["household"]
    _select(household, "Pieter")
    routes = household.routes
    visit.click(routes.representative, "operator")
    assert routes.capacity.currentData() == "administrator"
    assert routes.represented_number.isVisible()  # nobody's card showed Pieter's number yet
    visit.type_text(routes.represented_number, PIETER_NN)
    decision = tmp_path / "beschikking.png"
    decision.write_bytes(tiny_png())
    assert routes.attach_file(decision)
    visit.actions["operator"] += 2
    assert routes.awaiting.isVisible()
    visit.card(None)
    visit.screen("awaiting_card")
    assert "bewindvoerder" in ki.window.screens["awaiting_card"].next_step.text()
    visit.card(HANS)  # the administrator: not a member of this household
    visit.screen("privacy")
    visit.click(ki.window.screens["privacy"].agree, "candidate")
    visit.screen("identity")
    identity = ki.window.screens["identity"]
    assert identity.represents.text().startswith("U beantwoordt de vragen en tekent voor Pieter")
    _grab(ki.window, "administrator-identity.png")
    visit.click(identity.proceed, "candidate")
    visit.answer_and_attach(YES)
    confirm = ki.window.screens["confirm"]
    assert confirm.title.text() == "Bevestigen voor iemand anders, als bewindvoerder of volmachthouder"
    assert not confirm.attest.isVisible()
    visit.confirm_with_pin()
    assert _statuses(ki)["Pieter"] is MemberStatus.CONFIRMED_BY_REPRESENTATIVE
    running = ki.controller.visit
    assert running is not None
    pieter = next(m for m in running.dossier.members if m.first_names == "Pieter")
    assert pieter.confirmation is not None and pieter.confirmation.statement.capacity == "administrator"
    _grab(ki.window, "administrator-household.png")
    number = visit.finish_and_sync()  # the register checks the signer against the court decision
    assert number.startswith("Uw dossiernummer: ")
    receipt = _render(visit, PaperOffer(PaperKind.RECEIPT))
    assert "bevestigd door de bewindvoerder of volmachthouder, met diens eigen identiteitskaart" in receipt
    assert "Vlaamse overheid (Wonen in Vlaanderen)" in receipt


# --- 3. a new registration with preferences ------------------------------------------------------------


def test_a_new_registration_records_contact_details_and_preferences_and_prints_its_sheet(
    ki: KioskUnderTest, tmp_path: Path
) -> None:
    visit = Visit(ki.kiosk, tmp_path, language="fr")
    visit.sign_in("vrijwilliger")
    visit.read_card(ANNA)  # unknown at the register: a new registration
    visit.answer_and_attach(YES)
    visit.confirm_with_pin()
    household = ki.window.screens["household"]
    visit.click(household.open_registration, "operator")
    panel = household.registration
    assert panel.municipalities.isVisible()  # a new registration asks for its wishes
    visit.type_text(panel.phone, "0470")
    visit.click(panel.save, "operator")
    assert household.error.isVisible() and "9" in household.error.text()  # refused, and said why
    assert panel.isVisible() and panel.phone.text() == "0470"  # nothing typed is lost
    panel.phone.clear()
    visit.type_text(panel.phone, "0470 12 34 56")
    visit.type_text(panel.care_of, "p/a OCMW Genk")
    visit.type_text(panel.street, "Stationsplein 1")
    visit.type_text(panel.postcode, "3600")
    visit.type_text(panel.town, "Genk")
    visit.click(panel.reference, "operator")
    visit.type_text(panel.municipalities, "Genk, As, Zutendaal")
    visit.click(panel.kinds["apartment"], "operator")
    visit.click(panel.kinds["house"], "operator")
    panel.max_rent.setValue(750)
    visit.type_text(panel.informal_care, "As")
    _grab(ki.window, "registration-panel.png")
    visit.click(panel.save, "operator")
    assert not panel.isVisible()
    running = ki.controller.visit
    assert running is not None
    dossier = running.dossier
    assert dossier.preferences.municipalities == ("Genk", "As", "Zutendaal")
    assert dossier.preferences.dwelling_types == ("house", "apartment")
    assert dossier.contact.address_is_reference and dossier.priority.informal_care_municipality == "As"
    visit.finish_and_sync()
    receipt = ki.window.screens["receipt"]
    assert PaperOffer(PaperKind.REGISTRATION_INFO) in _offers(receipt)
    sheet = _render(visit, PaperOffer(PaperKind.REGISTRATION_INFO))
    assert "Uw inschrijving voor een sociale woning: wat u moet weten" in sheet
    assert "Genk, As, Zutendaal" in sheet and "een huis, een appartement" in sheet
    assert "750 euro per maand" in sheet and "mantelzorg in As" in sheet
    assert "p/a OCMW Genk, Stationsplein 1, 3600 Genk (referentieadres)" in sheet
    assert "Résumé en français" in sheet and "Vous avez choisi 3 communes : Genk, As, Zutendaal." in sheet
    assert "prime de loyer" in sheet  # the rent premium, in the candidate's language
    # Stored encrypted like the rest: the phone number is nowhere in the data directory in plaintext.
    for path in ki.backend.store.data_dir.rglob("*"):
        if path.is_file() and path.suffix != ".pem":
            assert b"0470 12 34 56" not in path.read_bytes(), path


# --- 4. offline, the letter's date close ------------------------------------------------------------------


def test_offline_with_the_letters_deadline_close_the_screens_and_papers_say_act_now(
    ki: KioskUnderTest, tmp_path: Path
) -> None:
    lookup = HeldLookup(ki.backend, offline=True)
    ki.backend.lookup = lookup  # type: ignore[method-assign]
    lookup.release()
    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in("vrijwilliger")
    visit.read_card(SOFIE)
    running = ki.controller.visit
    assert running is not None
    visit.wait(lambda: running.lookup_settled)
    assert running.lookup_state is LookupState.OFFLINE
    visit.answer_and_attach(YES)
    visit.confirm_with_pin()
    household = ki.window.screens["household"]
    assert not household.deadline.isVisible()  # offline and no letter typed: no deadline at all
    assert not household.act_now.isVisible()
    visit.click(household.open_registration, "operator")
    panel = household.registration
    assert not panel.municipalities.isVisible()  # not known as new: no wishes asked offline
    panel.deadline.setDate(QDate(2026, 12, 1))  # as printed on the letter: 4 days from the visit
    visit.click(panel.deadline_save, "operator")
    assert running.dossier.deadline_on_letter == date(2026, 12, 1)
    assert household.act_now.isVisible()
    assert "Wacht niet: bel WIL vandaag nog" in household.act_now.text()
    assert "1 december 2026" in household.deadline.text()
    _grab(ki.window, "offline-act-now-household.png")
    visit.click(household.review, "operator")
    visit.screen("review")
    assert ki.window.screens["review"].act_now.isVisible()
    visit.click(ki.window.screens["review"].finish, "candidate")
    visit.screen("receipt")
    receipt_screen = ki.window.screens["receipt"]
    assert receipt_screen.act_now.isVisible()
    _grab(ki.window, "offline-act-now-receipt.png")
    for offer in (PaperOffer(PaperKind.RECEIPT), PaperOffer(PaperKind.DEADLINE_LETTER)):
        text = _render(visit, offer)
        assert "Wacht niet tot de computer alles doorstuurt" in text, offer
        assert "dinsdag 1 december 2026" in text, offer
