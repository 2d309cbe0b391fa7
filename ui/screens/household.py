"""Household: every member the register knows or the visit added, with what each still owes.

The list comes from the core (`kiosk.visit_views.member_rows`): an adult the register lists who did
not come is always on it, with the date by which they must confirm. Members are added by card or by
hand (`ui.screens.member_form`); absent adults and the volmacht are in `ui.screens.absence_panel`; the
routes without a PIN of one's own (WIL's document check, a representative, a minor who may register)
in `ui.screens.routes_panel`; roles (chosen in a new registration) and changes since the last round
(moved out, separated, died) in `ui.screens.household_changes`; the letter's date, contact details and a
new registration's wishes in `ui.screens.registration_panel`. In a visit without any card the household
is recorded by hand.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from kiosk.domain import Action, MemberStatus
from kiosk.visit import LookupState, Visit
from kiosk.visit_views import visit_overview
from ui.navigation import ScreenKey
from ui.screens.absence_panel import AbsencePanel
from ui.screens.base import Screen, set_text
from ui.screens.household_changes import ChangePanel, RolePanel
from ui.screens.member_form import MemberForm
from ui.screens.registration_panel import RegistrationPanel
from ui.screens.routes_panel import RoutesPanel
from ui.screens.wording import act_now_text, day_text, deadline_text, evidence_names, itsme_text, member_line

MEMBER_ID = Qt.ItemDataRole.UserRole


class HouseholdScreen(Screen):
    """Who lives in the household and who still has to confirm."""

    key = ScreenKey.HOUSEHOLD
    candidate_facing = True

    def build(self) -> None:
        self.notice = self.label(role="hint")
        self.notice.setObjectName("householdNotice")
        self.register_state = self.label(role="hint")
        self.register_state.setObjectName("registerState")
        self.deadline = self.label(role="warning")
        self.deadline.setObjectName("householdDeadline")
        self.act_now = self.label(role="warning")
        self.act_now.setObjectName("householdActNow")
        self.without_card_hint = self.label(role="hint")
        self.without_card_hint.setObjectName("withoutCardHint")
        self.members = QListWidget()
        self.members.setWordWrap(True)  # long lines wrap instead of hiding behind a scroll bar
        self.members.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.members.setObjectName("members")
        self.members.itemSelectionChanged.connect(self._selection_changed)
        self.layout_.addWidget(self.members, 1)
        self.swap_hint = self.label(role="warning")
        self.swap_hint.hide()
        row = self.row(vertical=True)
        self.add_by_card = self.button(self.swap_hint.show, row=row)
        self.add_minor = self.button(lambda: self.form.open(adult=False), row=row)
        self.add_adult = self.button(self._open_adult_form, row=row)
        self.form = MemberForm(self.ctl.apply, self._show_error)
        self.layout_.addWidget(self.form)
        self.absence = AbsencePanel(
            self.ctl.apply, self._selected_id, self._show_error, lambda: self.operator
        )
        self.layout_.addWidget(self.absence)
        self.routes = RoutesPanel(self.ctl.apply, self._selected_id, self._show_error, lambda: self.operator)
        self.layout_.addWidget(self.routes)
        self.open_registration = self.button(self._toggle_registration)
        self.open_registration.setObjectName("openRegistration")
        self.registration = RegistrationPanel(self.ctl.apply, self._show_error)
        self.layout_.addWidget(self.registration)
        self.roles = RolePanel(self.ctl.apply, self._role_member, self._show_error)
        self.layout_.addWidget(self.roles)
        self.changes = ChangePanel(self.ctl.apply, self._selected_id, self._show_error)
        self.layout_.addWidget(self.changes)
        self.error = self.label(role="warning")
        self.error.setObjectName("householdError")
        self.error.hide()
        buttons = self.row()
        self.review = self.button(lambda: self.ctl.apply(lambda v: v.go_to_review()), row=buttons)
        self.proceed = self.button(
            lambda: self.ctl.apply(lambda v: v.go_to_questions()), primary=True, row=buttons
        )
        self.ctl.visit_changed.connect(self.enter_if_visible)

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Uw gezin"))
        set_text(self.review, self.tr("Naar nakijken"))
        set_text(
            self.swap_hint,
            self.tr("Haal deze kaart uit de lezer. Steek dan de kaart van de volgende volwassene in."),
        )
        set_text(self.add_by_card, self.tr("Volwassene toevoegen met kaart"))
        set_text(self.add_minor, self.tr("Kind toevoegen"))
        set_text(self.add_adult, self.tr("Volwassene zonder kaart (medewerker WIL)"))
        set_text(self.open_registration, self.tr("Datum van de brief, contact en voorkeuren"))
        set_text(
            self.without_card_hint,
            self.tr(
                "Niemand heeft een identiteitskaart die de computer kan lezen. Schrijf elke volwassene op. "
                "WIL kijkt de documenten na: de kiosk drukt het papieren formulier en een afspraakbriefje "
                "af."
            )
            + " "
            + itsme_text(),
        )
        set_text(self.proceed, self.tr("Verder naar de vragen"))
        self.proceed.setAccessibleDescription(self.tr("Vragen en bevestigen voor de persoon van de kaart"))

    def enter(self) -> None:
        visit = self.visit
        if visit is None:
            self.wipe()
            return
        operator = self.operator
        staff = operator is not None and operator.may(Action.ADD_ADULT_BY_HAND)
        self.add_adult.setVisible(staff or visit.without_card)
        if visit.without_card and not staff:
            set_text(self.add_adult, self.tr("Volwassene zonder leesbare kaart toevoegen"))
        else:
            set_text(self.add_adult, self.tr("Volwassene zonder kaart (medewerker WIL)"))
        self.without_card_hint.setVisible(visit.without_card)
        signed = visit.signed_notice
        self.notice.setVisible(signed)
        if signed:
            set_text(self.notice, self.tr("Gelukt: de bevestiging is ondertekend."))
        self._show_register(visit)
        self._fill_members(visit)
        holder = visit.card_member
        to_confirm = holder is not None and self._status(visit, holder.member_id) is MemberStatus.TO_CONFIRM
        self.proceed.setVisible(to_confirm)
        # Questions follow the role: in a new registration it is chosen first.
        self.proceed.setEnabled(holder is not None and holder.role_chosen and visit.lookup_settled)
        self._refresh_panels(visit)
        focus = self.proceed if to_confirm and self.proceed.isEnabled() else self.review
        if self.roles.isVisible() and holder is not None and not holder.role_chosen:
            focus = next(b for b in self.roles.buttons.values() if b.isVisible())
        focus.setFocus()

    def _refresh_panels(self, visit: Visit) -> None:
        self.absence.refresh(visit)
        self.routes.refresh(visit)
        self.roles.refresh(visit)
        self.changes.refresh(visit)

    def _role_member(self) -> str | None:
        """The member whose role is chosen: the one selected, else the adult whose card is in."""
        selected = self._selected_id()
        if selected is not None:
            return selected
        visit = self.visit
        holder = visit.card_member if visit is not None else None
        return holder.member_id if holder is not None else None

    def _show_register(self, visit: Visit) -> None:
        state, dossier = visit.lookup_state, visit.dossier
        if dossier.candidate_number and dossier.register_checked:
            text = self.tr("Gevonden bij het register: kandidaat %1.").replace("%1", dossier.candidate_number)
            if dossier.letter_date:
                text += " " + self.tr("Brief van %1.").replace("%1", day_text(dossier.letter_date))
            if dossier.reminder_date:
                text += " " + self.tr("Herinnering van %1.").replace("%1", day_text(dossier.reminder_date))
        elif state is LookupState.PENDING:
            text = self.tr("We zoeken uw gezin op bij het register…")
        elif state is LookupState.NOT_ASKED and visit.without_card:
            text = self.tr(
                "Zonder kaart vragen we het register nog niets. WIL zoekt uw gezin op als het de documenten "
                "heeft gezien."
            )
        elif state is LookupState.OFFLINE:
            text = self.tr(
                "Het register is nu niet bereikbaar. We konden niet nakijken wie in uw gezin nog moet "
                "bevestigen. We gaan verder; uw bewijs blijft voorlopig tot het register alles heeft "
                "nagekeken."
            )
        else:
            text = self.tr("Niet gevonden bij het register: dit wordt een nieuwe inschrijving.")
        set_text(self.register_state, text)
        deadline = visit_overview(visit).deadline
        words = deadline_text(deadline)
        set_text(self.deadline, words)
        self.deadline.setVisible(bool(words))
        self.deadline.setProperty("role", "warning" if deadline.close else "hint")
        self.deadline.style().polish(self.deadline)
        act_now = visit_overview(visit).act_now
        self.act_now.setVisible(act_now)
        if act_now:
            set_text(self.act_now, act_now_text())

    def _fill_members(self, visit: Visit) -> None:
        selected = self._selected_id()
        self.members.clear()
        names = evidence_names(visit.rules)
        for row in visit_overview(visit).members:
            item = QListWidgetItem(member_line(row, names))
            item.setData(MEMBER_ID, row.member_id)
            self.members.addItem(item)
            if row.member_id == selected:
                self.members.setCurrentItem(item)  # the selection stays after every action

    def _status(self, visit: Visit, member_id: str) -> MemberStatus | None:
        return next((r.status for r in visit_overview(visit).members if r.member_id == member_id), None)

    def _selected_id(self) -> str | None:
        item = self.members.currentItem()
        return str(item.data(MEMBER_ID)) if item is not None else None

    def _selection_changed(self) -> None:
        visit = self.visit
        if visit is not None:
            self.error.hide()
            self._refresh_panels(visit)

    def _open_adult_form(self) -> None:
        operator, visit = self.operator, self.visit
        staff = operator is not None and operator.may(Action.ADD_ADULT_BY_HAND)
        without_card = visit is not None and visit.without_card
        self.terminal.require(staff or without_card)
        # WIL staff hold the documents: they add the adult checked, with the national number.
        self.form.open(adult=True, without_card=without_card and not staff)

    def _toggle_registration(self) -> None:
        visit = self.visit
        if self.registration.isVisible() or visit is None:
            self.registration.hide()
        else:
            self.registration.open(visit)

    def _show_error(self, text: str) -> None:
        """Say why something was refused; an empty text takes the last refusal away."""
        set_text(self.error, text)
        self.error.setVisible(bool(text))

    def wipe(self) -> None:
        self.members.clear()
        self.form.wipe()
        self.absence.wipe()
        self.routes.wipe()
        self.registration.wipe()
        self.act_now.clear()
        self.register_state.clear()
        self.deadline.clear()
        self.error.hide()
        self.swap_hint.hide()
