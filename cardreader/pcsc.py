"""The PC/SC adapter: the only module that imports pyscard (`smartcard`).

It lists readers, connects (exclusive on a kiosk, shared as a fallback), wraps multi-APDU
sequences in PC/SC transactions, sends reader control codes (pinpads, PC/SC part 10), and
translates every pyscard status into a `CardError` subclass at this border:

- no card (0x8010000C) -> `NoCardError`;
- card pulled mid-transmit: 0x80100016 (not transacted, before pcscd's poll noticed) and
  0x80100069 (removed, after) both -> `CardRemovedError`; a card reset by someone else
  (0x80100068) and an unpowered card (0x80100067) too, since the read must start over;
- pcscd gone or restarted, reader unplugged -> `ReaderGoneError`.

Readers named "Virtual PCD" (vsmartcard's vpcd) are refused with `ReaderRefusedError` unless the
caller allows virtual readers (training mode, tests): a card over TCP must never pass for a real one.

`CardMonitor` reports insertions and removals. Its callbacks run on the monitor's own thread, never
the caller's: a Qt UI must re-emit them as signals. It survives a pcscd restart or an unplugged
reader by re-establishing its context, and stops when its `threading.Event` is set.

Public names (stable): `list_readers`, `readers_with_card`, `is_virtual_reader`, `PcscConnection` (`open`,
`send_and_receive`, `control`, `transaction`, `pinpad`, `close`, `reader`, `atr`), `CardMonitor`,
`CardEvent`, `translate_error`.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from smartcard import scard

from cardreader.errors import CardError, CardRemovedError, NoCardError, ReaderGoneError, ReaderRefusedError
from cardreader.pin import CM_IOCTL_GET_FEATURE_REQUEST, FEATURE_VERIFY_PIN_DIRECT, parse_features
from cardreader.signing import Pinpad

VIRTUAL_READER_PREFIX = "Virtual PCD"

NO_SMARTCARD = 0x8010000C
NOT_TRANSACTED = 0x80100016
REMOVED_CARD = 0x80100069
RESET_CARD = 0x80100068
UNPOWERED_CARD = 0x80100067
SHARING_VIOLATION = 0x8010000B
TIMEOUT = 0x8010000A
CANCELLED = 0x80100002
_REMOVED = {NOT_TRANSACTED, REMOVED_CARD, RESET_CARD, UNPOWERED_CARD}
_GONE = {
    0x80100003,  # invalid handle: the context died with pcscd
    0x80100009,  # unknown reader
    0x80100017,  # reader unavailable
    0x8010001D,  # no service
    0x8010001E,  # service stopped
    0x8010002E,  # no readers available
    0x80100013,  # communication error with the reader
}


def _code(hresult: int) -> int:
    return hresult & 0xFFFFFFFF


def translate_error(hresult: int, action: str) -> CardError:
    """The `CardError` for a PC/SC status (the message names the action, never card data)."""
    code = _code(hresult)
    if code == NO_SMARTCARD:
        return NoCardError("no card in the reader")
    if code in _REMOVED:
        return CardRemovedError("the card was removed")
    if code in _GONE:
        return ReaderGoneError("the card reader or the PC/SC service is gone")
    return CardError(f"{action} failed (PC/SC status {code:08X})")


def _check(hresult: int, action: str) -> None:
    if _code(hresult) != 0:
        raise translate_error(hresult, action)


def is_virtual_reader(name: str) -> bool:
    """True for vsmartcard's virtual readers."""
    return name.startswith(VIRTUAL_READER_PREFIX)


@contextlib.contextmanager
def _context() -> Iterator[int]:
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    _check(hresult, "connecting to the PC/SC service")
    try:
        yield context
    finally:
        scard.SCardReleaseContext(context)


def _list(context: int) -> list[str]:
    hresult, names = scard.SCardListReaders(context, [])
    if _code(hresult) == 0x8010002E:
        return []
    _check(hresult, "listing readers")
    return list(names)


