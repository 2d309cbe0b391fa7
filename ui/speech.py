"""Reading candidate-facing text aloud, when Qt finds a speech engine.

QtTextToSpeech needs a backend (e.g. speech-dispatcher with espeak-ng on Debian) and, in the
PySide6 wheel, libpulse; when either is missing `available` is False and the button stays hidden.
"""

from __future__ import annotations

from typing import Any


class Speaker:
    """A thin wrapper that degrades to "not available"."""

    def __init__(self) -> None:
        self._engine: Any = None
        try:
            from PySide6.QtTextToSpeech import QTextToSpeech
        except ImportError:
            return
        if QTextToSpeech.availableEngines():
            self._engine = QTextToSpeech()

    @property
    def available(self) -> bool:
        """Whether text can be read aloud on this machine."""
        return self._engine is not None

    def say(self, text: str, language_code: str) -> None:
        """Read `text` aloud in the given language, if possible."""
        if self._engine is None:
            return
        from PySide6.QtCore import QLocale

        self._engine.setLocale(QLocale(language_code))
        self._engine.say(text)
