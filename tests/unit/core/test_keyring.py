"""The device key in a real Secret Service, and clear refusals without a safe keyring."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from kiosk.errors import KeystoreError
from kiosk.keys import FileSecretStore, KeyringSecretStore, check_keyring_backend, service_name
from kiosk.store import create_store
from tests.support.secret_service import SecretService
from tests.unit.core.cli_support import enroll, kiosk
from tests.unit.core.plaintext_keyring import PlaintextKeyring

UNSAFE_BACKENDS = [
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "tests.unit.core.plaintext_keyring.PlaintextKeyring",
]


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(), PlaintextKeyring()]
)
def test_unsafe_backends_are_refused_naming_what_to_install(backend: object) -> None:
    with pytest.raises(KeystoreError, match="gnome-keyring") as refused:
        check_keyring_backend(backend)
    assert "no safe keyring" in str(refused.value)


def _store_made_elsewhere(data_dir: Path) -> Path:
    """A production-shaped data directory whose device key lives in no keyring of this machine."""
    secrets = FileSecretStore(data_dir.parent / "elsewhere" / "secrets.json")
    store, _code = create_store(data_dir, secrets, "coordinator", "lang-genoeg-1", datetime.now(UTC))
    store.close()
    return data_dir


@pytest.mark.parametrize("backend", UNSAFE_BACKENDS)
def test_commands_that_open_the_store_refuse_without_a_traceback(tmp_path: Path, backend: str) -> None:
    data_dir = _store_made_elsewhere(tmp_path / "data")
    result = kiosk(data_dir, "audit", "verify", env={"PYTHON_KEYRING_BACKEND": backend})
    assert result.returncode == 1
    assert "no safe keyring" in result.stderr and "gnome-keyring" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_db_upgrade_needs_no_keyring(tmp_path: Path) -> None:
    data_dir = _store_made_elsewhere(tmp_path / "data")
    result = kiosk(data_dir, "db", "upgrade", env={"PYTHON_KEYRING_BACKEND": UNSAFE_BACKENDS[0]})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("database at ")


def test_the_service_name_is_scoped_to_the_data_directory(tmp_path: Path) -> None:
    assert service_name(tmp_path / "a") != service_name(tmp_path / "b")
    assert service_name(tmp_path / "a") == service_name(tmp_path / "x" / ".." / "a")


def test_the_real_keyring_path_end_to_end(secret_service_session: SecretService, tmp_path: Path) -> None:
    data_dir = tmp_path / "kiosk-data"
    code = enroll(data_dir, "coord", "eerste-wachtwoord")
    assert len(code.replace("-", "")) == 32

    added = kiosk(
        data_dir,
        "operator",
        "add",
        "vera",
        "--role",
        "volunteer",
        operator="coord",
        stdin="eerste-wachtwoord\nvera-wachtwoord\n",
    )
    assert added.returncode == 0, added.stderr
    # A fresh process each time: the store reopens from the keyring after a restart.
    listed = kiosk(data_dir, "operator", "list", operator="coord", stdin="eerste-wachtwoord\n")
    assert listed.returncode == 0, listed.stderr
    assert "coord\tcoordinator\tactive" in listed.stdout and "vera\tvolunteer\tactive" in listed.stdout

    verified = kiosk(data_dir, "audit", "verify")
    assert verified.returncode == 0 and "audit chain ok" in verified.stdout

    last = kiosk(data_dir, "operator", "disable", "coord", operator="coord", stdin="eerste-wachtwoord\n")
    assert last.returncode == 1 and "last coordinator" in last.stderr

    wrong = kiosk(data_dir, "operator", "list", operator="coord", stdin="fout\n")
    assert wrong.returncode == 1 and "wrong password" in wrong.stderr

    reset = kiosk(
        data_dir,
        "operator",
        "passwd",
        "coord",
        "--recovery-code",
        stdin=f"{code.lower()}\nnieuw-wachtwoord\n",
    )
    assert reset.returncode == 0, reset.stderr
    after = kiosk(data_dir, "operator", "list", operator="coord", stdin="nieuw-wachtwoord\n")
    assert after.returncode == 0, after.stderr

    refused = kiosk(
        data_dir,
        "operator",
        "add",
        "x",
        "--role",
        "wil_staff",
        operator="vera",
        stdin="vera-wachtwoord\nx-wachtwoord\n",
    )
    assert refused.returncode == 1 and "your role does not allow" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_tampering_with_one_audit_row_is_detected(
    secret_service_session: SecretService, tmp_path: Path
) -> None:
    data_dir = tmp_path / "kiosk-data"
    enroll(data_dir, "coord", "eerste-wachtwoord")
    for name in ("a1", "a2"):
        result = kiosk(
            data_dir,
            "operator",
            "add",
            name,
            "--role",
            "volunteer",
            operator="coord",
            stdin=f"eerste-wachtwoord\n{name}-wachtwoord\n",
        )
        assert result.returncode == 0, result.stderr
    assert kiosk(data_dir, "audit", "verify").returncode == 0
    with closing(sqlite3.connect(data_dir / "kiosk.db")) as connection, connection:
        seq = connection.execute(
            "SELECT seq FROM audit_events WHERE action = 'operator_added' LIMIT 1"
        ).fetchone()[0]
        connection.execute("UPDATE audit_events SET subject = 'someone-else' WHERE seq = ?", (seq,))
    broken = kiosk(data_dir, "audit", "verify")
    assert broken.returncode == 1
    assert f"audit chain broken at event {seq}" in broken.stderr


class _DeleteRaises:
    """A keyring whose delete fails the way `error` says."""

    def __init__(self, error: Exception) -> None:
        self.error = error

    def delete_password(self, service: str, name: str) -> None:
        raise self.error


def _store_over(backend: object) -> KeyringSecretStore:
    store = KeyringSecretStore.__new__(KeyringSecretStore)
    store._keyring, store.service = backend, "cir-kiosk:test"
    return store


def test_deleting_an_absent_secret_is_fine_but_a_locked_keyring_is_reported() -> None:
    _store_over(_DeleteRaises(keyring.errors.PasswordDeleteError("absent"))).delete("terminal-token")
    with pytest.raises(KeystoreError, match="cannot be written"):
        _store_over(_DeleteRaises(keyring.errors.KeyringLocked("locked"))).delete("terminal-token")
