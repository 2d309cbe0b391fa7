"""The household screen's form: a child by hand (anyone), an adult without a readable eID.

WIL staff add an adult with the national number they checked; in a visit without any card anyone
records an adult from what they say and show, with why they have no readable eID: "to be checked by
WIL" (`kiosk.visit.Visit.record_without_card`), the national number only if they know it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLabel, QLineEdit, QPushButton, QWidget

from cardreader.errors import CardDataError
from cardreader.national_number import parse_national_number
from kiosk.errors import PermissionDenied
from kiosk.ports import NoCardReason, PartialDate
from kiosk.visit import AlreadyInHousehold, Visit
from ui.screens.base import set_text
from ui.screens.wording import no_card_text

NO_CARD_REASONS: tuple[NoCardReason, ...] = (
    "passport",
    "refugee_papers",
    "lost",
    "broken",
    "renewing",
    "other",
)


class MemberForm(QWidget):
    """First name, surname, birth date and, for an adult, the national number WIL staff typed."""

    def __init__(
        self, apply: Callable[[Callable[[Visit], object]], object], say: Callable[[str], None]
    ) -> None:
        super().__init__()
        self._apply, self._say = apply, say
        self.adult = False
        self.without_card = False
        layout = QFormLayout(self)
        self.first_name, self.surname = QLineEdit(), QLineEdit()
        self.first_name.setObjectName("memberFirstName")
        self.surname.setObjectName("memberSurname")
        self.birth = QDateEdit()
        self.birth.setObjectName("memberBirth")
        self.birth.setCalendarPopup(True)
        self.national_number = QLineEdit()
        self.national_number.setObjectName("memberNationalNumber")
        self.reason = QComboBox()
        self.reason.setObjectName("noCardReason")
        self.labels = [QLabel() for _ in range(5)]
        fields = (self.first_name, self.surname, self.birth, self.national_number, self.reason)
        for label, field in zip(self.labels, fields, strict=True):
            label.setWordWrap(True)
            layout.addRow(label, field)
        self.save = QPushButton()
        self.save.setProperty("primary", True)
        self.save.clicked.connect(self._save)
        layout.addRow(self.save)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Texts in the language on show."""
        number = self.tr("Rijksregisternummer (als u het weet)") if self.without_card else self.tr(
            "Rijksregisternummer"
        )
        names = (
            self.tr("Voornaam"),
            self.tr("Familienaam"),
            self.tr("Geboortedatum"),
            number,
            self.tr("Waarom geen leesbare kaart?"),
        )
        fields = (self.first_name, self.surname, self.birth, self.national_number, self.reason)
        for label, field, name in zip(self.labels, fields, names, strict=True):
            set_text(label, name)
            field.setAccessibleName(name)
        set_text(self.save, self.tr("Toevoegen"))
        self.birth.setDisplayFormat("dd-MM-yyyy")
        chosen = self.reason.currentData()
        self.reason.clear()
        for reason in NO_CARD_REASONS:
            self.reason.addItem(no_card_text(reason), reason)
        self.reason.setCurrentIndex(max(0, self.reason.findData(chosen)))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open(self, adult: bool, without_card: bool = False) -> None:
        """Show the form empty, for a child, an adult WIL staff checked, or an adult without a card."""
        self.adult, self.without_card = adult, adult and without_card
        for field in (self.first_name, self.surname, self.national_number):
            field.clear()
        self.birth.setDate(QDate(1980, 1, 1) if adult else QDate(2015, 1, 1))
        self.national_number.setVisible(adult)
        self.labels[3].setVisible(adult)
        self.reason.setVisible(self.without_card)
        self.labels[4].setVisible(self.without_card)
        self.retranslate()
        self.show()
        self.first_name.setFocus()

    def _save(self) -> None:
        first, last = self.first_name.text().strip(), self.surname.text().strip()
        day = self.birth.date()
        birth = PartialDate(day.year(), day.month(), day.day())
        if not first or not last:
            self._say(self.tr("Vul de voornaam en de familienaam in."))
            return
        try:
            if self.without_card:
                typed = self.national_number.text().strip()
                known = parse_national_number(typed).digits if typed else None
                reason = self.reason.currentData()
                self._apply(lambda v: v.record_without_card(first, last, birth, reason, known))
            elif self.adult:
                # A confirmation's statement names the member by national number: the core needs it.
                number = parse_national_number(self.national_number.text()).digits
                self._apply(lambda v: v.add_adult_by_hand(first, last, birth, number))
            else:
                self._apply(lambda v: v.add_minor(first, last, birth))
        except CardDataError:
            self._say(self.tr("Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na."))
            return
        except PermissionDenied:
            self._say(self.tr("Alleen een medewerker van WIL mag dit doen."))
            return
        except AlreadyInHousehold:
            self._say(self.tr("Deze persoon staat al in het gezin."))
            return
        except ValueError:
            if self.without_card:
                self._say(self.tr("Deze persoon is minderjarig. Voeg een kind toe."))
            else:
                self._say(self.tr("Deze persoon is volwassen. Voeg een volwassene toe met de kaart."))
            return
        self.hide()

    def wipe(self) -> None:
        """Forget what was typed."""
        for field in (self.first_name, self.surname, self.national_number):
            field.clear()
        self.hide()
