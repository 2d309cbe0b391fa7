"""What the visit's screens show, decided by the core.

Who is in the household, what each still owes and by when, how close the deadline is, what an
adult is about to sign.

Plain frozen values built from a `kiosk.visit.Visit` (or a stored dossier, for reprints and papers),
so every screen and paper shows the same facts. Personal fields are kept out of the reprs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from kiosk.domain import (
    DONE_STATUSES,
    DeadlineState,
    Dossier,
    Member,
    MemberStatus,
    MissingKind,
    deadline_state,
    is_complete,
    member_status,
    missing_items,
    wil_checks,
)
from kiosk.ports import AbsenceReason, EvidenceState, MemberRole, MinorRoute, NoCardReason

if TYPE_CHECKING:
    from kiosk.rules import Rules
    from kiosk.visit import Visit


@dataclass(frozen=True)
class Deadline:
    """The household's deadline and how close it is (NONE when the register's letter is not known)."""

    day: date | None
    state: DeadlineState
    days_left: int | None  # negative once passed

    @property
    def passed(self) -> bool:
        """Whether the last day has gone by."""
        return self.state is DeadlineState.PASSED

    @property
    def close(self) -> bool:
        """Whether it falls within the rules' warning days (the last day included), or has passed."""
        return self.state in (DeadlineState.DUE_SOON, DeadlineState.LAST_DAY, DeadlineState.PASSED)


def household_deadline(dossier: Dossier, rules: Rules, today: date) -> Deadline:
    """The deadline in force with its state on `today` (the rules' `due_soon_days` decide "close")."""
    day = dossier.deadline(rules)
    state = deadline_state(day, today, rules.due_soon_days)
    return Deadline(day, state, (day - today).days if day is not None else None)


@dataclass(frozen=True)
class Owed:
    """One thing still to do, with the day it is due (None: no deadline is known here)."""

    kind: MissingKind
    member_id: str | None
    evidence_type: str | None
    due: date | None
    overdue: bool


def owed_items(dossier: Dossier, rules: Rules, today: date) -> list[Owed]:
    """Everything still missing (`domain.missing_items`), each with the household's deadline."""
    deadline = household_deadline(dossier, rules, today)
    return [
        Owed(item.kind, item.member_id, item.evidence_type, deadline.day, deadline.passed)
        for item in missing_items(dossier, rules, today)
    ]


@dataclass(frozen=True)
class MemberRow:
    """One member as the household, review and receipt list them."""

    member_id: str
    first_names: str = field(repr=False)
    surname: str = field(repr=False)
    role: MemberRole
    adult: bool
    status: MemberStatus
    absence_reason: AbsenceReason | None
    listed_by_register: bool
    owed: tuple[Owed, ...]
    no_card: NoCardReason | None = None  # recorded by hand without a readable eID, and why
    minor_route: MinorRoute | None = None  # a minor who may register
    role_chosen: bool = True  # False: a new registration's first guess, the operator still chooses
    departed_on: date | None = None  # the day they moved out, separated or died (a household change)

    @property
    def name(self) -> str:
        """First names and surname, as far as known (a listed member shows the first name only)."""
        return f"{self.first_names} {self.surname}".strip()


def member_rows(dossier: Dossier, rules: Rules, today: date) -> list[MemberRow]:
    """Every member of the dossier, the register's listed ones included, with what each still owes."""
    owed = owed_items(dossier, rules, today)
    return [
        MemberRow(
            member_id=m.member_id,
            first_names=m.first_names,
            surname=m.surname,
            role=m.role,
            adult=m.adult_on(today),
            status=member_status(dossier, m, today),
            absence_reason=m.absence_reason,
            listed_by_register=m.register_ref is not None,
            owed=tuple(o for o in owed if o.member_id == m.member_id),
            no_card=m.no_card,
            minor_route=m.minor_route,
            role_chosen=m.role_chosen,
            departed_on=_departed_on(dossier, m),
        )
        for m in dossier.members
    ]


def _departed_on(dossier: Dossier, member: Member) -> date | None:
    change = dossier.departure(member)
    return change.on if change is not None else None


