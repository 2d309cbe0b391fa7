"""The provisional receipt (offline, "voorlopig") and the final receipt (with the dossier number).

Neither claims more than the kiosk knows: the provisional receipt says that the register has not
given a number yet, and, when the visit was offline, that the register's household could not be
checked; the final receipt says the confirmation arrived and got a number, not that the file is
in order (only the office can say that).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from kiosk.documents.blocks import (
    act_now_box,
    act_now_text,
    appeal_block,
    appeal_lines,
    deadline_text,
    evidence_received,
    is_overdue,
    members_table,
    missing_list,
    missing_summary,
    overdue_box,
    overdue_text,
    register_owner_line,
    status_summary,
    wil_check_block,
    wil_check_lines,
)
from kiosk.documents.i18n import N_, long_date, tr
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
QR_SIZE = 27 * mm
PROVISIONAL_TITLE = "Voorlopig ontvangstbewijs"
FINAL_TITLE = "Ontvangstbewijs"
_SAVED = N_(
    "Uw bevestiging is bewaard op deze computer en wordt doorgestuurd zodra er internet is."
)
_NOT_PROOF = N_("Dit papier bewijst nog niet dat uw inschrijving in orde is.")
_NOT_CHECKED = N_(
    "Deze computer had geen internet. Hij kon niet nakijken wie er in het register bij uw gezin staat. "
    "Daarom is dit ontvangstbewijs voorlopig."
)
_KEEP = N_("Bewaar dit papier. Neem het mee als u iets vraagt aan {office}.")
_ARRIVED = N_(
    "Uw bevestiging is aangekomen in het centraal inschrijvingsregister (CIR). Ze heeft een dossiernummer "
    "gekregen."
)


def render_provisional_receipt(
    receipt: ProvisionalReceipt, context: PaperContext, receipt_key: bytes
) -> bytes:
    """The provisional receipt as PDF bytes; `receipt_key` is the terminal's key from enrollment."""
    style = styles()
    office = context.office
    code = verification_code(receipt_key, receipt.local_reference)
    # The banner is the title: "voorlopig" is the first thing anyone reads.
    story: list[Flowable] = [
        banner("VOORLOPIG ontvangstbewijs · nog geen dossiernummer", style, size=14),
        Spacer(1, 6),
        para(tr(NL, _SAVED) + " " + tr(NL, _NOT_PROOF), style.body),
    ]
    if not receipt.household_checked:
        story.append(para(tr(NL, _NOT_CHECKED), style.bold))
    story += act_now_box(receipt.household, office, style)
    story.append(_reference_with_qr(receipt.local_reference, code, office.name, style))
    story += members_table(receipt.household, office, style, receipt.missing)
    story += missing_list(receipt.household, receipt.missing, receipt.complete, office, style)
    story += evidence_received(receipt.evidence, style)
    story += wil_check_block(receipt.wil_checks, receipt.asset_threshold_eur, office, style)
    story += _deadline(receipt, context, style)
    story += appeal_block(office, style)
    story += summary_block(context.language, _provisional_summary(receipt, context, code), style)
    return build_pdf(PROVISIONAL_TITLE, context, story)


def _deadline(receipt: ProvisionalReceipt, context: PaperContext, style: Styles) -> list[Flowable]:
    if receipt.complete:
        return []
    if is_overdue(receipt.missing):
        return [Spacer(1, 4), overdue_box(context.office, style), Spacer(1, 4)]
    line = deadline_text(NL, receipt.household, context.office)
    tight = ParagraphStyle("deadline", style.heading, spaceBefore=0, spaceAfter=0)
    return [Spacer(1, 4), boxed([para(line, tight)]), Spacer(1, 4)]


