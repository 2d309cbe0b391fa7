"""The BELPIC PKCS#15 structure: EF(DIR) under 3F00 and the directory files of DF00.

Real cards carry these files so that PKCS#15 middleware (OpenSC's `pkcs15-tool`, its PKCS#11
module) finds the PIN, the keys and the certificates. The bytes follow the dumps of the card content
specifications (docs/eid-card.md section 2.2):
- applet 1.8: "Belgian Electronic Identity Card content" v5.4 (Fedict/eid-mw, `doc/sdk/documentation/
  Applet 1.8 eID Cards/`), section 5: EF(DIR), TokenInfo, ODF, AODF, PrKDF (EC keys), CDF whose
  certificates are public (flags "modifiable") and carry implicitTrust FALSE;
- applet 1.7: the same document v4.01 (`Applet 1.7 eID Cards/`), section 6: RSA keys, certificates
  flagged "private", authority TRUE on the CA and root entries. A 1.7 card re-keyed to EC keeps the
  1.7 flags and lists its keys as EC keys (the 1.8 layout of a key entry).

Only the keys and certificates the card holds are listed; a missing certificate's CDF entry is left
out and the file keeps its length with zero bytes, as on cards without a signature certificate
(v5.4 section 5.3.6). The project's reader never reads these files (it knows the paths); they exist
for other tools.

Public names (stable): `pkcs15_files(applet, serial, keys, certificates) -> {path: bytes}` with the
paths of `VirtualBeidCard.files` ("2F00", "DF005031", ...).
"""

from __future__ import annotations

from collections.abc import Mapping

from cryptography.hazmat.primitives.asymmetric import ec, rsa

AID_PKCS15 = bytes.fromhex("A000000177504B43532D3135")
BELPIC_OID = bytes.fromhex("603802")  # 2.16.56.2, "Belpic card" (v5.4 section 5.2.1)
DF_BELPIC = bytes.fromhex("3F00DF00")
AUTH_KEY, SIGNATURE_KEY = 0x82, 0x83

# Certificate files and their CDF entries, in the order of the CDF: (file, label, id, is a CA).
CERTIFICATES = (
    ("5038", "Authentication", 0x02, False),
    ("5039", "Signature", 0x03, False),
    ("503A", "CA", 0x04, True),
    ("503B", "Root", 0x06, True),
)
_KEY_LABELS = {AUTH_KEY: ("Authentication", 0x02), SIGNATURE_KEY: ("Signature", 0x03)}

# PKCS#15 bit strings as the specifications write them: unused-bits byte, then the bits.
_PRIVATE_MODIFIABLE = bytes([0x06, 0xC0])
_MODIFIABLE = bytes([0x06, 0x40])
_PIN_INITIALIZED_NEEDS_PADDING = bytes([0x02, 0x0C])
_USAGE_SIGN = bytes([0x05, 0x20])
_USAGE_NON_REPUDIATION = bytes([0x06, 0x00, 0x40])
_ACCESS_SENSITIVE_LOCAL = bytes([0x03, 0xB8])  # sensitive, alwaysSensitive, neverExtractable, local
_TOKEN_PRN_EID_COMPLIANT = bytes([0x04, 0x30])

CardKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


def der(tag: int, *parts: bytes) -> bytes:
    """One DER element: tag, definite length, the concatenated parts."""
    content = b"".join(parts)
    size = len(content)
    if size < 0x80:
        length = bytes([size])
    else:
        octets = size.to_bytes((size.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(octets)]) + octets
    return bytes([tag]) + length + content


def _utf8(text: str) -> bytes:
    return der(0x0C, text.encode())


def _octets(value: bytes) -> bytes:
    return der(0x04, value)


