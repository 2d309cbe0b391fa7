"""The volmacht (power of attorney) of an absent adult: WIL staff record it, another adult signs for them.

The register knows the Janssens household: Sofie (her card, her PIN), Pieter (in hospital today) and
their child Noor; its lookup lists Pieter by first name only. WIL staff mark Pieter absent and record
his signed volmacht (a scan, or shown at the counter), typing his national number from it, which must
be the one the register lists for him; Sofie then answers for Pieter and signs with her own card and
PIN; the saved dossier is complete per the core. A volunteer never sees the volmacht actions, and the
core refuses them. Real training back end, real SQLite store, in-process virtual cards.
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtTest import QTest

from kiosk import domain
from kiosk.domain import MemberStatus, member_status
from kiosk.dossiers import load_dossier, read_evidence_file
from kiosk.errors import PermissionDenied
from kiosk.papers import PaperKind, PaperOffer
from kiosk.visit import LookupState
from kiosk.visit_store import open_draft
from kiosk.visit_views import visit_overview
from tests.e2e.scripted_visit import YES, Visit, tiny_png
from tests.ui.helpers import sign_in_and_read, wait_for_screen
from tests.unit.documents.pdfcheck import all_text

pytestmark = pytest.mark.ui

SOFIE, PIETER = "90031410231", "88110210514"
MARIE = "75073010636"  # a valid national number, of someone outside this household
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screens"


def _visible(widget) -> bool:  # type: ignore[no-untyped-def]
    return widget.isVisibleTo(widget.window())


def _lines(household) -> list[str]:  # type: ignore[no-untyped-def]
    return [household.members.item(i).text() for i in range(household.members.count())]


def _select(household, first_name: str) -> None:  # type: ignore[no-untyped-def]
    for row in range(household.members.count()):
        if household.members.item(row).text().startswith(first_name):
            household.members.setCurrentRow(row)
            return
    raise AssertionError(f"no member {first_name} in the list")


def _member(ki, first_name: str) -> domain.Member:  # type: ignore[no-untyped-def]
    visit = ki.controller.visit
    assert visit is not None
    return next(m for m in visit.dossier.members if m.first_names.startswith(first_name))


def _status(ki, first_name: str) -> MemberStatus:  # type: ignore[no-untyped-def]
    visit = ki.controller.visit
    assert visit is not None
    return member_status(visit.dossier, _member(ki, first_name), visit.today)


def _to_household(ki, qtbot, operator: str):  # type: ignore[no-untyped-def]
    """Sofie's card is read and she says "this is me"; from her first question, back to the household."""
    sign_in_and_read(qtbot, ki.kiosk, operator, "nl-citizen-18")
    ki.controller.apply(lambda v: v.identity_confirmed())
    wait_for_screen(qtbot, ki.kiosk, "questions")
    ki.window.screens["questions"].to_household.click()
    wait_for_screen(qtbot, ki.kiosk, "household")
    return ki.window.screens["household"]


def _mark_pieter_absent(household) -> None:  # type: ignore[no-untyped-def]
    """Pieter is in hospital: anyone may say so (the paper route then follows)."""
    _select(household, "Pieter")
    absence = household.absence
    absence.reason.setCurrentIndex(absence.reason.findData("hospital"))
    absence.mark_absent.click()


def _grab(ki, name: str) -> Path:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    QTest.qWait(50)  # the layout settles (a language switch, a list refilled)
    path = ARTIFACTS / name
    assert ki.window.grab().save(str(path))
    return path


def _language(ki, code: str) -> None:  # type: ignore[no-untyped-def]
    choice = ki.window.bar.language
    choice.setCurrentIndex(choice.findData(code))


