"""An independent reader agrees: OpenSC's `eidenv` prints what `kiosk card read` reads.

Two upstream quirks of OpenSC 0.23's eidenv are accounted for, not hidden: it prints an empty
BELPIC_STREETANDNUMBER (OpenSC issue #912, "blank street"), and its hex dump of the chip number
writes the nibble F as "E". Both are checked explicitly below so a change in them shows up.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable

import pytest

from cardreader.pcsc import list_readers
from tests.pcsc.conftest import READER, read_json
from tests.unit.cardreader.test_virtual_card import EXPECTED

pytestmark = [
    pytest.mark.pcsc,
    pytest.mark.skipif(shutil.which("eidenv") is None, reason="OpenSC's eidenv is not installed"),
]


def _eidenv() -> dict[str, str]:
    index = list_readers().index(READER)
    output = subprocess.run(["eidenv", "-r", str(index)], capture_output=True, text=True, timeout=30).stdout
    fields = {}
    for line in output.splitlines():
        name, _, value = line.partition(": ")
        if name.startswith("BELPIC_"):
            fields[name] = value
    return fields


def _card_date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}.{month}.{year}"


def _expected(data: dict[str, dict[str, str]]) -> dict[str, str]:
    card, person, address = data["card"], data["person"], data["address"]
    return {
        "BELPIC_CARDNUMBER": card["card_number"],
        "BELPIC_CHIPNUMBER": card["chip_number"].upper().replace("F", "E"),  # eidenv's hex quirk
        "BELPIC_VALIDFROM": _card_date(card["validity_begin"]),
        "BELPIC_VALIDTILL": _card_date(card["validity_end"]),
        "BELPIC_DELIVERINGMUNICIPALITY": card["delivery_municipality"],
        "BELPIC_NATIONALNUMBER": person["national_number"],
        "BELPIC_NAME": person["surname"],
        "BELPIC_FIRSTNAMES": person["first_names"],
        "BELPIC_INITIAL": person["third_initial"],
        "BELPIC_NATIONALITY": person["nationality"],
        "BELPIC_BIRTHLOCATION": person["birth_place"],
        "BELPIC_BIRTHDATE": person["birth_date_raw"],
        "BELPIC_NOBLECONDITION": person["noble_condition"],
        "BELPIC_SPECIALSTATUS": person["special_status"],
        "BELPIC_STREETANDNUMBER": "",  # OpenSC #912
        "BELPIC_ZIPCODE": address["zip"],
        "BELPIC_MUNICIPALITY": address["municipality"],
    }


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_eidenv_prints_the_same_values(name: str, insert_card: Callable[..., object]) -> None:
    insert_card(name)
    ours = read_json("--show-national-number")
    assert ours.returncode == 0, ours.stderr
    data = json.loads(ours.stdout)
    theirs = _eidenv()
    expected = _expected(data)
    assert theirs, "eidenv printed nothing"
    unexplained = set(theirs) - set(expected) - {"BELPIC_SEX", "BELPIC_DOCUMENTTYPE"}
    assert not unexplained, unexplained
    for field, value in theirs.items():
        if field in expected:
            assert value == expected[field], field
    # eidenv prints the raw codes; ours are normalised: V/W/F -> F, "1" -> "01".
    assert {"M": "M"}.get(theirs["BELPIC_SEX"], "F") == data["person"]["sex"]
    assert theirs["BELPIC_DOCUMENTTYPE"].zfill(2) == data["card"]["document_type"]["code"]
