"""What the sync engine needs from an outbox, and two implementations shipped in the product.

`Outbox` is the port; the core's SQLite outbox (`kiosk/outbox.py`) gets an adapter. `MemoryOutbox`
(vdirsyncer-style in-memory storage) drives tests and benchmarks; `sync.store_outbox.StoreOutbox`
adapts the core's SQLite outbox for the product.

States: queued -> sending -> acknowledged, or -> (retry scheduled) -> sending ..., or -> quarantined
(a coordinator can requeue). An item is marked sending before its request and acknowledged only
after the register's expected answer, so a crash always leads to a resend, never a loss.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from sync.protocol import SubmissionResult, Updates, b64, unb64

QUEUED, SENDING, ACKNOWLEDGED, QUARANTINED = "queued", "sending", "acknowledged", "quarantined"


@dataclass(frozen=True)
class SealedAttachment:
    """An evidence file sealed to the register; `load` reads its sealed bytes when it is sent."""

    sha256: str
    load: Callable[[], bytes]


@dataclass(frozen=True)
class OutboxItem:
    """One queued submission with its attachments, in the household's send order."""

    item_id: str  # the outbox's own id of the item
    household_ref: str  # opaque local grouping: items of one household go in order
    sequence: int  # global send order (monotonic, not wall-clock)
    sealed_submission: bytes | None  # None: only attachments are due (their submission waits)
    attachments: tuple[SealedAttachment, ...] = ()
    attempts: int = 0
    state: str = QUEUED
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    result: SubmissionResult | None = None
    submission_id: str | None = None  # the Idempotency-Key; defaults to item_id

    @property
    def key(self) -> str:
        """The submission id sent as Idempotency-Key."""
        return self.submission_id or self.item_id


class Outbox(Protocol):
    """The outbox operations the engine calls; the caller owns persistence and transactions."""

    def pending(self, now: datetime) -> Sequence[OutboxItem]:
        """Items not acknowledged nor quarantined whose retry time has come, in send order."""
        ...

    def mark_sending(self, item_id: str) -> None:
        """Record that a request for the item is about to go out."""
        ...

    def mark_acknowledged(self, item_id: str, result: SubmissionResult | None) -> None:
        """Record the register's answer (and dossier number); None when only attachments went."""
        ...

    def schedule_retry(self, item_id: str, at: datetime, reason: str) -> None:
        """Put the item back in the queue, due at `at`, counting one more attempt."""
        ...

    def quarantine(self, item_id: str, reason: str) -> None:
        """Take the item out of the queue with a reason a coordinator can read."""
        ...

    def requeue(self, item_id: str) -> None:
        """Put a quarantined item back in the queue (a coordinator's decision)."""
        ...

    def next_due(self) -> datetime | None:
        """When the next sendable item is due; None when nothing can be sent (empty, or quarantined)."""
        ...

    def update_cursor(self) -> int:
        """The `since` cursor for the register's updates."""
        ...

    def record_register_update(self, updates: Updates) -> None:
        """Store dossier numbers and notifications pulled from the register, and the new cursor."""
        ...


