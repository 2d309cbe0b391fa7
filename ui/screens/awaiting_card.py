"""Awaiting card: between cards no personal data is shown, only progress and the next step."""

from __future__ import annotations

from ui.controller import AWAITING_CARD, HOME
from ui.screens.base import Screen, set_text


class AwaitingCardScreen(Screen):
    """Shown when a card is removed during a visit; a member's card resumes at that member."""

    key = AWAITING_CARD
    candidate_facing = True

    def build(self) -> None:
        self.progress = self.label()
        self.progress.setObjectName("visitProgress")
        self.next_step = self.label()
        self.state = self.label(role="hint")
        self.layout_.addStretch(1)
        self.save_and_stop = self.button(self._save_and_stop)
        self.save_and_stop.setObjectName("saveDraftAndStop")
        self.stop = self.button(self._stop)
        self.ctl.reader_state.connect(self._show_state)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Steek de volgende kaart in"))
        set_text(
            self.next_step,
            self.tr(
                "Steek de identiteitskaart in van de volgende volwassene, "
                "of opnieuw dezelfde kaart om verder te gaan."
            ),
        )
        set_text(self.stop, self.tr("Bezoek stoppen"))
        set_text(
            self.save_and_stop,
            self.tr("Bewaren als concept en stoppen"),
            self.tr("Wat al gedaan is, blijft bewaard. U kunt later verder op het startscherm."),
        )
        self._show_state("waiting")

    def enter(self) -> None:
        if self.ctl.attesting_for is not None:
            set_text(self.next_step, self.tr("Medewerker WIL: steek nu uw eigen kaart in om te bevestigen."))
        else:
            set_text(
                self.next_step,
                self.tr(
                    "Steek de identiteitskaart in van de volgende volwassene, "
                    "of opnieuw dezelfde kaart om verder te gaan."
                ),
            )
        # Someone is missing today: keep what was done (signed confirmations too) as a draft.
        self.save_and_stop.setVisible(bool(self.ctl.session.members) and self.ctl.attesting_for is None)
        done, total = self.ctl.session.progress()
        text = self.tr("%1 van %2 volwassenen klaar").replace("%1", str(done)).replace("%2", str(total))
        set_text(self.progress, text)

    def _show_state(self, state: str) -> None:
        if state == "reading":
            set_text(self.state, self.tr("Even geduld: we lezen de kaart."))
        elif state == "error":
            set_text(self.state, self.tr("De kaart kon niet gelezen worden. Probeer opnieuw."))
        else:
            set_text(self.state, self.tr("De lezer wacht op een kaart."))

    def _stop(self) -> None:
        if any(member.confirmation is not None for member in self.ctl.session.members):
            # A signed confirmation is never thrown away by a hurried click: the visit is saved (a
            # draft, or queued for the register when that completes the dossier).
            self.ctl.save_draft()
        self.ctl.end_visit()
        self.ctl.go(HOME)

    def _save_and_stop(self) -> None:
        self.ctl.save_draft()  # a copy goes to the database worker before the wipe
        self.ctl.end_visit()
        self.ctl.go(HOME)
