"""The Fedict TLV of the identity and address files (docs/eid-card.md section 4.1).

One-byte tags; lengths below 255 in one byte, otherwise `FF` bytes each adding 255 and then the
remainder; the data may be followed by zero padding ("tag 0, length 0" pairs).

Public names (stable): `parse_tlv(data) -> list[tuple[int, bytes]]`, `encode_tlv(items)`,
`encode_length(n)`, `strip_trailing_zeros(data)`.
"""

from __future__ import annotations

from collections.abc import Iterable

from cardreader.errors import CardDataError


def parse_tlv(data: bytes) -> list[tuple[int, bytes]]:
    """Split `data` into (tag, value) pairs, stopping at the zero padding."""
    items: list[tuple[int, bytes]] = []
    position = 0
    while position < len(data):
        tag = data[position]
        if tag == 0 and _only_padding_from(data, position):
            break
        length, position = _read_length(data, position + 1)
        end = position + length
        if end > len(data):
            raise CardDataError(f"field {tag:02X} runs past the end of the file")
        items.append((tag, data[position:end]))
        position = end
    return items


def _only_padding_from(data: bytes, position: int) -> bool:
    # Tag 00 is also "file structure version" (docs/eid-card.md 4.1): a real one has a length byte of 2.
    return not any(data[position:])


def _read_length(data: bytes, position: int) -> tuple[int, int]:
    length = 0
    while True:
        if position >= len(data):
            raise CardDataError("a field length runs past the end of the file")
        byte = data[position]
        position += 1
        length += byte
        if byte != 0xFF:
            return length, position


def encode_length(length: int) -> bytes:
    """Encode a length the Fedict way: 255 -> FF 00, 300 -> FF 2D, 510 -> FF FF 00."""
    if length < 0:
        raise ValueError("negative length")
    return b"\xff" * (length // 255) + bytes([length % 255])


def encode_tlv(items: Iterable[tuple[int, bytes]]) -> bytes:
    """Write (tag, value) pairs back as a TLV file (without padding)."""
    return b"".join(bytes([tag]) + encode_length(len(value)) + value for tag, value in items)


def strip_trailing_zeros(data: bytes) -> bytes:
    """Remove the zero padding at the end of a file (the address signature needs it, docs/eid-card.md 7.2)."""
    return data.rstrip(b"\x00")
