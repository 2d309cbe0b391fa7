"""The provisional receipt (offline, "voorlopig") and the final receipt (with the dossier number)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from kiosk.documents import texts
from kiosk.documents.blocks import evidence_table, members_table, missing_lines, missing_list, status_summary
from kiosk.documents.deadlines import APPEAL_DAYS, confirmation_deadline
from kiosk.documents.layout import (
    Styles,
    banner,
    boxed,
    build_pdf,
    content_width,
    labelled,
    para,
    qr_code,
    styles,
    summary_block,
    table_style,
)
from kiosk.documents.model import FinalReceipt, Language, PaperContext, ProvisionalReceipt
from kiosk.receipt_code import verification_code

NL = Language.DUTCH
QR_SIZE = 38 * mm


def render_provisional_receipt(
    receipt: ProvisionalReceipt, context: PaperContext, receipt_key: bytes
) -> bytes:
    """The provisional receipt as PDF bytes; `receipt_key` is the terminal's key from enrollment."""
    style = styles()
    code = verification_code(receipt_key, receipt.local_reference)
    deadline = confirmation_deadline(receipt.household.letter_date, receipt.household.reminder_date)
    title = texts.text(NL, "provisional_receipt", "title")
    story: list[Flowable] = [
        para(title, style.title),
        banner(texts.text(NL, "provisional_receipt", "banner"), style),
        Spacer(1, 6),
    ]
    story += [para(line, style.body) for line in texts.paragraphs(NL, "provisional_receipt", "intro")]
    story.append(_reference_with_qr(receipt.local_reference, code, style))
    story += members_table(receipt.household, style)
    story += evidence_table(receipt.evidence, style)
    story += missing_list(receipt.missing, style)
    if deadline is not None:
        line = texts.text(
            NL, "provisional_receipt", "deadline_line", deadline=texts.dutch_date_with_weekday(deadline)
        )
        story += [Spacer(1, 4), boxed([para(line, style.big)]), Spacer(1, 6)]
    story.append(para(texts.text(NL, "common", "keep_paper"), style.bold))
    story += summary_block(context.language, _provisional_summary(receipt, context, code), style)
    return build_pdf(title, context, story)


def _reference_with_qr(local_reference: str, code: str, style: Styles) -> Table:
    left = [
        labelled(texts.text(NL, "common", "reference"), local_reference, style.big),
        labelled(texts.text(NL, "provisional_receipt", "code"), code, style.big),
        para(texts.text(NL, "provisional_receipt", "code_explained"), style.body),
    ]
    table = Table(
        [[left, qr_code(local_reference, QR_SIZE)]], colWidths=[content_width() - QR_SIZE - 12, QR_SIZE + 12]
    )
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _provisional_summary(receipt: ProvisionalReceipt, context: PaperContext, code: str) -> list[str]:
    language = context.language
    if language is NL:
        return []
    lines = texts.paragraphs(
        language, "provisional_receipt", "summary", local_reference=receipt.local_reference, code=code
    )
    lines += status_summary(language, receipt.household)
    if receipt.missing:
        lines.append(texts.text(language, "common", "missing_heading") + ":")
        lines += missing_lines(language, receipt.missing)
    deadline = confirmation_deadline(receipt.household.letter_date, receipt.household.reminder_date)
    if deadline is not None:
        lines.append(
            texts.text(
                language, "provisional_receipt", "summary_deadline", deadline=texts.numeric_date(deadline)
            )
        )
    lines.append(texts.text(language, "common", "keep_paper"))
    return lines


def render_final_receipt(receipt: FinalReceipt, context: PaperContext) -> bytes:
    """The final receipt as PDF bytes: the dossier number and the proof for an appeal."""
    style = styles()
    confirmed_on = texts.dutch_date(receipt.confirmed_on)
    title = texts.text(NL, "final_receipt", "title")
    facts = [
        labelled(texts.text(NL, "final_receipt", "dossier_number"), receipt.dossier_number, style.big),
        labelled(texts.text(NL, "final_receipt", "confirmed_on"), confirmed_on, style.big),
    ]
    if receipt.local_reference:
        facts.append(labelled(texts.text(NL, "common", "reference"), receipt.local_reference, style.body))
    story: list[Flowable] = [
        para(title, style.title),
        para(texts.text(NL, "final_receipt", "intro"), style.body),
        boxed(facts),
    ]
    story += members_table(receipt.household, style)
    story += evidence_table(receipt.evidence, style)
    story.append(para(texts.text(NL, "final_receipt", "appeal_heading"), style.heading))
    appeal = texts.paragraphs(
        NL, "final_receipt", "appeal", confirmed_on=confirmed_on, appeal_days=APPEAL_DAYS
    )
    story += [para(line, style.body) for line in appeal]
    summary: list[str] = []
    if context.language is not NL:
        summary = texts.paragraphs(
            context.language,
            "final_receipt",
            "summary",
            dossier_number=receipt.dossier_number,
            confirmed_on=texts.numeric_date(receipt.confirmed_on),
            appeal_days=APPEAL_DAYS,
        )
        summary += status_summary(context.language, receipt.household)
    story += summary_block(context.language, summary, style)
    return build_pdf(title, context, story)
