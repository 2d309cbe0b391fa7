"""Fixtures for the kiosk's screens: a training-mode kiosk on a fake clock, torn down cleanly."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.clock import FakeClock
from ui.app import Kiosk, build_kiosk
from ui.backend import start_training

WARN, END, LOCK = 20.0, 40.0, 300.0
START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


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


_TEMPLATE: list[Path] = []


def training_dir(base: Path) -> Path:
    """A fresh copy of a training data directory enrolled once per test session (argon2id is slow)."""
    if not _TEMPLATE:
        template = Path(tempfile.mkdtemp(prefix="kiosk-ui-template-")) / "demo"
        start_training(template, FakeClock(START)).close()
        _TEMPLATE.append(template)
    target = base / "demo"
    shutil.copytree(_TEMPLATE[0], target)
    return target


def make_kiosk(
    base: Path, kiosk_mode: bool = False, prepare: Callable[[Path], None] | None = None
) -> KioskUnderTest:
    """A training kiosk on a fake clock with short idle timeouts, in its own data directory.

    `prepare(data_dir)` runs on the copied data directory before the kiosk opens it (e.g. to list
    another member at the training register).
    """
    clock = FakeClock(START)
    answers = ExitAnswers()
    data_dir = training_dir(base)
    if prepare is not None:
        prepare(data_dir)
    kiosk = build_kiosk(
        training=True,
        kiosk_mode=kiosk_mode,
        data_dir=data_dir,
        clock=clock,
        idle_seconds=(WARN, END, LOCK),
        confirm_exit=answers,
    )
    kiosk.window.resize(1280, 860)
    kiosk.window.show()
    return KioskUnderTest(kiosk, clock, answers)


def close_kiosk(kiosk: Kiosk) -> None:
    """Close the window and back end, and undo what the kiosk installed on the shared QApplication."""
    kiosk.switcher.switch("nl")
    kiosk.close()
    kiosk.window.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def ki(qtbot: object, tmp_path: Path) -> Iterator[KioskUnderTest]:
    """A windowed training kiosk."""
    under_test = make_kiosk(tmp_path)
    yield under_test
    close_kiosk(under_test.kiosk)
