"""Commands of the core: operators, audit, database and purge.

Each handler takes the parsed arguments (with the root's `data_dir` and `as_operator`) and returns
the exit code. A command whose handler is None is planned but not built yet; the root parser says
so and exits 2.

`ui/cli.py` imports this module to build the root parser for every command, `kiosk --version` and
`--help` included, so the store, SQLAlchemy, Alembic and the crypto libraries are imported inside
the handlers that need them, not here.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.errors import KioskUserError

if TYPE_CHECKING:
    from kiosk.check import Finding
    from kiosk.ports import SecretStore
    from kiosk.store import Store, Unlocked

EXIT_OK, EXIT_FAILED = 0, 1


def register(subparsers: Any, declare_restore: Callable[[Path], int] | None = None) -> None:
    """Add `operator`, `audit`, `db` and `purge` to the root parser.

    `declare_restore(data_dir)` is sync's pass that declares a restore to the register (the
    composition root passes it: the core does not talk to the register).
    """
    _register_operator(subparsers)
    audit_parser = subparsers.add_parser("audit", help="check the audit chain")
    audit_sub = audit_parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", help="verify the HMAC chain; names the first broken link")
    db_parser = subparsers.add_parser("db", help="database maintenance")
    db_sub = db_parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    db_sub.add_parser("upgrade", help="back up, then apply pending migrations").set_defaults(func=_db_upgrade)
    db_sub.add_parser(
        "check",
        help="check the database, the audit chain and the evidence files; "
        "with --as COORDINATOR also decrypt every dossier (stdin: your password)",
    ).set_defaults(func=_db_check)
    _register_backup_commands(db_sub, declare_restore)
    purge_parser = subparsers.add_parser("purge", help="destroy the keys of dossiers past retention")
    purge_parser.add_argument("--dry-run", action="store_true", help="only list what would be purged")
    purge_parser.add_argument(
        "--reference",
        metavar="K-XXXX-XXXX",
        help="erase this one dossier now (the candidate's request; needs --as COORDINATOR)",
    )
    audit_parser.set_defaults(func=_audit_verify)
    purge_parser.set_defaults(func=_purge)


def _register_backup_commands(db_sub: Any, declare_restore: Callable[[Path], int] | None) -> None:
    backup = db_sub.add_parser("backup", help="make an encrypted backup now (see backup_retention_days)")
    backup.add_argument("--list", action="store_true", help="list the backups here and in backup_copy_dir")
    backup.set_defaults(func=_db_backup)
    key = db_sub.add_parser(
        "backup-key", help="set the backup key from the recovery code (stdin), once, on older terminals"
    )
    key.set_defaults(func=_db_backup_key)
    restore = db_sub.add_parser(
        "restore", help="restore the store from BACKUP (stdin: recovery code); declare it to the register"
    )
    restore.add_argument("backup", metavar="BACKUP")
    restore.set_defaults(func=_db_restore, declare_restore=declare_restore)


def _register_operator(subparsers: Any) -> None:
    operator = subparsers.add_parser(
        "operator", help="manage operators (needs --as COORDINATOR; password on stdin)"
    )
    actions = operator.add_subparsers(dest="operator_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="add an operator; stdin: your password, then the new operator's password"
    )
    add.add_argument("name")
    add.add_argument(
        "--role", action="append", required=True, choices=["volunteer", "wil_staff", "coordinator"]
    )
    actions.add_parser("list", help="list operators and their roles; stdin: your password")
    disable = actions.add_parser(
        "disable", help="disable an operator (not the last coordinator); stdin: your password"
    )
    disable.add_argument("name")
    passwd = actions.add_parser(
        "passwd",
        help="set a password; stdin: your password, then the new one "
        "(with --recovery-code: the recovery code, then the new one; no --as)",
    )
    passwd.add_argument("name")
    passwd.add_argument(
        "--recovery-code", action="store_true", help="reset a coordinator with the recovery code"
    )
    operator.set_defaults(func=_operator)


def describe_commands() -> list[str]:
    """The command lines this package adds, for the root's help text."""
    return [
        "operator add NAME --role ROLE | list | disable NAME | passwd NAME",
        "audit verify",
        "db upgrade | check | backup [--list] | backup-key | restore BACKUP",
        "purge [--dry-run] [--reference K-XXXX-XXXX]",
    ]


# --- secrets and the store -------------------------------------------------------------------


