"""This terminal's enrollment and token, as the `kiosk sync` and `kiosk enroll` commands use them.

Until the core's store holds the enrollment record, it lives in `<data dir>/sync/terminal.json`
(no secret in it: the register's public sealing key, the terminal id, the receipt key is kept with
the token). The token goes to the OS keyring, or in training mode to a file store inside the data
directory (ARCHITECTURE.md s. 5: training secrets never touch the production keyring).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from kiosk.ports import SecretStore
from sync.protocol import Enrollment, b64, unb64

TOKEN_SECRET = "terminal-token"  # noqa: S105 - the name of a secret, not a secret
RECEIPT_SECRET = "receipt-key"  # noqa: S105 - a name


@dataclass(frozen=True)
class TerminalRecord:
    """What a terminal keeps from its enrollment (the token is in the secret store)."""

    terminal_id: str
    register_url: str
    sealing_public_key: str  # base64
    max_attachment_bytes: int
    ca_bundle: str = ""

    @property
    def sealing_key(self) -> bytes:
        """The register's raw X25519 public key."""
        return unb64(self.sealing_public_key)


def record_path(data_dir: Path) -> Path:
    """Where the enrollment record lives."""
    return data_dir / "sync" / "terminal.json"


def load_record(data_dir: Path) -> TerminalRecord | None:
    """Return the enrollment record, None when this data directory is not enrolled."""
    path = record_path(data_dir)
    if not path.exists():
        return None
    return TerminalRecord(**json.loads(path.read_text(encoding="utf-8")))


def save_enrollment(
    data_dir: Path, enrollment: Enrollment, register_url: str, secrets: SecretStore, ca_bundle: str = ""
) -> TerminalRecord:
    """Keep an enrollment: the record on disk, the token and receipt key in the secret store."""
    record = TerminalRecord(
        enrollment.terminal_id,
        register_url,
        b64(enrollment.sealing_public_key),
        enrollment.max_attachment_bytes,
        ca_bundle,
    )
    secrets.set(TOKEN_SECRET, enrollment.token.encode())
    secrets.set(RECEIPT_SECRET, enrollment.receipt_key)
    path = record_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(asdict(record)), encoding="utf-8")
    return record


class FileSecretStore:
    """Training mode's secret store: files with mode 0600 inside the data directory."""

    def __init__(self, directory: Path) -> None:
        self._directory = directory

    def get(self, name: str) -> bytes | None:
        """Return the secret or None."""
        path = self._directory / name
        return path.read_bytes() if path.exists() else None

    def set(self, name: str, value: bytes) -> None:
        """Store or replace the secret."""
        self._directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = self._directory / name
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(value)

    def delete(self, name: str) -> None:
        """Remove the secret; no error when absent."""
        (self._directory / name).unlink(missing_ok=True)


class KeyringSecretStore:
    """The OS keyring, with a service name scoped to the data directory."""

    def __init__(self, data_dir: Path) -> None:
        self._service = f"cir-kiosk:{data_dir}"

    def get(self, name: str) -> bytes | None:
        """Return the secret or None."""
        import keyring

        value = keyring.get_password(self._service, name)
        return unb64(value) if value is not None else None

    def set(self, name: str, value: bytes) -> None:
        """Store or replace the secret."""
        import keyring

        keyring.set_password(self._service, name, b64(value))

    def delete(self, name: str) -> None:
        """Remove the secret; no error when absent."""
        import keyring
        from keyring.errors import PasswordDeleteError

        try:
            keyring.delete_password(self._service, name)
        except PasswordDeleteError:
            return
