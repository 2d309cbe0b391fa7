"""The pre-filled paper form (WIL's paper route) for a member who could not confirm at the kiosk.

The only paper that prints a full national number: WIL must process the form, so it needs it.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from kiosk.documents import texts
from kiosk.documents.blocks import checkbox_line
from kiosk.documents.layout import (
    Styles,
    boxed,
    build_pdf,
    content_width,
    labelled,
    para,
    styles,
    summary_block,
    table_style,
)
from kiosk.documents.model import Language, PaperContext, PaperForm, format_national_number

NL = Language.DUTCH
SECTION = "paper_form"


def render_paper_form(form: PaperForm, context: PaperContext) -> bytes:
    """The pre-filled paper form as PDF bytes."""
    style = styles()
    subject = form.subject
    name = f"{subject.first_name} {subject.last_name}"
    title = _t("title")
    reason = _t(f"reason_{form.reason.value}")
    story: list[Flowable] = [
        para(title, style.title),
        para(_t("intro", name=name, reason=reason), style.body),
        labelled(texts.text(NL, "common", "reference"), form.reference, style.bold),
        para(_t("card_heading"), style.heading),
        _card_table(form, style),
        para(_t("fill_heading"), style.heading),
    ]
    story.append(_blanks([_t("phone"), _t("email"), _t("letter_address"), ""], style))
    story.append(para(_t("declaration_heading"), style.heading))
    story += [checkbox_line(line, style) for line in texts.paragraphs(NL, SECTION, "declarations")]
    story.append(_blanks([_t("corrections"), "", ""], style))
    signature = [para(_t("signature_heading"), style.heading)]
    signature.append(_blanks([_t("date"), _t("signature", name=name)], style, row_height=40))
    story += [KeepTogether(signature), Spacer(1, 10)]
    story.append(boxed([para(_return_line(form), style.big)]))
    story += [Spacer(1, 10), _wil_box(style), Spacer(1, 6)]
    story.append(para(_t("privacy"), style.bold))
    story += summary_block(context.language, _summary(form, context, name), style)
    return build_pdf(title, context, story)


def _t(key: str, **fields: object) -> str:
    return texts.text(NL, SECTION, key, **fields)


def _card_table(form: PaperForm, style: Styles) -> Table:
    subject = form.subject
    rows = [
        ("last_name", subject.last_name),
        ("first_names", subject.first_name),
        # Blank for an adult added by hand without a card: WIL fills it in from the register.
        ("national_number", format_national_number(number) if (number := subject.national_number) else ""),
        ("birth_date", subject.birth_date),
        ("sex", subject.sex),
        ("nationality", subject.nationality),
        ("address", subject.address),
        ("card_number", subject.card_number),
    ]
    cells = [[para(_t(key), style.cell_bold), para(value, style.cell)] for key, value in rows]
    width = content_width()
    table = Table(cells, colWidths=[width * 0.32, width * 0.68])
    table.setStyle(
        table_style([("GRID", (0, 0), (-1, -1), 0.75, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return table


def _blanks(labels: list[str], style: Styles, row_height: float = 30, width: float = 0) -> Table:
    """Labels with a line to write on beside each (an empty label: a line for more text)."""
    width = width or content_width()
    rows = [[para(label, style.cell), ""] for label in labels]
    table = Table(rows, colWidths=[width * 0.4, width * 0.6], rowHeights=row_height)
    table.setStyle(
        table_style(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.75, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _wil_box(style: Styles) -> Table:
    labels = [_t(key) for key in ("wil_received", "wil_by", "wil_signature")]
    inner = content_width() - 20
    return boxed([para(_t("wil_heading"), style.bold), _blanks(labels, style, row_height=28, width=inner)])


def _return_line(form: PaperForm) -> str:
    if form.due is None:
        return _t("return_line_no_date")
    return _t("return_line", due=texts.dutch_date_with_weekday(form.due))


def _summary(form: PaperForm, context: PaperContext, name: str) -> list[str]:
    language = context.language
    if language is NL:
        return []
    if form.due is None:
        lines = texts.paragraphs(language, SECTION, "summary", name=name, due="")
        return [lines[0], texts.text(language, SECTION, "summary_no_date"), *lines[2:]]
    return texts.paragraphs(language, SECTION, "summary", name=name, due=texts.numeric_date(form.due))
