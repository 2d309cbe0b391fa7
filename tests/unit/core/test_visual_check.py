"""WIL staff's visual check of a doubtful card is recorded in the audit chain, without personal data."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from kiosk import audit
from kiosk.domain import Role
from kiosk.errors import PermissionDenied
from kiosk.models import AuditEvent
from kiosk.ports import Authenticity
from kiosk.store import Unlocked, add_operator
from kiosk.visual_check import VISUAL_CHECK_ACTION, record_visual_check
from tests.unit.core.conftest import NOW, Terminal

VISIT_ID = "6f1c9a52-4a43-4f0e-9a0c-2b0d8e9b1c11"


def _sign_in(terminal: Terminal, name: str, role: Role) -> Unlocked:
    coordinator = terminal.sign_in()
    with terminal.store.begin() as session:
        add_operator(session, coordinator, name, frozenset({role}), f"oefen-{name}-12", NOW)
    return terminal.store.sign_in(name, f"oefen-{name}-12", NOW)


def _events(terminal: Terminal) -> list[AuditEvent]:
    with terminal.store.begin() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))


@pytest.mark.parametrize("verdict", [Authenticity.TAMPERED, Authenticity.UNVERIFIABLE, Authenticity.EXPIRED])
def test_staffs_visual_check_is_audited_with_operator_verdict_and_time(
    terminal: Terminal, verdict: Authenticity
) -> None:
    staff = _sign_in(terminal, "wil", Role.WIL_STAFF)
    with terminal.store.begin() as session:
        record_visual_check(
            session, staff, staff.context("T-1", "Genk"), verdict=verdict, visit_id=VISIT_ID, now=NOW
        )
    last = _events(terminal)[-1]
    assert (last.action, last.actor, last.subject) == (VISUAL_CHECK_ACTION, "wil", VISIT_ID)
    assert json.loads(last.details) == {"verdict": verdict.value, "outcome": "accepted"}
    assert last.at.replace(tzinfo=NOW.tzinfo) == NOW
    with terminal.store.begin() as session:
        assert audit.verify(session, terminal.store.device).ok


@pytest.mark.parametrize("role", [Role.VOLUNTEER, Role.COORDINATOR])
def test_only_wil_staff_can_record_a_visual_check(terminal: Terminal, role: Role) -> None:
    other = _sign_in(terminal, "someone", role)
    before = len(_events(terminal))
    with terminal.store.begin() as session, pytest.raises(PermissionDenied):
        record_visual_check(
            session,
            other,
            other.context("T-1", "Genk"),
            verdict=Authenticity.TAMPERED,
            visit_id=VISIT_ID,
            now=NOW,
        )
    assert len(_events(terminal)) == before


def test_a_genuine_card_needs_no_visual_check(terminal: Terminal) -> None:
    staff = _sign_in(terminal, "wil", Role.WIL_STAFF)
    with terminal.store.begin() as session, pytest.raises(ValueError, match="needs a visual check"):
        record_visual_check(
            session,
            staff,
            staff.context("T-1", "Genk"),
            verdict=Authenticity.GENUINE,
            visit_id=VISIT_ID,
            now=NOW,
        )


def test_the_context_must_be_the_signed_in_operators(terminal: Terminal) -> None:
    staff = _sign_in(terminal, "wil", Role.WIL_STAFF)
    borrowed = staff.context("T-1", "Genk")
    coordinator = terminal.sign_in()
    with terminal.store.begin() as session, pytest.raises(PermissionDenied):
        record_visual_check(
            session, coordinator, borrowed, verdict=Authenticity.TAMPERED, visit_id=VISIT_ID, now=NOW
        )


def test_a_visit_id_that_looks_like_a_national_number_is_refused(terminal: Terminal) -> None:
    staff = _sign_in(terminal, "wil", Role.WIL_STAFF)
    with terminal.store.begin() as session, pytest.raises(ValueError, match="national number"):
        record_visual_check(
            session,
            staff,
            staff.context("T-1", "Genk"),
            verdict=Authenticity.TAMPERED,
            visit_id="95022812277",
            now=NOW,
        )
