"""A minimal card that plugs into pcscd through vsmartcard's vpcd (the harness's own check).

vpcd (inside pcscd) listens on 127.0.0.1:35963 for slot "Virtual PCD 00 00" and 35964 for
"Virtual PCD 00 01". Each message is a 2-byte big-endian length and a payload; a 1-byte payload
is a control code (0 off, 1 on, 2 reset: no reply; 4: send the ATR). Closing the socket is a
card removal. The real virtual eID card lives in `cardreader/virtual/`.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Callable

VPCD_PORTS = {"Virtual PCD 00 00": 35963, "Virtual PCD 00 01": 35964}
BELPIC_ATR = bytes.fromhex("3B9813400AA503010101AD1311")

Responder = Callable[[bytes], bytes]


def select_only_card(apdu: bytes) -> bytes:
    """Answer SELECT (INS A4) with 90 00 and everything else with 6D 00."""
    return b"\x90\x00" if len(apdu) >= 2 and apdu[1] == 0xA4 else b"\x6d\x00"


class VpcdCard:
    """A card in a thread: `insert()` connects to vpcd, `remove()` closes the socket."""

    def __init__(self, port: int, respond: Responder = select_only_card, atr: bytes = BELPIC_ATR):
        self.port = port
        self.respond = respond
        self.atr = atr
        self.apdus: list[bytes] = []
        self._socket: socket.socket | None = None
        self._thread: threading.Thread | None = None

    def insert(self) -> VpcdCard:
        """Connect to vpcd (the card appears within pcscd's 400 ms poll)."""
        self._socket = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        self._socket.settimeout(None)
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        return self

    def remove(self) -> None:
        """Close the connection: pcscd sees the card leave."""
        if self._socket is not None:
            self._socket.shutdown(socket.SHUT_RDWR)
            self._socket.close()
            self._socket = None
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _serve(self) -> None:
        sock = self._socket
        assert sock is not None
        try:
            while True:
                payload = _receive(sock)
                if payload is None:
                    return
                answer = self._answer(payload)
                if answer is not None:
                    sock.sendall(struct.pack(">H", len(answer)) + answer)
        except OSError:
            return

    def _answer(self, payload: bytes) -> bytes | None:
        if len(payload) == 1:
            return self.atr if payload[0] == 4 else None
        self.apdus.append(payload)
        return self.respond(payload)


def _receive(sock: socket.socket) -> bytes | None:
    header = _receive_exactly(sock, 2)
    if header is None:
        return None
    return _receive_exactly(sock, struct.unpack(">H", header)[0])


def _receive_exactly(sock: socket.socket, count: int) -> bytes | None:
    data = b""
    while len(data) < count:
        # vpcd sends length and payload in two segments; without QUICKACK each APDU waits ~40 ms
        # for a delayed ACK (research/pcsc-test-stack.md section 6). Linux clears it after a recv.
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        chunk = sock.recv(count - len(data))
        if not chunk:
            return None
        data += chunk
    return data
