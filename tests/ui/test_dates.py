"""One date format per language, on every screen, and the same as on the papers.

Before, the screens wrote ISO dates and home DD-MM-YYYY. Now every screen goes through
`ui.screens.wording.day_text`, which formats with the papers' CLDR locale of the language on show.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from kiosk.documents.i18n import long_date
from kiosk.documents.model import Language
from tests.e2e.scripted_visit import Visit, household_of_three
from tests.ui.helpers import texts_of
from ui.screens.wording import day_text, month_text

pytestmark = pytest.mark.ui

NUMERIC_DATE = re.compile(r"\b(\d{4}-\d{2}-\d{2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})\b")
ISOLATES = str.maketrans("", "", "\u2068\u2069")


@pytest.mark.parametrize("code", ["nl", "fr", "en", "tr", "ar"])
def test_a_day_reads_as_on_the_papers(ki, code: str) -> None:  # type: ignore[no-untyped-def]
    ki.switcher.switch(code)
    day = date(2026, 12, 16)
    assert day_text(day).translate(ISOLATES) == long_date(Language(code), day)
    assert "2026" in month_text(1975, 3).translate(ISOLATES).replace("1975", "2026")


def test_dutch_and_arabic_days() -> None:  # type: ignore[no-untyped-def]
    assert long_date(Language.DUTCH, date(2026, 12, 16)) == "16 december 2026"
    assert "2026" in long_date(Language.ARABIC, date(2026, 12, 16))  # the digits 0-9, as on paper


@pytest.mark.parametrize("language", ["nl", "ar"])
def test_no_screen_writes_a_date_in_digits(qtbot, tmp_path: Path, language: str) -> None:
    """The whole scripted visit, then the coordinator's tabs (reprints, statistics)."""  # type: ignore[no-untyped-def]
    from tests.ui.conftest import close_kiosk, make_kiosk

    under_test = make_kiosk(tmp_path)
    kiosk = under_test.kiosk
    found: list[str] = []

    def look(key: str) -> None:
        for widget in [kiosk.window, *kiosk.window.findChildren(QWidget)]:
            if widget.isVisible():
                found.extend(f"{key}: {t}" for t in texts_of(widget) if NUMERIC_DATE.search(t))

    try:
        visit = Visit(kiosk, tmp_path, on_screen=look, language=language)
        household_of_three(visit)
        kiosk.controller.sign_out()
        visit.sign_in_only("coordinator")  # the coordinator's lists have dates too
        visit.click(kiosk.window.screens["home"].coordinator, "operator")
        visit.wait(lambda: kiosk.controller.current_screen == "coordinator")
        coordinator = kiosk.window.screens["coordinator"]
        visit.wait(lambda: coordinator.reprints.dossiers.count() == 1)  # the visit just saved
        visit.wait(lambda: coordinator.statistics_tab.table.rowCount() >= 1)
        for tab in range(coordinator.tabs.count()):
            coordinator.tabs.setCurrentIndex(tab)
            qtbot.wait(10)
            look(f"coordinator tab {tab}")
    finally:
        close_kiosk(kiosk)
    assert found == []
