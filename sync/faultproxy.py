"""A fault-injecting TCP proxy on loopback, for proving exactly-once delivery.

Each accepted connection (use one request per connection, no keep-alive) draws one fault:
- `reset`: the request never reaches the register; the client sees a reset connection;
- `cut`:   the request is processed (committed), the answer is cut after N bytes (two generals);
- `delay`: the answer arrives late, but within the client's read timeout;
- `stall`: the answer never comes; the client's read timeout fires (keep those <= 0.5 s);
or none. Everything is bounded in time: no connection lives longer than `max_connection_seconds`.
"""

from __future__ import annotations

import random
import selectors
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from types import TracebackType

FAULTS = ("reset", "cut", "delay", "stall")


@dataclass
class FaultMix:
    """How often each fault happens, as probabilities per connection."""

    reset: float = 0.0
    cut: float = 0.0
    delay: float = 0.0
    stall: float = 0.0
    delay_seconds: float = 0.1
    stall_seconds: float = 0.8
    seed: int | None = None

    def draw(self, rng: random.Random) -> str | None:
        """Pick a fault for one connection (None: pass through)."""
        roll = rng.random()
        for name in FAULTS:
            chance: float = getattr(self, name)
            if roll < chance:
                return name
            roll -= chance
        return None


@dataclass
class FaultProxy:
    """Listens on 127.0.0.1 and forwards to `upstream_port` with faults; a context manager."""

    upstream_port: int
    mix: FaultMix = field(default_factory=FaultMix)
    max_connection_seconds: float = 5.0
    counts: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.mix.seed)  # noqa: S311 - fault injection, not security
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port: int = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._acceptor = threading.Thread(target=self._accept_loop, name="fault-proxy", daemon=True)

    @property
    def base_url(self) -> str:
        """The URL to give the client instead of the register's."""
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> FaultProxy:
        self._acceptor.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Stop accepting and wait for the open connections to end."""
        self._stop.set()
        self._acceptor.join(timeout=5)
        for thread in self._threads:
            thread.join(timeout=self.max_connection_seconds + 1)
        self._listener.close()

    def _accept_loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                fault = self.mix.draw(self._rng)
                cut_after = self._rng.randint(0, 300)
                self.counts[fault or "none"] += 1
            thread = threading.Thread(target=self._serve, args=(client, fault, cut_after), daemon=True)
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)
            thread.start()

    def _serve(self, client: socket.socket, fault: str | None, cut_after: int) -> None:
        deadline = time.monotonic() + self.max_connection_seconds
        with client:
            client.settimeout(0.2)
            if fault == "reset":
                _read_some(client)
                _reset(client)
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=2)
            except OSError:
                _reset(client)
                return
            with upstream:
                upstream.settimeout(0.2)
                self._pipe(client, upstream, fault, cut_after, deadline)

    def _pipe(
        self,
        client: socket.socket,
        upstream: socket.socket,
        fault: str | None,
        cut_after: int,
        deadline: float,
    ) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(client, selectors.EVENT_READ)
            selector.register(upstream, selectors.EVENT_READ)
            answer = _Answer(fault, cut_after)
            while time.monotonic() < deadline and not self._stop.is_set():
                for key, _events in selector.select(timeout=0.1):
                    source = key.fileobj
                    data = _recv(client if source is client else upstream)
                    if not data:
                        return
                    if source is client:
                        if not _send_quietly(upstream, data):
                            return
                    elif not self._answer(client, data, answer, deadline):
                        return

    def _answer(self, client: socket.socket, data: bytes, answer: _Answer, deadline: float) -> bool:
        """Forward a piece of the answer, applying the fault; False when the connection is done."""
        if not answer.started:
            answer.started = True
            if answer.fault == "delay":
                time.sleep(self.mix.delay_seconds)
            elif answer.fault == "stall":
                time.sleep(min(self.mix.stall_seconds, max(0.0, deadline - time.monotonic())))
                _reset(client)
                return False
        if answer.fault == "cut" and answer.forwarded + len(data) >= answer.cut_after:
            _send_quietly(client, data[: max(0, answer.cut_after - answer.forwarded)])
            _reset(client)
            return False
        answer.forwarded += len(data)
        return _send_quietly(client, data)


@dataclass
class _Answer:
    fault: str | None
    cut_after: int
    started: bool = False
    forwarded: int = 0


def _recv(sock: socket.socket) -> bytes:
    try:
        return sock.recv(65536)
    except OSError:
        return b""


def _read_some(sock: socket.socket) -> None:
    try:
        sock.recv(65536)
    except OSError:
        return


def _send_quietly(sock: socket.socket, data: bytes) -> bool:
    try:
        sock.sendall(data)
    except OSError:
        return False
    return True


def _reset(sock: socket.socket) -> None:
    # SO_LINGER with a zero timeout makes close() send RST: a reset connection, not a polite FIN.
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        return
