"""Confirmations signed over statement_v1: verifiable on their own, with the roles checked."""

from __future__ import annotations

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from kiosk import confirming, domain
from kiosk.domain import Dossier, Visit
from kiosk.errors import PermissionDenied
from kiosk.ports import Authenticity, EidSignature, NoSigningKey, PartialDate
from kiosk.statement import statement_v1
from tests.unit.core.conftest import NOW
from tests.unit.core.factories import ALL_NO, STAFF, TRAINING_VOLUNTEER, VOLUNTEER, card


class EcSigner:
    """Signs like an eID 1.8 card (ECDSA P-384, SHA-384) with a throwaway key."""

    def __init__(self) -> None:
        self.key = ec.generate_private_key(ec.SECP384R1())
        self.signed: list[bytes] = []

    def sign(self, statement: bytes) -> EidSignature:
        self.signed.append(statement)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test")])
        certificate = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(self.key.public_key())
            .serial_number(1)
            .not_valid_before(NOW)
            .not_valid_after(NOW.replace(year=2030))
            .sign(self.key, hashes.SHA384())
        )
        return EidSignature(
            "signature",
            "ecdsa-p384-sha384",
            self.key.sign(statement, ec.ECDSA(hashes.SHA384())),
            certificate.public_bytes(serialization.Encoding.DER),
        )


def _household() -> tuple[Dossier, domain.Member, domain.Member, Visit]:
    dossier = Dossier(kind="confirmation", candidate_number="201905140017")
    sofie = domain.member_from_card(card(), "reference_tenant")
    pieter = domain.member_from_card(
        card("88110210514", "De Smet", "Pieter", PartialDate(1988, 11, 2)), "partner"
    )
    dossier.members += [sofie, pieter]
    return dossier, sofie, pieter, Visit("vrijwilliger", "T-1", "Genk", NOW)


def test_a_pin_confirmation_verifies_on_its_own() -> None:
    dossier, sofie, _, visit = _household()
    signer = EcSigner()
    confirmation = confirming.confirm_with_eid(
        dossier,
        sofie,
        card=card(),
        signer=signer,
        visit=visit,
        declarations=ALL_NO,
        context=VOLUNTEER,
        now=NOW,
    )
    fields = confirmation.statement
    assert fields.household_key == "201905140017" and fields.visit_id == visit.visit_id
    assert fields.national_number == fields.subject_national_number == "90031410231"
    certificate = x509.load_der_x509_certificate(confirmation.signature.certificate_der)
    public_key = certificate.public_key()
    assert isinstance(public_key, ec.EllipticCurvePublicKey)
    public_key.verify(confirmation.signature.signature, statement_v1(fields), ec.ECDSA(hashes.SHA384()))
    assert sofie.confirmation is confirmation


def test_only_the_adults_own_card_signs_their_confirmation() -> None:
    dossier, _, pieter, visit = _household()
    with pytest.raises(PermissionDenied, match="own card"):
        confirming.confirm_with_eid(
            dossier,
            pieter,
            card=card(),
            signer=EcSigner(),
            visit=visit,
            declarations=ALL_NO,
            context=VOLUNTEER,
            now=NOW,
        )


def test_an_expired_card_cannot_sign() -> None:
    dossier, sofie, _, visit = _household()
    signer = EcSigner()
    with pytest.raises(NoSigningKey):
        confirming.confirm_with_eid(
            dossier,
            sofie,
            card=card(authenticity=Authenticity.EXPIRED),
            signer=signer,
            visit=visit,
            declarations=ALL_NO,
            context=VOLUNTEER,
            now=NOW,
        )
    assert signer.signed == []


def test_staff_attestation_is_signed_with_the_staff_card() -> None:
    dossier, _, pieter, visit = _household()
    griet = card("79052012695", "Van den Broeck", "Griet", PartialDate(1979, 5, 20))
    with pytest.raises(PermissionDenied):
        confirming.attest_by_staff(
            dossier,
            pieter,
            staff_card=griet,
            signer=EcSigner(),
            visit=visit,
            declarations=ALL_NO,
            reason="geen PIN",
            context=VOLUNTEER,
            now=NOW,
        )
    confirmation = confirming.attest_by_staff(
        dossier,
        pieter,
        staff_card=griet,
        signer=EcSigner(),
        visit=visit,
        declarations=ALL_NO,
        reason="geen PIN",
        context=STAFF,
        now=NOW,
    )
    fields = confirmation.statement
    assert (fields.kind, fields.national_number, fields.subject_national_number) == (
        "attestation",
        "79052012695",
        "88110210514",
    )
    assert confirmation.method == "staff_attested" and confirmation.attestation_reason == "geen PIN"


