"""The deadline letter: what must be done by which date, after the first letter or after a reminder.

The date is the core's (`Household.deadline`); the letter counts no days itself. After a reminder it
says plainly that this is the last chance; once the date has passed it says that, and to call.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from kiosk.documents.blocks import (
    act_now_box,
    act_now_text,
    appeal_block,
    appeal_lines,
    bullets,
    deadline_text,
    is_overdue,
    members_table,
    missing_list,
    missing_summary,
    overdue_box,
    overdue_text,
)
from kiosk.documents.i18n import N_, full_date, long_date, tr
from kiosk.documents.layout import Styles, banner, boxed, build_pdf, labelled, para, styles, summary_block
from kiosk.documents.model import DeadlineLetter, Household, Language, PaperContext

NL = Language.DUTCH
TITLE = "Tot wanneer hebt u tijd?"
_AFTER_LETTER = N_("U kreeg een brief van {office} op {date}. Daarin vraagt {office} om uw inschrijving te "
                   "bevestigen.")  # fmt: skip
_AFTER_REMINDER = N_("U kreeg een herinneringsbrief op {date}. Dit is uw laatste kans.")
_LATE = N_("Bent u te laat? Dan wordt u geschrapt uit het register. U verliest uw plaats op de wachtlijst. "
           "Opnieuw inschrijven betekent achteraan beginnen.")  # fmt: skip
_HOW = N_("Kom terug naar de kiosk, naar een digipunt of naar de balie van {office}. Elke volwassene van het "
          "gezin brengt de eigen identiteitskaart en pincode mee.")  # fmt: skip


def render_deadline_letter(letter: DeadlineLetter, context: PaperContext) -> bytes:
    """The deadline letter as PDF bytes."""
    style = styles()
    household, office = letter.household, context.office
    story: list[Flowable] = [para(TITLE, style.title)]
    if household.reminder_date is not None:
        story += [banner("HERINNERING – laatste kans", style), Spacer(1, 6)]
    story.append(labelled("Uw referentie", letter.reference, style.bold))
    story += act_now_box(household, office, style)
    story += _when(letter, context, style)
    story += members_table(household, office, style, letter.missing)
    story += missing_list(household, letter.missing, False, office, style)
    story += [para("Wat als u te laat bent?", style.heading), para(tr(NL, _LATE), style.body)]
    story += appeal_block(office, style)
    story += [para("Hoe doet u het?", style.heading), bullets(_how_nl(office.name), style)]
    story += summary_block(context.language, _summary(letter, context), style)
    return build_pdf(TITLE, context, story)


def _when(letter: DeadlineLetter, context: PaperContext, style: Styles) -> list[Flowable]:
    household, office = letter.household, context.office
    story = [para(line, style.body) for line in _letter_lines(NL, household, office.name)]
    if is_overdue(letter.missing):
        return [*story, overdue_box(office, style), Spacer(1, 6)]
    if household.deadline is None:
        return [*story, boxed([para(deadline_text(NL, household, office), style.big)]), Spacer(1, 6)]
    box = banner(f"Uiterlijk op {full_date(NL, household.deadline)}", style)
    return [*story, box, Spacer(1, 4), para("Die dag telt nog mee.", style.bold)]


def _letter_lines(language: Language, household: Household, office: str) -> list[str]:
    """Which letter the date comes from: the first letter, or the reminder (the last chance)."""
    if household.reminder_date is not None:
        return [tr(language, _AFTER_REMINDER, date=long_date(language, household.reminder_date))]
    if household.letter_date is not None:
        return [tr(language, _AFTER_LETTER, office=office, date=long_date(language, household.letter_date))]
    return []


def _how_nl(office: str) -> list[str]:
    return [
        f"Kom terug naar de kiosk, naar een digipunt of naar de balie van {office}.",
        "Elke volwassene van het gezin brengt de eigen identiteitskaart en pincode mee.",
        "Kan iemand niet komen? Vraag het papieren formulier.",
    ]


def _summary(letter: DeadlineLetter, context: PaperContext) -> list[str]:
    language, household, office = context.language, letter.household, context.office
    if language is NL:
        return []
    lines = _letter_lines(language, household, office.name)
    if household.act_now:
        lines.append(act_now_text(language, office))
    if is_overdue(letter.missing):
        lines.append(overdue_text(language, office))
    else:
        lines.append(deadline_text(language, household, office))
    lines += missing_summary(language, letter.missing, False, office)
    lines += [tr(language, _LATE), tr(language, _HOW, office=office.name)]
    lines += appeal_lines(language, office)
    return lines
