"""Commands of sync: `sync`, `enroll` and the register simulator `register-sim`.

Nothing here imports httpx or the web framework at parse time.
A command whose handler is None is planned but not built yet; the root parser says so and exits 2.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_OFFLINE, EXIT_AUTH, EXIT_BUSY = 0, 1, 3, 4, 75


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
    sim.add_argument("--port", type=int, default=8765)
    sim.add_argument("--db", metavar="URL")
    sim.add_argument("--test-roots", metavar="DIR")
    sim.add_argument("--faults", metavar="SPEC")
    actions = sim.add_subparsers(dest="sim_command", metavar="ACTION")
    terminal = actions.add_parser("terminal", help="add or revoke a terminal")
    terminal_sub = terminal.add_subparsers(dest="terminal_command", required=True)
    terminal_sub.add_parser("add", help="print a one-time enrollment code")
    revoke = terminal_sub.add_parser("revoke", help="revoke a terminal's token")
    revoke.add_argument("terminal_id")
    staff = actions.add_parser("staff", help="the WIL staff list for attestations")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True)
    for action in ("add", "remove"):
        staff_sub.add_parser(action).add_argument("national_number")
    sim.set_defaults(func=register_sim_command)


def describe_commands() -> list[str]:
    """The command lines this package adds, for the root's help text."""
    return [
        "sync [--once | --export FILE | --import FILE]",
        "enroll --register-url URL --coordinator NAME",
        "register-sim [--port N] [--test-roots DIR] [--faults SPEC] | terminal add|revoke | staff add|remove",
    ]


# --- handlers ------------------------------------------------------------------------------------


def _data_dir(args: argparse.Namespace) -> Path:
    from kiosk.config import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def _secrets(data_dir: Path) -> Any:
    from kiosk.config import load_settings
    from sync.terminal import FileSecretStore, KeyringSecretStore

    if load_settings(data_dir).training:
        return FileSecretStore(data_dir / "secrets")
    return KeyringSecretStore(data_dir)


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
        serve_forever(db_url, roots, args.faults, args.host, args.port)
        return EXIT_OK
    register = Register(db_url, RegisterSettings())
    try:
        return _administer(register, args)
    finally:
        register.close()


def _administer(register: Any, args: argparse.Namespace) -> int:
    if args.sim_command == "terminal" and args.terminal_command == "add":
        terminal_id, code = register.add_terminal()
        print(f"terminal {terminal_id}\nenrollment code {code}")
        return EXIT_OK
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


def enroll_command(args: argparse.Namespace) -> int:
    """`kiosk enroll`: exchange the one-time code (first stdin line) for a token and keys."""
    from sync.client import RegisterClient
    from sync.errors import SyncError
    from sync.terminal import load_record, save_enrollment

    data_dir = _data_dir(args)
    if load_record(data_dir) is not None:
        _say("this data directory is already enrolled")
        return EXIT_FAILED
    code = sys.stdin.readline().strip()
    if not code:
        _say("the enrollment code is read from standard input")
        return EXIT_FAILED
    try:
        with RegisterClient(args.register_url) as client:
            client.health()
            enrollment = client.enroll(code)
    except SyncError as error:
        _say(f"enrollment failed: {error}")
        return EXIT_AUTH if error.kind.value == "auth" else EXIT_OFFLINE
    record = save_enrollment(data_dir, enrollment, args.register_url, _secrets(data_dir))
    print(f"enrolled as terminal {record.terminal_id}")
    return EXIT_OK


def sync_command(args: argparse.Namespace) -> int:
    """`kiosk sync`: drain the outbox, one pass, or move sealed entries by file."""
    from sync.outbox import DirectoryOutbox

    data_dir = _data_dir(args)
    outbox = DirectoryOutbox(data_dir / "outbox")
    if args.export:
        return _export(outbox, Path(args.export))
    if args.import_file:
        return _import(outbox, Path(args.import_file))
    return _run(data_dir, outbox, once=args.once)


def _export(outbox: Any, path: Path) -> int:
    from datetime import UTC, datetime

    from sync.outbox import export_items

    count = export_items(outbox.pending(datetime.max.replace(tzinfo=UTC)), path)
    print(f"exported {count} sealed submissions (they stay queued here; the register takes each once)")
    return EXIT_OK


def _import(outbox: Any, path: Path) -> int:
    from sync.outbox import read_export

    try:
        entries = read_export(path)
    except ValueError as error:
        _say(str(error))
        return EXIT_FAILED
    for item, boxes in entries:
        outbox.add_with_attachments(item, boxes, None)
    print(f"queued {len(entries)} forwarded submissions; run `kiosk sync` to send them")
    return EXIT_OK


def _run(data_dir: Path, outbox: Any, *, once: bool) -> int:
    from kiosk.clock import SystemClock
    from sync.client import RegisterClient
    from sync.engine import SyncBusy, SyncEngine
    from sync.terminal import TOKEN_SECRET, load_record

    record = load_record(data_dir)
    token = _secrets(data_dir).get(TOKEN_SECRET) if record else None
    if record is None or token is None:
        _say("this terminal is not enrolled: run `kiosk enroll` first")
        return EXIT_FAILED
    with RegisterClient(record.register_url, token.decode(), ca_bundle=record.ca_bundle or None) as client:
        engine = SyncEngine(
            client,
            outbox,
            SystemClock(),
            terminal_id=record.terminal_id,
            lock_path=data_dir / "sync.lock",
            on_alert=_say,
        )
        try:
            report = engine.run_once() if once else engine.run_until_drained()
        except SyncBusy as error:
            _say(str(error))
            return EXIT_BUSY
    for warning in report.warnings:
        _say(f"warning: {warning}")
    counts = outbox.counts()
    print(
        f"sent {len(report.acknowledged)}, waiting {counts['queued'] + counts['sending']}, "
        f"quarantined {counts['quarantined']}"
    )
    if report.auth_failed:
        return EXIT_AUTH
    return EXIT_OFFLINE if report.offline else EXIT_OK
