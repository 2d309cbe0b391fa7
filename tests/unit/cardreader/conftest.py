"""Shared fixtures of the card reader tests: the training fixture and trust roots."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cardreader.integrity import TrustRoots
from cardreader.virtual import training_root_certificates

ROOT = Path(__file__).resolve().parents[3]
TRAINING = ROOT / "resources" / "training"
TODAY = date(2026, 11, 27)


def production_pems() -> list[bytes]:
    """The shipped production roots."""
    return [p.read_bytes() for p in sorted((ROOT / "resources" / "trust-roots").glob("*.pem"))]


@pytest.fixture(scope="session")
def roots() -> TrustRoots:
    """Production roots plus the training test root."""
    return TrustRoots.from_pem(production_pems(), training_root_certificates(TRAINING))


@pytest.fixture(scope="session")
def production_only() -> TrustRoots:
    """Production roots only, as outside training mode."""
    return TrustRoots.from_pem(production_pems())