def list_readers(allow_virtual: bool = True) -> list[str]:
    """The reader names; a fresh context every call, so a restarted pcscd is no stale handle."""
    with _context() as context:
        names = _list(context)
    return [n for n in names if allow_virtual or not is_virtual_reader(n)]


def _present(context: int, names: list[str]) -> list[str]:
    states = [(name, scard.SCARD_STATE_UNAWARE) for name in names]
    hresult, result = scard.SCardGetStatusChange(context, 0, states)
    if _code(hresult) not in (0, TIMEOUT):
        raise translate_error(hresult, "reading the reader states")
    return [name for name, state, _ in result if state & scard.SCARD_STATE_PRESENT]


def readers_with_card(names: list[str]) -> list[str]:
    """Which of `names` hold a card right now."""
    with _context() as context:
        return _present(context, names) if names else []


class PcscConnection:
    """A card connection through pcscd; a `SmartCardConnection` and `PinpadCapable`."""

    def __init__(self, context: int, card: int, protocol: int, reader: str) -> None:
        self._context = context
        self._card = card
        self._protocol = protocol
        self.reader = reader
        self.apdu_count = 0

    @classmethod
    def open(
        cls, reader: str | None = None, allow_virtual: bool = False, exclusive: bool = True
    ) -> PcscConnection:
        """Connect to the card in `reader` (or the first reader holding a card)."""
        hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        _check(hresult, "connecting to the PC/SC service")
        try:
            name = _choose_reader(context, reader, allow_virtual)
            card, protocol = _connect(context, name, exclusive)
        except BaseException:
            scard.SCardReleaseContext(context)
            raise
        return cls(context, card, protocol, name)

    @property
    def atr(self) -> bytes:
        """The card's ATR."""
        hresult, _reader, _state, _protocol, atr = scard.SCardStatus(self._card)
        _check(hresult, "reading the card status")
        return bytes(atr)

    def send_and_receive(self, apdu: bytes) -> tuple[bytes, int]:
        """Transmit one APDU."""
        self.apdu_count += 1
        hresult, response = scard.SCardTransmit(self._card, self._protocol, list(apdu))
        _check(hresult, "talking to the card")
        if len(response) < 2:
            raise CardError("the reader returned an answer without a status word")
        return bytes(response[:-2]), (response[-2] << 8) | response[-1]

    def control(self, code: int, data: bytes) -> bytes:
        """SCardControl (reader features, PC/SC part 10)."""
        hresult, response = scard.SCardControl(self._card, code, list(data))
        _check(hresult, "talking to the reader")
        return bytes(response)

    def pinpad(self) -> Pinpad | None:
        """The reader's FEATURE_VERIFY_PIN_DIRECT, when it has a pinpad (vpcd has none)."""
        try:
            features = parse_features(self.control(CM_IOCTL_GET_FEATURE_REQUEST, b""))
        except CardError:
            return None
        ioctl = features.get(FEATURE_VERIFY_PIN_DIRECT)
        return Pinpad(self, ioctl) if ioctl is not None else None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[PcscConnection]:
        """Hold a PC/SC transaction: no other process changes the current file between our APDUs."""
        _check(scard.SCardBeginTransaction(self._card), "starting a card transaction")
        try:
            yield self
        finally:
            scard.SCardEndTransaction(self._card, scard.SCARD_LEAVE_CARD)

    def close(self) -> None:
        """Disconnect and release the context; safe after a removal and twice."""
        if self._card:
            scard.SCardDisconnect(self._card, scard.SCARD_RESET_CARD)
            self._card = 0
        if self._context:
            scard.SCardReleaseContext(self._context)
            self._context = 0

    def __enter__(self) -> PcscConnection:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _choose_reader(context: int, reader: str | None, allow_virtual: bool) -> str:
    names = _list(context)
    if reader is not None:
        if reader not in names:
            raise ReaderGoneError("no reader of that name")
        if is_virtual_reader(reader) and not allow_virtual:
            raise ReaderRefusedError("virtual readers are only allowed in training mode")
        return reader
    allowed = [n for n in names if allow_virtual or not is_virtual_reader(n)]
    if not allowed:
        if names:
            raise ReaderRefusedError(
                "only virtual readers are connected; they are allowed in training mode only"
            )
        raise ReaderGoneError("no card reader is connected")
    with_card = _present(context, allowed)
    if not with_card:
        raise NoCardError("no card in the reader")
    return with_card[0]


