"""The encrypted local store: creating it, opening it, signing in, operators, the enrollment record.

Three ways in:
- `create_store(data_dir, secrets, coordinator, password, now)` on an empty data directory: makes the
  device key (in `secrets`), the schema, the master key, the first coordinator, and returns the
  recovery code to print once. Used by sync's `kiosk enroll` and training mode's self-enrollment.
- `Store.open(data_dir, secrets)` with the device key only: what sync, export, purge and
  `kiosk audit verify` use. It reaches the outbox (sealed bytes), the audit chain, plaintext columns
  and the lookup HMACs, never a dossier's content.
- `Store.sign_in(name, password, now)` adds the master key: an `Unlocked` store that reads and
  writes dossiers (see `kiosk/dossiers.py`).

Production passes `KeyringSecretStore(data_dir)`, which refuses an unsafe keyring; training mode
passes `keys.training_secret_store(its own data dir)` and never opens the production store.
Functions that write take a caller-owned `Session` and never commit, except `sign_in`, which must
record a failed attempt even though it raises.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk import audit, db, keys
from kiosk.domain import Action, OperatorContext, Role, require
from kiosk.errors import KioskUserError, PermissionDenied, StoreError
from kiosk.keys import DEVICE_KEY, TERMINAL_TOKEN, DeviceKeys, KdfParams, WrongSecret
from kiosk.models import DeviceState, Enrollment, Operator
from kiosk.passwords import TRAINING_PASSWORD, describe, password_problem
from kiosk.ports import SecretStore

log = logging.getLogger(__name__)

MAX_FAILED_SIGN_INS = 5
LOCKOUT = timedelta(minutes=5)
EVIDENCE_DIR = "evidence"
_MASTER_CHECK = b"cir-kiosk master key check"


class SignInFailed(KioskUserError):
    """Unknown operator or wrong password (deliberately not saying which)."""


class OperatorRefused(KioskUserError):
    """An operator change the core refuses; `problem` names the rule, for a translated sentence."""

    def __init__(self, problem: str, message: str) -> None:
        super().__init__(message)
        # "name", "no_role", "exists", "disabled", or a password rule of kiosk.passwords
        # ("password_short", "password_long", "password_common", "password_context", "password_pattern")
        self.problem = problem


class PasswordChangeRequired(KioskUserError):
    """The password was right but breaks today's rules (set before them): sign in with a new one.

    `problem` is the rule of `kiosk.passwords` it breaks. Nothing was unlocked.
    """

    def __init__(self, problem: str) -> None:
        super().__init__(
            f"this operator's password no longer meets the rules ({describe(problem)}): set a new one "
            "at sign-in (on the command line: `kiosk --as NAME operator passwd NAME`)"
        )
        self.problem = problem


class LastCoordinator(PermissionDenied):
    """The last active coordinator cannot be disabled (nobody could manage operators after)."""


class OperatorLocked(KioskUserError):
    """Too many wrong passwords: the operator is locked for a few minutes."""


class NotEnrolled(KioskUserError):
    """This data directory has no store yet: enroll the terminal first."""


@dataclass(frozen=True)
class EnrollmentRecord:
    """This terminal at the register. The bearer token is kept apart, in the SecretStore."""

    terminal_id: str
    register_url: str
    sealing_public_key: bytes
    receipt_key: bytes
    enrolled_at: datetime
    practice: bool = False

    def __repr__(self) -> str:
        return f"EnrollmentRecord(terminal_id={self.terminal_id!r}, register_url={self.register_url!r})"


@dataclass(frozen=True)
class OperatorInfo:
    """An operator as `operator list` shows it."""

    name: str
    roles: frozenset[Role]
    disabled: bool
    locked_until: datetime | None


def parse_roles(text: str) -> frozenset[Role]:
    """Turn the stored comma-separated roles into a set."""
    return frozenset(Role(part) for part in text.split(",") if part)


def format_roles(roles: Sequence[Role] | frozenset[Role]) -> str:
    """Store roles as sorted comma-separated values."""
    return ",".join(sorted(Role(r).value for r in roles))


# --- the store -------------------------------------------------------------------------------


class Store:
    """An open data directory with the device key: no personal data readable yet."""

    def __init__(self, data_dir: Path, engine: Engine, secrets: SecretStore, device: DeviceKeys) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.secrets = secrets
        self.device = device
        self.sessions: sessionmaker[Session] = db.session_factory(engine)

    @classmethod
    def open(
        cls, data_dir: Path, secrets: SecretStore, *, migrate: bool = True, check_pages: bool = False
    ) -> Store:
        """Open an existing store with the device key (migrating first); `NotEnrolled` if there is none.

        A damaged database file raises `StoreDamaged` (`check_pages` also reads every page first,
        as the kiosk does at start-up).
        """
        path = require_database(data_dir)
        device_key = secrets.get(DEVICE_KEY)
        if device_key is None:
            raise StoreError("the device key is missing from the keyring: this store cannot be opened here")
        if migrate:
            db.upgrade(path, before_migration=lambda: _backup_before_migration(data_dir, secrets, device_key))
        store = cls(data_dir, db.make_engine(path), secrets, DeviceKeys(device_key))
        try:
            if check_pages:
                db.quick_check(store.engine, path)
            with store.begin() as session:
                if session.get(DeviceState, 1) is None:
                    raise NotEnrolled("the kiosk database is empty: enroll the terminal first")
        except BaseException:
            store.close()
            raise
        return store

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A unit of work: commits when the block ends, rolls back on an exception."""
        with self.sessions.begin() as session:
            yield session

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @property
    def evidence_dir(self) -> Path:
        """Where encrypted evidence files live."""
        return self.data_dir / EVIDENCE_DIR

    def sign_in(self, name: str, password: str, now: datetime, new_password: str | None = None) -> Unlocked:
        """Unlock the master key with an operator's password; five failures lock for five minutes.

        A right password that breaks the password rules (`kiosk.passwords`) unlocks nothing and
        raises `PasswordChangeRequired`; signing in again with `new_password` sets that one (checked
        against the rules: `OperatorRefused`) and unlocks, in one transaction.
        """
        with self.begin() as session:
            operator = session.scalars(select(Operator).where(Operator.name == name)).first()
            if operator is None or operator.disabled:
                audit.append(session, self.device, actor="-", action="sign_in_refused", now=now)
                failure: KioskUserError = SignInFailed("unknown operator or wrong password")
            elif operator.locked_until is not None and operator.locked_until > now:
                # Tries against a locked account are audited too: they are what a guesser does next.
                audit.append(session, self.device, actor=name, action="sign_in_locked", now=now)
                failure = OperatorLocked("too many wrong passwords: try again in a few minutes")
            else:
                try:
                    master = _unwrap_operator(self.device, operator, password)
                except WrongSecret:
                    _record_failure(operator, now)
                    audit.append(session, self.device, actor=name, action="sign_in_failed", now=now)
                    failure = SignInFailed("unknown operator or wrong password")
                else:
                    operator.failed_attempts, operator.locked_until = 0, None
                    problem = password_problem(password, name)
                    if problem is None or new_password is not None:
                        return self._signed_in(session, operator, master, new_password, now)
                    audit.append(session, self.device, actor=name, action="password_change_required", now=now)
                    failure = PasswordChangeRequired(problem)
        raise failure

    def _signed_in(
        self, session: Session, operator: Operator, master: bytes, new_password: str | None, now: datetime
    ) -> Unlocked:
        if new_password is not None:
            _rewrap(operator, self.device, new_password, master)  # OperatorRefused when it breaks a rule
            audit.append(
                session,
                self.device,
                actor=operator.name,
                action="password_set",
                subject=operator.name,
                now=now,
            )
        audit.append(session, self.device, actor=operator.name, action="sign_in", now=now)
        return Unlocked(self, operator.name, parse_roles(operator.roles), master)


