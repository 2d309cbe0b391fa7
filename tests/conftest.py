"""Test-wide setup: isolation from the machine, pcscd gating, keyrings, Qt offscreen."""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from hypothesis import settings
from keyring.backend import KeyringBackend

from tests.support import pcscd, postgres, secret_service
from tests.support.memory_keyring import InMemoryKeyring

# Never the machine's own keyring or display: tests get their own HOME, bus and Qt platform.
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="cir-kiosk-tests-home-"))
os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
os.environ["HOME"] = str(_SESSION_HOME)
os.environ["XDG_DATA_HOME"] = str(_SESSION_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_SESSION_HOME / "config")
os.environ["XDG_CACHE_HOME"] = str(_SESSION_HOME / "cache")
# Qt's offscreen platform with the four screen sizes the kiosk must fit (tests/ui/test_fit.py); the
# first, 1920 x 1080, is the primary screen, where every other test's window opens.
OFFSCREEN_SCREENS = Path(__file__).resolve().parent / "data" / "offscreen-screens.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={OFFSCREEN_SCREENS}"
os.environ.pop("CIR_KIOSK_DATA_DIR", None)

_vpcd_lock = pcscd.exclusive_vpcd_lock()

# CI runs the property tests on fixed seeds, so a submission's result is reproducible; runs on a
# developer's machine stay random and keep finding new cases (add each as a regression test).
settings.register_profile("ci", derandomize=True, print_blob=True)
if pcscd.in_ci():
    settings.load_profile("ci")


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Gate `pcsc` tests on a running pcscd: fail under CI=true, skip elsewhere."""
    if item.get_closest_marker("pcsc") is None:
        return
    if not pcscd.pcscd_running():
        message = "pcscd with the vpcd readers is not running (start it, or run `make test`)"
        if pcscd.in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    _vpcd_lock.acquire()  # one test at a time on this machine's vpcd slots, across test runs


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    """Release the vpcd lock once a `pcsc` test and its fixtures are torn down."""
    yield
    if _vpcd_lock.is_locked:
        _vpcd_lock.release(force=True)


@pytest.fixture(autouse=True)
def _garbage_collected_on_the_test_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """In Qt tests, collect cycles only on the test (GUI) thread, as the kiosk does (ui/app.py).

    Otherwise a worker thread (card, database, sync) can run the collector and destroy Qt objects
    off the GUI thread, which crashes Qt at random.
    """
    if not {"ui", "e2e", "packaging"} & set(request.node.path.parts):
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.collect()
        gc.enable()


@pytest.fixture
def memory_keyring() -> Iterator[InMemoryKeyring]:
    """Make an in-memory keyring the process's backend for one test."""
    previous: KeyringBackend = keyring.get_keyring()
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def secret_service_session(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[secret_service.SecretService]:
    """A private D-Bus bus with gnome-keyring, exported so subprocesses share one Secret Service."""
    if not secret_service.available():
        if pcscd.in_ci():
            pytest.fail("dbus-daemon or gnome-keyring-daemon missing", pytrace=False)
        pytest.skip("dbus-daemon or gnome-keyring-daemon missing")
    home = tmp_path_factory.mktemp("secret-service-home")
    with secret_service.running_secret_service(home) as service:
        saved = {k: os.environ.get(k) for k in service.environ}
        os.environ.update(service.environ)
        try:
            yield service
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


@pytest.fixture(params=["sqlite", "postgresql"])
def register_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh register database: an SQLite file, or a new database on the run's PostgreSQL.

    `make test` starts a throwaway PostgreSQL (scripts/postgres.sh); without one the PostgreSQL case
    fails under CI=true and is skipped elsewhere.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'register.db'}"
        return
    server = postgres.server_url()
    if server is None:
        message = f"no PostgreSQL for the tests ({postgres.URL_VARIABLE} unset: run `make test`)"
        if pcscd.in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    with postgres.fresh_database(server) as url:
        yield url
