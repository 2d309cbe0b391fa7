"""The training fixture's people and card profiles, all fake (`generate` writes resources/training/cards/).

Public names (stable): `Person`, `PROFILES` (profile name -> Person), `STAFF_PROFILES`.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Person:
    """One virtual card's holder and how the card is made."""

    surname: str
    first_names: str
    third_initial: str
    sex: str  # as written on the card: M, F (fr), V (nl), W (de)
    birth_date_raw: str
    national_number: str
    nationality: str
    birth_place: str
    street: str
    zip: str
    municipality: str
    applet: int = 0x18
    key_type: str = "ec"  # "rsa" only on 1.7 RSA cards
    document_type: str = "01"
    card_number: str = ""
    validity: tuple[str, str] = ("2024-02-12", "2034-02-12")
    delivery_municipality: str = "Hasselt"
    foreigner: dict[int, str] = field(default_factory=dict)  # extra tags 12-19, 1B-1F
    member_of_family: bool = False
    signature_certificate: bool = True
    pin_tries: int = 3
    tamper: str = ""  # "address" or "photo": changed after the register signed the card


_HASSELT = ("Kempische Steenweg 100 bus 2", "3500", "Hasselt")
_GENK = ("Grotestraat 5", "3600", "Genk")

PROFILES: dict[str, Person] = {
    "nl-citizen-18": Person(
        "Janssens",
        "Sofie Marie",
        "A",
        "V",
        "14 MAAR 1990",
        "90031410231",
        "Belg",
        "Hasselt",
        *_HASSELT,
        card_number="592101234560",
    ),
    "nl-partner-17-ec": Person(
        "De Smet",
        "Pieter Jan",
        "",
        "M",
        "02 NOV 1988",
        "88110210514",
        "Belg",
        "Sint-Truiden",
        *_HASSELT,
        applet=0x17,
        document_type="1",
        card_number="591987654321",
        validity=("2019-05-06", "2029-05-06"),
    ),
    "fr-citizen-17-rsa": Person(
        "Dubois",
        "Marie Claire",
        "",
        "F",
        "30 JUIL 1975",
        "75073010636",
        "Belge",
        "Liège",
        "Rue du Village 3",
        "3790",
        "Fourons",
        applet=0x17,
        key_type="rsa",
        document_type="1",
        card_number="591123987654",
        validity=("2018-09-03", "2028-09-03"),
        delivery_municipality="Fourons",
    ),
    "de-citizen-18": Person(
        "Müller",
        "Hans Peter",
        "",
        "M",
        "22.DEZ. 1962",
        "62122210935",
        "Belgier",
        "Eupen",
        *_GENK,
        card_number="592224681357",
        delivery_municipality="Genk",
    ),
    "one-digit-day": Person(
        "Maes",
        "Lotte",
        "",
        "V",
        "5 MAAR 1985",
        "85030511091",
        "Belg",
        "Tongeren",
        "Maastrichterstraat 40",
        "3700",
        "Tongeren",
        card_number="592135792468",
        delivery_municipality="Tongeren",
    ),
    "year-only": Person(
        "Benali",
        "Youssef",
        "",
        "M",
        "        1971",
        "71000011320",
        "Marokkaan",
        "Casablanca",
        "Stationsstraat 21",
        "3600",
        "Genk",
        document_type="34",
        card_number="B123456789",
        delivery_municipality="Genk",
    ),
    "eu-foreigner-long": Person(
        "Kowalska",
        "Anna Maria",
        "K",
        "V",
        "09 JUN 1993",
        "93060911459",
        "Poolse",
        "Kędzierzyn-Koźle",
        "Koning Albertlaan 187 bus 14",
        "3500",
        "Hasselt",
        document_type="31",
        card_number="B987654321",
        foreigner={
            0x12: "00",
            0x13: "",
            0x15: "",
            0x16: "7",
            0x17: "0123.456.789",
            0x18: "0987.654.321",
            0x19: "HASSELT-2023-0004517",
            0x1F: "15.05.2023",
        },
    ),
    "no-signature-cert": Person(
        "Willems",
        "Tom",
        "",
        "M",
        "17 JAN 2001",
        "01011711712",
        "Belg",
        "Genk",
        "Hoogstraat 9",
        "3600",
        "Genk",
        card_number="592246802468",
        signature_certificate=False,
    ),
    "blocked-pin": Person(
        "Yilmaz",
        "Ayse",
        "",
        "V",
        "12 SEP 1980",
        "80091211804",
        "Belg",
        "Ankara",
        *_GENK,
        card_number="592213579246",
        pin_tries=0,
        delivery_municipality="Genk",
    ),
    "expired": Person(
        "Claes",
        "Karel",
        "J",
        "M",
        "01 APR 1950",
        "50040112154",
        "Belg",
        "Bilzen",
        "Kerkplein 1",
        "3740",
        "Bilzen",
        applet=0x17,
        key_type="rsa",
        document_type="1",
        card_number="591012345678",
        validity=("2015-03-10", "2025-03-10"),
    ),
    "tampered-address": Person(
        "Wouters",
        "Eva",
        "",
        "V",
        "28 FEB 1995",
        "95022812277",
        "Belg",
        "Lommel",
        "Dorpsstraat 77",
        "3920",
        "Lommel",
        card_number="592257913579",
        tamper="address",
    ),
    "tampered-photo": Person(
        "Jacobs",
        "Luc",
        "",
        "M",
        "10 OKT 1968",
        "68101012506",
        "Belg",
        "Maaseik",
        "Markt 3",
        "3680",
        "Maaseik",
        card_number="592268024680",
        tamper="photo",
    ),
    "staff-wil-1": Person(
        "Van den Broeck",
        "Griet",
        "",
        "V",
        "20 MEI 1979",
        "79052012695",
        "Belg",
        "Hasselt",
        "Gouverneur Verwilghensingel 1",
        "3500",
        "Hasselt",
        card_number="592279135791",
    ),
    "staff-wil-2": Person(
        "Hermans",
        "Bart",
        "",
        "M",
        "08 AUG 1984",
        "84080812993",
        "Belg",
        "Genk",
        "Zwartberg 12",
        "3600",
        "Genk",
        card_number="592280246802",
    ),
}

STAFF_PROFILES = ("staff-wil-1", "staff-wil-2")