def test_wil_staff_record_a_volmacht_and_another_adult_confirms_for_the_absent_one(  # type: ignore[no-untyped-def]
    ki, qtbot, tmp_path: Path
) -> None:
    household = _to_household(ki, qtbot, "wil")
    ctl = ki.controller
    visit = ctl.visit
    assert visit.lookup_state is LookupState.FOUND
    assert [line.split(":")[0] for line in _lines(household)] == ["Sofie Marie Janssens", "Pieter", "Noor"]
    absence = household.absence
    _mark_pieter_absent(household)
    pieter = _member(ki, "Pieter")
    assert _status(ki, "Pieter") is MemberStatus.ABSENT and pieter.absence_reason == "hospital"
    assert pieter.national_number is None  # the register lists him by first name only
    assert _visible(absence.volmacht_file) and _visible(absence.volmacht_shown)
    assert _visible(absence.volmacht_number)  # staff type his number from the volmacht
    assert not _visible(absence.on_behalf)  # no volmacht yet: nobody can sign for him

    # The signed volmacht, scanned (a file like any evidence), with his national number typed in.
    scan = tmp_path / "volmacht.png"
    scan.write_bytes(tiny_png())
    _select(household, "Pieter")
    absence.volmacht_number.setText("88.11.02-105.14")
    assert absence.attach_volmacht_file(scan)
    assert _status(ki, "Pieter") is MemberStatus.ABSENT_COVERED
    assert pieter.national_number == PIETER and domain.has_volmacht(visit.dossier, pieter)
    assert not _visible(absence.volmacht_file)
    assert _visible(absence.on_behalf)  # Sofie's card is in the reader, she is here
    assert any("volmacht ontvangen" in line for line in _lines(household))

    _grab(ki, "volmacht-recorded-nl.png")
    _language(ki, "ar")
    _grab(ki, "volmacht-recorded-ar.png")
    _language(ki, "nl")

    # Sofie confirms for herself, then for Pieter: his questions, her card and her PIN.
    script = Visit(ki.kiosk, tmp_path)
    household.proceed.click()
    wait_for_screen(qtbot, ki.kiosk, "questions")
    assert not _visible(ki.window.screens["questions"].on_behalf)  # Sofie answers for herself
    script.answer_and_attach(YES)
    script.confirm_with_pin()
    assert _status(ki, "Sofie") is MemberStatus.CONFIRMED
    script.click(absence.on_behalf, "operator")
    wait_for_screen(qtbot, ki.kiosk, "questions")
    assert visit.current_member is pieter and visit.card.identity.national_number == SOFIE
    assert _visible(ki.window.screens["questions"].on_behalf)  # "you answer for the absent member"
    script.answer_and_attach(YES)
    confirm = ki.window.screens["confirm"]
    assert "afwezig" in confirm.title.text() and confirm.sign.isEnabled()
    assert not _visible(confirm.attest) and not _visible(confirm.no_pin)
    script.confirm_with_pin()

    assert _status(ki, "Pieter") is MemberStatus.CONFIRMED_BY_VOLMACHT
    assert visit.card_member is _member(ki, "Sofie")  # back to the card in the reader
    signed = pieter.confirmation
    assert signed is not None and signed.on_behalf_of_absent and signed.method == "eid_signature"
    statement = signed.statement
    assert (statement.national_number, statement.subject_national_number) == (SOFIE, PIETER)
    assert statement.household_key == visit.dossier.candidate_number == "201905140017"
    assert "Pieter: afwezig, bevestigd met volmacht" in _lines(household)
    assert not _visible(absence.on_behalf)  # nobody left to confirm for
    assert visit_overview(visit).complete

    # Screenshots: the household with the absent adult covered by the volmacht, Dutch and Arabic.
    _grab(ki, "volmacht-household-nl.png")
    _language(ki, "ar")
    assert ctl.current_screen == "household"
    _grab(ki, "volmacht-household-ar.png")
    _language(ki, "nl")

    household.review.click()
    wait_for_screen(qtbot, ki.kiosk, "review")
    review = ki.window.screens["review"]
    assert "Pieter: afwezig, bevestigd met volmacht" in [
        review.members.item(i).text() for i in range(review.members.count())
    ]
    assert review.summary.text() == "Alle volwassenen hebben bevestigd en er ontbreekt niets."

    # Saved: the core's dossier is complete, with the volmacht recorded for Pieter and its scan stored.
    review.finish.click()
    wait_for_screen(qtbot, ki.kiosk, "receipt")
    saved = visit.saved
    assert saved.queued and saved.complete
    backend = ki.backend
    with backend.store.begin() as session:
        dossier = load_dossier(session, backend.unlocked, saved.dossier_id)
        stored_pieter = dossier.member_by_national_number(PIETER)
        assert stored_pieter is not None and stored_pieter.absence_reason == "hospital"
        assert domain.has_volmacht(dossier, stored_pieter)
        assert stored_pieter.confirmation is not None and stored_pieter.confirmation.on_behalf_of_absent
        assert domain.is_complete(dossier, backend.rules, ki.clock.today())
        volmacht = next(e for e in dossier.evidence if e.volmacht_for == stored_pieter.member_id)
        assert volmacht.state == "attached" and len(volmacht.files) == 1
        page = read_evidence_file(session, backend.unlocked, dossier.dossier_id, volmacht.files[0].file_id)
        assert page == tiny_png()
        assert dossier.household_key == statement.household_key

    # Opened again later: the volmacht and the confirmation under it come back as they were.
    qtbot.waitUntil(lambda: not ctl.terminal.db.busy, timeout=10000)
    draft = open_draft(backend, saved.dossier_id)
    again = draft.dossier.member_by_national_number(PIETER)
    assert again is not None
    assert member_status(draft.dossier, again, ki.clock.today()) is MemberStatus.CONFIRMED_BY_VOLMACHT
    [item] = [e for e in draft.dossier.evidence if e.volmacht_for == again.member_id]
    assert item.state == "attached" and draft.files[item.files[0].file_id] == tiny_png()

    # The receipt lists Pieter as confirmed (not as a child, not as still to confirm).
    papers: list[bytes] = []
    ctl.render_paper(PaperOffer(PaperKind.RECEIPT), papers.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(papers), timeout=15000)
    receipt = all_text(papers[0])
    pieter_row = receipt.split("Pieter", 1)[1].split("Noor", 1)[0]  # up to the next member's row
    assert "bevestigd" in pieter_row and "kind" not in pieter_row, pieter_row
    assert "moet nog" not in pieter_row, pieter_row
    assert "bevestigd met een volmacht, door een ander gezinslid" in receipt


