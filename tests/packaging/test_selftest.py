"""`kiosk --self-test` checks the installation and fails loudly when a part does not work."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ui.selftest import run_self_test


def test_the_installed_kiosk_passes_its_self_test(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--self-test"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    translations = "translations: nl (plurals), fr, en, tr, ar; Qt's own: nl, fr, tr, ar"
    for part in ("database:", "receipt:", translations, "card readers:"):
        assert part in result.stdout
    assert "self-test: all checks passed" in result.stdout
    assert not list(tmp_path.rglob("kiosk.db")), "the self-test must not leave a database behind"


def test_a_failing_check_fails_the_self_test(capsys) -> None:  # type: ignore[no-untyped-def]
    def check_broken() -> str:
        raise RuntimeError("fonts gone")

    def check_fine() -> str:
        return "fine: yes"

    assert run_self_test((check_fine, check_broken)) == 1
    output = capsys.readouterr().out
    assert "ok    fine: yes" in output
    assert "FAIL  broken: RuntimeError: fonts gone" in output
    assert "1 check(s) failed" in output
