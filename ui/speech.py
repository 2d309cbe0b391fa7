"""Reading candidate-facing text aloud, when Qt finds a speech engine.

QtTextToSpeech needs a backend (Debian: speech-dispatcher with speech-dispatcher-espeak-ng) and, in the
PySide6 wheel, libpulse0. Detection is cheap (QtTextToSpeech is imported on first use, after the
first screen is shown) and only asks Qt which engine plugins load; the engine itself runs in a helper
process (ui/speech_service.py, see there why), started on the first press of the button. Whenever the
helper fails, does not start, or stops answering, the kiosk kills it and hides the button: the kiosk
never waits on speech.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QProcess, QTimer, Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from ui.speech_service import usable_engines

# Which engines Qt finds; tests replace it (e.g. with `lambda: []`) to simulate a machine without one.
engine_finder: Callable[[], list[str]] = usable_engines

# The helper process; tests put a process there that never answers.
# In the PyInstaller bundle the executable is the kiosk itself, with a hidden `speech-service` command.
HELPER_COMMAND: list[str] = (
    [sys.executable, "speech-service"]
    if getattr(sys, "frozen", False)
    else [sys.executable, "-m", "ui.speech_service"]
)
DETECT_AFTER_MS = 500  # loading the engine plugins takes ~60 ms: not before the first screen is painted
START_TIMEOUT_MS = 30_000  # speech-dispatcher lists every voice before the engine is ready (~5 s here)
ANSWER_TIMEOUT_MS = 5_000  # a helper that does not confirm a `say` within this is taken for hung


def screen_text(screen: QWidget) -> str:
    """What a candidate sees on `screen`: the visible texts of labels and buttons, in creation order."""
    texts = []
    for widget in screen.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton) and widget.isVisible() and widget.text().strip():
            texts.append(widget.text().replace("&", "").strip())
    return "\n".join(texts)


class Speaker(QObject):
    """Says text through the helper process; `available` turns False for good when anything fails."""

    availability_changed = Signal(bool)
    state_changed = Signal(str)  # the engine's state: "speaking", "ready", "error", ...
    said = Signal(str, int)  # the locale the engine speaks in, and the number of characters
    busy = Signal(bool)  # True from a press until the engine took the text (the first takes seconds)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._available = False
        self._process: QProcess | None = None
        self._ready = False
        self._pending: dict[str, str] | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(lambda: self._give_up("no answer"))
        self.detected = False
        QTimer.singleShot(DETECT_AFTER_MS, self.detect)  # after the first screen is shown

    @property
    def available(self) -> bool:
        """Whether text can be read aloud on this machine (False until detection has run)."""
        return self._available

    def detect(self) -> None:
        """Ask Qt for speech engines; emits `availability_changed`."""
        try:
            engines = engine_finder()
        except ImportError:  # no QtTextToSpeech, or libpulse0 missing
            engines = []
        frozen = bool(getattr(sys, "frozen", False))  # the bundle has no `python -m` for the helper
        self.detected = True
        self._set_available(bool(engines) and not frozen)

    def say(self, text: str, language_code: str) -> None:
        """Read `text` aloud in the given language; starts the helper on first use. Never blocks."""
        if not self._available or not text.strip():
            return
        self._pending = {"say": text, "locale": language_code}
        self.busy.emit(True)
        if self._process is None:
            self._start()
        elif self._ready:
            self._send_pending()

    def read_screen(self, screen: QWidget, language_code: str) -> None:
        """Read a screen's visible text aloud (see `screen_text`)."""
        self.say(screen_text(screen), language_code)

    def stop(self) -> None:
        """Stop speaking and forget what was waiting to be said (the screen was wiped)."""
        self._pending = None
        if self._process is not None and self._ready:
            self._write({"stop": True})

    def shutdown(self) -> None:
        """End the helper process (the kiosk closes)."""
        self._pending = None
        self._watchdog.stop()
        process, self._process, self._ready = self._process, None, False
        if process is None:
            return
        for signal in (process.finished, process.errorOccurred, process.readyReadStandardOutput):
            signal.disconnect()  # ending it on purpose is no failure
        process.closeWriteChannel()  # the helper quits when its stdin closes
        if not process.waitForFinished(1000):
            process.kill()
            process.waitForFinished(1000)
        process.deleteLater()

    # -- the helper process --------------------------------------------------------------------
    def _start(self) -> None:
        process = QProcess(self)
        process.setProgram(HELPER_COMMAND[0])
        process.setArguments(HELPER_COMMAND[1:])
        process.setStandardErrorFile(QProcess.nullDevice())  # Qt's audio warnings; never the text
        process.readyReadStandardOutput.connect(self._read)
        process.errorOccurred.connect(lambda _error: self._give_up("failed to start"))
        process.finished.connect(lambda *_: self._give_up("ended"))
        self._process, self._ready = process, False
        self._watchdog.start(START_TIMEOUT_MS)
        process.start()

    def _read(self) -> None:
        process = self._process
        while process is not None and process.canReadLine():
            try:
                message = json.loads(bytes(process.readLine().data()).decode())
            except ValueError:
                continue
            self._handle(message)
            process = self._process

    def _handle(self, message: dict[str, object]) -> None:
        if "ready" in message:
            self._ready = True
            self._watchdog.stop()
            self._send_pending()
        elif "failed" in message:
            self._give_up("no engine")
        elif isinstance(said := message.get("said"), dict):
            self._watchdog.stop()
            self.busy.emit(False)
            self.said.emit(str(said.get("locale", "")), int(said.get("chars", 0)))
        elif isinstance(message.get("state"), str):
            self.state_changed.emit(str(message["state"]))

    def _send_pending(self) -> None:
        if self._pending is None:
            return
        request, self._pending = self._pending, None
        self._watchdog.start(ANSWER_TIMEOUT_MS)
        self._write(request)

    def _write(self, message: Mapping[str, object]) -> None:
        if self._process is not None:
            self._process.write((json.dumps(message) + "\n").encode())

    def _give_up(self, _why: str) -> None:
        """Anything wrong with the helper: end it and hide the button (speech is a help, not a need)."""
        self.shutdown()
        self.busy.emit(False)
        self._set_available(False)

    def _set_available(self, available: bool) -> None:
        if available != self._available:
            self._available = available
            self.availability_changed.emit(available)
