"""Issue 6, acceptance 1, with the cards through the real pcscd: each card is a virtual eID served
into vpcd ("Virtual PCD 00 00"); the kiosk reads it with cardreader's PC/SC adapter, hears insertions
and removals from cardreader's card monitor, and signs through pcscd (Sofie's 1.8 card with her PIN,
Griet's staff card for Pieter's attestation)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from cardreader.virtual import load_profile
from cardreader.virtual.vpcd import VpcdCardClient
from tests.e2e.scripted_visit import DOSSIER_NUMBER_SHOWN, Visit, household_of_three
from tests.ui.conftest import START, ExitAnswers, KioskUnderTest, close_kiosk, training_dir
from ui.adapters import TRAINING_DIR, PcscCardReader, training_trust_roots, watch_cards
from ui.app import build_kiosk

pytestmark = [pytest.mark.ui, pytest.mark.e2e, pytest.mark.pcsc]

READER = "Virtual PCD 00 00"
VPCD_PORT = 35963


def test_household_of_three_through_pcscd(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from kiosk.clock import FakeClock

    clock = FakeClock(START)
    readers: list[PcscCardReader] = []

    def pcsc_reader(pin_source, clock_):  # type: ignore[no-untyped-def]
        reader = PcscCardReader(pin_source, clock_.today, training_trust_roots(), READER, allow_virtual=True)
        readers.append(reader)
        return reader

    kiosk = build_kiosk(
        training=True,
        kiosk_mode=False,
        data_dir=training_dir(tmp_path),
        clock=clock,
        confirm_exit=ExitAnswers(),
        card_reader=pcsc_reader,
    )
    kiosk.window.show()
    monitor, stop = watch_cards(kiosk.controller.card_present_changed.emit, allow_virtual=True, reader=READER)
    inserted: list[VpcdCardClient] = []

    def cards(profile: str | None) -> None:
        while inserted:
            inserted.pop().remove()
            readers[0].close()
        if profile is not None:
            time.sleep(0.5)  # pcscd polls vpcd every 400 ms: let it see the empty slot first
            inserted.append(VpcdCardClient(load_profile(profile, TRAINING_DIR), port=VPCD_PORT).insert())

    try:
        visit = Visit(kiosk, tmp_path, cards=cards)
        number = household_of_three(visit)
        assert DOSSIER_NUMBER_SHOWN.fullmatch(number), "no dossier number on the receipt"
    finally:
        cards(None)
        stop.set()
        monitor.join(5)
        close_kiosk(kiosk)
    assert KioskUnderTest  # the shared fixture types stay importable
