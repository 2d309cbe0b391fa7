"""The PyInstaller bundle builds on this machine and passes its smoke test (`--version`, `--self-test`)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def test_the_linux_bundle_builds_and_passes_its_smoke_test() -> None:
    result = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build-linux.sh")],
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    output = result.stdout + result.stderr
    (ROOT / "test-artifacts").mkdir(exist_ok=True)
    (ROOT / "test-artifacts" / "bundle-build.log").write_text(output)
    assert result.returncode == 0, output[-3000:]
    assert "smoke: bundle OK" in output
    assert (ROOT / "dist" / "kiosk" / "kiosk").exists()
    # The screens' catalogues and Qt's own ship in the bundle, and its self-test loaded them.
    shipped = {p.name for p in (ROOT / "dist" / "kiosk").rglob("resources/i18n/*.qm")}
    for code in ("nl", "fr", "tr", "ar"):
        assert f"qtbase_{code}.qm" in shipped, sorted(shipped)
    for code in ("nl", "fr", "en", "tr", "ar"):
        assert f"kiosk_{code}.qm" in shipped, sorted(shipped)
    assert "Qt's own: nl, fr, tr, ar" in output
