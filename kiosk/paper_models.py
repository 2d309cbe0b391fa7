"""The core's household overview mapped onto the papers' view models (`kiosk.documents.model`).

Only `kiosk.papers.render` calls this; it imports ReportLab through `kiosk.documents`, so it loads
on the worker that renders, never with the first screen.
"""

from __future__ import annotations

from kiosk.clock import local_day
from kiosk.documents import (
    AbsenceReason,
    AdultStatus,
    AppointmentSlip,
    DeadlineLetter,
    DwellingType,
    EvidenceItem,
    EvidenceState,
    FinalReceipt,
    HelpSheet,
    HelpTopic,
    Household,
    Language,
    Member,
    MissingItem,
    MissingKind,
    NoCardReason,
    Office,
    PaperContext,
    PaperForm,
    PaperFormSubject,
    ProvisionalReceipt,
    RegistrationInfo,
    Role,
    SlipPerson,
    WilCheck,
    WithdrawalReceipt,
    mask_national_number,
    render_appointment_slip,
    render_deadline_letter,
    render_final_receipt,
    render_help_sheet,
    render_paper_form,
    render_provisional_receipt,
    render_registration_info,
    render_withdrawal_receipt,
)
from kiosk.domain import Member as DomainMember
from kiosk.domain import MemberStatus, answers_household_questions, question_scopes
from kiosk.papers import PaperSource
from kiosk.ports import PartialDate
from kiosk.visit_views import MemberRow, Overview, Owed

PAPER_STATUS = {
    MemberStatus.CONFIRMED: AdultStatus.CONFIRMED,
    MemberStatus.ATTESTED: AdultStatus.ATTESTED,
    MemberStatus.CONFIRMED_BY_VOLMACHT: AdultStatus.CONFIRMED_BY_VOLMACHT,
    MemberStatus.CONFIRMED_EARLIER: AdultStatus.CONFIRMED_EARLIER,
    MemberStatus.CONFIRMED_BY_REPRESENTATIVE: AdultStatus.CONFIRMED_BY_REPRESENTATIVE,
    MemberStatus.TO_CHECK: AdultStatus.TO_CHECK,
    MemberStatus.TO_CONFIRM: AdultStatus.PENDING,
    MemberStatus.ABSENT: AdultStatus.ABSENT,
    MemberStatus.ABSENT_COVERED: AdultStatus.ABSENT,
    MemberStatus.LEFT: AdultStatus.LEFT,
    MemberStatus.DECEASED: AdultStatus.DECEASED,
}
DEPARTED_STATUSES = (MemberStatus.LEFT, MemberStatus.DECEASED)


def _language(code: str) -> Language:
    try:
        return Language(code)
    except ValueError:
        return Language.DUTCH  # a language the papers do not have: Dutch only


def _context(source: PaperSource) -> PaperContext:
    location = "oefenmodus" if source.training else "terminal"
    return PaperContext(
        _language(source.language),
        source.training,
        source.terminal_id,
        location,
        source.printed_at,
        copy=source.copy,
        office=_office(source),
    )


def _office(source: PaperSource) -> Office:
    office = source.office
    return Office(
        name=office.name,
        address=office.address,
        phone=office.phone,
        website=office.website,
        hours=office.hours,
        location=office.location,
    )


def _first(first_names: str) -> str:
    return first_names.split(" ")[0] if first_names else ""


def _household(source: PaperSource, household: Overview) -> Household:
    dossier = source.dossier
    members = []
    for row in household.members:
        member = dossier.member(row.member_id)
        confirmed = local_day(member.confirmation.confirmed_at) if member.confirmation else None
        members.append(
            Member(
                first_name=_first(row.first_names),
                last_name=row.surname,
                masked_national_number=mask_national_number(member.national_number)
                if member.national_number
                else "",
                role=Role(row.role),
                adult=row.adult,
                status=PAPER_STATUS.get(row.status) if row.adult or row.status in DEPARTED_STATUSES else None,
                confirmed_on=confirmed,
                absence_reason=AbsenceReason(row.absence_reason) if row.absence_reason else None,
            )
        )
    return Household(
        tuple(members),
        dossier.letter_date,
        dossier.reminder_date,
        new_registration=household.new_registration,
        deadline=household.deadline.day,
        act_now=household.act_now,
    )


