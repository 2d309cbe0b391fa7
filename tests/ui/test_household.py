"""Household: add a minor by hand, refuse an adult's birth date there, mark an adult absent."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from kiosk.domain import MemberStatus
from kiosk.visit_views import visit_overview
from tests.ui.helpers import sign_in_and_read

pytestmark = pytest.mark.ui


def open_household(ki, qtbot):  # type: ignore[no-untyped-def]
    """Sofie's card read and confirmed as hers; she leaves her questions for the household screen."""
    sign_in_and_read(qtbot, ki.kiosk)
    ki.controller.apply(lambda v: v.identity_confirmed())
    ki.controller.apply(lambda v: v.back_to_household())
    assert ki.controller.current_screen == "household"
    return ki.window.screens["household"]


def _lines(screen) -> list[str]:  # type: ignore[no-untyped-def]
    return [screen.members.item(i).text() for i in range(screen.members.count())]


def _select(screen, name: str) -> None:  # type: ignore[no-untyped-def]
    row = next(i for i, text in enumerate(_lines(screen)) if text.startswith(name))
    screen.members.setCurrentRow(row)


def test_anyone_adds_a_minor_by_hand(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = open_household(ki, qtbot)
    before = len(ki.controller.visit.dossier.members)
    screen.add_minor.click()
    form = screen.form
    assert form.isVisibleTo(screen) and not form.national_number.isVisibleTo(screen)
    form.first_name.setText("Noor")
    form.surname.setText("De Smet")
    form.birth.setDate(QDate(2015, 6, 1))
    form.save.click()
    visit = ki.controller.visit
    members = visit.dossier.members
    assert len(members) == before + 1
    noor = members[-1]
    assert (noor.first_names, noor.adult_on(visit.today), noor.role) == ("Noor", False, "child")
    assert "Noor De Smet: kind" in _lines(screen)
    assert not form.isVisibleTo(screen)  # the form closes once the child is added


def test_an_adult_cannot_be_added_as_a_minor(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = open_household(ki, qtbot)
    before = len(ki.controller.visit.dossier.members)
    screen.add_minor.click()
    screen.form.first_name.setText("Jan")
    screen.form.surname.setText("Oefen")
    screen.form.birth.setDate(QDate(1990, 1, 1))
    screen.form.save.click()
    assert len(ki.controller.visit.dossier.members) == before
    assert screen.error.isVisibleTo(screen) and "volwassen" in screen.error.text()
    assert screen.form.isVisibleTo(screen)  # what was typed stays, to correct


def test_an_adult_is_marked_absent_with_a_reason(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = open_household(ki, qtbot)
    panel = screen.absence
    _select(screen, "Sofie")  # her card is in the reader: she is here, not absent
    assert not panel.mark_absent.isVisibleTo(screen)
    _select(screen, "Pieter")  # listed by the register, still to confirm, not here today
    assert panel.mark_absent.isVisibleTo(screen)
    panel.reason.setCurrentIndex(panel.reason.findData("hospital"))
    panel.mark_absent.click()
    visit = ki.controller.visit
    pieter = next(m for m in visit_overview(visit).members if m.first_names.startswith("Pieter"))
    assert (pieter.status, pieter.absence_reason) == (MemberStatus.ABSENT, "hospital")
    line = next(text for text in _lines(screen) if text.startswith("Pieter"))
    assert "afwezig: moet nog bevestigen" in line and "in het ziekenhuis" in line
    # Behaviour on purpose: an absent adult still has to confirm (paper route); nobody is done yet.
    assert visit_overview(visit).adults_done == (0, 2)
    assert panel.mark_present.isVisibleTo(screen)
    panel.mark_present.click()
    assert next(m for m in visit_overview(visit).members if m.member_id == pieter.member_id).status is (
        MemberStatus.TO_CONFIRM
    )
