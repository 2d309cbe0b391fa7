"""Running the simulator: in-process on a free loopback port (tests, the demo) or as a command."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import uvicorn

from kiosk.ports import Clock
from sync.simulator.app import create_app
from sync.simulator.faults import FaultMiddleware, FaultSpec
from sync.simulator.register import Register, RegisterSettings
from sync.simulator.verify import TrustStore


@dataclass
class RunningSimulator:
    """A simulator serving on loopback: its URL, its register (for inspection) and its faults."""

    base_url: str
    register: Register
    faults: FaultMiddleware

    def set_faults(self, spec: str | FaultSpec) -> None:
        """Change the injected faults while it runs."""
        self.faults.spec = FaultSpec.parse(spec) if isinstance(spec, str) else spec


def free_port(host: str = "127.0.0.1") -> int:
    """Return a TCP port that is free on `host` now."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        port: int = probe.getsockname()[1]
        return port


def build(
    db_url: str,
    test_roots: Path | None,
    faults: str | None,
    clock: Clock | None = None,
    settings: RegisterSettings | None = None,
) -> tuple[Register, FaultMiddleware]:
    """Create the register and its fault-injecting ASGI app."""
    settings = settings or RegisterSettings()
    settings.trust = TrustStore.from_directory(test_roots)
    register = Register(db_url, settings, clock)
    return register, FaultMiddleware(create_app(register), FaultSpec.parse(faults))


@contextmanager
def running_simulator(
    db_url: str,
    test_roots: Path | None = None,
    *,
    faults: str | None = None,
    clock: Clock | None = None,
    settings: RegisterSettings | None = None,
    host: str = "127.0.0.1",
    port: int | None = None,
    tls: tuple[Path, Path] | None = None,
) -> Iterator[RunningSimulator]:
    """Serve a simulator on `host` (loopback) in a background thread; yield it with its base URL.

    `tls` is (certificate PEM, key PEM): the simulator then speaks HTTPS, like a WIL gateway.
    """
    register, app = build(db_url, test_roots, faults, clock, settings)
    config = uvicorn.Config(
        app,
        host=host,
        port=port or free_port(host),
        log_level="warning",
        log_config=None,  # the process's own logging (kiosk.logsetup): the kiosk's log file, redacted
        access_log=False,
        lifespan="off",
        timeout_keep_alive=5,
        ssl_certfile=str(tls[0]) if tls else None,
        ssl_keyfile=str(tls[1]) if tls else None,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="register-simulator", daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            register.close()
            raise RuntimeError("the register simulator did not start")
        time.sleep(0.01)
    try:
        scheme = "https" if tls else "http"
        yield RunningSimulator(f"{scheme}://{host}:{config.port}", register, app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        register.close()


def serve_forever(db_url: str, test_roots: Path | None, faults: str | None, host: str, port: int) -> None:
    """Serve until interrupted (the `kiosk register-sim` command).

    uvicorn logs through the process's logging (`log_config=None`): each request's method, path and
    status into `register-sim.log`. Paths carry ids and hashes only, never a national number.
    """
    _register, app = build(db_url, test_roots, faults)
    uvicorn.run(app, host=host, port=port, log_level="info", log_config=None, lifespan="off")
