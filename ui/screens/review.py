"""Review: who is done, what is missing, and the deadline, before the visit is closed."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidget

from ui.controller import HOUSEHOLD, REVIEW
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
        self.finish = self.button(self._finish, primary=True, row=row)
        self.error = self.label(role="warning")
        self.error.hide()
        self.ctl.visit_saved.connect(self._saved)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Nakijken"))
        set_text(self.back, self.tr("Terug naar het gezin"))
        set_text(self.finish, self.tr("Klaar. Afronden"))

    def enter(self) -> None:
        self.finish.setEnabled(True)
        self.error.hide()
        self.members.clear()
        states = {
            MemberState.TO_DO: self.tr("nog niet bevestigd"),
            MemberState.CONFIRMED_PIN: self.tr("bevestigd met PIN"),
            MemberState.ATTESTED: self.tr("bevestigd door medewerker WIL"),
            MemberState.ABSENT: self.tr("afwezig"),
            MemberState.MINOR: self.tr("kind"),
            MemberState.CONFIRMED_BY_VOLMACHT: self.tr("afwezig, bevestigd met volmacht"),
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
        if self.ctl.session.lookup is None and total:
            text += " " + self.tr("Dit wordt een nieuwe inschrijving.")
        set_text(self.summary, text.replace("%1", str(done)).replace("%2", str(total)))
        self.finish.setFocus()

    def _finish(self) -> None:
        self.finish.setEnabled(False)  # saving and sealing runs on the database worker
        self.error.hide()
        self.ctl.finish()

    def _saved(self, result: object) -> None:
        self.finish.setEnabled(True)
        if isinstance(result, BaseException):
            set_text(
                self.error,
                self.tr(
                    "Bewaren is niet gelukt. Er is niets verloren: probeer opnieuw, of roep de coördinator."
                ),
            )
            self.error.show()

    def wipe(self) -> None:
        self.members.clear()
