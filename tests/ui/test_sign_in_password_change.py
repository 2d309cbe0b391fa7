"""An operator whose password predates the password rules sets a new one on the sign-in screen.

Real training back end (store, argon2id, audit) on the database worker; the operators with old
passwords are made as an older version made them (4 characters, no list), then this version's rules
apply. The training operators of an old training directory ("oefen") move to `TRAINING_PASSWORD`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from kiosk import passwords
from kiosk.domain import Role
from kiosk.store import TRAINING_PASSWORD, add_operator, set_password
from tests.ui.conftest import KioskUnderTest
from tests.ui.helpers import wait_for_screen
from ui.screens.sign_in import SignInScreen
from ui.terminal import RefusalKind, SignInRefusal

pytestmark = pytest.mark.ui

NEW = "drie rode fietsen"


@pytest.fixture
def old_operators(ki: KioskUnderTest) -> Iterator[KioskUnderTest]:
    """`oud` and `oud2` with password "kort", and `wil` with the former training password "oefen"."""
    with pytest.MonkeyPatch.context() as older_version:
        older_version.setattr(passwords, "MIN_PASSWORD_LENGTH", 4)
        older_version.setattr(passwords, "_common", lambda: frozenset())
        store, now = ki.backend.store, ki.clock.now()
        coordinator = store.sign_in("coordinator", TRAINING_PASSWORD, now)
        with store.begin() as session:
            for name in ("oud", "oud2"):
                add_operator(session, coordinator, name, frozenset({Role.VOLUNTEER}), "kort", now)
            set_password(session, coordinator, "wil", passwords.FORMER_TRAINING_PASSWORD, now)
    yield ki


def _screen(ki: KioskUnderTest) -> SignInScreen:
    screen = ki.window.screens["sign_in"]
    assert isinstance(screen, SignInScreen)
    return screen


def _type_and_sign_in(qtbot, screen: SignInScreen, name: str, password: str) -> None:  # type: ignore[no-untyped-def]
    screen.name.setText(name)
    screen.password.setText(password)
    qtbot.mouseClick(screen.submit, Qt.MouseButton.LeftButton)


def _new_password(qtbot, screen: SignInScreen, first: str, again: str) -> None:  # type: ignore[no-untyped-def]
    screen.new_password.setText(first)
    screen.new_password_again.setText(again)
    qtbot.mouseClick(screen.set_new, Qt.MouseButton.LeftButton)


def test_a_short_old_password_opens_the_kiosk_only_after_a_new_one_is_set(old_operators, qtbot) -> None:  # type: ignore[no-untyped-def]
    ki = old_operators
    screen = _screen(ki)
    assert f"wachtwoord {TRAINING_PASSWORD}." in screen.training_hint.text()
    _type_and_sign_in(qtbot, screen, "oud", "kort")
    qtbot.waitUntil(screen.change_box.isVisible, timeout=20000)
    assert ki.controller.terminal.operator is None and ki.controller.current_screen == "sign_in"
    assert not screen.name.isEnabled() and screen.name.text() == "oud"
    assert not screen.password.isVisible() and screen.password.text() == ""
    assert "minstens 8 tekens" in screen.change_intro.text()

    _new_password(qtbot, screen, "welkom123", "welkom123")  # checked at once, as the core will
    assert "veelgebruikte wachtwoorden" in screen.error.text() and screen.error.isVisible()
    _new_password(qtbot, screen, NEW, NEW + "!")
    assert "niet hetzelfde" in screen.error.text()
    assert ki.controller.terminal.operator is None

    _new_password(qtbot, screen, NEW, NEW)
    wait_for_screen(qtbot, ki.kiosk, "home")
    assert ki.controller.terminal.operator is not None and ki.controller.terminal.operator.name == "oud"

    ki.controller.sign_out()
    wait_for_screen(qtbot, ki.kiosk, "sign_in")
    assert not screen.change_box.isVisible() and screen.name.isEnabled()  # the next operator's empty form
    _type_and_sign_in(qtbot, screen, "oud", NEW)
    wait_for_screen(qtbot, ki.kiosk, "home")


def test_a_new_password_the_core_refuses_is_said_and_can_be_chosen_again(old_operators, qtbot) -> None:  # type: ignore[no-untyped-def]
    ki = old_operators
    screen = _screen(ki)
    _type_and_sign_in(qtbot, screen, "oud2", "kort")
    qtbot.waitUntil(screen.change_box.isVisible, timeout=20000)
    refusals: list[SignInRefusal] = []
    ki.controller.terminal.sign_in_failed.connect(refusals.append)
    ki.controller.terminal.sign_in("oud2", "kort", "aaaaaaaa")  # past the form: the core's own check
    qtbot.waitUntil(lambda: bool(refusals), timeout=20000)
    assert refusals[0].kind is RefusalKind.NEW_PASSWORD_REFUSED and refusals[0].problem == "password_pattern"
    assert "geen reeks" in screen.error.text() and screen.change_box.isVisible()
    assert screen.set_new.isEnabled() and screen.new_password.text() == ""

    qtbot.mouseClick(screen.cancel_change, Qt.MouseButton.LeftButton)  # back to the plain form
    assert not screen.change_box.isVisible() and screen.password.isVisible() and screen.name.isEnabled()


def test_an_old_training_directory_takes_the_published_training_password(old_operators, qtbot) -> None:  # type: ignore[no-untyped-def]
    ki = old_operators
    _type_and_sign_in(qtbot, _screen(ki), "wil", TRAINING_PASSWORD)
    wait_for_screen(qtbot, ki.kiosk, "home")
    assert ki.controller.terminal.operator is not None and ki.controller.terminal.operator.name == "wil"
    assert ki.backend.store.sign_in("wil", TRAINING_PASSWORD, ki.clock.now()).operator == "wil"
