"""The help sheet: PIN/PUK, itsme, renewing an eID, where to get help, helpdesk numbers."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from kiosk.documents import texts
from kiosk.documents.blocks import bullets
from kiosk.documents.layout import build_pdf, labelled, para, styles, summary_block
from kiosk.documents.model import HelpSheet, HelpTopic, Language, PaperContext

NL = Language.DUTCH
SECTION = "help_sheet"


def ordered_topics(first: tuple[HelpTopic, ...]) -> list[HelpTopic]:
    """Every topic once: the candidate's own topics first, then the rest in their usual order."""
    ordered = list(dict.fromkeys(first))
    return ordered + [topic for topic in HelpTopic if topic not in ordered]


def render_help_sheet(sheet: HelpSheet, context: PaperContext) -> bytes:
    """The help sheet as PDF bytes."""
    style = styles()
    title = texts.text(NL, SECTION, "title")
    story: list[Flowable] = [para(title, style.title), para(texts.text(NL, SECTION, "intro"), style.body)]
    if sheet.reference:
        story.append(labelled(texts.text(NL, "common", "reference"), sheet.reference, style.body))
    for topic in ordered_topics(sheet.topics):
        heading = para(texts.text(NL, SECTION, f"{topic.value}_heading"), style.heading)
        story.append(KeepTogether([heading, bullets(texts.paragraphs(NL, SECTION, topic.value), style)]))
    numbers = para(texts.text(NL, SECTION, "numbers_heading"), style.heading)
    story.append(KeepTogether([numbers, bullets(texts.paragraphs(NL, SECTION, "numbers"), style)]))
    summary = [] if context.language is NL else texts.paragraphs(context.language, SECTION, "summary")
    story += summary_block(context.language, summary, style)
    return build_pdf(title, context, story)
