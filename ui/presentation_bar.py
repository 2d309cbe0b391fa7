"""The top bar: language, text size, contrast and read aloud, for the person in front of the screen.

During a visit the choices are the candidate's and live in the core's visit (`Presentation`), so they
end with it; between visits they are the operator's own and come back when a visit ends.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.visit import Presentation
from ui.i18n import LANGUAGES, LanguageSwitcher
from ui.screens.base import set_text
from ui.theme import DEFAULT_FONT_STEP, FONT_SIZES_PT, ThemeState


class PresentationBar(QWidget):
    """Language, larger and smaller text, high contrast; emits every change."""

    changed = Signal(object)  # Presentation

    def __init__(self, switcher: LanguageSwitcher) -> None:
        super().__init__()
        self.switcher = switcher
        self.presentation = Presentation()
        self.operator_presentation = Presentation()  # restored when a visit ends
        bar = QHBoxLayout(self)
        bar.setContentsMargins(16, 8, 16, 0)
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        for lang in LANGUAGES:
            self.language.addItem(lang.native_name, lang.code)
        self.language.currentIndexChanged.connect(self._language_chosen)
        bar.addWidget(self.language)
        self.smaller = self._button(bar, "smallerText", lambda: self._font_step(-1))
        self.font_button = self._button(bar, "largerText", lambda: self._font_step(+1))
        self.contrast_button = self._button(bar, "highContrast", self._toggle_contrast)
        self.contrast_button.setCheckable(True)
        self.read_aloud = self._button(bar, "readAloud", lambda: None)
        self.read_aloud.setVisible(False)  # shown once an engine is found, on candidate-facing screens
        bar.addStretch(1)
        self.busy = QLabel()
        self.busy.setObjectName("busyIndicator")
        bar.addWidget(self.busy)
        self.theme = ThemeState()
        self.retranslate()

    @staticmethod
    def _button(bar: QHBoxLayout, name: str, on_click: object) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(on_click)
        bar.addWidget(button)
        return button

    def retranslate(self) -> None:
        """Texts in the language on show (the text size shows its level)."""
        level = self.theme.font_step + 1
        larger = self.tr("Grotere letters (%1 van %2)")
        set_text(self.font_button, larger.replace("%1", str(level)).replace("%2", str(len(FONT_SIZES_PT))))
        set_text(self.smaller, self.tr("Kleinere letters"))
        set_text(self.contrast_button, self.tr("Hoog contrast"))
        set_text(self.read_aloud, self.tr("Voorlezen"))
        self.language.setAccessibleName(self.tr("Taal"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- applying a presentation ---------------------------------------------------------------
    def show_presentation(self, presentation: Presentation | None) -> None:
        """Apply a visit's presentation, or (None) the operator's own again."""
        chosen = presentation if presentation is not None else self.operator_presentation
        self.presentation = chosen
        self.theme.high_contrast = chosen.high_contrast
        self.theme.font_step = max(0, min(len(FONT_SIZES_PT) - 1, DEFAULT_FONT_STEP + chosen.font_step))
        self.contrast_button.blockSignals(True)
        self.contrast_button.setChecked(chosen.high_contrast)
        self.contrast_button.blockSignals(False)
        index = self.language.findData(chosen.language)
        if index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(max(0, index))
            self.language.blockSignals(False)
        if self.switcher.current.code != chosen.language:
            self.switcher.switch(chosen.language)
        self.apply_theme()

    def apply_theme(self) -> None:
        """Apply contrast and font size to the whole application (only when the style changes)."""
        app = QApplication.instance()
        css = self.theme.css()
        if isinstance(app, QApplication) and app.styleSheet() != css:
            app.setStyleSheet(css)
        last = len(FONT_SIZES_PT) - 1
        self.font_button.setEnabled(self.theme.font_step < last)  # never wraps back to small
        self.smaller.setEnabled(self.theme.font_step > 0)
        self.retranslate()

    # -- the person's choices --------------------------------------------------------------------
    def _choose(self, presentation: Presentation) -> None:
        self.show_presentation(presentation)
        self.changed.emit(presentation)

    def _language_chosen(self, _index: int) -> None:
        self._choose(replace(self.presentation, language=self.language.currentData()))

    def _font_step(self, delta: int) -> None:
        step = max(0, min(len(FONT_SIZES_PT) - 1, self.theme.font_step + delta))
        self._choose(replace(self.presentation, font_step=step - DEFAULT_FONT_STEP))

    def _toggle_contrast(self) -> None:
        self._choose(replace(self.presentation, high_contrast=self.contrast_button.isChecked()))
