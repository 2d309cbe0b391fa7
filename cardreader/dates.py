"""Dates on the eID: birth dates in Dutch, French and German, and DD.MM.YYYY validity dates.

Birth dates (docs/eid-card.md section 6.2) come as ``14 MAAR 1985``, ``21 DEC  1981`` (month padded to
four characters), ``22.DEZ. 1997`` / ``23.SEP.1982`` (German), ``1 JAN 1971`` (one-digit day),
``1984`` (year only) or eight spaces and a year (day and month unknown). Unknown month tokens are
errors, never guesses.

Public names (stable): `BirthDate` (year, month | None, day | None; `.isoformat()`),
`parse_birth_date(text)`, `parse_card_date(text)`, `MONTHS` (token -> month number).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from cardreader.errors import CardDataError

_FRENCH = ["JAN", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT", "NOV", "DEC"]
_DUTCH = ["JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"]
_GERMAN = ["JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"]

# The union of the three tables: MAI is May in French and German, DEC December in French and Dutch.
MONTHS: dict[str, int] = {
    token: number for table in (_FRENCH, _DUTCH, _GERMAN) for number, token in enumerate(table, start=1)
}

_YEAR_ONLY = re.compile(r"[0-9]{4}")
_FULL = re.compile(r"([0-9]{1,2})[. ]+([^0-9. ]+)[. ]*([0-9]{4})")
_CARD_DATE = re.compile(r"([0-9]{2})\.([0-9]{2})\.([0-9]{4})")


@dataclass(frozen=True)
class BirthDate:
    """A birth date that may lack its day, or its day and month."""

    year: int
    month: int | None = None
    day: int | None = None

    def isoformat(self) -> str:
        """YYYY-MM-DD, YYYY-MM or YYYY."""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def parse_birth_date(text: str) -> BirthDate:
    """Parse tag 0C strictly; raise `CardDataError` for anything not in docs/eid-card.md 6.2's variants."""
    stripped = text.strip(" ")
    if _YEAR_ONLY.fullmatch(stripped):
        return BirthDate(int(stripped))
    match = _FULL.fullmatch(stripped)
    if match is None:
        raise CardDataError("the birth date has an unknown layout")
    day_text, token, year_text = match.groups()
    month = MONTHS.get(token.upper())
    if month is None:
        raise CardDataError("the birth date has an unknown month")
    return _checked_birth_date(int(year_text), month, int(day_text))


def _checked_birth_date(year: int, month: int, day: int) -> BirthDate:
    try:
        date(year, month, day)
    except ValueError as error:
        raise CardDataError("the birth date does not exist") from error
    return BirthDate(year, month, day)


def parse_card_date(text: str) -> date:
    """Parse a DD.MM.YYYY validity date (tags 03, 04, 1F; docs/eid-card.md section 6.1) strictly."""
    match = _CARD_DATE.fullmatch(text)
    if match is None:
        raise CardDataError("a card date is not DD.MM.YYYY")
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError as error:
        raise CardDataError("a card date does not exist") from error
