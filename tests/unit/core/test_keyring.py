"""The device key in a real Secret Service, and clear refusals without a safe keyring."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import pytest
from keyrings.alt.file import PlaintextKeyring

from kiosk.errors import KeystoreError
from kiosk.keys import check_keyring_backend, service_name
from tests.support.secret_service import SecretService
from tests.unit.core.cli_support import enroll, kiosk

UNSAFE_BACKENDS = [
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
]


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(), PlaintextKeyring()]
)
def test_unsafe_backends_are_refused_naming_what_to_install(backend: object) -> None:
    with pytest.raises(KeystoreError, match="gnome-keyring") as refused:
        check_keyring_backend(backend)
    assert "no safe keyring" in str(refused.value)


@pytest.mark.parametrize("backend", UNSAFE_BACKENDS)
def test_commands_that_open_the_store_refuse_without_a_traceback(tmp_path: Path, backend: str) -> None:
    result = kiosk(tmp_path / "data", "audit", "verify", env={"PYTHON_KEYRING_BACKEND": backend})
    assert result.returncode == 1
    assert "no safe keyring" in result.stderr and "gnome-keyring" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_db_upgrade_needs_no_keyring(tmp_path: Path) -> None:
    result = kiosk(tmp_path, "db", "upgrade", env={"PYTHON_KEYRING_BACKEND": UNSAFE_BACKENDS[0]})
    assert result.returncode == 0, result.stderr
    assert "migrated from empty" in result.stdout


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
