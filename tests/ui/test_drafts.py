"""Home: drafts of this terminal resumed, dossiers at risk by deadline, the queue's oldest age.

A visit ends by inactivity (the injectable clock) and is saved as a draft; the home screen lists it
without personal data; resuming it rebuilds the household from the encrypted dossier (on the
database worker) and waits for a card; a member's card resumes at that member; finishing saves
the same dossier. Real SQLite store, real training back end, real virtual cards in-process.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from kiosk.domain import OperatorContext, Role
from kiosk.errors import PermissionDenied
from kiosk.models import Dossier as DossierRow
from kiosk.ports import PartialDate
from tests.e2e.scripted_visit import SOFIE_YES, YES, Visit
from tests.ui.conftest import END, WARN
from tests.ui.helpers import leaks, texts_of
from tests.unit.core.factories import confirmation
from ui.session import Member, MemberState, VisitSession
from ui.visit_end import build_dossier

pytestmark = pytest.mark.ui

SOFIE, PIETER = "nl-citizen-18", "nl-partner-17-ec"
NOOR = ["Noor", "15060100273"]  # added by hand: no card to read the data back from


def _idle_end(ki, qtbot) -> object:  # type: ignore[no-untyped-def]
    """Let the visit run out of time: the countdown, then the end as a saved draft."""
    ki.clock.advance(WARN + 1)
    ki.idle.check()
    with qtbot.waitSignal(ki.controller.draft_saved, timeout=20000) as saved:
        ki.clock.advance(END)
        ki.idle.check()
    assert not isinstance(saved.args[0], BaseException), saved.args[0]
    return saved.args[0]


def _leave_draft(ki, qtbot, tmp_path: Path) -> tuple[Visit, object]:  # type: ignore[no-untyped-def]
    """Sofie confirms with her PIN, Noor is added by hand, Pieter's card is read: then nobody moves."""
    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in("vrijwilliger")
    visit.read_card(SOFIE)
    visit.answer_and_attach(SOFIE_YES)
    visit.confirm_with_pin()
    visit.add_minor("Noor", "De Smet", QDate(2015, 6, 1))
    visit.card(None)
    visit.screen("awaiting_card")
    visit.read_card(PIETER)
    visit.screen("declarations")
    saved = _idle_end(ki, qtbot)
    visit.card(None)
    visit.screen("end")
    visit.click(ki.window.screens["end"].next_visit, "operator")
    visit.screen("home")
    return visit, saved


def _home_texts(ki) -> list[str]:  # type: ignore[no-untyped-def]
    home = ki.window.screens["home"]
    return [text for widget in [home, *home.findChildren(QWidget)] for text in texts_of(widget) if text]


def _dossier_rows(ki) -> int:  # type: ignore[no-untyped-def]
    with ki.controller.backend.store.begin() as session:
        return int(session.scalar(select(func.count()).select_from(DossierRow)) or 0)


