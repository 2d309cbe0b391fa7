"""The receipt as a paper: the visit in memory mapped onto the documents area's view models.

Runs on the database worker (rendering a PDF takes tens of milliseconds). Members carry only a
masked national number; the receipt key comes from the terminal's enrollment.
"""

from __future__ import annotations

from datetime import timedelta

from kiosk.documents import (
    AdultStatus,
    EvidenceItem,
    EvidenceState,
    FinalReceipt,
    Household,
    Language,
    Member,
    MissingItem,
    PaperContext,
    ProvisionalReceipt,
    Role,
    mask_national_number,
    missing_label,
    render_final_receipt,
    render_provisional_receipt,
)
from kiosk.store import load_enrollment
from ui.backend import Backend
from ui.session import MemberState, VisitSession
from ui.visit_end import VisitSaved

_STATUS = {
    MemberState.CONFIRMED_PIN: AdultStatus.CONFIRMED,
    MemberState.ATTESTED: AdultStatus.ATTESTED,
    MemberState.ABSENT: AdultStatus.ABSENT,
    MemberState.TO_DO: AdultStatus.PENDING,
    # Absent, but confirmed: another adult signed for them under their volmacht (the papers have no
    # wording of their own for it yet).
    MemberState.CONFIRMED_BY_VOLMACHT: AdultStatus.CONFIRMED,
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
    due_default_days: int = 30,
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
    household = _household(session)
    evidence = _evidence(session, labels)
    if dossier_number:
        receipt = FinalReceipt(household, dossier_number, now.date(), saved.local_reference, evidence)
        return render_final_receipt(receipt, context)
    due = now.date() + timedelta(days=due_default_days)
    missing = tuple(
        MissingItem(missing_label("confirmation"), due, m.first_names.split(" ")[0])
        for m in session.members
        if m.adult and m.state is MemberState.TO_DO
    ) + tuple(
        MissingItem(e.label, due, e.member_first_name)
        for e in evidence
        if e.state is EvidenceState.BRING_LATER
    )
    with backend.store.begin() as s:
        record = load_enrollment(s, backend.store)
    if record is None:
        raise ValueError("the terminal is not enrolled")
    receipt_ = ProvisionalReceipt(household, saved.local_reference, evidence, missing)
    return render_provisional_receipt(receipt_, context, record.receipt_key)
