"""Errors of sync, rooted at `SyncError` with a `kind` that says what the engine should do.

Outline::

    SyncError(kind)
      kind NETWORK      unreachable, timeout, dropped connection (httpx.TransportError) -> retry
      kind OFFLINE      a captive portal or another service answered -> retry later, nothing sent
      kind SERVER       5xx, 429, 409 in-flight -> retry with backoff
      kind REJECTED     422, 409 stale, 413 -> quarantine with the register's reason
      kind AUTH         401, 403 -> stop the queue and alert a coordinator
      kind PROTOCOL     an answer that does not match the contract -> retry, then quarantine
"""

from __future__ import annotations

import enum


class SyncErrorKind(enum.StrEnum):
    """What kind of failure, and so what the sync engine does about it."""

    NETWORK = "network"
    OFFLINE = "offline"
    SERVER = "server"
    REJECTED = "rejected"
    AUTH = "auth"
    PROTOCOL = "protocol"

    @property
    def retryable(self) -> bool:
        """Whether the same request may succeed later without anyone's help."""
        return self not in {SyncErrorKind.REJECTED, SyncErrorKind.AUTH}


class SyncError(Exception):
    """A sync step failed; `kind` decides between retry, quarantine and stop."""

    def __init__(self, kind: SyncErrorKind, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.retry_after = retry_after
