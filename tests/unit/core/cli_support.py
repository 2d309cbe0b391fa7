"""Running the `kiosk` command in a subprocess, as an operator would, or in this process (fast)."""

from __future__ import annotations

import gc
import io
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from kiosk import keys, sealing
from kiosk.store import EnrollmentRecord, create_store, save_enrollment
from ui.cli import main


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


@dataclass
class Ran:
    """What one in-process run of `kiosk` did."""

    code: int
    out: str
    err: str

    def one_line(self) -> str:
        """The single line on stderr (asserting there is exactly one, and no traceback)."""
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, f"exit {self.code}, stderr:\n{self.err}"
        assert "Traceback" not in self.out + self.err
        return lines[0]


def run_in_process(
    args: Sequence[str], stdin: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> Ran:
    """`kiosk ARGS` in this process (fast), with `stdin` as standard input; SystemExit is an exit code."""
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    try:
        code = main(list(args))
    except SystemExit as stopped:  # argparse's usage errors
        code = stopped.code if isinstance(stopped.code, int) else 1
    finally:
        gc.enable()  # the window commands switch the collector off before they start
    captured = capsys.readouterr()
    return Ran(code, captured.out, captured.err)


def file_keyed_terminal(data_dir: Path, password: str, now: datetime) -> Path:
    """An enrolled store whose secrets sit in its own file (as training keeps them), no keyring.

    `settings.toml` says training, so `kiosk sync` takes the same file secrets.
    """
    store, _code = create_store(data_dir, keys.training_secret_store(data_dir), "coordinator", password, now)
    (data_dir / "settings.toml").write_text("training = true\n")
    _private, public = sealing.generate_keypair()
    with store.begin() as session:
        save_enrollment(session, store, EnrollmentRecord("T-1", "http://127.0.0.1:9", public, b"r" * 32, now))
    store.close()
    return data_dir
