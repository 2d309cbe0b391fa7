"""Reprinting a receipt: the stored dossier opened for a coordinator, the reprint in the audit log.

The roles table decides who may reprint (`Action.REPRINT`, coordinators). The list shows local
references only (no names: the coordinator asks the candidate for the reference on their paper);
`open_for_reprint` decrypts the stored dossier with the signed-in operator's master key and appends a
`receipt_reprinted` event (dossier id and whether the receipt is final, no personal data) in the same
transaction, so a reprint that is not audited cannot be made.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.domain import Action, Dossier
from kiosk.dossiers import load_dossier
from kiosk.models import Dossier as DossierRow
from kiosk.store import Unlocked

REPRINT_EVENT = "receipt_reprinted"


@dataclass(frozen=True)
class ReprintEntry:
    """One saved dossier as the reprint list shows it: no personal data."""

    dossier_id: str
    local_reference: str
    created_at: datetime
    final: bool  # the register gave a dossier number: the final receipt is reprinted


@dataclass(frozen=True)
class ReprintSource:
    """A stored dossier opened for a reprint, with its local reference."""

    dossier: Dossier
    local_reference: str
    created_at: datetime


def reprint_entries(session: Session, unlocked: Unlocked, limit: int = 200) -> list[ReprintEntry]:
    """The saved dossiers, newest first (at most `limit`); `PermissionDenied` unless the role allows."""
    unlocked.require(Action.REPRINT)
    rows = session.scalars(select(DossierRow).order_by(DossierRow.created_at.desc()).limit(limit)).all()
    return [ReprintEntry(r.id, r.local_reference, r.created_at, r.dossier_number is not None) for r in rows]


def open_for_reprint(session: Session, unlocked: Unlocked, dossier_id: str, now: datetime) -> ReprintSource:
    """Decrypt a stored dossier for a reprint and audit it (inside the caller's transaction).

    Raises `PermissionDenied` unless the operator's role allows reprints, `KeyError` for an unknown
    (or purged) dossier.
    """
    unlocked.require(Action.REPRINT)
    row = session.get(DossierRow, dossier_id)
    if row is None:
        raise KeyError(dossier_id)
    dossier = load_dossier(session, unlocked, dossier_id)
    audit.append(
        session,
        unlocked.store.device,
        actor=unlocked.operator,
        action=REPRINT_EVENT,
        subject=dossier_id,
        details={"final": dossier.dossier_number is not None},
        now=now,
    )
    return ReprintSource(dossier, row.local_reference, row.created_at)
