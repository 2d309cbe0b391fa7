"""The register's behaviour, independent of HTTP: enrollment, submissions, merging, dossier numbers.

Plain methods over a SQLAlchemy engine the register owns; several processes (uvicorn workers) may
share one database. There is no process-wide lock: each request is one transaction, and
correctness comes from the database. A household's row is locked (`SELECT ... FOR UPDATE`) while a
submission merges into it; unique keys (submission id = idempotency key, household key, member,
attachment, dossier number) turn a race into an `IntegrityError`, and the transaction is then run
again, where it finds what the other one committed (a replay, an existing row). SQLite takes its
write lock at `BEGIN IMMEDIATE` instead (sync/simulator/schema.py).
"""

from __future__ import annotations

import collections
import hashlib
import hmac
import json
import random
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from importlib import resources
from typing import Any, TypeVar

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select
from sqlalchemy import text as sql
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import flag_modified

from kiosk.clock import SystemClock
from kiosk.ports import Clock
from kiosk.register_household import match_code
from kiosk.sealing import SealError, generate_keypair, open_sealed
from kiosk.statement import utc_timestamp
from sync.protocol import (
    FieldError,
    Missing,
    SubmissionResult,
    attachment_context,
    sha256_hex,
    submission_context,
    unb64,
    validate_submission,
)
from sync.simulator import models as m
from sync.simulator import schema
from sync.simulator.at_rest import ColumnKeys, install_keys
from sync.simulator.verify import TrustStore, check_confirmation, check_minor, check_representation

T = TypeVar("T")
WRITE_ATTEMPTS = 8  # a transaction that lost a race is run again this often before answering 503
EVENTS_LOCK = 0x43495232  # PostgreSQL advisory lock: events commit in `seq` order (the updates cursor)

DEFAULT_MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
MAX_JSON_DEPTH = 32  # the contract's deepest body (a submission) nests about 8 levels


