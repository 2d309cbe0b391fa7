"""Commands of the card reader: `card readers|read|watch|verify-pin` and `virtual-card`.

Nothing here imports pyscard at parse time, so `kiosk --help` works without pcscd or pyscard.
Errors are one plain line on stderr and a non-zero exit code; nothing is printed before the whole
result is ready, so a pulled card never leaves partial output. None of these commands needs a
keyring. The production trust roots and the training fixture are found next to this package
(`resources/`), or where `--resources DIR` says.
"""

from __future__ import annotations

import argparse
import getpass
import json
import signal
import sys
import threading
from datetime import date
from pathlib import Path
from typing import Any

from cardreader.errors import CardError

EXIT_OK = 0
EXIT_FAILED = 1


def register(subparsers: Any) -> None:
    """Add `card` and `virtual-card` to the root parser."""
    card = subparsers.add_parser("card", help="read and check Belgian eID cards")
    actions = card.add_subparsers(dest="card_command", metavar="ACTION", required=True)
    readers = actions.add_parser("readers", help="list the card readers")
    readers.set_defaults(func=_guarded(_readers))
    read = actions.add_parser("read", help="read the card in a reader")
    _reader_options(read)
    read.add_argument("--json", action="store_true", help="print the stable JSON result")
    read.add_argument("--show-national-number", action="store_true", help="print all 11 digits")
    read.add_argument("--photo", metavar="FILE", help="also write the photo (JPEG) to FILE")
    read.add_argument("--test-roots", metavar="DIR", help="also trust these test roots (training, tests)")
    read.set_defaults(func=_guarded(_read))
    watch = actions.add_parser("watch", help="report card insertions and removals")
    watch.add_argument("--allow-virtual", action="store_true", help="include vpcd's virtual readers")
    watch.add_argument("--events", type=_positive, metavar="N", help="stop after N events")
    watch.set_defaults(func=_guarded(_watch))
    verify = actions.add_parser("verify-pin", help="check a PIN (typed without echo, or on the pinpad)")
    _reader_options(verify)
    verify.set_defaults(func=_guarded(_verify_pin))
    virtual = subparsers.add_parser("virtual-card", help="plug a virtual eID into pcscd over vpcd")
    virtual.add_argument("--profile", required=True, metavar="NAME")
    virtual.add_argument("--port", type=_port, default=35963)
    virtual.add_argument("--remove-after-apdus", type=_positive, metavar="N")
    virtual.add_argument("--resources", metavar="DIR", help=argparse.SUPPRESS)
    virtual.set_defaults(func=_guarded(_virtual_card))


def _positive(text: str) -> int:
    """The argparse type of a count: a whole number from 1 up."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number from 1 up")
    return int(text)


def _port(text: str) -> int:
    """The argparse type of a TCP port: 1 to 65535."""
    if not text.strip().isdigit() or not 1 <= int(text) <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port (a whole number from 1 to 65535)")
    return int(text)


def _reader_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reader", metavar="NAME", help="the reader (default: the first with a card)")
    parser.add_argument("--allow-virtual", action="store_true", help="accept vpcd's virtual readers")
    parser.add_argument("--resources", metavar="DIR", help=argparse.SUPPRESS)


def describe_commands() -> list[str]:
    """The command lines this package adds, for the root's help text."""
    return [
        "card readers | read [--json] | watch | verify-pin",
        "virtual-card --profile NAME [--port N] [--remove-after-apdus N]",
    ]


def _guarded(handler: Any) -> Any:
    """Turn card errors into one line on stderr and exit 1 (no traceback)."""

    def run(args: argparse.Namespace) -> int:
        try:
            return int(handler(args))
        except CardError as error:
            print(f"kiosk: {error}", file=sys.stderr)
            return EXIT_FAILED
        except OSError as error:
            print(f"kiosk: {error.strerror or error}", file=sys.stderr)
            return EXIT_FAILED
        except KeyboardInterrupt:
            return EXIT_FAILED

    return run


def _resources(args: argparse.Namespace) -> Path:
    given = getattr(args, "resources", None)
    return Path(given) if given else Path(__file__).resolve().parent.parent / "resources"


def _allow_virtual(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "allow_virtual", False) or getattr(args, "training", False))


# --- card readers ----------------------------------------------------------------------------------


def _readers(args: argparse.Namespace) -> int:
    from cardreader.pcsc import is_virtual_reader, list_readers, readers_with_card

    names = list_readers()
    with_card = set(readers_with_card(names))
    lines = []
    for name in names:
        notes = ["card" if name in with_card else "empty"]
        if is_virtual_reader(name):
            notes.append("virtual: training and tests only")
        lines.append(f"{name}\t({', '.join(notes)})")
    print("\n".join(lines) if lines else "no card readers")
    return EXIT_OK


