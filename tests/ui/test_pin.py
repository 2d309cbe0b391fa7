"""PIN entry on the on-screen keypad: the signer waits on the card worker while the GUI asks.

Real virtual cards (in-process transport): a wrong PIN costs a try and the screen says how many are
left; the right one signs; a blocked card leads to the help route. The digits never show anywhere.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.helpers import sign_in_and_read, texts_of

pytestmark = pytest.mark.ui


def _type(qtbot, pad, digits: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(pad.isVisible, timeout=10000)
    for digit in digits:
        qtbot.mouseClick(pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(pad.ok, Qt.MouseButton.LeftButton)


def test_wrong_pin_then_right_pin(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.go("confirm")
    screen = ki.window.screens["confirm"]
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
    _type(qtbot, pad, "1234")
    qtbot.waitUntil(lambda: ki.controller.current_screen == "household", timeout=10000)
    member = ki.controller.session.members[0]
    assert member.state.value == "confirmed_pin"
    assert member.confirmation is not None and member.confirmation.signature.algorithm == "ecdsa-p384-sha384"


def test_blocked_pin_leads_to_the_help_route(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, card="blocked-pin")
    ki.controller.go("confirm")
    screen = ki.window.screens["confirm"]
    screen.sign.click()
    qtbot.waitUntil(lambda: "geblokkeerd" in screen.status.text(), timeout=10000)
    assert not screen.sign.isEnabled()
    assert screen.proceed.isVisible()


def test_cancelling_the_pin_signs_nothing(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.go("confirm")
    screen = ki.window.screens["confirm"]
    screen.sign.click()
    qtbot.waitUntil(screen.pad.isVisible, timeout=10000)
    qtbot.mouseClick(screen.pad.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "niets ondertekend" in screen.status.text(), timeout=10000)
    assert ki.controller.session.members[0].confirmation is None
