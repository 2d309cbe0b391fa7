"""Fixtures of the pcsc tests: virtual cards plugged into the real pcscd through vpcd."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cardreader.pcsc import readers_with_card
from cardreader.virtual import load_profile
from cardreader.virtual.vpcd import VpcdCardClient
from tests.support.pcscd import wait_until

ROOT = Path(__file__).resolve().parents[2]
TRAINING = ROOT / "resources" / "training"
TEST_ROOTS = TRAINING / "pki" / "roots"
READER = "Virtual PCD 00 01"
PORT = 35964


def card_present(reader: str = READER) -> bool:
    """Whether pcscd sees a card in the reader."""
    return reader in readers_with_card([reader])


@pytest.fixture
def insert_card() -> Iterator[Callable[..., VpcdCardClient]]:
    """Insert a profile's virtual card in slot 01 and wait until pcscd sees it; removed afterwards."""
    cards: list[VpcdCardClient] = []

    def insert(profile: str, remove_after_apdus: int | None = None) -> VpcdCardClient:
        for _ in range(3):
            card = VpcdCardClient(load_profile(profile, TRAINING), PORT, remove_after_apdus).insert()
            cards.append(card)
            if wait_until(card_present, timeout=2):
                return card
            # Re-plugged within one poll of a card pulled mid-transmit, pcscd can miss the new
            # card (it never powers it on): pull it and plug it in again, as a person would.
            card.remove()
            time.sleep(1.0)
        raise AssertionError("pcscd did not see the virtual card")

    yield insert
    for card in cards:
        card.remove()
    assert wait_until(lambda: not card_present(), timeout=3)


def kiosk(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run the `kiosk` command in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "ui", *args], capture_output=True, text=True, input=stdin, env=env, timeout=60
    )


def read_json(*extra: str) -> subprocess.CompletedProcess[str]:
    """`kiosk card read --json` on the test reader, trusting the training root."""
    return kiosk(
        "card",
        "read",
        "--reader",
        READER,
        "--allow-virtual",
        "--json",
        "--test-roots",
        str(TEST_ROOTS),
        *extra,
    )