def test_a_volmacht_shown_at_the_counter_covers_the_absent_adult_too(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    household = _to_household(ki, qtbot, "wil")
    _mark_pieter_absent(household)
    _select(household, "Pieter")
    household.absence.volmacht_number.setText(PIETER)
    household.absence.volmacht_shown.click()
    pieter = _member(ki, "Pieter")
    [volmacht] = [e for e in ki.controller.visit.dossier.evidence if e.volmacht_for == pieter.member_id]
    assert volmacht.state == "shown_at_counter" and volmacht.files == []
    assert _status(ki, "Pieter") is MemberStatus.ABSENT_COVERED
    assert _visible(household.absence.on_behalf)


def test_a_volmacht_needs_an_absent_adult_and_his_own_national_number(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    household = _to_household(ki, qtbot, "wil")
    absence = household.absence
    _mark_pieter_absent(household)
    _select(household, "Sofie")  # present: no volmacht for her
    for widget in (absence.volmacht_file, absence.volmacht_shown, absence.volmacht_number):
        assert not _visible(widget)
    _select(household, "Pieter")
    assert _visible(absence.volmacht_file)

    # The number on the volmacht must be the one the register lists for Pieter.
    absence.volmacht_number.setText(MARIE)
    absence.volmacht_shown.click()
    assert _visible(household.error)
    assert "niet dat van deze volwassene bij het register" in household.error.text()
    absence.volmacht_number.setText("88110210599")  # wrong check digits
    absence.volmacht_shown.click()
    assert "klopt niet" in household.error.text()
    assert _member(ki, "Pieter").national_number is None  # a refused number is not kept
    absence.volmacht_number.setText(PIETER)
    not_a_scan = tmp_path / "volmacht.txt"
    not_a_scan.write_text("geen scan")
    assert not absence.attach_volmacht_file(not_a_scan)
    assert "PDF of een foto" in household.error.text()
    assert not ki.controller.visit.signers_for_absent()
    assert _status(ki, "Pieter") is MemberStatus.ABSENT


def test_a_volunteer_never_sees_the_volmacht_and_the_core_refuses_it(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    household = _to_household(ki, qtbot, "vrijwilliger")
    ctl = ki.controller
    absence = household.absence
    _mark_pieter_absent(household)
    pieter = _member(ki, "Pieter")
    assert _status(ki, "Pieter") is MemberStatus.ABSENT
    _select(household, "Pieter")
    for widget in (absence.volmacht_file, absence.volmacht_shown, absence.volmacht_number, absence.on_behalf):
        assert not _visible(widget)

    with pytest.raises(PermissionDenied):
        ctl.apply(lambda v: v.record_volmacht(pieter.member_id, "shown_at_counter", None, PIETER))
    absence.volmacht_shown.click()  # a hidden button clicked by code
    assert "medewerker van WIL" in household.error.text()
    assert not domain.has_volmacht(ctl.visit.dossier, pieter)
    with pytest.raises(PermissionDenied, match="volmacht"):
        ctl.apply(lambda v: v.start_on_behalf(pieter.member_id))

    # The core itself: a volunteer's context cannot record a volmacht on the dossier.
    dossier = copy.deepcopy(ctl.visit.dossier)
    core_pieter = dossier.member(pieter.member_id)
    with pytest.raises(PermissionDenied):
        domain.record_volmacht(
            dossier,
            core_pieter,
            domain.Evidence("volmacht", None, "shown_at_counter"),
            ctl.terminal.backend.context(),
        )
    assert not domain.has_volmacht(dossier, core_pieter)


def test_an_adult_added_by_hand_needs_a_valid_national_number(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    household = _to_household(ki, qtbot, "wil")
    form = household.form
    household.add_adult.click()
    assert _visible(form.national_number)
    form.first_name.setText("Jan")
    form.surname.setText("Peeters")
    form.national_number.setText("85073003399")  # wrong check digits
    form.save.click()
    assert "rijksregisternummer" in household.error.text()
    assert len(ki.controller.visit.dossier.members) == 3  # Sofie, Pieter and Noor, as listed
    household.add_minor.click()
    assert not _visible(form.national_number)  # a child added by hand needs none
    form.first_name.setText("Lien")
    form.surname.setText("De Smet")
    form.birth.setDate(QDate(2019, 4, 2))
    form.save.click()
    assert "Lien De Smet: kind" in _lines(household)


def test_an_adult_the_register_lists_is_not_added_a_second_time_by_hand(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    """WIL staff type in Pieter (his eID does not read) while the register already lists him."""
    household = _to_household(ki, qtbot, "wil")
    form = household.form
    household.add_adult.click()
    form.first_name.setText("Pieter")
    form.surname.setText("De Smet")
    form.birth.setDate(QDate(1988, 11, 2))
    form.national_number.setText("88.11.02-105.14")
    form.save.click()
    # One Pieter in the household, whatever the kiosk does with the typed number (refuse it, or take
    # it as his): a second one would stay "to confirm" for ever and the household never complete.
    adults = [line for line in _lines(household) if line.startswith("Pieter")]
    assert len(adults) == 1, adults


def test_a_volunteer_goes_on_with_a_draft_holding_staffs_volmacht_but_cannot_record_one(  # type: ignore[no-untyped-def]
    ki, qtbot, tmp_path: Path
) -> None:
    """What WIL staff recorded in the draft stays; a new volmacht by a volunteer is refused by the core."""
    household = _to_household(ki, qtbot, "wil")
    ctl = ki.controller
    _mark_pieter_absent(household)
    _select(household, "Pieter")
    household.absence.volmacht_number.setText(PIETER)
    household.absence.volmacht_shown.click()
    assert _status(ki, "Pieter") is MemberStatus.ABSENT_COVERED
    script = Visit(ki.kiosk, tmp_path)
    script.card(None)
    script.screen("awaiting_card")
    with qtbot.waitSignal(ctl.draft_saved, timeout=20000) as kept:
        script.click(ki.window.screens["awaiting_card"].save_and_stop, "operator")
    draft = kept.args[0]
    assert not isinstance(draft, BaseException), draft
    script.screen("home")
    ctl.sign_out()

    script.sign_in_only("vrijwilliger")
    home = ki.window.screens["home"]
    script.wait(lambda: home.drafts.count() == 1)
    home.drafts.setCurrentRow(0)
    script.click(home.resume, "operator")
    script.screen("privacy")
    script.click(ki.window.screens["privacy"].agree, "candidate")
    script.screen("awaiting_card")
    script.read_card("nl-citizen-18")
    script.answer_and_attach(YES)
    script.confirm_with_pin()
    pieter = _member(ki, "Pieter")
    with pytest.raises(PermissionDenied):
        ctl.apply(lambda v: v.record_volmacht(pieter.member_id, "shown_at_counter", None, None))
    script.click(household.absence.on_behalf, "candidate")  # the volmacht staff recorded is enough
    script.answer_and_attach(YES)
    script.confirm_with_pin()
    assert _status(ki, "Pieter") is MemberStatus.CONFIRMED_BY_VOLMACHT
    script.click(household.review, "operator")
    script.screen("review")
    with qtbot.waitSignal(ctl.visit_saved, timeout=20000) as finished:
        script.click(ki.window.screens["review"].finish, "candidate")
    result = finished.args[0]
    assert not isinstance(result, BaseException), result
    assert result.dossier_id == draft.dossier_id and result.complete
    with ki.backend.store.begin() as session:
        dossier = load_dossier(session, ki.backend.unlocked, result.dossier_id)
    stored = dossier.member_by_national_number(PIETER)
    assert stored is not None and domain.has_volmacht(dossier, stored)
    [volmacht] = [e for e in dossier.evidence if e.volmacht_for == stored.member_id]
    assert volmacht.state == "shown_at_counter"


def test_an_absent_adult_without_a_volmacht_is_not_done(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Marking Pieter absent does not count him as done: he still owes his confirmation, by the date."""
    household = _to_household(ki, qtbot, "vrijwilliger")
    _mark_pieter_absent(household)
    household.proceed.click()  # Sofie confirms for herself
    script = Visit(ki.kiosk, tmp_path)
    script.answer_and_attach(YES)
    script.confirm_with_pin()
    pieter_line = "Pieter: afwezig: moet nog bevestigen; in het ziekenhuis; uiterlijk op 16 december 2026"
    assert pieter_line in _lines(household)
    household.review.click()
    wait_for_screen(qtbot, ki.kiosk, "review")
    review = ki.window.screens["review"]
    assert review.summary.text().startswith("Nog niet klaar: 1 van 2 volwassenen hebben bevestigd.")
    assert pieter_line in [review.members.item(i).text() for i in range(review.members.count())]
    review.finish.click()
    wait_for_screen(qtbot, ki.kiosk, "receipt")
    pieter = _member(ki, "Pieter")
    offers = [offer for offer, *_ in ki.window.screens["receipt"].paper_rows]
    assert PaperOffer(PaperKind.PAPER_FORM, pieter.member_id) in offers  # the paper route for him
    assert PaperOffer(PaperKind.DEADLINE_LETTER) in offers
    assert not ki.controller.visit.saved.complete


def test_an_adult_already_in_the_household_is_refused_with_words_that_say_so(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    household = _to_household(ki, qtbot, "wil")
    form = household.form
    household.add_adult.click()
    form.first_name.setText("Sofie")
    form.surname.setText("Janssens")
    form.national_number.setText(SOFIE)  # her card is in the reader: she is in the household already
    form.save.click()
    assert len(ki.controller.visit.dossier.members) == 3  # refused: nobody added
    assert _visible(household.error)
    assert "volwassen" not in household.error.text(), household.error.text()  # she *is* an adult
