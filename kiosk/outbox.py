"""The outbox: sealed submissions and attachments waiting for the register (docs/architecture.md section 7).

A visit that ends with anything new writes, in the visit-end transaction, one *submission* entry
(the household's snapshot encoded by the injected `SubmissionEncoder`, sealed to the register's
public key with context ``b"submission:" + submission_id``) and one *attachment* entry per new
evidence file (sealed with context ``b"attachment:" + sha256hex``). Entries hold only sealed bytes
and ids, so sync and `kiosk sync --export` work with nobody signed in and reveal nothing.

API for sync (plain functions over a caller-owned `Session`; none of them commits):

- `enqueue_visit_end(session, snapshot, encoder, sealing_public_key, *, household_ref, dossier_id,
  attachments, now)` -> the new entry ids (called by `kiosk.dossiers.end_visit`).
- `pending(session, now, limit=None)` -> an iterator of due `OutboxItem`s in send order: per
  household, attachments first, then submissions in creation order; a household whose earlier
  submission is not yet acknowledged (or is quarantined) holds back its later ones. Each entry's
  sealed bytes are read when the iterator reaches it: one blob in memory at a time.
- `due_entries(session, now, limit=None)` -> the same entries as `DueEntry`s (ids, kind, attempts;
  no sealed bytes), and `sealed_bytes(session, entry_id)` -> one entry's sealed bytes: for a caller
  that reads each blob in its own short transaction (sync's `StoreOutbox`).
- `open_entries(session, states)` -> `DueEntry`s in those states, in id order (for `--export`).
- `mark_sending(session, entry_id, now)`: before the request (attempts + 1).
- `mark_acknowledged(session, entry_id, answer, now)`: after a 200/201 with the expected body;
  `answer` is the register's JSON text (stored for the receipt; no personal data).
- `acknowledge_sent(session, entry_ids, answer, now)`: both of the above for entries sent together,
  in two statements.
- `schedule_retry(session, entry_id, at, reason)`: back to queued, due at `at`.
- `quarantine(session, entry_id, reason)`: a permanent failure a coordinator can read and requeue.
- `requeue(session, entry_id, now)`: quarantined (or stuck sending) -> queued, due now.
- `requeue_by(session, unlocked, entry_id, now)`: the same as a coordinator's decision, with the
  roles table checked (`Action.REQUEUE`) and audited: what a screen or command should call.
- `recover_interrupted(session, now)`: entries left *sending* by a killed process -> queued.
- `queue_health(session, now)` -> `QueueHealth` (waiting, sending, quarantined, oldest waiting).
- `export_entries(session)` / `get(session, entry_id)` -> `OutboxItem`s, for `--export`.
- `record_register_update(session, device, household_key=None, submission_id=None,
  candidate_number=None, dossier_number=None, notifications=(), now)`: what sync pulls back.

`reason` and `last_error` are short technical words without personal data (e.g. "http 503").
States: queued -> sending -> acknowledged; sending -> queued (retry) or quarantined.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.domain import Action
from kiosk.keys import DeviceKeys
from kiosk.models import Dossier as DossierRow
from kiosk.models import OutboxEntry, OutboxSealed
from kiosk.ports import SubmissionEncoder, SubmissionSnapshot
from kiosk.sealing import seal

if TYPE_CHECKING:
    from kiosk.store import Unlocked

QUEUED, SENDING, ACKNOWLEDGED, QUARANTINED = "queued", "sending", "acknowledged", "quarantined"
SUBMISSION, ATTACHMENT = "submission", "attachment"
MAX_REASON = 200


class OutboxError(ValueError):
    """An outbox entry is unknown or not in a state that allows this change."""


@dataclass(frozen=True)
class OutboxItem:
    """An entry as sync sees it: ids, kind, sealed bytes, delivery state."""

    id: int
    household_ref: str
    submission_id: str
    supersedes: str | None
    kind: str
    sha256: str | None
    sealed: bytes
    state: str
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    created_at: datetime
    acknowledged_at: datetime | None
    practice: bool

    def __repr__(self) -> str:
        return f"OutboxItem(id={self.id}, kind={self.kind!r}, state={self.state!r})"


@dataclass(frozen=True)
class DueEntry:
    """An entry without its sealed bytes: what sync plans a pass with."""

    id: int
    household_ref: str
    submission_id: str
    kind: str
    sha256: str | None
    state: str
    attempts: int
    next_attempt_at: datetime


# The queue is planned from these columns alone: no blob is read (they live in `OutboxSealed`).
_DUE_COLUMNS = (
    OutboxEntry.id,
    OutboxEntry.household_ref,
    OutboxEntry.submission_id,
    OutboxEntry.kind,
    OutboxEntry.sha256,
    OutboxEntry.state,
    OutboxEntry.attempts,
    OutboxEntry.next_attempt_at,
)


@dataclass(frozen=True)
class QueueHealth:
    """What the screens and the heartbeat show about the queue."""

    waiting: int
    sending: int
    quarantined: int
    oldest_waiting: datetime | None
    acknowledged: int = 0  # kept for sync's counts; the screens need only the open states


def _item(row: OutboxEntry, sealed: bytes) -> OutboxItem:
    return OutboxItem(
        id=row.id,
        household_ref=row.household_ref,
        submission_id=row.submission_id,
        supersedes=row.supersedes,
        kind=row.kind,
        sha256=row.sha256,
        sealed=sealed,
        state=row.state,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        last_error=row.last_error,
        created_at=row.created_at,
        acknowledged_at=row.acknowledged_at,
        practice=row.practice,
    )


def submission_context(submission_id: str) -> bytes:
    """The sealing context of a submission."""
    return b"submission:" + submission_id.encode()


def attachment_context(sha256hex: str) -> bytes:
    """The sealing context of an attachment."""
    return b"attachment:" + sha256hex.encode()


def new_submission_id() -> str:
    """A fresh submission id (also the Idempotency-Key)."""
    return str(uuid.uuid4())


def enqueue_visit_end(
    session: Session,
    snapshot: SubmissionSnapshot,
    encoder: SubmissionEncoder,
    sealing_public_key: bytes,
    *,
    household_ref: str,
    dossier_id: str | None,
    attachments: Sequence[tuple[str, bytes]],
    now: datetime,
) -> list[int]:
    """Seal and queue the attachments (sha256hex, plaintext) and then the submission; return ids."""
    entries: list[tuple[OutboxEntry, bytes]] = []
    for sha256hex, content in attachments:
        if hashlib.sha256(content).hexdigest() != sha256hex:
            raise OutboxError("an attachment's content does not match its sha256")
        entries.append(
            (
                OutboxEntry(**_entry(household_ref, dossier_id, snapshot, ATTACHMENT, sha256hex, now)),
                seal(sealing_public_key, content, attachment_context(sha256hex)),
            )
        )
    body = encoder.encode(snapshot)
    entries.append(
        (
            OutboxEntry(**_entry(household_ref, dossier_id, snapshot, SUBMISSION, None, now)),
            seal(sealing_public_key, body, submission_context(snapshot.submission_id)),
        )
    )
    session.add_all([row for row, _box in entries])
    session.flush()
    session.add_all([OutboxSealed(entry_id=row.id, sealed=box) for row, box in entries])
    session.flush()
    return [row.id for row, _box in entries]


def _entry(
    household_ref: str,
    dossier_id: str | None,
    snapshot: SubmissionSnapshot,
    kind: str,
    sha256hex: str | None,
    now: datetime,
) -> dict[str, object]:
    return {
        "household_ref": household_ref,
        "dossier_id": dossier_id,
        "submission_id": snapshot.submission_id,
        "supersedes": snapshot.supersedes,
        "kind": kind,
        "sha256": sha256hex,
        "state": QUEUED,
        "attempts": 0,
        "next_attempt_at": now,
        "practice": snapshot.practice,
        "created_at": now,
    }


def pending(session: Session, now: datetime, limit: int | None = None) -> Iterator[OutboxItem]:
    """Due entries in send order (see `due_entries`), each read with its sealed bytes when reached.

    Only the entry being handed out is in memory: a queue of large scans left by two weeks offline
    never has to fit in RAM.
    """
    for entry in due_entries(session, now, limit):
        yield get(session, entry.id)


def due_entries(session: Session, now: datetime, limit: int | None = None) -> list[DueEntry]:
    """Due entries in send order, without their sealed bytes: attachments first, then submissions.

    Per household only the earliest open submission can be due, and only when every attachment
    queued before it is acknowledged or due in the same batch (ahead of it); a quarantined or
    waiting submission holds back the household's later ones. Sync sends the batch in this order
    and, when an attachment fails, skips the rest of that household (same `household_ref`) until
    the next call.
    """
    by_household: dict[str, list[DueEntry]] = {}
    for entry in open_entries(session, (QUEUED, SENDING, QUARANTINED)):
        by_household.setdefault(entry.household_ref, []).append(entry)
    due: list[DueEntry] = []
    for household_entries in by_household.values():
        due.extend(_due_in_household(household_entries, now))
    due.sort(key=lambda entry: (entry.kind == SUBMISSION, entry.id))
    return due[:limit] if limit is not None else due


def open_entries(session: Session, states: Iterable[str]) -> list[DueEntry]:
    """Entries in `states`, in id order, without their sealed bytes."""
    rows = session.execute(
        select(*_DUE_COLUMNS).where(OutboxEntry.state.in_(list(states))).order_by(OutboxEntry.id)
    )
    return [DueEntry(*row) for row in rows]


def sealed_bytes(connection: Connection, entry_id: int) -> bytes:
    """One entry's sealed bytes (a bare connection will do: sync reads one blob after another)."""
    # Plain SQL on purpose: read once per entry sent, the ORM's bookkeeping would cost more than the read.
    sealed = connection.exec_driver_sql(
        "SELECT sealed FROM outbox_sealed WHERE entry_id = ?", (entry_id,)
    ).scalar()
    if sealed is None:
        raise OutboxError(f"no outbox entry {entry_id}")
    return bytes(sealed)


