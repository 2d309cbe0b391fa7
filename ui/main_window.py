"""The thin main window: banner, top bar, stacked screens, the sync strip, and kiosk-mode guards.

Everything about the visit lives in the core's visit and its controller; this window only arranges
the screens, applies the person's language and look (`ui.presentation_bar`), shows the inactivity
warning, and refuses to close in kiosk mode unless an operator confirms.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.visit import Presentation
from ui.controller import VisitController
from ui.i18n import LanguageSwitcher
from ui.idle import IdleWatch
from ui.navigation import ScreenKey
from ui.presentation_bar import PresentationBar
from ui.screens.base import Screen, set_text
from ui.sound import beep
from ui.speech import Speaker
from ui.sync_strip import SyncStrip

log = logging.getLogger(__name__)

# Every screen, in the order of a visit; each is imported and built when first needed (the sign-in
# screen at start, the others just after the first paint), so the first screen shows at once.
SCREEN_MODULES: dict[ScreenKey, str] = {
    ScreenKey.SIGN_IN: "ui.screens.sign_in.SignInScreen",
    ScreenKey.HOME: "ui.screens.home.HomeScreen",
    ScreenKey.PRIVACY: "ui.screens.privacy.PrivacyScreen",
    ScreenKey.INSERT_CARD: "ui.screens.insert_card.InsertCardScreen",
    ScreenKey.AWAITING_CARD: "ui.screens.awaiting_card.AwaitingCardScreen",
    ScreenKey.IDENTITY: "ui.screens.identity.IdentityScreen",
    ScreenKey.HOUSEHOLD: "ui.screens.household.HouseholdScreen",
    ScreenKey.QUESTIONS: "ui.screens.questions.QuestionsScreen",
    ScreenKey.EVIDENCE: "ui.screens.evidence.EvidenceScreen",
    ScreenKey.CONFIRM: "ui.screens.confirm.ConfirmScreen",
    ScreenKey.REVIEW: "ui.screens.review.ReviewScreen",
    ScreenKey.RECEIPT: "ui.screens.receipt.ReceiptScreen",
    ScreenKey.END: "ui.screens.end.EndScreen",
    ScreenKey.COORDINATOR: "ui.screens.coordinator.CoordinatorScreen",
}


def screen_class(key: ScreenKey) -> type[Screen]:
    """The class of screen `key` (imports its module)."""
    module_name, _, class_name = SCREEN_MODULES[key].rpartition(".")
    cls = getattr(importlib.import_module(module_name), class_name)
    if not (isinstance(cls, type) and issubclass(cls, Screen) and cls.key == key):
        raise TypeError(f"{SCREEN_MODULES[key]} is not the screen {key!r}")
    return cls


def screen_classes() -> list[type[Screen]]:
    """Every screen class (tests and catalogues)."""
    return [screen_class(key) for key in SCREEN_MODULES]


class Screens(Mapping[ScreenKey, Screen]):
    """The window's screens by key, each built on first access and added to the stack."""

    def __init__(self, controller: VisitController, stack: QStackedWidget) -> None:
        self._controller, self._stack = controller, stack
        self._built: dict[ScreenKey, Screen] = {}

    def __getitem__(self, key: ScreenKey) -> Screen:
        key = ScreenKey(key)
        if key not in self._built:
            screen = screen_class(key)(self._controller)
            self._built[key] = screen
            self._stack.addWidget(screen)
        return self._built[key]

    def __iter__(self) -> Iterator[ScreenKey]:
        return iter(SCREEN_MODULES)

    def __len__(self) -> int:
        return len(SCREEN_MODULES)

    def built(self) -> list[Screen]:
        """The screens that exist so far (a screen not yet built shows nothing)."""
        return list(self._built.values())

    def build_next(self) -> bool:
        """Build one more screen; False when all are built."""
        for key in SCREEN_MODULES:
            if key not in self._built:
                self[key]
                return True
        return False


