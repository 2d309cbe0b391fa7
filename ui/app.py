"""The GUI's composition: QApplication, language, theme, back end, controller, window, kiosk mode.

`build_kiosk` assembles everything without showing it (tests and benchmarks use it);
`run_gui` shows it full screen and frameless (kiosk mode) or as a normal window (`--windowed`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.clock import SystemClock
from kiosk.config import load_settings, resolve_data_dir
from kiosk.ports import Clock
from ui.adapters import VirtualCardReader
from ui.backend import Backend, start_training, training_data_dir
from ui.card_worker import GuiPinSource
from ui.controller import Services, VisitController
from ui.demo_panel import DemoCardPanel
from ui.exit_dialog import operator_confirms_exit
from ui.i18n import LanguageSwitcher
from ui.idle import IdleWatch
from ui.main_window import MainWindow
from ui.theme import ThemeState


@dataclass
class Kiosk:
    """The assembled GUI."""

    app: QApplication
    window: MainWindow
    controller: VisitController
    idle: IdleWatch
    switcher: LanguageSwitcher
    reader: VirtualCardReader | None
    panel: DemoCardPanel | None
    backend: Backend

    def close(self) -> None:
        """Close the window for real and stop the back end (tests; `kiosk demo` at exit)."""
        self.window.allow_close()
        self.window.close()
        self.app.removeEventFilter(self.idle)
        self.idle.stop()
        self.backend.close()


def application() -> QApplication:
    """The process's QApplication (created once)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("cir-kiosk")
    return app


def build_kiosk(
    *,
    training: bool,
    kiosk_mode: bool,
    data_dir: Path,
    clock: Clock | None = None,
    idle_seconds: tuple[float, float, float] = (90, 120, 600),
    confirm_exit: Callable[[QWidget], bool] | None = None,
) -> Kiosk:
    """Assemble the kiosk; `idle_seconds` = (warn, end visit, lock operator)."""
    if not training:
        # INTERIM: the production composition (keyring store, PC/SC card monitor) is not wired yet;
        # `ui.cli` refuses before we get here.
        raise NotImplementedError("the production kiosk is not wired yet: use `kiosk demo`")
    app = application()
    clock = clock or SystemClock()
    switcher = LanguageSwitcher(app)
    app.setStyleSheet(ThemeState().css())  # before any widget exists, so size hints include it
    backend = start_training(data_dir, clock)
    pin_source = GuiPinSource()
    reader = VirtualCardReader(pin_source, clock.today)
    services = Services(
        clock=clock, card_reader=reader, backend=backend, training=True, pin_source=pin_source
    )
    controller = VisitController(services)
    pin_source.setParent(controller)
    idle = IdleWatch(clock, *idle_seconds)
    panel = DemoCardPanel(controller, reader)
    window = MainWindow(
        controller,
        switcher,
        idle,
        kiosk_mode,
        confirm_exit or operator_confirms_exit(backend),
        side_panel=panel,
    )
    app.installEventFilter(idle)
    idle.start()
    return Kiosk(app, window, controller, idle, switcher, reader, panel, backend)


def show(kiosk: Kiosk, kiosk_mode: bool) -> None:
    """Show the window: frameless full screen in kiosk mode, a normal window otherwise."""
    window = kiosk.window
    if kiosk_mode:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        window.showFullScreen()
    else:
        window.resize(1280, 860)
        window.show()


def run_gui(args: argparse.Namespace, training: bool) -> int:
    """Run the kiosk until an operator closes it."""
    data_dir = resolve_data_dir(args.data_dir)
    if training and not args.data_dir:
        data_dir = training_data_dir(data_dir)  # never the production directory
    settings = load_settings(data_dir, training=training)
    kiosk_mode = settings.kiosk_mode and not args.windowed
    kiosk = build_kiosk(
        training=training,
        kiosk_mode=kiosk_mode,
        data_dir=data_dir,
        idle_seconds=(
            settings.idle_warning_seconds,
            settings.idle_end_seconds,
            settings.operator_lock_seconds,
        ),
    )
    kiosk.switcher.switch(settings.language)
    show(kiosk, kiosk_mode)
    timer = background_sync(kiosk, settings.sync_interval_seconds)
    try:
        return int(kiosk.app.exec())
    finally:
        timer.stop()
        kiosk.controller.shutdown()
        kiosk.backend.close()


def background_sync(kiosk: Kiosk, interval_seconds: int) -> QTimer:
    """Sync now and then every `interval_seconds` on the sync worker (the strip shows the state)."""
    timer = QTimer(kiosk.window)
    timer.setInterval(max(5, interval_seconds) * 1000)
    timer.timeout.connect(kiosk.controller.sync_now)
    timer.start()
    kiosk.controller.sync_now()
    return timer
