"""The wire format of register API v1, shared by the client, the engine and the simulator.

The single source of truth is `resources/register-api.yaml`; this module loads its JSON Schemas,
validates bodies against them, and holds the small value types both sides exchange.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Final

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

API_VERSION: Final = 1
SCHEMA_VERSION: Final = 2  # the submission version this release writes
SUBMISSION_VERSIONS: Final = (1, 2)  # what the register accepts: queued version-1 entries still sync
SERVICE_NAME: Final = "cir-register"
PROBLEM_BASE: Final = "https://cir.example.invalid/problems/"
PROBLEM_CONTENT_TYPE: Final = "application/problem+json"

# Problem types, grouped by what the client does about them (docs/architecture.md section 7).
RETRYABLE_PROBLEMS: Final = frozenset({"server-busy", "in-flight", "rate-limited"})
PERMANENT_PROBLEMS: Final = frozenset({"invalid", "key-reused", "stale", "too-large", "bad-signature"})
AUTH_PROBLEMS: Final = frozenset({"unauthorized", "revoked", "forbidden"})


def problem_type(name: str) -> str:
    """Return the problem `type` URI for a short name such as "stale"."""
    return PROBLEM_BASE + name


def problem_name(type_uri: str) -> str:
    """Return the short name of a problem `type` URI ("" when it is not one of ours)."""
    return type_uri.removeprefix(PROBLEM_BASE) if type_uri.startswith(PROBLEM_BASE) else ""


@functools.cache
def contract() -> dict[str, Any]:
    """Return the parsed OpenAPI document."""
    text = resources.files("resources").joinpath("register-api.yaml").read_text(encoding="utf-8")
    document: dict[str, Any] = yaml.safe_load(text)
    return document


@functools.cache
def _validator(name: str) -> Draft202012Validator:
    # Resolve "#/components/schemas/X" refs against the whole document.
    document = contract()
    schema = {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
    return Draft202012Validator(schema)


@dataclass(frozen=True)
class FieldError:
    """One place where a body breaks the contract: a JSON pointer and a message without values."""

    path: str
    message: str


def validate(name: str, body: object) -> list[FieldError]:
    """Return the contract violations of `body` against schema `name` (empty when valid)."""
    errors = sorted(_validator(name).iter_errors(body), key=lambda e: list(e.absolute_path))
    return [FieldError(_pointer(e), _safe_message(e)) for e in errors[:20]]


def validate_submission(body: object) -> list[FieldError]:
    """Check an opened submission against the schema of its own version (`SubmissionV1`, `SubmissionV2`).

    Choosing the version first gives errors that point at the field, not at a `oneOf` of versions.
    """
    version = body.get("schema_version") if isinstance(body, dict) else None
    if version not in SUBMISSION_VERSIONS or isinstance(version, bool):
        return [FieldError("/schema_version", f"must be one of {list(SUBMISSION_VERSIONS)}")]
    return validate(f"SubmissionV{version}", body)


def _pointer(error: ValidationError) -> str:
    return "/" + "/".join(str(part) for part in error.absolute_path)


def _safe_message(error: ValidationError) -> str:
    # jsonschema's messages quote the offending value, which may be a national number: say which rule.
    return f"breaks the {error.validator!r} rule of the contract"


def idempotency_header(submission_id: str) -> str:
    """Return the Idempotency-Key value: an RFC 8941 string, so quoted."""
    return f'"{submission_id}"'


def parse_idempotency_header(value: str) -> str | None:
    """Return the key inside an Idempotency-Key header, or None when it is not a quoted string."""
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return None


def sha256_hex(data: bytes) -> str:
    """Return the hex SHA-256 of `data`."""
    return hashlib.sha256(data).hexdigest()


def b64(data: bytes) -> str:
    """Return standard base64 text."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Decode standard base64 text; raise ValueError when it is not valid base64."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def submission_context(submission_id: str) -> bytes:
    """Return the sealing context of a submission (kiosk/sealing.py associated data)."""
    return b"submission:" + submission_id.encode("ascii")


