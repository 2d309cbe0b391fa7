"""Languages: Qt Linguist catalogues, switched at run time without losing the visit.

Sources are `resources/i18n/kiosk_<code>.ts`; `scripts/build-translations.sh` builds the `.qm` files
next to them. Dutch is the source language (plain B1 wording); its own catalogue holds only the
plural forms ("1 pagina", "2 pagina's": Qt's `%n`), and stays installed under every other language,
so a text a language does not translate (Turkish and Arabic cover the candidate-facing screens;
operator screens stay Dutch there) still gets its Dutch plural. With each language Qt's own
catalogue (`qtbase_<code>.qm`, shipped with PySide6 and copied next to the kiosk's by the build
script) translates the buttons and dialogs of Qt itself ("Annuleren", not "Cancel").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
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
QT_CATALOGUES = ("nl", "fr", "tr", "ar")  # Qt speaks English itself


def language(code: str) -> Language:
    """Return the language with this code (Dutch for an unknown code)."""
    return next((lang for lang in LANGUAGES if lang.code == code), LANGUAGES[0])


def catalogue_path(code: str) -> Path:
    """The compiled catalogue of a language."""
    return I18N_DIR / f"kiosk_{code}.qm"


def qt_catalogue_path(code: str) -> Path | None:
    """Qt's own catalogue of a language: the copy beside the kiosk's (the bundle), else PySide6's."""
    if code not in QT_CATALOGUES:
        return None
    name = f"qtbase_{code}.qm"
    shipped = I18N_DIR / name
    if shipped.exists():
        return shipped
    installed = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / name
    return installed if installed.exists() else None


class LanguageSwitcher(QObject):
    """Installs the catalogue of the chosen language; widgets retranslate on `LanguageChange`."""

    changed = Signal(str)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.current = language(DEFAULT_LANGUAGE)
        QLocale.setDefault(QLocale(DEFAULT_LANGUAGE))  # dates and numbers as the language on show
        # Dutch plurals under every language (Qt searches the last installed catalogue first).
        self.dutch_plurals = self._load(catalogue_path(DEFAULT_LANGUAGE))
        if self.dutch_plurals is not None:
            app.installTranslator(self.dutch_plurals)
        self._translators: list[QTranslator] = []  # the language on show: Qt's own, then the kiosk's
        self.qt_loaded = self._install_language(DEFAULT_LANGUAGE)[0]

    def _load(self, path: Path | None) -> QTranslator | None:
        translator = QTranslator(self)
        return translator if path is not None and translator.load(str(path)) else None

    def _install_language(self, code: str) -> tuple[bool, bool]:
        """Install Qt's and the kiosk's catalogue of `code`; whether each was found."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        qt = self._load(qt_catalogue_path(code))
        kiosk = self._load(catalogue_path(code)) if code != DEFAULT_LANGUAGE else None
        for found in (qt, kiosk):
            if found is not None:
                self._app.installTranslator(found)
                self._translators.append(found)
        return qt is not None, code == DEFAULT_LANGUAGE or kiosk is not None

    def release(self) -> None:
        """Remove every catalogue this switcher installed (the kiosk is closing)."""
        for translator in [*self._translators, self.dutch_plurals]:
            if translator is not None:
                self._app.removeTranslator(translator)
        self._translators = []

    def switch(self, code: str) -> bool:
        """Switch to `code`; returns False when its catalogue is missing (then Dutch is shown)."""
        chosen = language(code)
        self.qt_loaded, loaded = self._install_language(chosen.code)
        self.current = chosen
        direction = Qt.LayoutDirection.RightToLeft if chosen.right_to_left else Qt.LayoutDirection.LeftToRight
        self._app.setLayoutDirection(direction)
        QLocale.setDefault(QLocale(chosen.code))
        # Qt posts LanguageChange to the widgets; deliver it now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.changed.emit(chosen.code)
        return loaded
