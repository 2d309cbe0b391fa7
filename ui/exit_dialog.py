"""Leaving kiosk mode: an operator confirms with their name and password."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.errors import KioskUserError

if TYPE_CHECKING:
    from ui.controller import VisitController


class ExitDialog(QDialog):
    """Asks an operator's name and password before the kiosk closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kiosk afsluiten"))
        column = QVBoxLayout(self)
        column.addWidget(QLabel(self.tr("Alleen een operator kan de kiosk afsluiten.")))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Uw naam"))
        self.name.setPlaceholderText(self.tr("Uw naam"))
        column.addWidget(self.name)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Uw wachtwoord"))
        self.password.setPlaceholderText(self.tr("Uw wachtwoord"))
        column.addWidget(self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)


def operator_confirms_exit(controller: VisitController) -> Callable[[QWidget], bool]:
    """A `confirm_exit` callback for the main window that asks with `ExitDialog`.

    When the back end could not start there is no store to protect and nobody could sign in:
    the kiosk may close (`kiosk` then prints why and exits 1).
    """

    def confirm(parent: QWidget) -> bool:
        if controller.terminal.startup_error:
            return True
        if not controller.terminal.backend_loaded:
            return False  # still starting: ask again in a moment
        backend = controller.terminal.backend
        dialog = ExitDialog(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            backend.store.sign_in(dialog.name.text().strip(), dialog.password.text(), backend.clock.now())
        except KioskUserError:
            return False
        return True

    return confirm
