"""Parts that several papers print: members, evidence, what is missing, the deadline, the appeal.

Each part comes twice: as Dutch flowables for the paper itself, and as plain lines in the
candidate's language for the summary. What a part says is decided by the view model alone: a
deadline that is not given is never made up, "nothing is missing" only follows the core's verdict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from reportlab.platypus import Flowable, KeepTogether
from reportlab.platypus.flowables import ListFlowable, ListItem

from kiosk.documents.i18n import N_, full_date, long_date, ntr, tr
from kiosk.documents.layout import Styles, boxed, content_width, grid, labelled, para
from kiosk.documents.model import (
    AdultStatus,
    EvidenceItem,
    EvidenceState,
    Household,
    Language,
    Member,
    MissingItem,
    MissingKind,
    Office,
    WilCheck,
)

NL = Language.DUTCH
# Verhaalrecht: a registered, reasoned letter to the toezichthouder within 30 days of being notified.
APPEAL_DAYS = 30
SUPERVISOR_ADDRESS = "Agentschap Wonen in Vlaanderen, Afdeling Toezicht, Havenlaan 88 bus 22, 1000 Brussel"
HELPDESK_PHONE = "02 740 79 91"  # Mijn digitale sleutels (aanmelden, itsme)
OMBUDSMAN_PHONE = "1700"  # Vlaamse Ombudsdienst, free

_STATUS = {
    AdultStatus.CONFIRMED: N_("bevestigd met eigen identiteitskaart en pincode"),
    AdultStatus.ATTESTED: N_("bevestigd bij een medewerker van {office}"),
    AdultStatus.CONFIRMED_EARLIER: N_("had al eerder bevestigd"),
    AdultStatus.CONFIRMED_BY_VOLMACHT: N_("bevestigd met een volmacht, door een ander gezinslid"),
    AdultStatus.CONFIRMED_BY_REPRESENTATIVE: N_(
        "bevestigd door de bewindvoerder of volmachthouder, met diens eigen identiteitskaart"
    ),
    AdultStatus.PENDING: N_("moet nog bevestigen"),
    AdultStatus.ABSENT: N_("kon niet komen: papieren formulier"),
    AdultStatus.TO_CHECK: N_("geen leesbare identiteitskaart: {office} kijkt de documenten na"),
    AdultStatus.LEFT: N_("woont niet meer in het gezin: hoeft niet te bevestigen"),
    AdultStatus.DECEASED: N_("overleden"),
}
_MINOR = N_("minderjarig: hoeft niet te bevestigen")
_MISSING = {
    MissingKind.NO_ADULT: N_("Een volwassene van het gezin moet bevestigen"),
    MissingKind.CONFIRMATION: N_("Bevestigen met de eigen identiteitskaart en pincode"),
    MissingKind.ABSENT_ADULT: N_("Het papieren formulier invullen en terugbrengen"),
    MissingKind.DECLARATIONS: N_("De vragen over het gezin beantwoorden"),
    MissingKind.EVIDENCE: N_("Bewijsstuk brengen: {document}"),
    MissingKind.REGISTER_CHECK: N_(
        "Vragen aan {office} of nog iemand van uw gezin moet bevestigen (deze computer had geen internet)"
    ),
}
_ROLES_NL = {
    "reference_tenant": "referentiehuurder",
    "partner": "partner",
    "child": "kind",
    "other": "gezinslid",
}
_EVIDENCE_STATES_NL = {
    "attached": "toegevoegd",
    "shown_at_counter": "getoond aan de balie",
    "bring_later": "nog brengen",
}


def status_label(language: Language, member: Member, office: Office) -> str:
    """The member's status in `language` (minors need not confirm; who left or died neither)."""
    if member.status in (AdultStatus.LEFT, AdultStatus.DECEASED):
        return tr(language, _STATUS[member.status], office=office.name)
    if not member.adult or member.status is None:
        return tr(language, _MINOR)
    return tr(language, _STATUS[member.status], office=office.name)


