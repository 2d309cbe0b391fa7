"""Receipt and papers: provisional while the submission waits, final with the dossier number.

Besides the receipt the screen offers the papers that fit the visit (`ui.paper_offers`): a paper form
for each adult who could not confirm here, the deadline letter and the help sheet when something is
still missing. Each can be looked at first (Qt's PDF preview) or printed straight away; rendering and
printing run on the database worker (ReportLab and the spool load only there). A paper that did not
print stays in the encrypted spool and can be printed again from here (or by the coordinator later).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.controller import END, RECEIPT
from ui.paper_offers import DEADLINE_LETTER, HELP_SHEET, PAPER_FORM, PAPER_TITLES, PaperOffer, papers_offered
from ui.screens.base import Screen, set_text

if TYPE_CHECKING:
    from ui.session import VisitSession
    from ui.visit_end import VisitSaved

PAPER_BUTTON_WIDTH = 200


def render_paper(
    ctl: Any, session: VisitSession, saved: VisitSaved, number: str | None, offer: PaperOffer, language: str
) -> bytes:
    """Render one paper (on the database worker: ReportLab and the store load here, not at start-up)."""
    from ui.papers import paper_pdf

    return paper_pdf(ctl.backend, session, saved, number, offer, language)


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
        self.preview = self.button(lambda: self._preview(PaperOffer(RECEIPT)), row=row)
        self.print_ = self.button(lambda: self._print(PaperOffer(RECEIPT)), row=row)
        self.others_hint = self.label(role="hint")
        self.others_box = QWidget()
        self.others = QVBoxLayout(self.others_box)
        self.others.setContentsMargins(0, 0, 0, 0)
        self.others.setSpacing(8)
        self.layout_.addWidget(self.others_box)
        self.paper_rows: list[tuple[PaperOffer, QLabel, QPushButton, QPushButton]] = []
        self.print_state = self.label(role="hint")
        self.print_state.setObjectName("printState")
        self.retry = self.button(self._retry)
        self.retry.setObjectName("retryPrinting")
        self.retry.hide()
        self.layout_.addStretch(1)
        self.finish = self.button(self._finish, primary=True)
        self.number: str | None = None
        self.waiting_jobs: list[str] = []  # this visit's papers that did not print (ids, no content)
        self.dialog: Any = None
        self.ctl.dossier_number_known.connect(self._dossier_number)
        self.ctl.sync_finished.connect(lambda _r: self.enter_if_visible())

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Uw ontvangstbewijs"))
        set_text(self.sync, self.tr("Nu verzenden"))
        set_text(self.preview, self.tr("Bekijken"), self.tr("Ontvangstbewijs"))
        set_text(self.print_, self.tr("Afdrukken"), self.tr("Ontvangstbewijs"))
        set_text(self.papers, self.tr("Het ontvangstbewijs kunt u bekijken en afdrukken."))
        set_text(self.others_hint, self.tr("Andere papieren voor u: bekijk ze of druk ze af."))
        set_text(self.retry, self.tr("Opnieuw afdrukken"))
        set_text(self.finish, self.tr("Bezoek afsluiten"))
        for offer, label, preview, print_ in self.paper_rows:
            name = self.paper_name(offer)
            set_text(label, name)
            set_text(preview, self.tr("Bekijken"), name)
            set_text(print_, self.tr("Afdrukken"), name)

    def paper_name(self, offer: PaperOffer) -> str:
        """The paper in the candidate's words (a paper form names the member's place, never a name)."""
        if offer.kind == HELP_SHEET:
            return self.tr("Hulpblad: pincode, itsme, een nieuwe eID en waar u hulp krijgt")
        if offer.kind == DEADLINE_LETTER:
            return self.tr("Brief: wat nog moet gebeuren, en tegen wanneer")
        if offer.kind == PAPER_FORM:
            members = [m for m in self.ctl.session.members if m.adult]
            member = next((m for m in members if m.member_id == offer.member_id), None)
            if member is not None and member.role == "reference_tenant":
                return self.tr("Papieren formulier voor de referentiehuurder")
            if member is not None and member.role == "partner":
                return self.tr("Papieren formulier voor de partner")
            position = members.index(member) + 1 if member is not None else 0
            return self.tr("Papieren formulier voor volwassene %1").replace("%1", str(position))
        return self.tr("Ontvangstbewijs")

    def enter(self) -> None:
        saved = self.ctl.saved
        if saved is None:
            self.reference.clear()
            self.state.clear()
            self._show_papers([])
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
        self._show_papers([o for o in papers_offered(self.ctl.session) if o.kind != RECEIPT])
        self.finish.setFocus()

    def _show_papers(self, offers: list[PaperOffer]) -> None:
        if [row[0] for row in self.paper_rows] == offers:
            return
        for _offer, label, preview, print_ in self.paper_rows:
            for widget in (label, preview, print_):
                widget.deleteLater()
        self.paper_rows = []
        while self.others.count():
            item = self.others.takeAt(0)
            layout = item.layout() if item is not None else None
            if layout is not None:
                layout.deleteLater()
        for offer in offers:
            row = QHBoxLayout()
            row.setSpacing(16)
            label = QLabel()
            label.setWordWrap(True)
            preview, print_ = QPushButton(), QPushButton()
            for button in (preview, print_):
                button.setMinimumWidth(PAPER_BUTTON_WIDTH)  # room for the longest translation
                button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            preview.setObjectName(f"preview-{offer.kind}")
            print_.setObjectName(f"print-{offer.kind}")
            preview.clicked.connect(lambda _c=False, o=offer: self._preview(o))
            print_.clicked.connect(lambda _c=False, o=offer: self._print(o))
            row.addWidget(label, 1)
            row.addWidget(preview)
            row.addWidget(print_)
            self.others.addLayout(row)
            self.paper_rows.append((offer, label, preview, print_))
        self.others_hint.setVisible(bool(offers))
        self.others_box.setVisible(bool(offers))
        self.retranslate()

    def _render(self, offer: PaperOffer, then: Callable[[bytes], None], for_preview: bool) -> None:
        saved = self.ctl.saved
        if saved is None:
            return
        # The worker gets a copy taken now: a wipe or a next visit cannot change the paper halfway.
        session, number, ctl = copy.deepcopy(self.ctl.session), self.number, self.ctl
        language = session.candidate_language
        wipes = self.ctl.wipes
        set_text(self.print_state, self.tr("Even geduld: het papier wordt gemaakt."))

        def rendered(pdf: bytes) -> None:
            # A preview never opens once the card left or the visit ended (a paper form shows the
            # full national number); a print still goes out unless the visit itself has ended.
            if self.ctl.saved is not saved or (for_preview and self.ctl.wipes != wipes):
                self.print_state.clear()
                return
            then(pdf)

        self.ctl.db.submit(
            lambda: render_paper(ctl, session, saved, number, offer, language), rendered, self._paper_failed
        )

    def _preview(self, offer: PaperOffer) -> None:
        from ui.printing import build_preview_dialog

        def show(pdf: bytes) -> None:
            self.print_state.clear()
            self.dialog = build_preview_dialog(pdf, self.paper_name(offer), self)
            self.dialog.accepted.connect(lambda: self._send(offer, pdf))
            self.dialog.finished.connect(self._dialog_closed)
            self.dialog.open()

        self._render(offer, show, for_preview=True)

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()  # the preview holds the paper: gone once closed

    def _print(self, offer: PaperOffer) -> None:
        self._render(offer, lambda pdf: self._send(offer, pdf), for_preview=False)

    def _send(self, offer: PaperOffer, pdf: bytes) -> None:
        service = self.ctl.print_service()
        set_text(self.print_state, self.tr("Even geduld: het papier gaat naar de printer."))
        title = PAPER_TITLES[offer.kind]
        self.ctl.db.submit(lambda: service.print_pdf(pdf, title), self._printed, self._paper_failed)

    def _retry(self) -> None:
        service, jobs = self.ctl.print_service(), list(self.waiting_jobs)
        set_text(self.print_state, self.tr("Even geduld: het papier gaat naar de printer."))
        self.ctl.db.submit(lambda: [service.send(job) for job in jobs], self._retried, self._paper_failed)

    def _retried(self, outcomes: object) -> None:
        for outcome in outcomes if isinstance(outcomes, list) else []:
            self._printed(outcome)

    def _printed(self, outcome: object) -> None:
        job = getattr(getattr(outcome, "job", None), "job_id", "")
        if getattr(outcome, "printed", False):
            if job in self.waiting_jobs:
                self.waiting_jobs.remove(job)
            set_text(self.print_state, self.tr("Afgedrukt. Neem het papier mee."))
        else:
            if job and job not in self.waiting_jobs:
                self.waiting_jobs.append(job)
            set_text(
                self.print_state,
                self.tr(
                    "De printer werkt nu niet. Het papier is bewaard: probeer opnieuw, "
                    "of vraag het later aan een medewerker."
                ),
            )
            # The technical reason (English, no personal data) for the volunteer, as a tooltip.
            self.print_state.setToolTip(str(getattr(outcome, "reason", "")))
        self.retry.setVisible(bool(self.waiting_jobs))

    def _paper_failed(self, error: BaseException) -> None:
        set_text(
            self.print_state,
            self.tr("Het papier kon niet gemaakt worden. Probeer opnieuw of vraag een medewerker."),
        )
        self.print_state.setToolTip(type(error).__name__)  # for the volunteer; never personal data

    def _dossier_number(self, number: str) -> None:
        self.number = number
        self.enter_if_visible()

    def _finish(self) -> None:
        self.ctl.end_visit()
        self.ctl.go(END)

    def wipe(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()  # a preview can show a full national number (the paper form)
        self.print_state.clear()
        self.print_state.setToolTip("")
        if self.ctl.saved is not None:
            # Only the card left the reader: the reference and the papers (no personal data on
            # screen) stay, so a candidate who took their card back still gets their papers.
            return
        self.waiting_jobs = []  # the papers stay in the spool; the coordinator can print them
        self.retry.hide()
        self.number = None
        self.dossier.clear()
        self.reference.clear()
        self._show_papers([])
