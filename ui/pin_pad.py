"""An on-screen PIN keypad: large keys, masked digits, also typed on a keyboard.

The digits never appear in a widget's text, tooltip or accessible name: the display shows dots
and its accessible name says how many digits are typed.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.screens.base import set_text
from ui.widgets import WrapButton

PIN_MIN, PIN_MAX = 4, 12


class PinPad(QWidget):
    """Emits `entered(digits)` on OK and `cancelled()`; `clear()` forgets the digits."""

    entered = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("pinPad")
        self._digits = ""
        column = QVBoxLayout(self)
        self.display = QLabel()
        self.display.setObjectName("pinDisplay")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(56)
        column.addWidget(self.display)
        grid = QGridLayout()
        column.addLayout(grid)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self._key(grid, digit, index // 3, index % 3)
        self.erase = self._action(grid, self._erase, 3, 0)
        self._key(grid, "0", 3, 1)
        self.ok = self._action(grid, self._ok, 3, 2)
        self.ok.setProperty("primary", True)
        self.cancel = WrapButton()
        self.cancel.clicked.connect(self.cancelled)
        column.addWidget(self.cancel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()
        self._refresh()

    def _key(self, grid: QGridLayout, digit: str, row: int, col: int) -> None:
        key = QPushButton(digit)
        key.setMinimumSize(88, 64)
        key.setAccessibleName(digit)
        key.clicked.connect(lambda: self._type(digit))
        grid.addWidget(key, row, col)
        self.keys[digit] = key

    def _action(self, grid: QGridLayout, slot: object, row: int, col: int) -> QPushButton:
        button = QPushButton()
        button.setMinimumSize(88, 64)
        button.clicked.connect(slot)
        grid.addWidget(button, row, col)
        return button

    def retranslate(self) -> None:
        """Texts in the current language."""
        set_text(self.erase, self.tr("Wissen"))
        set_text(self.ok, self.tr("OK"))
        set_text(self.cancel, self.tr("Stoppen"))
        self._refresh()

    def _type(self, digit: str) -> None:
        if len(self._digits) < PIN_MAX:
            self._digits += digit
        self._refresh()

    def _erase(self) -> None:
        self._digits = self._digits[:-1]
        self._refresh()

    def _ok(self) -> None:
        if len(self._digits) >= PIN_MIN:
            digits, self._digits = self._digits, ""
            self._refresh()
            self.entered.emit(digits)

    def clear(self) -> None:
        """Forget the digits typed so far."""
        self._digits = ""
        self._refresh()

    def _refresh(self) -> None:
        self.display.setText("●" * len(self._digits))
        self.display.setAccessibleName(self.tr("Getypte cijfers: %1").replace("%1", str(len(self._digits))))
        self.ok.setEnabled(len(self._digits) >= PIN_MIN)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Digits, Backspace and Enter from a keyboard work as on the keypad."""
        text = event.text()
        if text.isdigit() and len(text) == 1:
            self._type(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self._erase()
        elif event.key() in {Qt.Key.Key_Return, Qt.Key.Key_Enter}:
            self._ok()
        else:
            super().keyPressEvent(event)
