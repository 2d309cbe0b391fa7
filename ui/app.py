"""The GUI's composition: QApplication, language, theme, controller, window, kiosk mode.

`build_kiosk` assembles everything without showing it (tests and benchmarks use it);
`run_gui` shows it full screen and frameless (kiosk mode) or as a normal window (`--windowed`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.clock import SystemClock
from kiosk.config import load_settings, resolve_data_dir
from kiosk.ports import Clock
from ui.adapters import VirtualCardReader
from ui.card_worker import GuiPinSource
from ui.controller import OperatorDirectory, Services, VisitController
from ui.demo_panel import DemoCardPanel
from ui.exit_dialog import operator_confirms_exit
from ui.i18n import LanguageSwitcher
from ui.idle import IdleWatch
from ui.main_window import MainWindow
from ui.theme import ThemeState
from ui.training import TrainingOperators


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
    clock: Clock | None = None,
    idle_seconds: tuple[float, float, float] = (90, 120, 600),
    confirm_exit: Callable[[QWidget], bool] | None = None,
) -> Kiosk:
    """Assemble the kiosk; `idle_seconds` = (warn, end visit, lock operator)."""
    app = application()
    clock = clock or SystemClock()
    switcher = LanguageSwitcher(app)
    app.setStyleSheet(ThemeState().css())  # before any widget exists, so size hints include it
    if not training:
        return _production_not_built(app, clock, switcher, kiosk_mode, idle_seconds, confirm_exit)
    pin_source = GuiPinSource()
    reader = VirtualCardReader(pin_source, clock.today)
    operators: OperatorDirectory = TrainingOperators()
    services = Services(
        clock=clock, card_reader=reader, operators=operators, training=True, pin_source=pin_source
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
        confirm_exit or operator_confirms_exit(operators),
        side_panel=panel,
    )  # type: ignore[arg-type]
    app.installEventFilter(idle)
    idle.start()
    return Kiosk(app, window, controller, idle, switcher, reader, panel)


def _production_not_built(
    app: QApplication,
    clock: Clock,
    switcher: LanguageSwitcher,
    kiosk_mode: bool,
    idle_seconds: tuple[float, float, float],
    confirm_exit: Callable[[QWidget], bool] | None,
) -> Kiosk:
    # INTERIM: the production kiosk needs the core's store and operators and the PC/SC card
    # monitor; until they land it only runs in training mode. The CLI refuses before we get here.
    raise NotImplementedError("the production kiosk needs the core store and the PC/SC reader")


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
    if training:
        data_dir = _training_dir(data_dir, explicit=bool(args.data_dir))
    settings = load_settings(data_dir, training=training)
    kiosk_mode = settings.kiosk_mode and not args.windowed
    kiosk = build_kiosk(
        training=training,
        kiosk_mode=kiosk_mode,
        idle_seconds=(
            settings.idle_warning_seconds,
            settings.idle_end_seconds,
            settings.operator_lock_seconds,
        ),
    )
    kiosk.switcher.switch(settings.language)
    show(kiosk, kiosk_mode)
    return int(kiosk.app.exec())


def _training_dir(data_dir: Path, explicit: bool) -> Path:
    """Training mode keeps its own directory, never the production one."""
    chosen = data_dir if explicit else data_dir.with_name(data_dir.name + "-training")
    chosen.mkdir(parents=True, exist_ok=True)
    return chosen
