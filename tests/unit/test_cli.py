"""The `kiosk` command line: version, the full command list, and honest 'not built' answers."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kiosk import __version__
from ui.cli import main

COMMANDS = [
    "demo",
    "card readers",
    "virtual-card",
    "sync",
    "enroll",
    "register-sim",
    "terminal add",
    "staff add",
    "operator add",
    "audit verify",
    "db upgrade",
    "purge",
    "print-test",
    "--self-test",
    "--version",
]


def test_version_is_printed() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"kiosk {__version__}"


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    for command in COMMANDS:
        assert command in text


def test_global_options_go_before_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["db", "upgrade", "--data-dir", "/tmp/x"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments" in capsys.readouterr().err
