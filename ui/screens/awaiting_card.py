"""Awaiting card: between cards no personal data is shown, only progress and the next step."""

from __future__ import annotations

from kiosk.visit_views import visit_overview
from ui.navigation import ReaderState, ScreenKey
from ui.screens.base import Screen, set_text


class AwaitingCardScreen(Screen):
    """Shown when a card is removed during a visit; a member's card resumes at that member."""

    key = ScreenKey.AWAITING_CARD
    candidate_facing = True

    def build(self) -> None:
        self.progress = self.label()
        self.progress.setObjectName("visitProgress")
        self.next_step = self.label()
        self.state = self.label(role="hint")
        self.layout_.addStretch(1)
        self.save_and_stop = self.button(lambda: self.ctl.end_visit(keep=True, then=ScreenKey.HOME))
        self.save_and_stop.setObjectName("saveDraftAndStop")
        self.stop = self.button(lambda: self.ctl.end_visit(then=ScreenKey.HOME))
        self.ctl.reader_state.connect(self._show_state)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Steek de volgende kaart in"))
        set_text(self.stop, self.tr("Bezoek stoppen"))
        set_text(
            self.save_and_stop,
            self.tr("Bewaren als concept en stoppen"),
            self.tr("Wat al gedaan is, blijft bewaard. U kunt later verder op het startscherm."),
        )
        self._show_state(ReaderState.WAITING)

    def enter(self) -> None:
        visit = self.visit
        if visit is None:
            return
        if visit.attesting_for is not None:
            set_text(self.next_step, self.tr("Medewerker WIL: steek nu uw eigen kaart in om te bevestigen."))
        elif visit.representing is not None:
            set_text(
                self.next_step,
                self.tr("De bewindvoerder of volmachthouder steekt nu de eigen identiteitskaart in."),
            )
        else:
            set_text(
                self.next_step,
                self.tr(
                    "Steek de identiteitskaart in van de volgende volwassene, "
                    "of opnieuw dezelfde kaart om verder te gaan."
                ),
            )
        # Someone is missing today: keep what was done (signed confirmations too) as a draft.
        self.save_and_stop.setVisible(bool(visit.dossier.members) and visit.attesting_for is None)
        done, total = visit_overview(visit).adults_done
        text = self.tr("%1 van %2 volwassenen klaar").replace("%1", str(done)).replace("%2", str(total))
        set_text(self.progress, text)

    def _show_state(self, state: object) -> None:
        if state == ReaderState.READING:
            set_text(self.state, self.tr("Even geduld: we lezen de kaart."))
        elif state == ReaderState.ERROR:
            set_text(self.state, self.tr("De kaart kon niet gelezen worden. Probeer opnieuw."))
        else:
            set_text(self.state, self.tr("De lezer wacht op een kaart."))