def members_table(
    household: Household, office: Office, style: Styles, missing: Sequence[MissingItem] = ()
) -> list[Flowable]:
    """Every member with their masked national number, and what each still has to do, by when.

    A member with missing items gets those items, each with its date; one without gets their status.
    """
    header = [para("Naam", style.cell_bold), para("Bevestigd? Wat moet nog?", style.cell_bold)]
    rows: list[list[Flowable | list[Flowable]]] = [header]
    for member in household.members:
        role = _ROLES_NL[member.role.value]
        number = member.masked_national_number
        who = [para(member.full_name, style.cell_bold), para(f"{role} · {number}", style.cell)]
        rows.append([who, [para(line, style.cell) for line in _member_lines(member, missing, office)]])
    width = content_width()
    return [para("Uw gezin", style.heading), grid(rows, [width * 0.34, width * 0.66])]


def _member_lines(member: Member, missing: Sequence[MissingItem], office: Office) -> list[str]:
    """The member's status, then what they still owe with its date (a pending status says no more)."""
    owed = [
        missing_line(NL, replace(item, member_first_name=None), office)
        for item in missing
        if item.member_first_name == member.first_name
    ]
    status = status_label(NL, member, office)
    if member.confirmed_on is not None:
        status += f" ({long_date(NL, member.confirmed_on)})"
    if owed and member.status is AdultStatus.PENDING:
        return [("• " if len(owed) > 1 else "") + line for line in owed]
    return [status] + ["• " + line for line in owed]


def household_items(household: Household, missing: Sequence[MissingItem]) -> list[MissingItem]:
    """The missing items that are not one member's (they are listed under the members table)."""
    names = {member.first_name for member in household.members}
    return [item for item in missing if item.member_first_name not in names]


def evidence_received(evidence: Sequence[EvidenceItem], style: Styles) -> list[Flowable]:
    """The evidence documents that are in, in one paragraph (what is still to bring is listed as missing)."""
    received = [
        f"{item.label} ({item.member_first_name + ', ' if item.member_first_name else ''}"
        f"{_EVIDENCE_STATES_NL[item.state.value]})"
        for item in evidence
        if item.state is not EvidenceState.BRING_LATER
    ]
    if not received:
        return []
    return [labelled("Bewijsstukken die al binnen zijn", "; ".join(received) + ".", style.body)]


def missing_what(language: Language, item: MissingItem, office: Office) -> str:
    """What is missing, and for whom, in `language`."""
    document = tr(language, item.evidence_label) if item.evidence_label else ""
    label = tr(language, _MISSING[item.kind], document=document, office=office.name)
    if item.member_first_name:
        return tr(language, "{label} ({name})", label=label, name=item.member_first_name)
    return label


def missing_line(language: Language, item: MissingItem, office: Office) -> str:
    """One missing item with its date: by when, that the date has passed, or where to find it."""
    what = missing_what(language, item, office)
    if item.due is None:
        return tr(language, "{what} – kijk in uw brief of vraag de datum aan {office}",
                  what=what, office=office.name)  # fmt: skip
    day = long_date(language, item.due)
    if item.overdue:
        return tr(language, "{what} – de uiterste datum ({date}) is voorbij", what=what, date=day)
    return tr(language, "{what} – uiterlijk op {date}", what=what, date=day)


def missing_list(
    household: Household, missing: Sequence[MissingItem], complete: bool, office: Office, style: Styles
) -> list[Flowable]:
    """What is still to do beyond the members table (Dutch); "nothing is missing" only when complete."""
    heading = para(tr(NL, "Wat moet nog gebeuren?"), style.heading)
    if complete:
        return [heading, para(tr(NL, "Er ontbreekt niets meer."), style.body)]
    if not missing:
        ask = tr(NL, "Vraag aan {office} wat er nog ontbreekt.", office=office.name)
        return [heading, para(ask, style.body)]
    items = household_items(household, missing)
    if not items:
        return []  # every item stands with its member in the table
    return [heading, bullets([missing_line(NL, item, office) for item in items], style)]


def missing_summary(
    language: Language, missing: Sequence[MissingItem], complete: bool, office: Office
) -> list[str]:
    """The same in the candidate's language, as summary lines."""
    if complete:
        return [tr(language, "Er ontbreekt niets meer.")]
    if not missing:
        return [tr(language, "Vraag aan {office} wat er nog ontbreekt.", office=office.name)]
    heading = tr(language, "Wat moet nog gebeuren?")
    return [heading] + ["• " + missing_line(language, item, office) for item in missing]


