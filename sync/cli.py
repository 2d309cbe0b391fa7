"""Commands of sync: `sync`, `enroll` and the register simulator `register-sim`.

Nothing here imports httpx or the web framework at parse time.
A command whose handler is None is planned but not built yet; the root parser says so and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_OFFLINE, EXIT_AUTH, EXIT_BUSY = 0, 1, 3, 4, 75
EXIT_AUDIT_FLAGGED = 6  # the sync went through, but the register has flagged this terminal's audit log


def register(subparsers: Any) -> None:
    """Add `sync`, `enroll` and `register-sim` to the root parser."""
    sync = subparsers.add_parser("sync", help="send queued dossiers to the register")
    mode = sync.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="one pass, then exit")
    mode.add_argument("--export", metavar="FILE", help="write queued sealed entries to FILE")
    mode.add_argument("--import", dest="import_file", metavar="FILE", help="forward FILE's entries")
    sync.set_defaults(func=sync_command)
    enroll = subparsers.add_parser(
        "enroll", help="enroll this terminal; stdin: enrollment code, coordinator password"
    )
    enroll.add_argument("--register-url", required=True)
    enroll.add_argument("--coordinator", required=True, metavar="NAME")
    enroll.set_defaults(func=enroll_command)
    _register_simulator(subparsers)


def _register_simulator(subparsers: Any) -> None:
    sim = subparsers.add_parser("register-sim", help="run the register simulator")
    sim.add_argument("--host", default="127.0.0.1")
    sim.add_argument("--port", type=port_number, default=8765)
    sim.add_argument("--db", metavar="URL")
    sim.add_argument("--test-roots", metavar="DIR")
    sim.add_argument("--faults", metavar="SPEC", type=fault_spec)
    actions = sim.add_subparsers(dest="sim_command", metavar="ACTION")
    terminal = actions.add_parser("terminal", help="add, revoke, show or clear a terminal")
    terminal_sub = terminal.add_subparsers(dest="terminal_command", required=True)
    terminal_sub.add_parser("add", help="print a one-time enrollment code")
    revoke = terminal_sub.add_parser("revoke", help="revoke a terminal's token")
    revoke.add_argument("terminal_id")
    show = terminal_sub.add_parser("show", help="the terminal's audit flags and declared restores")
    show.add_argument("terminal_id")
    clear = terminal_sub.add_parser("clear", help="clear the terminal's audit flags (once looked into)")
    clear.add_argument("terminal_id")
    staff = actions.add_parser("staff", help="the WIL staff list for attestations")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True)
    for action in ("add", "remove"):
        staff_sub.add_parser(action).add_argument("national_number")
    sim.set_defaults(func=register_sim_command)


def port_number(text: str) -> int:
    """The argparse type of a TCP port:, 1 to 65535."""
    try:
        port = int(text)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (a whole number from 1 to 65535)")
    return port


def fault_spec(text: str) -> str:
    """The argparse type of a `--faults` SPEC: the simulator understands, checked before it starts."""
    from sync.simulator.faults import FaultSpec

    try:
        FaultSpec.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None
    return text


def describe_commands() -> list[str]:
    """The command lines this package adds, for the root's help text."""
    return [
        "sync [--once | --export FILE | --import FILE]",
        "enroll --register-url URL --coordinator NAME",
        "register-sim [--port N] [--test-roots DIR] [--faults SPEC] | terminal add|revoke|show|clear ID"
        " | staff add|remove",
    ]


# --- handlers ------------------------------------------------------------------------------------


def _data_dir(args: argparse.Namespace) -> Path:
    from kiosk.config import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def _training(data_dir: Path) -> bool:
    from kiosk.config import load_settings

    return load_settings(data_dir).training


def _secrets(data_dir: Path) -> Any:
    """Training mode keeps its secrets in a file inside its data directory; otherwise the keyring."""
    from kiosk.keys import KeyringSecretStore, training_secret_store

    return training_secret_store(data_dir) if _training(data_dir) else KeyringSecretStore(data_dir)


def _say(message: str) -> None:
    print(f"kiosk: {message}", file=sys.stderr)


def register_sim_command(args: argparse.Namespace) -> int:
    """`kiosk register-sim`: serve, or administer terminals and the staff list."""
    from sync.simulator.register import Register, RegisterSettings

    data_dir = _data_dir(args)
    db_url = args.db or f"sqlite:///{data_dir / 'register-sim.db'}"
    if args.db is None:
        data_dir.mkdir(parents=True, exist_ok=True)
    if args.sim_command is None:
        from sync.simulator.server import serve_forever

        roots = Path(args.test_roots) if args.test_roots else None
        if roots is not None and not roots.is_dir():
            _say(f"--test-roots {roots}: not a folder")
            return EXIT_FAILED
        _check_can_listen(args.host, args.port)
        print(f"register simulator on http://{args.host}:{args.port} (Ctrl+C stops it)", flush=True)
        with _register_database(db_url):
            serve_forever(db_url, roots, args.faults, args.host, args.port)
        return EXIT_OK
    with _register_database(db_url):
        register = Register(db_url, RegisterSettings())
    try:
        return _administer(register, args)
    finally:
        register.close()


