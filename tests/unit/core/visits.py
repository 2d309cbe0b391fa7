"""A whole visit of the scripted household through the core, as the UI will drive it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk import domain, dossiers
from kiosk.domain import Dossier, Evidence, Role, Visit
from kiosk.ports import PartialDate
from kiosk.rules import load_rules_version
from kiosk.store import Store, add_operator
from tests.unit.core.factories import ALL_NO, card, confirmation

RULES = load_rules_version("2026.1")  # the declarations these tests answer
EVIDENCE_CONTENT = (
    b"%PDF-1.4\nLoonfiche september 2026 - werkgever Zonnebloem bvba - netto 1834,55 EUR\n%%EOF\n"
)
PLAINTEXTS = {
    "national numbers": [b"90031410231", b"88110210514", b"15060100273"],
    "surnames": [b"Janssens", b"De Smet"],
    "street": [b"Kerkstraat"],
    "evidence": [b"Zonnebloem", b"Loonfiche september"],
}


@dataclass
class VisitResult:
    dossier: Dossier
    ended: dossiers.EndOfVisit


def ensure_staff(store: Store, now: datetime) -> None:
    coordinator = store.sign_in("coordinator", "oefen-coordinator", now)
    with store.begin() as session:
        names = {o.name for o in __import__("kiosk.store", fromlist=["x"]).list_operators(session)}
        if "wil" not in names:
            add_operator(session, coordinator, "wil", frozenset({Role.WIL_STAFF}), "oefen-wil", now)


def full_visit(store: Store, now: datetime, encoder: object) -> VisitResult:
    """Sofie signs with PIN, Pieter is attested by WIL staff, Noor is added by hand, one payslip."""
    ensure_staff(store, now)
    staff = store.sign_in("wil", "oefen-wil", now)
    context = staff.context("T-1", "Genk")
    dossier = Dossier(
        kind="confirmation", candidate_number="201905140017", letter_date=now.date(), register_checked=True
    )
    sofie = domain.member_from_card(card(), "reference_tenant")
    pieter = domain.member_from_card(
        card("88110210514", "De Smet", "Pieter", PartialDate(1988, 11, 2)), "partner"
    )
    dossier.members += [sofie, pieter]
    domain.add_member_by_hand(
        dossier,
        context,
        surname="De Smet",
        first_names="Noor",
        birth_date=PartialDate(2015, 6, 1),
        role="child",
        on=now.date(),
        national_number="15060100273",
    )
    answers = {**ALL_NO, "income_changed": True}
    domain.record_confirmation(dossier, sofie, confirmation(answers, about=sofie), context)
    domain.record_confirmation(
        dossier, pieter, confirmation(method="staff_attested", reason="geen PIN", about=pieter), context
    )
    visit = Visit("wil", "T-1", "Genk", now)
    with store.begin() as session:
        dossiers.save_dossier(session, staff, dossier, context, now, RULES)
        payslip = Evidence("income_last_3_months", sofie.member_id)
        dossiers.add_evidence_file(
            session, staff, dossier, payslip, EVIDENCE_CONTENT, "application/pdf", RULES, now
        )
        ended = dossiers.end_visit(session, staff, dossier, visit, encoder, context, RULES, now)  # type: ignore[arg-type]
    return VisitResult(dossier, ended)