def test_confirming_for_an_absent_adult_needs_the_volmacht() -> None:
    dossier, _, pieter, visit = _household()
    domain.mark_absent(pieter, "hospital")
    with pytest.raises(PermissionDenied, match="volmacht"):
        confirming.confirm_with_eid(
            dossier,
            pieter,
            card=card(),
            signer=EcSigner(),
            visit=visit,
            declarations=ALL_NO,
            context=VOLUNTEER,
            now=NOW,
            on_behalf_of_absent=True,
        )


@pytest.mark.parametrize(
    "authenticity", [Authenticity.TEST_CARD, Authenticity.TAMPERED, Authenticity.UNVERIFIABLE]
)
def test_a_card_the_policy_refuses_cannot_sign(authenticity: Authenticity) -> None:
    dossier, sofie, _, visit = _household()
    signer = EcSigner()
    with pytest.raises(PermissionDenied):
        confirming.confirm_with_eid(
            dossier,
            sofie,
            card=card(authenticity=authenticity),
            signer=signer,
            visit=visit,
            declarations=ALL_NO,
            context=VOLUNTEER,
            now=NOW,
        )
    assert signer.signed == [] and sofie.confirmation is None


def test_a_test_card_signs_in_training_mode() -> None:
    dossier, sofie, _, visit = _household()
    confirming.confirm_with_eid(
        dossier,
        sofie,
        card=card(authenticity=Authenticity.TEST_CARD),
        signer=EcSigner(),
        visit=visit,
        declarations=ALL_NO,
        context=TRAINING_VOLUNTEER,
        now=NOW,
    )
    assert sofie.confirmation is not None


def test_a_tampered_card_signs_after_wil_staffs_visual_check_only() -> None:
    dossier, sofie, _, visit = _household()
    tampered = card(authenticity=Authenticity.TAMPERED)
    arguments = {"card": tampered, "visit": visit, "declarations": ALL_NO, "now": NOW}
    with pytest.raises(PermissionDenied):  # a volunteer's "visual check" does not count
        confirming.confirm_with_eid(
            dossier, sofie, signer=EcSigner(), context=VOLUNTEER, visual_check_done=True, **arguments
        )
    confirming.confirm_with_eid(
        dossier, sofie, signer=EcSigner(), context=STAFF, visual_check_done=True, **arguments
    )
    assert sofie.confirmation is not None


def test_staff_cannot_attest_with_a_tampered_card_of_their_own() -> None:
    dossier, _, pieter, visit = _household()
    griet = card("79052012695", "Van den Broeck", "Griet", PartialDate(1979, 5, 20), Authenticity.TAMPERED)
    with pytest.raises(PermissionDenied):
        confirming.attest_by_staff(
            dossier,
            pieter,
            staff_card=griet,
            signer=EcSigner(),
            visit=visit,
            declarations=ALL_NO,
            reason="no PIN",
            context=STAFF,
            now=NOW,
        )
    assert pieter.confirmation is None


def _absent_pieter_with_volmacht() -> tuple[Dossier, domain.Member, domain.Member, Visit]:
    dossier, sofie, pieter, visit = _household()
    domain.mark_absent(pieter, "hospital")
    volmacht = domain.Evidence("volmacht", pieter.member_id, state="shown_at_counter")
    domain.record_volmacht(dossier, pieter, volmacht, STAFF)
    return dossier, sofie, pieter, visit


def test_the_volmacht_is_checked_before_the_card_asks_for_a_pin() -> None:
    dossier, _, pieter, visit = _household()
    domain.mark_absent(pieter, "hospital")
    signer = EcSigner()
    with pytest.raises(PermissionDenied, match="volmacht"):
        confirming.confirm_with_eid(
            dossier,
            pieter,
            card=card(),
            signer=signer,
            visit=visit,
            declarations=ALL_NO,
            context=VOLUNTEER,
            now=NOW,
            on_behalf_of_absent=True,
        )
    assert signer.signed == []


def test_only_a_present_adult_of_the_household_signs_for_an_absent_one() -> None:
    dossier, _, pieter, visit = _absent_pieter_with_volmacht()
    stranger = card("75073010636", "Dubois", "Marie", PartialDate(1975, 7, 30))
    signer = EcSigner()
    with pytest.raises(PermissionDenied, match="another adult of the household"):
        confirming.confirm_with_eid(
            dossier,
            pieter,
            card=stranger,
            signer=signer,
            visit=visit,
            declarations=ALL_NO,
            context=VOLUNTEER,
            now=NOW,
            on_behalf_of_absent=True,
        )
    assert signer.signed == [] and pieter.confirmation is None
    confirmation = confirming.confirm_with_eid(
        dossier,
        pieter,
        card=card(),  # Sofie, present, signs under Pieter's volmacht
        signer=signer,
        visit=visit,
        declarations=ALL_NO,
        context=VOLUNTEER,
        now=NOW,
        on_behalf_of_absent=True,
    )
    assert confirmation.on_behalf_of_absent and pieter.confirmation is confirmation
    assert confirmation.statement.national_number == "90031410231"
    assert confirmation.statement.subject_national_number == "88110210514"
