"""The GUI's composition: QApplication, language, theme, back end, controller, window, kiosk mode.

`build_kiosk` assembles everything without showing it (tests and benchmarks use it);
`run_gui` shows it full screen and frameless (kiosk mode) or as a normal window (`--windowed`).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from threading import Event
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.clock import SystemClock
from kiosk.config import Settings, load_settings, resolve_data_dir
from kiosk.logsetup import configure_logging, log_file_name
from kiosk.ports import Clock
from ui.adapters import VirtualCardReader
from ui.card_worker import GuiPinSource
from ui.controller import VisitController
from ui.demo_panel import DemoCardPanel
from ui.exit_dialog import operator_confirms_exit
from ui.i18n import LanguageSwitcher
from ui.idle import IdleWatch
from ui.main_window import MainWindow
from ui.terminal import CardReader, Services
from ui.theme import ThemeState

if TYPE_CHECKING:
    from cardreader.pcsc import CardMonitor
    from ui.backend import Backend

log = logging.getLogger(__name__)


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

    @property
    def backend(self) -> Backend:
        """The back end (once loaded: `build_kiosk` loads it before returning unless deferred)."""
        return self.controller.terminal.backend

    def close(self) -> None:
        """Close the window for real and stop the back end (tests; `kiosk demo` at exit)."""
        self.window.allow_close()
        self.window.close()
        self.app.removeEventFilter(self.idle)
        self.idle.stop()
        self.controller.shutdown()  # waits for a back end still starting on the database worker
        if self.controller.terminal.backend_loaded:
            self.backend.close()


def application() -> QApplication:
    """The process's QApplication (created once)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("cir-kiosk")
    collect_garbage_on_the_gui_thread(app)
    return app


def collect_garbage_on_the_gui_thread(app: QApplication, interval_ms: int = 5000) -> QTimer:
    """Run Python's cycle collector only on the GUI thread, as Anki does.

    Left automatic, the collector runs on whichever thread happens to allocate (a card, database or
    sync worker) and may destroy Qt objects there, which crashes Qt. So automatic collection is off
    and a GUI-thread timer collects instead.
    """
    gc.disable()
    timer = QTimer(app)
    timer.timeout.connect(gc.collect)
    timer.start(interval_ms)
    return timer


def build_kiosk(
    *,
    training: bool,
    kiosk_mode: bool,
    data_dir: Path,
    clock: Clock | None = None,
    idle_seconds: tuple[float, float, float] = (90, 120, 600),
    confirm_exit: Callable[[QWidget], bool] | None = None,
    card_reader: Callable[[GuiPinSource, Clock], CardReader] | None = None,
    ca_bundle: str = "",
    deferred: bool = False,
) -> Kiosk:
    """Assemble the kiosk; `idle_seconds` = (warn, end visit, lock operator).

    The back end is loaded before this returns, unless `deferred`: then the caller shows the
    window first and calls `start_backend` (what `kiosk` and `kiosk demo` do, so the sign-in
    screen is up while the store opens).
    """
    app = application()
    clock = clock or SystemClock()
    switcher = LanguageSwitcher(app)
    app.setStyleSheet(ThemeState().css())  # before any widget exists, so size hints include it
    loader = backend_loader(training, data_dir, clock, ca_bundle)
    pin_source = GuiPinSource()
    # Training mode's in-process virtual cards with their panel, unless a reader is given (pcscd).
    virtual = VirtualCardReader(pin_source, clock.today) if card_reader is None else None
    reader: CardReader = virtual if virtual is not None else card_reader(pin_source, clock)  # type: ignore[misc]
    services = Services(clock=clock, card_reader=reader, training=training, pin_source=pin_source)
    controller = VisitController(services)
    if not deferred:
        controller.terminal.attach_backend(loader())
    controller.terminal.backend_loader = loader
    pin_source.setParent(controller)
    idle = IdleWatch(clock, *idle_seconds)
    panel = DemoCardPanel(controller, virtual) if virtual is not None else None
    window = MainWindow(
        controller,
        switcher,
        idle,
        kiosk_mode,
        confirm_exit or operator_confirms_exit(controller),
        side_panel=panel,
    )
    if not deferred:
        while window.screens.build_next():  # tests and tools get every screen at once
            pass
    app.installEventFilter(idle)
    idle.start()
    return Kiosk(app, window, controller, idle, switcher, virtual, panel)


def training_data_dir(data_dir: Path) -> Path:
    """Training mode's own data directory: never the production one."""
    return data_dir.with_name(data_dir.name + "-training")


def backend_loader(training: bool, data_dir: Path, clock: Clock, ca_bundle: str) -> Callable[[], Backend]:
    """How to build the back end; the import is inside, so SQLAlchemy and the rest load only then."""

    def load() -> Backend:
        from ui.backend import open_production, start_training

        backend = start_training(data_dir, clock) if training else open_production(data_dir, clock, ca_bundle)
        backend.office = load_settings(data_dir, training=training).chosen_office  # printed on the papers
        return backend

    return load


def start_backend(kiosk: Kiosk) -> None:
    """Load a deferred back end on the database worker; the sign-in screen shows the progress."""
    loader = kiosk.controller.terminal.backend_loader
    if loader is not None:
        kiosk.controller.terminal.load_backend(loader)