def require_database(data_dir: Path) -> Path:
    """The database file of `data_dir`: `NotEnrolled` when there is none, `StoreDamaged` when empty.

    Checked before the keyring is asked for anything, so a wrong `--data-dir` is named as such.
    """
    path = data_dir / db.DATABASE_FILE
    if not path.exists():
        raise NotEnrolled(f"no kiosk database in {data_dir}: enroll the terminal first (`kiosk enroll`)")
    db.check_not_empty(path)
    return path


def holds_store(data_dir: Path) -> bool:
    """Whether `data_dir` holds an enrolled store (a database with its device state)."""
    path = data_dir / db.DATABASE_FILE
    return path.is_file() and path.stat().st_size > 0 and _has_device_state(path)


def _backup_before_migration(data_dir: Path, secrets: SecretStore, device_key: bytes) -> None:
    # An encrypted backup of the store as it is (kiosk/backup.py); a terminal without a backup key
    # still migrates, protected by db.upgrade's own copy.
    from datetime import UTC

    from kiosk.backup import BackupError, BackupSettings, backup_settings, make_backup
    from kiosk.config import load_settings
    from kiosk.errors import ConfigError

    try:
        settings = backup_settings(load_settings(data_dir))
    except ConfigError:
        settings = BackupSettings()  # a broken settings file is reported elsewhere; back up anyway
    store = Store(data_dir, db.make_engine(data_dir / db.DATABASE_FILE), secrets, DeviceKeys(device_key))
    try:
        make_backup(store, datetime.now(UTC), "before-migration", settings)
    except BackupError as error:
        log.warning("no encrypted backup before the migration: %s", error)
    finally:
        store.close()


