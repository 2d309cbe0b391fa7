"""`make test` stops the pcscd it started, also when tests fail, and only that one (scripts/pcscd.sh).

The machine has one pcscd socket, which other test runs share, so these tests drive the script's
functions with a stand-in daemon named `pcscd` in a private run directory: it makes the socket and
PID file pcscd makes, is named `pcscd` (its /proc comm) and goes on SIGTERM: all the script looks at.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.support.pcscd import hand_over, process_alive, stop_daemon, wait_until

ROOT = Path(__file__).resolve().parents[2]
FAKE_PCSCD = """#!/bin/bash
dir="$PCSCD_RUN_DIR"
rm -f "$dir/pcscd.comm"
python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$dir/pcscd.comm"
echo $$ >"$dir/pcscd.pid"
trap 'rm -f "$dir/pcscd.comm" "$dir/pcscd.pid"; exit 0' TERM INT
while :; do sleep 0.05; done
"""


@dataclass
class Stage:
    """Paths of one run's stand-in pcscd, its ownership file and the pcsc tests' lock; the runs."""

    root: Path
    runs: list[subprocess.Popen[str]] = field(default_factory=list)
    started: list[int] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        return {
            **os.environ,
            "PCSCD_BIN": str(self.root / "bin" / "pcscd"),
            "PCSCD_RUN_DIR": str(self.root / "run"),
            "PCSCD_OWNER_FILE": str(self.owner_file),
            "PCSC_TESTS_LOCK": str(self.root / "pcsc-tests.lock"),
        }

    @property
    def owner_file(self) -> Path:
        return self.root / "pcscd.owner"

    def running_pid(self) -> int | None:
        try:
            pid = int((self.root / "run" / "pcscd.pid").read_text())
        except (OSError, ValueError):
            return None
        return pid if process_alive(pid) else None

    def start_detached(self) -> int:
        """A pcscd this run did not start (as a person or another run would)."""
        subprocess.run(
            ["setsid", "-f", self.env["PCSCD_BIN"]],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
        )
        assert wait_until(lambda: self.running_pid() is not None, timeout=5)
        pid = self.running_pid()
        assert pid is not None
        self.started.append(pid)
        return pid

    def run(self, body: str) -> subprocess.Popen[str]:
        """Source scripts/pcscd.sh as scripts/test.sh does, start pcscd, then run `body` (the tests)."""
        script = f'set -euo pipefail\nsource "{ROOT}/scripts/pcscd.sh"\ntrap stop_pcscd EXIT\n'
        script += "trap 'exit 130' INT\ntrap 'exit 143' TERM\nstart_pcscd\necho \"OURS $OUR_PCSCD\"\n" + body
        run = subprocess.Popen(
            ["bash", "-c", script],
            env=self.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        self.runs.append(run)
        return run

    def clean_up(self) -> None:
        for run in self.runs:
            if run.poll() is None:
                os.killpg(run.pid, signal.SIGKILL)
            run.communicate(timeout=10)
        for pid in [*self.started, self.running_pid()]:
            if pid is not None and process_alive(pid):
                stop_daemon(pid)


@pytest.fixture
def stage(tmp_path: Path) -> Iterator[Stage]:
    (tmp_path / "bin").mkdir()
    (tmp_path / "run").mkdir()
    fake = tmp_path / "bin" / "pcscd"
    fake.write_text(FAKE_PCSCD)
    fake.chmod(0o755)
    staged = Stage(tmp_path)
    yield staged
    staged.clean_up()


def _ours(run: subprocess.Popen[str]) -> int:
    """The PID of the pcscd the run says it started, once it has started it."""
    assert run.stdout is not None
    for line in run.stdout:
        if line.startswith("OURS "):
            return int(line.split()[1])
    raise AssertionError("the run ended before starting pcscd")


def test_it_stops_the_pcscd_it_started_when_the_tests_fail(stage: Stage) -> None:
    run = stage.run("false  # the tests fail\n")
    ours = _ours(run)
    output, _ = run.communicate(timeout=30)
    assert run.returncode == 1
    assert f"stopped the pcscd this run started (pid {ours})" in output
    assert not process_alive(ours)
    assert not stage.owner_file.exists()


def test_it_stops_the_replacement_a_restart_test_handed_it(stage: Stage) -> None:
    run = stage.run("read -r _  # the tests run; one restarts pcscd\nfalse\n")
    first = _ours(run)
    assert wait_until(lambda: stage.running_pid() == first, timeout=5)
    # What tests/pcsc/test_pcscd_restart.py does: stop it, start one again, hand it over.
    stop_daemon(first)
    replacement = stage.start_detached()
    hand_over(first, replacement, stage.owner_file)
    output, _ = run.communicate("go\n", timeout=30)
    assert f"stopped the pcscd this run started (pid {replacement})" in output
    assert not process_alive(replacement)
    assert stage.running_pid() is None


def test_it_leaves_a_pcscd_it_did_not_start(stage: Stage) -> None:
    theirs = stage.start_detached()
    run = stage.run("false\n")
    output, _ = run.communicate(timeout=30)
    assert "using the pcscd that is already running\nOURS \n" in output  # it started none
    assert "stopped" not in output
    assert process_alive(theirs)


def test_an_interrupted_run_stops_its_pcscd(stage: Stage) -> None:
    run = stage.run("sleep 30  # the tests run\n")
    ours = _ours(run)
    assert wait_until(lambda: stage.running_pid() == ours, timeout=5)
    time.sleep(0.2)
    os.killpg(run.pid, signal.SIGINT)  # Ctrl-C reaches the whole foreground group
    output, _ = run.communicate(timeout=30)
    assert run.returncode == 130
    assert f"stopped the pcscd this run started (pid {ours})" in output
    assert not process_alive(ours)
