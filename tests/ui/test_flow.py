"""The flow of a visit on the screens, as the issue tried it as a new user would.

"Bezoek stoppen" is never the default and asks first; "Vorige vraag" never lands where "Ja" or
"Nee" stood; a volunteer marks an absent adult the register lists, and the list keeps the selection
and shows the reason; the receipt follows the sync up to the final receipt; the staff route never
says that the volunteer is not looking; the Turkish no-PIN hint points where the button is; in
Arabic the reference and the dossier number keep their digit order (read back from the glyphs).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.domain import MemberStatus, member_status
from kiosk.papers import PaperKind, PaperOffer
from tests.e2e.scripted_visit import SOFIE_YES, YES, Visit
from tests.ui.helpers import (
    place,
    screens,
    sign_in_and_read,
    start_visit,
    texts_of,
    wait_for_screen,
)
from tests.unit.documents.pdfcheck import all_text
from ui.theme import DEFAULT_FONT_STEP, FONT_SIZES_PT

pytestmark = pytest.mark.ui


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def visual_order(label: QLabel) -> str:
    """The letters, digits and hyphens of a label in the order they are drawn, left to right.

    The label's text is laid out as Qt lays it out on screen (its font, the layout direction);
    each glyph's position is read back with the character it draws.
    """
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setTextDirection(label.layoutDirection())
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag
    placed = []
    for run in layout.glyphRuns(-1, -1, flags.RetrieveGlyphPositions | flags.RetrieveStringIndexes):
        glyphs = zip(run.positions(), run.stringIndexes(), strict=True)
        placed += [(pos.x(), text[index]) for pos, index in glyphs]
    return "".join(c for _x, c in sorted(placed) if c.isdigit() or (c.isascii() and c.isalpha()) or c == "-")


def _select(household, first_name: str) -> None:  # type: ignore[no-untyped-def]
    for row in range(household.members.count()):
        if household.members.item(row).text().startswith(first_name):
            household.members.setCurrentRow(row)
            return
    raise AssertionError(f"no {first_name} in the list")


def _lines(household) -> list[str]:  # type: ignore[no-untyped-def]
    return [household.members.item(i).text() for i in range(household.members.count())]


# -- "Bezoek stoppen" -----------------------------------------------------------------------------
def test_stopping_is_never_the_default_and_asks_first(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.helpers import sign_in

    sign_in(qtbot, ki.kiosk)
    start_visit(qtbot, ki.kiosk)
    wait_for_screen(qtbot, ki.kiosk, "insert_card")
    screen = ki.window.screens["insert_card"]
    stop = screen.stop_visit
    qtbot.waitUntil(lambda: ki.app.focusWidget() is not None)
    assert ki.app.focusWidget() is not stop.stop and not stop.stop.isDefault()

    qtbot.keyClick(ki.app.focusWidget(), Qt.Key.Key_Return)  # a stray Enter ends nothing
    stop.stop.click()
    assert ki.controller.visit is not None and stop.question.isVisible()
    assert ki.app.focusWidget() is stop.keep_going  # "Nee, verder gaan" has the focus
    qtbot.keyClick(stop.keep_going, Qt.Key.Key_Space)
    assert ki.controller.visit is not None and not stop.question.isVisible()
    assert ki.controller.current_screen == "insert_card"

    stop.stop.click()
    stop.confirm.click()  # "Ja, stoppen"
    assert ki.controller.visit is None and ki.controller.current_screen == "home"


def test_stopping_between_cards_asks_too(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    stop = ki.window.screens["awaiting_card"].stop_visit
    assert ki.app.focusWidget() is not stop.stop and not stop.stop.isDefault()
    stop.stop.click()
    assert ki.controller.visit is not None and stop.asking()
    ki.panel.insert_card("nl-citizen-18")  # the adult comes back: the visit goes on, the question goes
    wait_for_screen(qtbot, ki.kiosk, "identity")
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    assert not stop.asking()


# -- "Vorige vraag" ------------------------------------------------------------------------------------
@pytest.mark.parametrize("tight", [False, True], ids=["1280x860", "1024x768-largest-text"])
def test_previous_question_never_lands_where_yes_or_no_was(ki, qtbot, tight: bool) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    if tight:
        largest = len(FONT_SIZES_PT) - 1 - DEFAULT_FONT_STEP
        ki.controller.set_presentation(replace(ki.controller.visit.presentation, font_step=largest))
        ki.window.bar.show_presentation(ki.controller.visit.presentation)
        place(ki.window, screens()[0], full=True)
    ki.controller.apply(lambda v: v.identity_confirmed())
    wait_for_screen(qtbot, ki.kiosk, "questions")
    questions = ki.window.screens["questions"]
    visit = ki.controller.visit
    landed = []
    answered = 0
    outcomes = 0
    while visit.pending_question() is not None:
        qtbot.wait(1)
        answers = [global_rect(questions.yes), global_rect(questions.no)]
        said_yes = answered % 2 == 0
        (questions.yes if said_yes else questions.no).click()
        answered += 1
        qtbot.wait(1)
        # A second tap where "Ja" or "Nee" stood must never go back, leave, or confirm a withdrawal.
        for name in ("back", "to_household", "proceed", "outcome_confirm"):
            button = getattr(questions, name)
            if button.isVisible() and any(global_rect(button).intersects(a) for a in answers):
                landed.append(f"after answer {answered}: {name} where an answer was")
        shown = visit.outcome
        if shown is None:
            continue
        outcomes += 1
        if shown.needs_confirmation:  # "no, I want to stay": the question again, answered the other way
            questions.outcome_back.click()
            qtbot.wait(1)
            (questions.no if said_yes else questions.yes).click()
            if visit.outcome is not None:
                questions.outcome_ok.click()
        else:
            questions.outcome_ok.click()
    assert answered >= 5 and questions.proceed.isVisible() and questions.back.isVisible()
    assert landed == []


# -- an absent adult -------------------------------------------------------------------------------------
def test_a_volunteer_marks_an_absent_adult_of_the_register(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "vrijwilliger")
    ki.controller.apply(lambda v: v.identity_confirmed())
    ki.controller.apply(lambda v: v.back_to_household())
    household = ki.window.screens["household"]
    assert [line.split(":")[0] for line in _lines(household)] == ["Sofie Marie Janssens", "Pieter", "Noor"]
    _select(household, "Pieter")  # listed by the register, not here today
    absence = household.absence
    assert absence.mark_absent.isVisible() and absence.reason.isVisible()
    absence.reason.setCurrentIndex(absence.reason.findData("hospital"))
    absence.mark_absent.click()

    visit = ki.controller.visit
    pieter = next(m for m in visit.dossier.members if m.first_names == "Pieter")
    assert member_status(visit.dossier, pieter, visit.today) is MemberStatus.ABSENT
    assert household.members.currentItem().text().startswith("Pieter")  # the selection stays
    assert "in het ziekenhuis" in household.members.currentItem().text()  # and the reason shows
    assert absence.mark_present.isVisible()
    assert not absence.volmacht_file.isVisible()  # the volmacht stays WIL staff's

    absence.mark_present.click()  # he came after all
    assert household.members.currentItem().text().startswith("Pieter: moet nog bevestigen")


# -- the receipt follows the sync -----------------------------------------------------------------------
def _finish(ki, qtbot):  # type: ignore[no-untyped-def]
    ki.window.screens["household"].review.click()
    wait_for_screen(qtbot, ki.kiosk, "review")
    ki.window.screens["review"].finish.click()
    wait_for_screen(qtbot, ki.kiosk, "receipt")
    return ki.window.screens["receipt"]


def _sofie_alone(ki, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    """Sofie confirms, Pieter is in hospital (marked absent): saved incomplete, on the receipt screen."""
    script = Visit(ki.kiosk, tmp_path)
    script.sign_in("vrijwilliger")
    script.read_card("nl-citizen-18")
    script.answer_and_attach(set(YES))
    script.confirm_with_pin()
    _select(ki.window.screens["household"], "Pieter")
    ki.window.screens["household"].absence.mark_absent.click()
    return _finish(ki, qtbot)


def _both_adults(ki, qtbot, tmp_path: Path, language: str = "nl", offline: bool = False):  # type: ignore[no-untyped-def]
    """Sofie with her PIN, Pieter attested by WIL staff: saved complete (`offline`: the register
    goes out of reach before "Klaar")."""
    script = Visit(ki.kiosk, tmp_path, language=language)
    script.sign_in("wil")
    script.read_card("nl-citizen-18")
    script.answer_and_attach(SOFIE_YES)
    script.confirm_with_pin()
    script.card(None)
    script.screen("awaiting_card")
    script.read_card("nl-partner-17-ec", notice=True)
    script.answer_and_attach(set(YES))
    script.attest_by_staff("staff-wil-1")
    if offline:
        ki.backend.register_url = "http://127.0.0.1:9"  # nothing listens there
    return _finish(ki, qtbot)


def _rendered_receipt(ki, qtbot) -> bytes:  # type: ignore[no-untyped-def]
    got: list[bytes] = []
    ki.controller.render_paper(PaperOffer(PaperKind.RECEIPT), got.append, lambda e: got.append(b""))
    qtbot.waitUntil(lambda: bool(got), timeout=20000)
    return got[0]


def test_the_receipt_says_when_the_register_has_it_without_a_number(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Before: after the sync the screen still said "Voorlopig ... wordt verzonden"."""
    receipt = _sofie_alone(ki, qtbot, tmp_path)
    # Saved, and sent at once: nobody has to press anything for the register to get it.
    qtbot.waitUntil(lambda: receipt.state.text().startswith("Verzonden"), timeout=20000)
    assert "Het dossiernummer komt later" in receipt.state.text()  # Pieter has not confirmed
    assert receipt.itsme.isVisible()  # he still can, at home with itsme
    assert not receipt.dossier.text() and "VOORLOPIG" in all_text(_rendered_receipt(ki, qtbot))
    receipt.sync.click()  # "Nu verzenden" on the receipt screen still answers
    assert ki.window.sync_strip.state.text().startswith("Verzenden: bezig")
    qtbot.waitUntil(lambda: not ki.controller.terminal.syncing, timeout=20000)
    assert receipt.state.text().startswith("Verzonden")


