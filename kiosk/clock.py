"""Time as a dependency: the real clock and a controllable one for tests and training."""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime, timedelta


def local_day(moment: datetime) -> date:
    """The terminal's calendar day at `moment` (UTC inside): birthdays, visit days and dates on paper.

    At 00:30 in Genk it is still yesterday in UTC; someone turning 18 that day is an adult already,
    and a confirmation signed then is dated that day.
    """
    return moment.astimezone().date() if moment.tzinfo is not None else moment.date()


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        """Return the current time, timezone-aware, in UTC."""
        return datetime.now(UTC)

    def today(self) -> date:
        """Return today's local calendar date (deadlines count local days)."""
        return date.today()

    def monotonic(self) -> float:
        """Return seconds from an arbitrary fixed point; never goes backwards."""
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        """Block the calling thread for `seconds`."""
        time.sleep(seconds)


class FakeClock:
    """A clock that moves only when told to; `sleep` advances it instead of waiting.

    Shipped in the product (not only in tests) so training mode and fault tests can run hours of
    backoff and idle timeouts in milliseconds.
    """

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
        self._monotonic = 0.0
        self._lock = threading.Lock()
        self.slept: list[float] = []

    def now(self) -> datetime:
        """Return the fake current time in UTC."""
        with self._lock:
            return self._now

    def today(self) -> date:
        """Return the fake current date."""
        return self.now().date()

    def monotonic(self) -> float:
        """Return fake monotonic seconds."""
        with self._lock:
            return self._monotonic

    def advance(self, seconds: float) -> None:
        """Move both the wall clock and the monotonic clock forward."""
        with self._lock:
            self._now += timedelta(seconds=seconds)
            self._monotonic += seconds

    def sleep(self, seconds: float) -> None:
        """Record the sleep and advance time instead of blocking."""
        self.slept.append(seconds)
        self.advance(seconds)