def _check_can_listen(host: str, port: int) -> None:
    """Bind once before serving: a taken port or unknown host is one line, not the server's exit."""
    import socket

    from kiosk.errors import KioskUserError

    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            probe.bind((host, port))
    except OSError as error:
        raise KioskUserError(f"cannot serve on {host}:{port}: {error.strerror or error}") from None


@contextmanager
def _register_database(db_url: str) -> Iterator[None]:
    """The simulator's `--db`: an unusable URL or file is one line naming it, not SQLAlchemy's traceback."""
    from sqlalchemy.exc import SQLAlchemyError

    from kiosk.errors import KioskUserError

    try:
        yield
    except SQLAlchemyError as error:
        raise KioskUserError(
            f"the register database {db_url} cannot be used ({type(error).__name__})"
        ) from None


def _administer(register: Any, args: argparse.Namespace) -> int:
    if args.sim_command == "terminal" and args.terminal_command == "add":
        terminal_id, code = register.add_terminal()
        print(f"terminal {terminal_id}\nenrollment code {code}")
        return EXIT_OK
    if args.sim_command == "terminal" and args.terminal_command in ("show", "clear"):
        return _audit_flags(register, args.terminal_id, clear=args.terminal_command == "clear")
    if args.sim_command == "terminal":
        if not register.revoke_terminal(args.terminal_id):
            _say("no such terminal")
            return EXIT_FAILED
        print(f"terminal {args.terminal_id} revoked")
        return EXIT_OK
    number = args.national_number.strip()
    if not (len(number) == 11 and number.isdigit()):
        _say("a national number has 11 digits")
        return EXIT_FAILED
    register.set_staff(number, args.staff_command == "add")
    print("staff list updated")
    return EXIT_OK


def _audit_flags(register: Any, terminal_id: str, *, clear: bool) -> int:
    """`terminal show|clear ID`: what WIL is shown about a terminal's audit chain, and clearing it."""
    if not register.known_terminal(terminal_id):
        _say("no such terminal")
        return EXIT_FAILED
    if clear:
        cleared = register.clear_audit_flags(terminal_id)
        print(f"terminal {terminal_id}: {cleared} audit flag(s) cleared")
        return EXIT_OK
    history = register.audit_history(terminal_id)
    for flag in history["flags"]:
        state = f"cleared {flag['cleared_at']}" if flag["cleared_at"] else "OPEN"
        print(
            f"flag {flag['reason']} at {flag['flagged_at']}: recorded {flag['recorded_count']} events, "
            f"reported {flag['reported_count']} ({state})"
        )
    for restore in history["restores"]:
        print(
            f"restore declared at {restore['declared_at']}: back to {restore['backup_count']} events "
            f"(backup of {restore['backup_created_at']}; the register had seen {restore['recorded_count']})"
        )
    if not history["flags"] and not history["restores"]:
        print(f"terminal {terminal_id}: no audit flags, no restores")
    return EXIT_OK


def enroll_command(args: argparse.Namespace) -> int:
    """`kiosk enroll`: stdin gives the enrollment code, then the coordinator's new password."""
    from datetime import UTC, datetime

    from kiosk.config import load_settings
    from kiosk.store import holds_store
    from sync.enrollment import enroll_terminal
    from sync.errors import SyncError

    data_dir = _data_dir(args)
    code, password = sys.stdin.readline().strip(), sys.stdin.readline().rstrip("\n")
    if not code or not password:
        _say("standard input: the enrollment code, then the coordinator's new password (one per line)")
        return EXIT_FAILED
    if holds_store(data_dir):  # before the register is asked: the enrollment code is used once
        _say("this data directory already holds a kiosk store")
        return EXIT_FAILED
    try:
        enrolled = enroll_terminal(
            data_dir,
            _secrets(data_dir),
            register_url=args.register_url,
            code=code,
            coordinator=args.coordinator,
            password=password,
            now=datetime.now(UTC),
            practice=_training(data_dir),
            ca_bundle=load_settings(data_dir).ca_bundle or None,
        )
    except SyncError as error:
        _say(f"enrollment failed: {error}")
        return EXIT_AUTH if error.kind.value == "auth" else EXIT_OFFLINE
    print(f"enrolled as terminal {enrolled.terminal_id}")
    print(f"recovery code (write it down, it is shown once): {enrolled.recovery_code}")
    return EXIT_OK


def sync_command(args: argparse.Namespace) -> int:
    """`kiosk sync`: drain the outbox, one pass, or move sealed entries by file."""
    from datetime import UTC, datetime

    from kiosk.cli import secret_store_for
    from kiosk.store import Store, require_database
    from sync.store_outbox import StoreOutbox

    data_dir = _data_dir(args)
    require_database(data_dir)  # before the keyring: an unenrolled directory is named as such
    # Where the device key is, decided as every other command decides it (kiosk.cli.secret_store_for).
    with Store.open(data_dir, secret_store_for(data_dir)) as store:
        outbox = StoreOutbox(store, datetime.now(UTC))
        if args.export:
            return _export(outbox, Path(args.export))
        if args.import_file:
            return _import(outbox, Path(args.import_file))
        return _run(store, outbox, once=args.once)


