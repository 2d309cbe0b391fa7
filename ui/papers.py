"""The papers: the visit in memory (or a stored dossier) mapped onto the documents area's view models.

Runs on the database worker (rendering a PDF takes tens of milliseconds). Members carry only a
masked national number; the receipt key comes from the terminal's enrollment. Besides the receipt:
`papers_offered` says which other papers fit the visit (the deadline letter and help sheet when
something is still missing, a paper form per adult who could not confirm at the kiosk) and
`paper_pdf` renders one; `reprint_pdf` renders a receipt again from the stored dossier, marked KOPIE.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kiosk.documents import (
    AbsenceReason,
    AdultStatus,
    DeadlineLetter,
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
    PaperContext,
    PaperForm,
    PaperFormSubject,
    ProvisionalReceipt,
    Role,
    mask_national_number,
    render_deadline_letter,
    render_final_receipt,
    render_help_sheet,
    render_paper_form,
    render_provisional_receipt,
)
from kiosk.domain import Dossier as CoreDossier
from kiosk.domain import Member as CoreMember
from kiosk.domain import confirm_by
from kiosk.domain import missing_items as core_missing_items
from kiosk.errors import PermissionDenied
from kiosk.ports import Authenticity, PartialDate
from kiosk.rules import Rules
from kiosk.store import load_enrollment
from ui.backend import Backend
from ui.paper_offers import DEADLINE_LETTER, HELP_SHEET, PAPER_FORM, RECEIPT, PaperOffer
from ui.session import Member as Member_
from ui.session import MemberState, VisitSession
from ui.visit_end import VisitSaved

_STATUS = {
    MemberState.CONFIRMED_PIN: AdultStatus.CONFIRMED,
    MemberState.ATTESTED: AdultStatus.ATTESTED,
    MemberState.ABSENT: AdultStatus.ABSENT,
    MemberState.TO_DO: AdultStatus.PENDING,
    # Absent, but confirmed: another adult signed for them under their volmacht.
    MemberState.CONFIRMED_BY_VOLMACHT: AdultStatus.CONFIRMED_BY_VOLMACHT,
}


def _household(session: VisitSession) -> Household:
    members = tuple(
        Member(
            first_name=m.first_names.split(" ")[0],
            last_name=m.surname,
            masked_national_number=mask_national_number(m.national_number) if m.national_number else "",
            role=Role(m.role),
            adult=m.adult,
            status=_STATUS.get(m.state) if m.adult else None,
        )
        for m in session.members
    )
    lookup = session.lookup
    return Household(
        members,
        lookup.letter_date if lookup else None,
        lookup.reminder_date if lookup else None,
        new_registration=lookup is None,
    )


def _evidence(session: VisitSession, labels: dict[str, str]) -> tuple[EvidenceItem, ...]:
    names = {m.member_id: m.first_names.split(" ")[0] for m in session.members}
    return tuple(
        EvidenceItem(
            labels.get(item.evidence_type, item.evidence_type),
            EvidenceState(item.state),
            names.get(item.member_id or ""),
        )
        for item in session.evidence.values()
        if item.state is not None
    )


def receipt_pdf(
    backend: Backend,
    session: VisitSession,
    saved: VisitSaved,
    dossier_number: str | None,
    language: str,
) -> bytes:
    """The final receipt when the register gave a dossier number, else the provisional one."""
    now = backend.clock.now()
    context = PaperContext(
        Language(language),
        backend.training,
        backend.terminal_id,
        "oefenmodus" if backend.training else "terminal",
        now,
    )
    labels = {key: evidence.text_nl for key, evidence in backend.rules.evidence_types.items()}
    # The register's deadline (letter + 30 / reminder + 15 days, the rules file's counts) when known.
    household = replace(_household(session), deadline=_deadline(backend, session))
    evidence = _evidence(session, labels)
    if dossier_number:
        receipt = FinalReceipt(household, dossier_number, now.date(), saved.local_reference, evidence)
        return render_final_receipt(receipt, context)
    # No deadline known: the papers say to look at the letter (they never invent a date).
    due = household.deadline
    missing = tuple(
        MissingItem(MissingKind.CONFIRMATION, due, _first(m.first_names))
        for m in session.members
        if m.adult and m.state is MemberState.TO_DO
    ) + _evidence_missing(session, labels, due)
    with backend.store.begin() as s:
        record = load_enrollment(s, backend.store)
    if record is None:
        raise ValueError("the terminal is not enrolled")
    receipt_ = ProvisionalReceipt(
        household,
        saved.local_reference,
        evidence,
        missing,
        household_checked=session.lookup is not None,
        complete=not missing,
    )
    return render_provisional_receipt(receipt_, context, record.receipt_key)


def _evidence_missing(
    session: VisitSession, labels: dict[str, str], due: date | None
) -> tuple[MissingItem, ...]:
    names = {m.member_id: _first(m.first_names) for m in session.members}
    return tuple(
        MissingItem(
            MissingKind.EVIDENCE,
            due,
            names.get(item.member_id or ""),
            evidence_type=item.evidence_type,
            evidence_label=labels.get(item.evidence_type, item.evidence_type),
        )
        for item in session.evidence.values()
        if item.state == EvidenceState.BRING_LATER.value
    )


# -- the other papers: paper form, help sheet, deadline letter -------------------------------------


def paper_pdf(
    backend: Backend,
    session: VisitSession,
    saved: VisitSaved,
    dossier_number: str | None,
    offer: PaperOffer,
    language: str,
) -> bytes:
    """Render one offered paper in the candidate's language (Dutch with a summary in theirs)."""
    if offer.kind == RECEIPT:
        return receipt_pdf(backend, session, saved, dossier_number, _language(language).value)
    context = _context(backend, language)
    reference = dossier_number or saved.local_reference
    if offer.kind == HELP_SHEET:
        return render_help_sheet(HelpSheet(_help_topics(session), reference), context)
    household = replace(_household(session), deadline=_deadline(backend, session))
    if offer.kind == DEADLINE_LETTER:
        missing = _missing_in_memory(backend, session, household.deadline)
        return render_deadline_letter(DeadlineLetter(household, reference, missing), context)
    if offer.kind == PAPER_FORM:
        member = next((m for m in session.members if m.member_id == offer.member_id), None)
        if member is None:
            raise KeyError("no such member in this visit")
        lookup = session.lookup
        form_reference = dossier_number or (lookup.candidate_number if lookup else None) or reference
        questions = tuple(d.text_nl for d in backend.rules.declarations)
        subject, reason = _subject(session, member), _reason(member)
        form = PaperForm(subject, household, reason, form_reference, questions, household.deadline)
        return render_paper_form(form, context)
    raise ValueError(f"not a paper: {offer.kind}")


