"""The operator's home screen: alerts of a real sync pass, and dossiers whose deadline has passed.

The sync runs against the training back end's own in-process register simulator; the terminal is
revoked there as the register's administrator would (`Register.revoke_terminal`). The store, the
drafts and the at-risk list are the training back end's real ones.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sync.simulator import models as m
from sync.simulator.register import Register, RegisterSettings
from tests.ui.conftest import KioskUnderTest
from tests.ui.helpers import leaks, sign_in, sign_in_and_read

pytestmark = pytest.mark.ui

DEADLINE = "16 december 2026"  # the seeded letter of household 201905140017 plus the rules' days


def _the_register(ki: KioskUnderTest) -> Register:
    """The training simulator's register, opened on its own database (the administrator's view)."""
    db = ki.backend.store.data_dir / "register-sim.db"
    return Register(f"sqlite:///{db}", RegisterSettings(seed_training=False))


def _set_revoked(ki: KioskUnderTest, revoked: bool) -> None:
    register = _the_register(ki)
    try:
        with register.session() as s:
            terminal = s.get(m.Terminal, ki.backend.terminal_id)
            assert terminal is not None, "the training terminal is enrolled at the simulator"
            terminal.revoked = revoked
    finally:
        register.close()


def _sync_from_home(ki: KioskUnderTest, qtbot) -> object:  # type: ignore[no-untyped-def]
    """Press "Nu verzenden" on the home screen; the report of the pass."""
    with qtbot.waitSignal(ki.controller.terminal.sync_finished, timeout=30_000) as finished:
        ki.window.screens["home"].sync_now.click()
    return finished.args[0]


def _clock_off_by_a_day(ki: KioskUnderTest) -> None:
    """Put the kiosk's clock a day away from the register's (the simulator runs on real time)."""
    off = datetime.now(UTC) - ki.clock.now()
    if abs(off) < timedelta(hours=1):
        ki.clock.advance((off + timedelta(days=1)).total_seconds())


def test_a_revoked_terminal_is_said_on_the_home_screen_until_a_sync_works_again(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ki.kiosk)
    home = ki.window.screens["home"]
    assert not home.alerts.isVisible()
    _set_revoked(ki, True)
    report = _sync_from_home(ki, qtbot)
    assert getattr(report, "auth_failed", False)
    qtbot.waitUntil(home.alerts.isVisible, timeout=5000)
    assert "Het register weigert deze kiosk" in home.alerts.text()
    assert "kiosk enroll" in home.alerts.text()  # and what to do about it
    assert "melding voor de operator" in ki.window.sync_strip.state.text()  # said on every screen

    _set_revoked(ki, False)  # the coordinator had it enrolled again (here: the same token works)
    report = _sync_from_home(ki, qtbot)
    assert not getattr(report, "auth_failed", True)
    assert "Het register weigert deze kiosk" not in home.alerts.text()  # no stale alert


def test_a_clock_that_differs_from_the_registers_is_said_on_the_home_screen(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    _clock_off_by_a_day(ki)
    sign_in(qtbot, ki.kiosk)
    home = ki.window.screens["home"]
    report = _sync_from_home(ki, qtbot)
    assert not getattr(report, "auth_failed", True) and not getattr(report, "offline", True)
    qtbot.waitUntil(home.alerts.isVisible, timeout=5000)
    assert "De klok van deze computer loopt meer dan 5 minuten anders" in home.alerts.text()


def test_a_draft_whose_deadline_has_passed_is_listed_at_risk(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk)  # Sofie: the register's household with its letter
    ki.controller.apply(lambda v: v.identity_confirmed())
    ki.controller.apply(lambda v: v.back_to_household())
    with qtbot.waitSignal(ki.controller.draft_saved, timeout=10_000) as saved:
        ki.controller.end_visit(keep=True)  # nobody signed: a draft is kept all the same
    reference = saved.args[0].local_reference
    ki.controller.sign_out()

    ki.clock.advance(timedelta(days=22).total_seconds())  # 19 December: the deadline has passed
    sign_in(qtbot, ki.kiosk)
    home = ki.window.screens["home"]
    qtbot.waitUntil(lambda: reference in home.at_risk.text(), timeout=10_000)
    lines = home.at_risk.text().splitlines()
    assert lines[0] == "1 dossier heeft een termijn die bijna of al voorbij is. Bel dit gezin:"
    assert f"• {reference}: termijn voorbij sinds {DEADLINE}" in lines
    assert any(reference in home.drafts.item(i).text() for i in range(home.drafts.count()))
    assert leaks(ki.kiosk, "nl-citizen-18") == []  # the next candidate may see this screen
