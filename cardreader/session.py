"""A BELPIC session over a `SmartCardConnection`: selection, GET CARD DATA, robust reads, PIN, signing.

Public names (stable): `BeidSession` (methods `select_applet`, `card_data`, `pin_tries_left`, `read_file`,
`read_certificate`, `verify_pin`, `pin_status`, `verify_pin_on_pinpad`, `sign`,
`internal_authenticate`, `log_off`), `CardData`, `FileId` (the paths of section 2.1), `KeyRef`,
`AID_BELPIC_APPLET`, `AID_PKCS15`, `AID_ID_FILES`.

Section numbers refer to docs/eid-card.md (the card as this reader uses it; SPEC-* are its sources).
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass

from cardreader.apdu import SW, Sleep, command, exchange, transmit
from cardreader.connection import PinpadCapable, SmartCardConnection
from cardreader.errors import ApduError, CardDataError, PinBlockedError, PinError, SignatureRefusedError
from cardreader.pin import pin_block, verify_pin_structure

AID_BELPIC_APPLET = bytes.fromhex("A00000003029057000AD13100101FF")
AID_PKCS15 = bytes.fromhex("A000000177504B43532D3135")  # DF00 (section 1.3)
AID_ID_FILES = bytes.fromhex("A000000177496446696C6573")  # DF01

CHUNK = 252  # eid-mw's block size: some readers cannot read 256 bytes at once (section 3.2)
MAX_READ_RETRIES = 3  # spurious 6B 00 / 69 86 / empty answers mid-file (section 3.2)
MAX_FILE_SIZE = 0x7FFF  # READ BINARY offsets stop at 15 bits (SPEC-A18 section 6.7; section 3.2)


class FileId(bytes, enum.Enum):
    """Absolute paths of the files the kiosk reads (section 2.1)."""

    IDENTITY = bytes.fromhex("3F00DF014031")
    IDENTITY_SIGNATURE = bytes.fromhex("3F00DF014032")
    ADDRESS = bytes.fromhex("3F00DF014033")
    ADDRESS_SIGNATURE = bytes.fromhex("3F00DF014034")
    PHOTO = bytes.fromhex("3F00DF014035")
    BASIC_KEY = bytes.fromhex("3F00DF014040")  # applet 1.8 only
    AUTHENTICATION_CERT = bytes.fromhex("3F00DF005038")
    SIGNATURE_CERT = bytes.fromhex("3F00DF005039")
    CA_CERT = bytes.fromhex("3F00DF00503A")
    ROOT_CERT = bytes.fromhex("3F00DF00503B")
    RRN_CERT = bytes.fromhex("3F00DF00503C")


class KeyRef(enum.IntEnum):
    """Private key references (section 8.3)."""

    BASIC = 0x81
    AUTHENTICATION = 0x82
    SIGNATURE = 0x83  # non-repudiation: "PIN just before"


@dataclass(frozen=True)
class CardData:
    """GET CARD DATA (section 1.4): the chip serial, the applet version, PIN tries on 1.8."""

    serial: bytes
    applet_version: int  # 0x17, 0x18, 0x11
    pin_tries_left: int | None  # None: not asked (see `BeidSession.pin_tries_left`)

    @property
    def applet_text(self) -> str:
        """The version as "1.7" / "1.8"."""
        return f"{self.applet_version >> 4}.{self.applet_version & 0x0F}"


class BeidSession:
    """One conversation with a Belgian eID; the caller owns the connection (and any transaction)."""

    def __init__(self, connection: SmartCardConnection, sleep: Sleep = time.sleep) -> None:
        self.connection = connection
        self._sleep = sleep
        self._card_data: CardData | None = None

    def sleep(self, seconds: float) -> None:
        """The pause before re-sending after `6C xx`: only applet 1.0/1.1 cards need it.

        commons-eid calls it mandatory for v1.0/v1.1 cards and eid-mw pauses only for cards whose
        global OS version is 00 01 (section 1.4); until GET CARD DATA answered, pause to be safe.
        """
        if self._card_data is None or self._card_data.applet_version < 0x17:
            self._sleep(seconds)

    # --- selection and card data ---------------------------------------------------------------

    def select_applet(self) -> None:
        """Select DF(BELPIC) by AID (section 1.3); a card without it is not a Belgian eID."""
        try:
            transmit(self.connection, command(0x00, 0xA4, 0x04, 0x0C, AID_PKCS15), self.sleep)
        except ApduError as error:
            raise CardDataError("this card is not a Belgian eID") from error

    def card_data(self) -> CardData:
        """GET CARD DATA P2=00 (section 1.4): serial and applet version; `pin_tries_left` is None.

        The applet is default-selected after a reset; if another application was selected, the
        card answers 6D 00 / 6E 00 and the applet is selected first.
        """
        if self._card_data is None:
            apdu = command(0x80, 0xE4, 0x00, 0x00, le=0x1C)
            raw, sw = exchange(self.connection, apdu, self.sleep)
            if sw in (SW.INS_NOT_SUPPORTED, SW.CLA_NOT_SUPPORTED):
                self.select_applet()
                raw = transmit(self.connection, apdu, self.sleep)
            elif sw != SW.OK:
                raise ApduError(sw)
            if len(raw) < 28:
                raise CardDataError("GET CARD DATA answered too few bytes")
            self._card_data = CardData(raw[:16], raw[21], None)
        return self._card_data

    def pin_tries_left(self) -> int | None:
        """PIN tries left from GET CARD DATA P2=01 on applet 1.8 (never spends a try); None before 1.8."""
        if self.card_data().applet_version < 0x18:
            return None
        raw = transmit(self.connection, command(0x80, 0xE4, 0x00, 0x01, le=0x1F), self.sleep)
        if len(raw) < 29:
            raise CardDataError("GET CARD DATA answered too few bytes")
        return None if raw[28] == 0xFF else raw[28]

    def select_file(self, path: bytes) -> None:
        """Select by absolute path; on 6A 82/6A 86 re-select the applet, then go per FID (section 3.1)."""
        _, sw = exchange(self.connection, command(0x00, 0xA4, 0x08, 0x0C, path), self.sleep)
        if sw == SW.OK:
            return
        if sw not in (SW.FILE_NOT_FOUND, SW.WRONG_P1P2):
            raise ApduError(sw)
        self.select_applet()
        for offset in range(0, len(path), 2):
            transmit(self.connection, command(0x00, 0xA4, 0x02, 0x0C, path[offset : offset + 2]), self.sleep)

    # --- reading ---------------------------------------------------------------------------------

    def read_file(self, path: bytes) -> bytes:
        """Select and read a whole transparent file (section 3.2), robust to spurious errors."""
        self.select_file(path)
        return self._read_selected(path, stop_at=None)

    def read_certificate(self, path: bytes) -> bytes | None:
        """Read a certificate file trimmed to its DER length; None when the file is absent (zeros)."""
        self.select_file(path)
        head = self._read_chunk(path, 0, CHUNK)
        if not head or head[0] == 0x00:
            return None  # a missing certificate is a file of zeros (section 2.3)
        length = der_length(head)
        data = head if len(head) >= length else self._read_selected(path, stop_at=length, start=head)
        if len(data) < length:
            raise CardDataError("a certificate file ends inside its DER")
        return data[:length]

    def read_der_prefix(self, path: bytes) -> bytes:
        """Read only the DER object at the start of a zero-padded file (a signature file)."""
        self.select_file(path)
        head = self._read_chunk(path, 0, CHUNK)
        if not head or head[0] == 0x00:
            raise CardDataError("a signature file is empty")
        length = der_length(head)
        data = head if len(head) >= length else self._read_selected(path, stop_at=length, start=head)
        return data[:length]

    def _read_selected(self, path: bytes, stop_at: int | None, start: bytes = b"") -> bytes:
        data = bytearray(start)
        while stop_at is None or len(data) < stop_at:
            if len(data) > MAX_FILE_SIZE:
                raise CardDataError("a file is larger than a card file can be")
            wanted = CHUNK if stop_at is None else min(CHUNK, stop_at - len(data))
            chunk = self._read_chunk(path, len(data), wanted)
            data += chunk
            if len(chunk) < wanted or not chunk:
                break  # a short chunk is the end of the file (or 6B 00 past the end)
        return bytes(data)

    def _read_chunk(self, path: bytes, offset: int, wanted: int) -> bytes:
        """One READ BINARY; spurious errors mid-file are retried after re-selecting (bounded)."""
        for attempt in range(MAX_READ_RETRIES + 1):
            data, sw = exchange(
                self.connection, command(0x00, 0xB0, offset >> 8, offset & 0xFF, le=wanted), self.sleep
            )
            if sw == SW.OK and (data or wanted == 0):
                return data[:wanted]
            if sw == SW.END_OF_FILE and (offset == 0 or attempt >= 1):
                return b""  # past the end: confirmed once, since some readers lie mid-file
            if sw not in (SW.OK, SW.END_OF_FILE, SW.NO_CURRENT_EF):
                raise ApduError(sw)
            self.select_file(path)
        raise CardDataError("the card kept failing to read a file")

    # --- PIN ----------------------------------------------------------------------------------

    def verify_pin(self, pin: str) -> None:
        """VERIFY with the format-2 PIN block (section 8.1); raise PinError / PinBlockedError."""
        _, sw = exchange(self.connection, command(0x00, 0x20, 0x00, 0x01, pin_block(pin)), self.sleep)
        raise_for_pin_status(sw)

    def pin_status(self) -> int | None:
        """Tries left without spending one: None when verified or the card cannot tell.

        The empty VERIFY counts as a wrong PIN on applet 1.1, so it is only sent on >= 1.7.
        """
        data = self.card_data()
        if data.applet_version < 0x17:
            return None
        _, sw = exchange(self.connection, command(0x00, 0x20, 0x00, 0x01), self.sleep)
        if sw == SW.OK:
            return None
        if sw == SW.PIN_BLOCKED:
            return 0
        if sw >> 4 == 0x63C:
            return sw & 0x0F
        raise ApduError(sw)

    def verify_pin_on_pinpad(self, connection: PinpadCapable, verify_ioctl: int) -> None:
        """Let the person type the PIN on the reader (PC/SC part 10 FEATURE_VERIFY_PIN_DIRECT)."""
        answer = connection.control(verify_ioctl, verify_pin_structure())
        if len(answer) < 2:
            raise CardDataError("the pinpad reader gave no status")
        raise_for_pin_status(int.from_bytes(answer[-2:], "big"))

    def log_off(self) -> None:
        """Drop the PIN access rights (LOG OFF, section 8.1)."""
        transmit(self.connection, command(0x80, 0xE6, 0x00, 0x00), self.sleep)

    # --- signing ------------------------------------------------------------------------------

    def set_security_environment(self, key: KeyRef, algorithm: int) -> None:
        """MSE:SET for a signature with `key` and the applet's algorithm byte (section 8.3)."""
        data = bytes([0x04, 0x80, algorithm, 0x84, key])
        transmit(self.connection, command(0x00, 0x22, 0x41, 0xB6, data), self.sleep)

    def compute_signature(self, digest: bytes) -> bytes:
        """PSO:COMPUTE DIGITAL SIGNATURE over an off-card digest; 61 xx is chained (section 8.4)."""
        data, sw = exchange(self.connection, command(0x00, 0x2A, 0x9E, 0x9A, digest), self.sleep)
        if sw == SW.SECURITY_STATUS_NOT_SATISFIED:
            raise SignatureRefusedError("the card refused to sign: the PIN must be verified right before")
        if sw != SW.OK:
            raise ApduError(sw)
        return data

    def sign(self, digest: bytes, key: KeyRef, algorithm: int, verify: Callable[[], None] | None) -> bytes:
        """Select DF00, MSE:SET, VERIFY (`verify`, when given), PSO:CDS: eid-mw's order (section 8.4).

        `verify` is `lambda: session.verify_pin(pin)` or a pinpad verification; None sends no
        VERIFY, which the card refuses for the signature key (`SignatureRefusedError`).
        """
        self.select_applet()
        self.set_security_environment(key, algorithm)
        if verify is not None:
            verify()
        return self.compute_signature(digest)

    def internal_authenticate(self, challenge: bytes) -> bytes:
        """Basic-key challenge on 1.8: raw r||s over the 48-byte challenge (section 7.6)."""
        data = bytes([0x94, len(challenge)]) + challenge
        return transmit(self.connection, command(0x00, 0x88, 0x02, 0x81, data), self.sleep)


def raise_for_pin_status(sw: int) -> None:
    """Map a VERIFY status word to success, `PinError(tries)` or `PinBlockedError`."""
    if sw == SW.OK:
        return
    if sw == SW.PIN_BLOCKED or sw == 0x63C0:
        raise PinBlockedError()
    if sw >> 4 == 0x63C:
        raise PinError(sw & 0x0F)
    if sw == SW.PINPAD_TIMEOUT:
        raise PinError(None, "no PIN was typed on the reader in time")
    if sw == SW.PINPAD_CANCELLED:
        raise PinError(None, "the PIN entry was cancelled on the reader")
    raise ApduError(sw)


def der_length(head: bytes) -> int:
    """Total length of the DER object starting `head` (short and long form, up to 3 length bytes)."""
    if len(head) < 2 or head[0] != 0x30:
        raise CardDataError("a DER file does not start with a SEQUENCE")
    first = head[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if not 1 <= count <= 3 or len(head) < 2 + count:
        raise CardDataError("a DER length is malformed")
    return 2 + count + int.from_bytes(head[2 : 2 + count], "big")