def _language(language: str) -> Language:
    try:
        return Language(language)
    except ValueError:
        return Language.DUTCH  # a language the papers do not have: Dutch only


def _context(backend: Backend, language: str, copy: bool = False) -> PaperContext:
    return PaperContext(
        _language(language),
        backend.training,
        backend.terminal_id,
        "oefenmodus" if backend.training else "terminal",
        backend.clock.now(),
        copy=copy,
    )


def _deadline(backend: Backend, session: VisitSession) -> date | None:
    lookup = session.lookup
    if lookup is None:
        return None
    rules = backend.rules
    return confirm_by(lookup.letter_date, lookup.reminder_date, rules.letter_days, rules.reminder_days)


def _missing_in_memory(
    backend: Backend, session: VisitSession, deadline: date | None
) -> tuple[MissingItem, ...]:
    labels = {key: evidence.text_nl for key, evidence in backend.rules.evidence_types.items()}
    adults = [m for m in session.members if m.adult]
    return (
        tuple(
            MissingItem(MissingKind.CONFIRMATION, deadline, _first(m.first_names))
            for m in adults
            if m.state is MemberState.TO_DO
        )
        + tuple(
            MissingItem(MissingKind.ABSENT_ADULT, deadline, _first(m.first_names))
            for m in adults
            if m.state is MemberState.ABSENT
        )
        + _evidence_missing(session, labels, deadline)
    )


def _help_topics(session: VisitSession) -> tuple[HelpTopic, ...]:
    """PIN/PUK first when an adult confirmed without one; renewing first when the card has expired."""
    topics: list[HelpTopic] = []
    identity = session.identity
    if identity is not None and identity.authenticity is Authenticity.EXPIRED:
        topics.append(HelpTopic.RENEW_EID)
    if any(m.adult and m.state in (MemberState.TO_DO, MemberState.ATTESTED) for m in session.members):
        topics.append(HelpTopic.PIN_PUK)
    return tuple(topics)


