"""Start-up: the sign-in screen is up before the back end, and a back end that cannot start is said.

`kiosk` and `kiosk demo` show the sign-in screen first and open the store, run the migrations and
(in training) start the register simulator on the database worker behind it. The operator may type
and press "Aanmelden" meanwhile: the sign-in waits in the database worker's queue. A back end that
cannot start leaves a clear message and a way out, never a dead window.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from kiosk.clock import FakeClock
from kiosk.errors import KioskUserError
from kiosk.store import TRAINING_PASSWORD
from ui.app import Kiosk, build_kiosk, start_backend
from ui.backend import Backend
from ui.navigation import ScreenKey

from .conftest import START, close_kiosk, training_dir

pytestmark = pytest.mark.ui

HOME, SIGN_IN = ScreenKey.HOME, ScreenKey.SIGN_IN


@pytest.fixture
def deferred(qtbot: object, tmp_path: Path) -> Iterator[Kiosk]:
    """A training kiosk in kiosk mode as `kiosk demo` builds it: the back end not yet loaded."""
    kiosk = build_kiosk(
        training=True, kiosk_mode=True, data_dir=training_dir(tmp_path), clock=FakeClock(START), deferred=True
    )
    kiosk.window.resize(1280, 860)
    kiosk.window.show()
    yield kiosk
    close_kiosk(kiosk)


def _sign_in_widgets(kiosk: Kiosk) -> tuple[QLineEdit, QLineEdit, QPushButton]:
    screen = kiosk.window.screens[SIGN_IN]
    return (
        screen.findChild(QLineEdit, "operatorName"),  # type: ignore[return-value]
        screen.findChild(QLineEdit, "operatorPassword"),  # type: ignore[return-value]
        screen.submit,  # type: ignore[attr-defined]
    )


def test_a_sign_in_typed_while_the_kiosk_starts_goes_through_once_the_store_is_open(deferred, qtbot) -> None:  # type: ignore[no-untyped-def]
    controller = deferred.controller
    starting = deferred.window.screens[SIGN_IN].findChild(QLabel, "startingHint")
    assert starting.isVisible()  # says the kiosk is starting, and that typing already works
    gate = threading.Event()
    real_loader = controller.terminal.backend_loader

    def slow_loader() -> Backend:
        gate.wait(30)  # the store opening on a slow laptop
        return real_loader()

    controller.terminal.load_backend(slow_loader)
    name, password, submit = _sign_in_widgets(deferred)
    qtbot.keyClicks(name, "vrijwilliger")
    qtbot.keyClicks(password, TRAINING_PASSWORD)
    submit.click()
    assert not controller.terminal.backend_loaded  # pressed before the back end exists
    assert controller.current_screen == SIGN_IN
    gate.set()
    qtbot.waitUntil(lambda: controller.current_screen == HOME, timeout=30000)
    assert controller.terminal.operator is not None and controller.terminal.operator.name == "vrijwilliger"
    assert not starting.isVisible()


def test_a_back_end_that_cannot_start_is_said_and_the_kiosk_may_close(deferred, qtbot) -> None:  # type: ignore[no-untyped-def]
    controller = deferred.controller

    def broken_loader() -> Backend:
        raise KioskUserError("the device key is missing from the keyring")

    controller.terminal.load_backend(broken_loader)
    screen = deferred.window.screens[SIGN_IN]
    failed = screen.findChild(QLabel, "startupFailed")
    qtbot.waitUntil(failed.isVisible, timeout=10000)
    assert "the device key is missing from the keyring" in failed.text()
    assert "coördinator" in failed.text()
    name, password, submit = _sign_in_widgets(deferred)
    assert not name.isEnabled() and not password.isEnabled() and not submit.isEnabled()
    assert screen.quit.isVisible() and screen.quit.hasFocus()  # type: ignore[attr-defined]
    # In kiosk mode the window refuses to close without an operator; with no store there is
    # nothing to protect and nobody could sign in, so the way out is open.
    screen.quit.click()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not deferred.window.isVisible(), timeout=5000)


def test_while_starting_the_kiosk_window_stays_closed_to_escape(deferred, qtbot) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    real_loader = deferred.controller.terminal.backend_loader
    deferred.controller.terminal.load_backend(lambda: (gate.wait(30), real_loader())[1])
    deferred.window.close()  # Escape or Alt+F4 during start-up
    assert deferred.window.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: deferred.controller.terminal.backend_loaded, timeout=30000)


HEAVY = ("sqlalchemy", "alembic", "reportlab", "starlette", "uvicorn", "httpx", "smartcard", "jsonschema")

FIRST_SCREEN_ONLY = """
import json, sys, tempfile
from pathlib import Path
from ui.app import build_kiosk, show
data_dir = Path(tempfile.mkdtemp()) / "demo"
kiosk = build_kiosk(training=True, kiosk_mode=False, data_dir=data_dir, deferred=True)
show(kiosk, False)
kiosk.app.processEvents()
loaded = sorted({name.split(".")[0] for name in sys.modules})
print(json.dumps(loaded))
kiosk.window.allow_close()
kiosk.controller.shutdown()
"""


def test_the_first_screen_loads_no_database_register_documents_or_pcsc_library() -> None:
    # What keeps the first screen fast (benchmarks/visit_effort.py): these load behind it.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN_ONLY],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    assert not loaded & set(HEAVY)


def test_start_backend_uses_the_composition_roots_loader(deferred, qtbot) -> None:  # type: ignore[no-untyped-def]
    start_backend(deferred)
    qtbot.waitUntil(lambda: deferred.controller.terminal.backend_loaded, timeout=30000)
    assert deferred.backend.training


def test_a_locked_operator_is_told_to_wait_not_that_the_password_is_wrong(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from .conftest import make_kiosk

    under_test = make_kiosk(tmp_path)
    try:
        screen = under_test.window.screens[SIGN_IN]
        error = screen.error  # type: ignore[attr-defined]
        for attempt in range(6):  # five wrong passwords lock the name; the sixth try meets the lock
            under_test.controller.terminal.sign_in("vrijwilliger", f"wrong-{attempt}")
            qtbot.waitUntil(lambda: not under_test.controller.terminal.db.busy, timeout=30000)
            qtbot.waitUntil(error.isVisible, timeout=5000)
            if attempt < 5:
                assert error.text() == "Naam of wachtwoord klopt niet. Probeer opnieuw."
        assert "Te veel foute wachtwoorden" in error.text()
        # Even the right password waits.
        under_test.controller.terminal.sign_in("vrijwilliger", TRAINING_PASSWORD)
        qtbot.waitUntil(lambda: not under_test.controller.terminal.db.busy, timeout=30000)
        assert under_test.controller.terminal.operator is None
        assert "Te veel foute wachtwoorden" in error.text()
    finally:
        close_kiosk(under_test.kiosk)


def test_a_damaged_store_is_named_on_the_sign_in_screen_with_the_restore_steps(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir = training_dir(tmp_path)
    database = data_dir / "kiosk.db"
    with closing(sqlite3.connect(database)) as connection:  # every page in the file, none in the WAL
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = connection.execute("select rootpage from sqlite_master where name = 'visits'").fetchone()
    with database.open("r+b") as handle:  # a page of the store's data overwritten (a disk gone bad)
        handle.seek((root - 1) * 4096)
        handle.write(b"\x00" * 12)
    kiosk = build_kiosk(
        training=True, kiosk_mode=True, data_dir=data_dir, clock=FakeClock(START), deferred=True
    )
    try:
        kiosk.window.show()
        start_backend(kiosk)
        failed = kiosk.window.screens[SIGN_IN].findChild(QLabel, "startupFailed")
        qtbot.waitUntil(failed.isVisible, timeout=30000)
        assert str(database) in failed.text() and "is damaged" in failed.text()
        assert "kiosk db restore BACKUP" in failed.text()
        # `kiosk demo` prints it and exits 1.
        assert kiosk.controller.terminal.startup_error.startswith(str(database))
    finally:
        close_kiosk(kiosk)
