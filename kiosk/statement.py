"""The confirmation statement (`statement_v1`): the exact bytes an eID signs.

A `Statement` is typed; its canonical bytes are the UTF-8 JSON of its fields with sorted keys and no
spaces (docs/architecture.md, "The confirmation statement"). The bytes of version 1 never change:
signatures already made must verify forever, so `tests/unit/test_statement.py` pins them.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal, cast

STATEMENT_VERSION = 1
StatementKind = Literal["confirmation", "attestation"]
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_FIELDS = (
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
)


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


@dataclass(frozen=True)
class Statement:
    """What one confirmation or attestation says, as signed.

    `subject_national_number` is the member confirmed for; `national_number` is the signer's (equal for
    an adult confirming for themselves; the staff member's for an attestation; the present adult's
    under a volmacht). National numbers are kept out of the repr.
    """

    kind: StatementKind
    visit_id: str
    household_key: str = field(repr=False)
    national_number: str = field(repr=False)
    subject_national_number: str = field(repr=False)
    declarations_sha256: str
    evidence_sha256: tuple[str, ...]
    confirmed_at: str  # UTC, YYYY-MM-DDTHH:MM:SSZ, as signed
    terminal_id: str
    v: int = STATEMENT_VERSION

    def __post_init__(self) -> None:
        if self.v != STATEMENT_VERSION:
            raise ValueError("not a statement_v1")
        if self.kind not in ("confirmation", "attestation"):
            raise ValueError("a statement's kind is confirmation or attestation")
        if not _TIMESTAMP.match(self.confirmed_at):
            raise ValueError("confirmed_at is not a UTC timestamp")
        object.__setattr__(self, "evidence_sha256", tuple(sorted(self.evidence_sha256)))

    def as_dict(self) -> dict[str, object]:
        """The fields as the wire and the payload carry them (evidence hashes as a sorted list)."""
        values: dict[str, object] = {name: getattr(self, name) for name in _FIELDS}
        values["evidence_sha256"] = list(self.evidence_sha256)
        return values

    @classmethod
    def from_dict(cls, values: Mapping[str, object]) -> Statement:
        """Read a statement back strictly: exactly the version-1 fields, each of its type."""
        if set(values) != set(_FIELDS):
            raise ValueError("not a statement_v1 field set")
        strings = {name: values[name] for name in _FIELDS if name not in ("v", "evidence_sha256")}
        if not all(isinstance(value, str) for value in strings.values()):
            raise ValueError("a statement field that should be text is not")
        hashes = values["evidence_sha256"]
        if not isinstance(hashes, list) or not all(isinstance(h, str) for h in hashes):
            raise ValueError("evidence_sha256 is not a list of hashes")
        version = values["v"]
        if type(version) is not int:
            raise ValueError("not a statement_v1")
        texts = cast(dict[str, str], strings)
        return cls(
            kind=cast(StatementKind, texts["kind"]),
            visit_id=texts["visit_id"],
            household_key=texts["household_key"],
            national_number=texts["national_number"],
            subject_national_number=texts["subject_national_number"],
            declarations_sha256=texts["declarations_sha256"],
            evidence_sha256=tuple(hashes),
            confirmed_at=texts["confirmed_at"],
            terminal_id=texts["terminal_id"],
            v=version,
        )


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
) -> Statement:
    """Build the statement; `subject_national_number` is the member confirmed for."""
    return Statement(
        kind=kind,
        visit_id=visit_id,
        household_key=household_key,
        national_number=national_number,
        subject_national_number=subject_national_number,
        declarations_sha256=declarations_sha256,
        evidence_sha256=tuple(evidence_sha256),
        confirmed_at=utc_timestamp(confirmed_at),
        terminal_id=terminal_id,
    )


def statement_v1(statement: Statement) -> bytes:
    """Return the canonical bytes the card signs."""
    return canonical_json(statement.as_dict())
