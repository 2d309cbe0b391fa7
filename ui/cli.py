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
from pathlib import Path
from typing import Any, NoReturn

import cardreader.cli
import intake.cli
import kiosk.cli
import sync.cli
from kiosk.errors import KioskError, KioskUserError

log = logging.getLogger(__name__)

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_NOT_BUILT = 2
EXIT_USAGE = 2  # argparse's own code for a command line it cannot parse
EXIT_INTERRUPTED = 130

# Commands that work on a data directory: they read its settings first (so a broken settings.toml
# is refused the same way by each, naming the file) and log to its `logs/` folder. The kiosk window
# (`demo`, no command) does both itself, in `ui.app.run_gui`.
DATA_DIR_COMMANDS = frozenset(
    {"operator", "audit", "db", "purge", "sync", "enroll", "register-sim", "print-test"}
)


class _Parser(argparse.ArgumentParser):
    """argparse with a one-line error: what is wrong and where the help is, no usage block."""

    def error(self, message: str) -> NoReturn:
        """Print one line and exit 2 (argparse's usage error code)."""
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def build_parser() -> argparse.ArgumentParser:
    """Return the root parser with every package's commands."""
    parser = _Parser(
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
    """Run the command line; returns the process exit code.

    Whatever goes wrong ends in one line on stderr: a usage error exits 2, a refusal 1; an
    unexpected error is logged with its traceback to the log file, which the line names.
    """
    from kiosk import logsetup

    args = build_parser().parse_args(argv)
    if args.self_test:
        from ui.selftest import run_self_test

        return run_self_test()
    try:
        log_file = _start_logging(args)
        return _run_command(args, log_file)
    except KioskUserError as error:  # from reading the settings, before the command ran
        print(f"kiosk: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        logsetup.stop_logging()


def _run_command(args: argparse.Namespace, log_file: Path | None) -> int:
    handler = getattr(args, "func", None)
    if args.command is None:
        handler = _run_kiosk
    elif handler is None:
        return _not_built(_command_name(args))
    try:
        return int(handler(args))
    except KioskError as error:  # the core's own errors carry no personal data (kiosk/errors.py)
        return _refused(args, str(error))
    except OSError as error:
        # A file or folder the command was pointed at: missing, unwritable, a folder for a file.
        return _refused(args, _os_error_words(error))
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as error:
        log.exception("%s failed", _command_name(args))
        where = f"; the details are in {log_file}" if log_file else ""
        print(f"kiosk: {_command_name(args)} failed ({type(error).__name__}){where}", file=sys.stderr)
        return EXIT_FAILED


def _refused(args: argparse.Namespace, words: str) -> int:
    log.info("%s refused: %s", _command_name(args), words)  # support reads why, later
    print(f"kiosk: {words}", file=sys.stderr)
    return EXIT_FAILED


def _os_error_words(error: OSError) -> str:
    words = error.strerror or str(error) or type(error).__name__
    return f"{error.filename}: {words}" if error.filename else words


def _start_logging(args: argparse.Namespace) -> Path | None:
    """A data-directory command checks its settings, then logs to `<data dir>/logs/`; others, stderr."""
    from kiosk import logsetup

    if args.command not in DATA_DIR_COMMANDS:
        if args.command is not None and args.command != "demo":  # the window sets up its own
            logsetup.configure_logging(None)
        return None
    from kiosk.config import load_settings, resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    settings = load_settings(data_dir)
    # A missing data directory stays missing: no command makes the folder just to log into it.
    logs_dir = settings.logs_dir if data_dir.is_dir() else None
    return logsetup.configure_logging(
        logs_dir, settings.log_level, file_name=logsetup.log_file_name(args.command)
    )


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
