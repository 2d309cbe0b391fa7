"""Removing the card on each screen of a visit leaves no personal data anywhere (issue 6, acceptance 3)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from tests.ui.helpers import leaks, sign_in, sign_in_and_read, wait_for_screen

pytestmark = pytest.mark.ui

VISIT_SCREENS = ["identity", "household", "declarations", "evidence", "confirm", "review"]


@pytest.mark.parametrize("screen", VISIT_SCREENS)
def test_pulling_the_card_wipes_every_widget(ki, qtbot, screen: str) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    photo = ki.window.screens["identity"].photo.pixmap()
    assert photo is not None and not photo.isNull(), "the card's photo is shown while the card is in"
    ki.controller.go(screen)
    assert ki.controller.current_screen == screen
    QGuiApplication.clipboard().setText("Sofie Janssens 90031410231")
    assert leaks(ki.kiosk, "nl-citizen-18"), "the test must see the data before the card is pulled"

    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")

    assert leaks(ki.kiosk, "nl-citizen-18") == []
    assert ki.window.screens["awaiting_card"].progress.text() == "0 van 1 volwassenen klaar"


def test_personal_screens_are_unreachable_without_a_card(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    for screen in VISIT_SCREENS:
        ki.controller.go(screen)
        assert ki.controller.current_screen == "awaiting_card"


def test_a_members_card_resumes_at_that_member(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.go("household")
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    ki.panel.insert_card("nl-partner-17-ec")
    wait_for_screen(qtbot, ki.kiosk, "identity")
    assert [m.role for m in ki.controller.session.members] == ["reference_tenant", "partner"]
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    assert leaks(ki.kiosk, "nl-partner-17-ec") == []
    ki.panel.insert_card("nl-citizen-18")
    wait_for_screen(qtbot, ki.kiosk, "identity")
    assert len(ki.controller.session.members) == 2
    assert ki.controller.current_member().role == "reference_tenant"


def test_a_card_pulled_while_it_is_read_shows_nothing(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ki.kiosk)
    ki.controller.start_visit()
    ki.controller.acknowledge_privacy()
    ki.panel.insert_card("nl-citizen-18")
    ki.panel.remove_card()  # before the worker's answer is delivered
    qtbot.waitUntil(lambda: not ki.controller.worker.busy, timeout=5000)
    qtbot.wait(50)
    assert ki.controller.current_screen == "awaiting_card"
    assert leaks(ki.kiosk, "nl-citizen-18") == []