def _record_failure(operator: Operator, now: datetime) -> None:
    operator.failed_attempts += 1
    if operator.failed_attempts >= MAX_FAILED_SIGN_INS:
        operator.locked_until = now + LOCKOUT
        operator.failed_attempts = 0


def _operator_context(name: str) -> bytes:
    return b"master:operator:" + name.encode()


def _unwrap_operator(device: DeviceKeys, operator: Operator, password: str) -> bytes:
    inner = keys.password_key(password, operator.salt, KdfParams.from_json(operator.kdf))
    return keys.double_unwrap(device.wrap_key, inner, operator.master_wrap, _operator_context(operator.name))


def _wrap_for_operator(
    device: DeviceKeys, name: str, password: str, master: bytes
) -> tuple[bytes, str, bytes]:
    problem = password_problem(password, name)
    if problem is not None:
        raise OperatorRefused(problem, describe(problem))
    salt, params = os.urandom(16), keys.DEFAULT_KDF
    inner = keys.password_key(password, salt, params)
    return salt, params.to_json(), keys.double_wrap(device.wrap_key, inner, master, _operator_context(name))


class Unlocked:
    """The store with the master key of a signed-in operator: dossiers can be read and written."""

    def __init__(self, store: Store, operator: str, roles: frozenset[Role], master_key: bytes) -> None:
        self.store = store
        self.operator = operator
        self.roles = roles
        self._master_key = master_key

    @property
    def master_key(self) -> bytes:
        """The master key (kept in memory only while the operator is signed in)."""
        return self._master_key

    def context(self, terminal_id: str, location: str, training: bool = False) -> OperatorContext:
        """The operator context the domain's permission checks take."""
        return OperatorContext(self.operator, self.roles, terminal_id, location, training)

    def require(self, action: Action) -> None:
        """Raise `PermissionDenied` unless this operator may do `action`."""
        require(self.roles, action)

    def __repr__(self) -> str:
        return f"Unlocked(operator={self.operator!r})"


# --- creating a store --------------------------------------------------------------------------


def create_store(
    data_dir: Path,
    secrets: SecretStore,
    coordinator: str,
    password: str,
    now: datetime,
    *,
    practice: bool = False,
) -> tuple[Store, str]:
    """Create the store on an empty data directory with its first coordinator; return it and the code.

    The recovery code is shown once (printed at enrollment) and never stored: only a wrap of the
    master key under it is.
    """
    path = data_dir / db.DATABASE_FILE
    if path.exists() and _has_device_state(path):
        raise KioskUserError("this data directory already holds a kiosk store")
    data_dir.mkdir(parents=True, exist_ok=True)
    device_key = secrets.get(DEVICE_KEY)
    if device_key is None:
        device_key = os.urandom(keys.KEY_BYTES)
        secrets.set(DEVICE_KEY, device_key)
    db.upgrade(path, now)
    device = DeviceKeys(device_key)
    store = Store(data_dir, db.make_engine(path), secrets, device)
    master, code = os.urandom(keys.KEY_BYTES), keys.new_recovery_code()
    with store.begin() as session:
        session.add(
            DeviceState(
                id=1,
                store_id=str(uuid.uuid4()),
                created_at=now,
                practice=practice,
                recovery_wrap=keys.double_wrap(
                    device.wrap_key, keys.recovery_key(code), master, b"master:recovery"
                ),
                master_check=keys.encrypt(master, _MASTER_CHECK, b"master-check"),
            )
        )
        _insert_operator(session, device, coordinator, frozenset({Role.COORDINATOR}), password, master, now)
        audit.append(session, device, actor=coordinator, action="store_created", now=now)
    _enable_backups(secrets, code)
    return store, code


def _enable_backups(secrets: SecretStore, code: str) -> None:
    # Backups are sealed to a key pair derived from the recovery code (kiosk/backup.py).
    from kiosk.backup import enable_backups

    enable_backups(secrets, code)


