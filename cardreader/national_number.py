"""The national register number (rijksregisternummer, INSZ), docs/eid-card.md section 9.

`YYMMDD SSS CC`: birth date (day/month 00 when unknown; month + 20 or + 40 for bis numbers), a day
counter (odd for men), and a check number 97 - (N mod 97) with N prefixed by `2` for births from 2000.

Public names (stable): `NationalNumber` (`.digits`, `.formatted()`, `.masked()`, `.birth_year`,
`.is_bis`), `parse_national_number(text)`, `check_digits(nine_digits, born_2000_or_later)`,
`mask_national_number(digits)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from cardreader.errors import CardDataError


def check_digits(nine_digits: str, born_2000_or_later: bool) -> int:
    """The two check digits for the first nine digits; a remainder of 0 is written 97."""
    base = int(("2" if born_2000_or_later else "") + nine_digits)
    return 97 - base % 97


@dataclass(frozen=True)
class NationalNumber:
    """A validated national number; `repr` never shows the digits."""

    digits: str
    born_2000_or_later: bool

    def __repr__(self) -> str:
        return "NationalNumber(<hidden>)"

    @property
    def is_bis(self) -> bool:
        """True for a bis number (month + 20 or + 40: people outside the national register)."""
        return int(self.digits[2:4]) >= 20

    @property
    def birth_year(self) -> int:
        """The four-digit birth year, from the check digits' century rule."""
        return (2000 if self.born_2000_or_later else 1900) + int(self.digits[:2])

    def formatted(self) -> str:
        """YY.MM.DD-SSS.CC as printed on the card."""
        d = self.digits
        return f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}"

    def masked(self) -> str:
        """The printed form with the birth date and counter hidden: ``XX.XX.XX-XXX.CC``."""
        return mask_national_number(self.digits)


def mask_national_number(digits: str) -> str:
    """Hide all but the check digits (safe to show on a screen next to the name)."""
    return f"XX.XX.XX-XXX.{digits[9:11]}" if len(digits) == 11 else "XX.XX.XX-XXX.XX"


def parse_national_number(text: str) -> NationalNumber:
    """Validate 11 digits (separators allowed) and their check number; raise `CardDataError`."""
    digits = "".join(ch for ch in text if ch not in ".- ")
    if len(digits) != 11 or not digits.isascii() or not digits.isdigit():
        raise CardDataError("the national number is not 11 digits")
    check = int(digits[9:])
    if check == check_digits(digits[:9], born_2000_or_later=False):
        return NationalNumber(digits, born_2000_or_later=False)
    if check == check_digits(digits[:9], born_2000_or_later=True):
        return NationalNumber(digits, born_2000_or_later=True)
    raise CardDataError("the national number's check digits are wrong")
