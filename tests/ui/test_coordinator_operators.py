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
from tests.ui.conftest import KioskUnderTest
from tests.ui.helpers import confirm_with_pin, personal_data_of, sign_in, sign_in_and_read, wait_for_screen
from ui.screens.coordinator import CoordinatorScreen

pytestmark = pytest.mark.ui

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def _open_operators(qtbot, ki: KioskUnderTest) -> CoordinatorScreen:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ki.kiosk, "coordinator")
    ki.window.screens["home"].coordinator.click()
    screen = ki.window.screens["coordinator"]
    assert isinstance(screen, CoordinatorScreen)
    qtbot.waitUntil(lambda: screen.operators.count() == 3, timeout=5000)
    return screen


def _select(screen: CoordinatorScreen, name: str) -> None:
    for row in range(screen.operators.count()):
        if screen.operators.item(row).text().startswith(f"{name}:"):
            screen.operators.setCurrentRow(row)
            return
    raise AssertionError(f"{name} is not in the list")


def _item_text(screen: CoordinatorScreen, name: str) -> str:
    return next(
        screen.operators.item(row).text()
        for row in range(screen.operators.count())
        if screen.operators.item(row).text().startswith(f"{name}:")
    )


def _sign_out_and_try(qtbot, ki: KioskUnderTest, name: str, password: str) -> bool:  # type: ignore[no-untyped-def]
    """Sign the coordinator out and sign `name` in: True when the home screen follows."""
    ki.controller.sign_out()
    wait_for_screen(qtbot, ki.kiosk, "sign_in")
    ki.controller.last_error = ""
    ki.controller.sign_in(name, password)
    qtbot.waitUntil(
        lambda: ki.controller.current_screen == "home" or ki.controller.last_error != "", timeout=20000
    )
    return ki.controller.current_screen == "home"


