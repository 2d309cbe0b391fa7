"""TLV, birth dates, validity dates, national numbers, document types, sex codes."""

from __future__ import annotations

from datetime import date

import pytest

from cardreader.dates import BirthDate, parse_birth_date, parse_card_date
from cardreader.doctypes import document_type
from cardreader.errors import CardDataError
from cardreader.identity import parse_identity
from cardreader.national_number import check_digits, mask_national_number, parse_national_number
from cardreader.tlv import encode_length, encode_tlv, parse_tlv


@pytest.mark.parametrize(
    ("length", "encoded"),
    [
        (0, "00"),
        (254, "fe"),
        (255, "ff00"),
        (256, "ff01"),
        (300, "ff2d"),
        (509, "fffe"),
        (510, "ffff00"),
        (600, "ffff5a"),
    ],
)
def test_ff_continuation_lengths(length: int, encoded: str) -> None:
    assert encode_length(length).hex() == encoded
    value = bytes(range(256)) * 3
    assert parse_tlv(bytes([7]) + bytes.fromhex(encoded) + value[:length]) == [(7, value[:length])]


def test_tlv_ignores_zero_padding_and_keeps_empty_fields() -> None:
    data = encode_tlv([(1, b"abc"), (2, b""), (3, b"x")]) + bytes(40)
    assert parse_tlv(data) == [(1, b"abc"), (2, b""), (3, b"x")]


def test_tlv_field_running_past_the_end_is_an_error() -> None:
    with pytest.raises(CardDataError):
        parse_tlv(bytes.fromhex("010a4142"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("14 MAAR 1985", BirthDate(1985, 3, 14)),
        ("21 DEC  1981", BirthDate(1981, 12, 21)),
        ("26 AVR  1975", BirthDate(1975, 4, 26)),
        ("07 SEPT 2003", BirthDate(2003, 9, 7)),
        ("01 JAN 1971", BirthDate(1971, 1, 1)),
        ("1 JAN 1971", BirthDate(1971, 1, 1)),
        ("5 MAART 1985".replace("MAART", "MAAR"), BirthDate(1985, 3, 5)),
        ("22.DEZ. 1997", BirthDate(1997, 12, 22)),
        ("13.AUG. 1996", BirthDate(1996, 8, 13)),
        ("23.SEP. 1982", BirthDate(1982, 9, 23)),
        ("23.SEP.1982", BirthDate(1982, 9, 23)),
        ("02.MÄR.1962", BirthDate(1962, 3, 2)),
        ("30 JUIL 1975", BirthDate(1975, 7, 30)),
        ("03 MEI 2001", BirthDate(2001, 5, 3)),
        ("1984", BirthDate(1984)),
        ("        1962", BirthDate(1962)),
    ],
)
def test_birth_dates_in_every_real_variant(text: str, expected: BirthDate) -> None:
    assert parse_birth_date(text) == expected


@pytest.mark.parametrize(
    "text", ["20 JUNO 1964", "31 FEB 1990", "", "JAN 1971", "1 JAN 71", "12.13.1990", "01 JAN 1971x"]
)
def test_unknown_birth_dates_are_errors(text: str) -> None:
    with pytest.raises(CardDataError):
        parse_birth_date(text)


def test_partial_birth_dates_print_as_partial_iso() -> None:
    assert BirthDate(1971).isoformat() == "1971"
    assert BirthDate(1971, 3).isoformat() == "1971-03"
    assert BirthDate(1971, 3, 5).isoformat() == "1971-03-05"


def test_card_dates_are_strict() -> None:
    assert parse_card_date("05.07.2032") == date(2032, 7, 5)
    for bad in ("5.07.2032", "05/07/2032", "31.02.2030", "05.07.2032 "):
        with pytest.raises(CardDataError):
            parse_card_date(bad)


