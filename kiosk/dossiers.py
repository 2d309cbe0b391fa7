"""Dossiers at rest: encrypted with their own data key, found by national-number HMAC, queued at visit end.

Every personal field of a dossier (members, answers, signatures, contact details, evidence metadata)
is one JSON document encrypted with the dossier's AES-256-GCM data key, which is wrapped by the master
key (`kiosk.models.DossierKey`). Evidence files are encrypted with the same data key under
`<data dir>/evidence/`. Reading or writing needs an `Unlocked` store (an operator signed in).

API for the UI (a `Session` from `store.begin()`; nothing here commits):
- `save_dossier(session, unlocked, dossier, context, now)`: insert or update (the visit's autosave).
- `load_dossier(session, unlocked, dossier_id) -> Dossier`.
- `find_by_national_number(session, device, national_number) -> list[str]` dossier ids.
- `add_evidence_file(session, unlocked, dossier, evidence, content, mime_type, rules, now) -> EvidenceFile`.
- `read_evidence_file(session, unlocked, dossier_id, file_id) -> bytes`.
- `end_visit(session, unlocked, dossier, visit, encoder, context, rules, now) -> EndOfVisit`: saves,
  queues the sealed submission and new attachments (if anything is new), logs the visit.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import audit, db, keys, outbox
from kiosk.clock import local_day
from kiosk.domain import (
    LEGACY_RULES_VERSION,
    Action,
    Dossier,
    Evidence,
    EvidenceFile,
    Member,
    OperatorContext,
    Visit,
    adults_progress,
    dossier_status,
    household_changes,
)
from kiosk.errors import KioskUserError, StoreDamaged, StoreError
from kiosk.keys import DeviceKeys, WrongSecret
from kiosk.models import Dossier as DossierRow
from kiosk.models import DossierKey, Enrollment, EvidenceBlob, MemberLookup, VisitLog
from kiosk.payload import decode_dossier, encode_dossier
from kiosk.ports import (
    ChangeSnapshot,
    ConfirmationSnapshot,
    EvidenceSnapshot,
    MemberSnapshot,
    RepresentativeSnapshot,
    SubmissionEncoder,
    SubmissionSnapshot,
)
from kiosk.registration import contact_json, preferences_json
from kiosk.rules import Rules
from kiosk.store import Store, Unlocked

log = logging.getLogger(__name__)

PAYLOAD_BOX_VERSION = 1
_REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


class EvidenceRejected(KioskUserError):
    """A file of a type or size the rules do not accept."""


def dossier_to_json(dossier: Dossier) -> bytes:
    """The dossier's content as JSON bytes (before encryption): `kiosk.payload`'s current version."""
    return encode_dossier(dossier)


def dossier_from_json(raw: bytes) -> Dossier:
    """Rebuild a dossier from a payload of any version `kiosk.payload` reads."""
    return decode_dossier(raw)


# --- keys of one dossier -----------------------------------------------------------------------


def _payload_context(dossier_id: str) -> bytes:
    # The box's associated data names the box format (1), not the JSON's version inside it, so a
    # newer payload version never changes how existing boxes open.
    return f"dossier:{dossier_id}:payload:v{PAYLOAD_BOX_VERSION}".encode()


def _data_key(session: Session, unlocked: Unlocked, dossier_id: str) -> bytes:
    row = session.get(DossierKey, dossier_id)
    if row is None:
        raise StoreError("this dossier's key is gone (purged)")
    with _damaged_if_unopened(session, unlocked.store, dossier_id, "its data key"):
        return keys.decrypt(unlocked.master_key, row.wrapped_key, b"data-key:" + dossier_id.encode())


@contextmanager
def _damaged_if_unopened(
    session: Session, store: Store, dossier_id: str, what: str, path: Path | None = None
) -> Iterator[None]:
    """A box that the signed-in master key should open but does not was changed on disk: damage.

    Signing in opened the master key, which authenticated encryption (AES-GCM) proves right; a
    data key, payload or evidence file it no longer opens has different bytes now, so it is named
    as damaged, with its dossier's local reference, never as a wrong key or password.
    """
    try:
        yield
    except WrongSecret:
        raise StoreDamaged(
            path or store.data_dir / db.DATABASE_FILE,
            f"{what} no longer opens",
            subject=f"dossier {_reference_or_id(session, dossier_id)}",
        ) from None
    except FileNotFoundError:
        raise StoreDamaged(
            path or store.data_dir,
            f"{what} is missing",
            subject=f"dossier {_reference_or_id(session, dossier_id)}",
        ) from None


def _reference_or_id(session: Session, dossier_id: str) -> str:
    row = session.get(DossierRow, dossier_id)
    return row.local_reference if row is not None else dossier_id


def _wrap_data_key(unlocked: Unlocked, dossier_id: str, key: bytes) -> DossierKey:
    wrapped = keys.encrypt(unlocked.master_key, key, b"data-key:" + dossier_id.encode())
    return DossierKey(dossier_id=dossier_id, wrapped_key=wrapped)


def new_local_reference() -> str:
    """A short reference for receipts and the counter (K-XXXX-XXXX, no personal data)."""
    chars = "".join(secrets.choice(_REFERENCE_ALPHABET) for _ in range(8))
    return f"K-{chars[:4]}-{chars[4:]}"


# --- saving and loading ------------------------------------------------------------------------


def save_dossier(
    session: Session,
    unlocked: Unlocked,
    dossier: Dossier,
    context: OperatorContext,
    now: datetime,
    rules: Rules,
) -> DossierRow:
    """Insert or update a dossier: encrypted payload, lookup HMACs and the plaintext columns."""
    context.require(Action.RUN_VISIT)
    row = session.get(DossierRow, dossier.dossier_id)
    new_key: DossierKey | None = None
    if row is None:
        key = os.urandom(keys.KEY_BYTES)
        new_key = _wrap_data_key(unlocked, dossier.dossier_id, key)
        row = _new_row(unlocked.store.device, dossier, context, now)
        session.add(row)
    else:
        key = _data_key(session, unlocked, dossier.dossier_id)
        # The register may have answered meanwhile (sync writes these columns without an operator).
        dossier.candidate_number = dossier.candidate_number or row.candidate_number
        dossier.dossier_number = dossier.dossier_number or row.dossier_number
        if row.last_submission_id is None:  # a key that became known (WIL checked the documents)
            row.household_ref = unlocked.store.device.lookup(_local_household_key(dossier))
    if not dossier.rules_version:
        dossier.rules_version = rules.version  # a dossier is judged from now on by the rules it began under
    _set_plaintext_columns(row, dossier, rules, now)
    row.payload = keys.encrypt(key, dossier_to_json(dossier), _payload_context(dossier.dossier_id))
    session.flush()
    if new_key is not None:  # after the dossier row exists (foreign key)
        session.add(new_key)
        session.flush()
    _update_lookups(session, unlocked.store.device, dossier)
    return row


def _new_row(device: DeviceKeys, dossier: Dossier, context: OperatorContext, now: datetime) -> DossierRow:
    return DossierRow(
        id=dossier.dossier_id,
        local_reference=new_local_reference(),
        household_ref=device.lookup(_local_household_key(dossier)),
        location=context.location,
        terminal_id=context.terminal_id,
        practice=dossier.practice,
        created_at=now,
        notifications="[]",
    )


def _local_household_key(dossier: Dossier) -> str:
    """The household key, else the dossier's own id.

    A household recorded by hand may have no national number yet; its row takes the real key once it
    is known, before anything is sent.
    """
    try:
        return dossier.household_key
    except ValueError:
        return "dossier:" + dossier.dossier_id


def _set_plaintext_columns(row: DossierRow, dossier: Dossier, rules: Rules, now: datetime) -> None:
    """The columns the queries read without a key: status, numbers, deadline, counts (no personal data)."""
    day = local_day(now)
    row.kind = dossier.kind
    row.status = dossier_status(dossier, rules, day).value
    row.candidate_number = dossier.candidate_number
    row.dossier_number = dossier.dossier_number
    if row.dossier_number is not None and row.definitive_at is None:
        row.definitive_at = now  # purge counts the grace period from here
    row.deadline = dossier.deadline(rules)  # the rules file's day counts (WIL may change them)
    row.adults_confirmed, row.adults_total = adults_progress(dossier, day)
    row.updated_at = now


def _update_lookups(session: Session, device: DeviceKeys, dossier: Dossier) -> None:
    wanted = {device.lookup(m.national_number) for m in dossier.members if m.national_number}
    existing = session.scalars(
        select(MemberLookup).where(MemberLookup.dossier_id == dossier.dossier_id)
    ).all()
    for row in existing:
        if row.national_number_hmac not in wanted:
            session.delete(row)
    have = {row.national_number_hmac for row in existing}
    for value in sorted(wanted - have):
        session.add(MemberLookup(dossier_id=dossier.dossier_id, national_number_hmac=value))


def load_dossier(session: Session, unlocked: Unlocked, dossier_id: str) -> Dossier:
    """Decrypt a dossier; the register's numbers from sync are laid over the stored content."""
    row = session.get(DossierRow, dossier_id)
    if row is None:
        raise KeyError(dossier_id)
    key = _data_key(session, unlocked, dossier_id)
    with _damaged_if_unopened(session, unlocked.store, dossier_id, "its encrypted content"):
        plain = keys.decrypt(key, row.payload, _payload_context(dossier_id))
    dossier = dossier_from_json(plain)
    dossier.candidate_number = row.candidate_number or dossier.candidate_number
    dossier.dossier_number = row.dossier_number or dossier.dossier_number
    return dossier