def test_the_final_receipt_is_offered_when_the_number_arrives(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    receipt = _both_adults(ki, qtbot, tmp_path)
    # Complete, sent at once: the number comes back while the candidate is still at the counter.
    qtbot.waitUntil(lambda: bool(receipt.dossier.text()), timeout=20000)
    number = ki.controller.visit.dossier_number
    assert receipt.dossier.text() == f"Uw dossiernummer: {number}"
    assert "dossiernummer gegeven" in receipt.state.text()
    assert receipt.print_.accessibleDescription() == "Definitief ontvangstbewijs"
    assert "definitieve ontvangstbewijs" in receipt.papers.text()
    assert not receipt.itsme.isVisible()  # every adult confirmed: nothing left to do with itsme
    final = all_text(_rendered_receipt(ki, qtbot))
    assert number in final and "VOORLOPIG" not in final
    strip = ki.window.sync_strip
    qtbot.waitUntil(lambda: "alles is verzonden" in strip.state.text(), timeout=10000)


def test_offline_the_receipt_stays_provisional_and_says_it_sends_later(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    receipt = _both_adults(ki, qtbot, tmp_path, offline=True)
    qtbot.waitUntil(lambda: "niet bereikbaar" in receipt.state.text(), timeout=20000)
    assert not receipt.dossier.text()
    assert receipt.print_.accessibleDescription() == "Voorlopig ontvangstbewijs"
    assert "VOORLOPIG" in all_text(_rendered_receipt(ki, qtbot))


def test_arabic_keeps_the_digit_order_of_reference_and_dossier_number(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    receipt = _both_adults(ki, qtbot, tmp_path, language="ar")
    assert ki.app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    reference = ki.controller.visit.saved.local_reference
    assert reference in visual_order(receipt.reference), visual_order(receipt.reference)
    receipt.sync.click()
    qtbot.waitUntil(lambda: bool(receipt.dossier.text()), timeout=20000)
    number = ki.controller.visit.dossier_number
    assert number in visual_order(receipt.dossier), visual_order(receipt.dossier)
    assert not receipt.state.text().startswith("Het register")  # said in Arabic


def test_the_digit_order_reader_sees_an_unprotected_number_reordered(qapp) -> None:  # type: ignore[no-untyped-def]
    """The check above can fail: a phone number written plainly into Arabic text is drawn reordered."""
    label = QLabel("رقم الهاتف: 02 740 79 91")
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert "027407991" not in visual_order(label)
    label.setText("رقم الهاتف: \u206802 740 79 91\u2069")
    assert "027407991" in visual_order(label)


# -- the staff route and the no-PIN hint --------------------------------------------------------------------
def _to_attestation(ki, qtbot, language: str = "nl"):  # type: ignore[no-untyped-def]
    """Pieter has no PIN: WIL staff's route. Returns the confirm screen with his card in."""
    sign_in_and_read(qtbot, ki.kiosk, "wil", "nl-partner-17-ec")
    if language != "nl":
        choice = ki.window.bar.language
        choice.setCurrentIndex(choice.findData(language))
    ki.controller.apply(lambda v: v.identity_confirmed())
    visit = ki.controller.visit
    while visit.pending_question() is not None:
        ki.controller.apply(lambda v: v.answer(True))
    ki.controller.apply(lambda v: v.questions_done())
    if ki.controller.current_screen == "evidence":
        ki.controller.apply(lambda v: v.evidence_done())
    wait_for_screen(qtbot, ki.kiosk, "confirm")
    return ki.window.screens["confirm"]


def test_the_staff_route_never_says_the_volunteer_is_not_looking(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    confirm = _to_attestation(ki, qtbot)
    confirm.attest.click()
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    ki.panel.insert_card("staff-wil-1")
    wait_for_screen(qtbot, ki.kiosk, "confirm")
    qtbot.waitUntil(confirm.sign.isEnabled, timeout=10000)
    shown = [t for w in confirm.findChildren(QWidget) if w.isVisible() for t in texts_of(w)]
    shown += [confirm.title.text()]
    assert "Medewerker WIL" in confirm.title.text()
    assert not [t for t in shown if "kijkt" in t or "vrijwilliger" in t.lower()]


def test_the_turkish_no_pin_hint_points_to_the_button_below_it(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    confirm = _to_attestation(ki, qtbot, language="tr")
    confirm.no_pin.click()
    hint = confirm.status.text()
    assert "aşağıdaki" in hint  # "below"
    assert global_rect(confirm.attest).top() > global_rect(confirm.status).bottom()