def _due_in_household(entries: Sequence[DueEntry], now: datetime) -> list[DueEntry]:
    def is_due(entry: DueEntry) -> bool:
        return entry.state == QUEUED and entry.next_attempt_at <= now

    due = [entry for entry in entries if entry.kind == ATTACHMENT and is_due(entry)]
    first = next((entry for entry in entries if entry.kind == SUBMISSION), None)
    if first is None or not is_due(first):
        return due
    # Every open attachment queued before the submission must be in this batch, ahead of it.
    due_ids = {entry.id for entry in due}
    if all(entry.id in due_ids for entry in entries if entry.kind == ATTACHMENT and entry.id < first.id):
        due.append(first)
    return due


def _row(session: Session, entry_id: int) -> OutboxEntry:
    row = session.get(OutboxEntry, entry_id)
    if row is None:
        raise OutboxError(f"no outbox entry {entry_id}")
    return row


def _short(reason: str) -> str:
    return reason.replace("\n", " ")[:MAX_REASON]


def mark_sending(session: Session, entry_id: int, now: datetime) -> None:
    """Mark an entry as being sent (before the request); counts an attempt."""
    row = _row(session, entry_id)
    if row.state not in (QUEUED, SENDING):
        raise OutboxError(f"entry {entry_id} is {row.state}, not queued")
    row.state, row.attempts = SENDING, row.attempts + 1


