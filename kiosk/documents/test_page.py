"""The printer test page of `kiosk print-test` (no personal data)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from kiosk.documents.i18n import tr
from kiosk.documents.layout import build_pdf, para, styles, summary_block
from kiosk.documents.model import Language, PaperContext

NL = Language.DUTCH
TITLE = "Testpagina van de printer"


def render_test_page(context: PaperContext) -> bytes:
    """A one-page test print in Dutch, with the candidate-language summary of `context`."""
    style = styles()
    story: list[Flowable] = [
        para(TITLE, style.title),
        para(tr(NL, "Als u dit kunt lezen, werkt de printer."), style.body),
        para("Tekens: Nederlands é ë ï · Türkçe ş ğ İ ı · Français ç à œ", style.body),
    ]
    language = context.language
    summary = [] if language is NL else [tr(language, "Als u dit kunt lezen, werkt de printer.")]
    story += summary_block(language, summary, style)
    return build_pdf(TITLE, context, story)
