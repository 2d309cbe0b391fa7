"""The information sheet of a new registration: what was registered and what the candidate must know.

A woonmaatschappij informs a candidate at registration (wonenvlaanderen.be, "het
inschrijvingsregister"; the sources of each point are in `cir-domain` terms below): who must meet
the conditions (the reference tenant and their partner: volkshaard.be, arkwonen.be), that a change in
the household is told within a month (denoorderkempen.be), that every letter asking to confirm must be
answered in time or the registration is struck off (wil.be), how dwellings are allocated (in order of
registration, with priority rules: vlaanderen.be, toewijzing vanaf 2024), that more preferences mean a
longer wait (wonenvlaanderen.be), the tenant's duties later (Dutch at level A2 within two years of the
lease, vlaanderen.be taalkennisvereiste; registering with VDAB when without work), the rent premium
after four years on the list (vlaanderen.be, Vlaamse huurpremie), and the right to appeal. The office
must confirm this list (README, "What WIL must still confirm"); the sheet says nothing it does not know.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from kiosk.documents.blocks import appeal_block, appeal_lines, bullets, office_lines, register_owner_line
from kiosk.documents.i18n import N_, ntr, tr
from kiosk.documents.layout import (
    boxed,
    build_pdf,
    content_width,
    grid,
    labelled,
    para,
    styles,
    summary_block,
)
from kiosk.documents.model import DwellingType, Language, Office, PaperContext, RegistrationInfo

NL = Language.DUTCH
TITLE = "Uw inschrijving voor een sociale woning: wat u moet weten"
DWELLINGS = {
    DwellingType.HOUSE: N_("een huis"),
    DwellingType.APARTMENT: N_("een appartement"),
    DwellingType.STUDIO: N_("een studio"),
}
_INTRO = N_(
    "U schreef zich in voor een sociale woning. Dit blad zegt wat u koos en wat u moet weten. Bewaar het."
)
# What the candidate must know, in the order of the module docstring's sources.
RULES = (
    N_(
        "De referentiehuurder en zijn of haar partner moeten aan de voorwaarden voldoen: ingeschreven in "
        "het bevolkingsregister of vreemdelingenregister (of een referentieadres), een inkomen onder de "
        "grens, en geen woning of bouwgrond in eigendom. {office} kijkt dat na."
    ),
    N_("Verandert uw gezin? Iemand komt erbij, gaat weg, een geboorte? Meld het binnen een maand."),
    N_("Verhuist u of krijgt u een ander telefoonnummer? Meld het aan {office}."),
    N_(
        "U krijgt brieven om uw inschrijving te bevestigen. Antwoord voor de datum in de brief. Anders "
        "wordt u geschrapt en verliest u uw plaats."
    ),
    N_(
        "Woningen worden toegewezen in de volgorde van inschrijving, met voorrang in sommige gevallen "
        "(bijvoorbeeld als u al lang in de gemeente woont of mantelzorg geeft of krijgt)."
    ),
    N_("Hoe meer voorkeuren u opgeeft, hoe langer u kunt wachten."),
    N_(
        "Als huurder moet u later Nederlands kennen op niveau A2, binnen 2 jaar na de start van de huur. "
        "Werkt u niet? Dan schrijft u zich in bij de VDAB."
    ),
    N_(
        "Staat u 4 jaar op de wachtlijst en huurt u een woning op de private markt? Misschien krijgt u dan "
        "een huurpremie van de Vlaamse overheid."
    ),
)
_NO_PREFERENCE = N_("Geen voorkeur opgegeven: alle gemeenten van het werkgebied, elk soort woning.")


def render_registration_info(info: RegistrationInfo, context: PaperContext) -> bytes:
    """The information sheet as PDF bytes."""
    style = styles()
    office = context.office
    story: list[Flowable] = [
        para(TITLE, style.title),
        para(tr(NL, _INTRO), style.body),
        labelled("Uw referentie", info.reference, style.bold),
        para("Wat u koos", style.heading),
        grid([[para(label, style.cell_bold), para(value, style.cell)] for label, value in _choices_nl(info)],
             [content_width() * 0.32, content_width() * 0.68]),
    ]  # fmt: skip
    rules = [tr(NL, rule, office=office.name) for rule in RULES]
    story.append(KeepTogether([para("Wat moet u weten?", style.heading), bullets(rules, style)]))
    story += appeal_block(office, style)
    contact = [para(f"Vragen? {office.label}", style.heading)]
    contact += [para(line, style.body) for line in office_lines(NL, office)]
    story.append(KeepTogether(contact))
    story.append(boxed([para(register_owner_line(NL, office), style.body)]))
    story += summary_block(context.language, _summary(info, context.language, office), style)
    return build_pdf(TITLE, context, story)


def _choices_nl(info: RegistrationInfo) -> list[tuple[str, str]]:
    """What the household registered, as label and value (Dutch)."""
    rows = [("Gemeenten", ", ".join(info.municipalities) or "alle gemeenten van het werkgebied")]
    kinds = ", ".join(tr(NL, DWELLINGS[kind]) for kind in info.dwelling_types)
    rows.append(("Soort woning", kinds or "elk soort woning"))
    rows.append(("Maximale huur", f"{info.max_rent} euro per maand" if info.max_rent else "geen maximum"))
    priority = []
    if info.informal_care_municipality:
        priority.append(f"mantelzorg in {info.informal_care_municipality}")
    if info.adapted_dwelling:
        priority.append("een aangepaste woning nodig (handicap)")
    rows.append(("Voorrang", "; ".join(priority) or "niets opgegeven"))
    rows.append(("Telefoon", info.phone or "niet opgegeven"))
    rows.append(("E-mail", info.email or "niet opgegeven"))
    letters = ", ".join(info.letters_to)
    if letters and info.address_is_reference:
        letters = f"{letters} (referentieadres)"
    rows.append(("Brieven naar", letters or "het adres in het rijksregister"))
    return rows


def _summary(info: RegistrationInfo, language: Language, office: Office) -> list[str]:
    if language is NL:
        return []
    lines = [tr(language, _INTRO)]
    if info.municipalities or info.dwelling_types or info.max_rent:
        kinds = ", ".join(tr(language, DWELLINGS[kind]) for kind in info.dwelling_types)
        names = ", ".join(info.municipalities)
        none = N_("U koos geen gemeente: alle gemeenten van het werkgebied.")
        lines.append(
            ntr(language, "U koos {n} gemeente: {names}.", "U koos {n} gemeenten: {names}.",
                len(info.municipalities), names=names)
            if info.municipalities else tr(language, none)
        )  # fmt: skip
        if kinds:
            lines.append(tr(language, "Soort woning: {kinds}.", kinds=kinds))
    else:
        lines.append(tr(language, _NO_PREFERENCE))
    lines += [tr(language, rule, office=office.name) for rule in RULES]
    lines += appeal_lines(language, office)
    lines += office_lines(language, office)
    lines.append(register_owner_line(language, office))
    return lines
