"""What the core needs from the outside world, declared as types and protocols.

The core never imports the card reader, Qt or HTTP. `ui/adapters.py` maps cardreader's types onto
these ports and injects sync's implementations; tests pass fakes or the virtual card.

Threading: `Signer.sign` runs on the card worker thread and may block while it asks a `PinSource`,
which the UI answers from the GUI thread.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal, Protocol

from kiosk.errors import KioskError
from kiosk.statement import Statement

# --- values read from a card -------------------------------------------------------------------


@dataclass(frozen=True, order=True)
class PartialDate:
    """A birth date whose day, or day and month, may be unknown (eID birth dates can be partial)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day without a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError("month out of range")
        if self.day is not None and self.month is not None:
            date(self.year, self.month, self.day)  # raises ValueError for 31 February

    def isoformat(self) -> str:
        """Return YYYY-MM-DD, YYYY-MM or YYYY, as precise as the date is known."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Parse the output of `isoformat`."""
        parts = [int(p) for p in text.split("-")]
        if not 1 <= len(parts) <= 3:
            raise ValueError("not a partial ISO date")
        return cls(*parts)


class Authenticity(enum.StrEnum):
    """The card reader's verdict on a card; when several apply, the first in this list wins."""

    TAMPERED = "tampered"
    UNVERIFIABLE = "unverifiable"
    EXPIRED = "expired"
    TEST_CARD = "test-card"
    GENUINE = "genuine"


@dataclass(frozen=True)
class CardAddress:
    """The main residence as written on the card's address file (kept out of its repr)."""

    street_and_number: str = field(repr=False)
    zip: str = field(repr=False)
    municipality: str = field(repr=False)


@dataclass(frozen=True)
class CardIdentity:
    """What the core needs from one eID: identity, address, card facts and the authenticity verdict.

    The photo is deliberately absent: the UI shows it from the card reader's result and the core
    never receives, stores or logs it.
    """

    national_number: str  # 11 digits, never logged
    surname: str
    first_names: str
    birth_date: PartialDate
    sex: Literal["M", "F"]
    nationality: str
    address: CardAddress
    document_type: str  # two-digit code of the document-type table, e.g. "01"
    card_number: str
    validity_begin: date
    validity_end: date
    applet_version: str
    authenticity: Authenticity
    authenticity_reason: str  # plain words without personal data, e.g. "address signature invalid"
    can_sign: bool = True  # False when the card has neither a signature nor an authentication key

    def __repr__(self) -> str:
        # Keep personal data out of tracebacks and debug output.
        return f"CardIdentity(document_type={self.document_type!r}, authenticity={self.authenticity})"


# --- signing with an eID -----------------------------------------------------------------------

SignatureKeyName = Literal["signature", "authentication"]
SignatureAlgorithm = Literal["rsa-pkcs1-sha256", "rsa-pkcs1-sha1", "ecdsa-p384-sha384", "ecdsa-p256-sha256"]


@dataclass(frozen=True)
class EidSignature:
    """A signature made by a card over a statement, with the certificate that verifies it."""

    key: SignatureKeyName
    algorithm: SignatureAlgorithm
    signature: bytes = field(repr=False)  # PKCS#1 v1.5 for RSA; DER-encoded (r, s) for ECDSA
    # The certificate's subject holds the holder's name and national number (readable in a bytes repr).
    certificate_der: bytes = field(repr=False)


class SignerError(KioskError):
    """Root of the errors a `Signer` raises."""


class WrongPin(SignerError):
    """The PIN was wrong; `tries_left` attempts remain before the card blocks it."""

    def __init__(self, tries_left: int) -> None:
        super().__init__(f"wrong PIN, {tries_left} tries left")
        self.tries_left = tries_left


class PinBlocked(SignerError):
    """The PIN is blocked; the candidate needs the PUK (municipality) or the staff route."""


class CardRemoved(SignerError):
    """The card left the reader before the signature was made."""


class NoSigningKey(SignerError):
    """The card has no usable signature or authentication key (e.g. an expired card)."""


