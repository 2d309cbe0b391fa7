"""Inactivity: warn the candidate, then end the visit as a draft; lock the operator later.

Two deadlines on the injectable clock's monotonic time (WCAG 2.2.1: warn with at least 20 s to
extend by one simple action; EAA Annex I: warn through more than one sense, so the warning also
beeps). An application-wide event filter counts any key press, click or touch as activity. A QTimer
polls the clock once a second; tests advance a `FakeClock` and call `check()`.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from kiosk.ports import Clock

_ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}


class IdleState(enum.Enum):
    """Where the inactivity countdown stands."""

    ACTIVE = "active"
    WARNING = "warning"
    ENDED = "ended"


class IdleWatch(QObject):
    """Turns inactivity into `warning(seconds_left)`, `visit_expired()` and `operator_locked()`."""

    warning = Signal(int)
    warning_cleared = Signal()
    visit_expired = Signal()
    operator_locked = Signal()

    def __init__(
        self,
        clock: Clock,
        warn_after: float,
        end_after: float,
        lock_after: float,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.warn_after, self.end_after, self.lock_after = warn_after, end_after, lock_after
        self._last_activity = clock.monotonic()
        self.state = IdleState.ACTIVE
        self._visit_running = False
        self._locked = False
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Start polling the clock."""
        self._timer.start()

    def stop(self) -> None:
        """Stop polling (the window is closing)."""
        self._timer.stop()

    def set_visit_running(self, running: bool) -> None:
        """Only a running visit can expire; the operator lock applies always."""
        self._visit_running = running
        self.touch()

    def set_operator_signed_in(self, signed_in: bool) -> None:
        """Arm or disarm the operator lock."""
        self._locked = not signed_in
        self.touch()

    def touch(self) -> None:
        """Record activity now; clears a visible warning."""
        self._last_activity = self._clock.monotonic()
        if self.state is IdleState.WARNING:
            self.warning_cleared.emit()
        self.state = IdleState.ACTIVE

    def idle_seconds(self) -> float:
        """Seconds since the last activity."""
        return self._clock.monotonic() - self._last_activity

    def check(self) -> None:
        """Compare the idle time with the deadlines and emit what is due."""
        idle = self.idle_seconds()
        if not self._locked and idle >= self.lock_after:
            self._locked = True
            self.operator_locked.emit()
        if not self._visit_running or self.state is IdleState.ENDED:
            return
        if idle >= self.end_after:
            self.state = IdleState.ENDED
            self._visit_running = False
            self.visit_expired.emit()
        elif idle >= self.warn_after:
            self.state = IdleState.WARNING
            self.warning.emit(int(self.end_after - idle + 0.999))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Count input anywhere in the application as activity."""
        if event.type() in _ACTIVITY_EVENTS and self.state is not IdleState.ENDED:
            self.touch()
        return False
