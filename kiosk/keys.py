"""Keys and who can open what (docs/architecture.md section 6).

- device key: in the OS keyring (`KeyringSecretStore`, service name scoped to the data directory) or
  training mode's `FileSecretStore`; protects the master key's device wrap, the audit HMAC key, the
  lookup HMAC key, the receipt key and the print spool key.
- master key: protects the per-dossier data keys; wrapped by the device key **and** each operator's
  argon2id password key (and by the recovery code printed at enrollment).
- per-dossier data key: personal fields and evidence of one dossier (AES-256-GCM); wrapped by the
  master key; purge destroys it.
- audit HMAC key: the audit chain; derived from the device key only.

"Wrapped by the device key and by the operator's key" is a double wrap: the master key is first
encrypted under the operator's argon2id key, and that box under the device key. So the master key
opens only on this device (the keyring) *and* with an operator's password: a stolen laptop with an
auto-login session (keyring unlocked) still reveals no dossier.

Secrets in a `SecretStore` (names): `device-key` (32 bytes) and `terminal-token` (the register's bearer
token, written by sync's enrollment through `kiosk.store.save_terminal_token`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.errors import KeystoreError, KioskError

DEVICE_KEY = "device-key"
TERMINAL_TOKEN = "terminal-token"  # noqa: S105 - a secret's name, not a secret
KEY_BYTES = 32
NONCE_BYTES = 12
SERVICE_PREFIX = "cir-kiosk"

INSTALL_HINT = (
    "install and unlock a Secret Service keyring (gnome-keyring or KWallet; on Debian: "
    "apt install gnome-keyring libsecret-1-0, and the Python package 'secretstorage'), or use the "
    "Windows Credential Locker or the macOS Keychain"
)


class WrongSecret(KioskError):
    """A password, recovery code or key does not open this box (no detail on purpose)."""


# --- argon2id password keys ------------------------------------------------------------------


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored with each wrap so they can be raised later."""

    time_cost: int = 3
    memory_cost: int = 65536  # KiB: 64 MiB, OWASP's argon2id guidance for interactive logins
    parallelism: int = 2

    def to_json(self) -> str:
        """Serialise for the database."""
        return json.dumps({"t": self.time_cost, "m": self.memory_cost, "p": self.parallelism})

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        """Parse `to_json`'s output."""
        raw = json.loads(text)
        return cls(time_cost=raw["t"], memory_cost=raw["m"], parallelism=raw["p"])


DEFAULT_KDF = KdfParams()


def password_key(password: str, salt: bytes, params: KdfParams) -> bytes:
    """Derive a 32-byte key from an operator's password with argon2id."""
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


# --- recovery codes --------------------------------------------------------------------------

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_recovery_code() -> str:
    """A random 160-bit code in Crockford base32, grouped by 4 (XXXX-XXXX-... 8 groups)."""
    number = int.from_bytes(secrets.token_bytes(20), "big")
    chars = "".join(_CROCKFORD[(number >> shift) & 31] for shift in range(155, -1, -5))
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_code(code: str) -> str:
    """Upper-case, drop dashes and spaces, map the look-alikes O, I, L (as typed from paper)."""
    cleaned = code.upper().replace("-", "").replace(" ", "").strip()
    return cleaned.replace("O", "0").replace("I", "1").replace("L", "1")


def recovery_key(code: str) -> bytes:
    """The key a recovery code stands for (the code has 160 random bits: HKDF suffices)."""
    return derive(normalise_recovery_code(code).encode(), b"cir-kiosk recovery code v1")


# --- wrapping --------------------------------------------------------------------------------


def derive(key: bytes, info: bytes) -> bytes:
    """A 32-byte subkey of `key` for one purpose (HKDF-SHA256)."""
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=info).derive(key)


def encrypt(key: bytes, plaintext: bytes, context: bytes) -> bytes:
    """AES-256-GCM with a random nonce; `context` is bound as associated data. nonce | ciphertext."""
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, context)


def decrypt(key: bytes, box: bytes, context: bytes) -> bytes:
    """Open a box made by `encrypt`; raise `WrongSecret` if the key or context is wrong."""
    try:
        return AESGCM(key).decrypt(box[:NONCE_BYTES], box[NONCE_BYTES:], context)
    except (InvalidTag, ValueError):
        raise WrongSecret("this key does not open the box") from None


def double_wrap(device_key: bytes, inner_key: bytes, master_key: bytes, context: bytes) -> bytes:
    """Wrap the master key under `inner_key` (password or recovery), then under the device key."""
    return encrypt(device_key, encrypt(inner_key, master_key, context), b"device:" + context)


def double_unwrap(device_key: bytes, inner_key: bytes, box: bytes, context: bytes) -> bytes:
    """Undo `double_wrap`; `WrongSecret` if either key is wrong."""
    return decrypt(inner_key, decrypt(device_key, box, b"device:" + context), context)


