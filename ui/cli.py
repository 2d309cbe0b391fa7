"""The `kiosk` command: the root parser and the only composition root of the program.

`kiosk [--data-dir DIR] [--as OPERATOR] COMMAND`. The global options go before the command. Each
package registers its own subcommands; Qt is imported only when a GUI command runs.
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from collections.abc import Sequence
from typing import Any

import cardreader.cli
import intake.cli
import kiosk.cli
import sync.cli
from kiosk.errors import KioskUserError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_NOT_BUILT = 2


def build_parser() -> argparse.ArgumentParser:
    """Return the root parser with every package's commands."""
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="CIR confirmation kiosk. Without a command, starts the kiosk (full screen).",
        epilog=_commands_epilog(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and exit")
    parser.add_argument("--data-dir", metavar="DIR", help="data directory (default: per user)")
    parser.add_argument(
        "--as", dest="as_operator", metavar="OPERATOR", help="sign in; password read from stdin"
    )
    parser.add_argument("--windowed", action="store_true", help="a normal window (development)")
    parser.add_argument("--self-test", action="store_true", help="check this installation")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    _register_ui_commands(subparsers)
    kiosk.cli.register(subparsers, declare_restore=sync.cli.declare_restore)
    cardreader.cli.register(subparsers)
    sync.cli.register(subparsers)
    intake.cli.register(subparsers)
    return parser


def _register_ui_commands(subparsers: Any) -> None:
    demo = subparsers.add_parser("demo", help="training mode: virtual cards, local register")
    demo.add_argument(
        "--windowed", action="store_true", default=argparse.SUPPRESS, help="a normal window (development)"
    )
    demo.set_defaults(func=_run_demo)
    print_test = subparsers.add_parser("print-test", help="print a test page")
    print_test.set_defaults(func=_print_test)
    # Internal: the read-aloud helper process of the kiosk window (the bundle has no `python -m`).
    speech = subparsers.add_parser("speech-service")
    speech.set_defaults(func=_speech_service)


class _VersionAction(argparse.Action):
    """`--version`: the installed version, read only when asked (importlib.metadata is slow)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from kiosk import __version__

        print(f"kiosk {__version__}")
        parser.exit()


def _print_test(args: argparse.Namespace) -> int:
    import ui.printing  # cryptography and CUPS glue: only for this command

    return ui.printing.print_test(args)


def _speech_service(_args: argparse.Namespace) -> int:
    from ui.speech_service import main as serve

    return serve()


def _run_demo(args: argparse.Namespace) -> int:
    """`kiosk demo`: the kiosk in training mode (Qt is imported only here)."""
    gc.disable()  # the GUI collects on its own thread (ui.app); no collector passes during start-up
    from ui.app import run_gui

    return run_gui(args, training=True)


def _run_kiosk(args: argparse.Namespace) -> int:
    """`kiosk`: the production kiosk (enrolled store under the OS keyring, cards through pcscd)."""
    gc.disable()  # the GUI collects on its own thread (ui.app); no collector passes during start-up
    from ui.app import run_gui

    return run_gui(args, training=False)


def _commands_epilog() -> str:
    lines = ["(no command)  the kiosk, full screen; --windowed for development", "demo"]
    lines += kiosk.cli.describe_commands()
    lines += cardreader.cli.describe_commands()
    lines += sync.cli.describe_commands()
    lines += intake.cli.describe_commands()
    lines += ["print-test", "--self-test", "--version"]
    return "commands:\n" + "\n".join(f"  kiosk {line}" for line in lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "func", None)
    if args.self_test:
        from ui.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        handler = _run_kiosk
    elif handler is None:
        return _not_built(_command_name(args))
    try:
        return int(handler(args))
    except KioskUserError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return EXIT_FAILED


def _command_name(args: argparse.Namespace) -> str:
    if args.command is None:
        return "the kiosk window"
    words = [args.command]
    words += [v for k, v in vars(args).items() if k.endswith("_command") and isinstance(v, str)]
    return " ".join(words)


def _not_built(name: str) -> int:
    print(f"kiosk: {name} is not built yet in this version", file=sys.stderr)
    return EXIT_NOT_BUILT


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
