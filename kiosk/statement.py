"""The confirmation statement: the exact bytes an eID signs.

A `Statement` is typed; its canonical bytes are the UTF-8 JSON of its fields with sorted keys and no
spaces (docs/architecture.md, "The confirmation statement"). Version 1 (`statement_v1`) is what an
adult signs for themselves (kind "confirmation") or WIL staff sign about a member ("attestation");
its bytes never change: signatures already made must verify forever, so `tests/unit/test_statement.py`
pins them. Version 2 adds one kind, "representation": someone outside the household signs for a
member, and the statement names in what capacity (`capacity`: a court-appointed administrator or the
holder of a volmacht), so the signature covers who signs for whom and why.
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
REPRESENTATION_VERSION = 2
StatementKind = Literal["confirmation", "attestation", "representation"]
Capacity = Literal["administrator", "volmacht_holder"]
_KINDS_BY_VERSION = {
    STATEMENT_VERSION: ("confirmation", "attestation"),
    REPRESENTATION_VERSION: ("representation",),
}
_CAPACITIES = ("administrator", "volmacht_holder")
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
_FIELDS_V2 = (*_FIELDS, "capacity")


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
    under a volmacht; the administrator's or outside volmacht holder's for a representation, version
    2, whose `capacity` says which). National numbers are kept out of the repr.
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
    capacity: Capacity | None = None  # version 2 only: why the signer may sign for the subject

    def __post_init__(self) -> None:
        if self.v not in _KINDS_BY_VERSION:
            raise ValueError("not a known statement version")
        if self.kind not in _KINDS_BY_VERSION[self.v]:
            raise ValueError(f"a version-{self.v} statement's kind is one of {_KINDS_BY_VERSION[self.v]}")
        if (self.capacity is not None) != (self.v == REPRESENTATION_VERSION):
            raise ValueError("a capacity belongs to a representation (version 2) and only there")
        if self.capacity is not None and self.capacity not in _CAPACITIES:
            raise ValueError("a capacity is administrator or volmacht_holder")
        if not _TIMESTAMP.match(self.confirmed_at):
            raise ValueError("confirmed_at is not a UTC timestamp")
        object.__setattr__(self, "evidence_sha256", tuple(sorted(self.evidence_sha256)))

    def as_dict(self) -> dict[str, object]:
        """The fields as the wire and the payload carry them (evidence hashes as a sorted list)."""
        names = _FIELDS_V2 if self.v == REPRESENTATION_VERSION else _FIELDS
        values: dict[str, object] = {name: getattr(self, name) for name in names}
        values["evidence_sha256"] = list(self.evidence_sha256)
        return values

    @classmethod
    def from_dict(cls, values: Mapping[str, object]) -> Statement:
        """Read a statement back strictly: exactly the fields of its version, each of its type."""
        version = values.get("v")
        names = _FIELDS_V2 if version == REPRESENTATION_VERSION and type(version) is int else _FIELDS
        if set(values) != set(names):
            raise ValueError("not a statement field set")
        strings = {name: values[name] for name in names if name not in ("v", "evidence_sha256")}
        if not all(isinstance(value, str) for value in strings.values()):
            raise ValueError("a statement field that should be text is not")
        hashes = values["evidence_sha256"]
        if not isinstance(hashes, list) or not all(isinstance(h, str) for h in hashes):
            raise ValueError("evidence_sha256 is not a list of hashes")
        if type(version) is not int:
            raise ValueError("not a statement version")
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
            capacity=cast(Capacity, texts["capacity"]) if "capacity" in texts else None,
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
    capacity: Capacity | None = None,
) -> Statement:
    """Build the statement; `subject_national_number` is the member confirmed for.

    A `capacity` makes it a version-2 "representation": the signer acts for the subject.
    """
    if capacity is not None:
        kind = "representation"
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
        v=STATEMENT_VERSION if capacity is None else REPRESENTATION_VERSION,
        capacity=capacity,
    )


def statement_bytes(statement: Statement) -> bytes:
    """Return the canonical bytes the card signs, for either version."""
    return canonical_json(statement.as_dict())


def statement_v1(statement: Statement) -> bytes:
    """Return the canonical bytes of a version-1 statement (what every signature before version 2 covers)."""
    if statement.v != STATEMENT_VERSION:
        raise ValueError("not a statement_v1")
    return statement_bytes(statement)
