"""Regenerate the training fixture: `python -m cardreader.virtual.generate resources/training`.

Writes `pki/` (test root in `pki/roots/`, CA and RRN certificates, and the test keys in
`pki/keys/`) and one `cards/<profile>.json` per profile of `people.PROFILES`. Everything is
deterministic: keys from fixed seeds, RFC 6979 ECDSA, fixed dates, photos drawn from the name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import sys
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from cardreader.national_number import parse_national_number
from cardreader.tlv import encode_tlv
from cardreader.virtual.people import PROFILES, Person
from cardreader.virtual.pkcs15 import pkcs15_files
from cardreader.virtual.pki import (
    TestPki,
    build_test_pki,
    derive_ec_key,
    derive_rsa_key,
    issue_user_certificate,
)

ADDRESS_FILE_SIZE = 121  # docs/eid-card.md section 4.3
SIGNATURE_FILE_SIZE = 256  # EC signatures are zero-padded to 256 bytes (docs/eid-card.md section 7.4)


def _pem_key(key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def _der(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.DER)


def _pad_certificate(der: bytes | None, applet: int) -> bytes:
    """1.7 appends 50 zeros, 1.8 1100; a missing certificate is 1300 / 2500 zeros (docs/eid-card.md 2.3)."""
    if der is None:
        return bytes(2500 if applet >= 0x18 else 1300)
    return der + bytes(1100 if applet >= 0x18 else 50)


def _photo(person: Person, variant: int = 0) -> bytes:
    """A small grey JPEG (150 x 195, the 2021+ layout) drawn from the name: no real face."""
    from PIL import Image, ImageDraw

    seed = hashlib.sha256(f"{person.national_number}/{variant}".encode()).digest()
    image = Image.new("L", (150, 195), 200 + seed[0] % 40)
    draw = ImageDraw.Draw(image)
    draw.ellipse((40, 30, 110, 110), fill=120 + seed[1] % 60)  # head
    draw.rectangle((25, 120, 125, 195), fill=80 + seed[2] % 60)  # shoulders
    draw.text((8, 4), person.first_names.split()[0][:12], fill=20)
    stream = hashlib.shake_256(seed).digest(3 * 300)
    for i in range(0, len(stream), 3):  # texture, so the JPEG has a realistic size (~3 KB)
        draw.point((stream[i] % 150, stream[i + 1] % 195), fill=stream[i + 2])
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=70, optimize=False)
    return out.getvalue()


def _card_date(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d.%m.%Y")


def _identity(person: Person, chip: bytes, photo: bytes, basic_key: bytes | None) -> bytes:
    photo_hash = hashlib.sha384(photo).digest() if person.applet >= 0x18 else hashlib.sha256(photo).digest()
    fields: dict[int, bytes] = {
        0x01: person.card_number.encode(),
        0x02: chip,
        0x03: _card_date(person.validity[0]).encode(),
        0x04: _card_date(person.validity[1]).encode(),
        0x05: person.delivery_municipality.encode(),
        0x06: person.national_number.encode(),
        0x07: person.surname.encode(),
        0x08: person.first_names.encode(),
        0x09: person.third_initial.encode(),
        0x0A: person.nationality.encode(),
        0x0B: person.birth_place.encode(),
        0x0C: person.birth_date_raw.encode(),
        0x0D: person.sex.encode(),
        0x0E: b"",
        0x0F: person.document_type.encode(),
        0x10: b"0",
        0x11: photo_hash,
    }
    fields.update({tag: value.encode() for tag, value in person.foreigner.items()})
    if person.member_of_family:
        fields[0x14] = b""
    if basic_key is not None:
        fields[0x1A] = hashlib.sha384(basic_key).digest()
    return encode_tlv(sorted(fields.items()))


def _address(street: str, zip_code: str, municipality: str) -> bytes:
    data = encode_tlv([(0x01, street.encode()), (0x02, zip_code.encode()), (0x03, municipality.encode())])
    if len(data) > ADDRESS_FILE_SIZE:
        raise ValueError("address too long for the address file")
    return data.ljust(ADDRESS_FILE_SIZE, b"\x00")


def _rrn_sign(pki: TestPki, person: Person, data: bytes) -> bytes:
    if person.key_type == "rsa":
        return pki.rrn_rsa_key.sign(data, padding.PKCS1v15(), hashes.SHA256())
    signature = pki.rrn_ec_key.sign(data, ec.ECDSA(hashes.SHA384(), deterministic_signing=True))
    return signature.ljust(SIGNATURE_FILE_SIZE, b"\x00")


def _user_key(person: Person, role: str) -> ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey:
    seed = f"cir-training/{person.national_number}/{role}"
    return derive_rsa_key(seed) if person.key_type == "rsa" else derive_ec_key(seed)


def build_card(name: str, person: Person, pki: TestPki) -> dict[str, object]:
    """One profile's card: files by path, keys, PIN state."""
    parse_national_number(person.national_number)  # a typo in the table fails here, not in a test
    chip = bytes.fromhex("534C4790") + hashlib.sha256(name.encode()).digest()[:12]
    applet = person.applet
    validity = tuple(dt.datetime.fromisoformat(d + "T00:00:00+00:00") for d in person.validity)
    foreign = person.document_type not in ("1", "01", "06")
    ca, ca_key = (pki.foreigner_ca, pki.foreigner_ca_key) if foreign else (pki.citizen_ca, pki.citizen_ca_key)
    keys: dict[str, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey] = {"82": _user_key(person, "auth")}
    if person.signature_certificate:
        keys["83"] = _user_key(person, "sign")
    basic_key_der = None
    if applet >= 0x18:
        basic = derive_ec_key(f"cir-training/{person.national_number}/basic")
        keys["81"] = basic
        basic_key_der = basic.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    def certificate(role: str) -> bytes | None:
        key = keys.get("82" if role == "auth" else "83")
        if key is None:
            return None
        names = (person.surname, person.first_names, person.national_number)
        return _der(issue_user_certificate(ca, ca_key, key, role, *names, validity))  # type: ignore[arg-type]

    auth_certificate, signature_certificate = certificate("auth"), certificate("sign")
    photo = _photo(person)
    identity = _identity(person, chip, photo, basic_key_der)
    address = _address(person.street, person.zip, person.municipality)
    identity_signature = _rrn_sign(pki, person, identity)
    address_signature = _rrn_sign(pki, person, address.rstrip(b"\x00") + identity_signature)
    if person.tamper == "address":
        address = _address(person.street.replace("77", "79"), person.zip, person.municipality)
    if person.tamper == "photo":
        photo = _photo(person, variant=1)
    rrn = pki.rrn_rsa if person.key_type == "rsa" else pki.rrn_ec
    files = {
        "DF014031": identity,
        "DF014032": identity_signature,
        "DF014033": address,
        "DF014034": address_signature,
        "DF014035": photo,
        "DF005038": _pad_certificate(auth_certificate, applet),
        "DF005039": _pad_certificate(signature_certificate, applet),
        "DF00503A": _pad_certificate(_der(ca), applet),
        "DF00503B": _pad_certificate(_der(pki.root), applet),
        "DF00503C": _pad_certificate(_der(rrn), applet),
    }
    if basic_key_der is not None:
        files["DF014040"] = basic_key_der
    present = {"503A", "503B"}
    present |= {fid for fid, cert in (("5038", auth_certificate), ("5039", signature_certificate)) if cert}
    card_keys = {int(ref, 16): key for ref, key in keys.items()}
    files.update(pkcs15_files(applet, chip, card_keys, present))
    return {
        "format": 1,
        "profile": name,
        "applet": f"{applet >> 4}.{applet & 0xF}",
        "pin": "1234",
        "pin_tries": person.pin_tries,
        "puk": "111111",
        "serial": chip.hex(),
        "files": {path: content.hex() for path, content in files.items()},
        "keys": {ref: _pem_key(key) for ref, key in keys.items()},
    }


