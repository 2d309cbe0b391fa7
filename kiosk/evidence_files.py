"""Evidence files: what a file holds is told by its first bytes, never by its name."""

from __future__ import annotations

# Magic numbers of the types the rules file may accept.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)


def sniff_mime_type(data: bytes) -> str | None:
    """The MIME type from the file's first bytes, or None when it is not one we know."""
    return next((mime for magic, mime in _SIGNATURES if data.startswith(magic)), None)
