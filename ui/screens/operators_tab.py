"""The coordinator's operators tab: the list with disable and new password, and the add form.

The core decides (`kiosk.store`): it checks the role, the name, the roles and the password, refuses to
disable the last active coordinator, and audits every change; `ui.operators` names its refusals.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.operators import ROLE_VALUES, Problem, check_password, password_sentences, refusal
from ui.screens.add_operator import AddOperatorBox, password_field, role_name
from ui.screens.base import set_text

if TYPE_CHECKING:  # the rows come from the database worker; this module loads without sqlalchemy
    from kiosk.store import OperatorInfo
    from ui.controller import VisitController

NAME_ROLE = Qt.ItemDataRole.UserRole
DISABLED_ROLE = Qt.ItemDataRole.UserRole + 1


class OperatorsTab(QWidget):
    """Operators with roles and state; disable one, set a new password, add one."""

    def __init__(self, controller: VisitController) -> None:
        super().__init__()
        self.ctl = controller
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._operators_page())
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the language on show."""
        self._retranslate_operators()

    def refresh(self) -> None:
        """Read the operators again (database worker)."""
        self._close_panels()
        self.operator_message.hide()
        self._load(self.ctl.terminal.backend.operators, self._show_operators)

    def wipe(self) -> None:
        """Signed out or locked: no typed password, half-filled form or list stays behind."""
        self._close_panels()
        self.add_box.wipe()
        self.operator_message.hide()
        self.operators.clear()

    def _operators_page(self) -> QWidget:
        """The list with disable / new password, a confirmation row, and the add form."""
        self.operators_hint = QLabel()
        self.operators = QListWidget()
        self.operators.setMinimumHeight(132)
        self.operators.setMaximumHeight(200)
        self.operators.currentItemChanged.connect(lambda *_: self._selection_changed())
        actions = QHBoxLayout()
        self.disable = self._small_button(self._ask_disable, actions)
        self.change_password = self._small_button(self._ask_password, actions)
        self.operator_message = QLabel()
        self.operator_message.setProperty("role", "warning")
        self.operator_message.hide()
        # Disabling asks first, on the screen itself (no pop-up to lose behind a full-screen kiosk).
        self.confirm_box = QGroupBox()
        confirm = QVBoxLayout(self.confirm_box)
        self.confirm_text = QLabel()
        confirm.addWidget(self.confirm_text)
        confirm_row = QHBoxLayout()
        confirm.addLayout(confirm_row)
        self.confirm_yes = self._small_button(self._disable_confirmed, confirm_row)
        self.confirm_no = self._small_button(self._close_panels, confirm_row)
        self.confirm_box.hide()
        self.password_box = QGroupBox()
        password_form = QFormLayout(self.password_box)
        password_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: narrow
        self.new_password, self.new_password_again = password_field(), password_field()
        self.new_password_label, self.new_password_again_label = QLabel(), QLabel()
        password_form.addRow(self.new_password_label, self.new_password)
        password_form.addRow(self.new_password_again_label, self.new_password_again)
        password_row = QHBoxLayout()
        password_form.addRow(password_row)
        self.password_save = self._small_button(self._save_password, password_row)
        self.password_cancel = self._small_button(self._close_panels, password_row)
        self.password_box.hide()
        self.add_box = AddOperatorBox(
            self.ctl, self._operator_added, self._show_problem, self._operator_refused
        )
        for label, field in (
            (self.new_password_label, self.new_password),
            (self.new_password_again_label, self.new_password_again),
        ):
            label.setBuddy(field)
        left = self._page(
            self.operators_hint, self.operators, self.operator_message, self.confirm_box, self.password_box
        )
        column = left.layout()
        if not isinstance(column, QVBoxLayout):  # _page builds a column
            raise TypeError("the operators page is a column")
        column.insertLayout(2, actions)
        # The list and its actions on the left, the add form beside it: both in sight at once.
        page = QWidget()
        sides = QHBoxLayout(page)
        sides.addWidget(left, 3)
        right = QVBoxLayout()
        right.addWidget(self.add_box)
        right.addStretch(1)
        sides.addLayout(right, 2)
        self.operators_scroll = QScrollArea()
        self.operators_scroll.setWidgetResizable(True)
        self.operators_scroll.setWidget(page)
        self._selection_changed()
        return self.operators_scroll

    def _small_button(self, on_click: Callable[[], None], row: QHBoxLayout) -> QPushButton:
        button = QPushButton()
        button.setMinimumHeight(44)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(on_click)
        row.addWidget(button)
        return button

    def _page(self, *widgets: QWidget) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        for widget in widgets:
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
            column.addWidget(widget)
        column.addStretch(1)
        return page

    def _retranslate_operators(self) -> None:
        self.operators.setAccessibleName(self.tr("Operators"))
        set_text(
            self.operators_hint,
            self.tr(
                "Kies een operator om die uit te schakelen of een nieuw wachtwoord te geven. "
                "Een nieuwe operator voegt u toe bij 'Nieuwe operator'."
            ),
        )
        set_text(self.disable, self.tr("Uitschakelen"))
        set_text(self.change_password, self.tr("Nieuw wachtwoord"))
        set_text(self.confirm_yes, self.tr("Ja, uitschakelen"))
        set_text(self.confirm_no, self.tr("Annuleren"))
        self.password_box.setTitle(self.tr("Nieuw wachtwoord"))
        set_text(self.new_password_label, self.tr("Nieuw wachtwoord"))
        set_text(self.new_password_again_label, self.tr("Nog eens hetzelfde wachtwoord"))
        self.new_password.setAccessibleName(self.tr("Nieuw wachtwoord"))
        self.new_password_again.setAccessibleName(self.tr("Nog eens hetzelfde wachtwoord"))
        set_text(self.password_save, self.tr("Wachtwoord bewaren"))
        set_text(self.password_cancel, self.tr("Annuleren"))

    def _show_operators(self, operators: list[OperatorInfo]) -> None:
        self.operators.clear()
        now = self.ctl.services.clock.now()
        for info in operators:
            roles = ", ".join(role_name(role) for role in ROLE_VALUES if role in info.roles)
            item = QListWidgetItem(f"{info.name}: {roles} · {self._state(info, now)}")
            item.setData(NAME_ROLE, info.name)
            item.setData(DISABLED_ROLE, info.disabled)
            self.operators.addItem(item)
        self._selection_changed()

    def _state(self, info: OperatorInfo, now: datetime) -> str:
        if info.disabled:
            return self.tr("uitgeschakeld")
        if info.locked_until is not None and info.locked_until > now:
            until = info.locked_until.astimezone().strftime("%H:%M")
            return self.tr("vergrendeld tot %1 (te veel foute wachtwoorden)").replace("%1", until)
        return self.tr("actief")

    def _selected(self) -> tuple[str, bool] | None:
        item = self.operators.currentItem()
        if item is None:
            return None
        return str(item.data(NAME_ROLE)), bool(item.data(DISABLED_ROLE))

    def _selection_changed(self) -> None:
        selected = self._selected()
        active = selected is not None and not selected[1]
        self.disable.setEnabled(active)
        self.change_password.setEnabled(active)
        self._close_panels()

    def _is_me(self, name: str) -> bool:
        return self.ctl.terminal.operator is not None and self.ctl.terminal.operator.name == name

    def _close_panels(self) -> None:
        self.confirm_box.hide()
        self.password_box.hide()
        for field in (self.new_password, self.new_password_again):
            field.clear()

    def _ask_disable(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        self._close_panels()
        if self._is_me(selected[0]):
            question = self.tr("Uzelf uitschakelen? U wordt meteen afgemeld en kunt niet meer aanmelden.")
        else:
            question = self.tr("%1 uitschakelen? Die operator kan daarna niet meer aanmelden.")
        set_text(self.confirm_text, question.replace("%1", selected[0]))
        self.confirm_box.show()
        self.confirm_no.setFocus()
        self._bring_into_view(self.confirm_box)

    def _disable_confirmed(self) -> None:
        selected = self._selected()
        self._close_panels()
        if selected is None:
            return
        name = selected[0]
        self.ctl.terminal.db.submit(
            lambda: self.ctl.terminal.backend.disable_operator(name),
            lambda _r: self._disabled(name),
            self._operator_refused,
        )

    def _disabled(self, name: str) -> None:
        if self._is_me(name):  # this session's account is dead: lock the kiosk now
            self.ctl.sign_out()
            return
        self._operator_changed(self.tr("%1 is uitgeschakeld.").replace("%1", name))

    def _ask_password(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        self._close_panels()
        self.password_box.setTitle(self.tr("Nieuw wachtwoord voor %1").replace("%1", selected[0]))
        self.password_box.show()
        self.new_password.setFocus()
        self._bring_into_view(self.password_save)

    def _save_password(self) -> None:
        selected = self._selected()
        if selected is None:
            return
        name, password = selected[0], self.new_password.text()
        problem = check_password(password, self.new_password_again.text(), name)
        if problem is not None:
            self._show_problem(problem)
            return
        self._close_panels()
        self.ctl.terminal.db.submit(
            lambda: self.ctl.terminal.backend.set_operator_password(name, password),
            lambda _r: self._operator_changed(
                self.tr("Het wachtwoord van %1 is veranderd.").replace("%1", name)
            ),
            self._operator_refused,
        )

    def _operator_added(self, name: str) -> None:
        self._operator_changed(self.tr("%1 is toegevoegd en kan nu aanmelden.").replace("%1", name))

    def _operator_changed(self, message: str) -> None:
        self.operator_message.setProperty("role", "status")
        self._restyle(self.operator_message)
        set_text(self.operator_message, message)
        self.operator_message.show()
        self._load(self.ctl.terminal.backend.operators, self._show_operators)

    def _operator_refused(self, error: BaseException) -> None:
        self._show_problem(refusal(error))

    def _show_problem(self, problem: Problem) -> None:
        sentences = {
            **password_sentences(),
            Problem.NO_NAME: self.tr("Vul een naam in."),
            Problem.NAME: self.tr("Een naam heeft 1 tot 100 gewone tekens."),
            Problem.NO_ROLE: self.tr("Kies minstens één rol."),
            Problem.EXISTS: self.tr("Er is al een operator met die naam. Kies een andere naam."),
            Problem.LAST_COORDINATOR: self.tr(
                "Dit is de laatste actieve coördinator: die kan niet uitgeschakeld worden. "
                "Voeg eerst een andere coördinator toe."
            ),
            Problem.NOT_ALLOWED: self.tr("Alleen een coördinator mag operators beheren."),
            Problem.DISABLED: self.tr("Deze operator is uitgeschakeld."),
            Problem.OTHER: self.tr("Dit kan niet. Probeer opnieuw of vraag hulp."),
        }
        self.operator_message.setProperty("role", "warning")
        self._restyle(self.operator_message)
        set_text(self.operator_message, sentences[problem])
        self.operator_message.show()
        self._bring_into_view(self.operator_message)

    def _bring_into_view(self, widget: QWidget) -> None:
        """Scroll the operators tab to `widget` once the layout has placed it."""
        QTimer.singleShot(0, lambda: self.operators_scroll.ensureWidgetVisible(widget))

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _load(self, work: Callable[[], Any], show: Callable[[Any], None]) -> None:
        """Read a list on the database worker; a list that arrives after a sign-out is not shown."""
        wipes = self.ctl.wipes

        def arrived(result: Any) -> None:
            if self.ctl.wipes == wipes:
                show(result)

        self.ctl.terminal.db.submit(work, arrived, self._operator_refused)
