"""The privacy notice: what the kiosk reads from the eID and why, before the first read."""

from __future__ import annotations

from ui.controller import HOME, PRIVACY
from ui.screens.base import Screen, set_text


class PrivacyScreen(Screen):
    """Shown and acknowledged before any card is read."""

    key = PRIVACY
    candidate_facing = True

    def build(self) -> None:
        self.what = self.label()
        self.why = self.label()
        self.photo = self.label()
        self.keep = self.label()
        self.layout_.addStretch(1)
        row = self.row()
        self.back = self.button(lambda: self.ctl.go(HOME), row=row)
        self.agree = self.button(self.ctl.acknowledge_privacy, primary=True, row=row)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Wat we lezen van uw identiteitskaart"))
        set_text(
            self.what, self.tr("We lezen uw naam, geboortedatum, rijksregisternummer en adres van uw kaart.")
        )
        set_text(
            self.why,
            self.tr(
                "Dat is nodig om uw inschrijving voor een sociale woning te bevestigen bij Wonen in Limburg."
            ),
        )
        set_text(self.photo, self.tr("Uw foto ziet u alleen op het scherm. We bewaren de foto niet."))
        set_text(
            self.keep, self.tr("Uw gegevens worden versleuteld bewaard en gewist als uw dossier klaar is.")
        )
        set_text(self.back, self.tr("Terug"))
        set_text(self.agree, self.tr("Ik begrijp het. Verder"))

    def enter(self) -> None:
        self.agree.setFocus()
