"""Home: drafts of this terminal resumed, dossiers at risk by deadline, the queue's oldest age.

A visit ends by inactivity (the injectable clock) and is saved as a draft; the home screen lists it
without personal data; resuming it opens the encrypted dossier (on the database worker), shows the
privacy notice and waits for a card; a member's card resumes at that member; finishing saves the
same dossier. The register's lookup lists every member of the Janssens household (Sofie, Pieter and
their child Noor), so Noor is never added by hand here. Real SQLite store, real training back end,
real virtual cards in-process.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from kiosk.domain import MemberStatus
from kiosk.dossiers import load_dossier
from kiosk.errors import PermissionDenied
from kiosk.models import Dossier as DossierRow
from kiosk.ports import PartialDate
from kiosk.visit_views import visit_overview
from tests.e2e.scripted_visit import SOFIE_YES, YES, Visit, tiny_png
from tests.ui.conftest import END, WARN
from tests.ui.helpers import leaks, texts_of

pytestmark = pytest.mark.ui

SOFIE, PIETER, ANNA = "nl-citizen-18", "nl-partner-17-ec", "eu-foreigner-long"  # Anna: unknown there
NOOR = ["Noor", "15060100273"]  # listed by the register: her name must not show on the home screen
JAN = "85073003328"  # an adult without a readable eID, typed in by WIL staff


def _idle_end(ki, qtbot) -> object:  # type: ignore[no-untyped-def]
    """Let the visit run out of time: the countdown, then the end as a saved draft."""
    ki.clock.advance(WARN + 1)
    ki.idle.check()
    with qtbot.waitSignal(ki.controller.draft_saved, timeout=20000) as saved:
        ki.clock.advance(END)
        ki.idle.check()
    assert not isinstance(saved.args[0], BaseException), saved.args[0]
    return saved.args[0]


def _register_answered(visit: Visit) -> None:
    running = visit.kiosk.controller.visit
    assert running is not None
    visit.wait(lambda: running.lookup_settled)


def _leave_draft(ki, qtbot, tmp_path: Path) -> tuple[Visit, object]:  # type: ignore[no-untyped-def]
    """Sofie confirms with her PIN, Pieter's card is read after her: then nobody moves."""
    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in("vrijwilliger")
    visit.read_card(SOFIE)
    visit.answer_and_attach(SOFIE_YES)
    visit.confirm_with_pin()
    visit.card(None)
    visit.screen("awaiting_card")
    visit.read_card(PIETER, notice=True)
    visit.screen("questions")
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
    with ki.backend.store.begin() as session:
        return int(session.scalar(select(func.count()).select_from(DossierRow)) or 0)


def _statuses(ki) -> dict[str, MemberStatus]:  # type: ignore[no-untyped-def]
    running = ki.controller.visit
    assert running is not None
    return {row.first_names.split()[0]: row.status for row in visit_overview(running).members}


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
    assert "uiterlijk op 16 december 2026" in line  # letter 16 November + 30 days
    assert leaks(ki.kiosk, SOFIE) == [] and leaks(ki.kiosk, PIETER) == []
    assert not [t for t in _home_texts(ki) for secret in NOOR if secret in t]
    assert "INTERIM" not in " ".join(_home_texts(ki)) and "kan nog niet" not in " ".join(_home_texts(ki))
    assert not home.resume.isEnabled()  # nothing chosen yet

    home.drafts.setCurrentRow(0)
    visit.click(home.resume, "operator")
    visit.screen("privacy")  # the next adult sees what is read from their card first
    visit.click(ki.window.screens["privacy"].agree, "candidate")
    visit.screen("awaiting_card")
    assert _statuses(ki) == {
        "Sofie": MemberStatus.CONFIRMED,
        "Pieter": MemberStatus.TO_CONFIRM,
        "Noor": MemberStatus.MINOR,
    }
    running = ctl.visit
    assert running is not None
    assert running.dossier.dossier_id == saved.dossier_id  # type: ignore[attr-defined]
    assert str(running.dossier.letter_date) == "2026-11-16"
    sofie = next(m for m in running.dossier.members if m.first_names.startswith("Sofie"))
    assert sofie.confirmation is not None
    assert sofie.confirmation.declarations.get("current_income_lower") is True  # signed with her confirmation
    pages = [f for item in running.dossier.evidence for f in item.files]
    assert pages and all(running.files.get(f.file_id) == tiny_png() for f in pages)  # decrypted again
    assert leaks(ki.kiosk, SOFIE) == [] and leaks(ki.kiosk, PIETER) == []  # awaiting card: no names
    progress = ki.window.screens["awaiting_card"].progress.text()
    assert progress == "1 van 2 volwassenen klaar"

    pieter_id = next(m.member_id for m in running.dossier.members if m.first_names.startswith("Pieter"))
    visit.read_card(PIETER)  # he saw the notice just now, on resuming
    visit.screen("questions")
    assert running.current is not None and running.current.member_id == pieter_id
    assert len(running.dossier.members) == 3  # resumed at Pieter, not added again
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
    assert result.complete
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
    assert home.at_risk.text() == "Geen dossiers met een termijn die bijna of al voorbij is."  # 19 days left
    assert home.queue.text().startswith("Wachtrij: ")
    assert "de oudste 0 dagen" in home.queue.text()  # Sofie's confirmation, queued today

    # Three days before the deadline (16 December), nobody synced in between.
    ki.clock.advance((datetime(2026, 12, 13, 12, 0, tzinfo=UTC) - ki.clock.now()).total_seconds())
    ki.idle.touch()  # the operator is at the screen (the fake clock jumped over the lock)
    ki.controller.terminal.refresh_home()
    visit.wait(lambda: reference in home.at_risk.text())
    assert "1 dossier heeft een termijn die bijna of al voorbij is. Bel dit gezin:" in home.at_risk.text()
    assert home.at_risk.text().startswith("1 ")
    assert f"{reference}: nog 3 dagen, tot en met 16 december 2026" in home.at_risk.text()
    assert "de oudste 16 dagen" in home.queue.text()
    assert leaks(ki.kiosk, SOFIE) == [] and leaks(ki.kiosk, PIETER) == []
    assert not [t for t in _home_texts(ki) for secret in NOOR if secret in t]


ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screens"


