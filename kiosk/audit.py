"""The audit trail: append-only events without personal data, chained with an HMAC.

Each event's MAC is HMAC-SHA256(audit key, previous MAC | canonical JSON of the event), with the audit
key derived from the device key only, so the CLI, purge and background sync can append and verify
without an operator. `verify` names the first broken link; `head` is what sync sends to the register
at each sync, so rewriting history on the terminal becomes detectable there.

Events carry ids (dossier ids, submission ids, operator names), never a national number, name or
address: `append` refuses details that look like a national number.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.keys import DeviceKeys
from kiosk.models import AuditEvent
from kiosk.statement import canonical_json, utc_timestamp

GENESIS = "0" * 64
_NATIONAL_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{11}(?![0-9A-Za-z])")  # 11 digits standing alone


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of checking the chain: ok, how many events, the first broken one."""

    ok: bool
    events: int
    first_broken: int | None = None

    def describe(self) -> str:
        """One line for a person."""
        if self.ok:
            return f"audit chain ok ({self.events} events)"
        return f"audit chain broken at event {self.first_broken} (of {self.events})"


def _mac(key: bytes, previous: str, event: AuditEvent) -> str:
    body = canonical_json(
        {
            "seq": event.seq,
            "at": utc_timestamp(event.at),
            "actor": event.actor,
            "action": event.action,
            "subject": event.subject,
            "details": json.loads(event.details),
        }
    )
    return hmac.new(key, previous.encode() + b"|" + body, hashlib.sha256).hexdigest()


def append(
    session: Session,
    device: DeviceKeys,
    *,
    actor: str,
    action: str,
    now: datetime,
    subject: str = "",
    details: Mapping[str, object] | None = None,
) -> AuditEvent:
    """Add one event at the end of the chain (inside the caller's transaction)."""
    details_json = canonical_json(dict(details or {})).decode()
    if _NATIONAL_NUMBER.search(details_json + subject):
        raise ValueError("audit events never carry a national number")
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).first()
    seq = 1 if last is None else last.seq + 1
    event = AuditEvent(
        seq=seq, at=now, actor=actor, action=action, subject=subject, details=details_json, mac=""
    )
    event.mac = _mac(device.audit_key, GENESIS if last is None else last.mac, event)
    session.add(event)
    session.flush()
    return event


def verify(session: Session, device: DeviceKeys) -> VerifyResult:
    """Recompute the chain from the start; report the first event whose MAC or order is wrong."""
    previous, expected_seq, count = GENESIS, 1, 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
        count += 1
        if event.seq != expected_seq or not hmac.compare_digest(
            event.mac, _mac(device.audit_key, previous, event)
        ):
            return VerifyResult(False, _count(session), first_broken=expected_seq)
        previous, expected_seq = event.mac, expected_seq + 1
    return VerifyResult(True, count)


def _count(session: Session) -> int:
    return len(session.scalars(select(AuditEvent.seq)).all())


def head(session: Session) -> tuple[int, str]:
    """(sequence number, MAC) of the newest event, or (0, genesis) for an empty chain."""
    last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(1)).first()
    return (0, GENESIS) if last is None else (last.seq, last.mac)


def head_at(session: Session, count: int) -> str | None:
    """The chain's MAC after its first `count` events (genesis for 0); None when it has fewer.

    Sync sends it for the count the register recorded, so the register can check that the history it
    saw is still the beginning of this chain.
    """
    if count == 0:
        return GENESIS
    event = session.get(AuditEvent, count)
    return None if event is None else event.mac
