"""`kiosk db check`: what of the store still opens, named file by file (never personal data).

Four parts, each reported as it is found:
- the database file: SQLite's full `PRAGMA integrity_check`;
- the audit chain: every HMAC link (device key only);
- evidence files on disk: present, with the length their encryption gives (device key only);
- with an operator signed in: every dossier's data key, payload and evidence file decrypted. The
  master key was proven right at sign-in, so a box that does not open is damaged, not a wrong key.

A damaged part never stops the parts after it, so one report lists everything that needs the backup.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import audit, db, keys
from kiosk.dossiers import load_dossier, read_evidence_file
from kiosk.errors import StoreDamaged
from kiosk.models import Dossier as DossierRow
from kiosk.models import EvidenceBlob
from kiosk.store import Store, Unlocked

# AES-256-GCM as `keys.encrypt` writes it: nonce | ciphertext (the plaintext's length) | 16-byte tag.
_BOX_OVERHEAD = keys.NONCE_BYTES + 16


@dataclass(frozen=True)
class Finding:
    """One checked part: what it is, whether it is damaged, and the words for a person."""

    part: str
    damaged: bool
    words: str
    checked: bool = True

    @classmethod
    def not_checked(cls, part: str, why: str) -> Finding:
        """A part this run could not check (no operator signed in)."""
        return cls(part, False, why, checked=False)

    def line(self) -> str:
        """One line for the report."""
        state = "DAMAGED" if self.damaged else "ok" if self.checked else "not checked"
        return f"{state}: {self.part}: {self.words}"


def check_database_file(path: Path) -> Finding:
    """SQLite's integrity_check of the database file (read-only)."""
    try:
        problems = db.integrity_problems(path)
    except StoreDamaged as error:
        return Finding(f"database {path}", True, error.problem)
    if problems:
        return Finding(f"database {path}", True, "integrity_check: " + "; ".join(problems[:5]))
    return Finding(f"database {path}", False, "integrity_check ok")


def check_audit_chain(store: Store) -> Finding:
    """Every link of the audit chain."""
    try:
        with store.begin() as session:
            result = audit.verify(session, store.device)
    except StoreDamaged as error:
        return Finding("audit chain", True, error.problem)
    return Finding("audit chain", not result.ok, result.describe())


def check_evidence_on_disk(store: Store) -> Finding:
    """Each evidence file is on disk with the length its encryption gives (no key needed)."""
    with store.begin() as session:
        blobs = session.scalars(select(EvidenceBlob).order_by(EvidenceBlob.created_at)).all()
        references = _references(session)
    damaged = []
    for blob in blobs:
        path = store.evidence_dir / f"{blob.id}.bin"
        reference = references.get(blob.dossier_id, blob.dossier_id)
        if not path.is_file():
            damaged.append(f"{path} of dossier {reference} is missing")
        elif (size := path.stat().st_size) != blob.size + _BOX_OVERHEAD:
            damaged.append(f"{path} of dossier {reference} has {size} bytes, not {blob.size + _BOX_OVERHEAD}")
    if damaged:
        return Finding("evidence files on disk", True, "; ".join(damaged))
    return Finding("evidence files on disk", False, f"{len(blobs)} present with their expected length")


def check_contents(store: Store, unlocked: Unlocked) -> list[Finding]:
    """Decrypt every dossier and evidence file with the signed-in operator's master key.

    One finding per damaged dossier or file, then one summary line.
    """
    with store.begin() as session:
        references = _references(session)
    findings: list[Finding] = []
    files = 0
    for dossier_id, reference in references.items():
        damaged, opened = _check_one_dossier(store, unlocked, dossier_id, reference)
        findings += damaged
        files += opened
    bad = len(findings)
    summary = f"{len(references)} dossiers and {files} evidence files decrypted, {bad} damaged"
    return [*findings, Finding("dossier contents", bad > 0, summary)]


def _check_one_dossier(
    store: Store, unlocked: Unlocked, dossier_id: str, reference: str
) -> tuple[list[Finding], int]:
    with store.begin() as session:
        finding = _opens(f"dossier {reference}", lambda: load_dossier(session, unlocked, dossier_id))
        blobs = session.scalars(select(EvidenceBlob).where(EvidenceBlob.dossier_id == dossier_id)).all()
        # Checked even when the payload is damaged: the files have their own boxes (a damaged data
        # key, which they share, then shows on each of them).
        damaged = [f for blob in blobs if (f := _check_one_file(session, unlocked, blob, reference))]
    return ([finding] if finding else []) + damaged, len(blobs) - len(damaged)


def _check_one_file(
    session: Session, unlocked: Unlocked, blob: EvidenceBlob, reference: str
) -> Finding | None:
    subject = f"evidence file {blob.id} of dossier {reference}"
    content: list[bytes] = []
    finding = _opens(
        subject, lambda: content.append(read_evidence_file(session, unlocked, blob.dossier_id, blob.id))
    )
    if finding is None and hashlib.sha256(content[0]).hexdigest() != blob.sha256:
        return Finding(subject, True, "its content differs from the hash recorded when it was added")
    return finding


def _opens(subject: str, load: Callable[[], object]) -> Finding | None:
    try:
        load()
    except StoreDamaged as error:
        return Finding(subject, True, f"{error.problem} ({error.path})")
    return None


def _references(session: Session) -> dict[str, str]:
    return {
        row.id: row.local_reference
        for row in session.execute(select(DossierRow.id, DossierRow.local_reference))
    }
