"""The sync engine: sends the outbox to the register exactly once, whatever the network does.

At-least-once delivery (mark sending, send, acknowledge only on the expected answer) plus the
register's idempotent receiver (Idempotency-Key = submission id) gives exactly-once. Failures are
sorted by `SyncErrorKind`: retry with exponential backoff and full jitter (honouring Retry-After)
through the injectable clock, quarantine permanent ones, stop the queue on auth failures.

What a coordinator must see comes back typed in `SyncReport.alerts` (`SyncAlert`: an `AlertKind` and a
plain English message without personal data): a refused token, a wrong clock, a restore declared to
the register, and the register's audit flag, raised again on every sync until WIL clears it.
"""

from __future__ import annotations

import enum
import random
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Protocol

from filelock import FileLock, Timeout

from kiosk.ports import Clock
from sync.client import RegisterClient
from sync.errors import SyncError, SyncErrorKind
from sync.outbox import Outbox, OutboxItem
from sync.protocol import AuditFlag, RestoreAck

CLOCK_SKEW_WARNING = timedelta(minutes=5)
PROTOCOL_ATTEMPTS_BEFORE_QUARANTINE = 8


class RulesSink(Protocol):
    """Where newer rules from the register go (the core's rules store)."""

    def current_rules_version(self) -> str | None:
        """The version in use, None when only the shipped rules exist."""
        ...

    def store_rules(self, version: str, text: str) -> None:
        """Validate and keep a newer rules file (an invalid one is refused, not raised)."""
        ...


class AlertKind(enum.StrEnum):
    """What a coordinator is alerted about after a sync."""

    AUTH_REFUSED = "auth_refused"  # the register refused the token: enroll again
    CLOCK_SKEW = "clock_skew"  # this computer's clock is more than 5 minutes off
    AUDIT_ROLLBACK = "audit_rollback"  # the register flagged the audit log for going backwards
    AUDIT_MISMATCH = "audit_mismatch"  # the register flagged a rewritten or forked audit log
    RESTORE_DECLARED = "restore_declared"  # a restore from a backup was declared to the register


@dataclass(frozen=True)
class SyncAlert:
    """One alert for the operator's screen: its kind and a plain English sentence (no personal data)."""

    kind: AlertKind
    message: str


_FLAG_REASONS = {
    "rollback": (AlertKind.AUDIT_ROLLBACK, "its audit log went back to fewer events than the register saw"),
    "mismatch": (AlertKind.AUDIT_MISMATCH, "its audit log does not begin with the history the register saw"),
    "missing-proof": (AlertKind.AUDIT_MISMATCH, "it stopped proving that its audit log continues"),
}


def audit_flag_alert(flag: AuditFlag) -> SyncAlert:
    """The alert for the register's audit flag on this terminal."""
    kind, why = _FLAG_REASONS.get(flag.reason, (AlertKind.AUDIT_MISMATCH, "its audit log changed"))
    return SyncAlert(
        kind,
        f"the register has flagged this terminal since {flag.flagged_at}: {why}. Tell WIL; the flag "
        "stays until WIL has looked into it and clears it",
    )


class RestoreLedger(Protocol):
    """Restores of the store waiting to be declared to the register (`kiosk db restore`)."""

    def pending_restore(self) -> PendingRestore | None:
        """The restore not yet declared, None when there is none."""
        ...

    def restore_declared(self, restore: PendingRestore, ack: RestoreAck) -> None:
        """The register took the declaration: stop sending it."""
        ...


@dataclass(frozen=True)
class PendingRestore:
    """A restore to declare: the backup's audit (count, head) and times (UTC timestamps)."""

    restore_id: str
    backup_count: int
    backup_head: str
    backup_created_at: str
    restored_at: str


class SyncBusy(Exception):
    """Another sync (the app's worker or `kiosk sync`) holds this data directory's lock."""


@dataclass
class Backoff:
    """Exponential backoff with full jitter (AWS architecture blog): uniform(0, min(cap, base * 2**n))."""

    base: float = 2.0
    cap: float = 3600.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempts: int, retry_after: float | None = None) -> float:
        """Seconds to wait after `attempts` failures; never less than the register's Retry-After."""
        jittered = self.rng.uniform(0, min(self.cap, self.base * 2 ** min(attempts, 30)))
        return max(jittered, retry_after or 0.0)


@dataclass(frozen=True)
class SyncProgress:
    """Progress of one pass, for a progress bar: items handled out of the items due."""

    done: int
    total: int


