"""Receipt and papers: provisional while the submission waits, final with the dossier number."""

from __future__ import annotations

from ui.controller import END, RECEIPT
from ui.screens.base import Screen, set_text


class ReceiptScreen(Screen):
    """What was saved and sent, the dossier number once known, and the papers."""

    key = RECEIPT
    candidate_facing = True

    def build(self) -> None:
        self.reference = self.label()
        self.reference.setObjectName("localReference")
        self.state = self.label(role="warning")
        self.state.setObjectName("receiptState")
        self.dossier = self.label(role="title")
        self.dossier.setObjectName("dossierNumber")
        self.papers = self.label(role="hint")
        row = self.row()
        self.sync = self.button(self.ctl.sync_now, row=row)
        self.sync.setObjectName("receiptSync")
        self.preview = self.button(lambda: None, row=row)
        self.print_ = self.button(lambda: None, row=row)
        self.preview.setEnabled(False)
        self.print_.setEnabled(False)
        self.layout_.addStretch(1)
        self.finish = self.button(self._finish, primary=True)
        self.number: str | None = None
        self.ctl.dossier_number_known.connect(self._dossier_number)
        self.ctl.sync_finished.connect(lambda _r: self.enter_if_visible())

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Uw ontvangstbewijs"))
        set_text(self.sync, self.tr("Nu verzenden"))
        set_text(self.preview, self.tr("Bekijken"))
        set_text(self.print_, self.tr("Afdrukken"))
        # INTERIM: printing and previewing the PDF receipt (documents area) are not wired here yet.
        set_text(
            self.papers,
            self.tr(
                "Afdrukken en bekijken van de papieren kan nog niet in deze versie. "
                "Schrijf het nummer hierboven op."
            ),
        )
        set_text(self.finish, self.tr("Bezoek afsluiten"))

    def enter(self) -> None:
        saved = self.ctl.saved
        if saved is None:
            self.reference.clear()
            self.state.clear()
            return
        set_text(self.reference, self.tr("Uw referentie: %1").replace("%1", saved.local_reference))
        if self.number:
            set_text(self.dossier, self.tr("Uw dossiernummer: %1").replace("%1", self.number))
            set_text(self.state, self.tr("Klaar: het register heeft uw dossier volledig."))
        elif saved.queued:
            self.dossier.clear()
            set_text(
                self.state,
                self.tr(
                    "Bewaard. Voorlopig bewijs: het wordt verzonden naar het register. "
                    "Het dossiernummer komt zodra het register alles heeft."
                ),
            )
        else:
            self.dossier.clear()
            set_text(self.state, self.tr("Bewaard als concept. Er is nog niets te verzenden."))
        self.finish.setFocus()

    def _dossier_number(self, number: str) -> None:
        self.number = number
        self.enter_if_visible()

    def _finish(self) -> None:
        self.ctl.end_visit()
        self.ctl.go(END)

    def wipe(self) -> None:
        self.number = None
        self.dossier.clear()
        self.reference.clear()
