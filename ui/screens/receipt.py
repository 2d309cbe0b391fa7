"""Receipt and papers: provisional while the submission waits, final with the dossier number."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
        self.preview = self.button(self._preview, row=row)
        self.print_ = self.button(self._print, row=row)
        self.print_state = self.label(role="hint")
        self.print_state.setObjectName("printState")
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
        # INTERIM: the paper form, help sheet and deadline letter are not offered here yet.
        set_text(self.papers, self.tr("Het ontvangstbewijs kunt u bekijken en afdrukken."))
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

    def _render(self, then: Callable[[bytes], None]) -> None:
        saved = self.ctl.saved
        if saved is None:
            return
        session, number = self.ctl.session, self.number
        language = self.ctl.session.candidate_language
        set_text(self.print_state, self.tr("Even geduld: het ontvangstbewijs wordt gemaakt."))
        self.ctl.db.submit(
            lambda: _receipt_pdf(self.ctl.backend, session, saved, number, language), then, self._paper_failed
        )

    def _preview(self) -> None:
        def show(pdf: bytes) -> None:
            self.print_state.clear()
            from ui.printing import build_preview_dialog

            dialog = build_preview_dialog(pdf, self.tr("Ontvangstbewijs"), self)
            dialog.accepted.connect(lambda: self._send(pdf))
            dialog.open()

        self._render(show)

    def _print(self) -> None:
        self._render(self._send)

    def _send(self, pdf: bytes) -> None:
        service = self.ctl.print_service()
        set_text(self.print_state, self.tr("Even geduld: het ontvangstbewijs gaat naar de printer."))
        self.ctl.db.submit(
            lambda: service.print_pdf(pdf, "Ontvangstbewijs"), self._printed, self._paper_failed
        )

    def _printed(self, outcome: object) -> None:
        if getattr(outcome, "printed", False):
            set_text(self.print_state, self.tr("Afgedrukt. Neem het papier mee."))
        else:
            reason = str(getattr(outcome, "reason", ""))
            set_text(
                self.print_state,
                self.tr("Afdrukken lukte niet: %1. Het papier wacht; probeer later.").replace("%1", reason),
            )

    def _paper_failed(self, error: BaseException) -> None:
        set_text(
            self.print_state,
            self.tr("Het ontvangstbewijs kon niet gemaakt worden (%1).").replace("%1", type(error).__name__),
        )

    def _dossier_number(self, number: str) -> None:
        self.number = number
        self.enter_if_visible()

    def _finish(self) -> None:
        self.ctl.end_visit()
        self.ctl.go(END)

    def wipe(self) -> None:
        self.print_state.clear()
        self.number = None
        self.dossier.clear()
        self.reference.clear()


def _receipt_pdf(*args: Any) -> bytes:
    # The documents (ReportLab) load on the database worker at the first paper, not at start-up.
    from ui.papers import receipt_pdf

    return receipt_pdf(*args)
