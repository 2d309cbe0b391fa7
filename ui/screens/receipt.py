"""Receipt and papers: provisional while the submission waits, final with the dossier number.

The screen follows the sync while it is on: whether the dossier is still here, sent, or numbered
(`kiosk.visit_store.submission_progress` after each pass); once the number arrives the receipt it
prints is the final one, and it says so.

Besides the receipt the screen offers the papers that fit the visit (`kiosk.papers`): a paper form
for each adult who could not confirm here, the deadline letter and the help sheet when something is
still missing. Each can be looked at first (Qt's PDF preview) or printed straight away; rendering and
printing run on the database worker (ReportLab and the spool load only there). A paper that did not
print stays in the encrypted spool and can be printed again from here (or by the coordinator later).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.papers import PaperKind, PaperOffer, papers_offered
from kiosk.visit_views import visit_overview
from ui.navigation import ScreenKey
from ui.screens.base import Screen, set_text
from ui.screens.wording import act_now_text, isolated, itsme_text
from ui.widgets import WrapButton

RECEIPT = PaperOffer(PaperKind.RECEIPT)


class ReceiptScreen(Screen):
    """What was saved and sent, the dossier number once known, and the papers."""

    key = ScreenKey.RECEIPT
    candidate_facing = True

    def build(self) -> None:
        self.reference = self.label()
        self.reference.setObjectName("localReference")
        self.state = self.label(role="warning")
        self.state.setObjectName("receiptState")
        self.dossier = self.label(role="title")
        self.dossier.setObjectName("dossierNumber")
        self.papers = self.label(role="hint")
        self.act_now = self.label(role="warning")
        self.act_now.setObjectName("receiptActNow")
        self.itsme = self.label(role="hint")
        self.itsme.setObjectName("receiptItsme")
        row = self.row()
        self.sync = self.button(self.terminal.send_now, row=row)
        self.sync.setObjectName("receiptSync")
        self.main_offer = RECEIPT  # the withdrawal receipt instead, when the household withdrew
        self.preview = self.button(lambda: self._preview(self.main_offer), row=row)
        self.print_ = self.button(lambda: self._print(self.main_offer), row=row)
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
        self.finish = self.button(self.ctl.end_visit, primary=True, row=self.action_row())
        self.waiting_jobs: list[str] = []  # this visit's papers that did not print (ids, no content)
        self.dialog: Any = None
        self.offline = False  # the last sync pass could not reach the register
        self.ctl.visit_changed.connect(self.enter_if_visible)
        self.terminal.sync_started.connect(lambda _by_hand: self.enter_if_visible())
        self.terminal.sync_finished.connect(self._synced)

    def retranslate(self) -> None:
        withdrawal = self.main_offer.kind is PaperKind.WITHDRAWAL_RECEIPT
        title = self.tr("Uw bewijs van stopzetting") if withdrawal else self.tr("Uw ontvangstbewijs")
        set_text(self.title, title)
        set_text(self.sync, self.tr("Nu verzenden"))
        final = self.visit is not None and bool(self.visit.dossier_number)
        if withdrawal:
            main = self.paper_name(self.main_offer)
            papers = self.tr("Het bewijs van stopzetting kunt u bekijken en afdrukken.")
        elif final:
            main = self.tr("Definitief ontvangstbewijs")
            papers = self.tr(
                "Het definitieve ontvangstbewijs, met uw dossiernummer, kunt u nu bekijken en afdrukken."
            )
        else:
            main = self.tr("Voorlopig ontvangstbewijs")
            papers = self.tr(
                "Het voorlopige ontvangstbewijs kunt u nu bekijken en afdrukken. Komt het dossiernummer "
                "terwijl u hier bent, dan kunt u hier het definitieve afdrukken."
            )
        set_text(self.preview, self.tr("Bekijken"), main)
        set_text(self.print_, self.tr("Afdrukken"), main)
        set_text(self.papers, papers)
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
        if offer.kind is PaperKind.WITHDRAWAL_RECEIPT:
            return self.tr("Bewijs van stopzetting")
        if offer.kind is PaperKind.HELP_SHEET:
            return self.tr("Hulpblad: pincode, itsme, een nieuwe eID en waar u hulp krijgt")
        if offer.kind is PaperKind.DEADLINE_LETTER:
            return self.tr("Brief: wat nog moet gebeuren, en tegen wanneer")
        if offer.kind is PaperKind.APPOINTMENT_SLIP:
            return self.tr("Afspraak bij WIL: wat u meebrengt, waar en tegen wanneer")
        if offer.kind is PaperKind.REGISTRATION_INFO:
            return self.tr("Uw inschrijving: wat u koos en wat u moet weten")
        if offer.kind is PaperKind.PAPER_FORM:
            visit = self.visit
            today = visit.today if visit is not None else None
            members = [m for m in visit.dossier.members if today and m.adult_on(today)] if visit else []
            member = next((m for m in members if m.member_id == offer.member_id), None)
            if member is not None and member.role == "reference_tenant":
                return self.tr("Papieren formulier voor de referentiehuurder (op wie de inschrijving staat)")
            if member is not None and member.role == "partner":
                return self.tr("Papieren formulier voor de partner")
            position = members.index(member) + 1 if member is not None else 0
            return self.tr("Papieren formulier voor volwassene %1").replace("%1", str(position))
        return self.tr("Ontvangstbewijs")

    def primary_action(self) -> QAbstractButton:
        return self.finish

    def enter(self) -> None:
        visit = self.visit
        saved = visit.saved if visit is not None else None
        if visit is None or saved is None:
            self.reference.clear()
            self.state.clear()
            self._show_papers([])
            return
        reference = str(getattr(saved, "local_reference", ""))
        set_text(self.reference, self.tr("Uw referentie: %1").replace("%1", isolated(reference)))
        number = visit.dossier_number
        overview = visit_overview(visit)
        offers = papers_offered(overview)
        self.main_offer = offers[0]  # the receipt, or the withdrawal receipt when the household withdrew
        if self.main_offer.kind is PaperKind.WITHDRAWAL_RECEIPT:
            self.dossier.clear()
            set_text(self.state, self._progress_text(withdrawal=True))
        elif number:
            set_text(self.dossier, self.tr("Uw dossiernummer: %1").replace("%1", isolated(number)))
            set_text(
                self.state, self.tr("Het register heeft uw dossier ontvangen en een dossiernummer gegeven.")
            )
        elif getattr(saved, "queued", False):
            self.dossier.clear()
            set_text(self.state, self._progress_text(withdrawal=False))
        elif visit.dossier.awaiting_wil_check:
            self.dossier.clear()
            set_text(
                self.state,
                self.tr(
                    "Bewaard. WIL moet eerst uw documenten zien. Neem het afspraakbriefje en het papieren "
                    "formulier mee."
                ),
            )
        else:
            self.dossier.clear()
            set_text(self.state, self.tr("Bewaard om later verder te doen. Er is nog niets te verzenden."))
        self.act_now.setVisible(overview.act_now and not number)
        set_text(self.act_now, act_now_text())
        set_text(self.itsme, itsme_text())
        # itsme is a way to confirm at home: said only while someone or something is still missing.
        self.itsme.setVisible(not overview.complete and not overview.withdrawn)
        self._show_papers([o for o in offers if o is not self.main_offer])
        self.retranslate()  # provisional, final or withdrawal: the main paper's buttons and hint say which
        self.finish.setFocus()

    def _progress_text(self, *, withdrawal: bool) -> str:
        progress = self.ctl.submission
        received = progress is not None and progress.received
        return progress_text(withdrawal, received, self.terminal.syncing, self.offline)

    def _synced(self, report: object) -> None:
        self.offline = isinstance(report, BaseException) or bool(getattr(report, "offline", False))
        self.enter_if_visible()

    def _show_papers(self, offers: list[PaperOffer]) -> None:
        self.others_hint.setVisible(bool(offers))  # never "other papers" over an empty list
        self.others_box.setVisible(bool(offers))
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
            preview, print_ = WrapButton(), WrapButton()
            for button in (preview, print_):  # the same two words on every row: the columns line up
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
        self.retranslate()

    def _render(self, offer: PaperOffer, then: Callable[[bytes], None], for_preview: bool) -> None:
        set_text(self.print_state, self.tr("Even geduld: het papier wordt gemaakt."))
        # A preview never opens once the card left or the visit ended (the controller checks); a
        # print goes out while the visit lasts.
        self.ctl.render_paper(offer, then, self._paper_failed)

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
        service = self.terminal.print_service()
        set_text(self.print_state, self.tr("Even geduld: het papier gaat naar de printer."))
        title = offer.title
        self.terminal.db.submit(lambda: service.print_pdf(pdf, title), self._printed, self._paper_failed)

    def _retry(self) -> None:
        service, jobs = self.terminal.print_service(), list(self.waiting_jobs)
        set_text(self.print_state, self.tr("Even geduld: het papier gaat naar de printer."))
        self.terminal.db.submit(
            lambda: [service.send(job) for job in jobs], self._retried, self._paper_failed
        )

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

    def wipe(self) -> None:
        if self.dialog is not None:
            self.dialog.reject()  # a preview can show a full national number (the paper form)
        self.print_state.clear()
        self.print_state.setToolTip("")
        if self.visit is not None and self.visit.saved is not None:
            # Only the card left the reader: the reference and the papers (no personal data on
            # screen) stay, so a candidate who took their card back still gets their papers.
            return
        self.waiting_jobs = []  # the papers stay in the spool; the coordinator can print them
        self.retry.hide()
        self.dossier.clear()
        self.reference.clear()
        self.main_offer = RECEIPT
        self._show_papers([])


def progress_text(withdrawal: bool, received: bool, syncing: bool, offline: bool) -> str:
    """Where the saved dossier, or the household's withdrawal, is: here, on its way, or received.

    A withdrawal never gets a dossier number: WIL takes it from there, and the words say so.
    """
    if withdrawal and received:
        return QCoreApplication.translate(
            "ReceiptScreen",
            "Verzonden: WIL heeft uw vraag om de inschrijving te stoppen ontvangen. WIL verwerkt ze in "
            "het register.",
        )
    if received:
        return QCoreApplication.translate(
            "ReceiptScreen",
            "Verzonden: het register heeft uw dossier ontvangen. Het dossiernummer komt later. "
            "Tot dan is dit ontvangstbewijs voorlopig.",
        )
    if withdrawal and syncing:
        return QCoreApplication.translate(
            "ReceiptScreen", "Bewaard. Even geduld: we verzenden uw vraag nu naar WIL."
        )
    if syncing:
        return QCoreApplication.translate(
            "ReceiptScreen", "Bewaard. Even geduld: we verzenden het nu naar het register."
        )
    if withdrawal and offline:
        return QCoreApplication.translate(
            "ReceiptScreen",
            "Bewaard. WIL is nu niet bereikbaar: we verzenden uw vraag later vanzelf. WIL verwerkt ze "
            "in het register.",
        )
    if offline:
        return QCoreApplication.translate(
            "ReceiptScreen",
            "Bewaard. Het register is nu niet bereikbaar: we verzenden later vanzelf. "
            "Tot het dossiernummer er is, is dit ontvangstbewijs voorlopig.",
        )
    if withdrawal:
        return QCoreApplication.translate(
            "ReceiptScreen",
            "Bewaard. Uw vraag om de inschrijving te stoppen wordt naar WIL verzonden. WIL verwerkt "
            "ze in het register.",
        )
    return QCoreApplication.translate(
        "ReceiptScreen",
        "Bewaard. Voorlopig bewijs: het wordt verzonden naar het register. "
        "Het dossiernummer komt zodra het register alles heeft.",
    )