def _has_device_state(path: Path) -> bool:
    engine = db.make_engine(path)
    try:
        if db.current_revision(engine) is None:
            return False
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(DeviceState)).scalar_one() > 0
    finally:
        engine.dispose()


def _insert_operator(
    session: Session,
    device: DeviceKeys,
    name: str,
    roles: frozenset[Role],
    password: str,
    master: bytes,
    now: datetime,
) -> Operator:
    if not name or len(name) > 100 or not name.isprintable():
        raise OperatorRefused("name", "an operator name is 1 to 100 printable characters")
    if not roles:
        raise OperatorRefused("no_role", "an operator needs at least one role")
    if session.scalars(select(Operator).where(Operator.name == name)).first() is not None:
        raise OperatorRefused("exists", f"operator {name!r} exists already")
    salt, kdf, wrap = _wrap_for_operator(device, name, password, master)
    operator = Operator(
        name=name,
        roles=format_roles(roles),
        salt=salt,
        kdf=kdf,
        master_wrap=wrap,
        created_at=now,
        failed_attempts=0,
    )
    session.add(operator)
    session.flush()
    return operator


# --- operators ---------------------------------------------------------------------------------


def add_operator(
    session: Session, unlocked: Unlocked, name: str, roles: frozenset[Role], password: str, now: datetime
) -> None:
    """Add an operator (coordinators only)."""
    unlocked.require(Action.MANAGE_OPERATORS)
    _insert_operator(session, unlocked.store.device, name, roles, password, unlocked.master_key, now)
    audit.append(
        session,
        unlocked.store.device,
        actor=unlocked.operator,
        action="operator_added",
        subject=name,
        details={"roles": format_roles(roles)},
        now=now,
    )


def list_operators(session: Session) -> list[OperatorInfo]:
    """Every operator, by name."""
    rows = session.scalars(select(Operator).order_by(Operator.name))
    return [OperatorInfo(r.name, parse_roles(r.roles), r.disabled, r.locked_until) for r in rows]


def _operator(session: Session, name: str) -> Operator:
    operator = session.scalars(select(Operator).where(Operator.name == name)).first()
    if operator is None:
        raise KioskUserError(f"no operator named {name!r}")
    return operator


def _active_coordinators(session: Session) -> list[Operator]:
    rows = session.scalars(select(Operator).where(Operator.disabled.is_(False)))
    return [r for r in rows if Role.COORDINATOR in parse_roles(r.roles)]


def disable_operator(session: Session, unlocked: Unlocked, name: str, now: datetime) -> None:
    """Disable an operator (coordinators only); the last active coordinator cannot be disabled."""
    unlocked.require(Action.MANAGE_OPERATORS)
    operator = _operator(session, name)
    coordinators = _active_coordinators(session)
    if operator in coordinators and len(coordinators) == 1:
        raise LastCoordinator("the last coordinator cannot be disabled")
    operator.disabled = True
    operator.master_wrap = b""  # a disabled operator's password no longer opens anything
    audit.append(
        session,
        unlocked.store.device,
        actor=unlocked.operator,
        action="operator_disabled",
        subject=name,
        now=now,
    )


def set_password(session: Session, unlocked: Unlocked, name: str, new_password: str, now: datetime) -> None:
    """Set an operator's password: one's own, or anyone's by a coordinator."""
    if name != unlocked.operator:
        unlocked.require(Action.MANAGE_OPERATORS)
    operator = _operator(session, name)
    if operator.disabled:
        raise OperatorRefused("disabled", f"operator {name!r} is disabled")
    _rewrap(operator, unlocked.store.device, new_password, unlocked.master_key)
    audit.append(
        session, unlocked.store.device, actor=unlocked.operator, action="password_set", subject=name, now=now
    )


def _rewrap(operator: Operator, device: DeviceKeys, password: str, master: bytes) -> None:
    operator.salt, operator.kdf, operator.master_wrap = _wrap_for_operator(
        device, operator.name, password, master
    )
    operator.failed_attempts, operator.locked_until = 0, None


def reset_with_recovery_code(store: Store, name: str, code: str, new_password: str, now: datetime) -> None:
    """Reset a coordinator's password with the recovery code printed at enrollment."""
    with store.begin() as session:
        state = session.get(DeviceState, 1)
        if state is None:
            raise NotEnrolled("the kiosk database is empty")
        try:
            master = keys.double_unwrap(
                store.device.wrap_key, keys.recovery_key(code), state.recovery_wrap, b"master:recovery"
            )
            keys.decrypt(master, state.master_check, b"master-check")
        except WrongSecret:
            audit.append(
                session, store.device, actor="-", action="recovery_code_refused", subject=name, now=now
            )
            failure = SignInFailed("the recovery code is not right")
        else:
            operator = _operator(session, name)
            if Role.COORDINATOR not in parse_roles(operator.roles):
                raise PermissionDenied("the recovery code resets a coordinator's password only")
            operator.disabled = False
            _rewrap(operator, store.device, new_password, master)
            audit.append(
                session, store.device, actor=name, action="password_recovered", subject=name, now=now
            )
            return
    raise failure


