"""The household of three, from sign-in to the dossier number on the receipt; and with a bijwoner.

Real parts: the core's encrypted store and outbox, the register simulator on 127.0.0.1, sync's
engine, the virtual eID cards (in-process transport) with their test PKI, signatures checked by
the register. The card path through pcscd is `test_household_of_three_pcsc.py`.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from kiosk.papers import PaperKind, PaperOffer
from sync.simulator.register import Register, RegisterSettings
from tests.e2e.scripted_visit import (
    ANNA,
    CANDIDATE,
    DOSSIER_NUMBER_SHOWN,
    GRIET,
    OPERATOR,
    PIETER,
    SOFIE,
    Visit,
    add_bijwoner_to_register,
    household_of_three,
    household_with_a_bijwoner,
)
from tests.ui.conftest import close_kiosk, make_kiosk
from tests.ui.helpers import leaks

pytestmark = [pytest.mark.ui, pytest.mark.e2e]


def test_household_of_three_ends_with_a_dossier_number(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    under_test = make_kiosk(tmp_path)
    kiosk = under_test.kiosk
    controller = kiosk.controller
    queued: list[dict[str, int]] = []
    controller.terminal.queue_changed.connect(queued.append)
    try:
        papers: list[bytes] = []
        household_rows: list[str] = []

        def look(key: str) -> None:
            if key == "review":
                review = kiosk.window.screens["review"]
                household_rows[:] = [review.members.item(i).text() for i in range(review.members.count())]
            # Before the visit ends: the receipt as the "Bekijken" button renders it, read back; once
            # provisional (right after saving), once final (after the sync brought the dossier number).
            running = controller.visit
            if key == "receipt" and running is not None and running.saved:
                failures: list[BaseException] = []
                before = len(papers)
                controller.render_paper(PaperOffer(PaperKind.RECEIPT), papers.append, failures.append)
                visit.wait(lambda: len(papers) > before or bool(failures))
                assert not failures, failures

        visit = Visit(kiosk, tmp_path, on_screen=look)
        number = household_of_three(visit)
        provisional, text = (
            " ".join("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split())
            for pdf in papers
        )  # words joined by single spaces: the PDF wraps lines where it likes
        # Both adults confirmed and Sofie's payslips are attached: nothing is missing, before the
        # sync as after it.
        assert "VOORLOPIG" in provisional and "Er ontbreekt niets meer" in provisional
        assert "moet nog bevestigen" not in provisional
        assert number.removeprefix("Uw dossiernummer: ") in text
        assert "Ze heeft een dossiernummer gekregen" in text and "VOORLOPIG" not in text
        assert "90031410231" not in text and "OEFEN" in text.upper()

        # The register's lookup listed Noor (nobody added her by hand) and both adults are done.
        assert [row.split(":")[0] for row in household_rows] == [
            "Sofie Marie Janssens", "Pieter Jan De Smet", "Noor",
        ]  # fmt: skip
        assert household_rows[2] == "Noor: kind"
        assert "bevestigd met PIN" in household_rows[0]
        assert "bevestigd door medewerker WIL" in household_rows[1]

        assert DOSSIER_NUMBER_SHOWN.fullmatch(number), "no dossier number on the receipt"
        assert controller.visit is None  # wiped at the end of the visit
        assert any(c.get("queued", 0) >= 1 for c in queued), "the submission was queued before the sync"
        assert queued[-1].get("queued", 0) == 0
        # The register's household key is sealed at rest: read it as its administrator does.
        register = Register(
            f"sqlite:///{tmp_path / 'demo' / 'register-sim.db'}", RegisterSettings(seed_training=False)
        )
        try:
            state = register.household_state("201905140017", practice=True)
        finally:
            register.close()
        assert f"Uw dossiernummer: {state['dossier_number']}" == number
        for card in ("nl-citizen-18", "nl-partner-17-ec", "staff-wil-1"):
            assert leaks(kiosk, card) == []
        assert visit.actions[OPERATOR] > 0 and visit.actions[CANDIDATE] > 0
    finally:
        close_kiosk(kiosk)


def test_a_bijwoner_the_register_lists_confirms_after_the_partner(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The household `benchmarks/visit_effort.py` counts: reference tenant, partner and a bijwoner.

    Anna is listed by the register as another adult of Sofie's household; her card is recognised as
    that member, she confirms with her PIN after WIL staff attested for Pieter, and the dossier is
    complete. Every card that went in came out again, and every counted action belongs to a turn.
    """
    under_test = make_kiosk(tmp_path, prepare=add_bijwoner_to_register)
    kiosk = under_test.kiosk
    try:
        rows: list[str] = []

        def look(key: str) -> None:
            if key == "review":
                review = kiosk.window.screens["review"]
                rows[:] = [review.members.item(i).text() for i in range(review.members.count())]

        visit = Visit(kiosk, tmp_path, on_screen=look)
        number = household_with_a_bijwoner(visit)
        assert DOSSIER_NUMBER_SHOWN.fullmatch(number), "no dossier number on the receipt"
        assert visit.roles == {SOFIE: "reference_tenant", PIETER: "partner", ANNA: "other"}
        assert [row.split(":")[0] for row in rows] == [
            "Sofie Marie Janssens", "Pieter Jan De Smet", "Noor", "Anna Maria Kowalska",
        ]  # fmt: skip
        assert "bevestigd met PIN" in rows[3]
        cards = [a.what for a in visit.log if a.kind == "card"]
        assert len([c for c in cards if c.endswith(" in")]) == cards.count("card out") == 4
        for profile in (PIETER, ANNA):  # a later adult's turn begins with their card
            assert next(a for a in visit.log if a.turn == profile).what == f"{profile} in"
        assert {a.turn for a in visit.log} == {"", SOFIE, PIETER, ANNA}
        for card in (SOFIE, PIETER, ANNA, GRIET):
            assert leaks(kiosk, card) == []
    finally:
        close_kiosk(kiosk)
