"""Frozen dossier payloads, encrypted as stores in the field hold them, still decrypt and load.

`tests/data/payloads/v1.json` was written by the release before the explicit codec (a generic
encoding of the dataclasses); `v2.json` by `kiosk.payload` when it was introduced; `v3.json` when the
registration data, the letter's date and the routes without a card joined it; `v4.json` when dossiers
began to carry their rules version, household changes and a withdrawal. No file may be
regenerated: a refactor that cannot read them would lose candidates' drafts.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from kiosk import keys
from kiosk.dossiers import _payload_context, dossier_from_json, dossier_to_json
from kiosk.errors import StoreError
from kiosk.ports import PartialDate
from kiosk.statement import statement_v1

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "payloads"


def _open(name: str) -> bytes:
    sample = json.loads((SAMPLES / name).read_text())
    box = base64.b64decode(sample["box_b64"])
    return keys.decrypt(bytes.fromhex(sample["data_key_hex"]), box, _payload_context(sample["dossier_id"]))


def test_a_version_1_payload_still_opens() -> None:
    dossier = dossier_from_json(_open("v1.json"))
    assert (dossier.kind, dossier.candidate_number, dossier.letter_date) == (
        "confirmation",
        "201905140017",
        date(2026, 11, 16),
    )
    sofie, pieter, noor = dossier.members
    assert (sofie.first_names, sofie.birth_date, sofie.national_number) == (
        "Sofie Anna",
        PartialDate(1990, 3, 14),
        "90031410231",
    )
    assert pieter.absence_reason == "hospital" and pieter.birth_date == PartialDate(1988)
    assert noor.added_by_hand and noor.role == "child"
    confirmation = sofie.confirmation
    assert confirmation is not None
    assert confirmation.statement.subject_national_number == "90031410231"
    assert confirmation.confirmed_at == datetime(2026, 11, 27, 9, 30, tzinfo=UTC)
    assert confirmation.signature.signature == b"\x01\x02sig"
    assert statement_v1(confirmation.statement).startswith(b'{"confirmed_at":"2026-11-27T09:30:00Z"')
    payslip, volmacht = dossier.evidence
    assert payslip.files[0].file_id == "f-1" and payslip.satisfied
    assert volmacht.volmacht_for == "m2" and volmacht.state == "shown_at_counter"
    assert dossier.register_checked  # the register had found it: version 1 kept no such flag


def test_a_version_2_payload_still_opens_and_round_trips() -> None:
    raw = _open("v2.json")
    dossier = dossier_from_json(raw)
    sofie, pieter, jonas = dossier.members
    assert sofie.register_ref == "aa" * 16 and sofie.register_match == "bb" * 32
    assert sofie.confirmation is not None and sofie.confirmation.on_behalf_of_absent
    assert sofie.confirmation.statement.national_number == "88110210514"
    assert pieter.confirmed_at_register and not pieter.confirmation
    assert jonas.birth_date is None and jonas.adult_override is True
    assert dossier.match_salt == "00112233445566778899aabbccddeeff"
    assert dossier.reminder_date == date(2026, 12, 1)
    assert dossier.evidence[0].files[0].mime_type == "image/png"
    assert dossier.deadline_on_letter is None and dossier.contact.empty and dossier.preferences.empty
    assert not any(m.to_check or m.no_card or m.minor_route or m.representative for m in dossier.members)
    assert dossier.rules_version == "2026.1" and not dossier.changes and dossier.withdrawal is None
    # Written again as version 4: the same content, and the new keys at their defaults.
    rewritten, original = json.loads(dossier_to_json(dossier)), json.loads(raw)
    assert rewritten.pop("v") == 4 and rewritten.pop("deadline_on_letter") is None
    assert (rewritten.pop("rules_version"), rewritten.pop("changes"), rewritten.pop("withdrawal")) == (
        "2026.1",
        [],
        None,
    )
    for member in rewritten["members"]:
        assert (member.pop("no_card"), member.pop("to_check")) == (None, False)
        assert (member.pop("minor_route"), member.pop("representative")) == (None, None)
        assert member.pop("role_chosen") is True
    original.pop("v")
    assert rewritten == original


def test_a_version_3_payload_still_opens_and_round_trips() -> None:
    raw = _open("v3.json")
    dossier = dossier_from_json(raw)
    maria, amina, lotte = dossier.members
    assert dossier.deadline_on_letter == date(2026, 12, 18)
    contact = dossier.contact
    assert (contact.phone, contact.email, contact.address_is_reference) == (
        "0470 12 34 56",
        "maria@example.be",
        True,
    )
    assert contact.correspondence is not None and contact.correspondence.care_of == "p/a OCMW Genk"
    assert dossier.preferences.municipalities == ("Genk", "As")
    assert dossier.preferences.dwelling_types == ("apartment", "house")
    assert dossier.preferences.max_rent == 750
    priority = dossier.priority
    assert (priority.informal_care_municipality, priority.adapted_dwelling) == ("Zutendaal", True)
    assert maria.representative is not None and maria.representative.capacity == "administrator"
    assert maria.confirmation is not None and maria.confirmation.statement.capacity == "administrator"
    assert amina.no_card == "refugee_papers" and amina.to_check and amina.national_number is None
    assert lotte.minor_route == "supported_living"
    assert dossier.rules_version == "2026.1"  # version 3 was only ever written under rules 2026.1
    rewritten, original = json.loads(dossier_to_json(dossier)), json.loads(raw)
    assert (rewritten.pop("v"), original.pop("v")) == (4, 3)
    assert (rewritten.pop("rules_version"), rewritten.pop("changes"), rewritten.pop("withdrawal")) == (
        "2026.1",
        [],
        None,
    )
    for member in rewritten["members"]:
        assert member.pop("role_chosen") is True
    assert rewritten == original


def test_a_version_4_payload_opens_with_its_rules_changes_withdrawal_and_routes_and_round_trips() -> None:
    raw = _open("v4.json")
    dossier = dossier_from_json(raw)
    assert dossier.rules_version == "2027.1"
    (separation,) = dossier.changes
    assert (separation.kind, separation.member_id, separation.on) == (
        "separated",
        "m-ayse",
        date(2027, 1, 10),
    )
    assert dossier.withdrawal is not None and dossier.withdrawal.member_id == "m-hans"
    assert dossier.withdrawal.requested_at == datetime(2027, 2, 3, 9, 45, tzinfo=UTC)
    hans, ayse, lotte = dossier.members
    assert hans.role_chosen and ayse.role_chosen and not lotte.role_chosen
    assert lotte.minor_route == "emancipated" and ayse.no_card == "lost"
    assert dossier.contact.phone == "0470 98 76 54" and dossier.deadline_on_letter == date(2027, 2, 20)
    assert json.loads(dossier_to_json(dossier)) == json.loads(raw)


UNREADABLE = [b"{}", b'{"v": 99}', b"[1, 2]", b'{"v": 2, "kind": "confirmation"}', b"\xff"]


@pytest.mark.parametrize("raw", UNREADABLE)
def test_an_unreadable_payload_is_a_store_error(raw: bytes) -> None:
    with pytest.raises(StoreError):
        dossier_from_json(raw)
