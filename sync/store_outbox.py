"""The engine's `Outbox` port over the core's SQLite outbox (`kiosk/outbox.py`) in a `Store`.

The core queues attachments and submissions as separate entries; the engine sends one submission
with its attachments first. This adapter groups a batch of due entries by submission, applies each
engine decision to every entry of the group, and keeps the updates cursor in the store.

A pass is planned without reading a blob: each sealed submission is read when the engine reaches
its item, each sealed attachment when the engine loads it, each in its own short transaction, so
a queue of large scans never has to fit in memory.

One commit per item: the engine's "sending" mark is kept here and written in the transaction that
records the item's outcome (acknowledged, retry or quarantine, attempts counted). A SIGKILL
between the two leaves the item queued as it was; it is sent again and the register answers the
replay by its Idempotency-Key, so delivery stays exactly-once and only the request in flight is
lost.
"""

from __future__ import annotations

import json
import logging
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
from kiosk.store import Store, record_sync_success, set_updates_cursor, updates_cursor
from sync.outbox import OutboxItem, SealedAttachment
from sync.protocol import SubmissionResult, Updates

log = logging.getLogger(__name__)


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
        self._sending: set[str] = set()  # items marked sending whose outcome is not written yet
        self._now = now

    def set_now(self, now: datetime) -> None:
        """The time stamped on state changes (the engine's clock)."""
        self._now = now

    def pending(self, now: datetime) -> Sequence[OutboxItem]:
        """Due entries grouped per submission, attachments first; resumes entries a kill left sending."""
        self._now = now
        with self.store.begin() as session:
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
        with self.store.begin() as session:
            return core.sealed_bytes(session, entry_id)

    def _entries(self, item_id: str) -> list[int]:
        return self._groups.get(item_id) or [int(item_id[1:])]

    def mark_sending(self, item_id: str) -> None:
        """Note the attempt; it is written with the item's outcome (see the module's docstring)."""
        self._sending.add(item_id)

    @contextmanager
    def _outcome(self, item_id: str) -> Iterator[tuple[Session, list[int]]]:
        """One transaction for an item's outcome, with its attempt counted first when it was sent."""
        entry_ids = self._entries(item_id)
        with self.store.begin() as session:
            # One query loads the group's rows; the core's per-entry calls then find them in the session.
            rows = session.scalars(select(OutboxEntry).where(OutboxEntry.id.in_(entry_ids))).all()
            if item_id in self._sending:
                for entry_id in entry_ids:
                    core.mark_sending(session, entry_id, self._now)
            yield session, entry_ids
            del rows
        self._sending.discard(item_id)

    def mark_acknowledged(self, item_id: str, result: SubmissionResult | None) -> None:
        """Acknowledge the entries; a dossier number goes to the local dossier at once."""
        answer = json.dumps(result.to_json()) if result else "{}"
        with self._outcome(item_id) as (session, entry_ids):
            for entry_id in entry_ids:
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
        with self._outcome(item_id) as (session, entry_ids):
            for entry_id in entry_ids:
                core.schedule_retry(session, entry_id, at, reason)

    def quarantine(self, item_id: str, reason: str) -> None:
        """Quarantine the item's entries with the register's reason."""
        with self._outcome(item_id) as (session, entry_ids):
            for entry_id in entry_ids:
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

    def export(self) -> Sequence[OutboxItem]:
        """Every waiting submission with its attachments, for `kiosk sync --export`."""
        with self.store.begin() as session:
            entries = core.open_entries(session, (core.QUEUED, core.SENDING))
        return _Items(self._plan(entries), self._item)

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
        with self.store.begin() as session:
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
