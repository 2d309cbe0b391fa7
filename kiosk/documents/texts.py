"""The papers' texts, read from `translations/<language>.toml`, and the date formats they use.

Dutch (`nl.toml`) holds the full text of every paper; the other languages hold a short summary per
paper and the labels the summary needs. Translators review the TOML files, not the code.
"""

from __future__ import annotations

import functools
import tomllib
from datetime import date, datetime
from importlib import resources
from typing import Any

from kiosk.documents.model import Language

_MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip
_WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


@functools.cache
def load(language: Language) -> dict[str, Any]:
    """The parsed text file of `language`."""
    raw = resources.files("kiosk.documents.translations").joinpath(f"{language.value}.toml").read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


def text(language: Language, section: str, key: str, **fields: object) -> str:
    """One text with its {placeholders} filled in."""
    template = load(language)[section][key]
    if not isinstance(template, str):
        raise TypeError(f"{language.value}:{section}.{key} is not a single text")
    return template.format(**fields)


def paragraphs(language: Language, section: str, key: str, **fields: object) -> list[str]:
    """A list of texts (paragraphs or bullet points) with their {placeholders} filled in."""
    templates = load(language)[section][key]
    if not isinstance(templates, list):
        raise TypeError(f"{language.value}:{section}.{key} is not a list of texts")
    return [str(template).format(**fields) for template in templates]


def missing_label(kind: str) -> str:
    """The Dutch label of a missing item of the core's `kind` ("confirmation", "absent_adult", ...)."""
    labels = load(Language.DUTCH)["missing"]
    if kind not in labels:
        raise KeyError(f"no label for missing kind {kind!r}")
    return str(labels[kind])


def dutch_date(day: date) -> str:
    """A date the Dutch way, written out: 16 december 2026."""
    return f"{day.day} {_MONTHS_NL[day.month - 1]} {day.year}"


def dutch_date_with_weekday(day: date) -> str:
    """A date with its weekday: woensdag 16 december 2026."""
    return f"{_WEEKDAYS_NL[day.weekday()]} {dutch_date(day)}"


def numeric_date(day: date) -> str:
    """A date any reader can read: 16/12/2026."""
    return day.strftime("%d/%m/%Y")


def numeric_time(moment: datetime) -> str:
    """A date and time: 16/12/2026 14:05."""
    return moment.strftime("%d/%m/%Y %H:%M")