def _subject(session: VisitSession, member: Member_) -> PaperFormSubject:
    """What the eID said about `member`; the card's other facts only while that card is in the reader."""
    identity = session.identity
    card = identity if identity is not None and identity.national_number == member.national_number else None
    address = (
        f"{card.address.street_and_number}, {card.address.zip} {card.address.municipality}" if card else ""
    )
    return PaperFormSubject(
        first_name=member.first_names,
        last_name=member.surname,
        national_number=member.national_number or "",
        birth_date=_birth_date(member.birth_date),
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


def _reason(member: Member_) -> AbsenceReason:
    if member.state is MemberState.ABSENT and member.absence_reason:
        return AbsenceReason(member.absence_reason)
    return AbsenceReason.NO_PIN  # at the kiosk but could not confirm: no PIN code (or a blocked one)


def _first(first_names: str) -> str:
    return first_names.split(" ")[0]


# -- reprints from the stored dossier ----------------------------------------------------------------


def reprint_pdf(backend: Backend, dossier_id: str, language: str = "nl") -> tuple[str, bytes]:
    """The receipt of a stored dossier again, marked KOPIE: (local reference, PDF).

    The core opens the dossier for the signed-in operator and writes the reprint to the audit log
    (`kiosk.reprints.open_for_reprint`, coordinators only); the final receipt when the register
    gave a dossier number, else the provisional one.
    """
    from kiosk.reprints import open_for_reprint

    unlocked = backend.unlocked
    if unlocked is None:
        raise PermissionDenied("nobody is signed in")
    with backend.store.begin() as s:
        source = open_for_reprint(s, unlocked, dossier_id, backend.clock.now())
        record = load_enrollment(s, backend.store)
    context = _context(backend, language, copy=True)
    dossier, rules = source.dossier, backend.rules
    day = source.created_at.date()
    labels = {key: evidence.text_nl for key, evidence in rules.evidence_types.items()}
    names = {m.member_id: _first(m.first_names) for m in dossier.members}
    evidence = tuple(
        EvidenceItem(
            labels.get(e.evidence_type, e.evidence_type), EvidenceState(e.state), names.get(e.member_id or "")
        )
        for e in dossier.evidence
    )
    household = _stored_household(dossier, day, rules)
    if dossier.dossier_number:
        confirmed = [m.confirmation.confirmed_at.date() for m in dossier.members if m.confirmation]
        receipt = FinalReceipt(
            household, dossier.dossier_number, max(confirmed, default=day), source.local_reference, evidence
        )
        return source.local_reference, render_final_receipt(receipt, context)
    if record is None:
        raise ValueError("the terminal is not enrolled")
    due = household.deadline
    missing = tuple(
        MissingItem(
            MissingKind(item.kind),
            due,
            names.get(item.member_id or ""),
            evidence_type=item.evidence_type or "",
            evidence_label=labels.get(item.evidence_type, item.evidence_type) if item.evidence_type else "",
        )
        for item in core_missing_items(dossier, rules, day)
    )
    provisional = ProvisionalReceipt(
        household, source.local_reference, evidence, missing, complete=not missing
    )
    return source.local_reference, render_provisional_receipt(provisional, context, record.receipt_key)


def _stored_household(dossier: CoreDossier, day: date, rules: Rules) -> Household:
    members = []
    for m in dossier.members:
        adult = m.adult_on(day)
        members.append(
            Member(
                first_name=_first(m.first_names),
                last_name=m.surname,
                masked_national_number=mask_national_number(m.national_number) if m.national_number else "",
                role=Role(m.role),
                adult=adult,
                status=_stored_status(m) if adult else None,
                confirmed_on=m.confirmation.confirmed_at.date() if m.confirmation else None,
            )
        )
    return Household(
        tuple(members),
        dossier.letter_date,
        dossier.reminder_date,
        new_registration=dossier.kind == "registration",
        deadline=dossier.deadline(rules),
    )


def _stored_status(member: CoreMember) -> AdultStatus:
    if member.confirmation is not None:
        attested = member.confirmation.method == "staff_attested"
        return AdultStatus.ATTESTED if attested else AdultStatus.CONFIRMED
    return AdultStatus.ABSENT if member.absence_reason else AdultStatus.PENDING
