"""The intake service's sealing key: a file only the service user can read, never in the database.

Terminals seal every submission and evidence file to its public half (enrollment hands it out), and
the database's sealed columns are keyed from it (`sync.simulator.at_rest`): whoever has PostgreSQL
or its dumps, but not this file, reads no personal data. Back it up apart from the database.
"""

from __future__ import annotations

import base64
import os
import stat
from pathlib import Path

from kiosk.sealing import generate_keypair

HEADER = "cir-intake-sealing-key-v1"


class KeyFileError(ValueError):
    """The key file is missing, unreadable, readable by others, or not a key file."""


def create_key_file(path: Path) -> None:
    """Write a new key file, readable and writable by its owner only; never overwrite one."""
    private, _public = generate_keypair()
    text = f"{HEADER}\n{base64.b64encode(private).decode('ascii')}\n"
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise KeyFileError(f"{path} exists already: a new key would orphan every sealed dossier") from None
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(text)


def read_key_file(path: Path) -> bytes:
    """Return the raw X25519 private key; refuse a file that group or others could read."""
    try:
        mode = path.stat().st_mode
        lines = path.read_text(encoding="ascii").split()
    except (OSError, UnicodeError) as error:
        raise KeyFileError(f"cannot read the sealing key file {path}: {error}") from None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise KeyFileError(f"{path} is readable by others: chmod 600 it (owner: the service user)")
    if len(lines) != 2 or lines[0] != HEADER:
        raise KeyFileError(f"{path} is not an intake sealing key file")
    try:
        key = base64.b64decode(lines[1], validate=True)
    except ValueError:
        raise KeyFileError(f"{path} holds no valid key") from None
    if len(key) != 32:
        raise KeyFileError(f"{path} holds no valid key")
    return key
