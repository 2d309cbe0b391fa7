"""Which papers the receipt screen offers for which visit (pure: no Qt, no rendering)."""

from __future__ import annotations

from kiosk.ports import PartialDate
from ui.paper_offers import DEADLINE_LETTER, HELP_SHEET, PAPER_FORM, RECEIPT, papers_offered
from ui.session import EvidenceItem, Member, MemberState, VisitSession


def visit(*states: MemberState, bring_later: bool = False) -> VisitSession:
    session = VisitSession()
    for number, state in enumerate(states):
        session.members.append(
            Member(f"m{number}", "X", "Y", PartialDate(1980), "partner", adult=True, state=state)
        )
    session.members.append(Member("child", "X", "Z", PartialDate(2015), "child", adult=False))
    if bring_later:
        session.evidence[("payslip", "m0")] = EvidenceItem("payslip", "m0", "bring_later")
    return session


def kinds(session: VisitSession) -> list[tuple[str, str | None]]:
    return [(offer.kind, offer.member_id) for offer in papers_offered(session)]


def test_everyone_confirmed_and_nothing_missing_gets_only_the_receipt() -> None:
    assert kinds(visit(MemberState.CONFIRMED_PIN, MemberState.CONFIRMED_PIN)) == [(RECEIPT, None)]


def test_an_adult_attested_by_staff_gets_the_help_sheet_for_a_pin_code() -> None:
    assert kinds(visit(MemberState.CONFIRMED_PIN, MemberState.ATTESTED)) == [
        (RECEIPT, None),
        (HELP_SHEET, None),
    ]


def test_an_adult_still_to_confirm_or_absent_gets_a_paper_form_and_the_letter() -> None:
    assert kinds(visit(MemberState.CONFIRMED_PIN, MemberState.TO_DO, MemberState.ABSENT)) == [
        (RECEIPT, None),
        (PAPER_FORM, "m1"),
        (PAPER_FORM, "m2"),
        (DEADLINE_LETTER, None),
        (HELP_SHEET, None),
    ]


def test_evidence_to_bring_later_gets_the_letter_but_no_paper_form() -> None:
    assert kinds(visit(MemberState.CONFIRMED_PIN, bring_later=True)) == [
        (RECEIPT, None),
        (DEADLINE_LETTER, None),
        (HELP_SHEET, None),
    ]
