"""Enrolling a terminal: the register's one-time code in, a store with token and keys out.

Used by `kiosk enroll` and by training mode, which enrolls itself with its in-process simulator
(every secret in the training file store, the simulator's database inside the training data dir).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

from kiosk.keys import training_secret_store
from kiosk.ports import SecretStore
from kiosk.store import EnrollmentRecord, create_store, save_enrollment, save_terminal_token
from sync.client import RegisterClient
from sync.simulator.server import RunningSimulator, running_simulator

TRAINING_REGISTER_DB = "training-register.db"


@dataclass(frozen=True)
class Enrolled:
    """The outcome of an enrollment: the terminal id and the recovery code to print once."""

    terminal_id: str
    recovery_code: str


def enroll_terminal(
    data_dir: Path,
    secrets: SecretStore,
    *,
    register_url: str,
    code: str,
    coordinator: str,
    password: str,
    now: datetime,
    practice: bool = False,
    ca_bundle: str | None = None,
) -> Enrolled:
    """Enroll at the register, then create the store with its first coordinator and keep the keys.

    The register is asked first: a refused code leaves no store behind. Raises `SyncError`.
    """
    with RegisterClient(register_url, ca_bundle=ca_bundle) as client:
        client.health()
        enrollment = client.enroll(code)
    store, recovery_code = create_store(data_dir, secrets, coordinator, password, now, practice=practice)
    with store:
        record = EnrollmentRecord(
            enrollment.terminal_id,
            register_url,
            enrollment.sealing_public_key,
            enrollment.receipt_key,
            now,
            practice=practice,
        )
        with store.begin() as session:
            save_enrollment(session, store, record)
        save_terminal_token(secrets, enrollment.token.encode())
    return Enrolled(enrollment.terminal_id, recovery_code)


def training_pki_dir() -> Path:
    """The training fixture's PKI (roots and CAs of the virtual cards): the simulator's test roots."""
    return Path(str(resources.files("resources").joinpath("training", "pki")))


@contextmanager
def training_register(data_dir: Path) -> Iterator[RunningSimulator]:
    """The in-process training register on a free loopback port, its database in `data_dir`."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with running_simulator(f"sqlite:///{data_dir / TRAINING_REGISTER_DB}", training_pki_dir()) as simulator:
        yield simulator


def enroll_training_terminal(
    data_dir: Path, simulator: RunningSimulator, coordinator: str, password: str, now: datetime
) -> Enrolled:
    """Enroll training mode's terminal with its own simulator; secrets go to the training file store."""
    _terminal_id, code = simulator.register.add_terminal("training")
    return enroll_terminal(
        data_dir,
        training_secret_store(data_dir),
        register_url=simulator.base_url,
        code=code,
        coordinator=coordinator,
        password=password,
        now=now,
        practice=True,
    )
