"""Operator sign-in (a volunteer, WIL staff or a coordinator).

A password set before the password rules (`kiosk.passwords`: 8 characters at least, not a common
one) still opens the kiosk once: the core answers `PasswordChangeRequired`, and this screen asks for
a new password, typed twice, and signs in with it (the core replaces the password in the same step).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.navigation import ScreenKey
from ui.screens.base import Screen, set_text
from ui.terminal import RefusalKind, SignInRefusal


class SignInScreen(Screen):
    """Name and password; in training mode the demo operators are listed."""

    key = ScreenKey.SIGN_IN
    _current_password = ""  # kept only while the operator chooses a new one

    def build(self) -> None:
        self.intro = self.label()
        self.name_label = self.label()
        self.name = QLineEdit()
        self.name.setObjectName("operatorName")
        self.layout_.addWidget(self.name)
        self.password_label = self.label()
        self.password = QLineEdit()
        self.password.setObjectName("operatorPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._sign_in)
        self.layout_.addWidget(self.password)
        self._build_change_box()
        self.error = self.label(role="warning")
        self.error.hide()
        self.training_hint = self.label(role="hint")
        self.submit = self.button(self._sign_in, primary=True)
        # The store opens while the operator types: say so, and say it clearly if it cannot.
        self.starting = self.label(role="hint")
        self.starting.setObjectName("startingHint")
        self.startup_failed = self.label(role="warning")
        self.startup_failed.setObjectName("startupFailed")
        self.startup_failed.hide()
        self.quit = self.button(self._quit)
        self.quit.hide()
        self.layout_.addStretch(1)
        self.terminal.sign_in_failed.connect(self._refused)
        self.terminal.backend_ready.connect(self._backend_ready)
        self.terminal.backend_failed.connect(self._backend_failed)
        self.starting.setVisible(not self.terminal.backend_loaded)

    def _build_change_box(self) -> None:
        """The new password, typed twice, shown when the core asks for one."""
        self.change_box = QWidget()
        self.change_box.setObjectName("passwordChange")
        column = QVBoxLayout(self.change_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.change_intro = self.label(role="hint")
        self.new_password_label = self.label()
        self.new_password = self._password_field("newPassword")
        self.new_password_again_label = self.label()
        self.new_password_again = self._password_field("newPasswordAgain")
        self.new_password_again.returnPressed.connect(self._set_new_password)
        self.set_new = QPushButton()
        self.set_new.setProperty("primary", True)
        self.set_new.clicked.connect(self._set_new_password)
        self.cancel_change = QPushButton()
        self.cancel_change.clicked.connect(self._leave_change)
        for widget in (
            self.change_intro,
            self.new_password_label,
            self.new_password,
            self.new_password_again_label,
            self.new_password_again,
            self.set_new,
            self.cancel_change,
        ):
            column.addWidget(widget)  # moved from the screen's column into the box
        self.layout_.addWidget(self.change_box)
        self.change_box.hide()

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def retranslate(self) -> None:
        set_text(self.title, self.tr("Aanmelden"))
        set_text(self.intro, self.tr("Meld u aan als vrijwilliger of medewerker voor u een bezoek start."))
        set_text(self.name_label, self.tr("Uw naam"))
        self.name.setAccessibleName(self.tr("Uw naam"))
        set_text(self.password_label, self.tr("Uw wachtwoord"))
        self.password.setAccessibleName(self.tr("Uw wachtwoord"))
        set_text(self.error, self.tr("Naam of wachtwoord klopt niet. Probeer opnieuw."))
        set_text(
            self.training_hint,
            self.tr(
                "Oefenmodus: meld u aan als vrijwilliger, wil of coordinator, met wachtwoord %1."
            ).replace("%1", _training_password()),
        )
        set_text(
            self.change_intro,
            self.tr(
                "Uw wachtwoord voldoet niet meer aan de regels: het is te kort of te gewoon. "
                "Kies nu een nieuw wachtwoord van minstens %1 tekens."
            ).replace("%1", str(_min_length())),
        )
        set_text(self.new_password_label, self.tr("Nieuw wachtwoord"))
        self.new_password.setAccessibleName(self.tr("Nieuw wachtwoord"))
        set_text(self.new_password_again_label, self.tr("Nieuw wachtwoord, nog een keer"))
        self.new_password_again.setAccessibleName(self.tr("Nieuw wachtwoord, nog een keer"))
        set_text(self.set_new, self.tr("Wachtwoord instellen en aanmelden"))
        set_text(self.cancel_change, self.tr("Annuleren"))
        set_text(self.submit, self.tr("Aanmelden"))
        set_text(self.starting, self.tr("De kiosk start op. U kunt uw naam en wachtwoord al typen."))
        set_text(
            self.startup_failed,
            self.tr("De kiosk kan niet starten: %1. Vraag hulp aan de coördinator.").replace(
                "%1", self.terminal.startup_error
            ),
        )
        set_text(self.quit, self.tr("Kiosk sluiten"))

    def enter(self) -> None:
        self._leave_change()
        self.submit.setEnabled(not self.terminal.startup_error)
        self.training_hint.setVisible(self.ctl.services.training)
        self.password.clear()
        self.name.clear()  # a shared terminal: the next operator starts from an empty form
        self.error.hide()
        self.name.setFocus()

    def _sign_in(self) -> None:
        if not self.submit.isEnabled():
            return  # Enter in the password field while a sign-in is already on its way
        self.error.hide()
        self.submit.setEnabled(False)  # unlocking the store takes a moment (argon2id)
        self._current_password = self.password.text()  # in case the core asks for a new one
        self.terminal.sign_in(self.name.text(), self._current_password)
        self.password.clear()

    def _set_new_password(self) -> None:
        from ui.operators import check_password, password_sentences

        if not self.set_new.isEnabled():
            return
        new = self.new_password.text()
        problem = check_password(new, self.new_password_again.text(), self.name.text().strip())
        if problem is not None:
            self._say(password_sentences()[problem])
            return
        self.error.hide()
        self.set_new.setEnabled(False)
        self.terminal.sign_in(self.name.text(), self._current_password, new)

    def _show_change(self) -> None:
        """The core asked for a new password: the name stays, the password field makes way."""
        for widget in (self.password_label, self.password, self.submit):
            widget.hide()
        self.name.setEnabled(False)
        self.change_box.show()
        self.set_new.setEnabled(True)
        self.new_password.clear()
        self.new_password_again.clear()
        self.new_password.setFocus()

    def _leave_change(self) -> None:
        self._current_password = ""
        self.change_box.hide()
        self.new_password.clear()
        self.new_password_again.clear()
        for widget in (self.password_label, self.password, self.submit):
            widget.show()
        self.name.setEnabled(not self.terminal.startup_error)
        self.submit.setEnabled(not self.terminal.startup_error)
        self.error.hide()

    def _say(self, sentence: str) -> None:
        set_text(self.error, sentence)
        self.error.show()

    def _backend_ready(self) -> None:
        self.starting.hide()

    def _backend_failed(self, _why: str) -> None:
        # Nothing can be done here without the store: no sign-in, only a way out (exit code 1).
        self.retranslate()
        self.starting.hide()
        self.startup_failed.show()
        for widget in (self.name, self.password, self.submit):
            widget.setEnabled(False)
        self.quit.show()
        self.quit.setFocus()

    def _quit(self) -> None:
        window = self.window()
        if window is not None:
            window.close()

    def _refused(self, refusal: SignInRefusal) -> None:
        if self.terminal.startup_error:
            return  # the start-up failure is what the screen says; no password was wrong
        self.submit.setEnabled(True)
        self.set_new.setEnabled(True)
        if refusal.kind is RefusalKind.PASSWORD_CHANGE_REQUIRED:
            self._show_change()
            return
        if self.change_box.isVisible() and refusal.kind is RefusalKind.NEW_PASSWORD_REFUSED:
            self._new_password_refused(refusal.problem)
            return
        self._current_password = ""
        if self.change_box.isVisible():
            self._leave_change()
        if refusal.kind is RefusalKind.LOCKED:
            # Five wrong passwords lock the name for five minutes: say so, or the operator keeps trying.
            set_text(
                self.error,
                self.tr(
                    "Te veel foute wachtwoorden: aanmelden kan pas over enkele minuten. "
                    "Wacht even of vraag de coördinator."
                ),
            )
        else:
            set_text(self.error, self.tr("Naam of wachtwoord klopt niet. Probeer opnieuw."))
        self.error.show()
        self.password.setFocus()

    def _new_password_refused(self, problem: str) -> None:
        from ui.operators import Problem, password_sentences

        sentences = password_sentences()
        sentence = sentences.get(Problem(problem)) if problem in Problem.__members__.values() else None
        self._say(sentence or self.tr("Dit wachtwoord kan niet. Kies een ander."))
        self.new_password.clear()
        self.new_password_again.clear()
        self.new_password.setFocus()


def _training_password() -> str:
    from kiosk.passwords import TRAINING_PASSWORD  # light: the first screen loads no database

    return TRAINING_PASSWORD


def _min_length() -> int:
    from kiosk.passwords import MIN_PASSWORD_LENGTH

    return MIN_PASSWORD_LENGTH
