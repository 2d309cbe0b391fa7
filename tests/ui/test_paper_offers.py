"""Which papers the receipt screen offers for which household (pure: no Qt, no rendering).

Households are built with the core's own rules (`kiosk.domain`) and read through the same overview
the screens show (`kiosk.visit_views.overview`), so what is "missing" is the core's decision.
"""

from __future__ import annotations

from kiosk import domain
from kiosk.domain import Dossier, Evidence, Member
from kiosk.papers import PaperKind, papers_offered
from kiosk.ports import PartialDate
from kiosk.rules import load_rules_version
from kiosk.visit_views import overview
from tests.unit.core.factories import STAFF, VISIT_DAY, card, confirmation

RULES = load_rules_version("2026.1")  # the answers of the factories' confirmations
RECEIPT, PAPER_FORM = PaperKind.RECEIPT, PaperKind.PAPER_FORM
LETTER, HELP = PaperKind.DEADLINE_LETTER, PaperKind.HELP_SHEET


def household(*adults: str) -> tuple[Dossier, list[Member]]:
    """A household the register checked, with a child and one adult per state named.

    States: "pin" (confirmed with their PIN), "attested" (WIL staff), "to_confirm", "absent",
    "absent_volmacht" (absent, volmacht recorded, nobody confirmed for them yet), "by_volmacht"
    (absent, another adult confirmed for them under the volmacht).
    """
    dossier = Dossier(
        kind="confirmation", candidate_number="201905140017", letter_date=VISIT_DAY, register_checked=True
    )
    members = []
    for number, state in enumerate(adults):
        national_number = f"8001010{number:02d}{97 - (800101000 + number) % 97:02d}"
        member = domain.member_from_card(
            card(national_number, "X", f"A{number}", PartialDate(1980)), "partner"
        )
        dossier.members.append(member)
        members.append(member)
        _put_in_state(dossier, member, state)
    dossier.members.append(
        domain.member_from_card(card("15060100273", "X", "Kind", PartialDate(2015)), "child")
    )
    return dossier, members


def _put_in_state(dossier: Dossier, member: Member, state: str) -> None:
    if state == "pin":
        domain.record_confirmation(dossier, member, confirmation(about=member), STAFF)
    elif state == "attested":
        domain.record_confirmation(
            dossier, member, confirmation(method="staff_attested", reason="no PIN", about=member), STAFF
        )
    elif state in ("absent", "absent_volmacht", "by_volmacht"):
        domain.mark_absent(member, "hospital")
        if state != "absent":
            volmacht = Evidence("volmacht", member.member_id, "shown_at_counter")
            domain.record_volmacht(dossier, member, volmacht, STAFF)
        if state == "by_volmacht":
            signer = next(m for m in dossier.members if m.present and m.confirmation is not None)
            on_behalf = confirmation(on_behalf=True, about=member, signer=signer.national_number)
            domain.record_confirmation(dossier, member, on_behalf, STAFF)


def offered(dossier: Dossier) -> list[tuple[PaperKind, str | None]]:
    return [(offer.kind, offer.member_id) for offer in papers_offered(overview(dossier, RULES, VISIT_DAY))]


def test_everyone_confirmed_and_nothing_missing_gets_only_the_receipt() -> None:
    dossier, _ = household("pin", "pin")
    assert offered(dossier) == [(RECEIPT, None)]


def test_an_adult_attested_by_staff_gets_the_help_sheet_for_a_pin_code() -> None:
    dossier, _ = household("pin", "attested")
    assert offered(dossier) == [(RECEIPT, None), (HELP, None)]


def test_an_adult_still_to_confirm_or_absent_gets_a_paper_form_and_the_letter() -> None:
    dossier, (_, to_confirm, absent) = household("pin", "to_confirm", "absent")
    assert offered(dossier) == [
        (RECEIPT, None),
        (PAPER_FORM, to_confirm.member_id),
        (PAPER_FORM, absent.member_id),
        (LETTER, None),
        (HELP, None),
    ]


def test_an_absent_adult_confirmed_for_under_a_volmacht_needs_no_paper() -> None:
    dossier, _ = household("pin", "by_volmacht")
    assert offered(dossier) == [(RECEIPT, None)]


def test_an_absent_adult_with_a_volmacht_but_nobody_signing_gets_a_paper_form() -> None:
    """The volmacht is on record, yet nobody confirmed for them: they still owe a confirmation.

    `kiosk.papers.papers_offered` promises a paper form to every adult "absent without anyone
    confirming for them"; without it the household leaves with a letter and no form to return.
    """
    dossier, (_, absent) = household("pin", "absent_volmacht")
    assert not overview(dossier, RULES, VISIT_DAY).complete
    assert offered(dossier) == [(RECEIPT, None), (PAPER_FORM, absent.member_id), (LETTER, None), (HELP, None)]


def test_evidence_to_bring_later_gets_the_letter_but_no_paper_form() -> None:
    dossier, (adult,) = household("pin")
    adult.confirmation = confirmation(
        {**adult.confirmation.declarations, "income_changed": True}, about=adult
    )
    dossier.evidence.append(Evidence("income_last_3_months", adult.member_id, "bring_later"))
    assert offered(dossier) == [(RECEIPT, None), (LETTER, None), (HELP, None)]
