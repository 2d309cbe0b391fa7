"""The worklist over real HTTP on loopback, on SQLite and PostgreSQL: a kiosk's dossier reaches WIL staff,
who verify it, view its evidence, record the CIR's dossier number, and print the final receipt."""

from __future__ import annotations

import io
import random
from dataclasses import replace
from datetime import date, timedelta

import pypdf
from sqlalchemy import text

from intake.purge import purge
from kiosk.clock import FakeClock
from kiosk.ports import ChangeSnapshot, SubmissionSnapshot
from sync.client import RegisterClient
from sync.engine import Backoff, SyncEngine
from sync.outbox import MemoryOutbox
from sync.testing import Adult, TestPki, household, sealed_item
from tests.intake.conftest import RunningIntake, answered

SOFIE, PIETER, STAFF_CARD = "90031410231", "88110210514", "71070112345"
PAGE = b"%PDF-1.4 Sofie's payslip of March " * 50


def submit(
    intake: RunningIntake, pki: TestPki, key: str, adults: list[Adult], **changes: object
) -> tuple[RegisterClient, str]:
    """Send one household through a new terminal's real sync engine; return its client and id."""
    client, enrollment = intake.enroll()
    snapshot = household(
        pki,
        terminal_id=enrollment.terminal_id,
        household_key=key,
        adults=adults,
        attachments=[PAGE],
        declarations=answered(),
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
    browser = intake.browser()
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


def test_sign_in_locks_after_wrong_passwords_and_sessions_expire(intake: RunningIntake) -> None:
    browser = intake.browser()
    assert browser.http.get("/worklist/").url.path == "/worklist/sign-in"  # nothing without signing in
    for _ in range(intake.settings.lockout_attempts):
        refused = browser.sign_in(password="not the password")
        assert refused.status_code == 400 and "Naam of wachtwoord klopt niet" in refused.text
    locked = browser.sign_in()  # the right password, but locked now
    assert "geblokkeerd" in locked.text
    assert "Naam of wachtwoord klopt niet" in browser.sign_in(name="nobody").text  # same words: no name leaks
    intake.clock.advance(timedelta(minutes=intake.settings.lockout_minutes + 1).total_seconds())
    assert "Binnengekomen dossiers" in browser.sign_in().text
    intake.clock.advance(timedelta(minutes=intake.settings.session_minutes + 1).total_seconds())
    assert browser.http.get("/worklist/").url.path == "/worklist/sign-in"  # idle too long
    browser.close()


def test_forms_need_the_session_csrf_token_and_pages_are_not_cached(
    intake: RunningIntake, pki: TestPki
) -> None:
    submit(intake, pki, SOFIE, [Adult(SOFIE, "Sofie")])[0].close()
    number = household_id(intake, SOFIE)
    browser = intake.browser()
    browser.sign_in()
    forged = browser.http.post(f"/worklist/dossiers/{number}/enter", data={"dossier_number": "202603180042"})
    assert forged.status_code == 403
    assert "ingevoerd in het CIR" not in browser.http.get(f"/worklist/dossiers/{number}").text
    page = browser.http.get(f"/worklist/dossiers/{number}")
    assert page.headers["cache-control"] == "no-store"
    assert "frame-ancestors" in page.headers["content-security-policy"]
    assert "<script" not in page.text
    browser.close()


def test_bad_input_on_the_worklist_gets_a_clear_answer_and_changes_nothing(
    intake: RunningIntake, pki: TestPki
) -> None:
    submit(intake, pki, SOFIE, [Adult(SOFIE, "Sofie")])[0].close()
    number = household_id(intake, SOFIE)
    browser = intake.browser()
    browser.sign_in()
    for wrong in ("2026031800", "abcdefghijkl", "", "2026031800421" * 100):
        answer = browser.post(f"/worklist/dossiers/{number}/enter", dossier_number=wrong)
        assert answer.status_code == 409 and "12 cijfers" in answer.text
    huge = browser.http.post(f"/worklist/dossiers/{number}/enter", content=b"csrf=" + b"x" * 100_000)
    assert huge.status_code == 403
    assert browser.http.get("/worklist/dossiers/999999").status_code == 404
    assert browser.http.get(f"/worklist/dossiers/{number}/evidence/{'0' * 64}").status_code == 404
    assert browser.http.get(f"/worklist/dossiers/{number}/receipt.pdf").status_code == 409  # no number yet
    assert (
        browser.post(f"/worklist/dossiers/{number}/enter", dossier_number="202603180042").status_code == 200
    )
    again = browser.post(f"/worklist/dossiers/{number}/enter", dossier_number="202603180042")
    assert again.status_code == 200  # the same form twice: nothing changes
    other = browser.post(f"/worklist/dossiers/{number}/enter", dossier_number="202603180043")
    assert other.status_code == 409 and "al een dossiernummer" in other.text
    browser.close()


def test_the_database_holds_no_personal_data_in_the_clear(intake: RunningIntake, pki: TestPki) -> None:
    submit(intake, pki, SOFIE, [Adult(SOFIE, "Sofie"), Adult(PIETER, "Pieter", "partner")])[0].close()
    dump = _everything_stored(intake)
    for secret in (SOFIE.encode(), PIETER.encode(), b"Sofie", b"Pieter", PAGE[:40]):
        assert secret not in dump, secret


def _everything_stored(intake: RunningIntake) -> bytes:
    from sqlalchemy import inspect

    chunks: list[bytes] = []
    with intake.register.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            for row in connection.execute(text(f'SELECT * FROM "{table}"')):  # noqa: S608 - table names
                chunks.extend(v if isinstance(v, bytes) else str(v).encode() for v in row)
    return b"\n".join(chunks)


def test_purge_after_entry_keeps_only_what_replays_and_updates_need(
    intake: RunningIntake, pki: TestPki
) -> None:
    client, terminal_id = submit(intake, pki, SOFIE, [Adult(SOFIE, "Sofie")])
    number = household_id(intake, SOFIE)
    browser = intake.browser()
    browser.sign_in()
    browser.post(f"/worklist/dossiers/{number}/enter", dossier_number="202603180042")
    assert purge(intake.register, intake.clock.now(), intake.settings).households == 0  # grace for reprints
    intake.clock.advance(timedelta(days=intake.settings.purge_after_entry_days + 1).total_seconds())
    report = purge(intake.register, intake.clock.now(), intake.settings)
    assert (report.households, report.attachments) == (1, 1)
    with intake.register.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM members")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM attachments")).scalar() == 0
        assert (
            connection.execute(text("SELECT count(*) FROM submissions WHERE body IS NOT NULL")).scalar() == 0
        )
    browser.sign_in()  # a month later
    assert browser.http.get(f"/worklist/dossiers/{number}").status_code == 404  # gone from the worklist
    with client:  # the terminal still gets its number
        assert [d.dossier_number for d in client.updates(terminal_id, 0).dossiers] == ["202603180042"]
    browser.close()


