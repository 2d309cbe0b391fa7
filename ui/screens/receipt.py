"""Receipt and papers: print and preview (provisional while offline, final with the dossier number)."""

from __future__ import annotations

from ui.controller import END, RECEIPT
from ui.screens.base import Screen, set_text


class ReceiptScreen(Screen):
    """The papers the candidate takes home."""

    key = RECEIPT
    candidate_facing = True

    def build(self) -> None:
        self.state = self.label(role="warning")
        self.state.setObjectName("receiptState")
        row = self.row()
        self.preview = self.button(lambda: None, row=row)
        self.print_ = self.button(lambda: None, row=row)
        self.preview.setEnabled(False)
        self.print_.setEnabled(False)
        self.layout_.addStretch(1)
        self.finish = self.button(self._finish, primary=True)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Uw ontvangstbewijs"))
        # INTERIM: receipts need the documents area and a stored, queued submission (core, sync).
        set_text(
            self.state,
            self.tr(
                "Het ontvangstbewijs maken en afdrukken is nog niet gebouwd in deze versie. "
                "Dit bezoek is niet bewaard en niet verzonden: u heeft nog geen bewijs."
            ),
        )
        set_text(self.preview, self.tr("Bekijken"))
        set_text(self.print_, self.tr("Afdrukken"))
        set_text(self.finish, self.tr("Bezoek afsluiten"))

    def enter(self) -> None:
        self.finish.setFocus()

    def _finish(self) -> None:
        self.ctl.end_visit()
        self.ctl.go(END)
