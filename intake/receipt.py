"""The final receipt printed on the worklist for posting: the kiosk's own renderer (`kiosk.documents`).

The candidate has gone home by the time WIL enters the dossier in the CIR, so WIL prints the final
receipt and posts it; the kiosk prints the same paper at a later visit (a reprint of the stored
dossier once its number arrived through the updates).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from intake import audit
from intake.settings import IntakeSettings
from intake.worklist import NotFound, WorklistError, _bodies, _deadline, _household, _latest_members
from kiosk.documents import (
    AbsenceReason,
    AdultStatus,
    EvidenceItem,
    EvidenceState,
    FinalReceipt,
    Household,
    Language,
    Member,
    Office,
    PaperContext,
    Role,
    mask_national_number,
    render_final_receipt,
)
from kiosk.rules import bundled_rules_path, load_rules_file
from sync.simulator import models as m
from sync.simulator.register import Register


def final_receipt_pdf(
    register: Register, household_id: int, username: str, now: datetime, settings: IntakeSettings
) -> bytes:
    """Render the final receipt of a dossier entered in the CIR (audited as printed)."""
    with register.session() as s:
        household = _household(s, household_id)
        if household.dossier_number is None:
            raise WorklistError("the final receipt needs the CIR's dossier number: enter it first")
        bodies = _bodies(s, household)
        latest = _latest_members(bodies)
        if not latest:
            raise NotFound("this dossier's submissions were purged")
        rows = {
            row.member_key: row
            for row in s.scalars(select(m.Member).where(m.Member.household_id == household.id))
        }
        members = tuple(_member(details, rows.get(key)) for key, details in latest.items())
        labels = {key: e.text_nl for key, e in load_rules_file(bundled_rules_path()).evidence_types.items()}
        evidence = _evidence(s, household, labels, latest)
        audit.record(s, now, username, "receipt-printed", household.id, household.dossier_number)
        confirmed = [
            datetime.strptime(r.confirmed_at, "%Y-%m-%dT%H:%M:%SZ").date()
            for r in rows.values()
            if r.confirmed_at
        ]
        receipt = FinalReceipt(
            Household(
                members,
                _date(household.letter_date),
                _date(household.reminder_date),
                new_registration=household.candidate_number is None,
                deadline=_deadline(household),
            ),
            household.dossier_number,
            max(confirmed, default=now.date()),
            "",
            evidence,
        )
        context = PaperContext(
            _language(bodies[-1][1] if bodies else {}),
            household.practice,
            "intake",
            settings.office_name,
            now,
            office=Office(settings.office_name, settings.office_address, settings.office_phone),
        )
    return render_final_receipt(receipt, context)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _language(body: dict[str, Any]) -> Language:
    """The candidate's language from the kiosk's preferences (Dutch alone when none or unknown)."""
    preferences = body.get("preferences")
    language = preferences.get("language") if isinstance(preferences, dict) else None
    return Language(language) if language in {x.value for x in Language} else Language.DUTCH


def _member(details: dict[str, Any], row: m.Member | None) -> Member:
    national = details.get("national_number")
    confirmation = json.loads(row.confirmation_json) if row and row.confirmation_json else None
    return Member(
        first_name=str(details.get("first_names", "")).split(" ")[0],
        last_name=str(details.get("surname", "")),
        masked_national_number=mask_national_number(national) if national else "",
        role=Role(details["role"]),
        adult=bool(details.get("adult")),
        status=_status(details, confirmation) if details.get("adult") else None,
        confirmed_on=datetime.strptime(row.confirmed_at, "%Y-%m-%dT%H:%M:%SZ").date()
        if row and row.confirmed_at
        else None,
        absence_reason=AbsenceReason(details["absence_reason"]) if details.get("absence_reason") else None,
    )


def _status(details: dict[str, Any], confirmation: dict[str, Any] | None) -> AdultStatus:
    if confirmation is None:
        return AdultStatus.ABSENT if details.get("absence_reason") else AdultStatus.PENDING
    if confirmation.get("on_behalf_of_absent"):
        return AdultStatus.CONFIRMED_BY_VOLMACHT
    if confirmation["method"] == "staff_attested":
        return AdultStatus.ATTESTED
    return AdultStatus.CONFIRMED


def _evidence(
    s: Any, household: m.Household, labels: dict[str, str], latest: dict[str, dict[str, Any]]
) -> tuple[EvidenceItem, ...]:
    names = {str(x.get("member_id")): str(x.get("first_names", "")).split(" ")[0] for x in latest.values()}
    items = s.scalars(select(m.EvidenceItem).where(m.EvidenceItem.household_id == household.id))
    return tuple(
        EvidenceItem(
            labels.get(item.evidence_type, item.evidence_type),
            EvidenceState.ATTACHED if item.satisfied else EvidenceState.BRING_LATER,
            names.get(item.member_id) if item.member_id else None,
        )
        for item in items
    )
