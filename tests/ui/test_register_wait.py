"""Signing waits for the register's answer: the statement's household key is the saved dossier's key.

The statement a card signs carries the household key: the register's candidate number once known,
else the reference tenant's national number. A slow register lookup (held back here until the test
lets it go; the lookup itself is the training back end's real one against its simulator) must not
let the adult sign the other key: the sign button waits with "looking up the household…", and the
controller refuses to sign meanwhile. An offline register is an answer too: then the national number
is the key, in the statement and in the saved dossier alike.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from kiosk.dossiers import load_dossier
from kiosk.visit import LookupPending, LookupState
from sync.simulator.server import free_port
from tests.ui.helpers import (
    answer_questions,
    choose_role,
    pass_evidence,
    sign_in_and_read,
    type_pin,
    wait_for_screen,
)

pytestmark = pytest.mark.ui

SOFIE, CANDIDATE_NUMBER = "90031410231", "201905140017"


class HeldLookup:
    """The back end's lookup, held until `release`; optionally against an unreachable register."""

    def __init__(self, backend, offline: bool = False) -> None:  # type: ignore[no-untyped-def]
        self.backend = backend
        self.original: Callable[[str], object] = backend.lookup
        self.gate = threading.Event()
        self.offline = offline
        self.calls = 0

    def __call__(self, national_number: str) -> object:
        self.calls += 1
        self.gate.wait(30)
        if not self.offline:
            return self.original(national_number)
        url = self.backend.register_url
        self.backend.register_url = f"https://127.0.0.1:{free_port()}"  # nobody listens: Offline
        try:
            return self.original(national_number)
        finally:
            self.backend.register_url = url

    def release(self) -> None:
        self.gate.set()


@pytest.fixture
def held(ki) -> Iterator[Callable[[bool], HeldLookup]]:  # type: ignore[no-untyped-def]
    made: list[HeldLookup] = []

    def hold(offline: bool = False) -> HeldLookup:
        lookup = HeldLookup(ki.backend, offline)
        ki.backend.lookup = lookup
        made.append(lookup)
        return lookup

    yield hold
    for lookup in made:
        lookup.release()  # never leave the sync worker waiting


def _sign_before_the_answer_then_after(ki, qtbot, lookup: HeldLookup) -> dict[str, object]:  # type: ignore[no-untyped-def]
    ctl = ki.controller
    sign_in_and_read(qtbot, ki.kiosk, "vrijwilliger", "nl-citizen-18", wait_for_register=False)
    qtbot.waitUntil(lambda: lookup.calls == 1, timeout=5000)
    visit = ctl.visit
    assert visit.lookup_state is LookupState.PENDING and not visit.lookup_settled
    # The candidate is quick: the register's answer (it decides her role, so her questions, and the
    # household key she signs) has not come yet. The questions wait for it, and say so.
    ctl.apply(lambda v: v.identity_confirmed())
    assert ctl.current_screen == "questions"
    questions = ki.window.screens["questions"]
    assert questions.waiting.isVisible() and not questions.yes.isVisible()
    assert not questions.proceed.isVisible()
    with pytest.raises(LookupPending):
        ctl.apply(lambda v: v.questions_done())
    member = visit.current_member
    refused: list[BaseException] = []
    ctl.sign(ctl.services.card_reader.signer(), refused.append)  # a click by code: nothing is signed
    assert len(refused) == 1 and not questions.yes.isVisible() and member.confirmation is None

    lookup.release()
    qtbot.waitUntil(lambda: visit.lookup_settled, timeout=10000)
    if visit.lookup_state is LookupState.OFFLINE:
        # Offline nobody can say who is who: the operator chooses her role, then her questions.
        wait_for_screen(qtbot, ki.kiosk, "household")
        choose_role(ki.kiosk)
        ctl.apply(lambda v: v.go_to_questions())
    qtbot.waitUntil(questions.yes.isVisible, timeout=10000)
    assert not questions.waiting.isVisible()
    answer_questions(ki.kiosk)
    pass_evidence(ki.kiosk)
    screen = ki.window.screens["confirm"]
    qtbot.waitUntil(screen.sign.isEnabled, timeout=10000)
    assert visit.lookup_settled and not screen.status.isVisible()
    screen.sign.click()
    type_pin(qtbot, ki.kiosk)
    wait_for_screen(qtbot, ki.kiosk, "household")
    signed_key = member.confirmation.statement.household_key
    ctl.apply(lambda v: v.go_to_review())
    ki.window.screens["review"].finish.click()
    wait_for_screen(qtbot, ki.kiosk, "receipt")
    with ki.backend.store.begin() as session:
        dossier = load_dossier(session, ki.backend.unlocked, visit.saved.dossier_id)
    assert signed_key == dossier.household_key
    return {"key": signed_key, "candidate_number": dossier.candidate_number, "state": visit.lookup_state}


def test_signing_waits_for_a_slow_register_lookup(ki, qtbot, held) -> None:  # type: ignore[no-untyped-def]
    result = _sign_before_the_answer_then_after(ki, qtbot, held())
    assert result == {
        "key": CANDIDATE_NUMBER,
        "candidate_number": CANDIDATE_NUMBER,
        "state": LookupState.FOUND,
    }


def test_an_offline_register_is_an_answer_too(ki, qtbot, held) -> None:  # type: ignore[no-untyped-def]
    result = _sign_before_the_answer_then_after(ki, qtbot, held(offline=True))
    assert result == {"key": SOFIE, "candidate_number": None, "state": LookupState.OFFLINE}
