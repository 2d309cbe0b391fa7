"""Every screen fits 1024x768, 1280x720, 1366x768 and 1920x1080, full screen and windowed, at every text size.

Qt's offscreen platform runs with those four screens (tests/data/offscreen-screens.json, set in
tests/conftest.py), so full screen is each screen's real size. The scripted visit of a household of
three walks through every screen of a visit; on each, at every text size, the window is put on every
screen, full screen and as a normal window, and the screen's primary action, its other actions and
the sync strip must lie on the screen, whole, with their text not cut off; the window is never
larger than the screen. Screenshots at 1366x768 in Dutch and Arabic are in tests/e2e/test_screenshots.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QAbstractButton, QWidget

from tests.e2e.scripted_visit import Visit, household_of_three
from tests.ui.conftest import close_kiosk, make_kiosk
from tests.ui.helpers import place, screens, settle
from ui.main_window import MainWindow, screen_classes
from ui.screens.base import Screen
from ui.theme import DEFAULT_FONT_STEP, FONT_SIZES_PT
from ui.widgets import WrapButton

pytestmark = [pytest.mark.ui, pytest.mark.e2e]

CONTENT_MIN_PX = 120
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


@dataclass
class Problems:
    found: list[str]

    def check_whole(self, where: str, widget: QWidget, screen: QScreen, window: MainWindow) -> None:
        """`widget` is shown, not cut off by its parents, and on the screen inside the window."""
        name = f"{where}: {widget.objectName() or type(widget).__name__}"
        if not widget.isVisible():
            self.found.append(f"{name} is not visible")
            return
        if widget.visibleRegion().boundingRect() != widget.rect():
            shown = widget.visibleRegion().boundingRect()
            self.found.append(f"{name} is cut off ({shown} of {widget.rect()})")
        rect = global_rect(widget)
        if not screen.geometry().contains(rect) or not window.geometry().contains(rect):
            self.found.append(f"{name} at {rect} is off the screen {screen.geometry()}")
        if isinstance(widget, WrapButton) and widget.height() < widget.heightForWidth(widget.width()):
            self.found.append(f"{name}: its text is cut off ({widget.height()} < needed)")

    def check_content_room(self, where: str, screen: Screen) -> None:
        """What scrolls keeps room for a few lines (the question, the list), also at the largest text."""
        height = screen.content_area.viewport().height()
        if height < CONTENT_MIN_PX:
            self.found.append(f"{where}: only {height} px left for the screen's content")

    def check_window(self, where: str, window: MainWindow, screen: QScreen, full: bool) -> None:
        frame = window.frameGeometry()
        if full and window.geometry() != screen.geometry():
            self.found.append(f"{where}: full screen is {window.geometry()}, the screen {screen.geometry()}")
        if not full and not screen.availableGeometry().contains(frame):
            self.found.append(f"{where}: the window {frame} is larger than the screen")
        needed = window.minimumSizeHint()
        if needed.width() > screen.size().width() or needed.height() > screen.size().height():
            self.found.append(f"{where}: the window needs {needed}, more than the screen")


def footer_buttons(window: MainWindow) -> list[QAbstractButton]:
    screen = window.current_screen()
    return [b for b in screen.footer.findChildren(QAbstractButton) if b.isVisibleTo(screen.footer)]


def check_everywhere(
    window: MainWindow, key: str, problems: Problems, on: list[QScreen], language: str
) -> None:
    """The screen on show, at every text size, on the screens `on`, full screen and windowed."""
    bar = window.bar
    chosen = bar.presentation
    screen_widget = window.current_screen()
    try:
        for step in range(len(FONT_SIZES_PT)):
            bar.show_presentation(replace(chosen, font_step=step - DEFAULT_FONT_STEP))
            for screen in on:
                for full in (True, False):
                    place(window, screen, full)
                    mode = "full" if full else "windowed"
                    where = f"{key} ({language}) at {screen.name()} {mode} {FONT_SIZES_PT[step]}pt"
                    problems.check_window(where, window, screen, full)
                    primary = screen_widget.primary_action()
                    if primary is not None:
                        problems.check_whole(where, primary, screen, window)
                    for button in footer_buttons(window):
                        problems.check_whole(where, button, screen, window)
                    problems.check_whole(where, window.sync_strip.button, screen, window)
                    problems.check_whole(where, window.sync_strip.state, screen, window)
                    problems.check_content_room(where, screen_widget)
                    if full and screen is screens()[0] and step == len(FONT_SIZES_PT) - 1:
                        # The tightest case, for people to look at: 1024 x 768 at the largest text.
                        (ARTIFACTS / "fit").mkdir(parents=True, exist_ok=True)
                        shot = ARTIFACTS / "fit" / f"{language}-{key}-1024x768-largest.png"
                        window.grab().save(str(shot))
    finally:
        bar.show_presentation(chosen)
        place(window, screens()[-1], False)


@pytest.fixture
def kiosk_on_screens(qtbot, tmp_path: Path) -> Iterator[object]:  # type: ignore[no-untyped-def]
    under_test = make_kiosk(tmp_path)
    yield under_test
    close_kiosk(under_test.kiosk)


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_every_screen_fits_at_every_text_size(kiosk_on_screens, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """Dutch on all four terminals; Arabic (right to left, other lengths) on the two smallest."""
    kiosk = kiosk_on_screens.kiosk
    on = screens() if language == "nl" else screens()[:2]
    window = kiosk.window
    problems = Problems([])
    seen: set[str] = set()

    def look(key: str) -> None:
        if key in seen:  # each screen once: at every size and text size that is already 48 layouts
            return
        seen.add(key)
        check_everywhere(window, key, problems, on, language)

    visit = Visit(kiosk, tmp_path, on_screen=look, language=language)
    look("sign_in")
    household_of_three(visit)
    kiosk.controller.sign_out()
    visit.screen("sign_in")
    visit.sign_in_only("coordinator")
    visit.click(window.screens["home"].coordinator, "operator")
    visit.wait(lambda: kiosk.controller.current_screen == "coordinator")
    look("coordinator")

    assert {cls.key.value for cls in screen_classes()} - seen == set()
    ARTIFACTS.mkdir(exist_ok=True)
    # Every problem, not only the first, for whoever fixes them.
    (ARTIFACTS / f"fit-problems-{language}.txt").write_text("\n".join(problems.found) + "\n")
    assert problems.found == []


def test_the_window_does_not_grow_when_the_adult_form_opens(kiosk_on_screens, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Before: after "Volwassene zonder kaart (medewerker WIL)" the window grew past the screen and stayed."""
    from tests.ui.helpers import sign_in_and_read

    kiosk = kiosk_on_screens.kiosk
    window = kiosk.window
    sign_in_and_read(qtbot, kiosk, "wil")
    kiosk.controller.apply(lambda v: v.identity_confirmed())
    kiosk.controller.apply(lambda v: v.back_to_household())
    household = window.screens["household"]
    small = screens()[1]  # 1280 x 720, the lowest
    largest = replace(window.bar.presentation, font_step=len(FONT_SIZES_PT) - 1 - DEFAULT_FONT_STEP)
    for full in (False, True):
        window.bar.show_presentation(largest)
        place(window, small, full)
        before = window.size()
        household.add_adult.click()
        settle()
        assert household.form.isVisible()
        assert window.size() == before
        assert small.availableGeometry().contains(window.frameGeometry())
        problems = Problems([])
        problems.check_whole("form open", household.primary_action(), small, window)
        problems.check_whole("form open", window.sync_strip.button, small, window)
        assert problems.found == []
        household.form.hide()
        settle()
        assert window.size() == before
