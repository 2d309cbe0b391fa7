"""A volunteer cannot reach staff-only or coordinator actions (the UI part; the core checks again).

The same checks raise `PermissionDenied` below the widgets, in the core's visit (`kiosk.visit`), so a
hidden button clicked by code, or an event sent to the visit directly, still cannot do the action.
"""

from __future__ import annotations

import pytest

from kiosk.errors import PermissionDenied
from kiosk.ports import PartialDate
from tests.ui.helpers import (
    answer_questions,
    choose_role,
    pass_evidence,
    sign_in,
    sign_in_and_read,
    wait_for_screen,
)
from ui.staff_check import record_visual_check

pytestmark = pytest.mark.ui


def _visible(widget) -> bool:  # type: ignore[no-untyped-def]
    return widget.isVisibleTo(widget.window())


def _to_confirm(ki) -> None:  # type: ignore[no-untyped-def]
    """From the household screen, the card holder's questions and evidence: their confirm screen."""
    ki.controller.apply(lambda v: v.go_to_questions())
    answer_questions(ki.kiosk)
    pass_evidence(ki.kiosk)
    assert ki.controller.current_screen == "confirm"


def test_volunteer_sees_no_staff_actions(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "vrijwilliger", "tampered-address")
    ctl = ki.controller
    identity = ki.window.screens["identity"]
    assert not identity.proceed.isEnabled()
    assert not _visible(identity.staff_accept)
    assert "medewerker van WIL" in identity.verdict.text()
    with pytest.raises(PermissionDenied):
        identity._staff_accept()
    with pytest.raises(PermissionDenied):
        record_visual_check(ctl, lambda: None, lambda _e: None)
    with pytest.raises(PermissionDenied):
        ctl.apply(lambda v: v.visual_check_recorded())
    with pytest.raises(PermissionDenied):
        ctl.apply(lambda v: v.identity_confirmed())  # the card's gate holds in the core too
    assert not identity.proceed.isEnabled() and not ctl.visit.card.visual_check_done

    ki.panel.insert_card("nl-citizen-18")  # another adult: the privacy notice first
    wait_for_screen(qtbot, ki.kiosk, "privacy")
    ctl.apply(lambda v: v.acknowledge_privacy())
    qtbot.waitUntil(
        lambda: ctl.visit.card is not None and ctl.visit.card.identity.surname == "Janssens", timeout=10000
    )
    qtbot.waitUntil(lambda: ctl.visit.lookup_settled, timeout=10000)
    ctl.apply(lambda v: v.identity_confirmed())
    # The first card was unknown at the register: a new registration, where the operator chooses roles.
    assert ctl.current_screen == "household"
    choose_role(ki.kiosk)
    household = ki.window.screens["household"]
    assert not _visible(household.add_adult)
    with pytest.raises(PermissionDenied):
        household._open_adult_form()
    members = len(ctl.visit.dossier.members)
    with pytest.raises(PermissionDenied):
        ctl.apply(lambda v: v.add_adult_by_hand("X", "Y", PartialDate(1980, 1, 1), "80010100107"))
    assert len(ctl.visit.dossier.members) == members

    _to_confirm(ki)
    confirm = ki.window.screens["confirm"]
    assert not _visible(confirm.attest)
    with pytest.raises(PermissionDenied):
        confirm._attest()
    with pytest.raises(PermissionDenied):
        ctl.apply(lambda v: v.start_attestation())
    assert ctl.visit.attesting_for is None


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
    # Unknown at the register: a new registration, whose roles the operator chooses on the household.
    assert ki.controller.current_screen == "household"
    choose_role(ki.kiosk)
    household = ki.window.screens["household"]
    assert _visible(household.add_adult)
    household.add_adult.click()
    form = household.form
    assert _visible(form.national_number)
    form.first_name.setText("Fatma")
    form.surname.setText("Oefen")
    form.national_number.setText("80.01.01-001.07")  # WIL staff type it: the statement names it
    form.save.click()
    assert [m.added_by_hand for m in ki.controller.visit.dossier.members] == [False, True]
    _to_confirm(ki)
    assert _visible(ki.window.screens["confirm"].attest)


def test_coordinator_reaches_management_but_not_staff_actions(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "coordinator", "nl-citizen-18")
    ki.controller.apply(lambda v: v.identity_confirmed())
    ki.controller.apply(lambda v: v.back_to_household())
    assert not _visible(ki.window.screens["household"].add_adult)
    ki.controller.end_visit()
    ki.controller.go("home")
    assert _visible(ki.window.screens["home"].coordinator)
    ki.window.screens["home"].coordinator.click()
    assert ki.controller.current_screen == "coordinator"
    assert _visible(ki.window.screens["coordinator"].tabs)


def test_the_core_refuses_a_volunteers_staff_actions_on_the_household(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Even with every widget bypassed, the visit checks the operator's roles itself."""
    sign_in_and_read(qtbot, ki.kiosk, "vrijwilliger")
    ctl = ki.controller
    ctl.apply(lambda v: v.identity_confirmed())
    ctl.apply(lambda v: v.back_to_household())
    visit = ctl.visit
    pieter = next(m for m in visit.dossier.members if m.first_names.startswith("Pieter"))
    ctl.apply(lambda v: v.mark_absent(pieter.member_id, "hospital"))  # anyone may mark an adult absent
    with pytest.raises(PermissionDenied):
        ctl.apply(lambda v: v.record_volmacht(pieter.member_id, "shown_at_counter", None, "88110210514"))
    assert visit.signers_for_absent() == [] and pieter.national_number is None
    with pytest.raises(PermissionDenied):
        ctl.apply(lambda v: v.start_on_behalf(pieter.member_id))
    ctl.apply(lambda v: v.go_to_questions())
    answer_questions(ki.kiosk, yes=frozenset({"still_wants_registration", "income_changed"}))
    evidence_type, member_id = visit.evidence_wanted()[0]
    with pytest.raises(PermissionDenied):
        ctl.apply(lambda v: v.set_evidence_state(evidence_type, member_id, "shown_at_counter"))
    item = visit.evidence_item(evidence_type, member_id)
    assert item is None or item.state != "shown_at_counter"
