"""The terminal between visits: the back end, the signed-in operator, sync, alerts and the printer.

It owns the three workers (STYLE: one for the card, one for the database, one for sync) and the
back end, which loads on the database worker behind the first screen. Everything about a visit
lives in `ui.controller.VisitController`, which uses this.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

from kiosk.domain import Action, Role, allowed
from kiosk.errors import KioskUserError, PermissionDenied
from kiosk.ports import CardIdentity, Clock, Signer
from ui.card_worker import CardWorker, GuiPinSource
from ui.operator_alerts import OperatorAlerts

if TYPE_CHECKING:
    # The back end pulls in SQLAlchemy, Alembic, the register client and the documents: they load
    # on the database worker when first needed, so the first screen shows at once.
    from kiosk.visit_store import HomeOverview
    from ui.backend import Backend
    from ui.printing import PrintService


class CardReader(Protocol):
    """What the kiosk needs from the card side."""

    reader_name: str

    def read(self) -> tuple[CardIdentity, bytes | None]:
        """Read identity and photo (blocking; runs on the card worker)."""
        ...

    def signer(self) -> Signer | None:
        """A signer for the card in the reader, or None when the reader is empty."""
        ...


@dataclass(frozen=True)
class Operator:
    """A signed-in operator: a name (not personal data of a candidate) and roles."""

    name: str
    roles: frozenset[Role]

    def may(self, action: Action) -> bool:
        """Whether this operator's roles allow `action` (the core's roles table)."""
        return allowed(self.roles, action)


class BackendNotReady(KioskUserError):
    """The back end is still starting, or could not start."""


class RefusalKind(enum.StrEnum):
    """Why a sign-in did not go through (the sign-in screen has a sentence for each)."""

    WRONG = "wrong"  # name or password (never said which)
    LOCKED = "locked"  # too many wrong passwords: wait a few minutes
    NOT_READY = "not_ready"  # the back end is still starting, or could not start
    PASSWORD_CHANGE_REQUIRED = "password_change_required"  # noqa: S105 - a kind: set before the rules
    NEW_PASSWORD_REFUSED = "new_password_refused"  # noqa: S105 - a kind: the new one breaks a rule


class SignInRefusal(KioskUserError):
    """A refused sign-in, by kind."""

    def __init__(self, kind: RefusalKind, problem: str = "") -> None:
        super().__init__(f"sign-in refused: {kind.value}")
        self.kind = kind
        self.problem = problem  # a rule of kiosk.passwords, for a translated sentence


@dataclass
class Services:
    """What the composition root injects; the back end follows (`attach_backend`, `load_backend`)."""

    clock: Clock
    card_reader: CardReader
    training: bool
    pin_source: GuiPinSource


class Terminal(QObject):
    """The terminal's back end, operator, sync and printer (see the module docstring)."""

    busy = Signal(bool)
    operator_changed = Signal()
    sign_in_failed = Signal(SignInRefusal)
    queue_changed = Signal(object)  # dict of counts per state
    sync_finished = Signal(object)  # SyncReport, or an exception
    alerts_changed = Signal()
    home_changed = Signal(object)  # kiosk.visit_store.HomeOverview, or an exception
    backend_ready = Signal()
    backend_failed = Signal(str)  # why the back end could not start (a KioskUserError's words)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._backend: Backend | None = None
        self.backend_loader: Callable[[], Backend] | None = None
        self.startup_error = ""
        self.operator: Operator | None = None
        self.card = CardWorker(self, "card-worker")
        self.db = CardWorker(self, "database-worker")
        self.sync_worker = CardWorker(self, "sync-worker")
        for worker in (self.card, self.db, self.sync_worker):
            worker.busy_changed.connect(lambda _busy: self.busy.emit(self.is_busy()))
        self.alerts = OperatorAlerts()
        self.home: HomeOverview | None = None
        self.syncing = False
        self._sync_when_ready = False
        self.printer_destination = ""  # the `printer` setting: a CUPS queue, "" for the default
        self._print_service: PrintService | None = None
        self.sync_listeners: list[Callable[[], None]] = []  # run after every sync pass

    # -- the back end ------------------------------------------------------------------------
    @property
    def backend(self) -> Backend:
        """The store, register and outbox; `BackendNotReady` until loaded."""
        if self._backend is None:
            raise BackendNotReady(self.startup_error or "the kiosk is still starting")
        return self._backend

    @property
    def backend_loaded(self) -> bool:
        """Whether the back end is there (the sign-in screen says "starting" until then)."""
        return self._backend is not None

    def load_backend(self, load: Callable[[], Backend]) -> None:
        """Build the back end on the database worker while the first screen is already up.

        It is the database worker's first job and installs the back end before returning, so a
        sign-in queued behind it finds the back end in place.
        """
        self.db.submit(
            lambda: self.attach_backend(load()), lambda _r: self._backend_loaded(), self._load_failed
        )

    def attach_backend(self, backend: Backend) -> None:
        """Install the back end (the composition root, or the database worker in `load_backend`)."""
        self._backend = backend

    def _backend_loaded(self) -> None:
        self.backend_ready.emit()
        if self._sync_when_ready:
            self._sync_when_ready = False
            self.sync_now()

    def _load_failed(self, error: BaseException) -> None:
        # Only the core's user errors carry words meant for people; anything else is named by type.
        self.startup_error = str(error) if isinstance(error, KioskUserError) else type(error).__name__
        self.backend_failed.emit(self.startup_error)

    def is_busy(self) -> bool:
        """Whether any worker is busy (the window shows progress)."""
        return self.card.busy or self.db.busy or self.sync_worker.busy

    # -- the operator ------------------------------------------------------------------------
    def sign_in(self, name: str, password: str, new_password: str | None = None) -> None:
        """Unlock the store on the database worker; `operator_changed` or `sign_in_failed` follows.

        With `new_password`, the operator's password is replaced as they sign in (the core asks for
        that with `PasswordChangeRequired` when a password was set before today's rules).
        """
        self.db.submit(
            lambda: self.backend.sign_in(name, password, new_password), self._signed_in, self._sign_in_failed
        )

    def _signed_in(self, operator: Operator) -> None:
        self.operator = operator
        self.operator_changed.emit()
        self.refresh_queue()

    def _sign_in_failed(self, error: BaseException) -> None:
        from kiosk.store import OperatorLocked, OperatorRefused, PasswordChangeRequired

        if isinstance(error, PasswordChangeRequired):
            refusal = SignInRefusal(RefusalKind.PASSWORD_CHANGE_REQUIRED, error.problem)
        elif isinstance(error, OperatorRefused):
            refusal = SignInRefusal(RefusalKind.NEW_PASSWORD_REFUSED, error.problem)
        elif isinstance(error, OperatorLocked):
            refusal = SignInRefusal(RefusalKind.LOCKED)
        elif isinstance(error, BackendNotReady):
            refusal = SignInRefusal(RefusalKind.NOT_READY)
        else:
            refusal = SignInRefusal(RefusalKind.WRONG)
        self.sign_in_failed.emit(refusal)

    def sign_out(self) -> None:
        """Forget the operator and the master key."""
        self.operator = None
        self.home = None
        if self._backend is not None:  # the operator lock may fire on the sign-in screen at start
            self.db.submit(self._backend.sign_out, lambda _r: None, lambda _e: None)
        self.operator_changed.emit()

    def require(self, allowed: bool) -> None:
        """Guard for staff-only buttons: refuse even when a hidden button is clicked by code."""
        if not allowed:
            raise PermissionDenied("your role does not allow this")

    # -- sync, the queue and the home overview ---------------------------------------------------
    def sync_now(self) -> None:
        """One sync pass on the sync worker; then the queue, the alerts and the home overview."""
        if self.syncing:
            return
        if self._backend is None:
            self._sync_when_ready = True  # the first pass runs as soon as the back end is up
            return
        self.syncing = True
        self.sync_worker.submit(self.backend.sync_once, self._synced, self._synced)

    def _synced(self, report: object) -> None:
        self.syncing = False
        self.alerts.add_report(report)
        self.alerts_changed.emit()
        self.sync_finished.emit(report)
        self.refresh_queue()
        for listener in self.sync_listeners:
            listener()

    def refresh_queue(self) -> None:
        """Ask the database worker for the queue's counts."""
        if self._backend is None:
            return
        self.db.submit(self.backend.waiting, self.queue_changed.emit, lambda _e: None)

    def refresh_home(self) -> None:
        """Drafts, dossiers at risk, the queue's health and the offline lease (database worker)."""
        from kiosk.visit_store import home_overview

        if self._backend is None or self.operator is None:
            return
        backend = self.backend
        self.db.submit(lambda: home_overview(backend), self._home_arrived, self.home_changed.emit)

    def _home_arrived(self, overview: HomeOverview) -> None:
        self.home = overview
        self.alerts.set_lease(overview.lease)
        self.alerts_changed.emit()
        self.home_changed.emit(overview)

    # -- printing --------------------------------------------------------------------------------
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

    def use_printer(self, destination: str) -> None:
        """Print to this CUPS queue (the `printer` setting; empty: the system's default printer)."""
        self.printer_destination = destination
        if self._print_service is not None:
            from ui.printing import LpPrinter

            self._print_service.printer = LpPrinter(destination)

    def shutdown(self) -> None:
        """Release the workers (the window is closing)."""
        self.services.pin_source.cancel_all()
        for worker in (self.card, self.db, self.sync_worker):
            worker.shutdown()
