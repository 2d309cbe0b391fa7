"""Every kind of button, enabled and disabled, reads at a contrast of at least 4.5:1 in both themes.

The theme is a style sheet, so the colours are measured where they end up: on a rendered grab of the
button. The background is the colour most of the inside has; the text is the colour, among those
that cover a few pixels, furthest from it (the core of the letters, not their anti-aliased edges).
The ratio is WCAG 2.x's (relative luminance, https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from ui.theme import FONT_SIZES_PT, ThemeState
from ui.widgets import WrapButton

pytestmark = pytest.mark.ui

MIN_RATIO = 4.5
TEXT_PIXELS = 12  # a colour on fewer pixels is an edge, not the text
INSET = 8  # the border and focus ring stay out of the measurement


def luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def measured(image: QImage) -> tuple[QColor, QColor, float]:
    """The background, the text colour and their contrast, read off the pixels."""
    counts: Counter[int] = Counter()
    for y in range(INSET, image.height() - INSET):
        for x in range(INSET, image.width() - INSET):
            counts[image.pixel(x, y) & 0xFFFFFF] += 1
    background = QColor(counts.most_common(1)[0][0])
    text = max(
        (QColor(rgb) for rgb, n in counts.items() if n >= TEXT_PIXELS),
        key=lambda color: contrast(color, background),
    )
    return background, text, contrast(background, text)


@pytest.fixture
def styled(qapp) -> Iterator[QApplication]:  # type: ignore[no-untyped-def]
    before = qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(before)


KINDS = {
    "plain": {},
    "primary": {"primary": True},
    "answer": {"answer": True},
}


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("enabled", [True, False], ids=["enabled", "disabled"])
def test_button_text_contrast(styled, qtbot, high_contrast: bool, kind: str, enabled: bool) -> None:  # type: ignore[no-untyped-def]
    styled.setStyleSheet(ThemeState(high_contrast=high_contrast, font_step=1).css())
    holder = QWidget()
    column = QVBoxLayout(holder)
    button = WrapButton("Verder naar de vragen")
    for name, value in KINDS[kind].items():
        button.setProperty(name, value)
    button.setEnabled(enabled)
    column.addWidget(button)
    holder.resize(420, 140)
    holder.show()
    qtbot.waitExposed(holder)
    background, text, ratio = measured(button.grab().toImage())
    assert ratio >= MIN_RATIO, f"{text.name()} on {background.name()}: {ratio:.2f}:1"
    holder.deleteLater()


@pytest.mark.parametrize("high_contrast", [False, True], ids=["standard", "high-contrast"])
def test_a_checked_toggle_and_the_largest_text_keep_the_contrast(styled, qtbot, high_contrast: bool) -> None:  # type: ignore[no-untyped-def]
    """"Hoog contrast" pressed, and "Grotere letters" disabled at the largest size (its own case)."""
    styled.setStyleSheet(ThemeState(high_contrast=high_contrast, font_step=len(FONT_SIZES_PT) - 1).css())
    holder = QWidget()
    column = QVBoxLayout(holder)
    toggle = WrapButton("Hoog contrast")
    toggle.setCheckable(True)
    toggle.setChecked(True)
    larger = WrapButton("Grotere letters (6 van 6)")
    larger.setEnabled(False)
    column.addWidget(toggle)
    column.addWidget(larger)
    holder.resize(700, 260)
    holder.show()
    qtbot.waitExposed(holder)
    for button in (toggle, larger):
        background, text, ratio = measured(button.grab().toImage())
        assert ratio >= MIN_RATIO, f"{button.text()}: {text.name()} on {background.name()}: {ratio:.2f}:1"
    holder.deleteLater()
