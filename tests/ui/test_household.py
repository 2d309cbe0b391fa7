"""Household: add a minor by hand, refuse an adult's birth date there, mark an adult absent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from tests.ui.helpers import sign_in_and_read

pytestmark = pytest.mark.ui


def test_anyone_adds_a_minor_by_hand(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.window.screens["identity"].proceed.click()
    screen = ki.window.screens["household"]
    screen.add_minor.click()
    screen.first_name.setText("Noor")
    screen.surname.setText("De Smet")
    screen.birth.setDate(QDate(2015, 6, 1))
    screen.save_member.click()
    members = ki.controller.session.members
    assert [(m.first_names, m.adult, m.role) for m in members][1] == ("Noor", False, "child")
    assert "Noor De Smet: kind" in [screen.members.item(i).text() for i in range(screen.members.count())]


def test_an_adult_cannot_be_added_as_a_minor(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.window.screens["identity"].proceed.click()
    screen = ki.window.screens["household"]
    screen.add_minor.click()
    screen.first_name.setText("Jan")
    screen.surname.setText("Oefen")
    screen.birth.setDate(QDate(1990, 1, 1))
    screen.save_member.click()
    assert len(ki.controller.session.members) == 1
    assert screen.error.isVisibleTo(screen) and "volwassen" in screen.error.text()


def test_an_adult_is_marked_absent_with_a_reason(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)
    ki.window.screens["identity"].proceed.click()
    screen = ki.window.screens["household"]
    screen.members.setCurrentRow(0)
    screen.absence.setCurrentIndex(screen.absence.findData("hospital"))
    screen.mark_absent.click()
    member = ki.controller.session.members[0]
    assert (member.state.value, member.absence_reason) == ("absent", "hospital")
    assert ki.controller.session.progress() == (1, 1)
