"""`statement_v1` produces exactly the bytes a card signs."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone

import pytest

from kiosk.statement import Statement, declarations_digest, statement_fields, statement_v1


def _fields(**changes: object) -> Statement:
    values: dict[str, object] = {
        "kind": "confirmation",
        "visit_id": "v-1",
        "household_key": "85073003328",
        "national_number": "85073003328",
        "subject_national_number": "85073003328",
        "declarations_sha256": declarations_digest({"income_changed": False, "owns_property": False}),
        "evidence_sha256": ["bb", "aa"],
        "confirmed_at": datetime(2026, 2, 14, 10, 30, 5, tzinfo=UTC),
        "terminal_id": "t-genk-1",
    }
    values.update(changes)
    return statement_fields(**values)  # type: ignore[arg-type]


def test_the_exact_bytes_for_a_fixed_input() -> None:
    assert statement_v1(_fields()) == (
        b'{"confirmed_at":"2026-02-14T10:30:05Z",'
        b'"declarations_sha256":"'
        + declarations_digest({"owns_property": False, "income_changed": False}).encode()
        + b'","evidence_sha256":["aa","bb"],"household_key":"85073003328","kind":"confirmation",'
        b'"national_number":"85073003328","subject_national_number":"85073003328",'
        b'"terminal_id":"t-genk-1","v":1,"visit_id":"v-1"}'
    )


def test_the_declarations_digest_is_pinned() -> None:
    # sha256 of the UTF-8 bytes {"a":"é","b":1}
    assert hashlib.sha256('{"a":"é","b":1}'.encode()).hexdigest() == (
        "aa58fba8483623bed37c1b02edfccbdd9a53123837c20bfa4cb4049993a2872e"
    )
    assert declarations_digest({"b": 1, "a": "é"}) == (
        "aa58fba8483623bed37c1b02edfccbdd9a53123837c20bfa4cb4049993a2872e"
    )


def test_time_is_converted_to_utc() -> None:
    brussels = timezone(timedelta(hours=1))
    local = datetime(2026, 2, 14, 11, 30, 5, tzinfo=brussels)
    assert b'"confirmed_at":"2026-02-14T10:30:05Z"' in statement_v1(_fields(confirmed_at=local))


def test_a_naive_time_is_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        _fields(confirmed_at=datetime(2026, 2, 14, 10, 30))


def test_a_missing_or_extra_field_is_refused() -> None:
    fields = _fields().as_dict()
    del fields["terminal_id"]
    with pytest.raises(ValueError):
        Statement.from_dict(fields)
    with pytest.raises(ValueError):
        Statement.from_dict({**_fields().as_dict(), "comment": "hello"})


def test_a_field_of_the_wrong_type_is_refused() -> None:
    with pytest.raises(ValueError):
        Statement.from_dict({**_fields().as_dict(), "visit_id": 7})
    with pytest.raises(ValueError):
        Statement.from_dict({**_fields().as_dict(), "confirmed_at": "yesterday"})


# A statement as a register received it from a kiosk of an earlier release: its bytes must stay the
# bytes that card signed, whatever the code around the statement becomes.
FROZEN_WIRE = {
    "v": 1,
    "kind": "attestation",
    "visit_id": "0b7f2a3c-5e0d-4c55-9d2b-6f1d4e8a9c10",
    "household_key": "201905140017",
    "national_number": "79052012695",
    "subject_national_number": "88110210514",
    "declarations_sha256": "aa58fba8483623bed37c1b02edfccbdd9a53123837c20bfa4cb4049993a2872e",
    "evidence_sha256": ["0a" * 32, "ff" * 32],
    "confirmed_at": "2026-11-27T09:41:07Z",
    "terminal_id": "T-GENK-01",
}
# The sha256 the release before typed statements computed for these bytes.
FROZEN_SHA256 = "3610d73886f69cc0bc23db291b97f7f5a0983319d9c24b9f2110b2aeec835cf1"


def test_a_frozen_statement_keeps_its_signed_bytes() -> None:
    statement = Statement.from_dict(FROZEN_WIRE)
    signed = statement_v1(statement)
    assert signed.startswith(b'{"confirmed_at":"2026-11-27T09:41:07Z","declarations_sha256":"aa58')
    assert b'"evidence_sha256":["' + b"0a" * 32 + b'","' + b"ff" * 32 + b'"]' in signed
    assert hashlib.sha256(signed).hexdigest() == FROZEN_SHA256
    assert Statement.from_dict(statement.as_dict()) == statement
