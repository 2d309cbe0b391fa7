"""Training mode's card panel: insert and remove the training fixture's cards.

INTERIM: drives `ui.training.StandInCardReader` until the cardreader area's in-process virtual
card lands; the panel says so.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.controller import VisitController
from ui.screens.base import set_text
from ui.training import PROFILES, StandInCardReader, profile


class DemoCardPanel(QWidget):
    """A side panel: choose a person's card, insert it, remove it."""

    def __init__(self, controller: VisitController, reader: StandInCardReader) -> None:
        super().__init__()
        self.setObjectName("demoCardPanel")
        self.setMaximumWidth(300)
        self.ctl, self.reader = controller, reader
        column = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setProperty("role", "title")
        column.addWidget(self.heading)
        self.choice = QComboBox()
        self.choice.setObjectName("demoProfile")
        for card in PROFILES:
            # Training people only; the profile name, not the person, is listed.
            self.choice.addItem(card.name, card.name)
        column.addWidget(self.choice)
        self.insert = QPushButton()
        self.insert.setObjectName("demoInsert")
        self.insert.clicked.connect(self.insert_selected)
        column.addWidget(self.insert)
        self.remove = QPushButton()
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
            self.tr(
                "Nog geen echte virtuele eID-kaart in deze versie: deze oefenkaarten tonen alleen gegevens "
                "en kunnen niet ondertekenen."
            ),
        )

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def insert_card(self, name: str) -> None:
        """Put the named profile's card in the reader."""
        if self.reader.inserted is not None:
            self.remove_card()
        self.reader.inserted = profile(name)
        self.ctl.card_present_changed.emit(True)

    def insert_selected(self) -> None:
        """Insert the card chosen in the list."""
        self.insert_card(self.choice.currentData())

    def remove_card(self) -> None:
        """Take the card out of the reader."""
        if self.reader.inserted is None:
            return
        self.reader.inserted = None
        self.ctl.card_present_changed.emit(False)
