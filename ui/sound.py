"""The audible half of the inactivity warning (EAA Annex I: warn through more than one sense)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

beeps = 0  # how many beeps were asked for (tests read it; offscreen Qt has no speaker)


def beep() -> None:
    """Ring the system bell once."""
    global beeps
    beeps += 1
    QApplication.beep()