def show(kiosk: Kiosk, kiosk_mode: bool) -> None:
    """Show the window: frameless full screen in kiosk mode, a normal window otherwise."""
    window = kiosk.window
    if kiosk_mode:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        screen = window.screen()
        if screen is not None:
            window.setGeometry(screen.geometry())  # also without a window manager (a bare X server)
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
    if not training:
        from kiosk.store import require_database  # SQLAlchemy: only for the production check

        # Said at once on the command line: with no store (or an empty file) there is no window to show.
        require_database(data_dir)
    start_logging(settings)
    reader_factory = None if training else _pcsc_reader(settings.allow_virtual_readers)
    kiosk = build_kiosk(
        training=training,
        kiosk_mode=kiosk_mode,
        data_dir=data_dir,
        card_reader=reader_factory,
        ca_bundle=settings.ca_bundle,
        idle_seconds=(
            settings.idle_warning_seconds,
            settings.idle_end_seconds,
            settings.operator_lock_seconds,
        ),
        deferred=True,
    )
    kiosk.switcher.switch(settings.language)
    kiosk.controller.terminal.use_printer(settings.printer)
    show(kiosk, kiosk_mode)
    QTimer.singleShot(0, lambda: _first_screen_up(kiosk, probe=bool(os.environ.get(STARTUP_PROBE))))
    timer = background_sync(kiosk, settings.sync_interval_seconds)
    monitor, stop = (None, None) if training else _watch_cards(kiosk, settings.allow_virtual_readers)
    try:
        kiosk.app.exec()
    finally:
        if stop is not None and monitor is not None:
            stop.set()
            monitor.join(2)
        timer.stop()
        kiosk.controller.shutdown()
        if kiosk.controller.terminal.backend_loaded:
            kiosk.backend.close()
    if kiosk.controller.terminal.startup_error:
        log.error("the kiosk could not start: %s", kiosk.controller.terminal.startup_error)
        print(f"kiosk: {kiosk.controller.terminal.startup_error}", file=sys.stderr)
        return 1
    log.info("the kiosk closed")
    return 0


def start_logging(settings: Settings) -> Path | None:
    """The window's log: `<data dir>/logs/kiosk.log`, with sync and (training) the simulator in it.

    Exceptions nobody caught (a slot of a screen, a worker thread) go to that file with their
    traceback, so support can read what happened; the console gets one line.
    """
    path = configure_logging(settings.logs_dir, settings.log_level, file_name=log_file_name("kiosk"))
    sys.excepthook = _log_uncaught
    threading.excepthook = lambda hook: _log_uncaught(hook.exc_type, hook.exc_value, hook.exc_traceback)
    log.info("the kiosk starts (%s)", "training" if settings.training else "production")
    return path


def _log_uncaught(
    kind: type[BaseException], error: BaseException | None, trace: TracebackType | None
) -> None:
    log.error("uncaught %s", kind.__name__, exc_info=(kind, error, trace) if error is not None else None)


STARTUP_PROBE = "CIR_KIOSK_STARTUP_PROBE"  # benchmarks: report the first screen, then quit


def _first_screen_up(kiosk: Kiosk, probe: bool) -> None:
    """Paint the sign-in screen, then start the back end behind it.

    With the start-up probe (`benchmarks/visit_effort.py`), "first-screen" is printed once the
    sign-in screen is painted and takes typing, "ready" once the back end is up (a sign-in then
    goes through without waiting), and the kiosk quits.
    """
    kiosk.app.processEvents()
    if probe:
        print(f"first-screen cpu_s={time.process_time():.3f} rss_kb={resident_kb()}", flush=True)

        def ready() -> None:
            print(f"ready cpu_s={time.process_time():.3f} rss_kb={resident_kb()}", flush=True)
            kiosk.window.allow_close()
            kiosk.app.quit()

        kiosk.controller.terminal.backend_ready.connect(ready)
        kiosk.controller.terminal.backend_failed.connect(lambda _why: ready())
    start_backend(kiosk)
    kiosk.window.build_remaining_screens()


def resident_kb() -> int:
    """This process's resident memory in kB (Linux; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _watch_cards(kiosk: Kiosk, allow_virtual: bool) -> tuple[CardMonitor, Event]:
    from ui.adapters import watch_cards

    return watch_cards(kiosk.controller.card_present_changed.emit, allow_virtual)


def _pcsc_reader(allow_virtual: bool) -> Callable[[GuiPinSource, Clock], CardReader]:
    """The production card reader: pcscd, production trust roots only, virtual readers refused."""

    def make(pin_source: GuiPinSource, clock: Clock) -> CardReader:
        from cardreader.integrity import TrustRoots
        from ui.adapters import PRODUCTION_ROOTS, PcscCardReader

        roots = TrustRoots.from_directory(PRODUCTION_ROOTS)
        return PcscCardReader(pin_source, clock.today, roots, allow_virtual=allow_virtual)

    return make


def background_sync(kiosk: Kiosk, interval_seconds: int) -> QTimer:
    """Sync now and then every `interval_seconds` on the sync worker (the strip shows the state)."""
    timer = QTimer(kiosk.window)
    timer.setInterval(max(5, interval_seconds) * 1000)
    timer.timeout.connect(kiosk.controller.terminal.sync_now)
    timer.start()
    kiosk.controller.terminal.sync_now()
    return timer
