"""The volmacht (power of attorney) of an absent adult: WIL staff record it, another adult signs for them.

A household of two adults: Sofie (her card, her PIN) and Pieter, in hospital, added by hand by WIL
staff. WIL staff record Pieter's signed volmacht (a scan, or shown at the counter); Sofie then answers
for Pieter and signs with her own card and PIN; the saved dossier is complete per the core. A volunteer
never sees the volmacht actions, and the session and the core both refuse them. Real training back end,
real SQLite store, in-process virtual cards of the training fixture.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from kiosk import domain
from kiosk.domain import OperatorContext, Role
from kiosk.dossiers import load_dossier, read_evidence_file
from kiosk.errors import PermissionDenied
from kiosk.ports import PartialDate
from tests.e2e.scripted_visit import Visit, tiny_png
from tests.ui.helpers import sign_in_and_read, wait_for_screen
from tests.unit.core.factories import confirmation
from tests.unit.documents.pdfcheck import all_text
from ui.drafts import load_draft
from ui.papers import receipt_pdf
from ui.session import EvidenceItem, Member, MemberState, VisitSession
from ui.visit_end import build_dossier, dossier_in_memory

pytestmark = pytest.mark.ui

SOFIE, PIETER = "90031410231", "88110210514"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screens"


def _visible(widget) -> bool:  # type: ignore[no-untyped-def]
    return widget.isVisibleTo(widget.window())


def _select(household, first_name: str) -> None:  # type: ignore[no-untyped-def]
    for row in range(household.members.count()):
        if household.members.item(row).text().startswith(first_name):
            household.members.setCurrentRow(row)
            return
    raise AssertionError(f"no member {first_name} in the list")


def _add_absent_pieter(ki, household) -> None:  # type: ignore[no-untyped-def]
    """WIL staff add Pieter by hand (he is not here, nor his card) and mark him absent: hospital."""
    household.add_adult.click()
    household.first_name.setText("Pieter")
    household.surname.setText("De Smet")
    household.birth.setDate(QDate(1988, 11, 2))
    household.national_number.setText("88.11.02-105.14")
    household.save_member.click()
    assert not _visible(household.error), household.error.text()
    _select(household, "Pieter")
    household.absence.setCurrentIndex(household.absence.findData("hospital"))
    household.mark_absent.click()


def _grab(ki, name: str) -> Path:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = ARTIFACTS / name
    assert ki.window.grab().save(str(path))
    return path


def test_wil_staff_record_a_volmacht_and_another_adult_confirms_for_the_absent_one(  # type: ignore[no-untyped-def]
    ki, qtbot, tmp_path: Path
) -> None:
    sign_in_and_read(qtbot, ki.kiosk, "wil", "nl-citizen-18")
    ctl = ki.controller
    assert ctl.session.lookup_state == "found"
    ctl.go("household")
    household = ki.window.screens["household"]
    _add_absent_pieter(ki, household)
    pieter = next(m for m in ctl.session.members if m.first_names == "Pieter")
    assert pieter.state is MemberState.ABSENT and pieter.national_number == PIETER
    assert _visible(household.volmacht_file) and _visible(household.volmacht_shown)
    assert not _visible(household.on_behalf)  # no volmacht yet: nobody can sign for him

    # The signed volmacht, scanned (a file like any evidence).
    scan = tmp_path / "volmacht.png"
    scan.write_bytes(tiny_png())
    _select(household, "Pieter")
    assert household.attach_volmacht_file(scan)
    assert ctl.session.has_volmacht(pieter.member_id)
    assert not _visible(household.volmacht_file)
    assert _visible(household.on_behalf)  # Sofie's card is in the reader, she is here
    assert any(
        "volmacht ontvangen" in household.members.item(i).text() for i in range(household.members.count())
    )

    _grab(ki, "volmacht-recorded-nl.png")
    ki.window.language.setCurrentIndex(ki.window.language.findData("ar"))
    _grab(ki, "volmacht-recorded-ar.png")
    ki.window.language.setCurrentIndex(ki.window.language.findData("nl"))

    # Sofie confirms for herself, then for Pieter: his questions, her card and her PIN.
    visit = Visit(ki.kiosk, tmp_path)
    ctl.go("declarations")
    assert not _visible(ki.window.screens["declarations"].on_behalf)  # Sofie answers for herself
    visit.answer_and_attach(set())
    visit.confirm_with_pin()
    sofie = next(m for m in ctl.session.members if m.first_names.startswith("Sofie"))
    assert sofie.state is MemberState.CONFIRMED_PIN
    visit.click(household.on_behalf, "operator")
    wait_for_screen(qtbot, ki.kiosk, "declarations")
    assert ctl.current_member() is pieter and ctl.session.identity.national_number == SOFIE
    assert _visible(ki.window.screens["declarations"].on_behalf)  # "you answer for the absent member"
    visit.answer_and_attach(set())
    confirm = ki.window.screens["confirm"]
    assert "afwezig" in confirm.title.text() and confirm.sign.isEnabled()
    assert not _visible(confirm.attest) and not _visible(confirm.no_pin)
    visit.confirm_with_pin()

    assert pieter.state is MemberState.CONFIRMED_BY_VOLMACHT
    assert ctl.current_member() is sofie  # back to the card in the reader
    fields = pieter.confirmation.statement_fields
    assert pieter.confirmation.on_behalf_of_absent and pieter.confirmation.method == "eid_signature"
    assert (fields["national_number"], fields["subject_national_number"]) == (SOFIE, PIETER)
    assert fields["household_key"] == ctl.session.lookup.candidate_number
    texts = [household.members.item(i).text() for i in range(household.members.count())]
    assert "Pieter De Smet: afwezig, bevestigd met volmacht" in texts
    assert not _visible(household.on_behalf)  # nobody left to confirm for

    context = ctl.backend.context()
    in_memory = dossier_in_memory(ctl.session, ctl.session.lookup, context, ki.clock.today())
    assert domain.is_complete(in_memory, ctl.rules, ki.clock.today())

    # Screenshots: the household with the absent adult covered by the volmacht, Dutch and Arabic.
    _grab(ki, "volmacht-household-nl.png")
    ki.window.language.setCurrentIndex(ki.window.language.findData("ar"))
    assert ctl.current_screen == "household"
    _grab(ki, "volmacht-household-ar.png")
    ki.window.language.setCurrentIndex(ki.window.language.findData("nl"))

    ctl.go("review")
    review = ki.window.screens["review"]
    assert "Pieter De Smet: afwezig, bevestigd met volmacht" in [
        review.members.item(i).text() for i in range(review.members.count())
    ]

    # Saved: the core's dossier is complete, with the volmacht recorded for Pieter and its scan stored.
    ctl.finish()
    wait_for_screen(qtbot, ki.kiosk, "receipt")
    saved = ctl.saved
    assert saved.queued and saved.missing == 0
    unlocked = ctl.backend.unlocked
    with ctl.backend.store.begin() as session:
        dossier = load_dossier(session, unlocked, saved.dossier_id)
        stored_pieter = dossier.member_by_national_number(PIETER)
        assert stored_pieter is not None and stored_pieter.absence_reason == "hospital"
        assert domain.has_volmacht(dossier, stored_pieter)
        assert stored_pieter.confirmation is not None and stored_pieter.confirmation.on_behalf_of_absent
        assert domain.is_complete(dossier, ctl.rules, ki.clock.today())
        volmacht = next(e for e in dossier.evidence if e.volmacht_for == stored_pieter.member_id)
        assert volmacht.state == "attached" and len(volmacht.files) == 1
        assert (
            read_evidence_file(session, unlocked, dossier.dossier_id, volmacht.files[0].file_id) == tiny_png()
        )
        assert dossier.household_key == fields["household_key"]

    # Resumed as a draft later: the volmacht and the confirmation under it come back as they were.
    resumed = load_draft(ctl.backend, saved.dossier_id)
    resumed_pieter = next(m for m in resumed.members if m.national_number == PIETER)
    assert resumed_pieter.state is MemberState.CONFIRMED_BY_VOLMACHT
    [item] = [i for i in resumed.evidence.values() if i.volmacht_for == resumed_pieter.member_id]
    assert item.state == item.stored_state == "attached" and item.files[0].data == tiny_png()

    # The receipt lists Pieter as confirmed (not as a child, not as still to confirm).
    receipt = all_text(receipt_pdf(ctl.backend, ctl.session, saved, None, "nl"))
    pieter_row = receipt.split("Pieter De Smet", 1)[1].split("xx.xx.xx-xxx", 1)[0]
    assert "kind" not in pieter_row, pieter_row  # his role, before his masked number
    assert "bevestigd met een volmacht, door een ander gezinslid" in receipt


def test_a_volmacht_shown_at_the_counter_covers_the_absent_adult_too(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", "nl-citizen-18")
    ctl = ki.controller
    ctl.go("household")
    household = ki.window.screens["household"]
    _add_absent_pieter(ki, household)
    _select(household, "Pieter")
    household.volmacht_shown.click()
    pieter = next(m for m in ctl.session.members if m.first_names == "Pieter")
    assert ctl.session.evidence[("volmacht", pieter.member_id)].state == "shown_at_counter"
    assert _visible(household.on_behalf)


def test_a_volmacht_needs_an_absent_adult_selected(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", "nl-citizen-18")
    ki.controller.go("household")
    household = ki.window.screens["household"]
    _add_absent_pieter(ki, household)
    _select(household, "Sofie")  # present: no volmacht for her
    household.volmacht_shown.click()
    assert _visible(household.error) and "afwezige volwassene" in household.error.text()
    not_a_scan = tmp_path / "volmacht.txt"
    not_a_scan.write_text("geen scan")
    _select(household, "Pieter")
    assert not household.attach_volmacht_file(not_a_scan)
    assert "PDF of een foto" in household.error.text()
    assert not ki.controller.session.covered_absent()


def test_a_volunteer_never_sees_the_volmacht_and_the_core_refuses_it(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "vrijwilliger", "nl-citizen-18")
    ctl = ki.controller
    # Pieter's card was read earlier in the visit; he has to leave before he can confirm.
    ki.panel.insert_card("nl-partner-17-ec")
    qtbot.waitUntil(lambda: len(ctl.session.members) == 2, timeout=10000)
    ki.panel.insert_card("nl-citizen-18")
    qtbot.waitUntil(
        lambda: ctl.session.identity is not None and ctl.session.identity.national_number == SOFIE,
        timeout=10000,
    )
    ctl.go("household")
    household = ki.window.screens["household"]
    _select(household, "Pieter")
    household.mark_absent.click()
    pieter = next(m for m in ctl.session.members if m.national_number == PIETER)
    assert pieter.state is MemberState.ABSENT
    for button in (household.volmacht_file, household.volmacht_shown, household.on_behalf):
        assert not _visible(button)

    with pytest.raises(PermissionDenied):
        ctl.session.record_volmacht(pieter.member_id, "shown_at_counter", [])
    _select(household, "Pieter")
    household._volmacht_shown()  # a hidden button clicked by code
    assert "medewerker van WIL" in household.error.text()
    assert not ctl.session.has_volmacht(pieter.member_id)
    with pytest.raises(PermissionDenied, match="volmacht"):
        ctl.confirm_on_behalf(pieter.member_id)

    # The core itself: a volunteer's context cannot record a volmacht on the dossier.
    context = ctl.backend.context()
    dossier = dossier_in_memory(ctl.session, ctl.session.lookup, context, ki.clock.today())
    core_pieter = dossier.member(pieter.member_id)
    with pytest.raises(PermissionDenied):
        domain.record_volmacht(
            dossier, core_pieter, domain.Evidence("volmacht", None, "shown_at_counter"), context
        )
    assert not domain.has_volmacht(dossier, core_pieter)


def test_an_adult_added_by_hand_needs_a_valid_national_number(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", "nl-citizen-18")
    ki.controller.go("household")
    household = ki.window.screens["household"]
    household.add_adult.click()
    assert _visible(household.national_number)
    household.first_name.setText("Pieter")
    household.surname.setText("De Smet")
    household.national_number.setText("88110210599")  # wrong check digits
    household.save_member.click()
    assert "rijksregisternummer" in household.error.text()
    assert len(ki.controller.session.members) == 1
    household.add_minor.click()
    assert not _visible(household.national_number)  # a child added by hand needs none
    assert ki.controller.session.add_minor("Noor", "De Smet", PartialDate(2015, 6, 1), ki.clock.today())
    assert Qt.LayoutDirection.LeftToRight == QApplication.layoutDirection()


def test_a_volunteer_saves_a_resumed_draft_with_staffs_volmacht_but_cannot_add_one() -> None:
    """What WIL staff recorded in the draft stays; a new volmacht by a volunteer is refused by the core."""
    volunteer = OperatorContext("vrijwilliger", frozenset({Role.VOLUNTEER}), "T-1", "oefenmodus")
    sofie = Member("m1", "Janssens", "Sofie", PartialDate(1990, 3, 14), "reference_tenant", adult=True,
                   national_number=SOFIE)  # fmt: skip
    on_behalf = confirmation(on_behalf=True, about=None, signer=SOFIE)
    on_behalf.statement_fields["subject_national_number"] = PIETER
    pieter = Member(
        "m2", "De Smet", "Pieter", PartialDate(1988, 11, 2), "partner", adult=True, national_number=PIETER,
        state=MemberState.CONFIRMED_BY_VOLMACHT, absence_reason="hospital", confirmation=on_behalf,
        stored=True, stored_confirmation=on_behalf,
    )  # fmt: skip
    household = VisitSession()
    household.members = [sofie, pieter]
    stored = EvidenceItem("volmacht", "m2", "shown_at_counter", [], "shown_at_counter", volmacht_for="m2")
    household.evidence[("volmacht", "m2")] = stored
    dossier = build_dossier(household, None, volunteer, date(2026, 11, 27))
    assert domain.has_volmacht(dossier, dossier.member("m2"))
    assert dossier.member("m2").confirmation is on_behalf

    stored.stored_state = None  # recorded in this visit, by a volunteer (a bypassed widget)
    with pytest.raises(PermissionDenied):
        build_dossier(household, None, volunteer, date(2026, 11, 27))
