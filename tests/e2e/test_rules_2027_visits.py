"""Rules 2027.1 end to end in training mode: a bijwoner, a partner who left, a withdrawal.

Each visit runs through the real widgets of a training kiosk (virtual eID cards in process, the
encrypted store, the register simulator on 127.0.0.1, the sync engine), its papers are rendered as the
receipt screen makes them and read back with pypdf, and the register's side is read from its database.
Screenshots of the screens that matter go to test-artifacts/rules-2027/ for people to look at.

- The Maes household (seeded): Lotte, the reference tenant, answers the conditions; Youssef, a bijwoner
  (role "other"), answers only whether he still belongs, with no evidence step: at most 8 physical
  actions for him, card in and out included, counted as `benchmarks/visit_effort.py` counts (clicks and
  key presses, not typed text or PIN digits) plus the card's insertion and removal.
- The Müller household (seeded): Hans comes; Ayse, his partner, left: the volunteer records it with the
  day, she owes nothing, the dossier completes, and the register keeps the change.
- The Dubois household (seeded): Marie answers "no" to staying registered, confirms it a second time
  (the screen names the cost), signs with her PIN, gets a withdrawal receipt (not a confirmation
  receipt), and the register records a withdrawal.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kiosk.domain import MemberStatus
from kiosk.papers import PaperKind, PaperOffer
from kiosk.visit_views import visit_overview
from sync.simulator import models
from sync.simulator.register import Register, RegisterSettings
from tests.e2e.scripted_visit import CANDIDATE, OPERATOR, YES, Visit
from tests.ui.conftest import START, KioskUnderTest, close_kiosk, make_kiosk
from tests.ui.helpers import leaks

pytestmark = [pytest.mark.ui, pytest.mark.e2e]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "rules-2027"
MAX_BIJWONER_ACTIONS = 8


@pytest.fixture
def ki(qtbot: object, tmp_path: Path) -> Iterator[KioskUnderTest]:
    """A windowed training kiosk with the register simulator and the virtual cards."""
    under_test = make_kiosk(tmp_path)
    yield under_test
    close_kiosk(under_test.kiosk)


def grab(visit: Visit, name: str) -> None:
    """A screenshot of the whole window (real pixels) for people to look at."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = ARTIFACTS / f"{name}.png"
    assert visit.kiosk.window.grab().save(str(path))
    assert path.stat().st_size > 10_000


def paper(visit: Visit, offer: PaperOffer) -> str:
    """A paper as the receipt screen's buttons make it (on the worker), its words single-spaced."""
    made: list[bytes] = []
    failures: list[BaseException] = []
    visit.kiosk.controller.render_paper(offer, made.append, failures.append)
    visit.wait(lambda: bool(made or failures))
    assert not failures, failures
    return " ".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(made[0])).pages).split())


def register_state(tmp_path: Path, key: str) -> dict[str, Any]:
    """The training register's practice copy of household `key`, read as its administrator does.

    Its personal columns are sealed at rest, so the rows are read through the register itself.
    """
    register = Register(
        f"sqlite:///{tmp_path / 'demo' / 'register-sim.db'}", RegisterSettings(seed_training=False)
    )
    try:
        state = register.household_state(key, practice=True)
        with register.session() as s:
            household = s.scalars(
                select(models.Household).where(
                    models.Household.household_key == key, models.Household.practice.is_(True)
                )
            ).one()
            withdrawal = s.get(models.WithdrawalRecord, household.id)
            state["withdrawn_by"] = withdrawal.member_key if withdrawal is not None else None
        return state
    finally:
        register.close()


def sync_and_wait(visit: Visit) -> None:
    """'Nu verzenden' on the receipt screen, then wait until the queue is empty."""
    terminal = visit.kiosk.controller.terminal
    done: list[object] = []
    terminal.sync_finished.connect(done.append)
    visit.click(visit.kiosk.window.screens["receipt"].sync, OPERATOR)
    visit.wait(lambda: bool(done), timeout_ms=30000)


