"""The appointment slip: what to bring, where and by when, for a household without a readable eID.

A household recorded by hand at a digipunt (a passport only, refugee papers, a lost, broken or
renewed card) is "to be checked by" the office: its staff see the identity documents and confirm
through the staff route. This slip goes home with the pre-filled paper form. It names for each adult
the document that shows who they are (refugees: the refugee certificate and the CGVS decision,
cir-domain sources arkwonen.be and svkzuidkant.be), the evidence still missing, the office's address
and opening hours from the settings, and the deadline the core decided. Which documents the office
accepts for a lost or renewed card is for the office to confirm (README).
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, Spacer

from kiosk.documents.blocks import (
    act_now_box,
    act_now_text,
    bullets,
    office_lines,
    register_owner_line,
)
from kiosk.documents.i18n import N_, full_date, tr
from kiosk.documents.layout import banner, boxed, build_pdf, labelled, para, styles, summary_block
from kiosk.documents.model import AppointmentSlip, Language, NoCardReason, Office, PaperContext, SlipPerson

NL = Language.DUTCH
TITLE = "Afspraak: breng deze documenten mee"
BRING = {
    NoCardReason.PASSPORT: N_("{name}: uw paspoort en uw verblijfsdocument, als u er een hebt"),
    NoCardReason.REFUGEE_PAPERS: N_(
        "{name}: uw verblijfsdocument of attest. Bent u erkend vluchteling? Het attest van vluchteling en "
        "de beslissing van het CGVS"
    ),
    NoCardReason.LOST: N_(
        "{name}: het attest van de gemeente of de politie dat uw identiteitskaart verloren of gestolen is, "
        "en een ander document met uw foto als u er een hebt"
    ),
    NoCardReason.BROKEN: N_("{name}: uw identiteitskaart, ook als de chip niet werkt"),
    NoCardReason.RENEWING: N_(
        "{name}: het papier van de gemeente over uw nieuwe kaart, en uw oude kaart als u ze nog hebt"
    ),
    NoCardReason.OTHER: N_("{name}: een document dat zegt wie u bent, met uw foto"),
}
_WHY = N_(
    "U hebt geen identiteitskaart die de computer kan lezen. Daarom schreven we uw gegevens op. {office} "
    "moet uw documenten zien voor uw bevestiging telt."
)
_FORM = N_("Het papieren formulier, ingevuld en ondertekend door elke volwassene")
_LETTER = N_("De brief die u kreeg over uw inschrijving, als u die hebt")
_BY = N_("Kom uiterlijk op {date}. Die dag telt nog mee.")
_SOON = N_("Kom zo snel mogelijk. Uw uiterste datum staat in de brief die u kreeg.")
_CALL = N_("Kunt u niet komen? Bel {office} voor die datum.")


def render_appointment_slip(slip: AppointmentSlip, context: PaperContext) -> bytes:
    """The appointment slip as PDF bytes."""
    style = styles()
    office = context.office
    story: list[Flowable] = [
        para(TITLE, style.title),
        para(tr(NL, _WHY, office=office.name), style.body),
        labelled("Uw referentie", slip.reference, style.bold),
        Spacer(1, 4),
    ]
    story += act_now_box(slip.household, office, style)
    story.append(banner(_when(NL, slip), style))
    story += [Spacer(1, 4), para(tr(NL, _CALL, office=office.name), style.body)]
    story.append(KeepTogether([para("Wat brengt u mee?", style.heading), bullets(_things(NL, slip), style)]))
    where = [
        para(f"Waar? {office.label}", style.heading),
        *[para(line, style.body) for line in office_lines(NL, office)],
    ]
    story += [KeepTogether(where), Spacer(1, 6)]
    story.append(boxed([para(register_owner_line(NL, office), style.body)]))
    story += summary_block(context.language, _summary(slip, context.language, office), style)
    return build_pdf(TITLE, context, story)


def _when(language: Language, slip: AppointmentSlip) -> str:
    if slip.due is None:
        return tr(language, _SOON)
    return tr(language, _BY, date=full_date(language, slip.due))


def _things(language: Language, slip: AppointmentSlip) -> list[str]:
    """Each adult's identity document, the paper form, the evidence still missing, the letter."""
    lines = [_person(language, person) for person in slip.people]
    lines.append(tr(language, _FORM))
    lines += [tr(language, document) for document in slip.documents]
    lines.append(tr(language, _LETTER))
    return lines


def _person(language: Language, person: SlipPerson) -> str:
    return tr(language, BRING[person.no_card], name=person.full_name)


def _summary(slip: AppointmentSlip, language: Language, office: Office) -> list[str]:
    if language is NL:
        return []
    lines = [tr(language, _WHY, office=office.name)]
    if slip.household.act_now:
        lines.append(act_now_text(language, office))
    lines += [_when(language, slip), tr(language, _CALL, office=office.name)]
    lines.append(tr(language, "Wat brengt u mee?"))
    lines += ["• " + line for line in _things(language, slip)]
    lines += office_lines(language, office)
    lines.append(register_owner_line(language, office))
    return lines