@pytest.mark.parametrize(
    ("number", "born_2000"),
    [
        ("67063029659", False),
        ("93051822361", False),
        ("81122130970", False),
        ("01050399963", True),
        ("03090700141", True),
        ("12060105317", False),
        ("12060105346", True),
        ("71715100070", False),
        ("90031410231", False),
        ("01011711712", True),
        ("71000011320", False),
    ],
)
def test_national_number_check_digits(number: str, born_2000: bool) -> None:
    parsed = parse_national_number(number)
    assert parsed.born_2000_or_later is born_2000
    assert parsed.formatted() == f"{number[:2]}.{number[2:4]}.{number[4:6]}-{number[6:9]}.{number[9:]}"
    assert number not in repr(parsed)


def test_bis_numbers_and_masking() -> None:
    assert parse_national_number("85441212358").is_bis
    assert parse_national_number("85241212315").is_bis
    assert not parse_national_number("95000015396").is_bis
    assert mask_national_number("90031410231") == "XX.XX.XX-XXX.31"
    assert check_digits("950000153", False) == 96


@pytest.mark.parametrize("number", ["67063029658", "6706302965", "6706302965a", "٦7063029659"])
def test_wrong_national_numbers_are_errors(number: str) -> None:
    with pytest.raises(CardDataError):
        parse_national_number(number)


def test_document_types_have_two_digit_codes_and_three_languages() -> None:
    assert document_type("1").code == "01"
    assert document_type("1").nl == "Belgische identiteitskaart"
    assert document_type("31").label("fr").startswith("carte UE")
    assert document_type("99").code == "99"
    with pytest.raises(CardDataError):
        document_type("A")


def _identity(**changes: bytes | None) -> bytes:
    fields = {
        0x01: b"592012345678",
        0x02: bytes(16),
        0x03: b"01.03.2022",
        0x04: b"01.03.2032",
        0x05: b"Leuven",
        0x06: b"90031410231",
        0x07: b"Janssens",
        0x08: b"Sofie",
        0x09: b"",
        0x0A: b"Belg",
        0x0B: b"Gent",
        0x0C: b"14 MAAR 1990",
        0x0D: b"V",
        0x0E: b"",
        0x0F: b"1",
        0x10: b"0",
        0x11: bytes(48),
    }
    for name, value in changes.items():
        tag = int(name[1:], 16)
        if value is None:
            fields.pop(tag, None)
        else:
            fields[tag] = value
    return encode_tlv(sorted(fields.items()))


def test_identity_sex_codes_and_family_flag() -> None:
    assert parse_identity(_identity()).sex == "F"
    assert parse_identity(_identity(t0D=b"W")).sex == "F"
    assert parse_identity(_identity(t0D=b"M")).sex == "M"
    with pytest.raises(CardDataError):
        parse_identity(_identity(t0D=b"X"))
    assert not parse_identity(_identity()).member_of_family
    assert parse_identity(_identity(t14=b"")).member_of_family


def test_identity_foreigner_fields_and_long_file() -> None:
    data = _identity(
        t0F=b"31",
        t12=b"00",
        t13=b"",
        t15=b"13.08.2014-IT",
        t16=b"7",
        t17=b"",
        t18=b"",
        t19=b"",
        t1F=b"15.05.2023",
        t1A=bytes(48),
        t08=b"Anna Maria Katarzyna " * 5,
    )
    assert len(data) > 252
    identity = parse_identity(data)
    assert identity.foreigner_fields["date_and_country_of_protection"] == "13.08.2014-IT"
    assert identity.foreigner_fields["eu_registration_date"] == "15.05.2023"
    assert identity.document_type.code == "31"


@pytest.mark.parametrize("missing", ["t01", "t06", "t0C", "t11"])
def test_identity_without_a_required_field_is_an_error(missing: str) -> None:
    with pytest.raises(CardDataError):
        parse_identity(_identity(**{missing: None}))


def test_identity_with_tags_out_of_order_is_an_error() -> None:
    data = encode_tlv([(0x02, b"x"), (0x01, b"1")])
    with pytest.raises(CardDataError):
        parse_identity(data)
