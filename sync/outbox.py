"""What the sync engine needs from an outbox, and two implementations shipped in the product.

`Outbox` is the port; the core's SQLite outbox (`kiosk/outbox.py`) gets an adapter. `MemoryOutbox`
(vdirsyncer-style in-memory storage) drives tests and benchmarks; `DirectoryOutbox` persists every
state change with an atomic rename, so a SIGKILLed sync resumes exactly where it stood.

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

    item_id: str  # the submission id: also the Idempotency-Key
    household_ref: str  # opaque local grouping: items of one household go in order
    sequence: int  # global send order (monotonic, not wall-clock)
    sealed_submission: bytes
    attachments: tuple[SealedAttachment, ...] = ()
    attempts: int = 0
    state: str = QUEUED
    next_attempt_at: datetime | None = None
    last_error: str | None = None
    result: SubmissionResult | None = None


class Outbox(Protocol):
    """The outbox operations the engine calls; the caller owns persistence and transactions."""

    def pending(self, now: datetime) -> Sequence[OutboxItem]:
        """Items not acknowledged nor quarantined whose retry time has come, in send order."""
        ...

    def mark_sending(self, item_id: str) -> None:
        """Record that a request for the item is about to go out."""
        ...

    def mark_acknowledged(self, item_id: str, result: SubmissionResult) -> None:
        """Record the register's answer (and dossier number) for the item."""
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
        """When the earliest waiting item is due; None when nothing waits."""
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

    def pending(self, now: datetime) -> Sequence[OutboxItem]:
        """Waiting items due by `now`, in send order."""
        with self._lock:
            waiting = [x for x in self.items.values() if x.state in (QUEUED, SENDING)]
            due = [x for x in waiting if x.next_attempt_at is None or x.next_attempt_at <= now]
            return sorted(due, key=lambda x: x.sequence)

    def mark_sending(self, item_id: str) -> None:
        """Mark the item as being sent."""
        self._update(item_id, state=SENDING)

    def mark_acknowledged(self, item_id: str, result: SubmissionResult) -> None:
        """Mark the item acknowledged; remember the dossier number of its household."""
        with self._lock:
            item = self._update(item_id, state=ACKNOWLEDGED, result=result, last_error=None)
            if result.dossier_number:
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
        """The earliest retry time of the waiting items."""
        with self._lock:
            waiting = [x for x in self.items.values() if x.state in (QUEUED, SENDING)]
            if not waiting:
                return None
            return min(x.next_attempt_at or datetime.min.replace(tzinfo=UTC) for x in waiting)

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


class DirectoryOutbox(MemoryOutbox):
    """A `MemoryOutbox` that survives SIGKILL: each item and the metadata are files, replaced atomically."""

    def __init__(self, directory: Path) -> None:
        super().__init__()
        self.directory = directory
        (directory / "items").mkdir(parents=True, exist_ok=True)
        (directory / "attachments").mkdir(exist_ok=True)
        self._load()

    def add_with_attachments(
        self, item: OutboxItem, sealed: dict[str, bytes], household_key: str | None
    ) -> None:
        """Queue an item and store its sealed attachments next to it."""
        for sha256, box in sealed.items():
            _atomic_write(self.directory / "attachments" / sha256, box)
        attachments = tuple(self._attachment(sha) for sha in sealed)
        self.add(replace(item, attachments=attachments), household_key)

    def _attachment(self, sha256: str) -> SealedAttachment:
        path = self.directory / "attachments" / sha256
        return SealedAttachment(sha256, path.read_bytes)

    def _put(self, item: OutboxItem) -> None:
        super()._put(item)
        _atomic_write(
            self.directory / "items" / f"{item.item_id}.json", json.dumps(item_to_json(item)).encode()
        )

    def _saved_meta(self) -> None:
        meta = {
            "cursor": self.cursor,
            "household_keys": self.household_keys,
            "dossier_numbers": self.dossier_numbers,
            "notifications": self.notifications,
        }
        _atomic_write(self.directory / "meta.json", json.dumps(meta).encode())

    def add(self, item: OutboxItem, household_key: str | None = None) -> None:
        """Queue an item and persist the household key mapping."""
        super().add(item, household_key)
        self._saved_meta()

    def _load(self) -> None:
        meta_path = self.directory / "meta.json"
        if meta_path.exists():
            meta = json.loads(meta_path.read_text())
            self.cursor = meta["cursor"]
            self.household_keys = meta["household_keys"]
            self.dossier_numbers = meta["dossier_numbers"]
            self.notifications = [(n[0], n[1]) for n in meta["notifications"]]
        for path in (self.directory / "items").glob("*.json"):
            item = item_from_json(json.loads(path.read_text()), self._attachment)
            self.items[item.item_id] = item


def _atomic_write(path: Path, data: bytes) -> None:
    # Write, fsync, rename: after a SIGKILL the file is either the old or the new version.
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def item_to_json(item: OutboxItem) -> dict[str, Any]:
    """Serialise an item's state (attachments by hash only)."""
    return {
        "item_id": item.item_id,
        "household_ref": item.household_ref,
        "sequence": item.sequence,
        "sealed_submission": b64(item.sealed_submission),
        "attachments": [a.sha256 for a in item.attachments],
        "attempts": item.attempts,
        "state": item.state,
        "next_attempt_at": item.next_attempt_at.isoformat() if item.next_attempt_at else None,
        "last_error": item.last_error,
        "result": item.result.to_json() if item.result else None,
    }


def item_from_json(data: dict[str, Any], attachment: Callable[[str], SealedAttachment]) -> OutboxItem:
    """Rebuild an item from `item_to_json`."""
    return OutboxItem(
        item_id=data["item_id"],
        household_ref=data["household_ref"],
        sequence=data["sequence"],
        sealed_submission=unb64(data["sealed_submission"]),
        attachments=tuple(attachment(sha) for sha in data["attachments"]),
        attempts=data["attempts"],
        state=data["state"],
        next_attempt_at=datetime.fromisoformat(data["next_attempt_at"]) if data["next_attempt_at"] else None,
        last_error=data["last_error"],
        result=SubmissionResult.from_json(data["result"]) if data["result"] else None,
    )


# --- USB export / import ----------------------------------------------------------------------

EXPORT_FORMAT = "cir-kiosk-outbox-export/1"


def export_items(items: Sequence[OutboxItem], path: Path) -> int:
    """Write queued sealed entries to `path` (one JSON document); return how many."""
    entries = [
        {
            "item_id": x.item_id,
            "household_ref": x.household_ref,
            "sealed_submission": b64(x.sealed_submission),
            "attachments": {a.sha256: b64(a.load()) for a in x.attachments},
        }
        for x in items
    ]
    _atomic_write(path, json.dumps({"format": EXPORT_FORMAT, "entries": entries}).encode())
    return len(entries)


def read_export(path: Path) -> list[tuple[OutboxItem, dict[str, bytes]]]:
    """Read an export file; raise ValueError when it is not one."""
    try:
        document = json.loads(path.read_bytes())
    except (OSError, ValueError) as error:
        raise ValueError("not a kiosk outbox export") from error
    if not isinstance(document, dict) or document.get("format") != EXPORT_FORMAT:
        raise ValueError("not a kiosk outbox export")
    result = []
    for entry in document["entries"]:
        sealed = {sha: unb64(box) for sha, box in entry["attachments"].items()}
        item = OutboxItem(
            item_id=entry["item_id"],
            household_ref="import:" + entry["household_ref"],
            sequence=0,
            sealed_submission=unb64(entry["sealed_submission"]),
        )
        result.append((item, sealed))
    return result
