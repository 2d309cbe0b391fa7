"""Evidence files: recognise the type by its first bytes, check it against the rules, hash it."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kiosk.rules import Rules
from ui.session import EvidenceFile

# Magic numbers: the name of a file says nothing about what it holds.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


class RefusedFile(Exception):
    """A file the register would not accept; `reason` is "type" or "size"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def sniff_mime_type(data: bytes) -> str | None:
    """The MIME type from the file's first bytes, or None when it is not one we know."""
    return next((mime for magic, mime in _SIGNATURES if data.startswith(magic)), None)


def load_evidence_file(path: Path, rules: Rules) -> EvidenceFile:
    """Read a file and check type and size; raises `RefusedFile` or OSError."""
    size = path.stat().st_size
    if size > rules.max_file_bytes or size == 0:
        raise RefusedFile("size")
    return checked_evidence(path.read_bytes(), rules)


def checked_evidence(data: bytes, rules: Rules) -> EvidenceFile:
    """Bytes of a file or a camera photo as an evidence page; raises `RefusedFile` (type or size)."""
    if len(data) > rules.max_file_bytes or not data:
        raise RefusedFile("size")
    mime = sniff_mime_type(data)
    if mime is None or not rules.accepts_file(mime, len(data)):
        raise RefusedFile("type")
    return EvidenceFile(hashlib.sha256(data).hexdigest(), mime, data)
