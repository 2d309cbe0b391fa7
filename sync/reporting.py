"""What sync passes did, for the log of the kiosk (`kiosk.log`) and of `kiosk sync` (`sync.log`).

Ids, counts and the register's reasons only: a submission id names no one, and the register's
problem texts carry no personal data (`resources/register-api.yaml`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sync.engine import SyncReport

log = logging.getLogger("sync")


@dataclass
class SyncLog:
    """Logs each pass that did something or changed the state (online, offline, refused).

    The kiosk syncs every minute: idle passes in the same state go to DEBUG, so a week offline
    is one line, not ten thousand, and the size-capped log keeps months of history.
    """

    last_state: str = ""

    def record(self, report: SyncReport, waiting: dict[str, int]) -> None:
        """Log one pass: a summary line, one per quarantined submission, one per warning."""
        state = "offline" if report.offline else "refused (token)" if report.auth_failed else "online"
        busy = report.acknowledged or report.quarantined or report.retried or report.warnings
        level = logging.INFO if busy or state != self.last_state else logging.DEBUG
        self.last_state = state
        log.log(
            level,
            "sync %s: %d acknowledged, %d retried, %d quarantined, %d still queued",
            state,
            len(report.acknowledged),
            report.retried,
            len(report.quarantined),
            waiting.get("queued", 0) + waiting.get("sending", 0),
        )
        for submission_id, reason in report.quarantined:
            log.warning("submission %s quarantined: %s", submission_id, reason)
        for warning in report.warnings:
            log.warning("sync: %s", warning)


def log_report(report: SyncReport, waiting: dict[str, int]) -> None:
    """Log one pass of a process that syncs once (`kiosk sync`)."""
    SyncLog().record(report, waiting)
