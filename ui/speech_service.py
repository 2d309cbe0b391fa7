"""The read-aloud helper process: owns a QTextToSpeech so the kiosk never waits on the speech engine.

Why a separate process: with speech-dispatcher, building the engine takes seconds (it asks the daemon
for every voice), and a daemon that lost its audio output stops answering, so a later connection
blocks forever. PySide6 keeps the GIL during those calls, so inside the kiosk even a worker thread
would freeze the whole program. Here the kiosk only writes lines to a pipe; when this helper hangs the
kiosk kills it and hides the button.

Protocol (one JSON object per line). In: {"say": text, "locale": "fr"} and {"stop": true}.
Out: {"ready": engine} or {"failed": reason}; {"said": {"locale": "fr_FR", "chars": n}} after each say;
{"state": "speaking" | "ready" | "paused" | "synthesizing" | "error"}. The text itself is never written
back or logged: it may hold the candidate's name.
"""

from __future__ import annotations

import json
import sys
import threading
from typing import Any

ENGINES_NOT_REAL = frozenset({"mock"})  # Qt's test engine ships in the wheel and says nothing


def usable_engines() -> list[str]:
    """The speech engines Qt finds on this machine, without Qt's silent test engine."""
    from PySide6.QtTextToSpeech import QTextToSpeech

    return [name for name in QTextToSpeech.availableEngines() if name not in ENGINES_NOT_REAL]


def _emit(message: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def main() -> int:
    """Run until stdin closes."""
    from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal
    from PySide6.QtTextToSpeech import QTextToSpeech

    app = QCoreApplication(sys.argv[:1])
    engines = usable_engines()
    if not engines:
        _emit({"failed": "no engine"})
        return 0
    engine = QTextToSpeech(engines[0])
    if engine.state() == QTextToSpeech.State.Error:
        _emit({"failed": engine.errorString() or "engine error"})
        return 0
    states = {
        QTextToSpeech.State.Ready: "ready",
        QTextToSpeech.State.Speaking: "speaking",
        QTextToSpeech.State.Paused: "paused",
        QTextToSpeech.State.Synthesizing: "synthesizing",
        QTextToSpeech.State.Error: "error",
    }
    engine.stateChanged.connect(lambda state: _emit({"state": states.get(state, "error")}))

    class Inbox(QObject):
        """Carries lines from the reading thread to the Qt thread (a queued signal)."""

        line = Signal(str)
        closed = Signal()

    inbox = Inbox()

    def handle(line: str) -> None:
        try:
            request = json.loads(line)
        except ValueError:
            return
        if request.get("stop"):
            engine.stop()
        elif isinstance(request.get("say"), str):
            engine.setLocale(QLocale(str(request.get("locale", "nl"))))
            engine.say(request["say"])
            _emit({"said": {"locale": engine.locale().name(), "chars": len(request["say"])}})

    def read_stdin() -> None:
        for line in sys.stdin:
            inbox.line.emit(line)
        inbox.closed.emit()

    inbox.line.connect(handle)
    inbox.closed.connect(app.quit)
    threading.Thread(target=read_stdin, daemon=True).start()
    _emit({"ready": engines[0]})
    app.exec()
    engine.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
