"""Review: who is done, what is missing, and the deadline, before the visit is closed."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from ui.controller import HOUSEHOLD, RECEIPT, REVIEW
from ui.screens.base import Screen, set_text
from ui.session import MemberState


class ReviewScreen(Screen):
    """A last look: correct what is wrong, then finish."""

    key = REVIEW
    candidate_facing = True

    def build(self) -> None:
        self.members = QListWidget()
        self.members.setObjectName("reviewMembers")
        self.layout_.addWidget(self.members)
        self.summary = self.label(role="warning")
        self.layout_.addStretch(1)
        row = self.row()
        self.back = self.button(lambda: self.ctl.go(HOUSEHOLD), row=row)
        self.finish = self.button(lambda: self.ctl.go(RECEIPT), primary=True, row=row)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Nakijken"))
        set_text(self.back, self.tr("Terug naar het gezin"))
        set_text(self.finish, self.tr("Klaar. Afronden"))

    def enter(self) -> None:
        self.members.clear()
        states = {
            MemberState.TO_DO: self.tr("nog niet bevestigd"),
            MemberState.CONFIRMED_PIN: self.tr("bevestigd met PIN"),
            MemberState.ATTESTED: self.tr("bevestigd door medewerker WIL"),
            MemberState.ABSENT: self.tr("afwezig"),
            MemberState.MINOR: self.tr("kind"),
        }
        for member in self.ctl.session.members:
            self.members.addItem(f"{member.first_names} {member.surname}: {states[member.state]}")
        done, total = self.ctl.session.progress()
        if done < total:
            text = self.tr(
                "Nog niet klaar: %1 van %2 volwassenen hebben bevestigd. Uw dossier is pas "
                "volledig als alle volwassenen bevestigd hebben."
            )
        else:
            text = self.tr("Alle %2 volwassenen zijn klaar.")
        set_text(self.summary, text.replace("%1", str(done)).replace("%2", str(total)))
        self.finish.setFocus()

    def wipe(self) -> None:
        self.members.clear()
