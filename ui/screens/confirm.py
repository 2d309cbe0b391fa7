"""What you sign, then consent and PIN: the adult signs with their own card; or WIL staff attests.

Before the PIN the adult sees their own answers and where each evidence document stands
(`kiosk.visit_views.signing_summary`), in their language. The signature runs on the card worker; the
signer asks the `GuiPinSource`, which shows the keypad here (or a prompt to use the reader's own
pinpad). For a staff attestation, the WIL staff member inserts their own card and signs with their own
PIN; the register accepts it only from its staff list.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from kiosk.domain import Action, CardDecision
from kiosk.errors import PermissionDenied
from kiosk.ports import NoSigningKey, PinBlocked, SigningCancelled
from kiosk.visit import LookupPending, Visit
from kiosk.visit_views import signing_summary
from ui.navigation import ScreenKey
from ui.pin_pad import PinPad
from ui.screens.base import Screen, set_text
from ui.screens.wording import evidence_name, rule_text


class ConfirmScreen(Screen):
    """The adult's answers and evidence, explicit consent, then the PIN typed by the adult."""

    key = ScreenKey.CONFIRM
    candidate_facing = True

    def build(self) -> None:
        self.summary_title = self.label(role="subtitle")
        self.summary = QListWidget()
        self.summary.setWordWrap(True)  # long lines wrap instead of hiding behind a scroll bar
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.setObjectName("signingSummary")
        self.layout_.addWidget(self.summary, 1)
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
        row = self.row(vertical=True)
        self.sign = self.button(self._sign, primary=True, row=row)
        self.sign.setObjectName("signButton")
        self.no_pin = self.button(self._no_pin, row=row)
        self.attest = self.button(self._attest, row=row)
        self.attest.setObjectName("attestButton")
        self.back = self.button(lambda: self.ctl.apply(lambda v: v.back_to_household()))
        self.ctl.pin_source.asked.connect(self._pin_asked)
        self.ctl.visit_changed.connect(self._lookup_settled)

    def retranslate(self) -> None:
        set_text(self.summary_title, self.tr("Dit zet u met uw handtekening vast:"))
        set_text(self.no_pin, self.tr("Ik heb geen PIN-code"))
        set_text(self.attest, self.tr("Bevestigen door medewerker WIL (eigen kaart)"))
        set_text(self.back, self.tr("Terug naar het gezin"))
        self._texts(self.visit)

    def _mode(self, visit: Visit | None) -> str:
        if visit is None or visit.current is None:
            return "self"
        if visit.card is not None and visit.card.staff_card:
            return "staff"
        if visit.current.by_representative:
            return "representative"
        return "on_behalf" if visit.current.on_behalf_signer is not None else "self"

    def _texts(self, visit: Visit | None) -> None:
        mode = self._mode(visit)
        if mode == "staff":
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
        elif mode == "representative":
            set_text(
                self.title, self.tr("Bevestigen voor iemand anders, als bewindvoerder of volmachthouder")
            )
            set_text(
                self.consent,
                self.tr(
                    "U tekent met uw eigen PIN-code voor deze persoon. Zo zegt u: hun gegevens en antwoorden "
                    "kloppen, en u mag voor hen tekenen (beslissing van de vrederechter of volmacht)."
                ),
            )
            set_text(self.yourself, self.tr("Typ uw eigen PIN-code zelf. Niemand kijkt mee."))
            set_text(self.sign, self.tr("Ja, ik bevestig voor deze persoon met mijn PIN-code"))
        elif mode == "on_behalf":
            set_text(self.title, self.tr("Bevestigen voor een gezinslid dat afwezig is"))
            set_text(
                self.consent,
                self.tr(
                    "U heeft een ondertekende volmacht van dit gezinslid. Met uw eigen PIN-code zet u de "
                    "handtekening voor hen. Zo zegt u: hun gegevens en antwoorden kloppen."
                ),
            )
            set_text(self.yourself, self.tr("Typ uw eigen PIN-code zelf. Niemand kijkt mee."))
            set_text(self.sign, self.tr("Ja, ik bevestig voor hen met mijn PIN-code"))
        elif visit is not None and visit.withdrawing:
            set_text(self.title, self.tr("Uw inschrijving stoppen"))
            set_text(
                self.consent,
                self.tr(
                    "Met uw PIN-code ondertekent u dat u de inschrijving van uw gezin stopt. Uw gezin "
                    "verliest dan zijn plaats op de wachtlijst."
                ),
            )
            set_text(self.yourself, self.tr("Typ uw PIN-code zelf. Niemand kijkt mee."))
            set_text(self.sign, self.tr("Ja, ik stop de inschrijving met mijn PIN-code"))
        else:
            set_text(self.title, self.tr("Bevestigen met uw PIN-code"))
            set_text(
                self.consent,
                self.tr(
                    "Met uw PIN-code zet u een digitale handtekening. Zo zegt u: mijn gegevens en antwoorden "
                    "kloppen. Dat is hetzelfde als een papier ondertekenen."
                ),
            )
            set_text(self.yourself, self.tr("Typ uw PIN-code zelf. Niemand kijkt mee."))
            set_text(self.sign, self.tr("Ja, ik bevestig met mijn PIN-code"))

    def enter(self) -> None:
        visit = self.visit
        if visit is None or visit.current is None:
            return
        self._texts(visit)
        self._show_summary(visit)
        mode = self._mode(visit)
        staff = self.operator is not None and self.operator.may(Action.STAFF_ATTESTATION)
        self.attest.setVisible(staff and mode == "self")
        self.no_pin.setVisible(mode == "self")
        self.status.hide()
        self.pad.hide()
        self.pad.clear()
        expired = (
            visit.card is not None and visit.card.decision is CardDecision.IDENTIFY_ONLY and mode != "staff"
        )
        self.sign.setEnabled(not expired and visit.lookup_settled)
        if expired:
            self._say(
                self.tr("Met een vervallen kaart kunt u niet ondertekenen. Een medewerker van WIL helpt u.")
            )
        elif visit.attesting_for is not None and mode != "staff" and visit.card is None:
            self._say(self.tr("Medewerker WIL: steek nu uw eigen kaart in om te bevestigen."))
        elif visit.attesting_for is not None and mode != "staff":
            self._say(
                self.tr(
                    "Haal de kaart van de kandidaat uit de lezer. Steek dan uw eigen kaart van medewerker in."
                )
            )
        elif not visit.lookup_settled:
            # The statement carries the household key, which the register's answer decides.
            self._say(self.tr("We zoeken uw gezin op bij het register…"))
        self.sign.setFocus()

    def _show_summary(self, visit: Visit) -> None:
        summary = signing_summary(visit)
        self.summary.clear()
        yes, no = self.tr("Ja"), self.tr("Nee")
        for line in summary.answers:
            self.summary.addItem(f"{rule_text(line.text_nl)} {yes if line.answer else no}")
        states = {
            "attached": self.tr("toegevoegd"),
            "bring_later": self.tr("brengt u later"),
            "shown_at_counter": self.tr("getoond aan de balie"),
            None: self.tr("nog niet toegevoegd: het blijft nodig"),
        }
        for evidence in summary.evidence:
            name = evidence_name(visit.rules, evidence.evidence_type)
            self.summary.addItem(
                self.tr("Bewijsstuk %1: %2").replace("%1", name).replace("%2", states[evidence.state])
            )

    def _lookup_settled(self) -> None:
        visit = self.visit
        if self.isVisible() and visit is not None and visit.lookup_settled and not self.sign.isEnabled():
            self.enter()

    def _say(self, text: str) -> None:
        set_text(self.status, text)
        self.status.show()

    def _sign(self) -> None:
        signer = self.ctl.services.card_reader.signer()
        if signer is None:
            self._say(self.tr("Er zit geen kaart in de lezer. Steek de kaart in en probeer opnieuw."))
            return
        self.sign.setEnabled(False)
        self._say(self.tr("Even geduld: de kaart ondertekent."))
        self.ctl.sign(signer, self._sign_failed)

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
        elif isinstance(error, SigningCancelled):
            self._say(self.tr("U heeft gestopt. Er is niets ondertekend."))
        elif isinstance(error, LookupPending):
            self._say(self.tr("We zoeken uw gezin op bij het register…"))
            self.sign.setEnabled(False)
        elif isinstance(error, NoSigningKey | PermissionDenied):
            # The core refused this card or this signer before any PIN was asked.
            self._say(
                self.tr("Met deze kaart kunt u niet ondertekenen. Een medewerker van WIL helpt u verder.")
            )
        else:
            self._say(self.tr("Het ondertekenen is niet gelukt. Er is niets ondertekend. Probeer opnieuw."))

    def _no_pin(self) -> None:
        operator = self.operator
        if operator is not None and operator.may(Action.STAFF_ATTESTATION):
            self._say(self.tr("Zonder PIN-code: kies 'Bevestigen door medewerker WIL' hieronder."))
            self.attest.setFocus()
            return
        self._say(
            self.tr(
                "Zonder PIN-code kan alleen een medewerker van WIL uw bevestiging doen. "
                "U krijgt een hulpblad mee."
            )
        )
        self.back.setFocus()

    def _attest(self) -> None:
        operator = self.operator
        self.terminal.require(operator is not None and operator.may(Action.STAFF_ATTESTATION))
        self.ctl.apply(lambda v: v.start_attestation())

    def wipe(self) -> None:
        self.summary.clear()
        self.pad.clear()
        self.pad.hide()
        self.status.clear()
