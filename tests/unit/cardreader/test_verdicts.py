"""One verdict with its reason: tampered > unverifiable > expired > test-card > genuine."""

from __future__ import annotations

from datetime import date

import pytest
from cryptography import x509

from cardreader.identity import parse_identity
from cardreader.integrity import CardFiles, Trust, TrustRoots, Verdict, verify_card
from cardreader.reading import read_card
from cardreader.virtual import VirtualCardConnection, load_profile, training_root_certificates
from tests.unit.cardreader.conftest import TODAY, TRAINING

TEST_ROOT = x509.load_pem_x509_certificate(training_root_certificates(TRAINING)[0])
# Only to exercise the "genuine" branch: the real code never lets a test root pass as production
# (`TrustRoots.from_pem` checks production roots by fingerprint).
AS_IF_PRODUCTION = TrustRoots(production=(TEST_ROOT,))
AS_TEST = TrustRoots(production=(), test=(TEST_ROOT,))
NOTHING = TrustRoots(production=())


def _files(name: str) -> CardFiles:
    return read_card(VirtualCardConnection(load_profile(name, TRAINING)), NOTHING, TODAY).files


@pytest.mark.parametrize(
    ("name", "roots", "today", "verdict"),
    [
        ("nl-citizen-18", AS_IF_PRODUCTION, TODAY, Verdict.GENUINE),
        ("nl-citizen-18", AS_TEST, TODAY, Verdict.TEST_CARD),
        ("nl-citizen-18", AS_TEST, date(2040, 1, 1), Verdict.EXPIRED),
        ("nl-citizen-18", AS_IF_PRODUCTION, date(2040, 1, 1), Verdict.EXPIRED),
        ("nl-citizen-18", NOTHING, date(2040, 1, 1), Verdict.UNVERIFIABLE),
        ("tampered-address", NOTHING, date(2040, 1, 1), Verdict.TAMPERED),
        ("tampered-photo", AS_IF_PRODUCTION, TODAY, Verdict.TAMPERED),
        ("expired", AS_TEST, TODAY, Verdict.EXPIRED),
        ("fr-citizen-17-rsa", AS_IF_PRODUCTION, TODAY, Verdict.GENUINE),
    ],
)
def test_the_verdict_order(name: str, roots: TrustRoots, today: date, verdict: Verdict) -> None:
    files = _files(name)
    report = verify_card(files, parse_identity(files.identity), roots, today)
    assert report.verdict is verdict
    assert report.reason


def test_a_missing_rrn_certificate_is_unverifiable_not_tampered() -> None:
    files = _files("nl-citizen-18")
    missing = CardFiles(**{**files.__dict__, "rrn_certificate": None})
    report = verify_card(missing, parse_identity(files.identity), AS_IF_PRODUCTION, TODAY)
    assert (report.verdict, report.rrn_certificate) == (Verdict.UNVERIFIABLE, Trust.UNTRUSTED)


def test_data_signatures_are_checked_with_the_cards_own_certificate_whatever_it_chains_to() -> None:
    files = _files("tampered-address")
    report = verify_card(files, parse_identity(files.identity), AS_IF_PRODUCTION, TODAY)
    assert report.rrn_certificate is Trust.TRUSTED
    assert report.verdict is Verdict.TAMPERED


def test_a_wrong_basic_key_is_tampering() -> None:
    files = _files("nl-citizen-18")
    other = load_profile("staff-wil-1", TRAINING).files["DF014040"]
    changed = CardFiles(**{**files.__dict__, "basic_key": other})
    report = verify_card(changed, parse_identity(files.identity), AS_IF_PRODUCTION, TODAY)
    assert report.basic_key is False
    assert report.verdict is Verdict.TAMPERED


def test_a_card_that_fails_the_basic_key_challenge_is_tampered() -> None:
    files = _files("nl-citizen-18")
    wrong_card = VirtualCardConnection(load_profile("staff-wil-1", TRAINING))

    def challenge(nonce: bytes) -> bytes:
        data, _ = wrong_card.send_and_receive(bytes.fromhex("0088028132" + "9430") + nonce)
        response, _ = wrong_card.send_and_receive(bytes.fromhex("00C0000060"))
        return data + response

    report = verify_card(files, parse_identity(files.identity), AS_IF_PRODUCTION, TODAY, challenge)
    assert report.basic_key is False
    assert report.verdict is Verdict.TAMPERED
