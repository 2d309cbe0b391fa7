"""Coordinator screens: operators, quarantine with requeue, statistics as an anonymous CSV ("<5")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kiosk.errors import PermissionDenied
from kiosk.queries import StatisticsRow
from tests.ui.helpers import confirm_with_pin, sign_in, sign_in_and_read
from ui.statistics import anonymous_csv, shown_count

pytestmark = pytest.mark.ui


def test_small_counts_are_hidden_in_the_csv() -> None:
    assert [shown_count(n) for n in (0, 1, 4, 5, 12)] == ["0", "<5", "<5", "5", "12"]
    rows = [
        StatisticsRow(date(2026, 11, 27), "Hasselt", 7, 5, 2, 3, 0, 6, 1, 4),
        StatisticsRow(date(2026, 11, 28), "=Genk", 4, 3, 1, 2, 1, 1, 2, 3),
    ]
    assert anonymous_csv(rows).splitlines() == [
        "day,location,visits,adults_confirmed,dossiers_complete,waiting,at_risk,"
        "confirmations,registrations,drafts",
        "2026-11-27,Hasselt,7,<5,6,<5,<5,5,<5,0",
        "2026-11-28,'=Genk,<5,<5,<5,<5,<5,<5,<5,<5",  # every count column; no formula for a spreadsheet
    ]


def test_coordinator_sees_operators_and_statistics(ki, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ki.kiosk, "coordinator")
    ki.window.screens["home"].coordinator.click()
    screen = ki.window.screens["coordinator"]
    operators = screen.operators_tab.operators
    qtbot.waitUntil(lambda: operators.count() == 3, timeout=5000)
    names = sorted(operators.item(i).text().split(":")[0] for i in range(3))
    assert names == ["coordinator", "vrijwilliger", "wil"]
    out = tmp_path / "stats.csv"
    assert screen.statistics_tab.export_csv(out)
    assert out.read_text().startswith("day,location,visits")


def test_the_core_refuses_statistics_to_a_volunteer(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in(qtbot, ki.kiosk, "vrijwilliger")
    with pytest.raises(PermissionDenied):
        ki.backend.statistics()
    with pytest.raises(PermissionDenied):
        ki.backend.operators()
    with pytest.raises(PermissionDenied):
        ki.backend.requeue(1)


def test_coordinator_requeues_a_quarantined_submission(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A confirmed visit saved and queued, refused for good (quarantined), put back by the coordinator."""
    from sqlalchemy import select

    from kiosk import outbox as core_outbox
    from kiosk.models import AuditEvent

    sign_in_and_read(qtbot, ki.kiosk, "vrijwilliger")
    confirm_with_pin(qtbot, ki.kiosk)
    ki.controller.apply(lambda v: v.go_to_review())
    ki.window.screens["review"].finish.click()
    qtbot.waitUntil(lambda: ki.controller.current_screen == "receipt", timeout=10000)
    with ki.backend.store.begin() as s:
        entries = core_outbox.due_entries(s, ki.clock.now())
        assert entries, "the confirmed visit was queued"
        for entry in entries:
            core_outbox.quarantine(s, entry.id, "register refused: test")
    ki.controller.end_visit()
    ki.controller.sign_out()
    sign_in(qtbot, ki.kiosk, "coordinator")
    ki.window.screens["home"].coordinator.click()
    screen = ki.window.screens["coordinator"]
    qtbot.waitUntil(lambda: screen.quarantine.count() == len(entries), timeout=5000)
    assert "register refused: test" in screen.quarantine.item(0).text()
    screen.tabs.setCurrentIndex(1)
    artifacts = Path(__file__).resolve().parents[2] / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    assert ki.window.grab().save(str(artifacts / "coordinator-quarantine-nl.png"))
    screen.quarantine.setCurrentRow(0)
    screen.requeue.click()
    qtbot.waitUntil(lambda: screen.quarantine.count() == len(entries) - 1, timeout=5000)
    with ki.backend.store.begin() as s:  # the coordinator's decision is in the audit log (requeue_by)
        requeued = s.scalars(select(AuditEvent).where(AuditEvent.action == "outbox_requeued")).all()
        assert [event.actor for event in requeued] == ["coordinator"]
