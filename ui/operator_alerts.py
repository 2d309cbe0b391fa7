"""What the operator must know about this terminal: every alert of the last sync, and the offline lease.

Qt-free, so it is tested without a window. The sync engine's report says what went wrong (the
register refused the token, the clock is off, the audit log went backwards); the home screen and
the sync strip show each alert until a later pass no longer reports it. No alert carries personal
data: the engine's messages name kinds and counts only.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.queries import OfflineLease


class AlertKind(enum.StrEnum):
    """The kinds of alert the operator's screen has words for."""

    AUTH_REFUSED = "auth_refused"  # the register refused this terminal's token: enroll again
    CLOCK_SKEW = "clock_skew"  # the computer's clock differs from the register's
    AUDIT = "audit"  # the register found this terminal's audit log changed or gone backwards
    LEASE_WARN = "lease_warn"  # days without a successful sync: connect soon
    LEASE_REFUSE = "lease_refuse"  # too long without a sync: no new visits
    OTHER = "other"  # any later alert of the engine, shown with its own (English) words


@dataclass(frozen=True)
class Alert:
    """One alert: its kind, and the engine's own words or the days offline as detail."""

    kind: AlertKind
    detail: str = ""


# The engine's warnings that are not alerts for the operator (a pass that will simply run again).
_ROUTINE = ("busy", "updates could not be fetched")


class OperatorAlerts:
    """The alerts to show now: those of the last sync pass, then the lease's."""

    def __init__(self) -> None:
        self._sync: tuple[Alert, ...] = ()
        self._lease: tuple[Alert, ...] = ()

    def add_report(self, report: object) -> None:
        """Take the alerts of a finished sync pass (a `SyncReport`, or the exception it raised)."""
        if isinstance(report, BaseException):
            return  # an error without a report says nothing new about the register's view
        found: list[Alert] = []
        if getattr(report, "auth_failed", False):
            found.append(Alert(AlertKind.AUTH_REFUSED))
        found += _typed(getattr(report, "alerts", ()))
        found += [_from_warning(w) for w in getattr(report, "warnings", ()) if not w.startswith(_ROUTINE)]
        self._sync = tuple(dict.fromkeys(found))  # once each, in the order found

    def set_lease(self, lease: OfflineLease) -> None:
        """The offline lease as the store reckons it now."""
        state, days = lease.state.value, str(lease.days_offline or 0)
        if state == "refuse":
            self._lease = (Alert(AlertKind.LEASE_REFUSE, days),)
        elif state == "warn":
            self._lease = (Alert(AlertKind.LEASE_WARN, days),)
        else:
            self._lease = ()

    def current(self) -> tuple[Alert, ...]:
        """Every alert to show now."""
        return self._sync + self._lease


def _typed(alerts: Iterable[object]) -> list[Alert]:
    """The engine's typed alerts (a `kind` with a value, and a message), mapped onto ours."""
    mapped = []
    for alert in alerts:
        value = str(getattr(getattr(alert, "kind", ""), "value", getattr(alert, "kind", "")))
        message = str(getattr(alert, "message", ""))
        kind = next((k for k in AlertKind if k.value == value or value.startswith(k.value)), None)
        if kind is None and "audit" in value:
            kind = AlertKind.AUDIT
        mapped.append(Alert(kind or AlertKind.OTHER, "" if kind else message))
    return mapped


def _from_warning(warning: str) -> Alert:
    if "clock" in warning:
        return Alert(AlertKind.CLOCK_SKEW)
    if "audit" in warning:
        return Alert(AlertKind.AUDIT)
    return Alert(AlertKind.OTHER, warning)
