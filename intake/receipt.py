"""The final receipt printed on the worklist for posting: the kiosk's own renderer (`kiosk.documents`).

The candidate has gone home by the time WIL enters the dossier in the CIR, so WIL prints the final
receipt and posts it; the kiosk prints the same paper at a later visit (a reprint of the stored
dossier once its number arrived through the updates).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from intake import audit
from intake.dossier import rebuild, submission_bodies
from intake.settings import IntakeSettings
from intake.worklist import NotFound, WorklistError, _household
from kiosk.clock import local_day
from kiosk.documents import (
    AbsenceReason,
    EvidenceItem,
    EvidenceState,
    FinalReceipt,
    Household,
    Language,
    Member,
    Office,
    PaperContext,
    Role,
    WilCheck,
    mask_national_number,
    render_final_receipt,
)
from kiosk.domain import Dossier, member_status, wil_checks
from kiosk.domain import Member as DomainMember
from kiosk.paper_models import DEPARTED_STATUSES, PAPER_STATUS
from kiosk.rules import Rules
from sync.simulator.register import Register


def final_receipt_pdf(
    register: Register, household_id: int, username: str, now: datetime, settings: IntakeSettings
) -> bytes:
    """Render the final receipt of a dossier entered in the CIR (audited as printed).

    The household, its members' standing and what WIL still checks come from the kiosk core's rules
    (`intake.dossier.rebuild`), as on the receipt the kiosk prints.
    """
    with register.session() as s:
        household = _household(s, household_id)
        if household.dossier_number is None:
            raise WorklistError("the final receipt needs the CIR's dossier number: enter it first")
        bodies = submission_bodies(s, household)
        if not bodies:
            raise NotFound("this dossier's submissions were purged")
        rebuilt = rebuild(register, s, household, bodies)
        dossier, rules = rebuilt.dossier, rebuilt.rules
        today = local_day(now)
        members = tuple(_member(dossier, x, today) for x in dossier.members)
        audit.record(s, now, username, "receipt-printed", household.id, household.dossier_number)
        confirmed = [local_day(x.confirmation.confirmed_at) for x in dossier.members if x.confirmation]
        checks = tuple(
            dict.fromkeys(WilCheck(outcome) for outcome, _who in wil_checks(dossier, rules, today))
        )
        receipt = FinalReceipt(
            Household(
                members,
                dossier.letter_date,
                dossier.reminder_date,
                new_registration=household.candidate_number is None,
                deadline=dossier.deadline(rules),
            ),
            household.dossier_number,
            max(confirmed, default=today),
            "",
            _evidence(dossier, rules),
            wil_checks=checks,
            asset_threshold_eur=rules.asset_test.threshold_eur if rules.asset_test else None,
        )
        context = PaperContext(
            _language(bodies[-1][1]),
            household.practice,
            "intake",
            settings.office_name,
            now,
            office=Office(settings.office_name, settings.office_address, settings.office_phone),
        )
    return render_final_receipt(receipt, context)


def _language(body: dict[str, Any]) -> Language:
    """The candidate's language from the kiosk's preferences (Dutch alone when none or unknown)."""
    preferences = body.get("preferences")
    language = preferences.get("language") if isinstance(preferences, dict) else None
    return Language(language) if language in {x.value for x in Language} else Language.DUTCH


def _member(dossier: Dossier, member: DomainMember, today: date) -> Member:
    status = member_status(dossier, member, today)
    adult = member.adult_on(today)
    return Member(
        first_name=member.first_names.split(" ")[0],
        last_name=member.surname,
        masked_national_number=mask_national_number(member.national_number) if member.national_number else "",
        role=Role(member.role),
        adult=adult,
        status=PAPER_STATUS.get(status) if adult or status in DEPARTED_STATUSES else None,
        confirmed_on=local_day(member.confirmation.confirmed_at) if member.confirmation else None,
        absence_reason=AbsenceReason(member.absence_reason) if member.absence_reason else None,
    )


def _evidence(dossier: Dossier, rules: Rules) -> tuple[EvidenceItem, ...]:
    names = {x.member_id: x.first_names.split(" ")[0] for x in dossier.members}
    return tuple(
        EvidenceItem(
            rules.evidence_types[e.evidence_type].text_nl
            if e.evidence_type in rules.evidence_types
            else e.evidence_type,
            EvidenceState(e.state),
            names.get(e.member_id) if e.member_id else None,
        )
        for e in dossier.evidence
    )
