"""The coordinator's form to add an operator: a name, roles and a password typed twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ui.operators import ROLE_VALUES, Problem, check_new_operator
from ui.screens.base import set_text

if TYPE_CHECKING:
    from ui.controller import VisitController


def role_name(role: str) -> str:
    """An operator role in the language on show."""
    names = {
        "volunteer": QCoreApplication.translate("OperatorsTab", "vrijwilliger"),
        "wil_staff": QCoreApplication.translate("OperatorsTab", "WIL-medewerker"),
        "coordinator": QCoreApplication.translate("OperatorsTab", "coördinator"),
    }
    return names.get(role, role)


def password_field() -> QLineEdit:
    """A masked field of touch size."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumHeight(44)
    return field


class AddOperatorBox(QGroupBox):
    """The add form; the core checks everything again and audits the change."""

    def __init__(
        self,
        controller: VisitController,
        on_added: Callable[[str], None],
        on_problem: Callable[[Problem], None],
        on_refused: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self.ctl = controller
        self._on_added, self._on_problem, self._on_refused = on_added, on_problem, on_refused
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above: narrow
        self.new_name = QLineEdit()
        self.new_name.setMaxLength(100)
        self.new_name_label = QLabel()
        form.addRow(self.new_name_label, self.new_name)
        self.role_boxes = {role: QCheckBox() for role in ROLE_VALUES}
        self.roles_label = QLabel()
        roles = QVBoxLayout()
        for box in self.role_boxes.values():
            box.setMinimumHeight(44)
            roles.addWidget(box)
        form.addRow(self.roles_label, roles)
        self.add_password, self.add_password_again = password_field(), password_field()
        self.add_password_label, self.add_password_again_label = QLabel(), QLabel()
        form.addRow(self.add_password_label, self.add_password)
        form.addRow(self.add_password_again_label, self.add_password_again)
        row = QHBoxLayout()
        form.addRow(row)
        self.add = QPushButton()
        self.add.setMinimumHeight(44)
        self.add.clicked.connect(self._add_operator)
        row.addWidget(self.add)
        for label, field in (
            (self.new_name_label, self.new_name),
            (self.add_password_label, self.add_password),
            (self.add_password_again_label, self.add_password_again),
        ):
            label.setBuddy(field)
        self.setMaximumWidth(420)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Texts in the language on show."""
        self.setTitle(self.tr("Nieuwe operator"))
        set_text(self.new_name_label, self.tr("Naam om aan te melden"))
        self.new_name.setAccessibleName(self.tr("Naam om aan te melden"))
        set_text(self.roles_label, self.tr("Rollen"))
        for role, box in self.role_boxes.items():
            box.setText(role_name(role))
            box.setAccessibleName(role_name(role))
        set_text(self.add_password_label, self.tr("Wachtwoord"))
        set_text(self.add_password_again_label, self.tr("Nog eens hetzelfde wachtwoord"))
        self.add_password.setAccessibleName(self.tr("Wachtwoord"))
        self.add_password_again.setAccessibleName(self.tr("Nog eens hetzelfde wachtwoord"))
        set_text(self.add, self.tr("Operator toevoegen"))

    def _add_operator(self) -> None:
        name = self.new_name.text().strip()
        roles = frozenset(role for role, box in self.role_boxes.items() if box.isChecked())
        password = self.add_password.text()
        problem = check_new_operator(name, roles, password, self.add_password_again.text())
        if problem is not None:
            self._on_problem(problem)
            return
        self.add_password.clear()
        self.add_password_again.clear()
        backend = self.ctl.terminal.backend
        self.ctl.terminal.db.submit(
            lambda: backend.add_operator(name, roles, password),
            lambda _r: self._added(name),
            self._on_refused,
        )

    def _added(self, name: str) -> None:
        self.wipe()
        self._on_added(name)

    def wipe(self) -> None:
        """Forget what was typed."""
        for field in (self.new_name, self.add_password, self.add_password_again):
            field.clear()
        for box in self.role_boxes.values():
            box.setChecked(False)
