"""Which papers fit a visit (light: no ReportLab, no database, so screens may import it).

`ui/papers.py` renders them on the database worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from ui.session import MemberState, VisitSession

RECEIPT, PAPER_FORM, HELP_SHEET, DEADLINE_LETTER = "receipt", "paper_form", "help_sheet", "deadline_letter"
PAPER_TITLES = {  # the kind of paper, for the print queue (never a person's name)
    RECEIPT: "Ontvangstbewijs",
    PAPER_FORM: "Papieren formulier",
    HELP_SHEET: "Hulpblad",
    DEADLINE_LETTER: "Brief met de uiterste datum",
}
NEEDS_PAPER_ROUTE = (MemberState.TO_DO, MemberState.ABSENT)


@dataclass(frozen=True)
class PaperOffer:
    """One paper the receipt screen offers; `member_id` for a paper form (whose form it is)."""

    kind: str
    member_id: str | None = None


def papers_offered(session: VisitSession) -> list[PaperOffer]:
    """The papers that fit this visit, the receipt first.

    - a paper form for each adult who could not confirm at the kiosk (still to do, or absent);
    - the deadline letter when something is still missing (an adult, or evidence to bring later);
    - the help sheet then too, and when WIL staff attested for an adult without a PIN code.
    """
    offers = [PaperOffer(RECEIPT)]
    adults = [m for m in session.members if m.adult]
    offers += [PaperOffer(PAPER_FORM, m.member_id) for m in adults if m.state in NEEDS_PAPER_ROUTE]
    missing = any(m.state in NEEDS_PAPER_ROUTE for m in adults) or any(
        item.state == "bring_later" for item in session.evidence.values()
    )
    if missing:
        offers.append(PaperOffer(DEADLINE_LETTER))
    if missing or any(m.state is MemberState.ATTESTED for m in adults):
        offers.append(PaperOffer(HELP_SHEET))
    return offers
