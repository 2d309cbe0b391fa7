"""Small builders for core tests: cards of the training fixture, contexts, confirmations."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kiosk.domain import Confirmation, Member, OperatorContext, Role
from kiosk.ports import Authenticity, CardAddress, CardIdentity, EidSignature, PartialDate
from kiosk.statement import Statement

VOLUNTEER = OperatorContext("vrijwilliger", frozenset({Role.VOLUNTEER}), "T-1", "Genk")
STAFF = OperatorContext("wil", frozenset({Role.WIL_STAFF}), "T-1", "Genk")
COORDINATOR = OperatorContext("coordinator", frozenset({Role.COORDINATOR}), "T-1", "Genk")
TRAINING_VOLUNTEER = OperatorContext(
    "vrijwilliger", frozenset({Role.VOLUNTEER}), "T-1", "Genk", training=True
)

SOFIE_BIRTH = PartialDate(1990, 3, 14)
VISIT_DAY = date(2026, 11, 27)
SIGNED_AT = datetime(2026, 11, 27, 10, 15, tzinfo=UTC)


def card(
    national_number: str = "90031410231",
    surname: str = "Janssens",
    first_names: str = "Sofie",
    birth: PartialDate = SOFIE_BIRTH,
    authenticity: Authenticity = Authenticity.GENUINE,
) -> CardIdentity:
    return CardIdentity(
        national_number=national_number,
        surname=surname,
        first_names=first_names,
        birth_date=birth,
        sex="F",
        nationality="BE",
        address=CardAddress("Kerkstraat 12", "3600", "Genk"),
        document_type="01",
        card_number="592123456789",
        validity_begin=date(2022, 1, 1),
        validity_end=date(2032, 1, 1),
        applet_version="1.8",
        authenticity=authenticity,
        authenticity_reason="",
    )


SIGNATURE = EidSignature("signature", "ecdsa-p384-sha384", b"\x30\x02" + b"s" * 8, b"cert-der")

ALL_NO = {
    "still_wants_registration": True,
    "composition_changed": False,
    "co_parenting": False,
    "disability_in_household": False,
    "has_tax_assessment": True,
    "income_changed": False,
    "no_income": False,
    "foreign_income": False,
    "owns_property": False,
    "debt_settlement": False,
    "residence_papers": False,
}


GRIET = "79052012695"  # WIL staff of the training fixture


def confirmation(
    declarations: dict[str, object] | None = None,
    method: str = "eid_signature",
    on_behalf: bool = False,
    reason: str | None = None,
    *,
    about: Member | None = None,
    signer: str | None = None,
) -> Confirmation:
    """A confirmation whose statement names `about` and its signer (default: the member, or staff)."""
    subject = about.national_number if about is not None else None
    if signer is None:
        signer = GRIET if method == "staff_attested" else subject
    return Confirmation(
        method=method,  # type: ignore[arg-type]
        statement=statement(subject or "", signer or ""),
        signature=SIGNATURE,
        declarations=dict(ALL_NO if declarations is None else declarations),
        confirmed_at=SIGNED_AT,
        terminal_id="T-1",
        operator="vrijwilliger",
        attestation_reason=reason,
        on_behalf_of_absent=on_behalf,
    )


def statement(subject: str, signer: str) -> Statement:
    """A statement naming `subject` and `signer` (the other fields do not matter to these tests)."""
    return Statement(
        kind="confirmation",
        visit_id="v-1",
        household_key=subject,
        national_number=signer,
        subject_national_number=subject,
        declarations_sha256="0" * 64,
        evidence_sha256=(),
        confirmed_at="2026-11-27T09:00:00Z",
        terminal_id="T-1",
    )


class JsonEncoder:
    """A stand-in for sync's wire encoder: the snapshot as JSON (sync owns the real format)."""

    schema_version = 1

    def encode(self, snapshot: object) -> bytes:
        import dataclasses
        import json

        return json.dumps(dataclasses.asdict(snapshot), default=str, sort_keys=True).encode()  # type: ignore[call-overload]
