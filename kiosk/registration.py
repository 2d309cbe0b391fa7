"""What a registration needs beyond the members: contact details, an address for letters, preferences.

The register sends its letters to the address in the population register unless the candidate asks
for another one (swplus.be, theistbest.be); someone without a home has a reference address at the
OCMW. Preferences are municipalities, the kind of dwelling and a maximum rent; the more preferences,
the longer the wait (wonenvlaanderen.be, "het inschrijvingsregister"). Priority facts the register
asks at registration: informal care (mantelzorg) and a dwelling adapted to a disability (vmsw.be,
"inschrijving"). The exact field list of the CIR front office is not published: WIL must confirm it
(README, "What WIL must still confirm").

All values are plain frozen data, validated when they are made (`ValueError` with a reason a person
can read), kept in the dossier's encrypted payload and sent in the submission. Contact details are
optional for every dossier: they serve reminders before the deadline (docs/privacy.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast, get_args

DwellingType = Literal["house", "apartment", "studio"]
DWELLING_TYPES: tuple[DwellingType, ...] = get_args(DwellingType)
MAX_MUNICIPALITIES = 30
MAX_RENT = 5000  # euros a month: a higher figure is a typing mistake
_PHONE_CHARACTERS = re.compile(r"^\+?[0-9 ./()-]+$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_POSTCODE = re.compile(r"^[0-9]{4}$")


class RegistrationDataError(ValueError):
    """A value a person typed is not usable; `field` names the field, the message says why."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


def normalise_phone(text: str) -> str:
    """A phone number as typed, checked: 9 to 15 digits, spaces and + allowed; "" stays ""."""
    text = " ".join(text.split())
    if not text:
        return ""
    digits = re.sub(r"[^0-9]", "", text)
    if not _PHONE_CHARACTERS.match(text) or not 9 <= len(digits) <= 15:
        raise RegistrationDataError("phone", "a phone number has 9 to 15 digits")
    return text


def normalise_email(text: str) -> str:
    """An e-mail address, checked for one @ and a domain; "" stays ""."""
    text = text.strip()
    if not text:
        return ""
    if len(text) > 254 or not _EMAIL.match(text):
        raise RegistrationDataError("email", "an e-mail address looks like name@example.be")
    return text


@dataclass(frozen=True)
class PostalAddress:
    """An address for letters in Belgium (kept out of reprs)."""

    street_and_number: str = field(repr=False)
    postcode: str = field(repr=False)
    municipality: str = field(repr=False)
    care_of: str = field(default="", repr=False)  # "p/a OCMW Genk", a friend's name

    def __post_init__(self) -> None:
        if not self.street_and_number.strip() or not self.municipality.strip():
            raise RegistrationDataError("address", "an address needs a street, a number and a municipality")
        if not _POSTCODE.match(self.postcode):
            raise RegistrationDataError("address", "a Belgian postcode has 4 digits")

    def lines(self) -> tuple[str, ...]:
        """The address as printed, one line each."""
        first = (self.care_of,) if self.care_of else ()
        return (*first, self.street_and_number, f"{self.postcode} {self.municipality}")


@dataclass(frozen=True)
class Contact:
    """How the office can reach the household: optional phone and e-mail, another address for letters.

    `address_is_reference`: the household has no home of its own and `correspondence` is its
    reference address (at the OCMW or with a person), where the register's letters go.
    """

    phone: str = field(default="", repr=False)
    email: str = field(default="", repr=False)
    correspondence: PostalAddress | None = field(default=None, repr=False)
    address_is_reference: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "phone", normalise_phone(self.phone))
        object.__setattr__(self, "email", normalise_email(self.email))
        if self.address_is_reference and self.correspondence is None:
            raise RegistrationDataError("address", "a reference address needs the address itself")

    @property
    def empty(self) -> bool:
        """Whether nothing was given."""
        return not (self.phone or self.email or self.correspondence)


@dataclass(frozen=True)
class Preferences:
    """Where and what the household would like to rent (none given: every municipality, any dwelling)."""

    municipalities: tuple[str, ...] = ()
    dwelling_types: tuple[DwellingType, ...] = ()
    max_rent: int | None = None  # euros a month; None: no maximum

    def __post_init__(self) -> None:
        names = tuple(dict.fromkeys(" ".join(n.split()) for n in self.municipalities if n.strip()))
        if len(names) > MAX_MUNICIPALITIES:
            raise RegistrationDataError("municipalities", f"at most {MAX_MUNICIPALITIES} municipalities")
        if any(not _place_name(name) for name in names):
            raise RegistrationDataError("municipalities", "a municipality is written in letters")
        object.__setattr__(self, "municipalities", names)
        kinds = tuple(dict.fromkeys(self.dwelling_types))
        if any(kind not in DWELLING_TYPES for kind in kinds):
            raise RegistrationDataError("dwelling_types", "a dwelling is a house, an apartment or a studio")
        object.__setattr__(self, "dwelling_types", kinds)
        if self.max_rent is not None and not 0 < self.max_rent <= MAX_RENT:
            raise RegistrationDataError("max_rent", f"a maximum rent is between 1 and {MAX_RENT} euros")

    @property
    def empty(self) -> bool:
        """Whether no preference was given."""
        return not (self.municipalities or self.dwelling_types or self.max_rent)


