"""Fixtures for the core: a fresh store per test in its own data directory, a cheap KDF."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk import keys, sealing
from kiosk.keys import FileSecretStore, KdfParams
from kiosk.store import EnrollmentRecord, Store, Unlocked, create_store, save_enrollment

NOW = datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
FAST_KDF = KdfParams(time_cost=1, memory_cost=8, parallelism=1)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at its smallest cost: unit tests sign in often (the real cost is in benchmarks)."""
    monkeypatch.setattr(keys, "DEFAULT_KDF", FAST_KDF)


@dataclass
class Terminal:
    """A store on its own data directory, enrolled, with the register's sealing key pair."""

    data_dir: Path
    secrets: FileSecretStore
    store: Store
    recovery_code: str
    register_private_key: bytes
    register_public_key: bytes

    def sign_in(self, name: str = "coordinator", password: str = "oefen-coordinator") -> Unlocked:  # noqa: S107
        return self.store.sign_in(name, password, NOW)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    data_dir = tmp_path / "data"
    secrets = FileSecretStore(tmp_path / "secrets" / "secrets.json")
    store, code = create_store(data_dir, secrets, "coordinator", "oefen-coordinator", NOW)
    private, public = sealing.generate_keypair()
    with store.begin() as session:
        save_enrollment(
            session,
            store,
            EnrollmentRecord("T-1", "https://127.0.0.1:8443", public, b"r" * 32, NOW),
        )
    try:
        yield Terminal(data_dir, secrets, store, code, private, public)
    finally:
        store.close()
