"""The visit controller: card events, navigation, wipes and the back end, on the GUI thread.

It owns the visit session and three workers (STYLE: one for the card, one for the database, one
for sync), and tells the main window which screen to show. Card monitor events may arrive from
another thread (pyscard calls observers on its own thread); `card_present_changed` is a Qt signal,
so emitting it from there queues the event onto the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from kiosk.domain import Confirmation, confirm_by
from kiosk.errors import PermissionDenied
from kiosk.ports import Authenticity, CardIdentity, Clock, EidSignature, Signer
from kiosk.rules import Rules
from kiosk.statement import declarations_digest, statement_fields
from ui.backend import Backend
from ui.card_worker import CardWorker, GuiPinSource
from ui.session import EvidenceItem, Member, MemberState, Operator, VisitSession
from ui.visit_end import VisitSaved, dossier_number, finish_visit


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

# Screens that show a candidate's personal data: without a card in the reader they are unreachable.
PERSONAL_SCREENS = frozenset({IDENTITY, HOUSEHOLD, DECLARATIONS, EVIDENCE, CONFIRM, REVIEW})


@dataclass
class Services:
    """What the composition root injects."""

    clock: Clock
    card_reader: CardReader
    backend: Backend
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

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.backend = services.backend
        self.rules: Rules = services.backend.rules
        self.session = VisitSession()
        self.worker = CardWorker(self, "card-worker")
        self.db = CardWorker(self, "database-worker")
        self.sync_worker = CardWorker(self, "sync-worker")
        for worker in (self.worker, self.db, self.sync_worker):
            worker.busy_changed.connect(lambda _busy: self.busy.emit(self.is_busy()))
        self.pin_source = services.pin_source
        self.card_present = False
        self.last_error = ""
        self.current_screen = SIGN_IN
        self.attesting_for: str | None = None  # member id WIL staff is attesting with their own card
        self.saved: VisitSaved | None = None  # the visit on the receipt screen
        self.syncing = False
        self.card_present_changed.connect(self._on_card_present)

    def is_busy(self) -> bool:
        """Whether any worker is busy (the window shows progress)."""
        return self.worker.busy or self.db.busy or self.sync_worker.busy

    # -- operator ---------------------------------------------------------------------------------
    @property
    def operator(self) -> Operator | None:
        """Who is signed in."""
        return self.session.operator

    def sign_in(self, name: str, password: str) -> None:
        """Unlock the store on the database worker; `operator_changed` or `sign_in_failed` follows."""
        self.db.submit(lambda: self.backend.sign_in(name, password), self._signed_in, self._sign_in_failed)

    def _signed_in(self, operator: Operator) -> None:
        self.session.operator = operator
        self.operator_changed.emit()
        self.go(HOME)
        self.refresh_queue()

    def _sign_in_failed(self, error: BaseException) -> None:
        self.last_error = type(error).__name__
        self.sign_in_failed.emit()

    def sign_out(self) -> None:
        """Lock: end any visit as wiped, forget the operator and the master key."""
        self.end_visit()
        self.session.operator = None
        self.db.submit(self.backend.sign_out, lambda _r: None, lambda _e: None)
        self.operator_changed.emit()
        self.go(SIGN_IN)

    # -- the visit --------------------------------------------------------------------------------
    def start_visit(self) -> None:
        """The privacy notice comes before the first card read."""
        self.session.wipe()
        self.saved = None
        self.go(PRIVACY)

    def acknowledge_privacy(self) -> None:
        """The candidate saw the notice: now the card may be read."""
        self.session.start(self.services.clock.now())
        if self.card_present:
            self._read_card()
        else:
            self.go(INSERT_CARD)

    def end_visit(self) -> None:
        """End the visit and wipe every trace of the candidate from screen and memory."""
        self.pin_source.cancel_all()
        self.attesting_for = None
        self.saved = None
        self.session.wipe()
        self.wipe_screen()

    def wipe_screen(self) -> None:
        """Clear personal data from widgets and the clipboard (the session keeps the household)."""
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
            self.session.identity, self.session.photo = identity, photo
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
    def statement_for(self, member: Member, signer_national_number: str, kind: str) -> dict[str, object]:
        """The statement_v1 fields this member's confirmation (or its attestation) signs."""
        declarations = self.declarations_of(member)
        hashes = [
            f.sha256
            for item in self.session.evidence.values()
            for f in item.files
            if item.member_id in (None, member.member_id)
        ]
        return statement_fields(
            kind=kind,  # type: ignore[arg-type]
            visit_id=self.session.visit_id,
            household_key=self.session.household_key(),
            national_number=signer_national_number,
            subject_national_number=member.national_number or "",
            declarations_sha256=declarations_digest(declarations),
            evidence_sha256=hashes,
            confirmed_at=self.services.clock.now(),
            terminal_id=self.backend.terminal_id,
        )

    def declarations_of(self, member: Member) -> dict[str, object]:
        """The answers a confirmation carries: the household's and the adult's own."""
        return {**self.session.household_answers, **member.answers}

    def record_signature(
        self, member: Member, fields: dict[str, object], signature: EidSignature, attested: bool
    ) -> None:
        """Keep the signed confirmation in memory until the visit is saved."""
        operator = self.operator.name if self.operator else ""
        member.confirmation = Confirmation(
            method="staff_attested" if attested else "eid_signature",
            statement_fields=fields,
            signature=signature,
            declarations=self.declarations_of(member),
            confirmed_at=self.services.clock.now(),
            terminal_id=self.backend.terminal_id,
            operator=operator,
            attestation_reason="no PIN" if attested else None,
        )
        member.state = MemberState.ATTESTED if attested else MemberState.CONFIRMED_PIN

    # -- saving and sync --------------------------------------------------------------------------
    def finish(self) -> None:
        """Save the dossier and queue the submission (database worker), then show the receipt."""
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

    def sync_now(self) -> None:
        """One sync pass on the sync worker; then the queue and any dossier number are refreshed."""
        if self.syncing:
            return
        self.syncing = True
        self.sync_worker.submit(self.backend.sync_once, self._synced, self._synced)

    def _synced(self, report: object) -> None:
        self.syncing = False
        self.sync_finished.emit(report)
        self.refresh_queue()
        saved = self.saved
        if saved is not None:
            self.db.submit(
                lambda: dossier_number(self.backend, saved.dossier_id), self._dossier_number, lambda _e: None
            )

    def _dossier_number(self, number: object) -> None:
        if isinstance(number, str) and self.saved is not None:
            self.dossier_number_known.emit(number)

    def refresh_queue(self) -> None:
        """Ask the database worker for the queue's counts."""
        self.db.submit(self.backend.waiting, self.queue_changed.emit, lambda _e: None)

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

    def shutdown(self) -> None:
        """Release the workers (the window is closing)."""
        self.pin_source.cancel_all()
        for worker in (self.worker, self.db, self.sync_worker):
            worker.shutdown()
