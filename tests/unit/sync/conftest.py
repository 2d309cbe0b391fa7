"""Fixtures of the sync tests: a throwaway test PKI, a real simulator on loopback, an enrolled client."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.ports import SubmissionSnapshot
from kiosk.sealing import seal
from sync.client import RegisterClient
from sync.encoder import JsonSubmissionEncoder
from sync.protocol import Enrollment, attachment_context, sha256_hex, submission_context
from sync.simulator.server import RunningSimulator, running_simulator
from sync.testing import TestPki


@pytest.fixture(scope="session")
def pki() -> TestPki:
    """One throwaway CA for the session (key generation is the slow part)."""
    return TestPki()


@pytest.fixture(scope="session")
def roots(pki: TestPki, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A --test-roots directory holding the throwaway root."""
    return pki.write_roots(tmp_path_factory.mktemp("roots"))


@pytest.fixture
def simulator(register_db: str, roots: Path) -> Iterator[RunningSimulator]:
    """A fresh simulator on its own database (SQLite and PostgreSQL), on a free loopback port."""
    with running_simulator(register_db, roots) as sim:
        yield sim


@dataclass
class Terminal:
    """An enrolled terminal: its client and enrollment."""

    client: RegisterClient
    enrollment: Enrollment

    @property
    def terminal_id(self) -> str:
        return self.enrollment.terminal_id

    def seal_submission(self, snapshot: SubmissionSnapshot) -> bytes:
        body = JsonSubmissionEncoder().encode(snapshot)
        return seal(self.enrollment.sealing_public_key, body, submission_context(snapshot.submission_id))

    def upload(self, data: bytes) -> None:
        sha = sha256_hex(data)
        self.client.put_attachment(
            sha, seal(self.enrollment.sealing_public_key, data, attachment_context(sha))
        )


def enroll_terminal(sim: RunningSimulator, **client_args: object) -> Terminal:
    """Enroll a new terminal at `sim` and return its authenticated client."""
    _tid, code = sim.register.add_terminal("test")
    with RegisterClient(sim.base_url) as anonymous:
        enrollment = anonymous.enroll(code)
    return Terminal(RegisterClient(sim.base_url, enrollment.token, **client_args), enrollment)  # type: ignore[arg-type]


@pytest.fixture
def terminal(simulator: RunningSimulator) -> Iterator[Terminal]:
    """An enrolled terminal at the simulator."""
    enrolled = enroll_terminal(simulator)
    yield enrolled
    enrolled.client.close()
