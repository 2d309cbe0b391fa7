"""Running the `kiosk` command in a subprocess, as an operator would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def kiosk(
    data_dir: Path,
    *args: str,
    stdin: str = "",
    env: dict[str, str] | None = None,
    operator: str | None = None,
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "ui", "--data-dir", str(data_dir)]
    if operator:
        command += ["--as", operator]
    return subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


ENROLL = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from kiosk.keys import KeyringSecretStore
from kiosk.store import create_store
data_dir = Path(sys.argv[1])
name, password = sys.stdin.readline().rstrip("\\n"), sys.stdin.readline().rstrip("\\n")
store, code = create_store(data_dir, KeyringSecretStore(data_dir), name, password, datetime.now(UTC))
store.close()
print(code)
"""


def enroll(data_dir: Path, name: str, password: str) -> str:
    """Create the store with its first coordinator through the real keyring; return the recovery code."""
    result = subprocess.run(
        [sys.executable, "-c", ENROLL, str(data_dir)],
        input=f"{name}\n{password}\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()
