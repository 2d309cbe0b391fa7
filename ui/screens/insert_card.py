"""Insert card: the reader's state, a clear hint, and what to do when nothing happens.

A card already in the reader when the visit started is never read into it (it may be the previous
candidate's): the screen asks to take it out and insert it again. Nobody with a readable Belgian eID
(a passport, refugee papers, a lost, broken or renewed card) goes on without a card: the household is
recorded by hand and WIL checks the documents. itsme is named as the candidate's own route at home.
"""

from __future__ import annotations

from ui.navigation import ReaderState, ScreenKey
from ui.screens.base import Screen, set_text
from ui.screens.wording import itsme_text


class InsertCardScreen(Screen):
    """Waits for the first card of the visit."""

    key = ScreenKey.INSERT_CARD
    candidate_facing = True

    def build(self) -> None:
        self.hint = self.label()
        self.stale = self.label(role="warning")
        self.stale.setObjectName("staleCard")
        self.state = self.label(role="warning")
        self.state.setObjectName("readerState")
        self.help = self.label(role="hint")
        self.itsme = self.label(role="hint")
        self.itsme.setObjectName("itsmeHint")
        self.layout_.addStretch(1)
        self.no_card = self.button(lambda: self.ctl.apply(lambda v: v.continue_without_card()))
        self.no_card.setObjectName("withoutCard")
        self.stop = self.button(lambda: self.ctl.end_visit(then=ScreenKey.HOME))
        self.ctl.reader_state.connect(self._show_state)
        self._state = ReaderState.WAITING

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Steek uw identiteitskaart in de lezer"))
        set_text(self.hint, self.tr("De chip moet naar boven wijzen, naar de lezer toe."))
        set_text(
            self.stale,
            self.tr("Er zit nog een kaart in de lezer. Haal ze eruit en steek dan uw eigen kaart in."),
        )
        set_text(
            self.help,
            self.tr(
                "Gebeurt er niets? Haal de kaart eruit en steek ze er opnieuw in. "
                "Werkt het nog niet, vraag dan hulp aan de vrijwilliger."
            ),
        )
        set_text(self.itsme, itsme_text())
        set_text(
            self.no_card,
            self.tr("Geen leesbare identiteitskaart"),
            self.tr(
                "Paspoort, papieren van vluchteling, kaart verloren, kapot of aangevraagd: ga verder "
                "zonder kaart"
            ),
        )
        set_text(self.stop, self.tr("Bezoek stoppen"))
        self._show_state(self._state)

    def enter(self) -> None:
        visit = self.visit
        self.stale.setVisible(visit is not None and visit.stale_card)

    def _show_state(self, state: object) -> None:
        self._state = ReaderState(str(state)) if not isinstance(state, ReaderState) else state
        texts = {
            ReaderState.WAITING: self.tr("De lezer wacht op een kaart."),
            ReaderState.READING: self.tr("Even geduld: we lezen de kaart. Haal de kaart er niet uit."),
            ReaderState.READ: self.tr("De kaart is gelezen."),
            ReaderState.ERROR: self.tr("De kaart kon niet gelezen worden. Haal ze eruit en probeer opnieuw."),
        }
        set_text(self.state, texts[self._state])
        self.enter_if_visible()
