"""The thin main window: banner, top bar, stacked screens, the sync strip, and kiosk-mode guards.

Everything about the visit lives in the controller and the screens; this window only arranges
them, applies the theme and language, shows the inactivity warning, and refuses to close in kiosk
mode unless an operator confirms.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.controller import (
    AWAITING_CARD,
    CONFIRM,
    COORDINATOR,
    DECLARATIONS,
    END,
    EVIDENCE,
    HOME,
    HOUSEHOLD,
    IDENTITY,
    INSERT_CARD,
    PRIVACY,
    RECEIPT,
    REVIEW,
    SIGN_IN,
    VisitController,
)
from ui.i18n import LANGUAGES, LanguageSwitcher
from ui.idle import IdleWatch
from ui.screens.base import Screen, set_text
from ui.sound import beep
from ui.speech import Speaker
from ui.theme import ThemeState

log = logging.getLogger(__name__)

# Every screen, in the order of a visit; each is imported and built when first needed (the sign-in
# screen at start, the others just after the first paint), so the first screen shows at once.
SCREEN_MODULES: dict[str, str] = {
    SIGN_IN: "ui.screens.sign_in.SignInScreen",
    HOME: "ui.screens.home.HomeScreen",
    PRIVACY: "ui.screens.privacy.PrivacyScreen",
    INSERT_CARD: "ui.screens.insert_card.InsertCardScreen",
    AWAITING_CARD: "ui.screens.awaiting_card.AwaitingCardScreen",
    IDENTITY: "ui.screens.identity.IdentityScreen",
    HOUSEHOLD: "ui.screens.household.HouseholdScreen",
    DECLARATIONS: "ui.screens.declarations.DeclarationsScreen",
    EVIDENCE: "ui.screens.evidence.EvidenceScreen",
    CONFIRM: "ui.screens.confirm.ConfirmScreen",
    REVIEW: "ui.screens.review.ReviewScreen",
    RECEIPT: "ui.screens.receipt.ReceiptScreen",
    END: "ui.screens.end.EndScreen",
    COORDINATOR: "ui.screens.coordinator.CoordinatorScreen",
}


def screen_class(key: str) -> type[Screen]:
    """The class of screen `key` (imports its module)."""
    module_name, _, class_name = SCREEN_MODULES[key].rpartition(".")
    cls = getattr(importlib.import_module(module_name), class_name)
    if not (isinstance(cls, type) and issubclass(cls, Screen) and cls.key == key):
        raise TypeError(f"{SCREEN_MODULES[key]} is not the screen {key!r}")
    return cls


def screen_classes() -> list[type[Screen]]:
    """Every screen class (tests and catalogues)."""
    return [screen_class(key) for key in SCREEN_MODULES]


class Screens(Mapping[str, Screen]):
    """The window's screens by key, each built on first access and added to the stack."""

    def __init__(self, controller: VisitController, stack: QStackedWidget) -> None:
        self._controller, self._stack = controller, stack
        self._built: dict[str, Screen] = {}

    def __getitem__(self, key: str) -> Screen:
        if key not in self._built:
            screen = screen_class(key)(self._controller)
            self._built[key] = screen
            self._stack.addWidget(screen)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
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
        self.theme = ThemeState()
        self.apply_theme()
        self.speaker = Speaker(self)  # looks for an engine after the first paint; dies with the window
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
        column.addLayout(self._top_bar())
        self.idle_warning = self._warning_line(column, "idleWarning")
        self.draft_warning = self._warning_line(column, "draftWarning")
        self.stack = QStackedWidget()
        column.addWidget(self.stack, 1)
        self.screens = Screens(controller, self.stack)
        strip = QHBoxLayout()
        self.sync_strip = QLabel()
        self.sync_strip.setObjectName("syncStrip")
        self.sync_strip.setWordWrap(True)
        strip.addWidget(self.sync_strip, 1)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("syncButton")
        self.sync_button.clicked.connect(controller.sync_now)
        strip.addWidget(self.sync_button)
        column.addLayout(strip)
        self._connect()
        self.retranslate()
        self.show_screen(SIGN_IN)

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

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData()
        self.ctl.session.candidate_language = code  # the papers' summary follows the candidate
        self.switcher.switch(code)

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setContentsMargins(16, 8, 16, 0)
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        for lang in LANGUAGES:
            self.language.addItem(lang.native_name, lang.code)
        self.language.currentIndexChanged.connect(self._language_chosen)
        bar.addWidget(self.language)
        self.font_button = QPushButton()
        self.font_button.clicked.connect(self._next_font)
        bar.addWidget(self.font_button)
        self.contrast_button = QPushButton()
        self.contrast_button.setCheckable(True)
        self.contrast_button.toggled.connect(self._toggle_contrast)
        bar.addWidget(self.contrast_button)
        self.read_aloud = QPushButton()
        self.read_aloud.clicked.connect(self._read_aloud)
        self.read_aloud.setVisible(False)  # shown once an engine is found, on candidate-facing screens
        self.speaker.availability_changed.connect(self._update_read_aloud)
        self.speaker.busy.connect(self._show_busy)  # the engine's first start takes seconds
        bar.addWidget(self.read_aloud)
        bar.addStretch(1)
        self.busy = QLabel()
        self.busy.setObjectName("busyIndicator")
        bar.addWidget(self.busy)
        return bar

    def _connect(self) -> None:
        self.ctl.navigate.connect(self.show_screen)
        self.ctl.draft_saved.connect(self._draft_saved)
        self.ctl.wiped.connect(self.wipe_screens)
        self.ctl.wiped.connect(self.speaker.stop)  # nothing personal goes on being read after a wipe
        self.ctl.busy.connect(self._show_busy)
        self.ctl.operator_changed.connect(self._operator_changed)
        self.ctl.queue_changed.connect(self._queue_changed)
        self.ctl.sync_finished.connect(self._sync_finished)
        self.idle.warning.connect(self._idle_warning)
        self.idle.warning_cleared.connect(self.idle_warning.hide)
        self.idle.visit_expired.connect(self._idle_expired)
        self.idle.operator_locked.connect(self.ctl.sign_out)

    # -- screens -------------------------------------------------------------------------------
    def show_screen(self, key: str) -> None:
        """Bring a screen forward and refresh it."""
        if key == PRIVACY:  # a new visit: an earlier draft's failure has been seen
            self.draft_warning.hide()
        screen = self.screens[key]
        if key == END:
            screen.idle_ended = getattr(self, "_ended_by_idle", False)  # type: ignore[attr-defined]
            self._ended_by_idle = False
        self.stack.setCurrentWidget(screen)
        screen.enter()
        self._update_read_aloud()
        self.idle.set_visit_running(self.ctl.session.running)
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
            self._show_draft_warning()
            self.draft_warning.show()

    def _show_draft_warning(self) -> None:
        set_text(
            self.draft_warning,
            self.tr(
                "Let op: het concept kon niet bewaard worden. Wat in dit bezoek gedaan is, moet opnieuw. "
                "Vraag hulp aan de coördinator."
            ),
        )

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
        self.ctl.save_draft()
        self.ctl.end_visit()
        self.ctl.go(END)

    # -- look and language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts of the window's own widgets."""
        set_text(self.banner, self.tr("OEFENMODUS: oefenkaarten en een oefenregister. Niets is echt."))
        self._show_draft_warning()
        set_text(self.font_button, self.tr("Grotere letters"))
        set_text(self.contrast_button, self.tr("Hoog contrast"))
        set_text(self.read_aloud, self.tr("Voorlezen"))
        self.language.setAccessibleName(self.tr("Taal"))
        set_text(self.sync_button, self.tr("Nu verzenden"))
        self._show_sync_state()
        self._update_window_title()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch; the visit stays as it is."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def apply_theme(self) -> None:
        """Apply contrast and font size to the whole application."""
        app = QApplication.instance()
        css = self.theme.css()
        # Re-polishing every widget costs tens of milliseconds: only when the style really changes.
        if isinstance(app, QApplication) and app.styleSheet() != css:
            app.setStyleSheet(css)

    def _next_font(self) -> None:
        self.theme.next_font_step()
        self.apply_theme()

    def _toggle_contrast(self, on: bool) -> None:
        self.theme.high_contrast = on
        self.apply_theme()

    def _update_read_aloud(self, _available: bool = True) -> None:
        # Only candidate-facing screens are read aloud; operator screens never are.
        self.read_aloud.setVisible(self.speaker.available and self.current_screen().candidate_facing)

    def _read_aloud(self) -> None:
        """The candidate pressed "read aloud": the current screen's text, in the language on show."""
        screen = self.current_screen()
        if not screen.candidate_facing:
            return
        self.speaker.read_screen(screen, self.switcher.current.code)

    def _queue_changed(self, counts: object) -> None:
        if isinstance(counts, dict):
            self._counts = counts
            self._show_sync_state()

    def _sync_finished(self, report: object) -> None:
        self._offline = isinstance(report, BaseException) or bool(getattr(report, "offline", False))
        self._show_sync_state()

    def _show_sync_state(self) -> None:
        counts: dict[str, int] = getattr(self, "_counts", {})
        if getattr(self, "_offline", False):
            text = self.tr("Verzenden: het register is nu niet bereikbaar. We proberen later opnieuw.")
        elif not counts:
            text = self.tr("Verzenden: even kijken…")
        elif counts.get("queued", 0) + counts.get("sending", 0):
            waiting = counts.get("queued", 0) + counts.get("sending", 0)
            text = self.tr("Verzenden: %1 wachten op het register.").replace("%1", str(waiting))
        else:
            text = self.tr("Verzenden: alles is verzonden.")
        if counts.get("quarantined", 0):
            text += " " + self.tr("%1 in quarantaine: roep de coördinator.").replace(
                "%1", str(counts["quarantined"])
            )
        set_text(self.sync_strip, text)

    def _show_busy(self, busy: bool) -> None:
        self.busy.setText(self.tr("Even geduld…") if busy else "")

    def _operator_changed(self) -> None:
        self.idle.set_operator_signed_in(self.ctl.operator is not None)
        if self.ctl.operator is None:
            self.language.setCurrentIndex(0)

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
        self.ctl.end_visit()
        self.ctl.shutdown()
        event.accept()

    def allow_close(self) -> None:
        """Let the next close pass (an operator confirmed, or the program is told to quit)."""
        self._may_close = True

    def go_home_or_sign_in(self) -> None:
        """After a lock or at start."""
        self.show_screen(HOME if self.ctl.operator else SIGN_IN)
