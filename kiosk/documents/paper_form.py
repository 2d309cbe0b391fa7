"""The pre-filled paper form (the office's paper route) for a member who could not confirm at the kiosk.

The only paper that prints a full national number: the office must process the form, so it needs
it. It prints what the office needs and nothing more (no sex, no card number), the questions the
caller gives (from the rules file), and where to bring the form: the office's address and phone.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from kiosk.documents.blocks import act_now_box, act_now_text, office_lines, register_owner_line
from kiosk.documents.i18n import N_, full_date, tr
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
from kiosk.documents.model import (
    AbsenceReason,
    Language,
    Office,
    PaperContext,
    PaperForm,
    format_national_number,
)

NL = Language.DUTCH
TITLE = "Formulier: bevestiging van de inschrijving op papier"
REASONS_NL = {
    AbsenceReason.HOSPITAL: "in het ziekenhuis",
    AbsenceReason.CARE_HOME: "in een woonzorgcentrum",
    AbsenceReason.ABROAD: "in het buitenland",
    AbsenceReason.PRISON: "in de gevangenis",
    AbsenceReason.NO_PIN: "geen pincode",
    AbsenceReason.NO_CARD: "geen leesbare identiteitskaart",
    AbsenceReason.OTHER: "kon niet komen",
}
_RETURN_BY = N_("Breng of stuur het formulier uiterlijk op {date} naar {office}.")
_RETURN_SOON = N_(
    "Breng of stuur het formulier zo snel mogelijk naar {office}. De uiterste datum staat in uw brief."
)
_PRIVACY = N_("Dit formulier bevat een rijksregisternummer. Geef het alleen aan {office}.")


def render_paper_form(form: PaperForm, context: PaperContext) -> bytes:
    """The pre-filled paper form as PDF bytes."""
    style = styles()
    office = context.office
    subject = form.subject
    name = f"{subject.first_name} {subject.last_name}"
    story: list[Flowable] = [
        para(TITLE, style.title),
        para(f"{name} kon niet bevestigen in de kiosk ({REASONS_NL[form.reason]}). Met dit formulier kan dat "
             f"op papier. {office.name} verwerkt het formulier.", style.body),
        labelled("Referentie", form.reference, style.bold),
        para("1. Gegevens van de identiteitskaart", style.heading),
        _card_table(form, style),
        para("2. Vul zelf in", style.heading),
        _blanks(["Telefoon", "E-mail", "Ander adres voor brieven (alleen als het nodig is)"], style),
    ]  # fmt: skip
    story += _questions(form.questions, style)
    story.append(_blanks(["Klopt er iets niet? Schrijf het hier", ""], style))
    signature = [para("4. Handtekening", style.heading)]
    signature.append(_blanks(["Datum", f"Handtekening van {name}"], style, row_height=40))
    story += [KeepTogether(signature), Spacer(1, 10)]
    story.append(boxed([para(line, style.big if i == 0 else style.body)
                        for i, line in enumerate(_return_lines(NL, form, office))]))  # fmt: skip
    story += act_now_box(form.household, office, style)
    story += [Spacer(1, 10), _office_box(office, style), Spacer(1, 6)]
    story.append(para(tr(NL, _PRIVACY, office=office.name), style.bold))
    story.append(para(register_owner_line(NL, office), style.body))
    story += summary_block(context.language, _summary(form, context, name), style)
    return build_pdf(TITLE, context, story)


def _questions(questions: tuple[str, ...], style: Styles) -> list[Flowable]:
    """The caller's questions, each beside a box for yes and one for no."""
    if not questions:
        return []
    width = content_width()
    rows = [[para(question, style.cell), para("☐ Ja    ☐ Nee", style.cell)] for question in questions]
    table = Table(rows, colWidths=[width * 0.75, width * 0.25])
    table.setStyle(
        table_style([("LINEBELOW", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (0, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)])
    )  # fmt: skip
    return [para("3. Vragen (kruis aan)", style.heading), table, Spacer(1, 6)]


def _card_table(form: PaperForm, style: Styles) -> Table:
    subject = form.subject
    rows = [
        ("Naam", subject.last_name),
        ("Voornamen", subject.first_name),
        # Blank for an adult added by hand without a card: the office fills it in from the register.
        ("Rijksregisternummer", format_national_number(nn) if (nn := subject.national_number) else ""),
        ("Geboortedatum", subject.birth_date),
        ("Nationaliteit", subject.nationality),
        ("Adres", subject.address),
    ]
    cells = [[para(label, style.cell_bold), para(value, style.cell)] for label, value in rows]
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


def _office_box(office: Office, style: Styles) -> Table:
    labels = ["Ontvangen op", "Door (naam)", "Handtekening"]
    inner = content_width() - 20
    return boxed([para(f"In te vullen door {office.name}", style.bold),
                  _blanks(labels, style, row_height=28, width=inner)])  # fmt: skip


def _return_lines(language: Language, form: PaperForm, office: Office) -> list[str]:
    """Where and by when the form goes back: the office's address and phone, else its website."""
    if form.due is None:
        first = tr(language, _RETURN_SOON, office=office.name)
    else:
        first = tr(language, _RETURN_BY, date=full_date(language, form.due), office=office.name)
    return [first, *office_lines(language, office)]


def _summary(form: PaperForm, context: PaperContext, name: str) -> list[str]:
    language, office = context.language, context.office
    if language is NL:
        return []
    intro = tr(language, "Met dit formulier kan {name} de inschrijving op papier bevestigen. Kijk de "
               "gegevens na, beantwoord de vragen en onderteken.", name=name)  # fmt: skip
    lines = [intro, *_return_lines(language, form, office)]
    if form.household.act_now:
        lines.append(act_now_text(language, office))
    return [*lines, tr(language, _PRIVACY, office=office.name), register_owner_line(language, office)]
