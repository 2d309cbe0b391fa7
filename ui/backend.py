"""The kiosk's back end as the GUI uses it: the store, the register client, the outbox and sync.

`Backend` is built by the composition root; its methods block (database, network) and are called
on the database or sync worker, never on the GUI thread. `start_training` builds training mode's
back end: its own data directory, every secret in a file store there, the register simulator
in-process on loopback with the training fixture, the terminal self-enrolled on first start, and
the demo operators `vrijwilliger`, `wil` and `coordinator` (password `oefen`).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.domain import OperatorContext
from kiosk.errors import KioskUserError
from kiosk.keys import training_secret_store
from kiosk.ports import Clock, HouseholdLookup, Offline, SecretStore
from kiosk.rules import Rules, load_rules
from kiosk.store import (
    EnrollmentRecord,
    SignInFailed,
    Store,
    Unlocked,
    add_operator,
    create_store,
    load_enrollment,
    load_terminal_token,
    save_enrollment,
    save_terminal_token,
)
from sync.client import HttpRegisterLookup, RegisterClient
from sync.engine import SyncBusy, SyncEngine, SyncReport
from sync.errors import SyncError
from sync.simulator.server import RunningSimulator, running_simulator
from sync.store_outbox import StoreOutbox
from ui.adapters import TRAINING_DIR
from ui.session import Operator
from ui.training import DEMO_OPERATORS, DEMO_PASSWORD, SignInRefused

LOCATION_TRAINING = "oefenmodus"


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
    _closers: list[contextlib.ExitStack] = field(default_factory=list)

    # -- operators ---------------------------------------------------------------------------
    def sign_in(self, name: str, password: str) -> Operator:
        """Unlock the store with an operator's password (the core's argon2id check)."""
        try:
            self.unlocked = self.store.sign_in(name.strip(), password, self.clock.now())
        except SignInFailed:
            raise SignInRefused("name or password not right") from None
        return Operator(self.unlocked.operator, self.unlocked.roles)

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
        return RegisterClient(self.register_url, self.token, timeout=5.0)

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
            )
            try:
                return engine.run_once()
            except SyncBusy:
                report = SyncReport()
                report.warnings.append("busy")
                return report

    def waiting(self) -> dict[str, int]:
        """Outbox entries per state (queued, sending, quarantined)."""
        return StoreOutbox(self.store, self.clock.now()).counts()

    def close(self) -> None:
        """Close the store and stop the in-process simulator."""
        self.unlocked = None
        self.store.close()
        for stack in self._closers:
            stack.close()


def training_data_dir(data_dir: Path) -> Path:
    """Training mode's own data directory: never the production one."""
    return data_dir.with_name(data_dir.name + "-training")


def start_training(data_dir: Path, clock: Clock) -> Backend:
    """Training mode's back end; enrolls with the in-process simulator on first start."""
    data_dir.mkdir(parents=True, exist_ok=True)
    secrets = training_secret_store(data_dir)
    stack = contextlib.ExitStack()
    simulator: RunningSimulator = stack.enter_context(
        running_simulator(f"sqlite:///{data_dir / 'register-sim.db'}", _register_trust(data_dir))
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
    backend = Backend(store, clock, simulator.base_url, record.terminal_id, token.decode(), training=True)
    backend._closers.append(stack)
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
        return Store.open(data_dir, secrets)
    _terminal_id, code = simulator.register.add_terminal("kiosk demo")
    with RegisterClient(simulator.base_url) as client:
        enrollment = client.enroll(code, "kiosk demo")
    now = clock.now()
    store, _recovery_code = create_store(data_dir, secrets, "coordinator", DEMO_PASSWORD, now, practice=True)
    record = EnrollmentRecord(
        enrollment.terminal_id,
        simulator.base_url,
        enrollment.sealing_public_key,
        enrollment.receipt_key,
        now,
        practice=True,
    )
    with store.begin() as session:
        save_enrollment(session, store, record)
    save_terminal_token(secrets, enrollment.token.encode())
    coordinator = store.sign_in("coordinator", DEMO_PASSWORD, now)
    with store.begin() as session:
        for name, roles in DEMO_OPERATORS.items():
            if name != "coordinator":
                add_operator(session, coordinator, name, frozenset(roles), DEMO_PASSWORD, now)
    return store


__all__ = ["Backend", "Offline", "SyncError", "start_training", "training_data_dir"]
