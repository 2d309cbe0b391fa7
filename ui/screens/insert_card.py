"""Insert card: the reader's state, a clear hint, and what to do when nothing happens."""

from __future__ import annotations

from ui.controller import INSERT_CARD
from ui.screens.base import Screen, set_text


class InsertCardScreen(Screen):
    """Waits for the first card of the visit."""

    key = INSERT_CARD
    candidate_facing = True

    def build(self) -> None:
        self.hint = self.label()
        self.state = self.label(role="warning")
        self.state.setObjectName("readerState")
        self.help = self.label(role="hint")
        self.layout_.addStretch(1)
        self.stop = self.button(self._stop)
        self.ctl.reader_state.connect(self._show_state)
        self._state = "waiting"

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Steek uw identiteitskaart in de lezer"))
        set_text(self.hint, self.tr("De chip moet naar boven wijzen, naar de lezer toe."))
        set_text(
            self.help,
            self.tr(
                "Gebeurt er niets? Haal de kaart eruit en steek ze er opnieuw in. "
                "Werkt het nog niet, vraag dan hulp aan de vrijwilliger."
            ),
        )
        set_text(self.stop, self.tr("Bezoek stoppen"))
        self._show_state(self._state)

    def _show_state(self, state: str) -> None:
        self._state = state
        texts = {
            "waiting": self.tr("De lezer wacht op een kaart."),
            "reading": self.tr("Even geduld: we lezen de kaart. Haal de kaart er niet uit."),
            "read": self.tr("De kaart is gelezen."),
            "error": self.tr("De kaart kon niet gelezen worden. Haal ze eruit en probeer opnieuw."),
        }
        set_text(self.state, texts.get(state, texts["waiting"]))

    def _stop(self) -> None:
        self.ctl.end_visit()
        self.ctl.go("home")
