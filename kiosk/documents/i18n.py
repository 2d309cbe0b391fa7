"""The papers' texts in the candidate's language (gettext catalogues) and dates per language (Babel).

Dutch is the source language. Every paper is printed in Dutch; the texts a candidate also reads in
their own language (the summary, statuses, what is missing) are written in Dutch in the code as
`tr(language, "…")` or `ntr(language, "…", "…", n)` and translated in the gettext catalogues
`locale/<language>/LC_MESSAGES/papers.po` (plural forms included). `scripts/build-translations.sh`
compiles them to `.mo` files, as it builds the screens' Qt catalogues; `--update` first extracts the
messages into `locale/papers.pot` (Babel) and merges them into each `.po`. Texts printed only in
Dutch are plain strings in the paper modules.

Placeholders are `{name}` fields filled with `str.format`. In Arabic a field value without Arabic
letters (a name, reference, dossier or phone number, date in digits) is put in a left-to-right
embedding, so the bidi algorithm keeps its characters in order (UAX #9, explicit embeddings), and
a number's spaces become no-break spaces, so it is never split over two lines.
"""

from __future__ import annotations

import functools
import gettext
import re
from datetime import date, datetime
from pathlib import Path

from babel.dates import format_date

from kiosk.documents.model import Language
from kiosk.errors import KioskError

DOMAIN = "papers"
LOCALE_DIR = Path(__file__).with_name("locale")
# The CLDR locale of each language: Belgian where CLDR has one, so dates read as they do here.
CLDR_LOCALES = {
    Language.DUTCH: "nl_BE",
    Language.FRENCH: "fr_BE",
    Language.ENGLISH: "en_BE",
    Language.TURKISH: "tr_TR",
    Language.ARABIC: "ar",
}
LEFT_TO_RIGHT_EMBEDDING = "\u202a"
POP_DIRECTIONAL_FORMATTING = "\u202c"
NO_BREAK_SPACE = "\u00a0"
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER = re.compile(r"[^\W\d_]")


class CataloguesNotBuilt(KioskError):
    """The compiled `.mo` catalogue of a language is missing: the build step did not run."""


def N_(message: str) -> str:  # the usual gettext name, so Babel extracts it
    """Mark `message` for the catalogues without translating it (for tables of texts)."""
    return message


@functools.cache
def catalogue(language: Language) -> gettext.NullTranslations:
    """The compiled catalogue of `language`; Dutch, the source language, has none."""
    if language is Language.DUTCH:
        return gettext.NullTranslations()
    path = LOCALE_DIR / language.value / "LC_MESSAGES" / f"{DOMAIN}.mo"
    try:
        with path.open("rb") as file:
            return gettext.GNUTranslations(file)
    except FileNotFoundError:
        raise CataloguesNotBuilt(
            f"the papers' {language.value} catalogue is not built: run scripts/build-translations.sh"
        ) from None


def tr(language: Language, message: str, /, **fields: object) -> str:
    """`message` (Dutch) in `language`, its {fields} filled in."""
    return _fill(language, catalogue(language).gettext(message), fields)


def ntr(language: Language, singular: str, plural: str, count: int, /, **fields: object) -> str:
    """The plural form of `language` for `count`; `{n}` in the text is the count."""
    template = catalogue(language).ngettext(singular, plural, count)
    return _fill(language, template, {"n": count, **fields})


def _fill(language: Language, template: str, fields: dict[str, object]) -> str:
    if language is Language.ARABIC:
        fields = {name: left_to_right(str(value)) for name, value in fields.items()}
    return template.format(**fields)


def left_to_right(value: str) -> str:
    """`value` kept in reading order inside Arabic text (unchanged when it holds Arabic letters)."""
    if not value or _ARABIC_LETTER.search(value):
        return value
    if not _LETTER.search(value):  # digits and separators: a number, date or phone number
        value = value.replace(" ", NO_BREAK_SPACE)
    return LEFT_TO_RIGHT_EMBEDDING + value + POP_DIRECTIONAL_FORMATTING


def long_date(language: Language, day: date) -> str:
    """A date written out in `language`: 16 december 2026, 16 décembre 2026, 16 Aralık 2026."""
    return str(format_date(day, "long", locale=CLDR_LOCALES[language]))


def full_date(language: Language, day: date) -> str:
    """A date with its weekday in `language`: woensdag 16 december 2026, mercredi 16 décembre 2026."""
    return str(format_date(day, "full", locale=CLDR_LOCALES[language]))


def numeric_time(moment: datetime) -> str:
    """A date and time as the Dutch footer prints it: 27/11/2026 10:05."""
    return moment.strftime("%d/%m/%Y %H:%M")


def warm_up() -> None:
    """Load every catalogue and Babel's locale data ahead of the first paper."""
    for language in Language:
        catalogue(language)
        full_date(language, date(2026, 1, 1))
