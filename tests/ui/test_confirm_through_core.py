"""The PIN confirmation and the staff attestation go through the core's `kiosk.confirming`.

The core applies the authenticity policy before the card asks for a PIN: a tampered card signs only
after WIL staff's visual check of that card in the reader, so a card pulled and inserted again after
the check (or a flag set by code as a volunteer) signs nothing. What the visit records is the core's
statement_v1, signed by the card.
Real virtual cards of the training fixture (in-process transport) and the training back end.
"""

from __future__ import annotations

import copy

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from PySide6.QtCore import Qt

from kiosk import confirming, domain
from kiosk.domain import MemberStatus, member_status
from kiosk.errors import PermissionDenied
from kiosk.ports import Authenticity
from kiosk.statement import Statement, statement_v1
from kiosk.visit import LookupState
from tests.ui.helpers import answer_questions, choose_role, pass_evidence, sign_in_and_read, wait_for_screen
from ui.staff_check import record_visual_check

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
    """The card's signature holds over the statement_v1 bytes of the recorded statement (1.8 and 1.7 EC)."""
    certificate = x509.load_der_x509_certificate(confirmation.signature.certificate_der)
    public_key = certificate.public_key()
    assert isinstance(public_key, ec.EllipticCurvePublicKey)
    public_key.verify(
        confirmation.signature.signature,
        statement_v1(confirmation.statement),
        ec.ECDSA(hashes.SHA384()),
    )


def _core_statement(ki, member_id: str, kind: str, signer: str) -> Statement:  # type: ignore[no-untyped-def]
    """The statement the core builds for this member of the visit in memory, now (the clock is fake)."""
    visit = ki.controller.visit
    dossier = copy.deepcopy(visit.dossier)
    dossier.member(member_id).confirmation = None  # as it was before it signed
    return confirming.build_statement(
        dossier,
        dossier.member(member_id),
        kind=kind,  # type: ignore[arg-type]
        signer_national_number=signer,
        visit=visit.meta,
        declarations={**visit.household_answers, **visit.answers[member_id]},
        now=ki.clock.now(),
    )


def _questions_and_evidence(ki) -> None:  # type: ignore[no-untyped-def]
    """From the questions (or the household) to the confirm screen of the adult whose card is in."""
    ctl = ki.controller
    if ctl.current_screen == "household":
        holder = ctl.visit.card_member
        if holder is not None and not holder.role_chosen:
            choose_role(ki.kiosk)  # a new registration: the operator chooses the role first
        ctl.apply(lambda v: v.go_to_questions())
    answer_questions(ki.kiosk)
    pass_evidence(ki.kiosk)
    assert ctl.current_screen == "confirm"


