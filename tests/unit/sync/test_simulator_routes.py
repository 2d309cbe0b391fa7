"""The register simulator and the routes for everyone: representatives, minors, registration data.

Real HTTP on loopback, real sealing, signatures of a throwaway test PKI: an administrator or an
outside volmacht holder signs a version-2 statement, and the register checks the signer against the
member's representative and the evidence; a minor confirms only on a minor's route; the typed
contact and preferences are accepted, an untyped one is refused.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from kiosk.ports import (
    ConfirmationSnapshot,
    EvidenceSnapshot,
    MemberSnapshot,
    PartialDate,
    RepresentativeSnapshot,
    SubmissionSnapshot,
)
from kiosk.registration import (
    Contact,
    PostalAddress,
    Preferences,
    PriorityFacts,
    contact_json,
    preferences_json,
)
from kiosk.statement import Capacity, declarations_digest, statement_bytes, statement_fields
from sync.errors import SyncError
from sync.testing import TestPki
from tests.unit.sync.conftest import Terminal

MARIA, ADMINISTRATOR, NEIGHBOUR, LOTTE = "56060712345", "71020312371", "80010112394", "09040512312"
NOW = datetime(2026, 12, 2, 13, 45, tzinfo=UTC)
ANSWERS = {"still_wants_registration": True}
DECISION = b"%PDF-1.4\nBeschikking van de vrederechter: bewindvoering\n%%EOF\n"


def _represented(
    pki: TestPki,
    terminal: Terminal,
    *,
    capacity: Capacity = "administrator",
    signer: str = ADMINISTRATOR,
    recorded: str = ADMINISTRATOR,
    evidence_state: str = "attached",
    evidence_type: str = "administrator_decision",
) -> SubmissionSnapshot:
    """Maria's household of one; `signer` signs as her `capacity`, `recorded` is her representative."""
    pages = (hashlib.sha256(DECISION).hexdigest(),) if evidence_state == "attached" else ()
    fields = statement_fields(
        kind="confirmation",
        visit_id=str(uuid.uuid4()),
        household_key=MARIA,
        national_number=signer,
        subject_national_number=MARIA,
        declarations_sha256=declarations_digest(ANSWERS),
        evidence_sha256=pages,
        confirmed_at=NOW,
        terminal_id=terminal.terminal_id,
        capacity=capacity,
    )
    confirmation = ConfirmationSnapshot(
        "eid_signature", fields, pki.sign(signer, statement_bytes(fields)), ANSWERS
    )
    maria = MemberSnapshot(
        member_id="m-maria",
        national_number=MARIA,
        surname="Peeters",
        first_names="Maria",
        birth_date=PartialDate(1956, 6, 7),
        role="reference_tenant",
        adult=True,
        added_by_hand=False,
        confirmation=confirmation,
        representative=RepresentativeSnapshot(capacity, recorded, "Claes", "Jan"),
    )
    evidence = EvidenceSnapshot(
        evidence_type,
        "m-maria",
        evidence_state,  # type: ignore[arg-type]
        pages,
        ("application/pdf",) * len(pages),
        (len(DECISION),) * len(pages),
    )
    return SubmissionSnapshot(
        submission_id=str(uuid.uuid4()),
        household_key=MARIA,
        supersedes=None,
        terminal_id=terminal.terminal_id,
        created_at=NOW,
        practice=False,
        visit_kind="registration",
        candidate_number=None,
        letter_date=None,
        reminder_date=None,
        members=(maria,),
        evidence=(evidence,),
        rules_version="2027.1",
    )


def _send(terminal: Terminal, snapshot: SubmissionSnapshot) -> str:
    return terminal.client.put_submission(snapshot.submission_id, terminal.seal_submission(snapshot)).status


def test_an_administrator_with_the_court_decision_confirms_for_the_member(
    terminal: Terminal, pki: TestPki
) -> None:
    terminal.upload(DECISION)
    assert _send(terminal, _represented(pki, terminal)) == "complete"


def test_an_outside_volmacht_holder_confirms_with_the_volmacht_shown_at_the_counter(
    terminal: Terminal, pki: TestPki
) -> None:
    snapshot = _represented(
        pki,
        terminal,
        capacity="volmacht_holder",
        signer=NEIGHBOUR,
        recorded=NEIGHBOUR,
        evidence_state="shown_at_counter",
        evidence_type="volmacht",
    )
    assert _send(terminal, snapshot) == "complete"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"signer": NEIGHBOUR}, "is not the member's representative"),
        ({"evidence_state": "bring_later"}, "administrator_decision evidence is not in"),
        ({"evidence_type": "volmacht"}, "administrator_decision evidence is not in"),
        ({"capacity": "volmacht_holder"}, "the member's volmacht evidence is not in"),
    ],
)
def test_a_representation_that_does_not_match_the_representative_or_the_evidence_is_refused(
    terminal: Terminal, pki: TestPki, change: dict[str, str], problem: str
) -> None:
    terminal.upload(DECISION)
    with pytest.raises(SyncError) as error:
        _send(terminal, _represented(pki, terminal, **change))  # type: ignore[arg-type]
    assert problem in str(error.value)
    assert "/members/0/confirmation" in str(error.value)