# --- card read ---------------------------------------------------------------------------------------


def _read(args: argparse.Namespace) -> int:
    from cardreader.integrity import TrustRoots
    from cardreader.pcsc import PcscConnection
    from cardreader.reading import read_card

    test_dir = Path(args.test_roots) if args.test_roots else None
    if test_dir is not None and not test_dir.is_dir():
        raise CardError("the test roots directory does not exist")
    roots = TrustRoots.from_directory(_resources(args) / "trust-roots", test_dir)
    with (
        PcscConnection.open(args.reader, allow_virtual=_allow_virtual(args)) as connection,
        connection.transaction(),
    ):
        reading = read_card(connection, roots, date.today())
    result = reading.to_json(show_national_number=args.show_national_number)
    text = json.dumps(result, ensure_ascii=False, indent=1) if args.json else _as_text(result)
    if args.photo:
        Path(args.photo).write_bytes(reading.photo)
    print(text)
    return EXIT_OK


def _as_text(result: dict[str, Any]) -> str:
    card, person, address, integrity = (
        result["card"],
        result["person"],
        result["address"],
        result["integrity"],
    )
    lines = [
        f"{person['first_names']} {person['surname']}",
        f"national number: {person['national_number']}",
        f"born: {person['birth_date']} in {person['birth_place']} ({person['sex']}), {person['nationality']}",
        f"address: {address['street_and_number']}, {address['zip']} {address['municipality']}",
        f"card: {card['card_number']} ({card['document_type']['code']} {card['document_type']['label']}), "
        f"valid {card['validity_begin']} to {card['validity_end']}, applet {result['applet_version']}",
        f"verdict: {integrity['verdict']}: {integrity['reason']}",
    ]
    return "\n".join(lines)


# --- card watch --------------------------------------------------------------------------------------


def _watch(args: argparse.Namespace) -> int:
    from cardreader.pcsc import CardEvent, CardMonitor

    stop = threading.Event()
    count = 0

    def report(event: CardEvent) -> None:  # runs on the monitor thread
        nonlocal count
        what = "inserted" if event.inserted else "removed"
        print(f"{what}\t{event.reader}", flush=True)
        count += 1
        if args.events is not None and count >= args.events:
            stop.set()

    def recovering(error: CardError) -> None:
        print(f"kiosk: {error}; retrying", file=sys.stderr, flush=True)

    _stop_on_sigterm(stop)
    monitor = CardMonitor(report, stop, allow_virtual=_allow_virtual(args), on_error=recovering).start()
    try:
        while not stop.wait(0.2):
            pass
    except KeyboardInterrupt:
        stop.set()
    monitor.join(timeout=5)
    return EXIT_OK


def _stop_on_sigterm(stop: threading.Event) -> None:
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())


# --- card verify-pin ---------------------------------------------------------------------------------


def _verify_pin(args: argparse.Namespace) -> int:
    from cardreader.pcsc import PcscConnection
    from cardreader.session import BeidSession

    with PcscConnection.open(args.reader, allow_virtual=_allow_virtual(args)) as connection:
        session = BeidSession(connection)
        with connection.transaction():
            session.select_applet()
            tries = session.pin_status()
        if tries == 0:
            raise CardError("the PIN is blocked: the PUK code from the municipality unblocks it")
        pinpad = connection.pinpad()
        if pinpad is not None:
            print("Type your PIN on the card reader.", file=sys.stderr, flush=True)
            with connection.transaction():
                session.verify_pin_on_pinpad(pinpad.connection, pinpad.verify_ioctl)
        else:
            pin = _read_pin(tries)
            with connection.transaction():
                session.verify_pin(pin)
    print("PIN correct")
    return EXIT_OK


def _read_pin(tries: int | None) -> str:
    """The PIN without echo on a terminal, else one line from standard input."""
    prompt = "PIN" + (f" ({tries} tries left)" if tries is not None else "") + ": "
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise CardError("no PIN given on standard input")
    return line.rstrip("\r\n")


# --- virtual-card ------------------------------------------------------------------------------------


def _virtual_card(args: argparse.Namespace) -> int:
    from cardreader.virtual import load_profile
    from cardreader.virtual.vpcd import VpcdCardClient

    card = load_profile(args.profile, _resources(args) / "training")
    client = VpcdCardClient(card, port=args.port, remove_after_apdus=args.remove_after_apdus)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: client.remove())
    try:
        client.run()
    except ConnectionRefusedError as error:
        raise CardError(f"vpcd is not listening on port {args.port} (is pcscd running?)") from error
    except KeyboardInterrupt:
        client.remove()
    return EXIT_OK
