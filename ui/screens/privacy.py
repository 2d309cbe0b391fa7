"""The privacy notice: what the kiosk reads from the eID and why, before any identity is shown.

Every adult sees it: the first before their card is read, each later adult after inserting their
card and before their identity appears; in a visit without any card, before anything is written down.
It names who does what: the register is the Flemish government's (Wonen in Vlaanderen), the office of
the terminal's settings (Wonen in Limburg by default) handles the file.
"""

from __future__ import annotations

from ui.navigation import ScreenKey
from ui.screens.base import Screen, set_text


class PrivacyScreen(Screen):
    """Shown and acknowledged before a card's data is shown."""

    key = ScreenKey.PRIVACY
    candidate_facing = True

    def build(self) -> None:
        self.next_adult = self.label(role="hint")
        self.next_adult.setObjectName("privacyNextAdult")
        self.what = self.label()
        self.why = self.label()
        self.photo = self.label()
        self.keep = self.label()
        self.layout_.addStretch(1)
        row = self.row()
        self.back = self.button(self._back, row=row)
        self.agree = self.button(
            lambda: self.ctl.apply(lambda v: v.acknowledge_privacy()), primary=True, row=row
        )

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Wat we lezen van uw identiteitskaart"))
        set_text(self.next_adult, self.tr("Voor de volgende volwassene: lees dit eerst."))
        set_text(
            self.what, self.tr("We lezen uw naam, geboortedatum, rijksregisternummer en adres van uw kaart.")
        )
        self._show_why()
        set_text(self.photo, self.tr("Uw foto ziet u alleen op het scherm. We bewaren de foto niet."))
        set_text(
            self.keep, self.tr("Uw gegevens worden versleuteld bewaard en gewist als uw dossier klaar is.")
        )
        set_text(self.back, self.tr("Terug"))
        set_text(self.agree, self.tr("Ik begrijp het. Verder"))

    def _show_why(self) -> None:
        office = self.terminal.backend.office.name if self.terminal.backend_loaded else "Wonen in Limburg"
        set_text(
            self.why,
            self.tr(
                "Dat is nodig om uw inschrijving voor een sociale woning te bevestigen. Het centraal "
                "inschrijvingsregister is van de Vlaamse overheid (Wonen in Vlaanderen). %1 behandelt uw "
                "dossier."
            ).replace("%1", office),
        )

    def enter(self) -> None:
        visit = self.visit
        self.next_adult.setVisible(visit is not None and visit.notice_for_a_later_adult)
        if visit is not None and visit.without_card and not visit.card_present:
            set_text(
                self.what,
                self.tr(
                    "Zonder kaart schrijven we op: uw naam, uw geboortedatum en, als u het weet, uw "
                    "rijksregisternummer."
                ),
            )
        else:
            set_text(
                self.what,
                self.tr("We lezen uw naam, geboortedatum, rijksregisternummer en adres van uw kaart."),
            )
        self._show_why()
        self.agree.setFocus()

    def _back(self) -> None:
        visit = self.visit
        if visit is None or not visit.notice_for_a_later_adult:
            self.ctl.end_visit(then=ScreenKey.HOME)  # before any card: nothing to keep
            return
        self.ctl.apply(lambda v: v.decline_privacy())
