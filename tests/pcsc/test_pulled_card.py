"""Cards pulled mid-read through the real pcscd: `kiosk virtual-card --remove-after-apdus N`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable

import pytest

from tests.pcsc.conftest import PORT, ROOT, card_present, read_json
from tests.support.pcscd import wait_until

pytestmark = pytest.mark.pcsc

# A full read of nl-citizen-18 through pcscd takes 41 APDUs: these k are spread over every file
# (card data, identity, signatures, address, RRN certificate, photo, basic key, challenge).
PULL_AFTER = [1, 2, 4, 7, 11, 16, 21, 27, 33, 38, 40]


def _virtual_card_process(profile: str, remove_after: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "ui", "virtual-card", "--profile", profile, "--port", str(PORT),
               "--remove-after-apdus", str(remove_after)]  # fmt: skip
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("k", PULL_AFTER)
def test_a_card_pulled_after_k_apdus_is_a_clean_error(k: int, insert_card: Callable[..., object]) -> None:
    time.sleep(0.5)  # let pcscd settle after the previous test's card left (one poll is 400 ms)
    card = _virtual_card_process("nl-citizen-18", k)
    try:
        assert wait_until(card_present, timeout=5)
        result = read_json()
        assert card.wait(timeout=10) == 0, (result.returncode, result.stderr)
    finally:
        if card.poll() is None:
            card.kill()
        out, err = card.communicate()
    assert (out, err) == ("", "")
    assert result.returncode == 1
    assert result.stdout == ""  # no partial identity
    assert result.stderr == "kiosk: the card was removed\n"
    assert wait_until(lambda: not card_present(), timeout=3)
    time.sleep(0.5)  # a person takes longer than one pcscd poll (400 ms) to put the card back
    insert_card("nl-citizen-18")
    again = read_json()
    assert again.returncode == 0, again.stderr
    assert json.loads(again.stdout)["integrity"]["verdict"] == "test-card"
