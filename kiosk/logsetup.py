"""Logging, set up once per process, with national numbers redacted from every record.

Belgian national numbers appear as 11 digits or as YY.MM.DD-SSS.CC. The filter sits on every
handler, so records from any logger (ours or a library's) are redacted before they are written,
arguments and exception text included.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

REDACTED = "[RRN]"
_NATIONAL_NUMBER = re.compile(
    r"(?<![0-9])(?:[0-9]{11}|[0-9]{2}\.[0-9]{2}\.[0-9]{2}[- ]?[0-9]{3}[.-]?[0-9]{2})(?![0-9])"
)
_configured = False


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


def configure_logging(logs_dir: Path | None, level: str = "INFO") -> None:
    """Send records to stderr and, when given, a rotating file in `logs_dir`; idempotent."""
    global _configured
    if _configured:
        return
    handlers: list[logging.Handler] = [logging.StreamHandler()]
    if logs_dir is not None:
        logs_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                logs_dir / "kiosk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
            )
        )
    install_redaction(handlers, level)
    _configured = True


def install_redaction(handlers: list[logging.Handler], level: str = "INFO") -> None:
    """Attach the redaction filter and a plain format to `handlers` and hang them on the root."""
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    for handler in handlers:
        handler.addFilter(NationalNumberFilter())
        handler.setFormatter(formatter)
        root.addHandler(handler)
    root.setLevel(level)
