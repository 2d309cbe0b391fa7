"""Data shipped with the kiosk (rules, trust roots, fonts, translations, training fixture)."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def path(*parts: str) -> Traversable:
    """Return a resource inside this package, e.g. `path("trust-roots", "belgiumrca4.pem")`."""
    node = resources.files(__name__)
    for part in parts:
        node = node / part
    return node
