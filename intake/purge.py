"""The intake service's purge: personal data goes once WIL has entered the dossier, or after retention.

A household entered in the CIR is purged `purge_after_entry_days` later (time to print or reprint the
final receipt), a withdrawn one `withdrawn_purge_days` later, and any other `retention_days` after it
was first received. Purging drops the sealed submission bodies, the members (names, national
numbers, confirmations), the household changes and the withdrawal (who, when), and the evidence
files no other household still needs. What stays is what the contract needs to keep answering: the
household key (sealed) and dossier number for the kiosks' updates, the submissions' ids,
fingerprints and stored answers for idempotent replays, the evidence hashes, and the audit trails.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from intake import audit
from intake.settings import IntakeSettings
from kiosk.statement import utc_timestamp
from sync.simulator import models as m
from sync.simulator.register import Register


@dataclass(frozen=True)
class PurgeReport:
    """How many households and evidence files were purged."""

    households: int
    attachments: int


def purge(register: Register, now: datetime, settings: IntakeSettings) -> PurgeReport:
    """Purge every household that is due (one transaction; safe to run again)."""
    with register.session() as s:
        due = list(s.scalars(_due(now, settings).with_for_update()))
        for household in due:
            _purge_household(s, household, now)
        s.flush()
        dropped = _drop_unneeded_attachments(s)
        return PurgeReport(len(due), dropped)


def _due(now: datetime, settings: IntakeSettings):  # type: ignore[no-untyped-def]
    def before(days: int) -> str:
        return utc_timestamp(now - timedelta(days=days))

    return select(m.Household).where(
        m.Household.purged_at.is_(None),
        m.Household.received_at.is_not(None),
        or_(
            (m.Household.status == "entered")
            & (m.Household.entered_at <= before(settings.purge_after_entry_days)),
            (m.Household.status == "withdrawn")
            & (m.Household.status_at <= before(settings.withdrawn_purge_days)),
            m.Household.received_at <= before(settings.retention_days),
        ),
    )


def _purge_household(s: Session, household: m.Household, now: datetime) -> None:
    s.execute(update(m.Submission).where(m.Submission.household_id == household.id).values(body=None))
    s.execute(delete(m.Member).where(m.Member.household_id == household.id))
    # Who left, separated or died, and who withdrew: personal too (the submissions' answers stay).
    s.execute(delete(m.HouseholdChangeRecord).where(m.HouseholdChangeRecord.household_id == household.id))
    s.execute(delete(m.WithdrawalRecord).where(m.WithdrawalRecord.household_id == household.id))
    household.purged_at = utc_timestamp(now)
    audit.record(s, now, "(purge)", "purged", household.id, household.status)


def _drop_unneeded_attachments(s: Session) -> int:
    """Delete the evidence files that no household still on the worklist announces."""
    needed: set[str] = set()
    live = select(m.EvidenceItem.files_json).join(m.Household).where(m.Household.purged_at.is_(None))
    for files_json in s.scalars(live):
        needed.update(f["sha256"] for f in json.loads(files_json))
    held = set(s.scalars(select(m.Attachment.sha256)))
    unneeded = held - needed
    if unneeded:
        s.execute(delete(m.Attachment).where(m.Attachment.sha256.in_(unneeded)))
    return len(unneeded)
