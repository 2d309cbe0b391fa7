"""PIN entry on the on-screen keypad: the signer waits on the card worker while the GUI asks.

Real virtual cards (in-process transport): a wrong PIN costs a try and the screen says how many are
left; the right one signs; a blocked card leads to the help route. The digits never show anywhere.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from kiosk.domain import MemberStatus, member_status
from kiosk.papers import PaperKind, papers_offered
from kiosk.visit_views import visit_overview
from tests.ui.helpers import answer_questions, pass_evidence, sign_in_and_read, texts_of, wait_for_screen

pytestmark = pytest.mark.ui


def _type(qtbot, pad, digits: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(pad.isVisible, timeout=10000)
    for digit in digits:
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.ok, Qt.MouseButton.LeftButton)


def open_confirm(ki, qtbot, card: str = "nl-citizen-18"):  # type: ignore[no-untyped-def]
    """Read the card, answer the questions, pass the evidence: the confirm screen of that adult."""
    sign_in_and_read(qtbot, ki.kiosk, card=card)
    ki.controller.apply(lambda v: v.identity_confirmed())
    answer_questions(ki.kiosk)
    pass_evidence(ki.kiosk)
    wait_for_screen(qtbot, ki.kiosk, "confirm")
    return ki.window.screens["confirm"], ki.controller.visit.current_member


def test_wrong_pin_then_right_pin(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen, member = open_confirm(ki, qtbot)
    screen.sign.click()
    pad = screen.pad
    qtbot.waitUntil(pad.isVisible, timeout=10000)
    for digit in "9999":
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    shown = [t for w in ki.window.findChildren(QWidget) for t in texts_of(w)]
    assert not any("9999" in t for t in shown)
    assert pad.display.text() == "●●●●"
    qtbot.mouseClick(pad.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "nog 2 pogingen" in screen.status.text(), timeout=10000)
    assert member.confirmation is None
    _type(qtbot, pad, "1234")
    wait_for_screen(qtbot, ki.kiosk, "household")
    visit = ki.controller.visit
    assert member_status(visit.dossier, member, visit.today) is MemberStatus.CONFIRMED
    assert member.confirmation is not None and member.confirmation.signature.algorithm == "ecdsa-p384-sha384"
    household = ki.window.screens["household"]
    assert household.notice.isVisibleTo(household) and "ondertekend" in household.notice.text()


def test_blocked_pin_leads_to_the_help_route(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen, member = open_confirm(ki, qtbot, card="blocked-pin")
    screen.sign.click()
    qtbot.waitUntil(lambda: "geblokkeerd" in screen.status.text(), timeout=10000)
    assert "hulpblad" in screen.status.text()
    assert not screen.sign.isEnabled() and not screen.pad.isVisible()
    assert screen.back.isVisible() and screen.back.isEnabled()  # no dead end
    screen.back.click()
    assert ki.controller.current_screen == "household"
    visit = ki.controller.visit
    assert member.confirmation is None
    assert member_status(visit.dossier, member, visit.today) is MemberStatus.TO_CONFIRM
    offers = {offer.kind for offer in papers_offered(visit_overview(visit))}
    assert {PaperKind.HELP_SHEET, PaperKind.PAPER_FORM} <= offers  # the help sheet and the paper route


def test_cancelling_the_pin_signs_nothing(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen, member = open_confirm(ki, qtbot)
    screen.sign.click()
    qtbot.waitUntil(screen.pad.isVisible, timeout=10000)
    qtbot.mouseClick(screen.pad.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "niets ondertekend" in screen.status.text(), timeout=10000)
    assert member.confirmation is None
    assert ki.controller.current_screen == "confirm" and screen.sign.isEnabled()  # may try again
