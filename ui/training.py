"""Training mode's stand-ins, used only until the real pieces land on this branch.

INTERIM, and only in training mode (`kiosk demo`):
- `StandInCardReader` gives the training fixture's people (TEAM: the fake people with fixed national
  numbers) as `CardIdentity` values, so the screens, card swaps and wipes can be exercised. It is
  NOT the virtual eID card: there is no APDU, no signature check and no signing key. Its verdict is
  always at best "test-card", and `signer()` returns None, so the PIN screen says signing is not
  available yet instead of pretending to sign.
- `TrainingOperators` knows the demo operators (password `oefen`) without unlocking any store.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import date
from typing import Literal

from kiosk.errors import KioskUserError
from kiosk.ports import Authenticity, CardAddress, CardIdentity, PartialDate, Signer
from ui.session import Operator, Role

STAND_IN_REASON = "stand-in card: the virtual eID card is not built in this version"


@dataclass(frozen=True)
class Profile:
    """One person of the training fixture."""

    name: str
    first_names: str
    surname: str
    sex: Literal["M", "F"]
    birth: PartialDate
    nationality: str
    national_number: str
    verdict: Authenticity = Authenticity.TEST_CARD


PROFILES: tuple[Profile, ...] = (
    Profile("nl-citizen-18", "Sofie", "Janssens", "F", PartialDate(1990, 3, 14), "BE", "90031410231"),
    Profile("nl-partner-17-ec", "Pieter", "De Smet", "M", PartialDate(1988, 11, 2), "BE", "88110210514"),
    Profile("fr-citizen-17-rsa", "Marie", "Dubois", "F", PartialDate(1975, 7, 30), "BE", "75073010636"),
    Profile("de-citizen-18", "Hans", "Müller", "M", PartialDate(1962, 12, 22), "BE", "62122210935"),
    Profile("one-digit-day", "Lotte", "Maes", "F", PartialDate(1985, 3, 5), "BE", "85030511091"),
    Profile("year-only", "Youssef", "Benali", "M", PartialDate(1971), "MA", "71000011320"),
    Profile(
        "eu-foreigner-long",
        "Anna Maria Katarzyna",
        "Kowalska",
        "F",
        PartialDate(1993, 6, 9),
        "PL",
        "93060911459",
    ),
    Profile("no-signature-cert", "Tom", "Willems", "M", PartialDate(2001, 1, 17), "BE", "01011711712"),
    Profile("blocked-pin", "Ayse", "Yilmaz", "F", PartialDate(1980, 9, 12), "BE", "80091211804"),
    Profile(
        "expired", "Karel", "Claes", "M", PartialDate(1950, 4, 1), "BE", "50040112154", Authenticity.EXPIRED
    ),
    Profile(
        "tampered-address",
        "Eva",
        "Wouters",
        "F",
        PartialDate(1995, 2, 28),
        "BE",
        "95022812277",
        Authenticity.TAMPERED,
    ),
    Profile(
        "tampered-photo",
        "Luc",
        "Jacobs",
        "M",
        PartialDate(1968, 10, 10),
        "BE",
        "68101012506",
        Authenticity.TAMPERED,
    ),
    Profile("staff-wil-1", "Griet", "Van den Broeck", "F", PartialDate(1979, 5, 20), "BE", "79052012695"),
    Profile("staff-wil-2", "Bart", "Hermans", "M", PartialDate(1984, 8, 8), "BE", "84080812993"),
)


def profile(name: str) -> Profile:
    """The profile with this name."""
    return next(p for p in PROFILES if p.name == name)


class StandInCardReader:
    """The card in the (pretend) reader; see the module docstring for what it is not."""

    reader_name = "Stand-in reader (training)"

    def __init__(self) -> None:
        self.inserted: Profile | None = None

    def read(self) -> tuple[CardIdentity, bytes | None]:
        """Read the inserted card (called on the card worker); raises when there is none."""
        card = self.inserted
        if card is None:
            raise KioskUserError("no card in the reader")
        identity = CardIdentity(
            national_number=card.national_number,
            surname=card.surname,
            first_names=card.first_names,
            birth_date=card.birth,
            sex=card.sex,
            nationality=card.nationality,
            address=CardAddress("Oefenstraat 1", "3500", "Hasselt"),
            document_type="01",
            card_number="000000000000",
            validity_begin=date(2020, 1, 1),
            validity_end=date(2020, 1, 1) if card.verdict is Authenticity.EXPIRED else date(2030, 1, 1),
            applet_version="stand-in",
            authenticity=card.verdict,
            authenticity_reason=STAND_IN_REASON,
        )
        return identity, None  # no photo: a stand-in has none

    def signer(self) -> Signer | None:
        """No signing without the real card stack: the caller must say so to the person."""
        return None


DEMO_PASSWORD = "oefen"  # noqa: S105 (training mode only, documented in the README)
DEMO_OPERATORS: dict[str, frozenset[Role]] = {
    "vrijwilliger": frozenset({Role.VOLUNTEER}),
    "wil": frozenset({Role.WIL_STAFF}),
    "coordinator": frozenset({Role.COORDINATOR}),
}


class SignInRefused(KioskUserError):
    """Wrong name or password (the message never says which)."""


class TrainingOperators:
    """The demo operators of training mode; unlocks no store (none exists on this branch yet)."""

    def sign_in(self, name: str, password: str) -> Operator:
        """Return the operator or raise `SignInRefused`."""
        roles = DEMO_OPERATORS.get(name.strip().lower())
        if roles is None or not hmac.compare_digest(password.encode(), DEMO_PASSWORD.encode()):
            raise SignInRefused("name or password not right")
        return Operator(name.strip().lower(), roles)
