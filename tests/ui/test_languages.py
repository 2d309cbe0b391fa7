"""Languages: switching keeps the visit; Arabic lays out right to left; catalogues are complete."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from kiosk.domain import MemberStatus
from tests.ui.helpers import sign_in, sign_in_and_read, start_visit, wait_for_screen
from ui.i18n import I18N_DIR, catalogue_path
from ui.main_window import screen_classes
from ui.operator_alerts import Alert, AlertKind
from ui.screens.absence_panel import ABSENCE_REASONS
from ui.screens.alert_words import alert_text
from ui.screens.wording import absence_text, status_text

pytestmark = pytest.mark.ui

ROOT = Path(__file__).resolve().parents[2]
CANDIDATE_CONTEXTS = {cls.__name__ for cls in screen_classes() if cls.candidate_facing}
CANDIDATE_CONTEXTS |= {"MainWindow", "PinPad", "RulesText", "CameraDialog"}
# The words every candidate-facing screen shares, the top bar and the strip at the bottom (they are
# on every screen the candidate sees), and the household screen's form and panels.
CANDIDATE_CONTEXTS |= {"Wording", "PresentationBar", "SyncStrip", "MemberForm", "AbsencePanel"}
CANDIDATE_CONTEXTS |= {"RoutesPanel", "RegistrationPanel"}


def _pairs(ts: Path) -> set[tuple[str, str]]:
    return {
        (c.findtext("name") or "", m.findtext("source") or "")
        for c in ET.parse(ts).getroot().iter("context")  # noqa: S314 (our own file)
        for m in c.iter("message")
    }


def _unfinished(ts: Path) -> dict[str, list[str]]:
    missing: dict[str, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 (our own catalogue)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "unfinished" or not (translation.text or "").strip():
                missing.setdefault(name, []).append(message.findtext("source") or "")
    return missing


@pytest.mark.parametrize("code", ["tr", "ar"])
def test_candidate_screens_have_no_untranslated_strings(code: str) -> None:
    missing = _unfinished(I18N_DIR / f"kiosk_{code}.ts")
    assert {name: texts for name, texts in missing.items() if name in CANDIDATE_CONTEXTS} == {}
    assert "PrivacyScreen" not in missing


@pytest.mark.parametrize("code", ["fr", "en"])
def test_french_and_english_cover_every_screen(code: str) -> None:
    assert _unfinished(I18N_DIR / f"kiosk_{code}.ts") == {}


def test_catalogues_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """A string added to a screen without running `build-translations.sh --update` fails here."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(ROOT / ".venv/bin/pyside6-lupdate"), *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )

    assert _pairs(fresh) - _pairs(I18N_DIR / "kiosk_ar.ts") == set()


def test_the_shared_words_reach_the_catalogues(qapp) -> None:  # type: ignore[no-untyped-def]
    """Words said through a helper (member statuses, absence reasons, alerts) are in every catalogue.

    lupdate finds only literal `tr(...)` and `translate("Context", ...)` calls: a text it cannot see
    never gets a translation and stays Dutch in every language.
    """
    wording = {("Wording", status_text(status)) for status in MemberStatus}
    wording |= {("Wording", absence_text(reason)) for reason in ABSENCE_REASONS}
    alerts = {("AlertWords", alert_text(Alert(kind, "%1"))) for kind in AlertKind}
    for code in ("fr", "en", "tr", "ar"):
        assert (wording | alerts) - _pairs(I18N_DIR / f"kiosk_{code}.ts") == set(), code


def test_compiled_catalogues_exist() -> None:
    for code in ("fr", "en", "tr", "ar"):
        assert catalogue_path(code).stat().st_size > 1000, "run scripts/build-translations.sh"


def _choose_language(ki, code: str) -> None:  # type: ignore[no-untyped-def]
    """The person in front of the screen picks a language in the top bar."""
    choice = ki.window.bar.language
    choice.setCurrentIndex(choice.findData(code))


def test_switching_language_keeps_the_visit(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.apply(lambda v: v.identity_confirmed())
    ki.controller.apply(lambda v: v.back_to_household())
    visit = ki.controller.visit
    members_before = list(visit.dossier.members)
    screen = ki.window.screens["household"]

    _choose_language(ki, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ki.controller.current_screen == "household"
    assert ki.controller.visit is visit and visit.dossier.members == members_before
    assert visit.presentation.language == "ar"  # the candidate's choice lives in the visit
    assert screen.title.text() == "أسرتك"
    status = QCoreApplication.translate("Wording", "moet nog bevestigen")
    assert status != "moet nog bevestigen", "the Arabic catalogue has no member status"
    line = screen.members.item(0).text()
    assert line.startswith(f"Sofie Marie Janssens: {status}")
    assert "\u2068" in line  # the due date is kept in one piece inside right-to-left text

    _choose_language(ki, "tr")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.title.text() == "Haneniz"
    _choose_language(ki, "nl")
    assert screen.title.text() == "Uw gezin"
    assert ki.controller.current_screen == "household"


def test_the_candidates_language_ends_with_the_visit(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Behaviour on purpose: the next candidate, and the operator, never inherit a candidate's language."""
    sign_in(qtbot, ki.kiosk)
    _choose_language(ki, "fr")  # the operator's own language, between visits
    assert ki.window.screens["home"].start.text() != "Nieuw bezoek starten"
    start_visit(qtbot, ki.kiosk)
    _choose_language(ki, "ar")
    assert ki.controller.visit.presentation.language == "ar"
    ki.controller.end_visit()
    assert ki.switcher.current.code == "fr" and ki.window.bar.language.currentData() == "fr"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    ki.controller.go("home")
    ki.controller.start_visit()
    wait_for_screen(qtbot, ki.kiosk, "privacy")
    assert ki.controller.visit.presentation.language == "nl"  # a new visit starts in Dutch
    assert ki.switcher.current.code == "nl"
    assert ki.window.screens["privacy"].title.text() == "Wat we lezen van uw identiteitskaart"


def test_operator_screens_fall_back_to_dutch_in_arabic(ki) -> None:  # type: ignore[no-untyped-def]
    _choose_language(ki, "ar")
    assert ki.window.screens["sign_in"].submit.text() == "Aanmelden"
    _choose_language(ki, "fr")
    assert ki.window.screens["sign_in"].submit.text() == "Se connecter"
