"""Fixtures of the intake service tests: the service on loopback (SQLite and PostgreSQL), a staff browser."""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
import uvicorn

from intake.keyfile import create_key_file
from intake.service import ServiceConfig, create_service_app, open_register
from intake.settings import IntakeSettings
from intake.staff import add_account
from kiosk.clock import FakeClock
from kiosk.rules import bundled_rules_path, load_rules_file
from sync.client import RegisterClient
from sync.protocol import Enrollment
from sync.simulator.register import Register
from sync.simulator.server import free_port
from sync.testing import TestPki

STAFF_NAME, STAFF_PASSWORD = "an.peeters", "correct horse battery staple"


def answered(**answers: bool) -> dict[str, object]:
    """Every question of the rules in force answered, as an applicant and for the household.

    Unless told otherwise: still wants to stay registered, in a population register, with a tax
    assessment under the limit; "no" to the rest (no evidence wanted, nothing for WIL to check).
    """
    rules = load_rules_file(bundled_rules_path())
    given: dict[str, object] = {
        "still_wants_registration": True,
        "registered": True,
        "has_tax_assessment": True,
        **answers,
    }
    for scope in ("applicant", "household"):
        while pending := rules.unanswered(given, scope):
            given[pending[0]] = False
    return given


@pytest.fixture(scope="session")
def pki() -> TestPki:
    """One throwaway eID CA for the session."""
    return TestPki()


@pytest.fixture(scope="session")
def roots(pki: TestPki, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Its root as a trust-roots directory."""
    return pki.write_roots(tmp_path_factory.mktemp("roots"))


@dataclass
class RunningIntake:
    """The intake service on loopback: its URL, register (for inspection), settings and clock."""

    base_url: str
    register: Register
    settings: IntakeSettings
    clock: FakeClock
    config: ServiceConfig
    # Clients and browsers the test opened, closed at teardown also when the test fails half-way
    # (an open connection would otherwise fail a later test with a ResourceWarning).
    opened: list[RegisterClient | StaffBrowser] = field(default_factory=list)

    def enroll(self) -> tuple[RegisterClient, Enrollment]:
        """A new terminal, enrolled: its authenticated client and enrollment."""
        _tid, code = self.register.add_terminal("test")
        with RegisterClient(self.base_url) as anonymous:
            enrollment = anonymous.enroll(code)
        client = RegisterClient(self.base_url, enrollment.token)
        self.opened.append(client)
        return client, enrollment

    def browser(self) -> StaffBrowser:
        """A staff member's browser on the worklist (not signed in yet)."""
        browser = StaffBrowser(self.base_url)
        self.opened.append(browser)
        return browser

    def close_opened(self) -> None:
        for opened in self.opened:
            opened.close()


@pytest.fixture
def intake(register_db: str, roots: Path, tmp_path: Path) -> Iterator[RunningIntake]:
    """The intake service (register API + worklist) with one staff account, on a free loopback port."""
    key_file = tmp_path / "intake.key"
    create_key_file(key_file)
    settings_file = tmp_path / "intake.toml"
    settings_file.write_text("[intake]\nsecure_cookies = false\n")
    config = ServiceConfig(register_db, key_file, settings_file, roots)
    clock = FakeClock(datetime.now(UTC).replace(microsecond=0))
    register, settings = open_register(config, migrate=True, clock=clock)
    with closing(register):
        add_account(register, STAFF_NAME, STAFF_PASSWORD, clock.now())
        with serving(create_service_app(register, settings)) as base_url:
            running = RunningIntake(base_url, register, settings, clock, config)
            try:
                yield running
            finally:
                running.close_opened()


class serving:
    """Serve an ASGI app on a free loopback port in a thread."""

    def __init__(self, app: object) -> None:
        self.config = uvicorn.Config(
            app, host="127.0.0.1", port=free_port(), log_level="warning", lifespan="off"
        )
        self.server = uvicorn.Server(self.config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                self.__exit__()  # no server thread left running behind the failure
                raise AssertionError("the intake service did not start")
            time.sleep(0.01)
        return f"http://127.0.0.1:{self.config.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


class StaffBrowser:
    """A staff member's browser without JavaScript: follows forms, keeps cookies (httpx)."""

    def __init__(self, base_url: str) -> None:
        self.http = httpx.Client(base_url=base_url, follow_redirects=True)
        self.csrf = ""

    def sign_in(self, name: str = STAFF_NAME, password: str = STAFF_PASSWORD) -> httpx.Response:
        page = self.http.get("/worklist/sign-in")
        token = _csrf(page.text)
        answer = self.http.post(
            "/worklist/sign-in", data={"csrf": token, "username": name, "password": password}
        )
        if "Afmelden" in answer.text:
            self.csrf = _csrf(answer.text)
        return answer

    def post(self, path: str, **fields: str) -> httpx.Response:
        return self.http.post(path, data={"csrf": self.csrf, **fields})

    def close(self) -> None:
        self.http.close()


def _csrf(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF field on the page"
    return found.group(1)
