"""National numbers never reach a log file, whatever way they enter a record."""

from __future__ import annotations

import io
import logging

import pytest

from kiosk.logsetup import REDACTED, NationalNumberFilter, redact

RRN = "85073003328"
DOTTED = "85.07.30-033.28"


@pytest.fixture
def captured() -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(NationalNumberFilter())
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("test.redaction")
    logger.handlers = [handler]
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    return logger, stream


def test_the_eleven_digit_form_is_redacted_in_the_message(captured) -> None:  # type: ignore[no-untyped-def]
    logger, stream = captured
    logger.info("card read for %s at reader %d", RRN, 2)
    assert RRN not in stream.getvalue()
    assert f"card read for {REDACTED} at reader 2" in stream.getvalue()


def test_the_dotted_form_is_redacted(captured) -> None:  # type: ignore[no-untyped-def]
    logger, stream = captured
    logger.warning(f"lookup failed for {DOTTED}")
    assert DOTTED not in stream.getvalue()
    assert REDACTED in stream.getvalue()


def test_a_traceback_is_redacted(captured) -> None:  # type: ignore[no-untyped-def]
    logger, stream = captured
    try:
        raise ValueError(f"bad member {RRN}")
    except ValueError:
        logger.exception("while saving")
    text = stream.getvalue()
    assert "Traceback" in text
    assert RRN not in text


def test_longer_digit_runs_such_as_dossier_numbers_are_kept() -> None:
    assert redact("dossier 202403180042 done") == "dossier 202403180042 done"
    assert redact("ten digits 1234567890 ok") == "ten digits 1234567890 ok"
