"""The local database as SQLAlchemy 2.0 typed models (schema only; see `kiosk/migrations/`).

What is plaintext and why: ids, times, states, the register's candidate and dossier numbers (needed
by sync without an operator), the deadline date (for the "due within 7 days" list), counts and
hashes. Everything personal (names, national numbers, addresses, answers, contact details,
signatures and certificates) lives in `Dossier.payload`, encrypted with the dossier's data key; a
national number is findable only through its HMAC (`MemberLookup`). Outbox entries hold sealed bytes
only the register can open.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime; SQLite keeps no zone, so store UTC and add it back on load."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert to naive UTC for storage; refuse naive input (its zone is unknown)."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: give a timezone-aware UTC time")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Mark the stored naive UTC time as UTC."""
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base with named constraints (so batch migrations on SQLite can refer to them)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class DeviceState(Base):
    """One row: the store's identity and the master key's recovery wrap."""

    __tablename__ = "device_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    store_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    practice: Mapped[bool] = mapped_column(Boolean, default=False)
    recovery_wrap: Mapped[bytes] = mapped_column(LargeBinary)
    master_check: Mapped[bytes] = mapped_column(LargeBinary)  # proves a recovered key is the master key
    last_sync_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    updates_cursor: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class Enrollment(Base):
    """The enrollment record: this terminal at the register (the token is in the SecretStore)."""

    __tablename__ = "enrollment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(100))
    register_url: Mapped[str] = mapped_column(String(500))
    sealing_public_key: Mapped[bytes] = mapped_column(LargeBinary)
    receipt_key_wrap: Mapped[bytes] = mapped_column(LargeBinary)  # device-wrapped
    enrolled_at: Mapped[datetime] = mapped_column(UtcDateTime())
    practice: Mapped[bool] = mapped_column(Boolean, default=False)


class Operator(Base):
    """A named operator with roles; the master key wrapped under their password and the device key."""

    __tablename__ = "operators"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    roles: Mapped[str] = mapped_column(String(200))  # comma-separated Role values
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    kdf: Mapped[str] = mapped_column(String(100))
    master_wrap: Mapped[bytes] = mapped_column(LargeBinary)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Dossier(Base):
    """A household dossier; personal content is in `payload`, encrypted with its data key."""

    __tablename__ = "dossiers"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_reference: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), index=True)
    household_ref: Mapped[str] = mapped_column(String(64), index=True)  # HMAC of the household key
    candidate_number: Mapped[str | None] = mapped_column(String(20), nullable=True, index=True)
    dossier_number: Mapped[str | None] = mapped_column(String(20), nullable=True)
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True, index=True)
    location: Mapped[str] = mapped_column(String(100))
    terminal_id: Mapped[str] = mapped_column(String(100))
    practice: Mapped[bool] = mapped_column(Boolean, default=False)
    adults_total: Mapped[int] = mapped_column(Integer, default=0)
    adults_confirmed: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    definitive_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    last_submission_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    notifications: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of codes, no personal data
    payload: Mapped[bytes] = mapped_column(LargeBinary)


class DossierKey(Base):
    """A dossier's data key, wrapped by the master key; purge deletes this row (crypto-shredding)."""

    __tablename__ = "dossier_keys"

    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), primary_key=True)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)


class MemberLookup(Base):
    """HMAC of a member's national number, so a dossier is found without decrypting every one."""

    __tablename__ = "member_lookup"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    national_number_hmac: Mapped[str] = mapped_column(String(64), index=True)


class EvidenceBlob(Base):
    """An encrypted evidence file under `evidence/` (content encrypted with the dossier's data key)."""

    __tablename__ = "evidence_files"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    sent: Mapped[bool] = mapped_column(Boolean, default=False)  # already queued as an attachment


class OutboxEntry(Base):
    """A sealed submission or attachment waiting for the register (see `kiosk/outbox.py`)."""

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_state_next", "state", "next_attempt_at"),
        Index("ix_outbox_state_created", "state", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_ref: Mapped[str] = mapped_column(String(64), index=True)
    dossier_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    submission_id: Mapped[str] = mapped_column(String(36), index=True)
    supersedes: Mapped[str | None] = mapped_column(String(36), nullable=True)
    kind: Mapped[str] = mapped_column(String(20))
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    state: Mapped[str] = mapped_column(String(20))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    answer: Mapped[str | None] = mapped_column(Text, nullable=True)
    practice: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class OutboxSealed(Base):
    """The sealed bytes of one outbox entry, apart from its state (see migration 0003).

    SQLite rewrites a whole row when one column changes; kept apart, a scan of up to 10 MiB is
    written once, at visit end, whatever its entry goes through before the register takes it.
    """

    __tablename__ = "outbox_sealed"

    entry_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"), primary_key=True)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)


class AuditEvent(Base):
    """One append-only audit event without personal data, HMAC-chained to the previous one."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(50))
    subject: Mapped[str] = mapped_column(String(100), default="")
    details: Mapped[str] = mapped_column(Text, default="{}")
    mac: Mapped[str] = mapped_column(String(64))


class Tombstone(Base):
    """What remains of a purged dossier: references, times and the last payload's hash."""

    __tablename__ = "tombstones"

    dossier_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    local_reference: Mapped[str] = mapped_column(String(20))
    dossier_number: Mapped[str | None] = mapped_column(String(20), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    definitive_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    purged_at: Mapped[datetime] = mapped_column(UtcDateTime())
    payload_sha256: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(String(50))


class VisitLog(Base):
    """One row per ended visit, for statistics per day and location (no personal data)."""

    __tablename__ = "visits"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    dossier_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    operator: Mapped[str] = mapped_column(String(100))
    terminal_id: Mapped[str] = mapped_column(String(100))
    location: Mapped[str] = mapped_column(String(100), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ended_at: Mapped[datetime] = mapped_column(UtcDateTime())
    kind: Mapped[str] = mapped_column(String(20))
    adults_confirmed: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(20))
