"""The vpcd transport: plug a virtual card into a real pcscd through vsmartcard's vpcd driver.

vpcd (inside pcscd) listens on TCP 35963 ("Virtual PCD 00 00") and 35964 ("Virtual PCD 00 01"); the
card connects as a client. Every message is a 2-byte big-endian length and a payload; a 1-byte
payload is a control code (00 power off, 01 power on, 02 reset: no reply; 04: reply with the ATR);
anything longer is an APDU answered by the full response. Closing the socket removes the card
(vsmartcard's `virtualsmartcard/doc/api.txt`; docs/eid-card.md section 10).

Public names (stable): `VpcdCardClient` (`insert()` in a thread, `remove()`, `run()` blocking,
`apdus_answered`, `removed`).
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time

from cardreader.virtual.card import VirtualBeidCard

VPCD_HOST = "127.0.0.1"
POWER_OFF, POWER_ON, RESET, GET_ATR = 0, 1, 2, 4
CONNECT_ATTEMPTS = 30


class VpcdCardClient:
    """Connects a `VirtualBeidCard` to vpcd; optionally pulls itself out after N APDUs."""

    def __init__(
        self,
        card: VirtualBeidCard,
        port: int = 35963,
        remove_after_apdus: int | None = None,
        host: str = VPCD_HOST,
    ) -> None:
        self.card = card
        self.port = port
        self.host = host
        self.remove_after_apdus = remove_after_apdus
        self.apdus_answered = 0
        self.removed = threading.Event()
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None

    def connect(self) -> None:
        """Open the TCP connection to vpcd: pcscd sees the card within its 400 ms poll."""
        sock = socket.create_connection((self.host, self.port), timeout=5)
        sock.settimeout(None)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._socket = sock

    def insert(self) -> VpcdCardClient:
        """Connect and serve on a background thread (tests)."""
        self.connect()
        self._thread = threading.Thread(target=self._serve_until_inserted, name="vpcd-card", daemon=True)
        self._thread.start()
        return self

    def run(self) -> None:
        """Connect and serve until removed (the `kiosk virtual-card` command)."""
        self.connect()
        self._serve_until_inserted()

    def _serve_until_inserted(self) -> None:
        # Right after a card was pulled mid-transmit, vpcd re-opens its listening socket: a
        # connection made in that instant is dropped before vpcd says a word. Plug in again then.
        for _ in range(CONNECT_ATTEMPTS):
            if self.serve() or self.removed.is_set():
                return
            time.sleep(0.1)
            try:
                self.connect()
            except OSError:
                continue

    def remove(self) -> None:
        """Close the connection: the card leaves the reader."""
        sock, self._socket = self._socket, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.removed.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    def serve(self) -> bool:
        """Answer vpcd until the socket closes or the APDU budget is spent; False if vpcd never spoke."""
        spoke = False
        try:
            while self._socket is not None:
                payload = _receive(self._socket)
                if payload is None:
                    break
                spoke = True
                answer = self._answer(payload)
                if answer is not None and self._socket is not None:
                    self._socket.sendall(struct.pack(">H", len(answer)) + answer)
                if self.remove_after_apdus is not None and self.apdus_answered >= self.remove_after_apdus:
                    break
        except OSError:
            pass
        finally:
            sock, self._socket = self._socket, None
            if sock is not None:
                sock.close()
            if spoke:
                self.removed.set()
        return spoke

    def _answer(self, payload: bytes) -> bytes | None:
        if len(payload) == 1:
            return self._control(payload[0])
        self.apdus_answered += 1
        return self.card.execute(payload)

    def _control(self, code: int) -> bytes | None:
        if code == GET_ATR:
            return self.card.atr
        if code in (POWER_OFF, POWER_ON, RESET):
            self.card.reset()
        return None


def _receive(sock: socket.socket) -> bytes | None:
    header = _receive_exactly(sock, 2)
    if header is None:
        return None
    return _receive_exactly(sock, struct.unpack(">H", header)[0])


def _receive_exactly(sock: socket.socket, count: int) -> bytes | None:
    data = b""
    while len(data) < count:
        # vpcd sends the length and the payload in two segments: without QUICKACK every APDU waits
        # ~40 ms for a delayed ACK (docs/eid-card.md section 10). Linux clears it after each recv.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        chunk = sock.recv(count - len(data))
        if not chunk:
            return None
        data += chunk
    return data
