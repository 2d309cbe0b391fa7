"""A terminal enrolled with `kiosk enroll` against the register, its secrets in a real Secret Service."""

from __future__ import annotations

from pathlib import Path

from keyring.backends.SecretService import Keyring as SecretServiceKeyring

from kiosk.keys import DEVICE_KEY, TERMINAL_TOKEN, service_name
from sync.simulator.server import running_simulator
from tests.support.secret_service import SecretService
from tests.unit.core.cli_support import kiosk

COORDINATOR_PASSWORD = "Eerste-coordinator-2026"


def test_enroll_then_operate_through_the_real_keyring(
    secret_service_session: SecretService, tmp_path: Path
) -> None:
    data_dir = tmp_path / "terminal"
    with running_simulator(f"sqlite:///{tmp_path / 'register.db'}") as simulator:
        terminal_id, code = simulator.register.add_terminal("digipunt test")
        enrolled = kiosk(
            data_dir,
            "enroll",
            "--register-url",
            simulator.base_url,
            "--coordinator",
            "griet",
            stdin=f"{code}\n{COORDINATOR_PASSWORD}\n",
        )
        assert enrolled.returncode == 0, enrolled.stderr
        assert terminal_id in enrolled.stdout
        assert "recovery code" in enrolled.stdout
        # The same code cannot enroll a second terminal.
        again = kiosk(
            tmp_path / "other",
            "enroll",
            "--register-url",
            simulator.base_url,
            "--coordinator",
            "x",
            stdin=f"{code}\n{COORDINATOR_PASSWORD}\n",
        )
        assert again.returncode != 0
        assert "Traceback" not in again.stderr

        added = kiosk(
            data_dir,
            "operator",
            "add",
            "jan",
            "--role",
            "volunteer",
            operator="griet",
            stdin=f"{COORDINATOR_PASSWORD}\nVrijwilliger-wachtwoord-1\n",
        )
        assert added.returncode == 0, added.stderr
        listed = kiosk(data_dir, "operator", "list", operator="griet", stdin=f"{COORDINATOR_PASSWORD}\n")
        assert "jan\tvolunteer\tactive" in listed.stdout
        assert kiosk(data_dir, "audit", "verify").returncode == 0
        synced = kiosk(data_dir, "sync", "--once")
        assert synced.returncode == 0, synced.stderr
    # The device key and the terminal token live in the Secret Service, not in files.
    secret_service = SecretServiceKeyring()
    for name in (DEVICE_KEY, TERMINAL_TOKEN):
        assert secret_service.get_password(service_name(data_dir), name)
    assert not list(data_dir.rglob("*.json"))
