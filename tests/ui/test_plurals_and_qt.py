"""Qt's own words in the language on show, and counts in the right plural in every language.

Qt's buttons and dialogs ("Cancel", "Look in") come from Qt's own catalogues, loaded with the
kiosk's; counts go through Qt's `%n` plural forms, so "1 pagina's", "Alle 1 volwassenen" or
"1 adultes" cannot be said. Dutch, the source language, has a catalogue of its plural forms only.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.helpers import sign_in_and_read
from ui.exit_dialog import ExitDialog
from ui.i18n import I18N_DIR

pytestmark = pytest.mark.ui

QT_CANCEL = {"nl": "Annuleren", "fr": "Annuler", "tr": "İptal", "ar": "ألغِ"}
LEFT_OVER = re.compile(r"\((en|s|'s|n)\)|%n")  # "pagina('s)", "dag(en)": a form nobody chose


def _numerus_messages() -> list[tuple[str, str]]:
    """Every message with a count, from the Dutch plural catalogue (lupdate -pluralonly)."""
    root = ET.parse(I18N_DIR / "kiosk_nl.ts").getroot()  # noqa: S314 (our own catalogue)
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.get("numerus") == "yes"
    ]


@pytest.mark.parametrize("code", ["nl", "fr", "tr", "ar"])
def test_qt_own_buttons_speak_the_language_on_show(ki, code: str) -> None:  # type: ignore[no-untyped-def]
    ki.switcher.switch(code)
    assert ki.switcher.qt_loaded
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == QT_CANCEL[code]
    # The dialog that guards leaving kiosk mode said "Cancel" on Dutch screens.
    dialog = ExitDialog(ki.window)
    box = dialog.findChild(QDialogButtonBox)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == QT_CANCEL[code]
    dialog.deleteLater()


def test_english_screens_get_qt_in_english(ki) -> None:  # type: ignore[no-untyped-def]
    ki.switcher.switch("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_every_count_has_its_plural_in_every_language(ki) -> None:  # type: ignore[no-untyped-def]
    messages = _numerus_messages()
    assert len(messages) >= 15  # pages, adults, days, tries, seconds, submissions, files...
    wrong = []
    for code in ("nl", "fr", "en", "tr", "ar"):
        ki.switcher.switch(code)
        for context, source in messages:
            for count in (0, 1, 2, 3, 11, 100):
                text = QCoreApplication.translate(context, source, "", count)
                if LEFT_OVER.search(text):
                    wrong.append(f"{code} {count}: {text}")
    assert wrong == []


def test_one_page_one_adult_one_file(ki) -> None:  # type: ignore[no-untyped-def]
    """The sentences the issue found wrong, as the screens say them now."""
    ki.switcher.switch("nl")
    assert QCoreApplication.translate("EvidenceScreen", "Toegevoegd: %n pagina('s)", "", 1) == (
        "Toegevoegd: 1 pagina"
    )
    assert QCoreApplication.translate("EvidenceScreen", "Toegevoegd: %n pagina('s)", "", 3) == (
        "Toegevoegd: 3 pagina's"
    )
    complete = "%n volwassene(n) bevestigd en er ontbreekt niets."
    assert "Alle 1" not in QCoreApplication.translate("ReviewScreen", complete, "", 1)
    assert QCoreApplication.translate("ReviewScreen", complete, "", 1).startswith("De volwassene heeft")
    assert QCoreApplication.translate("ReviewScreen", complete, "", 2).startswith("Alle volwassenen hebben")
    ki.switcher.switch("fr")
    progress = QCoreApplication.translate("AwaitingCardScreen", "%1 van %n volwassene(n) klaar", "", 1)
    assert "1 adultes" not in progress
    assert "1 pages" not in QCoreApplication.translate("EvidenceScreen", "Toegevoegd: %n pagina('s)", "", 1)


def test_operator_counts_stay_dutch_plurals_in_turkish(ki) -> None:  # type: ignore[no-untyped-def]
    """Operator screens are not translated into Turkish: their counts fall back to the Dutch forms."""
    ki.switcher.switch("tr")
    printed = QCoreApplication.translate("ReprintsWidget", "%n papier(en) afgedrukt.", "", 1)
    assert printed == "1 papier afgedrukt."


def test_the_evidence_screen_says_one_page(ki, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.e2e.scripted_visit import tiny_png
    from tests.ui.helpers import answer_questions

    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.apply(lambda v: v.identity_confirmed())
    payslips = frozenset({"still_wants_registration", "registered", "still_in_household", "has_income_now"})
    answer_questions(ki.kiosk, payslips)
    screen = ki.window.screens["evidence"]
    evidence_type, member_id = ki.controller.visit.evidence_wanted()[0]
    page = tmp_path / "page.png"
    page.write_bytes(tiny_png())
    assert screen.attach_file(evidence_type, member_id, page)
    state = screen.rows[(evidence_type, member_id)]["state"]
    assert state.text() == "Toegevoegd: 1 pagina"
    assert screen.attach_file(evidence_type, member_id, page)
    state = screen.rows[(evidence_type, member_id)]["state"]
    assert state.text() == "Toegevoegd: 2 pagina's"
