"""Parts that several papers print: the members table, evidence, what is missing, the deadline."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.flowables import ListFlowable, ListItem

from kiosk.documents import texts
from kiosk.documents.layout import Styles, content_width, grid, para
from kiosk.documents.model import EvidenceItem, Household, Language, Member, MissingItem


def status_label(language: Language, member: Member) -> str:
    """The member's status in `language` (minors need not confirm)."""
    if not member.adult or member.status is None:
        return texts.text(language, "common", "status_minor")
    return texts.text(language, "common", f"status_{member.status.value}")


def members_table(household: Household, style: Styles) -> list[Flowable]:
    """Who is in the household, their masked national number, and where each stands."""
    nl = Language.DUTCH
    rows = [[texts.text(nl, "common", key) for key in ("col_name", "col_number", "col_status")]]
    for member in household.members:
        role = texts.text(nl, "common", f"role_{member.role.value}")
        rows.append([f"{member.full_name} ({role})", member.masked_national_number, status_label(nl, member)])
    width = content_width()
    return [
        para(texts.text(nl, "common", "members_heading"), style.heading),
        grid(rows, [width * 0.36, width * 0.34, width * 0.30], style),
    ]


def evidence_table(evidence: Sequence[EvidenceItem], style: Styles) -> list[Flowable]:
    """Each evidence document, for whom, and whether it is in."""
    if not evidence:
        return []
    nl = Language.DUTCH
    rows = [[texts.text(nl, "common", key) for key in ("col_document", "col_for", "col_status")]]
    for item in evidence:
        state = texts.text(nl, "common", f"evidence_{item.state.value}")
        rows.append([item.label, item.member_first_name or "", state])
    width = content_width()
    return [
        para(texts.text(nl, "common", "evidence_heading"), style.heading),
        grid(rows, [width * 0.5, width * 0.2, width * 0.3], style),
    ]


def missing_lines(language: Language, missing: Sequence[MissingItem]) -> list[str]:
    """One line per missing item, with its due date (Dutch written out, else numeric)."""
    show = texts.dutch_date if language is Language.DUTCH else texts.numeric_date
    return [
        texts.text(
            language,
            "common",
            "missing_line",
            label=item.label,
            member=f" ({item.member_first_name})" if item.member_first_name else "",
            due=show(item.due),
        )
        for item in missing
    ]


def missing_list(
    missing: Sequence[MissingItem], style: Styles, heading_key: str = "missing_heading"
) -> list[Flowable]:
    """What is still to do, by when, as a bulleted list (or: nothing is missing)."""
    nl = Language.DUTCH
    heading = para(texts.text(nl, "common", heading_key), style.heading)
    if not missing:
        return [heading, para(texts.text(nl, "common", "nothing_missing"), style.body)]
    return [heading, bullets(missing_lines(nl, missing), style)]


def bullets(lines: Sequence[str], style: Styles) -> ListFlowable:
    """A bulleted list of plain-text lines."""
    items = [ListItem(para(line, style.body), leftIndent=18) for line in lines]
    return ListFlowable(
        items, bulletType="bullet", start="•", bulletFontName=style.body.fontName, leftIndent=18
    )


def status_summary(language: Language, household: Household) -> list[str]:
    """`Name: status` per member, in the candidate's language (for the summary)."""
    return [f"{member.full_name}: {status_label(language, member)}" for member in household.members]


def checkbox_line(content: str, style: Styles) -> Paragraph:
    """An empty box to tick, then the text."""
    return para(f"☐  {content}", style.body)
