"""Words for what the core decided: member statuses, what is still owed, deadlines, dates.

The household, review and receipt screens show the same facts (`kiosk.visit_views`) in the same
words, in the language on show. The context "Wording" is translated for the candidate's languages.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from kiosk.domain import MemberStatus
from kiosk.visit_views import Deadline, MemberRow, Owed

if TYPE_CHECKING:
    from kiosk.rules import Rules


def isolated(text: str) -> str:
    """Keep a date, number or reference in one piece inside right-to-left text (Unicode UAX #9)."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2068{text}\u2069"
    return text


def day_text(day: date) -> str:
    """A day as people of the language on show write it, e.g. "16 december 2026"."""
    return isolated(QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy"))


def status_text(status: MemberStatus) -> str:
    """One member's status in a few words."""
    texts = {
        MemberStatus.MINOR: QCoreApplication.translate("Wording", "kind"),
        MemberStatus.TO_CONFIRM: QCoreApplication.translate("Wording", "moet nog bevestigen"),
        MemberStatus.CONFIRMED: QCoreApplication.translate("Wording", "bevestigd met PIN"),
        MemberStatus.ATTESTED: QCoreApplication.translate("Wording", "bevestigd door medewerker WIL"),
        MemberStatus.CONFIRMED_BY_VOLMACHT: QCoreApplication.translate(
            "Wording", "afwezig, bevestigd met volmacht"
        ),
        MemberStatus.CONFIRMED_EARLIER: QCoreApplication.translate("Wording", "heeft al eerder bevestigd"),
        MemberStatus.ABSENT: QCoreApplication.translate("Wording", "afwezig: moet nog bevestigen"),
        MemberStatus.ABSENT_COVERED: QCoreApplication.translate(
            "Wording", "afwezig, volmacht ontvangen: een ander gezinslid kan voor hen bevestigen"
        ),
        MemberStatus.CONFIRMED_BY_REPRESENTATIVE: QCoreApplication.translate(
            "Wording", "bevestigd door de bewindvoerder of volmachthouder"
        ),
        MemberStatus.TO_CHECK: QCoreApplication.translate(
            "Wording", "zonder leesbare kaart: WIL kijkt de documenten na"
        ),
        MemberStatus.LEFT: QCoreApplication.translate("Wording", "woont niet meer in het gezin"),
        MemberStatus.DECEASED: QCoreApplication.translate("Wording", "overleden"),
        MemberStatus.WITHDRAWN: QCoreApplication.translate(
            "Wording", "het gezin stopt de inschrijving: hoeft niet te bevestigen"
        ),
    }
    return texts[status]


def no_card_text(reason: str) -> str:
    """Why someone has no readable Belgian identity card."""
    texts = {
        "passport": QCoreApplication.translate("Wording", "alleen een paspoort"),
        "refugee_papers": QCoreApplication.translate("Wording", "papieren van vluchteling of asielzoeker"),
        "lost": QCoreApplication.translate("Wording", "kaart verloren of gestolen"),
        "broken": QCoreApplication.translate("Wording", "kaart kapot of chip werkt niet"),
        "renewing": QCoreApplication.translate("Wording", "nieuwe kaart aangevraagd"),
        "other": QCoreApplication.translate("Wording", "andere reden"),
    }
    return texts.get(reason, "")


def act_now_text() -> str:
    """Offline with the deadline close: call WIL or hand in the paper form now, do not wait."""
    return QCoreApplication.translate(
        "Wording",
        "Let op: deze computer kan het register nu niet bereiken, en de uiterste datum is dichtbij. Wacht "
        "niet: bel WIL vandaag nog, of geef het papieren formulier nu af.",
    )


def itsme_text() -> str:
    """itsme as the candidate's own route at home."""
    return QCoreApplication.translate(
        "Wording",
        "Hebt u itsme op uw smartphone? Dan kunt u ook zelf, van thuis uit, bevestigen op "
        "www.vlaanderen.be/sociaalhuren.",
    )


def role_text(role: str) -> str:
    """A member's place in the household, in a few words."""
    texts = {
        "reference_tenant": QCoreApplication.translate("Wording", "referentiehuurder"),
        "partner": QCoreApplication.translate("Wording", "partner"),
        "other": QCoreApplication.translate("Wording", "ander volwassen gezinslid"),
        "child": QCoreApplication.translate("Wording", "kind"),
    }
    return texts.get(role, role)


def absence_text(reason: str | None) -> str:
    """Why an adult is absent."""
    texts = {
        "hospital": QCoreApplication.translate("Wording", "in het ziekenhuis"),
        "care_home": QCoreApplication.translate("Wording", "in een woonzorgcentrum"),
        "abroad": QCoreApplication.translate("Wording", "in het buitenland"),
        "prison": QCoreApplication.translate("Wording", "in de gevangenis"),
        "other": QCoreApplication.translate("Wording", "andere reden"),
    }
    return texts.get(reason or "", "")


def minor_route_text(route: str) -> str:
    """Why a minor may register."""
    texts = {
        "emancipated": QCoreApplication.translate("Wording", "minderjarig, ontvoogd door de rechter"),
        "supported_living": QCoreApplication.translate("Wording", "minderjarig, begeleid zelfstandig wonen"),
    }
    return texts.get(route, "")


def due_words(due: date, overdue: bool) -> str:
    """By when: "uiterlijk op 16 december 2026", or that the day has passed."""
    if overdue:
        return QCoreApplication.translate("Wording", "de termijn was %1 en is voorbij").replace(
            "%1", day_text(due)
        )
    return QCoreApplication.translate("Wording", "uiterlijk op %1").replace("%1", day_text(due))


def owed_text(owed: Owed, evidence_name: str = "") -> str:
    """One thing still to do, with its date when the register's letter is known."""
    what = {
        "confirmation": QCoreApplication.translate("Wording", "nog bevestigen"),
        "absent_adult": QCoreApplication.translate("Wording", "nog bevestigen (afwezig)"),
        "declarations": QCoreApplication.translate("Wording", "vragen nog beantwoorden"),
        "evidence": QCoreApplication.translate("Wording", "bewijsstuk nog brengen: %1").replace(
            "%1", evidence_name
        ),
        "no_adult": QCoreApplication.translate("Wording", "er is nog geen volwassene"),
        "register_check": QCoreApplication.translate("Wording", "het register kon uw gezin niet nakijken"),
    }[owed.kind]
    return what if owed.due is None else f"{what}, {due_words(owed.due, owed.overdue)}"


def member_line(row: MemberRow, evidence_names: dict[str, str]) -> str:
    """A member with their status and what they still owe, for a list."""
    parts = [status_text(row.status)]
    if row.no_card:
        parts.append(no_card_text(row.no_card))
    if row.minor_route:
        parts.append(minor_route_text(row.minor_route))
    if row.role == "child" and row.adult and row.status is MemberStatus.TO_CONFIRM:
        # A child the register lists is 18 now: the birth date and the register's flag say so.
        parts.append(QCoreApplication.translate("Wording", "is nu 18 en moet ook bevestigen"))
    if row.departed_on is not None and row.status in (MemberStatus.LEFT, MemberStatus.DECEASED):
        # Literal texts, so lupdate finds them: since the day they left, or the day they died.
        if row.status is MemberStatus.LEFT:
            words = QCoreApplication.translate("Wording", "sinds %1")
        else:
            words = QCoreApplication.translate("Wording", "op %1")
        parts.append(words.replace("%1", day_text(row.departed_on)))
    if row.absence_reason and row.status in (MemberStatus.ABSENT, MemberStatus.ABSENT_COVERED):
        parts.append(absence_text(row.absence_reason))
    if not row.role_chosen:
        parts.append(QCoreApplication.translate("Wording", "kies de rol in het gezin"))
    elif not row.listed_by_register and row.adult:
        parts.append(QCoreApplication.translate("Wording", "rol: %1").replace("%1", role_text(row.role)))
    for owed in row.owed:
        if owed.kind not in ("confirmation", "absent_adult"):
            parts.append(owed_text(owed, evidence_names.get(owed.evidence_type or "", "")))
        elif owed.due is not None:
            parts.append(due_words(owed.due, owed.overdue))
    return f"{row.name}: " + "; ".join(parts)


def deadline_text(deadline: Deadline) -> str:
    """The household's deadline in words, with what to do when it is close or has passed."""
    if deadline.day is None:
        return ""
    day = day_text(deadline.day)
    if deadline.passed:
        return QCoreApplication.translate(
            "Wording",
            "Let op: de termijn was %1 en is voorbij. Neem vandaag nog contact op met WIL en zeg waarom het "
            "later is (bijvoorbeeld ziekte of ziekenhuis).",
        ).replace("%1", day)
    if deadline.days_left == 0:
        return QCoreApplication.translate(
            "Wording", "Let op: vandaag, %1, is de laatste dag om te bevestigen."
        ).replace("%1", day)
    if deadline.close:
        return (
            QCoreApplication.translate("Wording", "Let op: bevestig uiterlijk op %1. Dat is binnen %2 dagen.")
            .replace("%1", day)
            .replace("%2", str(deadline.days_left))
        )
    return QCoreApplication.translate(
        "Wording", "Bevestig uiterlijk op %1. De laatste dag telt nog mee."
    ).replace("%1", day)


def rule_text(dutch: str) -> str:
    """A text of the rules file in the language on show (Dutch when no translation exists)."""
    return QCoreApplication.translate("RulesText", dutch) if dutch else ""


def evidence_name(rules: Rules, evidence_type: str) -> str:
    """The plain-language name of an evidence type, in the language on show."""
    known = rules.evidence_types.get(evidence_type)
    return rule_text(known.text_nl) if known else evidence_type


def evidence_names(rules: Rules) -> dict[str, str]:
    """Every evidence type's name in the language on show."""
    return {key: rule_text(value.text_nl) for key, value in rules.evidence_types.items()}
