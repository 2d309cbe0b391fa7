"""Training mode's card panel: insert and remove the training fixture's cards.

The cards are the cardreader's in-process virtual eID cards of the training fixture (test PKI, PIN
1234 unless the profile is `blocked-pin`): read, verified and signed with like real cards.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from ui.adapters import VirtualCardReader
from ui.controller import VisitController
from ui.screens.base import set_text
from ui.widgets import WrapButton

PANEL_WIDTH = 240  # the trainer's: it leaves the candidate's screen the room, also at 1024 pixels wide


class DemoCardPanel(QWidget):
    """A side panel: choose a person's card, insert it, remove it."""

    def __init__(self, controller: VisitController, reader: VirtualCardReader) -> None:
        super().__init__()
        self.setObjectName("demoCardPanel")
        self.setMaximumWidth(PANEL_WIDTH)
        self.ctl, self.reader = controller, reader
        column = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.choice = QComboBox()
        self.choice.setObjectName("demoProfile")
        for name in reader.profiles():
            # The profile name, not the person, is listed: nothing personal shows before a read.
            self.choice.addItem(name, name)
        # Start with the everyday case (a Dutch 1.8 card with a working PIN), not the first name.
        self.choice.setCurrentIndex(max(0, self.choice.findData("nl-citizen-18")))
        column.addWidget(self.choice)
        self.insert = WrapButton()
        self.insert.setObjectName("demoInsert")
        self.insert.clicked.connect(self.insert_selected)
        column.addWidget(self.insert)
        self.remove = WrapButton()
        self.remove.setObjectName("demoRemove")
        self.remove.clicked.connect(self.remove_card)
        column.addWidget(self.remove)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "hint")
        column.addWidget(self.note)
        column.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        set_text(self.heading, self.tr("Oefenkaarten"))
        self.choice.setAccessibleName(self.tr("Kies een oefenkaart"))
        set_text(self.insert, self.tr("Kaart insteken"))
        set_text(self.remove, self.tr("Kaart uitnemen"))
        set_text(
            self.note,
            self.tr("Virtuele eID-kaarten van fictieve mensen. De PIN-code is 1234."),
        )

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def insert_card(self, name: str) -> None:
        """Put the named profile's card in the reader."""
        if self.reader.inserted_profile is not None:
            self.remove_card()
        self.reader.insert(name)
        self.ctl.card_present_changed.emit(True)

    def insert_selected(self) -> None:
        """Insert the card chosen in the list."""
        self.insert_card(self.choice.currentData())

    def remove_card(self) -> None:
        """Take the card out of the reader."""
        if self.reader.inserted_profile is None:
            return
        self.reader.remove()
        self.ctl.card_present_changed.emit(False)
