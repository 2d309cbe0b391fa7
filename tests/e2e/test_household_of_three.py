"""Issue 6, acceptance 1: the household of three, from sign-in to the dossier number on the receipt.

Real parts: the core's encrypted store and outbox, the register simulator on 127.0.0.1, sync's
engine, the virtual eID cards (in-process transport) with their test PKI, signatures checked by
the register. The card path through pcscd is `test_household_of_three_pcsc.py`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.e2e.scripted_visit import CANDIDATE, OPERATOR, Visit, household_of_three
from tests.ui.conftest import close_kiosk, make_kiosk
from tests.ui.helpers import leaks

pytestmark = [pytest.mark.ui, pytest.mark.e2e]


def test_household_of_three_ends_with_a_dossier_number(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    under_test = make_kiosk(tmp_path)
    kiosk = under_test.kiosk
    queued: list[dict[str, int]] = []
    kiosk.controller.queue_changed.connect(queued.append)
    try:
        visit = Visit(kiosk, tmp_path)
        number = household_of_three(visit)

        assert number.startswith("Uw dossiernummer: 2026")
        assert kiosk.controller.session.members == []  # wiped at the end of the visit
        assert any(c.get("queued", 0) >= 1 for c in queued), "the submission was queued before the sync"
        assert queued[-1].get("queued", 0) == 0
        register = sqlite3.connect(tmp_path / "demo" / "register-sim.db")
        try:
            rows = register.execute(
                "select dossier_number from households where practice = 1 and household_key = '201905140017'"
            ).fetchall()
        finally:
            register.close()
        assert [f"Uw dossiernummer: {row[0]}" for row in rows] == [number]
        for card in ("nl-citizen-18", "nl-partner-17-ec", "staff-wil-1"):
            assert leaks(kiosk, card) == []
        assert visit.actions[OPERATOR] > 0 and visit.actions[CANDIDATE] > 0
    finally:
        close_kiosk(kiosk)