def write_fixture(training_dir: Path) -> None:
    """Write pki/ and cards/ under `training_dir`."""
    pki = build_test_pki()
    pki_dir = training_dir / "pki"
    (pki_dir / "roots").mkdir(parents=True, exist_ok=True)
    (pki_dir / "keys").mkdir(parents=True, exist_ok=True)
    pem = serialization.Encoding.PEM
    (pki_dir / "roots" / "test-root-ca.pem").write_bytes(pki.root.public_bytes(pem))
    for name, cert, key in (
        ("citizen-ca", pki.citizen_ca, pki.citizen_ca_key),
        ("foreigner-ca", pki.foreigner_ca, pki.foreigner_ca_key),
        ("rrn-ec", pki.rrn_ec, pki.rrn_ec_key),
        ("rrn-rsa", pki.rrn_rsa, pki.rrn_rsa_key),
        ("test-root-ca", pki.root, pki.root_key),
    ):
        if name != "test-root-ca":
            (pki_dir / f"{name}.pem").write_bytes(cert.public_bytes(pem))
        (pki_dir / "keys" / f"{name}.key.pem").write_text(_pem_key(key))
    cards_dir = training_dir / "cards"
    cards_dir.mkdir(parents=True, exist_ok=True)
    for name, person in PROFILES.items():
        card = build_card(name, person, pki)
        (cards_dir / f"{name}.json").write_text(json.dumps(card, indent=1, sort_keys=True) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Entry point: the training directory is the only argument."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m cardreader.virtual.generate TRAINING_DIR", file=sys.stderr)
        return 2
    write_fixture(Path(args[0]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
