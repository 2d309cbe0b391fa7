"""The PIN confirmation and the staff attestation go through the core's `kiosk.confirming`.

The core applies the authenticity policy before the card asks for a PIN: a tampered card signs only
after WIL staff's visual check, so skipping the identity screen's gate (or setting the flag by code
as a volunteer) signs nothing. What the UI records is the core's statement_v1, signed by the card.
Real virtual cards of the training fixture (in-process transport) and the training back end.
"""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from PySide6.QtCore import Qt

from kiosk import confirming, domain
from kiosk.errors import PermissionDenied
from kiosk.ports import Authenticity
from kiosk.statement import statement_v1
from tests.ui.helpers import sign_in_and_read, wait_for_screen
from ui.visit_end import dossier_in_memory

pytestmark = pytest.mark.ui

EVA, GRIET, PIETER = "95022812277", "79052012695", "88110210514"


def _type_pin(qtbot, screen, digits: str = "1234") -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(screen.pad.isVisible, timeout=10000)
    for digit in digits:
        qtbot.mouseClick(screen.pad.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.pad.ok, Qt.MouseButton.LeftButton)


def _pin_requests(ki) -> list[object]:  # type: ignore[no-untyped-def]
    asked: list[object] = []
    ki.controller.pin_source.asked.connect(lambda tries, _pinpad: asked.append(tries))
    return asked


def _verifies(confirmation: domain.Confirmation) -> None:
    """The card's signature holds over the statement_v1 bytes of the recorded fields (1.8 and 1.7 EC)."""
    certificate = x509.load_der_x509_certificate(confirmation.signature.certificate_der)
    public_key = certificate.public_key()
    assert isinstance(public_key, ec.EllipticCurvePublicKey)
    public_key.verify(
        confirmation.signature.signature,
        statement_v1(confirmation.statement_fields),
        ec.ECDSA(hashes.SHA384()),
    )


def _core_statement(ki, member_id: str, kind: str, signer: str) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The statement the core builds for this member of the visit in memory, now (the clock is fake)."""
    ctl = ki.controller
    context = ctl.backend.context()
    now = ki.clock.now()
    session = ctl.session
    dossier = dossier_in_memory(session, session.lookup, context, now.date())
    for core_member in dossier.members:
        core_member.confirmation = None  # as it was before it signed
    member = next(m for m in session.members if m.member_id == member_id)
    visit = domain.Visit(
        context.operator,
        ctl.backend.terminal_id,
        context.location,
        session.started_at or now,
        visit_id=session.visit_id,
    )
    return confirming.build_statement(
        dossier,
        dossier.member(member_id),
        kind=kind,  # type: ignore[arg-type]
        signer_national_number=signer,
        visit=visit,
        declarations=ctl.declarations_of(member),
        now=now,
    )


def test_a_tampered_card_cannot_sign_without_wil_staffs_visual_check(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", "tampered-address")
    ctl = ki.controller
    assert ctl.session.identity.authenticity is Authenticity.TAMPERED
    qtbot.waitUntil(lambda: not ctl.lookup_pending(), timeout=10000)  # signing waits for the register
    asked = _pin_requests(ki)
    ctl.go("confirm")  # past the identity screen's gate, as a stray path or a script could
    screen = ki.window.screens["confirm"]
    screen.sign.click()
    qtbot.waitUntil(lambda: "niet ondertekenen" in screen.status.text(), timeout=10000)
    member = ctl.current_member()
    assert member.confirmation is None and member.state.value == "to_do"
    assert asked == [] and not screen.pad.isVisible()  # refused before the PIN: no try wasted

    ctl.go("identity")
    ki.window.screens["identity"].staff_accept.click()  # WIL staff looked at the card
    qtbot.waitUntil(lambda: ctl.session.visual_check_done, timeout=5000)  # once audited by the core
    ctl.go("confirm")
    screen.sign.click()
    _type_pin(qtbot, screen)
    wait_for_screen(qtbot, ki.kiosk, "household")
    confirmation = member.confirmation
    assert confirmation is not None and confirmation.method == "eid_signature"
    assert member.state.value == "confirmed_pin"
    fields = confirmation.statement_fields
    assert fields["kind"] == "confirmation" and fields["visit_id"] == ctl.session.visit_id
    assert fields["national_number"] == fields["subject_national_number"] == EVA
    assert fields == _core_statement(ki, member.member_id, "confirmation", EVA)
    _verifies(confirmation)


def test_a_volunteers_visual_check_does_not_count(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "vrijwilliger", "tampered-photo")
    ctl = ki.controller
    with pytest.raises(PermissionDenied):
        ctl.session.record_visual_check()
    ctl.session.visual_check_done = True  # a bypassed widget: the core checks the role itself
    qtbot.waitUntil(lambda: not ctl.lookup_pending(), timeout=10000)  # signing waits for the register
    asked = _pin_requests(ki)
    ctl.go("confirm")
    screen = ki.window.screens["confirm"]
    screen.sign.click()
    qtbot.waitUntil(lambda: "niet ondertekenen" in screen.status.text(), timeout=10000)
    assert asked == [] and ctl.current_member().confirmation is None


def test_a_visual_check_holds_for_the_card_in_the_reader_only(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", "tampered-address")
    ki.window.screens["identity"].staff_accept.click()
    qtbot.waitUntil(lambda: ki.controller.session.visual_check_done, timeout=5000)
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    assert not ki.controller.session.visual_check_done
    ki.panel.insert_card("tampered-address")
    wait_for_screen(qtbot, ki.kiosk, "identity")
    assert not ki.controller.session.visual_check_done
    assert not ki.window.screens["identity"].proceed.isEnabled()


def test_a_staff_attestation_is_the_cores_statement_signed_by_the_staff_card(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", "nl-partner-17-ec")
    ctl = ki.controller
    pieter = ctl.current_member()
    # The register's answer (candidate number, the household key) comes first, as in a real visit.
    qtbot.waitUntil(lambda: ctl.session.lookup_state == "found", timeout=10000)
    ctl.go("confirm")
    screen = ki.window.screens["confirm"]
    screen.attest.click()
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    ki.panel.insert_card("staff-wil-1")
    wait_for_screen(qtbot, ki.kiosk, "confirm")
    screen.sign.click()
    _type_pin(qtbot, screen)
    wait_for_screen(qtbot, ki.kiosk, "household")
    confirmation = pieter.confirmation
    assert confirmation is not None and confirmation.method == "staff_attested"
    assert confirmation.attestation_reason and pieter.state.value == "attested"
    fields = confirmation.statement_fields
    assert fields["kind"] == "attestation"
    assert (fields["national_number"], fields["subject_national_number"]) == (GRIET, PIETER)
    assert fields == _core_statement(ki, pieter.member_id, "attestation", GRIET)
    _verifies(confirmation)
