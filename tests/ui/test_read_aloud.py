"""Read aloud: the real speech-dispatcher engine through QtTextToSpeech, in the candidate's language.

This machine has no sound card. speech-dispatcher then fails to open its audio output and its engine
stays "speaking" for good (and the daemon stops answering new clients), so the tests give the daemon
of their private HOME an audio output that plays into nothing: libao's null driver. The engine, the
voices and the state changes are real; only the loudspeaker is missing.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import ui.speech
from tests.ui.conftest import KioskUnderTest, close_kiosk, make_kiosk
from tests.ui.helpers import sign_in, wait_for_screen
from ui.speech import screen_text
from ui.speech_service import usable_engines

SPEECHD_CONF = Path("/etc/speech-dispatcher/speechd.conf")


@pytest.fixture
def silent_speechd() -> Iterator[None]:
    """speech-dispatcher of the tests' HOME plays into libao's null driver; its daemon is ended after."""
    home = Path(os.environ["HOME"])
    config = Path(os.environ.get("XDG_CONFIG_HOME", home / ".config")) / "speech-dispatcher"
    config.mkdir(parents=True, exist_ok=True)
    (config / "speechd.conf").write_text(SPEECHD_CONF.read_text() + '\nAudioOutputMethod "libao"\n')
    (home / ".libao").write_text("default_driver=null\n")
    yield
    cache = Path(os.environ.get("XDG_CACHE_HOME", home / ".cache"))
    for pid_file in (cache / "speech-dispatcher" / "pid").glob("*.pid"):
        with contextlib.suppress(ValueError, ProcessLookupError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGTERM)


@pytest.fixture
def kiosk_with_speech(qtbot, tmp_path: Path, silent_speechd: None) -> Iterator[KioskUnderTest]:  # type: ignore[no-untyped-def]
    under_test = make_kiosk(tmp_path)
    yield under_test
    close_kiosk(under_test.kiosk)


def test_an_engine_is_found_on_this_machine() -> None:
    """bootstrap installs libpulse0 and speech-dispatcher: Qt must find the speechd engine."""
    assert "speechd" in usable_engines()


def test_read_aloud_says_the_screen_in_the_candidates_language(kiosk_with_speech, qtbot) -> None:  # type: ignore[no-untyped-def]
    ki = kiosk_with_speech
    window = ki.window
    qtbot.waitUntil(lambda: window.speaker.available, timeout=5000)
    assert not window.bar.read_aloud.isVisible()  # sign-in is an operator screen
    asked: list[tuple[str, str]] = []
    real_say = window.speaker.say
    window.speaker.say = lambda text, code: (asked.append((text, code)), real_say(text, code))  # type: ignore[method-assign]
    sign_in(qtbot, ki.kiosk)
    assert not window.bar.read_aloud.isVisible()  # so is home
    window._read_aloud()  # even when asked, an operator screen is never read
    assert asked == []
    ki.controller.start_visit()
    wait_for_screen(qtbot, ki.kiosk, "privacy")
    assert window.bar.read_aloud.isVisible()
    window.bar.language.setCurrentIndex(window.bar.language.findData("fr"))

    states: list[str] = []
    window.speaker.state_changed.connect(states.append)
    with qtbot.waitSignal(window.speaker.said, timeout=30_000) as said:
        window.bar.read_aloud.click()
        assert window.bar.busy.text()  # "please wait" while the engine starts
    assert not window.bar.busy.text()

    screen = window.screens["privacy"]
    assert asked == [(screen_text(screen), "fr")]
    assert screen.title.text() in asked[0][0]
    assert said.args == ["fr_FR", len(asked[0][0])]
    qtbot.waitUntil(lambda: states[-1:] == ["ready"], timeout=30_000)
    assert "speaking" in states
    assert window.speaker.available  # still there for the next press


def test_no_engine_hides_the_button(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ui.speech, "engine_finder", lambda: [])
    ki = make_kiosk(tmp_path)
    try:
        qtbot.waitUntil(lambda: ki.window.speaker.detected, timeout=5000)
        sign_in(qtbot, ki.kiosk)
        ki.controller.start_visit()
        wait_for_screen(qtbot, ki.kiosk, "privacy")
        assert not ki.window.speaker.available
        assert not ki.window.bar.read_aloud.isVisible()
    finally:
        close_kiosk(ki.kiosk)


def test_a_hung_engine_never_blocks_the_kiosk(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """A helper that never answers (like a wedged speech-dispatcher) is killed and the button hidden."""
    monkeypatch.setattr(ui.speech, "HELPER_COMMAND", [sys.executable, "-c", "import time; time.sleep(60)"])
    monkeypatch.setattr(ui.speech, "START_TIMEOUT_MS", 1000)
    ki = make_kiosk(tmp_path)
    try:
        qtbot.waitUntil(lambda: ki.window.speaker.available, timeout=5000)
        sign_in(qtbot, ki.kiosk)
        ki.controller.start_visit()
        wait_for_screen(qtbot, ki.kiosk, "privacy")
        assert ki.window.bar.read_aloud.isVisible()
        ki.window.bar.read_aloud.click()  # returns at once: the helper runs in its own process
        process = ki.window.speaker._process
        assert process is not None
        qtbot.waitUntil(lambda: process.processId() > 0, timeout=5000)
        pid = process.processId()
        qtbot.waitUntil(lambda: not ki.window.bar.read_aloud.isVisible(), timeout=5000)
        assert not ki.window.speaker.available
        assert ki.window.speaker._process is None
        assert not Path(f"/proc/{pid}").exists()  # killed and reaped
    finally:
        close_kiosk(ki.kiosk)


def test_the_kiosk_command_runs_the_speech_helper_for_the_bundle(silent_speechd: None) -> None:
    """The PyInstaller bundle has no `python -m`: its helper is `kiosk speech-service` (same protocol)."""
    result = subprocess.run(
        [sys.executable, "-m", "ui", "speech-service"],
        input=json.dumps({"say": "Welkom", "locale": "nl"}) + "\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    answers = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert answers[0] == {"ready": "speechd"}
    assert answers[1] == {"said": {"locale": "nl_NL", "chars": len("Welkom")}}
    assert "Welkom" not in result.stdout + result.stderr  # the text itself never comes back or is logged
