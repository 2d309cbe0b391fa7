"""The visit controller: forwards card events and screen actions to the core's visit, shows its step.

The visit itself (`kiosk.visit.Visit`) decides everything; this adapter runs its blocking jobs on
the terminal's workers (card reads and signatures on the card worker, saving and papers on the
database worker, the register's lookup on the sync worker), wipes the screen when the card leaves,
and tells the window which screen to show. Card monitor events may arrive from another thread
(pyscard calls observers on its own thread); `card_present_changed` is a Qt signal, so emitting it
there queues the event onto the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from kiosk.errors import KioskError, KioskUserError
from kiosk.ports import CardIdentity, Signer
from kiosk.visit import Presentation, Visit
from ui.navigation import ReaderState, ScreenKey, screen_of
from ui.terminal import Services, Terminal

if TYPE_CHECKING:
    from kiosk.domain import Confirmation
    from kiosk.papers import PaperOffer
    from kiosk.visit_store import Draft, SubmissionProgress, VisitSaved

T = TypeVar("T")


class VisitController(QObject):
    """Drives the visits of one terminal; screens call it, it calls back through signals."""

    navigate = Signal(ScreenKey)
    visit_changed = Signal()  # the visit's state changed: visible screens refresh
    wiped = Signal()  # personal data must leave every widget
    card_present_changed = Signal(bool)
    reader_state = Signal(ReaderState)
    presentation_changed = Signal(object)  # Presentation of the visit, or None: the operator's own
    visit_saved = Signal(object)  # VisitSaved, or an exception
    draft_saved = Signal(object)  # VisitSaved, or an exception (a visit that ended without "done")
    dossier_number_known = Signal(str)
    start_refused = Signal(object)  # the exception why a visit could not start or resume

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.terminal = Terminal(services, self)
        self.pin_source = services.pin_source
        self.visit: Visit | None = None
        self.photo: bytes | None = None  # of the card just read; shown, never stored
        self.card_present = False
        self.submission: SubmissionProgress | None = None  # the saved visit's, after a sync
        self.current_screen = ScreenKey.SIGN_IN
        self.wipes = 0  # work begun before a wipe compares this and drops its result
        self._starting = False
        self._without_card = False
        self.card_present_changed.connect(self._on_card_present)
        self.terminal.sync_listeners.append(self._ask_dossier_number)
        self.terminal.operator_changed.connect(self._operator_changed)

    # -- screens -----------------------------------------------------------------------------
    def go(self, screen: ScreenKey) -> None:
        """Show an operator's screen (a running visit decides its own screens)."""
        self.current_screen = screen
        self.navigate.emit(screen)

    def show_visit(self) -> None:
        """Show the screen of the visit's step and let the visible screen refresh."""
        visit = self.visit
        if visit is None:
            return
        # Navigate first: a screen that is no longer on show never refills what a wipe just cleared.
        self.go(screen_of(visit.step))
        self.visit_changed.emit()

    def apply(self, event: Callable[[Visit], T]) -> T:
        """Apply a screen's event to the running visit (the core checks it), then show the result."""
        visit = self._running()
        try:
            return event(visit)
        finally:
            self.presentation_changed.emit(visit.presentation)
            # WIL staff checked the number of someone without a card: ask the register about them.
            look_up_household(self, visit)
            self.show_visit()

    def _running(self) -> Visit:
        if self.visit is None or not self.visit.running:
            raise KioskUserError("no visit is running")
        return self.visit

    def wipe_screen(self) -> None:
        """Clear personal data from widgets and the clipboard."""
        self.wipes += 1
        QGuiApplication.clipboard().clear()
        self.wiped.emit()

    # -- starting and ending -----------------------------------------------------------------
    def start_visit(self, without_card: bool = False) -> None:
        """A new visit: the offline lease is checked first (database worker), then the privacy notice.

        `without_card`: nobody has a readable Belgian eID; the household is recorded by hand.
        """
        self._start(None, without_card)

    def resume_draft(self, dossier_id: str) -> None:
        """Open a saved draft (database worker); the privacy notice, then the next adult's card."""
        from kiosk.visit_store import open_draft

        self._start(lambda backend: open_draft(backend, dossier_id))

    def _start(self, load: Callable[[Any], Draft] | None, without_card: bool = False) -> None:
        from kiosk.visit_store import lease_refuses

        if self._starting or self.visit is not None or self.terminal.operator is None:
            return  # one start at a time: a double click opens one visit
        self._starting = True
        self._without_card = without_card
        backend = self.terminal.backend

        def prepare() -> tuple[bool, Draft | None]:
            return lease_refuses(backend), (load(backend) if load is not None else None)

        self.terminal.db.submit(prepare, self._prepared, self._start_failed)

    def _prepared(self, prepared: tuple[bool, Draft | None]) -> None:
        self._starting = False
        operator, (refused, draft) = self.terminal.operator, prepared
        if operator is None or self.visit is not None:
            return  # signed out, or another visit began meanwhile
        backend = self.terminal.backend
        try:
            self.visit = Visit.start(
                backend.context(),
                draft.rules if draft else backend.rules,  # a draft keeps the rules it began under
                self.services.clock,
                card_in_reader=self.card_present,
                lease_refused=refused,
                draft=draft.dossier if draft else None,
                files=draft.files if draft else None,
                without_card=self._without_card,
            )
        except KioskError as error:
            self.start_refused.emit(error)
            return
        self.wipe_screen()
        self.presentation_changed.emit(self.visit.presentation)
        self.show_visit()

    def _start_failed(self, error: BaseException) -> None:
        self._starting = False
        self.start_refused.emit(error)

    def end_visit(self, keep: bool = False, then: ScreenKey = ScreenKey.END) -> None:
        """End the visit and wipe every trace of the candidate; keep what must be kept (a draft)."""
        from kiosk.visit_store import save_visit

        visit, self.visit = self.visit, None
        self.pin_source.cancel_all()
        self.photo = None
        self.submission = None
        request = visit.end(keep) if visit is not None and visit.running else None
        if request is not None:
            backend = self.terminal.backend
            self.terminal.db.submit(
                lambda: save_visit(backend, request), self._draft_saved, self.draft_saved.emit
            )
        self.wipe_screen()
        self.presentation_changed.emit(None)  # the operator's own language and look again
        if self.terminal.operator is not None or then is ScreenKey.SIGN_IN:
            self.go(then)

    def _draft_saved(self, saved: VisitSaved) -> None:
        self.draft_saved.emit(saved)
        self.terminal.refresh_queue()

    def _operator_changed(self) -> None:
        if self.terminal.operator is not None and self.visit is None:
            self.go(ScreenKey.HOME)

    def sign_out(self) -> None:
        """Lock: end any visit (a draft is kept), forget the operator."""
        if self.visit is not None:
            self.end_visit(keep=True, then=ScreenKey.SIGN_IN)
        self.terminal.sign_out()
        self.wipe_screen()
        self.go(ScreenKey.SIGN_IN)

    # -- the card ----------------------------------------------------------------------------
    @Slot(bool)
    def _on_card_present(self, present: bool) -> None:
        self.card_present = present
        visit = self.visit
        if visit is None:
            return
        read_now = visit.card_present_changed(present)
        if not present:
            self.pin_source.cancel_all()
            self.photo = None
            self.wipe_screen()
            self.reader_state.emit(ReaderState.WAITING)
            self.show_visit()
        elif read_now:
            self._read_card()

    def _read_card(self) -> None:
        self.reader_state.emit(ReaderState.READING)
        self.terminal.card.submit(self.services.card_reader.read, self._card_read, self._card_failed)

    def _card_read(self, result: tuple[CardIdentity, bytes | None]) -> None:
        visit = self.visit
        if visit is None or not self.card_present:
            return  # pulled while reading, or the visit ended: show nothing
        identity, photo = result
        self.reader_state.emit(ReaderState.READ)
        visit.card_read(identity)
        self.photo = photo if (visit.card or visit.pending_card) else None
        look_up_household(self, visit)
        self.show_visit()

    def _card_failed(self, _error: BaseException) -> None:
        self.reader_state.emit(ReaderState.ERROR)

    # -- signing -----------------------------------------------------------------------------
    def sign(self, signer: Signer, on_error: Callable[[BaseException], None]) -> None:
        """Have the card in the reader sign the current adult's confirmation (card worker).

        The core checks the card, the roles and who may sign for whom before the card asks for the
        PIN, builds the statement the card signs, and records the confirmation.
        """
        visit = self._running()
        member = visit.current_member
        try:
            job = visit.signing_job(signer)
        except (KioskError, ValueError) as error:
            on_error(error)
            return
        member_id = member.member_id if member else ""

        def signed(confirmation: Confirmation) -> None:
            if self.visit is visit:
                visit.signed(member_id, confirmation)
                self.show_visit()

        self.terminal.card.submit(job, signed, on_error)

    # -- saving, the receipt and its papers --------------------------------------------------------
    def finish(self) -> None:
        """Save the dossier and queue the submission (database worker), then show the receipt."""
        from kiosk.visit_store import save_visit

        visit = self._running()
        request, backend = visit.save_request(final=True), self.terminal.backend

        def saved(result: VisitSaved) -> None:
            if self.visit is visit:
                visit.finished(result)
                self.visit_saved.emit(result)
                self.show_visit()
            self.terminal.refresh_queue()
            if result.queued:
                # Sent at once: the dossier number may come back while the candidate is still here,
                # and the receipt screen then offers the final receipt. Offline, the pass says so.
                self.terminal.sync_now()

        self.terminal.db.submit(lambda: save_visit(backend, request), saved, self.visit_saved.emit)

    def render_paper(
        self, offer: PaperOffer, then: Callable[[bytes], None], on_error: Callable[[BaseException], None]
    ) -> None:
        """Render one paper on the database worker from a copy of the visit taken now."""
        from ui.papers import paper_source

        visit = self._running()
        source = paper_source(self.terminal.backend, visit)
        wipes = self.wipes

        def rendered(pdf: bytes) -> None:
            # Never shown after the card left or the visit ended (a paper form holds a full number).
            if self.visit is visit and self.wipes == wipes:
                then(pdf)

        self.terminal.db.submit(lambda: source.render(offer), rendered, on_error)

    def _ask_dossier_number(self) -> None:
        """After a sync: how far the saved visit's submission got, and its dossier number once given."""
        from kiosk.visit_store import submission_progress

        visit = self.visit
        saved = getattr(visit, "saved", None) if visit is not None else None
        if visit is None or saved is None:
            return
        backend = self.terminal.backend

        def arrived(progress: SubmissionProgress) -> None:
            if self.visit is not visit:
                return
            self.submission = progress
            number = progress.dossier_number
            if number and visit.dossier_number != number:
                visit.dossier_number_arrived(number)
                self.dossier_number_known.emit(number)
            self.visit_changed.emit()

        self.terminal.db.submit(
            lambda: submission_progress(backend, saved.dossier_id), arrived, lambda _e: None
        )

    # -- the candidate's presentation --------------------------------------------------------------
    def set_presentation(self, presentation: Presentation) -> None:
        """The candidate changed language, size or contrast: the visit keeps it until it ends."""
        if self.visit is not None and self.visit.running:
            self.visit.set_language(presentation.language)
            self.visit.set_font_step(presentation.font_step)
            self.visit.set_high_contrast(presentation.high_contrast)

    def shutdown(self) -> None:
        """Release the workers (the window is closing)."""
        self.terminal.shutdown()


def look_up_household(controller: VisitController, visit: Visit) -> None:
    """Ask the register (sync worker) for the household of the number the visit wants looked up.

    The answer may move the visit (an adult waiting on their questions whose role the operator now
    chooses goes to the household): its step is shown, not only the screen refreshed.
    """
    national_number = visit.lookup_wanted()
    if national_number is None:
        return
    visit.lookup_started()
    backend = controller.terminal.backend

    def answered(lookup: Any) -> None:
        if controller.visit is visit and visit.running:
            visit.lookup_answered(lookup)
            controller.show_visit()

    def failed(_error: BaseException) -> None:
        if controller.visit is visit and visit.running:  # offline or unknown: the visit goes on
            visit.lookup_failed()
            controller.show_visit()

    controller.terminal.sync_worker.submit(lambda: backend.lookup(national_number), answered, failed)
