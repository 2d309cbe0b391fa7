"""Commands of the card reader: `card readers|read|watch|verify-pin` and `virtual-card`.

Nothing here imports pyscard at parse time, so `kiosk --help` works without pcscd or pyscard.
A command whose handler is None is planned but not built yet; the root parser says so and exits 2.
"""

from __future__ import annotations

from typing import Any


def register(subparsers: Any) -> None:
    """Add `card` and `virtual-card` to the root parser."""
    card = subparsers.add_parser("card", help="read and check Belgian eID cards")
    actions = card.add_subparsers(dest="card_command", metavar="ACTION", required=True)
    actions.add_parser("readers", help="list the card readers")
    read = actions.add_parser("read", help="read the card in a reader")
    read.add_argument("--reader", metavar="NAME")
    read.add_argument("--json", action="store_true")
    read.add_argument("--show-national-number", action="store_true")
    read.add_argument("--photo", metavar="FILE")
    read.add_argument("--allow-virtual", action="store_true")
    read.add_argument("--test-roots", metavar="DIR")
    actions.add_parser("watch", help="report card insertions and removals")
    actions.add_parser("verify-pin", help="check a PIN (typed without echo, or on the pinpad)")
    card.set_defaults(func=None)
    virtual = subparsers.add_parser("virtual-card", help="plug a virtual eID into pcscd over vpcd")
    virtual.add_argument("--profile", required=True, metavar="NAME")
    virtual.add_argument("--port", type=int, default=35963)
    virtual.add_argument("--remove-after-apdus", type=int, metavar="N")
    virtual.set_defaults(func=None)


def describe_commands() -> list[str]:
    """The command lines this package adds, for the root's help text."""
    return [
        "card readers | read [--json] | watch | verify-pin",
        "virtual-card --profile NAME [--port N] [--remove-after-apdus N]",
    ]