@dataclass(frozen=True)
class PriorityFacts:
    """Facts that can give priority at allocation, told at registration (the register checks them).

    `informal_care_municipality`: the household gives or receives informal care (mantelzorg) from
    someone in this municipality. `adapted_dwelling`: someone needs a dwelling adapted to a physical
    disability (evidence: the disability certificate).
    """

    informal_care_municipality: str = ""
    adapted_dwelling: bool = False

    def __post_init__(self) -> None:
        name = " ".join(self.informal_care_municipality.split())
        if name and not _place_name(name):
            raise RegistrationDataError("informal_care", "a municipality is written in letters")
        object.__setattr__(self, "informal_care_municipality", name)

    @property
    def empty(self) -> bool:
        """Whether no priority fact was told."""
        return not (self.informal_care_municipality or self.adapted_dwelling)


def _place_name(name: str) -> bool:
    """Letters with spaces, hyphens, dots and apostrophes ('s-Gravenvoeren, Sint-Truiden), at most 60."""
    letters = any(c.isalpha() for c in name)
    return len(name) <= 60 and letters and all(c.isalpha() or c in " '’.-" for c in name)


def municipalities_from_text(text: str) -> tuple[str, ...]:
    """Municipalities typed as one line, separated by commas or semicolons."""
    return tuple(part.strip() for part in re.split(r"[,;]", text) if part.strip())


# --- as JSON: the payload and the submission use the same shapes -----------------------------------


def contact_json(contact: Contact) -> dict[str, Any]:
    """The contact details as the payload and the contract's `Contact` schema hold them."""
    values: dict[str, Any] = {}
    if contact.phone:
        values["phone"] = contact.phone
    if contact.email:
        values["email"] = contact.email
    if contact.correspondence is not None:
        address = contact.correspondence
        values["correspondence_address"] = {
            "street_and_number": address.street_and_number,
            "postcode": address.postcode,
            "municipality": address.municipality,
            "care_of": address.care_of,
            "reference_address": contact.address_is_reference,
        }
    return values


def contact_from_json(values: Mapping[str, Any]) -> Contact:
    """Read `contact_json` back; an empty or older (untyped) mapping gives what it holds."""
    address = values.get("correspondence_address")
    correspondence = None
    reference = False
    if isinstance(address, Mapping):
        correspondence = PostalAddress(
            str(address["street_and_number"]),
            str(address["postcode"]),
            str(address["municipality"]),
            str(address.get("care_of", "")),
        )
        reference = bool(address.get("reference_address", False))
    return Contact(
        phone=str(values.get("phone", "")),
        email=str(values.get("email", "")),
        correspondence=correspondence,
        address_is_reference=reference,
    )


def preferences_json(preferences: Preferences, priority: PriorityFacts) -> dict[str, Any]:
    """Preferences and priority facts as the contract's `Preferences` schema holds them."""
    values: dict[str, Any] = {}
    if preferences.municipalities:
        values["municipalities"] = list(preferences.municipalities)
    if preferences.dwelling_types:
        values["dwelling_types"] = list(preferences.dwelling_types)
    if preferences.max_rent is not None:
        values["max_rent"] = preferences.max_rent
    if not priority.empty:
        values["priority"] = {
            "informal_care_municipality": priority.informal_care_municipality,
            "adapted_dwelling": priority.adapted_dwelling,
        }
    return values


def preferences_from_json(values: Mapping[str, Any]) -> tuple[Preferences, PriorityFacts]:
    """Read `preferences_json` back; an empty or older mapping gives empty preferences."""
    rent = values.get("max_rent")
    preferences = Preferences(
        municipalities=tuple(str(n) for n in _list(values.get("municipalities"))),
        dwelling_types=tuple(cast(DwellingType, t) for t in _list(values.get("dwelling_types"))),
        max_rent=rent if isinstance(rent, int) and not isinstance(rent, bool) else None,
    )
    raw = values.get("priority")
    priority = PriorityFacts()
    if isinstance(raw, Mapping):
        priority = PriorityFacts(
            informal_care_municipality=str(raw.get("informal_care_municipality", "")),
            adapted_dwelling=bool(raw.get("adapted_dwelling", False)),
        )
    return preferences, priority


def _list(value: object) -> Iterable[object]:
    return value if isinstance(value, list) else ()
