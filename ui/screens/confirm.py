"""Consent and PIN: the adult signs their confirmation with their own card; or WIL staff attests.

The signature runs on the card worker; the signer asks the `GuiPinSource`, which shows the keypad
here (or a prompt to use the reader's own pinpad) and hands the digits back to the worker. For a
staff attestation, the WIL staff member takes the candidate's card out, inserts their own card and
signs with their own PIN; the register accepts it only from its staff list.
"""

from __future__ import annotations

from kiosk.domain import Action, Confirmation
from kiosk.errors import PermissionDenied
from kiosk.ports import Authenticity, NoSigningKey, PinBlocked, SigningCancelled
from ui.controller import CONFIRM, HOUSEHOLD
from ui.pin_pad import PinPad
from ui.screens.base import Screen, set_text
from ui.session import MemberState


class ConfirmScreen(Screen):
    """Explicit consent, then the PIN typed by the candidate themselves (or by WIL staff)."""

    key = CONFIRM
    candidate_facing = True

    def build(self) -> None:
        self.consent = self.label()
        self.yourself = self.label(role="hint")
        self.status = self.label(role="warning")
        self.status.setObjectName("signStatus")
        self.status.hide()
        self.pad = PinPad()
        self.layout_.addWidget(self.pad)
        self.pad.hide()
        self.pad.entered.connect(self._pin_entered)
        self.pad.cancelled.connect(self._pin_cancelled)
        self.layout_.addStretch(1)
        row = self.row(vertical=True)
        self.no_pin = self.button(self._no_pin, row=row)
        self.attest = self.button(self._attest, row=row)
        self.sign = self.button(self._sign, primary=True, row=row)
        self.sign.setObjectName("signButton")
        self.proceed = self.button(lambda: self.ctl.go(HOUSEHOLD))
        self.proceed.hide()
        self.ctl.pin_source.asked.connect(self._pin_asked)
        self.ctl.household_changed.connect(self._lookup_settled)
        self._waiting_for_lookup = False

    def _on_behalf(self) -> bool:
        member = self.ctl.current_member()
        return member is not None and self.ctl.session.on_behalf_of == member.member_id

    def _attesting(self) -> bool:
        member = self.ctl.current_member()
        identity = self.ctl.session.identity
        return (
            self.ctl.attesting_for is not None
            and member is not None
            and identity is not None
            and identity.national_number != member.national_number
        )

    def retranslate(self) -> None:
        set_text(self.no_pin, self.tr("Ik heb geen PIN-code"))
        set_text(self.attest, self.tr("Bevestigen door medewerker WIL (eigen kaart)"))
        set_text(self.proceed, self.tr("Terug naar het gezin"))
        self._texts()

    def _texts(self) -> None:
        if self._attesting():
            set_text(self.title, self.tr("Medewerker WIL: bevestigen met uw eigen kaart"))
            set_text(
                self.consent,
                self.tr(
                    "U bevestigt als medewerker van WIL dat u deze persoon heeft gezien en dat de antwoorden "
                    "kloppen. Uw eigen kaart zet de handtekening."
                ),
            )
            set_text(self.yourself, self.tr("Typ uw eigen PIN-code."))
            set_text(self.sign, self.tr("Ondertekenen met mijn kaart (medewerker)"))
        elif self._on_behalf():
            set_text(self.title, self.tr("Bevestigen voor een gezinslid dat afwezig is"))
            set_text(
                self.consent,
                self.tr(
                    "U heeft een ondertekende volmacht van dit gezinslid. Met uw eigen PIN-code zet u de "
                    "handtekening voor hen. Zo zegt u: hun gegevens en antwoorden kloppen."
                ),
            )
            set_text(self.yourself, self.tr("Typ uw eigen PIN-code zelf. De vrijwilliger kijkt niet mee."))
            set_text(self.sign, self.tr("Ja, ik bevestig voor hen met mijn PIN-code"))
        else:
            set_text(self.title, self.tr("Bevestigen met uw PIN-code"))
            set_text(
                self.consent,
                self.tr(
                    "Met uw PIN-code zet u een digitale handtekening. Zo zegt u: mijn gegevens en antwoorden "
                    "kloppen. Dat is hetzelfde als een papier ondertekenen."
                ),
            )
            set_text(self.yourself, self.tr("Typ uw PIN-code zelf. De vrijwilliger kijkt niet mee."))
            set_text(self.sign, self.tr("Ja, ik bevestig met mijn PIN-code"))

    def enter(self) -> None:
        operator = self.ctl.operator
        staff = operator is not None and operator.may(Action.STAFF_ATTESTATION)
        attesting = self._attesting()
        self._texts()
        self.attest.setVisible(staff and not attesting)
        self.no_pin.setVisible(not attesting)
        self.status.hide()
        self.pad.hide()
        self.pad.clear()
        self.proceed.hide()
        identity = self.ctl.session.identity
        expired = identity is not None and identity.authenticity is Authenticity.EXPIRED
        self.sign.setEnabled(not expired)
        if expired:
            self._say(
                self.tr("Met een vervallen kaart kan u niet ondertekenen. Een medewerker van WIL helpt u.")
            )
        member = self.ctl.current_member()
        on_behalf = self._on_behalf() and member is not None and member.confirmation is None
        if member is not None and member.state is not MemberState.TO_DO and not on_behalf:
            self._say(self.tr("Deze persoon heeft al bevestigd."))
            self.sign.setEnabled(False)
            self.proceed.show()
        self.no_pin.setVisible(not attesting and not on_behalf)
        self.attest.setVisible(staff and not attesting and not on_behalf)
        self._waiting_for_lookup = self.sign.isEnabled() and self.ctl.lookup_pending()
        if self._waiting_for_lookup:
            # The statement carries the household key, which the register's answer decides.
            self.sign.setEnabled(False)
            self._say(self.tr("We zoeken uw gezin op bij het register…"))
        self.sign.setFocus()

    def _lookup_settled(self) -> None:
        if not self._waiting_for_lookup or self.ctl.lookup_pending():
            return
        self._waiting_for_lookup = False
        self.sign.setEnabled(True)
        self.status.hide()
        if self.isVisible():
            self.sign.setFocus()

    def _say(self, text: str) -> None:
        set_text(self.status, text)
        self.status.show()

    def _sign(self) -> None:
        if self.ctl.lookup_pending():
            self._waiting_for_lookup = True
            self.sign.setEnabled(False)
            self._say(self.tr("We zoeken uw gezin op bij het register…"))
            return
        member = self.ctl.current_member()
        signer = self.ctl.services.card_reader.signer()
        if signer is None or member is None or self.ctl.session.identity is None:
            self._say(self.tr("Er zit geen kaart in de lezer. Steek de kaart in en probeer opnieuw."))
            return
        self.sign.setEnabled(False)
        self._say(self.tr("Even geduld: de kaart ondertekent."))
        # The core checks the card (authenticity, the staff's visual check), the roles and who signs
        # for whom before the card asks for the PIN, then builds and signs the statement.
        member_id = member.member_id
        self.ctl.sign_current(
            signer,
            self._attesting(),
            lambda confirmation: self._signed(member_id, confirmation),
            self._sign_failed,
        )

    def _pin_asked(self, tries_left: object, on_pinpad: bool) -> None:
        if on_pinpad:
            self._say(self.tr("Typ uw PIN-code op het toestel van de kaartlezer."))
            self.ctl.pin_source.answer("")
            return
        self.pad.clear()
        self.pad.show()
        self.pad.setFocus()
        if isinstance(tries_left, int) and tries_left < 3:
            self._say(
                self.tr("De PIN-code is niet juist. U heeft nog %1 pogingen.").replace("%1", str(tries_left))
            )
        else:
            self._say(self.tr("Typ uw PIN-code en druk op OK."))

    def _pin_entered(self, digits: str) -> None:
        self.pad.hide()
        self._say(self.tr("Even geduld: de kaart ondertekent."))
        self.ctl.pin_source.answer(digits)

    def _pin_cancelled(self) -> None:
        self.pad.hide()
        self.ctl.pin_source.answer(None)

    def _signed(self, member_id: str, confirmation: object) -> None:
        member = next((m for m in self.ctl.session.members if m.member_id == member_id), None)
        if member is None or not isinstance(confirmation, Confirmation):
            return  # the visit ended while the card was signing
        if confirmation.on_behalf_of_absent:
            self.ctl.record_on_behalf(member, confirmation)
        else:
            self.ctl.record_signature(member, confirmation)
        self.ctl.attesting_for = None
        # Straight back to the household: its list shows who has confirmed (one click less each).
        self.ctl.notice = self.tr("Gelukt: de bevestiging is ondertekend.")
        self.ctl.go(HOUSEHOLD)

    def _sign_failed(self, error: BaseException) -> None:
        self.pad.hide()
        self.sign.setEnabled(True)
        if isinstance(error, PinBlocked):
            self._say(
                self.tr(
                    "Uw PIN-code is geblokkeerd. Een medewerker van WIL kan u verder helpen. "
                    "U krijgt een hulpblad mee voor de gemeente."
                )
            )
            self.sign.setEnabled(False)
            self.proceed.show()
        elif isinstance(error, SigningCancelled):
            self._say(self.tr("U heeft gestopt. Er is niets ondertekend."))
        elif isinstance(error, NoSigningKey | PermissionDenied):
            # The core refused this card or this signer before any PIN was asked: a test card
            # outside training, a doubtful card without WIL staff's visual check, an expired card,
            # a card of someone else, or a role that may not do this.
            self._say(
                self.tr("Met deze kaart kan u niet ondertekenen. Een medewerker van WIL helpt u verder.")
            )
            self.proceed.show()
        else:
            self._say(self.tr("Het ondertekenen is niet gelukt. Er is niets ondertekend. Probeer opnieuw."))

    def _no_pin(self) -> None:
        operator = self.ctl.operator
        if operator is not None and operator.may(Action.STAFF_ATTESTATION):
            self._say(self.tr("Zonder PIN-code: kies hierboven 'Bevestigen door medewerker WIL'."))
            self.attest.setFocus()
            return
        self._say(
            self.tr(
                "Zonder PIN-code kan alleen een medewerker van WIL uw bevestiging doen. "
                "U krijgt een hulpblad mee."
            )
        )
        self.proceed.show()
        self.proceed.setFocus()

    def _attest(self) -> None:
        operator = self.ctl.operator
        self.ctl.require(operator is not None and operator.may(Action.STAFF_ATTESTATION))
        member = self.ctl.current_member()
        if member is None:
            return
        self.ctl.attesting_for = member.member_id
        self._say(
            self.tr(
                "Haal de kaart van de kandidaat uit de lezer. Steek dan uw eigen kaart van medewerker in."
            )
        )

    def wipe(self) -> None:
        self.pad.clear()
        self.pad.hide()
        self.status.clear()
