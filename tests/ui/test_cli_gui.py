"""The GUI commands: `kiosk` refuses clearly without a safe keyring or an enrolled store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.ui


def test_production_kiosk_refuses_without_an_enrolled_store(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--data-dir", str(tmp_path / "empty"), "--windowed"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 1
    assert "keyring" in result.stderr or "enroll" in result.stderr
    assert "Traceback" not in result.stderr