@dataclass
class MemoryOutbox:
    """An in-memory outbox (tests, benchmarks, training); thread-safe."""

    items: dict[str, OutboxItem] = field(default_factory=dict)
    household_keys: dict[str, str] = field(default_factory=dict)  # household_ref -> register's key
    dossier_numbers: dict[str, str] = field(default_factory=dict)  # household_ref -> dossier number
    notifications: list[tuple[str, str]] = field(default_factory=list)
    cursor: int = 0
    _lock: threading.RLock = field(default_factory=threading.RLock)

    def add(self, item: OutboxItem, household_key: str | None = None) -> None:
        """Queue an item (idempotent on its id: importing twice queues it once)."""
        with self._lock:
            if item.item_id in self.items:
                return
            sequence = max((x.sequence for x in self.items.values()), default=0) + 1
            self._put(replace(item, sequence=sequence))
            if household_key is not None:
                self.household_keys[item.household_ref] = household_key

    def _heads(self) -> list[OutboxItem]:
        """Per household, the earliest open item; a quarantined one holds its household back."""
        heads: dict[str, OutboxItem] = {}
        for item in sorted(self.items.values(), key=lambda x: x.sequence):
            if item.state != ACKNOWLEDGED and item.household_ref not in heads:
                heads[item.household_ref] = item
        return [x for x in heads.values() if x.state in (QUEUED, SENDING)]

    def pending(self, now: datetime) -> Sequence[OutboxItem]:
        """Each household's next item when due by `now`, in send order (later ones wait their turn)."""
        with self._lock:
            due = [x for x in self._heads() if x.next_attempt_at is None or x.next_attempt_at <= now]
            return sorted(due, key=lambda x: x.sequence)

    def mark_sending(self, item_id: str) -> None:
        """Mark the item as being sent."""
        self._update(item_id, state=SENDING)

    def mark_acknowledged(self, item_id: str, result: SubmissionResult | None) -> None:
        """Mark the item acknowledged; remember the dossier number of its household."""
        with self._lock:
            item = self._update(item_id, state=ACKNOWLEDGED, result=result, last_error=None)
            if result is not None and result.dossier_number:
                self._record_dossier(item.household_ref, result.dossier_number)

    def schedule_retry(self, item_id: str, at: datetime, reason: str) -> None:
        """Queue the item again for `at`."""
        with self._lock:
            item = self.items[item_id]
            self._update(
                item_id, state=QUEUED, next_attempt_at=at, last_error=reason, attempts=item.attempts + 1
            )

    def quarantine(self, item_id: str, reason: str) -> None:
        """Take the item out of the queue."""
        self._update(item_id, state=QUARANTINED, last_error=reason)

    def requeue(self, item_id: str) -> None:
        """Put a quarantined item back in the queue."""
        self._update(item_id, state=QUEUED, next_attempt_at=None, attempts=0)

    def next_due(self) -> datetime | None:
        """When the next sendable item is due (None: nothing can be sent without a coordinator)."""
        with self._lock:
            heads = self._heads()
            if not heads:
                return None
            return min(x.next_attempt_at or datetime.min.replace(tzinfo=UTC) for x in heads)

    def update_cursor(self) -> int:
        """The updates cursor."""
        return self.cursor

    def record_register_update(self, updates: Updates) -> None:
        """Map dossier numbers to local households by the register's household key."""
        with self._lock:
            by_key = {key: ref for ref, key in self.household_keys.items()}
            for dossier in updates.dossiers:
                ref = by_key.get(dossier.household_key)
                if ref is not None:
                    self._record_dossier(ref, dossier.dossier_number)
            self.notifications += [(n.household_key, n.text) for n in updates.notifications]
            self.cursor = updates.cursor
            self._saved_meta()

    def counts(self) -> dict[str, int]:
        """How many items are in each state (the queue health a coordinator sees)."""
        with self._lock:
            result = {QUEUED: 0, SENDING: 0, ACKNOWLEDGED: 0, QUARANTINED: 0}
            for item in self.items.values():
                result[item.state] += 1
            return result

    # --- internals, overridden by DirectoryOutbox to persist ------------------------------------

    def _record_dossier(self, household_ref: str, dossier_number: str) -> None:
        self.dossier_numbers[household_ref] = dossier_number
        self._saved_meta()

    def _update(self, item_id: str, **changes: Any) -> OutboxItem:
        with self._lock:
            item = replace(self.items[item_id], **changes)
            self._put(item)
            return item

    def _put(self, item: OutboxItem) -> None:
        self.items[item.item_id] = item

    def _saved_meta(self) -> None:
        return None


def _atomic_write(path: Path, data: bytes) -> None:
    # Write, fsync, rename: after a crash the file is either absent or complete.
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


# --- USB export / import ----------------------------------------------------------------------

EXPORT_FORMAT = "cir-kiosk-outbox-export/1"


def export_items(items: Sequence[OutboxItem], path: Path) -> int:
    """Write queued sealed entries to `path` (one JSON document); return how many."""
    entries = []
    for item in items:
        if item.sealed_submission is None:
            continue  # attachments travel with their submission
        entries.append(
            {
                "submission_id": item.key,
                "household_ref": item.household_ref,
                "sealed_submission": b64(item.sealed_submission),
                "attachments": {a.sha256: b64(a.load()) for a in item.attachments},
            }
        )
    _atomic_write(path, json.dumps({"format": EXPORT_FORMAT, "entries": entries}).encode())
    return len(entries)


def read_export(path: Path) -> list[tuple[OutboxItem, dict[str, bytes]]]:
    """Read an export file; raise ValueError when it is not one."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ValueError(f"{path}: cannot be read ({error.strerror or type(error).__name__})") from error
    try:
        document = json.loads(raw)
    except ValueError as error:
        raise ValueError(f"{path} is not a kiosk outbox export") from error
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise ValueError(f"{path} is not a kiosk outbox export")
    try:
        return [_entry_from_json(entry) for entry in document["entries"]]
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise ValueError(f"the outbox export {path} is damaged") from error


def _entry_from_json(entry: dict[str, Any]) -> tuple[OutboxItem, dict[str, bytes]]:
    sealed = {sha: unb64(box) for sha, box in entry["attachments"].items()}
    item = OutboxItem(
        item_id=entry["submission_id"],
        household_ref=entry["household_ref"],
        sequence=0,
        sealed_submission=unb64(entry["sealed_submission"]),
        submission_id=entry["submission_id"],
    )
    return item, sealed
