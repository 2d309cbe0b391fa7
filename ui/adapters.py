"""Maps the card reader library onto the core's ports; the composition root uses these.

- `card_identity(reading)`: cardreader's `CardReading` -> the core's `CardIdentity`.
- `EidSigner`: the core's `Signer` over a card connection; asks a `PinSource` (answered by the GUI
  thread) for the PIN, retries on a wrong PIN with the tries left, and translates card errors.
- `VirtualCardReader`: training mode's reader holding in-process virtual cards (cardreader's
  `VirtualCardConnection`), with insert/remove for the demo panel and the tests.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from cardreader.errors import (
    CardError,
    CardRemovedError,
    NoCardError,
    NoSigningKeyError,
    PinBlockedError,
    PinError,
)
from kiosk.errors import KioskUserError
from kiosk.ports import (
    Authenticity,
    CardAddress,
    CardIdentity,
    CardRemoved,
    EidSignature,
    NoSigningKey,
    PartialDate,
    PinBlocked,
    PinSource,
    SignatureAlgorithm,
    SignatureKeyName,
    SignerError,
    SigningCancelled,
    WrongPin,
)

if TYPE_CHECKING:
    # Certificate checks, pyscard and the virtual card's keys load on the card worker at the first
    # read (cryptography and pyscard cost a large part of a start-up), not with the first screen.
    from cardreader.integrity import TrustRoots
    from cardreader.pcsc import CardMonitor, PcscConnection
    from cardreader.reading import CardReading
    from cardreader.signing import Pinpad
    from cardreader.virtual import VirtualCardConnection

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRAINING_DIR = RESOURCES / "training"
PRODUCTION_ROOTS = RESOURCES / "trust-roots"


def card_identity(reading: CardReading) -> CardIdentity:
    """What the core needs from a card reading (the photo stays with the reading, in memory)."""
    identity, address, report = reading.identity, reading.address, reading.integrity
    birth = identity.birth_date
    return CardIdentity(
        national_number=identity.national_number.digits,
        surname=identity.surname,
        first_names=identity.first_names,
        birth_date=PartialDate(birth.year, birth.month, birth.day),
        sex=cast(Literal["M", "F"], identity.sex),
        nationality=identity.nationality,
        address=CardAddress(address.street_and_number, address.zip, address.municipality),
        document_type=identity.document_type.code,
        card_number=identity.card_number,
        validity_begin=identity.validity_begin,
        validity_end=identity.validity_end,
        applet_version=reading.applet_version,
        authenticity=Authenticity(report.verdict.value),
        authenticity_reason=report.reason,
    )


def training_trust_roots() -> TrustRoots:
    """Production roots plus the training fixture's test root (training mode and tests only)."""
    from cardreader.integrity import TrustRoots

    return TrustRoots.from_directory(PRODUCTION_ROOTS, TRAINING_DIR / "pki" / "roots")


class EidSigner:
    """The core's `Signer` for the card on `connection` (runs on the card worker thread)."""

    def __init__(self, connection: object, pin_source: PinSource, pinpad: Pinpad | None = None) -> None:
        self._connection = connection
        self._pin_source = pin_source
        self._pinpad = pinpad

    def sign(self, statement: bytes) -> EidSignature:
        """Ask for the PIN (again after a wrong one) and sign; raises the core's signer errors."""
        from cardreader.session import BeidSession
        from cardreader.signing import sign_statement

        try:
            session = BeidSession(self._connection)  # type: ignore[arg-type]
            tries_left = session.pin_status()
            if tries_left == 0:
                raise PinBlocked("the PIN is blocked")  # do not ask for a PIN that cannot work
            while True:
                pin = self._pin_source.request(tries_left, self._pinpad is not None)
                if pin is None:
                    raise SigningCancelled("the PIN entry was cancelled")
                try:
                    made = sign_statement(
                        session, statement, pin=None if self._pinpad else pin, pinpad=self._pinpad
                    )
                except PinBlockedError:
                    raise
                except PinError as error:
                    tries_left = error.tries_left
                    continue
                key = cast(SignatureKeyName, made.key)
                algorithm = cast(SignatureAlgorithm, made.algorithm)
                return EidSignature(key, algorithm, made.signature, made.certificate_der)
        except SignerError:
            raise
        except PinBlockedError:
            raise PinBlocked("the PIN is blocked") from None
        except (CardRemovedError, NoCardError):
            raise CardRemoved("the card left the reader") from None
        except NoSigningKeyError:
            raise NoSigningKey("the card has no signing key") from None
        except CardError as error:
            raise SignerError(f"the card could not sign ({type(error).__name__})") from None


