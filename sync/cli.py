"""Commands of sync: `sync`, `enroll` and the register simulator `register-sim`.

Nothing here imports httpx or the web framework at parse time.
A command whose handler is None is planned but not built yet; the root parser says so and exits 2.
"""

from __future__ import annotations

from typing import Any


def register(subparsers: Any) -> None:
    """Add `sync`, `enroll` and `register-sim` to the root parser."""
    sync = subparsers.add_parser("sync", help="send queued dossiers to the register")
    mode = sync.add_mutually_exclusive_group()
    mode.add_argument("--once", action="store_true", help="one pass, then exit")
    mode.add_argument("--export", metavar="FILE", help="write queued sealed entries to FILE")
    mode.add_argument("--import", dest="import_file", metavar="FILE", help="forward FILE's entries")
    sync.set_defaults(func=None)
    enroll = subparsers.add_parser(
        "enroll", help="enroll this terminal; stdin: enrollment code, coordinator password"
    )
    enroll.add_argument("--register-url", required=True)
    enroll.add_argument("--coordinator", required=True, metavar="NAME")
    enroll.set_defaults(func=None)
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
    sim.set_defaults(func=None)


def describe_commands() -> list[str]:
    """The command lines this package adds, for the root's help text."""
    return [
        "sync [--once | --export FILE | --import FILE]",
        "enroll --register-url URL --coordinator NAME",
        "register-sim [--port N] [--test-roots DIR] [--faults SPEC] | terminal add|revoke | staff add|remove",
    ]