def is_overdue(missing: Sequence[MissingItem]) -> bool:
    """Whether any item's deadline has passed."""
    return any(item.overdue for item in missing)


def overdue_text(language: Language, office: Office) -> str:
    """The deadline has passed: say so plainly, and what to do now."""
    contact = _contact(language, office)
    return tr(language, "De uiterste datum is voorbij. Neem vandaag nog contact op met {office}.",
              office=office.name) + " " + contact  # fmt: skip


def _contact(language: Language, office: Office) -> str:
    if office.phone:
        return tr(language, "Telefoon: {phone}.", phone=office.phone)
    return tr(language, "Zie {website}.", website=office.website)


_ADDRESS = N_("Adres: {address}.")
_PHONE = N_("Telefoon: {phone}.")
_HOURS = N_("Open: {hours}.")
_ADDRESS_ONLINE = N_("Het adres en telefoonnummer van {office} staan op {website}.")
_REGISTER_OWNER = N_(
    "Het centraal inschrijvingsregister (CIR) is van de Vlaamse overheid (Wonen in Vlaanderen). {office} "
    "behandelt uw dossier."
)


def office_lines(language: Language, office: Office) -> list[str]:
    """Where the office is and when it is open, as the settings give it; else where to find it online."""
    lines = []
    if office.address:
        lines.append(tr(language, _ADDRESS, address=office.address))
    if office.phone:
        lines.append(tr(language, _PHONE, phone=office.phone))
    if office.hours:
        lines.append(tr(language, _HOURS, hours=office.hours))
    if not (office.address and office.phone) and office.website:
        lines.append(tr(language, _ADDRESS_ONLINE, office=office.name, website=office.website))
    return lines


def register_owner_line(language: Language, office: Office) -> str:
    """Whose register it is (the Flemish government's) and who handles the file (the office)."""
    return tr(language, _REGISTER_OWNER, office=office.name)


def deadline_text(language: Language, household: Household, office: Office) -> str:
    """The deadline sentence: uiterlijk op {date}; or where to find the date when it is not known."""
    if household.deadline is not None:
        return tr(language, "Breng alles in orde uiterlijk op {date}. Die dag telt nog mee.",
                  date=full_date(language, household.deadline))  # fmt: skip
    if household.new_registration:
        return tr(language, "Voor een nieuwe inschrijving is er geen uiterste datum.")
    return tr(language, "Uw uiterste datum staat in de brief van {office}. Geen brief? Vraag de datum aan "
              "{office}.", office=office.name)  # fmt: skip


def appeal_lines(language: Language, office: Office) -> list[str]:
    """Force majeure and the appeal (verhaalrecht), in `language`."""
    return [
        tr(language, "Te laat door overmacht, bijvoorbeeld omdat u in het ziekenhuis lag? Zeg het meteen aan "
           "{office} en bewaar een bewijs.", office=office.name),
        ntr(language, "Geschrapt en niet akkoord? Stuur binnen {n} dag nadat u de beslissing kreeg een "
            "aangetekende brief naar de toezichthouder (verhaalrecht): de dienst van de Vlaamse overheid die "
            "de woonmaatschappijen controleert. Schrijf erin waarom u het niet eens bent, anders wordt hij "
            "niet behandeld. Voeg een kopie van dit papier toe.",
            "Geschrapt en niet akkoord? Stuur binnen {n} dagen nadat u de beslissing kreeg een "
            "aangetekende brief naar de toezichthouder (verhaalrecht): de dienst van de Vlaamse overheid die "
            "de woonmaatschappijen controleert. Schrijf erin waarom u het niet eens bent, anders wordt hij "
            "niet behandeld. Voeg een kopie van dit papier toe.",
            APPEAL_DAYS),
        tr(language, "Adres: {address}. Vraag aan {office} of dit adres nog klopt.",
           address=SUPERVISOR_ADDRESS, office=office.name),
    ]  # fmt: skip