@dataclass(frozen=True)
class DeviceKeys:
    """The keys that work without an operator: audit chain, national-number lookups, secrets at rest."""

    device_key: bytes

    @property
    def audit_key(self) -> bytes:
        """The audit chain's HMAC key (device key only, so CLI, purge and sync can append)."""
        return derive(self.device_key, b"cir-kiosk audit hmac v1")

    @property
    def lookup_key(self) -> bytes:
        """The HMAC key of national-number lookup columns."""
        return derive(self.device_key, b"cir-kiosk lookup hmac v1")

    @property
    def wrap_key(self) -> bytes:
        """The key of device wraps (master key wraps, receipt key)."""
        return derive(self.device_key, b"cir-kiosk device wrap v1")

    @property
    def print_spool_key(self) -> bytes:
        """The key of papers waiting for the printer (`ui/printing.py`'s spool): the same after a restart."""
        return derive(self.device_key, b"cir-kiosk print spool v1")

    def lookup(self, value: str) -> str:
        """The hex HMAC of a national number (or household key) for an equality lookup."""
        return hmac.new(self.lookup_key, value.encode(), hashlib.sha256).hexdigest()


# --- secret stores ---------------------------------------------------------------------------


def service_name(data_dir: Path) -> str:
    """The keyring service for one data directory, so two data directories never share a key."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"{SERVICE_PREFIX}:{digest}"


def check_keyring_backend(backend: object) -> object:
    """Return the backend to use; refuse keyring's fail and null backends and plain-text files.

    A chainer (several backends) is reduced to its highest-priority backend: a chainer would fall
    back silently to the next backend, possibly a plain-text file, when the keyring is locked.
    """
    if type(backend).__module__.startswith("keyring.backends.chainer"):
        inner = list(getattr(backend, "backends", []))
        backend = inner[0] if inner else backend
    kind = f"{type(backend).__module__}.{type(backend).__qualname__}"
    reason = _unsafe_reason(kind)
    priority = getattr(backend, "priority", 0)
    if reason is None and isinstance(priority, int | float) and priority < 1:
        # keyring's own convention: a priority below 1 marks a backend it does not recommend
        # (keyrings.alt's plain-text and weakly encrypted files, test doubles).
        reason = f"the {type(backend).__name__} backend is not a secure keyring"
    if reason:
        raise KeystoreError(f"no safe keyring to hold the device key ({reason}): {INSTALL_HINT}")
    return backend


def _unsafe_reason(kind: str) -> str | None:
    lowered = kind.lower()
    if lowered.startswith("keyring.backends.fail") or lowered.startswith("keyring.backends.chainer"):
        return "keyring found no backend"
    if lowered.startswith("keyring.backends.null"):
        return "the null keyring stores nothing"
    if "plaintext" in lowered or lowered.startswith("keyrings.alt.file"):
        return "a plain-text file keyring keeps secrets unencrypted"
    return None


class KeyringSecretStore:
    """Secrets in the OS keyring, under a service name scoped to the data directory."""

    def __init__(self, data_dir: Path) -> None:
        import keyring

        self._keyring: Any = check_keyring_backend(keyring.get_keyring())
        self.service = service_name(data_dir)

    def get(self, name: str) -> bytes | None:
        """Return the secret or None when absent."""
        try:
            text = self._keyring.get_password(self.service, name)
        except Exception as error:  # keyring raises many kinds; all mean "not available"
            raise KeystoreError(
                f"the keyring cannot be read ({type(error).__name__}): {INSTALL_HINT}"
            ) from None
        return None if text is None else base64.b64decode(text)

    def set(self, name: str, value: bytes) -> None:
        """Store or replace the secret."""
        try:
            self._keyring.set_password(self.service, name, base64.b64encode(value).decode())
        except Exception as error:
            raise KeystoreError(
                f"the keyring cannot be written ({type(error).__name__}): {INSTALL_HINT}"
            ) from None

    def delete(self, name: str) -> None:
        """Remove the secret; no error when absent."""
        from keyring.errors import PasswordDeleteError

        try:
            self._keyring.delete_password(self.service, name)
        except PasswordDeleteError:  # absent already, which is what we want
            return
        except Exception as error:  # a locked or unreachable keyring: the secret is still there
            raise KeystoreError(
                f"the keyring cannot be written ({type(error).__name__}): {INSTALL_HINT}"
            ) from None


class FileSecretStore:
    """Training mode's secrets: a JSON file (mode 0600) inside its own data directory.

    Never used for production data: training mode has its own data directory and never opens the
    production store.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, str]:
        if not self.path.exists():
            return {}
        loaded: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        return loaded

    def _write(self, values: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(values, handle)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(self.path)

    def get(self, name: str) -> bytes | None:
        """Return the secret or None when absent."""
        text = self._read().get(name)
        return None if text is None else base64.b64decode(text)

    def set(self, name: str, value: bytes) -> None:
        """Store or replace the secret."""
        values = self._read()
        values[name] = base64.b64encode(value).decode()
        self._write(values)

    def delete(self, name: str) -> None:
        """Remove the secret; no error when absent."""
        values = self._read()
        if values.pop(name, None) is not None:
            self._write(values)


TRAINING_SECRETS_FILE = "training-secrets.json"


def training_secret_store(data_dir: Path) -> FileSecretStore:
    """The file store training mode keeps inside its own data directory."""
    return FileSecretStore(data_dir / TRAINING_SECRETS_FILE)
