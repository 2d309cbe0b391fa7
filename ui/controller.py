"""The visit controller: card events, navigation and wipes, on the GUI thread.

It owns the visit session and the card worker, and tells the main window which screen to show.
Card monitor events may arrive from another thread (pyscard calls observers on its own thread);
`card_present_changed` is a Qt signal, so connecting a monitor to it queues them onto the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

from kiosk.errors import PermissionDenied
from kiosk.ports import Authenticity, CardIdentity, Clock, Signer
from kiosk.rules import Rules, load_rules
from ui.card_worker import CardWorker, GuiPinSource
from ui.session import EvidenceItem, Member, Operator, VisitSession
from ui.training import SignInRefused


class CardReader(Protocol):
    """What the controller needs from the card side (the stand-in now, cardreader later)."""

    reader_name: str

    def read(self) -> tuple[CardIdentity, bytes | None]:
        """Read identity and photo (blocking; runs on the card worker)."""
        ...

    def signer(self) -> Signer | None:
        """A signer for the card in the reader, or None when signing is not available."""
        ...


class OperatorDirectory(Protocol):
    """Signs operators in."""

    def sign_in(self, name: str, password: str) -> Operator:
        """Return the operator or raise `SignInRefused`."""
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

# Screens that show a candidate's personal data: leaving the card out makes them unreachable.
PERSONAL_SCREENS = frozenset({IDENTITY, HOUSEHOLD, DECLARATIONS, EVIDENCE, CONFIRM, REVIEW})


@dataclass
class Services:
    """What the composition root injects."""

    clock: Clock
    card_reader: CardReader
    operators: OperatorDirectory
    training: bool
    pin_source: GuiPinSource
    rules: Rules = field(default_factory=load_rules)


class VisitController(QObject):
    """Drives one terminal's visits; screens call it, it calls back through signals."""

    navigate = Signal(str)
    wiped = Signal()
    card_present_changed = Signal(bool)
    reader_state = Signal(str)  # "waiting" | "reading" | "error"
    busy = Signal(bool)
    operator_changed = Signal()

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.rules = services.rules
        self.session = VisitSession()
        self.worker = CardWorker(self)
        self.worker.busy_changed.connect(self.busy)
        self.pin_source = services.pin_source
        self.card_present = False
        self.last_error = ""
        self.current_screen = SIGN_IN
        self.card_present_changed.connect(self._on_card_present)

    # -- operator ---------------------------------------------------------------------------------
    @property
    def operator(self) -> Operator | None:
        """Who is signed in."""
        return self.session.operator

    def sign_in(self, name: str, password: str) -> bool:
        """Sign an operator in; False (and `last_error`) when refused."""
        try:
            self.session.operator = self.services.operators.sign_in(name, password)
        except SignInRefused:
            self.last_error = "refused"
            return False
        self.operator_changed.emit()
        self.go(HOME)
        return True

    def sign_out(self) -> None:
        """Lock: end any visit as wiped, forget the operator."""
        self.end_visit()
        self.session.operator = None
        self.operator_changed.emit()
        self.go(SIGN_IN)

    # -- the visit --------------------------------------------------------------------------------
    def start_visit(self) -> None:
        """The privacy notice comes before the first card read."""
        self.session.wipe()
        self.go(PRIVACY)

    def acknowledge_privacy(self) -> None:
        """The candidate saw the notice: now the card may be read."""
        self.session.start()
        if self.card_present:
            self._read_card()
        else:
            self.go(INSERT_CARD)

    def end_visit(self) -> None:
        """End the visit and wipe every trace of the candidate from screen and memory."""
        self.pin_source.cancel_all()
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
        self.session.card_inserted(identity, photo, self.services.clock.today())
        self.reader_state.emit("read")
        self.go(IDENTITY)

    def _card_failed(self, error: BaseException) -> None:
        self.last_error = type(error).__name__
        self.reader_state.emit("error")

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

    def current_member(self) -> Member | None:
        """The member whose card is in the reader."""
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

    def shutdown(self) -> None:
        """Release the worker (the window is closing)."""
        self.pin_source.cancel_all()
        self.worker.shutdown()
