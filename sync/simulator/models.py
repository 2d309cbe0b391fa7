"""The register's storage: SQLAlchemy 2.0 models (SQLite by default, PostgreSQL for the intake service).

Columns holding personal data are sealed at rest (`sync.simulator.at_rest`); the schema is under
Alembic (`sync.simulator.migrations`, applied by `sync.simulator.schema.upgrade`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from sync.simulator.at_rest import MatchableText, SealedBytes, SealedText

_NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with named constraints."""

    metadata = MetaData(naming_convention=_NAMING)


class RegisterKey(Base):
    """The register's own secrets: the X25519 sealing key pair."""

    __tablename__ = "register_keys"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


class EnrollmentCode(Base):
    """A one-time code printed by `register-sim terminal add`; stored as a hash."""

    __tablename__ = "enrollment_codes"
    code_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    used: Mapped[bool] = mapped_column(Boolean, default=False)


class Terminal(Base):
    """An enrolled terminal; the token is stored as a hash."""

    __tablename__ = "terminals"
    terminal_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    token_sha256: Mapped[str | None] = mapped_column(String(64), unique=True)
    receipt_key: Mapped[bytes] = mapped_column(LargeBinary)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    label: Mapped[str] = mapped_column(String(120), default="")
    enrolled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Staff(Base):
    """A national number on the WIL staff list (may sign attestations)."""

    __tablename__ = "staff"
    national_number: Mapped[str] = mapped_column(MatchableText("staff.national_number"), primary_key=True)


class Household(Base):
    """A household as the register knows it; practice households are kept apart."""

    __tablename__ = "households"
    __table_args__ = (UniqueConstraint("household_key", "practice"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_key: Mapped[str] = mapped_column(MatchableText("households.household_key"))
    practice: Mapped[bool] = mapped_column(Boolean, default=False)
    candidate_number: Mapped[str | None] = mapped_column(String(12))
    dossier_number: Mapped[str | None] = mapped_column(String(12), unique=True)
    letter_date: Mapped[str | None] = mapped_column(String(10))
    reminder_date: Mapped[str | None] = mapped_column(String(10))
    # The intake service's worklist (sync/simulator/worklist.py): where WIL staff are with it.
    received_at: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="received", server_default="received")
    status_at: Mapped[str | None] = mapped_column(String(20))
    entered_at: Mapped[str | None] = mapped_column(String(20))  # entered in the CIR by WIL staff
    purged_at: Mapped[str | None] = mapped_column(String(20))


class Member(Base):
    """One member of a household, merged across submissions; keeps the newest signed confirmation."""

    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("household_id", "member_key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    # national number, else "id:" + the kiosk's member id; sealed, still matchable
    member_key: Mapped[str] = mapped_column(MatchableText("members.member_key"))
    member_id: Mapped[str] = mapped_column(String(64))
    first_name: Mapped[str] = mapped_column(SealedText("members.first_name"))
    role: Mapped[str] = mapped_column(String(20))
    adult: Mapped[bool] = mapped_column(Boolean)
    confirmed_at: Mapped[str | None] = mapped_column(String(20))
    confirmation_json: Mapped[str | None] = mapped_column(SealedText("members.confirmation_json"))


class EvidenceItem(Base):
    """An evidence requirement of a household and whether it is satisfied."""

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("household_id", "evidence_type", "member_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    evidence_type: Mapped[str] = mapped_column(String(64))
    member_id: Mapped[str] = mapped_column(String(64), default="")
    satisfied: Mapped[bool] = mapped_column(Boolean, default=False)
    files_json: Mapped[str] = mapped_column(Text, default="[]")


class Attachment(Base):
    """A received evidence file (content-addressed, sealed at rest; None once purged)."""

    __tablename__ = "attachments"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes | None] = mapped_column(SealedBytes("attachments.data"), deferred=True)
    terminal_id: Mapped[str] = mapped_column(String(64))


class Submission(Base):
    """A processed submission: the idempotency record (key, payload fingerprint, stored answer)."""

    __tablename__ = "submissions"
    submission_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    fingerprint: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(20))
    supersedes: Mapped[str | None] = mapped_column(String(36))
    answer_json: Mapped[str] = mapped_column(Text)
    # The opened body, sealed at rest, for the worklist; None once purged (the answer stays for replays).
    body: Mapped[bytes | None] = mapped_column(SealedBytes("submissions.body"), deferred=True)


class HouseholdTerminal(Base):
    """Which terminals submitted or looked up a household (they get its updates)."""

    __tablename__ = "household_terminals"
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(64), primary_key=True)