def local_reference(session: Session, dossier_id: str) -> str:
    """The dossier's short local reference (for receipts)."""
    row = session.get(DossierRow, dossier_id)
    if row is None:
        raise KeyError(dossier_id)
    return row.local_reference


def find_by_national_number(session: Session, device: DeviceKeys, national_number: str) -> list[str]:
    """Ids of the dossiers with a member of this national number, newest first."""
    value = device.lookup(national_number)
    return list(
        session.scalars(
            select(DossierRow.id)
            .join(MemberLookup, MemberLookup.dossier_id == DossierRow.id)
            .where(MemberLookup.national_number_hmac == value)
            .order_by(DossierRow.updated_at.desc())
        )
    )


# --- evidence files ----------------------------------------------------------------------------


def _evidence_path(store: Store, file_id: str) -> Path:
    return store.evidence_dir / f"{file_id}.bin"


def _file_context(dossier_id: str, file_id: str) -> bytes:
    return f"evidence:{dossier_id}:{file_id}".encode()


def add_evidence_file(
    session: Session,
    unlocked: Unlocked,
    dossier: Dossier,
    evidence: Evidence,
    content: bytes,
    mime_type: str,
    rules: Rules,
    now: datetime,
) -> EvidenceFile:
    """Encrypt a file or page to disk (fsynced before the row is written) and attach it."""
    if not rules.accepts_file(mime_type, len(content)):
        raise EvidenceRejected("this file type or size is not accepted")
    if len(evidence.files) >= rules.max_files_per_item:
        raise EvidenceRejected("this item has the maximum number of files already")
    file = EvidenceFile(sha256=hashlib.sha256(content).hexdigest(), mime_type=mime_type, size=len(content))
    store_evidence_file(session, unlocked, dossier.dossier_id, file, content, rules, now)
    evidence.files.append(file)
    evidence.state = "attached"
    if evidence not in dossier.evidence:
        dossier.evidence.append(evidence)
    return file