def _labels(source: PaperSource) -> dict[str, str]:
    return {key: evidence.text_nl for key, evidence in source.rules.evidence_types.items()}


def _evidence(source: PaperSource) -> tuple[EvidenceItem, ...]:
    labels = _labels(source)
    names = {m.member_id: _first(m.first_names) for m in source.dossier.members}
    return tuple(
        EvidenceItem(
            labels.get(e.evidence_type, e.evidence_type), EvidenceState(e.state), names.get(e.member_id or "")
        )
        for e in source.dossier.evidence
    )


def _missing(source: PaperSource, household: Overview) -> tuple[MissingItem, ...]:
    owed = [o for row in household.members for o in row.owed] + list(household.household_owed)
    names = {m.member_id: _first(m.first_names) for m in source.dossier.members}
    labels = _labels(source)
    return tuple(_missing_item(o, labels, names, source) for o in owed)


def _missing_item(
    owed: Owed, labels: dict[str, str], names: dict[str, str], source: PaperSource
) -> MissingItem:
    evidence = owed.kind == "evidence" and owed.evidence_type is not None
    return MissingItem(
        kind=MissingKind(owed.kind),
        due=owed.due,
        member_first_name=names.get(owed.member_id or ""),
        overdue=owed.overdue,
        evidence_type=owed.evidence_type or "" if evidence else "",
        evidence_label=labels.get(owed.evidence_type or "", owed.evidence_type or "") if evidence else "",
    )


def _wil_checks(household: Overview) -> tuple[WilCheck, ...]:
    kinds = [WilCheck(outcome) for outcome, _member in household.wil_checks]
    return tuple(dict.fromkeys(kinds))  # each once, in the rules file's order


def _threshold(source: PaperSource) -> int | None:
    test = source.rules.asset_test
    return test.threshold_eur if test is not None else None


def receipt(source: PaperSource, household: Overview) -> bytes:
    """The final receipt once the register gave a dossier number, else the provisional one."""
    context = _context(source)
    number = source.dossier.dossier_number
    if number:
        confirmed = [local_day(m.confirmation.confirmed_at) for m in source.dossier.members if m.confirmation]
        final = FinalReceipt(
            _household(source, household),
            number,
            max(confirmed, default=source.today),
            source.local_reference,
            _evidence(source),
            wil_checks=_wil_checks(household),
            asset_threshold_eur=_threshold(source),
        )
        return render_final_receipt(final, context)
    provisional = ProvisionalReceipt(
        _household(source, household),
        source.local_reference,
        _evidence(source),
        _missing(source, household),
        household_checked=household.register_checked,
        complete=household.complete,
        wil_checks=_wil_checks(household),
        asset_threshold_eur=_threshold(source),
    )
    return render_provisional_receipt(provisional, context, source.receipt_key)


def withdrawal_receipt(source: PaperSource, household: Overview) -> bytes:
    """The withdrawal receipt: the reference tenant stopped the household's registration."""
    dossier = source.dossier
    withdrawal = dossier.withdrawal
    if withdrawal is None:
        raise ValueError("this household did not withdraw")
    tenant = dossier.member(withdrawal.member_id)
    paper = WithdrawalReceipt(
        _household(source, household),
        source.local_reference,
        local_day(withdrawal.requested_at),
        _first(tenant.first_names),
        tenant.surname,
        household_checked=household.register_checked,
    )
    return render_withdrawal_receipt(paper, _context(source), source.receipt_key)


def deadline_letter(source: PaperSource, household: Overview) -> bytes:
    """What must still be done, by which date."""
    reference = source.dossier.dossier_number or source.local_reference
    letter = DeadlineLetter(_household(source, household), reference, _missing(source, household))
    return render_deadline_letter(letter, _context(source))


def help_sheet(source: PaperSource, household: Overview, topics: tuple[str, ...]) -> bytes:
    """PIN/PUK, itsme, a new eID and where to find help; the candidate's own topics first."""
    reference = source.dossier.dossier_number or source.local_reference
    return render_help_sheet(HelpSheet(tuple(HelpTopic(t) for t in topics), reference), _context(source))


