"""The encoder: every snapshot the core can produce encodes to a body valid against the contract.

It writes submission version 2 (rules version, household changes, withdrawals); the contract keeps
version 1, which earlier kiosks wrote and their queued entries hold.
"""

from __future__ import annotations

import json
import string
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.ports import (
    ChangeSnapshot,
    ConfirmationSnapshot,
    EidSignature,
    EvidenceSnapshot,
    MemberSnapshot,
    PartialDate,
    RepresentativeSnapshot,
    SubmissionSnapshot,
)
from kiosk.registration import (
    DWELLING_TYPES,
    Contact,
    PostalAddress,
    Preferences,
    PriorityFacts,
    contact_json,
    preferences_json,
)
from kiosk.statement import Statement, canonical_json, declarations_digest, statement_bytes, statement_fields
from sync.encoder import JsonSubmissionEncoder
from sync.protocol import validate, validate_submission

FROZEN_V1 = Path(__file__).resolve().parents[2] / "data" / "submissions" / "v1-queued.json"

digits = st.text(string.digits, min_size=11, max_size=11)
hexes = st.text("0123456789abcdef", min_size=64, max_size=64)
names = st.text(min_size=0, max_size=40)
moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 1, 1), timezones=st.just(UTC))
answers = st.dictionaries(
    st.text(string.ascii_lowercase + "_", min_size=1, max_size=12),
    st.one_of(st.booleans(), st.integers(-(10**6), 10**6), st.text(max_size=20)),
    max_size=6,
)


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates())
    precision = draw(st.sampled_from(["year", "month", "day"]))
    if precision == "year":
        return PartialDate(day.year)
    return (
        PartialDate(day.year, day.month)
        if precision == "month"
        else PartialDate(day.year, day.month, day.day)
    )


@st.composite
def confirmations(
    draw: st.DrawFn, subject: str, household_key: str, representative: RepresentativeSnapshot | None = None
) -> ConfirmationSnapshot:
    attested = draw(st.booleans()) and representative is None
    declared = draw(answers)
    signer = representative.national_number if representative else draw(digits) if attested else subject
    fields = statement_fields(
        kind="attestation" if attested else "confirmation",
        visit_id=str(draw(st.uuids())),
        household_key=household_key,
        national_number=signer,
        subject_national_number=subject,
        declarations_sha256=declarations_digest(declared),
        evidence_sha256=draw(st.lists(hexes, max_size=3)),
        confirmed_at=draw(moments),
        terminal_id="t-abc",
        capacity=representative.capacity if representative else None,
    )
    algorithm = draw(st.sampled_from(["rsa-pkcs1-sha256", "ecdsa-p384-sha384"]))
    signature = EidSignature(
        draw(st.sampled_from(["signature", "authentication"])),
        algorithm,
        draw(st.binary(min_size=64, max_size=512)),
        draw(st.binary(min_size=100, max_size=2000)),
    )
    return ConfirmationSnapshot(
        "staff_attested" if attested else "eid_signature",
        fields,
        signature,
        declared,
        draw(st.booleans()),
        draw(st.one_of(st.none(), st.text(max_size=50))),
    )


representatives = st.builds(
    RepresentativeSnapshot,
    capacity=st.sampled_from(["administrator", "volmacht_holder"]),
    national_number=digits,
    surname=names,
    first_names=names,
)


@st.composite
def members(draw: st.DrawFn, household_key: str) -> MemberSnapshot:
    national = draw(st.one_of(st.none(), digits))
    representative = draw(st.one_of(st.none(), representatives))
    signed = confirmations(national, household_key, representative) if national else st.none()
    confirmation = draw(st.one_of(st.none(), signed))
    return MemberSnapshot(
        member_id=str(draw(st.uuids())),
        national_number=national,
        surname=draw(names),
        first_names=draw(names),
        birth_date=draw(st.one_of(st.none(), partial_dates())),
        role=draw(st.sampled_from(["reference_tenant", "partner", "child", "other"])),
        adult=draw(st.booleans()),
        added_by_hand=draw(st.booleans()),
        absence_reason=draw(st.sampled_from([None, "hospital", "care_home", "abroad", "prison", "other"])),
        confirmation=confirmation,
        representative=representative,
        minor_route=draw(st.sampled_from([None, "emancipated", "supported_living"])),
        no_card=draw(st.sampled_from([None, "passport", "refugee_papers", "lost", "broken", "renewing"])),
    )


municipality = st.sampled_from(["Genk", "As", "Maasmechelen", "Sint-Truiden", "'s-Gravenvoeren"])
contacts = st.builds(
    Contact,
    phone=st.sampled_from(["", "0470 12 34 56", "+32 11 22 33 44", "011/23.45.67"]),
    email=st.sampled_from(["", "naam@example.be", "a.b+c@voorbeeld.vlaanderen"]),
    correspondence=st.one_of(
        st.none(), st.builds(PostalAddress, st.just("Stationsplein 1"), st.just("3600"), municipality, names)
    ),
).filter(lambda c: not (c.correspondence is None and c.address_is_reference))
preferences = st.builds(
    Preferences,
    municipalities=st.lists(municipality, max_size=4).map(tuple),
    dwelling_types=st.lists(st.sampled_from(DWELLING_TYPES), max_size=3).map(tuple),
    max_rent=st.one_of(st.none(), st.integers(1, 5000)),
)
priorities = st.builds(PriorityFacts, st.one_of(st.just(""), municipality), st.booleans())


