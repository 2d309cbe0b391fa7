"""Unit tests get an in-memory keyring; subprocesses share the session's private Secret Service."""

from __future__ import annotations

import os
import subprocess
import sys

import keyring

from tests.support.memory_keyring import InMemoryKeyring
from tests.support.secret_service import SecretService


def test_the_in_memory_keyring_is_used_and_isolated(memory_keyring: InMemoryKeyring) -> None:
    keyring.set_password("cir-kiosk-test", "device-key", "abc")
    assert memory_keyring.passwords == {("cir-kiosk-test", "device-key"): "abc"}


def test_two_subprocesses_share_one_real_secret_service(
    secret_service_session: SecretService,
) -> None:
    assert os.environ["DBUS_SESSION_BUS_ADDRESS"] == secret_service_session.bus_address
    store = (
        "import keyring; from keyring.backends.SecretService import Keyring;"
        "assert isinstance(keyring.get_keyring(), Keyring), keyring.get_keyring();"
        "keyring.set_password('cir-kiosk-test', 'token', 'shared-secret')"
    )
    read = "import keyring; print(keyring.get_password('cir-kiosk-test', 'token'))"
    subprocess.run([sys.executable, "-c", store], check=True)
    result = subprocess.run([sys.executable, "-c", read], check=True, capture_output=True, text=True)
    assert result.stdout.strip() == "shared-secret"