@dataclass
class SyncReport:
    """What one or more passes did; `offline` and `auth_failed` say why it stopped early."""

    acknowledged: list[str] = field(default_factory=list)
    retried: int = 0
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    offline: bool = False
    auth_failed: bool = False
    cancelled: bool = False
    warnings: list[str] = field(default_factory=list)
    alerts: list[SyncAlert] = field(default_factory=list)
    restore: RestoreAck | None = None  # the register's answer when this sync declared a restore
    passes: int = 0

    def alert(self, kind: AlertKind, message: str) -> SyncAlert:
        """Add an alert once."""
        alert = SyncAlert(kind, message)
        if alert not in self.alerts:
            self.alerts.append(alert)
        return alert

    def merge(self, other: SyncReport) -> None:
        """Add another pass's report to this one."""
        self.acknowledged += other.acknowledged
        self.retried += other.retried
        self.quarantined += other.quarantined
        self.warnings += [w for w in other.warnings if w not in self.warnings]
        self.alerts += [a for a in other.alerts if a not in self.alerts]
        self.restore = other.restore or self.restore
        self.offline, self.auth_failed, self.cancelled = other.offline, other.auth_failed, other.cancelled
        self.passes += other.passes


class _StopPass(Exception):
    """The network or the token failed: the rest of this pass would fail the same way."""


ProgressCallback = Callable[[SyncProgress], None]