class Problem(Exception):
    """An RFC 9457 problem the HTTP layer turns into an answer."""

    def __init__(
        self,
        status: int,
        name: str,
        title: str,
        errors: list[FieldError] | None = None,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(title)
        self.status = status
        self.name = name
        self.title = title
        self.errors = errors or []
        self.retry_after = retry_after


def parse_json(raw: bytes, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """Parse JSON text, refusing nesting deeper than `max_depth` and text that is not UTF-8 through."""
    try:
        body = json.loads(raw)
        # Lone surrogates parse but cannot be stored or hashed as UTF-8: refuse them here.
        json.dumps(body, ensure_ascii=False).encode("utf-8")
    except RecursionError:
        raise Problem(
            422, "invalid", "the body nests too deeply", [FieldError("/", "nested too deeply")]
        ) from None
    except (ValueError, UnicodeError):
        raise Problem(422, "invalid", "the body is not JSON", [FieldError("/", "not JSON")]) from None
    if _depth_exceeds(body, max_depth):
        errors = [FieldError("/", f"nested more than {max_depth} deep")]
        raise Problem(422, "invalid", "the body nests too deeply", errors)
    return body


def _depth_exceeds(value: Any, max_depth: int) -> bool:
    # Iterative, so checking depth can never itself run out of stack.
    pending: list[tuple[Any, int]] = [(value, 1)]
    while pending:
        current, depth = pending.pop()
        if isinstance(current, dict | list):
            if depth > max_depth:
                return True
            children = current.values() if isinstance(current, dict) else current
            pending.extend((child, depth + 1) for child in children)
    return False


@dataclass
class RegisterSettings:
    """How a simulator instance behaves."""

    trust: TrustStore = field(default_factory=lambda: TrustStore([]))
    max_attachment_bytes: int = DEFAULT_MAX_ATTACHMENT_BYTES
    lookups_per_minute: int = 30
    seed_training: bool = True
    # The simulator numbers a complete dossier itself; at the intake service WIL staff enter the dossier
    # in the CIR and record the CIR's number on the worklist (sync/simulator/worklist.py).
    assign_dossier_numbers: bool = True
    rules_version: str = field(default_factory=lambda: _bundled_rules()[0])
    rules_text: str = field(default_factory=lambda: _bundled_rules()[1])


def _bundled_rules() -> tuple[str, str]:
    """The rules file shipped with the kiosk: what the training register publishes by default."""
    from kiosk.rules import bundled_rules_path, load_rules_file

    path = bundled_rules_path()
    return load_rules_file(path).version, path.read_text(encoding="utf-8")


make_engine = schema.make_engine  # kept for callers of the simulator's earlier layout


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


class Register:
    """The simulated central register."""

    def __init__(
        self,
        db_url: str,
        settings: RegisterSettings | None = None,
        clock: Clock | None = None,
        *,
        sealing_private_key: bytes | None = None,
        migrate: bool = True,
    ) -> None:
        """Open (and, with `migrate`, upgrade) the database at `db_url`.

        `sealing_private_key` is the intake service's key from its key file; without it the register
        keeps a key pair in its own database, as the simulator does for training and tests.
        """
        self.settings = settings or RegisterSettings()
        self.clock: Clock = clock or SystemClock()
        self.engine = schema.make_engine(db_url)
        if migrate:
            schema.upgrade(self.engine)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._in_flight: set[str] = set()
        self._in_flight_lock = threading.Lock()
        self._lookups: dict[str, collections.deque[float]] = collections.defaultdict(collections.deque)
        self._sealing_private = sealing_private_key or self._write(self._ensure_sealing_key)
        self._sealing_public = _public_key_of(self._sealing_private)
        install_keys(self.engine, ColumnKeys.derive(self._sealing_private))
        self._ref_key = self._write(lambda s: self._ensure_key(s, "member_ref"))
        self._write(_seal_legacy_values)
        if self.settings.seed_training:
            self._write(lambda s: seed_training_households(s, self.clock.now().date()))

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work, committed on success (no lock: see the module docstring)."""
        with self._sessions.begin() as s:
            yield s

    def _write(self, work: Callable[[Session], T]) -> T:
        """Run `work` in a transaction; run it again when it lost a race to another transaction."""
        for attempt in range(WRITE_ATTEMPTS):
            try:
                with self._sessions.begin() as s:
                    return work(s)
            except (IntegrityError, OperationalError) as error:
                if not _lost_a_race(error):
                    raise
                time.sleep(random.uniform(0, 0.01 * 2**attempt))  # noqa: S311 - jitter, not security
        raise Problem(503, "server-busy", "the register is busy; retry", retry_after=1)

    def _ensure_sealing_key(self, s: Session) -> bytes:
        private = s.get(m.RegisterKey, "sealing_private")
        if private is None:
            private_raw, public_raw = generate_keypair()
            s.add(m.RegisterKey(name="sealing_private", value=private_raw))
            s.add(m.RegisterKey(name="sealing_public", value=public_raw))
            s.flush()
            return private_raw
        return private.value

    def _ensure_key(self, s: Session, name: str) -> bytes:
        row = s.get(m.RegisterKey, name)
        if row is None:
            row = m.RegisterKey(name=name, value=secrets.token_bytes(32))
            s.add(row)
        return row.value

    # --- administration (the `register-sim terminal|staff` commands) ------------------------------

    def add_terminal(self, label: str = "", terminal_id: str | None = None) -> tuple[str, str]:
        """Create a terminal and return (terminal_id, one-time enrollment code).

        `terminal_id` names it (a terminal moved to a new register keeps its id), else a fresh one.
        """
        terminal_id = terminal_id or "t-" + secrets.token_hex(6)
        code = "-".join(secrets.token_hex(2).upper() for _ in range(4))
        with self.session() as s:
            s.add(m.Terminal(terminal_id=terminal_id, receipt_key=secrets.token_bytes(32), label=label))
            s.add(m.EnrollmentCode(code_sha256=_digest(code), terminal_id=terminal_id))
        return terminal_id, code

    def revoke_terminal(self, terminal_id: str) -> bool:
        """Revoke a terminal; its token stops working. False when unknown."""
        with self.session() as s:
            terminal = s.get(m.Terminal, terminal_id)
            if terminal is None:
                return False
            terminal.revoked = True
            return True

    def set_staff(self, national_number: str, on_list: bool) -> None:
        """Add a national number to the staff list, or remove it."""
        with self.session() as s:
            current = s.get(m.Staff, national_number)
            if on_list and current is None:
                s.add(m.Staff(national_number=national_number))
            elif not on_list and current is not None:
                s.delete(current)

    def sealing_public_key(self) -> bytes:
        """Return the raw X25519 public key terminals seal to."""
        return self._sealing_public

    def open_sealed(self, box: bytes, context: bytes) -> bytes:
        """Open a box sealed to this register (the worklist's view of evidence, in memory only)."""
        return open_sealed(self._sealing_private, box, context)

    # --- terminals ------------------------------------------------------------------------------

    def enroll(self, code: str, label: str) -> dict[str, object]:
        """Exchange a one-time code for a token and the register's keys."""
        return self._write(lambda s: self._enroll(s, code, label))

    def _enroll(self, s: Session, code: str, label: str) -> dict[str, object]:
        from sync.protocol import b64

        record = s.scalars(
            select(m.EnrollmentCode)
            .where(m.EnrollmentCode.code_sha256 == _digest(code.strip().upper()))
            .with_for_update()  # two terminals racing with one code: one wins
        ).first()
        if record is None or record.used:
            raise Problem(401, "unauthorized", "unknown or used enrollment code")
        terminal = s.get(m.Terminal, record.terminal_id)
        if terminal is None or terminal.revoked:
            raise Problem(401, "revoked", "this terminal was revoked")
        record.used = True
        token = secrets.token_urlsafe(32)
        terminal.token_sha256 = _digest(token)
        terminal.enrolled_at = self.clock.now()
        terminal.label = label or terminal.label
        return {
            "terminal_id": terminal.terminal_id,
            "token": token,
            "sealing_public_key": b64(self._sealing_public),
            "receipt_key": b64(terminal.receipt_key),
            "max_attachment_bytes": self.settings.max_attachment_bytes,
        }

    def authenticate(self, authorization: str | None) -> str:
        """Return the terminal id of a bearer token; raise 401 Problems otherwise."""
        if not authorization or not authorization.startswith("Bearer "):
            raise Problem(401, "unauthorized", "a terminal token is required")
        with self.session() as s:
            token_hash = _digest(authorization.removeprefix("Bearer ").strip())
            terminal = s.scalars(select(m.Terminal).where(m.Terminal.token_sha256 == token_hash)).first()
            if terminal is None:
                raise Problem(401, "unauthorized", "unknown terminal token")
            if terminal.revoked:
                raise Problem(401, "revoked", "this terminal was revoked")
            return terminal.terminal_id

    # --- attachments ----------------------------------------------------------------------------

    def put_attachment(self, terminal_id: str, sha256: str, sealed: bytes) -> tuple[bool, int]:
        """Store an attachment after checking its plaintext hash; return (created, size)."""
        if len(sealed) > self.settings.max_attachment_bytes + 64:
            raise Problem(
                413, "too-large", f"attachments are limited to {self.settings.max_attachment_bytes} bytes"
            )
        with self.session() as s:
            size = s.scalar(select(m.Attachment.size).where(m.Attachment.sha256 == sha256))
            if size is not None:
                return False, size
        try:
            plaintext = open_sealed(self._sealing_private, sealed, attachment_context(sha256))
        except SealError:
            raise Problem(422, "invalid", "the attachment does not open with the register's key") from None
        if sha256_hex(plaintext) != sha256:
            raise Problem(422, "invalid", "the attachment's content does not match its sha256")
        return self._write(lambda s: _store_attachment(s, sha256, plaintext, terminal_id))

    # --- submissions ----------------------------------------------------------------------------

    @contextmanager
    def _claim(self, submission_id: str) -> Iterator[None]:
        with self._in_flight_lock:
            if submission_id in self._in_flight:
                raise Problem(409, "in-flight", "this submission is being processed; retry", retry_after=1)
            self._in_flight.add(submission_id)
        try:
            yield
        finally:
            with self._in_flight_lock:
                self._in_flight.discard(submission_id)

    def submit(self, terminal_id: str, submission_id: str, sealed_b64: str) -> tuple[int, dict[str, object]]:
        """Process a sealed submission; return (201 or 200 for a replay, the answer)."""
        with self._claim(submission_id):
            try:
                plaintext = open_sealed(
                    self._sealing_private, unb64(sealed_b64), submission_context(submission_id)
                )
            except (SealError, ValueError):
                raise Problem(
                    422,
                    "invalid",
                    "the submission does not open with the register's key",
                    [FieldError("/sealed", "not a sealed box for this submission")],
                ) from None
            fingerprint = sha256_hex(plaintext)
            with self.session() as s:
                stored = s.get(m.Submission, submission_id)
                if stored is not None:
                    return self._replay(stored, terminal_id, fingerprint)
            body = self._parse(plaintext, submission_id, terminal_id)
            # Signatures are checked before the write transaction: it stays short, and holds no lock
            # while the CPU verifies certificate chains.
            errors = self._check_confirmations(body)
            if errors:
                raise Problem(422, "bad-signature", "a confirmation does not verify", errors)
            if body["visit_kind"] == "withdrawal":
                _check_withdrawal(body)
            return self._write(lambda s: self._submit_once(s, terminal_id, body, fingerprint, plaintext))

    def _submit_once(
        self, s: Session, terminal_id: str, body: dict[str, Any], fingerprint: str, plaintext: bytes
    ) -> tuple[int, dict[str, object]]:
        """Merge one submission in the caller's transaction, with its household locked."""
        household = self._household(s, body)
        # Another worker may have committed this very submission while we waited for the lock.
        stored = s.get(m.Submission, body["submission_id"])
        if stored is not None:
            return self._replay(stored, terminal_id, fingerprint)
        answer = self._merge(s, terminal_id, body, fingerprint, household)
        _keep_body(s, body["submission_id"], plaintext)
        _note_received(household, utc_timestamp(self.clock.now()))
        return 201, answer

    def _replay(
        self, stored: m.Submission, terminal_id: str, fingerprint: str
    ) -> tuple[int, dict[str, object]]:
        # The fingerprint covers the whole opened body, its terminal_id included; a forwarding
        # terminal (`kiosk sync --import`) replays another terminal's submission byte for byte.
        if stored.fingerprint != fingerprint:
            raise Problem(422, "key-reused", "this Idempotency-Key was used with another payload")
        answer: dict[str, object] = json.loads(stored.answer_json)
        return 200, answer

    def _parse(self, plaintext: bytes, submission_id: str, terminal_id: str) -> dict[str, Any]:
        body = parse_json(plaintext)
        errors = validate_submission(body)
        if errors:
            raise Problem(422, "invalid", "the submission breaks the contract", errors)
        if body["submission_id"] != submission_id:
            raise Problem(
                422, "invalid", "ids differ", [FieldError("/submission_id", "differs from the URL")]
            )
        if body["terminal_id"] != terminal_id and not self._known_terminal(body["terminal_id"]):
            # Forwarded submissions (USB export) keep their own terminal; it must be one of ours.
            errors = [FieldError("/terminal_id", "is not an enrolled terminal")]
            raise Problem(422, "invalid", "unknown terminal", errors)
        parsed: dict[str, Any] = body
        return parsed

    def known_terminal(self, terminal_id: str) -> bool:
        """Whether a terminal with this id exists (revoked or not)."""
        with self.session() as s:
            return s.get(m.Terminal, terminal_id) is not None

    def _known_terminal(self, terminal_id: str) -> bool:
        with self.session() as s:
            terminal = s.get(m.Terminal, terminal_id)
            return terminal is not None and not terminal.revoked

    def _merge(
        self, s: Session, terminal_id: str, body: dict[str, Any], fingerprint: str, household: m.Household
    ) -> dict[str, object]:
        withdrawing = body["visit_kind"] == "withdrawal"
        origin = body["terminal_id"]  # differs from terminal_id when forwarded from a USB export
        self._refuse_stale(s, household, origin, body["created_at"])
        rows = _merge_members(s, household, body["members"], self.member_ref)
        _merge_evidence(s, household, body["evidence"])
        _merge_changes(s, household, body.get("changes", []), rows, origin, body["submission_id"])
        if withdrawing:
            status, missing = self._withdraw(s, household, body, rows), []
        else:
            missing = _missing(s, household)
            if not missing and household.dossier_number is None and self.settings.assign_dossier_numbers:
                household.dossier_number = self._next_dossier_number(s)
                self._event(s, household, "dossier", household.dossier_number)
            status = "complete" if household.dossier_number and not missing else "incomplete"
        for linked in {origin, terminal_id}:
            if s.get(m.HouseholdTerminal, (household.id, linked)) is None:
                s.add(m.HouseholdTerminal(household_id=household.id, terminal_id=linked))
        result = SubmissionResult(
            submission_id=body["submission_id"],
            status=status,
            dossier_number=household.dossier_number,
            received_at=utc_timestamp(self.clock.now()),
            practice=household.practice,
            missing=tuple(missing),
        )
        answer = result.to_json()
        s.add(
            m.Submission(
                submission_id=body["submission_id"],
                terminal_id=origin,
                household_id=household.id,
                fingerprint=fingerprint,
                created_at=body["created_at"],
                supersedes=body["supersedes"],
                answer_json=json.dumps(answer),
            )
        )
        return answer

    def _withdraw(
        self, s: Session, household: m.Household, body: dict[str, Any], rows: dict[str, m.Member]
    ) -> str:
        """Record the household's withdrawal (once); the register's answer is "withdrawn"."""
        if s.get(m.WithdrawalRecord, household.id) is None:
            tenant = next(x for x in body["members"] if x["role"] == "reference_tenant")
            s.add(
                m.WithdrawalRecord(
                    household_id=household.id,
                    submission_id=body["submission_id"],
                    member_key=rows[tenant["member_id"]].member_key,
                    withdrawn_at=tenant["confirmation"]["statement"]["confirmed_at"],
                )
            )
            self._event(s, household, "notification", "withdrawn")
        return "withdrawn"

    def _check_confirmations(self, body: dict[str, Any]) -> list[FieldError]:
        with self.session() as s:
            staff = set(s.scalars(select(m.Staff.national_number)))
        errors: list[FieldError] = []
        members, evidence = body["members"], body["evidence"]
        for index, member in enumerate(members):
            if member["confirmation"] is not None:
                path = f"/members/{index}/confirmation"
                errors += check_confirmation(path, member, body["household_key"], self.settings.trust, staff)
                errors += check_representation(path, member, members, evidence)
                on = date.fromisoformat(member["confirmation"]["statement"]["confirmed_at"][:10])
                errors += check_minor(f"/members/{index}", member, evidence, on)
        return errors

    def _household(self, s: Session, body: dict[str, Any]) -> m.Household:
        key, practice = body["household_key"], body["practice"]
        found = s.scalars(
            select(m.Household)
            .where(m.Household.household_key == key, m.Household.practice == practice)
            .with_for_update()  # one merge at a time per household; other households go on
        ).first()
        if found is not None:
            return found
        household = m.Household(
            household_key=key,
            practice=practice,
            candidate_number=body["candidate_number"],
            letter_date=body["letter_date"],
            reminder_date=body["reminder_date"],
        )
        s.add(household)
        s.flush()
        if practice:
            _copy_seed(s, household)  # practice runs against the seeded households without touching them
        return household

    def _refuse_stale(self, s: Session, household: m.Household, terminal_id: str, created_at: str) -> None:
        newer = s.scalars(
            select(m.Submission.submission_id).where(
                m.Submission.household_id == household.id,
                m.Submission.terminal_id == terminal_id,
                m.Submission.created_at > created_at,
            )
        ).first()
        if newer is not None:
            raise Problem(
                409, "stale", "the register holds a newer submission of this household from this terminal"
            )

    def _next_dossier_number(self, s: Session) -> str:
        day = self.clock.now().strftime("%Y%m%d")
        sequence = s.scalars(
            select(m.DailySequence).where(m.DailySequence.day == day).with_for_update()
        ).first()
        if sequence is None:
            sequence = m.DailySequence(day=day, last=0)
            s.add(sequence)
        sequence.last += 1
        s.flush()  # a second first-of-the-day insert fails here, and the transaction runs again
        return f"{day}{sequence.last:04d}"

    def _event(self, s: Session, household: m.Household, kind: str, text: str) -> None:
        if not schema.is_sqlite(self.engine):
            # Terminals read events by `seq > cursor`: an event must never commit after a later seq
            # did, or a terminal whose cursor passed it would never see it. Events are rare (a dossier
            # number, a notification), so they take turns; SQLite has one writer anyway.
            s.execute(sql("SELECT pg_advisory_xact_lock(:key)"), {"key": EVENTS_LOCK})
        s.add(
            m.Event(
                household_id=household.id, kind=kind, text=text, created_at=utc_timestamp(self.clock.now())
            )
        )

    def publish(self, s: Session, household: m.Household, kind: str, text: str) -> None:
        """Queue an update for the household's terminals in the caller's transaction (the worklist)."""
        self._event(s, household, kind, text)

    def notify(self, household_key: str, text: str, practice: bool = False) -> None:
        """Add a notification for a household (the register's side of a message to the candidate)."""
        with self.session() as s:
            household = s.scalars(
                select(m.Household).where(
                    m.Household.household_key == household_key, m.Household.practice == practice
                )
            ).one()
            self._event(s, household, "notification", text)

    # --- lookup, updates, rules, audit ----------------------------------------------------------

    def lookup(self, terminal_id: str, national_number: str) -> dict[str, object]:
        """Find a household by a member's national number: its members, never their numbers.

        Each member comes with an opaque reference and a keyed hash of their national number under a
        key drawn for this answer (`match_salt`), so the kiosk can recognise their card; audited and
        rate-limited. A practice copy this terminal already submitted to answers for the seeded one.
        """
        self._rate_limit(terminal_id)
        with self.session() as s:
            member = s.scalars(
                select(m.Member)
                .join(m.Household)
                .where(m.Member.member_key == national_number, m.Household.practice.is_(False))
            ).first()
            s.add(
                m.LookupAudit(
                    terminal_id=terminal_id, at=utc_timestamp(self.clock.now()), found=member is not None
                )
            )
            if member is None:
                return {"found": False}
            household = self._answering_copy(s, s.get_one(m.Household, member.household_id), terminal_id)
            number = household.candidate_number or household.dossier_number
            if s.get(m.WithdrawalRecord, household.id) is not None:
                return {"found": False}  # the household withdrew: a new registration from here on
            if number is None:
                # A new registration still incomplete: the kiosk addresses it by the reference
                # tenant's national number anyway, and there is no candidate number to show yet.
                return {"found": False}
            if s.get(m.HouseholdTerminal, (household.id, terminal_id)) is None:
                s.add(m.HouseholdTerminal(household_id=household.id, terminal_id=terminal_id))
            salt = secrets.token_hex(16)
            departed = _departed_keys(s, household.id)
            members = [
                x
                for x in s.scalars(
                    select(m.Member).where(m.Member.household_id == household.id).order_by(m.Member.id)
                )
                if x.member_key not in departed  # who left or died is no longer on the list
            ]
            return {
                "found": True,
                "candidate_number": number,
                "letter_date": household.letter_date,
                "reminder_date": household.reminder_date,
                "match_salt": salt,
                "members": [self._listed(household, x, salt) for x in members],
            }

    def _answering_copy(self, s: Session, seeded: m.Household, terminal_id: str) -> m.Household:
        copy = s.scalars(
            select(m.Household)
            .join(m.HouseholdTerminal, m.HouseholdTerminal.household_id == m.Household.id)
            .where(
                m.Household.household_key == seeded.household_key,
                m.Household.practice.is_(True),
                m.HouseholdTerminal.terminal_id == terminal_id,
            )
        ).first()
        return copy or seeded

    def _listed(self, household: m.Household, member: m.Member, salt: str) -> dict[str, object]:
        national = None if member.member_key.startswith("id:") else member.member_key
        return {
            "ref": self.member_ref(household.household_key, member.member_key),
            "first_name": member.first_name,
            "role": member.role,
            "adult": member.adult,
            "confirmed": member.confirmed_at is not None,
            "match": match_code(salt, national) if national else None,
        }

    def member_ref(self, household_key: str, member_key: str) -> str:
        """The opaque, stable reference of a member (HMAC under the register's own key)."""
        message = f"{household_key}:{member_key}".encode()
        return hmac.new(self._ref_key, message, hashlib.sha256).hexdigest()[:32]

    def _rate_limit(self, terminal_id: str) -> None:
        window = self._lookups[terminal_id]
        now = self.clock.monotonic()
        while window and window[0] <= now - 60:
            window.popleft()
        if len(window) >= self.settings.lookups_per_minute:
            retry = int(window[0] + 60 - now) + 1
            raise Problem(429, "rate-limited", "too many lookups from this terminal", retry_after=retry)
        window.append(now)

    def updates(self, terminal_id: str, since: int) -> dict[str, object]:
        """Dossier numbers and notifications after `since` for this terminal's households."""
        with self.session() as s:
            rows = s.execute(
                select(m.Event, m.Household)
                .join(m.Household, m.Household.id == m.Event.household_id)
                .join(m.HouseholdTerminal, m.HouseholdTerminal.household_id == m.Event.household_id)
                .where(m.HouseholdTerminal.terminal_id == terminal_id, m.Event.seq > since)
                .order_by(m.Event.seq)
                .limit(1000)
            ).all()
            dossiers = [
                {"household_key": h.household_key, "dossier_number": e.text, "status": "complete"}
                for e, h in rows
                if e.kind == "dossier"
            ]
            notes = [
                {"household_key": h.household_key, "text": e.text, "created_at": e.created_at}
                for e, h in rows
                if e.kind == "notification"
            ]
            cursor = rows[-1][0].seq if rows else since
            return {
                "cursor": cursor,
                "dossiers": dossiers,
                "notifications": notes,
                "rules_version": self.settings.rules_version,
            }

    def rules(self) -> dict[str, object]:
        """The current rules file and its version."""
        return {"version": self.settings.rules_version, "format": "toml", "text": self.settings.rules_text}

    # --- audit continuity (the hash at the count it recorded; README, "Reliability") ------------

    def audit_state(self, terminal_id: str) -> dict[str, object]:
        """The count recorded for a terminal (0 before its first head) and its open flag, if any."""
        with self.session() as s:
            record = s.get(m.AuditHeadRecord, terminal_id)
            flag = _open_flag(s, terminal_id)
            return {"count": record.count if record else 0, "flagged": flag is not None, "flag": flag}

    def record_audit_head(
        self, terminal_id: str, head: str, count: int, previous: tuple[int, str] | None = None
    ) -> dict[str, object]:
        """Check continuity against the recorded (count, head), flag a break, record the new head.

        `previous` is the terminal's chain hash at the count it read from `audit_state`. The new head is
        recorded even when it breaks continuity, so that once WIL has cleared the flag the check goes
        on from the terminal's present chain.
        """
        with self.session() as s:
            record = s.get(m.AuditHeadRecord, terminal_id)
            check = s.get(m.AuditCheck, terminal_id) or m.AuditCheck(terminal_id=terminal_id, proves=False)
            s.add(check)
            reason = None
            if record is not None:
                reason = _continuity_break(record, head, count, previous, check.proves)
            if reason is not None and record is not None:
                s.add(
                    m.AuditFlag(
                        terminal_id=terminal_id,
                        reason=reason,
                        recorded_count=record.count,
                        reported_count=count,
                        flagged_at=utc_timestamp(self.clock.now()),
                    )
                )
            check.proves = check.proves or previous is not None
            if record is None:
                record = m.AuditHeadRecord(terminal_id=terminal_id, head=head, count=count, received_at="")
                s.add(record)
            record.head, record.count = head, count
            record.received_at = utc_timestamp(self.clock.now())
            s.flush()
            flag = _open_flag(s, terminal_id)
            return {"recorded": True, "consistent": reason is None, "flagged": flag is not None, "flag": flag}

    def declare_restore(self, terminal_id: str, restore_id: str, body: dict[str, Any]) -> dict[str, object]:
        """Record a restore: the chain goes on from the backup's head; answer the later submissions."""
        canonical = json.dumps(body, sort_keys=True)
        with self.session() as s:
            known = s.get(m.RestoreDeclaration, restore_id)
            if known is not None:
                if known.terminal_id != terminal_id or known.body_json != canonical:
                    raise Problem(422, "key-reused", "this restore id was declared with another body")
                return self._restore_answer(s, known)
            record = s.get(m.AuditHeadRecord, terminal_id)
            declaration = m.RestoreDeclaration(
                restore_id=restore_id,
                terminal_id=terminal_id,
                backup_count=body["backup_count"],
                backup_head=body["backup_head"],
                backup_created_at=body["backup_created_at"],
                restored_at=body["restored_at"],
                recorded_count=record.count if record else 0,
                declared_at=utc_timestamp(self.clock.now()),
                body_json=canonical,
            )
            s.add(declaration)
            if record is not None:
                # The terminal's chain continues from the backup now: check the next head against it.
                record.head, record.count = body["backup_head"], body["backup_count"]
            return self._restore_answer(s, declaration)

    def _restore_answer(self, s: Session, declaration: m.RestoreDeclaration) -> dict[str, object]:
        rows = s.scalars(
            select(m.Submission)
            .where(
                m.Submission.terminal_id == declaration.terminal_id,
                m.Submission.created_at > declaration.backup_created_at,
            )
            .order_by(m.Submission.created_at)
        )
        submissions = []
        for row in rows:
            answer = json.loads(row.answer_json)
            submissions.append(
                {
                    "submission_id": row.submission_id,
                    "created_at": row.created_at,
                    "status": answer["status"],
                    "dossier_number": answer["dossier_number"],
                }
            )
        return {
            "restore_id": declaration.restore_id,
            "declared_at": declaration.declared_at,
            "submissions": submissions,
        }

    def clear_audit_flags(self, terminal_id: str) -> int:
        """Clear a terminal's open audit flags (WIL looked into them); return how many."""
        with self.session() as s:
            flags = list(
                s.scalars(
                    select(m.AuditFlag).where(
                        m.AuditFlag.terminal_id == terminal_id, m.AuditFlag.cleared_at.is_(None)
                    )
                )
            )
            for flag in flags:
                flag.cleared_at = utc_timestamp(self.clock.now())
            return len(flags)

    def audit_history(self, terminal_id: str) -> dict[str, list[dict[str, object]]]:
        """Every flag and declared restore of a terminal (what WIL is shown), oldest first."""
        with self.session() as s:
            flags = s.scalars(
                select(m.AuditFlag).where(m.AuditFlag.terminal_id == terminal_id).order_by(m.AuditFlag.id)
            )
            restores = s.scalars(
                select(m.RestoreDeclaration)
                .where(m.RestoreDeclaration.terminal_id == terminal_id)
                .order_by(m.RestoreDeclaration.declared_at)
            )
            return {
                "flags": [
                    {
                        "reason": f.reason,
                        "recorded_count": f.recorded_count,
                        "reported_count": f.reported_count,
                        "flagged_at": f.flagged_at,
                        "cleared_at": f.cleared_at,
                    }
                    for f in flags
                ],
                "restores": [
                    {
                        "restore_id": r.restore_id,
                        "backup_count": r.backup_count,
                        "recorded_count": r.recorded_count,
                        "backup_created_at": r.backup_created_at,
                        "declared_at": r.declared_at,
                    }
                    for r in restores
                ],
            }

    def dossier(self, dossier_number: str) -> dict[str, object]:
        """Status and notifications of a dossier."""
        with self.session() as s:
            household = s.scalars(
                select(m.Household).where(m.Household.dossier_number == dossier_number)
            ).first()
            if household is None:
                raise Problem(404, "not-found", "no such dossier")
            notes = s.scalars(
                select(m.Event.text).where(
                    m.Event.household_id == household.id, m.Event.kind == "notification"
                )
            )
            return {"dossier_number": dossier_number, "status": "complete", "notifications": list(notes)}

    # --- inspection for tests and the demo ------------------------------------------------------

    def household_count(self, practice: bool = False) -> int:
        """How many households the register holds (practice ones apart)."""
        with self.session() as s:
            return len(list(s.scalars(select(m.Household.id).where(m.Household.practice == practice))))

    def household_state(self, household_key: str, practice: bool = False) -> dict[str, Any]:
        """A household's dossier number, confirmed members and evidence files (for tests)."""
        with self.session() as s:
            household = s.scalars(
                select(m.Household).where(
                    m.Household.household_key == household_key, m.Household.practice == practice
                )
            ).one()
            members = list(s.scalars(select(m.Member).where(m.Member.household_id == household.id)))
            evidence = list(
                s.scalars(select(m.EvidenceItem).where(m.EvidenceItem.household_id == household.id))
            )
            submissions = list(
                s.scalars(select(m.Submission.submission_id).where(m.Submission.household_id == household.id))
            )
            changes = s.scalars(
                select(m.HouseholdChangeRecord)
                .where(m.HouseholdChangeRecord.household_id == household.id)
                .order_by(m.HouseholdChangeRecord.id)
            )
            withdrawal = s.get(m.WithdrawalRecord, household.id)
            return {
                "dossier_number": household.dossier_number,
                "confirmed": sorted(x.member_key for x in members if x.confirmed_at),
                "files": sorted(f["sha256"] for e in evidence for f in json.loads(e.files_json)),
                "submissions": submissions,
                "changes": [(c.kind, c.member_key, c.on) for c in changes],
                "withdrawn_at": withdrawal.withdrawn_at if withdrawal else None,
                "missing": [(x.what, x.member_id) for x in _missing(s, household)],
            }

    def attachment_shas(self) -> set[str]:
        """The hashes of every attachment held."""
        with self.session() as s:
            return set(s.scalars(select(m.Attachment.sha256)))


def _public_key_of(private_key: bytes) -> bytes:
    public = X25519PrivateKey.from_private_bytes(private_key).public_key()
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


_RACE_STATES = {"40001", "40P01", "55P03"}  # serialization failure, deadlock, lock not available


def _lost_a_race(error: IntegrityError | OperationalError) -> bool:
    """Whether running the transaction again can succeed: a unique key taken meanwhile, a busy lock."""
    if isinstance(error, IntegrityError):
        return True
    state = getattr(error.orig, "sqlstate", None)
    return state in _RACE_STATES or "database is locked" in str(error.orig)


def _store_attachment(s: Session, sha256: str, plaintext: bytes, terminal_id: str) -> tuple[bool, int]:
    if s.scalar(select(m.Attachment.size).where(m.Attachment.sha256 == sha256)) is not None:
        return False, len(plaintext)
    s.add(m.Attachment(sha256=sha256, size=len(plaintext), data=plaintext, terminal_id=terminal_id))
    s.flush()  # the same file arriving from two terminals at once: one insert wins, the other reruns
    return True, len(plaintext)


def _keep_body(s: Session, submission_id: str, plaintext: bytes) -> None:
    """Keep the opened body, sealed at rest, for the worklist (until the purge)."""
    s.flush()
    stored = s.get_one(m.Submission, submission_id)
    stored.body = plaintext


def _note_received(household: m.Household, now: str) -> None:
    """A new submission puts a household back on the worklist, unless WIL has closed it."""
    household.received_at = household.received_at or now
    if household.status in ("received", "incomplete"):
        household.status, household.status_at = "received", now


_SEALED_COLUMNS: dict[type[m.Base], tuple[str, ...]] = {
    m.Household: ("household_key",),
    m.Member: ("member_key", "first_name", "confirmation_json"),
    m.Attachment: ("data",),
    m.Event: ("text",),
    m.HouseholdChangeRecord: ("member_key", "on"),
    m.WithdrawalRecord: ("member_key",),
}


def _seal_legacy_values(s: Session) -> None:
    """Seal the personal values of a database from before sealed columns (once; marked in the keys table)."""
    if s.get(m.RegisterKey, "columns_sealed") is not None:
        return
    for model, columns in _SEALED_COLUMNS.items():
        for row in s.scalars(select(model)):
            for column in columns:
                getattr(row, column)  # loads a deferred column, so it can be written again
                flag_modified(row, column)
    # The staff list's national number is its primary key: written again, sealed.
    staff = list(s.scalars(select(m.Staff.national_number)))
    s.execute(sql("DELETE FROM staff"))
    s.add_all(m.Staff(national_number=number) for number in staff)
    s.add(m.RegisterKey(name="columns_sealed", value=b"1"))
    s.flush()


def _continuity_break(
    record: m.AuditHeadRecord, head: str, count: int, previous: tuple[int, str] | None, proves: bool
) -> str | None:
    """Why a reported head breaks the recorded history, None when it continues it."""
    if count < record.count:
        return "rollback"
    if previous is None:
        if count == record.count and head != record.head:
            return "mismatch"  # even an older kiosk's head must equal the one recorded at that count
        return "missing-proof" if proves else None
    at_count, at_head = previous
    if at_count != record.count or at_head != record.head:
        return "mismatch"
    if count == record.count and head != record.head:
        return "mismatch"
    return None


def _open_flag(s: Session, terminal_id: str) -> dict[str, object] | None:
    flags = list(
        s.scalars(
            select(m.AuditFlag)
            .where(m.AuditFlag.terminal_id == terminal_id, m.AuditFlag.cleared_at.is_(None))
            .order_by(m.AuditFlag.id)
        )
    )
    if not flags:
        return None
    return {"reason": flags[0].reason, "flagged_at": flags[0].flagged_at, "open_flags": len(flags)}


def _member_key(member: dict[str, Any]) -> str:
    national: str | None = member["national_number"]
    return national or "id:" + str(member["member_id"])


def _check_withdrawal(body: dict[str, Any]) -> None:
    """A withdrawal is the reference tenant's: their signed confirmation says they do not stay registered.

    Only the reference tenant withdraws a household; any other adult who wants out is a household change.
    """
    tenants = [(i, x) for i, x in enumerate(body["members"]) if x["role"] == "reference_tenant"]
    if len(tenants) != 1:
        errors = [FieldError("/members", "a withdrawal names one reference tenant")]
        raise Problem(422, "invalid", "a withdrawal needs the reference tenant", errors)
    index, tenant = tenants[0]
    confirmation = tenant["confirmation"]
    declarations = confirmation["declarations"] if confirmation is not None else {}
    says_no = declarations.get("still_wants_registration") is False
    if not says_no or confirmation["on_behalf_of_absent"]:
        errors = [FieldError(f"/members/{index}/confirmation", "the reference tenant's own signed 'no'")]
        raise Problem(422, "invalid", "a withdrawal needs the reference tenant's signed 'no'", errors)


def _merge_members(
    s: Session, household: m.Household, members: list[dict[str, Any]], ref: Callable[[str, str], str]
) -> dict[str, m.Member]:
    """Merge the submission's members into the household; return its member ids' rows."""
    rows = list(s.scalars(select(m.Member).where(m.Member.household_id == household.id)))
    by_ref = {ref(household.household_key, r.member_key): r for r in rows}
    merged: dict[str, m.Member] = {}
    for member in members:
        key = _member_key(member)
        row = next((r for r in rows if r.member_key == key), None)
        if row is None and member.get("register_ref"):
            # A member the lookup listed, sent back by its reference (no national number known here).
            row = by_ref.get(member["register_ref"])
        if row is None:
            row = m.Member(
                household_id=household.id,
                member_key=key,
                member_id=member["member_id"],
                first_name=member["first_names"].split(" ")[0],
                role=member["role"],
                adult=member["adult"],
            )
            s.add(row)
            rows.append(row)
        row.adult = member["adult"]
        confirmation = member["confirmation"]
        if confirmation is not None:
            confirmed_at = confirmation["statement"]["confirmed_at"]
            # Keep the newest signed confirmation: an older one arriving late never overwrites it.
            if row.confirmed_at is None or confirmed_at > row.confirmed_at:
                row.confirmed_at = confirmed_at
                row.confirmation_json = json.dumps(confirmation, sort_keys=True)
        merged[member["member_id"]] = row
    s.flush()
    return merged


DEPARTED = ("left", "separated", "deceased")  # a member who left, separated or died owes nothing


def _merge_changes(
    s: Session,
    household: m.Household,
    changes: list[dict[str, Any]],
    rows: dict[str, m.Member],
    terminal_id: str,
    submission_id: str,
) -> None:
    """Record the submission's household changes, replacing what its terminal reported before."""
    earlier = s.scalars(
        select(m.HouseholdChangeRecord).where(
            m.HouseholdChangeRecord.household_id == household.id,
            m.HouseholdChangeRecord.terminal_id == terminal_id,
        )
    )
    for record in earlier:
        s.delete(record)
    for index, change in enumerate(changes):
        row = rows.get(change["member_id"])
        if row is None:
            errors = [FieldError(f"/changes/{index}/member_id", "is not a member of this submission")]
            raise Problem(422, "invalid", "a change names an unknown member", errors)
        if change["kind"] == "turned_adult":
            row.adult = True
        s.add(
            m.HouseholdChangeRecord(
                household_id=household.id,
                member_key=row.member_key,
                kind=change["kind"],
                on=change["on"],
                terminal_id=terminal_id,
                submission_id=submission_id,
            )
        )
    s.flush()


def _departed_keys(s: Session, household_id: int) -> set[str]:
    return set(
        s.scalars(
            select(m.HouseholdChangeRecord.member_key).where(
                m.HouseholdChangeRecord.household_id == household_id,
                m.HouseholdChangeRecord.kind.in_(DEPARTED),
            )
        )
    )


def _merge_evidence(s: Session, household: m.Household, evidence: list[dict[str, Any]]) -> None:
    for item in evidence:
        member_id = item["member_id"] or ""
        row = s.scalars(
            select(m.EvidenceItem).where(
                m.EvidenceItem.household_id == household.id,
                m.EvidenceItem.evidence_type == item["evidence_type"],
                m.EvidenceItem.member_id == member_id,
            )
        ).first()
        if row is None:
            row = m.EvidenceItem(
                household_id=household.id,
                evidence_type=item["evidence_type"],
                member_id=member_id,
                satisfied=False,
                files_json="[]",
            )
            s.add(row)
        if item["state"] in ("attached", "shown_at_counter"):
            row.satisfied = True
        if item["files"]:
            row.files_json = json.dumps(item["files"])
    s.flush()


def missing_items(s: Session, household: m.Household) -> list[Missing]:
    """What a household still lacks at the register (the worklist shows it)."""
    return _missing(s, household)


def _missing(s: Session, household: m.Household) -> list[Missing]:
    missing: list[Missing] = []
    departed = _departed_keys(s, household.id)
    for member in s.scalars(
        select(m.Member).where(m.Member.household_id == household.id).order_by(m.Member.id)
    ):
        if member.adult and member.confirmed_at is None and member.member_key not in departed:
            missing.append(Missing("confirmation", member.member_id))
    for item in s.scalars(select(m.EvidenceItem).where(m.EvidenceItem.household_id == household.id)):
        if not item.satisfied:
            missing.append(Missing("evidence", item.member_id or None, item.evidence_type))
            continue
        for file in json.loads(item.files_json):
            if s.get(m.Attachment, file["sha256"]) is None:
                missing.append(Missing("attachment", item.member_id or None, item.evidence_type))
                break
    return missing


def _copy_seed(s: Session, household: m.Household) -> None:
    seed = s.scalars(
        select(m.Household).where(
            m.Household.household_key == household.household_key, m.Household.practice.is_(False)
        )
    ).first()
    if seed is None:
        return
    household.candidate_number, household.letter_date = seed.candidate_number, seed.letter_date
    household.reminder_date = seed.reminder_date
    for member in s.scalars(
        select(m.Member).where(m.Member.household_id == seed.id, m.Member.confirmed_at.is_(None))
    ):
        s.add(
            m.Member(
                household_id=household.id,
                member_key=member.member_key,
                member_id=member.member_id,
                first_name=member.first_name,
                role=member.role,
                adult=member.adult,
            )
        )
    s.flush()


def seed_training_households(s: Session, today: date) -> None:
    """Load the seeded households and staff list of resources/training/register/ (once).

    The letters are dated in days before `today` (the register's day): a practice deadline is as near
    on the first day of training as on any later one.
    """
    folder = resources.files("resources").joinpath("training", "register")
    staff = json.loads(folder.joinpath("staff.json").read_text(encoding="utf-8"))
    for national_number in staff["staff"]:
        if s.get(m.Staff, national_number) is None:
            s.add(m.Staff(national_number=national_number))
    seeded = json.loads(folder.joinpath("households.json").read_text(encoding="utf-8"))
    for item in seeded["households"]:
        exists = s.scalars(
            select(m.Household).where(
                m.Household.household_key == item["candidate_number"], m.Household.practice.is_(False)
            )
        ).first()
        if exists is not None:
            continue
        household = m.Household(
            household_key=item["candidate_number"],
            practice=False,
            candidate_number=item["candidate_number"],
            letter_date=_days_before(today, item["letter_days_ago"]),
            reminder_date=_days_before(today, item["reminder_days_ago"]),
        )
        s.add(household)
        s.flush()
        for member in item["members"]:
            s.add(
                m.Member(
                    household_id=household.id,
                    member_key=member["national_number"],
                    member_id=member["national_number"][-5:],
                    first_name=member["first_name"],
                    role=member["role"],
                    adult=_adult(member["birth_date"], today),
                )
            )
    s.flush()


def _days_before(today: date, days: int | None) -> str | None:
    return None if days is None else (today - timedelta(days=days)).isoformat()


def _adult(birth: str, today: date) -> bool:
    year, month, day = (int(x) for x in birth.split("-"))
    return (today.year - year) - ((today.month, today.day) < (month, day)) >= 18
