"""The virtual cards carry the BELPIC PKCS#15 files byte for byte as the specifications dump them.

Expected bytes are copied from the hex dumps of "Belgian Electronic Identity Card content" v5.4
(applet 1.8, section 5) and v4.01 (applet 1.7, section 6), Fedict/eid-mw `doc/sdk/documentation/`,
with two corrections the dumps themselves prove: v5.4 writes the authentication certificate's CDF
entry as `30 32` but its next entry starts at offset 0x31, so the length is 0x2F; v4.01 shows a
1024-bit modulus (`02 02 04 00`) where applet 1.7 keys are 2048 bits (`08 00`; docs/eid-card.md section 1.1).
"""

from __future__ import annotations

import json

import pytest

from cardreader.virtual import VirtualCardConnection, load_profile
from tests.unit.cardreader.conftest import TRAINING


def h(text: str) -> bytes:
    """Bytes from spaced hex, with "quoted" ASCII allowed in between."""
    out = b""
    for i, part in enumerate(text.split('"')):
        out += part.encode() if i % 2 else bytes.fromhex(part)
    return out


EF_DIR = h(
    '61 23 4F 0C A0 00 00 01 77 50 4B 43 53 2D 31 35 50 06 "BELPIC" 51 04 3F 00 DF 00 73 05 06 03 60 38 02'
)
ODF = h(
    "A0 0A 30 08 04 06 3F 00 DF 00 50 35"
    " A4 0A 30 08 04 06 3F 00 DF 00 50 37"
    " A8 0A 30 08 04 06 3F 00 DF 00 50 34"
)
AODF = h(
    '30 33 30 0F 0C 09 "Basic PIN" 03 02 06 C0 30 03 04 01 01'
    " A1 1B 30 19 03 02 02 0C 0A 01 00 02 01 04 02 01 08 80 01 01 04 01 FF 30 04 04 02 3F 00"
)


def token_info(serial: bytes) -> bytes:
    return h("30 27 02 01 00 04 10") + serial + h('80 06 "BELPIC" 03 02 04 30 9E 04 00 00 00 00')


def prkdf(tag: str, size: str) -> bytes:
    authentication = (
        f'{tag} 3A 30 17 0C 0E "Authentication" 03 02 06 C0 04 01 01'
        " 30 0F 04 01 02 03 02 05 20 03 02 03 B8 02 02 00 82"
        f" A1 0E 30 0C 30 06 04 04 3F 00 DF 00 02 02 {size}"
    )
    signature = (
        f'{tag} 39 30 15 0C 09 "Signature" 03 02 06 C0 04 01 01 02 01 01'
        " 30 10 04 01 03 03 03 06 00 40 03 02 03 B8 02 02 00 83"
        f" A1 0E 30 0C 30 06 04 04 3F 00 DF 00 02 02 {size}"
    )
    return h(authentication) + h(signature)


def _cert_path(fid: str) -> str:
    return f"A1 0C 30 0A 30 08 04 06 3F 00 DF 00 {fid}"


_AUTH, _SIGN, _CA, _ROOT = '0C 0E "Authentication"', '0C 09 "Signature"', '0C 02 "CA"', '0C 04 "Root"'
_PUBLIC, _PRIVATE = "03 02 06 40 04 01 01", "03 02 06 C0 04 01 01"  # flags, then authId 01
CDF_18 = {
    "5038": h(f"30 2F 30 17 {_AUTH} {_PUBLIC} 30 06 04 01 02 83 01 00 {_cert_path('50 38')}"),
    "5039": h(f"30 2A 30 12 {_SIGN} {_PUBLIC} 30 06 04 01 03 83 01 00 {_cert_path('50 39')}"),
    "503A": h(f"30 26 30 0B {_CA} {_PUBLIC} 30 09 04 01 04 01 01 FF 83 01 00 {_cert_path('50 3A')}"),
    "503B": h(f"30 28 30 0D {_ROOT} {_PUBLIC} 30 09 04 01 06 01 01 FF 83 01 00 {_cert_path('50 3B')}"),
}
CDF_17 = {
    "5038": h(f"30 2C 30 17 {_AUTH} {_PRIVATE} 30 03 04 01 02 {_cert_path('50 38')}"),
    "5039": h(f"30 27 30 12 {_SIGN} {_PRIVATE} 30 03 04 01 03 {_cert_path('50 39')}"),
    "503A": h(f"30 23 30 0B {_CA} {_PRIVATE} 30 06 04 01 04 01 01 FF {_cert_path('50 3A')}"),
    "503B": h(f"30 25 30 0D {_ROOT} {_PRIVATE} 30 06 04 01 06 01 01 FF {_cert_path('50 3B')}"),
}


