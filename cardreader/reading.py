"""Read a whole card: files, parsed identity and address, photo, and the integrity verdict.

Public names (stable): `CardReading` (identity, address, photo, card_data, files, integrity;
`.to_json(show_national_number)`), `read_card(connection, roots, today, sleep=...)`,
`read_card_files(session)`.

Nothing partial comes out: any `CardError` during the read (a pulled card included) propagates and
the caller gets no identity at all.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import date

from cryptography.x509.oid import PublicKeyAlgorithmOID

from cardreader.apdu import Sleep
from cardreader.connection import SmartCardConnection
from cardreader.identity import Address, Identity, identity_fields, parse_address, parse_identity
from cardreader.integrity import (
    CERTIFICATE_ERRORS,
    CardFiles,
    IntegrityReport,
    TrustRoots,
    load_card_certificate,
    verify_card,
)
from cardreader.session import BeidSession, CardData, FileId


@dataclass(frozen=True)
class CardReading:
    """Everything read from one card; `repr` hides personal data. The photo stays in memory only."""

    card_data: CardData
    identity: Identity
    address: Address
    photo: bytes
    files: CardFiles
    integrity: IntegrityReport

    def __repr__(self) -> str:
        return f"CardReading(verdict={self.integrity.verdict.value!r})"

    @property
    def applet_version(self) -> str:
        """The applet version as text, e.g. 1.8."""
        return self.card_data.applet_text

    def to_json(self, show_national_number: bool = False) -> dict[str, object]:
        """The stable JSON of `kiosk card read --json` (the command is in README, "Card reader")."""
        identity = self.identity
        doc = identity.document_type
        return {
            "applet_version": self.applet_version,
            "card": {
                "card_number": identity.card_number,
                "chip_number": identity.chip_number.hex(),
                "validity_begin": identity.validity_begin.isoformat(),
                "validity_end": identity.validity_end.isoformat(),
                "delivery_municipality": identity.delivery_municipality,
                "document_type": {
                    "code": doc.code,
                    "label": doc.nl,
                    "labels": {"nl": doc.nl, "fr": doc.fr, "en": doc.en},
                },
            },
            "person": identity_fields(identity, show_national_number),
            "address": {
                "street_and_number": self.address.street_and_number,
                "zip": self.address.zip,
                "municipality": self.address.municipality,
            },
            "photo": {"sha256": hashlib.sha256(self.photo).hexdigest(), "bytes": len(self.photo)},
            "integrity": self.integrity.to_json(),
        }


def read_card_files(session: BeidSession) -> tuple[CardData, CardFiles]:
    """GET CARD DATA, then every file integrity needs (the applet is selected only when needed)."""
    card_data = session.card_data()
    identity = session.read_file(FileId.IDENTITY)
    identity_signature = session.read_file(FileId.IDENTITY_SIGNATURE)
    address = session.read_file(FileId.ADDRESS)
    rrn_certificate = session.read_certificate(FileId.RRN_CERT)
    files = CardFiles(
        identity=identity,
        identity_signature=identity_signature,
        address=address,
        address_signature=_read_address_signature(session, rrn_certificate),
        photo=session.read_file(FileId.PHOTO),
        rrn_certificate=rrn_certificate,
        basic_key=session.read_certificate(FileId.BASIC_KEY) if card_data.applet_version >= 0x18 else None,
    )
    return card_data, files


def _read_address_signature(session: BeidSession, rrn_certificate: bytes | None) -> bytes:
    """An EC signature is a DER prefix of a padded file: read only that; RSA needs the whole file."""
    if rrn_certificate is not None and _has_ec_key(rrn_certificate):
        return session.read_der_prefix(FileId.ADDRESS_SIGNATURE)
    return session.read_file(FileId.ADDRESS_SIGNATURE)


def _has_ec_key(certificate_der: bytes) -> bool:
    # The key's algorithm identifier says it: decoding the EC point itself would cost more than
    # the rest of the read's own work (the signature is verified later, with the key).
    try:
        algorithm = load_card_certificate(certificate_der).public_key_algorithm_oid
    except CERTIFICATE_ERRORS:
        return False
    return algorithm == PublicKeyAlgorithmOID.EC_PUBLIC_KEY


def read_card(
    connection: SmartCardConnection,
    roots: TrustRoots,
    today: date,
    sleep: Sleep = time.sleep,
    challenge_basic_key: bool = True,
) -> CardReading:
    """Read and verify the card on `connection`; raises `CardError` subclasses only."""
    session = BeidSession(connection, sleep)
    card_data, files = read_card_files(session)
    identity = parse_identity(files.identity)
    address = parse_address(files.address)
    challenge = session.internal_authenticate if challenge_basic_key and files.basic_key else None
    integrity = verify_card(files, identity, roots, today, challenge)
    return CardReading(card_data, identity, address, files.photo, files, integrity)