def _integer(value: int) -> bytes:
    return der(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def _path(path: bytes) -> bytes:
    return der(0x30, _octets(path))


def ef_dir() -> bytes:
    """EF(DIR) 3F00/2F00: one application template for DF(BELPIC) (v5.4 section 5.2.1)."""
    return der(
        0x61,
        der(0x4F, AID_PKCS15),
        der(0x50, b"BELPIC"),
        der(0x51, DF_BELPIC),
        der(0x73, der(0x06, BELPIC_OID)),
    )


def token_info(serial: bytes) -> bytes:
    """EF(TokenInfo) DF00/5032: version 0, the chip serial, label, flags, personalisation versions."""
    return der(
        0x30,
        _integer(0),
        _octets(serial),
        der(0x80, b"BELPIC"),
        der(0x03, _TOKEN_PRN_EID_COMPLIANT),
        der(0x9E, bytes(4)),  # graphical, electrical, electrical-interface version, RFU: all 0
    )


def odf() -> bytes:
    """EF(ODF) DF00/5031: where the PrKDF, CDF and AODF are (v5.4 section 5.3.2)."""
    return b"".join(
        der(tag, _path(DF_BELPIC + bytes.fromhex(fid)))
        for tag, fid in ((0xA0, "5035"), (0xA4, "5037"), (0xA8, "5034"))
    )


def aodf() -> bytes:
    """EF(AODF) DF00/5034: the one PIN, "Basic PIN", BCD, 4 to 12 digits in 8 bytes, reference 1."""
    pin_attributes = der(
        0x30,
        der(0x03, _PIN_INITIALIZED_NEEDS_PADDING),
        der(0x0A, b"\x00"),  # bcd
        _integer(4),  # minLength
        _integer(8),  # storedLength
        der(0x80, b"\x01"),  # pinReference
        _octets(b"\xff"),  # padChar
        _path(b"\x3f\x00"),
    )
    common = der(0x30, _utf8("Basic PIN"), der(0x03, _PRIVATE_MODIFIABLE))
    return der(0x30, common, der(0x30, _octets(b"\x01")), der(0xA1, pin_attributes))


def _private_key_entry(reference: int, key: CardKey) -> bytes:
    label, identifier = _KEY_LABELS[reference]
    common = [_utf8(label), der(0x03, _PRIVATE_MODIFIABLE), _octets(b"\x01")]
    usage = _USAGE_SIGN
    if reference == SIGNATURE_KEY:
        common.append(_integer(1))  # userConsent: a PIN entry for every signature
        usage = _USAGE_NON_REPUDIATION
    key_attributes = der(
        0x30,
        _octets(bytes([identifier])),
        der(0x03, usage),
        der(0x03, _ACCESS_SENSITIVE_LOCAL),
        der(0x02, bytes([0x00, reference])),  # keyReference, written on two bytes as on the card
    )
    size = key.key_size if isinstance(key, rsa.RSAPrivateKey) else key.curve.key_size
    value = der(0xA1, der(0x30, _path(DF_BELPIC), _integer(size)))
    # privateRSAKey is a plain SEQUENCE; privateECKey is [0] (PKCS#15 v1.1 PrivateKeyType).
    tag = 0x30 if isinstance(key, rsa.RSAPrivateKey) else 0xA0
    return der(tag, der(0x30, *common), key_attributes, value)


def prkdf(keys: Mapping[int, CardKey]) -> bytes:
    """EF(PrKDF) DF00/5035: the authentication key (82) and the signature key (83) the card holds."""
    return b"".join(_private_key_entry(ref, keys[ref]) for ref in (AUTH_KEY, SIGNATURE_KEY) if ref in keys)


def _certificate_entry(applet: int, fid: str, label: str, identifier: int, is_ca: bool) -> bytes:
    is_18 = applet >= 0x18
    attributes = [_octets(bytes([identifier]))]
    if is_ca:
        attributes.append(der(0x01, b"\xff"))  # authority TRUE
    if is_18:
        attributes.append(der(0x83, b"\x00"))  # implicitTrust FALSE
    flags = _MODIFIABLE if is_18 else _PRIVATE_MODIFIABLE
    common = der(0x30, _utf8(label), der(0x03, flags), _octets(b"\x01"))
    certificate = der(0x30, *attributes)
    value = der(0xA1, der(0x30, _path(DF_BELPIC + bytes.fromhex(fid))))
    return der(0x30, common, certificate, value)


def cdf(applet: int, present: set[str]) -> bytes:
    """EF(CDF) DF00/5037: entries of the certificates present, zero-padded to the full file's length."""
    entries = {
        fid: _certificate_entry(applet, fid, label, identifier, is_ca)
        for fid, label, identifier, is_ca in CERTIFICATES
    }
    full_length = sum(len(entry) for entry in entries.values())
    listed = b"".join(entry for fid, entry in entries.items() if fid in present)
    return listed.ljust(full_length, b"\x00")


def pkcs15_files(
    applet: int, serial: bytes, keys: Mapping[int, CardKey], certificates: set[str]
) -> dict[str, bytes]:
    """The PKCS#15 files by card path; `certificates` names the certificate files present ("5038")."""
    return {
        "2F00": ef_dir(),
        "DF005031": odf(),
        "DF005032": token_info(serial),
        "DF005034": aodf(),
        "DF005035": prkdf(keys),
        "DF005037": cdf(applet, certificates),
    }