def mark_acknowledged(session: Session, entry_id: int, answer: str, now: datetime) -> None:
    """The register accepted the entry; keep its answer (JSON text, no personal data)."""
    row = _row(session, entry_id)
    if row.state == ACKNOWLEDGED:
        return
    row.state, row.answer, row.acknowledged_at, row.last_error = ACKNOWLEDGED, answer, now, None
    if row.kind == SUBMISSION and row.dossier_id is not None:
        dossier = session.get(DossierRow, row.dossier_id)
        if dossier is not None:
            dossier.updated_at = now


def acknowledge_sent(session: Session, entry_ids: Sequence[int], answer: str, now: datetime) -> list[str]:
    """Entries the register accepted in one attempt: `mark_sending`, then `mark_acknowledged`, for each.

    Two statements however many entries (sync's hot path, no row loaded); returns the ids of the
    dossiers whose submission this was. Raises `OutboxError` when an entry is unknown or neither
    queued nor sending; the caller's transaction then rolls back whatever this call changed.
    """
    changed = session.execute(
        update(OutboxEntry)
        .where(OutboxEntry.id.in_(entry_ids), OutboxEntry.state.in_([QUEUED, SENDING]))
        .values(
            state=ACKNOWLEDGED,
            attempts=OutboxEntry.attempts + 1,
            answer=answer,
            acknowledged_at=now,
            last_error=None,
        )
        .returning(OutboxEntry.id, OutboxEntry.kind, OutboxEntry.dossier_id)
        .execution_options(synchronize_session=False)
    ).all()
    unchanged = sorted(set(entry_ids) - {entry_id for entry_id, _kind, _dossier in changed})
    if unchanged:
        raise OutboxError(f"entry {unchanged[0]} is unknown or not queued")
    dossier_ids = sorted({dossier for _id, kind, dossier in changed if kind == SUBMISSION and dossier})
    if dossier_ids:
        session.execute(
            update(DossierRow)
            .where(DossierRow.id.in_(dossier_ids))
            .values(updated_at=now)
            .execution_options(synchronize_session=False)
        )
    return dossier_ids


