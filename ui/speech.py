"""Reading candidate-facing text aloud, when Qt finds a speech engine.

QtTextToSpeech needs a backend (e.g. speech-dispatcher with espeak-ng on Debian) and, in the
PySide6 wheel, libpulse; when either is missing `available` is False and the button stays hidden.
"""

from __future__ import annotations

from typing import Any


class Speaker:
    """A thin wrapper that degrades to "not available".

    Finding an engine is quick; creating one is not (speech-dispatcher's engine connects to its
    daemon, seconds on a busy machine), so the engine is made at the first `say`, never at start.
    """

    def __init__(self) -> None:
        self._engine: Any = None
        self._names: list[str] = []
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return
        # "mock" is Qt's test engine: it speaks nothing, so it does not count.
        self._names = [name for name in QTextToSpeech.availableEngines() if name != "mock"]

    @property
    def available(self) -> bool:
        """Whether text can be read aloud on this machine."""
        return bool(self._names)

    def say(self, text: str, language_code: str) -> None:
        """Read `text` aloud in the given language, if possible."""
        if not self._names:
            return
        from PySide6.QtCore import QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech

        if self._engine is None:
            self._engine = QTextToSpeech(self._names[0])
        self._engine.setLocale(QLocale(language_code))
        self._engine.say(text)
