"""Submission version 2 at the register simulator: household changes merged, withdrawals recorded, and
version 1 still accepted, also a body queued by the previous release and synced after the upgrade.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk import outbox as core
from kiosk.clock import FakeClock
from kiosk.keys import training_secret_store
from kiosk.ports import ChangeSnapshot, SubmissionSnapshot
from kiosk.sealing import seal
from kiosk.store import TRAINING_PASSWORD, Store, load_enrollment
from sync.encoder import JsonSubmissionEncoder
from sync.enrollment import enroll_terminal, training_register
from sync.errors import SyncError, SyncErrorKind
from sync.protocol import submission_context
from sync.simulator.server import RunningSimulator
from sync.testing import Adult, TestPki, household, national_number
from tests.unit.sync.conftest import Terminal
from tests.unit.sync.test_store_outbox import engine_for

FROZEN_V1 = Path(__file__).resolve().parents[2] / "data" / "submissions" / "v1-queued.json"
FROZEN_TERMINAL = "t-0ld5e1ea5e01"  # the terminal that queued it, named in its signed statements
FROZEN_ID = "5e1ea5e0-0001-4000-8000-0000000000a1"
NOW = datetime(2027, 2, 3, 10, 0, tzinfo=UTC)


def submit(terminal: Terminal, snapshot: SubmissionSnapshot) -> object:
    return terminal.client.put_submission(snapshot.submission_id, terminal.seal_submission(snapshot))


def couple(pki: TestPki, terminal: Terminal, *, partner_confirms: bool) -> SubmissionSnapshot:
    tenant, partner = national_number("850305", 11), national_number("840101", 12)
    return household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=tenant,
        adults=[Adult(tenant, "Lotte"), Adult(partner, "Sam", "partner", confirm=partner_confirms)],
    )


def test_a_partner_who_left_owes_nothing_and_the_register_keeps_the_change(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    snapshot = couple(pki, terminal, partner_confirms=False)
    assert submit(terminal, snapshot).status == "incomplete"  # type: ignore[attr-defined]
    partner = snapshot.members[1]
    left = ChangeSnapshot("left", partner.member_id, date(2027, 1, 6))
    later = replace(
        snapshot, submission_id=str(uuid.uuid4()), supersedes=snapshot.submission_id, changes=(left,)
    )
    answer = submit(terminal, later)
    assert answer.status == "complete" and answer.dossier_number  # type: ignore[attr-defined]
    state = simulator.register.household_state(snapshot.household_key)
    assert state["changes"] == [("left", partner.national_number, "2027-01-06")]
    assert state["missing"] == []


def test_a_change_naming_no_member_of_the_submission_is_refused(terminal: Terminal, pki: TestPki) -> None:
    snapshot = couple(pki, terminal, partner_confirms=True)
    stray = replace(snapshot, changes=(ChangeSnapshot("deceased", "nobody", date(2027, 1, 2)),))
    with pytest.raises(SyncError) as error:
        submit(terminal, stray)
    assert error.value.kind is SyncErrorKind.REJECTED and "/changes/0/member_id" in str(error.value)


def test_a_child_who_turned_18_is_recorded_and_must_confirm(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    snapshot = couple(pki, terminal, partner_confirms=True)
    child = replace(
        snapshot.members[1],
        member_id="m-child",
        national_number=None,
        role="child",
        adult=False,
        confirmation=None,
    )
    turned = ChangeSnapshot("turned_adult", "m-child")
    grown = replace(snapshot, members=(*snapshot.members, child), changes=(turned,))
    answer = submit(terminal, grown)
    assert answer.status == "incomplete"  # type: ignore[attr-defined]
    assert ("confirmation", "m-child") in simulator.register.household_state(snapshot.household_key)[
        "missing"
    ]


def test_a_withdrawal_is_recorded_and_the_household_is_no_longer_found(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    tenant = national_number("750730", 21)
    snapshot = household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=tenant,
        adults=[
            Adult(tenant, "Marie"),
            Adult(national_number("760101", 22), "Jan", "partner", confirm=False),
        ],
        declarations={"still_wants_registration": False},
    )
    answer = submit(terminal, replace(snapshot, visit_kind="withdrawal"))
    assert answer.status == "withdrawn" and answer.dossier_number is None and answer.missing == ()  # type: ignore[attr-defined]
    state = simulator.register.household_state(tenant)
    assert state["withdrawn_at"] == snapshot.members[0].confirmation.statement.confirmed_at  # type: ignore[union-attr]
    assert terminal.client.lookup(tenant) is None  # a new registration from here on


def test_a_withdrawal_needs_the_reference_tenants_own_signed_no(terminal: Terminal, pki: TestPki) -> None:
    tenant = national_number("750730", 31)
    staying = household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=tenant,
        adults=[Adult(tenant, "Marie")],
        declarations={"still_wants_registration": True},
    )
    with pytest.raises(SyncError) as error:
        submit(terminal, replace(staying, visit_kind="withdrawal"))
    assert "reference tenant's signed 'no'" in str(error.value)
    partner = national_number("760101", 32)
    by_partner = household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=tenant,
        adults=[Adult(partner, "Jan", "partner")],
        declarations={"still_wants_registration": False},
    )
    with pytest.raises(SyncError) as error:
        submit(terminal, replace(by_partner, visit_kind="withdrawal"))
    assert "needs the reference tenant" in str(error.value)


def test_a_version_1_body_is_still_accepted(terminal: Terminal, pki: TestPki) -> None:
    snapshot = couple(pki, terminal, partner_confirms=True)
    body = json.loads(JsonSubmissionEncoder().encode(snapshot))
    body["schema_version"] = 1
    del body["rules_version"], body["changes"]
    raw = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    sealed = seal(terminal.enrollment.sealing_public_key, raw, submission_context(snapshot.submission_id))
    answer = terminal.client.put_submission(snapshot.submission_id, sealed)
    assert answer.status == "complete"


@pytest.fixture
def upgraded(tmp_path: Path) -> Iterator[tuple[RunningSimulator, Store]]:
    """The terminal that queued the frozen entry before the upgrade, enrolled at the training register."""
    with training_register(tmp_path) as simulator:
        _tid, code = simulator.register.add_terminal("previous release", terminal_id=FROZEN_TERMINAL)
        enroll_terminal(
            tmp_path,
            training_secret_store(tmp_path),
            register_url=simulator.base_url,
            code=code,
            coordinator="coordinator",
            password=TRAINING_PASSWORD,
            now=NOW,
            practice=True,
        )
        with Store.open(tmp_path, training_secret_store(tmp_path)) as store:
            yield simulator, store


class PreviousReleaseEncoder:
    """The version-1 encoder of the release before: it wrote exactly the frozen body."""

    schema_version = 1

    def encode(self, _snapshot: object) -> bytes:
        return FROZEN_V1.read_bytes()


def test_a_version_1_entry_queued_before_the_upgrade_still_syncs(
    upgraded: tuple[RunningSimulator, Store],
) -> None:
    simulator, store = upgraded
    frozen = json.loads(FROZEN_V1.read_bytes())
    assert frozen["schema_version"] == 1 and frozen["terminal_id"] == FROZEN_TERMINAL
    stub = SubmissionSnapshot(
        submission_id=FROZEN_ID,
        household_key=frozen["household_key"],
        supersedes=None,
        terminal_id=FROZEN_TERMINAL,
        created_at=NOW,
        practice=False,
        visit_kind="confirmation",
        candidate_number=frozen["candidate_number"],
        letter_date=None,
        reminder_date=None,
        members=(),
        evidence=(),
        rules_version="2026.1",
    )
    with store.begin() as session:
        record = load_enrollment(session, store)
        assert record is not None and record.terminal_id == FROZEN_TERMINAL
        # Sealed and queued as the previous release did at the end of a visit.
        core.enqueue_visit_end(
            session,
            stub,
            PreviousReleaseEncoder(),
            record.sealing_public_key,
            household_ref="ref-frozen",
            dossier_id=None,
            attachments=[],
            now=NOW,
        )
    engine, _outbox, client = engine_for(store, FakeClock(NOW))
    with client:
        report = engine.run_until_drained()
    assert len(report.acknowledged) == 1 and not report.quarantined
    state = simulator.register.household_state(frozen["household_key"])
    assert FROZEN_ID in state["submissions"]
    assert state["confirmed"] == ["88110210514", "90031410231"]  # Sofie and Pieter, verified
    assert state["dossier_number"]  # Noor is a minor: the household is complete
