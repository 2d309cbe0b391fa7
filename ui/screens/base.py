"""What every screen shares: a title, hints, big buttons, retranslation and the personal-data wipe.

A screen is two parts: its content, in a scroll area (long texts, lists and forms scroll at any text
size), and its actions below it, which never scroll away. Each screen names its primary action
(`Screen.primary_action`); the fit test checks at every supported screen size and text size that it
and the sync strip are on the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import FlowLayout, WrapButton

if TYPE_CHECKING:
    from pathlib import Path

    from kiosk.visit import Visit
    from ui.controller import VisitController
    from ui.evidence_picker import EvidencePicker
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
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.content_area = QScrollArea()
        self.content_area.setObjectName("screenContent")
        self.content_area.setWidgetResizable(True)
        self.content_area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("screenBody")
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(32, 24, 32, 8)
        self.layout_.setSpacing(16)
        self.content_area.setWidget(body)
        outer.addWidget(self.content_area, 1)
        self.footer = QWidget()
        self.footer.setObjectName("screenActions")
        self.action_column = QVBoxLayout(self.footer)
        self.action_column.setContentsMargins(32, 8, 32, 16)
        self.action_column.setSpacing(12)
        outer.addWidget(self.footer)
        self.title = self.label(role="title")
        self.picker: EvidencePicker | None = None
        self.build()
        self.retranslate()
        controller.wiped.connect(self.close_picker)

    # -- to override ---------------------------------------------------------------------------
    def build(self) -> None:
        """Create the widgets (once)."""

    def retranslate(self) -> None:
        """Set every text in the current language."""

    def enter(self) -> None:
        """Refresh from the visit when the screen is shown."""

    def wipe(self) -> None:
        """Drop any personal data this screen shows (card removed, visit ended)."""

    def primary_action(self) -> QAbstractButton | None:
        """The button that takes the person on from here, in the screen's present state.

        None only while the screen waits for something else than a button (a card in the reader).
        Every screen says which; the fit test checks that it is on the screen.
        """
        raise NotImplementedError(f"{type(self).__name__} does not name its primary action")

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

    # -- choosing a scan ------------------------------------------------------------------------
    def pick_scan(self, on_chosen: Callable[[Path], object]) -> EvidencePicker:
        """Open the evidence picker: the scan folder and USB sticks, files the rules accept."""
        from ui.evidence_picker import EvidencePicker, removable_media

        self.close_picker()
        visit = self.visit
        kinds = visit.rules.accepted_mime_types if visit is not None else ()
        media = self.terminal.removable_media or removable_media
        picker = EvidencePicker(self, self.terminal.scan_folder, kinds, media)
        picker.chosen.connect(on_chosen)
        self.picker = picker
        picker.open()
        return picker

    def close_picker(self) -> None:
        """Close an open picker (the card left, the visit ended: its list names the scans)."""
        picker, self.picker = self.picker, None
        if picker is not None:
            picker.reject()
            picker.deleteLater()

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
        row: QLayout | None = None,
        answer: bool = False,
    ) -> QPushButton:
        """A large button (its text wraps when the screen is narrow), added to `row` or to the content."""
        widget = WrapButton()
        widget.setProperty("primary", primary)
        widget.setProperty("answer", answer)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.clicked.connect(on_click)
        (row if row is not None else self.layout_).addWidget(widget)
        return widget

    def row(self, vertical: bool = False) -> QLayout:
        """A row of buttons at the current end of the content (a column when texts are long).

        A row wraps onto a second line when its buttons do not fit side by side.
        """
        layout: QLayout = QVBoxLayout() if vertical else FlowLayout()
        layout.setSpacing(16)
        self.layout_.addLayout(layout)
        return layout

    def action_row(self, at_end: bool = True) -> FlowLayout:
        """A row of the screen's actions, below the content: never scrolled away.

        Rows stack in the order they are made; a row's buttons sit at its trailing edge (the primary
        action last, so at the right in Dutch and at the left in Arabic) unless `at_end` is False,
        and wrap onto another line when they do not fit.
        """
        layout = FlowLayout(at_end=at_end)
        self.action_column.addLayout(layout)
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