# --- enrollment --------------------------------------------------------------------------------


def save_enrollment(session: Session, store: Store, record: EnrollmentRecord) -> None:
    """Keep (or replace) the enrollment record; the receipt key is wrapped by the device key."""
    row = session.get(Enrollment, 1) or Enrollment(id=1)
    row.terminal_id = record.terminal_id
    row.register_url = record.register_url
    row.sealing_public_key = record.sealing_public_key
    row.receipt_key_wrap = keys.encrypt(store.device.wrap_key, record.receipt_key, b"receipt-key")
    row.enrolled_at = record.enrolled_at
    row.practice = record.practice
    session.add(row)
    audit.append(
        session,
        store.device,
        actor="-",
        action="enrolled",
        subject=record.terminal_id,
        details={"practice": record.practice},
        now=record.enrolled_at,
    )


def load_enrollment(session: Session, store: Store) -> EnrollmentRecord | None:
    """The enrollment record, None before enrollment."""
    row = session.get(Enrollment, 1)
    if row is None:
        return None
    return EnrollmentRecord(
        terminal_id=row.terminal_id,
        register_url=row.register_url,
        sealing_public_key=row.sealing_public_key,
        receipt_key=keys.decrypt(store.device.wrap_key, row.receipt_key_wrap, b"receipt-key"),
        enrolled_at=row.enrolled_at,
        practice=row.practice,
    )


def save_terminal_token(secrets: SecretStore, token: bytes) -> None:
    """Keep the register's bearer token in the SecretStore under `keys.TERMINAL_TOKEN`."""
    secrets.set(TERMINAL_TOKEN, token)


def load_terminal_token(secrets: SecretStore) -> bytes | None:
    """The register's bearer token, None when not enrolled."""
    return secrets.get(TERMINAL_TOKEN)


def record_sync_success(session: Session, now: datetime) -> None:
    """Note a successful sync (renews the offline lease)."""
    state = session.get(DeviceState, 1)
    if state is not None:
        state.last_sync_at = now


def updates_cursor(session: Session) -> int:
    """The `since` cursor of the register's updates already applied (0: none yet)."""
    state = session.get(DeviceState, 1)
    return 0 if state is None else state.updates_cursor


def set_updates_cursor(session: Session, cursor: int) -> None:
    """Move the updates cursor, in the transaction that applied those updates."""
    state = session.get(DeviceState, 1)
    if state is not None:
        state.updates_cursor = cursor


def last_sync(session: Session) -> datetime | None:
    """When sync last succeeded (None: never)."""
    state = session.get(DeviceState, 1)
    return None if state is None else state.last_sync_at


# --- training mode ---------------------------------------------------------------------------

TRAINING_OPERATORS = {
    "vrijwilliger": frozenset({Role.VOLUNTEER}),
    "wil": frozenset({Role.WIL_STAFF}),
}


def create_training_store(
    data_dir: Path, now: datetime, production_data_dir: Path | None = None
) -> tuple[Store, str]:
    """Training mode's own store: every secret in a file inside `data_dir`, the three demo operators.

    Refuses the production data directory, so training can never open (or overwrite) real data.
    The demo operators are `coordinator`, `vrijwilliger` and `wil`, each with `TRAINING_PASSWORD`.
    """
    from kiosk.config import default_data_dir

    production = (production_data_dir or default_data_dir()).resolve()
    if data_dir.resolve() == production:
        raise KioskUserError("training mode needs its own data directory, never the production one")
    secrets = keys.training_secret_store(data_dir)
    store, code = create_store(data_dir, secrets, "coordinator", TRAINING_PASSWORD, now, practice=True)
    coordinator = store.sign_in("coordinator", TRAINING_PASSWORD, now)
    with store.begin() as session:
        for name, roles in TRAINING_OPERATORS.items():
            add_operator(session, coordinator, name, roles, TRAINING_PASSWORD, now)
    return store, code


def open_training_store(data_dir: Path) -> Store:
    """Reopen training mode's store with its file-kept device key."""
    return Store.open(data_dir, keys.training_secret_store(data_dir))
