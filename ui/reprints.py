"""Reprints of receipts for the coordinator, and the papers still waiting for the printer.

A widget the coordinator screen hosts: the saved dossiers by local reference (no names: the
coordinator asks the candidate for the reference on their paper, or the date), the receipt rendered
again from the stored dossier (final with the dossier number, else provisional; marked KOPIE), with a
preview and print. The core checks the role (`Action.REPRINT`) and writes each reprint to the audit
log (`kiosk.reprints`). Below: how many papers wait in the encrypted print spool (e.g. the printer
was off, or the kiosk restarted) and a button to print them now.
Everything blocking runs on the database worker; ReportLab and the store load only there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import PermissionDenied
from ui.screens.base import set_text

if TYPE_CHECKING:
    from ui.controller import VisitController

REPRINT_TITLE = "Ontvangstbewijs (kopie)"  # the print queue's title: the kind of paper, no name
LANGUAGES = ("nl", "fr", "en", "tr", "ar")


def list_dossiers(ctl: VisitController) -> list[Any]:
    """The saved dossiers for the reprint list (database worker; the core checks the role)."""
    from kiosk.reprints import reprint_entries

    backend = ctl.terminal.backend
    if backend.unlocked is None:
        raise PermissionDenied("nobody is signed in")
    with backend.store.begin() as session:
        return reprint_entries(session, backend.unlocked)


def render_reprint(ctl: VisitController, dossier_id: str, language: str) -> bytes:
    """The stored dossier's receipt again, marked KOPIE and audited (database worker)."""
    from ui.papers import reprint_pdf

    return reprint_pdf(ctl.terminal.backend, dossier_id, language)[1]


