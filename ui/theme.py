"""The look: a calm default theme and a high-contrast one, a font-size scale, 44 px targets.

Targets of at least 44 x 44 px (WCAG 2.5.8, aimed at touch screens), a thick visible focus ring
(WCAG 2.4.7) that takes its width from the padding (a focused button keeps its size, so its text
never wraps differently), and text contrast of at least 4.5:1 in both themes (WCAG 1.4.3), disabled
buttons included: they keep readable text on a background of their own, with a dashed border.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize

MIN_TARGET_PX = 44
BUTTON_BORDER_PX = 2  # a focused button's border is thicker and its padding thinner by as much
BUTTON_PADDING_PX = (8, 16)  # top and bottom, left and right
FONT_SIZES_PT = (12, 14, 17, 20, 24, 28)  # "larger text" steps up through these, never back round
DEFAULT_FONT_STEP = 1
# The training banner, the training card panel and the sync strip are the operator's: they grow
# with the text up to here, so that at the largest text on a small screen the candidate's own
# screen keeps the room.
STRIP_MAX_PT = 17
# The top bar grows less than the screens: large enough to find "Kleinere letters" again, small
# enough to stay on one or two rows.
BAR_MAX_PT = 20
# What a button's padding and border add around its text (ui.widgets.WrapButton wraps inside it).
BUTTON_FRAME = QSize(
    2 * (BUTTON_PADDING_PX[1] + BUTTON_BORDER_PX), 2 * (BUTTON_PADDING_PX[0] + BUTTON_BORDER_PX)
)


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
    disabled_button: str  # a disabled button's own background, so its text stays readable
    disabled_text: str


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
    disabled_button="#e2e2e2",
    disabled_text="#3d3d3d",
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
    disabled_button="#000000",
    disabled_text="#c8c8c8",
)


def stylesheet(palette: Palette, font_pt: int) -> str:
    """The application stylesheet for a palette and a base font size."""
    p = palette
    border, (pad_v, pad_h) = BUTTON_BORDER_PX, BUTTON_PADDING_PX
    strip_pt, bar_pt = min(font_pt, STRIP_MAX_PT), min(font_pt, BAR_MAX_PT)
    return f"""
    QWidget {{ background: {p.window}; color: {p.text}; font-family: 'DejaVu Sans'; font-size: {font_pt}pt; }}
    QPushButton, QToolButton, QComboBox, QLineEdit, QCheckBox, QRadioButton, QSpinBox, QDateEdit {{
        min-height: {MIN_TARGET_PX}px; }}
    QToolButton {{ min-width: {MIN_TARGET_PX}px; }}
    QPushButton, QToolButton {{ background: {p.button}; color: {p.button_text};
        border: {border}px solid {p.border}; border-radius: 6px; padding: {pad_v}px {pad_h}px; }}
    QPushButton[primary="true"] {{ background: {p.primary}; color: {p.primary_text}; font-weight: bold;
        border: {border}px solid {p.primary}; }}
    QPushButton[answer="true"] {{ min-height: 88px; min-width: 180px; font-size: {font_pt + 6}pt;
        font-weight: bold; }}
    QPushButton:checked {{ background: {p.primary}; color: {p.primary_text}; border-color: {p.primary}; }}
    QPushButton:disabled, QPushButton[primary="true"]:disabled {{ background: {p.disabled_button};
        color: {p.disabled_text}; border: {border}px dashed {p.border}; }}
    QPushButton:focus, QToolButton:focus, QComboBox:focus, QLineEdit:focus, QCheckBox:focus,
    QRadioButton:focus, QListWidget:focus, QTableWidget:focus, QSpinBox:focus, QDateEdit:focus {{
        outline: none; border: {border + 2}px solid {p.focus}; }}
    QPushButton:focus, QToolButton:focus {{ padding: {pad_v - 2}px {pad_h - 2}px; }}
    QLineEdit, QComboBox, QSpinBox, QDateEdit {{ background: {p.button}; color: {p.button_text};
        border: 2px solid {p.border}; padding: 4px 8px; }}
    QCheckBox::indicator, QRadioButton::indicator {{ width: 28px; height: 28px; }}
    QLabel[role="title"] {{ font-size: {font_pt + 8}pt; font-weight: bold; }}
    QLabel[role="hint"] {{ color: {p.muted_text}; }}
    QLabel[role="warning"] {{ font-weight: bold; border: 3px solid {p.focus}; padding: 8px; }}
    QLabel#trainingBanner {{ background: {p.banner}; color: {p.banner_text}; font-weight: bold;
        font-size: {strip_pt}pt; padding: 6px; }}
    QLabel#syncStrip {{ padding: 6px; border-top: 2px solid {p.border}; font-size: {strip_pt}pt; }}
    QPushButton#syncButton {{ font-size: {strip_pt}pt; }}
    #presentationBar QPushButton, #presentationBar QComboBox, #presentationBar QLabel {{
        font-size: {bar_pt}pt; }}
    #demoCardPanel QWidget {{ font-size: {strip_pt}pt; }}
    #demoCardPanel QLabel[role="title"] {{ font-size: {strip_pt + 4}pt; }}
    QListWidget, QTableWidget {{ background: {p.button}; color: {p.button_text};
        border: 2px solid {p.border}; }}
    QScrollBar:vertical {{ width: 24px; background: {p.window}; border-left: 2px solid {p.border}; }}
    QScrollBar:horizontal {{ height: 24px; background: {p.window}; border-top: 2px solid {p.border}; }}
    QScrollBar::handle {{ background: {p.border}; min-height: {MIN_TARGET_PX}px; min-width: {MIN_TARGET_PX}px;
        border-radius: 4px; margin: 3px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; }}
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
