"""Every screen rendered in Dutch and in Arabic, saved as PNG under test-artifacts/screens/.

The screenshots come from the scripted visit (so every screen shows real content), plus the
coordinator's screen. Each PNG is checked to hold real pixels; people look at them in review.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.e2e.scripted_visit import Visit, household_of_three
from tests.ui.conftest import close_kiosk, make_kiosk
from ui.main_window import screen_classes

pytestmark = [pytest.mark.ui, pytest.mark.e2e]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screens"


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_every_screen_rendered(qtbot, tmp_path: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{language}-*.png"):
        old.unlink()  # numbering changes when the visit changes
    under_test = make_kiosk(tmp_path)
    kiosk = under_test.kiosk
    saved: dict[str, Path] = {}
    directions: dict[str, Qt.LayoutDirection] = {}

    def grab(key: str) -> None:
        qtbot.wait(50)  # let the layout settle: a screen that just showed may still resize its parts
        QApplication.processEvents()
        directions[f"{len(saved):02d}-{key}"] = QApplication.layoutDirection()
        path = ARTIFACTS / f"{language}-{len(saved):02d}-{key}.png"
        assert kiosk.window.grab().save(str(path))
        saved[f"{len(saved):02d}-{key}"] = path

    try:
        visit = Visit(kiosk, tmp_path, on_screen=grab, language=language)
        household_of_three(visit)
        # The candidate's language holds from their choice on the privacy notice to the receipt, and
        # leaves with them: the end screen and the operator's screens are in the operator's language.
        during = [k for k in directions if k >= "03" and k.split("-", 1)[1] not in ("end", "sign_in", "home")]
        rtl = Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
        assert {directions[k] for k in during} == {rtl}
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        kiosk.controller.sign_out()
        visit.screen("sign_in")
        visit.sign_in_only("coordinator")
        visit.click(kiosk.window.screens["home"].coordinator, "operator")
        visit.wait(lambda: kiosk.controller.current_screen == "coordinator")
        visit.wait(lambda: kiosk.window.screens["coordinator"].operators_tab.operators.count() == 3)
        visit.wait(lambda: not kiosk.controller.terminal.is_busy())
        grab("coordinator")
    finally:
        close_kiosk(kiosk)

    missing = {cls.key for cls in screen_classes()} - {name[3:] for name in saved}
    assert missing == set()
    for path in saved.values():
        image = QImage(str(path))
        assert image.width() >= 1000 and image.height() >= 700
        assert path.stat().st_size > 10_000