class MainWindow(QWidget):
    """Arranges the screens; see the module docstring."""

    def __init__(
        self,
        controller: VisitController,
        switcher: LanguageSwitcher,
        idle: IdleWatch,
        kiosk_mode: bool,
        confirm_exit: Callable[[QWidget], bool],
        side_panel: QWidget | None = None,
    ) -> None:
        super().__init__()
        self.ctl, self.switcher, self.idle = controller, switcher, idle
        self.kiosk_mode = kiosk_mode
        self._confirm_exit = confirm_exit
        self._may_close = False
        self._ended_by_idle = False
        self.setObjectName("mainWindow")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        outer.addLayout(column, 1)
        if side_panel is not None:
            outer.addWidget(side_panel)
        self.banner = QLabel()
        self.banner.setObjectName("trainingBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner.setVisible(controller.services.training)
        column.addWidget(self.banner)
        self.bar = PresentationBar(switcher)
        self.bar.apply_theme()
        column.addWidget(self.bar)
        self.speaker = Speaker(self)  # looks for an engine after the first paint; dies with the window
        self.idle_warning = self._warning_line(column, "idleWarning")
        self.draft_warning = self._warning_line(column, "draftWarning")
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        self.screens = Screens(controller, self.stack)
        self.sync_strip = SyncStrip(controller.terminal)
        column.addWidget(self.sync_strip)
        self._connect()
        self.retranslate()
        self.show_screen(ScreenKey.SIGN_IN)

    @staticmethod
    def _warning_line(column: QVBoxLayout, name: str) -> QLabel:
        """A hidden warning line above the screens (shown while it applies)."""
        label = QLabel()
        label.setObjectName(name)
        label.setProperty("role", "warning")
        label.setWordWrap(True)
        label.hide()
        column.addWidget(label)
        return label

    def build_remaining_screens(self) -> None:
        """Build the other screens one per event-loop turn, so typing on the first screen stays smooth."""
        if self.screens.build_next():
            QTimer.singleShot(0, self.build_remaining_screens)

    def _connect(self) -> None:
        self.ctl.navigate.connect(self.show_screen)
        self.ctl.draft_saved.connect(self._draft_saved)
        self.ctl.wiped.connect(self.wipe_screens)
        self.ctl.wiped.connect(self.speaker.stop)  # nothing personal goes on being read after a wipe
        self.ctl.presentation_changed.connect(self.bar.show_presentation)
        self.ctl.terminal.busy.connect(self._show_busy)
        self.ctl.terminal.operator_changed.connect(self._operator_changed)
        self.bar.changed.connect(self._presentation_chosen)
        self.bar.read_aloud.clicked.connect(self._read_aloud)
        self.speaker.availability_changed.connect(self._update_read_aloud)
        self.speaker.busy.connect(self._show_busy)  # the engine's first start takes seconds
        self.idle.warning.connect(self._idle_warning)
        self.idle.warning_cleared.connect(self.idle_warning.hide)
        self.idle.visit_expired.connect(self._idle_expired)
        self.idle.operator_locked.connect(self.ctl.sign_out)

    # -- screens -------------------------------------------------------------------------------
    def show_screen(self, key: object) -> None:
        """Bring a screen forward and refresh it."""
        screen_key = ScreenKey(str(key)) if not isinstance(key, ScreenKey) else key
        if screen_key is ScreenKey.PRIVACY:  # a visit is on: an earlier draft's failure has been seen
            self.draft_warning.hide()
        screen = self.screens[screen_key]
        if screen_key is ScreenKey.END:
            screen.idle_ended = self._ended_by_idle  # type: ignore[attr-defined]
            self._ended_by_idle = False
        self.stack.setCurrentWidget(screen)
        screen.enter()
        self._update_read_aloud()
        self.idle.set_visit_running(self.ctl.visit is not None and self.ctl.visit.running)
        self._update_window_title()

    def current_screen(self) -> Screen:
        """The screen on show."""
        widget = self.stack.currentWidget()
        if not isinstance(widget, Screen):
            raise TypeError("the stack holds only screens")
        return widget

    def wipe_screens(self) -> None:
        """Every screen drops its personal data."""
        for screen in self.screens.built():
            screen.wipe()
        self._update_window_title()

    def _update_window_title(self) -> None:
        # Never personal data in the title: only the product and the mode.
        mode = self.tr(" (oefenmodus)") if self.ctl.services.training else ""
        self.setWindowTitle(self.tr("CIR-kiosk") + mode)

    def _draft_saved(self, result: object) -> None:
        # The visit was wiped when the draft went to the database worker: if the save failed, say so
        # until the next visit starts, so nobody believes the household's work is kept.
        if isinstance(result, BaseException):
            log.warning("a draft could not be saved (%s)", type(result).__name__)
            self.draft_warning.show()

    # -- the person's language and look ------------------------------------------------------------
    def _presentation_chosen(self, presentation: Presentation) -> None:
        if self.ctl.visit is not None and self.ctl.visit.running:
            self.ctl.set_presentation(presentation)  # the candidate's, until the visit ends
        else:
            self.bar.operator_presentation = presentation

    def _operator_changed(self) -> None:
        self.idle.set_operator_signed_in(self.ctl.terminal.operator is not None)
        if self.ctl.terminal.operator is None:  # the next operator starts from the terminal's settings
            self.bar.operator_presentation = Presentation(language=self.bar.operator_presentation.language)
            self.bar.show_presentation(None)

    # -- inactivity ----------------------------------------------------------------------------
    def _idle_warning(self, seconds_left: int) -> None:
        set_text(
            self.idle_warning,
            self.tr(
                "Bent u er nog? Over %1 seconden sluiten we het bezoek en wissen we het scherm. "
                "Raak het scherm aan of druk op een toets om verder te gaan."
            ).replace("%1", str(seconds_left)),
        )
        if self.idle_warning.isHidden():
            self.idle_warning.show()
        beep()

    def _idle_expired(self) -> None:
        self.idle_warning.hide()
        self._ended_by_idle = True
        self.ctl.end_visit(keep=True)

    # -- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts of the window's own widgets."""
        set_text(self.banner, self.tr("OEFENMODUS: oefenkaarten en een oefenregister. Niets is echt."))
        set_text(
            self.draft_warning,
            self.tr(
                "Let op: het concept kon niet bewaard worden. Wat in dit bezoek gedaan is, moet opnieuw. "
                "Vraag hulp aan de coördinator."
            ),
        )
        self._update_window_title()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch; the visit stays as it is."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_read_aloud(self, _available: bool = True) -> None:
        # Only candidate-facing screens are read aloud; operator screens never are.
        self.bar.read_aloud.setVisible(self.speaker.available and self.current_screen().candidate_facing)

    def _read_aloud(self) -> None:
        """The candidate pressed "read aloud": the current screen's text, in the language on show."""
        screen = self.current_screen()
        if screen.candidate_facing:
            self.speaker.read_screen(screen, self.switcher.current.code)

    def _show_busy(self, busy: bool) -> None:
        self.bar.busy.setText(self.tr("Even geduld…") if busy else "")

    # -- kiosk mode ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape asks to leave; in kiosk mode only an operator may confirm."""
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Refuse to close in kiosk mode unless an operator confirms (Alt+F4, Escape, the WM)."""
        if self.kiosk_mode and not self._may_close and not self._confirm_exit(self):
            event.ignore()
            return
        self.idle.stop()
        self.speaker.shutdown()
        if self.ctl.visit is not None:
            self.ctl.end_visit(keep=True)
        self.ctl.shutdown()
        event.accept()

    def allow_close(self) -> None:
        """Let the next close pass (an operator confirmed, or the program is told to quit)."""
        self._may_close = True

    def go_home_or_sign_in(self) -> None:
        """After a lock or at start."""
        self.show_screen(ScreenKey.HOME if self.ctl.terminal.operator else ScreenKey.SIGN_IN)
