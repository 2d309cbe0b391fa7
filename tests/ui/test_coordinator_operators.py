"""The coordinator manages operators on screen, through the core, and reads the day's statistics.

Real training back end (store, argon2id, audit), the database worker, the real sign-in afterwards.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from kiosk.errors import PermissionDenied
from kiosk.store import TRAINING_PASSWORD
from kiosk.visit import LookupState
from tests.ui.conftest import KioskUnderTest
from tests.ui.helpers import confirm_with_pin, personal_data_of, sign_in, sign_in_and_read, wait_for_screen
from ui.screens.coordinator import CoordinatorScreen
from ui.terminal import SignInRefusal

pytestmark = pytest.mark.ui

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _open_operators(qtbot, ki: KioskUnderTest) -> CoordinatorScreen:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ki.kiosk, "coordinator")
    ki.window.screens["home"].coordinator.click()
    screen = ki.window.screens["coordinator"]
    assert isinstance(screen, CoordinatorScreen)
    qtbot.waitUntil(lambda: screen.operators_tab.operators.count() == 3, timeout=5000)
    return screen


def _select(screen: CoordinatorScreen, name: str) -> None:
    for row in range(screen.operators_tab.operators.count()):
        if screen.operators_tab.operators.item(row).text().startswith(f"{name}:"):
            screen.operators_tab.operators.setCurrentRow(row)
            return
    raise AssertionError(f"{name} is not in the list")


def _item_text(screen: CoordinatorScreen, name: str) -> str:
    return next(
        screen.operators_tab.operators.item(row).text()
        for row in range(screen.operators_tab.operators.count())
        if screen.operators_tab.operators.item(row).text().startswith(f"{name}:")
    )


def _sign_out_and_try(qtbot, ki: KioskUnderTest, name: str, password: str) -> str:  # type: ignore[no-untyped-def]
    """Sign the coordinator out and `name` in on the sign-in screen: "home", or the refusal's kind."""
    ki.controller.sign_out()
    wait_for_screen(qtbot, ki.kiosk, "sign_in")
    refusals: list[str] = []
    terminal = ki.controller.terminal

    def refused(refusal: SignInRefusal) -> None:
        refusals.append(refusal.kind)

    terminal.sign_in_failed.connect(refused)
    try:
        screen = ki.window.screens["sign_in"]
        screen.name.setText(name)
        screen.password.setText(password)
        screen.submit.click()
        qtbot.waitUntil(lambda: ki.controller.current_screen == "home" or bool(refusals), timeout=20000)
    finally:
        terminal.sign_in_failed.disconnect(refused)
    return "home" if ki.controller.current_screen == "home" else refusals[0]


