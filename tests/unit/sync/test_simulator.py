"""The register simulator over real HTTP on loopback: enrollment, submissions, merging, checks."""

from __future__ import annotations

import uuid
from dataclasses import replace

import httpx
import pytest

from kiosk.ports import MemberSnapshot
from sync.client import RegisterClient
from sync.errors import SyncError, SyncErrorKind
from sync.simulator.server import RunningSimulator
from sync.testing import Adult, TestPki, household, national_number
from tests.unit.sync.conftest import Terminal, enroll_terminal

SOFIE, PIETER, GRIET, MARIE = "90031410231", "88110210514", "79052012695", "75073010636"


def test_health_identifies_the_register(simulator: RunningSimulator) -> None:
    with RegisterClient(simulator.base_url) as client:
        assert client.health() is not None


def test_enrollment_code_works_once(simulator: RunningSimulator) -> None:
    _tid, code = simulator.register.add_terminal()
    with RegisterClient(simulator.base_url) as client:
        enrollment = client.enroll(code)
        assert len(enrollment.sealing_public_key) == 32
        with pytest.raises(SyncError) as error:
            client.enroll(code)
    assert error.value.kind is SyncErrorKind.AUTH


def test_requests_without_a_valid_token_or_from_a_revoked_terminal_get_401(
    simulator: RunningSimulator,
) -> None:
    assert httpx.get(simulator.base_url + "/v1/rules").status_code == 401
    enrolled = enroll_terminal(simulator)
    with enrolled.client:
        assert enrolled.client.rules()[0]
        simulator.register.revoke_terminal(enrolled.terminal_id)
        with pytest.raises(SyncError) as error:
            enrolled.client.rules()
    assert error.value.kind is SyncErrorKind.AUTH


def test_complete_household_gets_a_dossier_number_and_a_replay_gets_the_same_answer(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    pages = [b"page one", b"page two"]
    snapshot = household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=MARIE,
        adults=[Adult(MARIE, "Marie", use_rsa=True)],
        attachments=pages,
    )
    for page in pages:
        terminal.upload(page)
        terminal.upload(page)  # idempotent
    sealed = terminal.seal_submission(snapshot)
    first = terminal.client.put_submission(snapshot.submission_id, sealed)
    again = terminal.client.put_submission(snapshot.submission_id, sealed)
    assert first.status == "complete"
    assert first.dossier_number is not None and len(first.dossier_number) == 12
    assert again == first
    assert simulator.register.household_count() == 4 + 1  # the seeded four and this one


def test_missing_attachment_and_unconfirmed_adult_answer_incomplete(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    snapshot = household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=SOFIE,
        adults=[Adult(SOFIE, "Sofie"), Adult(PIETER, "Pieter", "partner", confirm=False)],
        attachments=[b"never uploaded"],
    )
    result = terminal.client.put_submission(snapshot.submission_id, terminal.seal_submission(snapshot))
    assert result.status == "incomplete" and result.dossier_number is None
    assert {m.what for m in result.missing} == {"confirmation", "attachment"}


def test_partial_submissions_from_two_terminals_add_up(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    key = "201905140017"  # seeded: Sofie, Pieter, and Noor (a minor)
    first = household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=key,
        candidate_number=key,
        adults=[Adult(SOFIE, "Sofie"), Adult(PIETER, "Pieter", "partner", confirm=False)],
    )
    answer = terminal.client.put_submission(first.submission_id, terminal.seal_submission(first))
    assert answer.status == "incomplete"
    other = enroll_terminal(simulator)
    with other.client:
        second = household(
            pki,
            terminal_id=other.terminal_id,
            household_key=key,
            candidate_number=key,
            adults=[Adult(SOFIE, "Sofie", confirm=False), Adult(PIETER, "Pieter", "partner")],
        )
        done = other.client.put_submission(second.submission_id, other.seal_submission(second))
        assert done.status == "complete" and done.dossier_number
        updates = terminal.client.updates(terminal.terminal_id, 0)
    assert [d.dossier_number for d in updates.dossiers] == [done.dossier_number]
    assert simulator.register.household_state(key)["confirmed"] == sorted([SOFIE, PIETER])


def test_staff_attestation_accepted_only_from_the_staff_list(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    good = household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=PIETER,
        adults=[Adult(PIETER, "Pieter", attested_by=GRIET)],
    )
    assert (
        terminal.client.put_submission(good.submission_id, terminal.seal_submission(good)).status
        == "complete"
    )
    outsider = national_number("700101", 5)
    bad = household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=SOFIE,
        adults=[Adult(SOFIE, "Sofie", attested_by=outsider)],
    )
    with pytest.raises(SyncError) as error:
        terminal.client.put_submission(bad.submission_id, terminal.seal_submission(bad))
    assert error.value.kind is SyncErrorKind.REJECTED
    assert "staff list" in str(error.value)