@dataclass(frozen=True)
class Overview:
    """The household as the review shows it: members, what the household owes, the deadline."""

    members: tuple[MemberRow, ...]
    household_owed: tuple[Owed, ...]  # not tied to one member: household evidence, the register check
    deadline: Deadline
    complete: bool  # the core's completeness: "nothing is missing" is said only when True
    register_checked: bool
    new_registration: bool
    awaiting_wil_check: bool = False  # someone was recorded by hand: WIL checks the documents first
    withdrawn: bool = False  # the reference tenant withdrew the household (`Dossier.withdrawal`)
    # (outcome, member id) of answers that leave WIL something to check (`domain.wil_checks`)
    wil_checks: tuple[tuple[str, str], ...] = ()

    @property
    def asks_wishes(self) -> bool:
        """Whether this is a new registration as far as anyone knows.

        The register does not know the household, or nobody has a card to ask it with. Then its
        wishes (preferences, priority facts) are asked and the registration sheet printed; an offline
        visit may be a known household.
        """
        return self.new_registration and (self.register_checked or self.awaiting_wil_check)

    @property
    def act_now(self) -> bool:
        """Whether to call the office or hand in the paper form now rather than wait for the sync.

        The register could not check the household (offline, or no card at all) and the deadline is
        within the rules' `due_soon_days` or has passed: what this kiosk keeps may reach the register
        too late.
        """
        return not self.register_checked and self.deadline.close

    @property
    def adults_done(self) -> tuple[int, int]:
        """(adults done, adults in total): an absent adult is done once someone confirmed for them."""
        adults = [m for m in self.members if m.adult]
        return sum(1 for m in adults if m.status in DONE_STATUSES), len(adults)


def overview(dossier: Dossier, rules: Rules, today: date) -> Overview:
    """The household's overview on `today`."""
    rows = member_rows(dossier, rules, today)
    members = {m.member_id for m in dossier.members}
    owed = owed_items(dossier, rules, today)
    return Overview(
        members=tuple(rows),
        household_owed=tuple(o for o in owed if o.member_id not in members),
        deadline=household_deadline(dossier, rules, today),
        complete=is_complete(dossier, rules, today),
        register_checked=dossier.register_checked,
        new_registration=dossier.kind == "registration",
        awaiting_wil_check=dossier.awaiting_wil_check,
        withdrawn=dossier.withdrawal is not None,
        wil_checks=tuple(wil_checks(dossier, rules, today)),
    )


def visit_overview(visit: Visit) -> Overview:
    """The overview of a running visit's household."""
    return overview(visit.dossier, visit.rules, visit.today)


# --- what an adult signs --------------------------------------------------------------------------


@dataclass(frozen=True)
class AnswerLine:
    """One question as answered, for the adult to read before the PIN."""

    declaration_id: str
    text_key: str
    text_nl: str
    answer: bool


@dataclass(frozen=True)
class EvidenceLine:
    """One evidence item the adult's answers require, and where it stands."""

    evidence_type: str
    member_id: str | None
    state: EvidenceState | None  # None: not added yet (it stays missing, with its due date)
    pages: int


@dataclass(frozen=True)
class SigningSummary:
    """What the current adult is about to sign: their answers and their evidence."""

    answers: tuple[AnswerLine, ...]
    evidence: tuple[EvidenceLine, ...]
    on_behalf: bool


def signing_summary(visit: Visit) -> SigningSummary:
    """The current adult's answers (in the order asked) and evidence status, before the PIN."""
    answers = visit.declarations_of_current()
    lines = tuple(
        AnswerLine(d.id, d.text_key, d.text_nl, bool(answers[d.id]))
        for d in visit.rules.declarations
        if isinstance(answers.get(d.id), bool)
    )
    on_behalf = visit.current is not None and visit.current.on_behalf_signer is not None
    return SigningSummary(lines, tuple(evidence_lines(visit)), on_behalf)


def evidence_lines(visit: Visit) -> list[EvidenceLine]:
    """The evidence the current adult's answers require, each with its state."""
    lines = []
    for evidence_type, member_id in visit.evidence_wanted():
        item = visit.evidence_item(evidence_type, member_id)
        lines.append(
            EvidenceLine(
                evidence_type,
                member_id,
                item.state if item is not None else None,
                len(item.files) if item is not None else 0,
            )
        )
    return lines