def test_coordinator_adds_an_operator_who_can_then_sign_in(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _open_operators(qtbot, ki)
    screen.operators_tab.add_box.new_name.setText("Hilde")
    screen.operators_tab.add_box.role_boxes["volunteer"].setChecked(True)
    screen.operators_tab.add_box.role_boxes["wil_staff"].setChecked(True)
    screen.operators_tab.add_box.add_password.setText("lang-genoeg")
    screen.operators_tab.add_box.add_password_again.setText("lang-genoeg")
    qtbot.mouseClick(screen.operators_tab.add_box.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.operators_tab.operators.count() == 4, timeout=10000)
    assert "Hilde is toegevoegd" in screen.operators_tab.operator_message.text()
    assert screen.operators_tab.operator_message.isVisible()
    assert _item_text(screen, "Hilde") == "Hilde: vrijwilliger, WIL-medewerker · actief"
    assert (
        screen.operators_tab.add_box.add_password.text() == ""
        and screen.operators_tab.add_box.new_name.text() == ""
    )  # the form forgets
    ARTIFACTS.mkdir(exist_ok=True)
    assert ki.window.grab().save(str(ARTIFACTS / "coordinator-operators-nl.png"))
    assert _sign_out_and_try(qtbot, ki, "Hilde", "lang-genoeg") == "home"
    assert ki.controller.terminal.operator.name == "Hilde"
    assert ki.window.screens["home"].coordinator.isHidden()  # a volunteer + WIL staff: no management


def test_the_form_checks_before_the_core_and_the_core_refuses_what_the_form_cannot_see(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _open_operators(qtbot, ki)
    tab = screen.operators_tab
    box = tab.add_box
    box.new_name.setText("Jan")
    qtbot.mouseClick(box.add, Qt.MouseButton.LeftButton)
    assert tab.operator_message.text() == "Kies minstens één rol."
    box.role_boxes["volunteer"].setChecked(True)
    box.add_password.setText("abc")
    box.add_password_again.setText("abc")
    qtbot.mouseClick(box.add, Qt.MouseButton.LeftButton)
    assert tab.operator_message.text() == "Een wachtwoord heeft minstens 8 tekens."
    for common in ("welkom123", "Wachtwoord2026!"):  # on the list of common passwords (NIST SP 800-63B)
        box.add_password.setText(common)
        box.add_password_again.setText(common)
        qtbot.mouseClick(box.add, Qt.MouseButton.LeftButton)
        assert "lijst van veelgebruikte wachtwoorden" in tab.operator_message.text()
    box.add_password.setText("jan-2026-jan")
    box.add_password_again.setText("jan-2026-jan")
    qtbot.mouseClick(box.add, Qt.MouseButton.LeftButton)
    assert "niet uw naam" in tab.operator_message.text()
    box.add_password.setText("rode fiets blauw")
    box.add_password_again.setText("rode fiets groen")
    qtbot.mouseClick(box.add, Qt.MouseButton.LeftButton)
    assert "niet hetzelfde" in tab.operator_message.text()
    box.new_name.setText("wil")  # exists already: only the core knows
    box.add_password.setText("rode fiets blauw")
    box.add_password_again.setText("rode fiets blauw")
    qtbot.mouseClick(box.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "al een operator" in tab.operator_message.text(), timeout=10000)
    assert tab.operators.count() == 3


def test_coordinator_disables_an_operator_after_confirming_who_then_cannot_sign_in(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _open_operators(qtbot, ki)
    _select(screen, "wil")
    qtbot.mouseClick(screen.operators_tab.disable, Qt.MouseButton.LeftButton)
    assert screen.operators_tab.confirm_box.isVisible()
    assert "wil uitschakelen?" in screen.operators_tab.confirm_text.text()
    qtbot.mouseClick(screen.operators_tab.confirm_no, Qt.MouseButton.LeftButton)  # cancelled: nothing happens
    assert not screen.operators_tab.confirm_box.isVisible()
    assert _item_text(screen, "wil").endswith("· actief")
    qtbot.mouseClick(screen.operators_tab.disable, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.operators_tab.confirm_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _item_text(screen, "wil").endswith("· uitgeschakeld"), timeout=10000)
    assert screen.operators_tab.operator_message.text() == "wil is uitgeschakeld."
    _select(screen, "wil")
    assert (
        not screen.operators_tab.disable.isEnabled() and not screen.operators_tab.change_password.isEnabled()
    )
    assert _sign_out_and_try(qtbot, ki, "wil", TRAINING_PASSWORD) == "wrong"  # never says it is disabled
    assert ki.window.screens["sign_in"].error.text() == "Naam of wachtwoord klopt niet. Probeer opnieuw."
    assert ki.controller.current_screen == "sign_in"


def test_disabling_the_last_coordinator_is_refused_with_a_visible_message(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _open_operators(qtbot, ki)
    _select(screen, "coordinator")
    qtbot.mouseClick(screen.operators_tab.disable, Qt.MouseButton.LeftButton)
    assert "Uzelf uitschakelen?" in screen.operators_tab.confirm_text.text()
    qtbot.mouseClick(screen.operators_tab.confirm_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "laatste actieve coördinator" in screen.operators_tab.operator_message.text(), timeout=10000
    )
    assert screen.operators_tab.operator_message.isVisible()
    assert ki.controller.current_screen == "coordinator"  # still signed in, still a coordinator
    assert _item_text(screen, "coordinator").endswith("· actief")
    assert ki.window.grab().save(str(ARTIFACTS / "coordinator-last-coordinator-nl.png"))
    ki.switcher.switch("fr")  # the screen reloads its list in French: choose again
    qtbot.waitUntil(lambda: _item_text(screen, "coordinator").endswith("· actif"), timeout=10000)
    _select(screen, "coordinator")
    qtbot.mouseClick(screen.operators_tab.disable, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.operators_tab.confirm_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "dernier coordinateur actif" in screen.operators_tab.operator_message.text(), timeout=10000
    )
    assert ki.window.grab().save(str(ARTIFACTS / "coordinator-last-coordinator-fr.png"))


def test_coordinator_sets_a_new_password_that_then_signs_in(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _open_operators(qtbot, ki)
    _select(screen, "vrijwilliger")
    qtbot.mouseClick(screen.operators_tab.change_password, Qt.MouseButton.LeftButton)
    assert screen.operators_tab.password_box.isVisible()
    assert screen.operators_tab.password_box.title() == "Nieuw wachtwoord voor vrijwilliger"
    screen.operators_tab.new_password.setText("nieuw-wachtwoord")
    screen.operators_tab.new_password_again.setText("nieuw-wachtwoord")
    screen.operators_tab.add_box.add_password.setText("half-getypt")
    assert ki.window.grab().save(str(ARTIFACTS / "coordinator-new-password-nl.png"))
    qtbot.mouseClick(screen.operators_tab.password_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is veranderd" in screen.operators_tab.operator_message.text(), timeout=10000)
    assert screen.operators_tab.new_password.text() == ""
    assert _sign_out_and_try(qtbot, ki, "vrijwilliger", TRAINING_PASSWORD) == "wrong"
    assert (
        screen.operators_tab.add_box.add_password.text() == "" and screen.operators_tab.operators.count() == 0
    )  # signing out wiped the screen
    assert _sign_out_and_try(qtbot, ki, "vrijwilliger", "nieuw-wachtwoord") == "home"


def test_a_locked_operator_shows_as_locked_and_a_new_password_unlocks(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    from kiosk.store import OperatorLocked, SignInFailed

    for _ in range(5):  # five wrong passwords lock the account for five minutes (the core's rule)
        with pytest.raises(SignInFailed):
            ki.backend.store.sign_in("wil", "fout", ki.clock.now())
    with pytest.raises(OperatorLocked):
        ki.backend.store.sign_in("wil", TRAINING_PASSWORD, ki.clock.now())
    screen = _open_operators(qtbot, ki)
    assert "vergrendeld tot" in _item_text(screen, "wil")
    _select(screen, "wil")
    qtbot.mouseClick(screen.operators_tab.change_password, Qt.MouseButton.LeftButton)
    screen.operators_tab.new_password.setText("weer-open")
    screen.operators_tab.new_password_again.setText("weer-open")
    qtbot.mouseClick(screen.operators_tab.password_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _item_text(screen, "wil").endswith("· actief"), timeout=10000)
    assert _sign_out_and_try(qtbot, ki, "wil", "weer-open") == "home"


@pytest.mark.parametrize("operator", ["vrijwilliger", "wil"])
def test_volunteer_and_wil_staff_reach_no_operator_actions_in_the_ui_or_the_core(
    ki, qtbot, operator: str
) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ki.kiosk, operator)
    assert ki.window.screens["home"].coordinator.isHidden()
    ki.controller.go("coordinator")  # even when the screen is forced, it shows nothing to act on
    screen = ki.window.screens["coordinator"]
    assert screen.tabs.isHidden() and screen.denied.isVisible()
    with pytest.raises(PermissionDenied):
        ki.backend.add_operator("indringer", frozenset({"coordinator"}), "geheim123")
    with pytest.raises(PermissionDenied):
        ki.backend.disable_operator("coordinator")
    with pytest.raises(PermissionDenied):
        ki.backend.set_operator_password("coordinator", "geheim123")
    with ki.backend.store.begin() as session:
        from kiosk.store import list_operators

        assert {o.name: o.disabled for o in list_operators(session)} == {
            "coordinator": False,
            "vrijwilliger": False,
            "wil": False,
        }


def _scripted_visit(qtbot, ki: KioskUnderTest) -> None:  # type: ignore[no-untyped-def]
    """Sofie confirms with her PIN; Pieter is still to come (the household of 201905140017)."""
    sign_in_and_read(qtbot, ki.kiosk, "vrijwilliger")
    assert ki.controller.visit.lookup_state is LookupState.FOUND  # the register knows them
    confirm_with_pin(qtbot, ki.kiosk)
    ki.controller.apply(lambda v: v.go_to_review())
    ki.window.screens["review"].finish.click()
    qtbot.waitUntil(lambda: ki.controller.current_screen == "receipt", timeout=10000)
    ki.controller.end_visit()
    ki.controller.sign_out()


def test_statistics_after_a_visit_show_the_new_columns_and_the_csv_hides_small_counts(  # type: ignore[no-untyped-def]
    ki, qtbot, tmp_path: Path
) -> None:
    _scripted_visit(qtbot, ki)
    # Thirteen days later the letter's deadline (16 December) is within 7 days: the dossier is at risk.
    ki.clock.advance(timedelta(days=13).total_seconds())
    sign_in(qtbot, ki.kiosk, "coordinator")
    ki.window.screens["home"].coordinator.click()
    screen = ki.window.screens["coordinator"]
    qtbot.waitUntil(lambda: screen.statistics_tab.table.rowCount() == 1, timeout=10000)
    headers = [
        screen.statistics_tab.table.horizontalHeaderItem(c).text().replace("\n", " ")
        for c in range(screen.statistics_tab.table.columnCount())
    ]
    cells = dict(
        zip(
            headers, (screen.statistics_tab.table.item(0, c).text() for c in range(len(headers))), strict=True
        )
    )
    assert cells["Dag"] == "2026-11-27"
    assert cells["Bezoeken"] == "<5" and cells["Volwassenen bevestigd"] == "<5"
    assert cells["Dossiers volledig"] == "0"  # Pieter has not confirmed yet
    assert cells["Wachtend op register"] == "<5" and cells["In gevaar"] == "<5"
    row = screen.statistics_tab.rows[0]
    assert (row.visits, row.adults_confirmed, row.dossiers_complete, row.waiting, row.at_risk) == (
        1,
        1,
        0,
        1,
        1,
    )
    screen.tabs.setCurrentIndex(3)
    assert ki.window.grab().save(str(ARTIFACTS / "coordinator-statistics-nl.png"))
    out = tmp_path / "statistieken.csv"
    screen.statistics_tab.export_csv(out)
    header, line = out.read_text(encoding="utf-8").splitlines()
    assert header.startswith("day,location,visits,adults_confirmed,dossiers_complete,waiting,at_risk,")
    assert line == "2026-11-27,oefenmodus,<5,<5,0,<5,<5,<5,0,0"
    text = out.read_text(encoding="utf-8")
    assert screen.statistics_tab.message.text() == f"Bewaard: {out}"
    assert not screen.statistics_tab.export_csv(
        tmp_path / "no-such-folder" / "x.csv"
    )  # a clear message, no crash
    assert "kon niet bewaard worden" in screen.statistics_tab.message.text()
    for secret in [*personal_data_of("nl-citizen-18"), "88110210514", "De Smet", "201905140017"]:
        assert secret not in text


def test_every_label_of_the_coordinator_screen_is_translated_in_french_and_english(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _open_operators(qtbot, ki)
    dutch = {label.text() for label in screen.findChildren(QLabel) if label.text()}
    for language in ("fr", "en"):
        ki.switcher.switch(language)
        translated = {label.text() for label in screen.findChildren(QLabel) if label.text()}
        assert not (translated & dutch) - {"Operators"}, language
        assert screen.operators_tab.add_box.add.text() != "Operator toevoegen"
        headers = [screen.statistics_tab.table.horizontalHeaderItem(c).text() for c in range(2, 7)]
        assert (
            headers
            == {
                "fr": [
                    "Visites",
                    "Adultes\nconfirmés",
                    "Dossiers\ncomplets",
                    "En\nattente du registre",
                    "En\ndanger",
                ],
                "en": [
                    "Visits",
                    "Adults\nconfirmed",
                    "Dossiers\ncomplete",
                    "Waiting\nfor the register",
                    "At\nrisk",
                ],
            }[language]
        )
    ki.switcher.switch("nl")
