"""The confirmation statement (`statement_v1`): the exact bytes an eID signs (ARCHITECTURE.md s. 4)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import Literal

STATEMENT_VERSION = 1
StatementKind = Literal["confirmation", "attestation"]


def canonical_json(value: object) -> bytes:
    """Return UTF-8 JSON with sorted keys and no spaces: one object, one byte string."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def declarations_digest(answers: Mapping[str, object]) -> str:
    """Return the hex SHA-256 of the canonical JSON of the declaration answers."""
    return hashlib.sha256(canonical_json(dict(answers))).hexdigest()


def utc_timestamp(moment: datetime) -> str:
    """Return `moment` in UTC as YYYY-MM-DDTHH:MM:SSZ (seconds precision, as signed)."""
    if moment.tzinfo is None:
        raise ValueError("a naive datetime cannot be signed: its time zone is unknown")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def statement_fields(
    *,
    kind: StatementKind,
    visit_id: str,
    household_key: str,
    national_number: str,
    subject_national_number: str,
    declarations_sha256: str,
    evidence_sha256: Iterable[str],
    confirmed_at: datetime,
    terminal_id: str,
) -> dict[str, object]:
    """Return the statement's fields; `subject_national_number` is the member confirmed for.

    For a confirmation by the adult themselves both national numbers are equal; for a staff
    attestation, or a confirmation under a volmacht, `national_number` is the signer's.
    """
    return {
        "v": STATEMENT_VERSION,
        "kind": kind,
        "visit_id": visit_id,
        "household_key": household_key,
        "national_number": national_number,
        "subject_national_number": subject_national_number,
        "declarations_sha256": declarations_sha256,
        "evidence_sha256": sorted(evidence_sha256),
        "confirmed_at": utc_timestamp(confirmed_at),
        "terminal_id": terminal_id,
    }


def statement_v1(fields: Mapping[str, object]) -> bytes:
    """Return the canonical bytes of a statement built by `statement_fields`."""
    expected = {
        "v",
        "kind",
        "visit_id",
        "household_key",
        "national_number",
        "subject_national_number",
        "declarations_sha256",
        "evidence_sha256",
        "confirmed_at",
        "terminal_id",
    }
    if set(fields) != expected or fields["v"] != STATEMENT_VERSION:
        raise ValueError("not a statement_v1 field set")
    return canonical_json(dict(fields))