def now() -> datetime:
    """The current time (UTC)."""
    return datetime.now(UTC)


def data_dir_of(args: argparse.Namespace) -> Path:
    """The data directory from `--data-dir`, the environment or platformdirs."""
    from kiosk.config import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def secret_store_for(data_dir: Path) -> SecretStore:
    """Training data directories keep their secrets in their own file; anything else needs the keyring.

    `KeyringSecretStore` refuses an unsafe keyring with a `KeystoreError` naming what to install.
    """
    from kiosk.keys import TRAINING_SECRETS_FILE, KeyringSecretStore, training_secret_store

    if (data_dir / TRAINING_SECRETS_FILE).exists():
        return training_secret_store(data_dir)
    return KeyringSecretStore(data_dir)


def open_store(data_dir: Path, *, migrate: bool = True) -> Store:
    """Open the store with the device key only (no operator).

    The database file is looked for first, so a wrong or empty data directory is named as such
    before the keyring is asked for anything.
    """
    from kiosk.store import Store, require_database

    require_database(data_dir)
    return Store.open(data_dir, secret_store_for(data_dir), migrate=migrate)


def read_secrets(prompts: list[str]) -> list[str]:
    """Read secrets from stdin one per line, in order; prompted without echo on a terminal."""
    if sys.stdin.isatty():
        return [getpass.getpass(f"{prompt}: ") for prompt in prompts]
    values = []
    for prompt in prompts:
        line = sys.stdin.readline()
        if not line:
            raise KioskUserError(f"expected on standard input, one per line: {', '.join(prompts)}")
        values.append(line.rstrip("\r\n"))
        del prompt
    return values


def sign_in(store: Store, args: argparse.Namespace, password: str) -> Unlocked:
    """Sign in as `--as NAME` with `password`."""
    if not args.as_operator:
        raise KioskUserError("this command needs --as NAME (a coordinator) before the command")
    return store.sign_in(args.as_operator, password, now())


# --- handlers ------------------------------------------------------------------------------


def _operator(args: argparse.Namespace) -> int:
    from kiosk.domain import Role
    from kiosk.store import add_operator, disable_operator, set_password

    action = args.operator_command
    if action == "passwd" and args.recovery_code:
        return _passwd_with_recovery(args)
    data_dir = data_dir_of(args)
    _before_any_password(args, data_dir)
    extra = ["new password"] if action in ("add", "passwd") else []
    secrets = read_secrets(["your password", *extra])
    with open_store(data_dir) as store:
        if action == "passwd" and args.name == args.as_operator:
            # One's own password: also the way out when the old one breaks today's rules
            # (the core then refuses every other sign-in with PasswordChangeRequired).
            store.sign_in(args.name, secrets[0], now(), new_password=secrets[1])
            print(f"password of {args.name} set")
            return EXIT_OK
        unlocked = sign_in(store, args, secrets[0])
        if action == "list":
            return _list(store, unlocked)
        with store.begin() as session:
            if action == "add":
                roles = frozenset(Role(r) for r in args.role)
                add_operator(session, unlocked, args.name, roles, secrets[1], now())
                print(f"operator {args.name} added")
            elif action == "disable":
                disable_operator(session, unlocked, args.name, now())
                print(f"operator {args.name} disabled")
            else:
                set_password(session, unlocked, args.name, secrets[1], now())
                print(f"password of {args.name} set")
    return EXIT_OK


def _before_any_password(args: argparse.Namespace, data_dir: Path) -> None:
    """Say what is wrong with the command line or the data directory before asking for a password."""
    from kiosk.store import require_database

    if not args.as_operator:
        raise KioskUserError("this command needs --as NAME (a coordinator) before the command")
    require_database(data_dir)


def _list(store: Store, unlocked: Unlocked) -> int:
    from kiosk.domain import Action
    from kiosk.store import list_operators

    unlocked.require(Action.MANAGE_OPERATORS)
    with store.begin() as session:
        for info in list_operators(session):
            roles = ",".join(sorted(r.value for r in info.roles))
            state = "disabled" if info.disabled else "active"
            print(f"{info.name}\t{roles}\t{state}")
    return EXIT_OK