def test_changed_declaration_and_foreign_certificate_are_rejected_with_paths(
    terminal: Terminal, pki: TestPki
) -> None:
    snapshot = household(
        pki, terminal_id=terminal.terminal_id, household_key=SOFIE, adults=[Adult(SOFIE, "Sofie")]
    )
    member = snapshot.members[0]
    assert member.confirmation is not None
    changed = replace(
        member, confirmation=replace(member.confirmation, declarations={"income_changed": True})
    )
    tampered = replace(snapshot, submission_id=str(uuid.uuid4()), members=(changed,))
    with pytest.raises(SyncError) as error:
        terminal.client.put_submission(tampered.submission_id, terminal.seal_submission(tampered))
    assert "/members/0/confirmation/declarations" in str(error.value)
    # Pieter's certificate and signature offered for Sofie: serialNumber mismatch.
    pieter = household(
        pki, terminal_id=terminal.terminal_id, household_key=PIETER, adults=[Adult(PIETER, "P")]
    )
    assert pieter.members[0].confirmation is not None
    wrong = replace(
        member,
        confirmation=replace(member.confirmation, signature=pieter.members[0].confirmation.signature),
    )
    mismatched = replace(snapshot, submission_id=str(uuid.uuid4()), members=(wrong,))
    with pytest.raises(SyncError) as error:
        terminal.client.put_submission(mismatched.submission_id, terminal.seal_submission(mismatched))
    assert "serialNumber" in str(error.value)


def test_untrusted_root_is_rejected(terminal: Terminal) -> None:
    stranger = TestPki()
    snapshot = household(
        stranger, terminal_id=terminal.terminal_id, household_key=SOFIE, adults=[Adult(SOFIE, "S")]
    )
    with pytest.raises(SyncError) as error:
        terminal.client.put_submission(snapshot.submission_id, terminal.seal_submission(snapshot))
    assert "trusted root" in str(error.value)


def test_key_reused_with_another_payload_is_422_and_older_submission_is_stale(
    terminal: Terminal, pki: TestPki
) -> None:
    snapshot = household(
        pki, terminal_id=terminal.terminal_id, household_key=SOFIE, adults=[Adult(SOFIE, "S")]
    )
    terminal.client.put_submission(snapshot.submission_id, terminal.seal_submission(snapshot))
    other = replace(snapshot, contact={"phone": "0470000000"})
    with pytest.raises(SyncError) as error:
        terminal.client.put_submission(other.submission_id, terminal.seal_submission(other))
    assert error.value.kind is SyncErrorKind.REJECTED and "key-reused" in str(error.value)
    from datetime import timedelta

    older = replace(
        snapshot, submission_id=str(uuid.uuid4()), created_at=snapshot.created_at - timedelta(hours=1)
    )
    with pytest.raises(SyncError) as error:
        terminal.client.put_submission(older.submission_id, terminal.seal_submission(older))
    assert error.value.kind is SyncErrorKind.REJECTED and "stale" in str(error.value)


def test_attachment_with_wrong_hash_is_rejected(terminal: Terminal) -> None:
    from kiosk.sealing import seal
    from sync.protocol import attachment_context

    claimed = "0" * 64
    box = seal(terminal.enrollment.sealing_public_key, b"other bytes", attachment_context(claimed))
    with pytest.raises(SyncError) as error:
        terminal.client.put_attachment(claimed, box)
    assert error.value.kind is SyncErrorKind.REJECTED


def test_lookup_finds_seeded_household_minimal_answer_and_is_rate_limited(
    simulator: RunningSimulator, terminal: Terminal
) -> None:
    found = terminal.client.lookup(PIETER)
    assert found is not None and found.candidate_number == "201905140017"
    assert [m.first_name for m in found.members] == ["Sofie", "Pieter", "Noor"]
    assert terminal.client.lookup("93060911459") is None  # Anna: not registered as a candidate
    simulator.register.settings.lookups_per_minute = 2
    with pytest.raises(SyncError) as error:
        terminal.client.lookup(SOFIE)
    assert error.value.kind is SyncErrorKind.SERVER and error.value.retry_after


def test_practice_submissions_are_kept_apart(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    snapshot = household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=MARIE,
        practice=True,
        adults=[Adult(MARIE, "Marie")],
    )
    result = terminal.client.put_submission(snapshot.submission_id, terminal.seal_submission(snapshot))
    assert result.practice and result.status == "complete"
    assert simulator.register.household_count(practice=True) == 1
    assert terminal.client.lookup(MARIE) is not None  # the real (seeded) household, untouched
    assert not terminal.client.lookup(MARIE).members[0].confirmed  # type: ignore[union-attr]


def test_audit_head_recorded_and_backwards_count_flagged(terminal: Terminal) -> None:
    assert terminal.client.send_audit_head(terminal.terminal_id, "a" * 64, 10)
    assert not terminal.client.send_audit_head(terminal.terminal_id, "b" * 64, 3)


def test_captive_portal_fault_makes_health_offline(simulator: RunningSimulator) -> None:
    simulator.set_faults("captive")
    with RegisterClient(simulator.base_url) as client, pytest.raises(SyncError) as error:
        client.health()
    assert error.value.kind is SyncErrorKind.OFFLINE


