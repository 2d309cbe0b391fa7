"""The offices that handle a candidate's file, as settings: printed on every paper.

The central register (CIR) belongs to the Flemish government (Wonen in Vlaanderen); the
woonmaatschappij of the area handles the candidate's file (for Limburg: Wonen in Limburg, WIL). A
terminal names the office it works for in `settings.toml` (`[[offices]]` tables and the `office`
setting that chooses one), so a terminal outside WIL's area names its own woonmaatschappij and the
papers print its address, phone and opening hours. Nothing here is guessed: without settings the
papers name Wonen in Limburg and point to its website, because no public source confirmed the
address and phone of each office.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.errors import ConfigError

REGISTER_OWNER = "Wonen in Vlaanderen"  # the Flemish government's agency that runs the CIR
_FIELDS = ("name", "location", "address", "phone", "hours", "website")
_MAX_LENGTH = 200  # one printed line; longer text is a mistake in the settings


@dataclass(frozen=True)
class OfficeSetting:
    """One office of the woonmaatschappij: its name, where it is, how to reach it, when it is open.

    `location` tells two offices of the same woonmaatschappij apart ("Genk", "Hasselt") and is how
    the `office` setting chooses one.
    """

    name: str
    location: str = ""
    address: str = ""
    phone: str = ""
    hours: str = ""
    website: str = ""

    @property
    def key(self) -> str:
        """How the `office` setting names this office: its location, else its name."""
        return self.location or self.name


WONEN_IN_LIMBURG = OfficeSetting(name="Wonen in Limburg", website="www.wil.be")
DEFAULT_OFFICES: tuple[OfficeSetting, ...] = (WONEN_IN_LIMBURG,)


def parse_offices(raw: object, source: str) -> tuple[OfficeSetting, ...]:
    """The `[[offices]]` tables of a settings file; `ConfigError` naming the office and field at fault."""
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{source}: offices must be one or more [[offices]] tables")
    offices = tuple(_office(table, f"{source}: offices[{index}]") for index, table in enumerate(raw))
    keys = [office.key for office in offices]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise ConfigError(f"{source}: two offices are both called {duplicates[0]!r}: give each a location")
    return offices


def _office(table: object, where: str) -> OfficeSetting:
    if not isinstance(table, dict):
        raise ConfigError(f"{where} must be a table with name, location, address, phone, hours, website")
    unknown = sorted(set(table) - set(_FIELDS))
    if unknown:
        raise ConfigError(f"{where}: unknown field {unknown[0]!r}")
    values: dict[str, str] = {}
    for name, value in table.items():
        if not isinstance(value, str):
            raise ConfigError(f"{where}: {name} must be text")
        if len(value) > _MAX_LENGTH or "\n" in value:
            raise ConfigError(f"{where}: {name} must be one line of at most {_MAX_LENGTH} characters")
        values[name] = value.strip()
    if not values.get("name"):
        raise ConfigError(f"{where}: name is required (the woonmaatschappij, e.g. Wonen in Limburg)")
    return OfficeSetting(**values)


def choose_office(
    offices: Sequence[OfficeSetting], chosen: str, source: str = "settings.toml"
) -> OfficeSetting:
    """The office this terminal works for: the one `chosen` names (by location or name), else the first."""
    if not chosen:
        return offices[0]
    for office in offices:
        if chosen in (office.key, office.name):
            return office
    names = ", ".join(office.key for office in offices)
    raise ConfigError(f"{source}: office {chosen!r} is not one of the [[offices]] ({names})")
