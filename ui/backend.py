"""The kiosk's back end as the GUI uses it: the store, the register client, the outbox and sync.

`Backend` is built by the composition root; its methods block (database, network) and are called
on the database or sync worker, never on the GUI thread. `start_training` builds training mode's
back end: its own data directory, every secret in a file store there, the register simulator
in-process on loopback with the training fixture, the terminal self-enrolled on first start, and
the demo operators `vrijwilliger`, `wil` and `coordinator` (password `kiosk.store.TRAINING_PASSWORD`).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from kiosk import outbox as core_outbox
from kiosk.domain import Action, OperatorContext
from kiosk.errors import KioskUserError, PermissionDenied
from kiosk.keys import training_secret_store
from kiosk.offices import WONEN_IN_LIMBURG, OfficeSetting
from kiosk.passwords import FORMER_TRAINING_PASSWORD, TRAINING_PASSWORD
from kiosk.ports import Clock, HouseholdLookup, Offline, SecretStore, SubmissionEncoder
from kiosk.queries import StatisticsRow, statistics
from kiosk.rules import Rules, load_rules
from kiosk.store import (
    TRAINING_OPERATORS,
    OperatorInfo,
    SignInFailed,
    Store,
    Unlocked,
    add_operator,
    format_roles,
    list_operators,
    load_enrollment,
    load_terminal_token,
)
from sync.client import HttpRegisterLookup, RegisterClient
from sync.encoder import JsonSubmissionEncoder
from sync.engine import SyncBusy, SyncEngine, SyncReport
from sync.enrollment import enroll_training_terminal
from sync.errors import SyncError
from sync.reporting import SyncLog
from sync.simulator.server import RunningSimulator, running_simulator
from sync.store_outbox import StoreOutbox, StoreRestores
from ui.adapters import TRAINING_DIR
from ui.terminal import Operator

LOCATION_TRAINING = "oefenmodus"
log = logging.getLogger(__name__)


class SignInRefused(KioskUserError):
    """Wrong name or password (the message never says which)."""


@dataclass
class Backend:
    """The store, the register and the outbox of one terminal (see the module docstring)."""

    store: Store
    clock: Clock
    register_url: str
    terminal_id: str
    token: str
    training: bool
    rules: Rules = field(default_factory=load_rules)
    unlocked: Unlocked | None = None
    encoder: SubmissionEncoder = field(default_factory=JsonSubmissionEncoder)
    ca_bundle: str | None = None  # a WIL gateway's own CA (settings), else the system's trust
    office: OfficeSetting = WONEN_IN_LIMBURG  # the office named on the papers (settings)
    _closers: list[contextlib.ExitStack] = field(default_factory=list)
    _sync_log: SyncLog = field(default_factory=SyncLog)

    # -- operators ---------------------------------------------------------------------------
    def sign_in(self, name: str, password: str, new_password: str | None = None) -> Operator:
        """Unlock the store with an operator's password (the core's argon2id check).

        The core's `PasswordChangeRequired` passes through: the sign-in screen then asks for a new
        password and signs in again with `new_password`.
        """
        try:
            unlocked = self.store.sign_in(name.strip(), password, self.clock.now(), new_password)
        except SignInFailed:
            former = self._former_training_password(name.strip(), password)
            if former is None:
                log.info("sign-in refused")  # who tried is in the audit trail, not in the log
                raise SignInRefused("name or password not right") from None
            unlocked = former
        self.unlocked = unlocked
        log.info("signed in: %s", format_roles(unlocked.roles))
        return Operator(unlocked.operator, unlocked.roles)

    def _former_training_password(self, name: str, password: str) -> Unlocked | None:
        """A training directory from before the password rules: its operators still have "oefen".

        The published training password opens them once, through the former one, and becomes theirs.
        """
        if not self.training or password != TRAINING_PASSWORD:
            return None
        try:
            return self.store.sign_in(name, FORMER_TRAINING_PASSWORD, self.clock.now(), TRAINING_PASSWORD)
        except SignInFailed:
            return None

    def sign_out(self) -> None:
        """Forget the master key."""
        self.unlocked = None

    def context(self) -> OperatorContext:
        """The signed-in operator's context for the core's permission checks."""
        if self.unlocked is None:
            raise KioskUserError("nobody is signed in")
        location = LOCATION_TRAINING if self.training else "terminal"
        return self.unlocked.context(self.terminal_id, location, self.training)

    # -- the register ------------------------------------------------------------------------
    def client(self) -> RegisterClient:
        """A register client for this terminal (close it after use)."""
        return RegisterClient(self.register_url, self.token, ca_bundle=self.ca_bundle, timeout=5.0)

    def lookup(self, national_number: str) -> HouseholdLookup | None:
        """Find a household at the register; `Offline` when it cannot be reached."""
        with self.client() as client:
            return HttpRegisterLookup(client).lookup(national_number)

    def sync_once(self) -> SyncReport:
        """One sync pass: send what waits, pull dossier numbers (on the sync worker)."""
        outbox = StoreOutbox(self.store, self.clock.now())
        with self.client() as client:
            engine = SyncEngine(
                client,
                outbox,
                self.clock,
                terminal_id=self.terminal_id,
                lock_path=self.store.data_dir / "sync.lock",
                audit_head=outbox.audit_head,
                audit_head_at=outbox.audit_head_at,
                restores=StoreRestores(self.store.data_dir),
            )
            try:
                report = engine.run_once()
            except SyncBusy:
                report = SyncReport()
                report.warnings.append("busy")
        self._sync_log.record(report, outbox.counts())
        self._daily_backup()
        # A newer rules file the register published counts from the next visit on (a running visit
        # keeps the rules it began with).
        self.rules = load_rules(self.store.data_dir)
        return report

    def _daily_backup(self) -> None:
        """The daily encrypted backup (kiosk/backup.py) rides on the sync worker; it never fails a sync."""
        from kiosk.backup import backup_if_due, backup_settings
        from kiosk.config import load_settings
        from kiosk.errors import KioskError

        try:
            backup_if_due(self.store, self.clock.now(), backup_settings(load_settings(self.store.data_dir)))
        except (KioskError, OSError) as error:
            log.warning("the daily backup failed: %s", error)

    def waiting(self) -> dict[str, int]:
        """Outbox entries per state (queued, sending, quarantined)."""
        return StoreOutbox(self.store, self.clock.now()).counts()

    # -- the coordinator's screens (the core checks the role) ---------------------------------
    def operators(self) -> list[OperatorInfo]:
        """Every operator with roles and state."""
        self._require(Action.MANAGE_OPERATORS)
        with self.store.begin() as session:
            return list_operators(session)

    def quarantined(self) -> list[tuple[int, str, datetime]]:
        """(entry id, reason, queued at) of every entry the register refused for good."""
        self._require(Action.REQUEUE)
        with self.store.begin() as session:
            return [(e.id, e.last_error or "", e.created_at) for e in core_outbox.quarantined(session)]

    def requeue(self, entry_id: int) -> None:
        """Put a quarantined entry back in the queue: the core checks the role and audits it."""
        if self.unlocked is None:
            raise PermissionDenied("nobody is signed in")
        with self.store.begin() as session:
            core_outbox.requeue_by(session, self.unlocked, entry_id, self.clock.now())

    def statistics(self, days: int = 30) -> list[StatisticsRow]:
        """Per day and location over the last `days` days."""
        self._require(Action.STATISTICS)
        today = self.clock.today()
        with self.store.begin() as session:
            return statistics(
                session, today - timedelta(days=days), today, at_risk_days=self.rules.due_soon_days
            )

    def _require(self, action: Action) -> None:
        if self.unlocked is None:
            raise PermissionDenied("nobody is signed in")
        self.unlocked.require(action)

    # -- operators on the coordinator's screen (the core checks the role and audits) ----------
    def add_operator(self, name: str, roles: frozenset[str], password: str) -> None:
        """Add an operator with these role values (volunteer, wil_staff, coordinator)."""
        from kiosk.domain import Role
        from kiosk.store import add_operator as core_add_operator

        unlocked = self._signed_in()
        with self.store.begin() as session:
            chosen = frozenset(Role(role) for role in roles)
            core_add_operator(session, unlocked, name.strip(), chosen, password, self.clock.now())

    def disable_operator(self, name: str) -> None:
        """Disable an operator; the core refuses the last active coordinator (`PermissionDenied`)."""
        from kiosk.store import disable_operator as core_disable_operator

        unlocked = self._signed_in()
        with self.store.begin() as session:
            core_disable_operator(session, unlocked, name, self.clock.now())

    def set_operator_password(self, name: str, password: str) -> None:
        """Give an operator a new password (anyone's for a coordinator, one's own otherwise)."""
        from kiosk.store import set_password as core_set_password

        unlocked = self._signed_in()
        with self.store.begin() as session:
            core_set_password(session, unlocked, name, password, self.clock.now())

    def _signed_in(self) -> Unlocked:
        if self.unlocked is None:
            raise PermissionDenied("nobody is signed in")
        return self.unlocked

    def close(self) -> None:
        """Close the store and stop the in-process simulator."""
        self.unlocked = None
        self.store.close()
        for stack in self._closers:
            stack.close()


def open_production(data_dir: Path, clock: Clock, ca_bundle: str = "") -> Backend:
    """The production back end: the store under the OS keyring, the register from the enrollment."""
    from kiosk.keys import KeyringSecretStore

    secrets = KeyringSecretStore(data_dir)
    store = Store.open(data_dir, secrets, check_pages=True)  # a damaged page says so now, not mid-visit
    try:
        with store.begin() as session:
            record = load_enrollment(session, store)
        token = load_terminal_token(secrets)
        if record is None or token is None:
            raise KioskUserError("this terminal is not enrolled: run `kiosk enroll` first")
        if record.practice:
            raise KioskUserError("this data directory is a training one: use `kiosk demo`")
    except BaseException:
        store.close()
        raise
    backend = Backend(
        store,
        clock,
        record.register_url,
        record.terminal_id,
        token.decode(),
        training=False,
        rules=load_rules(data_dir),  # a newer valid rules file WIL published wins, as for `kiosk sync`
    )
    backend.ca_bundle = ca_bundle or None
    log.info("store open: terminal %s, register %s", record.terminal_id, record.register_url)
    return backend


def start_training(data_dir: Path, clock: Clock) -> Backend:
    """Training mode's back end; enrolls with the in-process simulator on first start."""
    data_dir.mkdir(parents=True, exist_ok=True)
    secrets = training_secret_store(data_dir)
    stack = contextlib.ExitStack()
    simulator: RunningSimulator = stack.enter_context(
        # The register on the kiosk's clock: one "today" for both sides of a practice visit.
        running_simulator(
            f"sqlite:///{data_dir / 'register-sim.db'}", _register_trust(data_dir), clock=clock
        )
    )
    try:
        store = _open_or_enroll(data_dir, secrets, simulator, clock)
        with store.begin() as session:
            record = load_enrollment(session, store)
        token = load_terminal_token(secrets)
        if record is None or token is None:
            raise KioskUserError("the training store is not enrolled")
    except BaseException:
        stack.close()
        raise
    backend = Backend(
        store,
        clock,
        simulator.base_url,
        record.terminal_id,
        token.decode(),
        training=True,
        rules=load_rules(data_dir),
    )
    backend._closers.append(stack)
    log.info("training store open: terminal %s, simulator %s", record.terminal_id, simulator.base_url)
    return backend


