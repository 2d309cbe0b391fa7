"""The household screen's part for the routes without a PIN of one's own, for the selected member.

- WIL staff check the documents of someone recorded without a readable eID, then take them through
  the questions and attest with their own card;
- an administrator (bewindvoerder, with the court decision) or a volmacht holder outside the
  household (recorded by WIL staff) signs with their own eID;
- a minor who may register (emancipated, supported independent living).

The core checks each step (`kiosk.visit.Visit`); this panel only shows what fits the member and the
operator, and says plainly why something was refused.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardreader.errors import CardDataError
from cardreader.national_number import parse_national_number
from kiosk.domain import Action, MemberStatus, member_status
from kiosk.errors import PermissionDenied
from kiosk.ports import EvidenceState, MinorRoute, RepresentativeCapacity
from kiosk.visit import AlreadyInHousehold, EvidenceRefused, InvalidTransition, Visit, WrongNationalNumber
from ui.screens.base import set_text
from ui.terminal import Operator

CAPACITIES: tuple[RepresentativeCapacity, ...] = ("administrator", "volmacht_holder")
ROUTES: tuple[MinorRoute, ...] = ("emancipated", "supported_living")
NEEDS_SIGNATURE = frozenset({MemberStatus.TO_CONFIRM, MemberStatus.ABSENT, MemberStatus.ABSENT_COVERED})


class RoutesPanel(QWidget):
    """Actions for the member selected in the household list (see the module docstring)."""

    def __init__(
        self,
        apply: Callable[[Callable[[Visit], object]], object],
        selected: Callable[[], str | None],
        say: Callable[[str], None],
        operator: Callable[[], Operator | None],
    ) -> None:
        super().__init__()
        self._apply, self._selected, self._say, self._operator = apply, selected, say, operator
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        check_row = QHBoxLayout()
        self.checked_number = QLineEdit()
        self.checked_number.setObjectName("checkedNationalNumber")
        check_row.addWidget(self.checked_number, 1)
        self.documents_checked = self._button(check_row, "documentsChecked", self._documents_checked)
        column.addLayout(check_row)
        self.staff_questions = self._button(column, "staffQuestions", self._staff_questions)
        self.representative = self._button(column, "representativeSigns", self._toggle_representative)
        self.representative_box = QWidget()
        box = QVBoxLayout(self.representative_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.capacity = QComboBox()
        self.capacity.setObjectName("representativeCapacity")
        box.addWidget(self.capacity)
        self.represented_number = QLineEdit()
        self.represented_number.setObjectName("representedNationalNumber")
        box.addWidget(self.represented_number)
        evidence_row = QHBoxLayout()
        self.evidence_file = self._button(evidence_row, "representativeFile", self._choose_file)
        self.evidence_shown = self._button(evidence_row, "representativeShown", self._shown)
        box.addLayout(evidence_row)
        column.addWidget(self.representative_box)
        self.representative_box.hide()
        self.awaiting = QLabel()
        self.awaiting.setObjectName("representativeAwaited")
        self.awaiting.setWordWrap(True)
        self.awaiting.setProperty("role", "warning")
        column.addWidget(self.awaiting)
        minor_row = QHBoxLayout()
        self.route = QComboBox()
        self.route.setObjectName("minorRoute")
        minor_row.addWidget(self.route, 1)
        self.minor_may = self._button(minor_row, "minorMayRegister", self._minor_may)
        self.minor_not = self._button(minor_row, "minorNotAfterAll", self._minor_not)
        column.addLayout(minor_row)
        self.retranslate()

    @staticmethod
    def _button(layout: QHBoxLayout | QVBoxLayout, name: str, on_click: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(on_click)
        layout.addWidget(button)
        return button

    def retranslate(self) -> None:
        """Texts in the language on show."""
        self.checked_number.setPlaceholderText(self.tr("Rijksregisternummer op het document"))
        self.checked_number.setAccessibleName(self.tr("Rijksregisternummer op het document"))
        set_text(self.documents_checked, self.tr("Documenten nagekeken (medewerker WIL)"))
        set_text(self.staff_questions, self.tr("Vragen en bevestigen door medewerker WIL (eigen kaart)"))
        set_text(self.representative, self.tr("Een bewindvoerder of volmachthouder tekent voor deze persoon"))
        capacities = {
            "administrator": self.tr("Bewindvoerder (met de beslissing van de vrederechter)"),
            "volmacht_holder": self.tr("Volmachthouder die niet in het gezin woont (medewerker WIL)"),
        }
        chosen = self.capacity.currentData()
        self.capacity.clear()
        for capacity in CAPACITIES:
            self.capacity.addItem(capacities[capacity], capacity)
        self.capacity.setCurrentIndex(max(0, self.capacity.findData(chosen)))
        self.capacity.setAccessibleName(self.tr("Wie tekent?"))
        self.represented_number.setPlaceholderText(self.tr("Rijksregisternummer van deze persoon"))
        self.represented_number.setAccessibleName(self.tr("Rijksregisternummer van deze persoon"))
        set_text(self.evidence_file, self.tr("Beslissing of volmacht: bestand toevoegen"))
        set_text(self.evidence_shown, self.tr("Getoond aan de balie (medewerker WIL)"))
        set_text(
            self.awaiting,
            self.tr(
                "Haal de kaart uit de lezer. Dan steekt de bewindvoerder of volmachthouder de eigen "
                "identiteitskaart in."
            ),
        )
        routes = {
            "emancipated": self.tr("Ontvoogd door de rechter"),
            "supported_living": self.tr("Begeleid zelfstandig wonen"),
        }
        chosen = self.route.currentData()
        self.route.clear()
        for route in ROUTES:
            self.route.addItem(routes[route], route)
        self.route.setCurrentIndex(max(0, self.route.findData(chosen)))
        self.route.setAccessibleName(self.tr("Waarom mag deze minderjarige zich inschrijven?"))
        set_text(self.minor_may, self.tr("Deze minderjarige mag zich inschrijven"))
        set_text(self.minor_not, self.tr("Toch niet"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, visit: Visit) -> None:
        """Show the actions that fit the selected member and the operator."""
        chosen = self._selected()
        member = visit.dossier.member(chosen) if chosen else None
        status = member_status(visit.dossier, member, visit.today) if member is not None else None
        operator = self._operator()
        staff = operator is not None and operator.may(Action.CHECK_DOCUMENTS)
        to_check = staff and status is MemberStatus.TO_CHECK
        self.checked_number.setVisible(to_check)
        self.documents_checked.setVisible(to_check)
        if member is not None and to_check and not self.checked_number.text():
            self.checked_number.setText(member.national_number or "")
        no_card_here = member is not None and member is not visit.card_member
        self.staff_questions.setVisible(staff and status is MemberStatus.TO_CONFIRM and no_card_here)
        signs = status in NEEDS_SIGNATURE and visit.representing is None
        self.representative.setVisible(signs)
        if not signs:
            self.representative_box.hide()
        self.represented_number.setVisible(member is not None and member.national_number is None)
        self.awaiting.setVisible(visit.representing is not None)
        birth = member.birth_date if member is not None else None
        minor = status is MemberStatus.MINOR and birth is not None
        self.route.setVisible(minor)
        self.minor_may.setVisible(minor)
        self.minor_not.setVisible(
            member is not None and member.minor_route is not None and status is MemberStatus.TO_CONFIRM
        )

    def wipe(self) -> None:
        """Forget what was typed."""
        self.checked_number.clear()
        self.represented_number.clear()
        self.representative_box.hide()

    # -- WIL staff check the documents ---------------------------------------------------------------
    def _documents_checked(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            number = parse_national_number(self.checked_number.text()).digits
            self._apply(lambda v: v.documents_checked(chosen, number))
        except CardDataError:
            self._say(self.tr("Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na."))
            return
        except (WrongNationalNumber, AlreadyInHousehold):
            self._say(self.tr("Dit rijksregisternummer hoort bij iemand anders."))
            return
        except PermissionDenied:
            self._say(self.tr("Alleen een medewerker van WIL mag dit doen."))
            return
        self.checked_number.clear()

    def _staff_questions(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            self._apply(lambda v: v.go_to_questions_for(chosen))
        except PermissionDenied:
            self._say(self.tr("Alleen een medewerker van WIL mag dit doen."))
        except InvalidTransition:
            self._say(self.tr("Kijk eerst de documenten na en vul het rijksregisternummer in."))

    # -- a representative signs ------------------------------------------------------------------------
    def _toggle_representative(self) -> None:
        self.representative_box.setVisible(not self.representative_box.isVisible())

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Kies de scan van de beslissing of de volmacht"),
            "",
            self.tr("PDF of foto (*.pdf *.jpg *.jpeg *.png)"),
        )
        if path:
            self.attach_file(Path(path))

    def attach_file(self, path: Path) -> bool:
        """The court decision or volmacht from a scan; False when refused."""
        try:
            content = path.read_bytes()
        except OSError:
            self._say(self.tr("Dit bestand kan niet gelezen worden."))
            return False
        return self._expect("attached", content)

    def _shown(self) -> None:
        self._expect("shown_at_counter")

    def _expect(self, state: EvidenceState, page: bytes | None = None) -> bool:
        chosen = self._selected()
        if chosen is None:
            self._say(self.tr("Kies eerst een volwassene in de lijst."))
            return False
        number: str | None = None
        if self.represented_number.isVisible():
            try:
                number = parse_national_number(self.represented_number.text()).digits
            except CardDataError:
                self._say(self.tr("Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na."))
                return False
        capacity = self.capacity.currentData()
        try:
            self._apply(lambda v: v.expect_representative(chosen, capacity, state, page, number))
        except PermissionDenied:
            self._say(self.tr("Alleen een medewerker van WIL mag dit doen."))
            return False
        except EvidenceRefused as refused:
            if refused.reason == "size":
                self._say(self.tr("Dit bestand is te groot of leeg."))
            else:
                self._say(self.tr("Dit soort bestand kan niet. Kies een PDF of een foto."))
            return False
        except WrongNationalNumber:
            self._say(self.tr("Dit rijksregisternummer is niet dat van deze volwassene bij het register."))
            return False
        except ValueError:
            self._say(self.tr("Kies een volwassene die nog moet bevestigen."))
            return False
        self.represented_number.clear()
        self.representative_box.hide()
        return True

    # -- a minor who may register -------------------------------------------------------------------------
    def _minor_may(self) -> None:
        self._minor(self.route.currentData())

    def _minor_not(self) -> None:
        self._minor(None)

    def _minor(self, route: MinorRoute | None) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        try:
            self._apply(lambda v: v.set_minor_route(chosen, route))
        except ValueError:
            self._say(self.tr("Dit kan alleen voor een minderjarige die nog niet bevestigde."))