def appeal_block(office: Office, style: Styles) -> list[Flowable]:
    """Force majeure and the appeal on the Dutch paper, kept together on one page."""
    heading = para(tr(NL, "Te laat, of geschrapt?"), style.heading)
    return [KeepTogether([heading, *[para(line, style.body) for line in appeal_lines(NL, office)]])]


_ACT_NOW = N_(
    "Let op: deze computer kon het register niet bereiken, en uw uiterste datum is dichtbij. Wacht niet tot "
    "de computer alles doorstuurt. Bel vandaag nog {office}, of breng het papieren formulier nu binnen."
)


def act_now_text(language: Language, office: Office) -> str:
    """Offline with the deadline close: call the office or hand in the paper form now."""
    return tr(language, _ACT_NOW, office=office.name) + " " + _contact(language, office)


def act_now_box(household: Household, office: Office, style: Styles) -> list[Flowable]:
    """The framed advice to act now, when the core says so (`Household.act_now`)."""
    if not household.act_now:
        return []
    return [boxed([para(act_now_text(NL, office), style.big)])]


def overdue_box(office: Office, style: Styles) -> Flowable:
    """A framed warning that the deadline has passed."""
    return boxed([para(overdue_text(NL, office), style.big)])


def bullets(lines: Sequence[str], style: Styles) -> ListFlowable:
    """A bulleted list of plain-text lines."""
    items = [ListItem(para(line, style.body), leftIndent=18) for line in lines]
    return ListFlowable(
        items, bulletType="bullet", start="•", bulletFontName=style.body.fontName, leftIndent=18
    )


def status_summary(language: Language, household: Household, office: Office) -> list[str]:
    """`Name: status` per member, in the candidate's language (for the summary)."""
    return [
        tr(language, "{name}: {status}", name=member.full_name, status=status_label(language, member, office))
        for member in household.members
    ]


_WIL_CHECKS = {
    WilCheck.REGISTER: N_(
        "Of u ingeschreven bent in het bevolkingsregister of het vreemdelingenregister, of een "
        "referentieadres heeft. Zonder die inschrijving kunt u zich nu niet inschrijven voor een sociale "
        "woning. Vraag een referentieadres aan het OCMW, of laat u inschrijven bij de gemeente waar u woont."
    ),
    WilCheck.INCOME: N_("Uw inkomen: het lijkt hoger dan de grens. {office} rekent het na."),
    WilCheck.PROPERTY: N_(
        "Uw woning of grond: wie een woning heeft, kan meestal geen sociale woning huren. {office} kijkt "
        "na of er een uitzondering is."
    ),
}
_ASSETS_OPEN = N_(
    "Uw spaargeld en beleggingen (de middelentoets). De grens is nog niet bevestigd. {office} kijkt het na."
)
_ASSETS_LIMIT = N_(
    "Uw spaargeld en beleggingen (de middelentoets). De grens is {amount} euro. {office} kijkt het na."
)
_KIOSK_DECIDES_NOTHING = N_("De kiosk beslist hier niets over. Alleen {office} beslist.")


def wil_check_lines(
    language: Language, checks: Sequence[WilCheck], threshold: int | None, office: Office
) -> list[str]:
    """What the answers leave for the office to check, in `language`; nothing when there is nothing."""
    if not checks:
        return []
    lines = [tr(language, "Wat kijkt {office} nog na?", office=office.name)]
    for check in checks:
        if check is WilCheck.ASSETS:
            text = _ASSETS_OPEN if threshold is None else _ASSETS_LIMIT
            lines.append("• " + tr(language, text, office=office.name, amount=threshold))
        else:
            lines.append("• " + tr(language, _WIL_CHECKS[check], office=office.name))
    lines.append(tr(language, _KIOSK_DECIDES_NOTHING, office=office.name))
    return lines


def wil_check_block(
    checks: Sequence[WilCheck], threshold: int | None, office: Office, style: Styles
) -> list[Flowable]:
    """The same on the Dutch paper: a heading, one bullet per check, and that the kiosk decides nothing."""
    lines = wil_check_lines(NL, checks, threshold, office)
    if not lines:
        return []
    heading, *items, closing = lines
    return [
        KeepTogether(
            [
                para(heading, style.heading),
                bullets([item.removeprefix("• ") for item in items], style),
                para(closing, style.body),
            ]
        )
    ]
