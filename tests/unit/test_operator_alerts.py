"""Every alert of the sync engine, and the offline lease, reach the operator's list (no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.queries import LeaseState, OfflineLease
from sync.engine import SyncReport
from ui.operator_alerts import Alert, AlertKind, OperatorAlerts

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


def test_an_engine_alert_reaches_the_operator_until_a_pass_no_longer_reports_it() -> None:
    alerts = OperatorAlerts()
    report = SyncReport(auth_failed=True)
    report.warnings.append("this computer's clock differs from the register's by more than 5 minutes")
    report.warnings.append("the register saw this terminal's audit log go backwards")
    alerts.add_report(report)
    assert alerts.current() == (
        Alert(AlertKind.AUTH_REFUSED),
        Alert(AlertKind.CLOCK_SKEW),
        Alert(AlertKind.AUDIT),
    )
    alerts.add_report(SyncReport())
    assert alerts.current() == ()


def test_an_alert_of_a_kind_not_known_yet_is_shown_in_the_engines_words() -> None:
    alerts = OperatorAlerts()
    report = SyncReport()
    report.warnings.append("the register retired API version 1 on 1 March")
    report.warnings.append("busy")  # another sync ran: nothing to tell the operator
    alerts.add_report(report)
    assert alerts.current() == (Alert(AlertKind.OTHER, "the register retired API version 1 on 1 March"),)


def test_a_failed_pass_keeps_what_the_last_report_said() -> None:
    alerts = OperatorAlerts()
    alerts.add_report(SyncReport(auth_failed=True))
    alerts.add_report(OSError("no route"))
    assert alerts.current() == (Alert(AlertKind.AUTH_REFUSED),)


def test_the_offline_lease_warns_then_refuses_with_the_days() -> None:
    alerts = OperatorAlerts()
    alerts.set_lease(OfflineLease(LeaseState.WARN, 4, NOW))
    assert alerts.current() == (Alert(AlertKind.LEASE_WARN, "4"),)
    alerts.set_lease(OfflineLease(LeaseState.REFUSE, 15, NOW))
    assert alerts.current() == (Alert(AlertKind.LEASE_REFUSE, "15"),)
    alerts.set_lease(OfflineLease(LeaseState.OK, 0, NOW))
    assert alerts.current() == ()


def test_the_engines_typed_alerts_reach_the_operator() -> None:
    from sync.engine import AlertKind as EngineKind
    from sync.engine import SyncAlert

    alerts = OperatorAlerts()
    report = SyncReport()
    report.alerts += [
        SyncAlert(EngineKind.AUDIT_MISMATCH, "the register found this terminal's audit log rewritten"),
        SyncAlert(EngineKind.AUDIT_ROLLBACK, "the register saw this terminal's audit log go backwards"),
        SyncAlert(EngineKind.RESTORE_DECLARED, "a restore from a backup was declared to the register"),
    ]
    alerts.add_report(report)
    assert alerts.current() == (
        Alert(AlertKind.AUDIT),
        Alert(AlertKind.OTHER, "a restore from a backup was declared to the register"),
    )