def attachment_context(sha256: str) -> bytes:
    """Return the sealing context of an attachment."""
    return b"attachment:" + sha256.encode("ascii")


def envelope(submission_id: str, sealed: bytes) -> dict[str, object]:
    """Return the SealedEnvelope body that carries a sealed submission."""
    return {"envelope_version": 1, "submission_id": submission_id, "sealed": b64(sealed)}


@dataclass(frozen=True)
class Missing:
    """Something the register still needs before it assigns a dossier number."""

    what: str  # "confirmation" | "evidence" | "attachment"
    member_id: str | None = None
    evidence_type: str | None = None

    def to_json(self) -> dict[str, object]:
        """Return the wire form."""
        body: dict[str, object] = {"what": self.what, "member_id": self.member_id}
        if self.evidence_type is not None:
            body["evidence_type"] = self.evidence_type
        return body


@dataclass(frozen=True)
class SubmissionResult:
    """The register's answer to a submission: complete with a dossier number, or incomplete."""

    submission_id: str
    status: str
    dossier_number: str | None
    received_at: str
    practice: bool = False
    missing: tuple[Missing, ...] = field(default_factory=tuple)

    def to_json(self) -> dict[str, object]:
        """Return the wire form."""
        return {
            "submission_id": self.submission_id,
            "status": self.status,
            "dossier_number": self.dossier_number,
            "practice": self.practice,
            "received_at": self.received_at,
            "missing": [m.to_json() for m in self.missing],
        }

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> SubmissionResult:
        """Build from a body already validated against `SubmissionResult`."""
        missing = tuple(
            Missing(m["what"], m.get("member_id"), m.get("evidence_type")) for m in body["missing"]
        )
        return cls(
            submission_id=body["submission_id"],
            status=body["status"],
            dossier_number=body["dossier_number"],
            received_at=body["received_at"],
            practice=bool(body.get("practice", False)),
            missing=missing,
        )


@dataclass(frozen=True)
class Enrollment:
    """What a terminal receives at enrollment."""

    terminal_id: str
    token: str
    sealing_public_key: bytes
    receipt_key: bytes
    max_attachment_bytes: int

    @classmethod
    def from_json(cls, body: dict[str, Any]) -> Enrollment:
        """Read a validated EnrollResponse body."""
        return cls(
            str(body["terminal_id"]),
            str(body["token"]),
            unb64(str(body["sealing_public_key"])),
            unb64(str(body["receipt_key"])),
            int(body["max_attachment_bytes"]),
        )


@dataclass(frozen=True)
class DossierUpdate:
    """A dossier number the register assigned to a household."""

    household_key: str
    dossier_number: str


@dataclass(frozen=True)
class Notification:
    """A message from the register about a household."""

    household_key: str
    text: str
    created_at: str


@dataclass(frozen=True)
class Updates:
    """What changed at the register for this terminal since a cursor."""

    cursor: int
    rules_version: str
    dossiers: tuple[DossierUpdate, ...]
    notifications: tuple[Notification, ...]


@dataclass(frozen=True)
class AuditFlag:
    """The register flagged this terminal's audit chain: why (`rollback`, `mismatch`, `missing-proof`)."""

    reason: str
    flagged_at: str
    open_flags: int = 1

    @classmethod
    def from_json(cls, body: dict[str, Any] | None) -> AuditFlag | None:
        """Build from a validated `AuditFlag` body (None stays None)."""
        if body is None:
            return None
        return cls(body["reason"], body["flagged_at"], int(body["open_flags"]))


@dataclass(frozen=True)
class AuditHeadAck:
    """The register's answer to an audit head: did it continue the history, and is the terminal flagged."""

    consistent: bool
    flagged: bool
    flag: AuditFlag | None = None


@dataclass(frozen=True)
class RestoredSubmission:
    """A submission the register holds that this terminal made after a backup it was restored from."""

    submission_id: str
    created_at: str
    status: str
    dossier_number: str | None


@dataclass(frozen=True)
class RestoreAck:
    """The register's answer to a restore declaration."""

    restore_id: str
    declared_at: str
    submissions: tuple[RestoredSubmission, ...]
