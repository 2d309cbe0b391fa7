"""The virtual BELPIC card (docs/eid-card.md section 11): the card's commands over a file system and keys.

Behaviour: applet 1.7 (RSA, or re-keyed to EC) and 1.8 (EC); SELECT by AID, absolute path (with or
without 3F00) and FID; READ BINARY with `6B 00` / `6C xx`; GET CARD DATA (P2=01 on 1.8 only);
VERIFY with tries and blocking and the Lc=0 status query; CHANGE REFERENCE DATA; MSE:SET with the
applet's algorithm table; PSO:CDS with the PIN rules per key (authentication key "PIN once";
signature key "PIN just before": on 1.7 VERIFY right before, on 1.8 at most one command between);
INTERNAL AUTHENTICATE with the basic key on 1.8; T=0 `61 xx` / GET RESPONSE; LOG OFF.

Public names (stable): `VirtualBeidCard` (`atr`, `execute(apdu) -> response`, `power_on()`,
`power_off()`, `reset()`, `pin_tries_left`), `ATR_17`, `ATR_18`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

ATR_17 = bytes.fromhex("3B9813400AA503010101AD1311")
ATR_18 = bytes.fromhex("3B7F96000080318065B085040120120FFF829000")

AID_APPLET = bytes.fromhex("A00000003029057000AD13100101FF")
AID_PKCS15 = bytes.fromhex("A000000177504B43532D3135")
AID_ID_FILES = bytes.fromhex("A000000177496446696C6573")
MF = b"\x3f\x00"
DIRECTORIES = {b"\xdf\x00": AID_PKCS15, b"\xdf\x01": AID_ID_FILES}

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


def sw(value: int) -> bytes:
    """A status word as two bytes."""
    return value.to_bytes(2, "big")


OK = sw(0x9000)


@dataclass
class CardState:
    """What a reset clears (docs/eid-card.md section 11): current DF/EF, PIN rights, security environment."""

    current_df: bytes = MF
    current_ef: bytes | None = None
    verified: bool = False
    since_verify: int | None = None  # commands since the last successful VERIFY
    se: tuple[int, int] | None = None  # (algorithm byte, key reference)
    pending: bytes = b""
    internal_auth_count: int = 0


@dataclass
class VirtualBeidCard:
    """One virtual card: `files` maps 4-hex-digit paths like "DF014031" (under 3F00) to bytes."""

    applet: int  # 0x17 or 0x18
    files: dict[str, bytes]
    keys: dict[int, PrivateKey]  # 0x81 basic (1.8), 0x82 authentication, 0x83 signature
    pin: str = "1234"
    pin_tries_left: int = 3
    puk: str = "111111"
    serial: bytes = bytes(16)
    state: CardState = field(default_factory=CardState)
    apdu_count: int = 0

    @property
    def atr(self) -> bytes:
        """The ATR of the applet generation (docs/eid-card.md section 1.2)."""
        return ATR_18 if self.applet >= 0x18 else ATR_17

    def power_on(self) -> None:
        """Power on: the applet is selected, the MF current, all rights cleared."""
        self.state = CardState()

    def power_off(self) -> None:
        """Power off clears everything a reset clears."""
        self.state = CardState()

    def reset(self) -> None:
        """Warm reset."""
        self.state = CardState()

    def execute(self, apdu: bytes) -> bytes:
        """Answer one command APDU with data and status word."""
        self.apdu_count += 1
        response = self._dispatch(apdu) if len(apdu) >= 4 else sw(0x6700)
        if self.state.since_verify is not None and not _is_verify(apdu):
            self.state.since_verify += 1
        return response

    # --- dispatch -------------------------------------------------------------------------------

    def _dispatch(self, apdu: bytes) -> bytes:
        cla, ins = apdu[0], apdu[1]
        if ins != 0xC0:
            self.state.pending = b""
        handler = _HANDLERS.get((cla, ins))
        if handler is None:
            return sw(0x6D00) if cla in (0x00, 0x80) else sw(0x6E00)
        return handler(self, apdu)

    def _select(self, apdu: bytes) -> bytes:
        p1, data = apdu[2], _body(apdu)
        if p1 == 0x04:
            return self._select_aid(data)
        if p1 == 0x08:
            return self._select_path(data)
        if p1 == 0x02 and len(data) == 2:
            return self._select_fid(data)
        return sw(0x6A86)

    def _select_aid(self, aid: bytes) -> bytes:
        if aid == AID_APPLET:
            self.state.current_df, self.state.current_ef = MF, None
            return OK
        for fid, df_aid in DIRECTORIES.items():
            if aid == df_aid:
                self.state.current_df, self.state.current_ef = fid, None
                return OK
        return sw(0x6A82)

    def _select_path(self, path: bytes) -> bytes:
        if len(path) % 2 or not path:
            return sw(0x6A87)
        if path.startswith(MF):
            path = path[2:]
        if not path:
            self.state.current_df, self.state.current_ef = MF, None
            return OK
        if len(path) == 2 and path in DIRECTORIES:
            self.state.current_df, self.state.current_ef = path, None
            return OK
        if len(path) == 4 and path[:2] in DIRECTORIES and path.hex().upper() in self.files:
            self.state.current_df, self.state.current_ef = path[:2], path[2:]
            return OK
        if len(path) == 2 and path.hex().upper() in self.files:
            self.state.current_df, self.state.current_ef = MF, path
            return OK
        return sw(0x6A82)

    def _select_fid(self, fid: bytes) -> bytes:
        if fid == MF:
            self.state.current_df, self.state.current_ef = MF, None
            return OK
        if self.state.current_df == MF:
            return self._select_path(fid)
        if (self.state.current_df + fid).hex().upper() in self.files:
            self.state.current_ef = fid
            return OK
        return sw(0x6A82)

    def _current_file(self) -> bytes | None:
        if self.state.current_ef is None:
            return None
        prefix = b"" if self.state.current_df == MF else self.state.current_df
        return self.files.get((prefix + self.state.current_ef).hex().upper())

    def _read_binary(self, apdu: bytes) -> bytes:
        if apdu[2] & 0x80:
            return sw(0x6B00)
        content = self._current_file()
        if content is None:
            return sw(0x6986)
        offset = (apdu[2] << 8) | apdu[3]
        wanted = _le(apdu)
        if offset >= len(content):
            return sw(0x6B00)
        available = len(content) - offset
        if wanted > available:
            return sw(0x6C00 | available) if available < 256 else content[offset : offset + 256] + OK
        return content[offset : offset + wanted] + OK

    def _get_card_data(self, apdu: bytes) -> bytes:
        p2 = apdu[3]
        if apdu[2] != 0 or p2 not in (0, 1) or (p2 == 1 and self.applet < 0x18):
            return sw(0x6B00)
        data = self._card_data_bytes(with_pin_tries=p2 == 1)
        if _le(apdu) != len(data):
            return sw(0x6C00 | len(data))
        return data + OK

    def _card_data_bytes(self, with_pin_tries: bool) -> bytes:
        is_18 = self.applet >= 0x18
        tail = bytes([self.applet]) + (b"\x00\x01" if is_18 else b"\x00\x03")
        tail += bytes([0x00, 0x00 if is_18 else 0x21, 0x02 if is_18 else 0x01, 0x0F])
        data = self.serial[:16].ljust(16, b"\x00") + bytes([0x2A, 0x23, 0x48, 0x01, 0x00]) + tail
        if with_pin_tries:
            data += bytes([self.pin_tries_left]) + b"\xff\xff"
        return data

    # --- PIN --------------------------------------------------------------------------------------

    def _verify(self, apdu: bytes) -> bytes:
        if apdu[2] != 0x00 or apdu[3] != 0x01:
            return sw(0x6A88)
        block = _body(apdu)
        if not block:
            return self._pin_status()
        if self.pin_tries_left == 0:
            return sw(0x6983)
        if _decode_pin_block(block) == self.pin:
            self.pin_tries_left = 3
            self.state.verified, self.state.since_verify = True, 0
            return OK
        return self._wrong_pin()

    def _pin_status(self) -> bytes:
        if self.pin_tries_left == 0:
            return sw(0x6983)
        if self.state.verified:
            return OK
        return sw(0x63C0 | self.pin_tries_left)

    def _wrong_pin(self) -> bytes:
        # A wrong VERIFY resets all PIN-based rights (docs/eid-card.md 8.1); the blocking one says 63 C0.
        self.pin_tries_left -= 1
        self.state.verified, self.state.since_verify = False, None
        return sw(0x63C0 | self.pin_tries_left)

    def _change_pin(self, apdu: bytes) -> bytes:
        body = _body(apdu)
        if apdu[3] != 0x01 or len(body) != 16:
            return sw(0x6A88) if apdu[3] != 0x01 else sw(0x6700)
        if self.pin_tries_left == 0:
            return sw(0x6983)
        new = _decode_pin_block(body[8:])
        if _decode_pin_block(body[:8]) != self.pin or new is None:
            return self._wrong_pin()
        self.pin, self.pin_tries_left = new, 3
        return OK

    def _log_off(self, apdu: bytes) -> bytes:
        self.state.verified, self.state.since_verify = False, None
        return OK

    # --- keys -------------------------------------------------------------------------------------

    def _manage_security_environment(self, apdu: bytes) -> bytes:
        body = _body(apdu)
        if apdu[2:4] != b"\x41\xb6" or len(body) != 5 or body[0:2] != b"\x04\x80" or body[3] != 0x84:
            return sw(0x6A80)
        algorithm, key = body[2], body[4]
        if key not in self.keys:
            return sw(0x6A88)
        if _digest_length(self.keys[key], algorithm) is None:
            return sw(0x6A80)
        self.state.se = (algorithm, key)
        return OK

    def _compute_signature(self, apdu: bytes) -> bytes:
        if apdu[2:4] != b"\x9e\x9a":
            return sw(0x6A86)
        if self.state.se is None:
            return sw(0x6985)
        algorithm, key_ref = self.state.se
        if not self._pin_rule_allows(key_ref):
            return sw(0x6982)
        digest = _body(apdu)
        key = self.keys[key_ref]
        expected = _digest_length(key, algorithm)
        if expected and expected != len(digest):
            return sw(0x6700)
        if isinstance(key, ec.EllipticCurvePrivateKey) and len(digest) not in (32, 48, 64):
            return sw(0x6A80)
        if isinstance(key, rsa.RSAPrivateKey) and len(digest) > key.key_size // 8 - 11:
            return sw(0x6700)
        signature = _sign(key, algorithm, digest)
        if key_ref == 0x83:
            # After a non-repudiation signature every key needs a fresh VERIFY ("PIN mixed").
            self.state.verified, self.state.since_verify = False, None
        return self._respond_later(signature)

    def _pin_rule_allows(self, key_ref: int) -> bool:
        if not self.state.verified or self.state.since_verify is None:
            return False
        if key_ref == 0x83:
            # "PIN just before": 1.7 right before, 1.8 at most one command between (docs/eid-card.md 8.1).
            return self.state.since_verify <= (1 if self.applet >= 0x18 else 0)
        return True

    def _internal_authenticate(self, apdu: bytes) -> bytes:
        key = self.keys.get(0x81)
        if self.applet < 0x18 or not isinstance(key, ec.EllipticCurvePrivateKey):
            return sw(0x6D00)
        body = _body(apdu)
        if apdu[2:4] != b"\x02\x81" or len(body) < 2 or body[0] != 0x94 or body[1] != len(body) - 2:
            return sw(0x6A80)
        challenge = body[2:]
        if len(challenge) != 48:
            return sw(0x6A80)
        self.state.se = None  # INTERNAL AUTHENTICATE clears the security environment (docs/eid-card.md 7.6)
        self.state.internal_auth_count += 1
        return self._respond_later(_raw_ecdsa(key, challenge))

    def _respond_later(self, data: bytes) -> bytes:
        # T=0 case 4: the answer waits for GET RESPONSE (SPEC-A18 section 6.1; docs/eid-card.md 3.3).
        self.state.pending = data
        return sw(0x6100 | min(len(data), 256) & 0xFF)

    def _get_response(self, apdu: bytes) -> bytes:
        pending = self.state.pending
        if not pending:
            return sw(0x6985)
        wanted = _le(apdu)
        if wanted > len(pending):
            return sw(0x6C00 | len(pending))
        self.state.pending = pending[wanted:]
        if self.state.pending:
            return pending[:wanted] + sw(0x6100 | min(len(self.state.pending), 256) & 0xFF)
        return pending[:wanted] + OK


_HANDLERS = {
    (0x00, 0xA4): VirtualBeidCard._select,
    (0x00, 0xB0): VirtualBeidCard._read_binary,
    (0x80, 0xE4): VirtualBeidCard._get_card_data,
    (0x00, 0x20): VirtualBeidCard._verify,
    (0x00, 0x24): VirtualBeidCard._change_pin,
    (0x80, 0xE6): VirtualBeidCard._log_off,
    (0x00, 0x22): VirtualBeidCard._manage_security_environment,
    (0x00, 0x2A): VirtualBeidCard._compute_signature,
    (0x00, 0x88): VirtualBeidCard._internal_authenticate,
    (0x00, 0xC0): VirtualBeidCard._get_response,
}


def _is_verify(apdu: bytes) -> bool:
    return len(apdu) >= 2 and apdu[1] == 0x20


def _body(apdu: bytes) -> bytes:
    """The command data; a 4-byte APDU or `P3 = 00` (T=0 case 1) has none (docs/eid-card.md 8.1)."""
    if len(apdu) <= 5:
        return b""
    return apdu[5 : 5 + apdu[4]]


def _le(apdu: bytes) -> int:
    """Le of a case-2 APDU; 00 means 256."""
    if len(apdu) < 5:
        return 256
    return apdu[4] or 256


def _decode_pin_block(block: bytes) -> str | None:
    if len(block) != 8:
        return None
    nibbles = block.hex().upper()
    length = int(nibbles[1], 16)
    digits = nibbles[2 : 2 + length]
    if (
        nibbles[0] != "2"
        or not 4 <= length <= 12
        or not digits.isdigit()
        or set(nibbles[2 + length :]) - {"F"}
    ):
        return None
    return digits


# Algorithm bytes: the same byte means different things for RSA (1.7) and EC (docs/eid-card.md 8.3).
_RSA_ALGORITHMS: dict[int, int | None] = {0x01: None, 0x02: 20, 0x04: 16, 0x08: 32}
_EC_ALGORITHMS: dict[int, int | None] = {0x01: 32, 0x02: 48, 0x04: 64, 0x40: None}
_RSA_HASHES: dict[int, hashes.HashAlgorithm] = {
    0x02: hashes.SHA1(),  # noqa: S303 - what 1.7 cards offer; the kiosk itself asks for SHA-256
    0x04: hashes.MD5(),  # noqa: S303
    0x08: hashes.SHA256(),
}


def _digest_length(key: PrivateKey, algorithm: int) -> int | None:
    table = _RSA_ALGORITHMS if isinstance(key, rsa.RSAPrivateKey) else _EC_ALGORITHMS
    if algorithm not in table:
        return None
    return table[algorithm] or 0


def _sign(key: PrivateKey, algorithm: int, digest: bytes) -> bytes:
    if isinstance(key, rsa.RSAPrivateKey):
        if algorithm == 0x01:
            return _rsa_raw_pkcs1(key, digest)
        return key.sign(digest, padding.PKCS1v15(), utils.Prehashed(_RSA_HASHES[algorithm]))
    return _raw_ecdsa(key, digest)


def _rsa_raw_pkcs1(key: rsa.RSAPrivateKey, digest_info: bytes) -> bytes:
    size = key.key_size // 8
    block = b"\x00\x01" + b"\xff" * (size - 3 - len(digest_info)) + b"\x00" + digest_info
    numbers = key.private_numbers()
    value = pow(int.from_bytes(block, "big"), numbers.d, numbers.public_numbers.n)
    return value.to_bytes(size, "big")


def _raw_ecdsa(key: ec.EllipticCurvePrivateKey, digest: bytes) -> bytes:
    """ECDSA over a digest given as is, answered as r || s (SPEC-A18 Table 43), not DER."""
    prehashed = {32: hashes.SHA256(), 48: hashes.SHA384(), 64: hashes.SHA512()}.get(len(digest))
    size = (key.curve.key_size + 7) // 8
    if prehashed is None:
        raise ValueError("unsupported digest length")
    r, s = utils.decode_dss_signature(key.sign(digest, ec.ECDSA(utils.Prehashed(prehashed))))
    return r.to_bytes(size, "big") + s.to_bytes(size, "big")