def _register_trust(data_dir: Path) -> Path:
    """The simulator's `--test-roots`: the fixture's test root and its citizen and foreigner CAs.

    A signature carries only the signer's certificate; the register completes the chain from these.
    """
    trust = data_dir / "register-trust"
    trust.mkdir(exist_ok=True)
    pki = TRAINING_DIR / "pki"
    for source in [*sorted((pki / "roots").glob("*.pem")), pki / "citizen-ca.pem", pki / "foreigner-ca.pem"]:
        (trust / source.name).write_bytes(source.read_bytes())
    return trust


def _open_or_enroll(data_dir: Path, secrets: SecretStore, simulator: RunningSimulator, clock: Clock) -> Store:
    if (data_dir / "kiosk.db").exists():
        return Store.open(data_dir, secrets, check_pages=True)
    now = clock.now()
    # sync enrolls the terminal (secrets in the training file store); the core's demo operators.
    enroll_training_terminal(data_dir, simulator, "coordinator", TRAINING_PASSWORD, now)
    store = Store.open(data_dir, secrets)
    coordinator = store.sign_in("coordinator", TRAINING_PASSWORD, now)
    with store.begin() as session:
        for name, roles in TRAINING_OPERATORS.items():
            add_operator(session, coordinator, name, roles, TRAINING_PASSWORD, now)
    return store


__all__ = ["Backend", "Offline", "SyncError", "start_training"]
