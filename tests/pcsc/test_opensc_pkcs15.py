"""Other tools see a faithful card: OpenSC's PKCS#15 layer and PKCS#11 module use the virtual card.

`pkcs15-tool -D` binds through EF(DIR) 3F00/2F00 and DF00's ODF and TokenInfo, then lists the PIN,
the keys and the certificates; `pkcs11-tool` with OpenSC's PKCS#11 module logs in with PIN 1234 and
signs. Both run against the virtual card in the real pcscd over vpcd.

Upstream limits, checked so that a change in them shows up: OpenSC before 0.27 offers no ECDSA for
BELPIC (applet 1.8 support is in OpenSC 0.27.0's NEWS, #3308), so on Debian 12's OpenSC 0.23 only the
1.7 RSA card signs and the 1.8 card's keys are refused with CKR_MECHANISM_INVALID; OpenSC's BELPIC
driver refuses the non-repudiation key 83 (no consent dialog). On applet 1.7 the specification
flags the certificates "private" (card content v4.01 section 6.5), so OpenSC's PKCS#11 module shows
them only after login, as with real 1.7 cards (OpenSC issue #1293).
"""

from __future__ import annotations

import glob
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

from cardreader.pcsc import list_readers
from cardreader.session import der_length
from cardreader.virtual.vpcd import VpcdCardClient
from tests.pcsc.conftest import READER
from tests.support.pcscd import in_ci

pytestmark = pytest.mark.pcsc

TOOLS = ("pkcs15-tool", "pkcs11-tool", "opensc-tool")
# Debian's opensc-pkcs11 package: /usr/lib/<multiarch>/opensc-pkcs11.so (and a pkcs11/ link to it).
MODULE_GLOBS = (
    "/usr/lib/*/opensc-pkcs11.so",
    "/usr/lib/*/pkcs11/opensc-pkcs11.so",
    "/usr/lib*/opensc-pkcs11.so",
)
CERTIFICATE_FILES = {"02": "DF005038", "03": "DF005039", "04": "DF00503A", "06": "DF00503B"}
MESSAGE = b"Inschrijving bevestigd in het centraal inschrijvingsregister"


def _module() -> str | None:
    found = sorted(path for pattern in MODULE_GLOBS for path in glob.glob(pattern))
    return found[0] if found else None


@pytest.fixture(scope="module")
def opensc() -> str:
    """The PKCS#11 module path; the tools must be installed (`scripts/bootstrap.sh` installs them)."""
    module = _module()
    missing = [tool for tool in TOOLS if shutil.which(tool) is None] + (
        [] if module else ["opensc-pkcs11.so"]
    )
    if missing:
        message = f"OpenSC is not installed ({', '.join(missing)}); scripts/bootstrap.sh installs it"
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message)
    assert module is not None
    return module


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60)


def _opensc_version() -> tuple[int, int]:
    match = re.search(r"OpenSC (\d+)\.(\d+)", _run("opensc-tool", "--info").stdout)
    assert match, "opensc-tool --info printed no version"
    return int(match[1]), int(match[2])


def _dump() -> dict[str, dict[str, str]]:
    """`pkcs15-tool -D` as {"<kind> [<label>]": {field: value}}, plus the card block."""
    result = _run("pkcs15-tool", "--reader", str(list_readers().index(READER)), "-D")
    assert result.returncode == 0, result.stderr
    objects: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for line in result.stdout.splitlines():
        if line and not line[0].isspace():
            current = objects.setdefault(line.rstrip(":").strip(), {})
        elif ":" in line:
            name, _, value = line.strip().partition(":")
            current[name.strip()] = value.strip()
    return objects


def _certificate(card: VpcdCardClient, file: str) -> x509.Certificate:
    content = card.card.files[file]
    return x509.load_der_x509_certificate(content[: der_length(content)])


