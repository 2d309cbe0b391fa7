"""The shell: kiosk mode refuses to close, training banner, targets, focus and accessible names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from kiosk.visit import Presentation
from tests.ui.conftest import close_kiosk, make_kiosk
from tests.ui.helpers import sign_in, sign_in_and_read, start_visit, wait_for_screen
from ui.theme import DEFAULT_FONT_STEP, FONT_SIZES_PT, MIN_TARGET_PX

pytestmark = pytest.mark.ui

ALL_SCREENS = [
    "sign_in",
    "home",
    "privacy",
    "insert_card",
    "awaiting_card",
    "identity",
    "household",
    "questions",
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
    bar = ki.window.bar
    before = ki.app.styleSheet()
    bar.font_button.click()
    assert ki.app.styleSheet() != before
    assert f"font-size: {bar.theme.font_pt}pt" in ki.app.styleSheet()
    bar.contrast_button.click()
    assert "#000000" in ki.app.styleSheet() and "#ffff00" in ki.app.styleSheet()
    assert bar.theme.high_contrast
    bar.contrast_button.click()
    assert not bar.theme.high_contrast and "#ffff00" not in ki.app.styleSheet()


def test_larger_text_steps_up_to_the_largest_and_never_wraps(ki) -> None:  # type: ignore[no-untyped-def]
    """Behaviour on purpose: "Grotere letters" goes up through the sizes and stops; "Kleinere" goes back."""
    bar = ki.window.bar
    sizes = [bar.theme.font_pt]
    while bar.font_button.isEnabled():
        bar.font_button.click()
        sizes.append(bar.theme.font_pt)
    assert sizes == list(FONT_SIZES_PT[DEFAULT_FONT_STEP:])  # one size per press, up to the largest
    assert bar.font_button.text() == f"Grotere letters ({len(FONT_SIZES_PT)} van {len(FONT_SIZES_PT)})"
    bar._font_step(+1)  # pressed again anyway (the button is disabled): it stays the largest
    assert bar.theme.font_pt == FONT_SIZES_PT[-1]
    assert f"font-size: {FONT_SIZES_PT[-1]}pt" in ki.app.styleSheet()
    smaller = []
    while bar.smaller.isEnabled():
        bar.smaller.click()
        smaller.append(bar.theme.font_pt)
    assert smaller == list(reversed(FONT_SIZES_PT[:-1]))  # back down to the smallest, then it stops
    assert bar.font_button.isEnabled() and bar.font_button.text().startswith("Grotere letters (1 van ")


def test_the_candidates_size_and_contrast_end_with_the_visit(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Behaviour on purpose: the next person starts from the operator's look, not the candidate's."""
    sign_in(qtbot, ki.kiosk)
    bar = ki.window.bar
    operator_pt = bar.theme.font_pt
    start_visit(qtbot, ki.kiosk)
    bar.font_button.click()
    bar.font_button.click()
    bar.contrast_button.click()
    presentation = ki.controller.visit.presentation
    assert presentation.high_contrast and presentation.font_step == 2
    assert "#ffff00" in ki.app.styleSheet()
    ki.controller.end_visit()
    assert not bar.theme.high_contrast and not bar.contrast_button.isChecked()
    assert bar.theme.font_pt == operator_pt
    assert "#ffff00" not in ki.app.styleSheet() and f"font-size: {operator_pt}pt" in ki.app.styleSheet()
    ki.controller.go("home")
    ki.controller.start_visit()
    wait_for_screen(qtbot, ki.kiosk, "privacy")
    assert ki.controller.visit.presentation == Presentation()  # a new visit starts plain
