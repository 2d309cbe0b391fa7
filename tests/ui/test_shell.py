"""The shell: kiosk mode refuses to close, training banner, targets, focus and accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from tests.ui.conftest import close_kiosk, make_kiosk
from tests.ui.helpers import sign_in_and_read
from ui.theme import MIN_TARGET_PX

pytestmark = pytest.mark.ui

ALL_SCREENS = [
    "sign_in",
    "home",
    "privacy",
    "insert_card",
    "awaiting_card",
    "identity",
    "household",
    "declarations",
    "evidence",
    "confirm",
    "review",
    "receipt",
    "end",
    "coordinator",
]


def test_kiosk_mode_refuses_to_close_without_an_operator(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    under_test = make_kiosk(tmp_path, kiosk_mode=True)
    try:
        window = under_test.window
        window.close()
        assert window.isVisible()
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        assert window.isVisible()
        assert under_test.exit_answers.asked == [False, False]
        under_test.exit_answers.allow = True
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        assert not window.isVisible()
    finally:
        close_kiosk(under_test.kiosk)


def test_windowed_mode_closes_without_asking(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    under_test = make_kiosk(tmp_path, kiosk_mode=False)
    under_test.window.close()
    assert not under_test.window.isVisible()
    assert under_test.exit_answers.asked == []
    close_kiosk(under_test.kiosk)


def test_training_banner_on_every_screen(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "coordinator")
    for key in ALL_SCREENS:
        ki.window.show_screen(key)
        assert ki.window.banner.isVisible()
        assert "OEFENMODUS" in ki.window.banner.text()
        assert ki.window.sync_strip.isVisible()
    assert "oefenmodus" in ki.window.windowTitle()


def _controls(widget: QWidget) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox)
    return [
        w
        for w in widget.findChildren(QWidget)
        if isinstance(w, kinds) and w.isVisible() and not w.objectName().startswith("qt_")
    ]


def test_targets_names_and_focus_on_every_screen(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil")
    problems = []
    for key in ALL_SCREENS:
        ki.window.show_screen(key)
        qtbot.wait(1)
        for control in _controls(ki.window):
            name = f"{key}/{type(control).__name__}:{control.accessibleName()!r}"
            if control.height() < MIN_TARGET_PX or control.width() < MIN_TARGET_PX:
                problems.append(f"{name} is {control.width()}x{control.height()}")
            if not control.accessibleName().strip():
                problems.append(f"{name} has no accessible name")
            if control.focusPolicy() == Qt.FocusPolicy.NoFocus:
                problems.append(f"{name} cannot take keyboard focus")
    assert problems == []


def test_font_size_and_contrast_controls(ki) -> None:  # type: ignore[no-untyped-def]
    before = ki.app.styleSheet()
    ki.window.font_button.click()
    assert ki.app.styleSheet() != before
    assert f"font-size: {ki.window.theme.font_pt}pt" in ki.app.styleSheet()
    ki.window.contrast_button.click()
    assert "#000000" in ki.app.styleSheet() and "#ffff00" in ki.app.styleSheet()
    assert ki.window.theme.high_contrast