def _pkcs11(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    return _run("pkcs11-tool", "--module", module, "--slot-description", READER, *args)


@pytest.mark.parametrize(
    ("profile", "key_kind", "certificate_flags"),
    [
        ("nl-citizen-18", "Private EC Key", "[0x02], modifiable"),
        ("fr-citizen-17-rsa", "Private RSA Key", "[0x03], private, modifiable"),
    ],
)
def test_pkcs15_tool_lists_the_pin_the_keys_and_the_certificates(
    profile: str,
    key_kind: str,
    certificate_flags: str,
    opensc: str,
    insert_card: Callable[..., VpcdCardClient],
) -> None:
    card = insert_card(profile)
    objects = _dump()
    assert objects["PKCS#15 Card [BELPIC]"]["Serial number"] == card.card.serial.hex()
    pin = objects["PIN [Basic PIN]"]
    assert (pin["Reference"], pin["Type"], pin["Pad char"]) == ("1 (0x01)", "bcd", "0xFF")
    for label, reference, identifier in (
        ("Authentication", "130 (0x82)", "02"),
        ("Signature", "131 (0x83)", "03"),
    ):
        key = objects[f"{key_kind} [{label}]"]
        assert (key["Key ref"], key["ID"], key["Auth ID"], key["Path"]) == (
            reference,
            identifier,
            "01",
            "3f00df00",
        )
    certificates = {name: fields for name, fields in objects.items() if name.startswith("X.509 Certificate")}
    assert sorted(certificates) == [
        f"X.509 Certificate [{label}]" for label in ("Authentication", "CA", "Root", "Signature")
    ]
    for fields in certificates.values():
        assert fields["Object Flags"] == certificate_flags
        assert fields["Path"] == "3f00" + CERTIFICATE_FILES[fields["ID"]].lower()


def test_pkcs15_tool_reads_the_card_s_own_certificates(
    opensc: str, insert_card: Callable[..., VpcdCardClient]
) -> None:
    card = insert_card("nl-citizen-18")
    reader = str(list_readers().index(READER))
    for identifier, file in CERTIFICATE_FILES.items():
        result = _run("pkcs15-tool", "--reader", reader, "--read-certificate", identifier)
        assert result.returncode == 0, result.stderr
        assert x509.load_pem_x509_certificate(result.stdout.encode()) == _certificate(card, file)


def test_a_card_without_signature_certificate_lists_none(
    opensc: str, insert_card: Callable[..., VpcdCardClient]
) -> None:
    insert_card("no-signature-cert")
    objects = _dump()
    assert "X.509 Certificate [Signature]" not in objects
    assert "Private EC Key [Signature]" not in objects
    assert {
        "X.509 Certificate [Authentication]",
        "X.509 Certificate [CA]",
        "X.509 Certificate [Root]",
    } <= set(objects)


def test_pkcs11_tool_signs_with_pin_1234_and_a_wrong_pin_costs_a_try(
    opensc: str, insert_card: Callable[..., VpcdCardClient], tmp_path: Path
) -> None:
    card = insert_card("fr-citizen-17-rsa")
    message, signature = tmp_path / "statement.txt", tmp_path / "statement.sig"
    message.write_bytes(MESSAGE)
    sign = (
        "--sign",
        "--id",
        "02",
        "-m",
        "SHA256-RSA-PKCS",
        "--input-file",
        str(message),
        "--output-file",
        str(signature),
    )
    wrong = _pkcs11(opensc, "--login", "--pin", "9999", *sign)
    assert wrong.returncode != 0
    assert "CKR_PIN_INCORRECT" in wrong.stdout + wrong.stderr
    assert card.card.pin_tries_left == 2
    right = _pkcs11(opensc, "--login", "--pin", "1234", *sign)
    assert right.returncode == 0, right.stdout + right.stderr
    assert card.card.pin_tries_left == 3
    public_key = _certificate(card, "DF005038").public_key()
    assert isinstance(public_key, rsa.RSAPublicKey)
    public_key.verify(signature.read_bytes(), MESSAGE, padding.PKCS1v15(), hashes.SHA256())


def test_opensc_keeps_the_non_repudiation_key_for_a_consent_dialog(
    opensc: str, insert_card: Callable[..., VpcdCardClient], tmp_path: Path
) -> None:
    insert_card("fr-citizen-17-rsa")
    message = tmp_path / "statement.txt"
    message.write_bytes(MESSAGE)
    result = _pkcs11(
        opensc,
        "--login",
        "--pin",
        "1234",
        "--sign",
        "--id",
        "03",
        "-m",
        "SHA256-RSA-PKCS",
        "--input-file",
        str(message),
    )
    assert result.returncode != 0
    assert "CKR_FUNCTION_NOT_SUPPORTED" in result.stdout + result.stderr


def test_a_1_8_card_signs_with_ecdsa_where_opensc_supports_it(
    opensc: str, insert_card: Callable[..., VpcdCardClient], tmp_path: Path
) -> None:
    card = insert_card("nl-citizen-18")
    message, signature = tmp_path / "statement.txt", tmp_path / "statement.sig"
    message.write_bytes(MESSAGE)
    result = _pkcs11(
        opensc, "--login", "--pin", "1234", "--sign", "--id", "02", "-m", "ECDSA-SHA384",
        "--input-file", str(message), "--output-file", str(signature),
    )  # fmt: skip
    if _opensc_version() < (0, 27):
        assert result.returncode != 0
        assert "CKR_MECHANISM_INVALID" in result.stdout + result.stderr
        return
    assert result.returncode == 0, result.stdout + result.stderr
    raw = signature.read_bytes()
    r, s = int.from_bytes(raw[: len(raw) // 2], "big"), int.from_bytes(raw[len(raw) // 2 :], "big")
    public_key = _certificate(card, "DF005038").public_key()
    assert isinstance(public_key, ec.EllipticCurvePublicKey)
    public_key.verify(utils.encode_dss_signature(r, s), MESSAGE, ec.ECDSA(hashes.SHA384()))


def test_pkcs11_shows_1_7_certificates_only_after_login(
    opensc: str, insert_card: Callable[..., VpcdCardClient]
) -> None:
    insert_card("fr-citizen-17-rsa")
    before = _pkcs11(opensc, "--list-objects", "--type", "cert")
    after = _pkcs11(opensc, "--login", "--pin", "1234", "--list-objects", "--type", "cert")
    assert before.returncode == 0 and after.returncode == 0, before.stderr + after.stderr
    assert "Certificate Object" not in before.stdout
    labels = re.findall(r"label:\s+(\S+)", after.stdout)
    assert sorted(labels) == ["Authentication", "CA", "Root", "Signature"]
