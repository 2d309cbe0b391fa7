"""Identity review: photo, data, and the authenticity verdict in plain words with the next step.

The core decides what may happen with the card (`kiosk.domain.card_decision`); this screen says it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

from kiosk.domain import Action, CardDecision
from kiosk.ports import Authenticity
from ui.navigation import ScreenKey
from ui.screens.base import Screen, set_text
from ui.screens.wording import day_text
from ui.staff_check import record_visual_check


class IdentityScreen(Screen):
    """What the card says about the person in front of the kiosk."""

    key = ScreenKey.IDENTITY
    candidate_facing = True

    def build(self) -> None:
        self.photo = QLabel()
        self.photo.setObjectName("cardPhoto")
        self.photo.setFixedSize(140, 180)
        self.layout_.addWidget(self.photo)
        self.name = self.label()
        self.name.setObjectName("personName")
        self.birth = self.label()
        self.address = self.label()
        self.verdict = self.label(role="warning")
        self.verdict.setObjectName("verdict")
        self.staff_note = self.label(role="hint")
        self.staff_note.setObjectName("staffChecked")
        self.staff_note.hide()
        self.represents = self.label(role="hint")
        self.represents.setObjectName("representsMember")
        self.represents.hide()
        self.layout_.addStretch(1)
        row = self.row(vertical=True)
        self.staff_accept = self.button(self._staff_accept, row=row)
        self.proceed = self.button(
            lambda: self.ctl.apply(lambda v: v.identity_confirmed()), primary=True, row=row
        )

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Kloppen deze gegevens?"))
        set_text(self.staff_accept, self.tr("Ik heb de kaart bekeken: verder (medewerker WIL)"))
        set_text(self.proceed, self.tr("Ja, dit klopt. Verder"))
        set_text(self.staff_note, self.tr("Een medewerker van WIL heeft de kaart bekeken."))

    def enter(self) -> None:
        visit = self.visit
        card = visit.card if visit is not None else None
        if visit is None or card is None:
            self.wipe()
            return
        identity = card.identity
        self._show_photo(self.ctl.photo)
        self.photo.setAccessibleName(self.tr("Foto van de kaart"))
        self.name.setText(f"{identity.first_names} {identity.surname}")
        self.name.setAccessibleName(self.tr("Naam"))
        birth = identity.birth_date
        exact = birth.month is not None and birth.day is not None
        born = day_text(date(birth.year, birth.month or 1, birth.day or 1)) if exact else birth.isoformat()
        self.birth.setText(self.tr("Geboren: %1").replace("%1", born))
        self.birth.setAccessibleName(self.tr("Geboortedatum"))
        address = identity.address
        self.address.setText(f"{address.street_and_number}, {address.zip} {address.municipality}")
        self.address.setAccessibleName(self.tr("Adres"))
        self._show_verdict(identity.authenticity, card.decision, card.visual_check_done)
        self.proceed.setEnabled(visit.may_go_on_with_card())
        representing = visit.representing if card.representative_card else None
        represented = visit.dossier.member(representing) if representing else None
        self.represents.setVisible(represented is not None)
        if represented is not None:
            set_text(
                self.represents,
                self.tr("U beantwoordt de vragen en tekent voor %1, met uw eigen identiteitskaart.").replace(
                    "%1", represented.first_names
                ),
            )
        self.proceed.setFocus()

    def _show_photo(self, photo: bytes | None) -> None:
        pixmap = QPixmap()
        if photo and pixmap.loadFromData(photo):
            self.photo.setPixmap(pixmap.scaled(self.photo.size()))
        else:
            self.photo.clear()
            self.photo.setText(self.tr("Geen foto"))

    def _show_verdict(self, verdict: Authenticity, decision: CardDecision, checked: bool) -> None:
        texts = {
            Authenticity.GENUINE: self.tr("De kaart is echt."),
            Authenticity.TEST_CARD: self.tr("Oefenkaart: alleen goed voor de oefenmodus."),
            Authenticity.EXPIRED: self.tr(
                "Deze kaart is vervallen. U kunt er niet mee ondertekenen. Een medewerker van WIL helpt u "
                "verder. Vraag een nieuwe kaart aan bij uw gemeente: u krijgt daarvoor een hulpblad."
            ),
            Authenticity.TAMPERED: self.tr(
                "We kunnen niet nagaan of deze kaart echt is. Een medewerker van WIL moet de kaart bekijken."
            ),
            Authenticity.UNVERIFIABLE: self.tr(
                "We kunnen niet nagaan of deze kaart echt is. Een medewerker van WIL moet de kaart bekijken."
            ),
        }
        set_text(self.verdict, texts[verdict])
        staff = self.operator is not None and self.operator.may(Action.ACCEPT_AFTER_VISUAL_CHECK)
        # An expired card does not block (it identifies; the staff route signs), but WIL staff's look
        # at it is recorded all the same.
        needs_look = decision in (CardDecision.NEEDS_VISUAL_CHECK, CardDecision.IDENTIFY_ONLY)
        self.staff_accept.setVisible(staff and not checked and needs_look)
        self.staff_accept.setEnabled(True)
        self.staff_note.setVisible(checked)

    def _staff_accept(self) -> None:
        operator = self.operator
        self.terminal.require(operator is not None and operator.may(Action.ACCEPT_AFTER_VISUAL_CHECK))
        # The core writes it to the audit trail (operator, verdict, time) on the database worker; the
        # check then holds for the card in the reader, and the card may sign.
        self.staff_accept.setEnabled(False)
        record_visual_check(self.ctl, self.enter, self._check_failed)

    def _check_failed(self, _error: BaseException) -> None:
        self.staff_accept.setEnabled(True)
        set_text(self.verdict, self.tr("Het nakijken van de kaart kon niet bewaard worden. Probeer opnieuw."))

    def wipe(self) -> None:
        self.photo.clear()
        self.staff_note.hide()
        for widget in (self.name, self.birth, self.address, self.verdict):
            widget.clear()
            widget.setToolTip("")