class SigningCancelled(SignerError):
    """The person cancelled the PIN entry."""


class PinSource(Protocol):
    """Asks a person for a PIN; answered by the UI thread while the card worker waits.

    `request` returns the PIN digits typed on the on-screen keypad, or "" when `on_pinpad` is true
    (the person types on the reader itself, so the PIN never passes through the kiosk), or None when
    the person cancels. `tries_left` is None when the card cannot tell.
    """

    def request(self, tries_left: int | None, on_pinpad: bool) -> str | None:
        """Ask for the PIN; see the class docstring for the return values."""
        ...


class Signer(Protocol):
    """Signs a statement with the card in the reader, asking its `PinSource` for the PIN."""

    def sign(self, statement: bytes) -> EidSignature:
        """Sign `statement`; raises WrongPin, PinBlocked, CardRemoved, NoSigningKey or SigningCancelled."""
        ...


# --- the register ------------------------------------------------------------------------------


class Offline(KioskError):
    """The register cannot be reached now; the caller carries on offline."""


@dataclass(frozen=True)
class LookupMember:
    """A household member as the register lists it, without a national number.

    `ref` is the register's opaque reference of the member (no meaning outside the register);
    `match` is the keyed hash of their national number with the answer's `match_salt`
    (`kiosk.register_household.match_code`), so the kiosk can recognise their card when it is
    inserted, and learns nothing about the number otherwise. None for a member without a national
    number (a child added by hand).
    """

    ref: str
    first_name: str = field(repr=False)
    role: str
    adult: bool
    confirmed: bool
    match: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class HouseholdLookup:
    """The register's minimal answer about one household: the list of who must confirm."""

    candidate_number: str
    letter_date: date | None
    reminder_date: date | None
    members: tuple[LookupMember, ...]
    match_salt: str = field(default="", repr=False)  # hex key of the members' `match` codes


class RegisterLookup(Protocol):
    """Finds a household at the register by a member's national number (sent in a body, never a URL)."""

    def lookup(self, national_number: str) -> HouseholdLookup | None:
        """Return the household, None when unknown; raise `Offline` when unreachable."""
        ...


# --- what a visit sends to the register ----------------------------------------------------------

MemberRole = Literal["reference_tenant", "partner", "child", "other"]
AbsenceReason = Literal["hospital", "care_home", "abroad", "prison", "other"]
ConfirmationMethod = Literal["eid_signature", "staff_attested"]
EvidenceState = Literal["attached", "bring_later", "shown_at_counter"]
# Why an adult has no readable Belgian eID: a passport only, a refugee's or applicant's papers, a lost
# or stolen card, a broken chip, a card being renewed, or another reason.
NoCardReason = Literal["passport", "refugee_papers", "lost", "broken", "renewing", "other"]
# A minor who may register: emancipated by a court, or living independently with a recognised
# service's support (begeleid zelfstandig wonen).
MinorRoute = Literal["emancipated", "supported_living"]
# Who signs for a member with their own eID: a court-appointed administrator (bewindvoerder), or the
# holder of a signed volmacht who is not a member of the household.
RepresentativeCapacity = Literal["administrator", "volmacht_holder"]


@dataclass(frozen=True)
class RepresentativeSnapshot:
    """Who signs for a member (an administrator, an outside volmacht holder), as sent to the register."""

    capacity: RepresentativeCapacity
    national_number: str = field(repr=False)
    surname: str = field(repr=False)
    first_names: str = field(repr=False)


@dataclass(frozen=True)
class ConfirmationSnapshot:
    """One adult's confirmation with the statement fields it was signed over."""

    method: ConfirmationMethod
    statement: Statement  # what the card signed (its repr leaves the national numbers out)
    signature: EidSignature
    declarations: Mapping[str, object] = field(repr=False)  # answers by declaration id
    on_behalf_of_absent: bool = False  # signed by another adult under a volmacht
    attestation_reason: str | None = field(default=None, repr=False)  # free text