def store_evidence_file(
    session: Session,
    unlocked: Unlocked,
    dossier_id: str,
    file: EvidenceFile,
    content: bytes,
    rules: Rules,
    now: datetime,
) -> None:
    """Encrypt one file the dossier already lists to disk (fsynced before its row is written).

    Does nothing when the file is stored already (a resumed draft's page), so saving twice is safe.
    """
    if session.get(EvidenceBlob, file.file_id) is not None:
        return
    if not rules.accepts_file(file.mime_type, len(content)):
        raise EvidenceRejected("this file type or size is not accepted")
    if hashlib.sha256(content).hexdigest() != file.sha256 or len(content) != file.size:
        raise StoreError("an evidence file does not match what the dossier lists")
    if session.get(DossierRow, dossier_id) is None:
        raise StoreError("save the dossier before adding evidence")
    key = _data_key(session, unlocked, dossier_id)
    _write_durably(
        _evidence_path(unlocked.store, file.file_id),
        keys.encrypt(key, content, _file_context(dossier_id, file.file_id)),
    )
    session.add(
        EvidenceBlob(
            id=file.file_id, dossier_id=dossier_id, sha256=file.sha256, size=file.size, created_at=now
        )
    )


def _write_durably(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    temporary.replace(path)
    directory = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)


