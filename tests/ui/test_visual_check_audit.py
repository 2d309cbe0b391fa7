"""WIL staff's visual check of a doubtful card is written to the audit trail through the core.

Who (the staff operator), which verdict, when (the fake clock's time), for which visit: and nothing
about whose card it was. Real training back end, real SQLite store, in-process virtual cards.
"""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import select

from kiosk import audit
from kiosk.models import AuditEvent
from tests.ui.helpers import personal_data_of, sign_in_and_read

pytestmark = pytest.mark.ui


def _checks(ki) -> list[AuditEvent]:  # type: ignore[no-untyped-def]
    with ki.backend.store.begin() as session:
        events = session.scalars(select(AuditEvent).where(AuditEvent.action == "card_visual_check"))
        return list(events)


def _visible(widget) -> bool:  # type: ignore[no-untyped-def]
    return widget.isVisibleTo(widget.window())


@pytest.mark.parametrize(("card", "verdict"), [("tampered-address", "tampered"), ("expired", "expired")])
def test_staffs_visual_check_is_audited_with_operator_verdict_and_time(
    ki, qtbot, card: str, verdict: str
) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", card)
    ctl = ki.controller
    identity = ki.window.screens["identity"]
    assert _visible(identity.staff_accept)
    assert _checks(ki) == []
    identity.staff_accept.click()
    qtbot.waitUntil(lambda: ctl.visit.card.visual_check_done, timeout=5000)
    assert not _visible(identity.staff_accept) and identity.proceed.isEnabled()
    assert _visible(identity.staff_note) and "bekeken" in identity.staff_note.text()

    [event] = _checks(ki)
    assert (event.actor, event.subject) == ("wil", ctl.visit.meta.visit_id)
    assert json.loads(event.details) == {"verdict": verdict, "outcome": "accepted"}
    assert event.at.replace(tzinfo=ki.clock.now().tzinfo) == ki.clock.now()
    written = f"{event.actor} {event.action} {event.subject} {event.details}"
    assert not any(secret in written for secret in personal_data_of(card))
    with ki.backend.store.begin() as session:
        assert audit.verify(session, ki.backend.store.device).ok


def test_a_genuine_card_offers_no_visual_check(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", "nl-citizen-18")
    assert not _visible(ki.window.screens["identity"].staff_accept)


def test_a_check_holds_only_for_the_card_that_was_in_the_reader(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", "tampered-photo")
    ctl = ki.controller
    gate = threading.Event()
    ctl.terminal.db.submit(lambda: gate.wait(10), lambda _r: None, lambda _e: None)  # the worker is busy
    ki.window.screens["identity"].staff_accept.click()  # the audit write waits behind it
    ki.panel.remove_card()
    ki.panel.insert_card("tampered-photo")  # another insertion: a new read, not the card staff looked at
    qtbot.waitUntil(lambda: ctl.visit.card is not None, timeout=10000)
    card = ctl.visit.card
    gate.set()
    qtbot.waitUntil(lambda: len(_checks(ki)) == 1, timeout=5000)
    qtbot.wait(50)  # the worker's answer reaches the GUI thread
    assert ctl.visit.card is card and not card.visual_check_done
    assert not ki.window.screens["identity"].proceed.isEnabled()