def test_home_with_drafts_rendered_in_dutch_and_arabic(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    visit, saved = _leave_draft(ki, qtbot, tmp_path)
    home = ki.window.screens["home"]
    ki.clock.advance((datetime(2026, 12, 13, 12, 0, tzinfo=UTC) - ki.clock.now()).total_seconds())
    ki.idle.touch()
    ki.controller.terminal.refresh_home()
    visit.wait(lambda: saved.local_reference in home.at_risk.text())  # type: ignore[attr-defined]
    visit.wait(lambda: home.drafts.count() == 1)
    home.drafts.setCurrentRow(0)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    paths = {}
    for language in ("nl", "ar"):
        choice = ki.window.bar.language
        choice.setCurrentIndex(choice.findData(language))
        visit.wait(lambda: not ki.controller.terminal.is_busy())
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


def test_a_volunteer_saves_a_draft_with_staff_only_steps_without_redoing_them(
    ki, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """What WIL staff did in the draft stays when a volunteer goes on; the volunteer cannot do it anew."""
    visit = Visit(ki.kiosk, tmp_path)
    ctl = ki.controller
    visit.sign_in("wil")
    visit.read_card(PIETER)  # no PIN: WIL staff attest for him with their own card
    _register_answered(visit)
    visit.answer_and_attach(YES)
    visit.attest_by_staff("staff-wil-1")
    household = ki.window.screens["household"]
    visit.click(household.add_adult, "operator")  # Jan has no readable eID: WIL staff type him in
    visit.type_text(household.form.first_name, "Jan")
    visit.type_text(household.form.surname, "Peeters")
    visit.type_text(household.form.national_number, JAN)
    visit.click(household.form.save, "operator")
    assert not household.error.isVisible(), household.error.text()
    visit.card(None)  # the staff card comes out
    visit.screen("awaiting_card")
    with qtbot.waitSignal(ctl.draft_saved, timeout=20000) as kept:
        visit.click(ki.window.screens["awaiting_card"].save_and_stop, "operator")
    draft = kept.args[0]
    assert not isinstance(draft, BaseException), draft
    visit.screen("home")
    ctl.sign_out()

    visit.sign_in_only("vrijwilliger")
    home = ki.window.screens["home"]
    visit.wait(lambda: home.drafts.count() == 1)
    home.drafts.setCurrentRow(0)
    visit.click(home.resume, "operator")
    visit.screen("privacy")
    visit.click(ki.window.screens["privacy"].agree, "candidate")
    visit.screen("awaiting_card")
    visit.read_card(SOFIE)
    visit.answer_and_attach(YES)
    visit.confirm_with_pin()
    assert _statuses(ki) == {
        "Sofie": MemberStatus.CONFIRMED,
        "Pieter": MemberStatus.ATTESTED,
        "Noor": MemberStatus.MINOR,
        "Jan": MemberStatus.TO_CONFIRM,
    }
    # The volunteer does not see WIL staff's actions, and the core refuses them all the same.
    assert not household.add_adult.isVisible()
    with pytest.raises(PermissionDenied):
        ctl.apply(lambda v: v.add_adult_by_hand("Els", "Peeters", PartialDate(1985, 7, 30), "85073003427"))
    visit.click(household.review, "operator")
    visit.screen("review")
    with qtbot.waitSignal(ctl.visit_saved, timeout=20000) as finished:
        visit.click(ki.window.screens["review"].finish, "candidate")
    result = finished.args[0]
    assert not isinstance(result, BaseException), result
    assert result.dossier_id == draft.dossier_id and not result.complete  # Jan must still confirm
    with ki.backend.store.begin() as session:
        dossier = load_dossier(session, ki.backend.unlocked, result.dossier_id)
    methods = {m.first_names.split()[0]: m.confirmation and m.confirmation.method for m in dossier.members}
    assert methods == {"Sofie": "eid_signature", "Pieter": "staff_attested", "Noor": None, "Jan": None}
    jan = dossier.member_by_national_number(JAN)
    assert jan is not None and jan.adult_on(ki.clock.today())


def test_save_as_draft_and_stop_between_cards_then_resume_at_the_same_member(
    ki, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    visit = Visit(ki.kiosk, tmp_path)
    ctl, home = ki.controller, ki.window.screens["home"]
    visit.sign_in("vrijwilliger")
    visit.read_card(SOFIE)
    visit.screen("questions")
    _register_answered(visit)
    assert ctl.visit is not None and ctl.visit.current is not None
    sofie_id = ctl.visit.current.member_id
    visit.card(None)
    visit.screen("awaiting_card")
    awaiting = ki.window.screens["awaiting_card"]
    with qtbot.waitSignal(ctl.draft_saved, timeout=20000) as saved:
        visit.click(awaiting.save_and_stop, "operator")
    assert not isinstance(saved.args[0], BaseException), saved.args[0]
    visit.screen("home")
    assert ctl.visit is None  # wiped from memory too
    visit.wait(lambda: home.drafts.count() == 1)
    line = home.drafts.item(0).text()
    assert saved.args[0].local_reference in line and "(concept)" in line
    assert "0 van 2 volwassenen bevestigd" in line  # the register lists Pieter too
    assert leaks(ki.kiosk, SOFIE) == []

    home.drafts.setCurrentRow(0)
    visit.click(home.resume, "operator")
    visit.screen("privacy")  # the next adult sees what is read from their card first
    visit.click(ki.window.screens["privacy"].agree, "candidate")
    visit.screen("awaiting_card")
    assert awaiting.progress.text() == "0 van 2 volwassenen klaar"
    visit.read_card(SOFIE)
    visit.screen("questions")
    running = ctl.visit
    assert running is not None and running.current is not None
    assert running.current.member_id == sofie_id
    assert [m.first_names.split()[0] for m in running.dossier.members] == ["Sofie", "Pieter", "Noor"]


def test_no_save_as_draft_before_anyone_joined_the_household(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Anna's card (a household the register does not know) comes out before she said "this is me"."""
    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in("vrijwilliger")
    visit.card(ANNA)
    visit.screen("identity")
    _register_answered(visit)
    visit.card(None)
    visit.screen("awaiting_card")
    awaiting = ki.window.screens["awaiting_card"]
    assert not awaiting.save_and_stop.isVisible()
    assert awaiting.stop.isVisible()  # stopping is always possible


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
    qtbot.waitUntil(lambda: not ki.controller.terminal.db.busy, timeout=10000)
    assert loads == ["privacy"]
    # Nothing of the household shows before the notice is seen.
    assert leaks(ki.kiosk, SOFIE) == [] and leaks(ki.kiosk, PIETER) == []


def test_a_draft_that_cannot_be_saved_is_said_until_the_next_visit(  # type: ignore[no-untyped-def]
    ki, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kiosk.visit_store

    def disk_full(*_args: object) -> object:
        raise OSError(28, "No space left on device")

    visit = Visit(ki.kiosk, tmp_path)
    visit.sign_in("vrijwilliger")
    visit.read_card(SOFIE)
    visit.screen("questions")
    monkeypatch.setattr(kiosk.visit_store, "save_visit", disk_full)
    awaiting = ki.window.screens["awaiting_card"]
    visit.card(None)
    visit.screen("awaiting_card")
    with qtbot.waitSignal(ki.controller.draft_saved, timeout=20000) as saved:
        visit.click(awaiting.save_and_stop, "operator")
    assert isinstance(saved.args[0], OSError)
    warning = ki.window.draft_warning
    assert warning.isVisible() and "kon niet bewaard worden" in warning.text()
    assert "Sofie" not in warning.text()
    visit.screen("home")
    assert warning.isVisible()  # still said on the home screen
    ki.controller.start_visit()  # the next visit: the warning has been seen
    visit.screen("privacy")
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
    assert _dossier_rows(ki) == 1