def paper_form(source: PaperSource, household: Overview, row: MemberRow) -> bytes:
    """The pre-filled paper form for an adult who could not confirm at the kiosk."""
    dossier = source.dossier
    member = dossier.member(row.member_id)
    reference = dossier.dossier_number or dossier.candidate_number or source.local_reference
    form = PaperForm(
        _subject(source, member.national_number, row, member.birth_date),
        _household(source, household),
        _reason(row, came=member.national_number is not None and not member.added_by_hand),
        reference,
        questions=_questions_of(source, member),
        due=household.deadline.day,
    )
    return render_paper_form(form, _context(source))


def _questions_of(source: PaperSource, member: DomainMember) -> tuple[str, ...]:
    """The questions this member answers on paper: those of their role, with the household's if theirs."""
    scopes = set(question_scopes(member, source.rules))
    if answers_household_questions(member, source.rules):
        scopes.add("household")
    return tuple(d.text_nl for d in source.rules.declarations if d.applies_to in scopes)


def _subject(
    source: PaperSource, national_number: str | None, row: MemberRow, birth: PartialDate | None
) -> PaperFormSubject:
    """What the eID said about the member; the card's address only while that card is in the reader."""
    card = source.card if source.card is not None and source.card.national_number == national_number else None
    address = (
        f"{card.address.street_and_number}, {card.address.zip} {card.address.municipality}" if card else ""
    )
    return PaperFormSubject(
        first_name=row.first_names,
        last_name=row.surname,
        national_number=national_number or "",
        birth_date=_birth_date(birth),
        nationality=card.nationality if card else "",
        address=address,
    )


def _birth_date(birth: PartialDate | None) -> str:
    if birth is None:
        return ""
    if birth.month is None:
        return str(birth.year)
    if birth.day is None:
        return f"{birth.month:02d}/{birth.year}"
    return f"{birth.day:02d}/{birth.month:02d}/{birth.year}"  # as the papers print dates


def _reason(row: MemberRow, came: bool) -> AbsenceReason:
    if row.status is MemberStatus.TO_CHECK:
        return AbsenceReason.NO_CARD
    if row.status in (MemberStatus.ABSENT, MemberStatus.ABSENT_COVERED) and row.absence_reason:
        return AbsenceReason(row.absence_reason)
    # At the kiosk but could not confirm: no PIN code (or a blocked one); else they did not come.
    return AbsenceReason.NO_PIN if came else AbsenceReason.OTHER


def appointment_slip(source: PaperSource, household: Overview) -> bytes:
    """What to bring, where and by when, for the adults recorded without a readable eID."""
    dossier = source.dossier
    people = tuple(
        SlipPerson(_first(m.first_names), m.surname, NoCardReason(m.no_card))
        for m in dossier.members
        if m.to_check and m.no_card is not None
    )
    labels = _labels(source)
    documents = tuple(
        dict.fromkeys(
            labels.get(o.evidence_type, o.evidence_type)
            for o in [o for row in household.members for o in row.owed] + list(household.household_owed)
            if o.kind == "evidence" and o.evidence_type
        )
    )
    reference = dossier.dossier_number or dossier.candidate_number or source.local_reference
    slip = AppointmentSlip(
        _household(source, household), reference, people, documents, household.deadline.day
    )
    return render_appointment_slip(slip, _context(source))


def registration_info(source: PaperSource) -> bytes:
    """A new registration's information sheet: the household's choices and what it must know."""
    dossier = source.dossier
    contact, preferences, priority = dossier.contact, dossier.preferences, dossier.priority
    info = RegistrationInfo(
        reference=dossier.dossier_number or dossier.candidate_number or source.local_reference,
        municipalities=preferences.municipalities,
        dwelling_types=tuple(DwellingType(kind) for kind in preferences.dwelling_types),
        max_rent=preferences.max_rent,
        informal_care_municipality=priority.informal_care_municipality,
        adapted_dwelling=priority.adapted_dwelling,
        phone=contact.phone,
        email=contact.email,
        letters_to=contact.correspondence.lines() if contact.correspondence else (),
        address_is_reference=contact.address_is_reference,
    )
    return render_registration_info(info, _context(source))