def wrong_pin(tries_left: int) -> WrongPin:
    """The core's WrongPin (kept for callers that want to raise it themselves)."""
    return WrongPin(tries_left)


class VirtualCardReader:
    """One in-process reader with at most one virtual card in it (training mode, tests)."""

    reader_name = "Virtual card reader (training)"

    def __init__(
        self, pin_source: PinSource, today: Callable[[], date], training_dir: Path = TRAINING_DIR
    ) -> None:
        self._pin_source = pin_source
        self._today = today
        self._training_dir = training_dir
        self._roots: TrustRoots | None = None  # loaded at the first read, on the card worker
        self._connection: VirtualCardConnection | None = None
        self.inserted_profile: str | None = None

    def profiles(self) -> list[str]:
        """The training fixture's card profiles."""
        # The fixture's layout (cardreader.virtual.profile_names) without importing the card's crypto.
        return sorted(path.stem for path in (self._training_dir / "cards").glob("*.json"))

    def insert(self, profile: str) -> None:
        """Put a fresh card of this profile in the reader."""
        from cardreader.virtual import VirtualCardConnection, load_profile

        self._connection = VirtualCardConnection(load_profile(profile, self._training_dir))
        self.inserted_profile = profile

    def remove(self) -> None:
        """Pull the card: any operation still running on it fails as a pulled card."""
        if self._connection is not None:
            self._connection.remove()
        self._connection = None
        self.inserted_profile = None

    def read(self) -> tuple[CardIdentity, bytes | None]:
        """Read and verify the card (on the card worker); the photo is returned, never stored."""
        connection = self._connection
        if connection is None:
            raise KioskUserError("no card in the reader")
        from cardreader.reading import read_card

        if self._roots is None:
            self._roots = training_trust_roots()
        reading = read_card(connection, self._roots, self._today())
        return card_identity(reading), reading.photo

    def signer(self) -> EidSigner | None:
        """A signer for the card in the reader (None when the reader is empty)."""
        if self._connection is None:
            return None
        return EidSigner(self._connection, self._pin_source)


class PcscCardReader:
    """A PC/SC reader through pcscd (cardreader.pcsc): reads, verifies and signs on the card worker.

    Outside training mode a reader named "Virtual PCD" is refused by cardreader itself
    (`allow_virtual=False`): a virtual card over TCP must never pass for a real one.
    """

    def __init__(
        self,
        pin_source: PinSource,
        today: Callable[[], date],
        roots: TrustRoots,
        reader: str | None = None,
        allow_virtual: bool = False,
    ) -> None:
        self._pin_source = pin_source
        self._today = today
        self._roots = roots
        self._reader = reader
        self._allow_virtual = allow_virtual
        self._connection: PcscConnection | None = None
        self.reader_name = reader or "PC/SC"

    def read(self) -> tuple[CardIdentity, bytes | None]:
        """Connect to the card now in the reader and read it (card worker)."""
        from cardreader.pcsc import PcscConnection
        from cardreader.reading import read_card

        self.close()
        self._connection = PcscConnection.open(self._reader, allow_virtual=self._allow_virtual)
        reading = read_card(self._connection, self._roots, self._today())
        return card_identity(reading), reading.photo

    def signer(self) -> EidSigner | None:
        """A signer on the connection of the last read (the reader's pinpad when it has one)."""
        connection = self._connection
        if connection is None:
            return None
        return EidSigner(connection, self._pin_source, connection.pinpad())

    def close(self) -> None:
        """Drop the connection (after a removal, or at the end)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()


def watch_cards(
    on_present: Callable[[bool], None], allow_virtual: bool, reader: str | None = None
) -> tuple[CardMonitor, threading.Event]:
    """Start cardreader's card monitor for one reader (or all).

    `on_present` runs on the monitor thread, so pass a Qt signal's `emit`: the event then reaches
    the GUI thread queued.
    """
    from cardreader.pcsc import CardEvent, CardMonitor

    stop = threading.Event()

    def on_event(event: CardEvent) -> None:
        if reader is None or event.reader == reader:
            on_present(event.inserted)

    monitor = CardMonitor(on_event, stop, allow_virtual=allow_virtual)
    return monitor.start(), stop
