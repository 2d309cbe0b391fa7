"""The papers of a visit: which fit, and the one mapping of a dossier onto the papers' view models.

`papers_offered` decides from the core's statuses and missing items which papers a household takes
home; `render` turns one offer into PDF bytes from a copy of the dossier (the visit's, or a stored
one for a reprint). Deadlines, statuses and what is missing come from `kiosk.visit_views`, the same
values the screens show. ReportLab loads only when a paper is rendered (on a worker thread).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from kiosk.domain import Dossier, MemberStatus
from kiosk.offices import WONEN_IN_LIMBURG, OfficeSetting
from kiosk.ports import Authenticity, CardIdentity
from kiosk.visit_views import MemberRow, Overview, Owed, overview

if TYPE_CHECKING:  # the rules file's loader stays out of the screens' imports
    from kiosk.rules import Rules

# The paper's kind, for the print queue's title (never a person's name).
PAPER_TITLES = {
    "receipt": "Ontvangstbewijs",
    "withdrawal_receipt": "Bewijs van stopzetting",
    "paper_form": "Papieren formulier",
    "help_sheet": "Hulpblad",
    "deadline_letter": "Brief met de uiterste datum",
    "appointment_slip": "Afspraak",
    "registration_info": "Informatie over de inschrijving",
}


class PaperKind(enum.StrEnum):
    """The papers a visit can print."""

    RECEIPT = "receipt"
    WITHDRAWAL_RECEIPT = "withdrawal_receipt"  # the household withdrew: not a confirmation receipt
    PAPER_FORM = "paper_form"
    HELP_SHEET = "help_sheet"
    DEADLINE_LETTER = "deadline_letter"
    APPOINTMENT_SLIP = "appointment_slip"  # a household recorded without a readable eID
    REGISTRATION_INFO = "registration_info"  # a new registration: what was registered, what to know


@dataclass(frozen=True)
class PaperOffer:
    """One paper the receipt screen offers; `member_id` for a paper form (whose form it is)."""

    kind: PaperKind
    member_id: str | None = None

    @property
    def title(self) -> str:
        """The print queue's title for this paper."""
        return PAPER_TITLES[self.kind.value]


NEEDS_PAPER_ROUTE = frozenset(
    {MemberStatus.TO_CONFIRM, MemberStatus.ABSENT, MemberStatus.ABSENT_COVERED, MemberStatus.TO_CHECK}
)


def papers_offered(household: Overview) -> list[PaperOffer]:
    """The papers that fit, the receipt first.

    - a paper form for each adult who could not confirm at the kiosk (still to confirm, absent
      without anyone confirming for them, or recorded without a readable eID);
    - the appointment slip when someone was recorded without a readable eID (what to bring, where,
      by when);
    - the information sheet of a new registration;
    - the deadline letter when anything is still missing;
    - the help sheet then too, and when WIL staff attested for an adult without a PIN code.

    A household that withdrew gets the withdrawal receipt only (once the reference tenant signed).
    """
    if household.withdrawn:
        return [PaperOffer(PaperKind.WITHDRAWAL_RECEIPT)]
    offers = [PaperOffer(PaperKind.RECEIPT)]
    adults = [m for m in household.members if m.adult]
    offers += [PaperOffer(PaperKind.PAPER_FORM, m.member_id) for m in adults if m.status in NEEDS_PAPER_ROUTE]
    if household.awaiting_wil_check:
        offers.append(PaperOffer(PaperKind.APPOINTMENT_SLIP))
    if household.asks_wishes:
        offers.append(PaperOffer(PaperKind.REGISTRATION_INFO))
    if not household.complete:
        offers.append(PaperOffer(PaperKind.DEADLINE_LETTER))
    if not household.complete or any(m.status is MemberStatus.ATTESTED for m in adults):
        offers.append(PaperOffer(PaperKind.HELP_SHEET))
    return offers


@dataclass(frozen=True)
class PaperSource:
    """Everything a paper is made from, copied when it is asked for (personal data: never logged)."""

    dossier: Dossier
    rules: Rules
    today: date
    printed_at: datetime
    local_reference: str
    language: str
    training: bool
    terminal_id: str
    receipt_key: bytes = field(repr=False)
    card: CardIdentity | None = field(default=None, repr=False)  # the card in the reader, if any
    copy: bool = False  # a reprint: every page says KOPIE
    office: OfficeSetting = WONEN_IN_LIMBURG  # the terminal's office (settings), named on every paper

    def __repr__(self) -> str:
        return f"PaperSource({self.dossier!r}, copy={self.copy})"


def render(offer: PaperOffer, source: PaperSource) -> bytes:
    """Render one paper (Dutch, with a summary in the candidate's language)."""
    from kiosk import paper_models as models

    household = overview(source.dossier, source.rules, source.today)
    withdrawal = offer.kind is PaperKind.WITHDRAWAL_RECEIPT
    if withdrawal or (offer.kind is PaperKind.RECEIPT and household.withdrawn):
        return models.withdrawal_receipt(source, household)  # a reprint of a withdrawal too
    if offer.kind is PaperKind.RECEIPT:
        return models.receipt(source, household)
    if offer.kind is PaperKind.HELP_SHEET:
        return models.help_sheet(source, household, _help_topics(source, household))
    if offer.kind is PaperKind.DEADLINE_LETTER:
        return models.deadline_letter(source, household)
    if offer.kind is PaperKind.APPOINTMENT_SLIP:
        return models.appointment_slip(source, household)
    if offer.kind is PaperKind.REGISTRATION_INFO:
        return models.registration_info(source)
    if offer.kind is PaperKind.PAPER_FORM:
        row = next((m for m in household.members if m.member_id == offer.member_id), None)
        if row is None:
            raise KeyError("no such member in this household")
        return models.paper_form(source, household, row)
    raise ValueError(f"not a paper: {offer.kind}")


def _help_topics(source: PaperSource, household: Overview) -> tuple[str, ...]:
    """PIN/PUK first when an adult could not sign with one; renewing first for an expired card."""
    topics: list[str] = []
    expired = source.card is not None and source.card.authenticity is Authenticity.EXPIRED
    if expired or any(m.no_card in ("lost", "broken", "renewing") for m in source.dossier.members):
        topics.append("renew_eid")
    if any(
        m.adult and m.status in (MemberStatus.TO_CONFIRM, MemberStatus.ATTESTED) for m in household.members
    ):
        topics.append("pin_puk")
    return tuple(topics)


def owed_by(row: MemberRow) -> tuple[Owed, ...]:
    """What one member still owes (their confirmation, their evidence)."""
    return row.owed
