"""Removing the card on each screen of a visit leaves no personal data anywhere."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from kiosk.visit import InvalidTransition, Visit
from tests.ui.helpers import (
    STAYING,
    answer_questions,
    leaks,
    sign_in,
    sign_in_and_read,
    start_visit,
    wait_for_screen,
)

pytestmark = pytest.mark.ui

VISIT_SCREENS = ["identity", "household", "questions", "evidence", "confirm", "review"]
def reach(ki, screen: str) -> None:  # type: ignore[no-untyped-def]
    """From the identity screen to `screen` through the visit's own events (Sofie still to confirm)."""
    ctl = ki.controller
    if screen == "identity":
        return
    ctl.apply(lambda v: v.identity_confirmed())  # an adult still to confirm goes to the questions
    if screen in ("household", "review"):
        ctl.apply(lambda v: v.back_to_household())
        if screen == "review":
            ctl.apply(lambda v: v.go_to_review())
        return
    if screen == "questions":
        return
    answer_questions(ki.kiosk, yes=STAYING | {"foreign_income"})  # on to the evidence
    if screen == "confirm":
        ctl.apply(lambda v: v.evidence_done())


@pytest.mark.parametrize(
    "screen",
    VISIT_SCREENS,
)
def test_pulling_the_card_wipes_every_widget(ki, qtbot, screen: str) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    photo = ki.window.screens["identity"].photo.pixmap()
    assert photo is not None and not photo.isNull(), "the card's photo is shown while the card is in"
    reach(ki, screen)
    assert ki.controller.current_screen == screen
    QGuiApplication.clipboard().setText("Sofie Janssens 90031410231")
    assert leaks(ki.kiosk, "nl-citizen-18"), "the test must see the data before the card is pulled"

    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")

    assert leaks(ki.kiosk, "nl-citizen-18") == []
    assert ki.controller.photo is None
    # The register lists Sofie and Pieter (the household of 201905140017): nobody has confirmed yet.
    assert ki.window.screens["awaiting_card"].progress.text() == "0 van 2 volwassenen klaar"


# Every event that would lead to a screen with personal data, from the screen between cards.
TOWARDS_PERSONAL = {
    "identity_confirmed": Visit.identity_confirmed,
    "go_to_questions": Visit.go_to_questions,
    "go_to_review": Visit.go_to_review,
    "questions_done": Visit.questions_done,
    "evidence_done": Visit.evidence_done,
    "back_to_household": Visit.back_to_household,
}


def test_personal_screens_are_unreachable_without_a_card(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    reach(ki, "questions")
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    for name, event in TOWARDS_PERSONAL.items():
        with pytest.raises(InvalidTransition):
            ki.controller.apply(event)
        assert ki.controller.current_screen == "awaiting_card", name
    assert leaks(ki.kiosk, "nl-citizen-18") == []


def test_the_same_card_resumes_where_it_was_pulled(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    reach(ki, "questions")
    ki.controller.apply(lambda v: v.answer(True))
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    ki.panel.insert_card("nl-citizen-18")
    wait_for_screen(qtbot, ki.kiosk, "questions")  # no second privacy notice, no answer lost
    assert ki.window.screens["questions"].progress.text().startswith("Vraag 2 van ")


def test_a_members_card_resumes_at_that_member(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    reach(ki, "household")
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    ki.panel.insert_card("nl-partner-17-ec")
    # A later adult reads the privacy notice after inserting their card, before their data shows.
    wait_for_screen(qtbot, ki.kiosk, "privacy")
    assert ki.window.screens["privacy"].next_adult.isVisibleTo(ki.window.screens["privacy"])
    assert leaks(ki.kiosk, "nl-partner-17-ec") == []
    ki.controller.apply(lambda v: v.acknowledge_privacy())
    wait_for_screen(qtbot, ki.kiosk, "identity")
    visit = ki.controller.visit
    # The register's household: Sofie, Pieter and their child; Pieter's card joined his listed entry.
    assert [m.role for m in visit.dossier.members] == ["reference_tenant", "partner", "child"]
    assert visit.card_member.role == "partner"
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    assert leaks(ki.kiosk, "nl-partner-17-ec") == []
    ki.panel.insert_card("nl-citizen-18")
    wait_for_screen(qtbot, ki.kiosk, "identity")  # she saw the notice already: straight to her data
    assert len(visit.dossier.members) == 3
    assert visit.card_member.role == "reference_tenant"


def test_a_card_pulled_while_it_is_read_shows_nothing(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ki.kiosk)
    start_visit(qtbot, ki.kiosk)
    ki.panel.insert_card("nl-citizen-18")
    ki.panel.remove_card()  # before the worker's answer is delivered
    qtbot.waitUntil(lambda: not ki.controller.terminal.card.busy, timeout=5000)
    qtbot.wait(50)
    # Nothing was read into the visit: it still waits for the first card.
    assert ki.controller.current_screen == "insert_card"
    assert ki.controller.visit.card is None and ki.controller.visit.dossier.members == []
    assert leaks(ki.kiosk, "nl-citizen-18") == []


def test_pulling_the_card_after_a_blocked_pin_leaves_no_answers_behind(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The adult's answers (debts, disability, income) are personal too: gone with the card."""
    sign_in_and_read(qtbot, ki.kiosk, card="blocked-pin")
    reach(ki, "confirm")
    screen = ki.window.screens["confirm"]
    assert screen.summary.count() > 0  # what the adult is about to sign, answers included
    screen.sign.click()
    qtbot.waitUntil(lambda: "geblokkeerd" in screen.status.text(), timeout=10000)
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    assert screen.summary.count() == 0


def test_a_card_left_in_the_reader_before_the_visit_is_not_read(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Behaviour on purpose: it may be the previous candidate's; it must come out and go in again."""
    sign_in(qtbot, ki.kiosk)
    ki.panel.insert_card("nl-citizen-18")  # between visits, on the home screen
    start_visit(qtbot, ki.kiosk)
    screen = ki.window.screens["insert_card"]
    assert ki.controller.current_screen == "insert_card"
    assert screen.stale.isVisibleTo(screen) and "Er zit nog een kaart in de lezer" in screen.stale.text()
    qtbot.wait(100)
    assert not ki.controller.terminal.card.busy and ki.controller.visit.card is None  # never read
    assert leaks(ki.kiosk, "nl-citizen-18") == []
    ki.panel.remove_card()
    ki.panel.insert_card("nl-citizen-18")  # inserted for this visit: read
    wait_for_screen(qtbot, ki.kiosk, "identity")
    assert ki.controller.visit.card.identity.surname == "Janssens"
    assert not screen.stale.isVisibleTo(screen)