def test_coordinator_adds_an_operator_who_can_then_sign_in(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _open_operators(qtbot, ki)
    screen.new_name.setText("Hilde")
    screen.role_boxes["volunteer"].setChecked(True)
    screen.role_boxes["wil_staff"].setChecked(True)
    screen.add_password.setText("lang-genoeg")
    screen.add_password_again.setText("lang-genoeg")
    qtbot.mouseClick(screen.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.operators.count() == 4, timeout=10000)
    assert "Hilde is toegevoegd" in screen.operator_message.text()
    assert screen.operator_message.isVisible()
    assert _item_text(screen, "Hilde") == "Hilde: vrijwilliger, WIL-medewerker · actief"
    assert screen.add_password.text() == "" and screen.new_name.text() == ""  # the form forgets
    ARTIFACTS.mkdir(exist_ok=True)
    assert ki.window.grab().save(str(ARTIFACTS / "coordinator-operators-nl.png"))
    assert _sign_out_and_try(qtbot, ki, "Hilde", "lang-genoeg")
    assert ki.controller.operator.name == "Hilde"
    assert ki.window.screens["home"].coordinator.isHidden()  # a volunteer + WIL staff: no management


def test_the_form_checks_before_the_core_and_the_core_refuses_what_the_form_cannot_see(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _open_operators(qtbot, ki)
    screen.new_name.setText("Jan")
    qtbot.mouseClick(screen.add, Qt.MouseButton.LeftButton)
    assert screen.operator_message.text() == "Kies minstens één rol."
    screen.role_boxes["volunteer"].setChecked(True)
    screen.add_password.setText("abc")
    screen.add_password_again.setText("abc")
    qtbot.mouseClick(screen.add, Qt.MouseButton.LeftButton)
    assert screen.operator_message.text() == "Een wachtwoord heeft minstens 8 tekens."
    for common in ("welkom123", "Wachtwoord2026!"):  # on the list of common passwords (NIST SP 800-63B)
        screen.add_password.setText(common)
        screen.add_password_again.setText(common)
        qtbot.mouseClick(screen.add, Qt.MouseButton.LeftButton)
        assert "lijst van veelgebruikte wachtwoorden" in screen.operator_message.text()
    screen.add_password.setText("jan-2026-jan")
    screen.add_password_again.setText("jan-2026-jan")
    qtbot.mouseClick(screen.add, Qt.MouseButton.LeftButton)
    assert "niet uw naam" in screen.operator_message.text()
    screen.add_password.setText("rode fiets blauw")
    screen.add_password_again.setText("rode fiets groen")
    qtbot.mouseClick(screen.add, Qt.MouseButton.LeftButton)
    assert "niet hetzelfde" in screen.operator_message.text()
    screen.new_name.setText("wil")  # exists already: only the core knows
    screen.add_password.setText("rode fiets blauw")
    screen.add_password_again.setText("rode fiets blauw")
    qtbot.mouseClick(screen.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "al een operator" in screen.operator_message.text(), timeout=10000)
    assert screen.operators.count() == 3


def test_coordinator_disables_an_operator_after_confirming_who_then_cannot_sign_in(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _open_operators(qtbot, ki)
    _select(screen, "wil")
    qtbot.mouseClick(screen.disable, Qt.MouseButton.LeftButton)
    assert screen.confirm_box.isVisible()
    assert "wil uitschakelen?" in screen.confirm_text.text()
    qtbot.mouseClick(screen.confirm_no, Qt.MouseButton.LeftButton)  # cancelled: nothing happens
    assert not screen.confirm_box.isVisible()
    assert _item_text(screen, "wil").endswith("· actief")
    qtbot.mouseClick(screen.disable, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.confirm_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _item_text(screen, "wil").endswith("· uitgeschakeld"), timeout=10000)
    assert screen.operator_message.text() == "wil is uitgeschakeld."
    _select(screen, "wil")
    assert not screen.disable.isEnabled() and not screen.change_password.isEnabled()
    assert not _sign_out_and_try(qtbot, ki, "wil", TRAINING_PASSWORD)
    assert ki.controller.last_error == "SignInRefused"
    assert ki.controller.current_screen == "sign_in"


def test_disabling_the_last_coordinator_is_refused_with_a_visible_message(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _open_operators(qtbot, ki)
    _select(screen, "coordinator")
    qtbot.mouseClick(screen.disable, Qt.MouseButton.LeftButton)
    assert "Uzelf uitschakelen?" in screen.confirm_text.text()
    qtbot.mouseClick(screen.confirm_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "laatste actieve coördinator" in screen.operator_message.text(), timeout=10000)
    assert screen.operator_message.isVisible()
    assert ki.controller.current_screen == "coordinator"  # still signed in, still a coordinator
    assert _item_text(screen, "coordinator").endswith("· actief")
    assert ki.window.grab().save(str(ARTIFACTS / "coordinator-last-coordinator-nl.png"))
    ki.switcher.switch("fr")  # the screen reloads its list in French: choose again
    qtbot.waitUntil(lambda: _item_text(screen, "coordinator").endswith("· actif"), timeout=10000)
    _select(screen, "coordinator")
    qtbot.mouseClick(screen.disable, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.confirm_yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "dernier coordinateur actif" in screen.operator_message.text(), timeout=10000)
    assert ki.window.grab().save(str(ARTIFACTS / "coordinator-last-coordinator-fr.png"))


def test_coordinator_sets_a_new_password_that_then_signs_in(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _open_operators(qtbot, ki)
    _select(screen, "vrijwilliger")
    qtbot.mouseClick(screen.change_password, Qt.MouseButton.LeftButton)
    assert screen.password_box.isVisible()
    assert screen.password_box.title() == "Nieuw wachtwoord voor vrijwilliger"
    screen.new_password.setText("nieuw-wachtwoord")
    screen.new_password_again.setText("nieuw-wachtwoord")
    screen.add_password.setText("half-getypt")
    assert ki.window.grab().save(str(ARTIFACTS / "coordinator-new-password-nl.png"))
    qtbot.mouseClick(screen.password_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is veranderd" in screen.operator_message.text(), timeout=10000)
    assert screen.new_password.text() == ""
    assert not _sign_out_and_try(qtbot, ki, "vrijwilliger", TRAINING_PASSWORD)
    assert screen.add_password.text() == "" and screen.operators.count() == 0  # signing out wiped the screen
    assert _sign_out_and_try(qtbot, ki, "vrijwilliger", "nieuw-wachtwoord")


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
    qtbot.mouseClick(screen.change_password, Qt.MouseButton.LeftButton)
    screen.new_password.setText("weer-open")
    screen.new_password_again.setText("weer-open")
    qtbot.mouseClick(screen.password_save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _item_text(screen, "wil").endswith("· actief"), timeout=10000)
    assert _sign_out_and_try(qtbot, ki, "wil", "weer-open")


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
    qtbot.waitUntil(
        lambda: ki.controller.session.lookup is not None, timeout=10000
    )  # the register knows them
    confirm_with_pin(qtbot, ki.kiosk)
    ki.controller.finish()
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
    qtbot.waitUntil(lambda: screen.statistics.rowCount() == 1, timeout=10000)
    headers = [
        screen.statistics.horizontalHeaderItem(c).text().replace("\n", " ")
        for c in range(screen.statistics.columnCount())
    ]
    cells = dict(
        zip(headers, (screen.statistics.item(0, c).text() for c in range(len(headers))), strict=True)
    )
    assert cells["Dag"] == "2026-11-27"
    assert cells["Bezoeken"] == "<5" and cells["Volwassenen bevestigd"] == "<5"
    assert cells["Dossiers volledig"] == "0"  # Pieter has not confirmed yet
    assert cells["Wachtend op register"] == "<5" and cells["In gevaar"] == "<5"
    row = screen.rows[0]
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
    screen.export_csv(out)
    header, line = out.read_text(encoding="utf-8").splitlines()
    assert header.startswith("day,location,visits,adults_confirmed,dossiers_complete,waiting,at_risk,")
    assert line == "2026-11-27,oefenmodus,<5,<5,0,<5,<5,<5,0,0"
    text = out.read_text(encoding="utf-8")
    assert screen.export_message.text() == f"Bewaard: {out}"
    assert not screen.export_csv(tmp_path / "no-such-folder" / "x.csv")  # a clear message, no crash
    assert "kon niet bewaard worden" in screen.export_message.text()
    for secret in [*personal_data_of("nl-citizen-18"), "88110210514", "De Smet", "201905140017"]:
        assert secret not in text


def test_every_label_of_the_coordinator_screen_is_translated_in_french_and_english(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = _open_operators(qtbot, ki)
    dutch = {label.text() for label in screen.findChildren(QLabel) if label.text()}
    for language in ("fr", "en"):
        ki.switcher.switch(language)
        translated = {label.text() for label in screen.findChildren(QLabel) if label.text()}
        assert not (translated & dutch) - {"Operators"}, language
        assert screen.add.text() != "Operator toevoegen"
        headers = [screen.statistics.horizontalHeaderItem(c).text() for c in range(2, 7)]
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
