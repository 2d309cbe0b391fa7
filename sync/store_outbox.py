"""The engine's `Outbox` port over the core's SQLite outbox (`kiosk/outbox.py`) in a `Store`.

The core queues attachments and submissions as separate entries; the engine sends one submission
with its attachments first. This adapter groups a batch of due entries by submission, applies each
engine decision to every entry of the group, and keeps the updates cursor in the store.
Each call is its own short transaction, so a SIGKILL loses at most the request in flight (which
the register then replays by its Idempotency-Key).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from kiosk import audit
from kiosk import outbox as core
from kiosk.errors import ConfigError
from kiosk.models import OutboxEntry
from kiosk.rules import load_rules, save_downloaded_rules, version_key
from kiosk.statement import utc_timestamp
from kiosk.store import Store, record_sync_success, set_updates_cursor, updates_cursor
from sync.engine import PendingRestore
from sync.outbox import OutboxItem, SealedAttachment
from sync.protocol import RestoreAck, SubmissionResult, Updates

log = logging.getLogger(__name__)


class StoreOutbox:
    """The core's outbox seen through the engine's `Outbox` protocol."""

    def __init__(self, store: Store, now: datetime) -> None:
        self.store = store
        self._groups: dict[str, list[int]] = {}
        self._now = now
        self._recovered = False

    def set_now(self, now: datetime) -> None:
        """The time stamped on state changes (the engine's clock)."""
        self._now = now

    def pending(self, now: datetime) -> Sequence[OutboxItem]:
        """Due entries grouped per submission, attachments first; resumes entries a kill left sending."""
        self._now = now
        with self.store.begin() as session:
            core.recover_interrupted(session, now)  # safe: the engine holds the sync lock
            entries = core.pending(session, now)
        return self._group(entries)

    def _group(self, entries: Sequence[core.OutboxItem]) -> list[OutboxItem]:
        self._groups = {}
        attachments: dict[tuple[str, str], list[core.OutboxItem]] = {}
        submissions: list[core.OutboxItem] = []
        for entry in entries:
            if entry.kind == core.ATTACHMENT:
                attachments.setdefault((entry.household_ref, entry.submission_id), []).append(entry)
            else:
                submissions.append(entry)
        items = [self._item(s, attachments.pop((s.household_ref, s.submission_id), [])) for s in submissions]
        items += [self._item(None, group) for group in attachments.values()]
        return sorted(items, key=lambda item: item.sequence)

    def _item(self, submission: core.OutboxItem | None, attachments: list[core.OutboxItem]) -> OutboxItem:
        first = submission or attachments[0]
        ids = [a.id for a in attachments] + ([submission.id] if submission else [])
        item_id = f"s{submission.id}" if submission else f"a{attachments[0].id}"
        self._groups[item_id] = ids
        return OutboxItem(
            item_id=item_id,
            household_ref=first.household_ref,
            sequence=min(ids),
            sealed_submission=submission.sealed if submission else None,
            attachments=tuple(SealedAttachment(a.sha256 or "", _loader(a.sealed)) for a in attachments),
            attempts=max(e.attempts for e in ([submission] if submission else []) + attachments),
            submission_id=first.submission_id,
        )

    def _entries(self, item_id: str) -> list[int]:
        return self._groups.get(item_id) or [int(item_id[1:])]

    def mark_sending(self, item_id: str) -> None:
        """Mark every entry of the item as sending (before the requests)."""
        with self.store.begin() as session:
            for entry_id in self._entries(item_id):
                core.mark_sending(session, entry_id, self._now)

    def mark_acknowledged(self, item_id: str, result: SubmissionResult | None) -> None:
        """Acknowledge the entries; a dossier number goes to the local dossier at once."""
        answer = json.dumps(result.to_json()) if result else "{}"
        with self.store.begin() as session:
            for entry_id in self._entries(item_id):
                core.mark_acknowledged(session, entry_id, answer, self._now)
            if result is not None:
                core.record_register_update(
                    session,
                    self.store.device,
                    now=self._now,
                    submission_id=result.submission_id,
                    dossier_number=result.dossier_number,
                )
            record_sync_success(session, self._now)

    def schedule_retry(self, item_id: str, at: datetime, reason: str) -> None:
        """Queue the item's entries again for `at`."""
        with self.store.begin() as session:
            for entry_id in self._entries(item_id):
                core.schedule_retry(session, entry_id, at, reason)

    def quarantine(self, item_id: str, reason: str) -> None:
        """Quarantine the item's entries with the register's reason."""
        with self.store.begin() as session:
            for entry_id in self._entries(item_id):
                core.quarantine(session, entry_id, reason)

    def requeue(self, item_id: str) -> None:
        """Requeue the item's entries (a coordinator's decision)."""
        with self.store.begin() as session:
            for entry_id in self._entries(item_id):
                core.requeue(session, entry_id, self._now)

    def next_due(self) -> datetime | None:
        """When the next sendable entry is due; a household held back by a quarantine does not count."""
        with self.store.begin() as session:
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
        with self.store.begin() as session:
            return updates_cursor(session)

    def record_register_update(self, updates: Updates) -> None:
        """Apply dossier numbers and notifications to the local dossiers, then move the cursor."""
        with self.store.begin() as session:
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
        with self.store.begin() as session:
            count, mac = audit.head(session)
            return mac, count

    def audit_head_at(self, count: int) -> str | None:
        """The audit chain's MAC after `count` events (None when it has fewer), for the register's check."""
        with self.store.begin() as session:
            return audit.head_at(session, count)

    def export(self) -> list[OutboxItem]:
        """Every waiting submission with its attachments, for `kiosk sync --export`."""
        with self.store.begin() as session:
            entries = core.export_entries(session)
        return self._group(entries)

    def import_entries(self, entries: Sequence[tuple[OutboxItem, dict[str, bytes]]]) -> int:
        """Queue forwarded sealed entries (from another terminal's export); each submission once."""
        added = 0
        with self.store.begin() as session:
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
                    session.add(self._row(ref, item.key, core.ATTACHMENT, sha256, box))
                session.add(self._row(ref, item.key, core.SUBMISSION, None, item.sealed_submission))
                added += 1
        return added

    def _row(self, ref: str, submission_id: str, kind: str, sha256: str | None, sealed: bytes) -> OutboxEntry:
        # The core's outbox has no "forward" entry point: these rows carry only sealed bytes and ids.
        return OutboxEntry(
            household_ref=ref[:64],
            dossier_id=None,
            submission_id=submission_id,
            supersedes=None,
            kind=kind,
            sha256=sha256,
            sealed=sealed,
            state=core.QUEUED,
            attempts=0,
            next_attempt_at=self._now,
            practice=False,
            created_at=self._now,
        )

    def counts(self) -> dict[str, int]:
        """Entries per state."""
        with self.store.begin() as session:
            health = core.queue_health(session, self._now)
        return {
            core.QUEUED: health.waiting,
            core.SENDING: health.sending,
            core.QUARANTINED: health.quarantined,
            core.ACKNOWLEDGED: health.acknowledged,
        }


def _loader(box: bytes) -> Callable[[], bytes]:
    return lambda: box


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
