"""Reading rendered papers back: text per page, fonts, metadata, sizes, and PNG artifacts."""

from __future__ import annotations

import io
import math
import re
import subprocess
from pathlib import Path
from typing import Any

import pypdf
from pypdf.generic import ContentStream

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "documents"
A4_POINTS = (595.2756, 841.8898)


def reader(pdf: bytes) -> pypdf.PdfReader:
    """A pypdf reader over the bytes."""
    return pypdf.PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """The extracted text of each page."""
    return [page.extract_text() or "" for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    """The extracted text of the whole paper, whitespace collapsed to single spaces."""
    return re.sub(r"\s+", " ", " ".join(page_texts(pdf)))


def national_number_forms(number: str) -> list[str]:
    """The ways a national number could be printed: 11 digits, or YY.MM.DD-SSS.CC."""
    d = number
    return [d, f"{d[0:2]}.{d[2:4]}.{d[4:6]}-{d[6:9]}.{d[9:11]}", f"{d[0:6]}-{d[6:9]}-{d[9:11]}"]


def shows_national_number(pdf: bytes, number: str) -> bool:
    """Whether any printed form of `number` can be read back from the paper."""
    text = all_text(pdf)
    digits_only = re.sub(r"[^0-9]", "", text)
    return any(form in text for form in national_number_forms(number)) or number in digits_only


def text_sizes(pdf: bytes) -> list[tuple[float, str]]:
    """(effective font size in points, text) for every piece of text drawn."""
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1])
            found.append((round(size * scale, 2), text.strip()))

    for page in reader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return found


def embedded_fonts(pdf: bytes) -> dict[str, dict[str, Any]]:
    """BaseFont name -> font dictionary, for every font any page uses."""
    fonts: dict[str, dict[str, Any]] = {}
    for page in reader(pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    return fonts


def save_png(pdf: bytes, name: str) -> list[Path]:
    """Write the paper and its pages as PNG (pdftoppm, 80 dpi) under test-artifacts/documents/."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf_path = ARTIFACTS / f"{name}.pdf"
    pdf_path.write_bytes(pdf)
    for old in ARTIFACTS.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf_path), str(ARTIFACTS / name)], check=True)
    return sorted(ARTIFACTS.glob(f"{name}-*.png"))


def drawn_lines(pdf: bytes) -> list[str]:
    """Each line of text as drawn on the paper, left to right: the visual order, not a reading order."""
    return [line for page in drawn_pages(pdf) for line in page]


def drawn_pages(pdf: bytes) -> list[list[str]]:
    """Per page, each line of text as drawn, left to right (no-break spaces read as spaces).

    Text extractors reorder right-to-left text for reading; this decodes the content stream itself
    (each font's ToUnicode map), so Arabic lines come back in the order the glyphs stand on paper.
    """
    pdf_reader = reader(pdf)
    pages: list[list[str]] = []
    for page in pdf_reader.pages:
        lines: list[str] = []
        fonts = page["/Resources"]["/Font"].items()
        maps = {str(name): _to_unicode(font.get_object()) for name, font in fonts}
        current: dict[int, str] = {}
        line: list[str] = []
        for operands, operator in ContentStream(page.get_contents(), pdf_reader).operations:
            if operator in (b"BT", b"ET", b"Td", b"TD", b"T*", b"Tm") and line:
                lines.append("".join(line))
                line = []
            if operator == b"Tf":
                current = maps[str(operands[0])]
            elif operator == b"Tj":
                line.append(_decode(operands[0], current))
            elif operator == b"TJ":
                line += [_decode(item, current) for item in operands[0] if not isinstance(item, (int, float))]
        if line:
            lines.append("".join(line))
        pages.append([text.replace("\u00a0", " ") for text in lines])
    return pages


def _decode(string: Any, cmap: dict[int, str]) -> str:
    raw = string.original_bytes if hasattr(string, "original_bytes") else bytes(string)
    return "".join(cmap.get(code, "\ufffd") for code in raw)


def _to_unicode(font: Any) -> dict[int, str]:
    """A font's ToUnicode CMap as code -> text (ReportLab writes one-byte bfchar/bfrange entries)."""
    if "/ToUnicode" not in font:
        return {}
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    codes: dict[int, str] = {}
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, start in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            for offset in range(int(high, 16) - int(low, 16) + 1):
                codes[int(low, 16) + offset] = chr(int(start, 16) + offset)
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, text in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            codes[int(code, 16)] = bytes.fromhex(text).decode("utf-16-be")
    return codes
