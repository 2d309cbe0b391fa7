"""What every screen shares: a title, hints, big buttons, retranslation and the personal-data wipe."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from kiosk.visit import Visit
    from ui.controller import VisitController
    from ui.navigation import ScreenKey
    from ui.terminal import Operator, Terminal


def set_text(widget: QLabel | QPushButton, text: str, description: str = "") -> None:
    """Set visible text and the matching accessible name (and description) in one go."""
    widget.setText(text)
    widget.setAccessibleName(text.replace("&", ""))
    if description:
        widget.setAccessibleDescription(description)


class Screen(QWidget):
    """One step of the kiosk; subclasses build widgets once and refresh them in `enter`."""

    key: ClassVar[ScreenKey]
    candidate_facing: ClassVar[bool] = False  # translated into Turkish and Arabic too

    def __init__(self, controller: VisitController) -> None:
        super().__init__()
        self.ctl = controller
        self.setObjectName(f"screen-{self.key.value}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(32, 24, 32, 24)
        self.layout_.setSpacing(16)
        self.title = self.label(role="title")
        self.build()
        self.retranslate()

    # -- to override ---------------------------------------------------------------------------
    def build(self) -> None:
        """Create the widgets (once)."""

    def retranslate(self) -> None:
        """Set every text in the current language."""

    def enter(self) -> None:
        """Refresh from the visit when the screen is shown."""

    def wipe(self) -> None:
        """Drop any personal data this screen shows (card removed, visit ended)."""

    # -- what screens read ---------------------------------------------------------------------
    @property
    def terminal(self) -> Terminal:
        """The terminal: back end, operator, sync, printer."""
        return self.ctl.terminal

    @property
    def operator(self) -> Operator | None:
        """Who is signed in."""
        return self.ctl.terminal.operator

    @property
    def visit(self) -> Visit | None:
        """The running visit, if any."""
        visit = self.ctl.visit
        return visit if visit is not None and visit.running else None

    # -- helpers -------------------------------------------------------------------------------
    def label(self, role: str = "", wrap: bool = True) -> QLabel:
        """A label added to the screen's column."""
        widget = QLabel()
        widget.setWordWrap(wrap)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        if role:
            widget.setProperty("role", role)
        self.layout_.addWidget(widget)
        return widget

    def button(
        self,
        on_click: Callable[[], None],
        primary: bool = False,
        row: QBoxLayout | None = None,
        answer: bool = False,
    ) -> QPushButton:
        """A large button, added to `row` or to the screen's column."""
        widget = QPushButton()
        widget.setProperty("primary", primary)
        widget.setProperty("answer", answer)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.clicked.connect(on_click)
        (row if row is not None else self.layout_).addWidget(widget)
        return widget

    def row(self, vertical: bool = False) -> QBoxLayout:
        """A row of buttons at the current end of the column (a column when texts are long)."""
        layout: QBoxLayout = QVBoxLayout() if vertical else QHBoxLayout()
        layout.setSpacing(16)
        self.layout_.addLayout(layout)
        return layout

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate when the language changes; the visit itself is untouched."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.enter_if_visible()
        super().changeEvent(event)

    def enter_if_visible(self) -> None:
        """Refresh texts that depend on the visit, when this is the screen on show."""
        if self.isVisible():
            self.enter()


class NotWidget(QWidget):
    """Spacer used to push buttons to the bottom."""
