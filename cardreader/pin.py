"""PIN blocks and PC/SC part 10 pinpad structures (docs/eid-card.md sections 8.1 and 8.2).

Public names (stable): `pin_block(pin)`, `verify_pin_structure()`, `parse_features(answer)`,
`FEATURE_VERIFY_PIN_DIRECT`, `CM_IOCTL_GET_FEATURE_REQUEST`. A PIN never appears in an error message.
"""

from __future__ import annotations

from cardreader.errors import CardDataError

# SCARD_CTL_CODE(3400) on pcsc-lite: 0x42000000 + 3400 (docs/eid-card.md section 8.2).
CM_IOCTL_GET_FEATURE_REQUEST = 0x42000D48
FEATURE_VERIFY_PIN_DIRECT = 0x06
FEATURE_MODIFY_PIN_DIRECT = 0x07

PIN_MIN_LENGTH = 4
PIN_MAX_LENGTH = 12


class InvalidPinFormatError(CardDataError):
    """The PIN is not 4 to 12 digits (checked before anything reaches the card)."""


def pin_block(pin: str) -> bytes:
    """The 8-byte format-2 block: 2, length, BCD digits, F padding (docs/eid-card.md section 8.1)."""
    if not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH or not (pin.isascii() and pin.isdigit()):
        raise InvalidPinFormatError("a PIN has 4 to 12 digits")
    nibbles = f"2{len(pin):X}{pin}".ljust(16, "F")
    return bytes.fromhex(nibbles)


def verify_pin_structure() -> bytes:
    """PIN_VERIFY_STRUCTURE for BELPIC as eid-mw and connective send it (docs/eid-card.md section 8.2).

    Timeouts 30 s; BCD PIN at byte 1 of the block; 4-bit length field in the low nibble of
    byte 0; 4 to 12 digits; OK key validates; then the VERIFY template with an empty PIN.
    """
    template = bytes.fromhex("0020000108") + bytes.fromhex("20FFFFFFFFFFFFFF")
    header = bytes.fromhex("1E1E8947040C040201040900000000")
    return header + len(template).to_bytes(4, "little") + template


def parse_features(answer: bytes) -> dict[int, int]:
    """Parse the GET_FEATURE_REQUEST answer: repeated tag(1) len(1)=4 ioctl(4, big-endian)."""
    features: dict[int, int] = {}
    position = 0
    while position + 2 <= len(answer):
        tag, length = answer[position], answer[position + 1]
        value = answer[position + 2 : position + 2 + length]
        if length != 4 or len(value) != 4:
            raise CardDataError("the reader's feature list is malformed")
        features[tag] = int.from_bytes(value, "big")
        position += 2 + length
    if position != len(answer):
        raise CardDataError("the reader's feature list is malformed")
    return features