def declare_restore(data_dir: Path) -> int:
    """After `kiosk db restore`: one sync pass, which declares the restore to the register first."""
    from datetime import UTC, datetime

    from kiosk.errors import KioskUserError
    from kiosk.store import Store
    from sync.store_outbox import StoreOutbox

    try:
        store = Store.open(data_dir, _secrets(data_dir))
    except KioskUserError as error:
        _say(str(error))
        return EXIT_FAILED
    with store:
        code = _run(store, StoreOutbox(store, datetime.now(UTC)), once=True)
    if code == EXIT_OFFLINE:
        _say("the register could not be reached: the next sync declares the restore")
    return code


def _export(outbox: Any, path: Path) -> int:
    from sync.outbox import export_items

    try:
        count = export_items(outbox.export(), path)
    except OSError as error:  # the queue is untouched: an export only reads it
        _say(f"cannot write {path}: {error.strerror or error}; nothing was exported")
        return EXIT_FAILED
    print(f"exported {count} sealed submissions (they stay queued here; the register takes each once)")
    return EXIT_OK


def _import(outbox: Any, path: Path) -> int:
    from sync.outbox import read_export

    try:
        entries = read_export(path)
    except ValueError as error:
        _say(str(error))
        return EXIT_FAILED
    added = outbox.import_entries(entries)
    print(f"queued {added} forwarded submissions ({len(entries) - added} already known); run `kiosk sync`")
    return EXIT_OK


def _run(store: Any, outbox: Any, *, once: bool) -> int:
    from kiosk.clock import SystemClock
    from kiosk.store import load_enrollment, load_terminal_token
    from sync.client import RegisterClient
    from sync.engine import SyncBusy, SyncEngine
    from sync.reporting import log_report
    from sync.store_outbox import DataDirRules, StoreRestores

    with store.begin() as session:
        record = load_enrollment(session, store)
    token = load_terminal_token(store.secrets)
    if record is None or token is None:
        _say("this terminal is not enrolled: run `kiosk enroll` first")
        return EXIT_FAILED
    from kiosk.config import load_settings

    ca_bundle = load_settings(store.data_dir).ca_bundle or None  # a WIL gateway's own CA
    with RegisterClient(record.register_url, token.decode(), ca_bundle=ca_bundle) as client:
        engine = SyncEngine(
            client,
            outbox,
            SystemClock(),
            terminal_id=record.terminal_id,
            lock_path=store.data_dir / "sync.lock",
            audit_head=outbox.audit_head,
            audit_head_at=outbox.audit_head_at,
            restores=StoreRestores(store.data_dir),
            rules=DataDirRules(store.data_dir),
        )
        try:
            report = engine.run_once() if once else engine.run_until_drained()
        except SyncBusy as error:
            _say(str(error))
            return EXIT_BUSY
    counts = outbox.counts()
    log_report(report, counts)
    _print_alerts(report)
    _daily_backup(store)
    print(
        f"sent {len(report.acknowledged)}, waiting {counts['queued'] + counts['sending']}, "
        f"quarantined {counts['quarantined']}"
    )
    if report.auth_failed:
        return EXIT_AUTH
    if report.offline:
        return EXIT_OFFLINE
    return EXIT_AUDIT_FLAGGED if audit_flagged(report) else EXIT_OK


def _daily_backup(store: Any) -> None:
    """The daily encrypted backup rides on sync (the kiosk syncs all day); it never fails a sync."""
    from datetime import UTC, datetime

    from kiosk.backup import backup_if_due, backup_settings
    from kiosk.config import load_settings
    from kiosk.errors import KioskError

    try:
        made = backup_if_due(store, datetime.now(UTC), backup_settings(load_settings(store.data_dir)))
    except (KioskError, OSError) as error:
        _say(f"warning: the daily backup failed: {error}")
        return
    if made is not None:
        print(f"daily backup written: {made.path.name}")


def audit_flagged(report: Any) -> bool:
    """Whether the register flagged this terminal's audit log in this sync."""
    from sync.engine import AlertKind

    return any(a.kind in (AlertKind.AUDIT_ROLLBACK, AlertKind.AUDIT_MISMATCH) for a in report.alerts)


def _print_alerts(report: Any) -> None:
    """One line per alert (`kiosk: ALERT kind: message`), then warnings that are not alerts."""
    for alert in report.alerts:
        _say(f"ALERT {alert.kind.value}: {alert.message}")
    messages = {a.message for a in report.alerts}
    for warning in report.warnings:
        if warning not in messages:
            _say(f"warning: {warning}")
    if report.restore is not None:
        print_restore_answer(report.restore)


def print_restore_answer(ack: Any) -> None:
    """The register's list of this terminal's submissions made after the restored backup."""
    if not ack.submissions:
        print("the register holds no submission from this terminal made after the backup")
        return
    print("the register holds these submissions from this terminal made after the backup (safe):")
    for item in ack.submissions:
        number = item.dossier_number or "no dossier number yet"
        print(f"  submission {item.submission_id} of {item.created_at}: {item.status}, {number}")
