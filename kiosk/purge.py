"""Purge: destroy the data keys of dossiers past retention, keep a tombstone, checkpoint the WAL.

A definitive dossier (it has the register's dossier number) is purged once the grace period for
reprints has passed; a partial dossier is kept until it becomes definitive or reaches the maximum
retention. Purging deletes the dossier's wrapped data key (with `secure_delete` the freed pages are
zeroed), its payload, lookup HMACs and encrypted evidence files, and leaves a tombstone with the local
reference, dossier number, times and the hash of the last payload; the sealed copies the register has
already acknowledged are emptied too. Afterwards the WAL is checkpointed and truncated so no old page
still holds the key. No operator is needed: nothing is decrypted.

`purge_on_request` erases one dossier before its time (the candidate's right to erasure, exercised
through WIL); a coordinator's decision, checked by the caller with `Action.PURGE`.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from kiosk import audit, db
from kiosk.dossiers import remove_evidence_files
from kiosk.errors import KioskUserError
from kiosk.models import Dossier as DossierRow
from kiosk.models import DossierKey, EvidenceBlob, MemberLookup, OutboxEntry, OutboxSealed, Tombstone
from kiosk.outbox import ACKNOWLEDGED
from kiosk.rules import Rules
from kiosk.statement import utc_timestamp
from kiosk.store import Store

DEFINITIVE, PAST_RETENTION, ON_REQUEST = "definitive_after_grace", "maximum_retention", "on_request"
PURGE_JOURNAL = "purge-journal.jsonl"


@dataclass(frozen=True)
class PurgeCandidate:
    """A dossier that is due for purging, and why (no personal data)."""

    dossier_id: str
    local_reference: str
    reason: str


def candidates(session: Session, rules: Rules, now: datetime) -> list[PurgeCandidate]:
    """Dossiers due for purging on `now`."""
    grace_end = now - timedelta(days=rules.grace_days_after_definitive)
    retention_end = now - timedelta(days=rules.max_retention_days)
    rows = session.scalars(
        select(DossierRow)
        .where(
            or_(
                (DossierRow.dossier_number.is_not(None)) & (DossierRow.definitive_at <= grace_end),
                DossierRow.created_at <= retention_end,
            )
        )
        .order_by(DossierRow.created_at)
    ).all()
    return [
        PurgeCandidate(r.id, r.local_reference, DEFINITIVE if r.dossier_number else PAST_RETENTION)
        for r in rows
    ]


def purge_dossier(
    session: Session, store: Store, candidate: PurgeCandidate, now: datetime, actor: str
) -> list[str]:
    """Destroy one dossier's key and content, write its tombstone; return evidence file ids to delete."""
    row = session.get(DossierRow, candidate.dossier_id)
    if row is None:
        return []
    session.add(
        Tombstone(
            dossier_id=row.id,
            local_reference=row.local_reference,
            dossier_number=row.dossier_number,
            created_at=row.created_at,
            definitive_at=row.definitive_at,
            purged_at=now,
            payload_sha256=hashlib.sha256(row.payload).hexdigest(),
            reason=candidate.reason,
        )
    )
    file_ids = list(session.scalars(select(EvidenceBlob.id).where(EvidenceBlob.dossier_id == row.id)))
    session.execute(delete(DossierKey).where(DossierKey.dossier_id == row.id))
    session.execute(delete(EvidenceBlob).where(EvidenceBlob.dossier_id == row.id))
    session.execute(delete(MemberLookup).where(MemberLookup.dossier_id == row.id))
    # Entries still waiting keep their sealed bytes (they must still reach the register).
    acknowledged = select(OutboxEntry.id).where(
        OutboxEntry.dossier_id == row.id, OutboxEntry.state == ACKNOWLEDGED
    )
    session.execute(update(OutboxSealed).where(OutboxSealed.entry_id.in_(acknowledged)).values(sealed=b""))
    session.delete(row)
    audit.append(
        session,
        store.device,
        actor=actor,
        action="dossier_purged",
        subject=row.id,
        details={"reason": candidate.reason},
        now=now,
    )
    return file_ids


def purge_on_request(store: Store, local_reference: str, now: datetime, *, actor: str) -> PurgeCandidate:
    """Purge one dossier now, found by its local reference (the candidate asked WIL for erasure)."""
    with store.begin() as session:
        row = session.scalars(select(DossierRow).where(DossierRow.local_reference == local_reference)).first()
        if row is None:
            raise KioskUserError(f"no dossier with reference {local_reference}")
        candidate = PurgeCandidate(row.id, row.local_reference, ON_REQUEST)
        file_ids = purge_dossier(session, store, candidate, now, actor)
    journal_purges(store.data_dir, [candidate], now)
    remove_evidence_files(store, file_ids)
    db.checkpoint(store.engine)
    return candidate


def purge(
    store: Store, rules: Rules, now: datetime, *, actor: str = "purge", dry_run: bool = False
) -> list[PurgeCandidate]:
    """Purge every due dossier in one transaction, delete their files, checkpoint the WAL."""
    with store.begin() as session:
        due = candidates(session, rules, now)
        if dry_run:
            return due
        file_ids: list[str] = []
        for candidate in due:
            file_ids += purge_dossier(session, store, candidate, now, actor)
    journal_purges(store.data_dir, due, now)
    remove_evidence_files(store, file_ids)
    db.checkpoint(store.engine)
    return due


# --- the purge journal: what a restore from a backup must purge again ---------------------------


def journal_purges(data_dir: Path, purged: list[PurgeCandidate], now: datetime) -> None:
    """Append purged dossiers' ids to the journal beside the database (ids and reasons, no personal data).

    It outlives a damaged or lost database, so a restore from an older backup purges them again
    (`kiosk.backup.restore`); the backup command copies it to the backup copy folder too.
    """
    if not purged:
        return
    lines = "".join(
        json.dumps({"dossier_id": c.dossier_id, "reason": c.reason, "purged_at": utc_timestamp(now)}) + "\n"
        for c in purged
    )
    with (data_dir / PURGE_JOURNAL).open("a", encoding="utf-8") as journal:
        journal.write(lines)
        journal.flush()
        os.fsync(journal.fileno())


def read_purge_journal(folder: Path | None) -> dict[str, str]:
    """Dossier id -> purge reason of every purge in `folder`'s journal (empty when there is none)."""
    path = None if folder is None else folder / PURGE_JOURNAL
    if path is None or not path.exists():
        return {}
    purged: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            entry = json.loads(line)
            purged[str(entry["dossier_id"])] = str(entry["reason"])
        except (ValueError, KeyError, TypeError):
            continue  # a line cut by a power failure: the others still count
    return purged
