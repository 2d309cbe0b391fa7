"""The encoder: every snapshot the core can produce encodes to a body valid against the contract."""

from __future__ import annotations

import json
import string
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.ports import (
    ConfirmationSnapshot,
    EidSignature,
    EvidenceSnapshot,
    MemberSnapshot,
    PartialDate,
    SubmissionSnapshot,
)
from kiosk.statement import Statement, canonical_json, declarations_digest, statement_fields, statement_v1
from sync.encoder import JsonSubmissionEncoder
from sync.protocol import validate

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
def confirmations(draw: st.DrawFn, subject: str, household_key: str) -> ConfirmationSnapshot:
    attested = draw(st.booleans())
    declared = draw(answers)
    fields = statement_fields(
        kind="attestation" if attested else "confirmation",
        visit_id=str(draw(st.uuids())),
        household_key=household_key,
        national_number=draw(digits) if attested else subject,
        subject_national_number=subject,
        declarations_sha256=declarations_digest(declared),
        evidence_sha256=draw(st.lists(hexes, max_size=3)),
        confirmed_at=draw(moments),
        terminal_id="t-abc",
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


@st.composite
def members(draw: st.DrawFn, household_key: str) -> MemberSnapshot:
    national = draw(st.one_of(st.none(), digits))
    confirmation = draw(st.one_of(st.none(), confirmations(national, household_key))) if national else None
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
    )


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
def snapshots(draw: st.DrawFn) -> SubmissionSnapshot:
    candidate = draw(st.one_of(st.none(), st.text(string.digits, min_size=12, max_size=12)))
    key = candidate or draw(digits)
    return SubmissionSnapshot(
        submission_id=str(draw(st.uuids())),
        household_key=key,
        supersedes=draw(st.one_of(st.none(), st.uuids().map(str))),
        terminal_id="t-abc",
        created_at=draw(moments),
        practice=draw(st.booleans()),
        visit_kind="confirmation" if candidate else "registration",
        candidate_number=candidate,
        letter_date=draw(st.one_of(st.none(), st.dates())),
        reminder_date=draw(st.one_of(st.none(), st.dates())),
        members=tuple(draw(st.lists(members(key), min_size=1, max_size=5))),
        evidence=tuple(draw(st.lists(evidence(), max_size=4))),
        contact=draw(st.dictionaries(st.sampled_from(["phone", "email", "language"]), st.text(max_size=30))),
        preferences=draw(st.dictionaries(st.sampled_from(["large_text", "language"]), st.booleans())),
    )


@settings(max_examples=150, deadline=None)
@given(snapshots())
def test_every_snapshot_encodes_to_a_valid_submission(snapshot: SubmissionSnapshot) -> None:
    body = JsonSubmissionEncoder().encode(snapshot)
    decoded = json.loads(body)
    assert validate("Submission", decoded) == []
    assert body == canonical_json(decoded)  # canonical: same snapshot, same bytes
    for member, wire in zip(snapshot.members, decoded["members"], strict=True):
        if member.confirmation is not None:
            # The register recomputes exactly the bytes the card signed.
            wire_statement = Statement.from_dict(wire["confirmation"]["statement"])
            assert statement_v1(wire_statement) == statement_v1(member.confirmation.statement)


def test_invalid_body_is_reported_with_field_paths_and_no_values() -> None:
    errors = validate("Submission", {"schema_version": 1, "members": [{"national_number": "12"}]})
    paths = {e.path for e in errors}
    assert "/" in paths or "/members/0" in paths
    assert all("12" not in e.message for e in errors)


def test_encoder_declares_the_schema_version() -> None:
    assert JsonSubmissionEncoder.schema_version == 1