def test_a_bijwoner_answers_one_question_in_at_most_8_actions(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in("vrijwilliger")
    visit.read_card("one-digit-day")  # Lotte Maes, the reference tenant
    visit.answer_and_attach(YES)
    lotte = ki.controller.visit.current_member
    assert lotte is not None and lotte.role == "reference_tenant"
    visit.confirm_with_pin()
    visit.card(None)
    visit.screen("awaiting_card")

    # Youssef Benali, the register's bijwoner: every physical action of his part is counted.
    before = sum(visit.actions.values())
    asked: list[str] = []
    visit.card("year-only")  # card in: a hand movement
    visit.screen("privacy")  # he joins later: the privacy notice first
    visit.click(ki.window.screens["privacy"].agree, CANDIDATE)
    visit.screen("identity")
    visit.click(ki.window.screens["identity"].proceed, CANDIDATE)
    visit.screen("questions")
    questions = ki.window.screens["questions"]
    visit.wait(questions.yes.isVisible)
    grab(visit, "bijwoner-question")
    running = ki.controller.visit
    youssef = running.current_member
    assert youssef is not None and youssef.role == "other"
    assert questions.progress.text() == "Vraag 1 van 1"
    assert (
        questions.question.text() == "Woont u nog in dit gezin, en wilt u dat het gezin ingeschreven blijft?"
    )
    while questions.yes.isVisible():
        asked.append(running.pending_question()[1].id)
        visit.click(questions.yes, CANDIDATE)
    visit.click(questions.proceed, CANDIDATE)
    visit.screen("confirm")  # nothing to add: no evidence step
    confirm = ki.window.screens["confirm"]
    lines = [confirm.summary.item(i).text() for i in range(confirm.summary.count())]
    assert lines == ["Woont u nog in dit gezin, en wilt u dat het gezin ingeschreven blijft? Ja"]
    grab(visit, "bijwoner-confirm")
    visit.confirm_with_pin()  # sign, then the PIN's OK
    visit.card(None)  # card out
    visit.screen("awaiting_card")
    his_actions = sum(visit.actions.values()) - before
    assert asked == ["still_in_household"]  # no condition questions for a bijwoner
    assert his_actions <= MAX_BIJWONER_ACTIONS, his_actions
    print(f"bijwoner: {his_actions} physical actions, card in and out included")
    assert youssef.confirmation is not None
    assert youssef.confirmation.declarations == {"still_in_household": True}

    # Lotte's card again to finish: both adults done, the register numbers the dossier.
    visit.card("one-digit-day")
    visit.screen("identity")
    visit.click(ki.window.screens["identity"].proceed, CANDIDATE)
    visit.screen("household")
    household = ki.window.screens["household"]
    rows = [household.members.item(i).text() for i in range(household.members.count())]
    assert rows == ["Lotte Maes: bevestigd met PIN", "Youssef Benali: bevestigd met PIN"]
    grab(visit, "bijwoner-household")
    number = visit.finish_and_sync()
    assert number.startswith("Uw dossiernummer: ")
    text = paper(visit, PaperOffer(PaperKind.RECEIPT))
    assert number.removeprefix("Uw dossiernummer: ") in text and "Youssef Benali" in text
    assert register_state(tmp_path, "202102030004")["confirmed"] == ["71000011320", "85030511091"]
    visit.end()
    for card in ("one-digit-day", "year-only"):
        assert leaks(ki.kiosk, card) == []


def test_a_partner_who_left_owes_nothing_and_the_register_keeps_the_change(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in("vrijwilliger")
    visit.read_card("de-citizen-18")  # Hans Müller, the reference tenant
    visit.screen("questions")
    questions = ki.window.screens["questions"]
    visit.wait(questions.yes.isVisible)
    running = ki.controller.visit
    # "Someone left since last time?" - yes: the screen says the volunteer records it on the household.
    while running.pending_question()[1].id != "composition_changed":
        visit.click(questions.yes if running.pending_question()[1].id in YES else questions.no, CANDIDATE)
    visit.click(questions.yes, CANDIDATE)
    assert questions.outcome_text.isVisible() and "Uw gezin" in questions.outcome_text.text()
    grab(visit, "partner-left-outcome")
    visit.click(questions.outcome_ok, CANDIDATE)
    while questions.yes.isVisible():
        visit.click(questions.yes if running.pending_question()[1].id in YES else questions.no, CANDIDATE)
    visit.click(questions.proceed, CANDIDATE)
    visit.screen("confirm")  # his answers want no evidence
    visit.confirm_with_pin()

    # The household: Ayse, his partner, moved out 40 days ago. The volunteer records it.
    household = ki.window.screens["household"]
    ayse = next(m for m in running.dossier.members if m.first_names == "Ayse")
    row = next(
        i for i in range(household.members.count()) if household.members.item(i).text().startswith("Ayse")
    )
    household.members.setCurrentRow(row)
    visit.actions[OPERATOR] += 1
    left_on = START.date() - timedelta(days=40)
    household.changes.since.setDate(QDate(left_on.year, left_on.month, left_on.day))
    assert household.changes.separated.isVisible()  # she is the partner: a separation is offered too
    grab(visit, "partner-left-panel")
    visit.click(household.changes.left, OPERATOR)
    rows = [household.members.item(i).text() for i in range(household.members.count())]
    assert rows == [
        "Hans Peter Müller: bevestigd met PIN",
        "Ayse: woont niet meer in het gezin; sinds 18 oktober 2026",
    ]
    status = {r.first_names: r.status for r in visit_overview(running).members}
    assert status["Ayse"] is MemberStatus.LEFT and visit_overview(running).complete
    assert household.changes.undo.isVisible()
    grab(visit, "partner-left-household")

    number = visit.finish_and_sync()
    assert number.startswith("Uw dossiernummer: ")
    text = paper(visit, PaperOffer(PaperKind.RECEIPT))
    assert "Ayse" in text and "woont niet meer in het gezin: hoeft niet te bevestigen" in text
    changes = register_state(tmp_path, "202001200101")["changes"]
    assert changes == [("left", "80091211804", left_on.isoformat())]
    assert ayse.confirmation is None  # she owed nothing and signed nothing
    visit.end()


def test_a_withdrawal_is_asked_twice_signed_and_gets_its_own_receipt(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in("vrijwilliger")
    visit.read_card("fr-citizen-17-rsa")  # Marie Dubois, the reference tenant, alone
    visit.screen("questions")
    questions = ki.window.screens["questions"]
    visit.wait(questions.yes.isVisible)
    assert questions.question.text() == "Wilt u ingeschreven blijven voor een sociale woning?"
    visit.click(questions.no, CANDIDATE)

    # The second, explicit question names what it costs.
    words = questions.outcome_text.text()
    assert "Weet u het zeker?" in words and "plaats op de wachtlijst" in words and "wachttijd" in words
    assert questions.outcome_confirm.text() == "Ja, stop de inschrijving van mijn gezin"
    assert questions.outcome_back.text() == "Nee, ik wil ingeschreven blijven"
    assert not questions.yes.isVisible() and not questions.proceed.isVisible()
    grab(visit, "withdrawal-second-question")
    visit.click(questions.outcome_back, CANDIDATE)  # she hesitates: back to the question
    assert questions.yes.isVisible() and ki.controller.visit.dossier.withdrawal is None
    visit.click(questions.no, CANDIDATE)
    visit.click(questions.outcome_confirm, CANDIDATE)
    assert ki.controller.visit.dossier.withdrawal is not None
    visit.click(questions.proceed, CANDIDATE)  # nothing else is asked
    visit.screen("confirm")
    confirm = ki.window.screens["confirm"]
    assert confirm.title.text() == "Uw inschrijving stoppen"
    assert confirm.sign.text() == "Ja, ik stop de inschrijving met mijn PIN-code"
    lines = [confirm.summary.item(i).text() for i in range(confirm.summary.count())]
    assert lines == ["Wilt u ingeschreven blijven voor een sociale woning? Nee"]
    grab(visit, "withdrawal-confirm")
    visit.confirm_with_pin()

    household = ki.window.screens["household"]
    visit.click(household.review, OPERATOR)
    visit.screen("review")
    review = ki.window.screens["review"]
    assert review.summary.text().startswith(
        "De referentiehuurder heeft ondertekend dat het gezin de inschrijving stopt"
    )
    visit.click(review.finish, CANDIDATE)
    visit.screen("receipt")
    receipt = ki.window.screens["receipt"]
    assert receipt.title.text() == "Uw bewijs van stopzetting"
    assert receipt.main_offer == PaperOffer(PaperKind.WITHDRAWAL_RECEIPT)
    assert receipt.paper_rows == [] and not receipt.others_hint.isVisible()  # no other paper is offered
    assert not receipt.itsme.isVisible()  # nothing left to confirm, at home or here
    grab(visit, "withdrawal-receipt-screen")

    text = paper(visit, receipt.main_offer)
    assert "STOPZETTING van de inschrijving" in text and "dit is geen bevestiging" in text
    assert "Marie Dubois vroeg op 27 november 2026 om de inschrijving van het gezin te stoppen" in text
    assert "verliest zijn plaats op de wachtlijst en de wachttijd" in text
    assert "Ontvangstbewijs" not in text and "VOORLOPIG" not in text
    assert ki.controller.visit.saved.local_reference in text

    sync_and_wait(visit)
    assert register_state(tmp_path, "201211080003")["withdrawn_by"] == "75073010636"
    assert receipt.dossier.text() == ""  # a withdrawal gets no dossier number
    # The screen follows the sync: the candidate sees that WIL has the request before leaving.
    received = "Verzonden: WIL heeft uw vraag om de inschrijving te stoppen ontvangen."
    visit.wait(lambda: receipt.state.text().startswith(received), timeout_ms=10000)
    grab(visit, "withdrawal-receipt-sent")
    visit.end()
    assert leaks(ki.kiosk, "fr-citizen-17-rsa") == []
