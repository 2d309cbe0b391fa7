"""Errors of the card reader, rooted at `CardError`.

Outline::

    CardError                 anything that went wrong talking to a reader or card
    ├── NoCardError           the reader is empty
    ├── CardRemovedError      the card left the reader during the operation
    ├── ReaderGoneError       the reader (or pcscd) disappeared
    ├── ReaderRefusedError    a virtual reader where only real ones are allowed
    ├── ApduError             the card answered a status word other than 90 00 (`sw`)
    ├── CardDataError         a file on the card is malformed (where it was detected)
    ├── PinError              a PIN was refused; `tries_left`
    │   └── PinBlockedError   no tries left
    ├── TrustRootError        a production trust root failed its fingerprint check
    ├── NoSigningKeyError     the card has neither a signature nor an authentication certificate
    └── SignatureRefusedError the card refused to sign (no VERIFY right before the signature)

pyscard's exceptions are translated to these in `cardreader/pcsc.py` only.
"""

from __future__ import annotations


class CardError(Exception):
    """Root of every card reader error."""


class NoCardError(CardError):
    """No card in the reader."""


class CardRemovedError(CardError):
    """The card was removed during the operation."""


class ReaderGoneError(CardError):
    """The reader or the PC/SC service went away."""


class ReaderRefusedError(CardError):
    """A virtual reader was offered where only real readers are allowed."""


class ApduError(CardError):
    """The card answered with an unexpected status word."""

    def __init__(self, sw: int, message: str = "") -> None:
        super().__init__(message or f"card answered status {sw:04X}")
        self.sw = sw


class CardDataError(CardError):
    """A file read from the card is malformed."""


class PinError(CardError):
    """The PIN was refused."""

    def __init__(self, tries_left: int | None, message: str = "") -> None:
        super().__init__(message or f"wrong PIN, {tries_left} tries left")
        self.tries_left = tries_left


class PinBlockedError(PinError):
    """The PIN is blocked."""

    def __init__(self) -> None:
        super().__init__(0, "PIN blocked")


class TrustRootError(CardError):
    """A trust-root file is not one of the known Belgian eID roots (checked by fingerprint)."""


class NoSigningKeyError(CardError):
    """The card has no signature certificate and no authentication certificate."""


class SignatureRefusedError(CardError):
    """The card refused to sign: the PIN was not verified right before the signature."""