class Event(Base):
    """An update for terminals: a dossier number or a notification, numbered for `since=`."""

    __tablename__ = "events"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"))
    kind: Mapped[str] = mapped_column(String(20))  # "dossier" | "notification"
    text: Mapped[str] = mapped_column(SealedText("events.text"))
    created_at: Mapped[str] = mapped_column(String(20))


class DailySequence(Base):
    """The last dossier sequence number used on a day (dossier number = YYYYMMDD + 4 digits)."""

    __tablename__ = "daily_sequences"
    day: Mapped[str] = mapped_column(String(8), primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


class LookupAudit(Base):
    """One household lookup: who asked, when, and whether it was found (no national number)."""

    __tablename__ = "lookup_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(64))
    at: Mapped[str] = mapped_column(String(20))
    found: Mapped[bool] = mapped_column(Boolean)


class AuditHeadRecord(Base):
    """The latest audit chain head a terminal reported."""

    __tablename__ = "audit_heads"
    terminal_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    head: Mapped[str] = mapped_column(String(64))
    count: Mapped[int] = mapped_column(Integer)
    received_at: Mapped[str] = mapped_column(String(20))


class AuditCheck(Base):
    """Whether a terminal proves audit continuity (sends `previous`); once it did, it must go on."""

    __tablename__ = "audit_checks"
    terminal_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    proves: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditFlag(Base):
    """A break of a terminal's audit continuity; open until WIL clears it (`register-sim terminal clear`)."""

    __tablename__ = "audit_flags"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(64), index=True)
    reason: Mapped[str] = mapped_column(String(20))  # rollback | mismatch | missing-proof
    recorded_count: Mapped[int] = mapped_column(Integer)
    reported_count: Mapped[int] = mapped_column(Integer)
    flagged_at: Mapped[str] = mapped_column(String(20))
    cleared_at: Mapped[str | None] = mapped_column(String(20))


class RestoreDeclaration(Base):
    """A terminal declared that its store was restored from a backup (a rollback WIL is told about)."""

    __tablename__ = "restore_declarations"
    restore_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    terminal_id: Mapped[str] = mapped_column(String(64), index=True)
    backup_count: Mapped[int] = mapped_column(Integer)
    backup_head: Mapped[str] = mapped_column(String(64))
    backup_created_at: Mapped[str] = mapped_column(String(20))
    restored_at: Mapped[str] = mapped_column(String(20))
    recorded_count: Mapped[int] = mapped_column(Integer)  # what the register held before
    declared_at: Mapped[str] = mapped_column(String(20))
    body_json: Mapped[str] = mapped_column(Text)


class StaffAccount(Base):
    """A WIL employee who signs in to the worklist: an argon2id password hash and its lockout state."""

    __tablename__ = "staff_accounts"
    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[str | None] = mapped_column(String(20))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[str] = mapped_column(String(20))


class StaffSession(Base):
    """A signed-in worklist session: the cookie's hash, its CSRF token and when it expires."""

    __tablename__ = "staff_sessions"
    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(ForeignKey("staff_accounts.username"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(20))
    last_seen_at: Mapped[str] = mapped_column(String(20))
    expires_at: Mapped[str] = mapped_column(String(20))


class WorklistAudit(Base):
    """What a staff member did on the worklist (sign-ins, views, actions); ids and codes, no personal data."""

    __tablename__ = "worklist_audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[str] = mapped_column(String(20))
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    household_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[str] = mapped_column(String(200), default="")


class HouseholdChangeRecord(Base):
    """A household change a submission reported (submission version 2): who left, separated, died, etc.

    Each submission replaces the changes its terminal reported before for the household (a submission
    is the household's whole current state at that terminal).
    """

    __tablename__ = "household_changes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), index=True)
    # the member's national number or "id:" + member id, and the day: sealed like members.member_key
    member_key: Mapped[str] = mapped_column(SealedText("household_changes.member_key"))
    kind: Mapped[str] = mapped_column(String(20))  # left | separated | deceased | turned_adult | joined
    on: Mapped[str | None] = mapped_column(SealedText("household_changes.on"))
    terminal_id: Mapped[str] = mapped_column(String(64))
    submission_id: Mapped[str] = mapped_column(String(36))


class WithdrawalRecord(Base):
    """The household withdrew: the reference tenant's signed "no" to staying registered."""

    __tablename__ = "withdrawals"
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id"), primary_key=True)
    submission_id: Mapped[str] = mapped_column(String(36))
    member_key: Mapped[str] = mapped_column(SealedText("withdrawals.member_key"))
    withdrawn_at: Mapped[str] = mapped_column(String(20))
