"""Card commands fail with one plain line on stderr, a non-zero exit and no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def _kiosk(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "ui", *args], capture_output=True, text=True, env=env, timeout=60
    )


def test_an_unknown_profile_is_one_line() -> None:
    result = _kiosk("virtual-card", "--profile", "nobody")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == "kiosk: no virtual card profile named 'nobody'\n"


def test_a_missing_test_roots_directory_is_one_line(tmp_path: Path) -> None:
    result = _kiosk("card", "read", "--test-roots", str(tmp_path / "missing"))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == "kiosk: the test roots directory does not exist\n"


def test_a_test_roots_directory_without_certificates_trusts_nothing_new(tmp_path: Path) -> None:
    (tmp_path / "not-a-cert.pem").write_text("hello")
    result = _kiosk("card", "read", "--test-roots", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr == "kiosk: a trust root is not a certificate\n"
    assert "Traceback" not in result.stderr