def schedule_retry(session: Session, entry_id: int, at: datetime, reason: str) -> None:
    """A retryable failure: queue the entry again, due at `at`."""
    row = _row(session, entry_id)
    if row.state == ACKNOWLEDGED:
        raise OutboxError(f"entry {entry_id} is already acknowledged")
    row.state, row.next_attempt_at, row.last_error = QUEUED, at, _short(reason)


def quarantine(session: Session, entry_id: int, reason: str) -> None:
    """A permanent failure: park the entry with a reason a coordinator can read."""
    row = _row(session, entry_id)
    if row.state == ACKNOWLEDGED:
        raise OutboxError(f"entry {entry_id} is already acknowledged")
    row.state, row.last_error = QUARANTINED, _short(reason)


def requeue(session: Session, entry_id: int, now: datetime | None = None) -> None:
    """Send a quarantined entry again (no role check: a person's decision goes through `requeue_by`)."""
    row = _row(session, entry_id)
    if row.state not in (QUARANTINED, SENDING, QUEUED):
        raise OutboxError(f"entry {entry_id} is {row.state}")
    row.state = QUEUED
    if now is not None:
        row.next_attempt_at = now


def requeue_by(session: Session, unlocked: Unlocked, entry_id: int, now: datetime) -> None:
    """A coordinator sends a quarantined entry again: the roles table checked here, the decision audited."""
    unlocked.require(Action.REQUEUE)
    requeue(session, entry_id, now)
    audit.append(
        session,
        unlocked.store.device,
        actor=unlocked.operator,
        action="outbox_requeued",
        subject=str(entry_id),
        now=now,
    )


def recover_interrupted(session: Session, now: datetime) -> int:
    """Entries a killed process left *sending* go back to the queue; return how many."""
    rows = session.scalars(select(OutboxEntry).where(OutboxEntry.state == SENDING)).all()
    for row in rows:
        row.state, row.next_attempt_at = QUEUED, now
    return len(rows)


def queue_health(session: Session, now: datetime) -> QueueHealth:
    """Counts of open entries per state and the oldest waiting entry's creation time.

    Each state is counted on its own through the (state, created_at) index, so the query stays
    fast with a long history of acknowledged entries.
    """
    counts = dict(
        session.execute(
            select(OutboxEntry.state, func.count())
            .where(OutboxEntry.state.in_([QUEUED, SENDING, QUARANTINED, ACKNOWLEDGED]))
            .group_by(OutboxEntry.state)
        ).all()
    )
    oldest = [
        session.scalar(select(func.min(OutboxEntry.created_at)).where(OutboxEntry.state == state))
        for state in (QUEUED, SENDING)
    ]
    present = [moment for moment in oldest if moment is not None]
    return QueueHealth(
        waiting=counts.get(QUEUED, 0),
        sending=counts.get(SENDING, 0),
        quarantined=counts.get(QUARANTINED, 0),
        oldest_waiting=min(present) if present else None,
        acknowledged=counts.get(ACKNOWLEDGED, 0),
    )


