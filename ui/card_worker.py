"""The card worker thread and the PIN bridge between it and the GUI thread.

Card reads and signatures block for hundreds of milliseconds, so they run on one dedicated
QThread (STYLE: one worker for the card). `GuiPinSource.request` is called on that worker thread
by a `Signer`; it asks the GUI thread through a queued signal and waits for the answer, so widgets
are only ever touched by the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot


@dataclass
class Job:
    """One blocking call for the card worker, with where to report back (on the GUI thread)."""

    work: Callable[[], Any]
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None]


class _Runner(QObject):
    """Lives on the worker thread; runs jobs one at a time."""

    finished = Signal(object, object, object)  # job, result, error

    @Slot(object)
    def run(self, job: Job) -> None:
        try:
            result = job.work()
        except BaseException as error:  # reported to the GUI thread, which turns it into words
            self.finished.emit(job, None, error)
        else:
            self.finished.emit(job, result, None)


class CardWorker(QObject):
    """Runs blocking jobs on its own thread and reports results on the GUI thread.

    One instance per concern (STYLE): the card worker, the database worker, the sync worker.
    """

    _submit = Signal(object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, name: str = "card-worker") -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(name)
        self._runner = _Runner()
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)
        self._runner.finished.connect(self._report)
        self._pending = 0
        self._thread.start()

    def submit(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Queue `work`; `on_done(result)` or `on_error(error)` run later on the GUI thread."""
        self._pending += 1
        self.busy_changed.emit(True)
        self._submit.emit(Job(work, on_done, on_error))

    @property
    def busy(self) -> bool:
        """Whether a job is queued or running."""
        return self._pending > 0

    @Slot(object, object, object)
    def _report(self, job: Job, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        if not self._pending:
            self.busy_changed.emit(False)
        if error is None:
            job.on_done(result)
        else:
            job.on_error(error)

    def shutdown(self, drain_seconds: float = 5.0) -> None:
        """Stop the thread once the jobs already queued have run (a draft being saved is kept)."""
        if not self._thread.isRunning():
            return
        drained = threading.Event()
        self._submit.emit(Job(drained.set, lambda _r: None, lambda _e: None))
        drained.wait(drain_seconds)
        self._thread.quit()
        self._thread.wait(5000)


class GuiPinSource(QObject):
    """A `PinSource` whose questions are answered by the GUI thread (keypad or pinpad prompt)."""

    asked = Signal(object, bool)  # tries_left, on_pinpad; connected to the PIN screen

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._answered = threading.Event()
        self._answer: str | None = None
        self._cancelled = threading.Event()

    def request(self, tries_left: int | None, on_pinpad: bool) -> str | None:
        """Called on the card worker: ask the GUI and wait until someone answers or cancels."""
        self._answered.clear()
        self._answer = None
        self.asked.emit(tries_left, on_pinpad)
        while not self._answered.wait(0.1):
            if self._cancelled.is_set():
                return None
        answer, self._answer = self._answer, None
        return answer

    def answer(self, pin: str | None) -> None:
        """Called on the GUI thread: the digits typed, "" for the pinpad, None to cancel."""
        self._answer = pin
        self._answered.set()

    def cancel_all(self) -> None:
        """Release a waiting worker (the card was removed or the visit ended)."""
        self._cancelled.set()
        self.answer(None)
        self._cancelled.clear()
