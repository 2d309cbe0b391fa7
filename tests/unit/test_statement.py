"""`statement_v1` produces exactly the bytes a card signs."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone

import pytest

from kiosk.statement import declarations_digest, statement_fields, statement_v1


def _fields(**changes: object) -> dict[str, object]:
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


def test_a_missing_field_is_refused() -> None:
    fields = _fields()
    del fields["terminal_id"]
    with pytest.raises(ValueError):
        statement_v1(fields)
