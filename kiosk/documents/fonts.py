"""The shipped fonts (DejaVu Sans, resources/fonts/) and Arabic shaping for ReportLab.

Every paper embeds DejaVu Sans: it covers Dutch, French, Turkish (ş ğ İ ı) and the Arabic
presentation forms. ReportLab draws glyphs one character at a time without shaping, so Arabic is
reshaped to its contextual presentation forms (arabic-reshaper) and put in visual order
(python-bidi's pure-Python algorithm, which mirrors brackets; its Rust
get_display did not) one printed line at a time, after the line breaks are chosen in logical order.
"""

from __future__ import annotations

import functools
import io
import re

import arabic_reshaper  # type: ignore[import-untyped,unused-ignore]
from arabic_reshaper.ligatures import LIGATURES  # type: ignore[import-untyped,unused-ignore]
from bidi.algorithm import get_display  # type: ignore[import-untyped,unused-ignore]
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

import resources

# The bidi algorithm used predates bracket pairing (UAX #9 rule N0): left-to-right marks around a
# pair of brackets that holds only left-to-right text ("(Pieter)") keep the pair with that text;
# right-to-left marks around a pair that holds Arabic ("(… MyMinfin)") keep it with the Arabic.
# The marks are removed after.
_LRM, _RLM = "\u200e", "\u200f"
_ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
_ARABIC_BRACKETS = re.compile(rf"\(([^()]*[{_ARABIC}][^()]*)\)")
_LATIN_BRACKETS = re.compile(rf"\(([^(){_ARABIC}]*[A-Za-z0-9][^(){_ARABIC}]*)\)")

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


def font_bytes(name: str) -> bytes:
    """The shipped TrueType file of font `name`."""
    return resources.path("fonts", FONT_FILES[name]).read_bytes()


@functools.cache
def register_fonts() -> None:
    """Register the shipped fonts with ReportLab once per process."""
    for name in FONT_FILES:
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(font_bytes(name))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)


def has_glyph(font_name: str, character: str) -> bool:
    """Whether the registered font draws `character` (not the empty .notdef box)."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    return ord(character) in font.face.charToGlyph


@functools.cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    """A reshaper that uses only the ligatures the shipped font has (DejaVu lacks U+FDF2 Allah)."""
    register_fonts()
    config: dict[str, bool] = {}
    for ligature_name, (_, forms) in LIGATURES:
        config[ligature_name] = all(has_glyph(REGULAR, form) for form in forms if form)
    return arabic_reshaper.ArabicReshaper(configuration=config)


@functools.lru_cache(maxsize=4096)  # the same words come back on every paper and every wrap
def visual_rtl(line: str) -> str:
    """One line of Arabic in drawing order: shaped, then reordered right to left."""
    marked = _ARABIC_BRACKETS.sub(_RLM + r"(\1)" + _RLM, line)
    marked = _LATIN_BRACKETS.sub(_LRM + r"(\1)" + _LRM, marked)
    drawn = str(get_display(_reshaper().reshape(marked), base_dir="R"))
    return drawn.replace(_LRM, "").replace(_RLM, "")
