"""The worklist over real HTTP on loopback, on SQLite and PostgreSQL: a kiosk's dossier reaches WIL staff,
who verify it, view its evidence, record the CIR's dossier number, and print the final receipt."""

from __future__ import annotations

import io
import random
from dataclasses import replace
from datetime import date, timedelta

import pypdf
from sqlalchemy import text

from kiosk.clock import FakeClock
from sync.client import RegisterClient
from sync.engine import Backoff, SyncEngine
from sync.outbox import MemoryOutbox
from sync.testing import Adult, TestPki, household, sealed_item
from tests.intake.conftest import RunningIntake, StaffBrowser

SOFIE, PIETER, STAFF_CARD = "90031410231", "88110210514", "71070112345"
PAGE = b"%PDF-1.4 Sofie's payslip of March " * 50


def submit(
    intake: RunningIntake, pki: TestPki, key: str, adults: list[Adult], **changes: object
) -> tuple[RegisterClient, str]:
    """Send one household through a new terminal's real sync engine; return its client and id."""
    client, enrollment = intake.enroll()
    snapshot = household(
        pki, terminal_id=enrollment.terminal_id, household_key=key, adults=adults, attachments=[PAGE]
    )
    snapshot = replace(snapshot, **changes)  # type: ignore[arg-type]
    outbox = MemoryOutbox()
    item, _boxes = sealed_item(enrollment.sealing_public_key, snapshot, [PAGE])
    outbox.add(item, key)
    engine = SyncEngine(
        client, outbox, FakeClock(), terminal_id=enrollment.terminal_id, backoff=Backoff(rng=random.Random(1))
    )
    report = engine.run_until_drained(max_passes=50)
    assert not report.quarantined and not report.offline
    return client, enrollment.terminal_id


def household_id(intake: RunningIntake, key: str) -> int:
    with intake.register.engine.connect() as connection:
        rows = connection.execute(text("SELECT id, household_key FROM households")).all()
    # The key is sealed at rest: find the row through the register, which opens it.
    from sync.simulator import models as m

    with intake.register.session() as s:
        for row_id, _sealed in rows:
            if s.get_one(m.Household, row_id).household_key == key:
                return int(row_id)
    raise AssertionError("household not found")


def test_a_kiosk_dossier_is_verified_entered_and_its_number_reaches_the_terminal(
    intake: RunningIntake, pki: TestPki
) -> None:
    intake.register.set_staff(STAFF_CARD, True)
    adults = [Adult(SOFIE, "Sofie"), Adult(PIETER, "Pieter", "partner", attested_by=STAFF_CARD)]
    terminal, terminal_id = submit(intake, pki, SOFIE, adults, letter_date=date.today() - timedelta(days=20))
    browser = StaffBrowser(intake.base_url)
    assert "Binnengekomen dossiers" in browser.sign_in().text
    listing = browser.http.get("/worklist/")
    assert "Sofie" in listing.text and "2 van 2 volwassenen" in listing.text
    assert listing.headers["cache-control"] == "no-store"
    number = household_id(intake, SOFIE)
    page = browser.http.get(f"/worklist/dossiers/{number}").text
    assert "Sofie Test" in page and "Pieter Test" in page
    assert "xx.xx.xx-xxx." + SOFIE[-2:] in page and SOFIE not in page  # masked, never whole
    assert page.count(">geldig<") == 2 and page.count(">vertrouwd<") == 2
    assert "geattesteerd door WIL-medewerker" in page and "op de lijst" in page
    assert "Niets: alle volwassenen bevestigden" in page
    evidence = browser.http.get(_links(page, "/evidence/")[0])
    assert evidence.content == PAGE and evidence.headers["cache-control"] == "no-store"
    entered = browser.post(f"/worklist/dossiers/{number}/enter", dossier_number="202603180042")
    assert "ingevoerd in het CIR" in entered.text and "202603180042" in entered.text
    with terminal:  # the terminal's next sync
        updates = terminal.updates(terminal_id, 0)
    assert [(d.household_key, d.dossier_number) for d in updates.dossiers] == [(SOFIE, "202603180042")]
    pdf = browser.http.get(f"/worklist/dossiers/{number}/receipt.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    receipt = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.content)).pages)
    assert "202603180042" in receipt and "Sofie" in receipt and "VOORLOPIG" not in receipt
    trail = browser.http.get(f"/worklist/dossiers/{number}").text
    for action in ("dossier-viewed", "evidence-viewed", "entered-in-cir", "receipt-printed"):
        assert action in trail
    browser.close()


def _links(html: str, part: str) -> list[str]:
    import re

    return [link for link in re.findall(r'href="([^"]+)"', html) if part in link]
