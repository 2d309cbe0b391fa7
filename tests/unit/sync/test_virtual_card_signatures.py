"""The simulator and confirmations signed by the cardreader's virtual eID cards (training PKI).

Signed through the real BELPIC session over the in-process transport (PIN 1234), verified by the
register simulator with `--test-roots resources/training/pki`.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cardreader.session import BeidSession
from cardreader.signing import sign_statement
from cardreader.virtual import VirtualCardConnection, load_profile
from kiosk.ports import EidSignature
from sync.errors import SyncError, SyncErrorKind
from sync.simulator.server import RunningSimulator, running_simulator
from sync.testing import Adult, household
from tests.unit.sync.conftest import Terminal, enroll_terminal

TRAINING = Path(__file__).resolve().parents[3] / "resources" / "training"
PROFILES = {
    "90031410231": "nl-citizen-18",  # Sofie, 1.8 EC
    "88110210514": "nl-partner-17-ec",  # Pieter, 1.7 re-keyed to EC
    "75073010636": "fr-citizen-17-rsa",  # Marie, 1.7 RSA
    "62122210935": "de-citizen-18",  # Hans: not staff
    "79052012695": "staff-wil-1",  # Griet: WIL staff, on the staff list
}
SOFIE, PIETER, MARIE, HANS, GRIET = PROFILES
SIGNED_AT = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)  # within every training card's validity


class VirtualCards:
    """Signs with the virtual card of the person's training profile, as the kiosk does."""

    def sign(self, national_number: str, statement: bytes, *, use_rsa: bool = False) -> EidSignature:
        session = BeidSession(
            VirtualCardConnection(load_profile(PROFILES[national_number], TRAINING)),
            sleep=lambda _seconds: None,
        )
        made = sign_statement(session, statement, pin="1234")
        return EidSignature(made.key, made.algorithm, made.signature, made.certificate_der)  # type: ignore[arg-type]


@pytest.fixture
def training_simulator(tmp_path: Path) -> Iterator[RunningSimulator]:
    with running_simulator(f"sqlite:///{tmp_path / 'register.db'}", TRAINING / "pki") as sim:
        yield sim


@pytest.fixture
def counter(training_simulator: RunningSimulator) -> Iterator[Terminal]:
    enrolled = enroll_terminal(training_simulator)
    yield enrolled
    enrolled.client.close()


def submit(terminal: Terminal, snapshot: object) -> object:
    return terminal.client.put_submission(snapshot.submission_id, terminal.seal_submission(snapshot))  # type: ignore[attr-defined]


def test_confirmations_signed_by_virtual_cards_are_accepted(counter: Terminal) -> None:
    cards = VirtualCards()
    rsa = household(
        cards,
        terminal_id=counter.terminal_id,
        household_key="201211080003",
        candidate_number="201211080003",
        adults=[Adult(MARIE, "Marie")],
        created_at=SIGNED_AT,
    )
    assert submit(counter, rsa).status == "complete"  # type: ignore[attr-defined]
    key = "201905140017"
    ec = household(
        cards,
        terminal_id=counter.terminal_id,
        household_key=key,
        candidate_number=key,
        adults=[Adult(SOFIE, "Sofie"), Adult(PIETER, "Pieter", "partner")],
        created_at=SIGNED_AT,
    )
    answer = submit(counter, ec)
    assert answer.status == "complete" and answer.dossier_number  # type: ignore[attr-defined]


def test_staff_attestation_by_a_staff_card_on_the_list_is_accepted(counter: Terminal) -> None:
    snapshot = household(
        VirtualCards(),
        terminal_id=counter.terminal_id,
        household_key=PIETER,
        adults=[Adult(PIETER, "Pieter", attested_by=GRIET)],
    )
    assert submit(counter, snapshot).status == "complete"  # type: ignore[attr-defined]


def rejected(terminal: Terminal, snapshot: object) -> str:
    with pytest.raises(SyncError) as error:
        submit(terminal, snapshot)
    assert error.value.kind is SyncErrorKind.REJECTED and "422" in str(error.value)
    return str(error.value)


def test_changed_declaration_is_rejected(counter: Terminal) -> None:
    snapshot = household(
        VirtualCards(), terminal_id=counter.terminal_id, household_key=SOFIE, adults=[Adult(SOFIE, "Sofie")]
    )
    member = snapshot.members[0]
    assert member.confirmation is not None
    changed = replace(
        member, confirmation=replace(member.confirmation, declarations={"income_changed": True})
    )
    assert "declarations" in rejected(counter, replace(snapshot, members=(changed,)))


def test_national_number_not_matching_the_certificate_is_rejected(counter: Terminal) -> None:
    # Sofie's card signs a statement that claims to be Pieter's confirmation.
    cards = VirtualCards()
    snapshot = household(
        cards, terminal_id=counter.terminal_id, household_key=PIETER, adults=[Adult(PIETER, "P")]
    )
    member = snapshot.members[0]
    assert member.confirmation is not None
    from kiosk.statement import statement_v1

    forged = cards.sign(SOFIE, statement_v1(member.confirmation.statement))
    wrong = replace(member, confirmation=replace(member.confirmation, signature=forged))
    reason = rejected(counter, replace(snapshot, submission_id=str(uuid.uuid4()), members=(wrong,)))
    assert "serialNumber" in reason


def test_attestation_by_a_card_not_on_the_staff_list_is_rejected(counter: Terminal) -> None:
    snapshot = household(
        VirtualCards(),
        terminal_id=counter.terminal_id,
        household_key=PIETER,
        adults=[Adult(PIETER, "Pieter", attested_by=HANS)],
    )
    assert "staff list" in rejected(counter, snapshot)
