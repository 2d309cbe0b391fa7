"""The home screen's store reads, and resuming a saved draft.

Everything here runs on the database worker (`VisitController.db`), never on the GUI thread. The
store and the core's dossier code are imported inside the functions, so the first screen loads
without them.

- `home_overview(backend)`: this terminal's resumable dossiers, the dossiers at risk by deadline and
  the queue's health; ids, counts and dates only (the home screen is seen by the next candidate).
- `load_draft(backend, dossier_id)`: decrypts one dossier with the signed-in operator's key and
  rebuilds the household as the visit keeps it in memory (`ResumedVisit`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from ui.session import EvidenceFile, EvidenceItem, Member, MemberState

if TYPE_CHECKING:
    from kiosk import domain
    from kiosk.outbox import QueueHealth
    from kiosk.ports import HouseholdLookup
    from kiosk.queries import DraftDossier, DueDossier
    from kiosk.rules import Rules
    from ui.backend import Backend


@dataclass(frozen=True)
class HomeOverview:
    """What the home screen shows between visits (no personal data)."""

    drafts: tuple[DraftDossier, ...]
    at_risk: tuple[DueDossier, ...]
    queue: QueueHealth
    today: date
    now: datetime


def home_overview(backend: Backend) -> HomeOverview:
    """Drafts of this terminal, dossiers due within the rules' warning days, and the queue's health.

    At risk: every dossier without the register's number whose deadline falls today or in the next
    `due_soon_days` days, drafts and queued ones alike (`kiosk.queries.due_within`): a queued dossier
    the register has not answered yet may still lose the household its place.
    """
    from kiosk.dossiers import local_day
    from kiosk.queries import drafts, due_within, queue

    now = backend.clock.now()
    today = local_day(now)
    with backend.store.begin() as session:
        return HomeOverview(
            drafts=tuple(drafts(session, backend.terminal_id)),
            at_risk=tuple(due_within(session, today, backend.rules.due_soon_days)),
            queue=queue(session, now),
            today=today,
            now=now,
        )


@dataclass
class ResumedVisit:
    """A saved dossier as the visit keeps it in memory (personal data: GUI thread, never logged)."""

    dossier_id: str
    members: list[Member]
    household_answers: dict[str, bool]
    evidence: dict[tuple[str, str | None], EvidenceItem]
    lookup: HouseholdLookup | None

    def __repr__(self) -> str:
        return f"ResumedVisit({self.dossier_id!r}, members={len(self.members)})"


def load_draft(backend: Backend, dossier_id: str) -> ResumedVisit:
    """Decrypt a saved dossier (the core's `load_dossier`) and rebuild the visit's household."""
    from kiosk.dossiers import load_dossier, local_day, read_evidence_file
    from kiosk.errors import PermissionDenied

    unlocked = backend.unlocked
    if unlocked is None:
        raise PermissionDenied("nobody is signed in")
    today = local_day(backend.clock.now())
    with backend.store.begin() as session:
        dossier = load_dossier(session, unlocked, dossier_id)
        evidence: dict[tuple[str, str | None], EvidenceItem] = {}
        for item in dossier.evidence:
            files = [
                EvidenceFile(
                    f.sha256,
                    f.mime_type,
                    read_evidence_file(session, unlocked, dossier_id, f.file_id),
                    file_id=f.file_id,
                )
                for f in item.files
            ]
            key = (item.evidence_type, item.member_id)
            evidence[key] = EvidenceItem(
                item.evidence_type,
                item.member_id,
                item.state,
                files,
                item.state,
                volmacht_for=item.volmacht_for,
            )
    members = [_member(m, today, backend.rules) for m in dossier.members]
    return ResumedVisit(
        dossier_id=dossier.dossier_id,
        members=members,
        household_answers=_household_answers(dossier, backend.rules),
        evidence=evidence,
        lookup=_lookup(dossier),
    )


def _member(core: domain.Member, today: date, rules: Rules) -> Member:
    adult = core.adult_on(today)
    member = Member(
        member_id=core.member_id,
        surname=core.surname,
        first_names=core.first_names,
        birth_date=core.birth_date,
        role=core.role,
        adult=adult,
        national_number=core.national_number,
        added_by_hand=core.added_by_hand,
        absence_reason=core.absence_reason,
        confirmation=core.confirmation,
        stored=True,
        stored_confirmation=core.confirmation,
    )
    member.state = _state(core, adult)
    if core.confirmation is not None:
        # Only a confirmation keeps an adult's answers (signed with them); an adult who had not
        # confirmed yet answers again when their card is in.
        member.answers = _answers(core.confirmation.declarations, rules, "every_adult")
    return member


def _state(core: domain.Member, adult: bool) -> MemberState:
    if core.confirmation is not None and core.confirmation.on_behalf_of_absent:
        return MemberState.CONFIRMED_BY_VOLMACHT  # absent; another adult signed under their volmacht
    if core.confirmation is not None:
        attested = core.confirmation.method == "staff_attested"
        return MemberState.ATTESTED if attested else MemberState.CONFIRMED_PIN
    if core.absence_reason is not None:
        return MemberState.ABSENT
    if core.added_by_hand and not adult:
        return MemberState.MINOR
    return MemberState.TO_DO


def _answers(declarations: dict[str, object], rules: Rules, applies_to: str) -> dict[str, bool]:
    wanted = {d.id for d in rules.declarations if d.applies_to == applies_to}
    return {k: v for k, v in declarations.items() if k in wanted and isinstance(v, bool)}


def _household_answers(dossier: domain.Dossier, rules: Rules) -> dict[str, bool]:
    # The household's answers travel in every adult's confirmation; the latest one counts.
    confirmations = sorted(
        (m.confirmation for m in dossier.members if m.confirmation is not None),
        key=lambda c: c.confirmed_at,
    )
    answers: dict[str, bool] = {}
    for confirmation in confirmations:
        answers.update(_answers(confirmation.declarations, rules, "household"))
    return answers


def _lookup(dossier: domain.Dossier) -> HouseholdLookup | None:
    """The register's answer as the draft kept it: candidate number, letter and reminder dates."""
    from kiosk.ports import HouseholdLookup, LookupMember

    if dossier.kind != "confirmation" or not dossier.candidate_number:
        return None
    members = tuple(LookupMember(m.first_names, m.role, m.confirmation is not None) for m in dossier.members)
    return HouseholdLookup(dossier.candidate_number, dossier.letter_date, dossier.reminder_date, members)
