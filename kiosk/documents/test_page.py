"""The printer test page of `kiosk print-test` (no personal data)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kiosk.documents import texts
from kiosk.documents.layout import build_pdf, para, styles, summary_block
from kiosk.documents.model import Language, PaperContext

NL = Language.DUTCH


def render_test_page(context: PaperContext) -> bytes:
    """A one-page test print in Dutch, with the candidate-language summary of `context`."""
    style = styles()
    title = texts.text(NL, "test_page", "title")
    story: list[Flowable] = [para(title, style.title)]
    story += [para(line, style.body) for line in texts.paragraphs(NL, "test_page", "body")]
    summary = [] if context.language is NL else texts.paragraphs(context.language, "test_page", "summary")
    story += summary_block(context.language, summary, style)
    return build_pdf(title, context, story)
