"""Operator sign-in (a volunteer, WIL staff or a coordinator)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from ui.navigation import ScreenKey
from ui.screens.base import Screen, set_text
from ui.terminal import RefusalKind, SignInRefusal


class SignInScreen(Screen):
    """Name and password; in training mode the demo operators are listed."""

    key = ScreenKey.SIGN_IN

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
            self.tr("Oefenmodus: meld u aan als vrijwilliger, wil of coordinator, met wachtwoord oefen."),
        )
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
        self.terminal.sign_in(self.name.text(), self.password.text())
        self.password.clear()

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
