"""Coordinator: operators, quarantined items with requeue, reprints, statistics (coordinators only)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget

from kiosk.domain import Action
from ui.controller import COORDINATOR, HOME
from ui.screens.base import Screen, set_text


class CoordinatorScreen(Screen):
    """Management tabs; each says plainly what this version cannot do yet."""

    key = COORDINATOR

    def build(self) -> None:
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs)
        self.pages: dict[str, QLabel] = {}
        for name in ("operators", "quarantine", "reprints", "statistics"):
            page = QLabel()
            page.setWordWrap(True)
            self.pages[name] = page
            self.tabs.addTab(page, "")
        self.denied = self.label(role="warning")
        self.denied.hide()
        self.back = self.button(lambda: self.ctl.go(HOME))

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Beheer"))
        names = [self.tr("Operators"), self.tr("Quarantaine"), self.tr("Herdrukken"), self.tr("Statistieken")]
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)
        # INTERIM: each tab needs the core's store (operators, outbox, receipts); not yet on this branch.
        missing = self.tr("Nog niet gebouwd in deze versie: dit heeft de lokale databank nodig.")
        set_text(self.pages["operators"], self.tr("Operators toevoegen en uitschakelen.") + "\n\n" + missing)
        set_text(
            self.pages["quarantine"],
            self.tr("Zendingen die het register weigerde, met de reden, en opnieuw in de wachtrij zetten.")
            + "\n\n"
            + missing,
        )
        set_text(self.pages["reprints"], self.tr("Een ontvangstbewijs opnieuw afdrukken.") + "\n\n" + missing)
        set_text(
            self.pages["statistics"],
            self.tr(
                "Bezoeken, bevestigde volwassenen, volledige dossiers, wachtend en in gevaar, "
                "per dag en plaats; "
                'als anonieme CSV voor WIL en de stad (aantallen onder 5 als "<5").'
            )
            + "\n\n"
            + missing,
        )
        set_text(self.denied, self.tr("Alleen een coördinator mag dit scherm gebruiken."))
        set_text(self.back, self.tr("Terug"))

    def enter(self) -> None:
        operator = self.ctl.operator
        allowed = operator is not None and operator.may(Action.STATISTICS)
        self.tabs.setVisible(allowed)
        self.denied.setVisible(not allowed)
