"""WIL staff who sign in to the worklist: argon2id passwords, lockout, expiring sessions, CSRF tokens.

A session is a random token in a cookie; the database keeps only its SHA-256, with a CSRF token
that every form posts back. A session ends after `session_minutes` without a request and after
`session_max_hours` in all. Wrong passwords lock the account for `lockout_minutes` after
`lockout_attempts` in a row; the answer never says whether the name exists.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete
from sqlalchemy.orm import Session

from intake import audit
from intake.settings import IntakeSettings
from kiosk.statement import utc_timestamp
from sync.simulator import models as m
from sync.simulator.register import Register

_HASHER = PasswordHasher()  # argon2id, the library's defaults (RFC 9106's second recommended option)
_DUMMY_HASH = _HASHER.hash("not a password of anyone")
MIN_PASSWORD_LENGTH = 12


class SignInRefused(Exception):
    """Sign-in refused; the message is safe to show (it never says whether the name exists)."""


@dataclass(frozen=True)
class StaffSession:
    """A signed-in staff member: the name, the cookie token and the CSRF token of the session."""

    username: str
    token: str
    csrf_token: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_account(register: Register, username: str, password: str, now: datetime) -> None:
    """Create a staff account, or set a new password on an existing one (which also unlocks it)."""
    if not username or len(username) > 64 or not username.replace("-", "").replace(".", "").isalnum():
        raise ValueError("a staff name is 1-64 letters, digits, dots or dashes")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"a staff password has at least {MIN_PASSWORD_LENGTH} characters")
    with register.session() as s:
        account = s.get(m.StaffAccount, username)
        if account is None:
            account = m.StaffAccount(username=username, created_at=utc_timestamp(now))
            s.add(account)
        account.password_hash = _HASHER.hash(password)
        account.failed_attempts, account.locked_until, account.disabled = 0, None, False
        audit.record(s, now, username, "account-set")


def sign_in(
    register: Register, username: str, password: str, now: datetime, settings: IntakeSettings
) -> StaffSession:
    """Check the password and open a session; raise `SignInRefused` (the failure counted and audited)."""
    with register.session() as s:  # committed also when refused: the count and the audit must stay
        outcome = _attempt(s, username, password, now, settings)
    if isinstance(outcome, str):
        raise SignInRefused(outcome)
    return outcome


def _attempt(
    s: Session, username: str, password: str, now: datetime, settings: IntakeSettings
) -> StaffSession | str:
    account = s.get(m.StaffAccount, username[:64], with_for_update=True)
    if account is None or account.disabled:
        _verify(_DUMMY_HASH, password)  # the same work, so timing does not tell names apart
        audit.record(s, now, username[:64], "sign-in-refused")
        return "wrong name or password"
    if account.locked_until and account.locked_until > utc_timestamp(now):
        audit.record(s, now, username, "sign-in-locked")
        return f"this account is locked until {account.locked_until[11:16]} UTC after wrong passwords"
    if not _verify(account.password_hash, password):
        _count_failure(account, now, settings)
        audit.record(s, now, username, "sign-in-refused")
        return "wrong name or password"
    account.failed_attempts, account.locked_until = 0, None
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    s.add(
        m.StaffSession(
            token_sha256=_digest(token),
            username=username,
            csrf_token=csrf,
            created_at=utc_timestamp(now),
            last_seen_at=utc_timestamp(now),
            expires_at=utc_timestamp(now + timedelta(hours=settings.session_max_hours)),
        )
    )
    audit.record(s, now, username, "sign-in")
    return StaffSession(username, token, csrf)


def _verify(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _count_failure(account: m.StaffAccount, now: datetime, settings: IntakeSettings) -> None:
    account.failed_attempts += 1
    if account.failed_attempts >= settings.lockout_attempts:
        account.locked_until = utc_timestamp(now + timedelta(minutes=settings.lockout_minutes))
        account.failed_attempts = 0


def session_of(
    register: Register, token: str | None, now: datetime, settings: IntakeSettings
) -> StaffSession | None:
    """The live session of a cookie token (its idle time restarts), None when absent or expired."""
    if not token:
        return None
    with register.session() as s:
        row = s.get(m.StaffSession, _digest(token))
        if row is None:
            return None
        idle_limit = utc_timestamp(now - timedelta(minutes=settings.session_minutes))
        account = s.get(m.StaffAccount, row.username)
        if (
            row.last_seen_at < idle_limit
            or row.expires_at <= utc_timestamp(now)
            or account is None
            or account.disabled
        ):
            s.delete(row)
            audit.record(s, now, row.username, "session-expired")
            return None
        row.last_seen_at = utc_timestamp(now)
        return StaffSession(row.username, token, row.csrf_token)


def sign_out(register: Register, session: StaffSession, now: datetime) -> None:
    """End a session."""
    with register.session() as s:
        s.execute(delete(m.StaffSession).where(m.StaffSession.token_sha256 == _digest(session.token)))
        audit.record(s, now, session.username, "sign-out")


def csrf_ok(session: StaffSession, posted: str | None) -> bool:
    """Whether a form carried the session's CSRF token."""
    return posted is not None and secrets.compare_digest(session.csrf_token, posted)