def get(session: Session, entry_id: int) -> OutboxItem:
    """One entry."""
    return _item(_row(session, entry_id), sealed_bytes(session.connection(), entry_id))


def export_entries(session: Session, states: Iterable[str] = (QUEUED, SENDING)) -> list[OutboxItem]:
    """Entries to carry on a USB stick, in id order."""
    rows = session.execute(
        select(OutboxEntry, OutboxSealed.sealed)
        .join(OutboxSealed, OutboxSealed.entry_id == OutboxEntry.id)
        .where(OutboxEntry.state.in_(list(states)))
        .order_by(OutboxEntry.id)
    )
    return [_item(row, sealed) for row, sealed in rows]


def quarantined(session: Session) -> list[OutboxItem]:
    """Entries waiting for a coordinator's decision."""
    return export_entries(session, (QUARANTINED,))


def record_register_update(
    session: Session,
    device: DeviceKeys,
    *,
    now: datetime,
    household_key: str | None = None,
    submission_id: str | None = None,
    candidate_number: str | None = None,
    dossier_number: str | None = None,
    notifications: Sequence[str] = (),
    dossier_ids: Iterable[str] = (),
) -> int:
    """Apply what sync pulled back to the matching local dossiers; return how many matched.

    A dossier is found by its id (when sync knows it), by the submission it sent, or by its
    household key (through the lookup HMAC, so the national number never needs to be stored).
    A dossier number makes it definitive. `notifications` are the register's codes (no personal
    data). Only a change is written and audited: what a dossier holds already, pulled again,
    leaves it as it is.
    """
    rows = _dossiers_for(session, device, household_key, submission_id, dossier_ids)
    for row in rows:
        if not _applied(row, candidate_number, dossier_number, notifications, now):
            continue  # the register repeats what the dossier holds (each pass pulls it again)
        row.updated_at = now
        audit.append(
            session,
            device,
            actor="sync",
            action="register_update",
            subject=row.id,
            details={"dossier_number": bool(dossier_number), "notifications": len(notifications)},
            now=now,
        )
    return len(rows)


def _applied(
    row: DossierRow,
    candidate_number: str | None,
    dossier_number: str | None,
    notifications: Sequence[str],
    now: datetime,
) -> bool:
    """Write what is new for this dossier; False when nothing was."""
    changed = False
    if candidate_number and not row.candidate_number:
        row.candidate_number, changed = candidate_number, True
    if dossier_number and row.dossier_number != dossier_number:
        row.dossier_number, row.status, row.definitive_at = dossier_number, "definitive", now
        changed = True
    known = json.loads(row.notifications)
    new = [n for n in dict.fromkeys(notifications) if n not in known]
    if new:
        row.notifications, changed = json.dumps(known + new), True
    return changed


def _dossiers_for(
    session: Session,
    device: DeviceKeys,
    household_key: str | None,
    submission_id: str | None,
    dossier_ids: Iterable[str],
) -> list[DossierRow]:
    ids: set[str] = set(dossier_ids)
    if submission_id:
        ids.update(
            d
            for d in session.scalars(
                select(OutboxEntry.dossier_id).where(OutboxEntry.submission_id == submission_id)
            )
            if d
        )
    if household_key:
        ref = device.lookup(household_key)
        ids.update(session.scalars(select(DossierRow.id).where(DossierRow.household_ref == ref)))
        ids.update(session.scalars(select(DossierRow.id).where(DossierRow.candidate_number == household_key)))
    return [row for row in (session.get(DossierRow, i) for i in sorted(ids)) if row is not None]
