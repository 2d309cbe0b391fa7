"""Making a confirmation: build the statement, have a card sign it, record it with the roles checked.

Two ways (docs/architecture.md section 4, the roles table):
- `confirm_with_eid`: the adult's own card signs a "confirmation" statement after the PIN; with
  `on_behalf_of_absent=True` another adult signs for an absent adult whose volmacht WIL staff recorded.
- `attest_by_staff`: WIL staff sign an "attestation" statement about the member with their own eID.
- `represent_with_eid`: an administrator (bewindvoerder) or a volmacht holder outside the household
  signs a "representation" statement (version 2, with their capacity) with their own eID, once the
  court decision or the volmacht is in the member's evidence.

The statement (`kiosk.statement.statement_v1`) carries the visit id and the household key, so the
register can verify each confirmation on its own, whichever later submission it arrives in. These
functions run on the card worker thread (the `Signer` may block while it asks for the PIN).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from kiosk.domain import (
    Action,
    Confirmation,
    Dossier,
    Member,
    OperatorContext,
    Visit,
    accept_card,
    has_representation_evidence,
    has_volmacht,
    may_sign_with,
    record_confirmation,
)
from kiosk.errors import PermissionDenied
from kiosk.ports import CardIdentity, NoSigningKey, Signer
from kiosk.statement import (
    Capacity,
    Statement,
    StatementKind,
    declarations_digest,
    statement_bytes,
    statement_fields,
)


def evidence_hashes(dossier: Dossier, member: Member) -> list[str]:
    """The sha256 of every file of this member's evidence and of the household's."""
    return sorted(
        file.sha256
        for evidence in dossier.evidence
        if evidence.member_id in (None, member.member_id)
        for file in evidence.files
    )


def build_statement(
    dossier: Dossier,
    member: Member,
    *,
    kind: StatementKind,
    signer_national_number: str,
    visit: Visit,
    declarations: Mapping[str, object],
    now: datetime,
    capacity: Capacity | None = None,
) -> Statement:
    """The statement for `member`, signed by the holder of `signer_national_number` (in `capacity`)."""
    if member.national_number is None:
        raise ValueError("the member's national number is needed in the statement (WIL staff type it)")
    return statement_fields(
        kind=kind,
        visit_id=visit.visit_id,
        household_key=dossier.household_key,
        national_number=signer_national_number,
        subject_national_number=member.national_number,
        declarations_sha256=declarations_digest(declarations),
        evidence_sha256=evidence_hashes(dossier, member),
        confirmed_at=now,
        terminal_id=visit.terminal_id,
        capacity=capacity,
    )


def confirm_with_eid(
    dossier: Dossier,
    member: Member,
    *,
    card: CardIdentity,
    signer: Signer,
    visit: Visit,
    declarations: Mapping[str, object],
    context: OperatorContext,
    now: datetime,
    on_behalf_of_absent: bool = False,
    visual_check_done: bool = False,
) -> Confirmation:
    """Have the card in the reader sign the member's confirmation and record it.

    The card passes the authenticity policy first (`accept_card`): a test card signs only in
    training mode, a tampered or unverifiable card only after WIL staff's visual check.
    """
    context.require(Action.PIN_CONFIRMATION)
    accept_card(card, context, visual_check_done=visual_check_done)
    if not may_sign_with(card):
        raise NoSigningKey("this card cannot sign: use the staff route")
    if on_behalf_of_absent:
        _check_signs_on_behalf(dossier, member, card, now)
    elif card.national_number != member.national_number:
        raise PermissionDenied("the adult's own card must sign their confirmation")
    fields = build_statement(
        dossier,
        member,
        kind="confirmation",
        signer_national_number=card.national_number,
        visit=visit,
        declarations=declarations,
        now=now,
    )
    signature = signer.sign(statement_bytes(fields))
    confirmation = Confirmation(
        method="eid_signature",
        statement=fields,
        signature=signature,
        declarations=dict(declarations),
        confirmed_at=now,
        terminal_id=visit.terminal_id,
        operator=context.operator,
        on_behalf_of_absent=on_behalf_of_absent,
    )
    record_confirmation(dossier, member, confirmation, context)
    return confirmation


def _check_signs_on_behalf(dossier: Dossier, absent: Member, card: CardIdentity, now: datetime) -> None:
    # Checked before the card asks for a PIN: a refusal after the PIN would waste a try for nothing.
    if absent.present or not has_volmacht(dossier, absent):
        raise PermissionDenied("confirming for an absent adult needs their volmacht, recorded by WIL staff")
    signer = dossier.member_by_national_number(card.national_number)
    if (
        signer is None
        or signer is absent
        or not signer.present
        or not signer.adult_on(now.astimezone().date())
    ):
        raise PermissionDenied("on behalf of an absent adult means another adult of the household, present")


def attest_by_staff(
    dossier: Dossier,
    member: Member,
    *,
    staff_card: CardIdentity,
    signer: Signer,
    visit: Visit,
    declarations: Mapping[str, object],
    reason: str,
    context: OperatorContext,
    now: datetime,
) -> Confirmation:
    """WIL staff sign an attestation about `member` with their own eID; recorded as staff-attested.

    The staff card must pass the authenticity policy without a visual check: nobody checks the
    checker's own card.
    """
    context.require(Action.STAFF_ATTESTATION)
    if not reason.strip():
        raise ValueError("a staff attestation needs a reason")
    accept_card(staff_card, context)
    if not may_sign_with(staff_card):
        raise NoSigningKey("the staff card cannot sign")
    if staff_card.national_number == member.national_number:
        raise PermissionDenied("staff cannot attest for themselves")
    fields = build_statement(
        dossier,
        member,
        kind="attestation",
        signer_national_number=staff_card.national_number,
        visit=visit,
        declarations=declarations,
        now=now,
    )
    confirmation = Confirmation(
        method="staff_attested",
        statement=fields,
        signature=signer.sign(statement_bytes(fields)),
        declarations=dict(declarations),
        confirmed_at=now,
        terminal_id=visit.terminal_id,
        operator=context.operator,
        attestation_reason=reason,
    )
    record_confirmation(dossier, member, confirmation, context)
    return confirmation


def represent_with_eid(
    dossier: Dossier,
    member: Member,
    *,
    card: CardIdentity,
    signer: Signer,
    visit: Visit,
    declarations: Mapping[str, object],
    context: OperatorContext,
    now: datetime,
    visual_check_done: bool = False,
) -> Confirmation:
    """The member's administrator or outside volmacht holder signs for them with their own eID.

    Checked before the card asks for a PIN: the card is the representative's recorded for this
    member, and the court decision or volmacht is in (added as a file, or shown to WIL staff).
    """
    context.require(Action.PIN_CONFIRMATION)
    accept_card(card, context, visual_check_done=visual_check_done)
    if not may_sign_with(card):
        raise NoSigningKey("this card cannot sign")
    representative = member.representative
    if representative is None or card.national_number != representative.national_number:
        raise PermissionDenied("only the representative recorded for this member signs for them")
    if not has_representation_evidence(dossier, member):
        raise PermissionDenied("the court decision or the volmacht must be added or shown first")
    fields = build_statement(
        dossier,
        member,
        kind="representation",
        signer_national_number=card.national_number,
        visit=visit,
        declarations=declarations,
        now=now,
        capacity=representative.capacity,
    )
    confirmation = Confirmation(
        method="eid_signature",
        statement=fields,
        signature=signer.sign(statement_bytes(fields)),
        declarations=dict(declarations),
        confirmed_at=now,
        terminal_id=visit.terminal_id,
        operator=context.operator,
    )
    record_confirmation(dossier, member, confirmation, context)
    return confirmation
