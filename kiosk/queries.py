"""Read-only queries the screens need, over plaintext columns only (no key, no personal data).

- `queue_health(session, now)`: waiting count and oldest entry (from `kiosk.outbox`).
- `due_within(session, today, days, limit)`: dossiers at risk (`at_risk_clause`, shared with the
  statistics), the nearest first; `count_at_risk` counts them all.
- `drafts(session, terminal_id)`: this terminal's dossiers a visit can resume (draft or incomplete).
- `offline_lease(session, now, rules)`: ok / warn / refuse after days without a successful sync.
- `search_by_national_number(session, device, national_number)`: dossier ids (through the HMAC).
- `statistics(session, first_day, last_day)`: visits per day and location, with the dossiers complete,
  waiting for the register and at risk by deadline.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, and_, case, distinct, func, select
from sqlalchemy.orm import Session

from kiosk.domain import DossierStatus
from kiosk.dossiers import find_by_national_number
from kiosk.keys import DeviceKeys
from kiosk.models import Dossier as DossierRow
from kiosk.models import VisitLog
from kiosk.outbox import QueueHealth, queue_health
from kiosk.rules import Rules
from kiosk.store import last_sync

__all__ = [
    "DraftDossier",
    "DueDossier",
    "LeaseState",
    "OfflineLease",
    "QueueHealth",
    "StatisticsRow",
    "at_risk_clause",
    "count_at_risk",
    "drafts",
    "due_within",
    "offline_lease",
    "queue_health",
    "search_by_national_number",
    "statistics",
]


@dataclass(frozen=True)
class DueDossier:
    """An open dossier close to its deadline (ids and counts only)."""

    dossier_id: str
    local_reference: str
    deadline: date
    status: str
    adults_confirmed: int
    adults_total: int


def at_risk_clause(today: date, days: int) -> ColumnElement[bool]:
    """The one rule for "at risk", shared by home and the statistics.

    A dossier without the register's dossier number whose deadline has passed or falls within `days`
    (the rules' `due_soon_days`) of `today`: drafts, incomplete dossiers and complete ones still
    waiting for the register alike, since until the register answers the household may lose its place.
    """
    return and_(
        DossierRow.dossier_number.is_(None),
        DossierRow.deadline.is_not(None),
        DossierRow.deadline <= today + timedelta(days=days),
        DossierRow.status != DossierStatus.WITHDRAWN.value,  # a household that withdrew loses no place
    )


def due_within(session: Session, today: date, days: int, limit: int | None = None) -> list[DueDossier]:
    """The dossiers at risk on `today` (`at_risk_clause`), passed deadlines first, then the soonest.

    `limit`: only the first ones (the home screen lists a few and counts the rest with
    `count_at_risk`): a terminal with thousands of old dossiers never loads them all for that.
    """
    rows = session.execute(
        select(
            DossierRow.id,
            DossierRow.local_reference,
            DossierRow.deadline,
            DossierRow.status,
            DossierRow.adults_confirmed,
            DossierRow.adults_total,
        )
        .where(at_risk_clause(today, days))
        .order_by(DossierRow.deadline, DossierRow.local_reference)
        .limit(limit)
    ).all()
    return [DueDossier(r[0], r[1], r[2] or today, r[3], r[4], r[5]) for r in rows]


def count_at_risk(session: Session, today: date, days: int) -> int:
    """How many dossiers are at risk on `today` (`at_risk_clause`), counted in the database."""
    return session.scalar(select(func.count(DossierRow.id)).where(at_risk_clause(today, days))) or 0


# A visit may go on with these: a draft (no adult confirmed yet) or an incomplete dossier (an adult
# or a document still missing). Complete and definitive dossiers are done at the kiosk.
RESUMABLE = (DossierStatus.DRAFT.value, DossierStatus.INCOMPLETE.value)


@dataclass(frozen=True)
class DraftDossier:
    """A dossier a visit can resume, as the home screen lists it (ids, counts and dates only)."""

    dossier_id: str
    local_reference: str
    status: str
    saved_at: datetime
    adults_confirmed: int
    adults_total: int
    deadline: date | None


def drafts(session: Session, terminal_id: str, limit: int = 50) -> list[DraftDossier]:
    """This terminal's draft and incomplete dossiers without a register number, last saved first.

    Read from the plaintext columns only, so the list needs no key and holds no personal data.
    """
    rows = session.execute(
        select(
            DossierRow.id,
            DossierRow.local_reference,
            DossierRow.status,
            DossierRow.updated_at,
            DossierRow.adults_confirmed,
            DossierRow.adults_total,
            DossierRow.deadline,
        )
        .where(
            DossierRow.terminal_id == terminal_id,
            DossierRow.status.in_(RESUMABLE),
            DossierRow.dossier_number.is_(None),
        )
        .order_by(DossierRow.updated_at.desc(), DossierRow.local_reference)
        .limit(limit)
    ).all()
    return [DraftDossier(*row) for row in rows]


class LeaseState(enum.StrEnum):
    """The offline lease: visits are refused after too long without a successful sync."""

    OK = "ok"
    WARN = "warn"
    REFUSE = "refuse"


@dataclass(frozen=True)
class OfflineLease:
    """The lease state with the days since the last successful sync (None: never synced)."""

    state: LeaseState
    days_offline: int | None
    last_sync: datetime | None


def offline_lease(
    session: Session, now: datetime, rules: Rules, enrolled_at: datetime | None = None
) -> OfflineLease:
    """Compare the last successful sync (or the enrollment) with the rules' warn and refuse days."""
    last = last_sync(session)
    since = last or enrolled_at
    if since is None:
        return OfflineLease(LeaseState.OK, None, None)
    days = (now - since).days
    if days >= rules.offline_refuse_days:
        state = LeaseState.REFUSE
    elif days >= rules.offline_warn_days:
        state = LeaseState.WARN
    else:
        state = LeaseState.OK
    return OfflineLease(state, days, last)


def search_by_national_number(session: Session, device: DeviceKeys, national_number: str) -> list[str]:
    """Dossier ids with a member of this national number (never a plaintext comparison)."""
    return find_by_national_number(session, device, national_number)


@dataclass(frozen=True)
class StatisticsRow:
    """Visits of one day at one location, and what became of their dossiers (counts only).

    `dossiers_complete`: dossiers a visit of that day left complete (or definitive).
    `waiting`: dossiers of that day's visits sent or queued for the register, still without a
    dossier number. `at_risk`: dossiers of that day's visits at risk on the statistics' reference day
    (`at_risk_clause` with the rules' `due_soon_days`, the same rule as the home screen's list).
    """

    day: date
    location: str
    visits: int
    confirmations: int
    registrations: int
    adults_confirmed: int
    drafts: int
    dossiers_complete: int = 0
    waiting: int = 0
    at_risk: int = 0


_COMPLETE_OUTCOMES = ("complete", "definitive")


def statistics(
    session: Session, first_day: date, last_day: date, *, at_risk_days: int, as_of: date | None = None
) -> list[StatisticsRow]:
    """Per day and location: visits, by kind, adults confirmed, drafts, and the dossiers' state.

    Dossiers are counted once per day and location however many visits they had. "At risk" is
    judged on `as_of` (default: `last_day`) from the dossier's current state, so it follows the
    dossier after the visit; the other counts are what the visits recorded.
    """
    dossier = VisitLog.dossier_id
    complete = case((VisitLog.outcome.in_(_COMPLETE_OUTCOMES), dossier))
    waiting = case(
        (DossierRow.last_submission_id.is_not(None) & DossierRow.dossier_number.is_(None), dossier)
    )
    at_risk = case((at_risk_clause(as_of or last_day, at_risk_days), dossier))
    rows = session.execute(
        select(
            VisitLog.day,
            VisitLog.location,
            func.count(),
            func.sum(case((VisitLog.kind == "confirmation", 1), else_=0)),
            func.sum(case((VisitLog.kind == "registration", 1), else_=0)),
            func.sum(VisitLog.adults_confirmed),
            func.sum(case((VisitLog.outcome == "draft", 1), else_=0)),
            func.count(distinct(complete)),
            func.count(distinct(waiting)),
            func.count(distinct(at_risk)),
        )
        .select_from(VisitLog)
        .outerjoin(DossierRow, DossierRow.id == VisitLog.dossier_id)
        .where(VisitLog.day >= first_day, VisitLog.day <= last_day)
        .group_by(VisitLog.day, VisitLog.location)
        .order_by(VisitLog.day, VisitLog.location)
    ).all()
    return [StatisticsRow(*row) for row in rows]


def queue(session: Session, now: datetime) -> QueueHealth:
    """Alias of `queue_health` for the status bar."""
    return queue_health(session, now)