def read_evidence_file(session: Session, unlocked: Unlocked, dossier_id: str, file_id: str) -> bytes:
    """Decrypt one evidence file."""
    key = _data_key(session, unlocked, dossier_id)
    path = _evidence_path(unlocked.store, file_id)
    with _damaged_if_unopened(session, unlocked.store, dossier_id, "an evidence file", path):
        return keys.decrypt(key, path.read_bytes(), _file_context(dossier_id, file_id))


def remove_evidence_files(store: Store, file_ids: Sequence[str]) -> None:
    """Delete encrypted evidence files from disk (after their rows are gone)."""
    for file_id in file_ids:
        _evidence_path(store, file_id).unlink(missing_ok=True)


# --- the submission snapshot and the end of a visit --------------------------------------------


def snapshot(
    dossier: Dossier,
    *,
    submission_id: str,
    supersedes: str | None,
    terminal_id: str,
    now: datetime,
    on: date,
) -> SubmissionSnapshot:
    """The household's whole current local state as one submission."""
    return SubmissionSnapshot(
        submission_id=submission_id,
        household_key=dossier.household_key,
        supersedes=supersedes,
        terminal_id=terminal_id,
        created_at=now,
        practice=dossier.practice,
        visit_kind="withdrawal" if dossier.withdrawal is not None else dossier.kind,
        candidate_number=dossier.candidate_number,
        letter_date=dossier.letter_date,
        reminder_date=dossier.reminder_date,
        members=tuple(_member_snapshot(m, on) for m in dossier.members),
        evidence=tuple(_evidence_snapshot(e) for e in dossier.evidence),
        contact=contact_json(dossier.contact),
        preferences=preferences_json(dossier.preferences, dossier.priority),
        deadline_on_letter=dossier.deadline_on_letter,
        # Saving stamps the version (`save_dossier`); a dossier never saved predates versions.
        rules_version=dossier.rules_version or LEGACY_RULES_VERSION,
        changes=tuple(ChangeSnapshot(c.kind, c.member_id, c.on) for c in household_changes(dossier, on)),
    )


def _member_snapshot(member: Member, on: date) -> MemberSnapshot:
    confirmation = member.confirmation
    return MemberSnapshot(
        member_id=member.member_id,
        national_number=member.national_number,
        surname=member.surname,
        first_names=member.first_names,
        birth_date=member.birth_date,
        role=member.role,
        adult=member.adult_on(on),
        added_by_hand=member.added_by_hand,
        absence_reason=member.absence_reason,
        register_ref=member.register_ref,
        representative=_representative_snapshot(member),
        minor_route=member.minor_route,
        no_card=member.no_card,
        confirmation=None
        if confirmation is None
        else ConfirmationSnapshot(
            method=confirmation.method,
            statement=confirmation.statement,
            signature=confirmation.signature,
            declarations=confirmation.declarations,
            on_behalf_of_absent=confirmation.on_behalf_of_absent,
            attestation_reason=confirmation.attestation_reason,
        ),
    )


def _representative_snapshot(member: Member) -> RepresentativeSnapshot | None:
    representative = member.representative
    if representative is None:
        return None
    return RepresentativeSnapshot(
        capacity=representative.capacity,
        national_number=representative.national_number,
        surname=representative.surname,
        first_names=representative.first_names,
    )


