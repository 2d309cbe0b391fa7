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
from tests.unit.core.factories import ALL_NO, STAFF, VOLUNTEER, card


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
    fields = confirmation.statement_fields
    assert fields["household_key"] == "201905140017" and fields["visit_id"] == visit.visit_id
    assert fields["national_number"] == fields["subject_national_number"] == "90031410231"
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
    fields = confirmation.statement_fields
    assert (fields["kind"], fields["national_number"], fields["subject_national_number"]) == (
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
