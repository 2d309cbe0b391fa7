"""Identity review: photo, data, and the authenticity verdict in plain words with the next step."""

from __future__ import annotations

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel

from kiosk.domain import Action
from kiosk.ports import Authenticity
from ui.controller import DECLARATIONS, HOUSEHOLD, IDENTITY
from ui.screens.base import Screen, set_text
from ui.session import MemberState


class IdentityScreen(Screen):
    """What the card says about the person in front of the kiosk."""

    key = IDENTITY
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
        self.layout_.addStretch(1)
        row = self.row(vertical=True)
        self.staff_accept = self.button(self._staff_accept, row=row)
        self.proceed = self.button(self._proceed, primary=True, row=row)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Kloppen deze gegevens?"))
        set_text(self.staff_accept, self.tr("Ik heb de kaart bekeken: verder (medewerker WIL)"))
        set_text(self.proceed, self.tr("Ja, dit klopt. Verder"))
        set_text(self.staff_note, self.tr("Een medewerker van WIL heeft de kaart bekeken."))

    def enter(self) -> None:
        identity = self.ctl.session.identity
        if identity is None:
            self.wipe()
            return
        self._show_photo(self.ctl.session.photo)
        self.photo.setAccessibleName(self.tr("Foto van de kaart"))
        self.name.setText(f"{identity.first_names} {identity.surname}")
        self.name.setAccessibleName(self.tr("Naam"))
        self.birth.setText(self.tr("Geboren: %1").replace("%1", identity.birth_date.isoformat()))
        self.birth.setAccessibleName(self.tr("Geboortedatum"))
        address = identity.address
        self.address.setText(f"{address.street_and_number}, {address.zip} {address.municipality}")
        self.address.setAccessibleName(self.tr("Adres"))
        self._show_verdict(identity.authenticity)
        self.staff_note.setVisible(self.ctl.session.visual_check_done)

    def _show_photo(self, photo: bytes | None) -> None:
        pixmap = QPixmap()
        if photo and pixmap.loadFromData(photo):
            self.photo.setPixmap(pixmap.scaled(self.photo.size()))
        else:
            self.photo.clear()
            self.photo.setText(self.tr("Geen foto"))

    def _show_verdict(self, verdict: Authenticity) -> None:
        doubtful = verdict in {Authenticity.TAMPERED, Authenticity.UNVERIFIABLE}
        staff = self.ctl.operator is not None and self.ctl.operator.may(Action.ACCEPT_AFTER_VISUAL_CHECK)
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
        checked = self.ctl.session.visual_check_done
        blocked = self.ctl.verdict_blocks() and not checked
        self.proceed.setEnabled(not blocked)
        # An expired card does not block (it identifies, with the staff route to sign), but WIL staff's
        # look at it is recorded all the same.
        expired = verdict is Authenticity.EXPIRED
        self.staff_accept.setVisible(staff and not checked and (doubtful or expired))
        self.staff_accept.setEnabled(True)

    def _proceed(self) -> None:
        # An adult who still has to confirm goes straight to the questions; the household list
        # follows after the signature (one click less for every adult).
        member = self.ctl.current_member()
        if member is not None and member.adult and member.state is MemberState.TO_DO:
            self.ctl.go(DECLARATIONS)
        else:
            self.ctl.go(HOUSEHOLD)

    def _staff_accept(self) -> None:
        operator = self.ctl.operator
        self.ctl.require(operator is not None and operator.may(Action.ACCEPT_AFTER_VISUAL_CHECK))
        # The core writes it to the audit trail (operator, verdict, time) on the database worker; the
        # check then holds for the card in the reader, and confirm_with_eid gets it when the card signs.
        self.staff_accept.setEnabled(False)
        self.ctl.record_visual_check(self._checked, self._check_failed)

    def _checked(self) -> None:
        self.proceed.setEnabled(True)
        self.staff_accept.hide()
        self.staff_note.show()
        self.proceed.setFocus()

    def _check_failed(self, _error: BaseException) -> None:
        self.staff_accept.setEnabled(True)
        set_text(self.verdict, self.tr("Het nakijken van de kaart kon niet bewaard worden. Probeer opnieuw."))

    def wipe(self) -> None:
        self.photo.clear()
        self.staff_note.hide()
        for widget in (self.name, self.birth, self.address, self.verdict):
            widget.clear()
            widget.setToolTip("")