def _refused_before_the_pin(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    asked = _pin_requests(ki)
    screen = ki.window.screens["confirm"]
    screen.sign.click()
    qtbot.waitUntil(lambda: "niet ondertekenen" in screen.status.text(), timeout=10000)
    assert asked == [] and not screen.pad.isVisible()  # refused before the PIN: no try wasted


def test_a_tampered_card_cannot_sign_without_wil_staffs_visual_check(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", "tampered-address")
    ctl = ki.controller
    visit = ctl.visit
    assert visit.card.identity.authenticity is Authenticity.TAMPERED
    with pytest.raises(PermissionDenied):
        ctl.apply(lambda v: v.identity_confirmed())  # the identity screen's gate is the core's
    identity = ki.window.screens["identity"]
    identity.staff_accept.click()  # WIL staff looked at the card
    qtbot.waitUntil(lambda: visit.card.visual_check_done, timeout=5000)  # once audited by the core
    identity.proceed.click()
    _questions_and_evidence(ki)
    eva = visit.current_member

    # The card leaves and comes back: a new read, not the card staff looked at.
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    ki.panel.insert_card("tampered-address")
    wait_for_screen(qtbot, ki.kiosk, "confirm")  # the same adult goes on where she was
    assert not visit.card.visual_check_done
    _refused_before_the_pin(ki, qtbot)
    assert eva.confirmation is None
    assert member_status(visit.dossier, eva, visit.today) is MemberStatus.TO_CONFIRM

    # Through the household and the identity screen again, WIL staff look at this card.
    ki.window.screens["confirm"].back.click()
    ki.panel.remove_card()
    ki.panel.insert_card("tampered-address")
    wait_for_screen(qtbot, ki.kiosk, "identity")
    identity.staff_accept.click()
    qtbot.waitUntil(lambda: visit.card.visual_check_done, timeout=5000)
    identity.proceed.click()
    _questions_and_evidence(ki)  # her answers were kept: nothing is asked twice
    screen = ki.window.screens["confirm"]
    screen.sign.click()
    _type_pin(qtbot, screen)
    wait_for_screen(qtbot, ki.kiosk, "household")
    confirmation = eva.confirmation
    assert confirmation is not None and confirmation.method == "eid_signature"
    assert member_status(visit.dossier, eva, visit.today) is MemberStatus.CONFIRMED
    statement = confirmation.statement
    assert statement.kind == "confirmation" and statement.visit_id == visit.meta.visit_id
    assert statement.national_number == statement.subject_national_number == EVA
    assert statement == _core_statement(ki, eva.member_id, "confirmation", EVA)
    _verifies(confirmation)


def test_a_volunteers_visual_check_does_not_count(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "vrijwilliger", "tampered-photo")
    ctl = ki.controller
    with pytest.raises(PermissionDenied):
        record_visual_check(ctl, lambda: None, lambda _e: None)
    ctl.visit.card.visual_check_done = True  # a bypassed widget: the core checks the role itself
    ctl.apply(lambda v: v.identity_confirmed())
    _questions_and_evidence(ki)
    member = ctl.visit.current_member
    _refused_before_the_pin(ki, qtbot)
    assert member.confirmation is None


def test_a_visual_check_holds_for_the_card_in_the_reader_only(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", "tampered-address")
    visit = ki.controller.visit
    ki.window.screens["identity"].staff_accept.click()
    qtbot.waitUntil(lambda: visit.card.visual_check_done, timeout=5000)
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    assert visit.card is None
    ki.panel.insert_card("tampered-address")
    wait_for_screen(qtbot, ki.kiosk, "identity")
    assert not visit.card.visual_check_done
    assert not ki.window.screens["identity"].proceed.isEnabled()


def test_a_staff_attestation_is_the_cores_statement_signed_by_the_staff_card(ki, qtbot) -> None:  # type: ignore[no-untyped-def]
    sign_in_and_read(qtbot, ki.kiosk, "wil", "nl-partner-17-ec")
    ctl = ki.controller
    visit = ctl.visit
    # The register's answer (candidate number, the household key) comes first, as in a real visit.
    assert visit.lookup_state is LookupState.FOUND
    ctl.apply(lambda v: v.identity_confirmed())
    pieter = visit.current_member
    _questions_and_evidence(ki)
    screen = ki.window.screens["confirm"]
    screen.attest.click()
    assert "eigen kaart van medewerker" in screen.status.text()
    ki.panel.remove_card()
    wait_for_screen(qtbot, ki.kiosk, "awaiting_card")
    ki.panel.insert_card("staff-wil-1")
    wait_for_screen(qtbot, ki.kiosk, "confirm")
    assert visit.card.staff_card
    screen.sign.click()
    _type_pin(qtbot, screen)
    wait_for_screen(qtbot, ki.kiosk, "household")
    confirmation = pieter.confirmation
    assert confirmation is not None and confirmation.method == "staff_attested"
    assert confirmation.attestation_reason
    assert member_status(visit.dossier, pieter, visit.today) is MemberStatus.ATTESTED
    statement = confirmation.statement
    assert statement.kind == "attestation"
    assert (statement.national_number, statement.subject_national_number) == (GRIET, PIETER)
    assert statement == _core_statement(ki, pieter.member_id, "attestation", GRIET)
    _verifies(confirmation)
