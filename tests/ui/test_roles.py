"""A volunteer cannot reach staff-only or coordinator actions (issue 6, acceptance 2: the UI part).

The same checks raise `PermissionDenied` below the widgets (the UI's session, and the core once
`kiosk/visit.py` lands), so a hidden button clicked by code still cannot do the action.
"""

from __future__ import annotations

import pytest

from kiosk.errors import PermissionDenied
from kiosk.ports import PartialDate
from tests.ui.helpers import sign_in, sign_in_and_read

pytestmark = pytest.mark.ui


def _visible(widget) -> bool:  # type: ignore[no-untyped-def]
    return widget.isVisibleTo(widget.window())


def test_volunteer_sees_no_staff_actions(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "vrijwilliger", "tampered-address")
    identity = ki.window.screens["identity"]
    assert not identity.proceed.isEnabled()
    assert not _visible(identity.staff_accept)
    assert "medewerker van WIL" in identity.verdict.text()
    with pytest.raises(PermissionDenied):
        identity._staff_accept()
    assert not identity.proceed.isEnabled()

    ki.panel.insert_card("nl-citizen-18")
    qtbot.waitUntil(
        lambda: (
            ki.controller.session.identity is not None
            and ki.controller.session.identity.surname == "Janssens"
        )
    )
    ki.controller.go("household")
    household = ki.window.screens["household"]
    assert not _visible(household.add_adult)
    with pytest.raises(PermissionDenied):
        household._open_form(adult=True)
    with pytest.raises(PermissionDenied):
        ki.controller.session.add_adult_by_hand("X", "Y", PartialDate(1980, 1, 1))

    ki.controller.go("confirm")
    confirm = ki.window.screens["confirm"]
    assert not _visible(confirm.attest)
    with pytest.raises(PermissionDenied):
        confirm._attest()
    member = ki.controller.current_member()
    with pytest.raises(PermissionDenied):
        ki.controller.session.mark_attested(member.member_id)


def test_volunteer_has_no_coordinator_screen(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ki.kiosk)
    assert not _visible(ki.window.screens["home"].coordinator)
    ki.controller.go("coordinator")
    screen = ki.window.screens["coordinator"]
    assert not _visible(screen.tabs)
    assert _visible(screen.denied)


def test_wil_staff_sees_staff_actions(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", "tampered-address")
    identity = ki.window.screens["identity"]
    assert _visible(identity.staff_accept)
    identity.staff_accept.click()
    qtbot.waitUntil(identity.proceed.isEnabled, timeout=5000)  # once the core audited the check
    identity.proceed.click()
    assert ki.controller.current_screen == "declarations"  # an adult to confirm: straight to questions
    ki.controller.go("household")
    household = ki.window.screens["household"]
    assert _visible(household.add_adult)
    household.add_adult.click()
    household.first_name.setText("Fatma")
    household.surname.setText("Oefen")
    household.national_number.setText("80.01.01-001.07")  # WIL staff type it: the statement names it
    household.save_member.click()
    assert [m.added_by_hand for m in ki.controller.session.members] == [False, True]
    ki.controller.go("confirm")
    assert _visible(ki.window.screens["confirm"].attest)


def test_coordinator_reaches_management_but_not_staff_actions(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "coordinator", "nl-citizen-18")
    ki.controller.go("household")
    assert not _visible(ki.window.screens["household"].add_adult)
    ki.controller.end_visit()
    ki.controller.go("home")
    assert _visible(ki.window.screens["home"].coordinator)
    ki.window.screens["home"].coordinator.click()
    assert ki.controller.current_screen == "coordinator"
    assert _visible(ki.window.screens["coordinator"].tabs)


def test_the_core_refuses_a_volunteers_staff_actions_at_visit_end(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Even if a widget were bypassed, saving the visit runs the core's own role checks."""
    from ui.session import Member, VisitSession
    from ui.visit_end import finish_visit

    sign_in(qtbot, ki.kiosk, "vrijwilliger")
    qtbot.waitUntil(lambda: ki.backend.unlocked is not None)
    session = VisitSession()
    session.start(ki.clock.now())
    session.members.append(
        Member(
            "m1", "Oefen", "Jan", PartialDate(1980, 1, 1), "reference_tenant", adult=True, added_by_hand=True
        )
    )
    with pytest.raises(PermissionDenied):
        finish_visit(ki.backend, session, None)