@st.composite
def evidence(draw: st.DrawFn) -> EvidenceSnapshot:
    count = draw(st.integers(0, 3))
    return EvidenceSnapshot(
        evidence_type=draw(st.sampled_from(["income", "identity", "residence", "disability"])),
        member_id=draw(st.one_of(st.none(), st.uuids().map(str))),
        state=draw(st.sampled_from(["attached", "bring_later", "shown_at_counter"])),
        sha256=tuple(draw(hexes) for _ in range(count)),
        mime_types=("application/pdf",) * count,
        sizes=tuple(draw(st.integers(0, 10**7)) for _ in range(count)),
    )


@st.composite
def changes(draw: st.DrawFn, member_ids: list[str]) -> tuple[ChangeSnapshot, ...]:
    kinds = st.sampled_from(["left", "separated", "deceased", "turned_adult", "joined"])
    found = draw(st.lists(st.tuples(kinds, st.sampled_from(member_ids), st.one_of(st.none(), st.dates()))))
    return tuple(ChangeSnapshot(kind, member_id, on) for kind, member_id, on in found)


@st.composite
def snapshots(draw: st.DrawFn) -> SubmissionSnapshot:
    candidate = draw(st.one_of(st.none(), st.text(string.digits, min_size=12, max_size=12)))
    key = candidate or draw(digits)
    household = tuple(draw(st.lists(members(key), min_size=1, max_size=5)))
    kind = "confirmation" if candidate else "registration"
    return SubmissionSnapshot(
        submission_id=str(draw(st.uuids())),
        household_key=key,
        supersedes=draw(st.one_of(st.none(), st.uuids().map(str))),
        terminal_id="t-abc",
        created_at=draw(moments),
        practice=draw(st.booleans()),
        visit_kind=draw(st.sampled_from([kind, "withdrawal"])),
        candidate_number=candidate,
        letter_date=draw(st.one_of(st.none(), st.dates())),
        reminder_date=draw(st.one_of(st.none(), st.dates())),
        members=household,
        evidence=tuple(draw(st.lists(evidence(), max_size=4))),
        contact=contact_json(draw(contacts)),
        preferences=preferences_json(draw(preferences), draw(priorities)),
        deadline_on_letter=draw(st.one_of(st.none(), st.dates())),
        rules_version=draw(st.sampled_from(["2026.1", "2027.1", "2027.12"])),
        changes=draw(changes([m.member_id for m in household])),
    )


@settings(max_examples=150, deadline=None)
@given(snapshots())
def test_every_snapshot_encodes_to_a_valid_submission(snapshot: SubmissionSnapshot) -> None:
    body = JsonSubmissionEncoder().encode(snapshot)
    decoded = json.loads(body)
    assert decoded["schema_version"] == 2
    assert validate_submission(decoded) == [] and validate("Submission", decoded) == []
    assert decoded["rules_version"] == snapshot.rules_version
    assert [c["member_id"] for c in decoded["changes"]] == [c.member_id for c in snapshot.changes]
    assert body == canonical_json(decoded)  # canonical: same snapshot, same bytes
    for member, wire in zip(snapshot.members, decoded["members"], strict=True):
        if member.confirmation is not None:
            # The register recomputes exactly the bytes the card signed.
            wire_statement = Statement.from_dict(wire["confirmation"]["statement"])
            assert statement_bytes(wire_statement) == statement_bytes(member.confirmation.statement)


def test_invalid_body_is_reported_with_field_paths_and_no_values() -> None:
    errors = validate("Submission", {"schema_version": 1, "members": [{"national_number": "12"}]})
    paths = {e.path for e in errors}
    assert "/" in paths or "/members/0" in paths
    assert all("12" not in e.message for e in errors)


def test_encoder_declares_the_schema_version() -> None:
    assert JsonSubmissionEncoder.schema_version == 2


def test_a_version_1_body_of_the_previous_release_is_still_valid_and_a_mixed_one_is_not() -> None:
    body = json.loads(FROZEN_V1.read_bytes())
    assert body["schema_version"] == 1 and "rules_version" not in body
    assert validate_submission(body) == [] and validate("Submission", body) == []
    # Version 1 knows no withdrawal, rules version or changes; version 2 requires the latter two.
    assert validate_submission({**body, "visit_kind": "withdrawal"})
    assert validate_submission({**body, "rules_version": "2027.1"})
    assert validate_submission({**body, "schema_version": 2})
    errors = validate_submission({**body, "schema_version": 3})
    assert [e.path for e in errors] == ["/schema_version"]