class ReprintsWidget(QWidget):
    """Reprint a receipt from a stored dossier; print the papers left in the spool."""

    def __init__(self, controller: VisitController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctl = controller
        self.setObjectName("reprints")
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.dossiers = QListWidget()
        self.dossiers.setObjectName("reprintList")
        layout.addWidget(self.dossiers, 1)
        row = QHBoxLayout()
        self.language_label = QLabel()
        self.language = QComboBox()
        self.language.setObjectName("reprintLanguage")
        for code in LANGUAGES:
            self.language.addItem(code.upper(), code)
        self.language_label.setBuddy(self.language)
        self.refresh_button = QPushButton()
        self.preview = QPushButton()
        self.print_ = QPushButton()
        for widget in (self.language_label, self.language, self.refresh_button, self.preview, self.print_):
            row.addWidget(widget)
        layout.addLayout(row)
        self.state = QLabel()
        self.state.setObjectName("reprintState")
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        spool_row = QHBoxLayout()
        self.waiting = QLabel()
        self.waiting.setObjectName("papersWaiting")
        self.waiting.setWordWrap(True)
        self.retry = QPushButton()
        self.retry.setObjectName("retryWaiting")
        spool_row.addWidget(self.waiting, 1)
        spool_row.addWidget(self.retry)
        layout.addLayout(spool_row)
        for button in (self.refresh_button, self.preview, self.print_, self.retry):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.refresh_button.clicked.connect(self.refresh)
        self.preview.clicked.connect(self.preview_selected)
        self.print_.clicked.connect(self.print_selected)
        self.retry.clicked.connect(self.print_waiting)
        self.dialog: Any = None
        self.waiting_count = 0
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        set_text(
            self.hint,
            self.tr(
                "Een ontvangstbewijs opnieuw afdrukken: kies de referentie die op het papier van de "
                "kandidaat staat. De kopie komt uit het bewaarde dossier en staat in het auditlog."
            ),
        )
        set_text(self.language_label, self.tr("Taal van de samenvatting:"))
        self.language.setAccessibleName(self.tr("Taal van de samenvatting"))
        self.dossiers.setAccessibleName(self.tr("Bewaarde dossiers"))
        set_text(self.refresh_button, self.tr("Vernieuwen"))
        set_text(self.preview, self.tr("Kopie bekijken"))
        set_text(self.print_, self.tr("Kopie afdrukken"))
        set_text(self.retry, self.tr("Wachtende papieren afdrukken"))
        self._show_waiting(self.waiting_count)

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch; a one-time message is redone or cleared, never left in Dutch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.dossiers.count() or not self.state.text():
                self.state.clear()
            else:
                set_text(self.state, self.tr("Er zijn nog geen bewaarde dossiers."))
        super().changeEvent(event)

    # -- the list ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the list of saved dossiers and the number of papers waiting (database worker)."""
        wipes = self.ctl.wipes  # a list that arrives after a sign-out is not shown
        self.ctl.terminal.db.submit(
            lambda: list_dossiers(self.ctl),
            lambda entries: self._listed(entries) if self.ctl.wipes == wipes else None,
            self._failed,
        )
        self.count_waiting()

    def _listed(self, entries: object) -> None:
        self.dossiers.clear()
        for entry in entries if isinstance(entries, list) else []:
            kind = self.tr("definitief") if entry.final else self.tr("voorlopig")
            day = entry.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
            item = QListWidgetItem(f"{entry.local_reference} · {day} · {kind}")
            item.setData(Qt.ItemDataRole.UserRole, entry.dossier_id)
            self.dossiers.addItem(item)
        if not self.dossiers.count():
            set_text(self.state, self.tr("Er zijn nog geen bewaarde dossiers."))

    def selected(self) -> str | None:
        """The dossier id of the chosen line."""
        item = self.dossiers.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    # -- reprint ------------------------------------------------------------------------------------
    def _render(self, then: Any) -> None:
        dossier_id = self.selected()
        if dossier_id is None:
            set_text(self.state, self.tr("Kies eerst een referentie in de lijst."))
            return
        language = str(self.language.currentData())
        set_text(self.state, self.tr("Even geduld: de kopie wordt gemaakt."))
        wipes = self.ctl.wipes

        def rendered(pdf: bytes) -> None:
            if self.ctl.wipes != wipes:  # signed out or locked meanwhile: the copy is not shown or sent
                self.state.clear()
                return
            then(pdf)

        self.ctl.terminal.db.submit(
            lambda: render_reprint(self.ctl, dossier_id, language), rendered, self._failed
        )

    def preview_selected(self) -> None:
        """Render the copy and show it; printing it from the preview sends it to the printer."""
        from ui.printing import build_preview_dialog

        def show(pdf: bytes) -> None:
            self.state.clear()
            self.dialog = build_preview_dialog(pdf, self.tr("Kopie van het ontvangstbewijs"), self)
            self.dialog.accepted.connect(lambda: self._send(pdf))
            self.dialog.finished.connect(self._dialog_closed)
            self.dialog.open()

        self._render(show)

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def print_selected(self) -> None:
        """Render the copy and send it to the printer straight away."""
        self._render(self._send)

    def _send(self, pdf: bytes) -> None:
        service = self.ctl.terminal.print_service()
        set_text(self.state, self.tr("Even geduld: de kopie gaat naar de printer."))
        self.ctl.terminal.db.submit(
            lambda: service.print_pdf(pdf, REPRINT_TITLE), self._printed, self._failed
        )

    def _printed(self, outcome: object) -> None:
        if getattr(outcome, "printed", False):
            set_text(self.state, self.tr("De kopie is afgedrukt."))
        else:
            reason = str(getattr(outcome, "reason", ""))
            set_text(
                self.state,
                self.tr("Afdrukken lukte niet: %1. Het papier wacht tot de printer werkt.").replace(
                    "%1", reason
                ),
            )
        self.count_waiting()

    # -- the spool ------------------------------------------------------------------------------------
    def count_waiting(self) -> None:
        """How many papers wait in the spool (database worker: it reads the directory)."""
        service = self.ctl.terminal.print_service()
        self.ctl.terminal.db.submit(
            lambda: len(service.spool.pending_ids()), self._show_waiting, self._failed
        )

    def _show_waiting(self, count: object) -> None:
        self.waiting_count = count if isinstance(count, int) else 0
        if self.waiting_count:
            set_text(
                self.waiting,
                self.tr("%1 papier(en) wachten op de printer.").replace("%1", str(self.waiting_count)),
            )
        else:
            set_text(self.waiting, self.tr("Er wachten geen papieren op de printer."))
        self.retry.setEnabled(bool(self.waiting_count))

    def print_waiting(self) -> None:
        """Send every waiting paper to the printer again, oldest first."""
        service = self.ctl.terminal.print_service()
        set_text(self.state, self.tr("Even geduld: de wachtende papieren gaan naar de printer."))
        self.ctl.terminal.db.submit(service.retry_pending, self._retried, self._failed)

    def _retried(self, outcomes: object) -> None:
        done = outcomes if isinstance(outcomes, list) else []
        printed = sum(1 for outcome in done if getattr(outcome, "printed", False))
        if printed == len(done):
            set_text(self.state, self.tr("%1 papier(en) afgedrukt.").replace("%1", str(printed)))
        else:
            reason = next((str(o.reason) for o in done if not getattr(o, "printed", False)), "")
            set_text(
                self.state,
                self.tr("Afdrukken lukte niet: %1. Het papier wacht tot de printer werkt.").replace(
                    "%1", reason
                ),
            )
        self.count_waiting()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PermissionDenied):
            set_text(self.state, self.tr("Uw rol laat dit niet toe."))
        else:
            set_text(self.state, self.tr("Dat lukte niet (%1).").replace("%1", type(error).__name__))

    def wipe(self) -> None:
        """Close a preview and forget the list (the operator signs out)."""
        if self.dialog is not None:
            self.dialog.reject()
        self.dossiers.clear()
        self.state.clear()
