"""Inactivity: a visible and audible countdown, then the idle wipe; later the operator lock.

Driven by the injectable clock (a FakeClock advanced by the test), with short timeouts.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

import ui.sound
from tests.ui.conftest import END, LOCK, WARN
from tests.ui.helpers import leaks, sign_in, sign_in_and_read

pytestmark = pytest.mark.ui


def test_idle_warning_counts_down_then_wipes_the_visit(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.apply(lambda v: v.identity_confirmed())
    ki.controller.apply(lambda v: v.back_to_household())
    assert ki.controller.current_screen == "household"
    beeps_before = ui.sound.beeps

    ki.clock.advance(WARN + 1)
    ki.idle.check()
    warning = ki.window.idle_warning
    assert warning.isVisible()
    assert f"Over {int(END - WARN - 1)} seconden" in warning.text()
    assert ui.sound.beeps == beeps_before + 1
    ki.clock.advance(5)
    ki.idle.check()
    assert f"Over {int(END - WARN - 6)} seconden" in warning.text()
    assert ki.controller.current_screen == "household"

    with qtbot.waitSignal(ki.controller.draft_saved, timeout=10000) as saved:
        ki.clock.advance(END)
        ki.idle.check()
    assert ki.controller.current_screen == "end"
    assert not isinstance(saved.args[0], BaseException)
    assert saved.args[0].local_reference.startswith("K-")  # kept as a draft in the store
    assert not warning.isVisible()
    assert ki.controller.visit is None
    assert "niemand aan de kiosk" in ki.window.screens["end"].message.text()
    assert leaks(ki.kiosk, "nl-citizen-18") == []


def test_any_touch_extends_the_visit(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.clock.advance(WARN + 1)
    ki.idle.check()
    assert ki.window.idle_warning.isVisible()
    qtbot.mouseClick(ki.window.screens["identity"].title, Qt.MouseButton.LeftButton)
    assert not ki.window.idle_warning.isVisible()
    ki.clock.advance(END - 1)
    ki.idle.check()
    assert ki.controller.current_screen == "identity"


def test_the_operator_session_locks_after_longer_inactivity(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ki.kiosk)
    ki.clock.advance(LOCK + 1)
    ki.idle.check()
    assert ki.controller.current_screen == "sign_in"
    assert ki.controller.terminal.operator is None


def test_no_countdown_between_visits(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ki.kiosk)
    ki.clock.advance(END + 1)
    ki.idle.check()
    assert not ki.window.idle_warning.isVisible()
    assert ki.controller.current_screen == "home"
