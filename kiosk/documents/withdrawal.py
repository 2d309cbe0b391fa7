"""The withdrawal receipt: the reference tenant stopped the household's registration.

Not a confirmation receipt. It says what was asked and when, that the reference tenant confirmed it a
second time and signed it with their identity card, what it costs (the household loses its place and
its waiting time; registering again starts at the back of the list: stad.gent and wmvla.be, see
docs/architecture.md section 4), that the office processes it, and what to do after a mistake. It
claims no more than the kiosk knows: the office has not processed it yet.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Spacer

from kiosk.documents.blocks import bullets
from kiosk.documents.i18n import N_, long_date, tr
from kiosk.documents.layout import banner, boxed, build_pdf, labelled, para, styles, summary_block
from kiosk.documents.model import Language, Office, PaperContext, WithdrawalReceipt
from kiosk.receipt_code import verification_code

NL = Language.DUTCH
WITHDRAWAL_TITLE = "Bewijs van stopzetting"
_ROLES_NL = {
    "reference_tenant": "referentiehuurder",
    "partner": "partner",
    "child": "kind",
    "other": "gezinslid",
}

_ASKED = N_(
    "{name} vroeg op {date} om de inschrijving van het gezin te stoppen. Dat werd een tweede keer "
    "bevestigd en ondertekend met de identiteitskaart."
)
_COSTS = N_(
    "Dit betekent: het gezin verliest zijn plaats op de wachtlijst en de wachttijd die het al had. Wilt u "
    "later toch een sociale woning huren? Dan moet u zich opnieuw inschrijven, en dan begint u achteraan."
)
_SENT = N_(
    "Deze computer stuurt uw vraag naar {office} zodra er internet is. {office} verwerkt ze in het "
    "centraal inschrijvingsregister (CIR)."
)
_NOT_CHECKED = N_(
    "Deze computer had geen internet. Hij kon het gezin niet nakijken in het register. {office} doet dat nog."
)
_MISTAKE = N_("Was dit een vergissing? Neem zo snel mogelijk contact op met {office}.")
_KEEP = N_("Bewaar dit papier. Neem het mee als u iets vraagt aan {office}.")


def render_withdrawal_receipt(receipt: WithdrawalReceipt, context: PaperContext, receipt_key: bytes) -> bytes:
    """The withdrawal receipt as PDF bytes; `receipt_key` is the terminal's key from enrollment."""
    style = styles()
    office = context.office
    code = verification_code(receipt_key, receipt.local_reference)
    name = f"{receipt.tenant_first_name} {receipt.tenant_last_name}".strip()
    story: list[Flowable] = [
        banner("STOPZETTING van de inschrijving · dit is geen bevestiging", style, size=14),
        Spacer(1, 6),
        para(tr(NL, _ASKED, name=name, date=long_date(NL, receipt.requested_on)), style.big),
        boxed([para(tr(NL, _COSTS), style.bold)]),
        Spacer(1, 6),
        para(tr(NL, _SENT, office=office.name), style.body),
    ]
    if not receipt.household_checked:
        story.append(para(tr(NL, _NOT_CHECKED, office=office.name), style.body))
    story += [
        labelled("Uw referentie", receipt.local_reference, style.heading),
        labelled("Controlecode", code, style.heading),
        para("Het gezin", style.heading),
        bullets([_member_line(m.full_name, m.role.value) for m in receipt.household.members], style),
        para(tr(NL, _MISTAKE, office=office.name) + " " + _contact(NL, office), style.bold),
        para(tr(NL, _KEEP, office=office.name), style.body),
    ]
    story += summary_block(context.language, _summary(receipt, context, code, name), style)
    return build_pdf(WITHDRAWAL_TITLE, context, story)


def _member_line(name: str, role: str) -> str:
    return f"{name} ({_ROLES_NL[role]})"


def _contact(language: Language, office: Office) -> str:
    if office.phone:
        return tr(language, "Telefoon: {phone}.", phone=office.phone)
    return tr(language, "Zie {website}.", website=office.website)


def _summary(receipt: WithdrawalReceipt, context: PaperContext, code: str, name: str) -> list[str]:
    language, office = context.language, context.office
    if language is NL:
        return []
    lines = [
        tr(language, "Dit is een bewijs van STOPZETTING van de inschrijving. Het is geen bevestiging."),
        tr(language, _ASKED, name=name, date=long_date(language, receipt.requested_on)),
        tr(language, _COSTS),
        tr(language, _SENT, office=office.name),
    ]
    if not receipt.household_checked:
        lines.append(tr(language, _NOT_CHECKED, office=office.name))
    facts = tr(language, "Referentie: {reference}. Controlecode: {code}.", reference=receipt.local_reference,
               code=code)  # fmt: skip
    lines.append(facts)
    lines.append(tr(language, _MISTAKE, office=office.name) + " " + _contact(language, office))
    lines.append(tr(language, _KEEP, office=office.name))
    return lines
