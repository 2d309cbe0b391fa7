"""Every virtual profile reads through the real pcscd + vpcd with `kiosk card read --json`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from cardreader.virtual.people import PROFILES
from tests.pcsc.conftest import READER, kiosk, read_json
from tests.unit.cardreader.test_virtual_card import EXPECTED

pytestmark = pytest.mark.pcsc


def _female(code: str) -> str:
    return "F" if code in "FVW" else "M"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_profile_reads_through_pcscd(name: str, insert_card: Callable[..., object]) -> None:
    insert_card(name)
    result = read_json("--show-national-number")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    person = PROFILES[name]
    applet, verdict, birth, doc, basic = EXPECTED[name]
    assert data["applet_version"] == applet
    assert data["integrity"]["verdict"] == verdict
    assert data["integrity"]["basic_key"] == basic
    assert data["integrity"]["rrn_certificate"] == "test"
    assert data["card"]["document_type"]["code"] == doc
    assert data["card"]["card_number"] == person.card_number
    assert data["card"]["validity_begin"] == person.validity[0]
    assert data["card"]["validity_end"] == person.validity[1]
    assert data["person"]["national_number"] == person.national_number
    assert data["person"]["surname"] == person.surname
    assert data["person"]["first_names"] == person.first_names
    assert data["person"]["third_initial"] == person.third_initial
    assert data["person"]["birth_date"] == birth
    assert data["person"]["birth_date_raw"] == person.birth_date_raw
    assert data["person"]["sex"] == _female(person.sex)
    assert data["person"]["nationality"] == person.nationality
    assert data["address"]["zip"] == person.zip
    assert data["address"]["municipality"] == person.municipality
    assert data["photo"]["bytes"] > 1000
    if name != "tampered-address":
        assert data["address"]["street_and_number"] == person.street
    if name == "eu-foreigner-long":
        assert data["person"]["eu_registration_date"] == "15.05.2023"
        assert data["person"]["work_permit_mention"] == "7"


def test_the_national_number_is_masked_by_default(insert_card: Callable[..., object]) -> None:
    insert_card("nl-citizen-18")
    result = read_json()
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["person"]["national_number"] == "XX.XX.XX-XXX.31"
    assert "90031410231" not in result.stdout


def test_without_test_roots_the_virtual_card_is_unverifiable(insert_card: Callable[..., object]) -> None:
    insert_card("nl-citizen-18")
    result = kiosk("card", "read", "--reader", READER, "--allow-virtual", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["integrity"]["verdict"] == "unverifiable"


def test_virtual_readers_are_refused_unless_allowed(insert_card: Callable[..., object]) -> None:
    insert_card("nl-citizen-18")
    for args in (("--reader", READER), ()):
        result = kiosk("card", "read", "--json", *args)
        assert result.returncode != 0
        assert result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1
        assert "Traceback" not in result.stderr


def test_the_photo_is_written_only_when_asked(insert_card: Callable[..., object], tmp_path: Path) -> None:
    insert_card("de-citizen-18")
    photo = tmp_path / "photo.jpg"
    result = read_json("--photo", str(photo))
    assert result.returncode == 0, result.stderr
    assert photo.read_bytes()[:2] == b"\xff\xd8"
    assert json.loads(result.stdout)["photo"]["bytes"] == photo.stat().st_size


def test_the_text_output_and_the_readers_command(insert_card: Callable[..., object]) -> None:
    insert_card("fr-citizen-17-rsa")
    readers = kiosk("card", "readers")
    assert readers.returncode == 0
    assert f"{READER}\t(card, virtual" in readers.stdout
    text = kiosk("card", "read", "--reader", READER, "--allow-virtual")
    assert text.returncode == 0, text.stderr
    assert "Marie Claire Dubois" in text.stdout
    assert "75073010636" not in text.stdout


def test_an_empty_reader_is_one_plain_line() -> None:
    result = read_json()
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == "kiosk: no card in the reader"
