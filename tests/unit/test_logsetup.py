"""National numbers never reach a log file, whatever way they enter a record."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk import logsetup
from kiosk.logsetup import (
    BACKUP_COUNT,
    REDACTED,
    NationalNumberFilter,
    configure_logging,
    redact,
    stop_logging,
)

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


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "logs"
    stop_logging()


def test_the_log_file_is_capped_in_size_and_count(logs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logsetup, "MAX_BYTES", 20_000)  # the real cap is 1 MB: same rotation, less writing
    path = configure_logging(logs, file_name="sync.log")
    assert path == logs / "sync.log"
    line = "x" * 200
    for number in range(2_000):  # about 20 times the cap
        logging.getLogger("sync").info("pass %d %s", number, line)
    files = sorted(logs.iterdir())
    assert [f.name for f in files] == ["sync.log", *(f"sync.log.{n}" for n in range(1, BACKUP_COUNT + 1))]
    assert all(f.stat().st_size <= 20_000 for f in files)
    assert "pass 1999 " in (logs / "sync.log").read_text()  # the newest lines are kept, the oldest go


def test_the_console_gets_one_line_and_the_file_the_traceback(
    logs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging(logs, file_name="commands.log")
    try:
        raise ValueError(f"bad member {RRN}")
    except ValueError:
        logging.getLogger("kiosk").exception("while saving")
    logging.getLogger("kiosk").warning("the WAL could not be truncated\nsecond line")
    logging.getLogger("kiosk").info("only for the file")
    assert capsys.readouterr().err == "kiosk: the WAL could not be truncated\n"
    text = (logs / "commands.log").read_text()
    assert "Traceback" in text and "only for the file" in text and RRN not in text


def test_a_logs_folder_that_cannot_be_made_leaves_the_console(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a-file").write_text("")
    try:
        assert configure_logging(tmp_path / "a-file" / "logs") is None
        logging.getLogger("kiosk").warning("still said")
        assert "still said" in capsys.readouterr().err
    finally:
        stop_logging()


def test_configuring_again_replaces_the_handlers(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        configure_logging(tmp_path / "one")
        configure_logging(tmp_path / "two")
        logging.getLogger("kiosk").warning("where")
        assert not (tmp_path / "one" / "kiosk.log").read_text()
        assert "where" in (tmp_path / "two" / "kiosk.log").read_text()
    finally:
        stop_logging()
    assert root.handlers == before
