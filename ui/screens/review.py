"""Review: every adult and what each still owes, with the date, before the visit is saved.

"Nothing is missing" is said only when the core's completeness says so (`kiosk.visit_views.overview`);
an offline visit says that the register's household could not be checked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

from kiosk.visit_views import Overview, visit_overview
from ui.navigation import ScreenKey
from ui.screens.base import Screen, set_text
from ui.screens.wording import act_now_text, deadline_text, evidence_names, member_line, owed_text


class ReviewScreen(Screen):
    """A last look: correct what is wrong, then finish."""

    key = ScreenKey.REVIEW
    candidate_facing = True

    def build(self) -> None:
        self.summary = self.label(role="warning")
        self.summary.setObjectName("reviewSummary")
        self.members = QListWidget()
        self.members.setWordWrap(True)  # long lines wrap instead of hiding behind a scroll bar
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members.setObjectName("reviewMembers")
        self.layout_.addWidget(self.members, 1)
        self.deadline = self.label(role="hint")
        self.deadline.setObjectName("reviewDeadline")
        self.register_note = self.label(role="hint")
        self.register_note.setObjectName("reviewRegisterNote")
        self.act_now = self.label(role="warning")
        self.act_now.setObjectName("reviewActNow")
        self.error = self.label(role="warning")
        self.error.hide()
        row = self.row()
        self.back = self.button(lambda: self.ctl.apply(lambda v: v.back_to_household()), row=row)
        self.finish = self.button(self._finish, primary=True, row=row)
        self.ctl.visit_saved.connect(self._saved)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Nakijken"))
        set_text(self.back, self.tr("Terug naar het gezin"))
        set_text(self.finish, self.tr("Klaar. Afronden"))

    def enter(self) -> None:
        visit = self.visit
        if visit is None:
            return
        self.finish.setEnabled(True)
        self.error.hide()
        household = visit_overview(visit)
        names = evidence_names(visit.rules)
        self.members.clear()
        for row in household.members:
            self.members.addItem(member_line(row, names))
        for owed in household.household_owed:
            if owed.kind != "register_check":
                self.members.addItem(
                    self.tr("Voor het gezin: %1").replace(
                        "%1", owed_text(owed, names.get(owed.evidence_type or "", ""))
                    )
                )
        set_text(self.summary, self._summary(household))
        words = deadline_text(household.deadline)
        set_text(self.deadline, words)
        self.deadline.setVisible(bool(words))
        self.register_note.setVisible(not household.register_checked)
        self.act_now.setVisible(household.act_now)
        set_text(self.act_now, act_now_text())
        set_text(
            self.register_note,
            self.tr(
                "Het register was niet bereikbaar: we konden niet nakijken wie in uw gezin nog moet "
                "bevestigen. Uw bewijs is daarom voorlopig. WIL kijkt het na zodra alles verzonden is."
            ),
        )
        self.finish.setFocus()

    def _summary(self, household: Overview) -> str:
        done, total = household.adults_done
        if household.withdrawn:
            if household.complete:
                return self.tr(
                    "De referentiehuurder heeft ondertekend dat het gezin de inschrijving stopt. Na "
                    "'Afronden' krijgt u een bewijs van stopzetting."
                )
            return self.tr(
                "Het gezin wil de inschrijving stoppen, maar de referentiehuurder moet nog tekenen."
            )
        if household.complete:
            return self.tr("Alle volwassenen hebben bevestigd en er ontbreekt niets.")
        if done < total:
            text = self.tr(
                "Nog niet klaar: %1 van %2 volwassenen hebben bevestigd. Uw dossier is pas "
                "volledig als alle volwassenen bevestigd hebben."
            )
            text = text.replace("%1", str(done)).replace("%2", str(total))
        else:
            text = self.tr("Nog niet klaar: er ontbreekt nog iets. Kijk hieronder wat en tegen wanneer.")
        if household.new_registration and household.register_checked:
            text += " " + self.tr("Dit wordt een nieuwe inschrijving.")
        return text

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