def _passwd_with_recovery(args: argparse.Namespace) -> int:
    from kiosk.store import require_database, reset_with_recovery_code

    data_dir = data_dir_of(args)
    require_database(data_dir)
    code, new_password = read_secrets(["recovery code", "new password"])
    with open_store(data_dir) as store:
        reset_with_recovery_code(store, args.name, code, new_password, now())
    print(f"password of {args.name} reset with the recovery code")
    return EXIT_OK


def _audit_verify(args: argparse.Namespace) -> int:
    from kiosk import audit

    with open_store(data_dir_of(args)) as store, store.begin() as session:
        result = audit.verify(session, store.device)
    print(result.describe(), file=sys.stdout if result.ok else sys.stderr)
    return EXIT_OK if result.ok else EXIT_FAILED


def _db_upgrade(args: argparse.Namespace) -> int:
    # Schema only, no key: runs before anyone signs in, and without the keyring.
    from kiosk import db
    from kiosk.store import require_database

    # Never creates a database: an unenrolled directory is told to enroll, an empty file is damaged.
    path = require_database(data_dir_of(args))
    engine = db.make_engine(path)
    try:
        before = db.current_revision(engine)
    finally:
        engine.dispose()
    db.upgrade(path)
    head = db.head_revision()
    print(
        f"database at {head}" if before == head else f"database migrated from {before or 'empty'} to {head}"
    )
    return EXIT_OK


