"""A plain-text file keyring backend, as keyrings.alt's PlaintextKeyring is: the kiosk must refuse it.

Selected in subprocesses with PYTHON_KEYRING_BACKEND=tests.unit.core.plaintext_keyring.PlaintextKeyring.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class PlaintextKeyring(KeyringBackend):
    """Writes every secret unencrypted into a JSON file under HOME (priority 0.5, like keyrings.alt's)."""

    priority = 0.5  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        return Path(os.environ.get("HOME", ".")) / "plaintext-keyring.json"

    def _read(self) -> dict[str, str]:
        return json.loads(self.path.read_text()) if self.path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        values = self._read()
        values[f"{service}/{username}"] = password
        self.path.write_text(json.dumps(values))

    def delete_password(self, service: str, username: str) -> None:
        values = self._read()
        values.pop(f"{service}/{username}", None)
        self.path.write_text(json.dumps(values))
