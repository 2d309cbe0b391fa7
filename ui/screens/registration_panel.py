"""The household screen's panel for the letter's date, contact details and a new registration's wishes.

- the last day printed on the register's letter, typed by the operator: it wins over the counted
  deadline, and an offline visit has a deadline at all (`kiosk.domain.deadline_in_force`);
- phone and e-mail (optional, for reminders) and another address for letters, or the reference
  address of someone without a home;
- for a new registration: municipalities, kind of dwelling, maximum rent, and what can give
  priority (informal care, a dwelling adapted to a disability).

The core checks every value (`kiosk.registration`); a refused value is named, and nothing typed is
lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kiosk.registration import (
    DWELLING_TYPES,
    Contact,
    DwellingType,
    PostalAddress,
    Preferences,
    PriorityFacts,
    RegistrationDataError,
    municipalities_from_text,
)
from kiosk.visit import InvalidTransition, Visit
from kiosk.visit_views import visit_overview
from ui.screens.base import set_text

PANEL_MIN_HEIGHT = 260  # a few rows at the largest text; the rest scrolls


class RegistrationPanel(QWidget):
    """The letter's date, contact details, preferences (see the module docstring)."""

    def __init__(
        self, apply: Callable[[Callable[[Visit], object]], object], say: Callable[[str], None]
    ) -> None:
        super().__init__()
        self._apply, self._say = apply, say
        # The fields scroll inside the panel: however long the translations or large the text, no row is
        # squeezed and the household screen's own buttons stay where they are.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setObjectName("registrationScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(PANEL_MIN_HEIGHT)
        outer.addWidget(scroll)
        inner = QWidget()
        scroll.setWidget(inner)
        form = QFormLayout(inner)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[str, QLabel] = {}
        self.deadline = QDateEdit()
        self.deadline.setObjectName("deadlineOnLetter")
        self.deadline.setCalendarPopup(True)
        self._row(form, "deadline", self.deadline)
        self.deadline_row = QHBoxLayout()
        self.deadline_save = self._button("saveDeadline", self._save_deadline)
        self.deadline_clear = self._button("clearDeadline", self._clear_deadline)
        self.deadline_row.addWidget(self.deadline_save)
        self.deadline_row.addWidget(self.deadline_clear)
        form.addRow(self.deadline_row)
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.phone.setObjectName("contactPhone")
        self.email.setObjectName("contactEmail")
        self._row(form, "phone", self.phone)
        self._row(form, "email", self.email)
        self.care_of, self.street, self.postcode, self.town = (
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
            QLineEdit(),
        )
        for field, name in (
            (self.care_of, "lettersCareOf"),
            (self.street, "lettersStreet"),
            (self.postcode, "lettersPostcode"),
            (self.town, "lettersMunicipality"),
        ):
            field.setObjectName(name)
        self.postcode.setMaxLength(4)
        self._row(form, "care_of", self.care_of)
        self._row(form, "street", self.street)
        address = QHBoxLayout()
        address.addWidget(self.postcode)
        address.addWidget(self.town, 1)
        self._row(form, "town", address)
        self.reference = QCheckBox()
        self.reference.setObjectName("referenceAddress")
        form.addRow(self.reference)
        self.wishes_label = QLabel()
        self.wishes_label.setProperty("role", "subtitle")
        self.wishes_label.setWordWrap(True)
        form.addRow(self.wishes_label)
        self.municipalities = QLineEdit()
        self.municipalities.setObjectName("municipalities")
        self._row(form, "municipalities", self.municipalities)
        self.kinds = {kind: QCheckBox() for kind in DWELLING_TYPES}
        kinds = QHBoxLayout()
        for kind, box in self.kinds.items():
            box.setObjectName(f"dwelling-{kind}")
            kinds.addWidget(box)
        kinds.addStretch(1)
        self._row(form, "kinds", kinds)
        self.max_rent = QSpinBox()
        self.max_rent.setObjectName("maxRent")
        self.max_rent.setRange(0, 5000)
        self.max_rent.setSingleStep(25)
        self._row(form, "max_rent", self.max_rent)
        self.informal_care = QLineEdit()
        self.informal_care.setObjectName("informalCare")
        self._row(form, "informal_care", self.informal_care)
        self.adapted = QCheckBox()
        self.adapted.setObjectName("adaptedDwelling")
        form.addRow(self.adapted)
        self.save = self._button("saveRegistration", self._save)
        self.save.setProperty("primary", True)
        form.addRow(self.save)
        self.wish_widgets: list[QWidget] = [
            self.wishes_label,
            self.municipalities,
            *self.kinds.values(),
            self.max_rent,
            self.informal_care,
            self.adapted,
            self.labels["municipalities"],
            self.labels["kinds"],
            self.labels["max_rent"],
            self.labels["informal_care"],
        ]
        self.retranslate()
        self.hide()

    def _button(self, name: str, on_click: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(on_click)
        return button

    def _row(self, form: QFormLayout, key: str, field: QWidget | QHBoxLayout) -> None:
        label = QLabel()
        label.setWordWrap(True)
        self.labels[key] = label
        form.addRow(label, field)

    def retranslate(self) -> None:
        """Texts in the language on show."""
        texts = {
            "deadline": self.tr("Uiterste datum op de brief"),
            "phone": self.tr("Telefoon (mag leeg blijven)"),
            "email": self.tr("E-mail (mag leeg blijven)"),
            "care_of": self.tr("Brieven: ter attentie van (bijvoorbeeld OCMW)"),
            "street": self.tr("Brieven: straat en nummer"),
            "town": self.tr("Brieven: postcode en gemeente"),
            "municipalities": self.tr("Gemeenten (met komma's ertussen)"),
            "kinds": self.tr("Soort woning"),
            "max_rent": self.tr("Maximale huur per maand (0: geen maximum)"),
            "informal_care": self.tr("Mantelzorg: in welke gemeente?"),
        }
        for key, text in texts.items():
            set_text(self.labels[key], text)
        fields: dict[str, QWidget] = {
            "deadline": self.deadline,
            "phone": self.phone,
            "email": self.email,
            "care_of": self.care_of,
            "street": self.street,
            "town": self.town,
            "municipalities": self.municipalities,
            "max_rent": self.max_rent,
            "informal_care": self.informal_care,
        }
        for key, field in fields.items():
            field.setAccessibleName(texts[key])
        self.postcode.setAccessibleName(self.tr("Postcode"))
        self.postcode.setPlaceholderText(self.tr("Postcode"))
        self.deadline.setDisplayFormat("dd-MM-yyyy")
        set_text(self.deadline_save, self.tr("Datum opslaan"))
        set_text(self.deadline_clear, self.tr("Datum wissen"))
        self.reference.setText(self.tr("Dit is een referentieadres (geen eigen woning)"))
        set_text(self.wishes_label, self.tr("Voorkeuren voor de nieuwe inschrijving"))
        kinds = {"house": self.tr("Huis"), "apartment": self.tr("Appartement"), "studio": self.tr("Studio")}
        for kind, box in self.kinds.items():
            box.setText(kinds[kind])
        self.adapted.setText(self.tr("Iemand heeft een aangepaste woning nodig (handicap)"))
        set_text(self.save, self.tr("Gegevens opslaan"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open(self, visit: Visit) -> None:
        """Show the panel with what the dossier holds; the wishes only for a new registration."""
        dossier = visit.dossier
        day = dossier.deadline_on_letter or dossier.deadline(visit.rules) or visit.today
        self.deadline.setDate(QDate(day.year, day.month, day.day))
        contact = dossier.contact
        self.phone.setText(contact.phone)
        self.email.setText(contact.email)
        address = contact.correspondence
        self.care_of.setText(address.care_of if address else "")
        self.street.setText(address.street_and_number if address else "")
        self.postcode.setText(address.postcode if address else "")
        self.town.setText(address.municipality if address else "")
        self.reference.setChecked(contact.address_is_reference)
        wishes, priority = dossier.preferences, dossier.priority
        self.municipalities.setText(", ".join(wishes.municipalities))
        for kind, box in self.kinds.items():
            box.setChecked(kind in wishes.dwelling_types)
        self.max_rent.setValue(wishes.max_rent or 0)
        self.informal_care.setText(priority.informal_care_municipality)
        self.adapted.setChecked(priority.adapted_dwelling)
        wishes_asked = visit_overview(visit).asks_wishes
        for widget in self.wish_widgets:
            widget.setVisible(wishes_asked)
        self.show()

    # -- saving ------------------------------------------------------------------------------------
    def _save_deadline(self) -> None:
        picked = self.deadline.date()
        day = date(picked.year(), picked.month(), picked.day())
        try:
            self._apply(lambda v: v.set_deadline_on_letter(day))
        except ValueError:
            self._say(self.tr("Deze datum ligt meer dan een jaar van vandaag. Kijk het jaartal na."))
            return
        except InvalidTransition:
            return
        self._say("")

    def _clear_deadline(self) -> None:
        self._apply(lambda v: v.set_deadline_on_letter(None))

    def _save(self) -> None:
        try:
            contact = Contact(
                phone=self.phone.text(),
                email=self.email.text(),
                correspondence=self._address(),
                address_is_reference=self.reference.isChecked(),
            )
            kinds: tuple[DwellingType, ...] = tuple(k for k, box in self.kinds.items() if box.isChecked())
            wishes = Preferences(
                municipalities=municipalities_from_text(self.municipalities.text()),
                dwelling_types=kinds,
                max_rent=self.max_rent.value() or None,
            )
            priority = PriorityFacts(self.informal_care.text(), self.adapted.isChecked())
        except RegistrationDataError as refused:
            self._say(self._refusal(refused.field))
            return
        def keep(visit: Visit) -> None:
            visit.set_contact(contact)
            visit.set_preferences(wishes, priority)

        self._apply(keep)
        self._say("")  # an earlier refusal no longer holds
        self.hide()

    def _address(self) -> PostalAddress | None:
        parts = (self.street.text(), self.postcode.text(), self.town.text(), self.care_of.text())
        if not any(part.strip() for part in parts):
            return None
        return PostalAddress(parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip())

    def _refusal(self, field: str) -> str:
        texts = {
            "phone": self.tr("Dit telefoonnummer klopt niet: het heeft 9 tot 15 cijfers."),
            "email": self.tr("Dit e-mailadres klopt niet. Het ziet eruit als naam@voorbeeld.be."),
            "address": self.tr(
                "Vul het adres voor brieven helemaal in: straat, nummer, postcode en gemeente."
            ),
            "municipalities": self.tr("Schrijf de gemeenten in letters, met komma's ertussen."),
            "informal_care": self.tr("Schrijf de gemeente in letters."),
            "max_rent": self.tr("De maximale huur klopt niet."),
        }
        return texts.get(field, self.tr("Kijk de gegevens na."))

    def wipe(self) -> None:
        """Forget what was typed."""
        for field in (
            self.phone,
            self.email,
            self.care_of,
            self.street,
            self.postcode,
            self.town,
            self.municipalities,
            self.informal_care,
        ):
            field.clear()
        self.max_rent.setValue(0)
        for box in (*self.kinds.values(), self.reference, self.adapted):
            box.setChecked(False)
        self.hide()