def _evidence_snapshot(evidence: Evidence) -> EvidenceSnapshot:
    return EvidenceSnapshot(
        evidence_type=evidence.evidence_type,
        member_id=evidence.member_id,
        state=evidence.state,
        sha256=tuple(f.sha256 for f in evidence.files),
        mime_types=tuple(f.mime_type for f in evidence.files),
        sizes=tuple(f.size for f in evidence.files),
    )


@dataclass(frozen=True)
class EndOfVisit:
    """What ending a visit wrote: the queued submission (None if nothing was new) and entry ids."""

    submission_id: str | None
    outbox_ids: tuple[int, ...]
    local_reference: str


def end_visit(
    session: Session,
    unlocked: Unlocked,
    dossier: Dossier,
    visit: Visit,
    encoder: SubmissionEncoder,
    context: OperatorContext,
    rules: Rules,
    now: datetime,
    *,
    anything_new: bool = True,
) -> EndOfVisit:
    """Save the dossier and, in the same transaction, queue the sealed submission and new files."""
    row = save_dossier(session, unlocked, dossier, context, now, rules)
    enrollment = session.get(Enrollment, 1)
    if enrollment is None:
        raise StoreError("this terminal is not enrolled: no register key to seal for")
    submission_id: str | None = None
    ids: list[int] = []
    if anything_new and any(m.confirmation for m in dossier.members):
        submission_id = outbox.new_submission_id()
        ids = _queue(session, unlocked, dossier, row, encoder, enrollment, submission_id, now)
    visit.ended_at = now
    _log_visit(session, dossier, visit, row, submission_id, now)
    audit.append(
        session,
        unlocked.store.device,
        actor=unlocked.operator,
        action="visit_ended",
        subject=dossier.dossier_id,
        details={"queued": len(ids), "status": row.status},
        now=now,
    )
    log.info("visit ended: dossier %s, %s, %d entries queued", row.local_reference, row.status, len(ids))
    return EndOfVisit(submission_id, tuple(ids), row.local_reference)


def _queue(
    session: Session,
    unlocked: Unlocked,
    dossier: Dossier,
    row: DossierRow,
    encoder: SubmissionEncoder,
    enrollment: Enrollment,
    submission_id: str,
    now: datetime,
) -> list[int]:
    unsent = session.scalars(
        select(EvidenceBlob).where(
            EvidenceBlob.dossier_id == dossier.dossier_id, EvidenceBlob.sent.is_(False)
        )
    ).all()
    attachments: dict[str, bytes] = {}
    for blob in unsent:
        attachments.setdefault(
            blob.sha256, read_evidence_file(session, unlocked, dossier.dossier_id, blob.id)
        )
        blob.sent = True
    snap = snapshot(
        dossier,
        submission_id=submission_id,
        supersedes=row.last_submission_id,
        terminal_id=enrollment.terminal_id,
        now=now,
        on=local_day(now),
    )
    ids = outbox.enqueue_visit_end(
        session,
        snap,
        encoder,
        enrollment.sealing_public_key,
        household_ref=row.household_ref,
        dossier_id=dossier.dossier_id,
        attachments=sorted(attachments.items()),
        now=now,
    )
    row.last_submission_id = submission_id
    return ids


def _log_visit(
    session: Session,
    dossier: Dossier,
    visit: Visit,
    row: DossierRow,
    submission_id: str | None,
    now: datetime,
) -> None:
    session.add(
        VisitLog(
            id=visit.visit_id,
            dossier_id=dossier.dossier_id,
            operator=visit.operator,
            terminal_id=visit.terminal_id,
            location=visit.location,
            day=local_day(visit.started_at),
            started_at=visit.started_at,
            ended_at=now,
            kind=dossier.kind,
            adults_confirmed=row.adults_confirmed,
            outcome=row.status if submission_id else "draft",
        )
    )


def notifications(session: Session, dossier_id: str) -> Mapping[str, object]:
    """The register's answer codes for a dossier (no personal data)."""
    row = session.get(DossierRow, dossier_id)
    if row is None:
        raise KeyError(dossier_id)
    return {"notifications": json.loads(row.notifications), "dossier_number": row.dossier_number}
