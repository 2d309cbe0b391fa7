"""Ending a visit: the household in memory becomes the core's encrypted dossier and a queued submission.

Runs on the database worker. Every permission is checked again by the core with the signed-in
operator's context (`add_member_by_hand`, `set_evidence_state`, `record_confirmation`), and the
dossier, its evidence files and the sealed outbox entries are written in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk import domain
from kiosk.dossiers import add_evidence_file, end_visit, save_dossier
from kiosk.errors import PermissionDenied
from kiosk.models import Dossier as DossierRow
from kiosk.ports import HouseholdLookup
from sync.encoder import JsonSubmissionEncoder
from ui.backend import Backend
from ui.session import Member, VisitSession


@dataclass(frozen=True)
class VisitSaved:
    """What the receipt screen may show: no personal data."""

    dossier_id: str
    local_reference: str
    queued: bool
    missing: int  # how many things still keep the dossier incomplete


def build_dossier(
    session: VisitSession, lookup: HouseholdLookup | None, context: domain.OperatorContext, today: object
) -> domain.Dossier:
    """The core's dossier for the household in memory (members and confirmations, no files yet)."""
    dossier = domain.Dossier(
        kind="confirmation" if lookup else "registration",
        letter_date=lookup.letter_date if lookup else None,
        reminder_date=lookup.reminder_date if lookup else None,
        candidate_number=lookup.candidate_number if lookup else None,
        practice=context.training,
        dossier_id=session.dossier_id,
    )
    for member in session.members:
        dossier.members.append(_member(dossier, member, context, today))
    _record_volmachten(dossier, session, context)
    for member, core_member in zip(session.members, dossier.members, strict=True):
        if member.confirmation is not None and member.confirmation is member.stored_confirmation:
            core_member.confirmation = member.confirmation  # a resumed draft's, checked when recorded
        elif member.confirmation is not None:
            domain.record_confirmation(dossier, core_member, member.confirmation, context)
    return dossier


def dossier_in_memory(
    session: VisitSession, lookup: HouseholdLookup | None, context: domain.OperatorContext, today: object
) -> domain.Dossier:
    """The household as the core sees it before saving: members, confirmations, evidence file hashes.

    What `kiosk.confirming` builds a confirmation's statement from (the statement carries the sha256
    of the member's and the household's evidence files); nothing is stored.
    """
    dossier = build_dossier(session, lookup, context, today)
    for item in session.evidence.values():
        if item.state is None or item.volmacht_for is not None:
            continue  # not handled yet: not saved either (finish_visit); a volmacht is in already
        evidence = domain.Evidence(item.evidence_type, item.member_id, item.state)
        evidence.files = [domain.EvidenceFile(f.sha256, f.mime_type, len(f.data)) for f in item.files]
        dossier.evidence.append(evidence)
    return dossier


def _member(
    dossier: domain.Dossier, member: Member, context: domain.OperatorContext, today: object
) -> domain.Member:
    if member.added_by_hand and not member.stored:
        added = domain.add_member_by_hand(
            dossier,
            context,
            surname=member.surname,
            first_names=member.first_names,
            birth_date=member.birth_date,
            role=member.role,
            on=today,  # type: ignore[arg-type]
            national_number=member.national_number,
        )
        dossier.members.remove(added)  # appended again by the caller, in household order
        core = added
    else:
        # Read from a card, or added by hand in the visit that saved this draft (with the role
        # check of that operator then): taken over as it is.
        by_hand = member.added_by_hand
        core = domain.Member(
            surname=member.surname,
            first_names=member.first_names,
            birth_date=member.birth_date,
            role=member.role,
            national_number=member.national_number,
            added_by_hand=by_hand,
            adult_override=True if by_hand and member.birth_date is None else None,
        )
    core.member_id = member.member_id
    core.absence_reason = member.absence_reason
    return core


def _record_volmachten(
    dossier: domain.Dossier, session: VisitSession, context: domain.OperatorContext
) -> None:
    # Before the confirmations: one made under a volmacht is refused by the core without it.
    for item in session.evidence.values():
        if item.volmacht_for is None or item.state is None:
            continue
        evidence = domain.Evidence(item.evidence_type, item.member_id)
        evidence.files = [domain.EvidenceFile(f.sha256, f.mime_type, len(f.data)) for f in item.files]
        if item.state == item.stored_state:
            # A resumed draft's volmacht, recorded by WIL staff (with the core's check) in that visit.
            evidence.state, evidence.volmacht_for = item.state, item.volmacht_for
            dossier.evidence.append(evidence)
            continue
        domain.set_evidence_state(evidence, item.state, context)
        domain.record_volmacht(dossier, dossier.member(item.volmacht_for), evidence, context)


def _volmacht_of(dossier: domain.Dossier, member_id: str) -> domain.Evidence:
    return next(e for e in dossier.evidence if e.volmacht_for == member_id)


def finish_visit(backend: Backend, session: VisitSession, lookup: HouseholdLookup | None) -> VisitSaved:
    """Save the dossier with its evidence and queue the sealed submission (database worker)."""
    unlocked = backend.unlocked
    if unlocked is None:
        raise PermissionDenied("nobody is signed in")
    context = backend.context()
    now = backend.clock.now()
    with backend.store.begin() as s:
        dossier = build_dossier(session, lookup, context, now.date())
        save_dossier(s, unlocked, dossier, context, now, backend.rules)
        for item in session.evidence.values():
            if item.state is None:
                continue
            if item.volmacht_for is not None:
                evidence = _volmacht_of(dossier, item.volmacht_for)
                evidence.files = []  # the hashes only, so far: the encrypted files follow
            else:
                evidence = domain.Evidence(item.evidence_type, item.member_id)
                if item.state == item.stored_state:
                    evidence.state = item.state  # unchanged since a resumed draft was saved
                else:
                    domain.set_evidence_state(evidence, item.state, context)
                dossier.evidence.append(evidence)
            for file in item.files:
                if file.file_id is not None:  # a resumed draft's file, encrypted in the store already
                    evidence.files.append(
                        domain.EvidenceFile(file.sha256, file.mime_type, len(file.data), file.file_id)
                    )
                    continue
                add_evidence_file(
                    s, unlocked, dossier, evidence, file.data, file.mime_type, backend.rules, now
                )
        visit = domain.Visit(
            unlocked.operator,
            backend.terminal_id,
            context.location,
            session.started_at or now,
            visit_id=session.visit_id,
        )
        result = end_visit(s, unlocked, dossier, visit, JsonSubmissionEncoder(), context, backend.rules, now)
        missing = len(domain.missing_items(dossier, backend.rules, now.date()))
    return VisitSaved(dossier.dossier_id, result.local_reference, result.submission_id is not None, missing)


def dossier_number(backend: Backend, dossier_id: str) -> str | None:
    """The register's dossier number for a local dossier, once sync has brought it back."""
    with backend.store.begin() as s:
        row = s.get(DossierRow, dossier_id)
        return row.dossier_number if row else None
