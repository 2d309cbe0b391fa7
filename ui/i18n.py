"""Languages: Qt Linguist catalogues, switched at run time without losing the visit.

Sources are `resources/i18n/kiosk_<code>.ts`; `scripts/build-translations.sh` builds the `.qm` files
next to them. Dutch is the source language (plain B1 wording), so it needs no catalogue. Turkish
and Arabic cover the candidate-facing screens; operator screens fall back to Dutch there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTranslator, Signal
from PySide6.QtWidgets import QApplication

I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"


@dataclass(frozen=True)
class Language:
    """One language the kiosk speaks: its code, its own name, and its writing direction."""

    code: str
    native_name: str
    right_to_left: bool = False
    candidate_only: bool = False  # only the candidate-facing screens are translated


LANGUAGES: tuple[Language, ...] = (
    Language("nl", "Nederlands"),
    Language("fr", "Français"),
    Language("en", "English"),
    Language("tr", "Türkçe", candidate_only=True),
    Language("ar", "العربية", right_to_left=True, candidate_only=True),
)
DEFAULT_LANGUAGE = "nl"


def language(code: str) -> Language:
    """Return the language with this code (Dutch for an unknown code)."""
    return next((lang for lang in LANGUAGES if lang.code == code), LANGUAGES[0])


def catalogue_path(code: str) -> Path:
    """The compiled catalogue of a language."""
    return I18N_DIR / f"kiosk_{code}.qm"


class LanguageSwitcher(QObject):
    """Installs the catalogue of the chosen language; widgets retranslate on `LanguageChange`."""

    changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._translator: QTranslator | None = None
        self.current = language(DEFAULT_LANGUAGE)
        QLocale.setDefault(QLocale(DEFAULT_LANGUAGE))  # dates and numbers as the language on show

    def switch(self, code: str) -> bool:
        """Switch to `code`; returns False when its catalogue is missing (then Dutch is shown)."""
        chosen = language(code)
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        loaded = True
        if chosen.code != DEFAULT_LANGUAGE:
            translator = QTranslator(self)
            loaded = translator.load(str(catalogue_path(chosen.code)))
            if loaded:
                self._app.installTranslator(translator)
                self._translator = translator
        self.current = chosen
        direction = Qt.LayoutDirection.RightToLeft if chosen.right_to_left else Qt.LayoutDirection.LeftToRight
        self._app.setLayoutDirection(direction)
        QLocale.setDefault(QLocale(chosen.code))
        # Qt posts LanguageChange to the widgets; deliver it now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.changed.emit(chosen.code)
        return loaded
