"""The help sheet: PIN/PUK, itsme, renewing an eID, where to get help, helpdesk numbers.

PIN and PUK (municipal pages of Genk and Ieper): new codes are sent to the town hall, not home, and
are fetched there, 1 to 3 weeks later; a card of 2022 or later can have its PIN reset at the counter
at once.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from kiosk.documents.blocks import HELPDESK_PHONE, OMBUDSMAN_PHONE, bullets
from kiosk.documents.i18n import tr
from kiosk.documents.layout import build_pdf, labelled, para, styles, summary_block
from kiosk.documents.model import HelpSheet, HelpTopic, Language, Office, PaperContext

NL = Language.DUTCH
TITLE = "Hulpblad: pincode, itsme en identiteitskaart"
HEADINGS = {
    HelpTopic.PIN_PUK: "Pincode vergeten of kaart geblokkeerd",
    HelpTopic.ITSME: "itsme: zelf bevestigen van thuis uit, met uw smartphone",
    HelpTopic.RENEW_EID: "Identiteitskaart vervallen",
    HelpTopic.WHERE_HELP: "Waar krijgt u hulp?",
}


def _topic_lines(topic: HelpTopic, office: Office) -> list[str]:
    if topic is HelpTopic.PIN_PUK:
        return [
            "Ga naar het gemeentehuis van uw gemeente (dienst burgerzaken). Neem uw identiteitskaart mee.",
            "Is uw kaart van 2022 of later? Dan kan de gemeente uw pincode meteen aan de balie opnieuw "
            "instellen.",
            "Is uw kaart ouder? Dan vraagt de gemeente nieuwe codes aan. De brief met de pincode en pukcode "
            "komt naar het gemeentehuis, niet naar u thuis. Dat duurt 1 tot 3 weken. U haalt de brief af "
            "in het gemeentehuis.",
            "Bewaar de brief met de codes thuis, niet bij uw kaart.",
        ]
    if topic is HelpTopic.ITSME:
        return [
            "itsme is een app op uw smartphone. Daarmee meldt u zich aan zonder kaartlezer.",
            "Met itsme kunt u zelf, van thuis uit, uw inschrijving bekijken en bevestigen op "
            "www.vlaanderen.be/sociaalhuren.",
            "U hebt nodig: een smartphone, een Belgisch gsm-nummer en uw identiteitskaart met pincode "
            "(of de app van uw bank).",
            "Een digipunt of het OCMW helpt u om itsme te installeren.",
        ]
    if topic is HelpTopic.RENEW_EID:
        return [
            "Is uw identiteitskaart vervallen? Dan werkt de pincode niet meer.",
            "Vraag een nieuwe kaart aan in het gemeentehuis (dienst burgerzaken). Vraag vooraf of u een "
            "pasfoto moet meebrengen.",
            "De gemeente zegt u wanneer u de nieuwe kaart en de codes kunt afhalen.",
        ]
    return [
        "Digipunt: hulp bij computer en internet. Vraag in uw gemeente waar het dichtste digipunt is, of "
        "kijk op digibanken.vlaanderen.be.",
        f"{office.name}: aan de balie. Hebt u geen pincode? Dan kan een medewerker uw bevestiging "
        "registreren.",
        "OCMW van uw gemeente: de sociale dienst helpt u verder.",
    ]


def ordered_topics(first: tuple[HelpTopic, ...]) -> list[HelpTopic]:
    """Every topic once: the candidate's own topics first, then the rest in their usual order."""
    ordered = list(dict.fromkeys(first))
    return ordered + [topic for topic in HelpTopic if topic not in ordered]


def render_help_sheet(sheet: HelpSheet, context: PaperContext) -> bytes:
    """The help sheet as PDF bytes."""
    style = styles()
    office = context.office
    story: list[Flowable] = [
        para(TITLE, style.title),
        para("Dit blad zegt waar u hulp krijgt. De delen die voor u het belangrijkst zijn, staan eerst.",
             style.body),
    ]  # fmt: skip
    if sheet.reference:
        story.append(labelled("Uw referentie", sheet.reference, style.body))
    for topic in ordered_topics(sheet.topics):
        heading = para(HEADINGS[topic], style.heading)
        story.append(KeepTogether([heading, bullets(_topic_lines(topic, office), style)]))
    numbers = [
        f"Helpdesk Mijn digitale sleutels (aanmelden, itsme): {HELPDESK_PHONE}",
        f"Vlaamse Ombudsdienst (klachten): {OMBUDSMAN_PHONE} (gratis)",
        "Het register online: www.vlaanderen.be/sociaalhuren",
    ]
    story.append(KeepTogether([para("Telefoonnummers", style.heading), bullets(numbers, style)]))
    story += summary_block(context.language, _summary(context.language, office), style)
    return build_pdf(TITLE, context, story)


def _summary(language: Language, office: Office) -> list[str]:
    if language is NL:
        return []
    return [
        tr(language, "Pincode vergeten of kaart geblokkeerd? Ga naar het gemeentehuis met uw "
           "identiteitskaart. Is uw kaart van 2022 of later, dan kan de gemeente uw pincode meteen aan de "
           "balie opnieuw instellen. Is uw kaart ouder, dan komt de brief met de nieuwe codes na 1 tot 3 "
           "weken naar het gemeentehuis, niet naar u thuis. U haalt hem daar af."),
        tr(language, "itsme is een app om u aan te melden met uw smartphone. U hebt een smartphone nodig, "
           "een Belgisch gsm-nummer en uw identiteitskaart met pincode. Een digipunt of het OCMW helpt u."),
        tr(language, "Met itsme kunt u zelf, van thuis uit, uw inschrijving bevestigen op "
           "www.vlaanderen.be/sociaalhuren."),
        tr(language, "Is uw identiteitskaart vervallen? Vraag een nieuwe kaart aan in het gemeentehuis."),
        tr(language, "Hulp: een digipunt, de balie van {office}, het OCMW. Helpdesk digitale sleutels: "
           "{helpdesk}. Klachten: Vlaamse Ombudsdienst, {ombudsman} (gratis).", office=office.name,
           helpdesk=HELPDESK_PHONE, ombudsman=OMBUDSMAN_PHONE),
    ]  # fmt: skip