def _reference_with_qr(local_reference: str, code: str, office: str, style: Styles) -> Table:
    strong = ParagraphStyle("reference", style.heading, spaceBefore=0, spaceAfter=4)
    left = [
        labelled("Uw referentie", local_reference, strong),
        labelled("Controlecode", code, strong),
        para(f"Zo kan {office} nagaan dat dit papier echt is.", style.body),
        para(tr(NL, _KEEP, office=office), style.bold),
    ]
    table = Table(
        [[left, qr_code(local_reference, QR_SIZE)]], colWidths=[content_width() - QR_SIZE - 12, QR_SIZE + 12]
    )
    table.setStyle(
        table_style(
            [
                ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _provisional_summary(receipt: ProvisionalReceipt, context: PaperContext, code: str) -> list[str]:
    language, office = context.language, context.office
    if language is NL:
        return []
    lines = [tr(language, "Dit is een VOORLOPIG ontvangstbewijs. Het register gaf nog geen dossiernummer.")]
    lines.append(tr(language, _SAVED))
    lines.append(tr(language, _NOT_PROOF))
    if not receipt.household_checked:
        lines.append(tr(language, _NOT_CHECKED))
    if receipt.household.act_now:
        lines.append(act_now_text(language, office))
    lines.append(
        tr(language, "Referentie: {reference}. Controlecode: {code}.", reference=receipt.local_reference,
           code=code)
    )  # fmt: skip
    lines += status_summary(language, receipt.household, office)
    lines += missing_summary(language, receipt.missing, receipt.complete, office)
    lines += wil_check_lines(language, receipt.wil_checks, receipt.asset_threshold_eur, office)
    if not receipt.complete:
        overdue = is_overdue(receipt.missing)
        lines.append(
            overdue_text(language, office) if overdue else deadline_text(language, receipt.household, office)
        )
    lines += appeal_lines(language, office)
    lines.append(tr(language, _KEEP, office=office.name))
    lines.append(register_owner_line(language, office))
    return lines


def render_final_receipt(receipt: FinalReceipt, context: PaperContext) -> bytes:
    """The final receipt as PDF bytes: the dossier number and the proof for an appeal."""
    style = styles()
    office = context.office
    facts = [
        labelled("Dossiernummer", receipt.dossier_number, style.big),
        labelled("Datum van bevestiging", long_date(NL, receipt.confirmed_on), style.big),
    ]
    if receipt.local_reference:
        facts.append(labelled("Uw referentie", receipt.local_reference, style.body))
    story: list[Flowable] = [
        para(FINAL_TITLE, style.title),
        para(tr(NL, _ARRIVED), style.body),
        boxed(facts),
    ]
    story += members_table(receipt.household, office, style)
    story += evidence_received(receipt.evidence, style)
    story += wil_check_block(receipt.wil_checks, receipt.asset_threshold_eur, office, style)
    story.append(para("Dit is uw bewijs", style.heading))
    story.append(para(_proof(NL, receipt), style.body))
    story += appeal_block(office, style)
    story.append(
        para(f"Een klacht? Eerst bij {office.name}, daarna bij de Vlaamse Ombudsdienst: gratis nummer 1700.",
             style.body)
    )  # fmt: skip
    story.append(para(register_owner_line(NL, office), style.body))
    story += summary_block(context.language, _final_summary(receipt, context), style)
    return build_pdf(FINAL_TITLE, context, story)


def _proof(language: Language, receipt: FinalReceipt) -> str:
    return tr(language, "Bewaar dit ontvangstbewijs goed. Het bewijst dat u uw inschrijving op {date} hebt "
              "bevestigd.", date=long_date(language, receipt.confirmed_on))  # fmt: skip


def _final_summary(receipt: FinalReceipt, context: PaperContext) -> list[str]:
    language = context.language
    if language is NL:
        return []
    lines = [
        tr(language, _ARRIVED),
        tr(language, "Dossiernummer: {number}.", number=receipt.dossier_number),
        _proof(language, receipt),
    ]
    lines += status_summary(language, receipt.household, context.office)
    lines += wil_check_lines(language, receipt.wil_checks, receipt.asset_threshold_eur, context.office)
    lines += appeal_lines(language, context.office)
    lines.append(register_owner_line(language, context.office))
    return lines