def _connect(context: int, reader: str, exclusive: bool) -> tuple[int, int]:
    protocols = scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1
    modes = (
        [scard.SCARD_SHARE_EXCLUSIVE, scard.SCARD_SHARE_SHARED] if exclusive else [scard.SCARD_SHARE_SHARED]
    )
    hresult = 0
    for mode in modes:
        hresult, card, protocol = scard.SCardConnect(context, reader, mode, protocols)
        if _code(hresult) == 0:
            return card, protocol
        if _code(hresult) != SHARING_VIOLATION:
            break  # another process holding the card is the only reason to fall back to shared
    raise translate_error(hresult, "connecting to the card")


# --- the card monitor --------------------------------------------------------------------------


@dataclass(frozen=True)
class CardEvent:
    """A card inserted into or removed from a reader."""

    reader: str
    inserted: bool
    atr: bytes = b""


class CardMonitor:
    """Watches the readers on its own thread and calls `on_event(CardEvent)` there.

    Stops when `stop` is set (within `poll_seconds`). A pcscd restart or an unplugged reader makes
    it release its context and start again, reporting the cards it then finds; `on_error` (also on
    the monitor thread) hears about each such recovery.
    """

    def __init__(
        self,
        on_event: Callable[[CardEvent], None],
        stop: threading.Event,
        allow_virtual: bool = False,
        poll_seconds: float = 0.5,
        on_error: Callable[[CardError], None] | None = None,
    ) -> None:
        self.on_event = on_event
        self.stop = stop
        self.allow_virtual = allow_virtual
        self.poll_seconds = poll_seconds
        self.on_error = on_error
        self._present: dict[str, bytes] = {}
        self._thread: threading.Thread | None = None

    def start(self) -> CardMonitor:
        """Start the monitor thread."""
        self._thread = threading.Thread(target=self.run, name="card-monitor", daemon=True)
        self._thread.start()
        return self

    def join(self, timeout: float | None = None) -> None:
        """Wait for the thread to end (after `stop` was set)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def run(self) -> None:
        """The monitor loop (blocking): watch, and recover from a lost service or reader."""
        while not self.stop.is_set():
            try:
                with _context() as context:
                    self._watch(context)
            except CardError as error:
                self._report_all_removed()
                if self.on_error is not None:
                    self.on_error(error)
                self.stop.wait(self.poll_seconds)

    def _watch(self, context: int) -> None:
        states: dict[str, int] = {}
        while not self.stop.is_set():
            names = [n for n in _list(context) if self.allow_virtual or not is_virtual_reader(n)]
            for gone in set(self._present) - set(names):
                self._removed(gone)
            # Readers are listed again after every timeout, so a new or unplugged reader is seen
            # within `poll_seconds` without relying on the PnP pseudo-reader.
            watched = [(n, states.get(n, scard.SCARD_STATE_UNAWARE)) for n in names]
            if not watched:
                self.stop.wait(self.poll_seconds)
                continue
            hresult, result = scard.SCardGetStatusChange(context, int(self.poll_seconds * 1000), watched)
            if _code(hresult) == TIMEOUT:
                continue
            _check(hresult, "watching the readers")
            for name, state, atr in result:
                states[name] = state & ~scard.SCARD_STATE_CHANGED
                self._update(name, state, bytes(atr))

    def _update(self, name: str, state: int, atr: bytes) -> None:
        present = bool(state & scard.SCARD_STATE_PRESENT) and not state & scard.SCARD_STATE_MUTE
        if present and name not in self._present:
            self._present[name] = atr
            self.on_event(CardEvent(name, True, atr))
        elif not present and name in self._present:
            self._removed(name)

    def _removed(self, name: str) -> None:
        self._present.pop(name, None)
        self.on_event(CardEvent(name, False))

    def _report_all_removed(self) -> None:
        for name in list(self._present):
            self._removed(name)
