"""The deadline letter: what must be done by which date (letter + 30 days, reminder + 15 days)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from kiosk.documents import texts
from kiosk.documents.blocks import bullets, members_table, missing_lines, missing_list
from kiosk.documents.deadlines import confirmation_deadline
from kiosk.documents.layout import banner, build_pdf, labelled, para, styles, summary_block
from kiosk.documents.model import DeadlineLetter, Language, PaperContext

NL = Language.DUTCH
SECTION = "deadline_letter"


def render_deadline_letter(letter: DeadlineLetter, context: PaperContext) -> bytes:
    """The deadline letter as PDF bytes."""
    style = styles()
    household = letter.household
    deadline = confirmation_deadline(household.letter_date, household.reminder_date)
    title = _t("title")
    story: list[Flowable] = [para(title, style.title)]
    story.append(labelled(texts.text(NL, "common", "reference"), letter.reference, style.bold))
    if deadline is None:
        story.append(para(_t("no_deadline"), style.big))
    else:
        story += [
            banner(_t("deadline_box", deadline=texts.dutch_date_with_weekday(deadline)), style),
            Spacer(1, 6),
        ]
        if household.letter_date is not None:
            story.append(
                para(_t("after_letter", letter_date=texts.dutch_date(household.letter_date)), style.body)
            )
        if household.reminder_date is not None:
            story.append(
                para(
                    _t("after_reminder", reminder_date=texts.dutch_date(household.reminder_date)), style.body
                )
            )
        story.append(para(_t("last_day_included"), style.bold))
    story += missing_list(letter.missing, style)
    story += members_table(household, style)
    story += [para(_t("late_heading"), style.heading), para(_t("late"), style.body)]
    story += [para(_t("how_heading"), style.heading), bullets(texts.paragraphs(NL, SECTION, "how"), style)]
    story += summary_block(context.language, _summary(letter, context), style)
    return build_pdf(title, context, story)


def _t(key: str, **fields: object) -> str:
    return texts.text(NL, SECTION, key, **fields)


def _summary(letter: DeadlineLetter, context: PaperContext) -> list[str]:
    language = context.language
    if language is NL:
        return []
    deadline = confirmation_deadline(letter.household.letter_date, letter.household.reminder_date)
    if deadline is None:
        lines = [texts.text(language, SECTION, "summary_no_deadline")]
    else:
        lines = texts.paragraphs(language, SECTION, "summary", deadline=texts.numeric_date(deadline))
    if letter.missing:
        lines.append(texts.text(language, "common", "missing_heading") + ":")
        lines += missing_lines(language, letter.missing)
    return lines
