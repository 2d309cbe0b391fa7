"""The look: a calm default theme and a high-contrast one, a font-size scale, 44 px targets.

Targets of at least 44 x 44 px (WCAG 2.5.8, aimed at touch screens), a thick visible focus ring
(WCAG 2.4.7), and text contrast of at least 4.5:1 in both themes (WCAG 1.4.3).
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_TARGET_PX = 44
FONT_SIZES_PT = (12, 14, 17, 20, 24, 28)  # "larger text" steps up through these, never back round
DEFAULT_FONT_STEP = 1


@dataclass(frozen=True)
class Palette:
    """Colours of one theme (names say the role, not the hue)."""

    window: str
    text: str
    button: str
    button_text: str
    primary: str
    primary_text: str
    focus: str
    banner: str
    banner_text: str
    muted_text: str
    border: str


STANDARD = Palette(
    window="#f7f7f5",
    text="#1a1a1a",
    button="#ffffff",
    button_text="#1a1a1a",
    primary="#0b5394",
    primary_text="#ffffff",
    focus="#e07000",
    banner="#ffd400",
    banner_text="#000000",
    muted_text="#3d3d3d",
    border="#5a5a5a",
)
HIGH_CONTRAST = Palette(
    window="#000000",
    text="#ffffff",
    button="#000000",
    button_text="#ffffff",
    primary="#ffff00",
    primary_text="#000000",
    focus="#00ffff",
    banner="#ffff00",
    banner_text="#000000",
    muted_text="#ffffff",
    border="#ffffff",
)


def stylesheet(palette: Palette, font_pt: int) -> str:
    """The application stylesheet for a palette and a base font size."""
    p = palette
    return f"""
    QWidget {{ background: {p.window}; color: {p.text}; font-family: 'DejaVu Sans'; font-size: {font_pt}pt; }}
    QPushButton, QToolButton, QComboBox, QLineEdit, QCheckBox, QRadioButton, QSpinBox, QDateEdit {{
        min-height: {MIN_TARGET_PX}px; }}
    QPushButton, QToolButton {{ min-width: {MIN_TARGET_PX}px; background: {p.button}; color: {p.button_text};
        border: 2px solid {p.border}; border-radius: 6px; padding: 6px 14px; }}
    QPushButton[primary="true"] {{ background: {p.primary}; color: {p.primary_text}; font-weight: bold;
        border: 2px solid {p.primary}; }}
    QPushButton[answer="true"] {{ min-height: 88px; min-width: 180px; font-size: {font_pt + 6}pt;
        font-weight: bold; }}
    QPushButton:disabled {{ color: {p.muted_text}; border-style: dashed; }}
    QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QCheckBox:focus,
    QRadioButton:focus, QListWidget:focus, QTableWidget:focus, QSpinBox:focus, QDateEdit:focus {{
        outline: none; border: 4px solid {p.focus}; }}
    QLineEdit, QComboBox, QSpinBox, QDateEdit {{ background: {p.button}; color: {p.button_text};
        border: 2px solid {p.border}; padding: 4px 8px; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: 28px; height: 28px; }}
    QLabel[role="title"] {{ font-size: {font_pt + 8}pt; font-weight: bold; }}
    QLabel[role="hint"] {{ color: {p.muted_text}; }}
    QLabel[role="warning"] {{ font-weight: bold; border: 3px solid {p.focus}; padding: 8px; }}
    QLabel#trainingBanner {{ background: {p.banner}; color: {p.banner_text}; font-weight: bold;
        font-size: {font_pt + 2}pt; padding: 6px; }}
    QLabel#syncStrip {{ padding: 6px; border-top: 2px solid {p.border}; }}
    QListWidget, QTableWidget {{ background: {p.button}; color: {p.button_text};
        border: 2px solid {p.border}; }}
    QLabel[role="subtitle"] {{ font-size: {font_pt + 2}pt; font-weight: bold; }}
    QListWidget#drafts::item {{ min-height: {MIN_TARGET_PX}px; padding: 4px; }}
    QListWidget#drafts::item:selected {{ background: {p.primary}; color: {p.primary_text};
        font-weight: bold; }}
    """


@dataclass
class ThemeState:
    """What the person in front of the screen chose: contrast and font step."""

    high_contrast: bool = False
    font_step: int = DEFAULT_FONT_STEP

    @property
    def font_pt(self) -> int:
        """The base font size for the current step."""
        return FONT_SIZES_PT[self.font_step]

    def css(self) -> str:
        """The stylesheet for this state."""
        return stylesheet(HIGH_CONTRAST if self.high_contrast else STANDARD, self.font_pt)
