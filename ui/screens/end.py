"""End of the visit: the screen is wiped; thanks, and the next step."""

from __future__ import annotations

from ui.navigation import ScreenKey
from ui.screens.base import Screen, set_text


class EndScreen(Screen):
    """Shown after the visit ended (finished, stopped, or ended by inactivity)."""

    key = ScreenKey.END
    candidate_facing = True

    def build(self) -> None:
        self.message = self.label()
        self.message.setObjectName("endMessage")
        self.card = self.label(role="warning")
        self.layout_.addStretch(1)
        self.next_visit = self.button(lambda: self.ctl.go(ScreenKey.HOME), primary=True)
        self.idle_ended = False

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Het bezoek is afgesloten"))
        set_text(self.card, self.tr("Vergeet uw identiteitskaart niet."))
        set_text(self.next_visit, self.tr("Volgend bezoek"))
        self.enter()

    def enter(self) -> None:
        if self.idle_ended:
            set_text(
                self.message,
                self.tr(
                    "Er was een tijd niemand aan de kiosk. Daarom hebben we het scherm gewist. "
                    "Wat al gedaan was, is veilig bewaard."
                ),
            )
        else:
            set_text(self.message, self.tr("Dank u. Alle gegevens zijn van het scherm gewist."))
        self.next_visit.setFocus()
