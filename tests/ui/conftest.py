"""Fixtures for the kiosk's screens: a training-mode kiosk on a fake clock, torn down cleanly."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.clock import FakeClock
from ui.app import Kiosk, build_kiosk

WARN, END, LOCK = 20.0, 40.0, 300.0


@dataclass
class ExitAnswers:
    """What the (scripted) operator answers when the kiosk asks to confirm leaving."""

    allow: bool = False
    asked: list[bool] = field(default_factory=list)

    def __call__(self, _parent: QWidget) -> bool:
        self.asked.append(self.allow)
        return self.allow


@dataclass
class KioskUnderTest:
    """The kiosk with the handles tests need."""

    kiosk: Kiosk
    clock: FakeClock
    exit_answers: ExitAnswers

    def __getattr__(self, name: str) -> object:
        return getattr(self.kiosk, name)


def make_kiosk(kiosk_mode: bool = False) -> KioskUnderTest:
    """A training kiosk on a fake clock with short idle timeouts."""
    clock = FakeClock()
    answers = ExitAnswers()
    kiosk = build_kiosk(
        training=True,
        kiosk_mode=kiosk_mode,
        clock=clock,
        idle_seconds=(WARN, END, LOCK),
        confirm_exit=answers,
    )
    kiosk.window.resize(1280, 860)
    kiosk.window.show()
    return KioskUnderTest(kiosk, clock, answers)


def close_kiosk(kiosk: Kiosk) -> None:
    """Close the window for real and undo what the kiosk installed on the shared QApplication."""
    kiosk.window.allow_close()
    kiosk.window.close()
    kiosk.app.removeEventFilter(kiosk.idle)
    kiosk.switcher.switch("nl")
    kiosk.window.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def ki(qtbot: object) -> Iterator[KioskUnderTest]:
    """A windowed training kiosk."""
    under_test = make_kiosk()
    yield under_test
    close_kiosk(under_test.kiosk)
