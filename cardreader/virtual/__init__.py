"""The virtual Belgian eID card: profiles from the training fixture, in-process and vpcd transports.

Public API (stable; the UI's training mode, sync's simulator and the tests use it):

- `profile_names(training_dir) -> list[str]`: the profiles in `training_dir/cards/`.
- `load_profile(name, training_dir) -> VirtualBeidCard`: a fresh card (PIN 1234 unless blocked).
- `VirtualCardConnection(card)`: the in-process transport, a `SmartCardConnection`; `.remove()`
  makes every later APDU fail as a pulled card.
- `training_root_certificates(training_dir) -> list[bytes]`: the test root(s) in PEM, for `--test-roots`
  (`training_dir/pki/roots/` is also a directory `TrustRoots.from_directory` accepts).
- `serve_vpcd(card, port, ...)` / `VpcdCardClient`: plug a card into pcscd through vpcd
  (`cardreader/virtual/vpcd.py`).

`training_dir` is the repository's `resources/training/` (the caller passes it: this package
imports nothing of the project). Regenerate with `python -m cardreader.virtual.generate DIR`.
"""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from cardreader.errors import CardError, CardRemovedError
from cardreader.virtual.card import VirtualBeidCard

__all__ = [
    "UnknownProfileError",
    "VirtualBeidCard",
    "VirtualCardConnection",
    "load_profile",
    "profile_names",
    "training_root_certificates",
]


class UnknownProfileError(CardError):
    """No virtual card profile of that name in the training fixture."""


def profile_names(training_dir: Path) -> list[str]:
    """Names of the card profiles in the training fixture."""
    return sorted(p.stem for p in (training_dir / "cards").glob("*.json"))


def load_profile(name: str, training_dir: Path) -> VirtualBeidCard:
    """A fresh virtual card for profile `name`."""
    path = training_dir / "cards" / f"{name}.json"
    if name not in profile_names(training_dir):
        raise UnknownProfileError(f"no virtual card profile named {name!r}")
    spec = json.loads(path.read_text())
    major, minor = (int(part) for part in spec["applet"].split("."))
    keys = {int(ref, 16): _private_key(pem) for ref, pem in spec["keys"].items()}
    return VirtualBeidCard(
        applet=(major << 4) | minor,
        files={p: bytes.fromhex(content) for p, content in spec["files"].items()},
        keys=keys,
        pin=spec["pin"],
        pin_tries_left=spec["pin_tries"],
        puk=spec["puk"],
        serial=bytes.fromhex(spec["serial"]),
    )


def _private_key(pem: str) -> ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey:
    key = serialization.load_pem_private_key(pem.encode(), password=None)
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise CardError("a virtual card key is neither EC nor RSA")
    return key


def training_root_certificates(training_dir: Path) -> list[bytes]:
    """The test root certificates (PEM) that virtual cards chain to."""
    return [p.read_bytes() for p in sorted((training_dir / "pki" / "roots").glob("*.pem"))]


class VirtualCardConnection:
    """In-process transport: APDUs go straight to the card's `execute` (training mode, unit tests)."""

    def __init__(self, card: VirtualBeidCard) -> None:
        self.card = card
        self.present = True
        self.sent = 0
        card.power_on()

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        """Execute the APDU on the card; a removed card raises `CardRemovedError`."""
        if not self.present:
            raise CardRemovedError("the card was removed")
        self.sent += 1
        response = self.card.execute(apdu)
        return response[:-2], int.from_bytes(response[-2:], "big")

    def remove(self) -> None:
        """Pull the card out."""
        self.present = False

    def insert(self) -> None:
        """Put the card back: a power-on, so every access right is gone."""
        self.present = True
        self.card.power_on()
