"""Readable and reproducible: A4, metadata, 12 pt body, the shipped fonts, deterministic bytes."""

from __future__ import annotations

import io
import logging
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFontFile

from kiosk.documents import Language, fonts
from kiosk.documents.catalogues import read_catalogue
from kiosk.documents.layout import BODY_SIZE
from tests.unit.documents import samples
from tests.unit.documents.pdfcheck import A4_POINTS, all_text, embedded_fonts, reader, text_sizes
from tests.unit.documents.test_papers import PAPERS

ROOT = Path(__file__).resolve().parents[3]
TITLES = {
    "provisional-receipt": "Voorlopig ontvangstbewijs",
    "final-receipt": "Ontvangstbewijs",
    "paper-form": "Formulier: bevestiging van de inschrijving op papier",
    "help-sheet": "Hulpblad: pincode, itsme en identiteitskaart",
    "deadline-letter": "Tot wanneer hebt u tijd?",
    "withdrawal-receipt": "Bewijs van stopzetting",
    "test-page": "Testpagina van de printer",
}


@pytest.mark.parametrize("paper", list(PAPERS))
def test_title_and_language_in_the_metadata_and_a4_pages(paper: str) -> None:
    pdf = reader(PAPERS[paper](samples.context(Language.ARABIC)))
    assert pdf.metadata is not None
    assert pdf.metadata.title == TITLES[paper]
    assert pdf.trailer["/Root"]["/Lang"] == "nl-BE"
    for page in pdf.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx(A4_POINTS, abs=0.01)


@pytest.mark.parametrize("paper", list(PAPERS))
def test_all_text_but_the_footer_is_at_least_12_points(paper: str) -> None:
    sizes = text_sizes(PAPERS[paper](samples.context(Language.FRENCH, training=True)))
    assert sizes
    small = [(size, text) for size, text in sizes if size < BODY_SIZE]
    assert small, "the footer (10 pt) should be found: the size check would be blind otherwise"
    assert all(text.startswith("Gemaakt op") for _, text in small), small


@pytest.mark.parametrize("paper", list(PAPERS))
def test_every_font_is_the_embedded_dejavu_sans(paper: str) -> None:
    for name, font in embedded_fonts(PAPERS[paper](samples.context(Language.ARABIC, training=True))).items():
        assert name.split("+")[-1] in {fonts.REGULAR, fonts.BOLD}
        assert "/FontFile2" in font["/FontDescriptor"]


@pytest.mark.parametrize("paper", list(PAPERS))
def test_rendering_is_deterministic_across_processes(paper: str) -> None:
    context = samples.context(Language.ARABIC, training=True)
    first = PAPERS[paper](context)
    assert PAPERS[paper](context) == first
    script = (
        "import sys; from tests.unit.documents import samples;"
        "from tests.unit.documents.test_papers import PAPERS;"
        f"from kiosk.documents import Language; sys.stdout.buffer.write(PAPERS[{paper!r}]"
        "(samples.context(Language.ARABIC, training=True)))"
    )
    other = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONHASHSEED": "12345"},
    ).stdout
    assert other == first


def test_turkish_letters_come_out_in_the_shipped_font() -> None:
    household = samples.household(sofie_first="Ayşe Gül İpek")
    receipt = samples.provisional_receipt()
    receipt = type(receipt)(household, receipt.local_reference, receipt.evidence, receipt.missing)
    from kiosk.documents import render_provisional_receipt

    pdf = render_provisional_receipt(receipt, samples.context(Language.TURKISH), samples.RECEIPT_KEY)
    text = all_text(pdf)
    assert "Ayşe Gül İpek Janssens" in text  # extracts back, letter for letter
    assert "Bu GEÇİCİ bir alındı belgesidir." in text
    shipped = TTFontFile(io.BytesIO(fonts.font_bytes(fonts.REGULAR)))
    font = _font_drawing(pdf, "ş", bold=False)
    assert str(font["/BaseFont"]).endswith("+DejaVuSans")
    embedded = TTFontFile(io.BytesIO(font["/FontDescriptor"]["/FontFile2"].get_object().get_data()))
    assert embedded.familyName == shipped.familyName == b"DejaVu Sans"
    assert embedded.unitsPerEm == shipped.unitsPerEm
    codes = _codes_of(font)
    first = int(font["/FirstChar"])
    for letter in "şğİ":
        width = float(font["/Widths"][codes[letter] - first])
        assert width == pytest.approx(shipped.charWidths[ord(letter)], abs=1)


def _font_drawing(pdf: bytes, letter: str, bold: bool) -> dict[str, object]:
    for name, font in embedded_fonts(pdf).items():
        if name.endswith("-Bold") == bold and letter in _codes_of(font):
            return font
    raise AssertionError(f"no embedded font maps {letter!r}")


def _codes_of(font: dict[str, object]) -> dict[str, int]:
    """The font's ToUnicode CMap as character -> code (ReportLab writes bfchar/bfrange entries)."""
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")  # type: ignore[union-attr]
    codes: dict[str, int] = {}
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi, start in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            for offset in range(int(hi, 16) - int(lo, 16) + 1):
                codes[chr(int(start, 16) + offset)] = int(lo, 16) + offset
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            codes[chr(int(uni, 16))] = int(code, 16)
    return codes


def test_arabic_is_shaped_with_glyphs_the_font_has() -> None:
    lines: list[str] = []
    for message in read_catalogue(Language.ARABIC):
        if message.id:
            lines += [message.string] if isinstance(message.string, str) else list(message.string)
    assert len(lines) > 50
    for line in lines:
        if not re.search("[\u0600-\u06ff]", line):
            continue  # only fields: "{name}: {status}"
        drawn = fonts.visual_rtl(line)
        assert all(fonts.has_glyph(fonts.REGULAR, c) for c in drawn if not c.isspace()), line
        arabic = [c for c in drawn if "ARABIC" in unicodedata.name(c, "")]
        letters = [c for c in arabic if c.isalpha() and unicodedata.name(c) != "ARABIC TATWEEL"]
        assert letters and all("FORM" in unicodedata.name(c) for c in letters), line


def test_arabic_summary_reads_back_in_presentation_forms() -> None:
    text = all_text(PAPERS["final-receipt"](samples.context(Language.ARABIC)))
    folded = unicodedata.normalize("NFKC", text)
    assert "ملخص باللغة العربية" in folded
    assert samples.DOSSIER_NUMBER in text


def test_brackets_around_latin_text_stay_with_it_in_arabic() -> None:
    drawn = fonts.visual_rtl("Bevestiging (Pieter) – قبل 16/12/2026")
    assert "Bevestiging (Pieter)" in drawn


def test_rendering_logs_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for render in PAPERS.values():
        render(samples.context(Language.FRENCH, training=True))
    assert [r for r in caplog.records if r.name.startswith("kiosk")] == []
