"""A private D-Bus session bus with gnome-keyring's Secret Service, for tests and their subprocesses."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SecretService:
    """Where the private Secret Service lives; `environ` is what a subprocess needs to reach it."""

    bus_address: str
    home: Path

    @property
    def environ(self) -> dict[str, str]:
        """Environment variables that point a process at this bus and HOME."""
        return {
            "DBUS_SESSION_BUS_ADDRESS": self.bus_address,
            "HOME": str(self.home),
            "XDG_RUNTIME_DIR": str(self.home / "run"),
            # Exactly the Secret Service: with keyrings.alt installed (dev extra) keyring would
            # otherwise pick a chainer that also holds a plaintext file backend.
            "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
        }


def available() -> bool:
    """Whether dbus-daemon and gnome-keyring-daemon are installed."""
    return bool(shutil.which("dbus-daemon") and shutil.which("gnome-keyring-daemon"))


@contextmanager
def running_secret_service(home: Path) -> Iterator[SecretService]:
    """Start dbus-daemon and an unlocked gnome-keyring (secrets only) in `home`; stop both after."""
    runtime = home / "run"
    runtime.mkdir(parents=True, mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)}
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        keyring_daemon = _start_keyring_daemon(env)
        try:
            _wait_for_secrets_name(env)
            yield SecretService(bus_address=address, home=home)
        finally:
            keyring_daemon.terminate()
            keyring_daemon.wait(timeout=10)
    finally:
        bus.terminate()
        bus.wait(timeout=10)
        if bus.stdout is not None:
            bus.stdout.close()


def _start_keyring_daemon(env: dict[str, str]) -> subprocess.Popen[bytes]:
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert daemon.stdin is not None
    daemon.stdin.write(b"test-session-keyring-password")  # unlocks (creates) the login keyring
    daemon.stdin.close()
    return daemon


def _wait_for_secrets_name(env: dict[str, str]) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        probe = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if "boolean true" in probe.stdout:
            return
        time.sleep(0.05)
    raise RuntimeError("gnome-keyring did not claim org.freedesktop.secrets within 15 s")
