"""The visit controller: card events, navigation, wipes and the back end, on the GUI thread.

It owns the visit session and three workers (STYLE: one for the card, one for the database, one
for sync), and tells the main window which screen to show. Card monitor events may arrive from
another thread (pyscard calls observers on its own thread); `card_present_changed` is a Qt signal,
so emitting it from there queues the event onto the GUI thread.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from kiosk import domain
from kiosk.domain import Confirmation, confirm_by
from kiosk.errors import KioskError, KioskUserError, PermissionDenied
from kiosk.ports import Authenticity, CardIdentity, Clock, Signer
from ui.card_worker import CardWorker, GuiPinSource
from ui.session import EvidenceItem, Member, MemberState, Operator, VisitSession

if TYPE_CHECKING:
    # The back end pulls in SQLAlchemy, Alembic, the register client and the documents: the
    # controller imports them on its workers when first needed, so the first screen shows at once.
    from kiosk.rules import Rules
    from ui.backend import Backend
    from ui.printing import PrintService
    from ui.visit_end import VisitSaved


class CardReader(Protocol):
    """What the controller needs from the card side."""

    reader_name: str

    def read(self) -> tuple[CardIdentity, bytes | None]:
        """Read identity and photo (blocking; runs on the card worker)."""
        ...

    def signer(self) -> Signer | None:
        """A signer for the card in the reader, or None when the reader is empty."""
        ...


# Screen keys, shared with the main window.
SIGN_IN, HOME, PRIVACY, INSERT_CARD, AWAITING_CARD, IDENTITY, HOUSEHOLD = (
    "sign_in",
    "home",
    "privacy",
    "insert_card",
    "awaiting_card",
    "identity",
    "household",
)
DECLARATIONS, EVIDENCE, CONFIRM, REVIEW, RECEIPT, END, COORDINATOR = (
    "declarations",
    "evidence",
    "confirm",
    "review",
    "receipt",
    "end",
    "coordinator",
)

# Why WIL staff attest instead of the adult's own PIN (the core records it with the attestation).
ATTESTATION_REASON = "no PIN"

# Screens that show a candidate's personal data: without a card in the reader they are unreachable.
PERSONAL_SCREENS = frozenset({IDENTITY, HOUSEHOLD, DECLARATIONS, EVIDENCE, CONFIRM, REVIEW})


class BackendNotReady(KioskUserError):
    """The back end is still starting, or could not start."""


@dataclass
class Services:
    """What the composition root injects; the back end follows (`attach_backend`, `load_backend`)."""

    clock: Clock
    card_reader: CardReader
    training: bool
    pin_source: GuiPinSource


class VisitController(QObject):
    """Drives one terminal's visits; screens call it, it calls back through signals."""

    navigate = Signal(str)
    wiped = Signal()
    card_present_changed = Signal(bool)
    reader_state = Signal(str)  # "waiting" | "reading" | "read" | "error"
    busy = Signal(bool)
    operator_changed = Signal()
    sign_in_failed = Signal()
    household_changed = Signal()
    queue_changed = Signal(object)  # dict of counts per state
    sync_finished = Signal(object)  # SyncReport, or an exception
    dossier_number_known = Signal(str)
    visit_saved = Signal(object)  # VisitSaved, or an exception
    draft_saved = Signal(object)  # VisitSaved, or an exception (after an idle end)
    backend_ready = Signal()
    backend_failed = Signal(str)  # why the back end could not start (a KioskUserError's words)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._backend: Backend | None = None
        self.startup_error = ""  # set when the back end could not start
        self.wipes = 0  # how many times the screen was wiped (card out, visit ended, signed out)
        self._resuming: str | None = None  # the draft being opened on the database worker
        self._draft_to_resume: Any = None  # an opened draft, applied once the privacy notice is seen
        self.printer_destination = ""  # the `printer` setting: a CUPS queue, "" for the default
        self._sync_when_ready = False
        self.session = VisitSession()
        self.worker = CardWorker(self, "card-worker")
        self.db = CardWorker(self, "database-worker")
        self.sync_worker = CardWorker(self, "sync-worker")
        for worker in (self.worker, self.db, self.sync_worker):
            worker.busy_changed.connect(lambda _busy: self.busy.emit(self.is_busy()))
        self.pin_source = services.pin_source
        self.card_present = False
        self.last_error = ""
        self.last_problem = ""
        self.current_screen = SIGN_IN
        self.attesting_for: str | None = None  # member id WIL staff is attesting with their own card
        self.saved: VisitSaved | None = None  # the visit on the receipt screen
        self.syncing = False
        self.notice = ""
        self._print_service: PrintService | None = (
            None  # a one-time message for the next screen (e.g. "confirmed")
        )
        self.card_present_changed.connect(self._on_card_present)

    # -- the back end ------------------------------------------------------------------------
    @property
    def backend(self) -> Backend:
        """The store, register and outbox; `BackendNotReady` until `load_backend` has finished."""
        if self._backend is None:
            raise BackendNotReady(self.startup_error or "the kiosk is still starting")
        return self._backend

    @property
    def backend_loaded(self) -> bool:
        """Whether the back end is there (the sign-in screen says "starting" until then)."""
        return self._backend is not None

    @property
    def rules(self) -> Rules:
        """The rules file in force (loaded with the back end)."""
        return self.backend.rules

    def load_backend(self, load: Callable[[], Backend]) -> None:
        """Build the back end on the database worker while the first screen is already up.

        Opening the store, checking migrations and (in training) starting the register simulator
        take a second or two; the operator types a name and password meanwhile. The job is the
        database worker's first, and it installs the back end before returning, so a sign-in
        queued behind it finds the back end in place.
        """

        self.db.submit(
            lambda: self.attach_backend(load()), lambda _r: self._backend_loaded(), self._backend_load_failed
        )

    def attach_backend(self, backend: Backend) -> None:
        """Install the back end (the composition root, or the database worker in `load_backend`)."""
        self._backend = backend

    def _backend_loaded(self) -> None:
        self.backend_ready.emit()
        if self._sync_when_ready:
            self._sync_when_ready = False
            self.sync_now()

    def _backend_load_failed(self, error: BaseException) -> None:
        # Only the core's user errors carry words meant for people; anything else is named by type.
        self.startup_error = str(error) if isinstance(error, KioskUserError) else type(error).__name__
        self.backend_failed.emit(self.startup_error)

    def is_busy(self) -> bool:
        """Whether any worker is busy (the window shows progress)."""
        return self.worker.busy or self.db.busy or self.sync_worker.busy

    # -- operator ---------------------------------------------------------------------------------
    @property
    def operator(self) -> Operator | None:
        """Who is signed in."""
        return self.session.operator

    def sign_in(self, name: str, password: str, new_password: str | None = None) -> None:
        """Unlock the store on the database worker; `operator_changed` or `sign_in_failed` follows.

        With `new_password`, the operator's password is replaced as they sign in (the core asks for
        that with `PasswordChangeRequired`; `last_error` and `last_problem` say why it failed).
        """
        self.db.submit(
            lambda: self.backend.sign_in(name, password, new_password), self._signed_in, self._sign_in_failed
        )

    def _signed_in(self, operator: Operator) -> None:
        self.session.operator = operator
        self.operator_changed.emit()
        self.go(HOME)
        self.refresh_queue()

    def _sign_in_failed(self, error: BaseException) -> None:
        self.last_error = type(error).__name__
        self.last_problem = str(getattr(error, "problem", ""))  # a rule of kiosk.passwords, if any
        self.sign_in_failed.emit()

    def sign_out(self) -> None:
        """Lock: end any visit as wiped, forget the operator and the master key."""
        self.end_visit()
        self.session.operator = None
        if self._backend is not None:  # the operator lock may fire on the sign-in screen at start
            self.db.submit(self._backend.sign_out, lambda _r: None, lambda _e: None)
        self.operator_changed.emit()
        self.go(SIGN_IN)

    # -- the visit --------------------------------------------------------------------------------
    def start_visit(self) -> None:
        """The privacy notice comes before the first card read."""
        self.session.wipe()
        self.saved = None
        self._draft_to_resume = None
        self.go(PRIVACY)

    def acknowledge_privacy(self) -> None:
        """The candidate saw the notice: now the card may be read (or a resumed draft waits for one)."""
        self.session.start(self.services.clock.now())
        draft, self._draft_to_resume = self._draft_to_resume, None
        if draft is not None:
            self.session.resume(
                draft.dossier_id, draft.members, draft.household_answers, draft.evidence, draft.lookup
            )
            if self.card_present:
                self._read_card()
            self.go(AWAITING_CARD)
            return
        if self.card_present:
            self._read_card()
        else:
            self.go(INSERT_CARD)

    def end_visit(self) -> None:
        """End the visit and wipe every trace of the candidate from screen and memory."""
        self._draft_to_resume = None
        self.pin_source.cancel_all()
        self.attesting_for = None
        self.saved = None
        self.session.wipe()
        self.wipe_screen()

    def wipe_screen(self) -> None:
        """Clear personal data from widgets and the clipboard (the session keeps the household)."""
        self.wipes += 1  # work started before a wipe (a paper rendering) compares this and drops its result
        QGuiApplication.clipboard().clear()
        self.wiped.emit()

    def go(self, screen: str) -> None:
        """Show a screen; personal screens need a card in the reader."""
        if screen in PERSONAL_SCREENS and self.session.identity is None:
            screen = AWAITING_CARD if self.session.running else HOME
        self.current_screen = screen
        self.navigate.emit(screen)

    def require(self, allowed: bool) -> None:
        """Guard for staff-only buttons: refuse even when a hidden button is clicked by code."""
        if not allowed:
            raise PermissionDenied("your role does not allow this")

    # -- card events (queued onto the GUI thread) ------------------------------------------------
    @Slot(bool)
    def _on_card_present(self, present: bool) -> None:
        self.card_present = present
        if present:
            if self.session.running:
                self._read_card()
            return
        self.pin_source.cancel_all()
        self.session.card_removed()
        self.wipe_screen()
        if self.session.running:
            self.go(AWAITING_CARD)
        self.reader_state.emit("waiting")

    def _read_card(self) -> None:
        self.reader_state.emit("reading")
        self.worker.submit(self.services.card_reader.read, self._card_read, self._card_failed)

    def _card_read(self, result: tuple[CardIdentity, bytes | None]) -> None:
        if not self.card_present or not self.session.running:
            return  # pulled while reading, or the visit ended: show nothing
        identity, photo = result
        self.reader_state.emit("read")
        if self.attesting_for is not None:
            # WIL staff's own card, to sign an attestation: not a member of the household.
            self.session.staff_card_inserted(identity, photo)
            self.go(CONFIRM)
            return
        first_card = not self.session.members
        self.session.card_inserted(identity, photo, self.services.clock.today())
        if first_card:
            self._look_up(identity.national_number)
        self.go(IDENTITY)

    def _card_failed(self, error: BaseException) -> None:
        self.last_error = type(error).__name__
        self.reader_state.emit("error")

    def _look_up(self, national_number: str) -> None:
        def found(answer: Any) -> None:
            if self.session.running:
                self.session.apply_lookup(answer)
                self.household_changed.emit()

        def offline(_error: BaseException) -> None:
            if self.session.running:
                self.session.lookup_state = "offline"
                self.household_changed.emit()

        # Offline or unknown: the visit goes on as a new registration; the household screen says so.
        self.session.lookup_state = "pending"
        self.sync_worker.submit(lambda: self.backend.lookup(national_number), found, offline)

    def deadline(self) -> date | None:
        """The last day to confirm, from the register's letter and reminder dates."""
        lookup = self.session.lookup
        if lookup is None:
            return None
        return confirm_by(
            lookup.letter_date, lookup.reminder_date, self.rules.letter_days, self.rules.reminder_days
        )

    def current_member(self) -> Member | None:
        """The member whose card is in the reader (or who is being attested)."""
        return self.session.current_member()

    def verdict_blocks(self) -> bool:
        """Whether the card in the reader needs WIL staff before the visit can go on."""
        identity = self.session.identity
        if identity is None:
            return True
        if identity.authenticity is Authenticity.TEST_CARD:
            return not self.services.training
        return identity.authenticity in {Authenticity.TAMPERED, Authenticity.UNVERIFIABLE}

    def run_on_card(
        self,
        work: Callable[[], object],
        on_done: Callable[[object], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run a blocking card call on the card worker."""
        self.worker.submit(work, on_done, on_error)

    # -- confirmations ---------------------------------------------------------------------------
    def sign_current(
        self,
        signer: Signer,
        attesting: bool,
        on_done: Callable[[object], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Have the card in the reader sign the current member's confirmation through the core.

        The core (`kiosk.confirming`) applies the authenticity policy with the visual check WIL staff
        recorded for this card, checks the roles and who may sign before the PIN is asked, builds
        the statement_v1 the card signs, and records it; `on_done` gets the `Confirmation`.
        """
        member, card = self.current_member(), self.session.identity
        try:
            if member is None or card is None:
                raise KioskUserError("no card in the reader")
            self.require_lookup_settled()
            work = self._signing(member, card, signer, attesting)
        except (KioskError, ValueError) as error:
            on_error(error)
            return
        self.run_on_card(work, on_done, on_error)

    def _signing(
        self, member: Member, card: CardIdentity, signer: Signer, attesting: bool
    ) -> Callable[[], Confirmation]:
        # Built here on the GUI thread (the session is the GUI's); signed on the card worker.
        from kiosk.confirming import attest_by_staff, confirm_with_eid
        from ui.visit_end import dossier_in_memory

        context = self.backend.context()
        now = self.services.clock.now()
        dossier = dossier_in_memory(self.session, self.session.lookup, context, now.date())
        core_member = dossier.member(member.member_id)
        visit = domain.Visit(
            context.operator,
            self.backend.terminal_id,
            context.location,
            self.session.started_at or now,
            visit_id=self.session.visit_id,
        )
        declarations = self.declarations_of(member)
        if attesting:
            return lambda: attest_by_staff(
                dossier,
                core_member,
                staff_card=card,
                signer=signer,
                visit=visit,
                declarations=declarations,
                reason=ATTESTATION_REASON,
                context=context,
                now=now,
            )
        visual_check_done = self.session.visual_check_done
        return lambda: confirm_with_eid(
            dossier,
            core_member,
            card=card,
            signer=signer,
            visit=visit,
            declarations=declarations,
            context=context,
            now=now,
            visual_check_done=visual_check_done,
            on_behalf_of_absent=self.session.on_behalf_of == member.member_id,
        )

    def declarations_of(self, member: Member) -> dict[str, object]:
        """The answers a confirmation carries: the household's and the adult's own."""
        return {**self.session.household_answers, **member.answers}

    def record_signature(self, member: Member, confirmation: Confirmation) -> None:
        """Keep the core's signed confirmation in memory until the visit is saved."""
        member.confirmation = confirmation
        attested = confirmation.method == "staff_attested"
        member.state = MemberState.ATTESTED if attested else MemberState.CONFIRMED_PIN

    # -- saving and sync --------------------------------------------------------------------------
    def finish(self) -> None:
        """Save the dossier and queue the submission (database worker), then show the receipt."""
        from ui.visit_end import finish_visit

        self.db.submit(
            lambda: finish_visit(self.backend, self.session, self.session.lookup),
            self._finished,
            self._finish_failed,
        )

    def _finished(self, saved: VisitSaved) -> None:
        self.saved = saved
        self.visit_saved.emit(saved)
        self.go(RECEIPT)
        self.refresh_queue()

    def _finish_failed(self, error: BaseException) -> None:
        self.last_error = type(error).__name__
        self.visit_saved.emit(error)

    def save_draft(self) -> None:
        """Inactivity ended the visit: keep what was done as a saved dossier (database worker).

        A copy of the household is handed over before the screen and memory are wiped; signed
        confirmations in it are queued as usual, the rest waits as a draft for the next visit.
        """
        if not self.session.members or self.saved is not None:
            return
        household = copy.deepcopy(self.session)
        household.identity, household.photo = None, None  # the photo is never stored
        from ui.visit_end import finish_visit

        def saved(result: object) -> None:
            self.draft_saved.emit(result)
            self.refresh_queue()

        self.db.submit(
            lambda: finish_visit(self.backend, household, household.lookup),
            saved,
            lambda error: self.draft_saved.emit(error),
        )

    def sync_now(self) -> None:
        """One sync pass on the sync worker; then the queue and any dossier number are refreshed."""
        if self.syncing:
            return
        if self._backend is None:
            self._sync_when_ready = True  # the first pass runs as soon as the back end is up
            return
        self.syncing = True
        self.sync_worker.submit(self.backend.sync_once, self._synced, self._synced)

    def _synced(self, report: object) -> None:
        self.syncing = False
        self.sync_finished.emit(report)
        self.refresh_queue()
        saved = self.saved
        if saved is not None:
            from ui.visit_end import dossier_number

            self.db.submit(
                lambda: dossier_number(self.backend, saved.dossier_id), self._dossier_number, lambda _e: None
            )

    def _dossier_number(self, number: object) -> None:
        if isinstance(number, str) and self.saved is not None:
            self.dossier_number_known.emit(number)

    def refresh_queue(self) -> None:
        """Ask the database worker for the queue's counts."""
        if self._backend is None:
            return
        self.db.submit(self.backend.waiting, self.queue_changed.emit, lambda _e: None)

    def print_service(self) -> PrintService:
        """The printer (CUPS `lp`), with papers spooled encrypted until printed.

        The spool key is derived from the device key (`DeviceKeys.print_spool_key`): a paper that
        did not print survives a restart and can be printed again (`retry_pending`).
        """
        if self._print_service is None:
            from ui.printing import LpPrinter, PrintService, spool_for

            spool = spool_for(self.backend.store.data_dir, self.backend.store.device.print_spool_key)
            self._print_service = PrintService(spool, LpPrinter(self.printer_destination))
        return self._print_service

    # -- printing: the printer setting ------------------------------------------------------------
    def use_printer(self, destination: str) -> None:
        """Print to this CUPS queue (the `printer` setting; empty: the system's default printer).

        Said at start-up, before the back end (and so the spool) exists: kept until the first paper.
        """
        self.printer_destination = destination
        if self._print_service is not None:
            from ui.printing import LpPrinter

            self._print_service.printer = LpPrinter(destination)

    # -- rules texts -----------------------------------------------------------------------------
    def rule_text(self, text_key: str, dutch: str) -> str:
        """A text of the rules file in the current language (Dutch when no translation exists)."""
        if not dutch:
            return ""
        return QCoreApplication.translate("RulesText", dutch)

    def evidence_text(self, evidence_type: str) -> str:
        """The plain-language name of an evidence type."""
        known = self.rules.evidence_types.get(evidence_type)
        return self.rule_text(known.text_key, known.text_nl) if known else evidence_type

    def required_evidence(self) -> list[EvidenceItem]:
        """The evidence the household's and the current adult's answers require, in order."""
        wanted: list[tuple[str, str | None]] = [
            (e, None) for e in self.rules.required_evidence(self.session.household_answers, "household")
        ]
        member = self.current_member()
        if member is not None:
            wanted += [
                (e, member.member_id) for e in self.rules.required_evidence(member.answers, "every_adult")
            ]
        items = []
        for evidence_type, member_id in wanted:
            key = (evidence_type, member_id)
            if key not in self.session.evidence:
                self.session.evidence[key] = EvidenceItem(evidence_type, member_id)
            items.append(self.session.evidence[key])
        return items

    # -- staff routes: visual check, volmacht, the register's answer before signing (issue 6) --------
    def lookup_pending(self) -> bool:
        """Whether the register's answer about this household is still on its way."""
        return self.session.lookup_state == "pending"

    def require_lookup_settled(self) -> None:
        """Refuse to sign before the register answered (found, unknown or offline).

        The statement carries the household key: the register's candidate number once known, else
        the reference tenant's national number. Signing before the answer would sign one key and save
        the dossier under the other.
        """
        if self.lookup_pending():
            raise KioskUserError("still looking up the household at the register")

    def record_visual_check(
        self, on_done: Callable[[], None], on_error: Callable[[BaseException], None]
    ) -> None:
        """WIL staff checked the doubtful card in the reader: audit it (database worker), then go on.

        The card counts as checked only once the core wrote the audit event, and only while that same
        card stays in the reader.
        """
        from ui.staff_routes import audit_visual_check

        operator, identity = self.operator, self.session.identity
        if operator is None or not operator.may(domain.Action.ACCEPT_AFTER_VISUAL_CHECK):
            raise PermissionDenied("your role does not allow this")
        if identity is None:
            raise PermissionDenied("no card in the reader to check")
        verdict, visit_id = identity.authenticity, self.session.visit_id

        def audited(_result: object) -> None:
            if self.session.identity is identity:
                self.session.record_visual_check()
                on_done()

        self.db.submit(lambda: audit_visual_check(self.backend, verdict, visit_id), audited, on_error)

    def confirm_on_behalf(self, absent_id: str) -> None:
        """The adult with their card in the reader answers and signs for an absent adult (volmacht)."""
        self.session.start_on_behalf(absent_id)
        self.go(DECLARATIONS)

    def record_on_behalf(self, absent: Member, confirmation: Confirmation) -> None:
        """Keep the confirmation signed under a volmacht; back to the signer's own card."""
        absent.confirmation = confirmation
        absent.state = MemberState.CONFIRMED_BY_VOLMACHT
        self.session.end_on_behalf()

    # -- drafts and the home overview (ui/drafts.py; the store is read on the database worker) ----
    home_changed = Signal(object)  # ui.drafts.HomeOverview, or an exception
    draft_resume_failed = Signal(object)  # the exception when a draft could not be opened

    def refresh_home(self) -> None:
        """Ask the database worker for the drafts, the dossiers at risk and the queue's health."""
        from ui import drafts

        self.db.submit(
            lambda: drafts.home_overview(self.backend), self.home_changed.emit, self.home_changed.emit
        )

    def resume_draft(self, dossier_id: str) -> None:
        """Open a saved draft (database worker); the privacy notice, then the next adult's card.

        One resume at a time: a second press (or a double-click on the list) while the first is
        opening is ignored, and a draft that arrives after a new visit started is dropped.
        """
        from ui import drafts

        if self._resuming is not None or self.session.running:
            return
        self._resuming = dossier_id
        self.db.submit(
            lambda: drafts.load_draft(self.backend, dossier_id), self._draft_loaded, self._draft_failed
        )

    def _draft_loaded(self, draft: Any) -> None:
        resuming, self._resuming = self._resuming, None
        if self.session.operator is None or self.session.running or draft.dossier_id != resuming:
            return  # signed out, or another visit began, while the draft was opening
        self.session.wipe()
        self.saved = None
        # The next adult is usually someone else: they see what is read from their eID first.
        self._draft_to_resume = draft
        self.go(PRIVACY)

    def _draft_failed(self, error: BaseException) -> None:
        self._resuming = None
        self.last_error = type(error).__name__
        self.draft_resume_failed.emit(error)

    def shutdown(self) -> None:
        """Release the workers (the window is closing)."""
        self.pin_source.cancel_all()
        for worker in (self.worker, self.db, self.sync_worker):
            worker.shutdown()
