""""Bezoek stoppen" that asks first: the visit ends only after a second, explicit "yes".

The button is never the one with the focus when a screen opens, and pressing it only asks: "No,
go on" has the focus then, so a stray Enter keeps the visit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.screens.base import set_text
from ui.widgets import FlowLayout, WrapButton


class StopVisit(QWidget):
    """The stop button, and the question with its two answers once it is pressed."""

    def __init__(self, on_stop: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("stopVisit")
        self._on_stop = on_stop
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.question = QLabel()
        self.question.setObjectName("stopQuestion")
        self.question.setProperty("role", "warning")
        self.question.setWordWrap(True)
        column.addWidget(self.question)
        row = FlowLayout(at_end=True)
        column.addLayout(row)
        self.stop = self._button(row, "stopButton", self.ask)
        self.keep_going = self._button(row, "keepVisit", self.reset)
        self.confirm = self._button(row, "confirmStop", self._stop)
        self.retranslate()
        self.reset()

    @staticmethod
    def _button(row: FlowLayout, name: str, on_click: Callable[[], None]) -> WrapButton:
        button = WrapButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setDefault(False)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(on_click)
        row.addWidget(button)
        return button

    def retranslate(self) -> None:
        """Texts in the language on show."""
        set_text(self.stop, self.tr("Bezoek stoppen"))
        set_text(
            self.question,
            self.tr("Wilt u het bezoek stoppen? Wat nog niet ondertekend is, wordt gewist."),
        )
        set_text(self.keep_going, self.tr("Nee, verder gaan"))
        set_text(self.confirm, self.tr("Ja, stoppen"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask(self) -> None:
        """Show the question; "no" has the focus."""
        self.stop.hide()
        for widget in (self.question, self.keep_going, self.confirm):
            widget.show()
        self.keep_going.setFocus()

    def reset(self) -> None:
        """Back to the plain stop button (the screen opened again, or the answer was no)."""
        for widget in (self.question, self.keep_going, self.confirm):
            widget.hide()
        self.stop.show()

    def hideEvent(self, event: QHideEvent) -> None:
        """The screen went away: next time it shows the plain stop button again."""
        if not event.spontaneous():
            self.reset()
        super().hideEvent(event)

    def asking(self) -> bool:
        """Whether the question is on show."""
        return not self.question.isHidden()

    def _stop(self) -> None:
        self.reset()
        self._on_stop()
