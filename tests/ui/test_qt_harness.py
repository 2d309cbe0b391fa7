"""Qt runs offscreen with a real font: a grabbed widget is a PNG with real glyphs, not boxes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase, QFontInfo, QImage
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.ui


def test_a_real_font_is_installed(qtbot: object) -> None:
    assert "DejaVu Sans" in QFontDatabase.families()
    label = QLabel("Bevestig uw inschrijving")
    assert QFontInfo(label.font()).family() != ""


def _dark_columns(image: QImage) -> int:
    columns = 0
    for x in range(image.width()):
        if any(image.pixelColor(x, y).lightness() < 128 for y in range(image.height())):
            columns += 1
    return columns


def test_a_widget_grab_gives_a_png_with_text(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("Bevestig – ş ğ İ é")
    label.setStyleSheet("background: white; color: black; font-size: 24px; font-family: 'DejaVu Sans';")
    qtbot.addWidget(label)
    label.resize(400, 60)
    png = tmp_path / "grab.png"
    assert label.grab().save(str(png))
    assert png.stat().st_size > 500
    image = QImage(str(png))
    inked = _dark_columns(image)
    # Glyphs leave gaps between letters; a tofu box or an empty image would not give this spread.
    assert 40 < inked < image.width() - 100
    blank = QLabel("")
    blank.setStyleSheet("background: white;")
    qtbot.addWidget(blank)
    blank.resize(400, 60)
    assert _dark_columns(blank.grab().toImage()) == 0
