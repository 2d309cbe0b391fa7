"""Parsers of the identity file (EF 4031) and the address file (EF 4033), docs/eid-card.md section 4.

Every malformed input is detected where it is read and raised as `CardDataError` with a message
that names the field, never its content.

Public names (stable): `Identity`, `Address`, `parse_identity(data)`, `parse_address(data)`,
`IDENTITY_TAGS` (tag -> field name), `identity_fields(identity)` (the JSON-ready dict).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cardreader.dates import BirthDate, parse_birth_date, parse_card_date
from cardreader.doctypes import DocumentType, document_type
from cardreader.errors import CardDataError
from cardreader.national_number import NationalNumber, parse_national_number
from cardreader.tlv import parse_tlv

IDENTITY_TAGS: dict[int, str] = {
    0x00: "file_structure_version",
    0x01: "card_number",
    0x02: "chip_number",
    0x03: "validity_begin",
    0x04: "validity_end",
    0x05: "delivery_municipality",
    0x06: "national_number",
    0x07: "surname",
    0x08: "first_names",
    0x09: "third_initial",
    0x0A: "nationality",
    0x0B: "birth_place",
    0x0C: "birth_date",
    0x0D: "sex",
    0x0E: "noble_condition",
    0x0F: "document_type",
    0x10: "special_status",
    0x11: "photo_hash",
    0x12: "duplicate",
    0x13: "special_organisation",
    0x14: "member_of_family",
    0x15: "date_and_country_of_protection",
    0x16: "work_permit_mention",
    0x17: "employer_vat_1",
    0x18: "employer_vat_2",
    0x19: "regional_file_number",
    0x1A: "basic_key_hash",
    0x1B: "brexit_mention_1",
    0x1C: "brexit_mention_2",
    0x1D: "card_a_mention_1",
    0x1E: "card_a_mention_2",
    0x1F: "eu_registration_date",
}

# Text tags that only foreigner cards carry (12-19 and 1B-1F); printed only when present.
FOREIGNER_TEXT_TAGS = (0x12, 0x13, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F)
_BINARY_TAGS = {0x00, 0x02, 0x11, 0x1A}
_REQUIRED_TAGS = (0x01, 0x03, 0x04, 0x06, 0x07, 0x0C, 0x0D, 0x0F, 0x11)
_PHOTO_HASH_LENGTHS = (20, 32, 48)  # SHA-1, SHA-256, SHA-384 (docs/eid-card.md section 7.3)
_SEXES = {"M": "M", "F": "F", "V": "F", "W": "F"}


@dataclass(frozen=True)
class Identity:
    """The parsed identity file; `repr` hides personal data."""

    card_number: str
    chip_number: bytes
    validity_begin: date
    validity_end: date
    delivery_municipality: str
    national_number: NationalNumber
    surname: str
    first_names: str
    third_initial: str
    nationality: str
    birth_place: str
    birth_date: BirthDate
    birth_date_raw: str
    sex: str  # "M" or "F"
    noble_condition: str
    document_type: DocumentType
    special_status: str
    photo_hash: bytes
    basic_key_hash: bytes | None
    member_of_family: bool
    foreigner_fields: dict[str, str] = field(default_factory=dict)

    def __repr__(self) -> str:
        return f"Identity(document_type={self.document_type.code!r})"


@dataclass(frozen=True)
class Address:
    """The parsed address file; `repr` hides personal data."""

    street_and_number: str
    zip: str
    municipality: str

    def __repr__(self) -> str:
        return "Address(<hidden>)"


def parse_identity(data: bytes) -> Identity:
    """Parse EF 4031; raise `CardDataError` naming the first malformed field."""
    fields = _fields_by_tag(data)
    for tag in _REQUIRED_TAGS:
        if tag not in fields:
            raise CardDataError(f"the identity file lacks {IDENTITY_TAGS[tag]}")
    text = {tag: _text(tag, value) for tag, value in fields.items() if tag not in _BINARY_TAGS}
    return Identity(
        card_number=text[0x01],
        chip_number=fields.get(0x02, b""),
        validity_begin=parse_card_date(text[0x03]),
        validity_end=parse_card_date(text[0x04]),
        delivery_municipality=text.get(0x05, ""),
        national_number=parse_national_number(text[0x06]),
        surname=text[0x07],
        first_names=text.get(0x08, ""),
        third_initial=text.get(0x09, ""),
        nationality=text.get(0x0A, ""),
        birth_place=text.get(0x0B, ""),
        birth_date=parse_birth_date(text[0x0C]),
        birth_date_raw=text[0x0C],
        sex=_sex(text[0x0D]),
        noble_condition=text.get(0x0E, ""),
        document_type=document_type(text[0x0F]),
        special_status=text.get(0x10, ""),
        photo_hash=_photo_hash(fields[0x11]),
        basic_key_hash=_basic_key_hash(fields.get(0x1A)),
        # Tag 14 is a flag: present (with length 0) means true (docs/eid-card.md section 4.2).
        member_of_family=0x14 in fields,
        foreigner_fields={IDENTITY_TAGS[t]: text[t] for t in FOREIGNER_TEXT_TAGS if t in text},
    )


def parse_address(data: bytes) -> Address:
    """Parse EF 4033 (zero-padded); raise `CardDataError` for a malformed file."""
    fields = _fields_by_tag(data)
    if 0x01 not in fields or 0x03 not in fields:
        raise CardDataError("the address file lacks the street or the municipality")
    return Address(
        street_and_number=_text(0x01, fields[0x01]),
        zip=_text(0x02, fields.get(0x02, b"")),
        municipality=_text(0x03, fields[0x03]),
    )


def _fields_by_tag(data: bytes) -> dict[int, bytes]:
    fields: dict[int, bytes] = {}
    previous = -1
    for tag, value in parse_tlv(data):
        if tag <= previous:
            # Tags appear in ascending order (docs/eid-card.md section 4.1); a repeat would hide a field.
            raise CardDataError(f"field {tag:02X} is out of order or repeated")
        previous = tag
        fields[tag] = value
    return fields


def _text(tag: int, value: bytes) -> str:
    try:
        text = value.decode("utf-8")
    except UnicodeDecodeError as error:
        raise CardDataError(f"field {tag:02X} is not UTF-8") from error
    if any(ord(ch) < 0x20 for ch in text):
        raise CardDataError(f"field {tag:02X} holds control characters")
    return text


def _sex(code: str) -> str:
    sex = _SEXES.get(code)
    if sex is None:
        raise CardDataError("the sex field is not M, F, V or W")
    return sex


def _photo_hash(value: bytes) -> bytes:
    if len(value) not in _PHOTO_HASH_LENGTHS:
        raise CardDataError("the photo hash has an unknown length")
    return value


def _basic_key_hash(value: bytes | None) -> bytes | None:
    if value is not None and len(value) != 48:
        raise CardDataError("the basic key hash is not 48 bytes")
    return value


def identity_fields(identity: Identity, show_national_number: bool = False) -> dict[str, object]:
    """The `person` object of the stable JSON of `kiosk card read --json` (see `CardReading.to_json`)."""
    number = identity.national_number
    person: dict[str, object] = {
        "national_number": number.digits if show_national_number else number.masked(),
        "surname": identity.surname,
        "first_names": identity.first_names,
        "third_initial": identity.third_initial,
        "nationality": identity.nationality,
        "birth_place": identity.birth_place,
        "birth_date": identity.birth_date.isoformat(),
        "birth_date_raw": identity.birth_date_raw,
        "sex": identity.sex,
        "noble_condition": identity.noble_condition,
        "special_status": identity.special_status,
        "member_of_family": identity.member_of_family,
    }
    person.update(identity.foreigner_fields)
    return person