def test_incomplete_and_withdrawn_reach_the_kiosks_as_notifications(
    intake: RunningIntake, pki: TestPki
) -> None:
    client, terminal_id = submit(
        intake, pki, SOFIE, [Adult(SOFIE, "Sofie"), Adult(PIETER, "P", confirm=False)]
    )
    number = household_id(intake, SOFIE)
    browser = intake.browser()
    browser.sign_in()
    page = browser.post(f"/worklist/dossiers/{number}/incomplete")
    assert "onvolledig: kandidaat gecontacteerd" in page.text and "bevestiging van P Test" in page.text
    browser.post(f"/worklist/dossiers/{number}/withdrawn")
    with client:
        notes = [n.text for n in client.updates(terminal_id, 0).notifications]
    assert len(notes) == 2 and "ontbreekt nog iets" in notes[0] and "ingetrokken" in notes[1]
    assert "ingetrokken" in browser.http.get("/worklist/?done=1").text
    browser.close()


JAN = "85052512345"


def test_the_worklist_shows_routes_changes_contact_and_the_letters_deadline_with_the_cores_missing(
    intake: RunningIntake, pki: TestPki
) -> None:
    """A submission version 2 as WIL needs it, in Dutch; what is missing is the kiosk core's rule."""
    adults = [
        Adult(SOFIE, "Sofie"),
        Adult(PIETER, "Pieter", "partner", confirm=False),
        Adult(JAN, "Jan", "other", confirm=False),
    ]
    client, enrollment = intake.enroll()
    snapshot = household(
        pki, terminal_id=enrollment.terminal_id, household_key=SOFIE, adults=adults, declarations=answered()
    )
    pieter, jan = snapshot.members[1], snapshot.members[2]
    on_letter = date.today() + timedelta(days=12)
    snapshot = replace(
        snapshot,
        members=(snapshot.members[0], replace(pieter, no_card="passport"), jan),
        changes=(ChangeSnapshot("left", jan.member_id, date.today() - timedelta(days=40)),),
        deadline_on_letter=on_letter,
        contact={"phone": "+32 470 12 34 56", "email": "sofie@example.org"},
        preferences={
            "municipalities": ["Genk"],
            "dwelling_types": ["apartment"],
            "max_rent": 750,
            "priority": {"informal_care_municipality": "", "adapted_dwelling": True},
        },
    )
    send(client, enrollment.terminal_id, enrollment.sealing_public_key, snapshot)
    number = household_id(intake, SOFIE)
    browser = intake.browser()
    browser.sign_in()
    page = browser.http.get(f"/worklist/dossiers/{number}").text
    assert f"{on_letter.strftime('%d/%m/%Y')}" in page and "(zoals gedrukt op de brief)" in page
    assert ">2027.1<" in page
    assert "zonder leesbare eID: paspoort" in page
    assert "verhuisd uit het gezin" in page and "hoeft niet te bevestigen" in page
    missing = page.split('id="missing"')[1].split("</ul>")[0]
    assert "bevestiging van Pieter Test" in missing and "Jan" not in missing  # who left owes nothing
    assert "Telefoon: +32 470 12 34 56" in page and "sofie@example.org" in page
    assert (
        "Genk" in page and "appartement" in page and "€ 750 per maand" in page and "aangepaste woning" in page
    )
    listing = browser.http.get("/worklist/").text
    assert "1 wijziging in het gezin" in listing and on_letter.strftime("%d/%m/%Y") in listing

    # The reference tenant withdraws: the register records it, the worklist says so; nothing is missing.
    withdrawal = household(
        pki,
        terminal_id=enrollment.terminal_id,
        household_key=SOFIE,
        adults=[Adult(SOFIE, "Sofie")],
        declarations=answered(still_wants_registration=False),
    )
    withdrawal = replace(withdrawal, visit_kind="withdrawal", supersedes=snapshot.submission_id)
    send(client, enrollment.terminal_id, enrollment.sealing_public_key, withdrawal)
    page = browser.http.get(f"/worklist/dossiers/{number}").text
    assert 'id="withdrawal"' in page and "niet ingeschreven wil blijven" in page
    assert "Niets: alle volwassenen bevestigden" in page  # a withdrawal owes only the tenant's signed "no"
    assert "intrekking gevraagd" in browser.http.get("/worklist/").text
    assert SOFIE not in page and PIETER not in page and JAN not in page
    browser.close()
    client.close()


def send(client: RegisterClient, terminal_id: str, public_key: bytes, snapshot: SubmissionSnapshot) -> None:
    outbox = MemoryOutbox()
    item, _boxes = sealed_item(public_key, snapshot, [])
    outbox.add(item, snapshot.household_key)
    engine = SyncEngine(
        client, outbox, FakeClock(), terminal_id=terminal_id, backoff=Backoff(rng=random.Random(1))
    )
    report = engine.run_until_drained(max_passes=50)
    assert not report.quarantined and not report.offline
