"""The visit's blocking work on the store: save, open a draft, the home overview, the visual check.

Each function runs on the database worker with a copy of what the visit holds (`Visit.save_request`),
never on the thread the screens run on. The store, SQLAlchemy and the outbox load here, so the
first screen starts without them. `VisitBackend` is what these functions need from the caller (the
GUI's back end satisfies it): the store, the signed-in operator, the rules, the clock and the
`SubmissionEncoder` port that turns a submission into the register's wire format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import func, select

from kiosk import domain
from kiosk.clock import local_day
from kiosk.domain import Dossier, OperatorContext
from kiosk.dossiers import (
    end_visit,
    load_dossier,
    read_evidence_file,
    save_dossier,
    store_evidence_file,
)
from kiosk.errors import PermissionDenied
from kiosk.models import Dossier as DossierRow
from kiosk.models import OutboxEntry
from kiosk.outbox import ACKNOWLEDGED, QueueHealth
from kiosk.ports import Authenticity, Clock, SubmissionEncoder
from kiosk.queries import (
    DraftDossier,
    DueDossier,
    LeaseState,
    OfflineLease,
    count_at_risk,
    drafts,
    due_within,
    offline_lease,
    queue,
)
from kiosk.rules import Rules, rules_for_version
from kiosk.store import Store, Unlocked, load_enrollment
from kiosk.visit import SaveRequest


class VisitBackend(Protocol):
    """What the store jobs need from the terminal's back end."""

    store: Store
    clock: Clock
    rules: Rules
    terminal_id: str
    unlocked: Unlocked | None
    encoder: SubmissionEncoder

    def context(self) -> OperatorContext:
        """The signed-in operator's context for the core's permission checks."""
        ...


@dataclass(frozen=True)
class VisitSaved:
    """What the receipt screen may show about a saved visit: no personal data."""

    dossier_id: str
    local_reference: str
    queued: bool  # a submission waits for the register
    complete: bool  # the core's completeness when it was saved


def _unlocked(backend: VisitBackend) -> Unlocked:
    if backend.unlocked is None:
        raise PermissionDenied("nobody is signed in")
    return backend.unlocked


def dossier_rules(backend: VisitBackend, dossier: Dossier) -> Rules:
    """The rules a dossier is answered and judged under: its own version, found downloaded or bundled."""
    return rules_for_version(dossier.rules_version, backend.rules, backend.store.data_dir)


def save_visit(backend: VisitBackend, request: SaveRequest) -> VisitSaved:
    """Save the dossier with its new evidence files and queue the sealed submission, in one transaction."""
    unlocked, context = _unlocked(backend), backend.context()
    now, dossier = backend.clock.now(), request.dossier
    rules = dossier_rules(backend, dossier)
    with backend.store.begin() as session:
        save_dossier(session, unlocked, dossier, context, now, rules)
        for evidence in dossier.evidence:
            for file in evidence.files:
                content = request.new_files.get(file.file_id)
                if content is not None:
                    store_evidence_file(session, unlocked, dossier.dossier_id, file, content, rules, now)
        result = end_visit(session, unlocked, dossier, request.visit, backend.encoder, context, rules, now)
        complete = domain.is_complete(dossier, rules, local_day(now))
    return VisitSaved(dossier.dossier_id, result.local_reference, result.submission_id is not None, complete)


@dataclass
class Draft:
    """A saved dossier opened to go on with, its evidence pages and the rules it is answered under.

    Personal data: never logged.
    """

    dossier: Dossier
    files: dict[str, bytes]
    rules: Rules

    def __repr__(self) -> str:
        return f"Draft({self.dossier!r}, files={len(self.files)}, rules={self.rules.version})"


def open_draft(backend: VisitBackend, dossier_id: str) -> Draft:
    """Decrypt a saved dossier and its pages with the signed-in operator's key.

    The draft goes on under the rules it was begun with (a draft of rules 2026.1 completes under them).
    """
    unlocked = _unlocked(backend)
    with backend.store.begin() as session:
        dossier = load_dossier(session, unlocked, dossier_id)
        files = {
            f.file_id: read_evidence_file(session, unlocked, dossier_id, f.file_id)
            for e in dossier.evidence
            for f in e.files
        }
    return Draft(dossier, files, dossier_rules(backend, dossier))


def local_reference_of(backend: VisitBackend, dossier_id: str) -> str | None:
    """The dossier's short reference, for the papers of a saved visit."""
    with backend.store.begin() as session:
        row = session.get(DossierRow, dossier_id)
        return row.local_reference if row else None


def dossier_number(backend: VisitBackend, dossier_id: str) -> str | None:
    """The register's dossier number for a local dossier, once sync has brought it back."""
    return submission_progress(backend, dossier_id).dossier_number


@dataclass(frozen=True)
class SubmissionProgress:
    """How far a saved dossier got: still here, received by the register, or numbered by it."""

    waiting: int  # its outbox entries the register has not acknowledged yet (quarantined ones too)
    dossier_number: str | None

    @property
    def received(self) -> bool:
        """The register acknowledged everything this terminal sent for the dossier."""
        return self.waiting == 0


def submission_progress(backend: VisitBackend, dossier_id: str) -> SubmissionProgress:
    """The receipt screen's view of a saved dossier after a sync (no personal data)."""
    with backend.store.begin() as session:
        row = session.get(DossierRow, dossier_id)
        waiting = session.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.dossier_id == dossier_id, OutboxEntry.state != ACKNOWLEDGED)
        )
        return SubmissionProgress(int(waiting or 0), row.dossier_number if row else None)


AT_RISK_LISTED = 5  # the home screen lists the nearest deadlines and counts the rest


@dataclass(frozen=True)
class HomeOverview:
    """What the home screen shows between visits (no personal data: the next candidate sees it)."""

    drafts: tuple[DraftDossier, ...]
    at_risk: tuple[DueDossier, ...]  # the nearest AT_RISK_LISTED of them
    at_risk_count: int  # all of them
    queue: QueueHealth
    lease: OfflineLease
    today: date
    now: datetime

    @property
    def visits_refused(self) -> bool:
        """Whether the offline lease has run out: no new visit until a sync succeeds."""
        return self.lease.state is LeaseState.REFUSE


def home_overview(backend: VisitBackend) -> HomeOverview:
    """This terminal's drafts, the dossiers at risk (the one at-risk rule), the queue and the lease."""
    now = backend.clock.now()
    today = local_day(now)
    with backend.store.begin() as session:
        record = load_enrollment(session, backend.store)
        return HomeOverview(
            drafts=tuple(drafts(session, backend.terminal_id)),
            at_risk=tuple(due_within(session, today, backend.rules.due_soon_days, limit=AT_RISK_LISTED)),
            at_risk_count=count_at_risk(session, today, backend.rules.due_soon_days),
            queue=queue(session, now),
            lease=offline_lease(session, now, backend.rules, record.enrolled_at if record else None),
            today=today,
            now=now,
        )


def lease_refuses(backend: VisitBackend) -> bool:
    """Whether the offline lease refuses a new visit now."""
    return home_overview(backend).visits_refused


def audit_visual_check(backend: VisitBackend, verdict: Authenticity, visit_id: str) -> None:
    """Write WIL staff's visual check of a doubtful card to the audit trail."""
    from kiosk.visual_check import record_visual_check

    unlocked = _unlocked(backend)
    with backend.store.begin() as session:
        record_visual_check(
            session, unlocked, backend.context(), verdict=verdict, visit_id=visit_id, now=backend.clock.now()
        )
