"""`kiosk intake`: the intake service WIL runs (README, "The intake service").

Nothing here imports the web framework, psycopg or Jinja2 at parse time: they come with the
`[intake]` extra, and a kiosk without it says so in one line.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sync.cli import fault_spec, port_number

EXIT_OK, EXIT_FAILED = 0, 1
MAX_WORKERS = 64


def worker_count(text: str) -> int:
    """The argparse type of `--workers`: 1 to 64 processes."""
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_WORKERS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of workers (1 to {MAX_WORKERS})")
    return count


def register(subparsers: Any) -> None:
    """Add `intake` with its actions to the root parser."""
    intake = subparsers.add_parser("intake", help="the intake service WIL runs (PostgreSQL, worklist)")
    intake.add_argument("--db", metavar="URL", help="postgresql://… (or sqlite:///FILE for a trial)")
    intake.add_argument("--key-file", metavar="FILE", help="the sealing key (owner-only; see init-key)")
    intake.add_argument("--settings", metavar="FILE", help="intake settings (TOML, [intake] table)")
    actions = intake.add_subparsers(dest="intake_command", metavar="ACTION", required=True)
    serve = actions.add_parser("serve", help="serve the register API and the worklist")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=port_number, default=8780)
    serve.add_argument("--workers", type=worker_count, default=4, help="uvicorn worker processes (1-64)")
    serve.add_argument("--trust-roots", metavar="DIR", help="eID roots (default: the shipped Belgian roots)")
    serve.add_argument("--faults", metavar="SPEC", type=fault_spec, help=argparse.SUPPRESS)  # tests only
    actions.add_parser("init-key", help="write a new sealing key file (never overwrites one)")
    actions.add_parser("migrate", help="bring the database to the newest schema")
    staff = actions.add_parser("staff", help="worklist accounts; stdin: the new password")
    staff.add_argument("action", choices=["add"])
    staff.add_argument("username")
    cards = actions.add_parser("attesters", help="national numbers whose eID may sign staff attestations")
    cards.add_argument("action", choices=["add", "remove"])
    cards.add_argument("national_number")
    terminal = actions.add_parser("terminal", help="print a one-time enrollment code for a new terminal")
    terminal.add_argument("action", choices=["add", "revoke"])
    terminal.add_argument("terminal_id", nargs="?")
    actions.add_parser("purge", help="purge dossiers entered in the CIR, withdrawn or past retention")
    intake.set_defaults(func=intake_command)


def describe_commands() -> list[str]:
    """The command lines this package adds, for the root's help text."""
    return [
        "intake --db URL --key-file FILE serve [--workers N] | init-key | migrate | staff add NAME"
        " | attesters add|remove NN | terminal add|revoke | purge",
    ]


def _say(message: str) -> None:
    print(f"kiosk intake: {message}", file=sys.stderr)


def intake_command(args: argparse.Namespace) -> int:
    """Run one `kiosk intake` action."""
    try:
        import intake.service  # noqa: F401 - checks the [intake] extra is installed
    except ImportError as error:
        _say(
            f"the intake service needs the [intake] extra ({error.name} is missing): "
            "pip install 'cir-kiosk[intake]'"
        )
        return EXIT_FAILED
    from intake.keyfile import KeyFileError, create_key_file
    from intake.settings import SettingsError

    if args.key_file is None:
        _say("--key-file FILE is required (create one with `kiosk intake --key-file FILE init-key`)")
        return EXIT_FAILED
    if args.intake_command == "init-key":
        try:
            create_key_file(Path(args.key_file))
        except (KeyFileError, OSError) as error:
            _say(str(error))
            return EXIT_FAILED
        print(f"sealing key written to {args.key_file} (mode 600): back it up apart from the database")
        return EXIT_OK
    if args.db is None:
        _say("--db URL is required (postgresql://user@host/database)")
        return EXIT_FAILED
    try:
        return _run(args)
    except (KeyFileError, SettingsError, ValueError) as error:
        _say(str(error))
        return EXIT_FAILED


def _run(args: argparse.Namespace) -> int:
    from intake.service import ServiceConfig, open_register, serve

    config = ServiceConfig(
        db_url=args.db,
        key_file=Path(args.key_file),
        settings_file=Path(args.settings) if args.settings else None,
        trust_roots=Path(args.trust_roots) if getattr(args, "trust_roots", None) else None,
        faults=getattr(args, "faults", None),
    )
    if args.intake_command == "serve":
        serve(config, args.host, args.port, args.workers)
        return EXIT_OK
    register, settings = open_register(config, migrate=True)
    try:
        return _administer(register, settings, args)
    finally:
        register.close()


def _administer(register: Any, settings: Any, args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    if args.intake_command == "migrate":
        print("the intake database is at the newest schema")
    elif args.intake_command == "staff":
        from intake.staff import add_account

        add_account(register, args.username, sys.stdin.readline().rstrip("\n"), now)
        print(f"worklist account {args.username} set")
    elif args.intake_command == "attesters":
        number = args.national_number.strip()
        if not (len(number) == 11 and number.isdigit()):
            _say("a national number has 11 digits")
            return EXIT_FAILED
        register.set_staff(number, args.action == "add")
        print("list of attesting staff updated")
    elif args.intake_command == "terminal":
        return _terminal(register, args)
    else:
        from intake.purge import purge

        report = purge(register, now, settings)
        print(f"purged {report.households} dossiers and {report.attachments} evidence files")
    return EXIT_OK


def _terminal(register: Any, args: argparse.Namespace) -> int:
    if args.action == "add":
        terminal_id, code = register.add_terminal()
        print(f"terminal {terminal_id}\nenrollment code {code}")
        return EXIT_OK
    if not args.terminal_id or not register.revoke_terminal(args.terminal_id):
        _say("no such terminal")
        return EXIT_FAILED
    print(f"terminal {args.terminal_id} revoked")
    return EXIT_OK
