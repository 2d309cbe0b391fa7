"""Consent and PIN: the adult signs their confirmation with their own card; or WIL staff attests.

The signature runs on the card worker; the signer asks the `GuiPinSource`, which shows the keypad
here (or a prompt to use the reader's own pinpad) and hands the digits back to the worker.
"""

from __future__ import annotations

import uuid

from kiosk.domain import Action
from kiosk.ports import NoSigningKey, PinBlocked, SigningCancelled, WrongPin
from kiosk.statement import declarations_digest, statement_fields, statement_v1
from ui.controller import CONFIRM, REVIEW
from ui.pin_pad import PinPad
from ui.screens.base import Screen, set_text


class ConfirmScreen(Screen):
    """Explicit consent, then the PIN typed by the candidate themselves."""

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
        self.pad.cancelled.connect(lambda: self.ctl.pin_source.answer(None))
        self.layout_.addStretch(1)
        row = self.row()
        self.no_pin = self.button(self._no_pin, row=row)
        self.attest = self.button(self._attest, row=row)
        self.sign = self.button(self._sign, primary=True, row=row)
        self.proceed = self.button(lambda: self.ctl.go(REVIEW))
        self.proceed.hide()
        self.ctl.pin_source.asked.connect(self._pin_asked)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Bevestigen met uw PIN-code"))
        set_text(
            self.consent,
            self.tr(
                "Met uw PIN-code zet u een digitale handtekening. Zo zegt u: mijn gegevens en antwoorden "
                "kloppen. Dat is hetzelfde als een papier ondertekenen."
            ),
        )
        set_text(self.yourself, self.tr("Typ uw PIN-code zelf. De vrijwilliger kijkt niet mee."))
        set_text(self.no_pin, self.tr("Ik heb geen PIN-code"))
        set_text(self.attest, self.tr("Bevestigen door medewerker WIL (eigen kaart)"))
        set_text(self.sign, self.tr("Ja, ik bevestig met mijn PIN-code"))
        set_text(self.proceed, self.tr("Verder"))

    def enter(self) -> None:
        operator = self.ctl.operator
        self.attest.setVisible(operator is not None and operator.may(Action.STAFF_ATTESTATION))
        self.status.hide()
        self.pad.hide()
        self.pad.clear()
        self.proceed.hide()
        self.sign.setEnabled(True)
        self.sign.setFocus()

    def _say(self, text: str) -> None:
        set_text(self.status, text)
        self.status.show()

    def _sign(self) -> None:
        member = self.ctl.current_member()
        identity = self.ctl.session.identity
        signer = self.ctl.services.card_reader.signer()
        if signer is None or member is None or identity is None:
            # INTERIM: signing needs the cardreader area's BeidSession; never pretend it worked.
            self._say(
                self.tr(
                    "Ondertekenen met de kaart is nog niet gebouwd in deze versie. Er is niets ondertekend."
                )
            )
            self.proceed.show()
            return
        fields = statement_fields(
            kind="confirmation",
            visit_id=str(uuid.uuid4()),
            household_key=identity.national_number,
            national_number=identity.national_number,
            subject_national_number=identity.national_number,
            declarations_sha256=declarations_digest(member.answers),
            evidence_sha256=[],
            confirmed_at=self.ctl.services.clock.now(),
            terminal_id="training",
        )
        self.sign.setEnabled(False)
        self._say(self.tr("Even geduld: de kaart ondertekent."))
        member_id = member.member_id
        self.ctl.run_on_card(
            lambda: signer.sign(statement_v1(fields)), lambda _sig: self._signed(member_id), self._sign_failed
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
            self._say(self.tr("U heeft nog %1 pogingen.").replace("%1", str(tries_left)))

    def _pin_entered(self, digits: str) -> None:
        self.pad.hide()
        self.ctl.pin_source.answer(digits)

    def _signed(self, member_id: str) -> None:
        self.ctl.session.mark_confirmed(member_id)
        self._say(self.tr("Gelukt: uw bevestiging is ondertekend."))
        self.proceed.show()
        self.proceed.setFocus()

    def _sign_failed(self, error: BaseException) -> None:
        self.pad.hide()
        self.sign.setEnabled(True)
        if isinstance(error, WrongPin):
            self._say(
                self.tr("De PIN-code is niet juist. U heeft nog %1 pogingen.").replace(
                    "%1", str(error.tries_left)
                )
            )
        elif isinstance(error, PinBlocked):
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
        elif isinstance(error, NoSigningKey):
            self._say(
                self.tr("Met deze kaart kan u niet ondertekenen. Een medewerker van WIL helpt u verder.")
            )
            self.proceed.show()
        else:
            self._say(self.tr("Het ondertekenen is niet gelukt. Er is niets ondertekend. Probeer opnieuw."))

    def _no_pin(self) -> None:
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
        # INTERIM: the staff member's own card signs the attestation; that needs the cardreader area.
        self._say(
            self.tr(
                "Ondertekenen met de kaart van de medewerker is nog niet gebouwd in deze versie. "
                "Er is niets ondertekend."
            )
        )
        self.proceed.show()

    def wipe(self) -> None:
        self.pad.clear()
        self.pad.hide()
        self.status.clear()
