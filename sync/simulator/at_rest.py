"""Personal data at rest in the register's database: sealed columns, opened only in the service's memory.

The database (PostgreSQL in production, a `pg_dump`, a stolen disk) holds no national number, name,
evidence file or submission body in the clear. Columns that hold them are typed `Sealed…`:
- `SealedText` / `SealedBytes`: AES-256-GCM with a random nonce, the column's name bound as
  associated data (a value cannot be moved to another column);
- `MatchableText`: AES-SIV, deterministic, for the few columns the register looks up by equality
  (a household key, a member's national number, the staff list); like the kiosk's HMAC column it
  shows only whether two rows hold the same value.

The keys are derived (HKDF-SHA256) from the register's sealing private key: for the intake service
that key is a file only the service user can read, never in the database. Each engine carries its
own keys (`install_keys`), so several registers can run in one process (tests). A value written
before the columns were sealed has no prefix and reads as it is until `Register` seals it.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Engine, LargeBinary, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

TEXT_PREFIX = "c1:"
MATCH_PREFIX = "d1:"
BYTES_PREFIX = b"\xc1"
_KEYS_ATTRIBUTE = "cir_register_column_keys"


@dataclass(frozen=True)
class ColumnKeys:
    """The two keys of sealed columns: AES-GCM (random nonce) and AES-SIV (deterministic)."""

    aead: bytes
    siv: bytes

    @classmethod
    def derive(cls, sealing_private_key: bytes) -> ColumnKeys:
        """Derive both keys from the register's sealing private key."""
        return cls(
            _hkdf(sealing_private_key, b"cir register columns aead v1", 32),
            _hkdf(sealing_private_key, b"cir register columns siv v1", 64),
        )


def _hkdf(secret: bytes, info: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(secret)


class KeysMissing(RuntimeError):
    """A sealed column was read or written on an engine without keys (never stored in the clear)."""


def install_keys(engine: Engine, keys: ColumnKeys) -> None:
    """Give `engine` the keys of its sealed columns (each engine has its own dialect object)."""
    setattr(engine.dialect, _KEYS_ATTRIBUTE, keys)


def _keys(dialect: Dialect) -> ColumnKeys:
    keys: ColumnKeys | None = getattr(dialect, _KEYS_ATTRIBUTE, None)
    if keys is None:
        raise KeysMissing("the register's column keys are not installed on this engine")
    return keys


def seal_value(keys: ColumnKeys, column: str, plaintext: bytes) -> bytes:
    """AES-GCM under the column key, the column's name as associated data."""
    nonce = os.urandom(12)
    return nonce + AESGCM(keys.aead).encrypt(nonce, plaintext, column.encode())


def open_value(keys: ColumnKeys, column: str, sealed: bytes) -> bytes:
    """Open a value of `seal_value`."""
    return AESGCM(keys.aead).decrypt(sealed[:12], sealed[12:], column.encode())


class SealedText(TypeDecorator[str]):
    """Text stored sealed (AES-GCM); opened when read."""

    impl = Text
    cache_ok = True

    def __init__(self, column: str) -> None:
        super().__init__()
        self.column = column

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        """Seal on the way in."""
        if value is None:
            return None
        sealed = seal_value(_keys(dialect), self.column, value.encode("utf-8"))
        return TEXT_PREFIX + base64.b64encode(sealed).decode("ascii")

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        """Open on the way out (a value from before sealing reads as it is)."""
        if value is None or not value.startswith(TEXT_PREFIX):
            return value  # type: ignore[no-any-return]
        raw = base64.b64decode(value.removeprefix(TEXT_PREFIX))
        return open_value(_keys(dialect), self.column, raw).decode("utf-8")


class MatchableText(TypeDecorator[str]):
    """Text stored with deterministic AES-SIV, so `column == value` still finds it."""

    impl = String(255)
    cache_ok = True

    def __init__(self, column: str) -> None:
        super().__init__()
        self.column = column

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        """Seal deterministically on the way in (and in a WHERE clause)."""
        if value is None:
            return None
        sealed = AESSIV(_keys(dialect).siv).encrypt(value.encode("utf-8"), [self.column.encode()])
        return MATCH_PREFIX + base64.b64encode(sealed).decode("ascii")

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        """Open on the way out."""
        if value is None or not value.startswith(MATCH_PREFIX):
            return value  # type: ignore[no-any-return]
        raw = base64.b64decode(value.removeprefix(MATCH_PREFIX))
        return AESSIV(_keys(dialect).siv).decrypt(raw, [self.column.encode()]).decode("utf-8")


class SealedBytes(TypeDecorator[bytes]):
    """Bytes stored sealed (AES-GCM); opened when read."""

    impl = LargeBinary
    cache_ok = True

    def __init__(self, column: str) -> None:
        super().__init__()
        self.column = column

    def process_bind_param(self, value: bytes | None, dialect: Dialect) -> bytes | None:
        """Seal on the way in."""
        if value is None:
            return None
        return BYTES_PREFIX + seal_value(_keys(dialect), self.column, value)

    def process_result_value(self, value: Any, dialect: Dialect) -> bytes | None:
        """Open on the way out (a value from before sealing reads as it is)."""
        if value is None:
            return None
        raw = bytes(value)
        if not raw.startswith(BYTES_PREFIX):
            return raw
        return open_value(_keys(dialect), self.column, raw[len(BYTES_PREFIX) :])