def test_same_key_while_the_first_is_processed_is_409_in_flight_and_retryable(
    simulator: RunningSimulator, terminal: Terminal, pki: TestPki
) -> None:
    snapshot = household(
        pki, terminal_id=terminal.terminal_id, household_key=SOFIE, adults=[Adult(SOFIE, "S")]
    )
    with simulator.register._claim(snapshot.submission_id), pytest.raises(SyncError) as error:
        terminal.client.put_submission(snapshot.submission_id, terminal.seal_submission(snapshot))
    assert error.value.kind is SyncErrorKind.SERVER and error.value.kind.retryable
    assert "in-flight" in str(error.value) and error.value.retry_after == 1
    assert terminal.client.put_submission(snapshot.submission_id, terminal.seal_submission(snapshot)).status


def test_attachment_over_the_advertised_limit_is_413_permanent(
    simulator: RunningSimulator, terminal: Terminal
) -> None:
    simulator.register.settings.max_attachment_bytes = 1000
    with pytest.raises(SyncError) as error:
        terminal.upload(b"x" * 5000)
    assert error.value.kind is SyncErrorKind.REJECTED and "413" in str(error.value)


def test_register_lookup_port_raises_offline_when_unreachable() -> None:
    from kiosk.ports import Offline
    from sync.client import HttpRegisterLookup

    with RegisterClient("http://127.0.0.1:9", "token", timeout=0.5) as client, pytest.raises(Offline):
        HttpRegisterLookup(client).lookup(SOFIE)


def test_register_lookup_port_finds_the_household(terminal: Terminal) -> None:
    from sync.client import HttpRegisterLookup

    found = HttpRegisterLookup(terminal.client).lookup(MARIE)
    assert found is not None and found.reminder_date is not None and found.members[0].first_name == "Marie"


def test_lookup_of_a_new_registration_shows_its_dossier_number_once_complete(
    terminal: Terminal, pki: TestPki
) -> None:
    tenant, partner = national_number("910101", 1), national_number("920101", 2)
    first = household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=tenant,
        adults=[Adult(tenant, "T"), Adult(partner, "P", "partner", confirm=False)],
    )
    terminal.client.put_submission(first.submission_id, terminal.seal_submission(first))
    assert terminal.client.lookup(partner) is None  # incomplete: no candidate number yet
    second = household(
        pki, terminal_id=terminal.terminal_id, household_key=tenant, adults=[Adult(partner, "P", "partner")]
    )
    done = terminal.client.put_submission(second.submission_id, terminal.seal_submission(second))
    found = terminal.client.lookup(partner)
    assert found is not None and found.candidate_number == done.dossier_number
    assert all(m.confirmed for m in found.members)


def test_lookup_lists_every_member_with_a_reference_an_adult_flag_and_a_match_code(
    terminal: Terminal,
) -> None:
    from kiosk.register_household import match_code

    found = terminal.client.lookup(SOFIE)
    again = terminal.client.lookup(PIETER)
    assert found is not None and again is not None
    sofie, pieter, noor = found.members
    assert [(m.role, m.adult, m.confirmed) for m in found.members] == [
        ("reference_tenant", True, False),
        ("partner", True, False),
        ("child", False, False),
    ]
    # The card of a listed member is recognised by its keyed hash; no national number is in the answer.
    assert sofie.match == match_code(found.match_salt, SOFIE)
    assert pieter.match == match_code(found.match_salt, PIETER)
    assert SOFIE not in repr(found) and PIETER not in str(found.__dict__)
    # References are stable across answers; the key of the match codes is drawn for each answer.
    assert [m.ref for m in found.members] == [m.ref for m in again.members]
    assert found.match_salt != again.match_salt
    assert noor.match == match_code(found.match_salt, "15060100273")


def test_a_listed_member_sent_back_by_reference_is_not_counted_twice(
    terminal: Terminal, pki: TestPki
) -> None:
    listed = terminal.client.lookup(SOFIE)
    assert listed is not None
    pieter_ref = listed.members[1].ref
    snapshot = household(
        pki,
        terminal_id=terminal.terminal_id,
        household_key=listed.candidate_number,
        adults=[Adult(SOFIE, "Sofie", "reference_tenant")],
        candidate_number=listed.candidate_number,
    )
    # Pieter did not come: the kiosk knows only his first name and the register's reference.
    absent = MemberSnapshot(
        member_id="local-pieter",
        national_number=None,
        surname="",
        first_names="Pieter",
        birth_date=None,
        role="partner",
        adult=True,
        added_by_hand=False,
        absence_reason="hospital",
        register_ref=pieter_ref,
    )
    sent = replace(snapshot, members=(*snapshot.members, absent))
    result = terminal.client.put_submission(sent.submission_id, terminal.seal_submission(sent))
    assert result.status == "incomplete"
    # Pieter is still the one adult missing (not a second, nameless one); the child is no adult.
    assert [m.what for m in result.missing] == ["confirmation"]