@dataclass(frozen=True)
class MemberSnapshot:
    """A household member as sent to the register."""

    member_id: str
    national_number: str | None = field(repr=False)
    surname: str = field(repr=False)
    first_names: str = field(repr=False)
    birth_date: PartialDate | None = field(repr=False)
    role: MemberRole
    adult: bool
    added_by_hand: bool
    absence_reason: AbsenceReason | None = None
    confirmation: ConfirmationSnapshot | None = None
    register_ref: str | None = None  # the register's reference of a member it listed
    representative: RepresentativeSnapshot | None = None  # signs for this member with their own eID
    minor_route: MinorRoute | None = None  # a minor who may register, with the evidence
    no_card: NoCardReason | None = None  # recorded by hand without a readable Belgian eID


@dataclass(frozen=True)
class EvidenceSnapshot:
    """A reference to one evidence item; the file itself travels as a sealed attachment."""

    evidence_type: str
    member_id: str | None
    state: EvidenceState
    sha256: tuple[str, ...] = ()  # one per page or file
    mime_types: tuple[str, ...] = ()
    sizes: tuple[int, ...] = ()


ChangeKindName = Literal["left", "separated", "deceased", "turned_adult", "joined"]
VisitKindName = Literal["confirmation", "registration", "withdrawal"]


@dataclass(frozen=True)
class ChangeSnapshot:
    """A household change since the register's last round (`kiosk.domain.HouseholdChange`)."""

    kind: ChangeKindName
    member_id: str
    on: date | None = None  # the day it happened; None for the ones the core derives


@dataclass(frozen=True)
class SubmissionSnapshot:
    """The household's whole current local state, as one submission to the register.

    `visit_kind` "withdrawal": the reference tenant signed that the household stops its registration;
    `rules_version` is the rules file the answers were given under; `changes` the household changes.
    """

    submission_id: str
    household_key: str
    supersedes: str | None
    terminal_id: str
    created_at: datetime
    practice: bool
    visit_kind: VisitKindName
    candidate_number: str | None
    letter_date: date | None
    reminder_date: date | None
    members: tuple[MemberSnapshot, ...]
    evidence: tuple[EvidenceSnapshot, ...]
    rules_version: str  # e.g. "2027.1"
    # The contract's typed `Contact` and `Preferences` (kiosk.registration.contact_json, preferences_json).
    contact: Mapping[str, object] = field(default_factory=dict, repr=False)
    preferences: Mapping[str, object] = field(default_factory=dict, repr=False)
    deadline_on_letter: date | None = None  # the last day as printed on the letter, typed by the operator
    changes: tuple[ChangeSnapshot, ...] = ()

    def __repr__(self) -> str:
        return f"SubmissionSnapshot(submission_id={self.submission_id!r})"


class SubmissionEncoder(Protocol):
    """Turns a snapshot into the wire body; implemented by `sync/`, injected by the composition root."""

    schema_version: int

    def encode(self, snapshot: SubmissionSnapshot) -> bytes:
        """Return the canonical wire body (before sealing)."""
        ...


# --- time and secrets --------------------------------------------------------------------------


class Clock(Protocol):
    """Time as a dependency, so deadlines, idle timeouts and backoff can be tested quickly."""

    def now(self) -> datetime:
        """Return the current time, timezone-aware, in UTC."""
        ...

    def today(self) -> date:
        """Return today's local calendar date."""
        ...

    def monotonic(self) -> float:
        """Return monotonic seconds."""
        ...

    def sleep(self, seconds: float) -> None:
        """Wait (or, in a fake clock, advance)."""
        ...


class SecretStore(Protocol):
    """Holds small secrets: the OS keyring in production, a file store in training mode."""

    def get(self, name: str) -> bytes | None:
        """Return the secret or None when absent."""
        ...

    def set(self, name: str, value: bytes) -> None:
        """Store or replace the secret."""
        ...

    def delete(self, name: str) -> None:
        """Remove the secret; no error when absent."""
        ...