def _files(name: str) -> dict[str, bytes]:
    spec = json.loads((TRAINING / "cards" / f"{name}.json").read_text())
    return {path: bytes.fromhex(content) for path, content in spec["files"].items()}


@pytest.mark.parametrize(
    "name", ["nl-citizen-18", "fr-citizen-17-rsa", "nl-partner-17-ec", "no-signature-cert"]
)
def test_the_fixed_files_are_the_specification_dumps(name: str) -> None:
    files = _files(name)
    card = load_profile(name, TRAINING)
    assert files["2F00"] == EF_DIR
    assert files["DF005031"] == ODF
    assert files["DF005034"] == AODF
    assert files["DF005032"] == token_info(card.serial)


def test_a_1_8_card_lists_its_ec_keys_and_public_certificates() -> None:
    files = _files("nl-citizen-18")
    assert files["DF005035"] == prkdf("A0", "01 80")
    assert files["DF005037"] == b"".join(CDF_18.values())


def test_a_1_7_rsa_card_lists_its_rsa_keys_and_private_certificates() -> None:
    files = _files("fr-citizen-17-rsa")
    assert files["DF005035"] == prkdf("30", "08 00")
    assert files["DF005037"] == b"".join(CDF_17.values())


def test_a_1_7_card_re_keyed_to_ec_lists_ec_keys_with_the_1_7_certificate_flags() -> None:
    files = _files("nl-partner-17-ec")
    assert files["DF005035"] == prkdf("A0", "01 80")
    assert files["DF005037"] == b"".join(CDF_17.values())


def test_without_a_signature_certificate_its_entries_are_gone_and_the_cdf_keeps_its_length() -> None:
    files = _files("no-signature-cert")
    listed = CDF_18["5038"] + CDF_18["503A"] + CDF_18["503B"]
    assert files["DF005037"] == listed + bytes(len(CDF_18["5039"]))
    assert files["DF005035"] == prkdf("A0", "01 80")[:0x3C]  # the authentication key only
    assert files["DF005039"] == bytes(2500)


@pytest.mark.parametrize(
    "select",
    [
        "00 A4 08 0C 04 3F 00 2F 00",  # absolute path from the MF, as OpenSC selects
        "00 A4 08 0C 02 2F 00",  # the path without the MF (SPEC-A18 wording)
        "00 A4 02 0C 02 2F 00",  # a child of the MF by FID, the MF being current after reset
    ],
)
def test_ef_dir_is_read_from_the_mf(select: str) -> None:
    connection = VirtualCardConnection(load_profile("nl-citizen-18", TRAINING))
    assert connection.send_and_receive(h(select)) == (b"", 0x9000)
    assert connection.send_and_receive(h("00 B0 00 00 FC")) == (b"", 0x6C00 | len(EF_DIR))
    assert connection.send_and_receive(h(f"00 B0 00 00 {len(EF_DIR):02X}")) == (EF_DIR, 0x9000)


def test_the_odf_is_read_by_its_absolute_path() -> None:
    connection = VirtualCardConnection(load_profile("fr-citizen-17-rsa", TRAINING))
    assert connection.send_and_receive(h("00 A4 08 0C 06 3F 00 DF 00 50 31")) == (b"", 0x9000)
    assert connection.send_and_receive(h(f"00 B0 00 00 {len(ODF):02X}")) == (ODF, 0x9000)