def _db_check(args: argparse.Namespace) -> int:
    from kiosk import check
    from kiosk.errors import RESTORE_STEPS, StoreDamaged
    from kiosk.store import require_database

    data_dir = data_dir_of(args)
    try:
        path = require_database(data_dir)
    except StoreDamaged as error:  # an empty file: still a report, saying so
        path = error.path
    findings = [check.check_database_file(path)]
    try:
        findings += _check_store(args, data_dir)
    except StoreDamaged as error:
        findings.append(check.Finding("store", True, f"cannot be opened: {error.problem}"))
    for finding in findings:
        print(finding.line())
    if any(f.damaged for f in findings):
        print(f"kiosk: the store in {data_dir} is damaged: {RESTORE_STEPS}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _check_store(args: argparse.Namespace, data_dir: Path) -> list[Finding]:
    from kiosk import check, db
    from kiosk.domain import Action

    with open_store(data_dir, migrate=False) as store:
        if db.needs_upgrade(store.engine):  # the models would not match: check nothing half
            raise KioskUserError("the database is from an older version: run `kiosk db upgrade` first")
        findings = [check.check_audit_chain(store), check.check_evidence_on_disk(store)]
        if not args.as_operator:
            skipped = check.Finding.not_checked("dossier contents", "give --as NAME (a coordinator)")
            return [*findings, skipped]
        (password,) = read_secrets(["your password"])
        unlocked = sign_in(store, args, password)
        unlocked.require(Action.SETTINGS)
        return findings + check.check_contents(store, unlocked)


def _purge(args: argparse.Namespace) -> int:
    # Purging decrypts nothing, so a scheduled job may run it without an operator; with --as the
    # operator must be a coordinator (the roles table).
    from kiosk import purge
    from kiosk.domain import Action
    from kiosk.rules import load_rules

    data_dir = data_dir_of(args)
    if args.reference and (args.dry_run or not args.as_operator):
        raise KioskUserError(
            "--reference erases one dossier: it needs --as NAME (a coordinator), no --dry-run"
        )
    with open_store(data_dir) as store:
        actor = "purge"
        if args.as_operator:
            (password,) = read_secrets(["your password"])
            unlocked = sign_in(store, args, password)
            unlocked.require(Action.PURGE)
            actor = unlocked.operator
        if not args.dry_run:
            _backup_before_purge(store)
        if args.reference:
            erased = purge.purge_on_request(store, args.reference, now(), actor=actor)
            print(f"purged {erased.local_reference} ({erased.reason})")
            return EXIT_OK
        done = purge.purge(store, load_rules(data_dir), now(), actor=actor, dry_run=args.dry_run)
    verb = "would purge" if args.dry_run else "purged"
    for candidate in done:
        print(f"{verb} {candidate.local_reference} ({candidate.reason})")
    print(f"{verb} {len(done)} dossier(s)")
    return EXIT_OK


# --- backups (kiosk/backup.py) -------------------------------------------------------------------


def _backup_settings(data_dir: Path) -> Any:
    from kiosk.backup import backup_settings
    from kiosk.config import load_settings

    return backup_settings(load_settings(data_dir))


def _backup_before_purge(store: Store) -> None:
    """An encrypted backup before purging; without a backup key the purge goes ahead (it is a duty)."""
    from kiosk.backup import BackupError, make_backup

    try:
        info = make_backup(store, now(), "before-purge", _backup_settings(store.data_dir))
    except BackupError as error:
        print(f"kiosk: warning: no backup before the purge: {error}", file=sys.stderr)
        return
    print(f"backup made before the purge: {info.path.name}")


def _db_backup(args: argparse.Namespace) -> int:
    from kiosk.backup import iter_backup_folders, list_backups, make_backup

    data_dir = data_dir_of(args)
    settings = _backup_settings(data_dir)
    if args.list:
        for folder in iter_backup_folders(data_dir, settings.copy_dir):
            for info in list_backups(folder):
                print(f"{folder}: {info.describe()}")
        return EXIT_OK
    with open_store(data_dir) as store:
        info = make_backup(store, now(), "manual", settings)
    copied = settings.copy_dir is not None and (settings.copy_dir / info.path.name).exists()
    print(f"backup written: {info.path}" + (f" (copied to {settings.copy_dir})" if copied else ""))
    if settings.copy_dir is not None and not copied:
        print(f"kiosk: warning: {settings.copy_dir} is not there: no copy made (USB stick?)", file=sys.stderr)
    return EXIT_OK


def _db_backup_key(args: argparse.Namespace) -> int:
    from kiosk.backup import check_recovery_code, enable_backups
    from kiosk.keys import WrongSecret
    from kiosk.store import require_database

    data_dir = data_dir_of(args)
    require_database(data_dir)  # before asking for the code: a wrong folder is named first
    (code,) = read_secrets(["recovery code"])
    with open_store(data_dir) as store:
        try:
            check_recovery_code(store, code)
        except WrongSecret:
            raise KioskUserError("that is not this terminal's recovery code") from None
        enable_backups(store.secrets, code)
    print("backup key set: backups open with this recovery code")
    return EXIT_OK


def _db_restore(args: argparse.Namespace) -> int:
    from kiosk.backup import restore
    from kiosk.rules import load_rules

    data_dir = data_dir_of(args)
    settings = _backup_settings(data_dir)
    if not Path(args.backup).is_file():  # before asking for the code
        raise KioskUserError(f"no backup file at {args.backup}")
    (code,) = read_secrets(["recovery code"])
    data_dir.mkdir(parents=True, exist_ok=True)
    secrets = _restore_secrets(data_dir)
    rules = load_rules(data_dir)
    report = restore(data_dir, secrets, Path(args.backup), code, now(), rules, settings.copy_dir)
    _print_restore(report)
    if args.declare_restore is None:
        print("run `kiosk sync --once` to declare the restore to the register")
        return EXIT_OK
    print("declaring the restore to the register (a sync pass):")
    return int(args.declare_restore(data_dir))


def _restore_secrets(data_dir: Path) -> SecretStore:
    """Training data directories keep secrets in a file; a replacement terminal's keyring otherwise."""
    from kiosk.config import load_settings
    from kiosk.keys import training_secret_store

    if load_settings(data_dir).training:
        return training_secret_store(data_dir)
    return secret_store_for(data_dir)


def _print_restore(report: Any) -> None:
    from kiosk.statement import utc_timestamp

    start, end = report.window
    print(f"restored from {report.backup.describe()}")
    if report.replaced_dir is not None:
        print(f"the store it replaced is kept, still encrypted, in {report.replaced_dir}")
    purged = ", ".join(report.purges_reapplied) or "-"
    print(f"purges applied again: {len(report.purges_reapplied)} ({purged})")
    if report.later_dossiers is None:
        why = "cannot be read" if report.replaced_dir is not None else "was not here (a replacement terminal)"
        print(f"the store it replaces {why}: the register lists what it holds from after the backup")
    else:
        for item in report.later_dossiers:
            state = "acknowledged by the register (safe)" if item.acknowledged else "NOT acknowledged: redo"
            print(f"  {item.local_reference} saved {utc_timestamp(item.saved_at)}: {state}")
    print(
        f"anything done on this terminal between {utc_timestamp(start)} and {utc_timestamp(end)} that "
        "the register has not acknowledged must be done again"
    )


__all__ = ["describe_commands", "open_store", "read_secrets", "register", "secret_store_for"]
