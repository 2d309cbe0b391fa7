"""Logging, set up once per process, with national numbers redacted from every record.

Each program writes its own size-capped rotating file in `<data dir>/logs/` (`LOG_FILES`): the kiosk
window (with its sync worker and, in training, the simulator it runs in-process) `kiosk.log`,
`kiosk sync` `sync.log`, `kiosk register-sim` `register-sim.log`, the other commands `commands.log`.
Separate files, because two processes rotating one file would lose lines. At most
`MAX_BYTES * (BACKUP_COUNT + 1)` bytes per file: old lines go, the disk never fills.

Code logs ids, counts, states and error types, never a name, address or national number. As a
second line of defence, Belgian national numbers (11 digits or YY.MM.DD-SSS.CC) are redacted by a
filter on every handler, so records from any logger (ours or a library's) lose them before they are
written, arguments and exception text included.

The console gets warnings only, as one line without a traceback (the file keeps the traceback).
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from pathlib import Path
from typing import TextIO

REDACTED = "[RRN]"
LOGS_DIR = "logs"
LOG_FILES = {"kiosk": "kiosk.log", "sync": "sync.log", "register-sim": "register-sim.log"}
OTHER_COMMANDS_LOG = "commands.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
_NATIONAL_NUMBER = re.compile(
    r"(?<![0-9])(?:[0-9]{11}|[0-9]{2}\.[0-9]{2}\.[0-9]{2}[- ]?[0-9]{3}[.-]?[0-9]{2})(?![0-9])"
)
# Libraries whose lines are noise for support, and the least level they log at: httpcore logs every
# socket step, filelock every lock, Alembic its plugins and dialect at each open (db.py logs the
# migrations themselves).
_CHATTY = {
    "httpcore": logging.INFO,
    "hpack": logging.INFO,
    "multipart": logging.INFO,
    "asyncio": logging.INFO,
    "filelock": logging.INFO,
    "alembic": logging.WARNING,
}
_installed: list[logging.Handler] = []
_levels_before: dict[str, int] = {}  # the root's and the chatty loggers' levels, restored by stop_logging


def redact(text: str) -> str:
    """Replace every national-number-shaped run in `text`."""
    return _NATIONAL_NUMBER.sub(REDACTED, text)


class NationalNumberFilter(logging.Filter):
    """Rewrites a record so its message, arguments and traceback carry no national number."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact in place; never drops a record."""
        record.msg = redact(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _CurrentStderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Writes to whatever `sys.stderr` is at the time of the record (as logging's last resort does)."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: TextIO) -> None:
        pass


class _NoTracebacks(logging.Filter):
    """The console skips records that carry a traceback: those are for the log file."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep a record without exception information."""
        return record.exc_info is None and record.exc_text is None


class _OneLine(logging.Formatter):
    """`kiosk: message`, first line only: a person at the console never sees a traceback."""

    def format(self, record: logging.LogRecord) -> str:
        lines = record.getMessage().splitlines()
        return f"kiosk: {lines[0] if lines else ''}"


def log_file_name(program: str | None) -> str:
    """The log file of a program (`kiosk`, `sync`, `register-sim`), else the other commands' file."""
    return LOG_FILES.get(program or "", OTHER_COMMANDS_LOG)


def configure_logging(
    logs_dir: Path | None,
    level: str = "INFO",
    *,
    file_name: str = LOG_FILES["kiosk"],
    console_level: str = "WARNING",
) -> Path | None:
    """Log to a rotating file in `logs_dir` (when it can be written) and to stderr; return the file.

    Replaces what an earlier call installed, so in-process callers (tests) may call it again.
    A logs folder that cannot be created or written leaves the console only: logging never stops
    the program.
    """
    stop_logging()
    for name in ["", *_CHATTY]:
        _levels_before[name] = logging.getLogger(name).level
    console = _CurrentStderr()
    console.setLevel(console_level)
    console.setFormatter(_OneLine())
    console.addFilter(_NoTracebacks())
    handlers: list[logging.Handler] = [console]
    path = _file_handler(logs_dir, file_name, handlers) if logs_dir is not None else None
    install_redaction(handlers, level)
    for name, least in _CHATTY.items():
        logging.getLogger(name).setLevel(max(least, logging.getLogger().level))
    return path


def _file_handler(logs_dir: Path, file_name: str, handlers: list[logging.Handler]) -> Path | None:
    path = logs_dir / file_name
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handlers.append(handler)
    return path


def install_redaction(handlers: list[logging.Handler], level: str = "INFO") -> None:
    """Attach the redaction filter (and a plain format, unless set) to `handlers`; hang them on the root."""
    root = logging.getLogger()
    for handler in handlers:
        handler.addFilter(NationalNumberFilter())
        if handler.formatter is None:
            handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        _installed.append(handler)
    root.setLevel(level)


def stop_logging() -> None:
    """Remove and close the handlers `configure_logging` installed (at exit, and between tests)."""
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
    for name, level in _levels_before.items():
        logging.getLogger(name).setLevel(level)
    _levels_before.clear()