class SyncEngine:
    """Drains an `Outbox` into the register through a `RegisterClient`."""

    def __init__(
        self,
        client: RegisterClient,
        outbox: Outbox,
        clock: Clock,
        *,
        terminal_id: str,
        lock_path: Path | None = None,
        backoff: Backoff | None = None,
        audit_head: Callable[[], tuple[str, int]] | None = None,
        audit_head_at: Callable[[int], str | None] | None = None,
        restores: RestoreLedger | None = None,
        on_alert: Callable[[str], None] | None = None,
        rules: RulesSink | None = None,
    ) -> None:
        # `audit_head` gives (head, count); `audit_head_at(n)` this chain's hash after n events (None
        # when it has fewer): with it each sync proves continuity from the count the register recorded.
        # `on_alert` receives each alert's message as it is raised (the typed ones are in the report).
        self.client = client
        self.outbox = outbox
        self.clock = clock
        self.terminal_id = terminal_id
        self.backoff = backoff or Backoff()
        self._lock_path = lock_path
        self._audit_head = audit_head
        self._audit_head_at = audit_head_at
        self._restores = restores
        self._rules = rules
        self._on_alert = on_alert or (lambda _message: None)

    def _exclusive(self) -> AbstractContextManager[object]:
        if self._lock_path is None:
            return nullcontext()
        lock = FileLock(str(self._lock_path), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            raise SyncBusy("another sync is running for this data directory") from None
        return _Releasing(lock)

    def run_once(
        self, cancel: threading.Event | None = None, on_progress: ProgressCallback | None = None
    ) -> SyncReport:
        """One pass: health, the due items in order, then updates and the audit head."""
        with self._exclusive():
            report = SyncReport(passes=1)
            try:
                self._check_health(report)
                self._send_due(report, cancel, on_progress)
                if not report.cancelled:
                    self._pull_updates(report)
            except _StopPass:
                pass
            return report

    def run_until_drained(
        self,
        cancel: threading.Event | None = None,
        on_progress: ProgressCallback | None = None,
        max_passes: int = 10_000,
    ) -> SyncReport:
        """Pass after pass, waiting on the clock between them, until nothing waits (or auth fails)."""
        total = SyncReport()
        offline_streak = 0
        for _ in range(max_passes):
            report = self.run_once(cancel, on_progress)
            total.merge(report)
            if report.auth_failed or report.cancelled or self.outbox.next_due() is None:
                break
            if not (report.acknowledged or report.retried or report.quarantined or report.offline):
                # Nothing moved although something looks due: a guard against spinning on a queue
                # the outbox holds back (e.g. behind a quarantined item).
                due = self.outbox.next_due()
                if due is not None and due <= self.clock.now():
                    break
            offline_streak = offline_streak + 1 if report.offline else 0
            self.clock.sleep(self._wait(offline_streak))
        return total

    def _wait(self, offline_streak: int) -> float:
        if offline_streak:
            return self.backoff.delay(offline_streak)
        due = self.outbox.next_due()
        return max(0.0, (due - self.clock.now()).total_seconds()) if due else 0.0

    # --- one pass ---------------------------------------------------------------------------------

    def _check_health(self, report: SyncReport) -> None:
        try:
            server_date = self.client.health()
        except SyncError as error:
            self._stop_for(error, report)
            raise _StopPass from error
        if server_date is not None and abs(server_date - self.clock.now()) > CLOCK_SKEW_WARNING:
            message = "this computer's clock differs from the register's by more than 5 minutes"
            report.warnings.append(message)
            self._raise(report, AlertKind.CLOCK_SKEW, message)

    def _raise(self, report: SyncReport, kind: AlertKind, message: str) -> None:
        report.alert(kind, message)
        self._on_alert(message)

    def _stop_for(self, error: SyncError, report: SyncReport) -> None:
        if error.kind is SyncErrorKind.AUTH:
            report.auth_failed = True
            self._raise(
                report,
                AlertKind.AUTH_REFUSED,
                "the register refused this terminal's token: a coordinator must enroll it again",
            )
        else:
            report.offline = True

    def _send_due(
        self, report: SyncReport, cancel: threading.Event | None, on_progress: ProgressCallback | None
    ) -> None:
        items = self.outbox.pending(self.clock.now())
        held_back: set[str] = set()  # households whose earlier item must go first
        for index, item in enumerate(items):
            if cancel is not None and cancel.is_set():
                report.cancelled = True
                return
            if item.household_ref in held_back:
                continue
            if not self._send(item, report):
                held_back.add(item.household_ref)
            if on_progress is not None:
                on_progress(SyncProgress(index + 1, len(items)))

    def _send(self, item: OutboxItem, report: SyncReport) -> bool:
        """Send one item; True when it left the queue (acknowledged or quarantined)."""
        self.outbox.mark_sending(item.item_id)
        try:
            for attachment in item.attachments:
                self.client.put_attachment(attachment.sha256, attachment.load())
            result = None
            if item.sealed_submission is not None:
                result = self.client.put_submission(item.key, item.sealed_submission)
        except SyncError as error:
            return self._failed(item, error, report)
        self.outbox.mark_acknowledged(item.item_id, result)
        report.acknowledged.append(item.item_id)
        return True

    def _failed(self, item: OutboxItem, error: SyncError, report: SyncReport) -> bool:
        reason = str(error)
        permanent = error.kind is SyncErrorKind.REJECTED or (
            error.kind is SyncErrorKind.PROTOCOL and item.attempts + 1 >= PROTOCOL_ATTEMPTS_BEFORE_QUARANTINE
        )
        if permanent:
            self.outbox.quarantine(item.item_id, reason)
            report.quarantined.append((item.item_id, reason))
            return True
        if error.kind is SyncErrorKind.AUTH:
            self.outbox.schedule_retry(item.item_id, self.clock.now(), reason)
            self._stop_for(error, report)
            raise _StopPass
        delay = self.backoff.delay(item.attempts, error.retry_after)
        self.outbox.schedule_retry(item.item_id, self.clock.now() + timedelta(seconds=delay), reason)
        report.retried += 1
        if error.kind in (SyncErrorKind.NETWORK, SyncErrorKind.OFFLINE):
            report.offline = True
            raise _StopPass
        return False

    def _pull_updates(self, report: SyncReport) -> None:
        try:
            updates = self.client.updates(self.terminal_id, self.outbox.update_cursor())
            self.outbox.record_register_update(updates)
            if self._rules is not None and updates.rules_version != self._rules.current_rules_version():
                version, rules = self.client.rules()
                self._rules.store_rules(version, rules)
            self._declare_restore(report)
            self._send_audit_head(report)
        except SyncError as error:
            if error.kind is SyncErrorKind.AUTH:
                self._stop_for(error, report)
            else:
                report.warnings.append("updates could not be fetched this time")

    def _declare_restore(self, report: SyncReport) -> None:
        # Before the audit head: once declared, the register checks the head against the backup's.
        pending = self._restores.pending_restore() if self._restores is not None else None
        if pending is None:
            return
        ack = self.client.declare_restore(
            self.terminal_id,
            pending.restore_id,
            backup_count=pending.backup_count,
            backup_head=pending.backup_head,
            backup_created_at=pending.backup_created_at,
            restored_at=pending.restored_at,
        )
        assert self._restores is not None  # noqa: S101 - pending came from it
        self._restores.restore_declared(pending, ack)
        report.restore = ack
        self._raise(
            report,
            AlertKind.RESTORE_DECLARED,
            f"the restore from the backup of {pending.backup_created_at} was declared to the register; "
            f"it holds {len(ack.submissions)} submission(s) from this terminal made after that backup",
        )

    def _send_audit_head(self, report: SyncReport) -> None:
        if self._audit_head is None:
            return
        head, count = self._audit_head()
        previous = None
        if self._audit_head_at is not None:
            recorded, _flag = self.client.audit_state(self.terminal_id)
            at_recorded = self._audit_head_at(recorded)
            # Fewer events than the register saw: no proof to give, the register flags a rollback.
            previous = (recorded, at_recorded) if at_recorded is not None else None
        ack = self.client.put_audit_head(self.terminal_id, head, count, previous)
        if ack.flag is not None:
            alert = audit_flag_alert(ack.flag)
            self._raise(report, alert.kind, alert.message)
        elif not ack.consistent:
            # A register without flags (older contract) still says when the count went backwards.
            message = "the register saw this terminal's audit log go backwards"
            report.warnings.append(message)
            self._raise(report, AlertKind.AUDIT_ROLLBACK, message)


class _Releasing:
    def __init__(self, lock: FileLock) -> None:
        self._lock = lock

    def __enter__(self) -> object:
        return self._lock

    def __exit__(self, *exc: object) -> None:
        self._lock.release()
