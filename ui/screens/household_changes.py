"""The household screen's parts for roles and for changes since the register's last round.

Roles: the register decides them for a household it knows; in a new registration (or for someone the
register did not list) the operator chooses each adult's role here: reference tenant, partner, other
adult, child (`kiosk.visit.Visit.set_role`, checked by the core). Changes: someone moved out, the
partner separated, someone died, each with the day it happened (`Visit.record_change`); they then owe
nothing, and a separation or a death asks for its papers.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.domain import ChangeRefused, MemberStatus, member_status
from kiosk.ports import MemberRole
from kiosk.visit import RoleRefused, Visit
from ui.screens.base import set_text
from ui.screens.wording import role_text

ROLES: tuple[MemberRole, ...] = ("reference_tenant", "partner", "other", "child")


class RolePanel(QWidget):
    """One button per role the operator may choose for the selected member (or the card's holder)."""

    def __init__(
        self,
        apply: Callable[[Callable[[Visit], object]], object],
        member: Callable[[], str | None],
        say: Callable[[str], None],
    ) -> None:
        super().__init__()
        self._apply, self._member, self._say = apply, member, say
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("roleHint")
        column.addWidget(self.hint)
        row = QHBoxLayout()
        self.buttons: dict[MemberRole, QPushButton] = {}
        for role in ROLES:
            button = QPushButton()
            button.setObjectName(f"role-{role}")
            button.clicked.connect(lambda _c=False, r=role: self._choose(r))
            row.addWidget(button)
            self.buttons[role] = button
        column.addLayout(row)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        """Texts in the language on show."""
        for role, button in self.buttons.items():
            set_text(button, role_text(role))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, visit: Visit) -> None:
        """Show the roles that fit the member; hidden when the register decides or nobody is chosen."""
        chosen = self._member()
        allowed = visit.roles_allowed(chosen) if chosen else []
        member = visit.dossier.member(chosen) if chosen else None
        self.setVisible(bool(allowed) and member is not None and member.confirmation is None)
        if not allowed or member is None:
            return
        if member.role_chosen:
            text = self.tr("Rol in het gezin: %1. Kies een andere rol als dat niet klopt.")
            set_text(self.hint, text.replace("%1", role_text(member.role)))
        else:
            set_text(self.hint, self.tr("Nieuwe inschrijving: kies de rol van %1 in het gezin.").replace(
                "%1", member.first_names.split(" ")[0]
            ))  # fmt: skip
        for role, button in self.buttons.items():
            button.setVisible(role in allowed)
            button.setProperty("primary", member.role_chosen and member.role == role)

    def _choose(self, role: MemberRole) -> None:
        chosen = self._member()
        if chosen is None:
            return
        try:
            self._apply(lambda v: v.set_role(chosen, role))
        except RoleRefused as refused:
            self._say(self.refusal(refused.reason))

    def refusal(self, reason: str) -> str:
        """Why the core refused the role, in words."""
        texts = {
            "from_register": self.tr("Het register bepaalt de rollen van dit gezin."),
            "taken": self.tr("Het gezin heeft al een referentiehuurder of een partner. Kies een andere rol."),
            "minor": self.tr("Iemand jonger dan 18 is een kind in het gezin."),
            "adult": self.tr("Iemand van 18 of ouder is geen kind in deze lijst. Kies een andere rol."),
            "confirmed": self.tr("Deze persoon heeft al bevestigd. De rol kan niet meer veranderen."),
        }
        return texts.get(reason, self.tr("Dat kan niet."))


class ChangePanel(QWidget):
    """Record that the selected member moved out, separated or died, and since when; or take it back."""

    def __init__(
        self,
        apply: Callable[[Callable[[Visit], object]], object],
        member: Callable[[], str | None],
        say: Callable[[str], None],
    ) -> None:
        super().__init__()
        self._apply, self._member, self._say = apply, member, say
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.since_label = QLabel()
        self.since = QDateEdit()
        self.since.setObjectName("changeDate")
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("dd-MM-yyyy")
        row.addWidget(self.since_label)
        row.addWidget(self.since)
        self.left = self._button(row, "changeLeft", lambda: self._record("left"))
        self.separated = self._button(row, "changeSeparated", lambda: self._record("separated"))
        self.deceased = self._button(row, "changeDeceased", lambda: self._record("deceased"))
        column.addLayout(row)
        self.undo = self._button(column, "changeUndo", self._undo)
        self.retranslate()

    @staticmethod
    def _button(layout: QHBoxLayout | QVBoxLayout, name: str, on_click: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(on_click)
        layout.addWidget(button)
        return button

    def retranslate(self) -> None:
        """Texts in the language on show."""
        set_text(self.since_label, self.tr("Sinds"))
        self.since.setAccessibleName(self.tr("Sinds welke dag"))
        set_text(self.left, self.tr("Woont hier niet meer"))
        set_text(self.separated, self.tr("Gescheiden of uit elkaar"))
        set_text(self.deceased, self.tr("Overleden"))
        set_text(self.undo, self.tr("Toch nog in het gezin"))

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self, visit: Visit) -> None:
        """Show the changes that fit the selected member (never the adult whose card is in)."""
        chosen = self._member()
        member = visit.dossier.member(chosen) if chosen else None
        status = member_status(visit.dossier, member, visit.today) if member is not None else None
        gone = status in (MemberStatus.LEFT, MemberStatus.DECEASED)
        may_change = (
            member is not None
            and not gone
            and member is not visit.card_member
            and member.role != "reference_tenant"
            and member.confirmation is None
            and visit.dossier.withdrawal is None
        )
        for widget in (self.since_label, self.since, self.left, self.deceased):
            widget.setVisible(may_change)
        self.separated.setVisible(may_change and member is not None and member.role == "partner")
        self.undo.setVisible(gone)
        if may_change and not self.since.isVisible():
            self.since.setDate(QDate.currentDate())
        today = visit.today
        self.since.setMaximumDate(QDate(today.year, today.month, today.day))

    def _record(self, kind: str) -> None:
        chosen = self._member()
        if chosen is None:
            return
        day = self.since.date()
        on = date(day.year(), day.month(), day.day())
        try:
            self._apply(lambda v: v.record_change(chosen, kind, on))
        except ChangeRefused as refused:
            self._say(self.refusal(refused.reason))

    def refusal(self, reason: str) -> str:
        """Why the core refused the change, in words."""
        texts = {
            "reference_tenant": self.tr("De referentiehuurder wijzigen kan alleen WIL. Bel WIL."),
            "not_partner": self.tr("Alleen de partner kan gescheiden zijn."),
            "confirmed": self.tr("Deze persoon heeft al bevestigd in dit dossier."),
            "day": self.tr("Kies de dag waarop het gebeurde: vandaag of vroeger."),
            "here": self.tr("De persoon van de kaart in de lezer is hier."),
        }
        return texts.get(reason, self.tr("Dat kan niet."))

    def _undo(self) -> None:
        chosen = self._member()
        if chosen is not None:
            self._apply(lambda v: v.undo_change(chosen))
