"""Sealed boxes for the register: ephemeral X25519 key agreement, HKDF-SHA256 and AES-256-GCM.

A terminal seals each outbox entry to the register's public sealing key (from enrollment), so a
queued submission or evidence file reveals nothing on the terminal, on a USB stick or in transit,
and sync can send it with nobody signed in. Only the register (or the simulator) can open it.

Envelope: version (1 byte, 0x01) | ephemeral public key (32) | nonce (12) | ciphertext with tag.
`context` is bound as associated data (e.g. b"submission:<id>"), so a box cannot be replayed as
another item.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kiosk.errors import KioskError

VERSION = 0x01
_INFO = b"cir-kiosk sealed box v1"
_HEADER = 1 + 32 + 12


class SealError(KioskError):
    """A sealed box is malformed, was not made for this key, or was changed."""


def generate_keypair() -> tuple[bytes, bytes]:
    """Return a new (private, public) X25519 key pair as raw 32-byte strings."""
    private = X25519PrivateKey.generate()
    return _raw_private(private), _raw_public(private.public_key())


def seal(public_key: bytes, plaintext: bytes, context: bytes) -> bytes:
    """Encrypt `plaintext` so that only the holder of `public_key`'s private key can open it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    key = _derive(shared, ephemeral_public, public_key)
    nonce = os.urandom(12)
    return bytes([VERSION]) + ephemeral_public + nonce + AESGCM(key).encrypt(nonce, plaintext, context)


def open_sealed(private_key: bytes, box: bytes, context: bytes) -> bytes:
    """Decrypt a box made by `seal`; raise `SealError` if it is malformed or was tampered with."""
    if len(box) < _HEADER + 16 or box[0] != VERSION:
        raise SealError("not a sealed box of version 1")
    ephemeral_public, nonce, ciphertext = box[1:33], box[33:_HEADER], box[_HEADER:]
    private = X25519PrivateKey.from_private_bytes(private_key)
    recipient_public = _raw_public(private.public_key())
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    key = _derive(shared, ephemeral_public, recipient_public)
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, context)
    except InvalidTag:
        raise SealError("sealed box does not open with this key and context") from None


def _derive(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    # Both public keys go into the salt so a key is tied to this exact exchange.
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + recipient_public, info=_INFO)
    return hkdf.derive(shared)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _raw_private(key: X25519PrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
