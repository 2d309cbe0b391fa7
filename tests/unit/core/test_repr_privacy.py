"""No object of the core prints personal data in its repr (tracebacks, logs, debuggers, test output).

A dataclass's default repr prints every field; a certificate's DER bytes print the holder's name and
national number readably. Every value object that holds personal data keeps it out of its repr.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
from datetime import UTC, date, datetime

import pytest

import kiosk
from kiosk.domain import Confirmation, Dossier, Member
from kiosk.ports import (
    CardAddress,
    ConfirmationSnapshot,
    EidSignature,
    HouseholdLookup,
    LookupMember,
    MemberSnapshot,
    PartialDate,
)
from kiosk.statement import Statement

NATIONAL_NUMBER = "90031410231"
SECRETS = (NATIONAL_NUMBER, "Janssens", "Sofie", "Kerkstraat", "net income 1234")

# Field names that carry personal data wherever they appear.
PERSONAL_FIELDS = {
    "national_number",
    "subject_national_number",
    "masked_national_number",
    "surname",
    "first_names",
    "first_name",
    "last_name",
    "member_first_name",
    "street_and_number",
    "address",
    "birth_date",
    "household_key",
    "register_match",
    "declarations",
    "certificate_der",
    "attestation_reason",
}

# Same names, no personal data: the rules file's declaration definitions, the office's own address.
NOT_PERSONAL = {
    ("kiosk.rules.Rules", "declarations"),
    ("kiosk.documents.model.Office", "address"),
    ("kiosk.offices.OfficeSetting", "address"),  # an office's address is no personal data
}


def _kiosk_dataclasses() -> list[type]:
    found: list[type] = []
    for info in pkgutil.walk_packages(kiosk.__path__, "kiosk."):
        if info.name.startswith("kiosk.migrations"):
            continue
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if dataclasses.is_dataclass(value) and value.__module__ == info.name:
                found.append(value)
    return found


@pytest.mark.parametrize("cls", _kiosk_dataclasses(), ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_personal_fields_stay_out_of_every_dataclass_repr(cls: type) -> None:
    # dataclass's own repr (generated, and wrapped by dataclasses.py), not a hand-written one
    generated = cls.__repr__.__code__.co_filename in ("<string>", dataclasses.__file__)
    name = f"{cls.__module__}.{cls.__qualname__}"
    shown = [
        f.name
        for f in dataclasses.fields(cls)
        if f.repr and f.name in PERSONAL_FIELDS and (name, f.name) not in NOT_PERSONAL
    ]
    assert not (generated and shown), f"{cls.__qualname__} prints {shown} in its repr"


def _signature() -> EidSignature:
    # What a real certificate looks like in a bytes repr: the subject is readable ASCII.
    der = b"0\x82\x01\x0a1\x1a0\x18\x06\x03U\x04\x05\x13\x11" + NATIONAL_NUMBER.encode() + b"Sofie Janssens"
    return EidSignature("signature", "ecdsa-p384-sha384", b"\x01" * 8, der)


def _statement() -> Statement:
    return Statement(
        kind="attestation",
        visit_id="v-1",
        household_key=NATIONAL_NUMBER,
        national_number=NATIONAL_NUMBER,
        subject_national_number=NATIONAL_NUMBER,
        declarations_sha256="0" * 64,
        evidence_sha256=(),
        confirmed_at="2026-11-20T10:00:00Z",
        terminal_id="T-1",
    )


def _objects() -> list[object]:
    confirmation = Confirmation(
        method="staff_attested",
        statement=_statement(),
        signature=_signature(),
        declarations={"income": "net income 1234"},
        confirmed_at=datetime(2026, 11, 20, 10, tzinfo=UTC),
        terminal_id="T-1",
        operator="wil",
        attestation_reason="Sofie Janssens is in hospital",
    )
    member = Member("Janssens", "Sofie", PartialDate(1990, 3, 14), "reference_tenant", NATIONAL_NUMBER)
    member.confirmation = confirmation
    snapshot = MemberSnapshot(
        member_id="m1",
        national_number=NATIONAL_NUMBER,
        surname="Janssens",
        first_names="Sofie",
        birth_date=PartialDate(1990, 3, 14),
        role="reference_tenant",
        adult=True,
        added_by_hand=False,
        confirmation=ConfirmationSnapshot(
            method="eid_signature",
            statement=_statement(),
            signature=_signature(),
            declarations={"income": "net income 1234"},
        ),
    )
    listed = LookupMember("ab12", "Sofie", "partner", True, True, "00" * 32)
    lookup = HouseholdLookup("201905140017", date(2026, 11, 16), None, (listed,), "aa" * 16)
    return [
        confirmation,
        member,
        Dossier("confirmation", members=[member]),
        snapshot,
        lookup,
        _signature(),
        CardAddress("Kerkstraat 1", "3500", "Hasselt"),
    ]


@pytest.mark.parametrize("value", _objects(), ids=lambda v: type(v).__name__)
def test_repr_and_str_hold_no_personal_data(value: object) -> None:
    for text in (repr(value), str(value), repr([value])):
        for secret in SECRETS:
            assert secret not in text, f"{type(value).__name__} shows {secret!r}"
