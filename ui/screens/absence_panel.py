"""The household screen's part for adults who cannot come: absent, the volmacht, signing for them.

Anyone marks an adult absent (the paper route then follows); only WIL staff record a signed volmacht,
as a scan or shown at the counter; then the adult whose card is in the reader may answer and sign
for the absent one. The core checks each step (`kiosk.visit.Visit`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cardreader.errors import CardDataError
from cardreader.national_number import parse_national_number
from kiosk.domain import Action, MemberStatus, member_status
from kiosk.errors import PermissionDenied
from kiosk.ports import AbsenceReason, EvidenceState
from kiosk.visit import EvidenceRefused, Visit, WrongNationalNumber
from ui.screens.base import set_text
from ui.screens.wording import absence_text
from ui.terminal import Operator

ABSENCE_REASONS: tuple[AbsenceReason, ...] = ("hospital", "care_home", "abroad", "prison", "other")


class AbsencePanel(QWidget):
    """Actions for the adult selected in the household list."""

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
        absent_row = QHBoxLayout()
        self.reason = QComboBox()
        self.reason.setObjectName("absenceReason")
        absent_row.addWidget(self.reason, 1)
        self.mark_absent = self._button(absent_row, "markAbsent", self._mark_absent)
        self.mark_present = self._button(absent_row, "markPresent", self._mark_present)
        column.addLayout(absent_row)
        staff_row = QHBoxLayout()
        self.volmacht_number = QLineEdit()
        self.volmacht_number.setObjectName("volmachtNationalNumber")
        staff_row.addWidget(self.volmacht_number, 1)
        self.volmacht_file = self._button(staff_row, "volmachtFile", self._choose_volmacht_file)
        self.volmacht_shown = self._button(staff_row, "volmachtShown", self._volmacht_shown)
        column.addLayout(staff_row)
        self.on_behalf = self._button(column, "confirmOnBehalf", self._confirm_on_behalf)
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
        set_text(self.mark_absent, self.tr("Is afwezig"))
        set_text(self.mark_present, self.tr("Is toch hier"))
        self.reason.setAccessibleName(self.tr("Reden van afwezigheid"))
        chosen = self.reason.currentData()
        self.reason.clear()
        for reason in ABSENCE_REASONS:
            self.reason.addItem(absence_text(reason), reason)
        self.reason.setCurrentIndex(max(0, self.reason.findData(chosen)))
        self.volmacht_number.setPlaceholderText(self.tr("Rijksregisternummer van de volmacht"))
        self.volmacht_number.setAccessibleName(self.tr("Rijksregisternummer van de volmacht"))
        set_text(self.volmacht_file, self.tr("Volmacht: bestand toevoegen (medewerker WIL)"))
        set_text(self.volmacht_shown, self.tr("Volmacht getoond aan de balie (medewerker WIL)"))
        set_text(self.on_behalf, self.tr("Bevestigen voor een afwezig gezinslid, met volmacht"))
        self.on_behalf.setAccessibleDescription(
            self.tr(
                "De volwassene van de kaart in de lezer beantwoordt de vragen en tekent met de eigen PIN-code"
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, visit: Visit) -> None:
        """Show the actions that fit the selected adult and the operator."""
        chosen = self._selected()
        member = visit.dossier.member(chosen) if chosen else None
        today = visit.today
        status = member_status(visit.dossier, member, today) if member is not None else None
        operator = self._operator()
        staff = operator is not None and operator.may(Action.RECORD_VOLMACHT)
        may_be_absent = status is MemberStatus.TO_CONFIRM and member is not visit.card_member
        self.reason.setVisible(may_be_absent)
        self.mark_absent.setVisible(may_be_absent)
        self.mark_present.setVisible(status in (MemberStatus.ABSENT, MemberStatus.ABSENT_COVERED))
        wants_volmacht = staff and status is MemberStatus.ABSENT
        needs_number = wants_volmacht and member is not None and member.national_number is None
        self.volmacht_number.setVisible(needs_number)
        self.volmacht_file.setVisible(wants_volmacht)
        self.volmacht_shown.setVisible(wants_volmacht)
        self.on_behalf.setVisible(bool(visit.signers_for_absent()))

    def _volmacht_shown(self) -> None:
        self._record("shown_at_counter")

    def _mark_absent(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            reason = self.reason.currentData()
            self._apply(lambda v: v.mark_absent(chosen, reason))

    def _mark_present(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            self._apply(lambda v: v.mark_absent(chosen, None))

    def _choose_volmacht_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Kies de scan van de volmacht"),
            "",
            self.tr("PDF of foto (*.pdf *.jpg *.jpeg *.png)"),
        )
        if path:
            self.attach_volmacht_file(Path(path))

    def attach_volmacht_file(self, path: Path) -> bool:
        """Record the selected absent adult's volmacht from a scan (WIL staff); False when refused."""
        try:
            content = path.read_bytes()
        except OSError:
            self._say(self.tr("Dit bestand kan niet gelezen worden."))
            return False
        return self._record("attached", content)

    def _record(self, state: EvidenceState, page: bytes | None = None) -> bool:
        chosen = self._selected()
        if chosen is None:
            self._say(self.tr("Kies eerst een afwezige volwassene in de lijst."))
            return False
        number: str | None = None
        if self.volmacht_number.isVisible():
            try:
                number = parse_national_number(self.volmacht_number.text()).digits
            except CardDataError:
                self._say(self.tr("Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na."))
                return False
        try:
            self._apply(lambda v: v.record_volmacht(chosen, state, page, number))
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
            self._say(self.tr("Kies eerst een afwezige volwassene in de lijst."))
            return False
        self.volmacht_number.clear()
        return True

    def _confirm_on_behalf(self) -> None:
        selected = self._selected()

        def start(visit: Visit) -> None:
            covered = [m.member_id for m in visit.signers_for_absent()]
            absent_id = selected if selected in covered else (covered[0] if covered else None)
            if absent_id is not None:
                visit.start_on_behalf(absent_id)

        try:
            self._apply(start)
        except PermissionDenied:
            self._say(
                self.tr("Alleen een andere volwassene van het gezin, met de eigen kaart, kan dit doen.")
            )

    def wipe(self) -> None:
        """Forget a typed number."""
        self.volmacht_number.clear()
