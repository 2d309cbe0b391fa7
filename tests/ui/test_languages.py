"""Languages: switching keeps the visit; Arabic lays out right to left; catalogues are complete."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import sign_in_and_read
from ui.i18n import I18N_DIR, catalogue_path
from ui.main_window import screen_classes

pytestmark = pytest.mark.ui

ROOT = Path(__file__).resolve().parents[2]
CANDIDATE_CONTEXTS = {cls.__name__ for cls in screen_classes() if cls.candidate_facing}
CANDIDATE_CONTEXTS |= {"MainWindow", "PinPad", "RulesText", "CameraDialog"}


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

    def pairs(ts: Path) -> set[tuple[str, str]]:
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in ET.parse(ts).getroot().iter("context")  # noqa: S314 (our own file)
            for m in c.iter("message")
        }

    assert pairs(fresh) - pairs(I18N_DIR / "kiosk_ar.ts") == set()


def test_compiled_catalogues_exist() -> None:
    for code in ("fr", "en", "tr", "ar"):
        assert catalogue_path(code).stat().st_size > 1000, "run scripts/build-translations.sh"


def test_switching_language_keeps_the_visit(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.go("household")
    members_before = list(ki.controller.session.members)
    screen = ki.window.screens["household"]

    ki.window.language.setCurrentIndex(ki.window.language.findData("ar"))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert ki.controller.current_screen == "household"
    assert ki.controller.session.members == members_before
    assert screen.title.text() == "أسرتك"
    assert screen.members.item(0).text() == "Sofie Marie Janssens: لم يؤكد بعد"

    ki.window.language.setCurrentIndex(ki.window.language.findData("tr"))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert screen.title.text() == "Haneniz"
    ki.window.language.setCurrentIndex(ki.window.language.findData("nl"))
    assert screen.title.text() == "Uw gezin"
    assert ki.controller.current_screen == "household"


def test_operator_screens_fall_back_to_dutch_in_arabic(ki) -> None:  # type: ignore[no-untyped-def]
    ki.window.language.setCurrentIndex(ki.window.language.findData("ar"))
    assert ki.window.screens["sign_in"].submit.text() == "Aanmelden"
    ki.window.language.setCurrentIndex(ki.window.language.findData("fr"))
    assert ki.window.screens["sign_in"].submit.text() == "Se connecter"
