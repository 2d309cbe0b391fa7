"""The engine's `Outbox` port over the core's SQLite outbox (`kiosk/outbox.py`) in a `Store`.

The core queues attachments and submissions as separate entries; the engine sends one submission
with its attachments first. This adapter groups a batch of due entries by submission, applies each
engine decision to every entry of the group, and keeps the updates cursor in the store.

A pass is planned without reading a blob: each sealed submission is read when the engine reaches
its item, each sealed attachment when the engine loads it, each in its own short transaction, so
a queue of large scans never has to fit in memory.

Commits follow the items' pace, not their number. The engine's "sending" mark is kept here and
written with the attempt's outcome; acknowledgements of items that go fast are committed together
(every `GROUP_COMMIT_SECONDS` or `GROUP_COMMIT_ITEMS`), an item that took longer at once, a retry
or quarantine at once with those waiting, and every other call commits the waiting ones first.
What a SIGKILL loses is only acknowledgements not yet committed: those items are still queued, are
sent again, and the register answers each replay by its Idempotency-Key (the same answer, the same
dossier number), so delivery stays exactly-once and a kill costs at most about half a second of
sending again, plus the request in flight.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import overload

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk import outbox as core
from kiosk.errors import ConfigError
from kiosk.models import OutboxEntry, OutboxSealed
from kiosk.rules import load_rules, save_downloaded_rules, version_key
from kiosk.statement import utc_timestamp
from kiosk.store import Store, record_sync_success, set_updates_cursor, updates_cursor
from sync.engine import PendingRestore
from sync.outbox import OutboxItem, SealedAttachment
from sync.protocol import RestoreAck, SubmissionResult, Updates

log = logging.getLogger(__name__)

# Acknowledgements are committed together when items go fast: at most this long after the first
# of them, or this many, and at once after an item that took longer (a kill then costs replays
# of at most about half a second of sending, plus the request in flight).
GROUP_COMMIT_SECONDS = 0.5
GROUP_COMMIT_ITEMS = 100


@dataclass(frozen=True)
class _Acknowledged:
    """An item the register acknowledged, waiting for its group commit."""

    entry_ids: list[int]
    attempted: bool  # marked sending: the attempt is counted with the acknowledgement
    result: SubmissionResult | None
    at: datetime


@dataclass(frozen=True)
class _Plan:
    """One engine item before its sealed bytes are read: a submission (or none) and its attachments."""

    item_id: str
    submission: core.DueEntry | None
    attachments: tuple[core.DueEntry, ...]

    @property
    def entries(self) -> list[core.DueEntry]:
        return [*self.attachments, *([self.submission] if self.submission else [])]


class _Items(Sequence[OutboxItem]):
    """A pass's items in send order; an item's sealed submission is read only when it is taken."""

    def __init__(self, plans: list[_Plan], build: Callable[[_Plan], OutboxItem]) -> None:
        self._plans = plans
        self._build = build

    def __len__(self) -> int:
        return len(self._plans)

    @overload
    def __getitem__(self, index: int) -> OutboxItem: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[OutboxItem]: ...

    def __getitem__(self, index: int | slice) -> OutboxItem | Sequence[OutboxItem]:
        if isinstance(index, slice):
            return _Items(self._plans[index], self._build)
        return self._build(self._plans[index])

    def __iter__(self) -> Iterator[OutboxItem]:
        return (self._build(plan) for plan in self._plans)


class StoreOutbox:
    """The core's outbox seen through the engine's `Outbox` protocol."""

    def __init__(self, store: Store, now: datetime) -> None:
        self.store = store
        self._groups: dict[str, list[int]] = {}
        self._sending: dict[str, float] = {}  # item -> when its attempt began, until its outcome
        self._acknowledged: list[_Acknowledged] = []  # waiting for their group commit
        self._oldest = 0.0  # when the first of them was acknowledged
        self._now = now

    def set_now(self, now: datetime) -> None:
        """The time stamped on state changes (the engine's clock)."""
        self._now = now

    def pending(self, now: datetime) -> Sequence[OutboxItem]:
        """Due entries grouped per submission, attachments first; resumes entries a kill left sending."""
        self._now = now
        with self._begin() as session:
            core.recover_interrupted(session, now)  # safe: the engine holds the sync lock
            entries = core.due_entries(session, now)
        return _Items(self._plan(entries), self._item)

    def _plan(self, entries: Sequence[core.DueEntry]) -> list[_Plan]:
        self._groups = {}
        attachments: dict[tuple[str, str], list[core.DueEntry]] = {}
        submissions: list[core.DueEntry] = []
        for entry in entries:
            if entry.kind == core.ATTACHMENT:
                attachments.setdefault((entry.household_ref, entry.submission_id), []).append(entry)
            else:
                submissions.append(entry)
        plans = [
            _Plan(f"s{s.id}", s, tuple(attachments.pop((s.household_ref, s.submission_id), [])))
            for s in submissions
        ]
        plans += [_Plan(f"a{group[0].id}", None, tuple(group)) for group in attachments.values()]
        for plan in plans:
            self._groups[plan.item_id] = [entry.id for entry in plan.entries]
        return sorted(plans, key=lambda plan: min(entry.id for entry in plan.entries))

    def _item(self, plan: _Plan) -> OutboxItem:
        entries = plan.entries
        return OutboxItem(
            item_id=plan.item_id,
            household_ref=entries[0].household_ref,
            sequence=min(entry.id for entry in entries),
            sealed_submission=self._sealed(plan.submission.id) if plan.submission else None,
            attachments=tuple(
                SealedAttachment(a.sha256 or "", partial(self._sealed, a.id)) for a in plan.attachments
            ),
            attempts=max(entry.attempts for entry in entries),
            submission_id=entries[0].submission_id,
        )

    def _sealed(self, entry_id: int) -> bytes:
        with self.store.engine.connect() as connection:  # a read: no session needed
            return core.sealed_bytes(connection, entry_id)

    def _entries(self, item_id: str) -> list[int]:
        return self._groups.get(item_id) or [int(item_id[1:])]

    def mark_sending(self, item_id: str) -> None:
        """Note the attempt; it is written with the item's outcome (see the module's docstring)."""
        self._sending[item_id] = time.monotonic()

    def mark_acknowledged(self, item_id: str, result: SubmissionResult | None) -> None:
        """Acknowledge the entries (a dossier number goes to the local dossier) in the next group commit."""
        started = self._sending.pop(item_id, None)
        now = time.monotonic()
        if not self._acknowledged:
            self._oldest = now
        attempted = started is not None
        self._acknowledged.append(_Acknowledged(self._entries(item_id), attempted, result, self._now))
        slow = started is not None and now - started >= GROUP_COMMIT_SECONDS
        full = len(self._acknowledged) >= GROUP_COMMIT_ITEMS
        if slow or full or now - self._oldest >= GROUP_COMMIT_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Commit the acknowledgements waiting (every other call that touches the store does so first)."""
        with self._begin():
            pass

    @contextmanager
    def _begin(self) -> Iterator[Session]:
        """A transaction that first writes the acknowledgements waiting for their group commit."""
        waiting = list(self._acknowledged)
        with self.store.begin() as session:
            for acknowledged in waiting:
                self._write(session, acknowledged)
            if waiting:
                record_sync_success(session, waiting[-1].at)
            yield session
        del self._acknowledged[: len(waiting)]

    def _write(self, session: Session, acknowledged: _Acknowledged) -> None:
        result, at = acknowledged.result, acknowledged.at
        answer = json.dumps(result.to_json()) if result else "{}"
        if acknowledged.attempted:
            dossiers = core.acknowledge_sent(session, acknowledged.entry_ids, answer, at)
        else:
            for entry_id in acknowledged.entry_ids:
                core.mark_acknowledged(session, entry_id, answer, at)
            dossiers = None  # found through the submission id
        if result is not None and result.dossier_number:
            core.record_register_update(
                session,
                self.store.device,
                now=at,
                dossier_ids=dossiers or (),
                submission_id=None if dossiers is not None else result.submission_id,
                dossier_number=result.dossier_number,
            )

    @contextmanager
    def _failed(self, item_id: str) -> Iterator[tuple[Session, list[int]]]:
        """One transaction for a failed attempt's outcome, the attempt counted first."""
        entry_ids = self._entries(item_id)
        attempted = self._sending.pop(item_id, None) is not None
        with self._begin() as session:
            if attempted:
                for entry_id in entry_ids:
                    core.mark_sending(session, entry_id, self._now)
            yield session, entry_ids

    def schedule_retry(self, item_id: str, at: datetime, reason: str) -> None:
        """Queue the item's entries again for `at`."""
        with self._failed(item_id) as (session, entry_ids):
            for entry_id in entry_ids:
                core.schedule_retry(session, entry_id, at, reason)

    def quarantine(self, item_id: str, reason: str) -> None:
        """Quarantine the item's entries with the register's reason."""
        with self._failed(item_id) as (session, entry_ids):
            for entry_id in entry_ids:
                core.quarantine(session, entry_id, reason)

    def requeue(self, item_id: str) -> None:
        """Requeue the item's entries (a coordinator's decision)."""
        with self._begin() as session:
            for entry_id in self._entries(item_id):
                core.requeue(session, entry_id, self._now)

    def next_due(self) -> datetime | None:
        """When the next sendable entry is due; a household held back by a quarantine does not count."""
        with self._begin() as session:
            rows = session.execute(
                select(
                    OutboxEntry.household_ref,
                    OutboxEntry.kind,
                    OutboxEntry.state,
                    OutboxEntry.next_attempt_at,
                )
                .where(OutboxEntry.state.in_([core.QUEUED, core.SENDING, core.QUARANTINED]))
                .order_by(OutboxEntry.id)
            ).all()
        times: list[datetime] = []
        first_submission_seen: set[str] = set()
        blocked: set[str] = set()
        for household_ref, kind, state, at in rows:
            if household_ref in blocked or (
                kind == core.SUBMISSION and household_ref in first_submission_seen
            ):
                continue  # later submissions wait for the household's first open one
            if state == core.QUARANTINED:
                blocked.add(household_ref)
                continue
            if kind == core.SUBMISSION:
                first_submission_seen.add(household_ref)
            times.append(at)
        return min(times) if times else None

    def update_cursor(self) -> int:
        """The `since` cursor of the register's updates (kept in the store)."""
        with self._begin() as session:
            return updates_cursor(session)

    def record_register_update(self, updates: Updates) -> None:
        """Apply dossier numbers and notifications to the local dossiers, then move the cursor."""
        with self._begin() as session:
            for dossier in updates.dossiers:
                core.record_register_update(
                    session,
                    self.store.device,
                    now=self._now,
                    household_key=dossier.household_key,
                    dossier_number=dossier.dossier_number,
                )
            for note in updates.notifications:
                core.record_register_update(
                    session,
                    self.store.device,
                    now=self._now,
                    household_key=note.household_key,
                    notifications=(note.text,),
                )
            set_updates_cursor(session, updates.cursor)  # in the same transaction as the updates

    def audit_head(self) -> tuple[str, int]:
        """(head MAC, event count) of the audit chain, for the register."""
        with self._begin() as session:
            count, mac = audit.head(session)
            return mac, count

    def audit_head_at(self, count: int) -> str | None:
        """The audit chain's MAC after `count` events (None when it has fewer), for the register's check."""
        with self._begin() as session:
            return audit.head_at(session, count)

    def export(self) -> Sequence[OutboxItem]:
        """Every waiting submission with its attachments, for `kiosk sync --export`."""
        with self._begin() as session:
            entries = core.open_entries(session, (core.QUEUED, core.SENDING))
        return _Items(self._plan(entries), self._item)

    def import_entries(self, entries: Sequence[tuple[OutboxItem, dict[str, bytes]]]) -> int:
        """Queue forwarded sealed entries (from another terminal's export); each submission once."""
        added = 0
        with self._begin() as session:
            for item, boxes in entries:
                known = session.scalar(
                    select(func.count())
                    .select_from(OutboxEntry)
                    .where(OutboxEntry.submission_id == item.key, OutboxEntry.kind == core.SUBMISSION)
                )
                if known or item.sealed_submission is None:
                    continue
                ref = "forwarded:" + item.household_ref
                for sha256, box in boxes.items():
                    self._add(session, ref, item.key, core.ATTACHMENT, sha256, box)
                self._add(session, ref, item.key, core.SUBMISSION, None, item.sealed_submission)
                added += 1
        return added

    def _add(
        self, session: Session, ref: str, submission_id: str, kind: str, sha256: str | None, sealed: bytes
    ) -> None:
        # The core's outbox has no "forward" entry point: these rows carry only sealed bytes and ids.
        row = OutboxEntry(
            household_ref=ref[:64],
            dossier_id=None,
            submission_id=submission_id,
            supersedes=None,
            kind=kind,
            sha256=sha256,
            state=core.QUEUED,
            attempts=0,
            next_attempt_at=self._now,
            practice=False,
            created_at=self._now,
        )
        session.add(row)
        session.flush()
        session.add(OutboxSealed(entry_id=row.id, sealed=sealed))

    def counts(self) -> dict[str, int]:
        """Entries per state."""
        with self._begin() as session:
            health = core.queue_health(session, self._now)
        return {
            core.QUEUED: health.waiting,
            core.SENDING: health.sending,
            core.QUARANTINED: health.quarantined,
            core.ACKNOWLEDGED: health.acknowledged,
        }


class DataDirRules:
    """The engine's `RulesSink` over the core's rules files: newer valid files go to `<data dir>/rules/`."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def current_rules_version(self) -> str | None:
        """The version in force (bundled, or a newer downloaded one)."""
        return load_rules(self.data_dir).version

    def store_rules(self, version: str, text: str) -> None:
        """Keep the register's rules when newer and valid; an invalid file is logged and ignored."""
        try:
            if version_key(version) <= version_key(load_rules(self.data_dir).version):
                return
            save_downloaded_rules(self.data_dir, version, text)
        except (ConfigError, ValueError) as error:
            log.warning("the register's rules file was refused: %s", error)


class StoreRestores:
    """The engine's `RestoreLedger` over the declaration `kiosk db restore` leaves in the data directory."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def pending_restore(self) -> PendingRestore | None:
        """The restore waiting to be declared to the register."""
        from kiosk.backup import read_pending_restore

        pending = read_pending_restore(self.data_dir)
        if pending is None:
            return None
        return PendingRestore(
            restore_id=pending.restore_id,
            backup_count=pending.backup_count,
            backup_head=pending.backup_head,
            backup_created_at=utc_timestamp(pending.backup_created_at),
            restored_at=utc_timestamp(pending.restored_at),
        )

    def restore_declared(self, restore: PendingRestore, ack: RestoreAck) -> None:
        """The register has the declaration: drop the file."""
        from kiosk.backup import clear_pending_restore

        clear_pending_restore(self.data_dir, restore.restore_id)
        log.info("restore %s declared to the register", restore.restore_id)
