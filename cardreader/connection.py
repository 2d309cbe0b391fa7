"""The one-method seam between the card protocol and a reader (as yubikit's `SmartCardConnection`).

Public names (stable): `SmartCardConnection` (protocol: `send_and_receive(apdu) -> (data, sw)`),
`PinpadCapable` (a connection that can also send PC/SC part 10 control codes), `ScriptedConnection`
(replays a recorded exchange, for tests), `FailingConnection` (wraps a connection and behaves as a
pulled card from the k-th APDU on).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from cardreader.errors import CardRemovedError


@runtime_checkable
class SmartCardConnection(Protocol):
    """Sends one command APDU and returns the response data and the status word (SW1 << 8 | SW2)."""

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        """Transmit `apdu`; raise a `CardError` subclass when the card or reader cannot answer."""
        ...


@runtime_checkable
class PinpadCapable(Protocol):
    """A connection whose reader accepts PC/SC part 10 control codes (a pinpad reader)."""

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        """Transmit `apdu`."""
        ...

    def control(self, code: int, data: bytes) -> bytes:
        """Send a reader control code (SCardControl) and return the reader's answer."""
        ...


class ScriptedConnection:
    """Replays a script of (expected APDU or None for "anything", response bytes with SW).

    Raises AssertionError on an unexpected APDU: tests use it to pin down exact exchanges.
    `controls` answers `control()` calls by control code, for pinpad tests.
    """

    def __init__(
        self,
        script: Sequence[tuple[bytes | None, bytes]],
        controls: dict[int, Sequence[bytes]] | None = None,
    ) -> None:
        self._script = list(script)
        self._controls = {code: list(answers) for code, answers in (controls or {}).items()}
        self.sent: list[bytes] = []
        self.control_calls: list[tuple[int, bytes]] = []

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        """Return the next scripted response after checking the APDU against the script."""
        if not self._script:
            raise AssertionError(f"unexpected APDU after the end of the script: {apdu.hex()}")
        expected, response = self._script.pop(0)
        if expected is not None and expected != apdu:
            raise AssertionError(f"expected {expected.hex()}, got {apdu.hex()}")
        self.sent.append(apdu)
        return split_response(response)

    def control(self, code: int, data: bytes) -> bytes:
        """Return the next scripted answer for this control code."""
        self.control_calls.append((code, data))
        answers = self._controls.get(code)
        if not answers:
            raise AssertionError(f"unexpected control code {code:#x}")
        return answers.pop(0)

    @property
    def finished(self) -> bool:
        """True when every scripted exchange was used."""
        return not self._script


class FailingConnection:
    """Passes APDUs to `inner` until `fail_at` APDUs were sent, then acts as a pulled card."""

    def __init__(self, inner: SmartCardConnection, fail_at: int) -> None:
        self.inner = inner
        self.fail_at = fail_at
        self.count = 0

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        """Forward the APDU, or raise `CardRemovedError` from APDU index `fail_at` on."""
        if self.count >= self.fail_at:
            raise CardRemovedError("the card was removed")
        self.count += 1
        return self.inner.send_and_receive(apdu)


def split_response(response: bytes) -> tuple[bytes, int]:
    """Split a response APDU into data and status word."""
    if len(response) < 2:
        raise AssertionError("a response APDU needs at least the two status bytes")
    return response[:-2], int.from_bytes(response[-2:], "big")
