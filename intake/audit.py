"""The worklist's audit trail: who did what, when, to which household (ids and codes, no personal data)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.statement import utc_timestamp
from sync.simulator import models as m


def record(
    s: Session, now: datetime, username: str, action: str, household_id: int | None = None, detail: str = ""
) -> None:
    """Append one entry in the caller's transaction (it commits with what it records)."""
    s.add(
        m.WorklistAudit(
            at=utc_timestamp(now), username=username, action=action, household_id=household_id, detail=detail
        )
    )


def trail(s: Session, household_id: int) -> list[m.WorklistAudit]:
    """A household's entries, oldest first."""
    return list(
        s.scalars(
            select(m.WorklistAudit)
            .where(m.WorklistAudit.household_id == household_id)
            .order_by(m.WorklistAudit.id)
        )
    )
