"""Household: members and their state, add a member by card or by hand, absent, volmacht."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from cardreader.errors import CardDataError
from cardreader.national_number import parse_national_number
from kiosk.errors import PermissionDenied
from kiosk.ports import AbsenceReason, EvidenceState, PartialDate
from ui.controller import DECLARATIONS, HOUSEHOLD, REVIEW
from ui.evidence_files import RefusedFile, load_evidence_file
from ui.screens.base import Screen, set_text
from ui.session import Action, EvidenceFile, Member, MemberState

ABSENCE_REASONS: tuple[AbsenceReason, ...] = ("hospital", "care_home", "abroad", "prison", "other")


class HouseholdScreen(Screen):
    """Who lives in the household and who still has to confirm."""

    key = HOUSEHOLD
    candidate_facing = True

    def build(self) -> None:
        self.notice = self.label(role="warning")
        self.notice.setObjectName("householdNotice")
        self.notice.hide()
        self.register_state = self.label(role="hint")
        self.members = QListWidget()
        self.members.setObjectName("members")
        self.layout_.addWidget(self.members)
        self.swap_hint = self.label(role="warning")
        self.swap_hint.hide()
        row = self.row(vertical=True)
        self.add_by_card = self.button(self._add_by_card, row=row)
        self.add_minor = self.button(lambda: self._open_form(adult=False), row=row)
        self.add_adult = self.button(lambda: self._open_form(adult=True), row=row)
        self._build_form()
        row2 = self.row()
        self.absence = QComboBox()
        row2.addWidget(self.absence)
        self.mark_absent = self.button(self._mark_absent, row=row2)
        self._build_volmacht()
        self.error = self.label(role="warning")
        self.error.hide()
        self.layout_.addStretch(1)
        row3 = self.row()
        self.review = self.button(lambda: self.ctl.go(REVIEW), row=row3)
        self.proceed = self.button(lambda: self.ctl.go(DECLARATIONS), primary=True, row=row3)
        self.ctl.household_changed.connect(self.enter_if_visible)
        self._form_adult = False

    def _build_form(self) -> None:
        self.form = QWidget()
        layout = QFormLayout(self.form)
        self.first_name, self.surname = QLineEdit(), QLineEdit()
        self.first_name.setObjectName("memberFirstName")
        self.surname.setObjectName("memberSurname")
        self.birth = QDateEdit()
        self.birth.setObjectName("memberBirth")
        self.birth.setDisplayFormat("yyyy-MM-dd")
        self.birth.setCalendarPopup(True)
        self.first_name_label, self.surname_label, self.birth_label = (
            self.label(),
            self.label(),
            self.label(),
        )
        layout.addRow(self.first_name_label, self.first_name)
        layout.addRow(self.surname_label, self.surname)
        layout.addRow(self.birth_label, self.birth)
        self.national_number = QLineEdit()
        self.national_number.setObjectName("memberNationalNumber")
        self.national_number_label = self.label()
        layout.addRow(self.national_number_label, self.national_number)
        self.save_member = self.button(self._save_form, primary=True)
        layout.addRow(self.save_member)
        self.layout_.addWidget(self.form)
        self.form.hide()

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
        set_text(self.mark_absent, self.tr("Is afwezig"))
        set_text(self.first_name_label, self.tr("Voornaam"))
        self.first_name.setAccessibleName(self.tr("Voornaam"))
        set_text(self.surname_label, self.tr("Familienaam"))
        self.surname.setAccessibleName(self.tr("Familienaam"))
        set_text(self.birth_label, self.tr("Geboortedatum"))
        self.birth.setAccessibleName(self.tr("Geboortedatum"))
        set_text(self.save_member, self.tr("Toevoegen"))
        set_text(self.national_number_label, self.tr("Rijksregisternummer"))
        self.national_number.setAccessibleName(self.tr("Rijksregisternummer"))
        set_text(self.volmacht_file, self.tr("Volmacht: bestand toevoegen (medewerker WIL)"))
        set_text(self.volmacht_shown, self.tr("Volmacht getoond aan de balie (medewerker WIL)"))
        set_text(self.on_behalf, self.tr("Bevestigen voor een afwezig gezinslid, met volmacht"))
        self.on_behalf.setAccessibleDescription(
            self.tr(
                "De volwassene van de kaart in de lezer beantwoordt de vragen en tekent met de eigen PIN-code"
            )
        )
        set_text(self.proceed, self.tr("Verder naar de vragen"))
        self.proceed.setAccessibleDescription(self.tr("Vragen en bevestigen voor de persoon van de kaart"))
        self.absence.clear()
        reasons = {
            "hospital": self.tr("In het ziekenhuis"),
            "care_home": self.tr("In een woonzorgcentrum"),
            "abroad": self.tr("In het buitenland"),
            "prison": self.tr("In de gevangenis"),
            "other": self.tr("Andere reden"),
        }
        for reason in ABSENCE_REASONS:
            self.absence.addItem(reasons[reason], reason)
        self.absence.setAccessibleName(self.tr("Reden van afwezigheid"))

    def enter(self) -> None:
        operator = self.ctl.operator
        self.add_adult.setVisible(operator is not None and operator.may(Action.ADD_ADULT_BY_HAND))
        self._show_volmacht_actions()
        self.swap_hint.hide()
        self.error.hide()
        if self.ctl.notice:
            set_text(self.notice, self.ctl.notice)
            self.ctl.notice = ""
            self.notice.show()
        else:
            self.notice.hide()
        self._show_register()
        self._fill_members()
        member = self.ctl.current_member()
        to_confirm = member is not None and member.adult and member.state is MemberState.TO_DO
        self.proceed.setVisible(to_confirm)
        (self.proceed if to_confirm else self.review).setFocus()

    def _show_register(self) -> None:
        session = self.ctl.session
        lookup = session.lookup
        if lookup is not None:
            text = self.tr("Gevonden bij het register: kandidaat %1.").replace("%1", lookup.candidate_number)
            if lookup.letter_date:
                text += " " + self.tr("Brief van %1.").replace("%1", lookup.letter_date.isoformat())
            if lookup.reminder_date:
                text += " " + self.tr("Herinnering van %1.").replace("%1", lookup.reminder_date.isoformat())
            deadline = self.ctl.deadline()
            if deadline:
                text += " " + self.tr("Bevestig ten laatste op %1.").replace("%1", deadline.isoformat())
        elif session.lookup_state == "pending":
            text = self.tr("We zoeken uw gezin op bij het register…")
        elif session.lookup_state == "offline":
            text = self.tr("Het register is nu niet bereikbaar. We gaan verder; alles wordt later verzonden.")
        else:
            text = self.tr("Niet gevonden bij het register: dit wordt een nieuwe inschrijving.")
        set_text(self.register_state, text)

    def _fill_members(self) -> None:
        self.members.clear()
        states = {
            MemberState.TO_DO: self.tr("moet nog bevestigen"),
            MemberState.CONFIRMED_PIN: self.tr("bevestigd met PIN"),
            MemberState.ATTESTED: self.tr("bevestigd door medewerker WIL"),
            MemberState.ABSENT: self.tr("afwezig"),
            MemberState.MINOR: self.tr("kind"),
            MemberState.CONFIRMED_BY_VOLMACHT: self.tr("afwezig, bevestigd met volmacht"),
        }
        covered = self.tr("afwezig, volmacht ontvangen: een ander gezinslid kan voor hen bevestigen")
        for member in self.ctl.session.members:
            state = states[member.state]
            if member.state is MemberState.ABSENT and self.ctl.session.has_volmacht(member.member_id):
                state = covered
            item = QListWidgetItem(f"{member.first_names} {member.surname}: {state}")
            item.setData(256, member.member_id)
            self.members.addItem(item)

    def _add_by_card(self) -> None:
        self.swap_hint.show()

    def _open_form(self, adult: bool) -> None:
        if adult:
            self.ctl.require(
                self.ctl.operator is not None and self.ctl.operator.may(Action.ADD_ADULT_BY_HAND)
            )
        self._form_adult = adult
        self.first_name.clear()
        self.surname.clear()
        self.birth.setDate(QDate(2015, 1, 1) if not adult else QDate(1980, 1, 1))
        self.national_number.clear()
        self.national_number.setVisible(adult)
        self.national_number_label.setVisible(adult)
        self.form.show()
        self.first_name.setFocus()

    def _save_form(self) -> None:
        first, last = self.first_name.text().strip(), self.surname.text().strip()
        qdate = self.birth.date()
        birth = PartialDate(qdate.year(), qdate.month(), qdate.day())
        self.error.hide()
        if not first or not last:
            self._show_error(self.tr("Vul de voornaam en de familienaam in."))
            return
        national_number = None
        if self._form_adult:
            # The statement of a confirmation names the member by national number (the core needs it).
            try:
                national_number = parse_national_number(self.national_number.text()).digits
            except CardDataError:
                self._show_error(self.tr("Dit rijksregisternummer klopt niet. Kijk de 11 cijfers na."))
                return
        try:
            if self._form_adult:
                self.ctl.session.add_adult_by_hand(first, last, birth, national_number)
            else:
                self.ctl.session.add_minor(first, last, birth, self.ctl.services.clock.today())
        except ValueError:
            self._show_error(self.tr("Deze persoon is volwassen. Voeg een volwassene toe met de kaart."))
            return
        except PermissionDenied:
            self._show_error(self.tr("Alleen een medewerker van WIL mag dit doen."))
            return
        self.form.hide()
        self._fill_members()

    def _selected(self) -> Member | None:
        item = self.members.currentItem()
        member_id = item.data(256) if item else None
        return next((m for m in self.ctl.session.members if m.member_id == member_id), None)

    def _mark_absent(self) -> None:
        member = self._selected()
        if member is None or not member.adult:
            self._show_error(self.tr("Kies eerst een volwassene in de lijst."))
            return
        self.ctl.session.mark_absent(member.member_id, self.absence.currentData())
        self._fill_members()
        self._show_volmacht_actions()

    # -- staff routes: the volmacht of an absent adult (issue 6) --------------------------------------
    def _build_volmacht(self) -> None:
        row = self.row(vertical=True)
        self.volmacht_file = self.button(self._choose_volmacht_file, row=row)
        self.volmacht_file.setObjectName("volmachtFile")
        self.volmacht_shown = self.button(self._volmacht_shown, row=row)
        self.volmacht_shown.setObjectName("volmachtShown")
        self.on_behalf = self.button(self._confirm_on_behalf, row=row)
        self.on_behalf.setObjectName("confirmOnBehalf")

    def _show_volmacht_actions(self) -> None:
        session, operator = self.ctl.session, self.ctl.operator
        staff = operator is not None and operator.may(Action.RECORD_VOLMACHT)
        waiting = any(
            m.adult and m.state is MemberState.ABSENT and not session.has_volmacht(m.member_id)
            for m in session.members
        )
        self.volmacht_file.setVisible(staff and waiting)
        self.volmacht_shown.setVisible(staff and waiting)
        holder = self.ctl.current_member()
        signer_here = (
            holder is not None
            and session.identity is not None
            and holder.national_number == session.identity.national_number
            and holder.adult
            and holder.state is not MemberState.ABSENT
        )
        self.on_behalf.setVisible(bool(signer_here and session.covered_absent()))

    def _absent_selected(self) -> Member | None:
        member = self._selected()
        if member is None or not member.adult or member.state is not MemberState.ABSENT:
            self._show_error(self.tr("Kies eerst een afwezige volwassene in de lijst."))
            return None
        return member

    def _choose_volmacht_file(self) -> None:
        if self._absent_selected() is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Kies de scan van de volmacht"),
            "",
            self.tr("PDF of foto (*.pdf *.jpg *.jpeg *.png)"),
        )
        if path:
            self.attach_volmacht_file(Path(path))

    def attach_volmacht_file(self, path: Path) -> bool:
        """Record the selected absent adult's volmacht from a scan (WIL staff); False when refused."""
        member = self._absent_selected()
        if member is None:
            return False
        try:
            file = load_evidence_file(path, self.ctl.rules)
        except RefusedFile as refused:
            if refused.reason == "size":
                self._show_error(self.tr("Dit bestand is te groot of leeg."))
            else:
                self._show_error(self.tr("Dit soort bestand kan niet. Kies een PDF of een foto."))
            return False
        except OSError:
            self._show_error(self.tr("Dit bestand kan niet gelezen worden."))
            return False
        return self._record_volmacht(member, "attached", [file])

    def _volmacht_shown(self) -> None:
        member = self._absent_selected()
        if member is not None:
            self._record_volmacht(member, "shown_at_counter", [])

    def _record_volmacht(self, member: Member, state: EvidenceState, files: list[EvidenceFile]) -> bool:
        self.error.hide()
        try:
            self.ctl.session.record_volmacht(member.member_id, state, files)
        except PermissionDenied:
            self._show_error(self.tr("Alleen een medewerker van WIL mag dit doen."))
            return False
        self._fill_members()
        self._show_volmacht_actions()
        return True

    def _confirm_on_behalf(self) -> None:
        covered = self.ctl.session.covered_absent()
        selected = self._selected()
        absent = selected if selected in covered else (covered[0] if covered else None)
        if absent is None:
            return
        try:
            self.ctl.confirm_on_behalf(absent.member_id)
        except PermissionDenied:
            self._show_error(
                self.tr("Alleen een andere volwassene van het gezin, met de eigen kaart, kan dit doen.")
            )

    def _show_error(self, text: str) -> None:
        set_text(self.error, text)
        self.error.show()

    def wipe(self) -> None:
        self.members.clear()
        self.first_name.clear()
        self.surname.clear()
        self.national_number.clear()
        self.form.hide()