def test_a_draft_resumes_at_the_member_whose_card_goes_in_and_saves_the_same_dossier(
    ki, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    visit, saved = _leave_draft(ki, qtbot, tmp_path)
    home = ki.window.screens["home"]
    ctl = ki.controller
    reference = saved.local_reference  # type: ignore[attr-defined]
    visit.wait(lambda: home.drafts.count() == 1)
    line = home.drafts.item(0).text()
    assert reference in line
    assert "1 van 2 volwassenen bevestigd" in line
    assert "onvolledig" in line  # Sofie's confirmation is queued; Pieter's is missing
    assert "uiterlijk 16-12-2026" in line  # letter 16 November + 30 days
    assert leaks(ki.kiosk, SOFIE) == [] and leaks(ki.kiosk, PIETER) == []
    assert not [t for t in _home_texts(ki) for secret in NOOR if secret in t]
    assert "INTERIM" not in " ".join(_home_texts(ki)) and "kan nog niet" not in " ".join(_home_texts(ki))
    assert not home.resume.isEnabled()  # nothing chosen yet

    home.drafts.setCurrentRow(0)
    visit.click(home.resume, "operator")
    visit.screen("privacy")  # the next adult sees what is read from their card first
    visit.click(ki.window.screens["privacy"].agree, "candidate")
    visit.screen("awaiting_card")
    states = {m.first_names.split()[0]: m.state for m in ctl.session.members}
    assert states == {
        "Sofie": MemberState.CONFIRMED_PIN,
        "Pieter": MemberState.TO_DO,
        "Noor": MemberState.MINOR,
    }
    assert ctl.session.dossier_id == saved.dossier_id  # type: ignore[attr-defined]
    assert ctl.session.lookup is not None and str(ctl.session.lookup.letter_date) == "2026-11-16"
    sofie = ctl.session.members[0]
    assert sofie.answers.get("income_changed") is True  # signed with her confirmation
    stored = [f for item in ctl.session.evidence.values() for f in item.files]
    assert stored and all(f.file_id and f.data for f in stored)  # her payslip, decrypted again
    assert leaks(ki.kiosk, SOFIE) == [] and leaks(ki.kiosk, PIETER) == []  # awaiting card: no names

    pieter_id = next(m.member_id for m in ctl.session.members if m.first_names.startswith("Pieter"))
    visit.read_card(PIETER)
    assert ctl.current_member() is not None and ctl.current_member().member_id == pieter_id
    assert len(ctl.session.members) == 3  # resumed at Pieter, not added again
    visit.answer_and_attach(YES)
    visit.confirm_with_pin()
    visit.click(ki.window.screens["household"].review, "operator")
    visit.screen("review")
    with qtbot.waitSignal(ctl.visit_saved, timeout=20000) as finished:
        visit.click(ki.window.screens["review"].finish, "candidate")
    result = finished.args[0]
    assert not isinstance(result, BaseException), result
    assert result.dossier_id == saved.dossier_id  # type: ignore[attr-defined]
    assert result.local_reference == reference
    assert _dossier_rows(ki) == 1
    visit.end()
    visit.click(ki.window.screens["end"].next_visit, "operator")
    visit.screen("home")
    visit.wait(lambda: "Er zijn geen concepten" in home.resume_hint.text())
    assert home.drafts.count() == 0  # complete now: nothing left to resume


def test_home_shows_the_dossiers_at_risk_and_the_queues_oldest_age(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    visit, saved = _leave_draft(ki, qtbot, tmp_path)
    home = ki.window.screens["home"]
    reference = saved.local_reference  # type: ignore[attr-defined]
    visit.wait(lambda: home.drafts.count() == 1)
    assert "Geen dossiers" in home.at_risk.text()  # 19 days left: not at risk yet
    assert home.queue.text().startswith("Wachtrij: ")
    assert "de oudste 0 dagen" in home.queue.text()  # Sofie's confirmation, queued today

    # Three days before the deadline (16 December), nobody synced in between.
    ki.clock.advance((datetime(2026, 12, 13, 12, 0, tzinfo=UTC) - ki.clock.now()).total_seconds())
    ki.idle.touch()  # the operator is at the screen (the fake clock jumped over the lock)
    ki.controller.refresh_home()
    visit.wait(lambda: reference in home.at_risk.text())
    assert "1 dossier heeft een termijn die bijna voorbij is" in home.at_risk.text()
    assert f"{reference}: nog 3 dagen (16-12-2026)" in home.at_risk.text()
    assert "de oudste 16 dagen" in home.queue.text()
    assert leaks(ki.kiosk, SOFIE) == [] and leaks(ki.kiosk, PIETER) == []
    assert not [t for t in _home_texts(ki) for secret in NOOR if secret in t]


ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screens"


def test_home_with_drafts_rendered_in_dutch_and_arabic(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    visit, saved = _leave_draft(ki, qtbot, tmp_path)
    home = ki.window.screens["home"]
    ki.clock.advance((datetime(2026, 12, 13, 12, 0, tzinfo=UTC) - ki.clock.now()).total_seconds())
    ki.idle.touch()
    ki.controller.refresh_home()
    visit.wait(lambda: saved.local_reference in home.at_risk.text())  # type: ignore[attr-defined]
    visit.wait(lambda: home.drafts.count() == 1)
    home.drafts.setCurrentRow(0)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    paths = {}
    for language in ("nl", "ar"):
        choice = ki.window.language
        choice.setCurrentIndex(choice.findData(language))
        visit.wait(lambda: not ki.controller.is_busy())
        QApplication.processEvents()
        paths[language] = ARTIFACTS / f"home-drafts-{language}.png"
        assert ki.window.grab().save(str(paths[language]))
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "غير مكتمل" in home.drafts.item(0).text()  # "incomplete", from the Arabic catalogue
    assert saved.local_reference in home.drafts.item(0).text()  # type: ignore[attr-defined]
    assert leaks(ki.kiosk, SOFIE) == [] and leaks(ki.kiosk, PIETER) == []
    for path in paths.values():
        image = QImage(str(path))
        assert image.width() >= 1000 and image.height() >= 700
        assert path.stat().st_size > 10_000


def test_another_operator_saves_a_resumed_draft_without_redoing_staff_only_steps() -> None:
    """What WIL staff recorded in the draft stays; what a volunteer does now is checked as usual."""
    volunteer = OperatorContext("vrijwilliger", frozenset({Role.VOLUNTEER}), "T-1", "oefenmodus")
    attested = confirmation(method="staff_attested", reason="geen PIN")
    pieter = Member(
        "m1", "De Smet", "Pieter", PartialDate(1988, 11, 2), "partner", adult=True,
        national_number="88110210514", state=MemberState.ATTESTED, confirmation=attested,
        stored=True, stored_confirmation=attested,
    )  # fmt: skip
    by_hand = Member("m2", "Peeters", "Jan", None, "other", adult=True, added_by_hand=True, stored=True)
    household = VisitSession()
    household.members = [pieter, by_hand]
    dossier = build_dossier(household, None, volunteer, date(2026, 11, 27))
    assert dossier.members[0].confirmation is attested
    assert dossier.members[1].adult_on(date(2026, 11, 27))  # kept as the adult WIL staff added

    pieter.confirmation = confirmation(method="staff_attested", reason="geen PIN")  # a new one, now
    with pytest.raises(PermissionDenied):
        build_dossier(household, None, volunteer, date(2026, 11, 27))
    pieter.confirmation, by_hand.stored = attested, False  # an adult by hand added in this visit
    with pytest.raises(PermissionDenied):
        build_dossier(household, None, volunteer, date(2026, 11, 27))


def test_save_as_draft_and_stop_between_cards_then_resume_at_the_same_member(
    ki, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    visit = Visit(ki.kiosk, tmp_path)
    ctl, home = ki.controller, ki.window.screens["home"]
    visit.sign_in("vrijwilliger")
    visit.read_card(SOFIE)
    visit.screen("declarations")
    sofie_id = ctl.current_member().member_id
    visit.card(None)
    visit.screen("awaiting_card")
    awaiting = ki.window.screens["awaiting_card"]
    with qtbot.waitSignal(ctl.draft_saved, timeout=20000) as saved:
        visit.click(awaiting.save_and_stop, "operator")
    assert not isinstance(saved.args[0], BaseException), saved.args[0]
    visit.screen("home")
    assert ctl.session.members == []  # wiped from memory too
    visit.wait(lambda: home.drafts.count() == 1)
    line = home.drafts.item(0).text()
    assert saved.args[0].local_reference in line and "(concept)" in line
    assert "0 van 1 volwassenen bevestigd" in line
    assert leaks(ki.kiosk, SOFIE) == []

    home.drafts.setCurrentRow(0)
    visit.click(home.resume, "operator")
    visit.screen("privacy")  # the next adult sees what is read from their card first
    visit.click(ki.window.screens["privacy"].agree, "candidate")
    visit.screen("awaiting_card")
    assert awaiting.progress.text() == "0 van 1 volwassenen klaar"
    visit.read_card(SOFIE)
    assert ctl.current_member().member_id == sofie_id and len(ctl.session.members) == 1


def test_no_save_as_draft_before_anyone_was_read(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in("vrijwilliger")
    ki.controller.go("awaiting_card")
    visit.screen("awaiting_card")
    assert not ki.window.screens["awaiting_card"].save_and_stop.isVisible()


def test_a_second_resume_while_the_first_opens_is_ignored(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    visit, _saved = _leave_draft(ki, qtbot, tmp_path)
    home = ki.window.screens["home"]
    visit.wait(lambda: home.drafts.count() == 1)
    dossier_id = home.drafts.item(0).data(Qt.ItemDataRole.UserRole)
    loads: list[object] = []
    ki.controller.navigate.connect(lambda key: loads.append(key) if key == "privacy" else None)
    ki.controller.resume_draft(dossier_id)
    ki.controller.resume_draft(dossier_id)  # a double-click on the list
    visit.screen("privacy")
    qtbot.waitUntil(lambda: not ki.controller.db.busy, timeout=10000)
    assert loads == ["privacy"]
    assert not ki.controller.session.members  # nothing of the household before the notice is seen


def test_a_draft_that_cannot_be_saved_is_said_until_the_next_visit(  # type: ignore[no-untyped-def]
    ki, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.visit_end

    def disk_full(*_args: object) -> object:
        raise OSError(28, "No space left on device")

    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in("vrijwilliger")
    visit.read_card(SOFIE)
    monkeypatch.setattr(ui.visit_end, "finish_visit", disk_full)
    awaiting = ki.window.screens["awaiting_card"]
    visit.card(None)
    visit.screen("awaiting_card")
    with qtbot.waitSignal(ki.controller.draft_saved, timeout=20000) as saved:
        visit.click(awaiting.save_and_stop, "operator")
    assert isinstance(saved.args[0], OSError)
    warning = ki.window.draft_warning
    assert warning.isVisible() and "kon niet bewaard worden" in warning.text()
    assert "Sofie" not in warning.text()
    ki.controller.start_visit()  # the next visit: the warning has been seen
    assert not warning.isVisible()


def test_stopping_a_visit_saves_a_signed_confirmation(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in("vrijwilliger")
    visit.read_card(SOFIE)
    visit.answer_and_attach(SOFIE_YES)
    visit.confirm_with_pin()
    visit.card(None)
    visit.screen("awaiting_card")
    with qtbot.waitSignal(ki.controller.draft_saved, timeout=20000) as saved:
        visit.click(ki.window.screens["awaiting_card"].stop, "operator")  # "Bezoek stoppen"
    kept = saved.args[0]
    assert not isinstance(kept, BaseException), kept
    assert kept.queued  # Sofie's signed confirmation goes to the register, not lost
    with ki.backend.store.begin() as session:
        assert session.scalar(select(func.count()).select_from(DossierRow)) == 1