def test_a_member_of_the_household_cannot_sign_as_a_representative(terminal: Terminal, pki: TestPki) -> None:
    terminal.upload(DECISION)
    snapshot = _represented(pki, terminal, signer=MARIA, recorded=MARIA)
    with pytest.raises(SyncError) as error:
        _send(terminal, snapshot)
    assert "is a member of the household" in str(error.value)


def test_a_representation_without_a_recorded_representative_is_refused(
    terminal: Terminal, pki: TestPki
) -> None:
    terminal.upload(DECISION)
    snapshot = _represented(pki, terminal)
    bare = replace(snapshot, members=(replace(snapshot.members[0], representative=None),))
    with pytest.raises(SyncError) as error:
        _send(terminal, bare)
    assert "needs the member's representative" in str(error.value)


def _minor(pki: TestPki, terminal: Terminal, *, route: str | None, evidence: bool) -> SubmissionSnapshot:
    fields = statement_fields(
        kind="confirmation",
        visit_id=str(uuid.uuid4()),
        household_key=LOTTE,
        national_number=LOTTE,
        subject_national_number=LOTTE,
        declarations_sha256=declarations_digest(ANSWERS),
        evidence_sha256=(),
        confirmed_at=NOW,
        terminal_id=terminal.terminal_id,
    )
    lotte = MemberSnapshot(
        member_id="m-lotte",
        national_number=LOTTE,
        surname="Peeters",
        first_names="Lotte",
        birth_date=PartialDate(2009, 4, 5),  # 17 on the day she signs
        role="reference_tenant",
        adult=True,
        added_by_hand=False,
        confirmation=ConfirmationSnapshot(
            "eid_signature", fields, pki.sign(LOTTE, statement_bytes(fields)), ANSWERS
        ),
        minor_route=route,  # type: ignore[arg-type]
    )
    items = (EvidenceSnapshot("minor_independence", "m-lotte", "bring_later"),) if evidence else ()
    return SubmissionSnapshot(
        submission_id=str(uuid.uuid4()),
        household_key=LOTTE,
        supersedes=None,
        terminal_id=terminal.terminal_id,
        created_at=NOW,
        practice=False,
        visit_kind="registration",
        candidate_number=None,
        letter_date=None,
        reminder_date=None,
        members=(lotte,),
        evidence=items,
        rules_version="2027.1",
    )


def test_a_minor_confirms_only_on_a_minors_route_and_owes_its_evidence(
    terminal: Terminal, pki: TestPki
) -> None:
    with pytest.raises(SyncError) as error:
        _send(terminal, _minor(pki, terminal, route=None, evidence=False))
    assert "a minor confirms only on a minor's route" in str(error.value)
    with pytest.raises(SyncError) as error:
        _send(terminal, _minor(pki, terminal, route="supported_living", evidence=False))
    assert "needs minor_independence evidence" in str(error.value)
    snapshot = _minor(pki, terminal, route="supported_living", evidence=True)
    result = terminal.client.put_submission(snapshot.submission_id, terminal.seal_submission(snapshot))
    assert result.status == "incomplete"
    assert [(m.what, m.evidence_type) for m in result.missing] == [("evidence", "minor_independence")]


def test_typed_contact_and_preferences_are_accepted_and_an_untyped_contact_is_refused(
    terminal: Terminal, pki: TestPki
) -> None:
    terminal.upload(DECISION)
    contact = Contact(
        phone="0470 12 34 56",
        correspondence=PostalAddress("Stationsplein 1", "3600", "Genk", "p/a OCMW Genk"),
        address_is_reference=True,
    )
    wishes = preferences_json(
        Preferences(("Genk", "As"), ("apartment",), 750), PriorityFacts("Zutendaal", True)
    )
    typed = replace(
        _represented(pki, terminal),
        contact=contact_json(contact),
        preferences=wishes,
        deadline_on_letter=NOW.date(),
    )
    assert _send(terminal, typed) == "complete"
    untyped = replace(_represented(pki, terminal), contact={"language": "nl"})
    with pytest.raises(SyncError) as error:
        _send(terminal, untyped)
    assert "/contact" in str(error.value)
